/* util.c: errors, buffers, files, a hash map: the plumbing of the library. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

const char *erg_strerror(int code)
{
    switch (code) {
    case ERG_OK: return "success";
    case ERG_ENOMEM: return "out of memory";
    case ERG_EIO: return "input/output error";
    case ERG_EPARSE: return "malformed input";
    case ERG_EINVAL: return "invalid argument";
    case ERG_EGRAPH: return "network computation failed";
    case ERG_ERENDER: return "rendering failed";
    default: return "unknown error";
    }
}

int erg_fail(erg_error_t *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

static erg_warning_fn *warn_fn;
static void *warn_ctx;

void erg_set_warning_handler(erg_warning_fn *fn, void *ctx)
{
    warn_fn = fn;
    warn_ctx = ctx;
}

void erg_warn(const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (warn_fn)
        warn_fn(msg, warn_ctx);
    else
        fprintf(stderr, "ergraph: warning: %s\n", msg);
}

/* ---- bad input: skip with a warning, or fail when strict ---------------- */

static int strict_mode;
static size_t skip_count[2];

void erg_set_strict(int on) { strict_mode = on; }

size_t erg_skipped(int what) { return what == ERG_SKIP_FILE || what == ERG_SKIP_ARTICLE ? skip_count[what] : 0; }

int erg_skip(erg_error_t *err, int code, int what, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (strict_mode)
        return erg_fail(err, code, "%s", msg);
    if (what != ERG_SKIP_FILE && what != ERG_SKIP_ARTICLE) {
        erg_warn("%s", msg); /* repaired, not skipped */
        return 0;
    }
    skip_count[what]++;
    erg_warn("%s; skipped", msg);
    return 0;
}

void *erg_xrealloc_array(void *p, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    return realloc(p, (n && size) ? n * size : 1);
}

char *erg_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *erg_strdup(const char *s) { return erg_strndup(s, strlen(s)); }

int erg_grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 8;
    while (nc < need)
        nc *= 2;
    void *q = erg_xrealloc_array(*p, nc, size);
    if (!q)
        return ERG_ENOMEM;
    *p = q;
    *cap = nc;
    return 0;
}

int erg_buf_add(erg_buf_t *b, const char *s, size_t n)
{
    void *p = b->buf;
    if (erg_grow(&p, &b->cap, b->len + n + 1, 1))
        return ERG_ENOMEM;
    b->buf = p;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
    return 0;
}

int erg_buf_adds(erg_buf_t *b, const char *s) { return erg_buf_add(b, s, strlen(s)); }

int erg_buf_printf(erg_buf_t *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return ERG_EINVAL;
    if ((size_t)n < sizeof small)
        return erg_buf_add(b, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return ERG_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    int rc = erg_buf_add(b, big, (size_t)n);
    free(big);
    return rc;
}

void erg_buf_release(erg_buf_t *b)
{
    free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
}

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
            if (erg_grow(&p, &b->cap, need, 1))
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

int erg_read_file(const char *path, char **out, size_t *len, erg_error_t *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return erg_fail(err, ERG_EIO, "cannot open '%s': %s", path, strerror(errno));
    struct stat st;
    size_t hint = !is_stdin && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
    erg_buf_t b = {0};
    int rc = read_fd(fd, hint, &b);
    int e = errno;
    if (!is_stdin)
        close(fd);
    if (rc) {
        erg_buf_release(&b);
        if (rc == ERG_ENOMEM)
            return erg_fail(err, rc, "out of memory reading '%s'", path);
        return erg_fail(err, rc, "cannot read '%s': %s", path, strerror(e));
    }
    *out = b.buf;
    *len = b.len;
    return 0;
}

char *erg_utf8_repair(const char *s, size_t n, size_t *len, size_t *first_bad, size_t *nbad)
{
    erg_buf_t b = {0};
    size_t i = 0, bads = 0, first = n;
    while (i < n) {
        size_t j = i;
        while (j < n && (unsigned char)s[j] - 1u < 0x7Fu) /* a run of ASCII without NUL, copied at once */
            j++;
        if (j > i) {
            if (erg_buf_add(&b, s + i, j - i)) {
                erg_buf_release(&b);
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
        if (bad ? erg_buf_add(&b, "\xEF\xBF\xBD", 3) : erg_buf_add(&b, s + i, (size_t)k)) {
            erg_buf_release(&b);
            return NULL;
        }
        i += bad ? 1 : (size_t)k;
    }
    if (!b.buf && erg_buf_add(&b, "", 0))
        return NULL;
    if (len)
        *len = b.len;
    if (first_bad)
        *first_bad = first;
    if (nbad)
        *nbad = bads;
    return b.buf;
}

char *erg_utf8_clean(const char *s, size_t n) { return erg_utf8_repair(s, n, NULL, NULL, NULL); }

void erg_line_col(const char *buf, size_t off, size_t *line, size_t *col)
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

/* ---- hash map: open addressing --------------------------------------- */

/* Eight bytes at a time, then a full avalanche (MurmurHash3's finalizer),
 * since the map uses the low bits and the tagger's filters the high ones.
 * Most keys are words shorter than eight bytes: two overlapping loads. The
 * value never leaves the process, so byte order does not matter. */
uint64_t erg_hash(const void *key, size_t len)
{
    const unsigned char *p = key;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)len * 0xC2B2AE3D27D4EB4FULL), w = 0;
    for (; len > 8; p += 8, len -= 8) {
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h = h << 31 | h >> 33;
    }
    if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + len - 4, 4);
        w = (uint64_t)a << 32 | b;
    } else if (len) { /* len is 0 only for an empty key, and w still 0 */
        w = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
    }
    h ^= w;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 33);
}

void erg_map_init(erg_map_t *m) { memset(m, 0, sizeof *m); }

unsigned long erg_serial(void)
{
    static atomic_ulong next;
    return atomic_fetch_add(&next, 1) + 1;
}

int erg_per_thread(erg_per_thread_t *s, void **out)
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

/* Blocks of 1 MB (or one string's size) unless the arena says otherwise:
 * few enough mallocs that millions of snippets cost their bytes, small
 * enough that the last block's slack does not matter. */
enum { ARENA_BLOCK = 1 << 20 };

struct erg_arena_block {
    struct erg_arena_block *next;
    size_t used, cap;
    char data[];
};

char *erg_arena_strndup(erg_arena_t *a, const char *s, size_t n)
{
    struct erg_arena_block *b = a->head;
    if (!b || b->cap - b->used < n + 1) {
        size_t block = a->block ? a->block : ARENA_BLOCK;
        if (b && a->most > block) /* doubling up to `most` */
            block = b->cap >= a->most / 2 ? a->most : 2 * b->cap;
        size_t cap = n + 1 > block ? n + 1 : block;
        if (!(b = malloc(sizeof *b + cap)))
            return NULL;
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    char *d = b->data + b->used;
    memcpy(d, s, n);
    d[n] = '\0';
    b->used += n + 1;
    return d;
}

void erg_arena_release(erg_arena_t *a)
{
    while (a->head) {
        struct erg_arena_block *next = a->head->next;
        free(a->head);
        a->head = next;
    }
}

/* A copy of key[0..len) in the map's arena; NULL when out of memory. The
 * NUL after each key keeps an empty key non-NULL and distinct. */
static char *map_key_copy(erg_map_t *m, const void *key, size_t len)
{
    m->keys.block = 64; /* a zeroed map is a valid one: set here */
    m->keys.most = 65536;
    return erg_arena_strndup(&m->keys, key, len);
}

void erg_map_release(erg_map_t *m)
{
    erg_arena_release(&m->keys);
    free(m->slots);
    erg_map_init(m);
}

static size_t map_slot(const erg_map_t *m, const void *key, size_t len, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    const erg_map_slot_t *s;
    while ((s = &m->slots[i])->key &&
           !(s->hash == h && s->klen == len && memcmp(s->key, key, len) == 0))
        i = (i + 1) & (m->cap - 1);
    return i;
}

size_t *erg_map_get_hashed(const erg_map_t *m, const void *key, size_t len, uint64_t h)
{
    if (!m->cap)
        return NULL;
    erg_map_slot_t *s = &m->slots[map_slot(m, key, len, h)];
    return s->key ? &s->val : NULL;
}

size_t *erg_map_get(const erg_map_t *m, const void *key, size_t len)
{
    return erg_map_get_hashed(m, key, len, erg_hash(key, len));
}

static int map_rehash(erg_map_t *m, size_t ncap)
{
    erg_map_slot_t *v = calloc(ncap, sizeof *v);
    if (!v)
        return ERG_ENOMEM;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key)
            continue;
        size_t j = m->slots[i].hash & (ncap - 1);
        while (v[j].key) /* keys are distinct: the first free slot */
            j = (j + 1) & (ncap - 1);
        v[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = v;
    m->cap = ncap;
    return 0;
}

int erg_map_put(erg_map_t *m, const void *key, size_t len, size_t val)
{
    if ((m->n + 1) * 2 > m->cap && map_rehash(m, m->cap ? m->cap * 2 : 64))
        return ERG_ENOMEM;
    uint64_t h = erg_hash(key, len);
    erg_map_slot_t *s = &m->slots[map_slot(m, key, len, h)];
    if (!s->key) {
        if (!(s->key = map_key_copy(m, key, len)))
            return ERG_ENOMEM;
        s->klen = len;
        s->hash = h;
        m->n++;
    }
    s->val = val;
    return 0;
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

int erg_ofile_open(erg_ofile_t *o, const char *path, erg_error_t *err)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        return 0;
    }
    size_t n = strlen(path);
    o->path = erg_strdup(path);
    o->tmp = malloc(n + 16);
    if (!o->path || !o->tmp) {
        erg_ofile_abort(o);
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    }
    memcpy(o->tmp, path, n);
    memcpy(o->tmp + n, ".tmp.XXXXXX", 12);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        free(o->tmp);
        o->tmp = NULL;
        erg_ofile_abort(o);
        return erg_fail(err, ERG_EIO, "cannot create '%s': %s", path, strerror(e));
    }
    temp_track(o->tmp, 1);
    /* mkstemp makes 0600; give the file the mode a plain fopen would */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    o->fp = fdopen(fd, "wb");
    if (!o->fp) {
        close(fd);
        erg_ofile_abort(o);
        return erg_fail(err, ERG_EIO, "cannot create '%s'", path);
    }
    return 0;
}

int erg_ofile_commit(erg_ofile_t *o, erg_error_t *err)
{
    if (o->fp == stdout) {
        o->fp = NULL;
        if (fflush(stdout) != 0)
            return erg_fail(err, ERG_EIO, "cannot write to standard output: %s", strerror(errno));
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
        erg_ofile_abort(o);
        int rc = erg_fail(err, ERG_EIO, "cannot write '%s': %s", path, strerror(e));
        free(path);
        return rc;
    }
    free(o->tmp);
    o->tmp = NULL;
    free(o->path);
    o->path = NULL;
    return 0;
}

void erg_ofile_abort(erg_ofile_t *o)
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
    int rc = erg_ofile_open(&o, path, err);
    if (rc)
        return rc;
    if (len && fwrite(data, 1, len, o.fp) != len) {
        int e = errno;
        erg_ofile_abort(&o);
        return erg_fail(err, ERG_EIO, "cannot write '%s': %s", path, strerror(e));
    }
    return erg_ofile_commit(&o, err);
}

int erg_cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
