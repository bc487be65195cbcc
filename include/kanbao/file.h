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
 * file_read() of a file that may not be there (a state file: history,
 * places): NULL with *cause NULL when there is no such file, NULL with
 * *cause set (naming the path) when it cannot be read.
 */
char *file_read_state(const char *path, size_t *len, char **cause);

/*
 * Reads a page file and decodes it with text_decode(): clean UTF-8 out,
 * the encoding it was in in *encoding.  NULL with *cause set on error.
 */
char *file_read_page(const char *path, size_t *len, const char **encoding,
    char **cause);

/*
 * Writes len bytes to path whole, through a temporary file beside it,
 * synced, then renamed over it, so that a crash (or a power cut) leaves
 * the old file or the new; the directories above it are made as needed.  -1 with *cause set (naming the path) on
 * failure.
 */
int file_write(const char *path, const char *data, size_t len, char **cause);

/*
 * The path of name in kanbao's data directory ($XDG_DATA_HOME/kanbao, else
 * ~/.local/share/kanbao); caller frees.  NULL when no home is known.
 */
char *file_data_path(const char *name);

#endif
