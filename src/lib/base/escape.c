/*
 * escape.c: characters XML 1.0 cannot carry, and strings cut at a character
 * boundary. Noncharacters are refused too, although XML 1.0 allows all but
 * U+FFFE and U+FFFF: XML 1.1 and HTML discourage them, and one rule for
 * every writer keeps a name the same in every output.
 */
#include "escape.h"

#include <string.h>

size_t erg__xml_char(const char *s, int *ok)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned long cp;
    size_t n;
    *ok = 0;
    if (p[0] < 0x80) {
        *ok = p[0] >= 0x20 || p[0] == '\t' || p[0] == '\n' || p[0] == '\r';
        return 1;
    }
    if (p[0] >= 0xC2 && p[0] <= 0xDF)
        n = 2, cp = p[0] & 0x1F;
    else if (p[0] >= 0xE0 && p[0] <= 0xEF)
        n = 3, cp = p[0] & 0x0F;
    else if (p[0] >= 0xF0 && p[0] <= 0xF4)
        n = 4, cp = p[0] & 0x07;
    else
        return 1;
    for (size_t k = 1; k < n; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return 1;
        cp = cp << 6 | (p[k] & 0x3F);
    }
    /* overlong forms, surrogates and past U+10FFFF are not UTF-8 */
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 1;
    *ok = !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    return n;
}

int erg__buf_add_xmlsafe(erg_buf_t *b, const char *s)
{
    int rc = 0;
    while (*s && !rc) {
        const char *run = s;
        int ok = 1;
        size_t n = 0;
        while (*s && (n = erg__xml_char(s, &ok), ok))
            s += n;
        rc = erg__buf_add(b, run, (size_t)(s - run));
        if (*s && !rc) {
            rc = erg__buf_adds(b, ERG_REPLACEMENT);
            s += n;
        }
    }
    /* an empty string still leaves a NUL-terminated buffer */
    return rc ? rc : erg__buf_add(b, "", 0);
}

size_t erg__utf8_cut(const char *s, size_t max)
{
    size_t len = strlen(s);
    if (len <= max)
        return len;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}
