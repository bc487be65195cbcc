/*
 * Topics: named rules over an article's kind, title and body that tag it
 * (investment, enterprise, weather, ...).  Built-in rules can be replaced or
 * extended by a topics file.
 */
#ifndef KANBAO_TOPIC_H
#define KANBAO_TOPIC_H

#include <stddef.h>
#include <stdint.h>

#include "kanbao/parse.h"

#define TOPIC_MAX 64 /* topics fit a uint64_t mask */

struct topic_set;

/* The built-in rules. */
struct topic_set *topic_set_default(void);
/*
 * The built-in rules changed by a topics file (format in kanbao(5)).  NULL
 * with *cause set ("FILE:LINE: what is wrong") on error.
 */
struct topic_set *topic_set_load(const char *path, char **cause);
void		  topic_set_free(struct topic_set *);
/*
 * The user's topics file ($XDG_CONFIG_HOME/kanbao/topics, else
 * ~/.config/kanbao/topics; caller frees, NULL if neither is set).
 */
char *topic_user_path(void);
/*
 * The rules in force: the user's topics file over the built-in rules, or
 * the built-in rules alone when there is no such file.  Never NULL: when the
 * file is bad, *cause says why (caller frees) and the built-in rules come
 * back.
 */
struct topic_set *topic_set_user(char **cause);

size_t topic_set_count(const struct topic_set *);
/* Name ("investment") and label ("投资项目") of topic i. */
const char *topic_set_name(const struct topic_set *, size_t);
const char *topic_set_label(const struct topic_set *, size_t);
/* Index of the topic named name, or -1. */
int topic_set_find(const struct topic_set *, const char *);

/* An article's score for topic i (how strongly its words point there). */
int topic_score(const struct topic_set *, size_t, const struct parse_article *);
/* The topics an article belongs to, as a mask of topic indexes. */
uint64_t topic_match(const struct topic_set *, const struct parse_article *);

/* An article as the store keeps it, for the rules (strings borrowed). */
struct topic_text {
	enum parse_kind kind;
	const char     *kicker;
	const char     *title;
	const char     *subtitle;
	const char     *body; /* the paragraphs, a newline between */
};

/*
 * The same as topic_match() for the article of those parts: a body of
 * paragraphs joined by newlines scores as the paragraphs (no rule's word
 * holds a newline).
 */
uint64_t topic_match_text(const struct topic_set *, const struct topic_text *);

#endif
