/*
 * jsonw.c: JSON values written straight into a buffer, byte for byte as
 * cJSON_PrintUnformatted prints the same values (tests/unit/test_jsonw.c
 * holds it to that), for outputs too large to build as cJSON trees first:
 * a network's links with their documents and evidence. Building a tree
 * copies every string, and cJSON prints each number twice to check it.
 */
#include "ergraph.h"
#include "jsonw.h"
#include "mem.h"

#include <float.h>
#include <pthread.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Does any of the eight bytes of x need escaping: below 32, '"' or '\\'?
 * (Exact as a yes or no: the classic test for a byte below n, n <= 128.) */
static int any_escape(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t q = x ^ (ones * '"'), k = x ^ (ones * '\\');
    return (((x - ones * 32) & ~x) | ((q - ones) & ~q) | ((k - ones) & ~k)) & high ? 1 : 0;
}

/* The same test on sixteen bytes at once, in GCC's vector extension (SSE2
 * on the baseline target): a snippet, most of the bytes written, takes a
 * quarter of the steps of the test above and its loop. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));
static int any_escape16(const unsigned char *c)
{
    bytes16 x;
    memcpy(&x, c, 16);
    bytes16 m = (bytes16)((x < 32) | (x == '"') | (x == '\\'));
    uint64_t h[2];
    memcpy(h, &m, 16);
    return (h[0] | h[1]) != 0;
}

int erg__jw_string(erg_buf_t *b, const char *s)
{
    if (!s)
        return erg__buf_add(b, "\"\"", 2);
    /* the longest form: every byte as \u00XX, and the quotes */
    size_t n = strlen(s);
    void *p = b->buf;
    if (erg__grow(&p, &b->cap, b->len + 6 * n + 3, 1))
        return ERG_ENOMEM;
    b->buf = p;
    char *o = b->buf + b->len;
    *o++ = '"';
    const unsigned char *c = (const unsigned char *)s, *end = c + n;
    while (c < end) {
        uint64_t w;
        if (end - c >= 16 && !any_escape16(c)) {
            memcpy(o, c, 16);
            o += 16;
            c += 16;
            continue;
        }
        /* the last bytes of a longer string: the sixteen (or eight) that
         * end it, when none needs an escape; those of them before c were
         * then copied as they are, and are written again the same */
        size_t left = (size_t)(end - c);
        if (left < 16 && n >= 16 && !any_escape16(end - 16)) {
            memcpy(o + left - 16, end - 16, 16);
            o += left;
            break;
        }
        if (left < 8 && n >= 8 && (memcpy(&w, end - 8, 8), !any_escape(w))) {
            memcpy(o + left - 8, end - 8, 8);
            o += left;
            break;
        }
        if (end - c >= 8 && (memcpy(&w, c, 8), !any_escape(w))) {
            memcpy(o, c, 8); /* most text needs no escape: eight bytes at a time */
            o += 8;
            c += 8;
            continue;
        }
        for (const unsigned char *stop = end - c >= 8 ? c + 8 : end; c < stop; c++) {
            if (*c >= 32 && *c != '"' && *c != '\\') {
                *o++ = (char)*c;
                continue;
            }
            *o++ = '\\';
            switch (*c) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '\b': *o++ = 'b'; break;
            case '\f': *o++ = 'f'; break;
            case '\n': *o++ = 'n'; break;
            case '\r': *o++ = 'r'; break;
            case '\t': *o++ = 't'; break;
            default:
                o += sprintf(o, "u%04x", *c); /* cJSON's lowercase hex */
            }
        }
    }
    *o++ = '"';
    *o = '\0';
    b->len = (size_t)(o - b->buf);
    return 0;
}

int erg__jw_long(erg_buf_t *b, long v)
{
    char d[24], *e = d + sizeof d, *p = e;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    return erg__buf_add(b, p, (size_t)(e - p));
}

int erg__jw_number(erg_buf_t *b, double d)
{
    if (isnan(d) || isinf(d))
        return erg__buf_add(b, "null", 4);
    /* an integer below 10^15 is its digits in %1.15g, printed here without
     * printf (which -0 still goes through: "-0") */
    if (fabs(d) < 1e15 && d == (double)(long)d && !(d == 0 && signbit(d)))
        return erg__jw_long(b, (long)d);
    /* 15 digits when they give the number back within a relative
     * DBL_EPSILON (cJSON's test, not an exact round trip), else 17 */
    char s[32];
    snprintf(s, sizeof s, "%1.15g", d);
    double t = strtod(s, NULL), m = fabs(t) > fabs(d) ? fabs(t) : fabs(d);
    if (!(fabs(t - d) <= m * DBL_EPSILON))
        snprintf(s, sizeof s, "%1.17g", d);
    return erg__buf_adds(b, s);
}

/* cJSON allocates through hooks: these count its failures, per thread. */
static _Thread_local unsigned long failed_allocs;

static void *counted_malloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        failed_allocs++;
    return p;
}

static void install_hooks(void)
{
    cJSON_Hooks h = {counted_malloc, free};
    cJSON_InitHooks(&h);
}

cJSON *erg__json_parse(const char *buf, size_t len, const char **end, int *oom)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, install_hooks);
    unsigned long before = failed_allocs;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len, end, 0);
    *oom = !root && failed_allocs != before;
    return root;
}
