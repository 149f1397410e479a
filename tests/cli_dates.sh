#!/bin/sh
# cli_dates.sh — end-to-end tests of `precis dates`: inputs (files, '-',
# JSON clusters), text and JSON output with byte offsets that give the
# expression back, --language, usage errors and bad input.
# Usage: sh tests/cli_dates.sh PATH/TO/precis     Ends with "N passed, N failed".
set -u
P=${1:?usage: cli_dates.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
EX=examples/kuril-islands
. tests/lib.sh

# --- help and usage -----------------------------------------------------------
expect "dates --help" 0 "$P" dates --help
has "dates --help is its usage" "$T/out" "^usage: precis dates "
for o in --language --format --input --charset --url --quiet; do
    has "dates --help documents $o" "$T/out" "$o"
done
expect "help lists dates" 0 "$P" --help
has "help lists dates with its description" "$T/out" "^  dates  *[a-z]"
expect "dates: no input" 2 "$P" dates
expect "dates: bad format" 2 "$P" dates --format markdown $EX
expect "dates: unknown option" 2 "$P" dates --max-dates 3 $EX
expect "dates: empty language" 2 "$P" dates --language "" $EX
expect "dates: missing file" 1 "$P" dates "$T/nonesuch.txt"
has "dates: missing file is named" "$T/err" "nonesuch.txt"

# --- English, a dated file -----------------------------------------------------
printf 'date 2019-01-23\n\nThe talks resumed on Monday, and the ministers will meet in February.\nIt usually turns cold around mid-October, wrote the Globe'"'"'s Sunday writer.\n' >"$T/a.txt"
expect "dates: text" 0 "$P" dates "$T/a.txt"
has "dates: Monday resolved back" "$T/out" "^2019-01-21 .*Monday"
has "dates: February read ahead" "$T/out" "^2019-02 .*February"
has "dates: a habit has no year" "$T/out" "^XXXX-10 .*mid-October"
hasnt "dates: a byline is no date" "$T/out" "Sunday"
expect "dates: json" 0 "$P" dates -f json "$T/a.txt"
has "dates: json names the language" "$T/out" '"language": "english"'
has "dates: json anchor" "$T/out" '"anchor": "document date"'
has "dates: json future" "$T/out" '"future": true'
# offsets give the expression back
s=$(grep -o '"start": [0-9]*' "$T/out" | head -1 | grep -o '[0-9]*$')
e=$(grep -o '"end": [0-9]*' "$T/out" | head -1 | grep -o '[0-9]*$')
got=$(dd if="$T/a.txt" bs=1 skip="$s" count=$((e - s)) 2>/dev/null)
if [ "$got" = "Monday" ]; then ok "dates: offsets give the bytes back"; else echo "    got '$got'"; bad "dates: offsets give the bytes back"; fi

# --- standard input, undated: relative expressions stay unresolved -------------
printf 'They met on Tuesday, in 1998.\n' >"$T/u.txt"
expect "dates: standard input" 0 sh -c "\"$P\" dates - <\"$T/u.txt\""
has "dates: undated relative is unresolved" "$T/out" "^? .*Tuesday"
has "dates: absolute is resolved" "$T/out" "^1998 "

# --- JSON clusters and languages -------------------------------------------------
cat >"$T/es.json" <<'JSON'
{"id": "es", "docs": [{"id": "d1", "date": "2021-10-20", "text": "Ayer, el 3 de abril de 2012, el gobierno habló."}]}
JSON
expect "dates: JSON cluster, --language spanish" 0 "$P" dates --language spanish -f json "$T/es.json"
has "dates: Spanish language named" "$T/out" '"language": "spanish"'
has "dates: ayer" "$T/out" '"value": "2021-10-19"'
has "dates: 3 de abril de 2012" "$T/out" '"value": "2012-04-03"'
has "dates: cluster id" "$T/out" '"cluster": "es"'
expect "dates: Spanish read as English finds no ayer" 0 "$P" dates --language english "$T/es.json"
hasnt "dates: no ayer in English" "$T/out" "Ayer"
cat >"$T/zh.json" <<'JSON'
{"id": "zh", "docs": [{"id": "d1", "date": "2021-10-20", "text": "2020年3月5日，政府宣布。昨天，部长说。星期五有抗议。"}]}
JSON
expect "dates: Chinese" 0 "$P" dates --language chinese "$T/zh.json"
has "dates: 2020年3月5日" "$T/out" "^2020-03-05"
has "dates: 昨天" "$T/out" "^2021-10-19"
has "dates: 星期五" "$T/out" "^2021-10-15"

# --- the example, and bad input --------------------------------------------------
expect "dates: the example" 0 "$P" dates $EX
has "dates: the example has 1945" "$T/out" "^1945 "
head -c 3000 /dev/urandom >"$T/junk.bin" 2>/dev/null || printf '\377\376\000junk' >"$T/junk.bin"
"$P" dates "$T/junk.bin" >"$T/out" 2>"$T/err" </dev/null
rc=$?
if [ "$rc" -le 1 ]; then ok "dates: binary input does not crash"; else echo "    exit $rc"; bad "dates: binary input does not crash"; fi
printf '{"docs": [' >"$T/bad.json"
expect "dates: broken JSON is an error" 1 "$P" dates --input json "$T/bad.json"
has "dates: broken JSON names the file" "$T/err" "bad.json"

finish
