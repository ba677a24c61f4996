/*
 * regions.c: which tokens are article text, credits or links, and which
 * lines are headlines. Writes rz->region and rz->headline only.
 *
 * - Credit lines give role byline: from a credit label followed by ':'
 *   ("Penulis:", "Photo :"; list credits.txt) to the end of the line, or
 *   the whole next line when the label stands alone; a short line of the
 *   form "Name • date" or "Name | Outlet"; and datelines, up to four
 *   capitalised tokens before ':' or a spaced dash at the start of a line
 *   ("SEOUL:", "TRIBUNNEWS.COM -", "Beijing (ANTARA) -"), or before a date
 *   ending the line as wires print it ("MONTE CARLO 1997-04-22").
 * - A line that starts with a related-article label ("Baca juga";
 *   related.txt) is skipped: it is a link to another article.
 * - A headline is a line whose words other than lowercase function words
 *   are at least 80% capitalised: six words or more, or three or more
 *   without a final full stop; a line that ends in a full stop and has a
 *   comma is a sentence, and so is any English line that ends in one, and
 *   any line below the first that ends in one and has a word of content
 *   in lowercase.
 */
#include "recognize_internal.h"
#include "lexicon.h"
#include "text.h"

#include <string.h>

/* Is s[i] a space, a tab or a no-break space (U+00A0)? Its length, or 0. */
static size_t blank_at(const char *s, size_t i, size_t end)
{
    if (i < end && (s[i] == ' ' || s[i] == '\t'))
        return 1;
    if (i + 1 < end && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    return 0;
}

/* The first byte that is not a space, tab or no-break space at or after
 * `i`, before `end`. */
static size_t skip_blank(const char *s, size_t i, size_t end)
{
    size_t k;
    while ((k = blank_at(s, i, end)))
        i += k;
    return i;
}

/* The gap after token i: to the next token on the line, or to the line end. */
static void gap(const erg_rz_t *rz, size_t i, size_t *gs, size_t *ge)
{
    const erg_tokens_t *t = &rz->t;
    *gs = t->tok[i].end;
    *ge = (i + 1 < t->n && t->tok[i + 1].line == t->tok[i].line) ? t->tok[i + 1].start : *gs;
    if (*ge == *gs) {
        size_t e = *gs;
        while (e < rz->a->len && rz->a->text[e] != '\n' && rz->a->text[e] != '\r')
            e++;
        *ge = e;
    }
}

/* Is the gap text a dateline separator, maybe after ")": ":", an en or em
 * dash, or one to three hyphens with a blank after them, as real pages
 * write it ("KOMPAS.com -", "KOMPAS.com --", "KOMPAS.com- ", a no-break
 * space after the dash)? A hyphen glued to a word ("Jong-un") is none. */
static int dateline_sep(const char *s, size_t gs, size_t ge)
{
    size_t i = skip_blank(s, gs, ge);
    if (i < ge && s[i] == ')')
        i = skip_blank(s, i + 1, ge);
    if (i < ge && s[i] == ':')
        return 1;
    if (i < ge && s[i] == '-') {
        size_t k = i;
        while (k < ge && k < i + 3 && s[k] == '-')
            k++;
        return blank_at(s, k, ge) > 0; /* which also means k < ge */
    }
    if (i + 2 < ge && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 1; /* en or em dash */
    return 0;
}

/* Does s[gs..ge) hold a credit separator: '|' or a bullet (U+2022, U+00B7)? */
static int credit_sep(const char *s, size_t gs, size_t ge)
{
    for (size_t p = gs; p < ge; p++) {
        if (s[p] == '|')
            return 1;
        if (p + 2 < ge && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80 &&
            (unsigned char)s[p + 2] == 0xA2)
            return 1;
        if (p + 1 < ge && (unsigned char)s[p] == 0xC2 && (unsigned char)s[p + 1] == 0xB7)
            return 1;
    }
    return 0;
}

/* Does a full stop follow token j - 1, the last of its line? */
static int full_stop_after(const erg_rz_t *rz, size_t j)
{
    size_t e = rz->t.tok[j - 1].end;
    while (e < rz->a->len && (rz->a->text[e] == ' ' || rz->a->text[e] == '\t'))
        e++;
    return e < rz->a->len && rz->a->text[e] == '.';
}

/* "By Tom Hale, CNN", "By Tom Hale and Ana Reyes", "Oleh Rina Wulandari":
 * a short line that opens with "By" or "Oleh" and holds capitalised words,
 * "and" or "dan" and commas only, with no full stop at its end (a
 * sentence's "By Monday, prices had fallen." is none). */
static int by_line(const erg_rz_t *rz, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    if (j < i + 2 || !(t->tok[i].flags & ERG_TOK_CAP) || (!key_is(rz, i, "by") && !key_is(rz, i, "oleh")) ||
        (rz->cls[i + 1] & (ERG_LX_BIT(ERG_LX_DAY) | ERG_LX_BIT(ERG_LX_MONTH))))
        return 0;
    for (size_t k = i + 1; k < j; k++)
        if (!(t->tok[k].flags & ERG_TOK_CAP) && !(rz->cls[k] & ERG_LX_BIT(ERG_LX_CONJUNCTION)))
            return 0;
    return !full_stop_after(rz, j);
}

/* Does the line holding bytes s[from..to) carry a copyright sign (U+00A9)
 * anywhere, before its first word too ("© 2026 ANTARA")? */
static int copyright_line(const char *s, size_t from, size_t to)
{
    while (from > 0 && s[from - 1] != '\n')
        from--;
    for (const char *c = memchr(s + from, 0xC2, to - from); c; c = memchr(c + 1, 0xC2, to - (size_t)(c + 1 - s)))
        if ((size_t)(c + 1 - s) < to && (unsigned char)c[1] == 0xA9)
            return 1;
    return 0;
}

/* "Tom Hale\nBBC News, Jakarta", "Tom Hale\nBusiness reporter, BBC News",
 * "Lim Wei Ling\nTransport Correspondent": a line of two to four
 * capitalised words and nothing else, above a short line that names an
 * outlet (outlets.txt) or a reporter's trade (reporters-*.txt) and ends in
 * no full stop: the two are the report's byline. */
static int name_above_outlet(const erg_rz_t *rz, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    if (j < i + 2 || j > i + 4 || j >= t->n)
        return 0;
    for (size_t k = i; k < j; k++) {
        size_t gs, ge;
        gap(rz, k, &gs, &ge);
        if (!(t->tok[k].flags & ERG_TOK_CAP) || (t->tok[k].flags & ERG_TOK_ALLCAPS) || skip_blank(s, gs, ge) != ge)
            return 0;
    }
    size_t e = j;
    int outlet = 0;
    while (e < t->n && t->tok[e].line == t->tok[j].line)
        outlet |= (rz->cls[e++] & (ERG_LX_BIT(ERG_LX_OUTLET) | ERG_LX_BIT(ERG_LX_REPORTER))) != 0;
    size_t gs, ge;
    gap(rz, e - 1, &gs, &ge);
    return outlet && e - j <= 8 && t->tok[j].line == t->tok[j - 1].line + 1 && memchr(s + gs, '.', ge - gs) == NULL;
}

/* "Tom Hale is a correspondent for the Jakarta Globe.", "Rina Wulandari
 * adalah wartawan Kompas.": a short line of its own that says the
 * reporter's trade (reporters-*.txt), after two to four capitalised words
 * and "is" or "adalah", with no clause about them ("who", "yang"): a
 * credit, not the story. So is a short line opening with the trade
 * ("Laporan Wartawan Tribunnews.com, Rina Wulandari"). */
static int reporter_note(const erg_rz_t *rz, size_t i, size_t j)
{
    for (size_t k = i; k < i + 2 && k < j && j <= i + 10; k++)
        if ((rz->cls[k] & ERG_LX_BIT(ERG_LX_REPORTER)) && (rz->t.tok[k].flags & ERG_TOK_CAP) && !full_stop_after(rz, j))
            return 1; /* "Laporan Wartawan Tribunnews.com, Rina Wulandari" */
    const erg_tokens_t *t = &rz->t;
    size_t n = 0;
    if (j > i + 14 || t->tok[i].sent != t->tok[j - 1].sent)
        return 0;
    while (i + n < j && n < 4 && (t->tok[i + n].flags & ERG_TOK_CAP))
        n++;
    if (n < 2 || i + n >= j || (!key_is(rz, i + n, "is") && !key_is(rz, i + n, "adalah")))
        return 0;
    int trade = 0;
    for (size_t k = i + n + 1; k < j; k++) {
        if (key_is(rz, k, "who") || key_is(rz, k, "yang"))
            return 0;
        trade |= k <= i + n + 6 && !(t->tok[k].flags & ERG_TOK_CAP) && (rz->cls[k] & ERG_LX_BIT(ERG_LX_REPORTER));
    }
    return trade;
}

/* "Name • date", "Name | Outlet": a short line whose first words are
 * capitalised up to a bullet or bar. */
static int credit_line(const erg_rz_t *rz, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    if (j - i > 10)
        return 0;
    if (by_line(rz, i, j))
        return 1;
    for (size_t k = i; k + 1 < j; k++) {
        if (!(t->tok[k].flags & ERG_TOK_CAP))
            return 0;
        size_t gs, ge;
        gap(rz, k, &gs, &ge);
        if (credit_sep(rz->a->text, gs, ge))
            return k > i || (j - i) <= 6;
    }
    return 0;
}

static void mark_headline(erg_rz_t *rz, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    size_t words = 0, caps = 0, allcaps = 0, numbers = 0;
    for (size_t k = i; k < j; k++) {
        const char *s = rz->a->text;
        numbers += (t->tok[k].flags & ERG_TOK_DIGIT) &&
                   !(k > i && (t->tok[k - 1].flags & ERG_TOK_DIGIT) && t->tok[k].start == t->tok[k - 1].end + 1 &&
                     (s[t->tok[k - 1].end] == '.' || s[t->tok[k - 1].end] == ',')); /* "$2.1" is one number */
        if (t->tok[k].flags & (ERG_TOK_DIGIT | ERG_TOK_NOCASE))
            continue;
        allcaps += (t->tok[k].flags & ERG_TOK_ALLCAPS) != 0;
        if (rz->cls[k] & (1u << ERG_LX_FUNCTION) && !(t->tok[k].flags & ERG_TOK_CAP))
            continue;
        words++;
        if (t->tok[k].flags & ERG_TOK_CAP)
            caps++;
    }
    int lowercase = caps < words; /* a word of content in lowercase: "dibacakan" */
    if (rz->lang == ERG_LX_EN && words >= 2 && allcaps == words) {
        /* "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.": a
         * wire's headline in capitals, full stop and all; no prose is */
        memset(rz->headline + i, 1, j - i);
        return;
    }
    /* "Anton Reblek (Slovakia) beat Miguel Sorrento (Spain) 6-3 6-4",
     * "Manchester United 28 16 8 4 55 30 56": an English line with two
     * numbers or more is a line of results or a table, its names as
     * capitalised as a headline's but its own */
    if (rz->lang == ERG_LX_EN && numbers >= 2)
        return;
    size_t e = t->tok[j - 1].end;
    while (e < rz->a->len && rz->a->text[e] != '\n' && rz->a->text[e] != '.')
        e++;
    int full_stop = e < rz->a->len && rz->a->text[e] == '.';
    /* a line that ends in a full stop and lists with commas is a sentence,
     * however many names it holds ("Mereka adalah Rahmad Dwi, Riefky
     * Pradipta dan Aprilia Maharani."); a headline may end in a full stop
     * too ("Kunjungan ke Kedutaan Besar Rusia Menandakan Penguatan ...") */
    if (full_stop && memchr(rz->a->text + t->tok[i].start, ',', t->tok[j - 1].end - t->tok[i].start))
        return;
    /* An English line that ends in a full stop is no headline: English
     * headlines do not end in one, while its prose can be four fifths names
     * ("Liberian President Ellen Johnson Sirleaf met Danish Prime Minister
     * Anders Fogh Rasmussen in Copenhagen.", where "U.S." counts twice;
     * "Mario Raviglione is Director of the Stop TB Department at the WHO."). */
    if (full_stop && rz->lang == ERG_LX_EN)
        return;
    /* Nor is an Indonesian line below the title that ends in a full stop and
     * writes a word of content in lowercase, however many names and titles
     * it holds ("Putusan itu dibacakan Hakim Konstitusi Rina Wulandari pada
     * Selasa."): a headline capitalises its verbs. Titles quoted in a
     * sentence are a work's (workcues-id.txt: "dengan judul POLISI Dalami
     * Laporan ..."). */
    if (full_stop && lowercase && i > 0)
        return;
    if (caps * 10 >= words * 8 && (words >= 6 || (words >= 3 && !full_stop)))
        memset(rz->headline + i, 1, j - i);
}

/* The title of a report, a paper or a seminar after the word that
 * announces it (workcues-*.txt: "makalah berjudul Jalan Panjang Koperasi
 * Desa ...", "a report entitled Old Roads: A Turn in the Fortunes of
 * Brazil ...") holds no participant: its capitalised words, with the
 * function words between them, are skipped up to the first other
 * lowercase word or the sentence's end. */
static void work_title(erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    size_t q = k + 1;
    if (q >= t->n || t->tok[q].sent != t->tok[k].sent || !(t->tok[q].flags & ERG_TOK_CAP))
        return;
    for (; q < t->n && t->tok[q].sent == t->tok[k].sent; q++) {
        if (!(t->tok[q].flags & (ERG_TOK_CAP | ERG_TOK_NOCASE))) {
            size_t r = q; /* function words, up to the next capitalised one: "A Turn in the Fortunes" */
            while (r < t->n && r < q + 3 && t->tok[r].sent == t->tok[q].sent && !(t->tok[r].flags & ERG_TOK_CAP) &&
                   (either_lang(rz, r, ERG_LX_FUNCTION) || either_lang(rz, r, ERG_LX_CONJUNCTION) ||
                    either_lang(rz, r, ERG_LX_LOCATIVE))) /* in either language: titles are often English */
                r++;
            if (r == q || r >= t->n || t->tok[r].sent != t->tok[q].sent || !(t->tok[r].flags & ERG_TOK_CAP))
                break;
        }
        rz->region[q] = ERG_REGION_SKIP;
        if (q + 1 < t->n && memchr(rz->a->text + t->tok[q].end, ',', t->tok[q + 1].start - t->tok[q].end))
            break; /* the title ends at a comma: "tentang Kemudahan PSN, ReforMiner menilai" */
    }
}

/* Is token k the "tentang" a regulation's title follows, after its number
 * or its kind ("Pergub Nomor 33 Tahun 2025 tentang Layanan Angkutan Umum
 * Massal Gratis", "UU tentang Cipta Kerja")? Elsewhere "tentang" is
 * "about": "bertanya tentang Rina Wulandari". */
static int law_title_cue(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    return rz->lang != ERG_LX_EN && k > 0 && t->tok[k - 1].sent == t->tok[k].sent && key_is(rz, k, "tentang") &&
           ((t->tok[k - 1].flags & ERG_TOK_DIGIT) || (rz->cls[k - 1] & ERG_LX_BIT(ERG_LX_LAW)));
}

/* "MONTE CARLO 1997-04-22", "VALDERRAMA, Spain 1997-10-30": a wire's
 * dateline, one to five capitalised words (the first in capitals, commas
 * between them allowed) and a date as wires print it, the whole line.
 * Marks them a dateline, as the separator datelines are. */
static void dated_line(erg_rz_t *rz, size_t i, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    if (j < i + 4 || !(t->tok[i].flags & ERG_TOK_ALLCAPS) || !(t->tok[i].flags & ERG_TOK_CAP))
        return;
    size_t d = j - 3; /* the date: digits, hyphen, digits, hyphen, digits */
    const char *x = s + t->tok[d].start;
    if (t->tok[j - 1].end - t->tok[d].start != 10 || x[4] != '-' || x[7] != '-')
        return;
    for (int p = 0; p < 10; p++)
        if (p != 4 && p != 7 && (x[p] < '0' || x[p] > '9'))
            return;
    if (d - i > 5)
        return;
    for (size_t k = i; k < d; k++) {
        if (!(t->tok[k].flags & (ERG_TOK_CAP | ERG_TOK_NOCASE)))
            return;
        for (size_t p = t->tok[k].end; p < t->tok[k + 1].start; p++)
            if (s[p] != ' ' && s[p] != ',')
                return;
    }
    memset(rz->region + i, ERG_REGION_DATELINE, d - i);
    memset(rz->headline + i, 0, j - i);
}

/* Is s[a..b) a web or mail address: it holds "://", starts with "www.",
 * or has an '@' with a '.' after it ("https://www.bulog.co.id/Harga",
 * "www.Kemendag.go.id", "rina@kompas.com")? A site's bare name
 * ("KOMPAS.com") is not: datelines and sources name outlets so. */
static int address(const char *s, size_t a, size_t b)
{
    if (b - a >= 4 && (s[a] | 0x20) == 'w' && (s[a + 1] | 0x20) == 'w' && (s[a + 2] | 0x20) == 'w' && s[a + 3] == '.')
        return 1;
    int at = 0;
    for (size_t p = a; p < b; p++) {
        if (p + 3 <= b && s[p] == ':' && s[p + 1] == '/' && s[p + 2] == '/')
            return 1;
        if (s[p] == '@' && p > a)
            at = 1;
        else if (s[p] == '.' && at && p + 1 < b)
            return 1;
    }
    return 0;
}

/* The blank-free run of s[0..n) around byte p: [*a, *b). */
static void run_at(const char *s, size_t n, size_t p, size_t *a, size_t *b)
{
    *a = p;
    while (*a > 0 && s[*a - 1] != ' ' && s[*a - 1] != '\n' && s[*a - 1] != '\t' && s[*a - 1] != '(' &&
           s[*a - 1] != '"')
        (*a)--;
    *b = p;
    while (*b < n && s[*b] != ' ' && s[*b] != '\n' && s[*b] != '\t' && s[*b] != ')' && s[*b] != '"')
        (*b)++;
}

/* The tokens of web and mail addresses name no one: skipped. Only the
 * bytes an address must hold (':', '@', the '.' of "www.") are looked
 * at, by memchr: most articles hold none. */
static void skip_addresses(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    size_t n = rz->a->len;
    static const char marks[] = {':', '@', '.'};
    for (size_t m = 0; m < sizeof marks; m++) {
        for (const char *c = memchr(s, marks[m], n); c; c = memchr(c + 1, marks[m], n - (size_t)(c + 1 - s))) {
            size_t p = (size_t)(c - s), a, b;
            if (marks[m] == '.' && (p < 3 || (s[p - 1] | 0x20) != 'w' || (s[p - 2] | 0x20) != 'w' ||
                                    (s[p - 3] | 0x20) != 'w'))
                continue;
            run_at(s, n, p, &a, &b);
            if (!address(s, a, b))
                continue;
            for (size_t k = erg__tokens_at(t, a); k < t->n && t->tok[k].start < b; k++)
                rz->region[k] = ERG_REGION_SKIP;
            if (b >= n)
                break;
            c = s + b; /* on past this address */
        }
    }
}

void erg__rz_regions(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    unsigned char *region = rz->region;
    const char *s = rz->a->text;
    size_t i = 0;
    int next_line_byline = 0;
    while (i < t->n) {
        size_t line = t->tok[i].line, j = i;
        erg_lx_bits_t any = 0; /* the line's classes: most lines hold no credit or work cue */
        while (j < t->n && t->tok[j].line == line)
            any |= rz->cls[j++];
        /* tokens i..j-1 form one line */
        int above = !next_line_byline && name_above_outlet(rz, i, j);
        if (next_line_byline || above || credit_line(rz, i, j) || reporter_note(rz, i, j)) {
            memset(region + i, ERG_REGION_BYLINE, j - i);
            next_line_byline = above;
            i = j;
            continue;
        }
        if (copyright_line(s, t->tok[i].start, t->tok[j - 1].end)) {
            memset(region + i, ERG_REGION_SKIP, j - i); /* "Copyright © ANTARA 2026" */
            i = j;
            continue;
        }
        if ((any & ERG_LX_BIT(ERG_LX_CONTRIB)) && j <= i + 25) { /* a credit's line, not a paragraph */
            /* "Associated Press writer Tom Hale in Singapore contributed to this report." */
            memset(region + i, ERG_REGION_BYLINE, j - i);
            i = j;
            continue;
        }
        if (rz->cls[i] & (1u << ERG_LX_RELATED)) {
            memset(region + i, ERG_REGION_SKIP, j - i);
            i = j;
            continue;
        }
        mark_headline(rz, i, j);
        for (size_t k = i; k < j && (any & ERG_LX_BIT(ERG_LX_CREDIT)); k++) {
            if (!(t->tok[k].flags & ERG_TOK_CAP) || !(rz->cls[k] & (1u << ERG_LX_CREDIT)))
                continue;
            while (k + 1 < j && (rz->cls[k + 1] & (1u << ERG_LX_CREDIT)))
                k++; /* "Reporting by" */
            size_t gs, ge;
            gap(rz, k, &gs, &ge);
            size_t p = skip_blank(s, gs, ge);
            if (p < ge && s[p] == ':') {
                memset(region + k, ERG_REGION_BYLINE, j - k);
                if (k + 1 == j)
                    next_line_byline = 1;
                break;
            }
        }
        /* dateline: up to four capitalised tokens, then ":" or " - ", on a
         * line of text: on a headline they are a section label ("SOCCER -
         * LEEDS HOLD BRIGHTON") */
        for (size_t k = i, dates = 0; k < j && k < i + 4 + dates && region[k] == ERG_REGION_TEXT && !rz->headline[i];
             k++) {
            int domain = k > i && t->tok[k].start == t->tok[k - 1].end + 1 &&
                         s[t->tok[k - 1].end] == '.'; /* the "com" of KOMPAS.com */
            int date = k > i && (t->tok[k].flags & ERG_TOK_DIGIT) && t->tok[k].end - t->tok[k].start <= 4 &&
                       (rz->cls[k - 1] & ERG_LX_BIT(ERG_LX_MONTH)); /* "JAKARTA, Jan 5 (Reuters) -" */
            if ((!(t->tok[k].flags & ERG_TOK_CAP) && !domain && !date) || k + 1 == j)
                break;
            dates += date || (rz->cls[k] & ERG_LX_BIT(ERG_LX_MONTH)) != 0;
            size_t gs, ge;
            gap(rz, k, &gs, &ge);
            if (k == i && rz->lang == ERG_LX_EN && !(t->tok[k].flags & ERG_TOK_ALLCAPS) &&
                erg__lexicon_lowercase_word(rz->lx, ERG_LX_EN, t->keys.buf + t->tok[k].key, t->tok[k].keylen))
                break; /* a label: "Scorers: Davor Suker 14", "Bowling: ..." */
            if (dateline_sep(s, gs, ge) ||
                (domain && ge == gs + 1 && s[gs] == '-' && (t->tok[k + 1].flags & ERG_TOK_CAP))) {
                /* (a web address's hyphen may be glued to the text: "KOMPAS.com-Fenomena") */
                memset(region + i, ERG_REGION_DATELINE, k + 1 - i);
                break;
            }
            size_t p = skip_blank(s, gs, ge);
            if (p < ge && s[p] != '.' && s[p] != '(' && s[p] != ',' && !(s[p] == '-' && ge == gs + 1))
                break; /* (a hyphen glued on both sides joins: "TRIBUN-BALI.COM, DENPASAR -") */
        }
        if (region[i] == ERG_REGION_TEXT)
            dated_line(rz, i, j);
        for (size_t k = i; k + 1 < j && (any & (ERG_LX_BIT(ERG_LX_WORKCUE) | ERG_LX_BIT(ERG_LX_FUNCTION))); k++)
            if (((rz->cls[k] & ERG_LX_BIT(ERG_LX_WORKCUE)) || law_title_cue(rz, k)) &&
                !(t->tok[k].flags & ERG_TOK_CAP) && region[k] == ERG_REGION_TEXT)
                work_title(rz, k);
        i = j;
    }
    skip_addresses(rz);
    erg__rz_speaker_labels(rz);
}
