/*
 * Allocation that cannot fail, and fatal exits that restore the terminal.
 *
 * Every allocation in kanbao goes through these: running out of memory is not
 * an error a caller can handle, so they print a message and exit.  The reader
 * registers a hook (fatal_set_hook) that puts the terminal back first.
 */
#ifndef KANBAO_XMALLOC_H
#define KANBAO_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__) || defined(__clang__)
#define KANBAO_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define KANBAO_NORETURN	    __attribute__((noreturn))
#else
#define KANBAO_PRINTF(a, b)
#define KANBAO_NORETURN
#endif

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t);
void *xreallocarray(void *, size_t, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
int   xasprintf(char **, const char *, ...) KANBAO_PRINTF(2, 3);
int   xvasprintf(char **, const char *, va_list) KANBAO_PRINTF(2, 0);

/* Prints "kanbao: message" on stderr after running the hook, exits 1. */
void fatal(const char *, ...) KANBAO_PRINTF(1, 2) KANBAO_NORETURN;
/* The hook runs once, before fatal() prints; NULL removes it. */
void fatal_set_hook(void (*)(void));

#endif
