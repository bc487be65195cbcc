/*
 * Painting the reader: copies the view model's lines onto the curses
 * screen, cell by cell, never past a pane's edge.
 */
#ifndef KANBAO_UI_DRAW_H
#define KANBAO_UI_DRAW_H

struct view;

/* Paints the whole screen from v into curses' buffer (no refresh). */
void ui_draw(struct view *v);

#endif
