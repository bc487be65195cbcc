/*
 * Topics: named rules that tag articles (investment, enterprise, weather…).
 *
 * A rule is a set of kinds and weighted words.  An article's score for a
 * rule adds, for each word, its weight times the times it appears (at most
 * TOPIC_CAP times in the body, so one long article does not win on one
 * word), with title block hits counted TOPIC_TITLE_WEIGHT times; the article
 * belongs to the topic when the score reaches the rule's minimum.  A rule
 * with no words matches on kind alone (photo, commentary, weather).
 *
 * Invariant: a set holds at most TOPIC_MAX rules, names unique.
 */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/file.h"
#include "kanbao/fold.h"
#include "kanbao/text.h"
#include "kanbao/topic.h"
#include "kanbao/xmalloc.h"

#define TOPIC_CAP	   3  /* body hits counted per word */
#define TOPIC_TITLE_WEIGHT 3  /* a title hit is worth this many */
#define TOPIC_LEAD_BYTES   96 /* a body's first bytes, read for its script */

struct topic_word {
	char *word;
	char *folded; /* in simplified characters (kanbao/fold.h) */
	int   weight;
};

struct topic_rule {
	char		  *name;  /* "investment" */
	char		  *label; /* "投资项目" */
	unsigned	   kinds; /* mask of 1 << parse_kind; 0: any */
	int		   min;	  /* score needed */
	struct topic_word *words;
	size_t		   nwords;
};

/* One word of one rule, filed under its first character. */
struct topic_entry {
	const char *word;
	size_t	    len;
	size_t	    slot; /* index into a flat per-word array */
	int	    rule;
};

struct topic_set {
	struct topic_rule rules[TOPIC_MAX];
	size_t		  n;
	/* Built once the rules are read (topic_index): */
	struct topic_entry *ix;		     /* sorted by bucket */
	size_t		    bucket[257];     /* ix[bucket[b]..bucket[b+1]) */
	size_t		    nslots;	     /* words of all rules */
	size_t		    base[TOPIC_MAX]; /* rule i's first slot */
};

/*
 * The built-in rules, in the topics file format (kanbao(5)), so that the
 * defaults and a user's file are read by the same code.
 */
static const char topic_builtin[] =
    "topic investment 投资项目\n"
    "kinds news commentary photo\n"
    "min 13\n"
    "words 4 总投资 集中开工 重大项目 固定资产投资 有效投资 开竣投\n"
    "words 3 签约 开工 竣工 投产 落户 达产 招商 招引 双招双引 "
    "开工建设 项目建设 项目推进 招大引强 产业链招商\n"
    "words 1 项目 亿元 万元 产值 产业链 产能 厂房 工程\n"
    "\n"
    "topic enterprise 企业服务\n"
    "kinds news commentary photo\n"
    "min 20\n"
    "words 4 助企 惠企 营商环境 企业之家 入企 涉企 为企服务 服务企业 "
    "企业诉求 纾困 减税降费 助企服务\n"
    "words 3 复工复产 企业发展 企业经营 招工 用工 订单 满负荷 开足马力 "
    "生产线 车间 技术改造 招聘 求职 智能制造 机器人\n"
    "words 2 岗位 员工 工人 设备 生产工序\n"
    "words 1 企业 公司 生产 市场 政策\n"
    "\n"
    "topic weather 天气\n"
    "kinds weather\n"
    "\n"
    "topic livelihood 民生\n"
    "kinds news photo\n"
    "min 8\n"
    "words 4 民生实事 加装电梯 养老 医保 社保 就业 安置房 公寓房 "
    "老旧小区 便民 惠民\n"
    "words 2 居民 群众 社区 百姓 住房 教育 学校 医院 健康 驿站\n"
    "\n"
    "topic agriculture 三农\n"
    "kinds news photo\n"
    "min 8\n"
    "words 4 春耕 秋收 农户 农田 粮食 三农 乡村振兴 种植 农业 农民 "
    "未来乡村 和美乡村 强村富民\n"
    "words 2 村民 乡村 田间 农时 大棚 合作社 蔬菜\n"
    "\n"
    "topic safety 平安\n"
    "kinds news photo\n"
    "min 8\n"
    "words 4 平安建设 反诈 诈骗 消防 安全生产 交通安全 治安 派出所 "
    "公安 矛盾纠纷 隐患\n"
    "words 2 安全 平安 执法 巡查 调解\n"
    "\n"
    "topic commentary 评论\n"
    "kinds commentary\n"
    "\n"
    "topic photo 图片\n"
    "kinds photo\n";

static void
topic_rule_clear(struct topic_rule *r)
{
	size_t i;

	free(r->name);
	free(r->label);
	for (i = 0; i < r->nwords; i++) {
		free(r->words[i].word);
		free(r->words[i].folded);
	}
	free(r->words);
	memset(r, 0, sizeof *r);
}

void
topic_set_free(struct topic_set *ts)
{
	size_t i;

	if (ts == NULL)
		return;
	free(ts->ix);
	for (i = 0; i < ts->n; i++)
		topic_rule_clear(&ts->rules[i]);
	free(ts);
}

/* Splits a line into words at spaces; returns how many (at most max). */
static size_t
topic_split(char *line, char **argv, size_t max)
{
	size_t n = 0;
	char  *p = line;

	while (n < max) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		argv[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
	return (n);
}

static int
topic_valid_name(const char *s)
{
	if (*s == '\0' || strlen(s) > 32)
		return (0);
	for (; *s != '\0'; s++) {
		if (!islower((unsigned char)*s) &&
		    !isdigit((unsigned char)*s) && *s != '-' && *s != '_')
			return (0);
	}
	return (1);
}

/*
 * Reads rules from text into ts: "topic NAME [LABEL]" starts a rule (one of
 * the same name is replaced), then "kinds KIND...", "min N" and
 * "words WEIGHT WORD..." lines.  "#" starts a comment.  On error returns -1
 * with *cause "WHERE:LINE: what".
 */
static int
topic_read(struct topic_set *ts, const char *where, const char *text,
    char **cause)
{
	struct topic_rule *r = NULL;
	const char	  *s = text, *nl;
	char		  *line, *argv[256], *end;
	size_t		   argc, i, lineno = 0;
	long		   v;
	int		   k;

	for (; *s != '\0'; s = *nl == '\0' ? nl : nl + 1) {
		nl = strchr(s, '\n');
		if (nl == NULL)
			nl = s + strlen(s);
		lineno++;
		line = xstrndup(s, (size_t)(nl - s));
		if ((end = strchr(line, '#')) != NULL)
			*end = '\0';
		argc = topic_split(line, argv, sizeof argv / sizeof argv[0]);
		if (argc == 0) {
			free(line);
			continue;
		}
		if (strcmp(argv[0], "topic") == 0) {
			if (argc < 2 || argc > 3 ||
			    !topic_valid_name(argv[1])) {
				xasprintf(cause,
				    "%s:%zu: expected: topic NAME "
				    "[LABEL] (NAME in a-z, 0-9, - and _)",
				    where, lineno);
				goto fail;
			}
			for (i = 0; i < ts->n; i++) {
				if (strcmp(ts->rules[i].name, argv[1]) == 0)
					break;
			}
			if (i == ts->n) {
				if (ts->n == TOPIC_MAX) {
					xasprintf(cause,
					    "%s:%zu: more than %d "
					    "topics",
					    where, lineno, TOPIC_MAX);
					goto fail;
				}
				ts->n++;
			}
			r = &ts->rules[i];
			topic_rule_clear(r);
			r->name = xstrdup(argv[1]);
			r->label = xstrdup(argc == 3 ? argv[2] : argv[1]);
			r->min = 1;
		} else if (r == NULL) {
			xasprintf(cause, "%s:%zu: '%s' before any 'topic' line",
			    where, lineno, argv[0]);
			goto fail;
		} else if (strcmp(argv[0], "kinds") == 0) {
			r->kinds = 0;
			for (i = 1; i < argc; i++) {
				if ((k = parse_kind_from_name(argv[i])) < 0) {
					xasprintf(cause,
					    "%s:%zu: unknown kind "
					    "'%s' (news, commentary, photo, "
					    "weather, ad, banner, other)",
					    where, lineno, argv[i]);
					goto fail;
				}
				r->kinds |= 1U << k;
			}
		} else if (strcmp(argv[0], "min") == 0) {
			errno = 0;
			v = argc == 2 ? strtol(argv[1], &end, 10) : -1;
			if (argc != 2 || *end != '\0' || v < 0 || v > 100000) {
				xasprintf(cause,
				    "%s:%zu: expected: min N "
				    "(0 to 100000)",
				    where, lineno);
				goto fail;
			}
			r->min = (int)v;
		} else if (strcmp(argv[0], "words") == 0) {
			v = argc >= 3 ? strtol(argv[1], &end, 10) : 0;
			if (argc < 3 || *end != '\0' || v < -1000 || v > 1000 ||
			    v == 0) {
				xasprintf(cause,
				    "%s:%zu: expected: words WEIGHT "
				    "WORD... (WEIGHT a non-zero whole number)",
				    where, lineno);
				goto fail;
			}
			r->words = xreallocarray(r->words, r->nwords + argc,
			    sizeof *r->words);
			for (i = 2; i < argc; i++) {
				r->words[r->nwords].word = xstrdup(argv[i]);
				r->words[r->nwords].folded = NULL;
				r->words[r->nwords++].weight = (int)v;
			}
		} else {
			xasprintf(cause,
			    "%s:%zu: unknown keyword '%s' "
			    "(topic, kinds, min, words)",
			    where, lineno, argv[0]);
			goto fail;
		}
		free(line);
	}
	return (0);
fail:
	free(line);
	return (-1);
}

static void topic_index(struct topic_set *);

struct topic_set *
topic_set_default(void)
{
	struct topic_set *ts = xcalloc(1, sizeof *ts);
	char		 *cause;

	if (topic_read(ts, "built-in topics", topic_builtin, &cause) != 0)
		fatal("%s", cause); /* a bug in the table above */
	topic_index(ts);
	return (ts);
}

struct topic_set *
topic_set_load(const char *path, char **cause)
{
	struct topic_set *ts = topic_set_default();
	char		 *text, *why;
	size_t		  len;

	if ((text = file_read(path, &len, &why)) == NULL) {
		xasprintf(cause, "%s: %s", path, why);
		free(why);
		topic_set_free(ts);
		return (NULL);
	}
	if (memchr(text, '\0', len) != NULL) {
		xasprintf(cause, "%s: not a text file", path);
		goto fail;
	}
	if (topic_read(ts, path, text, cause) != 0)
		goto fail;
	topic_index(ts);
	free(text);
	return (ts);
fail:
	free(text);
	topic_set_free(ts);
	return (NULL);
}

char *
topic_user_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char	   *path;

	if (x != NULL && *x == '/')
		xasprintf(&path, "%s/kanbao/topics", x);
	else if (home != NULL && *home != '\0')
		xasprintf(&path, "%s/.config/kanbao/topics", home);
	else
		return (NULL);
	return (path);
}

struct topic_set *
topic_set_user(char **cause)
{
	struct topic_set *ts;
	char		 *path = topic_user_path();
	FILE		 *f;

	*cause = NULL;
	if (path == NULL || (f = fopen(path, "r")) == NULL) {
		free(path);
		return (topic_set_default());
	}
	fclose(f);
	ts = topic_set_load(path, cause);
	free(path);
	if (ts == NULL)
		ts = topic_set_default();
	return (ts);
}

size_t
topic_set_count(const struct topic_set *ts)
{
	return (ts->n);
}

const char *
topic_set_name(const struct topic_set *ts, size_t i)
{
	return (i < ts->n ? ts->rules[i].name : "");
}

const char *
topic_set_label(const struct topic_set *ts, size_t i)
{
	return (i < ts->n ? ts->rules[i].label : "");
}

int
topic_set_find(const struct topic_set *ts, const char *name)
{
	size_t i;

	for (i = 0; i < ts->n; i++) {
		if (strcmp(ts->rules[i].name, name) == 0)
			return ((int)i);
	}
	return (-1);
}

/* The bucket of the character s starts with. */
static unsigned int
topic_bucket(const char *s, size_t n)
{
	uint32_t c;

	text_utf8_next(s, n, &c);
	return (c & 0xff);
}

/*
 * Is word j of rule r, folded, filed already (topic_file_forms)?  As it is
 * written, when it holds no traditional character; or as another word of
 * the rule is written: a rule may give a word in both kinds of characters
 * (农业 農業), and their hits count once, text read folded meeting the one
 * written so.  (A word given twice as written counts twice, as ever.)
 */
static int
topic_form_filed(const struct topic_rule *r, size_t j, int folded)
{
	const char *form = r->words[j].folded;
	size_t	    i;

	if (!folded)
		return (0);
	for (i = 0; i < r->nwords; i++) {
		if (strcmp(r->words[i].word, form) == 0)
			return (1);
	}
	return (0);
}

/*
 * Goes over the forms of every word to file (topic_form_filed): with no
 * index yet, counts them by bucket in count[b + 1]; else files each at
 * count[b], its bucket's next place.  Returns how many there are.
 */
static size_t
topic_file_forms(struct topic_set *ts, size_t *count)
{
	struct topic_rule *r;
	size_t		   i, j, k, n = 0;
	unsigned int	   b;
	int		   f;

	for (i = 0; i < ts->n; i++) {
		r = &ts->rules[i];
		for (j = 0; j < r->nwords; j++) {
			for (f = 0; f <= 1; f++) {
				const char *w =
				    f ? r->words[j].folded : r->words[j].word;

				if (topic_form_filed(r, j, f))
					continue;
				b = topic_bucket(w, strlen(w));
				n++;
				if (ts->ix == NULL) {
					count[b + 1]++;
					continue;
				}
				k = count[b]++;
				ts->ix[k].word = w;
				ts->ix[k].len = strlen(w);
				ts->ix[k].slot = ts->base[i] + j;
				ts->ix[k].rule = (int)i;
			}
		}
	}
	return (n);
}

/*
 * Files every word of every rule under its first character, so that an
 * article is read once whatever the number of rules and words.  A word is
 * filed as written and, if it holds traditional characters, as folded too:
 * text read folded (topic_scan) meets the one, text not folded the other.
 */
static void
topic_index(struct topic_set *ts)
{
	size_t	     i, j, count[257], nslots = 0, nfiled;
	unsigned int b;

	for (i = 0; i < ts->n; i++) {
		ts->base[i] = nslots;
		nslots += ts->rules[i].nwords;
		for (j = 0; j < ts->rules[i].nwords; j++) {
			struct topic_word *w = &ts->rules[i].words[j];

			free(w->folded);
			w->folded = xstrdup(w->word);
			fold_text(w->folded, strlen(w->folded));
		}
	}
	ts->nslots = nslots;
	free(ts->ix);
	ts->ix = NULL;
	memset(count, 0, sizeof count);
	nfiled = topic_file_forms(ts, count);
	for (b = 1; b <= 256; b++)
		count[b] += count[b - 1];
	assert(count[256] == nfiled);
	memcpy(ts->bucket, count, sizeof ts->bucket);
	ts->ix = xcalloc(nfiled + 1, sizeof *ts->ix);
	topic_file_forms(ts, count);
}

/*
 * Counts the words of all rules in s, each at most cap times (occurrences
 * of one word do not overlap), adding to hits[slot].  next[] is scratch of
 * nslots entries.  With trad, s is read as the words are written: its
 * traditional characters folded (本報 as 本报, 醫療 as 医疗: every one,
 * kanbao/fold.h).
 */
static void
topic_scan(const struct topic_set *ts, const char *s, int trad, int cap,
    unsigned char *hits, size_t *next)
{
	size_t	 n, i, e, len;
	uint32_t c;
	char	*folded = NULL;

	if (s == NULL || *s == '\0' || ts->nslots == 0)
		return;
	n = strlen(s);
	if (trad && (folded = fold_dup(s, n)) != NULL)
		s = folded;
	memset(next, 0, ts->nslots * sizeof *next);
	for (i = 0; i < n; i += len) {
		const struct topic_entry *x;
		unsigned int		  b;

		len = text_utf8_next(s + i, n - i, &c);
		b = c & 0xff;
		for (e = ts->bucket[b]; e < ts->bucket[b + 1]; e++) {
			x = &ts->ix[e];
			if (hits[x->slot] >= cap || i < next[x->slot] ||
			    x->len > n - i ||
			    memcmp(s + i, x->word, x->len) != 0)
				continue;
			hits[x->slot]++;
			next[x->slot] = i + x->len;
		}
	}
	free(folded);
}

/*
 * Every rule's score for an article into score[] (ts->n of them): its
 * title, kicker and subtitle, and its body in nparagraphs parts.
 */
static void
topic_scores(const struct topic_set *ts, const struct topic_text *a,
    const char *const *paragraphs, size_t nparagraphs, int *score)
{
	unsigned char *body, *title, *kicker, *sub;
	size_t	      *next, i, j, k;
	int	       trad;

	/*
	 * An article in traditional characters is read folded, all of it:
	 * its title block looked at whole, its body's first characters too,
	 * the rest at a glance.  Missed, it still meets the words written in
	 * its characters.
	 */
	trad = parse_fold_seen(a->title, SIZE_MAX) ||
	    parse_fold_seen(a->kicker, SIZE_MAX) ||
	    parse_fold_seen(a->subtitle, SIZE_MAX);
	for (k = 0; k < nparagraphs && !trad; k++)
		trad = parse_fold_seen(paragraphs[k],
		    k == 0 ? TOPIC_LEAD_BYTES : 0);
	body = xcalloc(4 * ts->nslots + 1, 1);
	title = body + ts->nslots;
	kicker = title + ts->nslots;
	sub = kicker + ts->nslots;
	next = xcalloc(ts->nslots + 1, sizeof *next);
	/* The body's hits are capped over all its paragraphs together. */
	for (k = 0; k < nparagraphs; k++)
		topic_scan(ts, paragraphs[k], trad, TOPIC_CAP, body, next);
	topic_scan(ts, a->title, trad, 2, title, next);
	topic_scan(ts, a->kicker, trad, 1, kicker, next);
	topic_scan(ts, a->subtitle, trad, 1, sub, next);
	for (i = 0; i < ts->n; i++) {
		const struct topic_rule *r = &ts->rules[i];

		score[i] = 0;
		for (j = 0; j < r->nwords; j++) {
			size_t slot = ts->base[i] + j;

			score[i] += r->words[j].weight *
			    (body[slot] +
				TOPIC_TITLE_WEIGHT *
				    (title[slot] + kicker[slot] + sub[slot]));
		}
	}
	free(body);
	free(next);
}

/* The parts of a parsed article the rules read (borrowed from a). */
static void
topic_text_of(const struct parse_article *a, struct topic_text *t)
{
	t->kind = a->kind;
	t->kicker = a->kicker;
	t->title = a->title;
	t->subtitle = a->subtitle;
	t->body = NULL;
}

int
topic_score(const struct topic_set *ts, size_t i, const struct parse_article *a)
{
	struct topic_text t;
	int		  score[TOPIC_MAX];

	assert(ts->n <= TOPIC_MAX);
	topic_text_of(a, &t);
	topic_scores(ts, &t, (const char *const *)a->paragraphs, a->nparagraphs,
	    score);
	return (i < ts->n ? score[i] : 0);
}

/* The rules a scored article meets, as a mask of topic indexes. */
static uint64_t
topic_mask(const struct topic_set *ts, enum parse_kind kind, const int *score)
{
	uint64_t mask = 0;
	size_t	 i;

	for (i = 0; i < ts->n; i++) {
		const struct topic_rule *r = &ts->rules[i];

		if (r->kinds != 0 && !(r->kinds & (1U << kind)))
			continue;
		if (r->nwords == 0 || score[i] >= r->min)
			mask |= (uint64_t)1 << i;
	}
	return (mask);
}

uint64_t
topic_match(const struct topic_set *ts, const struct parse_article *a)
{
	struct topic_text t;
	int		  score[TOPIC_MAX];

	topic_text_of(a, &t);
	topic_scores(ts, &t, (const char *const *)a->paragraphs, a->nparagraphs,
	    score);
	return (topic_mask(ts, a->kind, score));
}

uint64_t
topic_match_text(const struct topic_set *ts, const struct topic_text *t)
{
	int score[TOPIC_MAX];

	topic_scores(ts, t, &t->body, t->body != NULL ? 1 : 0, score);
	return (topic_mask(ts, t->kind, score));
}
