/*
 * The reader's config file, $XDG_CONFIG_HOME/kanbao/config (else
 * ~/.config/kanbao/config), format in kanbao(5):
 *
 *	# comment
 *	theme dark
 *	bind J next-unread
 *	width-cap 72
 *	indent 4
 *	pinyin on
 *	mark-read 2
 *	fullwidth-punct on
 *
 * The model only: what the settings are and how a key name maps to a
 * reader command.  The view applies them.
 */
#ifndef KANBAO_CONFIG_H
#define KANBAO_CONFIG_H

#include <stddef.h>

#include "kanbao/view.h"

/* Longest key name a binding holds ("Backspace", one UTF-8 character). */
#define CONFIG_KEY_MAX 16

/* One bind line: the key (a key table name) and what it now does. */
struct config_bind {
	char	      key[CONFIG_KEY_MAX];
	enum view_cmd cmd; /* VIEW_CMD_NONE: unbound */
	size_t	      seq; /* line order (reading) */
};

struct config {
	char		   *theme;     /* NULL: the default theme */
	int		    width_cap; /* article text width; 0: none */
	int		    indent;    /* first-line indent, columns */
	int		    pinyin;    /* jump matches pinyin */
	int		    mark_read; /* seconds shown; -1: off */
	int		    punct;     /* full-width punctuation */
	struct config_bind *binds;     /* by key, unique */
	size_t		    nbinds;
	char		   *error; /* why the file was not used */
};

/* Seconds an article is shown in the article pane before it is read. */
#define CONFIG_MARK_READ 2

/*
 * Defaults: the built-in theme, no width cap, VIEW_INDENT, pinyin on,
 * mark-read CONFIG_MARK_READ.
 */
struct config *config_default(void);
/*
 * Reads settings from text (len bytes; file names it in messages) over the
 * defaults.  NULL with *cause set ("FILE:LINE: what is wrong", caller
 * frees) at the first bad line: a half-read config is never used.
 */
struct config *config_parse(const char *file, const char *text, size_t len,
    char **cause);
/*
 * Reads settings from text over the defaults, skipping bad lines: *cause
 * names the first ("FILE:LINE: what is wrong", and how many more; caller
 * frees) or is NULL when every line was good.  NULL only when text is not
 * text at all (a NUL byte), with *cause set.
 */
struct config *config_read(const char *file, const char *text, size_t len,
    char **cause);
/*
 * Reads the file at path as config_read() does.  NULL with *cause set if
 * it cannot be read.
 */
struct config *config_load(const char *path, char **cause);
void	       config_free(struct config *);
/* A copy of cfg (NULL: the defaults) without its error; caller frees. */
struct config *config_dup(const struct config *cfg);
/*
 * Applies one config line ("width-cap 72") to cfg, as the reader's :set
 * does.  -1 with *cause set (caller frees) if it is wrong.
 */
int config_set(struct config *cfg, const char *line, char **cause);

/*
 * The user's config file path (caller frees; NULL when neither
 * XDG_CONFIG_HOME nor HOME is set).
 */
char *config_user_path(void);
/*
 * The settings in force: the user's file, or the defaults when there is
 * none.  Never NULL: bad lines are skipped (the rest applies) and error
 * says which, for the status line; an unreadable file gives the defaults
 * and error says why.
 */
struct config *config_user(void);

/* The command of the action called name (view_commands), or -1. */
int config_action_find(const char *name);
/* The name of the action cmd runs, or NULL. */
const char *config_action_name(enum view_cmd);
/*
 * The command cfg binds key name to: 1 and *cmd set if a bind line names
 * the key, 0 if the key table decides.
 */
int config_key(const struct config *, const char *key, enum view_cmd *cmd);

#endif
