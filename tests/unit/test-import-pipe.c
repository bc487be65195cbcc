/*
 * import-pipe: page files read and parsed on a second thread, handed out
 * in list order.
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

#include "kanbao/import-pipe.h"
#include "kanbao/xmalloc.h"

#define NPAGES	600	/* more than the queue holds */

struct pages {
	char	 dir[64];
	char	*paths[NPAGES];
};

/* Page i says its number in its title; every 7th path does not exist. */
static void
pages_make(struct pages *p)
{
	FILE	*f;
	size_t	 i;

	snprintf(p->dir, sizeof p->dir, "/tmp/kanbao-pipe.XXXXXX");
	assert_non_null(mkdtemp(p->dir));
	for (i = 0; i < NPAGES; i++) {
		xasprintf(&p->paths[i], "%s/%04zu.txt", p->dir, i);
		if (i % 7 == 3)
			continue;
		assert_non_null(f = fopen(p->paths[i], "w"));
		fprintf(f, "第%zu篇\n\n本报讯 第%zu篇的正文，"
		    "今天上午举行。\n", i, i);
		fclose(f);
	}
}

static void
pages_free(struct pages *p)
{
	size_t	i;

	for (i = 0; i < NPAGES; i++) {
		unlink(p->paths[i]);
		free(p->paths[i]);
	}
	rmdir(p->dir);
}

/*
 * import-pipe-1.1: every page comes out once, in list order, with its own
 * text and parse; an unreadable one with a cause and no text; then NULL,
 * and NULL again.
 */
static void
test_import_pipe_1_1(void **state)
{
	struct pages		 p;
	struct import_pipe	*pipe;
	struct import_page	*ip;
	char			 want[64];
	size_t			 i;

	(void)state;
	pages_make(&p);
	pipe = import_pipe_start(p.paths, NPAGES);
	for (i = 0; i < NPAGES; i++) {
		ip = import_pipe_next(pipe);
		assert_non_null(ip);
		assert_int_equal(ip->index, i);
		assert_ptr_equal(ip->path, p.paths[i]);
		if (i % 7 == 3) {
			assert_null(ip->text);
			assert_null(ip->pg);
			assert_non_null(ip->cause);
		} else {
			assert_non_null(ip->text);
			assert_int_equal(strlen(ip->text), ip->len);
			snprintf(want, sizeof want, "第%zu篇", i);
			assert_non_null(strstr(ip->text, want));
			assert_non_null(ip->pg);
			assert_int_equal(ip->pg->narticles, 1);
			assert_string_equal(ip->pg->articles[0].title, want);
		}
		import_page_free(ip);
	}
	assert_null(import_pipe_next(pipe));
	assert_null(import_pipe_next(pipe));
	import_pipe_free(pipe);
	pages_free(&p);
}

/*
 * import-pipe-1.2: freeing the pipe part-way stops the thread while it
 * waits on a full queue (no hang; ASan finds no leak); empty and
 * one-page lists work without a thread.
 */
static void
test_import_pipe_1_2(void **state)
{
	struct pages		 p;
	struct import_pipe	*pipe;
	struct import_page	*ip;

	(void)state;
	pages_make(&p);
	pipe = import_pipe_start(p.paths, NPAGES);
	ip = import_pipe_next(pipe);
	assert_non_null(ip);
	assert_int_equal(ip->index, 0);
	import_page_free(ip);
	usleep(100000);		/* let the queue fill */
	import_pipe_free(pipe);

	pipe = import_pipe_start(p.paths, 0);
	assert_null(import_pipe_next(pipe));
	import_pipe_free(pipe);

	pipe = import_pipe_start(p.paths + 1, 1);
	assert_non_null(ip = import_pipe_next(pipe));
	assert_int_equal(ip->index, 0);
	assert_ptr_equal(ip->path, p.paths[1]);
	import_page_free(ip);
	assert_null(import_pipe_next(pipe));
	import_pipe_free(pipe);
	import_pipe_free(NULL);
	pages_free(&p);
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_import_pipe_1_1),
		cmocka_unit_test(test_import_pipe_1_2),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
