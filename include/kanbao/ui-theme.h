/*
 * Themes on the terminal: colour pairs and attributes for each element of
 * a theme (theme.h), with 256 colours, 8 colours or none (NO_COLOR, or a
 * terminal without colour).
 */
#ifndef KANBAO_UI_THEME_H
#define KANBAO_UI_THEME_H

#include <curses.h>

#include "kanbao/theme.h"

/* Starts colour after initscr(); decides how many colours to use. */
void ui_theme_init(void);
/* Makes t the theme drawn with (t is copied). */
void ui_theme_apply(const struct theme *t);
/* Attributes and colour pair of an element. */
attr_t ui_theme_attr(enum theme_elem, short *pair);

#endif
