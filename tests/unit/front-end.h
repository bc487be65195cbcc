/*
 * What the unit tests of a front end that rewrites a page as text whose
 * columns follow one another (-layout, a paragraph to a line) share.
 * Include it after <stdlib.h>, <string.h> and <cmocka.h>.
 */
#ifndef TESTS_UNIT_FRONT_END_H
#define TESTS_UNIT_FRONT_END_H

/* A front end's rewrite: parse_layout_columns(), parse_paras_columns(). */
typedef char *front_end_fn(const char *, size_t, size_t *);

/* Checks that rewrite reads s as want, with want's length. */
static inline void
assert_rewrites(front_end_fn *rewrite, const char *s, const char *want)
{
	size_t	 len = 0;
	char	*got = rewrite(s, strlen(s), &len);

	assert_string_equal(got, want);
	assert_int_equal(len, strlen(want));
	free(got);
}

#endif
