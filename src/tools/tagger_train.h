/*
 * tagger_train.h: the averaged structured perceptron behind
 * erg-train-tagger (tagger_train.c); not part of the library.
 */
#ifndef TAGGER_TRAIN_H
#define TAGGER_TRAIN_H

#include "lexicon.h"
#include "tagger.h"

#include <stdio.h>

/* How a model is trained. */
typedef struct {
    int epochs;    /* passes over the training sentences */
    int lang;      /* ERG_LX_ID or ERG_LX_EN: the word lists of the features,
                      the language the model is for */
    int min_count; /* a feature seen in fewer training tokens is left out (1: none) */
    int min_weight; /* a feature whose averaged weights, times 1000 and rounded,
                       are all below this in magnitude is not written (1: only
                       all-zero ones are left out) */
    const char *dev_out; /* when not NULL: the tagger's labels of the dev tokens
                            are written there after the last epoch */
} tagger_train_opts_t;

/* Trains on a CoNLL file ("token POS TAG" lines, a blank line between
 * sentences, CRLF allowed): each sentence is its tokens joined by single
 * spaces, retokenized with erg__text_tokenize, each token labelled from the
 * dataset token it lies in. Writes the averaged model to `out_path`
 * (atomically). `gz` and `lx` give the gazetteer and word-list features the
 * recognizer uses, with the lists of o->lang. When `log` is not NULL, prints
 * the tagger's own span F1 on train and, if `dev_path` is not NULL, on that
 * file, after each epoch. */
int tagger_train(const char *conll_path, const char *dev_path, const erg_gazetteer_t *gz,
                 const erg_lexicon_t *lx, const tagger_train_opts_t *o, const char *out_path,
                 FILE *log, erg_error_t *err);

#endif
