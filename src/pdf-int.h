/*
 * What the pdf*.c files share: the boxes of one page as pdftotext
 * -bbox-layout gives them.  Nothing outside src/pdf*.c includes this.
 */
#ifndef KANBAO_PDF_INT_H
#define KANBAO_PDF_INT_H

#include <stddef.h>

struct pdf_box {
	double x0, y0, x1, y1; /* xMin yMin xMax yMax, points */
};

struct pdf_word {
	struct pdf_box box;
	char	      *text; /* clean UTF-8, entities decoded */
};

struct pdf_line {
	struct pdf_box box;
	size_t	       word; /* first word */
	size_t	       nwords;
	size_t	       block; /* its block */
};

struct pdf_block {
	struct pdf_box box;
	size_t	       line; /* first line */
	size_t	       nlines;
	size_t	       flow; /* its flow, in pdftotext's order */
};

struct pdf_doc {
	double		  width, height; /* of the page */
	struct pdf_word	 *words;
	size_t		  nwords;
	struct pdf_line	 *lines;
	size_t		  nlines;
	struct pdf_block *blocks;
	size_t		  nblocks;
};

/*
 * Reads the XHTML of exactly one page that pdftotext -bbox-layout writes
 * into doc (freed with pdf_doc_free(), also on error).  -1 with *cause set
 * for anything else.
 */
int  pdf_xhtml_read(const char *, size_t, struct pdf_doc *, char **cause);
void pdf_doc_free(struct pdf_doc *);

#endif
