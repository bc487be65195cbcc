/*
 * fuzz-topics: topics files (kanbao(5)) through topic_set_load(), then the
 * rules they make matched against a small article.  The file is a memfd,
 * named by its /proc/self/fd path, so no disk is touched per input.
 *
 * Checks: a refusal says where ("PATH:LINE: ..."); a set holds at most
 * TOPIC_MAX topics with unique names, each found again by name.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/parse.h"
#include "kanbao/topic.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	fuzz_para1[] =
	"本报讯 今天上午，开发区举行项目集中开工仪式，总投资36亿元。";
static char	fuzz_para2[] =
	"企业之家开门办公，为企服务，助企纾困。天气晴，偏北风3到4级。";
static char	fuzz_title[] = "项目集中开工";
static char	fuzz_empty[] = "";
static char	*fuzz_paras[] = { fuzz_para1, fuzz_para2 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parse_article	 a;
	struct topic_set	*ts;
	char			 path[64], *cause = NULL;
	size_t			 i, n;
	int			 fd;

	if ((fd = memfd_create("topics", MFD_CLOEXEC)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ts = topic_set_load(path, &cause);
	close(fd);
	if (ts == NULL) {
		if (cause == NULL || strncmp(cause, path, strlen(path)) != 0)
			abort();	/* the message names the file */
		free(cause);
		return (0);
	}
	n = topic_set_count(ts);
	if (n == 0 || n > TOPIC_MAX)
		abort();
	for (i = 0; i < n; i++) {
		if (topic_set_find(ts, topic_set_name(ts, i)) != (int)i)
			abort();	/* names are unique */
		if (topic_set_label(ts, i) == NULL)
			abort();
	}
	memset(&a, 0, sizeof a);
	a.kind = (enum parse_kind)(size % PARSE_NKINDS);
	a.kicker = a.subtitle = a.byline = fuzz_empty;
	a.continued_to = a.continued_from = fuzz_empty;
	a.title = fuzz_title;
	a.paragraphs = fuzz_paras;
	a.nparagraphs = sizeof fuzz_paras / sizeof *fuzz_paras;
	if (topic_match(ts, &a) >> n != 0 && n < 64)
		abort();	/* a bit for a topic that does not exist */
	topic_set_free(ts);
	return (0);
}
