/*
 * Reading whole files, and page files as clean UTF-8.
 */
#ifndef KANBAO_FILE_H
#define KANBAO_FILE_H

#include <stddef.h>

/* Largest file read: larger ones are refused rather than exhausting memory. */
#define FILE_MAX_SIZE (256U * 1024 * 1024)

/*
 * Reads a whole file ("-" is standard input).  Returns its bytes
 * (NUL-terminated, caller frees, length in *len) or NULL with *cause set
 * (caller frees) naming what went wrong, not the path.
 */
char *file_read(const char *path, size_t *len, char **cause);

/*
 * Reads a page file and decodes it with text_decode(): clean UTF-8 out,
 * the encoding it was in in *encoding.  NULL with *cause set on error.
 */
char *file_read_page(const char *path, size_t *len, const char **encoding,
    char **cause);

#endif
