/*
 * kanbao delete [--paper P] [--date D [--page N]] [--dry-run]: removes a
 * paper, an issue or a page, with their articles, their state and their
 * index entries.  It asks nothing: it is for scripts, and says what it
 * removed (or, with --dry-run, what it would).  A date that several
 * papers have is refused without --paper rather than guessed.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/cli-store.h"

struct delete_page {
	int64_t id;
	char   *what; /* "paper date, page N (label)" */
	char   *source;
	int	narticles;
};

struct delete_sel {
	struct delete_page *v;
	size_t		    n;
	long		    page; /* --page; 0: every page */
};

static int
delete_add(const struct store_page_row *r, void *arg)
{
	struct delete_sel  *sel = arg;
	struct delete_page *p;

	if (sel->page != 0 && r->number != sel->page)
		return (0);
	sel->v = xreallocarray(sel->v, sel->n + 1, sizeof *sel->v);
	p = &sel->v[sel->n++];
	p->id = r->id;
	xasprintf(&p->what, "%s%s%s, page %d%s%s%s", r->paper_name,
	    *r->paper_name != '\0' ? " " : "", r->issue_name, r->number,
	    *r->label != '\0' ? " (" : "", r->label,
	    *r->label != '\0' ? ")" : "");
	p->source = xstrdup(r->source);
	p->narticles = r->narticles;
	return (0);
}

static void
delete_sel_free(struct delete_sel *sel)
{
	size_t i;

	for (i = 0; i < sel->n; i++) {
		free(sel->v[i].what);
		free(sel->v[i].source);
	}
	free(sel->v);
}

/* Fills sel with the pages selected; 0, or CLI_ERROR said why. */
static int
delete_select(struct store *s, const char *paper, const char *date,
    struct delete_sel *sel)
{
	int64_t pid = 0, *ids = NULL;
	size_t	n = 0;
	char   *cause;
	int	rc;

	if (paper != NULL && cli_store_paper(s, paper, &pid) != 0)
		return (CLI_ERROR);
	if (date == NULL)
		rc = store_paper_pages_each(s, pid, delete_add, sel, &cause);
	else {
		if (store_issue_find_all(s, pid, date, &ids, &n, &cause) != 0) {
			cli_error("%s", cause);
			free(cause);
			return (CLI_ERROR);
		}
		if (n == 0) {
			char day[11];

			free(ids);
			/*
			 * Shaped like a date, but none (2024-02-30), or a
			 * range (2024-03-01..2024-03-02): one issue goes at
			 * a time.
			 */
			if (isdigit((unsigned char)*date) &&
			    date[strspn(date, "0123456789-.")] == '\0' &&
			    store_date_parse(date, day) != 0) {
				cli_error("not a date: %s (YYYY-MM-DD;"
					  " delete takes one issue)",
				    date);
				return (CLI_USAGE);
			}
			return (cli_error("no issue %s%s%s", date,
			    paper != NULL ? " of " : "",
			    paper != NULL ? paper : ""));
		}
		if (n > 1) {
			free(ids);
			return (cli_error(
			    "%s: issues of %zu papers have that"
			    " date: say which with --paper (kanbao list "
			    "issues --date %s)",
			    date, n, date));
		}
		rc = store_pages_each(s, ids[0], delete_add, sel, &cause);
		free(ids);
	}
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		return (CLI_ERROR);
	}
	if (sel->n == 0 && sel->page != 0)
		return (cli_error("no page %ld in issue %s", sel->page, date));
	return (0);
}

int
cli_delete_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "page", required_argument, NULL, 'p' },
		{ "paper", required_argument, NULL, 'P' }, { NULL, 0, NULL, 0 }
	};
	const struct cli_entry *e = cli_find("delete");
	struct delete_sel	sel;
	struct store	       *s;
	struct buf		b = BUF_INIT;
	const char	       *date = NULL, *paper = NULL;
	char		       *cause;
	int64_t		       *ids;
	size_t			i, narticles = 0, nkept = 0;
	int			ch, dry = 0, status = CLI_OK;

	memset(&sel, 0, sizeof sel);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			date = optarg;
			break;
		case 'n':
			dry = 1;
			break;
		case 'p':
			if (cli_store_number(optarg, 1, 999, &sel.page) != 0)
				return (cli_usage_error(e,
				    "not a page number:"
				    " %s",
				    optarg));
			break;
		case 'P':
			paper = optarg;
			break;
		default:
			return (cli_bad_option(e, argv));
		}
	}
	if (optind != argc)
		return (cli_usage_error(e, "unexpected argument: %s",
		    argv[optind]));
	if (date == NULL && paper == NULL)
		return (cli_usage_error(e,
		    "say what to delete: --paper P, "
		    "--date D or both, and --page N"));
	if (sel.page != 0 && date == NULL)
		return (cli_usage_error(e, "--page needs --date"));

	if ((s = cli_store_open(ctx, dry ? STORE_READONLY : 0)) == NULL)
		return (CLI_ERROR);
	if (!dry && store_readonly(s)) {
		cli_error("%s: the store is read-only", store_path(s));
		store_close(s);
		return (CLI_ERROR);
	}
	if ((status = delete_select(s, paper, date, &sel)) != 0) {
		delete_sel_free(&sel);
		store_close(s);
		return (status);
	}
	ids = xreallocarray(NULL, sel.n + 1, sizeof *ids);
	for (i = 0; i < sel.n; i++) {
		ids[i] = sel.v[i].id;
		narticles += (size_t)sel.v[i].narticles;
	}
	if (!dry &&
	    store_delete_pages(s, ids, sel.n, &narticles, &nkept, &cause) !=
		0) {
		cli_error("%s (nothing was deleted)", cause);
		free(cause);
		status = CLI_ERROR;
	} else {
		for (i = 0; i < sel.n; i++) {
			buf_printf(&b, "%s %s: %d article%s (%s)\n",
			    dry ? "would delete" : "deleted", sel.v[i].what,
			    sel.v[i].narticles,
			    sel.v[i].narticles == 1 ? "" : "s",
			    sel.v[i].source);
		}
		buf_printf(&b, "%s %zu page%s, %zu article%s%s\n",
		    dry ? "would delete" : "deleted", sel.n,
		    sel.n == 1 ? "" : "s", narticles, narticles == 1 ? "" : "s",
		    dry ? "; nothing deleted" : "");
		if (nkept > 0)
			buf_printf(&b,
			    "kept the read and starred marks of %zu "
			    "article%s: importing %s again gives them "
			    "back\n",
			    nkept, nkept == 1 ? "" : "s",
			    sel.n == 1 ? "the page" : "the pages");
		if (cli_write(buf_str(&b), b.len) != 0)
			status = CLI_ERROR;
	}
	buf_free(&b);
	free(ids);
	delete_sel_free(&sel);
	store_close(s);
	return (status);
}
