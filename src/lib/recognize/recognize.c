/*
 * recognize.c: article + gazetteer -> mentions: the passes of rz.h run in
 * order, the mentions' name arena, the recognizer's data (word lists and
 * tagger model) and the options.
 *
 * Ownership: a gazetteer mention borrows its entity name from the
 * gazetteer; discovered names and every key live in the mentions' arena
 * (store.h: blocks that never move, so pointers into it stay valid until
 * the next call on the same erg_mentions_t or its release).
 */
#include "ergraph.h"
#include "err.h"
#include "map.h"
#include "mem.h"
#include "gazetteer.h"
#include "recognize.h"
#include "recognize_internal.h"
#include "tagger.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* erg_mentions_t.names: the arena of the names the mentions own. */
struct erg_names {
    erg_arena_t arena;
};

struct erg_recognizer {
    erg_lexicon_t *lx;
    erg_tagger_model_t *model;
};

static erg_recognizer_t *default_rec; /* opened on first use, kept for the run */

static const char *const lang_names[] = {"auto", "id", "en"};

const char *erg_lang_name(erg_lang_t l) { return lang_names[l]; }

int erg_lang_parse(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(s, lang_names[i]) == 0)
            return i;
    return -1;
}

int erg_recognizer_open(erg_recognizer_t **out, const char *dir, erg_error_t *err)
{
    erg_recognizer_t *r = calloc(1, sizeof *r);
    erg_buf_t path = {0};
    if (!r)
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    if (!dir)
        dir = erg_data_dir();
    int rc = erg_buf_printf(&path, "%s/lists", dir);
    if (!rc)
        rc = erg_lexicon_load(&r->lx, path.buf, err);
    else
        rc = erg_fail(err, rc, "out of memory");
    path.len = 0;
    if (!rc && (rc = erg_buf_printf(&path, "%s/tagger.model", dir)))
        rc = erg_fail(err, rc, "out of memory");
    if (!rc)
        rc = erg_tagger_model_load(&r->model, path.buf, err);
    erg_buf_release(&path);
    if (rc) {
        erg_recognizer_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

void erg_recognizer_free(erg_recognizer_t *r)
{
    if (!r)
        return;
    erg_lexicon_free(r->lx);
    erg_tagger_model_free(r->model);
    free(r);
}

void erg_recognize_opts_init(erg_recognize_opts_t *o)
{
    o->lang = ERG_LANG_AUTO;
    o->rec = NULL;
    o->tagger = 1;
    o->jobs = 0;
}

int erg_recognizer_default(const erg_recognizer_t **out, erg_error_t *err)
{
    int rc = default_rec ? 0 : erg_recognizer_open(&default_rec, NULL, err);
    *out = default_rec;
    return rc;
}

/* A NUL-terminated copy of s[0..n) in the arena of `m`. */
static const char *names_add(erg_mentions_t *m, const char *s, size_t n)
{
    if (!m->names) {
        if (!(m->names = calloc(1, sizeof *m->names)))
            return NULL;
        m->names->arena.block = 4096;
    }
    return erg_arena_strndup(&m->names->arena, s, n);
}

void erg_mentions_init(erg_mentions_t *m) { memset(m, 0, sizeof *m); }

void erg_mentions_release(erg_mentions_t *m)
{
    free(m->items);
    free(m->sent_start);
    free(m->sent_end);
    if (m->names)
        erg_arena_release(&m->names->arena);
    free(m->names);
    erg_mentions_init(m);
}

const char *erg_rz_key(erg_rz_t *rz, const char *entity)
{
    /* an article names few entities many times: each key is made once */
    size_t n = strlen(entity);
    const size_t *v = erg_map_get(&rz->keys, entity, n);
    if (v)
        return (const char *)(uintptr_t)*v;
    erg_buf_t key = {0};
    const char *k = NULL;
    if (!erg_text_phrase_key(entity, n, &key, NULL, NULL))
        k = names_add(rz->m, key.buf ? key.buf : "", key.len);
    erg_buf_release(&key);
    if (k && erg_map_put(&rz->keys, entity, n, (size_t)(uintptr_t)k))
        k = NULL;
    return k;
}

static int push(erg_rz_t *rz, size_t i, size_t j, const char *e, const char *k, erg_type_t type,
                unsigned flags)
{
    erg_mentions_t *m = rz->m;
    void *p = m->items;
    if (!k || !e || erg_grow(&p, &m->cap, m->n + 1, sizeof *m->items))
        return ERG_ENOMEM;
    m->items = p;
    erg_mention_t *x = &m->items[m->n];
    x->start = rz->t.tok[i].start;
    x->end = rz->t.tok[j].end;
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

int erg_rz_push(erg_rz_t *rz, size_t i, size_t j, const char *entity, int copy, erg_type_t type,
                unsigned flags)
{
    const char *k = erg_rz_key(rz, entity);
    const char *e = copy ? names_add(rz->m, entity, strlen(entity)) : entity;
    return push(rz, i, j, e, k, type, flags);
}

int erg_rz_push_known(erg_rz_t *rz, size_t i, size_t j, size_t e, unsigned flags)
{
    return push(rz, i, j, erg_gazetteer_name(rz->g, e), erg_gazetteer_key(rz->g, e),
                erg_gazetteer_type(rz->g, e), flags);
}

int erg_rz_joinable(const erg_rz_t *rz, size_t i)
{
    const char *s = rz->a->text;
    const erg_token_t *x = &rz->t.tok[i], *y = &rz->t.tok[i + 1];
    if (x->sent != y->sent || y->start - x->end > 4)
        return 0;
    for (size_t p = x->end; p < y->start; p++) {
        unsigned char c = (unsigned char)s[p];
        if (c == ' ' || c == '-' || c == '.' || c == '\'')
            continue;
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

int erg_rz_begin(erg_rz_t *rz, const erg_gazetteer_t *g, const erg_lexicon_t *lx,
                 const erg_tagger_model_t *model, const erg_article_t *a, int lang,
                 erg_mentions_t *m)
{
    memset(rz, 0, sizeof *rz);
    rz->g = g;
    rz->lx = lx;
    rz->model = model;
    rz->a = a;
    rz->m = m;
    int rc = erg_text_tokenize(a->text, a->len, &rz->t);
    if (!rc)
        rc = erg_words_look(g, lx, a->text, &rz->t, &rz->words);
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
    rz->lang = lang >= 0 ? lang : erg_lexicon_guess_lang(&rz->t, &rz->words);
    if ((rc = erg_lexicon_mark(lx, rz->lang, &rz->t, &rz->words, rz->cls)))
        return rc;
    erg_rz_regions(rz);
    return 0;
}

void erg_rz_end(erg_rz_t *rz)
{
    erg_tokens_release(&rz->t);
    erg_words_release(&rz->words);
    free(rz->cls);
    free(rz->region);
    free(rz->headline);
    free(rz->gz);
    free(rz->owner);
    erg_map_release(&rz->keys);
    memset(rz, 0, sizeof *rz);
}

static int cmp_mention(const void *pa, const void *pb)
{
    const erg_mention_t *x = pa, *y = pb;
    if (x->start != y->start)
        return (x->start > y->start) - (x->start < y->start);
    return (y->end > x->end) - (y->end < x->end); /* the longer first */
}

int erg_recognize_opts(const erg_gazetteer_t *g, const erg_article_t *a,
                       const erg_recognize_opts_t *o, erg_mentions_t *m, erg_error_t *err)
{
    erg_recognize_opts_t defaults;
    if (!o) {
        erg_recognize_opts_init(&defaults);
        o = &defaults;
    }
    const erg_recognizer_t *rec = o->rec;
    if (!rec) {
        int rc = erg_recognizer_default(&rec, err);
        if (rc)
            return rc;
    }
    m->n = 0;
    if (m->names)
        erg_arena_release(&m->names->arena);
    erg_rz_t rz;
    int lang = o->lang == ERG_LANG_ID ? ERG_LX_ID : o->lang == ERG_LANG_EN ? ERG_LX_EN : -1;
    int rc = erg_rz_begin(&rz, g, rec->lx, o->tagger ? rec->model : NULL, a, lang, m);
    if (!rc)
        rc = erg_rz_match(&rz);
    if (!rc && o->tagger)
        rc = erg_rz_discover(&rz);
    if (!rc)
        rc = erg_rz_acronyms(&rz);
    if (!rc)
        rc = erg_rz_coref(&rz);
    if (!rc && o->resolve_capitals)
        rc = erg_rz_capitals(&rz);
    if (rc)
        goto cleanup;
    size_t kept = 0; /* coref drops a mention by clearing its entity */
    for (size_t i = 0; i < m->n; i++)
        if (m->items[i].entity)
            m->items[kept++] = m->items[i];
    m->n = kept;
    if (m->n)
        qsort(m->items, m->n, sizeof *m->items, cmp_mention);
    /* hand the sentence spans over to the caller, for evidence */
    free(m->sent_start);
    free(m->sent_end);
    m->sent_start = rz.t.sent_start;
    m->sent_end = rz.t.sent_end;
    m->nsent = rz.t.nsent;
    rz.t.sent_start = rz.t.sent_end = NULL;
cleanup:
    erg_rz_end(&rz);
    if (rc)
        return erg_fail(err, rc, "%s: %s", a->id, erg_strerror(rc));
    return 0;
}

int erg_recognize(const erg_gazetteer_t *g, const erg_article_t *a, erg_mentions_t *m,
                  erg_error_t *err)
{
    erg_recognize_opts_t o;
    erg_recognize_opts_init(&o);
    return erg_recognize_opts(g, a, &o, m, err);
}
