/*
 * place: where the reader was left in each store, kept across runs in a
 * file, one line a store.
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

#include "kanbao/file.h"
#include "kanbao/place.h"

struct place_tmp {
	char dir[64];	/* a fresh directory */
	char path[128]; /* the places file, in a directory not made yet */
	char store[128];
};

static int
setup(void **state)
{
	struct place_tmp *t = calloc(1, sizeof *t);

	snprintf(t->dir, sizeof t->dir, "/tmp/kanbao-place-XXXXXX");
	if (t == NULL || mkdtemp(t->dir) == NULL)
		return (-1);
	snprintf(t->path, sizeof t->path, "%s/data/places", t->dir);
	snprintf(t->store, sizeof t->store, "%s/k.db", t->dir);
	*state = t;
	return (0);
}

static int
teardown(void **state)
{
	struct place_tmp *t = *state;
	char		  cmd[160];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->dir);
	if (system(cmd) != 0)
		return (-1);
	free(t);
	return (0);
}

/* place-1.1: none kept at first; what is saved is read back. */
static void
test_place_1_1(void **state)
{
	struct place_tmp *t = *state;
	struct place	  pl = { 42, 0, 7, 0, 2, "2024-03-07" }, r;
	char		 *cause = NULL;

	pl.issue_sum = place_sum("2024-03-06");
	pl.article_sum = place_sum("湖城新闻");
	assert_int_equal(place_load(t->path, t->store, &r, &cause), 0);
	assert_int_equal(place_save(t->path, t->store, &pl, &cause), 0);
	assert_int_equal(place_load(t->path, t->store, &r, &cause), 1);
	assert_true(r.issue == 42 && r.article == 7 && r.pane == 2);
	assert_true(r.issue_sum == pl.issue_sum &&
	    r.article_sum == pl.article_sum);
	assert_string_equal(r.newest, "2024-03-07");
	assert_true(place_sum("2024-03-06") != place_sum("2024-03-07"));
	/* Saved again, it replaces the line: still one line. */
	pl.issue = 43;
	pl.article = 0;
	*pl.newest = '\0'; /* no issue dated */
	assert_int_equal(place_save(t->path, t->store, &pl, &cause), 0);
	assert_int_equal(place_load(t->path, t->store, &r, &cause), 1);
	assert_true(r.issue == 43 && r.article == 0);
	assert_string_equal(r.newest, "");
	{
		size_t len;
		char  *text = file_read(t->path, &len, &cause);

		assert_non_null(text);
		assert_non_null(strchr(text, '\n'));
		assert_null(strchr(strchr(text, '\n') + 1, '\n'));
		free(text);
	}
}

/*
 * place-1.2: each store has its own place, found by its full path however
 * it was named; the longest unused is dropped past PLACE_MAX.
 */
static void
test_place_1_2(void **state)
{
	struct place_tmp *t = *state;
	struct place	  pl = { 1, 0, 1, 0, 1, "2024-03-07" }, r;
	char		 *cause = NULL, store[160], cwd[256];
	int		  i;

	/* The store, made, and named from its directory. */
	fclose(fopen(t->store, "w"));
	assert_int_equal(place_save(t->path, t->store, &pl, &cause), 0);
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(t->dir), 0);
	assert_int_equal(place_load(t->path, "k.db", &r, &cause), 1);
	assert_int_equal(place_load(t->path, "./k.db", &r, &cause), 1);
	assert_int_equal(chdir(cwd), 0);
	assert_int_equal(r.issue, 1);
	for (i = 0; i < PLACE_MAX; i++) {
		snprintf(store, sizeof store, "%s/other-%d.db", t->dir, i);
		pl.issue = 100 + i;
		assert_int_equal(place_save(t->path, store, &pl, &cause), 0);
	}
	/* The first store was used longest ago: gone; the others kept. */
	assert_int_equal(place_load(t->path, t->store, &r, &cause), 0);
	snprintf(store, sizeof store, "%s/other-0.db", t->dir);
	assert_int_equal(place_load(t->path, store, &r, &cause), 1);
	assert_int_equal(r.issue, 100);
	snprintf(store, sizeof store, "%s/other-%d.db", t->dir, PLACE_MAX - 1);
	assert_int_equal(place_load(t->path, store, &r, &cause), 1);
	assert_int_equal(r.issue, 100 + PLACE_MAX - 1);
}

/*
 * place-1.3: a line that is no place is dropped (one with a NUL in it
 * too), the others read; a store whose path no line can hold is not kept;
 * a file that cannot be read or written is an error that names it.
 */
static void
test_place_1_3(void **state)
{
	struct place_tmp *t = *state;
	struct place	  pl = { 5, 0xab, 6, 0xcd, 0, "" }, r;
	char		 *cause = NULL, bad[160];
	FILE		 *f;

	assert_int_equal(place_save(t->path, t->store, &pl, &cause), 0);
	f = fopen(t->path, "a");
	assert_non_null(f);
	fprintf(f, "junk\n1 0 2 0 9 -\t/x.db\n-1 0 2 0 0 -\t/y.db\n"
		   "1 0 2 0 0 2024-3-7\t/z.db\n1 0 2 0 1 -\t/ok.db\n"
		   "1 0 2 0 1 -\t\n");
	fputs("1 0 2 0 1 -\t/nul", f);
	fputc('\0', f);
	fputs(".db\n1 0 2 0 1 2024-03-07\t/after.db\n", f);
	fclose(f);
	assert_int_equal(place_load(t->path, t->store, &r, &cause), 1);
	assert_int_equal(r.issue, 5);
	assert_int_equal(place_load(t->path, "/ok.db", &r, &cause), 1);
	assert_int_equal(place_load(t->path, "/after.db", &r, &cause), 1);
	assert_string_equal(r.newest, "2024-03-07");
	assert_int_equal(place_load(t->path, "/nul", &r, &cause), 0);
	assert_int_equal(place_load(t->path, "/x.db", &r, &cause), 0);
	assert_int_equal(place_load(t->path, "/y.db", &r, &cause), 0);
	assert_int_equal(place_load(t->path, "/z.db", &r, &cause), 0);
	/* Saving keeps the good lines only. */
	assert_int_equal(place_save(t->path, "/ok.db", &pl, &cause), 0);
	assert_int_equal(place_load(t->path, t->store, &r, &cause), 1);
	snprintf(bad, sizeof bad, "%s/two\nlines.db", t->dir);
	assert_int_equal(place_save(t->path, bad, &pl, &cause), 0);
	assert_int_equal(place_load(t->path, bad, &r, &cause), 0);
	/* A directory where the file should be: read, and written. */
	snprintf(bad, sizeof bad, "%s/data", t->dir);
	assert_int_equal(place_load(bad, t->store, &r, &cause), -1);
	assert_non_null(strstr(cause, bad));
	free(cause);
	snprintf(bad, sizeof bad, "%s/data/places/x", t->dir);
	assert_int_equal(place_save(bad, t->store, &pl, &cause), -1);
	assert_non_null(strstr(cause, bad));
	assert_null(strstr(cause, "x.")); /* not the temporary file */
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_place_1_1, setup, teardown),
		cmocka_unit_test_setup_teardown(test_place_1_2, setup, teardown),
		cmocka_unit_test_setup_teardown(test_place_1_3, setup, teardown),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
