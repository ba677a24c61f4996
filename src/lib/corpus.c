/*
 * corpus.c: inputs -> articles.
 *
 * Inputs expand to a sorted list of files when opened (so a missing input
 * fails before any work); articles are then read one file at a time, and a
 * JSON Lines file one line at a time, so memory follows the largest file,
 * not the corpus.
 */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

enum { KIND_TEXT, KIND_JSONL, KIND_JSON };

struct erg_corpus {
    char **files;
    unsigned char *walked; /* found in a directory, not named */
    size_t nfiles, fcap, cur;
    /* the file being read */
    char *buf;
    size_t len, pos, line;
    int kind, open;
    cJSON *array;
    const cJSON *item;
    size_t index;
};

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int kind_of(const char *path)
{
    if (ends_with(path, ".jsonl"))
        return KIND_JSONL;
    if (ends_with(path, ".json"))
        return KIND_JSON;
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
           ends_with(name, ".jsonl");
}

static int add_file(erg_corpus_t *c, const char *path, int walked)
{
    void *p = c->files;
    size_t cap = c->fcap;
    if (erg_grow(&p, &cap, c->nfiles + 1, sizeof(char *)))
        return ERG_ENOMEM;
    c->files = p;
    p = c->walked;
    if (erg_grow(&p, &c->fcap, c->nfiles + 1, 1))
        return ERG_ENOMEM;
    c->walked = p;
    c->walked[c->nfiles] = (unsigned char)walked;
    if (!(c->files[c->nfiles] = erg_strdup(path)))
        return ERG_ENOMEM;
    c->nfiles++;
    return 0;
}

static int walk(erg_corpus_t *c, const char *dir, int depth, erg_error_t *err)
{
    if (depth > 64)
        return erg_fail(err, ERG_EIO, "cannot walk '%s': directories nested too deep (a symlink loop?)", dir);
    DIR *d = opendir(dir);
    if (!d)
        return erg_fail(err, ERG_EIO, "cannot open directory '%s': %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files */
        void *p = names;
        if (erg_grow(&p, &cap, n + 1, sizeof(char *)) || !(((char **)p)[n] = erg_strdup(e->d_name))) {
            names = p;
            rc = erg_fail(err, ERG_ENOMEM, "out of memory");
            break;
        }
        names = p;
        n++;
    }
    closedir(d);
    if (!rc && n)
        qsort(names, n, sizeof(char *), erg_cmp_str);
    size_t dl = strlen(dir);
    for (size_t i = 0; i < n && !rc; i++) {
        erg_buf_t path = {0};
        int slash = dl && dir[dl - 1] == '/';
        if (erg_buf_printf(&path, "%s%s%s", dir, slash ? "" : "/", names[i])) {
            rc = erg_fail(err, ERG_ENOMEM, "out of memory");
            break;
        }
        struct stat st;
        if (stat(path.buf, &st) != 0) {
            rc = erg_fail(err, ERG_EIO, "cannot open '%s': %s", path.buf, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            rc = walk(c, path.buf, depth + 1, err);
        } else if (S_ISREG(st.st_mode) && wanted(names[i])) {
            if (add_file(c, path.buf, 1))
                rc = erg_fail(err, ERG_ENOMEM, "out of memory");
        }
        erg_buf_release(&path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int erg_corpus_open(erg_corpus_t **out, const char *const *inputs, size_t n, erg_error_t *err)
{
    erg_corpus_t *c = calloc(1, sizeof *c);
    if (!c)
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") == 0) {
            if (add_file(c, "-", 0))
                rc = erg_fail(err, ERG_ENOMEM, "out of memory");
        } else if (stat(inputs[i], &st) != 0) {
            rc = erg_fail(err, ERG_EIO, "cannot open '%s': %s", inputs[i], strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            rc = walk(c, inputs[i], 0, err);
        } else if (add_file(c, inputs[i], 0)) {
            rc = erg_fail(err, ERG_ENOMEM, "out of memory");
        }
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
    cJSON_Delete(c->array);
    c->array = NULL;
    c->item = NULL;
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
            return erg_utf8_clean(s + a, b - a);
        i = j + 1;
    }
    return erg_strdup("");
}

static int json_article(erg_corpus_t *c, const cJSON *o, const char *where, erg_article_t *a,
                        erg_error_t *err)
{
    const char *path = c->files[c->cur];
    if (!cJSON_IsObject(o))
        return erg_fail(err, ERG_EPARSE, "%s: expected an article object", where);
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(o, "title");
    const cJSON *date = cJSON_GetObjectItemCaseSensitive(o, "date");
    if (!cJSON_IsString(text))
        return erg_fail(err, ERG_EPARSE, "%s: article has no \"text\" string", where);
    erg_buf_t ib = {0};
    int rc;
    if (cJSON_IsString(id))
        rc = erg_buf_printf(&ib, "%s#%s", path, id->valuestring);
    else if (cJSON_IsNumber(id))
        rc = erg_buf_printf(&ib, "%s#%.17g", path, id->valuedouble);
    else
        rc = erg_buf_printf(&ib, "%s#%zu", path, c->kind == KIND_JSONL ? c->line : c->index);
    if (rc)
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    a->id = ib.buf;
    a->len = strlen(text->valuestring);
    a->text = erg_strndup(text->valuestring, a->len);
    a->title = cJSON_IsString(title) ? erg_utf8_clean(title->valuestring, strlen(title->valuestring))
                                     : first_line(text->valuestring, a->len);
    a->date = cJSON_IsString(date) ? erg_utf8_clean(date->valuestring, strlen(date->valuestring)) : NULL;
    if (!a->text || !a->title || (cJSON_IsString(date) && !a->date)) {
        erg_article_release(a);
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    }
    return 1;
}

static int parse_error(const char *path, const char *buf, size_t base_line, const char *line_start,
                       const char *end, erg_error_t *err)
{
    size_t line, col;
    erg_line_col(line_start, end && end >= line_start ? (size_t)(end - line_start) : 0, &line, &col);
    (void)buf;
    return erg_fail(err, ERG_EPARSE, "%s:%zu:%zu: malformed JSON", path, base_line + line - 1, col);
}

static int open_file(erg_corpus_t *c, erg_error_t *err)
{
    const char *path = c->files[c->cur];
    int rc = erg_read_file(path, &c->buf, &c->len, err);
    if (rc)
        return rc;
    c->kind = strcmp(path, "-") == 0 ? KIND_TEXT : kind_of(path);
    c->pos = 0;
    c->line = 0;
    c->index = 0;
    c->open = 1;
    if (c->kind == KIND_JSON) {
        const char *end = NULL;
        c->array = cJSON_ParseWithLengthOpts(c->buf, c->len, &end, 0);
        if (!c->array)
            return parse_error(path, c->buf, 1, c->buf, end, err);
        if (!cJSON_IsArray(c->array)) {
            if (!c->walked[c->cur])
                return erg_fail(err, ERG_EPARSE, "%s: expected an array of articles", path);
            erg_warn("skipping '%s': not an array of articles", path);
            c->item = NULL;
            return 0;
        }
        c->item = c->array->child;
    }
    return 0;
}

int erg_corpus_next(erg_corpus_t *c, erg_article_t *a, erg_error_t *err)
{
    memset(a, 0, sizeof *a);
    for (;;) {
        if (c->cur >= c->nfiles)
            return 0;
        const char *path = c->files[c->cur];
        int rc;
        if (!c->open && (rc = open_file(c, err))) {
            close_file(c);
            c->cur++;
            return rc;
        }
        if (c->kind == KIND_TEXT) {
            a->id = erg_strdup(path);
            a->title = first_line(c->buf, c->len);
            a->text = c->buf;
            a->len = c->len;
            c->buf = NULL;
            close_file(c);
            c->cur++;
            if (!a->id || !a->title) {
                erg_article_release(a);
                return erg_fail(err, ERG_ENOMEM, "out of memory");
            }
            return 1;
        }
        if (c->kind == KIND_JSON) {
            if (c->item) {
                const cJSON *o = c->item;
                c->item = o->next;
                c->index++;
                char where[64];
                snprintf(where, sizeof where, "article %zu", c->index);
                erg_buf_t w = {0};
                if (erg_buf_printf(&w, "%s: %s", path, where))
                    return erg_fail(err, ERG_ENOMEM, "out of memory");
                rc = json_article(c, o, w.buf, a, err);
                erg_buf_release(&w);
                return rc;
            }
        } else {
            while (c->pos < c->len) {
                const char *ls = c->buf + c->pos;
                const char *nl = memchr(ls, '\n', c->len - c->pos);
                size_t ll = nl ? (size_t)(nl - ls) : c->len - c->pos;
                c->pos += ll + (nl ? 1 : 0);
                c->line++;
                size_t k = 0;
                while (k < ll && (ls[k] == ' ' || ls[k] == '\t' || ls[k] == '\r'))
                    k++;
                if (k == ll)
                    continue; /* blank line */
                const char *end = NULL;
                cJSON *o = cJSON_ParseWithLengthOpts(ls, ll, &end, 0);
                if (o && end) {
                    while (end < ls + ll && (*end == ' ' || *end == '\t' || *end == '\r'))
                        end++;
                    if (end < ls + ll) {
                        cJSON_Delete(o);
                        o = NULL;
                    }
                }
                if (!o)
                    return parse_error(path, c->buf, c->line, ls, end, err);
                erg_buf_t w = {0};
                if (erg_buf_printf(&w, "%s:%zu", path, c->line)) {
                    cJSON_Delete(o);
                    return erg_fail(err, ERG_ENOMEM, "out of memory");
                }
                rc = json_article(c, o, w.buf, a, err);
                erg_buf_release(&w);
                cJSON_Delete(o);
                return rc;
            }
        }
        close_file(c);
        c->cur++;
    }
}
