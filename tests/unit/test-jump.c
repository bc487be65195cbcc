/*
 * jump: the jump list's index, titles matched as typed, by pinyin, and in
 * either kind of Chinese characters.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/jump.h"
#include "kanbao/pinyin.h"
#include "kanbao/store.h"

static const struct store_title titles[] = {
	{ 1, 1, "2024-03-08", 1, "澄湖港區新航線開通", 1 },
	{ 2, 1, "2024-03-08", 2, "湖城老街今起开放", 1 },
	{ 3, 2, "2024-03-07", 1, "湖濱公園櫻花盛開", 1 },
	{ 4, 2, "2024-03-07", 2, "東門古橋修繕完工", 1 },
};

/* The ids of the titles the typed text finds, in order, as "1,3". */
static void
find(struct jump *j, const char *typed, int pinyin, const char *want)
{
	struct pinyin_query q;
	struct jump_hit	    hits[8];
	struct jump_entry   e;
	char		    got[64] = "";
	size_t		    n, i;
	int		    all;

	pinyin_query_init(&q, typed);
	n = jump_find(j, &q, pinyin, hits, 8, &all);
	for (i = 0; i < n; i++) {
		jump_get(j, hits[i].index, &e);
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%lld",
		    i == 0 ? "" : ",", (long long)e.id);
		/* The match is whole characters of the title as printed. */
		assert_true(hits[i].off + hits[i].len <= strlen(e.title));
		assert_true(hits[i].len % 3 == 0 && hits[i].off % 3 == 0);
	}
	assert_string_equal(got, want);
}

/*
 * jump-1.1: a title printed in traditional characters is found by the
 * same words typed in simplified ones, and the other way round (航線, 開);
 * the title is shown as printed, the match on its own characters.
 */
static void
jump_1_1(void **state)
{
	struct jump	 *j = jump_create();
	struct jump_entry e;
	size_t		  i;

	(void)state;
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++)
		jump_add(j, &titles[i]);
	find(j, "航线", 0, "1");
	find(j, "航線", 0, "1");
	find(j, "老街今起開放", 0, "2");
	find(j, "盛开", 0, "3");
	find(j, "湖", 0, "1,2,3");
	find(j, "报", 0, "");
	jump_get(j, 0, &e);
	assert_string_equal(e.title, "澄湖港區新航線開通");
	jump_free(j);
}

/*
 * jump-1.2: so are words of none of the parser's cue characters (修繕 by
 * 修缮, 樱花 finding 櫻花, 古桥 and 東門): jump folds every traditional
 * character (kanbao/fold.h).
 */
static void
jump_1_2(void **state)
{
	struct jump *j = jump_create();
	size_t	     i;

	(void)state;
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++)
		jump_add(j, &titles[i]);
	find(j, "修缮", 0, "4");
	find(j, "修繕", 0, "4");
	find(j, "樱花", 0, "3");
	find(j, "湖滨公园", 0, "3");
	find(j, "东门古桥", 0, "4");
	jump_free(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(jump_1_1),
		cmocka_unit_test(jump_1_2),
	};

	return (cmocka_run_group_tests_name("jump", tests, NULL, NULL));
}
