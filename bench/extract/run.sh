#!/bin/sh
# bench/extract/run.sh — article extraction: quality with the benchmark's own
# metric (extract-score) and speed on one core, precis and, in the same run,
# Mozilla's Readability.js (when node is available) on the same pages.
# Usage: sh bench/extract/run.sh [BUILD-DIR] [PAGES-DIR GROUND-TRUTH.json]
set -e
B=${1:-build}
DATA=../shared/data/article-extraction
HTML=${2:-$DATA/html}
GT=${3:-$DATA/ground-truth.json}
if [ ! -d "$HTML" ] || [ ! -f "$GT" ]; then
    echo "skipped: $HTML or $GT not found (the benchmark data lives outside the repository)"
    exit 0
fi
[ -x "$B/bench-extract" ] || cmake --build "$B" --target bench-extract extract-score >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
mkdir -p "$OUT/precis" "$OUT/readability"
echo "date: $(date -u +%Y-%m-%d), machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "pages: $(ls "$HTML" | grep -c '\.html$') from $HTML"
echo
taskset -c 0 "$B/bench-extract" "$HTML" "$OUT/precis" 10 | tee "$OUT/precis.speed"
"$B/extract-score" "$GT" "$OUT/precis" | sed 's/^/precis quality: /'
R=$(dirname "$0")/readability
if command -v node >/dev/null 2>&1; then
    if [ ! -d "$R/node_modules/jsdom" ]; then
        (cd "$R" && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
            { echo "readability.js: npm install failed (offline?), comparison skipped"; exit 0; }
    fi
    taskset -c 0 node "$R/run.mjs" "$HTML" "$OUT/readability" | tee "$OUT/readability.speed"
    "$B/extract-score" "$GT" "$OUT/readability" | sed 's/^/readability.js quality: /'
    p=$(sed -n 's/.*: \([0-9.]*\) pages\/s.*/\1/p' "$OUT/precis.speed")
    r=$(sed -n 's/.*: \([0-9.]*\) pages\/s.*/\1/p' "$OUT/readability.speed")
    echo "speed ratio precis / readability.js: $(echo "scale=1; $p / $r" | bc)x"
else
    echo "readability.js: node not found, comparison skipped"
fi
