# lib.sh — what the command-line test scripts (tests/cli*.sh) share: a
# scratch folder $T, the pass/fail counts and the checks.  Sourced after the
# script has cd'ed to the repository; `finish` prints the closing
# "N passed, N failed" line scripts/test.sh reads and sets the exit status.
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
hasnt() { # hasnt NAME FILE PATTERN
    if grep -q -- "$3" "$2"; then echo "    found '$3'"; bad "$1"; else ok "$1"; fi
}
words() { tr -s '[:space:]' '\n' <"$1" | grep -c .; }
finish() {
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
