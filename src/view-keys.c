/*
 * The reader's command table: the one place a command is named, bound to
 * its default keys, explained and given the function that runs it.  The
 * help overlay is drawn from it, config bind lines take its names, and the
 * man pages and README are checked against it, so none can drift apart.
 * A new command is one row here and its function.
 *
 * Keys are named, not coded: the ui turns curses key codes into these
 * names, which keeps this table (and its tests) free of curses.  "1-9"
 * names the nine digit keys at once.
 */
#include <string.h>

#include "view-int.h"

const struct view_command view_commands[] = {
	{ VIEW_CMD_DOWN, "down", "j Down", "next row; scroll the article down",
	    view_cmd_down },
	{ VIEW_CMD_UP, "up", "k Up", "previous row; scroll the article up",
	    view_cmd_up },
	{ VIEW_CMD_PAGE_DOWN, "page-down", "PgDn Space C-F",
	    "a screen down; at the end of an article, the next one",
	    view_cmd_page_down },
	{ VIEW_CMD_PAGE_UP, "page-up", "PgUp C-B", "a screen up",
	    view_cmd_page_up },
	{ VIEW_CMD_HALF_DOWN, "half-page-down", "C-D", "half a screen down",
	    view_cmd_half_down },
	{ VIEW_CMD_HALF_UP, "half-page-up", "C-U", "half a screen up",
	    view_cmd_half_up },
	{ VIEW_CMD_TOP, "top", "g Home",
	    "first row, top of the article (Ng: row N)", view_cmd_top },
	{ VIEW_CMD_BOTTOM, "bottom", "G End",
	    "last row, end of the article (NG: row N)", view_cmd_bottom },
	{ VIEW_CMD_COUNT, "count", "1-9", "a count for the next key: 5j, 10G",
	    view_cmd_count },
	{ VIEW_CMD_LEFT, "left", "h Left", "the pane to the left",
	    view_cmd_left },
	{ VIEW_CMD_RIGHT, "right", "l Right", "the pane to the right",
	    view_cmd_right },
	{ VIEW_CMD_NEXT_PANE, "next-pane", "Tab", "the next pane",
	    view_cmd_next_pane },
	{ VIEW_CMD_PREV_PANE, "prev-pane", "BTab", "the previous pane",
	    view_cmd_prev_pane },
	{ VIEW_CMD_OPEN, "open", "Enter", "open the issue or article",
	    view_cmd_right },
	{ VIEW_CMD_BACK, "back", "Backspace", "back to the list",
	    view_cmd_left },
	{ VIEW_CMD_QUIT_BACK, "quit-back", "q",
	    "back; quit from the issue list", view_cmd_quit_back },
	{ VIEW_CMD_QUIT, "quit", "Q", "quit", view_cmd_quit },
	{ VIEW_CMD_PREV_ISSUE, "prev-issue", "[", "the previous (older) issue",
	    view_cmd_prev_issue },
	{ VIEW_CMD_NEXT_ISSUE, "next-issue", "]", "the next (newer) issue",
	    view_cmd_next_issue },
	{ VIEW_CMD_PREV_PAGE, "prev-page", "{", "the previous page",
	    view_cmd_prev_page },
	{ VIEW_CMD_NEXT_PAGE, "next-page", "}", "the next page",
	    view_cmd_next_page },
	{ VIEW_CMD_NEXT_ARTICLE, "next-article", ">",
	    "the next article (ads, weather, banners skipped)",
	    view_cmd_next_article },
	{ VIEW_CMD_PREV_ARTICLE, "prev-article", "<", "the previous article",
	    view_cmd_prev_article },
	{ VIEW_CMD_NEXT_UNREAD, "next-unread", "n",
	    "next search match, else next unread article (past the "
	    "oldest issue, round from the newest)",
	    view_cmd_next_unread },
	{ VIEW_CMD_PREV_MATCH, "prev-match", "N", "the previous search match",
	    view_cmd_prev_match },
	{ VIEW_CMD_SEARCH, "search", "/",
	    "search titles and text (Esc ends the search)", view_cmd_search },
	{ VIEW_CMD_JUMP, "jump", "J", "jump to a headline by text or pinyin",
	    view_cmd_jump },
	{ VIEW_CMD_CMDLINE, "command-line", ":",
	    "a command: :q, :theme, :set, :date, :topic, :jump, :search, "
	    ":list, :paper, :help (Tab completes)",
	    view_cmd_cmdline },
	{ VIEW_CMD_LIST_STARRED, "list-starred", "S",
	    "the starred articles of every issue", view_cmd_list_starred },
	{ VIEW_CMD_LIST_UNREAD, "list-unread", "U",
	    "the unread articles of every issue", view_cmd_list_unread },
	{ VIEW_CMD_TOPIC_CLEAR, "clear-topics", "0",
	    "show all articles again (no topic filter)", view_cmd_topic_clear },
	{ VIEW_CMD_TOPICS, "topics", "t",
	    "the topic menu: 1-9 or Enter toggle a topic", view_cmd_topics },
	{ VIEW_CMD_TOPIC, "toggle-topic", NULL,
	    "toggle topic N (a count) as a filter", view_cmd_topic },
	{ VIEW_CMD_WEATHER, "weather", "w", "the weather of every issue",
	    view_cmd_weather },
	{ VIEW_CMD_CONTINUE, "continuation", "c",
	    "follow 下转 to the continuation, 上接 back", view_cmd_continue },
	{ VIEW_CMD_ESCAPE, "escape", "Esc",
	    "close a prompt or menu; end a search or list, on its article",
	    view_cmd_escape },
	{ VIEW_CMD_PAPER, "next-paper", "P",
	    "only the next paper's issues; after the last, every paper",
	    view_cmd_paper },
	{ VIEW_CMD_RELOAD, "reload", "R",
	    "read the store again for new pages (when idle, by itself)",
	    view_cmd_reload },
	{ VIEW_CMD_STAR, "star", "s", "star or unstar the article",
	    view_cmd_star },
	{ VIEW_CMD_TOGGLE_READ, "toggle-read", "m",
	    "mark the article read, or unread again", view_cmd_toggle_read },
	{ VIEW_CMD_ISSUE_READ, "mark-issue-read", "A",
	    "mark every article of the issue read", view_cmd_issue_read },
	{ VIEW_CMD_THEME, "next-theme", "T", "the next theme", view_cmd_theme },
	{ VIEW_CMD_REDRAW, "redraw", "C-L", "repaint the screen",
	    view_cmd_redraw },
	{ VIEW_CMD_HELP, "help", "?", "this help", view_cmd_help },
	{ VIEW_CMD_MOUSE, NULL, "Wheel", "scroll the pane under the pointer",
	    NULL },
	{ VIEW_CMD_MOUSE, NULL, "Click", "select; click again to open", NULL },
	{ VIEW_CMD_NONE, "none", NULL, "unbind the key", NULL },
	{ VIEW_CMD_NONE, NULL, NULL, NULL, NULL }
};

const struct view_command *
view_command_find(enum view_cmd cmd)
{
	const struct view_command *c;

	for (c = view_commands; c->name != NULL || c->keys != NULL; c++) {
		if (c->cmd == cmd && c->name != NULL)
			return (c);
	}
	return (NULL);
}

enum view_cmd
view_key_lookup(const char *name)
{
	const struct view_command *c;
	const char		  *p, *end;
	size_t			   len = strlen(name);

	for (c = view_commands; c->name != NULL || c->keys != NULL; c++) {
		if (c->cmd == VIEW_CMD_MOUSE || c->keys == NULL)
			continue;
		for (p = c->keys; *p != '\0'; p = end) {
			end = p + strcspn(p, " ");
			if ((size_t)(end - p) == len &&
			    strncmp(p, name, len) == 0)
				return (c->cmd);
			/* "1-9" stands for each of the digits. */
			if (end - p == 3 && strncmp(p, "1-9", 3) == 0 &&
			    len == 1 && *name >= '1' && *name <= '9')
				return (c->cmd);
			end += strspn(end, " ");
		}
	}
	return (VIEW_CMD_NONE);
}
