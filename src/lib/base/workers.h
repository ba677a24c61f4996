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

#endif
