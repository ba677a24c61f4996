/*
 * escape.h: text made safe for the output formats, shared by the writers of
 * io/ and render/ so that every XML output (GraphML, GEXF, SVG, the page)
 * replaces the same characters the same way, and every picture caps its
 * strings the same way.
 */
#ifndef ERG_ESCAPE_H
#define ERG_ESCAPE_H

#include "mem.h"

#include <stddef.h>

/* U+FFFD, which stands for a character an output cannot carry. */
#define ERG_REPLACEMENT "\xEF\xBF\xBD"

/* The length in bytes (1 to 4) of the character at `s` (not at its NUL),
 * and in *ok whether XML 1.0 may carry it: 0 for a C0 control other than
 * tab, line feed and carriage return, a noncharacter (U+FDD0 to U+FDEF, and
 * U+FFFE and U+FFFF of every plane) and a byte that is not valid UTF-8
 * (then the length is 1). */
size_t erg__xml_char(const char *s, int *ok);

/* Appends `s` with each character XML may not carry replaced by
 * ERG_REPLACEMENT, nothing else changed (the caller's library escapes
 * &, < and >). 0 or ERG_ENOMEM. */
int erg__buf_add_xmlsafe(erg_buf_t *b, const char *s);

/* The length of the longest start of `s` that is at most `max` bytes and
 * ends at a character boundary (strlen(s) when it is short enough). */
size_t erg__utf8_cut(const char *s, size_t max);

#endif
