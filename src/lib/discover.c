/*
 * discover.c: names no gazetteer lists. Candidates come from the tagger's
 * spans (PER -> person, ORG -> organization, LOC -> place) and, in
 * English text or without the tagger, where the tagger saw none, from two
 * rules: a title or role before a run of
 * capitalised words makes a person ("Presiden Joko Widodo", "Mr Smith"), an
 * organization head word starting one makes an organization ("Universitas
 * Wanita Ewha", "Ministry of Defence").
 *
 * Junk never passes: a candidate made only of listed words (function
 * words, sentence starters, days, months, titles, reporting verbs, credit
 * labels) is dropped, leading titles are trimmed off, and a candidate on a
 * headline (a title-case line) stays only when the article names it
 * elsewhere. Gazetteer matches win over candidates that overlap them,
 * except a longer span that holds them whole ("Bank Indonesia", "Gedung
 * DPR"): the gazetteer matches become nested mentions inside it.
 *
 * The canonical name is made from the surface form alone: tokens joined by
 * single spaces, a person's lowercase tokens capitalised and a person's
 * name in capitals title-cased ("KIM JONG-UN" -> "Kim Jong Un"), so variants
 * differing in case, hyphens or spacing get one name and one key.
 */
#include "rz.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define JUNK_CLASSES                                                                               \
    ((1u << ERG_LX_FUNCTION) | (1u << ERG_LX_STARTER) | (1u << ERG_LX_DAY) |                      \
     (1u << ERG_LX_MONTH) | (1u << ERG_LX_TITLE) | (1u << ERG_LX_REPORTING) |                     \
     (1u << ERG_LX_CREDIT) | (1u << ERG_LX_RELATED))

typedef struct {
    size_t i, j; /* tokens, inclusive */
    erg_type_t type;
} cand_t;

static int is_cap(const erg_rz_t *rz, size_t k)
{
    return (rz->t.tok[k].flags & (ERG_TOK_CAP | ERG_TOK_NOCASE)) != 0;
}

/* Appends token k's surface to `out`, recased as the header says. */
static int add_token(erg_buf_t *out, const char *s, size_t n, int title_case, int cap_first)
{
    utf8proc_int32_t cp;
    size_t p = 0;
    int first = 1;
    while (p < n) {
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + p, (utf8proc_ssize_t)(n - p), &cp);
        if (k < 1) {
            p++;
            continue;
        }
        if (first && (cap_first || title_case))
            cp = utf8proc_toupper(cp);
        else if (!first && title_case)
            cp = utf8proc_tolower(cp);
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t e = utf8proc_encode_char(cp, enc);
        int rc = erg_buf_add(out, (const char *)enc, (size_t)e);
        if (rc)
            return rc;
        first = 0;
        p += (size_t)k;
    }
    return 0;
}

static int canonical(const erg_rz_t *rz, const cand_t *c, erg_buf_t *out)
{
    const erg_tokens_t *t = &rz->t;
    int person = c->type == ERG_TYPE_PERSON, allcaps = c->j > c->i;
    for (size_t k = c->i; k <= c->j; k++)
        if (!(t->tok[k].flags & ERG_TOK_ALLCAPS) || t->tok[k].end - t->tok[k].start < 2)
            allcaps = 0;
    out->len = 0;
    int rc = 0;
    for (size_t k = c->i; k <= c->j && !rc; k++) {
        if (k > c->i)
            rc = erg_buf_add(out, " ", 1);
        if (!rc)
            rc = add_token(out, rz->a->text + t->tok[k].start, t->tok[k].end - t->tok[k].start,
                           person && allcaps, person);
    }
    return rc;
}

/* Is token k a listed word that no name of this type starts or ends with?
 * Head words stay in organizations and places ("Pemerintah Kota Bogor"). */
static int junk(const erg_rz_t *rz, const cand_t *c, size_t k)
{
    unsigned heads = (1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD);
    return (rz->cls[k] & JUNK_CLASSES) && !(c->type != ERG_TYPE_PERSON && (rz->cls[k] & heads));
}

/* Trims listed words off both ends; 0 when nothing is left. */
static int trim(const erg_rz_t *rz, cand_t *c)
{
    while (c->i <= c->j && (junk(rz, c, c->i) || !is_cap(rz, c->i)))
        c->i++;
    while (c->j > c->i && junk(rz, c, c->j))
        c->j--;
    return c->i <= c->j;
}

/* A run of capitalised tokens from k (lowercase function words allowed
 * between capitalised ones: "Bank of Korea"); returns its last token. */
static size_t cap_run(const erg_rz_t *rz, size_t k)
{
    size_t last = k;
    while (last + 1 < rz->t.n && erg_rz_joinable(rz, last) && rz->owner[last + 1] == ERG_RZ_NONE) {
        size_t nx = last + 1;
        if (is_cap(rz, nx) && !(rz->cls[nx] & (1u << ERG_LX_REPORTING))) {
            last = nx;
            continue;
        }
        if ((rz->cls[nx] & (1u << ERG_LX_FUNCTION)) && nx + 1 < rz->t.n && erg_rz_joinable(rz, nx) &&
            is_cap(rz, nx + 1) && rz->owner[nx + 1] == ERG_RZ_NONE && rz->t.tok[nx].keylen <= 3) {
            last = nx + 1;
            continue;
        }
        break;
    }
    return last;
}

static int add_cand(cand_t **v, size_t *n, size_t *cap, size_t i, size_t j, erg_type_t type)
{
    void *p = *v;
    if (erg_grow(&p, cap, *n + 1, sizeof **v))
        return ERG_ENOMEM;
    *v = p;
    (*v)[(*n)++] = (cand_t){i, j, type};
    return 0;
}

static erg_type_t tag_type(int label)
{
    return label <= ERG_TAG_I_PER ? ERG_TYPE_PERSON
           : label <= ERG_TAG_I_ORG ? ERG_TYPE_ORGANIZATION : ERG_TYPE_PLACE;
}

/* The tagger's spans, then the rules where the tagger saw nothing. */
static int candidates(erg_rz_t *rz, const unsigned char *labels, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t i = 0; labels && i < t->n && !rc; i++) {
        if (labels[i] == ERG_TAG_O || labels[i] % 2 == 0)
            continue;
        size_t j = i;
        while (j + 1 < t->n && labels[j + 1] == labels[i] + 1)
            j++;
        rc = add_cand(v, n, cap, i, j, tag_type(labels[i]));
        i = j;
    }
    /* the tagger learnt Indonesian news; the rules add what it misses in
     * English (and stand in for it when it is off) */
    int rules = !labels || rz->lang == ERG_LX_EN;
    for (size_t i = 0; rules && i + 1 < t->n && !rc; i++) {
        if ((labels && labels[i] != ERG_TAG_O) || rz->owner[i] != ERG_RZ_NONE || !is_cap(rz, i))
            continue;
        int title = (rz->cls[i] & (1u << ERG_LX_TITLE)) != 0;
        int head = (rz->cls[i] & (1u << ERG_LX_ORGHEAD)) != 0;
        if (!title && !head)
            continue;
        size_t k = i;
        while (title && k + 1 < t->n && (rz->cls[k + 1] & (1u << ERG_LX_TITLE)) && erg_rz_joinable(rz, k))
            k++; /* "Wakil Presiden", "Prime Minister" */
        if (k + 1 >= t->n || !erg_rz_joinable(rz, k) || !is_cap(rz, k + 1) ||
            rz->owner[k + 1] != ERG_RZ_NONE || (rz->cls[k + 1] & JUNK_CLASSES))
            continue;
        size_t last = cap_run(rz, k + 1);
        int tagged = 0;
        for (size_t q = i; labels && q <= last; q++)
            tagged |= labels[q] != ERG_TAG_O;
        if (tagged)
            continue;
        if (head && !title)
            rc = add_cand(v, n, cap, i, last, ERG_TYPE_ORGANIZATION);
        else
            rc = add_cand(v, n, cap, k + 1, last, ERG_TYPE_PERSON);
        i = last;
    }
    return rc;
}

/* Gazetteer matches win over a candidate that overlaps them, unless the
 * candidate holds them whole and is longer ("Bank Indonesia", "Gedung
 * DPR"): then they stay as nested mentions. Returns 1 to keep it. */
static int settle_overlap(erg_rz_t *rz, const cand_t *c)
{
    size_t inside = 0;
    for (size_t k = c->i; k <= c->j; k++) {
        size_t o = rz->owner[k];
        if (o == ERG_RZ_NONE)
            continue;
        const erg_mention_t *x = &rz->m->items[o];
        if (x->start < rz->t.tok[c->i].start || x->end > rz->t.tok[c->j].end ||
            (x->flags & ERG_MENTION_DISCOVERED))
            return 0;
        inside++;
    }
    if (inside == (size_t)(c->j - c->i + 1))
        return 0;
    for (size_t k = c->i; k <= c->j; k++)
        if (rz->owner[k] != ERG_RZ_NONE) {
            rz->m->items[rz->owner[k]].flags |= ERG_MENTION_NESTED;
            rz->owner[k] = ERG_RZ_NONE;
        }
    return 1;
}

/* On a credit line, a person's name is the whole capitalised run around
 * the tagger's span ("Nanda Lusiana Saputri" after "Editor:"). */
static void widen_byline(const erg_rz_t *rz, cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON || rz->region[c->i] != ERG_REGION_BYLINE)
        return;
    while (c->i > 0 && erg_rz_joinable(rz, c->i - 1) && is_cap(rz, c->i - 1) &&
           rz->owner[c->i - 1] == ERG_RZ_NONE && !(rz->cls[c->i - 1] & JUNK_CLASSES))
        c->i--;
    while (c->j + 1 < rz->t.n && erg_rz_joinable(rz, c->j) && is_cap(rz, c->j + 1) &&
           rz->owner[c->j + 1] == ERG_RZ_NONE && !(rz->cls[c->j + 1] & JUNK_CLASSES))
        c->j++;
}

/* One discovered name, one type in an article: the type most of its
 * mentions have (ties: the first mention's). */
static int vote_types(erg_rz_t *rz, size_t from)
{
    erg_mentions_t *m = rz->m;
    erg_map_t first; /* key -> index of the first mention */
    erg_map_init(&first);
    size_t *votes = calloc((m->n - from + 1) * ERG_TYPE_COUNT, sizeof *votes);
    int rc = votes ? 0 : ERG_ENOMEM;
    for (size_t k = from; k < m->n && !rc; k++) {
        const char *key = m->items[k].key;
        size_t *f = erg_map_get(&first, key, strlen(key));
        if (!f && (rc = erg_map_put(&first, key, strlen(key), k)))
            break;
        size_t at = f ? *f : k;
        votes[(at - from) * ERG_TYPE_COUNT + m->items[k].type]++;
    }
    for (size_t k = from; k < m->n && !rc; k++) {
        const char *key = m->items[k].key;
        size_t at = *erg_map_get(&first, key, strlen(key));
        const size_t *v = votes + (at - from) * ERG_TYPE_COUNT;
        erg_type_t best = m->items[at].type;
        for (int y = 0; y < ERG_TYPE_COUNT; y++)
            if (v[y] > v[best])
                best = (erg_type_t)y;
        m->items[k].type = best;
    }
    free(votes);
    erg_map_release(&first);
    return rc;
}

int erg_rz_discover(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    unsigned char *labels = NULL;
    cand_t *v = NULL;
    size_t n = 0, cap = 0;
    erg_map_t confirmed; /* keys of names met outside headlines */
    erg_buf_t name = {0}, key = {0};
    erg_map_init(&confirmed);
    size_t from = rz->m->n;
    int rc = 0;
    if (rz->model) {
        erg_tag_input_t in = {rz->a->text, t, rz->cls, rz->gz};
        if (!(labels = malloc(t->n + 1)))
            rc = ERG_ENOMEM;
        else
            rc = erg_tagger_tag(rz->model, &in, labels);
    }
    if (!rc)
        rc = candidates(rz, labels, &v, &n, &cap);
    /* names met outside headlines confirm those on headlines */
    for (size_t c = 0; c < n && !rc; c++) {
        cand_t x = v[c];
        if (!rz->headline[x.i] && trim(rz, &x) && !(rc = erg_span_key(t, x.i, x.j - x.i + 1, &key)))
            rc = erg_map_put(&confirmed, key.buf, key.len, 1);
    }
    for (size_t c = 0; c < n && !rc; c++) {
        cand_t x = v[c];
        widen_byline(rz, &x);
        if (rz->region[x.i] == ERG_REGION_SKIP || !trim(rz, &x) || !settle_overlap(rz, &x))
            continue;
        if ((rc = erg_span_key(t, x.i, x.j - x.i + 1, &key)))
            break;
        if (rz->headline[x.i] && !erg_map_get(&confirmed, key.buf, key.len))
            continue;
        if (!(rc = canonical(rz, &x, &name)))
            rc = erg_rz_push(rz, x.i, x.j, name.buf, 1, x.type, ERG_MENTION_DISCOVERED);
    }
    if (!rc && rz->m->n > from)
        rc = vote_types(rz, from);
    erg_map_release(&confirmed);
    erg_buf_release(&name);
    erg_buf_release(&key);
    free(labels);
    free(v);
    return rc;
}
