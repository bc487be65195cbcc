/*
 * Markdown pages: explicit headings and paragraphs.  The cues of raw pages
 * still place bylines, photos, weather, ads, and the body text a converter
 * misplaced away from its heading.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

/* The draft that has a title but no body yet, oldest first, or -1. */
static int
parse_md_pending(struct parser *p)
{
	size_t i;

	for (i = 0; i < p->ndrafts; i++) {
		const struct draft *d = &p->drafts[i];

		if (d->title != NULL && d->nbody == 0 && !d->photo &&
		    d->kind == PARSE_NEWS && d->nhead == 0)
			return ((int)i);
	}
	return (-1);
}

static char *
parse_md_heading(const struct line *l)
{
	int dbl;

	return (parse_heading_text(l, &dbl));
}

/* The last line of the paragraph that line start opens: up to a blank. */
static size_t
parse_md_para_end(const struct parser *p, size_t start)
{
	while (start + 1 < p->nlines && p->lines[start + 1].cls == L_TEXT &&
	    !p->lines[start + 1].blank_before)
		start++;
	return (start);
}

/*
 * The paragraph of lines a to b broken by hand, none of which finishes a
 * sentence, has a short paragraph right under it that gives a number to
 * call: the last line of that paragraph, or b if not so.
 */
static size_t
parse_md_ad_name(struct parser *p, size_t a, size_t b)
{
	size_t k, end;
	char  *plain;
	int    ad;

	for (k = a; k <= b; k++) {
		if (!p->lines[k].hardbreak || p->lines[k].final ||
		    p->lines[k].stops > 0)
			return (b);
	}
	if (b + 1 >= p->nlines || p->lines[b + 1].cls != L_TEXT)
		return (b);
	end = parse_md_para_end(p, b + 1);
	plain = parse_join_plain(p, b + 1, end - b);
	ad = strlen(plain) < parse_tune.markdown.caption_max_bytes &&
	    parse_has_phone(plain) && parse_is_ad(plain, 1);
	free(plain);
	return (ad ? end : b);
}

/* Are the lines after line a and before line b all blank? */
static int
parse_md_blank_between(const struct parser *p, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k < b; k++) {
		if (p->lines[k].cls != L_BLANK)
			return (0);
	}
	return (a < b);
}

/*
 * Markdown: headings open articles (### under ## is a subtitle, a heading
 * over a more important one is its kicker); bylines follow headings; a
 * signature or an ad or weather box closes the article, and body text found
 * after that goes to a heading still waiting for its body (the converter
 * moved it), else back to the article before.
 */
void
parse_markdown(struct parser *p)
{
	struct draft *d = NULL;
	struct line  *l, *prevh = NULL;
	size_t	      i, start, end, ad_last = 0;
	int	      cur = -1, a, to, pending_byline = -1, ad = -1;
	char	      page[16], *plain;

	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->cls != L_HEADING && l->cls != L_BLANK)
			prevh = NULL;
		switch (l->cls) {
		case L_HEADING:
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (prevh != NULL && d != NULL && d->nbody == 0 &&
			    (parse_starts(l->s, l->len, "——") ||
				(l->level == prevh->level + 1 &&
				    l->level >= 3)) &&
			    d->subtitle == NULL) {
				d->subtitle = parse_md_heading(l);
				break;
			}
			if (prevh != NULL && d != NULL && d->nbody == 0 &&
			    l->level < prevh->level && d->kicker == NULL &&
			    d->subtitle == NULL) {
				d->kicker = d->title;
				d->title = parse_md_heading(l);
				prevh = l;
				break;
			}
			d = parse_add_draft(p, PARSE_NEWS);
			cur = (int)(d - p->drafts);
			d->title = parse_md_heading(l);
			prevh = l;
			if (pending_byline >= 0) {
				parse_push(&d->byline, &d->nbyline,
				    (size_t)pending_byline);
				pending_byline = -1;
			}
			break;
		case L_BYLINE:
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (l->signature) {
				a = cur >= 0 ? cur : (int)p->ndrafts - 1;
				if (a >= 0) {
					p->drafts[a].signed_commentary = 1;
					p->drafts[a].closed = 1;
					parse_push(&p->drafts[a].byline,
					    &p->drafts[a].nbyline, i);
				}
			} else if (d != NULL &&
			    (d->nbody == 0 || d->nbyline == 0) && !d->closed)
				parse_push(&d->byline, &d->nbyline, i);
			else
				pending_byline = (int)i;
			break;
		case L_CREDIT:
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (d == NULL || d->photo) {
				d = parse_add_draft(p, PARSE_PHOTO);
				cur = (int)(d - p->drafts);
			} else if (d->nbody > 1 && d->title != NULL &&
			    !d->photo) {
				/* The last paragraph is a caption of its own. */
				struct draft *c =
				    parse_add_draft(p, PARSE_PHOTO);

				d = &p->drafts[cur];
				parse_push(&c->body, &c->nbody,
				    d->body[--d->nbody]);
				cur = (int)(c - p->drafts);
				d = c;
			}
			d->photo = 1;
			d->closed = 1;
			parse_push(&d->byline, &d->nbyline, i);
			break;
		case L_CONT:
			if (!parse_cont_note(l->s, l->len, &to, page,
				sizeof page) ||
			    cur < 0)
				break;
			d = &p->drafts[cur];
			buf_truncate(to ? &d->cont_to : &d->cont_from, 0);
			buf_adds(to ? &d->cont_to : &d->cont_from, page);
			break;
		case L_TEXT:
			/* A paragraph: lines up to a blank or a heading. */
			start = i;
			i = parse_md_para_end(p, i);
			/*
			 * Lines broken by hand that finish no sentence, over
			 * a number to call set apart (澄湖市第一人民医院⏎互联
			 * 网医院上线⏎⏎咨询电话：…): an ad's name over its
			 * number, one ad.
			 */
			if ((end = parse_md_ad_name(p, start, i)) > i)
				i = end;
			plain = parse_join_plain(p, start, i - start + 1);
			if (parse_is_weather_text(plain) ||
			    parse_is_ad(plain,
				l->hardbreak ||
				    strlen(plain) < parse_tune.markdown
							.caption_max_bytes)) {
				/*
				 * An ad's further fields, only blank lines
				 * between (…地址：…⏎⏎招生热线：…): the same ad.
				 */
				if (ad >= 0 && !parse_is_weather_text(plain) &&
				    parse_md_blank_between(p, ad_last, start) &&
				    parse_ad_field(l)) {
					d = &p->drafts[ad];
					l->para = 1;
				} else
					d = parse_add_draft(p,
					    parse_is_weather_text(plain) ?
						PARSE_WEATHER :
						PARSE_AD);
				if (d->kind == PARSE_AD) {
					ad = (int)(d - p->drafts);
					ad_last = i;
				}
				if (d->kind == PARSE_WEATHER &&
				    p->weather == NULL)
					parse_weather(p, plain);
				for (; start <= i; start++)
					parse_push(&d->body, &d->nbody, start);
				free(plain);
				if (cur >= 0)
					p->drafts[cur].closed = 1;
				break;
			}
			free(plain);
			d = cur >= 0 ? &p->drafts[cur] : NULL;
			if (d != NULL && d->closed && !l->benbao) {
				a = parse_md_pending(p);
				if (a >= 0) {
					cur = a;
					p->drafts[a].orphan = 1;
				} else if (d->kind == PARSE_WEATHER ||
				    d->kind == PARSE_AD) {
					d = NULL;
				}
				if (d != NULL || a >= 0)
					d = &p->drafts[cur];
			} else if (d != NULL && l->benbao && d->nbody > 0) {
				/*
				 * A new article's start under no heading of its
				 * own: the heading still waiting for its body.
				 */
				d = NULL;
				if ((a = parse_md_pending(p)) >= 0) {
					cur = a;
					d = &p->drafts[a];
					d->orphan = 1;
				}
			}
			if (d == NULL) {
				d = parse_add_draft(p, PARSE_NEWS);
				cur = (int)(d - p->drafts);
			}
			for (; start <= i; start++)
				parse_push(&d->body, &d->nbody, start);
			break;
		default:
			break;
		}
	}
}
