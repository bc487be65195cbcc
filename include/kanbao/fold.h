#ifndef KANBAO_FOLD_H
#define KANBAO_FOLD_H

#include <stddef.h>
#include <stdint.h>

/*
 * Traditional characters folded to simplified ones (報 to 报, 線 and 綫 to
 * 线), and corner quotes to curly ones (「」 to “”), for matching text in
 * either kind: search and jump.  Never for text a reader sees.  Both
 * forms are three bytes of UTF-8, so a fold keeps every offset into the
 * text.  The search index holds text folded: a change to what folds needs
 * a schema version that makes it again (src/fold.c).  The parser has its
 * own, narrower fold (parse_fold_plain()), which it can undo.
 */

/* c's simplified form, or c. */
uint32_t fold_char(uint32_t c);
/* Folds the n bytes at s in place; returns how many characters it folded. */
size_t fold_text(char *s, size_t n);
/* Would fold_text() change the n bytes at s? */
int fold_needed(const char *s, size_t n);
/*
 * The n bytes at s folded, in a new NUL-terminated copy (caller frees), or
 * NULL when there is nothing to fold: s serves as it is.
 */
char *fold_dup(const char *s, size_t n);
/* Are strings a and b the same, folded? */
int fold_equal(const char *a, const char *b);

#endif
