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
