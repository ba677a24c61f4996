/*
 * err.h: filling error records, warnings, and bad input skipped with a
 * warning or failed (--strict). Messages are copied into the caller's
 * record, control characters and invalid UTF-8 escaped (erg_inert);
 * nothing here allocates.
 */
#ifndef ERG_ERR_H
#define ERG_ERR_H

#include "ergraph.h"
#include <stdarg.h>

/* Fills `err` (when not NULL) and returns `code`. */
int erg__fail(erg_error_t *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Sends a formatted warning to the installed handler. */
void erg__warn(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* A bad input (what: ERG_SKIP_FILE or ERG_SKIP_ARTICLE): in strict mode
 * fails with `code` and the message; otherwise warns "MSG; skipped",
 * counts it and returns 0 so the caller goes on. With any other `what`
 * the input was repaired: the same, but a plain warning, not counted. */
int erg__skip(erg_error_t *err, int code, int what, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* A file of another kind (`name`: its name) met in a folder walked for
 * articles: counted, with its extension, for erg_skipped_kinds. */
void erg__skip_other(const char *name);

/* For a file of the data folder that could not be read (rc ERG_EIO):
 * adds to err's message which folder that was and how to choose another
 * (datadir.c). Returns rc. */
int erg__data_hint(erg_error_t *err, int rc);

#endif
