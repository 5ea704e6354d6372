/*
 * normal.c: the normalised view, the prose as words are compared.
 *
 * Text pasted from some systems is in Unicode NFD ("fe\u0301vrier"), which
 * no locale table's "février" matches, and a character reference inside a
 * word leaves its padding in the prose view ("city’     s"), as does a
 * soft hyphen, an invisible hint where a word may break ("Feb\u00adruary").
 * Date extraction reads the normalised view instead: the prose view in NFC
 * (utf8proc), without that padding and without soft hyphens. It is built only where it differs:
 * loading flags a code point that NFC may change while it validates the
 * UTF-8 (one table look-up per code point from U+0300, nothing below), and
 * the entity pass records the padding it leaves inside words. Otherwise
 * the normalised view is the prose view itself, at no cost.
 *
 * Where it differs, the view is a copy with a sorted list of edits (a
 * stretch of the prose view and what the copy holds instead), which maps
 * an offset of the view back to the text: findings keep pointing at the
 * original bytes.
 */
#include "common.h"
#include "text/text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/*
 * A combining sequence of more code points than this (text that is not
 * "stream-safe", as Unicode calls it) is left as written: it bounds the
 * work per sequence.
 */
#define SEQ_MAX 32

int errata__nfc_maybe(uint32_t cp, unsigned int *ccc)
{
	const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
	utf8proc_int32_t d[8];
	utf8proc_ssize_t k;
	int boundclass = 0;

	*ccc = p->combining_class;
	/* excluded from composition, or the second of a composition pair */
	if (p->comp_exclusion || (p->comb_index != UINT16_MAX && (p->comb_index & 0x8000)))
		return 1;
	/* Hangul vowel and trailing jamo (composed by rule, not by table) */
	if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11a8 && cp <= 0x11c2))
		return 1;
	if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0)
		return 0;
	/*
	 * A canonical decomposition: NFC puts back the precomposed letters
	 * (é), but not singletons (the Kelvin sign) or what starts with a mark.
	 */
	k = utf8proc_decompose_char((utf8proc_int32_t)cp, d, 8, UTF8PROC_DECOMPOSE, &boundclass);
	if (k < 1 || k > 8)
		return 1;
	k = utf8proc_normalize_utf32(d, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	return k != 1 || d[0] != (utf8proc_int32_t)cp;
}

/*
 * The table behind errata__nfc_inert() (text.h): a bit for each code
 * point below U+10000, worked out 64 code points at a time when one of
 * them is first asked about and kept for the process. Threads that fill
 * the same word at once write the same bits; a word is read only once
 * its known bit is set.
 */
uint64_t errata__nfc_inert_bits[0x10000 / 64];
uint64_t errata__nfc_inert_known[0x10000 / 64 / 64];

uint64_t errata__nfc_inert_fill(size_t w)
{
	uint64_t bits = 0;

	for (uint32_t k = 0; k < 64; k++) {
		unsigned int ccc;

		if (!errata__nfc_maybe((uint32_t)w * 64 + k, &ccc) && ccc == 0)
			bits |= (uint64_t)1 << k;
	}
	__atomic_store_n(&errata__nfc_inert_bits[w], bits, __ATOMIC_RELAXED);
	__atomic_fetch_or(&errata__nfc_inert_known[w / 64], (uint64_t)1 << (w % 64), __ATOMIC_RELEASE);
	return bits;
}

int errata__doc_edit(errata_doc *doc, size_t orig, size_t orig_end)
{
	errata__edit *e;

	if (doc->nedits == doc->aedits) {
		size_t ncap = doc->aedits ? doc->aedits * 2 : 16;

		if (!(e = realloc(doc->edits, ncap * sizeof(*e))))
			return errata__oom();
		doc->edits = e;
		doc->aedits = ncap;
	}
	e = &doc->edits[doc->nedits++];
	e->orig = orig;
	e->orig_end = orig_end;
	e->norm = e->norm_end = e->rep = 0;
	return 0;
}

static unsigned int ccc_of(uint32_t cp)
{
	return cp < 0x300 ? 0 : utf8proc_get_property((utf8proc_int32_t)cp)->combining_class;
}

/* The code point at p[i] (valid UTF-8) and its length. */
static size_t cp_at(const char *p, size_t i, size_t n, uint32_t *cp)
{
	size_t k = errata__utf8_decode((const unsigned char *)p + i, n - i, cp);

	if (k == 0) {
		*cp = (unsigned char)p[i];
		k = 1;
	}
	return k;
}

/*
 * NFC of p[a, b) into out (room for 4 * 4 * SEQ_MAX bytes): its length,
 * or 0 when the sequence is too long to normalise.
 */
static size_t nfc_of(const char *p, size_t a, size_t b, char *out)
{
	utf8proc_int32_t buf[4 * SEQ_MAX];
	utf8proc_ssize_t k;
	size_t o = 0;

	k = utf8proc_decompose((const utf8proc_uint8_t *)p + a, (utf8proc_ssize_t)(b - a),
	                       buf, 4 * SEQ_MAX, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	if (k < 1 || k > 4 * SEQ_MAX)
		return 0;
	k = utf8proc_normalize_utf32(buf, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (k < 1)
		return 0;
	for (utf8proc_ssize_t i = 0; i < k; i++)
		o += (size_t)utf8proc_encode_char(buf[i], (utf8proc_uint8_t *)out + o);
	return o;
}

/*
 * Find the stretches of the prose view that NFC changes and record each
 * as an edit, its replacement appended to *side (rep, and its length in
 * norm_end until the view is built).
 */
static int nfc_edits(errata_doc *doc, errata_buf *side)
{
	const char *p = doc->prose;
	size_t n = doc->len, i = 0, floor = 0, last_end = SIZE_MAX;
	unsigned int last_ccc = 0;
	char out[4 * 4 * SEQ_MAX];
	int error = 0;

	while (i < n) {
		size_t k, start, end, count, olen;
		unsigned int ccc;
		uint32_t cp;

		if ((unsigned char)p[i] < 0xcc) {
			/* ASCII, or a code point below U+0300: a soft hyphen goes */
			if ((unsigned char)p[i] == 0xc2 && i + 1 < n && (unsigned char)p[i + 1] == 0xad) {
				if ((error = errata__doc_edit(doc, i, i + 2)) < 0)
					break;
				floor = i + 2;
			}
			i += (unsigned char)p[i] < 0x80 ? 1 : 2;
			continue;
		}
		k = cp_at(p, i, n, &cp);
		if (!errata__nfc_maybe(cp, &ccc) && !(ccc && last_end == i && ccc < last_ccc)) {
			last_ccc = ccc;
			last_end = i + k;
			i += k;
			continue;
		}
		/* the sequence: back to the starter before it, on over its marks */
		start = i;
		for (count = 0; start > floor && count < SEQ_MAX; count++) {
			size_t s = start - 1;
			uint32_t c;

			while (s > floor && ((unsigned char)p[s] & 0xc0) == 0x80)
				s--;
			cp_at(p, s, n, &c);
			start = s;
			if (ccc_of(c) == 0)
				break;
		}
		end = i + k;
		for (count = 0; end < n && (unsigned char)p[end] >= 0xcc; count++) {
			uint32_t c;
			size_t kk = cp_at(p, end, n, &c);
			unsigned int cc;

			if (!errata__nfc_maybe(c, &cc) && cc == 0)
				break;
			end += kk;
		}
		i = floor = end;
		last_end = SIZE_MAX;
		if (count >= SEQ_MAX || (olen = nfc_of(p, start, end, out)) == 0 ||
		    (olen == end - start && !memcmp(out, p + start, olen)))
			continue;
		if ((error = errata__doc_edit(doc, start, end)) < 0)
			break;
		doc->edits[doc->nedits - 1].rep = side->size;
		doc->edits[doc->nedits - 1].norm_end = olen;
		if ((error = errata_buf_put(side, out, olen)) < 0)
			break;
	}
	return error;
}

static int edit_cmp(const void *a, const void *b)
{
	const errata__edit *x = a, *y = b;

	return x->orig < y->orig ? -1 : x->orig > y->orig;
}

int errata__normal_build(errata_doc *doc)
{
	errata_buf side = ERRATA_BUF_INIT;
	size_t kept = 0, prev = 0, o = 0, grow = 0;
	int error = 0;

	if (doc->denorm && (error = nfc_edits(doc, &side)) < 0)
		goto cleanup;
	if (!doc->nedits)
		goto cleanup;
	/* the entity pass's edits came first: one order, no overlaps */
	qsort(doc->edits, doc->nedits, sizeof(*doc->edits), edit_cmp);
	for (size_t k = 0; k < doc->nedits; k++) {
		if (kept && doc->edits[k].orig < doc->edits[kept - 1].orig_end)
			continue;
		grow += doc->edits[k].norm_end;
		doc->edits[kept++] = doc->edits[k];
	}
	doc->nedits = kept;
	if (!(doc->norm = malloc(doc->len + grow + 1))) {
		error = errata__oom();
		goto cleanup;
	}
	for (size_t k = 0; k < doc->nedits; k++) {
		errata__edit *e = &doc->edits[k];
		size_t rlen = e->norm_end;

		memcpy(doc->norm + o, doc->prose + prev, e->orig - prev);
		o += e->orig - prev;
		e->norm = o;
		if (rlen)
			memcpy(doc->norm + o, side.ptr + e->rep, rlen);
		o += rlen;
		e->norm_end = o;
		prev = e->orig_end;
	}
	memcpy(doc->norm + o, doc->prose + prev, doc->len - prev);
	o += doc->len - prev;
	doc->norm[o] = '\0';
	doc->norm_len = o;
cleanup:
	errata_buf_dispose(&side);
	return error;
}

const char *errata_doc_normalized(const errata_doc *doc, size_t *len)
{
	if (len)
		*len = doc->norm ? doc->norm_len : doc->len;
	return doc->norm ? doc->norm : doc->prose;
}

size_t errata_doc_normalized_offset(const errata_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->nedits;
	const errata__edit *e;

	if (!doc->norm)
		return off > doc->len ? doc->len : off;
	if (off > doc->norm_len)
		off = doc->norm_len;
	/* the last edit that starts at or before off */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->edits[mid].norm <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return off;
	e = &doc->edits[lo - 1];
	if (off >= e->norm_end)
		return e->orig_end + (off - e->norm_end);
	return off == e->norm ? e->orig : e->orig_end;
}
