/*
 * What the view*.c files share: the view itself, the lines it hands out,
 * the modes of the headline pane and the helpers between them.  Nothing
 * outside src/view*.c includes this.
 *
 * The reader's model is split by concern: view.c (creating, layout, keys
 * to commands), view-line.c (lines, cutting, cells), view-cmd.c (what the
 * commands do), view-issues.c, view-headlines.c and view-article.c (the
 * three panes), view-status.c (status line, filter bar, welcome, help),
 * view-prompt.c (the prompts), view-paper.c (papers and narrowing to
 * one), view-reload.c (reading the store again, keeping the selection)
 * and one file per mode of the headline pane: view-jump.c,
 * view-search.c, view-topics.c, view-weather.c.
 */
#ifndef KANBAO_VIEW_INT_H
#define KANBAO_VIEW_INT_H

#include <stdarg.h>

#include "kanbao/buf.h"
#include "kanbao/place.h"
#include "kanbao/store-list.h"
#include "kanbao/view.h"

#define VIEW_READAHEAD	   32	  /* issue rows fetched beyond the screen */
#define VIEW_ISSUES_W	   28	  /* issue pane width with three panes */
#define VIEW_WHEEL	   3	  /* rows a wheel notch moves */
#define VIEW_JUMP_MAX	   500	  /* jump list rows found per key */
#define VIEW_HITS_CHUNK	   48	  /* search hits fetched at a time */
#define VIEW_PROMPT_MAX	   120	  /* bytes typed at a prompt */
#define VIEW_JUMP_ISSUES   4	  /* issues read into the jump list at once */
#define VIEW_JUMP_SLICE	   12.0	  /* ms spent reading it per key or tick */
#define VIEW_FILTER_ISSUES 16	  /* issues looked at for a filter at once */
#define VIEW_COUNT_MAX	   100000 /* a count stops growing here */
#define VIEW_POLL_MS	   2000.0 /* idle this long: look for new pages */
#define VIEW_PAPER_W	   8	  /* the paper column's widest */
#define VIEW_PAPER_TITLE_W 24	  /* ... in a list, if this is left */
#define VIEW_UNDATED	   "----------" /* an undated row's date column */
#define VIEW_DATE_W	   10		/* its width, a date's */
#define VIEW_NAME_TAIL	   4 /* an undated issue's name's end kept there */

struct history;
struct view;
struct view_lb;
struct view_lines;

/*
 * A mode of the headline pane: a list that takes the place of the issue's
 * headlines (jump, search, the topic menu, the weather).  A mode is one
 * file and one of these; NULL hooks do the ordinary thing.
 */
struct view_mode {
	const char *name;
	int	    filter_bar; /* the topic filter bar shows */
	/* Rows of its list; fetch gets rows up to sel and h more first. */
	size_t (*rows)(struct view *);
	void (*fetch)(struct view *, size_t sel, int h);
	/* Rows drawn above the list (the weather's sparklines). */
	int (*head)(const struct view *);
	void (*lines)(struct view *, struct view_lines *, int w, int h);
	void (*title)(struct view *, struct view_lb *, enum theme_elem);
	/* A command the mode handles itself; -1: the ordinary one. */
	int (*key)(struct view *, enum view_cmd);
	/* The article its selection opens; NULL hook: the headline's. */
	struct store_article_row *(*selected)(struct view *);
	/* n and N inside the mode (dir 1, -1). */
	void (*next)(struct view *, int dir);
	/* Loads what its lines will show (drawing only reads). */
	void (*load)(struct view *);
	void (*leave)(struct view *); /* frees its state */
	/*
	 * A mode's own state goes in the view's mdata (given to
	 * view_mode_enter, freed by leave); the older modes keep theirs in
	 * struct view, where the status line and article pane read it.
	 */
	int (*busy)(const struct view *);
	int (*idle)(struct view *);
	/* The topics its list is chosen by; NULL hook: the topic filter. */
	uint64_t (*topics)(const struct view *);
};

extern const struct view_mode view_mode_jump;
extern const struct view_mode view_mode_search;
extern const struct view_mode view_mode_topics;
extern const struct view_mode view_mode_weather;

/* A pane: its rows and its title row. */
struct view_pane_ops {
	const char *name;
	void (*lines)(struct view *, struct view_lines *, int w, int h);
	void (*title)(struct view *, struct view_lb *, enum theme_elem);
};

extern const struct view_pane_ops view_pane_issues;
extern const struct view_pane_ops view_pane_headlines;
extern const struct view_pane_ops view_pane_article;

/* A prompt on the status line: what Enter does with the text. */
struct view_prompt {
	int	    ch;	   /* '/' or ':' */
	const char *label; /* "Search:" */
	const char *hint;  /* after the text */
	int (*enter)(struct view *, const char *text);
	void (*changed)(struct view *); /* text edited */
	void (*cancel)(struct view *);
	void (*complete)(struct view *); /* Tab */
	int moves;			 /* Up/Down move the mode's list */
};

/* A search hit kept by the view (strings owned). */
struct view_hit {
	struct store_article_row row;
	int64_t			 key; /* the store's, to go on from */
	char			*snippet;
	size_t			 moff, mlen; /* the match in snippet */
};

/* A row of the headline list: a page header or an article. */
struct view_hrow {
	int  page;
	long art;   /* index in arts; -1: page header */
	int  count; /* a header's article count */
};

/* A window of issue rows: rows off to off + n - 1 of the issue list. */
struct view_iwin {
	struct store_issue *v;
	size_t		    off, n;
};

/* A growing array of lines whose texts it owns. */
struct view_lines {
	struct view_line *v;
	size_t		  n;
	size_t		  size;
};

/* Building one line out of pieces in different styles. */
struct view_lb {
	struct buf	 b;
	struct view_span spans[VIEW_SPANS];
	int		 nspans;
};
#define VIEW_LB_INIT \
	{ \
		BUF_INIT, { { 0, 0, 0, 0 } }, 0 \
	}

struct view {
	struct store	    *store;	 /* NULL: welcome screen */
	const struct config *cfg;	 /* NULL: the defaults */
	struct config	    *cfg_own;	 /* cfg after :set; owned */
	char		    *theme_want; /* :theme NAME for the ui */
	char		    *message;	 /* for the welcome screen */
	char		    *store_path; /* where a store may yet be made */
	struct store	    *store_own;	 /* opened here; closed with the view */
	char		    *error;	 /* for the status line */
	int		     notice;	 /* error is news, not a failure */
	struct view_layout   layout;
	enum view_pane	     focus;
	int		     help;
	size_t		     help_top;	   /* first key row shown */
	int		     help_scrolls; /* more keys than rows */
	int		     started;	   /* first query done */
	struct place	     place;	   /* where to open (view_set_place) */
	int		     place_want;   /* place not yet looked for */
	char		     newest[11];   /* the newest date read (place.h) */

	int64_t		 nissues;
	size_t		 isel, itop;
	struct view_iwin iwin; /* the issue pane's rows */
	struct view_iwin wwin; /* the weather view's rows */

	int64_t			  hissue; /* issue of arts; 0: none */
	struct store_article_row *arts;
	size_t			  narts;
	struct view_hrow	 *hrows;
	size_t			  nhrows;
	size_t			  hsel, htop;
	char tmarks[STORE_TOPIC_MAX][5]; /* topic bit: mark */

	/* Finding things: topic filter, jump, search, weather. */
	const struct view_mode	 *mode;	       /* NULL: the headlines */
	enum view_pane		  mode_focus;  /* focus before the mode */
	const struct view_prompt *prompt;      /* while typing */
	struct buf		  input;       /* typed at the prompt */
	size_t			  icur;	       /* the cursor, bytes into it */
	char			 *prompt_hint; /* for now, over the prompt's */
	struct history		 *hist;	       /* what was typed at prompts */
	char			 *hist_path;   /* its file; NULL: none */
	size_t			  hist_pos;    /* entry shown; n: none */
	char			 *hist_draft;  /* typed before Up */
	int			  arg;	       /* the digit of a digit key */
	long			  count;   /* typed before a command; 0: none */
	uint64_t		  tfilter; /* topic bits shown; 0: all */
	int64_t			  nall;	   /* issues without a filter */
	struct store_issue	 *fiss;	   /* with tfilter: the issues */
	size_t			  nfiss;
	size_t			  fscanned; /* issues looked at for fiss */
	int			  fdone;    /* all of them */
	struct store_topic	 *topics;   /* numbered from 1 in order */
	size_t			  ntopics;
	int64_t			  topics_issue; /* whose counts; -1: none */
	size_t			  msel, mtop;	/* in a mode's list */
	struct jump		 *jump;		/* built on first use */
	size_t			  jump_issues;	/* issues read into it */
	int			  jump_done;	/* all of them */
	struct jump_hit		 *jhits;
	size_t			  njhits;
	int			  jall;	 /* jhits is all there is */
	char			 *query; /* the search, or NULL */
	struct view_hit		 *hits;	 /* key: where the next starts */
	size_t			  nhits;
	int			  hits_done;	/* no more to fetch */
	void			 *mdata;	/* the mode's own state */
	size_t			  hits_sel;	/* selection being fetched to */
	int			  hits_pending; /* hits_sel not reached yet */

	struct store_paper *papers; /* the store's, by name */
	size_t		    npapers;
	int		    paper_w;	/* the paper column; 0: none */
	int		    jump_stale; /* jump list from before a reload */
	double		    key_at;	/* the last key (view_ms) */
	double		    poll_at;	/* the last look for changes */

	int64_t seen_id;   /* article last shown */
	double	seen_at;   /* since when (view_ms) */
	int	seen_done; /* marked, or marked by hand */

	struct store_article *art;    /* the article pane's */
	struct view_lines     alines; /* art laid out at awidth */
	int		      awidth;
	size_t		      atop;
	size_t		      amatch; /* the current match's line + 1, or 0 */

	struct view_lines lines[VIEW_NPANES];
	struct view_lines titles[VIEW_NPANES];
	struct view_lines status;
	struct view_lines filterl; /* the topic filter bar */
	struct view_lines welcome;
	struct view_lines helpl;
};

/* view-line.c */
void		  view_lines_clear(struct view_lines *);
void		  view_lines_free(struct view_lines *);
struct view_line *view_lines_add(struct view_lines *);
int		  view_cut(struct buf *, const char *, size_t, int);
char		 *view_clean(const char *);
const char	 *view_date(const char *);
char		 *view_issue_label(const struct store_issue *);
void		  view_lb_add(struct view_lb *, const char *, enum theme_elem);
void view_lb_addf(struct view_lb *, enum theme_elem, const char *, ...)
    KANBAO_PRINTF(3, 4);
void		  view_lb_match(struct view_lb *, const char *, size_t, size_t,
		 enum theme_elem);
struct view_line *view_lb_done(struct view_lb *, struct view_lines *, int, int,
    enum theme_elem, int);
struct view_line *view_line_text(struct view_lines *, const char *, int, int,
    enum theme_elem);
void		  view_mark_matches(const char *, struct view_line *);
void		  view_mark_split_matches(const char *, struct view_line *,
		 struct view_line *);

/* view.c */
void   view_error(struct view *, char *);
void   view_notice(struct view *, char *);
void   view_load(struct view *);
int    view_body_h(const struct view *, enum view_pane);
int    view_pane_w(const struct view *, enum view_pane);
void   view_scroll_fix(size_t, size_t *, int);
void   view_set_focus(struct view *, enum view_pane);
void   view_mode_enter(struct view *, const struct view_mode *, void *);
void   view_mode_leave(struct view *, enum view_pane);
void   view_mode_move(struct view *, long);
size_t view_mode_rows(struct view *);
int    view_mode_head(const struct view *);
enum theme_elem view_mode_elem(const struct view *, size_t);
double		view_ms(void);

/* view-issues.c */
void		    view_start(struct view *);
struct store_issue *view_issue(struct view *, size_t);
void		    view_newest_read(struct view *);
struct store_issue *view_issue_in(struct view *, struct view_iwin *, size_t,
    int);
struct store_issue *view_issue_peek(struct view *, size_t);
void		    view_select_issue(struct view *, size_t);
void		    view_filter_more(struct view *, int);
void		    view_filter_set(struct view *, uint64_t);
void		    view_weather(struct view_lb *, const struct store_issue *);
void		    view_topic_marks(struct view *);

/* view-paper.c */
void   view_papers_load(struct view *);
char  *view_paper_label(const char *);
void   view_paper_col(struct view *, struct view_lb *, int64_t, enum theme_elem,
      int);
int    view_paper_open(struct view *, const char *);
char **view_paper_words(struct view *);

/* view-reload.c */
void view_reload(struct view *, int);
int  view_poll(struct view *);

/* view-headlines.c */
void view_headlines_load(struct view *);
int  view_is_article(const struct view *, size_t);
int  view_find_article(const struct view *, size_t, int, size_t *);
struct store_article_row *view_selected(struct view *);
struct store_article_row *view_selected_peek(struct view *);
void			  view_move_headline(struct view *, long);
void			  view_page(struct view *, int);
void			  view_next_unread(struct view *);
void			  view_goto_article(struct view *, int64_t, int64_t);
int			  view_select_row(struct view *, int64_t);
int			  view_follow_article(struct view *, int64_t, int64_t);
char *view_untitled(struct view *, const struct store_article_row *);
char *view_row_text(struct view *, const char *);
int   view_readable(const struct store_article_row *);
int   view_next_article(struct view *, int);

/* view-article.c */
void   view_article_load(struct view *);
size_t view_article_maxtop(struct view *);
void   view_settle(struct view *);
int    view_settle_due(struct view *);
void   view_set_read(struct view *, struct store_article_row *, int);
void   view_star(struct view *);
void   view_continue(struct view *);

/* view-topics.c */
void view_topics_load(struct view *);
void view_topic_toggle(struct view *, int);

/* view-jump.c, view-search.c */
void				view_jump_open(struct view *);
void				view_jump_drop(struct view *);
void				view_hits_clear(struct view *);
void				view_search_run(struct view *, const char *);
extern const struct view_prompt view_prompt_cmdline;

/* view-list.c */
extern const struct view_mode	view_mode_list;
int				view_list_open(struct view *, const char *);
int				view_cmd_list_starred(struct view *);
int				view_cmd_list_unread(struct view *);
void				view_search_first_match(struct view *);
int				view_search_cut(const struct view *, size_t);
size_t				view_search_current(const struct view *);
void				view_search_set_current(struct view *, size_t);
extern const struct view_prompt view_prompt_jump;
extern const struct view_prompt view_prompt_search;

/* view-prompt.c */
void view_prompt_open(struct view *, const struct view_prompt *);
int  view_prompt_key(struct view *, const char *);
void view_prompt_set(struct view *, const char *);

/* view-help.c */
int view_help_key(struct view *, enum view_cmd);

/* view-cmd.c */
void view_move(struct view *, enum view_pane, long);
long view_page_step(struct view *, enum view_pane);

/* view-cmd.c: the command table's functions. */
int view_cmd_down(struct view *);
int view_cmd_up(struct view *);
int view_cmd_page_down(struct view *);
int view_cmd_page_up(struct view *);
int view_cmd_top(struct view *);
int view_cmd_bottom(struct view *);
int view_cmd_left(struct view *);
int view_cmd_right(struct view *);
int view_cmd_next_pane(struct view *);
int view_cmd_prev_pane(struct view *);
int view_cmd_quit_back(struct view *);
int view_cmd_quit(struct view *);
int view_cmd_prev_issue(struct view *);
int view_cmd_next_issue(struct view *);
int view_cmd_prev_page(struct view *);
int view_cmd_next_page(struct view *);
int view_cmd_next_unread(struct view *);
int view_cmd_prev_match(struct view *);
int view_cmd_search(struct view *);
int view_cmd_jump(struct view *);
int view_cmd_topic(struct view *);
int view_cmd_half_down(struct view *);
int view_cmd_half_up(struct view *);
int view_cmd_count(struct view *);
int view_cmd_cmdline(struct view *);
int view_cmd_issue_read(struct view *);
int view_cmd_toggle_read(struct view *);
int view_cmd_prev_article(struct view *);
int view_cmd_next_article(struct view *);
int view_cmd_topic_clear(struct view *);
int view_cmd_topics(struct view *);
int view_cmd_weather(struct view *);
int view_cmd_continue(struct view *);
int view_cmd_escape(struct view *);
int view_cmd_star(struct view *);
int view_cmd_theme(struct view *);
int view_cmd_redraw(struct view *);
int view_cmd_help(struct view *);
int view_cmd_paper(struct view *);
int view_cmd_reload(struct view *);

#endif
