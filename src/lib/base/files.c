/* files.c: reading whole files, outputs written whole or not at all, UTF-8
 * repair and line/column positions. */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "mem.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

/* A file's bytes straight into one buffer of its size: articles are small
 * and many, so no stdio buffer, no copy and no growing. */
static int read_fd(int fd, size_t hint, erg_buf_t *b)
{
    for (;;) {
        /* room for the NUL and one byte more, so that the read after the
         * file's size is the one that sees the end */
        if (b->cap - b->len < 2) {
            void *p = b->buf;
            size_t need = b->buf ? b->len + 65536 : hint + 2;
            if (erg__grow(&p, &b->cap, need, 1))
                return ERG_ENOMEM;
            b->buf = p;
        }
        ssize_t n = read(fd, b->buf + b->len, b->cap - b->len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ERG_EIO;
        if (n == 0)
            break;
        b->len += (size_t)n;
    }
    b->buf[b->len] = '\0';
    return 0;
}

int erg__read_file(const char *path, char **out, size_t *len, erg_error_t *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return erg__fail(err, ERG_EIO, "cannot open '%s': %s", path, strerror(errno));
    struct stat st;
    size_t hint = !is_stdin && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
    erg_buf_t b = {0};
    int rc = read_fd(fd, hint, &b);
    int e = errno;
    if (!is_stdin)
        close(fd);
    if (rc) {
        erg__buf_release(&b);
        if (rc == ERG_ENOMEM)
            return erg__fail(err, rc, "out of memory reading '%s'", path);
        return erg__fail(err, rc, "cannot read '%s': %s", path, strerror(e));
    }
    *out = b.buf;
    *len = b.len;
    return 0;
}

char *erg__utf8_repair(const char *s, size_t n, size_t *len, size_t *first_bad, size_t *nbad)
{
    erg_buf_t b = {0};
    size_t i = 0, bads = 0, first = n;
    while (i < n) {
        size_t j = i;
        while (j < n && (unsigned char)s[j] - 1u < 0x7Fu) /* a run of ASCII without NUL, copied at once */
            j++;
        if (j > i) {
            if (erg__buf_add(&b, s + i, j - i)) {
                erg__buf_release(&b);
                return NULL;
            }
            i = j;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        int bad = k < 1 || cp == 0;
        if (bad && bads++ == 0)
            first = i;
        if (bad ? erg__buf_add(&b, "\xEF\xBF\xBD", 3) : erg__buf_add(&b, s + i, (size_t)k)) {
            erg__buf_release(&b);
            return NULL;
        }
        i += bad ? 1 : (size_t)k;
    }
    if (!b.buf && erg__buf_add(&b, "", 0))
        return NULL;
    if (len)
        *len = b.len;
    if (first_bad)
        *first_bad = first;
    if (nbad)
        *nbad = bads;
    return b.buf;
}

char *erg__utf8_clean(const char *s, size_t n) { return erg__utf8_repair(s, n, NULL, NULL, NULL); }

void erg__line_col(const char *buf, size_t off, size_t *line, size_t *col)
{
    size_t l = 1, c = 1;
    for (size_t i = 0; i < off && buf[i]; i++) {
        if (buf[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* ---- atomic output files ------------------------------------------------- */

/* Temporary files being written, for erg_remove_temp_files in a signal
 * handler: a fixed table, since a handler may not allocate or lock. */
#define MAX_TEMPS 64
static char *volatile temps[MAX_TEMPS];

static void temp_track(char *path, int on)
{
    for (int i = 0; i < MAX_TEMPS; i++) {
        if (on ? temps[i] == NULL : temps[i] == path) {
            temps[i] = on ? path : NULL;
            return;
        }
    }
}

/* A test hook, in the manner of git's GIT_TEST_* variables: with
 * ERGRAPH_TEST_HOLD=FILE, an output about to be committed creates FILE and
 * waits ten seconds, so a test can interrupt a run while a temporary
 * output exists. */
static void test_hold(FILE *fp)
{
    const char *hold = getenv("ERGRAPH_TEST_HOLD");
    if (!hold || !*hold)
        return;
    fflush(fp);
    FILE *m = fopen(hold, "w");
    if (m)
        fclose(m);
    for (int i = 0; i < 100; i++)
        nanosleep(&(struct timespec){0, 100000000}, NULL);
}

void erg_remove_temp_files(void)
{
    for (int i = 0; i < MAX_TEMPS; i++) {
        char *p = temps[i];
        if (p)
            unlink(p);
    }
}

int erg__ofile_open(erg_ofile_t *o, const char *path, erg_error_t *err)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        return 0;
    }
    size_t n = strlen(path);
    o->path = erg__strdup(path);
    o->tmp = malloc(n + 16);
    if (!o->path || !o->tmp) {
        erg__ofile_abort(o);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    memcpy(o->tmp, path, n);
    memcpy(o->tmp + n, ".tmp.XXXXXX", 12);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        free(o->tmp);
        o->tmp = NULL;
        erg__ofile_abort(o);
        return erg__fail(err, ERG_EIO, "cannot create '%s': %s", path, strerror(e));
    }
    temp_track(o->tmp, 1);
    /* mkstemp makes 0600; give the file the mode a plain fopen would */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    o->fp = fdopen(fd, "wb");
    if (!o->fp) {
        close(fd);
        erg__ofile_abort(o);
        return erg__fail(err, ERG_EIO, "cannot create '%s'", path);
    }
    return 0;
}

int erg__ofile_commit(erg_ofile_t *o, erg_error_t *err)
{
    if (o->fp == stdout) {
        o->fp = NULL;
        if (fflush(stdout) != 0)
            return erg__fail(err, ERG_EIO, "cannot write to standard output: %s", strerror(errno));
        return 0;
    }
    test_hold(o->fp);
    int bad = ferror(o->fp) != 0;
    int e = errno;
    if (fclose(o->fp) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    o->fp = NULL;
    if (!bad && rename(o->tmp, o->path) != 0) {
        bad = 1;
        e = errno;
    }
    temp_track(o->tmp, 0);
    if (bad) {
        char *path = o->path;
        o->path = NULL;
        erg__ofile_abort(o);
        int rc = erg__fail(err, ERG_EIO, "cannot write '%s': %s", path, strerror(e));
        free(path);
        return rc;
    }
    free(o->tmp);
    o->tmp = NULL;
    free(o->path);
    o->path = NULL;
    return 0;
}

void erg__ofile_abort(erg_ofile_t *o)
{
    if (o->fp && o->fp != stdout)
        fclose(o->fp);
    o->fp = NULL;
    if (o->tmp) {
        temp_track(o->tmp, 0);
        unlink(o->tmp);
    }
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
}

int erg_write_file(const char *path, const void *data, size_t len, erg_error_t *err)
{
    erg_ofile_t o;
    int rc = erg__ofile_open(&o, path, err);
    if (rc)
        return rc;
    if (len && fwrite(data, 1, len, o.fp) != len) {
        int e = errno;
        erg__ofile_abort(&o);
        return erg__fail(err, ERG_EIO, "cannot write '%s': %s", path, strerror(e));
    }
    return erg__ofile_commit(&o, err);
}
