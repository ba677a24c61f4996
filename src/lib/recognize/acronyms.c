/*
 * acronyms.c: a name defined with its short form in brackets, "Bursa Efek
 * Indonesia (BEI)", "Lembaga Kajian Hukum (LKH)". When the name is one the
 * gazetteer does not know, the bracket joins the organization's mention
 * (news annotation counts it part of the name, and it is one entity), and
 * a person's short form becomes a mention of that person ("Adimas
 * Wiratmaja (AW)"). The short form, when written in capitals and defined
 * for one entity only, is that entity wherever else the article uses it
 * ("BPH Migas" after "Badan Pengatur Hilir Minyak dan Gas Bumi (BPH
 * Migas)"). Two known forms of one entity ("Korea Utara (Korut)") stay two
 * mentions, and two known entities ("Jakarta (ANTARA)") are left alone.
 *
 * Runs after discovery and before coref, so that coref sees the short form
 * as part of a person's name ("Susilo Bambang Yudhoyono (SBY)").
 */
#include "ergraph.h"
#include "mem.h"
#include "recognize_internal.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define MAX_SHORT 3 /* tokens in a bracketed short form */

typedef struct {
    size_t mention;  /* defining mention */
    size_t first;    /* its short form's first token */
    size_t ntok;
    erg_buf_t key;   /* the short form's phrase key */
    int ambiguous;   /* defined for two entities */
    const char *displaced; /* key of the gazetteer entity the short form
                            * means elsewhere, which this article's does not */
} def_t;

/* Mention `to` becomes the entity of `from`. */
static void adopt(erg_mention_t *to, const erg_mention_t *from)
{
    to->entity = from->entity;
    to->key = from->key;
    to->type = from->type;
    to->flags = (to->flags & ~(unsigned)ERG_MENTION_DISCOVERED) | (from->flags & ERG_MENTION_DISCOVERED);
}

/* Bytes s[from..to) are spaces and exactly one `c`. */
static int only_spaces_and(const char *s, size_t from, size_t to, char c)
{
    int seen = 0;
    for (size_t p = from; p < to; p++) {
        if (s[p] == c && !seen)
            seen = 1;
        else if (s[p] != ' ')
            return 0;
    }
    return seen;
}

/* The short form in brackets right after token j: its last token, or
 * ERG_RZ_NONE. */
static size_t bracketed(const erg_rz_t *rz, size_t j, size_t *close)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    size_t a = j + 1;
    if (a >= t->n || t->tok[a].sent != t->tok[j].sent || !(t->tok[a].flags & ERG_TOK_CAP) ||
        !only_spaces_and(s, t->tok[j].end, t->tok[a].start, '('))
        return ERG_RZ_NONE;
    for (size_t e = a; e < a + MAX_SHORT && e < t->n; e++) {
        if (e > a && (!erg__rz_joinable(rz, e - 1) || s[t->tok[e - 1].end] == '.'))
            break;
        size_t p = t->tok[e].end;
        while (p < rz->a->len && s[p] == ' ')
            p++;
        if (p < rz->a->len && s[p] == ')') {
            *close = p + 1;
            return e;
        }
    }
    return ERG_RZ_NONE;
}

/* The mention owning exactly tokens a..e, ERG_RZ_NONE when none does, or
 * (size_t)-2 when they are owned otherwise. */
static size_t owner_of(const erg_rz_t *rz, size_t a, size_t e)
{
    size_t k = rz->owner[a];
    for (size_t i = a; i <= e; i++)
        if (rz->owner[i] != k)
            return (size_t)-2;
    if (k != ERG_RZ_NONE && ((a > 0 && rz->owner[a - 1] == k) ||
                             (e + 1 < rz->t.n && rz->owner[e + 1] == k)))
        return (size_t)-2;
    return k;
}

/* Do the letters of short[0..sn) occur, in order, among those of
 * name[0..nn), the first two firsts alike (ASCII letters, case folded)?
 * "BEI" fits "Bursa Efek Indonesia", "Jokowi" "Joko Widodo", "BPH Migas"
 * "Badan Pengatur Hilir Minyak dan Gas Bumi"; "USAID" does not fit
 * "Amerika Serikat", nor "PM" "Inggris". */
static int fits(const char *shrt, size_t sn, const char *name, size_t nn)
{
    size_t a = 0, b = 0;
    int first = 1;
    for (; a < sn; a++) {
        int c = (unsigned char)shrt[a];
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            continue;
        while (b < nn && ((unsigned char)name[b] | 0x20) != (c | 0x20)) {
            if (first && (((unsigned char)name[b] | 0x20) >= 'a' && ((unsigned char)name[b] | 0x20) <= 'z'))
                return 0; /* the short form starts as the name does */
            b++;
        }
        if (b == nn)
            return 0;
        b++;
        first = 0;
    }
    return !first;
}

/* Is token k "Tbk", the mark of a company listed on the stock exchange? */
static int tbk(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *t = &rz->t.tok[k];
    return t->keylen == 3 && memcmp(rz->t.keys.buf + t->key, "tbk", 3) == 0;
}

/* Is token k a company's prefix, capitalised ("PT", "CV")? */
static int prefix_at(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *t = &rz->t.tok[k];
    return (t->flags & ERG_TOK_CAP) && erg__company_prefix(rz, rz->t.keys.buf + t->key, t->keylen);
}

/* May the bracket tokens a..e belong to mention x? Not with a number in
 * them ("(Rp 148 miliar)"); a short form in capitals must be one of the
 * words written or of the entity's name ("(BEI)"), or a stock code after
 * "Tbk"; other words are part of the name ("PT Pertamina (Persero)"). */
static int short_form_of(const erg_rz_t *rz, const erg_mention_t *x, size_t a, size_t e)
{
    for (size_t k = a; k <= e; k++)
        if ((rz->t.tok[k].flags & ERG_TOK_DIGIT) ||
            (!(rz->t.tok[k].flags & (ERG_TOK_CAP | ERG_TOK_NOCASE)) &&
             !(rz->cls[k] & (ERG_LX_BIT(ERG_LX_FUNCTION) | ERG_LX_BIT(ERG_LX_CONJUNCTION)))))
            return 0; /* an amount, or a clause: "(British unless stated)" */
    if (!(rz->t.tok[a].flags & ERG_TOK_ALLCAPS))
        return 1;
    const char *s = rz->a->text + rz->t.tok[a].start;
    size_t n = rz->t.tok[e].end - rz->t.tok[a].start;
    if (a == e && n == 4 && tbk(rz, a - 1))
        return 1; /* a listed company's stock code: "PT XL Axiata Tbk (EXCL)" */
    const char *name = rz->a->text + x->start;
    size_t len = x->end - x->start, f = erg__tokens_at(&rz->t, x->start);
    if (f + 1 < a && rz->t.tok[f + 1].start < x->end && prefix_at(rz, f)) {
        name = rz->a->text + rz->t.tok[f + 1].start; /* the legal form leads the name, not its
                                                      * initials: "PT Dharma Nyata Press (DNP)" */
        len = x->end - rz->t.tok[f + 1].start;
    }
    return fits(s, n, name, len) || fits(s, n, x->entity, strlen(x->entity));
}

/* Are the bracket tokens j+1..e, two or more, capitalised words of the
 * name ending at token j, in its order ("Badan Pengawasan Mutu Benih
 * Nasional (Badan Mutu)")? A short form of
 * words, used alone later as an acronym is. */
static int words_of(const erg_rz_t *rz, size_t j, size_t e)
{
    const erg_tokens_t *t = &rz->t;
    if (e < j + 2 || rz->owner[j] == ERG_RZ_NONE)
        return 0;
    size_t q = j + 1, first = j;
    while (first > 0 && rz->owner[first - 1] == rz->owner[j])
        first--;
    for (size_t k = first; k <= j && q <= e; k++)
        if ((t->tok[q].flags & ERG_TOK_CAP) && same_key(rz, k, q))
            q++;
    return q > e;
}

/* Does a word of the bracket, tokens a..e, begin as a word of mention x
 * does (its first three letters: "Robert Mugabe (Bob)" no, "Muhammad Faisal
 * (Ical)" no, "Jonathan Rhys Meyers (Jon)" yes)? A short name of a person
 * takes from the name; a club or a party does not. */
static int shares_start(const erg_rz_t *rz, const erg_mention_t *x, size_t a, size_t e)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t k = a; k <= e; k++)
        for (size_t q = erg__tokens_at(t, x->start); q < a && t->tok[q].end <= x->end; q++) {
            size_t n = t->tok[k].keylen < 3 ? t->tok[k].keylen : 3;
            if (t->tok[q].keylen >= n && memcmp(t->keys.buf + t->tok[k].key, t->keys.buf + t->tok[q].key, n) == 0)
                return 1;
        }
    return 0;
}

/* Is the bracket a..e (first token s1) after English person x the club or
 * party the person plays or stands for ("Thomas Castaignede (Castres)"),
 * not a short name ("(JFK)", "(Jon)")? */
static int club_after(const erg_rz_t *rz, const erg_mention_t *x, const erg_token_t *s1, size_t a, size_t e)
{
    return rz->lang == ERG_LX_EN && !(s1->flags & ERG_TOK_ALLCAPS) && !shares_start(rz, x, a, e);
}

/* Is a word of tokens a..e, alone, a known place or state ("Persita
 * Tangerang")? A person's short name holds none. (A short name of one
 * word the model read as a body's stays the person's: "Maruarar Sirait
 * (Ara)".) */
static int known_place_in(const erg_rz_t *rz, size_t a, size_t e)
{
    for (size_t k = a; k <= e; k++) {
        const erg_alias_t *al = erg__gazetteer_lookup(rz->g, rz->t.keys.buf + rz->t.tok[k].key, rz->t.tok[k].keylen);
        erg_type_t type = al ? erg__gazetteer_type(rz->g, al->entity) : ERG_TYPE_PERSON;
        if (type == ERG_TYPE_PLACE || type == ERG_TYPE_STATE)
            return 1;
    }
    return 0;
}

/* Do the capitalised words of s[0..n) begin with the letters of a[0..an),
 * one each, in order ("British Retail Consortium", "BRC")? */
static int initials_are(const char *s, size_t n, const char *a, size_t an)
{
    size_t l = 0;
    for (size_t p = 0; p < n; p++) {
        if (p > 0 && s[p - 1] != ' ' && s[p - 1] != '-')
            continue;
        if (s[p] >= 'A' && s[p] <= 'Z') {
            if (l == an || s[p] != a[l])
                return 0;
            l++;
        }
    }
    return l == an;
}

/* Tokens a..j, for shares_word. */
typedef struct {
    const erg_tokens_t *t;
    size_t a, j;
} run_t;

/* Does a capitalised word of the run hold a word of the alias key? */
static int shares_word(void *ctx, const char *key, size_t len)
{
    const run_t *r = ctx;
    for (size_t k = r->a; k <= r->j; k++)
        if ((r->t->tok[k].flags & ERG_TOK_CAP) &&
            erg__key_has_word(key, len, r->t->keys.buf + r->t->tok[k].key, r->t->tok[k].keylen))
            return 1;
    return 0;
}

/* Is the gazetteer's acronym y, alone in the brackets after the words
 * s[0..n) (tokens a..j), this article's short form of those words and
 * not of y's entity? The words' initials are its letters, and no
 * capitalised one is a word of any name of y's entity: "Perjanjian Kerja
 * Sama (PKS)" is no party, "Bureau of Indian Standards (BIS)" no bank,
 * "Agus Prasetyo (AP)" no news agency; "Badan Pengawasan Obat dan Makanan
 * (BPOM)" is the agency, whatever its spelling. */
static int redefines(const erg_rz_t *rz, size_t a, size_t j, const erg_mention_t *y)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    if ((y->flags & ERG_MENTION_DISCOVERED) || erg__tokens_at(t, y->start) != j + 1 ||
        y->end != t->tok[j + 1].end || !(t->tok[j + 1].flags & ERG_TOK_ALLCAPS) ||
        y->end - y->start < 2 || y->end - y->start > 6 ||
        !initials_are(s + t->tok[a].start, t->tok[j].end - t->tok[a].start, s + y->start, y->end - y->start))
        return 0;
    const erg_alias_t *al = erg__gazetteer_lookup(rz->g, y->key, strlen(y->key));
    run_t run = {t, a, j};
    return al && !erg__gazetteer_aliases(rz->g, al->entity, shares_word, &run);
}

/* Records definition f (its key made here), or marks the one of the same
 * short form ambiguous when it names another entity. */
static int record(erg_rz_t *rz, def_t f, def_t **defs, size_t *n, size_t *cap)
{
    if (erg__span_key(&rz->t, f.first, f.ntok, &f.key)) {
        erg__buf_release(&f.key);
        return ERG_ENOMEM;
    }
    for (size_t d = 0; d < *n; d++) {
        def_t *g = &(*defs)[d];
        if (g->key.len == f.key.len && memcmp(g->key.buf, f.key.buf, f.key.len) == 0) {
            if (strcmp(rz->m->items[g->mention].key, rz->m->items[f.mention].key) != 0)
                g->ambiguous = 1;
            erg__buf_release(&f.key);
            return 0;
        }
    }
    void *q = *defs;
    if (erg__grow(&q, cap, *n + 1, sizeof **defs)) {
        erg__buf_release(&f.key);
        return ERG_ENOMEM;
    }
    *defs = q;
    (*defs)[(*n)++] = f;
    return 0;
}

/* Joins the bracket after mention k (last token j) to it; records the
 * definition. */
static int define(erg_rz_t *rz, size_t k, size_t j, def_t **defs, size_t *n, size_t *cap)
{
    size_t close, e = bracketed(rz, j, &close);
    if (e == ERG_RZ_NONE)
        return 0;
    erg_mention_t *x = &rz->m->items[k];
    size_t p = owner_of(rz, j + 1, e);
    if (p == (size_t)-2)
        return 0;
    const char *displaced = NULL;
    if (p != ERG_RZ_NONE && (x->flags & ERG_MENTION_DISCOVERED) &&
        redefines(rz, erg__tokens_at(&rz->t, x->start), j, &rz->m->items[p])) {
        displaced = rz->m->items[p].key;
        rz->m->items[p].entity = NULL;
        for (size_t i = j + 1; i <= e; i++)
            rz->owner[i] = ERG_RZ_NONE;
        p = ERG_RZ_NONE;
    }
    if ((x->flags & ERG_MENTION_DISCOVERED) && (rz->cls[j + 1] & (1u << ERG_LX_EVENTHEAD)) &&
        (p == ERG_RZ_NONE || (rz->m->items[p].flags & ERG_MENTION_DISCOVERED))) {
        /* a standard, law, product or technology defined by its listed short
         * form: "Quick Response Code Indonesian Standard (QRIS)" */
        x->entity = NULL;
        if (p != ERG_RZ_NONE)
            rz->m->items[p].entity = NULL;
        return 0;
    }
    if (p == ERG_RZ_NONE && !short_form_of(rz, x, j + 1, e))
        return 0; /* an office, an amount, another body: "Inggris (PM)", "AS (USAID)" */
    int person = x->type == ERG_TYPE_PERSON;
    const erg_token_t *s1 = &rz->t.tok[j + 1];
    if (person && (x->flags & ERG_MENTION_DISCOVERED) && p == ERG_RZ_NONE &&
        (s1->flags & ERG_TOK_ALLCAPS) && (e > j + 1 || s1->end - s1->start >= 4)) {
        /* people go by three initials at most ("SBY"); a longer acronym
         * ("POTM", "BPH Migas") is an organization the tagger misread */
        x->type = ERG_TYPE_ORGANIZATION;
        person = 0;
    }
    if (p != ERG_RZ_NONE) {
        erg_mention_t *y = &rz->m->items[p];
        int xd = (x->flags & ERG_MENTION_DISCOVERED) != 0, yd = (y->flags & ERG_MENTION_DISCOVERED) != 0;
        if (!xd && !yd)
            return 0; /* two known forms stay two mentions: "Korea Utara (Korut)";
                       * two known entities are two: "Jakarta (ANTARA)" */
        if (x->type == ERG_TYPE_PERSON && y->type != ERG_TYPE_PERSON && !yd)
            return 0; /* a person and the team or country in brackets: "Rob Andrew (England)" */
        if (x->type == ERG_TYPE_PERSON && yd && club_after(rz, x, s1, j + 1, e)) {
            y->type = ERG_TYPE_ORGANIZATION;
            return 0;
        }
        if (x->type == ERG_TYPE_PERSON && yd && !(s1->flags & ERG_TOK_ALLCAPS) && !shares_start(rz, x, j + 1, e) &&
            e > j + 1 && known_place_in(rz, j + 1, e)) {
            if (y->type == ERG_TYPE_PERSON)
                y->type = ERG_TYPE_ORGANIZATION;
            return 0; /* the club a person plays for, or where they come from: "Daffa Fasya
                       * (Borneo FC)", "Alfharezzi Buffon (Persita Tangerang)", "Dewi Lestari
                       * (Kabupaten Bogor)" are no names of theirs (but "(Slim Shady)" is) */
        }
        if (xd && !yd && (y->type == ERG_TYPE_STATE || y->type == ERG_TYPE_PLACE) && !(s1->flags & ERG_TOK_ALLCAPS))
            return 0; /* a known state or place written out in brackets is no short form of
                       * the name before it, whatever the model typed that name: "Haile Desta
                       * (Ethiopia)" */
        if (strcmp(x->key, y->key) != 0) {
            if (xd && !yd)
                adopt(x, y);
            else
                adopt(y, x);
        }
        person = x->type == ERG_TYPE_PERSON; /* x may have become the bracket's person */
        if (!person)
            y->entity = NULL; /* joined to x; dropped by recognize.c */
    } else if (person && club_after(rz, x, s1, j + 1, e)) {
        erg_buf_t name = {0};
        int rc = erg__buf_add(&name, rz->a->text + s1->start, rz->t.tok[e].end - s1->start);
        rc = rc ? rc : erg__buf_add(&name, "", 1);
        rc = rc ? rc : erg__rz_push(rz, j + 1, e, name.buf, 1, ERG_TYPE_ORGANIZATION, ERG_MENTION_DISCOVERED);
        erg__buf_release(&name);
        return rc;
    } else if (person) {
        /* a person's short form is a mention of its own: "Joko Widodo (Jokowi)" */
        int rc = erg__rz_push(rz, j + 1, e, x->entity, 0, x->type, x->flags & ERG_MENTION_DISCOVERED);
        if (rc)
            return rc;
        x = &rz->m->items[k];
    }
    if (!person) {
        x->end = close;
        for (size_t i = j + 1; i <= e; i++)
            rz->owner[i] = k;
    }
    if ((!(s1->flags & ERG_TOK_ALLCAPS) && !words_of(rz, j, e)) || s1->end - s1->start < 2)
        return 0; /* "(Persero)": part of this name, no short form elsewhere */
    return record(rz, (def_t){k, j + 1, e - j, {0}, 0, displaced}, defs, n, cap);
}

/* "Forum Perjuangan Driver Pariwisata (FPDP) Bali": a discovered body's
 * name that runs on past its short form in brackets defines it too. k is
 * the mention, j its last token. */
static int define_inside(erg_rz_t *rz, size_t k, size_t j, def_t **defs, size_t *n, size_t *cap)
{
    const erg_mention_t *x = &rz->m->items[k];
    if (!(x->flags & ERG_MENTION_DISCOVERED) || x->type != ERG_TYPE_ORGANIZATION)
        return 0;
    for (size_t q = erg__tokens_at(&rz->t, x->start); q + 1 < j; q++) {
        size_t close, e = bracketed(rz, q, &close);
        if (e == ERG_RZ_NONE || e >= j)
            continue;
        for (size_t i = q + 1; i <= e; i++)
            if (rz->owner[i] != k || (rz->cls[i] & ERG_LX_BIT(ERG_LX_ORGTAIL)) || tbk(rz, i))
                return 0; /* "(Persero)" is the company's form, no short form */
        return record(rz, (def_t){k, q + 1, e - q, {0}, 0, NULL}, defs, n, cap);
    }
    return 0;
}

/* "PT DNP" after "PT Dharma Nyata Press (DNP)": the discovered company
 * whose name is a legal form and the short form at tokens i..e, else
 * ERG_RZ_NONE. */
static size_t legal_form_then(const erg_rz_t *rz, size_t i, size_t e)
{
    size_t q = rz->owner[i];
    if (i == 0 || q == ERG_RZ_NONE || rz->owner[i - 1] != q || (i >= 2 && rz->owner[i - 2] == q) ||
        !prefix_at(rz, i - 1))
        return ERG_RZ_NONE;
    for (size_t k = i; k <= e; k++)
        if (rz->owner[k] != q)
            return ERG_RZ_NONE;
    if (e + 1 < rz->t.n && rz->owner[e + 1] == q)
        return ERG_RZ_NONE;
    const erg_mention_t *x = &rz->m->items[q];
    return (x->flags & ERG_MENTION_DISCOVERED) && x->type == ERG_TYPE_ORGANIZATION ? q : ERG_RZ_NONE;
}

/* Every other use of a defined short form is its entity. */
static int resolve_uses(erg_rz_t *rz, const def_t *f)
{
    const erg_tokens_t *t = &rz->t;
    const erg_buf_t *want = &f->key;
    erg_buf_t got = {0};
    int rc = 0;
    for (size_t i = 0; !rc && i + f->ntok <= t->n; i++) {
        unsigned want_case = t->tok[f->first].flags & ERG_TOK_ALLCAPS ? ERG_TOK_ALLCAPS : ERG_TOK_CAP;
        if (i == f->first || rz->region[i] != ERG_REGION_TEXT || !(t->tok[i].flags & want_case))
            continue;
        if ((rc = erg__span_key(t, i, f->ntok, &got)) || got.len != want->len ||
            memcmp(got.buf, want->buf, got.len) != 0)
            continue;
        const erg_mention_t *d = &rz->m->items[f->mention];
        size_t e = i + f->ntok - 1, p = owner_of(rz, i, e);
        if (p == ERG_RZ_NONE) {
            rc = erg__rz_push(rz, i, e, d->entity, 0, d->type, d->flags & ERG_MENTION_DISCOVERED);
            d = &rz->m->items[f->mention]; /* the push may move the items */
        } else if (p != (size_t)-2 && ((rz->m->items[p].flags & ERG_MENTION_DISCOVERED) ||
                                       (f->displaced && strcmp(rz->m->items[p].key, f->displaced) == 0))) {
            adopt(&rz->m->items[p], d);
        } else if (p == (size_t)-2 && (p = legal_form_then(rz, i, e)) != ERG_RZ_NONE &&
                   d->type == ERG_TYPE_ORGANIZATION) {
            adopt(&rz->m->items[p], d);
        }
        i = e;
    }
    erg__buf_release(&got);
    return rc;
}

/* "the British Retail Consortium ... The BRC said": a discovered acronym
 * no bracket defined is the one organization of the article whose
 * capitalised words it is the initials of. */
static void undefined_initials(erg_rz_t *rz)
{
    erg_mentions_t *m = rz->m;
    for (size_t n = 0; n < m->n; n++) {
        erg_mention_t *y = &m->items[n];
        const char *a = rz->a->text + y->start;
        size_t an = y->end - y->start, k;
        if (!y->entity || y->type != ERG_TYPE_ORGANIZATION || !(y->flags & ERG_MENTION_DISCOVERED) ||
            an < 3 || an > 6)
            continue;
        for (k = 0; k < an && a[k] >= 'A' && a[k] <= 'Z'; k++)
            ;
        if (k != an)
            continue;
        size_t found = ERG_RZ_NONE;
        int two = 0;
        for (size_t q = 0; q < m->n && !two; q++) {
            const erg_mention_t *x = &m->items[q];
            if (q == n || !x->entity || x->type != ERG_TYPE_ORGANIZATION || strcmp(x->key, y->key) == 0 ||
                !initials_are(rz->a->text + x->start, x->end - x->start, a, an))
                continue;
            if (found != ERG_RZ_NONE && strcmp(m->items[found].key, x->key) != 0)
                two = 1;
            found = q;
        }
        if (found != ERG_RZ_NONE && !two) {
            const erg_mention_t *x = &m->items[found];
            const char *old = y->key;
            for (size_t q = 0; q < m->n; q++)
                if (m->items[q].entity && (m->items[q].flags & ERG_MENTION_DISCOVERED) &&
                    strcmp(m->items[q].key, old) == 0)
                    adopt(&m->items[q], x);
        }
    }
}

/* A gazetteer acronym in brackets after words no mention holds, which
 * redefines() finds the article's own short form of them: that acronym is
 * not the gazetteer's entity anywhere in the article. */
static void unowned_redefinitions(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    erg_mentions_t *m = rz->m;
    for (size_t n = 0; n < m->n; n++) {
        erg_mention_t *y = &m->items[n];
        size_t i = erg__tokens_at(t, y->start), close;
        if (!y->entity || (y->flags & ERG_MENTION_DISCOVERED) || i < 2 || !(t->tok[i].flags & ERG_TOK_ALLCAPS) ||
            bracketed(rz, i - 1, &close) != i)
            continue;
        size_t want = 0, caps = 0, a = i - 1;
        for (const char *c = s + y->start; c < s + y->end; c++)
            want += *c >= 'A' && *c <= 'Z';
        for (;; a--) {
            if (rz->owner[a] != ERG_RZ_NONE || (a < i - 1 && !erg__rz_joinable(rz, a)))
                break;
            if (t->tok[a].flags & ERG_TOK_CAP)
                caps++;
            else if (!(rz->cls[a] & (ERG_LX_BIT(ERG_LX_FUNCTION) | ERG_LX_BIT(ERG_LX_CONJUNCTION))) &&
                     t->tok[a].keylen > 3)
                break; /* "of" and "for" in an English name in Indonesian text too */
            if (caps == want || a == 0)
                break;
        }
        if (caps != want || !(t->tok[a].flags & ERG_TOK_CAP) || !redefines(rz, a, i - 1, y))
            continue;
        const char *key = y->key;
        size_t len = y->end - y->start;
        for (size_t q = 0; q < m->n; q++) {
            erg_mention_t *u = &m->items[q];
            size_t ui = erg__tokens_at(t, u->start), o = ui > 0 ? rz->owner[ui - 1] : ERG_RZ_NONE;
            if (u->entity && !(u->flags & ERG_MENTION_DISCOVERED) && strcmp(u->key, key) == 0 &&
                u->end - u->start == len && memcmp(s + u->start, s + y->start, len) == 0 &&
                !(o != ERG_RZ_NONE && o != q && m->items[o].key && strcmp(m->items[o].key, key) == 0 &&
                  bracketed(rz, ui - 1, &close) == ui))
                u->entity = NULL; /* but "Partai Keadilan Sejahtera (PKS)" */
        }
    }
}

int erg__rz_acronyms(erg_rz_t *rz)
{
    def_t *defs = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    unowned_redefinitions(rz);
    for (size_t j = 0; j < rz->t.n && !rc; j++) {
        size_t k = rz->owner[j];
        if (k == ERG_RZ_NONE || (j + 1 < rz->t.n && rz->owner[j + 1] == k))
            continue; /* not the last token of a mention */
        erg_mention_t *x = &rz->m->items[k];
        if (!x->entity || x->role != ERG_ROLE_MENTION || (x->flags & ERG_MENTION_NESTED))
            continue;
        if (j + 1 < rz->t.n && rz->owner[j + 1] == ERG_RZ_NONE && x->type == ERG_TYPE_ORGANIZATION &&
            rz->t.tok[j + 1].sent == rz->t.tok[j].sent && tbk(rz, j + 1)) {
            /* "PT Telkom Indonesia (Persero) Tbk (TLKM)": the listed company's
             * mark is its name's, and its stock code follows it */
            rz->owner[++j] = k;
            x->end = rz->t.tok[j].end;
        }
        rc = define(rz, k, j, &defs, &n, &cap);
        if (!rc)
            rc = define_inside(rz, k, j, &defs, &n, &cap);
    }
    for (size_t d = 0; d < n && !rc; d++)
        if (!defs[d].ambiguous)
            rc = resolve_uses(rz, &defs[d]);
    for (size_t d = 0; d < n; d++)
        erg__buf_release(&defs[d].key);
    free(defs);
    if (!rc)
        undefined_initials(rz);
    return rc;
}
