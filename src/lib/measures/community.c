/*
 * community.c: communities, modularity and type assortativity through
 * igraph; with measures.c the only modules that call igraph (contract in
 * measures_internal.h). measures.c owns the graph and the output arrays.
 *
 * Leiden optimises modularity here: igraph's Leiden objective is
 *   Q = 1/(2m) sum_ij (A_ij - gamma n_i n_j) [c_i = c_j]
 * which is modularity at resolution R when the node weight n_i is the
 * strength of i and gamma = R / (2m), m the total link weight. Passes are
 * run one at a time with a bound (erg__ig_leiden). Louvain is igraph's
 * multilevel algorithm with the same resolution; it ends by itself, each
 * level merging communities or stopping. Both are run opts.restarts times and the
 * partition of highest modularity is kept (the first among equals), as
 * VOSviewer keeps the best of its random starts. All runs draw on igraph's
 * default RNG, seeded here just before the first, so a run repeats whatever
 * else was computed.
 */
#include "ergraph.h"
#include "measures_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const community_names[] = {"leiden", "louvain"};

const char *erg_community_name(erg_community_t c)
{
    return (unsigned)c < 2 ? community_names[c] : "?";
}

int erg_community_parse(const char *s)
{
    for (int i = 0; i < 2; i++)
        if (strcmp(s, community_names[i]) == 0)
            return i;
    return -1;
}

typedef struct {
    size_t size, first;
} part_t;

static const part_t *sort_parts;

/* Largest first, then by first node: a numbering that does not depend on
 * the labels an algorithm happened to use. */
static int cmp_parts(const void *x, const void *y)
{
    const part_t *a = &sort_parts[*(const size_t *)x], *b = &sort_parts[*(const size_t *)y];
    if (a->size != b->size)
        return a->size < b->size ? 1 : -1;
    return a->first < b->first ? -1 : a->first > b->first;
}

igraph_error_t erg__ig_relabel(const igraph_vector_int_t *membership, size_t n, double *out,
                              size_t *nparts)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if ((size_t)VECTOR(*membership)[i] + 1 > k)
            k = (size_t)VECTOR(*membership)[i] + 1;
    part_t *parts = calloc(k + 1, sizeof *parts);
    size_t *order = malloc((k + 1) * sizeof *order), *rank = malloc((k + 1) * sizeof *rank);
    if (!parts || !order || !rank) {
        free(parts);
        free(order);
        free(rank);
        return IGRAPH_ENOMEM;
    }
    for (size_t i = n; i-- > 0;) {
        part_t *p = &parts[VECTOR(*membership)[i]];
        p->size++;
        p->first = i;
    }
    for (size_t c = 0; c < k; c++)
        order[c] = c;
    sort_parts = parts;
    qsort(order, k, sizeof *order, cmp_parts);
    for (size_t r = 0; r < k; r++)
        rank[order[r]] = r;
    for (size_t i = 0; i < n; i++)
        out[i] = (double)rank[VECTOR(*membership)[i]];
    *nparts = k;
    free(parts);
    free(order);
    free(rank);
    return IGRAPH_SUCCESS;
}

/* Whether memberships a and b (n nodes) are one partition under other
 * labels: each label of a goes with one label of b, and back. */
static int same_partition(const igraph_vector_int_t *a, const igraph_vector_int_t *b, size_t n,
                          igraph_integer_t *ab, igraph_integer_t *ba)
{
    for (size_t i = 0; i < n; i++)
        ab[i] = ba[i] = -1;
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t x = VECTOR(*a)[i], y = VECTOR(*b)[i];
        if (x < 0 || y < 0 || (size_t)x >= n || (size_t)y >= n)
            return 0;
        if ((ab[x] >= 0 && ab[x] != y) || (ba[y] >= 0 && ba[y] != x))
            return 0;
        ab[x] = y;
        ba[y] = x;
    }
    return 1;
}

/*
 * igraph 0.10's n_iterations = -1 repeats passes while a pass has moved no
 * node (its loop tests !changed): from singletons the first pass moves
 * nodes whenever a merge gains, so it is one pass; where no merge can gain
 * (a resolution of 1000, weights of 1e160 whose gains overflow) it loops
 * forever. Here each pass starts from the membership the last one left, as
 * igraph's own loop does, and the same test ends the run, so the result is
 * the same as -1's; but after max_passes passes it ends anyway.
 */
igraph_error_t erg__ig_leiden(const igraph_t *g, const igraph_vector_t *w,
                              const igraph_vector_t *strength, double gamma, unsigned max_passes,
                              igraph_vector_int_t *memb, unsigned *passes)
{
    igraph_integer_t n = igraph_vcount(g), nb;
    igraph_real_t q;
    igraph_vector_int_t before;
    igraph_integer_t *maps = malloc(2 * ((size_t)n + 1) * sizeof *maps);
    igraph_error_t rc = maps ? igraph_vector_int_init_range(&before, 0, n) : IGRAPH_ENOMEM;
    if (rc != IGRAPH_SUCCESS) {
        free(maps);
        return rc;
    }
    *passes = 0;
    while (rc == IGRAPH_SUCCESS && *passes < max_passes) {
        if (*passes > 0)
            rc = igraph_vector_int_update(&before, memb);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_community_leiden(g, w, strength, gamma, 0.01, *passes > 0, 1, memb, &nb, &q);
        (*passes)++;
        if (rc == IGRAPH_SUCCESS && !same_partition(&before, memb, (size_t)n, maps, maps + n + 1))
            break;
    }
    igraph_vector_int_destroy(&before);
    free(maps);
    return rc;
}

/* One run of the chosen algorithm from a singleton partition into *memb. */
static igraph_error_t detect(const igraph_t *g, const igraph_vector_t *w,
                             const igraph_vector_t *strength, double total,
                             const erg_measures_opts_t *o, igraph_vector_int_t *memb)
{
    unsigned passes;
    if (o->community == ERG_COMMUNITY_LOUVAIN)
        return igraph_community_multilevel(g, w, o->resolution, memb, NULL, NULL);
    return erg__ig_leiden(g, w, strength, o->resolution / (2.0 * total), ERG_LEIDEN_PASSES, memb,
                          &passes);
}

igraph_error_t erg__ig_communities(const igraph_t *g, const igraph_vector_t *w,
                                  const erg_measures_opts_t *o, double *out, size_t *ncomm,
                                  double *modularity)
{
    igraph_integer_t n = igraph_vcount(g);
    double total = igraph_vector_sum(w);
    igraph_vector_int_t memb = {0}, best = {0};
    igraph_vector_t strength = {0};
    igraph_real_t q;
    *modularity = NAN;
    igraph_error_t rc = igraph_vector_int_init_range(&best, 0, n);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&memb, n);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_init(&strength, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_strength(g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, w);
    /* without links every node stays alone and modularity is undefined */
    if (rc == IGRAPH_SUCCESS && total > 0) {
        /* seeded once: the restarts draw on, so the whole run repeats */
        igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o->seed);
        for (unsigned r = 0; r < o->restarts && rc == IGRAPH_SUCCESS; r++) {
            rc = detect(g, w, &strength, total, o, &memb);
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_modularity(g, &memb, w, o->resolution, IGRAPH_UNDIRECTED, &q);
            if (rc == IGRAPH_SUCCESS && (r == 0 || q > *modularity)) {
                *modularity = q;
                rc = igraph_vector_int_update(&best, &memb);
            }
        }
    }
    if (rc == IGRAPH_SUCCESS)
        rc = erg__ig_relabel(&best, (size_t)n, out, ncomm);
    igraph_vector_destroy(&strength);
    igraph_vector_int_destroy(&memb);
    igraph_vector_int_destroy(&best);
    return rc;
}

igraph_error_t erg__ig_type_assortativity(const igraph_t *g, const erg_graph_t *gr, double *r)
{
    igraph_vector_int_t types;
    igraph_error_t rc = igraph_vector_int_init(&types, (igraph_integer_t)gr->nnodes);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    for (size_t i = 0; i < gr->nnodes; i++)
        VECTOR(types)[i] = (igraph_integer_t)gr->nodes[i].type;
    *r = NAN;
    if (gr->nlinks > 0)
        rc = igraph_assortativity_nominal(g, &types, r, IGRAPH_UNDIRECTED, 1);
    igraph_vector_int_destroy(&types);
    return rc;
}
