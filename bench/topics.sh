#!/bin/sh
# topics.sh TOPICS.sgml OUTDIR — writes OUTDIR/<cluster-id> holding the topic's
# title and narrative as one line: the query for query-focused runs.
set -eu
mkdir -p "$2"
awk -v out="$2" '
    /<num>/    { gsub(/<\/?num>/, ""); gsub(/[ \t]/, ""); id = $0 }
    /<title>/  { t = $0; gsub(/<\/?title>/, "", t); title = t }
    /<narr>/   { innarr = 1; narr = ""; next }
    /<\/narr>/ { innarr = 0; q = title ". " narr; gsub(/[ \t]+/, " ", q); print q > (out "/" id); close(out "/" id) }
    innarr     { narr = narr " " $0 }
' "$1"
