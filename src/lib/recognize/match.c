/*
 * match.c: gazetteer names in the tokens of one article. At each token the
 * longest alias that matches wins, on token boundaries, within one
 * sentence, never across a comma; an alias written as one token in
 * capitals ("PBB", "AS") matches capitals only, other aliases need a
 * capital (or a caseless script) on their first token. An organization
 * named after a state ("Badan intelijen Korea Selatan") also mentions the
 * state (a nested mention). Fills rz->gz for the tagger's features.
 * A span grows only while the gazetteer's span index says some alias
 * starts with it, so most tokens cost one lookup however large the
 * gazetteer: one pass over the text.
 */
#include "ergraph.h"
#include "map.h"
#include "mem.h"
#include "gazetteer.h"
#include "recognize_internal.h"
#include "tagger.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* Is token i an acronym written as a word, as British news writes those it
 * pronounces ("Nasa", "Nato", "Opec", "Unicef"): four letters or more, a
 * capital and then lowercase letters only? */
static int pronounced(const erg_rz_t *rz, size_t i)
{
    const char *s = rz->a->text + rz->t.tok[i].start;
    size_t n = rz->t.tok[i].end - rz->t.tok[i].start;
    if (n < 4 || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    for (size_t k = 1; k < n; k++)
        if (!(s[k] >= 'a' && s[k] <= 'z'))
            return 0;
    return 1;
}

/* May alias al be read in this article's language ("AS" is the United
 * States in Indonesian only: in English "AS Roma" is a club)? */
static int lang_ok(const erg_rz_t *rz, const erg_alias_t *al)
{
    return !(al->flags & (rz->lang == ERG_LX_ID ? ERG_ALIAS_EN_ONLY : ERG_ALIAS_ID_ONLY));
}

static int case_ok(const erg_rz_t *rz, size_t i, const erg_alias_t *al)
{
    unsigned f = rz->t.tok[i].flags;
    if (al->flags & ERG_ALIAS_ACRONYM) /* but "Antara lain": a function word opening a sentence */
        return (f & ERG_TOK_ALLCAPS) != 0 ||
               (pronounced(rz, i) && !((rz->cls[i] & ERG_LX_BIT(ERG_LX_FUNCTION)) &&
                                       (i == 0 || rz->t.tok[i - 1].sent != rz->t.tok[i].sent)));
    return (f & (ERG_TOK_CAP | ERG_TOK_DIGIT | ERG_TOK_NOCASE)) != 0;
}

/* Is token i a lowercase article glued by a hyphen to a capitalised word,
 * as Arabic names are written in English ("al-Qaida", "el-Sisi")? A name
 * of several words may start with it: the capital comes after the hyphen. */
static int article_glued(const erg_rz_t *rz, size_t i)
{
    const erg_token_t *a = &rz->t.tok[i];
    return i + 1 < rz->t.n && !(a->flags & ERG_TOK_CAP) && a->end - a->start <= 3 && hyphen_glued(rz, i) &&
           (rz->t.tok[i + 1].flags & ERG_TOK_CAP);
}

/* The states inside tokens [from, to) of an organization's name. The keys
 * of tokens i.. are walked as erg__rz_match walks them, only as far as some
 * alias starts with them (the index holds every alias's key and its
 * prefixes): making and looking up the key of every part of the name was
 * a tenth of matching on a corpus of many organizations. keyend and val as
 * erg__rz_match's, to - from entries at least. */
static int nested_states(erg_rz_t *rz, size_t from, size_t to, erg_buf_t *key, size_t *keyend,
                         size_t *val)
{
    const erg_gazetteer_t *g = rz->g;
    const erg_map_t *spans = erg__gazetteer_spans(g);
    int rc = 0;
    for (size_t i = from; i < to && !rc; i++) {
        size_t span = 0;
        while (i + span < to) {
            const size_t *v;
            if (span == 0) {
                const erg_word_t *w = &rz->words.w[rz->words.id[i]];
                v = (w->has & ERG_WORD_GAZ) ? &w->gaz : NULL;
                rc = erg__spans_first(&rz->t, i, v, key);
            } else if (!(rz->words.w[rz->words.id[i + span]].tail & ERG_WORD_GAZ)) {
                v = NULL;
            } else {
                rc = erg__spans_step(spans, &rz->t, i + span, span, key, &v);
            }
            if (rc || !v)
                break;
            span++;
            keyend[span] = (*v & 1) ? key->len : 0;
            val[span] = *v;
            if (!(*v & ERG_SPAN_MORE))
                break;
        }
        for (size_t len = span; len >= 1 && !rc; len--) {
            if (!keyend[len])
                continue;
            const erg_alias_t *al = erg__gazetteer_span_alias(g, val[len], key->buf, keyend[len]);
            if (al && erg__gazetteer_type(g, al->entity) == ERG_TYPE_STATE && lang_ok(rz, al) && case_ok(rz, i, al)) {
                rc = erg__rz_push_known(rz, i, i + len - 1, al->entity, ERG_MENTION_NESTED);
                i += len - 1;
                break;
            }
        }
    }
    return rc;
}

/* Is token k a short run of capitals, `most` at most ("DM", "TAS")? */
static int initial(const erg_rz_t *rz, size_t k, size_t most)
{
    const erg_token_t *x = &rz->t.tok[k];
    return (x->flags & ERG_TOK_ALLCAPS) && x->end - x->start <= most;
}

/* Crime news names suspects, victims and witnesses by their initials
 * ("dua tersangka DM dan AS", "korban berinisial AP"): after a cue of
 * lists/initials-before-LANG.txt, the initials, joined by commas and
 * conjunctions ("DM, AS dan TAS"), are an unnamed person, no gazetteer name ("AS" is no
 * United States there, "AP" no news agency) and no name of the network:
 * their tokens are skipped. So are initials followed by an age in
 * brackets ("AP (38)", "IGKS (37)": a body has no age). */
/* Token k is an unnamed person's initials: no mention, no name. */
static void skip_initials(erg_rz_t *rz, size_t k)
{
    if (rz->owner[k] != ERG_RZ_NONE)
        erg__rz_drop(rz, rz->owner[k]);
    rz->region[k] = ERG_REGION_SKIP;
    rz->gz[k] = 0;
}

/* Is token q joined by "dan" or "and" to a state the gazetteer matched
 * ("AS dan China", "China dan AS")? */
static int beside_state(const erg_rz_t *rz, size_t q)
{
    erg_lx_bits_t conj = 1u << ERG_LX_CONJUNCTION;
    size_t o = ERG_RZ_NONE;
    if (q + 2 < rz->t.n && (rz->cls[q + 1] & conj))
        o = rz->owner[q + 2];
    if (o == ERG_RZ_NONE && q >= 2 && (rz->cls[q - 1] & conj))
        o = rz->owner[q - 2];
    return o != ERG_RZ_NONE && rz->m->items[o].entity && rz->m->items[o].type == ERG_TYPE_STATE;
}

/* Token k is an unnamed person's initials, and so is every other use of
 * them in the article ("IGKS (37) ... a bank's head of operations, IGKS,
 * ..."; "pria berinisial AS (34) ... AS ditangkap di rumahnya"), but for
 * a short one after a locative or a modifier's word, where it may be a
 * state or a body as well ("dikirim ke AS", "dolar AS"). */
static void skip_initials_all(erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    skip_initials(rz, k);
    int short_form = t->tok[k].end - t->tok[k].start < 4;
    erg_lx_bits_t place_words = (1u << ERG_LX_LOCATIVE) | ERG_LX_BIT(ERG_LX_MODIFIER_BEFORE);
    for (size_t q = 0; q < t->n; q++)
        if (rz->region[q] != ERG_REGION_SKIP && initial(rz, q, 5) && same_key(rz, q, k) &&
            !(short_form && ((q > 0 && (rz->cls[q - 1] & place_words)) || beside_state(rz, q))))
            skip_initials(rz, q);
}

static void initials(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t i = 0; i + 1 < t->n; i++) {
        /* the first of three letters at most: four are as often an acronym
         * ("korban PHK" is no one, "korban DZRZ" may be a body) */
        if (!(rz->cls[i] & (1u << ERG_LX_INITIALS_BEFORE)))
            continue;
        size_t f = i + 1; /* past "yakni", "yaitu", "adalah" ("dua tersangka, yakni TAS dan AP") */
        while (f < i + 3 && f + 1 < t->n && (rz->cls[f] & (1u << ERG_LX_FUNCTION)) && !(t->tok[f].flags & ERG_TOK_CAP))
            f++;
        if (f >= t->n || !initial(rz, f, 3) || t->tok[f].sent != t->tok[i].sent)
            continue;
        size_t k = f;
        while (k < t->n && t->tok[k].sent == t->tok[i].sent) {
            if (initial(rz, k, 5)) {
                skip_initials_all(rz, k);
                k++;
            } else if (rz->cls[k] & (1u << ERG_LX_CONJUNCTION)) {
                k++;
            } else {
                break;
            }
        }
        i = k - 1;
    }
    /* and initials with an age in brackets, wherever they stand ("AS (41)
     * warga Kabupaten Sragen, AP (38) warga Kuningan") */
    const char *s = rz->a->text;
    for (size_t i = 0; i + 1 < t->n; i++) {
        if (!initial(rz, i, 5))
            continue; /* (most tokens: the gap after them is not read) */
        const erg_token_t *a = &t->tok[i], *b = &t->tok[i + 1];
        size_t p = a->end, n = b->end - b->start;
        while (p < b->start && s[p] == ' ')
            p++;
        if (p + 1 != b->start || s[p] != '(' || n < 1 || n > 3 || b->end >= rz->a->len ||
            s[b->end] != ')' || b->sent != a->sent)
            continue;
        size_t d = 0;
        while (d < n && s[b->start + d] >= '0' && s[b->start + d] <= '9')
            d++;
        if (d == n)
            skip_initials_all(rz, i);
    }
}

/* Is the one-word organization alias at token i inside an event's name
 * ("Labour" of "International Labour Conference")? Then the name is the
 * event's, not the party's: a capitalised word before it, and after it a
 * capitalised event head word, in the article's language or in English.
 * A maker's name before its product stays ("the Sony PSP"). */
static int inside_event(const erg_rz_t *rz, size_t i, const erg_alias_t *al)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = i + 1;
    if ((al->flags & ERG_ALIAS_ACRONYM) || erg__gazetteer_type(rz->g, al->entity) != ERG_TYPE_ORGANIZATION ||
        i == 0 || k >= t->n || t->tok[k].sent != t->tok[i].sent || t->tok[i - 1].sent != t->tok[i].sent ||
        !erg__rz_joinable(rz, i - 1) || !erg__rz_joinable(rz, i) || !(t->tok[k].flags & ERG_TOK_CAP) ||
        !(t->tok[i - 1].flags & ERG_TOK_CAP) || rz->owner[i - 1] != ERG_RZ_NONE)
        return 0;
    return either_lang(rz, k, ERG_LX_EVENTHEAD);
}

/* Is the acronym alias at token i the name of a unit of the organization
 * whose Indonesian head word or one-word known name follows it ("DPD
 * Partai Hanura", "DPD Golkar", a party's regional board, is not the
 * Regional Representative Council)? English
 * puts a body's unit after it ("BBC Radio" is the BBC's). */
static int unit_of_next(const erg_rz_t *rz, size_t i, const erg_alias_t *al)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = i + 1;
    if (rz->lang == ERG_LX_EN || !(al->flags & ERG_ALIAS_ACRONYM) || k >= t->n || t->tok[k].sent != t->tok[i].sent ||
        !erg__rz_joinable(rz, i) || !(t->tok[k].flags & ERG_TOK_CAP))
        return 0;
    if (!(t->tok[k].flags & ERG_TOK_ALLCAPS) && (rz->cls[k] & (1u << ERG_LX_ORGHEAD)))
        return 1;
    /* or, for a unit's word (units-id.txt), a known body's one-word name:
     * "DPD Golkar", "DPW PKB" (but "TNI-Polri", "Fraksi PKB DPR" are two) */
    if (!(rz->cls[i] & ERG_LX_BIT(ERG_LX_UNIT)))
        return 0;
    const erg_alias_t *next = rz->g ? erg__gazetteer_lookup(rz->g, t->keys.buf + t->tok[k].key, t->tok[k].keylen) : NULL;
    return next && next->entity != al->entity && erg__gazetteer_type(rz->g, next->entity) == ERG_TYPE_ORGANIZATION &&
           erg__gazetteer_type(rz->g, al->entity) == ERG_TYPE_ORGANIZATION;
}

/* Is a one-word English name at token i, a head word of a state's bodies
 * (statebodies-en.txt: "Congress", "Senate"), the first word of a party's
 * name ("the Congress Party" of India, Malawi or Nepal)? It is no mention
 * of the body the alias names (the US Congress). A party's own short name
 * before "Party" is that party ("the Likud Party", "the PKS Party"). */
static int party_named_after(const erg_rz_t *rz, size_t i)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = i + 1;
    return rz->lang == ERG_LX_EN && k < t->n && (rz->cls[i] & ERG_LX_BIT(ERG_LX_STATEBODY)) &&
           !(t->tok[i].flags & ERG_TOK_ALLCAPS) && t->tok[k].sent == t->tok[i].sent && erg__rz_joinable(rz, i) &&
           (t->tok[k].flags & ERG_TOK_CAP) && !(t->tok[k].flags & ERG_TOK_ALLCAPS) && key_is(rz, k, "party");
}

/* In Indonesian, does another state's name follow a state body's generic
 * name at tokens i..j ("Kementerian Pertahanan | Amerika Serikat",
 * "Kementerian Haji dan Umrah | Arab Saudi"; statebodies-id.txt)? The
 * gazetteer gives the generic name to Indonesia's body; followed by another
 * state it is that state's, followed by Indonesia ("Republik Indonesia")
 * Indonesia's, whole. Returns the state's entity and, in *slen, its
 * tokens; else (size_t)-1. */
static size_t foreign_body(const erg_rz_t *rz, size_t i, size_t j, const erg_alias_t *al, size_t *slen,
                           erg_buf_t *key)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = j + 1;
    if (rz->lang == ERG_LX_EN || !(rz->cls[i] & ERG_LX_BIT(ERG_LX_STATEBODY)) ||
        erg__gazetteer_type(rz->g, al->entity) != ERG_TYPE_ORGANIZATION || k >= t->n ||
        t->tok[k].sent != t->tok[j].sent || t->tok[k].start != t->tok[j].end + 1 || rz->a->text[t->tok[j].end] != ' ')
        return (size_t)-1;
    size_t found = (size_t)-1;
    key->len = 0;
    for (size_t n = 1; n <= 3 && k + n - 1 < t->n; n++) {
        size_t q = k + n - 1;
        if ((n > 1 && (!erg__rz_joinable(rz, q - 1) || erg__buf_add(key, " ", 1))) ||
            erg__buf_add(key, t->keys.buf + t->tok[q].key, t->tok[q].keylen))
            break;
        const erg_alias_t *s = erg__gazetteer_lookup(rz->g, key->buf, key->len);
        if (s && erg__gazetteer_type(rz->g, s->entity) == ERG_TYPE_STATE && lang_ok(rz, s) && case_ok(rz, k, s))
            found = s->entity, *slen = n;
    }
    return found;
}

/* A body's key and another name of its state, for known_as_other. */
typedef struct {
    const erg_gazetteer_t *g;
    const char *body;
    size_t blen;
    erg_buf_t key;
    size_t found;
} other_t;

/* Is "<body> <form>" a known organization's form? */
static int body_with(void *ctx, const char *form, size_t len)
{
    other_t *o = ctx;
    o->key.len = 0;
    if (erg__buf_add(&o->key, o->body, o->blen) || erg__buf_add(&o->key, " ", 1) || erg__buf_add(&o->key, form, len))
        return -1;
    const erg_alias_t *a = erg__gazetteer_lookup(o->g, o->key.buf, o->key.len);
    if (a && erg__gazetteer_type(o->g, a->entity) == ERG_TYPE_ORGANIZATION) {
        o->found = a->entity;
        return 1;
    }
    return 0;
}

/* The known body that the body's words at tokens i..j name with another
 * name of state e ("Mahkamah Agung Amerika Serikat" is the gazetteer's
 * "Mahkamah Agung AS", the Supreme Court of the United States), or
 * (size_t)-1. Walks the state's forms: rare, as the rule is. */
static size_t known_as_other(const erg_rz_t *rz, size_t i, size_t j, size_t e)
{
    erg_buf_t body = {0};
    other_t o = {rz->g, NULL, 0, {0}, (size_t)-1};
    if (!erg__span_key(&rz->t, i, j - i + 1, &body)) {
        o.body = body.buf, o.blen = body.len;
        erg__gazetteer_aliases(rz->g, e, body_with, &o);
    }
    erg__buf_release(&body);
    erg__buf_release(&o.key);
    return o.found;
}

/* Pushes the body at tokens i..j, the gazetteer's Indonesian `body`, as
 * state e's, at its slen tokens after it, and the state nested in it: the
 * Indonesian body itself before Indonesia ("Kementerian Kesehatan Republik
 * Indonesia"); the known body that the words name with another name of
 * the state; or one organization named "<the body's words> (<state>)",
 * for every way the article writes the state. */
static int push_foreign_body(erg_rz_t *rz, size_t i, size_t j, size_t body, size_t e, size_t slen, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    const char *state = erg__gazetteer_name(rz->g, e);
    size_t known = strcmp(state, "Indonesia") == 0 ? body : known_as_other(rz, i, j, e);
    if (known != (size_t)-1) {
        int rc = erg__rz_push_known(rz, i, j + slen, known, 0);
        return rc ? rc : erg__rz_push_known(rz, j + 1, j + slen, e, ERG_MENTION_NESTED);
    }
    name->len = 0;
    if (erg__buf_add(name, rz->a->text + t->tok[i].start, t->tok[j].end - t->tok[i].start) ||
        erg__buf_printf(name, " (%s)", state) || erg__buf_add(name, "", 1))
        return ERG_ENOMEM;
    int rc = erg__rz_push(rz, i, j + slen, name->buf, 1, ERG_TYPE_ORGANIZATION, ERG_MENTION_DISCOVERED);
    if (!rc)
        rc = erg__rz_push_known(rz, j + 1, j + slen, e, ERG_MENTION_NESTED);
    return rc;
}

/* Does an English place head word follow token j, capitalised and joined
 * to it, and end the name ("Holland Village", a mall; "Korea Peninsula")?
 * The name before it is part of the place's name, not the state. */
static int place_named_after(const erg_rz_t *rz, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = j + 1;
    if (k >= t->n || t->tok[k].sent != t->tok[j].sent || !erg__rz_joinable(rz, j) ||
        !(t->tok[k].flags & ERG_TOK_CAP) || (t->tok[k].flags & ERG_TOK_ALLCAPS) || !english_word(rz, k, ERG_LX_LOCHEAD))
        return 0;
    /* the place's name ends there: "U.S. State Department" goes on */
    return k + 1 >= t->n || !erg__rz_joinable(rz, k) || !(t->tok[k + 1].flags & ERG_TOK_CAP);
}

/* Does an English body's name of several words end at token j in a word
 * written in lowercase that the dictionary writes so ("the Xinhua news
 * agency")? Then the words are the text's description, not the name's own,
 * even if an alias spells them ("Xinhua News Agency"): a shorter alias
 * matches. (A place keeps its lowercase head: "the Indian ocean".) */
static int ends_in_lowercase(const erg_rz_t *rz, size_t j)
{
    const erg_token_t *x = &rz->t.tok[j];
    return rz->lang == ERG_LX_EN && rz->lx && !(x->flags & (ERG_TOK_CAP | ERG_TOK_DIGIT | ERG_TOK_NOCASE)) &&
           erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, rz->t.keys.buf + x->key, x->keylen);
}

/* Is the one-word alias at token i an English nationality adjective
 * (generic-en.txt: "Swiss", "Soviet") in an English article? Then it
 * qualifies a noun ("Swiss drugmaker Roche", "Soviet forces"), as "French"
 * does, and names no state, though Indonesian calls Switzerland "Swiss". */
static int nationality(const erg_rz_t *rz, size_t i)
{
    return rz->lang == ERG_LX_EN && (rz->cls[i] & ERG_LX_BIT(ERG_LX_GENERIC)) &&
           (rz->t.tok[i].flags & ERG_TOK_CAP) && !(rz->t.tok[i].flags & ERG_TOK_ALLCAPS);
}

/* Is the gap after token k " & ", inside a known name ("Standard & Poor's",
 * "Procter & Gamble")? (A phrase key has no ampersand: the alias matches
 * with it or without it.) */
static int spaced_ampersand(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k], *y = &rz->t.tok[k + 1];
    return x->sent == y->sent && y->start == x->end + 3 && memcmp(rz->a->text + x->end, " & ", 3) == 0;
}

/* Is token k a model's number after a maker's name: three digits
 * ("Boeing 787"; a day or a year is one, two or four: "KPK 11 Juni"), or
 * capitals and digits ("BMW X7", "Airbus A380", "Xiaomi 15T")? */
static int model_number(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    const char *s = rz->a->text + x->start;
    size_t n = x->end - x->start, digits = 0, capitals = 0;
    for (size_t q = 0; q < n; q++) {
        digits += s[q] >= '0' && s[q] <= '9';
        capitals += s[q] >= 'A' && s[q] <= 'Z';
    }
    if (digits == n)
        return n == 3;
    if (period_code(s, n))
        return 0; /* "Toyota 3Q profit", "Telkomsel 5G" */
    return digits > 0 && ((x->flags & ERG_TOK_CAP) || digits + capitals == n) && n <= 6;
}

/* Is token k, in English news, a model's code of three or four capitals
 * after its maker's name ("Cadillac BLS", "Cadillac XLR"): no title, no
 * word any known name begins with ("Sony BMG" is a company)? */
static int model_code(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    size_t n = x->end - x->start;
    return (x->flags & ERG_TOK_ALLCAPS) && !(x->flags & ERG_TOK_DIGIT) && n >= 3 && n <= 4 &&
           !(rz->words.w[rz->words.id[k]].has & ERG_WORD_GAZ) &&
           !(rz->cls[k] & (ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_ORGHEAD))) &&
           (k + 1 == rz->t.n || rz->t.tok[k + 1].sent != x->sent || !(rz->t.tok[k + 1].flags & ERG_TOK_CAP));
}

/* Is the known organization at tokens i..e named as the brand of what is
 * bought, worn or posted, no actor: right after a noun of goods or posts
 * (goods-*.txt: "tas Hermès", "jam tangan Rolex", "akun Facebook"), or
 * before a model's number ("Boeing 787", "BMW X7"), in English news also
 * before a model's code ("Cadillac BLS") or a noun of things ("Vauxhall
 * models")? A word between them
 * may say whose the thing is ("laman resmi KPK", "mobil milik
 * Pertamina"): the owner is an actor. */
static int goods_brand(const erg_rz_t *rz, size_t i, size_t e)
{
    const erg_tokens_t *t = &rz->t;
    erg_lx_bits_t goods = ERG_LX_BIT(ERG_LX_GOODS);
    if (e + 1 < t->n && erg__rz_joinable(rz, e) && t->tok[e + 1].sent == t->tok[e].sent &&
        (model_number(rz, e + 1) ||
         (rz->lang == ERG_LX_EN && t->tok[e + 1].start == t->tok[e].end + 1 && rz->a->text[t->tok[e].end] == ' ' &&
          model_code(rz, e + 1))))
        return 1;
    if (rz->lang == ERG_LX_EN && erg__things_noun_after(rz, e))
        return 1;
    return i > 0 && (rz->cls[i - 1] & goods) && !(t->tok[i - 1].flags & ERG_TOK_CAP) &&
           erg__rz_joinable(rz, i - 1) && t->tok[i - 1].sent == t->tok[i].sent;
}

/* "Chief of Public Affairs Grab Indonesia": in Indonesian news a known
 * company's name and a known state right after it, one space between and
 * no capitalised word after, are the company's arm in that state, one
 * mention of the company; the state does not act there. A state's own body
 * (a name "... of Indonesia" in the gazetteer: "Kementerian Luar Negeri",
 * or a head word) is left alone. */
static void local_arms(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    erg_mention_t *items = rz->m->items;
    for (size_t k = 1; k < t->n; k++) {
        size_t s = rz->owner[k], o = rz->owner[k - 1];
        if (s == ERG_RZ_NONE || o == ERG_RZ_NONE || s == o || items[s].type != ERG_TYPE_STATE ||
            items[o].type != ERG_TYPE_ORGANIZATION || items[s].start != t->tok[k].start ||
            items[o].end != t->tok[k - 1].end || t->tok[k].start != t->tok[k - 1].end + 1 ||
            rz->a->text[t->tok[k - 1].end] != ' ' || strstr(items[o].entity, " of "))
            continue;
        size_t e = k, head = 0;
        for (size_t q = erg__tokens_at(t, items[o].start); q < k; q++)
            head |= either_lang(rz, q, ERG_LX_ORGHEAD);
        if (head)
            continue; /* a body by its head word ("Badan Pengawas Obat dan Makanan Amerika Serikat") is
                       * that state's body, which the gazetteer's name does not say */
        while (e + 1 < t->n && rz->owner[e + 1] == s)
            e++;
        if (e + 1 < t->n && t->tok[e + 1].sent == t->tok[e].sent && (t->tok[e + 1].flags & ERG_TOK_CAP) &&
            erg__rz_joinable(rz, e))
            continue; /* another name goes on */
        erg__rz_drop(rz, s);
        for (size_t q = k; q <= e; q++)
            rz->owner[q] = o;
        items[o].end = t->tok[e].end;
        k = e;
    }
}

/* Fetches ahead (hints only, nothing changes) what matching at token j
 * will read, when a gazetteer alias starts with its word: with `deep` 0 the
 * word's alias and the span index's slot of the key of tokens j and j + 1
 * (its hash to *h, 0 when not fetched, which the lookup then uses); with 1,
 * later, the alias's entity, and the
 * key and alias of that slot when it holds the hash. On a corpus of many
 * names each lookup waited for its line: the index, the aliases and the
 * entities are larger than the caches. */
static __attribute__((noinline)) void gaz_ahead(const erg_rz_t *rz, const erg_map_t *spans, size_t j,
                                                uint64_t *h, int deep, const erg_word_t *w)
{
    const erg_tokens_t *t = &rz->t;
    erg__gazetteer_span_ahead(rz->g, w->gaz, deep);
    if (deep) {
        const erg_map_slot_t *sl = *h ? &spans->slots[*h & (spans->cap - 1)] : NULL;
        if (sl && sl->key && sl->hash == *h) {
            __builtin_prefetch(sl->key);
            erg__gazetteer_span_ahead(rz->g, sl->val, 0);
        }
        return;
    }
    *h = 0;
    if (j + 1 >= t->n || !spans->cap || !(rz->words.w[rz->words.id[j + 1]].tail & ERG_WORD_GAZ))
        return;
    /* only where erg__rz_match may look the key up: tokens of one sentence
     * and region, a short gap between them */
    const erg_token_t *a = &t->tok[j], *b = &t->tok[j + 1];
    char key[128];
    if (a->keylen + 1 + b->keylen > sizeof key || a->sent != b->sent || b->start - a->end > 4 ||
        rz->region[j] == ERG_REGION_SKIP || rz->region[j + 1] != rz->region[j])
        return;
    memcpy(key, t->keys.buf + a->key, a->keylen);
    key[a->keylen] = ' ';
    memcpy(key + a->keylen + 1, t->keys.buf + b->key, b->keylen);
    *h = erg__hash(key, a->keylen + 1 + b->keylen);
    erg__map_prefetch(spans, *h);
}

/* Most tokens start no alias: that test here, inline, the rest called. */
static inline void match_ahead(const erg_rz_t *rz, const erg_map_t *spans, size_t j, uint64_t *h, int deep)
{
    const erg_word_t *w = &rz->words.w[rz->words.id[j]];
    if (w->has & ERG_WORD_GAZ)
        gaz_ahead(rz, spans, j, h, deep, w);
    else
        *h = 0;
}

int erg__rz_match(erg_rz_t *rz)
{
    const erg_gazetteer_t *g = rz->g;
    const erg_tokens_t *t = &rz->t;
    const erg_map_t *spans = erg__gazetteer_spans(g);
    size_t maxtok = erg__gazetteer_maxtok(g);
    erg_buf_t key = {0}, body = {0};
    /* keyend[len]: where the key of the first len tokens ends in `key`;
     * 0 when no alias has that key; val[len]: its value in the index */
    size_t *keyend = calloc(maxtok + 1, sizeof *keyend), *val = calloc(maxtok + 1, sizeof *val);
    int rc = keyend && val ? 0 : ERG_ENOMEM;
    enum { FAR = 16, NEAR = 8 }; /* tokens ahead: most tokens take a few steps */
    /* the two-token keys' hashes of tokens i + 1 .. i + FAR, each with its
     * token: a match skips its tokens, and their entries are then stale */
    uint64_t ahead[2 * FAR] = {0};
    size_t ahead_at[2 * FAR];
    for (size_t j = 0; j < 2 * FAR; j++)
        ahead_at[j] = (size_t)-1;
    /* 4 MB: the index of the bundled gazetteer (1 to 2 MB, real news)
     * matched no faster with the fetches, at 1.5% more instructions */
    int fetch = erg__fetch_worth(spans->cap * sizeof *spans->slots, 4);
    for (size_t j = 0; fetch && j < t->n && j < FAR; j++) {
        match_ahead(rz, spans, j, &ahead[j % (2 * FAR)], 0);
        ahead_at[j % (2 * FAR)] = j;
    }
    for (size_t i = 0; i < t->n && !rc; i++) {
        size_t f = i + FAR, p = i + NEAR;
        if (fetch && f < t->n) {
            match_ahead(rz, spans, f, &ahead[f % (2 * FAR)], 0);
            ahead_at[f % (2 * FAR)] = f;
        }
        if (fetch && p < t->n && ahead_at[p % (2 * FAR)] == p)
            match_ahead(rz, spans, p, &ahead[p % (2 * FAR)], 1);
        /* a word that starts no alias (most tokens) starts no span: its
         * lookup is in the thread's word table (recognize_internal.h) */
        const erg_word_t *first = &rz->words.w[rz->words.id[i]];
        if (rz->region[i] == ERG_REGION_SKIP || !(first->has & ERG_WORD_GAZ))
            continue;
        /* extend the span token by token while some alias starts with it */
        size_t span = 0;
        while (span < maxtok && i + span < t->n &&
               (span == 0 || ((erg__rz_joinable(rz, i + span - 1) || spaced_ampersand(rz, i + span - 1)) &&
                              rz->region[i + span] == rz->region[i]))) {
            const size_t *v;
            if (span == 0) { /* the word alone */
                v = &first->gaz;
                rc = erg__spans_first(t, i, v, &key);
            } else if (!(rz->words.w[rz->words.id[i + span]].tail & ERG_WORD_GAZ)) {
                v = NULL; /* no alias goes on with this word (erg__spans_tails) */
            } else { /* the key of two tokens was hashed ahead (match_ahead) */
                rc = erg__spans_step_hashed(spans, t, i + span, span, &key, &v,
                                            span == 1 && ahead_at[i % (2 * FAR)] == i ? ahead[i % (2 * FAR)] : 0);
            }
            if (rc || !v)
                break;
            span++;
            keyend[span] = (*v & 1) ? key.len : 0;
            val[span] = *v;
            if (!(*v & ERG_SPAN_MORE))
                break; /* no alias goes on from here */
        }
        for (size_t len = span; len >= 1 && !rc; len--) {
            if (!keyend[len])
                continue;
            const erg_alias_t *al = erg__gazetteer_span_alias(g, val[len], key.buf, keyend[len]);
            if (!al || !lang_ok(rz, al) ||
                (!case_ok(rz, i, al) && !(len > 1 && !(al->flags & ERG_ALIAS_ACRONYM) && article_glued(rz, i))) || (len == 1 && (inside_event(rz, i, al) || unit_of_next(rz, i, al) || nationality(rz, i) ||
                              party_named_after(rz, i))) ||
                (len > 1 && erg__gazetteer_type(g, al->entity) == ERG_TYPE_ORGANIZATION &&
                 ends_in_lowercase(rz, i + len - 1)))
                continue;
            erg_type_t type = erg__gazetteer_type(g, al->entity);
            if (type == ERG_TYPE_STATE && place_named_after(rz, i + len - 1))
                continue;
            if (type == ERG_TYPE_ORGANIZATION && goods_brand(rz, i, i + len - 1)) {
                size_t e = i + len; /* no name for the model either ("BMW X7", "Cadillac XLR") */
                if (e < t->n && (t->tok[e].flags & ERG_TOK_ALLCAPS) && t->tok[e].start == t->tok[e - 1].end + 1 &&
                    rz->a->text[t->tok[e - 1].end] == ' ')
                    len++;
                for (size_t k = i; k < i + len; k++)
                    rz->region[k] = ERG_REGION_SKIP;
                i += len - 1;
                break;
            }
            size_t slen = 0, foreign = foreign_body(rz, i, i + len - 1, al, &slen, &body);
            if (foreign != (size_t)-1)
                rc = push_foreign_body(rz, i, i + len - 1, al->entity, foreign, slen, &body);
            else
                rc = erg__rz_push_known(rz, i, i + len - 1, al->entity, 0);
            for (size_t k = i; k < i + len + slen; k++)
                rz->gz[k] = (unsigned char)((k == i ? ERG_GZ_BEGIN : ERG_GZ_INSIDE) | (1 + type));
            if (!rc && !slen && len > 1 && type == ERG_TYPE_ORGANIZATION)
                rc = nested_states(rz, i + 1, i + len, &key, keyend, val);
            len += slen;
            i += len - 1;
            break;
        }
    }
    free(keyend);
    free(val);
    erg__buf_release(&key);
    erg__buf_release(&body);
    if (!rc)
        initials(rz);
    if (!rc && rz->lang != ERG_LX_EN)
        local_arms(rz);
    return rc;
}
