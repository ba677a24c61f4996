/* text.c: tokens, sentences and paragraphs; see text.h. */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int decode(const char *s, size_t len, size_t i, utf8proc_int32_t *cp)
{
    if ((unsigned char)s[i] < 0x80) { /* most text: no table lookups */
        *cp = (unsigned char)s[i];
        return 1;
    }
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), cp);
    if (k < 1) {
        *cp = -1;
        return 1;
    }
    return (int)k;
}

/* The ASCII letters and digits by class: one load instead of three range
 * tests, for every token and the byte that ends it. */
enum { A_UP = 1, A_LOW = 2, A_DIGIT = 4 };
_Static_assert((int)A_UP == (int)ERG_TOK_CAP && (int)A_DIGIT == (int)ERG_TOK_DIGIT, "a class is its token flag");
#define U A_UP
#define L A_LOW
#define D A_DIGIT
static const unsigned char ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20 */
    D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0, /* 0x30: 0-9 */
    0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* 0x40: A-O */
    U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0, /* 0x50: P-Z */
    0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x60: a-o */
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0, /* 0x70: p-z */
};
#undef U
#undef L
#undef D

static int is_ascii_alnum(utf8proc_int32_t cp)
{
    return (uint32_t)cp < 0x80 && ascii_class[cp];
}

static int is_word_cat(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return is_ascii_alnum(cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

static int is_upper(utf8proc_int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_lower(utf8proc_int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_closing(utf8proc_int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
           cp == 0x2019 || cp == 0xBB;
}

static int is_opening(utf8proc_int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C ||
           cp == 0x2018 || cp == 0xAB;
}

static int is_space(utf8proc_int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
           cp == '\v' || cp == 0xA0 || cp == 0xFEFF ||
           (cp > 0x7F && cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
}

static int add_key(erg_buf_t *keys, const char *s, size_t n, size_t *off, size_t *klen)
{
    /* ASCII letters and digits (most words): NFKC and casefolding only
     * lower the case, done while copying, in one pass over the word */
    void *p = keys->buf;
    if (erg__grow(&p, &keys->cap, keys->len + n + 1, 1))
        return ERG_ENOMEM;
    keys->buf = p;
    char *d = keys->buf + keys->len;
    size_t a = 0;
    for (; a < n; a++) {
        unsigned char c = (unsigned char)s[a];
        if (c >= 0x80)
            break;
        d[a] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (a == n) {
        d[n] = '\0';
        *off = keys->len;
        *klen = n;
        keys->len += n;
        return 0;
    }
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                      UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                          UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    if (r < 0)
        return ERG_EINVAL;
    *off = keys->len;
    *klen = (size_t)r;
    int rc = erg__buf_add(keys, (const char *)dst, (size_t)r);
    free(dst);
    return rc;
}

/* Bytes of the 64-bit word y (all below 0x80) that are in [lo, hi]: their
 * high bit set. No byte carries into the next: y's bytes are below 0x80
 * and the constants added below 0x80 too. */
#define ONES 0x0101010101010101ull
#define IN_RANGE(y, lo, hi) \
    (((y) + ONES * (0x80 - (lo))) & ~((y) + ONES * (0x80 - (hi) - 1)) & ONES * 0x80)

/* Room in keys for n more bytes and a NUL: the most the ASCII keys of the
 * rest of a text take, n its bytes from the next token on. An ASCII key is
 * as long as its token and the token after it starts a byte past its end at
 * least, so the room made for the text's first token holds for every ASCII
 * one after it: asked again only after a key add_key made, which may be
 * longer than its token. */
static int keys_room(erg_buf_t *keys, size_t n)
{
    if (keys->len + n + 1 <= keys->cap)
        return 0;
    void *p = keys->buf;
    if (erg__grow(&p, &keys->cap, keys->len + n + 1, 1))
        return ERG_ENOMEM;
    keys->buf = p;
    return 0;
}

/* A token of ASCII letters and digits only (most of them) at s[i..): its
 * end and flags as scan_token gives them, and its key as add_key makes it
 * (the bytes, lowercased), in one pass over the word. Returns 1 when done;
 * 0, with nothing added, when the token goes on past ASCII: scan_token and
 * add_key take it then. */
static int ascii_token(const char *s, size_t len, size_t i, erg_buf_t *keys, size_t *end,
                       unsigned *flags, size_t *off, size_t *klen)
{
    /* keys_room made room for the rest of the text (see there) */
    char *d = keys->buf + keys->len;
    size_t j = i;
    /* a word is in capitals when it has an upper letter and no lower one:
     * which it has is all that is kept, not how many */
    uint64_t ups = 0, lows = 0;
    unsigned seen = 0;
    unsigned char b;
    /* eight bytes at a time (a word rarely has more): which are upper,
     * lower, digits, where the word stops; the key is the bytes with 0x20
     * added to the upper ones. Bytes past the word are written too, within
     * the room made above, and overwritten by the next key. */
    while (j + 8 <= len) {
        uint64_t x, h = ONES * 0x80;
        memcpy(&x, s + j, 8);
        uint64_t y = x & ~h; /* a byte of 0x80 or more stops the word anyway */
        uint64_t up = IN_RANGE(y, 'A', 'Z'), low = IN_RANGE(y, 'a', 'z'), dig = IN_RANGE(y, '0', '9');
        uint64_t stop = (~(up | low | dig) | x) & h; /* in none of the ranges, or 0x80 or more */
        size_t n = stop ? (size_t)__builtin_ctzll(stop) / 8 : 8;
        uint64_t keep = ((stop & -stop) >> 7) - 1; /* the bytes before the stop; all when none */
        up &= keep;
        uint64_t lowered = x | (up >> 2); /* 0x80 >> 2 == 0x20 */
        memcpy(d + (j - i), &lowered, 8);
        ups |= up;
        lows |= low & keep;
        j += n;
        if (n < 8)
            break;
    }
    while (j < len) {
        b = (unsigned char)s[j];
        unsigned c = b < 0x80 ? ascii_class[b] : 0;
        if (!c)
            break;
        seen |= c;
        d[j - i] = (char)(b | ((c & A_UP) << 5)); /* 'A' + 32 == 'a' */
        j++;
    }
    if (j < len && (unsigned char)s[j] >= 0x80)
        return 0;
    unsigned c = ascii_class[(unsigned char)s[i]]; /* ASCII: the caller decoded it */
    *flags = c & (A_UP | A_DIGIT); /* ERG_TOK_CAP, ERG_TOK_DIGIT or none: one class each */
    if ((ups || (seen & A_UP)) && !lows && !(seen & A_LOW))
        *flags |= ERG_TOK_ALLCAPS;
    *end = j;
    *off = keys->len;
    *klen = j - i;
    keys->len += j - i;
    d[j - i] = '\0';
    return 1;
}

/* Scans one token starting at i; returns its end and flags. */
static size_t scan_token(const char *s, size_t len, size_t i, unsigned *flags)
{
    utf8proc_int32_t cp;
    int first = 1, letters = 0, uppers = 0;
    *flags = 0;
    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* most text: ASCII letters and digits, no table lookups */
            int up = (unsigned)(b - 'A') < 26, digit = (unsigned)(b - '0') < 10;
            if (!up && !digit && (unsigned)(b - 'a') >= 26)
                break;
            letters += !digit;
            uppers += up;
            if (first)
                *flags |= up ? ERG_TOK_CAP : digit ? ERG_TOK_DIGIT : 0;
            first = 0;
            i++;
            continue;
        }
        int k = decode(s, len, i, &cp);
        if (!is_word_cat(cp))
            break;
        utf8proc_category_t c = cp >= 0x80 ? utf8proc_category(cp)
                                : cp <= '9'  ? UTF8PROC_CATEGORY_ND
                                : cp <= 'Z'  ? UTF8PROC_CATEGORY_LU
                                             : UTF8PROC_CATEGORY_LL;
        if (c <= UTF8PROC_CATEGORY_LO) {
            letters++;
            if (is_upper(cp))
                uppers++;
        }
        if (first) {
            if (is_upper(cp))
                *flags |= ERG_TOK_CAP;
            else if (c == UTF8PROC_CATEGORY_LO)
                *flags |= ERG_TOK_NOCASE;
            else if (c >= UTF8PROC_CATEGORY_ND)
                *flags |= ERG_TOK_DIGIT;
            first = 0;
        }
        i += (size_t)k;
    }
    if (letters && uppers == letters)
        *flags |= ERG_TOK_ALLCAPS;
    return i;
}

static int push_sentence(erg_tokens_t *t, size_t start, size_t end)
{
    if (t->nsent < t->sentcap) {
        t->sent_start[t->nsent] = start;
        t->sent_end[t->nsent++] = end;
        return 0;
    }
    size_t cap = t->sentcap;
    void *a = t->sent_start, *b = t->sent_end;
    if (erg__grow(&a, &cap, t->nsent + 1, sizeof(size_t)))
        return ERG_ENOMEM;
    t->sent_start = a;
    cap = t->sentcap;
    if (erg__grow(&b, &cap, t->nsent + 1, sizeof(size_t)))
        return ERG_ENOMEM;
    t->sent_end = b;
    t->sentcap = cap;
    t->sent_start[t->nsent] = start;
    t->sent_end[t->nsent] = end;
    t->nsent++;
    return 0;
}

static int has_blank_line(const char *s, size_t len)
{
    /* from line break to line break: only the bytes after each are read */
    const char *nl = memchr(s, '\n', len);
    while (nl) {
        size_t j = (size_t)(nl - s) + 1;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
            j++;
        if (j < len && s[j] == '\n')
            return 1;
        nl = j < len ? memchr(s + j, '\n', len - j) : NULL;
    }
    return 0;
}

/* Is s[from..to) only closing brackets and quotes, as in "(03/09)."? */
static int closed_by(const char *s, size_t from, size_t to)
{
    utf8proc_int32_t cp;
    while (from < to) {
        from += (size_t)decode(s, to, from, &cp);
        if (!is_closing(cp))
            return 0;
    }
    return 1;
}

/* Decides whether the terminal punctuation run s[i..j) (already scanned, j
 * past closing quotes) ends a sentence. `prev` is the token before it. */
/* Is key[0..n) one of `abbrevs` (NULL: none)? */
static int is_abbrev(const erg_map_t *abbrevs, const char *key, size_t n)
{
    return abbrevs && erg__map_get(abbrevs, key, n) != NULL;
}

static int ends_sentence(const char *s, size_t len, size_t i, size_t j, int only_dot,
                         const erg_tokens_t *t, const erg_token_t *prev, const erg_map_t *abbrevs)
{
    utf8proc_int32_t next = -1, after = -1;
    if (j < len)
        decode(s, len, j, &next);
    if (only_dot && prev && prev->end == i && j < len && (prev->flags & ERG_TOK_DIGIT) &&
        next >= '0' && next <= '9')
        return 0; /* 2.000, 3.5 */
    if (is_word_cat(next)) {
        /* glued: "pulih.Sementara" ends, "TRIBUNNEWS.COM" and "U.S" do not */
        if (!is_upper(next) || !prev || prev->end - prev->start < 2)
            return 0;
        if (prev->end != i && !closed_by(s, prev->end, i))
            return 0;
        if (only_dot && is_abbrev(abbrevs, t->keys.buf + prev->key, prev->keylen))
            return 0;
        int k = decode(s, len, j, &next);
        decode(s, len, j + (size_t)k, &after);
        return is_lower(after);
    }
    if (j < len && !is_space(next) && !is_opening(next))
        return 0;
    /* next visible character: a lowercase word continues the sentence */
    size_t k = j;
    while (k < len) {
        utf8proc_int32_t cp;
        int w = decode(s, len, k, &cp);
        if (!is_space(cp) || cp == '\n')
            break;
        k += (size_t)w;
    }
    if (k < len) {
        utf8proc_int32_t cp;
        decode(s, len, k, &cp);
        if (is_lower(cp) && s[k] != '\n')
            return 0;
    }
    if (only_dot && prev && prev->end == i) {
        if (is_abbrev(abbrevs, t->keys.buf + prev->key, prev->keylen))
            return 0;
        if (prev->end - prev->start == 1 && (prev->flags & ERG_TOK_CAP) &&
            !(prev->start > 0 && s[prev->start - 1] == '&'))
            return 0; /* an initial: "J. Smith", "U.S." (but the "T" of "AT&T." ends) */
    }
    return 1;
}

/* t->at for a text of len bytes, its entries filled by erg__text_tokenize
 * as the tokens come (t->nat set when all are). The rules ask for the token
 * at a mention's start or end some twenty times a mention, a binary search
 * of ten steps in an article each time; a short text (a name, a sentence)
 * keeps the search, which is short there too. */
static int alloc_starts(erg_tokens_t *t, size_t len)
{
    if (len < 256)
        return 0;
    t->at = malloc(((len >> ERG_TOKENS_AT_SHIFT) + 1) * sizeof *t->at);
    return t->at ? 0 : ERG_ENOMEM;
}

int erg__text_tokenize(const char *s, size_t len, const erg_map_t *abbrevs, erg_tokens_t *t)
{
    if (len >= ERG_TEXT_MAX)
        return ERG_EINVAL;
    int para_by_line = !has_blank_line(s, len);
    if (keys_room(&t->keys, len) || alloc_starts(t, len))
        return ERG_ENOMEM;
    /* t->at[b] is the first token that starts at byte b << SHIFT or after
     * it: each token takes the entries from `fill` up to its start */
    size_t fill = 0, fill_at = t->at ? 0 : (size_t)-1;
    size_t sent = 0, para = 0, line = 0;
    int pending_sent = 0, pending_para = 0, started = 0;
    size_t cur_start = 0, cur_end = 0, open_at = (size_t)-1;
    int newlines = 0;
    size_t i = 0;
    int rc = 0;

    while (i < len) {
        if (s[i] == ' ') { /* between most words: nothing to decide */
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        int k = decode(s, len, i, &cp);
        if (is_word_cat(cp)) {
            unsigned flags;
            size_t end, key, keylen;
            int ascii = cp < 0x80 ? ascii_token(s, len, i, &t->keys, &end, &flags, &key, &keylen) : 0;
            if (!ascii)
                end = scan_token(s, len, i, &flags);
            if (started && (pending_sent || pending_para)) {
                if ((rc = push_sentence(t, cur_start, cur_end)))
                    return rc;
                sent++;
                if (pending_para)
                    para++;
            }
            if (!started || pending_sent || pending_para)
                cur_start = open_at != (size_t)-1 ? open_at : i;
            started = 1;
            pending_sent = pending_para = 0;
            open_at = (size_t)-1;
            newlines = 0;
            if (t->n == t->cap) {
                void *p = t->tok;
                /* room at once for the tokens of some 6 bytes of text each,
                 * most of an article's: no copy after copy while it grows */
                size_t want = t->cap ? t->n + 1 : (len < (1u << 20) ? len : (1u << 20)) / 6 + 8;
                if (erg__grow(&p, &t->cap, want, sizeof *t->tok))
                    return ERG_ENOMEM;
                t->tok = p;
            }
            for (; i >= fill_at; fill_at += 1u << ERG_TOKENS_AT_SHIFT)
                t->at[fill++] = (uint32_t)t->n;
            erg_token_t *tok = &t->tok[t->n];
            tok->start = (uint32_t)i;
            tok->end = (uint32_t)end;
            tok->flags = flags;
            tok->sent = (uint32_t)sent;
            tok->para = (uint32_t)para;
            tok->line = (uint32_t)line;
            if (!ascii && ((rc = add_key(&t->keys, s + i, end - i, &key, &keylen)) ||
                           (rc = keys_room(&t->keys, len - end))))
                return rc;
            if (t->keys.len >= ERG_TEXT_MAX * 3)
                return ERG_EINVAL;
            tok->key = (uint32_t)key;
            tok->keylen = (uint32_t)keylen;
            t->n++;
            cur_end = end;
            i = end;
            continue;
        }
        if (cp == '\n' || (cp == '\r' && (i + 1 >= len || s[i + 1] != '\n'))) {
            line++;
            if (++newlines >= 2 || para_by_line)
                pending_para = 1;
            pending_sent = 1;
            open_at = (size_t)-1;
            i += (size_t)k;
            continue;
        }
        if (is_space(cp) || cp < 0) {
            i += (size_t)k;
            continue;
        }
        if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
            size_t j = i;
            int only_dot = 1, dots = 0;
            utf8proc_int32_t c2;
            while (j < len) {
                int w = decode(s, len, j, &c2);
                if (c2 == '.')
                    dots++;
                else if (c2 == '!' || c2 == '?' || c2 == 0x2026)
                    only_dot = 0;
                else
                    break;
                j += (size_t)w;
            }
            if (dots > 1)
                only_dot = 0;
            while (j < len) {
                int w = decode(s, len, j, &c2);
                if (!is_closing(c2))
                    break;
                j += (size_t)w;
            }
            const erg_token_t *prev = t->n ? &t->tok[t->n - 1] : NULL;
            if (started && !pending_sent) {
                cur_end = j;
                if (ends_sentence(s, len, i, j, only_dot, t, prev, abbrevs))
                    pending_sent = 1;
            }
            i = j;
            continue;
        }
        /* other punctuation: part of this sentence, or opens the next */
        if (pending_sent || pending_para || !started) {
            if (open_at == (size_t)-1 && is_opening(cp))
                open_at = i;
        } else {
            cur_end = i + (size_t)k;
        }
        i += (size_t)k;
    }
    if (started && (rc = push_sentence(t, cur_start, cur_end)))
        return rc;
    if (t->at) {
        t->nat = (len >> ERG_TOKENS_AT_SHIFT) + 1;
        for (; fill < t->nat; fill++)
            t->at[fill] = (uint32_t)t->n;
    }
    return 0;
}

void erg__tokens_release(erg_tokens_t *t)
{
    free(t->tok);
    erg__buf_release(&t->keys);
    free(t->sent_start);
    free(t->sent_end);
    free(t->at);
    memset(t, 0, sizeof *t);
}

/* erg__text_phrase_key of ASCII text, which most names are: its tokens are
 * the runs of letters and digits and their keys the runs lowercased, so
 * they are copied in one pass, without a token array. Returns 1 when done,
 * 0 (nothing added) when s holds a byte past ASCII, -1 when out of memory. */
static int ascii_phrase_key(const char *s, size_t n, erg_buf_t *out, size_t *ntok,
                            unsigned *first_flags)
{
    size_t i = 0;
    for (uint64_t x; i + 8 <= n; i += 8) /* eight bytes at a time */
        if (memcpy(&x, s + i, 8), x & ONES * 0x80)
            return 0;
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    void *p = out->buf; /* at most n bytes: each separator gives one space */
    if (erg__grow(&p, &out->cap, out->len + n + 1, 1))
        return -1;
    out->buf = p;
    char *d = out->buf + out->len;
    size_t k = 0, count = 0;
    unsigned flags = 0, c;
    for (i = 0; i < n;) {
        if (!ascii_class[(unsigned char)s[i]]) {
            i++;
            continue;
        }
        if (count++)
            d[k++] = ' ';
        else /* the first token's flags, as ascii_token makes them */
            flags = ascii_class[(unsigned char)s[i]] & (A_UP | A_DIGIT);
        unsigned seen = 0; /* the classes of the token's bytes */
        for (; i < n && (c = ascii_class[(unsigned char)s[i]]); i++) {
            seen |= c;
            d[k++] = (char)(s[i] | (c & A_UP) << 5); /* 'A' + 32 == 'a' */
        }
        if (count == 1 && (seen & A_UP) && !(seen & A_LOW))
            flags |= ERG_TOK_ALLCAPS;
    }
    out->len += k;
    d[k] = '\0';
    if (ntok)
        *ntok = count;
    if (first_flags)
        *first_flags = flags;
    return 1;
}

int erg__key_has_word(const char *key, size_t klen, const char *w, size_t n)
{
    for (size_t p = 0; p + n <= klen; p++)
        if ((p == 0 || key[p - 1] == ' ') && (p + n == klen || key[p + n] == ' ') && memcmp(key + p, w, n) == 0)
            return 1;
    return 0;
}

int erg__text_phrase_key(const char *s, size_t n, erg_buf_t *out, size_t *ntok,
                        unsigned *first_flags)
{
    int ascii = n < ERG_TEXT_MAX ? ascii_phrase_key(s, n, out, ntok, first_flags) : 0;
    if (ascii)
        return ascii < 0 ? ERG_ENOMEM : 0;
    erg_tokens_t t = {0};
    int rc = erg__text_tokenize(s, n, NULL, &t);
    for (size_t i = 0; !rc && i < t.n; i++) {
        if (i && (rc = erg__buf_add(out, " ", 1)))
            break;
        rc = erg__buf_add(out, t.keys.buf + t.tok[i].key, t.tok[i].keylen);
    }
    if (ntok)
        *ntok = t.n;
    if (first_flags)
        *first_flags = t.n ? t.tok[0].flags : 0;
    erg__tokens_release(&t);
    return rc;
}

/* ORs bits into the value of key[0..len), adding it when missing. */
static int spans_or(erg_map_t *m, const char *key, size_t len, size_t bits)
{
    size_t *v = erg__map_get(m, key, len);
    if (v) {
        *v |= bits;
        return 0;
    }
    return erg__map_put(m, key, len, bits);
}

int erg__spans_add(erg_map_t *spans, const char *key, size_t len, size_t bits)
{
    int rc = 0;
    for (size_t p = 0; p < len && !rc; p++)
        if (key[p] == ' ')
            rc = spans_or(spans, key, p, ERG_SPAN_MORE);
    return rc ? rc : spans_or(spans, key, len, bits);
}

int erg__spans_first(const erg_tokens_t *t, size_t tok, const size_t *v, erg_buf_t *key)
{
    key->len = 0;
    return v ? erg__buf_add(key, t->keys.buf + t->tok[tok].key, t->tok[tok].keylen) : 0;
}

int erg__spans_step(const erg_map_t *spans, const erg_tokens_t *t, size_t tok, size_t span,
                   erg_buf_t *key, const size_t **v)
{
    const erg_token_t *x = &t->tok[tok];
    const char *k = t->keys.buf + x->key;
    *v = NULL;
    if (!span)
        return erg__spans_first(t, tok, *v = erg__map_get(spans, k, x->keylen), key);
    return erg__spans_step_hashed(spans, t, tok, span, key, v, 0);
}

int erg__spans_step_hashed(const erg_map_t *spans, const erg_tokens_t *t, size_t tok, size_t span,
                          erg_buf_t *key, const size_t **v, uint64_t h)
{
    const erg_token_t *x = &t->tok[tok];
    *v = NULL;
    (void)span;
    int rc = erg__buf_add(key, " ", 1);
    if (!rc && !(rc = erg__buf_add(key, t->keys.buf + x->key, x->keylen)))
        *v = erg__map_get_hashed(spans, key->buf, key->len, h ? h : erg__hash(key->buf, key->len));
    return rc;
}

int erg__spans_tails(const erg_map_t *spans, erg_tails_t *out)
{
    uint64_t nbits = 4096;
    while (nbits < 8 * (uint64_t)spans->n)
        nbits *= 2;
    if (!(out->bits = calloc(nbits / 64, sizeof *out->bits)))
        return ERG_ENOMEM;
    out->mask = nbits - 1;
    for (size_t i = 0; i < spans->cap; i++) {
        const erg_map_slot_t *s = &spans->slots[i];
        size_t sp = s->key ? s->klen : 0;
        while (sp && s->key[sp - 1] != ' ')
            sp--;
        if (sp) {
            uint64_t b = (erg__hash(s->key + sp, s->klen - sp) >> 24) & out->mask;
            out->bits[b / 64] |= (uint64_t)1 << (b % 64);
        }
    }
    return 0;
}

void erg__tails_release(erg_tails_t *t)
{
    free(t->bits);
    memset(t, 0, sizeof *t);
}

size_t erg__tokens_at(const erg_tokens_t *t, size_t start)
{
    /* the answer is in [base, base + n]; each step keeps the half holding
     * it by a conditional move, not a branch: the rules call this for most
     * mentions, and half of the branches of the plain search were
     * mispredicted (1.5% of the time of a build) */
    if (t->at) {
        size_t b = start >> ERG_TOKENS_AT_SHIFT, k;
        if (b >= t->nat)
            return t->n;
        for (k = t->at[b]; k < t->n && t->tok[k].start < start; k++)
            ;
        return k;
    }
    const erg_token_t *base = t->tok;
    size_t n = t->n;
    if (!n)
        return 0;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].start < start ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t->tok) + (base->start < start);
}
