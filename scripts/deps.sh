#!/bin/sh
# deps.sh — install the Debian 12 packages precis needs (as root, or through
# sudo), in two lists so that a user who only builds and runs precis does not
# get the test tools:
#
#   sh scripts/deps.sh              runtime/build and test-only (what the test
#                                   suite, scripts/test.sh, calls)
#   sh scripts/deps.sh --runtime    runtime/build only (what setup.sh calls)
#   sh scripts/deps.sh --list [--runtime]   print the packages, one a line,
#                                   and install nothing (for other systems)
#
# Packages already installed are left alone; nothing is downloaded when all are.
set -e

# Building, installing and running precis: the compiler, cmake and pkg-config;
# the libraries it links (Snowball stemmers, utf8proc, jansson, GLPK, libxml2,
# libcurl, loaded at the first --url); WordNet's exception lists for
# `precis eval --stem`; Python's headers for the Python package; groff and man
# for the manual pages.  Beyond English: a language detector (libexttextcat),
# ICU's word and sentence boundaries (libicu-dev), maintained stopword lists
# (liblingua-stopwords-perl, read at build time), iso-codes' gazetteer of
# countries and subdivisions.
RUNTIME="build-essential cmake pkg-config libstemmer-dev libutf8proc-dev libjansson-dev \
libglpk-dev libxml2-dev libcurl4-openssl-dev wordnet-base python3-dev groff-base man-db \
libexttextcat-dev libicu-dev liblingua-stopwords-perl iso-codes"

# Only for the tests and benchmarks: clang (sanitizer and libFuzzer builds),
# valgrind, jq (checking JSON output), bc and time (tests/limits.sh, bench/),
# ots (the baseline summarizer bench/speed compares with), Python with
# pytest, Dask (distributed) and jsonschema (the Python package's tests and
# the Dask run; the test scripts' helpers run on python3 too).
TEST="clang valgrind jq bc time ots python3 python3-pytest python3-distributed python3-jsonschema"

PKGS="$RUNTIME $TEST"
list=0
for arg in "$@"; do
    case $arg in
    --runtime) PKGS="$RUNTIME" ;;
    --list) list=1 ;;
    *)
        echo "deps.sh: unknown argument '$arg'" >&2
        echo "usage: sh scripts/deps.sh [--runtime] [--list]" >&2
        exit 2
        ;;
    esac
done
if [ "$list" = 1 ]; then
    for p in $PKGS; do echo "$p"; done
    exit 0
fi

missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
