/*
 * discover_internal.h: what discover.c shares with the files it calls on:
 * notnames.c (which candidates are no names), spans.c (mending the model's
 * spans before they are judged) and joins.c (names the model cut in two).
 * A candidate is a span of tokens with a type; everything is borrowed from
 * the article's erg_rz_t.
 */
#ifndef ERG_DISCOVER_INTERNAL_H
#define ERG_DISCOVER_INTERNAL_H

#include "ergraph.h"
#include "lexicon.h"
#include "recognize_internal.h"
#include "text.h"

#include <string.h>

/* listed words no name of a person starts or ends with */
#define JUNK_CLASSES                                                                               \
    ((1u << ERG_LX_FUNCTION) | (1u << ERG_LX_STARTER) | (1u << ERG_LX_DAY) |                      \
     (1u << ERG_LX_MONTH) | (1u << ERG_LX_TITLE) | (1u << ERG_LX_REPORTING) |                     \
     (1u << ERG_LX_CREDIT) | (1u << ERG_LX_RELATED) | (1u << ERG_LX_RANK))

/* words that make a phrase rather than a name after an honorific */
#define NOT_NAMES                                                                                  \
    ((1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD) | (1u << ERG_LX_EVENTHEAD) | (1u << ERG_LX_GENERIC))

/* head words a body's or a place's name ends in */
#define NAME_HEADS (ERG_LX_BIT(ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD))

typedef struct {
    size_t i, j; /* tokens, inclusive */
    erg_type_t type;
} cand_t;

/* Is the gap after token k exactly `gap`, spaces aside? */
static inline int gap_is(const erg_rz_t *rz, size_t k, char gap)
{
    int seen = 0;
    for (size_t p = rz->t.tok[k].end; p < rz->t.tok[k + 1].start; p++) {
        char ch = rz->a->text[p];
        if (ch == gap && !seen)
            seen = 1;
        else if (ch != ' ')
            return 0;
    }
    return seen && rz->t.tok[k].sent == rz->t.tok[k + 1].sent;
}

/* Is token k an English organization head word or company tail ("Group",
 * "Airways", "Energy", "Holdings"), whatever the article's language? */
static inline int english_org(const erg_rz_t *rz, size_t k)
{
    return english_word(rz, k, ERG_LX_ORGHEAD) || english_word(rz, k, ERG_LX_ORGTAIL);
}

/* May a name go on from token j to j+1: the same region (a dateline
 * ends where the text begins), no bracket, quote, comma or colon between? */
static inline int inner_gap(const erg_rz_t *rz, size_t j)
{
    if (rz->region[j] != rz->region[j + 1])
        return 0;
    for (size_t p = rz->t.tok[j].end; p < rz->t.tok[j + 1].start; p++)
        if (strchr("()[],;:\"", rz->a->text[p]))
            return 0; /* "PT Dalihan Natolu Grup (DNG)": the bracket is another mention */
    return 1;
}

/* Is token k a lowercase "bin" or "binti" (son, daughter of: "Adi bin
 * Elam")? */
static inline int patronym_at(const erg_rz_t *rz, size_t k)
{
    return !is_cap(rz, k) && (key_is(rz, k, "bin") || key_is(rz, k, "binti"));
}

/* Is token k a conjunction in lowercase ("and", "dan")? */
static inline int lower_conjunction(const erg_rz_t *rz, size_t k)
{
    return (rz->cls[k] & (1u << ERG_LX_CONJUNCTION)) && !is_cap(rz, k);
}

/* Does token k open its sentence (a headline is a sentence of its own)? */
static inline int opens_sentence(const erg_rz_t *rz, size_t k)
{
    return k == 0 || rz->t.tok[k - 1].sent != rz->t.tok[k].sent;
}

/* ---- notnames.c ---------------------------------------------------------------- */

/* Is candidate c no name: an event, law, programme or product, a kind of
 * people, a phrase of common words, a name glued to a handle, a title-case
 * phrase, a dictionary word opening a sentence, initials in crime news? */
int erg__no_name(const erg_rz_t *rz, const cand_t *c);
/* The last token of the ship's name candidate c is or opens, after a
 * ship's prefix ("KRI Bima Suci", "MV Sea Dragon"; vessels.txt), or
 * ERG_RZ_NONE: up to a rank or title, where its commander's name begins
 * ("KRI Bima Suci | Letkol Laut (P) Waluyo"). *hull: the name's first
 * token, which may come before c ("KMP Sinar | Teluk Jaya"). */
size_t erg__vessel(const erg_rz_t *rz, const cand_t *c, size_t *hull);
/* Is token h the Sasak title "Lalu" or "Baiq" opening the name after it,
 * inside a sentence (spans.c)? */
int erg__sasak_title(const erg_rz_t *rz, size_t h);
/* Is token k's word one that its language's dictionary writes in
 * lowercase only (dictionary-*.txt), in Indonesian also with a suffix
 * ("Ratusan": "ratus")? */
int erg__dictionary_word(const erg_rz_t *rz, size_t k);
/* Is token k a common noun: a dictionary word, or in Indonesian a noun
 * made with "ke-"/"pe-" and "-an" ("Keuangan", "Penataan", "Permukiman")
 * or ending in "-isasi" ("Hilirisasi"), which the dictionary of root words
 * lacks? */
int erg__common_noun(const erg_rz_t *rz, size_t k);
/* Is candidate c a short form in brackets of a lowercase phrase ("CSR")? */
int erg__short_form_of_phrase(const erg_rz_t *rz, const cand_t *c);
/* Is candidate c, whose phrase key is `key`, a known company in the plural
 * ("Saabs")? */
int erg__products_of(const erg_rz_t *rz, const cand_t *c, const erg_buf_t *key);
/* Does candidate c hold an organization or place head word, or a company's
 * tail word? */
int erg__any_head(const erg_rz_t *rz, const cand_t *c);
/* Is English "person" c followed at once by a number and a word ("Metal
 * Slug 3 is")? */
int erg__numbered(const erg_rz_t *rz, const cand_t *c);
/* May candidate c name a product (no head word, single acronym or famous
 * surname in it)? */
int erg__thing_like(const erg_rz_t *rz, const cand_t *c);
/* Is candidate c a product, work or programme by the lowercase noun right
 * before it or right after it ("web browser Safari", "aplikasi
 * ScamShield", "the MyDoom virus")? */
int erg__thing_by_cue(const erg_rz_t *rz, const cand_t *c);
/* Is candidate c the bracketed short form of the event, law or programme
 * named before it ("Upacara Prasetya Perwira (Praspa)")? */
int erg__event_short_form(const erg_rz_t *rz, const cand_t *c);
/* Does a known company's name end at token k, joined to the next word, in
 * English news: a maker before its model ("the GMC | Savana")? */
int erg__maker_at(const erg_rz_t *rz, size_t k);

/* ---- discover.c ---------------------------------------------------------------- */

/* Appends the word s[0..n) to `out`: its first letter in capitals with
 * title_case or cap_first, the others in lowercase with title_case
 * ("SEOUL" -> "Seoul"), else as written. */
int erg__add_recased(erg_buf_t *out, const char *s, size_t n, int title_case, int cap_first);
/* The gazetteer's mention (not a discovered one) starting at token k, of
 * a type of `types` (bits 1 << ERG_TYPE_...), or ERG_RZ_NONE. */
size_t erg__known_at(const erg_rz_t *rz, size_t k, unsigned types);
/* "Haile Desta (Ethiopia) 13:04.10": is the name ending at token j followed
 * by a known state, written out, alone in brackets or before a player's
 * seed ("(France, 7)"), as results and line-ups give an athlete's country? */
int erg__state_in_brackets(const erg_rz_t *rz, size_t j);
/* The gazetteer's place mention starting at token k, or ERG_RZ_NONE. */
size_t erg__known_place_at(const erg_rz_t *rz, size_t k);
/* The gazetteer's place mention right after token j, its head word passed
 * over ("Dinas Sosial | Kota Denpasar"), or ERG_RZ_NONE; *k is set to the
 * token it starts at. */
size_t erg__known_place_after(const erg_rz_t *rz, size_t j, size_t *k);

/* A run of capitalised tokens from k, within one region (lowercase
 * function words allowed between capitalised ones: "Bank of Korea");
 * returns its last token. (discover.c) */
size_t erg__cap_run(const erg_rz_t *rz, size_t k);

/* ---- joins.c ------------------------------------------------------------------- */

/* Joins candidates v[0..*n) (in text order) the model cut in two: a person
 * and the father's name after "bin" or "binti", an Indonesian body and its
 * class and seat; may drop candidates (*n shrinks). */
void erg__join_candidates(const erg_rz_t *rz, cand_t *v, size_t *n);

/* ---- spans.c ------------------------------------------------------------------- */

/* Mends the candidates v[0..*n), in text order, where the model cut or ran
 * on names: a name up to the short form it defines, a name cut after a
 * rank, a body and its head; may drop candidates (*n shrinks). */
void erg__mend_candidates(const erg_rz_t *rz, cand_t *v, size_t *n);
/* Mends one candidate: its start after a rank or a lowercase title, a
 * regency off a person's front. */
void erg__mend_one(const erg_rz_t *rz, cand_t *c);
/* Is candidate c a place by its article: an Indonesian "person" of one or
 * two words written elsewhere after a place head word ("Kabupaten
 * Sragen"), or a "person" or "organization" of one word listed among two
 * places or more and nothing else ("Ngawi, Magetan, dan Sragen", "Paris,
 * Lille and Lyon")? */
int erg__place_by_article(const erg_rz_t *rz, const cand_t *c);

#endif
