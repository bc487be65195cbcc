/*
 * What an import makes of a parsed page for the store: its articles,
 * tagged with the topic rules, and its weather, in the store's own plain
 * structs.  Tagging (and anything else that reads an article) happens
 * here, before the store is called: the store only stores.
 */
#ifndef KANBAO_IMPORT_H
#define KANBAO_IMPORT_H

#include <stddef.h>

#include "kanbao/parse.h"
#include "kanbao/store.h"
#include "kanbao/topic.h"

/* A page for the store: content points at the other fields. */
struct import_page {
	struct store_page_content content;  /* for store_put() */
	struct store_article_in	 *articles; /* one per parsed article */
	struct store_weather_in	  weather;
	struct store_tag	  tags[STORE_TOPIC_MAX]; /* ts's topics */
};

/*
 * The topics of ts as the store records them, into tags (names and labels
 * borrowed from ts); returns how many (at most STORE_TOPIC_MAX).
 */
size_t import_tags(const struct topic_set *ts, struct store_tag *tags);
/*
 * Fills p with pg's articles tagged with ts and its weather, p->content
 * ready for store_put().  Strings are borrowed from pg and ts, which must
 * outlive p; free p's arrays with import_page_clear().
 */
void import_page_make(struct import_page *p, const struct parse_page *pg,
    const struct topic_set *ts);
void import_page_clear(struct import_page *);

/* store_put() of the page in (its text) parsed as pg, tagged with ts. */
int import_put(struct store *, const struct store_page_in *in,
    const struct parse_page *pg, const struct topic_set *ts,
    struct store_put_out *out, char **cause);
/* The same, saying only what it did and how many articles the page has. */
int import_put_page(struct store *, const struct store_page_in *in,
    const struct parse_page *pg, const struct topic_set *ts,
    enum store_put_result *result, size_t *narticles, char **cause);

#endif
