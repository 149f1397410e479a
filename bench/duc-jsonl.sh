#!/bin/sh
# duc-jsonl.sh [DIR] — the DUC 2006 clusters as JSON Lines (one cluster object
# per line, SGML markup stripped, the topic as "query"), on stdout.
set -eu
D=${1:-../shared/data/duc2006}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
sh "$(dirname "$0")/topics.sh" "$D/topics.sgml" "$T/q"
for c in "$D"/clusters/*/; do
    id=$(basename "$c")
    for f in "$c"/docs/*; do
        sed -n '/<TEXT>/,/<\/TEXT>/p' "$f" | sed 's/<[^>]*>//g' |
            jq -Rs --arg id "$(basename "$f")" '{id: $id, text: .}'
    done | jq -sc --arg id "$id" --rawfile q "$T/q/$id" '{id: $id, query: ($q | rtrimstr("\n")), docs: .}'
done
