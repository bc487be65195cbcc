# Screen tests of typesetting, at 80x24 and 160x50: half-width punctuation
# between Chinese characters shown full-width in the reader and by kanbao
# show (the store keeps the original; fullwidth-punct off shows it); no
# cut headline ends in an opening quote or a blank before …; the weather
# view's sparklines follow the list, each with its scale and dates.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/screen-lib.sh"

screen_setup typeset
CONF=$XDG_CONFIG_HOME/kanbao/config
mkdir -p "$(dirname "$CONF")"
: >"$CONF"

# A page of our own with the extractor's half-width marks.
PDB=$T_TMP/punct.db
mkdir -p "$T_TMP/pages/2032-05-06"
printf '%s\n' '澄湖开通暑期服务热线' '' \
    '本报讯 暑期服务项目,目前已经开通.咨询热线: 85087171(暑假)，欢迎来电.' \
    '' '澄湖东港镇全面冲刺“开门红”各项目标任务的新闻报道标题很长很长' '' \
    '本报讯 东港镇召开会议,部署工作.' \
    >"$T_TMP/pages/2032-05-06/p1.txt"
"$KANBAO" --db "$PDB" import "$T_TMP/pages" >/dev/null 2>&1

start() {
	$TM kill-session -t kb 2>/dev/null
	forget_place
	$TM new-session -d -s kb -x "$1" -y "$2" \
	    "XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$KANBAO' --db '${3:-$DB}'; sleep 600"
	wait_for 'Issues|20[0-9][0-9]' || true
}
art_rows() { screen | sed '1d;$d' | sed 's/.*│//'; }

id=$("$KANBAO" --db "$PDB" search 目前 | cut -f1)
t_match "typeset: the store keeps the half-width marks" '项目,目前' \
    "$("$KANBAO" --db "$PDB" show "$id" --json)"
t_match "typeset: kanbao show shows them full-width" '项目，目前' \
    "$("$KANBAO" --db "$PDB" show "$id" --width 200)"

for size in 80x24 160x50; do
	W=${size%x*} H=${size#*x}
	n="typeset-$size"
	: >"$CONF"
	start "$W" "$H" "$PDB"
	keys Enter Enter
	rows=$(art_rows | tr -d ' \n')
	t_match "$n: , between Chinese characters is shown ，" '项目，目前' \
	    "$rows"
	t_match "$n: : ( ) are shown ： （ ）" '热线：85087171（暑假）' "$rows"
	t_match "$n: . ending Chinese text is shown 。" '开通。咨询' "$rows"
	printf 'fullwidth-punct off\n' >"$CONF"
	start "$W" "$H" "$PDB"
	keys Enter Enter
	t_match "$n: fullwidth-punct off shows the original" '项目,目前' \
	    "$(art_rows | tr -d ' \n')"
	: >"$CONF"

	# Cut headlines: never “… nor a blank before ….
	for db in "$PDB" "$DB"; do
		start "$W" "$H" "$db"
		keys Enter
		t_nomatch "$n: no headline is cut after an opening mark" \
		    '(“|《|（| )…' "$(screen)"
	done

	start "$W" "$H"
	keys w
	t_match "$n: the highs' sparkline follows the list, with its scale" \
	    '高 █▁▄  12–16℃' "$(screen)"
	t_match "$n: the lows' too" '低 ▁▄█  5–7℃' "$(screen)"
	t_match "$n: the dates of the first and last points" \
	    '03-07 → 03-05' "$(screen)"
done

# Across years the sparklines' dates are whole: 03-07 → 12-30 would read
# as a span of months.
YDB=$T_TMP/years.db
"$KANBAO" --db "$YDB" import "$TOP/tests/samples/pages" >/dev/null 2>&1
"$KANBAO" --db "$YDB" import --date 2023-12-30 \
    "$TOP/tests/samples/pages/2024-03-05/p1.txt" >/dev/null 2>&1
start 160 50 "$YDB"
keys w
t_match "weather across years: the dates with their years" \
    '2024-03-07 → 2023-12-30' "$(screen)"
