/*
 * text: decoding page files and sanitising untrusted text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_1_1),
		cmocka_unit_test(text_1_2),
		cmocka_unit_test(text_1_3),
		cmocka_unit_test(text_1_4),
		cmocka_unit_test(text_2_1),
	};

	return (cmocka_run_group_tests_name("text", tests, NULL, NULL));
}
