/*
 * config: the config file reader (settings, bindings, errors naming the
 * file and line), the action names against the key table, and the view
 * taking bindings from a config.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "kanbao/buf.h"
#include "kanbao/config.h"
#include "kanbao/text.h"
#include "kanbao/view.h"

static struct config *
parse(const char *text, char **cause)
{
	*cause = NULL;
	return (config_parse("config", text, strlen(text), cause));
}

/* config-1.1: the defaults. */
static void
test_config_1_1(void **state)
{
	struct config	*cfg = config_default();

	(void)state;
	assert_null(cfg->theme);
	assert_int_equal(cfg->width_cap, 0);
	assert_int_equal(cfg->indent, VIEW_INDENT);
	assert_int_equal(cfg->pinyin, 1);
	assert_int_equal(cfg->nbinds, 0);
	config_free(cfg);
	config_free(NULL);
}

/* config-1.2: every setting, comments, blanks, CRLF; later lines win. */
static void
test_config_1_2(void **state)
{
	struct config	*cfg;
	enum view_cmd	 cmd;
	char		*cause;

	(void)state;
	cfg = parse("# my settings\r\n\n  theme light\ntheme dark # better\n"
	    "width-cap 72\r\nindent 0\npinyin off\nbind J next-unread\n"
	    "bind x quit\nbind x star\nbind # top\nbind PgDn none\n"
	    "bind 下 down\n", &cause);
	assert_null(cause);
	assert_non_null(cfg);
	assert_string_equal(cfg->theme, "dark");
	assert_int_equal(cfg->width_cap, 72);
	assert_int_equal(cfg->indent, 0);
	assert_int_equal(cfg->pinyin, 0);
	assert_int_equal(cfg->nbinds, 5);
	assert_true(config_key(cfg, "J", &cmd));
	assert_int_equal(cmd, VIEW_CMD_NEXT_UNREAD);
	assert_true(config_key(cfg, "x", &cmd));
	assert_int_equal(cmd, VIEW_CMD_STAR);
	assert_true(config_key(cfg, "#", &cmd));
	assert_int_equal(cmd, VIEW_CMD_TOP);
	assert_true(config_key(cfg, "PgDn", &cmd));
	assert_int_equal(cmd, VIEW_CMD_NONE);
	assert_true(config_key(cfg, "下", &cmd));
	assert_int_equal(cmd, VIEW_CMD_DOWN);
	assert_false(config_key(cfg, "j", &cmd));
	assert_false(config_key(NULL, "j", &cmd));
	config_free(cfg);
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

/* config-1.3: bad lines are errors naming the file and line. */
static void
test_config_1_3(void **state)
{
	char	*cause;

	(void)state;
	bad("theme dark\ncolour red\n", "config:2: unknown setting 'colour'");
	bad("\n\nbind j\n", "config:3: expected: bind KEY ACTION");
	bad("bind j fly\n", "config:1: unknown action 'fly'");
	bad("bind F13 down\n", "config:1: unknown key 'F13'");
	bad("bind Wheel down\n", "unknown key 'Wheel'");
	bad("bind jj down\n", "unknown key 'jj'");
	bad("width-cap 5\n", "config:1: expected: width-cap N");
	bad("width-cap -1\n", "expected: width-cap N");
	bad("width-cap 7x\n", "expected: width-cap N");
	bad("width-cap 99999999999999999999\n", "expected: width-cap N");
	bad("indent 17\n", "expected: indent N");
	bad("pinyin yes\n", "expected: pinyin on|off");
	bad("mark-read soon\n", "expected: mark-read off|SECONDS");
	bad("mark-read -1\n", "expected: mark-read off|SECONDS");
	bad("theme\n", "expected: theme NAME");
	bad("theme ../../etc/x\n", "expected: theme NAME");
	bad("theme a b\n", "expected: theme NAME");
	bad("bind j down up extra more\n", "config:1: too many words");
	cause = NULL;
	assert_null(config_parse("config", "theme a\0b\n", 10, &cause));
	assert_non_null(cause);
	free(cause);
}

/* config-1.4: width-cap 0 and the bounds are good. */
static void
test_config_1_4(void **state)
{
	struct config	*cfg;
	char		*cause;

	(void)state;
	cfg = parse("width-cap 0\nindent 16\n", &cause);
	assert_non_null(cfg);
	assert_int_equal(cfg->width_cap, 0);
	assert_int_equal(cfg->indent, 16);
	config_free(cfg);
	cfg = parse("width-cap 10\n", &cause);
	assert_non_null(cfg);
	assert_int_equal(cfg->width_cap, 10);
	assert_int_equal(cfg->mark_read, CONFIG_MARK_READ);
	config_free(cfg);
	cfg = parse("mark-read 0\n", &cause);
	assert_int_equal(cfg->mark_read, 0);
	config_free(cfg);
	cfg = parse("mark-read off\n", &cause);
	assert_int_equal(cfg->mark_read, -1);
	config_free(cfg);
}

/*
 * config-2.1: every command of the command table has an action name, so every
 * key's command can be bound; the names are unique.
 */
static void
test_config_2_1(void **state)
{
	const struct view_command	*k, *a, *b;
	const char			*name;

	(void)state;
	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (k->keys == NULL)
			continue;
		if (k->cmd == VIEW_CMD_MOUSE)
			continue;
		name = config_action_name(k->cmd);
		if (name == NULL)
			fail_msg("no action name for the command of key '%s' "
			    "(give its row in view_commands[] a name and "
			    "add it to kanbao(5))", k->keys);
		assert_int_equal(config_action_find(name), (int)k->cmd);
	}
	for (a = view_commands; a->name != NULL || a->keys != NULL; a++) {
		if (a->name == NULL)
			continue;
		/* A named command runs something, but for "none". */
		if (a->cmd != VIEW_CMD_NONE && a->fn == NULL)
			fail_msg("action %s has no function", a->name);
		for (b = a + 1; b->name != NULL || b->keys != NULL; b++) {
			if (b->name == NULL)
				continue;
			assert_string_not_equal(a->name, b->name);
			assert_int_not_equal(a->cmd, b->cmd);
		}
	}
	assert_int_equal(config_action_find("nonesuch"), -1);
}

/* config-3.1: the view takes bindings from its config over the table. */
static void
test_config_3_1(void **state)
{
	struct view	*v = view_create(NULL, NULL);
	struct config	*cfg;
	char		*cause;

	(void)state;
	assert_int_equal(view_key(v, "j"), VIEW_CMD_DOWN);
	cfg = parse("bind j up\nbind q none\nbind z quit\n", &cause);
	assert_non_null(cfg);
	view_set_config(v, cfg);
	assert_int_equal(view_key(v, "j"), VIEW_CMD_UP);
	assert_int_equal(view_key(v, "q"), VIEW_CMD_NONE);
	assert_int_equal(view_key(v, "z"), VIEW_CMD_QUIT);
	assert_int_equal(view_key(v, "k"), VIEW_CMD_UP);
	assert_null(view_message(v));
	view_free(v);
	config_free(cfg);
}

/* config-3.2: a config that could not be used says so on the status line. */
static void
test_config_3_2(void **state)
{
	struct view	*v = view_create(NULL, NULL);
	struct config	*cfg = config_default();

	(void)state;
	cfg->error = strdup("config:2: unknown setting 'x'; using the defaults");
	view_set_config(v, cfg);
	assert_non_null(view_message(v));
	assert_non_null(strstr(view_message(v), "config:2:"));
	view_free(v);
	config_free(cfg);
}

/* config-4.1: config_user() reads $XDG_CONFIG_HOME/kanbao/config. */
static void
test_config_4_1(void **state)
{
	char		 dir[] = "/tmp/kanbao-config.XXXXXX", *path;
	struct config	*cfg;
	FILE		*f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("XDG_CONFIG_HOME", dir, 1);
	cfg = config_user();		/* no file: the defaults, no error */
	assert_null(cfg->error);
	config_free(cfg);
	path = config_user_path();
	assert_non_null(path);
	assert_int_equal(strncmp(path, dir, strlen(dir)), 0);
	assert_string_equal(path + strlen(dir), "/kanbao/config");

	*strrchr(path, '/') = '\0';
	assert_int_equal(mkdir(path, 0700), 0);
	*(path + strlen(path)) = '/';
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("theme mono\nindent 2\n", f);
	fclose(f);
	cfg = config_user();
	assert_null(cfg->error);
	assert_string_equal(cfg->theme, "mono");
	assert_int_equal(cfg->indent, 2);
	config_free(cfg);

	f = fopen(path, "w");
	fputs("theme mono\nindent lots\n", f);
	fclose(f);
	cfg = config_user();	/* a bad line: skipped, named; the rest applies */
	assert_string_equal(cfg->theme, "mono");
	assert_int_equal(cfg->indent, VIEW_INDENT);
	assert_non_null(cfg->error);
	/* Named as kanbao(5) names it: the status line is one row. */
	assert_null(strstr(cfg->error, path));
	assert_int_equal(strncmp(cfg->error, "config:2: expected: indent N",
	    strlen("config:2: expected: indent N")), 0);
	assert_non_null(strstr(cfg->error, "skipped"));
	config_free(cfg);

	f = fopen(path, "w");
	fputs("colour red\ntheme dark\nindent lots\nbind j fly\nindent 3\n",
	    f);
	fclose(f);
	cfg = config_user();	/* three bad lines: the first, and a count */
	assert_string_equal(cfg->theme, "dark");
	assert_int_equal(cfg->indent, 3);
	assert_non_null(strstr(cfg->error, "unknown setting 'colour'"));
	/* The others come first: a message cut at the screen's edge. */
	assert_non_null(strstr(cfg->error, ":1 (and lines 3, 4): "));
	config_free(cfg);

	f = fopen(path, "w");
	fputs("a\nb\nc\nd\ne\nf\ntheme dark\n", f);
	fclose(f);
	cfg = config_user(); /* six: the first, three more, and a count */
	assert_string_equal(cfg->theme, "dark");
	assert_non_null(strstr(cfg->error, ":1 (and lines 2, 3, 4 and 2 more): "));
	config_free(cfg);
	f = fopen(path, "w");
	fputs("theme dark\nb\nc\n", f);
	fclose(f);
	cfg = config_user();
	assert_non_null(strstr(cfg->error, ":2 (and line 3): "));
	config_free(cfg);

	unlink(path);
	*strrchr(path, '/') = '\0';
	rmdir(path);
	rmdir(dir);
	free(path);
}

/* config-5.1: the ? overlay shows every row of the key table. */
static void
test_config_5_1(void **state)
{
	struct view		*v = view_create(NULL, NULL);
	const struct view_line	*lines;
	const struct view_command *k;
	size_t			 n, i;
	int			 found;

	(void)state;
	view_layout(v, 200, 100);
	n = view_help_lines(v, 200, &lines);
	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (k->keys == NULL)
			continue;
		found = 0;
		for (i = 0; i < n && !found; i++) {
			found = strncmp(lines[i].text, k->keys,
			    strlen(k->keys)) == 0 &&
			    strstr(lines[i].text, k->help) != NULL;
		}
		if (!found)
			fail_msg("key '%s' is not in the help overlay",
			    k->keys);
	}
	view_free(v);
}

/*
 * config-6.1: 120,000 bind lines, each Han character its own key and the
 * first 1,000 bound twice, are all kept, the later line winning.  (Binds
 * were a list searched on every line: 100,000 of them took 49 s.)
 */
static void
test_config_6_1(void **state)
{
	struct config	*cfg;
	struct buf	 b = BUF_INIT;
	enum view_cmd	 cmd;
	char		*cause, key[8];
	uint32_t	 c;
	size_t		 n;

	(void)state;
	for (c = 0x4e00; c < 0x4e00 + 20000; c++) {
		key[text_utf8_put(key, c)] = '\0';
		buf_printf(&b, "bind %s %s\n", key, c < 0x4e00 + 1000 ?
		    "quit" : "down");
	}
	for (n = 0; n < 100000; n++) {
		key[text_utf8_put(key, 0x4e00 + (uint32_t)(n % 1000))] = '\0';
		buf_printf(&b, "bind %s top\n", key);
	}
	cfg = config_parse("many", buf_str(&b), b.len, &cause);
	buf_free(&b);
	assert_non_null(cfg);
	assert_int_equal(cfg->nbinds, 20000);
	assert_true(config_key(cfg, "一", &cmd));	/* U+4E00 */
	assert_int_equal(cmd, VIEW_CMD_TOP);
	key[text_utf8_put(key, 0x4e00 + 19999)] = '\0';
	assert_true(config_key(cfg, key, &cmd));
	assert_int_equal(cmd, VIEW_CMD_DOWN);
	assert_false(config_key(cfg, "j", &cmd));
	config_free(cfg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_config_1_1),
		cmocka_unit_test(test_config_1_2),
		cmocka_unit_test(test_config_1_3),
		cmocka_unit_test(test_config_1_4),
		cmocka_unit_test(test_config_2_1),
		cmocka_unit_test(test_config_3_1),
		cmocka_unit_test(test_config_3_2),
		cmocka_unit_test(test_config_4_1),
		cmocka_unit_test(test_config_5_1),
		cmocka_unit_test(test_config_6_1),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
