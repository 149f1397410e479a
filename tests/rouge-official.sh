#!/bin/sh
# rouge-official.sh — precis eval against NIST's official DUC 2006 ROUGE run.
# Usage: sh tests/rouge-official.sh PATH/TO/precis [DIR]   (DIR: rouge-official)
# Ends with "N passed, N failed, N skipped".
#
# Checks, on the 1,950 peer summaries of ../shared/data/duc2006/rouge-official:
#  1. the output has NIST's rougejk.m.out layout line for line (same metrics,
#     peers, evaluations, in the same order);
#  2. every peer's Average_R/P/F of every metric is within 0.0005 of NIST's;
#  3. every per-evaluation line is identical to NIST's, except for the
#     summaries longer than 250 words, which ROUGE-1.5.5's -l 250 truncates
#     but NIST's run did not: for exactly those, NIST's lines must equal
#     precis eval's without -l.
set -u
P=${1:?usage: rouge-official.sh PRECIS [DIR]}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
D=${2:-../shared/data/duc2006/rouge-official}
pass=0 fail=0
if [ ! -f "$D/rougejk.in" ]; then
    echo "SKIP NIST ROUGE test vectors: $D not found (not part of a fresh clone)"
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
ARGS="-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -d -a"
(cd "$D" && "$P" eval $ARGS -l 250 rougejk.in) >"$T/ours" 2>"$T/err" && ok "precis eval runs NIST's configuration" || bad "precis eval failed: $(head -3 "$T/err")"
[ "$(wc -l <"$T/ours")" -eq "$(wc -l <"$D/rougejk.m.out")" ] && ok "same number of lines as NIST ($(wc -l <"$T/ours"))" || bad "line count $(wc -l <"$T/ours")"
# layout: the first three fields of every line (peer, metric, kind) agree
if paste -d'|' "$T/ours" "$D/rougejk.m.out" | awk -F'|' '{split($1,a," "); split($2,b," "); if (a[1]!=b[1] || a[2]!=b[2] || a[3]!=b[3] || a[4 - ($1 ~ /Average/)]!=b[4 - ($2 ~ /Average/)] && $1 ~ /Eval/) {print NR": "$1" / "$2; n++}} END {exit n>0}' >"$T/layout"; then
    ok "same layout as NIST's rougejk.m.out"
else
    bad "layout differs: $(head -3 "$T/layout")"
fi
# averages within 0.0005, per metric, and the largest gap
paste -d'|' "$T/ours" "$D/rougejk.m.out" | awk -F'|' '
    $1 ~ / Average_/ { split($1,a," "); split($2,b," "); d=a[4]-b[4]; if (d<0) d=-d;
                       if (d>max[a[2]]) max[a[2]]=d; if (d>0.0005) bad++ ; n++ }
    END { for (m in max) printf "    largest gap %-12s %.5f\n", m, max[m] > "/dev/stderr";
          printf "%d %d\n", n, bad }' >"$T/avg" 2>"$T/gaps"
cat "$T/gaps"
read n badavg <"$T/avg"
[ "$n" -gt 0 ] && [ "$badavg" -eq 0 ] && ok "$n averages within 0.0005 of NIST" || bad "$badavg of $n averages off by more than 0.0005"
# per-evaluation lines
paste -d'|' "$T/ours" "$D/rougejk.m.out" | awk -F'|' '$1 ~ / Eval / && $1 != $2 { split($2,b," "); print b[1] "|" b[4] }' | sort -u >"$T/diffs"
nd=$(wc -l <"$T/diffs")
total=$(grep -c ' Eval ' "$T/ours")
echo "    $nd of $total per-evaluation lines differ"
# which summaries exceed 250 words
for f in "$D"/peers/*; do [ "$(wc -w <"$f")" -gt 250 ] && basename "$f"; done | sort >"$T/long"
# a differing line's peer file: evaluation D0620.M.250.B-B with peer 32 is D0620.M.250.B.32
awk -F'|' '{ id=$2; sub(/-[A-Z]\.[^.]*$/, "", id); n=split($2, p, "."); print id "." p[n] }' "$T/diffs" | sort -u >"$T/difffiles"
if [ -z "$(comm -23 "$T/difffiles" "$T/long")" ]; then
    ok "every differing line belongs to a summary over 250 words ($(wc -l <"$T/difffiles") files)"
else
    bad "lines differ for summaries within 250 words: $(comm -23 "$T/difffiles" "$T/long" | head -3 | tr '\n' ' ')"
fi
# for those, NIST's lines are the untruncated scores
(cd "$D" && "$P" eval $ARGS rougejk.in) >"$T/nolimit" 2>/dev/null
grep ' Eval ' "$D/rougejk.m.out" | awk -F'|' 'NR==FNR {want[$0]=1; next} { split($0,b," "); if (want[b[1] "|" b[4]]) print }' "$T/diffs" - | sort >"$T/nist_long"
grep -F -x -f "$T/nist_long" "$T/nolimit" | sort >"$T/ours_long"
if [ "$nd" -eq 0 ]; then
    ok "no per-evaluation line differs"
elif [ -s "$T/nist_long" ] && cmp -s "$T/nist_long" "$T/ours_long"; then
    ok "NIST's $(wc -l <"$T/nist_long") lines for those $nd evaluations equal precis eval without -l"
else
    bad "untruncated scores do not explain the $nd differing lines"
fi
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
