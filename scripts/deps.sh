#!/bin/sh
# Install the Debian packages errata needs to build and test, where missing.
# Runs apt-get as root, or through sudo; otherwise says what to install.
# With --build, only what building errata needs (the GitHub Action and the
# Dockerfile use that): the test tools are left out.
set -u
need=""
build_only=""
[ "${1:-}" = --build ] && build_only=1
# test_need PACKAGE: needed for the tests only.
test_need() { [ -n "$build_only" ] || need="$need $1"; }
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
# scripts/sonames.sh reads the sonames of the libraries opened at run time.
command -v readelf >/dev/null 2>&1 || need="$need binutils"
command -v git >/dev/null 2>&1 || need="$need git"
command -v scdoc >/dev/null 2>&1 || need="$need scdoc"
command -v zsh >/dev/null 2>&1 || test_need zsh   # to test the zsh completion
# libgit2 and libcrypto, like libmicrohttpd, are opened at run time by the
# commands that need them (core/dynlib.h): the -dev packages bring their
# headers and pull the libraries themselves (libgit2-1.5, libssl3).
have_pc libgit2     || need="$need libgit2-dev"
have_pc libcjson    || need="$need libcjson-dev"
have_pc libpcre2-8  || need="$need libpcre2-dev"
have_pc yaml-0.1    || need="$need libyaml-dev"
have_pc libutf8proc || need="$need libutf8proc-dev"
have_pc cmocka      || test_need libcmocka-dev
have_pc md4c        || test_need libmd4c-dev
have_pc libmicrohttpd || need="$need libmicrohttpd-dev"   # its header; serve opens the library
have_pc libcrypto   || need="$need libssl-dev"
have_pc libxcrypt   || need="$need libcrypt-dev"
have_pc zlib        || need="$need zlib1g-dev"
command -v curl >/dev/null 2>&1 || test_need curl
command -v strace >/dev/null 2>&1 || test_need strace   # which files a command opens
# The browser test drives Debian's chromium through the DevTools protocol.
command -v chromium >/dev/null 2>&1 || test_need chromium
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || test_need python3-jsonschema
/usr/bin/python3 -c 'import yaml' 2>/dev/null || test_need python3-yaml
command -v pre-commit >/dev/null 2>&1 || test_need pre-commit   # .pre-commit-hooks.yaml
[ -z "$need" ] && exit 0

echo "errata: installing:$need"
if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "errata: missing packages:$need; install them as root (apt-get install$need)" >&2
	exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || { echo "errata: apt-get update failed" >&2; exit 2; }
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null ||
	{ echo "errata: apt-get install$need failed" >&2; exit 2; }
exit 0
