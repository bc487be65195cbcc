/*
 * An article as it is read: which parts it shows, in what order, with
 * what text.  The reader, kanbao show and kanbao export all lay an article
 * out from this one walk, so the three cannot disagree about what comes
 * first, what heads an untitled article or what a continuation says; each
 * only styles the parts its own way.
 */
#ifndef KANBAO_ARTICLE_H
#define KANBAO_ARTICLE_H

#include "kanbao/store.h"

enum article_part {
	ARTICLE_KICKER, /* 引题 */
	ARTICLE_TITLE,	/* 主题, else the kind's label (图片, 广告…) */
	ARTICLE_SUBTITLE, /* 副题 */
	ARTICLE_BYLINE,
	ARTICLE_BREAK,	       /* between the title block and the body */
	ARTICLE_BODY,	       /* one paragraph */
	ARTICLE_CONTINUED_TO,  /* the page it goes on to */
	ARTICLE_CONTINUED_FROM /* the page it comes from */
};

/*
 * Calls fn for each part of a in reading order, with its text (borrowed
 * from a; "" for ARTICLE_BREAK, the page for the continuations).  Empty
 * parts are skipped; the title part is always there.
 */
void article_each(const struct store_article *a,
    void (*fn)(enum article_part, const char *, void *), void *arg);

#endif
