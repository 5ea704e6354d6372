/*
 * replay.c: run a fuzz target's LLVMFuzzerTestOneInput() on the files
 * named on the command line, one TAP case each, so that `make test` (and
 * its sanitizer build) replays every seed and every input that once
 * crashed a target, with the project's own compiler and without
 * libFuzzer. A target that finds a broken invariant aborts, and the
 * replay with it.
 *
 *   build/replay/NAME FILE...   (the files of tests/fuzz/corpus/NAME)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The whole file at path, in *data (freed by the caller); 0, or -1 with a message. */
static int read_all(const char *path, uint8_t **data, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!f) {
		perror(path);
		return -1;
	}
	do {
		if (len == cap) {
			uint8_t *grown = realloc(buf, cap = cap ? cap * 2 : 4096);

			if (!grown) {
				fprintf(stderr, "%s: out of memory\n", path);
				free(buf);
				fclose(f);
				return -1;
			}
			buf = grown;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	if (ferror(f)) {
		perror(path);
		free(buf);
		fclose(f);
		return -1;
	}
	fclose(f);
	*data = buf;
	*size = len;
	return 0;
}

int main(int argc, char **argv)
{
	int failed = 0;

	printf("1..%d\n", argc - 1);
	for (int i = 1; i < argc; i++) {
		uint8_t *data;
		size_t size;

		if (read_all(argv[i], &data, &size) < 0) {
			printf("not ok %d - %s: cannot be read\n", i, argv[i]);
			failed = 1;
			continue;
		}
		LLVMFuzzerTestOneInput(data, size);
		free(data);
		printf("ok %d - %s\n", i, argv[i]);
		fflush(stdout);
	}
	return failed;
}
