/*
 * measures.c: per-node centrality and the network summary through igraph;
 * with community.c and paths.c (the path measures: betweenness, closeness,
 * harmonic, on opts.jobs processes) the only modules that call igraph
 * (shared contract in measures_internal.h). The caller holds erg_measures_t;
 * this module allocates its arrays, one per measure computed, and
 * erg_measures_release frees them.
 *
 * Definitions (doc/method.md gives formulas and the networkx call each one
 * agrees with). Weighted paths use link length 1/weight: strong links are
 * short. "_unweighted" variants count every link as length 1.
 *   degree, strength       neighbours; sum of link weights
 *   betweenness            divided by (n-1)(n-2)/2 (networkx normalized=True);
 *                          for large networks opts may ask for a path-length
 *                          cutoff or an estimate from K random sources, and
 *                          closeness and harmonic for one
 *   closeness              (r/(n-1)) * r/sum(d), r = nodes reachable
 *                          (Wasserman-Faust, networkx wf_improved=True); 0 alone
 *   harmonic               sum of 1/d over the others, not normalized
 *   eigenvector            weighted; unit Euclidean norm, as networkx
 *   pagerank               weighted, damping 0.85, PRPACK; sums to 1
 *   coreness               k-core number (links unweighted)
 *   clustering             local, unweighted; 0 below two neighbours
 *   community, component   see community.c; numbered by size
 */
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "measures_internal.h"
#include "timing.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

const char *const erg_measure_names[] = {
    "degree",   "strength",    "betweenness", "betweenness_unweighted", "closeness",
    "closeness_unweighted",    "harmonic",    "harmonic_unweighted",    "eigenvector",
    "pagerank", "coreness",    "clustering",  "community",              "component",
    NULL};

/* Where each measure lives in erg_measures_t, by erg_measure_t. */
static const size_t field_offset[ERG_M_COUNT] = {
    offsetof(erg_measures_t, degree),
    offsetof(erg_measures_t, strength),
    offsetof(erg_measures_t, betweenness),
    offsetof(erg_measures_t, betweenness_unweighted),
    offsetof(erg_measures_t, closeness),
    offsetof(erg_measures_t, closeness_unweighted),
    offsetof(erg_measures_t, harmonic),
    offsetof(erg_measures_t, harmonic_unweighted),
    offsetof(erg_measures_t, eigenvector),
    offsetof(erg_measures_t, pagerank),
    offsetof(erg_measures_t, coreness),
    offsetof(erg_measures_t, clustering),
    offsetof(erg_measures_t, community),
    offsetof(erg_measures_t, component),
};

static double **field(erg_measures_t *m, int i) { return (double **)((char *)m + field_offset[i]); }

int erg_measure_index(const char *name)
{
    for (int i = 0; erg_measure_names[i]; i++)
        if (strcmp(name, erg_measure_names[i]) == 0)
            return i;
    return -1;
}

/* A compound literal: a field not named here is zero, never left unset. */
void erg_measures_opts_init(erg_measures_opts_t *o)
{
    *o = (erg_measures_opts_t){
        .community = ERG_COMMUNITY_LEIDEN,
        .resolution = 1.0,
        .seed = 1,
        .restarts = 10,
    };
}

int erg_measures_select(erg_measures_opts_t *o, const char *list, erg_error_t *err)
{
    const char *p = list;
    for (;;) {
        size_t len = strcspn(p, ",");
        int found = -1;
        for (int i = 0; erg_measure_names[i] && found < 0; i++)
            if (strlen(erg_measure_names[i]) == len && strncmp(p, erg_measure_names[i], len) == 0)
                found = i;
        if (found < 0) {
            erg_buf_t names = {0};
            for (int i = 0; erg_measure_names[i]; i++)
                erg__buf_printf(&names, "%s%s", i ? ", " : "", erg_measure_names[i]);
            int rc = erg__fail(err, ERG_EINVAL, "unknown measure '%.*s' (use %s)", (int)len, p,
                              names.buf ? names.buf : "");
            erg__buf_release(&names);
            return rc;
        }
        o->want |= 1UL << found;
        if (!p[len])
            return 0;
        p += len + 1;
    }
}

void erg_measures_init(erg_measures_t *m)
{
    memset(m, 0, sizeof *m);
    erg_measures_opts_init(&m->opts);
    m->density = m->largest_component_share = m->assortativity_type = NAN;
    m->average_clustering = m->modularity = NAN;
}

void erg_measures_release(erg_measures_t *m)
{
    for (int i = 0; i < ERG_M_COUNT; i++)
        free(*field(m, i));
    erg_measures_init(m);
}

const double *erg_measures_get(const erg_measures_t *m, const char *name)
{
    int i = erg_measure_index(name);
    return i < 0 ? NULL : *field((erg_measures_t *)m, i);
}

/* The igraph view of a network, and scratch space for the measures. */
typedef struct {
    const erg_graph_t *gr;
    const erg_measures_opts_t *opts;
    igraph_t g;
    igraph_vector_t w, dist; /* weights; lengths 1/weight */
    igraph_vector_t res;
    igraph_vector_int_t ires;
    size_t n;
    erg_measures_t *m;
} ctx_t;

typedef igraph_error_t measure_fn(ctx_t *c, double *out);

static void copy_res(const ctx_t *c, double *out)
{
    for (size_t i = 0; i < c->n; i++)
        out[i] = VECTOR(c->res)[i];
}

static void copy_ires(const ctx_t *c, double *out)
{
    for (size_t i = 0; i < c->n; i++)
        out[i] = (double)VECTOR(c->ires)[i];
}

static igraph_error_t m_degree(ctx_t *c, double *out)
{
    igraph_error_t rc = igraph_degree(&c->g, &c->ires, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
    copy_ires(c, out);
    return rc;
}

static igraph_error_t m_strength(ctx_t *c, double *out)
{
    igraph_error_t rc =
        igraph_strength(&c->g, &c->res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &c->w);
    copy_res(c, out);
    return rc;
}

static igraph_error_t m_eigenvector(ctx_t *c, double *out)
{
    igraph_arpack_options_t opts;
    igraph_arpack_options_init(&opts);
    igraph_real_t value;
    /* scaled to max 1 (which also makes it non-negative), then to unit norm */
    igraph_error_t rc =
        igraph_eigenvector_centrality(&c->g, &c->res, &value, IGRAPH_UNDIRECTED, 1, &c->w, &opts);
    double norm = 0;
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < c->n; i++)
        norm += VECTOR(c->res)[i] * VECTOR(c->res)[i];
    norm = sqrt(norm);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < c->n; i++)
        out[i] = norm > 0 ? VECTOR(c->res)[i] / norm : 0.0;
    return rc;
}

static igraph_error_t m_pagerank(ctx_t *c, double *out)
{
    igraph_real_t value;
    igraph_error_t rc = igraph_pagerank(&c->g, IGRAPH_PAGERANK_ALGO_PRPACK, &c->res, &value,
                                        igraph_vss_all(), IGRAPH_UNDIRECTED, 0.85, &c->w, NULL);
    copy_res(c, out);
    return rc;
}

static igraph_error_t m_coreness(ctx_t *c, double *out)
{
    igraph_error_t rc = igraph_coreness(&c->g, &c->ires, IGRAPH_ALL);
    copy_ires(c, out);
    return rc;
}

static igraph_error_t m_clustering(ctx_t *c, double *out)
{
    /* ZERO: a node with fewer than two neighbours has 0, as in networkx */
    igraph_error_t rc = igraph_transitivity_local_undirected(&c->g, &c->res, igraph_vss_all(),
                                                             IGRAPH_TRANSITIVITY_ZERO);
    copy_res(c, out);
    double sum = 0;
    for (size_t i = 0; i < c->n; i++)
        sum += out[i];
    c->m->average_clustering = sum / (double)c->n;
    return rc;
}

static igraph_error_t m_community(ctx_t *c, double *out)
{
    return erg__ig_communities(&c->g, &c->w, c->opts, out, &c->m->communities, &c->m->modularity);
}

static igraph_error_t m_component(ctx_t *c, double *out)
{
    size_t k;
    return erg__ig_relabel(&c->ires, c->n, out, &k);
}

/* NULL: a path measure, computed together with the others by paths.c */
static measure_fn *const measure_fns[ERG_M_COUNT] = {
    m_degree, m_strength, NULL,         NULL,        NULL,        NULL,         NULL,
    NULL,     m_eigenvector, m_pagerank, m_coreness, m_clustering, m_community, m_component,
};

/* The summary: components (leaving the membership in c->ires for
 * m_component), density and type assortativity. */
static igraph_error_t summary(ctx_t *c)
{
    erg_measures_t *m = c->m;
    igraph_vector_int_t csize;
    igraph_integer_t ncomp;
    igraph_error_t rc = igraph_vector_int_init(&csize, 0);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_connected_components(&c->g, &c->ires, &csize, &ncomp, IGRAPH_WEAK);
    if (rc == IGRAPH_SUCCESS) {
        m->components = (size_t)ncomp;
        for (igraph_integer_t i = 0; i < ncomp; i++)
            if ((size_t)VECTOR(csize)[i] > m->largest_component)
                m->largest_component = (size_t)VECTOR(csize)[i];
        m->largest_component_share = (double)m->largest_component / (double)c->n;
        rc = erg__ig_type_assortativity(&c->g, c->gr, &m->assortativity_type);
    }
    igraph_vector_int_destroy(&csize);
    return rc;
}

int erg_measures_compute(const erg_graph_t *g, erg_measures_t *m, erg_error_t *err)
{
    return erg_measures_compute_opts(g, NULL, m, err);
}

static int compute(const erg_graph_t *gr, const erg_measures_opts_t *o, erg_measures_t *m,
                   erg_error_t *err);

int erg_measures_compute_opts(const erg_graph_t *gr, const erg_measures_opts_t *o,
                              erg_measures_t *m, erg_error_t *err)
{
    double t = erg__timing_start();
    int rc = compute(gr, o, m, err);
    erg__timing_add("measures", t);
    return rc;
}

static int compute(const erg_graph_t *gr, const erg_measures_opts_t *o, erg_measures_t *m,
                   erg_error_t *err)
{
    erg__ig_quiet();
    erg_measures_init(m);
    if (o)
        m->opts = *o;
    if (!(m->opts.resolution > 0) || !isfinite(m->opts.resolution))
        return erg__fail(err, ERG_EINVAL, "resolution must be a positive number, not %g",
                        m->opts.resolution);
    if (m->opts.restarts < 1)
        return erg__fail(err, ERG_EINVAL, "community detection needs at least one start");
    if (m->opts.betweenness_cutoff < 0 || !isfinite(m->opts.betweenness_cutoff))
        return erg__fail(err, ERG_EINVAL, "betweenness cutoff must be a positive number, not %g",
                        m->opts.betweenness_cutoff);
    if (m->opts.betweenness_cutoff > 0 && m->opts.betweenness_sample > 0)
        return erg__fail(err, ERG_EINVAL, "betweenness takes a cutoff or a sample, not both");
    if (!m->opts.want)
        m->opts.want = ERG_MEASURES_ALL;
    size_t n = gr->nnodes, e = gr->nlinks;
    m->n = m->nodes = n;
    m->links = e;
    /* 0 below two nodes, as networkx's density */
    m->density = n > 1 ? 2.0 * (double)e / ((double)n * (double)(n - 1)) : 0.0;
    for (int i = 0; i < ERG_M_COUNT; i++)
        if ((m->opts.want >> i & 1) && !(*field(m, i) = calloc(n + 1, sizeof(double)))) {
            erg_measures_release(m);
            return erg__fail(err, ERG_ENOMEM, "out of memory");
        }
    if (n == 0)
        return 0;

    /* zeroed vectors are safe to destroy even when an init below failed */
    ctx_t c = {.gr = gr, .opts = &m->opts, .n = n, .m = m};
    igraph_vector_int_t edges = {0};
    int have_g = 0, rc = 0;
    igraph_error_t ierr = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * e));
    if (ierr == IGRAPH_SUCCESS)
        ierr = igraph_vector_init(&c.w, (igraph_integer_t)e);
    if (ierr == IGRAPH_SUCCESS)
        ierr = igraph_vector_init(&c.dist, (igraph_integer_t)e);
    if (ierr == IGRAPH_SUCCESS)
        ierr = igraph_vector_init(&c.res, 0);
    if (ierr == IGRAPH_SUCCESS)
        ierr = igraph_vector_int_init(&c.ires, 0);
    if (ierr != IGRAPH_SUCCESS)
        goto cleanup;
    for (size_t i = 0; i < e; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)gr->links[i].source;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)gr->links[i].target;
        VECTOR(c.w)[i] = gr->links[i].weight;
        VECTOR(c.dist)[i] = 1.0 / gr->links[i].weight;
    }
    ierr = igraph_create(&c.g, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
    have_g = ierr == IGRAPH_SUCCESS;
    /* the graph holds its own copy: 16 bytes a link less while the measures run */
    igraph_vector_int_destroy(&edges);
    edges = (igraph_vector_int_t){0};
    if (have_g)
        rc = erg__ig_paths(&c.g, &c.dist, m, err);
    /* component last: it reads the membership summary() leaves in ires */
    if (ierr == IGRAPH_SUCCESS && !rc)
        for (int i = 0; i < ERG_M_COUNT - 1 && ierr == IGRAPH_SUCCESS; i++)
            if (*field(m, i) && measure_fns[i])
                ierr = measure_fns[i](&c, *field(m, i));
    if (ierr == IGRAPH_SUCCESS && !rc)
        ierr = summary(&c);
    if (ierr == IGRAPH_SUCCESS && !rc && m->component)
        ierr = m_component(&c, m->component);
cleanup:
    if (have_g)
        igraph_destroy(&c.g);
    igraph_vector_int_destroy(&edges);
    igraph_vector_destroy(&c.w);
    igraph_vector_destroy(&c.dist);
    igraph_vector_destroy(&c.res);
    igraph_vector_int_destroy(&c.ires);
    if (ierr != IGRAPH_SUCCESS)
        rc = erg__ig_fail(ierr, err);
    if (rc)
        erg_measures_release(m);
    return rc;
}
