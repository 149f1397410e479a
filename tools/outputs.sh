#!/bin/sh
# outputs.sh PRECIS OUTDIR — every command's output on the bundled example and
# the DUC 2006 clusters, one file per run (stdout, stderr and exit status), so
# that two builds can be compared byte for byte:
#
#   sh tools/outputs.sh old/precis /tmp/old && sh tools/outputs.sh build/precis /tmp/new
#   diff -r /tmp/old /tmp/new && echo same
#
# A change meant to keep behaviour (a refactor, a speed-up) is checked this
# way before it is committed.  Covers: summarize (every method, every format,
# generic and with a query, the byte budget with --truncate), timeline,
# entities, quotes, digest, segment --removed, extract, batch (every method,
# generic and with the topics), eval (NIST's full configuration), the help
# texts and usage errors.  Runs on what it finds: without ../shared/data it
# covers the bundled example and the repository's own test data only.
set -u
P=${1:?usage: outputs.sh PRECIS OUTDIR}
O=${2:?usage: outputs.sh PRECIS OUTDIR}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
case $O in /*) ;; *) O=$(pwd)/$O ;; esac
cd "$(dirname "$0")/.."
mkdir -p "$O"
S=../shared/data
EX=examples/kuril-islands
[ -d "$EX" ] || EX=../shared/examples/kuril-islands

# r NAME ARGS...: run precis, keep stdout, stderr and the exit status
r() {
    n=$1; shift
    "$P" "$@" >"$O/$n.out" 2>"$O/$n.err" </dev/null
    echo $? >"$O/$n.rc"
    # batch's closing line carries its timing: the one part that may differ
    sed -i -E 's/\([0-9.]+ s, [0-9.]+ clusters\/s/(time/' "$O/$n.err"
}

METHODS=$("$P" summarize --list-methods | awk '/^[a-z]/ {print $1}')

# help and usage errors
r help --help
for c in summarize batch timeline entities quotes digest extract segment eval; do
    r "help-$c" $c --help
done
r err-nocmd frobnicate
r err-option summarize --wrods 10 "$EX"
r err-missing summarize /nonexistent/file
r err-words summarize --words x "$EX"
r err-method summarize -m nosuch "$EX"
r list-methods summarize --list-methods

# the bundled example
for f in text json markdown; do
    r "ex-sum-$f" summarize -f $f "$EX"
    r "ex-sum-q-$f" summarize -f $f -q "protesters police detained embassy" "$EX"
    for c in timeline entities quotes digest; do r "ex-$c-$f" $c -f $f "$EX"; done
done
for m in $METHODS; do
    r "ex-m-$m" summarize -f json -m "$m" -w 150 "$EX"
    r "ex-mq-$m" summarize -f json -m "$m" -w 150 -q "Russia's position" "$EX"
done
r ex-bytes summarize -b 665 --truncate "$EX"
r ex-sent summarize -s 3 --order score "$EX"
r ex-mmr summarize --redundancy mmr -m lexrank "$EX"
r ex-idf summarize --idf cluster "$EX"
r ex-seg segment --removed "$EX"
r ex-ent-type entities --type person --max 5 "$EX"
r ex-quotes-max quotes --max 2 "$EX"
r ex-digest-opts digest -w 60 --max-dates 3 --max 4 --max-quotes 2 "$EX"

# the repository's own test inputs
for f in $(find tests/data -type f | sort); do
    b=$(echo "${f#tests/data/}" | tr / -)
    r "td-seg-$b" segment --removed "$f"
    r "td-sum-$b" summarize -f json "$f"
done

# web pages
if [ -d "$S/article-extraction/html" ]; then
    for f in "$S"/article-extraction/html/*; do
        r "extract-$(basename "$f")" extract -f json "$f"
    done
fi

# DUC 2006
D=$S/duc2006
if [ -d "$D/clusters" ]; then
    J=$(mktemp -d)
    sh bench/duc-jsonl.sh "$D" >"$J/duc.jsonl"
    jq -c 'del(.query)' "$J/duc.jsonl" >"$J/generic.jsonl"
    for m in $METHODS; do
        r "duc-batch-$m" batch -m "$m" -w 250 "$J/generic.jsonl"
        r "duc-batch-q-$m" batch -m "$m" -w 250 "$J/duc.jsonl"
    done
    r duc-batch-bytes batch -b 665 --truncate "$J/generic.jsonl"
    for c in "$D"/clusters/*/; do
        id=$(basename "$c")
        r "duc-$id-sum" summarize -f json -w 250 "$c/docs"
        for k in timeline entities quotes digest; do r "duc-$id-$k" $k -f json "$c/docs"; done
        r "duc-$id-seg" segment --removed "$c/docs"
    done
    rm -rf "$J"
    if [ -f "$D/rouge-official/rougejk.in" ]; then
        (cd "$D/rouge-official" &&
         "$P" eval -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -d -a -l 250 rougejk.in \
             >"$O/eval-nist.out" 2>"$O/eval-nist.err"; echo $? >"$O/eval-nist.rc")
    fi
fi
echo "$(ls "$O" | grep -c '\.rc$') runs in $O"
