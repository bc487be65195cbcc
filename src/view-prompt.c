/*
 * The prompts on the status line (search, jump by headline, the command
 * line): line editing and history, the same for every prompt.  What Enter,
 * an edit, Tab and Esc mean is the prompt's own (struct view_prompt).
 *
 * Editing keys, as in readline: Left Right C-b C-f, Home End C-a C-e,
 * Backspace, Delete C-d, C-w (word), C-u (to the start), C-k (to the
 * end); Up Down (or C-p C-n where Up and Down move a list) step through
 * the history of that prompt, which outlives the reader in the data
 * directory (view_set_history).
 *
 * Invariant: icur is a character boundary of input, 0 <= icur <= len.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/history.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/* Opens prompt p with text (NULL: nothing) typed, the cursor at its end. */
void
view_prompt_open(struct view *v, const struct view_prompt *p)
{
	v->prompt = p;
	buf_truncate(&v->input, 0);
	buf_add(&v->input, "", 0);
	v->icur = 0;
	v->hist_pos = v->hist != NULL ? v->hist->n : 0;
	free(v->hist_draft);
	v->hist_draft = NULL;
	free(v->prompt_hint);
	v->prompt_hint = NULL;
}

/* Replaces what is typed with text, the cursor at its end. */
void
view_prompt_set(struct view *v, const char *text)
{
	buf_truncate(&v->input, 0);
	buf_adds(&v->input, text);
	buf_add(&v->input, "", 0);
	v->icur = v->input.len;
}

/* Bytes of the character before (back) or at the cursor, 0 at the end. */
static size_t
view_prompt_char(const struct view *v, int back)
{
	uint32_t cp;

	if (back)
		return (v->icur > 0 ?
			text_utf8_prev(v->input.data, v->icur, &cp) :
			0);
	return (v->icur < v->input.len ? text_utf8_next(v->input.data + v->icur,
					     v->input.len - v->icur, &cp) :
					 0);
}

/* Deletes bytes from..to of the input. */
static void
view_prompt_cut(struct view *v, size_t from, size_t to)
{
	memmove(v->input.data + from, v->input.data + to, v->input.len - to);
	buf_truncate(&v->input, v->input.len - (to - from));
	buf_add(&v->input, "", 0);
	v->icur = from;
}

/* Inserts len bytes of s at the cursor. */
static void
view_prompt_insert(struct view *v, const char *s, size_t len)
{
	size_t tail = v->input.len - v->icur;

	if (v->input.len + len > VIEW_PROMPT_MAX)
		return;
	buf_add(&v->input, s, len); /* grows it */
	memmove(v->input.data + v->icur + len, v->input.data + v->icur, tail);
	memcpy(v->input.data + v->icur, s, len);
	buf_add(&v->input, "", 0);
	v->icur += len;
}

/* C-w: the word before the cursor, and the blanks after it. */
static void
view_prompt_word(struct view *v)
{
	size_t i = v->icur;

	while (i > 0 && v->input.data[i - 1] == ' ')
		i--;
	while (i > 0 && v->input.data[i - 1] != ' ')
		i--;
	view_prompt_cut(v, i, v->icur);
}

/* Up, Down (C-p, C-n): the prompt's history before or after. */
static void
view_prompt_history(struct view *v, int dir)
{
	size_t pos = v->hist_pos;

	if (v->hist == NULL || !history_step(v->hist, v->prompt->ch, &pos, dir))
		return;
	if (v->hist_pos >= v->hist->n) {
		free(v->hist_draft);
		v->hist_draft = xstrdup(buf_str(&v->input));
	}
	v->hist_pos = pos;
	if (pos >= v->hist->n)
		view_prompt_set(v, v->hist_draft != NULL ? v->hist_draft : "");
	else
		view_prompt_set(v, v->hist->v[pos].text);
}

/* Keeps text typed at prompt p, in the file too when there is one. */
static void
view_prompt_keep(struct view *v, const struct view_prompt *p, const char *text)
{
	char *cause;

	if (v->hist == NULL)
		return;
	history_add(v->hist, p->ch, text);
	if (v->hist_path != NULL &&
	    history_save(v->hist, v->hist_path, &cause) != 0)
		view_error(v, cause);
}

/* Editing keys; 1 if name was one (and the text may have changed). */
static int
view_prompt_edit(struct view *v, const char *name)
{
	if (strcmp(name, "Left") == 0 || strcmp(name, "C-B") == 0)
		v->icur -= view_prompt_char(v, 1);
	else if (strcmp(name, "Right") == 0 || strcmp(name, "C-F") == 0)
		v->icur += view_prompt_char(v, 0);
	else if (strcmp(name, "Home") == 0 || strcmp(name, "C-A") == 0)
		v->icur = 0;
	else if (strcmp(name, "End") == 0 || strcmp(name, "C-E") == 0)
		v->icur = v->input.len;
	else if (strcmp(name, "Backspace") == 0)
		view_prompt_cut(v, v->icur - view_prompt_char(v, 1), v->icur);
	else if (strcmp(name, "Delete") == 0 || strcmp(name, "C-D") == 0)
		view_prompt_cut(v, v->icur, v->icur + view_prompt_char(v, 0));
	else if (strcmp(name, "C-W") == 0)
		view_prompt_word(v);
	else if (strcmp(name, "C-U") == 0)
		view_prompt_cut(v, 0, v->icur);
	else if (strcmp(name, "C-K") == 0)
		view_prompt_cut(v, v->icur, v->input.len);
	else if (strcmp(name, "C-P") == 0 ||
	    (strcmp(name, "Up") == 0 && !v->prompt->moves))
		view_prompt_history(v, -1);
	else if (strcmp(name, "C-N") == 0 ||
	    (strcmp(name, "Down") == 0 && !v->prompt->moves))
		view_prompt_history(v, 1);
	else
		return (0);
	return (1);
}

/* A key typed at the prompt. */
int
view_prompt_key(struct view *v, const char *name)
{
	const struct view_prompt *p = v->prompt;
	uint32_t		  cp;
	size_t			  len = strlen(name), n;
	char			 *text;
	int			  rc;

	free(v->error);
	v->error = NULL;
	free(v->prompt_hint);
	v->prompt_hint = NULL;
	if (strcmp(name, "Esc") == 0 ||
	    (strcmp(name, "Backspace") == 0 && v->input.len == 0)) {
		if (p->cancel != NULL)
			p->cancel(v);
		v->prompt = NULL;
		view_layout(v, v->layout.cols, v->layout.lines);
		return (0);
	}
	if (strcmp(name, "Enter") == 0) {
		text = xstrdup(buf_str(&v->input));
		view_prompt_keep(v, p, text);
		rc = p->enter(v, text);
		free(text);
		return (rc);
	}
	if (strcmp(name, "Tab") == 0) {
		if (p->complete != NULL)
			p->complete(v);
		return (0);
	}
	if (view_prompt_edit(v, name))
		;
	else if (strcmp(name, "Down") == 0 || strcmp(name, "Up") == 0 ||
	    strcmp(name, "PgDn") == 0 || strcmp(name, "PgUp") == 0) {
		if (p->moves) {
			n = (size_t)view_page_step(v, VIEW_HEADLINES);
			view_mode_move(v,
			    name[0] == 'D'     ? 1 :
				name[0] == 'U' ? -1 :
				name[2] == 'D' ? (long)n :
						 -(long)n);
		}
		return (0);
	} else if (strcmp(name, "C-L") == 0)
		return (VIEW_REDRAW);
	else if (strcmp(name, "Space") == 0)
		view_prompt_insert(v, " ", 1);
	else if (len > 0 && text_utf8_next(name, len, &cp) == len &&
	    cp >= 0x20 && cp != 0x7f)
		view_prompt_insert(v, name, len);
	else
		return (0);
	if (p->changed != NULL)
		p->changed(v);
	return (0);
}
