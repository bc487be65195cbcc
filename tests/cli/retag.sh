# kanbao retag: the store re-tagged after the topic rules change (a topics
# file in the config directory), a bad file refused with its line, and
# import using the same rules.
. "$(dirname "$0")/../lib.sh"

DB=$T_TMP/k.db
export XDG_CONFIG_HOME=$T_TMP/config
mkdir -p "$XDG_CONFIG_HOME/kanbao"
"$KANBAO" --db "$DB" import "$TOP/tests/samples/pages" >/dev/null 2>&1 ||
    { t_fail "retag: import samples"; exit 1; }
count() { "$KANBAO" --db "$DB" list articles --topic "$1" | wc -l | tr -d ' '; }

out=$("$KANBAO" --db "$DB" retag)
t_eq "retag: with the same rules" 0 $?
t_match "retag: nothing changes with the same rules" \
    '^re-tagged: 0 articles changed' "$out"
inv=$(count investment)

# Investment made impossible, a new topic for the sample city.
printf 'topic investment 投资项目\nmin 100000\nwords 1 项目\n\n' \
    >"$XDG_CONFIG_HOME/kanbao/topics"
printf 'topic chenghu 澄湖\nwords 1 澄湖\n' >>"$XDG_CONFIG_HOME/kanbao/topics"
out=$("$KANBAO" --db "$DB" retag)
t_eq "retag: with a topics file" 0 $?
t_match "retag: says how many changed" "^re-tagged: [1-9][0-9]* articles" "$out"
t_eq "retag: an overridden rule untags" 0 "$(count investment)"
t_eq "retag: a new topic tags" yes "$([ "$(count chenghu)" -gt 0 ] &&
    echo yes || echo no)"

# Import uses the same rules: a page imported again under another date.
mkdir -p "$T_TMP/p/2024-04-01"
cp "$TOP/tests/samples/pages/2024-03-06/p1.txt" "$T_TMP/p/2024-04-01/p1.txt"
"$KANBAO" --db "$DB" import "$T_TMP/p" >/dev/null 2>&1
t_eq "retag: import tags with the topics file" yes \
    "$("$KANBAO" --db "$DB" list articles --date 2024-04-01 --topic chenghu |
    grep -q . && echo yes || echo no)"

# A bad file: refused with its line, the store left as it was.
printf 'topic x\nbogus 1\n' >"$XDG_CONFIG_HOME/kanbao/topics"
err=$("$KANBAO" --db "$DB" retag 2>&1 >/dev/null)
t_eq "retag: a bad topics file fails" 1 $?
t_match "retag: the error names the line" 'topics:2: unknown keyword' "$err"
t_eq "retag: the store keeps its topics" 0 "$(count investment)"

# Back to the built-in rules.
rm "$XDG_CONFIG_HOME/kanbao/topics"
"$KANBAO" --db "$DB" retag >/dev/null
t_eq "retag: the built-in rules come back" "$inv" \
    "$("$KANBAO" --db "$DB" list articles --topic investment |
    grep -vc '2024-04-01')"
