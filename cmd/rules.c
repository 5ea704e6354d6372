/*
 * rules.c: `errata rules`, the rules a check would run: every built-in
 * check and every rule of the packs loaded, with its severity and whether
 * it is on after the configuration that applies in a folder. Editors'
 * users look up an id here; shell completion reads the ids from --ids.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "errata.h"
#include "cmd.h"

static const char rules_description[] =
	"List the rules 'errata check' would run on an article in FOLDER (default:\n"
	"the current folder): the built-in checks and the rules of the default\n"
	"packs, the configuration's packs and --rules folders, each with its id,\n"
	"its severity and whether it is on after the .errata.json found from\n"
	"FOLDER upward (or --config), and what it looks for.";

int cmd_rules(int argc, char **argv)
{
	const char *format = "text", *config = NULL;
	struct opt_list dirs = { NULL, 0 };
	int ids = 0;
	const struct opt options[] = {
		{ "format", 'f', OPT_STRING, &format, "FORMAT", "text (default) or json" },
		{ "config", 'c', OPT_STRING, &config, "FILE", "use this configuration instead of .errata.json" },
		{ "rules", 0, OPT_LIST, &dirs, "DIR", "also load the rule packs in DIR (repeatable)" },
		{ "ids", 0, OPT_FLAG, &ids, NULL, "print only the ids, one a line" },
		{ NULL, 0, OPT_END, NULL, NULL, NULL }
	};
	const struct opt_command command = {
		"errata rules [--format text|json] [--config FILE] [--rules DIR] [--ids] [FOLDER]",
		rules_description, options, NULL
	};
	errata_checker_options copts = ERRATA_CHECKER_OPTIONS_INIT;
	errata_checker *checker = NULL;
	errata_buf out = ERRATA_BUF_INIT;
	char **rest = NULL, *found = NULL;
	int nrest = 0, rc = EXIT_USAGE, r;
	cJSON *json = NULL, *list;

	r = opt_parse(&command, argc, argv, &rest, &nrest);
	if (r != OPT_OK) {
		rc = r == OPT_HELP ? (fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_USAGE) : EXIT_USAGE;
		goto cleanup;
	}
	if (nrest > 1 || (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)) {
		fprintf(stderr, "errata: %s\nusage: %s\n", nrest > 1 ? "one folder at most" :
		        "--format is text or json", command.usage);
		goto cleanup;
	}
	if (!config && errata_config_find(&found, nrest ? rest[0] : ".") < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	copts.config_path = config ? config : found;
	copts.rule_dirs = dirs.items;
	copts.rule_dir_count = dirs.count;
	if (errata_checker_new(&checker, &copts) < 0) {
		rc = cmd_fail();
		goto cleanup;
	}
	if (strcmp(format, "json") == 0 && !ids) {
		json = cJSON_CreateObject();
		list = cJSON_AddArrayToObject(json, "rules");
	}
	for (size_t i = 0; i < errata_checker_rule_count(checker); i++) {
		const errata_rule_info *ri = errata_checker_rule(checker, i);

		if (ids) {
			errata_buf_printf(&out, "%s\n", ri->id);
		} else if (json) {
			cJSON *o = cJSON_CreateObject();

			cJSON_AddStringToObject(o, "id", ri->id);
			cJSON_AddStringToObject(o, "severity", errata_severity_name(ri->severity));
			cJSON_AddBoolToObject(o, "enabled", ri->enabled);
			cJSON_AddStringToObject(o, "summary", ri->summary ? ri->summary : "");
			if (ri->help_uri)
				cJSON_AddStringToObject(o, "help_uri", ri->help_uri);
			cJSON_AddItemToArray(list, o);
		} else {
			errata_buf_printf(&out, "%-32s %-7s %-3s %s\n", ri->id,
			                  errata_severity_name(ri->severity), ri->enabled ? "on" : "off",
			                  ri->summary ? ri->summary : "");
		}
	}
	if (json) {
		char *text = cJSON_PrintUnformatted(json);

		if (!text || errata_buf_printf(&out, "%s\n", text) < 0) {
			cJSON_free(text);
			fprintf(stderr, "errata: out of memory\n");
			goto cleanup;
		}
		cJSON_free(text);
	}
	if (cmd_write_stdout(out.ptr ? out.ptr : "", out.size) < 0)
		goto cleanup;
	rc = EXIT_CLEAN;
cleanup:
	cJSON_Delete(json);
	errata_buf_dispose(&out);
	errata_checker_free(checker);
	free(found);
	opt_list_free(&dirs);
	return rc;
}
