/*
 * tagger.h: the statistical name tagger: a linear-chain model over ergraph's
 * own tokens, labels in IOB2 (O, B-/I- PER, ORG, LOC), decoded per sentence
 * with Viterbi under the IOB2 constraint (I-X only after B-X or I-X).
 * Trained as an averaged structured perceptron (src/tools/tagger_train.c),
 * one model per language: data/tagger-id.model on idner-news-2k,
 * data/tagger-en.model on GMB 2.2.0. The recognizer tags each article with
 * the model of its language.
 *
 * Features of a token (erg__tagger_features): its key, shape, affixes, the
 * keys and shapes of two neighbours on each side, the punctuation in the
 * gaps before and after it (tokens never hold punctuation), the word lists
 * (lexicon.h) it and its neighbours belong to, and the gazetteer type of
 * the match covering it. Lists are features by class, not by word: a
 * model learns them from the lists of its own language.
 *
 * The model owns its feature table and weights; it is read-only once
 * loaded, so one model serves every article of a run.
 */
#ifndef ERG_TAGGER_H
#define ERG_TAGGER_H

#include "ergraph.h"
#include "mem.h"
#include "lexicon.h"
#include "text.h"

enum {
    ERG_TAG_O = 0,
    ERG_TAG_B_PER, ERG_TAG_I_PER,
    ERG_TAG_B_ORG, ERG_TAG_I_ORG,
    ERG_TAG_B_LOC, ERG_TAG_I_LOC,
    ERG_NTAGS
};

/* The gazetteer's view of a token, for features: 0 (no match), else
 * ERG_GZ_BEGIN or ERG_GZ_INSIDE plus 1 + the entity's erg_type_t. */
enum { ERG_GZ_BEGIN = 0x10, ERG_GZ_INSIDE = 0x20 };

/* What the tagger sees of one article. */
typedef struct {
    const char *text;
    const erg_tokens_t *t;
    const erg_lx_bits_t *cls; /* lexicon classes per token (lexicon.h bits) */
    const unsigned char *gz; /* gazetteer marks per token, as above */
    /* optional (recognize_internal.h): per token, its word's number in the calling
     * thread's word table, and that numbering's serial; saves the tagger
     * hashing each word again */
    const uint32_t *wid;
    unsigned long wserial;
} erg_tag_input_t;

typedef struct erg_tagger_model erg_tagger_model_t;

/* Appends the features of token i, each NUL-terminated, to `out`; tokens
 * [s0, s1) form its sentence. Returns the number added, or a negative code. */
long erg__tagger_features(const erg_tag_input_t *in, size_t i, size_t s0, size_t s1, erg_buf_t *out);

/* Best label sequence for labels[s0..s1) given per-token scores
 * score[(i - s0) * ERG_NTAGS + y] and transition weights
 * trans[prev * ERG_NTAGS + y] (prev == ERG_NTAGS: sentence start). */
int erg__tagger_viterbi(const float *score, size_t n, const float *trans, unsigned char *labels);
/* The same for a part of a sentence: after_o, it follows a token labelled
 * O (not the sentence start); before_o, a token labelled O follows it. */
int erg__tagger_viterbi_within(const float *score, size_t n, const float *trans, int after_o,
                               int before_o, unsigned char *labels);

/* Loads a model file (format in tagger.c). Errors name the file and line.
 * The caller frees *out. */
int erg__tagger_model_load(erg_tagger_model_t **out, const char *path, erg_error_t *err);
void erg__tagger_model_free(erg_tagger_model_t *m);
/* Labels every token of `in` (labels has in->t->n entries). Only the
 * parts of a sentence within two tokens of a capitalised word (other than
 * a function word or sentence opener), a word of a script without case or
 * a gazetteer match are scored and decoded
 * (erg__tagger_viterbi_within); the other tokens are O. */
int erg__tagger_tag(const erg_tagger_model_t *m, const erg_tag_input_t *in, unsigned char *labels);

#endif
