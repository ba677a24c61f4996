/*
 * internal.h: helpers shared by the library's modules; not installed, not
 * for the CLI. Everything here returns ERG_* codes like the public API.
 */
#ifndef ERG_INTERNAL_H
#define ERG_INTERNAL_H

#include "../ergraph.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>

/* Fills `err` (when not NULL) and returns `code`. */
int erg_fail(erg_error_t *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Sends a formatted warning to the installed handler. */
void erg_warn(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* A bad input (what: ERG_SKIP_FILE or ERG_SKIP_ARTICLE): in strict mode
 * fails with `code` and the message; otherwise warns "MSG; skipped",
 * counts it and returns 0 so the caller goes on. With any other `what`
 * the input was repaired: the same, but a plain warning, not counted. */
int erg_skip(erg_error_t *err, int code, int what, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Allocation helpers: NULL on overflow or failure, never abort. */
void *erg_xrealloc_array(void *p, size_t n, size_t size);
char *erg_strndup(const char *s, size_t n);
char *erg_strdup(const char *s);

/* Grows *p (of *cap elements of `size`) to hold at least `need`. */
int erg_grow(void **p, size_t *cap, size_t need, size_t size);

/* A growable byte buffer, always NUL-terminated once anything is added. */
typedef struct {
    char *buf;
    size_t len, cap;
} erg_buf_t;

int erg_buf_add(erg_buf_t *b, const char *s, size_t n);
int erg_buf_adds(erg_buf_t *b, const char *s);
int erg_buf_printf(erg_buf_t *b, const char *fmt, ...);
void erg_buf_release(erg_buf_t *b);

/* jsonw.c: JSON values appended to a buffer exactly as
 * cJSON_PrintUnformatted prints them (NULL prints as ""). */
int erg_jw_string(erg_buf_t *b, const char *s);
int erg_jw_number(erg_buf_t *b, double d);
int erg_jw_long(erg_buf_t *b, long v);

/* Reads a whole file ("-" is stdin) into a NUL-terminated buffer the caller
 * frees. */
int erg_read_file(const char *path, char **out, size_t *len, erg_error_t *err);

/* A copy of s[0..n) with invalid UTF-8 replaced by U+FFFD; caller frees. */
char *erg_utf8_clean(const char *s, size_t n);

/* The same, also giving the new length, the offset of the first invalid
 * sequence (n when none) and how many were replaced. */
char *erg_utf8_repair(const char *s, size_t n, size_t *len, size_t *first_bad, size_t *nbad);

/* Input decoding (decode.c). The kind of binary file `buf` holds ("PNG
 * image"), or NULL when it may be text. */
const char *erg_binary_kind(const char *buf, size_t len);
/* Makes *buf (len bytes, malloc'd) valid UTF-8 without NUL, replacing it
 * when needed: returns 0 when it already was, 1 after converting UTF-16
 * (with a byte-order mark), 2 after repairing *nbad invalid sequences (the
 * first at byte *first_bad) with U+FFFD, or ERG_ENOMEM. */
int erg_decode_text(char **buf, size_t *len, size_t *first_bad, size_t *nbad);

/* Line and column (1-based, column in bytes) of offset `off` in `buf`. */
void erg_line_col(const char *buf, size_t off, size_t *line, size_t *col);

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
char *erg_arena_strndup(erg_arena_t *a, const char *s, size_t n);
void erg_arena_release(erg_arena_t *a);

/* A hash map from byte strings to size_t values; keys are copied into an
 * arena the map owns (one allocation for many keys, never moved). One
 * slot holds what a probe needs, its key's hash first, so a lookup reads
 * one cache line and touches a key only when the hashes agree. A slot is
 * used when its key is not NULL. */
typedef struct {
    uint64_t hash;
    const char *key;
    size_t klen;
    size_t val;
} erg_map_slot_t;

typedef struct {
    erg_map_slot_t *slots;
    size_t cap, n;
    erg_arena_t keys; /* blocks doubling from 64 bytes to 64 KB */
} erg_map_t;

void erg_map_init(erg_map_t *m);
void erg_map_release(erg_map_t *m);
/* Returns a pointer to the value of `key`, or NULL. */
size_t *erg_map_get(const erg_map_t *m, const void *key, size_t len);
/* The hash the map uses, and erg_map_get given it (to hash a key once for
 * a filter and the map). */
uint64_t erg_hash(const void *key, size_t len);
size_t *erg_map_get_hashed(const erg_map_t *m, const void *key, size_t len, uint64_t h);
/* Sets key -> val (replacing); returns 0 or ERG_ENOMEM. */
int erg_map_put(erg_map_t *m, const void *key, size_t len, size_t val);

/* A number never returned before in this process (from any thread): it
 * names one state of a table, so that a cache built from that table can
 * tell when the table changed or another one took its address. */
unsigned long erg_serial(void);

/* One object of a kind per thread (the tagger's cache, the word table),
 * made zeroed on a thread's first use and freed by `release` when that
 * thread ends; the main thread's lives until exit. One static slot per
 * kind: static erg_per_thread_t x = ERG_PER_THREAD(release, size). */
typedef struct {
    void (*release)(void *);
    size_t size;
    pthread_key_t key;
    _Atomic int state; /* 0: no key yet, 1: key made, -1: none can be made */
} erg_per_thread_t;
#define ERG_PER_THREAD(release, size) {(release), (size), 0, 0}
/* Sets *out to the calling thread's object: 0, or ERG_ENOMEM when it could
 * not be made. *out is NULL (and 0 returned) when the system has no thread
 * key left: callers then do without. */
int erg_per_thread(erg_per_thread_t *s, void **out);

/* Output files written whole or not at all: a temporary file beside the
 * target, renamed over it by erg_ofile_commit. "-" writes to stdout. */
typedef struct {
    FILE *fp;
    char *path, *tmp;
} erg_ofile_t;

int erg_ofile_open(erg_ofile_t *o, const char *path, erg_error_t *err);
/* Flushes, closes and renames; on any failure removes the temporary. */
int erg_ofile_commit(erg_ofile_t *o, erg_error_t *err);
/* Closes and removes the temporary; safe to call after commit. */
void erg_ofile_abort(erg_ofile_t *o);

/* Sorting strings with qsort. */
int erg_cmp_str(const void *a, const void *b);

/* ---- parallel.c: articles recognized on threads, taken in input order --- */

/* Chooses what an article is for (a builder, say), on the calling thread in
 * input order; NULL leaves it out unrecognized. May set *rc (and err) to
 * fail the run at that article. */
typedef void *erg_pick_fn(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc);
/* Takes a picked article with its mentions, on the calling thread, in input
 * order; 0, or a negative code that stops the run. */
typedef int erg_take_fn(void *ctx, void *picked, const erg_article_t *a,
                        const erg_mentions_t *m, erg_error_t *err);
/* Reads `inputs`, recognizes the picked articles with `o` (NULL: defaults)
 * on o->jobs threads (0: one per core) and takes them in input order. */
int erg_each_article(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                     const erg_recognize_opts_t *o, erg_pick_fn *pick, erg_take_fn *take,
                     void *ctx, erg_error_t *err);
/* Formats chunk k (of n) into `out` (emptied first), on any thread. */
typedef int erg_chunk_fmt_fn(void *ctx, size_t k, erg_buf_t *out);
/* Hands a formatted chunk on, on the calling thread, in order. */
typedef int erg_chunk_put_fn(void *ctx, const erg_buf_t *chunk);
/* Formats chunks 0..n-1 on `jobs` threads (0: one per core) and puts them
 * in order, holding at most two per thread; returns the first failure. */
int erg_ordered_chunks(size_t n, size_t jobs, erg_chunk_fmt_fn *fmt, erg_chunk_put_fn *put,
                       void *ctx);
/* The data directory's recognizer (recognize.c), opened on the first call
 * and kept for the run; call it before starting threads. Borrowed. */
int erg_recognizer_default(const erg_recognizer_t **out, erg_error_t *err);

#endif
