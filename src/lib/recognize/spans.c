/*
 * spans.c: mending the model's spans before discover.c judges them. The
 * model stops a name short of the short form it defines, cuts a name after
 * a rank, runs a body into the name of the person heading it, and runs a
 * regency into its head's name; these rules, read off the article's tokens
 * and word-list classes, move the candidates' ends.
 */
#include "ergraph.h"
#include "discover_internal.h"
#include "lexicon.h"
#include "recognize_internal.h"
#include "text.h"

#include <string.h>

/* A person's name starts right after a rank (data/lists/ranks-*.txt), which
 * no other word follows: a capitalised word the model left between the
 * rank and the name is the name's first ("AKP Agus Andi Anto", where
 * "Andi" often opens a name). Other titles may run on ("Menteri
 * Perhubungan", "Sekretaris Utama"), so only ranks. */
static void after_rank(const erg_rz_t *rz, cand_t *c)
{
    size_t k = c->i - 1;
    unsigned cue = (1u << ERG_LX_TITLE) | (1u << ERG_LX_HONORIFIC) | (1u << ERG_LX_RANK);
    if (c->type != ERG_TYPE_PERSON || c->i < 2 || !is_cap(rz, k) || (rz->t.tok[k].flags & ERG_TOK_ALLCAPS) ||
        rz->owner[k] != ERG_RZ_NONE || (rz->cls[k] & (JUNK_CLASSES | cue)) || !erg__rz_joinable(rz, k) ||
        !inner_gap(rz, k) || !erg__rz_joinable(rz, k - 1))
        return;
    if ((rz->cls[k - 1] & (1u << ERG_LX_RANK)) ||
        ((rz->cls[k - 1] & (1u << ERG_LX_TITLE)) && !is_cap(rz, k - 1)))
        c->i = k; /* and after a title in lowercase, which no title's words follow: "hakim ketua Sulistyo ..." */
}

/* "Mayor Udara Dwi Cahyono", "Kolonel Laut Ahmad": the navy's and the air
 * force's ranks name their service after the rank, a word of the rank and
 * not of the name the model opened there. */
static void rank_service(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->i;
    if (k < c->j && (rz->cls[k] & (1u << ERG_LX_RANK)) && erg__rz_joinable(rz, k))
        k++; /* the model took the rank in: "Letkol Laut" */
    if (rz->lang == ERG_LX_EN || k < 1 || k + 1 >= t->n || !is_cap(rz, k) ||
        !(key_is(rz, k, "laut") || key_is(rz, k, "udara")) || !(rz->cls[k - 1] & (1u << ERG_LX_RANK)) ||
        !erg__rz_joinable(rz, k - 1) || t->tok[k + 1].sent != t->tok[k].sent)
        return;
    k++;
    if (k + 1 < t->n && t->tok[k].end - t->tok[k].start == 1 && (t->tok[k].flags & ERG_TOK_ALLCAPS) &&
        gap_is(rz, k - 1, '('))
        k++; /* and its corps: "Letkol Laut (P) Waluyo" */
    if (k > c->j) { /* the model took the service alone: the name is the words after it */
        if (!is_cap(rz, k) || rz->owner[k] != ERG_RZ_NONE || t->tok[k].sent != t->tok[c->j].sent)
            return;
        c->j = k;
        while (c->j < k + 2 && c->j + 1 < t->n && erg__rz_joinable(rz, c->j) && is_cap(rz, c->j + 1) &&
               rz->owner[c->j + 1] == ERG_RZ_NONE && !rz->cls[c->j + 1])
            c->j++;
    }
    c->i = k;
    c->type = ERG_TYPE_PERSON;
}

/* Do the first letters of tokens i..j (function words and conjunctions
 * passed over) spell token a ("Badan Penyelenggara Jaminan Produk Halal":
 * "BPJPH"; "Perhimpunan Hotel dan Restoran Indonesia": "PHRI")? */
static int initials_spell(const erg_rz_t *rz, size_t i, size_t j, size_t a)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text, *w = s + t->tok[a].start;
    size_t n = t->tok[a].end - t->tok[a].start, l = 0;
    for (size_t k = i; k <= j; k++) {
        if ((rz->cls[k] & ((1u << ERG_LX_FUNCTION) | (1u << ERG_LX_CONJUNCTION))) && !is_cap(rz, k))
            continue;
        if (l == n || (s[t->tok[k].start] | 0x20) != (w[l] | 0x20))
            return 0;
        l++;
    }
    return l == n;
}

/* Does a ')' follow token k, spaces aside ("(BPJPH), Komite ...")? */
static int closes_bracket(const erg_rz_t *rz, size_t k)
{
    size_t p = rz->t.tok[k].end;
    while (p < rz->a->len && rz->a->text[p] == ' ')
        p++;
    return p < rz->a->len && rz->a->text[p] == ')';
}

/* The model often stops an organization's name short of its end when the
 * name defines its short form ("Badan Penyelenggara Jaminan | Produk Halal
 * (BPJPH)", "American Association | for the | Advancement of Science
 * (AAAS)"): where the capitalised run after a candidate (function words
 * between capitals passed over) reaches a bracket whose short form the
 * whole run's initials spell, the candidate runs on to the bracket, and
 * the candidates inside that run go. */
static void to_short_form(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0, upto = 0; /* candidates ending before `upto` were taken in */
    for (size_t c = 0; c < *n; c++) {
        cand_t x = v[c];
        if (out > 0 && upto && x.i > v[out - 1].i && x.j <= upto)
            continue; /* inside the run taken in, or its short form */
        if (x.type == ERG_TYPE_ORGANIZATION) {
            size_t k = x.j;
            for (int steps = 0; steps < 8 && k + 2 < t->n && t->tok[k + 1].sent == t->tok[k].sent; steps++) {
                if (gap_is(rz, k, '(')) {
                    if (k > x.j && (t->tok[k + 1].flags & ERG_TOK_ALLCAPS) && closes_bracket(rz, k + 1) &&
                        initials_spell(rz, x.i, k, k + 1)) {
                        x.j = k;
                        upto = k + 1;
                    }
                    break;
                }
                size_t nx = k + 1, o = rz->owner[nx];
                if (!erg__rz_joinable(rz, k) || !inner_gap(rz, k))
                    break;
                if (o != ERG_RZ_NONE) {
                    /* a known place inside: "Organisation for Security and Cooperation in | Europe |
                     * (OSCE)", taken in only if the bracket's initials spell the whole */
                    const erg_mention_t *y = &rz->m->items[o];
                    if ((y->type != ERG_TYPE_PLACE && y->type != ERG_TYPE_STATE) || y->start != t->tok[nx].start ||
                        !is_cap(rz, nx))
                        break;
                    k = erg__tokens_at(t, y->end) - 1;
                    continue;
                }
                if (is_cap(rz, nx) && !(rz->cls[nx] & JUNK_CLASSES & ~(1u << ERG_LX_TITLE)) &&
                    !(t->tok[nx].flags & ERG_TOK_ALLCAPS))
                    k = nx; /* a title may be a name's word here: "Yayasan Badan Wakaf Sultan Agung" */
                else if ((rz->cls[nx] & ((1u << ERG_LX_FUNCTION) | (1u << ERG_LX_CONJUNCTION))) && !is_cap(rz, nx) &&
                         (is_cap(rz, nx + 1) || (nx + 2 < t->n && (rz->cls[nx + 1] & (1u << ERG_LX_FUNCTION)) &&
                                                 is_cap(rz, nx + 2))))
                    k = nx; /* "for the" of "American Association for the Advancement of Science",
                             * "dan" of "Perhimpunan Hotel dan Restoran Indonesia" */
                else
                    break;
            }
        }
        v[out++] = x;
    }
    *n = out;
}

/* "the Albanian Macedonian Bulgarian | Oil Corporation (AMBO)": the model
 * left words of an organization's name out at its front, which the short
 * form in brackets right after it spells, a company's last word
 * ("Corporation") perhaps left out. The capitalised words before
 * the candidate (up to four, in no mention) that complete the initials
 * open its name. */
static void back_to_long_form(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t a = c->j + 1;
    if (c->type != ERG_TYPE_ORGANIZATION || a >= t->n || !gap_is(rz, c->j, '(') ||
        !(t->tok[a].flags & ERG_TOK_ALLCAPS) || !closes_bracket(rz, a) || initials_spell(rz, c->i, c->j, a))
        return;
    for (size_t i = c->i, steps = 0; i > 0 && steps < 4; steps++) {
        size_t k = i - 1;
        if (k > 0 && lower_conjunction(rz, k) &&
            t->tok[k].sent == t->tok[c->i].sent && erg__rz_joinable(rz, k) && inner_gap(rz, k))
            k--; /* "Perhimpunan Hotel dan | Restoran Indonesia (PHRI)" */
        if (!is_cap(rz, k) || rz->owner[k] != ERG_RZ_NONE || (rz->cls[k] & JUNK_CLASSES) ||
            t->tok[k].sent != t->tok[c->i].sent || !erg__rz_joinable(rz, k) || !inner_gap(rz, k))
            return;
        i = k;
        if (initials_spell(rz, i, c->j, a) ||
            (c->j > c->i && english_org(rz, c->j) && initials_spell(rz, i, c->j - 1, a))) {
            c->i = i;
            return;
        }
    }
}

/* Does the article write token i's word elsewhere, capitalised, right
 * after a place head word ("Kabupaten Rejang Lebong", "Kabupaten Blora"):
 * a place by the article's own words? */
static int after_head(const erg_rz_t *rz, size_t q)
{
    return (rz->cls[q - 1] & (1u << ERG_LX_LOCHEAD)) && is_cap(rz, q - 1) && is_cap(rz, q) &&
           erg__rz_joinable(rz, q - 1);
}

static int place_elsewhere(const erg_rz_t *rz, size_t i)
{
    /* the tokens after a head depend only on the tokens and their classes,
     * which no pass changes: listed once per article, in text order. The
     * list is a cache, so it is written through a const erg_rz_t (never a
     * const object: erg_recognize_opts's own). */
    erg_rz_t *own = (erg_rz_t *)rz;
    if (!rz->after_head.ready) {
        size_t cap = 0;
        own->after_head.n = 0;
        for (size_t q = 1; q < rz->t.n; q++) {
            if (!after_head(rz, q))
                continue;
            void *p = own->after_head.at;
            if (erg__grow(&p, &cap, own->after_head.n + 1, sizeof *own->after_head.at))
                goto scan; /* out of memory: the whole article, every time */
            own->after_head.at = p;
            own->after_head.at[own->after_head.n++] = q;
        }
        own->after_head.ready = 1;
    }
    for (size_t x = 0; x < rz->after_head.n; x++)
        if (rz->after_head.at[x] != i && same_key(rz, rz->after_head.at[x], i))
            return 1;
    return 0;
scan:
    for (size_t q = 1; q < rz->t.n; q++)
        if (q != i && after_head(rz, q) && same_key(rz, q, i))
            return 1;
    return 0;
}

/* "Bupati Blora Arief Rohman": the model ran the regency into its head's
 * name. The first word of an Indonesian "person" of three words or more,
 * or of two right after a title ("Wakil Bupati Puncak Naftali"), that the
 * article writes after a place head word ("Kabupaten Blora") is the
 * place, not the person's. */
static void place_off_front(const erg_rz_t *rz, cand_t *c)
{
    int titled = c->j == c->i + 1 && c->i > 0 && (rz->cls[c->i - 1] & (1u << ERG_LX_TITLE)) && is_cap(rz, c->i - 1);
    if (rz->lang != ERG_LX_EN && c->type == ERG_TYPE_PERSON && (c->j >= c->i + 2 || titled) &&
        place_elsewhere(rz, c->i))
        c->i++;
}

/* Is token k's word a short form the article defines in brackets before
 * it, after a capitalised long form ("Center of Economic and Law Studies
 * (Celios)")? */
static int bracketed_before(const erg_rz_t *rz, size_t k)
{
    for (size_t q = 1; q < k; q++)
        if (same_key(rz, q, k) && gap_is(rz, q - 1, '(') && closes_bracket(rz, q) && is_cap(rz, q - 1) &&
            rz->t.tok[q - 1].sent == rz->t.tok[q].sent)
            return 1;
    return 0;
}

/* "Peneliti Celios Dyah Ayu", "dalam Laporan Celios": the model ran a body
 * the article names by its short form in brackets into the name of the
 * person speaking for it, or took it with a capitalised common noun for a
 * person. The short form at the front of a "person" of three words or
 * more is the body's, not the person's; after dictionary words only, it
 * is the body alone. */
static void short_form_in_person(const erg_rz_t *rz, cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON || c->i == c->j)
        return;
    if (c->j >= c->i + 2 && !(rz->t.tok[c->i].flags & ERG_TOK_ALLCAPS) && bracketed_before(rz, c->i)) {
        c->i++;
        return;
    }
    for (size_t k = c->i; k < c->j; k++)
        if (!erg__dictionary_word(rz, k))
            return;
    if (bracketed_before(rz, c->j)) {
        c->i = c->j;
        c->type = ERG_TYPE_ORGANIZATION;
    }
}

/* "Lip-Bu Tan", "Jean-Pierre Raffarin": the model began a person's name
 * after the hyphen of a given name in two parts, or after the whole given
 * name, whose second part may be a listed word ("Bu" of "Lip-Bu" is no
 * honorific). The capitalised parts glued by a hyphen open the name; a
 * known name there is another one ("Prabowo-Gibran" is a pair). */
static void hyphen_front(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t h = c->i - 1; /* "Lip-Bu | Tan": the whole given name before the surname */
    if (c->type == ERG_TYPE_PERSON && c->i >= 2 && is_cap(rz, h - 1) && is_cap(rz, h) && hyphen_glued(rz, h - 1) &&
        inner_gap(rz, h) && erg__rz_joinable(rz, h) && t->tok[h].sent == t->tok[c->i].sent &&
        rz->region[h] == rz->region[c->i] &&
        !(rz->cls[h - 1] & JUNK_CLASSES) && rz->owner[h - 1] == ERG_RZ_NONE && rz->owner[h] == ERG_RZ_NONE &&
        !(t->tok[h - 1].flags & ERG_TOK_ALLCAPS) && !(t->tok[h].flags & ERG_TOK_ALLCAPS)) {
        c->i = h - 1;
        return;
    }
    for (int steps = 0; steps < 2 && c->type == ERG_TYPE_PERSON && c->i > 0; steps++) {
        size_t k = c->i - 1;
        if (!hyphen_glued(rz, k) || !is_cap(rz, k) || (t->tok[k].flags & ERG_TOK_ALLCAPS) ||
            rz->owner[k] != ERG_RZ_NONE || (rz->cls[k] & JUNK_CLASSES) ||
            t->tok[k].sent != t->tok[c->i].sent || rz->region[k] != rz->region[c->i])
            return;
        c->i = k;
    }
}

/* The model may also cut a name after a rank in two ("AKBP Kemas | Indra
 * Natanegara", the first word taken for an organization): a one-word
 * candidate right after a rank, followed at once by a person, opens that
 * person's name. */
static void join_after_rank(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t *x = &v[c], *y = c + 1 < *n ? &v[c + 1] : NULL;
        if (y && x->i == x->j && x->i > 0 && y->i == x->j + 1 && y->type == ERG_TYPE_PERSON &&
            (rz->cls[x->i - 1] & (1u << ERG_LX_RANK)) && erg__rz_joinable(rz, x->i - 1) &&
            erg__rz_joinable(rz, x->j) && inner_gap(rz, x->j) && !(rz->t.tok[x->i].flags & ERG_TOK_ALLCAPS)) {
            y->i = x->i;
            continue;
        }
        v[out++] = *x;
    }
    *n = out;
}

/* An Indonesian organization led by its head word, and the name of the
 * person who heads it: the model often drops the words between them
 * ("Kepala Badan Pangan | Nasional Arief | Prasetyo Adi"). Capitalised
 * common words right after the organization end its name ("Nasional",
 * "Negara"), also where a known body or place follows them ("Tertentu"
 * before "Bareskrim"); the other capitalised words up to the person open
 * the person's name ("Arief"). */
static void org_then_person(const erg_rz_t *rz, cand_t *v, size_t n)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t c = 0; c < n; c++) {
        cand_t *x = &v[c], *y = c + 1 < n ? &v[c + 1] : NULL;
        if (rz->lang == ERG_LX_EN || x->type != ERG_TYPE_ORGANIZATION || !(rz->cls[x->i] & (1u << ERG_LX_ORGHEAD)))
            continue;
        if (y && y->type == ERG_TYPE_PERSON && y->i == x->j + 1 && y->j >= y->i + 2 && !rz->headline[y->i] &&
            erg__rz_joinable(rz, x->j) &&
            inner_gap(rz, x->j) && either_lang(rz, y->i, ERG_LX_COMMON) && !(rz->cls[y->i] & JUNK_CLASSES)) {
            x->j = y->i++; /* "Pusat Kajian Demokrasi | Lokal Putri Anggraini": the model's person
                            * opened with the body's last word */
            continue;
        }
        size_t k = x->j + 1, end = y && y->type == ERG_TYPE_PERSON ? y->i : t->n;
        while (k < end && k <= x->j + 3 && erg__rz_joinable(rz, k - 1) && inner_gap(rz, k - 1) && is_cap(rz, k) &&
               rz->owner[k] == ERG_RZ_NONE && !(rz->cls[k] & (JUNK_CLASSES | (1u << ERG_LX_LOCHEAD))) &&
               !(t->tok[k].flags & ERG_TOK_ALLCAPS))
            k++;
        if (y && k == y->i && (!erg__rz_joinable(rz, k - 1) || !inner_gap(rz, k - 1)))
            continue; /* "Jaya Konstruksi, Angga Bagus": a comma parts them */
        int person_after = end != t->n;
        if (k == x->j + 1 || (person_after && k < end))
            continue; /* nothing between, or capitals that stop short of the person */
        if (!person_after && k < t->n && is_cap(rz, k) &&
            erg__known_at(rz, k, (1u << ERG_TYPE_ORGANIZATION) | (1u << ERG_TYPE_PLACE)) == ERG_RZ_NONE)
            continue; /* no person after, and the capitals go on: leave them */
        size_t q = x->j + 1;
        while (q < k && (either_lang(rz, q, ERG_LX_COMMON) || (rz->cls[q] & (1u << ERG_LX_ORGTAIL))))
            q++;
        if (person_after)
            y->i = q; /* "Arief" opens "Arief Prasetyo Adi" */
        else if (q != k)
            continue; /* no person after: only common words may join the organization */
        x->j = q - 1; /* "Nasional" ends "Badan Pangan Nasional" */
    }
}


/* "Kepala Kejaksaan | Tinggi Sulawesi Selatan": a candidate opening with
 * a seat word (seats-id.txt) takes in the body's head word the model left
 * out before it, or gave a candidate of its own. */
static void head_before_seat(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t x = v[c];
        size_t h = x.i - 1;
        if (rz->lang != ERG_LX_EN && x.i > 0 && (rz->cls[x.i] & (1u << ERG_LX_SEAT)) && is_cap(rz, x.i) &&
            (rz->cls[h] & (1u << ERG_LX_ORGHEAD)) && is_cap(rz, h) && rz->owner[h] == ERG_RZ_NONE &&
            erg__rz_joinable(rz, h) && inner_gap(rz, h)) {
            int alone = out > 0 && v[out - 1].i == h; /* the head word, a candidate of its own */
            if (alone || out == 0 || v[out - 1].j < h) {
                out -= alone;
                x.i = h;
                x.type = ERG_TYPE_ORGANIZATION;
            }
        }
        v[out++] = x;
    }
    *n = out;
}

/* An Indonesian body whose name ends in a word its seat follows
 * (data/lists/seats-id.txt: "Kejaksaan Negeri", "Pengadilan Tinggi") and
 * the place of the seat, which the model often reads as a name of its own
 * ("Kejaksaan Negeri | Rejang Lebong", a person): a candidate of three
 * words at most right after it, ending at a comma, a lowercase word or the
 * sentence's end, finishes the body's name. A "person" there is the seat
 * only when the article says so: a person named after the comma
 * ("Kepala Kejaksaan Negeri Rejang Lebong, Fransisco Tarigan") or the
 * place written elsewhere after a place head word. */
static void seat_after(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t *x = &v[out++], *y = c + 1 < *n ? &v[c + 1] : NULL;
        *x = v[c];
        if (rz->lang == ERG_LX_EN || x->type == ERG_TYPE_PERSON || !(rz->cls[x->i] & (1u << ERG_LX_ORGHEAD)) ||
            !(rz->cls[x->j] & (1u << ERG_LX_SEAT)) || !y || y->i != x->j + 1 || y->j > y->i + 2 ||
            !erg__rz_joinable(rz, x->j) || !inner_gap(rz, x->j))
            continue;
        size_t e = y->j + 1;
        if (e < t->n && t->tok[e].sent == t->tok[y->j].sent && is_cap(rz, e) && inner_gap(rz, y->j))
            continue; /* capitals go on: another name follows */
        if (y->type == ERG_TYPE_PERSON) {
            const cand_t *z = c + 2 < *n ? &v[c + 2] : NULL;
            int named_after = z && z->type == ERG_TYPE_PERSON && z->i == e && gap_is(rz, y->j, ',');
            if (!named_after && !place_elsewhere(rz, y->i))
                continue;
        }
        x->j = y->j;
        c++; /* y is the seat */
    }
    *n = out;
}

/* "the British Retail Consortium", "the German Aerospace Centre": the
 * model leaves a nationality out of an English organization's name. A
 * nationality (generic-en.txt, a word the dictionary does not write in
 * lowercase, and no plural: not "Analysts", "Staff" or "Britons") between
 * "the" and an organization opens the organization's name. */
static void nationality_front(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->i - 1;
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION || c->i < 2 || !is_cap(rz, k) ||
        (t->tok[k].flags & ERG_TOK_ALLCAPS) || !(rz->cls[k] & (1u << ERG_LX_GENERIC)) ||
        rz->owner[k] != ERG_RZ_NONE || !erg__rz_joinable(rz, k) || !inner_gap(rz, k) || is_cap(rz, k - 1) ||
        !erg__rz_joinable(rz, k - 1))
        return;
    const char *key = t->keys.buf + t->tok[k].key;
    size_t len = t->tok[k].keylen;
    const char *the = t->keys.buf + t->tok[k - 1].key;
    if (len < 2 || key[len - 1] == 's' || erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, key, len) ||
        t->tok[k - 1].keylen != 3 || memcmp(the, "the", 3) != 0)
        return;
    c->i = k;
}

/* The mention owning the token list-wise next to token k, one step
 * towards `dir` (-1 left, +1 right) over ", " or " dan "/" and "; its
 * type, or -1 when none: "Ngawi, Magetan, Madiun, dan Sragen". *at moves
 * to that mention's far end. */
static int list_neighbour(const erg_rz_t *rz, size_t *at, int dir)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = *at;
    if ((dir < 0 && k == 0) || (dir > 0 && k + 1 >= t->n))
        return -1;
    size_t gap = dir < 0 ? k - 1 : k; /* the gap after token `gap` */
    size_t q = dir < 0 ? k - 1 : k + 1;
    if (t->tok[q].sent != t->tok[k].sent)
        return -1;
    if (gap_is(rz, gap, ',')) {
        if (dir > 0 && lower_conjunction(rz, q) && q + 1 < t->n &&
            erg__rz_joinable(rz, q))
            q++; /* ", dan Lamongan" */
    } else {
        if (!lower_conjunction(rz, q) || !erg__rz_joinable(rz, gap))
            return -1;
        if ((dir < 0 && q == 0) || (dir > 0 && q + 1 >= t->n))
            return -1;
        size_t before = dir < 0 ? q - 1 : q;
        if (gap_is(rz, before, ',') || erg__rz_joinable(rz, before)) /* ", dan" or " dan " */
            q = dir < 0 ? q - 1 : q + 1;
        else
            return -1;
    }
    size_t o = rz->owner[q];
    if (o == ERG_RZ_NONE || !rz->m->items[o].entity)
        return -1;
    while (dir < 0 ? q > 0 && rz->owner[q - 1] == o : q + 1 < t->n && rz->owner[q + 1] == o)
        q = dir < 0 ? q - 1 : q + 1;
    *at = q;
    return (int)rz->m->items[o].type;
}

int erg__place_by_article(const erg_rz_t *rz, const cand_t *c)
{
    /* the list step's neighbours are mentions found so far: the gazetteer's,
     * and the names discovered before this one */
    if (c->type == ERG_TYPE_PERSON && c->j <= c->i + 1 && rz->lang != ERG_LX_EN &&
        place_elsewhere(rz, c->i) && (c->i == c->j || place_elsewhere(rz, c->j)))
        return 1; /* "Kabupaten Sragen" elsewhere */
    if (c->j != c->i || (c->type != ERG_TYPE_PERSON && c->type != ERG_TYPE_ORGANIZATION))
        return 0; /* "Desa Sumberejo, Kecamatan Sine, Dwi Minarto (42)": a place, then its head */
    int places = 0, others = 0, ty;
    size_t at = c->i;
    for (int steps = 0; steps < 6 && (ty = list_neighbour(rz, &at, -1)) >= 0; steps++)
        ty == ERG_TYPE_PLACE ? places++ : others++;
    size_t first = at;
    at = c->j;
    for (int steps = 0; steps < 6 && (ty = list_neighbour(rz, &at, +1)) >= 0; steps++)
        ty == ERG_TYPE_PLACE ? places++ : others++;
    int conj = 0; /* a list has its "dan", maybe before a name not yet found */
    for (size_t k = first; k <= at + 1 && k < rz->t.n && rz->t.tok[k].sent == rz->t.tok[c->i].sent; k++)
        conj |= lower_conjunction(rz, k);
    return conj && places >= 2 && others == 0; /* among places: "Ngawi, Magetan, Madiun, dan Sragen" */
}

/* "AAAS (American Association for the Advancement of Science)", "RSS
 * (Really Simple Syndication)": a long form in brackets after its short
 * form. A candidate inside the bracket, when the capitalised run from the
 * bracket's start to its end (function words passed over) spells the
 * short form before it, is that run, an organization when a head word is
 * in it, or nothing when the short form is a listed thing (things-*.txt:
 * "RSS"); the model often cuts such a run
 * ("American Association") or starts it late ("Simple Syndication"). */
static void long_form_in_brackets(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t x = v[c];
        size_t a = x.i;
        while (a > 0 && t->tok[a - 1].sent == t->tok[x.i].sent && !gap_is(rz, a - 1, '(') &&
               erg__rz_joinable(rz, a - 1) && x.i - a < 8)
            a--; /* the bracket's first word */
        if (a == 0 || !gap_is(rz, a - 1, '(') || !(t->tok[a - 1].flags & ERG_TOK_ALLCAPS) ||
            (rz->owner[a - 1] != ERG_RZ_NONE && !(rz->cls[a - 1] & (1u << ERG_LX_THING)))) {
            v[out++] = x;
            continue;
        }
        size_t e = x.j;
        while (e + 1 < t->n && t->tok[e + 1].sent == t->tok[e].sent && erg__rz_joinable(rz, e) &&
               inner_gap(rz, e) && e - a < 10)
            e++; /* to the bracket's last word */
        if (!closes_bracket(rz, e) || !initials_spell(rz, a, e, a - 1)) {
            v[out++] = x;
            continue;
        }
        if (either_lang(rz, a - 1, ERG_LX_THING)) {
            while (c + 1 < *n && v[c + 1].i <= e)
                c++; /* a thing's long form: no name at all */
            continue;
        }
        cand_t run = {a, e, ERG_TYPE_ORGANIZATION};
        int head = 0;
        for (size_t k = a; k <= e; k++)
            head |= either_lang(rz, k, ERG_LX_ORGHEAD) || english_org(rz, k) || either_lang(rz, k, ERG_LX_ORGTAIL);
        if (!head) {
            v[out++] = x; /* no body's head word: a mission or a permit ("Double Asteroid Redirection Test") */
            continue;
        }
        x = run;
        while (c + 1 < *n && v[c + 1].i <= e)
            c++; /* the other pieces of the run */
        v[out++] = x;
    }
    *n = out;
}

/* Is token k a listed given name (firstnames-*.txt)? */
static int given_name(const erg_rz_t *rz, size_t k)
{
    return (rz->cls[k] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) != 0;
}

/* "Bank Oyens | & | Van Eeghen": two names joined by an ampersand are one
 * firm's, whatever the model made of each half, but two people named in
 * full are two ("Karl Lang & Harvey Dean": a person of two words or more,
 * or a given name opening either half). */
static void join_ampersand(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t *x = out ? &v[out - 1] : NULL, *y = &v[c];
        int two_people = x && ((x->j > x->i && (x->type == ERG_TYPE_PERSON || given_name(rz, x->i))) ||
                               (y->j > y->i && given_name(rz, y->i)));
        if (x && y->i == x->j + 1 && gap_is(rz, x->j, '&') && is_cap(rz, y->i) &&
            rz->region[x->j] == rz->region[y->i] && !two_people) {
            x->j = y->j;
            x->type = ERG_TYPE_ORGANIZATION;
            continue;
        }
        v[out++] = *y;
    }
    *n = out;
}

/* "Universitas Islam | Sultan | Agung (Unissula)": a body named after a
 * titled person, which the model cut into the body's head and a person,
 * the title with either or between them.
 * Where a short form in brackets no mention holds follows the person, the
 * short form is the body's (a person's name has none but initials; a
 * party's, "(PKS)", is a known name), so the three are one Indonesian
 * body's name. */
static void eponym(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t *x = out ? &v[out - 1] : NULL, *y = &v[c];
        size_t g = x ? x->j + 1 : 0, a = y->j + 1;
        unsigned title = 1u << ERG_LX_TITLE;
        if (x && rz->lang != ERG_LX_EN && x->type == ERG_TYPE_ORGANIZATION && y->type == ERG_TYPE_PERSON &&
            (rz->cls[x->i] & (1u << ERG_LX_ORGHEAD)) &&
            ((y->i == g && (((rz->cls[g] & title) && y->j > g) || ((rz->cls[x->j] & title) && x->j > x->i))) ||
             (y->i == g + 1 && is_cap(rz, g) && (rz->cls[g] & title) && rz->owner[g] == ERG_RZ_NONE &&
              inner_gap(rz, g))) &&
            inner_gap(rz, x->j) && erg__rz_joinable(rz, x->j) && a < t->n && gap_is(rz, y->j, '(') &&
            is_cap(rz, a) && !(t->tok[a].flags & ERG_TOK_DIGIT) && rz->owner[a] == ERG_RZ_NONE &&
            closes_bracket(rz, a) && t->tok[a].sent == t->tok[x->i].sent) {
            x->j = y->j;
            continue;
        }
        v[out++] = *y;
    }
    *n = out;
}

/* Does token k open a company's name (a word of expansions-*.txt with no
 * long form: "PT", "CV")? */
static int company_prefix(const erg_rz_t *rz, size_t k)
{
    return erg__company_prefix(rz, rz->t.keys.buf + rz->t.tok[k].key, rz->t.tok[k].keylen);
}

/* "PT Sumatera | Riang Lestari", "PT Tol Jagat | Kerthi Bali": a company
 * named after its prefix is written whole, up to a comma, a bracket or a
 * lowercase word, over the places in it and the "person" the model made of
 * its tail. Not after a title or a job, where a person's name may follow
 * the company's at once ("Direktur PT Sinar Jaya Budi Santoso"). */
static void company_runs_on(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t x = v[c];
        int titled = x.i > 0 && t->tok[x.i - 1].sent == t->tok[x.i].sent &&
                     ((rz->cls[x.i - 1] & (1u << ERG_LX_TITLE)) || either_lang(rz, x.i - 1, ERG_LX_JOB));
        if (x.type == ERG_TYPE_ORGANIZATION && x.j > x.i && company_prefix(rz, x.i) && titled) {
            while (x.j + 1 < t->n && is_cap(rz, x.j + 1) && rz->owner[x.j + 1] == ERG_RZ_NONE &&
                   (rz->cls[x.j + 1] & ERG_LX_BIT(ERG_LX_ORGTAIL)) && inner_gap(rz, x.j) &&
                   erg__rz_joinable(rz, x.j) && !(c + 1 < *n && v[c + 1].i == x.j + 1))
                x.j++; /* a company's tail is no person's: "Analis PT Bintang Timur | Sekuritas" */
        } else if (x.type == ERG_TYPE_ORGANIZATION && x.j > x.i && company_prefix(rz, x.i)) {
            size_t k = x.j;
            while (k + 1 < t->n && k - x.i < 8 && inner_gap(rz, k) && erg__rz_joinable(rz, k) &&
                   t->tok[k + 1].sent == t->tok[k].sent && is_cap(rz, k + 1) &&
                   !(rz->cls[k + 1] & JUNK_CLASSES)) {
                size_t o = rz->owner[k + 1];
                if (c + 1 < *n && v[c + 1].i == k + 1) {
                    k = v[++c].j; /* the model's "person" or body of the tail */
                    continue;
                }
                if (o != ERG_RZ_NONE && (rz->m->items[o].type != ERG_TYPE_PLACE ||
                                         (rz->m->items[o].flags & ERG_MENTION_DISCOVERED)))
                    break;
                k++;
            }
            x.j = k;
        }
        v[out++] = x;
    }
    *n = out;
}

/* Is token k a common noun capitalised in a body's name: a dictionary or
 * common word, or an Indonesian noun made with pe-/ke-/per- ... -an
 * ("Pendidikan", "Kebudayaan", "Pembangunan")? */
static int common_noun(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    const char *w = t->keys.buf + t->tok[k].key;
    size_t n = t->tok[k].keylen;
    if (erg__dictionary_word(rz, k) || either_lang(rz, k, ERG_LX_COMMON))
        return 1;
    return rz->lang != ERG_LX_EN && n >= 9 && memcmp(w + n - 2, "an", 2) == 0 &&
           (memcmp(w, "pe", 2) == 0 || memcmp(w, "ke", 2) == 0);
}

/* May token k be a word of an item of a body's enumerated name: a common
 * noun, capitalised, in no mention, no head word (that would be a list of
 * bodies: "Kementerian Keuangan, Bank Indonesia, dan OJK")? */
static int item_word(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    return is_cap(rz, k) && !(x->flags & (ERG_TOK_ALLCAPS | ERG_TOK_DIGIT)) && rz->owner[k] == ERG_RZ_NONE &&
           !(rz->cls[k] & (JUNK_CLASSES | (1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_FIRSTNAME))) &&
           common_noun(rz, k);
}

/* The last token of an enumeration of the fields of a body right after
 * token e: ", Kebudayaan, Riset, dan Teknologi", ", Food and Rural
 * Affairs"; items of one to four common nouns, the last after "dan" or
 * "and", two items at least; or ERG_RZ_NONE. */
static size_t enumeration_end(const erg_rz_t *rz, size_t e)
{
    const erg_tokens_t *t = &rz->t;
    unsigned conj = 1u << ERG_LX_CONJUNCTION;
    size_t k = e, items = 0;
    for (;;) {
        size_t a = k + 1;
        if (a + 1 >= t->n || t->tok[a].sent != t->tok[e].sent || rz->region[a] != rz->region[e])
            return ERG_RZ_NONE;
        int comma = gap_is(rz, k, ','), last = (rz->cls[a] & conj) && !is_cap(rz, a);
        if ((!comma && !(last && items > 0 && inner_gap(rz, k))) || (last && !inner_gap(rz, a)))
            return ERG_RZ_NONE;
        a += last;
        size_t b = a;
        if (!item_word(rz, a))
            return ERG_RZ_NONE;
        while (b + 1 < t->n && b - a < 3 && inner_gap(rz, b) && item_word(rz, b + 1))
            b++;
        items++;
        if (last)
            return items >= 2 && !(b + 1 < t->n && is_cap(rz, b + 1) && inner_gap(rz, b)) ? b : ERG_RZ_NONE;
        k = b;
    }
}

/* "Kementerian Pendidikan | , Kebudayaan, Riset, dan Teknologi",
 * "Department for Environment | , Food and Rural Affairs": a ministry
 * named by its fields, which the model cut at the first comma (and the
 * tail it made a "person": "Kementerian Desa, | Pembangunan Daerah
 * Tertinggal |, dan Transmigrasi"). A body's name opening with its head
 * word goes on over the enumeration; a known body keeps its name, and the
 * candidates inside the enumeration go. */
static void enumerated_name(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0, until = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t *y = &v[c];
        if (y->i < until)
            continue; /* inside an enumeration */
        v[out++] = *y;
        if (y->type == ERG_TYPE_ORGANIZATION && (rz->cls[y->i] & (1u << ERG_LX_ORGHEAD))) {
            size_t end = enumeration_end(rz, y->j);
            if (end != ERG_RZ_NONE) {
                v[out - 1].j = end;
                until = end + 1;
            }
        }
    }
    *n = out;
    for (size_t k = 0; k + 1 < t->n; k++) { /* after a known body */
        size_t o = rz->owner[k];
        if (o == ERG_RZ_NONE || rz->owner[k + 1] == o || rz->m->items[o].type != ERG_TYPE_ORGANIZATION)
            continue;
        size_t first = erg__tokens_at(t, rz->m->items[o].start);
        size_t end = (rz->cls[first] & (1u << ERG_LX_ORGHEAD)) ? enumeration_end(rz, k) : ERG_RZ_NONE;
        if (end == ERG_RZ_NONE)
            continue;
        size_t keep = 0;
        for (size_t c = 0; c < *n; c++)
            if (v[c].j <= k || v[c].i > end)
                v[keep++] = v[c];
        *n = keep;
        k = end;
    }
}

/* Is token k a Roman numeral of up to four letters ("IV", "XIII")? */
static int roman_numeral(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    const char *w = rz->a->text + x->start;
    size_t n = x->end - x->start;
    if (n > 4 || !(x->flags & ERG_TOK_ALLCAPS))
        return 0;
    for (size_t p = 0; p < n; p++)
        if (!strchr("IVXL", w[p]))
            return 0;
    return 1;
}

/* "Ketua Komisi IV | Bayu Aji | Prasetyo": the model read a body's number
 * as the start of a name after it. A candidate that opens with a Roman
 * numeral right after a body's head word (orgheads-id.txt), capitalised
 * and no mention's, is that body ("Komisi IV"), and the rest of it opens
 * the person the model found right after it. */
static void numbered_body(const erg_rz_t *rz, cand_t *v, size_t n)
{
    for (size_t c = 0; c < n && rz->lang != ERG_LX_EN; c++) {
        cand_t *y = &v[c];
        size_t h = y->i - 1;
        if (y->i == 0 || !roman_numeral(rz, y->i) || !is_cap(rz, h) || !(rz->cls[h] & (1u << ERG_LX_ORGHEAD)) ||
            rz->owner[h] != ERG_RZ_NONE || !inner_gap(rz, h) || !erg__rz_joinable(rz, h) ||
            (c > 0 && v[c - 1].j >= h))
            continue;
        cand_t *z = c + 1 < n ? &v[c + 1] : NULL;
        if (y->j > y->i && !(z && z->type == ERG_TYPE_PERSON && z->i == y->j + 1 && erg__rz_joinable(rz, y->j)))
            continue; /* the rest would be lost */
        if (y->j > y->i)
            z->i = y->i + 1;
        *y = (cand_t){h, y->i, ERG_TYPE_ORGANIZATION};
    }
}

/* Is key[0..n) an Indonesian noun made with ke-...-an or pe-...-an
 * ("kedatangan", "pembangunan", "perizinan"), which the dictionary lists
 * only in part? No given name is made so ("Setiawan" has no prefix). */
static int derived_noun(const char *key, size_t n)
{
    return n >= 8 && key[n - 2] == 'a' && key[n - 1] == 'n' && (memcmp(key, "ke", 2) == 0 || memcmp(key, "pe", 2) == 0);
}

/* Is token h the Sasak noble's title that opens a name, "Lalu" (men) or
 * "Baiq" (women), capitalised inside a sentence and glued to the name
 * after it ("Bupati Lombok Timur Lalu Muhammad Ridwan")? Opening a sentence
 * "Lalu" is "then". */
int erg__sasak_title(const erg_rz_t *rz, size_t h)
{
    const erg_tokens_t *t = &rz->t;
    return (key_is(rz, h, "lalu") || key_is(rz, h, "baiq")) && (t->tok[h].flags & ERG_TOK_CAP) &&
           !(t->tok[h].flags & ERG_TOK_ALLCAPS) && h > 0 && t->tok[h - 1].sent == t->tok[h].sent &&
           rz->owner[h] == ERG_RZ_NONE && inner_gap(rz, h) && erg__rz_joinable(rz, h) &&
           erg__rz_joinable(rz, h - 1);
}

/* "Danang | Setyo Nugroho mengatakan", "Gubernur Jawa Tengah Danang | Setyo
 * Nugroho": the model left out an Indonesian person's first name. One
 * capitalised word right before the "person", no candidate's nor a known
 * name's, of no word list and no word the dictionary writes in lowercase,
 * opening the sentence or right after a known place or state (the office's
 * place after a title), is the name's. Not right after a title, where an
 * unknown word is as often the office's place ("Kapolsek Ngaglik Budi"). */
static void first_name_left_out(const erg_rz_t *rz, cand_t *v, size_t n)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t c = 0; c < n && rz->lang != ERG_LX_EN; c++) {
        cand_t *y = &v[c];
        size_t h = y->i - 1;
        if (y->type == ERG_TYPE_PERSON && y->i > 0 && erg__sasak_title(rz, h) && !(c > 0 && v[c - 1].j >= h)) {
            y->i = h;
            continue;
        }
        for (size_t k = y->i + 1; y->type == ERG_TYPE_PERSON && k < y->j; k++)
            if (erg__sasak_title(rz, k))
                y->i = k; /* "Kepala Desa Sembalun Lawang | Baiq Nurhasanah": the village before her */
        int given = y->i > 0 && rz->cls[h] == ERG_LX_BIT(ERG_LX_FIRSTNAME); /* "Agus", also a word */
        if (y->type != ERG_TYPE_PERSON || y->i == 0 || !is_cap(rz, h) || (t->tok[h].flags & ERG_TOK_ALLCAPS) ||
            rz->owner[h] != ERG_RZ_NONE || (rz->cls[h] && !given) || rz->region[h] != ERG_REGION_TEXT ||
            t->tok[h].sent != t->tok[y->i].sent || !inner_gap(rz, h) || !erg__rz_joinable(rz, h) ||
            (c > 0 && v[c - 1].j >= h) ||
            (!given && (erg__lexicon_lowercase_word(rz->lx, ERG_LX_ID, t->keys.buf + t->tok[h].key, t->tok[h].keylen) ||
                        derived_noun(t->keys.buf + t->tok[h].key, t->tok[h].keylen))))
            continue;
        size_t o = h > 0 ? rz->owner[h - 1] : ERG_RZ_NONE;
        int opens = h == 0 || t->tok[h - 1].sent != t->tok[h].sent;
        int after_place = o != ERG_RZ_NONE && rz->m->items[o].entity &&
                          !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED) &&
                          (rz->m->items[o].type == ERG_TYPE_PLACE || rz->m->items[o].type == ERG_TYPE_STATE) &&
                          erg__rz_joinable(rz, h - 1);
        if (opens || after_place)
            y->i = h;
    }
}

/* "Provinsi Prachuap Khiri Khan": the model read the end of a place's
 * name after its head word as a "person" (and the words between as
 * nothing). A place head, capitalised, one or two capitalised words no
 * candidate holds, then the "person": one place. Not after a title or a
 * job, where the place's head is named ("Bupati Kabupaten Bogor Rudy
 * Susmanto"). */
static void place_then_person(const erg_rz_t *rz, cand_t *v, size_t n)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t c = 0; c < n && rz->lang != ERG_LX_EN; c++) {
        cand_t *y = &v[c];
        size_t h = y->i;
        while (h > 0 && y->i - h < 3 && is_cap(rz, h - 1) && inner_gap(rz, h - 1) && erg__rz_joinable(rz, h - 1) &&
               rz->owner[h - 1] == ERG_RZ_NONE && !(c > 0 && v[c - 1].j >= h - 1) &&
               !(rz->cls[h - 1] & (1u << ERG_LX_LOCHEAD)) && !(rz->cls[h - 1] & JUNK_CLASSES))
            h--;
        if (y->type != ERG_TYPE_PERSON || h == y->i || h == 0 || !(rz->cls[h - 1] & (1u << ERG_LX_LOCHEAD)) ||
            !is_cap(rz, h - 1) || rz->owner[h - 1] != ERG_RZ_NONE || !inner_gap(rz, h - 1) ||
            !erg__rz_joinable(rz, h - 1) || t->tok[h - 1].sent != t->tok[y->i].sent || (c > 0 && v[c - 1].j >= h - 1))
            continue; /* (the head may end a body's name: "Dinas PUPR Gunung | Tua Rasuli ...") */
        int titled = 0;
        for (size_t k = h - 1 > 3 ? h - 4 : 0; k < h - 1; k++)
            titled |= either_lang(rz, k, ERG_LX_TITLE) || either_lang(rz, k, ERG_LX_JOB) ||
                      (rz->cls[k] & ERG_LX_BIT(ERG_LX_RANK));
        if (!titled)
            *y = (cand_t){h - 1, y->j, ERG_TYPE_PLACE};
    }
}

/* Is the gap after token k an apostrophe alone ("'", or U+2019) between a
 * one-letter capital and a capitalised word: "O'Connor", "D'Alema"? */
int erg__apostrophe_glued(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    if (k + 1 >= t->n || t->tok[k].end - t->tok[k].start != 1 || !(t->tok[k].flags & ERG_TOK_CAP) ||
        !is_cap(rz, k + 1) || t->tok[k].sent != t->tok[k + 1].sent)
        return 0;
    size_t gap = t->tok[k + 1].start - t->tok[k].end;
    const char *g = rz->a->text + t->tok[k].end;
    return (gap == 1 && g[0] == '\'') || (gap == 3 && memcmp(g, "\xE2\x80\x99", 3) == 0);
}

/* "Sean O | 'Connor", "Sandra Day O | 'Connor": the model stops a name at
 * the apostrophe the tokens split it at; the name takes the word after it
 * (and a name the model began after it, "O'|Connor", the letter before). */
static void apostrophe_names(const erg_rz_t *rz, cand_t *v, size_t n)
{
    for (size_t c = 0; c < n; c++) {
        cand_t *x = &v[c];
        if (erg__apostrophe_glued(rz, x->j))
            x->j++;
        else if (x->i > 0 && erg__apostrophe_glued(rz, x->i - 1))
            x->i--;
    }
}

/* "Teguh | Sri Mulyanto": the model read a person's first word as a place
 * of its own, right before the rest of the name. A one-word "place" no
 * mention holds, of no list, one space before a "person": one person. */
static void first_name_as_place(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t x = v[c];
        if (out > 0 && x.type == ERG_TYPE_PERSON) {
            cand_t *p = &v[out - 1];
            size_t k = p->i;
            if (p->type == ERG_TYPE_PLACE && p->i == p->j && k + 1 == x.i && rz->owner[k] == ERG_RZ_NONE &&
                is_cap(rz, k) && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS) && !(rz->cls[k] & JUNK_CLASSES) &&
                !(rz->cls[k] & (ERG_LX_BIT(ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_GENERIC) | ERG_LX_BIT(ERG_LX_PLACEHEAD))) &&
                spaced(rz, x.i) && rz->t.tok[k].sent == rz->t.tok[x.i].sent) {
                p->j = x.j;
                p->type = ERG_TYPE_PERSON;
                continue;
            }
        }
        v[out++] = x;
    }
    *n = out;
}

/* "Imam | Khomeini | International Airport": an English body or place named
 * after a person, which the model cut into the person and the rest (the
 * head word last, every word capitalised): one name, with the person's
 * title before it if it has one. */
static void eponym_en(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    size_t out = 0;
    for (size_t c = 0; c < *n; c++) {
        cand_t y = v[c];
        cand_t *x = out ? &v[out - 1] : NULL;
        int join = rz->lang == ERG_LX_EN && x && x->type == ERG_TYPE_PERSON && y.type != ERG_TYPE_PERSON &&
                   x->j + 1 == y.i && x->j <= x->i + 1 && (rz->cls[y.j] & NAME_HEADS) && inner_gap(rz, x->j) &&
                   erg__rz_joinable(rz, x->j) && rz->owner[y.i] == ERG_RZ_NONE;
        for (size_t k = y.i; join && k <= y.j; k++)
            join = is_cap(rz, k) && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS);
        if (join) {
            size_t h = x->i;
            if (h > 0 && (rz->cls[h - 1] & JUNK_CLASSES) == (1u << ERG_LX_TITLE) && is_cap(rz, h - 1) &&
                rz->owner[h - 1] == ERG_RZ_NONE && erg__rz_joinable(rz, h - 1) && inner_gap(rz, h - 1) &&
                !(out > 1 && v[out - 2].j >= h - 1))
                h--;
            *x = (cand_t){h, y.j, y.type};
            continue;
        }
        v[out++] = y;
    }
    *n = out;
}

/* May token k, right before token i, open the name that begins at i:
 * capitalised but not in capitals, in no mention, in i's sentence and
 * region, joined to it? */
static int front_word(const erg_rz_t *rz, size_t k, size_t i)
{
    const erg_tokens_t *t = &rz->t;
    return is_cap(rz, k) && !(t->tok[k].flags & ERG_TOK_ALLCAPS) && rz->owner[k] == ERG_RZ_NONE &&
           rz->region[k] == rz->region[i] && t->tok[k].sent == t->tok[i].sent && inner_gap(rz, k) &&
           erg__rz_joinable(rz, k);
}

/* Is token k an English body's head word: an organization's head or a
 * company's tail, or a unit's ("Forces")? */
static int body_head(const erg_rz_t *rz, size_t k)
{
    return english_org(rz, k) || (rz->cls[k] & ERG_LX_BIT(ERG_LX_UNIT));
}

/* Is token k capitalised, not in capitals, held by no mention, of no
 * junk list? */
static int free_cap(const erg_rz_t *rz, size_t k)
{
    return is_cap(rz, k) && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS) && rz->owner[k] == ERG_RZ_NONE &&
           !(rz->cls[k] & JUNK_CLASSES);
}

/* "Democratic Forces | for the | Liberation of Rwanda", "Committee to |
 * Protect Journalists": an English body's name goes on over "for", "for
 * the" or "to" after its head word; the model cut it there. Two bodies so
 * joined are one, unless the second has a head word of its own ("Barclays
 * Bank for | Acme Group"); a body after "to" or "for" and a capitalised head word
 * the model left out ("the Committee to Protect Journalists") starts at
 * the head, and the capitalised words right before it. */
static void bodies_for(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    size_t out = 0;
    if (rz->lang != ERG_LX_EN)
        return;
    for (size_t c = 0; c < *n; c++) {
        cand_t y = v[c];
        size_t g = y.i; /* the first token of the gap before y */
        while (g > 0 && y.i - g < 2 && !is_cap(rz, g - 1) && (key_is(rz, g - 1, "for") || key_is(rz, g - 1, "the") ||
                                                               key_is(rz, g - 1, "to")))
            g--;
        /* "to" only before a word the dictionary writes in lowercase, a verb ("to
         * Protect"), not a name ("from the Bank to HSBC Holdings") */
        int to = g < y.i && key_is(rz, g, "to");
        int gap = g < y.i && g > 0 && (key_is(rz, g, "for") || (to && y.i == g + 1 && erg__dictionary_word(rz, y.i))) &&
                  t->tok[g - 1].sent == t->tok[y.i].sent && y.type == ERG_TYPE_ORGANIZATION && free_cap(rz, y.i);
        size_t h = g - 1; /* the head word before the gap */
        int head = gap && body_head(rz, h) && is_cap(rz, h);
        cand_t *x = out ? &v[out - 1] : NULL;
        if (head && x && x->j == h && x->type == ERG_TYPE_ORGANIZATION && !english_org(rz, y.j)) {
            x->j = y.j; /* "Democratic Forces for the Liberation of Rwanda" */
            continue;
        }
        if (head && free_cap(rz, h) && !(x && x->j >= h)) {
            size_t i = h;
            while (i > 0 && front_word(rz, i - 1, i) && !(rz->cls[i - 1] & JUNK_CLASSES) && !(x && x->j >= i - 1) &&
                   h - i < 3)
                i--;
            y.i = i; /* "Committee to Protect Journalists" */
        }
        v[out++] = y;
    }
    *n = out;
}

void erg__mend_candidates(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    first_name_as_place(rz, v, n);
    apostrophe_names(rz, v, *n);
    bodies_for(rz, v, n);
    enumerated_name(rz, v, n);
    place_then_person(rz, v, *n);
    first_name_left_out(rz, v, *n);
    numbered_body(rz, v, *n);
    join_ampersand(rz, v, n);
    company_runs_on(rz, v, n);
    eponym(rz, v, n);
    eponym_en(rz, v, n);
    long_form_in_brackets(rz, v, n);
    to_short_form(rz, v, n);
    join_after_rank(rz, v, n);
    org_then_person(rz, v, *n);
    head_before_seat(rz, v, n);
    seat_after(rz, v, n);
}

/* Is token k an English title or a job (titles-en.txt, jobs-*.txt)? */
static int title_or_job(const erg_rz_t *rz, size_t k)
{
    return english_word(rz, k, ERG_LX_TITLE) || either_lang(rz, k, ERG_LX_JOB);
}

/* "Research Project Manager Ravenry", "Sustainability Officer Kalla": the
 * model ran a job title into the name after it. An English title or job
 * (titles-en.txt, jobs-*.txt) inside a person's span, with only titles and
 * common or lowercase dictionary words before it, is cut off with them;
 * the name starts after it. "Nessie Judge" ends in the title, and "Raja
 * Juli Antoni" has none before an English one. */
static void title_inside(const erg_rz_t *rz, cand_t *c)
{
    int en = rz->lang == ERG_LX_EN;
    if ((c->type != ERG_TYPE_PERSON && !(en && c->type == ERG_TYPE_ORGANIZATION)) || c->j < c->i + 2)
        return;
    const erg_tokens_t *t = &rz->t;
    size_t cut = 0, late = 0;
    for (size_t k = c->i + 1; en && k + 2 <= c->j; k++)
        if (title_or_job(rz, k))
            late = k + 1;
    for (size_t k = c->i; k < c->j; k++) {
        int title = title_or_job(rz, k);
        if (!title && !either_lang(rz, k, ERG_LX_COMMON) &&
            !erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[k].key, t->tok[k].keylen))
            break;
        if (title && k > c->i)
            cut = k + 1;
    }
    /* in English news, whatever qualifies a title before a name of two
     * words or more: "Green MEP Alain Lipietz", "New York Attorney General
     * Eliot Spitzer" */
    if (en && !cut && late)
        cut = late;
    if (cut && c->type == ERG_TYPE_ORGANIZATION) { /* "Army Reservist Lena Gault" too */
        cand_t rest = {cut, c->j, ERG_TYPE_PERSON};
        if (erg__any_head(rz, &rest))
            return;
        c->type = ERG_TYPE_PERSON;
    }
    if (!cut || c->type != ERG_TYPE_PERSON)
        return;
    /* "Made Ayu Priyanka, Research Project Manager Ravenry", "Chief Legal
     * Officer Kalla, Subhan Djaya": a name beside the title's holder is
     * where the holder works */
    size_t a = c->i, b = c->j;
    if ((a > 0 && gap_is(rz, a - 1, ',') && is_cap(rz, a - 1)) ||
        (b + 1 < t->n && gap_is(rz, b, ',') && is_cap(rz, b + 1)))
        c->type = ERG_TYPE_ORGANIZATION;
    c->i = cut;
}

/* "Macrovision's Entertainment Technologies Group": the model ran an owner
 * into the unit it owns. An English candidate whose first word, the
 * owner, is followed by 's and stands alone elsewhere in the article
 * ("Macrovision says") is the owner; "Pakistan People's Party" and
 * "Barnard's Retail Consulting Group" name no owner the article uses alone. */
static void owner_of_unit(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    if (rz->lang != ERG_LX_EN || c->j < c->i + 2 || !possessive_s(rz, c->i + 1))
        return;
    for (size_t q = 0; q < t->n; q++)
        if (q != c->i && same_key(rz, q, c->i) && is_cap(rz, q) && rz->owner[q] == ERG_RZ_NONE &&
            !(q + 1 < t->n && possessive_s(rz, q + 1)) && !(q > 0 && is_cap(rz, q - 1) && erg__rz_joinable(rz, q - 1)) &&
            !(q + 1 < t->n && is_cap(rz, q + 1) && erg__rz_joinable(rz, q))) {
            c->j = c->i;
            return;
        }
}

/* "Italy's Paolo Morelli", "Turkey's Anatolianews agency": a known state
 * or place and its possessive open no name; what follows them is the name.
 * So does a known organization before a body of its own ("the Taliban's
 * Ministry of Refugees"; statebodies-en.txt), but not before a unit or a
 * work, which has no name without it ("Bafta's Interactive Entertainment
 * committee", "Sega's House of the Dead"). */
static void state_owner(const erg_rz_t *rz, cand_t *c)
{
    if (rz->lang != ERG_LX_EN)
        return;
    size_t o = erg__known_at(rz, c->i, (1u << ERG_TYPE_STATE) | (1u << ERG_TYPE_PLACE) | (1u << ERG_TYPE_ORGANIZATION)),
           e = c->i;
    if (o == ERG_RZ_NONE)
        return;
    while (e < c->j && rz->owner[e + 1] == o)
        e++;
    if (e + 2 <= c->j && possessive_s(rz, e + 1) &&
        (rz->m->items[o].type != ERG_TYPE_ORGANIZATION || (rz->cls[e + 2] & ERG_LX_BIT(ERG_LX_STATEBODY))))
        c->i = e + 2;
}

/* "Flight International's Mr Learmount": a possessive 's is no part of the
 * name it ends, unless the name is one word never written without it
 * ("Sainsbury's", "Macy's"). */
static void possessive_end(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    if (c->j <= c->i || !possessive_s(rz, c->j))
        return;
    int bare = c->j - c->i >= 2;
    for (size_t q = 0; !bare && q < t->n; q++)
        bare = q != c->i && same_key(rz, q, c->i) && is_cap(rz, q) && !(q + 1 < t->n && possessive_s(rz, q + 1));
    if (bare)
        c->j--;
}

/* Does the article write token k's word alone, capitalised, inside a
 * sentence somewhere ("kata Menanda,", "nasib Gamma akan"), and never in
 * lowercase? A person is called so; a title is followed by a name. */
static int alone_inside(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    int inside = 0;
    for (size_t q = 0; q < t->n; q++) {
        if (!same_key(rz, q, k))
            continue;
        if (!is_cap(rz, q))
            return 0;
        inside |= !opens_sentence(rz, q) && !rz->headline[q] && rz->region[q] == ERG_REGION_TEXT &&
                  (q + 1 == t->n || !is_cap(rz, q + 1) || !erg__rz_joinable(rz, q) || t->tok[q + 1].sent != t->tok[q].sent);
    }
    return inside;
}

/* "Menanda | Putra Duta menjadi ...", "Gamma | Rizkynata Oktafandy (17)":
 * the model often leaves out the first word of an Indonesian person's name
 * when it opens a sentence or the text after a dateline. The word is the
 * name's when nothing lists it (no title, head or function word) and the
 * article calls someone by it alone elsewhere, never writing it in
 * lowercase ("Kedatangan Pramono" is an arrival). */
static void sentence_front(const erg_rz_t *rz, cand_t *c)
{
    if (rz->lang == ERG_LX_EN || c->type != ERG_TYPE_PERSON || c->i == 0)
        return;
    size_t k = c->i - 1;
    int after_dateline = k > 0 && rz->region[k - 1] == ERG_REGION_DATELINE;
    if (!(opens_sentence(rz, k) || after_dateline) || !front_word(rz, k, c->i) ||
        rz->region[k] != ERG_REGION_TEXT || rz->headline[k] ||
        (rz->cls[k] & (JUNK_CLASSES | NOT_NAMES | ERG_LX_BIT(ERG_LX_HONORIFIC) | ERG_LX_BIT(ERG_LX_JOB) |
                       ERG_LX_BIT(ERG_LX_UNIT) | ERG_LX_BIT(ERG_LX_COMMON) | ERG_LX_BIT(ERG_LX_SEAT))))
        return;
    if (alone_inside(rz, k))
        c->i = k;
}

/* "Prof. Arief S. | Kartasasmita": the model ended a person's name at a
 * middle initial. The capitalised words right after the initial and its
 * full stop are the rest of the name. */
static void after_initial(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    const erg_token_t *x = &t->tok[c->j];
    if (c->type != ERG_TYPE_PERSON || c->j == c->i || x->end - x->start != 1 || !(x->flags & ERG_TOK_CAP) ||
        c->j + 1 >= t->n || !gap_is(rz, c->j, '.'))
        return;
    size_t e = c->j;
    while (e + 1 < t->n && e - c->j < 3 && t->tok[e + 1].sent == x->sent && is_cap(rz, e + 1) &&
           !(t->tok[e + 1].flags & ERG_TOK_ALLCAPS) && rz->owner[e + 1] == ERG_RZ_NONE &&
           rz->region[e + 1] == rz->region[c->j] && !(rz->cls[e + 1] & (JUNK_CLASSES | NOT_NAMES)) &&
           (e == c->j || (inner_gap(rz, e) && erg__rz_joinable(rz, e))))
        e++;
    c->j = e;
}

/* "(IETF), Brian | Carpenter": the model left out a listed given name
 * (firstnames-*.txt) right before a person's name. */
static void given_name_front(const erg_rz_t *rz, cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON || c->i == 0)
        return;
    size_t k = c->i - 1;
    if (given_name(rz, k) && front_word(rz, k, c->i) && !(rz->cls[k] & (JUNK_CLASSES | NOT_NAMES)))
        c->i = k;
}

/* "Communist Party | of Nepal", "Central Bank | of Iraq", "Revolutionary
 * Armed Forces | of Colombia": an English body's name the model ended at
 * its head word goes on over "of" (and "the") and the known state or
 * place after it, which stays nested; without it, every country's
 * "Communist Party" would be one node. Not a government ("Government of
 * India" is the state, govheads-en.txt). */
static void of_known_place(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t h = c->j, k = c->j + 1;
    if (h > c->i && key_is(rz, h, "of"))
        k = h--; /* the model's "Central Bank of | Iraq" */
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION || !body_head(rz, h) ||
        (rz->cls[h] & ERG_LX_BIT(ERG_LX_GOVHEAD)) || k + 1 >= t->n || !key_is(rz, k, "of") ||
        t->tok[k].sent != t->tok[h].sent)
        return;
    k++;
    if (key_is(rz, k, "the") && k + 1 < t->n)
        k++;
    size_t o = rz->owner[k];
    if (o == ERG_RZ_NONE || t->tok[k].sent != t->tok[h].sent)
        return;
    const erg_mention_t *x = &rz->m->items[o];
    if (x->start != t->tok[k].start || (x->flags & ERG_MENTION_DISCOVERED) ||
        (x->type != ERG_TYPE_STATE && x->type != ERG_TYPE_PLACE))
        return;
    for (size_t q = c->i; q <= h; q++)
        if (rz->owner[q] != ERG_RZ_NONE)
            return; /* "Liberal Democratic Party | of Japan": a known body inside settles it */
    size_t e = erg__tokens_at(t, x->end);
    if (e > k)
        c->j = e - 1;
}

/* "Supreme Court nominee | Dana Whitcombe": the model ran an English body's
 * name into a common word after it, a role its next name holds. The name
 * ends before the word (and lowercase words like it). */
static void lowercase_tail(const erg_rz_t *rz, cand_t *c)
{
    size_t j = c->j;
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION)
        return;
    while (j > c->i && !is_cap(rz, j) && !(rz->cls[j] & ERG_LX_BIT(ERG_LX_FUNCTION)) &&
           erg__dictionary_word(rz, j))
        j--;
    if (j < c->j && is_cap(rz, j))
        c->j = j;
}

/* "Petar Vukic, a reporter for ...": a name the model read as a body's,
 * with no word of a body's in it, set beside "a" or "an" and a title or
 * job (one or two lowercase words may come first: "a senior official")
 * is a person's. */
static void apposed_job(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->j + 1;
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION || c->i == c->j || k + 2 >= t->n ||
        !gap_is(rz, c->j, ',') || !(key_is(rz, k, "a") || key_is(rz, k, "an")) || t->tok[k].sent != t->tok[c->j].sent)
        return;
    for (size_t q = c->i; q <= c->j; q++)
        if (english_org(rz, q) || (rz->cls[q] & (NAME_HEADS | ERG_LX_BIT(ERG_LX_UNIT) | ERG_LX_BIT(ERG_LX_FUNCTION))) ||
            rz->owner[q] != ERG_RZ_NONE)
            return;
    erg_lx_bits_t job = ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_REPORTER);
    for (size_t q = k + 1; q < t->n && q <= k + 3 && t->tok[q].sent == t->tok[k].sent && !is_cap(rz, q); q++) {
        if (rz->cls[q] & ERG_LX_BIT(ERG_LX_ORGCUE))
            return; /* "Kestrel Vane, a firm" */
        if (rz->cls[q] & job) {
            c->type = ERG_TYPE_PERSON;
            return;
        }
    }
}

void erg__mend_one(const erg_rz_t *rz, cand_t *c)
{
    possessive_end(rz, c);
    state_owner(rz, c);
    back_to_long_form(rz, c);
    hyphen_front(rz, c);
    owner_of_unit(rz, c);
    title_inside(rz, c);
    nationality_front(rz, c);
    after_rank(rz, c);
    rank_service(rz, c);
    place_off_front(rz, c);
    short_form_in_person(rz, c);
    sentence_front(rz, c);
    after_initial(rz, c);
    given_name_front(rz, c);
    of_known_place(rz, c);
    lowercase_tail(rz, c);
    apposed_job(rz, c);
}
