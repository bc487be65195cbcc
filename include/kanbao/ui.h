/*
 * The reader on the terminal (ncursesw).  Everything it shows comes from
 * the view model (view.h); this side only turns keys into commands and
 * copies the model's lines onto the screen.
 */
#ifndef KANBAO_UI_H
#define KANBAO_UI_H

struct store;
struct config;

/*
 * Runs the reader until the user quits.  store may be NULL (nothing to
 * read yet): a welcome screen then says how to import pages, with message
 * (may be NULL) saying why, and the store is opened once an import makes
 * it at path (may be NULL).  cfg holds the settings (config.h; its theme
 * is the one to use, NULL: the default) and outlives the call.
 * The terminal is restored on every way out, signals and fatal() included.
 * Returns 0, or -1 with *cause set (caller frees) if the terminal could
 * not be used.
 */
int ui_run(struct store *store, const char *path, const char *message,
    const struct config *cfg, char **cause);

/*
 * Marks the start of the reader command: with KANBAO_TIMING=FILE set, the
 * time from here to the first paint is logged to FILE, then the time each
 * key takes to repaint.
 */
void ui_timing_start(void);

#endif
