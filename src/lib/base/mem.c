/* mem.c: allocation helpers, growable buffers and string arenas. */
#include "ergraph.h"
#include "mem.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *erg__xrealloc_array(void *p, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    return realloc(p, (n && size) ? n * size : 1);
}

char *erg__strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *erg__strdup(const char *s) { return erg__strndup(s, strlen(s)); }

size_t erg__input_name(const char *input, size_t *len)
{
    size_t end = strlen(input);
    while (end > 1 && input[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && input[start - 1] != '/')
        start--;
    *len = end - start;
    if ((*len == 1 && input[start] == '.') || (*len == 2 && memcmp(input + start, "..", 2) == 0) ||
        (*len == 1 && input[start] == '/')) {
        *len = 0;
        return strlen(input);
    }
    return start;
}

int erg__grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 8;
    while (nc < need)
        nc *= 2;
    void *q = erg__xrealloc_array(*p, nc, size);
    if (!q)
        return ERG_ENOMEM;
    *p = q;
    *cap = nc;
    return 0;
}

int erg__buf_add(erg_buf_t *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) { /* a call only when it must grow */
        void *p = b->buf;
        if (erg__grow(&p, &b->cap, b->len + n + 1, 1))
            return ERG_ENOMEM;
        b->buf = p;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
    return 0;
}

int erg__buf_adds(erg_buf_t *b, const char *s) { return erg__buf_add(b, s, strlen(s)); }

int erg__buf_printf(erg_buf_t *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return ERG_EINVAL;
    if ((size_t)n < sizeof small)
        return erg__buf_add(b, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return ERG_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    int rc = erg__buf_add(b, big, (size_t)n);
    free(big);
    return rc;
}

void erg__buf_release(erg_buf_t *b)
{
    free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
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

char *erg__arena_strndup(erg_arena_t *a, const char *s, size_t n)
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

void erg__arena_release(erg_arena_t *a)
{
    while (a->head) {
        struct erg_arena_block *next = a->head->next;
        free(a->head);
        a->head = next;
    }
}

void erg__arena_reset(erg_arena_t *a)
{
    if (!a->head)
        return;
    struct erg_arena_block *keep = a->head;
    a->head = keep->next;
    erg__arena_release(a);
    keep->next = NULL;
    keep->used = 0;
    a->head = keep;
}

int erg__cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
