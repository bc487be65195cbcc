/*
 * A strict reader of the XHTML that pdftotext -bbox-layout writes, and of
 * nothing else: a prologue (DOCTYPE, html, head with title and meta), then
 * body > doc > page > flow > block > line > word, each box with xMin yMin
 * xMax yMax, word text with the five XML entities and character
 * references.  It is not an XML parser: any other element, text outside a
 * word, a missing box, a second page or an unclosed element is refused with
 * the byte offset, so that what the layout front end reads is always what
 * poppler meant.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/pdf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "pdf-int.h"

/* The nesting the reader accepts, outermost first. */
enum pdf_xhtml_level {
	LV_NONE,
	LV_HTML,
	LV_BODY,
	LV_DOC,
	LV_PAGE,
	LV_FLOW,
	LV_BLOCK,
	LV_LINE,
	LV_WORD
};

static const char *pdf_xhtml_names[] = { "", "html", "body", "doc", "page",
	"flow", "block", "line", "word" };

struct pdf_xhtml {
	const char     *s;
	size_t		len;
	size_t		at;
	struct pdf_doc *doc;
	int		level;
	int		pages;
	char	      **cause;
};

static int
pdf_xhtml_fail(struct pdf_xhtml *x, const char *what)
{
	xasprintf(x->cause, "not pdftotext -bbox-layout output: %s at byte %zu",
	    what, x->at);
	return (-1);
}

/* Value of attribute name in the tag text [tag, end), or NULL. */
static int
pdf_xhtml_attr(const char *tag, size_t n, const char *name, double *v)
{
	size_t k = strlen(name), i;
	char   num[64];
	char  *end;

	for (i = 0; i + k + 2 < n; i++) {
		if ((tag[i] != ' ' && tag[i] != '\n' && tag[i] != '\t') ||
		    strncmp(tag + i + 1, name, k) != 0 ||
		    tag[i + 1 + k] != '=' || tag[i + 2 + k] != '"')
			continue;
		tag += i + k + 3;
		n -= i + k + 3;
		for (i = 0; i < n && tag[i] != '"'; i++)
			;
		if (i == n || i == 0 || i >= sizeof num)
			return (-1);
		memcpy(num, tag, i);
		num[i] = '\0';
		*v = strtod(num, &end);
		if (*end != '\0' || !isfinite(*v) || *v < -1e6 || *v > 1e6)
			return (-1);
		return (0);
	}
	return (-1);
}

static int
pdf_xhtml_box(struct pdf_xhtml *x, const char *tag, size_t n, struct pdf_box *b)
{
	if (pdf_xhtml_attr(tag, n, "xMin", &b->x0) != 0 ||
	    pdf_xhtml_attr(tag, n, "yMin", &b->y0) != 0 ||
	    pdf_xhtml_attr(tag, n, "xMax", &b->x1) != 0 ||
	    pdf_xhtml_attr(tag, n, "yMax", &b->y1) != 0)
		return (pdf_xhtml_fail(x, "a box without xMin/yMin/xMax/yMax"));
	if (b->x1 < b->x0 || b->y1 < b->y0)
		return (pdf_xhtml_fail(x, "an inside-out box"));
	return (0);
}

/* Does s (n bytes, not terminated) start with the string lit? */
static int
pdf_xhtml_is(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);

	return (n >= k && memcmp(s, lit, k) == 0);
}

/* Decodes the text of a word, up to its closing tag. */
static int
pdf_xhtml_text(struct pdf_xhtml *x, char **out)
{
	struct buf    b = BUF_INIT;
	const char   *s = x->s;
	char	      u[4], *end, *clean;
	unsigned long cp;
	size_t	      i, n;

	for (i = x->at; i < x->len && s[i] != '<'; i++) {
		if (s[i] != '&') {
			buf_addc(&b, (unsigned char)s[i]);
			continue;
		}
		if (pdf_xhtml_is(s + i, x->len - i, "&amp;"))
			buf_addc(&b, '&'), i += 4;
		else if (pdf_xhtml_is(s + i, x->len - i, "&lt;"))
			buf_addc(&b, '<'), i += 3;
		else if (pdf_xhtml_is(s + i, x->len - i, "&gt;"))
			buf_addc(&b, '>'), i += 3;
		else if (pdf_xhtml_is(s + i, x->len - i, "&quot;"))
			buf_addc(&b, '"'), i += 5;
		else if (pdf_xhtml_is(s + i, x->len - i, "&apos;"))
			buf_addc(&b, '\''), i += 5;
		else if (i + 2 < x->len && s[i + 1] == '#') {
			/* &#N; or &#xN;, read within the text's bounds. */
			int    hex = s[i + 2] == 'x' || s[i + 2] == 'X';
			size_t j = i + 2 + (size_t)hex, digits = 0;

			for (cp = 0; j < x->len && digits < 8; j++, digits++) {
				int d;

				if (s[j] >= '0' && s[j] <= '9')
					d = s[j] - '0';
				else if (hex && s[j] >= 'a' && s[j] <= 'f')
					d = s[j] - 'a' + 10;
				else if (hex && s[j] >= 'A' && s[j] <= 'F')
					d = s[j] - 'A' + 10;
				else
					break;
				cp = cp * (hex ? 16 : 10) + (unsigned long)d;
			}
			end = (char *)s + j;
			if (digits == 0 || j >= x->len || *end != ';' ||
			    cp == 0 || cp > 0x10ffff ||
			    (cp >= 0xd800 && cp <= 0xdfff)) {
				x->at = i;
				buf_free(&b);
				return (pdf_xhtml_fail(x,
				    "a bad character "
				    "reference"));
			}
			n = text_utf8_put(u, (uint32_t)cp);
			buf_add(&b, u, n);
			i = (size_t)(end - s);
		} else {
			x->at = i;
			buf_free(&b);
			return (pdf_xhtml_fail(x, "an unknown entity"));
		}
	}
	x->at = i;
	if (b.len == 0) {
		*out = xstrdup("");
		buf_free(&b);
		return (0);
	}
	clean = text_sanitize(b.data, b.len, &n);
	buf_free(&b);
	*out = clean;
	return (0);
}

/* Skips whitespace; text where only markup may be is refused. */
static int
pdf_xhtml_space(struct pdf_xhtml *x)
{
	while (x->at < x->len && strchr(" \t\r\n", x->s[x->at]) != NULL)
		x->at++;
	if (x->at < x->len && x->s[x->at] != '<')
		return (pdf_xhtml_fail(x, "text outside a word"));
	return (0);
}

/*
 * Room for one more of an array of n elements of size bytes: twice as
 * many at each power of two, not one more each time (a realloc that
 * copies would make a page of many words a square of them).
 */
static void *
pdf_xhtml_grow(void *v, size_t n, size_t size)
{
	if (n < 16 ? n == 0 : (n & (n - 1)) == 0)
		v = xreallocarray(v, n == 0 ? 16 : 2 * n, size);
	return (v);
}

/* The head: title and meta, their content is not needed. */
static int
pdf_xhtml_head(struct pdf_xhtml *x)
{
	const char *end;

	end = x->s + x->len;
	for (;;) {
		if (pdf_xhtml_space(x) != 0)
			return (-1);
		if (x->len - x->at >= 7 &&
		    strncmp(x->s + x->at, "</head>", 7) == 0) {
			x->at += 7;
			return (0);
		}
		if (x->len - x->at >= 7 &&
		    strncmp(x->s + x->at, "<title>", 7) == 0) {
			end = memchr(x->s + x->at, '\n', x->len - x->at);
			if (end == NULL || end - (x->s + x->at) < 15 ||
			    strncmp(end - 8, "</title>", 8) != 0)
				return (pdf_xhtml_fail(x, "a bad title"));
			x->at = (size_t)(end - x->s);
			continue;
		}
		if (x->len - x->at >= 6 &&
		    strncmp(x->s + x->at, "<meta ", 6) == 0) {
			end = memchr(x->s + x->at, '>', x->len - x->at);
			if (end == NULL || end[-1] != '/')
				return (pdf_xhtml_fail(x, "a bad meta"));
			x->at = (size_t)(end - x->s) + 1;
			continue;
		}
		return (pdf_xhtml_fail(x, "an unexpected element in head"));
	}
}

static int
pdf_xhtml_open(struct pdf_xhtml *x, int level, const char *tag, size_t n)
{
	struct pdf_doc	 *d = x->doc;
	struct pdf_block *bl;
	struct pdf_line	 *ln;
	struct pdf_word	 *w;
	struct pdf_box	  box;

	switch (level) {
	case LV_PAGE:
		if (++x->pages > 1)
			return (pdf_xhtml_fail(x, "a second page"));
		if (pdf_xhtml_attr(tag, n, "width", &d->width) != 0 ||
		    pdf_xhtml_attr(tag, n, "height", &d->height) != 0 ||
		    d->width <= 0 || d->height <= 0)
			return (pdf_xhtml_fail(x, "a page without a size"));
		break;
	case LV_BLOCK:
	case LV_LINE:
	case LV_WORD:
		if (pdf_xhtml_box(x, tag, n, &box) != 0)
			return (-1);
		if (level == LV_BLOCK) {
			d->blocks = pdf_xhtml_grow(d->blocks, d->nblocks,
			    sizeof *d->blocks);
			bl = &d->blocks[d->nblocks++];
			bl->box = box;
			bl->line = d->nlines;
			bl->nlines = 0;
			bl->flow = 0;
		} else if (level == LV_LINE) {
			d->lines = pdf_xhtml_grow(d->lines, d->nlines,
			    sizeof *d->lines);
			ln = &d->lines[d->nlines++];
			ln->box = box;
			ln->word = d->nwords;
			ln->nwords = 0;
			ln->block = d->nblocks - 1;
			d->blocks[d->nblocks - 1].nlines++;
		} else {
			if (d->nwords >= PDF_MAX_WORDS)
				return (pdf_xhtml_fail(x, "too many words"));
			d->words = pdf_xhtml_grow(d->words, d->nwords,
			    sizeof *d->words);
			w = &d->words[d->nwords++];
			w->box = box;
			w->text = NULL;
			d->lines[d->nlines - 1].nwords++;
			if (pdf_xhtml_text(x, &w->text) != 0)
				return (-1);
		}
		break;
	}
	return (0);
}

int
pdf_xhtml_read(const char *s, size_t len, struct pdf_doc *d, char **cause)
{
	struct pdf_xhtml x;
	const char	*tag, *end, *name;
	size_t		 n, k, flows = 0;
	int		 close, level, selfclose;

	memset(d, 0, sizeof *d);
	memset(&x, 0, sizeof x);
	x.s = s;
	x.len = len;
	x.doc = d;
	x.cause = cause;
	if (memchr(s, '\0', len) != NULL)
		return (pdf_xhtml_fail(&x, "a NUL byte"));
	if (len < 15 || strncmp(s, "<!DOCTYPE html ", 15) != 0)
		return (pdf_xhtml_fail(&x, "no XHTML DOCTYPE"));
	if ((end = memchr(s, '>', len)) == NULL)
		return (pdf_xhtml_fail(&x, "an unclosed DOCTYPE"));
	x.at = (size_t)(end - s) + 1;
	for (;;) {
		if (pdf_xhtml_space(&x) != 0)
			return (-1);
		if (x.at == len)
			break;
		tag = s + x.at;
		if ((end = memchr(tag, '>', len - x.at)) == NULL)
			return (pdf_xhtml_fail(&x, "an unclosed tag"));
		n = (size_t)(end - tag) + 1;
		close = tag[1] == '/';
		selfclose = end[-1] == '/';
		name = tag + 1 + close;
		k = strcspn(name, " \t\n/>");
		if (k == 4 && strncmp(name, "head", 4) == 0 && !close &&
		    x.level == LV_HTML) {
			x.at += n;
			if (pdf_xhtml_head(&x) != 0)
				return (-1);
			continue;
		}
		for (level = LV_HTML; level <= LV_WORD; level++) {
			if (strlen(pdf_xhtml_names[level]) == k &&
			    strncmp(name, pdf_xhtml_names[level], k) == 0)
				break;
		}
		if (level > LV_WORD || selfclose)
			return (pdf_xhtml_fail(&x, "an unexpected element"));
		if (close) {
			if (level != x.level)
				return (
				    pdf_xhtml_fail(&x, "a misplaced end tag"));
			x.level--;
			x.at += n;
			if (level == LV_HTML)
				break;
			continue;
		}
		if (level != x.level + 1)
			return (pdf_xhtml_fail(&x, "a misplaced element"));
		x.level = level;
		x.at += n;
		if (level == LV_FLOW)
			flows++;
		if (level == LV_BLOCK) {
			if (pdf_xhtml_open(&x, level, tag, n) != 0)
				return (-1);
			d->blocks[d->nblocks - 1].flow = flows - 1;
			continue;
		}
		if (pdf_xhtml_open(&x, level, tag, n) != 0)
			return (-1);
		if (level == LV_WORD) {
			/* The text was read: its end tag comes next. */
			if (len - x.at < 7 ||
			    strncmp(s + x.at, "</word>", 7) != 0)
				return (pdf_xhtml_fail(&x, "markup in a word"));
			x.at += 7;
			x.level--;
		}
	}
	if (x.level != LV_NONE)
		return (pdf_xhtml_fail(&x, "an unclosed element"));
	if (pdf_xhtml_space(&x) != 0)
		return (-1);
	if (x.at != len)
		return (pdf_xhtml_fail(&x, "text after the end"));
	if (x.pages != 1)
		return (pdf_xhtml_fail(&x, "no page"));
	return (0);
}

void
pdf_doc_free(struct pdf_doc *d)
{
	size_t i;

	for (i = 0; i < d->nwords; i++)
		free(d->words[i].text);
	free(d->words);
	free(d->lines);
	free(d->blocks);
	memset(d, 0, sizeof *d);
}
