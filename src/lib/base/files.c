/* files.c: reading whole files, outputs written whole or not at all, UTF-8
 * repair and line/column positions. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

/* A file's bytes straight into one buffer of its size: articles are small
 * and many, so no stdio buffer, no copy and no growing. */
static int read_fd(int fd, size_t hint, size_t max, erg_buf_t *b)
{
    for (;;) {
        if (b->len > max)
            return ERG_EINVAL;
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
    return erg__read_file_max(path, 0, out, len, err);
}

static void input_seen_stat(const struct stat *st, const char *path);

int erg__read_file_max(const char *path, size_t max, char **out, size_t *len, erg_error_t *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return erg__fail(err, ERG_EIO, "cannot open '%s': %s", path, strerror(errno));
    struct stat st;
    int regular = !is_stdin && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    size_t hint = regular ? (size_t)st.st_size : 0;
    if (regular) /* the status just asked for: one fstat a file, not two */
        input_seen_stat(&st, path);
    else if (!is_stdin)
        erg__input_seen(fd, path);
    /* a source of unknown size (standard input, /dev/zero, a FIFO) may not
     * end: it is bounded too */
    if (!max)
        max = regular ? SIZE_MAX : ERG_MAX_STREAM;
    erg_buf_t b = {0};
    int rc = hint > max ? ERG_EINVAL : read_fd(fd, hint, max, &b);
    int e = errno;
    if (!is_stdin)
        close(fd);
    if (rc) {
        erg__buf_release(&b);
        if (rc == ERG_ENOMEM)
            return erg__fail(err, rc, "out of memory reading '%s'", path);
        if (rc == ERG_EINVAL)
            return erg__fail(err, rc, "%s: more than %zu MB, the most read from one file",
                             is_stdin ? "standard input" : path, max >> 20);
        return erg__fail(err, rc, "cannot read '%s': %s", path, strerror(e));
    }
    *out = b.buf;
    *len = b.len;
    return 0;
}

int erg__utf8_valid(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    size_t i = 0;
    while (i < n) {
        /* eight ASCII bytes at a time: none with its high bit, none zero */
        uint64_t x;
        if (i + 8 <= n && (memcpy(&x, s + i, 8), !((x | ((x - ones) & ~x)) & high))) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] - 1u < 0x7Fu) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k < 1 || cp == 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
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

static int is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

char *erg__utf8_escape(const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    if (!n || (erg__utf8_valid(s, n) && !memchr(s, '\\', n))) {
        /* nothing to escape (nearly every article's id): a copy, without
         * a call per character */
        char *copy = malloc(n + 1);
        if (copy && n)
            memcpy(copy, s, n);
        if (copy)
            copy[n] = '\0';
        return copy;
    }
    erg_buf_t b = {0};
    int bad = 0;
    for (size_t i = 0; i < n && !bad;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        /* a backslash that would read as an escape is one, so that the
         * escaping can be undone */
        int esc = k < 1 || cp == 0 ||
                  (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x' && is_hex(s[i + 2]) && is_hex(s[i + 3]));
        if (esc) {
            unsigned char c = (unsigned char)s[i];
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            bad = erg__buf_add(&b, e, 4);
            i++;
        } else {
            bad = erg__buf_add(&b, s + i, (size_t)k);
            i += (size_t)k;
        }
    }
    if (bad || (!b.buf && erg__buf_add(&b, "", 0))) {
        erg__buf_release(&b);
        return NULL;
    }
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
 * waits (up to three minutes, a bound for a cold machine), so a test can
 * interrupt a run while a temporary output exists. */
static void test_hold(FILE *fp)
{
    const char *hold = getenv("ERGRAPH_TEST_HOLD");
    if (!hold || !*hold)
        return;
    fflush(fp);
    FILE *m = fopen(hold, "w");
    if (m)
        fclose(m);
    for (int i = 0; i < 1800; i++)
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

/* ---- inputs are only ever read ---------------------------------------- */

/* The regular files read so far, by device and inode, so that an output
 * naming one of them (under any name: a symlink, a hard link, "./x") is
 * refused: a map from the file's identity to the name it was read by.
 * Corpus files are read on threads, hence the lock. */
static erg_map_t inputs = {0};
static char **input_names;
static size_t ninputs, input_names_cap;
static int guard_inputs;
static pthread_mutex_t inputs_lock = PTHREAD_MUTEX_INITIALIZER;

void erg_set_guard_inputs(int on) { guard_inputs = on; }

typedef struct {
    dev_t dev;
    ino_t ino;
} file_id_t;

static file_id_t file_id(const struct stat *st)
{
    file_id_t id;
    memset(&id, 0, sizeof id); /* the padding too: the map hashes the bytes */
    id.dev = st->st_dev;
    id.ino = st->st_ino;
    return id;
}

/* erg__input_seen given the file's status. */
static void input_seen_stat(const struct stat *st, const char *path)
{
    if (!guard_inputs || !S_ISREG(st->st_mode))
        return;
    file_id_t id = file_id(st);
    pthread_mutex_lock(&inputs_lock);
    void *p = input_names;
    char *name = NULL;
    /* out of memory here only loses the guard for this file */
    size_t *known = erg__map_get(&inputs, &id, sizeof id);
    if (known && !input_names[*known]) {
        input_names[*known] = erg__strdup(path);
    } else if (!known && !erg__grow(&p, &input_names_cap, ninputs + 1, sizeof *input_names)) {
        input_names = p;
        if ((name = erg__strdup(path)) && !erg__map_put(&inputs, &id, sizeof id, ninputs))
            input_names[ninputs++] = name;
        else
            free(name);
    }
    pthread_mutex_unlock(&inputs_lock);
}

void erg__input_seen(int fd, const char *path)
{
    struct stat st;
    if (guard_inputs && fstat(fd, &st) == 0)
        input_seen_stat(&st, path);
}

void erg__input_forget(const char *path)
{
    struct stat st;
    if (!guard_inputs || stat(path, &st) != 0)
        return;
    file_id_t id = file_id(&st);
    pthread_mutex_lock(&inputs_lock);
    size_t *i = erg__map_get(&inputs, &id, sizeof id);
    if (i) {
        free(input_names[*i]);
        input_names[*i] = NULL;
    }
    pthread_mutex_unlock(&inputs_lock);
}

/* The name by which the file of `st` was read as an input, or NULL. */
static const char *input_named(const struct stat *st)
{
    file_id_t id = file_id(st);
    pthread_mutex_lock(&inputs_lock);
    size_t *i = erg__map_get(&inputs, &id, sizeof id);
    const char *path = i ? input_names[*i] : NULL;
    pthread_mutex_unlock(&inputs_lock);
    return path;
}

/* ---- outputs ------------------------------------------------------------- */

/* Where `path` leads once its symlinks are followed, to the name a dangling
 * one points at too, so that an output through a symlink replaces the file
 * it names and the link stays. Caller frees; NULL with errno set (ELOOP,
 * ENOMEM). */
static char *follow_links(const char *path)
{
    char *p = erg__strdup(path);
    for (int hops = 0; p && hops < 40; hops++) {
        struct stat st;
        char link[PATH_MAX];
        ssize_t n;
        if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode) ||
            (n = readlink(p, link, sizeof link - 1)) < 0)
            return p;
        link[n] = '\0';
        const char *slash = strrchr(p, '/');
        erg_buf_t next = {0};
        int rc = link[0] == '/' || !slash ? erg__buf_printf(&next, "%s", link)
                                          : erg__buf_printf(&next, "%.*s/%s", (int)(slash - p), p, link);
        free(p);
        if (rc) {
            erg__buf_release(&next);
            errno = ENOMEM;
            return NULL;
        }
        p = next.buf;
    }
    if (p) {
        free(p);
        errno = ELOOP;
    } else {
        errno = ENOMEM;
    }
    return NULL;
}

int erg__ofile_open(erg_ofile_t *o, const char *path, erg_error_t *err)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        return 0;
    }
    if (!(o->path = erg__strdup(path)))
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    struct stat st;
    int exists = stat(path, &st) == 0;
    const char *input = exists ? input_named(&st) : NULL;
    if (input) {
        int rc = erg__fail(err, ERG_EINVAL, "refusing to write '%s': it is the input '%s'", path,
                           input);
        erg__ofile_abort(o);
        return rc;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        /* a device or a FIFO is written into, never renamed over (-o
         * /dev/null stays a device, the reader of a FIFO gets the data) */
        int dev = S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
        int fd = dev ? open(path, O_WRONLY | O_NOCTTY) : -1;
        int e = errno;
        if (fd >= 0 && (o->fp = fdopen(fd, "wb")))
            return 0;
        if (fd >= 0)
            close(fd);
        erg__ofile_abort(o);
        if (dev)
            return erg__fail(err, ERG_EIO, "cannot write '%s': %s", path, strerror(e));
        return erg__fail(err, ERG_EIO, "cannot write '%s': %s", path,
                         S_ISDIR(st.st_mode) ? "Is a directory"
                                             : "not a regular file, a character device or a FIFO");
    }
    /* through symlinks to the file replaced (realpath also sees through
     * /proc's links); a dangling one to where it points */
    if (!(o->dest = exists ? realpath(path, NULL) : follow_links(path))) {
        int e = errno;
        erg__ofile_abort(o);
        return erg__fail(err, e == ENOMEM ? ERG_ENOMEM : ERG_EIO, "cannot write '%s': %s", path,
                         strerror(e));
    }
    size_t n = strlen(o->dest);
    if (!(o->tmp = malloc(n + 16))) {
        erg__ofile_abort(o);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    memcpy(o->tmp, o->dest, n);
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
    if (exists) {
        /* the file replaced keeps its mode (a private graph stays private)
         * and, where we may, its owner and group */
        if (fchown(fd, st.st_uid, st.st_gid) != 0 && fchown(fd, (uid_t)-1, st.st_gid) != 0) {
            /* not ours to give: the file becomes the writer's */
        }
        fchmod(fd, st.st_mode & 07777);
    } else {
        /* mkstemp makes 0600; give the file the mode a plain fopen would */
        mode_t mask = umask(0);
        umask(mask);
        fchmod(fd, 0666 & ~mask);
    }
    o->fp = fdopen(fd, "wb");
    if (!o->fp) {
        int e = errno;
        close(fd);
        erg__ofile_abort(o);
        return erg__fail(err, ERG_EIO, "cannot create '%s': %s", path, strerror(e));
    }
    return 0;
}

/* ---- a set of outputs, renamed together -------------------------------- */

/* Between erg_outputs_begin and erg_outputs_end, a committed output is
 * written and closed but not renamed: its temporary waits here (still
 * tracked for the signal handler), so that a failure on a later output of
 * the set leaves every old output as it was. */
static struct pending {
    char *tmp, *dest;
} *pending;
static size_t npending, pending_cap;
static int in_set;
static pthread_mutex_t set_lock = PTHREAD_MUTEX_INITIALIZER;

void erg_outputs_begin(void) { in_set = 1; }

int erg_outputs_end(int commit, erg_error_t *err)
{
    int rc = 0;
    pthread_mutex_lock(&set_lock);
    in_set = 0;
    for (size_t i = 0; i < npending; i++) {
        struct pending *p = &pending[i];
        if (commit && !rc && rename(p->tmp, p->dest) != 0)
            rc = erg__fail(err, ERG_EIO, "cannot write '%s': %s", p->dest, strerror(errno));
        else if (!commit || rc)
            unlink(p->tmp);
        temp_track(p->tmp, 0);
        free(p->tmp);
        free(p->dest);
    }
    npending = 0;
    pthread_mutex_unlock(&set_lock);
    return rc;
}

/* Keeps the written temporary of `o` for erg_outputs_end; takes its names.
 * 0, or ERG_ENOMEM. */
static int defer(erg_ofile_t *o)
{
    pthread_mutex_lock(&set_lock);
    void *p = pending;
    int rc = erg__grow(&p, &pending_cap, npending + 1, sizeof *pending);
    if (!rc) {
        pending = p;
        pending[npending++] = (struct pending){o->tmp, o->dest};
        o->tmp = o->dest = NULL;
    }
    pthread_mutex_unlock(&set_lock);
    return rc ? ERG_ENOMEM : 0;
}

int erg__ofile_commit(erg_ofile_t *o, erg_error_t *err)
{
    if (o->fp == stdout) {
        o->fp = NULL;
        if (fflush(stdout) != 0)
            return erg__fail(err, ERG_EIO, "cannot write to standard output: %s", strerror(errno));
        return 0;
    }
    if (o->tmp)
        test_hold(o->fp);
    int bad = ferror(o->fp) != 0;
    int e = errno;
    if (fclose(o->fp) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    o->fp = NULL;
    if (!bad && o->tmp && in_set) {
        if (defer(o) == 0) {
            erg__ofile_abort(o); /* frees the names left */
            return 0;
        }
        bad = 1;
        e = ENOMEM;
    }
    if (!bad && o->tmp && rename(o->tmp, o->dest) != 0) {
        bad = 1;
        e = errno;
    }
    if (o->tmp)
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
    erg__ofile_abort(o); /* frees the names; nothing left to remove */
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
    free(o->dest);
    o->tmp = o->path = o->dest = NULL;
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
