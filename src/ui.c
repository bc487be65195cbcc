/*
 * The reader's terminal side: curses set-up and teardown, the main loop,
 * turning keys and mouse events into view commands, and themes.
 *
 * One loop pass: read one event, let the model act on it, repaint once
 * (ui_draw) and refresh.  Nothing is drawn from an event handler.
 *
 * The terminal is put back on every way out: q, every signal whose default
 * is to end the program (ui_signal_table: the handler only sets a flag; the
 * loop leaves, restores, then dies of the same signal), the signals of a
 * crash (the handler writes the saved restore sequence and terminal modes
 * with async-signal-safe calls, then lets the signal do what it did) and
 * fatal() (a hook).  Resizes come from curses as KEY_RESIZE: there is no
 * SIGWINCH handler of our own.
 */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>

#include "kanbao/config.h"
#include "kanbao/history.h"
#include "kanbao/place.h"
#include "kanbao/text.h"
#include "kanbao/theme.h"
#include "kanbao/ui-draw.h"
#include "kanbao/ui-theme.h"
#include "kanbao/ui.h"
#include "kanbao/view.h"
#include "kanbao/xmalloc.h"

static volatile sig_atomic_t ui_signo;
static int		     ui_active;
static FILE		    *ui_timing; /* KANBAO_TIMING log */
static double		     ui_t0;	/* ui_timing_start() */

/* Curses key codes and their names in the key table. */
static const struct {
	int	    code;
	const char *name;
} ui_key_names[] = {
	{ KEY_UP, "Up" },
	{ KEY_DOWN, "Down" },
	{ KEY_LEFT, "Left" },
	{ KEY_RIGHT, "Right" },
	{ KEY_PPAGE, "PgUp" },
	{ KEY_NPAGE, "PgDn" },
	{ KEY_HOME, "Home" },
	{ KEY_END, "End" },
	{ KEY_BTAB, "BTab" },
	{ KEY_ENTER, "Enter" },
	{ KEY_BACKSPACE, "Backspace" },
	{ KEY_DC, "Delete" },
};

static double
ui_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

void
ui_timing_start(void)
{
	ui_t0 = ui_now();
}

/* Whether the character type locale is UTF-8. */
static int
ui_locale_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

/*
 * ncursesw draws only ASCII unless LC_CTYPE is UTF-8, and a locale named
 * in LANG may not be installed (en_US.UTF-8 on a fresh Debian): then
 * C.UTF-8, which every glibc since 2.35 and Debian have, is tried.
 * Returns NULL, or a one-line message (caller frees) when there is no
 * UTF-8 locale at all.
 */
static char *
ui_locale(void)
{
	static const char *const names[] = { "C.UTF-8", "C.utf8" };
	const char		*was;
	char			*msg;
	size_t			 i;

	if (ui_locale_utf8())
		return (NULL);
	was = getenv("LC_ALL");
	if (was == NULL || *was == '\0')
		was = getenv("LC_CTYPE");
	if (was == NULL || *was == '\0')
		was = getenv("LANG");
	for (i = 0; i < sizeof names / sizeof *names; i++) {
		if (setlocale(LC_CTYPE, names[i]) != NULL && ui_locale_utf8())
			return (NULL);
	}
	setlocale(LC_CTYPE, "");
	xasprintf(&msg,
	    "no UTF-8 locale (%s%s, and no C.UTF-8): Chinese "
	    "cannot be shown; install one, or set LANG to one",
	    was != NULL && *was != '\0' ? "the locale is " : "no LANG set",
	    was != NULL && *was != '\0' ? was : "");
	return (msg);
}

static void
ui_restore(void)
{
	if (!ui_active)
		return;
	ui_active = 0;
	mousemask(0, NULL);
	endwin();
}

static void
ui_signal(int sig)
{
	ui_signo = sig;
}

/*
 * Signals that end the program.  UI_SIG_QUIT: the loop leaves and restores
 * the terminal.  UI_SIG_CRASH: no loop pass will come, so the handler
 * itself puts the terminal back, as far as async-signal-safe calls can.
 */
enum ui_sig_kind {
	UI_SIG_QUIT,
	UI_SIG_CRASH,
};

static const struct {
	int		 signo;
	enum ui_sig_kind kind;
} ui_signal_table[] = {
	{ SIGINT, UI_SIG_QUIT },
	{ SIGTERM, UI_SIG_QUIT },
	{ SIGHUP, UI_SIG_QUIT },
	{ SIGQUIT, UI_SIG_QUIT }, /* C-\ */
	{ SIGUSR1, UI_SIG_QUIT },
	{ SIGUSR2, UI_SIG_QUIT },
	{ SIGALRM, UI_SIG_QUIT },
	{ SIGPIPE, UI_SIG_QUIT },
	{ SIGVTALRM, UI_SIG_QUIT },
	{ SIGPROF, UI_SIG_QUIT },
	{ SIGXCPU, UI_SIG_QUIT },
	{ SIGXFSZ, UI_SIG_QUIT },
	{ SIGSEGV, UI_SIG_CRASH },
	{ SIGBUS, UI_SIG_CRASH },
	{ SIGFPE, UI_SIG_CRASH },
	{ SIGILL, UI_SIG_CRASH },
	{ SIGABRT, UI_SIG_CRASH },
	{ SIGTRAP, UI_SIG_CRASH },
	{ SIGSYS, UI_SIG_CRASH },
};
#define UI_NSIGNALS (sizeof ui_signal_table / sizeof *ui_signal_table)

/* What the crash handler writes and restores, made before curses starts. */
static char		ui_crash_seq[256];
static size_t		ui_crash_len;
static struct termios	ui_crash_tio;
static int		ui_crash_tio_ok;
static struct sigaction ui_crash_old[UI_NSIGNALS];

static void
ui_crash_add(const char *s)
{
	size_t n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (ui_crash_len + n < sizeof ui_crash_seq) {
		memcpy(ui_crash_seq + ui_crash_len, s, n);
		ui_crash_len += n;
	}
}

/*
 * Saves the terminal's modes and the sequence that undoes what the reader
 * sets: mouse reporting, keypad mode, hidden cursor, attributes and the
 * alternate screen.  Called once curses knows the terminal.
 */
static void
ui_crash_prepare(void)
{
	ui_crash_len = 0;
	ui_crash_add("\033[?1000l\033[?1002l\033[?1006l");
	ui_crash_add(tigetstr("sgr0"));
	ui_crash_add(tigetstr("cnorm"));
	ui_crash_add(tigetstr("rmkx"));
	ui_crash_add(tigetstr("rmcup"));
	ui_crash_add("\r\n");
}

static void
ui_crash(int sig, siginfo_t *si, void *uc)
{
	size_t i;
	int    saved = errno;

	(void)uc;
	if (ui_active) {
		/* A failed write: nothing more can be done. */
		(void)!write(STDOUT_FILENO, ui_crash_seq, ui_crash_len);
		if (ui_crash_tio_ok)
			tcsetattr(STDIN_FILENO, TCSANOW, &ui_crash_tio);
		ui_active = 0;
	}
	/* Whatever handled it before (SIG_DFL, a sanitizer's) does now. */
	for (i = 0; i < UI_NSIGNALS; i++) {
		if (ui_signal_table[i].signo == sig)
			sigaction(sig, &ui_crash_old[i], NULL);
	}
	/* A fault happens again on return; a sent signal is sent again. */
	if (si == NULL || si->si_code <= 0)
		raise(sig);
	errno = saved;
}

/* The key table's name for a key read by get_wch, or NULL. */
static const char *
ui_key_name(int r, wint_t wc, char buf[8])
{
	size_t i;

	if (r == KEY_CODE_YES) {
		for (i = 0; i < sizeof ui_key_names / sizeof *ui_key_names;
		     i++) {
			if (ui_key_names[i].code == (int)wc)
				return (ui_key_names[i].name);
		}
		return (NULL);
	}
	switch (wc) {
	case ' ':
		return ("Space");
	case '\t':
		return ("Tab");
	case '\r':
	case '\n':
		return ("Enter");
	case 8:
	case 127:
		return ("Backspace");
	case 12:
		return ("C-L");
	case 27:
		return ("Esc");
	}
	if (wc >= 1 && wc <= 26) {
		/* The other control keys: C-A to C-Z. */
		buf[0] = 'C';
		buf[1] = '-';
		buf[2] = (char)('A' + wc - 1);
		buf[3] = '\0';
		return (buf);
	}
	if (wc < 0x20 || wc == 0x7f)
		return (NULL);
	buf[text_utf8_put(buf, (uint32_t)wc)] = '\0';
	return (buf);
}

/* Theme cycling: the names found, and which one is on. */
struct ui_themes {
	char **names;
	size_t n;
	size_t cur; /* n: the built-in one */
};

/* Loads and applies theme name (NULL: default, else built-in). */
static void
ui_theme_set(struct view *v, struct ui_themes *ts, const char *name)
{
	struct theme *t;
	char	     *cause = NULL;
	size_t	      i;

	if (name == NULL) {
		name = "default";
		t = theme_find(name, &cause);
		if (t == NULL) {
			/* No theme files at all: the built-in one, quietly. */
			free(cause);
			cause = NULL;
			t = theme_builtin();
		}
	} else
		t = theme_find(name, &cause);
	if (t == NULL) {
		view_set_error(v, cause);
		free(cause);
		return;
	}
	ui_theme_apply(t);
	ts->cur = ts->n;
	for (i = 0; i < ts->n; i++) {
		if (strcmp(ts->names[i], t->name) == 0)
			ts->cur = i;
	}
	theme_free(t);
}

static void
ui_theme_next(struct view *v, struct ui_themes *ts)
{
	char *msg;

	if (ts->n == 0) {
		view_set_error(v,
		    "no theme files found; using the built-in "
		    "theme");
		return;
	}
	ts->cur = ts->cur + 1 >= ts->n ? 0 : ts->cur + 1;
	ui_theme_set(v, ts, ts->names[ts->cur]);
	if (view_message(v) == NULL) {
		xasprintf(&msg, "theme: %s", ts->names[ts->cur]);
		view_set_notice(v, msg);
		free(msg);
	}
}

static void
ui_paint(struct view *v)
{
	ui_draw(v);
	refresh();
}

/*
 * Sets handler for the signals that end the program (SIG_DFL to die of
 * one), and with ui_signal the crash handler for the signals of a crash.
 */
static void
ui_signals(void (*handler)(int))
{
	struct sigaction sa;
	size_t		 i;

	for (i = 0; i < UI_NSIGNALS; i++) {
		memset(&sa, 0, sizeof sa);
		sigemptyset(&sa.sa_mask);
		if (ui_signal_table[i].kind == UI_SIG_QUIT) {
			/* No SA_RESTART: it must wake the blocked read. */
			sa.sa_handler = handler;
			sigaction(ui_signal_table[i].signo, &sa, NULL);
		} else if (handler == ui_signal) {
			sa.sa_sigaction = ui_crash;
			sa.sa_flags = SA_SIGINFO;
			sigaction(ui_signal_table[i].signo, &sa,
			    &ui_crash_old[i]);
		} else
			sigaction(ui_signal_table[i].signo, &ui_crash_old[i],
			    NULL);
	}
}

int
ui_run(struct store *store, const char *path, const char *message,
    const struct config *cfg, char **cause)
{
	struct view	*v;
	struct ui_themes ts = { NULL, 0, 0 };
	struct theme	*t;
	MEVENT		 me;
	wint_t		 wc;
	const char	*name, *tpath;
	struct place	 pl;
	char		 kbuf[8], *lmsg, *hpath, *tname, *ppath, *pcause = NULL;
	double		 t0 = ui_t0 != 0 ? ui_t0 : ui_now(), t1;
	int		 r, rc, quit = 0;

	if ((tpath = getenv("KANBAO_TIMING")) != NULL && *tpath != '\0')
		ui_timing = fopen(tpath, "a");

	lmsg = ui_locale();
	ui_crash_tio_ok = tcgetattr(STDIN_FILENO, &ui_crash_tio) == 0;
	ui_signals(ui_signal);
	fatal_set_hook(ui_restore);
	if (initscr() == NULL) {
		xasprintf(cause, "cannot use the terminal (TERM=%s)",
		    getenv("TERM") != NULL ? getenv("TERM") : "");
		free(lmsg);
		ui_signals(SIG_DFL);
		return (-1);
	}
	ui_crash_prepare();
	ui_active = 1;
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	/* Wake up now and then even without input, to see signals. */
	timeout(1000);
	ui_theme_init();

	v = view_create(store, message);
	if (store == NULL)
		view_set_store_path(v, path);
	view_set_config(v, cfg);
	if ((hpath = history_default_path()) != NULL) {
		view_set_history(v, hpath);
		free(hpath);
	}
	/* A store made beside the welcome screen has a place kept too. */
	ppath = path != NULL ? place_default_path() : NULL;
	if (ppath != NULL && store != NULL) {
		if ((r = place_load(ppath, path, &pl, &pcause)) == 1)
			view_set_place(v, &pl);
		else if (r < 0) {
			view_set_error(v, pcause);
			free(pcause);
			pcause = NULL;
		}
	}
	ts.n = theme_names(&ts.names);
	/* Whatever happens to the named theme, something is applied. */
	t = theme_builtin();
	ui_theme_apply(t);
	theme_free(t);
	ts.cur = ts.n;
	ui_theme_set(v, &ts, cfg->theme);
	if (lmsg != NULL) {
		view_set_error(v, lmsg);
		free(lmsg);
	}
	view_layout(v, COLS, LINES);
	ui_paint(v);
	if (ui_timing != NULL)
		fprintf(ui_timing, "first-paint %.3f ms\n", ui_now() - t0);

	while (!quit && ui_signo == 0) {
		/* With work for idle time, do it whenever no key waits. */
		timeout(view_busy(v) ? 0 : 1000);
		r = get_wch(&wc);
		if (ui_signo != 0)
			break;
		if (r == ERR) {
			if (view_idle(v))
				ui_paint(v);
			continue;
		}
		t1 = ui_now();
		rc = 0;
		name = NULL;
		if (r == KEY_CODE_YES && wc == KEY_RESIZE)
			view_layout(v, COLS, LINES);
		else if (r == KEY_CODE_YES && wc == KEY_MOUSE) {
			if (getmouse(&me) != OK)
				continue;
			if (me.bstate & BUTTON4_PRESSED)
				rc = view_wheel(v, me.x, me.y, -1);
			else if (me.bstate & BUTTON5_PRESSED)
				rc = view_wheel(v, me.x, me.y, 1);
			else if (me.bstate & BUTTON1_PRESSED)
				rc = view_click(v, me.x, me.y);
		} else {
			name = ui_key_name(r, wc, kbuf);
			rc = view_input(v, name);
		}
		if (rc & VIEW_QUIT)
			quit = 1;
		if ((rc & VIEW_THEME) && (tname = view_theme_take(v)) != NULL) {
			ui_theme_set(v, &ts, tname);
			if (view_message(v) == NULL) {
				xasprintf(&lmsg, "theme: %s", tname);
				view_set_notice(v, lmsg);
				free(lmsg);
			}
			free(tname);
		} else if (rc & VIEW_THEME)
			ui_theme_next(v, &ts);
		if (rc & VIEW_REDRAW)
			clearok(curscr, TRUE);
		if (!quit) {
			ui_paint(v);
			if (ui_timing != NULL)
				fprintf(ui_timing, "key %s %.3f ms\n",
				    name != NULL ? name : "-", ui_now() - t1);
		}
	}

	ui_restore();
	fatal_set_hook(NULL);
	if (ui_signo == 0)
		ui_signals(SIG_DFL);
	/*
	 * Where the reader was quit, for the next run: said if it fails.  A
	 * signal (the terminal gone, a kill) keeps the last place quit.
	 */
	if (ppath != NULL && ui_signo == 0 && view_get_place(v, &pl) == 0 &&
	    place_save(ppath, path, &pl, &pcause) != 0) {
		fprintf(stderr, "kanbao: cannot keep the reader's place: %s\n",
		    pcause);
		free(pcause);
	}
	free(ppath);
	view_free(v);
	theme_names_free(ts.names, ts.n);
	if (ui_timing != NULL) {
		fclose(ui_timing);
		ui_timing = NULL;
	}
	if (ui_signo != 0) {
		/* Die of the signal, as the shell expects. */
		ui_signals(SIG_DFL);
		raise(ui_signo);
	}
	return (0);
}
