#!/bin/sh
# setup.sh — a user's first step: install what precis needs to build and run
# (not the test tools: scripts/deps.sh lists both), build it, install it
# (`cmake --install build`: the tool, the libraries, precis.h, precis.pc, the
# CMake package and the man pages, under /usr/local by default), and
# summarise the bundled example with the installed precis.
set -e
cd "$(dirname "$0")/.."
sh scripts/deps.sh --runtime
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO cmake --install build >/dev/null
$SUDO ldconfig # libprecis.so.0 is new to the loader's cache
prefix=$(cmake -L -N build 2>/dev/null | sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p')
precis="${prefix:-/usr/local}/bin/precis"
echo "installed $precis ($("$precis" --version)); the example cluster summarised:"
echo
"$precis" summarize examples/kuril-islands/
