/*
 * kanbao import [--date D] [--page N] [--paper NAME] [--dry-run] [--reread]
 * PATH...:
 * parse page files (or the page files under directories) and store them.
 *
 * A page's place is paper, issue and page.  The paper comes from --paper,
 * else the directory above a date directory, else the page's masthead,
 * else the default paper; date and page from the options, else from the
 * path (2023-02-10, 20230210, p01, _01, 第1版), else the page goes to an
 * undated issue named after the file.  A file whose name holds no page
 * number keeps its name as the page's label and gets the next free number
 * of its issue; a file with form feeds (a whole issue from pdftotext) is
 * one page per form-feed section, numbered in order.
 *
 * An unchanged page is recognised by its text before it is parsed, and a
 * file of one page by its path, size and modification time before it is
 * even read (import_read_raw() says when they are kept), as make and rsync
 * do; --reread reads every file.  The store commits whole pages only,
 * several at a time (STORE_IMPORT), so a killed import leaves whole pages
 * and a re-run picks up where it stopped.  A bad file is reported and
 * skipped; the exit status is then 1.  The summary names every replaced
 * page, every page filed under an undated issue and every file found that
 * is not a page.
 *
 * Files are read, decoded, parsed and tagged (import_read()) on a second
 * thread, a few files ahead of the main thread, which alone writes the
 * store and says what happened (import_store()), file by file in order:
 * the output is the same as if each file were read as it is stored.
 * What the reading thread finds stored already (read on a connection of
 * its own) spares it the parse; the main thread decides again.
 */
#include <sys/stat.h>

#include <assert.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "kanbao/cli-store.h"
#include "kanbao/file.h"
#include "kanbao/import.h"
#include "kanbao/paper.h"
#include "kanbao/parse.h"
#include "kanbao/pdf.h"
#include "kanbao/text.h"
#include "kanbao/topic.h"

/* The names import reads, matched without regard to case. */
static const char *const import_exts[] = { ".txt", ".text", ".md", ".markdown",
	NULL };

/* Names of skipped files shown in the summary; the rest are counted. */
#define IMPORT_SHOW_SKIPPED 5

/*
 * Seconds a file must be older than the import for its size and time to be
 * kept (import_read_raw()).
 */
#define IMPORT_SETTLE 2

/* Directories below a path given to import, at most. */
#define IMPORT_WALK_DEPTH 32

/* A file as the system knows it: ino 0 for none (not a regular file). */
struct import_id {
	dev_t dev;
	ino_t ino;
};

struct import_list {
	char		 **paths;
	struct store_stat *stats; /* each path's when listed; size -1: none */
	struct import_id  *ids;	  /* each file's, to know it by another path */
	size_t		   n;
};

struct import_stats {
	size_t pages;
	size_t added;
	size_t replaced;
	size_t articles;
	size_t skipped;
	size_t nolayer; /* PDF pages without text */
};

/* A numbered page this import has put in an issue, and its file. */
struct import_claim {
	int   number;
	char *source;
};

/*
 * What this import has done in an issue: the numbered pages it put there
 * (a second file for one of them is a clash, not a replacement); and, in
 * a dry run, which stores nothing, the next free number and the numbers
 * it gave pages known by label (which a numbered page moves on).
 */
struct import_next {
	char		    *issue; /* paper '\n' key */
	int		     next;
	int		    *labelled;
	size_t		     nlabelled;
	struct import_claim *claims;
	size_t		     nclaims;
};

struct import_ctx {
	struct store	 *s; /* NULL: a dry run without a store */
	struct topic_set *ts;
	const char	 *date;	 /* --date */
	int		  page;	 /* --page */
	const char	 *paper; /* --paper */
	int		  dry_run;
	int		  reread;  /* --reread: no file is known by its stat */
	int64_t		  settled; /* a file's time before this is trusted */
	int		  wrote; /* a page was put: reads from before differ */
	struct import_stats st;
	struct buf	    notes; /* replaced, moved, undated lines */
	struct import_next *next;
	size_t		    nnext;
	size_t		    last; /* next[] found last: files come by issue */
};

/*
 * What reading a file (import_read()) made of it, a step at a time, to be
 * said and stored in that order by import_store().
 */
enum import_step_type {
	IMPORT_SAY,	/* an error about the file */
	IMPORT_NOLAYER, /* a PDF page without text */
	IMPORT_PAGE	/* a page to store */
};

struct import_step {
	enum import_step_type type;
	char		     *msg;  /* IMPORT_SAY: what cli_error() says */
	struct store_page_in  in;   /* IMPORT_PAGE: strings the file's */
	char		     *text; /* the page text in.text points at */
	struct parse_page    *pg;   /* the text parsed; NULL: not yet */
	struct import_page    made; /* pg tagged, for the store */
	int		      held; /* stored as it is when read */
	size_t		      held_articles;
};

struct import_file {
	const char	    *path; /* borrowed from the list */
	struct store_page_in in;   /* where its pages go */
	char		     date[11];
	char		    *name;     /* the issue's, clean */
	char		    *source;   /* the path, clean */
	char		    *label;    /* the page's label, or NULL */
	char		    *found;    /* the paper its path or text names */
	char		    *masthead; /* a PDF's paper, from a page */
	int		     number;   /* page number; 0: by label */
	int		     numbered; /* by its name or --page */
	int		     text;     /* a text file */
	int		     has_stat; /* stat is its, from before reading */
	struct store_stat    stat;
	int		     hashed; /* its bytes read: raw_hash, one_page */
	char		    *raw;    /* its bytes until decoded */
	size_t		     rawlen;
	uint64_t	     raw_hash;
	int		     one_page; /* no form feed divides it */
	int		     held;     /* bytes or stat stored when read */
	size_t		     held_articles;
	struct store_stat    held_stat; /* kept with the bytes found */
	int		     read;	/* the steps are made */
	struct import_step **steps;
	size_t		     nsteps;
	size_t		     bytes; /* its weight in the queue */
	struct import_file  *next;  /* on the list of files stored */
};

/*
 * The files read ahead by the reading thread, in the order of the list,
 * for the main thread to take.  The main thread's work comes in bursts:
 * a page is stored quickly, and its index entries are all written when
 * the batch commits (store_fts_flush()), a few megabytes of page text
 * at a time.  So the queue holds about a batch, for the reading to go on
 * meanwhile, and is bounded in bytes (of the files and their text), so
 * that a slow store holds back the reading and not memory.
 */
#define IMPORT_AHEAD	   1024		      /* files read ahead, at most */
#define IMPORT_AHEAD_BYTES (16 * 1024 * 1024) /* and bytes, but one file */
#define IMPORT_WAKE	   8  /* files read that wake the main thread */
#define IMPORT_HINT_RUN	   64 /* files looked up in one read transaction */

struct import_pipe {
	const struct import_ctx	 *c;
	const struct import_list *l;
	char			 *db; /* the store's path; NULL: no hints */
	int			  threaded;
	pthread_t		  thread;
	pthread_mutex_t		  lock;
	pthread_cond_t		  ready;   /* a file was read */
	pthread_cond_t		  room;	   /* the queue is half empty */
	int			  taking;  /* waiting for ready */
	int			  reading; /* waiting for room */
	struct import_file	 *q[IMPORT_AHEAD];
	size_t			  first; /* the queue's first slot */
	size_t			  n;	 /* files in the queue */
	size_t			  bytes; /* and their bytes */
	size_t			  taken; /* files taken, of l */
	struct import_file	 *done;	 /* stored, for the reader to free */
};

/* Parses and tags the text of step's page. */
static void
import_step_parse(const struct import_ctx *c, struct import_step *step)
{
	step->pg = parse_page(step->in.text, step->in.len);
	import_page_make(&step->made, step->pg, c->ts);
}

/* Adds path, whose stat is sb (or NULL), to l. */
static void
import_add(struct import_list *l, const char *path, const struct stat *sb)
{
	struct store_stat *st;

	l->paths = xreallocarray(l->paths, l->n + 1, sizeof *l->paths);
	l->stats = xreallocarray(l->stats, l->n + 1, sizeof *l->stats);
	l->ids = xreallocarray(l->ids, l->n + 1, sizeof *l->ids);
	st = &l->stats[l->n];
	st->size = -1;
	st->mtime = 0;
	memset(&l->ids[l->n], 0, sizeof l->ids[l->n]);
	if (sb != NULL && S_ISREG(sb->st_mode)) {
		st->size = (int64_t)sb->st_size;
		st->mtime = (int64_t)sb->st_mtim.tv_sec * 1000000000 +
		    sb->st_mtim.tv_nsec;
		l->ids[l->n].dev = sb->st_dev;
		l->ids[l->n].ino = sb->st_ino;
	}
	l->paths[l->n++] = xstrdup(path);
}

static void
import_list_free(struct import_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->paths[i]);
	free(l->paths);
	free(l->stats);
	free(l->ids);
	l->paths = NULL;
	l->stats = NULL;
	l->ids = NULL;
	l->n = 0;
}

static int
import_cmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/*
 * True if name ends in one of import_exts (any case), and is no
 * directory's documentation: README.md, LICENSE.txt… are about the pages
 * beside them, not pages.
 */
static int
import_is_page(const char *name)
{
	static const char *const docs[] = { "readme", "changelog", "changes",
		"license", "copying", NULL };
	const char *const	*e;
	size_t			 n = strlen(name), k;

	if (*name == '.')
		return (0);
	for (e = docs; *e != NULL; e++) {
		k = strlen(*e);
		if (strncasecmp(name, *e, k) == 0 &&
		    (name[k] == '\0' || name[k] == '.'))
			return (0);
	}
	if (pdf_is_pdf_name(name))
		return (1);
	for (e = import_exts; *e != NULL; e++) {
		k = strlen(*e);
		if (n > k && strcasecmp(name + n - k, *e) == 0)
			return (1);
	}
	return (0);
}

/*
 * A directory walk: the directories on the current path (by device and
 * inode), so that a link back to one of them is not followed, and the
 * links so refused, reported once when the walk ends.
 */
struct import_walk {
	struct {
		dev_t dev;
		ino_t ino;
	} path[IMPORT_WALK_DEPTH + 1];
	int    depth;
	size_t loops;	   /* links back up the path */
	char  *first_loop; /* the first of them */
};

/* Is the directory sb already on the walk's path (a loop)? */
static int
import_walk_seen(const struct import_walk *w, const struct stat *sb)
{
	int i;

	for (i = 0; i < w->depth; i++) {
		if (w->path[i].dev == sb->st_dev &&
		    w->path[i].ino == sb->st_ino)
			return (1);
	}
	return (0);
}

/*
 * Collects the page files under dir (whose stat is sb), in name order,
 * and in other the files that are not pages.  Hidden files and
 * directories are left out.
 */
static int
import_walk_dir(struct import_list *l, struct import_list *other,
    struct import_walk *w, const char *dir, const struct stat *dsb)
{
	DIR	      *d;
	struct dirent *de;
	struct stat    sb;
	char	     **names = NULL, *path;
	size_t	       n = 0, i;
	int	       status = 0;

	if (w->depth >= IMPORT_WALK_DEPTH || (d = opendir(dir)) == NULL) {
		cli_error("%s: %s", dir,
		    w->depth >= IMPORT_WALK_DEPTH ? "too deep" :
						    strerror(errno));
		return (-1);
	}
	w->path[w->depth].dev = dsb->st_dev;
	w->path[w->depth].ino = dsb->st_ino;
	w->depth++;
	while ((de = readdir(d)) != NULL) {
		if (*de->d_name == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n != 0)
		qsort(names, n, sizeof *names, import_cmp);
	for (i = 0; i < n; i++) {
		xasprintf(&path, "%s%s%s", dir,
		    *dir != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/",
		    names[i]);
		if (stat(path, &sb) != 0) {
			/* Too long a name, a dangling link: say which. */
			if (errno != ENOENT || import_is_page(names[i])) {
				cli_error("%s: %s", path, strerror(errno));
				status = -1;
			}
		} else if (S_ISDIR(sb.st_mode)) {
			if (import_walk_seen(w, &sb)) {
				if (w->loops++ == 0)
					w->first_loop = xstrdup(path);
			} else if (import_walk_dir(l, other, w, path, &sb) != 0)
				status = -1;
		} else if (import_is_page(names[i]))
			import_add(l, path, &sb);
		else
			import_add(other, path, NULL);
		free(path);
		free(names[i]);
	}
	free(names);
	w->depth--;
	return (status);
}

/*
 * Collects the page files under dir.  Links to a directory already being
 * walked (a loop: "ln -s . a") are not followed, and said once.
 */
static int
import_walk(struct import_list *l, struct import_list *other, const char *dir,
    const struct stat *sb)
{
	struct import_walk w;
	int		   status;

	memset(&w, 0, sizeof w);
	status = import_walk_dir(l, other, &w, dir, sb);
	if (w.loops != 0) {
		if (w.loops == 1)
			cli_error("%s: a link back to a directory above it, "
				  "not followed",
			    w.first_loop);
		else
			cli_error("%s and %zu more: links back to a directory "
				  "above them, not followed",
			    w.first_loop, w.loops - 1);
		free(w.first_loop);
	}
	return (status);
}

/* The n bytes at s as a number of one or two digits, else -1. */
static int
import_small_number(const char *s, size_t n)
{
	if (n < 1 || n > 2 || strspn(s, "0123456789") < n)
		return (-1);
	return (n == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0'));
}

/*
 * The last date its directories say one part each in path, year, month,
 * day (2023/02/10/p01.txt, 2023/2/9/p1.txt), if any; *end is where it
 * ends in path.
 */
static int
import_path_ymd(const char *path, char out[11], size_t *end)
{
	const char *part[3] = { NULL, NULL, NULL }, *p, *q;
	size_t	    len[3] = { 0, 0, 0 };
	char	    tmp[32];
	int	    found = 0, m, d;

	for (p = path; (q = strchr(p, '/')) != NULL; p = q + 1) {
		/* The directories so far, the last three. */
		part[0] = part[1];
		len[0] = len[1];
		part[1] = part[2];
		len[1] = len[2];
		part[2] = p;
		len[2] = (size_t)(q - p);
		if (part[0] == NULL || len[0] != 4 ||
		    strspn(part[0], "0123456789") < 4 ||
		    (m = import_small_number(part[1], len[1])) < 0 ||
		    (d = import_small_number(part[2], len[2])) < 0)
			continue;
		snprintf(tmp, sizeof tmp, "%.4s-%02d-%02d", part[0], m, d);
		if (store_date_parse(tmp, out) == 0) {
			found = 1;
			*end = (size_t)(q - path);
		}
	}
	return (found ? 0 : -1);
}

/*
 * The last date in path, if any: YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD, or
 * one its directories say in parts (import_path_ymd()), whichever ends
 * later.
 */
static int
import_path_date(const char *path, char out[11])
{
	const char *p;
	char	    tmp[11], ymd[11];
	int	    found = 0;
	size_t	    len = strlen(path), end = 0, ymd_end;

	for (p = path; (size_t)(p - path) + 8 <= len; p++) {
		if (p != path && p[-1] >= '0' && p[-1] <= '9')
			continue;
		if ((size_t)(p - path) + 10 <= len &&
		    (p[4] == '-' || p[4] == '_' || p[4] == '.') &&
		    p[7] == p[4] && (p[10] < '0' || p[10] > '9')) {
			snprintf(tmp, sizeof tmp, "%.4s-%.2s-%.2s", p, p + 5,
			    p + 8);
			if (store_date_parse(tmp, out) == 0) {
				found = 1;
				end = (size_t)(p - path) + 10;
				continue;
			}
		}
		if (strspn(p, "0123456789") == 8) {
			snprintf(tmp, sizeof tmp, "%.8s", p);
			if (store_date_parse(tmp, out) == 0) {
				found = 1;
				end = (size_t)(p - path) + 8;
			}
		}
	}
	if (import_path_ymd(path, ymd, &ymd_end) == 0 &&
	    (!found || ymd_end > end)) {
		memcpy(out, ymd, sizeof ymd);
		found = 1;
	}
	return (found ? 0 : -1);
}

/*
 * Do the two digits at p end a date that ends the name (2023-02-14,
 * 2023_02_14)?  They are its day, no page number.
 */
static int
import_name_day(const char *name, const char *p)
{
	size_t i;

	if (p - name < 8 || (p[-1] != '-' && p[-1] != '_') || p[-4] != p[-1])
		return (0);
	for (i = 2; i <= 8; i++) {
		if (i != 4 && !isdigit((unsigned char)p[-(long)i]))
			return (0);
	}
	return (p - name == 8 || !isdigit((unsigned char)p[-9]));
}

/*
 * The page number in a file name (extension removed): 第N版, pN/PN/pageN,
 * a trailing _N or -N, or a name that is only a number; not the day of a
 * date that ends the name.  Sets *cut to where the page part starts (so
 * the rest can name an undated issue).  -1 if there is none.
 */
static int
import_name_page(const char *name, size_t *cut)
{
	const char *p, *q;
	size_t	    len = strlen(name), k;
	long	    v;

	if ((p = strstr(name, "第")) != NULL &&
	    (k = strspn(p + 3, "0123456789")) > 0 && k < 4 &&
	    strncmp(p + 3 + k, "版", 3) == 0) {
		v = strtol(p + 3, NULL, 10);
		*cut = (size_t)(p - name);
		return (v > 0 ? (int)v : -1);
	}
	for (p = name + len; p > name; p--) {
		if (p[-1] < '0' || p[-1] > '9')
			break;
	}
	k = (size_t)(name + len - p);
	if (k == 0 || k > 3)
		return (-1);
	v = strtol(p, NULL, 10);
	if (v <= 0)
		return (-1);
	q = p;
	if (q == name) {
		*cut = 0;
		return ((int)v);
	}
	if (k == 2 && import_name_day(name, q))
		return (-1);
	if (q[-1] == '_' || q[-1] == '-') {
		*cut = (size_t)(q - 1 - name);
		return ((int)v);
	}
	/* page2, Page02, p2, P02, at the start or after a mark. */
	if (q - name >= 4 && strncasecmp(q - 4, "page", 4) == 0)
		q -= 4;
	else if (q[-1] == 'p' || q[-1] == 'P')
		q--;
	else
		return (-1);
	if (q == name || q[-1] == '_' || q[-1] == '-' || q[-1] == '.' ||
	    q[-1] == ' ') {
		*cut = q == name ? 0 : (size_t)(q - 1 - name);
		return ((int)v);
	}
	return (-1);
}

/* Appends where a page is: "paper date, page N (label)". */
static void
import_place(struct buf *b, const struct store_page_in *in, int number,
    const char *label)
{
	if (in->paper != NULL && *in->paper != '\0')
		buf_printf(b, "%s ", in->paper);
	buf_printf(b, "%s, page %d",
	    in->date != NULL ? in->date : in->issue_name, number);
	if (label != NULL && *label != '\0')
		buf_printf(b, " (%s)", label);
}

/* What this import has done in in's issue, made the first time. */
static struct import_next *
import_issue(struct import_ctx *c, const struct store_page_in *in)
{
	struct import_next *e;
	char		   *key;
	size_t		    i;

	xasprintf(&key, "%s\n%s", in->paper != NULL ? in->paper : "",
	    in->date != NULL ? in->date : in->issue_name);
	if (c->last < c->nnext && strcmp(c->next[c->last].issue, key) == 0) {
		free(key);
		return (&c->next[c->last]);
	}
	for (i = 0; i < c->nnext; i++) {
		if (strcmp(c->next[i].issue, key) == 0) {
			free(key);
			c->last = i;
			return (&c->next[i]);
		}
	}
	c->next = xreallocarray(c->next, c->nnext + 1, sizeof *c->next);
	e = &c->next[c->nnext];
	memset(e, 0, sizeof *e);
	e->issue = key;
	e->next = 1;
	c->last = c->nnext++;
	return (e);
}

/*
 * The file this import put at page number of in's issue before, if it is
 * a numbered page: two files of one place in one import are a clash (the
 * second would replace the first unseen).  Else the place is taken by
 * in's file, and NULL.
 */
static const char *
import_claim(struct import_ctx *c, const struct store_page_in *in, int number)
{
	struct import_next *e;
	size_t		    i;

	if (in->number == 0)
		return (NULL);
	e = import_issue(c, in);
	for (i = 0; i < e->nclaims; i++) {
		if (e->claims[i].number == number)
			return (e->claims[i].source);
	}
	e->claims = xreallocarray(e->claims, e->nclaims + 1, sizeof *e->claims);
	e->claims[e->nclaims].number = number;
	e->claims[e->nclaims++].source = xstrdup(in->source);
	return (NULL);
}

/*
 * The page of file f found stored as it is, unread, claimed as
 * import_claim() does: a file of this import for the same place clashes
 * with it.  Its paper is its path's or --paper's (a masthead's is not
 * known unread).
 */
static void
import_claim_file(struct import_ctx *c, const struct import_file *f)
{
	struct store_page_in in = f->in;

	in.number = f->number;
	(void)import_claim(c, &in, in.number);
}

/*
 * A dry run stores nothing, so the pages it numbers in turn are counted
 * here: a page known by label gets a number past those, and a numbered
 * page landing on one of them moves it on (*moved_to), as store_put()
 * would.
 */
static int
import_dry_number(struct import_ctx *c, const struct store_page_in *in,
    int number, int *moved_to)
{
	struct import_next *e = import_issue(c, in);
	size_t		    i;

	*moved_to = 0;
	if (in->number == 0) {
		if (number < e->next)
			number = e->next;
		e->labelled = xreallocarray(e->labelled, e->nlabelled + 1,
		    sizeof *e->labelled);
		e->labelled[e->nlabelled++] = number;
	} else {
		for (i = 0; i < e->nlabelled; i++) {
			if (e->labelled[i] != number)
				continue;
			if (number + 1 > e->next)
				e->next = number + 1;
			*moved_to = e->labelled[i] = e->next;
		}
	}
	if (number + 1 > e->next)
		e->next = number + 1;
	if (*moved_to + 1 > e->next)
		e->next = *moved_to + 1;
	return (number);
}

/* Stores one page (or says where it would go); 0, or -1 said why. */
static int
import_page(struct import_ctx *c, struct import_step *step)
{
	const struct store_page_in *in = &step->in;
	struct store_put_out	    out;
	struct buf		    b = BUF_INIT;
	const char		   *first;
	char			   *cause;
	int			    rc, moved_to = 0;

	memset(&out, 0, sizeof out);
	if (step->held && !c->wrote) {
		/* As import_store() for a file's bytes. */
		c->st.pages++;
		c->st.articles += step->held_articles;
		(void)import_claim(c, in, in->number);
		return (0);
	}
	if (c->s != NULL && store_check(c->s, in, &out, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		c->st.skipped++;
		return (-1);
	}
	if (c->s == NULL)
		out.number = in->number > 0 ? in->number : 1;
	/* Two files for one page: the first stays, as a dry run says. */
	if ((first = import_claim(c, in, out.number)) != NULL &&
	    out.result != STORE_PUT_UNCHANGED) {
		buf_printf(&b, "%s: ", in->source);
		import_place(&b, in, out.number, in->label);
		buf_printf(&b, ": %s's page already: skipped\n", first);
		if (c->dry_run)
			cli_write(buf_str(&b), b.len);
		buf_truncate(&b, 0);
		import_place(&b, in, out.number, in->label);
		cli_error("%s: %s is %s's page in this import: skipped (give "
			  "it --page, or import it alone to replace that page)",
		    in->source, buf_str(&b), first);
		buf_free(&b);
		c->st.skipped++;
		return (-1);
	}
	if (c->dry_run) {
		if (out.result != STORE_PUT_UNCHANGED)
			out.number =
			    import_dry_number(c, in, out.number, &moved_to);
		buf_printf(&b, "%s: ", in->source);
		import_place(&b, in, out.number, in->label);
		buf_printf(&b, ": %s%s",
		    out.result == STORE_PUT_ADDED	 ? "new" :
			out.result == STORE_PUT_REPLACED ? "replaces the "
							   "stored page" :
							   "unchanged",
		    in->date == NULL && out.result != STORE_PUT_UNCHANGED ?
			" (undated)" :
			"");
		if (moved_to != 0)
			buf_printf(&b,
			    " (the page numbered in order there "
			    "moves to page %d)",
			    moved_to);
		else if (out.moved)
			buf_adds(&b,
			    " (the stored page numbered in order "
			    "there moves on)");
		buf_addc(&b, '\n');
		rc = cli_write(buf_str(&b), b.len);
		buf_free(&b);
	} else if (out.result == STORE_PUT_UNCHANGED) {
		rc = 0;
		/*
		 * A PDF's page as it was stored, read because its stat was
		 * not kept (a store from before, or the file touched): keep
		 * it now, and the next import passes the file unread.
		 */
		if (in->file != NULL &&
		    store_keep_stat(c->s, in->source, in->raw_hash, in->file,
			&cause) != 0)
			free(cause);
	} else {
		/* Not parsed yet: read without a thread, or stored then. */
		if (step->pg == NULL)
			import_step_parse(c, step);
		c->wrote = 1;
		rc = store_put(c->s, in, &step->made.content, &out, &cause);
		if (rc != 0) {
			cli_error("%s: %s", in->source, cause);
			free(cause);
			c->st.skipped++;
			return (-1);
		}
	}
	c->st.pages++;
	c->st.articles += out.narticles;
	if (out.result == STORE_PUT_ADDED)
		c->st.added++;
	else if (out.result == STORE_PUT_REPLACED)
		c->st.replaced++;
	if (c->dry_run || out.result == STORE_PUT_UNCHANGED)
		return (rc);
	if (out.result == STORE_PUT_REPLACED) {
		buf_adds(&c->notes, "replaced ");
		import_place(&c->notes, in, out.number, in->label);
		buf_printf(&c->notes, " with %s", in->source);
		if (out.kept > 0)
			buf_printf(&c->notes,
			    " (%zu article%s kept %s "
			    "read/starred state)",
			    out.kept, out.kept == 1 ? "" : "s",
			    out.kept == 1 ? "its" : "their");
		buf_addc(&c->notes, '\n');
	} else if (out.kept > 0) {
		/* A page deleted here before: its marks come back. */
		buf_adds(&c->notes, "restored ");
		import_place(&c->notes, in, out.number, in->label);
		buf_printf(&c->notes,
		    ": %zu article%s got back the read/starred state kept "
		    "when the page was deleted\n",
		    out.kept, out.kept == 1 ? "" : "s");
	}
	if (out.moved) {
		buf_adds(&c->notes, "moved ");
		import_place(&c->notes, in, out.number, NULL);
		buf_printf(&c->notes,
		    " (numbered in order) to page %d to "
		    "make room for %s\n",
		    out.moved_to, in->source);
	}
	if (in->date == NULL) {
		buf_printf(&c->notes, "undated: %s filed as ", in->source);
		import_place(&c->notes, in, out.number, in->label);
		buf_adds(&c->notes, " (no date in its path: give --date)\n");
	}
	return (rc);
}

/* True if the n bytes at s hold nothing but spaces and control bytes. */
static int
import_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] > ' ')
			return (0);
	}
	return (1);
}

/*
 * The pages of a file that form feeds divide (pdftotext ends every page
 * with one): *texts and *lens (caller frees both and each text) hold the
 * decoded text of each, NULL for a blank page; returns how many.  0 when
 * the file is one page: no form feed, a text encoding in which a 0x0c
 * byte may be part of a character, or a section that does not decode
 * alone (the file was read whole, so it is then one page).
 */
static size_t
import_split(const char *raw, size_t rawlen, const char *encoding,
    char ***texts, size_t **lens, uint64_t **hashes)
{
	const char *p, *ff, *enc;
	char	   *cause;
	size_t	    n = 0, k, i;

	*texts = NULL;
	*lens = NULL;
	*hashes = NULL;
	if (memchr(raw, '\f', rawlen) == NULL ||
	    (strcmp(encoding, "UTF-8") != 0 &&
		strcmp(encoding, "GB18030") != 0))
		return (0);
	for (p = raw;; p = ff + 1) {
		ff = memchr(p, '\f', rawlen - (size_t)(p - raw));
		k = ff != NULL ? (size_t)(ff - p) : rawlen - (size_t)(p - raw);
		*texts = xreallocarray(*texts, n + 1, sizeof **texts);
		*lens = xreallocarray(*lens, n + 1, sizeof **lens);
		*hashes = xreallocarray(*hashes, n + 1, sizeof **hashes);
		(*texts)[n] = NULL;
		(*lens)[n] = 0;
		(*hashes)[n] = store_raw_hash(p, k);
		if (!import_blank(p, k) &&
		    ((*texts)[n] = text_decode(p, k, &(*lens)[n], &enc,
			 &cause)) == NULL) {
			free(cause);
			n++;
			goto whole;
		}
		n++;
		if (ff == NULL)
			break;
	}
	while (n > 0 && (*texts)[n - 1] == NULL)
		n--; /* the form feed after the last page */
	if (n > 1)
		return (n);

whole:
	for (i = 0; i < n; i++)
		free((*texts)[i]);
	free(*texts);
	free(*lens);
	free(*hashes);
	*texts = NULL;
	*lens = NULL;
	*hashes = NULL;
	return (0);
}

/*
 * True when the file is one page: no form feed, or nothing but blanks
 * after the first (pdftotext's after its only page).
 */
static int
import_one_page(const char *raw, size_t n)
{
	const char *ff = memchr(raw, '\f', n);

	return (ff == NULL || import_blank(ff, n - (size_t)(ff - raw)));
}

/*
 * Whether the options let a file go the fast way past an unchanged one:
 * none places it elsewhere than its path and text say.
 */
static int
import_may_stat(const struct import_ctx *c)
{
	if (c->dry_run)
		return (0);
	return (c->date == NULL && c->page == 0 && c->paper == NULL);
}

/* Whether a file read may go the fast way past an unchanged file. */
static int
import_may_skip(const struct import_ctx *c, const struct import_file *f)
{
	return (import_may_stat(c) && f->one_page);
}

/* Adds a step of type to what reading f made. */
static struct import_step *
import_step_add(struct import_file *f, enum import_step_type type)
{
	struct import_step *step;

	step = xcalloc(1, sizeof *step);
	step->type = type;
	f->steps = xreallocarray(f->steps, f->nsteps + 1, sizeof *f->steps);
	f->steps[f->nsteps++] = step;
	return (step);
}

/* Adds an error about f, said when f is stored. */
static void
import_say(struct import_file *f, const char *fmt, ...)
{
	struct import_step *step;
	va_list		    ap;

	step = import_step_add(f, IMPORT_SAY);
	va_start(ap, fmt);
	xvasprintf(&step->msg, fmt, ap);
	va_end(ap);
}

/* True if hint (or NULL) holds step's page as it is (noted in step). */
static int
import_held(struct store *hint, struct import_step *step)
{
	struct store_put_out out;
	char		    *cause;

	if (hint == NULL)
		return (0);
	if (store_check(hint, &step->in, &out, &cause) != 0) {
		free(cause);
		return (0);
	}
	if (out.result != STORE_PUT_UNCHANGED)
		return (0);
	step->held = 1;
	step->held_articles = out.narticles;
	return (1);
}

/*
 * Notes the size and modification time of the text file f, st (as listed,
 * or NULL), when the options let it go the fast way.  It was taken before
 * the file is read: were it taken after, a change in between could be kept
 * as the stat of the bytes from before.
 */
static void
import_stat(const struct import_ctx *c, struct import_file *f,
    const struct store_stat *st)
{
	if (!import_may_stat(c) || st == NULL || st->size < 0)
		return;
	f->has_stat = 1;
	f->stat = *st;
}

/*
 * Looks f up in s (the store, or the reading thread's hint) by its path,
 * size and modification time, unless --reread: 0 if a page was stored from
 * it as it is (counted in f->held_articles), 1 if not, -1 on error.
 */
static int
import_check_stat(const struct import_ctx *c, struct store *s,
    struct import_file *f, char **cause)
{
	struct store_put_out out;
	int		     rc;

	if (!f->has_stat || c->reread)
		return (1);
	if ((rc = store_check_stat(s, f->path, &f->stat, &out, cause)) == 0)
		f->held_articles = out.narticles;
	return (rc);
}

/*
 * Reads the bytes of the text file f, its hash and whether it is one page,
 * and sets the stat to keep with its page; -1 if it cannot be read (said
 * when f is stored).
 *
 * The stat is kept only for a file that goes the fast way (a file of
 * several pages is read every time), and only when the file is older than
 * the import by IMPORT_SETTLE.  A file written just now may be written
 * again within the same tick of the file system's clock (2 seconds on FAT,
 * a jiffy on others), keeping its size and time with other bytes; a change
 * made after the import began has a later time than a settled file's.
 * Such a file is read again next time, and kept then.
 */
static int
import_read_raw(const struct import_ctx *c, struct import_file *f)
{
	char *cause;

	if ((f->raw = file_read(f->path, &f->rawlen, &cause)) == NULL) {
		f->read = 1;
		import_say(f, "%s: %s", f->path, cause);
		free(cause);
		return (-1);
	}
	f->hashed = 1;
	f->raw_hash = store_raw_hash(f->raw, f->rawlen);
	f->one_page = import_one_page(f->raw, f->rawlen);
	if (f->has_stat && import_may_skip(c, f) && f->stat.mtime < c->settled)
		f->in.file = &f->stat;
	return (0);
}

/*
 * Keeps f's stat with its page, found unchanged by its bytes, when the
 * store holds another (kept) or none (the file was touched, or the store
 * is from before schema 7), for the next import to go faster still.
 * Written with the import's batch; nothing is written for a file found
 * as it was kept.
 */
static void
import_keep_stat(struct import_ctx *c, const struct import_file *f,
    const struct store_stat *kept)
{
	char *cause;

	if (f->in.file == NULL ||
	    (kept->size == f->stat.size && kept->mtime == f->stat.mtime))
		return;
	/* Not kept, the file is read next time: that is all it costs. */
	if (store_keep_stat(c->s, f->path, f->raw_hash, &f->stat, &cause) != 0)
		free(cause);
}

/*
 * The pages of a PDF read before its masthead's go to the paper it
 * names too: a file is one issue of one paper.
 */
static void
import_paper_steps(struct import_file *f)
{
	size_t i;

	for (i = 0; i < f->nsteps; i++) {
		if (f->steps[i]->type == IMPORT_PAGE &&
		    f->steps[i]->in.paper == NULL)
			f->steps[i]->in.paper = f->in.paper;
	}
}

/*
 * Each page of a PDF, read through the layout front end, as a page of the
 * issue: a one-page PDF takes the page number its name gives, the pages of
 * a longer one are numbered from it (or from 1).  A page that fails is
 * reported and skipped; the others are stored.
 */
static void
import_read_pdf(const struct import_ctx *c, struct import_file *f)
{
	struct import_step *step;
	struct parse_page  *pg;
	char		   *text, *cause;
	size_t		    len;
	int		    pages, i, first = f->number, nolayer;

	f->read = 1;
	if ((pages = pdf_page_count(f->source, &cause)) < 0) {
		import_say(f, "%s: %s", f->source, cause);
		free(cause);
		return;
	}
	if (pages > 1) {
		f->in.label = NULL;
		if (!f->numbered || first <= 0)
			first = 1;
	}
	/*
	 * A PDF of one page is known by its stat next time, settled as a
	 * text file is (import_read_raw()); one of several is read again.
	 */
	if (pages == 1 && f->has_stat && f->stat.mtime < c->settled)
		f->in.file = &f->stat;
	for (i = 1; i <= pages; i++) {
		pg = pdf_parse_page(f->source, i, NULL, &nolayer, &text, &len,
		    &cause);
		if (pg == NULL) {
			import_say(f, "%s: page %d: %s", f->source, i, cause);
			free(cause);
			continue;
		}
		if (nolayer) {
			import_step_add(f, IMPORT_NOLAYER);
			parse_page_free(pg);
			free(text);
			continue;
		}
		/* The masthead: of the file's first page, as for text. */
		if (f->in.paper == NULL && f->masthead == NULL)
			f->in.paper = f->masthead = paper_from_text(text, len);
		step = import_step_add(f, IMPORT_PAGE);
		step->in = f->in;
		step->in.number = pages > 1 ? first + i - 1 : f->number;
		step->in.text = step->text = text;
		step->in.len = len;
		step->in.raw_hash = store_raw_hash(text, len);
		step->in.text_hash = store_text_hash(text, len);
		step->pg = pg;
		import_page_make(&step->made, pg, c->ts);
	}
	import_paper_steps(f);
}

/*
 * The fast way past an unchanged file: the same path with the same size
 * and time, or the same bytes from the same path, were stored, and no
 * option places them elsewhere.  A file not read yet is read now unless
 * its stat is found.  1 if so (counted), 0 if the file must be read in
 * full, -1 on error (said).
 */
static int
import_unchanged(struct import_ctx *c, struct import_file *f)
{
	struct store_put_out out;
	struct store_stat    kept;
	char		    *cause;
	int		     rc;

	if (!f->hashed && !f->read) {
		rc = import_check_stat(c, c->s, f, &cause);
		if (rc == 0) {
			c->st.pages++;
			c->st.articles += f->held_articles;
			import_claim_file(c, f);
			return (1);
		}
		if (rc == -1)
			goto fail;
		/* A PDF is read whole here, its pages parsed. */
		if (!f->text) {
			import_read_pdf(c, f);
			return (0);
		}
		if (import_read_raw(c, f) != 0)
			return (0);
	}
	if (c->s == NULL || !f->hashed || !import_may_skip(c, f))
		return (0);
	rc = store_check_raw(c->s, f->path, f->raw_hash, &out, &kept, &cause);
	if (rc == -1)
		goto fail;
	if (rc == 1)
		return (0);
	c->st.pages++;
	c->st.articles += out.narticles;
	import_keep_stat(c, f, &kept);
	import_claim_file(c, f);
	return (1);

fail:
	cli_error("%s", cause);
	free(cause);
	c->st.skipped++;
	return (-1);
}

/*
 * The place of the file f->path: date, issue, page number and label from
 * its name and the options, in f->in.
 */
static void
import_file_place(const struct import_ctx *c, struct import_file *f)
{
	const char *base, *path = f->path;
	char	   *name, *dot;
	size_t	    len, cut = 0;
	int	    number;

	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	name = xstrdup(base);
	if ((dot = strrchr(name, '.')) != NULL && dot != name)
		*dot = '\0';
	number = import_name_page(name, &cut);
	f->numbered = number > 0 || c->page > 0;
	if (number > 0 && strncmp(name + cut, "第", 3) == 0)
		f->label = xstrdup(name + cut); /* as printed: 第3版 */
	if (c->page > 0)
		number = c->page;
	else if (number < 0) {
		/* Known by its name, numbered in order. */
		number = 0;
		f->label = xstrdup(name);
		cut = strlen(name);
	}
	if (cut > 0 && cut < strlen(name)) {
		name[cut] = '\0';
		len = strlen(name);
		while (len > 0 && strchr("_-. ", name[len - 1]) != NULL)
			name[--len] = '\0';
	}
	f->number = number;
	if (c->date != NULL)
		f->in.date = c->date;
	else if (import_path_date(path, f->date) == 0)
		f->in.date = f->date;
	/* Names are stored clean: they are shown wherever the page is. */
	f->name = text_sanitize_line(*name != '\0' ? name : base);
	f->source = text_sanitize_line(path);
	free(name);
	f->in.issue_name = f->name;
	f->in.source = f->source;
	f->in.label = f->label;
	f->in.paper_given = c->paper != NULL;
	/* --paper - is the default paper, as list and delete name it. */
	f->in.paper =
	    c->paper != NULL && strcmp(c->paper, "-") == 0 ? "" : c->paper;
	if (f->in.paper == NULL)
		f->in.paper = f->found = paper_from_path(path);
}

/*
 * The page, or pages when form feeds divide it, of the text file read
 * into f->raw: decoded, each a step, parsed and tagged if parse is set
 * unless hint (a store, or NULL) holds it already or it is too large to
 * be stored.
 */
static void
import_read_text(const struct import_ctx *c, struct import_file *f,
    struct store *hint, int parse)
{
	struct import_step *step;
	const char	   *encoding;
	char		   *whole, **texts, *text, *cause;
	size_t		    wlen, nsec, i, *lens;
	uint64_t	   *hashes;
	int		    number = f->number, looked = 0;

	f->read = 1;
	whole = text_decode(f->raw, f->rawlen, &wlen, &encoding, &cause);
	if (whole == NULL) {
		import_say(f, "%s: %s", f->path, cause);
		free(cause);
		goto out;
	}
	/* A byte-order mark or white space alone is no page either. */
	if (import_blank(whole, wlen)) {
		import_say(f, "%s: no text (only white space)", f->path);
		free(whole);
		goto out;
	}
	nsec =
	    import_split(f->raw, f->rawlen, encoding, &texts, &lens, &hashes);
	if (nsec > 1) {
		/* A whole issue: page numbers in order, from the file's. */
		f->in.label = NULL;
		if (number == 0)
			number = 1;
	}
	for (i = 0; i < (nsec > 1 ? nsec : 1); i++) {
		if ((text = nsec > 1 ? texts[i] : whole) == NULL)
			continue; /* a blank page */
		/* The masthead: of the file's first page, for all of them. */
		if (f->in.paper == NULL && !looked)
			f->in.paper = f->found =
			    paper_from_text(text, nsec > 1 ? lens[i] : wlen);
		looked = 1;
		step = import_step_add(f, IMPORT_PAGE);
		step->in = f->in;
		step->in.number = number + (int)i;
		step->in.text = step->text = text;
		step->in.len = nsec > 1 ? lens[i] : wlen;
		step->in.raw_hash = nsec > 1 ? hashes[i] : f->raw_hash;
		step->in.text_hash = store_text_hash(text, step->in.len);
		if (nsec > 1)
			texts[i] = NULL;
		else
			whole = NULL;
		if (parse && step->in.len <= STORE_PAGE_MAX &&
		    !import_held(hint, step))
			import_step_parse(c, step);
	}
	for (i = 0; i < nsec; i++)
		free(texts[i]);
	free(texts);
	free(lens);
	free(hashes);
	free(whole);

out:
	free(f->raw); /* the pages are read */
	f->raw = NULL;
}

/*
 * Reads the file at path (borrowed), whose stat was st when listed (or
 * NULL), for import_store(): what is to be said about it and its pages, in
 * order, each parsed and tagged if parse is set.  The file is not read at
 * all when hint (a store or NULL) holds a page from its path with its size
 * and time, and no further than its bytes when hint holds them from that
 * path already, as import_unchanged() will most likely find; else each page
 * that hint holds is not parsed.  Without hint or parse, a file that may be
 * known by its stat is left unread for import_unchanged().  Caller frees
 * with import_file_free().
 */
static struct import_file *
import_read(const struct import_ctx *c, const char *path,
    const struct store_stat *st, struct store *hint, int parse)
{
	struct import_file  *f;
	struct store_put_out out;
	char		    *cause;
	size_t		     i;
	int		     rc;

	f = xcalloc(1, sizeof *f);
	f->path = path;
	import_file_place(c, f);
	f->text = !pdf_is_pdf_name(path);
	import_stat(c, f, st);
	/* Read on the main thread: import_unchanged() looks first. */
	if (hint == NULL && !parse && f->has_stat && !c->reread)
		goto out;
	if (hint != NULL) {
		if ((rc = import_check_stat(c, hint, f, &cause)) == 0) {
			f->held = 1;
			goto out;
		}
		if (rc == -1)
			free(cause);
	}
	/* A PDF not known by its stat: pdfinfo, then pdftotext a page. */
	if (!f->text) {
		import_read_pdf(c, f);
		goto out;
	}
	if (import_read_raw(c, f) != 0)
		goto out;
	rc = 1;
	if (hint != NULL && import_may_skip(c, f)) {
		rc = store_check_raw(hint, path, f->raw_hash, &out,
		    &f->held_stat, &cause);
		if (rc == -1)
			free(cause);
		else if (rc == 0) {
			f->held = 1;
			f->held_articles = out.narticles;
		}
	}
	if (rc != 0)
		import_read_text(c, f, hint, parse);

out:
	f->bytes = f->rawlen;
	for (i = 0; i < f->nsteps; i++)
		f->bytes += f->steps[i]->in.len;
	return (f);
}

static void
import_file_free(struct import_file *f)
{
	struct import_step *step;
	size_t		    i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nsteps; i++) {
		step = f->steps[i];
		free(step->msg);
		free(step->text);
		import_page_clear(&step->made);
		parse_page_free(step->pg);
		free(step);
	}
	free(f->steps);
	free(f->raw);
	free(f->name);
	free(f->source);
	free(f->label);
	free(f->found);
	free(f->masthead);
	free(f);
}

/*
 * Says and stores, in order, what import_read() made of a file; 0, or -1
 * said why.
 */
static int
import_store(struct import_ctx *c, struct import_file *f)
{
	struct import_step *step;
	size_t		    i;
	int		    rc, status = 0;

	/* A text file, or a PDF left unread, known by its stat. */
	if (f->text || !f->read) {
		/*
		 * Found stored when read, and nothing written since (what
		 * the main thread would find now is what was found then).
		 */
		if (f->held && !c->wrote) {
			c->st.pages++;
			c->st.articles += f->held_articles;
			import_keep_stat(c, f, &f->held_stat);
			import_claim_file(c, f);
			return (0);
		}
		if ((rc = import_unchanged(c, f)) != 0)
			return (rc == 1 ? 0 : -1);
		if (!f->read)
			import_read_text(c, f, NULL, 0);
	}
	for (i = 0; i < f->nsteps; i++) {
		step = f->steps[i];
		switch (step->type) {
		case IMPORT_SAY:
			cli_error("%s", step->msg);
			c->st.skipped++;
			status = -1;
			break;
		case IMPORT_NOLAYER:
			c->st.nolayer++;
			break;
		case IMPORT_PAGE:
			if (import_page(c, step) != 0)
				status = -1;
			break;
		}
	}
	return (status);
}

/* Frees the files of a list of them. */
static void
import_pipe_free(struct import_file *f)
{
	struct import_file *next;

	for (; f != NULL; f = next) {
		next = f->next;
		import_file_free(f);
	}
}

/*
 * The reading thread: reads each file in turn (import_read()) into the
 * queue, waiting while the queue is full, and frees the files stored (the
 * memory is its own).  It wakes the main thread when IMPORT_WAKE files
 * are read, not at every file.  It has a connection of its own to the store,
 * read-only, to tell the files stored already (a hint: the main thread
 * decides).  Its lookups go in runs of IMPORT_HINT_RUN files in one read
 * transaction (a re-import spent a tenth of its time taking and giving
 * back SQLite's locks for each), never held while it waits: the store's
 * log is not kept from being checkpointed while the main thread writes.
 */
static void *
import_pipe_main(void *arg)
{
	struct import_pipe *p = arg;
	struct import_file *f, *done;
	struct store	   *hint = NULL;
	char		   *cause;
	size_t		    i, run = 0;
	int		    wake, held = 0;

	if (p->db != NULL &&
	    (hint = store_open(p->db, STORE_READONLY, &cause)) == NULL)
		free(cause);
	for (i = 0; i < p->l->n; i++) {
		if (hint != NULL && !held) {
			if (store_read_hold(hint, &cause) == 0)
				held = 1;
			else
				free(cause);
		}
		f = import_read(p->c, p->l->paths[i], &p->l->stats[i], hint,
		    !p->c->dry_run);
		if (held && ++run == IMPORT_HINT_RUN) {
			store_read_release(hint);
			held = 0;
			run = 0;
		}
		pthread_mutex_lock(&p->lock);
		while (p->n == IMPORT_AHEAD ||
		    (p->n > 0 && p->bytes + f->bytes > IMPORT_AHEAD_BYTES)) {
			if (held) {
				store_read_release(hint);
				held = 0;
				run = 0;
			}
			if (p->taking)
				pthread_cond_signal(&p->ready);
			p->reading = 1;
			pthread_cond_wait(&p->room, &p->lock);
		}
		p->reading = 0;
		p->q[(p->first + p->n) % IMPORT_AHEAD] = f;
		p->n++;
		p->bytes += f->bytes;
		wake = p->taking && (p->n >= IMPORT_WAKE || i + 1 == p->l->n);
		done = p->done;
		p->done = NULL;
		pthread_mutex_unlock(&p->lock);
		/* After unlocking, so that the waker need not wait on it. */
		if (wake)
			pthread_cond_signal(&p->ready);
		import_pipe_free(done);
	}
	if (held)
		store_read_release(hint);
	store_close(hint);
	return (NULL);
}

/*
 * Starts reading the files of l for c: on a thread of its own when there
 * are several and a thread can be had, else each as it is taken.
 */
static void
import_pipe_start(struct import_pipe *p, const struct import_ctx *c,
    const struct import_list *l)
{
	memset(p, 0, sizeof *p);
	p->c = c;
	p->l = l;
	if (l->n < 2)
		return;
	if (c->s != NULL && !c->dry_run && *store_path(c->s) != '\0')
		p->db = xstrdup(store_path(c->s));
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->ready, NULL);
	pthread_cond_init(&p->room, NULL);
	if (pthread_create(&p->thread, NULL, import_pipe_main, p) == 0)
		p->threaded = 1;
	else {
		pthread_cond_destroy(&p->room);
		pthread_cond_destroy(&p->ready);
		pthread_mutex_destroy(&p->lock);
	}
}

/*
 * Gives back done, the file taken last (NULL at first), to be freed by
 * the thread that made it, and takes the next file, in the order of the
 * list, read.  The reading thread is woken when the queue is half empty,
 * not at every file.
 */
static struct import_file *
import_pipe_take(struct import_pipe *p, struct import_file *done)
{
	struct import_file *f;
	int		    wake;

	assert(p->taken < p->l->n);
	p->taken++;
	if (!p->threaded) {
		import_file_free(done);
		return (import_read(p->c, p->l->paths[p->taken - 1],
		    &p->l->stats[p->taken - 1], NULL, 0));
	}
	pthread_mutex_lock(&p->lock);
	if (done != NULL) {
		done->next = p->done;
		p->done = done;
	}
	while (p->n == 0) {
		p->taking = 1;
		pthread_cond_wait(&p->ready, &p->lock);
	}
	p->taking = 0;
	f = p->q[p->first];
	p->first = (p->first + 1) % IMPORT_AHEAD;
	p->n--;
	p->bytes -= f->bytes;
	wake = p->reading && p->n <= IMPORT_AHEAD / 2 &&
	    p->bytes <= IMPORT_AHEAD_BYTES / 2;
	pthread_mutex_unlock(&p->lock);
	if (wake)
		pthread_cond_signal(&p->room);
	return (f);
}

/*
 * Waits for the reading thread, once every file is taken, and frees the
 * last, done (or NULL).
 */
static void
import_pipe_finish(struct import_pipe *p, struct import_file *done)
{
	assert(p->taken == p->l->n);
	if (p->threaded) {
		pthread_join(p->thread, NULL);
		pthread_cond_destroy(&p->room);
		pthread_cond_destroy(&p->ready);
		pthread_mutex_destroy(&p->lock);
		import_pipe_free(p->done);
	}
	import_file_free(done);
	free(p->db);
}

static double
import_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

/*
 * The store for a dry run: read-only, or none (NULL, *none set) when
 * there is none yet.  NULL without *none on error (said).
 */
static struct store *
import_dry_store(struct cli_ctx *ctx, int *none)
{
	struct stat sb;
	char	   *path = NULL, *cause;
	const char *p = ctx->db_path;

	*none = 0;
	if (p == NULL && (p = path = store_default_path(&cause)) == NULL) {
		cli_error("%s", cause);
		free(cause);
		return (NULL);
	}
	if (strcmp(p, ":memory:") != 0 && stat(p, &sb) != 0 &&
	    errno == ENOENT) {
		*none = 1;
		free(path);
		return (NULL);
	}
	free(path);
	return (cli_store_open(ctx, STORE_READONLY));
}

/* Length of path without its extension. */
static size_t
import_stem_len(const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (dot == NULL || (slash != NULL && dot < slash))
		return (strlen(path));
	return ((size_t)(dot - path));
}

static int
import_cmp_stem(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	size_t	    nx = import_stem_len(x), ny = import_stem_len(y);
	int	    c = memcmp(x, y, nx < ny ? nx : ny);

	if (c != 0)
		return (c);
	if (nx != ny)
		return (nx < ny ? -1 : 1);
	return (strcmp(x, y));
}

/* Drops from l the paths marked "" (freed), the others kept in order. */
static void
import_list_pack(struct import_list *l)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (*l->paths[i] == '\0')
			free(l->paths[i]);
		else {
			l->stats[n] = l->stats[i];
			l->ids[n] = l->ids[i];
			l->paths[n++] = l->paths[i];
		}
	}
	l->n = n;
}

/* A file's id and where in the list it was named. */
struct import_named {
	struct import_id id;
	size_t		 at;
};

static int
import_cmp_named(const void *a, const void *b)
{
	const struct import_named *x = a, *y = b;

	if (x->id.dev != y->id.dev)
		return (x->id.dev < y->id.dev ? -1 : 1);
	if (x->id.ino != y->id.ino)
		return (x->id.ino < y->id.ino ? -1 : 1);
	return (x->at < y->at ? -1 : x->at > y->at);
}

/*
 * One file given twice (p1.txt p1.txt, a directory and a file in it, a
 * link and what it names) is read once, where it was first named.
 */
static void
import_once(struct import_list *l)
{
	struct import_named *by;
	size_t		     i, n = 0;

	if (l->n < 2)
		return;
	by = xreallocarray(NULL, l->n, sizeof *by);
	for (i = 0; i < l->n; i++) {
		if (l->ids[i].ino != 0) {
			by[n].id = l->ids[i];
			by[n++].at = i;
		}
	}
	qsort(by, n, sizeof *by, import_cmp_named);
	for (i = 1; i < n; i++) {
		if (by[i].id.dev == by[i - 1].id.dev &&
		    by[i].id.ino == by[i - 1].id.ino)
			*l->paths[by[i].at] = '\0'; /* marked: dropped below */
	}
	free(by);
	import_list_pack(l);
}

/*
 * A page found both as a PDF and as a text file beside it (p1.pdf and
 * p1.txt, the PDF's own text): the PDF is read, and the text file moved
 * to twins, so that the page is not stored twice nor the two replace
 * each other on every import.
 */
static void
import_twins(struct import_list *l, struct import_list *twins)
{
	char **by;
	size_t i, j, k;
	int    pdf;

	if (l->n < 2)
		return;
	by = xreallocarray(NULL, l->n, sizeof *by);
	memcpy(by, l->paths, l->n * sizeof *by);
	qsort(by, l->n, sizeof *by, import_cmp_stem);
	for (i = 0; i < l->n; i = j) {
		size_t si = import_stem_len(by[i]);

		pdf = 0;
		for (j = i; j < l->n && import_stem_len(by[j]) == si &&
		     memcmp(by[j], by[i], si) == 0;
		     j++)
			pdf |= pdf_is_pdf_name(by[j]);
		if (!pdf || j - i < 2)
			continue;
		for (k = i; k < j; k++) {
			if (!pdf_is_pdf_name(by[k])) {
				import_add(twins, by[k], NULL);
				*by[k] = '\0'; /* marked: dropped below */
			}
		}
	}
	import_list_pack(l);
	free(by);
}

/* The first few paths of l, then how many more: " a, b and 3 more". */
static void
import_name_few(struct buf *b, const struct import_list *l)
{
	size_t i;

	for (i = 0; i < l->n && i < IMPORT_SHOW_SKIPPED; i++)
		buf_printf(b, "%s %s", i == 0 ? "" : ",", l->paths[i]);
	if (l->n > IMPORT_SHOW_SKIPPED)
		buf_printf(b, " and %zu more", l->n - IMPORT_SHOW_SKIPPED);
}

/* The text files left for the PDF beside them, named (the first few). */
static void
import_twins_say(struct buf *b, const struct import_list *twins)
{
	if (twins->n == 0)
		return;
	buf_printf(b, "read the PDF of %zu %s given as PDF and text too, not",
	    twins->n, twins->n == 1 ? "page" : "pages");
	import_name_few(b, twins);
	buf_adds(b, "\n");
}

/* Appends what import reads: "import reads .txt .text .md .markdown .pdf". */
static void
import_reads(struct buf *b)
{
	const char *const *e;

	buf_adds(b, "import reads");
	for (e = import_exts; *e != NULL; e++)
		buf_printf(b, " %s", *e);
	buf_adds(b, " .pdf");
}

/* The files found that are not pages, named (the first few) on stdout. */
static void
import_others(struct buf *b, const struct import_list *other)
{
	if (other->n == 0)
		return;
	buf_printf(b, "skipped %zu %s:", other->n,
	    other->n == 1 ? "file that is not a page" :
			    "files that are not pages");
	import_name_few(b, other);
	buf_adds(b, " (");
	import_reads(b);
	buf_adds(b, ", not README)\n");
}

int
cli_import_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "page", required_argument, NULL, 'p' },
		{ "paper", required_argument, NULL, 'P' },
		{ "reread", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const struct cli_entry *e = cli_find("import");
	struct import_list	l = { NULL, NULL, NULL, 0 };
	struct import_list	other = { NULL, NULL, NULL, 0 };
	struct import_list	twins = { NULL, NULL, NULL, 0 };
	struct import_ctx	c;
	struct import_pipe	rd;
	struct import_file     *f = NULL;
	struct stat		sb;
	struct buf		sum = BUF_INIT;
	struct timespec		ts;
	char			date[11], *cause;
	double			t0, last = 0, now;
	long			page = 0;
	size_t			i, k, nfiles;
	int			ch, status = CLI_OK, tty, none = 0;

	memset(&c, 0, sizeof c);
	/* Before the first stat: import_read_raw() says why. */
	clock_gettime(CLOCK_REALTIME, &ts);
	c.settled =
	    ((int64_t)ts.tv_sec - IMPORT_SETTLE) * 1000000000 + ts.tv_nsec;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (store_date_parse(optarg, date) != 0)
				return (cli_usage_error(e,
				    "not a date: %s "
				    "(use 2023-02-10 or 20230210)",
				    optarg));
			c.date = date;
			break;
		case 'n':
			c.dry_run = 1;
			break;
		case 'p':
			if (cli_store_number(optarg, 1, 999, &page) != 0)
				return (cli_usage_error(e,
				    "not a page number:"
				    " %s",
				    optarg));
			break;
		case 'r':
			c.reread = 1;
			break;
		case 'P':
			if (*optarg == '\0')
				return (cli_usage_error(e,
				    "--paper needs a "
				    "name"));
			c.paper = optarg;
			break;
		default:
			return (cli_bad_option(e, argv));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return (cli_usage_error(e, "no file or directory given"));
	c.page = (int)page;

	for (i = 0; i < (size_t)argc; i++) {
		if (stat(argv[i], &sb) != 0) {
			cli_error("%s: %s", argv[i], strerror(errno));
			c.st.skipped++;
			status = CLI_ERROR;
		} else if (S_ISDIR(sb.st_mode)) {
			nfiles = l.n;
			if (import_walk(&l, &other, argv[i], &sb) != 0)
				status = CLI_ERROR;
			else if (l.n == nfiles) {
				/* Said apart: its name may be mistyped. */
				struct buf reads = BUF_INIT;

				import_reads(&reads);
				cli_error("%s: found no page files (%s)",
				    argv[i], buf_str(&reads));
				buf_free(&reads);
			}
		} else
			import_add(&l, argv[i], &sb);
	}
	import_once(&l);
	import_twins(&l, &twins);
	nfiles = l.n;
	if (page > 0 && l.n > 1) {
		import_list_free(&l);
		import_list_free(&other);
		import_list_free(&twins);
		return (cli_usage_error(e, "--page with more than one file"));
	}
	if (c.dry_run)
		c.s = import_dry_store(ctx, &none);
	else
		c.s = cli_store_open(ctx, STORE_CREATE | STORE_IMPORT);
	if (c.s == NULL && !none) {
		import_list_free(&l);
		import_list_free(&other);
		import_list_free(&twins);
		return (CLI_ERROR);
	}
	if (!c.dry_run && store_readonly(c.s)) {
		cli_error("%s: the store is read-only", store_path(c.s));
		import_list_free(&l);
		import_list_free(&other);
		import_list_free(&twins);
		store_close(c.s);
		return (CLI_ERROR);
	}
	/* The user's topics file, as kanbao retag and parse read it. */
	c.ts = topic_set_user(&cause);
	if (cause != NULL) {
		cli_error("%s (using the built-in topics)", cause);
		free(cause);
	}
	tty = !c.dry_run && isatty(STDERR_FILENO);
	t0 = import_now();
	import_pipe_start(&rd, &c, &l);
	for (i = 0; i < l.n; i++) {
		f = import_pipe_take(&rd, f);
		if (import_store(&c, f) != 0)
			status = CLI_ERROR;
		if (tty &&
		    ((now = import_now()) - last > 0.1 || i + 1 == l.n)) {
			cli_progress_bar("", i + 1, l.n, "pages");
			last = now;
		}
	}
	import_pipe_finish(&rd, f);
	import_list_free(&l);
	if (c.s != NULL && store_sync(c.s, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		status = CLI_ERROR;
	}
	if (c.dry_run)
		buf_printf(&sum,
		    "would import %zu page%s (%zu new, %zu "
		    "replaced, %zu unchanged), %zu skipped; nothing written\n",
		    c.st.pages, c.st.pages == 1 ? "" : "s", c.st.added,
		    c.st.replaced, c.st.pages - c.st.added - c.st.replaced,
		    c.st.skipped);
	else
		buf_printf(&sum,
		    "imported %zu page%s (%zu new, %zu replaced, "
		    "%zu unchanged), %zu article%s, %zu skipped, %.1fs\n",
		    c.st.pages, c.st.pages == 1 ? "" : "s", c.st.added,
		    c.st.replaced, c.st.pages - c.st.added - c.st.replaced,
		    c.st.articles, c.st.articles == 1 ? "" : "s", c.st.skipped,
		    import_now() - t0);
	if (c.st.nolayer != 0)
		buf_printf(&sum,
		    "%zu page%s no text layer: OCR %s first, e.g. "
		    "with ocrmypdf\n",
		    c.st.nolayer, c.st.nolayer == 1 ? " has" : "s have",
		    c.st.nolayer == 1 ? "it" : "them");
	buf_add(&sum, buf_str(&c.notes), c.notes.len);
	import_twins_say(&sum, &twins);
	import_others(&sum, &other);
	if (cli_write(buf_str(&sum), sum.len) != 0)
		status = CLI_ERROR;
	/* No page file found (each directory said so) is a failure. */
	if (nfiles == 0 && c.st.skipped == 0)
		status = CLI_ERROR;
	buf_free(&sum);
	buf_free(&c.notes);
	import_list_free(&other);
	import_list_free(&twins);
	for (i = 0; i < c.nnext; i++) {
		free(c.next[i].issue);
		free(c.next[i].labelled);
		for (k = 0; k < c.next[i].nclaims; k++)
			free(c.next[i].claims[k].source);
		free(c.next[i].claims);
	}
	free(c.next);
	topic_set_free(c.ts);
	store_close(c.s);
	return (status);
}
