/*
 * parallel.c: articles recognized on worker threads and handed on in input
 * order, so that every output is the same for any number of threads.
 *
 * The calling thread reads the inputs into a ring of slots (so the corpus,
 * its skip warnings and cJSON's global error pointer stay on one thread,
 * and warnings come out in input order), workers recognize the slots in
 * turn, and the calling thread hands each recognized slot, in order, to
 * `take`. Workers only read the gazetteer, the recognizer (resolved before
 * they start, never lazily) and the options; each slot owns its article,
 * mentions and error record. With one job no thread is started.
 *
 * A failure stops the run at the article it concerns; the slots read ahead
 * of it (at most 16 per job) may already have printed their skip warnings.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "err.h"
#include "pipeline_internal.h"
#include "recognize.h"
#include "text.h"

#include "timing.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SLOT_FREE, SLOT_READ, SLOT_DONE };

static erg_progress_fn *progress_fn;
static void *progress_ctx;

void erg_set_progress(erg_progress_fn *fn, void *ctx)
{
    progress_fn = fn;
    progress_ctx = ctx;
}

/* Articles and bytes handed on so far, for the progress callback. */
typedef struct {
    size_t articles, bytes;
} tally_t;

typedef struct {
    erg_article_t a;
    erg_mentions_t m;
    void *picked; /* what `pick` chose; NULL: neither recognized nor taken */
    int state, rc;
    erg_error_t err;
} slot_t;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t work; /* a slot was read, or stop */
    pthread_cond_t done; /* a slot was recognized */
    slot_t *slot;
    size_t nslot;
    size_t nread;     /* slots read so far (sequence numbers) */
    size_t next_work; /* the next sequence number to recognize */
    size_t taken;     /* slots taken so far */
    size_t ndone;     /* recognized and not yet taken */
    int waiting;      /* the calling thread waits on `done` */
    int stop;
    const erg_gazetteer_t *g;
    const erg_recognize_opts_t *o;
} pool_t;

/* Recognizes one slot, unless it holds an error or was not picked. */
static void recognize_slot(const pool_t *p, slot_t *s)
{
    if (!s->rc && s->picked) {
        double t = erg__timing_start();
        s->rc = erg_recognize_opts(p->g, &s->a, p->o, &s->m, &s->err);
        erg__timing_add("recognize", t);
    }
}

/* Enough is recognized for the calling thread to take a batch: half the
 * ring, or all that was read. Waking it for each slot instead costs a
 * futex round trip per article, a tenth of the run's CPU time. */
static int batch_ready(const pool_t *p)
{
    return p->slot[p->taken % p->nslot].state == SLOT_DONE &&
           (p->ndone >= p->nslot / 2 || p->ndone == p->nread - p->taken);
}

static void *worker(void *arg)
{
    pool_t *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next_work == p->nread)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->stop)
            break;
        slot_t *s = &p->slot[p->next_work++ % p->nslot];
        pthread_mutex_unlock(&p->mu);
        recognize_slot(p, s);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        p->ndone++;
        if (p->waiting && batch_ready(p))
            pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Reads the next article into slot s and picks it; 0 at the end of the
 * inputs, 1 otherwise (s->rc holds a failure to hand on in order). */
static int read_slot(erg_corpus_t *c, slot_t *s, erg_pick_fn *pick, void *ctx)
{
    memset(&s->err, 0, sizeof s->err);
    s->picked = NULL;
    s->rc = 0;
    double t = erg__timing_start();
    int r = erg_corpus_next(c, &s->a, &s->err);
    erg__timing_add("read", t);
    if (r == 0)
        return 0;
    if (r < 0)
        s->rc = r;
    else
        s->picked = pick(ctx, &s->a, &s->err, &s->rc);
    return 1;
}

/* Hands slot s on (or its failure), counts it and empties it. */
static int take_slot(slot_t *s, erg_take_fn *take, void *ctx, tally_t *t, erg_error_t *err)
{
    int rc = s->rc;
    if (rc && err)
        *err = s->err;
    else if (s->picked)
        rc = take(ctx, s->picked, &s->a, &s->m, err);
    if (!rc && progress_fn) {
        t->articles++;
        t->bytes += s->a.len;
        progress_fn(progress_ctx, t->articles, t->bytes, 0);
    }
    erg_article_release(&s->a);
    return rc;
}

static int run_threads(pool_t *p, erg_corpus_t *c, size_t jobs, erg_pick_fn *pick,
                       erg_take_fn *take, void *ctx, tally_t *t, erg_error_t *err)
{
    pthread_t *tid = calloc(jobs, sizeof *tid);
    size_t started = 0;
    int rc = tid ? 0 : erg__fail(err, ERG_ENOMEM, "out of memory");
    while (!rc && started < jobs && pthread_create(&tid[started], NULL, worker, p) == 0)
        started++;
    if (!rc && !started)
        rc = erg__fail(err, ERG_ENOMEM, "cannot start a thread");
    int eof = 0;
    while (!rc) {
        while (!eof && p->nread - p->taken < p->nslot) {
            slot_t *s = &p->slot[p->nread % p->nslot];
            if (!read_slot(c, s, pick, ctx)) {
                eof = 1;
                break;
            }
            eof = s->rc != 0; /* nothing is read past a failure */
            pthread_mutex_lock(&p->mu);
            s->state = SLOT_READ;
            p->nread++;
            pthread_cond_signal(&p->work);
            pthread_mutex_unlock(&p->mu);
        }
        if (p->taken == p->nread)
            break;
        slot_t *s = &p->slot[p->taken % p->nslot];
        pthread_mutex_lock(&p->mu);
        if (s->state != SLOT_DONE) {
            p->waiting = 1;
            while (!batch_ready(p))
                pthread_cond_wait(&p->done, &p->mu);
            p->waiting = 0;
        }
        pthread_mutex_unlock(&p->mu);
        rc = take_slot(s, take, ctx, t, err);
        pthread_mutex_lock(&p->mu); /* workers read these in batch_ready */
        s->state = SLOT_FREE;
        p->ndone--;
        p->taken++;
        pthread_mutex_unlock(&p->mu);
    }
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (size_t i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    free(tid);
    return rc;
}

int erg__each_article(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                     const erg_recognize_opts_t *o, erg_pick_fn *pick, erg_take_fn *take,
                     void *ctx, erg_error_t *err)
{
    erg_recognize_opts_t opts;
    if (o)
        opts = *o;
    else
        erg_recognize_opts_init(&opts);
    size_t jobs = opts.jobs ? opts.jobs : erg_default_jobs();
    erg_corpus_t *c = NULL;
    int rc = erg_corpus_open(&c, inputs, n, err); /* bad inputs are named first */
    /* what recognition would load on first use is loaded here, once */
    if (!rc && !opts.rec)
        rc = erg__recognizer_default(&opts.rec, err);
    if (rc) {
        erg_corpus_free(c);
        return rc;
    }
    pool_t p = {.nslot = jobs == 1 ? 1 : 16 * jobs, .g = g, .o = &opts};
    if (!(p.slot = calloc(p.nslot, sizeof *p.slot))) {
        erg_corpus_free(c);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < p.nslot; i++)
        erg_mentions_init(&p.slot[i].m);
    tally_t t = {0, 0};
    if (jobs == 1) {
        slot_t *s = &p.slot[0];
        while (!rc && read_slot(c, s, pick, ctx)) {
            recognize_slot(&p, s);
            rc = take_slot(s, take, ctx, &t, err);
        }
    } else {
        pthread_mutex_init(&p.mu, NULL);
        pthread_cond_init(&p.work, NULL);
        pthread_cond_init(&p.done, NULL);
        rc = run_threads(&p, c, jobs, pick, take, ctx, &t, err);
        pthread_cond_destroy(&p.done);
        pthread_cond_destroy(&p.work);
        pthread_mutex_destroy(&p.mu);
    }
    for (size_t i = 0; i < p.nslot; i++) {
        erg_article_release(&p.slot[i].a);
        erg_mentions_release(&p.slot[i].m);
    }
    free(p.slot);
    erg_corpus_free(c);
    if (progress_fn)
        progress_fn(progress_ctx, t.articles, t.bytes, 1);
    return rc;
}

/* ---- the public form: every article, no picking ------------------------- */

typedef struct {
    erg_article_fn *fn;
    void *ctx;
} each_t;

static void *pick_all(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc)
{
    (void)a, (void)err, (void)rc;
    return ctx;
}

static int take_each(void *ctx, void *picked, const erg_article_t *a, const erg_mentions_t *m,
                     erg_error_t *err)
{
    (void)picked;
    const each_t *e = ctx;
    return e->fn(e->ctx, a, m, err);
}

int erg_recognize_inputs(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                         const erg_recognize_opts_t *o, erg_article_fn *fn, void *ctx,
                         erg_error_t *err)
{
    each_t e = {fn, ctx};
    return erg__each_article(g, inputs, n, o, pick_all, take_each, &e, err);
}
