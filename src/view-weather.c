/*
 * The weather view (w), a mode of the headline pane: every issue's
 * forecast, one row an issue in the issue list's order, with sparklines
 * of the highs and lows of the issues on screen above them: in the same
 * order (the top row's point on the left), each with its own scale, and
 * the dates of their first and last points.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/* A sparkline block for t between lo and hi. */
static const char *
view_spark(int t, int lo, int hi)
{
	static const char *const bars[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇",
		"█" };
	int			 k;

	if (hi <= lo)
		return (bars[3]);
	k = (t - lo) * 7 / (hi - lo);
	return (bars[k < 0 ? 0 : k > 7 ? 7 : k]);
}

/* The lowest and highest of one series (highs or lows) on screen. */
struct view_scale {
	int lo, hi;
	int any;
};

static void
view_scale_add(struct view_scale *sc, int t)
{
	sc->lo = !sc->any || t < sc->lo ? t : sc->lo;
	sc->hi = !sc->any || t > sc->hi ? t : sc->hi;
	sc->any = 1;
}

/* Points a sparkline row has room for: its label and scale beside it. */
static size_t
view_spark_room(int w, size_t rows)
{
	int room = w - 4 - 12;

	if (room < 1)
		room = 1;
	return ((size_t)room < rows ? (size_t)room : rows);
}

/*
 * One sparkline row: the highs (or lows) of issues first..first+n-1 in
 * the list's order (the top row on the left), blank where an issue has
 * none, then the series' scale.
 */
static void
view_spark_line(struct view *v, struct view_lines *l, int w, size_t first,
    size_t n, const struct view_scale *sc, int highs)
{
	struct view_lb	    lb = VIEW_LB_INIT;
	struct store_issue *is;
	struct buf	    spark = BUF_INIT;
	size_t		    k;

	for (k = first; k < first + n; k++) {
		if ((is = view_issue_in(v, &v->wwin, k, 0)) == NULL)
			break;
		if (highs ? is->has_high : is->has_low)
			buf_adds(&spark,
			    view_spark(highs ? is->high : is->low, sc->lo,
				sc->hi));
		else
			buf_addc(&spark, ' ');
	}
	buf_add(&spark, "", 0);
	view_lb_add(&lb, highs ? " 高 " : " 低 ", THEME_HEADLINE);
	view_lb_add(&lb, buf_str(&spark), THEME_WEATHER);
	if (sc->any)
		view_lb_addf(&lb, THEME_COUNT, "  %d–%d℃", sc->lo, sc->hi);
	buf_free(&spark);
	view_lb_done(&lb, l, 0, w, THEME_NORMAL, 0);
}

/* Under the sparklines: the dates of their first and last points. */
static void
view_spark_dates(struct view *v, struct view_lines *l, int w, size_t first,
    size_t n)
{
	struct view_lb	    lb = VIEW_LB_INIT;
	struct store_issue *a, *b;
	const char	   *da, *db;
	int		    same;

	a = view_issue_in(v, &v->wwin, first, 0);
	b = n > 0 ? view_issue_in(v, &v->wwin, first + n - 1, 0) : NULL;
	if (a == NULL || b == NULL || a == b) {
		view_line_text(l, "", 0, w, THEME_NORMAL);
		return;
	}
	/*
	 * MM-DD of a dated issue when both ends are of one year, else the
	 * whole date; an undated one by its name.
	 */
	same = strlen(a->date) == 10 && strlen(b->date) == 10 &&
	    strncmp(a->date, b->date, 4) == 0;
	da = strlen(a->date) == 10 ? a->date + (same ? 5 : 0) : a->name;
	db = strlen(b->date) == 10 ? b->date + (same ? 5 : 0) : b->name;
	view_lb_add(&lb, "    ", THEME_NORMAL);
	view_lb_addf(&lb, THEME_DATE, "%s", da);
	view_lb_add(&lb, " → ", THEME_NOTE);
	view_lb_addf(&lb, THEME_DATE, "%s", db);
	view_lb_done(&lb, l, 0, w, THEME_NORMAL, 0);
}

static void
view_weather_lines(struct view *v, struct view_lines *l, int w, int h)
{
	struct view_lb	    lb = VIEW_LB_INIT;
	struct view_scale   highs = { 0, 0, 0 }, lows = { 0, 0, 0 };
	struct store_issue *is;
	enum theme_elem	    elem;
	size_t		    i, first, last, n = 0;
	int		    head = view_mode_head(v), rows;
	char		   *s, *t;

	rows = h - head;
	view_scroll_fix(v->msel, &v->mtop, rows > 0 ? rows : 1);
	first = v->mtop;
	last = first + (size_t)(rows > 0 ? rows : 1);
	/* A scale per series: the highs and lows of the issues on screen. */
	for (i = first;
	     i < last && (is = view_issue_in(v, &v->wwin, i, 0)) != NULL; i++) {
		n = i - first + 1;
		if (is->has_high)
			view_scale_add(&highs, is->high);
		if (is->has_low)
			view_scale_add(&lows, is->low);
	}
	if (head > 0) {
		n = view_spark_room(w, n);
		view_spark_line(v, l, w, first, n, &highs, 1);
		view_spark_line(v, l, w, first, n, &lows, 0);
		view_spark_dates(v, l, w, first, n);
	}
	for (i = first;
	     i < last && (is = view_issue_in(v, &v->wwin, i, 0)) != NULL; i++) {
		elem = view_mode_elem(v, i);
		s = view_issue_label(is);
		view_lb_add(&lb, s, THEME_DATE);
		free(s);
		view_paper_col(v, &lb, is->paper, THEME_DATE, w);
		if (is->has_high && is->has_low) {
			char t2[32];

			snprintf(t2, sizeof t2, "%d/%d", is->high, is->low);
			view_lb_addf(&lb, THEME_WEATHER, " %7s℃ %s%s", t2,
			    view_spark(is->high, highs.lo, highs.hi),
			    view_spark(is->low, lows.lo, lows.hi));
		} else if (is->has_weather)
			view_lb_add(&lb, "          ", THEME_WEATHER);
		if (is->has_weather) {
			xasprintf(&s, " %s", is->today);
			if (*is->tomorrow != '\0') {
				xasprintf(&t, "%s → %s", s, is->tomorrow);
				free(s);
				s = t;
			}
			if (*is->wind != '\0') {
				xasprintf(&t, "%s  %s", s, is->wind);
				free(s);
				s = t;
			}
			t = view_row_text(v, s);
			view_lb_add(&lb, t, elem);
			free(t);
			free(s);
		} else
			view_lb_add(&lb, " (no weather)", THEME_NOTE);
		view_lb_done(&lb, l, 0, w, elem, elem != THEME_NORMAL);
	}
}

/* The issues on screen, in a window of the weather's own. */
static void
view_weather_load(struct view *v)
{
	int rows = view_body_h(v, VIEW_HEADLINES) - view_mode_head(v);

	if (rows < 1)
		rows = 1;
	view_scroll_fix(v->msel, &v->mtop, rows);
	(void)view_issue_in(v, &v->wwin, v->mtop, 1);
	(void)view_issue_in(v, &v->wwin, v->mtop + (size_t)rows - 1, 1);
}

static void
view_weather_leave(struct view *v)
{
	store_issues_free(v->wwin.v, v->wwin.n);
	memset(&v->wwin, 0, sizeof v->wwin);
}

static size_t
view_weather_rows(struct view *v)
{
	return ((size_t)v->nissues);
}

/* Rows above the list: the sparklines and a blank line. */
static int
view_weather_head(const struct view *v)
{
	return (view_body_h(v, VIEW_HEADLINES) > 4 ? 3 : 0);
}

static void
view_weather_title(struct view *v, struct view_lb *lb, enum theme_elem elem)
{
	view_lb_addf(lb, elem, " Weather (%lld issues)", (long long)v->nissues);
}

static int
view_weather_key(struct view *v, enum view_cmd cmd)
{
	struct store_issue *is;

	switch (cmd) {
	case VIEW_CMD_OPEN:
		is = view_issue(v, v->msel);
		view_mode_leave(v, VIEW_HEADLINES);
		if (is != NULL)
			view_select_issue(v, v->msel);
		return (0);
	case VIEW_CMD_ESCAPE:
	case VIEW_CMD_QUIT_BACK:
	case VIEW_CMD_BACK:
	case VIEW_CMD_WEATHER:
		view_mode_leave(v, v->mode_focus);
		return (0);
	default:
		return (-1);
	}
}

const struct view_mode view_mode_weather = {
	.name = "weather",
	.rows = view_weather_rows,
	.head = view_weather_head,
	.lines = view_weather_lines,
	.title = view_weather_title,
	.key = view_weather_key,
	.load = view_weather_load,
	.leave = view_weather_leave,
};
