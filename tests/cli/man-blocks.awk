# Turns the tables that kanbao --dump-tables prints into the mdoc blocks of
# the man pages (tests/cli/man.sh puts them between the BEGIN/END comments
# of man/kanbao.1 and man/kanbao.5, and checks that they are still there).
#
# usage: kanbao --dump-tables | awk -v block=NAME -f man-blocks.awk
#   block=options   the global options (kanbao.1 OPTIONS)
#   block=commands  commands with their usage and options (kanbao.1 COMMANDS)
#   block=keys      the reader's keys (kanbao.1 KEYS)
#   block=actions   what a key can be bound to (kanbao.5)
#   block=readme-keys  the keys as a Markdown table (README.md)
BEGIN {
	FS = "\t"
}

# Text for a text line: backslashes escaped, no leading dot or quote.
function text(s) {
	gsub(/\\/, "\\e", s)
	if (s ~ /^[.']/)
		s = "\\&" s
	return s
}

# A flag with its argument: "--date D" -> "Fl \-date Ar D" (Fl adds the
# first dash).
function flag(s,	n, w, out) {
	n = split(s, w, " ")
	out = "Fl \\" substr(w[1], 2)
	if (n > 1)
		out = out " Ar " w[2]
	return out
}

# A word of a usage line as mdoc macros.
function usage_word(w,	pre, post, out, alts) {
	pre = ""
	post = ""
	while (substr(w, 1, 1) == "[") {
		pre = pre "Oo "
		w = substr(w, 2)
	}
	while (w != "" && substr(w, length(w)) == "]") {
		post = post " Oc"
		w = substr(w, 1, length(w) - 1)
	}
	if (w == "")
		out = ""
	else if (w == "|")
		out = "|"
	else if (w ~ /^--/)
		out = "Fl \\" substr(w, 2)
	else if (w ~ /^[a-z]/) {
		gsub(/\|/, " | ", w)
		out = "Cm " w
	} else if (w ~ /\.\.\.$/)
		out = "Ar " substr(w, 1, length(w) - 3) " ..."
	else
		out = "Ar " w
	out = pre out post
	sub(/^ +/, "", out)
	return out
}

function usage(s,	n, w, i, out, u) {
	n = split(s, w, " ")
	out = ""
	for (i = 1; i <= n; i++) {
		u = usage_word(w[i])
		if (u != "")
			out = out " " u
	}
	return out
}

# A key name as an mdoc argument: punctuation would be taken for a
# delimiter, so it is escaped.
function key(k) {
	if (k ~ /^[^A-Za-z0-9]$/) {
		if (k == "\\")
			k = "\\e"
		return "\\&" k
	}
	return k
}

function keys(s,	n, w, i, out) {
	n = split(s, w, " ")
	out = "Ic " key(w[1])
	for (i = 2; i <= n; i++)
		out = out " , Ic " key(w[i])
	return out
}

$1 == "global" && block == "options" {
	if (!started++)
		print ".Bl -tag -width Ds"
	print ".It " flag($2)
	print text($3)
}

$1 == "command" && block == "commands" {
	if (open_opts) {
		print ".El"
		open_opts = 0
	}
	if (!started++)
		print ".Bl -tag -width Ds"
	print ".It Cm " $2 usage($3)
	print text($4)
}

$1 == "option" && block == "commands" {
	if (!open_opts++)
		print ".Bl -tag -width Ds"
	print ".It " flag($3)
	print text($4)
}

$1 == "key" && block == "keys" {
	if (!started++)
		print ".Bl -tag -width Backspace -compact"
	print ".It " keys($2)
	print text($4)
}

# Markdown table cell text: pipes escaped.
function md(s) {
	gsub(/\|/, "\\|", s)
	return s
}

function md_keys(s,	n, w, i, out) {
	n = split(s, w, " ")
	out = ""
	for (i = 1; i <= n; i++)
		out = out (i > 1 ? " " : "") (w[i] == "`" ? "`` ` ``" : \
		    "`" md(w[i]) "`")
	return out
}

$1 == "key" && block == "readme-keys" {
	if (!started++) {
		print "| Keys | |"
		print "|---|---|"
	}
	print "| " md_keys($2) " | " md($4) " |"
}

$1 == "key" {
	if (!($3 in help))
		help[$3] = $4
}

$1 == "action" && block == "actions" {
	if (!started++)
		print ".Bl -tag -width Ds"
	print ".It Cm " $2
	if ($2 == "none")
		print "nothing: the key is unbound"
	else {
		print text($4 != "" ? $4 : help[$2])
		if ($3 != "")
			print "(by default " keys_text($3) ")"
	}
}

# Keys in running text: "j, Down".
function keys_text(s) {
	gsub(/ /, ", ", s)
	return text(s)
}

END {
	if (open_opts)
		print ".El"
	if (started && block != "readme-keys")
		print ".El"
}
