/*
 * fuzz_lsp.c: libFuzzer target for `errata lsp`: the message framing
 * (Content-Length headers, bodies) and the JSON-RPC handling of
 * cmd/lsp.c (initialize, documents opened and changed in full or by
 * ranges, code actions, hover, workspace folders, shutdown, exit), driven
 * through its serve() seam as an editor would drive standard input.
 *
 * The first byte picks how the rest is read: even, as the raw stream (the
 * framing itself is under test); odd, as message bodies separated by NUL
 * bytes, each framed here with its exact length (so mutations reach the
 * JSON-RPC handling instead of breaking the framing). Whatever comes in,
 * the server must not crash or leak, and what it writes must be a run of
 * well-framed messages, each a JSON object with "jsonrpc": "2.0".
 */
#include <stdint.h>

#include "../../cmd/lsp.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* lsp.c's one need from the rest of the program, for cmd_lsp() only. */
int opt_parse(const struct opt_command *cmd, int argc, char **argv, char ***rest, int *nrest)
{
	(void)cmd, (void)argc, (void)argv, (void)rest, (void)nrest;
	abort();
}

/* Frame each NUL-separated body of data[0, size) with its length. */
static char *frame(const uint8_t *data, size_t size, size_t *out_len)
{
	errata_buf b = ERRATA_BUF_INIT;
	const uint8_t *p = data, *end = data + size;

	while (p <= end) {
		const uint8_t *nul = memchr(p, '\0', (size_t)(end - p));
		size_t n = (size_t)((nul ? nul : end) - p);

		if (errata_buf_printf(&b, "Content-Length: %zu\r\n\r\n", n) < 0 ||
		    errata_buf_put(&b, (const char *)p, n) < 0)
			abort();
		if (!nul)
			break;
		p = nul + 1;
	}
	*out_len = b.size;
	return errata_buf_detach(&b);
}

/* Every message the server wrote is framed right and is a JSON-RPC object. */
static void check_output(const char *out, size_t len)
{
	const char *p = out, *end = out + len;

	while (p < end) {
		char *after;
		unsigned long long n;
		cJSON *msg;
		const cJSON *v;

		if ((size_t)(end - p) < 16 || memcmp(p, "Content-Length: ", 16) != 0)
			abort();
		n = strtoull(p + 16, &after, 10);
		if (after == p + 16 || (size_t)(end - after) < 4 || memcmp(after, "\r\n\r\n", 4) != 0)
			abort();
		p = after + 4;
		if (n > (size_t)(end - p))
			abort();
		msg = cJSON_ParseWithLength(p, (size_t)n);
		if (!cJSON_IsObject(msg))
			abort();
		v = cJSON_GetObjectItemCaseSensitive(msg, "jsonrpc");
		if (!cJSON_IsString(v) || strcmp(v->valuestring, "2.0") != 0)
			abort();
		if (!cJSON_GetObjectItemCaseSensitive(msg, "method") &&
		    !cJSON_HasObjectItem(msg, "result") && !cJSON_HasObjectItem(msg, "error"))
			abort();
		cJSON_Delete(msg);
		p += n;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	char *stream = NULL, *out = NULL;
	size_t stream_len, out_len = 0;
	FILE *in, *outf;

	if (size < 1)
		return 0;
	if (!devnull && !(devnull = fopen("/dev/null", "w")))
		abort();
	if (data[0] & 1) {
		stream = frame(data + 1, size - 1, &stream_len);
	} else {
		stream_len = size - 1;
		if (!(stream = malloc(stream_len + 1)))
			abort();
		memcpy(stream, data + 1, stream_len);
	}
	/* fmemopen() refuses an empty buffer: an empty input is the end of input */
	in = stream_len ? fmemopen(stream, stream_len, "r") : fopen("/dev/null", "r");
	outf = open_memstream(&out, &out_len);
	if (!in || !outf)
		abort();
	serve(in, outf, devnull);
	fclose(in);
	if (fclose(outf) != 0)
		abort();
	check_output(out, out_len);
	free(out);
	free(stream);
	return 0;
}
