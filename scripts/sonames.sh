#!/bin/sh
# scripts/sonames.sh OUT PKG...: write OUT, a C header naming, for each
# pkg-config package, the soname of the shared library it links
# (ERRATA__<PKG>_SONAME) and the Debian package that ships that file
# (ERRATA__<PKG>_PACKAGE). errata opens these libraries with dlopen() when
# a command first needs them (core/dynlib.h), by the soname of the version
# it was compiled against. OUT is rewritten only when it changes.
set -u
out=$1
shift
tmp="$out.tmp"
trap 'rm -f "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
{
	echo "/* Written by scripts/sonames.sh from pkg-config: do not edit. */"
	for pkg in "$@"; do
		lib=$(pkg-config --libs-only-l "$pkg" 2>/dev/null | tr ' ' '\n' | sed -n 's/^-l//p' | head -n 1)
		dir=$(pkg-config --variable=libdir "$pkg" 2>/dev/null)
		if [ -z "$lib" ]; then
			echo "errata: pkg-config cannot find '$pkg'; run 'make deps'" >&2
			exit 2
		fi
		file="$dir/lib$lib.so"
		[ -f "$file" ] || file=$(${CC:-cc} -print-file-name="lib$lib.so")
		soname=""
		if command -v readelf >/dev/null 2>&1; then
			soname=$(readelf -d "$file" 2>/dev/null | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
		elif command -v objdump >/dev/null 2>&1; then
			soname=$(objdump -p "$file" 2>/dev/null | sed -n 's/^ *SONAME *//p')
		fi
		if [ -z "$soname" ]; then
			echo "errata: cannot read the soname of $file (from pkg-config $pkg): it must be a shared" \
			     "library, and readelf (Debian package binutils) must be installed" >&2
			exit 2
		fi
		# The package that ships the file; dpkg may know it by either of
		# the paths of a merged /usr.
		package=""
		if command -v dpkg-query >/dev/null 2>&1; then
			for d in "$(dirname "$file")" "$dir"; do
				for p in "$d/$soname" "$(readlink -f "$d/$soname")"; do
					[ -n "$package" ] && break
					package=$(dpkg-query -S "$p" 2>/dev/null | sed -n '1s/[:,].*//p')
				done
			done
		fi
		[ -n "$package" ] || package="that ships $soname"
		name=$(echo "$pkg" | tr 'a-z' 'A-Z' | tr -c 'A-Z0-9\n' '_')
		echo "#define ERRATA__${name}_SONAME \"$soname\""
		echo "#define ERRATA__${name}_PACKAGE \"$package\""
	done
} > "$tmp" || { rm -f "$tmp"; exit 2; }
if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv "$tmp" "$out"; fi
