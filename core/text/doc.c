/*
 * doc.c: loading a document and answering questions about it.
 *
 * Loading copies the bytes once into the document's block (a file is read
 * into a buffer each thread keeps), checks in a single pass that they are
 * UTF-8 without NUL bytes while recording where each line starts, counts
 * code points per fixed-size block so that a column is found without
 * walking a whole long line, and then runs the masking steps listed in
 * text.h over a second copy, the prose view. The same pass notes whether
 * anything in the text may change under NFC, which decides whether
 * normal.c builds a normalised view.
 */
#include "common.h"
#include "text/text.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef ERRATA__AVX2
#include <immintrin.h>
#endif

static const char *doc_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static errata_format format_of(const char *name)
{
	const char *dot = strrchr(name, '.'), *slash = strrchr(name, '/');

	if (!dot || (slash && dot < slash))
		return ERRATA_FORMAT_TEXT;
	dot++;
	if (!strcmp(dot, "md") || !strcmp(dot, "markdown") ||
	    !strcmp(dot, "MD") || !strcmp(dot, "Markdown"))
		return ERRATA_FORMAT_MARKDOWN;
	if (!strcmp(dot, "html") || !strcmp(dot, "htm") ||
	    !strcmp(dot, "HTML") || !strcmp(dot, "HTM"))
		return ERRATA_FORMAT_HTML;
	return ERRATA_FORMAT_TEXT;
}

/*
 * Whether text that comes without a format reads as HTML: within its
 * first 4 KB, a tag opens its first line, and at least two block tags
 * are closed ("</p>", "</h2>", "</li>", "</div>", "</td>"). Prose that
 * only mentions a tag is left as text.
 */
static int looks_like_html(const char *data, size_t len)
{
	static const char *const closes[] = { "</p>", "</h1>", "</h2>", "</h3>", "</h4>", "</li>",
	                                      "</div>", "</td>", "</ul>", "</table>", "</article>",
	                                      "</section>", "</tr>", "</ol>" };
	size_t n = len < 4096 ? len : 4096, i = 0;
	int closed = 0;

	while (i < n && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	if (i + 1 >= n || data[i] != '<' || !((data[i + 1] | 0x20) >= 'a' && (data[i + 1] | 0x20) <= 'z'))
		return 0;
	for (; i + 3 < n && closed < 2; i++) {
		if (data[i] != '<' || data[i + 1] != '/')
			continue;
		for (size_t k = 0; k < sizeof(closes) / sizeof(closes[0]); k++) {
			size_t cl = strlen(closes[k]);

			if (i + cl <= n && errata__strncasecmp_ascii(data + i, closes[k], cl) == 0) {
				closed++;
				break;
			}
		}
	}
	return closed >= 2;
}

/*
 * The line index while doc_index() builds it: kept in locals (the
 * document's fields are written once at the end), so that recording a
 * line is a compare and a store.
 */
typedef struct {
	size_t *lines;
	size_t *first;      /* the room in the document's own block (never freed here) */
	unsigned int count;
	size_t cap;
	size_t last;        /* where the last line recorded starts */
	int long_line;      /* a line longer than 2 * ERRATA__CP_BLOCK was seen */
	int full;           /* index_avx2() stopped for want of room for 64 more */
} line_acc;

/*
 * Room for twice as many lines: 0 or an error code (the index is kept as
 * it was). The first room is in the document's block: leaving it is a copy.
 */
static int line_acc_grow(line_acc *la, const char *path)
{
	size_t ncap = la->cap * 2;
	size_t *p;

	if (ncap > UINT_MAX)
		return errata__error(ERRATA_ETOOBIG, "%s: too many lines", path);
	if (la->lines == la->first) {
		if ((p = malloc(ncap * sizeof(*p))) != NULL)
			memcpy(p, la->lines, la->count * sizeof(*p));
	} else {
		p = realloc(la->lines, ncap * sizeof(*p));
	}
	if (!p)
		return errata__oom();
	la->lines = p;
	la->cap = ncap;
	return 0;
}

/* Record a line starting at `start`; notes whether the line before it is long. */
static inline int push_line(line_acc *la, const char *path, size_t start)
{
	int error;

	if (start - la->last > 2 * ERRATA__CP_BLOCK)
		la->long_line = 1;
	if (la->count == la->cap && (error = line_acc_grow(la, path)) < 0)
		return error;
	la->lines[la->count++] = start;
	la->last = start;
	return 0;
}

/*
 * Code points in text[a, b): the bytes that do not continue a UTF-8
 * sequence (10xxxxxx), eight at a time, then byte by byte.
 */
static size_t count_cps(const char *text, size_t a, size_t b)
{
	size_t n = 0, i = a;

	for (; i + 8 <= b; i += 8) {
		uint64_t x;

		memcpy(&x, text + i, 8);
		/* bit 7 of each byte that has bit 7 set and bit 6 clear */
		n += 8 - (size_t)__builtin_popcountll(x & ~(x << 1) & 0x8080808080808080ULL);
	}
	for (; i < b; i++)
		n += ((unsigned char)text[i] & 0xc0) != 0x80;
	return n;
}

/*
 * The code point at s[i] (a byte from 0x80; s[0, n)): its length, 0 when
 * it is not valid UTF-8. Two- and three-byte sequences are read here,
 * the rest by errata__utf8_decode(), which says the same of every one.
 */
static inline size_t utf8_at(const unsigned char *s, size_t i, size_t n, uint32_t *cp)
{
	unsigned char c = s[i];

	if (c >= 0xc2 && c < 0xe0 && i + 1 < n && (s[i + 1] & 0xc0) == 0x80) {
		*cp = (uint32_t)(c & 0x1f) << 6 | (s[i + 1] & 0x3f);
		return 2;
	}
	if (c >= 0xe0 && c < 0xf0 && i + 2 < n && (s[i + 1] & 0xc0) == 0x80 &&
	    (s[i + 2] & 0xc0) == 0x80) {
		uint32_t v = (uint32_t)(c & 0x0f) << 12 | (uint32_t)(s[i + 1] & 0x3f) << 6 |
		             (s[i + 2] & 0x3f);

		if (v >= 0x800 && (v < 0xd800 || v > 0xdfff)) {
			*cp = v;
			return 3;
		}
	}
	return errata__utf8_decode(s + i, n - i, cp);
}

/* True when none of the 8 bytes is >= 0x80 or below 0x0e. */
static int word_is_plain(const unsigned char *s)
{
	uint64_t x;

	memcpy(&x, s, 8);
	return ((x | ((x - 0x0e0e0e0e0e0e0e0eULL) & ~x)) & 0x8080808080808080ULL) == 0;
}

#ifdef ERRATA__AVX2
/*
 * doc_index()'s steps over s[i, n) with AVX2, 64 bytes at a time: the
 * line feeds are recorded, up to the first other byte below 0x0e or from
 * 0x80, where it stops (as it does when fewer than 64 bytes are left,
 * and with la->full set before a block when the index has no room for
 * 64 more lines: the caller grows it). Returns where it stopped. It calls
 * nothing, so that its vectors stay in registers and a call costs little
 * (there is one after each byte from 0x80).
 */
__attribute__((target("avx2"))) static size_t index_avx2(line_acc *la, const unsigned char *s,
                                                         size_t i, size_t n)
{
	const __m256i low = _mm256_set1_epi8(0x0e);
	/* the index in locals while it grows (stores to lines[] would reload la's fields) */
	size_t *lines = la->lines, last = la->last, cap = la->cap;
	unsigned int count = la->count;
	int long_line = 0;

	for (; i + 64 <= n; i += 64) {
		const __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
		const __m256i y = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 32));
		/* the line feeds and the other bytes to look at, which are rare */
		uint64_t small = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(low, x)) |
		                 (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(low, y)) << 32;
		size_t at;

		if (!small)
			continue;
		if (count + 64 > cap) {
			la->full = 1;
			goto done;
		}
		/* only the block's first line may start far from the line before */
		at = i + (size_t)__builtin_ctzll(small);
		long_line |= at + 1 - last > 2 * ERRATA__CP_BLOCK && s[at] == '\n';
		do {
			at = i + (size_t)__builtin_ctzll(small);
			if (s[at] != '\n') {
				i = at;
				goto done;
			}
			lines[count++] = last = at + 1;
			small &= small - 1;
		} while (small);
	}
done:
	la->count = count;
	la->last = last;
	la->long_line |= long_line;
	return i;
}
#endif

/*
 * The line index's first room, in the document's block (see doc_build()):
 * enough for a line every 16 bytes.
 */
static size_t first_lines_cap(size_t len)
{
	return len / 16 + 16;
}

static size_t *first_lines(const errata_doc *doc)
{
	return (size_t *)(void *)(doc + 1);
}

/*
 * Validate the text and build the line index: one pass, an 8-byte fast
 * path over plain ASCII (with SSE2, 16 bytes, and with AVX2 where the
 * processor has it, 64).
 */
static int doc_index(errata_doc *doc)
{
	const unsigned char *s = (const unsigned char *)doc->text;
	size_t n = doc->len, i, mark_end = SIZE_MAX;
	int error = 0, denorm = 0;
	unsigned int last_ccc = 0;
	line_acc la;
#ifdef ERRATA__AVX2
	const int avx2 = errata__avx2();
#endif

	if (n >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf)
		doc->bom = 3;
	la.cap = first_lines_cap(n);
	la.lines = la.first = first_lines(doc);
	la.lines[0] = la.last = doc->bom;
	la.count = 1;
	la.long_line = 0;
	la.full = 0;
	i = doc->bom;
	while (i < n) {
		unsigned char c;

#ifdef ERRATA__AVX2
		while (avx2) {
			i = index_avx2(&la, s, i, n);
			if (!la.full)
				break;
			la.full = 0;
			while (la.count + 64 > la.cap)
				if ((error = line_acc_grow(&la, doc->path)) < 0)
					goto cleanup;
		}
#endif
#ifdef __SSE2__
		/*
		 * Below 0x0e or from 0x80: the bytes that are negative or small
		 * as signed. Line feeds among them are recorded here; the first
		 * other one goes to the byte-wise steps below.
		 */
		while (i + 16 <= n) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			unsigned int m = (unsigned int)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(0x0e)));

			for (; m && s[i + (size_t)__builtin_ctz(m)] == '\n'; m &= m - 1)
				if ((error = push_line(&la, doc->path, i + (size_t)__builtin_ctz(m) + 1)) < 0)
					goto cleanup;
			if (m) {
				i += (size_t)__builtin_ctz(m);
				break;
			}
			i += 16;
		}
#endif
		while (i + 8 <= n && word_is_plain(s + i))
			i += 8;
		/*
		 * Byte by byte from here until eight plain bytes follow: text in
		 * another script holds a byte from 0x80 every few bytes, where
		 * the steps above would stop at once.
		 */
		while (i < n) {
			c = s[i];
			if (c >= 0x80) {
				uint32_t cp;
				size_t k = utf8_at(s, i, n, &cp);

				if (k == 0) {
					error = errata__error(ERRATA_EINVALID, "%s:%u:%zu: invalid UTF-8",
					                      doc->path, la.count,
					                      count_cps(doc->text, la.last, i) + 1);
					goto cleanup;
				}
				/*
				 * NFC's quick check: a code point it may change, or a
				 * mark out of canonical order after the one before it.
				 * Most code points are neither and of class 0.
				 */
				if (cp == 0xad) {
					denorm = 1; /* a soft hyphen, which the view leaves out */
				} else if (cp >= 0x300 && !denorm) {
					unsigned int ccc = 0;

					if (!errata__nfc_inert(cp) &&
					    (errata__nfc_maybe(cp, &ccc) ||
					     (ccc && i == mark_end && ccc < last_ccc)))
						denorm = 1;
					last_ccc = ccc;
					mark_end = i + k;
				}
				i += k;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
					i++;
				if ((error = push_line(&la, doc->path, i + 1)) < 0)
					goto cleanup;
				i++;
			} else if (c == 0) {
				error = errata__error(ERRATA_EINVALID, "%s:%u:%zu: binary file (NUL byte)",
				                      doc->path, la.count,
				                      count_cps(doc->text, la.last, i) + 1);
				goto cleanup;
			} else {
				i++;
			}
			if (i + 8 <= n && s[i] < 0x80 && word_is_plain(s + i))
				break;
		}
	}

	/*
	 * Code points before each block boundary, needed only when a line is
	 * long enough for errata_doc_position() to use them.
	 */
	if (n - la.last > 2 * ERRATA__CP_BLOCK)
		la.long_line = 1;
	if (!la.long_line)
		goto cleanup;
	doc->ncps = n / ERRATA__CP_BLOCK + 1;
	doc->cps = malloc(doc->ncps * sizeof(*doc->cps));
	if (!doc->cps) {
		error = errata__oom();
		goto cleanup;
	}
	doc->cps[0] = 0;
	for (size_t b = 1; b < doc->ncps; b++)
		doc->cps[b] = doc->cps[b - 1] +
			count_cps(doc->text, (b - 1) * ERRATA__CP_BLOCK, b * ERRATA__CP_BLOCK);
cleanup:
	doc->lines = la.lines;
	doc->nlines = la.count;
	doc->denorm = denorm;
	return error;
}

/* Code points in text[0, off). */
static size_t cps_before(const errata_doc *doc, size_t off)
{
	size_t b = off / ERRATA__CP_BLOCK;

	return doc->cps[b] + count_cps(doc->text, b * ERRATA__CP_BLOCK, off);
}

/* Free a meta key's block, unless it is in the document's own room. */
static void meta_key_free(errata_doc *doc, char *key)
{
	uintptr_t k = (uintptr_t)key, room = (uintptr_t)doc->meta_room;

	if (k < room || k >= room + sizeof(doc->meta_room))
		free(key);
}

/*
 * Documents are loaded one after another on each thread: the block of the
 * last one freed, and the buffer files are read into, are kept for the
 * next (when not larger than SPARE_MAX). Freeing a block of an article's
 * size and allocating one again for each article costs glibc's allocator,
 * which splits and merges its large free chunks, more than loading it.
 */
#define SPARE_MAX ((size_t)1 << 20)

static _Thread_local struct {
	errata_doc *doc;        /* a freed document's block, or NULL */
	char *read;             /* the buffer files are read into */
	size_t read_cap;
	int registered;         /* spare_free() runs when the thread ends */
} spare;

static void spare_free(void)
{
	free(spare.doc);
	free(spare.read);
	spare.doc = NULL;
	spare.read = NULL;
	spare.read_cap = 0;
}

/* Whether this thread may keep spares (it frees them when it ends). */
static int spare_ok(void)
{
	if (!spare.registered && errata__thread_cleanup(spare_free) == 0)
		spare.registered = 1;
	return spare.registered;
}

/*
 * The buffer a file was read into (cap bytes), done with: kept as the
 * thread's buffer to read into when it has none and it is not large,
 * else freed.
 */
static void read_buf_give_back(char *buf, size_t cap)
{
	if (!spare.read && cap <= SPARE_MAX && spare_ok()) {
		spare.read = buf;
		spare.read_cap = cap;
	} else {
		free(buf);
	}
}

static void doc_free_parts(errata_doc *doc)
{
	if (doc->read_buf)
		read_buf_give_back(doc->read_buf, doc->read_cap);
	/* the text, the prose view, the path and the first lines are in its own block */
	if (doc->lines != first_lines(doc))
		free(doc->lines);
	free(doc->cps);
	for (size_t i = 0; i < doc->nmeta; i++)
		meta_key_free(doc, doc->meta[i].key);   /* the value is in the same block */
	if (doc->meta != doc->meta_first)
		free(doc->meta);
	if (doc->meta_slots != doc->meta_first_slots)
		free(doc->meta_slots);
	for (size_t i = 0; i < doc->nranges; i++) {
		free(doc->ranges[i].rule);
		for (size_t k = 0; k < doc->ranges[i].nexcept; k++)
			free(doc->ranges[i].except[k]);
		free(doc->ranges[i].except);
	}
	free(doc->ranges);
	free(doc->maxlast);
	free(doc->norm);
	free(doc->edits);
}

void errata_doc_free(errata_doc *doc)
{
	if (!doc)
		return;
	doc_free_parts(doc);
	/* the larger block is the one kept */
	if (doc->block_size <= SPARE_MAX && spare_ok() &&
	    (!spare.doc || spare.doc->block_size < doc->block_size)) {
		free(spare.doc);
		spare.doc = doc;
	} else {
		free(doc);
	}
}

/*
 * Build a document from data[0, len): a copy of it, or with buf (the
 * buffer of cap bytes that data is, with a NUL at data[len]) data itself,
 * the buffer taken over (and given back, read_buf_give_back(), on
 * failure too).
 */
static int doc_build(errata_doc **out, const char *name, const char *data, size_t len,
                     const errata_doc_options *opts, char *buf, size_t cap)
{
	errata_doc *doc = NULL;
	errata_format format = opts ? opts->format : ERRATA_FORMAT_AUTO;
	int error = 0;
	size_t name_size = strlen(name) + 1;
	size_t lines_size = first_lines_cap(len) * sizeof(size_t);
	size_t text_size = buf ? 0 : len + 1;
	/*
	 * One block for the document, the line index's first room, the
	 * text (unless buf holds it), the prose view and the path, in that
	 * order (the sizes are bounded by the size limit, far from
	 * overflowing): the thread's spare one when it is large enough.
	 */
	size_t size = sizeof(*doc) + lines_size + text_size + (len + 1) + name_size;

	if (spare.doc && spare.doc->block_size >= size) {
		doc = spare.doc;
		spare.doc = NULL;
		size = doc->block_size;
	} else if (!(doc = malloc(size))) {
		if (buf)
			read_buf_give_back(buf, cap);
		error = errata__oom();
		goto cleanup;
	}
	memset(doc, 0, sizeof(*doc));
	doc->block_size = size;
	doc->prose = (char *)(doc + 1) + lines_size + text_size;
	doc->path = memcpy(doc->prose + len + 1, name, name_size);
	if (buf) {
		doc->text = buf;
		doc->read_buf = buf;
		doc->read_cap = cap;
	} else {
		doc->text = (char *)(doc + 1) + lines_size;
		if (len)
			memcpy(doc->text, data, len);
		doc->text[len] = '\0';
	}
	doc->len = len;
	doc->lines = first_lines(doc);
	if (format < ERRATA_FORMAT_TEXT || format > ERRATA_FORMAT_HTML) {
		format = format_of(name);
		/* a name that says no format (standard input): HTML when it reads as HTML */
		if (format == ERRATA_FORMAT_TEXT && !strchr(name, '.') && looks_like_html(data, len))
			format = ERRATA_FORMAT_HTML;
	}
	doc->format = format;
	if ((error = doc_index(doc)) < 0)
		goto cleanup;

	memcpy(doc->prose, doc->text, len + 1);
	errata__mask(doc->prose, 0, doc->bom);
	switch (format) {
	case ERRATA_FORMAT_MARKDOWN:
		error = errata__markdown_mask(doc);
		break;
	case ERRATA_FORMAT_HTML:
		error = errata__html_mask(doc);
		break;
	default:
		error = errata__text_mask(doc);
		break;
	}
	if (error < 0)
		goto cleanup;
	errata__links_mask(doc->prose, len);
	if ((format == ERRATA_FORMAT_MARKDOWN || format == ERRATA_FORMAT_HTML) &&
	    (error = errata__entities_decode(doc->prose, len, doc)) < 0)
		goto cleanup;
	if ((error = errata__normal_build(doc)) < 0 ||
	    (error = errata__suppress_finish(doc)) < 0)
		goto cleanup;
	*out = doc;
	doc = NULL;
cleanup:
	errata_doc_free(doc);
	return error;
}

/* Check the arguments every loader takes; sets *max to the size limit. */
static int check_args(errata_doc **out, const char *name,
                      const errata_doc_options *opts, size_t *max)
{
	if (!out || !name)
		return errata__error(ERRATA_EUSAGE, "errata_doc_load: missing argument");
	*out = NULL;
	if (opts && opts->version != ERRATA_DOC_OPTIONS_VERSION)
		return errata__error(ERRATA_EUSAGE, "errata_doc_options: unknown version %u",
		                     opts->version);
	*max = opts && opts->max_size ? opts->max_size : ERRATA_DOC_DEFAULT_MAX_SIZE;
	return 0;
}

int errata_doc_load_buffer(errata_doc **out, const char *name,
                           const char *data, size_t len,
                           const errata_doc_options *opts)
{
	size_t max = 0;
	int error;

	if ((error = check_args(out, name, opts, &max)) < 0)
		goto cleanup;
	if (!data && len) {
		error = errata__error(ERRATA_EUSAGE, "errata_doc_load_buffer: no data");
	} else if (len > max) {
		error = errata__error(ERRATA_ETOOBIG, "%s: larger than the limit of %zu bytes",
		                      name, max);
	} else {
		error = doc_build(out, name, data, len, opts, NULL, 0);
	}
cleanup:
	return error;
}

int errata_doc_load_file(errata_doc **out, const char *path,
                         const errata_doc_options *opts)
{
	char *data = NULL;
	size_t len = 0, max = 0;
	int error;

	if ((error = check_args(out, path, opts, &max)) < 0)
		goto cleanup;
	if (strcmp(path, "-") == 0 || !spare_ok()) {
		if ((error = errata__read_file(path, max, &data, &len)) == 0)
			error = doc_build(out, doc_name(path), data, len, opts, NULL, 0);
		free(data);
		goto cleanup;
	}
	/* into the thread's buffer, which the document takes over (no copy of
	 * the text) and gives back when freed; kept for the next file unless
	 * it grew large */
	if ((error = errata__read_file_into(path, max, &spare.read, &spare.read_cap, &len)) == 0) {
		char *buf = spare.read;
		size_t cap = spare.read_cap;

		spare.read = NULL;
		spare.read_cap = 0;
		error = doc_build(out, path, buf, len, opts, buf, cap);
	}
	if (spare.read_cap > SPARE_MAX) {
		free(spare.read);
		spare.read = NULL;
		spare.read_cap = 0;
	}
cleanup:
	return error;
}

const char *errata_doc_path(const errata_doc *doc)
{
	return doc->path;
}

errata_format errata_doc_format(const errata_doc *doc)
{
	return doc->format;
}

const char *errata_doc_text(const errata_doc *doc, size_t *len)
{
	if (len)
		*len = doc->len;
	return doc->text;
}

const char *errata_doc_prose(const errata_doc *doc, size_t *len)
{
	if (len)
		*len = doc->len;
	return doc->prose;
}

unsigned int errata__doc_line_of(const errata_doc *doc, size_t offset)
{
	unsigned int lo = 0, hi = doc->nlines;

	/* The last line whose start is <= offset (line 1 when before it). */
	while (hi - lo > 1) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (doc->lines[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

void errata_doc_position(const errata_doc *doc, size_t offset,
                         unsigned int *line, unsigned int *column)
{
	unsigned int l;
	size_t start, col;

	if (offset > doc->len)
		offset = doc->len;
	l = errata__doc_line_of(doc, offset);
	start = doc->lines[l - 1];
	if (offset <= start) {
		col = 1;
	} else if (!doc->cps || offset - start <= 2 * ERRATA__CP_BLOCK) {
		col = count_cps(doc->text, start, offset) + 1;
	} else {
		col = cps_before(doc, offset) - cps_before(doc, start) + 1;
	}
	if (line)
		*line = l;
	if (column)
		*column = col > UINT_MAX ? UINT_MAX : (unsigned int)col;
}

const size_t *errata__doc_lines(const errata_doc *doc, size_t *n)
{
	*n = doc->nlines;
	return doc->lines;
}

size_t errata__doc_front_end(const errata_doc *doc)
{
	return doc->front_end;
}

unsigned int errata_doc_line_count(const errata_doc *doc)
{
	return doc->nlines;
}

size_t errata_doc_line_offset(const errata_doc *doc, unsigned int line)
{
	if (line < 1)
		return doc->lines[0];
	if (line > doc->nlines)
		return doc->len;
	return doc->lines[line - 1];
}

/*
 * The meta values are found by a hash of their key (front matter may hold
 * tens of thousands of keys; a scan per key would be quadratic). The slot
 * of key[0, klen): where it is, or the empty slot where it would go.
 */
static size_t *meta_slot(const errata_doc *doc, const char *key, size_t klen)
{
	size_t mask = doc->meta_nslots - 1;
	size_t i = (size_t)errata__fnv1a(ERRATA__FNV_SEED, key, klen) & mask;

	for (;; i = (i + 1) & mask) {
		size_t *slot = &doc->meta_slots[i];
		const char *k;

		if (!*slot)
			return slot;
		k = doc->meta[*slot - 1].key;
		if (strlen(k) == klen && !memcmp(k, key, klen))
			return slot;
	}
}

/* Room for one more key in the hash (kept at most half full). */
static int meta_reserve(errata_doc *doc)
{
	size_t n = doc->meta_nslots ? doc->meta_nslots : 2 * ERRATA__META_FIRST;
	size_t *old = doc->meta_slots;

	if (old && (doc->nmeta + 1) * 2 <= doc->meta_nslots)
		return 0;
	while ((doc->nmeta + 1) * 2 > n)
		n *= 2;
	if (n == 2 * ERRATA__META_FIRST && !old) {
		doc->meta_slots = doc->meta_first_slots;
		memset(doc->meta_slots, 0, sizeof(doc->meta_first_slots));
	} else if (!(doc->meta_slots = calloc(n, sizeof(*doc->meta_slots)))) {
		doc->meta_slots = old;
		return errata__oom();
	}
	if (old != doc->meta_first_slots)
		free(old);
	doc->meta_nslots = n;
	for (size_t i = 0; i < doc->nmeta; i++)
		*meta_slot(doc, doc->meta[i].key, strlen(doc->meta[i].key)) = i + 1;
	return 0;
}

const char *errata_doc_meta(const errata_doc *doc, const char *key)
{
	size_t *slot;

	if (!key || !doc->meta_nslots)
		return NULL;
	slot = meta_slot(doc, key, strlen(key));
	return *slot ? doc->meta[*slot - 1].value : NULL;
}

void errata__doc_meta_clear(errata_doc *doc)
{
	for (size_t i = 0; i < doc->nmeta; i++)
		meta_key_free(doc, doc->meta[i].key);
	doc->nmeta = 0;
	doc->meta_room_used = 0;
	if (doc->meta_slots)
		memset(doc->meta_slots, 0, doc->meta_nslots * sizeof(*doc->meta_slots));
}

/*
 * A key and its value are one block, the key's NUL-terminated bytes
 * followed by the value's (the entry's key points at the block): in the
 * document's room while there is some, else an allocation.
 */
int errata__doc_meta_set(errata_doc *doc, const char *key, size_t klen,
                         const char *value, size_t vlen)
{
	size_t room = sizeof(doc->meta_room) - doc->meta_room_used;
	char *k = NULL;
	size_t *slot;

	if (klen < room && vlen < room - klen && klen + vlen + 2 <= room) {
		k = doc->meta_room + doc->meta_room_used;
		doc->meta_room_used += klen + vlen + 2;
	} else if (klen < SIZE_MAX / 2 && vlen < SIZE_MAX / 2) {
		k = malloc(klen + vlen + 2);
	}
	if (!k || meta_reserve(doc) < 0) {
		meta_key_free(doc, k);
		return errata__oom();
	}
	memcpy(k, key, klen);
	k[klen] = '\0';
	memcpy(k + klen + 1, value, vlen);
	k[klen + 1 + vlen] = '\0';
	slot = meta_slot(doc, key, klen);
	if (*slot) {
		meta_key_free(doc, doc->meta[*slot - 1].key);
		doc->meta[*slot - 1].key = k;
		doc->meta[*slot - 1].value = k + klen + 1;
		return 0;
	}
	if (doc->nmeta == doc->ameta) {
		size_t ncap = doc->ameta ? doc->ameta * 2 : ERRATA__META_FIRST;
		errata__meta *p;

		if (!doc->meta) {
			p = doc->meta_first;
		} else if (doc->meta == doc->meta_first) {
			if ((p = malloc(ncap * sizeof(*p))) != NULL)
				memcpy(p, doc->meta_first, sizeof(doc->meta_first));
		} else {
			p = realloc(doc->meta, ncap * sizeof(*p));
		}
		if (!p) {
			meta_key_free(doc, k);
			return errata__oom();
		}
		doc->meta = p;
		doc->ameta = ncap;
	}
	doc->meta[doc->nmeta].key = k;
	doc->meta[doc->nmeta].value = k + klen + 1;
	doc->nmeta++;
	*slot = doc->nmeta;
	return 0;
}
