/* test_procs.c: work split over forked processes (workers.c): the parts added
 * up in worker order, each worker a process of its own, and every way a
 * worker can fail making the whole run fail with a message that says which. */
#include "harness.h"
#include "workers.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

/* out[i] = (w + 1) * (i + 1), and out[len - 1] the worker's pid; the
 * parent's `touched` stays 0 whatever a worker writes to it. */
static int touched;

static int fill(void *ctx, size_t w, size_t jobs, double *out, erg_error_t *err)
{
    size_t len = *(size_t *)ctx;
    (void)jobs, (void)err;
    touched = 1;
    for (size_t i = 0; i + 1 < len; i++)
        out[i] += (double)((w + 1) * (i + 1)); /* += : the slot starts zeroed */
    out[len - 1] = (double)getpid();
    return 0;
}

static void test_sum(void)
{
    size_t len = 1000, jobs = 4;
    double *sum = malloc(len * sizeof *sum);
    erg_error_t err = {0};
    CHECK(erg__procs_sum(jobs, len, fill, &len, sum, &err) == 0);
    /* (1 + 2 + 3 + 4) (i + 1) */
    int right = 1;
    for (size_t i = 0; i + 1 < len; i++)
        right &= sum[i] == 10.0 * (double)(i + 1);
    CHECK(right);
    /* four pids added up: none of them this process's, unless all four were */
    CHECK(sum[len - 1] != 4.0 * (double)getpid());
    CHECK(touched == 0);
    CHECK(erg__procs_sum(1, len, fill, &len, sum, &err) == 0 && sum[2] == 3.0);
    CHECK(sum[len - 1] != (double)getpid());
    free(sum);
}

/* Worker 1 of 3 fails in its own way: its own error, a signal, or an exit
 * without its result. */
static int fail_how;

static int failing(void *ctx, size_t w, size_t jobs, double *out, erg_error_t *err)
{
    (void)ctx, (void)out;
    if (w != 1)
        return 0;
    if (fail_how == 0) {
        snprintf(err->msg, sizeof err->msg, "igraph: out of luck in worker %zu of %zu", w, jobs);
        return err->code = ERG_EGRAPH;
    }
    if (fail_how == 1)
        raise(SIGKILL);
    _exit(0);
}

static void test_failures(void)
{
    double sum[8];
    erg_error_t err = {0};
    fail_how = 0;
    CHECK(erg__procs_sum(3, 8, failing, NULL, sum, &err) == ERG_EGRAPH);
    CHECK_STR(err.msg, "igraph: out of luck in worker 1 of 3");
    fail_how = 1;
    CHECK(erg__procs_sum(3, 8, failing, NULL, sum, &err) == ERG_EIO);
    CHECK_STR(err.msg, "worker process 2 of 3 was killed by signal 9 (Killed)");
    fail_how = 2;
    CHECK(erg__procs_sum(3, 8, failing, NULL, sum, &err) == ERG_EIO);
    CHECK_STR(err.msg, "worker process 2 of 3 ended (status 0) without its result");
    CHECK(erg__procs_sum(0, 8, failing, NULL, sum, &err) == ERG_EINVAL);
    CHECK_STR(err.msg, "cannot split work over 0 processes");
}

/* One child: what it writes to fd and on standard error comes back, each
 * larger than a pipe holds (the parent reads both as they come); its error,
 * the signal that ended it and where it was are reported. */
static int talk(void *ctx, int fd, int *where, erg_error_t *err)
{
    int how = *(int *)ctx;
    char block[1000];
    memset(block, 'x', sizeof block);
    *where = 7;
    for (int i = 0; i < 200; i++) { /* 200 KB each way */
        if (erg__write_all(fd, block, sizeof block))
            return ERG_EIO;
        fprintf(stderr, "%.*s\n", (int)sizeof block - 1, block);
    }
    fflush(stderr);
    if (how == 1)
        raise(SIGKILL); /* not SIGSEGV: a sanitizer catches it and exits */
    if (how == 2) {
        snprintf(err->msg, sizeof err->msg, "no picture");
        return ERG_ERENDER;
    }
    return 0;
}

static void test_child(void)
{
    erg_child_t c;
    erg_error_t err = {0};
    int how = 0;
    CHECK(erg__child_run(talk, &how, &c, &err) == 0);
    CHECK(c.rc == 0 && c.signo == 0 && c.where == 7);
    CHECK(c.out.len == 200000 && c.log.len == 200000);
    CHECK(c.log.len && c.log.buf[0] == 'x' && c.log.buf[999] == '\n');
    erg__buf_release(&c.out);
    erg__buf_release(&c.log);
    how = 1;
    CHECK(erg__child_run(talk, &how, &c, &err) == 0);
    CHECK(c.signo == SIGKILL && c.rc == ERG_EIO && c.where == 7 && c.out.len == 200000);
    CHECK(strstr(err.msg, "killed by signal") != NULL);
    erg__buf_release(&c.out);
    erg__buf_release(&c.log);
    how = 2;
    CHECK(erg__child_run(talk, &how, &c, &err) == 0);
    CHECK(c.rc == ERG_ERENDER && c.signo == 0);
    CHECK_STR(err.msg, "no picture");
    erg__buf_release(&c.out);
    erg__buf_release(&c.log);
}

int main(void)
{
    test_sum();
    test_failures();
    test_child();
    return h_summary();
}
