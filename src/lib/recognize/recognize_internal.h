/*
 * recognize_internal.h: what the recognizer's files share: the word table
 * (wordtable.c) and the state of one article (article.c) that the passes read
 * and add mentions to.
 *
 * recognize.c runs the passes in order over one erg_rz_t (article.c):
 *   regions.c   credit lines and datelines (role byline), related-article
 *               lines (skipped), headlines (title-case lines)
 *   match.c     gazetteer matches, longest first
 *   discover.c  names no gazetteer lists: the tagger's spans and the rules
 *               of titles and head words, mended (spans.c) and filtered for
 *               junk (notnames.c); discover_internal.h is what they share
 *   acronyms.c  a name with its short form in brackets: one mention, and
 *               the short form elsewhere in the article is that entity
 *   coref.c     short forms ("Kim", "Putin") -> the full name in the article
 *   sources.c   an outlet cited as the source of a quote -> role source
 *   localforms.c  a form several states' parties share ("Labour", "the
 *               Liberals") -> the party of the state the article is about
 *   capitals.c  (--resolve-capitals) a capital standing for its government
 *               -> its state
 * Everything here is borrowed from recognize.c for the length of one call;
 * the mentions own the names they add (erg_rz_name).
 */
#ifndef ERG_RECOGNIZE_INTERNAL_H
#define ERG_RECOGNIZE_INTERNAL_H

#include "ergraph.h"
#include "map.h"
#include "tagger.h"
#include "lexicon.h"
#include "text.h"

#include <string.h>

/* ---- wordtable.c -------------------------------------------------------------- */

/*
 * recognize_internal.h: the distinct words a thread meets, each looked up once
 * (internal to the recognizer).
 *
 * Every token used to cost a lookup in four maps: the function words (to
 * guess the language), the word lists' span index, the gazetteer's span
 * index and the tagger's word cache. Running text repeats its words, so
 * each thread keeps one table from a word's bytes in the text to what the
 * first three lookups give for it alone, and numbers its words: a token
 * then costs one lookup here, and the tagger finds its own entry by that
 * number (tagger.h) instead of hashing the word again. What a token's
 * first step into a span index finds is exactly what the map would say,
 * so every output stays the same.
 *
 * Ownership: the table belongs to its thread, is freed when the thread
 * ends (the main thread's lives until exit) and starts afresh, with a new
 * serial, when the gazetteer or lexicon differ from last time (by their
 * serials) or it has grown past its bound, always between articles.
 */



/* Numbers the tokens of t (text is what they index) in the calling
 * thread's table for gazetteer g and lexicon lx, adding new words. `out`
 * must be zeroed or released. */
int erg__words_look(const erg_gazetteer_t *g, const erg_lexicon_t *lx, const char *text,
                   const erg_tokens_t *t, erg_words_t *out);
void erg__words_release(erg_words_t *w);

/* ---- the article state (article.c) and the passes ------------------------ */

/* Empties `m` for the next article, keeping its arrays and arena blocks'
 * memory out of the way: names from before are gone. */
void erg__mentions_reset(erg_mentions_t *m);

/* Regions of text: BYLINE (credits) and DATELINE give role byline. */
enum { ERG_REGION_TEXT = 0, ERG_REGION_BYLINE, ERG_REGION_SKIP, ERG_REGION_DATELINE,
       ERG_REGION_SPEAKER /* a transcript's speaker's label: "SAKSI LINDA:" (speakers.c) */ };

#define ERG_RZ_NONE ((size_t)-1)

typedef struct {
    const erg_gazetteer_t *g;
    const erg_lexicon_t *lx;
    const erg_tagger_model_t *model; /* the model of the article's language; NULL: no discovery */
    const erg_article_t *a;
    erg_mentions_t *m;
    int lang;                /* ERG_LX_ID or ERG_LX_EN */
    erg_tokens_t t;
    erg_words_t words;       /* the tokens numbered in the thread's word table */
    erg_lx_bits_t *cls;      /* word-list classes per token (lexicon.h) */
    unsigned char *region;   /* ERG_REGION_* per token */
    unsigned char *headline; /* 1 for tokens on a title-case line */
    size_t *owner;           /* index of the mention covering the token, or ERG_RZ_NONE */
    erg_map_t keys;          /* entity name -> its key in the mentions' arena (erg__rz_key) */
    unsigned char *gz;       /* gazetteer marks for the tagger (tagger.h) */
    /* the tokens right after a capitalised place head word, joined to it
     * ("Kabupaten | Blora"): found on the first question (spans.c), which
     * would otherwise scan the whole article for every candidate */
    struct {
        size_t *at, n;
        int ready;
    } after_head;
} erg_rz_t;

/* Tokenizes a->text, numbers its words and gives each token its word-list
 * classes; `lang` < 0 guesses the language. `models` holds a tagger model
 * per list language (ERG_NLANG of them; NULL: no tagger): the article is
 * tagged with the model of its language. The passes then run in order,
 * erg__rz_regions first (it fills the regions and headlines the others
 * read). erg__rz_end frees. */
int erg__rz_begin(erg_rz_t *rz, const erg_gazetteer_t *g, const erg_lexicon_t *lx,
                 const erg_tagger_model_t *const *models, const erg_article_t *a, int lang,
                 erg_mentions_t *m);
void erg__rz_end(erg_rz_t *rz);

/* Adds a mention of tokens i..j (inclusive) and marks them owned by it.
 * `entity` is borrowed (gazetteer) unless `copy`, when it is copied into
 * the mentions' arena; its phrase key is made (once per article). */
int erg__rz_push(erg_rz_t *rz, size_t i, size_t j, const char *entity, int copy, erg_type_t type,
                unsigned flags);
/* The same for gazetteer entity e, whose name and key are borrowed. */
int erg__rz_push_known(erg_rz_t *rz, size_t i, size_t j, size_t e, unsigned flags);
/* Drops mention o (its entity cleared: recognize.c leaves it out) and frees
 * its tokens for other passes. */
void erg__rz_drop(erg_rz_t *rz, size_t o);
/* Does s[0..n) end in a web domain ("Kompas.com", "Viva.co.id")? (sources.c) */
int erg__web_address(const char *s, size_t n);
/* A NUL-terminated copy of s[0..n) in the mentions' arena, for a name
 * the passes make; NULL when out of memory. */
const char *erg__rz_name(erg_rz_t *rz, const char *s, size_t n);
/* The phrase key of `entity`, in the mentions' arena; NULL when out of
 * memory. */
const char *erg__rz_key(erg_rz_t *rz, const char *entity);
/* May tokens i and i+1 belong to one name: same sentence, separated only
 * by spaces, hyphens, dots or apostrophes? */
int erg__rz_joinable(const erg_rz_t *rz, size_t i);
/* Is the gap after token k an apostrophe alone between a one-letter
 * capital and a capitalised word ("O'Connor", "D’Alema"), one name the
 * tokens split? (spans.c) */
int erg__apostrophe_glued(const erg_rz_t *rz, size_t k);
/* Are tokens k and k + 1 joined by one hyphen and nothing else ("Won-gon",
 * "al-Qaida", "se-Jawa")? The caller knows k + 1 is a token. */
static inline int hyphen_glued(const erg_rz_t *rz, size_t k)
{
    return rz->t.tok[k + 1].start == rz->t.tok[k].end + 1 && rz->a->text[rz->t.tok[k].end] == '-';
}

/* Do tokens q and k have the same key ("Blora" and "BLORA")? */
static inline int same_key(const erg_rz_t *rz, size_t q, size_t k)
{
    const erg_token_t *a = &rz->t.tok[q], *b = &rz->t.tok[k];
    return a->keylen == b->keylen && memcmp(rz->t.keys.buf + a->key, rz->t.keys.buf + b->key, a->keylen) == 0;
}

/* Is token k's key the n bytes of w (key_is: a literal, "of")? */
static inline int key_n(const erg_rz_t *rz, size_t k, const char *w, size_t n)
{
    return rz->t.tok[k].keylen == n && memcmp(rz->t.keys.buf + rz->t.tok[k].key, w, n) == 0;
}
#define key_is(rz, k, w) key_n(rz, k, w, sizeof w - 1)

/* Is token k's key one of the n words of w (key_in: an array)? */
static inline int key_among(const erg_rz_t *rz, size_t k, const char *const *w, size_t n)
{
    for (size_t q = 0; q < n; q++)
        if (key_n(rz, k, w[q], strlen(w[q])))
            return 1;
    return 0;
}
#define key_in(rz, k, w) key_among(rz, k, w, sizeof w / sizeof *w)

/* Are the n bytes of s a quarter's, a half-year's or a network's code
 * ("3Q", "1H", "5G"), no model's? */
static inline int period_code(const char *s, size_t n)
{
    return n == 2 && s[0] >= '1' && s[0] <= '5' && (s[1] == 'Q' || s[1] == 'H' || s[1] == 'G');
}

/* Is the text from byte a to byte b glued to a code by "_" on either side
 * ("Xingyi_EN", "_ajax")? A word so glued is no name. */
static inline int underscore_glued(const erg_rz_t *rz, size_t a, size_t b)
{
    return (a > 0 && rz->a->text[a - 1] == '_') || (b < rz->a->len && rz->a->text[b] == '_');
}

/* Is token k capitalised (or of a script without case)? */
static inline int is_cap(const erg_rz_t *rz, size_t k)
{
    return (rz->t.tok[k].flags & (ERG_TOK_CAP | ERG_TOK_NOCASE)) != 0;
}

/* Tokens i..j (inclusive) of mention x; 0 when it holds none. */
static inline int mention_tokens(const erg_rz_t *rz, const erg_mention_t *x, size_t *i, size_t *j)
{
    *i = erg__tokens_at(&rz->t, x->start);
    size_t end = erg__tokens_at(&rz->t, x->end);
    if (*i >= end)
        return 0;
    *j = end - 1;
    return 1;
}

/* Is token k (k > 0) one space after the token before it? */
static inline int spaced(const erg_rz_t *rz, size_t k)
{
    return rz->t.tok[k].start == rz->t.tok[k - 1].end + 1 && rz->a->text[rz->t.tok[k - 1].end] == ' ';
}

/* Is token k an "s" glued by an apostrophe to the token before
 * ("Macrovision's"), or split from it as tokenized text writes it
 * ("Macrovision 's")? */
static inline int possessive_s(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *t = &rz->t.tok[k];
    const char *s = rz->a->text;
    if (k == 0 || t->end - t->start != 1 || (s[t->start] | 0x20) != 's')
        return 0;
    size_t a = rz->t.tok[k - 1].end, b = t->start;
    if (b > a && s[a] == ' ')
        a++;
    return (b == a + 1 && s[a] == '\'') || (b == a + 3 && memcmp(s + a, "\xe2\x80\x99", 3) == 0);
}

/* Is token k an item of English list `list` (ERG_LX_ORGHEAD: "Group",
 * "Airways"; ERG_LX_LOCHEAD: "Airport"), whatever the article's language?
 * Indonesian news keeps many English names. */
static inline int english_word(const erg_rz_t *rz, size_t k, int list)
{
    if (rz->lang == ERG_LX_EN)
        return (rz->cls[k] & ERG_LX_BIT(list)) != 0;
    /* the word's value in the English span index, which the word table
     * looked up once for every token of this word: its list bits are the
     * lists holding the key itself as an item (a prefix of a longer item
     * adds only ERG_SPAN_MORE), what erg__lexicon_has would find, without
     * a lookup for each question */
    const erg_word_t *w = &rz->words.w[rz->words.id[k]];
    return (w->has & (1u << ERG_LX_EN)) && (w->lex[ERG_LX_EN] & ERG_LX_BIT(list));
}

/* Is token k an item of list `list` in the article's language or in
 * English ("Cultural Roots" is common in both)? */
static inline int either_lang(const erg_rz_t *rz, size_t k, int list)
{
    return (rz->cls[k] & ERG_LX_BIT(list)) || english_word(rz, k, list);
}

/* Is token k a lowercase noun of things (thingtails-*.txt: "virus",
 * "models") joined to the name before it ("the MyDoom virus")? */
static inline int erg__thing_noun_at(const erg_rz_t *rz, size_t k)
{
    return k > 0 && k < rz->t.n && (rz->cls[k] & ERG_LX_BIT(ERG_LX_THINGTAIL)) &&
           !(rz->t.tok[k].flags & (ERG_TOK_CAP | ERG_TOK_NOCASE)) && erg__rz_joinable(rz, k - 1);
}

/* Does a lowercase noun of things (thingtails-*.txt: "models", "cars")
 * follow the name ending at token e, right after it or after "and" and
 * another capitalised name ("its Opel and Vauxhall models", "its Explorer
 * EV and Capri models")? */
static inline int erg__things_noun_after(const erg_rz_t *rz, size_t e)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = e + 1;
    if (k < t->n && (rz->cls[k] & ERG_LX_BIT(ERG_LX_CONJUNCTION)) && !(t->tok[k].flags & ERG_TOK_CAP) &&
        erg__rz_joinable(rz, e) && t->tok[k].sent == t->tok[e].sent) {
        k++;
        while (k < t->n && k - e < 5 && (t->tok[k].flags & ERG_TOK_CAP) && erg__rz_joinable(rz, k - 1) &&
               t->tok[k].sent == t->tok[e].sent)
            k++;
        if (k == e + 2)
            return 0;
    }
    return erg__thing_noun_at(rz, k);
}

/* Is key[0..n) a company's prefix, a word of expansions-*.txt with no long
 * form ("PT", "CV")? */
static inline int erg__company_prefix(const erg_rz_t *rz, const char *key, size_t n)
{
    const char *longer = rz->lx ? erg__lexicon_expansion(rz->lx, rz->lang, key, n) : NULL;
    return longer && !*longer;
}

/* A mention's flag beside ERG_MENTION_*, inside the recognizer only: a
 * person a line's form names (results.c: a scorecard's player, a scorer;
 * lineups.c: a team's player), never a lone word (coref.c). recognize.c
 * clears it. */
#define ERG_MENTION_FORMED (1u << 15)

/* The passes, in the order recognize.c runs them. */
void erg__rz_regions(erg_rz_t *rz);
int erg__rz_match(erg_rz_t *rz);
int erg__rz_discover(erg_rz_t *rz);
/* results.c: the teams of an English line of results or a league table. */
int erg__rz_results(erg_rz_t *rz);
/* lineups.c: a team's line-up ("Arsenal: Raya; White, Saliba, ..."). */
int erg__rz_lineups(erg_rz_t *rz);
/* speakers.c: a transcript's speakers' labels ("SAKSI LINDA:"), marked at
 * the end of erg__rz_regions, and their speakers, people, after discovery. */
void erg__rz_speaker_labels(erg_rz_t *rz);
int erg__rz_speakers(erg_rz_t *rz);
int erg__rz_acronyms(erg_rz_t *rz);
int erg__rz_coref(erg_rz_t *rz);
void erg__rz_sources(erg_rz_t *rz);
/* localforms.c: a party's short form many states share ("Labour") as the
 * article's state's party; after sources, which "told PTI" stays. */
int erg__rz_local_forms(erg_rz_t *rz);
/* bodies.c: a generic body's name ("Foreign Ministry") after its state. */
int erg__rz_bodies(erg_rz_t *rz);
int erg__rz_capitals(erg_rz_t *rz);

#endif
