/*
 * fuzz-pinyin: the jump prompt's matcher.  The input is untrusted bytes
 * as typed at the prompt (digits, punctuation, invalid UTF-8) and a
 * headline: the query up to the first NUL byte, the text after it.
 *
 * Checks: a match lies inside the text and on character boundaries; the
 * code path (pinyin_encode, pinyin_match_codes) agrees with itself on
 * where a pinyin match starts and ends.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/pinyin.h"
#include "kanbao/text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pinyin_query	 q;
	const uint8_t		*nul;
	uint16_t		 code[PINYIN_TEXT_MAX];
	size_t			 offs[PINYIN_TEXT_MAX + 1];
	size_t			 qlen, len, off, mlen, n, first, end, i;
	char			*typed, *text;

	nul = memchr(data, '\0', size);
	qlen = nul != NULL ? (size_t)(nul - data) : size;
	typed = malloc(qlen + 1);
	memcpy(typed, data, qlen);
	typed[qlen] = '\0';
	/* The reader matches sanitised text only. */
	text = nul != NULL ? text_sanitize((const char *)nul + 1,
	    size - qlen - 1, &len) : text_sanitize("", 0, &len);

	pinyin_query_init(&q, typed);
	if (q.nletters > PINYIN_QUERY_MAX || strlen(q.text) > PINYIN_QUERY_MAX)
		abort();
	for (i = 0; i < q.nletters; i++) {
		if (!((q.letters[i] >= 'a' && q.letters[i] <= 'z') ||
		    (q.letters[i] >= '0' && q.letters[i] <= '9')))
			abort();	/* letters are a-z 0-9 */
	}
	if (pinyin_match(&q, text, len, &off, &mlen)) {
		if (off > len || mlen > len - off)
			abort();	/* outside the text */
		if ((off < len && ((unsigned char)text[off] & 0xc0) == 0x80) ||
		    (off + mlen < len &&
		    ((unsigned char)text[off + mlen] & 0xc0) == 0x80))
			abort();	/* a character cut in two */
	}
	n = pinyin_encode(text, len, code, offs, PINYIN_TEXT_MAX);
	if (n > PINYIN_TEXT_MAX)
		abort();
	for (i = 0; i < n; i++) {
		if (offs[i] >= offs[i + 1] || offs[i + 1] > len)
			abort();	/* offsets go forward, inside */
	}
	if (pinyin_match_codes(&q, code, n, &first, &end) &&
	    (first >= end || end > n))
		abort();
	free(typed);
	free(text);
	return (0);
}
