/*
 * parallel.c: articles recognized on several threads and handed on in input
 * order, so that every output is the same for any number of threads.
 *
 * Every thread, the calling one included, takes turns at the serial work:
 * handing the slots recognized so far, in order, to `take` (counting them
 * into a builder, say) and reading the next articles into free slots of a
 * ring; between turns it recognizes the oldest article read. The serial
 * turn is one thread's at a time, so the corpus, its skip warnings, cJSON's
 * global error pointer, `pick`, `take` and the progress callback see one
 * thread at a time, and articles are read and taken, and warnings come
 * out, in input order. Before, the calling thread read and took while `jobs`
 * workers recognized: one thread more than cores, a handoff per article,
 * and workers asleep whenever the calling thread waited for a core.
 * Recognition only reads the gazetteer, the recognizer (resolved before
 * the threads start, never lazily) and the options; each slot owns its
 * article, mentions and error record. With one job no thread is started.
 *
 * erg_recognize_inputs promises its callback the calling thread: there only
 * the calling thread takes (`caller_takes`); the others read and recognize.
 *
 * A failure stops the run at the article it concerns; the slots read ahead
 * of it (at most RING per job) may already have printed their warnings.
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

enum { SLOT_FREE, SLOT_READ, SLOT_BUSY, SLOT_DONE };

/* The ring, per job: RING slots, of which AHEAD read and waiting for a
 * thread, and at most AHEAD_BYTES of text in all. A thread that finishes
 * an article while another has the serial turn (or was preempted in it)
 * takes one read ahead instead of waiting; with one read ahead per job, a
 * thread waited a tenth of a run on real news. The ring lets articles after a long one be
 * recognized while it is: with 16 slots a job, they filled it. */
enum { RING = 128, AHEAD = 8 };
#define AHEAD_BYTES ((size_t)32 << 20)

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
    pthread_cond_t cv; /* the serial turn is free, a slot was recognized, or the end */
    slot_t *slot;
    size_t nslot;
    size_t nread;     /* slots read so far (sequence numbers) */
    size_t next_work; /* the next slot read to recognize */
    size_t taken;     /* slots taken so far */
    size_t ahead;     /* how many read slots may wait for a thread */
    size_t bytes;     /* the text of the slots read and not yet taken */
    int serial;       /* a thread is reading or taking */
    int eof;          /* nothing more to read: the end, or a failure was read */
    int rc;           /* the failure that stopped the run (err has it) */
    int waiting;      /* threads waiting on cv */
    int caller_takes; /* only the calling thread takes */
    const erg_gazetteer_t *g;
    const erg_recognize_opts_t *o;
    erg_corpus_t *c;
    erg_pick_fn *pick;
    erg_take_fn *take;
    void *ctx;
    tally_t t;
    erg_error_t *err;
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

/* Can this thread take the next slot now? */
static int can_take(const pool_t *p, int caller)
{
    return (caller || !p->caller_takes) && p->taken < p->nread &&
           p->slot[p->taken % p->nslot].state == SLOT_DONE;
}

/* Is an article to be read: the ring has room (in slots, and in bytes
 * unless it is empty) and fewer than `ahead` read articles wait for a
 * thread? */
static int can_read(const pool_t *p)
{
    return !p->eof && p->nread - p->taken < p->nslot && p->nread - p->next_work < p->ahead &&
           (p->bytes < AHEAD_BYTES || p->nread == p->taken);
}

/* The serial turn, p->mu held: takes every slot recognized in order and
 * reads articles until `ahead` wait for a thread (or the ring is full). The
 * lock is let go while taking and reading, so the other threads keep
 * recognizing; each article read is theirs at once. */
static void serial_turn(pool_t *p, int caller)
{
    p->serial = 1;
    while (!p->rc) {
        if (can_take(p, caller)) {
            slot_t *s = &p->slot[p->taken % p->nslot];
            size_t len = s->a.len;
            pthread_mutex_unlock(&p->mu);
            int rc = take_slot(s, p->take, p->ctx, &p->t, p->err);
            pthread_mutex_lock(&p->mu);
            p->bytes -= len;
            s->state = SLOT_FREE;
            p->taken++;
            p->rc = rc;
        } else if (can_read(p)) {
            slot_t *s = &p->slot[p->nread % p->nslot];
            pthread_mutex_unlock(&p->mu);
            int more = read_slot(p->c, s, p->pick, p->ctx);
            pthread_mutex_lock(&p->mu);
            if (more) {
                s->state = SLOT_READ;
                p->nread++;
                p->bytes += s->a.len;
                if (p->waiting)
                    pthread_cond_broadcast(&p->cv);
            }
            p->eof = !more || s->rc != 0; /* nothing is read past a failure */
        } else {
            break;
        }
    }
    p->serial = 0;
    if (p->waiting)
        pthread_cond_broadcast(&p->cv);
}

/* What every thread runs, p->mu held: its turns at taking and reading, and
 * recognizing what was read, until the run is over or has failed. A thread
 * that finds the serial turn taken recognizes an article read ahead
 * rather than wait for it: waiting, its core would idle. */
static void work(pool_t *p, int caller)
{
    for (;;) {
        if (p->rc || (p->eof && p->taken == p->nread))
            break;
        if (!p->serial && (can_take(p, caller) || can_read(p)))
            serial_turn(p, caller);
        if (!p->rc && p->next_work < p->nread) {
            slot_t *s = &p->slot[p->next_work++ % p->nslot];
            s->state = SLOT_BUSY;
            pthread_mutex_unlock(&p->mu);
            recognize_slot(p, s);
            pthread_mutex_lock(&p->mu);
            s->state = SLOT_DONE;
            /* the thread that may take it may be waiting for it */
            if (p->waiting)
                pthread_cond_broadcast(&p->cv);
            continue;
        }
        if (p->rc || (p->eof && p->taken == p->nread) ||
            (!p->serial && (can_take(p, caller) || can_read(p))))
            continue;
        p->waiting++;
        pthread_cond_wait(&p->cv, &p->mu);
        p->waiting--;
    }
    /* the end, or a failure: the others may be waiting for either */
    if (p->waiting)
        pthread_cond_broadcast(&p->cv);
}

static void *worker(void *arg)
{
    pool_t *p = arg;
    pthread_mutex_lock(&p->mu);
    work(p, 0);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* The calling thread and jobs - 1 more. A thread that cannot be started
 * leaves its share to the others. */
static int run_threads(pool_t *p, size_t jobs)
{
    pthread_t *tid = calloc(jobs, sizeof *tid);
    if (!tid)
        return erg__fail(p->err, ERG_ENOMEM, "out of memory");
    size_t started = 0;
    while (started + 1 < jobs && pthread_create(&tid[started], NULL, worker, p) == 0)
        started++;
    pthread_mutex_lock(&p->mu);
    work(p, 1);
    pthread_mutex_unlock(&p->mu);
    for (size_t i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    free(tid);
    return p->rc;
}

static int each_article(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                        const erg_recognize_opts_t *o, erg_pick_fn *pick, erg_take_fn *take,
                        void *ctx, int caller_takes, erg_error_t *err)
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
    pool_t p = {.nslot = jobs == 1 ? 1 : RING * jobs, .ahead = AHEAD * jobs, .caller_takes = caller_takes, .g = g,
                .o = &opts, .c = c, .pick = pick, .take = take, .ctx = ctx, .err = err};
    if (!(p.slot = calloc(p.nslot, sizeof *p.slot))) {
        erg_corpus_free(c);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < p.nslot; i++)
        erg_mentions_init(&p.slot[i].m);
    if (jobs == 1) {
        slot_t *s = &p.slot[0];
        while (!rc && read_slot(c, s, pick, ctx)) {
            recognize_slot(&p, s);
            rc = take_slot(s, take, ctx, &p.t, err);
        }
    } else {
        pthread_mutex_init(&p.mu, NULL);
        pthread_cond_init(&p.cv, NULL);
        rc = run_threads(&p, jobs);
        pthread_cond_destroy(&p.cv);
        pthread_mutex_destroy(&p.mu);
    }
    for (size_t i = 0; i < p.nslot; i++) {
        erg_article_release(&p.slot[i].a);
        erg_mentions_release(&p.slot[i].m);
    }
    free(p.slot);
    erg_corpus_free(c);
    if (progress_fn)
        progress_fn(progress_ctx, p.t.articles, p.t.bytes, 1);
    return rc;
}

int erg__each_article(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                     const erg_recognize_opts_t *o, erg_pick_fn *pick, erg_take_fn *take,
                     void *ctx, erg_error_t *err)
{
    return each_article(g, inputs, n, o, pick, take, ctx, 0, err);
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
    return each_article(g, inputs, n, o, pick_all, take_each, &e, 1, err);
}
