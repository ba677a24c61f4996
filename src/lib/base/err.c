/* err.c: error records, warnings, and bad input skipped or failed (--strict). */
#include "ergraph.h"
#include "err.h"

#include <stdarg.h>
#include <stdio.h>

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

int erg__fail(erg_error_t *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
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
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (warn_fn)
        warn_fn(msg, warn_ctx);
    else
        fprintf(stderr, "ergraph: warning: %s\n", msg);
}

/* ---- bad input: skip with a warning, or fail when strict ---------------- */

static int strict_mode;
static size_t skip_count[2];

void erg_set_strict(int on) { strict_mode = on; }

size_t erg_skipped(int what) { return what == ERG_SKIP_FILE || what == ERG_SKIP_ARTICLE ? skip_count[what] : 0; }

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
