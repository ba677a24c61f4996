/*
 * bench_igraph.c: erg-bench-igraph, the time of igraph's own call for one
 * measure, as `ergraph stats --measures M --jobs 1` makes it, timed alone:
 * no JSON read, no output. scripts/bench.sh compares ergraph's time with
 * it. A tool of the repository, not installed; it links igraph directly,
 * not the library.
 *
 *   erg-bench-igraph EDGES MEASURE [RUNS]
 *
 * EDGES is "N M" then M lines "SOURCE TARGET WEIGHT" (nodes 0..N-1), as
 * scripts/bench.sh writes it from a node-link file. Prints the median of
 * RUNS (default 5) timings in seconds. MEASURE is one of degree, strength,
 * betweenness, closeness, harmonic, pagerank, eigenvector, coreness,
 * clustering, community (Louvain, one start, as the benchmark asks of
 * ergraph). Path lengths are 1/weight, as ergraph's.
 */
#define _POSIX_C_SOURCE 200809L
#include <igraph/igraph.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One call of igraph for measure `m`, as ergraph's measures stage makes it. */
static igraph_error_t measure(const char *m, const igraph_t *g, const igraph_vector_t *w,
                              const igraph_vector_t *len, igraph_vector_t *res)
{
    igraph_vector_int_t ires, reached;
    igraph_error_t rc = IGRAPH_SUCCESS;
    if (!strcmp(m, "degree")) {
        igraph_vector_int_init(&ires, 0);
        rc = igraph_degree(g, &ires, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
        igraph_vector_int_destroy(&ires);
    } else if (!strcmp(m, "strength")) {
        rc = igraph_strength(g, res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, w);
    } else if (!strcmp(m, "betweenness")) {
        rc = igraph_betweenness(g, res, igraph_vss_all(), IGRAPH_UNDIRECTED, len);
    } else if (!strcmp(m, "closeness")) {
        igraph_bool_t all;
        igraph_vector_int_init(&reached, 0);
        rc = igraph_closeness(g, res, &reached, &all, igraph_vss_all(), IGRAPH_ALL, len, 1);
        igraph_vector_int_destroy(&reached);
    } else if (!strcmp(m, "harmonic")) {
        rc = igraph_harmonic_centrality(g, res, igraph_vss_all(), IGRAPH_ALL, len, 0);
    } else if (!strcmp(m, "pagerank")) {
        igraph_real_t value;
        rc = igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, res, &value, igraph_vss_all(),
                             IGRAPH_UNDIRECTED, 0.85, w, NULL);
    } else if (!strcmp(m, "eigenvector")) {
        igraph_arpack_options_t opts;
        igraph_arpack_options_init(&opts);
        igraph_real_t value;
        rc = igraph_eigenvector_centrality(g, res, &value, IGRAPH_UNDIRECTED, 1, w, &opts);
    } else if (!strcmp(m, "coreness")) {
        igraph_vector_int_init(&ires, 0);
        rc = igraph_coreness(g, &ires, IGRAPH_ALL);
        igraph_vector_int_destroy(&ires);
    } else if (!strcmp(m, "clustering")) {
        rc = igraph_transitivity_local_undirected(g, res, igraph_vss_all(),
                                                  IGRAPH_TRANSITIVITY_ZERO);
    } else if (!strcmp(m, "community")) {
        igraph_real_t q;
        igraph_vector_int_init(&ires, 0);
        igraph_rng_seed(igraph_rng_default(), 1);
        rc = igraph_community_multilevel(g, w, 1.0, &ires, NULL, NULL);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_modularity(g, &ires, w, 1.0, IGRAPH_UNDIRECTED, &q);
        igraph_vector_int_destroy(&ires);
    } else {
        fprintf(stderr, "erg-bench-igraph: unknown measure '%s'\n", m);
        exit(2);
    }
    return rc;
}

int main(int argc, char **argv)
{
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    if (argc < 3 || argc > 4 || runs < 1 || runs > 1000) {
        fprintf(stderr, "usage: erg-bench-igraph EDGES MEASURE [RUNS]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    long n, m;
    if (!f || fscanf(f, "%ld %ld", &n, &m) != 2 || n < 1 || m < 0) {
        fprintf(stderr, "erg-bench-igraph: cannot read '%s'\n", argv[1]);
        return 1;
    }
    igraph_vector_int_t edges;
    igraph_vector_t w, len, res;
    igraph_vector_int_init(&edges, 2 * m);
    igraph_vector_init(&w, m);
    igraph_vector_init(&len, m);
    igraph_vector_init(&res, 0);
    for (long i = 0; i < m; i++) {
        long s, t;
        double x;
        if (fscanf(f, "%ld %ld %lf", &s, &t, &x) != 3 || s < 0 || t < 0 || s >= n || t >= n ||
            !(x > 0)) {
            fprintf(stderr, "erg-bench-igraph: '%s': bad link %ld\n", argv[1], i + 1);
            return 1;
        }
        VECTOR(edges)[2 * i] = s;
        VECTOR(edges)[2 * i + 1] = t;
        VECTOR(w)[i] = x;
        VECTOR(len)[i] = 1.0 / x;
    }
    fclose(f);
    igraph_t g;
    if (igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        return 1;
    double *t = malloc((size_t)runs * sizeof *t);
    if (!t)
        return 1;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        if (measure(argv[2], &g, &w, &len, &res) != IGRAPH_SUCCESS) {
            fprintf(stderr, "erg-bench-igraph: igraph failed on %s\n", argv[2]);
            return 1;
        }
        t[r] = now() - t0;
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("%.6f\n", t[runs / 2]);
    free(t);
    igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&len);
    igraph_vector_destroy(&res);
    return 0;
}
