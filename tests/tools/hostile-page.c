/*
 * hostile-page DB DATE: stores one page whose article carries what a
 * terminal would act on (ESC sequences, OSC title, BEL, C1 CSI, U+202E,
 * a paragraph starting with a combining mark, emoji clusters wider than
 * one code point), bypassing the import's own sanitising, so that the
 * screen tests can check the reader's drawing path on its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/parse.h"
#include "kanbao/import.h"
#include "kanbao/store.h"
#include "kanbao/topic.h"

int
main(int argc, char **argv)
{
	struct store		*s;
	struct topic_set	*ts;
	struct parse_page	 pg;
	struct parse_article	 a;
	struct store_page_in	 in;
	enum store_put_result	 res;
	size_t			 n;
	char			*cause;
	char			*paras[] = {
	    (char *)"\xcc\x81开头是组合符号\x1b[31m红色\x1b[0m正文"
	    "\x1b]0;pwned\x07结束。",
	    (char *)"反向\xe2\x80\xae文字\xe2\x80\xac之后\xc2\x9b" "2J还有"
	    "\x1b[2J清屏。",
	    (char *)"表情👍🏽和👨‍👩‍👧以及🇨🇳并列，宽度必须一致。",
	};

	if (argc != 3) {
		fprintf(stderr, "usage: hostile-page DB DATE\n");
		return (2);
	}
	if ((s = store_open(argv[1], STORE_CREATE, &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		return (1);
	}
	memset(&a, 0, sizeof a);
	a.kind = PARSE_NEWS;
	a.kicker = (char *)"";
	a.title = (char *)"恶意\x1b[5m标题\xe2\x80\xae测试";
	a.subtitle = (char *)"";
	a.byline = (char *)"记者 \x07王\x1b[8m强";
	a.paragraphs = paras;
	a.nparagraphs = sizeof paras / sizeof *paras;
	a.continued_to = (char *)"";
	a.continued_from = (char *)"";
	memset(&pg, 0, sizeof pg);
	pg.format = PARSE_RAW;
	pg.articles = &a;
	pg.narticles = 1;
	memset(&in, 0, sizeof in);
	in.date = argv[2];
	in.number = 1;
	in.source = "hostile.txt";
	in.text = "hostile";
	in.len = strlen(in.text);
	ts = topic_set_default();
	if (import_put_page(s, &in, &pg, ts, &res, &n, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return (1);
	}
	topic_set_free(ts);
	store_close(s);
	return (0);
}
