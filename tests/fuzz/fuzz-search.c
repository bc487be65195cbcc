/*
 * fuzz-search: queries through store_search() over an in-memory store
 * holding the sample pages (the directory in $KANBAO_FUZZ_PAGES, else a
 * few lines made up here).  The query is untrusted bytes, as typed at the
 * reader's prompt or given to "kanbao search": invalid UTF-8, quotes and
 * FTS5 syntax (AND, NEAR, *, ^, column filters) included.
 *
 * Byte 0 picks the rank, limit, offset and a topic filter; the rest is the
 * query.  Checks: a refusal says why; every hit's match lies inside its
 * snippet and the snippet is clean one-line text.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/file.h"
#include "kanbao/parse.h"
#include "kanbao/import.h"
#include "kanbao/store.h"
#include "kanbao/text.h"
#include "kanbao/topic.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct store	*fuzz_store;

static const char *fuzz_builtin[] = {
	"项目集中开工\n\n本报讯 今天上午，开发区举行项目集中开工仪式，"
	"总投资36.8亿元。\"引号\" AND OR NEAR(a b) col:x *^\n",
	"# 天气\n\n今天多云到阴，明天小雨，偏北风3到4级。Weather: rain.\n",
};

static void
fuzz_put(const char *text, size_t len, int number, const char *source)
{
	struct store_page_in	 in;
	struct parse_page	*pg;
	struct topic_set	*ts = topic_set_default();
	enum store_put_result	 r;
	size_t			 n;
	char			*cause;

	memset(&in, 0, sizeof in);
	in.date = number % 2 ? "2024-03-05" : NULL;
	in.issue_name = "fuzz";
	in.number = number;
	in.source = source;
	in.text = text;
	in.len = len;
	pg = parse_page(text, len);
	if (import_put_page(fuzz_store, &in, pg, ts, &r, &n, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", source, cause);
		abort();
	}
	parse_page_free(pg);
	topic_set_free(ts);
}

static void
fuzz_init(void)
{
	const char	*dir = getenv("KANBAO_FUZZ_PAGES"), *enc;
	struct dirent	*de;
	DIR		*d;
	char		 path[4096], *text, *cause;
	size_t		 len, i;
	int		 number = 1;

	if ((fuzz_store = store_open(":memory:", STORE_CREATE,
	    &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		abort();
	}
	for (i = 0; i < sizeof fuzz_builtin / sizeof *fuzz_builtin; i++)
		fuzz_put(fuzz_builtin[i], strlen(fuzz_builtin[i]), number++,
		    "built-in");
	if (dir == NULL || (d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (*de->d_name == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		if ((text = file_read_page(path, &len, &enc, &cause)) == NULL) {
			free(cause);
			continue;
		}
		fuzz_put(text, len, number++, path);
		free(text);
	}
	closedir(d);
}

static int
fuzz_hit(const struct store_hit *h, void *arg)
{
	size_t	 n = strlen(h->snippet), m;
	char	*c;

	(void)arg;
	if (h->row.id <= 0 || h->match_off > n || h->match_len > n - h->match_off)
		abort();	/* the match is outside the snippet */
	if (memchr(h->snippet, '\n', n) != NULL)
		abort();	/* a snippet is one line */
	c = text_sanitize(h->snippet, n, &m);
	if (m != n || memcmp(c, h->snippet, n) != 0)
		abort();	/* a snippet cut a character in two */
	free(c);
	return (0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct store_query	 q;
	char			*text, *cause = NULL;
	int			 bit;

	if (size < 1)
		return (0);
	if (fuzz_store == NULL)
		fuzz_init();
	text = malloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	memset(&q, 0, sizeof q);
	q.text = text;
	q.rank = data[0] & 1 ? STORE_RANK_RELEVANCE : STORE_RANK_DATE;
	q.limit = (data[0] >> 1) & 3;
	q.offset = (data[0] >> 3) & 1;
	if ((data[0] & 0x10) && store_topic_find(fuzz_store, "investment",
	    &bit, &cause) == 0)
		q.topics = (uint64_t)1 << bit;
	if (data[0] & 0x20)
		q.issue = 1;
	if (store_search(fuzz_store, &q, fuzz_hit, NULL, &cause) != 0) {
		if (cause == NULL || *cause == '\0')
			abort();
		free(cause);
	}
	free(text);
	return (0);
}
