/*
 * article.c: the state the recognizer's passes share about one article
 * (erg_rz_t): its tokens, words and regions, and the mentions found so far,
 * which every pass adds to through erg__rz_push. Below the passes: they call
 * into it, it calls none of them.
 *
 * Ownership: a gazetteer mention borrows its entity name from the
 * gazetteer; discovered names and every key live in the mentions' arena
 * (mem.h: blocks that never move, so pointers into it stay valid until
 * the next call on the same erg_mentions_t or its release).
 */
#include "err.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "map.h"
#include "mem.h"
#include "recognize_internal.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* erg_mentions_t.names: the arena of the names the mentions own. */
struct erg_names {
    erg_arena_t arena;
};

/* A NUL-terminated copy of s[0..n) in the arena of `m`. */
static const char *names_add(erg_mentions_t *m, const char *s, size_t n)
{
    if (!m->names) {
        if (!(m->names = calloc(1, sizeof *m->names)))
            return NULL;
        m->names->arena.block = 4096;
    }
    return erg__arena_strndup(&m->names->arena, s, n);
}

const char *erg__rz_name(erg_rz_t *rz, const char *s, size_t n) { return names_add(rz->m, s, n); }

void erg_mentions_init(erg_mentions_t *m) { memset(m, 0, sizeof *m); }

void erg__mentions_reset(erg_mentions_t *m)
{
    m->n = 0;
    if (m->names)
        erg__arena_release(&m->names->arena);
}

void erg_mentions_release(erg_mentions_t *m)
{
    free(m->items);
    free(m->sent_start);
    free(m->sent_end);
    if (m->names)
        erg__arena_release(&m->names->arena);
    free(m->names);
    erg_mentions_init(m);
}

const char *erg__rz_key(erg_rz_t *rz, const char *entity)
{
    /* an article names few entities many times: each key is made once */
    size_t n = strlen(entity);
    const size_t *v = erg__map_get(&rz->keys, entity, n);
    if (v)
        return (const char *)(uintptr_t)*v;
    erg_buf_t key = {0};
    const char *k = NULL;
    if (!erg__text_phrase_key(entity, n, &key, NULL, NULL))
        k = names_add(rz->m, key.buf ? key.buf : "", key.len);
    erg__buf_release(&key);
    if (k && erg__map_put(&rz->keys, entity, n, (size_t)(uintptr_t)k))
        k = NULL;
    return k;
}

/* Are tokens i..j single letters joined by full stops, with one more
 * after the last ("U.S.", "U.N.")? */
static int initialism_stop(const erg_rz_t *rz, size_t i, size_t j)
{
    const char *s = rz->a->text;
    if (i == j || rz->t.tok[j].end >= rz->a->len || s[rz->t.tok[j].end] != '.')
        return 0;
    for (size_t k = i; k <= j; k++)
        if (rz->t.tok[k].end - rz->t.tok[k].start != 1 || (k < j && s[rz->t.tok[k].end] != '.'))
            return 0;
    return 1;
}

static int push(erg_rz_t *rz, size_t i, size_t j, const char *e, const char *k, erg_type_t type,
                unsigned flags)
{
    erg_mentions_t *m = rz->m;
    void *p = m->items;
    if (!k || !e || erg__grow(&p, &m->cap, m->n + 1, sizeof *m->items))
        return ERG_ENOMEM;
    m->items = p;
    erg_mention_t *x = &m->items[m->n];
    x->start = rz->t.tok[i].start;
    x->end = rz->t.tok[j].end;
    if (initialism_stop(rz, i, j))
        x->end++; /* "U.S." keeps its last full stop, which the tokens leave out */
    x->entity = e;
    x->key = k;
    x->type = type;
    x->role = rz->region[i] == ERG_REGION_BYLINE || rz->region[i] == ERG_REGION_DATELINE
                  ? ERG_ROLE_BYLINE : ERG_ROLE_MENTION;
    x->sentence = rz->t.tok[i].sent;
    x->paragraph = rz->t.tok[i].para;
    x->flags = flags;
    if (!(flags & ERG_MENTION_NESTED))
        for (size_t k2 = i; k2 <= j; k2++)
            rz->owner[k2] = m->n;
    m->n++;
    return 0;
}

int erg__rz_push(erg_rz_t *rz, size_t i, size_t j, const char *entity, int copy, erg_type_t type,
                unsigned flags)
{
    const char *k = erg__rz_key(rz, entity);
    const char *e = copy ? names_add(rz->m, entity, strlen(entity)) : entity;
    return push(rz, i, j, e, k, type, flags);
}

void erg__rz_drop(erg_rz_t *rz, size_t o)
{
    for (size_t k = erg__tokens_at(&rz->t, rz->m->items[o].start); k < rz->t.n && rz->owner[k] == o; k++)
        rz->owner[k] = ERG_RZ_NONE;
    rz->m->items[o].entity = NULL;
}

int erg__rz_push_known(erg_rz_t *rz, size_t i, size_t j, size_t e, unsigned flags)
{
    return push(rz, i, j, erg__gazetteer_name(rz->g, e), erg__gazetteer_key(rz->g, e),
                erg__gazetteer_type(rz->g, e), flags);
}

int erg__rz_joinable(const erg_rz_t *rz, size_t i)
{
    const char *s = rz->a->text;
    const erg_token_t *x = &rz->t.tok[i], *y = &rz->t.tok[i + 1];
    if (x->sent != y->sent || y->start - x->end > 4)
        return 0;
    for (size_t p = x->end; p < y->start; p++) {
        unsigned char c = (unsigned char)s[p];
        if (c == ' ' || c == '-' || c == '.' || c == '\'' || (c == '&' && y->start - x->end == 1))
            continue; /* a glued ampersand too: "AT&T", "M&S" */
        /* U+2019 right quote used as apostrophe, U+2010/2011 hyphens */
        if (c == 0xE2 && p + 2 < y->start && (unsigned char)s[p + 1] == 0x80) {
            unsigned char d = (unsigned char)s[p + 2];
            if (d == 0x99 || d == 0x90 || d == 0x91) {
                p += 2;
                continue;
            }
        }
        return 0;
    }
    return 1;
}

int erg__rz_begin(erg_rz_t *rz, const erg_gazetteer_t *g, const erg_lexicon_t *lx,
                 const erg_tagger_model_t *const *models, const erg_article_t *a, int lang,
                 erg_mentions_t *m)
{
    memset(rz, 0, sizeof *rz);
    rz->g = g;
    rz->lx = lx;
    rz->a = a;
    rz->m = m;
    erg__map_take(&rz->keys);
    int rc = erg__text_tokenize(a->text, a->len, lx ? erg__lexicon_abbreviations(lx) : NULL, &rz->t);
    if (!rc)
        rc = erg__words_look(g, lx, a->text, &rz->t, &rz->words);
    if (rc)
        return rc;
    size_t n = rz->t.n + 1;
    rz->cls = calloc(n, sizeof *rz->cls);
    rz->region = calloc(n, 1);
    rz->headline = calloc(n, 1);
    rz->gz = calloc(n, 1);
    rz->owner = malloc(n * sizeof *rz->owner);
    if (!rz->cls || !rz->region || !rz->headline || !rz->gz || !rz->owner)
        return ERG_ENOMEM;
    for (size_t i = 0; i < n; i++)
        rz->owner[i] = ERG_RZ_NONE;
    rz->lang = lang >= 0 ? lang : erg__lexicon_guess_lang(lx, &rz->t, &rz->words);
    rz->model = models ? models[rz->lang] : NULL;
    if ((rc = erg__lexicon_mark(lx, rz->lang, &rz->t, &rz->words, rz->cls)))
        return rc;
    return 0;
}

void erg__rz_end(erg_rz_t *rz)
{
    erg__tokens_release(&rz->t);
    erg__words_release(&rz->words);
    free(rz->cls);
    free(rz->region);
    free(rz->headline);
    free(rz->gz);
    free(rz->owner);
    free(rz->after_head.at);
    erg__map_give(&rz->keys);
    memset(rz, 0, sizeof *rz);
}
