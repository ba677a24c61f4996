/*
 * measures.c: centrality through igraph; the only module that calls igraph.
 *
 * Definitions (the README repeats them):
 *   degree       neighbours
 *   strength     sum of the weights of a node's links
 *   betweenness  shortest paths with link length 1/weight, divided by
 *                (n-1)(n-2)/2, as networkx's normalized betweenness
 *   closeness    link length 1/weight; (r/(n-1)) * r/sum(d), r = nodes
 *                reachable, the Wasserman-Faust form networkx uses; 0 alone
 *   eigenvector  weighted, scaled so that the largest is 1
 *   pagerank     weighted, damping 0.85, PRPACK
 */
#include "internal.h"

#include <igraph/igraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const erg_measure_names[] = {"degree",    "strength",    "betweenness",
                                         "closeness", "eigenvector", "pagerank", NULL};

int erg_measure_index(const char *name)
{
    for (int i = 0; erg_measure_names[i]; i++)
        if (strcmp(name, erg_measure_names[i]) == 0)
            return i;
    return -1;
}

void erg_measures_init(erg_measures_t *m) { memset(m, 0, sizeof *m); }

void erg_measures_release(erg_measures_t *m)
{
    free(m->degree);
    free(m->strength);
    free(m->betweenness);
    free(m->closeness);
    free(m->eigenvector);
    free(m->pagerank);
    free(m->component);
    erg_measures_init(m);
}

const double *erg_measures_get(const erg_measures_t *m, const char *name)
{
    const double *all[] = {m->degree,    m->strength,    m->betweenness,
                           m->closeness, m->eigenvector, m->pagerank};
    int i = erg_measure_index(name);
    return i < 0 ? NULL : all[i];
}

/* igraph aborts on error by default; make it return codes instead. */
static void quiet_igraph(void)
{
    static int done;
    if (done)
        return;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    done = 1;
}

static void copy_out(double *dst, const igraph_vector_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = VECTOR(*v)[i];
}

#define CHECK(call)                                                                                \
    do {                                                                                           \
        if ((ierr = (call)) != IGRAPH_SUCCESS)                                                     \
            goto cleanup;                                                                          \
    } while (0)

int erg_measures_compute(const erg_graph_t *gr, erg_measures_t *m, erg_error_t *err)
{
    quiet_igraph();
    erg_measures_init(m);
    size_t n = gr->nnodes, e = gr->nlinks;
    m->n = m->nodes = n;
    m->links = e;
    double *arrays[6];
    for (int i = 0; i < 6; i++)
        arrays[i] = calloc(n + 1, sizeof(double));
    m->degree = arrays[0];
    m->strength = arrays[1];
    m->betweenness = arrays[2];
    m->closeness = arrays[3];
    m->eigenvector = arrays[4];
    m->pagerank = arrays[5];
    m->component = calloc(n + 1, sizeof(long));
    for (int i = 0; i < 6; i++)
        if (!arrays[i])
            goto nomem;
    if (!m->component)
        goto nomem;
    m->density = n > 1 ? 2.0 * (double)e / ((double)n * (double)(n - 1)) : 0.0;
    if (n == 0)
        return 0;

    igraph_error_t ierr = IGRAPH_SUCCESS;
    igraph_t g;
    igraph_vector_int_t edges, ivec, csize;
    igraph_vector_t w, dist, res;
    int have_g = 0;
    igraph_vector_int_init(&edges, (igraph_integer_t)(2 * e));
    igraph_vector_int_init(&ivec, 0);
    igraph_vector_int_init(&csize, 0);
    igraph_vector_init(&w, (igraph_integer_t)e);
    igraph_vector_init(&dist, (igraph_integer_t)e);
    igraph_vector_init(&res, 0);
    for (size_t i = 0; i < e; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)gr->links[i].source;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)gr->links[i].target;
        VECTOR(w)[i] = gr->links[i].weight;
        VECTOR(dist)[i] = 1.0 / gr->links[i].weight;
    }
    CHECK(igraph_create(&g, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED));
    have_g = 1;

    CHECK(igraph_degree(&g, &ivec, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
    for (size_t i = 0; i < n; i++)
        m->degree[i] = (double)VECTOR(ivec)[i];
    CHECK(igraph_strength(&g, &res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS, &w));
    copy_out(m->strength, &res, n);

    CHECK(igraph_betweenness(&g, &res, igraph_vss_all(), IGRAPH_UNDIRECTED, &dist));
    double pairs = n > 2 ? (double)(n - 1) * (double)(n - 2) / 2.0 : 1.0;
    for (size_t i = 0; i < n; i++)
        m->betweenness[i] = VECTOR(res)[i] / pairs;

    igraph_bool_t all_reachable;
    CHECK(igraph_closeness(&g, &res, &ivec, &all_reachable, igraph_vss_all(), IGRAPH_ALL, &dist, 1));
    for (size_t i = 0; i < n; i++) {
        double r = (double)VECTOR(ivec)[i], c = VECTOR(res)[i];
        m->closeness[i] = (r > 0 && n > 1 && isfinite(c)) ? c * r / (double)(n - 1) : 0.0;
    }

    if (e > 0) {
        igraph_arpack_options_t opts;
        igraph_arpack_options_init(&opts);
        igraph_real_t value;
        CHECK(igraph_eigenvector_centrality(&g, &res, &value, IGRAPH_UNDIRECTED, 1, &w, &opts));
        copy_out(m->eigenvector, &res, n);
    }

    igraph_real_t prvalue;
    CHECK(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &prvalue, igraph_vss_all(),
                          IGRAPH_UNDIRECTED, 0.85, &w, NULL));
    copy_out(m->pagerank, &res, n);

    igraph_integer_t ncomp;
    CHECK(igraph_connected_components(&g, &ivec, &csize, &ncomp, IGRAPH_WEAK));
    m->components = (size_t)ncomp;
    for (size_t i = 0; i < n; i++)
        m->component[i] = (long)VECTOR(ivec)[i];
    for (igraph_integer_t i = 0; i < ncomp; i++)
        if ((size_t)VECTOR(csize)[i] > m->largest_component)
            m->largest_component = (size_t)VECTOR(csize)[i];

cleanup:
    if (have_g)
        igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    igraph_vector_int_destroy(&ivec);
    igraph_vector_int_destroy(&csize);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&dist);
    igraph_vector_destroy(&res);
    if (ierr != IGRAPH_SUCCESS) {
        erg_measures_release(m);
        return erg_fail(err, ERG_EGRAPH, "igraph: %s", igraph_strerror(ierr));
    }
    return 0;
nomem:
    erg_measures_release(m);
    return erg_fail(err, ERG_ENOMEM, "out of memory");
}
