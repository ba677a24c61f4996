/*
 * coref.c: one person, many spellings, within one article. Every person
 * the article names (a gazetteer match, or a discovered name of two words
 * or more, outside credit lines) lends its name tokens to a table; a token
 * two people share is ambiguous. Then:
 *  - a discovered mention whose capitalised tokens all belong to one person
 *    ("Widodo" after "Joko Widodo") becomes that person; a single-token one
 *    that is ambiguous ("Kim" beside Kim Jong Un and Kim Yo Jong) is
 *    dropped rather than guessed;
 *  - a capitalised token no pass claimed that belongs to one person ("Xi",
 *    "Putin" after "Presiden") is that person, unless the next capitalised
 *    word is not part of the same name ("Kim Yo Jong" is not Kim Jong Un);
 *    failing that, a family name only one person of the gazetteer bears.
 */
#include "ergraph.h"
#include "map.h"
#include "gazetteer.h"
#include "recognize_internal.h"
#include "lexicon.h"
#include "text.h"

#include <string.h>

#define AMBIGUOUS ((size_t)-2)

typedef struct {
    erg_map_t sf;      /* name token key -> mention index of the person, or AMBIGUOUS */
    erg_map_t persons; /* entity key -> mention index of its first mention */
} table_t;

/* Adds each capitalised name token of s[0..n) as belonging to the person of
 * mention `who`. */
static int add_tokens(table_t *tb, const erg_rz_t *rz, const char *s, size_t n, size_t who)
{
    erg_tokens_t nt = {0};
    int rc = erg__text_tokenize(s, n, NULL, &nt);
    const char *key = rz->m->items[who].key;
    for (size_t k = 0; !rc && k < nt.n; k++) {
        const char *tk = nt.keys.buf + nt.tok[k].key;
        size_t kl = nt.tok[k].keylen;
        if (kl < 2 || !(nt.tok[k].flags & ERG_TOK_CAP))
            continue;
        size_t *v = erg__map_get(&tb->sf, tk, kl);
        if (v && *v != AMBIGUOUS && strcmp(rz->m->items[*v].key, key) != 0)
            *v = AMBIGUOUS;
        else if (!v)
            rc = erg__map_put(&tb->sf, tk, kl, who);
    }
    erg__tokens_release(&nt);
    return rc;
}

/* Number of tokens of mention x (spaces in its key plus one). */
static size_t ntokens(const erg_mention_t *x)
{
    size_t n = 1;
    for (const char *p = x->key; *p; p++)
        n += *p == ' ';
    return n;
}

static size_t person_of(const table_t *tb, const erg_rz_t *rz, size_t i, size_t j);
static void tokens_of(const erg_rz_t *rz, const erg_mention_t *x, size_t *i, size_t *j);

/* Longest names first, so that a discovered "Won Gon" after "Park Won-gon"
 * is read as a short form rather than as a second person. */
static int build_table(table_t *tb, const erg_rz_t *rz)
{
    const erg_mentions_t *m = rz->m;
    size_t most = 0;
    for (size_t i = 0; i < m->n; i++)
        if (m->items[i].type == ERG_TYPE_PERSON && ntokens(&m->items[i]) > most)
            most = ntokens(&m->items[i]);
    int rc = 0;
    for (size_t len = most; len >= 1 && !rc; len--) {
        for (size_t i = 0; i < m->n && !rc; i++) {
            const erg_mention_t *x = &m->items[i];
            if (!x->entity || x->type != ERG_TYPE_PERSON || x->role != ERG_ROLE_MENTION ||
                ntokens(x) != len)
                continue;
            if (x->flags & ERG_MENTION_DISCOVERED) {
                size_t a, b;
                tokens_of(rz, x, &a, &b);
                if (len == 1 || person_of(tb, rz, a, b) != ERG_RZ_NONE)
                    continue; /* a lone word, or a short form of a longer name */
            }
            rc = add_tokens(tb, rz, rz->a->text + x->start, x->end - x->start, i);
            if (!rc && !erg__map_get(&tb->persons, x->key, strlen(x->key))) {
                rc = erg__map_put(&tb->persons, x->key, strlen(x->key), i);
                if (!rc)
                    rc = add_tokens(tb, rz, x->entity, strlen(x->entity), i);
            }
        }
    }
    return rc;
}

/* The person all capitalised tokens i..j belong to: a mention index,
 * AMBIGUOUS, or ERG_RZ_NONE. */
static size_t person_of(const table_t *tb, const erg_rz_t *rz, size_t i, size_t j)
{
    size_t who = ERG_RZ_NONE;
    for (size_t k = i; k <= j; k++) {
        if (!(rz->t.tok[k].flags & ERG_TOK_CAP))
            continue;
        const size_t *v = erg__map_get(&tb->sf, rz->t.keys.buf + rz->t.tok[k].key, rz->t.tok[k].keylen);
        if (!v)
            return ERG_RZ_NONE;
        if (*v == AMBIGUOUS)
            return AMBIGUOUS;
        if (who != ERG_RZ_NONE && strcmp(rz->m->items[who].key, rz->m->items[*v].key) != 0)
            return ERG_RZ_NONE;
        who = *v;
    }
    return who;
}

/* Token range of mention x. */
static void tokens_of(const erg_rz_t *rz, const erg_mention_t *x, size_t *i, size_t *j)
{
    size_t k = 0;
    while (k < rz->t.n && rz->t.tok[k].start < x->start)
        k++;
    *i = k;
    while (k + 1 < rz->t.n && rz->t.tok[k + 1].end <= x->end)
        k++;
    *j = k;
}

/* Points discovered mentions at the person they shorten; drops ambiguous
 * single words. */
static int resolve_discovered(const table_t *tb, erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    for (size_t n = 0; n < m->n; n++) {
        erg_mention_t *x = &m->items[n];
        if (!x->entity || !(x->flags & ERG_MENTION_DISCOVERED) || (x->flags & ERG_MENTION_NESTED))
            continue;
        size_t i, j;
        tokens_of(rz, x, &i, &j);
        if (x->type != ERG_TYPE_PERSON && i != j)
            continue;
        size_t who = person_of(tb, rz, i, j);
        if (who == AMBIGUOUS && i == j && x->type == ERG_TYPE_PERSON) {
            x->entity = NULL; /* dropped below */
            continue;
        }
        if (who == ERG_RZ_NONE && i == j) {
            size_t e = erg__gazetteer_surname(rz->g, rz->t.keys.buf + rz->t.tok[i].key, rz->t.tok[i].keylen);
            if (e != ERG_RZ_NONE && x->type == ERG_TYPE_PERSON) {
                x->entity = erg__gazetteer_name(rz->g, e);
                x->flags &= ~(unsigned)ERG_MENTION_DISCOVERED;
                if (!(x->key = erg__rz_key(rz, x->entity)))
                    return ERG_ENOMEM;
            }
            continue;
        }
        if (who == ERG_RZ_NONE || who == AMBIGUOUS || who == n)
            continue;
        const erg_mention_t *p = &m->items[who];
        if (strcmp(p->key, x->key) == 0)
            continue;
        x->entity = p->entity;
        x->key = p->key;
        x->type = ERG_TYPE_PERSON;
        x->flags = (x->flags & ~(unsigned)ERG_MENTION_DISCOVERED) | (p->flags & ERG_MENTION_DISCOVERED);
    }
    return 0;
}

/* Capitalised tokens no pass claimed that shorten a person's name. */
static int resolve_loose(const table_t *tb, erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    unsigned listed = (1u << ERG_LX_FUNCTION) | (1u << ERG_LX_STARTER) | (1u << ERG_LX_DAY) |
                      (1u << ERG_LX_MONTH) | (1u << ERG_LX_TITLE);
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (rz->owner[i] != ERG_RZ_NONE || rz->region[i] == ERG_REGION_SKIP ||
            !(t->tok[i].flags & ERG_TOK_CAP) || (rz->cls[i] & listed))
            continue;
        const char *key = t->keys.buf + t->tok[i].key;
        const size_t *v = erg__map_get(&tb->sf, key, t->tok[i].keylen);
        if (v && *v == AMBIGUOUS)
            continue;
        const char *entity = v ? rz->m->items[*v].entity : NULL;
        unsigned flags = v ? rz->m->items[*v].flags & ERG_MENTION_DISCOVERED : 0;
        if (!v) {
            size_t e = erg__gazetteer_surname(rz->g, key, t->tok[i].keylen);
            if (e == ERG_RZ_NONE)
                continue;
            entity = erg__gazetteer_name(rz->g, e); /* the one famous bearer */
        }
        if (i + 1 < t->n && rz->owner[i + 1] == ERG_RZ_NONE && erg__rz_joinable(rz, i) &&
            (t->tok[i + 1].flags & ERG_TOK_CAP)) {
            const size_t *w = erg__map_get(&tb->sf, t->keys.buf + t->tok[i + 1].key, t->tok[i + 1].keylen);
            if (!v || !w || *w == AMBIGUOUS || strcmp(rz->m->items[*w].key, rz->m->items[*v].key) != 0)
                continue;
        }
        rc = erg__rz_push(rz, i, i, entity, 0, ERG_TYPE_PERSON, flags);
    }
    return rc;
}

int erg__rz_coref(erg_rz_t *rz)
{
    table_t tb;
    erg__map_init(&tb.sf);
    erg__map_init(&tb.persons);
    int rc = build_table(&tb, rz);
    if (!rc)
        rc = resolve_discovered(&tb, rz);
    if (!rc)
        rc = resolve_loose(&tb, rz);
    erg__map_release(&tb.sf);
    erg__map_release(&tb.persons);
    return rc;
}
