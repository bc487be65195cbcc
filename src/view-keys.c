/*
 * The reader's key table: the one place a key is bound to a command.  The
 * help overlay is drawn from it, and the man page's KEYS section is checked
 * against it, so the three cannot drift apart.
 *
 * Keys are named, not coded: the ui turns curses key codes into these
 * names, which keeps this table (and its tests) free of curses.  "1-9"
 * names the nine digit keys at once.
 */
#include <string.h>

#include "kanbao/view.h"

const struct view_key view_keys[] = {
	{ "j Down", VIEW_CMD_DOWN, "next row; scroll the article down" },
	{ "k Up", VIEW_CMD_UP, "previous row; scroll the article up" },
	{ "PgDn Space", VIEW_CMD_PAGE_DOWN, "a screen down" },
	{ "PgUp", VIEW_CMD_PAGE_UP, "a screen up" },
	{ "g Home", VIEW_CMD_TOP, "first row, top of the article" },
	{ "G End", VIEW_CMD_BOTTOM, "last row, end of the article" },
	{ "h Left", VIEW_CMD_LEFT, "the pane to the left" },
	{ "l Right", VIEW_CMD_RIGHT, "the pane to the right" },
	{ "Tab", VIEW_CMD_NEXT_PANE, "the next pane" },
	{ "BTab", VIEW_CMD_PREV_PANE, "the previous pane" },
	{ "Enter", VIEW_CMD_OPEN, "open the issue or article" },
	{ "Backspace", VIEW_CMD_BACK, "back to the list" },
	{ "q", VIEW_CMD_QUIT_BACK, "back; quit from the issue list" },
	{ "Q", VIEW_CMD_QUIT, "quit" },
	{ "[", VIEW_CMD_PREV_ISSUE, "the previous (older) issue" },
	{ "]", VIEW_CMD_NEXT_ISSUE, "the next (newer) issue" },
	{ "{", VIEW_CMD_PREV_PAGE, "the previous page" },
	{ "}", VIEW_CMD_NEXT_PAGE, "the next page" },
	{ "n", VIEW_CMD_NEXT_UNREAD,
	  "next search match, else next unread article" },
	{ "N", VIEW_CMD_PREV_MATCH, "the previous search match" },
	{ "/", VIEW_CMD_SEARCH,
	  "search titles and text (Esc ends the search)" },
	{ ": J", VIEW_CMD_JUMP,
	  "jump to a headline by text or pinyin" },
	{ "1-9", VIEW_CMD_TOPIC, "only articles of topic N (t lists them)" },
	{ "0", VIEW_CMD_TOPIC_CLEAR, "show all articles again" },
	{ "t", VIEW_CMD_TOPICS, "the topic menu" },
	{ "w", VIEW_CMD_WEATHER, "the weather of every issue" },
	{ "c", VIEW_CMD_CONTINUE,
	  "follow 下转 to the continuation, 上接 back" },
	{ "Esc", VIEW_CMD_ESCAPE, "close a prompt or menu; end a search" },
	{ "s", VIEW_CMD_STAR, "star or unstar the article" },
	{ "T", VIEW_CMD_THEME, "the next theme" },
	{ "C-L", VIEW_CMD_REDRAW, "repaint the screen" },
	{ "?", VIEW_CMD_HELP, "this help" },
	{ "Wheel", VIEW_CMD_MOUSE, "scroll the pane under the pointer" },
	{ "Click", VIEW_CMD_MOUSE, "select; click again to open" },
	{ NULL, VIEW_CMD_NONE, NULL }
};

enum view_cmd
view_key_lookup(const char *name)
{
	const struct view_key	*k;
	const char		*p, *end;
	size_t			 len = strlen(name);

	for (k = view_keys; k->keys != NULL; k++) {
		if (k->cmd == VIEW_CMD_MOUSE)
			continue;
		for (p = k->keys; *p != '\0'; p = end) {
			end = p + strcspn(p, " ");
			if ((size_t)(end - p) == len &&
			    strncmp(p, name, len) == 0)
				return (k->cmd);
			/* "1-9" stands for each of the digits. */
			if (end - p == 3 && strncmp(p, "1-9", 3) == 0 &&
			    len == 1 && *name >= '1' && *name <= '9')
				return (k->cmd);
			end += strspn(end, " ");
		}
	}
	return (VIEW_CMD_NONE);
}
