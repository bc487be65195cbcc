/*
 * kanbao parse [--json] FILE...: parse only, store nothing.  With --json the
 * output is the object documented in kanbao(1) (an array for several files);
 * otherwise a listing a person can read.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/cli.h"
#include "kanbao/file.h"
#include "kanbao/json.h"
#include "kanbao/parse.h"
#include "kanbao/pdf.h"
#include "kanbao/text.h"
#include "kanbao/topic.h"

/* Display columns of a paragraph's opening words in the listing. */
#define CLI_PARSE_OPENING 60

static void
cli_parse_json_article(struct buf *b, const struct parse_article *a,
    const struct topic_set *ts)
{
	uint64_t mask;
	size_t	 i;
	int	 first = 1;

	buf_addc(b, '{');
	json_key(b, "kind", 1);
	json_string(b, parse_kind_name(a->kind));
	json_key(b, "kicker", 0);
	json_string(b, a->kicker);
	json_key(b, "title", 0);
	json_string(b, a->title);
	json_key(b, "subtitle", 0);
	json_string(b, a->subtitle);
	json_key(b, "byline", 0);
	json_string(b, a->byline);
	json_key(b, "paragraphs", 0);
	json_strings(b, a->paragraphs, a->nparagraphs);
	json_key(b, "topics", 0);
	buf_addc(b, '[');
	mask = topic_match(ts, a);
	for (i = 0; i < topic_set_count(ts); i++) {
		if (mask & ((uint64_t)1 << i)) {
			if (!first)
				buf_addc(b, ',');
			json_string(b, topic_set_name(ts, i));
			first = 0;
		}
	}
	buf_addc(b, ']');
	json_key(b, "continued_to", 0);
	json_string(b, a->continued_to);
	json_key(b, "continued_from", 0);
	json_string(b, a->continued_from);
	buf_addc(b, '}');
}

static void
cli_parse_json(struct buf *b, const char *path, const struct parse_page *pg,
    const struct topic_set *ts)
{
	const struct parse_weather *w = pg->weather;
	size_t			    i;

	buf_addc(b, '{');
	json_key(b, "source", 1);
	json_string(b, path);
	json_key(b, "format", 0);
	json_string(b, parse_format_name(pg->format));
	json_key(b, "articles", 0);
	buf_addc(b, '[');
	for (i = 0; i < pg->narticles; i++) {
		if (i != 0)
			buf_addc(b, ',');
		cli_parse_json_article(b, &pg->articles[i], ts);
	}
	buf_addc(b, ']');
	json_key(b, "weather", 0);
	if (w == NULL)
		buf_adds(b, "null");
	else {
		buf_addc(b, '{');
		json_key(b, "today", 1);
		json_string(b, w->today);
		json_key(b, "tomorrow", 0);
		json_string(b, w->tomorrow);
		json_key(b, "wind", 0);
		json_string(b, w->wind);
		json_key(b, "high", 0);
		if (w->has_high)
			buf_printf(b, "%d", w->high);
		else
			buf_adds(b, "null");
		json_key(b, "low", 0);
		if (w->has_low)
			buf_printf(b, "%d", w->low);
		else
			buf_adds(b, "null");
		buf_addc(b, '}');
	}
	buf_addc(b, '}');
}

/*
 * Adds s, cut to at most width display columns, a … ending what is cut
 * (text_fit()): a paragraph's opening words, not the whole of it.
 */
static void
cli_parse_opening(struct buf *b, const char *s, int width)
{
	size_t n = strlen(s), keep;
	int    used;

	keep = text_fit(s, n, width, &used);
	buf_add(b, s, keep);
	if (keep < n)
		buf_adds(b, "…");
}

static void
cli_parse_field(struct buf *b, const char *label, const char *value)
{
	if (value != NULL && *value != '\0')
		buf_printf(b, "  %-9s %s\n", label, value);
}

static void
cli_parse_text(struct buf *b, const char *path, const struct parse_page *pg,
    const struct topic_set *ts)
{
	const struct parse_article *a;
	const struct parse_weather *w = pg->weather;
	uint64_t		    mask;
	size_t			    i, j;

	buf_printf(b, "%s: %s, %zu article%s\n", path,
	    parse_format_name(pg->format), pg->narticles,
	    pg->narticles == 1 ? "" : "s");
	for (i = 0; i < pg->narticles; i++) {
		a = &pg->articles[i];
		buf_printf(b, "\n[%zu] %s\n", i + 1, parse_kind_name(a->kind));
		cli_parse_field(b, "kicker", a->kicker);
		cli_parse_field(b, "title", a->title);
		cli_parse_field(b, "subtitle", a->subtitle);
		cli_parse_field(b, "byline", a->byline);
		mask = topic_match(ts, a);
		if (mask != 0) {
			buf_printf(b, "  %-9s", "topics");
			for (j = 0; j < topic_set_count(ts); j++) {
				if (mask & ((uint64_t)1 << j))
					buf_printf(b, " %s",
					    topic_set_name(ts, j));
			}
			buf_addc(b, '\n');
		}
		if (a->nparagraphs != 0) {
			buf_printf(b, "  %-9s %zu; first: ", "paragraphs",
			    a->nparagraphs);
			cli_parse_opening(b, a->paragraphs[0],
			    CLI_PARSE_OPENING);
			buf_addc(b, '\n');
		}
		cli_parse_field(b, "continued", a->continued_to);
		cli_parse_field(b, "from", a->continued_from);
	}
	if (w != NULL) {
		buf_printf(b, "\nweather\n");
		cli_parse_field(b, "today", w->today);
		cli_parse_field(b, "tomorrow", w->tomorrow);
		cli_parse_field(b, "wind", w->wind);
		if (w->has_high)
			buf_printf(b, "  %-9s %d℃\n", "high", w->high);
		if (w->has_low)
			buf_printf(b, "  %-9s %d℃\n", "low", w->low);
	}
}

/*
 * Parses each page of a PDF with the layout front end and adds it to b as
 * the text of one file is added.  Returns the number of pages added, -1 on
 * error (reported).
 */
static int
cli_parse_pdf(struct buf *b, const char *path, int json, int explain,
    const struct topic_set *ts, size_t *nobj)
{
	struct parse_page *pg;
	struct buf	   why = BUF_INIT;
	char		  *cause, *label, *text;
	size_t		   len;
	int		   n, i, nolayer;

	if ((n = pdf_page_count(path, &cause)) < 0) {
		cli_error("%s: %s", path, cause);
		free(cause);
		return (-1);
	}
	for (i = 1; i <= n; i++) {
		if (n > 1)
			xasprintf(&label, "%s#page=%d", path, i);
		else
			label = xstrdup(path);
		pg = pdf_parse_page(path, i, explain ? &why : NULL, &nolayer,
		    &text, &len, &cause);
		if (pg == NULL) {
			cli_error("%s: %s", label, cause);
			free(cause);
			free(label);
			buf_free(&why);
			return (-1);
		}
		if (nolayer)
			cli_error("%s: no text layer: OCR it first, e.g. with "
				  "ocrmypdf",
			    label);
		if (explain) {
			if (json)
				fprintf(stderr, "%s:\n%s", label,
				    buf_str(&why));
			else
				buf_printf(b, "%s: layout\n%s\n", label,
				    buf_str(&why));
			buf_truncate(&why, 0);
		}
		if (json) {
			if ((*nobj)++ != 0)
				buf_addc(b, ',');
			cli_parse_json(b, label, pg, ts);
		} else {
			if (*nobj != 0)
				buf_addc(b, '\n');
			(*nobj)++;
			cli_parse_text(b, label, pg, ts);
		}
		parse_page_free(pg);
		free(text);
		free(label);
	}
	buf_free(&why);
	return (n);
}

int
cli_parse_exec(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = { { "json", no_argument, NULL,
						  'j' },
		{ "explain", no_argument, NULL, 'e' }, { NULL, 0, NULL, 0 } };
	const struct cli_entry	  *e = cli_find("parse");
	struct topic_set	  *ts;
	struct parse_page	  *pg;
	struct buf		   b = BUF_INIT, out = BUF_INIT;
	const char		  *encoding;
	char			  *text, *cause;
	size_t			   len, nobj = 0;
	int			   ch, json = 0, explain = 0, i;
	int			   status = CLI_OK;

	(void)ctx;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 'e':
			explain = 1;
			break;
		default:
			return (cli_usage_error(e, "unknown option: %s",
			    argv[optind - 1]));
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return (cli_usage_error(e, "no file given"));

	ts = topic_set_user(&cause);
	if (cause != NULL) {
		cli_error("%s (using the built-in topics)", cause);
		free(cause);
	}
	for (i = 0; i < argc; i++) {
		if (pdf_is_pdf_name(argv[i])) {
			if (cli_parse_pdf(&b, argv[i], json, explain, ts,
				&nobj) < 0)
				status = CLI_ERROR;
			continue;
		}
		text = file_read_page(argv[i], &len, &encoding, &cause);
		if (text == NULL) {
			cli_error("%s: %s", argv[i], cause);
			free(cause);
			status = CLI_ERROR;
			continue;
		}
		pg = parse_page(text, len);
		if (json) {
			if (nobj != 0)
				buf_addc(&b, ',');
			cli_parse_json(&b, argv[i], pg, ts);
		} else {
			if (nobj != 0)
				buf_addc(&b, '\n');
			cli_parse_text(&b, argv[i], pg, ts);
		}
		nobj++;
		parse_page_free(pg);
		free(text);
	}
	if (json && (argc > 1 || nobj > 1))
		buf_addc(&out, '[');
	if (b.len != 0)
		buf_add(&out, b.data, b.len);
	if (json && (argc > 1 || nobj > 1))
		buf_addc(&out, ']');
	if (json)
		buf_addc(&out, '\n');
	if (status == CLI_OK || !json || argc > 1) {
		if (cli_write(buf_str(&out), out.len) != 0)
			status = CLI_ERROR;
	}
	buf_free(&b);
	buf_free(&out);
	topic_set_free(ts);
	return (status);
}
