/*
 * corpus.c: inputs -> articles.
 *
 * Inputs expand to a sorted list of files when opened (so a missing input
 * fails before any work); articles are then read one file at a time, and a
 * JSON Lines file one line at a time through a buffer that holds a chunk
 * or the longest line, so memory follows the largest article (or .txt or
 * .json file), never the corpus.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* d_type */
#include "ergraph.h"
#include "err.h"
#include "jsonw.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "corpus_internal.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <inttypes.h>
#include <sys/stat.h>
#include <unistd.h>

enum { KIND_TEXT, KIND_JSONL, KIND_JSON, KIND_HTML };

/* News articles are kilobytes; a text or JSON file past this is not one
 * article, and reading it whole would cost its size in memory many times. */
#define ERG_MAX_ARTICLE (64 << 20)

struct erg_corpus {
    char **files;
    size_t *idoff;         /* where a file's article id starts in its path */
    size_t idoff_input;    /* that start for the input being walked */
    unsigned char *walked; /* found in a directory, not named */
    size_t nfiles, fcap, cur;
    /* every real folder and file met so far, by device and inode, to the
     * index of its first name (in dirs, or in files): each is read once,
     * however many links lead to it */
    erg_map_t seen_dirs, seen_files;
    char **dirs;
    size_t ndirs, dcap;
    char *root; /* the real path of the input folder being walked */
    /* the file being read: whole, or for JSON Lines the unread part of a
     * chunk, buf[pos..len), refilled from fp */
    char *buf;
    size_t len, pos, line, cap;
    FILE *fp;
    int kind, open;
    cJSON *array;
    const cJSON *item;
    size_t index;
    char *html_title, *html_date; /* of a web page, read into buf */
};

/* Extensions are matched ignoring case: a.TXT and b.JSON are articles. */
static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

static int kind_of(const char *path)
{
    if (ends_with(path, ".jsonl"))
        return KIND_JSONL;
    if (ends_with(path, ".json"))
        return KIND_JSON;
    if (ends_with(path, ".html") || ends_with(path, ".htm"))
        return KIND_HTML;
    return KIND_TEXT;
}

/* A README beside the articles documents the folder; it is not an article. */
static int is_readme(const char *name)
{
    return strncasecmp(name, "readme", 6) == 0 && (name[6] == '\0' || name[6] == '.');
}

static int wanted(const char *name)
{
    if (is_readme(name))
        return 0;
    return ends_with(name, ".txt") || ends_with(name, ".md") || ends_with(name, ".json") ||
           ends_with(name, ".jsonl") || ends_with(name, ".html") || ends_with(name, ".htm");
}

static int follow_links;

void erg_set_follow_links(int on) { follow_links = on; }

typedef struct {
    dev_t dev;
    ino_t ino;
} file_id_t;

static file_id_t file_id(dev_t dev, ino_t ino)
{
    file_id_t id;
    memset(&id, 0, sizeof id); /* the padding too: the map hashes the bytes */
    id.dev = dev;
    id.ino = ino;
    return id;
}

/* The first name of a file or folder already met, or NULL; else notes it
 * (as the next index of its list). *oom on out of memory. */
static const char *seen(erg_map_t *m, char *const *names, size_t next, file_id_t id, int *oom)
{
    size_t *i = erg__map_get(m, &id, sizeof id);
    if (i)
        return names[*i];
    *oom = erg__map_put(m, &id, sizeof id, next) != 0;
    return NULL;
}

static int add_file(erg_corpus_t *c, const char *path, int walked)
{
    /* files, idoff and walked share one capacity, fcap, grown last */
    void *p = c->files;
    size_t cap = c->fcap;
    if (erg__grow(&p, &cap, c->nfiles + 1, sizeof(char *)))
        return ERG_ENOMEM;
    c->files = p;
    p = c->idoff;
    cap = c->fcap;
    if (erg__grow(&p, &cap, c->nfiles + 1, sizeof *c->idoff))
        return ERG_ENOMEM;
    c->idoff = p;
    p = c->walked;
    if (erg__grow(&p, &c->fcap, c->nfiles + 1, 1))
        return ERG_ENOMEM;
    c->walked = p;
    c->walked[c->nfiles] = (unsigned char)walked;
    size_t off = c->idoff_input;
    while (path[off] == '/')
        off++;
    c->idoff[c->nfiles] = path[off] ? off : 0;
    if (!(c->files[c->nfiles] = erg__strdup(path)))
        return ERG_ENOMEM;
    c->nfiles++;
    return 0;
}

/* The directories on the path being walked, to see a symlink loop. */
#define MAX_DEPTH 64
typedef struct {
    dev_t dev[MAX_DEPTH + 1];
    ino_t ino[MAX_DEPTH + 1];
} dirstack_t;

/* A folder entry: its name and, when readdir knows it, whether it is a
 * plain file or a folder (saves a stat per file; links are followed by
 * stat as before). */
typedef struct {
    char *name;
    ino_t ino;
    int kind; /* 0: ask stat (a link, or readdir does not say), 1: file, 2: folder */
} entry_t;

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry_t *)a)->name, ((const entry_t *)b)->name);
}

static int entry_kind(const struct dirent *e)
{
#ifdef DT_REG
    return e->d_type == DT_REG ? 1 : e->d_type == DT_DIR ? 2 : 0;
#else
    (void)e;
    return 0;
#endif
}

/* Whether `path` leads, links followed, to `root` or inside it. */
static int inside(const char *root, const char *path)
{
    char *real = realpath(path, NULL);
    size_t n = root ? strlen(root) : 0;
    int in = real && root && strncmp(real, root, n) == 0 &&
             (real[n] == '\0' || real[n] == '/' || (n && root[n - 1] == '/'));
    free(real);
    return in;
}

/* Adds a file unless the same file (device and inode) was added before,
 * under this name or another: a file is read once. */
static int add_once(erg_corpus_t *c, const char *path, file_id_t id, int walked, erg_error_t *err)
{
    int oom = 0;
    const char *first = seen(&c->seen_files, c->files, c->nfiles, id, &oom);
    if (first) {
        erg__warn("'%s' is the file '%s', already read; skipped", path, first);
        return 0;
    }
    if (oom || add_file(c, path, walked))
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    return 0;
}

static int walk(erg_corpus_t *c, const char *dir, int depth, dirstack_t *up, erg_error_t *err)
{
    struct stat st;
    if (depth > MAX_DEPTH)
        return erg__fail(err, ERG_EIO, "cannot walk '%s': directories nested more than %d deep", dir,
                        MAX_DEPTH);
    dev_t dev = 0;
    if (stat(dir, &st) == 0) {
        for (int k = 0; k < depth; k++)
            if (up->dev[k] == st.st_dev && up->ino[k] == st.st_ino)
                return erg__skip(err, ERG_EIO, ERG_SKIP_FILE,
                                "%s: a symbolic link loop (this folder contains itself)", dir);
        up->dev[depth] = st.st_dev;
        up->ino[depth] = st.st_ino;
        dev = st.st_dev;
        /* a folder reached again through another link is walked once:
         * links that fan out level after level would walk 2^depth paths */
        int oom = 0;
        void *p = c->dirs;
        if (erg__grow(&p, &c->dcap, c->ndirs + 1, sizeof *c->dirs))
            return erg__fail(err, ERG_ENOMEM, "out of memory");
        c->dirs = p;
        const char *first = seen(&c->seen_dirs, c->dirs, c->ndirs, file_id(st.st_dev, st.st_ino), &oom);
        if (first) {
            erg__warn("'%s' is the folder '%s', already read; skipped", dir, first);
            return 0;
        }
        if (oom || !(c->dirs[c->ndirs] = erg__strdup(dir)))
            return erg__fail(err, ERG_ENOMEM, "out of memory");
        c->ndirs++;
    }
    DIR *d = opendir(dir);
    if (!d)
        return erg__skip(err, ERG_EIO, ERG_SKIP_FILE, "%s: cannot open the folder: %s", dir,
                        strerror(errno));
    entry_t *names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files */
        void *p = names;
        if (erg__grow(&p, &cap, n + 1, sizeof *names) ||
            !(((entry_t *)p)[n].name = erg__strdup(e->d_name))) {
            names = p;
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
            break;
        }
        names = p;
        names[n].ino = e->d_ino;
        names[n++].kind = entry_kind(e);
    }
    closedir(d);
    if (!rc && n)
        qsort(names, n, sizeof *names, cmp_entry);
    size_t dl = strlen(dir);
    for (size_t i = 0; i < n && !rc; i++) {
        erg_buf_t path = {0};
        int slash = dl && dir[dl - 1] == '/';
        if (erg__buf_printf(&path, "%s%s%s", dir, slash ? "" : "/", names[i].name)) {
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
            break;
        }
        int kind = names[i].kind;
        file_id_t id = file_id(dev, names[i].ino); /* a plain file: readdir's inode */
        struct stat lst;
        int link = !kind && lstat(path.buf, &lst) == 0 && S_ISLNK(lst.st_mode);
        if (!kind && stat(path.buf, &st) == 0) {
            kind = S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 3;
            id = file_id(st.st_dev, st.st_ino);
        }
        if (kind && link && !follow_links && (kind == 2 || (kind == 1 && wanted(names[i].name))) &&
            !inside(c->root, path.buf)) {
            erg__warn("'%s': a symbolic link out of the input folder (--follow follows it); "
                      "skipped", path.buf);
        } else if (!kind) {
            rc = erg__skip(err, ERG_EIO, ERG_SKIP_FILE, "%s: cannot open: %s", path.buf,
                          strerror(errno));
        } else if (kind == 2) {
            rc = walk(c, path.buf, depth + 1, up, err);
        } else if (kind == 1 && wanted(names[i].name)) {
            rc = add_once(c, path.buf, id, 1, err);
        } else if (kind == 1 && !is_readme(names[i].name)) {
            erg__skip_other(names[i].name);
        }
        erg__buf_release(&path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i].name);
    free(names);
    return rc;
}

int erg_corpus_open(erg_corpus_t **out, const char *const *inputs, size_t n, erg_error_t *err)
{
    erg_corpus_t *c = calloc(1, sizeof *c);
    if (!c)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        struct stat st;
        size_t len;
        /* Article ids start at the input's own name, so that no output
         * tells where the corpus lies on this machine. */
        c->idoff_input = erg__input_name(inputs[i], &len);
        if (strcmp(inputs[i], "-") == 0) {
            if (add_file(c, "-", 0))
                rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        } else if (stat(inputs[i], &st) != 0) {
            rc = erg__fail(err, ERG_EIO, "cannot open '%s': %s", inputs[i], strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            dirstack_t up;
            free(c->root);
            if (!(c->root = realpath(inputs[i], NULL)))
                rc = erg__fail(err, ERG_EIO, "cannot open '%s': %s", inputs[i], strerror(errno));
            else
                rc = walk(c, inputs[i], 0, &up, err);
        } else if (S_ISREG(st.st_mode)) {
            rc = add_once(c, inputs[i], file_id(st.st_dev, st.st_ino), 0, err);
        } else if (add_file(c, inputs[i], 0)) { /* a device or FIFO: read as it comes */
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        }
    }
    if (!rc && c->nfiles == 0) {
        char others[160] = "";
        size_t k = erg_skipped(ERG_SKIP_OTHER);
        if (k)
            snprintf(others, sizeof others, " (%zu file%s of other kinds: %s)", k, k == 1 ? "" : "s",
                     erg_skipped_kinds());
        rc = n == 1 ? erg__fail(err, ERG_EIO, "no articles: '%s' holds no .txt, .md, .json, "
                                             ".jsonl or .html file%s", inputs[0], others)
                    : erg__fail(err, ERG_EIO, "no articles: the inputs hold no .txt, .md, "
                                             ".json, .jsonl or .html file%s", others);
    }
    if (rc) {
        erg_corpus_free(c);
        return rc;
    }
    *out = c;
    return 0;
}

size_t erg_corpus_nfiles(const erg_corpus_t *c) { return c->nfiles; }

static void close_file(erg_corpus_t *c)
{
    free(c->buf);
    c->buf = NULL;
    c->len = c->pos = c->cap = 0;
    if (c->fp)
        fclose(c->fp);
    c->fp = NULL;
    cJSON_Delete(c->array);
    c->array = NULL;
    c->item = NULL;
    free(c->html_title);
    free(c->html_date);
    c->html_title = c->html_date = NULL;
    c->open = 0;
}

void erg_corpus_free(erg_corpus_t *c)
{
    if (!c)
        return;
    close_file(c);
    for (size_t i = 0; i < c->nfiles; i++)
        free(c->files[i]);
    free(c->files);
    free(c->walked);
    for (size_t i = 0; i < c->ndirs; i++)
        free(c->dirs[i]);
    free(c->dirs);
    free(c->root);
    erg__map_release(&c->seen_dirs);
    erg__map_release(&c->seen_files);
    free(c->idoff);
    free(c);
}

void erg_article_release(erg_article_t *a)
{
    free(a->id);
    free(a->title);
    free(a->date);
    free(a->text);
    memset(a, 0, sizeof *a);
}

/* The first non-empty line of s, trimmed; caller frees. */
static char *first_line(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r')
            j++;
        size_t a = i, b = j;
        while (a < b && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        if (b > a)
            return erg__utf8_clean(s + a, b - a);
        i = j + 1;
    }
    return erg__strdup("");
}

/* Text that is not valid UTF-8 is repaired (and said so) or, when strict,
 * refused. Returns 0, or a negative code. */
static int repair(const char *where, char **text, size_t *len, erg_error_t *err)
{
    size_t first, nbad;
    int r = erg__decode_text(text, len, &first, &nbad);
    if (r < 0)
        return erg__fail(err, r, "out of memory");
    if (r == 2)
        return erg__skip(err, ERG_EPARSE, -1,
                        "%s: byte %zu: invalid UTF-8 (%zu sequence%s replaced by U+FFFD)", where,
                        first, nbad, nbad == 1 ? "" : "s");
    return 0;
}

static int json_article(erg_corpus_t *c, const cJSON *o, const char *where, erg_article_t *a,
                        erg_error_t *err)
{
    const char *path = c->files[c->cur] + c->idoff[c->cur];
    if (!cJSON_IsObject(o))
        return erg__skip(err, ERG_EPARSE, ERG_SKIP_ARTICLE, "%s: expected an article object", where);
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(o, "title");
    const cJSON *date = cJSON_GetObjectItemCaseSensitive(o, "date");
    if (!cJSON_IsString(text))
        return erg__skip(err, ERG_EPARSE, ERG_SKIP_ARTICLE, "%s: article has no \"text\" string",
                        where);
    erg_buf_t ib = {0};
    int rc;
    if (cJSON_IsString(id))
        rc = erg__buf_printf(&ib, "%s#%s", path, id->valuestring);
    else if (cJSON_IsNumber(id))
        rc = erg__buf_printf(&ib, "%s#%.17g", path, id->valuedouble);
    else
        rc = erg__buf_printf(&ib, "%s#%zu", path, c->kind == KIND_JSONL ? c->line : c->index);
    a->id = rc ? NULL : erg__utf8_escape(ib.buf, ib.len); /* ids are valid UTF-8 */
    erg__buf_release(&ib);
    if (!a->id)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    a->len = strlen(text->valuestring);
    a->text = erg__strndup(text->valuestring, a->len);
    a->title = cJSON_IsString(title) ? erg__utf8_clean(title->valuestring, strlen(title->valuestring))
                                     : first_line(text->valuestring, a->len);
    a->date = cJSON_IsString(date) ? erg__utf8_clean(date->valuestring, strlen(date->valuestring)) : NULL;
    if (!a->text || !a->title || (cJSON_IsString(date) && !a->date)) {
        erg_article_release(a);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    if ((rc = repair(where, &a->text, &a->len, err))) {
        erg_article_release(a);
        return rc;
    }
    return 1;
}

/* cJSON decodes the escape \u0000 to a NUL, which ends the string: an
 * article's text would stop there without a word. Each such escape in
 * s[0..n) becomes \uFFFD, as the text reader replaces a NUL byte (the same
 * length, so positions hold). Returns how many; *first is the offset of
 * the first. */
static size_t nul_escapes(char *s, size_t n, size_t *first)
{
    size_t count = 0;
    for (size_t i = 0; i + 6 <= n; i++) {
        if (s[i] != '\\')
            continue;
        if (memcmp(s + i, "\\u0000", 6) == 0) {
            if (count++ == 0)
                *first = i;
            memcpy(s + i + 2, "FFFD", 4);
        }
        i++; /* the escaped character is no backslash of its own */
    }
    return count;
}

/* Repairs the \u0000 escapes of s[0..n) with a warning at `where`, line
 * `line` (0: count lines in s), or fails when strict. */
static int repair_nuls(const char *where, size_t line, char *s, size_t n, erg_error_t *err)
{
    size_t first = 0, nul = nul_escapes(s, n, &first);
    if (!nul)
        return 0;
    size_t l, col;
    erg__line_col(s, first, &l, &col);
    return erg__skip(err, ERG_EPARSE, -1, "%s:%zu:%zu: \\u0000 (NUL) in a string (%zu replaced by "
                     "U+FFFD)", where, line ? line : l, col, nul);
}

static int parse_error(const char *path, size_t base_line, const char *line_start,
                       const char *end, int what, erg_error_t *err)
{
    size_t line, col;
    erg__line_col(line_start, end && end >= line_start ? (size_t)(end - line_start) : 0, &line, &col);
    return erg__skip(err, ERG_EPARSE, what, "%s:%zu:%zu: malformed JSON", path, base_line + line - 1,
                    col);
}

#define CHUNK 65536

/* Reads more of a JSON Lines file into buf after its unread part; sets
 * *eof at the end. 0, or a negative code with a message in `e`. */
static int fill(erg_corpus_t *c, int *eof, erg_error_t *e)
{
    const char *path = c->files[c->cur];
    if (c->pos) { /* keep only the unread part */
        memmove(c->buf, c->buf + c->pos, c->len - c->pos);
        c->len -= c->pos;
        c->pos = 0;
    }
    void *p = c->buf;
    if (erg__grow(&p, &c->cap, c->len + CHUNK + 1, 1))
        return erg__fail(e, ERG_ENOMEM, "out of memory reading '%s'", path);
    c->buf = p;
    size_t n = fread(c->buf + c->len, 1, c->cap - c->len - 1, c->fp);
    c->len += n;
    c->buf[c->len] = '\0';
    if (n == 0 && ferror(c->fp))
        return erg__fail(e, ERG_EIO, "cannot read '%s': %s", path, strerror(errno));
    *eof = n == 0;
    return 0;
}

/* Opens a JSON Lines file and reads its first chunk (enough to tell a
 * binary file). */
static int open_lines(erg_corpus_t *c, const char *path, erg_error_t *e)
{
    int eof;
    if (!(c->fp = fopen(path, "rb")))
        return erg__fail(e, ERG_EIO, "cannot open '%s': %s", path, strerror(errno));
    erg__input_seen(fileno(c->fp), path);
    return fill(c, &eof, e);
}

/* The next line of the open JSON Lines file, without its '\n', in *ls
 * (valid until the next call): 1, 0 at the end, or a negative code. */
static int next_line(erg_corpus_t *c, const char **ls, size_t *ll, erg_error_t *err)
{
    for (;;) {
        const char *start = c->buf + c->pos;
        const char *nl = c->len > c->pos ? memchr(start, '\n', c->len - c->pos) : NULL;
        int eof = 0;
        if (!nl && c->len - c->pos > ERG_MAX_ARTICLE) { /* the rest of the file is skipped */
            int rc = erg__skip(err, ERG_EIO, ERG_SKIP_FILE, "%s:%zu: a line of more than %d MB "
                               "(no line end: not JSON Lines?)", c->files[c->cur], c->line + 1,
                               ERG_MAX_ARTICLE >> 20);
            return rc ? rc : 0;
        }
        if (!nl) {
            erg_error_t e = {0};
            int rc = fill(c, &eof, &e);
            if (rc)
                return erg__fail(err, rc, "%s", e.msg);
            if (!eof)
                continue;
            if (c->pos >= c->len)
                return 0;
        }
        *ls = c->buf + c->pos;
        *ll = nl ? (size_t)(nl - *ls) : c->len - c->pos;
        c->pos += *ll + (nl ? 1 : 0);
        return 1;
    }
}

/* Standard input: JSON Lines when its first line is a JSON object with a
 * "text" string (`cat a.jsonl | ergraph build -`), read as it comes like a
 * .jsonl file; otherwise one article, read whole. Reads up to the first line
 * end to tell, then (text) to the end. 0, ERG_EINVAL past the bound of one
 * article, or another negative code with `e` filled. */
static int open_stdin(erg_corpus_t *c, erg_error_t *e)
{
    int fd = dup(STDIN_FILENO), eof = 0, rc = 0;
    if (fd < 0 || !(c->fp = fdopen(fd, "rb"))) {
        if (fd >= 0)
            close(fd);
        return erg__fail(e, ERG_EIO, "cannot read standard input: %s", strerror(errno));
    }
    while (!rc && !eof && !memchr(c->buf ? c->buf : "", '\n', c->len) && c->len <= ERG_MAX_ARTICLE)
        rc = fill(c, &eof, e);
    size_t k = 0;
    while (k < c->len && strchr(" \t\r\n", c->buf[k]))
        k++;
    if (!rc && k < c->len && c->buf[k] == '{') {
        const char *nl = memchr(c->buf, '\n', c->len);
        cJSON *o = cJSON_ParseWithLength(c->buf, nl ? (size_t)(nl - c->buf) : c->len);
        int lines = cJSON_IsObject(o) && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "text"));
        cJSON_Delete(o);
        if (lines) {
            c->kind = KIND_JSONL;
            return 0;
        }
    }
    while (!rc && !eof && c->len <= ERG_MAX_ARTICLE)
        rc = fill(c, &eof, e);
    fclose(c->fp);
    c->fp = NULL;
    return rc ? rc : c->len > ERG_MAX_ARTICLE ? ERG_EINVAL : 0;
}

/* Opens the current file. Returns 1 when open, 0 when it was skipped, or a
 * negative code. */
static int open_file(erg_corpus_t *c, erg_error_t *err)
{
    const char *path = c->files[c->cur];
    erg_error_t e = {0};
    struct stat st;
    c->kind = strcmp(path, "-") == 0 ? KIND_TEXT : kind_of(path);
    int rc = strcmp(path, "-") == 0 ? open_stdin(c, &e)
             : c->kind == KIND_JSONL  ? open_lines(c, path, &e)
                                      : erg__read_file_max(path, ERG_MAX_ARTICLE, &c->buf, &c->len, &e);
    /* a regular file past the limit is refused before it is read; its
     * size is asked for only then, not for every file (a path lookup each:
     * 3% of a build of small articles) */
    if (rc == ERG_EINVAL && c->kind != KIND_JSONL && strcmp(path, "-") != 0 &&
        stat(path, &st) == 0 && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > ERG_MAX_ARTICLE)
        return erg__skip(err, ERG_EIO, ERG_SKIP_FILE,
                        "%s: %ju MB is too large for one article (the limit is %d MB: split it, "
                        "or make it JSON Lines)",
                        path, (uintmax_t)st.st_size >> 20, ERG_MAX_ARTICLE >> 20);
    if (rc == ERG_EINVAL) /* standard input or a device past the limit */
        return erg__skip(err, ERG_EIO, ERG_SKIP_FILE,
                        "%s: more than %d MB is too large for one article (split it, or make "
                        "it JSON Lines)", strcmp(path, "-") == 0 ? "standard input" : path,
                        ERG_MAX_ARTICLE >> 20);
    if (rc)
        return rc == ERG_ENOMEM ? erg__fail(err, rc, "%s", e.msg)
                                : erg__skip(err, rc, ERG_SKIP_FILE, "%s", e.msg);
    const char *bin = erg__binary_kind(c->buf, c->len);
    if (bin)
        return erg__skip(err, ERG_EPARSE, ERG_SKIP_FILE, "%s: not text (%s)", path, bin);
    c->pos = 0;
    c->line = 0;
    c->index = 0;
    c->open = 1;
    if (c->kind == KIND_HTML) {
        erg_html_t h;
        if ((rc = erg__html_article(path, c->buf, c->len, &h, err)) <= 0)
            return rc;
        free(c->buf);
        c->buf = h.text;
        c->len = h.len;
        c->html_title = h.title;
        c->html_date = h.date;
    }
    if (c->kind == KIND_TEXT || c->kind == KIND_HTML) {
        if ((rc = repair(path, &c->buf, &c->len, err)))
            return rc;
        size_t k = 0;
        while (k < c->len && strchr(" \t\r\n\f\v", c->buf[k]))
            k++;
        if (k == c->len)
            return erg__skip(err, ERG_EPARSE, ERG_SKIP_FILE, "%s: empty file", path);
    } else if (c->kind == KIND_JSON) {
        const char *end = NULL;
        if ((rc = repair_nuls(path, 0, c->buf, c->len, err)))
            return rc;
        int oom;
        c->array = erg__json_parse(c->buf, c->len, &end, &oom);
        if (oom)
            return erg__fail(err, ERG_ENOMEM, "out of memory reading '%s'", path);
        if (!c->array)
            return parse_error(path, 1, c->buf, end, ERG_SKIP_FILE, err);
        if (!cJSON_IsArray(c->array)) {
            if (!c->walked[c->cur])
                return erg__fail(err, ERG_EPARSE, "%s: expected an array of articles", path);
            erg__warn("skipping '%s': not an array of articles", path);
            erg__input_forget(path);
            return 0;
        }
        c->item = c->array->child;
    }
    return 1;
}

/* The next article of the open JSON or JSON Lines file: 1, 0 at its end, or
 * a negative code. Bad entries are skipped (or fail, when strict). */
static int next_json(erg_corpus_t *c, erg_article_t *a, erg_error_t *err)
{
    const char *path = c->files[c->cur];
    erg_buf_t w = {0};
    int rc = 0;
    for (;;) {
        cJSON *o = NULL;
        const cJSON *item;
        w.len = 0;
        if (c->kind == KIND_JSON) {
            if (!c->item)
                break;
            item = c->item;
            c->item = item->next;
            c->index++;
            rc = erg__buf_printf(&w, "%s: article %zu", path, c->index);
        } else {
            const char *ls;
            size_t ll;
            if ((rc = next_line(c, &ls, &ll, err)) <= 0)
                break;
            rc = 0;
            c->line++;
            size_t k = 0;
            while (k < ll && (ls[k] == ' ' || ls[k] == '\t' || ls[k] == '\r'))
                k++;
            if (k == ll)
                continue; /* blank line */
            if ((rc = repair_nuls(path, c->line, c->buf + (ls - c->buf), ll, err)))
                break;
            const char *end = NULL;
            int oom;
            o = erg__json_parse(ls, ll, &end, &oom);
            if (oom) {
                rc = erg__fail(err, ERG_ENOMEM, "out of memory reading '%s'", path);
                break;
            }
            if (o && end) {
                while (end < ls + ll && (*end == ' ' || *end == '\t' || *end == '\r'))
                    end++;
                if (end < ls + ll) {
                    cJSON_Delete(o);
                    o = NULL;
                }
            }
            if (!o) {
                if ((rc = parse_error(path, c->line, ls, end, ERG_SKIP_ARTICLE, err)))
                    break;
                continue;
            }
            item = o;
            rc = erg__buf_printf(&w, "%s:%zu", path, c->line);
        }
        if (rc) {
            cJSON_Delete(o);
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
            break;
        }
        rc = json_article(c, item, w.buf, a, err);
        cJSON_Delete(o);
        if (rc != 0)
            break; /* an article, or an error */
    }
    erg__buf_release(&w);
    return rc;
}

int erg_corpus_next(erg_corpus_t *c, erg_article_t *a, erg_error_t *err)
{
    memset(a, 0, sizeof *a);
    for (; c->cur < c->nfiles; close_file(c), c->cur++) {
        const char *path = c->files[c->cur];
        int rc;
        if (!c->open && (rc = open_file(c, err)) <= 0) {
            if (rc < 0) {
                close_file(c);
                c->cur++;
                return rc;
            }
            continue;
        }
        if (c->kind != KIND_TEXT && c->kind != KIND_HTML) {
            if ((rc = next_json(c, a, err)) != 0)
                return rc;
            continue;
        }
        a->id = erg__utf8_escape(path + c->idoff[c->cur], strlen(path + c->idoff[c->cur])); /* ids are valid UTF-8 */
        a->title = c->html_title ? c->html_title : first_line(c->buf, c->len);
        a->date = c->html_date;
        c->html_title = c->html_date = NULL;
        a->text = c->buf;
        a->len = c->len;
        c->buf = NULL;
        close_file(c);
        c->cur++;
        if (!a->id || !a->title) {
            erg_article_release(a);
            return erg__fail(err, ERG_ENOMEM, "out of memory");
        }
        return 1;
    }
    return 0;
}
