/*
 * The parts of an article in reading order (see article.h).  Pure: no
 * store queries, no layout; the callers reflow and style.
 */
#include "kanbao/article.h"

void
article_each(const struct store_article *a,
    void (*fn)(enum article_part, const char *, void *), void *arg)
{
	size_t i;

	if (*a->kicker != '\0')
		fn(ARTICLE_KICKER, a->kicker, arg);
	/* An untitled article is headed by what it is: 图片, 广告, 天气… */
	fn(ARTICLE_TITLE,
	    *a->title != '\0' ? a->title : parse_kind_label(a->kind), arg);
	if (*a->subtitle != '\0')
		fn(ARTICLE_SUBTITLE, a->subtitle, arg);
	if (*a->byline != '\0')
		fn(ARTICLE_BYLINE, a->byline, arg);
	fn(ARTICLE_BREAK, "", arg);
	for (i = 0; i < a->nparagraphs; i++)
		fn(ARTICLE_BODY, a->paragraphs[i], arg);
	if (*a->continued_to != '\0')
		fn(ARTICLE_CONTINUED_TO, a->continued_to, arg);
	else if (*a->continued_from != '\0')
		fn(ARTICLE_CONTINUED_FROM, a->continued_from, arg);
}
