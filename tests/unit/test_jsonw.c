/* test_jsonw.c: the JSON value writer (src/lib/jsonw.c) against cJSON
 * itself, the reference it must match byte for byte: every byte value,
 * strings that need escaping, numbers at cJSON's format boundaries and a
 * deterministic stream of random doubles and integers. */
#include "harness.h"
#include "jsonw.h"

#include <cjson/cJSON.h>
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

static int mismatches;

static void same(cJSON *ref, const erg_buf_t *got)
{
    char *want = cJSON_PrintUnformatted(ref);
    if (!want || !got->buf || strcmp(want, got->buf) != 0) {
        if (mismatches++ < 10)
            fprintf(stderr, "jsonw: got '%s', cJSON prints '%s'\n", got->buf ? got->buf : "(null)",
                    want ? want : "(null)");
        CHECK(0);
    } else {
        CHECK(1);
    }
    cJSON_free(want);
    cJSON_Delete(ref);
}

static void string_case(const char *s)
{
    erg_buf_t b = {0};
    CHECK(erg__jw_string(&b, s) == 0);
    same(cJSON_CreateString(s), &b);
    erg__buf_release(&b);
}

static void number_case(double d)
{
    erg_buf_t b = {0};
    CHECK(erg__jw_number(&b, d) == 0);
    same(cJSON_CreateNumber(d), &b);
    erg__buf_release(&b);
}

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

int main(void)
{
    /* every byte alone, and inside text */
    for (int c = 1; c < 256; c++) {
        char s[8] = {(char)c, 0};
        string_case(s);
        char t[8] = {'a', (char)c, 'b', 0};
        string_case(t);
    }
    string_case("");
    string_case("Kim Jong Un \"Rocket Man\" \\ path\\to\tx\r\n\x01\x1f\x7f");
    string_case("Korea Utara \xe2\x80\x94 \xed\x95\x9c\xea\xb5\xad </script>");
    /* runs of every length around the sixteen and eight bytes tested at a
     * time and the last ones tested from the end, with escapes anywhere in
     * them */
    const char pool[] = "abcXYZ \"\\/\x01\x08\x0c\n\r\t\x1f\x7f\x80\xc3\xa9\xff 0{}";
    for (int i = 0; i < 50000; i++) {
        char r[80];
        size_t len = next() % 72;
        int plain = i % 2; /* half of them mostly plain text */
        for (size_t k = 0; k < len; k++) {
            uint64_t x = next();
            r[k] = plain && x % 16 ? (char)('a' + x % 26) : pool[x % (sizeof pool - 1)];
        }
        r[len] = 0;
        string_case(r);
    }
    erg_buf_t b = {0};
    CHECK(erg__jw_string(&b, NULL) == 0);
    CHECK_STR(b.buf, "\"\"");
    erg__buf_release(&b);

    const double edge[] = {0.0, -0.0, 1, -1, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 123456789.123,
                           (double)INT_MAX, (double)INT_MIN, (double)INT_MAX + 1,
                           (double)INT_MIN - 1, (double)INT_MAX + 0.5, 3e9, 1e15, 1e16, 1e17,
                           123456789012345678.0, 1e300, -1e300, 1e-300, 5e-324, DBL_MAX,
                           DBL_MIN, DBL_EPSILON, 0.30000000000000004, 1 - DBL_EPSILON,
                           NAN, INFINITY, -INFINITY, 99.99999999999999, 0.000123456789};
    for (size_t i = 0; i < sizeof edge / sizeof *edge; i++)
        number_case(edge[i]);
    for (int i = 0; i < 200000; i++) {
        uint64_t r = next();
        double d;
        switch (i % 4) {
        case 0: /* any bit pattern */
            memcpy(&d, &r, sizeof d);
            break;
        case 1: /* a weight in (0, 1) */
            d = (double)(r >> 11) / 9007199254740992.0;
            break;
        case 2: /* a count, up to beyond int */
            d = (double)(int64_t)(r >> (r % 40 + 24)) * (r & 1 ? 1 : -1);
            break;
        default: /* a ratio of small counts */
            d = (double)(r % 1000) / (double)(r / 1000 % 997 + 1);
        }
        number_case(d);
    }

    const long longs[] = {0, 1, -1, 9, 10, -10, LONG_MAX, LONG_MIN, 2147483648L, -2147483649L};
    for (size_t i = 0; i < sizeof longs / sizeof *longs; i++) {
        char want[32];
        snprintf(want, sizeof want, "%ld", longs[i]);
        erg_buf_t l = {0};
        CHECK(erg__jw_long(&l, longs[i]) == 0);
        CHECK_STR(l.buf, want);
        erg__buf_release(&l);
    }
    return h_summary();
}
