/*
 * fuzz-parse: page bytes in, as "kanbao import" reads them: text_decode(),
 * then parse_page() and topic matching.  Both formats: the input's own #
 * headings pick Markdown.
 *
 * Checks beyond "no crash, no leak": every string the parser returns is
 * clean text, as text_decode() leaves it (a parser that cut a UTF-8
 * sequence in half or let a control through would store it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/topic.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct topic_set	*fuzz_topics;

static void
fuzz_clean(const char *s)
{
	size_t	 n = strlen(s), m;
	char	*c;

	/* Form feeds are in the parser's input: they may stay. */
	c = text_clean(s, n, TEXT_KEEP_FF, &m);
	if (m != n || memcmp(c, s, n) != 0)
		abort();	/* the parser made unclean text */
	free(c);
}

static void
fuzz_page(const char *text, size_t len)
{
	struct parse_page	*pg;
	struct parse_article	*a;
	size_t			 i, j;

	pg = parse_page(text, len);
	if (pg == NULL)
		abort();	/* parse_page never fails */
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		fuzz_clean(a->kicker);
		fuzz_clean(a->title);
		fuzz_clean(a->subtitle);
		fuzz_clean(a->byline);
		fuzz_clean(a->continued_to);
		fuzz_clean(a->continued_from);
		for (j = 0; j < a->nparagraphs; j++)
			fuzz_clean(a->paragraphs[j]);
		if (parse_kind_name(a->kind) == NULL)
			abort();
		(void)topic_match(fuzz_topics, a);
	}
	if (pg->weather != NULL) {
		fuzz_clean(pg->weather->today);
		fuzz_clean(pg->weather->tomorrow);
		fuzz_clean(pg->weather->wind);
	}
	parse_page_free(pg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*enc;
	char		*text, *cause = NULL;
	size_t		 len;

	if (fuzz_topics == NULL)
		fuzz_topics = topic_set_default();
	text = text_decode((const char *)data, size, &len, &enc, &cause);
	if (text == NULL) {
		if (cause == NULL || *cause == '\0')
			abort();	/* a refusal always says why */
		free(cause);
		return (0);
	}
	if (strlen(text) != len)
		abort();	/* decoded text holds no NUL */
	fuzz_page(text, len);
	free(text);
	return (0);
}
