/*
 * Themes on the terminal.  Each element gets a colour pair of its own
 * (pair number = element + 1), so switching themes re-initialises pairs
 * and everything already on screen changes at the next refresh.
 *
 * Colour depth: 256 when the terminal has at least 256 colours, else the
 * eight basic colours (theme_colour8 maps the rest), else none; NO_COLOR
 * (https://no-color.org) set to anything but "" means none.  Without
 * colour, attributes alone carry the theme, and the elements colour alone
 * would tell apart get attributes of their own (ui_theme_plain).
 */
#include <stdlib.h>

#include "kanbao/ui-theme.h"

/*
 * Without colour, the attributes elements get on top of their theme's:
 * those that colour alone tells apart (the selected row, the focused
 * title, the status line, a match) would otherwise vanish.
 */
static const int ui_theme_plain[THEME_NELEMS] = {
	[THEME_SELECTED] = THEME_REVERSE,
	[THEME_SELECTED_DIM] = THEME_UNDERLINE,
	[THEME_TITLE_FOCUS] = THEME_REVERSE,
	[THEME_STATUS] = THEME_REVERSE,
	[THEME_MATCH] = THEME_UNDERLINE,
};

static int		  ui_theme_colours;  /* 0, 8 or 256 */
static int		  ui_theme_defaults; /* -1 works */
static struct theme_style ui_theme_style[THEME_NELEMS];

void
ui_theme_init(void)
{
	const char *nc = getenv("NO_COLOR");

	ui_theme_colours = 0;
	if ((nc != NULL && *nc != '\0') || !has_colors())
		return;
	if (start_color() == ERR)
		return;
	ui_theme_defaults = use_default_colors() == OK;
	if (COLORS >= 256 && COLOR_PAIRS > THEME_NELEMS)
		ui_theme_colours = 256;
	else if (COLORS >= 8 && COLOR_PAIRS > THEME_NELEMS)
		ui_theme_colours = 8;
}

static short
ui_theme_colour(int c, int fallback)
{
	if (c == THEME_DEFAULT)
		return (ui_theme_defaults ? -1 : (short)fallback);
	if (ui_theme_colours < 256)
		return ((short)theme_colour8(c));
	return ((short)c);
}

void
ui_theme_apply(const struct theme *t)
{
	int i;

	for (i = 0; i < THEME_NELEMS; i++) {
		ui_theme_style[i] = t->style[i];
		if (ui_theme_colours != 0)
			init_pair((short)(i + 1),
			    ui_theme_colour(t->style[i].fg, COLOR_WHITE),
			    ui_theme_colour(t->style[i].bg, COLOR_BLACK));
	}
}

attr_t
ui_theme_attr(enum theme_elem e, short *pair)
{
	const struct theme_style *s = &ui_theme_style[e];
	attr_t			  a = A_NORMAL;
	int			  attr = s->attr;

	*pair = ui_theme_colours != 0 ? (short)(e + 1) : 0;
	if (ui_theme_colours == 0)
		attr |= ui_theme_plain[e];
	if (attr & THEME_BOLD)
		a |= A_BOLD;
	if (attr & THEME_DIM)
		a |= A_DIM;
	if (attr & THEME_UNDERLINE)
		a |= A_UNDERLINE;
	if (attr & THEME_REVERSE)
		a |= A_REVERSE;
	if (attr & THEME_ITALIC)
		a |= A_ITALIC;
	if (attr & THEME_STANDOUT)
		a |= A_STANDOUT;
	return (a);
}
