/* wordtable.c: a thread's table of the distinct words it met; see recognize_internal.h. */
#include "ergraph.h"
#include "map.h"
#include "mem.h"
#include "threads.h"
#include "gazetteer.h"
#include "recognize_internal.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* Distinct words held before starting afresh: bounds the table (some
 * 40 bytes a word and its key) whatever the corpus. */
#define WORD_LIMIT (1u << 18)

typedef struct {
    unsigned long gserial, lserial; /* of the gazetteer and lexicon the values come from */
    unsigned long serial;           /* of this numbering */
    erg_map_t index;                /* bytes in the text -> index in w */
    erg_tails_t gtails;             /* the gazetteer's erg__spans_tails */
    erg_word_t *w;
    size_t n, cap;
} table_t;

static void table_free(void *p)
{
    table_t *tb = p;
    if (!tb)
        return;
    erg__map_release(&tb->index);
    erg__tails_release(&tb->gtails);
    free(tb->w);
    free(tb);
}

static erg_per_thread_t mine = ERG_PER_THREAD(table_free, sizeof(table_t));

/* The calling thread's table, empty and renumbered unless it was built
 * from g and lx and is within bounds; NULL when out of memory. */
static table_t *table_for(const erg_gazetteer_t *g, const erg_lexicon_t *lx)
{
    void *own;
    if (erg__per_thread(&mine, &own) || !own)
        return NULL;
    table_t *tb = own;
    unsigned long gs = g ? erg__gazetteer_serial(g) : 0, ls = erg__lexicon_serial(lx);
    if (!tb->serial || tb->gserial != gs || tb->lserial != ls || tb->n > WORD_LIMIT) {
        erg__map_release(&tb->index);
        tb->n = 0;
        if (!tb->serial || tb->gserial != gs) {
            erg__tails_release(&tb->gtails);
            if (g && erg__spans_tails(erg__gazetteer_spans(g), &tb->gtails)) {
                tb->serial = 0;
                return NULL;
            }
        }
        tb->gserial = gs;
        tb->lserial = ls;
        tb->serial = erg__serial();
    }
    return tb;
}

/* Adds the word of token k: its lookups in the lexicon and gazetteer. */
static int add_word(table_t *tb, const erg_gazetteer_t *g, const erg_lexicon_t *lx,
                    const erg_tokens_t *t, size_t k)
{
    void *p = tb->w;
    if (erg__grow(&p, &tb->cap, tb->n + 1, sizeof *tb->w))
        return ERG_ENOMEM;
    tb->w = p;
    const char *key = t->keys.buf + t->tok[k].key;
    size_t kl = t->tok[k].keylen;
    erg_word_t *x = &tb->w[tb->n];
    memset(x, 0, sizeof *x);
    x->function = erg__lexicon_function(lx, key, kl);
    for (int lang = 0; lang < ERG_NLANG; lang++) {
        const size_t *v = erg__lexicon_span(lx, lang, key, kl);
        if (v) {
            x->has |= 1u << lang;
            x->lex[lang] = *v;
        }
    }
    const size_t *v = g ? erg__map_get(erg__gazetteer_spans(g), key, kl) : NULL;
    if (v) {
        x->has |= ERG_WORD_GAZ;
        x->gaz = *v;
    }
    /* the span indexes this word may go on a span of */
    int spaced = memchr(key, ' ', kl) != NULL;
    uint64_t h = erg__hash(key, kl);
    for (int lang = 0; lang < ERG_NLANG; lang++)
        if (spaced || erg__tails_may(erg__lexicon_tails(lx, lang), h))
            x->tail |= 1u << lang;
    if (g && (spaced || erg__tails_may(&tb->gtails, h)))
        x->tail |= ERG_WORD_GAZ;
    tb->n++;
    return 0;
}

/* The hash of the index: a token's bytes in the text. Most words are eight
 * bytes or less, read at once where the text goes on for eight bytes and
 * mixed inline (two multiplications), where erg__hash took a call and three:
 * its share of probing every token of a corpus was some 2% of a build. Any
 * hash will do: the index is only looked up, and a slot's bytes are
 * compared. lim: the end of the text's last token. */
static inline uint64_t word_hash(const char *s, size_t len, const char *lim)
{
    if (len - 1 < 8 && lim - s >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w &= ~(uint64_t)0 << (64 - 8 * len); /* the word's bytes only */
#else
        w &= ~(uint64_t)0 >> (64 - 8 * len);
#endif
        uint64_t h = (w ^ (uint64_t)len << 59) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93ULL;
        return h ^ (h >> 32);
    }
    return erg__hash(s, len);
}

/* Tokens hashed ahead of their lookup (a power of two) */
#define AHEAD 16

int erg__words_look(const erg_gazetteer_t *g, const erg_lexicon_t *lx, const char *text,
                   const erg_tokens_t *t, erg_words_t *out)
{
    table_t *tb = table_for(g, lx);
    uint32_t *id = realloc(out->id, (t->n + 1) * sizeof *id);
    if (!tb || !id)
        return ERG_ENOMEM;
    out->id = id;
    int rc = 0;
    const char *lim = t->n ? text + t->tok[t->n - 1].end : text;
    /* The index outgrows the caches (the real news of both languages has
     * some 21,000 distinct words: 2 MB of slots; a larger corpus more), so
     * nearly every probe waited on memory, in turn: 7% of a build's time.
     * Each token's word is hashed AHEAD tokens early and its slot fetched
     * then, so that the waits overlap. (Fetching the slot's key half way
     * too cost 1% more instructions and gained no time.) */
    uint64_t ring[AHEAD];
    for (size_t k = 0; k < AHEAD && k < t->n; k++) {
        ring[k] = word_hash(text + t->tok[k].start, t->tok[k].end - t->tok[k].start, lim);
        erg__map_prefetch(&tb->index, ring[k]);
    }
    for (size_t k = 0; k < t->n && !rc; k++) {
        const char *s = text + t->tok[k].start;
        size_t len = t->tok[k].end - t->tok[k].start;
        uint64_t h = ring[k % AHEAD];
        if (k + AHEAD < t->n) {
            const erg_token_t *x = &t->tok[k + AHEAD];
            uint64_t hx = word_hash(text + x->start, x->end - x->start, lim);
            ring[k % AHEAD] = hx;
            erg__map_prefetch(&tb->index, hx);
        }
        const size_t *v = erg__map_get_hashed(&tb->index, s, len, h);
        if (v) {
            id[k] = (uint32_t)*v;
            /* read by every scan of the article next (the word lists'
             * first): fetched now, it waits in the cache for them */
            __builtin_prefetch(&tb->w[*v]);
            continue;
        }
        id[k] = (uint32_t)tb->n;
        if (!(rc = add_word(tb, g, lx, t, k)))
            rc = erg__map_put_hashed(&tb->index, s, len, h, tb->n - 1);
    }
    if (rc) {
        tb->serial = 0; /* half added: start afresh next time */
        return rc;
    }
    out->w = tb->w;
    out->serial = tb->serial;
    return 0;
}

void erg__words_release(erg_words_t *w)
{
    free(w->id);
    memset(w, 0, sizeof *w);
}
