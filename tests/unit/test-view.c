/*
 * view: the reader's model without a terminal: layout at each size, the
 * cells text is drawn in, fitting with …, the lines of each pane, commands
 * and their effect on the store, the key table, the welcome screen.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <unistd.h>

#include "kanbao/config.h"
#include "kanbao/reflow.h"
#include "kanbao/import.h"
#include "kanbao/store.h"
#include "kanbao/text.h"
#include "kanbao/topic.h"
#include "kanbao/view.h"
#include "kanbao/xmalloc.h"

/* A page of one article per (title, paragraph) pair, NULL-terminated. */
static struct parse_page *
page_make(const char *title, ...)
{
	struct parse_page	*pg;
	struct parse_article	*a;
	va_list			 ap;
	const char		*t;

	pg = xcalloc(1, sizeof *pg);
	va_start(ap, title);
	for (t = title; t != NULL; t = va_arg(ap, const char *)) {
		pg->articles = xreallocarray(pg->articles, pg->narticles + 1,
		    sizeof *pg->articles);
		a = &pg->articles[pg->narticles++];
		memset(a, 0, sizeof *a);
		a->kind = PARSE_NEWS;
		a->kicker = xstrdup("");
		a->title = xstrdup(t);
		a->subtitle = xstrdup("");
		a->byline = xstrdup("记者 王强");
		a->paragraphs = xcalloc(1, sizeof *a->paragraphs);
		a->paragraphs[0] = xstrdup(va_arg(ap, const char *));
		a->nparagraphs = 1;
		a->continued_to = xstrdup("");
		a->continued_from = xstrdup("");
	}
	va_end(ap);
	return (pg);
}

static void
put(struct store *s, const char *date, int number, const char *text,
    struct parse_page *pg)
{
	struct store_page_in	 in = { date, "undated", number, "test.txt",
	    text, strlen(text), NULL, NULL, 0, 0, 0, NULL };
	struct topic_set	*ts = topic_set_default();
	enum store_put_result	 r;
	size_t			 n;
	char			*cause = NULL;

	assert_int_equal(import_put_page(s, &in, pg, ts, &r, &n, &cause), 0);
	parse_page_free(pg);
	topic_set_free(ts);
}

#define LONG_PARA "本报讯 昨天上午，澄湖临港新区管委会举行2023年首批重点产业项" \
	"目落地推进会。此次活动共有9个项目，总投资达到123.4亿元，其中" \
	"“起跑”港区拼项目，企业服务专员全程跟进，确保项目早开工、早投产、" \
	"早见效。记者了解到，这些项目涵盖集成电路、新能源和智能制造等领域。"

/* Two issues: 2023-02-10 (two pages) and 2023-02-09, at path. */
static struct store *
fixture_at(const char *path)
{
	struct store	*s;
	char		*cause = NULL;

	s = store_open(path, STORE_CREATE, &cause);
	assert_non_null(s);
	put(s, "2023-02-09", 1, "old",
	    page_make("老城区改造启动", "今天改造工程正式开工。", NULL));
	put(s, "2023-02-10", 1, "new 1",
	    page_make("产业项目落地推进会议召开，一个很长很长很长的标题",
	    LONG_PARA, "第二篇", "第二篇的正文。", NULL));
	put(s, "2023-02-10", 2, "new 2",
	    page_make("第二版头条", "第二版的正文。", NULL));
	return (s);
}

static struct store *
fixture(void)
{
	return (fixture_at(":memory:"));
}

static int
line_width(const struct view_line *l)
{
	return (l->x + text_width(l->text, strlen(l->text)));
}

/* view-1.1: three panes from 120 columns, their rectangles tile the row. */
static void
test_view_1_1(void **state)
{
	struct view			*v = view_create(NULL, NULL);
	const struct view_layout	*L;

	(void)state;
	view_layout(v, 160, 50);
	L = view_get_layout(v);
	assert_int_equal(L->npanes, 3);
	assert_int_equal(L->pane[0], VIEW_ISSUES);
	assert_int_equal(L->rect[0].w, 28);
	assert_int_equal(L->rect[1].x, 29);
	assert_int_equal(L->rect[2].x + L->rect[2].w, 160);
	assert_int_equal(L->rect[2].w, 78);
	assert_int_equal(L->status.y, 49);
	assert_int_equal(L->rect[0].h, 49);
	assert_true(L->titled);
	view_free(v);
}

/* view-1.2: two panes from 80, one below; focus picks what is shown. */
static void
test_view_1_2(void **state)
{
	struct store			*s = fixture();
	struct view			*v = view_create(s, NULL);
	const struct view_layout	*L;

	(void)state;
	view_layout(v, 100, 30);
	L = view_get_layout(v);
	assert_int_equal(L->npanes, 2);
	assert_int_equal(L->pane[0], VIEW_ISSUES);
	assert_int_equal(L->pane[1], VIEW_HEADLINES);
	view_cmd(v, VIEW_CMD_OPEN);
	assert_int_equal(L->pane[0], VIEW_HEADLINES);
	assert_int_equal(L->pane[1], VIEW_ARTICLE);
	assert_int_equal(L->rect[1].x + L->rect[1].w, 100);
	view_layout(v, 60, 20);
	assert_int_equal(L->npanes, 1);
	assert_int_equal(L->pane[0], VIEW_HEADLINES);
	assert_int_equal(L->rect[0].w, 60);
	view_free(v);
	store_close(s);
}

/* view-1.3: 1x1 and 0x0 lay out without a status line or with nothing. */
static void
test_view_1_3(void **state)
{
	struct view			*v = view_create(NULL, NULL);
	const struct view_layout	*L;

	(void)state;
	view_layout(v, 1, 1);
	L = view_get_layout(v);
	assert_int_equal(L->npanes, 1);
	assert_int_equal(L->status.h, 0);
	assert_int_equal(L->rect[0].w, 1);
	assert_int_equal(L->rect[0].h, 1);
	assert_false(L->titled);
	view_layout(v, 0, 0);
	assert_int_equal(L->npanes, 0);
	assert_int_equal(view_article_width(60), 58);
	assert_int_equal(view_article_width(5), 5);
	view_free(v);
}

static void
cell(const char *s, int ncp, int width, int pad)
{
	struct view_cell	c;
	size_t			n;

	n = view_cell_next(s, strlen(s), &c);
	assert_int_equal(n, strlen(s));
	assert_int_equal(c.ncp, ncp);
	assert_int_equal(c.width, width);
	assert_int_equal(c.pad, pad);
}

/* view-2.1: cells: what is drawn and how wide it is. */
static void
test_view_2_1(void **state)
{
	(void)state;
	cell("a", 1, 1, 0);
	cell("中", 1, 2, 0);
	cell("e\xcc\x81", 2, 1, 0);		/* e + acute: one cell */
	cell("\xcc\x81", 0, 0, 0);		/* a mark with no base */
	cell("\x1b", 0, 0, 0);			/* ESC */
	cell("\xe2\x80\xae", 0, 0, 0);		/* U+202E */
	cell("👍🏽", 1, 2, 0);			/* modifier not drawn */
	cell("👨‍👩‍👧", 1, 2, 0);			/* first person only */
	cell("🇨🇳", 1, 2, 1);			/* one RI, padded */
	cell("❤️", 1, 1, 0);			/* VS16 not drawn */
}

/* view-2.2: fitting text: cut at display width with …, sanitised. */
static void
test_view_2_2(void **state)
{
	char	*s = NULL;
	size_t	 len = 0;

	(void)state;
	assert_int_equal(view_fit(&s, &len, "中文标题很长", 7), 7);
	assert_string_equal(s, "中文标…");
	free(s);
	s = NULL;
	len = 0;
	assert_int_equal(view_fit(&s, &len, "中文标题", 8), 8);
	assert_string_equal(s, "中文标题");
	free(s);
	s = NULL;
	len = 0;
	view_fit(&s, &len, "a\x1b[31mb\nc\xe2\x80\xae", 20);
	assert_string_equal(s, "a[31mb c");
	free(s);
	s = NULL;
	len = 0;
	assert_int_equal(view_fit(&s, &len, "中文", 1), 1);
	assert_string_equal(s, "…");
	free(s);
}

/* view-3.1: no line of any pane is wider than its pane, at any size. */
static void
test_view_3_1(void **state)
{
	struct store			*s = fixture();
	struct view			*v = view_create(s, NULL);
	const struct view_layout	*L = view_get_layout(v);
	const struct view_line		*lines;
	size_t				 n, i;
	int				 cols, rows, p, f;

	(void)state;
	for (f = 0; f < 3; f++) {
		for (cols = 1; cols <= 170; cols += 3) {
			for (rows = 1; rows <= 40; rows += 13) {
				view_layout(v, cols, rows);
				for (p = 0; p < L->npanes; p++) {
					n = view_pane_lines(v, L->pane[p],
					    &lines);
					assert_true(n <= (size_t)L->rect[p].h);
					for (i = 0; i < n; i++)
						assert_true(line_width(
						    &lines[i]) <=
						    L->rect[p].w);
					assert_true(line_width(view_pane_title(
					    v, L->pane[p])) <= L->rect[p].w);
				}
				assert_true(line_width(view_status(v)) <=
				    cols);
				n = view_help_lines(v, cols, &lines);
				for (i = 0; i < n; i++)
					assert_true(line_width(&lines[i]) <=
					    cols);
			}
		}
		view_cmd(v, VIEW_CMD_OPEN);
	}
	view_free(v);
	store_close(s);
}

/* view-3.2: issues newest first, with dates; headlines with page headers. */
static void
test_view_3_2(void **state)
{
	struct store		*s = fixture();
	struct view		*v = view_create(s, NULL);
	const struct view_line	*lines;
	size_t			 n;

	(void)state;
	view_layout(v, 160, 50);
	n = view_pane_lines(v, VIEW_ISSUES, &lines);
	assert_int_equal(n, 2);
	assert_non_null(strstr(lines[0].text, "2023-02-10"));
	assert_non_null(strstr(lines[1].text, "2023-02-09"));
	assert_int_equal(lines[0].elem, THEME_SELECTED);
	n = view_pane_lines(v, VIEW_HEADLINES, &lines);
	assert_int_equal(n, 5);			/* 2 headers, 3 articles */
	assert_non_null(strstr(lines[0].text, "第1版"));
	assert_non_null(strstr(lines[3].text, "第2版"));
	/* A long title is cut with … within the pane. */
	view_layout(v, 60, 20);
	view_cmd(v, VIEW_CMD_OPEN);
	view_layout(v, 30, 20);
	n = view_pane_lines(v, VIEW_HEADLINES, &lines);
	assert_non_null(strstr(lines[1].text, "…"));
	view_free(v);
	store_close(s);
}

/* view-3.3: the article's paragraphs are reflow's lines at the width. */
static void
test_view_3_3(void **state)
{
	struct store		*s = fixture();
	struct view		*v = view_create(s, NULL);
	const struct view_layout *L = view_get_layout(v);
	const struct view_line	*lines;
	size_t			 n, i, j;
	char			*want, *line;
	int			 w, aw;

	(void)state;
	for (w = 20; w <= 170; w += 7) {
		view_layout(v, w, 60);
		if (view_focus(v) != VIEW_ARTICLE) {
			view_cmd(v, VIEW_CMD_OPEN);
			view_cmd(v, VIEW_CMD_OPEN);
		}
		assert_int_equal(L->pane[L->npanes - 1], VIEW_ARTICLE);
		aw = L->rect[L->npanes - 1].w;
		n = view_pane_lines(v, VIEW_ARTICLE, &lines);
		/* Title, byline, blank, then the paragraph. */
		for (i = 0; i < n && *lines[i].text != '\0'; i++)
			;
		want = reflow_text(LONG_PARA, strlen(LONG_PARA),
		    view_article_width(aw), VIEW_INDENT);
		line = strtok(want, "\n");
		for (j = i + 1; line != NULL; j++) {
			assert_true(j < n);
			assert_string_equal(lines[j].text, line);
			line = strtok(NULL, "\n");
		}
		free(want);
	}
	view_free(v);
	store_close(s);
}

/* view-3.4: opening marks read, s stars, both in the store; q backs out. */
static void
test_view_3_4(void **state)
{
	struct store		*s = fixture();
	struct view		*v = view_create(s, NULL);
	struct store_article	*a;
	int64_t			 id;
	char			*cause = NULL;

	(void)state;
	view_layout(v, 160, 50);
	view_cmd(v, VIEW_CMD_OPEN);
	view_cmd(v, VIEW_CMD_DOWN);
	id = view_article_id(v);
	a = store_article_get(s, id, &cause);
	assert_string_equal(a->title, "第二篇");
	assert_false(a->read);		/* selected, not opened */
	store_article_free(a);
	view_cmd(v, VIEW_CMD_OPEN);
	view_cmd(v, VIEW_CMD_STAR);
	a = store_article_get(s, id, &cause);
	assert_true(a->read);
	assert_true(a->starred);
	store_article_free(a);
	assert_int_equal(view_focus(v), VIEW_ARTICLE);
	assert_int_equal(view_cmd(v, VIEW_CMD_QUIT_BACK), 0);
	assert_int_equal(view_focus(v), VIEW_HEADLINES);
	/* } to page 2, [ to the older issue. */
	view_cmd(v, VIEW_CMD_NEXT_PAGE);
	a = store_article_get(s, view_article_id(v), &cause);
	assert_int_equal(a->page, 2);
	store_article_free(a);
	view_cmd(v, VIEW_CMD_PREV_ISSUE);
	a = store_article_get(s, view_article_id(v), &cause);
	assert_string_equal(a->date, "2023-02-09");
	store_article_free(a);
	/* n: the next unread, opened. */
	view_cmd(v, VIEW_CMD_NEXT_ISSUE);
	view_cmd(v, VIEW_CMD_NEXT_UNREAD);
	assert_int_equal(view_focus(v), VIEW_ARTICLE);
	assert_int_equal(view_cmd(v, VIEW_CMD_QUIT_BACK), 0);
	assert_int_equal(view_cmd(v, VIEW_CMD_QUIT_BACK), 0);
	assert_int_equal(view_cmd(v, VIEW_CMD_QUIT_BACK), VIEW_QUIT);
	view_free(v);
	store_close(s);
}

/* view-4.1: the key table: names resolve, none is bound twice. */
static void
test_view_4_1(void **state)
{
	const struct view_command *k, *k2;
	char			 a[32], b[32];
	const char		*p, *q;
	size_t			 la, lb;

	(void)state;
	assert_int_equal(view_key_lookup("j"), VIEW_CMD_DOWN);
	assert_int_equal(view_key_lookup("Down"), VIEW_CMD_DOWN);
	assert_int_equal(view_key_lookup("Space"), VIEW_CMD_PAGE_DOWN);
	assert_int_equal(view_key_lookup("q"), VIEW_CMD_QUIT_BACK);
	assert_int_equal(view_key_lookup("?"), VIEW_CMD_HELP);
	assert_int_equal(view_key_lookup("x"), VIEW_CMD_NONE);
	assert_int_equal(view_key_lookup("D"), VIEW_CMD_NONE);
	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (k->keys == NULL)
			continue;
		assert_non_null(k->help);
		for (p = k->keys; *p != '\0'; p += la + strspn(p + la, " ")) {
			la = strcspn(p, " ");
			snprintf(a, sizeof a, "%.*s", (int)la, p);
			for (k2 = k + 1; k2->name != NULL || k2->keys != NULL;
			    k2++) {
				if (k2->keys == NULL)
					continue;
				for (q = k2->keys; *q != '\0';
				    q += lb + strspn(q + lb, " ")) {
					lb = strcspn(q, " ");
					snprintf(b, sizeof b, "%.*s", (int)lb,
					    q);
					if (strcmp(a, b) == 0)
						fail_msg("%s bound twice", a);
				}
			}
		}
	}
}

/* Whether the welcome screen has a line that says text. */
static int
welcome_says(struct view *v, const char *text)
{
	const struct view_line	*lines;
	size_t			 n, i;

	n = view_welcome_lines(v, &lines);
	for (i = 0; i < n; i++) {
		if (strstr(lines[i].text, text) != NULL)
			return (1);
	}
	return (0);
}

/*
 * view-4.2: no store: a welcome screen that says how to import, into the
 * store the reader was given (--db) when a plain import would fill
 * another.
 */
static void
test_view_4_2(void **state)
{
	struct view		*v = view_create(NULL, "There is no store");

	(void)state;
	unsetenv("KANBAO_DB");
	view_layout(v, 80, 24);
	assert_true(view_welcome(v));
	assert_true(welcome_says(v, "    kanbao import DIR"));
	view_set_store_path(v, "/nonexistent/elsewhere.db");
	assert_true(welcome_says(v,
	    "    kanbao --db /nonexistent/elsewhere.db import DIR"));
	setenv("KANBAO_DB", "/nonexistent/elsewhere.db", 1);
	assert_true(welcome_says(v, "    kanbao import DIR"));
	unsetenv("KANBAO_DB");
	assert_int_equal(view_cmd(v, VIEW_CMD_DOWN), 0);
	assert_int_equal(view_cmd(v, VIEW_CMD_QUIT_BACK), VIEW_QUIT);
	view_free(v);
}

/*
 * view-4.3: jumping to an article whose issue has gone from the store
 * (another process deleted it after the jump list was read) says so on
 * the status line and leaves the reader usable.
 */
static void
test_view_4_3(void **state)
{
	char		 path[] = "/tmp/kanbao-view-XXXXXX";
	struct store	*s;
	struct view	*v;
	sqlite3		*db;
	const char	*msg;
	int		 fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd != -1);
	close(fd);
	unlink(path);
	s = fixture_at(path);
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	view_input(v, "J");
	view_input(v, "老");
	view_input(v, "城");
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys = ON; "
	    "DELETE FROM issue WHERE date = '2023-02-09';", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	view_input(v, "Enter");
	msg = view_message(v);
	assert_non_null(msg);
	assert_string_equal(msg, "that article is no longer in the store");
	assert_int_equal(view_cmd(v, VIEW_CMD_DOWN), 0);
	view_free(v);
	store_close(s);
	unlink(path);
}

/*
 * view-4.4: the help box fits every terminal size above the status line,
 * shows every key either at once or by scrolling to the end, and scrolls
 * no further.
 */
static void
test_view_4_4(void **state)
{
	struct view		*v = view_create(NULL, NULL);
	struct view_help_box	 box;
	int			 cols, rows;

	(void)state;
	view_cmd(v, VIEW_CMD_HELP);
	for (cols = 1; cols <= 200; cols += 7) {
		for (rows = 1; rows <= 60; rows += 3) {
			view_layout(v, cols, rows);
			view_help_box(v, &box);
			assert_true(box.r.x >= 0 && box.r.y >= 0);
			assert_true(box.r.x + box.r.w <= cols);
			assert_true(box.r.y + box.r.h <= rows);
			/* Above the status line, whose ends would show. */
			assert_true(box.r.y + box.r.h <=
			    rows - view_get_layout(v)->status.h);
			if (rows < 5)
				continue;
			assert_true(box.per * (size_t)box.ncol >= box.nrows ||
			    box.ncol == 1);
			/* G: the last key is the last row shown. */
			view_cmd(v, VIEW_CMD_BOTTOM);
			view_help_box(v, &box);
			assert_true(view_help_shown(v));
			if (box.ncol == 1)
				assert_int_equal(box.top + box.per,
				    box.nrows);
			view_cmd(v, VIEW_CMD_TOP);
		}
	}
	view_cmd(v, VIEW_CMD_QUIT_BACK);
	assert_false(view_help_shown(v));
	view_free(v);
}

/*
 * view-4.5: in a column of the help from 20 to 100 columns wide, each
 * description is there whole: beside its keys and on lines indented under
 * it (all under them when the keys leave too little room), none cut with
 * … and none wider than the column.
 */
static void
test_view_4_5(void **state)
{
	struct view		  *v = view_create(NULL, NULL);
	const struct view_command *k;
	const struct view_line	  *lines;
	char			   got[512];
	size_t			   n, i, len;
	int			   width;

	(void)state;
	view_cmd(v, VIEW_CMD_HELP);
	for (width = 20; width <= 100; width++) {
		n = view_help_lines(v, width, &lines);
		i = 1; /* the heading */
		for (k = view_commands; k->name != NULL || k->keys != NULL;
		     k++) {
			if (k->keys == NULL || k->cmd == VIEW_CMD_NONE)
				continue;
			assert_true(i < n);
			assert_int_equal(lines[i].x, 0);
			assert_memory_equal(lines[i].text, k->keys,
			    strlen(k->keys));
			/* The keys, padded, then two blanks. */
			snprintf(got, sizeof got, "%s",
			    lines[i].text + strspn(lines[i].text +
				strlen(k->keys), " ") + strlen(k->keys));
			for (i++; i < n && lines[i].x != 0; i++) {
				len = strlen(got);
				snprintf(got + len, sizeof got - len, "%s%s",
				    len != 0 ? " " : "", lines[i].text);
			}
			assert_string_equal(got, k->help);
		}
		assert_int_equal(i, n);
		for (i = 0; i < n; i++) {
			assert_true(line_width(&lines[i]) <= width);
			if (i > 0) /* the heading may be cut */
				assert_null(strstr(lines[i].text, "…"));
		}
	}
	view_free(v);
}

/*
 * view-2.3: a cut never leaves an opening quote or a blank before its …
 * (冲刺“… at some width), and still fits the width.
 */
static void
test_view_2_3(void **state)
{
	static const char *const texts[] = {
		"全力冲刺“双过半”目标", "项目 建设 加速 推进 全面 完成",
		"市里《规划》出台", "（上接1版）报道"
	};
	char	*out, *end;
	size_t	 len, i;
	int	 w, used;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		for (w = 2; w <= 30; w++) {
			out = NULL;
			len = 0;
			used = view_fit(&out, &len, texts[i], w);
			assert_true(used <= w);
			assert_int_equal(used, text_width(out, len));
			if (len >= strlen("…") && strcmp(out + len -
			    strlen("…"), "…") == 0) {
				end = out + len - strlen("…");
				*end = '\0';
				if (end > out && (end[-1] == ' ' ||
				    (end - out >= 3 && (strcmp(end - 3, "“") ==
				    0 || strcmp(end - 3, "《") == 0 ||
				    strcmp(end - 3, "（") == 0))))
					fail_msg("'%s' at %d ends '%s…'",
					    texts[i], w, out);
			}
			free(out);
		}
	}
}

/*
 * view-5.1: G over many search hits ends on the last one, the hits coming
 * a slice at a time in idle time; Esc stops the fetching, and a second
 * search replaces the first.
 */
static void
test_view_5_1(void **state)
{
	struct store	*s;
	struct view	*v;
	char		 date[16], title[64];
	size_t		 pos, n, i;
	int		 day, ticks;
	char		*cause = NULL;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	for (day = 1; day <= 120; day++) {
		snprintf(date, sizeof date, "2023-%02d-%02d", 1 + (day - 1) / 28,
		    1 + (day - 1) % 28);
		snprintf(title, sizeof title, "第%d天的新闻", day);
		put(s, date, 1, date, page_make(title, "今天天气晴朗，风和日丽。",
		    "第二篇", "没有这个词。", "第三篇", "又是晴朗的一天。", NULL));
	}
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	view_input(v, "/");
	view_input(v, "晴");
	view_input(v, "朗");
	view_input(v, "Enter");
	view_cmd(v, VIEW_CMD_BOTTOM);
	for (ticks = 0; view_busy(v) && ticks < 10000; ticks++)
		view_idle(v);
	assert_false(view_busy(v));
	pos = view_article_pos(v, &n);
	assert_int_equal(n, 240);
	assert_int_equal(pos, 240);

	/* Esc while hits are still coming keeps those there are. */
	view_input(v, "/");
	view_input(v, "天");
	view_input(v, "Enter");
	pos = view_article_pos(v, &n);
	assert_int_equal(pos, 1);
	assert_true(n < 240);		/* a screenful, not all */
	view_cmd(v, VIEW_CMD_BOTTOM);
	if (view_busy(v)) {
		view_input(v, "Esc");
		assert_false(view_busy(v));
		pos = view_article_pos(v, &n);
		/*
		 * All 240 may be in (the last chunk was full, so the end
		 * is not known yet): those are kept too.
		 */
		assert_true(n >= pos && n <= 240 && n > 0);
		assert_non_null(view_message(v));
	}
	for (i = 0; i < 3; i++)
		view_idle(v);
	view_free(v);
	store_close(s);
}

/*
 * The spans of style elem in the article pane's rows, as "row:text" joined
 * by spaces; THEME_MATCH: every match, the current one too.
 */
static void
article_spans(struct view *v, enum theme_elem elem, char *out, size_t size)
{
	const struct view_line *lines;
	size_t			n, i, len = 0;
	int			k;

	out[0] = '\0';
	n = view_pane_lines(v, VIEW_ARTICLE, &lines);
	for (i = 0; i < n; i++) {
		for (k = 0; k < lines[i].nspans; k++) {
			if (lines[i].spans[k].elem != elem &&
			    (elem != THEME_MATCH ||
				lines[i].spans[k].elem != THEME_MATCH_CURRENT))
				continue;
			len += (size_t)snprintf(out + len, size - len, "%s%zu:%.*s",
			    len == 0 ? "" : " ", i, (int)lines[i].spans[k].len,
			    lines[i].text + lines[i].spans[k].off);
			assert_true(len < size);
		}
	}
}

/* The matches marked in the article pane's rows. */
static void
article_marks(struct view *v, char *out, size_t size)
{
	article_spans(v, THEME_MATCH, out, size);
}

/*
 * Searches with / for the keys typed one by one (NULL-terminated), waits for
 * the hits and opens the first.
 */
static void
search_open(struct view *v, const char *const *keys)
{
	view_input(v, "/");
	for (; *keys != NULL; keys++)
		view_input(v, *keys);
	view_input(v, "Enter");
	while (view_busy(v))
		view_idle(v);
	view_cmd(v, VIEW_CMD_OPEN);
}

/*
 * view-5.2: a search in simplified characters finds an article printed in
 * traditional ones, and the article marks the words as printed (碼頭 for
 * 码头), at their own places; the same search in traditional characters
 * marks the same.  Words are marked as search takes them: apart at an
 * ideographic space, the quotes around them dropped.
 */
static void
test_view_5_2(void **state)
{
	struct store	*s;
	struct view	*v;
	char		 marks[256];
	char		*cause = NULL;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put(s, "2023-03-01", 1, "trad", page_make("湖城碼頭擴建",
	    "本報訊　湖城新碼頭今天開工，碼頭年內建成。", NULL));
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	search_open(v, (const char *const[]){ "码", "头", NULL });
	assert_int_equal(view_article_id(v), 1);
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "0:碼頭 3:碼頭 3:碼頭");
	search_open(v, (const char *const[]){ "碼", "頭", NULL });
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "0:碼頭 3:碼頭 3:碼頭");
	search_open(v, (const char *const[]){ "\"", "码", "头", "\"",
	    "\u3000", "开", "工", NULL });
	assert_int_equal(view_article_id(v), 1);
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "0:碼頭 3:碼頭 3:碼頭 3:開工");
	view_free(v);
	store_close(s);
}

/*
 * view-5.3: a word a line break cuts (…新碼⏎頭…) is marked on both lines;
 * a word typed in curly quotes is searched for and marked without them.
 */
static void
test_view_5_3(void **state)
{
	struct store	*s;
	struct view	*v;
	struct config	*cfg = config_default();
	const struct view_line *lines;
	char		 marks[256];
	size_t		 n;
	char		*cause = NULL;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put(s, "2023-03-01", 1, "trad", page_make("湖城新聞",
	    "湖城新碼頭今天開工，三個泊位年內建成，湖城的碼頭從此多了一處。",
	    NULL));
	cfg->width_cap = 12;
	v = view_create(s, NULL);
	view_set_config(v, cfg);
	view_layout(v, 160, 50);
	search_open(v, (const char *const[]){ "“", "码", "头", "”", NULL });
	assert_int_equal(view_article_id(v), 1);
	/* 湖城新碼⏎頭今天開工，… at 12 columns: the lead is rows 3 to 8. */
	n = view_pane_lines(v, VIEW_ARTICLE, &lines);
	assert_true(n > 7);
	assert_string_equal(lines[4].text, "頭今天開工，");
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "3:碼 4:頭 7:碼頭");
	view_free(v);
	config_free(cfg);
	store_close(s);
}

/*
 * A view at 160 by 10 of a store of one article, text under the title
 * 湖城新闻, 12 columns wide (6 characters a row, 8 rows of the article
 * pane), searched for 码头 and the hit opened: view-5.4 to 5.6.  The
 * caller frees the view, *cfg and *s.
 */
static struct view *
search_one(const char *text, struct store **s, struct config **cfg)
{
	struct view *v;
	char	    *cause = NULL;

	*s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(*s);
	put(*s, "2023-03-01", 1, "p1", page_make("湖城新闻", text, NULL));
	*cfg = config_default();
	(*cfg)->width_cap = 12;
	v = view_create(*s, NULL);
	view_set_config(v, *cfg);
	view_layout(v, 160, 10);
	search_open(v, (const char *const[]){ "码", "头", NULL });
	assert_int_equal(view_article_id(v), 1);
	return (v);
}

/*
 * view-5.4: the match n or N went to is drawn as the current one, the
 * others as matches; past the last match of the last hit n stays and says
 * so, as N does before the first.
 */
static void
test_view_5_4(void **state)
{
	struct store	*s;
	struct view	*v;
	struct config	*cfg;
	char		 cur[256], marks[256];

	(void)state;
	v = search_one(
	    "码头今天开工了。三个泊位年内建成，一处泊位明年建成，两处"
	    "码头今天开工了。三个泊位年内建成，一处泊位明年建成，两处"
	    "码头今天开工了。",
	    &s, &cfg);
	/* The first match, in the lead, is shown at row 1. */
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "1:码头");
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "1:码头 6:码头");
	/* The next below the screen, at the end: a line break cuts it. */
	view_input(v, "n");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "5:码 6:头");
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "1:码头 5:码 6:头");
	assert_null(strstr(view_status(v)->text, "no more matches"));
	view_input(v, "n");
	assert_non_null(strstr(view_status(v)->text,
	    "no more matches: this is the last hit"));
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "5:码 6:头");
	/* N: the match above the screen, then nothing more. */
	view_input(v, "N");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "1:码头");
	assert_null(strstr(view_status(v)->text, "no matches above"));
	view_input(v, "N");
	assert_non_null(strstr(view_status(v)->text,
	    "no matches above: this is the first hit"));
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "1:码头");
	view_free(v);
	config_free(cfg);
	store_close(s);
}

/*
 * view-5.5: N onto a word a line break cut makes both its halves the
 * current match; laid out at a new width, the same match stays current.
 */
static void
test_view_5_5(void **state)
{
	struct store	*s;
	struct view	*v;
	struct config	*cfg, *cfg2 = config_default();
	const struct view_line *lines;
	char		 cur[256], marks[256];
	size_t		 n;
	int		 i;

	(void)state;
	v = search_one(
	    "码头甲在北岸。三个泊位年内建成，一处泊位明年建成。新码头乙在南岸，"
	    "三个泊位年内建成，一处泊位明年建成。三个泊位年内建成，一处泊位明年"
	    "建成。码头丙在东岸。三个泊位年内建成，一处泊位明年建成。三个泊位年"
	    "内建成，一处泊位明年建成。三个泊位年内建成，一处泊位明年建成。三个"
	    "泊位年内建成，一处泊位明年建成。三个泊位年内建成。",
	    &s, &cfg);
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "1:码头");
	/* From the end, N: 码头丙, which a line break cuts (码⏎头丙). */
	view_input(v, "G");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "");
	view_input(v, "N");
	n = view_pane_lines(v, VIEW_ARTICLE, &lines);
	assert_true(n > 2);
	assert_string_equal(lines[1].text, "明年建成。码");
	assert_string_equal(lines[2].text, "头丙在东岸。");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "1:码 2:头");
	/* Up the page, 码头乙 on screen over it: 丙 is still the current. */
	for (i = 0; i < 6; i++)
		view_input(v, "k");
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "0:码头 7:码");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "7:码");
	/* Wider, 丙 whole: still the current one, not the first on screen. */
	cfg2->width_cap = 16;
	view_set_config(v, cfg2);
	view_layout(v, 160, 10);
	n = view_pane_lines(v, VIEW_ARTICLE, &lines);
	assert_true(n > 7);
	assert_string_equal(lines[1].text, "年建成。新码头乙");
	assert_string_equal(lines[7].text, "码头丙在东岸。三");
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "1:码头 7:码头");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "7:码头");
	view_free(v);
	config_free(cfg);
	config_free(cfg2);
	store_close(s);
}

/*
 * view-5.6: a word at the end of the current match's line and another at
 * the start of the next are two matches, not one a line break cut: only
 * the first is current.
 */
static void
test_view_5_6(void **state)
{
	struct store	*s;
	struct view	*v;
	struct config	*cfg;
	const struct view_line *lines;
	char		 cur[256], marks[256];
	size_t		 n;

	(void)state;
	v = search_one("东岸码头码头在北岸。三个泊位年内建成。", &s, &cfg);
	n = view_pane_lines(v, VIEW_ARTICLE, &lines);
	assert_true(n > 4);
	assert_string_equal(lines[3].text, "    东岸码头");
	assert_string_equal(lines[4].text, "码头在北岸。");
	article_marks(v, marks, sizeof marks);
	assert_string_equal(marks, "3:码头 4:码头");
	article_spans(v, THEME_MATCH_CURRENT, cur, sizeof cur);
	assert_string_equal(cur, "3:码头");
	view_free(v);
	config_free(cfg);
	store_close(s);
}

/* Stores the page in, parsed as pg (freed), tagged as an import tags it. */
static void
put_in(struct store *s, struct store_page_in *in, struct parse_page *pg)
{
	struct topic_set	*ts = topic_set_default();
	enum store_put_result	 r;
	size_t			 n;
	char			*cause = NULL;

	assert_int_equal(import_put_page(s, in, pg, ts, &r, &n, &cause), 0);
	parse_page_free(pg);
	topic_set_free(ts);
}

/* A page of paper (NULL: the default paper), as put() does. */
static void
put_paper(struct store *s, const char *paper, const char *date, int number,
    const char *text, struct parse_page *pg)
{
	struct store_page_in in = { date, "undated", number, "test.txt", text,
		strlen(text), paper, NULL, paper != NULL, 0, 0, NULL };

	put_in(s, &in, pg);
}

/* Types ASCII text at a prompt, a key at a time. */
static void
keys_ascii(struct view *v, const char *text)
{
	char	key[2] = { 0, 0 };

	for (; *text != '\0'; text++) {
		key[0] = *text;
		view_input(v, *text == ' ' ? "Space" : key);
	}
}

/* The text of row i of pane p (NULL past the last). */
static const char *
pane_row(struct view *v, enum view_pane p, size_t i)
{
	const struct view_line	*lines;
	size_t			 n;

	n = view_pane_lines(v, p, &lines);
	return (i < n ? lines[i].text : NULL);
}

/*
 * view-6.1: R reads pages another connection imported: a new issue shows
 * in the list, the issue and article selected stay selected (by id, the
 * article at the same line); with nothing new R says so, and an article
 * gone gives way to its neighbour.
 */
static void
test_view_6_1(void **state)
{
	char		 path[] = "/tmp/kanbao-view-XXXXXX";
	struct store	*s, *w;
	struct view	*v;
	int64_t		 id;
	size_t		 pos, n;
	char		*cause = NULL;
	int		 fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd != -1);
	close(fd);
	unlink(path);
	s = fixture_at(path);
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	/* 2023-02-10's second article. */
	view_input(v, "Enter");
	view_input(v, "j");
	id = view_article_id(v);
	assert_true(id != 0);
	assert_int_equal(view_article_pos(v, &n), 2);

	w = store_open(path, 0, &cause);
	assert_non_null(w);
	put(w, "2023-02-11", 1, "newer", page_make("新一期的头条",
	    "新一期的正文。", NULL));
	view_input(v, "R");
	assert_non_null(view_message(v));
	assert_non_null(strstr(view_message(v), "3 issues, 1 new"));
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 0), "2023-02-11"));
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 1), "2023-02-10"));
	assert_int_equal(view_article_id(v), id);
	pos = view_article_pos(v, &n);
	assert_int_equal(pos, 2);
	assert_int_equal(view_focus(v), VIEW_HEADLINES);

	/* The page replaced: the article's id is gone, its place stays. */
	put(w, "2023-02-10", 1, "new 1 again", page_make("另一个标题",
	    "另一段正文。", "再一个", "再一段。", NULL));
	view_input(v, "R");
	assert_non_null(strstr(view_message(v), "3 issues"));
	assert_null(strstr(view_message(v), "new"));
	assert_true(view_article_id(v) != 0);
	view_cmd(v, VIEW_CMD_REDRAW);		/* the message goes */
	assert_non_null(strstr(view_status(v)->text, "2023-02-10"));
	assert_int_equal(view_article_pos(v, &n), 2);
	store_close(w);
	view_free(v);
	store_close(s);
	unlink(path);
}

/*
 * view-6.2: with two papers the issue rows have a paper column and the
 * status line names the paper ("-" the default one); P narrows to each
 * paper in turn (no column then), then shows every paper again; with one
 * paper, no column.  :paper finds a paper by its name in either kind of
 * characters (乙報 for 乙报).
 */
static void
test_view_6_2(void **state)
{
	struct store	*s;
	struct view	*v;
	const struct view_layout *L;
	const struct view_line	*lines;
	const char	*row;
	char		*cause = NULL;
	size_t		 n, i;
	int		 cols, rows, p;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put_paper(s, NULL, "2023-02-09", 1, "a", page_make("甲的头条",
	    "正文。", NULL));
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	row = pane_row(v, VIEW_ISSUES, 0);
	assert_true(strncmp(row, "2023-02-09  1版", strlen("2023-02-09  1版"))
	    == 0);
	view_input(v, "P");
	assert_non_null(strstr(view_message(v), "one paper"));
	view_free(v);

	put_paper(s, "乙报", "2023-02-10", 1, "b", page_make("乙的头条",
	    "正文。", NULL));
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 0), "2023-02-10 乙报"));
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 1), "2023-02-09 -  "));
	assert_true(strncmp(view_status(v)->text, " 乙报 2023-02-10",
	    strlen(" 乙报 2023-02-10")) == 0);
	view_input(v, "P");		/* the default paper first */
	assert_true(store_get_paper(s) != 0);
	assert_non_null(strstr(view_pane_title(v, VIEW_ISSUES)->text,
	    "Issues (1) · -"));
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 0), "2023-02-09  1版"));
	assert_null(pane_row(v, VIEW_ISSUES, 1));
	view_input(v, "P");
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 0), "2023-02-10  1版"));
	assert_null(pane_row(v, VIEW_ISSUES, 1));
	/* :date sees only this paper's issues. */
	view_input(v, ":");
	keys_ascii(v, "date 2023-02-09");
	view_input(v, "Enter");
	assert_non_null(view_message(v));
	assert_string_equal(view_message(v), "no issue on or before that date");
	view_input(v, "P");
	assert_int_equal(store_get_paper(s), 0);
	assert_non_null(pane_row(v, VIEW_ISSUES, 1));
	/* :paper takes the name in the other kind of characters too. */
	view_input(v, ":");
	keys_ascii(v, "paper ");
	view_input(v, "乙");
	view_input(v, "報");
	view_input(v, "Enter");
	assert_true(store_get_paper(s) != 0);
	assert_non_null(strstr(pane_row(v, VIEW_ISSUES, 0), "2023-02-10  1版"));
	view_input(v, ":");
	keys_ascii(v, "paper");
	view_input(v, "Enter");
	assert_int_equal(store_get_paper(s), 0);

	/* A long paper name: every row still fits its pane, at any size. */
	put_paper(s, "一个名字很长很长的报纸", "2023-02-11", 1, "c",
	    page_make("丙的头条", "正文。", NULL));
	view_input(v, "R");
	L = view_get_layout(v);
	for (cols = 1; cols <= 170; cols += 3) {
		for (rows = 1; rows <= 40; rows += 13) {
			view_layout(v, cols, rows);
			for (p = 0; p < L->npanes; p++) {
				n = view_pane_lines(v, L->pane[p], &lines);
				for (i = 0; i < n; i++)
					assert_true(line_width(&lines[i]) <=
					    L->rect[p].w);
				assert_true(line_width(view_pane_title(v,
				    L->pane[p])) <= L->rect[p].w);
			}
			assert_true(line_width(view_status(v)) <= cols);
		}
	}
	view_layout(v, 160, 50);
	/*
	 * The column is at most VIEW_PAPER_W (8) wide, and narrower when
	 * the counts would not fit: the name is cut with …, not the count.
	 */
	assert_string_equal(pane_row(v, VIEW_ISSUES, 0),
	    "2023-02-11 一个名…   1版   1");
	view_free(v);
	store_close(s);
}

/*
 * view-6.3: under a topic filter the issue row's count is of the matching
 * articles that are unread (as kanbao(1) says), not of every match: none
 * read, both; one read, one; both read, no count.
 */
static void
test_view_6_3(void **state)
{
	struct store	*s;
	struct view	*v;
	char		*cause = NULL;
	int		 nread;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put(s, "2023-03-01", 1, "p1", page_make(
	    "重大项目集中开工 总投资86亿元", "8个重大项目集中开工，总投资86亿元，"
	    "计划年内投产，项目建设全面提速。",
	    "又一批项目签约落户 总投资12亿元", "5个项目签约落户，总投资12亿元，"
	    "年内开工建设，明年投产达产。",
	    "社区食堂开张", "老人在家门口吃上热饭。", NULL));
	for (nread = 0; nread <= 2; nread++) {
		v = view_create(s, NULL);
		view_layout(v, 160, 50);
		view_input(v, ":");
		keys_ascii(v, "topic investment");
		view_input(v, "Enter");
		assert_non_null(strstr(view_status(v)->text, "topics: 投资项目"));
		if (nread == 0)
			assert_string_equal(pane_row(v, VIEW_ISSUES, 0),
			    "2023-03-01  1版   2 ");
		else if (nread == 1)
			assert_string_equal(pane_row(v, VIEW_ISSUES, 0),
			    "2023-03-01  1版   1 ");
		else
			assert_string_equal(pane_row(v, VIEW_ISSUES, 0),
			    "2023-03-01  1版     ");
		view_free(v);
		/* The matching articles are the first two stored. */
		assert_int_equal(store_set_read(s, nread + 1, 1, &cause), 0);
	}
	store_close(s);
}

/* A page of the undated issue name, as an import of a file without one. */
static void
put_undated(struct store *s, const char *name, const char *text,
    struct parse_page *pg)
{
	struct store_page_in in = { NULL, name, 1, "test.txt", text,
		strlen(text), NULL, NULL, 0, 0, 0, NULL };

	put_in(s, &in, pg);
}

/* The display columns of row before the first "版" in it. */
static int
col_of_ban(const char *row)
{
	const char	*p = strstr(row, "版");

	assert_non_null(p);
	return (text_width(row, (size_t)(p - row)));
}

/*
 * view-6.4: an undated issue's row (its name as long as its file's) lines
 * up with a dated one at every size: its name cut to a date's width, its
 * start and end around a …, in the date column, so the pages, count and
 * weather fall in the same columns; the jump list shows a placeholder as
 * wide as a date, not an empty date.
 */
static void
test_view_6_4(void **state)
{
	static const int sizes[][2] = { { 80, 24 }, { 120, 30 }, { 160, 50 } };
	struct store	*s;
	struct view	*v;
	char		*dated, *undated;
	char		*cause = NULL;
	size_t		 k;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put(s, "2020-01-03", 1, "dated", page_make("新城区规划公布",
	    "规划今天公布。", NULL));
	put_undated(s, "000_c322fca07439b0d2", "undated",
	    page_make("老城区改造启动", "今天改造工程正式开工。", NULL));
	v = view_create(s, NULL);
	for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		view_layout(v, sizes[k][0], sizes[k][1]);
		/* Rows are borrowed until the pane's next call. */
		assert_non_null(pane_row(v, VIEW_ISSUES, 0));
		dated = xstrdup(pane_row(v, VIEW_ISSUES, 0));
		assert_non_null(pane_row(v, VIEW_ISSUES, 1));
		undated = xstrdup(pane_row(v, VIEW_ISSUES, 1));
		assert_true(strncmp(dated, "2020-01-03 ", 11) == 0);
		assert_true(strncmp(undated, "000_c…b0d2 ", 13) == 0);
		assert_int_equal(col_of_ban(undated), col_of_ban(dated));
		assert_int_equal(text_width(undated, strlen(undated)),
		    text_width(dated, strlen(dated)));
		free(dated);
		free(undated);
	}
	/* The jump list: the same placeholder in its date column. */
	view_layout(v, 160, 50);
	view_input(v, "J");
	keys_ascii(v, "chengqu");
	assert_non_null(strstr(view_pane_title(v, VIEW_HEADLINES)->text,
	    "Jump: 2 headlines"));
	assert_true(strncmp(pane_row(v, VIEW_HEADLINES, 0), "2020-01-03  1 ",
	    14) == 0);
	assert_true(strncmp(pane_row(v, VIEW_HEADLINES, 1), "----------  1 ",
	    14) == 0);
	view_free(v);
	store_close(s);
}

/*
 * view-6.6: with two papers the jump list says each headline's paper, as
 * the issue list does, and so does the weather view each issue's: two
 * papers' same headline, or weather, on the same day are two rows one can
 * tell apart.  (With one paper shown there is no column, as
 * view_paper_col() has it for every list across issues.)
 */
static void
test_view_6_6(void **state)
{
	struct store	*s;
	struct view	*v;
	char		*cause = NULL;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put_paper(s, "甲报", "2023-02-10", 1, "a",
	    page_make("湖城新闻", "湖城今天晴。", NULL));
	put_paper(s, "乙报", "2023-02-10", 1, "b",
	    page_make("湖城新闻", "湖城今天晴。", NULL));
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	view_input(v, "J");
	keys_ascii(v, "hcxw");
	assert_non_null(strstr(view_pane_title(v, VIEW_HEADLINES)->text,
	    "Jump: 2 headlines"));
	/* Of one day, the paper stored first first, as in the issue list. */
	assert_non_null(strstr(pane_row(v, VIEW_HEADLINES, 0),
	    "2023-02-10 甲报"));
	assert_non_null(strstr(pane_row(v, VIEW_HEADLINES, 1),
	    "2023-02-10 乙报"));
	/* So does the weather view: its rows under its two charts. */
	view_input(v, "Esc");
	view_input(v, "Esc");
	view_input(v, "w");
	assert_non_null(strstr(pane_row(v, VIEW_HEADLINES, 3),
	    "2023-02-10 甲报"));
	assert_non_null(strstr(pane_row(v, VIEW_HEADLINES, 4),
	    "2023-02-10 乙报"));
	view_free(v);
	store_close(s);
}

/*
 * view-5.7: news on the status line (what a key did, an end it reached)
 * is drawn in the status line's own style; what failed or was refused in
 * the error style.
 */
static void
test_view_5_7(void **state)
{
	struct store *s = fixture();
	struct view  *v = view_create(s, NULL);

	(void)state;
	view_layout(v, 160, 50);
	view_input(v, "Enter");
	view_input(v, "s");
	assert_string_equal(view_status(v)->text, "starred");
	assert_int_equal(view_status(v)->elem, THEME_STATUS);
	view_input(v, "m");
	assert_int_equal(view_status(v)->elem, THEME_STATUS);
	view_input(v, "]"); /* past the newest issue */
	assert_non_null(strstr(view_status(v)->text, "the newest issue"));
	assert_int_equal(view_status(v)->elem, THEME_STATUS);
	view_input(v, ":");
	keys_ascii(v, "nosuch");
	view_input(v, "Enter");
	assert_non_null(strstr(view_status(v)->text, "unknown command"));
	assert_int_equal(view_status(v)->elem, THEME_ERROR);
	view_input(v, ":");
	keys_ascii(v, "date 2023-02-30");
	view_input(v, "Enter");
	assert_non_null(strstr(view_status(v)->text, "no such date"));
	assert_int_equal(view_status(v)->elem, THEME_ERROR);
	view_free(v);
	store_close(s);
}

/*
 * view-5.8: n finds the next unread article past the oldest issue by
 * going round from the newest, and says so; with none left anywhere it
 * says that, and stays where it was.
 */
static void
test_view_5_8(void **state)
{
	struct store *s = fixture();
	struct view  *v;
	char	     *cause = NULL;

	(void)state;
	assert_int_equal(store_issue_set_read(s, 1, 1, &cause), 0);
	assert_int_equal(store_issue_set_read(s, 2, 1, &cause), 0);
	assert_int_equal(store_set_read(s, 3, 0, &cause), 0); /* 第二篇 */
	v = view_create(s, NULL);
	view_layout(v, 160, 50);
	view_input(v, "j"); /* 2023-02-09, the oldest */
	view_input(v, "l");
	view_input(v, "n");
	assert_int_equal(view_focus(v), VIEW_ARTICLE);
	assert_int_equal(view_article_id(v), 3);
	assert_non_null(strstr(view_status(v)->text, "round from the newest"));
	assert_int_equal(view_status(v)->elem, THEME_STATUS);

	assert_int_equal(store_set_read(s, 3, 1, &cause), 0);
	view_input(v, "R");
	view_input(v, "n");
	assert_non_null(strstr(view_status(v)->text, "no more unread"));
	assert_int_equal(view_article_id(v), 3);
	view_free(v);
	store_close(s);
}

/*
 * view-5.9: { on an issue's first page and } on its last say so, as <
 * and > do at its first and last articles; between, they go from page to
 * page.
 */
static void
test_view_5_9(void **state)
{
	struct store *s = fixture();
	struct view  *v = view_create(s, NULL);

	(void)state;
	view_layout(v, 160, 50);
	view_input(v, "l"); /* 2023-02-10, its first page */
	view_input(v, "{");
	assert_non_null(strstr(view_status(v)->text, "the first page"));
	assert_int_equal(view_status(v)->elem, THEME_STATUS);
	view_input(v, "}");
	assert_int_equal(view_article_id(v), 4); /* 第二版头条 */
	view_input(v, "}");
	assert_non_null(strstr(view_status(v)->text, "the last page"));
	assert_int_equal(view_article_id(v), 4);
	view_free(v);
	store_close(s);
}

/*
 * view-4.6: :jump TEXT opens the headline when it is the only one TEXT
 * finds, as Enter in the jump list would, and leaves no prompt open; with
 * several it shows the list narrowed to them.
 */
static void
test_view_4_6(void **state)
{
	struct store *s = fixture();
	struct view  *v = view_create(s, NULL);

	(void)state;
	view_layout(v, 160, 50);
	view_input(v, ":");
	keys_ascii(v, "jump laocheng");
	view_input(v, "Enter");
	assert_int_equal(view_focus(v), VIEW_ARTICLE);
	assert_int_equal(view_article_id(v), 1);
	view_input(v, ":");
	keys_ascii(v, "jump di");
	view_input(v, "Enter");
	assert_non_null(strstr(view_status(v)->text, "Jump to:"));
	view_free(v);
	store_close(s);
}

/*
 * view-6.7: the reader opens where it was left: the issue, the article and
 * the pane (the one before a mode took the focus); unless an issue dated
 * after the newest it had read came since, which opens first.  What is
 * gone opens as if nothing was kept (a gone article as its issue's
 * headlines), and so does an id another row has now.
 */
static void
test_view_6_7(void **state)
{
	struct store *s = fixture();
	struct view  *v = view_create(s, NULL);
	struct place  pl, want;

	(void)state;
	view_layout(v, 160, 50);
	view_input(v, "j"); /* 2023-02-09 */
	view_input(v, "l");
	view_input(v, "l");
	assert_int_equal(view_focus(v), VIEW_ARTICLE);
	assert_int_equal(view_get_place(v, &pl), 0);
	assert_int_equal(pl.issue, 1);
	assert_true(pl.issue_sum == place_sum("2023-02-09"));
	assert_int_equal(pl.article, 1);
	assert_true(pl.article_sum == place_sum("老城区改造启动"));
	assert_string_equal(pl.newest, "2023-02-10");
	assert_int_equal(pl.pane, VIEW_ARTICLE);
	/* A mode's focus is not kept: the pane before it is. */
	view_input(v, "w");
	assert_int_equal(view_get_place(v, &want), 0);
	assert_int_equal(want.pane, VIEW_ARTICLE);
	view_free(v);

	v = view_create(s, NULL);
	view_set_place(v, &pl);
	view_layout(v, 160, 50);
	assert_non_null(strstr(view_status(v)->text, "2023-02-09"));
	assert_int_equal(view_focus(v), VIEW_ARTICLE);
	assert_int_equal(view_article_id(v), 1);
	view_free(v);

	/* The second issue's second page, at 80 columns. */
	want = pl;
	want.issue = 2;
	want.issue_sum = place_sum("2023-02-10");
	want.article = 4;
	want.article_sum = place_sum("第二版头条");
	want.pane = VIEW_HEADLINES;
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 80, 24);
	assert_int_equal(view_focus(v), VIEW_HEADLINES);
	assert_int_equal(view_get_place(v, &want), 0);
	assert_int_equal(want.article, 4);
	view_free(v);

	/* The newest it knew was deleted since: still where it was. */
	want = pl;
	snprintf(want.newest, sizeof want.newest, "2023-02-11");
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 160, 50);
	assert_non_null(strstr(view_status(v)->text, "2023-02-09"));
	view_free(v);

	/* The article gone, or its id another's: its issue's headlines. */
	want = pl;
	want.article = 99;
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 160, 50);
	assert_non_null(strstr(view_status(v)->text, "2023-02-09"));
	assert_int_equal(view_focus(v), VIEW_HEADLINES);
	view_free(v);
	want = pl;
	want.article_sum = place_sum("另一篇");
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 160, 50);
	assert_int_equal(view_focus(v), VIEW_HEADLINES);
	view_free(v);

	/* The issue gone, or its id another's: the newest. */
	want = pl;
	want.issue = 99;
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 160, 50);
	assert_non_null(strstr(view_status(v)->text, "2023-02-10"));
	assert_int_equal(view_focus(v), VIEW_ISSUES);
	view_free(v);
	want = pl;
	want.issue_sum = place_sum("2023-01-01");
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 160, 50);
	assert_non_null(strstr(view_status(v)->text, "2023-02-10"));
	view_free(v);

	/*
	 * An issue imported beside the reader and not read by it yet: the
	 * place says the newest the reader had read, so it opens first the
	 * next time; and a place that knew less opens the newest.
	 */
	v = view_create(s, NULL);
	view_set_place(v, &pl);
	view_layout(v, 160, 50);
	put(s, "2023-02-11", 1, "newer",
	    page_make("新的一天", "今天的新闻。", NULL));
	assert_int_equal(view_get_place(v, &want), 0);
	assert_string_equal(want.newest, "2023-02-10");
	view_free(v);
	v = view_create(s, NULL);
	view_set_place(v, &want);
	view_layout(v, 160, 50);
	assert_non_null(strstr(view_status(v)->text, "2023-02-11"));
	assert_int_equal(view_focus(v), VIEW_ISSUES);
	view_free(v);
	store_close(s);
}

/*
 * view-6.5: the status line names the topics that chose what the headline
 * pane lists: the topic filter's, under :list --topic the list's own (the
 * filter does not choose a list's rows), none under a list without one,
 * the filter's again when the list is closed.
 */
static void
test_view_6_5(void **state)
{
	struct store	*s;
	struct view	*v;
	char		*cause = NULL;

	(void)state;
	s = store_open(":memory:", STORE_CREATE, &cause);
	assert_non_null(s);
	put(s, "2023-03-01", 1, "p1", page_make(
	    "重大项目集中开工 总投资86亿元", "8个重大项目集中开工，总投资86亿元，"
	    "计划年内投产，项目建设全面提速。",
	    "老旧小区加装电梯 养老服务进社区", "社区居民说，加装电梯和养老"
	    "驿站是民生实事，群众很满意。", NULL));
	v = view_create(s, NULL);
	view_layout(v, 80, 24);
	view_input(v, ":");
	keys_ascii(v, "topic investment");
	view_input(v, "Enter");
	assert_non_null(strstr(view_status(v)->text, "topics: 投资项目"));
	view_input(v, ":");
	keys_ascii(v, "list unread --topic livelihood");
	view_input(v, "Enter");
	assert_null(view_message(v));
	assert_non_null(strstr(view_pane_title(v, VIEW_HEADLINES)->text,
	    "Unread livelihood: 1 article"));
	assert_non_null(strstr(view_status(v)->text, "topics: 民生"));
	assert_null(strstr(view_status(v)->text, "投资项目"));
	view_input(v, "U");
	assert_non_null(strstr(view_pane_title(v, VIEW_HEADLINES)->text,
	    "Unread: 2 articles"));
	assert_null(strstr(view_status(v)->text, "topics:"));
	view_input(v, "Esc");
	assert_non_null(strstr(view_status(v)->text, "topics: 投资项目"));
	view_free(v);
	store_close(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_view_1_1),
		cmocka_unit_test(test_view_1_2),
		cmocka_unit_test(test_view_1_3),
		cmocka_unit_test(test_view_2_1),
		cmocka_unit_test(test_view_2_2),
		cmocka_unit_test(test_view_3_1),
		cmocka_unit_test(test_view_3_2),
		cmocka_unit_test(test_view_3_3),
		cmocka_unit_test(test_view_3_4),
		cmocka_unit_test(test_view_4_1),
		cmocka_unit_test(test_view_4_2),
		cmocka_unit_test(test_view_4_3),
		cmocka_unit_test(test_view_4_4),
		cmocka_unit_test(test_view_4_5),
		cmocka_unit_test(test_view_4_6),
		cmocka_unit_test(test_view_2_3),
		cmocka_unit_test(test_view_5_1),
		cmocka_unit_test(test_view_5_2),
		cmocka_unit_test(test_view_5_3),
		cmocka_unit_test(test_view_5_4),
		cmocka_unit_test(test_view_5_5),
		cmocka_unit_test(test_view_5_6),
		cmocka_unit_test(test_view_5_7),
		cmocka_unit_test(test_view_5_8),
		cmocka_unit_test(test_view_5_9),
		cmocka_unit_test(test_view_6_1),
		cmocka_unit_test(test_view_6_2),
		cmocka_unit_test(test_view_6_3),
		cmocka_unit_test(test_view_6_4),
		cmocka_unit_test(test_view_6_5),
		cmocka_unit_test(test_view_6_6),
		cmocka_unit_test(test_view_6_7),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
