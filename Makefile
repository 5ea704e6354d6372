# errata: build, test, benchmark and install.
#
#   make                 build build/errata, build/liberrata.a,
#                        build/liberrata.so and build/liberrata.pc
#   make demo            install missing packages, build, check the examples
#   make test            install missing packages, build, run every test
#   make bench           run the benchmarks in bench/
#   make man             build the man pages (build/man/) with scdoc
#   make install         PREFIX=/usr/local, honours DESTDIR
#   make SANITIZE=address,undefined test
#   make SANITIZE=thread test      (ThreadSanitizer: the -j paths)
#   make WERROR=1        turn warnings into errors (CI does this)

PREFIX  ?= /usr/local
DESTDIR ?=
comma   := ,
ifneq ($(SANITIZE),)
# One folder per set of sanitizers: their objects cannot be mixed.
BUILD   ?= build/sanitize-$(subst $(comma),-,$(SANITIZE))
else
BUILD   ?= build
endif
CC      ?= cc
# Linked: what `errata check` itself uses, and two small ones.
PKGS    := libcjson libpcre2-8 yaml-0.1 libutf8proc libxcrypt zlib
# Opened with dlopen() by the commands that need them (core/dynlib.h), by
# the soname of the library found here (scripts/sonames.sh): headers only.
# Debian binds every symbol of a library at start-up (-z now), so linked,
# these would cost every process some 5,500 symbol lookups before main(),
# three quarters of an `errata check` of a short article: libgit2 (with
# mbedTLS, libssh2, Kerberos) for the git commands, libcrypto for the
# report writer and the server, libmicrohttpd (with GnuTLS) for the server.
DLPKGS  := libgit2 libcrypto libmicrohttpd
TESTPKGS := cmocka md4c

VERSION := 0.1.0
# The shared library's ABI version: liberrata.so.$(SOVERSION). Raise it when
# a public function or struct changes in a way old callers would not survive.
SOVERSION := 0
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR  ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
DATADIR := $(PREFIX)/share/errata

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wwrite-strings -Wvla
ifneq ($(WERROR)$(CI),)
WARN += -Werror
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) $(DLPKGS) 2>/dev/null)
# The C library first: the dynamic linker looks a symbol up in the
# program's libraries in this order before it looks in the libraries a
# command opens (libgit2 and the 16 it brings bind about 900 of the C
# library's symbols): 0.3 M fewer instructions for a git command.
PKG_LIBS   = -lc $(shell pkg-config --libs $(PKGS) 2>/dev/null)
TEST_CFLAGS = $(shell pkg-config --cflags $(TESTPKGS) 2>/dev/null)
TEST_LIBS   = $(shell pkg-config --libs $(TESTPKGS) 2>/dev/null)

OPT ?= -O2
CFLAGS ?= $(OPT) -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) \
             -Iinclude -Icore -I$(BUILD)/gen $(PKG_CFLAGS) \
             -DERRATA_VERSION_STRING='"$(VERSION)"' \
             -DERRATA_DATADIR='"$(DATADIR)"' \
             -DERRATA_SRCDATADIR='"$(CURDIR)/rules"' \
             -MMD -MP $(CFLAGS)
ALL_LDFLAGS = $(LDFLAGS)
LIBS = $(PKG_LIBS) -lpthread -ldl

# Every symbol the shared library uses must come from a library it names;
# not with sanitizers, whose runtime clang links only into programs.
SHLIB_DEFS := -Wl,-z,defs
ifneq ($(SANITIZE),)
SHLIB_DEFS :=
ALL_CFLAGS  += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
ALL_LDFLAGS += -fsanitize=$(SANITIZE)
endif

CORE_SRC := $(sort $(wildcard core/*.c core/*/*.c))
CMD_SRC  := $(sort $(wildcard cmd/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))

MAN_SRC  := $(sort $(wildcard man/*.scd))
MAN_OUT  := $(MAN_SRC:man/%.scd=$(BUILD)/man/%)

CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
CMD_OBJ  := $(CMD_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB      := $(BUILD)/liberrata.a
SHLIB    := $(BUILD)/liberrata.so.$(VERSION)
SONAME   := liberrata.so.$(SOVERSION)
PCFILE   := $(BUILD)/liberrata.pc
BIN      := $(BUILD)/errata

.PHONY: FORCE all deps demo test check-deps unit cli bench install uninstall clean headers fuzz man
.DEFAULT_GOAL := all
.SECONDARY:

all: check-deps $(LIB) $(SHLIB) $(PCFILE) $(BIN)

# Install what is missing (Debian packages), then build.
deps:
	@sh scripts/deps.sh

check-deps:
	@for p in $(PKGS) $(DLPKGS); do pkg-config --exists $$p || { \
	  echo "errata: pkg-config cannot find '$$p'; run 'make deps' (installs the Debian -dev packages)" >&2; exit 2; }; done

# The library's objects serve both the archive and the shared library:
# position-independent, and every symbol hidden unless a public header
# marks it ERRATA_API.
$(CORE_OBJ): LIB_CFLAGS := -fPIC -fvisibility=hidden

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LIB_CFLAGS) -c $< -o $@

$(BUILD)/tests/%.o: tests/unit/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -c $< -o $@

# The data directory is compiled into core/data.c: rebuild it when PREFIX changes.
DATADIR_STAMP := $(BUILD)/datadir.stamp
$(DATADIR_STAMP): FORCE
	@mkdir -p $(BUILD)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
$(BUILD)/core/data.o: $(DATADIR_STAMP)
FORCE:

# The sonames and Debian packages of $(DLPKGS), for the files that open them.
SONAMES_H := $(BUILD)/gen/sonames.h
$(SONAMES_H): FORCE
	@CC='$(CC)' sh scripts/sonames.sh $@ $(DLPKGS)
$(BUILD)/core/repo/libgit2.o $(BUILD)/core/libcrypto.o $(BUILD)/core/serve/mhd.o: $(SONAMES_H)

$(LIB): $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(SHLIB): $(CORE_OBJ)
	$(CC) $(ALL_LDFLAGS) -shared -Wl,-soname,$(SONAME) $(SHLIB_DEFS) -o $@ $^ $(LIBS)
	ln -sf liberrata.so.$(VERSION) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/liberrata.so

# pkg-config file (folders under the prefix written as ${prefix}/..., so
# --define-variable=prefix=... moves them all): the dependencies are private, so a program that links
# liberrata.so asks for -lerrata alone, and --static adds the rest.
pcdir = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
$(PCFILE): Makefile $(DATADIR_STAMP)
	@mkdir -p $(BUILD)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(call pcdir,$(LIBDIR))' \
	  'includedir=$(call pcdir,$(INCLUDEDIR))' 'datadir=$(call pcdir,$(DATADIR))' '' 'Name: liberrata' \
	  'Description: fact-checking and correction tracking for news articles' \
	  'Version: $(VERSION)' 'Requires.private: $(PKGS)' \
	  'Libs: -L$${libdir} -lerrata' 'Libs.private: -lpthread -ldl' \
	  'Cflags: -I$${includedir}' > $@

# cmd/certs.c stands in for two mbedTLS functions that libgit2 calls: the
# program exports them so that the dynamic linker binds libgit2 to them.
BIN_EXPORTS := -Wl,--export-dynamic-symbol=mbedtls_x509_crt_parse_file \
               -Wl,--export-dynamic-symbol=mbedtls_ssl_setup

$(BIN): $(CMD_OBJ) $(LIB)
	$(CC) $(ALL_LDFLAGS) $(BIN_EXPORTS) -o $@ $(CMD_OBJ) $(LIB) $(LIBS)

# The date parser with a token cache of one slot (tests/cli/token_cache.sh):
# a token kept by pointer across another read shows as a changed finding.
TC1      := $(BUILD)/tokcache1
TC1_OBJ  := $(patsubst $(BUILD)/%,$(TC1)/%,$(filter $(BUILD)/core/dates/%,$(CORE_OBJ)))
$(TC1)/core/dates/%.o: core/dates/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DTOK_CACHE=1 -c $< -o $@
$(TC1)/errata: $(CMD_OBJ) $(TC1_OBJ) $(LIB)
	$(CC) $(ALL_LDFLAGS) $(BIN_EXPORTS) -o $@ $(CMD_OBJ) $(TC1_OBJ) $(LIB) $(LIBS)

$(BUILD)/tests/%: $(BUILD)/tests/%.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(TEST_LIBS) $(TEST_GIT_LIBS) $(LIBS)

# Unit tests that build their repositories with libgit2 call it directly.
GIT_TEST_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(shell grep -l '^#include <git2.h>' $(TEST_SRC)))
$(GIT_TEST_BIN): TEST_GIT_LIBS = $(shell pkg-config --libs libgit2 2>/dev/null)

# test_fix also drives the program's file writer, cmd/fix.c.
$(BUILD)/tests/test_fix: $(BUILD)/tests/test_fix.o $(BUILD)/cmd/fix.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $(filter %.o,$^) $(LIB) $(TEST_LIBS) $(LIBS)

# Man pages, one per command and errata-config(5), from scdoc sources.
man: $(MAN_OUT)

$(BUILD)/man/%: man/%.scd
	@mkdir -p $(dir $@)
	@command -v scdoc >/dev/null 2>&1 || { \
	  echo "errata: scdoc is needed for the man pages; run 'make deps' (Debian package scdoc)" >&2; exit 2; }
	scdoc < $< > $@

# Every public header must compile on its own.
headers:
	@mkdir -p $(BUILD)/headers
	@set -e; for h in include/errata.h include/errata/*.h; do \
	  printf '#include "%s"\n' "$${h#include/}" > $(BUILD)/headers/one.c; \
	  $(CC) -std=c11 -Wall -Wextra -pedantic -Werror -Iinclude -fsyntax-only $(BUILD)/headers/one.c || \
	    { echo "errata: header $$h does not compile on its own" >&2; exit 1; }; \
	done

# Each fuzz target again, built as the tests are (with their compiler and
# sanitizers) around tests/fuzz/replay.c: tests/run.sh replays its seeds
# and the inputs that once crashed it, tests/fuzz/corpus/NAME.
REPLAY_BIN := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/replay/%)
$(BUILD)/replay/%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LIBS)

test: deps
	@$(MAKE) --no-print-directory all-tests
	@BUILD=$(BUILD) SANITIZE=$(SANITIZE) sh tests/run.sh

all-tests: all man $(TEST_BIN) $(TC1)/errata $(REPLAY_BIN)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh $(BIN)

bench: all
	@sh bench/run.sh $(BIN)
	@sh bench/instructions_langs.sh $(BIN)

# libFuzzer targets (clang): build/fuzz/fuzz_*; run one with `scripts/fuzz.sh doc 60`
# (or FUZZ=doc FUZZ_SECONDS=60, which runs it after building).
fuzz:
	@$(MAKE) --no-print-directory CC=clang SANITIZE=fuzzer-no-link,address,undefined BUILD=build/fuzz build/fuzz/liberrata.a
	@sh tests/fuzz/build.sh build/fuzz "$(PKG_LIBS) -ldl"

install: all man
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(INCLUDEDIR)/errata \
	  $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(DATADIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	  $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/errata
	install -m 644 $(LIB) $(DESTDIR)$(LIBDIR)/liberrata.a
	install -m 755 $(SHLIB) $(DESTDIR)$(LIBDIR)/liberrata.so.$(VERSION)
	ln -sf liberrata.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/liberrata.so
	install -m 644 $(PCFILE) $(DESTDIR)$(LIBDIR)/pkgconfig/liberrata.pc
	install -m 644 include/errata.h $(DESTDIR)$(INCLUDEDIR)/errata.h
	install -m 644 include/errata/*.h $(DESTDIR)$(INCLUDEDIR)/errata/
	cp -R rules/. $(DESTDIR)$(DATADIR)/
	install -m 644 $(filter %.1,$(MAN_OUT)) $(DESTDIR)$(MANDIR)/man1/
	install -m 644 $(filter %.5,$(MAN_OUT)) $(DESTDIR)$(MANDIR)/man5/
	install -m 644 completion/errata.bash $(DESTDIR)$(BASHCOMPDIR)/errata
	install -m 644 completion/_errata $(DESTDIR)$(ZSHCOMPDIR)/_errata

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/errata $(DESTDIR)$(LIBDIR)/liberrata.a \
	  $(DESTDIR)$(LIBDIR)/liberrata.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
	  $(DESTDIR)$(LIBDIR)/liberrata.so $(DESTDIR)$(LIBDIR)/pkgconfig/liberrata.pc \
	  $(DESTDIR)$(INCLUDEDIR)/errata.h
	rm -f $(patsubst $(BUILD)/man/%.1,$(DESTDIR)$(MANDIR)/man1/%.1,$(filter %.1,$(MAN_OUT))) \
	  $(patsubst $(BUILD)/man/%.5,$(DESTDIR)$(MANDIR)/man5/%.5,$(filter %.5,$(MAN_OUT))) \
	  $(DESTDIR)$(BASHCOMPDIR)/errata $(DESTDIR)$(ZSHCOMPDIR)/_errata
	rm -rf $(DESTDIR)$(INCLUDEDIR)/errata $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILD)

-include $(CORE_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%.d) $(TC1_OBJ:.o=.d)
