/*
 * The tables as data for the man page test, and the bash completion made
 * from the command table.
 *
 * Nothing here is written by hand twice: a command, option or key added to
 * its table shows up in the completion at once, and in the dump that
 * tests/cli/man.sh compares with man/kanbao.1 and man/kanbao.5, so the man
 * pages fail the tests until they say the same.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/cli-doc.h"
#include "kanbao/cli.h"
#include "kanbao/config.h"
#include "kanbao/theme.h"
#include "kanbao/view.h"

void
cli_doc_dump(FILE *f)
{
	const struct cli_entry	  *e;
	const struct cli_option	  *o;
	const struct view_command *k, *a;
	const char		  *name, *sep;
	char			 **themes;
	size_t			   i, n;

	for (o = cli_global_options; o->flag != NULL; o++)
		fprintf(f, "global\t%s\t%s\n", o->flag, o->help);
	for (e = cli_table; e->name != NULL; e++) {
		fprintf(f, "command\t%s\t%s\t%s\n", e->name, e->usage,
		    e->summary);
		for (o = e->options; o != NULL && o->flag != NULL; o++)
			fprintf(f, "option\t%s\t%s\t%s\n", e->name, o->flag,
			    o->help);
	}
	for (k = view_commands; k->name != NULL || k->keys != NULL; k++) {
		if (k->keys == NULL)
			continue;
		name =
		    k->cmd == VIEW_CMD_MOUSE ? "-" : config_action_name(k->cmd);
		fprintf(f, "key\t%s\t%s\t%s\n", k->keys,
		    name != NULL ? name : "?", k->help);
	}
	for (a = view_commands; a->name != NULL || a->keys != NULL; a++) {
		if (a->name == NULL)
			continue;
		fprintf(f, "action\t%s\t", a->name);
		sep = "";
		for (k = view_commands; k->name != NULL || k->keys != NULL;
		     k++) {
			if (k->cmd == a->cmd && a->cmd != VIEW_CMD_NONE &&
			    k->keys != NULL) {
				fprintf(f, "%s%s", sep, k->keys);
				sep = " ";
			}
		}
		fprintf(f, "\t%s\n", a->help);
	}
	for (i = 0; i < THEME_NELEMS; i++)
		fprintf(f, "element\t%s\n", theme_elem_names[i]);
	n = theme_names(&themes);
	for (i = 0; i < n; i++)
		fprintf(f, "theme\t%s\n", themes[i]);
	theme_names_free(themes, n);
}

/* Whether s (len bytes) is a lower-case word or a|b|c of them. */
static int
cli_doc_words(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || !islower((unsigned char)s[0]))
		return (0);
	for (i = 0; i < len; i++) {
		if (!islower((unsigned char)s[i]) && s[i] != '|' && s[i] != '-')
			return (0);
	}
	return (1);
}

/*
 * The choices a usage line spells out (issues|pages|articles), space
 * separated: after flag ("--format" in "--format md|json|txt"), or, with
 * flag NULL, those not after any option.  Caller frees; "" if none.
 */
static char *
cli_doc_choices(const char *usage, const char *flag)
{
	const char *p = usage, *w, *prev = NULL;
	size_t	    len, prevlen = 0, i;
	char	   *out = xstrdup(""), *tmp;

	while (*p != '\0') {
		p += strspn(p, " []");
		w = p;
		p += strcspn(p, " []");
		if ((len = (size_t)(p - w)) == 0)
			continue;
		if (len > 2 && strncmp(w, "--", 2) == 0) {
			prev = w;
			prevlen = len;
			continue;
		}
		if (cli_doc_words(w, len) &&
		    (flag == NULL ? prev == NULL :
				    prev != NULL && strlen(flag) == prevlen &&
				strncmp(flag, prev, prevlen) == 0)) {
			xasprintf(&tmp, "%s%s%.*s", out,
			    *out != '\0' ? " " : "", (int)len, w);
			free(out);
			out = tmp;
		}
		prev = NULL;
	}
	for (i = 0; out[i] != '\0'; i++) {
		if (out[i] == '|')
			out[i] = ' ';
	}
	return (out);
}

/* Prints the completion case of one command. */
static void
cli_doc_command(FILE *f, const struct cli_entry *e)
{
	const struct cli_option *o;
	char			*words, *choices;
	size_t			 n;

	words = cli_doc_choices(e->usage, NULL);
	fprintf(f, "\t%s)\n\t\twords=\"%s%s--help", e->name, words,
	    *words != '\0' ? " " : "");
	free(words);
	for (o = e->options; o != NULL && o->flag != NULL; o++)
		fprintf(f, " %.*s", (int)strcspn(o->flag, " "), o->flag);
	fprintf(f, "\"\n\t\tcase $prev in\n");
	for (o = e->options; o != NULL && o->flag != NULL; o++) {
		if (strchr(o->flag, ' ') == NULL)
			continue;
		n = strcspn(o->flag, " ");
		words = xstrndup(o->flag, n);
		choices = cli_doc_choices(e->usage, words);
		/* An argument with no choices: nothing to offer. */
		if (*choices != '\0')
			fprintf(f, "\t\t%s) vals=\"%s\" ;;\n", words, choices);
		else
			fprintf(f, "\t\t%s) return ;;\n", words);
		free(choices);
		free(words);
	}
	fprintf(f, "\t\tesac ;;\n");
}

int
cli_doc_completion(FILE *f, const char *shell)
{
	const struct cli_entry	*e;
	const struct cli_option *o;
	const char		*sp;

	if (strcmp(shell, "bash") != 0)
		return (-1);
	fprintf(f,
	    "# bash completion for kanbao; made by kanbao --completion bash\n"
	    "# from its command table.\n"
	    "_kanbao()\n"
	    "{\n"
	    "\tlocal cur prev cmd i vals words\n"
	    "\tcur=${COMP_WORDS[COMP_CWORD]}\n"
	    "\tprev=${COMP_WORDS[COMP_CWORD-1]}\n"
	    "\tcmd=\n"
	    "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	    "\t\tcase ${COMP_WORDS[i]} in\n");
	/* Options taking an argument skip it when finding the command. */
	fprintf(f, "\t\t");
	sp = "";
	for (o = cli_global_options; o->flag != NULL; o++) {
		if (strchr(o->flag, ' ') != NULL) {
			fprintf(f, "%s%.*s", sp, (int)strcspn(o->flag, " "),
			    o->flag);
			sp = "|";
		}
	}
	fprintf(f,
	    ") ((i++)) ;;\n"
	    "\t\t-*) ;;\n"
	    "\t\t*) cmd=${COMP_WORDS[i]}; break ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\tcase $prev in\n"
	    "\t--theme)\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$(kanbao --dump-tables "
	    "2>/dev/null | sed -n 's/^theme\\t//p')\" -- \"$cur\"))\n"
	    "\t\treturn ;;\n"
	    "\t--completion)\n"
	    "\t\tCOMPREPLY=($(compgen -W bash -- \"$cur\"))\n"
	    "\t\treturn ;;\n"
	    "\t--db)\n"
	    "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n"
	    "\t\treturn ;;\n"
	    "\tesac\n"
	    "\tvals=\n"
	    "\tcase $cmd in\n"
	    "\t'')\n"
	    "\t\twords=\"");
	sp = "";
	for (e = cli_table; e->name != NULL; e++) {
		fprintf(f, "%s%s", sp, e->name);
		sp = " ";
	}
	for (o = cli_global_options; o->flag != NULL; o++)
		fprintf(f, " %.*s", (int)strcspn(o->flag, " "), o->flag);
	fprintf(f, "\" ;;\n");
	for (e = cli_table; e->name != NULL; e++)
		cli_doc_command(f, e);
	fprintf(f,
	    "\t*) return ;;\n"
	    "\tesac\n"
	    "\tif [[ -n $vals ]]; then\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$vals\" -- \"$cur\"))\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tif [[ $cur == -* ]]; then\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
	    "\telse\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\" | "
	    "grep -v '^-'))\n"
	    "\tfi\n"
	    "}\n"
	    "complete -o default -F _kanbao kanbao\n");
	return (0);
}
