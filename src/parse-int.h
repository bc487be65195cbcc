/*
 * The parser's insides, shared by its passes (parse.c says which file
 * holds which): lines as measured and classed, units, article drafts,
 * and the helpers more than one pass uses.  Not part of the parser's
 * interface (kanbao/parse.h).
 */
#ifndef KANBAO_PARSE_INT_H
#define KANBAO_PARSE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"

enum line_class {
	L_BLANK,
	L_TEXT,
	L_BYLINE, /* ■记者 …, 通讯员 …, ■本报评论员, ■pen name */
	L_CREDIT, /* ■摄影 … */
	L_CONT,	  /* （下转2版） or （上接1版） */
	L_HEADING /* Markdown # heading */
};

struct line {
	const char     *s; /* trimmed text, not NUL-terminated */
	size_t		len;
	enum line_class cls;
	int		lead;	      /* indented: starts a new text frame */
	int		blank_before; /* a blank line precedes it */
	double		em;	      /* width in ems; spaces count 0 */
	int		punct;	      /* sentence punctuation marks in it */
	int		stops;	      /* ，。； in it: never in a title */
	int		periods;      /* 。 in it */
	int		celsius;      /* ℃ in it: a weather box's */
	int		spaces;	      /* space characters in it */
	int		gaps;	      /* of them, beside a digit or Latin */
	int		final;	      /* ends a sentence */
	int		benbao;	      /* starts with 本报讯 */
	int		level;	      /* Markdown heading level */
	int		hardbreak;    /* Markdown line ended in two spaces */
	int		signature;    /* byline that signs a commentary */
	int		para;	      /* body: a paragraph starts here */
	int		resumed;      /* body text after （上接1版） */
	int		bold;	      /* said twice on two lines (fake bold) */
	int		closer;	      /* a sign-off that ends a story */
	int		newpage;      /* the first after a form feed */
	int		kicker;	      /* set apart over its title */
	int		coltag;	      /* a column's name under its title */
	int		deck;	      /* a deck set apart under its title */
	int		over_picture; /* a heading set over a picture */
	int		in_sentence;  /* a heading set inside a sentence */
	signed char	headlike;     /* parse_headline_like(): -1 unknown */
	signed char	doubled;      /* parse_line_doubled(): -1 unknown */
	signed char	dateline;     /* opens with a dateline: -1 unknown */
	signed char	tight;	      /* byline with a name set close to its
					 role (记者王强): where it stands
					 says whether it is one */
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
	enum unit_type type;
	size_t	       first; /* first line */
	size_t	       n;     /* lines, blanks included */
	int	       art;   /* article it went to, or -1 */
	int	       photo; /* body: a caption (a credit follows) */
	int	       head;  /* body: heading unit matched, or -1 */
	int	       body;  /* head: body unit matched, or -1 */
	int	       after; /* head: it follows its body */
};

/* An article being assembled: which lines play which part. */
struct draft {
	enum parse_kind kind;
	size_t	       *body; /* line indexes */
	size_t		nbody;
	size_t	       *head; /* heading lines, in order */
	size_t		nhead;
	size_t	       *byline;
	size_t		nbyline;
	struct buf	cont_to;
	struct buf	cont_from;
	char	       *kicker; /* set directly (Markdown) */
	char	       *title;
	char	       *subtitle;
	int		photo;
	int		signed_commentary;
	int		benbao;
	int		closed; /* Markdown: a signature or noise ended it */
	int		orphan; /* its body was found away from its title */
	int		flow;	/* set by parse_flow(): headings over bodies */
	int		briefs; /* a briefs column: short items, one label */
};

/*
 * The pairs of Han characters the page's text sets side by side, sorted:
 * made once a page has asked page.pairs_searched times whether its text
 * says a pair (parse_line_word_broken()), which the first times search.
 * And how many bytes the searches for longer runs have scanned
 * (parse_says_span()).
 */
struct parse_pairs {
	uint64_t *key;
	size_t	  n;
	size_t	  asked;
	int	  built;
	size_t	  scanned; /* bytes parse_says_span() searched */
};

struct parser {
	const char	     *text;
	size_t		      len;
	struct parse_pairs   *pairs;
	struct line	     *lines;
	size_t		      nlines;
	size_t		      linesz;
	struct unit	     *units;
	size_t		      nunits;
	size_t		      unitsz;
	struct draft	     *drafts;
	size_t		      ndrafts;
	size_t		      draftsz;
	double		      width; /* typical column width, ems */
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
	size_t k;

	if ((k = text_utf8_fast(s + i, n - i, c)) != 0)
		return (i + k);
	return (i + text_utf8_next(s + i, n - i, c));
}

static inline int
parse_is_space(uint32_t c)
{
	return (c == ' ' || c == '\t' || c == 0x3000 || c == 0xa0 ||
	    (c >= 0x2000 && c <= 0x200a));
}

/* Is c one of the n code points in set? */
static inline int
parse_code_in(uint32_t c, const uint32_t *set, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (c == set[i])
			return (1);
	}
	return (0);
}

/* Chinese text, for the purpose of dropping spaces next to it. */
static inline int
parse_is_cjk(uint32_t c)
{
	return (c != 0x3000 && text_is_cjk(c));
}

/* Marks that end a sentence; closing quotes count only after one. */
static inline int
parse_is_stop(uint32_t c)
{
	return (c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0x2026 ||
	    c == '!' || c == '?' || c == 0xff0e);
}

static inline int
parse_is_closer(uint32_t c)
{
	return (c == 0x201d || c == 0x2019 || c == 0x300d || c == 0x300f ||
	    c == 0xff09 || c == ')' || c == '"' || c == 0x300b);
}

/*
 * Do the last two characters of a text (prev, then last) end a sentence:
 * a stop, or a closing mark after one (。”)?
 */
static inline int
parse_sentence_end(uint32_t prev, uint32_t last)
{
	return (parse_is_stop(last) ||
	    (parse_is_closer(last) && parse_is_stop(prev)));
}

/* Sentence punctuation that never appears inside a headline. */
static inline int
parse_is_sentence_punct(uint32_t c)
{
	return (c == 0xff0c || c == 0x3002 || c == 0xff1b || c == 0xff1a ||
	    c == 0xff01 || c == 0xff1f || c == 0x3001);
}

/* Does s (n bytes) start with the UTF-8 string p? */
static inline int
parse_starts(const char *s, size_t n, const char *p)
{
	size_t pl = strlen(p);

	return (n >= pl && memcmp(s, p, pl) == 0);
}

/* Does s (n bytes) end with the UTF-8 string p? */
static inline int
parse_ends(const char *s, size_t n, const char *p)
{
	size_t pl = strlen(p);

	return (n >= pl && memcmp(s + n - pl, p, pl) == 0);
}

/* Length of the space character at s (n bytes left), or 0 if none. */
static inline size_t
parse_space_len(const unsigned char *s, size_t n)
{
	if (s[0] == ' ' || s[0] == '\t')
		return (1);
	if (s[0] == 0xc2 && n >= 2 && s[1] == 0xa0)
		return (2);
	if (s[0] == 0xe3 && n >= 3 && s[1] == 0x80 && s[2] == 0x80)
		return (3);
	if (s[0] == 0xe2 && n >= 3 && s[1] == 0x80 && s[2] <= 0x8a)
		return (3);
	return (0);
}

/* parse.c: searching, the drafts' kinds. */
const char *parse_memmem(const char *, size_t, const char *, size_t);
long	    parse_find(const char *, size_t, const char *);
size_t	    parse_starts_loose(const char *, size_t, const char *);
size_t	    parse_starts_any(const char *, size_t, const char *const *, size_t);
size_t	    parse_ends_any(const char *, size_t, const char *const *, size_t);
/*
 * The passes that give a story back its title set under another story's
 * heading, and its opening (parse_page() calls them; test-parse.c too),
 * and where an article's lines stand in the reading for them: SIZE_MAX
 * if none.  The first drops the banners it moves from span[] too.
 */
struct parse_span {
	size_t head_last;  /* its heading's last line */
	size_t body_first; /* its text's first line */
};
void parse_opening_home(struct parse_page *, const struct parse_span *);
void parse_subhead_home(struct parse_page *, struct parse_span *);

/* parse-lines.c: pass 1, lines measured and classed. */
void   parse_lines(struct parser *, int);
void   parse_unpack(struct parser *);
char  *parse_glue_markers(const char *, size_t, size_t *);
int    parse_is_names(const char *, size_t);
size_t parse_role(const char *, size_t);
int    parse_is_byline_mark(uint32_t);
int    parse_is_source_end(uint32_t);
size_t parse_byline_label(const char *, size_t, int *);
int    parse_opinion_column(const struct line *);
int    parse_has_surname(const char *, size_t);
int    parse_signature_alone(const char *, size_t);
int    parse_cont_note(const char *, size_t, int *, char *, size_t);
double parse_opening_figure(const struct line *);
double parse_set_width(const struct line *);
int    parse_has_latin(const struct line *);
size_t parse_han_words(const char *, size_t, int);
size_t parse_report_tail(const char *, size_t);

/*
 * parse-fold.c: a page in traditional characters.  parse_fold() makes in
 * *copy (caller frees) the n bytes of text with those of the cue words
 * folded to simplified ones, and returns what it did for parse_unfold() to
 * undo in a string made out of them; NULL and no copy for a page that has
 * none.
 */
struct parse_fold *parse_fold(const char *text, size_t n, char **copy);
void		   parse_unfold(const struct parse_fold *, char *s);
void		   parse_fold_free(struct parse_fold *);

/* parse-furniture.c: page furniture dropped, recurring indents read. */
void parse_furniture(struct parser *);
void parse_unindent_heads(struct parser *);
int  parse_is_paper_name(const struct line *);

/* parse-block.c: pass 2, lines into units (titles under stories). */
void   parse_units(struct parser *);
int    parse_unit_open(struct parser *, const struct unit *);
char  *parse_join_plain(struct parser *, size_t, size_t);
double parse_pair_share(const char *, size_t, const char *, size_t);
int    parse_headline_like(const struct line *);
int    parse_line_doubled(const struct line *);
double parse_median(double *, size_t);
double parse_column_width(struct parser *, size_t, size_t);

/* parse-box.c: weather boxes and advertisements. */
int parse_is_weather_text(const char *);
/* Are the n bytes at s a weather box's label (今日天气, 天气预报)? */
int    parse_is_weather_label(const char *s, size_t n);
void   parse_weather(struct parser *, const char *);
int    parse_is_ad(const char *, int);
int    parse_ad_score(const char *);
int    parse_ad_field(const struct line *);
int    parse_has_phone(const char *);
int    parse_is_dateline(const char *, size_t);
size_t parse_dateline_len(const char *, size_t);
int    parse_line_dateline(const struct line *);
int    parse_has_phone_n(const char *, size_t);

/* parse-match.c: pass 3, units into drafts (titles under stories). */
struct draft *parse_add_draft(struct parser *, enum parse_kind);
void	      parse_push(size_t **, size_t *, size_t);
void	      parse_prepare(struct parser *);
void	      parse_match(struct parser *);
void	      parse_assemble(struct parser *);

/* parse-flow.c: pages whose headings stand over their bodies. */
int  parse_flow_detect(struct parser *);
int  parse_is_credit_line(const struct line *);
int  parse_is_credit(const char *, size_t);
void parse_flow(struct parser *);

/* parse-text.c: pass 4, the text of each draft. */
void  parse_paragraphs(struct parser *, const struct draft *, int,
     struct parse_article *);
void  parse_heading(struct parser *, const struct draft *,
     struct parse_article *);
char *parse_heading_text(const struct line *, int *);
int   parse_summary_label(const char *);
int   parse_exclaims(const char *, size_t);
int   parse_has_inner_space(const char *);
int   parse_has_mark(const char *);
int   parse_kicker_cue(const char *);
char *parse_byline(struct parser *, const struct draft *);
char *parse_undouble(const char *, size_t);
/* What parse_clean() keeps of the spaces beside Chinese characters. */
enum {
	PARSE_KEEP_NONE,    /* none: body text */
	PARSE_KEEP_PHRASES, /* between two: a headline's phrases */
	PARSE_KEEP_FIELDS   /* and before a figure: a weather box's fields */
};
char  *parse_clean(const char *, size_t, int);
int    parse_line_word_broken(const struct parser *, const struct line *,
       const struct line *);
int    parse_says_span(const struct parser *, const char *, size_t);
size_t parse_han_tail(const char *, size_t, int);
int    parse_line_phrase_broken(const struct parser *, const struct line *,
       const struct line *);
int    parse_opens_on_word_end(const struct line *);
int    parse_ends_on_pause(const char *, size_t);

/* parse-markdown.c: Markdown pages. */
void parse_markdown(struct parser *);

/* parse-tune.c: every threshold of the passes above, named. */
struct parse_tune {
	struct {
		double default_width_em; /* column width when none is seen */
		int    width_min_lines;	 /* lines to measure a column by */
		double runs_on_min_em;	 /* shorter lines never set a width */
		size_t untitled_news_bytes; /* untitled text this long: news */
		size_t pairs_searched;	    /* times a page's text is searched
					       for a pair of characters before
					       all its pairs are gathered */
		size_t span_scan_max;	    /* bytes a page's searches for runs
					       across line breaks scan, at
					       most */
	} page;
	struct {
		int name_max_chars;	  /* one person's name, at most */
		int report_place_max_han; /* 记者王强／湖城报导's place */
		int    names_min_chars;	 /* a run of names: this many … */
		int    names_max_chars;	 /* … to this many characters */
		int    byline_max_names; /* characters of names after a role */
		double pen_name_max_em;	 /* ■ and a pen name: this short */
		double name_tail_max_em; /* a name's wrapped end: this short */
		double name_line_max_em; /* names alone under a byline */
		double bold_min_em;	 /* a line said twice: fake bold */
		size_t marker_reach;	 /* bytes to look back for ■ or （ */
		size_t note_reach;	 /* bytes to look on for a note's ） */
		size_t note_tail_bytes;	 /* a bare 下转 note, read back */
		int    role_name_max_han; /* a name after a paper's role, or a
					  label's */
		size_t credit_max_chars; /* a credit after a caption, at most */
		size_t broken_names;	 /* a broken credit: lone Han */
		int    packed_min_lines; /* a page this long with … */
		int packed_blank_per;	/* … 1 blank in this many lines … */
		int packed_reach;	/* … is packed; lines to a column */
		double packed_short_em; /* short of it: set apart */
		double digit_space_em;	/* room a space beside a digit or
					   Latin stands for (2000 年) */
		size_t dateline_max_chars; /* a source's name, its place and
					      date, before its 电 or 讯 */
		size_t source_max_han;	   /* a name alone before 讯 or 电 */
		size_t role_prefix_max_han; /* 全媒体 before 记者, at most */
		size_t role_paper_max_han; /* a paper's name before its
					       role, at most */
		int    title_lines;	   /* a title's lines over a byline
					      whose name is set close, at
					      most */
	} lines;
	struct {
		double head_max_em; /* wider: no headline (twice if bold) */
		size_t list_item_max_bytes; /* 、 separates items this short */
		size_t head_max_lines;	    /* longer blocks are no heading */
		size_t box_max_lines;	    /* longer blocks are no ad or box */
		size_t
		    ad_contact_lines; /* an ad's contact lines under its name */
		size_t
		    own_width_min_lines; /* a block measures its own column */
		size_t lead_head_max_lines; /* heading lines atop a body */
		double head_short_share; /* a heading: under column × this … */
		double head_wide_em;	 /* … or wider than it by this */
		double full_slack_em;	 /* a full line: within this of it */
		double para_indent_em;	 /* a paragraph's first line: short */
		double han_short_em;	 /* Han this short of it: no text */
		size_t spread_min_han;	 /* Han spaced: justified text */
		size_t tail_head_max_lines; /* heading lines under a body */
	} block;
	struct {
		long pair;	  /* worth of one heading matched a body */
		long layout_pref; /* the layout the page shows, preferred */
		long glued;	  /* a heading set tight to its body */
		long byline_lead; /* a byline tight over a heading: it leads */
		long words; /* × a heading's share of pairs its body says */
		size_t words_lines; /* … in that many lines of the body */
		double part_share;  /* two titles' shares of their stories */
		double
		    part_share_under; /* … the lower's, of its story's lead */
		double
		    split_slack; /* a cut this far from the best is as good */
		int glued_evidence;	 /* each tight pair shows the layout */
		double banner_max_em;	 /* banner lines are this short … */
		size_t banner_min_lines; /* … and at least this many */
		size_t caption_chain_bytes; /* a caption's text, at most */
		size_t caption_max_bytes; /* text since a heading: a caption */
		size_t first_line_max_lines; /* a paragraph cut off: lines */
		double first_line_slack_em;  /* … its second line is full */
		double indent_em; /* … its first line is this short */
		double first_line_over_em; /* … and no wider than this over */
	} match;
	struct {
		int    width_min_lines; /* lines to measure an article by */
		double runs_on_min_em;	/* shorter lines never set a width */
		double para_slack_em;	/* a line this short ends a paragraph */
		double indent_max_em;	/* a dropped indent: at most this */
		double subhead_max_em;	/* a subheading is at most this wide */
		double subhead_share;	/* … and under column × this */
		size_t undouble_max;	/* longest word undoubled (chars) */
		double subtitle_ratio;	/* a line this much wider: subtitle */
		double subtitle_min_em; /* … if at least this wide */
		double kicker_ratio;  /* a first line this much wider: kicker */
		double kicker_min_em; /* … if at least this wide */
		double kicker_wide;   /* a first line this much wider than
					 every line under it, and the
					 break inside no word: kicker */
		double kicker_lines_em;	    /* a kicker's lines but its last
					      are this alike */
		double flow_kicker_share;   /* a first line this share of the
					     next, or less … */
		double column_name_max_em;  /* … and this short: kicker */
		double column_tag_max_em;   /* a column's name under a
					      title, at most */
		size_t byline_name_max;	    /* bytes of a name spaced apart */
		double kicker_home_share;   /* a kicker this share of whose
					      pairs an untitled story says
					      titles it … */
		double kicker_own_share;    /* … when its own says less */
		double deck_home_share;	    /* a banner this share of whose
					      pairs a story says titles it
					      (over its deck, over its
					      subheading) … */
		double deck_lead_share;	    /* … over its deck when its lead
					      says this share */
		size_t deck_banner_min_han; /* … a banner this long at least */
		size_t kicker_reach;	    /* … articles apart, at most */
		size_t lead_paras;	    /* a story's opening: its first
					      paragraphs, this many */
		double opening_home_share;  /* an untitled story this share of
					      whose pairs of a heading block
					      it says opens that story … */
		size_t opening_copy_bytes;  /* … unless it says the story's
					      first bytes, this many */
		size_t subhead_min_han;	    /* a subheading's Han characters,
					      at least … */
		size_t subhead_max_han;	    /* … and at most */
		size_t subhead_like_han;    /* two subheadings alike: Han
					      characters apart, at most */
	} text;
	struct {
		size_t weather_max_bytes;   /* longer text is no weather box */
		size_t weather_label_bytes; /* a weather box's label (今日
					       天气) is no longer */
		int weather_max_degrees; /* no thermometer shows more (℃) */
		size_t phone_min_digits; /* a run of digits: a phone number */
		size_t ad_max_bytes;	 /* longer text is no advertisement */
		int    ad_words;	 /* ad words that make an ad … */
		int    ad_words_phone;	 /* … or fewer with a phone number */
	} box;
	struct {
		size_t caption_max_bytes; /* a photo caption paragraph */
	} markdown;
};
extern const struct parse_tune parse_tune;

/*
 * parse-layout.c: pdftotext -layout text (columns side by side) made into
 * text whose columns follow one another.  parse_layout_columns() returns a
 * new string (caller frees), its length in *outlen.
 */
int   parse_layout_detect(const char *text, size_t len);
char *parse_layout_columns(const char *text, size_t len, size_t *outlen);

/*
 * parse-paras.c: text set one paragraph to a line made into text wrapped
 * to a column, as parse_layout_columns() returns it.
 */
int   parse_paras_detect(const char *text, size_t len);
char *parse_paras_columns(const char *text, size_t len, size_t *outlen);

#endif
