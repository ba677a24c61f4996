/*
 * tagger_internal.h: what the tagger's three files share (not for the rest of
 * the library): the model's layout, and the feature strings built piece by
 * piece (tagger_features.c) so that the reference path (one string per
 * feature, tagger.h's erg__tagger_features) and the cached path
 * (tagger_cache.c, which builds a string only the first time it meets it)
 * make the very same strings and add their weights in the very same order.
 */
#ifndef ERG_TAGGER_INTERNAL_H
#define ERG_TAGGER_INTERNAL_H

#include "map.h"
#include "mem.h"
#include "tagger.h"
#include "lexicon.h"

/* Bits of the filter of known features: a feature whose bit is clear is
 * not in the model, found without probing the (larger) index. Most
 * features of running text are not: rare words and word pairs. */
#define ERG_TF_FILTER_BITS (1u << 18)
/* Bits of the filter of pair features, by the hashes of their pieces. */
#define ERG_TF_PAIR_BITS (1u << 20)

/* Floats in a row of weights: ERG_NTAGS and a 0, so that adding a row is
 * whole vector adds. */
#define ERG_TF_ROW 8

struct erg_tagger_model {
    erg_map_t index; /* feature -> row */
    uint64_t filter[ERG_TF_FILTER_BITS / 64];
    float *w; /* rows of ERG_TF_ROW */
    size_t nrows;
    float trans[(ERG_NTAGS + 1) * ERG_NTAGS];
    /* trans as Viterbi reads it, made once at load (tagger.c's moves) */
    float moves[ERG_NTAGS][8];
    unsigned long serial; /* distinct for every model loaded: caches name it */
    /* features that take few values, resolved once at load */
    const float *cls[5][ERG_LX_TAGGER_COUNT]; /* "c-2=F" .. "c+2=E" */
    const float *gaz[3][256];          /* "G-1=" .. "G+1=" + gazetteer mark */
    uint64_t pairs[ERG_TF_PAIR_BITS / 64]; /* the pair features: erg__tf_pair_may */
};

/* The weights of feature s[0..n) (a row), NULL when unknown. */
const float *erg__tf_row(const erg_tagger_model_t *m, const char *s, size_t n);

/* Where features go: appended to `buf` (training), added to `sc` (scoring),
 * or, with `row`, the row of the one feature stored there (caching). */
typedef struct {
    erg_buf_t *buf;
    const erg_tagger_model_t *m;
    float *sc;
    const float **row;
    long n; /* features handed on so far */
} erg_tf_sink_t;

/* Features made of a name and pieces joined by "|", e.g. "ww-1=a|b". */
enum {
    ERG_TF_SHAPE_PREV, ERG_TF_SHAPE_NEXT, ERG_TF_SHAPES, ERG_TF_PREV_KEY_SHAPE,
    ERG_TF_SHAPE_NEXT_KEY, ERG_TF_PREV_KEY_KEY, ERG_TF_KEY_NEXT_KEY, ERG_TF_GAP_BEFORE,
    ERG_TF_GAP_SHAPE, ERG_TF_GAP_AFTER, ERG_TF_FIRST
};

/* A piece of a feature: bytes s[0..n). */
typedef struct {
    const char *s;
    size_t n;
} erg_tf_piece_t;

/* The features of the token itself, in order: bias, key, shape, shape and
 * length, prefixes and suffixes of 2..4 characters. */
int erg__tf_word(erg_tf_sink_t *out, const char *key, size_t kl, const char *shape, size_t bytes);
/* "w{d}=KEY": a neighbour's key, d in -2..2. */
int erg__tf_near(erg_tf_sink_t *out, int d, const char *key, size_t kl);
/* Feature `kind` (ERG_TF_SHAPE_PREV...) of `n` pieces. */
int erg__tf_join(erg_tf_sink_t *out, int kind, const erg_tf_piece_t *p, int n);
/* "c{d}=L": word list `l` (lexicon.h) at offset d. */
int erg__tf_class(erg_tf_sink_t *out, int d, int l);
/* "G{d}=CODE": gazetteer mark g (tagger.h) at offset d in -1..1. */
int erg__tf_gaz(erg_tf_sink_t *out, int d, unsigned char g);

/* Marks in m->pairs the model's two-piece features (ww-1, ww+1, w-1s,
 * sw+1) shorter than the 255 bytes a feature is cut at, by the hashes
 * (erg__hash) of their pieces, so that most pairs of words of running text
 * are known to be no feature without building the string. */
void erg__tf_index_pairs(erg_tagger_model_t *m);
/* 0 when the model has no feature `kind` of pieces hashed ha and hb (and
 * shorter than 255 bytes); 1 when it may. */
int erg__tf_pair_may(const erg_tagger_model_t *m, int kind, uint64_t ha, uint64_t hb);
/* The bit of m->pairs erg__tf_pair_may tests, for one test split in two. */
unsigned erg__tf_pair_bit(int kind, uint64_t ha, uint64_t hb);

/* The collapsed shape of text s[0..n) into out[cap] (NUL-terminated). */
void erg__tf_shape(const char *s, size_t n, char *out, size_t cap);
/* The punctuation in text[from..to): at most 7 bytes and a NUL in out. */
void erg__tf_gap(const char *text, size_t from, size_t to, char *out);

/* Scores of tokens [a, b) of sentence [s0, s1) (score[(i - a) * ERG_NTAGS +
 * y]), s0 <= a < b <= s1, building every feature string (the reference).
 * A token's scores are the same whatever part of its sentence is scored. */
int erg__tf_score_strings(const erg_tagger_model_t *m, const erg_tag_input_t *in, size_t s0,
                         size_t s1, size_t a, size_t b, float *score);
/* The same scores from the calling thread's cache (tagger_cache.c). */
int erg__tf_score_cached(const erg_tagger_model_t *m, const erg_tag_input_t *in, size_t s0,
                        size_t s1, size_t a, size_t b, float *score);

#endif
