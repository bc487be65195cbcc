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
 * column, when most of those end a sentence (a column's lines end
 * mostly inside one) and when they hold at least half of its text.  Only
 * lines that run past the column and end a sentence, or are far wider
 * and end one inside, are wrapped: headings (a bold one's text twice
 * over), bylines and notes stay as they are.  If nearly every line is
 * parted from the next by a blank one, a single blank line parts nothing
 * but lines, and is left out; two or more part stories and are kept as
 * one.  Nothing is dropped but those blanks and the spaces a line is
 * wrapped at.
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
	int final_per_100; /* ... ending a sentence, per 100 of them */
	int long_per_100;  /* bytes of the page in them, per 100 */
	int probe_lines;   /* lines read for the first of them, at most */
	int blank_per_100; /* lines parted from the next by a blank, per
			      100, that make a single blank part nothing */
	int column;	   /* ems the paragraphs are wrapped to */
	int indent;	   /* ems of a paragraph's first-line indent */
} paras = { 30, 3, 75, 50, 32, 95, 20, 2 };

/*
 * A line's width in half ems (a Han character or a full-width mark is
 * two, ASCII one), its trailing spaces left out; in *final whether it
 * ends a sentence, and in *stops whether one ends in it (or NULL).
 */
static int
paras_measure(const char *s, size_t n, int *final, int *stops)
{
	uint32_t c = 0, last = 0, before = 0;
	size_t	 i = 0;
	int	 halves = 0, tail = 0;

	while (i < n) {
		i = parse_next(s, n, i, &c);
		if (parse_is_space(c)) {
			tail += c < 0x80 ? 1 : 2;
			continue;
		}
		halves += tail + (c < 0x80 ? 1 : 2);
		tail = 0;
		if (stops != NULL && parse_is_stop(last) && c >= 0x80)
			*stops = 1;
		before = last;
		last = c;
	}
	*final = parse_sentence_end(before, last);
	return (halves);
}

/* The end of the line that starts at s (its newline, or e). */
static const char *
paras_eol(const char *s, const char *e)
{
	const char *nl = memchr(s, '\n', (size_t)(e - s));

	return (nl != NULL ? nl : e);
}

/* Is the line from s to e blank (spaces, a form feed)? */
static int
paras_blank(const char *s, const char *e)
{
	for (; s < e; s++) {
		if (*s != ' ' && *s != '\t' && *s != '\f' && *s != '\r')
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
	size_t min_bytes = (size_t)paras.long_em * 2;
	int    final;

	for (; s < e; s = eol + (eol < e)) {
		eol = paras_eol(s, e);
		if ((size_t)(eol - s) < min_bytes ||
		    paras_measure(s, (size_t)(eol - s), &final, NULL) <
			paras.long_em * 2) {
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
		nfinal += final;
		inlong += (size_t)(eol - s) + 1;
	}
	return (nlong >= (size_t)paras.min_long &&
	    nfinal * 100 >= nlong * (size_t)paras.final_per_100 &&
	    inlong * 100 >= len * (size_t)paras.long_per_100);
}

/*
 * Line s (n bytes) wrapped to the column, a newline after each line: the
 * first is indented two ems, unless it is already.  A break goes before a
 * character that would run past the column, but not before a pause or a
 * mark that closes (it hangs at the line's end) nor inside a Latin word
 * or a number; spaces at a break are dropped, so no line opens on one
 * (which would read as an indent).
 */
static void
paras_wrap(struct buf *out, const char *s, size_t n)
{
	size_t	 i = 0, at, start = 0;
	uint32_t c, prev = 0;
	int	 halves = 0, w;
	int	 room = (paras.column - paras.indent) * 2;

	if (n > 0 && s[0] != ' ' && s[0] != '\t' &&
	    !(n >= 3 && memcmp(s, "\u3000", 3) == 0))
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
		    !(c < 0x80 && prev < 0x80 && isalnum((int)c) &&
			isalnum((int)prev))) {
			buf_add(out, s + start, at - start);
			buf_addc(out, '\n');
			for (start = at; start < n && s[start] == ' '; start++)
				;
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

char *
parse_paras_columns(const char *text, size_t len, size_t *outlen)
{
	struct buf  out = BUF_INIT;
	const char *s, *e = text + len, *eol;
	size_t	    lines = 0, spaced = 0, blanks = 0;
	int	    squeeze, final, stops, w;

	/* Is nearly every line parted from the next by a blank one? */
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
	    spaced * 100 >= (lines - 1) * (size_t)paras.blank_per_100;

	buf_reserve(&out, len + len / 8 + 1);
	for (s = text; s < e; s = eol + (eol < e)) {
		eol = paras_eol(s, e);
		if (paras_blank(s, eol)) {
			blanks++;
			if (!squeeze)
				buf_add(&out, s, (size_t)(eol - s + (eol < e)));
		} else {
			if (squeeze && blanks >= 2)
				buf_addc(&out, '\n');
			blanks = 0;
			stops = 0;
			w = paras_measure(s, (size_t)(eol - s), &final, &stops);
			if (w > paras.column * 2 &&
			    (final || (stops && w >= paras.long_em * 2)))
				paras_wrap(&out, s, (size_t)(eol - s));
			else
				buf_add(&out, s, (size_t)(eol - s + (eol < e)));
		}
	}
	buf_addc(&out, '\0');
	out.len--;
	if (outlen != NULL)
		*outlen = out.len;
	return (buf_detach(&out));
}
