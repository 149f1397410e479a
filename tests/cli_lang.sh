#!/bin/sh
# cli_lang.sh — end-to-end tests of languages on the precis command line:
# --language on every command that reads articles, detection named on
# stderr and in JSON ("language"), unknown names refused, a language
# without resources warned about but still summarised, a JSON cluster's
# "language", and precis eval --tokens unicode.  Uses the hand-written
# clusters of tests/data/lang and the bundled example.
# Usage: sh tests/cli_lang.sh PATH/TO/precis     Ends with "N passed, N failed".
set -u
P=${1:?usage: cli_lang.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
EX=examples/kuril-islands
[ -d "$EX" ] || EX=../shared/examples/kuril-islands
L=tests/data/lang
. tests/lib.sh

nonempty() { if [ -s "$2" ]; then ok "$1"; else bad "$1"; fi; }

# --- every command takes --language -------------------------------------------
cmds="summarize segment timeline entities quotes digest"
"$P" dates --help >/dev/null 2>&1 && cmds="$cmds dates" # when the dates command is there
for c in $cmds; do
    expect "$c --help documents --language" 0 "$P" $c --help
    has "$c --help names --language" "$T/out" "--language"
    expect "$c --language german" 0 "$P" $c --language german $L/de
    expect "$c --language de (ISO 639-1)" 0 "$P" $c --language de $L/de
    expect "$c --language auto" 0 "$P" $c --language auto $EX
    expect "$c: unknown language is a usage error" 2 "$P" $c --language gibberishese $EX
    has "$c: unknown language named" "$T/err" "gibberishese"
    has "$c: unknown language lists the choices" "$T/err" "spanish"
done
printf '{"id":"de1","docs":[{"id":"a","text":"%s"}]}\n' \
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen. Der Bürgermeister sagte, mit dem Plan würden mehr Busse bezahlt und mehrere Brücken vor dem Winter repariert." \
    >"$T/de.jsonl"
expect "batch --language german" 0 "$P" batch --no-progress --language german "$T/de.jsonl"
has "batch line names the language" "$T/out" '"language":"german"'
expect "batch: unknown language is a usage error" 2 "$P" batch --language gibberishese "$T/de.jsonl"

# --- detection, named on stderr and in JSON -----------------------------------
for l in de:german pt:portuguese ru:russian ja:japanese zh:chinese; do
    d=${l%%:*} lname=${l#*:}
    expect "$d: summarize detects" 0 "$P" summarize -f json $L/$d
    has "$d: JSON names $lname" "$T/out" "\"language\": \"$lname\""
    has "$d: stderr names $lname" "$T/err" "language: $lname (detected"
done
expect "English example" 0 "$P" summarize -f json $EX
has "English: JSON names english" "$T/out" '"language": "english"'
hasnt "English: no language note" "$T/err" "language:"
expect "--quiet: no language note" 0 "$P" summarize --quiet $L/de
hasnt "--quiet: nothing on stderr" "$T/err" "language"
expect "--language overrides detection" 0 "$P" summarize -f json --language spanish $L/de
has "overridden language in JSON" "$T/out" '"language": "spanish"'
hasnt "no detection note when given" "$T/err" "detected"
expect "segment -f json" 0 "$P" segment -f json $L/de
has "segment lines name the language" "$T/out" '"language":"german"'
expect "digest -f json" 0 "$P" digest -f json $L/de
has "digest names the language" "$T/out" '"language": "german"'
expect "batch detects" 0 "$P" batch --no-progress "$T/de.jsonl"
has "batch: detected language" "$T/out" '"language":"german"'

# --- a language without resources ---------------------------------------------
cat >"$T/pl.txt" <<'EOF'
Rada miasta przyjela we wtorek nowy budzet po dlugiej debacie w ratuszu.
Burmistrz powiedzial, ze plan pozwoli kupic wiecej autobusow i naprawic kilka mostow przed zima.
Opozycja twierdzi, ze podatki wzrosna dla wiekszosci rodzin w calym miescie.
EOF
expect "polish: summarized" 0 "$P" summarize -f json --language polish "$T/pl.txt"
has "polish: warning on stderr" "$T/err" "warning: .*language-neutrally"
has "polish: warning in JSON" "$T/out" '"warnings"'
has "polish: a sentence" "$T/out" '"text": "'
expect "polish: text output" 0 "$P" summarize --language pl -s 2 "$T/pl.txt"
nonempty "polish: not empty" "$T/out"

# --- a JSON cluster's "language" ----------------------------------------------
printf '{"id":"x","language":"spanish","docs":[{"id":"a","text":"%s"}]}' \
    "The council approved the budget on Tuesday after a long debate about buses and bridges in the city." \
    >"$T/given.json"
expect "JSON cluster language" 0 "$P" summarize -f json "$T/given.json"
has "JSON cluster language used" "$T/out" '"language": "spanish"'
expect "--language over the JSON's" 0 "$P" summarize -f json --language english "$T/given.json"
has "--language wins" "$T/out" '"language": "english"'
printf '{"id":"x","language":"zzz-none","docs":[{"id":"a","text":"A short text about the budget."}]}' >"$T/badlang.json"
expect "JSON unknown language: still read" 0 "$P" summarize "$T/badlang.json"
has "JSON unknown language: warned" "$T/err" "zzz-none"

# --- precis eval --tokens unicode ---------------------------------------------
mkdir -p "$T/ds/c1/refs" "$T/sys"
echo "Мэр заявил, что новый план позволит купить автобусы." >"$T/ds/c1/refs/A"
echo "Мэр заявил, что план позволит закупить больше автобусов." >"$T/sys/c1.txt"
expect "eval --help documents --tokens" 0 "$P" eval --help
has "eval --help: unicode" "$T/out" "--tokens ascii|unicode"
expect "eval ascii: Russian" 0 "$P" eval --refs "$T/ds" --sys "$T/sys"
has "eval ascii: Russian scores 0" "$T/out" "^ROUGE-1  *0.00000"
expect "eval unicode: Russian" 0 "$P" eval --refs "$T/ds" --sys "$T/sys" --tokens unicode
has "eval unicode: Russian scores" "$T/out" "^ROUGE-1  *0.62500"
expect "eval --tokens bogus" 2 "$P" eval --refs "$T/ds" --sys "$T/sys" --tokens bogus
expect "eval --tokens unicode --stem" 2 "$P" eval --refs "$T/ds" --sys "$T/sys" --tokens unicode --stem

finish
