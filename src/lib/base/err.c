/* err.c: error records, warnings, and bad input skipped or failed (--strict). */
#include "ergraph.h"
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

const char *erg_strerror(int code)
{
    switch (code) {
    case ERG_OK: return "success";
    case ERG_ENOMEM: return "out of memory";
    case ERG_EIO: return "input/output error";
    case ERG_EPARSE: return "malformed input";
    case ERG_EINVAL: return "invalid argument";
    case ERG_EGRAPH: return "network computation failed";
    case ERG_ERENDER: return "rendering failed";
    default: return "unknown error";
    }
}

size_t erg_inert(char *dst, size_t cap, const char *src)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(src), out = 0;
    if (!cap)
        return 0;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)src + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        char e[8];
        size_t elen;
        if (k < 1) { /* a byte of invalid UTF-8 (a 0x9B would be a CSI) */
            unsigned char c = (unsigned char)src[i];
            elen = (size_t)snprintf(e, sizeof e, "\\x%c%c", hex[c >> 4], hex[c & 15]);
            k = 1;
        } else if (cp == '\n' || cp == '\t' || cp == '\r') {
            elen = (size_t)snprintf(e, sizeof e, "\\%c", cp == '\n' ? 'n' : cp == '\t' ? 't' : 'r');
        } else if (cp < 0x20 || cp == 0x7F) {
            elen = (size_t)snprintf(e, sizeof e, "\\x%c%c", hex[cp >> 4], hex[cp & 15]);
        } else if (cp >= 0x80 && cp < 0xA0) { /* C1 controls: ESC's other spelling */
            elen = (size_t)snprintf(e, sizeof e, "\\u%04X", (unsigned)cp);
        } else {
            elen = (size_t)k;
            memcpy(e, src + i, elen);
        }
        if (out + elen >= cap) /* truncated between characters, never inside an escape */
            break;
        memcpy(dst + out, e, elen);
        out += elen;
        i += (size_t)k;
    }
    dst[out] = '\0';
    return out;
}

int erg__fail(erg_error_t *err, int code, const char *fmt, ...)
{
    if (err) {
        char msg[sizeof err->msg];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        erg_inert(err->msg, sizeof err->msg, msg); /* a name cannot forge a line */
        err->code = code;
    }
    return code;
}

static erg_warning_fn *warn_fn;
static void *warn_ctx;

void erg_set_warning_handler(erg_warning_fn *fn, void *ctx)
{
    warn_fn = fn;
    warn_ctx = ctx;
}

void erg__warn(const char *fmt, ...)
{
    char raw[1024], msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    erg_inert(msg, sizeof msg, raw); /* a name cannot forge a line */
    if (warn_fn)
        warn_fn(msg, warn_ctx);
    else
        fprintf(stderr, "ergraph: warning: %s\n", msg);
}

/* ---- bad input: skip with a warning, or fail when strict ---------------- */

static int strict_mode;
static size_t skip_count[3];
static char other_kinds[80]; /* erg_skipped_kinds */
static size_t nkinds;

void erg_set_strict(int on) { strict_mode = on; }

size_t erg_skipped(int what) { return what >= ERG_SKIP_FILE && what <= ERG_SKIP_OTHER ? skip_count[what] : 0; }

const char *erg_skipped_kinds(void) { return other_kinds; }

void erg__skip_other(const char *name)
{
    skip_count[ERG_SKIP_OTHER]++;
    const char *dot = strrchr(name, '.');
    char kind[16];
    if (!dot || dot == name || strlen(dot) >= sizeof kind)
        snprintf(kind, sizeof kind, "%s", dot && dot != name ? "long extension" : "no extension");
    else
        snprintf(kind, sizeof kind, "%s", dot);
    for (char *p = kind; *p; p++) /* .PDF and .pdf are one kind */
        *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    /* the kinds listed so far, each whole and followed by ", " or the end */
    size_t len = strlen(other_kinds), k = strlen(kind);
    for (const char *p = other_kinds; (p = strstr(p, kind)); p += k)
        if ((p == other_kinds || p[-1] == ' ') && (p[k] == ',' || p[k] == '\0'))
            return;
    if (nkinds == 3) {
        if (len + 5 < sizeof other_kinds && !strstr(other_kinds, "..."))
            strcat(other_kinds, ", ...");
        return;
    }
    if (len + k + 3 < sizeof other_kinds) {
        snprintf(other_kinds + len, sizeof other_kinds - len, "%s%s", len ? ", " : "", kind);
        nkinds++;
    }
}

int erg__skip(erg_error_t *err, int code, int what, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (strict_mode)
        return erg__fail(err, code, "%s", msg);
    if (what != ERG_SKIP_FILE && what != ERG_SKIP_ARTICLE) {
        erg__warn("%s", msg); /* repaired, not skipped */
        return 0;
    }
    skip_count[what]++;
    erg__warn("%s; skipped", msg);
    return 0;
}
