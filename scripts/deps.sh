#!/bin/sh
# deps.sh — install everything precis needs to build and test (Debian 12, as root).
set -e
PKGS="build-essential cmake pkg-config clang libstemmer-dev libutf8proc-dev libjansson-dev \
libglpk-dev libxml2-dev libcurl4-openssl-dev wordnet-base jq bc time valgrind ots python3"
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
