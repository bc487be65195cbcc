/*
 * json: strings are always valid UTF-8 JSON, whatever bytes they held, and
 * nothing in them can drive a terminal.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/json.h"

static void
expect(const char *in, const char *want)
{
	struct buf	b = BUF_INIT;

	json_string(&b, in);
	assert_string_equal(buf_str(&b), want);
	buf_free(&b);
}

/* json-1.1: escapes, controls, invalid bytes, Chinese kept as is. */
static void
json_1_1(void **state)
{
	(void)state;
	expect(NULL, "null");
	expect("平湖\"a\\b\"\n\t", "\"平湖\\\"a\\\\b\\\"\\n\\t\"");
	/* ESC, BEL, DEL and C1 CSI (U+009B) escaped. */
	expect("\x1b]0;x\x07\x7f\xc2\x9b",
	    "\"\\u001b]0;x\\u0007\\u007f\\u009b\"");
	/* A raw 0x9b byte and other invalid UTF-8: U+FFFD each. */
	expect("a\x9b\xff" "b", "\"a\xef\xbf\xbd\xef\xbf\xbd" "b\"");
	/* Truncated sequence at the end. */
	expect("x\xe5\xb9", "\"x\xef\xbf\xbd\xef\xbf\xbd\"");
	/* Line and paragraph separators, which JavaScript takes as ends. */
	expect("a\xe2\x80\xa8" "b", "\"a\\u2028b\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(json_1_1),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
