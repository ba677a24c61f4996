/*
 * coref.c: one person, many spellings, within one article. Every person
 * the article names (a gazetteer match, or a discovered name of two words
 * or more, outside credit lines) lends its name tokens to a table; a token
 * two people share is ambiguous. Then:
 *  - a discovered mention whose capitalised tokens all belong to one person
 *    ("Widodo" after "Joko Widodo") becomes that person;
 *  - a word two people share ("Macron" beside Emmanuel and Brigitte Macron)
 *    goes to the one a title before it gave a full name ("Presiden Macron"
 *    after "Presiden Prancis Emmanuel Macron"), else to the one the article
 *    is about: the most mentioned, by twice the next or named first; else
 *    it is dropped rather than guessed (Kim Jong Un and Kim Yo Jong, each
 *    named once);
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

#include <stdlib.h>
#include <string.h>

#define AMBIGUOUS ((size_t)-2)

typedef struct {
    const char *tok; /* a name token's key (in the tokens' key buffer it came from) */
    size_t len;
    size_t who;      /* mention index of the person it belongs to */
} claim_t;

typedef struct {
    erg_map_t sf;      /* name token key -> mention index of the person, or AMBIGUOUS */
    erg_map_t persons; /* entity key -> mention index of its first mention */
    claim_t *claims;   /* for each ambiguous token, the people who claim it (decide()) */
    size_t nclaims, cap;
} table_t;

/* Records that token key tk[0..len) names the person of mention `who`. */
static int add_claim(table_t *tb, const char *tk, size_t len, size_t who)
{
    void *p = tb->claims;
    char *copy = malloc(len + 1);
    if (!copy || erg__grow(&p, &tb->cap, tb->nclaims + 1, sizeof *tb->claims)) {
        free(copy);
        return ERG_ENOMEM;
    }
    memcpy(copy, tk, len);
    copy[len] = 0;
    tb->claims = p;
    tb->claims[tb->nclaims++] = (claim_t){copy, len, who};
    return 0;
}

/* Adds each capitalised name token of tokens [a, b) of nt as belonging to
 * the person of mention `who`. */
static int add_keys(table_t *tb, const erg_rz_t *rz, const erg_tokens_t *nt, size_t a, size_t b,
                    size_t who)
{
    int rc = 0;
    const char *key = rz->m->items[who].key;
    for (size_t k = a; !rc && k < b; k++) {
        const char *tk = nt->keys.buf + nt->tok[k].key;
        size_t kl = nt->tok[k].keylen;
        if (kl < 2 || !(nt->tok[k].flags & ERG_TOK_CAP))
            continue;
        size_t *v = erg__map_get(&tb->sf, tk, kl);
        if (!v) {
            rc = erg__map_put(&tb->sf, tk, kl, who);
        } else if (*v == AMBIGUOUS) {
            rc = add_claim(tb, tk, kl, who);
        } else if (strcmp(rz->m->items[*v].key, key) != 0) {
            rc = add_claim(tb, tk, kl, *v); /* its first claimant, then this one */
            *v = AMBIGUOUS;
            if (!rc)
                rc = add_claim(tb, tk, kl, who);
        }
    }
    return rc;
}

/* add_keys for the tokens of s[0..n) (a name, not the article's text). */
static int add_tokens(table_t *tb, const erg_rz_t *rz, const char *s, size_t n, size_t who)
{
    erg_tokens_t nt = {0};
    int rc = erg__text_tokenize(s, n, NULL, &nt);
    if (!rc)
        rc = add_keys(tb, rz, &nt, 0, nt.n, who);
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
    /* each person's tokens counted once, not again for every length */
    size_t most = 0, *ntok = malloc((m->n + 1) * sizeof *ntok);
    if (!ntok)
        return ERG_ENOMEM;
    for (size_t i = 0; i < m->n; i++) {
        ntok[i] = m->items[i].type == ERG_TYPE_PERSON ? ntokens(&m->items[i]) : 0;
        if (ntok[i] > most)
            most = ntok[i];
    }
    int rc = 0;
    for (size_t len = most; len >= 1 && !rc; len--) {
        for (size_t i = 0; i < m->n && !rc; i++) {
            const erg_mention_t *x = &m->items[i];
            if (ntok[i] != len || !x->entity || x->role != ERG_ROLE_MENTION)
                continue;
            if (x->flags & ERG_MENTION_DISCOVERED) {
                size_t a, b;
                tokens_of(rz, x, &a, &b);
                if (len == 1 || person_of(tb, rz, a, b) != ERG_RZ_NONE)
                    continue; /* a lone word, or a short form of a longer name */
            }
            /* the mention's own tokens: its text tokenized again gave the
             * same ones (a mention starts at a token and ends at one, or at
             * a full stop or bracket after it) */
            size_t a, b;
            tokens_of(rz, x, &a, &b);
            rc = add_keys(tb, rz, &rz->t, a, b + 1, i);
            if (!rc && !erg__map_get(&tb->persons, x->key, strlen(x->key))) {
                rc = erg__map_put(&tb->persons, x->key, strlen(x->key), i);
                if (!rc)
                    rc = add_tokens(tb, rz, x->entity, strlen(x->entity), i);
            }
        }
    }
    free(ntok);
    return rc;
}

/* The person all capitalised tokens i..j belong to: a mention index,
 * AMBIGUOUS, or ERG_RZ_NONE. */
static size_t person_of(const table_t *tb, const erg_rz_t *rz, size_t i, size_t j)
{
    size_t who = ERG_RZ_NONE;
    for (size_t k = i; k <= j; k++) {
        if (!(rz->t.tok[k].flags & ERG_TOK_CAP) || (k < j && erg__apostrophe_glued(rz, k)))
            continue; /* (the "O" of "O'Connor" is no initial: its word says who) */
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

/* The title nearest before token k in its sentence ("Presiden" in
 * "Presiden Prancis, Emmanuel Macron"), across capitalised words and
 * commas only; ERG_RZ_NONE when there is none. */
static size_t title_before(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t q = k, steps = 0; q > 0 && steps < 4; q--, steps++) {
        size_t p = q - 1;
        if (t->tok[p].sent != t->tok[k].sent)
            break;
        for (size_t b = t->tok[p].end; b < t->tok[q].start; b++)
            if (rz->a->text[b] != ',' && rz->a->text[b] != ' ')
                return ERG_RZ_NONE;
        if (rz->cls[p] & (1u << ERG_LX_TITLE))
            return p;
        if (!(t->tok[p].flags & ERG_TOK_CAP))
            break;
    }
    return ERG_RZ_NONE;
}

/* Was the person of key `key` named after the title whose key is tt? */
static int titled(const erg_rz_t *rz, const char *key, const char *tt, size_t ttlen)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t n = 0; n < rz->m->n; n++) {
        const erg_mention_t *x = &rz->m->items[n];
        if (x->type != ERG_TYPE_PERSON || !x->entity || strcmp(x->key, key) != 0)
            continue;
        size_t i, j;
        tokens_of(rz, x, &i, &j);
        size_t p = title_before(rz, i);
        if (p != ERG_RZ_NONE && t->tok[p].keylen == ttlen && memcmp(t->keys.buf + t->tok[p].key, tt, ttlen) == 0)
            return 1;
    }
    return 0;
}

/* The person a name token two or more people share stands for at token
 * `at` (see the header), or AMBIGUOUS. */
static size_t decide(const table_t *tb, const erg_rz_t *rz, size_t at)
{
    enum { MAXC = 8 };
    const erg_tokens_t *t = &rz->t;
    const char *tk = t->keys.buf + t->tok[at].key;
    size_t len = t->tok[at].keylen, cand[MAXC], nc = 0;
    for (size_t c = 0; c < tb->nclaims; c++) {
        const claim_t *cl = &tb->claims[c];
        if (cl->len != len || memcmp(cl->tok, tk, len) != 0)
            continue;
        size_t q = 0;
        while (q < nc && strcmp(rz->m->items[cand[q]].key, rz->m->items[cl->who].key) != 0)
            q++;
        if (q == nc) {
            if (nc == MAXC)
                return AMBIGUOUS;
            cand[nc++] = cl->who;
        }
    }
    if (nc < 2)
        return nc ? cand[0] : AMBIGUOUS;
    size_t tt = title_before(rz, at);
    if (tt != ERG_RZ_NONE) {
        size_t hit = AMBIGUOUS, nhit = 0;
        for (size_t q = 0; q < nc; q++)
            if (titled(rz, rz->m->items[cand[q]].key, t->keys.buf + t->tok[tt].key, t->tok[tt].keylen)) {
                hit = cand[q];
                nhit++;
            }
        if (nhit == 1)
            return hit;
    }
    size_t count[MAXC] = {0}, first[MAXC];
    for (size_t q = 0; q < nc; q++)
        first[q] = ERG_RZ_NONE;
    for (size_t n = 0; n < rz->m->n; n++)
        for (size_t q = 0; q < nc; q++)
            if (rz->m->items[n].entity && strcmp(rz->m->items[n].key, rz->m->items[cand[q]].key) == 0) {
                count[q]++;
                if (first[q] == ERG_RZ_NONE)
                    first[q] = n;
            }
    size_t best = 0;
    for (size_t q = 1; q < nc; q++)
        if (count[q] > count[best] || (count[q] == count[best] && first[q] < first[best]))
            best = q;
    int named_first = 1, ahead = 1, twice = 1;
    for (size_t q = 0; q < nc; q++) {
        if (q == best)
            continue;
        named_first &= first[best] < first[q];
        ahead &= count[best] > count[q];
        twice &= count[best] >= 2 * count[q];
    }
    return ahead && (twice || named_first) ? cand[best] : AMBIGUOUS;
}

/* Token range of mention x. */
static void tokens_of(const erg_rz_t *rz, const erg_mention_t *x, size_t *i, size_t *j)
{
    /* the first token at or after its start, by a binary search: a scan
     * from the article's first token, for every mention, was 8% of a build */
    size_t k = erg__tokens_at(&rz->t, x->start);
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
        if (who == AMBIGUOUS && i == j && x->type == ERG_TYPE_PERSON &&
            (who = decide(tb, rz, i)) == AMBIGUOUS) {
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

/* "Ricardo Lagos ... Lagos said", "Steve Holland ... said Holland": in
 * English news a known place's or state's one-word name right before or
 * after a reporting verb is the surname of a person of the article: a
 * place does not speak, unless of itself ("Holland said it would bid"). */
static void speaking_names(const table_t *tb, erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    unsigned says = 1u << ERG_LX_REPORTING;
    for (size_t n = 0; rz->lang == ERG_LX_EN && n < rz->m->n; n++) {
        erg_mention_t *x = &rz->m->items[n];
        size_t i, j;
        if (!x->entity || (x->flags & (ERG_MENTION_DISCOVERED | ERG_MENTION_NESTED)) || x->role != ERG_ROLE_MENTION ||
            (x->type != ERG_TYPE_STATE && x->type != ERG_TYPE_PLACE))
            continue;
        tokens_of(rz, x, &i, &j);
        if (i != j || !((j + 1 < t->n && (rz->cls[j + 1] & says) && !(t->tok[j + 1].flags & ERG_TOK_CAP) &&
                         erg__rz_joinable(rz, j) && t->tok[j + 1].sent == t->tok[j].sent) ||
                        (i > 0 && (rz->cls[i - 1] & says) && !(t->tok[i - 1].flags & ERG_TOK_CAP) &&
                         erg__rz_joinable(rz, i - 1) && t->tok[i - 1].sent == t->tok[i].sent)))
            continue;
        size_t who = person_of(tb, rz, i, j), v = j + 1 < t->n && (rz->cls[j + 1] & says) ? j + 2 : t->n;
        if (who == ERG_RZ_NONE || who == AMBIGUOUS || rz->m->items[who].type != ERG_TYPE_PERSON ||
            (v < t->n && t->tok[v].sent == t->tok[j].sent && (key_is(rz, v, "it") || key_is(rz, v, "its"))))
            continue; /* "Israel said it would": the state, whatever person "Israel Katz" is near */
        const erg_mention_t *p = &rz->m->items[who];
        const char *last = strrchr(p->key, ' ');
        if (!last || strlen(last + 1) != t->tok[i].keylen ||
            memcmp(last + 1, t->keys.buf + t->tok[i].key, t->tok[i].keylen) != 0)
            continue; /* his surname only: "Israel Katz" speaks as "Katz" */
        x->entity = p->entity;
        x->key = p->key;
        x->type = ERG_TYPE_PERSON;
        x->flags = (x->flags & ~(unsigned)ERG_MENTION_DISCOVERED) | (p->flags & ERG_MENTION_DISCOVERED);
    }
}

/* Capitalised tokens no pass claimed that shorten a person's name. */
static int resolve_loose(const table_t *tb, erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    unsigned listed = (1u << ERG_LX_FUNCTION) | (1u << ERG_LX_STARTER) | (1u << ERG_LX_DAY) |
                      (1u << ERG_LX_MONTH) | (1u << ERG_LX_TITLE) |
                      (1u << ERG_LX_GENERIC); /* a nationality: "German jobs" is no "German Boerse" */
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (rz->owner[i] != ERG_RZ_NONE || rz->region[i] == ERG_REGION_SKIP ||
            !(t->tok[i].flags & ERG_TOK_CAP) || (rz->cls[i] & listed))
            continue;
        if ((t->tok[i].flags & ERG_TOK_ALLCAPS) && !rz->headline[i])
            continue; /* in running text "kartu SIM" is an acronym, not Sim Ann */
        if (underscore_glued(rz, t->tok[i].start, t->tok[i].end))
            continue; /* a code's word, "Xingyi_EN", as discovery reads no name glued so */
        const char *key = t->keys.buf + t->tok[i].key;
        const size_t *v = erg__map_get(&tb->sf, key, t->tok[i].keylen);
        size_t decided;
        if (v && *v == AMBIGUOUS) {
            if ((decided = decide(tb, rz, i)) == AMBIGUOUS)
                continue;
            v = &decided;
        }
        const char *entity = v ? rz->m->items[*v].entity : NULL;
        unsigned flags = v ? rz->m->items[*v].flags & ERG_MENTION_DISCOVERED : 0;
        if (!v) {
            size_t e = erg__gazetteer_surname(rz->g, key, t->tok[i].keylen);
            size_t before = i > 0 && erg__rz_joinable(rz, i - 1) ? rz->owner[i - 1] : ERG_RZ_NONE;
            if (e == ERG_RZ_NONE ||
                (before != ERG_RZ_NONE && rz->m->items[before].type == ERG_TYPE_PERSON))
                continue; /* "Arief S. Kartasasmita" goes on another person's name */
            if (rz->lang == ERG_LX_EN && i > 0 && before == ERG_RZ_NONE && erg__rz_joinable(rz, i - 1) &&
                !rz->headline[i] &&
                (t->tok[i - 1].flags & ERG_TOK_CAP) && t->tok[i - 1].sent == t->tok[i].sent &&
                !(rz->cls[i - 1] & (listed | (1u << ERG_LX_HONORIFIC) | ERG_LX_BIT(ERG_LX_JOB))))
                continue; /* the famous surname ends another English name: "the Mini Cooper" is no
                           * Yvette Cooper (in Indonesian a noun before a name is its owner's:
                           * "Kubu Trump") */
            entity = erg__gazetteer_name(rz->g, e); /* the one famous bearer */
        }
        size_t e = i; /* "Cinta Sedarah" again, both words the person's: one mention, not two */
        while (v && e + 1 < t->n && rz->owner[e + 1] == ERG_RZ_NONE && erg__rz_joinable(rz, e) &&
               (t->tok[e + 1].flags & ERG_TOK_CAP) && t->tok[e + 1].sent == t->tok[i].sent) {
            const size_t *w = erg__map_get(&tb->sf, t->keys.buf + t->tok[e + 1].key, t->tok[e + 1].keylen);
            if (!w || *w == AMBIGUOUS || strcmp(rz->m->items[*w].key, rz->m->items[*v].key) != 0)
                break;
            e++;
        }
        if (e == i && i + 1 < t->n && rz->owner[i + 1] == ERG_RZ_NONE && erg__rz_joinable(rz, i) &&
            (t->tok[i + 1].flags & ERG_TOK_CAP) && !rz->headline[i])
            continue; /* another name goes on (on a headline every word is capitalised: "Gibran Tinjau Sawah") */
        size_t from = i > 0 && rz->owner[i - 1] == ERG_RZ_NONE && erg__apostrophe_glued(rz, i - 1) ? i - 1 : i;
        rc = erg__rz_push(rz, from, e, entity, 0, ERG_TYPE_PERSON, flags); /* "O'|Connor" whole */
        i = e;
    }
    return rc;
}

/* Is token k right after a title or honorific ("Mr. Tellier", "Chairman
 * Smith")? */
static int titled_at(const erg_rz_t *rz, size_t k)
{
    unsigned cue = (1u << ERG_LX_TITLE) | (1u << ERG_LX_HONORIFIC);
    return k > 0 && (rz->cls[k - 1] & cue) && erg__rz_joinable(rz, k - 1);
}

/* Does a title or honorific precede some mention of `key` in the article
 * ("Mr Major", "Lord Sainsbury")? */
static int titled_somewhere(const erg_rz_t *rz, const char *key)
{
    const erg_mentions_t *m = rz->m;
    for (size_t q = 0; q < m->n; q++)
        if (m->items[q].entity && strcmp(m->items[q].key, key) == 0) {
            size_t a, b;
            tokens_of(rz, &m->items[q], &a, &b);
            if (titled_at(rz, a))
                return 1;
        }
    return 0;
}

/* English news introduces people by their full names, so in an article (of
 * five sentences or more: one sentence shows no such habit) a discovered
 * "person" of one word that no pass gave a full name and no title or
 * honorific precedes is more often a company the model took for a speaker
 * ("Bombardier said", "Umbro, which ..."). Its mentions are marked lone;
 * the network decides, once the corpus is counted, whether some article
 * named such a person. A listed given name (firstnames-en.txt) stays a
 * person. */
static void lone_words(erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    if (rz->t.nsent < 5)
        return;
    for (size_t n = 0; n < m->n; n++) {
        erg_mention_t *x = &m->items[n];
        if (!x->entity || x->type != ERG_TYPE_PERSON || !(x->flags & ERG_MENTION_DISCOVERED) ||
            x->role != ERG_ROLE_MENTION || ntokens(x) != 1 || (x->flags & ERG_MENTION_LONE))
            continue;
        size_t a, b;
        tokens_of(rz, x, &a, &b);
        if (rz->cls[a] & ERG_LX_BIT(ERG_LX_FIRSTNAME))
            continue; /* a given name alone is a person's, known to the article ("his sons, Avi and Joel") */
        int titled = titled_somewhere(rz, x->key); /* or named otherwise: known, not a person, a player */
        for (size_t q = 0; q < m->n && !titled; q++)
            if (m->items[q].entity && strcmp(m->items[q].key, x->key) == 0)
                titled = m->items[q].type != ERG_TYPE_PERSON || !(m->items[q].flags & ERG_MENTION_DISCOVERED) ||
                         (m->items[q].flags & ERG_MENTION_FORMED);
        for (size_t q = 0; q < m->n && !titled; q++)
            if (m->items[q].entity && strcmp(m->items[q].key, x->key) == 0)
                m->items[q].flags |= ERG_MENTION_LONE;
    }
}

/* "Ismail Marzuki alias Mail", "Marshall Mathers, aka Eminem": the
 * discovered name after an alias word (lists/alias-*.txt) is the person
 * named before it, there and wherever the article uses it. */
static void resolve_aliases(erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    const erg_tokens_t *t = &rz->t;
    for (size_t n = 0; n < m->n; n++) {
        const erg_mention_t *x = &m->items[n];
        size_t a, b;
        if (!x->entity || x->type != ERG_TYPE_PERSON || x->role != ERG_ROLE_MENTION)
            continue;
        tokens_of(rz, x, &a, &b);
        size_t k = b + 1; /* the alias word, right after the name (a comma is no token), or after
                           * up to three lowercase words: "Sukiratnasari, atau akrab disapa Kiki" */
        while (k + 1 < t->n && k < b + 4 && !(rz->cls[k] & (1u << ERG_LX_ALIAS)) && !(t->tok[k].flags & ERG_TOK_CAP) &&
               t->tok[k].sent == t->tok[b].sent)
            k++;
        if (k + 1 >= t->n || !(rz->cls[k] & (1u << ERG_LX_ALIAS)) || (t->tok[k].flags & ERG_TOK_CAP) ||
            t->tok[k + 1].sent != t->tok[b].sent)
            continue;
        size_t y = rz->owner[k + 1];
        if (y == ERG_RZ_NONE || y == n || m->items[y].type != ERG_TYPE_PERSON ||
            !(m->items[y].flags & ERG_MENTION_DISCOVERED) || !m->items[y].entity ||
            strcmp(m->items[y].key, x->key) == 0)
            continue;
        const char *old = m->items[y].key;
        for (size_t q = 0; q < m->n; q++) {
            erg_mention_t *z = &m->items[q];
            if (q != n && z->entity && strcmp(z->key, old) == 0 &&
                (z->flags & ERG_MENTION_DISCOVERED) && z->type == ERG_TYPE_PERSON) {
                z->entity = x->entity;
                z->key = x->key;
                z->flags = (z->flags & ~(unsigned)ERG_MENTION_DISCOVERED) | (x->flags & ERG_MENTION_DISCOVERED);
            }
        }
    }
}

/* Is the discovered "person" x an animal: right after an animal word ("kucing
 * Bobby"), or followed, past a comma, by one within three lowercase words
 * ("Bobby Kertanegara, kucing kesayangan Presiden", "Bobby, the
 * president's cat")? */
static int an_animal(const erg_rz_t *rz, const erg_mention_t *x)
{
    const erg_tokens_t *t = &rz->t;
    unsigned animal = 1u << ERG_LX_ANIMAL;
    size_t a, b;
    tokens_of(rz, x, &a, &b);
    if (a > 0 && (rz->cls[a - 1] & animal) && !(t->tok[a - 1].flags & ERG_TOK_CAP) && erg__rz_joinable(rz, a - 1))
        return 1;
    if (b + 1 >= t->n || t->tok[b + 1].sent != t->tok[b].sent ||
        !memchr(rz->a->text + t->tok[b].end, ',', t->tok[b + 1].start - t->tok[b].end))
        return 0;
    for (size_t k = b + 1; k < t->n && k <= b + 3 && t->tok[k].sent == t->tok[b].sent; k++) {
        if (t->tok[k].flags & ERG_TOK_CAP)
            return 0;
        if (rz->cls[k] & animal)
            return 1;
    }
    return 0;
}

/* Drops every discovered "person" of the article whose name an animal
 * bears somewhere in it (the president's cat was the 60th most mentioned
 * "person" of a corpus). */
static void drop_animals(erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    for (size_t n = 0; n < m->n; n++) {
        const erg_mention_t *x = &m->items[n];
        if (!x->entity || x->type != ERG_TYPE_PERSON || !(x->flags & ERG_MENTION_DISCOVERED) || !an_animal(rz, x))
            continue;
        const char *key = x->key;
        for (size_t q = 0; q < m->n; q++)
            if (q != n && m->items[q].entity && strcmp(m->items[q].key, key) == 0 &&
                (m->items[q].flags & ERG_MENTION_DISCOVERED))
                m->items[q].entity = NULL;
        m->items[n].entity = NULL;
    }
}

/* Is w (a one-word key) the first (1) or the last (2) word of key k, or
 * neither (0)? A company's prefix with no long form ("PT") and a head
 * word at its end ("Tbk") are passed over: "PT KS Wiratama Tbk" ends in
 * "Wiratama". */
static int end_word_of(const erg_rz_t *rz, const char *w, const char *k)
{
    size_t n = strlen(w), a = 0, b = strlen(k);
    const char *first = strchr(k, ' '), *last = strrchr(k, ' ');
    if (!first)
        return 0;
    if (erg__company_prefix(rz, k, (size_t)(first - k)) && first != last)
        a = (size_t)(first - k) + 1;
    if (k + a < last && erg__lexicon_has(rz->lx, rz->lang, ERG_LX_ORGHEAD, last + 1, strlen(last + 1)))
        b = (size_t)(last - k);
    if (b - a <= n)
        return 0;
    if (strncmp(k + b - n, w, n) == 0 && k[b - n - 1] == ' ')
        return 2;
    return strncmp(k + a, w, n) == 0 && k[a + n] == ' ';
}

/* Does the gazetteer say that key never names the known organization y
 * (its "never": "House" is not the White House)? */
static int never_of(const erg_rz_t *rz, const char *key, const erg_mention_t *y)
{
    if (y->flags & ERG_MENTION_DISCOVERED)
        return 0;
    const erg_alias_t *a = erg__gazetteer_lookup(rz->g, y->key, strlen(y->key));
    return a && erg__gazetteer_never(rz->g, key, strlen(key), a->entity);
}

/* The words of key k between a company's prefix with no long form ("PT")
 * and a legal form at its end ("Tbk", "Inc"): [*a, *b) of k. */
static void company_core(const erg_rz_t *rz, const char *k, size_t *a, size_t *b)
{
    static const char *const legal[] = {"tbk", "persero", "inc", "ltd", "plc", "corp", "llc", "limited"};
    const char *first = strchr(k, ' '), *last = strrchr(k, ' ');
    *a = 0, *b = strlen(k);
    if (first && erg__company_prefix(rz, k, (size_t)(first - k)))
        *a = (size_t)(first - k) + 1;
    for (size_t w = 0; last && k + *a < last && w < sizeof legal / sizeof *legal; w++)
        if (strcmp(last + 1, legal[w]) == 0)
            *b = (size_t)(last - k);
}

/* A discovered "person" or "place" of two words or more whose words are
 * an organization's of the article without its legal forms is that
 * organization: "Sinar Baja Nusantara" beside "PT Sinar Baja Nusantara
 * Tbk", "Harlow Biosciences" beside "Harlow Biosciences, Inc." (one node,
 * not a person and a company). */
static void company_cores(erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    for (size_t q = 0; q < m->n; q++) {
        const erg_mention_t *y = &m->items[q];
        size_t a, b;
        if (!y->entity || y->type != ERG_TYPE_ORGANIZATION)
            continue;
        company_core(rz, y->key, &a, &b);
        if (a == 0 && b == strlen(y->key))
            continue;
        if (!memchr(y->key + a, ' ', b - a))
            continue; /* one word: org_short_forms */
        for (size_t n = 0; n < m->n; n++) {
            erg_mention_t *x = &m->items[n];
            if (x->entity && x->type != ERG_TYPE_ORGANIZATION && (x->flags & ERG_MENTION_DISCOVERED) &&
                strlen(x->key) == b - a && strncmp(x->key, y->key + a, b - a) == 0) {
                x->entity = y->entity;
                x->key = y->key;
                x->type = ERG_TYPE_ORGANIZATION;
                x->flags = (x->flags & ~(unsigned)ERG_MENTION_LONE) | (y->flags & ERG_MENTION_DISCOVERED);
            }
        }
    }
}

/* Does the article write a mention of key right after "in", "near" or
 * "di" ("in Salford", "di Demak")? Not after "at" or "of", where a company
 * works too ("an analyst at Harlow", "chief executive of Harlow"). */
static int named_as_place(const erg_rz_t *rz, const char *key)
{
    static const char *const where[] = {"in", "near", "di"};
    for (size_t q = 0; q < rz->m->n; q++) {
        const erg_mention_t *y = &rz->m->items[q];
        size_t i = y->entity ? erg__tokens_at(&rz->t, y->start) : 0;
        if (i > 0 && strcmp(y->key, key) == 0 && key_in(rz, i - 1, where) && !is_cap(rz, i - 1) &&
            erg__rz_joinable(rz, i - 1))
            return 1;
    }
    return 0;
}

/* A discovered name of one word that is the first or last word of exactly
 * one organization the article names in full is that organization's short
 * form: "Jupiter" after "Jupiter Research", "United" in a report on
 * Manchester United. Several such organizations ("Leeds United" and
 * "Manchester United") leave it as it is, unless it is the last word of
 * just one of them and the first of the others: the others are named
 * after that one ("Sampoerna" beside "HM Sampoerna" and its "Sampoerna
 * Retail Community"), or the gazetteer knows just one of them. A word the
 * gazetteer's entry lists in "never" shortens it not ("House"). */
static void org_short_forms(erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    for (size_t n = 0; n < m->n; n++) {
        const erg_mention_t *x = &m->items[n];
        if (!x->entity || !(x->flags & ERG_MENTION_DISCOVERED) || x->role != ERG_ROLE_MENTION ||
            ntokens(x) != 1 || (x->type != ERG_TYPE_ORGANIZATION && x->type != ERG_TYPE_PERSON) ||
            (rz->t.tok[erg__tokens_at(&rz->t, x->start)].flags & ERG_TOK_ALLCAPS))
            continue;
        if (x->type == ERG_TYPE_PERSON && titled_somewhere(rz, x->key))
            continue; /* "Lord Sainsbury" is a person, whatever "Sainsbury's" is */
        if (named_as_place(rz, x->key))
            continue; /* "in Salford" is the town, whatever "Salford Magistrates' Court" is */
        const erg_mention_t *full = NULL, *ends = NULL, *known = NULL;
        int several = 0, ending = 0, knowns = 0;
        for (size_t q = 0; q < m->n; q++) {
            const erg_mention_t *y = &m->items[q];
            int at = y->entity && y->type == ERG_TYPE_ORGANIZATION ? end_word_of(rz, x->key, y->key) : 0;
            if (!at || never_of(rz, x->key, y))
                continue;
            if (full && strcmp(full->key, y->key) != 0)
                several = 1;
            full = y;
            if (at == 2 && !ends)
                ends = y, ending = 1;
            else if (at == 2 && strcmp(ends->key, y->key) != 0)
                ending = 2;
            if (!(y->flags & ERG_MENTION_DISCOVERED) && (!known || strcmp(known->key, y->key) != 0))
                known = y, knowns++;
        }
        /* several: the one the gazetteer knows, if one alone is ("United"
         * beside "Manchester United" and a fans' "Shareholders United") */
        if (several)
            full = ending == 1 ? ends : knowns == 1 ? known : NULL;
        if (!full)
            continue;
        const char *old = x->key;
        for (size_t q = 0; q < m->n; q++) {
            erg_mention_t *z = &m->items[q];
            if (z->entity && z != full && (z->flags & ERG_MENTION_DISCOVERED) && strcmp(z->key, old) == 0 &&
                z->role == ERG_ROLE_MENTION) {
                z->entity = full->entity;
                z->key = full->key;
                z->type = ERG_TYPE_ORGANIZATION;
                z->flags = (z->flags & ~(unsigned)(ERG_MENTION_DISCOVERED | ERG_MENTION_LONE)) |
                           (full->flags & ERG_MENTION_DISCOVERED);
            }
        }
    }
}

int erg__rz_coref(erg_rz_t *rz)
{
    resolve_aliases(rz);
    table_t tb = {0};
    erg__map_take(&tb.sf);
    erg__map_take(&tb.persons);
    int rc = build_table(&tb, rz);
    if (!rc)
        rc = resolve_discovered(&tb, rz);
    if (!rc)
        rc = resolve_loose(&tb, rz);
    if (!rc)
        speaking_names(&tb, rz);
    if (!rc)
        drop_animals(rz);
    if (!rc)
        company_cores(rz);
    if (!rc)
        org_short_forms(rz);
    if (!rc && rz->lang == ERG_LX_EN)
        lone_words(rz);
    erg__map_give(&tb.sf);
    erg__map_give(&tb.persons);
    for (size_t c = 0; c < tb.nclaims; c++)
        free((char *)tb.claims[c].tok);
    free(tb.claims);
    return rc;
}
