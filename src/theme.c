/*
 * Themes: the built-in style table, the reader of themes/NAME.theme files
 * and the search for them.
 *
 * A theme file only overrides: every element starts from the built-in
 * style, so an old theme keeps working when an element is added.  Errors
 * name the file and line and stop at the first one; a half-read theme is
 * never used.  Nothing here knows about curses.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kanbao/file.h"
#include "kanbao/theme.h"
#include "kanbao/xmalloc.h"

#ifndef KANBAO_DATADIR
#define KANBAO_DATADIR "/usr/local/share/kanbao"
#endif

const char *const theme_elem_names[THEME_NELEMS] = {
	[THEME_NORMAL] = "normal",
	[THEME_BORDER] = "border",
	[THEME_TITLE] = "title",
	[THEME_TITLE_FOCUS] = "title-focus",
	[THEME_SELECTED] = "selected",
	[THEME_SELECTED_DIM] = "selected-dim",
	[THEME_DATE] = "date",
	[THEME_COUNT] = "count",
	[THEME_UNREAD] = "unread",
	[THEME_WEATHER] = "weather",
	[THEME_PAGE] = "page",
	[THEME_MARKER] = "marker",
	[THEME_TOPIC] = "topic",
	[THEME_READ] = "read",
	[THEME_STAR] = "star",
	[THEME_KICKER] = "kicker",
	[THEME_HEADLINE] = "headline",
	[THEME_SUBTITLE] = "subtitle",
	[THEME_BYLINE] = "byline",
	[THEME_BODY] = "body",
	[THEME_NOTE] = "note",
	[THEME_STATUS] = "status",
	[THEME_HELP] = "help",
	[THEME_ERROR] = "error",
	[THEME_MATCH] = "match",
	[THEME_MATCH_CURRENT] = "current-match",
};

#define D THEME_DEFAULT
/* The built-in theme: readable on dark and light terminals alike. */
static const struct theme_style theme_builtin_style[THEME_NELEMS] = {
	[THEME_NORMAL] = { 0, D, D },
	[THEME_BORDER] = { THEME_DIM, D, D },
	[THEME_TITLE] = { THEME_BOLD, D, D },
	[THEME_TITLE_FOCUS] = { THEME_BOLD | THEME_REVERSE, 4, D },
	[THEME_SELECTED] = { THEME_REVERSE, D, D },
	[THEME_SELECTED_DIM] = { THEME_UNDERLINE, D, D },
	[THEME_DATE] = { 0, 6, D },
	[THEME_COUNT] = { 0, D, D },
	[THEME_UNREAD] = { THEME_BOLD, 3, D },
	[THEME_WEATHER] = { 0, 2, D },
	[THEME_PAGE] = { THEME_BOLD, 5, D },
	[THEME_MARKER] = { 0, 3, D },
	[THEME_TOPIC] = { 0, 6, D },
	[THEME_READ] = { THEME_DIM, D, D },
	[THEME_STAR] = { THEME_BOLD, 3, D },
	[THEME_KICKER] = { 0, 6, D },
	[THEME_HEADLINE] = { THEME_BOLD, D, D },
	[THEME_SUBTITLE] = { 0, 6, D },
	[THEME_BYLINE] = { THEME_DIM, D, D },
	[THEME_BODY] = { 0, D, D },
	[THEME_NOTE] = { THEME_DIM, D, D },
	[THEME_STATUS] = { THEME_REVERSE, D, D },
	[THEME_HELP] = { 0, D, D },
	[THEME_ERROR] = { THEME_BOLD, 1, D },
	[THEME_MATCH] = { THEME_BOLD | THEME_REVERSE, 3, D },
	[THEME_MATCH_CURRENT] = { THEME_BOLD | THEME_REVERSE, 5, D },
};
#undef D

static const struct {
	const char *name;
	int	    bit;
} theme_attrs[] = {
	{ "bold", THEME_BOLD },
	{ "dim", THEME_DIM },
	{ "underline", THEME_UNDERLINE },
	{ "reverse", THEME_REVERSE },
	{ "italic", THEME_ITALIC },
	{ "standout", THEME_STANDOUT },
};

static const char *const theme_colours[8] = { "black", "red", "green", "yellow",
	"blue", "magenta", "cyan", "white" };

struct theme *
theme_builtin(void)
{
	struct theme *t;

	t = xcalloc(1, sizeof *t);
	t->name = xstrdup("builtin");
	memcpy(t->style, theme_builtin_style, sizeof t->style);
	return (t);
}

void
theme_free(struct theme *t)
{
	if (t == NULL)
		return;
	free(t->name);
	free(t);
}

/* "bold,underline" or "none" into *attr; -1 naming the bad word. */
static int
theme_parse_attr(char *s, int *attr, char **bad)
{
	char  *w, *last;
	size_t i;

	*attr = 0;
	if (strcmp(s, "none") == 0 || strcmp(s, "-") == 0)
		return (0);
	for (w = strtok_r(s, ",", &last); w != NULL;
	     w = strtok_r(NULL, ",", &last)) {
		for (i = 0; i < sizeof theme_attrs / sizeof *theme_attrs; i++) {
			if (strcmp(w, theme_attrs[i].name) == 0)
				break;
		}
		if (i == sizeof theme_attrs / sizeof *theme_attrs) {
			*bad = w;
			return (-1);
		}
		*attr |= theme_attrs[i].bit;
	}
	return (0);
}

/* A colour name or number into *c; -1 if it is neither. */
static int
theme_parse_colour(const char *s, int *c)
{
	char *end;
	long  v;
	int   i;

	if (strcmp(s, "default") == 0) {
		*c = THEME_DEFAULT;
		return (0);
	}
	for (i = 0; i < 8; i++) {
		if (strcmp(s, theme_colours[i]) == 0) {
			*c = i;
			return (0);
		}
	}
	if (strncmp(s, "colour", 6) == 0)
		s += 6;
	else if (strncmp(s, "color", 5) == 0)
		s += 5;
	if (*s < '0' || *s > '9')
		return (-1);
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno != 0 || v < 0 || v > 255)
		return (-1);
	*c = (int)v;
	return (0);
}

static int
theme_elem_find(const char *name)
{
	int i;

	for (i = 0; i < THEME_NELEMS; i++) {
		if (strcmp(name, theme_elem_names[i]) == 0)
			return (i);
	}
	return (-1);
}

struct theme *
theme_parse(const char *name, const char *file, const char *text, size_t len,
    char **cause)
{
	struct theme *t;
	char	     *copy, *line, *next, *p, *eq, *word[4], *bad, *last;
	size_t	      lineno = 0;
	int	      nword, elem, attr, fg, bg;

	t = theme_builtin();
	free(t->name);
	t->name = xstrdup(name);
	copy = xstrndup(text, len);
	for (line = copy; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		line += strspn(line, " \t\r");
		if (*line == '\0')
			continue;
		if ((eq = strchr(line, '=')) == NULL) {
			xasprintf(cause,
			    "%s:%zu: expected 'element = "
			    "attributes fg bg'",
			    file, lineno);
			goto fail;
		}
		*eq = ' ';
		nword = 0;
		for (p = strtok_r(line, " \t\r", &last); p != NULL;
		     p = strtok_r(NULL, " \t\r", &last)) {
			if (nword == 4) {
				xasprintf(cause,
				    "%s:%zu: too many words "
				    "(expected 'element = attributes fg bg')",
				    file, lineno);
				goto fail;
			}
			word[nword++] = p;
		}
		if (nword != 4) {
			xasprintf(cause,
			    "%s:%zu: expected 'element = "
			    "attributes fg bg'",
			    file, lineno);
			goto fail;
		}
		if ((elem = theme_elem_find(word[0])) == -1) {
			xasprintf(cause, "%s:%zu: unknown element '%s'", file,
			    lineno, word[0]);
			goto fail;
		}
		if (theme_parse_attr(word[1], &attr, &bad) != 0) {
			xasprintf(cause, "%s:%zu: unknown attribute '%s'", file,
			    lineno, bad);
			goto fail;
		}
		if (theme_parse_colour(word[2], &fg) != 0) {
			xasprintf(cause,
			    "%s:%zu: bad colour '%s' (a name, "
			    "default or 0-255)",
			    file, lineno, word[2]);
			goto fail;
		}
		if (theme_parse_colour(word[3], &bg) != 0) {
			xasprintf(cause,
			    "%s:%zu: bad colour '%s' (a name, "
			    "default or 0-255)",
			    file, lineno, word[3]);
			goto fail;
		}
		t->style[elem].attr = attr;
		t->style[elem].fg = fg;
		t->style[elem].bg = bg;
	}
	free(copy);
	return (t);

fail:
	free(copy);
	theme_free(t);
	return (NULL);
}

struct theme *
theme_load(const char *path, char **cause)
{
	struct theme *t;
	const char   *base, *dot;
	char	     *text, *name, *why;
	size_t	      len;

	if ((text = file_read(path, &len, &why)) == NULL) {
		xasprintf(cause, "%s: %s", path, why);
		free(why);
		return (NULL);
	}
	base = (base = strrchr(path, '/')) != NULL ? base + 1 : path;
	dot = strrchr(base, '.');
	name =
	    xstrndup(base, dot != NULL ? (size_t)(dot - base) : strlen(base));
	t = theme_parse(name, path, text, len, cause);
	free(name);
	free(text);
	return (t);
}

static int
theme_isdir(const char *path)
{
	struct stat sb;

	return (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode));
}

size_t
theme_dirs(char *dirs[THEME_NDIRS])
{
	char	    exe[PATH_MAX], *slash, *d;
	const char *home, *xdg;
	ssize_t	    len;
	size_t	    n = 0;

	len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len > 0) {
		exe[len] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			xasprintf(&d, "%s/themes", exe);
			if (theme_isdir(d))
				dirs[n++] = d;
			else
				free(d);
			/* An install tree moved or staged under DESTDIR
			 * still finds its own themes. */
			xasprintf(&d, "%s/../share/kanbao/themes", exe);
			if (theme_isdir(d))
				dirs[n++] = d;
			else
				free(d);
		}
	}
	if (theme_isdir(KANBAO_DATADIR "/themes"))
		dirs[n++] = xstrdup(KANBAO_DATADIR "/themes");
	xdg = getenv("XDG_CONFIG_HOME");
	home = getenv("HOME");
	d = NULL;
	if (xdg != NULL && *xdg == '/')
		xasprintf(&d, "%s/kanbao/themes", xdg);
	else if (home != NULL && *home != '\0')
		xasprintf(&d, "%s/.config/kanbao/themes", home);
	if (d != NULL && theme_isdir(d))
		dirs[n++] = d;
	else
		free(d);
	return (n);
}

static int
theme_cmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

size_t
theme_names(char ***names)
{
	char	      *dirs[THEME_NDIRS], **v = NULL;
	DIR	      *dp;
	struct dirent *de;
	size_t	       ndirs, i, n = 0, len, j, k;

	ndirs = theme_dirs(dirs);
	for (i = 0; i < ndirs; i++) {
		if ((dp = opendir(dirs[i])) == NULL)
			continue;
		while ((de = readdir(dp)) != NULL) {
			len = strlen(de->d_name);
			if (len <= 6 || de->d_name[0] == '.' ||
			    strcmp(de->d_name + len - 6, ".theme") != 0)
				continue;
			v = xreallocarray(v, n + 1, sizeof *v);
			v[n++] = xstrndup(de->d_name, len - 6);
		}
		closedir(dp);
		free(dirs[i]);
	}
	if (n != 0)
		qsort(v, n, sizeof *v, theme_cmp);
	for (j = k = 0; j < n; j++) {
		if (k != 0 && strcmp(v[k - 1], v[j]) == 0)
			free(v[j]);
		else
			v[k++] = v[j];
	}
	*names = v;
	return (k);
}

void
theme_names_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

struct theme *
theme_find(const char *name, char **cause)
{
	struct theme *t = NULL;
	char	     *dirs[THEME_NDIRS], *path;
	size_t	      ndirs, i;

	if (*name == '\0' || strchr(name, '/') != NULL) {
		xasprintf(cause, "bad theme name: %s", name);
		return (NULL);
	}
	ndirs = theme_dirs(dirs);
	*cause = NULL;
	for (i = 0; i < ndirs; i++) {
		xasprintf(&path, "%s/%s.theme", dirs[i], name);
		if (t == NULL && *cause == NULL && access(path, R_OK) == 0)
			t = theme_load(path, cause);
		free(path);
		free(dirs[i]);
	}
	if (t == NULL && *cause == NULL)
		xasprintf(cause, "no theme called %s", name);
	return (t);
}

int
theme_colour8(int c)
{
	static const int levels[6] = { 0, 95, 135, 175, 215, 255 };
	int		 r, g, b, v;

	if (c < 0)
		return (c);
	if (c < 8)
		return (c);
	if (c < 16)
		return (c - 8);
	if (c >= 232) {
		v = 8 + (c - 232) * 10;
		return (v < 128 ? 0 : 7);
	}
	c -= 16;
	r = levels[c / 36];
	g = levels[(c / 6) % 6];
	b = levels[c % 6];
	/* Each channel on or off at half brightness: red 1, green 2, blue 4. */
	return ((r >= 128 ? 1 : 0) | (g >= 128 ? 2 : 0) | (b >= 128 ? 4 : 0));
}
