/*
 * Papers in the reader: the store's papers, the paper column of the issue
 * pane (only when the store holds more than one paper, and the reader is
 * not narrowed to one), and narrowing the reader to one paper: P for the
 * next paper, :paper NAME, :paper alone for every paper again.
 *
 * The narrowing lives in the store (store_set_paper()), so that every
 * list the reader reads (issues, jump, search, the lists across issues)
 * sees the same paper; narrowing reads the lists again (view_reload()).
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/fold.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/* A paper's name as the reader shows it, cleaned: "-" for the default. */
char *
view_paper_label(const char *name)
{
	return (view_clean(name != NULL && *name != '\0' ? name : "-"));
}

/*
 * Reads the store's papers and sizes the paper column.  A narrowing to a
 * paper that is gone (deleted beside the reader) is lifted.
 */
void
view_papers_load(struct view *v)
{
	int64_t cur = store_get_paper(v->store);
	size_t	i;
	char   *cause, *name;
	int	w, found = 0;

	store_papers_free(v->papers, v->npapers);
	v->papers = NULL;
	v->npapers = 0;
	v->paper_w = 0;
	if (store_papers_brief(v->store, &v->papers, &v->npapers, &cause) !=
	    0) {
		view_error(v, cause);
		return;
	}
	for (i = 0; i < v->npapers; i++) {
		if (v->papers[i].id == cur)
			found = 1;
		name = view_paper_label(v->papers[i].name);
		w = text_width(name, strlen(name));
		if (w > v->paper_w)
			v->paper_w = w;
		free(name);
	}
	if (cur != 0 && !found) {
		store_set_paper(v->store, 0);
		cur = 0;
	}
	/* One paper, or narrowed to one: every row would say the same. */
	if (v->npapers <= 1 || cur != 0)
		v->paper_w = 0;
	if (v->paper_w > VIEW_PAPER_W)
		v->paper_w = VIEW_PAPER_W;
}

/* Narrows the reader to paper (0: every paper) and says so. */
static void
view_paper_set(struct view *v, int64_t paper)
{
	size_t i;
	char  *name, *msg = NULL;

	if (v->mode != NULL)
		view_mode_leave(v,
		    v->focus == VIEW_ARTICLE ? VIEW_ARTICLE : v->mode_focus);
	store_set_paper(v->store, paper);
	view_reload(v, 1);
	for (i = 0; i < v->npapers; i++) {
		if (v->papers[i].id != paper)
			continue;
		name = view_paper_label(v->papers[i].name);
		xasprintf(&msg,
		    "paper %s: %lld issue%s (P: the next paper; "
		    ":paper alone: every paper)",
		    name, (long long)v->nall, v->nall == 1 ? "" : "s");
		free(name);
	}
	if (msg == NULL)
		xasprintf(&msg, "every paper: %lld issues", (long long)v->nall);
	view_notice(v, msg);
}

/* P: the next paper only (by name), after the last every paper again. */
int
view_cmd_paper(struct view *v)
{
	int64_t cur;
	size_t	i;

	view_papers_load(v);
	if (v->npapers <= 1) {
		view_notice(v, xstrdup("there is one paper in the store"));
		return (0);
	}
	cur = store_get_paper(v->store);
	if (cur == 0) {
		view_paper_set(v, v->papers[0].id);
		return (0);
	}
	for (i = 0; i < v->npapers; i++) {
		if (v->papers[i].id == cur)
			break;
	}
	view_paper_set(v, i + 1 < v->npapers ? v->papers[i + 1].id : 0);
	return (0);
}

/*
 * :paper NAME narrows to that paper ("-" the default one), :paper alone
 * shows every paper again.
 */
int
view_paper_open(struct view *v, const char *args)
{
	size_t i, len;
	char  *name, *msg, *want;
	int    pass;

	len = strlen(args);
	while (len > 0 && args[len - 1] == ' ')
		len--;
	if (len == 0) {
		view_paper_set(v, 0);
		return (0);
	}
	view_papers_load(v);
	/* As typed, else folded: 人民日报 finds 人民日報 (kanbao/fold.h). */
	want = xstrndup(args, len);
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < v->npapers; i++) {
			name = view_paper_label(v->papers[i].name);
			if (pass == 0 ? strcmp(name, want) == 0 :
					fold_equal(name, want)) {
				free(name);
				free(want);
				view_paper_set(v, v->papers[i].id);
				return (0);
			}
			free(name);
		}
	}
	free(want);
	xasprintf(&msg, "no paper %.*s (Tab lists them)", (int)len, args);
	view_error(v, msg);
	return (0);
}

/* The papers' names for Tab after :paper (NULL-terminated, caller frees). */
char **
view_paper_words(struct view *v)
{
	char **out;
	size_t i;

	view_papers_load(v);
	out = xcalloc(v->npapers + 1, sizeof *out);
	for (i = 0; i < v->npapers; i++)
		out[i] = view_paper_label(v->papers[i].name);
	return (out);
}

/*
 * After a row's date in a list across issues (S, U, :list, a search), the
 * paper of the row, in the issue list's paper column: nothing when the
 * reader shows one paper, or when the pane (w wide) would keep too little
 * room for the title.
 */
void
view_paper_col(struct view *v, struct view_lb *lb, int64_t paper,
    enum theme_elem elem, int w)
{
	struct buf b = BUF_INIT;
	char	  *name;
	size_t	   i;
	int	   used;

	if (v->paper_w <= 0 ||
	    text_width(lb->b.data, lb->b.len) + v->paper_w + 1 +
		    VIEW_PAPER_TITLE_W >
		w)
		return;
	for (i = 0; i < v->npapers && v->papers[i].id != paper; i++)
		;
	name = view_paper_label(i < v->npapers ? v->papers[i].name : "");
	buf_add(&b, " ", 1);
	used = view_cut(&b, name, strlen(name), v->paper_w);
	while (used++ < v->paper_w)
		buf_addc(&b, ' ');
	buf_add(&b, "", 0);
	view_lb_add(lb, buf_str(&b), elem);
	buf_free(&b);
	free(name);
}
