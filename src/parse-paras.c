/*
 * The paragraphs front end: text set one paragraph to a line, as a web
 * page's text, a word processor's or an extractor that rebuilds
 * paragraphs gives it, made into text wrapped to a column, as plain
 * `pdftotext` gives a page and as the rest of the parser reads it.
 *
 * Such a page has no column to measure: its lines are as long as its
 * paragraphs, so a short paragraph looks like a heading beside the long
 * ones and nothing tells one paragraph's end from the next one's start.
 * Wrapped to a column, each paragraph's first line indented two ems (as
 * an extractor that keeps indents sets it) and its last line short where
 * it ends, it shows both again.
 *
 * A page is read so when many of its lines are far wider than any
 * column, when most of those end as a paragraph does (a column's lines
 * end mostly inside a sentence) and when they hold at least half of its
 * text.  Only a paragraph's lines (paras_measure()) are set in the
 * column: headings, a bold one's text twice over, bylines and notes stay
 * as they are.  If nearly every line is parted from the next by a blank
 * one, a single blank line parts nothing but lines, and is left out; two
 * or more part stories and are kept as one.  Nothing is dropped but
 * those blanks, a paragraph's trailing spaces and the spaces it is
 * wrapped at; nothing is added but its indent.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"

#include "parse-int.h"

/* The thresholds, in one place. */
static const struct {
	int long_em;	   /* a line this many ems wide or wider is a
			      paragraph's, wider than any column */
	int min_long;	   /* such lines on the page, at least */
	int final_per_100; /* ... ending one, per 100 of them */
	int long_per_100;  /* bytes of the page in them, per 100 */
	int probe_lines;   /* lines read for the first of them, at most */
	int blank_per_100; /* lines parted from the next by a blank, per
			      100, that make a single blank part nothing */
	int column;	   /* ems the paragraphs are wrapped to */
	int indent;	   /* ems of a paragraph's first-line indent */
} paras = { 30, 3, 75, 50, 32, 80, 20, 2 };

/* What paras_measure() finds of a line. */
struct paras_line {
	int halves; /* width in half ems, trailing spaces left out */
	int ends;   /* ends as a paragraph may: a stop, or a mark that
			closes (”, ）, ；, ：) */
	int para;   /* is a paragraph's (see paras_measure()) */
};

/* Does c end a paragraph as well as a stop does (；, ：, a closer)? */
static int
paras_closes(uint32_t c)
{
	return (parse_is_closer(c) || c == 0xff1b || c == 0xff1a);
}

/*
 * Measures line s (n bytes).  A line is a paragraph's when it ends a
 * sentence, or ends on ；, ： or a closing mark with a pause or a full
 * stop before it, or is wider than any column with a full stop inside it.
 * A line short of that width that only exclaims or asks (澄湖的水为什么
 * 清了？答案在这里！) is a heading's; so is a bold heading's text twice
 * over, whose marks come in pairs (湖滨街道湖滨街道：：…) and which has no
 * full stop, and a line in brackets short of that width (a byline: （记者
 * 王强、李明）, a sign-off).
 */
static void
paras_measure(const char *s, size_t n, struct paras_line *pl)
{
	uint32_t c = 0, last = 0, before = 0, first = 0;
	size_t	 i = 0;
	int	 tail = 0, inner = 0, periods = 0, doubled = 0, stop, wide;

	pl->halves = 0;
	while (i < n) {
		i = parse_next(s, n, i, &c);
		if (parse_is_space(c)) {
			tail += c < 0x80 ? 1 : 2;
			continue;
		}
		pl->halves += tail + (c < 0x80 ? 1 : 2);
		tail = 0;
		/* Pauses and full stops before this mark: inside the line. */
		if ((parse_is_sentence_punct(last) && last != 0xff01 &&
			last != 0xff1f) ||
		    last == ',' || last == ';')
			inner++;
		periods += last == 0x3002;
		doubled |= c == last &&
		    (parse_is_sentence_punct(c) || parse_is_closer(c));
		if (first == 0)
			first = c;
		before = last;
		last = c;
	}
	wide = pl->halves >= paras.long_em * 2;
	/* A full stop after Chinese text ends a sentence too (中文.). */
	stop = parse_sentence_end(before, last) ||
	    (last == '.' && parse_is_cjk(before));
	pl->ends = stop || paras_closes(last);
	if ((doubled && periods == 0 && last != 0x3002) ||
	    ((first == 0xff08 || first == '(') && !wide)) {
		pl->para = 0;
		return;
	}
	pl->para = (stop &&
		       (inner > 0 || last == 0x3002 || last == 0x2026 ||
			   parse_is_closer(last) || wide)) ||
	    (paras_closes(last) && inner > 0) ||
	    (inner > 0 && periods > 0 && wide);
}

/* The end of the line that starts at s (its newline, or e). */
static const char *
paras_eol(const char *s, const char *e)
{
	const char *nl = memchr(s, '\n', (size_t)(e - s));

	return (nl != NULL ? nl : e);
}

/* Is the line from s to e blank: spaces only (no form feed)? */
static int
paras_blank(const char *s, const char *e)
{
	size_t	 i = 0, n = (size_t)(e - s);
	uint32_t c;

	while (i < n) {
		i = parse_next(s, n, i, &c);
		if (!parse_is_space(c) && c != '\r')
			return (0);
	}
	return (1);
}

int
parse_paras_detect(const char *text, size_t len)
{
	const char *s = text, *e = text + len, *eol;
	size_t	    nlong = 0, nfinal = 0, inlong = 0, other = 0, seen = 0;
	/* No line of fewer bytes is long_em wide (ASCII: two to an em). */
	size_t		  min_bytes = (size_t)paras.long_em * 2;
	struct paras_line pl;

	for (; s < e; s = eol + (eol < e)) {
		eol = paras_eol(s, e);
		if ((size_t)(eol - s) >= min_bytes)
			paras_measure(s, (size_t)(eol - s), &pl);
		if ((size_t)(eol - s) < min_bytes ||
		    pl.halves < paras.long_em * 2) {
			other += (size_t)(eol - s) + 1;
			/*
			 * Most pages stop here, a few lines in (no paragraph
			 * yet) or half-way through.
			 */
			if ((nlong == 0 &&
				++seen >= (size_t)paras.probe_lines) ||
			    other * 100 >
				len * (size_t)(100 - paras.long_per_100))
				return (0);
			continue;
		}
		nlong++;
		nfinal += pl.ends;
		inlong += (size_t)(eol - s) + 1;
	}
	return (nlong >= (size_t)paras.min_long &&
	    nfinal * 100 >= nlong * (size_t)paras.final_per_100 &&
	    inlong * 100 >= len * (size_t)paras.long_per_100);
}

/*
 * Paragraph s (n bytes, its trailing spaces left out) set in the column,
 * a newline after each line: its first line indented two ems, unless it
 * is already.  A break goes before a character that would run past the
 * column, but not before a pause or a mark that closes (it hangs at the
 * line's end) nor inside a run of Latin letters, figures and marks (a
 * word, 35.8, a web address); spaces at a break are dropped, so no line
 * opens on one (which would read as an indent).  Not reflow_paragraph():
 * it sets text for the screen and pushes a character down with the mark,
 * so its lines fall short of the column, and the reader ends a paragraph
 * at a short line that ends a sentence.
 */
static void
paras_wrap(struct buf *out, const char *s, size_t n)
{
	size_t	 i = 0, at, start = 0;
	uint32_t c, prev = 0;
	int	 halves = 0, w;
	int	 room = (paras.column - paras.indent) * 2;

	if (parse_next(s, n, 0, &c) > 0 && !parse_is_space(c))
		buf_adds(out, "\u3000\u3000");
	else
		room = paras.column * 2;
	while (i < n) {
		at = i;
		i = parse_next(s, n, i, &c);
		w = c < 0x80 ? 1 : 2;
		if (halves + w > room && at > start &&
		    !(parse_is_closer(c) || parse_is_stop(c) ||
			parse_is_sentence_punct(c) || c == ',' || c == ';' ||
			c == ':') &&
		    !(c < 0x80 && prev != 0 && prev < 0x80 && c != ' ' &&
			prev != ' ')) {
			buf_add(out, s + start, at - start);
			buf_addc(out, '\n');
			for (start = at; start < n; start = i) {
				i = parse_next(s, n, start, &c);
				if (!parse_is_space(c))
					break;
			}
			i = start;
			halves = 0;
			room = paras.column * 2;
			prev = 0;
			continue;
		}
		halves += w;
		prev = c;
	}
	buf_add(out, s + start, n - start);
	buf_addc(out, '\n');
}

/* Does the page set a byline or a credit after ■ (■记者 王强)? */
static int
paras_square_bylines(const char *text, size_t len)
{
	const char	 *q = text, *e = text + len;
	struct paras_line pl;

	while (
	    (q = parse_memmem(q, (size_t)(e - q), "■", strlen("■"))) != NULL) {
		if (q == text || q[-1] == '\n') {
			paras_measure(q, (size_t)(paras_eol(q, e) - q), &pl);
			if (pl.halves < paras.column * 2 && !pl.ends)
				return (1);
		}
		q += strlen("■");
	}
	return (0);
}

char *
parse_paras_columns(const char *text, size_t len, size_t *outlen)
{
	struct buf	  out = BUF_INIT;
	const char	 *s, *e = text + len, *eol, *t;
	size_t		  lines = 0, spaced = 0, blanks = 0;
	struct paras_line pl;
	int		  squeeze;

	/*
	 * Is nearly every line parted from the next by a blank one?  Not on
	 * a page that marks its bylines with ■, whose papers part each
	 * paragraph so (parse_flow_detect()); a ■ that opens a paragraph is
	 * a list's.
	 */
	for (s = text; s < e; s = eol + (eol < e)) {
		eol = paras_eol(s, e);
		if (paras_blank(s, eol))
			blanks++;
		else {
			spaced += lines > 0 && blanks > 0;
			lines++;
			blanks = 0;
		}
	}
	blanks = 0;
	squeeze = lines > 1 &&
	    spaced * 100 >= (lines - 1) * (size_t)paras.blank_per_100 &&
	    !paras_square_bylines(text, len);

	buf_reserve(&out, len + len / 8 + 1);
	for (s = text; s < e; s = eol + (eol < e)) {
		eol = paras_eol(s, e);
		if (paras_blank(s, eol)) {
			blanks++;
			if (!squeeze)
				buf_add(&out, s, (size_t)(eol - s + (eol < e)));
			continue;
		}
		if (squeeze && blanks >= 2)
			buf_addc(&out, '\n');
		blanks = 0;
		/* A page's form feeds stay at the head of its first line. */
		for (t = s; t < eol && *t == '\f'; t++)
			buf_addc(&out, '\f');
		paras_measure(t, (size_t)(eol - t), &pl);
		if (!pl.para) {
			buf_add(&out, t, (size_t)(eol - t + (eol < e)));
			continue;
		}
		while (eol > t &&
		    (eol[-1] == ' ' || eol[-1] == '\t' || eol[-1] == '\r'))
			eol--;
		paras_wrap(&out, t, (size_t)(eol - t));
		eol = paras_eol(eol, e);
	}
	buf_addc(&out, '\0');
	out.len--;
	if (outlen != NULL)
		*outlen = out.len;
	return (buf_detach(&out));
}
