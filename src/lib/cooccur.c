/*
 * cooccur.c: mentions in windows -> a network with evidence.
 *
 * Two entities are linked once for every window (sentence, paragraph or
 * article) that holds both; `count` is that number and `weight` equals it.
 * Byline mentions stay out unless keep_bylines. The builder owns copies of
 * everything it keeps, so articles can be released after erg_builder_add.
 */
#include "internal.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *id;
    erg_type_t type;
    long mentions, documents;
    size_t last_doc;
    erg_map_t seen; /* surface forms met */
    char **aliases;
    size_t naliases, acap;
} bnode_t;

typedef struct {
    size_t a, b;
    long count;
    size_t last_doc;
    size_t *docs;
    size_t ndocs, dcap;
    erg_evidence_t *ev;
    size_t nev, evcap;
} blink_t;

struct erg_builder {
    erg_build_opts_t opts;
    bnode_t *nodes;
    size_t n, ncap;
    erg_map_t node_index;
    blink_t *links;
    size_t m, lcap;
    erg_map_t link_index;
    char **docs;
    size_t ndocs, dcap;
    long mentions;
};

static const char *const window_names[] = {"sentence", "paragraph", "document"};

const char *erg_window_name(erg_window_t w) { return window_names[w]; }

int erg_window_parse(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(s, window_names[i]) == 0)
            return i;
    return -1;
}

void erg_build_opts_init(erg_build_opts_t *o)
{
    o->window = ERG_WINDOW_SENTENCE;
    o->keep_bylines = 0;
    o->evidence = 3;
}

erg_builder_t *erg_builder_new(const erg_build_opts_t *o)
{
    erg_builder_t *b = calloc(1, sizeof *b);
    if (b)
        b->opts = *o;
    return b;
}

static void clear(erg_builder_t *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->nodes[i].id);
        erg_map_release(&b->nodes[i].seen);
        for (size_t k = 0; k < b->nodes[i].naliases; k++)
            free(b->nodes[i].aliases[k]);
        free(b->nodes[i].aliases);
    }
    for (size_t i = 0; i < b->m; i++) {
        free(b->links[i].docs);
        for (size_t k = 0; k < b->links[i].nev; k++) {
            free(b->links[i].ev[k].doc);
            free(b->links[i].ev[k].text);
        }
        free(b->links[i].ev);
    }
    for (size_t i = 0; i < b->ndocs; i++)
        free(b->docs[i]);
    free(b->nodes);
    free(b->links);
    free(b->docs);
    erg_map_release(&b->node_index);
    erg_map_release(&b->link_index);
    erg_build_opts_t o = b->opts;
    memset(b, 0, sizeof *b);
    b->opts = o;
}

void erg_builder_free(erg_builder_t *b)
{
    if (!b)
        return;
    clear(b);
    free(b);
}

static int node_of(erg_builder_t *b, const erg_mention_t *x, size_t *out)
{
    size_t len = strlen(x->entity);
    size_t *v = erg_map_get(&b->node_index, x->entity, len);
    if (v) {
        *out = *v;
        return 0;
    }
    void *p = b->nodes;
    if (erg_grow(&p, &b->ncap, b->n + 1, sizeof *b->nodes))
        return ERG_ENOMEM;
    b->nodes = p;
    bnode_t *nd = &b->nodes[b->n];
    memset(nd, 0, sizeof *nd);
    nd->last_doc = (size_t)-1;
    nd->type = x->type;
    if (!(nd->id = erg_strdup(x->entity)) || erg_map_put(&b->node_index, x->entity, len, b->n)) {
        free(nd->id);
        return ERG_ENOMEM;
    }
    *out = b->n++;
    return 0;
}

static int add_alias(bnode_t *nd, const char *s, size_t n)
{
    if (erg_map_get(&nd->seen, s, n))
        return 0;
    void *p = nd->aliases;
    char *copy = erg_utf8_clean(s, n);
    if (!copy || erg_grow(&p, &nd->acap, nd->naliases + 1, sizeof(char *)) ||
        erg_map_put(&nd->seen, s, n, 1)) {
        free(copy);
        return ERG_ENOMEM;
    }
    nd->aliases = p;
    nd->aliases[nd->naliases++] = copy;
    return 0;
}

static int link_of(erg_builder_t *b, size_t x, size_t y, blink_t **out)
{
    size_t key[2] = {x < y ? x : y, x < y ? y : x};
    size_t *v = erg_map_get(&b->link_index, key, sizeof key);
    if (v) {
        *out = &b->links[*v];
        return 0;
    }
    void *p = b->links;
    if (erg_grow(&p, &b->lcap, b->m + 1, sizeof *b->links))
        return ERG_ENOMEM;
    b->links = p;
    if (erg_map_put(&b->link_index, key, sizeof key, b->m))
        return ERG_ENOMEM;
    blink_t *l = &b->links[b->m++];
    memset(l, 0, sizeof *l);
    l->a = key[0];
    l->b = key[1];
    l->last_doc = (size_t)-1;
    *out = l;
    return 0;
}

static size_t window_of(const erg_builder_t *b, const erg_mention_t *x)
{
    switch (b->opts.window) {
    case ERG_WINDOW_SENTENCE: return x->sentence;
    case ERG_WINDOW_PARAGRAPH: return x->paragraph;
    default: return 0;
    }
}

/* Counts the pairs among the distinct nodes `ids` (each with the sentence of
 * its first mention in `sents`) of one window. */
static int count_window(erg_builder_t *b, const erg_article_t *a, const erg_mentions_t *m,
                        size_t doc, const size_t *ids, const size_t *sents, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        for (size_t j = i + 1; j < k; j++) {
            blink_t *l;
            if (link_of(b, ids[i], ids[j], &l))
                return ERG_ENOMEM;
            l->count++;
            if (l->last_doc != doc) {
                void *p = l->docs;
                if (erg_grow(&p, &l->dcap, l->ndocs + 1, sizeof(size_t)))
                    return ERG_ENOMEM;
                l->docs = p;
                l->docs[l->ndocs++] = doc;
                l->last_doc = doc;
            }
            if (l->nev >= b->opts.evidence || m->nsent == 0)
                continue;
            size_t s1 = sents[i] < sents[j] ? sents[i] : sents[j];
            size_t s2 = sents[i] < sents[j] ? sents[j] : sents[i];
            void *p = l->ev;
            if (erg_grow(&p, &l->evcap, l->nev + 1, sizeof *l->ev))
                return ERG_ENOMEM;
            l->ev = p;
            erg_evidence_t *e = &l->ev[l->nev];
            e->start = m->sent_start[s1];
            e->end = m->sent_end[s2];
            e->doc = erg_strdup(b->docs[doc]);
            e->text = erg_utf8_clean(a->text + e->start, e->end - e->start);
            if (!e->doc || !e->text) {
                free(e->doc);
                free(e->text);
                return ERG_ENOMEM;
            }
            l->nev++;
        }
    }
    return 0;
}

int erg_builder_add(erg_builder_t *b, const erg_article_t *a, const erg_mentions_t *m,
                    erg_error_t *err)
{
    void *p = b->docs;
    if (erg_grow(&p, &b->dcap, b->ndocs + 1, sizeof(char *)))
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    b->docs = p;
    if (!(b->docs[b->ndocs] = erg_strdup(a->id)))
        return erg_fail(err, ERG_ENOMEM, "out of memory");
    size_t doc = b->ndocs++;
    size_t *ids = malloc((m->n + 1) * sizeof *ids);
    size_t *sents = malloc((m->n + 1) * sizeof *sents);
    int rc = ids && sents ? 0 : ERG_ENOMEM;
    size_t k = 0, win = (size_t)-1;
    for (size_t i = 0; i < m->n && !rc; i++) {
        const erg_mention_t *x = &m->items[i];
        if (x->role == ERG_ROLE_BYLINE && !b->opts.keep_bylines)
            continue;
        size_t w = window_of(b, x);
        if (w != win) {
            if ((rc = count_window(b, a, m, doc, ids, sents, k)))
                break;
            k = 0;
            win = w;
        }
        size_t id;
        if ((rc = node_of(b, x, &id)))
            break;
        bnode_t *nd = &b->nodes[id];
        nd->mentions++;
        b->mentions++;
        if (nd->last_doc != doc) {
            nd->documents++;
            nd->last_doc = doc;
        }
        if ((rc = add_alias(nd, a->text + x->start, x->end - x->start)))
            break;
        size_t q = 0;
        while (q < k && ids[q] != id)
            q++;
        if (q == k) {
            ids[k] = id;
            sents[k++] = x->sentence;
        }
    }
    if (!rc)
        rc = count_window(b, a, m, doc, ids, sents, k);
    free(ids);
    free(sents);
    if (rc)
        return erg_fail(err, rc, "%s: %s", a->id, erg_strerror(rc));
    return 0;
}

static const bnode_t *sort_nodes;

static int cmp_node(const void *x, const void *y)
{
    return strcmp(sort_nodes[*(const size_t *)x].id, sort_nodes[*(const size_t *)y].id);
}

static int cmp_link(const void *x, const void *y)
{
    const erg_link_t *p = x, *q = y;
    if (p->source != q->source)
        return p->source < q->source ? -1 : 1;
    return (p->target > q->target) - (p->target < q->target);
}

static char *meta(const erg_builder_t *b, const char *const *inputs, size_t ninputs)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *in = cJSON_AddArrayToObject(o, "inputs");
    for (size_t i = 0; i < ninputs; i++)
        cJSON_AddItemToArray(in, cJSON_CreateString(inputs[i]));
    cJSON_AddStringToObject(o, "window", erg_window_name(b->opts.window));
    cJSON_AddStringToObject(o, "weight", "count");
    cJSON_AddBoolToObject(o, "keep_bylines", b->opts.keep_bylines);
    cJSON_AddNumberToObject(o, "evidence_per_link", (double)b->opts.evidence);
    cJSON_AddNumberToObject(o, "articles", (double)b->ndocs);
    cJSON_AddNumberToObject(o, "mentions", (double)b->mentions);
    cJSON_AddNumberToObject(o, "nodes", (double)b->n);
    cJSON_AddNumberToObject(o, "links", (double)b->m);
    cJSON_AddStringToObject(o, "version", "ergraph " ERG_VERSION);
    char *s = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return s;
}

int erg_builder_finish(erg_builder_t *b, const char *const *inputs, size_t ninputs,
                       erg_graph_t *g, erg_error_t *err)
{
    erg_graph_init(g);
    size_t *order = malloc((b->n + 1) * sizeof *order);
    size_t *rank = malloc((b->n + 1) * sizeof *rank);
    g->nodes = calloc(b->n + 1, sizeof *g->nodes);
    g->links = calloc(b->m + 1, sizeof *g->links);
    char *mj = meta(b, inputs, ninputs);
    int rc = 0;
    if (!order || !rank || !g->nodes || !g->links || !mj) {
        rc = ERG_ENOMEM;
        goto cleanup;
    }
    g->meta_json = erg_strdup(mj);
    for (size_t i = 0; i < b->n; i++)
        order[i] = i;
    sort_nodes = b->nodes;
    qsort(order, b->n, sizeof *order, cmp_node);
    for (size_t i = 0; i < b->n; i++) {
        bnode_t *s = &b->nodes[order[i]];
        erg_node_t *d = &g->nodes[i];
        rank[order[i]] = i;
        d->id = s->id;
        s->id = NULL;
        d->type = s->type;
        d->mentions = s->mentions;
        d->documents = s->documents;
        qsort(s->aliases, s->naliases, sizeof(char *), erg_cmp_str);
        d->aliases = s->aliases;
        d->naliases = s->naliases;
        s->aliases = NULL;
        s->naliases = 0;
    }
    g->nnodes = b->n;
    for (size_t i = 0; i < b->m && !rc; i++) {
        blink_t *s = &b->links[i];
        erg_link_t *d = &g->links[i];
        size_t x = rank[s->a], y = rank[s->b];
        d->source = x < y ? x : y;
        d->target = x < y ? y : x;
        d->count = s->count;
        d->weight = (double)s->count;
        d->docs = calloc(s->ndocs + 1, sizeof(char *));
        d->evidence = s->ev;
        d->nevidence = s->nev;
        s->ev = NULL;
        s->nev = 0;
        g->nlinks++;
        if (!d->docs) {
            rc = ERG_ENOMEM;
            break;
        }
        for (size_t k = 0; k < s->ndocs && !rc; k++, d->ndocs++)
            if (!(d->docs[k] = erg_strdup(b->docs[s->docs[k]])))
                rc = ERG_ENOMEM;
    }
    qsort(g->links, g->nlinks, sizeof *g->links, cmp_link);
cleanup:
    cJSON_free(mj);
    free(order);
    free(rank);
    clear(b);
    if (rc) {
        erg_graph_release(g);
        return erg_fail(err, rc, "cannot build the network: %s", erg_strerror(rc));
    }
    return 0;
}
