/*
 * workers.h: one computation split over forked worker processes, its partial
 * sums added up in the parent (workers.c). No igraph here: the path measures
 * (paths.c) use it because igraph 0.10 as Debian builds it keeps its error
 * stack and random generator in globals, so threads cannot call it, while a
 * forked child has its own copy of all of it.
 */
#ifndef ERG_WORKERS_H
#define ERG_WORKERS_H

#include "ergraph.h"
#include "mem.h"

/* Worker `worker` of `jobs` (0-based): writes its part, `len` doubles, into
 * `out` (zeroed before the call) and returns 0, or a negative ERG_E* code
 * with `err` filled. Runs in a forked child: it may read anything the parent
 * held at the fork, and what it writes anywhere but `out` and `err` is lost. */
typedef int erg_proc_fn(void *ctx, size_t worker, size_t jobs, double *out, erg_error_t *err);

/* Runs `fn` in `jobs` (>= 1) forked children at once and waits for all of
 * them; then sum[i] = the workers' out[i] added in worker order, so the sum
 * is the same for the same `jobs`. Returns 0, or fails (sum unspecified):
 * with the code and message of the first worker that failed; with a message
 * naming the worker when one was killed by a signal or ended without its
 * result; when a child cannot be started (the others are killed). Children
 * leave with _exit(), so they flush none of the parent's stdio buffers and
 * run none of its atexit handlers; they die with the parent on Linux. Call
 * it from a process without other threads (a lock another thread holds at
 * the fork stays held in the child). */
int erg__procs_sum(size_t jobs, size_t len, erg_proc_fn *fn, void *ctx, double *sum,
                  erg_error_t *err);

/* A computation run in one forked child, for a library that cannot fail
 * cleanly: Graphviz's cairo, Pango, fontconfig and GLib crash or abort
 * when memory runs out, and print on standard error instead of returning
 * an error. fn runs in the child with `fd`, where it writes its result, and
 * `where`, a number it may set to say what it is doing when it dies; it
 * returns 0 or an ERG_E* code with `err` filled. */
typedef int erg_child_fn(void *ctx, int fd, int *where, erg_error_t *err);

typedef struct {
    erg_buf_t out; /* what the child wrote to fd */
    erg_buf_t log; /* what it wrote on standard error */
    int rc;        /* fn's result; ERG_EIO when fn never returned */
    int signo;     /* the signal that ended the child, or 0 */
    int where;     /* the last value the child stored in *where */
} erg_child_t;

/* Runs fn in a forked child and waits for it, reading its output and its
 * standard error as they come (neither can fill up and block it). Returns
 * 0 with *res filled and, when fn failed or never returned, its error in
 * `err` (the caller releases res->out and res->log); or fails itself when
 * the child cannot be started or its output kept (res released). The same
 * rules as erg__procs_sum's children: _exit, no other threads. */
int erg__child_run(erg_child_fn *fn, void *ctx, erg_child_t *res, erg_error_t *err);

/* Writes all of buf[0..len) to fd, through interruptions: 0, or -1 with errno. */
int erg__write_all(int fd, const void *buf, size_t len);

#endif
