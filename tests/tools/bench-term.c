/*
 * bench-term: measures a program from the outside, for make bench.
 *
 *	bench-term exec -- CMD [ARG...]
 *	bench-term reader [-o] [-e TEXT] [-f FILE] [-q KEY] [-n RUNS]
 *	    [-s COLSxROWS] [-w TEXT] [-k SCRIPT] [-t TIMINGFILE] -- CMD [ARG...]
 *
 * exec runs CMD with its output passed through and then prints, on
 * standard error, one line "bench-term wall S user S sys S maxrss KB".
 *
 * reader runs CMD (the reader) RUNS times (default 5) on a pseudo-terminal
 * of the given size (default 120x40, TERM=xterm-256color) and with
 * KANBAO_TIMING set to TIMINGFILE, so that each run is timed twice:
 *
 *  - from outside: start-up is from just before fork() to the last byte of
 *    the first frame, and a key's repaint from the write() of the key to
 *    the last byte it caused.  The end of a frame is the end of a burst of
 *    output (no byte for 100 ms, 50 ms after a key); with -w the first
 *    frame must also contain TEXT, so that what curses writes on starting
 *    up, before any query, cannot pass for it;
 *  - from inside: the reader's own KANBAO_TIMING log ("first-paint N ms",
 *    then "key NAME N ms" per key), read back after it quits.
 *
 * After the first frame the keys of SCRIPT are sent one at a time, each
 * after the previous one's repaint.  SCRIPT is words LABEL=KEY or
 * LABEL=KEY*N (KEY is a character, or Enter, Tab, Space); the figures are
 * summed up per label; a key that changes nothing on the screen has no
 * outside figure (after 2 s), only an inside one.  Then Q (or -q KEY)
 * quits, and wait4() gives the peak resident set size.
 *
 * -o times another program (newsboat, for comparison) from outside only:
 * no log is read back, and the first frame and each key may take up to
 * ten minutes (a repaint then ends after 2 s of silence, since a slow
 * program may pause between a status line and its result); with -e the
 * last key's repaint is not over before TEXT has been written.  With -f,
 * FILE is removed before each run: kanbao's places file, so that each run
 * opens as a first run does, not where the last one was quit.  Output,
 * one figure a line, medians and 95th percentiles over
 * all runs:
 *
 *	startup-outside median MS max MS
 *	startup-inside median MS max MS
 *	maxrss KB
 *	key LABEL outside p50 MS p95 MS inside p50 MS p95 MS n N
 *
 * A run that fails (the reader exits early, never paints, or its log does
 * not match the keys sent) ends the program with status 1.
 */
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/buf.h"
#include "kanbao/file.h"
#include "kanbao/xmalloc.h"

#define BENCH_TERM_QUIET_START	100	/* ms of silence ending frame 1 */
#define BENCH_TERM_QUIET_KEY	50	/* ms of silence ending a repaint */
#define BENCH_TERM_WAIT		20000	/* ms to wait for the first frame */
#define BENCH_TERM_WAIT_KEY	2000	/* ms to wait for a key's repaint */
#define BENCH_TERM_MAXKEYS	1024

/* One key of the script. */
struct bench_term_key {
	char		*label;
	char		 bytes[8];
	double		 outside;	/* ms; < 0: no output seen */
	double		 inside;	/* ms from the log; < 0: none */
};

/* A growing list of samples. */
struct bench_term_samples {
	double		*v;
	size_t		 n;
};

static double
bench_term_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
}

static void
bench_term_add(struct bench_term_samples *s, double v)
{
	s->v = xreallocarray(s->v, s->n + 1, sizeof *s->v);
	s->v[s->n++] = v;
}

static int
bench_term_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

/* The q-quantile (0..1) of s, nearest rank; -1 when empty. */
static double
bench_term_quantile(struct bench_term_samples *s, double q)
{
	size_t	i;

	if (s->n == 0)
		return (-1);
	qsort(s->v, s->n, sizeof *s->v, bench_term_cmp);
	i = (size_t)(q * (double)s->n + 0.999999);
	if (i > 0)
		i--;
	if (i >= s->n)
		i = s->n - 1;
	return (s->v[i]);
}

/* Median as the mean of the two middle values for an even count. */
static double
bench_term_median(struct bench_term_samples *s)
{
	if (s->n == 0)
		return (-1);
	qsort(s->v, s->n, sizeof *s->v, bench_term_cmp);
	if (s->n % 2 == 1)
		return (s->v[s->n / 2]);
	return ((s->v[s->n / 2 - 1] + s->v[s->n / 2]) / 2);
}

static void
bench_term_usage(void)
{
	fprintf(stderr, "usage: bench-term exec -- CMD [ARG...]\n"
	    "       bench-term reader [-o] [-e TEXT] [-f FILE] [-q KEY] "
	    "[-n RUNS] [-s COLSxROWS]\n"
	    "           [-w TEXT] [-k SCRIPT] [-t TIMINGFILE] -- CMD "
	    "[ARG...]\n");
	exit(2);
}

static int
bench_term_exec(char **argv)
{
	struct rusage	ru;
	double		t0, t1;
	pid_t		pid;
	int		status;

	t0 = bench_term_now();
	if ((pid = fork()) == -1)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "bench-term: %s: %s\n", argv[0],
		    strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) == -1)
		fatal("wait4: %s", strerror(errno));
	t1 = bench_term_now();
	fprintf(stderr, "bench-term wall %.3f user %.3f sys %.3f maxrss %ld\n",
	    (t1 - t0) / 1e3,
	    ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
	    ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss);
	if (WIFEXITED(status))
		return (WEXITSTATUS(status));
	return (1);
}

/* Parses SCRIPT into keys; returns how many. */
static size_t
bench_term_script(const char *script, struct bench_term_key *keys)
{
	char		*copy = xstrdup(script), *word, *last, *eq, *star;
	const char	*key;
	size_t		 n = 0;
	long		 times, i;

	for (word = strtok_r(copy, " ", &last); word != NULL;
	    word = strtok_r(NULL, " ", &last)) {
		if ((eq = strchr(word, '=')) == NULL)
			fatal("bad script word: %s", word);
		*eq = '\0';
		key = eq + 1;
		times = 1;
		if ((star = strchr(key, '*')) != NULL) {
			*star = '\0';
			times = strtol(star + 1, NULL, 10);
		}
		for (i = 0; i < times; i++) {
			if (n == BENCH_TERM_MAXKEYS)
				fatal("script too long");
			keys[n].label = xstrdup(word);
			if (strcmp(key, "Enter") == 0)
				strcpy(keys[n].bytes, "\r");
			else if (strcmp(key, "Tab") == 0)
				strcpy(keys[n].bytes, "\t");
			else if (strcmp(key, "Space") == 0)
				strcpy(keys[n].bytes, " ");
			else if (strlen(key) < sizeof keys[n].bytes)
				strcpy(keys[n].bytes, key);
			else
				fatal("bad key: %s", key);
			n++;
		}
	}
	free(copy);
	return (n);
}

/* True when text occurs in b (no memmem: it is not POSIX). */
static int
bench_term_has(const struct buf *b, const char *text)
{
	size_t	n = strlen(text), i;

	for (i = 0; i + n <= b->len; i++) {
		if (memcmp(b->data + i, text, n) == 0)
			return (1);
	}
	return (0);
}

/*
 * Reads what the terminal shows into out until a burst of output ends:
 * at least one byte (and text, when not NULL, somewhere in out) then
 * quiet ms of silence.  Returns the time of the last byte, or -1 if
 * nothing came within patience ms or the program went away.
 */
static double
bench_term_burst(int fd, struct buf *out, const char *text, int quiet,
    int patience)
{
	struct pollfd	pfd = { fd, POLLIN, 0 };
	char		b[65536];
	double		start = bench_term_now(), last = -1, now;
	ssize_t		r;
	int		seen = 0, wait;

	for (;;) {
		now = bench_term_now();
		if (last >= 0 && seen)
			wait = quiet - (int)(now - last);
		else
			wait = patience - (int)(now - start);
		if (wait <= 0)
			return (last >= 0 && seen ? last : -1);
		if (poll(&pfd, 1, wait) == -1) {
			if (errno == EINTR)
				continue;
			fatal("poll: %s", strerror(errno));
		}
		if (!(pfd.revents & (POLLIN | POLLHUP)))
			continue;
		r = read(fd, b, sizeof b);
		if (r <= 0)
			return (-1);	/* EIO: the slave side is closed */
		last = bench_term_now();
		buf_add(out, b, (size_t)r);
		if (!seen)
			seen = text == NULL || bench_term_has(out, text);
	}
}

/* Starts argv on a new pseudo-terminal; returns the master side. */
static int
bench_term_spawn(char **argv, int cols, int rows, const char *timing,
    pid_t *pid)
{
	struct winsize	 ws;
	const char	*name;
	int		 m, s;

	if ((m = posix_openpt(O_RDWR | O_NOCTTY)) == -1 || grantpt(m) != 0 ||
	    unlockpt(m) != 0 || (name = ptsname(m)) == NULL)
		fatal("pseudo-terminal: %s", strerror(errno));
	memset(&ws, 0, sizeof ws);
	ws.ws_col = (unsigned short)cols;
	ws.ws_row = (unsigned short)rows;
	if ((*pid = fork()) == -1)
		fatal("fork: %s", strerror(errno));
	if (*pid == 0) {
		setsid();
		if ((s = open(name, O_RDWR)) == -1)
			_exit(127);
		ioctl(s, TIOCSCTTY, 0);
		ioctl(s, TIOCSWINSZ, &ws);
		dup2(s, 0);
		dup2(s, 1);
		dup2(s, 2);
		if (s > 2)
			close(s);
		close(m);
		setenv("TERM", "xterm-256color", 1);
		setenv("KANBAO_TIMING", timing, 1);
		unsetenv("NO_COLOR");
		execvp(argv[0], argv);
		_exit(127);
	}
	return (m);
}

/*
 * Reads the reader's log: the first paint, then one line per key.
 * Returns the number of key lines, or -1 if there is no first paint.
 */
static long
bench_term_log(const char *path, double *first, struct bench_term_key *keys,
    size_t nkeys)
{
	char	*text, *line, *last, *cause, name[64];
	size_t	 len, n = 0;
	double	 ms;

	*first = -1;
	if ((text = file_read(path, &len, &cause)) == NULL)
		fatal("%s: %s", path, cause);
	for (line = strtok_r(text, "\n", &last); line != NULL;
	    line = strtok_r(NULL, "\n", &last)) {
		if (sscanf(line, "first-paint %lf ms", &ms) == 1)
			*first = ms;
		else if (sscanf(line, "key %63s %lf ms", name, &ms) == 2) {
			if (n < nkeys)
				keys[n].inside = ms;
			n++;
		}
	}
	free(text);
	return (*first < 0 ? -1 : (long)n);
}

static int
bench_term_reader(int argc, char **argv)
{
	static struct bench_term_key	 keys[BENCH_TERM_MAXKEYS];
	struct bench_term_samples	 so = { NULL, 0 }, si = { NULL, 0 };
	struct bench_term_samples	 ko, ki;
	struct rusage			 ru;
	struct buf			 out = BUF_INIT;
	const char			*text = NULL, *script = "", *quit = "Q";
	const char			*last_text = NULL;
	char				 tmpl[] = "/tmp/bench-term.XXXXXX";
	const char			*places = NULL;
	char				*timing = NULL, *label;
	size_t				 nkeys, i, j;
	long				 maxrss = 0, logged;
	double				 t0, t, first, *outs, *ins;
	pid_t				 pid, r;
	int				 ch, m, runs = 5, run, cols = 120;
	int				 rows = 40, status, fd, outside = 0;
	int				 wait_start = BENCH_TERM_WAIT;
	int				 wait_key = BENCH_TERM_WAIT_KEY;
	int				 quiet_key = BENCH_TERM_QUIET_KEY;

	while ((ch = getopt(argc, argv, "e:f:k:n:oq:s:t:w:")) != -1) {
		switch (ch) {
		case 'e':
			last_text = optarg;
			break;
		case 'f':
			places = optarg;
			break;
		case 'o':
			outside = 1;
			wait_start = wait_key = 600000;
			quiet_key = 2000;
			break;
		case 'q':
			quit = optarg;
			break;
		case 'k':
			script = optarg;
			break;
		case 'n':
			runs = atoi(optarg);
			break;
		case 's':
			if (sscanf(optarg, "%dx%d", &cols, &rows) != 2)
				bench_term_usage();
			break;
		case 't':
			timing = xstrdup(optarg);
			break;
		case 'w':
			text = optarg;
			break;
		default:
			bench_term_usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0 || runs < 1)
		bench_term_usage();
	if (timing == NULL) {
		if ((fd = mkstemp(tmpl)) == -1)
			fatal("mkstemp: %s", strerror(errno));
		close(fd);
		timing = xstrdup(tmpl);
	}
	nkeys = bench_term_script(script, keys);
	/* Each run's figures, key i of run r at r * nkeys + i. */
	outs = xcalloc((size_t)runs * nkeys + 1, sizeof *outs);
	ins = xcalloc((size_t)runs * nkeys + 1, sizeof *ins);
	signal(SIGPIPE, SIG_IGN);

	for (run = 0; run < runs; run++) {
		unlink(timing);
		/* Each run a first run: not where the last one left kanbao. */
		if (places != NULL)
			unlink(places);
		buf_truncate(&out, 0);
		t0 = bench_term_now();
		m = bench_term_spawn(argv, cols, rows, timing, &pid);
		if ((t = bench_term_burst(m, &out, text, BENCH_TERM_QUIET_START,
		    wait_start)) < 0)
			fatal("run %d: no first frame%s%s", run + 1,
			    text != NULL ? " showing " : "",
			    text != NULL ? text : "");
		bench_term_add(&so, t - t0);
		for (i = 0; i < nkeys; i++) {
			t0 = bench_term_now();
			if (write(m, keys[i].bytes, strlen(keys[i].bytes)) < 0)
				fatal("write: %s", strerror(errno));
			if (i + 1 == nkeys && last_text != NULL)
				buf_truncate(&out, 0);	/* look from here */
			t = bench_term_burst(m, &out, i + 1 == nkeys ?
			    last_text : NULL, quiet_key, wait_key);
			keys[i].outside = t < 0 ? -1 : t - t0;
			keys[i].inside = -1;
		}
		if (write(m, quit, strlen(quit)) < 0)
			fatal("write: %s", strerror(errno));
		/* Drain until the slave closes, so the reader never blocks. */
		while (bench_term_burst(m, &out, NULL, 100, 5000) >= 0)
			;
		/* The terminal closes a moment before the child is reaped. */
		for (i = 0; (r = wait4(pid, &status, WNOHANG, &ru)) == 0 &&
		    i < 500; i++)
			usleep(10000);
		if (r == 0) {
			kill(pid, SIGKILL);
			fatal("run %d: the reader did not quit on Q", run + 1);
		}
		if (r == -1)
			fatal("wait4: %s", strerror(errno));
		close(m);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			fatal("run %d: the reader ended with status %d",
			    run + 1, status);
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
		if (outside) {
			for (i = 0; i < nkeys; i++)
				outs[(size_t)run * nkeys + i] =
				    keys[i].outside;
			continue;
		}
		if ((logged = bench_term_log(timing, &first, keys, nkeys)) < 0)
			fatal("run %d: no first-paint in %s", run + 1, timing);
		if ((size_t)logged != nkeys)
			fatal("run %d: %ld keys logged, %zu sent", run + 1,
			    logged, nkeys);
		bench_term_add(&si, first);
		for (i = 0; i < nkeys; i++) {
			outs[(size_t)run * nkeys + i] = keys[i].outside;
			ins[(size_t)run * nkeys + i] = keys[i].inside;
		}
	}

	printf("startup-outside median %.3f max %.3f\n",
	    bench_term_median(&so), bench_term_quantile(&so, 1));
	printf("startup-inside median %.3f max %.3f\n",
	    bench_term_median(&si), bench_term_quantile(&si, 1));
	printf("maxrss %ld\n", maxrss);
	for (i = 0; i < nkeys; i++) {
		label = keys[i].label;
		for (j = 0; j < i; j++) {
			if (strcmp(keys[j].label, label) == 0)
				break;
		}
		if (j < i)
			continue;	/* summed up already */
		memset(&ko, 0, sizeof ko);
		memset(&ki, 0, sizeof ki);
		for (j = 0; j < (size_t)runs * nkeys; j++) {
			if (strcmp(keys[j % nkeys].label, label) != 0)
				continue;
			if (outs[j] >= 0)
				bench_term_add(&ko, outs[j]);
			if (ins[j] >= 0)
				bench_term_add(&ki, ins[j]);
		}
		printf("key %s outside p50 %.3f p95 %.3f inside p50 %.3f "
		    "p95 %.3f n %zu\n", label, bench_term_quantile(&ko, 0.5),
		    bench_term_quantile(&ko, 0.95),
		    bench_term_quantile(&ki, 0.5),
		    bench_term_quantile(&ki, 0.95), ki.n);
		free(ko.v);
		free(ki.v);
	}
	for (i = 0; i < nkeys; i++)
		free(keys[i].label);
	free(outs);
	free(ins);
	unlink(timing);
	free(timing);
	buf_free(&out);
	free(so.v);
	free(si.v);
	return (0);
}

int
main(int argc, char **argv)
{
	if (argc < 2)
		bench_term_usage();
	if (strcmp(argv[1], "exec") == 0) {
		if (argc < 4 || strcmp(argv[2], "--") != 0)
			bench_term_usage();
		return (bench_term_exec(argv + 3));
	}
	if (strcmp(argv[1], "reader") == 0)
		return (bench_term_reader(argc - 1, argv + 1));
	bench_term_usage();
	return (2);
}
