/*
 * corpus_internal.h: what the corpus stage's files share: decoding an
 * input file's bytes, and finding dates in article text.
 */
#ifndef ERG_CORPUS_INTERNAL_H
#define ERG_CORPUS_INTERNAL_H


#include "ergraph.h"

#include <stddef.h>

/* ---- decode.c ----------------------------------------------------------- */

/* The kind of binary file `buf` holds ("PNG
 * image"), or NULL when it may be text. */
const char *erg__binary_kind(const char *buf, size_t len);
/* Makes *buf (len bytes, malloc'd) valid UTF-8 without NUL, replacing it
 * when needed: returns 0 when it already was, 1 after converting UTF-16
 * (with a byte-order mark), 2 after repairing *nbad invalid sequences (the
 * first at byte *first_bad) with U+FFFD, or ERG_ENOMEM. */
int erg__decode_text(char **buf, size_t *len, size_t *first_bad, size_t *nbad);

/* ---- html.c ------------------------------------------------------------- */

/* A saved web page, read: its title, date (ISO, or NULL) and text (title,
 * then paragraphs separated by blank lines), each malloc'd. */
typedef struct {
    char *title, *date, *text;
    size_t len;
} erg_html_t;

/* Reads the page data[0..len) of file `path` into *out: 1, or 0 when it
 * holds no article (a warning, or under strict mode a negative code), or
 * ERG_ENOMEM. */
int erg__html_article(const char *path, const char *data, size_t len, erg_html_t *out,
                      erg_error_t *err);

/* ---- dates.c ------------------------------------------------------------ */

typedef struct {
    int y, m, d;       /* y == 0: no year given */
    size_t start, end; /* its bytes in the text */
} erg_date_t;

/* The first date in text[from..len), or 0 when there is none. */
int erg__date_scan(const char *text, size_t len, size_t from, erg_date_t *out);

#endif
