/*
 * tagger_features.c: the tagger's features as strings (see tagger.h for
 * what they are, tagger_internal.h for who uses them). This file is their one
 * definition: training lists them, the reference scorer looks each one up,
 * and the cache (tagger_cache.c) resolves them with the same emitters.
 */
#include "map.h"
#include "mem.h"
#include "tagger.h"
#include "tagger_internal.h"
#include "lexicon.h"
#include "text.h"

#include <string.h>

/* Letters of the word-list classes, in lexicon.h order. The shipped model
 * was trained before the locatives (P) and conjunctions (J) existed, so it
 * holds no feature of theirs: they add nothing until it is retrained. */
static const char class_letter[ERG_LX_TAGGER_COUNT + 1] = "FTROLSDMCXEPJ";

static const char *const join_name[] = {"s-1=", "s+1=", "ss=", "w-1s=", "sw+1=", "ww-1=",
                                        "ww+1=", "g-=", "g-s=", "g+=", "first="};

/* One feature string being built: at most 255 bytes, as the model was
 * trained with (longer ones are cut there). Built by hand, not with
 * printf: features are made for every new word of the corpus. */
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

const float *erg__tf_row(const erg_tagger_model_t *m, const char *s, size_t n)
{
    uint64_t h = erg__hash(s, n);
    unsigned bit = (unsigned)(h >> 40) & (ERG_TF_FILTER_BITS - 1);
    if (!(m->filter[bit / 64] >> (bit % 64) & 1))
        return NULL;
    const size_t *row = erg__map_get_hashed(&m->index, s, n, h);
    return row ? m->w + *row * ERG_TF_ROW : NULL;
}

/* Hands the feature to `out` and starts the next one. The feature is
 * f->s[0..k), NUL bytes included (the locative class has one). */
static int fend(erg_tf_sink_t *out, feat_t *f)
{
    f->s[f->k] = '\0';
    out->n++;
    size_t k = f->k;
    f->k = 0;
    if (out->buf)
        return erg__buf_add(out->buf, f->s, k + 1); /* keep the NUL */
    const float *r = erg__tf_row(out->m, f->s, k);
    if (out->row)
        *out->row = r;
    else if (r)
        for (int y = 0; y < ERG_NTAGS; y++)
            out->sc[y] += r[y];
    return 0;
}

void erg__tf_shape(const char *s, size_t n, char *out, size_t cap)
{
    /* X upper, x lower, d digit, u other (non-ASCII), runs of one kind
     * written once: "Xx", "X", "dd" -> "d" */
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

void erg__tf_gap(const char *text, size_t from, size_t to, char *out)
{
    /* spaces dropped, at most 6 bytes; "_" when there is none, "NL"
     * across a line break */
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

int erg__tf_word(erg_tf_sink_t *out, const char *key, size_t kl, const char *shape, size_t bytes)
{
    feat_t f;
    f.k = 0;
    fz(&f, "b");
    int rc = fend(out, &f);
    fz(&f, "w="), fs(&f, key, kl);
    rc = rc ? rc : fend(out, &f);
    fz(&f, "s="), fz(&f, shape);
    rc = rc ? rc : fend(out, &f);
    char len[2] = {'|', (char)('0' + (bytes > 4 ? 4 : bytes))};
    fz(&f, "s="), fz(&f, shape), fs(&f, len, 2);
    rc = rc ? rc : fend(out, &f);
    for (int a = 2; a <= 4 && !rc; a++) {
        char p[3] = {'p', (char)('0' + a), '='};
        fs(&f, p, 3), fs(&f, key, prefix_len(key, kl, (size_t)a));
        rc = fend(out, &f);
        size_t st = suffix_start(key, kl, (size_t)a);
        p[0] = 'x';
        fs(&f, p, 3), fs(&f, key + st, kl - st);
        rc = rc ? rc : fend(out, &f);
    }
    return rc;
}

int erg__tf_near(erg_tf_sink_t *out, int d, const char *key, size_t kl)
{
    feat_t f;
    f.k = 0;
    fz(&f, "w"), fd(&f, d), fz(&f, "="), fs(&f, key, kl);
    return fend(out, &f);
}

int erg__tf_join(erg_tf_sink_t *out, int kind, const erg_tf_piece_t *p, int n)
{
    feat_t f;
    f.k = 0;
    fz(&f, join_name[kind]);
    for (int q = 0; q < n; q++) {
        if (q)
            fz(&f, "|");
        fs(&f, p[q].s, p[q].n);
    }
    return fend(out, &f);
}

int erg__tf_class(erg_tf_sink_t *out, int d, int l)
{
    feat_t f;
    f.k = 0;
    char c[2] = {'=', class_letter[l]};
    fz(&f, "c"), fd(&f, d), fs(&f, c, 2);
    return fend(out, &f);
}

static const char gz_type_letter[] = "-PSOL"; /* none, person, state, organization, place */

int erg__tf_gaz(erg_tf_sink_t *out, int d, unsigned char g)
{
    char code[3] = "-";
    if (g) {
        code[0] = (g & ERG_GZ_BEGIN) ? 'B' : 'I';
        code[1] = gz_type_letter[(g & 0x0F) < 5 ? (g & 0x0F) : 0];
    }
    feat_t f;
    f.k = 0;
    fz(&f, "G"), fd(&f, d), fz(&f, "="), fz(&f, code);
    return fend(out, &f);
}

static const int pair_kind[] = {ERG_TF_PREV_KEY_SHAPE, ERG_TF_SHAPE_NEXT_KEY, ERG_TF_PREV_KEY_KEY,
                                ERG_TF_KEY_NEXT_KEY};

unsigned erg__tf_pair_bit(int kind, uint64_t ha, uint64_t hb)
{
    uint64_t h = ha * 0x9E3779B97F4A7C15ull + hb * 0xC2B2AE3D27D4EB4Full + (uint64_t)kind;
    h ^= h >> 32;
    return (unsigned)((h * 0x94D049BB133111EBull) >> 44) & (ERG_TF_PAIR_BITS - 1);
}

void erg__tf_index_pairs(erg_tagger_model_t *m)
{
    for (size_t i = 0; i < m->index.cap; i++) {
        const erg_map_slot_t *x = &m->index.slots[i];
        for (int q = 0; x->key && q < 4; q++) {
            const char *name = join_name[pair_kind[q]];
            size_t nl = strlen(name);
            const char *bar = memchr(x->key, '|', x->klen);
            if (x->klen >= sizeof(((feat_t *)0)->s) - 1 || strncmp(x->key, name, nl) != 0 || !bar)
                continue; /* keys and shapes hold no '|': the first one parts them */
            const char *b = bar + 1;
            unsigned bit = erg__tf_pair_bit(pair_kind[q], erg__hash(x->key + nl, (size_t)(bar - x->key) - nl),
                                    erg__hash(b, x->klen - (size_t)(b - x->key)));
            m->pairs[bit / 64] |= (uint64_t)1 << (bit % 64);
        }
    }
}

int erg__tf_pair_may(const erg_tagger_model_t *m, int kind, uint64_t ha, uint64_t hb)
{
    unsigned bit = erg__tf_pair_bit(kind, ha, hb);
    return m->pairs[bit / 64] >> (bit % 64) & 1;
}

static erg_tf_piece_t piece(const char *s) { return (erg_tf_piece_t){s, strlen(s)}; }

static int features(const erg_tag_input_t *in, size_t i, size_t s0, size_t s1, erg_tf_sink_t *out)
{
    const erg_tokens_t *t = in->t;
    char sh[3][24], g[12];
    erg_tf_piece_t key[5];
    for (int d = -2; d <= 2; d++) {
        long j = (long)i + d;
        if (j < (long)s0)
            key[d + 2] = piece("<s>");
        else if (j >= (long)s1)
            key[d + 2] = piece("</s>");
        else
            key[d + 2] = (erg_tf_piece_t){t->keys.buf + t->tok[j].key, t->tok[j].keylen};
    }
    for (int d = -1; d <= 1; d++) {
        long j = (long)i + d;
        if (j < (long)s0 || j >= (long)s1)
            strcpy(sh[d + 1], d < 0 ? "<s>" : "</s>");
        else
            erg__tf_shape(in->text + t->tok[j].start, t->tok[j].end - t->tok[j].start, sh[d + 1],
                         sizeof sh[0]);
    }
    erg_tf_piece_t s[3] = {piece(sh[0]), piece(sh[1]), piece(sh[2])};
    int rc = erg__tf_word(out, key[2].s, key[2].n, sh[1], t->tok[i].end - t->tok[i].start);
    for (int d = -2; d <= 2 && !rc; d++)
        if (d)
            rc = erg__tf_near(out, d, key[d + 2].s, key[d + 2].n);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_SHAPE_PREV, &s[0], 1);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_SHAPE_NEXT, &s[2], 1);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_SHAPES, s, 3);
    erg_tf_piece_t pair[2] = {key[1], s[1]};
    rc = rc ? rc : erg__tf_join(out, ERG_TF_PREV_KEY_SHAPE, pair, 2);
    pair[0] = s[1], pair[1] = key[3];
    rc = rc ? rc : erg__tf_join(out, ERG_TF_SHAPE_NEXT_KEY, pair, 2);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_PREV_KEY_KEY, &key[1], 2);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_KEY_NEXT_KEY, &key[2], 2);
    /* punctuation lives in the gaps */
    if (i > s0)
        erg__tf_gap(in->text, t->tok[i - 1].end, t->tok[i].start, g);
    else
        strcpy(g, "^");
    pair[0] = piece(g), pair[1] = s[1];
    rc = rc ? rc : erg__tf_join(out, ERG_TF_GAP_BEFORE, pair, 1);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_GAP_SHAPE, pair, 2);
    if (i + 1 < s1)
        erg__tf_gap(in->text, t->tok[i].end, t->tok[i + 1].start, g);
    else
        strcpy(g, "$");
    pair[0] = piece(g);
    rc = rc ? rc : erg__tf_join(out, ERG_TF_GAP_AFTER, pair, 1);
    if (i == s0 && !rc)
        rc = erg__tf_join(out, ERG_TF_FIRST, &s[1], 1);
    /* word lists, by class */
    for (int d = -2; d <= 2 && !rc; d++) {
        long j = (long)i + d;
        if (j < (long)s0 || j >= (long)s1)
            continue;
        for (int l = 0; l < ERG_LX_TAGGER_COUNT && !rc; l++)
            if (in->cls[j] & (1u << l))
                rc = erg__tf_class(out, d, l);
    }
    /* the gazetteer */
    for (int d = -1; d <= 1 && !rc; d++) {
        long j = (long)i + d;
        if (j >= (long)s0 && j < (long)s1)
            rc = erg__tf_gaz(out, d, in->gz[j]);
    }
    return rc;
}

long erg__tagger_features(const erg_tag_input_t *in, size_t i, size_t s0, size_t s1, erg_buf_t *out)
{
    erg_tf_sink_t sink = {out, NULL, NULL, NULL, 0};
    int rc = features(in, i, s0, s1, &sink);
    return rc ? rc : sink.n;
}

int erg__tf_score_strings(const erg_tagger_model_t *m, const erg_tag_input_t *in, size_t s0,
                         size_t s1, size_t a, size_t b, float *score)
{
    int rc = 0;
    for (size_t i = a; i < b && !rc; i++) {
        erg_tf_sink_t sink = {NULL, m, score + (i - a) * ERG_NTAGS, NULL, 0};
        memset(sink.sc, 0, ERG_NTAGS * sizeof *sink.sc);
        rc = features(in, i, s0, s1, &sink);
    }
    return rc;
}
