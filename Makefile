# kanbao — a terminal reader for digitized newspaper issues.
#
#   make            build ./kanbao
#   make run        build, import the bundled sample issues, open the reader
#   make check      build and run the quick tests (unit, command line,
#                   screen; about a minute): before every commit
#   make check T=NAME   one test by name (T=parse, T=store, T=reader)
#   make check-all  every test, hostile inputs at full size, the bench
#                   smoke test: before a merge, and in CI
#   make check-slow only what check-all adds to check (CI)
#   make asan       check-all on an ASan/UBSan build
#   make lint       clang-format --dry-run over src/ and include/
#   make bench      benchmarks at archive scale (not part of check)
#   make install    PREFIX=/usr/local DESTDIR=  (make uninstall undoes it)
#
# Sources are found by wildcard: a new src/foo.c or tests/unit/test-foo.c
# needs no edit here.  Model objects (everything but main, cli-* and ui-*)
# are what unit tests link; they never see curses.

PROG	 = kanbao
VERSION	 = 0.1.0
PREFIX	?= /usr/local
BINDIR	 = $(PREFIX)/bin
MANDIR	 = $(PREFIX)/share/man
DATADIR	 = $(PREFIX)/share/kanbao
COMPDIR	 = $(PREFIX)/share/bash-completion/completions
THEMES	 = $(wildcard themes/*.theme)

BUILD	?= build
CC	?= cc
PKG_CONFIG ?= pkg-config

WARN	 = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
	   -Wwrite-strings -Werror
OPT	?= -O2 -g
CFLAGS	?= $(OPT)
DEPFLAGS = -MMD -MP
PKGS	 = ncursesw sqlite3
# Expanded when a recipe runs, so after the dependency check below has
# installed what was missing.
PKG_CFLAGS = $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null))
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -pthread $(WARN) \
	     -Iinclude -I$(BUILD)/gen $(PKG_CFLAGS) \
	     -DKANBAO_VERSION='"$(VERSION)"' -DKANBAO_DATADIR='"$(DATADIR)"' \
	     $(CFLAGS)
LIBS	 = $(PKG_LIBS) -lunistring -lm
MODEL_LIBS = $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null) -lunistring -lm

SRCS	 = $(wildcard src/*.c)
UI_SRCS	 = $(filter src/ui%.c src/cli%.c src/main.c,$(SRCS))
MODEL_SRCS = $(filter-out $(UI_SRCS),$(SRCS))
OBJS	 = $(SRCS:src/%.c=$(BUILD)/obj/%.o)
MODEL_OBJS = $(MODEL_SRCS:src/%.c=$(BUILD)/obj/%.o)
GEN_SRCS = $(wildcard tests/tools/*.c)
GEN_BINS = $(GEN_SRCS:tests/tools/%.c=$(BUILD)/tools/%)
UNIT_SRCS = $(wildcard tests/unit/test-*.c)
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
# The dependency check is an order-only prerequisite of everything that
# compiles.  Goals that test check the test dependencies too (cmocka, tmux,
# python3, ...), before the first object compiles; every unit-test binary
# waits for that check whatever the goal.
TEST_GOALS = check check-all check-slow unit asan
DEPS_FOR = $(if $(filter $(TEST_GOALS),$(MAKECMDGOALS)),check,build)
DEPSTAMP = $(BUILD)/.deps-$(DEPS_FOR)-ok
CHECKSTAMP = $(BUILD)/.deps-check-ok

.PHONY: all check check-all check-slow unit cli screen asan run bench \
	install uninstall clean deps lint format-check fuzz samples tools
all: $(PROG)

# Say which package is missing instead of failing with a wall of compiler
# errors.  As root on a Debian-like system the packages are installed.
$(BUILD)/.deps-%-ok: tests/deps.sh
	@CC="$(CC)" PKG_CONFIG="$(PKG_CONFIG)" sh tests/deps.sh $*
	@mkdir -p $(@D) && touch $@
deps: $(DEPSTAMP)

$(PROG): $(OBJS)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LIBS) $(LDFLAGS)

$(BUILD)/obj/%.o: src/%.c | $(DEPSTAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

# The pinyin table src/pinyin.c includes is generated from the Unihan
# readings (Debian: unicode-data), plain, compressed or zipped.
UNIHAN	?= $(firstword $(wildcard /usr/share/unicode/Unihan_Readings.txt \
	   /usr/share/unicode/Unihan_Readings.txt.* /usr/share/unicode/Unihan.zip))
$(BUILD)/gen/pinyin-table.h: tests/tools/gen-pinyin.sh | $(DEPSTAMP)
	@mkdir -p $(@D)
	sh tests/tools/gen-pinyin.sh "$(UNIHAN)" $@
$(BUILD)/obj/pinyin.o: $(BUILD)/gen/pinyin-table.h

$(BUILD)/tests/test-%: tests/unit/test-%.c $(MODEL_OBJS) | $(CHECKSTAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -o $@ $< $(MODEL_OBJS) -lcmocka \
	    $(MODEL_LIBS) $(LDFLAGS)

$(BUILD)/tools/%: tests/tools/%.c $(MODEL_OBJS) | $(DEPSTAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -o $@ $< $(MODEL_OBJS) $(MODEL_LIBS) \
	    $(LDFLAGS)

tools: $(GEN_BINS)

# make check T=NAME runs the tests of that name only: a unit binary
# (T=parse is test-parse), a script of tests/cli or tests/screen (T=store,
# T=reader), or T=man; T="parse store" runs both.
T	?=
RUN_T	 = $(if $(strip $(T)),--name "$(strip $(T))")
TEST_BINS = $(CHECKSTAMP) $(PROG) $(UNIT_BINS) $(GEN_BINS)

# The quick suite, for every change.
check: $(TEST_BINS)
	@sh tests/run-all.sh $(RUN_T) ./$(PROG) $(BUILD)

# Everything: the quick suite with hostile inputs at full size, and what
# is too slow for every change (scripts marked "# check-all:").
check-all: $(TEST_BINS)
	@sh tests/run-all.sh --all $(RUN_T) ./$(PROG) $(BUILD)

# Only what check-all adds to check (CI runs check, then this).
check-slow: $(TEST_BINS)
	@sh tests/run-all.sh --slow $(RUN_T) ./$(PROG) $(BUILD)

unit: $(UNIT_BINS)
	@sh tests/run-all.sh --only unit ./$(PROG) $(BUILD)

# ASan and UBSan over the whole suite (check-all; the big hostile inputs
# are a tenth of their size there), in a build tree of its own.
asan:
	$(MAKE) BUILD=build/asan PROG=build/asan/kanbao CC=clang \
	    OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" T="$(T)" check-all

# The sample issues, in a store of their own; the reader's prompt history
# is kept beside it, not in yours.
run: $(PROG)
	@sh tests/samples/import.sh ./$(PROG) $(BUILD)/run/kanbao.db
	XDG_DATA_HOME="$(abspath $(BUILD))/run" ./$(PROG) --db $(BUILD)/run/kanbao.db

# The sources against .clang-format (not part of check).
CLANG_FORMAT ?= clang-format
lint format-check:
	$(CLANG_FORMAT) --dry-run -Werror $(SRCS) $(wildcard src/*.h) \
	    $(wildcard include/kanbao/*.h)

bench:
	@sh tests/bench/run.sh

fuzz: $(BUILD)/gen/pinyin-table.h | $(DEPSTAMP)
	@BUILD=$(BUILD) sh tests/fuzz/run.sh

# The completion is made by the binary from its command table; the man
# pages name the bundled themes' directory under PREFIX.
$(BUILD)/kanbao.bash: $(PROG)
	$(abspath $(PROG)) --completion bash >$@

install: $(PROG) $(BUILD)/kanbao.bash
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)/themes \
	    $(DESTDIR)$(COMPDIR)
	install -m 755 $(PROG) $(DESTDIR)$(BINDIR)/kanbao
	sed 's|/usr/local|$(PREFIX)|g' man/kanbao.1 >$(BUILD)/kanbao.1
	sed 's|/usr/local|$(PREFIX)|g' man/kanbao.5 >$(BUILD)/kanbao.5
	install -m 644 $(BUILD)/kanbao.1 $(DESTDIR)$(MANDIR)/man1/kanbao.1
	install -m 644 $(BUILD)/kanbao.5 $(DESTDIR)$(MANDIR)/man5/kanbao.5
	install -m 644 $(THEMES) $(DESTDIR)$(DATADIR)/themes/
	install -m 644 $(BUILD)/kanbao.bash $(DESTDIR)$(COMPDIR)/kanbao

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/kanbao $(DESTDIR)$(MANDIR)/man1/kanbao.1 \
	    $(DESTDIR)$(MANDIR)/man5/kanbao.5 $(DESTDIR)$(COMPDIR)/kanbao
	rm -f $(THEMES:themes/%=$(DESTDIR)$(DATADIR)/themes/%)
	-rmdir $(DESTDIR)$(DATADIR)/themes $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILD) $(PROG)

-include $(OBJS:.o=.d) $(UNIT_BINS:=.d) $(GEN_BINS:=.d)
