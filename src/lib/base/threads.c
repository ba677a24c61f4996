/* threads.c: serial numbers, per-thread objects, the default number of
 * jobs, and output chunks formatted on threads and written in order. */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "mem.h"
#include "threads.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

size_t erg_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

unsigned long erg__serial(void)
{
    static atomic_ulong next;
    return atomic_fetch_add(&next, 1) + 1;
}

int erg__per_thread(erg_per_thread_t *s, void **out)
{
    static pthread_mutex_t making = PTHREAD_MUTEX_INITIALIZER;
    *out = NULL;
    if (s->state == 0) {
        pthread_mutex_lock(&making);
        if (s->state == 0)
            s->state = pthread_key_create(&s->key, s->release) == 0 ? 1 : -1;
        pthread_mutex_unlock(&making);
    }
    if (s->state < 0)
        return 0;
    void *p = pthread_getspecific(s->key);
    if (!p && (!(p = calloc(1, s->size)) || pthread_setspecific(s->key, p))) {
        free(p);
        return ERG_ENOMEM;
    }
    *out = p;
    return 0;
}

/* ---- output chunks formatted on threads, written in order --------------- */

typedef struct {
    erg_buf_t b;
    int done, rc;
} chunk_t;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv; /* a chunk was formatted, or written, or stop */
    chunk_t *ring;
    size_t nring, n;
    size_t next;    /* the next chunk to format */
    size_t written; /* chunks put so far */
    int stop;
    erg_chunk_fmt_fn *fmt;
    void *ctx;
} chunks_t;

static void *chunk_worker(void *arg)
{
    chunks_t *c = arg;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->stop && c->next < c->n && c->next - c->written >= c->nring)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop || c->next >= c->n)
            break;
        size_t k = c->next++;
        chunk_t *s = &c->ring[k % c->nring];
        pthread_mutex_unlock(&c->mu);
        s->b.len = 0;
        int rc = c->fmt(c->ctx, k, &s->b);
        pthread_mutex_lock(&c->mu);
        s->rc = rc;
        s->done = 1;
        pthread_cond_broadcast(&c->cv);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

int erg__ordered_chunks(size_t n, size_t jobs, erg_chunk_fmt_fn *fmt, erg_chunk_put_fn *put,
                       void *ctx)
{
    if (!jobs)
        jobs = erg_default_jobs();
    if (jobs > n)
        jobs = n;
    int rc = 0;
    if (jobs <= 1) {
        erg_buf_t b = {0};
        for (size_t k = 0; k < n && !rc; k++) {
            b.len = 0;
            if (!(rc = fmt(ctx, k, &b)))
                rc = put(ctx, &b);
        }
        erg__buf_release(&b);
        return rc;
    }
    chunks_t c = {.nring = 2 * jobs, .n = n, .fmt = fmt, .ctx = ctx};
    pthread_t *tid = calloc(jobs, sizeof *tid);
    if (!tid || !(c.ring = calloc(c.nring, sizeof *c.ring))) {
        free(tid);
        return ERG_ENOMEM;
    }
    pthread_mutex_init(&c.mu, NULL);
    pthread_cond_init(&c.cv, NULL);
    size_t started = 0;
    while (started < jobs && pthread_create(&tid[started], NULL, chunk_worker, &c) == 0)
        started++;
    if (!started)
        rc = ERG_ENOMEM;
    for (size_t k = 0; k < n && !rc; k++) {
        chunk_t *s = &c.ring[k % c.nring];
        pthread_mutex_lock(&c.mu);
        while (!s->done)
            pthread_cond_wait(&c.cv, &c.mu);
        pthread_mutex_unlock(&c.mu);
        rc = s->rc ? s->rc : put(ctx, &s->b);
        pthread_mutex_lock(&c.mu);
        s->done = 0;
        c.written++;
        pthread_cond_broadcast(&c.cv);
        pthread_mutex_unlock(&c.mu);
    }
    pthread_mutex_lock(&c.mu);
    c.stop = 1;
    pthread_cond_broadcast(&c.cv);
    pthread_mutex_unlock(&c.mu);
    for (size_t i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    for (size_t i = 0; i < c.nring; i++)
        erg__buf_release(&c.ring[i].b);
    pthread_cond_destroy(&c.cv);
    pthread_mutex_destroy(&c.mu);
    free(c.ring);
    free(tid);
    return rc;
}
