/*
 * opt.c: the option parser every command shares (see opt.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "opt.h"

static const struct opt *find_long(const struct opt *o, const char *name, size_t len)
{
	for (; o->name; o++)
		if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
			return o;
	return NULL;
}

static const struct opt *find_short(const struct opt *o, char c)
{
	for (; o->name; o++)
		if (o->short_name && o->short_name == c)
			return o;
	return NULL;
}

static int store(const struct opt *o, const char *val)
{
	struct opt_list *l;
	const char **items;

	switch (o->kind) {
	case OPT_FLAG:
		*(int *)o->value = 1;
		return 0;
	case OPT_STRING:
		*(const char **)o->value = val;
		return 0;
	case OPT_LIST:
		l = o->value;
		items = realloc(l->items, (l->count + 1) * sizeof(*items));
		if (!items) {
			fprintf(stderr, "errata: out of memory\n");
			return -1;
		}
		items[l->count++] = val;
		l->items = items;
		return 0;
	case OPT_END:
		break;
	}
	return -1;
}

static int bad(const struct opt_command *cmd, const char *fmt, const char *what)
{
	cmd_error(fmt, what);   /* fmt is one of this file's literals */
	fprintf(stderr, "usage: %s\n(see --help)\n", cmd->usage);
	return -1;
}

int opt_parse(const struct opt_command *cmd, int argc, char **argv,
              char ***rest, int *nrest)
{
	int i, n = 0;

	/* Positional arguments are compacted to the front of argv+1. */
	for (i = 1; i < argc; i++) {
		char *a = argv[i];
		const struct opt *o;

		if (strcmp(a, "--") == 0) {
			for (i++; i < argc; i++)
				argv[1 + n++] = argv[i];
			break;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			opt_print_help(cmd, stdout);
			return OPT_HELP;
		}
		if (a[0] == '-' && a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);

			o = find_long(cmd->opts, name, len);
			if (!o)
				return bad(cmd, "unknown option '%s'", a);
			if (o->kind == OPT_FLAG) {
				if (eq)
					return bad(cmd, "option '%s' takes no value", a);
				store(o, NULL);
			} else if (eq) {
				if (store(o, eq + 1) < 0)
					return -1;
			} else {
				if (i + 1 >= argc)
					return bad(cmd, "option '%s' needs a value", a);
				if (store(o, argv[++i]) < 0)
					return -1;
			}
		} else if (a[0] == '-' && a[1] != '\0') {
			/* -x, -xVALUE, -x VALUE, and bundled flags -ab. */
			for (size_t k = 1; a[k]; k++) {
				char s[3] = { '-', a[k], '\0' };

				o = find_short(cmd->opts, a[k]);
				if (!o)
					return bad(cmd, "unknown option '%s'", s);
				if (o->kind == OPT_FLAG) {
					store(o, NULL);
					continue;
				}
				if (a[k + 1]) {
					if (store(o, a + k + 1) < 0)
						return -1;
				} else {
					if (i + 1 >= argc)
						return bad(cmd, "option '%s' needs a value", s);
					if (store(o, argv[++i]) < 0)
						return -1;
				}
				break;
			}
		} else {
			argv[1 + n++] = a;
		}
	}
	*rest = argv + 1;
	*nrest = n;
	return OPT_OK;
}

void opt_print_help(const struct opt_command *cmd, FILE *to)
{
	const struct opt *o;

	fprintf(to, "usage: %s\n", cmd->usage);
	if (cmd->description)
		fprintf(to, "\n%s\n", cmd->description);
	if (cmd->opts && cmd->opts->name) {
		fprintf(to, "\noptions:\n");
		for (o = cmd->opts; o->name; o++) {
			char left[64], shortpart[8] = "    ";

			if (o->short_name)
				snprintf(shortpart, sizeof(shortpart), "-%c, ", o->short_name);
			snprintf(left, sizeof(left), "%s--%s%s%s", shortpart, o->name,
			         o->arg ? " " : "", o->arg ? o->arg : "");
			fprintf(to, "  %-28s %s\n", left, o->help);
		}
	}
	fprintf(to, "  %-28s %s\n", "-h, --help", "show this help and exit");
	if (cmd->epilog)
		fprintf(to, "\n%s\n", cmd->epilog);
}

void opt_list_free(struct opt_list *l)
{
	free(l->items);
	l->items = NULL;
	l->count = 0;
}
