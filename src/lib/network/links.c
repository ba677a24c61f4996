/*
 * links.c: the builder's links (network_internal.h): found by their ends through a
 * table of 32-bit indexes, their articles chained in one array, their
 * evidence in runs of one array, and at the end moved, not copied, into
 * the network: the link array converted in place, the evidence and the
 * strings handed over as the network's store.
 *
 * A link's evidence run starts with room for min(E, 4) records (E the
 * evidence option) and moves to the end of the array, doubled, when full:
 * with the default E = 3 every run is allocated once, at its final size.
 */
#include "ergraph.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "network_internal.h"

#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(erg_link_t) >= sizeof(erg_blink_t),
               "links are converted in place: the network's must not be smaller");

/* A pair's hash; its high half picks the slot and is kept in the slot, so
 * that a probe passing other links' slots reads none of their records:
 * those reads, each a cache miss on a large network, were most of the
 * probe's time. */
static uint32_t pair_hash(uint32_t a, uint32_t b)
{
    return (uint32_t)((((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ULL) >> 32);
}

static int rehash(erg_builder_t *b)
{
    size_t cap = b->slot_cap ? 2 * b->slot_cap : 1024;
    uint64_t *t = calloc(cap, sizeof *t);
    if (!t)
        return ERG_ENOMEM;
    for (size_t i = 0; i < b->m; i++) {
        uint32_t h = pair_hash(b->links[i].a, b->links[i].b);
        size_t j = h & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = (uint64_t)h << 32 | (uint32_t)(i + 1);
    }
    free(b->link_slot);
    b->link_slot = t;
    b->slot_cap = cap;
    return 0;
}

void erg__builder_link_ahead(const erg_builder_t *b, size_t x, size_t y, int peek)
{
    if (!b->slot_cap)
        return;
    uint32_t lo = (uint32_t)(x < y ? x : y), hi = (uint32_t)(x < y ? y : x);
    uint32_t h = pair_hash(lo, hi);
    const uint64_t *s = &b->link_slot[h & (b->slot_cap - 1)];
    if (!peek)
        __builtin_prefetch(s);
    else if (*s && (uint32_t)(*s >> 32) == h)
        __builtin_prefetch(&b->links[(uint32_t)*s - 1], 1);
}

int erg__builder_link(erg_builder_t *b, size_t x, size_t y, erg_blink_t **out)
{
    uint32_t lo = (uint32_t)(x < y ? x : y), hi = (uint32_t)(x < y ? y : x);
    uint32_t h = pair_hash(lo, hi);
    size_t j = b->slot_cap ? h & (b->slot_cap - 1) : 0;
    for (; b->slot_cap && b->link_slot[j]; j = (j + 1) & (b->slot_cap - 1)) {
        if ((uint32_t)(b->link_slot[j] >> 32) != h)
            continue;
        erg_blink_t *l = &b->links[(uint32_t)b->link_slot[j] - 1];
        if (l->a == lo && l->b == hi) {
            *out = l;
            return 0;
        }
    }
    if (b->m >= UINT32_MAX - 1)
        return ERG_ENOMEM;
    if ((b->m + 1) * 2 > b->slot_cap) { /* at most half full */
        if (rehash(b))
            return ERG_ENOMEM;
        j = h & (b->slot_cap - 1);
        while (b->link_slot[j])
            j = (j + 1) & (b->slot_cap - 1);
    }
    void *p = b->links;
    if (erg__grow(&p, &b->lcap, b->m + 1, sizeof *b->links))
        return ERG_ENOMEM;
    b->links = p;
    b->link_slot[j] = (uint64_t)h << 32 | (uint32_t)(b->m + 1);
    erg_blink_t *l = &b->links[b->m++];
    memset(l, 0, sizeof *l);
    l->a = lo;
    l->b = hi;
    *out = l;
    return 0;
}

int erg__builder_doc(erg_builder_t *b, const char *id, const char *date, size_t *out)
{
    void *p = b->docs;
    if (b->ndocs >= UINT32_MAX || erg__grow(&p, &b->dcap, b->ndocs + 1, sizeof(char *)))
        return ERG_ENOMEM;
    b->docs = p;
    p = b->dates;
    if (erg__grow(&p, &b->dtcap, b->ndocs + 1, sizeof *b->dates))
        return ERG_ENOMEM;
    b->dates = p;
    snprintf(b->dates[b->ndocs], sizeof *b->dates, "%s", date ? date : "");
    if (!(b->docs[b->ndocs] = erg__arena_strndup(&b->strings, id, strlen(id))))
        return ERG_ENOMEM;
    *out = b->ndocs++;
    return 0;
}

int erg__builder_link_doc(erg_builder_t *b, erg_blink_t *l, size_t doc)
{
    void *p = b->refs;
    if (b->nrefs >= UINT32_MAX || erg__grow(&p, &b->rcap, b->nrefs + 1, sizeof *b->refs))
        return ERG_ENOMEM;
    b->refs = p;
    b->refs[b->nrefs] = (erg_bref_t){(uint32_t)doc, 0};
    if (l->ndocs)
        b->refs[l->last].next = (uint32_t)b->nrefs;
    else
        l->first = (uint32_t)b->nrefs;
    l->last = (uint32_t)b->nrefs++;
    l->last_doc = (uint32_t)doc;
    l->ndocs++;
    return 0;
}

size_t erg__builder_last_doc(const erg_builder_t *b, const erg_blink_t *l)
{
    (void)b; /* the link holds its latest article (part_read.c calls this too) */
    return l->ndocs ? l->last_doc : (size_t)-1;
}

/* The room of a run holding n records (n > 0). */
static size_t room(size_t n, size_t max)
{
    size_t c = max < 4 ? max : 4;
    while (c < n)
        c = 2 * c < max ? 2 * c : max;
    return c;
}

int erg__builder_ev_slot(erg_builder_t *b, erg_blink_t *l, erg_evidence_t **out)
{
    size_t max = b->opts.counting.evidence;
    if (!l->nev || l->nev == room(l->nev, max)) { /* a new run at the end */
        size_t want = l->nev ? room(l->nev + 1, max) : room(1, max);
        void *p = b->ev;
        if (erg__grow(&p, &b->evcap, b->nev + want, sizeof *b->ev))
            return ERG_ENOMEM;
        b->ev = p;
        memset(b->ev + b->nev, 0, want * sizeof *b->ev);
        if (l->nev)
            memcpy(b->ev + b->nev, b->ev + l->ev, l->nev * sizeof *b->ev);
        l->ev = b->nev;
        b->nev += want;
    }
    *out = &b->ev[l->ev + l->nev];
    return 0;
}

char *erg__builder_text(erg_builder_t *b, const char *s, size_t n)
{
    /* a snippet of valid text (nearly all: articles are repaired when
     * read, and a snippet is cut at their tokens) is copied as it is,
     * checked eight bytes at a time, without the repair's copy */
    if (erg__utf8_valid(s, n))
        return erg__arena_strndup(&b->strings, s, n);
    size_t len;
    char *clean = erg__utf8_repair(s, n, &len, NULL, NULL);
    char *copy = clean ? erg__arena_strndup(&b->strings, clean, len) : NULL;
    free(clean);
    return copy;
}

int erg__builder_move_links(erg_builder_t *b, erg_graph_t *g, const size_t *rank)
{
    free(b->link_slot); /* counting is over: room for the network */
    b->link_slot = NULL;
    b->slot_cap = 0;
    struct erg_graph_store *st = calloc(1, sizeof *st);
    char **docs = malloc((b->nrefs + 1) * sizeof *docs);
    if (!st || !docs) {
        free(st);
        free(docs);
        return ERG_ENOMEM;
    }
    /* the chains laid out link after link; `first` becomes the offset */
    size_t off = 0;
    for (size_t i = 0; i < b->m; i++) {
        erg_blink_t *l = &b->links[i];
        uint32_t r = l->first;
        l->first = (uint32_t)off;
        for (size_t k = 0; k < l->ndocs; k++, r = b->refs[r].next)
            docs[off++] = b->docs[b->refs[r].doc];
    }
    free(b->refs);
    b->refs = NULL;
    b->nrefs = b->rcap = 0;
    size_t m = b->m;
    void *p = b->links;
    if (m * sizeof(erg_link_t) > b->lcap * sizeof *b->links &&
        !(p = erg__xrealloc_array(b->links, m, sizeof(erg_link_t)))) {
        free(st);
        free(docs);
        return ERG_ENOMEM;
    }
    if (!p && !(p = calloc(1, sizeof(erg_link_t)))) { /* never NULL, as a network's */
        free(st);
        free(docs);
        return ERG_ENOMEM;
    }
    /* back to front, so that record i is read before link i overwrites it */
    for (size_t i = m; i-- > 0;) {
        erg_blink_t s = ((erg_blink_t *)p)[i];
        size_t x = rank[s.a], y = rank[s.b];
        ((erg_link_t *)p)[i] = (erg_link_t){
            .source = x < y ? x : y, .target = x < y ? y : x, .weight = (double)s.count,
            .count = s.count, .docs = docs + s.first, .ndocs = s.ndocs,
            .evidence = b->ev ? b->ev + s.ev : NULL, .nevidence = s.nev};
    }
    g->links = p;
    g->nlinks = m;
    st->docs = docs;
    st->evidence = b->ev;
    st->strings = b->strings;
    g->store = st;
    b->links = NULL;
    b->m = b->lcap = 0;
    b->ev = NULL;
    b->nev = b->evcap = 0;
    b->strings.head = NULL;
    return 0;
}

void erg__builder_links_release(erg_builder_t *b)
{
    free(b->links);
    free(b->link_slot);
    free(b->refs);
    free(b->ev);
    erg__map_release(&b->snips);
}
