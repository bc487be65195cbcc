/*
 * The reader's model: which panes are where at a terminal size, what each
 * pane shows as lines of sanitised text fitted to its width, where the
 * selection and scroll positions are, and what each command does to them.
 * Computed from the store and reflow; never draws, never includes curses,
 * so all of it is unit-testable.  ui*.c copies the lines onto the screen.
 *
 * Start-up never loads the archive: the issue list holds a window of rows
 * around what is on screen, the headline list one issue, the article pane
 * one article.
 */
#ifndef KANBAO_VIEW_H
#define KANBAO_VIEW_H

#include <stddef.h>
#include <stdint.h>

#include "kanbao/place.h"
#include "kanbao/store.h"
#include "kanbao/theme.h"

enum view_pane {
	VIEW_ISSUES,	/* issues, newest first */
	VIEW_HEADLINES, /* pages and headlines of one issue */
	VIEW_ARTICLE,	/* one article */
	VIEW_NPANES
};

/* What a key does. */
enum view_cmd {
	VIEW_CMD_NONE,
	VIEW_CMD_DOWN,
	VIEW_CMD_UP,
	VIEW_CMD_PAGE_DOWN,
	VIEW_CMD_PAGE_UP,
	VIEW_CMD_TOP,
	VIEW_CMD_BOTTOM,
	VIEW_CMD_LEFT,
	VIEW_CMD_RIGHT,
	VIEW_CMD_NEXT_PANE,
	VIEW_CMD_PREV_PANE,
	VIEW_CMD_OPEN,
	VIEW_CMD_BACK,
	VIEW_CMD_QUIT_BACK,
	VIEW_CMD_QUIT,
	VIEW_CMD_PREV_ISSUE,
	VIEW_CMD_NEXT_ISSUE,
	VIEW_CMD_PREV_PAGE,
	VIEW_CMD_NEXT_PAGE,
	VIEW_CMD_NEXT_UNREAD,
	VIEW_CMD_NEXT_ARTICLE, /* > */
	VIEW_CMD_PREV_ARTICLE, /* < */
	VIEW_CMD_TOGGLE_READ,  /* m */
	VIEW_CMD_ISSUE_READ,   /* A */
	VIEW_CMD_STAR,
	VIEW_CMD_HELP,
	VIEW_CMD_THEME,
	VIEW_CMD_REDRAW,
	VIEW_CMD_SEARCH,       /* / : the search prompt */
	VIEW_CMD_PREV_MATCH,   /* N */
	VIEW_CMD_JUMP,	       /* J : the jump prompt */
	VIEW_CMD_CMDLINE,      /* : : the command line */
	VIEW_CMD_LIST_STARRED, /* S */
	VIEW_CMD_LIST_UNREAD,  /* U */
	VIEW_CMD_HALF_DOWN,    /* C-D */
	VIEW_CMD_HALF_UP,      /* C-U */
	VIEW_CMD_COUNT,	       /* 1-9: a count for the next command */
	VIEW_CMD_TOPIC,	       /* toggle topic N (the count; the menu's 1-9) */
	VIEW_CMD_TOPIC_CLEAR,  /* 0 (with no count typed) */
	VIEW_CMD_TOPICS,       /* t : the topic menu */
	VIEW_CMD_WEATHER,      /* w */
	VIEW_CMD_CONTINUE,     /* c : 下转 / 上接 */
	VIEW_CMD_ESCAPE,       /* Esc: close a prompt, menu or search */
	VIEW_CMD_PAPER,	       /* P : the next paper only, then all */
	VIEW_CMD_RELOAD,       /* R : read the store again */
	VIEW_CMD_MOUSE	       /* documentation only: handled by the ui */
};

struct view;

/*
 * One row of the command table: the one place a command is named, bound
 * to its default keys, explained and run.  Key bindings, the config's
 * bind names, the help overlay, kanbao(1) KEYS, kanbao(5) and the README
 * all come from it.
 */
struct view_command {
	enum view_cmd cmd;
	const char   *name;	  /* in bind lines; NULL: none */
	const char   *keys;	  /* key names, space-separated */
	const char   *help;	  /* one line, for ? and the man page */
	int (*fn)(struct view *); /* returns view_cmd() bits */
};

/*
 * The command table, ending with a row whose name and keys are NULL.
 * Key names: a printable character stands for itself; otherwise Up Down
 * Left Right PgUp PgDn Home End Space Tab BTab Enter Backspace Esc, C-B
 * C-D C-F C-L C-U (control keys), Wheel Click.  A row without keys is an action only a bind line can use.
 */
extern const struct view_command view_commands[];

/* The command bound to a key name, VIEW_CMD_NONE if none. */
enum view_cmd view_key_lookup(const char *name);
/* The row of cmd, or NULL. */
const struct view_command *view_command_find(enum view_cmd);

/* view_cmd() results for the ui. */
#define VIEW_QUIT   0x1 /* leave the reader */
#define VIEW_THEME  0x2 /* switch to the next theme */
#define VIEW_REDRAW 0x4 /* repaint the whole terminal */

struct view_rect {
	int x, y, w, h;
};

/* Where everything goes at one terminal size. */
struct view_layout {
	int		 cols, lines;
	int		 npanes;	    /* panes shown, 0 to 3 */
	enum view_pane	 pane[VIEW_NPANES]; /* left to right */
	struct view_rect rect[VIEW_NPANES]; /* title row included */
	int		 titled;	    /* panes have a title row */
	int		 sep[VIEW_NPANES];  /* x of a separator after pane i */
	struct view_rect filter; /* the topic filter bar; h 0: none */
	struct view_rect status; /* h is 0 when there is none */
};

/* Columns of the first-line indent: two ideographs, as kanbao show does. */
#define VIEW_INDENT 4
/* Widths at which panes appear side by side. */
#define VIEW_THREE_COLS 120
#define VIEW_TWO_COLS	80

/* One span of a line drawn in another element's style. */
struct view_span {
	size_t		off; /* bytes into the line's text */
	size_t		len;
	enum theme_elem elem;
	int		rest; /* a match: the rest of a word the line above
				 began, a line break cutting it */
};

#define VIEW_SPANS 8

/* One screen row of a pane. */
struct view_line {
	char		*text; /* sanitised UTF-8, fits the width */
	int		 x;    /* columns to skip (margin) */
	enum theme_elem	 elem; /* the whole row */
	struct view_span spans[VIEW_SPANS];
	int		 nspans;
};

/* A line drawn cell by cell: one grapheme cluster made safe to draw. */
struct view_cell {
	uint32_t cp[5]; /* base then combining marks */
	int	 ncp;	/* 0: nothing to draw (width is 0) */
	int	 width; /* columns the cluster takes */
	int	 pad;	/* blank columns drawn after cp[0] */
};

struct config;

/*
 * A view over store (may be NULL: the welcome screen), with message shown
 * on the welcome screen (may be NULL).  Queries nothing until the first
 * view_layout().
 */
struct view *view_create(struct store *store, const char *message);
void	     view_free(struct view *);
/*
 * Where the store will be once pages are imported, for a view created
 * without one: on R, and by itself when the user is idle, the view looks
 * there and opens what it finds (and closes it with the view).
 */
void view_set_store_path(struct view *, const char *path);
/*
 * Applies the reader's settings (config.h): bindings, article width cap and
 * indent.  cfg is borrowed and must outlive the view; its error, if any,
 * goes to the status line.
 */
void view_set_config(struct view *, const struct config *cfg);
/*
 * Keeps what is typed at the prompts in the history file at path (NULL:
 * in memory only), reading what is there first.
 */
void view_set_history(struct view *, const char *path);
/*
 * Opens where the reader was left (place.h), once the store is read: that
 * issue, that article selected, that pane with the focus; unless an issue
 * dated after pl->newest has come since, which then opens first as it
 * always does.  What is no longer there opens as if pl was not given: a
 * gone issue as the newest, a gone article as its issue's headlines.
 */
void view_set_place(struct view *, const struct place *pl);
/*
 * Where the reader is now, for the next run: 0 and *pl filled, or -1 when
 * there is nowhere to keep (no store, no issue).  The pane is the one
 * that had the focus before a mode (search, jump, weather) took it; the
 * newest date is the newest the view has read (at its start, and when it
 * read the store again), not one imported since.
 */
int view_get_place(struct view *, struct place *pl);
/* The command a key name runs: the config's binding, else the key table. */
enum view_cmd view_key(const struct view *, const char *name);

/*
 * Runs the key named name (NULL: a key without a name): typed into the
 * prompt when one is open, else a menu's or the key table's command.
 * Returns what view_cmd() returns.
 */
int view_input(struct view *, const char *name);

/*
 * Work left for idle time (the jump list reading the archive): the ui then
 * calls view_idle() whenever no key is waiting; it returns 1 when the
 * screen changed.  The ui also calls view_idle() at least every second
 * without keys: it then looks whether the store changed (an import beside
 * the reader) every VIEW_POLL_MS and reads it again.
 */
int view_busy(const struct view *);
int view_idle(struct view *);

/* Lays the panes out for a terminal of cols x lines (any size >= 0). */
void			  view_layout(struct view *, int cols, int lines);
const struct view_layout *view_get_layout(const struct view *);

/* Runs a command; returns VIEW_QUIT, VIEW_THEME, VIEW_REDRAW bits or 0. */
int view_cmd(struct view *, enum view_cmd);

/* Mouse: wheel (dir -1 up, 1 down) or click at a screen cell. */
int view_wheel(struct view *, int x, int y, int dir);
int view_click(struct view *, int x, int y);

/* The pane with the focus, and whether the help overlay is up. */
enum view_pane view_focus(const struct view *);
int	       view_help_shown(const struct view *);
/* A message for the status line (an error), or NULL.  Borrowed. */
const char *view_message(const struct view *);
/*
 * After VIEW_THEME: the theme :theme named (caller frees), or NULL for
 * the next theme.
 */
char *view_theme_take(struct view *);
/*
 * Shows msg (copied) on the status line until the next key: in the error
 * style, or (notice) in the status line's own, for news that is no
 * failure (the theme now in use).
 */
void view_set_error(struct view *, const char *msg);
void view_set_notice(struct view *, const char *msg);

/*
 * The rows a pane shows at the current layout: *lines is borrowed and
 * valid until the next call for that pane or any command; returns how
 * many (at most the pane's height without its title).  The title and the
 * status line are one line each.
 */
size_t			view_pane_lines(struct view *, enum view_pane,
		     const struct view_line **lines);
const struct view_line *view_pane_title(struct view *, enum view_pane);
const struct view_line *view_status(struct view *);
/* The topic filter bar (layout's filter rectangle). */
const struct view_line *view_filter_bar(struct view *);
/* The welcome screen (no store, or an empty one) for the whole terminal. */
int    view_welcome(const struct view *);
size_t view_welcome_lines(struct view *, const struct view_line **lines);
/*
 * The help overlay, made from view_commands and the config's binds, for a
 * column width columns wide: a heading, then each command's keys and its
 * description, wrapped onto further lines (x set: indented under it).
 */
size_t view_help_lines(struct view *, int width,
    const struct view_line **lines);

/*
 * Where the help overlay goes at the current layout: over the panes, above
 * the filter bar and the status line.
 */
struct view_help_box {
	struct view_rect r;	 /* the box, border included */
	int		 border; /* room for a border */
	int		 ncol;	 /* columns of keys: 1 or 2 */
	int		 colw;	 /* width of a column */
	size_t		 per;	 /* rows shown per column */
	size_t		 top;	 /* first row shown (scrolled) */
	size_t		 split;	 /* row the second column starts at */
	size_t		 nrows;	 /* rows of keys in all, heading not counted */
};
void view_help_box(struct view *, struct view_help_box *);

/* The width article text is laid out at in a pane w columns wide. */
int view_article_width(int w);
/*
 * The selected article's id (0 if none), its index in the issue (from 1),
 * the number in the issue and the article pane's top line.
 */
int64_t view_article_id(const struct view *);
size_t	view_article_pos(const struct view *, size_t *n);

/*
 * Appends to out (a NUL-terminated string of *len bytes, grown with
 * xrealloc) the sanitised form of s cut to width columns, with … where it
 * was cut.  Newlines become spaces.  Returns the columns used.
 */
int view_fit(char **out, size_t *len, const char *s, int width);

/*
 * The next cell of s (n bytes left, already sanitised): fills c and returns
 * the bytes it takes (0 at the end).  Anything a terminal would act on
 * rather than draw is dropped; clusters that ncurses would draw wider than
 * text_width() says are cut to their first code point and padded, so the
 * columns of the screen and of the layout always agree.
 */
size_t view_cell_next(const char *s, size_t n, struct view_cell *c);

#endif
