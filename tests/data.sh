#!/bin/sh
# data.sh — tests on the DUC 2006 benchmark in ../shared/data (skipped when absent).
# Usage: sh tests/data.sh PATH/TO/precis     Ends with "N passed, N failed, N skipped".
set -u
P=${1:?usage: data.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
D=../shared/data/duc2006
pass=0 fail=0 skip=0
if [ ! -d "$D/clusters" ]; then
    echo "SKIP duc2006 tests: $D not found (it is not part of a fresh clone)"
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# every cluster summarises within 250 words, from SGML, with dated documents
over=0 empty=0 n=0
for c in "$D"/clusters/*/; do
    id=$(basename "$c")
    "$P" summarize --quiet --words 250 --format json "$c/docs" >"$T/$id.json" 2>"$T/err" || { echo "    $id failed"; over=$((over + 1)); }
    w=$(jq '[.sentences[].text | split(" ") | length] | add // 0' "$T/$id.json")
    [ "$w" -le 250 ] || over=$((over + 1))
    [ "$w" -ge 150 ] || empty=$((empty + 1))
    n=$((n + 1))
done
[ "$over" -eq 0 ] && echo "ok   $n clusters within 250 words" && pass=$((pass + 1)) || { echo "FAIL $over clusters over budget"; fail=$((fail + 1)); }
[ "$empty" -eq 0 ] && echo "ok   no cluster summary under 150 words" && pass=$((pass + 1)) || { echo "FAIL $empty short summaries"; fail=$((fail + 1)); }
undated=$(jq -s '[.[].documents[] | select(.date == null)] | length' "$T"/*.json)
[ "$undated" -eq 0 ] && echo "ok   every SGML document has a date" && pass=$((pass + 1)) || { echo "FAIL $undated undated"; fail=$((fail + 1)); }
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
