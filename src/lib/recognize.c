/*
 * recognize.c: article + gazetteer -> mentions.
 *
 * Three passes over the tokens of one article:
 *  1. regions: credit lines ("Penulis:", "Foto:", datelines such as
 *     "SEOUL:" or "Beijing (ANTARA) -") are bylines; "Baca juga:" lines
 *     (links to other articles) are skipped;
 *  2. gazetteer: at each token the longest alias that matches, on token
 *     boundaries, within one sentence;
 *  3. short forms: a capitalised token that is part of the name of exactly
 *     one person named in this article ("Kim", "Putin", "Xi") refers to
 *     that person; a token shared by two people stays unresolved. Failing
 *     that, a family name only one person of the gazetteer bears ("Putin")
 *     refers to that person.
 */
#include "gazetteer.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

enum { REGION_TEXT = 0, REGION_BYLINE, REGION_SKIP };

static const char *const credit_labels[] = {
    "penulis", "editor", "reporter", "foto", "photo", "fotografer", "pewarta",
    "redaktur", "kontributor", "writer", "author", "sumber", "source", "video", NULL};

static int key_is(const erg_tokens_t *t, size_t i, const char *w)
{
    return t->tok[i].keylen == strlen(w) && memcmp(t->keys.buf + t->tok[i].key, w, t->tok[i].keylen) == 0;
}

static int key_in(const erg_tokens_t *t, size_t i, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (key_is(t, i, list[k]))
            return 1;
    return 0;
}

/* The first byte that is not a space or tab at or after `i`, before `end`. */
static size_t skip_blank(const char *s, size_t i, size_t end)
{
    while (i < end && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* The gap between tokens i and i+1 (or to the end of the line). */
static void gap(const erg_article_t *a, const erg_tokens_t *t, size_t i, size_t *gs, size_t *ge)
{
    *gs = t->tok[i].end;
    *ge = (i + 1 < t->n && t->tok[i + 1].line == t->tok[i].line) ? t->tok[i + 1].start : *gs;
    if (*ge == *gs) {
        size_t e = *gs;
        while (e < a->len && a->text[e] != '\n' && a->text[e] != '\r')
            e++;
        *ge = e;
    }
}

/* Is the gap text a dateline separator: ":" or a spaced dash, maybe after ")"? */
static int dateline_sep(const char *s, size_t gs, size_t ge)
{
    size_t i = skip_blank(s, gs, ge);
    if (i < ge && s[i] == ')')
        i = skip_blank(s, i + 1, ge);
    if (i < ge && s[i] == ':')
        return 1;
    int spaced = i > gs;
    if (i < ge && s[i] == '-')
        return spaced && i + 1 < ge && s[i + 1] == ' ';
    if (i + 2 < ge && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 1; /* en or em dash */
    return 0;
}

static void mark_regions(const erg_article_t *a, const erg_tokens_t *t, unsigned char *region)
{
    size_t i = 0;
    int next_line_byline = 0;
    while (i < t->n) {
        size_t line = t->tok[i].line, j = i;
        while (j < t->n && t->tok[j].line == line)
            j++;
        /* tokens i..j-1 form one line */
        if (next_line_byline) {
            memset(region + i, REGION_BYLINE, j - i);
            next_line_byline = 0;
            i = j;
            continue;
        }
        if (j - i >= 2 && key_is(t, i, "baca") && key_is(t, i + 1, "juga")) {
            memset(region + i, REGION_SKIP, j - i);
            i = j;
            continue;
        }
        for (size_t k = i; k < j; k++) {
            if (!(t->tok[k].flags & ERG_TOK_CAP) || !key_in(t, k, credit_labels))
                continue;
            size_t gs, ge;
            gap(a, t, k, &gs, &ge);
            size_t p = skip_blank(a->text, gs, ge);
            if (p < ge && a->text[p] == ':') {
                memset(region + k, REGION_BYLINE, j - k);
                if (k + 1 == j)
                    next_line_byline = 1;
                break;
            }
        }
        /* dateline: up to four capitalised tokens, then ":" or " - " */
        for (size_t k = i; k < j && k < i + 4 && region[k] == REGION_TEXT; k++) {
            int domain = k > i && t->tok[k].start == t->tok[k - 1].end + 1 &&
                         a->text[t->tok[k - 1].end] == '.'; /* the "com" of KOMPAS.com */
            if ((!(t->tok[k].flags & ERG_TOK_CAP) && !domain) || k + 1 == j)
                break;
            size_t gs, ge;
            gap(a, t, k, &gs, &ge);
            if (dateline_sep(a->text, gs, ge)) {
                memset(region + i, REGION_BYLINE, k + 1 - i);
                break;
            }
            size_t p = skip_blank(a->text, gs, ge);
            if (p < ge && a->text[p] != '.' && a->text[p] != '(' && a->text[p] != ',')
                break;
        }
        i = j;
    }
}

/* May tokens i and i+1 belong to one name? Same sentence, separated only by
 * spaces, hyphens, dots or apostrophes. */
static int joinable(const erg_article_t *a, const erg_tokens_t *t, size_t i)
{
    const erg_token_t *x = &t->tok[i], *y = &t->tok[i + 1];
    if (x->sent != y->sent || y->start - x->end > 4)
        return 0;
    for (size_t p = x->end; p < y->start; p++) {
        unsigned char c = (unsigned char)a->text[p];
        if (c == ' ' || c == '-' || c == '.' || c == '\'')
            continue;
        /* U+2019 right quote used as apostrophe, U+2010/2011 hyphens */
        if (c == 0xE2 && p + 2 < y->start + 1 && (unsigned char)a->text[p + 1] == 0x80) {
            unsigned char d = (unsigned char)a->text[p + 2];
            if (d == 0x99 || d == 0x90 || d == 0x91) {
                p += 2;
                continue;
            }
        }
        return 0;
    }
    return 1;
}

static int case_ok(const erg_tokens_t *t, size_t i, const erg_alias_t *al)
{
    unsigned f = t->tok[i].flags;
    if (al->flags & ERG_ALIAS_ACRONYM)
        return (f & ERG_TOK_ALLCAPS) != 0;
    return (f & (ERG_TOK_CAP | ERG_TOK_DIGIT | ERG_TOK_NOCASE)) != 0;
}

static int push(erg_mentions_t *m, const erg_gazetteer_t *g, const erg_tokens_t *t, size_t i,
                size_t j, size_t entity, unsigned char region)
{
    void *p = m->items;
    if (erg_grow(&p, &m->cap, m->n + 1, sizeof *m->items))
        return ERG_ENOMEM;
    m->items = p;
    erg_mention_t *x = &m->items[m->n++];
    x->start = t->tok[i].start;
    x->end = t->tok[j].end;
    x->entity = erg_gazetteer_name(g, entity);
    x->type = erg_gazetteer_type(g, entity);
    x->role = region == REGION_BYLINE ? ERG_ROLE_BYLINE : ERG_ROLE_MENTION;
    x->sentence = t->tok[i].sent;
    x->paragraph = t->tok[i].para;
    return 0;
}

/* Key of tokens i..i+len-1, in `key`. */
static int span_key(const erg_tokens_t *t, size_t i, size_t len, erg_buf_t *key)
{
    int rc = 0;
    key->len = 0;
    for (size_t k = i; k < i + len && !rc; k++) {
        if (k > i)
            rc = erg_buf_add(key, " ", 1);
        if (!rc)
            rc = erg_buf_add(key, t->keys.buf + t->tok[k].key, t->tok[k].keylen);
    }
    return rc;
}

/* An organization named after a state ("Badan intelijen Korea Selatan")
 * also mentions the state: add the states inside tokens [from, to). */
static int nested_states(const erg_gazetteer_t *g, const erg_tokens_t *t, size_t from, size_t to,
                         unsigned char region, erg_mentions_t *m)
{
    erg_buf_t key = {0};
    int rc = 0;
    for (size_t i = from; i < to && !rc; i++) {
        for (size_t len = to - i; len >= 1 && !rc; len--) {
            if ((rc = span_key(t, i, len, &key)))
                break;
            const erg_alias_t *al = erg_gazetteer_lookup(g, key.buf, key.len);
            if (al && erg_gazetteer_type(g, al->entity) == ERG_TYPE_STATE && case_ok(t, i, al)) {
                rc = push(m, g, t, i, i + len - 1, al->entity, region);
                i += len - 1;
                break;
            }
        }
    }
    erg_buf_release(&key);
    return rc;
}

static int gazetteer_pass(const erg_gazetteer_t *g, const erg_article_t *a, const erg_tokens_t *t,
                          const unsigned char *region, size_t *owner, erg_mentions_t *m)
{
    size_t maxtok = erg_gazetteer_maxtok(g);
    erg_buf_t key = {0};
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (region[i] == REGION_SKIP)
            continue;
        size_t span = 1;
        while (span < maxtok && i + span < t->n && joinable(a, t, i + span - 1) &&
               region[i + span] == region[i])
            span++;
        for (size_t len = span; len >= 1; len--) {
            if ((rc = span_key(t, i, len, &key)))
                break;
            const erg_alias_t *al = erg_gazetteer_lookup(g, key.buf, key.len);
            if (al && case_ok(t, i, al)) {
                rc = push(m, g, t, i, i + len - 1, al->entity, region[i]);
                for (size_t k = i; k < i + len; k++)
                    owner[k] = al->entity;
                if (!rc && len > 1 && erg_gazetteer_type(g, al->entity) == ERG_TYPE_ORGANIZATION)
                    rc = nested_states(g, t, i + 1, i + len, region[i], m);
                i += len - 1;
                break;
            }
        }
    }
    erg_buf_release(&key);
    return rc;
}

#define AMBIGUOUS ((size_t)-2)
#define NONE ((size_t)-1)

/* Adds each name token of a person (canonical name and forms met) to `sf`. */
static int add_name_tokens(erg_map_t *sf, const char *s, size_t n, size_t entity)
{
    erg_tokens_t nt = {0};
    int rc = erg_text_tokenize(s, n, &nt);
    for (size_t k = 0; !rc && k < nt.n; k++) {
        const char *key = nt.keys.buf + nt.tok[k].key;
        size_t kl = nt.tok[k].keylen;
        if (kl < 2 || !(nt.tok[k].flags & ERG_TOK_CAP))
            continue;
        size_t *v = erg_map_get(sf, key, kl);
        if (v && *v != entity)
            *v = AMBIGUOUS;
        else if (!v)
            rc = erg_map_put(sf, key, kl, entity);
    }
    erg_tokens_release(&nt);
    return rc;
}

static int short_form_pass(const erg_gazetteer_t *g, const erg_article_t *a, const erg_tokens_t *t,
                           const unsigned char *region, size_t *owner, erg_mentions_t *m)
{
    erg_map_t sf, seen;
    erg_map_init(&sf);
    erg_map_init(&seen);
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        size_t e = owner[i];
        if (e == NONE || region[i] != REGION_TEXT || erg_gazetteer_type(g, e) != ERG_TYPE_PERSON)
            continue;
        rc = add_name_tokens(&sf, a->text + t->tok[i].start, t->tok[i].end - t->tok[i].start, e);
        if (!rc && !erg_map_get(&seen, &e, sizeof e)) {
            const char *name = erg_gazetteer_name(g, e);
            rc = add_name_tokens(&sf, name, strlen(name), e);
            if (!rc)
                rc = erg_map_put(&seen, &e, sizeof e, 1);
        }
    }
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (owner[i] != NONE || region[i] == REGION_SKIP || !(t->tok[i].flags & ERG_TOK_CAP))
            continue;
        size_t *v = erg_map_get(&sf, t->keys.buf + t->tok[i].key, t->tok[i].keylen);
        size_t known = erg_gazetteer_surname(g, t->keys.buf + t->tok[i].key, t->tok[i].keylen);
        if (!v && known != NONE)
            v = &known; /* no one in this article: the one famous bearer */
        if (!v || *v == AMBIGUOUS)
            continue;
        /* "Kim Yo Jong" is not Kim Jong Un: the next capitalised token of a
         * name must belong to the same person */
        if (i + 1 < t->n && owner[i + 1] == NONE && joinable(a, t, i) &&
            (t->tok[i + 1].flags & ERG_TOK_CAP)) {
            size_t *w = erg_map_get(&sf, t->keys.buf + t->tok[i + 1].key, t->tok[i + 1].keylen);
            if (!w || *w != *v)
                continue;
        }
        rc = push(m, g, t, i, i, *v, region[i]);
        owner[i] = *v;
    }
    erg_map_release(&sf);
    erg_map_release(&seen);
    return rc;
}

static int cmp_mention(const void *pa, const void *pb)
{
    const erg_mention_t *x = pa, *y = pb;
    return (x->start > y->start) - (x->start < y->start);
}

void erg_mentions_init(erg_mentions_t *m) { memset(m, 0, sizeof *m); }

void erg_mentions_release(erg_mentions_t *m)
{
    free(m->items);
    free(m->sent_start);
    free(m->sent_end);
    erg_mentions_init(m);
}

int erg_recognize(const erg_gazetteer_t *g, const erg_article_t *a, erg_mentions_t *m,
                  erg_error_t *err)
{
    erg_tokens_t t = {0};
    unsigned char *region = NULL;
    size_t *owner = NULL;
    m->n = 0;
    int rc = erg_text_tokenize(a->text, a->len, &t);
    if (rc)
        goto cleanup;
    region = calloc(t.n + 1, 1);
    owner = malloc((t.n + 1) * sizeof *owner);
    if (!region || !owner) {
        rc = ERG_ENOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < t.n; i++)
        owner[i] = NONE;
    mark_regions(a, &t, region);
    if ((rc = gazetteer_pass(g, a, &t, region, owner, m)) ||
        (rc = short_form_pass(g, a, &t, region, owner, m)))
        goto cleanup;
    if (m->n)
        qsort(m->items, m->n, sizeof *m->items, cmp_mention);
    /* hand the sentence spans over to the caller, for evidence */
    free(m->sent_start);
    free(m->sent_end);
    m->sent_start = t.sent_start;
    m->sent_end = t.sent_end;
    m->nsent = t.nsent;
    t.sent_start = t.sent_end = NULL;
cleanup:
    erg_tokens_release(&t);
    free(region);
    free(owner);
    if (rc)
        return erg_fail(err, rc, "%s: %s", a->id, erg_strerror(rc));
    return 0;
}
