/*
 * Text: UTF-8 decoding, input encodings, character classes, display width
 * and sanitising.
 *
 * Everything kanbao stores or shows went through text_decode() (page files)
 * or text_sanitize() (anything else untrusted), so the rest of the program
 * may assume valid UTF-8 with no control characters other than newline.
 */
#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <uniconv.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>
#include <wchar.h>

#include "kanbao/buf.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

size_t
text_utf8_next(const char *s, size_t n, uint32_t *cp)
{
	ucs4_t uc;
	int    len;
	size_t k;

	/* ASCII and the three-byte forms (all of Chinese) need no call. */
	if ((k = text_utf8_fast(s, n, cp)) != 0)
		return (k);
	len = u8_mbtoucr(&uc, (const uint8_t *)s, n);
	if (len <= 0) {
		*cp = TEXT_REPLACEMENT;
		return (1);
	}
	*cp = uc;
	return ((size_t)len);
}

size_t
text_utf8_prev(const char *s, size_t n, uint32_t *cp)
{
	size_t back, len;

	if (n > 0 && (unsigned char)s[n - 1] < 0x80) {
		*cp = (unsigned char)s[n - 1];
		return (1);
	}
	/* Most characters before a point are Chinese: three bytes. */
	if (n >= 3 && (len = text_utf8_fast(s + n - 3, 3, cp)) == 3)
		return (3);
	for (back = 1; back <= 4 && back <= n; back++) {
		if (((unsigned char)s[n - back] & 0xc0) != 0x80)
			break;
	}
	if (back > 4 || back > n) {
		*cp = TEXT_REPLACEMENT;
		return (1);
	}
	len = text_utf8_next(s + n - back, back, cp);
	if (len != back) {
		*cp = TEXT_REPLACEMENT;
		return (1);
	}
	return (len);
}

size_t
text_utf8_put(char *out, uint32_t cp)
{
	int len;

	len = u8_uctomb((uint8_t *)out, cp, 4);
	if (len <= 0)
		len = u8_uctomb((uint8_t *)out, TEXT_REPLACEMENT, 4);
	assert(len >= 1 && len <= 4);
	return ((size_t)len);
}

int
text_is_han(uint32_t c)
{
	return ((c >= 0x4e00 && c <= 0x9fff) || /* unified */
	    (c >= 0x3400 && c <= 0x4dbf) ||	/* extension A */
	    (c >= 0xf900 && c <= 0xfaff) ||	/* compatibility */
	    (c >= 0x20000 && c <= 0x3134f) ||	/* extensions B-H */
	    c == 0x3007);			/* 〇 */
}

int
text_is_cjk_punct(uint32_t c)
{
	return ((c >= 0x3000 && c <= 0x303f) || /* CJK symbols, punctuation */
	    (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
	    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
	    (c >= 0xfe10 && c <= 0xfe1f) || (c >= 0xfe30 && c <= 0xfe4f) ||
	    c == 0x2018 || c == 0x2019 || c == 0x201c || c == 0x201d ||
	    c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00b7 ||
	    c == 0x2e3a || c == 0x2027 || c == 0x30fb);
}

/* Is c punctuation text_strip_punct() takes off a word? */
static int
text_is_strip_punct(uint32_t c)
{
	if (c < 0x80)
		return (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z')));
	return (text_is_cjk_punct(c) && !text_is_han(c)); /* 〇 is a numeral */
}

/* The length of the space a query's words are split at at s, or 0. */
static size_t
text_query_space(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\n')
		return (1);
	return (strncmp(s, "\u3000", 3) == 0 ? 3 : 0);
}

const char *
text_query_word(const char **p, size_t *len)
{
	const char *s = *p, *end;
	size_t	    k, off;

	for (;;) {
		while ((k = text_query_space(s)) != 0)
			s += k;
		if (*s == '\0') {
			*p = s;
			return (NULL);
		}
		for (end = s; *end != '\0' && text_query_space(end) == 0; end++)
			;
		*p = end;
		if ((*len = text_strip_punct(s, (size_t)(end - s), &off)) != 0)
			return (s + off);
		s = end;
	}
}

size_t
text_strip_punct(const char *s, size_t n, size_t *off)
{
	size_t	 start = 0, k;
	uint32_t cp;

	while (start < n) {
		k = text_utf8_next(s + start, n - start, &cp);
		if (!text_is_strip_punct(cp))
			break;
		start += k;
	}
	while (n > start) {
		k = text_utf8_prev(s + start, n - start, &cp);
		if (!text_is_strip_punct(cp))
			break;
		n -= k;
	}
	*off = start;
	return (n - start);
}

int
text_is_cjk(uint32_t c)
{
	return (text_is_han(c) || text_is_cjk_punct(c) ||
	    (c >= 0x2e80 && c <= 0x2fdf) || /* radicals */
	    (c >= 0x3040 && c <= 0x30ff) || /* kana */
	    (c >= 0x3100 && c <= 0x31bf) || /* bopomofo */
	    (c >= 0xac00 && c <= 0xd7a3) || /* hangul */
	    (c >= 0xff01 && c <= 0xff60) || /* fullwidth forms */
	    (c >= 0x3200 && c <= 0x33ff));  /* enclosed, compatibility */
}

/* Characters that are dropped outright: they have no business in a page. */
static int
text_is_dropped(uint32_t c)
{
	return ((c < 0x20 && c != '\n') || c == 0x7f ||
	    (c >= 0x80 && c <= 0x9f) || /* C1 */
	    c == 0x00ad ||		/* soft hyphen */
	    c == 0x061c ||		/* Arabic letter mark */
	    /*
	     * Prepended concatenation marks: invisible, they join the
	     * character after them into one cluster (a space too, which a
	     * line would then keep at its end), and glibc and libunistring
	     * disagree on their width.
	     */
	    (c >= 0x0600 && c <= 0x0605) || c == 0x06dd || c == 0x070f ||
	    c == 0x0890 || c == 0x0891 || c == 0x08e2 || c == 0x110bd ||
	    c == 0x110cd ||
	    (c >= 0x200b && c <= 0x200f) || /* ZW space/joiners, LRM, RLM */
	    (c >= 0x202a && c <= 0x202e) || /* bidi embeddings, overrides */
	    (c >= 0x2060 && c <= 0x2064) || /* word joiner, invisible ops */
	    (c >= 0x2066 && c <= 0x206f) || /* bidi isolates, deprecated */
	    c == 0xfeff ||		    /* BOM, ZW no-break space */
	    (c >= 0xfff9 && c <= 0xfffb) || /* interlinear annotation */
	    /* Hangul fillers: blank, and not spaces to a line breaker. */
	    c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0);
}

static int
text_is_selector(uint32_t c)
{
	return ((c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef));
}

/*
 * Invisible characters that mean something only after certain others:
 * a variation selector after a character it can select a form of (not at
 * the start, after a space, a newline or another selector), tag
 * characters only in an emoji tag sequence (🏴 then tags, as in a
 * subdivision flag).  Elsewhere they hide text from the reader.
 */
static int
text_is_stray(uint32_t c, uint32_t prev)
{
	if (text_is_selector(c))
		return (prev == 0 || prev == '\n' || prev == '\f' ||
		    prev == ' ' || prev == 0x3000 || text_is_selector(prev) ||
		    prev == 0x200d);
	if (c >= 0xe0000 && c <= 0xe007f)
		return (
		    prev != 0x1f3f4 && !(prev >= 0xe0020 && prev <= 0xe007e));
	return (0);
}

/*
 * Blocks every code point of which is assigned and printable: ASCII
 * letters, Latin-1 and Extended-A/B, general and CJK punctuation, common
 * ideographs, fullwidth forms.  Nearly all of a page, so text_sanitize
 * skips the width lookup for them.
 */
static int
text_is_assigned_fast(uint32_t c)
{
	return ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0x24f) ||
	    (c >= 0x2010 && c <= 0x2027) || (c >= 0x3000 && c <= 0x303f) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff60));
}

/* A Prepend letter: text_clean() drops it when it has nothing to join. */
static int
text_is_prepend(uint32_t c)
{
	return (c >= 0x0d00 && !text_is_assigned_fast(c) &&
	    uc_graphemeclusterbreak_property(c) == GBP_PREPEND);
}

/*
 * Would a Prepend character (one that joins the character after it into
 * its grapheme cluster) have nothing to join here: the end, a space or a
 * control?  Joined to a space, it would hide that space inside a cluster
 * and a reflowed line could end with it.  What text_clean() drops after
 * it (format characters, tags, more Prepend letters with nothing to join)
 * is looked past: the sanitised text is what must not end so, or
 * sanitising it again would change it.
 */
static int
text_prepends_nothing(const char *s, size_t n)
{
	uint32_t c;
	size_t	 len;

	for (; n != 0; s += len, n -= len) {
		len = text_utf8_next(s, n, &c);
		if (c == ' ' || c < 0x20 || c == 0x3000 ||
		    (c >= 0x2000 && c <= 0x200a) || c == 0xa0 || c == 0x85 ||
		    c == 0x2028 || c == 0x2029)
			return (1);
		if (!text_is_dropped(c) && !(c >= 0xe0000 && c <= 0xe007f) &&
		    !text_is_prepend(c))
			return (0);
	}
	return (1);
}

char *
text_sanitize(const char *s, size_t n, size_t *outlen)
{
	return (text_clean(s, n, 0, outlen));
}

/*
 * The length of the run at s of characters that text_clean() keeps as
 * they are: printable ASCII, newline, a kept tab, and the blocks of
 * Chinese text assigned throughout (CJK punctuation, common ideographs,
 * fullwidth forms), none of them dropped, stray or replaced whatever
 * comes before them.  *last is the run's last character.  Nearly all of
 * a page or of a search's rows: copied, not decoded and encoded again
 * one character at a time.
 */
static size_t
text_clean_run(const char *s, size_t n, int flags, uint32_t *last)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t		     i = 0;
	uint32_t	     c;

	while (i < n) {
		if ((u[i] >= 0x20 && u[i] < 0x7f) || u[i] == '\n' ||
		    (u[i] == '\t' && (flags & TEXT_KEEP_TAB))) {
			*last = u[i++];
			continue;
		}
		if (n - i < 3 || (u[i] & 0xf0) != 0xe0 ||
		    (u[i + 1] & 0xc0) != 0x80 || (u[i + 2] & 0xc0) != 0x80)
			break;
		c = (uint32_t)(u[i] & 0x0f) << 12 |
		    (uint32_t)(u[i + 1] & 0x3f) << 6 | (u[i + 2] & 0x3f);
		if (!((c >= 0x3000 && c <= 0x303f) ||
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0xff01 && c <= 0xff60)))
			break;
		*last = c;
		i += 3;
	}
	return (i);
}

char *
text_clean(const char *s, size_t n, int flags, size_t *outlen)
{
	struct buf b = BUF_INIT;
	uint32_t   c, prev = 0;
	size_t	   i, len;
	char	   tmp[4];

	for (i = 0; i < n; i += len) {
		if ((len = text_clean_run(s + i, n - i, flags, &c)) != 0) {
			buf_add(&b, s + i, len);
			prev = c;
			continue;
		}
		len = text_utf8_next(s + i, n - i, &c);
		if (c == '\r') {
			/* CRLF and lone CR are both one newline. */
			c = '\n';
			if (i + 1 < n && s[i + 1] == '\n')
				len++;
		} else if (c == '\t')
			c = (flags & TEXT_KEEP_TAB) ? '\t' : ' ';
		else if (c == '\f')
			c = (flags & TEXT_KEEP_FF) ? '\f' : '\n';
		else if (c == 0x2028 || c == 0x2029 || c == 0x85)
			c = '\n'; /* line, paragraph separator; NEL */
		else if (c == 0x200d && (prev >= 0x1f000 || prev == 0xfe0f))
			; /* ZWJ inside an emoji sequence is harmless */
		else if (text_is_dropped(c) || text_is_stray(c, prev))
			continue;
		else if (c != '\n' && c != '\t' && c != '\f' &&
		    c != TEXT_REPLACEMENT &&
		    (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ||
			(c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef)))
			c = TEXT_REPLACEMENT;
		else if (text_is_prepend(c) &&
		    text_prepends_nothing(s + i + len, n - i - len))
			continue; /* a Prepend letter before a space */
		else if (c >= 0x20 && !text_is_assigned_fast(c) &&
		    text_cp_width(c) < 0) {
			/*
			 * Unassigned code points: wcwidth() and so curses
			 * cannot measure them, and a later Unicode may make
			 * them anything.
			 */
			c = TEXT_REPLACEMENT;
		}
		/*
		 * No control character gets through but the newline, and the
		 * tab and form feed the caller asked to keep.
		 */
		assert(c == '\n' || (c == '\t' && (flags & TEXT_KEEP_TAB)) ||
		    (c == '\f' && (flags & TEXT_KEEP_FF)) ||
		    (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)));
		prev = c;
		buf_add(&b, tmp, text_utf8_put(tmp, c));
	}
	if (outlen != NULL)
		*outlen = b.len;
	return (buf_detach(&b));
}

/* Converts from a named encoding; NULL if the bytes are not valid in it. */
static char *
text_convert(const char *from, const char *in, size_t inlen, size_t *outlen)
{
	uint8_t *u;
	char	*s;
	size_t	 len = 0;

	u = u8_conv_from_encoding(from, iconveh_error, in, inlen, NULL, NULL,
	    &len);
	if (u == NULL)
		return (NULL);
	s = xmalloc(len + 1);
	memcpy(s, u, len);
	s[len] = '\0';
	free(u);
	*outlen = len;
	return (s);
}

/*
 * The commonest characters of Chinese text, simplified and traditional
 * forms: in real text (news included) they are most of the Han characters,
 * in text decoded with the wrong encoding few of them.
 */
static const char text_common_zh[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成"
    "会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着"
    "等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
    "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新"
    "线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公"
    "无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活"
    "设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运"
    "农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规"
    "热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美"
    "再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完"
    "类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉"
    "林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委"
    "素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率"
    "族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适"
    "属圆包火住调满县局照参红细引听该铁价严龙飞项目企投亿元镇街记者摄讯"
    "這個國們時來為會發對說產種過動後學現實進經當與點從業應還開關義樣長機"
    "線兩體製間電麼數萬無問題員見將總條結當鄉區東車軍農處則據隊給門規熱領"
    "導壓聯認權證轉單風場務達積議聲報類離華確張馬節話傳許廣記需織裝際連斷"
    "難週辦習響約劃選標寫親價龍飛項億鎮記攝訊縣們於裡著並資邊級圖統較組計"
    "別論運幾強決幹戰頭號準精維層專狀養廠識屬圓滿調參紅細聽該鐵嚴設管";

/*
 * text_common_zh, sorted: made once, by whichever thread first decodes
 * (an import decodes on a thread of its own, and on the main thread).
 */
static uint32_t	     *text_common;
static size_t	      text_ncommon;
static pthread_once_t text_common_once = PTHREAD_ONCE_INIT;

static int
text_cmp_cp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x < y ? -1 : x > y);
}

static void
text_common_make(void)
{
	size_t i, n = sizeof text_common_zh - 1, len;

	text_common = xreallocarray(NULL, n, sizeof *text_common);
	for (i = 0; i < n; i += len)
		len = text_utf8_next(text_common_zh + i, n - i,
		    &text_common[text_ncommon++]);
	qsort(text_common, text_ncommon, sizeof *text_common, text_cmp_cp);
}

static int
text_is_common_zh(uint32_t c)
{
	pthread_once(&text_common_once, text_common_make);
	return (bsearch(&c, text_common, text_ncommon, sizeof c, text_cmp_cp) !=
	    NULL);
}

/* What the characters of a decoded text are, for text_decode's guess. */
struct text_profile {
	size_t nonascii; /* characters outside ASCII */
	double zh;	 /* how Chinese: 0 to 1 */
	size_t kana;
	size_t hangul;
};

static void
text_profile(const char *s, size_t n, struct text_profile *p)
{
	uint32_t c;
	size_t	 i, len;
	double	 good = 0;

	memset(p, 0, sizeof *p);
	for (i = 0; i < n; i += len) {
		len = text_utf8_next(s + i, n - i, &c);
		if (c < 0x80)
			continue;
		p->nonascii++;
		if (text_is_common_zh(c) ||
		    (text_is_cjk_punct(c) && !(c >= 0x3040 && c <= 0x30ff)))
			good += 1;
		else if (text_is_han(c))
			good += 0.25; /* a rare character */
		else if (c >= 0xff01 && c <= 0xff5e)
			good += 0.5; /* fullwidth letters and digits */
		if (c >= 0x3040 && c <= 0x30ff)
			p->kana++;
		else if (c >= 0xac00 && c <= 0xd7a3)
			p->hangul++;
	}
	p->zh = p->nonascii == 0 ? 1 : good / (double)p->nonascii;
}

/*
 * Below this many characters outside ASCII a text is too short to judge
 * by its characters: the first encoding it is valid in is taken.  At or
 * above, text read in an encoding must be this Chinese to be taken.
 */
#define TEXT_JUDGE_MIN 16
#define TEXT_ZH_MIN    0.5

/* Chinese encodings a page may be in, in order of preference. */
static const char *text_zh_encodings[] = { "GB18030", "BIG5" };

/*
 * Encodings that are not Chinese but whose bytes may be read as if they
 * were: recognised only to say what the file is.
 */
static const struct {
	const char *encoding;
	const char *language;
	int	    kana; /* told by kana, else hangul */
} text_other_encodings[] = {
	{ "SHIFT_JIS", "Japanese", 1 },
	{ "EUC-JP", "Japanese", 1 },
	{ "EUC-KR", "Korean", 0 },
};

/*
 * Decodes bytes that are not UTF-8: in the Chinese encoding whose reading
 * is most plausibly Chinese text (valid in an encoding is not enough:
 * Big5 and EUC-KR bytes are mostly valid GB18030).  NULL with *cause set
 * when none reads as Chinese.
 */
static char *
text_decode_legacy(const char *in, size_t inlen, size_t bad, size_t *outlen,
    const char **encoding, char **cause)
{
	struct text_profile p;
	char		   *conv, *best = NULL;
	double		    best_zh = -1;
	size_t		    i, len, best_len = 0, nvalid = 0;

	for (i = 0; i < sizeof text_zh_encodings / sizeof *text_zh_encodings;
	     i++) {
		if ((conv = text_convert(text_zh_encodings[i], in, inlen,
			 &len)) == NULL)
			continue;
		nvalid++;
		text_profile(conv, len, &p);
		if (p.nonascii < TEXT_JUDGE_MIN && best == NULL) {
			/* Too short to judge: the first that reads. */
			best_zh = 1;
		} else if (p.nonascii < TEXT_JUDGE_MIN || p.zh <= best_zh) {
			free(conv);
			continue;
		} else
			best_zh = p.zh;
		free(best);
		best = conv;
		best_len = len;
		*encoding = text_zh_encodings[i];
	}
	if (best != NULL && best_zh >= TEXT_ZH_MIN) {
		*outlen = best_len;
		return (best);
	}
	free(best);
	*encoding = NULL;
	for (i = 0;
	     i < sizeof text_other_encodings / sizeof *text_other_encodings;
	     i++) {
		if ((conv = text_convert(text_other_encodings[i].encoding, in,
			 inlen, &len)) == NULL)
			continue;
		text_profile(conv, len, &p);
		free(conv);
		if (p.nonascii >= TEXT_JUDGE_MIN &&
		    (text_other_encodings[i].kana ? p.kana : p.hangul) * 5 >=
			p.nonascii) {
			xasprintf(cause,
			    "text in %s (%s), not Chinese: "
			    "kanbao reads UTF-8, GB18030, GBK and Big5",
			    text_other_encodings[i].language,
			    text_other_encodings[i].encoding);
			return (NULL);
		}
	}
	if (nvalid == 0)
		xasprintf(cause,
		    "not UTF-8, GB18030, GBK or Big5 text "
		    "(invalid byte at offset %zu)",
		    bad);
	else
		*cause = xstrdup("not Chinese text in any encoding kanbao "
				 "reads (UTF-8, GB18030, GBK, Big5)");
	return (NULL);
}

char *
text_decode(const char *in, size_t inlen, size_t *outlen, const char **encoding,
    char **cause)
{
	const uint8_t *u = (const uint8_t *)in;
	const uint8_t *bad;
	const char    *enc = "UTF-8";
	char	      *conv = NULL, *out;
	const char    *p;
	size_t	       convlen = 0, i;

	*encoding = NULL;
	if (inlen == 0) {
		*cause = xstrdup("empty file");
		return (NULL);
	}
	if (inlen >= 2 &&
	    ((u[0] == 0xff && u[1] == 0xfe) ||
		(u[0] == 0xfe && u[1] == 0xff))) {
		enc = u[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
		conv = text_convert(enc, in + 2, inlen - 2, &convlen);
		if (conv == NULL) {
			xasprintf(cause, "invalid %s text", enc);
			return (NULL);
		}
		in = conv;
		inlen = convlen;
	} else if (inlen >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		in += 3;
		inlen -= 3;
	}
	if ((p = memchr(in, '\0', inlen)) != NULL) {
		xasprintf(cause, "binary file (NUL byte at offset %zu)",
		    (size_t)(p - in));
		free(conv);
		return (NULL);
	}
	if (conv == NULL &&
	    (bad = u8_check((const uint8_t *)in, inlen)) != NULL) {
		/* Not UTF-8: GB18030 (a superset of GBK) or Big5. */
		conv = text_decode_legacy(in, inlen,
		    (size_t)(bad - (const uint8_t *)in), &convlen, &enc, cause);
		if (conv == NULL)
			return (NULL);
		in = conv;
		inlen = convlen;
	}
	/* Text with many control characters is not a page. */
	for (i = convlen = 0; i < inlen && i < 65536; i++) {
		unsigned char c = (unsigned char)in[i];

		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' &&
		    c != '\f' && c != 0x1b)
			convlen++;
	}
	if (convlen * 100 > (i < 65536 ? i : 65536)) {
		*cause = xstrdup("binary file (control characters)");
		free(conv);
		return (NULL);
	}
	/* Form feeds stay: they divide a file into pages. */
	out = text_clean(in, inlen, TEXT_KEEP_FF, outlen);
	free(conv);
	*encoding = enc;
	return (out);
}

/*
 * Display width.  ncurses measures with the C library's wcwidth(), so that
 * is the reference: a width that differs from it puts the screen out of
 * step with what curses believes it drew.  wcwidth() itself depends on the
 * locale (LC_CTYPE "C" knows no wide characters), so the width is taken
 * from libunistring and corrected where glibc 2.36 and libunistring 1.0
 * (both Unicode 14) disagree on assigned characters; unassigned code points
 * and the line and paragraph separators are -1 as in glibc.
 */
struct text_width_range {
	uint32_t first;
	uint32_t last;
	int	 width;
};

static const struct text_width_range text_width_fixes[] = {
	{ 0x00ad, 0x00ad, 1 }, /* soft hyphen */
	{ 0x0600, 0x0605, 1 }, /* prepended concatenation marks */
	{ 0x06dd, 0x06dd, 1 }, { 0x070f, 0x070f, 1 }, { 0x0890, 0x0891, 1 },
	{ 0x08e2, 0x08e2, 1 }, { 0x0cbf, 0x0cbf, 0 }, /* Kannada vowel signs */
	{ 0x0cc6, 0x0cc6, 0 },
	{ 0x2028, 0x2029, -1 },	 /* line, paragraph separator */
	{ 0x3248, 0x324f, 2 },	 /* circled numbers on black squares */
	{ 0x4dc0, 0x4dff, 2 },	 /* hexagram symbols */
	{ 0x110bd, 0x110bd, 1 }, /* Kaithi number signs */
	{ 0x110cd, 0x110cd, 1 },
	{ 0x11a07, 0x11a08, 0 }, /* Zanabazar square vowel signs */
	{ 0x11c3f, 0x11c3f, 0 }, /* Bhaiksuki sign */
};

int
text_cp_width(uint32_t c)
{
	size_t i;

	if (c < 0x7f)
		return (c >= 0x20 ? 1 : (c == 0 ? 0 : -1));
	if (c >= 0x4e00 && c <= 0x9fff)
		return (2); /* the common case, fast */
	for (i = 0; i < sizeof text_width_fixes / sizeof *text_width_fixes;
	     i++) {
		if (c >= text_width_fixes[i].first &&
		    c <= text_width_fixes[i].last)
			return (text_width_fixes[i].width);
	}
	if (c > 0x10ffff || uc_is_general_category(c, UC_CATEGORY_Cn))
		return (-1);
	return (uc_width(c, "UTF-8"));
}

int
text_width(const char *s, size_t n)
{
	char	 small[256], *gb;
	uint32_t c;
	size_t	 i, len;
	int	 total = 0, cluster = 0, w;

	if (n == 0)
		return (0);
	gb = n <= sizeof small ? small : xmalloc(n);
	u8_grapheme_breaks((const uint8_t *)s, n, gb);
	for (i = 0; i < n; i += len) {
		len = text_utf8_next(s + i, n - i, &c);
		if (gb[i]) {
			/*
			 * Terminals draw a cluster (emoji with modifiers or
			 * joiners, flags) in at most two cells.
			 */
			total += cluster > 2 ? 2 : cluster;
			cluster = 0;
		}
		if ((w = text_cp_width(c)) > 0)
			cluster += w;
	}
	total += cluster > 2 ? 2 : cluster;
	if (gb != small)
		free(gb);
	return (total);
}

void
text_grapheme_breaks(const char *s, size_t n, char *p)
{
	if (n != 0)
		u8_grapheme_breaks((const uint8_t *)s, n, p);
}

/*
 * Whether a cut text may not end in c before its …: a blank, or a mark
 * that opens something (a quote, a bracket) and would be left open.
 */
static int
text_cut_dangles(uint32_t c)
{
	switch (c) {
	case ' ':
	case 0x3000: /* ideographic space */
	case '(':
	case '[':
	case '{':
	case '"':
	case '\'':
	case 0x201c:
	case 0x2018: /* “ ‘ */
	case 0x300a:
	case 0x3008: /* 《 〈 */
	case 0x300c:
	case 0x300e: /* 「 『 */
	case 0x3010:
	case 0x3014: /* 【 〔 */
	case 0x3016:
	case 0xff08: /* 〖 （ */
	case 0xff3b:
	case 0xff5b: /* ［ ｛ */
		return (1);
	}
	return (0);
}

size_t
text_fit(const char *s, size_t n, int width, int *used)
{
	char	 small[512], *gb;
	size_t	 i, j, keep = 0;
	uint32_t cp;
	int	 w = 0, cw, total, kept = 0;

	*used = 0;
	if (width <= 0 || n == 0)
		return (0);
	total = text_width(s, n);
	if (total <= width) {
		*used = total;
		return (n);
	}
	gb = n <= sizeof small ? small : xmalloc(n);
	text_grapheme_breaks(s, n, gb);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && !gb[j]; j++)
			;
		cw = text_width(s + i, j - i);
		if (w + cw > width - 1)
			break;
		w += cw;
		keep = j;
		kept = w;
	}
	if (gb != small)
		free(gb);
	/* Never "冲刺“…" or "word …": the cut goes before them. */
	while (keep > 0) {
		cw = (int)text_utf8_prev(s, keep, &cp);
		if (!text_cut_dangles(cp))
			break;
		keep -= (size_t)cw;
		kept -= text_cp_width(cp) > 0 ? text_cp_width(cp) : 0;
	}
	*used = kept;
	return (keep);
}

char *
text_sanitize_line(const char *s)
{
	char *out, *p;

	out = text_sanitize(s, strlen(s), NULL);
	for (p = out; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
	}
	return (out);
}
