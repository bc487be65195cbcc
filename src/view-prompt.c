/*
 * The prompts on the status line (search, jump): what a key does to the
 * text typed.  What Enter, an edit and Esc mean is the prompt's own
 * (struct view_prompt); the editing is the same for every prompt.
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/text.h"
#include "kanbao/xmalloc.h"
#include "view-int.h"

/* Opens prompt p with nothing typed. */
void
view_prompt_open(struct view *v, const struct view_prompt *p)
{
	v->prompt = p;
	buf_truncate(&v->input, 0);
}

/* A key typed at the prompt. */
int
view_prompt_key(struct view *v, const char *name)
{
	const struct view_prompt	*p = v->prompt;
	uint32_t			 cp;
	size_t				 len = strlen(name), n;
	char				*text;
	int				 rc;

	free(v->error);
	v->error = NULL;
	if (strcmp(name, "Esc") == 0 || (strcmp(name, "Backspace") == 0 &&
	    v->input.len == 0)) {
		if (p->cancel != NULL)
			p->cancel(v);
		v->prompt = NULL;
		view_layout(v, v->layout.cols, v->layout.lines);
		return (0);
	}
	if (strcmp(name, "Enter") == 0) {
		text = xstrdup(buf_str(&v->input));
		rc = p->enter(v, text);
		free(text);
		return (rc);
	}
	if (strcmp(name, "Backspace") == 0) {
		n = text_utf8_prev(v->input.data, v->input.len, &cp);
		buf_truncate(&v->input, v->input.len - n);
	} else if (strcmp(name, "Down") == 0 || strcmp(name, "Up") == 0 ||
	    strcmp(name, "PgDn") == 0 || strcmp(name, "PgUp") == 0) {
		if (p->moves) {
			n = (size_t)view_page_step(v, VIEW_HEADLINES);
			view_mode_move(v, name[0] == 'D' ? 1 : name[0] == 'U' ?
			    -1 : name[2] == 'D' ? (long)n : -(long)n);
		}
		return (0);
	} else if (strcmp(name, "C-L") == 0)
		return (VIEW_REDRAW);
	else if (strcmp(name, "Space") == 0) {
		if (v->input.len < VIEW_PROMPT_MAX)
			buf_addc(&v->input, ' ');
	} else if (len > 0 && text_utf8_next(name, len, &cp) == len &&
	    cp >= 0x20 && cp != 0x7f) {
		if (v->input.len + len <= VIEW_PROMPT_MAX)
			buf_add(&v->input, name, len);
	} else
		return (0);
	if (p->changed != NULL)
		p->changed(v);
	return (0);
}
