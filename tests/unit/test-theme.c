/*
 * theme: the theme file reader (good lines, errors with line numbers),
 * the colour fallback for 8-colour terminals, and the bundled themes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/theme.h"

static struct theme *
parse(const char *text, char **cause)
{
	*cause = NULL;
	return (theme_parse("t", "t.theme", text, strlen(text), cause));
}

/* theme-1.1: lines override the built-in style; comments, blanks skipped. */
static void
test_theme_1_1(void **state)
{
	struct theme	*t, *b;
	char		*cause;

	(void)state;
	t = parse("# a comment\n\nheadline = bold,underline red 17\n"
	    "  body=none default colour200   # trailing\n", &cause);
	assert_non_null(t);
	assert_null(cause);
	assert_int_equal(t->style[THEME_HEADLINE].attr,
	    THEME_BOLD | THEME_UNDERLINE);
	assert_int_equal(t->style[THEME_HEADLINE].fg, 1);
	assert_int_equal(t->style[THEME_HEADLINE].bg, 17);
	assert_int_equal(t->style[THEME_BODY].attr, 0);
	assert_int_equal(t->style[THEME_BODY].fg, THEME_DEFAULT);
	assert_int_equal(t->style[THEME_BODY].bg, 200);
	b = theme_builtin();
	assert_memory_equal(&t->style[THEME_STATUS], &b->style[THEME_STATUS],
	    sizeof b->style[0]);
	theme_free(b);
	theme_free(t);
}

static void
bad(const char *text, const char *want)
{
	char	*cause;

	assert_null(parse(text, &cause));
	assert_non_null(cause);
	if (strstr(cause, want) == NULL)
		fail_msg("'%s' does not contain '%s'", cause, want);
	free(cause);
}

/* theme-1.2: each kind of error names the file and the line. */
static void
test_theme_1_2(void **state)
{
	(void)state;
	bad("body = none red\n", "t.theme:1: expected");
	bad("\n# x\nheadlin = bold red default\n",
	    "t.theme:3: unknown element 'headlin'");
	bad("body = blink red default\n", "t.theme:1: unknown attribute 'blink'");
	bad("body = bold,wink red default\n", "unknown attribute 'wink'");
	bad("body = none 256 default\n", "t.theme:1: bad colour '256'");
	bad("body = none red pink\n", "bad colour 'pink'");
	bad("body none red default\n", "t.theme:1: expected");
	bad("body = none red default extra\n", "too many words");
}

/* theme-1.3: 256 colours fall back to the nearest of the eight. */
static void
test_theme_1_3(void **state)
{
	(void)state;
	assert_int_equal(theme_colour8(THEME_DEFAULT), THEME_DEFAULT);
	assert_int_equal(theme_colour8(3), 3);
	assert_int_equal(theme_colour8(9), 1);		/* bright red */
	assert_int_equal(theme_colour8(196), 1);	/* red */
	assert_int_equal(theme_colour8(21), 4);		/* blue */
	assert_int_equal(theme_colour8(46), 2);		/* green */
	assert_int_equal(theme_colour8(231), 7);	/* white */
	assert_int_equal(theme_colour8(16), 0);		/* black */
	assert_int_equal(theme_colour8(235), 0);	/* dark grey */
	assert_int_equal(theme_colour8(252), 7);	/* light grey */
}

/* theme-1.4: the bundled themes parse and style every element. */
static void
test_theme_1_4(void **state)
{
	static const char *const names[] = { "default", "light", "dark",
	    "mono" };
	struct theme	*t;
	char		 path[64], *cause = NULL;
	size_t		 i;
	int		 e;

	(void)state;
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof path, "themes/%s.theme", names[i]);
		t = theme_load(path, &cause);
		if (t == NULL)
			fail_msg("%s", cause);
		assert_string_equal(t->name, names[i]);
		if (strcmp(names[i], "mono") == 0) {
			for (e = 0; e < THEME_NELEMS; e++) {
				assert_int_equal(t->style[e].fg, THEME_DEFAULT);
				assert_int_equal(t->style[e].bg, THEME_DEFAULT);
			}
		}
		theme_free(t);
	}
}

/* Whether two styles look alike on a terminal of 8 colours. */
static int
alike8(const struct theme_style *a, const struct theme_style *b)
{
	return (a->attr == b->attr &&
	    theme_colour8(a->fg) == theme_colour8(b->fg) &&
	    theme_colour8(a->bg) == theme_colour8(b->bg));
}

/*
 * theme-1.5: in the built-in theme and every theme shipped, the current
 * search match looks unlike the other matches, with 256 colours and with
 * 8 (the mono theme's have attributes alone).
 */
static void
test_theme_1_5(void **state)
{
	static const char *const names[] = { "default", "light", "dark",
	    "mono" };
	const struct theme_style *m, *c;
	struct theme		 *t;
	char			  path[64], *cause = NULL;
	size_t			  i;

	(void)state;
	for (i = 0; i <= 4; i++) {
		if (i == 4)
			t = theme_builtin();
		else {
			snprintf(path, sizeof path, "themes/%s.theme",
			    names[i]);
			if ((t = theme_load(path, &cause)) == NULL)
				fail_msg("%s", cause);
		}
		m = &t->style[THEME_MATCH];
		c = &t->style[THEME_MATCH_CURRENT];
		if (m->attr == c->attr && m->fg == c->fg && m->bg == c->bg)
			fail_msg("%s: current-match is match", t->name);
		if (alike8(m, c))
			fail_msg("%s: current-match is match on 8 colours",
			    t->name);
		theme_free(t);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_theme_1_1),
		cmocka_unit_test(test_theme_1_2),
		cmocka_unit_test(test_theme_1_3),
		cmocka_unit_test(test_theme_1_4),
		cmocka_unit_test(test_theme_1_5),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
