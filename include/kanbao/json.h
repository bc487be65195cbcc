/*
 * Writing JSON: strings escaped for any UTF-8 input.
 */
#ifndef KANBAO_JSON_H
#define KANBAO_JSON_H

#include "kanbao/buf.h"

/* Appends s as a JSON string literal (with quotes); NULL becomes null. */
void json_string(struct buf *, const char *);
/* Appends the n strings of v as a JSON array of strings. */
void json_strings(struct buf *, char *const *, size_t);
/* Appends "key": (with a leading comma when first is 0). */
void json_key(struct buf *, const char *, int first);

#endif
