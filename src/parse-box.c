/*
 * Boxes a page sets apart from its stories: the weather box (今天…明天…,
 * 最高气温11℃, 11℃～17℃) and its values, and advertisements and notices
 * (a name with 热线, 电话, 地址 or a phone number near it).  The only
 * words here are the genre's own.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/buf.h"
#include "kanbao/parse.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

#include "parse-int.h"

/*
 * Is the word w in s (n bytes)?  parse_memmem() looks for w's last byte,
 * which in Chinese is as varied as the characters: strstr(3) is slower.
 */
static int
parse_has(const char *s, size_t n, const char *w)
{
	return (parse_memmem(s, n, w, strlen(w)) != NULL);
}

int
parse_is_weather_text(const char *s)
{
	size_t n = strlen(s);
	int    celsius = parse_has(s, n, "℃");

	if (!celsius && !parse_has(s, n, "风"))
		return (0);
	return (
	    ((parse_has(s, n, "气温") || parse_has(s, n, "温度")) && celsius) ||
	    (parse_has(s, n, "今天") && parse_has(s, n, "明天") &&
		parse_has(s, n, "风") && parse_has(s, n, "级") &&
		n < parse_tune.box.weather_max_bytes));
}

/*
 * The words of enrolment and sales notices, app and account names.  The
 * first AD_FIELDS label an ad's field (电话：0573-…, 热线 400…): one that
 * more words follow (每一个电话，背后…, 民生热线推行…) is said in prose
 * and counts for nothing.
 */
#define AD_FIELDS 3
static const char *const ad_words[] = { "热线", "电话", "地址", "招生", "咨询",
	"报名", "联系", "优惠", "订阅", "扫码", "二维码", "网址", "www.",
	"http", "广告", "客户端", "公众号", "微信", "热销", "开盘", "欢迎垂询",
	"诚聘", "招聘热线", "抖音", "APP", "新闻网", "活动时间", "促销", "特价",
	"折扣" };

#define AD_NWORDS (sizeof ad_words / sizeof ad_words[0])
#define AD_HASH	  4096
_Static_assert(AD_NWORDS <= 32, "an ad word is a bit of a uint32_t");

/*
 * ad_open[h] has bit i set when ad word i opens on two bytes that hash to
 * h.  A text is walked once, and the words are compared only where one
 * may open: every block of a page is scored, and a search of the text for
 * each word in turn was a tenth of the parse.
 */
static uint32_t	      ad_open[AD_HASH];
static pthread_once_t ad_once = PTHREAD_ONCE_INIT;

/* The hash of the two bytes at s (the second may be the terminator). */
static size_t
ad_hash(const unsigned char *s)
{
	return (((size_t)s[0] << 8 | s[1]) & (AD_HASH - 1));
}

static void
ad_open_make(void)
{
	size_t i;

	for (i = 0; i < AD_NWORDS; i++)
		ad_open[ad_hash((const unsigned char *)ad_words[i])] |=
		    (uint32_t)1 << i;
}

/*
 * Does a field's label end at s: the text ends, or a colon, a figure or
 * a space follows, not a word or a mark of prose?
 */
static int
ad_field_end(const char *s)
{
	return ((unsigned char)*s < 0x80 || strncmp(s, "：", 3) == 0);
}

/*
 * How much a block reads like an advertisement or a masthead: how many of
 * the ad words are in it.
 */
int
parse_ad_score(const char *s)
{
	const unsigned char *u;
	uint32_t	     found = 0, m;
	size_t		     i;
	int		     score = 0;

	pthread_once(&ad_once, ad_open_make);
	for (u = (const unsigned char *)s; *u != '\0'; u++) {
		m = ad_open[ad_hash(u)] & ~found;
		for (i = 0; m != 0; i++, m >>= 1) {
			if ((m & 1) != 0 &&
			    strncmp((const char *)u, ad_words[i],
				strlen(ad_words[i])) == 0 &&
			    (i >= AD_FIELDS ||
				ad_field_end(
				    (const char *)u + strlen(ad_words[i])))) {
				found |= (uint32_t)1 << i;
				score++;
			}
		}
	}
	return (score);
}

/*
 * Does line l open on a field of an ad: a short label with an ad word in
 * it, then a colon (招生热线：…, 地址：…, 咨询电话:…)?
 */
int
parse_ad_field(const struct line *l)
{
	const char *c = parse_memmem(l->s, l->len, "：", 3);
	const char *a = memchr(l->s, ':', l->len);
	char	    label[32];
	size_t	    n;

	if (c == NULL || (a != NULL && a < c))
		c = a;
	if (c == NULL || (n = (size_t)(c - l->s)) < 6 || n >= sizeof label)
		return (0);
	memcpy(label, l->s, n);
	label[n] = '\0';
	return (parse_ad_score(label) > 0);
}

/* A byte of a phone number: a digit or a dash. */
static int
parse_is_phone_byte(char c)
{
	return (isdigit((unsigned char)c) || c == '-');
}

/*
 * A phone number in s's n bytes: seven digits (or dashes) or more in a
 * run.  A run of m covers one of every m places, so only those are looked
 * at, and the run around one that holds a digit is measured: text with
 * few digits is passed over m bytes a step.
 */
int
parse_has_phone_n(const char *s, size_t n)
{
	size_t m = parse_tune.box.phone_min_digits, i, lo, hi;

	if (m < 1)
		m = 1;
	for (i = m - 1; i < n; i += m) {
		if (!parse_is_phone_byte(s[i]))
			continue;
		for (lo = i; lo > 0 && parse_is_phone_byte(s[lo - 1]); lo--)
			;
		for (hi = i + 1; hi < n && parse_is_phone_byte(s[hi]); hi++)
			;
		if (hi - lo >= m)
			return (1);
	}
	return (0);
}

/* A phone number in the string s. */
int
parse_has_phone(const char *s)
{
	return (parse_has_phone_n(s, strlen(s)));
}

/*
 * Is a block with this text an advertisement?  Headline-shaped (or broken
 * into short lines) with one ad word, or with a phone number and one; three
 * ad words need a phone number too, or body text that mentions a hotline
 * would be taken for an ad.
 */
int
parse_is_ad(const char *plain, int shaped)
{
	size_t	 len = strlen(plain);
	uint32_t last = 0;
	int	 score;

	if (len > parse_tune.box.ad_max_bytes)
		return (0);
	/* Plain text is an ad only with a phone number in it. */
	if (!shaped && !parse_has_phone(plain))
		return (0);
	/* Plain text that finishes a sentence is not an ad. */
	if (!shaped && len > 0) {
		text_utf8_prev(plain, len, &last);
		if (parse_is_stop(last) || parse_is_closer(last))
			return (0);
	}
	score = parse_ad_score(plain);
	return (score >= parse_tune.box.ad_words ||
	    (score >= parse_tune.box.ad_words_phone &&
		parse_has_phone(plain)) ||
	    (shaped && score >= 1));
}

/* Does s open on a quarter of the compass, as a wind names it (东南风)? */
static int
weather_quarter(const char *s)
{
	static const char *const q[] = { "东", "南", "西", "北", "偏" };
	size_t			 i;

	for (i = 0; i < sizeof q / sizeof q[0]; i++) {
		if (strncmp(s, q[i], strlen(q[i])) == 0)
			return (1);
	}
	return (0);
}

/*
 * The length of the sky's words that start at t (多云, 晴到多云, 小雨转阴):
 * up to a mark, a figure, a wind or a temperature; 0 unless they name a
 * sky.
 */
static size_t
weather_sky(const char *t)
{
	static const char *const stops[] = { "。", "，", "；", "℃", "～", "最",
		"气温", "温度" };
	static const char *const skies[] = { "晴", "云", "阴", "雨", "雪", "雾",
		"霾", "沙" };
	const char		*e = t, *k;
	size_t			 i;
	int			 sky = 0;

	while (*e != '\0' && !isdigit((unsigned char)*e) && *e != '-' &&
	    *e != ',' && *e != '\n') {
		for (i = 0; i < sizeof stops / sizeof stops[0]; i++) {
			if (strncmp(e, stops[i], strlen(stops[i])) == 0)
				goto out;
		}
		/* A wind: its quarters, then 风 (东南风, 偏北风). */
		for (k = e; weather_quarter(k); k += strlen("东"))
			;
		if (k > e && strncmp(k, "风", strlen("风")) == 0)
			goto out;
		for (i = 0; i < sizeof skies / sizeof skies[0]; i++)
			sky |= strncmp(e, skies[i], strlen(skies[i])) == 0;
		e++;
	}
out:
	while (e > t && e[-1] == ' ')
		e--;
	return (sky ? (size_t)(e - t) : 0);
}

/* The wind, as a box names it (东南风3-4级, 偏东风3级), or NULL. */
static char *
weather_wind(const char *s)
{
	const char *f, *a, *z;

	for (f = strstr(s, "风"); f != NULL; f = strstr(f + 3, "风")) {
		for (a = f; a - s >= 3 && weather_quarter(a - 3); a -= 3)
			;
		if (a == f || (z = strstr(f, "级")) == NULL || z - f > 16)
			continue;
		return (xstrndup(a, (size_t)(z + strlen("级") - a)));
	}
	return (NULL);
}

/* Frees a weather box's fields and the box; NULL is none. */
void
parse_weather_free(struct parse_weather *w)
{
	if (w == NULL)
		return;
	free(w->today);
	free(w->tomorrow);
	free(w->wind);
	free(w);
}

/* Reads the forecast: 今天…。明天…，偏北风3到4级。…最高气温11℃…最低气温7℃. */
void
parse_weather(struct parser *p, const char *s)
{
	p->weather = parse_weather_read(s);
}

int
parse_is_weather_label(const char *s, size_t n)
{
	return (n <= parse_tune.box.weather_label_bytes &&
	    (parse_ends(s, n, "天气") || parse_ends(s, n, "天气预报")));
}

/*
 * Reads the temperature s opens with (12, -3, 零下3) into *v: 1, or 0 if
 * there is none, or none a thermometer shows (a run of digits past
 * weather_max_degrees).
 */
static int
weather_degrees(const char *s, int *v)
{
	int n = 0, neg = 0, digits = 0;

	if (strncmp(s, "零下", strlen("零下")) == 0) {
		s += strlen("零下");
		neg = 1;
	} else if (*s == '-') {
		s++;
		neg = 1;
	}
	for (; isdigit((unsigned char)*s); s++) {
		if (++digits > 3)
			return (0);
		n = n * 10 + (*s - '0');
	}
	if (digits == 0 || n > parse_tune.box.weather_max_degrees)
		return (0);
	*v = neg ? -n : n;
	return (1);
}

/* Is the line s opens, not its last, a weather box's label? */
static int
weather_label_line(const char *s)
{
	const char *e = strchr(s, '\n');

	return (e != NULL && parse_is_weather_label(s, (size_t)(e - s)));
}

struct parse_weather *
parse_weather_read(const char *s)
{
	struct parse_weather *w = xcalloc(1, sizeof *w);
	const char	     *t, *e, *m, *q;
	char		     *wind;
	struct buf	      b = BUF_INIT;

	w->today = xstrdup("");
	w->tomorrow = xstrdup("");
	w->wind = xstrdup("");
	if ((t = strstr(s, "今天")) != NULL && strstr(t, "。") != NULL) {
		t += strlen("今天");
		e = strstr(t, "。");
		free(w->today);
		w->today = xstrndup(t, (size_t)(e - t));
	}
	if ((m = strstr(s, "明天")) != NULL && (t == NULL || m > t)) {
		m += strlen("明天");
		e = strstr(m, "。");
		if (e == NULL)
			e = m + strlen(m);
		/* The wind: from the first clause that names one. */
		q = m;
		for (;;) {
			const char *c1 = strstr(q, "，"), *c2 = strchr(q, ',');
			const char *c =
			    c1 != NULL && (c2 == NULL || c1 < c2) ? c1 : c2;
			const char *f = strstr(q, "风");

			if (f != NULL && f < e &&
			    (c == NULL || f < c || c >= e))
				break;
			if (c == NULL || c >= e) {
				q = e;
				break;
			}
			q = c + (c == c1 ? strlen("，") : 1);
		}
		buf_add(&b, m, (size_t)(q - m));
		while (b.len > 0 &&
		    (b.data[b.len - 1] == ',' ||
			(b.len >= 3 && strcmp(b.data + b.len - 3, "，") == 0)))
			buf_truncate(&b,
			    b.len - (b.data[b.len - 1] == ',' ? 1 : 3));
		free(w->tomorrow);
		w->tomorrow = buf_detach(&b);
		free(w->wind);
		w->wind = xstrndup(q, (size_t)(e - q));
	}
	if ((t = strstr(s, "最高气温")) != NULL ||
	    (t = strstr(s, "最高温度")) != NULL)
		w->has_high = weather_degrees(t + strlen("最高气温"), &w->high);
	if ((t = strstr(s, "最低气温")) != NULL ||
	    (t = strstr(s, "最低温度")) != NULL)
		w->has_low = weather_degrees(t + strlen("最低气温"), &w->low);
	/*
	 * Other papers' boxes say less: the sky and a wind, on lines of
	 * their own (今天 多云⏎东南风3-4级⏎最低温度8℃…), or the sky by its
	 * temperatures with no day named (晴到多云 11℃～17℃⏎东北风3-4级).
	 */
	if (*w->today == '\0' && strstr(s, "。") == NULL) {
		const char *d = strstr(s, "今天");
		size_t	    n;

		d = d != NULL ? d + strlen("今天") : s;
		while (*d == ' ' || *d == '\n')
			d++;
		/* Past the box's label on a line of its own (今日天气). */
		if ((n = weather_sky(d)) == 0 && weather_label_line(d))
			n = weather_sky(d = strchr(d, '\n') + 1);
		if (n > 0) {
			free(w->today);
			w->today = xstrndup(d, n);
		}
	}
	if (*w->wind == '\0' && (wind = weather_wind(s)) != NULL) {
		free(w->wind);
		w->wind = wind;
	}
	/* A range, as other papers print it: 11℃～17℃ (low to high). */
	if (!w->has_high && !w->has_low && (t = strstr(s, "℃～")) != NULL) {
		const char *lo = t;

		while (
		    lo > s && (isdigit((unsigned char)lo[-1]) || lo[-1] == '-'))
			lo--;
		t += strlen("℃～");
		if (lo < s + strlen(s) && isdigit((unsigned char)*lo) &&
		    weather_degrees(lo, &w->low) &&
		    weather_degrees(t, &w->high))
			w->has_low = w->has_high = 1;
	}
	return (w);
}
