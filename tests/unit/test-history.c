/*
 * history: prompt history kept in order, without repeats, per prompt,
 * and across runs in a file.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "kanbao/history.h"

/* history-1.1: newest last, a repeat moves up, one list per prompt. */
static void
test_history_1_1(void **state)
{
	struct history	*h = history_create();
	size_t		 i;

	(void)state;
	history_add(h, '/', "企业");
	history_add(h, ':', "q");
	history_add(h, '/', "澄湖");
	history_add(h, '/', "企业");
	history_add(h, '/', "");
	history_add(h, '/', "two\nlines");
	assert_int_equal(h->n, 3);
	assert_string_equal(h->v[2].text, "企业");
	i = h->n;
	assert_true(history_step(h, '/', &i, -1));
	assert_string_equal(h->v[i].text, "企业");
	assert_true(history_step(h, '/', &i, -1));
	assert_string_equal(h->v[i].text, "澄湖");
	assert_false(history_step(h, '/', &i, -1));	/* ':' skipped */
	assert_true(history_step(h, '/', &i, 1));
	assert_string_equal(h->v[i].text, "企业");
	assert_true(history_step(h, '/', &i, 1));
	assert_int_equal(i, h->n);			/* the draft */
	assert_false(history_step(h, '/', &i, 1));
	for (i = 0; i < HISTORY_MAX + 10; i++) {
		char	t[16];

		snprintf(t, sizeof t, "%zu", i);
		history_add(h, 'J', t);
	}
	assert_int_equal(h->n, HISTORY_MAX);
	assert_string_equal(h->v[h->n - 1].text, "509");
	history_free(h);
}

/* history-1.2: saved and read back; a missing file is empty. */
static void
test_history_1_2(void **state)
{
	char		 dir[] = "/tmp/kanbao-history-XXXXXX", path[128];
	struct history	*h = history_create(), *r = history_create();
	char		*cause = NULL;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/sub/history", dir);
	assert_int_equal(history_load(r, path, &cause), 0);
	assert_int_equal(r->n, 0);
	history_add(h, '/', "企业 项目");
	history_add(h, ':', "set width-cap 72");
	assert_int_equal(history_save(h, path, &cause), 0);
	assert_int_equal(history_load(r, path, &cause), 0);
	assert_int_equal(r->n, 2);
	assert_int_equal(r->v[0].ch, '/');
	assert_string_equal(r->v[0].text, "企业 项目");
	assert_string_equal(r->v[1].text, "set width-cap 72");
	unlink(path);
	snprintf(path, sizeof path, "%s/sub", dir);
	rmdir(path);
	rmdir(dir);
	history_free(h);
	history_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_history_1_1),
		cmocka_unit_test(test_history_1_2),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
