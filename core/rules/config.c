/*
 * config.c: reading .errata.json and finding the one that applies to an
 * article (the first in its folder or a parent folder). Every key is
 * checked; an unknown key is an error naming it, so a typo never silently
 * turns a setting off.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>

#include "common.h"
#include "errata/checker.h"
#include "rules/config.h"
#include "rules/rules.h"

#define CONFIG_NAME ".errata.json"

void errata__config_free(errata__config *cfg)
{
	if (!cfg)
		return;
	free(cfg->path);
	free(cfg->lang);
	free(cfg->messages);
	for (size_t i = 0; i < cfg->rule_dir_count; i++)
		free(cfg->rule_dirs[i]);
	free(cfg->rule_dirs);
	for (size_t i = 0; i < cfg->enable_count; i++)
		free(cfg->enable[i]);
	free(cfg->enable);
	for (size_t i = 0; i < cfg->disable_count; i++)
		free(cfg->disable[i]);
	free(cfg->disable);
	for (size_t i = 0; i < cfg->severity_count; i++)
		free(cfg->severity_ids[i]);
	free(cfg->severity_ids);
	free(cfg->severity_values);
	for (size_t i = 0; i < cfg->facts_count; i++)
		free(cfg->facts[i]);
	free(cfg->facts);
	free(cfg);
}

/* The folder part of a path ("." when there is none); malloc'd. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return errata__strdup(".");
	if (slash == path)
		return errata__strdup("/");
	return errata__strndup(path, (size_t)(slash - path));
}

/* base/rel, or rel itself when absolute; malloc'd. */
static char *join(const char *base, const char *rel)
{
	size_t n;
	char *p;

	if (rel[0] == '/' || strcmp(base, ".") == 0)
		return errata__strdup(rel);
	n = strlen(base) + strlen(rel) + 2;
	if (!(p = malloc(n)))
		return NULL;
	snprintf(p, n, "%s%s%s", base, base[strlen(base) - 1] == '/' ? "" : "/", rel);
	return p;
}

static int string_list(const char *path, const cJSON *v, const char *key,
                       const char *base, char ***out, size_t *count)
{
	const cJSON *it;
	size_t n = 0;

	if (!cJSON_IsArray(v))
		return errata__error(ERRATA_EINVALID, "%s: \"%s\" must be an array of strings", path, key);
	*out = calloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
	if (!*out)
		return errata__oom();
	cJSON_ArrayForEach(it, v) {
		if (!cJSON_IsString(it) || !it->valuestring || !it->valuestring[0])
			return errata__error(ERRATA_EINVALID, "%s: \"%s\" must be an array of non-empty strings",
			                     path, key);
		(*out)[n] = base ? join(base, it->valuestring) : errata__strdup(it->valuestring);
		if (!(*out)[n])
			return errata__oom();
		*count = ++n;
	}
	return 0;
}

int errata__config_load_buffer(errata__config **out, const char *path,
                               const char *data, size_t len)
{
	errata__config *cfg = NULL;
	cJSON *root = NULL;
	const cJSON *it;
	char *base = NULL;
	int error;

	*out = NULL;
	if ((error = errata__json_parse(&root, path, data, len)))
		return error;
	if (!cJSON_IsObject(root)) {
		error = errata__error(ERRATA_EINVALID, "%s: a config is a JSON object", path);
		goto cleanup;
	}
	if (!(cfg = calloc(1, sizeof(*cfg))) || !(cfg->path = errata__strdup(path)) ||
	    !(base = dir_of(path))) {
		error = errata__oom();
		goto cleanup;
	}
	cJSON_ArrayForEach(it, root) {
		const char *key = it->string;

		for (const cJSON *prev = root->child; prev != it; prev = prev->next) {
			if (strcmp(prev->string, key) == 0) {
				error = errata__error(ERRATA_EINVALID, "%s: key '%s' appears twice", path, key);
				goto cleanup;
			}
		}

		if (strcmp(key, "lang") == 0) {
			if (!cJSON_IsString(it) || !it->valuestring[0]) {
				error = errata__error(ERRATA_EINVALID, "%s: \"lang\" must be a language code such as \"en\"", path);
				goto cleanup;
			}
			free(cfg->lang);
			if (!(cfg->lang = errata__strdup(it->valuestring))) {
				error = errata__oom();
				goto cleanup;
			}
		} else if (strcmp(key, "messages") == 0) {
			if (!cJSON_IsString(it) || !it->valuestring[0]) {
				error = errata__error(ERRATA_EINVALID, "%s: \"messages\" must be a language code such as \"en\"", path);
				goto cleanup;
			}
			free(cfg->messages);
			if (!(cfg->messages = errata__strdup(it->valuestring))) {
				error = errata__oom();
				goto cleanup;
			}
		} else if (strcmp(key, "date_order") == 0) {
			const char *v = cJSON_IsString(it) ? it->valuestring : "";

			if (strcmp(v, "mdy") == 0)
				cfg->order = ERRATA_ORDER_MDY;
			else if (strcmp(v, "dmy") == 0)
				cfg->order = ERRATA_ORDER_DMY;
			else if (strcmp(v, "ymd") == 0)
				cfg->order = ERRATA_ORDER_YMD;
			else if (strcmp(v, "auto") == 0)
				cfg->order = ERRATA_ORDER_AUTO;
			else {
				error = errata__error(ERRATA_EINVALID, "%s: \"date_order\" must be \"mdy\", \"dmy\", \"ymd\" or \"auto\"", path);
				goto cleanup;
			}
		} else if (strcmp(key, "rules") == 0) {
			if ((error = string_list(path, it, key, base, &cfg->rule_dirs, &cfg->rule_dir_count)))
				goto cleanup;
		} else if (strcmp(key, "facts") == 0) {
			if ((error = string_list(path, it, key, base, &cfg->facts, &cfg->facts_count)))
				goto cleanup;
		} else if (strcmp(key, "enable") == 0) {
			if ((error = string_list(path, it, key, NULL, &cfg->enable, &cfg->enable_count)))
				goto cleanup;
		} else if (strcmp(key, "disable") == 0) {
			if ((error = string_list(path, it, key, NULL, &cfg->disable, &cfg->disable_count)))
				goto cleanup;
		} else if (strcmp(key, "severity") == 0) {
			const cJSON *s;
			size_t n = (size_t)cJSON_GetArraySize(it);

			if (!cJSON_IsObject(it)) {
				error = errata__error(ERRATA_EINVALID, "%s: \"severity\" must be an object of rule ids and severities", path);
				goto cleanup;
			}
			cfg->severity_ids = calloc(n + 1, sizeof(char *));
			cfg->severity_values = calloc(n + 1, sizeof(errata_severity));
			if (!cfg->severity_ids || !cfg->severity_values) {
				error = errata__oom();
				goto cleanup;
			}
			cJSON_ArrayForEach(s, it) {
				errata_severity sev;

				if (!cJSON_IsString(s) || errata_severity_parse(s->valuestring, &sev) < 0) {
					error = errata__error(ERRATA_EINVALID, "%s: \"severity\": '%s' must be \"error\", \"warning\" or \"info\"",
					                      path, s->string);
					goto cleanup;
				}
				if (!(cfg->severity_ids[cfg->severity_count] = errata__strdup(s->string))) {
					error = errata__oom();
					goto cleanup;
				}
				cfg->severity_values[cfg->severity_count++] = sev;
			}
		} else if (strcmp(key, "max_size") == 0) {
			if (!cJSON_IsNumber(it) || it->valuedouble < 1 || it->valuedouble > 1e15 ||
			    it->valuedouble != (double)(long long)it->valuedouble) {
				error = errata__error(ERRATA_EINVALID, "%s: \"max_size\" must be a positive number of bytes", path);
				goto cleanup;
			}
			cfg->max_size = (size_t)it->valuedouble;
		} else {
			error = errata__error(ERRATA_EINVALID, "%s: unknown key '%s' (known: lang, messages, date_order, rules, enable, disable, severity, facts, max_size)",
			                      path, key);
			goto cleanup;
		}
	}
	*out = cfg;
	cfg = NULL;
cleanup:
	errata__config_free(cfg);
	cJSON_Delete(root);
	free(base);
	return error;
}

int errata__config_load(errata__config **out, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	int error;

	*out = NULL;
	if ((error = errata__read_regular_file(path, (size_t)1 << 20, &data, &len)))
		return error;
	error = errata__config_load_buffer(out, path, data, len);
	free(data);
	return error;
}

int errata_config_find(char **out, const char *dir)
{
	char *cur = NULL, *candidate;
	int error = 0;

	*out = NULL;
	if (!dir || !dir[0])
		dir = ".";
	if (!(cur = realpath(dir, NULL))) {
		if (errno == ENOMEM)
			return errata__oom();
		/* No such folder: no config applies (reading the file will fail
		 * with the message that matters). */
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		return errata__error(ERRATA_EIO, "%s: %s", dir, errata__strerror(errno));
	}
	/* one buffer for every candidate: the folders only get shorter */
	if (!(candidate = malloc(strlen(cur) + sizeof(CONFIG_NAME) + 1))) {
		free(cur);
		return errata__oom();
	}
	for (;;) {
		size_t n = strlen(cur);
		struct stat st;
		char *slash;

		memcpy(candidate, cur, n);
		if (strcmp(cur, "/"))
			candidate[n++] = '/';
		memcpy(candidate + n, CONFIG_NAME, sizeof(CONFIG_NAME));
		/*
		 * Nothing there, the usual case, costs one lstat(); a link is
		 * followed to what it names.
		 */
		if (lstat(candidate, &st) == 0) {
			if (S_ISLNK(st.st_mode) && stat(candidate, &st) != 0) {
				error = errata__error(ERRATA_EINVALID, "%s: a symbolic link to a file that "
				                      "does not exist", candidate);
			} else if (S_ISREG(st.st_mode)) {
				*out = candidate;
				candidate = NULL;
			} else {
				/* there but not a file: say so rather than skip a setting in silence */
				error = errata__error(ERRATA_EINVALID, "%s: is a %s, not a configuration file",
				                      candidate, S_ISDIR(st.st_mode) ? "folder" : "special file");
			}
			break;
		}
		if (strcmp(cur, "/") == 0)
			break;
		slash = strrchr(cur, '/');
		if (slash == cur)
			cur[1] = '\0';
		else if (slash)
			*slash = '\0';
		else
			break;
	}
	free(candidate);
	free(cur);
	return error;
}
