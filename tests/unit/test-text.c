/*
 * text: decoding page files and sanitising untrusted text.
 */
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "kanbao/fold.h"
#include "kanbao/text.h"

static char *
decode(const char *in, size_t n, const char **enc, char **cause)
{
	size_t	len;

	*cause = NULL;
	return (text_decode(in, n, &len, enc, cause));
}

#define IN_1_1 "\xef\xbb\xbf本报讯\r\n第二行\r第三行"

/* text-1.1: UTF-8 with BOM and CRLF comes out as plain UTF-8 with LF. */
static void
text_1_1(void **state)
{
	const char	*enc;
	char		*cause, *s;

	(void)state;
	s = decode(IN_1_1, sizeof IN_1_1 - 1, &enc, &cause);
	assert_non_null(s);
	assert_string_equal(s, "本报讯\n第二行\n第三行");
	assert_string_equal(enc, "UTF-8");
	free(s);
}

/* text-1.2: GB18030 (and so GBK) is detected and converted. */
static void
text_1_2(void **state)
{
	const char	*enc;
	char		*cause, *s;

	(void)state;
	/* 本报讯 in GBK. */
	s = decode("\xb1\xbe\xb1\xa8\xd1\xb6", 6, &enc, &cause);
	assert_non_null(s);
	assert_string_equal(s, "本报讯");
	assert_string_equal(enc, "GB18030");
	free(s);
}

/* text-1.3: empty and binary files are refused with a reason. */
static void
text_1_3(void **state)
{
	const char	*enc;
	char		*cause;

	(void)state;
	assert_null(decode("", 0, &enc, &cause));
	assert_string_equal(cause, "empty file");
	free(cause);
	assert_null(decode("ab\0cd", 5, &enc, &cause));
	assert_non_null(strstr(cause, "NUL byte at offset 2"));
	free(cause);
}

/* text-1.4: UTF-16 with a BOM is converted. */
static void
text_1_4(void **state)
{
	const char	*enc;
	char		*cause, *s;

	(void)state;
	/* BOM, 报 (U+62A5), 'a' in UTF-16LE. */
	s = decode("\xff\xfe\xa5\x62\x61\x00", 6, &enc, &cause);
	assert_non_null(s);
	assert_string_equal(s, "报a");
	assert_string_equal(enc, "UTF-16LE");
	free(s);
}

#define IN_2_1 "a\x1b]0;pwn\x07" "b\xe2\x80\xae" "c\xc2\x9b" "d\te"

/*
 * text-1.5: bytes valid in GB18030 are not taken for it unless they read
 * as Chinese: Big5 is read as Big5, Japanese and Korean are refused.
 */
static void
text_1_5(void **state)
{
	/* 全省一季度重大項目集中開工，總投資一百二十億元。這些項目 (Big5) */
	static const char big5[] =
	    "\xa5\xfe\xac\xd9\xa4\x40\xa9\x75\xab\xd7\xad\xab\xa4\x6a\xb6\xb5"
	    "\xa5\xd8\xb6\xb0\xa4\xa4\xb6\x7d\xa4\x75\xa1\x41\xc1\x60\xa7\xeb"
	    "\xb8\xea\xa4\x40\xa6\xca\xa4\x47\xa4\x51\xbb\xf5\xa4\xb8\xa1\x43"
	    "\xb3\x6f\xa8\xc7\xb6\xb5\xa5\xd8";
	/* 今日は雨が降っていました。駅の前で友達と会いました。 (Shift-JIS) */
	static const char sjis[] =
	    "\x8d\xa1\x93\xfa\x82\xcd\x89\x4a\x82\xaa\x8d\x7e\x82\xc1\x82\xc4"
	    "\x82\xa2\x82\xdc\x82\xb5\x82\xbd\x81\x42\x89\x77\x82\xcc\x91\x4f"
	    "\x82\xc5\x97\x46\x92\x42\x82\xc6\x89\xef\x82\xa2\x82\xdc\x82\xb5"
	    "\x82\xbd\x81\x42";
	/* 오늘 아침에 비가 내렸습니다. 친구를 만났습니다. (EUC-KR) */
	static const char euckr[] =
	    "\xbf\xc0\xb4\xc3 \xbe\xc6\xc4\xa7\xbf\xa1 \xba\xf1\xb0\xa1 "
	    "\xb3\xbb\xb7\xc8\xbd\xc0\xb4\xcf\xb4\xd9. "
	    "\xc4\xa3\xb1\xb8\xb8\xa6 \xb8\xb8\xb3\xb5\xbd\xc0\xb4\xcf\xb4\xd9.";
	const char	*enc;
	char		*cause, *s;

	(void)state;
	s = decode(big5, sizeof big5 - 1, &enc, &cause);
	assert_non_null(s);
	assert_string_equal(enc, "BIG5");
	assert_non_null(strstr(s, "重大項目集中開工"));
	free(s);
	s = decode(sjis, sizeof sjis - 1, &enc, &cause);
	assert_null(s);
	assert_non_null(strstr(cause, "Japanese"));
	free(cause);
	s = decode(euckr, sizeof euckr - 1, &enc, &cause);
	assert_null(s);
	assert_non_null(strstr(cause, "Korean"));
	free(cause);
}

/* text-2.1: escape sequences and bidi overrides cannot survive. */
static void
text_2_1(void **state)
{
	char	*s;

	(void)state;
	s = text_sanitize(IN_2_1, sizeof IN_2_1 - 1, NULL);
	assert_string_equal(s, "a]0;pwnbcd e");
	free(s);
	/* Invalid UTF-8 becomes U+FFFD, one per bad byte. */
	s = text_sanitize("x\xff" "y", 3, NULL);
	assert_string_equal(s, "x\xef\xbf\xbdy");
	free(s);
}

/* The sanitised form of a literal. */
static char *
clean(const char *in)
{
	return (text_sanitize(in, strlen(in), NULL));
}

/*
 * text-2.2: NEL and form feed break lines on the terminal (a form feed
 * stays in a decoded page, where it divides pages); tag characters, Hangul
 * fillers and variation selectors that select nothing are dropped, those
 * that do are kept.
 */
static void
text_2_2(void **state)
{
	const char	*enc;
	char		*cause, *s;
	size_t		 len;

	(void)state;
	s = clean("一\xc2\x85二\f三");
	assert_string_equal(s, "一\n二\n三");
	free(s);
	s = text_decode("一\f二\xc2\x85三", 12, &len, &enc, &cause);
	assert_non_null(s);
	assert_string_equal(s, "一\f二\n三");
	free(s);
	s = text_clean("a\tb\fc", 5, TEXT_KEEP_TAB, NULL);
	assert_string_equal(s, "a\tb\nc");
	free(s);
	/* Tag characters spelling "hi" after a letter: gone. */
	s = clean("x\xf3\xa0\x81\xa8\xf3\xa0\x81\xa9y");
	assert_string_equal(s, "xy");
	free(s);
	/* A subdivision flag (black flag, tags, cancel tag) is kept. */
	s = clean("\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7\xf3\xa0\x81\xa2"
	    "\xf3\xa0\x81\xbf");
	assert_string_equal(s, "\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7"
	    "\xf3\xa0\x81\xa2\xf3\xa0\x81\xbf");
	free(s);
	/* Hangul fillers U+3164, U+FFA0, U+115F, U+1160: gone. */
	s = clean("a\xe3\x85\xa4\xef\xbe\xa0\xe1\x85\x9f\xe1\x85\xa0" "b");
	assert_string_equal(s, "ab");
	free(s);
	/* Stray selectors: at the start, after a space, after a selector. */
	s = clean("\xef\xb8\x8f" "a \xef\xb8\x8e" "b\xef\xb8\x8f\xef\xb8\x8f");
	assert_string_equal(s, "a b\xef\xb8\x8f");
	free(s);
	/* An ideographic variation selector after 葛 is kept. */
	s = clean("葛\xf3\xa0\x84\x80");
	assert_string_equal(s, "葛\xf3\xa0\x84\x80");
	free(s);
	/*
	 * What comes before a selector, in a run of plain text: after an
	 * ideographic space it selects nothing, after 中 it stays; a cut
	 * character after a run is U+FFFD for each byte.
	 */
	s = clean("中文　\xef\xb8\x8f中\xef\xb8\x8f中\xe4\xb8");
	assert_string_equal(s, "中文　中\xef\xb8\x8f中"
	    "\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
}

/* text-3.1: code point widths are those of glibc's wcwidth(). */
static void
text_3_1(void **state)
{
	(void)state;
	assert_int_equal(text_cp_width('a'), 1);
	assert_int_equal(text_cp_width(0x4e2d), 2);	/* 中 */
	assert_int_equal(text_cp_width(0x20000), 2);	/* extension B */
	assert_int_equal(text_cp_width(0xff0c), 2);	/* ， */
	assert_int_equal(text_cp_width(0x3000), 2);	/* ideographic space */
	assert_int_equal(text_cp_width(0x201c), 1);	/* “ is narrow */
	assert_int_equal(text_cp_width(0x2026), 1);	/* … */
	assert_int_equal(text_cp_width(0x00b7), 1);	/* · */
	assert_int_equal(text_cp_width(0x0301), 0);	/* combining acute */
	assert_int_equal(text_cp_width(0x200d), 0);	/* ZWJ */
	assert_int_equal(text_cp_width(0x1f600), 2);	/* emoji */
	assert_int_equal(text_cp_width(0x07), -1);
	assert_int_equal(text_cp_width(0x7f), -1);
	assert_int_equal(text_cp_width(0x9b), -1);	/* C1 */
	/* Where libunistring alone would disagree with glibc. */
	assert_int_equal(text_cp_width(0x2028), -1);
	assert_int_equal(text_cp_width(0x4dc0), 2);
	assert_int_equal(text_cp_width(0x3248), 2);
	assert_int_equal(text_cp_width(0x00ad), 1);
	assert_int_equal(text_cp_width(0x0cbf), 0);
	assert_int_equal(text_cp_width(0x0378), -1);	/* unassigned */
	assert_int_equal(text_cp_width(0x110000), -1);
}

/* text-3.2: string widths: clusters, clamped to 2 columns, controls 0. */
static void
text_3_2(void **state)
{
	char	big[300];
	int	i;

	(void)state;
	assert_int_equal(text_width("", 0), 0);
	assert_int_equal(text_width("本报讯", 9), 6);
	assert_int_equal(text_width("“好”", 7), 4);
	assert_int_equal(text_width("２０２３年，", 18), 12);
	assert_int_equal(text_width("abc def", 7), 7);
	/* e + combining acute, twice. */
	assert_int_equal(text_width("e\xcc\x81" "e\xcc\x81", 6), 2);
	/* Thumbs up + skin tone: 2 + 2 code point columns, one cluster. */
	assert_int_equal(text_width("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 8),
	    2);
	/* Man ZWJ woman ZWJ girl: 6 code point columns, one cluster. */
	assert_int_equal(text_width("\xf0\x9f\x91\xa8\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", 18), 2);
	/* Two flags: regional indicators pair up. */
	assert_int_equal(text_width("\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3"
	    "\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3", 16), 4);
	/* Controls count 0; only the given bytes are measured. */
	assert_int_equal(text_width("a\tb\x1b", 4), 2);
	assert_int_equal(text_width("中文", 3), 2);
	/* Longer than the on-stack buffer. */
	for (i = 0; i < 100; i++)
		memcpy(big + 3 * i, "中", 3);
	assert_int_equal(text_width(big, sizeof big), 200);
}

/*
 * text-3.3: every code point measures as glibc's wcwidth() measures it in a
 * UTF-8 locale, which is what ncurses uses.  Needs a glibc with the same
 * Unicode version as libunistring (both 14.0 on Debian 12).
 */
static void
text_3_3(void **state)
{
	uint32_t	c;
	int		bad = 0, first = -1;

	(void)state;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL &&
	    setlocale(LC_CTYPE, "en_US.UTF-8") == NULL) {
		skip();
		return;
	}
	for (c = 0; c < 0x110000; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		if (text_cp_width(c) != wcwidth((wchar_t)c)) {
			if (bad++ == 0)
				first = (int)c;
		}
	}
	setlocale(LC_CTYPE, "C");
	if (bad != 0)
		fail_msg("%d code points differ from wcwidth, first U+%04X",
		    bad, first);
}

/*
 * text-4.1: text_utf8_next() and text_utf8_prev() read one character,
 * forward and back: ASCII, Chinese, four bytes; an invalid or cut form
 * (a surrogate, an overlong form, a lead byte with too few bytes after
 * it) is one byte read as U+FFFD.
 */
static void
text_4_1(void **state)
{
	static const struct {
		const char *s;
		size_t	    len; /* bytes read, forward and back */
		uint32_t    cp;
	} cases[] = {
		{ "a", 1, 'a' },
		{ "\xe6\xbe\x84", 3, 0x6f84 },	      /* 澄 */
		{ "\xf0\x9f\x98\x80", 4, 0x1f600 },     /* an emoji */
		{ "\xc2\xa0", 2, 0xa0 },
		{ "\xed\xa0\x80", 1, TEXT_REPLACEMENT }, /* a surrogate */
		{ "\xe0\x80\x80", 1, TEXT_REPLACEMENT }, /* overlong */
		{ "\xe6\xbe", 1, TEXT_REPLACEMENT },	      /* cut short */
	};
	size_t	 i;
	uint32_t c;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = strlen(cases[i].s);

		assert_int_equal(text_utf8_next(cases[i].s, n, &c),
		    cases[i].len);
		assert_int_equal(c, cases[i].cp);
		assert_int_equal(text_utf8_prev(cases[i].s, n, &c),
		    cases[i].len);
		assert_int_equal(c, cases[i].cp);
	}
	/* Back from the end of 本报: 报, three bytes. */
	assert_int_equal(text_utf8_prev("\xe6\x9c\xac\xe6\x8a\xa5", 6, &c), 3);
	assert_int_equal(c, 0x62a5);
}

/*
 * text-5.1: fold_text() folds traditional characters to simplified ones in
 * place, the bytes' count kept (報導 to 报导, the Taiwan form 綫 and the
 * standard 線 both to 线), and corner quotes to curly ones; simplified
 * text, Latin, kana, other punctuation, a character past U+FFFF and a
 * broken sequence stay as they are.
 */
static void
text_5_1(void **state)
{
	char s[] = "本報記者　綫與線，湖城GDP増加「發展」𠀋\xe5\xa0";
	char simp[] = "本报记者 线与线，湖城GDP。";
	size_t n = strlen(s);

	(void)state;
	assert_int_equal(fold_text(s, n), 8);
	assert_int_equal(strlen(s), n);
	assert_string_equal(s, "本报记者　线与线，湖城GDP増加“发展”𠀋\xe5\xa0");
	assert_int_equal(fold_text(simp, strlen(simp)), 0);
	assert_string_equal(simp, "本报记者 线与线，湖城GDP。");
	assert_false(fold_needed(simp, strlen(simp)));
	assert_true(fold_needed("湖城報", 9));
	assert_false(fold_needed("湖城報", 8));	/* 報 cut short */
	assert_int_equal(fold_char(0x5831), 0x62a5);	/* 報 报 */
	/* Taiwan's 著 for 着 (隨著), Hong Kong's 衹 for 只. */
	assert_int_equal(fold_char(0x8457), 0x7740);
	assert_int_equal(fold_char(0x8879), 0x53ea);
	assert_int_equal(fold_char(0x62a5), 0x62a5);
	assert_int_equal(fold_char('a'), 'a');
}

/*
 * text-5.2: text_strip_punct() takes off the punctuation around a word,
 * ASCII and CJK (“码头”, 「港區」, (气温), 明天*, 开工。), and keeps what is
 * inside (报道，发展), the letters and digits, and 〇, a numeral.
 */
static void
text_5_2(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "“码头”", "码头" },
		{ "「港區」", "港區" },
		{ "(气温)", "气温" },
		{ "明天*", "明天" },
		{ "开工。", "开工" },
		{ "\"GDP\"", "GDP" },
		{ "报道，发展", "报道，发展" },
		{ "二〇二〇", "二〇二〇" },
		{ "《湖城日报》。", "湖城日报" },
		{ "“”", "" },
	};
	size_t i, off, n;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		n = text_strip_punct(cases[i].in, strlen(cases[i].in), &off);
		assert_int_equal(n, strlen(cases[i].out));
		assert_memory_equal(cases[i].in + off, cases[i].out, n);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_1_1),
		cmocka_unit_test(text_1_2),
		cmocka_unit_test(text_1_3),
		cmocka_unit_test(text_1_4),
		cmocka_unit_test(text_1_5),
		cmocka_unit_test(text_2_1),
		cmocka_unit_test(text_2_2),
		cmocka_unit_test(text_3_1),
		cmocka_unit_test(text_3_2),
		cmocka_unit_test(text_3_3),
		cmocka_unit_test(text_4_1),
		cmocka_unit_test(text_5_1),
		cmocka_unit_test(text_5_2),
	};

	return (cmocka_run_group_tests_name("text", tests, NULL, NULL));
}
