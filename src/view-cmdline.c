/*
 * The command line (:), as in tig and newsboat: a command name (or a
 * prefix of one no other shares: :q) and its arguments.  One row per
 * command in view_cmdlines[]; Tab completes command names, settings,
 * themes, topics and papers.
 *
 *	:quit			:theme dark		:set width-cap 72
 *	:date 2024-03		:topic investment	:jump 澄湖
 *	:search 企业		:list starred		:help
 *	:paper 甲报		:paper
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/config.h"
#include "kanbao/store-list.h"
#include "kanbao/theme.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

struct view_cmdline {
	const char *name;
	const char *usage; /* for messages */
	int (*fn)(struct view *, const char *args);
	/* Words Tab offers for the first argument; NULL-terminated. */
	char **(*words)(struct view *);
};

static int    view_cl_quit(struct view *, const char *);
static int    view_cl_theme(struct view *, const char *);
static int    view_cl_set(struct view *, const char *);
static int    view_cl_date(struct view *, const char *);
static int    view_cl_topic(struct view *, const char *);
static int    view_cl_jump(struct view *, const char *);
static int    view_cl_search(struct view *, const char *);
static int    view_cl_list(struct view *, const char *);
static int    view_cl_help(struct view *, const char *);
static int    view_cl_paper(struct view *, const char *);
static char **view_cl_themes(struct view *);
static char **view_cl_settings(struct view *);
static char **view_cl_topics(struct view *);
static char **view_cl_lists(struct view *);

static const struct view_cmdline view_cmdlines[] = { { "quit", "quit",
							 view_cl_quit, NULL },
	{ "theme", "theme [NAME]", view_cl_theme, view_cl_themes },
	{ "set", "set SETTING VALUE", view_cl_set, view_cl_settings },
	{ "date", "date YYYY[-MM[-DD]]", view_cl_date, NULL },
	{ "topic", "topic [NAME]", view_cl_topic, view_cl_topics },
	{ "jump", "jump [TEXT]", view_cl_jump, NULL },
	{ "search", "search TEXT", view_cl_search, NULL },
	{ "list", "list starred|unread|articles [--topic T] [--date D]",
	    view_cl_list, view_cl_lists },
	{ "paper", "paper [NAME]", view_cl_paper, view_paper_words },
	{ "help", "help", view_cl_help, NULL }, { NULL, NULL, NULL, NULL } };

/* A NULL-terminated copy of the strings of v (n of them). */
static char **
view_cl_strv(const char *const *v, size_t n)
{
	char **out = xcalloc(n + 1, sizeof *out);
	size_t i;

	for (i = 0; i < n; i++)
		out[i] = xstrdup(v[i]);
	return (out);
}

static void
view_cl_strv_free(char **v)
{
	size_t i;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

static char **
view_cl_themes(struct view *v)
{
	char **names, **out;
	size_t n;

	(void)v;
	n = theme_names(&names);
	out = view_cl_strv((const char *const *)names, n);
	theme_names_free(names, n);
	return (out);
}

static char **
view_cl_settings(struct view *v)
{
	static const char *const names[] = { "width-cap", "indent", "pinyin",
		"mark-read", "fullwidth-punct" };

	(void)v;
	return (view_cl_strv(names, sizeof names / sizeof *names));
}

static char **
view_cl_topics(struct view *v)
{
	char **out;
	size_t i;

	view_topics_load(v);
	out = xcalloc(v->ntopics + 1, sizeof *out);
	for (i = 0; i < v->ntopics; i++)
		out[i] = xstrdup(v->topics[i].name);
	return (out);
}

static char **
view_cl_lists(struct view *v)
{
	static const char *const names[] = { "starred", "unread", "articles" };

	(void)v;
	return (view_cl_strv(names, sizeof names / sizeof *names));
}

/*
 * The command that name (len bytes) names: itself, or the one command it
 * is a prefix of.  NULL if none; *many set if it is a prefix of several.
 */
static const struct view_cmdline *
view_cl_find(const char *name, size_t len, int *many)
{
	const struct view_cmdline *c, *found = NULL;

	*many = 0;
	for (c = view_cmdlines; c->name != NULL; c++) {
		if (strncmp(c->name, name, len) != 0)
			continue;
		if (strlen(c->name) == len)
			return (c);
		if (found != NULL)
			*many = 1;
		found = c;
	}
	return (*many ? NULL : found);
}

/* Enter: runs the command typed. */
static int
view_cl_enter(struct view *v, const char *text)
{
	const struct view_cmdline *c;
	const char		  *args;
	size_t			   len;
	int			   many;
	char			  *msg;

	v->prompt = NULL;
	text += strspn(text, " ");
	len = strcspn(text, " ");
	if (len == 0)
		return (0);
	args = text + len + strspn(text + len, " ");
	/* :q! as in vi: nothing is unsaved, so it quits as :q does. */
	if (len > 1 && text[len - 1] == '!' &&
	    (c = view_cl_find(text, len - 1, &many)) != NULL &&
	    c->fn == view_cl_quit)
		return (c->fn(v, args));
	if ((c = view_cl_find(text, len, &many)) == NULL) {
		xasprintf(&msg, "%s command: %.*s (Tab lists them)",
		    many ? "more than one" : "unknown", (int)len, text);
		view_error(v, msg);
		return (0);
	}
	return (c->fn(v, args));
}

/* The longest start that every word of words beginning with w shares. */
static size_t
view_cl_common(char **words, const char *w, size_t wl, const char **first,
    size_t *count)
{
	size_t i, k, common = 0;

	*first = NULL;
	*count = 0;
	for (i = 0; words[i] != NULL; i++) {
		if (strncmp(words[i], w, wl) != 0)
			continue;
		if ((*count)++ == 0) {
			*first = words[i];
			common = strlen(words[i]);
			continue;
		}
		for (k = 0; k < common && words[i][k] == (*first)[k]; k++)
			;
		common = k;
	}
	return (common);
}

/*
 * Tab: completes the word before the cursor, a command name or the first
 * argument of one; with several candidates, their common start, and the
 * candidates in the hint.
 */
static void
view_cl_complete(struct view *v)
{
	const struct view_cmdline *c;
	struct buf		   hint = BUF_INIT, text = BUF_INIT;
	const char		  *in, *w, *first;
	char			 **words;
	size_t			   cl, wl, common, count, i;
	int			   many;

	in = buf_str(&v->input);
	in += strspn(in, " ");
	cl = strcspn(in, " ");
	if (in[cl] == '\0') {
		/* The command name. */
		words = xcalloc(sizeof view_cmdlines / sizeof *view_cmdlines,
		    sizeof *words);
		for (i = 0; view_cmdlines[i].name != NULL; i++)
			words[i] = xstrdup(view_cmdlines[i].name);
		w = in;
		wl = cl;
	} else {
		if ((c = view_cl_find(in, cl, &many)) == NULL ||
		    c->words == NULL)
			return;
		words = c->words(v);
		w = in + cl + strspn(in + cl, " ");
		wl = strlen(w);
		if (strchr(w, ' ') != NULL) {
			view_cl_strv_free(words);
			return;
		}
	}
	common = view_cl_common(words, w, wl, &first, &count);
	if (count > 0) {
		buf_add(&text, in, (size_t)(w - in));
		buf_add(&text, first, common);
		if (count == 1)
			buf_addc(&text, ' ');
		buf_add(&text, "", 0);
		view_prompt_set(v, buf_str(&text));
	}
	if (count > 1) {
		buf_adds(&hint, "   (");
		for (i = 0; words[i] != NULL; i++) {
			if (strncmp(words[i], w, wl) == 0)
				buf_printf(&hint, "%s%s",
				    hint.len > 4 ? " " : "", words[i]);
		}
		buf_adds(&hint, ")");
		free(v->prompt_hint);
		v->prompt_hint = buf_detach(&hint);
	}
	buf_free(&hint);
	buf_free(&text);
	view_cl_strv_free(words);
}

const struct view_prompt view_prompt_cmdline = { ':', ":",
	"   (a command; Tab completes, Enter runs, Esc cancels)", view_cl_enter,
	NULL, NULL, view_cl_complete, 0 };

/* ---- The commands --------------------------------------------------- */

static int
view_cl_quit(struct view *v, const char *args)
{
	(void)v;
	(void)args;
	return (VIEW_QUIT);
}

/* :theme NAME, or the next theme. */
static int
view_cl_theme(struct view *v, const char *args)
{
	free(v->theme_want);
	v->theme_want =
	    *args != '\0' ? xstrndup(args, strcspn(args, " ")) : NULL;
	return (VIEW_THEME);
}

/* :set SETTING VALUE, a line of the config file for this run. */
static int
view_cl_set(struct view *v, const char *args)
{
	char *cause, *msg;

	if (v->cfg_own == NULL) {
		v->cfg_own = config_dup(v->cfg);
		v->cfg = v->cfg_own;
	}
	if (config_set(v->cfg_own, args, &cause) != 0) {
		xasprintf(&msg, "set: %s", cause);
		free(cause);
		view_error(v, msg);
		return (0);
	}
	v->awidth = -1; /* the article laid out again */
	xasprintf(&msg, "set %s", args);
	view_notice(v, msg);
	return (0);
}

/*
 * :date YYYY[-MM[-DD]]: the newest issue of that year, month or day, or
 * the one before it when there is none.
 */
static int
view_cl_date(struct view *v, const char *args)
{
	char   bound[11], *cause, *msg;
	size_t idx, i;
	int    y, m = 12, d = 31, n = 0, rc;

	if (sscanf(args, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 &&
	    args[n] == '\0') {
		/* A day the calendar has (a month or year is a bound). */
		if (store_date_parse(args, bound) != 0) {
			xasprintf(&msg, "no such date: %s", args);
			view_error(v, msg);
			return (0);
		}
	} else if (m = 12, d = 31,
	    sscanf(args, "%4d-%2d%n", &y, &m, &n) == 2 && args[n] == '\0')
		d = 31;
	else if (m = 12, d = 31,
	    sscanf(args, "%4d%n", &y, &n) == 1 && args[n] == '\0')
		;
	else {
		view_error(v, xstrdup("expected: date YYYY[-MM[-DD]]"));
		return (0);
	}
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
		view_error(v, xstrdup("expected: date YYYY[-MM[-DD]]"));
		return (0);
	}
	snprintf(bound, sizeof bound, "%04d-%02d-%02d", y, m, d);
	if (v->tfilter != 0) {
		/* The filter's list, newest first, grows to it. */
		for (i = 0; view_issue(v, i) != NULL; i++) {
			if (*v->fiss[i].date != '\0' &&
			    strcmp(v->fiss[i].date, bound) <= 0) {
				view_select_issue(v, i);
				return (0);
			}
		}
		rc = 1;
	} else if ((rc = store_issue_index_date(v->store, bound, &idx,
			&cause)) == -1) {
		view_error(v, cause);
		return (0);
	} else if (rc == 0)
		view_select_issue(v, idx);
	if (rc == 1)
		view_error(v, xstrdup("no issue on or before that date"));
	return (0);
}

/* :topic NAME toggles that topic's filter; :topic alone, the menu. */
static int
view_cl_topic(struct view *v, const char *args)
{
	size_t i;
	char  *msg;

	if (*args == '\0')
		return (view_cmd_topics(v));
	view_topics_load(v);
	for (i = 0; i < v->ntopics; i++) {
		if (strcmp(v->topics[i].name, args) == 0 ||
		    strcmp(v->topics[i].label, args) == 0) {
			view_topic_toggle(v, (int)i + 1);
			return (0);
		}
	}
	xasprintf(&msg, "no topic %s (Tab lists them)", args);
	view_error(v, msg);
	return (0);
}

/*
 * :jump TEXT: the jump list, narrowed by TEXT already; the headline
 * itself, as Enter there would open it, when it is the only one of the
 * whole archive that TEXT finds.
 */
static int
view_cl_jump(struct view *v, const char *args)
{
	view_jump_open(v);
	view_prompt_set(v, args);
	if (v->prompt != NULL && v->prompt->changed != NULL)
		v->prompt->changed(v);
	if (*args != '\0' && v->jump_done && v->jall && v->njhits == 1 &&
	    v->prompt != NULL)
		return (v->prompt->enter(v, args));
	return (0);
}

static int
view_cl_search(struct view *v, const char *args)
{
	if (*args == '\0') {
		view_prompt_open(v, &view_prompt_search);
		return (0);
	}
	view_search_run(v, args);
	return (0);
}

static int
view_cl_list(struct view *v, const char *args)
{
	return (view_list_open(v, args));
}

static int
view_cl_help(struct view *v, const char *args)
{
	(void)args;
	return (view_cmd_help(v));
}

/* :paper NAME: only that paper's issues; :paper alone, every paper's. */
static int
view_cl_paper(struct view *v, const char *args)
{
	return (view_paper_open(v, args));
}
