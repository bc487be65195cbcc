/*
 * fuzz-theme: theme files through theme_parse().  Checks: a refusal names
 * the file and line ("FILE:LINE: ..."); an accepted theme has every
 * element's colours in range (0-255 or THEME_DEFAULT) and only known
 * attribute bits, since ui-theme.c turns them into curses pairs unchecked.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/theme.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FUZZ_ATTRS (THEME_BOLD | THEME_DIM | THEME_UNDERLINE | \
	THEME_REVERSE | THEME_ITALIC | THEME_STANDOUT)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 once;
	struct theme	*t;
	char		*cause = NULL;
	int		 i;

	for (i = 0; !once && i < 256; i++) {
		if (theme_colour8(i) < 0 || theme_colour8(i) > 7)
			abort();	/* the 8-colour fallback is 0-7 */
	}
	once = 1;

	t = theme_parse("fuzz", "fuzz.theme", (const char *)data, size,
	    &cause);
	if (t == NULL) {
		if (cause == NULL || strncmp(cause, "fuzz.theme:", 11) != 0)
			abort();
		free(cause);
		return (0);
	}
	for (i = 0; i < THEME_NELEMS; i++) {
		const struct theme_style *st = &t->style[i];

		if (st->fg < THEME_DEFAULT || st->fg > 255 ||
		    st->bg < THEME_DEFAULT || st->bg > 255 ||
		    (st->attr & ~FUZZ_ATTRS) != 0)
			abort();
	}
	theme_free(t);
	return (0);
}
