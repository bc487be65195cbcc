/*
 * fuzz-pdf: bytes in as the XHTML pdftotext -bbox-layout writes, through
 * the strict reader and the layout front end.
 *
 * Checks beyond "no crash, no leak": a refusal says why; a page read has
 * its text; every string of every article is clean text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/parse.h"
#include "kanbao/pdf.h"
#include "kanbao/text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_clean(const char *s)
{
	size_t	 n = strlen(s), m;
	char	*c;

	c = text_sanitize(s, n, &m);
	if (m != n || memcmp(c, s, n) != 0)
		abort();	/* the layout made unclean text */
	free(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parse_page	*pg;
	struct parse_article	*a;
	char			*text = NULL, *cause = NULL;
	size_t			 len, i, j;
	int			 nowords;

	pg = pdf_layout_parse((const char *)data, size, NULL, &text, &len,
	    &nowords, &cause);
	if (pg == NULL) {
		if (!nowords && (cause == NULL || *cause == '\0'))
			abort();	/* a refusal always says why */
		free(cause);
		free(text);
		return (0);
	}
	if (text == NULL || strlen(text) != len)
		abort();
	fuzz_clean(text);
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		fuzz_clean(a->kicker);
		fuzz_clean(a->title);
		fuzz_clean(a->subtitle);
		fuzz_clean(a->byline);
		fuzz_clean(a->continued_to);
		for (j = 0; j < a->nparagraphs; j++)
			fuzz_clean(a->paragraphs[j]);
	}
	parse_page_free(pg);
	free(text);
	return (0);
}
