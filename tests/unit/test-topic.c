/*
 * topic: the built-in rules, a topics file's errors with line numbers,
 * weights, kinds, a built-in rule overridden and a new one added, and
 * an article as the store keeps it matched as its parsed self.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "kanbao/topic.h"
#include "kanbao/xmalloc.h"

/* Loads rules text from a file; NULL with *cause on error. */
static struct topic_set *
load(const char *text, char **cause)
{
	char			 path[] = "/tmp/kanbao-topic-XXXXXX";
	struct topic_set	*ts;
	FILE			*f;
	int			 fd;

	fd = mkstemp(path);
	assert_true(fd != -1);
	f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	*cause = NULL;
	ts = topic_set_load(path, cause);
	unlink(path);
	return (ts);
}

/* An article with a title and one paragraph. */
static void
article(struct parse_article *a, enum parse_kind kind, const char *title,
    char *para)
{
	static char	 empty[] = "";
	static char	*paras[1];

	memset(a, 0, sizeof *a);
	a->kind = kind;
	a->kicker = a->subtitle = a->byline = empty;
	a->continued_to = a->continued_from = empty;
	a->title = (char *)title;
	paras[0] = para;
	a->paragraphs = paras;
	a->nparagraphs = para != NULL ? 1 : 0;
}

/* topic-1.1: the built-in rules have the topics the reader numbers. */
static void
test_topic_1_1(void **state)
{
	struct topic_set	*ts = topic_set_default();
	static const char *const names[] = { "investment", "enterprise",
	    "weather", "livelihood", "agriculture", "safety", "commentary",
	    "photo" };
	size_t			 i;

	(void)state;
	assert_int_equal(topic_set_count(ts), 8);
	for (i = 0; i < 8; i++)
		assert_int_equal(topic_set_find(ts, names[i]), (int)i);
	assert_string_equal(topic_set_label(ts, 0), "投资项目");
	assert_int_equal(topic_set_find(ts, "nope"), -1);
	topic_set_free(ts);
}

/* topic-2.1: errors name the file's line. */
static void
test_topic_2_1(void **state)
{
	static const struct {
		const char	*text;
		const char	*want;
	} bad[] = {
		{ "words 1 x\n", ":1: 'words' before any 'topic' line" },
		{ "# c\ntopic a\nkinds news paper\n", ":3: unknown kind 'paper'" },
		{ "topic a\n\nmin -1\n", ":3: expected: min N" },
		{ "topic a\nwords 0 x\n", ":2: expected: words WEIGHT" },
		{ "topic a\nwords 2\n", ":2: expected: words WEIGHT" },
		{ "topic A\n", ":1: expected: topic NAME" },
		{ "topic a\nmax 3\n", ":2: unknown keyword 'max'" },
	};
	struct topic_set	*ts;
	char			*cause;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		ts = load(bad[i].text, &cause);
		assert_null(ts);
		assert_non_null(cause);
		if (strstr(cause, bad[i].want) == NULL)
			fail_msg("%zu: \"%s\" lacks \"%s\"", i, cause,
			    bad[i].want);
		free(cause);
	}
}

/* topic-3.1: weights and the minimum; a title counts more than a body. */
static void
test_topic_3_1(void **state)
{
	struct topic_set	*ts;
	struct parse_article	 a;
	char			*cause;
	char			 body1[] = "今天下雨。", body2[] = "今天下雨，大雨。";
	char			 body3[] = "晴。";
	int			 k;

	(void)state;
	ts = load("topic rain 下雨\nmin 4\nwords 2 下雨 大雨\n"
	    "words -5 晴\n", &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "rain");
	assert_true(k >= 0);
	article(&a, PARSE_NEWS, "新闻", body1);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 2);
	assert_false(topic_match(ts, &a) & ((uint64_t)1 << k));
	article(&a, PARSE_NEWS, "新闻", body2);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 4);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	/* The title counts three times. */
	article(&a, PARSE_NEWS, "下雨了", NULL);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 6);
	/* A negative weight takes away. */
	article(&a, PARSE_NEWS, "下雨了", body3);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 1);
	topic_set_free(ts);
}

/* topic-3.2: kinds limit a rule; a rule without words is its kinds. */
static void
test_topic_3_2(void **state)
{
	struct topic_set	*ts;
	struct parse_article	 a;
	char			*cause;
	char			 body[] = "下雨下雨";
	int			 k, p;

	(void)state;
	ts = load("topic rain\nkinds news\nwords 5 下雨\n"
	    "topic pics 照片\nkinds photo\n", &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "rain");
	p = topic_set_find(ts, "pics");
	article(&a, PARSE_NEWS, "", body);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	assert_false(topic_match(ts, &a) & ((uint64_t)1 << p));
	article(&a, PARSE_PHOTO, "", body);
	assert_false(topic_match(ts, &a) & ((uint64_t)1 << k));
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << p));
	topic_set_free(ts);
}

/* topic-4.1: a file replaces a built-in rule and keeps the others. */
static void
test_topic_4_1(void **state)
{
	struct topic_set	*ts;
	struct parse_article	 a;
	char			*cause;
	char			 body[] = "本报讯 澄湖举行活动。";
	int			 k;

	(void)state;
	ts = load("topic weather 气象\nkinds news\nwords 1 澄湖\n"
	    "topic chenghu 澄湖\nwords 1 澄湖\n", &cause);
	assert_non_null(ts);
	assert_int_equal(topic_set_count(ts), 9);
	k = topic_set_find(ts, "weather");
	assert_int_equal(k, 2);			/* in its place */
	assert_string_equal(topic_set_label(ts, (size_t)k), "气象");
	article(&a, PARSE_NEWS, "", body);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	/* The weather box is no longer its kind. */
	article(&a, PARSE_WEATHER, "", NULL);
	assert_false(topic_match(ts, &a) & ((uint64_t)1 << k));
	assert_int_equal(topic_set_find(ts, "chenghu"), 8);
	assert_int_equal(topic_set_find(ts, "investment"), 0);
	topic_set_free(ts);
}

/*
 * topic-5.1: an article as the store keeps it (the body's paragraphs
 * joined by newlines) gets the topics its parsed paragraphs get: the cap
 * on a word's hits is over the whole body, a word does not match across a
 * paragraph break, and kinds and titles count the same.
 */
static void
test_topic_5_1(void **state)
{
	struct topic_set	*ts;
	struct parse_article	 a;
	struct topic_text	 t;
	char			*cause;
	char			 p1[] = "下雨，下雨。", p2[] = "下雨，下雨。";
	char			 p3[] = "山下", p4[] = "雨停了。";
	char			*paras[2];
	int			 three, four, half;
	uint64_t		 m;

	(void)state;
	ts = load("topic three\nkinds news\nmin 3\nwords 1 下雨\n"
	    "topic four\nmin 4\nwords 1 下雨\n"
	    "topic half\nmin 1\nwords 1 下雨\n", &cause);
	assert_non_null(ts);
	three = topic_set_find(ts, "three");
	four = topic_set_find(ts, "four");
	half = topic_set_find(ts, "half");

	/* Four hits in two paragraphs, capped at three over both. */
	article(&a, PARSE_NEWS, "新闻", NULL);
	paras[0] = p1;
	paras[1] = p2;
	a.paragraphs = paras;
	a.nparagraphs = 2;
	memset(&t, 0, sizeof t);
	t.kind = PARSE_NEWS;
	t.kicker = t.subtitle = "";
	t.title = "新闻";
	t.body = "下雨，下雨。\n下雨，下雨。";
	m = topic_match(ts, &a);
	assert_int_equal(topic_match_text(ts, &t), m);
	assert_true(m & ((uint64_t)1 << three));
	assert_false(m & ((uint64_t)1 << four));

	/* Kinds limit the same way. */
	a.kind = t.kind = PARSE_PHOTO;
	m = topic_match(ts, &a);
	assert_int_equal(topic_match_text(ts, &t), m);
	assert_false(m & ((uint64_t)1 << three));

	/* 下 and 雨 on either side of a paragraph break are no word. */
	paras[0] = p3;
	paras[1] = p4;
	t.body = "山下\n雨停了。";
	m = topic_match(ts, &a);
	assert_int_equal(topic_match_text(ts, &t), m);
	assert_false(m & ((uint64_t)1 << half));

	/* A title counts as in a parsed article; no body at all is none. */
	a.title = (char *)"下雨了";
	a.nparagraphs = 0;
	t.title = "下雨了";
	t.body = NULL;
	m = topic_match(ts, &a);
	assert_int_equal(topic_match_text(ts, &t), m);
	assert_true(m & ((uint64_t)1 << half));
	topic_set_free(ts);
}

/*
 * topic-5.2: vegetables sold (a fraud over 蔬菜 bought in a group chat) are
 * no farming news; vegetables grown by a village's farmers are.
 */
static void
test_topic_5_2(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct parse_article	 a;
	char			 sold[] = "周某在业主群里谎称能低价代购蔬菜、肉"
	    "蛋等物资，以先付货款为由骗取钱款；另有人发布低价出售蔬菜、"
	    "鸡蛋的虚假消息。";
	char			 grown[] = "凤鸣村的蔬菜大棚里，村民正忙着"
	    "采摘，合作社今年种植蔬菜三百亩。";
	int			 k;

	(void)state;
	k = topic_set_find(ts, "agriculture");
	assert_true(k >= 0);
	article(&a, PARSE_NEWS, "谎称代购物资骗取钱款", sold);
	assert_false(topic_match(ts, &a) & ((uint64_t)1 << k));
	article(&a, PARSE_NEWS, "大棚蔬菜喜丰收", grown);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	topic_set_free(ts);
}

/*
 * topic-5.3: text in traditional characters gets the topics it gets in
 * simplified ones, and a rule's words may be written in either.
 */
static void
test_topic_5_3(void **state)
{
	struct topic_set	*ts = topic_set_default();
	struct parse_article	 a;
	char			*cause;
	char			 grown[] = "鳳鳴村的蔬菜大棚裏，村民正忙着"
	    "採摘，合作社今年種植蔬菜三百畝。";
	char			 port[] = "澄湖港区新航线开通。";
	char			 trad_port[] = "澄湖港區新航線開通。";
	int			 k;

	(void)state;
	k = topic_set_find(ts, "agriculture");
	assert_true(k >= 0);
	article(&a, PARSE_NEWS, "大棚蔬菜喜豐收", grown);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	/* The article's text is read, not changed. */
	assert_string_equal(a.title, "大棚蔬菜喜豐收");
	topic_set_free(ts);

	ts = load("topic port 港口\nkinds news\nwords 1 港區 航線\n", &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "port");
	article(&a, PARSE_NEWS, "", port);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	/* ... in traditional characters too, the word as written. */
	article(&a, PARSE_NEWS, "", trad_port);
	assert_true(topic_match(ts, &a) & ((uint64_t)1 << k));
	topic_set_free(ts);

	/* A word given in both kinds of characters counts once. */
	ts = load("topic port 港口\nkinds news\nmin 2\nwords 1 航线 航線\n",
	    &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "port");
	article(&a, PARSE_NEWS, "", port);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 1);
	article(&a, PARSE_NEWS, "", trad_port);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 1);
	topic_set_free(ts);

	/* A word given twice as written counts twice, as it did. */
	ts = load("topic port 港口\nkinds news\nwords 3 航线\nwords 2 航线\n",
	    &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "port");
	article(&a, PARSE_NEWS, "", port);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 5);
	article(&a, PARSE_NEWS, "", trad_port);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 5);
	topic_set_free(ts);
}

/*
 * topic-5.4: a word of none of the parser's cue characters matches text in
 * the other kind too: 医疗 finds 醫療, and a word written 醫療 finds 医疗.
 */
static void
test_topic_5_4(void **state)
{
	struct topic_set	*ts;
	struct parse_article	 a;
	char			*cause;
	char			 trad[] = "本報訊　湖城醫療集團今天揭牌，"
	    "三家醫院的診療費用一併結算。";
	char			 simp[] = "本报讯　湖城医疗集团今天揭牌，"
	    "三家医院的诊疗费用一并结算。";
	int			 k;

	(void)state;
	ts = load("topic health 医疗\nkinds news\nwords 1 医疗 诊疗\n",
	    &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "health");
	article(&a, PARSE_NEWS, "", simp);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 2);
	article(&a, PARSE_NEWS, "", trad);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 2);
	topic_set_free(ts);

	ts = load("topic health 医疗\nkinds news\nwords 1 醫療 診療\n",
	    &cause);
	assert_non_null(ts);
	k = topic_set_find(ts, "health");
	article(&a, PARSE_NEWS, "", simp);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 2);
	article(&a, PARSE_NEWS, "", trad);
	assert_int_equal(topic_score(ts, (size_t)k, &a), 2);
	topic_set_free(ts);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_topic_1_1),
		cmocka_unit_test(test_topic_5_3),
		cmocka_unit_test(test_topic_5_4),
		cmocka_unit_test(test_topic_2_1),
		cmocka_unit_test(test_topic_3_1),
		cmocka_unit_test(test_topic_3_2),
		cmocka_unit_test(test_topic_4_1),
		cmocka_unit_test(test_topic_5_1),
		cmocka_unit_test(test_topic_5_2),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
