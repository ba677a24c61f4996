/*
 * graph.c: the in-memory network shared by build, graph_json, measures and
 * render: release, lookup by id or name, and in-place removal of nodes and
 * links (for prune.c and weights.c; see network_internal.h). A built network's link
 * strings live in its store (network_internal.h), freed at once on release.
 */
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "network_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void erg_graph_init(erg_graph_t *g) { memset(g, 0, sizeof *g); }

/* The link store of a built network: its strings in an arena (mem.h). */
static void store_free(struct erg_graph_store *s)
{
    if (!s)
        return;
    erg__arena_release(&s->strings);
    free(s->evidence);
    free(s->docs);
    free(s);
}

static void node_release(erg_node_t *nd)
{
    free(nd->id);
    for (size_t k = 0; k < nd->naliases; k++)
        free(nd->aliases[k]);
    free(nd->aliases);
}

/* A link's docs and evidence, unless the graph's store holds them. */
static void link_release(const erg_graph_t *g, erg_link_t *l)
{
    if (g->store)
        return;
    for (size_t k = 0; k < l->ndocs; k++)
        free(l->docs[k]);
    free(l->docs);
    for (size_t k = 0; k < l->nevidence; k++) {
        free(l->evidence[k].doc);
        free(l->evidence[k].text);
    }
    free(l->evidence);
}

void erg_graph_release(erg_graph_t *g)
{
    for (size_t i = 0; g->nodes && i < g->nnodes; i++)
        node_release(&g->nodes[i]);
    for (size_t i = 0; g->links && i < g->nlinks; i++)
        link_release(g, &g->links[i]);
    free(g->nodes);
    free(g->links);
    free(g->meta_json);
    store_free(g->store);
    erg_graph_init(g);
}

long erg_graph_find(const erg_graph_t *g, const char *id)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0)
            return (long)i;
    return -1;
}

long erg_graph_link(const erg_graph_t *g, size_t a, size_t b)
{
    size_t s = a < b ? a : b, t = a < b ? b : a;
    for (size_t i = 0; i < g->nlinks; i++)
        if (g->links[i].source == s && g->links[i].target == t)
            return (long)i;
    return -1;
}

int erg_graph_path(const erg_graph_t *g, size_t a, size_t b, size_t **path, size_t *n)
{
    /* breadth first from a over the links in their order: the fewest hops,
     * and among equal paths the same one every time */
    size_t *from = malloc((g->nnodes + 1) * sizeof *from);
    size_t *queue = malloc((g->nnodes + 1) * sizeof *queue);
    size_t *first = calloc(g->nnodes + 2, sizeof *first);
    size_t *adj = malloc((2 * g->nlinks + 1) * sizeof *adj);
    *path = NULL;
    *n = 0;
    if (!from || !queue || !first || !adj) {
        free(from), free(queue), free(first), free(adj);
        return ERG_ENOMEM;
    }
    for (size_t i = 0; i < g->nlinks; i++)
        first[g->links[i].source + 2]++, first[g->links[i].target + 2]++;
    for (size_t i = 2; i < g->nnodes + 2; i++)
        first[i] += first[i - 1];
    for (size_t i = 0; i < g->nlinks; i++) {
        adj[first[g->links[i].source + 1]++] = g->links[i].target;
        adj[first[g->links[i].target + 1]++] = g->links[i].source;
    }
    for (size_t i = 0; i < g->nnodes; i++)
        from[i] = (size_t)-1;
    size_t head = 0, tail = 0;
    from[a] = a;
    queue[tail++] = a;
    while (head < tail && from[b] == (size_t)-1) {
        size_t u = queue[head++];
        for (size_t k = first[u]; k < first[u + 1]; k++)
            if (from[adj[k]] == (size_t)-1) {
                from[adj[k]] = u;
                queue[tail++] = adj[k];
            }
    }
    int rc = 0;
    if (from[b] != (size_t)-1) {
        size_t len = 1;
        for (size_t v = b; v != a; v = from[v])
            len++;
        if (!(*path = malloc(len * sizeof **path)))
            rc = ERG_ENOMEM;
        else {
            *n = len;
            for (size_t v = b, k = len; k-- > 0; v = from[v])
                (*path)[k] = v;
        }
    }
    free(from), free(queue), free(first), free(adj);
    return rc;
}

/* Casefolded, NFKC copy of s (caller frees), or NULL. */
static char *fold(const char *s)
{
    utf8proc_uint8_t *dst = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &dst,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                         UTF8PROC_CASEFOLD) < 0)
        return NULL;
    return (char *)dst;
}

static int folded_eq(const char *folded, const char *s)
{
    char *f = fold(s);
    int eq = f && strcmp(f, folded) == 0;
    free(f);
    return eq;
}

int erg_graph_resolve(const erg_graph_t *g, const char *name, size_t *out, erg_error_t *err)
{
    long exact = erg_graph_find(g, name);
    if (exact >= 0) {
        *out = (size_t)exact;
        return 0;
    }
    char *key = fold(name);
    if (!key)
        return erg__fail(err, ERG_EINVAL, "'%s' is not valid UTF-8", name);
    erg_buf_t names = {0};
    size_t found = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        int hit = folded_eq(key, g->nodes[i].id);
        for (size_t k = 0; !hit && k < g->nodes[i].naliases; k++)
            hit = folded_eq(key, g->nodes[i].aliases[k]);
        if (!hit)
            continue;
        erg__buf_printf(&names, "%s'%s'", found ? ", " : "", g->nodes[i].id);
        *out = i;
        found++;
    }
    free(key);
    int rc = 0;
    if (found == 0)
        rc = erg__fail(err, ERG_EINVAL, "no entity named '%s'", name);
    else if (found > 1)
        rc = erg__fail(err, ERG_EINVAL, "'%s' is ambiguous: it names %s", name, names.buf);
    erg__buf_release(&names);
    return rc;
}

void erg__graph_keep_links(erg_graph_t *g, const char *keep)
{
    size_t k = 0;
    for (size_t i = 0; i < g->nlinks; i++) {
        if (keep[i])
            g->links[k++] = g->links[i];
        else
            link_release(g, &g->links[i]);
    }
    g->nlinks = k;
}

int erg__graph_keep_nodes(erg_graph_t *g, const char *keep)
{
    size_t *to = malloc((g->nnodes + 1) * sizeof *to);
    char *lkeep = malloc(g->nlinks + 1);
    if (!to || !lkeep) {
        free(to);
        free(lkeep);
        return ERG_ENOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (keep[i]) {
            to[i] = k;
            g->nodes[k++] = g->nodes[i];
        } else {
            node_release(&g->nodes[i]);
        }
    }
    for (size_t i = 0; i < g->nlinks; i++)
        lkeep[i] = keep[g->links[i].source] && keep[g->links[i].target];
    erg__graph_keep_links(g, lkeep);
    for (size_t i = 0; i < g->nlinks; i++) {
        g->links[i].source = to[g->links[i].source];
        g->links[i].target = to[g->links[i].target];
    }
    g->nnodes = k;
    free(to);
    free(lkeep);
    return 0;
}
