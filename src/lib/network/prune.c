/*
 * prune.c: the pruning steps, in the order they apply (doc/method.md, "Pruning"):
 *   1. min_mentions  drop entities with fewer mentions, with their links
 *   2. min_count     drop links with a smaller count
 *   3. max_nodes     keep the N strongest entities: strength (sum of link
 *                    weights) after steps 1-2, ties by mentions, then id
 *   4. backbone      the disparity filter (Serrano, Boguna, Vespignani, PNAS
 *                    2009): link ij survives when alpha_ij = (1 - w_ij/s_i)^(k_i - 1)
 *                    < ALPHA at either end (s strength, k degree). At a
 *                    degree-1 end the formula gives 0^0 = 1: such an end never
 *                    keeps its link alone, its other end decides
 *   5. top_links     keep a link when it is among the K heaviest links of
 *                    either end (ties by count, then the other end's id)
 *   6. giant         keep the largest connected component (most nodes; ties
 *                    by total weight, then the first id)
 * Link steps leave nodes in place, even isolated; only 1, 3 and 6 remove
 * nodes. Each step sees the network the previous ones left.
 */
#include "ergraph.h"
#include "network_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void note(erg_prune_report_t *r, const char *step, size_t n0, size_t l0, const erg_graph_t *g)
{
    r->step[r->n] = step;
    r->nodes[r->n] = n0 - g->nnodes;
    r->links[r->n] = l0 - g->nlinks;
    r->n++;
}

double erg__disparity_alpha(double w, double s, double k)
{
    return pow(1.0 - w / s, k - 1.0);
}

static void sums(const erg_graph_t *g, double *s, double *k);

int erg__graph_backbone(const erg_graph_t *g, double alpha, char *keep, size_t *kept)
{
    double *s = malloc((g->nnodes + 1) * sizeof *s), *k = malloc((g->nnodes + 1) * sizeof *k);
    if (!s || !k) {
        free(s);
        free(k);
        return ERG_ENOMEM;
    }
    sums(g, s, k);
    *kept = 0;
    for (size_t i = 0; i < g->nlinks; i++) {
        const erg_link_t *l = &g->links[i];
        double a1 = erg__disparity_alpha(l->weight, s[l->source], k[l->source]);
        double a2 = erg__disparity_alpha(l->weight, s[l->target], k[l->target]);
        *kept += keep[i] = a1 < alpha || a2 < alpha;
    }
    free(s);
    free(k);
    return 0;
}

/* Strength and degree of every node. */
static void sums(const erg_graph_t *g, double *s, double *k)
{
    memset(s, 0, (g->nnodes + 1) * sizeof *s);
    memset(k, 0, (g->nnodes + 1) * sizeof *k);
    for (size_t i = 0; i < g->nlinks; i++) {
        const erg_link_t *l = &g->links[i];
        s[l->source] += l->weight;
        s[l->target] += l->weight;
        k[l->source]++;
        k[l->target]++;
    }
}

static const erg_graph_t *cmp_g;
static const double *cmp_s;

static int cmp_strength(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    if (cmp_s[a] != cmp_s[b])
        return cmp_s[a] < cmp_s[b] ? 1 : -1;
    if (cmp_g->nodes[a].mentions != cmp_g->nodes[b].mentions)
        return cmp_g->nodes[a].mentions < cmp_g->nodes[b].mentions ? 1 : -1;
    return (a > b) - (a < b); /* nodes are sorted by id */
}

/* One end of a link: the node, the link, the other end. */
typedef struct {
    size_t node, link, other;
} inc_t;

/* By node, then heaviest link first. */
static int cmp_inc(const void *x, const void *y)
{
    const inc_t *p = x, *q = y;
    if (p->node != q->node)
        return (p->node > q->node) - (p->node < q->node);
    const erg_link_t *a = &cmp_g->links[p->link], *b = &cmp_g->links[q->link];
    if (a->weight != b->weight)
        return a->weight < b->weight ? 1 : -1;
    if (a->count != b->count)
        return a->count < b->count ? 1 : -1;
    return (p->other > q->other) - (p->other < q->other);
}

static int top_links(erg_graph_t *g, size_t K, char *keep)
{
    inc_t *inc = malloc((2 * g->nlinks + 1) * sizeof *inc);
    if (!inc)
        return ERG_ENOMEM;
    memset(keep, 0, g->nlinks + 1);
    for (size_t i = 0; i < g->nlinks; i++) {
        const erg_link_t *l = &g->links[i];
        inc[2 * i] = (inc_t){l->source, i, l->target};
        inc[2 * i + 1] = (inc_t){l->target, i, l->source};
    }
    cmp_g = g;
    if (g->nlinks)
        qsort(inc, 2 * g->nlinks, sizeof *inc, cmp_inc);
    for (size_t j = 0, rank = 0; j < 2 * g->nlinks; j++) {
        rank = j && inc[j].node == inc[j - 1].node ? rank + 1 : 0;
        if (rank < K)
            keep[inc[j].link] = 1;
    }
    free(inc);
    return 0;
}

static size_t find(size_t *parent, size_t x)
{
    while (parent[x] != x)
        x = parent[x] = parent[parent[x]];
    return x;
}

/* Marks the nodes of the largest component in keep. */
static int giant(const erg_graph_t *g, char *keep)
{
    size_t n = g->nnodes;
    size_t *parent = malloc((n + 1) * sizeof *parent), *size = calloc(n + 1, sizeof *size);
    double *weight = calloc(n + 1, sizeof *weight);
    if (!parent || !size || !weight) {
        free(parent);
        free(size);
        free(weight);
        return ERG_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        parent[i] = i;
    for (size_t i = 0; i < g->nlinks; i++) {
        size_t a = find(parent, g->links[i].source), b = find(parent, g->links[i].target);
        if (a != b)
            parent[a > b ? a : b] = a < b ? a : b; /* the root is the component's first id */
    }
    for (size_t i = 0; i < n; i++)
        size[find(parent, i)]++;
    for (size_t i = 0; i < g->nlinks; i++)
        weight[find(parent, g->links[i].source)] += g->links[i].weight;
    size_t best = 0;
    for (size_t r = 1; r < n; r++)
        if (size[r] > size[best] || (size[r] == size[best] && weight[r] > weight[best]))
            best = r;
    for (size_t i = 0; i < n; i++)
        keep[i] = find(parent, i) == best;
    free(parent);
    free(size);
    free(weight);
    return 0;
}

int erg__graph_prune(erg_graph_t *g, const erg_build_opts_t *o, erg_prune_report_t *r)
{
    size_t cap = (g->nnodes > g->nlinks ? g->nnodes : g->nlinks) + 1;
    char *keep = malloc(cap);
    double *s = malloc(cap * sizeof *s), *k = malloc(cap * sizeof *k);
    size_t *order = malloc(cap * sizeof *order);
    int rc = keep && s && k && order ? 0 : ERG_ENOMEM;
    r->n = 0;
    size_t n0 = g->nnodes, l0 = g->nlinks;
    if (!rc && o->finishing.min_mentions > 0) {
        for (size_t i = 0; i < g->nnodes; i++)
            keep[i] = g->nodes[i].mentions >= o->finishing.min_mentions;
        rc = erg__graph_keep_nodes(g, keep);
        note(r, "min_mentions", n0, l0, g);
    }
    if (!rc && o->finishing.min_count > 0) {
        n0 = g->nnodes, l0 = g->nlinks;
        for (size_t i = 0; i < g->nlinks; i++)
            keep[i] = g->links[i].count >= o->finishing.min_count;
        erg__graph_keep_links(g, keep);
        note(r, "min_count", n0, l0, g);
    }
    if (!rc && o->finishing.max_nodes > 0) {
        n0 = g->nnodes, l0 = g->nlinks;
        sums(g, s, k);
        for (size_t i = 0; i < g->nnodes; i++)
            order[i] = i;
        cmp_g = g;
        cmp_s = s;
        if (g->nnodes)
            qsort(order, g->nnodes, sizeof *order, cmp_strength);
        memset(keep, 0, cap);
        for (size_t i = 0; i < g->nnodes && i < o->finishing.max_nodes; i++)
            keep[order[i]] = 1;
        rc = erg__graph_keep_nodes(g, keep);
        note(r, "max_nodes", n0, l0, g);
    }
    if (!rc && o->finishing.backbone > 0) {
        n0 = g->nnodes, l0 = g->nlinks;
        size_t kept;
        if (!(rc = erg__graph_backbone(g, o->finishing.backbone, keep, &kept))) {
            erg__graph_keep_links(g, keep);
            note(r, "backbone", n0, l0, g);
        }
    }
    if (!rc && o->finishing.top_links > 0) {
        n0 = g->nnodes, l0 = g->nlinks;
        if (!(rc = top_links(g, o->finishing.top_links, keep)))
            erg__graph_keep_links(g, keep);
        note(r, "top_links", n0, l0, g);
    }
    if (!rc && o->finishing.giant && g->nnodes) {
        n0 = g->nnodes, l0 = g->nlinks;
        if (!(rc = giant(g, keep)))
            rc = erg__graph_keep_nodes(g, keep);
        note(r, "giant", n0, l0, g);
    }
    free(keep);
    free(s);
    free(k);
    free(order);
    return rc;
}
