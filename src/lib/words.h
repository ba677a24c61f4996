/*
 * words.h: the distinct words a thread meets, each looked up once
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
#ifndef ERG_WORDS_H
#define ERG_WORDS_H

#include "gazetteer.h"
#include "lexicon.h"

enum { ERG_WORD_GAZ = 1u << ERG_NLANG }; /* bits of erg_word_t.has: 1 << lang, and this */

typedef struct {
    unsigned function;     /* bit 1 << lang per language listing it as a function word */
    unsigned has;          /* which values below the span indexes hold */
    size_t lex[ERG_NLANG]; /* its value in the word lists' span index, per language */
    size_t gaz;            /* its value in the gazetteer's span index */
} erg_word_t;

typedef struct erg_words {
    const erg_word_t *w; /* the thread's table: valid until its next erg_words_look */
    uint32_t *id;        /* per token: its word's index in w (owned) */
    unsigned long serial; /* names this numbering of the words */
} erg_words_t;

/* Numbers the tokens of t (text is what they index) in the calling
 * thread's table for gazetteer g and lexicon lx, adding new words. `out`
 * must be zeroed or released. */
int erg_words_look(const erg_gazetteer_t *g, const erg_lexicon_t *lx, const char *text,
                   const erg_tokens_t *t, erg_words_t *out);
void erg_words_release(erg_words_t *w);

#endif
