/*
 * JSON output helpers.  Strings are written as valid UTF-8 (whatever they
 * held) with the escapes JSON requires and controls escaped, so Chinese
 * text stays readable in the output and nothing in it drives a terminal.
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "kanbao/json.h"
#include "kanbao/text.h"

void
json_string(struct buf *b, const char *s)
{
	uint32_t c;
	size_t	 n, len;
	char	 tmp[8];

	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addc(b, '"');
	for (n = strlen(s); n > 0; s += len, n -= len) {
		len = text_utf8_next(s, n, &c);
		switch (c) {
		case '"':
			buf_adds(b, "\\\"");
			break;
		case '\\':
			buf_adds(b, "\\\\");
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\t':
			buf_adds(b, "\\t");
			break;
		case '\r':
			buf_adds(b, "\\r");
			break;
		default:
			/*
			 * Controls (C0, DEL, C1) and the separators JavaScript
			 * takes for line ends are escaped; invalid bytes were
			 * read as U+FFFD, so the output is always UTF-8.
			 */
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
			    c == 0x2028 || c == 0x2029) {
				snprintf(tmp, sizeof tmp, "\\u%04x", c);
				buf_adds(b, tmp);
			} else
				buf_add(b, tmp, text_utf8_put(tmp, c));
		}
	}
	buf_addc(b, '"');
}

void
json_strings(struct buf *b, char *const *v, size_t n)
{
	size_t i;

	assert(v != NULL || n == 0);
	buf_addc(b, '[');
	for (i = 0; i < n; i++) {
		if (i != 0)
			buf_addc(b, ',');
		json_string(b, v[i]);
	}
	buf_addc(b, ']');
}

void
json_key(struct buf *b, const char *key, int first)
{
	assert(key != NULL);
	if (!first)
		buf_addc(b, ',');
	json_string(b, key);
	buf_addc(b, ':');
}
