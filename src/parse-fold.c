/*
 * Pages printed in traditional characters.  The parser's cue words are
 * written in simplified ones (本报, 记者, 电, 责任编辑, 热线, 阴转多云); a page
 * of a paper that prints 本報, 記者, 電 must read them as the same words.
 *
 * So, before the passes, each traditional character of the table below is
 * folded to its simplified form in the parser's own copy of the page, in
 * place: both are three bytes of UTF-8 (U+4E00 to U+9FFF), so every offset
 * into the text stays good.  So are the corner quotes such papers print
 * (「」『』) folded to the curly ones the passes read (“”‘’).  When the passes are done, the articles' text is
 * unfolded: what a reader sees is what the page printed.
 *
 * An unfold must be sure.  A character is folded only when its simplified
 * form does not occur on the page, and of two traditional forms of one
 * (發 and 髮 both give 发) only the one the page prints more often: then
 * every such simplified character in what the passes made out of the page
 * came from the fold.  A page that prints both forms of a character keeps
 * that character as printed (and the passes read it as they did before).
 *
 * The table holds the characters of the cue words (the passes' tables, the
 * topics' and the furniture's) that have traditional forms, with their
 * variants in Taiwan and Hong Kong (綫 and 線, 爲 and 為), as OpenCC's
 * character tables list them (STCharacters, TWVariants, HKVariants); a
 * cue word added to the passes needs its characters' forms here too.  A
 * page is only looked at closely when a glance at its first
 * PARSE_FOLD_LOOK bytes finds one of them (every character of its first
 * PARSE_FOLD_WHOLE bytes, then one every PARSE_FOLD_STRIDE bytes), so a
 * page in simplified characters costs about four hundred looks.
 */
#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/xmalloc.h"
#include "parse-int.h"

#define PARSE_FOLD_LOOK	  2048	 /* bytes glanced at for a traditional page */
#define PARSE_FOLD_WHOLE  256	 /* of them, read character by character */
#define PARSE_FOLD_STRIDE 31	 /* then bytes from one look to the next */
#define PARSE_FOLD_LO	  0x2000 /* the curly quotes' block */
#define PARSE_FOLD_HI	  0xa000 /* past U+9FFF */

/* Traditional and simplified form, pair by pair. */
static const char parse_fold_text[] =
    "並并 併并 來来 係系 個个 備备 傢家 價价 億亿 優优 內内 兩两 "
    "劄札 劉刘 動动 務务 區区 厤历 叢丛 吳吴 呂吕 員员 啓启 啟启 "
    "喬乔 單单 噸吨 噹当 嚮向 嚴严 囌苏 圖图 埰采 執执 報报 場场 "
    "塗涂 墰坛 壇坛 壜坛 婁娄 孫孙 學学 宮宫 寀采 實实 寧宁 寫写 "
    "專专 尋寻 對对 導导 崗岗 嵗岁 嶽岳 師师 幷并 廠厂 廣广 張张 "
    "強强 彔录 後后 復复 慼戚 應应 懞蒙 戶户 掃扫 採采 摺折 據据 "
    "攝摄 敎教 於于 時时 曆历 曏向 會会 朮术 東东 枱台 査查 條条 "
    "楊杨 業业 榮荣 樑梁 機机 橫横 檯台 欄栏 欒栾 歐欧 歡欢 歲岁 "
    "歷历 氣气 淩凌 減减 湯汤 溫温 滿满 濛蒙 瀋沈 為为 熱热 營营 "
    "爲为 獨独 環环 產产 産产 畝亩 畢毕 當当 發发 盤盘 盧卢 眾众 "
    "睏困 矇蒙 硃朱 確确 碼码 稅税 種种 稱称 穀谷 竇窦 筆笔 箇个 "
    "箚札 範范 簡简 簽签 籤签 糧粮 糾纠 紀纪 約约 紓纾 級级 紛纷 "
    "紹绍 組组 經经 綫线 維维 網网 緊紧 線线 編编 緻致 縱纵 總总 "
    "繆缪 繫系 罈坛 罎坛 羅罗 羣群 習习 聞闻 聯联 聲声 聶聂 職职 "
    "臺台 興兴 舉举 舊旧 莊庄 華华 萬万 葉叶 蓆席 蔔卜 蔣蒋 薑姜 "
    "藍蓝 蘆芦 蘇苏 蘭兰 號号 衆众 術术 衚胡 衛卫 衞卫 裝装 製制 "
    "複复 覈核 見见 視视 覽览 觀观 訂订 訃讣 計计 訊讯 記记 訪访 "
    "設设 許许 訴诉 詐诈 評评 詢询 話话 語语 誠诚 說说 説说 調调 "
    "談谈 論论 諮咨 諸诸 講讲 謝谢 譚谭 議议 讀读 負负 責责 費费 "
    "賀贺 資资 賈贾 賣卖 趙赵 車车 軒轩 輛辆 輯辑 轅辕 轉转 辭辞 "
    "農农 連连 週周 進进 遊游 達达 遞递 遲迟 遺遗 邊边 鄉乡 鄒邹 "
    "鄔邬 鄧邓 鄭郑 鄺邝 醫医 釦扣 鈡钟 銳锐 銷销 鋭锐 錄录 錢钱 "
    "録录 錶表 鍾钟 鏈链 鐘钟 長长 門门 閆闫 開开 間间 閔闵 閤合 "
    "閱阅 閲阅 關关 陰阴 陳陈 陸陆 陽阳 隨随 隱隐 隻只 雙双 雜杂 "
    "離离 雲云 電电 霧雾 鞏巩 鞦秋 韆千 韋韦 韓韩 項项 顏颜 顔颜 "
    "顧顾 風风 颱台 養养 餘余 饒饶 馬马 馮冯 駐驻 駱骆 騙骗 驛驿 "
    "體体 髮发 鬍胡 魯鲁 鮑鲍 麥麦 麪面 麫面 麯曲 麴曲 麵面 "
    "黃黄 黨党 齊齐 齣出 龍龙 龐庞 龔龚 "
    /* The corner quotes such papers print for curly ones. */
    "「“ 」” 『‘ 』’";

/* A pair is six bytes of the text above and a space. */
#define PARSE_FOLD_MAX (sizeof parse_fold_text / 7 + 1)

struct parse_fold_pair {
	uint16_t trad, simp;
};

static struct {
	struct parse_fold_pair by_trad[PARSE_FOLD_MAX]; /* sorted by trad */
	struct parse_fold_pair by_simp[PARSE_FOLD_MAX]; /* by simp, trad */
	size_t		       n;
	/* One bit per code point of U+2000 to U+9FFF. */
	uint8_t is_trad[(PARSE_FOLD_HI - PARSE_FOLD_LO) / 8];
	uint8_t is_simp[(PARSE_FOLD_HI - PARSE_FOLD_LO) / 8];
} parse_fold_tab;

static pthread_once_t parse_fold_once = PTHREAD_ONCE_INIT;

/* What a page folds: for each pair (by_trad order), whether it does. */
struct parse_fold {
	unsigned char *on;
};

static int
parse_fold_cmp_trad(const void *a, const void *b)
{
	const struct parse_fold_pair *x = a, *y = b;

	return ((int)x->trad - (int)y->trad);
}

static int
parse_fold_cmp_simp(const void *a, const void *b)
{
	const struct parse_fold_pair *x = a, *y = b;

	if (x->simp != y->simp)
		return ((int)x->simp - (int)y->simp);
	return ((int)x->trad - (int)y->trad);
}

static void
parse_fold_bit(uint8_t *set, uint32_t c)
{
	set[(c - PARSE_FOLD_LO) / 8] |=
	    (uint8_t)(1u << ((c - PARSE_FOLD_LO) % 8));
}

static int
parse_fold_has(const uint8_t *set, uint32_t c)
{
	return (c >= PARSE_FOLD_LO && c < PARSE_FOLD_HI &&
	    (set[(c - PARSE_FOLD_LO) / 8] >> ((c - PARSE_FOLD_LO) % 8)) & 1);
}

static void
parse_fold_init(void)
{
	const char *s = parse_fold_text;
	size_t	    n = strlen(s), i = 0, k = 0;
	uint32_t    t, c;

	while (i < n && k < PARSE_FOLD_MAX) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		i = parse_next(s, n, i, &t);
		i = parse_next(s, n, i, &c);
		parse_fold_tab.by_trad[k].trad = (uint16_t)t;
		parse_fold_tab.by_trad[k].simp = (uint16_t)c;
		parse_fold_bit(parse_fold_tab.is_trad, t);
		parse_fold_bit(parse_fold_tab.is_simp, c);
		k++;
	}
	parse_fold_tab.n = k;
	/* No form is both: a fold is undone in one step. */
	for (i = 0; i < k; i++)
		assert(!parse_fold_has(parse_fold_tab.is_simp,
		    parse_fold_tab.by_trad[i].trad));
	qsort(parse_fold_tab.by_trad, k, sizeof *parse_fold_tab.by_trad,
	    parse_fold_cmp_trad);
	memcpy(parse_fold_tab.by_simp, parse_fold_tab.by_trad,
	    k * sizeof *parse_fold_tab.by_simp);
	qsort(parse_fold_tab.by_simp, k, sizeof *parse_fold_tab.by_simp,
	    parse_fold_cmp_simp);
}

/* The index of traditional c in by_trad; c is one (is_trad). */
static size_t
parse_fold_find(uint32_t c)
{
	size_t lo = 0, hi = parse_fold_tab.n, mid;

	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (parse_fold_tab.by_trad[mid].trad <= c)
			lo = mid;
		else
			hi = mid;
	}
	return (lo);
}

/* The first index of simplified c in by_simp; c is one (is_simp). */
static size_t
parse_fold_find_simp(uint32_t c)
{
	size_t lo = 0, hi = parse_fold_tab.n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (parse_fold_tab.by_simp[mid].simp < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo);
}

/* The character of U+2000 to U+9FFF at s[i], or 0 if it is none. */
static uint32_t
parse_fold_at(const char *s, size_t n, size_t i)
{
	uint32_t c;

	if (text_utf8_fast(s + i, n - i, &c) != 3)
		return (0);
	return (c >= PARSE_FOLD_LO && c < PARSE_FOLD_HI ? c : 0);
}

/*
 * Is the text of the n bytes at s in traditional characters?  Every page is
 * asked, so this glances: at every character of the first whole bytes, then
 * at one every PARSE_FOLD_STRIDE bytes.  In text so printed about one
 * character in five is one of the table's, so that a few hundred looks do
 * not all miss, nor do the characters of a title.
 */
static int
parse_fold_glance(const char *s, size_t n, size_t whole)
{
	const unsigned char *u = (const unsigned char *)s, *end = u + n, *mid;
	uint32_t	     c;

	mid = u + (whole < n ? whole : n);
	while (end - u >= 3) {
		/* U+2000 to U+9FFF: three bytes, the first E2 to E9. */
		if ((unsigned)(*u - 0xe2) <= 0xe9 - 0xe2) {
			c = (uint32_t)(u[0] & 0x0f) << 12 |
			    (uint32_t)(u[1] & 0x3f) << 6 |
			    (uint32_t)(u[2] & 0x3f);
			c -= PARSE_FOLD_LO;
			if (c < PARSE_FOLD_HI - PARSE_FOLD_LO &&
			    (parse_fold_tab.is_trad[c / 8] >> (c % 8) & 1))
				return (1);
		}
		if (u < mid) {
			/* The next character. */
			u += *u < 0x80 ? 1 : *u < 0xe0 ? 2 : *u < 0xf0 ? 3 : 4;
			continue;
		}
		if (end - u <= PARSE_FOLD_STRIDE)
			break;
		u += PARSE_FOLD_STRIDE;
		while (u < end && (*u & 0xc0) == 0x80)
			u++; /* to the start of a character */
	}
	return (0);
}

struct parse_fold *
parse_fold(const char *text, size_t n, char **copy)
{
	struct parse_fold *f;
	unsigned int	  *seen;
	unsigned char	  *simp_seen;
	char		  *s;
	size_t		   i, j, k, one, look;
	uint32_t	   c;

	*copy = NULL;
	pthread_once(&parse_fold_once, parse_fold_init);
	look = n < PARSE_FOLD_LOOK ? n : PARSE_FOLD_LOOK;
	if (!parse_fold_glance(text, look, PARSE_FOLD_WHOLE))
		return (NULL);

	/* How often the page prints each form: by_trad's, by_simp's. */
	seen = xcalloc(parse_fold_tab.n, sizeof *seen);
	simp_seen = xcalloc(parse_fold_tab.n, 1);
	for (i = 0; i < n; i++) {
		if ((c = parse_fold_at(text, n, i)) == 0)
			continue;
		if (parse_fold_has(parse_fold_tab.is_trad, c))
			seen[parse_fold_find(c)]++;
		if (parse_fold_has(parse_fold_tab.is_simp, c))
			simp_seen[parse_fold_find_simp(c)] = 1;
		i += 2;
	}

	/* A simplified form absent: its traditional form printed most. */
	f = xcalloc(1, sizeof *f);
	f->on = xcalloc(parse_fold_tab.n, 1);
	for (i = 0; i < parse_fold_tab.n; i = j) {
		one = parse_fold_tab.n;
		for (j = i; j < parse_fold_tab.n &&
		     parse_fold_tab.by_simp[j].simp ==
			 parse_fold_tab.by_simp[i].simp;
		     j++) {
			k = parse_fold_find(parse_fold_tab.by_simp[j].trad);
			if (seen[k] != 0 &&
			    (one == parse_fold_tab.n || seen[k] > seen[one]))
				one = k;
		}
		if (!simp_seen[i] && one != parse_fold_tab.n)
			f->on[one] = 1;
	}
	free(seen);
	free(simp_seen);

	s = *copy = xmalloc(n + 1);
	memcpy(s, text, n);
	s[n] = '\0';
	for (i = 0; i < n; i++) {
		if ((c = parse_fold_at(s, n, i)) == 0)
			continue;
		if (parse_fold_has(parse_fold_tab.is_trad, c) &&
		    f->on[k = parse_fold_find(c)])
			text_utf8_put(s + i, parse_fold_tab.by_trad[k].simp);
		i += 2;
	}
	return (f);
}

/* Puts back in s what the page printed, where f folded it. */
void
parse_unfold(const struct parse_fold *f, char *s)
{
	size_t	 i, j, n;
	uint32_t c;

	if (f == NULL || s == NULL)
		return;
	n = strlen(s);
	for (i = 0; i < n; i++) {
		if ((c = parse_fold_at(s, n, i)) == 0)
			continue;
		if (parse_fold_has(parse_fold_tab.is_simp, c)) {
			for (j = parse_fold_find_simp(c);
			     j < parse_fold_tab.n &&
			     parse_fold_tab.by_simp[j].simp == c;
			     j++) {
				uint32_t t = parse_fold_tab.by_simp[j].trad;

				if (f->on[parse_fold_find(t)]) {
					text_utf8_put(s + i, t);
					break;
				}
			}
		}
		i += 2;
	}
}

size_t
parse_fold_plain(char *s, size_t n)
{
	size_t	 i, nfold = 0;
	uint32_t c;

	pthread_once(&parse_fold_once, parse_fold_init);
	for (i = 0; i < n; i++) {
		if ((c = parse_fold_at(s, n, i)) == 0)
			continue;
		if (parse_fold_has(parse_fold_tab.is_trad, c)) {
			text_utf8_put(s + i,
			    parse_fold_tab.by_trad[parse_fold_find(c)].simp);
			nfold++;
		}
		i += 2;
	}
	return (nfold);
}

int
parse_fold_seen(const char *s, size_t whole)
{
	if (s == NULL)
		return (0);
	pthread_once(&parse_fold_once, parse_fold_init);
	return (parse_fold_glance(s, strlen(s), whole));
}

void
parse_fold_free(struct parse_fold *f)
{
	if (f == NULL)
		return;
	free(f->on);
	free(f);
}
