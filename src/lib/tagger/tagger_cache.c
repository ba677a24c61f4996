/*
 * tagger_cache.c: the tagger's scores without a string per feature.
 *
 * A token has some thirty features (tagger_features.c); building, hashing
 * and looking up each one is most of the cost of recognizing an article.
 * Yet almost all of them depend on a word (its key, shape, affixes, or the
 * word as a neighbour), on a pair of neighbours, or on a gap and a shape,
 * and running text repeats those. So each thread keeps a cache, built as
 * it meets them:
 *   - words, by their bytes in the text (a key is a function of those):
 *     the summed weights of the word's own features, which come first, so
 *     their sum is the very float the reference adds up, and the rows of
 *     the word as a neighbour at -2, -1, +1, +2;
 *   - shapes: the rows of "s-1=", "s+1=", "first=";
 *   - a direct-mapped memo of the rows of word pairs, shape triples and
 *     gaps, overwritten on collision; a pair is not even looked up there
 *     unless the model's bit set of pair features (tagger_internal.h) says it
 *     may hold one of them, which most pairs of running text are not.
 * The rows are then added in the order of the reference, one by one, so
 * every score is bit for bit the reference's (a unit test compares them).
 *
 * A caller that numbers its words (recognize_internal.h) saves the lookup of a word:
 * the cache keeps, by that number, the index of the word here.
 *
 * Ownership: the cache belongs to its thread (no locks, no sharing), is
 * freed when the thread ends (the main thread's lives until exit), starts
 * afresh when it holds too many words, between sentences, so its memory
 * stays bounded. A thread keeps one cache for each of the last two models
 * it tagged with (by their serials): a corpus of both languages switches
 * models between articles, and starting afresh at each switch cost a third
 * of the time of a build on real news of both languages.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "map.h"
#include "mem.h"
#include "threads.h"
#include "tagger.h"
#include "tagger_internal.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

enum { BOS = 0, EOS = 1 };    /* words before and after a sentence */
#define WORD_LIMIT (1u << 16) /* distinct words held before starting afresh */
#define MEMO_BITS 15

/* Keys this long may make a pair feature long enough to be cut at 255
 * bytes, which erg__tf_pair_may does not know: such pairs are looked up.
 * Two shorter pieces (or one and a shape, at most 23 bytes) never are. */
#define LONG_KEY 120

typedef struct {
    uint32_t shape;
    int long_key;          /* at least LONG_KEY bytes */
    uint64_t hash;         /* of the key */
    float pre[ERG_TF_ROW]; /* the word's own features, summed in order */
    const float *near[4];  /* "w-2=KEY", "w-1=KEY", "w+1=KEY", "w+2=KEY" */
} word_t;
/* score_sentence fetches a word as two cache lines: so it is, 80 bytes at 16
 * from malloc's alignment */
_Static_assert(sizeof(word_t) == 80, "a word_t lies in two cache lines");

typedef struct {
    char s[24];
    uint64_t hash;                    /* of the shape */
    const float *prev, *next, *first; /* "s-1=S", "s+1=S", "first=S" */
    /* the rows of gap_rows for the gap "_" (a space, or none) before a
     * word of this shape, the gap between most words: spaced, set */
    const float *spaced[4];
    int spaced_set;
} shape_t;

enum { MEMO_PAIR = 1, MEMO_SHAPES, MEMO_GAP };

/* A memo slot: what it holds rows for (a, and b with the kind in its low
 * bits; b == 0 is a free slot), and the rows. */
typedef struct {
    uint64_t a, b;
    const float *r[4];
} memo_t;

typedef struct {
    unsigned long serial; /* of the model the rows point into */
    erg_map_t words;      /* bytes -> index in word */
    word_t *word;
    size_t nword, wcap;
    erg_map_t shapes;     /* shape -> index in shape */
    shape_t *shape;
    size_t nshape, scap;
    memo_t *memo;         /* 1 << MEMO_BITS slots */
    uint32_t *pos;        /* words of the sentence, two bounds on each side */
    size_t pcap;
    uint32_t *cls;        /* beside pos: the tagger's word-list classes (none for a bound) */
    size_t ccap;
    unsigned long wserial; /* of the caller's numbering that byid follows */
    uint32_t *byid;        /* caller's word number -> 1 + index in word; 0: not yet */
    size_t nbyid;
} cache_t;

/* A thread's caches, one per model, the older one reused for a third. */
enum { NCACHE = 2 };
typedef struct {
    cache_t c[NCACHE];
    unsigned last; /* the cache used last */
} caches_t;

static void cache_free(cache_t *c)
{
    erg__map_release(&c->words);
    erg__map_release(&c->shapes);
    free(c->word);
    free(c->shape);
    free(c->memo);
    free(c->pos);
    free(c->cls);
    free(c->byid);
}

static void caches_free(void *p)
{
    caches_t *cs = p;
    if (!cs)
        return;
    for (int k = 0; k < NCACHE; k++)
        cache_free(&cs->c[k]);
    free(cs);
}

static erg_per_thread_t mine = ERG_PER_THREAD(caches_free, sizeof(caches_t));

/* The index of shape s, added when new. */
static int shape_of(cache_t *c, const erg_tagger_model_t *m, const char *s, uint32_t *out)
{
    size_t n = strlen(s);
    const size_t *v = erg__map_get(&c->shapes, s, n);
    if (v) {
        *out = (uint32_t)*v;
        return 0;
    }
    void *p = c->shape;
    if (erg__grow(&p, &c->scap, c->nshape + 1, sizeof *c->shape))
        return ERG_ENOMEM;
    c->shape = p;
    shape_t *x = &c->shape[c->nshape];
    memcpy(x->s, s, n + 1);
    x->spaced_set = 0;
    erg_tf_piece_t piece = {s, n};
    erg_tf_sink_t sink = {NULL, m, NULL, &x->prev, 0};
    erg__tf_join(&sink, ERG_TF_SHAPE_PREV, &piece, 1);
    sink.row = &x->next;
    erg__tf_join(&sink, ERG_TF_SHAPE_NEXT, &piece, 1);
    sink.row = &x->first;
    erg__tf_join(&sink, ERG_TF_FIRST, &piece, 1);
    x->hash = erg__hash(s, n);
    if (erg__map_put(&c->shapes, s, n, c->nshape))
        return ERG_ENOMEM;
    *out = (uint32_t)c->nshape++;
    return 0;
}

/* A new word of key[0..kl), shape sh, `bytes` long in the text. */
static int word_add(cache_t *c, const erg_tagger_model_t *m, const char *key, size_t kl,
                    const char *sh, size_t bytes)
{
    void *p = c->word;
    if (erg__grow(&p, &c->wcap, c->nword + 1, sizeof *c->word))
        return ERG_ENOMEM;
    c->word = p;
    word_t *w = &c->word[c->nword];
    int rc = shape_of(c, m, sh, &w->shape);
    if (rc)
        return rc;
    memset(w->pre, 0, sizeof w->pre);
    erg_tf_sink_t sink = {NULL, m, w->pre, NULL, 0};
    erg__tf_word(&sink, key, kl, sh, bytes);
    static const int offset[4] = {-2, -1, 1, 2};
    for (int q = 0; q < 4; q++) {
        sink.row = &w->near[q];
        erg__tf_near(&sink, offset[q], key, kl);
    }
    w->hash = erg__hash(key, kl);
    w->long_key = kl >= LONG_KEY;
    c->nword++;
    return 0;
}

/* Empties the cache for model m, keeping its allocations. */
static int cache_reset(cache_t *c, const erg_tagger_model_t *m)
{
    erg__map_release(&c->words);
    erg__map_release(&c->shapes);
    c->nword = c->nshape = 0;
    c->wserial = 0; /* the indexes byid holds are gone */
    if (!c->memo && !(c->memo = malloc(sizeof *c->memo << MEMO_BITS)))
        return ERG_ENOMEM;
    memset(c->memo, 0, sizeof *c->memo << MEMO_BITS);
    c->serial = m->serial;
    /* the bounds: keys and shapes as the reference writes them */
    int rc = word_add(c, m, "<s>", 3, "<s>", 0);
    return rc ? rc : word_add(c, m, "</s>", 4, "</s>", 0);
}

/* The index of the word of token i, added when new. */
static int word_of(cache_t *c, const erg_tagger_model_t *m, const erg_tag_input_t *in, size_t i,
                   uint32_t *out)
{
    uint32_t *by = NULL;
    if (in->wid) {
        uint32_t id = in->wid[i];
        if (id >= c->nbyid) {
            size_t n = c->nbyid, want = (size_t)id + 1 > 2 * n ? (size_t)id + 1 : 2 * n;
            uint32_t *p = realloc(c->byid, want * sizeof *p);
            if (!p)
                return ERG_ENOMEM;
            memset(p + n, 0, (want - n) * sizeof *p);
            c->byid = p;
            c->nbyid = want;
        }
        by = &c->byid[id];
        if (*by) {
            *out = *by - 1;
            return 0;
        }
    }
    const erg_token_t *tk = &in->t->tok[i];
    const char *s = in->text + tk->start;
    size_t bytes = tk->end - tk->start;
    const size_t *v = erg__map_get(&c->words, s, bytes);
    int rc = 0;
    if (v) {
        *out = (uint32_t)*v;
    } else {
        char sh[24];
        erg__tf_shape(s, bytes, sh, sizeof sh);
        rc = word_add(c, m, in->t->keys.buf + tk->key, tk->keylen, sh, bytes);
        if (!rc)
            rc = erg__map_put(&c->words, s, bytes, c->nword - 1);
        *out = (uint32_t)(c->nword - 1);
    }
    if (by && !rc)
        *by = *out + 1;
    return rc;
}

/* Where (a, b, kind) goes in the memo. */
static inline memo_t *memo_at(const cache_t *c, uint64_t a, uint64_t b, int kind)
{
    b = b << 2 | (uint64_t)kind;
    uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full);
    h ^= h >> 31;
    return &c->memo[(h * 0x94D049BB133111EBull) >> (64 - MEMO_BITS)];
}

/* Starts fetching slot x: its two ends, since a slot of 48 bytes lies
 * across two cache lines one time in two. */
static inline void memo_fetch(const memo_t *x)
{
    __builtin_prefetch(x);
    __builtin_prefetch((const char *)(x + 1) - 1);
}

/* The memo slot for (a, b, kind); *fresh when it must be filled. */
static memo_t *memo_slot(cache_t *c, uint64_t a, uint64_t b, int kind, int *fresh)
{
    memo_t *x = memo_at(c, a, b, kind);
    b = b << 2 | (uint64_t)kind;
    *fresh = x->a != a || x->b != b;
    x->a = a;
    x->b = b;
    return x;
}

/* The key of position k of the sentence (token s0 + k - 2, or a bound). */
static erg_tf_piece_t key_at(const erg_tag_input_t *in, size_t s0, size_t s1, size_t k)
{
    if (k < 2)
        return (erg_tf_piece_t){"<s>", 3};
    if (s0 + k - 2 >= s1)
        return (erg_tf_piece_t){"</s>", 4};
    const erg_token_t *tk = &in->t->tok[s0 + k - 2];
    return (erg_tf_piece_t){in->t->keys.buf + tk->key, tk->keylen};
}

static erg_tf_piece_t shape_piece(const cache_t *c, uint32_t w)
{
    const char *s = c->shape[c->word[w].shape].s;
    return (erg_tf_piece_t){s, strlen(s)};
}

/* The bits of m->pairs (erg__tf_pair_may) of the pair at positions k,
 * k + 1, in pair_rows' order, and whether a key is long enough that the
 * bits do not tell (then the model may hold them all). */
typedef struct {
    unsigned bit[4];
    int all;
} pair_bits_t;

/* Also starts fetching the bits' words: the set (128 KB) is often out of
 * the cache, and pair_rows tests them a token later. */
/* Inlined: a call cost as much as the prefetches gained. */
static inline __attribute__((always_inline)) void pair_bits(const cache_t *c,
                                                            const erg_tagger_model_t *m, size_t k,
                                                            pair_bits_t *p)
{
    const word_t *x = &c->word[c->pos[k]], *y = &c->word[c->pos[k + 1]];
    uint64_t hx = c->shape[x->shape].hash, hy = c->shape[y->shape].hash;
    p->all = x->long_key || y->long_key;
    p->bit[0] = erg__tf_pair_bit(ERG_TF_KEY_NEXT_KEY, x->hash, y->hash);
    p->bit[1] = erg__tf_pair_bit(ERG_TF_SHAPE_NEXT_KEY, hx, y->hash);
    p->bit[2] = erg__tf_pair_bit(ERG_TF_PREV_KEY_KEY, x->hash, y->hash);
    p->bit[3] = erg__tf_pair_bit(ERG_TF_PREV_KEY_SHAPE, x->hash, hy);
    for (int q = 0; q < 4; q++)
        __builtin_prefetch(&m->pairs[p->bit[q] / 64]);
}

/* Rows of the pair at positions k, k + 1: "ww+1=" and "sw+1=" of the
 * left word, "ww-1=" and "w-1s=" of the right one; looked up only when
 * the model may have them (pb: pair_bits of k). */
static void pair_rows(cache_t *c, const erg_tagger_model_t *m, const erg_tag_input_t *in,
                      size_t s0, size_t s1, size_t k, const pair_bits_t *pb, const float *r[4])
{
    uint32_t wa = c->pos[k], wb = c->pos[k + 1];
    unsigned may = pb->all ? 15 : 0;
    for (int q = 0; q < 4; q++)
        may |= (unsigned)(m->pairs[pb->bit[q] / 64] >> (pb->bit[q] % 64) & 1) << q;
    memset(r, 0, 4 * sizeof *r);
    if (!may)
        return;
    int fresh;
    memo_t *e = memo_slot(c, wa, wb, MEMO_PAIR, &fresh);
    if (fresh) {
        static const int kind[4] = {ERG_TF_KEY_NEXT_KEY, ERG_TF_SHAPE_NEXT_KEY, ERG_TF_PREV_KEY_KEY,
                                    ERG_TF_PREV_KEY_SHAPE};
        erg_tf_piece_t ka = key_at(in, s0, s1, k), kb = key_at(in, s0, s1, k + 1);
        erg_tf_piece_t p[4][2] = {{ka, kb}, {shape_piece(c, wa), kb}, {ka, kb}, {ka, shape_piece(c, wb)}};
        for (int q = 0; q < 4; q++) {
            erg_tf_sink_t sink = {NULL, m, NULL, &e->r[q], 0};
            e->r[q] = NULL;
            if (may & (1u << q))
                erg__tf_join(&sink, kind[q], p[q], 2);
        }
    }
    memcpy(r, e->r, sizeof e->r);
}

/* Rows of the gap g before a word of shape sh: "g-=G", "g-s=G|S", "g+=G".
 * g holds at most 6 bytes (erg__tf_gap) and zeros up to its eighth. */
static void gap_rows(cache_t *c, const erg_tagger_model_t *m, const char g[8], uint32_t sh,
                     const float *r[4])
{
    uint64_t a;
    memcpy(&a, g, 8); /* a names the gap */
    shape_t *y = &c->shape[sh];
    int spaced = g[0] == '_' && !g[1], fresh = spaced && !y->spaced_set;
    const float **rows = y->spaced;
    if (!spaced) {
        memo_t *x = memo_slot(c, a, sh, MEMO_GAP, &fresh);
        rows = x->r;
    }
    if (fresh) {
        erg_tf_piece_t p[2] = {{g, strlen(g)}, {y->s, strlen(y->s)}};
        erg_tf_sink_t sink = {NULL, m, NULL, &rows[0], 0};
        erg__tf_join(&sink, ERG_TF_GAP_BEFORE, p, 1);
        sink.row = &rows[1];
        erg__tf_join(&sink, ERG_TF_GAP_SHAPE, p, 2);
        sink.row = &rows[2];
        erg__tf_join(&sink, ERG_TF_GAP_AFTER, p, 1);
        rows[3] = NULL;
        y->spaced_set |= spaced;
    }
    memcpy(r, rows, 4 * sizeof *r);
}

/* The gap between tokens i and i + 1 as erg__tf_gap writes it into g
 * (zeroed by the caller): "_" at once for a space or none, most gaps. */
static void gap_between(const erg_tag_input_t *in, size_t i, char g[8])
{
    const erg_token_t *tok = in->t->tok;
    size_t from = tok[i].end, to = tok[i + 1].start;
    if (to == from || (to == from + 1 && in->text[from] == ' '))
        g[0] = '_';
    else
        erg__tf_gap(in->text, from, to, g);
}

/* The row of "ss=A|B|C" for shapes a, b, c. */
static const float *shapes_row(cache_t *c, const erg_tagger_model_t *m, uint32_t a, uint32_t b,
                               uint32_t d)
{
    int fresh;
    memo_t *x = memo_slot(c, (uint64_t)a << 32 | b, d, MEMO_SHAPES, &fresh);
    if (fresh) {
        erg_tf_piece_t p[3];
        uint32_t s[3] = {a, b, d};
        for (int q = 0; q < 3; q++)
            p[q] = (erg_tf_piece_t){c->shape[s[q]].s, strlen(c->shape[s[q]].s)};
        erg_tf_sink_t sink = {NULL, m, NULL, &x->r[0], 0};
        erg__tf_join(&sink, ERG_TF_SHAPES, p, 3);
    }
    return x->r[0];
}

/* Adding -0.0 leaves every float as it is (+0.0 and -0.0 included): a
 * feature the model lacks (NULL) adds this row, chosen without a branch,
 * which went either way too often to be predicted. */
static const float no_row[ERG_TF_ROW] = {-0.0f, -0.0f, -0.0f, -0.0f, -0.0f, -0.0f, -0.0f, -0.0f};

/* A row as one vector of floats: adding a row is two SSE2 additions (one
 * of AVX), where the loop over its floats compiled to eight scalar ones.
 * Each lane adds the same floats in the same order, so every score is the
 * same to the bit. */
typedef float row_v __attribute__((vector_size(ERG_TF_ROW * sizeof(float))));

static inline void add(row_v *sc, const float *r)
{
    row_v v;
    memcpy(&v, r ? r : no_row, sizeof v);
    *sc += v;
}

/* The scores of tokens [a, b) of the sentence [s0, s1), given the words
 * and classes of tokens a - 2 .. b + 1 in c->pos and c->cls (the others
 * are not read). */
__attribute__((target_clones("avx2", "default")))
static void score_sentence(cache_t *c, const erg_tagger_model_t *m, const erg_tag_input_t *in,
                           size_t s0, size_t s1, size_t a, size_t b, float *score)
{
    const float *left[4], *right[4], *gap[4], *next_gap[4];
    char g[8] = "^";
    /* A pair's rows are looked up a token before they are added (as
     * `right`), and its bits and memo slot a token before that: the rows
     * (the model's weights, 750 KB), the memo (1.5 MB) and the bits (128
     * KB) are rarely in the cache, and the waits for them were most of
     * pair_rows' time and a third of this function's. */
    const float *right_next[4];
    pair_bits_t pb, pb_next;
    pair_bits(c, m, a - s0 + 1, &pb);
    pair_rows(c, m, in, s0, s1, a - s0 + 1, &pb, left);
    pair_bits(c, m, a - s0 + 2, &pb);
    pair_rows(c, m, in, s0, s1, a - s0 + 2, &pb, right_next);
    if (a + 1 < b) {
        memo_fetch(memo_at(c, c->pos[a - s0 + 3], c->pos[a - s0 + 4], MEMO_PAIR));
        pair_bits(c, m, a - s0 + 3, &pb_next);
    }
    if (a > s0) {
        memset(g, 0, sizeof g);
        gap_between(in, a - 1, g);
    }
    gap_rows(c, m, g, c->word[c->pos[a - s0 + 2]].shape, gap);
    /* the last position of c->pos read: token b + 1, or the second bound */
    size_t last = (b + 1 < s1 ? b + 1 : s1 + 1) - s0 + 2;
    for (size_t i = a; i < b; i++) {
        size_t k = i - s0 + 2;
        const uint32_t *w = c->pos + k;
        /* The words (80 bytes each, up to 5 MB of them) and their rows
         * are rarely in the cache: a word is fetched four tokens before
         * it is first read (as w[2]), its rows three before, so that the
         * loads below do not wait (they were most of this function's time). */
        if (k + 4 <= last) {
            /* 80 bytes start 0, 16, 32 or 48 bytes into a line of 64: two
             * lines, those of the first and the last byte */
            const char *f = (const char *)&c->word[w[4]];
            __builtin_prefetch(f);
            __builtin_prefetch(f + sizeof(word_t) - 1);
        }
        if (k + 3 <= last) {
            const word_t *f = &c->word[w[3]];
            for (int q = 0; q < 4; q++)
                if (f->near[q])
                    __builtin_prefetch(f->near[q]);
        }
        const word_t *me = &c->word[w[0]];
        uint32_t sh_prev = c->word[w[-1]].shape, sh_next = c->word[w[1]].shape;
        row_v sc;
        memcpy(&sc, me->pre, sizeof sc);
        add(&sc, c->word[w[-2]].near[0]);
        add(&sc, c->word[w[-1]].near[1]);
        add(&sc, c->word[w[1]].near[2]);
        add(&sc, c->word[w[2]].near[3]);
        add(&sc, c->shape[sh_prev].prev);
        add(&sc, c->shape[sh_next].next);
        add(&sc, shapes_row(c, m, sh_prev, me->shape, sh_next));
        memcpy(right, right_next, sizeof right);
        if (i + 1 < b) {
            pair_rows(c, m, in, s0, s1, k + 1, &pb_next, right_next);
            for (int q = 0; q < 4; q++)
                if (right_next[q])
                    __builtin_prefetch(right_next[q]);
            if (i + 2 < b) {
                memo_fetch(memo_at(c, w[2], w[3], MEMO_PAIR));
                pair_bits(c, m, k + 2, &pb_next);
            }
        }
        add(&sc, left[3]);  /* w-1s */
        add(&sc, right[1]); /* sw+1 */
        add(&sc, left[2]);  /* ww-1 */
        add(&sc, right[0]); /* ww+1 */
        memset(g, 0, sizeof g);
        if (i + 1 < s1)
            gap_between(in, i, g);
        else
            g[0] = '$';
        gap_rows(c, m, g, sh_next, next_gap);
        add(&sc, gap[0]);      /* g- */
        add(&sc, gap[1]);      /* g-s */
        add(&sc, next_gap[2]); /* g+ */
        if (i == s0)
            add(&sc, c->shape[me->shape].first);
        for (int d = -2; d <= 2; d++)
            for (unsigned bits = c->cls[k + (size_t)d]; bits; bits &= bits - 1)
                add(&sc, m->cls[d + 2][__builtin_ctz(bits)]); /* classes in ascending order */
        for (int d = -1; d <= 1; d++) {
            size_t j = i + (size_t)d;
            if ((d < 0 && i == s0) || j >= s1)
                continue;
            add(&sc, m->gaz[d + 1][in->gz[j]]);
        }
        memcpy(score + (i - a) * ERG_NTAGS, &sc, ERG_NTAGS * sizeof(float));
        memcpy(left, right, sizeof left);
        memcpy(gap, next_gap, sizeof gap);
    }
}

int erg__tf_score_cached(const erg_tagger_model_t *m, const erg_tag_input_t *in, size_t s0,
                        size_t s1, size_t a, size_t b, float *score)
{
    void *own;
    if (erg__per_thread(&mine, &own))
        return ERG_ENOMEM;
    if (!own) /* no thread key: the reference, slower, same scores */
        return erg__tf_score_strings(m, in, s0, s1, a, b, score);
    caches_t *cs = own;
    unsigned k = cs->last;
    if (cs->c[k].serial != m->serial)
        k = (k + 1) % NCACHE; /* the other one: m's, or the older one to reuse */
    cs->last = k;
    cache_t *c = &cs->c[k];
    int rc = 0;
    if (c->serial != m->serial || c->nword > WORD_LIMIT)
        rc = cache_reset(c, m);
    void *p = c->pos, *q = c->cls;
    if (!rc && erg__grow(&p, &c->pcap, s1 - s0 + 4, sizeof *c->pos))
        rc = ERG_ENOMEM;
    c->pos = p;
    if (!rc && erg__grow(&q, &c->ccap, s1 - s0 + 4, sizeof *c->cls))
        rc = ERG_ENOMEM;
    c->cls = q;
    if (rc) {
        c->serial = 0; /* half reset: start afresh next time */
        return rc;
    }
    if (in->wid && c->wserial != in->wserial) {
        if (c->byid)
            memset(c->byid, 0, c->nbyid * sizeof *c->byid);
        c->wserial = in->wserial;
    }
    c->pos[0] = c->pos[1] = BOS;
    c->pos[s1 - s0 + 2] = c->pos[s1 - s0 + 3] = EOS;
    size_t from = a > s0 + 2 ? a - 2 : s0, to = b + 2 < s1 ? b + 2 : s1; /* the words read */
    for (size_t i = from; i < to && !rc; i++)
        rc = word_of(c, m, in, i, &c->pos[i - s0 + 2]);
    /* a token beyond the sentence has no classes: score_sentence need not
     * test for the bounds */
    c->cls[0] = c->cls[1] = c->cls[s1 - s0 + 2] = c->cls[s1 - s0 + 3] = 0;
    for (size_t i = from; i < to; i++)
        c->cls[i - s0 + 2] = (uint32_t)(in->cls[i] & ((1u << ERG_LX_TAGGER_COUNT) - 1));
    if (rc) {
        c->serial = 0;
        return rc;
    }
    score_sentence(c, m, in, s0, s1, a, b, score);
    return 0;
}
