/*
 * PDF files through poppler-utils.  kanbao never reads PDF syntax itself:
 * pdfinfo counts the pages and pdftotext extracts one page at a time, each
 * in a child process (fork and exec, no shell) with its CPU time, memory
 * and file writes limited by rlimits, its output read through a pipe up to
 * PDF_MAX_OUTPUT bytes, and a wall-clock deadline after which it is killed.
 * A hostile PDF can crash or stall the extractor; kanbao reports the page
 * and goes on.
 */
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/pdf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

/* Memory a child may map: poppler needs little for a newspaper page. */
#define PDF_CHILD_MEMORY (1024UL * 1024 * 1024)
/* Bytes of the child's error output kept for the message. */
#define PDF_MAX_ERRORS 4096

int
pdf_is_pdf_name(const char *name)
{
	size_t n = strlen(name);

	return (n > 4 && strcasecmp(name + n - 4, ".pdf") == 0);
}

/* 1 if prog is an executable file in a directory of PATH. */
static int
pdf_have(const char *prog)
{
	const char *path = getenv("PATH"), *p, *q;
	char	   *file;
	int	    found = 0;

	if (path == NULL)
		path = "/usr/bin:/bin";
	for (p = path;; p = q + 1) {
		if ((q = strchr(p, ':')) == NULL)
			q = p + strlen(p);
		if (q == p)
			xasprintf(&file, "./%s", prog);
		else
			xasprintf(&file, "%.*s/%s", (int)(q - p), p, prog);
		found = access(file, X_OK) == 0;
		free(file);
		if (found || *q == '\0')
			break;
	}
	return (found);
}

/* The time limit: PDF_TIMEOUT, or KANBAO_PDF_TIMEOUT seconds (1-3600). */
static int
pdf_timeout(void)
{
	const char *s = getenv("KANBAO_PDF_TIMEOUT");
	char	   *end;
	long	    v;

	if (s == NULL || *s == '\0')
		return (PDF_TIMEOUT);
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 1 || v > 3600)
		return (PDF_TIMEOUT);
	return ((int)v);
}

static double
pdf_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

/* In the child, between fork and exec: limits, then the program. */
static void
pdf_child(char *const argv[], int out, int err)
{
	struct rlimit rl;
	int	      null;

	rl.rlim_cur = rl.rlim_max = (rlim_t)pdf_timeout();
	setrlimit(RLIMIT_CPU, &rl);
	rl.rlim_cur = rl.rlim_max = PDF_CHILD_MEMORY;
	setrlimit(RLIMIT_AS, &rl);
	rl.rlim_cur = rl.rlim_max = 0;
	setrlimit(RLIMIT_CORE, &rl);
	setrlimit(RLIMIT_FSIZE, &rl);
	if ((null = open("/dev/null", O_RDONLY)) != -1)
		dup2(null, STDIN_FILENO);
	dup2(out, STDOUT_FILENO);
	dup2(err, STDERR_FILENO);
	if (out != STDOUT_FILENO && out != STDERR_FILENO)
		close(out);
	if (err != STDOUT_FILENO && err != STDERR_FILENO)
		close(err);
	execvp(argv[0], argv);
	_exit(127);
}

/* The first line of the child's complaints, for the message. */
static const char *
pdf_first_error(struct buf *err)
{
	char *nl;

	if (err->len == 0)
		return ("");
	if ((nl = strchr(err->data, '\n')) != NULL)
		*nl = '\0';
	return (err->data);
}

/*
 * Poppler without its language packs (poppler-data, a package of its own
 * that a minimal install leaves out) cannot map the characters of a CID
 * font such as a Chinese paper's: pdftotext says so on its error output,
 * leaves those characters out and succeeds.  The collection it names
 * (Adobe-GB1), or NULL when it said nothing of the kind.
 */
static char *
pdf_missing_pack(struct buf *err)
{
	static const char what[] = "Missing language pack for '";
	const char	 *p, *q;

	if (err->len == 0 || (p = strstr(buf_str(err), what)) == NULL)
		return (NULL);
	p += sizeof what - 1;
	if ((q = strchr(p, '\'')) == NULL || q - p > 64)
		return (xstrdup("CJK"));
	return (xstrndup(p, (size_t)(q - p)));
}

/*
 * Runs argv[0] (pdftotext or pdfinfo) and returns what it wrote on its
 * standard output, or NULL with *cause set.
 */
static char *
pdf_run(char *const argv[], size_t *len, char **cause)
{
	struct buf    out = BUF_INIT, err = BUF_INIT;
	struct pollfd pfd[2];
	char	      chunk[65536];
	double	      deadline;
	ssize_t	      n;
	pid_t	      pid;
	int	      op[2], ep[2], status, left, timeout, i, ms;
	char	     *pack;
	int	      killed = 0, toobig = 0;

	if (!pdf_have(argv[0])) {
		xasprintf(cause,
		    "%s not found: install poppler-utils (the "
		    "Debian package that has it) to read PDF files",
		    argv[0]);
		return (NULL);
	}
	if (pipe(op) != 0) {
		xasprintf(cause, "pipe: %s", strerror(errno));
		return (NULL);
	}
	if (pipe(ep) != 0) {
		xasprintf(cause, "pipe: %s", strerror(errno));
		close(op[0]);
		close(op[1]);
		return (NULL);
	}
	if ((pid = fork()) == -1) {
		xasprintf(cause, "fork: %s", strerror(errno));
		close(op[0]);
		close(op[1]);
		close(ep[0]);
		close(ep[1]);
		return (NULL);
	}
	if (pid == 0) {
		close(op[0]);
		close(ep[0]);
		pdf_child(argv, op[1], ep[1]);
	}
	close(op[1]);
	close(ep[1]);
	pfd[0].fd = op[0];
	pfd[1].fd = ep[0];
	left = 2;
	deadline = pdf_now() + pdf_timeout();
	while (left > 0) {
		ms = (int)((deadline - pdf_now()) * 1000);
		if (ms <= 0) {
			killed = 1;
			break;
		}
		pfd[0].events = pfd[1].events = POLLIN;
		if ((timeout = poll(pfd, 2, ms)) == -1) {
			if (errno == EINTR)
				continue;
			killed = 1;
			break;
		}
		for (i = 0; i < 2; i++) {
			if (pfd[i].fd == -1 || pfd[i].revents == 0)
				continue;
			n = read(pfd[i].fd, chunk, sizeof chunk);
			if (n == -1 && errno == EINTR)
				continue;
			if (n <= 0) {
				close(pfd[i].fd);
				pfd[i].fd = -1;
				left--;
				continue;
			}
			if (i == 0 && out.len + (size_t)n > PDF_MAX_OUTPUT) {
				toobig = 1;
				break;
			}
			if (i == 0)
				buf_add(&out, chunk, (size_t)n);
			else if (err.len < PDF_MAX_ERRORS)
				buf_add(&err, chunk, (size_t)n);
		}
		if (toobig)
			break;
	}
	if (killed || toobig)
		kill(pid, SIGKILL);
	for (i = 0; i < 2; i++) {
		if (pfd[i].fd != -1)
			close(pfd[i].fd);
	}
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	/*
	 * Stopped by the clock, or by the processor-time limit it runs under
	 * (the kernel's SIGXCPU, then SIGKILL), whichever came first.
	 */
	if (killed ||
	    (WIFSIGNALED(status) &&
		(WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL)))
		xasprintf(cause, "%s took more than %d s: stopped", argv[0],
		    pdf_timeout());
	else if (toobig)
		xasprintf(cause,
		    "%s wrote more than %u bytes for one page: "
		    "stopped",
		    argv[0], PDF_MAX_OUTPUT);
	else if (WIFSIGNALED(status))
		xasprintf(cause, "%s died of signal %d%s%s", argv[0],
		    WTERMSIG(status), err.len != 0 ? ": " : "",
		    pdf_first_error(&err));
	else if (WEXITSTATUS(status) != 0)
		xasprintf(cause, "not a PDF it can read (%s: %s)", argv[0],
		    err.len != 0 ? pdf_first_error(&err) : "failed");
	else if ((pack = pdf_missing_pack(&err)) != NULL) {
		xasprintf(cause,
		    "%s has no language pack for this PDF's fonts (%s), so "
		    "their characters would be lost: install poppler-data "
		    "(the Debian package that has it) and try again",
		    argv[0], pack);
		free(pack);
	} else {
		buf_free(&err);
		if (out.data == NULL)
			buf_adds(&out, "");
		*len = out.len;
		return (buf_detach(&out));
	}
	buf_free(&err);
	buf_free(&out);
	return (NULL);
}

int
pdf_page_count(const char *path, char **cause)
{
	char  *argv[] = { (char *)"pdfinfo", (char *)"--", (char *)path, NULL };
	char  *out, *p, *end;
	size_t len;
	long   n = -1;

	if ((out = pdf_run(argv, &len, cause)) == NULL)
		return (-1);
	for (p = out; p != NULL && *p != '\0'; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncmp(p, "Pages:", 6) == 0) {
			n = strtol(p + 6, &end, 10);
			break;
		}
	}
	free(out);
	if (n < 0) {
		*cause = xstrdup("not a PDF it can read (pdfinfo gives no "
				 "page count)");
		return (-1);
	}
	if (n > PDF_MAX_PAGES) {
		xasprintf(cause,
		    "%ld pages, more than the %d an issue may have"
		    ": split it first (e.g. with pdfseparate)",
		    n, PDF_MAX_PAGES);
		return (-1);
	}
	return ((int)n);
}

char *
pdf_extract(const char *path, int page, int layout, size_t *len, char **cause)
{
	char pg[16], *argv[12];
	int  i = 0;

	snprintf(pg, sizeof pg, "%d", page);
	argv[i++] = (char *)"pdftotext";
	argv[i++] = (char *)"-enc";
	argv[i++] = (char *)"UTF-8";
	if (layout)
		argv[i++] = (char *)"-bbox-layout";
	argv[i++] = (char *)"-f";
	argv[i++] = pg;
	argv[i++] = (char *)"-l";
	argv[i++] = pg;
	argv[i++] = (char *)path;
	argv[i++] = (char *)"-";
	argv[i] = NULL;
	return (pdf_run(argv, len, cause));
}

struct parse_page *
pdf_parse_page(const char *path, int page, struct buf *explain, int *nolayer,
    char **text, size_t *textlen, char **cause)
{
	struct parse_page *pg;
	const char	  *encoding;
	char		  *xhtml, *raw, *why = NULL;
	size_t		   len, rawlen;
	int		   nowords = 0;

	*nolayer = 0;
	*text = NULL;
	if ((xhtml = pdf_extract(path, page, 1, &len, cause)) == NULL)
		return (NULL);
	pg = pdf_layout_parse(xhtml, len, explain, text, textlen, &nowords,
	    &why);
	free(xhtml);
	if (nowords) {
		*nolayer = 1;
		*text = xstrdup("");
		*textlen = 0;
		return (xcalloc(1, sizeof *pg));
	}
	if (pg != NULL)
		return (pg);

	/* The layout could not be read: the text parser on the text. */
	if (explain != NULL)
		buf_printf(explain, "layout refused (%s): text parser\n", why);
	free(why);
	if ((raw = pdf_extract(path, page, 0, &rawlen, cause)) == NULL)
		return (NULL);
	*text = text_decode(raw, rawlen, textlen, &encoding, cause);
	free(raw);
	if (*text == NULL)
		return (NULL);
	return (parse_page(*text, *textlen));
}
