#!/bin/sh
# cli.sh — end-to-end tests of the precis command line.
# Usage: sh tests/cli.sh PATH/TO/precis     Ends with "N passed, N failed".
set -u
P=${1:?usage: cli.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
EX=examples/kuril-islands
. tests/lib.sh

# --- help and usage -----------------------------------------------------------
expect "help exits 0" 0 "$P" --help
has "help lists summarize" "$T/out" "summarize"
expect "version" 0 "$P" --version
has "version number" "$T/out" "precis [0-9]"
expect "summarize --help" 0 "$P" summarize --help
for o in --words --bytes --sentences --truncate --method --query --query-file --order \
         --language --idf --input --format --quiet --list-methods; do
    has "summarize --help documents $o" "$T/out" "$o"
done
expect "segment --help" 0 "$P" segment --help
expect "no command is a usage error" 2 "$P"
expect "unknown command" 2 "$P" frobnicate
expect "unknown option" 2 "$P" summarize --frob $EX
expect "bad number" 2 "$P" summarize --words ten $EX
expect "bad format" 2 "$P" summarize --format yaml $EX
expect "unknown method" 2 "$P" summarize --method nonesuch $EX
has "unknown method names the available ones" "$T/err" "coverage"
expect "no input" 2 "$P" summarize
expect "list methods" 0 "$P" summarize --list-methods
has "list methods shows coverage" "$T/out" "^coverage"
expect "help exits 0 (command table)" 0 "$P" --help
for c in summarize batch timeline entities quotes digest extract segment eval; do
    has "help lists $c with its description" "$T/out" "^  $c  *[a-z]"
done
hasnt "help does not list the summarise spelling" "$T/out" "^  summarise"
for c in batch timeline entities quotes digest extract eval; do
    expect "$c --help" 0 "$P" $c --help
    has "$c --help is its usage" "$T/out" "^ *\(usage:\)* *precis $c "
done
expect "summarise is summarize" 0 "$P" summarise -w 20 $EX
[ -s "$T/out" ] && ok "summarise prints a summary" || bad "summarise prints a summary"
expect "unknown command" 2 "$P" frobnicate
has "unknown command named" "$T/err" "^precis: unknown command 'frobnicate'"
[ "$(wc -l <"$T/err")" -eq 2 ] && ok "unknown command: one line and a hint, not the whole help" || bad "unknown command: one line and a hint, not the whole help"
expect "extract: unreadable file" 1 "$P" extract /nonexistent/page.html
has "extract: unreadable file named" "$T/err" "^precis: /nonexistent/page.html: error: cannot read: "
expect "extract: a directory is not a page" 1 "$P" extract $EX
has "extract: directory named" "$T/err" "error: cannot read: Is a directory"

# --- the example ----------------------------------------------------------------
expect "summarize the example" 0 "$P" summarize $EX/
n=$(words "$T/out")
[ "$n" -le 100 ] && [ "$n" -ge 50 ] && ok "example summary is 50-100 words ($n)" || bad "example summary length $n"
[ "$(sort "$T/out" | uniq -d | wc -l)" -eq 0 ] && ok "no sentence twice" || bad "no sentence twice"
hasnt "no dateline in summary" "$T/out" "NAGATO:"
hasnt "no caption in summary" "$T/out" "Hokkaido prefecture\.$"
hasnt "no header in summary" "$T/out" "date 2019"

expect "json with three files" 0 "$P" summarize --words 150 --format json $EX/article-1.txt $EX/article-3.txt $EX/article-5.txt
cp "$T/out" "$T/sum.json"
jq -e . "$T/sum.json" >/dev/null && ok "json parses" || bad "json parses"
n=$(jq '[.sentences[].text | split(" ") | length] | add' "$T/sum.json")
[ "$n" -le 150 ] && ok "json summary within 150 words ($n)" || bad "json 150 words ($n)"
# every sentence's offsets reproduce it from the original file
jq -r '.sentences[] | "\(.doc)\t\(.start)\t\(.end)"' "$T/sum.json" >"$T/spans"
i=0 mism=0
while IFS="$(printf '\t')" read -r doc s e; do
    want=$(jq -r ".sentences[$i].text" "$T/sum.json")
    got=$(tail -c +$((s + 1)) "$EX/$doc" | head -c $((e - s)) | tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//')
    [ "$got" = "$want" ] || { mism=$((mism + 1)); echo "    offsets of '$want' give '$got'"; }
    i=$((i + 1))
done <"$T/spans"
[ "$i" -gt 0 ] && [ "$mism" -eq 0 ] && ok "json offsets reproduce $i sentences" || bad "json offsets"

expect "bytes 665" 0 "$P" summarize --bytes 665 $EX
b=$(tr '\n' ' ' <"$T/out" | sed 's/ $//' | wc -c)
[ "$b" -le 665 ] && [ "$b" -gt 300 ] && ok "bytes budget kept ($b)" || bad "bytes budget ($b)"
expect "bytes 665 truncated" 0 "$P" summarize --bytes 665 --truncate $EX
b=$(tr '\n' ' ' <"$T/out" | sed 's/ $//' | wc -c)
[ "$b" -le 665 ] && [ "$b" -ge 655 ] && ok "truncation fills the byte budget ($b)" || bad "truncated bytes ($b)"
expect "sentences 2" 0 "$P" summarize --sentences 2 $EX
[ "$(wc -l <"$T/out")" -eq 2 ] && ok "two sentences" || bad "two sentences"
expect "markdown" 0 "$P" summarize --format markdown $EX
has "markdown footnotes" "$T/out" '^\[\^1\]: article-'
expect "order by score" 0 "$P" summarize --order score $EX
echo "Japan Russia peace treaty 1956 declaration" >"$T/q.txt"
expect "query file" 0 "$P" summarize --query-file "$T/q.txt" --format json $EX
jq -e '.query | test("1956")' "$T/out" >/dev/null && ok "query recorded in json" || bad "query in json"
for m in $("$P" summarize --list-methods | cut -d' ' -f1); do
    expect "method $m" 0 "$P" summarize --method "$m" $EX
    [ -s "$T/out" ] && ok "method $m gives a summary" || bad "method $m gives a summary"
done

# one cluster object on stdin
jq -n --rawfile a $EX/article-1.txt --rawfile b $EX/article-4.txt \
    '{id: "kuril", docs: [{id: "a1", text: $a}, {id: "a4", text: $b, date: "2019-01-23"}]}' >"$T/c.json"
"$P" summarize --format json - <"$T/c.json" >"$T/out" 2>"$T/err" && ok "json cluster on stdin" || bad "json cluster on stdin"
jq -e '.cluster == "kuril" and (.sentences | length) > 0' "$T/out" >/dev/null && ok "stdin cluster summarised" || bad "stdin cluster summarised"

expect "segment" 0 "$P" segment $EX/article-3.txt
[ "$(wc -l <"$T/out")" -ge 15 ] && ok "segment prints one sentence per line" || bad "segment lines"
hasnt "segment drops the dateline" "$T/out" "NAGATO"
expect "segment --removed" 0 "$P" segment --removed $EX/article-1.txt
has "segment shows repeated" "$T/out" "^\[repeated\]"
expect "segment json" 0 "$P" segment --format json $EX/article-2.txt
jq -e -s 'length > 5' "$T/out" >/dev/null && ok "segment json lines parse" || bad "segment json"

# --- bad input ------------------------------------------------------------------
expect "missing file" 1 "$P" summarize "$T/nope.txt"
has "missing file named" "$T/err" "nope.txt: error: cannot open"
mkdir "$T/empty"
expect "empty directory" 1 "$P" summarize "$T/empty"
has "empty directory named" "$T/err" "empty: error: no readable text files"
: >"$T/empty.txt"
expect "empty file" 1 "$P" summarize "$T/empty.txt"
has "empty file named" "$T/err" "empty.txt: error: empty file"
printf 'ELF\000\001\002binary' >"$T/bin.dat"
expect "binary file" 1 "$P" summarize "$T/bin.dat"
has "binary file named" "$T/err" "bin.dat (byte 3): error: binary file"
printf 'The first sentence is fine here.\nA bad \377 byte sits in this sentence.\nThe third one is fine too.\n' >"$T/bad.txt"
expect "invalid utf-8 is a warning" 0 "$P" summarize "$T/bad.txt"
has "invalid utf-8 named with offset" "$T/err" "bad.txt (byte 39): warning: invalid UTF-8"
printf '{"id": "x",\n "docs": [ {"text": "a" ,, ] }\n' >"$T/bad.json"
expect "malformed json" 1 "$P" summarize "$T/bad.json"
has "malformed json named with line" "$T/err" "bad.json:2 (byte [0-9]*): error: malformed JSON"
mkdir "$T/mixed"
cp $EX/article-1.txt $EX/article-2.txt "$T/mixed/"
printf 'x\000y' >"$T/mixed/zz.bin"
expect "one bad file in a directory" 1 "$P" summarize "$T/mixed"
[ -s "$T/out" ] && ok "the other files are still summarised" || bad "others summarised"
has "the bad file is named" "$T/err" "zz.bin"
expect "quiet hides warnings" 0 "$P" summarize --quiet "$T/bad.txt"
[ ! -s "$T/err" ] && ok "quiet is quiet" || bad "quiet is quiet"

# --- precis eval -------------------------------------------------------------------
mkdir -p "$T/ds/c1/refs" "$T/ds/c2/refs" "$T/ds/c3/refs" "$T/sys"
printf 'The cat was on the mat.\n' >"$T/ds/c1/refs/A.txt"
printf 'A cat sat on a mat.\n' >"$T/ds/c1/refs/B.txt"
printf 'Dogs bark at night.\n' >"$T/ds/c2/refs/A.txt"
printf 'Dogs barked all night.\n' >"$T/ds/c2/refs/B.txt"
printf 'Birds sing.\n' >"$T/ds/c3/refs/A.txt"
printf 'The cat sat on the mat.\n' >"$T/sys/c1.txt"
printf 'The dogs bark.\n' >"$T/sys/c2.txt"
printf 'Stray summary.\n' >"$T/sys/c9.txt"
expect "eval with a missing and an extra cluster" 1 "$P" eval --refs "$T/ds" --sys "$T/sys" --stem
has "eval names the missing cluster" "$T/err" "^precis eval: 1 cluster has no system summary (.*/sys/<cluster>.txt): c3$"
has "eval names the extra summary" "$T/err" "^precis eval: 1 system summary has no references in .*/ds: c9.txt$"
has "eval says how many it scored" "$T/err" "^precis eval: scored 2 of 3 clusters (1 without a system summary)$"
has "eval still scores the rest" "$T/out" "^ROUGE-2 "
has "eval reports ROUGE-SU4" "$T/out" "^ROUGE-SU4 "
rm "$T/sys/c9.txt"; printf 'Birds sing songs.\n' >"$T/sys/c3.txt"
expect "eval json" 0 "$P" eval --refs "$T/ds" --sys "$T/sys" --stem --format json
jq -e '.metrics["ROUGE-1"].r > 0 and (.metrics["ROUGE-1"].r_ci | length) == 2 and (.per_cluster | keys) == ["c1","c2","c3"]' "$T/out" >/dev/null && ok "eval json has averages, intervals and clusters" || bad "eval json"
jq -e '.per_cluster.c3["ROUGE-1"].r == 1 and .per_cluster.c3["ROUGE-1"].p == 0.66667' "$T/out" >/dev/null && ok "eval json per-cluster score (c3: recall 1, precision 2/3)" || bad "eval per-cluster score"
mkdir -p "$T/rc/p" "$T/rc/m"
cp "$T/sys/c1.txt" "$T/rc/p/c1.S"; cp "$T/ds/c1/refs/A.txt" "$T/rc/m/c1.A"; cp "$T/ds/c1/refs/B.txt" "$T/rc/m/c1.B"
cat >"$T/rc/conf.xml" <<'XML'
<ROUGE_EVAL version="1.5.5">
<EVAL ID="c1">
<PEER-ROOT>p</PEER-ROOT>
<MODEL-ROOT>m</MODEL-ROOT>
<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>
<PEERS><P ID="S">c1.S</P></PEERS>
<MODELS><M ID="A">c1.A</M><M ID="B">c1.B</M></MODELS>
</EVAL>
</ROUGE_EVAL>
XML
expect "eval with ROUGE-1.5.5 flags" 0 "$P" eval -n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -d -a "$T/rc/conf.xml"
has "ROUGE-1.5.5 average line" "$T/out" "^S ROUGE-1 Average_R: 0.75000 (95%-conf.int. 0.75000 - 0.75000)"
has "ROUGE-1.5.5 eval line" "$T/out" "^S ROUGE-SU4 Eval c1.S R:"
hasnt "-x leaves ROUGE-L out" "$T/out" "ROUGE-L"
expect "eval --rouge-config" 0 "$P" eval --rouge-config "$T/rc/conf.xml" --format json
jq -e '.peers.S.metrics["ROUGE-L"]' "$T/out" >/dev/null && ok "rouge-config json" || bad "rouge-config json"
printf '<ROUGE_EVAL><EVAL ID="x">' >"$T/rc/bad.xml"
expect "malformed configuration" 1 "$P" eval --rouge-config "$T/rc/bad.xml"
has "malformed configuration named" "$T/err" "bad.xml"
mkdir -p "$T/smart"; printf 'the\na\non\n' >"$T/smart/smart_common_words.txt"
expect "eval -s with ROUGE's data folder" 0 "$P" eval -s -e "$T/smart" -d "$T/rc/conf.xml"
has "-s removes the stopwords (hits 2 + 3 of 3 + 3)" "$T/out" "^S ROUGE-1 Eval c1.S R:0.83333"
expect "eval -s without the list" 1 "$P" eval -s -e "$T/nowhere" "$T/rc/conf.xml"
has "-s names the missing list" "$T/err" "smart_common_words.txt"
expect "eval needs inputs" 2 "$P" eval --stem
expect "eval words and bytes" 2 "$P" eval --refs "$T/ds" --sys "$T/sys" --words 5 --bytes 5
expect "eval --help" 0 "$P" eval --help
for o in --refs --sys --rouge-config --words --bytes --stem --stopwords --format --no-jackknife; do
    has "eval --help documents $o" "$T/out" "$o"
done

# --- precis batch -------------------------------------------------------------------
mk() { jq -nc --arg id "$1" --rawfile a "$2" --rawfile b "$3" '{id: $id, docs: [{id: "a", text: $a}, {id: "b", text: $b}]}'; }
{
    mk k1 $EX/article-1.txt $EX/article-2.txt
    echo '{"id": "broken", "docs": [ {"text": "x" ,, ]}'
    echo
    mk k2 $EX/article-3.txt $EX/article-4.txt
    echo '{"id": "empty", "docs": []}'
    mk k3 $EX/article-5.txt $EX/article-1.txt
} >"$T/in.jsonl"
expect "batch with two bad lines" 1 "$P" batch -j 2 --errors "$T/errs.jsonl" "$T/in.jsonl"
cp "$T/out" "$T/b2.jsonl"
[ "$(jq -r '.cluster // "error@\(.line)"' "$T/b2.jsonl" | tr '\n' ' ')" = "k1 error@2 k2 error@5 k3 " ] && ok "batch keeps input order, an error record in each bad line's place" || bad "batch order"
has "batch counts in = ok + failed" "$T/err" "5 in, 3 ok, 2 failed"
has "batch names the malformed line" "$T/err" '"line":2,"id":null,"error":"malformed JSON'
has "batch names the empty cluster" "$T/err" '"line":5,"id":"empty"'
[ "$(wc -l <"$T/errs.jsonl")" -eq 2 ] && jq -e -s 'map(.line) == [2, 5]' "$T/errs.jsonl" >/dev/null && ok "batch --errors file" || bad "batch --errors file"
"$P" batch -j 1 "$T/in.jsonl" >"$T/b1.jsonl" 2>/dev/null
cmp -s "$T/b1.jsonl" "$T/b2.jsonl" && ok "batch output identical for -j 1 and -j 2" || bad "batch -j 1 vs -j 2"
jq -e -s 'map(select(has("error") | not)) | length == 3 and all(.[]; .words <= 100 and (.sentences | length) > 0)' "$T/b1.jsonl" >/dev/null && ok "batch summaries within budget" || bad "batch budget"
# the split contract: pieces summarised apart and concatenated equal one run
for i in 1 2 3 4 5 6; do mk "c$i" $EX/article-$((i % 5 + 1)).txt $EX/article-$(((i + 2) % 5 + 1)).txt; done >"$T/big.jsonl"
"$P" batch -j 2 "$T/big.jsonl" >"$T/whole.jsonl" 2>/dev/null
(cd "$T" && split -n l/3 -d big.jsonl part. && for p in part.0?; do "$P" batch -j 1 --no-progress "$p" >"$p.out" 2>/dev/null & done; wait)
cat "$T"/part.0?.out >"$T/merged.jsonl"
[ "$(wc -l <"$T/whole.jsonl")" -eq 6 ] && cmp -s "$T/whole.jsonl" "$T/merged.jsonl" && ok "split contract: 3 pieces concatenated equal one run" || bad "split contract"
cat "$T/big.jsonl" | "$P" batch -j 2 - >"$T/stdin.jsonl" 2>/dev/null
cmp -s "$T/whole.jsonl" "$T/stdin.jsonl" && ok "batch reads stdin" || bad "batch stdin"
printf 'First article sentence one is here. NEWLINE_CHAR Second sentence of it follows now.|||||Another article starts here today. NEWLINE_CHAR It ends with this sentence.\n' >"$T/mn.txt"
expect "batch multinews" 0 "$P" batch --input multinews --format text --sentences 2 "$T/mn.txt"
has "multinews text block" "$T/out" "^# line 1"
[ "$(grep -c . "$T/out")" -eq 3 ] && ok "multinews gives two sentences" || bad "multinews sentences"
expect "batch bad -j" 2 "$P" batch -j 0 "$T/in.jsonl"
expect "batch --help" 0 "$P" batch --help
for o in --jobs --input --format --errors --method --words --query; do has "batch --help documents $o" "$T/out" "$o"; done

# --- timeline, entities, quotes, digest -------------------------------------------
expect "timeline" 0 "$P" timeline "$EX"
has "timeline has 1945" "$T/out" "^1945$"
has "timeline has November 2013" "$T/out" "^2013-11$"
has "timeline resolves article-4's Tuesday" "$T/out" "^2019-01-22$"
has "timeline lists unresolved" "$T/out" "Unresolved"
has "timeline attributes" "$T/out" "article-4.txt [0-9]*-[0-9]*"
expect "timeline json" 0 "$P" timeline -f json "$EX"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert any(x["date"]=="2016-12" for x in d["dates"]); assert d["unresolved"]' "$T/out" && ok "timeline json parses" || bad "timeline json parses"
expect "timeline markdown" 0 "$P" timeline -f markdown --max-dates 4 "$EX"
[ "$(grep -c '^- \*\*' "$T/out")" -ge 4 ] && ok "timeline --max-dates 4" || bad "timeline --max-dates 4"
expect "timeline --max-dates 2" 0 "$P" timeline --max-dates 2 -f json "$EX"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["dates"])==2' "$T/out" && ok "timeline keeps 2 dates" || bad "timeline keeps 2 dates"
expect "timeline bad count" 2 "$P" timeline --max-dates x "$EX"
expect "entities" 0 "$P" entities "$EX"
has "entities: Putin with the label" "$T/out" "^Vladimir Putin .*VLADMIR PUTIN"
has "entities: islands merged" "$T/out" "^Northern Territories .*Kurils.*Kuril Islands.*Southern Kuriles"
expect "entities --type person --max 3" 0 "$P" entities --type person --max 3 "$EX"
[ "$(grep -c . "$T/out")" -eq 3 ] && ok "entities --max 3" || bad "entities --max 3"
hasnt "entities --type person has no places" "$T/out" " place "
expect "entities json" 0 "$P" entities -f json "$EX"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); e=d["entities"][0]; assert e["mention_spans"] and e["per_document"]' "$T/out" && ok "entities json parses" || bad "entities json parses"
expect "entities bad type" 2 "$P" entities --type animal "$EX"
expect "quotes" 0 "$P" quotes "$EX"
has "quotes: Lavrov" "$T/out" "^Sergey Lavrov: .The prime minister has reacted positively"
has "quotes: interpreter" "$T/out" "^Shinzo Abe: .I would like to have"
expect "quotes --max 2" 0 "$P" quotes --max 2 -f markdown "$EX"
[ "$(grep -c '^> —' "$T/out")" -eq 2 ] && ok "quotes --max 2" || bad "quotes --max 2"
expect "digest" 0 "$P" digest "$EX"
for sec in Summary Timeline Entities Quotes; do has "digest has $sec" "$T/out" "^$sec$"; done
expect "digest markdown" 0 "$P" digest -f markdown -w 60 "$EX"
has "digest markdown heading" "$T/out" "^## Timeline"
expect "digest json" 0 "$P" digest -f json --max 5 --max-quotes 2 "$EX"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["entities"]["entities"])==5 and len(d["quotes"]["quotes"])==2 and d["summary"]["sentences"]' "$T/out" && ok "digest json parses" || bad "digest json parses"
expect "digest unknown method" 2 "$P" digest -m nope "$EX"
expect "timeline missing file" 1 "$P" timeline "$T/nonexistent"
has "timeline names the missing file" "$T/err" "nonexistent"
expect "timeline --help" 0 "$P" timeline --help
# each story command's help: its own options and the common ones, not the others'
common="--input --charset --url --format --quiet"
for c in "timeline:--max-dates --words-per-date:--max --type --max-quotes --words --method --query" \
         "entities:--max --type:--max-dates --words-per-date --max-quotes --words --method --query" \
         "quotes:--max:--type --max-dates --words-per-date --max-quotes --words --method --query" \
         "digest:--words --method --query --max-dates --words-per-date --max --max-quotes:--type"; do
    cmd=${c%%:*} rest=${c#*:}; own=${rest%%:*} others=${rest#*:}
    expect "$cmd --help" 0 "$P" "$cmd" --help
    has "$cmd --help is its own usage" "$T/out" "^usage: precis $cmd \[OPTIONS\] INPUT"
    for o in $own $common; do has "$cmd --help documents $o" "$T/out" "^ *\(-[a-z], \)*$o[ =]"; done
    for o in $others; do hasnt "$cmd --help leaves out $o" "$T/out" "^ *\(-[a-z], \)*$o[ =]"; done
done

# --- usage errors: one line and a hint ---------------------------------------------
# usage_err NAME CMD...: exit 2, nothing on stdout, and on stderr two lines,
# the message and "Try 'precis ... for more."
usage_err() {
    name=$1; shift
    expect "$name: exit 2" 2 "$@"
    n=$(wc -l <"$T/err")
    if [ "$n" -eq 2 ] && [ ! -s "$T/out" ] && sed -n 2p "$T/err" | grep -q "^Try 'precis [a-z -]*' for more\.$"; then
        ok "$name: one line and a hint"
    else
        bad "$name: one line and a hint ($n lines)"
    fi
}
usage_err "misspelt option" "$P" summarize --wrods 5 $EX
has "misspelt option: the closest suggested" "$T/err" "^precis summarize: unknown option '--wrods' (did you mean --words?)$"
has "misspelt option: the command's help named" "$T/err" "^Try 'precis summarize --help' for more\.$"
usage_err "unknown option far from any" "$P" summarize --frobnicate $EX
has "unknown option named" "$T/err" "^precis summarize: unknown option '--frobnicate'$"
hasnt "no suggestion when nothing is close" "$T/err" "did you mean"
usage_err "misspelt option with a value attached" "$P" digest --fromat=json $EX
has "misspelt option=value: the name only" "$T/err" "unknown option '--fromat' (did you mean --format?)"
usage_err "unknown short option" "$P" summarize -x $EX
has "unknown short option named" "$T/err" "^precis summarize: unknown option '-x'$"
usage_err "misspelt command" "$P" sumarize $EX
has "misspelt command: the closest suggested" "$T/err" "^precis: unknown command 'sumarize' (did you mean summarize?)$"
has "misspelt command: the main help named" "$T/err" "^Try 'precis --help' for more\.$"
usage_err "unknown command far from any" "$P" frobnicate $EX
hasnt "unknown command: no suggestion when nothing is close" "$T/err" "did you mean"
usage_err "misspelt top-level option" "$P" --verison
has "misspelt --version suggested" "$T/err" "(did you mean --version?)"
usage_err "no command" "$P"
has "no command: the commands listed on one line" "$T/err" "^precis: no command given; the commands are summarize, batch, timeline, .*, eval$"
usage_err "bad number" "$P" summarize --words ten $EX
has "bad number: the option and what it takes" "$T/err" "^precis summarize: --words takes a whole number above 0, not 'ten'$"
usage_err "bad format" "$P" timeline --format yaml $EX
has "bad format: the values it takes" "$T/err" "^precis timeline: --format takes text, json or markdown, not 'yaml'$"
usage_err "bad type" "$P" entities --type animal $EX
has "bad type: the values it takes" "$T/err" "--type takes person, place, organization or other, not 'animal'"
usage_err "missing value (long)" "$P" summarize $EX --words
has "missing value named" "$T/err" "^precis summarize: --words needs a value$"
usage_err "missing value (short)" "$P" summarize $EX -w
has "missing short value named" "$T/err" "^precis summarize: -w needs a value$"
usage_err "value to an option without one" "$P" summarize --quiet=yes $EX
has "option without a value named" "$T/err" "^precis summarize: --quiet takes no value$"
usage_err "ambiguous abbreviation" "$P" digest --max- 3 $EX
has "ambiguous abbreviation: the candidates" "$T/err" "is ambiguous: --max-dates, --max-quotes$"
expect "an unambiguous abbreviation still works" 0 "$P" summarize --sent 2 $EX
[ "$(wc -l <"$T/out")" -eq 2 ] && ok "--sent is --sentences" || bad "--sent is --sentences"
usage_err "no input" "$P" summarize
has "no input: says what an input is" "$T/err" "^precis summarize: no input given (files, directories, '-' for standard input, or --url)$"
usage_err "misspelt method" "$P" summarize -m lexrnk $EX
has "misspelt method: the closest suggested and the methods listed" "$T/err" "unknown method 'lexrnk' (did you mean lexrank?); available: coverage "
has "misspelt method: --list-methods named" "$T/err" "^Try 'precis summarize --list-methods' for more\.$"
usage_err "unknown method in digest" "$P" digest -m nope $EX
usage_err "unknown method in batch" "$P" batch -m nope "$T/in.jsonl"
usage_err "batch bad -j" "$P" batch -j 0 "$T/in.jsonl"
has "batch bad -j: the range" "$T/err" "^precis batch: --jobs takes 1 to 1024, not '0'$"
usage_err "eval bad -n" "$P" eval -n 9 "$T/rc/conf.xml"
has "eval bad -n: the range" "$T/err" "^precis eval: -n takes 0 to 4, not '9'$"
usage_err "eval misspelt option" "$P" eval --stme --refs "$T/ds" --sys "$T/sys"
has "eval misspelt option suggested" "$T/err" "(did you mean --stem?)"
usage_err "extract bad timeout" "$P" extract --timeout 0 tests/data/html/article.html
usage_err "segment markdown" "$P" segment --format markdown $EX
has "segment markdown: the values it takes" "$T/err" "--format takes text or json, not 'markdown'"

# options of one story command given to another
usage_err "timeline --max" "$P" timeline --max 3 $EX
has "timeline --max: which commands take it" "$T/err" "^precis timeline: --max applies to entities, quotes and digest, not to timeline$"
usage_err "timeline -w" "$P" timeline -w 50 $EX
has "timeline -w: named as typed" "$T/err" "^precis timeline: -w (--words) applies to digest, not to timeline$"
usage_err "entities --max-dates" "$P" entities --max-dates 2 $EX
usage_err "quotes --type" "$P" quotes --type person $EX
usage_err "digest --type" "$P" digest --type person $EX
has "digest --type: entities takes it" "$T/err" "--type applies to entities, not to digest"
usage_err "entities -m" "$P" entities -m lead $EX
expect "timeline --words-per-date is its own" 0 "$P" timeline --words-per-date 10 --max-dates 1 $EX
expect "entities --type is its own" 0 "$P" entities --type place --max 1 $EX

# --- counts of 0 -------------------------------------------------------------------
for c in "summarize --words" "summarize --bytes" "summarize --sentences" "digest --words" "batch --words" \
         "batch --sentences" "timeline --max-dates" "entities --max" "quotes --max" "digest --max" \
         "digest --max-quotes" "digest --max-dates"; do
    # shellcheck disable=SC2086
    usage_err "$c 0" "$P" $c 0 $EX
    has "$c 0: what it takes" "$T/err" "takes a whole number above 0, not '0'"
done
has "digest 0: the default named" "$T/err" "(leave it out for the default)$"
expect "entities --max 0 said" 2 "$P" entities --max 0 $EX
has "entities --max 0: leave it out for all" "$T/err" "(leave it out for all)$"
expect "quotes --max 1" 0 "$P" quotes --max 1 $EX
[ "$(grep -c . "$T/out")" -eq 1 ] && ok "quotes --max 1 gives one quote" || bad "quotes --max 1 gives one quote"
expect "digest --max-quotes 1 --max 1" 0 "$P" digest -f json --max-quotes 1 --max 1 $EX
jq -e '(.quotes.quotes | length) == 1 and (.entities.entities | length) == 1' "$T/out" >/dev/null &&
    ok "digest --max-quotes 1 --max 1: one of each" || bad "digest --max-quotes 1 --max 1: one of each"
expect "summarize --words 1" 0 "$P" summarize --words 1 $EX
has "a budget no sentence fits is still a warning" "$T/err" "no sentence fits the budget"
for c in entities quotes digest; do
    expect "$c --help" 0 "$P" $c --help
    has "$c --help: counts above 0" "$T/out" "above"
done

# --- singular and plural -------------------------------------------------------------
expect "entities text" 0 "$P" entities $EX
has "entities: 1 mention" "$T/out" " 1 mention in "
hasnt "entities: never 1 mentions" "$T/out" " 1 mentions "
has "entities: N mentions" "$T/out" " [0-9][0-9] mentions in "
expect "entities of one article" 0 "$P" entities $EX/article-1.txt
has "entities: of 1 article" "$T/out" " of 1 article\(;\|$\)"
hasnt "entities: never of 1 articles" "$T/out" " of 1 articles"
printf 'The minister arrived on Tuesday for talks on the islands.\n' >"$T/undated1.txt"
printf 'The envoy left on Friday after talks on the islands ended.\n' >"$T/undated2.txt"
expect "timeline markdown, one unresolved" 0 "$P" timeline -f markdown "$T/undated1.txt"
has "markdown: 1 relative date ... the article has" "$T/out" "^1 relative date could not be resolved: the article has no date\.$"
expect "timeline markdown, two unresolved" 0 "$P" timeline -f markdown "$T/undated1.txt" "$T/undated2.txt"
has "markdown: 2 relative dates ... the articles have" "$T/out" "^2 relative dates could not be resolved: the articles have no date\.$"
expect "batch on one thread" 0 "$P" batch -j 1 --no-progress "$T/big.jsonl"
has "batch: 1 thread" "$T/err" "1 thread)$"
expect "batch on two threads" 0 "$P" batch -j 2 --no-progress "$T/big.jsonl"
has "batch: 2 threads" "$T/err" "2 threads)$"

# --- PDF -----------------------------------------------------------------------------
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n<< /Length 4 >>\nstream\n\000\001\002\003\nendstream\nendobj\n' >"$T/report.pdf"
expect "a PDF is an input error" 1 "$P" summarize "$T/report.pdf"
has "a PDF: said, with how to convert it" "$T/err" "report.pdf: error: a PDF document: precis reads text, not PDF; convert it first, e.g. 'pdftotext .*report.pdf .*report.txt' (pdftotext is in poppler-utils)"
hasnt "a PDF is not called binary" "$T/err" "binary"
mkdir "$T/withpdf"; cp "$T/report.pdf" $EX/article-1.txt $EX/article-2.txt "$T/withpdf/"
expect "a PDF in a directory" 1 "$P" summarize "$T/withpdf"
[ -s "$T/out" ] && ok "a PDF in a directory: the other files still summarised" || bad "a PDF in a directory: the others"
cp "$T/report.pdf" "$T/noext"
expect "a PDF without .pdf" 1 "$P" segment "$T/noext"
has "a PDF without .pdf: the generic command" "$T/err" "'pdftotext FILE.pdf FILE.txt'"
printf 'The manual says %%PDF-1.4 files start with a header line of their own.\n' >"$T/mentions-pdf.txt"
expect "text mentioning %PDF- is text" 0 "$P" segment "$T/mentions-pdf.txt"
has "text mentioning %PDF- is read" "$T/out" "^The manual says"

# --- --charset ---------------------------------------------------------------------------
# Latin-1 / windows-1252 bytes: é (\351), ï (\357), curly quotes (\223 \224)
printf 'date 2019-01-22\n\nThe caf\351 on the island opened on Monday after a long winter.\nIts owner said \223we are ready\224 for the first visitors of the year.\nA na\357ve plan, critics said, but the ferry is already full.\n' >"$T/latin1.txt"
expect "latin-1 read as UTF-8 is a warning" 0 "$P" summarize "$T/latin1.txt"
has "the warning suggests --charset latin1" "$T/err" "latin1.txt (byte 24): warning: invalid UTF-8 byte 0xE9 replaced with U+FFFD (the file may be Latin-1: try --charset latin1)$"
printf 'A first sentence is plain here.\nA bad \201\377 pair is not windows-1252 at all.\nThe third one is fine.\n' >"$T/not1252.txt"
expect "invalid UTF-8 that is not windows-1252" 0 "$P" summarize "$T/not1252.txt"
has "not windows-1252: still warned" "$T/err" "warning: invalid UTF-8 byte 0x81"
hasnt "not windows-1252: no --charset suggestion" "$T/err" "charset"
for c in summarize timeline entities quotes digest segment; do
    expect "$c --charset latin1" 0 "$P" $c --charset latin1 "$T/latin1.txt"
    [ ! -s "$T/err" ] && ok "$c --charset latin1: no warning" || bad "$c --charset latin1: no warning"
done
expect "segment --charset latin1 decodes" 0 "$P" segment --charset latin1 "$T/latin1.txt"
has "latin1: é" "$T/out" "^The café on the island"
has "latin1: windows-1252's curly quotes" "$T/out" "said “we are ready” for"
has "latin1: ï" "$T/out" "^A naïve plan"
expect "--charset iso-8859-1 -f json" 0 "$P" summarize --charset ISO-8859-1 -f json "$T/latin1.txt"
/usr/bin/python3 - "$T/out" "$T/latin1.txt" <<'PY' && ok "--charset: offsets are bytes of the Latin-1 file" || bad "--charset: offsets are bytes of the Latin-1 file"
import json, sys
d = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
assert len(d["sentences"]) == 3
for s in d["sentences"]:
    got = " ".join(raw[s["start"]:s["end"]].decode("cp1252").split())
    assert got == s["text"], (got, s["text"])
PY
expect "segment --charset json offsets" 0 "$P" segment -f json --charset latin1 "$T/latin1.txt"
/usr/bin/python3 - "$T/out" "$T/latin1.txt" <<'PY' && ok "segment --charset: offsets are bytes of the file" || bad "segment --charset: offsets are bytes of the file"
import json, sys
raw = open(sys.argv[2], "rb").read()
n = 0
for line in open(sys.argv[1]):
    s = json.loads(line)
    if s["removed"]: continue
    assert " ".join(raw[s["start"]:s["end"]].decode("cp1252").split()) == s["text"], s
    n += 1
assert n == 3, n
PY
printf '<DOC>\n<DOCNO> X1 </DOCNO>\n<DATE_TIME> 2019-01-22 </DATE_TIME>\n<TEXT>\n<P>\nThe caf\351 in Kunashir opened again on Monday, the owner said.\n</P>\n<P>\nVisitors from Sakhalin came on the first ferry of the season.\n</P>\n</TEXT>\n</DOC>\n' >"$T/latin1.sgml"
expect "SGML in latin1" 0 "$P" summarize --charset latin1 -f json "$T/latin1.sgml"
/usr/bin/python3 - "$T/out" "$T/latin1.sgml" <<'PY' && ok "SGML --charset: café, offsets into the file" || bad "SGML --charset: café, offsets into the file"
import json, sys
d = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
assert any("café" in s["text"] for s in d["sentences"]), d
for s in d["sentences"]:
    assert " ".join(raw[s["start"]:s["end"]].decode("latin-1").split()) == s["text"], s
PY
printf 'The caf\351 \201 opened.\nAnother sentence follows it here.\n' >"$T/bad1252.txt"
expect "a byte not in the charset" 0 "$P" segment --charset windows-1252 "$T/bad1252.txt"
has "a byte not in the charset: warned with its offset" "$T/err" "bad1252.txt (byte 9): warning: 1 byte not valid WINDOWS-1252 replaced by U+FFFD$"
iconv -f UTF-8 -t UTF-16 "$T/undated1.txt" >"$T/utf16.txt" 2>/dev/null
expect "--charset utf-16" 0 "$P" segment --charset utf-16 -f json "$T/utf16.txt"
jq -e -s '.[0].text | startswith("The minister arrived")' "$T/out" >/dev/null && ok "--charset utf-16 reads UTF-16 text" || bad "--charset utf-16"
jq -e -s '.[0].start == 2' "$T/out" >/dev/null && ok "--charset utf-16: offsets count the file's bytes (after the BOM)" || bad "utf-16 offsets"
printf '{"id":"u","docs":[{"id":"d1","text":"The caf\303\251 opened on Monday after the long winter ended."}]}' >"$T/utf8.json"
expect "JSON is UTF-8 whatever --charset says" 0 "$P" segment --charset latin1 "$T/utf8.json"
has "JSON keeps its UTF-8" "$T/out" "^The café opened"
usage_err "unknown charset" "$P" summarize --charset klingon-8 "$T/latin1.txt"
has "unknown charset named" "$T/err" "^precis summarize: --charset: unknown character set 'klingon-8'"
expect "extract keeps its --charset" 0 "$P" extract --charset windows-1252 tests/data/html/cp1252.html

# --- eval: what it scored ---------------------------------------------------------------
mkdir -p "$T/ev13/sys"
for i in 01 02 03 04 05 06 07 08 09 10 11 12 13; do
    mkdir -p "$T/ev13/ds/k$i/refs"; printf 'Dogs bark at night in the town.\n' >"$T/ev13/ds/k$i/refs/A.txt"
done
printf 'Dogs bark at night.\n' >"$T/ev13/sys/k05.txt"
expect "eval on 1 of 13 clusters" 1 "$P" eval --refs "$T/ev13/ds" --sys "$T/ev13/sys"
[ "$(wc -l <"$T/err")" -eq 2 ] && ok "eval: the missing clusters on one line, then the count" || bad "eval: two lines on stderr"
has "eval: the missing ones listed, the rest counted" "$T/err" "^precis eval: 12 clusters have no system summary (.*/ev13/sys/<cluster>.txt): k01, k02, k03, k04, k06, k07, k08, k09, k10, k11 and 2 more$"
has "eval: scored 1 of 13" "$T/err" "^precis eval: scored 1 of 13 clusters (12 without a system summary)$"
has "eval: the scores still printed" "$T/out" "^ROUGE-1 "
mkdir "$T/ev13/sys/k06.txt"
expect "eval with an unreadable summary" 1 "$P" eval --refs "$T/ev13/ds" --sys "$T/ev13/sys"
has "eval: unreadable counted" "$T/err" "^precis eval: scored 1 of 13 clusters (11 without a system summary, 1 unreadable)$"
expect "eval on every cluster" 0 "$P" eval --refs "$T/ds" --sys "$T/sys" --stem
has "eval: scored 3 of 3" "$T/err" "^precis eval: scored 3 of 3 clusters$"
[ "$(wc -l <"$T/err")" -eq 1 ] && ok "eval on every cluster: only the count on stderr" || bad "eval on every cluster: only the count"
expect "eval with a configuration" 0 "$P" eval --rouge-config "$T/rc/conf.xml"
hasnt "eval with a configuration: no cluster count" "$T/err" "scored"

# --- setup and dependencies ---------------------------------------------------------------
sh scripts/deps.sh --list --runtime >"$T/rt" && sh scripts/deps.sh --list >"$T/all" && ok "deps.sh --list" || bad "deps.sh --list"
for p in build-essential cmake pkg-config libstemmer-dev libutf8proc-dev libjansson-dev libglpk-dev \
         libxml2-dev libcurl4-openssl-dev wordnet-base python3-dev groff-base man-db; do
    grep -qx "$p" "$T/rt" && grep -qx "$p" "$T/all" && ok "deps: $p is runtime" || bad "deps: $p is runtime"
done
for p in clang valgrind jq bc time ots python3-pytest python3-distributed python3-jsonschema; do
    ! grep -qx "$p" "$T/rt" && grep -qx "$p" "$T/all" && ok "deps: $p is for tests only" || bad "deps: $p is for tests only"
done
expect "deps.sh: an unknown argument" 2 sh scripts/deps.sh --bogus
grep -q '^sh scripts/deps.sh --runtime$' scripts/setup.sh && ok "setup.sh installs the runtime dependencies only" || bad "setup.sh: deps.sh --runtime"
grep -q 'cmake --install build' scripts/setup.sh && grep -q 'ldconfig' scripts/setup.sh && ok "setup.sh installs (cmake --install, ldconfig)" || bad "setup.sh installs"
grep -q '"$precis" summarize examples/kuril-islands/' scripts/setup.sh && ok "setup.sh summarises the example with the installed precis" || bad "setup.sh: the installed precis"
grep -q '^sh scripts/deps.sh ||' scripts/test.sh && ok "the test suite installs both lists" || bad "test.sh: deps.sh"

# --- web pages (HTML) ---------------------------------------------------------
H=tests/data/html
expect "extract --help" 0 "$P" extract --help
for o in --format --url --timeout --max-bytes --max-redirects --charset; do has "extract --help documents $o" "$T/out" "$o"; done
expect "extract a page" 0 "$P" extract $H/article.html
has "extract: title first" "$T/out" "^Islands talks stall again$"
has "extract: date" "$T/out" "^Date: 2019-01-22$"
has "extract: author" "$T/out" "^By: Anna Petrova$"
has "extract: body" "$T/out" "^MOSCOW — Russia and Japan"
hasnt "extract: no navigation" "$T/out" "Business"
hasnt "extract: no caption" "$T/out" "Photo: Harbour"
hasnt "extract: no comments" "$T/out" "Great article"
expect "extract json" 0 "$P" extract --format json $H/article.html
/usr/bin/python3 - "$T/out" "$H/article.html" <<'PY' && ok "extract json: fields and spans" || bad "extract json: fields and spans"
import json, re, sys, html
d = json.loads(open(sys.argv[1]).read())
page = open(sys.argv[2], "rb").read()
assert all(k in d for k in ("title", "date", "author", "site", "url", "lang", "text", "paragraphs"))
assert d["site"] == "The Harbour Times" and d["lang"] == "en" and d["url"].startswith("https://harbour.example/")
for p in d["paragraphs"]:
    raw = page[p["start"]:p["end"]].decode("utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]*>", "", raw)).split())
    assert text == p["text"], (text, p["text"])
PY
expect "extract markdown" 0 "$P" extract -f markdown $H/article.html
has "extract markdown heading" "$T/out" "^# Islands talks stall again"
expect "extract windows-1252 page" 0 "$P" extract $H/cp1252.html
has "extract: windows-1252 decoded" "$T/out" "The café on the island"
expect "extract undeclared UTF-8" 0 "$P" extract $H/undeclared-utf8.html
has "extract: undeclared UTF-8 kept" "$T/out" "The острова (islands)"
expect "extract: login wall is an error" 1 "$P" extract $H/login.html
has "extract: login wall names the file" "$T/err" "login.html: error: no article"
expect "extract: page of links is an error" 1 "$P" extract $H/links.html $H/article.html
has "extract: the other page is still printed" "$T/out" "^MOSCOW"
head -c 20000 /dev/urandom >"$T/bin.html"
expect "extract: binary page" 1 "$P" extract "$T/bin.html"
has "extract: binary named" "$T/err" "bin.html: error: binary data"
"$P" extract - <$H/article.html >"$T/out" 2>"$T/err" && has "extract stdin" "$T/out" "^MOSCOW" || bad "extract stdin"
expect "extract: no page" 2 "$P" extract
expect "summarize a web page" 0 "$P" summarize -w 40 $H/article.html $H/cp1252.html
has "summarize html: sentence from the page" "$T/out" "Russia\|Lavrov\|treaty\|café\|Residents said"
expect "summarize html json" 0 "$P" summarize -f json -w 60 $H/article.html
/usr/bin/python3 - "$T/out" "$H/article.html" <<'PY' && ok "summarize html: offsets are the page's bytes" || bad "summarize html: offsets are the page's bytes"
import json, re, sys, html
d = json.loads(open(sys.argv[1]).read())
page = open(sys.argv[2], "rb").read()
for s in d["sentences"]:
    raw = page[s["start"]:s["end"]].decode("utf-8")
    assert " ".join(html.unescape(re.sub(r"<[^>]*>", "", raw)).split()) == s["text"], (raw, s["text"])
PY
mkdir -p "$T/pages" && cp $H/article.html $H/cp1252.html "$T/pages/"
expect "summarize a directory of pages" 0 "$P" summarize -w 30 "$T/pages"
expect "timeline of pages" 0 "$P" timeline $H/article.html
has "timeline: page date resolves Tuesday" "$T/out" "2019-01-22"
expect "--input html on a .txt name" 0 "$P" extract $H/article.html
cp $H/article.html "$T/page.txt"
expect "summarize --input html" 0 "$P" summarize --input html -w 20 "$T/page.txt"
hasnt "--input html: no markup in the summary" "$T/out" "<p>"
/usr/bin/python3 -c 'import json,sys; print(json.dumps({"id":"c1","docs":[{"id":"p1","html":open(sys.argv[1]).read(),"url":"https://x.example/a"},{"id":"t1","text":"Japan and Russia met again on Monday to discuss the islands. Talks ended without a deal."}]}))' $H/article.html >"$T/cluster.json"
expect "JSON cluster with an html document" 0 "$P" summarize -f json -w 80 "$T/cluster.json"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert {s["doc"] for s in d["sentences"]} <= {"p1","t1"} and d["sentences"]' "$T/out" && ok "JSON html document summarised" || bad "JSON html document summarised"
/usr/bin/python3 -c 'import json,sys; print(json.dumps({"id":"c2","docs":[{"id":"p1","html":open(sys.argv[1]).read()}]}))' $H/article.html >"$T/c2.jsonl"
echo '{"id":"c3","docs":[{"id":"x","html":"<html><body><a href=/>home</a></body></html>"}]}' >>"$T/c2.jsonl"
expect "batch with html documents" 1 "$P" batch -j 1 "$T/c2.jsonl"
[ "$(grep -c '"id"' "$T/out")" -ge 1 ] && has "batch: the good cluster summarised" "$T/out" '"c2"' || bad "batch: the good cluster summarised"
has "batch: the page without an article listed" "$T/err" "no article"

# --- --url against a local server (never the internet) -------------------------
/usr/bin/python3 tests/http_server.py "$H" "$T/port" >/dev/null 2>&1 &
SRV=$!
i=0; while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
U="http://127.0.0.1:$(cat "$T/port" 2>/dev/null)"
expect "url: extract" 0 "$P" extract --url "$U/article.html"
has "url: article body" "$T/out" "^MOSCOW — Russia"
expect "url: redirect followed" 0 "$P" extract -f json --url "$U/redirect"
has "url: final URL kept" "$T/out" '"url": "https://harbour.example'
expect "url: HTTP charset used" 0 "$P" extract --url "$U/latin1"
has "url: iso-8859-1 decoded" "$T/out" "The café on the island"
expect "url: summarize two URLs and a file" 0 "$P" summarize -w 40 --url "$U/article.html" --url "$U/cp1252.html" $EX/article-1.txt
expect "url: 404 is an error, others still summarised" 1 "$P" summarize -w 40 --url "$U/missing.html" --url "$U/article.html"
has "url: 404 named" "$T/err" "missing.html: error: HTTP status 404"
[ -s "$T/out" ] && ok "url: summary printed despite the 404" || bad "url: summary printed despite the 404"
expect "url: redirect loop" 1 "$P" extract --max-redirects 3 --url "$U/loop"
has "url: redirect loop named" "$T/err" "more than 3 redirects"
expect "url: timeout" 1 "$P" extract --timeout 1 --url "$U/slow"
has "url: timeout named" "$T/err" "timed out"
expect "url: size limit" 1 "$P" extract --max-bytes 1000000 --url "$U/big"
has "url: size limit named" "$T/err" "larger than the limit"
expect "url: binary content type" 1 "$P" extract --url "$U/binary"
has "url: binary named" "$T/err" "not a web page"
expect "url: login wall" 1 "$P" timeline --url "$U/login.html"
has "url: login wall named" "$T/err" "login.html: error: no article"
expect "url: refused connection" 1 "$P" extract --url "http://127.0.0.1:9/x"
has "url: refused named" "$T/err" "127.0.0.1:9/x: error: cannot fetch"
expect "url: not http" 1 "$P" extract --url "file:///etc/passwd"
kill $SRV 2>/dev/null

finish
