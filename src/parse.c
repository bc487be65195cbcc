/*
 * The page parser (first cut: the whole page is one article).
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/parse.h"
#include "kanbao/xmalloc.h"

static const char *parse_kind_names[PARSE_NKINDS] = {
	"news", "commentary", "photo", "weather", "ad", "banner", "other"
};

const char *
parse_kind_name(enum parse_kind k)
{
	return ((unsigned)k < PARSE_NKINDS ? parse_kind_names[k] : "other");
}

int
parse_kind_from_name(const char *name)
{
	int	i;

	for (i = 0; i < PARSE_NKINDS; i++) {
		if (strcmp(parse_kind_names[i], name) == 0)
			return (i);
	}
	return (-1);
}

const char *
parse_format_name(enum parse_format f)
{
	return (f == PARSE_MARKDOWN ? "markdown" : "raw");
}

enum parse_format
parse_detect_format(const char *s, size_t n)
{
	(void)s;
	(void)n;
	return (PARSE_RAW);
}

struct parse_page *
parse_page(const char *text, size_t len)
{
	struct parse_page	*pg = xcalloc(1, sizeof *pg);
	struct parse_article	*a;

	pg->format = parse_detect_format(text, len);
	pg->articles = a = xcalloc(1, sizeof *a);
	pg->narticles = 1;
	a->kind = PARSE_OTHER;
	a->kicker = xstrdup("");
	a->title = xstrdup("");
	a->subtitle = xstrdup("");
	a->byline = xstrdup("");
	a->continued_to = xstrdup("");
	a->continued_from = xstrdup("");
	a->paragraphs = xcalloc(1, sizeof *a->paragraphs);
	a->paragraphs[0] = xstrndup(text, len);
	a->nparagraphs = 1;
	return (pg);
}

void
parse_page_free(struct parse_page *pg)
{
	struct parse_article	*a;
	size_t			 i, j;

	if (pg == NULL)
		return;
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		free(a->kicker);
		free(a->title);
		free(a->subtitle);
		free(a->byline);
		free(a->continued_to);
		free(a->continued_from);
		for (j = 0; j < a->nparagraphs; j++)
			free(a->paragraphs[j]);
		free(a->paragraphs);
	}
	free(pg->articles);
	if (pg->weather != NULL) {
		free(pg->weather->today);
		free(pg->weather->tomorrow);
		free(pg->weather->wind);
		free(pg->weather);
	}
	free(pg);
}
