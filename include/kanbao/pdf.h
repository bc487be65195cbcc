/*
 * PDF pages through poppler's pdftotext and pdfinfo, run as child
 * processes under time, memory and output limits, and the layout front end
 * that turns pdftotext's word boxes into a page's articles.
 */
#ifndef KANBAO_PDF_H
#define KANBAO_PDF_H

#include <stddef.h>

struct buf;
struct parse_page;

/* Most pages a PDF may have: an issue of a newspaper is far smaller. */
#define PDF_MAX_PAGES 1000
/* Most bytes pdftotext may write for one page. */
#define PDF_MAX_OUTPUT (32U * 1024 * 1024)
/* Seconds a child may run (wall clock; CPU is limited alike), unless
 * KANBAO_PDF_TIMEOUT says otherwise. */
#define PDF_TIMEOUT 30
/* Most words the layout reader takes from one page. */
#define PDF_MAX_WORDS 60000

/* 1 if path names a PDF: its name ends in .pdf, any case. */
int pdf_is_pdf_name(const char *);

/*
 * The number of pages of the PDF at path (pdfinfo), or -1 with *cause set
 * (caller frees): no poppler-utils, not a PDF, too many pages, a crash or
 * time out of the extractor.
 */
int pdf_page_count(const char *path, char **cause);

/*
 * Page number page (from 1) of the PDF: its XHTML word boxes
 * (pdftotext -bbox-layout) when layout is set, else its plain text, as
 * NUL-terminated bytes (caller frees, length in *len).  NULL with *cause
 * set (caller frees) on error.
 */
char *pdf_extract(const char *path, int page, int layout, size_t *len,
    char **cause);

/*
 * Reads the XHTML of one page that pdftotext -bbox-layout wrote and makes
 * its articles (caller frees with parse_page_free()), and the page's plain
 * text in *text (caller frees).  When explain is not NULL each block is
 * described there with its size, position and what was made of it.
 * Returns NULL with *cause set (caller frees) when the text is not what
 * pdftotext writes or the page is beyond the limits, or *nowords set to 1
 * and NULL when the page holds no text at all (a scanned page without a
 * text layer).
 */
struct parse_page *pdf_layout_parse(const char *xhtml, size_t len,
    struct buf *explain, char **text, size_t *textlen, int *nowords,
    char **cause);

/*
 * One page of a PDF as articles: the layout front end, or the text parser
 * on the plain text when the layout cannot be read.  *nolayer is set to 1
 * when the page has no text layer (the page then has no articles).  NULL
 * with *cause set on error.
 */
struct parse_page *pdf_parse_page(const char *path, int page,
    struct buf *explain, int *nolayer, char **text, size_t *textlen,
    char **cause);

#endif
