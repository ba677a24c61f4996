/*
 * text.h: UTF-8 text -> tokens, sentences, paragraphs (utf8proc).
 *
 * A token is a maximal run of letters, marks and digits; everything else
 * (spaces, punctuation, hyphens, apostrophes) separates tokens, so "Kim
 * Jong-un" and "KIM JONG UN" give the same normalized keys. A key is the
 * token casefolded, accents stripped, NFKC. Invalid UTF-8 bytes separate
 * tokens and never enter a key.
 *
 * Sentences end at . ! ? (not after abbreviations, initials or inside
 * numbers such as "2.000"), at a full stop glued to a capitalised word
 * ("pulih.Sementara"), and at every line break. Paragraphs end at blank
 * lines; a text without any blank line has one paragraph per line.
 */
#ifndef ERG_TEXT_H
#define ERG_TEXT_H

#include "ergraph.h"
#include "map.h"
#include "mem.h"

enum {
    ERG_TOK_CAP = 1,     /* first character is an uppercase letter */
    ERG_TOK_ALLCAPS = 2, /* has letters, all uppercase */
    ERG_TOK_DIGIT = 4,   /* first character is a digit */
    ERG_TOK_NOCASE = 8   /* first character is a letter of a script without case (CJK) */
};

/* 32-bit fields keep a token in 32 bytes (an article has as many tokens as
 * words); erg__text_tokenize refuses a text of ERG_TEXT_MAX bytes or more. */
typedef struct {
    uint32_t start, end;  /* bytes in the text */
    uint32_t key, keylen; /* normalized form: keys.buf + key */
    uint32_t flags;
    uint32_t sent, para, line;
} erg_token_t;

#define ERG_TEXT_MAX ((size_t)1 << 30)

typedef struct {
    erg_token_t *tok;
    size_t n, cap;
    erg_buf_t keys;
    size_t *sent_start, *sent_end; /* sentence spans [start, end) */
    size_t nsent, sentcap;
    /* at[b]: the first token that starts at byte b << ERG_TOKENS_AT_SHIFT or
     * after it, for b < nat, so that erg__tokens_at looks at a token or two
     * rather than searching; NULL for a short text */
    uint32_t *at;
    size_t nat;
} erg_tokens_t;

#define ERG_TOKENS_AT_SHIFT 4

/* Tokenizes and segments text[0..len); `out` must be zeroed or released.
 * `abbrevs` (borrowed; NULL: none) holds the token keys after which a full
 * stop does not end a sentence (the lexicon's abbreviations.txt); only
 * sentence spans depend on it. ERG_EINVAL when len >= ERG_TEXT_MAX (keys
 * may be longer than the text). */
int erg__text_tokenize(const char *text, size_t len, const erg_map_t *abbrevs, erg_tokens_t *out);
void erg__tokens_release(erg_tokens_t *t);
/* The first token that starts at byte `start` or after it (t->n when none):
 * from the table t->at, or a binary search in a short text. */
size_t erg__tokens_at(const erg_tokens_t *t, size_t start);
/* The key of a phrase: its tokens' keys joined by one space, appended to
 * `out`. Sets *ntok (when not NULL) to the number of tokens. */
int erg__text_phrase_key(const char *s, size_t n, erg_buf_t *out, size_t *ntok,
                        unsigned *first_flags);
/* Is w[0..n) one of the words of the phrase key key[0..klen) (words one
 * space apart: "prabowo subianto")? */
int erg__key_has_word(const char *key, size_t klen, const char *w, size_t n);

/* A span index: a map from phrase keys to bit masks holding every phrase
 * and every proper prefix of one in whole tokens, so that a scan over the
 * tokens stops extending a span as soon as no phrase starts with it: one
 * pass over the text, however many phrases. erg__spans_add ORs `bits` into
 * the value of the phrase key[0..len) and adds its prefixes (value 0
 * unless they are phrases themselves); a prefix also gets ERG_SPAN_MORE,
 * so a scan need not look further after a phrase nothing longer starts
 * with (most one-word phrases). `bits` must not use that bit. */
#define ERG_SPAN_MORE ((size_t)1 << (sizeof(size_t) * 8 - 1))
int erg__spans_add(erg_map_t *spans, const char *key, size_t len, size_t bits);
/* One step of that scan: `key` holds the key of the `span` tokens before
 * token `tok`; appends tok's key and sets *v to the value of the longer
 * span, or NULL when no phrase starts with it. A first token is looked up
 * before it is copied, since most tokens start no phrase. */
int erg__spans_step(const erg_map_t *spans, const erg_tokens_t *t, size_t tok, size_t span,
                   erg_buf_t *key, const size_t **v);
/* The same step (span > 0) given h, the map's hash (erg__hash) of the
 * longer key, computed ahead; 0 when it was not: then it is computed here. */
int erg__spans_step_hashed(const erg_map_t *spans, const erg_tokens_t *t, size_t tok, size_t span,
                          erg_buf_t *key, const size_t **v, uint64_t h);
/* The first step when the lookup of token `tok` alone was made already
 * (recognize_internal.h) and gave v: `key` becomes its key when v is not NULL. */
int erg__spans_first(const erg_tokens_t *t, size_t tok, const size_t *v, erg_buf_t *key);
/* The last pieces, after their last space, of the keys of a span index
 * that have a space, as a bit filter by their hashes (erg__hash): a token
 * whose key has no space and is not in it goes on no span of the index,
 * found without building the longer key and probing for it (nine steps in
 * ten fail). A filter answers "maybe" for a few other words too, which
 * then take the step as before: the same spans either way, in some 8 bits
 * a key rather than a map. */
typedef struct {
    uint64_t *bits;
    uint64_t mask; /* bits - 1 */
} erg_tails_t;
/* Fills *out (zeroed or released) from `spans`; 0 or ERG_ENOMEM. */
int erg__spans_tails(const erg_map_t *spans, erg_tails_t *out);
/* May a key hashed h be one of the pieces? (1 when out is empty of bits) */
static inline int erg__tails_may(const erg_tails_t *t, uint64_t h)
{
    uint64_t b = (h >> 24) & t->mask;
    return !t->bits || (t->bits[b / 64] >> (b % 64) & 1);
}
void erg__tails_release(erg_tails_t *t);

#endif
