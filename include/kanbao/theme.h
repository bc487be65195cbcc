/*
 * Themes: how each element of the reader is drawn (attributes, foreground
 * and background colour), read from plain themes/NAME.theme files:
 *
 *	# comment
 *	element = attributes fg bg
 *
 * attributes is "none" or a comma-separated list of bold, dim, underline,
 * reverse, italic, standout; fg and bg are "default", one of the eight
 * colour names (black red green yellow blue magenta cyan white), or a
 * number 0-255.  The model only: turning styles into curses pairs is
 * ui-theme.c's job.
 */
#ifndef KANBAO_THEME_H
#define KANBAO_THEME_H

#include <stddef.h>

/* Every element a theme styles.  theme_elem_names[] is in this order. */
enum theme_elem {
	THEME_NORMAL,	    /* everything not named below */
	THEME_BORDER,	    /* separators between panes */
	THEME_TITLE,	    /* a pane's title row */
	THEME_TITLE_FOCUS,  /* the focused pane's title row */
	THEME_SELECTED,	    /* the selected row of the focused pane */
	THEME_SELECTED_DIM, /* the selected row of another pane */
	THEME_DATE,	    /* issue dates */
	THEME_COUNT,	    /* page and article counts */
	THEME_UNREAD,	    /* unread counts, unread headlines' mark */
	THEME_WEATHER,	    /* temperatures */
	THEME_PAGE,	    /* page headers in the headline list */
	THEME_MARKER,	    /* kind markers: photo, commentary, weather */
	THEME_TOPIC,	    /* topic marks */
	THEME_READ,	    /* headlines already read */
	THEME_STAR,	    /* the star of a starred article */
	THEME_KICKER,	    /* 引题 */
	THEME_HEADLINE,	    /* an article's title (主题) */
	THEME_SUBTITLE,	    /* 副题 */
	THEME_BYLINE,
	THEME_BODY,	     /* paragraphs */
	THEME_NOTE,	     /* continuation and source notes */
	THEME_STATUS,	     /* the status line, and its news */
	THEME_HELP,	     /* the help overlay */
	THEME_ERROR,	     /* messages about something that went wrong */
	THEME_MATCH,	     /* search and jump matches */
	THEME_MATCH_CURRENT, /* the match n or N went to */
	THEME_NELEMS
};

/* Attribute bits. */
#define THEME_BOLD	0x01
#define THEME_DIM	0x02
#define THEME_UNDERLINE 0x04
#define THEME_REVERSE	0x08
#define THEME_ITALIC	0x10
#define THEME_STANDOUT	0x20

#define THEME_DEFAULT (-1) /* the terminal's own colour */

struct theme_style {
	int attr; /* THEME_BOLD | ... */
	int fg;	  /* 0-255 or THEME_DEFAULT */
	int bg;
};

struct theme {
	char		  *name; /* "default" */
	struct theme_style style[THEME_NELEMS];
};

extern const char *const theme_elem_names[THEME_NELEMS];

/* The theme compiled in, used when no theme file is found.  Caller frees. */
struct theme *theme_builtin(void);
/*
 * Reads a theme from text (len bytes; file names it in messages).  Elements
 * a file leaves out keep the built-in style.  NULL with *cause set
 * ("FILE:LINE: what is wrong", caller frees) on the first error.
 */
struct theme *theme_parse(const char *name, const char *file, const char *text,
    size_t len, char **cause);
/* Reads the file at path; the theme is named after the file. */
struct theme *theme_load(const char *path, char **cause);
void	      theme_free(struct theme *);

/*
 * The directories themes are looked for in, in order: themes/ next to
 * the running binary (the build tree), ../share/kanbao/themes from the
 * binary's directory (an install prefix, wherever it is), KANBAO_DATADIR/
 * themes, then $XDG_CONFIG_HOME/kanbao/themes (or ~/.config/kanbao/themes).
 * Returns the number of directories that exist and sets dirs[] (caller
 * frees each).
 */
#define THEME_NDIRS 4
size_t theme_dirs(char *dirs[THEME_NDIRS]);
/*
 * The names of every theme in those directories, sorted, without
 * duplicates ("dark", "default", ...).  Caller frees with theme_names_free.
 */
size_t theme_names(char ***names);
void   theme_names_free(char **, size_t);
/*
 * Finds and loads the theme called name (the first directory that has
 * NAME.theme wins).  NULL with *cause set if there is none or it is wrong.
 */
struct theme *theme_find(const char *name, char **cause);

/*
 * The nearest of the eight basic colours to colour c (0-255), for
 * terminals with fewer colours.
 */
int theme_colour8(int c);

#endif
