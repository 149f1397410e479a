#!/bin/sh
# man.sh — checks of the manual pages man/precis.1 and man/precis.3 against
# the built tool and the public header, as they are when it runs.
# Usage: sh tests/man.sh PATH/TO/precis     Ends with "N passed, N failed".
#
#   - groff -man -ww -z prints nothing for either page;
#   - every command of `precis --help` has a subsection (.SS) in precis.1;
#   - every long option (--[a-z-]+) printed by `precis COMMAND --help` is in
#     the subsections of precis.1 for the command(s) that help text covers
#     (its usage lines name them: the timeline, entities, quotes and digest
#     help is one text, so their sections count together, with the
#     "Common options" one); the options of `precis --help` are on the page;
#   - every method of `precis summarize --list-methods` is named in precis.1;
#   - every precis_* function declared in include/precis.h has a prototype
#     in the SYNOPSIS of precis.3 and is described after it;
#   - both pages fit 80 columns (MANWIDTH=80 man -l), when man is installed;
#   - the program under EXAMPLES in precis.3 compiles against the build's
#     libprecis.a (found next to the binary) and prints attributed sentences.
set -u
P=${1:?usage: man.sh PRECIS}
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
cd "$(dirname "$0")/.."
M1=man/precis.1
M3=man/precis.3
H=include/precis.h
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
skip() { echo "skip $1"; }

# A page as plain text for searching: \- and \% gone, font escapes kept
# apart from words so that "\fB\-\-words\fR" reads "--words".
plain() {
    sed -e 's/\\-/-/g' -e 's/\\%//g' -e 's/\\&//g' -e 's/\\f[BIRP]/ /g' "$1"
}

# The subsection of precis.1 for command $1: from ".SS cmd" (or a .SS
# title naming it, such as "Common options of timeline, ...") to the next
# .SS or .SH.
section() {
    plain "$M1" | awk -v cmd="$1" '
        /^\.S[SH]/ {
            t = $0; sub(/^\.S[SH] */, "", t); gsub(/"/, "", t)
            on = 0
            if ($1 == ".SS") {
                n = split(t, w, /[ ,]+/)
                for (i = 1; i <= n; i++) if (w[i] == cmd) on = 1
            }
            next
        }
        on { print }'
}

for page in "$M1" "$M3"; do
    if ! command -v groff >/dev/null 2>&1; then
        skip "$page renders without warnings (groff is not installed)"
        continue
    fi
    groff -man -ww -z "$page" >"$T/groff" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ] && [ ! -s "$T/groff" ]; then
        ok "$page renders without warnings (groff -man -ww -z)"
    else
        bad "$page renders without warnings (groff -man -ww -z)"
        sed 's/^/    /' "$T/groff" | head -20
    fi
done

# --- precis.1: commands ---------------------------------------------------------
if ! "$P" --help >"$T/main" 2>&1; then
    bad "precis --help runs ($P)"
    echo "$pass passed, $fail failed"
    exit 1
fi
# the commands: the indented words of the "Commands:" block
cmds=$(awk '/^Commands:/ { on = 1; next } on && /^[^ ]/ { on = 0 } on && /^  [a-z]/ { print $1 }' "$T/main")
if [ -z "$cmds" ]; then
    bad "precis --help lists commands"
fi
for c in $cmds; do
    if grep -Eq "^\.SS \"?$c\"?\$" "$M1"; then
        ok "precis.1 has a subsection for the command $c"
    else
        bad "precis.1 has a subsection for the command $c"
    fi
done

# --- precis.1: long options -----------------------------------------------------
longopts() { grep -oE -- '--[a-z][a-z-]*[a-z]' "$1" | sort -u; }
has_opt() { grep -Eq -- "$1([^a-z-]|\$)" "$2"; }

plain "$M1" >"$T/page"
missing=""
n=0
for o in $(longopts "$T/main"); do
    n=$((n + 1))
    has_opt "$o" "$T/page" || missing="$missing $o"
done
if [ -z "$missing" ]; then
    ok "precis.1 has the $n long options of precis --help"
else
    bad "precis.1 has the long options of precis --help; missing:$missing"
fi

for c in $cmds; do
    if ! "$P" "$c" --help >"$T/help" 2>&1; then
        bad "precis $c --help runs"
        continue
    fi
    # the commands this help text covers, from its usage lines
    covered=$(awk 'NR > 1 && !/^ / { exit } { for (i = 1; i < NF; i++) if ($i == "precis") print $(i + 1) }' \
        "$T/help" | sort -u)
    [ -n "$covered" ] || covered=$c
    : >"$T/sect"
    for k in $covered; do section "$k" >>"$T/sect"; done
    missing=""
    n=0
    for o in $(longopts "$T/help"); do
        n=$((n + 1))
        has_opt "$o" "$T/sect" || missing="$missing $o"
    done
    where=$(echo $covered | sed 's/ /, /g')
    if [ -z "$missing" ]; then
        ok "precis.1 ($where) has the $n long options of precis $c --help"
    else
        bad "precis.1 ($where) has the long options of precis $c --help; missing:$missing"
    fi
done

# --- precis.1: methods ----------------------------------------------------------
if "$P" summarize --list-methods >"$T/methods" 2>&1; then
    missing=""
    n=0
    for m in $(awk '/^[a-z]/ { print $1 }' "$T/methods"); do
        n=$((n + 1))
        grep -Eq "^\.B $m\$" "$M1" || missing="$missing $m"
    done
    if [ -z "$missing" ]; then
        ok "precis.1 names the $n methods of precis summarize --list-methods"
    else
        bad "precis.1 names the methods of --list-methods; missing:$missing"
    fi
else
    bad "precis summarize --list-methods runs"
fi

# --- precis.3: the functions of precis.h ----------------------------------------
# declarations: precis_NAME( outside comments
awk '
    {
        line = $0; out = ""
        while (line != "") {
            if (inc) {
                e = index(line, "*/")
                if (!e) { line = ""; break }
                line = substr(line, e + 2); inc = 0
            } else {
                b = index(line, "/*"); s = index(line, "//")
                if (s && (!b || s < b)) { out = out substr(line, 1, s - 1); line = ""; break }
                if (!b) { out = out line; line = ""; break }
                out = out substr(line, 1, b - 1) " "
                line = substr(line, b + 2); inc = 1
            }
        }
        print out
    }' "$H" | grep -oE 'precis_[a-z0-9_]+[[:space:]]*\(' | sed 's/[[:space:](]//g' | sort -u >"$T/funcs"
nf=$(grep -c . "$T/funcs")
if [ "$nf" -eq 0 ]; then
    bad "include/precis.h declares precis_* functions"
fi
plain "$M3" | awk '/^\.SH SYNOPSIS/ { on = 1; next } /^\.SH/ { on = 0 } on' >"$T/synopsis"
plain "$M3" | awk '/^\.SH DESCRIPTION/ { on = 1 } on' >"$T/description"
missing=""
undescribed=""
for f in $(cat "$T/funcs"); do
    grep -Eq "[ *\"]$f\(" "$T/synopsis" || missing="$missing $f"
    grep -Eq "(^|[^a-z0-9_])$f([^a-z0-9_]|\$)" "$T/description" || undescribed="$undescribed $f"
done
if [ -z "$missing" ]; then
    ok "precis.3 SYNOPSIS has a prototype of all $nf functions of precis.h"
else
    bad "precis.3 SYNOPSIS has the functions of precis.h; missing:$missing"
fi
if [ -z "$undescribed" ]; then
    ok "precis.3 describes all $nf functions of precis.h"
else
    bad "precis.3 describes the functions of precis.h; not described:$undescribed"
fi

# --- both: 80 columns -------------------------------------------------------------
if command -v man >/dev/null 2>&1; then
    for page in "$M1" "$M3"; do
        MANWIDTH=80 LC_ALL=C.UTF-8 man -l "$page" 2>/dev/null >"$T/rendered"
        wide=$(LC_ALL=C.UTF-8 awk 'length($0) > 80' "$T/rendered" |
            LC_ALL=C.UTF-8 wc -L | tr -d ' ')
        lines=$(grep -c . "$T/rendered")
        if [ "$lines" -gt 0 ] && [ "${wide:-0}" -le 80 ]; then
            ok "$page fits 80 columns (MANWIDTH=80 man -l)"
        else
            bad "$page fits 80 columns (MANWIDTH=80 man -l): $lines lines, widest over 80: $wide"
        fi
    done
else
    skip "the pages fit 80 columns (man is not installed)"
fi

# --- precis.3: the example compiles and runs ----------------------------------
lib=$(dirname "$P")/libprecis.a
if ! command -v cc >/dev/null 2>&1; then
    skip "precis.3 EXAMPLES compiles (no cc)"
elif [ ! -f "$lib" ]; then
    skip "precis.3 EXAMPLES compiles (no $lib next to the binary)"
else
    # the first .EX block of EXAMPLES, escapes undone
    awk '/^\.SH EXAMPLES/ { f = 1 } f && /^\.EE/ { exit } f && p { print } f && /^\.EX/ { p = 1 }' "$M3" |
        sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" -e 's/\\(dq/"/g' -e 's/\\&//g' -e 's/\\e/\\/g' >"$T/example.c"
    if pkg-config --exists precis 2>/dev/null; then
        libs="$lib $(pkg-config --libs --static precis)"
    else
        libs="$lib -lutf8proc -ljansson -lxml2 -lexttextcat-2.0 -lstemmer -licui18n -licuuc -lglpk -lpthread -lm -ldl"
    fi
    # shellcheck disable=SC2086
    if cc -std=c11 -Wall -Wextra -Werror -Iinclude "$T/example.c" $libs -o "$T/example" 2>"$T/cc"; then
        ok "precis.3 EXAMPLES compiles (cc -Wall -Wextra -Werror)"
        if "$T/example" examples/kuril-islands >"$T/out" 2>&1 &&
            grep -Eq '\[article-[0-9]\.txt [0-9]+-[0-9]+\]$' "$T/out"; then
            ok "precis.3 EXAMPLES prints sentences with their offsets"
        else
            bad "precis.3 EXAMPLES prints sentences with their offsets"
            sed 's/^/    /' "$T/out" | head -5
        fi
    else
        bad "precis.3 EXAMPLES compiles (cc -Wall -Wextra -Werror)"
        sed 's/^/    /' "$T/cc" | head -10
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
