/*
 * localforms.c: whose "Labour"? Parties are called by short forms that
 * several countries share: "Labour" is Britain's party and New Zealand's,
 * "the Liberals" Canada's and Australia's, "Congress" India's party and the
 * United States' parliament, "Labor" and "the Coalition" Australia's. The
 * gazetteer gives such a form to a party as a local form ("aliases_local",
 * with the party's "state"): it names the party only in an article about
 * that state. An English article is about the state it names most, counting
 * its states, its capitals (a dateline's "CANBERRA" too), its nationality
 * adjectives ("Canadian") and the known parties and bodies of a state that
 * it names in full, by more than any other state; none when two tie. There
 * a capitalised local form is a mention of that state's entity, in place of
 * whatever the gazetteer or the tagger read on exactly those words
 * ("Labour", the British party; "Labor", a discovered name). A form that
 * is part of a longer name is left alone ("Labor Day", "the National
 * Library", "Scottish Labour"), and a dictionary word ("Labor", "National")
 * opening a sentence is a form only where it speaks or owns ("Labor said",
 * "Labor's plan") or where a name was read there already ("National
 * security is ..." is no party).
 */
#include "gazetteer.h"
#include "lexicon.h"
#include "recognize_internal.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define MOST_WORDS 3 /* the longest local form, in words */

/* Adds one vote for state e (a gazetteer entity, or (size_t)-1) to the
 * article's tally of n states. */
static int vote(size_t **tally, size_t *n, size_t e)
{
    if (e == (size_t)-1)
        return 0;
    for (size_t x = 0; x < *n; x++)
        if ((*tally)[2 * x] == e) {
            (*tally)[2 * x + 1]++;
            return 0;
        }
    size_t *grown = realloc(*tally, 2 * (*n + 1) * sizeof **tally);
    if (!grown)
        return ERG_ENOMEM;
    *tally = grown;
    grown[2 * *n] = e;
    grown[2 * *n + 1] = 1;
    (*n)++;
    return 0;
}

/* The gazetteer entity whose name's key is `key`, or (size_t)-1. */
static size_t entity_of(const erg_rz_t *rz, const char *key)
{
    const erg_alias_t *a = key ? erg__gazetteer_lookup(rz->g, key, strlen(key)) : NULL;
    return a ? a->entity : (size_t)-1;
}

/* The state that token k's nationality adjective names ("Canadian";
 * demonyms-en.txt), or (size_t)-1. */
static size_t demonym_state(const erg_rz_t *rz, size_t k, erg_buf_t *key)
{
    const erg_token_t *t = &rz->t.tok[k];
    const char *name = erg__lexicon_demonym(rz->lx, ERG_LX_EN, rz->t.keys.buf + t->key, t->keylen);
    key->len = 0;
    if (!name || erg__text_phrase_key(name, strlen(name), key, NULL, NULL))
        return (size_t)-1;
    const erg_alias_t *a = erg__gazetteer_lookup(rz->g, key->buf, key->len);
    return a && erg__gazetteer_type(rz->g, a->entity) == ERG_TYPE_STATE ? a->entity : (size_t)-1;
}

/* The votes of the article's states: pairs of (state, votes). */
typedef struct {
    size_t *v, n;
} tally_t;

/* The votes for state e in tally t. */
static size_t votes(const tally_t *t, size_t e)
{
    for (size_t x = 0; x < t->n; x++)
        if (t->v[2 * x] == e)
            return t->v[2 * x + 1];
    return 0;
}

/* The state the article is about (see the top), or (size_t)-1, and the
 * votes of every state it names (the caller frees t->v). */
static int article_state(const erg_rz_t *rz, erg_buf_t *key, size_t *out, tally_t *votes_out)
{
    const erg_gazetteer_t *g = rz->g;
    size_t *tally = NULL, n = 0;
    int rc = 0;
    *out = (size_t)-1;
    for (size_t x = 0; x < rz->m->n && !rc; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        size_t e = m->entity ? entity_of(rz, m->key) : (size_t)-1, i, j;
        if (e == (size_t)-1 || (m->flags & ERG_MENTION_DISCOVERED))
            continue;
        if (m->type == ERG_TYPE_STATE)
            rc = vote(&tally, &n, e);
        else if (m->type == ERG_TYPE_PLACE)
            rc = vote(&tally, &n, erg__gazetteer_capital_of(g, e));
        else if (mention_tokens(rz, m, &i, &j) && !(rc = erg__span_key(&rz->t, i, j - i + 1, key)) &&
                 !(erg__gazetteer_local_marks(g, key->buf, key->len) & ERG_LOCAL_FORM))
            rc = vote(&tally, &n, erg__gazetteer_state_of(g, e)); /* "Labour" says no state */
    }
    for (size_t k = 0; k < rz->t.n && !rc; k++) {
        const erg_token_t *t = &rz->t.tok[k];
        /* an adjective inside a name votes through the name, if at all: "the Indian Ocean" */
        if ((t->flags & ERG_TOK_CAP) && !(t->flags & ERG_TOK_ALLCAPS) && rz->owner[k] == ERG_RZ_NONE)
            rc = vote(&tally, &n, demonym_state(rz, k, key));
    }
    size_t best = 0, second = 0;
    for (size_t x = 0; x < n; x++) {
        size_t c = tally[2 * x + 1];
        if (c > best)
            second = best, best = c, *out = tally[2 * x];
        else if (c > second)
            second = c;
    }
    if (best == second)
        *out = (size_t)-1;
    votes_out->v = tally;
    votes_out->n = n;
    return rc;
}

/* The state another state's possessive or adjective right before token i
 * names ("Britain's Conservatives", "British Conservatives"), or
 * (size_t)-1. */
static size_t said_state(const erg_rz_t *rz, size_t i, erg_buf_t *key)
{
    const erg_tokens_t *t = &rz->t;
    size_t o = ERG_RZ_NONE;
    if (i >= 2 && possessive_s(rz, i - 1) && t->tok[i - 2].sent == t->tok[i].sent)
        o = rz->owner[i - 2];
    if (o != ERG_RZ_NONE && rz->m->items[o].type == ERG_TYPE_STATE && rz->m->items[o].entity)
        return entity_of(rz, rz->m->items[o].key);
    if (i == 0 || !(t->tok[i - 1].flags & ERG_TOK_CAP) || t->tok[i - 1].sent != t->tok[i].sent || !spaced(rz, i))
        return (size_t)-1;
    return demonym_state(rz, i - 1, key);
}

/* Does the mention of exactly tokens i..j, a known name, belong to a
 * state the article names ("Congress", the United States' parliament, in
 * an Indian story that names Washington)? Then whose it is stays open,
 * and the gazetteer's reading stands. */
static int owner_named(const erg_rz_t *rz, size_t i, size_t j, const tally_t *t)
{
    size_t o = rz->owner[i];
    if (o == ERG_RZ_NONE)
        return 0;
    const erg_mention_t *m = &rz->m->items[o];
    if (!m->entity || (m->flags & ERG_MENTION_DISCOVERED) || m->start != rz->t.tok[i].start ||
        m->end != rz->t.tok[j].end)
        return 0;
    size_t e = entity_of(rz, m->key), s = e == (size_t)-1 ? e : erg__gazetteer_state_of(rz->g, e);
    return s != (size_t)-1 && votes(t, s) > 0;
}

/* Does token k open its sentence (or stand on a title-case line, where
 * every word is capitalised)? */
static int opens(const erg_rz_t *rz, size_t k)
{
    return k == 0 || rz->t.tok[k - 1].sent != rz->t.tok[k].sent || rz->headline[k];
}

/* Does token k speak, own or lead: "said", "Labor's", "Nationals leader",
 * "Labor Senator"? */
static int speaks(const erg_rz_t *rz, size_t k)
{
    return k < rz->t.n && rz->t.tok[k].sent == rz->t.tok[k - 1].sent &&
           (possessive_s(rz, k) || key_is(rz, k, "leader") ||
            (rz->cls[k] & (ERG_LX_BIT(ERG_LX_REPORTING) | ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB))));
}

/* Is token k a portfolio's or a day's word after a party's form: "Labor
 * Minister", "the Labor Department", "Labor Day"? */
static int portfolio(const erg_rz_t *rz, size_t k)
{
    static const char *const w[] = {"minister", "ministers", "ministry", "secretary", "department", "day"};
    return k < rz->t.n && key_in(rz, k, w);
}

/* Are tokens i..j part of a longer capitalised name: a capitalised word
 * one space before them (a function word aside: "The Greens") or after
 * them (a title aside: "Labor Senator Penny Wong"; not a portfolio's:
 * "Labor Minister"), or after "of" ("the Secretary of Labor")? A
 * dateline's dash parts them ("WELLINGTON - Labour"). */
static int inside_name(const erg_rz_t *rz, size_t i, size_t j)
{
    if (i > 0 && is_cap(rz, i - 1) && rz->t.tok[i - 1].sent == rz->t.tok[i].sent && spaced(rz, i) &&
        !(rz->cls[i - 1] & ERG_LX_BIT(ERG_LX_FUNCTION)))
        return 1;
    if ((i > 0 && key_is(rz, i - 1, "of")) || portfolio(rz, j + 1))
        return 1; /* "the Secretary of Labor", "Israel's Labor Minister" */
    if ((j + 1 < rz->t.n && hyphen_glued(rz, j)) || (i > 0 && hyphen_glued(rz, i - 1)))
        return 1; /* half of a compound: "DA-led", "pro-Labour", as the gazetteer's matches are */
    return j + 1 < rz->t.n && is_cap(rz, j + 1) && rz->t.tok[j + 1].sent == rz->t.tok[j].sent && spaced(rz, j + 1) &&
           !(rz->cls[j + 1] & (ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB)));
}

/* Is entity e an outlet (outlets.txt)? */
static int outlet(const erg_rz_t *rz, size_t e)
{
    const char *k = erg__gazetteer_key(rz->g, e);
    return erg__lexicon_has(rz->lx, ERG_LX_EN, ERG_LX_OUTLET, k, strlen(k));
}

/* Makes tokens i..j a mention of entity e: the mention of exactly those
 * words takes e, mentions inside them go; none when a longer mention holds
 * them or one overlaps them, nor, when `weak`, when no mention has exactly
 * those words (1: left alone). */
static int claim(erg_rz_t *rz, size_t i, size_t j, size_t e, int weak)
{
    size_t s = rz->t.tok[i].start, end = rz->t.tok[j].end, same = ERG_RZ_NONE;
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        if (!m->entity || (m->flags & ERG_MENTION_NESTED) || m->end <= s || m->start >= end)
            continue;
        if (m->start == s && m->end == end)
            same = x;
        else if (!(s <= m->start && m->end <= end))
            return 1; /* "Labor Day", "the Coalition Provisional Authority" */
    }
    if (same != ERG_RZ_NONE) {
        erg_mention_t *m = &rz->m->items[same];
        if (m->role == ERG_ROLE_BYLINE || (m->role == ERG_ROLE_SOURCE && !outlet(rz, e)))
            return 1; /* "told PTI" in a Pakistani story is the agency, no party */
        m->entity = erg__gazetteer_name(rz->g, e);
        m->key = erg__gazetteer_key(rz->g, e);
        m->type = erg__gazetteer_type(rz->g, e);
        m->flags &= ~(unsigned)(ERG_MENTION_DISCOVERED | ERG_MENTION_LONE);
        return 0;
    }
    if (weak)
        return 1;
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        if (m->entity && m->start >= s && m->end <= end)
            erg__rz_drop(rz, x);
    }
    return erg__rz_push_known(rz, i, j, e, 0);
}

/* Does the article cite its form key[0..len) as an outlet somewhere, in a
 * dateline, a credit or as a quote's source ("(PTI)", "told PTI")? Then it
 * is that outlet throughout, no party. */
static int cited(const erg_rz_t *rz, const erg_buf_t *key, erg_buf_t *tmp)
{
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        size_t i, j;
        if (m->entity && m->role != ERG_ROLE_MENTION && mention_tokens(rz, m, &i, &j) &&
            !erg__span_key(&rz->t, i, j - i + 1, tmp) && tmp->len == key->len &&
            memcmp(tmp->buf, key->buf, key->len) == 0)
            return 1;
    }
    return 0;
}

/* Is entity e an outlet that tokens i..j name where a party's word follows
 * ("PTI leader Imran Khan": the party, not the agency)? */
static int outlet_leads(const erg_rz_t *rz, size_t e, size_t j)
{
    return outlet(rz, e) && j + 1 < rz->t.n && speaks(rz, j + 1) && !possessive_s(rz, j + 1) &&
           !(rz->cls[j + 1] & ERG_LX_BIT(ERG_LX_REPORTING));
}

int erg__rz_local_forms(erg_rz_t *rz)
{
    const erg_gazetteer_t *g = rz->g;
    if (rz->lang != ERG_LX_EN || !erg__gazetteer_has_local(g))
        return 0;
    const erg_tokens_t *t = &rz->t;
    erg_buf_t key = {0}, said = {0};
    size_t state = (size_t)-1;
    tally_t tally = {NULL, 0};
    int rc = 0, asked = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (!(t->tok[i].flags & ERG_TOK_CAP) || rz->region[i] == ERG_REGION_BYLINE)
            continue;
        unsigned marks = erg__gazetteer_local_marks(g, t->keys.buf + t->tok[i].key, t->tok[i].keylen);
        if (!marks)
            continue;
        if (!asked) { /* the article's state, once it holds a local form */
            asked = 1;
            if ((rc = article_state(rz, &key, &state, &tally)) || state == (size_t)-1)
                break;
        }
        size_t most = i;
        while (most + 1 < t->n && most + 1 < i + MOST_WORDS && t->tok[most + 1].sent == t->tok[i].sent &&
               erg__rz_joinable(rz, most))
            most++;
        size_t other = said_state(rz, i, &said);
        for (size_t j = most + 1; j-- > i && !rc;) {
            if ((rc = erg__span_key(&rz->t, i, j - i + 1, &key)))
                break;
            size_t e = erg__gazetteer_local(g, key.buf, key.len, state);
            if (other != (size_t)-1 && other != state) /* "Britain's Conservatives" in a Canadian story */
                e = erg__gazetteer_local(g, key.buf, key.len, other);
            if (e == (size_t)-1) {
                if (other != (size_t)-1 && other != state)
                    break;
                continue;
            }
            if (inside_name(rz, i, j) || owner_named(rz, i, j, &tally) || outlet_leads(rz, e, j) ||
                (!outlet(rz, e) && cited(rz, &key, &said)))
                break;
            /* a dictionary word opening a sentence ("National security
             * ..."): a party where it speaks or owns, or where the
             * gazetteer or the tagger read a name there too */
            int weak = i == j && opens(rz, i) &&
                       erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[i].key, t->tok[i].keylen) &&
                       !speaks(rz, i + 1);
            if ((rc = claim(rz, i, j, e, weak)) == 1)
                rc = 0;
            i = j;
            break;
        }
    }
    erg__buf_release(&key);
    erg__buf_release(&said);
    free(tally.v);
    return rc;
}
