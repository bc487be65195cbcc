/*
 * The parser's insides, shared by its passes (parse.c, parse-flow.c):
 * lines as measured and classed, units, article drafts, and the helpers
 * more than one pass uses.  Not part of the parser's interface.
 */
#ifndef KANBAO_PARSE_INT_H
#define KANBAO_PARSE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"

enum line_class {
	L_BLANK,
	L_TEXT,
	L_BYLINE,	/* ■记者 …, 通讯员 …, ■本报评论员, ■pen name */
	L_CREDIT,	/* ■摄影 … */
	L_CONT,		/* （下转2版） or （上接1版） */
	L_HEADING	/* Markdown # heading */
};

struct line {
	const char	*s;		/* trimmed text, not NUL-terminated */
	size_t		 len;
	enum line_class	 cls;
	int		 lead;		/* indented: starts a new text frame */
	int		 blank_before;	/* a blank line precedes it */
	double		 em;		/* width in ems; spaces count 0 */
	int		 punct;		/* sentence punctuation marks in it */
	int		 stops;		/* ，。； in it: never in a title */
	int		 final;		/* ends a sentence */
	int		 benbao;	/* starts with 本报讯 */
	int		 level;		/* Markdown heading level */
	int		 hardbreak;	/* Markdown line ended in two spaces */
	int		 signature;	/* byline that signs a commentary */
	int		 para;		/* body: a paragraph starts here */
	int		 resumed;	/* body text after （上接1版） */
	int		 bold;		/* said twice on two lines (fake bold) */
	int		 closer;	/* a sign-off that ends a story */
	signed char	 headlike;	/* parse_headline_like(): -1 unknown */
	signed char	 doubled;	/* parse_line_doubled(): -1 unknown */
};

enum unit_type {
	U_BODY,
	U_HEAD,
	U_BYLINE,
	U_CREDIT,
	U_CONT,
	U_WEATHER,
	U_AD,
	U_NOISE,
	U_BANNER
};

struct unit {
	enum unit_type	 type;
	size_t		 first;		/* first line */
	size_t		 n;		/* lines, blanks included */
	int		 art;		/* article it went to, or -1 */
	int		 photo;		/* body: a caption (a credit follows) */
	int		 head;		/* body: heading unit matched, or -1 */
	int		 body;		/* head: body unit matched, or -1 */
	int		 after;		/* head: it follows its body */
};

/* An article being assembled: which lines play which part. */
struct draft {
	enum parse_kind	 kind;
	size_t		*body;		/* line indexes */
	size_t		 nbody;
	size_t		*head;		/* heading lines, in order */
	size_t		 nhead;
	size_t		*byline;
	size_t		 nbyline;
	struct buf	 cont_to;
	struct buf	 cont_from;
	char		*kicker;	/* set directly (Markdown) */
	char		*title;
	char		*subtitle;
	int		 photo;
	int		 signed_commentary;
	int		 benbao;
	int		 closed;	/* Markdown: a signature or noise ended it */
	int		 orphan;	/* its body was found away from its title */
	int		 flow;		/* set by parse_flow(): headings over bodies */
};

struct parser {
	const char	*text;
	size_t		 len;
	struct line	*lines;
	size_t		 nlines;
	size_t		 linesz;
	struct unit	*units;
	size_t		 nunits;
	size_t		 unitsz;
	struct draft	*drafts;
	size_t		 ndrafts;
	size_t		 draftsz;
	double		 width;		/* typical column width, ems */
	struct parse_weather *weather;
};


/*
 * The code point at s[i] into *c; returns the index after it.  The text is
 * valid UTF-8 (text_decode made it so), so the common cases are decoded
 * here; anything else goes through text_utf8_next().
 */
static inline size_t
parse_next(const char *s, size_t n, size_t i, uint32_t *c)
{
	const unsigned char	*u = (const unsigned char *)s + i;

	if (u[0] < 0x80) {
		*c = u[0];
		return (i + 1);
	}
	if ((u[0] & 0xf0) == 0xe0 && i + 2 < n && (u[1] & 0xc0) == 0x80 &&
	    (u[2] & 0xc0) == 0x80) {
		*c = ((uint32_t)(u[0] & 0x0f) << 12) |
		    ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
		if (*c >= 0x800 && (*c < 0xd800 || *c > 0xdfff))
			return (i + 3);
	}
	return (i + text_utf8_next(s + i, n - i, c));
}

int	 parse_is_space(uint32_t c);
int	 parse_is_cjk(uint32_t c);
int	 parse_is_stop(uint32_t c);
int	 parse_is_closer(uint32_t c);
int	 parse_is_sentence_punct(uint32_t c);
const char *	 parse_memmem(const char *s, size_t n, const char *p, size_t pl);
int	 parse_starts(const char *s, size_t n, const char *p);
long	 parse_find(const char *s, size_t n, const char *p);
size_t	 parse_starts_loose(const char *s, size_t n, const char *p);
int	 parse_is_names(const char *s, size_t n);
size_t	 parse_role(const char *s, size_t n);
int	 parse_cont_note(const char *s, size_t n, int *to, char *page, size_t pagesz);
struct draft *	 parse_add_draft(struct parser *p, enum parse_kind kind);
void	 parse_push(size_t **v, size_t *n, size_t x);
int	 parse_headline_like(const struct line *l);
int	 parse_line_doubled(const struct line *l);
int	 parse_is_weather_text(const char *s);
char *	 parse_join_plain(struct parser *p, size_t first, size_t n);
int	 parse_is_ad(const char *plain, int shaped);
int	 parse_ad_score(const char *s);
int	 parse_has_phone(const char *s);
double	 parse_median(double *v, size_t n);
void	 parse_weather(struct parser *p, const char *s);
char *	 parse_undouble(const char *s, size_t n);
char *	 parse_clean(const char *s, size_t n, int keep_cjk);
double	 parse_column_width(struct parser *p, size_t first, size_t n);

/* parse-furniture.c: page furniture dropped, recurring indents read. */
void	 parse_furniture(struct parser *);
int	 parse_is_paper_name(const struct line *);

/* parse-flow.c: pages whose headings stand over their bodies. */
int	 parse_flow_detect(struct parser *);
void	 parse_flow(struct parser *);

/*
 * parse-layout.c: pdftotext -layout text (columns side by side) made into
 * text whose columns follow one another.  parse_layout_columns() returns a
 * new string (caller frees), its length in *outlen.
 */
int	 parse_layout_detect(const char *text, size_t len);
char	*parse_layout_columns(const char *text, size_t len, size_t *outlen);

#endif
