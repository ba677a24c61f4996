/*
 * dates.c: article dates and time periods (doc/method.md, "Time").
 *
 * Forms read, day first as Indonesian and British news write them:
 *   2025-09-03 (also 2025/09/03 and an ISO timestamp's date part)
 *   3/9/2025, and 04/09 only inside parentheses: "Kamis (04/09)"
 *   3 September 2025, 9 Mei, 9 Mei 2025, 3 Sept. 2025
 *   September 3, 2025, Sept. 3 (English order)
 * with Indonesian and English month names and their usual abbreviations.
 * An article's date is its JSON "date" when that holds a date; else, in its
 * first ERG_DATE_LINES non-empty lines, the first date of a short line that
 * is a date ("Selasa, 3 September 2024"), or the first date from the
 * dateline on ("JAKARTA, KOMPAS.com - ... Senin (2/6/2025)", "SEOUL: ...").
 * A photo caption or a headline before the dateline, or an article with
 * neither, gives no date: undated is better than wrong. A date without a year takes the year
 * of the first dated-with-year date anywhere in the article; failing that
 * the article is undated.
 */
#include "ergraph.h"
#include "corpus_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum { ERG_DATE_LINES = 10, ERG_DATE_LINE_MAX = 48 };

/* Month names with their lengths, so that a word is compared only with
 * the names of its own length: every word of an article's first lines is
 * tried. */
#define MONTH(name, m) {name, sizeof name - 1, m}
static const struct {
    const char *name;
    size_t len;
    int month;
} months[] = {
    MONTH("januari", 1), MONTH("january", 1), MONTH("jan", 1), MONTH("februari", 2),
    MONTH("february", 2), MONTH("feb", 2), MONTH("maret", 3), MONTH("march", 3),
    MONTH("mar", 3), MONTH("april", 4), MONTH("apr", 4), MONTH("mei", 5), MONTH("may", 5),
    MONTH("juni", 6), MONTH("june", 6), MONTH("jun", 6), MONTH("juli", 7), MONTH("july", 7),
    MONTH("jul", 7), MONTH("agustus", 8), MONTH("august", 8), MONTH("agu", 8), MONTH("agt", 8),
    MONTH("aug", 8), MONTH("september", 9), MONTH("sept", 9), MONTH("sep", 9),
    MONTH("oktober", 10), MONTH("october", 10), MONTH("okt", 10), MONTH("oct", 10),
    MONTH("november", 11), MONTH("nov", 11), MONTH("desember", 12), MONTH("december", 12),
    MONTH("des", 12), MONTH("dec", 12),
    {NULL, 0, 0}};

static const char *const slice_names[] = {"none", "week", "month", "year"};

const char *erg_slice_name(erg_slice_t s) { return slice_names[s]; }

int erg_slice_parse(const char *s)
{
    for (int i = ERG_SLICE_WEEK; i <= ERG_SLICE_YEAR; i++)
        if (strcmp(s, slice_names[i]) == 0)
            return i;
    return -1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int valid(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y && (y < 1900 || y > 2199))
        return 0;
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    return !(m == 2 && d == 29 && y && !leap(y));
}

/* Digits at s[i..len): their value, count in *n (0 when none). */
static int digits(const char *s, size_t len, size_t i, size_t *n)
{
    int v = 0;
    *n = 0;
    while (i + *n < len && isdigit((unsigned char)s[i + *n]) && *n < 5)
        v = v * 10 + (s[i + *n] - '0'), (*n)++;
    if (i + *n < len && isdigit((unsigned char)s[i + *n]))
        *n = 9; /* too long to be part of a date */
    return v;
}

/* A month name as a whole word at s[i..): its number, word end in *end. */
static int month_at(const char *s, size_t len, size_t i, size_t *end)
{
    /* called at every word of an article: most are no month by their
     * first letter, tested before the word is read; then by their length
     * (a word of ten letters or more is read no further) */
    enum { INITIALS = 1u << ('j' - 'a') | 1u << ('f' - 'a') | 1u << ('m' - 'a') | 1u << ('a' - 'a') |
                      1u << ('s' - 'a') | 1u << ('o' - 'a') | 1u << ('n' - 'a') | 1u << ('d' - 'a') };
    int first = i < len ? tolower((unsigned char)s[i]) : 0;
    if (i >= len || !isalpha((unsigned char)s[i]) || first < 'a' || first > 'z' ||
        !(INITIALS >> (first - 'a') & 1))
        return 0;
    size_t n = 1;
    while (n <= 9 && i + n < len && isalpha((unsigned char)s[i + n]))
        n++;
    if (n < 3 || n > 9)
        return 0;
    for (size_t k = 0; months[k].name; k++) {
        if (months[k].len != n)
            continue;
        size_t c = 0;
        while (c < n && tolower((unsigned char)s[i + c]) == months[k].name[c])
            c++;
        if (c == n) {
            *end = i + n + (i + n < len && s[i + n] == '.' && n <= 4);
            return months[k].month;
        }
    }
    return 0;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || (unsigned char)s[i] == 0xA0))
        i++;
    return i;
}

/* An optional ", 2025" or " 2025" at i: the year, end in *end; 0 if none. */
static int year_at(const char *s, size_t len, size_t i, size_t *end)
{
    size_t j = skip_spaces(s, len, i < len && s[i] == ',' ? i + 1 : i), n;
    if (j == i)
        return 0;
    int y = digits(s, len, j, &n);
    if (n != 4)
        return 0;
    *end = j + 4;
    return y;
}

/* A date starting exactly at i, or 0. */
static int date_at(const char *s, size_t len, size_t i, erg_date_t *out)
{
    size_t n, n2, n3, e;
    int v = digits(s, len, i, &n), y = 0, m = 0, d = 0;
    if (n == 4 && i + 10 <= len && (s[i + 4] == '-' || s[i + 4] == '/') && s[i + 7] == s[i + 4]) {
        m = digits(s, len, i + 5, &n2);
        d = digits(s, len, i + 8, &n3);
        y = v;
        e = i + 10;
        if (n2 != 2 || n3 != 2)
            return 0;
    } else if ((n == 1 || n == 2) && i + n < len && s[i + n] == '/') {
        m = digits(s, len, i + n + 1, &n2);
        d = v;
        e = i + n + 1 + n2;
        if (n2 < 1 || n2 > 2)
            return 0;
        if (e < len && s[e] == '/') {
            y = digits(s, len, e + 1, &n3);
            if (n3 != 4)
                return 0;
            e += 5;
        } else if (!(i > 0 && s[i - 1] == '(' && e < len && s[e] == ')')) {
            return 0; /* 4/9 alone may be a fraction */
        }
    } else if (n == 1 || n == 2) {
        size_t j = skip_spaces(s, len, i + n);
        if (j == i + n || !(m = month_at(s, len, j, &e)))
            return 0;
        d = v;
        y = year_at(s, len, e, &e);
    } else if (n == 0 && (m = month_at(s, len, i, &e))) {
        size_t j = skip_spaces(s, len, e);
        d = digits(s, len, j, &n2);
        if (j == e || n2 < 1 || n2 > 2)
            return 0;
        e = j + n2;
        y = year_at(s, len, e, &e);
    } else {
        return 0;
    }
    if (!valid(y, m, d))
        return 0;
    *out = (erg_date_t){y, m, d, i, e};
    return 1;
}

/* The first date of s[0..len) that starts in [from, limit). */
static int scan(const char *s, size_t len, size_t from, size_t limit, erg_date_t *out)
{
    for (size_t i = from; i < limit && i < len; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue; /* dates start at word boundaries */
        if (isalnum((unsigned char)s[i]) && date_at(s, len, i, out))
            return 1;
    }
    return 0;
}

int erg__date_scan(const char *s, size_t len, size_t from, erg_date_t *out)
{
    return scan(s, len, from, len, out);
}

static void iso(const erg_date_t *d, char out[11])
{
    char buf[32];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->y, d->m, d->d);
    memcpy(out, buf, 10);
    out[10] = '\0';
}

int erg_date_normalize(const char *s, char out[11])
{
    size_t len = strlen(s), i = skip_spaces(s, len, 0);
    erg_date_t d;
    if (!date_at(s, len, i, &d) || !d.y || skip_spaces(s, len, d.end) != len)
        return -1;
    iso(&d, out);
    return 0;
}

/* Does the line at s[i..e) open with a dateline: a place or outlet of a
 * few words, the first in capitals or one in brackets ("JAKARTA,
 * KOMPAS.com", "Jakarta (ANTARA)", "NEW YORK"), then ':' or a dash (one to
 * three hyphens, an en or em dash) before a blank? ("Penulis:" and a
 * headline's "Peskov:" are not.) */
static int dateline(const char *s, size_t i, size_t e)
{
    while (i < e && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= e || !isupper((unsigned char)s[i]))
        return 0;
    int caps = i + 1 < e && isupper((unsigned char)s[i + 1]), bracket = 0;
    size_t words = 1, k = i;
    for (; k < e && k < i + 60; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == ':' || c == '-' || (c == 0xE2 && k + 2 < e && (unsigned char)s[k + 1] == 0x80 &&
                                     ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94)))
            break;
        if (c == ' ' && ++words > 5)
            return 0;
        bracket |= c == '(';
        if (!(isalpha(c) || c >= 0x80 || c == ' ' || c == '.' || c == ',' || c == '(' || c == ')'))
            return 0;
    }
    if (k >= e || k == i || !(caps || bracket))
        return 0;
    size_t after = k + (s[k] == ':' ? 1 : s[k] == '-' ? 0 : 3);
    while (s[k] == '-' && after < e && after < k + 3 && s[after] == '-')
        after++;
    return after >= e || s[after] == ' ' || s[after] == '\t' ||
           ((unsigned char)s[after] == 0xC2 && after + 1 < e && (unsigned char)s[after + 1] == 0xA0);
}

static size_t words(const char *s, size_t i, size_t e)
{
    size_t n = 1;
    for (; i < e; i++)
        n += s[i] == ' ';
    return n;
}

/* The first date of a short line that is no sentence (a date or credit
 * line: "Selasa, 3 September 2024", "Name \u2022 3 September 2025 18:14"), or
 * of the dateline's paragraph and the two after it (later ones recall the
 * past: "hak atas tanah terbit pada 8 Juli 1996"), among the first
 * ERG_DATE_LINES non-empty lines of text[0..len). */
static int opening_date(const char *text, size_t len, erg_date_t *d)
{
    size_t i = 0;
    int from_dateline = -1; /* lines since the dateline, -1 before it */
    for (int lines = 0; i < len && lines < ERG_DATE_LINES;) {
        const char *nl = memchr(text + i, '\n', len - i); /* a line is read whole */
        size_t e = nl ? (size_t)(nl - text) : len;
        size_t last = e;
        while (last > i && (text[last - 1] == ' ' || text[last - 1] == '\r' || text[last - 1] == '\t'))
            last--;
        if (last > i) {
            lines++;
            if (from_dateline < 0 && dateline(text, i, e))
                from_dateline = 0;
            int near = from_dateline >= 0 && from_dateline++ < 3;
            int short_line = last - i <= ERG_DATE_LINE_MAX && (text[last - 1] != '.' || words(text, i, last) <= 4);
            if ((near || short_line) && erg__date_scan(text, e, i, d))
                return 1;
        }
        i = e + 1;
    }
    return 0;
}

int erg_article_date(const erg_article_t *a, char out[11])
{
    erg_date_t d;
    if (a->date && erg__date_scan(a->date, strlen(a->date), 0, &d) && d.y) {
        iso(&d, out);
        return 1;
    }
    if (!opening_date(a->text, a->len, &d))
        return 0;
    if (!d.y) {
        erg_date_t full;
        size_t from = 0;
        while (erg__date_scan(a->text, a->len, from, &full) && !full.y)
            from = full.end;
        if (!full.y || !valid(full.y, d.m, d.d))
            return 0;
        d.y = full.y;
    }
    iso(&d, out);
    return 1;
}

/* Day of the week, 0 = Sunday (Sakamoto's method). */
static int weekday(int y, int m, int d)
{
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static int iso_weeks(int y)
{
    int p = (y + y / 4 - y / 100 + y / 400) % 7, q = ((y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400) % 7;
    return p == 4 || q == 3 ? 53 : 52;
}

int erg_date_period(const char *date, erg_slice_t by, char out[16])
{
    int y, m, d;
    char tail;
    if (sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !y || !valid(y, m, d))
        return -1;
    if (by == ERG_SLICE_YEAR) {
        snprintf(out, 16, "%04d", y);
    } else if (by == ERG_SLICE_MONTH) {
        snprintf(out, 16, "%04d-%02d", y, m);
    } else {
        static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        int doy = before[m - 1] + d + (m > 2 && leap(y));
        int wd = (weekday(y, m, d) + 6) % 7 + 1; /* Monday 1 .. Sunday 7 */
        int week = (doy - wd + 10) / 7;
        if (week < 1)
            week = iso_weeks(--y);
        else if (week > iso_weeks(y))
            week = 1, y++;
        snprintf(out, 16, "%04d-W%02d", y, week);
    }
    return 0;
}
