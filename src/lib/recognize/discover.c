/*
 * discover.c: names no gazetteer lists. Candidates come from the tagger's
 * spans (PER -> person, ORG -> organization, LOC -> place), tagged with the
 * model of the article's language, and, where the tagger saw nothing, from
 * rules: a dateline's run is a place (or an outlet); the capitalised run
 * after a credit label is a person (an organization if it holds a head
 * word); in Indonesian a run right before a reporting verb is a person
 * ("Menteri Hartono mengatakan"). The English model learnt from GMB's
 * sentences, which have no credit lines or datelines: in English those are
 * left to the rules alone.
 *
 * The model's spans are mended first (spans.c: a name up to the short form
 * it defines, a name after a rank, a body and its head), and junk is judged
 * in notnames.c.
 *
 * Junk never passes: a candidate made only of listed words (function
 * words, sentence starters, days, months, titles, reporting verbs, credit
 * labels) is dropped, so is an event ("Perang Dingin", "Cold War": event
 * head words), leading titles are trimmed off, a single word right
 * before a title ("Russian President") is a modifier, in English and
 * on credit lines a "person" holding a head word ("Northwind Herald") is an organization,
 * and a candidate on a
 * headline (a title-case line) stays only when the article names it
 * elsewhere. Gazetteer matches win over candidates that overlap them,
 * except a longer span that holds them whole ("Bank Indonesia", "Gedung
 * DPR", but not "Media Rusia" at the start of a sentence): the
 * gazetteer matches become nested mentions inside it.
 *
 * The canonical name is made from the surface form alone: tokens joined by
 * single spaces, a person's lowercase tokens capitalised, a person's name
 * of several words or a place of four letters or more written in capitals
 * title-cased ("KIM JONG-UN" -> "Kim Jong Un", "SEOUL" -> "Seoul"), so variants
 * differing in case, hyphens or spacing get one name and one key. An
 * initialism keeps its full stops and a possessive its apostrophe ("U.S.
 * Central Command", "People's"), and an English person's word of four
 * letters or more in capitals beside others that are not is title-cased
 * ("Eduardo DUHALDE"): the key is the same either way.
 */
#include "ergraph.h"
#include "discover_internal.h"
#include "gazetteer.h"
#include "map.h"
#include "mem.h"
#include "recognize_internal.h"
#include "tagger.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int erg__add_recased(erg_buf_t *out, const char *s, size_t n, int title_case, int cap_first)
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
        int rc = erg__buf_add(out, (const char *)enc, (size_t)e);
        if (rc)
            return rc;
        first = 0;
        p += (size_t)k;
    }
    return 0;
}

/* Is token k, inside candidate c, a word of a short form of up to three
 * in brackets within the name ("Pengadilan Negeri (PN) Makassar", "Satuan
 * Polisi Pamong Praja (Satpol PP) Kota Semarang")? The name leaves it out. */
static int bracketed(const erg_rz_t *rz, const cand_t *c, size_t k)
{
    size_t p = k, q = k;
    if (k <= c->i || k >= c->j)
        return 0;
    while (p > c->i + 1 && q - p < 2 && inner_gap(rz, p - 1))
        p--;
    while (q + 1 < c->j && q - p < 2 && inner_gap(rz, q))
        q++;
    return gap_is(rz, p - 1, '(') && gap_is(rz, q, ')');
}

/* Do the words of candidate c after token k spell `longer`, token k's long
 * form (1), so that the short word goes ("DPRD DKI Jakarta" is "DPRD
 * Jakarta", as "DPRD DKI" is)? 0 when not; an error code (negative) on
 * failure. `key` is scratch. */
static int spelled_after(const erg_rz_t *rz, const cand_t *c, size_t k, const char *longer, erg_buf_t *key)
{
    erg_buf_t want = {0};
    size_t n = 0;
    int rc = erg__text_phrase_key(longer, strlen(longer), &want, &n, NULL);
    int same = 0;
    if (!rc && n && k + n <= c->j && !(rc = erg__span_key(&rz->t, k + 1, n, key)))
        same = key->len == want.len && memcmp(key->buf, want.buf, want.len) == 0;
    erg__buf_release(&want);
    return rc ? rc : same;
}

/* Is token k of candidate c a letter of a dotted initialism ("U.S.",
 * "U.N."): one capital with a full stop right after it, next to another
 * such letter? */
static int initial_dot(const erg_rz_t *rz, const cand_t *c, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    if (t->tok[k].end - t->tok[k].start != 1 || !(t->tok[k].flags & ERG_TOK_CAP) || t->tok[k].end >= rz->a->len ||
        s[t->tok[k].end] != '.')
        return 0;
    int next = k < c->j && t->tok[k + 1].start == t->tok[k].end + 1 && t->tok[k + 1].end - t->tok[k + 1].start == 1;
    int prev = k > c->i && t->tok[k - 1].end + 1 == t->tok[k].start && s[t->tok[k - 1].end] == '.' &&
               t->tok[k - 1].end - t->tok[k - 1].start == 1;
    return next || prev;
}

/* Is token k of person c, a word of four letters or more in capitals,
 * beside words that are not ("Eduardo DUHALDE": "Duhalde")? Not a Roman
 * numeral ("Benedict XVI"), nor a shorter word, which may be initials
 * ("Midway Atoll NWR"); in English only: Indonesian writes initials so
 * ("Jupri JHP Tampubolon"). */
static int mixed_caps(const erg_rz_t *rz, const cand_t *c, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    const char *w = rz->a->text + t->tok[k].start;
    size_t n = t->tok[k].end - t->tok[k].start, roman = 0;
    while (roman < n && strchr("IVXLC", w[roman]))
        roman++;
    if (rz->lang != ERG_LX_EN || !(t->tok[k].flags & ERG_TOK_ALLCAPS) || n < 4 || roman == n)
        return 0;
    for (size_t q = c->i; q <= c->j; q++)
        if (!(t->tok[q].flags & ERG_TOK_ALLCAPS) && (t->tok[q].flags & ERG_TOK_CAP))
            return 1;
    return 0;
}

/* A web address glued by hyphens is named as written, no words expanded,
 * no spaces; in capitals ("TRIBUN-BALI.COM") as its outlet writes it in
 * prose, "Tribun-Bali.com". 1 when c is one (out filled), 0 when not, or an error code. */
static int address_name(const erg_rz_t *rz, const cand_t *c, erg_buf_t *out)
{
    const char *s = rz->a->text + rz->t.tok[c->i].start;
    size_t n = rz->t.tok[c->j].end - rz->t.tok[c->i].start;
    if (c->type != ERG_TYPE_ORGANIZATION || c->j == c->i || memchr(s, ' ', n) || !memchr(s, '-', n) ||
        !erg__web_address(s, n))
        return 0;
    out->len = 0;
    int rc = erg__buf_add(out, s, n), upper = 1, domain = 0, lower = 0;
    for (size_t k = 0; k < n; k++)
        lower |= s[k] >= 'a' && s[k] <= 'z';
    for (size_t k = 0; !rc && !lower && k < n; k++) { /* "Suara-NTB.com" stays as written */
        char ch = out->buf[k];
        domain |= ch == '.';
        if (ch >= 'A' && ch <= 'Z' && !(upper && !domain))
            out->buf[k] = (char)(ch + 32);
        else if (ch >= 'a' && ch <= 'z' && upper && !domain)
            out->buf[k] = (char)(ch - 32);
        upper = ch == '-';
    }
    return rc ? rc : 1;
}

static int canonical(const erg_rz_t *rz, const cand_t *c, erg_buf_t *out)
{
    const erg_tokens_t *t = &rz->t;
    int web = address_name(rz, c, out);
    if (web)
        return web < 0 ? web : 0;
    int person = c->type == ERG_TYPE_PERSON, place = c->type == ERG_TYPE_PLACE;
    int allcaps = 1; /* "KIM JONG UN", "SEOUL": not acronyms */
    size_t letters = 0;
    for (size_t k = c->i; k <= c->j; k++) {
        if (!(t->tok[k].flags & ERG_TOK_ALLCAPS) || t->tok[k].end - t->tok[k].start < 2)
            allcaps = 0;
        letters += t->tok[k].end - t->tok[k].start;
    }
    int title_case = allcaps && ((person && c->j > c->i) || (place && letters >= 4));
    int dotted = 0; /* the last token was a letter of an initialism, "U." of "U.S." */
    out->len = 0;
    int rc = 0;
    erg_buf_t key = {0};
    int expand = rz->lx && c->type == ERG_TYPE_ORGANIZATION, skip_space = 0;
    for (size_t k = c->i; k <= c->j && !rc; k++) {
        if (bracketed(rz, c, k))
            continue;
        if (k > c->i && gap_is(rz, k - 1, '&')) /* "Marsh & McLennan", "AT&T" */
            rc = t->tok[k - 1].end + 1 == t->tok[k].start ? erg__buf_add(out, "&", 1) : erg__buf_add(out, " & ", 3);
        else if (k > c->i && erg__apostrophe_glued(rz, k - 1))
            rc = erg__buf_add(out, "'", 1); /* "O'Connor" (and "O’Connor") */
        else if (k > c->i && possessive_s(rz, k))
            rc = erg__buf_add(out, "'", 1); /* "People's", whose tokens split at the apostrophe */
        else if (k > c->i && !dotted)
            rc = erg__buf_add(out, " ", 1);
        dotted = 0;
        /* "Pemkab Trenggalek" and "Pemerintah Kabupaten Trenggalek": one name */
        const char *longer = NULL;
        size_t two = 0; /* "Satpol PP": a short form of two words */
        if (!rc && expand && k < c->j && erg__rz_joinable(rz, k) && !(rc = erg__span_key(t, k, 2, &key)) &&
            (longer = erg__lexicon_expansion(rz->lx, rz->lang, key.buf, key.len)) && *longer)
            two = 1;
        else if (!rc && expand && !(rc = erg__span_key(t, k, 1, &key)))
            longer = erg__lexicon_expansion(rz->lx, rz->lang, key.buf, key.len);
        if (!rc && longer && !*longer && k == c->i)
            expand = 0; /* "PT Jatim Jaya Perkasa": a company keeps its owner's spelling */
        if (!rc && longer && *longer && (rc = spelled_after(rz, c, k, longer, &key)) > 0) {
            rc = 0; /* "DKI Jakarta": the long form is written next, once */
            if (out->len && out->buf[out->len - 1] == ' ')
                out->len--;
            if (k == c->i)
                skip_space = 1;
            continue;
        }
        if (!rc && skip_space && out->len && out->buf[out->len - 1] == ' ')
            out->len--;
        skip_space = 0;
        if (!rc && longer && *longer) {
            rc = erg__buf_add(out, longer, strlen(longer));
            k += two;
        } else if (!rc)
            rc = erg__add_recased(out, rz->a->text + t->tok[k].start, t->tok[k].end - t->tok[k].start,
                                  title_case || (person && mixed_caps(rz, c, k)), person && !(k > c->i && k < c->j && patronym_at(rz, k)));
        if (!rc && initial_dot(rz, c, k)) { /* "U.S. Central Command", not "U S Central Command" */
            rc = erg__buf_add(out, ".", 1);
            dotted = k < c->j && t->tok[k + 1].start == t->tok[k].end + 1;
        }
    }
    erg__buf_release(&key);
    return rc;
}

/* Is token k a listed word that no name of this type starts or ends with
 * (a job title in either language among them: "EVP", "Manager")? Head
 * words stay in organizations and places ("Pemerintah Kota Bogor"). */
static int junk(const erg_rz_t *rz, const cand_t *c, size_t k)
{
    unsigned heads = (1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD);
    if (rz->region[k] == ERG_REGION_DATELINE && (rz->t.tok[k].flags & ERG_TOK_ALLCAPS))
        return 0; /* "(ANTARA)" is an agency, not the word "antara" */
    int job = either_lang(rz, k, ERG_LX_JOB) && (c->type == ERG_TYPE_PERSON || k == c->i); /* "Transport Commissioner" */
    return ((rz->cls[k] & JUNK_CLASSES) || job) && !(c->type != ERG_TYPE_PERSON && (rz->cls[k] & heads));
}

/* Does the "person" c end in a title that is its surname ("Nathan King",
 * "John Major", "Carole Bishop", "Lestari Handayani Putri")? A title only,
 * after a capitalised word the lists do not hold: the model does not run a
 * name on into a title after it. In Indonesian only in a name of three
 * words or more ("SK Bupati" is a decree) where no capitalised word follows
 * that it could be the title of ("Budi Santoso | Ketua RT"). */
static int surname_title(const erg_rz_t *rz, const cand_t *c)
{
    erg_lx_bits_t other = JUNK_CLASSES & ~(erg_lx_bits_t)(1u << ERG_LX_TITLE);
    size_t k = c->j + 1;
    int ends = k >= rz->t.n || !is_cap(rz, k) || !erg__rz_joinable(rz, c->j); /* no name it is the title of */
    return (rz->lang == ERG_LX_EN || (ends && c->j >= c->i + 2)) && c->type == ERG_TYPE_PERSON && c->j > c->i &&
           (rz->cls[c->j] & (1u << ERG_LX_TITLE)) && !(rz->cls[c->j] & other) &&
           !either_lang(rz, c->j, ERG_LX_JOB) && is_cap(rz, c->j - 1) && !(rz->cls[c->j - 1] & JUNK_CLASSES) &&
           erg__rz_joinable(rz, c->j - 1);
}

/* Does the English organization or place c open with a title joined by a
 * lowercase "and" to a capitalised word ("Justice and Development Party",
 * "Justice and Equality Movement")? Then the title is a word of the name,
 * not one to trim off. */
static int title_and(const erg_rz_t *rz, const cand_t *c)
{
    size_t k = c->i;
    return rz->lang == ERG_LX_EN && c->type != ERG_TYPE_PERSON && k + 2 <= c->j &&
           (rz->cls[k] & JUNK_CLASSES) == (1u << ERG_LX_TITLE) && is_cap(rz, k) &&
           lower_conjunction(rz, k + 1) && is_cap(rz, k + 2);
}

/* Does the English organization c open with a title followed at once by a
 * capitalised organization head word ("Justice Department", "Justice
 * Ministry", "General Assembly", "General Administration of Customs")?
 * Then the title names the body's field or rank and is a word of the
 * name, not one to trim off. */
static int title_head(const erg_rz_t *rz, const cand_t *c)
{
    size_t k = c->i;
    return rz->lang == ERG_LX_EN && c->type == ERG_TYPE_ORGANIZATION && k < c->j &&
           (rz->cls[k] & JUNK_CLASSES) == (1u << ERG_LX_TITLE) && is_cap(rz, k) &&
           (rz->cls[k + 1] & (1u << ERG_LX_ORGHEAD)) && is_cap(rz, k + 1) && erg__rz_joinable(rz, k);
}

/* Does the English body or place c open with a title and end in a head
 * word two words or more after it ("Queen Elizabeth Hospital", "King
 * Abdulaziz University", "Imam Khomeini International Airport")? Then it
 * is named after the titled person, and the title is a word of its name. */
static int title_eponym(const erg_rz_t *rz, const cand_t *c)
{
    return rz->lang == ERG_LX_EN && c->type != ERG_TYPE_PERSON && c->j >= c->i + 2 &&
           (rz->cls[c->i] & JUNK_CLASSES) == (1u << ERG_LX_TITLE) && is_cap(rz, c->i) &&
           !(rz->cls[c->i + 1] & (JUNK_CLASSES | NAME_HEADS)) && is_cap(rz, c->i + 1) && (rz->cls[c->j] & NAME_HEADS) &&
           erg__rz_joinable(rz, c->i);
}

/* Does the English person c open with a month's or a day's word that is a
 * listed given name too (firstnames-en.txt: "Jan Egeland", "Jan Pronk"),
 * followed at once by a capitalised word of no list? Then it is the name's
 * first word, not one to trim off. */
static int given_month(const erg_rz_t *rz, const cand_t *c)
{
    size_t k = c->i;
    erg_lx_bits_t when = ERG_LX_BIT(ERG_LX_MONTH) | ERG_LX_BIT(ERG_LX_DAY);
    return rz->lang == ERG_LX_EN && c->type == ERG_TYPE_PERSON && k < c->j && (rz->cls[k] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) &&
           (rz->cls[k] & JUNK_CLASSES & ~when) == 0 && is_cap(rz, k) && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS) &&
           is_cap(rz, k + 1) && !(rz->cls[k + 1] & JUNK_CLASSES) && erg__rz_joinable(rz, k);
}

/* Does the English organization c end in "of" and a title after a head
 * word ("Ministry of Justice", "European Court of Justice", "Department of
 * Justice")? Then the title names the body's field: a word of the name,
 * not one to trim off. */
static int title_of_body(const erg_rz_t *rz, const cand_t *c)
{
    size_t j = c->j;
    return rz->lang == ERG_LX_EN && c->type == ERG_TYPE_ORGANIZATION && j >= c->i + 2 &&
           (rz->cls[j] & JUNK_CLASSES) == (1u << ERG_LX_TITLE) && is_cap(rz, j) && !is_cap(rz, j - 1) &&
           key_is(rz, j - 1, "of") &&
           (rz->cls[j - 2] & (1u << ERG_LX_ORGHEAD)) && is_cap(rz, j - 2);
}

/* Does the English person c open with a surname's particle the model read
 * into the name, a short lowercase word of no list before a capitalised one
 * ("bin Laden", "de Villepin", "van Gogh")? Then it is a word of the
 * name, not one to trim off; but a famous surname after it stays alone, to
 * find its person ("President da Silva"). */
static int name_particle(const erg_rz_t *rz, const cand_t *c)
{
    size_t k = c->i;
    const erg_token_t *x = &rz->t.tok[k];
    const char *w = rz->a->text + x->start;
    size_t n = x->end - x->start;
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_PERSON || k >= c->j || n > 3 || is_cap(rz, k) ||
        (rz->cls[k] & ERG_LX_BIT(ERG_LX_FUNCTION)) || either_lang(rz, k, ERG_LX_COMMON) || !is_cap(rz, k + 1) ||
        (rz->cls[k + 1] & JUNK_CLASSES) || !erg__rz_joinable(rz, k))
        return 0;
    if (rz->g && erg__gazetteer_surname(rz->g, rz->t.keys.buf + rz->t.tok[k + 1].key, rz->t.tok[k + 1].keylen) !=
                     ERG_RZ_NONE)
        return 0; /* a famous surname alone finds its person: "President da Silva" is Lula */
    for (size_t p = 0; p < n; p++)
        if (w[p] < 'a' || w[p] > 'z')
            return 0;
    return 1;
}

/* Is the "organization" c, with no head word of a body, right after a
 * rank, or after a person's title: one trimmed off its front (the candidate began at
 * `began`), or, in English, one the model left out ("Senator Kent Conrad":
 * it read a place's name, Kent, as a body's)? A title's name is a person's. */
static int title_before(const erg_rz_t *rz, const cand_t *c, size_t began)
{
    size_t h = c->i - 1;
    if (c->type != ERG_TYPE_ORGANIZATION || c->i == 0 || erg__any_head(rz, c))
        return 0;
    if ((rz->cls[h] & (1u << ERG_LX_RANK)) && is_cap(rz, h) && erg__rz_joinable(rz, h) &&
        !(rz->t.tok[c->i].flags & ERG_TOK_ALLCAPS))
        return 1; /* a rank's: "dipimpin AKBP Waluyo" */
    if (!((rz->cls[h] & (1u << ERG_LX_TITLE)) || either_lang(rz, h, ERG_LX_JOB)))
        return 0;
    return c->i > began || (rz->lang == ERG_LX_EN && is_cap(rz, h) && erg__rz_joinable(rz, h) && inner_gap(rz, h) &&
                            rz->owner[h] == ERG_RZ_NONE && !(rz->t.tok[c->i].flags & ERG_TOK_ALLCAPS));
}

/* Is the body c a government head word (govheads-*.txt) and a state the
 * gazetteer knows, nothing else ("Pemerintah Inggris")? That is the state
 * itself, which its own mention already names. */
static int a_states_government(const erg_rz_t *rz, const cand_t *c)
{
    size_t o;
    return c->type == ERG_TYPE_ORGANIZATION && c->j > c->i && either_lang(rz, c->i, ERG_LX_GOVHEAD) &&
           (o = erg__known_at(rz, c->i + 1, 1u << ERG_TYPE_STATE)) != ERG_RZ_NONE &&
           rz->m->items[o].end == rz->t.tok[c->j].end;
}

/* Is token k a word in lowercase letters only (not "iPod", "eBay", "4")? */
static int lowercase_word(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *t = &rz->t.tok[k];
    if (is_cap(rz, k) || (t->flags & ERG_TOK_DIGIT))
        return 0;
    for (size_t p = t->start; p < t->end; p++)
        if ((rz->a->text[p] >= 'A' && rz->a->text[p] <= 'Z') || (rz->a->text[p] >= '0' && rz->a->text[p] <= '9'))
            return 0;
    return 1;
}

/* Is token k "of" or "for" in lowercase, after a capitalised title that is
 * no form of address ("Secretary of", "Minister of", "Undersecretary for";
 * not "Our Lady of Perpetual Help")? What follows is the office's field before its holder's
 * name: "Secretary of State Colin Powell", "Minister of Foreign Affairs
 * Hoshyar Zebari". */
static int title_of(const erg_rz_t *rz, size_t k)
{
    return rz->lang == ERG_LX_EN && k >= 1 && !is_cap(rz, k) && (key_is(rz, k, "of") || key_is(rz, k, "for")) &&
           (rz->cls[k - 1] & (1u << ERG_LX_TITLE)) && !(rz->cls[k - 1] & ERG_LX_BIT(ERG_LX_HONORIFIC)) &&
           is_cap(rz, k - 1) && erg__rz_joinable(rz, k - 1) && erg__rz_joinable(rz, k);
}

/* Is token k a word the English dictionary writes in lowercase only? */
static int field_word(const erg_rz_t *rz, size_t k)
{
    return erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, rz->t.keys.buf + rz->t.tok[k].key, rz->t.tok[k].keylen);
}

/* Trims an English office's field off the front of the name after it
 * ("Secretary of | State | Colin Powell"): the dictionary's words the
 * gazetteer does not own, while a word of no dictionary follows. What is
 * left, with no head word of a body, is the holder: a person. */
static void office_field(const erg_rz_t *rz, cand_t *c)
{
    size_t k = c->i;
    for (size_t q = c->i; q + 2 <= c->j; q++) {
        if (!(rz->cls[q] & (ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_GENERIC))) && rz->owner[q] == ERG_RZ_NONE)
            break;
        if (title_of(rz, q + 1)) {
            k = q + 2; /* the model's span held the office: "U.S. Undersecretary of | State Nicholas Burns" */
            break;
        }
    }
    if (k == 0 || !title_of(rz, k - 1))
        return;
    size_t from = k;
    while (k < c->j && rz->owner[k] == ERG_RZ_NONE &&
           ((is_cap(rz, k) && (field_word(rz, k) || (rz->cls[k] & ERG_LX_BIT(ERG_LX_GENERIC)))) ||
            (k > c->i && !is_cap(rz, k) && key_is(rz, k, "for"))))
        k++; /* "Assistant Secretary of | State for African Affairs | Jendayi Frazer" */
    for (size_t q = from; q <= k; q++)
        if (rz->cls[q] & (ERG_LX_BIT(ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_ORGTAIL)))
            return; /* a body's name, no field: "President of Kestrel Group", "Director of Falcon Bank" */
    if (k == c->j && rz->owner[k] == ERG_RZ_NONE && field_word(rz, k)) {
        c->i = c->j + 1; /* the field alone, "Secretary of State", "Undersecretary for Public
                          * Diplomacy", its holder a name of its own if named ("Secretary of
                          * Defense | Robert Gates") */
        return;
    }
    if (k == c->i || rz->owner[k] != ERG_RZ_NONE || !is_cap(rz, k) || field_word(rz, k))
        return;
    c->i = k;
    if (c->type != ERG_TYPE_PERSON && !erg__any_head(rz, c))
        c->type = ERG_TYPE_PERSON;
}

/* Trims off the front a common word capitalised by the sentence's start
 * and a state named as a modifier with its participle ("UK-based TCI Fund
 * Management"), and listed words off both ends; 0 when nothing is left. */
static int trim(const erg_rz_t *rz, cand_t *c)
{
    while (c->i < c->j && (c->i == 0 || rz->t.tok[c->i - 1].sent != rz->t.tok[c->i].sent) &&
           either_lang(rz, c->i, ERG_LX_COMMON) &&
           !(rz->t.tok[c->i].flags & ERG_TOK_ALLCAPS) &&
           !(rz->cls[c->i] & ((1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD) | (1u << ERG_LX_ORGTAIL))))
        c->i++; /* a common word capitalised by the sentence's start: "Bringing Cadillac ..." */
    if (rz->lang != ERG_LX_EN && c->i < c->j &&
        (opens_sentence(rz, c->i) || rz->region[c->i - 1] != rz->region[c->i]) && erg__dictionary_word(rz, c->i) &&
        !(rz->cls[c->i] & (NAME_HEADS | ERG_LX_BIT(ERG_LX_UNIT) | (1u << ERG_LX_TITLE))) && is_cap(rz, c->i + 1) &&
        (rz->cls[c->i + 1] & ((1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD) | (1u << ERG_LX_ORGHEAD))))
        c->i++; /* a word opening the sentence (or the text after a dateline) before a place's
                 * or a body's head: "Luapan | Sungai Cikandung" */
    if (rz->lang != ERG_LX_EN && c->i < c->j && key_is(rz, c->i, "kantor") && is_cap(rz, c->i + 1) &&
        (rz->cls[c->i + 1] & (1u << ERG_LX_ORGHEAD)) && !key_is(rz, c->i + 1, "kantor") && inner_gap(rz, c->i)) {
        c->i++; /* "Kantor | Kejaksaan Tinggi Maluku Utara": the body's office, where it sits (but
                 * "Kantor Staf Presiden", "Kantor Wilayah" are bodies) */
        if (key_is(rz, c->i, "pusat") && c->i < c->j && is_cap(rz, c->i + 1) && inner_gap(rz, c->i) &&
            ((rz->cls[c->i + 1] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT))) ||
             (rz->owner[c->i + 1] != ERG_RZ_NONE && rz->m->items[rz->owner[c->i + 1]].type == ERG_TYPE_ORGANIZATION)))
            c->i++; /* "Kantor Pusat | Yayasan Lembaga Konsumen Indonesia": its head office (but "Pusat
                     * Studi Jepang" is a centre) */
    }
    for (size_t k = c->i + 1; k <= c->j; k++)
        if (!is_cap(rz, k) && (rz->cls[k] & (1u << ERG_LX_MODIFIER_AFTER)) && gap_is(rz, k - 1, '-'))
            c->i = k + 1;
    if (c->j > c->i && (rz->t.tok[c->j].flags & ERG_TOK_ALLCAPS) && !(rz->t.tok[c->j - 1].flags & ERG_TOK_ALLCAPS) &&
        gap_is(rz, c->j - 1, '/'))
        c->j--; /* "International Labour Conference/ILC": a short form after a slash, as in brackets
                 * (but "ATR/BPN" is one name) */
    while (c->i <= c->j && (junk(rz, c, c->i) || !is_cap(rz, c->i)) && !title_and(rz, c) && !title_head(rz, c) &&
           !title_eponym(rz, c) && !given_month(rz, c) && !name_particle(rz, c) &&
           !(c->type == ERG_TYPE_PERSON && c->i < c->j && erg__sasak_title(rz, c->i)))
        c->i++;
    office_field(rz, c);
    if (c->i > c->j)
        return 0;
    for (size_t k = c->i + 1; rz->lang != ERG_LX_EN && c->type == ERG_TYPE_PERSON && k + 1 < c->j; k++)
        if (key_is(rz, k, "field") && is_cap(rz, k) && is_cap(rz, k + 1))
            c->i = k + 1; /* "PEP Adera Field | Adam Syukron Nasution": an oil field's manager, named
                           * after it in Indonesian news */
    for (size_t k = c->i + 1; rz->lang == ERG_LX_EN && k < c->j; k++)
        if (!is_cap(rz, k) && (rz->cls[k] & (ERG_LX_BIT(ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_ORGCUE))) &&
            is_cap(rz, k + 1) && !(rz->t.tok[k].flags & ERG_TOK_DIGIT))
            c->i = k + 1; /* "Scottish club | Rangers", "Dutch bank | Rabobank": the kind before the name */
    size_t o;
    while (c->type == ERG_TYPE_PERSON && c->i > 0 && c->i < c->j && english_org(rz, c->i) &&
           !(rz->t.tok[c->i].flags & ERG_TOK_ALLCAPS) && (o = rz->owner[c->i - 1]) != ERG_RZ_NONE &&
           rz->m->items[o].type == ERG_TYPE_ORGANIZATION && erg__rz_joinable(rz, c->i - 1))
        c->i++; /* "Qantas | Group Vanessa Hudson", "Sony | Pictures Ravi Ahuja": the known company's
                 * head word the model gave the person */
    while (c->j > c->i && junk(rz, c, c->j) &&
           ((rz->cls[c->j] & JUNK_CLASSES & ~(1u << ERG_LX_STARTER)) || either_lang(rz, c->j, ERG_LX_JOB)) &&
           !surname_title(rz, c) && !title_of_body(rz, c))
        c->j--; /* a sentence opener may end a name: "Badan Kepegawaian Negara", "Bank Perkreditan Rakyat" */
    while (c->type == ERG_TYPE_PERSON && c->j > c->i && lowercase_word(rz, c->j) && !hyphen_glued(rz, c->j - 1))
        c->j--; /* "Jacques Chirac - due to speak": no person's name ends in a lowercase
                 * word, but for a hyphen's second half ("Kim Jong-un"); places may
                 * ("Sumatra island", "Inggris timur") */
    return c->i <= c->j;
}


size_t erg__known_at(const erg_rz_t *rz, size_t k, unsigned types)
{
    size_t o = k < rz->t.n ? rz->owner[k] : ERG_RZ_NONE;
    if (o == ERG_RZ_NONE || !(types & (1u << rz->m->items[o].type)) ||
        (rz->m->items[o].flags & ERG_MENTION_DISCOVERED) || rz->m->items[o].start != rz->t.tok[k].start)
        return ERG_RZ_NONE;
    return o;
}

size_t erg__known_place_at(const erg_rz_t *rz, size_t k)
{
    return erg__known_at(rz, k, 1u << ERG_TYPE_PLACE);
}

size_t erg__known_place_after(const erg_rz_t *rz, size_t j, size_t *k)
{
    *k = j + 1;
    if (*k + 1 < rz->t.n && (rz->cls[*k] & (1u << ERG_LX_LOCHEAD)) && is_cap(rz, *k) &&
        rz->owner[*k] == ERG_RZ_NONE && erg__rz_joinable(rz, *k))
        ++*k; /* its head word first: "Kota Denpasar" */
    return erg__known_place_at(rz, *k);
}

/* An Indonesian body's name runs on over the tail words of the place
 * ending it ("DPRD Halmahera | Timur": placetails-id.txt). */
static void place_tail_after(const erg_rz_t *rz, cand_t *c)
{
    size_t k = c->j + 1;
    if (rz->lang == ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION || c->j == c->i)
        return;
    while (k < rz->t.n && is_cap(rz, k) && (rz->cls[k] & ERG_LX_BIT(ERG_LX_PLACETAIL)) &&
           rz->owner[k] == ERG_RZ_NONE && rz->region[k] == rz->region[c->j] && erg__rz_joinable(rz, k - 1))
        c->j = k++;
}

/* An Indonesian organization led by its head word runs on over a known
 * place right after it, with its head word ("Kejaksaan Tinggi Jawa Barat",
 * "Polres Metro Jakarta Utara", "Dinas Sosial Kota Denpasar": the model
 * often stops before the place); the place
 * stays a nested mention, as in settle_overlap. So does a name of two
 * words or more over a state: "Asosiasi Produksi Teh Jepang" is Japan's
 * association, "Pusat Studi Jepang" a university's centre, not bodies of
 * their own beside Japan (a state's government is the state:
 * a_states_government). */
static void place_after(erg_rz_t *rz, cand_t *c)
{
    place_tail_after(rz, c);
    size_t k = c->j + 1, o;
    if (rz->lang == ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION || !(rz->cls[c->i] & (1u << ERG_LX_ORGHEAD)) ||
        k >= rz->t.n || rz->region[k] != rz->region[c->j] || !erg__rz_joinable(rz, c->j))
        return;
    if ((o = erg__known_place_after(rz, c->j, &k)) == ERG_RZ_NONE) {
        k = c->j + 1;
        if (c->j == c->i || either_lang(rz, c->i, ERG_LX_GOVHEAD) ||
            (o = erg__known_at(rz, k, 1u << ERG_TYPE_STATE)) == ERG_RZ_NONE)
            return;
    }
    c->j = k - 1; /* the place's head word too: "Dinas Sosial Kota Denpasar" */
    while (k < rz->t.n && rz->owner[k] == o) {
        rz->owner[k] = ERG_RZ_NONE;
        c->j = k++;
    }
    rz->m->items[o].flags |= ERG_MENTION_NESTED;
    place_tail_after(rz, c);
}

/* "Fakultas Kedokteran Gigi Unpad", "Fakultas Pertanian Universitas
 * Udayana": a faculty is named after the known university right after it
 * (its mention, or ERG_RZ_NONE), as a body after its state ("Fakultas
 * Pertanian (Universitas Udayana)"); a faculty alone would be every
 * university's. The words the model left out join the faculty. */
static size_t faculty_of(const erg_rz_t *rz, cand_t *c)
{
    size_t k = c->j + 1, o;
    if (c->type != ERG_TYPE_ORGANIZATION || c->j == c->i || !key_is(rz, c->i, "fakultas"))
        return ERG_RZ_NONE;
    while (k < rz->t.n && k <= c->j + 2 && is_cap(rz, k) && rz->owner[k] == ERG_RZ_NONE &&
           erg__rz_joinable(rz, k - 1) && inner_gap(rz, k - 1))
        k++; /* "Kedokteran | Gigi" */
    if (k >= rz->t.n || !erg__rz_joinable(rz, k - 1) || !inner_gap(rz, k - 1) ||
        (o = erg__known_at(rz, k, 1u << ERG_TYPE_ORGANIZATION)) == ERG_RZ_NONE)
        return ERG_RZ_NONE;
    c->j = k - 1;
    return o;
}

/* Does token j, the last of a model's name after its maker's, end it in the
 * plural ("Buick Raniers"), before no other capitalised word: not a unit's
 * or an event's head, a company's tail, a listed thing ("Citigroup Global
 * Markets", "Microsoft Windows") or a kind of people ("Labour MPs")? */
static int model_in_plural(const erg_rz_t *rz, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    const erg_token_t *e = &t->tok[j];
    const char *w = rz->a->text + e->start;
    size_t n = e->end - e->start;
    erg_lx_bits_t unit = ERG_LX_BIT(ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_ORGTAIL) | ERG_LX_BIT(ERG_LX_EVENTHEAD) |
                         ERG_LX_BIT(ERG_LX_THING) | ERG_LX_BIT(ERG_LX_GENERIC) | ERG_LX_BIT(ERG_LX_JOB) |
                         ERG_LX_BIT(ERG_LX_TITLE); /* nor people: "Labour MPs" */
    return n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'' && !(e->flags & ERG_TOK_ALLCAPS) &&
           !(rz->cls[j] & unit) && !english_word(rz, j, ERG_LX_ORGTAIL) &&
           (j + 1 == t->n || t->tok[j + 1].sent != e->sent || !is_cap(rz, j + 1));
}

/* The capitalised runs after thing cue k (thingcues-*.txt) are products'
 * or programmes' names, wherever the model saw a name or not ("kayu
 * Gaharu"), and so are the items of a list they open ("proyek Abadi
 * Masela, Geng North dan Asap Kido"), also after words that say so
 * (listcues-*.txt: "games such as Populous, Theme Park and Dungeon
 * Keeper"): their keys go into `things`. After a maker, the model's
 * candidates v[0..nv) are given: a person among them ends the list. */
static int things_after(const erg_rz_t *rz, size_t k, const cand_t *v, size_t nv, erg_map_t *things, erg_buf_t *key,
                        int *found)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    *found = 0;
    size_t first = k + 1;
    while (first < t->n && first <= k + 2 && (rz->cls[first] & ERG_LX_BIT(ERG_LX_LISTCUE)) && !is_cap(rz, first) &&
           erg__rz_joinable(rz, first - 1))
        first++;
    for (size_t items = 0, start = first; !rc && items < 6 && start < t->n && is_cap(rz, start); items++) {
        cand_t x = {start, start, ERG_TYPE_ORGANIZATION};
        if (either_lang(rz, start, ERG_LX_TITLE) || either_lang(rz, start, ERG_LX_JOB))
            break; /* "EC President ...": a title, no model */
        while (x.j + 1 < t->n && x.j - x.i < 4 && is_cap(rz, x.j + 1) && erg__rz_joinable(rz, x.j))
            x.j++;
        int person = 0;
        for (size_t c = 0; c < nv && !person && items > 0; c++)
            person = v[c].type == ERG_TYPE_PERSON && v[c].i == x.i && v[c].j == x.j && x.j > x.i &&
                     rz->owner[x.i] == ERG_RZ_NONE; /* (not "Chevrolet Trailblazers") */
        if (person)
            break; /* after a maker (v given), a person the model read in full ends the list: "the
                    * NBA All-Star, Yao Ming, who" */
        if (items == 0 && first == k + 1 ? !erg__thing_by_cue(rz, &x) : !erg__thing_like(rz, &x)) {
            if (items == 0)
                break; /* a list's later item may be a name with a head word ("Theme Park"): passed over */
        } else if ((rc = erg__span_key(t, x.i, x.j - x.i + 1, key)) ||
                   (rc = erg__map_put(things, key->buf, key->len, 1))) {
            break;
        } else if (++*found == 1 && (model_in_plural(rz, x.j) || erg__thing_noun_at(rz, x.j + 1))) {
            ++*found; /* a model in the plural or before its kind's noun: "GMC Envoys", "Grand Prix sedans" */
        }
        size_t n = x.j + 1; /* the next item: after a comma, "and" or ", and" */
        if (n < t->n && rz->a->text[t->tok[n].start] == '&')
            break; /* "HSBC Trinkaus & Burkhardt": one name */
        if (n < t->n && t->tok[n].sent == t->tok[x.j].sent && gap_is(rz, x.j, ','))
            start = n + (n + 1 < t->n && lower_conjunction(rz, n));
        else if (n + 1 < t->n && lower_conjunction(rz, n) &&
                 erg__rz_joinable(rz, x.j) && erg__rz_joinable(rz, n))
            start = n + 1;
        else
            break;
    }
    return rc;
}

/* Is the name at token i a company's by the noun before it (orgcues-*.txt):
 * right before it ("accountancy firm Grant Thornton"), or opening the
 * phrase of up to three words before it and its comma ("Regulator energi
 * Inggris, Ofgem")? */
static int org_cue_before(const erg_rz_t *rz, size_t i)
{
    unsigned cue = 1u << ERG_LX_ORGCUE;
    if (i == 0)
        return 0;
    if ((rz->cls[i - 1] & cue) && !is_cap(rz, i - 1) && erg__rz_joinable(rz, i - 1))
        return 1;
    if (rz->lang == ERG_LX_EN && i > 1 && (rz->cls[i - 1] & ERG_LX_BIT(ERG_LX_ORGHEAD)) && !is_cap(rz, i - 1) &&
        erg__rz_joinable(rz, i - 1) && inner_gap(rz, i - 1) && !(rz->cls[i - 2] & ERG_LX_BIT(ERG_LX_FUNCTION)) &&
        rz->t.tok[i - 2].sent == rz->t.tok[i].sent && !(rz->cls[i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)))
        return 1; /* a body's head word in lowercase right after its kind: "Belgian club Anderlecht",
                   * "the militant group Islamic Jihad"; not after "the" alone, where a person may
                   * follow ("the group Maria Olsen set up"), nor past a comma ("the group, Richard
                   * Veerman,") */
    if (!gap_is(rz, i - 1, ','))
        return 0;
    for (size_t k = i - 1, steps = 0; steps < 3; k--, steps++) {
        if (rz->cls[k] & cue) /* the noun opens the phrase: not "Kuasa hukum perusahaan, Rudolf
                               * Simanjuntak", the company's lawyer */
            return opens_sentence(rz, k) ||
                   (!is_cap(rz, k) && (!erg__rz_joinable(rz, k - 1) || (rz->cls[k - 1] & (1u << ERG_LX_FUNCTION))));
        if (k == 0 || rz->t.tok[k - 1].sent != rz->t.tok[i].sent || !erg__rz_joinable(rz, k - 1))
            return 0;
    }
    return 0;
}

/* Is English candidate c where someone works, named after their
 * job and "at" ("an analyst at Bernstein", "a professor at Kingsbridge
 * College")? The model reads a name after "at" as a place; an employer is
 * a body. */
static int employer_at(const erg_rz_t *rz, const cand_t *c)
{
    size_t i = c->i, k = i - 2;
    if (rz->lang != ERG_LX_EN || i < 2 || !key_is(rz, i - 1, "at") || is_cap(rz, i - 1) || is_cap(rz, k) ||
        !erg__rz_joinable(rz, k) || !erg__rz_joinable(rz, i - 1) ||
        !(rz->cls[k] & ((1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB))))
        return 0;
    for (k = c->i; k <= c->j; k++)
        if (rz->cls[k] & ((1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD)))
            return 0; /* "a spokeswoman at Cleveland Hopkins International Airport" */
    return 1;
}

/* The tokens (1 or 2) of an office only a company has, starting at token
 * k: "chief executive", "managing director", "chairman", "chairwoman"; or
 * 0. */
static int firm_office(const erg_rz_t *rz, size_t k)
{
    if (k + 1 < rz->t.n && ((key_is(rz, k, "chief") && key_is(rz, k + 1, "executive")) ||
                            (key_is(rz, k, "managing") && key_is(rz, k + 1, "director"))))
        return erg__rz_joinable(rz, k) ? 2 : 0;
    return key_is(rz, k, "chairman") || key_is(rz, k, "chairwoman");
}

/* Is English "person" c, no given name first, followed by the office only
 * a company has, or by its possessive and one ("Velkor chief executive Tim
 * Sweeney", "Redstone Iron's managing director", "Horizon Postal boss")? A
 * person has a boss too: "Olsen's boss". */
static int firm_office_after(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->j + 1;
    int owner = 0;
    if ((rz->cls[c->i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) ||
        (c->i > 0 && (rz->cls[c->i - 1] & ERG_LX_BIT(ERG_LX_HONORIFIC))))
        return 0;
    if (k < t->n && possessive_s(rz, k))
        k++, owner = 1;
    else if (k >= t->n || !erg__rz_joinable(rz, c->j))
        return 0;
    if (k + 1 >= t->n || is_cap(rz, k) || t->tok[k].sent != t->tok[c->j].sent || !inner_gap(rz, k - 1))
        return 0;
    return firm_office(rz, k) || (!owner && key_is(rz, k, "boss"));
}

/* Is English candidate c, up to three words, after a company's office and
 * "of" ("chief executive of Roadline Autonomy", "co-founder of Kestrel
 * Data", "the chairman of Halden")? The model reads such a company as a
 * place or a person. */
static int firm_office_before(const erg_rz_t *rz, const cand_t *c)
{
    size_t i = c->i;
    if (rz->lang != ERG_LX_EN || c->j > c->i + 2 || i < 2 || !key_is(rz, i - 1, "of") || is_cap(rz, i - 1) ||
        !erg__rz_joinable(rz, i - 1) || !erg__rz_joinable(rz, i - 2) || (rz->cls[i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)))
        return 0;
    size_t k = i - 2;
    if (key_is(rz, k, "officer") && k > 1 && key_is(rz, k - 2, "chief"))
        return 1; /* "Chief Executive Officer of Harlow", "chief financial officer of" */
    return (k > 0 && firm_office(rz, k - 1) == 2) || firm_office(rz, k) == 1 || key_is(rz, k, "founder") ||
           key_is(rz, k, "ceo") || key_is(rz, k, "shareholders");
}

/* Is English "place" c, one word, a company by what the article writes
 * around it: a noun only a company has after it or its possessive
 * ("Phytopharm shares", "Federated's chairman"; firmnouns-en.txt), or
 * "-based" right before it ("Swiss-based Xstrata": places are not based
 * somewhere)? The model reads a one-word company it does not know as a
 * place after "at" or "on". A name after a company's office and "of" is one
 * whatever its words (firm_office_before). */
static int firm_by_words(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->j + 1;
    if (c->type != ERG_TYPE_ORGANIZATION && firm_office_before(rz, c))
        return 1;
    if (rz->lang == ERG_LX_EN && c->type == ERG_TYPE_PERSON && c->j <= c->i + 2)
        return firm_office_after(rz, c);
    if (rz->lang != ERG_LX_EN || c->i != c->j || c->type != ERG_TYPE_PLACE)
        return 0; /* people are based somewhere and have shares too: "London-based Berezovsky" */
    if (c->i >= 2 && key_is(rz, c->i - 1, "based") && !is_cap(rz, c->i - 1) && erg__rz_joinable(rz, c->i - 1) &&
        hyphen_glued(rz, c->i - 2))
        return 1;
    if (k < t->n && possessive_s(rz, k))
        k++;
    else if (k < t->n && !erg__rz_joinable(rz, c->j))
        return 0;
    return k < t->n && !is_cap(rz, k) && t->tok[k].sent == t->tok[c->j].sent && inner_gap(rz, k - 1) &&
           (rz->cls[k] & ERG_LX_BIT(ERG_LX_FIRMNOUN));
}

/* Is one-word candidate c, in Indonesian news, a field in the list of an
 * English office's title ("Secretary of State for Foreign, | Commonwealth
 * |, and Development Affairs"): after English "for" and capitalised words
 * and commas only? */
static int title_field(const erg_rz_t *rz, const cand_t *c)
{
    if (rz->lang == ERG_LX_EN || c->i != c->j || c->i < 3 || !gap_is(rz, c->i - 1, ','))
        return 0;
    for (size_t k = c->i - 1, steps = 0; steps < 4 && k > 0; k--, steps++) {
        if (rz->t.tok[k].sent != rz->t.tok[c->i].sent || !is_cap(rz, k))
            return 0;
        if (key_is(rz, k - 1, "for") && !is_cap(rz, k - 1) && erg__rz_joinable(rz, k - 1))
            return 1;
        if (!erg__rz_joinable(rz, k - 1) && !gap_is(rz, k - 1, ','))
            return 0;
    }
    return 0;
}

/* Is the Indonesian name at token i the place whose people the word right
 * before it speaks of: "warga Gotowasi", "warga adat Maba Sangaji",
 * "penduduk Saparua" (a word both locative and generic, in lowercase)?
 * Not a listed given name: "warga Budi" may be a resident named Budi. */
static int residents_of(const erg_rz_t *rz, size_t i)
{
    size_t k = i - 1;
    if (rz->lang == ERG_LX_EN || i == 0 || (rz->cls[i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)))
        return 0;
    if (key_is(rz, k, "adat") && k > 0 && !is_cap(rz, k) && erg__rz_joinable(rz, k - 1))
        k--;
    erg_lx_bits_t want = ERG_LX_BIT(ERG_LX_LOCATIVE) | ERG_LX_BIT(ERG_LX_GENERIC);
    return (rz->cls[k] & want) == want && !is_cap(rz, k) && erg__rz_joinable(rz, k);
}

/* Is "place" c an Indonesian body named with its seat: a head word of a
 * body first (orgheads-id.txt, not a place's), and a seat's word in it
 * ("Pengadilan Negeri Denpasar", "Kejaksaan Tinggi Maluku Utara") or a
 * known place last ("Pengadilan Tipikor Serang", "Universitas PGRI
 * Semarang")? The model reads such a body after "di" as the building. */
static int seated_body(const erg_rz_t *rz, const cand_t *c)
{
    if (c->j == c->i || !(rz->cls[c->i] & (1u << ERG_LX_ORGHEAD)) ||
        (rz->cls[c->i] & ((1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD))))
        return 0;
    for (size_t k = c->i + 1; k <= c->j; k++)
        if (rz->cls[k] & ERG_LX_BIT(ERG_LX_SEAT))
            return 1;
    size_t o = rz->owner[c->j];
    return o != ERG_RZ_NONE && rz->m->items[o].entity && !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED) &&
           (rz->m->items[o].type == ERG_TYPE_PLACE || rz->m->items[o].type == ERG_TYPE_STATE);
}

/* The key of the one person the article names so far in two words or
 * more (the gazetteer's matches, the names discovered before) with token
 * k's key among the words of its name; NULL when none or several. */
static const char *person_word(const erg_rz_t *rz, size_t k)
{
    const char *w = rz->t.keys.buf + rz->t.tok[k].key, *who = NULL;
    size_t n = rz->t.tok[k].keylen;
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        if (!m->entity || m->type != ERG_TYPE_PERSON || !strchr(m->key, ' ') ||
            (who && strcmp(who, m->key) == 0) || !erg__key_has_word(m->key, strlen(m->key), w, n))
            continue; /* (a name of one word is a short form itself) */
        if (who)
            return NULL;
        who = m->key;
    }
    return who;
}

/* A "person" of two words each of which belongs to another person the
 * article names ("Prabowo-Gibran", "Prabowo Gibran" beside "Prabowo
 * Subianto" and "Gibran Rakabuming Raka") is the pair: two mentions,
 * which coref.c resolves. */
static int a_pair(const erg_rz_t *rz, const cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON || c->j != c->i + 1)
        return 0;
    const char *a = person_word(rz, c->i), *b = a ? person_word(rz, c->j) : NULL;
    return b && strcmp(a, b) != 0;
}

size_t erg__cap_run(const erg_rz_t *rz, size_t k)
{
    size_t last = k;
    while (last + 1 < rz->t.n && erg__rz_joinable(rz, last) && rz->owner[last + 1] == ERG_RZ_NONE &&
           rz->region[last + 1] == rz->region[k]) {
        size_t nx = last + 1;
        if (is_cap(rz, nx) && !(rz->cls[nx] & (1u << ERG_LX_REPORTING))) {
            last = nx;
            continue;
        }
        if ((rz->cls[nx] & (1u << ERG_LX_FUNCTION)) && nx + 1 < rz->t.n && erg__rz_joinable(rz, nx) &&
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
    if (erg__grow(&p, cap, *n + 1, sizeof **v))
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

/* Is the run of tokens i..j (title included) said to speak: a reporting
 * verb right after it ("Menteri Hartono mengatakan")? After "kata"
 * Indonesian puts titles and offices as often as names. Head words and
 * lowercase words make no speaker. */
static int reported(const erg_rz_t *rz, size_t i, size_t j)
{
    unsigned verb = 1u << ERG_LX_REPORTING, heads = (1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD);
    for (size_t k = i; k <= j; k++)
        if (rz->cls[k] & heads)
            return 0;
    const erg_tokens_t *t = &rz->t;
    for (size_t k = i; k <= j; k++)
        if (!(t->tok[k].flags & ERG_TOK_CAP))
            return 0; /* "Menteri Agama dan Menteri Perumahan" */
    return j + 1 < t->n && t->tok[j + 1].sent == t->tok[j].sent && (rz->cls[j + 1] & verb);
}

/* May token k be a word of a name that can only be a person's:
 * capitalised (not in capitals, no digit), of no word list but those in
 * `allowed`, no mention's, and no word the dictionary writes in lowercase
 * unless a list in `allowed` holds it ("Agus", a given name)? */
static int name_word(const erg_rz_t *rz, size_t k, erg_lx_bits_t allowed)
{
    return is_cap(rz, k) && !(rz->t.tok[k].flags & (ERG_TOK_ALLCAPS | ERG_TOK_DIGIT)) && !(rz->cls[k] & ~allowed) &&
           rz->owner[k] == ERG_RZ_NONE && ((rz->cls[k] & allowed) || !erg__dictionary_word(rz, k));
}

/* Are tokens i..j name words (name_word, but for `allowed`) one blank
 * apart? */
static int name_words(const erg_rz_t *rz, size_t i, size_t j, erg_lx_bits_t allowed)
{
    for (size_t k = i; k <= j; k++)
        if (!name_word(rz, k, allowed) || (k < j && !inner_gap(rz, k)))
            return 0;
    return 1;
}

/* Are tokens i..j, right after an Indonesian title, a name of two to four
 * words that can only be a person's ("Perdana Menteri John Howard", which
 * the model left out; not "Menteri Luar Negeri")? */
static int titled_name(const erg_rz_t *rz, size_t i, size_t j)
{
    return j > i && j <= i + 3 && name_words(rz, i, j, 0);
}

/* Are tokens i..j one to three words of a person's name (given names
 * allowed), right after an Indonesian reporting verb ("kata Meles",
 * "jelas Hendro Wicaksono")? The speaker the model left out. */
static int said_before(const erg_rz_t *rz, size_t i, size_t j)
{
    if (i == 0 || j > i + 2 || is_cap(rz, i - 1) || !(rz->cls[i - 1] & (1u << ERG_LX_REPORTING)) ||
        !erg__rz_joinable(rz, i - 1))
        return 0;
    return name_words(rz, i, j, ERG_LX_BIT(ERG_LX_FIRSTNAME));
}

/* In English, does a credit's name start at token i, after a function
 * word ("By Hannah Whitfield", "and Tom Lee")? The English model leaves
 * credit lines to the rules (erg__rz_discover), which must find the name
 * there themselves. */
static int after_by(const erg_rz_t *rz, size_t i)
{
    return rz->lang == ERG_LX_EN && i > 0 && (rz->cls[i - 1] & (1u << ERG_LX_FUNCTION));
}

/* Does a name start at token i of a credit line: the first of the credit,
 * after a break or a lowercase word, or after an English function word
 * ("By Hannah Whitfield", "and Tom Lee")? */
static int credit_opens(const erg_rz_t *rz, size_t i)
{
    return i == 0 || rz->region[i - 1] != ERG_REGION_BYLINE || !erg__rz_joinable(rz, i - 1) || after_by(rz, i) ||
           !is_cap(rz, i - 1);
}

static int tagged_in(const unsigned char *labels, size_t i, size_t j)
{
    for (size_t q = i; labels && q <= j; q++)
        if (labels[q] != ERG_TAG_O)
            return 1;
    return 0;
}

/* Does the organization at tokens i..j, led by an Indonesian head word, go
 * on after its short form in brackets, over one word the model took for a
 * one-word person ("Badan Penyelenggara (BP) Haji")? The short form must
 * be the initials of the words before it. A person of two words or more
 * after the bracket is the body's head ("(BPS) Amalia Adininggar"), unless
 * the short form and the word are a known name ("(BP) Haji Mochamad
 * Irfan Yusuf", "BP Haji"). */
static int short_form_then_word(const erg_rz_t *rz, const unsigned char *labels, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    size_t a = j + 1, w = j + 2;
    if (tag_type(labels[i]) != ERG_TYPE_ORGANIZATION || rz->lang == ERG_LX_EN ||
        !(rz->cls[i] & (1u << ERG_LX_ORGHEAD)) || w >= t->n || !gap_is(rz, j, '(') || !gap_is(rz, a, ')') ||
        !(t->tok[a].flags & ERG_TOK_ALLCAPS) || labels[w] != ERG_TAG_B_PER || rz->region[w] != rz->region[i] ||
        !is_cap(rz, w))
        return 0;
    if (w + 1 < t->n && labels[w + 1] == ERG_TAG_I_PER) {
        /* a person after: the word is the body's only when the short form
         * and it are a known name ("(BP) Haji Mochamad ...": "BP Haji") */
        erg_buf_t key = {0};
        int known = rz->g && !erg__span_key(t, a, 2, &key) && erg__gazetteer_lookup(rz->g, key.buf, key.len);
        erg__buf_release(&key);
        if (!known)
            return 0;
    }
    size_t n = t->tok[a].end - t->tok[a].start;
    if (n != j - i + 1)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((rz->a->text[t->tok[i + k].start] | 0x20) != (rz->a->text[t->tok[a].start + k] | 0x20))
            return 0;
    return 1;
}

/* An organization led by a head word may go on over a conjunction
 * (data/lists/conjunctions.txt: "dan", "and") to a
 * capitalised run that is neither another head word's name nor a person
 * ("Kementerian Hukum dan Hak Asasi Manusia", "Kementerian Koperasi dan
 * UKM"), and over the next ("Badan Pengendalian dan Pengawasan Mutu Hasil
 * Kelautan dan Perikanan"); returns its new last token. */
static size_t and_tail_once(const erg_rz_t *rz, const unsigned char *labels, size_t i, size_t j);

static size_t and_tail(const erg_rz_t *rz, const unsigned char *labels, size_t i, size_t j)
{
    for (int step = 0; step < 3; step++) {
        size_t last = and_tail_once(rz, labels, i, j);
        if (last == j)
            break;
        j = last;
    }
    return j;
}

static size_t and_tail_once(const erg_rz_t *rz, const unsigned char *labels, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    unsigned stop = (1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_TITLE) | JUNK_CLASSES;
    size_t a = j + 2;
    if (!(rz->cls[i] & (1u << ERG_LX_ORGHEAD)) || a >= t->n || !erg__rz_joinable(rz, j) ||
        !erg__rz_joinable(rz, j + 1) || rz->owner[j + 1] != ERG_RZ_NONE ||
        !(rz->cls[j + 1] & (1u << ERG_LX_CONJUNCTION)) || !is_cap(rz, a) ||
        rz->owner[a] != ERG_RZ_NONE || ((rz->cls[a] & stop) && !(rz->cls[a] & (1u << ERG_LX_CREDIT))))
        return j; /* (a credit label opens a name's tail there: "dan Sumber Daya Manusia";
                   * a sentence opener alone does not: "dan Warga Bantar Gebang") */
    size_t last = erg__cap_run(rz, a);
    for (size_t k = a; k <= last; k++)
        if (labels && (labels[k] == ERG_TAG_B_PER || labels[k] == ERG_TAG_I_PER)) {
            if (k == a)
                return j;
            last = k - 1; /* the person the body's name runs into: "... dan Perikanan Rina Wulandari" */
            while (last > a && !is_cap(rz, last))
                last--;
            break;
        }
    if (last - a >= 6)
        return j; /* a run this long is a sentence's capitals, not a name's tail */
    return last;
}

/* Tokens i..j are a person's name, whatever the tagger read there: their
 * labels are rewritten as a person's, or, without a tagger, they are a
 * candidate. */
static int a_person(const erg_rz_t *rz, unsigned char *labels, cand_t **v, size_t *n, size_t *cap, size_t i,
                    size_t j)
{
    if (!labels)
        return add_cand(v, n, cap, i, j, ERG_TYPE_PERSON);
    for (size_t k = i; k <= j; k++)
        labels[k] = k == i ? ERG_TAG_B_PER : ERG_TAG_I_PER;
    if (j + 1 < rz->t.n && labels[j + 1] % 2 == 0 && labels[j + 1] != ERG_TAG_O)
        labels[j + 1] = ERG_TAG_O; /* no tail of the tagger's span left dangling */
    return 0;
}

/* Is mention o a known organization's one-word name, token k alone, not in
 * capitals ("Dell", "Ford"; not "BP")? */
static int one_word_company(const erg_rz_t *rz, size_t o, size_t k)
{
    const erg_mention_t *x = &rz->m->items[o];
    return x->type == ERG_TYPE_ORGANIZATION && !(x->flags & ERG_MENTION_DISCOVERED) &&
           x->start == rz->t.tok[k].start && x->end == rz->t.tok[k].end && !(rz->t.tok[k].flags & ERG_TOK_ALLCAPS);
}

/* After an honorific ("Mr Major", "Dr Owen", "Pak Harun") a capitalised
 * run of up to three words is a person, whatever the tagger read there
 * (the English model learnt "Mr." with its full stop, and tags "Dr Owen" an
 * organization). A title after the honorific is an office ("Mr
 * President"). */
static int honorifics(erg_rz_t *rz, unsigned char *labels, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t i = 0; i + 1 < t->n && !rc; i++) {
        if (!(rz->cls[i] & (1u << ERG_LX_HONORIFIC)) || !is_cap(rz, i) || !erg__rz_joinable(rz, i) ||
            rz->region[i] != ERG_REGION_TEXT)
            continue; /* (in lowercase, "biksu Thailand" is monks of Thailand) */
        size_t o = rz->owner[i + 1];
        if (o != ERG_RZ_NONE && rz->m->items[o].type == ERG_TYPE_ORGANIZATION &&
            rz->m->items[o].start == t->tok[i + 1].start && (t->tok[i + 1].flags & ERG_TOK_CAP)) {
            erg__rz_drop(rz, o); /* "Lord Sainsbury" is a person, not the company of that name */
        }
        size_t last = i;
        while (last + 1 < t->n && last - i < 3 && (last == i || erg__rz_joinable(rz, last)) &&
               (t->tok[last + 1].flags & ERG_TOK_CAP) && rz->owner[last + 1] == ERG_RZ_NONE &&
               !(rz->cls[last + 1] & (JUNK_CLASSES | NOT_NAMES)) && rz->region[last + 1] == rz->region[i])
            last++;
        if (last == i)
            continue;
        if (rz->lang == ERG_LX_EN && last + 1 < t->n && erg__rz_joinable(rz, last) && inner_gap(rz, last) &&
            (o = rz->owner[last + 1]) != ERG_RZ_NONE && one_word_company(rz, o, last + 1)) {
            erg__rz_drop(rz, o); /* "Sen. Marcia Dell": the company's name is her surname */
            last++;
        }
        rc = a_person(rz, labels, v, n, cap, i + 1, last);
        if (labels)
            labels[i] = ERG_TAG_O;
        i = last;
    }
    return rc;
}

/* "AKP I Gusti Made Arta", "Ni Luh Putu Sari": an "I" or "Ni" before a
 * Balinese birth-order or caste name (firstnames-id.txt) opens a person's
 * name, which runs over the capitalised words after it (six at most),
 * whatever the tagger read there: it often leaves the "I" out, or the
 * whole name. */
static int balinese_names(erg_rz_t *rz, unsigned char *labels, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t i = 0; rz->lang != ERG_LX_EN && i + 1 < t->n && !rc; i++) {
        const char *k = t->keys.buf + t->tok[i].key;
        size_t len = t->tok[i].keylen;
        if (!(len == 1 && k[0] == 'i') && !(len == 2 && k[0] == 'n' && k[1] == 'i'))
            continue;
        if (!is_cap(rz, i) || rz->owner[i] != ERG_RZ_NONE || rz->region[i] != ERG_REGION_TEXT ||
            !erg__rz_joinable(rz, i) || !inner_gap(rz, i) || !is_cap(rz, i + 1) ||
            !(rz->cls[i + 1] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) || rz->owner[i + 1] != ERG_RZ_NONE)
            continue;
        size_t last = i + 1;
        while (last + 1 < t->n && last - i < 6 && erg__rz_joinable(rz, last) && inner_gap(rz, last) &&
               is_cap(rz, last + 1) && rz->owner[last + 1] == ERG_RZ_NONE &&
               !(rz->cls[last + 1] & (JUNK_CLASSES | NOT_NAMES)) && rz->region[last + 1] == rz->region[i])
            last++;
        rc = a_person(rz, labels, v, n, cap, i, last);
        i = last;
    }
    return rc;
}

/* Adds span i..j, split at each lowercase conjunction ("and", "dan")
 * inside it unless it holds a head word or another function word: two
 * names joined by "and" are two mentions ("BMW, Mercedes and Jaguar"),
 * while "Kementerian Hukum dan Hak Asasi Manusia", "Oil and Natural Gas
 * Corporation" and "Ministry of Finance and Economy" are one. */
static int add_split(const erg_rz_t *rz, cand_t **v, size_t *n, size_t *cap, size_t i, size_t j,
                     erg_type_t type)
{
    int rc = 0, whole = 0;
    size_t from = i;
    unsigned conj = 1u << ERG_LX_CONJUNCTION;
    for (size_t k = i; k <= j; k++)
        if ((rz->cls[k] & ((1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD))) ||
            ((rz->cls[k] & (1u << ERG_LX_FUNCTION)) && !(rz->cls[k] & conj)))
            whole = 1;
    if (!whole)
        for (size_t k = i + 1; k < j && !rc; k++)
            if ((rz->cls[k] & (1u << ERG_LX_CONJUNCTION)) && !(rz->t.tok[k].flags & ERG_TOK_CAP)) {
                if (k > from)
                    rc = add_cand(v, n, cap, from, k - 1, type);
                from = k + 1;
            }
    for (size_t k = i + 1; whole && k + 1 < j && !rc; k++) {
        /* but two bodies each with its head word are two: "United Bank of Africa and Standard
         * Trust Bank", "House of Commons and House of Lords" (not "Ministry of Finance and
         * Economy", whose second half has no head) */
        if (!(rz->cls[k] & conj) || (rz->t.tok[k].flags & ERG_TOK_CAP) || !is_cap(rz, k + 1))
            continue;
        int left = 0, right = 0;
        for (size_t q = i; q <= j; q++)
            if (either_lang(rz, q, ERG_LX_ORGHEAD) && is_cap(rz, q))
                *(q < k ? &left : &right) = 1;
        if (left && right) {
            rc = add_cand(v, n, cap, i, k - 1, type);
            from = k + 1;
            break;
        }
    }
    if (!rc && from <= j)
        rc = add_cand(v, n, cap, from, j, type);
    return rc;
}

/* A candidate of `type` over tokens i..j, one more where none overlaps
 * them; where the first that does lies within them, in its place (a
 * rule's name around the model's piece of it); else none. */
static int put_cand(cand_t **v, size_t *n, size_t *cap, size_t i, size_t j, erg_type_t type)
{
    size_t c;
    for (c = 0; c < *n && ((*v)[c].j < i || (*v)[c].i > j); c++)
        ;
    if (c == *n)
        return add_cand(v, n, cap, i, j, type);
    if ((*v)[c].i >= i && (*v)[c].j <= j)
        (*v)[c] = (cand_t){i, j, type};
    return 0;
}

/* "Kota | Bekasi": the known place at token k + 1 after its kind's head
 * word at token k (locheads-id.txt: Kota, Kabupaten, Provinsi), capitalised
 * and no mention's; ERG_RZ_NONE when none. */
static size_t kind_then_place(const erg_rz_t *rz, size_t k)
{
    if (k + 1 >= rz->t.n || !is_cap(rz, k) || !(rz->cls[k] & (1u << ERG_LX_LOCHEAD)) ||
        rz->owner[k] != ERG_RZ_NONE || !erg__rz_joinable(rz, k))
        return ERG_RZ_NONE;
    return erg__known_place_at(rz, k + 1);
}

/* The known place (with its kind's head word: "Kota Cimahi") after the
 * Indonesian body's head word at token k, right after it or after up to
 * four more capitalised words of no mention's and the body's short form
 * in brackets ("Dinas Kesehatan Kota Cimahi", "Satuan Polisi Pamong Praja
 * (Satpol PP) Kota Semarang"); its mention, and in *at the token where
 * it opens; ERG_RZ_NONE when none. */
static size_t place_after_head(const erg_rz_t *rz, size_t k, size_t *at)
{
    const erg_tokens_t *t = &rz->t;
    size_t o, e = k;
    int closed = 0; /* e closes a bracket */
    for (size_t words = 0;; words++) {
        if ((e == k || closed || (inner_gap(rz, e) && erg__rz_joinable(rz, e))) &&
            ((o = erg__known_place_at(rz, e + 1)) != ERG_RZ_NONE || (o = kind_then_place(rz, e + 1)) != ERG_RZ_NONE))
            break;
        if (e > k && e + 3 < t->n && gap_is(rz, e, '(')) {
            size_t q = e + 1;
            while (q < e + 3 && q + 1 < t->n && inner_gap(rz, q) && is_cap(rz, q + 1))
                q++;
            if (q + 1 < t->n && gap_is(rz, q, ')') && is_cap(rz, e + 1)) {
                e = q; /* "(Satpol PP)" */
                closed = 1;
                continue;
            }
        }
        if (words == 4 || closed || e + 2 >= t->n || !inner_gap(rz, e) || !is_cap(rz, e + 1) ||
            rz->owner[e + 1] != ERG_RZ_NONE || (rz->cls[e + 1] & JUNK_CLASSES) || !erg__rz_joinable(rz, e) ||
            (e > k && (rz->cls[e + 1] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT)))))
            return ERG_RZ_NONE; /* another body's head: "Direktorat Reserse Narkoba | Polda Sumut" */
        e++;
    }
    *at = e + 1;
    return o;
}

/* The last token of an Indonesian military unit named by its number and
 * its seat or its name after a slash, at token k ("Kodim 0702/Purbalingga",
 * "Yonif 406/Candra Kusuma"): one body, where the model saw a place or a
 * person after the number; else ERG_RZ_NONE. */
static size_t numbered_unit(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    if (k + 2 >= t->n || !is_cap(rz, k) || !(rz->cls[k] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT))) ||
        rz->owner[k] != ERG_RZ_NONE || rz->region[k] != ERG_REGION_TEXT || !erg__rz_joinable(rz, k) ||
        !inner_gap(rz, k) || !(t->tok[k + 1].flags & ERG_TOK_DIGIT) || (t->tok[k + 1].flags & ERG_TOK_CAP) ||
        !gap_is(rz, k + 1, '/') || !is_cap(rz, k + 2) || t->tok[k + 2].start != t->tok[k + 1].end + 1)
        return ERG_RZ_NONE;
    size_t e = k + 2;
    while (e < k + 4 && e + 1 < t->n && erg__rz_joinable(rz, e) && inner_gap(rz, e) && is_cap(rz, e + 1) &&
           !(rz->cls[e + 1] & (JUNK_CLASSES | (1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_RANK))) &&
           (rz->owner[e + 1] == ERG_RZ_NONE || rz->owner[e + 1] == rz->owner[e]))
        e++;
    while (e + 1 < t->n && rz->owner[e] != ERG_RZ_NONE && rz->owner[e + 1] == rz->owner[e])
        e++; /* the seat's whole name */
    return e;
}

/* Is token k an unknown acronym of three to six capitals, no listed word,
 * before a tier of government ("Kota", "Kabupaten": locheads-id.txt), so
 * that it may lead a body's branch before its place ("PMI Kota Semarang":
 * the Red Cross's city branch, which gave only Semarang; but "CBD Jakarta"
 * is a district)? */
static int body_acronym(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    size_t len = x->end - x->start;
    return (x->flags & ERG_TOK_ALLCAPS) && !(x->flags & ERG_TOK_DIGIT) && len >= 3 && len <= 6 && !rz->cls[k] &&
           !rz->headline[k] && k + 2 < rz->t.n && (rz->cls[k + 1] & (1u << ERG_LX_LOCHEAD)) && is_cap(rz, k + 1);
}

/* "DPRD Halmahera Timur", "RSUD Sumedang", "DPRD Kota Bekasi": an
 * Indonesian body's head word
 * (orgheads-id.txt, units-id.txt) right before a place the gazetteer
 * knows names the body of that place, where the model, seeing the known
 * place, saw no name. One more candidate, which settle_overlap nests the
 * place in; not inside a longer name, though after a title or a common
 * word ("Ketua DPRD Bali", "Anggota DPRD Bali"). */
static int heads_before_places(const erg_rz_t *rz, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    if (rz->lang == ERG_LX_EN)
        return 0;
    for (size_t k = 0; k + 1 < t->n && !rc; k++) {
        size_t o, e;
        if ((e = numbered_unit(rz, k)) != ERG_RZ_NONE) {
            rc = put_cand(v, n, cap, k, e, ERG_TYPE_ORGANIZATION);
            k = e;
            continue;
        }
        if (!is_cap(rz, k) ||
            !((rz->cls[k] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT))) || body_acronym(rz, k)) ||
            rz->owner[k] != ERG_RZ_NONE || rz->region[k] != ERG_REGION_TEXT || !erg__rz_joinable(rz, k) ||
            (k > 0 && is_cap(rz, k - 1) && erg__rz_joinable(rz, k - 1) && !(rz->cls[k - 1] & JUNK_CLASSES) &&
             !either_lang(rz, k - 1, ERG_LX_JOB) && !erg__dictionary_word(rz, k - 1)) ||
            (o = place_after_head(rz, k, &e)) == ERG_RZ_NONE ||
            (e == k + 1 && !(rz->cls[k] & (1u << ERG_LX_ORGHEAD)) && erg__dictionary_word(rz, k)))
            continue; /* a unit's head that is a word opens a body's name of more words: "Satuan
                       * Polisi Pamong Praja Kota Semarang", not "Bagian Timur" */
        while (e + 1 < t->n && rz->owner[e + 1] == o)
            e++;
        rc = put_cand(v, n, cap, k, e, ERG_TYPE_ORGANIZATION); /* over the model's place, its "person" or
                                                                * its head */
        k = e;
    }
    return rc;
}

/* Is candidate c a team named after its place or its state ("Borneo FC",
 * "Timnas Indonesia"; clubs_by_place)? */
static int club_name(const erg_rz_t *rz, const cand_t *c)
{
    return c->type == ERG_TYPE_ORGANIZATION && c->j > c->i &&
           ((key_is(rz, c->j, "fc") && (rz->t.tok[c->j].flags & ERG_TOK_ALLCAPS)) || key_is(rz, c->i, "timnas"));
}

/* "Borneo FC": a club named after its place, then "FC", is the club, and
 * "Timnas Indonesia" the state's national team, not the place or the
 * state (where the model, seeing the known name, saw none). One more
 * candidate, which settle_overlap nests the place in. */
static int clubs_by_place(const erg_rz_t *rz, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t k = 1; k < t->n && !rc; k++) {
        size_t o = rz->owner[k - 1], i;
        if (key_is(rz, k - 1, "timnas") && is_cap(rz, k - 1) && rz->owner[k - 1] == ERG_RZ_NONE &&
            erg__rz_joinable(rz, k - 1) && inner_gap(rz, k - 1) &&
            (o = erg__known_at(rz, k, (1u << ERG_TYPE_PLACE) | (1u << ERG_TYPE_STATE))) != ERG_RZ_NONE) {
            i = k - 1; /* "Timnas Indonesia", a state's team */
            k = erg__tokens_at(t, rz->m->items[o].end) - 1;
        } else if (!key_is(rz, k, "fc") || !(t->tok[k].flags & ERG_TOK_ALLCAPS) || rz->owner[k] != ERG_RZ_NONE ||
            o == ERG_RZ_NONE || !erg__rz_joinable(rz, k - 1) || !inner_gap(rz, k - 1) ||
                   erg__known_at(rz, i = erg__tokens_at(t, rz->m->items[o].start),
                                 (1u << ERG_TYPE_PLACE) | (1u << ERG_TYPE_STATE)) != o)
            continue;
        rc = put_cand(v, n, cap, i, k, ERG_TYPE_ORGANIZATION);
    }
    return rc;
}

/* "Tribun-Bali.com", "POS-KUPANG.COM": a web address whose words are
 * glued by hyphens and dots is one outlet's name, however the gazetteer
 * and the model read its words (not "Tribunnews" and the province "Bali").
 * Its tokens are taken from the model's spans and known matches. */
static int hyphened_addresses(erg_rz_t *rz, unsigned char *labels, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        size_t j = i, hyphens = 0;
        while (j + 1 < t->n && t->tok[j + 1].start == t->tok[j].end + 1 &&
               (s[t->tok[j].end] == '-' || s[t->tok[j].end] == '.'))
            hyphens += s[t->tok[j++].end] == '-';
        if (hyphens && (t->tok[i].flags & ERG_TOK_CAP) &&
            erg__web_address(s + t->tok[i].start, t->tok[j].end - t->tok[i].start)) {
            for (size_t k = i; k <= j; k++) {
                if (rz->owner[k] != ERG_RZ_NONE)
                    erg__rz_drop(rz, rz->owner[k]);
                if (labels)
                    labels[k] = ERG_TAG_O;
            }
            rc = put_cand(v, n, cap, i, j, ERG_TYPE_ORGANIZATION);
        }
        i = j;
    }
    return rc;
}

/* "Marcia Dell", "Stephen Ford": an English given name (firstnames-en.txt)
 * right before a company's one-word name the gazetteer knows is a person's
 * first name, the company's name the surname: one person, as after "Mr". */
static int given_name_company(erg_rz_t *rz, unsigned char *labels, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t i = 0; rz->lang == ERG_LX_EN && i + 1 < t->n && !rc; i++) {
        size_t o = rz->owner[i + 1];
        if (!(rz->cls[i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) || !(t->tok[i].flags & ERG_TOK_CAP) ||
            (t->tok[i].flags & ERG_TOK_ALLCAPS) || rz->owner[i] != ERG_RZ_NONE || rz->region[i] != ERG_REGION_TEXT ||
            !erg__rz_joinable(rz, i) || !inner_gap(rz, i) || o == ERG_RZ_NONE || !one_word_company(rz, o, i + 1))
            continue;
        erg__rz_drop(rz, o);
        rc = a_person(rz, labels, v, n, cap, i, i + 1);
        i++;
    }
    return rc;
}

/* Is token i, opening a credit line's name, a state's or place's one-word
 * name that is a given name (firstnames-*.txt), a capitalised word of no
 * mention's after it ("By Jordan Blake, CNN")? */
static int given_state_credit(const erg_rz_t *rz, const unsigned char *labels, size_t i)
{
    const erg_tokens_t *t = &rz->t;
    size_t o = rz->owner[i];
    if (o == ERG_RZ_NONE || rz->region[i] != ERG_REGION_BYLINE || !(rz->cls[i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) ||
        (labels && labels[i] != ERG_TAG_O) || i + 1 >= t->n || rz->owner[i + 1] != ERG_RZ_NONE ||
        rz->region[i + 1] != ERG_REGION_BYLINE || !is_cap(rz, i + 1) || !inner_gap(rz, i) ||
        !erg__rz_joinable(rz, i) || erg__known_at(rz, i, (1u << ERG_TYPE_STATE) | (1u << ERG_TYPE_PLACE)) != o)
        return 0;
    return credit_opens(rz, i);
}

/* Is token j + 1 of the model's span from token i a score between two
 * sides, "Green Bay | 23 | Oakland 20": a bare number, a capitalised word of
 * the span after it, on an English line of no lowercase word with another
 * number after them? The model reads a line of results as prose, its sides
 * one name. */
static int score_between(const erg_rz_t *rz, const unsigned char *labels, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    if (rz->lang != ERG_LX_EN || j + 2 >= t->n || !(t->tok[j + 1].flags & ERG_TOK_DIGIT) ||
        labels[j + 2] != labels[i] + 1 || !is_cap(rz, j + 2) || t->tok[j + 2].line != t->tok[i].line)
        return 0;
    const char *s = rz->a->text;
    if (s[t->tok[j].end] != ' ' || s[t->tok[j + 1].end] != ' ')
        return 0; /* spaced on both sides: not the "&#233;" of "Jos&#233; Manuel Barroso" */
    for (size_t p = t->tok[j + 1].start; p < t->tok[j + 1].end; p++)
        if (s[p] < '0' || s[p] > '9')
            return 0;
    size_t k = i, numbers = 0; /* the line's first token, then its words: no prose's lowercase */
    while (k > 0 && t->tok[k - 1].line == t->tok[i].line)
        k--;
    for (; k < t->n && t->tok[k].line == t->tok[i].line; k++) {
        if (!(t->tok[k].flags & (ERG_TOK_DIGIT | ERG_TOK_CAP | ERG_TOK_NOCASE)))
            return 0; /* "Channel 4 News reported 10 deaths" is prose */
        numbers += k > j + 2 && (t->tok[k].flags & ERG_TOK_DIGIT);
    }
    return numbers > 0;
}

/* Are tokens i..last capitalised words, none a title, a month, a function
 * word or a number? */
static int plain_run(const erg_rz_t *rz, size_t i, size_t last)
{
    for (size_t k = i; k <= last; k++)
        if ((rz->cls[k] & JUNK_CLASSES) || !is_cap(rz, k) || (rz->t.tok[k].flags & ERG_TOK_DIGIT))
            return 0;
    return 1;
}

/* Does an untagged run of two to four capitalised words at token i end in
 * a company's last word (orgtails-*.txt: "Sekuritas", "Securities",
 * "Energi"), none of them a title, a month or a function word? The model
 * sees a company in "PT Mirae Asset Sekuritas" but not without its legal
 * form, least of all before a state's name ("Mirae Asset Sekuritas
 * Indonesia", "Kiwoom Sekuritas Indonesia"), which left only Indonesia.
 * "Nasional" and "Pusat" end bodies and places too ("Jakarta Pusat"). The
 * run's last token, or ERG_RZ_NONE. */
static size_t firm_run(const erg_rz_t *rz, const unsigned char *labels, size_t i)
{
    int tail = 0; /* most runs hold no company's word: no run to measure */
    for (size_t k = i + 1; k < rz->t.n && k <= i + 3 && !tail; k++)
        tail = either_lang(rz, k, ERG_LX_ORGTAIL);
    if (!tail)
        return ERG_RZ_NONE;
    size_t last = erg__cap_run(rz, i);
    if (last == i || last > i + 3 || tagged_in(labels, i, last) || key_is(rz, last, "nasional") ||
        key_is(rz, last, "pusat") || !either_lang(rz, last, ERG_LX_ORGTAIL) ||
        (erg__common_noun(rz, i) && !(rz->cls[i] & (1u << ERG_LX_ORGHEAD))))
        return ERG_RZ_NONE; /* "Ketahanan Energi", "Kemandirian Energi": a policy's aim, no company */
    return plain_run(rz, i, last) ? last : ERG_RZ_NONE;
}

/* Is token i right after a noun of people (personcues-*.txt: "singer",
 * "penyanyi", "aktris"), in lowercase or opening the sentence, one blank
 * before it? */
static int person_cue_before(const erg_rz_t *rz, size_t i)
{
    return i > 0 && (rz->cls[i - 1] & ERG_LX_BIT(ERG_LX_PERSONCUE)) &&
           (!is_cap(rz, i - 1) || opens_sentence(rz, i - 1)) && erg__rz_joinable(rz, i - 1) && inner_gap(rz, i - 1);
}

/* Does an untagged run of one to four capitalised words at token i follow
 * a lowercase noun of a company's or a group's kind (orgcues-*.txt:
 * "firm", "band", "perusahaan", "grup") or of people (personcues-*.txt:
 * "singer", "penyanyi") at once, none of the words a title, a month or a
 * function word? The model reads such a name only where it looks like one
 * ("the band Coldplay", "band Juicy Luicy", "penyanyi Tulus" had given
 * nothing). The run's last token, or ERG_RZ_NONE. */
static size_t cue_run(const erg_rz_t *rz, const unsigned char *labels, size_t i)
{
    if (i == 0 || !(rz->cls[i - 1] & (ERG_LX_BIT(ERG_LX_ORGCUE) | ERG_LX_BIT(ERG_LX_PERSONCUE))) ||
        (is_cap(rz, i - 1) && !opens_sentence(rz, i - 1)) || !erg__rz_joinable(rz, i - 1) || !inner_gap(rz, i - 1))
        return ERG_RZ_NONE;
    size_t last = erg__cap_run(rz, i);
    if (last > i + 3 || tagged_in(labels, i, last))
        return ERG_RZ_NONE;
    const char *s = rz->a->text;
    size_t after = rz->t.tok[last].end;
    if (after + 1 < rz->a->len && (s[after] == ':' || s[after] == '/') && s[after + 1] != ' ')
        return ERG_RZ_NONE; /* "band Killing Me Re:Union": the name goes on where no run can follow */
    return plain_run(rz, i, last) ? last : ERG_RZ_NONE;
}

/* The tagger's spans, then the rules where the tagger saw nothing. */
static int candidates(erg_rz_t *rz, unsigned char *labels, cand_t **v, size_t *n, size_t *cap)
{
    const erg_tokens_t *t = &rz->t;
    int rc = honorifics(rz, labels, v, n, cap);
    if (!rc)
        rc = hyphened_addresses(rz, labels, v, n, cap);
    if (!rc)
        rc = given_name_company(rz, labels, v, n, cap);
    if (!rc)
        rc = balinese_names(rz, labels, v, n, cap);
    for (size_t i = 0; labels && i < t->n && !rc; i++) {
        if (labels[i] == ERG_TAG_O || labels[i] % 2 == 0)
            continue;
        size_t j = i;
        for (;;) {
            if (score_between(rz, labels, i, j))
                break;
            if (j + 1 < t->n && inner_gap(rz, j) && (labels[j + 1] == labels[i] + 1 ||
                                   (labels[i] == ERG_TAG_B_PER && labels[j + 1] == ERG_TAG_B_PER &&
                                    t->tok[j + 1].start - t->tok[j].end == 1 && erg__rz_joinable(rz, j))))
                j++; /* two people are never written side by side: "Park" "Won Gon" is one */
            else if (j + 2 < t->n && labels[j + 1] == labels[i] + 1 && labels[j + 2] == labels[i] + 1 &&
                     rz->region[j + 2] == rz->region[i] && gap_is(rz, j, '(') && gap_is(rz, j + 1, ')'))
                j += 2; /* the name goes on after its short form: "Pengadilan Negeri (PN) Makassar" */
            else if (short_form_then_word(rz, labels, i, j)) {
                j += 2; /* and where the model took its last word for a person: "Badan Penyelenggara (BP) Haji" */
                if (j + 1 < t->n && labels[j + 1] == ERG_TAG_I_PER)
                    labels[j + 1] = ERG_TAG_B_PER; /* the person after opens there: "Mochamad Irfan Yusuf" */
            }
            else
                break;
        }
        while (j + 1 < t->n && hyphen_glued(rz, j) && rz->owner[j + 1] == ERG_RZ_NONE && labels[j + 1] == ERG_TAG_O)
            j++; /* the "gon" of "Park Won-gon" */
        if (tag_type(labels[i]) == ERG_TYPE_ORGANIZATION) {
            j = and_tail(rz, labels, i, j);
            if (rz->lang == ERG_LX_EN && j + 1 < t->n && key_is(rz, j + 1, "plc") && inner_gap(rz, j) &&
                erg__rz_joinable(rz, j))
                j++; /* "Halden Mining plc", as "Halden Mining Plc": one company, its form written small */
            if ((rz->cls[i] & (1u << ERG_LX_ORGHEAD)) && (t->tok[i].flags & ERG_TOK_ALLCAPS) &&
                rz->lang != ERG_LX_EN && j + 1 < t->n && labels[j + 1] == ERG_TAG_B_PER &&
                erg__rz_joinable(rz, j) && t->tok[j + 1].start - t->tok[j].end == 1 &&
                !(t->tok[j].flags & ERG_TOK_ALLCAPS) && rz->owner[j] == ERG_RZ_NONE) {
                /* "PT Tedmonindo Pratama Semesta": a company's name after its legal
                 * form runs on where the model saw a person start (but "PT KAI
                 * Bobby Rasyidin" is a company known by its acronym, and a person) */
                j++;
                while (j + 1 < t->n && labels[j + 1] == ERG_TAG_I_PER && erg__rz_joinable(rz, j))
                    j++;
            }
        }
        size_t from = i;
        if (rz->lang != ERG_LX_EN && tag_type(labels[i]) == ERG_TYPE_PERSON && i < j && t->tok[i].keylen == 1 &&
            t->keys.buf[t->tok[i].key] == 'i' && !(rz->cls[i + 1] & ERG_LX_BIT(ERG_LX_FIRSTNAME)))
            from++; /* "turut tergugat I | Triyono": a numeral, no Balinese "I" (balinese_names) */
        rc = add_split(rz, v, n, cap, from, j, tag_type(labels[i]));
        i = j;
    }
    /* Each language has its own model, which finds titled people and
     * organizations by their head words. Indonesian keeps the speaker
     * rule, for the "Menteri Hartono mengatakan" its model misses. English
     * has none: there the rule, and the title and head-word rules that
     * stood in for an English model, read "Authorities say" and "Police
     * said" as names (typed F1 on a held-out part of GMB's train split
     * 0.01 higher without them). */
    int speakers = rz->lang != ERG_LX_EN;
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (given_state_credit(rz, labels, i))
            erg__rz_drop(rz, rz->owner[i]); /* "By Jordan Blake, CNN": a reporter, not the state */
        if ((labels && labels[i] != ERG_TAG_O) || rz->owner[i] != ERG_RZ_NONE || !is_cap(rz, i))
            continue;
        if (rz->region[i] == ERG_REGION_DATELINE) {
            /* a dateline names a place, then maybe an outlet ("Beijing (ANTARA) -"); a
             * kicker is none ("UPDATE:", "LIVE:"; starters-*.txt) */
            size_t last = erg__cap_run(rz, i);
            if (!tagged_in(labels, i, last) && !(last == i && (rz->cls[i] & ERG_LX_BIT(ERG_LX_STARTER))))
                rc = add_cand(v, n, cap, i, last, ERG_TYPE_PLACE);
            i = last;
            continue;
        }
        if (rz->region[i] == ERG_REGION_BYLINE && credit_opens(rz, i)) {
            /* a credit: the run of capitalised words after the label, up to an "and"
             * between two people ("Jonathan Keller and Yu-na Jang"), over a hyphen's
             * lowercase half ("Yu-na") */
            size_t last = erg__cap_run(rz, i);
            for (size_t k = i + 1; k <= last; k++)
                if (lower_conjunction(rz, k) || (!is_cap(rz, k) && (rz->cls[k] & (1u << ERG_LX_LOCATIVE)))) {
                    last = k - 1; /* "Wendell Crane | in Sydney" */
                    break;
                }
            erg_type_t type = i > 1 && !is_cap(rz, i - 1) && (rz->cls[i - 1] & (1u << ERG_LX_LOCATIVE)) &&
                                      rz->region[i - 1] == ERG_REGION_BYLINE && is_cap(rz, i - 2)
                                  ? ERG_TYPE_PLACE
                                  : ERG_TYPE_PERSON; /* "Kevin Albers in Cincinnati", but "With
                                                      * assistance from Hana Olsson" */
            while (last + 1 < t->n && hyphen_glued(rz, last) && rz->region[last + 1] == ERG_REGION_BYLINE &&
                   last + 2 < t->n && is_cap(rz, last + 2) && erg__rz_joinable(rz, last + 1))
                last = erg__cap_run(rz, last + 2);
            cand_t whole = {i, last, type};
            if ((!(rz->cls[i] & JUNK_CLASSES) || given_month(rz, &whole)) && !tagged_in(labels, i, last)) {
                rc = add_cand(v, n, cap, i, last, type); /* "Editing by Jan Harvey" */
                i = last;
                continue;
            }
        }
        size_t run = cue_run(rz, labels, i); /* "band Juicy Luicy", "the band Coldplay" */
        if (run != ERG_RZ_NONE) {
            rc = add_cand(v, n, cap, i, run, person_cue_before(rz, i) ? ERG_TYPE_PERSON : ERG_TYPE_ORGANIZATION);
            i = run;
            continue;
        }
        if (rz->lang != ERG_LX_EN && (run = firm_run(rz, labels, i)) != ERG_RZ_NONE) {
            rc = add_cand(v, n, cap, i, run, ERG_TYPE_ORGANIZATION); /* "Mirae Asset Sekuritas | Indonesia" */
            i = run;
            continue;
        }
        if (!speakers || (rz->cls[i] & (1u << ERG_LX_ORGHEAD)))
            continue; /* no speaker in English; a head word starts no speaker */
        int title = (rz->cls[i] & (1u << ERG_LX_TITLE)) != 0;
        size_t k = i;
        while (title && k + 1 < t->n && (rz->cls[k + 1] & (1u << ERG_LX_TITLE)) && erg__rz_joinable(rz, k))
            k++; /* "Wakil Presiden", "Prime Minister" */
        size_t first = title ? k + 1 : i;
        if (first >= t->n || (title && !erg__rz_joinable(rz, k)) || !is_cap(rz, first) ||
            rz->owner[first] != ERG_RZ_NONE || (rz->cls[first] & JUNK_CLASSES))
            continue;
        size_t last = erg__cap_run(rz, first);
        if (!tagged_in(labels, i, last) &&
            (reported(rz, i, last) || (title && titled_name(rz, first, last)) || (!title && said_before(rz, first, last)))) {
            rc = add_cand(v, n, cap, first, last, ERG_TYPE_PERSON);
            i = last;
        }
    }
    return rc;
}

/* A "person" that starts or ends with a known organization or state
 * ("Petronas Tengku Muhammad Taufik"): the person is the rest, when two
 * words or more are left and none is a common word; otherwise the
 * candidate goes (settle_overlap). */
static int known_ends(const erg_rz_t *rz, cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON)
        return 1;
    cand_t x = *c;
    size_t o;
    while (x.i < x.j && (o = rz->owner[x.i]) != ERG_RZ_NONE && rz->m->items[o].type != ERG_TYPE_PERSON &&
           !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED) && rz->m->items[o].end <= rz->t.tok[x.j].end)
        while (x.i < x.j && rz->owner[x.i] == o)
            x.i++;
    while (x.j > x.i && (o = rz->owner[x.j]) != ERG_RZ_NONE && rz->m->items[o].type != ERG_TYPE_PERSON &&
           !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED) && rz->m->items[o].start >= rz->t.tok[x.i].start)
        while (x.j > x.i && rz->owner[x.j] == o)
            x.j--;
    if (x.j == x.i || rz->owner[x.i] != ERG_RZ_NONE || rz->owner[x.j] != ERG_RZ_NONE)
        return 1;
    for (size_t k = x.i; k <= x.j; k++)
        if (either_lang(rz, k, ERG_LX_COMMON))
            return 1; /* "KAI Commuter Line", "Sun Life": the rest of a company's name */
    *c = x;
    return 1;
}

/* What an English organization around a known organization is. */
enum { AROUND_NONE, AROUND_WIDENED, AROUND_OTHER };

/* An English organization the model read around a known organization
 * (and maybe known states) is, by the words it adds:
 *   - the known one, written in full, when it adds only states before it
 *     ("U.S. State Department", "US Federal Reserve"): the known mention
 *     takes in the whole name, the states inside stay nested
 *     (AROUND_WIDENED);
 *   - another body, when it adds a capitalised word of its own and reads as
 *     a body's name (body_name): "African National Congress" is not the US
 *     Congress, nor "National Democratic Party" the Democratic Party,
 *     "Senate Judiciary Committee" the Senate or "European Court of Justice"
 *     the European Court of Human Rights (AROUND_OTHER: settle_overlap
 *     keeps it, the known ones nested); a brand and its model ("Chevrolet
 *     Avalanche") stay the brand, and a head word or company tail after
 *     the known name alone ("Congress Party", "BBC News") leaves it as it
 *     was: which congress, the name does not say.
 * English puts a descriptor in lowercase ("the Yonhap news agency"), where
 * Indonesian capitalises it ("Kantor Berita KCNA"): there the known one
 * still wins. A title or job among the added words, or right after words
 * of its own, is a person's ("U.N. Secretary-General", "White House Press |
 * Secretary"): the known one wins too. */
/* Does candidate c read as a body's name: its last word, or the word
 * before an "of" inside it, an English organization head or company tail
 * ("African National Congress", "European Court of Justice"; not the car
 * "Chevrolet Avalanche")? */
static int body_name(const erg_rz_t *rz, const cand_t *c)
{
    if (english_org(rz, c->j))
        return 1;
    for (size_t k = c->i + 1; k < c->j; k++)
        if (key_is(rz, k, "of") && english_org(rz, k - 1))
            return 1;
    return 0;
}

static int around_known(erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    if (rz->lang != ERG_LX_EN || c->type != ERG_TYPE_ORGANIZATION)
        return AROUND_NONE;
    size_t org = ERG_RZ_NONE, orgs = 0, own = 0, before = 0, heads = 0;
    erg_lx_bits_t person = ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_HONORIFIC) |
                           ERG_LX_BIT(ERG_LX_RANK);
    for (size_t k = c->i; k <= c->j; k++) {
        size_t o = rz->owner[k];
        if (o == ERG_RZ_NONE) {
            if (rz->cls[k] & person)
                return AROUND_NONE;
            if (!is_cap(rz, k) && !(rz->cls[k] & ERG_LX_BIT(ERG_LX_FUNCTION)))
                return AROUND_NONE; /* "Islamic militant group Hamas" */
            if (is_cap(rz, k) && !(rz->cls[k] & ERG_LX_BIT(ERG_LX_FUNCTION))) {
                if (org == ERG_RZ_NONE)
                    before++;
                else if (english_org(rz, k))
                    heads++;
                else
                    own++;
            }
            continue;
        }
        const erg_mention_t *x = &rz->m->items[o];
        if (x->start < t->tok[c->i].start || x->end > t->tok[c->j].end || (x->flags & ERG_MENTION_DISCOVERED) ||
            x->type == ERG_TYPE_PERSON)
            return AROUND_NONE;
        if (x->type == ERG_TYPE_ORGANIZATION && o != org) {
            orgs++;
            if (org != ERG_RZ_NONE && (before || own || heads))
                return AROUND_NONE;
            org = o;
        } else if (x->type != ERG_TYPE_ORGANIZATION && (x->type != ERG_TYPE_STATE || org != ERG_RZ_NONE || before))
            return AROUND_NONE; /* a place, or a state after the body or after words of its own */
    }
    if (orgs != 1)
        return AROUND_NONE;
    if (before || own) {
        if (c->j + 1 < t->n && erg__rz_joinable(rz, c->j) && (rz->cls[c->j + 1] & person))
            return AROUND_NONE; /* "White House Press | Secretary" */
        return body_name(rz, c) ? AROUND_OTHER : AROUND_NONE;
    }
    if (heads)
        return AROUND_NONE;
    erg_mention_t *x = &rz->m->items[org];
    if (x->start == t->tok[c->i].start && x->end == t->tok[c->j].end)
        return AROUND_NONE;
    for (size_t k = c->i; k <= c->j; k++) {
        size_t o = rz->owner[k];
        if (o != ERG_RZ_NONE && o != org)
            rz->m->items[o].flags |= ERG_MENTION_NESTED;
        rz->owner[k] = org;
    }
    x->start = t->tok[c->i].start;
    x->end = t->tok[c->j].end;
    return AROUND_WIDENED;
}

/* The gazetteer's mention owning token k of candidate c, or NULL when k is
 * free; *stray is set when the mention reaches out of c or was discovered. */
static const erg_mention_t *known_at(const erg_rz_t *rz, const cand_t *c, size_t k, int *stray)
{
    size_t o = rz->owner[k];
    *stray = 0;
    if (o == ERG_RZ_NONE)
        return NULL;
    const erg_mention_t *x = &rz->m->items[o];
    *stray = x->start < rz->t.tok[c->i].start || x->end > rz->t.tok[c->j].end || (x->flags & ERG_MENTION_DISCOVERED);
    return *stray ? NULL : x;
}

/* Is Indonesian candidate c words of a name of its own (capitalised, not
 * in capitals, of no list and no dictionary of either language) and then
 * a known name ending it ("Badrodin Haiti", not "BPN Makassar" or
 * "Commuter Line Jabodetabek")? */
static int own_words_then_known(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->i;
    for (; k <= c->j && rz->owner[k] == ERG_RZ_NONE; k++)
        if (!name_word(rz, k, 0) ||
            erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[k].key, t->tok[k].keylen) ||
            erg__lexicon_expansion(rz->lx, rz->lang, t->keys.buf + t->tok[k].key, t->tok[k].keylen))
            return 0; /* nor a body's short word: "Polrestabes Bandung" */
    return k > c->i && k <= c->j && rz->owner[c->j] != ERG_RZ_NONE;
}

/* An English "person" of two words or more that opens with a word of its
 * own and holds known places only ("Ricardo Lagos", "George Washington",
 * "Anabel Medina Garrigues") is the person: the model read the whole name,
 * the gazetteer one word of it. So is an Indonesian one ending in a known
 * place or state after words of a name of its own ("Badrodin Haiti";
 * own_words_then_known). The places' mentions go, and 1 is returned. */
/* Is known mention x at token k, the last of English person c, a state's
 * one-word name after a given name (firstnames-en.txt) that opens c: a
 * surname ("Steve Holland", "Michael Jordan")? */
static int surname_state(const erg_rz_t *rz, const cand_t *c, size_t k, const erg_mention_t *x)
{
    return rz->lang == ERG_LX_EN && x->type == ERG_TYPE_STATE && k == c->j && k > c->i &&
           x->start == rz->t.tok[k].start && rz->owner[c->i] == ERG_RZ_NONE &&
           (rz->cls[c->i] & ERG_LX_BIT(ERG_LX_FIRSTNAME));
}

static int person_around_place(erg_rz_t *rz, const cand_t *c)
{
    /* or opens with a state's or place's one-word name that is a given name
     * (firstnames-en.txt): "Georgia Lee", "Chad Morris" */
    int given = rz->owner[c->i] != ERG_RZ_NONE && (rz->cls[c->i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) &&
                (c->i + 1 > c->j || rz->owner[c->i + 1] != rz->owner[c->i]);
    int named = c->type == ERG_TYPE_ORGANIZATION && c->j == c->i + 1 && rz->owner[c->j] != ERG_RZ_NONE &&
                surname_state(rz, c, c->j, &rz->m->items[rz->owner[c->j]]); /* the model's "Steve Holland" */
    if ((c->type != ERG_TYPE_PERSON && !named) || c->j == c->i || (rz->owner[c->i] != ERG_RZ_NONE && !given) ||
        !is_cap(rz, c->i) || (rz->lang != ERG_LX_EN && (given || !own_words_then_known(rz, c))))
        return 0;
    size_t places = 0;
    for (size_t k = c->i; k <= c->j; k++) {
        int stray;
        const erg_mention_t *x = known_at(rz, c, k, &stray);
        if (!x && !stray)
            continue;
        if (stray || (x->type != ERG_TYPE_PLACE && !(given && k == c->i && x->type == ERG_TYPE_STATE) &&
                      !(rz->lang != ERG_LX_EN && x->type == ERG_TYPE_STATE) && !surname_state(rz, c, k, x)))
            return 0;
        places++;
    }
    for (size_t k = c->i; places && k <= c->j; k++)
        if (rz->owner[k] != ERG_RZ_NONE)
            erg__rz_drop(rz, rz->owner[k]);
    return places > 0;
}

/* "PT Pertamina | International Shipping": in Indonesian news a known
 * company's name and, right after it, words the model read as a body's or
 * a place's, or with a body's head word, are the name of the company's
 * subsidiary or unit, one body: c then opens at the known name, which
 * settle_overlap nests. Not a person after it ("Direktur Pertamina Simon
 * ..."). */
static int subsidiary(const erg_rz_t *rz, cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t h = c->i - 1, o;
    if (rz->lang == ERG_LX_EN || c->i == 0 ||
        (c->type != ERG_TYPE_ORGANIZATION && c->type != ERG_TYPE_PLACE && !erg__any_head(rz, c)) ||
        (o = rz->owner[h]) == ERG_RZ_NONE || t->tok[c->i].start != t->tok[h].end + 1 ||
        rz->a->text[t->tok[h].end] != ' ' || t->tok[c->i].sent != t->tok[h].sent ||
        (rz->cls[c->i] & ((1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_RANK) |
                          ERG_LX_BIT(ERG_LX_FIRSTNAME) | (1u << ERG_LX_LOCHEAD))))
        return 0;
    const erg_mention_t *m = &rz->m->items[o];
    if (m->type != ERG_TYPE_ORGANIZATION || (m->flags & ERG_MENTION_DISCOVERED) || m->end != t->tok[h].end ||
        m->role != ERG_ROLE_MENTION)
        return 0;
    c->i = erg__tokens_at(t, m->start);
    c->type = ERG_TYPE_ORGANIZATION;
    return 1;
}

/* Gazetteer matches win over a candidate that overlaps them, unless the
 * candidate holds them whole and is longer ("Bank Indonesia", "Gedung
 * DPR"): then they stay as nested mentions. An organization around a known
 * organization is that organization with a descriptor ("Harian Rodong
 * Sinmun"): the known one wins, unless around_known() found another body
 * (`other`). Returns 1 to keep the candidate. */
/* Are the tokens of candidate c before token k all adjectives of states
 * ("British | Labour Party", demonyms-en.txt)? */
static int demonyms_before(const erg_rz_t *rz, const cand_t *c, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t q = c->i; q < k; q++)
        if (!erg__lexicon_demonym(rz->lx, rz->lang, t->keys.buf + t->tok[q].key, t->tok[q].keylen))
            return 0;
    return 1;
}

static int settle_overlap(erg_rz_t *rz, const cand_t *c, int other)
{
    if (person_around_place(rz, c))
        return 1;
    size_t inside = 0;
    for (size_t k = c->i; k <= c->j; k++) {
        int stray;
        const erg_mention_t *x = known_at(rz, c, k, &stray);
        if (!x && !stray)
            continue;
        if (stray || c->type == ERG_TYPE_PERSON || x->type == ERG_TYPE_PERSON)
            return 0; /* people hold no names, and no name holds a person */
        if (c->type == ERG_TYPE_ORGANIZATION && x->type == ERG_TYPE_ORGANIZATION && !other)
            return 0; /* "Harian Rodong Sinmun", "Kantor Berita KCNA": the known outlet */
        inside++;
    }
    if (inside == (size_t)(c->j - c->i + 1))
        return 0;
    int first = c->i == 0 || rz->t.tok[c->i - 1].sent != rz->t.tok[c->i].sent;
    if (first && inside > 0 && inside == (size_t)(c->j - c->i) && !club_name(rz, c) &&
        !((rz->cls[c->i] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT))) && !erg__dictionary_word(rz, c->i)))
        return 0; /* "Media Rusia": a capital that opens a sentence does not extend a known name
                   * (but a head word no dictionary holds does: "Pemkab Trenggalek") */
    for (size_t k = c->i; k <= c->j; k++)
        if (rz->owner[k] != ERG_RZ_NONE) {
            size_t o = rz->owner[k];
            erg_mention_t *x = &rz->m->items[o];
            if (c->type == ERG_TYPE_ORGANIZATION && x->type == ERG_TYPE_ORGANIZATION &&
                x->end == rz->t.tok[c->j].end && x->start > rz->t.tok[c->i].start &&
                !demonyms_before(rz, c, erg__tokens_at(&rz->t, x->start))) {
                erg__rz_drop(rz, o); /* "African National | Congress": the name's head, not the US Congress */
                continue;
            }
            x->flags |= ERG_MENTION_NESTED;
            rz->owner[k] = ERG_RZ_NONE;
        }
    return 1;
}

/* In a dateline a name is a place ("SEOUL:", "NEW YORK -"), unless it is
 * a web address ("KOMPAS.com") or stands in brackets ("(ANTARA)"): then an
 * outlet. */
static erg_type_t dateline_type(const erg_rz_t *rz, const cand_t *c)
{
    const char *s = rz->a->text;
    size_t start = rz->t.tok[c->i].start, end = rz->t.tok[c->j].end;
    if ((start > 0 && s[start - 1] == '(') || (end < rz->a->len && (s[end] == '.' || s[end] == ')')))
        return ERG_TYPE_ORGANIZATION;
    for (size_t p = start; p < end; p++)
        if (s[p] == '.')
            return ERG_TYPE_ORGANIZATION;
    return ERG_TYPE_PLACE;
}

/* Is candidate c one word ending in "shire" ("Derbyshire", "Yorkshire")?
 * An English county: a place, whatever the model read. */
static int shire(const erg_rz_t *rz, const cand_t *c)
{
    const erg_token_t *tk = &rz->t.tok[c->i];
    return c->i == c->j && !(tk->flags & ERG_TOK_ALLCAPS) && tk->end - tk->start > 6 &&
           memcmp(rz->a->text + tk->end - 5, "shire", 5) == 0;
}

/* Does a known state's or place's one-word name end a capitalised run right
 * after person c ("Steve | Holland")? */
static int known_surname_after(const erg_rz_t *rz, const cand_t *c)
{
    size_t k = c->j + 1, o;
    return k < rz->t.n && erg__rz_joinable(rz, c->j) && inner_gap(rz, c->j) && is_cap(rz, k) &&
           (o = rz->owner[k]) != ERG_RZ_NONE && rz->m->items[o].start == rz->t.tok[k].start &&
           rz->m->items[o].end == rz->t.tok[k].end &&
           (rz->m->items[o].type == ERG_TYPE_STATE || rz->m->items[o].type == ERG_TYPE_PLACE) &&
           (k + 1 >= rz->t.n || !erg__rz_joinable(rz, k) || !is_cap(rz, k + 1));
}

/* On a credit line, a person's name is the whole capitalised run around
 * the tagger's span ("Nanda Lusiana Saputri" after "Editor:"), ending in a
 * known one-word name ("Steve Holland"). */
static void widen_byline(const erg_rz_t *rz, cand_t *c)
{
    if (c->type != ERG_TYPE_PERSON || rz->region[c->i] != ERG_REGION_BYLINE)
        return;
    while (c->i > 0 && erg__rz_joinable(rz, c->i - 1) && is_cap(rz, c->i - 1) && inner_gap(rz, c->i - 1) &&
           rz->owner[c->i - 1] == ERG_RZ_NONE && !(rz->cls[c->i - 1] & JUNK_CLASSES))
        c->i--;
    while (c->j + 1 < rz->t.n && erg__rz_joinable(rz, c->j) && is_cap(rz, c->j + 1) && inner_gap(rz, c->j) &&
           rz->owner[c->j + 1] == ERG_RZ_NONE && !(rz->cls[c->j + 1] & JUNK_CLASSES))
        c->j++;
    if (known_surname_after(rz, c))
        c->j++; /* a surname a state's or a place's name is too: "Reporting by Steve Holland" */
}

/* "Lawyer Ben | Holland": in English news a person's name the model ended at
 * a given name goes on over a known state's or place's one-word name after
 * it, his surname. */
static void given_then_surname(const erg_rz_t *rz, cand_t *c)
{
    if (rz->lang == ERG_LX_EN && c->type == ERG_TYPE_PERSON && (rz->cls[c->j] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) &&
        known_surname_after(rz, c))
        c->j++;
}

/* A "person" of several words led by an organization or place head word,
 * where Indonesian puts it, is an organization or a place; the model
 * learnt most but not all of them. Indonesian news also keeps many English
 * names of companies, venues and programmes ("Nusantara Logistics Group",
 * "Kertajati Airport"), which the Indonesian model, knowing only
 * Indonesian head words, reads as people: a "person" ending in an English
 * organization or place head word (the last word, where English puts it)
 * is an organization or a place too. */
static erg_type_t head_type(const erg_rz_t *rz, const cand_t *c)
{
    if (c->j == c->i)
        return c->type;
    if (rz->cls[c->i] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT)))
        return ERG_TYPE_ORGANIZATION; /* an Indonesian head, first: "Yayasan Anak Bangsa", "Satuan Reserse" */
    if (rz->cls[c->i] & ((1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD)))
        return ERG_TYPE_PLACE; /* "Tol Cisumdawu", "Airport Kertajati", "Distrik Ilaga" */
    if (english_org(rz, c->j) || either_lang(rz, c->j, ERG_LX_ORGTAIL))
        return ERG_TYPE_ORGANIZATION; /* "Valeura Energy", "Kima Energi" */
    if (rz->cls[c->j] & ERG_LX_BIT(ERG_LX_PLACETAIL))
        return ERG_TYPE_PLACE; /* "Rokan Hulu", "Muntai Ilir" */
    if (english_word(rz, c->j, ERG_LX_LOCHEAD) || english_word(rz, c->j, ERG_LX_PLACEHEAD))
        return ERG_TYPE_PLACE; /* "Central Mall", "Royal Lodge" */
    if (english_word(rz, c->i, ERG_LX_LOCHEAD) &&
        erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, rz->t.keys.buf + rz->t.tok[c->i].key, rz->t.tok[c->i].keylen))
        return ERG_TYPE_PLACE; /* "Mall East Side" in Indonesian order; but "Park" is also a surname */
    return c->type;
}

/* A "person" running from an organization's name, whose English head word
 * comes last, into a name of two words or more is the organization and
 * the person ("Jetstar Group Stephanie Tully", "Human Initiative Tomy
 * Hendrajati"): two candidates. So is an English organization whose head
 * word "and" follows: two organizations ("Liggett Group and Brown and
 * Williamson"; but "Procter and Gamble" has no head before its "and"), not
 * where the span stops inside a run ("Saudi | Arabian prince"). Indonesian
 * head words lead their names, so no such cut is safe after them. */
static int split_heads(const erg_rz_t *rz, cand_t **v, size_t *n, size_t *cap)
{
    size_t n0 = *n;
    int rc = 0;
    for (size_t c = 0; c < n0 && !rc; c++) {
        cand_t x = (*v)[c];
        if (x.type == ERG_TYPE_ORGANIZATION && rz->lang == ERG_LX_EN) {
            for (size_t k = x.i + 1; k + 2 <= x.j && !rc; k++)
                if (english_org(rz, k) && lower_conjunction(rz, k + 1) &&
                    is_cap(rz, k + 2) && !(x.j + 1 < rz->t.n && is_cap(rz, x.j + 1) && erg__rz_joinable(rz, x.j))) {
                    (*v)[c].j = k;
                    rc = add_cand(v, n, cap, k + 2, x.j, ERG_TYPE_ORGANIZATION);
                    break;
                }
            continue;
        }
        if (x.type != ERG_TYPE_PERSON || x.j < x.i + 3)
            continue;
        size_t k = x.j - 1;
        while (--k > x.i && !english_org(rz, k))
            ;
        size_t after = rz->t.tok[x.j].end;
        while (after < rz->a->len && rz->a->text[after] == ' ')
            after++;
        if (k == x.i || !(rz->t.tok[k + 1].flags & ERG_TOK_CAP) ||
            (after < rz->a->len && rz->a->text[after] == '('))
            continue; /* a name defining its short form is one name: "Post Office Travel Money (POTM)" */
        (*v)[c].j = k;
        (*v)[c].type = ERG_TYPE_ORGANIZATION;
        rc = add_cand(v, n, cap, k + 1, x.j, ERG_TYPE_PERSON);
    }
    return rc;
}

int erg__state_in_brackets(const erg_rz_t *rz, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    size_t o = j + 1 < t->n ? erg__known_at(rz, j + 1, 1u << ERG_TYPE_STATE) : ERG_RZ_NONE;
    if (o == ERG_RZ_NONE || !gap_is(rz, j, '(') || (t->tok[j + 1].flags & ERG_TOK_ALLCAPS))
        return 0;
    const char *x = rz->a->text;
    size_t p = rz->m->items[o].end, n = rz->a->len;
    while (p < n && x[p] == ' ')
        p++;
    if (p < n && x[p] == ',') { /* a player's seed after the state: "(France, 7)" */
        size_t q = p + 1;
        while (q < n && x[q] == ' ')
            q++;
        size_t d = q;
        while (q < n && x[q] >= '0' && x[q] <= '9')
            q++;
        while (q > d && q < n && x[q] == ' ')
            q++;
        if (q > d)
            p = q;
    }
    return p < n && x[p] == ')';
}

/* Is the English body or place c two or three capitalised words opening
 * with a given name (firstnames-en.txt: "Alistair Cook", "Kurt Patat",
 * "Hugo Chavez") or followed by a state in brackets ("Haile Desta
 * (Ethiopia)")? The model read a person as something else: no body's
 * or place's name is made so without a head word ("Karen National Union",
 * "Walter Reed Hospital" keep theirs). */
static int given_name_first(const erg_rz_t *rz, const cand_t *c)
{
    erg_lx_bits_t heads = ERG_LX_BIT(ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_ORGTAIL) |
                          ERG_LX_BIT(ERG_LX_PLACEHEAD) | ERG_LX_BIT(ERG_LX_EVENTHEAD) | ERG_LX_BIT(ERG_LX_UNIT) |
                          ERG_LX_BIT(ERG_LX_PUBLICATION) | ERG_LX_BIT(ERG_LX_THING) | ERG_LX_BIT(ERG_LX_OUTLET) |
                          JUNK_CLASSES;
    if (rz->lang != ERG_LX_EN || c->type == ERG_TYPE_PERSON || c->j == c->i || c->j > c->i + 2 ||
        !((rz->cls[c->i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) || erg__state_in_brackets(rz, c->j)))
        return 0;
    for (size_t k = c->i; k <= c->j; k++)
        if (!(rz->t.tok[k].flags & ERG_TOK_CAP) || (rz->t.tok[k].flags & ERG_TOK_ALLCAPS) || (rz->cls[k] & heads) ||
            rz->owner[k] != ERG_RZ_NONE || (k > c->i && !erg__rz_joinable(rz, k - 1)))
            return 0;
    return 1;
}

/* Is the English body or place c two or three capitalised words opening
 * with a given name, then a comma and a job ("Helen Park, a spokeswoman
 * for the council")? A head word ("Park") does not make it a place there. */
static int given_name_job(const erg_rz_t *rz, const cand_t *c)
{
    const erg_tokens_t *t = &rz->t;
    size_t k = c->j + 1;
    if (rz->lang != ERG_LX_EN || c->type == ERG_TYPE_PERSON || c->j == c->i || c->j > c->i + 2 ||
        !(rz->cls[c->i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) || rz->owner[c->i] != ERG_RZ_NONE || k + 1 >= t->n ||
        !gap_is(rz, c->j, ',') || !(key_is(rz, k, "a") || key_is(rz, k, "an")))
        return 0;
    for (size_t q = k + 1; q < t->n && q <= k + 3 && t->tok[q].sent == t->tok[k].sent && !is_cap(rz, q); q++)
        if (rz->cls[q] & ((1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_REPORTER)))
            return 1;
    return 0;
}

/* One discovered name, one type in an article: the type most of its
 * mentions have (ties: the first mention's). */
static int vote_types(erg_rz_t *rz, size_t from, const erg_map_t *cued)
{
    erg_mentions_t *m = rz->m;
    erg_map_t first; /* key -> index of the first mention */
    erg__map_take(&first);
    size_t *votes = calloc((m->n - from + 1) * ERG_TYPE_COUNT, sizeof *votes);
    int rc = votes ? 0 : ERG_ENOMEM;
    for (size_t k = from; k < m->n && !rc; k++) {
        const char *key = m->items[k].key;
        size_t *f = erg__map_get(&first, key, strlen(key));
        if (!f && (rc = erg__map_put(&first, key, strlen(key), k)))
            break;
        size_t at = f ? *f : k;
        votes[(at - from) * ERG_TYPE_COUNT + m->items[k].type]++;
    }
    for (size_t k = from; k < m->n && !rc; k++) {
        const char *key = m->items[k].key;
        size_t at = *erg__map_get(&first, key, strlen(key));
        const size_t *v = votes + (at - from) * ERG_TYPE_COUNT;
        erg_type_t best = m->items[at].type;
        for (int y = 0; y < ERG_TYPE_COUNT; y++)
            if (v[y] > v[best])
                best = (erg_type_t)y;
        if (erg__map_get(cued, key, strlen(key)))
            best = ERG_TYPE_ORGANIZATION; /* a noun said so once: "Regulator energi Inggris, Ofgem" */
        m->items[k].type = best;
    }
    free(votes);
    erg__map_give(&first);
    return rc;
}

/* Is token k capitalised, not all capitals, of no list and no mention's? */
static int plain_cap(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    return k < t->n && is_cap(rz, k) && !(t->tok[k].flags & ERG_TOK_ALLCAPS) && !rz->cls[k] &&
           rz->owner[k] == ERG_RZ_NONE;
}

/* "Putri Candrawathi", "Putri Cahaya Ningrum": a title that is more often
 * a given name (listed in both titles-id.txt and firstnames-id.txt), right
 * before a capitalised word of no list, no mention's and no lowercase
 * dictionary word's (or before one that is such a word, then one that is
 * not), opens a name: its title's class is cleared for the tagger and the
 * rules ("Putri Mahkota", a crown princess, keeps it). */
static void given_not_title(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    erg_lx_bits_t both = (1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_FIRSTNAME);
    for (size_t k = 0; rz->lang != ERG_LX_EN && k + 1 < t->n; k++) {
        if ((rz->cls[k] & both) != both || !is_cap(rz, k) || (t->tok[k].flags & ERG_TOK_ALLCAPS) ||
            !erg__rz_joinable(rz, k) || !inner_gap(rz, k))
            continue;
        size_t w = k + 1;
        int word = erg__lexicon_lowercase_word(rz->lx, ERG_LX_ID, t->keys.buf + t->tok[w].key, t->tok[w].keylen);
        if (!plain_cap(rz, w) && !(word && rz->cls[w] == ERG_LX_BIT(ERG_LX_COMMON) && is_cap(rz, w) &&
                                   rz->owner[w] == ERG_RZ_NONE))
            continue;
        if (word && /* "Putri Cahaya Ningrum": a word, then a name */
            (!plain_cap(rz, ++w) || !erg__rz_joinable(rz, k + 1) || !inner_gap(rz, k + 1) ||
             erg__lexicon_lowercase_word(rz->lx, ERG_LX_ID, t->keys.buf + t->tok[w].key, t->tok[w].keylen)))
            continue;
        rz->cls[k] &= ~(erg_lx_bits_t)(1u << ERG_LX_TITLE);
    }
}

int erg__rz_discover(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    unsigned char *labels = NULL;
    cand_t *v = NULL;
    size_t n = 0, cap = 0;
    erg_map_t confirmed; /* keys of names met outside headlines */
    erg_map_t phrases;   /* keys of short forms of lowercase phrases: "CSR" */
    erg_buf_t name = {0}, key = {0};
    erg_map_t cued;      /* keys of names a noun before them made companies' */
    erg_map_t things;    /* keys of names a noun beside them made products' */
    erg__map_take(&confirmed);
    erg__map_take(&phrases);
    erg__map_take(&cued);
    erg__map_take(&things);
    size_t from = rz->m->n;
    int rc = 0;
    given_not_title(rz);
    if (rz->model) {
        erg_tag_input_t in = {rz->a->text, t, rz->cls, rz->gz, rz->words.id, rz->words.serial};
        if (!(labels = malloc(t->n + 1)))
            rc = ERG_ENOMEM;
        else
            rc = erg__tagger_tag(rz->model, &in, labels);
        /* the English model learnt from GMB's sentences, which have no
         * credit lines or datelines ("By Hannah Whitfield | Northwind
         * Herald" was one organization): there the rules decide alone */
        for (size_t k = 0; !rc && k < t->n; k++)
            if ((rz->lang == ERG_LX_EN && (rz->region[k] == ERG_REGION_BYLINE || rz->region[k] == ERG_REGION_DATELINE)) ||
                rz->region[k] == ERG_REGION_SPEAKER)
                labels[k] = ERG_TAG_O; /* a speaker's label is speakers.c's to read */
    }
    if (!rc)
        rc = candidates(rz, labels, &v, &n, &cap);
    if (!rc)
        erg__mend_candidates(rz, v, &n);
    if (!rc)
        erg__join_candidates(rz, v, &n);
    if (!rc)
        rc = split_heads(rz, &v, &n, &cap);
    if (!rc)
        rc = heads_before_places(rz, &v, &n, &cap);
    if (!rc)
        rc = clubs_by_place(rz, &v, &n, &cap);
    /* names met outside headlines confirm those on headlines; a product's
     * name by its noun or its number is one throughout the article ("the
     * game Halo ... Halo sold", "Metal Slug 3 ... Metal Slug") */
    for (size_t c = 0; c < n && !rc; c++) {
        cand_t x = v[c];
        if (!trim(rz, &x))
            continue;
        int by_noun = erg__thing_by_cue(rz, &x) || erg__event_short_form(rz, &x);
        if ((rz->headline[x.i] && !by_noun) || (rc = erg__span_key(t, x.i, x.j - x.i + 1, &key)))
            continue;
        if (!rz->headline[x.i])
            rc = erg__map_put(&confirmed, key.buf, key.len, 1);
        if (!rc && (by_noun || erg__numbered(rz, &x)))
            rc = erg__map_put(&things, key.buf, key.len, 1);
    }
    for (size_t k = 0; k + 1 < t->n && !rc; k++) {
        /* (a maker's name is a mention: no call for other tokens) */
        int maker = rz->owner[k] != ERG_RZ_NONE && erg__maker_at(rz, k), found = 0;
        if ((rz->cls[k] & ERG_LX_BIT(ERG_LX_THINGCUE)) || maker)
            rc = things_after(rz, k, maker ? v : NULL, maker ? n : 0, &things, &key, &found);
        if (maker && found >= 2) {
            /* "the GMC Savana, Sierra and Yukon", "GMC Envoys": the maker's name is the brand of the
             * models listed, no actor (one model alone may be a unit: "Fiat Auto", "BT Wholesale") */
            size_t o = rz->owner[k], q = erg__tokens_at(t, rz->m->items[o].start);
            erg__rz_drop(rz, o);
            for (; q <= k; q++)
                rz->region[q] = ERG_REGION_SKIP;
        }
    }
    for (size_t c = 0; c < n && !rc; c++) {
        cand_t x = v[c];
        widen_byline(rz, &x);
        given_then_surname(rz, &x);
        erg__mend_one(rz, &x);
        size_t began = x.i;
        if (rz->region[x.i] == ERG_REGION_SKIP || !trim(rz, &x) || !known_ends(rz, &x) ||
            a_states_government(rz, &x))
            continue;
        int around = around_known(rz, &x), sub = subsidiary(rz, &x);
        if (around == AROUND_WIDENED || !settle_overlap(rz, &x, around == AROUND_OTHER || sub))
            continue;
        if (title_before(rz, &x, began))
            x.type = ERG_TYPE_PERSON; /* "Democratic Senator Kent Conrad", "Senator Kent Conrad" */
        if (erg__no_name(rz, &x))
            continue;
        size_t hull, ship = erg__vessel(rz, &x, &hull);
        if (ship != ERG_RZ_NONE) {
            /* a ship, no actor, wherever its prefix and name come again ("the owners of MV Sea
             * Dragon"); its name alone may be a person's too ("USS John McCain", "USS Nimitz" and
             * "Nimitz said"); its commander may follow */
            if (hull > 0 && (rz->cls[hull - 1] & ERG_LX_BIT(ERG_LX_VESSEL)) &&
                ((rc = erg__span_key(t, hull - 1, ship - hull + 2, &key)) ||
                 (rc = erg__map_put(&things, key.buf, key.len, 1))))
                break;
            memset(rz->region + hull, ERG_REGION_SKIP, ship - hull + 1);
            for (x.i = ship + 1; x.i <= x.j && (rz->cls[x.i] & ((1u << ERG_LX_RANK) | (1u << ERG_LX_TITLE))); x.i++)
                ;
            if (x.i > x.j)
                continue;
            x.type = ERG_TYPE_PERSON;
            erg__mend_one(rz, &x); /* "Laut (P)" after the rank */
        }
        if (x.i == x.j && (t->tok[x.i].flags & ERG_TOK_ALLCAPS)) { /* the short form, wherever it is used */
            if ((rc = erg__span_key(t, x.i, 1, &key)))
                break;
            if (erg__short_form_of_phrase(rz, &x) && (rc = erg__map_put(&phrases, key.buf, key.len, 1)))
                break;
            if (erg__map_get(&phrases, key.buf, key.len))
                continue;
        }
        if (rz->lang == ERG_LX_EN && x.i == x.j && x.j + 1 < t->n && is_cap(rz, x.j + 1) &&
            (rz->cls[x.j + 1] & ERG_LX_BIT(ERG_LX_GENERIC)) && rz->owner[x.j + 1] == ERG_RZ_NONE &&
            erg__rz_joinable(rz, x.j) && inner_gap(rz, x.j))
            continue; /* the first word of a nationality: "North | Korean officials", "Sri | Lankan" */
        if (x.i == x.j && x.j + 1 < t->n &&
            ((rz->cls[x.j + 1] & (1u << ERG_LX_TITLE)) ||
             (rz->lang == ERG_LX_EN && (rz->cls[x.j + 1] & ERG_LX_BIT(ERG_LX_JOB)) && is_cap(rz, x.j + 1))) &&
            erg__rz_joinable(rz, x.j) &&
            !(rz->lang == ERG_LX_EN && x.type == ERG_TYPE_ORGANIZATION &&
              !erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[x.i].key, t->tok[x.i].keylen)))
            continue; /* "Russian President ...", "Deputy Public Prosecutor ...": a modifier of the
                       * title, not a name; but the English model's organization there is the
                       * title's ("LSE chief executive Clara Furse", "a BaFin spokeswoman"), unless
                       * it is a dictionary word ("Perth's Football Leader") */
        if (rz->region[x.i] == ERG_REGION_DATELINE)
            x.type = dateline_type(rz, &x);
        if ((rz->lang == ERG_LX_EN || rz->region[x.i] == ERG_REGION_BYLINE) && x.type == ERG_TYPE_PERSON)
            for (size_t k = x.i; k <= x.j; k++)
                if (rz->cls[k] & ((1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_ORGTAIL) | ERG_LX_BIT(ERG_LX_OUTLET)))
                    x.type = ERG_TYPE_ORGANIZATION; /* "Northwind Herald", "Image source, Getty Images" */
        if (given_name_first(rz, &x) || given_name_job(rz, &x))
            x.type = ERG_TYPE_PERSON; /* "Alistair Cook has hit a century", "Helen Park, a spokeswoman" */
        if (x.type != ERG_TYPE_PERSON && x.j <= x.i + 1 && x.j + 1 < t->n &&
            (rz->cls[x.j + 1] & ERG_LX_BIT(ERG_LX_PERSONTAIL)) && !is_cap(rz, x.j + 1) &&
            erg__rz_joinable(rz, x.j) && !erg__any_head(rz, &x))
            x.type = ERG_TYPE_PERSON; /* "the Clinton administration" (persontails-*.txt) */
        if (x.type == ERG_TYPE_PERSON && residents_of(rz, x.i))
            x.type = ERG_TYPE_PLACE; /* "warga adat Maba Sangaji", "warga Gotowasi" */
        if (x.type == ERG_TYPE_PLACE && employer_at(rz, &x))
            x.type = ERG_TYPE_ORGANIZATION; /* "an analyst at Bernstein" */
        if (x.type != ERG_TYPE_PERSON && x.j <= x.i + 2 && person_cue_before(rz, x.i) && !erg__any_head(rz, &x))
            x.type = ERG_TYPE_PERSON; /* "the singer Adele", "penyanyi Tulus" (personcues-*.txt) */
        int cue = x.type == ERG_TYPE_PERSON && org_cue_before(rz, x.i);
        if (cue)
            x.type = ERG_TYPE_ORGANIZATION; /* "accountancy firm Grant Thornton" (orgcues-*.txt) */
        if (firm_by_words(rz, &x))
            cue = 1, x.type = ERG_TYPE_ORGANIZATION; /* "Phytopharm shares", "Swiss-based Xstrata" */
        if (rz->lang == ERG_LX_EN && x.type != ERG_TYPE_PLACE &&
            ((x.j > x.i && (rz->cls[x.j] & ERG_LX_BIT(ERG_LX_PLACEHEAD)) &&
              !(x.j == x.i + 1 && (rz->cls[x.i] & ERG_LX_BIT(ERG_LX_FIRSTNAME)) && key_is(rz, x.j, "arena"))) ||
             shire(rz, &x)))
            x.type = ERG_TYPE_PLACE; /* "Royal Lodge", "King's Cross" (placeheads-en.txt), "Wall Street";
                                      * but "Bruce Arena" is a coach */
        if (rz->lang == ERG_LX_EN && x.type == ERG_TYPE_ORGANIZATION && x.j + 1 < t->n && !is_cap(rz, x.j + 1) &&
            (rz->cls[x.j + 1] & ERG_LX_BIT(ERG_LX_PLACENOUN)) && erg__rz_joinable(rz, x.j) && inner_gap(rz, x.j) &&
            !erg__any_head(rz, &x))
            x.type = ERG_TYPE_PLACE; /* "Khyber Pakhtunkhwa province", "the Swat valley" (placenouns-en.txt) */
        if (x.type == ERG_TYPE_PLACE && x.j > x.i && english_word(rz, x.j, ERG_LX_ORGTAIL))
            x.type = ERG_TYPE_ORGANIZATION; /* no place ends in "Holdings" or "Networks" */
        if (x.type == ERG_TYPE_PERSON && x.j > x.i &&
            memchr(rz->a->text + t->tok[x.i].end, '&', t->tok[x.j].start - t->tok[x.i].end))
            x.type = ERG_TYPE_ORGANIZATION; /* "Bradford & Bingley": no person's name has an ampersand */
        if (rz->lang != ERG_LX_EN && x.j > x.i && key_is(rz, x.j, "field") && is_cap(rz, x.j))
            x.type = ERG_TYPE_PLACE; /* "Adera Field", "Limau Field": an oil or gas field, where its
                                      * operator works */
        if (rz->lang != ERG_LX_EN && x.type != ERG_TYPE_PLACE && x.j > x.i &&
            (rz->cls[x.i] & ERG_LX_BIT(ERG_LX_THING)) && (t->tok[x.i].flags & ERG_TOK_ALLCAPS))
            x.type = ERG_TYPE_PLACE; /* "PLTA Saguling", "RDF Rorotan": a plant of a kind the
                                      * things list names (PLTA, RDF), called after its place */
        if (rz->lang != ERG_LX_EN && x.type == ERG_TYPE_PERSON) {
            erg_lx_bits_t heads = (1u << ERG_LX_ORGHEAD) | (1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_UNIT);
            if (x.i > 0 && (rz->cls[x.i - 1] & heads) &&
                is_cap(rz, x.i - 1) && rz->owner[x.i - 1] == ERG_RZ_NONE &&
                rz->region[x.i - 1] == rz->region[x.i] && erg__rz_joinable(rz, x.i - 1) &&
                !(x.i > 1 && (rz->cls[x.i - 2] & (1u << ERG_LX_TITLE)) && erg__rz_joinable(rz, x.i - 2)))
                x.i--; /* "Bandara Kertajati Majalengka", "Klinik Warna Medika": the model left
                        * the head word out (but "Kepala Desa Arifadin" is a title and a name) */
            x.type = head_type(rz, &x); /* "Tol Cisumdawu", "Kertajati Airport" */
        } else if (rz->lang != ERG_LX_EN && x.type == ERG_TYPE_ORGANIZATION && x.j > x.i &&
                   (rz->cls[x.i] & ((1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD)))) {
            x.type = ERG_TYPE_PLACE; /* "Stasiun Manggarai" is where trains stop, not who runs them */
        } else if (rz->lang != ERG_LX_EN && x.type == ERG_TYPE_PLACE && seated_body(rz, &x)) {
            x.type = ERG_TYPE_ORGANIZATION; /* "di Pengadilan Negeri Denpasar": the court, where it sits */
        }
        if (x.type == ERG_TYPE_PERSON && title_field(rz, &x))
            continue; /* "for Foreign, | Commonwealth |, and Development Affairs" */
        if (x.type != ERG_TYPE_PLACE && erg__place_by_article(rz, &x))
            x.type = ERG_TYPE_PLACE; /* a place the gazetteer does not know, among places */
        if ((rc = erg__span_key(t, x.i, x.j - x.i + 1, &key)))
            break;
        if (erg__products_of(rz, &x, &key))
            continue;
        if (erg__map_get(&things, key.buf, key.len)) {
            memset(rz->region + x.i, ERG_REGION_SKIP, x.j - x.i + 1); /* nor a short form of a name */
            continue;
        }
        if (rz->headline[x.i] && rz->region[x.i] == ERG_REGION_TEXT &&
            !erg__map_get(&confirmed, key.buf, key.len))
            continue;
        place_after(rz, &x);
        size_t faculty = faculty_of(rz, &x);
        if (a_pair(rz, &x)) {
            cand_t one = {x.i, x.i, ERG_TYPE_PERSON}, two = {x.j, x.j, ERG_TYPE_PERSON};
            if (!(rc = canonical(rz, &one, &name)))
                rc = erg__rz_push(rz, one.i, one.j, name.buf, 1, ERG_TYPE_PERSON, ERG_MENTION_DISCOVERED);
            if (!rc && !(rc = canonical(rz, &two, &name)))
                rc = erg__rz_push(rz, two.i, two.j, name.buf, 1, ERG_TYPE_PERSON, ERG_MENTION_DISCOVERED);
            continue;
        }
        if ((rc = canonical(rz, &x, &name)))
            break;
        if (faculty != ERG_RZ_NONE && rz->m->items[faculty].entity &&
            (rc = erg__buf_printf(&name, " (%s)", rz->m->items[faculty].entity)))
            break;
        /* a known name once its short form in brackets is left out or its
         * short words written in full ("Badan Penyelenggara (BP) Haji") */
        const erg_alias_t *al = NULL;
        size_t ntok = 0;
        key.len = 0;
        if (!(rc = erg__text_phrase_key(name.buf, name.len, &key, &ntok, NULL)) && rz->g)
            al = erg__gazetteer_lookup(rz->g, key.buf, key.len);
        if (!rc && rz->lx && (erg__lexicon_has(rz->lx, rz->lang, ERG_LX_THING, key.buf, key.len) ||
                              erg__lexicon_has(rz->lx, ERG_LX_EN, ERG_LX_THING, key.buf, key.len)))
            continue; /* a listed programme, written with its short form: "Koperasi Desa (Kopdes) Merah Putih" */
        if (!rc && al && !(al->flags & ERG_ALIAS_ACRONYM) && erg__gazetteer_type(rz->g, al->entity) == x.type)
            rc = erg__rz_push_known(rz, x.i, x.j, al->entity, 0);
        else if (!rc)
            rc = erg__rz_push(rz, x.i, x.j, name.buf, 1, x.type, ERG_MENTION_DISCOVERED);
        if (!rc && cue && rz->m->n > from) {
            const char *k = rz->m->items[rz->m->n - 1].key;
            rc = erg__map_put(&cued, k, strlen(k), 1);
        }
    }
    if (!rc && rz->m->n > from)
        rc = vote_types(rz, from, &cued);
    erg__map_give(&confirmed);
    erg__map_give(&phrases);
    erg__map_give(&cued);
    erg__map_give(&things);
    erg__buf_release(&name);
    erg__buf_release(&key);
    free(labels);
    free(v);
    return rc;
}
