/*
 * decode.c: the bytes of an input file -> article text (valid UTF-8 with
 * no NUL), or the verdict that the file is not text.
 *
 * Scrapers and exports leave all sorts in a corpus folder. A file is
 * binary when it starts with the signature of a common binary format or
 * when NUL bytes are frequent near its start (text with a few stray NULs is
 * repaired instead). UTF-16 with a byte-order mark is converted. Invalid
 * UTF-8 and NUL bytes become U+FFFD, so nothing invalid reaches an output.
 * A UTF-8 byte-order mark is kept: it is not a letter, so it never enters a
 * token, and offsets in a valid UTF-8 file stay those of the file on disk.
 */
#include "ergraph.h"
#include "files.h"
#include "mem.h"
#include "corpus_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const struct {
    const char *magic;
    size_t len;
    const char *what;
} signatures[] = {
    {"\x89PNG\r\n\x1a\n", 8, "PNG image"}, {"\xff\xd8\xff", 3, "JPEG image"},
    {"GIF8", 4, "GIF image"},              {"%PDF-", 5, "PDF document"},
    {"\x1f\x8b", 2, "gzip data"},          {"PK\x03\x04", 4, "zip archive"},
    {"BZh", 3, "bzip2 data"},              {"\xfd" "7zXZ", 5, "xz data"},
    {"\x28\xb5\x2f\xfd", 4, "zstd data"},  {"\x7f" "ELF", 4, "ELF executable"},
    {"SQLite format 3", 15, "SQLite database"},
};

/* Converts UTF-16 (after its byte-order mark) to UTF-8 in `out`. */
static int from_utf16(const unsigned char *s, size_t n, int big, erg_buf_t *out)
{
    for (size_t i = 0; i + 1 < n; i += 2) {
        uint32_t u = big ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
            uint32_t v = big ? (uint32_t)s[i + 2] << 8 | s[i + 3] : (uint32_t)s[i + 3] << 8 | s[i + 2];
            if (v >= 0xDC00 && v < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            }
        }
        if ((u >= 0xD800 && u < 0xE000) || u == 0)
            u = 0xFFFD; /* an unpaired surrogate, or NUL */
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)u, enc);
        if (erg__buf_add(out, (const char *)enc, (size_t)k))
            return ERG_ENOMEM;
    }
    if (n % 2 && erg__buf_add(out, "\xEF\xBF\xBD", 3))
        return ERG_ENOMEM; /* a truncated last unit */
    return 0;
}

const char *erg__binary_kind(const char *buf, size_t len)
{
    for (size_t i = 0; i < sizeof signatures / sizeof signatures[0]; i++)
        if (len >= signatures[i].len && memcmp(buf, signatures[i].magic, signatures[i].len) == 0)
            return signatures[i].what;
    if (len >= 2 && ((unsigned char)buf[0] == 0xFF || (unsigned char)buf[0] == 0xFE))
        return NULL; /* maybe UTF-16 with a byte-order mark: its NULs are text */
    size_t head = len < 8192 ? len : 8192, nul = 0;
    /* memchr: text has none, found at its speed rather than byte by byte */
    for (const char *p = buf, *end = buf + head; (p = memchr(p, '\0', (size_t)(end - p))); p++)
        nul++;
    /* a few stray NULs in text are repaired; many are a binary format */
    return nul > 8 && nul * 64 > head ? "binary data (NUL bytes)" : NULL;
}

int erg__decode_text(char **buf, size_t *len, size_t *first_bad, size_t *nbad)
{
    const unsigned char *s = (const unsigned char *)*buf;
    size_t n = *len;
    *nbad = 0;
    *first_bad = 0;
    erg_buf_t out = {0};
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
        if (from_utf16(s + 2, n - 2, s[0] == 0xFE, &out) ||
            (!out.buf && erg__buf_add(&out, "", 0))) {
            erg__buf_release(&out);
            return ERG_ENOMEM;
        }
        free(*buf);
        *buf = out.buf;
        *len = out.len;
        return 1; /* converted; a caller may say so */
    }
    if (erg__utf8_valid(*buf, n)) {
        *first_bad = n;
        return 0; /* valid UTF-8 without NUL is left as it is */
    }
    size_t newlen;
    char *clean = erg__utf8_repair(*buf, n, &newlen, first_bad, nbad);
    if (!clean)
        return ERG_ENOMEM;
    if (*nbad == 0) {
        free(clean);
        return 0; /* valid UTF-8 without NUL is left as it is */
    }
    free(*buf);
    *buf = clean;
    *len = newlen;
    return 2;
}
