/*
 * config.c: the server's config file, a JSON object:
 *   {"listen": "127.0.0.1:8080", "threads": 8, "max_body": 65536,
 *    "rate_limit": {"per_minute": 10, "burst": 10},
 *    "editors": "editors.txt", "site_name": "…", "base_url": "https://…",
 *    "sitemap": [{"url": "https://news.example.org/STAR", "path": "articles/STAR.md"}],
 *    "contact_retention_days": 90, "report_memo": 256}
 * Every member is optional; unknown members are refused so a misspelt
 * setting is not silently ignored. A relative editors file is read from
 * the config file's folder. (STAR stands for an asterisk.)
 */
#include "serve/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

static int bad(const char *path, const char *key, const char *want)
{
	return errata__error(ERRATA_EINVALID, "%s: '%s' must be %s", path, key, want);
}

static int get_string(const char *path, const cJSON *v, const char *key, char **out)
{
	if (!cJSON_IsString(v) || !*v->valuestring)
		return bad(path, key, "a non-empty string");
	free(*out);
	*out = errata__strdup(v->valuestring);
	return *out ? 0 : errata__oom();
}

static int get_number(const char *path, const cJSON *v, const char *key, double min, double max,
                      double *out)
{
	char want[96];

	if (!cJSON_IsNumber(v) || v->valuedouble < min || v->valuedouble > max) {
		snprintf(want, sizeof(want), "a number from %g to %g", min, max);
		return bad(path, key, want);
	}
	*out = v->valuedouble;
	return 0;
}

/* A relative file named in the config is found beside the config. */
static int beside(const char *config, char **file)
{
	const char *slash = strrchr(config, '/');
	char *joined;

	if ((*file)[0] == '/' || !slash)
		return 0;
	if (!(joined = malloc((size_t)(slash - config) + strlen(*file) + 2)))
		return errata__oom();
	sprintf(joined, "%.*s/%s", (int)(slash - config), config, *file);
	free(*file);
	*file = joined;
	return 0;
}

static int one_star(const char *s)
{
	const char *star = strchr(s, '*');

	return star && !strchr(star + 1, '*');
}

static int load_sitemap(errata__serve_config *cfg, const char *path, const cJSON *arr)
{
	const cJSON *e;
	int n = cJSON_GetArraySize(arr), error = 0;

	if (!cJSON_IsArray(arr))
		return bad(path, "sitemap", "a list of {\"url\": …, \"path\": …}");
	if (!(cfg->sitemap = calloc((size_t)n + 1, sizeof(*cfg->sitemap))))
		return errata__oom();
	cJSON_ArrayForEach(e, arr) {
		const cJSON *u = cJSON_GetObjectItemCaseSensitive(e, "url");
		const cJSON *p = cJSON_GetObjectItemCaseSensitive(e, "path");
		errata__site_rule *rule = &cfg->sitemap[cfg->nsitemap];

		if (!cJSON_IsObject(e) || cJSON_GetArraySize(e) != 2 || !cJSON_IsString(u) ||
		    !cJSON_IsString(p) || !one_star(u->valuestring) || !one_star(p->valuestring))
			return bad(path, "sitemap",
			           "a list of {\"url\": PATTERN, \"path\": PATTERN}, each pattern with one '*'");
		rule->url = errata__strdup(u->valuestring);
		rule->path = errata__strdup(p->valuestring);
		cfg->nsitemap++;
		if (!rule->url || !rule->path)
			return errata__oom();
	}
	return error;
}

int errata__serve_config_load(errata__serve_config *cfg, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	cJSON *root = NULL, *v;
	double d;
	int error;

	memset(cfg, 0, sizeof(*cfg));
	cfg->threads = 8;
	cfg->max_body = 64 * 1024;
	cfg->rate = 10.0 / 60.0;
	cfg->burst = 10;
	cfg->memo_entries = 256;
	if (!path)
		return 0;
	if ((error = errata__read_file(path, 1024 * 1024, &data, &len)) < 0)
		return error;
	if (!(root = cJSON_ParseWithLength(data, len)) || !cJSON_IsObject(root)) {
		error = errata__error(ERRATA_EINVALID, "%s: not a JSON object", path);
		goto cleanup;
	}
	cJSON_ArrayForEach(v, root) {
		const char *k = v->string;

		if (strcmp(k, "listen") == 0) {
			error = get_string(path, v, k, &cfg->listen);
		} else if (strcmp(k, "threads") == 0) {
			if ((error = get_number(path, v, k, 1, 256, &d)) == 0)
				cfg->threads = (unsigned)d;
		} else if (strcmp(k, "max_body") == 0) {
			if ((error = get_number(path, v, k, 1024, 16 * 1024 * 1024, &d)) == 0)
				cfg->max_body = (size_t)d;
		} else if (strcmp(k, "rate_limit") == 0) {
			const cJSON *pm = cJSON_GetObjectItemCaseSensitive(v, "per_minute");
			const cJSON *b = cJSON_GetObjectItemCaseSensitive(v, "burst");

			if (cJSON_IsFalse(v)) {
				cfg->rate = 0;
				continue;
			}
			if (!cJSON_IsObject(v) || !pm || cJSON_GetArraySize(v) != (b ? 2 : 1)) {
				error = bad(path, k, "false or {\"per_minute\": N, \"burst\": N}");
			} else if ((error = get_number(path, pm, "rate_limit.per_minute", 0.01, 1e6, &d)) == 0) {
				cfg->rate = d / 60.0;
				cfg->burst = d < 1 ? 1 : d;
				if (b && (error = get_number(path, b, "rate_limit.burst", 1, 1e6, &d)) == 0)
					cfg->burst = d;
			}
		} else if (strcmp(k, "editors") == 0) {
			if ((error = get_string(path, v, k, &cfg->editors)) == 0)
				error = beside(path, &cfg->editors);
		} else if (strcmp(k, "site_name") == 0) {
			error = get_string(path, v, k, &cfg->site_name);
		} else if (strcmp(k, "base_url") == 0) {
			if ((error = get_string(path, v, k, &cfg->base_url)) == 0) {
				size_t n = strlen(cfg->base_url);

				while (n && cfg->base_url[n - 1] == '/')
					cfg->base_url[--n] = '\0';
			}
		} else if (strcmp(k, "sitemap") == 0) {
			error = load_sitemap(cfg, path, v);
		} else if (strcmp(k, "contact_retention_days") == 0) {
			if ((error = get_number(path, v, k, 0, 100000, &d)) == 0)
				cfg->retention_days = (long)d;
		} else if (strcmp(k, "report_memo") == 0) {
			if ((error = get_number(path, v, k, 0, 65536, &d)) == 0)
				cfg->memo_entries = (size_t)d;
		} else {
			error = errata__error(ERRATA_EINVALID, "%s: unknown setting '%s'", path, k);
		}
		if (error < 0)
			goto cleanup;
	}
cleanup:
	cJSON_Delete(root);
	free(data);
	if (error < 0)
		errata__serve_config_dispose(cfg);
	return error;
}

void errata__serve_config_dispose(errata__serve_config *cfg)
{
	free(cfg->listen);
	free(cfg->editors);
	free(cfg->site_name);
	free(cfg->base_url);
	for (size_t i = 0; i < cfg->nsitemap; i++) {
		free(cfg->sitemap[i].url);
		free(cfg->sitemap[i].path);
	}
	free(cfg->sitemap);
	memset(cfg, 0, sizeof(*cfg));
}
