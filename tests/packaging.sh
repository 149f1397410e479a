#!/bin/sh
# packaging.sh — precis as a user installs and links it.  Usage:
#   sh tests/packaging.sh BUILD_DIR
# Installs BUILD_DIR into a fresh prefix (cmake --install), then checks, as a
# user's project would: the headers, both libraries and the soname; that the
# shared library exports precis_* and nothing else; the precis.h examples
# built against the installed library through pkg-config (dynamic, and
# --static) and through find_package(precis CONFIG), each run on the
# bundled example; the man pages installed and rendering without warnings.
# Prints ok/FAIL lines and ends with "N passed, N failed".
set -u
B=${1:?usage: packaging.sh BUILD_DIR}
case $B in /*) ;; *) B=$(pwd)/$B ;; esac
cd "$(dirname "$0")/.."
SRC=$(pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
P=$T/prefix

if cmake --install "$B" --prefix "$P" >"$T/install.log" 2>&1; then
    ok "cmake --install into a fresh prefix"
else
    bad "cmake --install: $(tail -3 "$T/install.log")"
    echo "$pass passed, $fail failed"; exit 1
fi
LIBDIR=$(cd "$P" && ls -d lib* | head -1)
LIBDIR=$P/$LIBDIR
for f in bin/precis include/precis.h; do
    [ -f "$P/$f" ] && ok "installed $f" || bad "missing $f"
done
for f in libprecis.a libprecis.so pkgconfig/precis.pc cmake/precis/precisConfig.cmake \
         cmake/precis/precisConfigVersion.cmake cmake/precis/precisTargets.cmake; do
    [ -e "$LIBDIR/$f" ] && ok "installed lib/$f" || bad "missing lib/$f"
done
soname=$(objdump -p "$LIBDIR/libprecis.so" 2>/dev/null | awk '/SONAME/ {print $2}')
case $soname in libprecis.so.[0-9]*) ok "versioned soname $soname" ;; *) bad "soname '$soname'" ;; esac

# exported symbols: the API and nothing else
nm -D --defined-only "$LIBDIR/libprecis.so" | awk '$2 ~ /[TDBRVW]/ {print $3}' | sed 's/@.*//' |
    sort -u >"$T/exports"
others=$(grep -v '^precis_' "$T/exports" | head -5 | tr '\n' ' ')
n=$(grep -c '^precis_' "$T/exports")
[ -z "$others" ] && [ "$n" -gt 50 ] && ok "libprecis.so exports $n precis_* symbols and nothing else" ||
    bad "exports besides precis_*: $others ($n precis_*)"
# every function precis.h declares is exported
sed 's|/\*.*\*/||g' include/precis.h | tr '\n' ' ' | grep -o 'precis_[a-z0-9_]* *(' | tr -d ' (' |
    sort -u >"$T/declared"
missing=$(comm -23 "$T/declared" "$T/exports" | grep -v '_fn$' | head -5 | tr '\n' ' ')
[ -z "$missing" ] && ok "every function of precis.h is exported ($(wc -l <"$T/declared") names)" ||
    bad "declared but not exported: $missing"
# the archive is position-independent: it links into a shared object
cat >"$T/plugin.c" <<'EOF'
#include <precis.h>
int plugin_docs(void) { precis_cluster *c = precis_cluster_new(); int n = (int)precis_cluster_doc_count(c); precis_cluster_free(c); return n; }
EOF
if cc -shared -fPIC -o "$T/plugin.so" "$T/plugin.c" -I"$P/include" "$LIBDIR/libprecis.a" \
      $(PKG_CONFIG_PATH=$LIBDIR/pkgconfig pkg-config --libs --static precis | sed 's/-lprecis//') \
      >"$T/plugin.log" 2>&1; then
    ok "libprecis.a links into a shared object (position-independent)"
else
    bad "libprecis.a in a shared object: $(head -3 "$T/plugin.log")"
fi

# the examples at the top of precis.h, as a user copies them
awk '/The simple interface/ {s=1} /The detailed interface/ {s=2} /^ \* Problems with/ {s=0}
     s && /^ \*     / { sub(/^ \*     /, ""); print > (s == 1 ? "'"$T"'/simple.body" : "'"$T"'/detailed.body") }' include/precis.h
{
    printf '#include <precis.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n'
    printf 'int main(int argc, char **argv) {\n  (void)argc;\n  chdir(argv[1]);\n'
    cat "$T/detailed.body"
    printf '  return 0;\n}\n'
} | sed 's/^  chdir(argv\[1\]);/  if (chdir(argv[1]) != 0) return 1;/' >"$T/detailed.c"
sed -i '1i #include <unistd.h>' "$T/detailed.c"
{
    printf '#include <precis.h>\n#include <stdio.h>\n#include <stdlib.h>\n'
    printf 'static const char *text1 = "Japan and Russia held talks on the islands on Tuesday in Moscow. The talks ended without a deal, officials said.";\n'
    printf 'static const char *text2 = "Talks between Japan and Russia on the disputed islands ended in Moscow without a deal. Both sides said they would meet again.";\n'
    printf 'static const char *text3 = "Russia and Japan failed to agree on the islands in Moscow talks. The foreign ministers will meet again next month.";\n'
    printf 'int main(void) {\n'
    cat "$T/simple.body"
    printf '  return 0;\n}\n'
} >"$T/simple.c"
for ex in simple detailed; do
    [ -s "$T/$ex.c" ] && grep -q precis_ "$T/$ex.c" || { bad "no $ex example found in precis.h"; continue; }
done

# the README's library example, as written (the C block that opens "use.c")
awk '/^```c$/ {c=1; next} /^```$/ {c=0} c' README.md | awk '/^\/\* use.c/ {p=1} p' >"$T/use.c"
grep -q 'int main' "$T/use.c" || bad "no use.c example found in README.md"

export PKG_CONFIG_PATH=$LIBDIR/pkgconfig
if cc -Wall -Wextra -Werror -o "$T/use" "$T/use.c" $(pkg-config --cflags --libs precis) 2>"$T/cc.log" &&
   LD_LIBRARY_PATH=$LIBDIR "$T/use" examples/kuril-islands/* >"$T/out" 2>"$T/err" && [ -s "$T/out" ]; then
    ok "README's use.c builds with pkg-config and summarises the example"
else
    bad "README's use.c: $(head -3 "$T/cc.log" "$T/err")"
fi
cflags=$(pkg-config --cflags precis) && libs=$(pkg-config --libs precis) &&
    ok "pkg-config --cflags --libs precis: $cflags $libs" || bad "pkg-config precis"
run_example() { # NAME BINARY
    if [ "$1" = simple ]; then
        LD_LIBRARY_PATH=$LIBDIR "$2" >"$T/out" 2>"$T/err"
    else
        LD_LIBRARY_PATH=$LIBDIR "$2" "$SRC" >"$T/out" 2>"$T/err"
    fi
}
for ex in simple detailed; do
    if cc -Wall -Wextra -Werror -o "$T/$ex-dyn" "$T/$ex.c" $cflags $libs 2>"$T/cc.log"; then
        ok "$ex example builds with pkg-config (shared)"
        if run_example $ex "$T/$ex-dyn" && [ -s "$T/out" ]; then
            ok "$ex example runs: $(head -c 60 "$T/out" | tr '\n' ' ')..."
        else
            bad "$ex example (shared) output: $(head -3 "$T/err")"
        fi
        ldd "$T/$ex-dyn" | grep -q 'libprecis.so.0' && ok "$ex example loads libprecis.so.0" ||
            bad "$ex example does not use the shared library"
    else
        bad "$ex example with pkg-config: $(head -5 "$T/cc.log")"
    fi
    if cc -Wall -Wextra -Werror -o "$T/$ex-static" "$T/$ex.c" $(pkg-config --cflags precis) \
          -Wl,-Bstatic -lprecis -Wl,-Bdynamic $(pkg-config --libs --static precis | sed 's/-lprecis//') \
          2>"$T/cc.log"; then
        ok "$ex example builds with pkg-config --static"
        ldd "$T/$ex-static" | grep -q libprecis && bad "$ex static build still loads libprecis.so" ||
            ok "$ex static build needs no libprecis.so"
        run_example $ex "$T/$ex-static" && [ -s "$T/out" ] && ok "$ex static example runs" ||
            bad "$ex static example: $(head -3 "$T/err")"
    else
        bad "$ex example with pkg-config --static: $(head -5 "$T/cc.log")"
    fi
done

# find_package(precis CONFIG)
mkdir -p "$T/user"
cp "$T/detailed.c" "$T/user/main.c"
cat >"$T/user/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.16)
project(user C)
find_package(precis 0.1 CONFIG REQUIRED)
add_executable(user main.c)
target_link_libraries(user PRIVATE precis::precis)
add_executable(user-static main.c)
target_link_libraries(user-static PRIVATE precis::precis_static)
EOF
if cmake -S "$T/user" -B "$T/user/b" -DCMAKE_PREFIX_PATH="$P" >"$T/cm.log" 2>&1 &&
   cmake --build "$T/user/b" >>"$T/cm.log" 2>&1; then
    ok "find_package(precis CONFIG): precis::precis and precis::precis_static link"
    for u in user user-static; do
        LD_LIBRARY_PATH=$LIBDIR "$T/user/b/$u" "$SRC" >"$T/out" 2>"$T/err" && [ -s "$T/out" ] &&
            ok "find_package build $u runs on the example" || bad "$u: $(head -3 "$T/err")"
    done
else
    bad "find_package: $(grep -m3 -i 'error' "$T/cm.log")"
fi
# a version the package does not offer is refused
sed -i 's/find_package(precis 0.1 CONFIG REQUIRED)/find_package(precis 99 CONFIG REQUIRED)/' "$T/user/CMakeLists.txt"
cmake -S "$T/user" -B "$T/user/b2" -DCMAKE_PREFIX_PATH="$P" >/dev/null 2>&1 &&
    bad "find_package(precis 99) accepted" || ok "find_package(precis 99) is refused (version file)"

# the Python package, where Debian's Python looks for it under /usr/local
if [ -d "$B/wrappers/python/precis" ] && [ -x /usr/bin/python3 ]; then
    rel=$(cd "$P" && find . -path '*dist-packages/precis/__init__.py' | sed 's|^\./||; s|/precis/__init__.py$||' | head -1)
    if [ -n "$rel" ]; then
        ok "Python package installed in $rel"
        /usr/bin/python3 -c 'import site, sys; sys.exit(0 if "/usr/local/'"$rel"'" in site.getsitepackages() else 1)' &&
            ok "/usr/bin/python3 searches /usr/local/$rel" || bad "/usr/bin/python3 does not search /usr/local/$rel"
        (cd "$T" && PYTHONPATH=$P/$rel /usr/bin/python3 -c 'import precis, sys; c = precis.Cluster(sys.argv[1]); sys.exit(0 if c.summarize(words=30) else 1)' "$SRC/examples/kuril-islands") &&
            ok "the installed Python package summarises the example" || bad "installed Python package"
    else
        bad "the Python package was built but not installed"
    fi
fi

# man pages
for m in man1/precis.1 man3/precis.3; do
    f=$(find "$P" -path "*man/$m" | head -1)
    if [ -n "$f" ]; then
        w=$(groff -man -ww -z "$f" 2>&1)
        [ -z "$w" ] && ok "installed $m renders without warnings" || bad "$m: $w"
    else
        bad "man page $m not installed"
    fi
done
MANPATH=$P/share/man man -w precis >/dev/null 2>&1 && ok "man finds precis(1) in the prefix" ||
    bad "man -w precis"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
