/*
 * Typesetting Chinese text for display: the half-width punctuation a
 * PDF extractor or converter leaves between Chinese characters
 * (项目,目前  热线: 85087171(暑假)) shown as the full-width forms a
 * Chinese page uses (项目，目前  热线：85087171（暑假）).  The stored text
 * keeps the original; the reader, kanbao show and kanbao export apply
 * this when the config's fullwidth-punct setting is on.
 */
#ifndef KANBAO_TYPESET_H
#define KANBAO_TYPESET_H

#include <stddef.h>

/*
 * A copy of s (UTF-8) with , . : ; ? ! ( ) that touch Chinese text made
 * full-width, and the blanks beside them dropped.  Caller frees.
 */
char *typeset_punct(const char *s);

#endif
