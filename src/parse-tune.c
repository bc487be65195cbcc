/*
 * The parser's tuning, in one place: every threshold its passes weigh a
 * page by, named and explained, so that each can be swept against the
 * scorer (../shared/tools/score-parse) without reading the passes.  Widths
 * are in ems (a Chinese character is one, a Latin letter or digit half);
 * byte counts are of UTF-8 text, where a Chinese character is three.
 *
 * The passes' own tables of cue words (本报讯, 记者, 热线, 核心阅读, …)
 * stay beside the code that reads them; they are conventions of the
 * genre, not numbers to tune.
 */
#include "parse-int.h"

const struct parse_tune parse_tune = {
	.page = {
		.default_width_em = 14,
		.width_min_lines = 3,
		.runs_on_min_em = 4,
		.untitled_news_bytes = 600,
		.pairs_searched = 64,
		.span_scan_max = 32 << 20,
	},
	.lines = {
		.name_max_chars = 4,
		.names_min_chars = 2,
		.names_max_chars = 24,
		.byline_max_names = 30,
		.pen_name_max_em = 6,
		.name_tail_max_em = 2,
		.name_line_max_em = 12,
		.bold_min_em = 2,
		.marker_reach = 16,
		.credit_max_chars = 16,
		.broken_names = 3,
		.note_reach = 20,
		.packed_min_lines = 20,
		.packed_blank_per = 50,
		.packed_reach = 8,
		.packed_short_em = 4.5,
		.digit_space_em = 0.5,
	},
	.block = {
		.head_max_em = 40,
		.list_item_max_bytes = 12,
		.head_max_lines = 4,
		.box_max_lines = 6,
		.ad_contact_lines = 2,
		.own_width_min_lines = 4,
		.lead_head_max_lines = 4,
		.head_short_share = 0.6,
		.head_wide_em = 2,
		.full_slack_em = 1.5,
		.para_indent_em = 2,
		.han_short_em = 1,
		.spread_min_han = 5,
		.tail_head_max_lines = 4,
	},
	.match = {
		.pair = 1000,
		.layout_pref = 2,
		.glued = 3,
		.byline_lead = 6,
		.words = 20,
		.words_lines = 20,
		.part_share = 0.3,
		.part_share_under = 0.15,
		.split_slack = 0.1,
		.glued_evidence = 2,
		.banner_max_em = 5,
		.banner_min_lines = 2,
		.caption_chain_bytes = 600,
		.caption_max_bytes = 450,
		.first_line_max_lines = 2,
		.first_line_slack_em = 1.5,
		.indent_em = 3,
		.first_line_over_em = 0.5,
	},
	.text = {
		.width_min_lines = 3,
		.runs_on_min_em = 4,
		.para_slack_em = 1.5,
		.indent_max_em = 3,
		.subhead_max_em = 12,
		.subhead_share = 0.7,
		.undouble_max = 128,
		.subtitle_ratio = 1.6,
		.subtitle_min_em = 14,
		.kicker_ratio = 1.4,
		.flow_kicker_share = 0.6,
		.column_name_max_em = 4,
		.column_tag_max_em = 2,
		.kicker_min_em = 14,
		.kicker_wide = 2,
		.kicker_lines_em = 1,
		.byline_name_max = 4,
		.kicker_home_share = 0.5,
		.deck_home_share = 0.5,
		.deck_lead_share = 0.25,
		.deck_banner_min_han = 7,
		.kicker_own_share = 0.25,
		.kicker_reach = 256,
	},
	.box = {
		.weather_max_bytes = 600,
		.phone_min_digits = 7,
		.ad_max_bytes = 900,
		.ad_words = 3,
		.ad_words_phone = 2,
	},
	.markdown = {
		.caption_max_bytes = 60,
	},
};
