/*
 * tagger.c: Viterbi decoding, tagging and the model file; see tagger.h.
 * The features are made in tagger_features.c and cached in tagger_cache.c.
 *
 * Model file (text, UTF-8):
 *   ergraph-tagger 1
 *   trans                      then 8 lines of 7 weights: from START, O, B-PER, ...
 *   features N                 then N lines "FEATURE<TAB>w_O w_B-PER ... w_I-LOC"
 * Weights are integers, the averaged perceptron weights times 1000.
 */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "threads.h"
#include "tagger.h"
#include "tagger_internal.h"
#include "lexicon.h"
#include "text.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* May label y follow label prev (ERG_NTAGS: sentence start) in IOB2? */
static int allowed(int prev, int y)
{
    if (y == ERG_TAG_O || (y % 2) == 1)
        return 1; /* O and B-X anywhere */
    return prev != ERG_NTAGS && prev != ERG_TAG_O && (prev + 1) / 2 == y / 2;
}

/* Eight floats or ints, one lane per label (the eighth unused): a step of
 * Viterbi for every label at once. Which previous label wins is data the
 * processor cannot predict; comparing lanes instead of branching per label
 * and step made decoding about twice as fast. Where the processor has AVX2
 * a step is one instruction of each kind (decode's clone), otherwise two
 * of SSE2; each lane's float operations are the same either way. */
typedef float lanes_f __attribute__((vector_size(8 * sizeof(float))));
typedef int32_t lanes_i __attribute__((vector_size(8 * sizeof(int32_t))));

int erg__tagger_viterbi(const float *score, size_t n, const float *trans, unsigned char *labels)
{
    return erg__tagger_viterbi_within(score, n, trans, 0, 0, labels);
}

/* mv[p]: the weights from label p to each label; -inf where IOB2 does
 * not allow it, so that such a move never wins (the sum of a reachable
 * score and -inf is below -FLT_MAX, where every best starts). Made once
 * per model: made at every call, it was a fifth of decoding, most parts
 * being a few tokens long. */
static void moves(const float *trans, float mv[ERG_NTAGS][8])
{
    for (int p = 0; p < ERG_NTAGS; p++)
        for (int y = 0; y < 8; y++)
            mv[p][y] = y < ERG_NTAGS && allowed(p, y) ? trans[p * ERG_NTAGS + y] : -INFINITY;
}

/* erg__tagger_viterbi_within with mv (moves() of trans) and bp, n *
 * ERG_NTAGS bytes, for the back pointers. */
__attribute__((target_clones("avx2", "default")))
static void decode(const float *score, size_t n, const float *trans, const float mv[ERG_NTAGS][8],
                   int after_o, int before_o, unsigned char *labels, unsigned char *bp)
{
    lanes_f tr[ERG_NTAGS];
    memcpy(tr, mv, sizeof tr);
    /* dp[y], the eighth lane -FLT_MAX like every unreachable label */
    const float low = -FLT_MAX;
    const lanes_f lowest = {low, low, low, low, low, low, low, low};
    lanes_f dp = lowest;
    int start = after_o ? ERG_TAG_O : ERG_NTAGS;
    for (int y = 0; y < ERG_NTAGS; y++)
        dp[y] = allowed(start, y) ? score[y] + trans[start * ERG_NTAGS + y] : -FLT_MAX;
    for (size_t i = 1; i < n; i++) {
        /* per label y: the first p (ascending) with the largest dp[p] +
         * trans, -FLT_MAX when none. An unreachable p (-FLT_MAX) needs no
         * test: -FLT_MAX plus a weight (below 1e6) rounds to -FLT_MAX, plus
         * -inf is -inf, neither above the -FLT_MAX every best starts at */
        lanes_f best = lowest;
        lanes_i arg = {0};
        for (int p = 0; p < ERG_NTAGS; p++) {
            const lanes_i pv = {p, p, p, p, p, p, p, p};
            lanes_f v = dp[p] + tr[p];
            lanes_i take = v > best; /* all ones where v is larger */
            best = (lanes_f)(((lanes_i)v & take) | ((lanes_i)best & ~take));
            arg = (take & pv) | (arg & ~take);
        }
        lanes_f s8 = {0};
        memcpy(&s8, score + i * ERG_NTAGS, ERG_NTAGS * sizeof(float));
        lanes_i none = best == lowest; /* stays -FLT_MAX */
        dp = (lanes_f)(((lanes_i)lowest & none) | ((lanes_i)(best + s8) & ~none));
        for (int y = 0; y < ERG_NTAGS; y++)
            bp[i * ERG_NTAGS + y] = (unsigned char)arg[y];
    }
    float last[8];
    memcpy(last, &dp, sizeof last);
    if (before_o) /* O may follow any label */
        for (int y = 0; y < ERG_NTAGS; y++)
            if (last[y] != -FLT_MAX)
                last[y] += trans[y * ERG_NTAGS + ERG_TAG_O];
    int y = 0;
    for (int k = 1; k < ERG_NTAGS; k++)
        if (last[k] > last[y])
            y = k;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (unsigned char)y;
        if (i)
            y = bp[i * ERG_NTAGS + y];
    }
}

int erg__tagger_viterbi_within(const float *score, size_t n, const float *trans, int after_o,
                               int before_o, unsigned char *labels)
{
    if (n == 0)
        return 0;
    unsigned char *bp = malloc(n * ERG_NTAGS);
    if (!bp)
        return ERG_ENOMEM;
    float mv[ERG_NTAGS][8];
    moves(trans, mv);
    decode(score, n, trans, (const float(*)[8])mv, after_o, before_o, labels, bp);
    free(bp);
    return 0;
}

void erg__tagger_model_free(erg_tagger_model_t *m)
{
    if (!m)
        return;
    erg__map_release(&m->index);
    free(m->w);
    free(m);
}

/* Parses `count` integers (weights times 1000) from *p into w: spaces, an
 * optional sign, at most 9 digits each. By hand rather than with strtol,
 * which was a fifth of the time of loading a model. */
static int parse_weights(char **p, float *w, size_t count)
{
    const char *q = *p;
    for (size_t k = 0; k < count; k++) {
        while (*q == ' ' || *q == '\t')
            q++;
        int neg = *q == '-';
        q += neg || *q == '+';
        long v = 0;
        int n = 0;
        for (; *q >= '0' && *q <= '9' && n < 10; q++, n++)
            v = v * 10 + (*q - '0');
        if (n == 0 || n == 10)
            return -1;
        w[k] = (float)(neg ? -v : v) / 1000.0f;
    }
    *p = (char *)q;
    while (**p == ' ' || **p == '\r')
        (*p)++;
    return **p == '\n' || **p == '\0' ? 0 : -1;
}

/* Resolves the features that take few values, marks the pairs, and names
 * the model. */
static void resolve_small(erg_tagger_model_t *m)
{
    m->serial = erg__serial();
    moves(m->trans, m->moves);
    const float *r;
    erg_tf_sink_t sink = {NULL, m, NULL, &r, 0};
    for (int d = -2; d <= 2; d++)
        for (int l = 0; l < ERG_LX_TAGGER_COUNT; l++) {
            erg__tf_class(&sink, d, l);
            m->cls[d + 2][l] = r;
        }
    for (int d = -1; d <= 1; d++)
        for (int g = 0; g < 256; g++) {
            erg__tf_gaz(&sink, d, (unsigned char)g);
            m->gaz[d + 1][g] = r;
        }
    erg__tf_index_pairs(m);
}

int erg__tagger_model_load(erg_tagger_model_t **out, const char *path, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0, line = 1;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    erg_tagger_model_t *m = calloc(1, sizeof *m);
    char *p = buf;
    unsigned long nrows = 0;
    if (!m) {
        rc = ERG_ENOMEM;
        goto cleanup;
    }
    rc = ERG_EPARSE;
    if (strncmp(p, "ergraph-tagger 1\n", 17) != 0)
        goto cleanup;
    p += 17;
    line++;
    if (strncmp(p, "trans\n", 6) != 0)
        goto cleanup;
    p += 6;
    for (int r = 0; r <= ERG_NTAGS; r++) {
        line++;
        if (parse_weights(&p, m->trans + r * ERG_NTAGS, ERG_NTAGS))
            goto cleanup;
        p++;
    }
    line++;
    if (sscanf(p, "features %lu", &nrows) != 1 || !(p = strchr(p, '\n')))
        goto cleanup;
    p++;
    m->nrows = nrows;
    if (!(m->w = erg__xrealloc_array(NULL, nrows ? nrows : 1, ERG_TF_ROW * sizeof *m->w))) {
        rc = ERG_ENOMEM;
        goto cleanup;
    }
    for (size_t r = 0; r < nrows; r++) {
        line++;
        char *tab = strchr(p, '\t');
        char *nl = strchr(p, '\n');
        if (!tab || (nl && nl < tab))
            goto cleanup;
        if (erg__map_put(&m->index, p, (size_t)(tab - p), r)) {
            rc = ERG_ENOMEM;
            goto cleanup;
        }
        unsigned bit = (unsigned)(erg__hash(p, (size_t)(tab - p)) >> 40) & (ERG_TF_FILTER_BITS - 1);
        m->filter[bit / 64] |= (uint64_t)1 << (bit % 64);
        p = tab + 1;
        if (parse_weights(&p, m->w + r * ERG_TF_ROW, ERG_NTAGS))
            goto cleanup;
        memset(m->w + r * ERG_TF_ROW + ERG_NTAGS, 0, (ERG_TF_ROW - ERG_NTAGS) * sizeof *m->w);
        if (*p)
            p++;
    }
    resolve_small(m);
    rc = 0;
cleanup:
    free(buf);
    if (rc) {
        erg__tagger_model_free(m);
        if (rc == ERG_EPARSE)
            return erg__fail(err, rc, "%s:%zu: malformed tagger model", path, line);
        return erg__fail(err, rc, "%s: %s", path, erg_strerror(rc));
    }
    *out = m;
    return 0;
}

/* Tokens farther than this from any token that may hold a name are
 * labelled O without being scored or decoded. On the real news of both
 * languages 2 leaves 57% of the tokens out, the labels all the same as
 * decoding whole sentences; 1 leaves more out but changes a few labels. */
#define REACH 2

/* May token i hold a name, or be the reason a neighbour does: a capital
 * (but not a function word or a sentence opener such as "Dia" or "The"
 * written with one), a letter of a script without case, or a gazetteer
 * match. Runs of other tokens (lowercase words and numbers: "10 persen",
 * "2024") far from one are all but never part of a name. */
static int may_name(const erg_tag_input_t *in, size_t i)
{
    unsigned f = in->t->tok[i].flags;
    if (in->gz[i] || (f & (ERG_TOK_NOCASE | ERG_TOK_ALLCAPS)))
        return 1;
    return (f & ERG_TOK_CAP) && !(in->cls[i] & ((1u << ERG_LX_FUNCTION) | (1u << ERG_LX_STARTER)));
}

/* What tagging an article needs, kept from one part of it to the next. */
typedef struct {
    float *score;
    size_t cap;
    unsigned char *bp;
    size_t bpcap;
} scratch_t;

/* Scores and decodes tokens [a, b) of sentence [s0, s1), the tokens
 * around them labelled O. */
static int tag_window(const erg_tagger_model_t *m, const erg_tag_input_t *in, size_t s0, size_t s1,
                      size_t a, size_t b, scratch_t *x, unsigned char *labels)
{
    void *p = x->score, *q = x->bp;
    if (erg__grow(&p, &x->cap, (b - a) * ERG_NTAGS, sizeof *x->score))
        return ERG_ENOMEM;
    x->score = p;
    if (erg__grow(&q, &x->bpcap, (b - a) * ERG_NTAGS, 1))
        return ERG_ENOMEM;
    x->bp = q;
    int rc = erg__tf_score_cached(m, in, s0, s1, a, b, x->score);
    if (!rc)
        decode(x->score, b - a, m->trans, m->moves, a > s0, b < s1, labels + a, x->bp);
    return rc;
}

int erg__tagger_tag(const erg_tagger_model_t *m, const erg_tag_input_t *in, unsigned char *labels)
{
    const erg_tokens_t *t = in->t;
    scratch_t x = {0};
    size_t k = REACH;
    int rc = 0;
    memset(labels, ERG_TAG_O, t->n);
    for (size_t s0 = 0; s0 < t->n && !rc;) {
        size_t s1 = s0;
        while (s1 < t->n && t->tok[s1].sent == t->tok[s0].sent)
            s1++;
        /* windows: the tokens within k of one that may hold a name, runs
         * that touch merged */
        size_t a = s1, b = s1;
        for (size_t i = s0; i < s1 && !rc; i++) {
            if (!may_name(in, i))
                continue;
            size_t lo = i - s0 > k ? i - k : s0, hi = s1 - i > k + 1 ? i + k + 1 : s1;
            if (a < s1 && lo <= b) {
                b = hi;
                continue;
            }
            if (a < s1)
                rc = tag_window(m, in, s0, s1, a, b, &x, labels);
            a = lo;
            b = hi;
        }
        if (a < s1 && !rc)
            rc = tag_window(m, in, s0, s1, a, b, &x, labels);
        s0 = s1;
    }
    free(x.score);
    free(x.bp);
    return rc;
}
