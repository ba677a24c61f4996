/*
 * workers.c: the worker processes of workers.h. One anonymous shared mapping
 * holds a status record per worker and then each worker's slot of `len`
 * doubles; a child writes only its own record and slot, and the parent reads
 * them once it has reaped every child, so nothing needs a lock and no pipe
 * can fill up and block a child. A child's status says whether it finished:
 * a child that crashed or was killed leaves it unset, which the parent
 * reports rather than read a slot of zeros as a result.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "ergraph.h"
#include "err.h"
#include "workers.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

typedef struct {
    int done; /* set by the child when rc and err are final */
    int rc;
    erg_error_t err;
} status_t;

/* The parent's signal handlers (the CLI removes its temporary files on
 * SIGINT) are the parent's business: in a child they become the default,
 * so an interrupt simply ends it. Ignored signals stay ignored. */
static void default_handlers(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        if (sigaction(sigs[i], NULL, &sa) == 0 && sa.sa_handler != SIG_IGN)
            signal(sigs[i], SIG_DFL);
    }
}

/* The start of every child: the default signal handlers, and death with
 * its parent (a worker whose parent is gone has no one to report to). */
static void child_start(pid_t parent)
{
    default_handlers();
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
#else
    (void)parent;
#endif
}

static void child(size_t w, size_t jobs, erg_proc_fn *fn, void *ctx, status_t *st, double *out,
                  pid_t parent)
{
    child_start(parent);
    st->rc = fn(ctx, w, jobs, out, &st->err);
    st->done = 1;
    _exit(st->rc ? 1 : 0);
}

/* Waits for `pid`, through interruptions. */
static int reap(pid_t pid)
{
    int ws = 0;
    while (waitpid(pid, &ws, 0) < 0)
        if (errno != EINTR)
            return -1;
    return ws;
}

/* The first failure among the reaped workers, or 0. */
static int verdict(size_t jobs, const status_t *st, const int *ws, erg_error_t *err)
{
    for (size_t w = 0; w < jobs; w++) {
        if (ws[w] < 0)
            return erg__fail(err, ERG_EIO, "cannot wait for worker process %zu of %zu", w + 1, jobs);
        if (WIFSIGNALED(ws[w]))
            return erg__fail(err, ERG_EIO, "worker process %zu of %zu was killed by signal %d (%s)",
                            w + 1, jobs, WTERMSIG(ws[w]), strsignal(WTERMSIG(ws[w])));
        if (st[w].done && st[w].rc) {
            if (err)
                *err = st[w].err;
            return st[w].rc;
        }
        if (!st[w].done || !WIFEXITED(ws[w]) || WEXITSTATUS(ws[w]) != 0)
            return erg__fail(err, ERG_EIO,
                            "worker process %zu of %zu ended (status %d) without its result",
                            w + 1, jobs, WIFEXITED(ws[w]) ? WEXITSTATUS(ws[w]) : -1);
    }
    return 0;
}

int erg__procs_sum(size_t jobs, size_t len, erg_proc_fn *fn, void *ctx, double *sum,
                  erg_error_t *err)
{
    if (jobs == 0 || jobs > SIZE_MAX / sizeof(status_t) / 2)
        return erg__fail(err, ERG_EINVAL, "cannot split work over %zu processes", jobs);
    /* status records first, the slots after them at a double's alignment */
    size_t head = (jobs * sizeof(status_t) + 63) / 64 * 64;
    if (len && jobs > (SIZE_MAX - head) / sizeof(double) / len)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    size_t size = head + jobs * len * sizeof(double);
    void *map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pid_t *pid = calloc(jobs, sizeof *pid);
    int *ws = calloc(jobs, sizeof *ws);
    if (map == MAP_FAILED || !pid || !ws) {
        if (map != MAP_FAILED)
            munmap(map, size);
        free(pid);
        free(ws);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    status_t *st = map; /* a fresh anonymous mapping is zeroed */
    double *slots = (double *)((char *)map + head);
    pid_t parent = getpid();
    size_t started = 0;
    int rc = 0, fork_errno = 0;
    for (; started < jobs; started++) {
        pid[started] = fork();
        if (pid[started] == 0)
            child(started, jobs, fn, ctx, &st[started], slots + started * len, parent);
        if (pid[started] < 0) {
            fork_errno = errno;
            break;
        }
    }
    if (started < jobs) /* the others' work would be wasted */
        for (size_t w = 0; w < started; w++)
            kill(pid[w], SIGKILL);
    for (size_t w = 0; w < started; w++)
        ws[w] = reap(pid[w]);
    if (started < jobs)
        rc = erg__fail(err, ERG_ENOMEM, "cannot start worker process %zu of %zu: %s", started + 1,
                      jobs, strerror(fork_errno));
    else
        rc = verdict(jobs, st, ws, err);
    if (!rc) {
        memcpy(sum, slots, len * sizeof *sum);
        for (size_t w = 1; w < jobs; w++)
            for (size_t i = 0; i < len; i++)
                sum[i] += slots[w * len + i];
    }
    munmap(map, size);
    free(pid);
    free(ws);
    return rc;
}

int erg__write_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

typedef struct {
    int done, rc, where;
    erg_error_t err;
} child_status_t;

static void one_child(erg_child_fn *fn, void *ctx, child_status_t *st, int out, int log,
                      pid_t parent)
{
    child_start(parent);
    if (dup2(log, STDERR_FILENO) < 0)
        _exit(1);
    close(log);
    st->rc = fn(ctx, out, &st->where, &st->err);
    st->done = 1;
    _exit(st->rc ? 1 : 0);
}

/* Reads the child's two pipes into the two buffers until both are closed. */
static int drain(int out, int log, erg_buf_t *bout, erg_buf_t *blog)
{
    struct pollfd p[2] = {{.fd = out, .events = POLLIN}, {.fd = log, .events = POLLIN}};
    erg_buf_t *to[2] = {bout, blog};
    char chunk[65536];
    int live = 2;
    while (live) {
        if (poll(p, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return ERG_EIO;
        }
        for (int i = 0; i < 2; i++) {
            if (p[i].fd < 0 || !p[i].revents)
                continue;
            ssize_t n = read(p[i].fd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                p[i].fd = -1;
                live--;
            } else if (erg__buf_add(to[i], chunk, (size_t)n)) {
                return ERG_ENOMEM;
            }
        }
    }
    return 0;
}

int erg__child_run(erg_child_fn *fn, void *ctx, erg_child_t *res, erg_error_t *err)
{
    memset(res, 0, sizeof *res);
    child_status_t *st =
        mmap(NULL, sizeof *st, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (st == MAP_FAILED)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    int out[2] = {-1, -1}, log[2] = {-1, -1}, rc = 0;
    pid_t parent = getpid(), pid = -1;
    if (pipe(out) || pipe(log) || (pid = fork()) < 0) {
        rc = erg__fail(err, ERG_ENOMEM, "cannot start a process: %s", strerror(errno));
    } else if (pid == 0) {
        close(out[0]);
        close(log[0]);
        one_child(fn, ctx, st, out[1], log[1], parent);
    }
    if (out[1] >= 0) /* the parent keeps the reading ends */
        close(out[1]);
    if (log[1] >= 0)
        close(log[1]);
    if (pid > 0) {
        int drc = drain(out[0], log[0], &res->out, &res->log);
        if (drc)
            kill(pid, SIGKILL);
        int ws = reap(pid);
        if (drc) {
            rc = erg__fail(err, drc, "%s reading from a process", erg_strerror(drc));
        } else if (ws < 0) {
            rc = erg__fail(err, ERG_EIO, "cannot wait for a process");
        } else {
            res->signo = WIFSIGNALED(ws) ? WTERMSIG(ws) : 0;
            res->where = st->where;
            res->rc = st->done ? st->rc : ERG_EIO;
            if (st->done && st->rc && err)
                *err = st->err;
            else if (st->done && !res->signo && WEXITSTATUS(ws) != 0)
                /* done, then failed by a checker at exit (valgrind's
                 * --error-exitcode): its report is the child's result */
                res->rc = erg__fail(err, ERG_EIO, "a process ended with status %d after its work",
                                    WEXITSTATUS(ws));
            else if (!st->done && res->signo)
                erg__fail(err, ERG_EIO, "a process was killed by signal %d (%s)", res->signo,
                          strsignal(res->signo));
            else if (!st->done)
                erg__fail(err, ERG_EIO, "a process ended (status %d) without its result",
                          WIFEXITED(ws) ? WEXITSTATUS(ws) : -1);
        }
    }
    if (out[0] >= 0)
        close(out[0]);
    if (log[0] >= 0)
        close(log[0]);
    munmap(st, sizeof *st);
    if (rc) {
        erg__buf_release(&res->out);
        erg__buf_release(&res->log);
    }
    return rc;
}
