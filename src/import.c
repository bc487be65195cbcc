/*
 * A parsed page made into what the store keeps (see import.h): each
 * article's topics matched here, once, as the import command parses the
 * page; the store then maps the topics to its own bits.
 *
 * Invariant: nothing here copies text: the store_*_in structs point into
 * the parse_page and the topic_set, which outlive them.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/import.h"
#include "kanbao/xmalloc.h"

size_t
import_tags(const struct topic_set *ts, struct store_tag *tags)
{
	size_t i, n = topic_set_count(ts);

	if (n > STORE_TOPIC_MAX)
		n = STORE_TOPIC_MAX;
	for (i = 0; i < n; i++) {
		tags[i].name = topic_set_name(ts, i);
		tags[i].label = topic_set_label(ts, i);
	}
	return (n);
}

void
import_page_make(struct import_page *p, const struct parse_page *pg,
    const struct topic_set *ts)
{
	const struct parse_article *a;
	struct store_article_in	   *o;
	size_t			    i;

	memset(p, 0, sizeof *p);
	p->content.tags = p->tags;
	p->content.ntags = import_tags(ts, p->tags);
	if (pg->narticles != 0)
		p->articles = xcalloc(pg->narticles, sizeof *p->articles);
	p->content.articles = p->articles;
	p->content.narticles = pg->narticles;
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		o = &p->articles[i];
		o->kind = a->kind;
		o->kicker = a->kicker;
		o->title = a->title;
		o->subtitle = a->subtitle;
		o->byline = a->byline;
		o->paragraphs = (const char *const *)a->paragraphs;
		o->nparagraphs = a->nparagraphs;
		o->continued_to = a->continued_to;
		o->continued_from = a->continued_from;
		o->tags = topic_match(ts, a);
	}
	if (pg->weather != NULL) {
		p->content.weather = &p->weather;
		p->weather.today = pg->weather->today;
		p->weather.tomorrow = pg->weather->tomorrow;
		p->weather.wind = pg->weather->wind;
		p->weather.high = pg->weather->high;
		p->weather.low = pg->weather->low;
		p->weather.has_high = pg->weather->has_high;
		p->weather.has_low = pg->weather->has_low;
	}
}

void
import_page_clear(struct import_page *p)
{
	free(p->articles);
	memset(p, 0, sizeof *p);
}

int
import_put(struct store *s, const struct store_page_in *in,
    const struct parse_page *pg, const struct topic_set *ts,
    struct store_put_out *out, char **cause)
{
	struct import_page p;
	int		   rc;

	import_page_make(&p, pg, ts);
	rc = store_put(s, in, &p.content, out, cause);
	import_page_clear(&p);
	return (rc);
}

int
import_put_page(struct store *s, const struct store_page_in *in,
    const struct parse_page *pg, const struct topic_set *ts,
    enum store_put_result *result, size_t *narticles, char **cause)
{
	struct store_put_out out;

	if (import_put(s, in, pg, ts, &out, cause) != 0)
		return (-1);
	*result = out.result;
	*narticles = out.narticles;
	return (0);
}
