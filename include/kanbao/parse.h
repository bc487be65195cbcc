/*
 * The page parser: the text of one newspaper page (raw PDF-extracted text or
 * Markdown) in, the articles a reader sees on that page out.  Pure: no I/O,
 * no SQLite, no curses.
 */
#ifndef KANBAO_PARSE_H
#define KANBAO_PARSE_H

#include <stddef.h>

#include "kanbao/kind.h"

enum parse_format {
	PARSE_RAW,
	PARSE_MARKDOWN,
	PARSE_LAYOUT,	 /* pdftotext -layout: columns side by side */
	PARSE_PARAGRAPHS /* one paragraph to a line */
};

struct parse_article {
	enum parse_kind kind;
	char	       *kicker;	  /* 引题; "" if none */
	char	       *title;	  /* 主题, doubled runs undone; "" if none */
	char	       *subtitle; /* 副题; "" if none */
	char  *byline;	   /* "记者 王强 通讯员 李明"; "" if none */
	char **paragraphs; /* joined, spurious spaces removed */
	size_t nparagraphs;
	char  *continued_to;   /* page of （下转N版）; "" if none */
	char  *continued_from; /* page of （上接N版）; "" if none */
};

struct parse_weather {
	char *today;	/* "阴有阵雨，雨量中等" */
	char *tomorrow; /* "阴偶有小雨" */
	char *wind;	/* "偏东风4到5级，阵风6级" */
	int   high;	/* today's high, ℃ */
	int   low;	/* tomorrow morning's low, ℃ */
	int   has_high;
	int   has_low;
};

struct parse_page {
	enum parse_format     format;
	struct parse_article *articles; /* in reading order */
	size_t		      narticles;
	struct parse_weather *weather; /* NULL if the page has none */
};

/*
 * Parses len bytes of clean UTF-8 (as text_decode() returns it).  Never
 * fails: text it cannot place becomes articles of kind PARSE_OTHER.  The
 * caller frees the result with parse_page_free().
 */
struct parse_page *parse_page(const char *text, size_t len);
void		   parse_page_free(struct parse_page *);
/* Frees what an article of a page holds (not the article itself). */
void parse_article_clear(struct parse_article *);
/* Frees a weather box's fields and the box; NULL is none. */
void parse_weather_free(struct parse_weather *);
/*
 * A weather box's fields read from its text, its lines joined and their
 * spaces dropped (今天多云。明天…，偏北风3到4级。…最高气温11℃…, or 晴到多云
 * 11℃～17℃东北风3-4级); the fields it does not find are "" and unset.
 * Caller frees with parse_weather_free().
 */
struct parse_weather *parse_weather_read(const char *s);

/*
 * Folds in place the traditional characters of the cue words in the n
 * bytes at s to their simplified forms (本報記者 → 本报记者), all of them;
 * returns how many it folded.  For matching words in text of either kind
 * (topics), never for text a reader sees.  parse_fold_seen(): does the
 * string s (NULL: none) hold one, at a glance: every character of its
 * first whole bytes, then one every few tens of bytes.
 */
size_t parse_fold_plain(char *s, size_t n);
int    parse_fold_seen(const char *s, size_t whole);

/*
 * Do the n bytes at s end as a picture's source does (本报资料图片, 受访者
 * 供图, 图片由…提供), or with agency an agency's 发 (新华社发)?  The words
 * only: whether the line is short enough is the front end's to say.
 */
int parse_names_source(const char *s, size_t n, int agency);

/* A picture's source is this many characters at most, an agency's this. */
#define PARSE_SOURCE_CHARS 12
#define PARSE_AGENCY_CHARS 6

/*
 * Are the n bytes at s, nchars characters, a line that is a picture's
 * source: short, no pause in it, naming one (parse_names_source)?
 */
int parse_is_source(const char *s, size_t n, size_t nchars);

/* Guesses the format of a page: Markdown when it has # headings. */
enum parse_format parse_detect_format(const char *, size_t);

const char *parse_format_name(enum parse_format);

#endif
