/*
 * mem.h: allocation helpers that return NULL or ERG_ENOMEM instead of
 * aborting, growable byte buffers (the caller releases them) and string
 * arenas (strings freed all at once with the arena).
 */
#ifndef ERG_MEM_H
#define ERG_MEM_H

#include <stddef.h>

/* Allocation helpers: NULL on overflow or failure, never abort. */
void *erg__xrealloc_array(void *p, size_t n, size_t size);
char *erg__strndup(const char *s, size_t n);
char *erg__strdup(const char *s);

/* An input's own name, the part of its path a user may show without telling
 * where it lies: "corpus" of "data/corpus/" or "/home/x/corpus", "a.txt" of
 * "data/a.txt". Returns where it starts in `input` and sets *len to its
 * length; ".", ".." and "/" have no name of their own (*len 0, and the
 * start is the end of `input`). */
size_t erg__input_name(const char *input, size_t *len);

/* Grows *p (of *cap elements of `size`) to hold at least `need`. */
int erg__grow(void **p, size_t *cap, size_t need, size_t size);

/* A growable byte buffer, always NUL-terminated once anything is added. */
typedef struct {
    char *buf;
    size_t len, cap;
} erg_buf_t;

int erg__buf_add(erg_buf_t *b, const char *s, size_t n);
int erg__buf_adds(erg_buf_t *b, const char *s);
int erg__buf_printf(erg_buf_t *b, const char *fmt, ...);
void erg__buf_release(erg_buf_t *b);

/* Strings copied into blocks and never moved: a pointer stays valid until
 * the arena is released. Zeroed means empty, with blocks of 1 MB; `block`
 * sets another size (the mentions' names of one article: a few KB), and
 * `most`, when larger, lets blocks double from `block` up to it (a map's
 * keys: most maps are small). */
typedef struct {
    struct erg_arena_block *head;
    size_t block, most;
} erg_arena_t;

/* A NUL-terminated copy of s[0..n) in the arena; NULL when out of memory. */
char *erg__arena_strndup(erg_arena_t *a, const char *s, size_t n);
void erg__arena_release(erg_arena_t *a);
/* Empties the arena but keeps its newest (largest) block for what comes next. */
void erg__arena_reset(erg_arena_t *a);

/* Sorting strings with qsort. */
int erg__cmp_str(const void *a, const void *b);

#endif
