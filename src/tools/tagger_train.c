/*
 * tagger_train.c: the averaged structured perceptron that makes a tagger
 * model (data/tagger-id.model, data/tagger-en.model) from a CoNLL file; see
 * tagger.h. Deterministic: the sentence order of each epoch comes from a
 * fixed-seed generator, features are numbered in the order first met, and
 * the model is written sorted.
 */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "recognize_internal.h"
#include "tagger.h"
#include "tagger_train.h"
#include "lexicon.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t ntok;          /* ergraph tokens */
    size_t *fstart;       /* feature indexes of token k: feat[fstart[k] .. fstart[k+1]) */
    size_t *sent;         /* ergraph sentence of each token */
    size_t *word;         /* dataset token each token lies in */
    unsigned char *gold;
} example_t;

typedef struct {
    example_t *ex;
    size_t n, cap;
    size_t *feat;         /* all feature indexes */
    size_t nfeat, fcap;
} dataset_t;

typedef struct {
    erg_map_t index;      /* feature -> row; (size_t)-1 for a feature pruned */
    size_t rows;
    size_t *count;        /* per row: training tokens that have the feature */
    size_t ccap;
    float *w, *wa;        /* weights and their step-weighted sums */
    size_t wcap;
    float trans[(ERG_NTAGS + 1) * ERG_NTAGS], transa[(ERG_NTAGS + 1) * ERG_NTAGS];
} params_t;

static int label_of(const char *tag)
{
    static const char *const names[] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    for (int y = 0; y < ERG_NTAGS; y++)
        if (strcmp(tag, names[y]) == 0)
            return y;
    return -1;
}

/* The row of feature f, added when `grow`; (size_t)-1 when unknown. */
static size_t row_of(params_t *p, const char *f, size_t n, int grow)
{
    size_t *v = erg__map_get(&p->index, f, n);
    if (v) {
        if (grow)
            p->count[*v]++;
        return *v;
    }
    if (!grow)
        return (size_t)-1;
    void *w = p->w, *wa = p->wa, *cn = p->count;
    size_t cap = p->wcap;
    if (erg__grow(&w, &cap, (p->rows + 1) * ERG_NTAGS, sizeof(float)))
        return (size_t)-1;
    p->w = w;
    cap = p->wcap;
    if (erg__grow(&wa, &cap, (p->rows + 1) * ERG_NTAGS, sizeof(float)))
        return (size_t)-1;
    p->wa = wa;
    p->wcap = cap;
    if (erg__grow(&cn, &p->ccap, p->rows + 1, sizeof *p->count))
        return (size_t)-1;
    p->count = cn;
    p->count[p->rows] = 1;
    memset(p->w + p->rows * ERG_NTAGS, 0, ERG_NTAGS * sizeof(float));
    memset(p->wa + p->rows * ERG_NTAGS, 0, ERG_NTAGS * sizeof(float));
    if (erg__map_put(&p->index, f, n, p->rows))
        return (size_t)-1;
    return p->rows++;
}

/* One dataset sentence: its tokens joined by spaces, retokenized. */
static int add_sentence(dataset_t *d, params_t *p, int grow, const erg_gazetteer_t *gz,
                        const erg_lexicon_t *lx, int lang, char **words, int *tags, size_t nw)
{
    erg_buf_t text = {0}, feats = {0};
    size_t *wstart = malloc((nw + 1) * sizeof *wstart);
    int rc = wstart ? 0 : ERG_ENOMEM;
    for (size_t k = 0; k < nw && !rc; k++) {
        if (k)
            rc = erg__buf_add(&text, " ", 1);
        wstart[k] = text.len;
        if (!rc)
            rc = erg__buf_adds(&text, words[k]);
    }
    if (rc) {
        free(wstart);
        erg__buf_release(&text);
        return rc;
    }
    wstart[nw] = text.len + 1;
    erg_article_t a = {(char *)"train", (char *)"", NULL, text.buf, text.len};
    erg_mentions_t m;
    erg_mentions_init(&m);
    erg_rz_t rz;
    rc = erg__rz_begin(&rz, gz, lx, NULL, &a, lang, &m);
    if (!rc) {
        erg__rz_regions(&rz);
        rc = erg__rz_match(&rz);
    }
    void *pe = d->ex;
    if (!rc && erg__grow(&pe, &d->cap, d->n + 1, sizeof *d->ex))
        rc = ERG_ENOMEM;
    example_t *ex = NULL;
    if (!rc) {
        d->ex = pe;
        ex = &d->ex[d->n++];
        memset(ex, 0, sizeof *ex);
        ex->ntok = rz.t.n;
        ex->fstart = malloc((rz.t.n + 1) * sizeof *ex->fstart);
        ex->sent = malloc((rz.t.n + 1) * sizeof *ex->sent);
        ex->word = malloc((rz.t.n + 1) * sizeof *ex->word);
        ex->gold = malloc(rz.t.n + 1);
        if (!ex->fstart || !ex->sent || !ex->word || !ex->gold)
            rc = ERG_ENOMEM;
    }
    erg_tag_input_t in = {text.buf, &rz.t, rz.cls, rz.gz, NULL, 0};
    size_t w = 0, s0 = 0;
    for (size_t k = 0; k < rz.t.n && !rc; k++) {
        const erg_token_t *tk = &rz.t.tok[k];
        while (w + 1 < nw && wstart[w + 1] <= tk->start)
            w++;
        int y = tags[w];
        if (y != ERG_TAG_O && y % 2 == 1 && k > 0 && rz.t.tok[k - 1].start >= wstart[w])
            y++; /* the second piece of a dataset token: I-X */
        int prev = k > 0 ? ex->gold[k - 1] : ERG_TAG_O;
        if (y != ERG_TAG_O && y % 2 == 0 && (prev == ERG_TAG_O || (prev + 1) / 2 != y / 2))
            y--; /* the entity's first dataset token held no word: B-X */
        ex->gold[k] = (unsigned char)y;
        if (k == 0 || tk->sent != rz.t.tok[k - 1].sent)
            s0 = k;
        size_t s1 = k;
        while (s1 < rz.t.n && rz.t.tok[s1].sent == tk->sent)
            s1++;
        ex->sent[k] = tk->sent;
        ex->word[k] = w;
        ex->fstart[k] = d->nfeat;
        feats.len = 0;
        long nf = erg__tagger_features(&in, k, s0, s1, &feats);
        if (nf < 0) {
            rc = (int)nf;
            break;
        }
        const char *f = feats.buf;
        for (long q = 0; q < nf && !rc; q++) {
            size_t fl = strlen(f);
            size_t r = row_of(p, f, fl, grow);
            f += fl + 1;
            if (r == (size_t)-1)
                continue;
            void *pf = d->feat;
            if (erg__grow(&pf, &d->fcap, d->nfeat + 1, sizeof *d->feat))
                rc = ERG_ENOMEM;
            else {
                d->feat = pf;
                d->feat[d->nfeat++] = r;
            }
        }
    }
    if (ex && !rc)
        ex->fstart[ex->ntok] = d->nfeat;
    erg__rz_end(&rz);
    erg_mentions_release(&m);
    erg__buf_release(&feats);
    erg__buf_release(&text);
    free(wstart);
    return rc;
}

static int read_conll(const char *path, dataset_t *d, params_t *p, int grow, const erg_gazetteer_t *gz,
                      const erg_lexicon_t *lx, int lang, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0, line = 0;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    char **words = NULL;
    int *tags = NULL;
    size_t nw = 0, cap = 0, tcap = 0;
    char *s = buf;
    while (!rc && s <= buf + len) {
        char *nl = strchr(s, '\n');
        char *end = nl ? nl : buf + len;
        line++;
        if (end > s && end[-1] == '\r')
            end[-1] = '\0';
        *end = '\0';
        if (*s == '\0') {
            if (nw)
                rc = add_sentence(d, p, grow, gz, lx, lang, words, tags, nw);
            nw = 0;
        } else {
            char *sp1 = strchr(s, ' '), *sp2 = sp1 ? strrchr(s, ' ') : NULL;
            int y = sp2 ? label_of(sp2 + 1) : -1;
            if (y < 0 || sp2 == sp1) {
                rc = erg__fail(err, ERG_EPARSE, "%s:%zu: expected 'TOKEN POS TAG'", path, line);
                break;
            }
            *sp1 = '\0';
            void *pw = words, *pt = tags;
            if (erg__grow(&pw, &cap, nw + 1, sizeof *words) || (words = pw, 0) ||
                erg__grow(&pt, &tcap, nw + 1, sizeof *tags)) {
                rc = ERG_ENOMEM;
                break;
            }
            words = pw;
            tags = pt;
            words[nw] = s;
            tags[nw++] = y;
        }
        if (!nl)
            break;
        s = nl + 1;
    }
    if (!rc && nw)
        rc = add_sentence(d, p, grow, gz, lx, lang, words, tags, nw);
    free(words);
    free(tags);
    free(buf);
    if (rc && err && !err->msg[0])
        return erg__fail(err, rc, "%s: %s", path, erg_strerror(rc));
    return rc;
}

/* Leaves out the features seen in fewer than `min_count` training tokens:
 * most features are rare words and word pairs, which make the model large
 * and slow to load and look up, and add little. Kept rows are renumbered in
 * the order they were first met (so the result does not depend on the
 * map's layout); a pruned feature keeps its key in the index with the value
 * (size_t)-1, which row_of reads as unknown. */
static void prune(dataset_t *d, params_t *p, int min_count)
{
    if (min_count <= 1)
        return;
    size_t kept = 0;
    for (size_t r = 0; r < p->rows; r++)
        p->count[r] = p->count[r] >= (size_t)min_count ? kept++ : (size_t)-1; /* now the new row */
    for (size_t s = 0; s < p->index.cap; s++)
        if (p->index.slots[s].key)
            p->index.slots[s].val = p->count[p->index.slots[s].val];
    size_t q = 0;
    for (size_t e = 0; e < d->n; e++) {
        example_t *ex = &d->ex[e];
        for (size_t k = 0; k < ex->ntok; k++) {
            size_t from = ex->fstart[k], to = ex->fstart[k + 1];
            ex->fstart[k] = q;
            for (size_t f = from; f < to; f++)
                if (p->count[d->feat[f]] != (size_t)-1)
                    d->feat[q++] = p->count[d->feat[f]];
        }
        ex->fstart[ex->ntok] = q;
    }
    d->nfeat = q;
    p->rows = kept;
}

/* Decodes example `ex` with weights `w` into `pred`. */
static int decode(const dataset_t *d, const example_t *ex, const float *w, const float *trans,
                  float *score, unsigned char *pred)
{
    int rc = 0;
    for (size_t s0 = 0; s0 < ex->ntok && !rc;) {
        size_t s1 = s0;
        while (s1 < ex->ntok && ex->sent[s1] == ex->sent[s0])
            s1++;
        for (size_t k = s0; k < s1; k++) {
            float *sc = score + (k - s0) * ERG_NTAGS;
            memset(sc, 0, ERG_NTAGS * sizeof *sc);
            for (size_t q = ex->fstart[k]; q < ex->fstart[k + 1]; q++)
                for (int y = 0; y < ERG_NTAGS; y++)
                    sc[y] += w[d->feat[q] * ERG_NTAGS + y];
        }
        rc = erg__tagger_viterbi(score, s1 - s0, trans, pred + s0);
        s0 = s1;
    }
    return rc;
}

static void update(params_t *p, const dataset_t *d, const example_t *ex, const unsigned char *pred,
                   float c)
{
    for (size_t k = 0; k < ex->ntok; k++) {
        int g = ex->gold[k], y = pred[k];
        int first = k == 0 || ex->sent[k] != ex->sent[k - 1];
        int gp = first ? ERG_NTAGS : ex->gold[k - 1], yp = first ? ERG_NTAGS : pred[k - 1];
        if (g != y)
            for (size_t q = ex->fstart[k]; q < ex->fstart[k + 1]; q++) {
                size_t r = d->feat[q] * ERG_NTAGS;
                p->w[r + g] += 1;
                p->wa[r + g] += c;
                p->w[r + y] -= 1;
                p->wa[r + y] -= c;
            }
        if (g != y || gp != yp) {
            p->trans[gp * ERG_NTAGS + g] += 1;
            p->transa[gp * ERG_NTAGS + g] += c;
            p->trans[yp * ERG_NTAGS + y] -= 1;
            p->transa[yp * ERG_NTAGS + y] -= c;
        }
    }
}

/* Exact typed spans over ergraph tokens: found, predicted, gold. */
static void count_spans(const example_t *ex, const unsigned char *pred, size_t *ok, size_t *np, size_t *ng)
{
    for (size_t k = 0; k < ex->ntok; k++) {
        int bp = pred[k] % 2 == 1, bg = ex->gold[k] % 2 == 1;
        *np += (size_t)bp;
        *ng += (size_t)bg;
        if (!bp || !bg || pred[k] != ex->gold[k])
            continue;
        size_t e = k + 1;
        while (e < ex->ntok && pred[e] == pred[k] + 1 && ex->gold[e] == pred[k] + 1)
            e++;
        int pend = e >= ex->ntok || pred[e] != pred[k] + 1;
        int gend = e >= ex->ntok || ex->gold[e] != pred[k] + 1;
        *ok += (size_t)(pend && gend);
    }
}

static double f1_of(const dataset_t *d, const float *w, const float *trans, float *score, unsigned char *pred)
{
    size_t ok = 0, np = 0, ng = 0;
    for (size_t e = 0; e < d->n; e++) {
        if (decode(d, &d->ex[e], w, trans, score, pred))
            return -1;
        count_spans(&d->ex[e], pred, &ok, &np, &ng);
    }
    return np + ng ? 2.0 * (double)ok / (double)(np + ng) : 0;
}

/* Writes the tagger's labels of every dev token, one a line: "SENTENCE WORD
 * GOLD PRED" (the dataset's sentence and token numbers, from 0; labels as
 * numbers, tagger.h), for comparing the tagger alone with the pipeline. */
static int write_labels(const dataset_t *d, const float *w, const float *trans, float *score,
                        unsigned char *pred, const char *path, erg_error_t *err)
{
    erg_ofile_t o;
    int rc = erg__ofile_open(&o, path, err);
    if (rc)
        return rc;
    for (size_t e = 0; e < d->n && !rc; e++) {
        const example_t *ex = &d->ex[e];
        rc = decode(d, ex, w, trans, score, pred);
        for (size_t k = 0; k < ex->ntok && !rc; k++)
            fprintf(o.fp, "%zu %zu %d %d\n", e, ex->word[k], ex->gold[k], pred[k]);
    }
    if (rc) {
        erg__ofile_abort(&o);
        return rc;
    }
    return erg__ofile_commit(&o, err);
}

typedef struct {
    const char *f;
    size_t n, row;
} frow_t;

static int cmp_frow(const void *a, const void *b)
{
    const frow_t *x = a, *y = b;
    size_t n = x->n < y->n ? x->n : y->n;
    int c = memcmp(x->f, y->f, n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

static int write_model(const params_t *p, const float *avg, const float *tavg, int min_weight,
                       const char *path, erg_error_t *err)
{
    frow_t *rows = malloc((p->rows + 1) * sizeof *rows);
    if (!rows)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    size_t n = 0;
    for (size_t s = 0; s < p->index.cap; s++) {
        const erg_map_slot_t *slot = &p->index.slots[s];
        if (!slot->key)
            continue;
        size_t r = slot->val;
        int keep = 0;
        for (int y = 0; r != (size_t)-1 && y < ERG_NTAGS; y++)
            keep |= labs(lroundf(avg[r * ERG_NTAGS + y] * 1000)) >= (min_weight > 1 ? min_weight : 1);
        if (keep)
            rows[n++] = (frow_t){slot->key, slot->klen, r};
    }
    qsort(rows, n, sizeof *rows, cmp_frow);
    erg_ofile_t o;
    int rc = erg__ofile_open(&o, path, err);
    if (rc) {
        free(rows);
        return rc;
    }
    fprintf(o.fp, "ergraph-tagger 1\ntrans\n");
    for (int r = 0; r <= ERG_NTAGS; r++)
        for (int y = 0; y < ERG_NTAGS; y++)
            fprintf(o.fp, "%ld%c", lroundf(tavg[r * ERG_NTAGS + y] * 1000), y + 1 < ERG_NTAGS ? ' ' : '\n');
    fprintf(o.fp, "features %zu\n", n);
    for (size_t k = 0; k < n; k++) {
        fprintf(o.fp, "%.*s\t", (int)rows[k].n, rows[k].f);
        for (int y = 0; y < ERG_NTAGS; y++)
            fprintf(o.fp, "%ld%c", lroundf(avg[rows[k].row * ERG_NTAGS + y] * 1000),
                    y + 1 < ERG_NTAGS ? ' ' : '\n');
    }
    free(rows);
    return erg__ofile_commit(&o, err);
}

int tagger_train(const char *conll_path, const char *dev_path, const erg_gazetteer_t *gz,
                 const erg_lexicon_t *lx, const tagger_train_opts_t *o, const char *out_path,
                 FILE *log, erg_error_t *err)
{
    dataset_t tr = {0}, dv = {0};
    params_t p = {0};
    float *avg = NULL, *score = NULL;
    unsigned char *pred = NULL;
    size_t *order = NULL, maxtok = 1;
    int rc = read_conll(conll_path, &tr, &p, 1, gz, lx, o->lang, err);
    if (!rc) {
        size_t all = p.rows;
        prune(&tr, &p, o->min_count);
        if (log)
            fprintf(log, "%zu sentences, %zu features, %zu seen in %d tokens or more\n", tr.n, all,
                    p.rows, o->min_count > 1 ? o->min_count : 1);
    }
    if (!rc && dev_path)
        rc = read_conll(dev_path, &dv, &p, 0, gz, lx, o->lang, err);
    if (rc)
        goto cleanup;
    for (size_t e = 0; e < tr.n; e++)
        maxtok = tr.ex[e].ntok > maxtok ? tr.ex[e].ntok : maxtok;
    for (size_t e = 0; e < dv.n; e++)
        maxtok = dv.ex[e].ntok > maxtok ? dv.ex[e].ntok : maxtok;
    avg = malloc((p.rows + 1) * ERG_NTAGS * sizeof *avg);
    score = malloc(maxtok * ERG_NTAGS * sizeof *score);
    pred = malloc(maxtok);
    order = malloc((tr.n + 1) * sizeof *order);
    if (!avg || !score || !pred || !order) {
        rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (size_t e = 0; e < tr.n; e++)
        order[e] = e;
    unsigned long seed = 12345;
    float c = 1;
    float tavg[(ERG_NTAGS + 1) * ERG_NTAGS];
    for (int ep = 1; ep <= o->epochs && !rc; ep++) {
        for (size_t e = tr.n; e > 1; e--) { /* Fisher-Yates, fixed seed */
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            size_t j = (size_t)(seed >> 33) % e, tmp = order[e - 1];
            order[e - 1] = order[j];
            order[j] = tmp;
        }
        for (size_t q = 0; q < tr.n && !rc; q++) {
            const example_t *ex = &tr.ex[order[q]];
            rc = decode(&tr, ex, p.w, p.trans, score, pred);
            if (!rc && memcmp(pred, ex->gold, ex->ntok) != 0)
                update(&p, &tr, ex, pred, c);
            c++;
        }
        for (size_t k = 0; k < p.rows * ERG_NTAGS; k++)
            avg[k] = p.w[k] - p.wa[k] / c;
        for (size_t k = 0; k < (ERG_NTAGS + 1) * ERG_NTAGS; k++)
            tavg[k] = p.trans[k] - p.transa[k] / c;
        if (log && !rc) {
            fprintf(log, "epoch %d: train F1 %.4f", ep, f1_of(&tr, avg, tavg, score, pred));
            if (dv.n)
                fprintf(log, ", dev F1 %.4f (tagger alone, ergraph tokens)", f1_of(&dv, avg, tavg, score, pred));
            fprintf(log, "\n");
        }
    }
    if (!rc && o->dev_out && dv.n)
        rc = write_labels(&dv, avg, tavg, score, pred, o->dev_out, err);
    if (!rc)
        rc = write_model(&p, avg, tavg, o->min_weight, out_path, err);
cleanup:
    for (size_t e = 0; e < tr.n; e++)
        free(tr.ex[e].fstart), free(tr.ex[e].sent), free(tr.ex[e].word), free(tr.ex[e].gold);
    for (size_t e = 0; e < dv.n; e++)
        free(dv.ex[e].fstart), free(dv.ex[e].sent), free(dv.ex[e].word), free(dv.ex[e].gold);
    free(tr.ex);
    free(tr.feat);
    free(dv.ex);
    free(dv.feat);
    erg__map_release(&p.index);
    free(p.w);
    free(p.wa);
    free(p.count);
    free(avg);
    free(score);
    free(pred);
    free(order);
    if (rc && err && !err->msg[0])
        return erg__fail(err, rc, "%s", erg_strerror(rc));
    return rc;
}
