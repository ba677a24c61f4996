/*
 * tagger.c: features, Viterbi decoding and the model file; see tagger.h.
 *
 * Model file (text, UTF-8):
 *   ergraph-tagger 1
 *   trans                      then 8 lines of 7 weights: from START, O, B-PER, ...
 *   features N                 then N lines "FEATURE<TAB>w_O w_B-PER ... w_I-LOC"
 * Weights are integers, the averaged perceptron weights times 1000.
 */
#include "tagger.h"
#include "lexicon.h"

#include <errno.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

/* Bits of the filter of known features: a feature whose bit is clear is
 * not in the model, found without probing the (larger) index. Most
 * features of running text are not: rare words and word pairs. */
#define FILTER_BITS (1u << 18)

struct erg_tagger_model {
    erg_map_t index; /* feature -> row */
    uint64_t filter[FILTER_BITS / 64];
    float *w;        /* rows of ERG_NTAGS */
    size_t nrows;
    float trans[(ERG_NTAGS + 1) * ERG_NTAGS];
};

/* Letters of the word-list classes, in lexicon.h order. */
static const char class_letter[ERG_LX_COUNT + 1] = "FTROLSDMCXE";

/* One feature string being built: at most 255 bytes, as the model was
 * trained with (longer ones are cut there). Built by hand, not with
 * printf: features are made for every token of the corpus. */
typedef struct {
    char s[256];
    size_t k;
} feat_t;

static void fs(feat_t *f, const char *s, size_t n)
{
    size_t room = sizeof f->s - 1 - f->k;
    if (n > room)
        n = room;
    memcpy(f->s + f->k, s, n);
    f->k += n;
}

static void fz(feat_t *f, const char *s) { fs(f, s, strlen(s)); }

/* Appends an offset in -9..9 as "%+d" would. */
static void fd(feat_t *f, int d)
{
    char b[2] = {d < 0 ? '-' : '+', (char)('0' + (d < 0 ? -d : d))};
    fs(f, b, 2);
}

/* Where features go: appended to `buf` (training), or looked up in `m`
 * and their weights added to `sc` (tagging, with no copy). */
typedef struct {
    erg_buf_t *buf;
    const erg_tagger_model_t *m;
    float *sc;
} sink_t;

/* Hands the feature to `out`, counts it, and starts the next one. */
static int fend(sink_t *out, long *n, feat_t *f)
{
    f->s[f->k] = '\0';
    (*n)++;
    size_t k = f->k;
    f->k = 0;
    if (out->buf)
        return erg_buf_add(out->buf, f->s, k + 1); /* keep the NUL */
    /* no part holds a NUL (keys never do; the rest are C strings), so the
     * feature is f->s[0..k) as in the NUL-separated list */
    uint64_t h = erg_hash(f->s, k);
    unsigned bit = (unsigned)(h >> 40) & (FILTER_BITS - 1);
    if (!(out->m->filter[bit / 64] >> (bit % 64) & 1))
        return 0;
    const size_t *row = erg_map_get_hashed(&out->m->index, f->s, k, h);
    if (row)
        for (int y = 0; y < ERG_NTAGS; y++)
            out->sc[y] += out->m->w[*row * ERG_NTAGS + y];
    return 0;
}

/* The collapsed shape of a token: X upper, x lower, d digit, u other
 * (non-ASCII), runs of one kind written once: "Xx", "X", "dd" -> "d". */
static void shape(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    char last = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        char x = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
                 : (c & 0xC0) == 0x80 ? 0 : 'u';
        if (x && x != last)
            out[k++] = x;
        if (x)
            last = x;
    }
    out[k] = '\0';
}

/* Length of the first `chars` characters of key (UTF-8). */
static size_t prefix_len(const char *s, size_t n, size_t chars)
{
    size_t i = 0;
    while (i < n && chars) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars--;
    }
    return i;
}

static size_t suffix_start(const char *s, size_t n, size_t chars)
{
    size_t i = n;
    while (i > 0 && chars) {
        i--;
        while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
            i--;
        chars--;
    }
    return i;
}

/* The punctuation between two byte offsets, spaces dropped, at most 6
 * bytes; "_" when there is none, "NL" across a line break. */
static void gap_text(const char *text, size_t from, size_t to, char *out)
{
    size_t k = 0;
    for (size_t p = from; p < to; p++) {
        char c = text[p];
        if (c == '\n') {
            strcpy(out, "NL");
            return;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (k < 6)
            out[k++] = c;
    }
    while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0xC0)
        k--; /* never end on a cut character */
    if (k == 0)
        out[k++] = '_';
    out[k] = '\0';
}

static const char gz_type_letter[] = "-PSOL"; /* none, person, state, organization, place */

static void gz_code(unsigned char g, char *out)
{
    if (!g) {
        strcpy(out, "-");
        return;
    }
    out[0] = (g & ERG_GZ_BEGIN) ? 'B' : 'I';
    out[1] = gz_type_letter[(g & 0x0F) < 5 ? (g & 0x0F) : 0];
    out[2] = '\0';
}

static long features(const erg_tag_input_t *in, size_t i, size_t s0, size_t s1, sink_t *out)
{
    const erg_tokens_t *t = in->t;
    long n = 0;
    int rc = 0;
    char sh[4][24], g[12];
    const char *key[5];
    int keylen[5];
    for (int d = -2; d <= 2; d++) {
        long j = (long)i + d;
        if (j < (long)s0) {
            key[d + 2] = "<s>";
            keylen[d + 2] = 3;
        } else if (j >= (long)s1) {
            key[d + 2] = "</s>";
            keylen[d + 2] = 4;
        } else {
            key[d + 2] = t->keys.buf + t->tok[j].key;
            keylen[d + 2] = (int)t->tok[j].keylen;
        }
    }
    for (int d = -1; d <= 1; d++) {
        long j = (long)i + d;
        if (j < (long)s0 || j >= (long)s1)
            strcpy(sh[d + 1], d < 0 ? "<s>" : "</s>");
        else
            shape(in->text + t->tok[j].start, t->tok[j].end - t->tok[j].start, sh[d + 1], sizeof sh[0]);
    }
    const char *k0 = key[2];
    size_t kl = (size_t)keylen[2];
    size_t clen = t->tok[i].end - t->tok[i].start;
    feat_t f;
    f.k = 0;
    fz(&f, "b");
    rc = fend(out, &n, &f);
    fz(&f, "w="), fs(&f, k0, kl);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "s="), fz(&f, sh[1]);
    rc = rc ? rc : fend(out, &n, &f);
    char len[2] = {'|', (char)('0' + (clen > 4 ? 4 : clen))};
    fz(&f, "s="), fz(&f, sh[1]), fs(&f, len, 2);
    rc = rc ? rc : fend(out, &n, &f);
    for (int a = 2; a <= 4 && !rc; a++) {
        char p[3] = {'p', (char)('0' + a), '='};
        fs(&f, p, 3), fs(&f, k0, prefix_len(k0, kl, (size_t)a));
        rc = fend(out, &n, &f);
        size_t st = suffix_start(k0, kl, (size_t)a);
        p[0] = 'x';
        fs(&f, p, 3), fs(&f, k0 + st, kl - st);
        rc = rc ? rc : fend(out, &n, &f);
    }
    for (int d = -2; d <= 2 && !rc; d++)
        if (d) {
            fz(&f, "w"), fd(&f, d), fz(&f, "="), fs(&f, key[d + 2], (size_t)keylen[d + 2]);
            rc = fend(out, &n, &f);
        }
    fz(&f, "s-1="), fz(&f, sh[0]);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "s+1="), fz(&f, sh[2]);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "ss="), fz(&f, sh[0]), fz(&f, "|"), fz(&f, sh[1]), fz(&f, "|"), fz(&f, sh[2]);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "w-1s="), fs(&f, key[1], (size_t)keylen[1]), fz(&f, "|"), fz(&f, sh[1]);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "sw+1="), fz(&f, sh[1]), fz(&f, "|"), fs(&f, key[3], (size_t)keylen[3]);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "ww-1="), fs(&f, key[1], (size_t)keylen[1]), fz(&f, "|"), fs(&f, key[2], (size_t)keylen[2]);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "ww+1="), fs(&f, key[2], (size_t)keylen[2]), fz(&f, "|"), fs(&f, key[3], (size_t)keylen[3]);
    rc = rc ? rc : fend(out, &n, &f);
    /* punctuation lives in the gaps */
    if (i > s0)
        gap_text(in->text, t->tok[i - 1].end, t->tok[i].start, g);
    else
        strcpy(g, "^");
    fz(&f, "g-="), fz(&f, g);
    rc = rc ? rc : fend(out, &n, &f);
    fz(&f, "g-s="), fz(&f, g), fz(&f, "|"), fz(&f, sh[1]);
    rc = rc ? rc : fend(out, &n, &f);
    if (i + 1 < s1)
        gap_text(in->text, t->tok[i].end, t->tok[i + 1].start, g);
    else
        strcpy(g, "$");
    fz(&f, "g+="), fz(&f, g);
    rc = rc ? rc : fend(out, &n, &f);
    if (i == s0 && !rc) {
        fz(&f, "first="), fz(&f, sh[1]);
        rc = fend(out, &n, &f);
    }
    /* word lists, by class */
    for (int d = -2; d <= 2 && !rc; d++) {
        long j = (long)i + d;
        if (j < (long)s0 || j >= (long)s1)
            continue;
        for (int l = 0; l < ERG_LX_COUNT && !rc; l++)
            if (in->cls[j] & (1u << l)) {
                char c[2] = {'=', class_letter[l]};
                fz(&f, "c"), fd(&f, d), fs(&f, c, 2);
                rc = fend(out, &n, &f);
            }
    }
    /* the gazetteer */
    for (int d = -1; d <= 1 && !rc; d++) {
        long j = (long)i + d;
        if (j < (long)s0 || j >= (long)s1)
            continue;
        gz_code(in->gz[j], g);
        fz(&f, "G"), fd(&f, d), fz(&f, "="), fz(&f, g);
        rc = fend(out, &n, &f);
    }
    return rc ? rc : n;
}

long erg_tagger_features(const erg_tag_input_t *in, size_t i, size_t s0, size_t s1, erg_buf_t *out)
{
    sink_t sink = {out, NULL, NULL};
    return features(in, i, s0, s1, &sink);
}

/* May label y follow label prev (ERG_NTAGS: sentence start) in IOB2? */
static int allowed(int prev, int y)
{
    if (y == ERG_TAG_O || (y % 2) == 1)
        return 1; /* O and B-X anywhere */
    return prev != ERG_NTAGS && prev != ERG_TAG_O && (prev + 1) / 2 == y / 2;
}

int erg_tagger_viterbi(const float *score, size_t n, const float *trans, unsigned char *labels)
{
    if (n == 0)
        return 0;
    float *dp = malloc(n * ERG_NTAGS * sizeof *dp);
    unsigned char *bp = malloc(n * ERG_NTAGS);
    if (!dp || !bp) {
        free(dp);
        free(bp);
        return ERG_ENOMEM;
    }
    for (int y = 0; y < ERG_NTAGS; y++)
        dp[y] = allowed(ERG_NTAGS, y) ? score[y] + trans[ERG_NTAGS * ERG_NTAGS + y] : -FLT_MAX;
    for (size_t i = 1; i < n; i++) {
        for (int y = 0; y < ERG_NTAGS; y++) {
            float best = -FLT_MAX;
            int arg = 0;
            for (int p = 0; p < ERG_NTAGS; p++) {
                if (dp[(i - 1) * ERG_NTAGS + p] == -FLT_MAX || !allowed(p, y))
                    continue;
                float v = dp[(i - 1) * ERG_NTAGS + p] + trans[p * ERG_NTAGS + y];
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            dp[i * ERG_NTAGS + y] = best == -FLT_MAX ? -FLT_MAX : best + score[i * ERG_NTAGS + y];
            bp[i * ERG_NTAGS + y] = (unsigned char)arg;
        }
    }
    int y = 0;
    for (int k = 1; k < ERG_NTAGS; k++)
        if (dp[(n - 1) * ERG_NTAGS + k] > dp[(n - 1) * ERG_NTAGS + y])
            y = k;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (unsigned char)y;
        if (i)
            y = bp[i * ERG_NTAGS + y];
    }
    free(dp);
    free(bp);
    return 0;
}

void erg_tagger_model_free(erg_tagger_model_t *m)
{
    if (!m)
        return;
    erg_map_release(&m->index);
    free(m->w);
    free(m);
}

/* Parses `count` integers (weights times 1000) from *p into w. */
static int parse_weights(char **p, float *w, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        char *end;
        errno = 0;
        long v = strtol(*p, &end, 10);
        if (end == *p || errno)
            return -1;
        w[k] = (float)v / 1000.0f;
        *p = end;
    }
    while (**p == ' ' || **p == '\r')
        (*p)++;
    return **p == '\n' || **p == '\0' ? 0 : -1;
}

int erg_tagger_model_load(erg_tagger_model_t **out, const char *path, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0, line = 1;
    int rc = erg_read_file(path, &buf, &len, err);
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
    if (!(m->w = erg_xrealloc_array(NULL, nrows ? nrows : 1, ERG_NTAGS * sizeof *m->w))) {
        rc = ERG_ENOMEM;
        goto cleanup;
    }
    for (size_t r = 0; r < nrows; r++) {
        line++;
        char *tab = strchr(p, '\t');
        char *nl = strchr(p, '\n');
        if (!tab || (nl && nl < tab))
            goto cleanup;
        if (erg_map_put(&m->index, p, (size_t)(tab - p), r)) {
            rc = ERG_ENOMEM;
            goto cleanup;
        }
        unsigned bit = (unsigned)(erg_hash(p, (size_t)(tab - p)) >> 40) & (FILTER_BITS - 1);
        m->filter[bit / 64] |= (uint64_t)1 << (bit % 64);
        p = tab + 1;
        if (parse_weights(&p, m->w + r * ERG_NTAGS, ERG_NTAGS))
            goto cleanup;
        if (*p)
            p++;
    }
    rc = 0;
cleanup:
    free(buf);
    if (rc) {
        erg_tagger_model_free(m);
        if (rc == ERG_EPARSE)
            return erg_fail(err, rc, "%s:%zu: malformed tagger model", path, line);
        return erg_fail(err, rc, "%s: %s", path, erg_strerror(rc));
    }
    *out = m;
    return 0;
}

int erg_tagger_tag(const erg_tagger_model_t *m, const erg_tag_input_t *in, unsigned char *labels)
{
    const erg_tokens_t *t = in->t;
    float *score = NULL;
    size_t cap = 0;
    int rc = 0;
    for (size_t s0 = 0; s0 < t->n && !rc;) {
        size_t s1 = s0;
        while (s1 < t->n && t->tok[s1].sent == t->tok[s0].sent)
            s1++;
        void *p = score;
        if (erg_grow(&p, &cap, (s1 - s0) * ERG_NTAGS, sizeof *score)) {
            rc = ERG_ENOMEM;
            break;
        }
        score = p;
        for (size_t i = s0; i < s1 && !rc; i++) {
            float *sc = score + (i - s0) * ERG_NTAGS;
            memset(sc, 0, ERG_NTAGS * sizeof *sc);
            sink_t sink = {NULL, m, sc};
            long nf = features(in, i, s0, s1, &sink);
            if (nf < 0)
                rc = (int)nf;
        }
        if (!rc)
            rc = erg_tagger_viterbi(score, s1 - s0, m->trans, labels + s0);
        s0 = s1;
    }
    free(score);
    return rc;
}
