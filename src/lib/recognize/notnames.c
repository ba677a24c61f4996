/*
 * notnames.c: which of the candidates discover.c found are no names: events,
 * laws, programmes and products; kinds of people; phrases of common words;
 * short forms of lowercase phrases; a known company in the plural; a word
 * capitalised only by its sentence's start; initials in crime news. Each
 * predicate reads the article's tokens and word-list classes, nothing else.
 */
#include "ergraph.h"
#include "discover_internal.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "recognize_internal.h"
#include "text.h"

#include <string.h>

/* Does candidate c hold an organization or place head word, or a
 * company's tail word? */
int erg__any_head(const erg_rz_t *rz, const cand_t *c)
{
    unsigned heads = (1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD) | (1u << ERG_LX_ORGTAIL);
    for (size_t k = c->i; k <= c->j; k++)
        if ((rz->cls[k] & heads) || english_org(rz, k))
            return 1;
    return 0;
}

/* Is candidate c an event, a law, a programme or a product ("Perang Dingin",
 * "UU Pemilu", "Finance Act": named by its head word, first in Indonesian,
 * last in English, in English also in Indonesian news ("Running Festival"),
 * or by a head word trimmed off its front: "Hari Lahir
 * Pancasila"), or a kind of people or group rather than one ("Analysts",
 * "Labour MPs", "Warga Bekasi", "Partai", "Bank" alone)? */
static int not_a_name(const erg_rz_t *rz, const cand_t *c)
{
    int en = rz->lang == ERG_LX_EN;
    unsigned event = (1u << ERG_LX_EVENTHEAD) | (1u << ERG_LX_LAW), generic = 1u << ERG_LX_GENERIC;
    if ((rz->cls[en ? c->j : c->i] & event) || (!en && c->j > c->i && english_word(rz, c->j, ERG_LX_EVENTHEAD)) ||
        (c->i > 0 && (rz->cls[c->i - 1] & event) && is_cap(rz, c->i - 1) && erg__rz_joinable(rz, c->i - 1)))
        return 1;
    size_t after = c->j + 1; /* an English head the model left off the end: "Bafta Interactive | Awards" */
    if (c->type == ERG_TYPE_ORGANIZATION && after < rz->t.n && is_cap(rz, after) && erg__rz_joinable(rz, c->j) &&
        english_word(rz, after, ERG_LX_EVENTHEAD) && !(rz->t.tok[after].flags & ERG_TOK_ALLCAPS))
        return 1;
    if ((rz->cls[en ? c->j : c->i] & generic) || (!en && c->i == c->j && english_word(rz, c->i, ERG_LX_GENERIC)))
        return 1; /* one English word of the list in Indonesian news too: "Americans" */
    if (c->i == c->j && (rz->cls[c->i] & (ERG_LX_BIT(ERG_LX_UNIT) | ERG_LX_BIT(ERG_LX_PLACEHEAD) |
                                          ERG_LX_BIT(ERG_LX_HONORIFIC))))
        return 1; /* "Satuan", "Distrik", "the Speaker" alone */
    int org = 0;
    for (size_t k = c->i; k <= c->j; k++) {
        org |= either_lang(rz, k, ERG_LX_ORGHEAD);
        if (either_lang(rz, k, ERG_LX_ORGHEAD) || (c->i == c->j && english_word(rz, k, ERG_LX_ORGTAIL)))
            continue;
        if (c->j > c->i && (rz->cls[k] & (1u << ERG_LX_SEAT)))
            continue; /* "Kantor Wilayah", "Pengadilan Negeri" without the seat: a kind of body, no body */
        return 0;
    }
    return org || c->i == c->j; /* head words alone, Indonesian or English ("Airways"), or a company's tail alone ("Services") */
}

/* Is candidate c a phrase of common words ("Cultural Roots", "Assistive
 * Mouse", "Ratusan" opening a sentence): each word one that news writes in
 * lowercase and almost never inside a name (data/lists/common-*.txt, in the
 * article's language or in English, which Indonesian news quotes), or part
 * of a listed technology or product (things-*.txt: "RSS", "Windows XP"), or
 * a function word between two of them? A head word ("Court", "Party"), an
 * acronym or any other word makes it a name. */
static int common_phrase(const erg_rz_t *rz, const cand_t *c)
{
    if (c->i > 0 && (rz->cls[c->i - 1] & ((1u << ERG_LX_TITLE) | (1u << ERG_LX_HONORIFIC))) &&
        erg__rz_joinable(rz, c->i - 1))
        return 0; /* "Mr Major", "Presiden Joko": a name after a title */
    size_t at;
    if (rz->lang != ERG_LX_EN && (rz->cls[c->i] & (1u << ERG_LX_ORGHEAD)) && erg__rz_joinable(rz, c->j) &&
        erg__known_place_after(rz, c->j, &at) != ERG_RZ_NONE)
        return 0; /* "Dinas Sosial | Kota Denpasar": the office of a place, which place_after joins */
    for (size_t k = c->i; k <= c->j; k++) {
        if (either_lang(rz, k, ERG_LX_THING))
            continue;
        const erg_token_t *x = &rz->t.tok[k];
        if (k > c->i && either_lang(rz, k - 1, ERG_LX_THING) && (x->flags & ERG_TOK_ALLCAPS) &&
            x->end - x->start <= 2 && x->start == rz->t.tok[k - 1].end + 1 && rz->a->text[x->start - 1] == '.')
            continue; /* a listed thing's variant: "Bagle.AU" */
        if ((rz->t.tok[k].flags & ERG_TOK_ALLCAPS) || english_org(rz, k))
            return 0; /* an English company or body: "Sun Life", "Supreme Court" */
        if (either_lang(rz, k, ERG_LX_COMMON))
            continue;
        if (k == c->i || k == c->j || !(rz->cls[k] & (1u << ERG_LX_FUNCTION)))
            return 0;
    }
    return 1;
}

int erg__dictionary_word(const erg_rz_t *rz, size_t k)
{
    const char *w = rz->t.keys.buf + rz->t.tok[k].key;
    size_t n = rz->t.tok[k].keylen;
    if (erg__lexicon_lowercase_word(rz->lx, rz->lang, w, n))
        return 1;
    if (rz->lang == ERG_LX_EN)
        return 0;
    static const char *const suffixes[] = {"nya", "an"};
    for (size_t x = 0; x < sizeof suffixes / sizeof *suffixes; x++) {
        size_t m = strlen(suffixes[x]);
        if (n >= m + 4 && memcmp(w + n - m, suffixes[x], m) == 0 &&
            erg__lexicon_lowercase_word(rz->lx, rz->lang, w, n - m))
            return 1;
    }
    return 0;
}

int erg__common_noun(const erg_rz_t *rz, size_t k)
{
    if (erg__dictionary_word(rz, k))
        return 1;
    const char *w = rz->t.keys.buf + rz->t.tok[k].key;
    size_t n = rz->t.tok[k].keylen;
    return rz->lang != ERG_LX_EN && n >= 7 &&
           ((memcmp(w + n - 2, "an", 2) == 0 && (memcmp(w, "ke", 2) == 0 || memcmp(w, "pe", 2) == 0)) ||
            memcmp(w + n - 5, "isasi", 5) == 0);
}

/* Is token q a word of an event's name, a capitalised run opening with an
 * event's head word ("Hari Susu Nusantara")? Capitalised there, it is no
 * name of its own. */
static int in_event_name(const erg_rz_t *rz, size_t q)
{
    size_t r = q;
    while (r > 0 && q - r < 4 && is_cap(rz, r - 1) && erg__rz_joinable(rz, r - 1) && !opens_sentence(rz, r))
        r--;
    return r < q && (rz->cls[r] & (1u << ERG_LX_EVENTHEAD)) && is_cap(rz, r);
}

/* Is candidate c one word that its language's dictionary writes in
 * lowercase only (dictionary-*.txt; in Indonesian news only after a
 * dateline), or that its article writes in lowercase elsewhere,
 * capitalised here because it opens a sentence, a headline or the text
 * after a dateline ("Rolling out the network", "Rock band Rooster played",
 * "JAKARTA, KOMPAS.com - Ratusan warga ..."), and capitalised nowhere else
 * in the article? A name would be: "Hacker" written mid-sentence is
 * someone's name. */
static int lowercase_opener(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->i;
    int after_dateline = k > 0 && rz->region[k - 1] == ERG_REGION_DATELINE && rz->region[k] == ERG_REGION_TEXT;
    if (c->j != k || !(opens_sentence(rz, k) || after_dateline) || (t->tok[k].flags & ERG_TOK_ALLCAPS) ||
        rz->region[k] == ERG_REGION_DATELINE)
        return 0; /* a dateline's word is a place by where it stands ("Beijing (ANTARA) -") */
    if (k + 1 < t->n && (rz->cls[k + 1] & (1u << ERG_LX_REPORTING)) && erg__rz_joinable(rz, k))
        return 0; /* "Aziz menyampaikan ...": someone speaks */
    /* Indonesian names are often words too ("Angel", "Indah"): the
     * dictionary speaks only where a dateline leaves no other reading */
    int lower = (rz->lang == ERG_LX_EN || after_dateline) && erg__dictionary_word(rz, k);
    for (size_t q = 0; q < t->n; q++) {
        if (q == k || !same_key(rz, q, k))
            continue;
        if (!opens_sentence(rz, q) && is_cap(rz, q) && !rz->headline[q] && !in_event_name(rz, q))
            return 0; /* (a title-case headline capitalises every word) */
        lower |= !is_cap(rz, q);
    }
    return lower;
}

/* Is token k a dictionary word, in Indonesian news also an English one (a
 * term quoted in English: "Environmental, Social, and Governance") or an
 * English noun by its ending ("Utilization")? */
static int list_word(const erg_rz_t *rz, size_t k)
{
    if (erg__dictionary_word(rz, k))
        return 1;
    if (rz->lang == ERG_LX_EN)
        return 0;
    const char *w = rz->t.keys.buf + rz->t.tok[k].key;
    size_t n = rz->t.tok[k].keylen;
    if (erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, w, n))
        return 1;
    static const char *const endings[] = {"tion", "tions", "ment", "ments", "ness"};
    for (size_t x = 0; x < sizeof endings / sizeof *endings; x++) {
        size_t m = strlen(endings[x]);
        if (n >= m + 4 && memcmp(w + n - m, endings[x], m) == 0)
            return 1;
    }
    return 0;
}

/* Is token q a dictionary word capitalised, the next item of a list
 * beside token k (k's comma, and perhaps "dan", between them)? */
static int capitalised_word_item(const erg_rz_t *rz, size_t k, size_t q)
{
    return q < rz->t.n && rz->t.tok[q].sent == rz->t.tok[k].sent && is_cap(rz, q) &&
           !(rz->t.tok[q].flags & ERG_TOK_ALLCAPS) && rz->owner[q] == ERG_RZ_NONE && list_word(rz, q);
}

/* Is candidate c one capitalised dictionary word in a list of them, the
 * title-case name of a unit or a term cut into words ("Direktur Manajemen
 * Risiko, Legal, dan HSSE", "Kimia, Sandang, dan Kerajinan",
 * "Prasarana, Sarana, dan Utilitas Umum", "Environmental, Social, and
 * Governance")? The article capitalises it
 * nowhere else; people listed by name are written so again. */
static int dictionary_list_item(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->i;
    if (c->j != k || c->type == ERG_TYPE_PLACE || (t->tok[k].flags & ERG_TOK_ALLCAPS) || !list_word(rz, k) ||
        (k > 0 && (rz->cls[k - 1] & ((1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD)))) ||
        erg__place_by_article(rz, c))
        return 0; /* places are often words too: "Kampung Gabus, Tambun Utara", "Subang, dan Sumedang" */
    int listed = (k > 0 && gap_is(rz, k - 1, ',') && capitalised_word_item(rz, k, k - 1)) ||
                 (k + 1 < t->n && gap_is(rz, k, ',') &&
                  (capitalised_word_item(rz, k, k + 1) ||
                   (lower_conjunction(rz, k + 1) &&
                    capitalised_word_item(rz, k, k + 2))));
    if (!listed)
        return 0;
    for (size_t q = 0; q < t->n; q++)
        if (q != k && same_key(rz, q, k) && is_cap(rz, q) && !rz->headline[q])
            return 0;
    return 1;
}

/* Is candidate c a short form in brackets whose long form, just before
 * the bracket, is a phrase in lowercase ("corporate social responsibility
 * (CSR)", "tanda tangan elektronik (TTE)")? Its letters are the first
 * letters of the words before it (function words may be passed over:
 * "Obat dan Makanan"), some of them lowercase, and none of them in a
 * mention: a name before its short form ("Badan Gizi Nasional (BGN)") was
 * found first. */
int erg__short_form_of_phrase(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    size_t i = c->i, n = t->tok[i].end - t->tok[i].start;
    if (c->j != i || i == 0 || !(t->tok[i].flags & ERG_TOK_ALLCAPS) || n < 2 || n > 6 ||
        !gap_is(rz, i - 1, '(') || i + 1 >= t->n || !gap_is(rz, i, ')'))
        return 0;
    size_t k = i;
    int lower = 0;
    for (size_t l = n; l > 0;) {
        if (k == 0 || t->tok[k - 1].sent != t->tok[i].sent)
            return 0;
        k--;
        char first = s[t->tok[k].start], want = s[t->tok[i].start + l - 1];
        if (rz->owner[k] != ERG_RZ_NONE)
            return 0;
        if (rz->cls[k] & ((1u << ERG_LX_FUNCTION) | (1u << ERG_LX_CONJUNCTION)))
            continue; /* "Office of the Deputy ...", "Obat dan Makanan" */
        if ((first | 0x20) != (want | 0x20))
            return 0;
        lower |= !is_cap(rz, k);
        l--;
    }
    return lower; /* a capitalised long form may be a name the model missed */
}

/* Is candidate c, one or two words in brackets, the short form of the
 * event, law or programme named right before the bracket, by its head word
 * (eventheads-*.txt, laws-*.txt: "Upacara Prasetya Perwira (Praspa)")? It
 * opens with the first letter of the head word or of the word after it. */
int erg__event_short_form(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    if (c->i < 2 || c->j > c->i + 1 || !gap_is(rz, c->i - 1, '(') || c->j + 1 >= t->n || !gap_is(rz, c->j, ')'))
        return 0;
    size_t h = c->i - 1;
    while (h > 0 && c->i - h < 8 && is_cap(rz, h - 1) && erg__rz_joinable(rz, h - 1) && inner_gap(rz, h - 1) &&
           !(rz->cls[h] & (ERG_LX_BIT(ERG_LX_EVENTHEAD) | ERG_LX_BIT(ERG_LX_LAW))))
        h--;
    if (!is_cap(rz, h) || !(rz->cls[h] & (ERG_LX_BIT(ERG_LX_EVENTHEAD) | ERG_LX_BIT(ERG_LX_LAW))) ||
        rz->owner[h] != ERG_RZ_NONE)
        return 0;
    char first = (char)(rz->a->text[t->tok[c->i].start] | 0x20);
    return first == (rz->a->text[t->tok[h].start] | 0x20) ||
           (h + 1 < c->i && first == (rz->a->text[t->tok[h + 1].start] | 0x20));
}

/* Is candidate c a person's initials in crime or court news: two or three
 * capitals alone, in a sentence that speaks of a suspect, a victim or a
 * witness (initials-before-*.txt) wherever it stands there ("EO, ditetapkan
 * sebagai tersangka", "AYS dan YG sebagai tersangka")? A known body's
 * acronym was matched before (the gazetteer), and a name given in full
 * before its short form in brackets is one. */
static int initials_in_crime_news(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t i = c->i, n = t->tok[i].end - t->tok[i].start;
    if (rz->lang == ERG_LX_EN || c->j != i || !(t->tok[i].flags & ERG_TOK_ALLCAPS) || n < 2 || n > 3 ||
        (i > 0 && gap_is(rz, i - 1, '(')))
        return 0;
    for (size_t k = i; k > 0 && t->tok[k - 1].sent == t->tok[i].sent; k--)
        if (rz->cls[k - 1] & (1u << ERG_LX_INITIALS_BEFORE))
            return 1;
    for (size_t k = i + 1; k < t->n && t->tok[k].sent == t->tok[i].sent; k++)
        if (rz->cls[k] & (1u << ERG_LX_INITIALS_BEFORE))
            return 1;
    return 0;
}

/* Is token k's word a person's: a famous surname, a word of a person's
 * name the article gives, or written after a title somewhere in it
 * ("Presiden Prabowo")? */
static int a_persons_word(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    const char *w = t->keys.buf + t->tok[k].key;
    size_t n = t->tok[k].keylen;
    if (rz->g && erg__gazetteer_surname(rz->g, w, n) != ERG_RZ_NONE)
        return 1;
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        if (m->entity && m->type == ERG_TYPE_PERSON && erg__key_has_word(m->key, strlen(m->key), w, n))
            return 1;
    }
    erg_lx_bits_t title = ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_HONORIFIC);
    for (size_t q = 1; q < t->n; q++)
        if ((rz->cls[q - 1] & title) && same_key(rz, q, k) && erg__rz_joinable(rz, q - 1))
            return 1;
    return 0;
}

/* May candidate c name a product or a programme? A noun before a name can
 * as well name its owner ("program PKK", "aplikasi Kemensos", "sapi
 * Prabowo"): a head word, a single acronym or a person's word keeps the
 * name a name. */
int erg__thing_like(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    if (erg__any_head(rz, c) || (c->i == c->j && (t->tok[c->i].flags & ERG_TOK_ALLCAPS)))
        return 0;
    return c->i != c->j || !a_persons_word(rz, c->i);
}

/* Does a known company's name (the gazetteer's) end at token k, the next
 * word joined to it, in English news ("the GMC | Savana", "Mini | Cooper")? */
int erg__maker_at(const erg_rz_t *rz, size_t k)
{
    size_t o = rz->owner[k];
    if (rz->lang != ERG_LX_EN || o == ERG_RZ_NONE || k + 1 >= rz->t.n || !erg__rz_joinable(rz, k))
        return 0;
    const erg_mention_t *m = &rz->m->items[o];
    return m->type == ERG_TYPE_ORGANIZATION && !(m->flags & ERG_MENTION_DISCOVERED) && m->end == rz->t.tok[k].end;
}

/* Does English candidate c open with a capitalised thing cue, the rest a
 * thing's name ("Typhoon Parma", "Tropical Storm Earl", "Cyclone Nargis")?
 * Not a person's name the model read ("Song Hye-kyo"), unless the noun is
 * plural ("Hurricanes Rita and Katrina"). */
static int cue_opens(const erg_rz_t *rz, const cand_t *c)
{
    if (rz->lang != ERG_LX_EN)
        return 0;
    for (size_t k = c->i; k < c->j; k++)
        if ((rz->cls[k] & ERG_LX_BIT(ERG_LX_THINGCUE)) && is_cap(rz, k) &&
            (c->type != ERG_TYPE_PERSON || rz->a->text[rz->t.tok[k].end - 1] == 's')) {
            cand_t rest = {k + 1, c->j, c->type};
            return erg__thing_like(rz, &rest) && !erg__any_head(rz, c);
        }
    return 0;
}

/* Is candidate c a product, a work or a programme by the lowercase noun
 * right before it (thingcues-*.txt: "web browser Safari", "aplikasi
 * ScamShield") or right after it (thingtails-*.txt: "the MyDoom virus")?
 * In English the noun may be capitalised as the first word of the thing's
 * name ("Hurricane Katrina", "Typhoon Parma"), unless the model read a
 * person after it ("Song Hye-kyo" at a sentence's start). */
int erg__thing_by_cue(const erg_rz_t *rz, const cand_t *c)
{
    if (erg__things_noun_after(rz, c->j) && !erg__any_head(rz, c))
        return 1; /* an acronym too: "a ZIP file"; and the first of two: "Explorer EV and Capri models" */
    if (c->i > 0 && erg__maker_at(rz, c->i - 1) && (c->type != ERG_TYPE_PERSON || c->i == c->j) &&
        erg__thing_like(rz, c))
        return 1; /* a model after its maker's name, in English news: "the GMC Savana" (Indonesian
                   * news puts a person there: "Direktur Pertamina Simon ...") */
    if (cue_opens(rz, c))
        return 1;
    /* the cue first: erg__thing_like scans the article's tokens and
     * mentions, and few candidates follow a cue */
    return c->i > 0 && (rz->cls[c->i - 1] & ERG_LX_BIT(ERG_LX_THINGCUE)) &&
           (!is_cap(rz, c->i - 1) || (rz->lang == ERG_LX_EN && c->type != ERG_TYPE_PERSON)) &&
           erg__rz_joinable(rz, c->i - 1) && erg__thing_like(rz, c);
}

/* Is candidate c a known company's name in the plural ("Saabs", "Opels"),
 * or that of a company its article named before ("TiVos"): its cars or its
 * products, not the company? key holds c's phrase key. */
int erg__products_of(const erg_rz_t *rz, const cand_t *c, const erg_buf_t *key)
{
    const erg_tokens_t *t = &rz->t;
    const char *w = rz->a->text + t->tok[c->j].start;
    size_t n = t->tok[c->j].end - t->tok[c->j].start;
    if (!rz->g || n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || (t->tok[c->j].flags & ERG_TOK_ALLCAPS) ||
        key->len < 2 || key->buf[key->len - 1] != 's')
        return 0;
    const erg_alias_t *al = erg__gazetteer_lookup(rz->g, key->buf, key->len - 1);
    if (al && !(al->flags & ERG_ALIAS_ACRONYM) && erg__gazetteer_type(rz->g, al->entity) == ERG_TYPE_ORGANIZATION)
        return 1;
    for (size_t x = 0; x < rz->m->n; x++) { /* or a company the article named before: "TiVo ... their TiVos" */
        const erg_mention_t *m = &rz->m->items[x];
        if (m->entity && m->type == ERG_TYPE_ORGANIZATION && strlen(m->key) == key->len - 1 &&
            memcmp(m->key, key->buf, key->len - 1) == 0)
            return 1;
    }
    return 0;
}

/* Is "person" c a title-case phrase: a capitalised English function word
 * inside it ("Driving Sustainable Impact Through Multi Stakeholders
 * Collaboration")? Names' particles are lowercase ("bin", "van"). */
static int titled_phrase(const erg_rz_t *rz, const cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON)
        return 0;
    for (size_t k = c->i + 1; k < c->j; k++)
        if ((rz->t.tok[k].flags & ERG_TOK_CAP) && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS) &&
            english_word(rz, k, ERG_LX_FUNCTION))
            return 1;
    return 0;
}

/* Is Indonesian candidate c the second field of an office's title
 * ("Direktur Keuangan dan | Manajemen Risiko"): after "dan", the field
 * before it running back to a title or job, every word of c one the
 * dictionary writes in lowercase? The name, if any, comes after it. */
static int title_second_field(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t d = c->i - 1;
    if (rz->lang == ERG_LX_EN || c->i < 3 || !key_is(rz, d, "dan") || is_cap(rz, d) ||
        !erg__rz_joinable(rz, d - 1) || !erg__rz_joinable(rz, d) || t->tok[d - 1].sent != t->tok[c->i].sent)
        return 0;
    for (size_t k = c->i; k <= c->j; k++)
        if (!erg__common_noun(rz, k))
            return 0;
    size_t q = d - 1;
    for (size_t words = 0; words < 4 && q > 0; words++, q--) {
        if (rz->cls[q] & ((1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB)))
            return words > 0 && is_cap(rz, q);
        if (!is_cap(rz, q) || rz->owner[q] != ERG_RZ_NONE || !erg__common_noun(rz, q) ||
            !erg__rz_joinable(rz, q - 1) || t->tok[q - 1].sent != t->tok[q].sent)
            return 0; /* the first field's words are a field's too: not "Ketua RT Sutarno dan | Bunga
                       * Lestari" */
    }
    return 0;
}

/* Is candidate c glued to an underscore, or an "@" or "#" before it: a
 * code, a handle or a hashtag ("Xingyi_EN", "@NusaNews"), not a name? */
static int glued(const erg_rz_t *rz, const cand_t *c)
{
    const char *s = rz->a->text;
    size_t a = rz->t.tok[c->i].start, b = rz->t.tok[c->j].end;
    if (underscore_glued(rz, a, b) || (a > 0 && (s[a - 1] == '@' || s[a - 1] == '#')))
        return 1;
    return memchr(s + a, '_', b - a) != NULL;
}

/* Is candidate c one acronym in the plural ("PDAs", "SUVs", "PCs"): things
 * or kinds, not one body? */
static int plural_acronym(const erg_rz_t *rz, const cand_t *c)
{
    if (c->i != c->j)
        return 0;
    const erg_token_t *t = &rz->t.tok[c->i];
    const char *w = rz->a->text + t->start;
    size_t n = t->end - t->start;
    if (n < 3 || w[n - 1] != 's')
        return 0;
    for (size_t p = 0; p + 1 < n; p++)
        if (w[p] < 'A' || w[p] > 'Z')
            return 0;
    return 1;
}

/* Is candidate c one or two capitals alone ("SE", "DS", "TV", "R")? No
 * known body goes by two letters without the gazetteer knowing it ("UN",
 * "BI"), and one the article defines ("Pusat Data (PD)") is found again from
 * its definition (acronyms.c); the rest are initials, degrees, products and
 * technologies. */
static int two_letters(const erg_rz_t *rz, const cand_t *c)
{
    const erg_token_t *k = &rz->t.tok[c->i];
    const char *s = rz->a->text;
    if (c->i != c->j || !(k->flags & ERG_TOK_ALLCAPS) || k->end - k->start > 2)
        return 0;
    return !(k->end < rz->a->len && (s[k->end] == '&' || s[k->end] == '/')); /* "AT&T", "PO/PSL" go on */
}

/* Is "person" c three words or more (two in Indonesian news) that an
 * English dictionary writes in lowercase only ("Service Level Agreement",
 * "Practical Arrangement")? An English name of two may be one ("Bill
 * Gates"); of three, no person's is, and the English names Indonesian news
 * quotes hold a word the dictionary also capitalises. */
static int dictionary_phrase(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    if (c->type != ERG_TYPE_PERSON || c->j < c->i + (rz->lang == ERG_LX_EN ? 2 : 1) || english_org(rz, c->j) ||
        either_lang(rz, c->j, ERG_LX_ORGTAIL) || english_word(rz, c->j, ERG_LX_LOCHEAD) ||
        (rz->cls[c->i] & ((1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD))))
        return 0; /* a head word where it goes: "United Farm Workers", "Climate Change Trust Fund" */
    for (size_t k = c->i; k <= c->j; k++)
        if ((t->tok[k].flags & ERG_TOK_ALLCAPS) ||
            !erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[k].key, t->tok[k].keylen))
            return 0;
    return 1;
}

/* Does "person" c hold a token with a digit ("Travoy Hub Phase 2", "Zero
 * Alpha 3")? No person's name has one; a product's or a project's does. */
static int person_with_digit(const erg_rz_t *rz, const cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON)
        return 0;
    for (size_t k = c->i; k <= c->j; k++)
        for (size_t p = rz->t.tok[k].start; p < rz->t.tok[k].end; p++)
            if (rz->a->text[p] >= '0' && rz->a->text[p] <= '9')
                return 1;
    return 0;
}

/* Is English "person" c followed at once by a number and a word ("Metal
 * Slug 3 is a wake-up call")? A sequel's or a model's name: no one is
 * numbered so. */
int erg__numbered(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->j + 1;
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_PERSON || k + 1 >= t->n ||
        t->tok[k].sent != t->tok[c->j].sent || t->tok[k].start != t->tok[c->j].end + 1 ||
        rz->a->text[t->tok[c->j].end] != ' ')
        return 0;
    for (size_t p = t->tok[k].start; p < t->tok[k].end; p++)
        if (rz->a->text[p] < '0' || rz->a->text[p] > '9')
            return 0;
    /* a word goes on after the number ("Metal Slug 3 is"): a score or a
     * share goes on with digits, a dash or a sign ("Agassi 6-4", "Woods 68
     * 70", "Dahlan 5 persen" is Indonesian and no product) */
    return t->tok[k + 1].sent == t->tok[k].sent && t->tok[k + 1].start == t->tok[k].end + 1 &&
           !is_cap(rz, k + 1) && (rz->a->text[t->tok[k + 1].start] | 0x20) >= 'a' &&
           (rz->a->text[t->tok[k + 1].start] | 0x20) <= 'z';
}

/* Does candidate c of two words or more end in a job title (jobs-*.txt:
 * "Manchester Central MP", "Corporate Communication Manager")? An office,
 * no one's name: the lists leave out titles that are surnames too. */
static int ends_in_job(const erg_rz_t *rz, const cand_t *c)
{
    return c->j > c->i && either_lang(rz, c->j, ERG_LX_JOB);
}

/* Does Indonesian candidate c hold "se-" glued to a place ("Kejari
 * se-Jabar": every district prosecutor of West Java)? A group of bodies,
 * not one. */
static int every_one_of(const erg_rz_t *rz, const cand_t *c)
{
    if (rz->lang == ERG_LX_EN)
        return 0;
    for (size_t k = c->i + 1; k < c->j; k++)
        if (key_is(rz, k, "se") && !is_cap(rz, k) && hyphen_glued(rz, k))
            return 1;
    return 0;
}

/* Does candidate c of two words or more end in a model code, letters and
 * digits in one word ("SCH-V770", "Pocket Media Assistant PMA430"), or
 * does one follow it ("XUV 3XO")? A product's name, not its maker's: a
 * company's name is no code ("3M" alone stays). */
static int code_at(const erg_rz_t *rz, size_t k)
{
    if (period_code(rz->a->text + rz->t.tok[k].start, rz->t.tok[k].end - rz->t.tok[k].start))
        return 0; /* "Toyota 3Q profit" */
    int digit = 0, letter = 0;
    for (size_t p = rz->t.tok[k].start; p < rz->t.tok[k].end; p++) {
        unsigned char ch = (unsigned char)rz->a->text[p];
        digit |= ch >= '0' && ch <= '9';
        letter |= (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
    }
    return digit && letter;
}

static int model_code(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->j + 1;
    if (k < t->n && t->tok[k].sent == t->tok[c->j].sent && t->tok[k].start == t->tok[c->j].end + 1 &&
        code_at(rz, k) && !erg__any_head(rz, c))
        return 1; /* or before one: "the XUV 3XO" */
    return c->j > c->i && code_at(rz, c->j);
}

/* Is token k a ship's prefix (vessels.txt), in capitals, no mention's? A
 * navy's (KRI, HMS, HMAS, USS) always is; the others are as often a
 * person's initials ("MT Haryono", "KN Balagopal"), a body's short form
 * ("KMP", the Koalisi Merah Putih) or a music video ("MV"): a ship's noun
 * comes before them in their sentence ("kapal KM Kelud", "Kapal Motor
 * Penyeberangan (KMP)", "the tanker MV Sea Dragon", "Nakhoda KMP ..."). */
static int vessel_prefix(const erg_rz_t *rz, size_t k)
{
    static const char *const navy[] = {"kri", "hms", "hmas", "uss"},
                             *const ship[] = {"kapal", "nakhoda", "tanker", "ship", "vessel", "ferry", "feri",
                                              "freighter"};
    const erg_tokens_t *t = &rz->t;
    if (!(rz->cls[k] & ERG_LX_BIT(ERG_LX_VESSEL)) || !(t->tok[k].flags & ERG_TOK_ALLCAPS) ||
        rz->owner[k] != ERG_RZ_NONE)
        return 0;
    if (key_in(rz, k, navy))
        return 1;
    for (size_t b = k; b > 0 && t->tok[b - 1].sent == t->tok[k].sent; b--)
        if (key_in(rz, b - 1, ship))
            return 1;
    return 0;
}

size_t erg__vessel(const erg_rz_t *rz, const cand_t *c, size_t *hull)
{
    const erg_tokens_t *t = &rz->t;
    size_t i = c->i, p = c->i;
    if (vessel_prefix(rz, i) && i < c->j && erg__rz_joinable(rz, i)) {
        i++;
    } else {
        /* the prefix before, maybe in brackets, maybe with words the model
         * left out between ("(KMP) Sinar | Teluk Jaya") */
        while (p > 0 && p + 3 > i && rz->owner[p - 1] == ERG_RZ_NONE && t->tok[p - 1].sent == t->tok[i].sent &&
               !vessel_prefix(rz, p - 1) && is_cap(rz, p - 1) && erg__rz_joinable(rz, p - 1))
            p--;
        if (!(p > 0 && vessel_prefix(rz, p - 1) && (erg__rz_joinable(rz, p - 1) || gap_is(rz, p - 1, ')')) &&
              t->tok[p - 1].sent == t->tok[i].sent && rz->owner[p - 1] == ERG_RZ_NONE))
            return ERG_RZ_NONE; /* "KMP Tunu Pratama Jaya", "Kapal Motor Penyeberangan (KMP) Tunu ..." */
        i = p;
    }
    *hull = i;
    size_t e = c->i > i ? c->i : i;
    while (e < c->j && !(rz->cls[e + 1] & ((1u << ERG_LX_RANK) | (1u << ERG_LX_TITLE))))
        e++;
    return e;
}

/* Is candidate c a ship's prefix alone, before the ship's name ("(KMP) Tunu
 * Pratama Jaya")? Alone it may be a body's short form ("perwakilan KMP", the
 * Koalisi Merah Putih). */
static int lone_vessel(const erg_rz_t *rz, const cand_t *c)
{
    size_t k = c->j + 1;
    return c->i == c->j && vessel_prefix(rz, c->i) && k < rz->t.n && rz->t.tok[k].sent == rz->t.tok[c->j].sent &&
           is_cap(rz, k) && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS) &&
           (erg__rz_joinable(rz, c->j) || gap_is(rz, c->j, ')'));
}

int erg__no_name(const erg_rz_t *rz, const cand_t *c)
{
    return not_a_name(rz, c) || common_phrase(rz, c) || glued(rz, c) || titled_phrase(rz, c) ||
           lowercase_opener(rz, c) || initials_in_crime_news(rz, c) || two_letters(rz, c) ||
           plural_acronym(rz, c) || dictionary_phrase(rz, c) || person_with_digit(rz, c) || model_code(rz, c) ||
           every_one_of(rz, c) || ends_in_job(rz, c) || dictionary_list_item(rz, c) || lone_vessel(rz, c) ||
           title_second_field(rz, c);
}
