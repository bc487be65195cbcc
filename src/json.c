/*
 * JSON output helpers.  Strings are written as UTF-8 with only the escapes
 * JSON requires, so Chinese text stays readable in the output.
 */
#include <assert.h>
#include <stdio.h>

#include "kanbao/json.h"

void
json_string(struct buf *b, const char *s)
{
	const unsigned char	*p;
	char			 tmp[8];

	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addc(b, '"');
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
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
			if (*p < 0x20 || *p == 0x7f) {
				snprintf(tmp, sizeof tmp, "\\u%04x", *p);
				buf_adds(b, tmp);
			} else
				buf_addc(b, *p);
		}
	}
	buf_addc(b, '"');
}

void
json_strings(struct buf *b, char *const *v, size_t n)
{
	size_t	i;

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
