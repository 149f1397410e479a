#!/bin/sh
# test.sh — the whole test suite: builds with gcc (warnings as errors) and with
# clang + AddressSanitizer + UndefinedBehaviorSanitizer, runs the unit tests and
# the command-line tests on both, the libFuzzer targets, the unit and
# command-line tests under valgrind, and the tests on ../shared/data when it
# is there, and the library's dependency rules (tests/deps.py: no circles,
# folders depend downward).  Ends with "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."
sh scripts/deps.sh || { echo "dependency installation failed"; exit 1; }
jobs=$(nproc)
passed=0 failed=0 skipped=0
log=$(mktemp -d)

count() { # count NAME LOGFILE: add the runner's closing line to the totals
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$2" | tail -1)
    if [ -z "$line" ]; then
        echo "FAIL $1 (no result line)"; failed=$((failed + 1)); return
    fi
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))
    echo "$1: $line"
}

build() { # build DIR CC EXTRA-CMAKE-ARGS...
    dir=$1 cc=$2; shift 2
    if ! { cmake -S . -B "$dir" -DCMAKE_C_COMPILER="$cc" "$@" >/dev/null &&
           cmake --build "$dir" -j"$jobs" >"$log/build-$(basename "$dir").log" 2>&1; }; then
        echo "FAIL build $dir"; cat "$log/build-$(basename "$dir").log" | tail -30
        failed=$((failed + 1)); return 1
    fi
}

run() { # run NAME COMMAND...: run a test runner, echo failures, count
    name=$1; shift
    "$@" >"$log/$name.log" 2>&1
    grep -E '^(FAIL|SKIP)|^  |==[0-9]+==' "$log/$name.log" | head -40
    count "$name" "$log/$name.log"
}

build build gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
    { run unit ./build/tests/unit; run cli sh tests/cli.sh ./build/precis;
      run cli-lang sh tests/cli_lang.sh ./build/precis;
      run cli-seg-intl sh tests/cli_seg_intl.sh ./build/precis;
      run cli-order sh tests/cli_order.sh ./build/precis;
      run deps python3 tests/deps.py build/libprecis.a src;
      run packaging sh tests/packaging.sh build;
      run man sh tests/man.sh ./build/precis;
      run cli-dates sh tests/cli_dates.sh ./build/precis;
      run json-schema /usr/bin/python3 tests/json_schema.py ./build/precis;
      if [ -d build/wrappers/python/precis ]; then
          run python env PYTHONPATH=build/wrappers/python /usr/bin/python3 -m pytest -q \
              -p no:cacheprovider wrappers/python/tests;
          run dask /usr/bin/python3 tests/dask_run.py build
      else
          echo "SKIP python: the package was not built (python3-dev missing?)"; skipped=$((skipped + 1))
      fi;
      run data sh tests/data.sh ./build/precis;
      run rouge-official sh tests/rouge-official.sh ./build/precis;
      run limits sh tests/limits.sh ./build/precis; }
build build-asan clang -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON -DPRECIS_PYTHON=OFF &&
    { run unit-asan ./build-asan/tests/unit; run cli-asan sh tests/cli.sh ./build-asan/precis;
      for t in lang seg_intl order dates; do
          run "cli-$t-asan" sh "tests/cli_$t.sh" ./build-asan/precis
      done; }
# libFuzzer: every target for FUZZ_SECONDS (60 in CI, 10 otherwise; 0 skips)
fuzz_secs=${FUZZ_SECONDS:-$([ "${CI:-}" = true ] && echo 60 || echo 10)}
if [ "$fuzz_secs" -gt 0 ]; then
    run fuzz sh fuzz/run "$fuzz_secs"
fi
if command -v valgrind >/dev/null && [ -x build/tests/unit ]; then
    run unit-valgrind valgrind -q --leak-check=full --errors-for-leak-kinds=all \
        --error-exitcode=99 ./build/tests/unit
    if grep -q "ERROR SUMMARY\|definitely lost\|Invalid read\|Invalid write" "$log/unit-valgrind.log"; then
        echo "FAIL valgrind reported errors"; failed=$((failed + 1))
    fi
    # every command-line test again, each command under memcheck
    run cli-valgrind sh tests/cli.sh tests/valgrind-precis
fi
rm -rf "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
