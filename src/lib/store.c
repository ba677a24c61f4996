/* store.c: the string arena and the link store of a built network; see
 * store.h. */
#include "store.h"

#include <stdlib.h>
#include <string.h>

/* Blocks of 1 MB (or one string's size): few enough mallocs that millions
 * of snippets cost their bytes, small enough that the last block's slack
 * does not matter. */
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

void erg_graph_store_free(struct erg_graph_store *s)
{
    if (!s)
        return;
    erg_arena_release(&s->strings);
    free(s->evidence);
    free(s->docs);
    free(s);
}
