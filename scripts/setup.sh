#!/bin/sh
# setup.sh — install the dependencies, build precis, and summarise the bundled example.
set -e
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
echo "built build/precis; the example cluster summarised:"
echo
./build/precis summarize examples/kuril-islands/
