/*
 * reduce.c: which entities and links a picture of a large network may show,
 * before the strongest are picked (plan.c): the disparity-filter backbone,
 * one entity's neighbourhood, the largest connected part. The network
 * itself is not changed, and its measures stay those of the whole.
 *
 * - backbone ALPHA: a link is kept when it is significant at level ALPHA
 *   seen from either end, (1 - w/s)^(k-1) < ALPHA with s and k that end's
 *   strength and degree (Serrano, Boguna, Vespignani 2009), the rule of
 *   build's --backbone, so both keep the same links;
 * - focus NAME, depth N: the entity and those within N kept links of it;
 * - giant: the connected part (over kept links) with the most entities,
 *   ties by its first entity's id.
 */
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "network.h"
#include "render_internal.h"

#include <stdlib.h>
#include <string.h>

/* The entities within `depth` kept links of `root`: keep[i] stays set only
 * for them. */
static int neighbourhood(const erg_graph_t *g, const char *keep_link, char *keep, size_t root,
                         size_t depth)
{
    size_t *dist = malloc((g->nnodes + 1) * sizeof *dist);
    if (!dist)
        return ERG_ENOMEM;
    for (size_t i = 0; i < g->nnodes; i++)
        dist[i] = (size_t)-1;
    dist[root] = 0;
    /* depth rounds over the links: a few passes, each linear */
    for (size_t d = 0; d < depth; d++)
        for (size_t l = 0; l < g->nlinks; l++) {
            size_t a = g->links[l].source, b = g->links[l].target;
            if (!keep_link[l])
                continue;
            if (dist[a] == d && dist[b] == (size_t)-1)
                dist[b] = d + 1;
            else if (dist[b] == d && dist[a] == (size_t)-1)
                dist[a] = d + 1;
        }
    for (size_t i = 0; i < g->nnodes; i++)
        keep[i] = keep[i] && dist[i] != (size_t)-1;
    free(dist);
    return 0;
}

static size_t find(size_t *parent, size_t x)
{
    while (parent[x] != x)
        x = parent[x] = parent[parent[x]];
    return x;
}

/* keep[i] stays set only for the largest connected part of the kept. */
static int giant(const erg_graph_t *g, const char *keep_link, char *keep)
{
    size_t n = g->nnodes, best = (size_t)-1;
    size_t *parent = malloc((n + 1) * sizeof *parent), *size = calloc(n + 1, sizeof *size);
    if (!parent || !size) {
        free(parent), free(size);
        return ERG_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        parent[i] = i;
    for (size_t l = 0; l < g->nlinks; l++) {
        size_t a = g->links[l].source, b = g->links[l].target;
        if (keep_link[l] && keep[a] && keep[b])
            parent[find(parent, a)] = find(parent, b);
    }
    /* nodes are sorted by id, so the first root met of the largest size
     * belongs to the part whose first entity's id is smallest */
    for (size_t i = 0; i < n; i++)
        if (keep[i])
            size[find(parent, i)]++;
    for (size_t i = 0; i < n; i++) {
        size_t r = find(parent, i);
        if (keep[i] && (best == (size_t)-1 || size[r] > size[best]))
            best = r;
    }
    for (size_t i = 0; i < n; i++)
        keep[i] = keep[i] && find(parent, i) == best;
    free(parent), free(size);
    return 0;
}

int erg__plan_reduce(erg_plan_t *p, const erg_graph_t *g, const erg_render_opts_t *o,
                    erg_error_t *err)
{
    erg_buf_t b = {0};
    memset(p->candidate, 1, g->nnodes);
    memset(p->keep_link, 1, g->nlinks);
    if (o->backbone > 0) {
        size_t kept;
        if (erg__graph_backbone(g, o->backbone, p->keep_link, &kept))
            return erg__fail(err, ERG_ENOMEM, "out of memory reducing the drawing");
        erg__buf_printf(&b, "; the backbone at alpha %g (%zu of %zu links)", o->backbone, kept,
                       g->nlinks);
    }
    if (o->focus) {
        size_t root;
        int rc = erg_graph_resolve(g, o->focus, &root, err);
        if (rc) {
            erg__buf_release(&b);
            return rc;
        }
        size_t depth = o->depth ? o->depth : 1;
        if (neighbourhood(g, p->keep_link, p->candidate, root, depth)) {
            erg__buf_release(&b);
            return erg__fail(err, ERG_ENOMEM, "out of memory reducing the drawing");
        }
        erg__buf_printf(&b, "; %s and the entities within %zu link%s of it", g->nodes[root].id,
                       depth, depth == 1 ? "" : "s");
    }
    if (o->giant) {
        if (giant(g, p->keep_link, p->candidate)) {
            erg__buf_release(&b);
            return erg__fail(err, ERG_ENOMEM, "out of memory reducing the drawing");
        }
        erg__buf_adds(&b, "; the largest connected part");
    }
    if (erg__buf_add(&b, "", 0))
        return erg__fail(err, ERG_ENOMEM, "out of memory reducing the drawing");
    p->reduced = b.buf;
    return 0;
}
