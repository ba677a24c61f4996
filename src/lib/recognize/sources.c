/*
 * sources.c: an outlet cited as the source of a quote or a report is where
 * the words were given or found, not a participant of the story, so it must
 * not link to everyone quoted ("kata Budi kepada Kompas.com", "told the BBC
 * News website", "according to Reuters", "dikutip dari Antara"). An outlet
 * is a mention whose every token lies in a name of lists/outlets.txt,
 * whose text is a web address ("Tribunnews.com"), a discovered name
 * made a publication's by a word of lists/publications.txt, or one opened
 * by an outlet's name (its station or edition: "ABC Radio Brisbane"). It
 * takes role source:
 *  - right after a cue of lists/sources-before-LANG.txt, or right before
 *    one of lists/sources-after-LANG.txt, in the same sentence;
 *  - in a photo credit "Outlet/Name", whose names after the slash, to the
 *    end of the credit, are credits (role byline).
 * Elsewhere an outlet is an organization like any other ("Reuters cut 3,000
 * jobs"). A mention already a credit (a dateline's outlet) stays one.
 * The same pass drops a state named only as a modifier ("dolar AS").
 */
#include "lexicon.h"
#include "recognize_internal.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

int erg__web_address(const char *s, size_t n)
{
    /* asked of every mention: the lengths are constants, and the dot
     * where a domain would start rules out most names at once */
#define TLD(x) {x, sizeof x - 1}
    static const struct {
        const char *s;
        size_t n;
    } tlds[] = {TLD(".com"), TLD(".co.id"), TLD(".id"), TLD(".net"), TLD(".org"), TLD(".co.uk")};
#undef TLD
    for (size_t k = 0; k < sizeof tlds / sizeof tlds[0]; k++) {
        size_t m = tlds[k].n;
        if (n <= m + 1 || (s[n - m] | 0x20) != '.')
            continue;
        size_t i = 1;
        while (i < m && (s[n - m + i] | 0x20) == (tlds[k].s[i] | 0x20))
            i++;
        if (i == m)
            return 1;
    }
    return 0;
}

/* The tokens of the mentions, found once for the pass (its loops asked
 * for each mention's again and again, two binary searches each time): the
 * tokens of mention x are first[x] .. end[x] - 1. NULL arrays (out of
 * memory): found each time. The pass changes no mention's bytes. */
typedef struct {
    size_t *first, *end;
} spans_t;

/* Tokens i..j (inclusive) of mention x (which starts at a token); 0 when
 * it holds none. */
static int token_span(const erg_rz_t *rz, const spans_t *sp, size_t x, size_t *i, size_t *j)
{
    if (!sp->first)
        return mention_tokens(rz, &rz->m->items[x], i, j);
    *i = sp->first[x];
    if (*i >= sp->end[x])
        return 0;
    *j = sp->end[x] - 1;
    return 1;
}

/* Does a place's or a state's mention (nested in a longer name) cover
 * token k? */
static int place_at(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    for (size_t n = 0; n < rz->m->n; n++) {
        const erg_mention_t *p = &rz->m->items[n];
        if (p->entity && (p->type == ERG_TYPE_PLACE || p->type == ERG_TYPE_STATE) && p->start <= x->start &&
            x->end <= p->end)
            return 1;
    }
    return 0;
}

/* Is organization m (tokens i..j) an outlet's station or edition: the
 * outlet's name, then words of broadcasting and places only ("ABC Radio
 * Brisbane", "BBC World Service")? Not a body named after it: "the Guardian
 * Council", "Tempo Scan Pacific". */
static int station(const erg_rz_t *rz, const erg_mention_t *m, size_t i, size_t j)
{
    static const char *const words[] = {"radio", "tv", "television", "news", "online", "world", "service",
                                        "international", "digital"};
    if (m->type != ERG_TYPE_ORGANIZATION || !(rz->cls[i] & (1u << ERG_LX_OUTLET)))
        return 0;
    int broadcast = 0;
    for (size_t k = i + 1; k <= j; k++) {
        int word = key_in(rz, k, words);
        broadcast |= word;
        if (!word && !(rz->cls[k] & (1u << ERG_LX_OUTLET)) && !place_at(rz, k))
            return 0;
    }
    return broadcast;
}

static int is_outlet(const erg_rz_t *rz, const erg_mention_t *m, size_t i, size_t j)
{
    if (erg__web_address(rz->a->text + m->start, m->end - m->start))
        return 1;
    if ((m->flags & ERG_MENTION_DISCOVERED) && j > i &&
        (((rz->cls[j] | rz->cls[i]) & (1u << ERG_LX_PUBLICATION)) || station(rz, m, i, j)))
        return 1; /* "Sustainability Magazine", "Majalah Tempo" (lists/publications.txt); an
                   * outlet's station or edition: "ABC Radio Brisbane" */
    for (size_t k = i; k <= j; k++)
        if (!(rz->cls[k] & (1u << ERG_LX_OUTLET)))
            return 0;
    return 1;
}

/* Is mention m (tokens i..j) a person's initials the article defined
 * ("Adi Prasetyo (AP)"), not the news agency they spell? */
static int initials_of_person(const erg_rz_t *rz, const erg_mention_t *m, size_t i, size_t j)
{
    const erg_token_t *t = &rz->t.tok[i];
    return i == j && m->type == ERG_TYPE_PERSON && (m->flags & ERG_MENTION_DISCOVERED) &&
           (t->flags & ERG_TOK_ALLCAPS) &&
           (strlen(m->key) != t->keylen || memcmp(m->key, rz->t.keys.buf + t->key, t->keylen) != 0);
}

/* Is token k of the sentence of token s and of list `list`? */
static int cue(const erg_rz_t *rz, size_t k, size_t s, int list)
{
    return k < rz->t.n && rz->t.tok[k].sent == rz->t.tok[s].sent && (rz->cls[k] & (1u << list));
}

/* Is a cue of sources-before-*.txt right before token i, or before an
 * English "the" there ("menurut laporan The Hindustan Times": Indonesian
 * keeps an English outlet's article)? */
static int cue_before(const erg_rz_t *rz, size_t i)
{
    return cue(rz, i - 1, i, ERG_LX_SOURCE_BEFORE) ||
           (i > 1 && key_is(rz, i - 1, "the") && cue(rz, i - 2, i, ERG_LX_SOURCE_BEFORE));
}

/* "Outlet/Name": the mention ends right before a slash glued to a
 * capitalised token. *after gets the byte after the slash. */
static int photo_credit(const erg_rz_t *rz, const erg_mention_t *m, size_t j, size_t *after)
{
    const char *s = rz->a->text;
    if (m->end >= rz->a->len || s[m->end] != '/' || j + 1 >= rz->t.n ||
        rz->t.tok[j + 1].start != m->end + 1 || !(rz->t.tok[j + 1].flags & ERG_TOK_CAP))
        return 0;
    *after = m->end + 1;
    return 1;
}

/* The mentions from byte `from` to the end of the credit (a closing
 * bracket, a comma or the line's end) are credits. */
static void credit_names(erg_rz_t *rz, size_t from)
{
    const char *s = rz->a->text;
    size_t end = from;
    while (end < rz->a->len && s[end] != ')' && s[end] != ',' && s[end] != '\n' && s[end] != ';')
        end++;
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        if (m->start >= from && m->end <= end && m->role == ERG_ROLE_MENTION)
            m->role = ERG_ROLE_BYLINE;
    }
}

/* Is token k, of list modifiers-after, the state's modifier? A participle
 * of the list ("based", "made", "listed") is only glued by a hyphen
 * ("UK-based"); after a blank it is the state's verb ("Britain made clear",
 * "the US listed its demands"). A noun ("dollar") is one either way. */
static int modifier_after(const erg_rz_t *rz, size_t k)
{
    if (k >= rz->t.n || !cue(rz, k, k - 1, ERG_LX_MODIFIER_AFTER))
        return 0;
    const char *w = rz->a->text + rz->t.tok[k].start;
    size_t n = rz->t.tok[k].end - rz->t.tok[k].start;
    int participle = (n > 2 && memcmp(w + n - 2, "ed", 2) == 0) || (n == 4 && memcmp(w, "made", 4) == 0) ||
                     (n == 4 && memcmp(w, "born", 4) == 0);
    return !participle || rz->a->text[rz->t.tok[k].start - 1] == '-';
}

/* A state named as a modifier is not taking part: a currency ("dolar AS",
 * "US dollar") or a language ("bahasa Inggris"), by the words of
 * lists/modifiers-before-LANG.txt and modifiers-after-LANG.txt next to it.
 * The mention is dropped (its entity cleared, as coref drops one). */
static void drop_modifiers(erg_rz_t *rz, const spans_t *sp)
{
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        size_t i, j;
        if (m->entity && m->type == ERG_TYPE_STATE && token_span(rz, sp, x, &i, &j) &&
            ((i > 0 && cue(rz, i - 1, i, ERG_LX_MODIFIER_BEFORE)) || modifier_after(rz, j + 1)))
            m->entity = NULL;
    }
}

/* An English name glued by a hyphen to a lowercase word after it is the
 * first half of a compound modifier ("the U.S.-led coalition", "a
 * London-based firm", "NATO-funded schools", "Soviet-era jets"), not the
 * state, place or body taking part: the mention is dropped, as CoNLL-style
 * annotations leave such compounds out. Not a person's ("Kim Jong-il"),
 * nor a name going on after the word ("Stratford-upon-Avon"). So is one
 * glued to a prefix of modifiers-before-en.txt before it ("pro-Taliban
 * militants", "anti-NATO protests"; the Arabic article of "al-Qaida" is
 * none), or to a nationality adjective of generic-en.txt ("U.S.-Russian
 * relations", "Chinese-U.S. trade"); two names so joined stay ("the
 * Iran-Iraq war"). */
static void drop_compounds(erg_rz_t *rz, const spans_t *sp)
{
    const char *s = rz->a->text;
    if (rz->lang != ERG_LX_EN)
        return;
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        size_t i, j;
        if (!m->entity || m->type == ERG_TYPE_PERSON || !token_span(rz, sp, x, &i, &j) || j + 1 >= rz->t.n)
            continue;
        const erg_token_t *w = &rz->t.tok[j + 1], *v = i > 0 ? &rz->t.tok[i - 1] : NULL;
        int after = m->end < rz->a->len && s[m->end] == '-' && w->start == m->end + 1; /* glued to w */
        int before = v && m->start > 0 && s[m->start - 1] == '-' && v->end == m->start - 1; /* to v */
        if ((after && s[w->start] >= 'a' && s[w->start] <= 'z' && !(w->end < rz->a->len && s[w->end] == '-')) ||
            (before && !(v->flags & ERG_TOK_CAP) && cue(rz, i - 1, i, ERG_LX_MODIFIER_BEFORE)) ||
            (after && cue(rz, j + 1, j, ERG_LX_GENERIC) && (w->flags & ERG_TOK_CAP)) ||
            (before && cue(rz, i - 1, i, ERG_LX_GENERIC) && (v->flags & ERG_TOK_CAP)))
            m->entity = NULL; /* "U.S.-led", "pro-Taliban", "U.S.-Russian relations", "Chinese-U.S. trade" */
    }
}

/* "VOA's Carol Pearson has more", "the BBC's business correspondent Ana
 * Reyes", "VOA Producer Tom Hale": an outlet's reporter, named after it
 * (its 's, then up to three lowercase words or reporters-LANG.txt words,
 * one of them a reporter's), reported the story and is no party to it.
 * The words must be one space apart ("a Reuters reporter, Daniel Orme,
 * was detained" is the story), and the person named nowhere else in the
 * article, as a reporter who only reported is ("Al Jazeera journalist
 * Lina Harb was killed ... Harb, 51,"); with no word between, the outlet's
 * 's must come before the person, and the sentence end within ten words
 * after the name or end its paragraph, as a sign-off does ("VOA's Tom Hale
 * has more"). Returns the mention of the reporter, or ERG_RZ_NONE. The
 * outlet's staff in other roles stay ("the BBC's chairman Gavyn Davies"). */
static size_t reporter_after(const erg_rz_t *rz, size_t j)
{
    size_t k = j + 1, words = 0;
    int reporter = 0, owns = k < rz->t.n && possessive_s(rz, k);
    if (owns)
        k++;
    for (; k < rz->t.n && rz->t.tok[k].sent == rz->t.tok[j].sent && spaced(rz, k); k++) {
        size_t o = rz->owner[k];
        if (o != ERG_RZ_NONE) {
            const erg_mention_t *p = &rz->m->items[o];
            if (!p->entity || p->type != ERG_TYPE_PERSON || p->role != ERG_ROLE_MENTION ||
                p->start != rz->t.tok[k].start || (words > 0 ? !reporter : !owns))
                return ERG_RZ_NONE;
            for (size_t q = 0; q < rz->m->n; q++)
                if (q != o && rz->m->items[q].entity && strcmp(rz->m->items[q].key, p->key) == 0)
                    return ERG_RZ_NONE; /* "Al Jazeera journalist Lina Harb was killed ... Harb, 51," */
            size_t end = erg__tokens_at(&rz->t, p->end), left = 0;
            while (end + left < rz->t.n && rz->t.tok[end + left].sent == rz->t.tok[k].sent)
                left++;
            int last = end + left >= rz->t.n || rz->t.tok[end + left].para != rz->t.tok[k].para;
            if (words == 0 && left > 10 && !last)
                return ERG_RZ_NONE; /* a sign-off is short, or ends its paragraph: "VOA's Tom Hale has more." */
            return o;
        }
        int of_reporter = (rz->cls[k] & ERG_LX_BIT(ERG_LX_REPORTER)) != 0;
        if (++words > 3 || (is_cap(rz, k) && !of_reporter))
            return ERG_RZ_NONE; /* lowercase words, or a reporter's word ("Producer") */
        reporter |= of_reporter;
    }
    return ERG_RZ_NONE;
}

/* "Sam Hale reports for VOA": the person right before "reports for" (or
 * "reporting for", "reported for", and "the") an outlet is its reporter.
 * Returns the mention, or ERG_RZ_NONE. */
static size_t reporter_before(const erg_rz_t *rz, size_t i)
{
    if (i >= 1 && key_is(rz, i - 1, "the"))
        i--; /* "reports for the Guardian" */
    if (i < 3 || !key_is(rz, i - 1, "for") || rz->t.tok[i - 3].sent != rz->t.tok[i].sent ||
        !(key_is(rz, i - 2, "reports") || key_is(rz, i - 2, "reporting") || key_is(rz, i - 2, "reported")))
        return ERG_RZ_NONE;
    size_t o = rz->owner[i - 3];
    return o != ERG_RZ_NONE && rz->m->items[o].type == ERG_TYPE_PERSON && rz->m->items[o].role == ERG_ROLE_MENTION
               ? o
               : ERG_RZ_NONE;
}

void erg__rz_sources(erg_rz_t *rz)
{
    spans_t spans = {malloc((rz->m->n + 1) * sizeof *spans.first), malloc((rz->m->n + 1) * sizeof *spans.end)};
    if (!spans.first || !spans.end) {
        free(spans.first);
        free(spans.end);
        spans.first = spans.end = NULL;
    }
    for (size_t x = 0; spans.first && x < rz->m->n; x++) {
        spans.first[x] = erg__tokens_at(&rz->t, rz->m->items[x].start);
        spans.end[x] = erg__tokens_at(&rz->t, rz->m->items[x].end);
    }
    const spans_t *sp = &spans;
    drop_modifiers(rz, sp);
    drop_compounds(rz, sp);
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        size_t i, j, after;
        if (!m->entity || m->role != ERG_ROLE_MENTION || !token_span(rz, sp, x, &i, &j) ||
            !is_outlet(rz, m, i, j) || initials_of_person(rz, m, i, j))
            continue;
        if ((m->flags & ERG_MENTION_DISCOVERED) && m->type == ERG_TYPE_PERSON)
            m->type = ERG_TYPE_ORGANIZATION; /* an outlet the model took for a person */
        size_t by = reporter_after(rz, j);
        if (by == ERG_RZ_NONE)
            by = reporter_before(rz, i);
        if (by != ERG_RZ_NONE) {
            m->role = ERG_ROLE_SOURCE;
            rz->m->items[by].role = ERG_ROLE_BYLINE;
        } else if ((i > 0 && cue_before(rz, i) && !(j + 1 < rz->t.n && key_is(rz, j + 1, "to"))) ||
                   cue(rz, j + 1, j, ERG_LX_SOURCE_AFTER)) {
            m->role = ERG_ROLE_SOURCE; /* not "told the BBC to apologise", an order to it */
        } else if (photo_credit(rz, m, j, &after)) {
            m->role = ERG_ROLE_SOURCE;
            credit_names(rz, after);
        }
    }
    /* "kata Rina kepada Kompas.com dan Reuters": an outlet listed after a
     * source is one too (mentions are not in text order, so each pass may
     * reach one item further) */
    for (int changed = 1, pass = 0; changed && pass < 4; pass++) {
        changed = 0;
        for (size_t x = 0; x < rz->m->n; x++) {
            erg_mention_t *m = &rz->m->items[x];
            size_t i, j, o;
            if (!m->entity || m->role != ERG_ROLE_MENTION || !token_span(rz, sp, x, &i, &j) || i < 2 ||
                !is_outlet(rz, m, i, j) || !(rz->cls[i - 1] & (1u << ERG_LX_CONJUNCTION)) ||
                rz->t.tok[i - 2].sent != rz->t.tok[i].sent || (o = rz->owner[i - 2]) == ERG_RZ_NONE ||
                rz->m->items[o].role != ERG_ROLE_SOURCE)
                continue;
            m->role = ERG_ROLE_SOURCE;
            changed = 1;
        }
    }
    free(spans.first);
    free(spans.end);
}
