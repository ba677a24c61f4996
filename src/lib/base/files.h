/*
 * files.h: whole files read into a buffer the caller frees, outputs
 * written through a temporary file renamed on success, UTF-8 repair and
 * line/column positions for messages.
 */
#ifndef ERG_FILES_H
#define ERG_FILES_H

#include "ergraph.h"

#include <stdio.h>
#include <stddef.h>

/* Reads a whole file ("-" is stdin) into a NUL-terminated buffer the caller
 * frees. */
int erg__read_file(const char *path, char **out, size_t *len, erg_error_t *err);

/* The most read whole from a source of unknown size (standard input, a
 * device, a FIFO), which may never end (/dev/zero). */
#define ERG_MAX_STREAM ((size_t)1 << 30)

/* The same, failing with ERG_EINVAL past `max` bytes (0: no bound for a
 * regular file, ERG_MAX_STREAM for any other source). */
int erg__read_file_max(const char *path, size_t max, char **out, size_t *len, erg_error_t *err);

/* A copy of s[0..n) with invalid UTF-8 replaced by U+FFFD; caller frees. */
char *erg__utf8_clean(const char *s, size_t n);

/* The same, also giving the new length, the offset of the first invalid
 * sequence (n when none) and how many were replaced. */
char *erg__utf8_repair(const char *s, size_t n, size_t *len, size_t *first_bad, size_t *nbad);

/* Is s[0..n) valid UTF-8 without NUL, so that erg__utf8_repair would
 * change nothing? Reads it without copying: most text is. */
int erg__utf8_valid(const char *s, size_t n);

/* A copy of s[0..n) that is valid UTF-8 and can be undone, for names
 * (file names, ids) that must stay distinct: each byte of an invalid
 * sequence (and a NUL) becomes \xNN, and so does a backslash that begins
 * "\x" and two hex digits; anything else is kept. Caller frees; NULL when
 * out of memory. */
char *erg__utf8_escape(const char *s, size_t n);

/* Line and column (1-based, column in bytes) of offset `off` in `buf`. */
void erg__line_col(const char *buf, size_t off, size_t *line, size_t *col);

/* Notes that the file open on `fd` (read as `path`) is an input, so that
 * erg__ofile_open refuses to write over it; only with erg_set_guard_inputs
 * on, and only for regular files. */
void erg__input_seen(int fd, const char *path);
/* Forgets it again: a file read and then skipped as no input of ours (a
 * graph.json met in a corpus folder) may be written over. */
void erg__input_forget(const char *path);

/* Output files written whole or not at all: a temporary file beside the
 * target, renamed over it by erg__ofile_commit; the file replaced keeps its
 * mode. A symlink is followed: its target is replaced. An existing character
 * device or FIFO is written into directly (tmp is NULL); any other file that
 * is not a regular file is refused, and so is a file read as an input.
 * "-" writes to stdout. path is the name given, dest the file replaced. */
typedef struct {
    FILE *fp;
    char *path, *dest, *tmp;
} erg_ofile_t;

int erg__ofile_open(erg_ofile_t *o, const char *path, erg_error_t *err);
/* Flushes, closes and renames; on any failure removes the temporary. */
int erg__ofile_commit(erg_ofile_t *o, erg_error_t *err);
/* Closes and removes the temporary; safe to call after commit. */
void erg__ofile_abort(erg_ofile_t *o);

#endif
