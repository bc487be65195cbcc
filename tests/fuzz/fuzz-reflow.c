/*
 * fuzz-reflow: random text at random widths through reflow_paragraph(),
 * checking its promises (include/kanbao/reflow.h):
 *
 *  - no line is wider than asked, but a lone grapheme cluster wider than
 *    the whole width, on a line of its own;
 *  - a line's width is what text_width() measures, plus the indent, which
 *    only the first line has;
 *  - lines are in order and do not overlap, start and end on grapheme
 *    cluster boundaries and hold no newline;
 *  - nothing is lost: between and around the lines there are only the
 *    spaces and newlines dropped at breaks.
 *
 * Input: byte 0 the width (1-300), byte 1 the indent (0-7 asked), the
 * rest the text, sanitised as everything reflowed has been.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/reflow.h"
#include "kanbao/text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_only_breaks(const char *s, size_t from, size_t to)
{
	for (; from < to; from++) {
		if (s[from] != ' ' && s[from] != '\n')
			abort();	/* text lost between lines */
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reflow_line	*l;
	char			*text, *gb, *joined;
	size_t			 len, n, i, k, pos = 0;
	int			 width, indent, ind, w;

	if (size < 2)
		return (0);
	width = 1 + (int)((data[0] * 300U) / 256U);
	indent = data[1] % 8;
	text = text_sanitize((const char *)data + 2, size - 2, &len);
	n = reflow_paragraph(text, len, width, indent, &l);
	gb = malloc(len + 1);
	text_grapheme_breaks(text, len, gb);
	ind = indent + 2 > width ? 0 : indent;
	for (i = 0; i < n; i++) {
		if (l[i].off < pos || l[i].off + l[i].len > len)
			abort();	/* out of order or overlapping */
		fuzz_only_breaks(text, pos, l[i].off);
		if (l[i].len > 0 && (!gb[l[i].off] ||
		    (l[i].off + l[i].len < len && !gb[l[i].off + l[i].len])))
			abort();	/* a cluster cut in two */
		if (memchr(text + l[i].off, '\n', l[i].len) != NULL)
			abort();
		if (l[i].indent != (i == 0 ? ind : 0))
			abort();
		w = text_width(text + l[i].off, l[i].len) + l[i].indent;
		if (w != l[i].width)
			abort();	/* width misreported */
		if (w > width) {
			/* Only a lone cluster too wide for any line. */
			for (k = l[i].off + 1; k < l[i].off + l[i].len; k++) {
				if (gb[k])
					abort();
			}
			if (l[i].indent != 0)
				abort();
		}
		if (l[i].len > 0 && text[l[i].off + l[i].len - 1] == ' ')
			abort();	/* trailing space kept */
		pos = l[i].off + l[i].len;
	}
	fuzz_only_breaks(text, pos, len);
	if (n == 0)
		fuzz_only_breaks(text, 0, len);

	/* reflow_text() is the same lines. */
	joined = reflow_text(text, len, width, indent);
	for (i = 0, k = 0; i < n; i++) {
		if (i > 0 && joined[k++] != '\n')
			abort();
		for (w = 0; w < l[i].indent; w++) {
			if (joined[k++] != ' ')
				abort();
		}
		if (memcmp(joined + k, text + l[i].off, l[i].len) != 0)
			abort();
		k += l[i].len;
	}
	if (joined[k] != '\0')
		abort();
	free(joined);
	free(gb);
	free(l);
	free(text);
	return (0);
}
