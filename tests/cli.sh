#!/bin/sh
# cli.sh — end-to-end tests of the precis command line.
# Usage: sh tests/cli.sh PATH/TO/precis     Ends with "N passed, N failed".
set -u
P=${1:?usage: cli.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
EX=examples/kuril-islands
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$T/err" ] && sed 's/^/    stderr: /' "$T/err" | head -5; }
# expect NAME CODE CMD...: run, check exit code; stdout in $T/out, stderr in $T/err
expect() {
    name=$1 want=$2; shift 2
    "$@" >"$T/out" 2>"$T/err" </dev/null
    got=$?
    if [ "$got" -eq "$want" ]; then ok "$name"; else echo "    exit $got, wanted $want"; bad "$name"; fi
}
has() { # has NAME FILE PATTERN
    if grep -q -- "$3" "$2"; then ok "$1"; else echo "    no '$3' in $2"; bad "$1"; fi
}
hasnt() {
    if grep -q -- "$3" "$2"; then echo "    found '$3'"; bad "$1"; else ok "$1"; fi
}
words() { tr -s '[:space:]' '\n' <"$1" | grep -c .; }

# --- help and usage -----------------------------------------------------------
expect "help exits 0" 0 "$P" --help
has "help lists summarize" "$T/out" "summarize"
expect "version" 0 "$P" --version
has "version number" "$T/out" "precis [0-9]"
expect "summarize --help" 0 "$P" summarize --help
for o in --words --bytes --sentences --truncate --method --query --query-file --order \
         --language --idf --input --format --quiet --list-methods; do
    has "summarize --help documents $o" "$T/out" -- "$o"
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
has "unknown command prints the commands" "$T/err" "^Commands:"
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
has "eval names the missing cluster" "$T/err" "missing system summary for cluster c3"
has "eval names the extra summary" "$T/err" "c9.txt has no references"
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
    has "eval --help documents $o" "$T/out" -- "$o"
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
for o in --jobs --input --format --errors --method --words --query; do has "batch --help documents $o" "$T/out" -- "$o"; done

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
for o in --max-dates --words-per-date --max --type --max-quotes --format; do has "story --help documents $o" "$T/out" -- "$o"; done

# --- web pages (HTML) ---------------------------------------------------------
H=tests/data/html
expect "extract --help" 0 "$P" extract --help
for o in --format --url --timeout --max-bytes --max-redirects --charset; do has "extract --help documents $o" "$T/out" -- "$o"; done
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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
