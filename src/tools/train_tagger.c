/*
 * train_tagger.c: erg-train-tagger, the trainer of data/tagger-LANG.model
 * (scripts/train-tagger runs it: on idner-news-2k for id, on GMB for en). A
 * tool of the repository, not of the installed CLI: it uses the library's
 * internal headers.
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
    "usage: erg-train-tagger [--lang id|en] [--epochs N] [--min-count N] [--min-weight N]\n"
    "                        [--dev DEV.txt [--dev-out LABELS]] TRAIN.txt -o MODEL\n\n"
    "Trains the name tagger (averaged structured perceptron) on a CoNLL file of\n"
    "'TOKEN POS TAG' lines (IOB2 tags PER, ORG, LOC) with the gazetteer and the\n"
    "word lists of the data directory ($ERGRAPH_DATA) in language --lang\n"
    "(default id), and writes the model.\n\n"
    "  --epochs N      passes over TRAIN (default 10)\n"
    "  --min-count N   leave out features seen in fewer than N training tokens\n"
    "                  (default 1: keep all)\n"
    "  --min-weight N  leave out features whose weights times 1000 are all\n"
    "                  below N in magnitude (default 1: only all-zero ones)\n"
    "  --dev DEV.txt   print the tagger's own F1 on DEV after each epoch\n"
    "  --dev-out LABELS  write the tagger's labels of DEV's tokens after the last\n"
    "                  epoch, one a line: SENTENCE WORD GOLD PRED (numbered from 0;\n"
    "                  labels 0 O, 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC)\n";

/* A whole number >= 1 from s, or -1. */
static int count_arg(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    return *s && !*end && v >= 1 && v <= 1000000 ? (int)v : -1;
}

int main(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = NULL;
    tagger_train_opts_t o = {.epochs = 10, .lang = ERG_LX_ID, .min_count = 1, .min_weight = 1};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc)
            o.epochs = count_arg(argv[++i]);
        else if (strcmp(argv[i], "--min-count") == 0 && i + 1 < argc)
            o.min_count = count_arg(argv[++i]);
        else if (strcmp(argv[i], "--min-weight") == 0 && i + 1 < argc)
            o.min_weight = count_arg(argv[++i]);
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            const char *l = argv[++i];
            o.lang = strcmp(l, "id") == 0 ? ERG_LX_ID : strcmp(l, "en") == 0 ? ERG_LX_EN : -1;
        } else if (strcmp(argv[i], "--dev") == 0 && i + 1 < argc)
            dev = argv[++i];
        else if (strcmp(argv[i], "--dev-out") == 0 && i + 1 < argc)
            o.dev_out = argv[++i];
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
    if (!train || !out || o.epochs < 1 || o.min_count < 1 || o.min_weight < 1 || o.lang < 0) {
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
        rc = tagger_train(train, dev, g, lx, &o, out, stderr, &err);
    if (rc)
        fprintf(stderr, "erg-train-tagger: %s\n", err.msg);
    erg__buf_release(&lists);
    erg__lexicon_free(lx);
    erg_gazetteer_free(g);
    return rc ? 1 : 0;
}
