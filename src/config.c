/*
 * The config file reader and the names of the reader's actions.
 *
 * A bad line is skipped and the rest of the file applies: one typo must
 * not throw away every setting.  The first bad line is named (file and
 * line) on the reader's status line, the next few by their numbers, and
 * how many more there were.
 * config_parse() is the strict form for checking a file whole.  A later
 * line wins over an earlier one (a second theme line, or a second bind
 * of the same key).
 *
 * Action names and key names in bind lines are the command table's own
 * (view-keys.c): one
 * printable character, or a name such as PgDn that the table uses.  Taking
 * them from the table means a key the ui learns to name can be bound
 * without an edit here.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kanbao/buf.h"
#include "kanbao/config.h"
#include "kanbao/file.h"
#include "kanbao/xmalloc.h"

#define CONFIG_WIDTH_MIN     10
#define CONFIG_WIDTH_MAX     1000
#define CONFIG_INDENT_MAX    16
#define CONFIG_MARK_READ_MAX 3600
#define CONFIG_BAD_NAMED     3 /* bad lines named after the first */

struct config *
config_default(void)
{
	struct config *cfg = xcalloc(1, sizeof *cfg);

	cfg->indent = VIEW_INDENT;
	cfg->pinyin = 1;
	cfg->mark_read = CONFIG_MARK_READ;
	cfg->punct = 1;
	return (cfg);
}

void
config_free(struct config *cfg)
{
	if (cfg == NULL)
		return;
	free(cfg->theme);
	free(cfg->binds);
	free(cfg->error);
	free(cfg);
}

int
config_action_find(const char *name)
{
	const struct view_command *c;

	for (c = view_commands; c->name != NULL || c->keys != NULL; c++) {
		if (c->name != NULL && strcmp(c->name, name) == 0)
			return ((int)c->cmd);
	}
	return (-1);
}

const char *
config_action_name(enum view_cmd cmd)
{
	const struct view_command *c = view_command_find(cmd);

	return (c != NULL ? c->name : NULL);
}

/* Bytes in the UTF-8 sequence that starts with byte c (1 if invalid). */
static size_t
config_utf8_len(unsigned char c)
{
	if (c >= 0xf0 && c < 0xf8)
		return (4);
	if (c >= 0xe0)
		return (3);
	if (c >= 0xc0)
		return (2);
	return (1);
}

/*
 * Whether key names a key the reader can tell apart: one printable
 * character, or a multi-character name from the key table (not the
 * mouse's).
 */
static int
config_key_valid(const char *key)
{
	const struct view_command *k;
	const char		  *p, *end;
	size_t			   len = strlen(key);

	if (len == 0 || len >= CONFIG_KEY_MAX)
		return (0);
	if (len == 1)
		return (key[0] > 0x20 && key[0] < 0x7f);
	if ((unsigned char)key[0] >= 0x80 &&
	    config_utf8_len((unsigned char)key[0]) == len)
		return (1);
	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (k->cmd == VIEW_CMD_MOUSE || k->keys == NULL)
			continue;
		for (p = k->keys; *p != '\0'; p = end + strspn(end, " ")) {
			end = p + strcspn(p, " ");
			if ((size_t)(end - p) == len &&
			    strncmp(p, key, len) == 0)
				return (1);
		}
	}
	return (0);
}

/* Reads "N" as a whole number in [min, max] into *v; 0 if it is not one. */
static int
config_number(const char *s, int min, int max, int *v)
{
	char *end;
	long  l;

	errno = 0;
	l = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || l < min || l > max)
		return (0);
	*v = (int)l;
	return (1);
}

/* Splits a line into at most max words; returns how many (max + 1: more). */
static size_t
config_split(char *line, char **argv, size_t max)
{
	size_t n = 0;
	char  *p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		/* A word starting with # starts a comment, but for the key
		 * of a bind line, so that # can be bound. */
		if (*p == '\0' ||
		    (*p == '#' && !(n == 1 && strcmp(argv[0], "bind") == 0)))
			break;
		if (n == max)
			return (max + 1);
		argv[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
	return (n);
}

/*
 * Binds are appended as read (the array doubling), then sorted by key and
 * line once the file is read (config_binds_finish), the last of each key
 * kept: 100,000 bind lines cost n log n, not n^2.
 */
static void
config_bind(struct config *cfg, const char *key, enum view_cmd cmd)
{
	size_t n = cfg->nbinds;

	if ((n & (n - 1)) == 0) /* 0, 1, 2, 4...: full */
		cfg->binds = xreallocarray(cfg->binds, n == 0 ? 1 : n * 2,
		    sizeof *cfg->binds);
	/* config_key_valid() has checked that it fits. */
	snprintf(cfg->binds[n].key, sizeof cfg->binds[n].key, "%s", key);
	cfg->binds[n].cmd = cmd;
	cfg->binds[n].seq = n;
	cfg->nbinds++;
}

static int
config_bind_cmp(const void *a, const void *b)
{
	const struct config_bind *x = a, *y = b;
	int			  d = strcmp(x->key, y->key);

	if (d != 0)
		return (d);
	return (x->seq < y->seq ? -1 : x->seq > y->seq);
}

/* Sorts the binds by key and keeps the last bind of each key. */
static void
config_binds_finish(struct config *cfg)
{
	size_t i, n = 0;

	if (cfg->nbinds == 0)
		return;
	qsort(cfg->binds, cfg->nbinds, sizeof *cfg->binds, config_bind_cmp);
	for (i = 0; i < cfg->nbinds; i++) {
		if (i + 1 < cfg->nbinds &&
		    strcmp(cfg->binds[i].key, cfg->binds[i + 1].key) == 0)
			continue; /* a later line binds it again */
		cfg->binds[n++] = cfg->binds[i];
	}
	cfg->nbinds = n;
}

/* Applies one line (already split); -1 with *why set if it is wrong. */
static int
config_line(struct config *cfg, char **argv, size_t argc, char **why)
{
	int v;

	if (strcmp(argv[0], "theme") == 0) {
		if (argc != 2 || strchr(argv[1], '/') != NULL) {
			*why = xstrdup("expected: theme NAME");
			return (-1);
		}
		free(cfg->theme);
		cfg->theme = xstrdup(argv[1]);
	} else if (strcmp(argv[0], "bind") == 0) {
		if (argc != 3) {
			*why = xstrdup("expected: bind KEY ACTION");
			return (-1);
		}
		if (!config_key_valid(argv[1])) {
			xasprintf(why,
			    "unknown key '%s' (a character, or "
			    "a name such as PgDn from kanbao(1) KEYS)",
			    argv[1]);
			return (-1);
		}
		if ((v = config_action_find(argv[2])) < 0) {
			xasprintf(why, "unknown action '%s' (see kanbao(5))",
			    argv[2]);
			return (-1);
		}
		config_bind(cfg, argv[1], (enum view_cmd)v);
	} else if (strcmp(argv[0], "width-cap") == 0) {
		if (argc != 2 ||
		    !config_number(argv[1], 0, CONFIG_WIDTH_MAX, &v) ||
		    (v != 0 && v < CONFIG_WIDTH_MIN)) {
			xasprintf(why,
			    "expected: width-cap N (0 for none, "
			    "else %d to %d)",
			    CONFIG_WIDTH_MIN, CONFIG_WIDTH_MAX);
			return (-1);
		}
		cfg->width_cap = v;
	} else if (strcmp(argv[0], "indent") == 0) {
		if (argc != 2 ||
		    !config_number(argv[1], 0, CONFIG_INDENT_MAX, &v)) {
			xasprintf(why, "expected: indent N (0 to %d)",
			    CONFIG_INDENT_MAX);
			return (-1);
		}
		cfg->indent = v;
	} else if (strcmp(argv[0], "pinyin") == 0) {
		if (argc != 2 ||
		    (strcmp(argv[1], "on") != 0 &&
			strcmp(argv[1], "off") != 0)) {
			*why = xstrdup("expected: pinyin on|off");
			return (-1);
		}
		cfg->pinyin = strcmp(argv[1], "on") == 0;
	} else if (strcmp(argv[0], "fullwidth-punct") == 0) {
		if (argc != 2 ||
		    (strcmp(argv[1], "on") != 0 &&
			strcmp(argv[1], "off") != 0)) {
			*why = xstrdup("expected: fullwidth-punct on|off");
			return (-1);
		}
		cfg->punct = strcmp(argv[1], "on") == 0;
	} else if (strcmp(argv[0], "mark-read") == 0) {
		if (argc == 2 && strcmp(argv[1], "off") == 0)
			v = -1;
		else if (argc != 2 ||
		    !config_number(argv[1], 0, CONFIG_MARK_READ_MAX, &v)) {
			xasprintf(why,
			    "expected: mark-read off|SECONDS (0 to "
			    "%d)",
			    CONFIG_MARK_READ_MAX);
			return (-1);
		}
		cfg->mark_read = v;
	} else {
		xasprintf(why,
		    "unknown setting '%s' (theme, bind, width-cap, "
		    "indent, pinyin, mark-read, fullwidth-punct)",
		    argv[0]);
		return (-1);
	}
	return (0);
}

struct config *
config_dup(const struct config *cfg)
{
	struct config *c = config_default();

	if (cfg == NULL)
		return (c);
	*c = *cfg;
	c->theme = cfg->theme != NULL ? xstrdup(cfg->theme) : NULL;
	c->error = NULL;
	c->binds = NULL;
	if (cfg->nbinds > 0) {
		c->binds = xreallocarray(NULL, cfg->nbinds, sizeof *c->binds);
		memcpy(c->binds, cfg->binds, cfg->nbinds * sizeof *c->binds);
	}
	return (c);
}

int
config_set(struct config *cfg, const char *line, char **cause)
{
	char  *copy = xstrdup(line), *argv[4];
	size_t argc;
	int    rc = 0;

	*cause = NULL;
	argc = config_split(copy, argv, sizeof argv / sizeof *argv);
	if (argc == 0)
		*cause = xstrdup("expected: SETTING VALUE");
	else if (argc > sizeof argv / sizeof *argv)
		*cause = xstrdup("too many words");
	else
		(void)config_line(cfg, argv, argc, cause);
	if (*cause != NULL)
		rc = -1;
	free(copy);
	return (rc);
}

struct config *
config_read(const char *file, const char *text, size_t len, char **cause)
{
	struct config *cfg;
	const char    *s = text, *end = text + len, *nl;
	char	      *line, *argv[4], *why = NULL, *first = NULL;
	size_t	       argc, lineno = 0, nbad = 0, firstno = 0, i;
	size_t	       more[CONFIG_BAD_NAMED];
	struct buf     b = BUF_INIT;

	*cause = NULL;
	if (memchr(text, '\0', len) != NULL) {
		xasprintf(cause, "%s: not a text file", file);
		return (NULL);
	}
	cfg = config_default();
	for (; s < end; s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		lineno++;
		line = xstrndup(s, (size_t)(nl - s));
		argc = config_split(line, argv, sizeof argv / sizeof *argv);
		if (argc > sizeof argv / sizeof *argv)
			why = xstrdup("too many words");
		else if (argc != 0)
			(void)config_line(cfg, argv, argc, &why);
		free(line);
		if (why == NULL)
			continue;
		/*
		 * The line is skipped; the first one is named with what is
		 * wrong, the next few by their numbers.
		 */
		if (nbad == 0) {
			first = why;
			firstno = lineno;
		} else {
			if (nbad - 1 < CONFIG_BAD_NAMED)
				more[nbad - 1] = lineno;
			free(why);
		}
		nbad++;
		why = NULL;
	}
	/*
	 * The others, before what is wrong with the first: a message cut at
	 * the screen's edge still says there are more, and where.
	 */
	if (nbad > 1) {
		buf_printf(&b, "%s:%zu (and line%s", file, firstno,
		    nbad > 2 ? "s" : "");
		for (i = 0; i < nbad - 1 && i < CONFIG_BAD_NAMED; i++)
			buf_printf(&b, "%s %zu", i == 0 ? "" : ",", more[i]);
		if (nbad - 1 > CONFIG_BAD_NAMED)
			buf_printf(&b, " and %zu more",
			    nbad - 1 - CONFIG_BAD_NAMED);
		buf_printf(&b, "): %s", first);
		*cause = buf_detach(&b);
		free(first);
	} else if (nbad == 1) {
		xasprintf(cause, "%s:%zu: %s", file, firstno, first);
		free(first);
	}
	config_binds_finish(cfg);
	return (cfg);
}

struct config *
config_parse(const char *file, const char *text, size_t len, char **cause)
{
	struct config *cfg;

	cfg = config_read(file, text, len, cause);
	if (cfg != NULL && *cause != NULL) {
		config_free(cfg);
		return (NULL);
	}
	return (cfg);
}

/* config_load(), naming the file name in what it says. */
static struct config *
config_load_as(const char *path, const char *name, char **cause)
{
	struct config *cfg;
	char	      *text, *why;
	size_t	       len;

	*cause = NULL;
	if ((text = file_read(path, &len, &why)) == NULL) {
		xasprintf(cause, "%s: %s", name, why);
		free(why);
		return (NULL);
	}
	cfg = config_read(name, text, len, cause);
	free(text);
	return (cfg);
}

struct config *
config_load(const char *path, char **cause)
{
	return (config_load_as(path, path, cause));
}

char *
config_user_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char	   *path;

	if (x != NULL && *x == '/')
		xasprintf(&path, "%s/kanbao/config", x);
	else if (home != NULL && *home != '\0')
		xasprintf(&path, "%s/.config/kanbao/config", home);
	else
		return (NULL);
	return (path);
}

struct config *
config_user(void)
{
	struct config *cfg;
	char	      *path = config_user_path(), *cause = NULL;

	if (path == NULL || access(path, F_OK) != 0) {
		free(path);
		return (config_default());
	}
	/*
	 * Named "config", as kanbao(5) does: the status line that says what
	 * is wrong with it is one row, and a long path would cut that off.
	 */
	if ((cfg = config_load_as(path, "config", &cause)) == NULL) {
		cfg = config_default();
		xasprintf(&cfg->error, "%s; using the defaults", cause);
	} else if (cause != NULL)
		xasprintf(&cfg->error, "%s; skipped, the rest applies", cause);
	free(cause);
	free(path);
	return (cfg);
}

int
config_key(const struct config *cfg, const char *key, enum view_cmd *cmd)
{
	size_t i, lo, hi;
	int    d;

	if (cfg == NULL)
		return (0);
	/* Sorted and unique: see config_binds_finish(). */
	lo = 0;
	hi = cfg->nbinds;
	while (lo < hi) {
		i = lo + (hi - lo) / 2;
		if ((d = strcmp(cfg->binds[i].key, key)) == 0) {
			*cmd = cfg->binds[i].cmd;
			return (1);
		}
		if (d < 0)
			lo = i + 1;
		else
			hi = i;
	}
	return (0);
}
