/*
 * test_output.c: the formatters (text, JSON, SARIF, GitHub), compared
 * exactly on findings built by hand on small documents, their escaping,
 * and the streaming API that errata check uses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <cjson/cJSON.h>

#include "errata.h"
#include "output/format.h"

/* "Café talks open on Tuesday, January 7, 2026." and a second line. */
static const char article[] =
	"Caf\xc3\xa9 talks open on Tuesday, January 7, 2026.\n"
	"Delegates leave the the next day.\n";

struct fixture {
	errata_doc *doc;
	errata_findings *list;
	errata_buf out;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	const char *sugg[] = { "Wednesday, January 7, 2026", "Tuesday, January 6, 2026" };
	const char *span = strstr(article, "Tuesday");
	const char *dup = strstr(article, "the the");

	if (!fx || errata_doc_load_buffer(&fx->doc, "news/visit.txt", article,
	                                  sizeof(article) - 1, NULL) < 0 ||
	    errata_findings_new(&fx->list) < 0)
		return -1;
	if (errata_findings_add(fx->list, fx->doc, "date.weekday", ERRATA_SEVERITY_ERROR,
	                        (size_t)(span - article), strlen("Tuesday, January 7, 2026"),
	                        "January 7, 2026 is a Wednesday", sugg, 2) < 0 ||
	    errata_findings_add(fx->list, fx->doc, "style.doubled", ERRATA_SEVERITY_INFO,
	                        (size_t)(dup - article), 7, "the word 'the' is doubled",
	                        NULL, 0) < 0)
		return -1;
	errata_findings_seal(fx->list, 0);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;

	errata_findings_free(fx->list);
	errata_doc_free(fx->doc);
	errata_buf_dispose(&fx->out);
	free(fx);
	return 0;
}

static const char *fp(const struct fixture *fx, size_t i)
{
	return errata_findings_get(fx->list, i)->fingerprint;
}

static void test_output_format_parse(void **state)
{
	errata_output_format f = ERRATA_OUTPUT_TEXT;

	(void)state;
	assert_int_equal(errata_output_format_parse("json", &f), 0);
	assert_int_equal(f, ERRATA_OUTPUT_JSON);
	assert_int_equal(errata_output_format_parse("sarif", &f), 0);
	assert_int_equal(f, ERRATA_OUTPUT_SARIF);
	assert_int_equal(errata_output_format_parse("github", &f), 0);
	assert_int_equal(f, ERRATA_OUTPUT_GITHUB);
	assert_int_equal(errata_output_format_parse("text", &f), 0);
	assert_int_equal(f, ERRATA_OUTPUT_TEXT);
	assert_int_equal(errata_output_format_parse("JSON", &f), ERRATA_EINVALID);
	assert_string_equal(errata_error_last(),
	                    "unknown output format 'JSON' (use text, json, sarif or github)");
	assert_int_equal(errata_output_format_parse("", &f), ERRATA_EINVALID);
}

static void test_output_text_exact(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_TEXT, fx->list, NULL), 0);
	assert_string_equal(fx->out.ptr,
		"news/visit.txt:1:20: error: January 7, 2026 is a Wednesday [date.weekday]\n"
		"    suggestion: Wednesday, January 7, 2026\n"
		"    suggestion: Tuesday, January 6, 2026\n"
		"news/visit.txt:2:17: info: the word 'the' is doubled [style.doubled]\n");
}

static void test_output_text_escapes_controls(void **state)
{
	struct fixture *fx = *state;
	const char *sugg[] = { "two\nlines" };
	errata_findings *list = NULL;

	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, fx->doc, "x.rule", ERRATA_SEVERITY_WARNING,
	                                     0, 4, "tab\there\r\nand \x01", sugg, 1), 0);
	errata_findings_seal(list, 0);
	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_TEXT, list, NULL), 0);
	assert_string_equal(fx->out.ptr,
		"news/visit.txt:1:1: warning: tab\\there\\r\\nand \\x01 [x.rule]\n"
		"    suggestion: two\\nlines\n");
	errata_findings_free(list);
}

/*
 * The text format writes a message as errata_buf_put_safe() does, whatever
 * stands where in it: every byte that is escaped, or that opens a
 * workflow command, at each place in an eight-byte word and in the tail.
 */
static void test_output_text_same_as_put_safe(void **state)
{
	static const char *const odd[] = {
		"\x01", "\x7f", "##[", "#[", "[", "::", "  ::", ":", ": :", "\xc2\x85",
		"\xe2\x80\xae", "\xff", "caf\xc3\xa9", "\t", "~", " ",
	};
	struct fixture *fx = *state;
	char msg[64];
	errata_buf want = ERRATA_BUF_INIT;

	for (size_t k = 0; k < sizeof(odd) / sizeof(odd[0]); k++) {
		for (int before = 0; before < 19; before++) {
			errata_findings *list = NULL;

			snprintf(msg, sizeof(msg), "%.*s%s tail", before, "abcdefghijklmnopqrstuvwxyz", odd[k]);
			assert_int_equal(errata_findings_new(&list), 0);
			assert_int_equal(errata_findings_add(list, fx->doc, "x.rule", ERRATA_SEVERITY_WARNING,
			                                     0, 1, msg, NULL, 0), 0);
			errata_buf_clear(&fx->out);
			assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_TEXT, list, NULL), 0);
			errata_buf_clear(&want);
			assert_int_equal(errata_buf_puts(&want, "news/visit.txt:1:1: warning: "), 0);
			assert_int_equal(errata_buf_put_safe(&want, msg), 0);
			assert_int_equal(errata_buf_puts(&want, " [x.rule]\n"), 0);
			assert_string_equal(fx->out.ptr, want.ptr);
			errata_findings_free(list);
		}
	}
	/* what the escaping gives, so that the comparison above cannot pass on two wrong answers */
	errata_buf_clear(&want);
	assert_int_equal(errata_buf_put_safe(&want, "  ::a ##[b \x7f"), 0);
	assert_string_equal(want.ptr, "  \\x3a:a ##\\x5bb \\x7f");
	errata_buf_dispose(&want);
}

static void test_output_json_exact(void **state)
{
	struct fixture *fx = *state;
	errata_output_options opts = ERRATA_OUTPUT_OPTIONS_INIT;
	char want[2048];

	opts.files_checked = 1;
	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_JSON, fx->list, &opts), 0);
	snprintf(want, sizeof(want),
		"{\"version\":1,\"findings\":[\n"
		"{\"path\":\"news/visit.txt\",\"rule\":\"date.weekday\",\"severity\":\"error\","
		"\"message\":\"January 7, 2026 is a Wednesday\",\"line\":1,\"column\":20,"
		"\"end_line\":1,\"end_column\":44,\"offset\":20,\"length\":24,"
		"\"text\":\"Tuesday, January 7, 2026\","
		"\"suggestions\":[\"Wednesday, January 7, 2026\",\"Tuesday, January 6, 2026\"],"
		"\"fingerprint\":\"%s\"},\n"
		"{\"path\":\"news/visit.txt\",\"rule\":\"style.doubled\",\"severity\":\"info\","
		"\"message\":\"the word 'the' is doubled\",\"line\":2,\"column\":17,"
		"\"end_line\":2,\"end_column\":24,\"offset\":62,\"length\":7,"
		"\"text\":\"the the\",\"suggestions\":[],\"fingerprint\":\"%s\"}\n"
		"],\"summary\":{\"files\":1,\"errors\":1,\"warnings\":0,\"infos\":1,\"failed\":0}}\n",
		fp(fx, 0), fp(fx, 1));
	assert_string_equal(fx->out.ptr, want);
	assert_int_equal(strlen(fp(fx, 0)), 16);
}

static void test_output_json_empty_and_failed(void **state)
{
	struct fixture *fx = *state;
	errata_output_options opts = ERRATA_OUTPUT_OPTIONS_INIT;

	opts.files_checked = 3;
	opts.files_failed = 2;
	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_JSON, NULL, &opts), 0);
	assert_string_equal(fx->out.ptr,
		"{\"version\":1,\"findings\":[],\"summary\":{\"files\":3,\"errors\":0,"
		"\"warnings\":0,\"infos\":0,\"failed\":2}}\n");
}

static void test_output_json_escapes_strings(void **state)
{
	struct fixture *fx = *state;
	errata_findings *list = NULL;
	cJSON *root, *f;

	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, fx->doc, "x.rule", ERRATA_SEVERITY_WARNING,
	                                     0, 5, "say \"no\"\\\n\tnow", NULL, 0), 0);
	errata_findings_seal(list, 0);
	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_JSON, list, NULL), 0);
	root = cJSON_Parse(fx->out.ptr);
	assert_non_null(root);
	f = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "findings"), 0);
	assert_string_equal(cJSON_GetObjectItem(f, "message")->valuestring, "say \"no\"\\\n\tnow");
	assert_string_equal(cJSON_GetObjectItem(f, "text")->valuestring, "Caf\xc3\xa9");
	cJSON_Delete(root);
	errata_findings_free(list);
}

static void test_output_github_exact(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_GITHUB, fx->list, NULL), 0);
	assert_string_equal(fx->out.ptr,
		"::error file=news/visit.txt,line=1,col=20,endLine=1,endColumn=44,title=date.weekday::"
		"January 7, 2026 is a Wednesday%0Asuggestion: Wednesday, January 7, 2026"
		"%0Asuggestion: Tuesday, January 6, 2026\n"
		"::notice file=news/visit.txt,line=2,col=17,endLine=2,endColumn=24,title=style.doubled::"
		"the word 'the' is doubled\n");
}

static void test_output_github_escaping(void **state)
{
	struct fixture *fx = *state;
	errata_doc *doc = NULL;
	errata_findings *list = NULL;

	(void)fx;
	assert_int_equal(errata__output_github_escape_data(&fx->out, "100% a:b,c\r\nd"), 0);
	assert_string_equal(fx->out.ptr, "100%25 a:b,c%0D%0Ad");
	errata_buf_clear(&fx->out);
	assert_int_equal(errata__output_github_escape_property(&fx->out, "100% a:b,c\r\nd"), 0);
	assert_string_equal(fx->out.ptr, "100%25 a%3Ab%2Cc%0D%0Ad");
	errata_buf_clear(&fx->out);
	/* what acts on a terminal or a log viewer is written as text; a tab stays */
	assert_int_equal(errata__output_github_escape_data(&fx->out,
		"a\033]0;t\007b\tc\177d\xc2\x9b" "e\xe2\x80\xae" "f\xff" "g\xc3\xa9"), 0);
	assert_string_equal(fx->out.ptr,
		"a\\x1b]0;t\\x07b\tc\\x7fd\\u009be\\u202ef\\xffg\xc3\xa9");
	errata_buf_clear(&fx->out);
	/* a name that is not UTF-8 gets its bytes percent-encoded; a valid one nothing */
	assert_int_equal(errata_output_path_bytes(&fx->out, "news/caf\xc3\xa9.md"), 0);
	assert_int_equal(fx->out.size, 0);
	assert_int_equal(errata_output_path_bytes(&fx->out, "news/caf\xe9 50%.md"), 1);
	assert_string_equal(fx->out.ptr, "news/caf%E9%2050%25.md");
	errata_buf_clear(&fx->out);
	assert_int_equal(errata_output_path_bytes(&fx->out, "a\xed\xa0\x80.md"), 1);   /* a surrogate */
	assert_string_equal(fx->out.ptr, "a%ED%A0%80.md");
	errata_buf_clear(&fx->out);
	assert_int_equal(errata__output_github_escape_property(&fx->out, "x\033[2J.md"), 0);
	assert_string_equal(fx->out.ptr, "x\\x1b[2J.md");
	errata_buf_clear(&fx->out);

	/* In a whole command: the path and title are properties, the message data. */
	assert_int_equal(errata_doc_load_buffer(&doc, "a,b:c%.txt", "x\n", 2, NULL), 0);
	assert_int_equal(errata_findings_new(&list), 0);
	assert_int_equal(errata_findings_add(list, doc, "pack:rule,1", ERRATA_SEVERITY_WARNING,
	                                     0, 1, "50% off: a,b\nnext\rline", NULL, 0), 0);
	errata_findings_seal(list, 0);
	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_GITHUB, list, NULL), 0);
	assert_string_equal(fx->out.ptr,
		"::warning file=a%2Cb%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=2,"
		"title=pack%3Arule%2C1::50%25 off: a,b%0Anext%0Dline\n");
	errata_findings_free(list);
	errata_doc_free(doc);
}

/* GitHub's escaping of ASCII, byte by byte: the reference for the test below. */
static void github_reference(errata_buf *b, const char *s, int property)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '%')
			errata_buf_puts(b, "%25");
		else if (c == '\r')
			errata_buf_puts(b, "%0D");
		else if (c == '\n')
			errata_buf_puts(b, "%0A");
		else if (property && c == ':')
			errata_buf_puts(b, "%3A");
		else if (property && c == ',')
			errata_buf_puts(b, "%2C");
		else if ((c < 0x20 && c != '\t') || c == 0x7f)
			errata_buf_printf(b, "\\x%02x", c);
		else
			errata_buf_putc(b, (char)c);
	}
}

/* Each byte GitHub's commands escape, at every place in an eight-byte word and in the tail. */
static void test_output_github_escapes_everywhere(void **state)
{
	static const char odd[] = "%\r\n:,\x01\x1f\x7f\t~ ";
	errata_buf got = ERRATA_BUF_INIT, want = ERRATA_BUF_INIT;
	char s[64];

	(void)state;
	for (size_t k = 0; k < sizeof(odd) - 1; k++) {
		for (int before = 0; before < 19; before++) {
			for (int property = 0; property < 2; property++) {
				snprintf(s, sizeof(s), "%.*s%c%s", before, "abcdefghijklmnopqrstuvwxyz", odd[k],
				         "-and some more text");
				errata_buf_clear(&got);
				errata_buf_clear(&want);
				assert_int_equal(property ? errata__output_github_escape_property(&got, s)
				                          : errata__output_github_escape_data(&got, s), 0);
				github_reference(&want, s, property);
				assert_string_equal(got.ptr, want.ptr);
			}
		}
	}
	errata_buf_dispose(&got);
	errata_buf_dispose(&want);
}

static void test_output_sarif_structure(void **state)
{
	struct fixture *fx = *state;
	cJSON *root, *run, *res, *region, *rules, *fix;

	assert_int_equal(errata_output_findings(&fx->out, ERRATA_OUTPUT_SARIF, fx->list, NULL), 0);
	root = cJSON_Parse(fx->out.ptr);
	assert_non_null(root);
	assert_string_equal(cJSON_GetObjectItem(root, "version")->valuestring, "2.1.0");
	run = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "runs"), 0);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "runs")), 1);
	assert_string_equal(cJSON_GetObjectItem(run, "columnKind")->valuestring, "unicodeCodePoints");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "results")), 2);

	res = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "results"), 0);
	assert_string_equal(cJSON_GetObjectItem(res, "ruleId")->valuestring, "date.weekday");
	assert_int_equal(cJSON_GetObjectItem(res, "ruleIndex")->valueint, 0);
	assert_string_equal(cJSON_GetObjectItem(res, "level")->valuestring, "error");
	assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(res, "message"), "text")->valuestring,
	                    "January 7, 2026 is a Wednesday");
	region = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(
		cJSON_GetObjectItem(res, "locations"), 0), "physicalLocation"), "region");
	assert_int_equal(cJSON_GetObjectItem(region, "startLine")->valueint, 1);
	assert_int_equal(cJSON_GetObjectItem(region, "startColumn")->valueint, 20);
	assert_int_equal(cJSON_GetObjectItem(region, "endLine")->valueint, 1);
	assert_int_equal(cJSON_GetObjectItem(region, "endColumn")->valueint, 44);
	assert_int_equal(cJSON_GetObjectItem(region, "byteOffset")->valueint, 20);
	assert_int_equal(cJSON_GetObjectItem(region, "byteLength")->valueint, 24);
	assert_null(cJSON_GetObjectItem(region, "charOffset"));
	assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(res, "partialFingerprints"),
	                                        "errata/v1")->valuestring, fp(fx, 0));
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(res, "fixes")), 2);
	fix = cJSON_GetArrayItem(cJSON_GetObjectItem(res, "fixes"), 1);
	fix = cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetArrayItem(
		cJSON_GetObjectItem(fix, "artifactChanges"), 0), "replacements"), 0);
	assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(fix, "insertedContent"),
	                                        "text")->valuestring, "Tuesday, January 6, 2026");

	res = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "results"), 1);
	assert_string_equal(cJSON_GetObjectItem(res, "level")->valuestring, "note");
	assert_int_equal(cJSON_GetObjectItem(res, "ruleIndex")->valueint, 1);
	assert_null(cJSON_GetObjectItem(res, "fixes"));

	/* Without a checker, rules are listed by id, in order of first use. */
	rules = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(run, "tool"), "driver"), "rules");
	assert_int_equal(cJSON_GetArraySize(rules), 2);
	assert_string_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(rules, 1), "id")->valuestring,
	                    "style.doubled");
	assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(run, "tool"),
	                    "driver"), "name")->valuestring, "errata");
	assert_true(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetArrayItem(
		cJSON_GetObjectItem(run, "invocations"), 0), "executionSuccessful")));
	cJSON_Delete(root);
}

static void test_output_sarif_uri(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(errata__output_sarif_uri(&fx->out, "./news/my file#1.md"), 0);
	assert_string_equal(fx->out.ptr, "news/my%20file%231.md");
	errata_buf_clear(&fx->out);
	assert_int_equal(errata__output_sarif_uri(&fx->out, "/srv/caf\xc3\xa9/a:b%.md"), 0);
	assert_string_equal(fx->out.ptr, "file:///srv/caf%C3%A9/a%3Ab%25.md");
	errata_buf_clear(&fx->out);
	assert_int_equal(errata__output_sarif_uri(&fx->out, "<stdin>"), 0);
	assert_string_equal(fx->out.ptr, "%3Cstdin%3E");
}

static void test_output_sarif_failures(void **state)
{
	struct fixture *fx = *state;
	errata_output *o = NULL;
	cJSON *root, *inv, *note;

	assert_int_equal(errata_output_new(&o, ERRATA_OUTPUT_SARIF, NULL), 0);
	assert_int_equal(errata_output_failure(o, "gone.md: no such file"), 0);
	assert_int_equal(errata_output_finish(o, &fx->out, 0), 0);
	errata_output_free(o);
	root = cJSON_Parse(fx->out.ptr);
	assert_non_null(root);
	inv = cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetArrayItem(
		cJSON_GetObjectItem(root, "runs"), 0), "invocations"), 0);
	assert_true(cJSON_IsFalse(cJSON_GetObjectItem(inv, "executionSuccessful")));
	note = cJSON_GetArrayItem(cJSON_GetObjectItem(inv, "toolExecutionNotifications"), 0);
	assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(note, "message"), "text")->valuestring,
	                    "gone.md: no such file");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetArrayItem(
		cJSON_GetObjectItem(root, "runs"), 0), "results")), 0);
	cJSON_Delete(root);
}

/* Writing file by file gives one valid document with every finding. */
static void test_output_stream_json(void **state)
{
	struct fixture *fx = *state;
	errata_output *o = NULL;
	size_t e = 9, w = 9, n = 9;
	cJSON *root, *summary;

	assert_int_equal(errata_output_new(&o, ERRATA_OUTPUT_JSON, NULL), 0);
	assert_int_equal(errata_output_write(o, &fx->out, fx->list, 0), 0);
	assert_int_equal(errata_output_write(o, &fx->out, fx->list, 1), 0);
	assert_int_equal(errata_output_failure(o, NULL), 0);
	assert_int_equal(errata_output_finish(o, &fx->out, 2), 0);
	errata_output_tally(o, &e, &w, &n);
	assert_int_equal(e, 1);
	assert_int_equal(w, 0);
	assert_int_equal(n, 2);
	errata_output_free(o);
	root = cJSON_Parse(fx->out.ptr);
	assert_non_null(root);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "findings")), 3);
	summary = cJSON_GetObjectItem(root, "summary");
	assert_int_equal(cJSON_GetObjectItem(summary, "files")->valueint, 2);
	assert_int_equal(cJSON_GetObjectItem(summary, "infos")->valueint, 2);
	assert_int_equal(cJSON_GetObjectItem(summary, "failed")->valueint, 1);
	cJSON_Delete(root);
}

/* Text output of a stream is the same as the one-shot form. */
static void test_output_stream_text_matches(void **state)
{
	struct fixture *fx = *state;
	errata_buf whole = ERRATA_BUF_INIT;
	errata_output *o = NULL;

	assert_int_equal(errata_output_findings(&whole, ERRATA_OUTPUT_TEXT, fx->list, NULL), 0);
	assert_int_equal(errata_output_new(&o, ERRATA_OUTPUT_TEXT, NULL), 0);
	assert_int_equal(errata_output_write(o, &fx->out, fx->list, 0), 0);
	assert_int_equal(errata_output_finish(o, &fx->out, 1), 0);
	assert_string_equal(fx->out.ptr, whole.ptr);
	errata_output_free(o);
	errata_buf_dispose(&whole);
}

static void test_output_json_counts(void **state)
{
	cJSON *obj = cJSON_CreateObject();
	char *s;

	(void)state;
	assert_non_null(obj);
	assert_true(errata__output_json_count(obj, "zero", 0));
	assert_true(errata__output_json_count(obj, "nine", 9));
	assert_true(errata__output_json_count(obj, "ten", 10));
	/* beyond a double's 53 bits: printed exactly, digit for digit */
	assert_true(errata__output_json_count(obj, "big", (size_t)9007199254740993ull));
	s = cJSON_PrintUnformatted(obj);
	assert_non_null(s);
	assert_string_equal(s, "{\"zero\":0,\"nine\":9,\"ten\":10,\"big\":9007199254740993}");
	cJSON_free(s);
	cJSON_Delete(obj);
}

/* An item that prints to more than the first try's room, after other text. */
static void test_output_put_json_grows(void **state)
{
	struct fixture *fx = *state;
	size_t n = 20000;
	char *text = malloc(n + 1);
	cJSON *obj = cJSON_CreateObject(), *back;

	assert_non_null(text);
	assert_non_null(obj);
	for (size_t i = 0; i < n; i++)
		text[i] = (i % 3) ? 'a' : '\n';   /* each newline prints as two bytes */
	text[n] = '\0';
	assert_non_null(cJSON_AddStringToObject(obj, "text", text));
	assert_int_equal(errata_buf_puts(&fx->out, "x="), 0);
	assert_int_equal(errata__output_put_json(&fx->out, obj), 0);
	assert_int_equal(strncmp(fx->out.ptr, "x={\"text\":\"", 11), 0);
	assert_int_equal(fx->out.size, strlen(fx->out.ptr));
	back = cJSON_Parse(fx->out.ptr + 2);
	assert_non_null(back);
	assert_string_equal(cJSON_GetObjectItem(back, "text")->valuestring, text);
	cJSON_Delete(back);
	free(text);
}

static void test_output_new_rejects_bad_format(void **state)
{
	errata_output *o = (errata_output *)state;

	assert_int_equal(errata_output_new(&o, (errata_output_format)42, NULL), ERRATA_EINVALID);
	assert_null(o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_output_format_parse),
		cmocka_unit_test_setup_teardown(test_output_text_exact, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_text_escapes_controls, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_text_same_as_put_safe, setup, teardown),
		cmocka_unit_test(test_output_github_escapes_everywhere),
		cmocka_unit_test_setup_teardown(test_output_json_exact, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_json_empty_and_failed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_json_escapes_strings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_github_exact, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_github_escaping, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_sarif_structure, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_sarif_uri, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_sarif_failures, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_stream_json, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_stream_text_matches, setup, teardown),
		cmocka_unit_test(test_output_json_counts),
		cmocka_unit_test_setup_teardown(test_output_put_json_grows, setup, teardown),
		cmocka_unit_test(test_output_new_rejects_bad_format),
	};

	return cmocka_run_group_tests_name("output", tests, NULL, NULL);
}
