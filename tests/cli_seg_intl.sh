#!/bin/sh
# cli_seg_intl.sh — sentences and cleaning beyond English, end to end, on the
# hand-made clusters of tests/data/lang-seg/ (Russian, German, Japanese,
# Chinese; hand counts in its README): each file's sentence count equals the
# hand count, nothing but the expected datelines and date lines is removed
# (every paragraph survives cleaning), Chinese and Japanese sentences end at
# 。！？ (before any closing bracket), and summaries of 30 words and of 2
# sentences are not empty.
# Usage: sh tests/cli_seg_intl.sh PATH/TO/precis     Ends with "N passed, N failed".
set -u
P=${1:?usage: cli_seg_intl.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
D=tests/data/lang-seg
. tests/lib.sh

same() { # same NAME GOT WANT
    if [ "$2" = "$3" ]; then ok "$1"; else echo "    got '$2', wanted '$3'"; bad "$1"; fi
}

# count LANG FILE SENTENCES REMOVED...: the kept sentences and the removed spans
count() {
    lang=$1 f=$2 n=$3; shift 3
    expect "$lang $f: segment" 0 "$P" segment --removed --language "$lang" "$D/$f"
    same "$lang $f: $n sentences" "$(grep -vc '^\[' "$T/out")" "$n"
    grep '^\[' "$T/out" >"$T/rm"
    : >"$T/want"
    for r in "$@"; do printf '%s\n' "$r" >>"$T/want"; done
    if cmp -s "$T/rm" "$T/want"; then ok "$lang $f: only the datelines removed"
    else echo "    removed:"; sed 's/^/      /' "$T/rm"; bad "$lang $f: only the datelines removed"; fi
}

count russian ru/a.txt 6 "[metadata] 12 марта 2024 года"
count russian ru/b.txt 5 "[heading] МОСКВА, 12 марта"
count german de/a.txt 6 "[dateline] Hamburg –"
count german de/b.txt 6 "[dateline] Berlin (dpa) -"
count japanese ja/a.txt 6
count japanese ja/b.txt 4 "[dateline] 【東京共同】"
count chinese zh/a.txt 6 "[dateline] 【新华社北京8月10日电】"
count chinese zh/b.txt 4

# German: no sentence glued before „, none cut at "am 12." or "z."
"$P" segment --language german "$D/de" >"$T/out" 2>&1
same "german: a sentence starts at „" "$(grep -c '^„' "$T/out")" 0
same "german: the quote's sentence kept whole" "$(grep -c 'sagte: „Wir hatten das Feuer nach vier Stunden unter Kontrolle.“$' "$T/out")" 1
same "german: no sentence ends at an ordinal or z." "$(grep -Ec '(am 12| z)\.$' "$T/out")" 0

# Chinese and Japanese: every sentence ends at 。！？ or a closing bracket after one
for l in japanese:ja chinese:zh; do
    "$P" segment --language "${l%%:*}" "$D/${l#*:}" >"$T/out" 2>&1
    same "${l%%:*}: sentences end at 。！？" "$(grep -Evc '(。|！|？)(」|』|）|”)*$' "$T/out")" 0
done

# summaries are not empty
for l in russian:ru german:de japanese:ja chinese:zh; do
    for b in "--words 30" "--sentences 2"; do
        # shellcheck disable=SC2086
        "$P" summarize --language "${l%%:*}" $b "$D/${l#*:}" >"$T/out" 2>"$T/err"
        if grep -q "unknown language" "$T/err"; then
            echo "skipped ${l%%:*} $b: no analysis for the language in this build"
            continue
        fi
        if [ -s "$T/out" ]; then ok "${l%%:*} summarize $b"; else bad "${l%%:*} summarize $b"; fi
    done
done

finish
