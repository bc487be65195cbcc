/*
 * The headings-over-bodies reading's insides, shared by its two files:
 * parse-flow.c (line roles and pieces, the reading chosen per page) and
 * parse-flow-story.c (pieces into stories).  Not part of the parser's
 * interface.
 */
#ifndef KANBAO_PARSE_FLOW_INT_H
#define KANBAO_PARSE_FLOW_INT_H

#include <stdint.h>

#include "parse-int.h"

/* Tuning: every threshold of this pass, named. */
struct flow_tune {
	double width_pct;	/* column width: this share of body lines */
	double full_slack;	/* a body line within this of the column */
	double head_max_share;	/* a heading shorter than column × this … */
	double head_wide;	/* … or wider than the column by this */
	double head_max_em;	/* never a heading: longer than this */
	int    head_max_lines;	/* heading runs are at most this long */
	int    top_lines;	/* page furniture: within this many lines */
	double match_min;	/* shared-word score a title character */
	double match_late;	/* … for a story left untitled, at the end */
	double orphan_min_em;	/* a loose piece shorter is a box, not news */
	double indent_em;	/* a paragraph's first-line indent */
	int    head_max_pauses; /* a heading line has at most this many ， */
	int    kicker_max_pauses; /* … a kicker ending on ——, this many */
	double adjacent;       /* score a title character right over a piece */
	double caption_max_em; /* a credited piece this short: a caption */
	double story_min_em;   /* a story's text is at least this long */
	int    related_min;    /* pairs of characters two related texts share */
	int    para_related_min; /* … a paragraph set apart and its story */
	double ad_open_max_em;	 /* an ad's open line(s) under an ad's name */
	int    open_back;	 /* pieces back to seek a story left open */
	double match_whole;	 /* share of a title's pairs its story says */
	double match_kicked;	 /* … a title left under its kicker's */
	double kicked_min_em;	 /* … that title at least this long (a
				    column's logo, 科技视点, is shorter) */
	double
	    match_evidence; /* score a shared word adds, whatever the length */
	double deck_min_columns;  /* a deck across columns: this many wide */
	int    running_min_lines; /* full lines that make a piece running
				    text, not an ad's box */
	int    topic_min_chars;	  /* a subheading's topic before its ： */
	int    topic_max_chars;	  /* … at most this many Han characters */
	double topic_max_em;	  /* such a subheading is no wider */
	int    head_reach;	  /* lines back to a heading, at most */
	int    lead_reach;	  /* lines of a lead under a heading, at most */
	int    subhead_words;	  /* pairs a subheading says of its story */
	int    slogan_reach;	  /* a public-service ad's slogans: this
				     many headings after its label, at most */
	double slogan_max_em;	  /* … each line this wide at most */
	size_t join_scan_max;	  /* bytes a page's searches for the joins
				     of stories left open scan, at most */
	int    fits_heads_max;	  /* headings a piece after a column break
				     may be matched to, the first so many */
	int    kicker_pairs;	  /* pairs a kicker with no dash says of the
				     lead under its title */
	int    subhead_pairs;	 /* … counted in each of the story's pieces */
	int    lead_pairs;	 /* a heading that says this many pairs of
				    the text under it, and fewer than
				    subhead_pairs + 2 of the story over it,
				    heads its own story */
	double lead_over_story;	 /* ... or more, and of the text under it
				    more than this many times as many */
	double line_lead_over;	 /* a line under a story that says more
				    than this many times as many pairs of
				    the lead under it is a title's */
	int    match_pairs_max;	 /* headings and candidates scored, at
				    most (text far longer than a page) */
	int    sub_reach;	 /* pieces back to a story's earlier
				    subheadings, at most */
	double far_title_share;	 /* a heading set apart from its text:
				    this share of its pairs said by a lead
				    makes that lead its story's */
	double phrase_min_em;	 /* a heading line is a phrase this long */
	int    indent_min_paras; /* paragraphs that show a page indents … */
	int    indent_tenths;	 /* … when this many tenths of them do */
	double subhead_long_em;	 /* a lone subheading this wide says its
				    story's words */
	int    box_lines;	 /* an ad's box set into a column: lines */
	double box_max_em;	 /* … each no wider */
	int    bracket_join;	 /* join score a bracket closed adds to the
				    line that left it open */
	double head_tail_em;	 /* a heading's last word alone on a line
				    under it: this wide at most */
	double fill_em;		 /* a line that fills its column, as set:
				    within this of its width */
};
extern const struct flow_tune flow_tune;

enum flow_role {
	F_BODY,
	F_HEAD,
	F_BYLINE,
	F_CREDIT,
	F_CONT,
	F_SKIP
};

struct piece {
	int	  head;	       /* a run of heading lines */
	size_t	  first;       /* first line */
	size_t	  last;	       /* last line, inclusive */
	int	  blank_after; /* a blank (or the end) follows */
	int	  art;	       /* draft it went to, or -1 */
	int	  dateline;    /* body: opens with a dateline */
	int	  open;	       /* body: ends inside a sentence */
	int	  credit;      /* body: a photo credit ends it */
	int	  used;	       /* head: gave its title */
	int	  picture;     /* a picture's source set just above it */
	int	  sub;	       /* head: a subheading of its story */
	int	  follow;      /* loose body: goes where this one does */
	char	 *plain;       /* its text (head) or lead (body), or NULL */
	char	 *runon;       /* body: its lead run on (flow_lead_on()) */
	uint64_t *pairs;       /* its lead's pairs of Han characters, and a
				  table of them (flow_pairs()) */
	size_t	  npairs;
	size_t	  pairs_cap;
	double	  measure; /* flow_measure(), once measured */
	int	  measured;
	int	  tag;	   /* head: a series' tag, set twice on the page */
	int	  adlabel; /* head: opens with a notice's label */
	char	  how;	   /* body: how it found its article */
};

struct flow {
	struct parser  *p;
	enum flow_role *role;
	double	       *lw; /* each line's column width, from near */
	double	       *pw; /* each line's page's column width */
	struct piece   *pc;
	size_t		npc;
	size_t	       *heads; /* the heading pieces' indexes, in order */
	size_t		nheads;
	size_t		join_scanned; /* bytes flow_join_score() searched */
	double		width;
	int		indented; /* paragraphs open indented */
};

/* Half-em bins for the widths of lines up to 40 ems. */
#define FLOW_BINS 82

/* Lines of a piece's lead that heading matching reads, at most. */
#define FLOW_LEAD_LINES 40

int    flow_indent_fits(double em, double w);
int    flow_brackets_open(const struct line *l);
int    flow_line_opens_on_day(const struct line *l);
int    flow_indent_shaped(struct flow *f, size_t i);
double flow_w(const struct flow *f, size_t i);
int    flow_line_says(const struct line *l, int (*pred)(const char *));
int    flow_two_phrases(const struct line *l);
int    flow_quotes_open(const struct line *l);
int    flow_line_calls(const struct line *l);
int    flow_is_ad_label(const struct line *l);
int    flow_tag_shaped(const struct line *l);
int    flow_line_signs(const struct line *l, int writer);
int    flow_topic_shape(const struct line *l);
int flow_join_score(struct flow *f, const struct line *a, const struct line *b);
void flow_articles(struct flow *f);

#endif
