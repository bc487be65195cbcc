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

#define TOPIC_MAX 64		/* topics fit a uint64_t mask */

struct topic_set;

/* The built-in rules. */
struct topic_set *topic_set_default(void);
/*
 * The built-in rules changed by a topics file (format in kanbao(5)).  NULL
 * with *cause set ("FILE:LINE: what is wrong") on error.
 */
struct topic_set *topic_set_load(const char *path, char **cause);
void	 topic_set_free(struct topic_set *);

size_t	 topic_set_count(const struct topic_set *);
/* Name ("investment") and label ("投资项目") of topic i. */
const char *topic_set_name(const struct topic_set *, size_t);
const char *topic_set_label(const struct topic_set *, size_t);
/* Index of the topic named name, or -1. */
int	 topic_set_find(const struct topic_set *, const char *);

/* The topics an article belongs to, as a mask of topic indexes. */
uint64_t topic_match(const struct topic_set *, const struct parse_article *);

#endif
