#!/bin/sh
# limits.sh — the documented limits of hostile input, each ending in a clear
# message or a graceful degradation, never a crash.  Release build only (the
# sizes are large).  Usage: sh tests/limits.sh PATH/TO/precis
# Ends with "N passed, N failed".
set -u
P=${1:?usage: limits.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; sed 's/^/    /' "$T/err" 2>/dev/null | head -3; }
# run NAME WANT-EXIT CMD...: no crash (exit < 128), the wanted status
run() {
    name=$1 want=$2; shift 2
    "$@" >"$T/out" 2>"$T/err"
    got=$?
    if [ "$got" -ge 128 ]; then bad "$name (crashed, status $got)"
    elif [ "$got" -ne "$want" ]; then echo "    status $got, wanted $want"; bad "$name"
    else ok "$name"; fi
}
EX=examples/kuril-islands

# a 100 MB document
for i in $(seq 1 27500); do cat $EX/article-4.txt; echo; done >"$T/100mb.txt"
run "a $(($(wc -c <"$T/100mb.txt") / 1048576)) MB document" 0 "$P" summarize --quiet "$T/100mb.txt"
[ -s "$T/out" ] && ok "a 100 MB document gives a summary" || bad "100 MB summary"
rm -f "$T/100mb.txt"
# a 1 MB sentence without punctuation, and one without white space
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "word%d ", i % 97 }' >"$T/long.txt"
run "a 1 MB sentence without punctuation" 0 "$P" summarize --quiet "$T/long.txt"
"$P" segment "$T/long.txt" | awk '{ if (length($0) > m) m = length($0) } END { exit m > 4200 }' &&
    ok "its pieces are at most ~4,000 bytes" || bad "long sentence cut"
head -c 1048576 /dev/zero | tr '\0' 'x' >"$T/nows.txt"
run "a 1 MB word" 0 "$P" summarize "$T/nows.txt"
grep -q "no sentence fits" "$T/err" && ok "a 1 MB word: an empty summary, with a warning" || bad "1 MB word warning"
# a cluster of 10,000 documents
awk 'BEGIN { srand(3); n = split("bank rates rose fell talks leaders island treaty storm flood city vote police court oil prices company report week year", w, " ");
  printf "{\"id\":\"big\",\"docs\":["; for (d = 1; d <= 10000; d++) { printf "%s{\"text\":\"", (d > 1 ? "," : "");
  for (s = 1; s <= 5; s++) { printf "The %s", w[int(rand()*n)+1]; for (k = 1; k <= 12; k++) printf " %s", w[int(rand()*n)+1]; printf ". " } printf "\"}" } printf "]}\n" }' >"$T/10k.json"
for m in coverage lexrank submodular; do
    run "10,000 documents, $m" 0 "$P" summarize --quiet --method $m "$T/10k.json"
done
# deeply nested and huge JSON
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]" }' >"$T/deep.json"
run "100,000-deep JSON" 1 "$P" summarize "$T/deep.json"
grep -q "deep.json.*malformed JSON" "$T/err" && ok "deep JSON named as malformed" || bad "deep JSON message"
# NUL bytes, invalid and overlong UTF-8, only white space, only punctuation
printf 'A fine sentence here today.\0 And more text after the NUL byte.' >"$T/nul.txt"
run "NUL byte" 1 "$P" summarize "$T/nul.txt"
grep -q "binary file (NUL byte at offset 27)" "$T/err" && ok "NUL byte named with its offset" || bad "NUL message"
printf 'Overlong \300\257 slash and a surrogate \355\240\200 here in this sentence today.\n' >"$T/overlong.txt"
run "overlong UTF-8 and a surrogate" 0 "$P" summarize --sentences 1 "$T/overlong.txt"
grep -q "invalid UTF-8" "$T/err" && grep -q "$(printf '\357\277\275')" "$T/out" && ok "replaced by U+FFFD with a warning" || bad "overlong replaced"
printf '   \n\t\n   ' >"$T/ws.txt"
run "only white space" 1 "$P" summarize "$T/ws.txt"
printf '... !!! ??? ,,, --- ;;;\n' >"$T/punct.txt"
run "only punctuation" 0 "$P" summarize "$T/punct.txt"
grep -q "no sentence fits" "$T/err" && ok "only punctuation: empty summary, warning" || bad "punctuation warning"
# budgets of 0 and larger than the input
run "budget 0" 2 "$P" summarize --words 0 $EX
grep -q "^precis summarize: --words takes a whole number above 0, not '0'$" "$T/err" && ok "budget 0 is a usage error" || bad "budget 0"
run "budget larger than the input" 0 "$P" summarize --words 1000000 $EX
[ "$(wc -l <"$T/out")" -ge 20 ] && ok "a huge budget takes every candidate that fits" || bad "huge budget"
# 1,000,000 clusters streamed through a pipe: every one summarised, in order,
# and memory bounded by the clusters in flight (peak RSS checked, not time)
awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "{\"id\":\"c%d\",\"docs\":[{\"text\":\"The bank raised rates by %d points on Monday. Markets fell sharply after the news.\"}]}\n", i, i % 9 }' |
    /usr/bin/time -f '%M' -o "$T/rss" "$P" batch -j 2 --method lead --no-progress - 2>"$T/err" |
    awk 'NR == 1 && index($0, "\"cluster\":\"c1\"") { first = 1 } END { print NR, first + 0, (index($0, "\"cluster\":\"c1000000\"") > 0) }' >"$T/count"
read lines first last <"$T/count"
[ "$lines" -eq 1000000 ] && [ "$first" -eq 1 ] && [ "$last" -eq 1 ] && grep -q "1000000 in, 1000000 ok, 0 failed" "$T/err" &&
    ok "1,000,000 clusters through precis batch, in order, in = ok" || bad "1M clusters ($lines lines)"
rss=$(tail -1 "$T/rss")
[ "$rss" -lt 65536 ] && ok "1,000,000 clusters in under 64 MB (peak RSS $((rss / 1024)) MB)" || bad "1M clusters RSS $rss kB"
# hostile web pages: a 50 MB page, 10,000-deep nesting, a page that is all
# script, binary served as .html — an article or a clear message, never a
# crash or hang (memory checked, not time)
awk 'BEGIN { printf "<html><head><title>Big</title></head><body><article>"; for (i = 0; i < 520000; i++) printf "<p>Paragraph %d of a page built to be large, with commas, clauses, and words.</p>\n", i; print "</article></body></html>" }' >"$T/big.html"
/usr/bin/time -f '%M' -o "$T/rss" "$P" extract "$T/big.html" >"$T/out" 2>"$T/err"
[ $? -eq 0 ] && grep -q "^Paragraph 519999 of a page" "$T/out" && ok "50 MB page: every paragraph extracted" || bad "50 MB page"
rss=$(tail -1 "$T/rss")
[ "$rss" -lt 1048576 ] && ok "50 MB page in under 1 GB (peak RSS $((rss / 1024)) MB)" || bad "50 MB page RSS $rss kB"
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 10000; i++) printf "<div>"; for (i = 0; i < 20; i++) printf "<p>Deep text, with a comma, goes on and on here.</p>"; for (i = 0; i < 10000; i++) printf "</div>"; print "</body></html>" }' >"$T/deep.html"
run "10,000-deep page: a clear outcome" 1 "$P" extract "$T/deep.html"
grep -q "deep.html: error: no article" "$T/err" && ok "10,000-deep page: error names it" || bad "deep page message"
awk 'BEGIN { printf "<html><head><script>"; for (i = 0; i < 100000; i++) printf "var s = \"<p>not text</p>\" + (1 < 2);\n"; print "</script></head><body></body></html>" }' >"$T/script.html"
run "all-script page" 1 "$P" extract "$T/script.html"
grep -q "no article" "$T/err" && ok "all-script page: no article" || bad "script page message"
head -c 1000000 /dev/urandom >"$T/binary.html"
run "binary .html" 1 "$P" summarize "$T/binary.html"
grep -q "binary.html: error: binary data" "$T/err" && ok "binary .html: named" || bad "binary html message"
rm -f "$T/big.html"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
