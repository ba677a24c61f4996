/*
 * paths.c: estimates of the path measures for networks too large for the
 * exact ones, which take a shortest-path search from every node (O(n m)).
 * An igraph module beside measures.c and community.c (contract in
 * measures_igraph.h); measures.c calls it when the options ask for a sample
 * and owns every buffer passed in.
 *
 * Both estimates search from K pivots drawn uniformly without replacement
 * with igraph's RNG seeded with the caller's seed (so the same seed draws the
 * same pivots) and scale what the pivots see to the whole network; with
 * K = n every node is a pivot and the estimate is the exact value.
 *   betweenness  Brandes and Pich (2007): dependencies of the pivots' paths
 *                only, times n/K
 *   closeness    Eppstein and Wang (2004): a node's distances to the pivots
 *   harmonic     stand for its distances to all nodes
 */
#include "measures_igraph.h"

#include <math.h>
#include <stdlib.h>

/* K distinct nodes of n, drawn from the seeded RNG. */
static igraph_error_t pivots(size_t n, size_t k, unsigned long seed, igraph_vector_int_t *out)
{
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    return igraph_random_sample(out, 0, (igraph_integer_t)n - 1, (igraph_integer_t)k);
}

igraph_error_t erg_ig_betweenness_sampled(const igraph_t *g, const igraph_vector_t *len, size_t k,
                                          unsigned long seed, igraph_vector_t *res)
{
    size_t n = (size_t)igraph_vcount(g);
    if (k > n)
        k = n;
    igraph_vector_int_t piv;
    igraph_error_t rc = igraph_vector_int_init(&piv, 0);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = pivots(n, k, seed, &piv);
    /* undirected: each unordered pair once, so with every node a source it is exact */
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_betweenness_subset(g, res, igraph_vss_all(), IGRAPH_UNDIRECTED,
                                       igraph_vss_vector(&piv), igraph_vss_all(), len);
    if (rc == IGRAPH_SUCCESS)
        igraph_vector_scale(res, (double)n / (double)k);
    igraph_vector_int_destroy(&piv);
    return rc;
}

/* Rows of distances held at once: about 32 MB of them, at least one. */
static size_t batch_rows(size_t n)
{
    size_t rows = ((size_t)4 << 20) / (n ? n : 1);
    return rows ? rows : 1;
}

igraph_error_t erg_ig_closeness_sampled(const igraph_t *g, const igraph_vector_t *len, size_t k,
                                        unsigned long seed, double *closeness, double *harmonic)
{
    size_t n = (size_t)igraph_vcount(g);
    if (k > n)
        k = n;
    /* per node: sum of distances and of inverse distances to the pivots it
     * reaches, how many it reaches, and how many pivots are not itself */
    double *sum = calloc(n, sizeof *sum), *inv = calloc(n, sizeof *inv);
    size_t *reach = calloc(n, sizeof *reach), *seen = calloc(n, sizeof *seen);
    igraph_vector_int_t piv = {0}, batch = {0};
    igraph_matrix_t d = {0};
    igraph_error_t rc = (sum && inv && reach && seen) ? IGRAPH_SUCCESS : IGRAPH_ENOMEM;
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&piv, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&batch, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_matrix_init(&d, 0, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = pivots(n, k, seed, &piv);
    size_t step = batch_rows(n);
    for (size_t from = 0; rc == IGRAPH_SUCCESS && from < k; from += step) {
        size_t rows = k - from < step ? k - from : step;
        rc = igraph_vector_int_resize(&batch, (igraph_integer_t)rows);
        for (size_t r = 0; rc == IGRAPH_SUCCESS && r < rows; r++)
            VECTOR(batch)[r] = VECTOR(piv)[from + r];
        if (rc == IGRAPH_SUCCESS) /* undirected: pivot-to-node is node-to-pivot */
            rc = igraph_distances_dijkstra(g, &d, igraph_vss_vector(&batch), igraph_vss_all(), len,
                                           IGRAPH_ALL);
        for (size_t r = 0; rc == IGRAPH_SUCCESS && r < rows; r++)
            for (size_t i = 0; i < n; i++) {
                double x = MATRIX(d, r, i);
                if ((size_t)VECTOR(batch)[r] == i)
                    continue;
                seen[i]++;
                if (isfinite(x)) {
                    sum[i] += x;
                    inv[i] += 1.0 / x;
                    reach[i]++;
                }
            }
    }
    /* r reachable of K' pivots stand for r(n-1)/K' nodes at total distance
     * sum(n-1)/K': closeness (r/K')(r/sum), harmonic inv(n-1)/K' */
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < n; i++) {
        double r = (double)reach[i], kk = (double)seen[i];
        if (closeness)
            closeness[i] = r > 0 ? (r / kk) * (r / sum[i]) : 0.0;
        if (harmonic)
            harmonic[i] = kk > 0 ? inv[i] * (double)(n - 1) / kk : 0.0;
    }
    igraph_matrix_destroy(&d);
    igraph_vector_int_destroy(&batch);
    igraph_vector_int_destroy(&piv);
    free(sum);
    free(inv);
    free(reach);
    free(seen);
    return rc;
}
