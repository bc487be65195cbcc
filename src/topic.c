/*
 * Topics (first cut: by kind only).
 */
#include <stdlib.h>
#include <string.h>

#include "kanbao/topic.h"
#include "kanbao/xmalloc.h"

struct topic_set {
	int	unused;
};

static const char *topic_names[] = { "weather", "commentary", "photo" };
static const char *topic_labels[] = { "天气", "评论", "图片" };

struct topic_set *
topic_set_default(void)
{
	return (xcalloc(1, sizeof(struct topic_set)));
}

void
topic_set_free(struct topic_set *ts)
{
	free(ts);
}

size_t
topic_set_count(const struct topic_set *ts)
{
	(void)ts;
	return (3);
}

const char *
topic_set_name(const struct topic_set *ts, size_t i)
{
	(void)ts;
	return (topic_names[i]);
}

const char *
topic_set_label(const struct topic_set *ts, size_t i)
{
	(void)ts;
	return (topic_labels[i]);
}

int
topic_set_find(const struct topic_set *ts, const char *name)
{
	size_t	i;

	for (i = 0; i < topic_set_count(ts); i++) {
		if (strcmp(topic_names[i], name) == 0)
			return ((int)i);
	}
	return (-1);
}

uint64_t
topic_match(const struct topic_set *ts, const struct parse_article *a)
{
	(void)ts;
	switch (a->kind) {
	case PARSE_WEATHER:
		return (1);
	case PARSE_COMMENTARY:
		return (2);
	case PARSE_PHOTO:
		return (4);
	default:
		return (0);
	}
}
