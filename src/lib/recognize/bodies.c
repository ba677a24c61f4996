/*
 * bodies.c: whose "Foreign Ministry"? English news names many a state's
 * body by a generic name ("the Foreign Ministry", "the Supreme Court",
 * "the Interior Ministry"), and one node for all of them would link
 * Iran's ministry to China's and Venezuela's. A discovered organization
 * whose name is generic (head words of a state's bodies and words written
 * in lowercase only: "Foreign Ministry", "National Assembly") is named after
 * its state, "Foreign Ministry (Iran)", when the article says whose it is:
 *  - a state's possessive or adjective right before it ("Iran's Foreign
 *    Ministry", "the Iranian Foreign Ministry"; demonyms-en.txt; "the
 *    country's Congress" is the state the article names most), or an
 *    adjective the model read into it ("Serbian Foreign Ministry"; not a
 *    party's, a council's or a bank's, whose adjective is its name's: "Iraqi
 *    National Congress", "Norwegian Refugee Council");
 *  - else, for the article's later mentions of the name, the one state
 *    that the article gives it that way.
 * A generic name the gazetteer gives one state's body ("Congress",
 * "Senate": the United States') is another state's where the article says
 * so: "Brazil's Congress" is "Congress (Brazil)". A body the gazetteer
 * knows by its name and its state's is that entity: "the American Supreme
 * Court" is the Supreme Court of the United States.
 * Otherwise the name stays as it is: the state the article is about is no
 * sure guide (a British report on American trade talks names the United
 * States, not its "Department of Trade and Industry"'s Britain). English
 * only: Indonesian names the state after the body ("Kementerian Luar
 * Negeri Iran"), inside the name.
 */
#include "gazetteer.h"
#include "lexicon.h"
#include "recognize_internal.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* The gazetteer's entity of type `type` whose form's phrase key is
 * key[0..len), or (size_t)-1. */
static size_t known_as(const erg_rz_t *rz, const char *key, size_t len, erg_type_t type)
{
    const erg_alias_t *a = erg__gazetteer_lookup(rz->g, key, len);
    return a && erg__gazetteer_type(rz->g, a->entity) == type ? a->entity : (size_t)-1;
}

/* The gazetteer's entity of type `type` one of whose forms is the text
 * s[0..n), or (size_t)-1. */
static size_t known_text(const erg_rz_t *rz, const char *s, size_t n, erg_type_t type)
{
    erg_buf_t key = {0};
    size_t e = (size_t)-1;
    if (!erg__text_phrase_key(s, n, &key, NULL, NULL) && key.buf)
        e = known_as(rz, key.buf, key.len, type);
    erg__buf_release(&key);
    return e;
}

/* Are tokens i..j a generic body's name: capitalised head words of a
 * state's bodies (statebodies-en.txt) or words a dictionary writes in
 * lowercase only, with "of", "for" or "and" between, one head word at
 * least? */
static int generic(const erg_rz_t *rz, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    int heads = 0;
    for (size_t k = i; k <= j; k++) {
        if (key_is(rz, k, "international") || key_is(rz, k, "world") || key_is(rz, k, "global"))
            return 0; /* "International Cricket Council" is no state's */
        int cap = (t->tok[k].flags & ERG_TOK_CAP) && !(t->tok[k].flags & ERG_TOK_ALLCAPS);
        if (cap && (rz->cls[k] & ERG_LX_BIT(ERG_LX_STATEBODY)))
            heads++;
        else if (cap ? !erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[k].key,
                                                    t->tok[k].keylen)
                     : (k == i || k == j || !(key_is(rz, k, "of") || key_is(rz, k, "for") || key_is(rz, k, "and"))))
            return 0;
    }
    return heads > 0;
}

/* Does a body's name ending in token k keep the adjective of a state
 * before it as its own? A party's, a council's, a bank's and the like do
 * ("Iraqi National Congress", "Norwegian Refugee Council", "Saudi National
 * Bank", "the British Council"); a ministry, a court or an embassy is the
 * state's ("Serbian Foreign Ministry"). */
static int own_adjective(const erg_rz_t *rz, size_t k)
{
    static const char *const own[] = {"party", "congress", "council", "bank", "committee", "commission",
                                      "chamber", "service", "services", "directorate"};
    return key_in(rz, k, own);
}

/* The state named by token k's adjective (demonyms-en.txt), or NULL. */
static const char *demonym_state(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    if (!(t->tok[k].flags & ERG_TOK_CAP))
        return NULL;
    const char *name = erg__lexicon_demonym(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[k].key, t->tok[k].keylen);
    size_t e = name ? known_text(rz, name, strlen(name), ERG_TYPE_STATE) : (size_t)-1;
    return e != (size_t)-1 ? erg__gazetteer_name(rz->g, e) : NULL;
}

/* The state the article names most often, by more mentions than any
 * other, or NULL. */
static const char *article_state(const erg_rz_t *rz)
{
    const char *best = NULL, *second = NULL;
    size_t nbest = 0, nsecond = 0;
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        if (!m->entity || m->type != ERG_TYPE_STATE || (best && strcmp(best, m->entity) == 0) ||
            (second && strcmp(second, m->entity) == 0))
            continue;
        size_t c = 0;
        for (size_t y = x; y < rz->m->n; y++)
            c += rz->m->items[y].entity && rz->m->items[y].type == ERG_TYPE_STATE &&
                 strcmp(rz->m->items[y].entity, m->entity) == 0;
        if (c > nbest) {
            second = best, nsecond = nbest;
            best = m->entity, nbest = c;
        } else if (c > nsecond) {
            second = m->entity, nsecond = c;
        }
    }
    return nbest > nsecond ? best : NULL;
}

/* Is "the country's" or "the nation's" right before token i? */
static int country_before(const erg_rz_t *rz, size_t i)
{
    return i >= 2 && possessive_s(rz, i - 1) && !(rz->t.tok[i - 2].flags & ERG_TOK_CAP) &&
           (key_is(rz, i - 2, "country") || key_is(rz, i - 2, "nation"));
}

/* The state whose body tokens i..j name, said right before them ("Iran's",
 * "Iranian"; not an adjective a name keeps, "Norwegian | Refugee
 * Council"), or NULL. */
static const char *said_state(const erg_rz_t *rz, size_t i, size_t j)
{
    if (i == 0 || rz->t.tok[i - 1].sent != rz->t.tok[i].sent)
        return NULL;
    if (i >= 2 && possessive_s(rz, i - 1)) {
        size_t o = rz->owner[i - 2];
        const erg_mention_t *s = o != ERG_RZ_NONE ? &rz->m->items[o] : NULL;
        return s && s->entity && s->type == ERG_TYPE_STATE ? s->entity : NULL;
    }
    size_t o = rz->owner[i - 1]; /* none, or a longer name holding the body ("Philippine Senate") */
    const erg_mention_t *outer = o != ERG_RZ_NONE ? &rz->m->items[o] : NULL;
    if (outer && !((outer->flags & ERG_MENTION_DISCOVERED) && outer->end >= rz->t.tok[j].end))
        return NULL;
    return !own_adjective(rz, j) ? demonym_state(rz, i - 1) : NULL;
}

typedef struct {
    size_t x;          /* the mention */
    size_t i, j;       /* the generic name's tokens */
    const char *key;   /* their phrase key */
    const char *state; /* whose, as said; NULL: not said */
    int own;           /* said only as the article's ("the country's"): this mention's alone */
} body_t;

/* "NAME" of tokens i..j, and " (STATE)" after it when state is not NULL,
 * into the mentions' arena; NULL when out of memory. */
static const char *name_of(erg_rz_t *rz, size_t i, size_t j, const char *state)
{
    const erg_tokens_t *t = &rz->t;
    erg_buf_t name = {0};
    int rc = 0;
    for (size_t k = i; k <= j && !rc; k++)
        rc = erg__buf_printf(&name, "%s%.*s", k > i ? " " : "", (int)(t->tok[k].end - t->tok[k].start),
                             rz->a->text + t->tok[k].start);
    if (!rc && state)
        rc = erg__buf_printf(&name, " (%s)", state);
    const char *e = rc ? NULL : erg__rz_name(rz, name.buf, name.len);
    erg__buf_release(&name);
    return e;
}

/* Names mention m `e` (made by name_of: NULL when out of memory), a name
 * the gazetteer does not list. */
static int take_name(erg_rz_t *rz, erg_mention_t *m, const char *e)
{
    const char *k = e ? erg__rz_key(rz, e) : NULL;
    if (!k)
        return ERG_ENOMEM;
    m->entity = e;
    m->key = k;
    m->flags |= ERG_MENTION_DISCOVERED;
    return 0;
}

/* A known generic name right after a capitalised word, one space between,
 * is part of a longer name the model did not read: after a place's name,
 * its body ("Virginia General Assembly" is "General Assembly (Virginia)",
 * not the UN's); after a word no list holds, another body ("Creative
 * Commons" is not the House of Commons: dropped). Returns 1 when mention
 * x (tokens i..j) was so settled, 0 when not, ERG_ENOMEM when out of memory. */
static int inside_longer(erg_rz_t *rz, size_t x, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    if (t->tok[i - 1].sent != t->tok[i].sent || !spaced(rz, i) || !(t->tok[i - 1].flags & ERG_TOK_CAP))
        return 0;
    size_t o = rz->owner[i - 1];
    if (o != ERG_RZ_NONE) {
        const erg_mention_t *p = &rz->m->items[o];
        if (!p->entity || p->type != ERG_TYPE_PLACE || p->end != t->tok[i - 1].end)
            return 0;
        int rc = take_name(rz, &rz->m->items[x], name_of(rz, i, j, p->entity));
        return rc ? rc : 1;
    }
    if (i - 1 == 0 || t->tok[i - 2].sent != t->tok[i - 1].sent || (t->tok[i - 1].flags & ERG_TOK_ALLCAPS) ||
        (rz->cls[i - 1] & (ERG_LX_BIT(ERG_LX_FUNCTION) | ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_HONORIFIC) |
                           ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_STARTER) | ERG_LX_BIT(ERG_LX_GENERIC) |
                           ERG_LX_BIT(ERG_LX_STATEBODY))) ||
        erg__lexicon_demonym(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[i - 1].key, t->tok[i - 1].keylen) ||
        rz->headline[i - 1])
        return 0; /* a sentence's first word, a title, "the Iranian Congress", a headline */
    erg__rz_drop(rz, x);
    return 1;
}

/* "the Virginia General Assembly ... the General Assembly": a known generic
 * name that ends a body's name the article gave before is that body's
 * short form, not the known one. Returns 1 when mention x (tokens i..j)
 * took that body's name. */
static int short_of_longer(erg_rz_t *rz, size_t x, size_t i, size_t j)
{
    erg_mention_t *m = &rz->m->items[x];
    const erg_tokens_t *t = &rz->t;
    erg_buf_t key = {0};
    int found = 0;
    if (erg__span_key(t, i, j - i + 1, &key) || !key.buf) {
        erg__buf_release(&key);
        return 0;
    }
    for (size_t y = 0; y < rz->m->n && !found; y++) {
        const erg_mention_t *b = &rz->m->items[y];
        size_t n = b->key ? strlen(b->key) : 0;
        if (y == x || !b->entity || b->type != ERG_TYPE_ORGANIZATION || !(b->flags & ERG_MENTION_DISCOVERED) ||
            b->start >= m->start || n <= key.len + 1 || b->key[n - key.len - 1] != ' ' ||
            memcmp(b->key + n - key.len, key.buf, key.len) != 0)
            continue;
        m->entity = b->entity;
        m->key = b->key;
        m->flags |= ERG_MENTION_DISCOVERED;
        found = 1;
    }
    erg__buf_release(&key);
    return found;
}

/* The gazetteer's entity for the body of tokens i..j of `state`, by the
 * forms its names take ("Supreme Court of the United States", "United
 * States Senate"), or (size_t)-1. */
static size_t known_body(erg_rz_t *rz, size_t i, size_t j, const char *state)
{
    static const char *const forms[] = {"%s of %s", "%s of the %s", "%2$s %1$s"};
    const char *name = name_of(rz, i, j, NULL);
    erg_buf_t text = {0};
    size_t e = (size_t)-1;
    for (size_t f = 0; name && f < sizeof forms / sizeof *forms && e == (size_t)-1; f++) {
        text.len = 0;
        if (erg__buf_printf(&text, forms[f], name, state))
            break;
        e = known_text(rz, text.buf, text.len, ERG_TYPE_ORGANIZATION);
    }
    erg__buf_release(&text);
    return e;
}

/* Does the known body's name `entity` name a state other than `state`, in
 * its first words or in brackets ("United States Senate", "Democratic
 * Party (United States)")? Only such a body's generic name is another
 * state's body where the article says so. */
static int other_states_body(erg_rz_t *rz, const char *entity, const char *state)
{
    erg_buf_t key = {0};
    size_t e = (size_t)-1;
    const char *open = strrchr(entity, '('), *close = open ? strchr(open, ')') : NULL;
    if (!erg__text_phrase_key(entity, strlen(entity), &key, NULL, NULL) && key.buf)
        /* the first one, two or three words */
        for (size_t len = 0, w = 0; e == (size_t)-1 && w < 3 && len < key.len; w++, len++) {
            while (len < key.len && key.buf[len] != ' ')
                len++;
            e = known_as(rz, key.buf, len, ERG_TYPE_STATE);
        }
    erg__buf_release(&key);
    if (e == (size_t)-1 && close) /* the words in brackets */
        e = known_text(rz, open + 1, (size_t)(close - open - 1), ERG_TYPE_STATE);
    return e != (size_t)-1 && strcmp(erg__gazetteer_name(rz->g, e), state) != 0;
}

/* The one state the article gives body b's name, said, before b: NULL
 * when none, or when two (whose, the article does not say). A mention
 * before the one that says whose is not said to be that one ("The Foreign
 * Ministry in Beijing ... Japan's Foreign Ministry"). */
static const char *said_before(const erg_rz_t *rz, const body_t *v, size_t n, const body_t *b)
{
    const char *state = NULL;
    for (size_t c = 0; c < n; c++) {
        if (!v[c].state || v[c].own || strcmp(v[c].key, b->key) != 0)
            continue;
        if (state && strcmp(state, v[c].state) != 0)
            return NULL;
        if (rz->m->items[v[c].x].start < rz->m->items[b->x].start)
            state = v[c].state;
    }
    return state;
}

int erg__rz_bodies(erg_rz_t *rz)
{
    if (rz->lang != ERG_LX_EN)
        return 0;
    body_t *v = NULL;
    size_t n = 0;
    int rc = 0;
    for (size_t x = 0; x < rz->m->n && !rc; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        size_t i, j;
        if (!m->entity || m->type != ERG_TYPE_ORGANIZATION || m->role != ERG_ROLE_MENTION ||
            !mention_tokens(rz, m, &i, &j))
            continue;
        body_t b = {x, i, j, NULL, NULL, 0};
        if (!(m->flags & ERG_MENTION_DISCOVERED) && !generic(rz, i, j))
            continue; /* a known body by its own name */
        int known_alone = !(m->flags & (ERG_MENTION_DISCOVERED | ERG_MENTION_NESTED));
        int settled = known_alone && i > 0 ? inside_longer(rz, x, i, j) : 0;
        if (!settled && known_alone)
            settled = short_of_longer(rz, x, i, j);
        if (settled < 0) {
            rc = settled;
            break;
        }
        if (settled)
            continue;
        if (i < j && generic(rz, i + 1, j) && !own_adjective(rz, j) && (b.state = demonym_state(rz, i)))
            b.i = i + 1; /* "Serbian Foreign Ministry" */
        else if (generic(rz, i, j) && country_before(rz, i))
            b.state = article_state(rz), b.own = 1; /* "the country's Congress" */
        else if (generic(rz, i, j))
            b.state = said_state(rz, i, j);
        else
            continue;
        const char *name = name_of(rz, b.i, b.j, NULL);
        if (!name || !(b.key = erg__rz_key(rz, name))) {
            rc = ERG_ENOMEM;
            break;
        }
        if (!(n & (n + 1))) {
            body_t *grown = realloc(v, (2 * n + 1) * sizeof *v);
            if (!grown) {
                rc = ERG_ENOMEM;
                break;
            }
            v = grown;
        }
        v[n++] = b;
    }
    for (size_t a = 0; a < n && !rc; a++) {
        erg_mention_t *m = &rz->m->items[v[a].x];
        const char *state = v[a].state                           ? v[a].state
                            : (m->flags & ERG_MENTION_NESTED) ? NULL /* "Senate Judiciary Committee" */
                                                              : said_before(rz, v, n, &v[a]);
        if (!state || (!(m->flags & ERG_MENTION_DISCOVERED) && !other_states_body(rz, m->entity, state)))
            continue; /* "the American Congress" is the known United States Congress, "Britain's
                       * Office for National Statistics" the known office */
        size_t known = known_body(rz, v[a].i, v[a].j, state);
        if (known != (size_t)-1) { /* "the American Supreme Court": the Supreme Court of the United States */
            m->entity = erg__gazetteer_name(rz->g, known);
            m->key = erg__gazetteer_key(rz->g, known);
            m->flags &= ~(unsigned)ERG_MENTION_DISCOVERED;
            continue;
        }
        rc = take_name(rz, m, name_of(rz, v[a].i, v[a].j, state));
    }
    /* "Philippine Senate" holds the known "Senate": named after the same
     * state, the nested one is the same body, once */
    for (size_t a = 0; a < n && !rc; a++) {
        erg_mention_t *in = &rz->m->items[v[a].x];
        for (size_t x = 0; in->entity && (in->flags & ERG_MENTION_NESTED) && x < rz->m->n; x++) {
            const erg_mention_t *out = &rz->m->items[x];
            if (out != in && out->entity && out->start <= in->start && in->end <= out->end &&
                strcmp(out->key, in->key) == 0)
                in->entity = NULL;
        }
    }
    free(v);
    return rc;
}
