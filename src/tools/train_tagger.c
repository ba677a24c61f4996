/*
 * train_tagger.c: erg-train-tagger, the trainer of data/tagger.model
 * (scripts/train-tagger runs it on idner-news-2k). A tool of the repository,
 * not of the installed CLI: it uses the library's internal headers.
 */
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "tagger.h"
#include "tagger_train.h"
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: erg-train-tagger [--epochs N] [--dev DEV.txt] TRAIN.txt -o MODEL\n\n"
    "Trains the name tagger (averaged structured perceptron) on a CoNLL file of\n"
    "'TOKEN POS TAG' lines (IOB2 tags PER, ORG, LOC) with the gazetteer and word\n"
    "lists of the data directory ($ERGRAPH_DATA), and writes the model.\n";

int main(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = NULL;
    int epochs = 10;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc)
            epochs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--dev") == 0 && i + 1 < argc)
            dev = argv[++i];
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out = argv[++i];
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (argv[i][0] == '-' || train) {
            fputs(usage, stderr);
            return 2;
        } else
            train = argv[i];
    }
    if (!train || !out || epochs < 1) {
        fputs(usage, stderr);
        return 2;
    }
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    erg_lexicon_t *lx = NULL;
    erg_buf_t lists = {0};
    int rc = erg_gazetteer_open(&g, NULL, 0, &err);
    if (!rc && (rc = erg__buf_printf(&lists, "%s/lists", erg_data_dir())))
        rc = erg__fail(&err, rc, "out of memory");
    if (!rc)
        rc = erg__lexicon_load(&lx, lists.buf, &err);
    if (!rc)
        rc = tagger_train(train, dev, g, lx, epochs, out, stderr, &err);
    if (rc)
        fprintf(stderr, "erg-train-tagger: %s\n", err.msg);
    erg__buf_release(&lists);
    erg__lexicon_free(lx);
    erg_gazetteer_free(g);
    return rc ? 1 : 0;
}
