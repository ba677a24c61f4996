/* test_parallel.c: articles read, recognized and taken on several threads
 * (parallel.c): taken in input order whatever the number of threads, never
 * picked or taken on two threads at once, a failure in picking, taking or
 * reading stopping the run at that article with its message, and
 * erg_recognize_inputs calling back on the calling thread. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "err.h"
#include "pipeline_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { NART = 600 };

static char dir[64];
static const erg_gazetteer_t *gz;

/* Articles of the project's own words, of one to forty sentences, so that
 * they take different times to recognize and finish out of order. */
static void write_corpus(void)
{
    static const char *const names[] = {"Budi Santoso", "Rina Wulandari", "Joko Prasetyo",
                                        "Dewi Lestari", "Agus Salim", "Sri Mulyani"};
    strcpy(dir, "/tmp/erg-test-parallel-XXXXXX");
    CHECK(mkdtemp(dir) != NULL);
    for (int k = 0; k < NART; k++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%03d.txt", dir, k);
        FILE *f = fopen(path, "w");
        fprintf(f, "Berita nomor %d\n\n", k);
        for (int s = 0; s < 1 + (k * 7) % 40; s++)
            fprintf(f, "%s bertemu %s di Jakarta pada hari ke-%d. ", names[(k + s) % 6],
                    names[(k + 2 * s + 1) % 6], s);
        fputs("\n", f);
        fclose(f);
    }
}

typedef struct {
    int fail_pick, fail_take;   /* the article (index) that fails, or -1 */
    char taken[NART][64];       /* ids in the order taken */
    size_t mentions[NART];
    int ntaken, npicked;
    atomic_int inside;          /* threads in pick or take right now */
    int overlap, out_of_order;
} rec_t;

static void pause_us(long us)
{
    struct timespec t = {0, us * 1000};
    if (us)
        nanosleep(&t, NULL);
}

static int index_of(const erg_article_t *a)
{
    const char *s = strrchr(a->id, '/');
    return s ? atoi(s + 1) : -1;
}

static void *pick(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc)
{
    rec_t *r = ctx;
    if (atomic_fetch_add(&r->inside, 1))
        r->overlap = 1;
    if (index_of(a) != r->npicked++)
        r->out_of_order = 1;
    pause_us(index_of(a) % 5 == 0 ? 200 : 0); /* room for another thread to come in */
    void *out = r;
    if (index_of(a) == r->fail_pick) {
        *rc = erg__fail(err, ERG_EINVAL, "cannot pick %d", index_of(a));
        out = NULL;
    }
    atomic_fetch_sub(&r->inside, 1);
    return out;
}

static int take(void *ctx, void *picked, const erg_article_t *a, const erg_mentions_t *m,
                erg_error_t *err)
{
    rec_t *r = ctx;
    int rc = 0;
    if (atomic_fetch_add(&r->inside, 1))
        r->overlap = 1;
    if (picked != r || index_of(a) != r->ntaken)
        r->out_of_order = 1;
    pause_us(index_of(a) % 7 == 0 ? 300 : 0);
    snprintf(r->taken[r->ntaken], sizeof r->taken[0], "%s", a->id);
    r->mentions[r->ntaken++] = m->n;
    if (index_of(a) == r->fail_take)
        rc = erg__fail(err, ERG_EINVAL, "cannot take %d", index_of(a));
    atomic_fetch_sub(&r->inside, 1);
    return rc;
}

static int run(rec_t *r, size_t jobs, int fail_pick, int fail_take, erg_error_t *err)
{
    memset(r, 0, sizeof *r);
    r->fail_pick = fail_pick;
    r->fail_take = fail_take;
    erg_recognize_opts_t o;
    erg_recognize_opts_init(&o);
    o.jobs = jobs;
    const char *in[] = {dir};
    memset(err, 0, sizeof *err);
    return erg__each_article(gz, in, 1, &o, pick, take, r, err);
}

static rec_t one, many;

static void test_order(void)
{
    erg_error_t err;
    CHECK(run(&one, 1, -1, -1, &err) == 0);
    CHECK(one.ntaken == NART && !one.overlap && !one.out_of_order);
    size_t total = 0;
    for (int k = 0; k < NART; k++)
        total += one.mentions[k];
    CHECK(total > NART); /* the names were found */
    for (size_t jobs = 2; jobs <= 8; jobs += 2 + (jobs == 2)) {
        CHECK(run(&many, jobs, -1, -1, &err) == 0);
        CHECK(many.ntaken == NART);
        CHECK(!many.overlap);
        CHECK(!many.out_of_order);
        CHECK(memcmp(one.mentions, many.mentions, sizeof one.mentions) == 0);
    }
}

/* A failure at article k: the run stops there, with k's message; nothing
 * after it is taken. */
static void test_failures(void)
{
    static const int at[] = {0, 1, 15, 16, 17, 255, 256, 257, 520, NART - 1};
    char want[64];
    for (size_t jobs = 1; jobs <= 4; jobs++) {
        for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
            erg_error_t err;
            CHECK(run(&many, jobs, -1, at[i], &err) == ERG_EINVAL);
            snprintf(want, sizeof want, "cannot take %d", at[i]);
            CHECK_STR(err.msg, want);
            CHECK(many.ntaken == at[i] + 1 && !many.overlap && !many.out_of_order);
            CHECK(run(&many, jobs, at[i], -1, &err) == ERG_EINVAL);
            snprintf(want, sizeof want, "cannot pick %d", at[i]);
            CHECK_STR(err.msg, want);
            CHECK(many.ntaken == at[i] && !many.overlap && !many.out_of_order);
            CHECK(many.npicked == at[i] + 1); /* nothing is read past a failure */
        }
    }
}

/* A malformed file with --strict: the run stops at it, after every article
 * before it was taken. */
static void test_read_failure(void)
{
    char path[128];
    snprintf(path, sizeof path, "%s/300.json", dir);
    FILE *f = fopen(path, "w");
    fputs("[{\"id\": broken", f);
    fclose(f);
    erg_set_strict(1);
    char first[sizeof ((erg_error_t *)0)->msg];
    for (size_t jobs = 1; jobs <= 4; jobs++) {
        erg_error_t err;
        CHECK(run(&many, jobs, -1, -1, &err) != 0);
        CHECK(strstr(err.msg, "300.json") != NULL);
        CHECK(many.ntaken == 300 && !many.overlap && !many.out_of_order); /* 000 to 299.txt */
        if (jobs == 1)
            snprintf(first, sizeof first, "%s", err.msg);
        else
            CHECK_STR(err.msg, first);
    }
    erg_set_strict(0);
    unlink(path);
}

static pthread_t caller;
static int elsewhere, calls;

static int each(void *ctx, const erg_article_t *a, const erg_mentions_t *m, erg_error_t *err)
{
    (void)ctx, (void)a, (void)m, (void)err;
    calls++;
    if (!pthread_equal(pthread_self(), caller))
        elsewhere = 1;
    return 0;
}

static void test_public_form(void)
{
    caller = pthread_self();
    erg_recognize_opts_t o;
    erg_recognize_opts_init(&o);
    const char *in[] = {dir};
    for (size_t jobs = 1; jobs <= 4; jobs++) {
        erg_error_t err = {0};
        o.jobs = jobs;
        calls = 0;
        CHECK(erg_recognize_inputs(gz, in, 1, &o, each, NULL, &err) == 0);
        CHECK(calls == NART);
        CHECK(!elsewhere);
    }
}

int main(void)
{
    erg_gazetteer_t *g = NULL;
    erg_error_t err = {0};
    if (erg_gazetteer_open(&g, NULL, 0, &err)) {
        fprintf(stderr, "no gazetteer: %s\n", err.msg);
        return 1;
    }
    gz = g;
    write_corpus();
    test_order();
    test_failures();
    test_read_failure();
    test_public_form();
    for (int k = 0; k < NART; k++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%03d.txt", dir, k);
        unlink(path);
    }
    rmdir(dir);
    erg_gazetteer_free(g);
    return h_summary();
}
