/*
 * threads.h: serial numbers, one object of a kind per thread, and output
 * chunks formatted on threads and handed on in order.
 */
#ifndef ERG_THREADS_H
#define ERG_THREADS_H

#include "mem.h"
#include <pthread.h>
#include <stddef.h>

/* A number never returned before in this process (from any thread): it
 * names one state of a table, so that a cache built from that table can
 * tell when the table changed or another one took its address. */
unsigned long erg__serial(void);

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
int erg__per_thread(erg_per_thread_t *s, void **out);

/* Formats chunk k (of n) into `out` (emptied first), on any thread. */
typedef int erg_chunk_fmt_fn(void *ctx, size_t k, erg_buf_t *out);
/* Hands a formatted chunk on, on the calling thread, in order. */
typedef int erg_chunk_put_fn(void *ctx, const erg_buf_t *chunk);
/* Formats chunks 0..n-1 on `jobs` threads (0: one per core) and puts them
 * in order, holding at most two per thread; returns the first failure. */
int erg__ordered_chunks(size_t n, size_t jobs, erg_chunk_fmt_fn *fmt, erg_chunk_put_fn *put,
                       void *ctx);

#endif
