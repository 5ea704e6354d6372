/*
 * core/text/text.h: the inside of errata_doc, shared by the files of
 * core/text/ and nobody else.
 *
 * Loading is a fixed sequence over one copy of the bytes: validate and
 * index (doc.c), front matter (frontmatter.c), the format's own masking
 * (markdown.c or html.c, which also feed every HTML comment they find to
 * suppress.c), URLs and e-mail addresses (links.c), and finally entity
 * decoding for Markdown and HTML (entities.c). Each step writes only into
 * the prose view and never changes its length.
 */
#ifndef ERRATA_CORE_TEXT_H
#define ERRATA_CORE_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "errata/doc.h"

/*
 * On x86-64 with GCC or Clang, the byte searches of loading have a
 * second body built for AVX2 (the target attribute) that runs where
 * errata__avx2() says so.
 */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ERRATA__AVX2 1

/*
 * Whether the AVX2 bodies run: the processor has AVX2 and the environment
 * does not set ERRATA_NO_AVX2 (which makes a machine that has it run the
 * bodies of one without, as the tests do). Read once; safe from any thread.
 */
int errata__avx2(void);
#endif

/* A front-matter or HTML meta value. */
typedef struct {
	char *key;      /* owns the block that holds the value too (unless it
	                   is in the document's meta_room) */
	char *value;    /* right after the key's NUL */
} errata__meta;

/*
 * A suppressed span of lines; rule NULL means every rule. `except` lists
 * the rules an enable has turned back on inside it (a disable of every
 * rule, then "errata-enable date.weekday"): the span no longer covers them.
 */
typedef struct {
	char *rule;             /* a rule id, or a prefix ending in '.' ("date." from "date.*") */
	unsigned char open;     /* a disable still waiting for its enable */
	unsigned int first, last;
	char **except;          /* rule ids or prefixes ending in '.' */
	size_t nexcept;
} errata__range;

/*
 * One difference between the prose view and the normalised view (see
 * normal.c): prose[orig, orig_end) reads norm[norm, norm_end) there.
 * Offsets into the prose view are offsets into the text.
 */
typedef struct {
	size_t orig, orig_end;
	size_t norm, norm_end;
	size_t rep;             /* while building: the replacement's offset in a side buffer */
} errata__edit;

/* Meta values kept in the document itself before any is allocated. */
#define ERRATA__META_FIRST 8

/* Bytes of keys and values kept in the document itself (a few short keys). */
#define ERRATA__META_ROOM 256

/* Code points are counted in blocks of this many bytes (see cps below). */
#define ERRATA__CP_BLOCK 4096

/*
 * A document is one block with, after the struct, the line index's first
 * room, the text, the prose view and the path (doc.c); a document loaded
 * from a file keeps its text in the buffer the file was read into
 * instead, which it takes over (read_buf).
 */
struct errata_doc {
	size_t block_size;      /* the bytes of that block */
	char *path;
	errata_format format;
	char *text;             /* the original bytes, NUL-terminated */
	char *read_buf;         /* the buffer that holds text, NULL when the block does */
	size_t read_cap;        /* its bytes */
	char *prose;            /* same length, non-prose masked */
	size_t len;
	size_t bom;             /* 3 when the text starts with a UTF-8 BOM */
	size_t front_end;       /* the end of the front matter masked (0: none) */

	size_t *lines;          /* start offset of each line; lines[0] == bom
	                           (in the document's block until it outgrows it) */
	unsigned int nlines;

	size_t *cps;            /* code points in text[0 .. i * CP_BLOCK); NULL
	                           when no line is longer than 2 blocks */
	size_t ncps;

	errata__meta *meta;
	size_t nmeta, ameta;
	size_t *meta_slots;     /* index + 1 of meta by key hash (0: empty), a power of two */
	size_t meta_nslots;
	/* the first keys' room and hash, in the document itself (front
	   matter has a few keys): meta and meta_slots point here until more come */
	errata__meta meta_first[ERRATA__META_FIRST];
	size_t meta_first_slots[2 * ERRATA__META_FIRST];
	/* the first keys' blocks (see errata__meta), while they fit */
	char meta_room[ERRATA__META_ROOM];
	size_t meta_room_used;

	errata__range *ranges;  /* sorted by first once loading is done */
	size_t nranges, aranges;
	unsigned int *maxlast;  /* maxlast[i]: largest last of ranges[0..i] */

	int denorm;             /* the text may hold something NFC changes */
	char *norm;             /* the normalised view; NULL: the prose view is it */
	size_t norm_len;
	errata__edit *edits;    /* sorted, not overlapping */
	size_t nedits, aedits;
};

/*
 * Replace prose[a, b) by spaces, keeping '\n' and '\r'. Eight bytes a
 * step: a byte of x ^ '\n' (or x ^ '\r') is zero exactly when the high
 * bit of ((y & 0x7f) + 0x7f) | y is clear (no carry crosses bytes), and
 * the kept bytes' high bits widen to whole bytes by a shift and a product.
 */
static inline void errata__mask(char *prose, size_t a, size_t b)
{
	const uint64_t ones = 0x0101010101010101ULL, low7 = 0x7f7f7f7f7f7f7f7fULL;
	size_t i = a;

	for (; i + 8 <= b; i += 8) {
		uint64_t x, ylf, ycr, keep;

		memcpy(&x, prose + i, 8);
		ylf = x ^ (ones * '\n');
		ycr = x ^ (ones * '\r');
		ylf = ((ylf & low7) + low7) | ylf;
		ycr = ((ycr & low7) + low7) | ycr;
		keep = (~(ylf & ycr) & ~low7) >> 7;
		keep *= 0xff;
		x = (x & keep) | (ones * ' ' & ~keep);
		memcpy(prose + i, &x, 8);
	}
	for (; i < b; i++)
		if (prose[i] != '\n' && prose[i] != '\r')
			prose[i] = ' ';
}

static inline int errata__is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline int errata__is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static inline int errata__is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The 1-based line holding byte offset (doc.c). */
unsigned int errata__doc_line_of(const errata_doc *doc, size_t offset);

/*
 * The starts of the text's lines, *n of them (the first at 0, or after a
 * byte order mark), borrowed from doc (doc.c). The prose view has the
 * same line feeds: masking keeps them and writes none.
 */
const size_t *errata__doc_lines(const errata_doc *doc, size_t *n);

/*
 * Where the front matter that errata__frontmatter() masked ends (the end
 * of its closing line); 0 when it masked none.
 */
size_t errata__doc_front_end(const errata_doc *doc);

/*
 * Set a meta value (copies both; replaces an earlier value of the same
 * key). Returns 0 or ERRATA_ENOMEM.
 */
int errata__doc_meta_set(errata_doc *doc, const char *key, size_t klen,
                         const char *value, size_t vlen);
/* Drop every meta value. */
void errata__doc_meta_clear(errata_doc *doc);

/*
 * Find and parse the YAML front matter at the start of the text
 * (frontmatter.c): mask it and store its scalar keys as meta. strict
 * (Markdown): malformed YAML is ERRATA_EINVALID with path:line:col.
 * Not strict (plain text): anything that is not a clean YAML mapping is
 * left alone as prose. *end: where the text after the front matter starts
 * (doc->bom when there is none). Returns 0 or a negative code.
 */
int errata__frontmatter(errata_doc *doc, int strict, size_t *end);

/* The format passes: mask doc->prose (markdown.c, html.c, links.c). */
int errata__markdown_mask(errata_doc *doc);
int errata__html_mask(errata_doc *doc);
int errata__text_mask(errata_doc *doc);

/* Mask bare URLs and e-mail addresses in prose[0, n) (links.c). */
void errata__links_mask(char *prose, size_t n);

/*
 * The URL around the "://" at p[c] (its scheme not starting before lo):
 * returns its end and sets *start, or returns 0 when there is none.
 */
size_t errata__url_scheme(const char *p, size_t c, size_t lo, size_t n, size_t *start);

/* The end of the "www." URL starting at p[w] (a word start after lo), or 0. */
size_t errata__url_www(const char *p, size_t w, size_t lo, size_t n);

/* The longest decoding of one reference: two code points. */
#define ERRATA__ENTITY_OUT 8

/*
 * Decode the HTML character reference at p[i] == '&' (entities.c): a
 * numeric one, or any name of the HTML standard's table written with its
 * ';'. On success returns the reference's byte length and stores the UTF-8
 * of its one or two characters (never longer than the reference; a tab,
 * line feed or no-break space as ' ') in out[0 .. *outlen); returns 0 when
 * p[i..n) is not a valid, known reference.
 */
size_t errata__entity_decode(const char *p, size_t i, size_t n,
                             char out[ERRATA__ENTITY_OUT], size_t *outlen);

/*
 * Decode every reference in prose[0, n) in place, padding with spaces.
 * With a document (prose is its prose view), the padding of a reference
 * followed by more of a word ("city&#8217;s") is recorded as an edit for
 * the normalised view, and a decoded mark that NFC may compose sets
 * doc->denorm. Returns 0, or ERRATA_ENOMEM (doc only).
 */
int errata__entities_decode(char *prose, size_t n, errata_doc *doc);

/*
 * Whether NFC may change text at code point cp (normal.c): it may compose
 * with what comes before it, or is never left as written. *ccc: its
 * canonical combining class, for the caller's check that marks come in
 * canonical order. Code points below U+0300 need no call (never, and 0).
 */
int errata__nfc_maybe(uint32_t cp, unsigned int *ccc);

/* The table of errata__nfc_inert() and the step that fills it (normal.c). */
extern uint64_t errata__nfc_inert_bits[0x10000 / 64];
extern uint64_t errata__nfc_inert_known[0x10000 / 64 / 64];
uint64_t errata__nfc_inert_fill(size_t word);

/*
 * Whether NFC leaves code point cp alone wherever it stands: 1 only when
 * errata__nfc_maybe() is 0 with class 0, as for most letters of every
 * script; 0 from U+10000, which the table does not keep. Safe from any
 * thread.
 */
static inline int errata__nfc_inert(uint32_t cp)
{
	size_t w = cp / 64;
	uint64_t bits;

	if (cp >= 0x10000)
		return 0;
	if ((__atomic_load_n(&errata__nfc_inert_known[w / 64], __ATOMIC_ACQUIRE) >> (w % 64)) & 1)
		bits = __atomic_load_n(&errata__nfc_inert_bits[w], __ATOMIC_RELAXED);
	else
		bits = errata__nfc_inert_fill(w);
	return (int)((bits >> (cp % 64)) & 1);
}

/* Record an edit for the normalised view (normal.c); 0 or ERRATA_ENOMEM. */
int errata__doc_edit(errata_doc *doc, size_t orig, size_t orig_end);

/*
 * Build the normalised view once the prose view is final (normal.c):
 * NFC where doc->denorm says it may differ, and the edits recorded.
 * Returns 0 or ERRATA_ENOMEM.
 */
int errata__normal_build(errata_doc *doc);

/* An HTML tag as errata__html_tag() reads it. */
typedef struct {
	size_t name, name_len;   /* offsets into the scanned buffer */
	size_t attrs, attrs_end; /* the attribute region */
	int end_tag;             /* </name> */
	int kind;                /* ERRATA__TAG_* */
} errata__tag;

enum {
	ERRATA__TAG_ELEMENT = 0, /* <name ...> or </name> */
	ERRATA__TAG_COMMENT,     /* <!-- ... --> */
	ERRATA__TAG_DECL,        /* <!DOCTYPE ...>, <!...> */
	ERRATA__TAG_PI,          /* <? ... > */
	ERRATA__TAG_CDATA        /* <![CDATA[ ... ]]> */
};

/*
 * Read the markup that starts at p[i] == '<' and ends before n (html.c).
 * Returns the offset just after it, or 0 when p[i] does not start
 * well-formed markup before n. quotes: attribute values in quotes may hold
 * '>'.
 */
size_t errata__html_tag(const char *p, size_t i, size_t n, int quotes,
                        errata__tag *tag);

/* Offset of the end tag "</name" (any case) in t[i, n), or n. */
size_t errata__html_find_end_tag(const char *t, size_t i, size_t n, const char *name);

/*
 * Walk the attributes of tag in p: call fn for each (value NULL when the
 * attribute has none). Stops early when fn returns non-zero and returns
 * that value.
 */
int errata__html_attrs(const char *p, const errata__tag *tag,
                       int (*fn)(void *ctx, const char *name, size_t nlen,
                                 const char *value, size_t vlen),
                       void *ctx);

/*
 * Look at the HTML comment doc->text[start, end) (from "<!--" to just
 * after "-->") for a suppression directive and record it (suppress.c).
 * Returns 1 when it was a directive, 0 when not, or ERRATA_ENOMEM.
 * Comments must be fed in document order.
 */
int errata__suppress_comment(errata_doc *doc, size_t start, size_t end);

/* Sort the ranges and build the lookup table once loading is done. */
int errata__suppress_finish(errata_doc *doc);

#endif
