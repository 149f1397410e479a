#!/bin/sh
# cli_order.sh — end-to-end tests of issue 21's summary order and query:
# a lead sentence opens, the query shows, a query that matches nothing warns.
# Usage: sh tests/cli_order.sh PATH/TO/precis     Ends with "N passed, N failed".
set -u
P=${1:?usage: cli_order.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
EX=examples/kuril-islands
. tests/lib.sh

# --- a query that shows ---------------------------------------------------------
expect "query: generic" 0 "$P" summarize "$EX"
cp "$T/out" "$T/generic"
hasnt "query: generic has no police sentence" "$T/generic" "police"
expect "query: protest" 0 "$P" summarize --query "protesters police detained embassy" "$EX"
has "query: the protest sentence is in" "$T/out" "police detained"
hasnt "query: no warning when it matches" "$T/err" "warning"
expect "query: Russia's position" 0 "$P" summarize --query "Russia's position" "$EX"
if cmp -s "$T/out" "$T/generic"; then bad "query: Russia's position changes the summary"; else ok "query: Russia's position changes the summary"; fi

# --- a query that matches nothing ---------------------------------------------------
expect "query: unmatched exits 0" 0 "$P" summarize --query "zebra giraffe" "$EX"
has "query: unmatched warns" "$T/err" "warning: no word of the query occurs in the cluster; the summary is generic"
if cmp -s "$T/out" "$T/generic"; then ok "query: unmatched gives the generic summary"; else bad "query: unmatched gives the generic summary"; fi
expect "query: unmatched --quiet" 0 "$P" summarize --quiet --query "zebra giraffe" "$EX"
hasnt "query: --quiet silences the warning" "$T/err" "warning"
expect "query: unmatched JSON" 0 "$P" summarize --format json --query "zebra giraffe" "$EX"
has "query: JSON warnings array" "$T/out" '"warnings"'
expect "query: matched JSON" 0 "$P" summarize --format json --query "islands" "$EX"
hasnt "query: no JSON warnings when it matches" "$T/out" '"warnings"'

# --- the order: a lead sentence opens --------------------------------------------
expect "order: JSON" 0 "$P" summarize --format json --words 150 "$EX"
first=$(jq '.sentences[0].sentence' "$T/out")
if [ "$first" -le 1 ]; then ok "order: a lead sentence opens"; else echo "    first sentence index $first"; bad "order: a lead sentence opens"; fi
expect "order: score" 0 "$P" summarize --format json --words 150 --order score "$EX"
jq '.sentences | map(.score) | . == (sort | reverse)' "$T/out" >"$T/sorted"
has "order: --order score is by score" "$T/sorted" "true"
expect "help: the order is documented" 0 "$P" summarize --help
has "help: lead sentence" "$T/out" "lead sentence"
has "help: query weighting" "$T/out" "query_weight"

finish
