/*
 * The kinds of article: what the parser finds (parse.h) and the store
 * keeps with each article (store.h), by a name that does not change
 * ("news", "photo": the store holds the name).  The names and labels are
 * defined with the parser, in parse.c.
 */
#ifndef KANBAO_KIND_H
#define KANBAO_KIND_H

enum parse_kind {
	PARSE_NEWS,
	PARSE_COMMENTARY,
	PARSE_PHOTO,
	PARSE_WEATHER,
	PARSE_AD,
	PARSE_BANNER,
	PARSE_OTHER
};
#define PARSE_NKINDS 7

const char *parse_kind_name(enum parse_kind);
/* What a reader calls an article of this kind: "图片", "广告", "天气"... */
const char *parse_kind_label(enum parse_kind);
/* Returns -1 for an unknown name. */
int parse_kind_from_name(const char *);

#endif
