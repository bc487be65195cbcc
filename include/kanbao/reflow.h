/*
 * Reflow: lays out a paragraph in lines of a given number of terminal
 * columns, with Chinese line-breaking rules.  Both the command line
 * (kanbao show --width N) and the reader use it, so they show the same lines.
 */
#ifndef KANBAO_REFLOW_H
#define KANBAO_REFLOW_H

#include <stddef.h>

struct reflow_line {
	size_t off;    /* offset of the line's first byte in text */
	size_t len;    /* bytes, trailing spaces excluded */
	int    width;  /* columns, indent included */
	int    indent; /* blank columns before the text (first line) */
};

/*
 * Lays out text (len bytes of UTF-8) in lines of at most width columns, the
 * first line indented by indent blank columns.  Returns the number of lines
 * and sets *lines to them (caller frees; NULL when there are none, as for
 * empty or all-space text).
 *
 * A width below 1 is taken as 1.  The indent counts in the width; it is
 * dropped when the line could not hold it plus one wide character.  No line
 * is wider than width, except a lone grapheme cluster wider than the width
 * itself (a Chinese character at width 1), which gets a line of its own.
 *
 * Spaces at a break are dropped; a newline in the text forces a break and is
 * dropped as well.  Everything else is kept, in order: the lines together
 * are the text.
 */
size_t reflow_paragraph(const char *text, size_t len, int width, int indent,
    struct reflow_line **lines);

/*
 * The same lines as one string, '\n' between lines and the indent written
 * as spaces (one per column).  Returns a new string (caller frees), "" for
 * empty text.
 */
char *reflow_text(const char *text, size_t len, int width, int indent);

#endif
