/*
 * paths.c: the path measures, which take a shortest-path search from every
 * node (O(n m)): betweenness, closeness and harmonic centrality, weighted
 * (lengths 1/weight) and unweighted, as measures.c defines them; exact, cut
 * off or estimated from sampled nodes; on one process or split over several
 * (workers.c). An igraph module beside measures.c and community.c (contract
 * in measures_internal.h); measures.c owns the graph and the output arrays.
 *
 * Estimates search from K pivots drawn uniformly without replacement with
 * igraph's RNG seeded with the caller's seed (so the same seed draws the
 * same pivots) and scale what the pivots see to the whole network; with
 * K = n every node is a pivot and the estimate is the exact value.
 *   betweenness  Brandes and Pich (2007): dependencies of the pivots' paths
 *                only, times n/K
 *   closeness    Eppstein and Wang (2004): a node's distances to the pivots
 *   harmonic     stand for its distances to all nodes
 *
 * The split. All but the cutoff are sums over sources (every node, or the
 * pivots): betweenness adds each source's dependencies (igraph's subset
 * betweenness halves its sum on an undirected graph as igraph_betweenness
 * does, so the parts of disjoint sources add up to the whole), a closeness
 * sample each pivot's distances, and exact closeness and harmonic are each
 * node's own search. Worker w of J takes sources w, w+J, w+2J... (spread
 * over the node order, so each gets about as much of every component and of
 * every measure asked for), writes its partial sums in blocks of n, and the
 * parent adds them up (workers.c) and normalizes. The pivots are drawn before
 * the split, so the sample is the same for any J and the values differ from
 * one process's only in the order of additions. igraph 0.10 has no subset
 * betweenness with a cutoff: the cutoff runs on the calling process.
 */
#include "ergraph.h"
#include "err.h"
#include "workers.h"
#include "measures_internal.h"

#include <math.h>
#include <stdlib.h>

enum { NONE = -1 };

/* What the workers compute, as the index of a block of n doubles in each
 * one's slot, by variant v (0: weighted, 1: unweighted); NONE: not asked. */
typedef struct {
    const igraph_t *g;
    const igraph_vector_t *len[2]; /* lengths; NULL: hops */
    size_t n;
    igraph_vector_int_t bpiv, cpiv; /* pivots of the samples */
    int bsample, csample;           /* 1: the sources are the pivots; 0: every node */
    int bw[2];                      /* betweenness: dependencies summed */
    int cl[2], ha[2];               /* exact closeness and harmonic: own values */
    int dsum[2], dinv[2], reach[2]; /* closeness sample: Σd, Σ1/d, pivots reached */
    int nblocks;
} plan_t;

/* K distinct nodes of n, drawn from the seeded RNG. */
static igraph_error_t pivots(size_t n, size_t k, unsigned long seed, igraph_vector_int_t *out)
{
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    return igraph_random_sample(out, 0, (igraph_integer_t)n - 1, (igraph_integer_t)(k < n ? k : n));
}

/* Worker w of `jobs`: sources w, w + jobs, ... of `src` (NULL: every node). */
static igraph_error_t share(const igraph_vector_int_t *src, size_t n, size_t w, size_t jobs,
                            igraph_vector_int_t *out)
{
    size_t total = src ? (size_t)igraph_vector_int_size(src) : n;
    size_t k = w < total ? (total - w + jobs - 1) / jobs : 0;
    igraph_error_t rc = igraph_vector_int_resize(out, (igraph_integer_t)k);
    for (size_t j = 0; rc == IGRAPH_SUCCESS && j < k; j++) {
        size_t s = w + j * jobs;
        VECTOR(*out)[j] = src ? VECTOR(*src)[s] : (igraph_integer_t)s;
    }
    return rc;
}

/* Rows of distances held at once: about 32 MB of them, at least one. */
static size_t batch_rows(size_t n)
{
    size_t rows = ((size_t)4 << 20) / (n ? n : 1);
    return rows ? rows : 1;
}

static igraph_error_t betweenness_part(const plan_t *p, int v, igraph_vector_int_t *mine,
                                       size_t jobs, igraph_vector_t *res, double *out)
{
    igraph_error_t rc;
    if (jobs == 1 && !p->bsample) /* one process: igraph's own, as always */
        rc = igraph_betweenness(p->g, res, igraph_vss_all(), IGRAPH_UNDIRECTED, p->len[v]);
    else
        rc = igraph_betweenness_subset(p->g, res, igraph_vss_all(), IGRAPH_UNDIRECTED,
                                       igraph_vss_vector(mine), igraph_vss_all(), p->len[v]);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < p->n; i++)
        out[i] = VECTOR(*res)[i];
    return rc;
}

/* Exact closeness and harmonic of the nodes in `mine`, at their places. */
static igraph_error_t own_part(const plan_t *p, int v, const igraph_vector_int_t *mine,
                               igraph_vector_t *res, igraph_vector_int_t *reached, double *out)
{
    igraph_error_t rc = IGRAPH_SUCCESS;
    size_t k = (size_t)igraph_vector_int_size(mine);
    if (p->cl[v] != NONE) {
        igraph_bool_t all;
        double *cl = out + (size_t)p->cl[v] * p->n;
        /* normalized: r / sum(d) over the r nodes reachable, NaN when r = 0 */
        rc = igraph_closeness(p->g, res, reached, &all, igraph_vss_vector(mine), IGRAPH_ALL,
                              p->len[v], 1);
        for (size_t j = 0; rc == IGRAPH_SUCCESS && j < k; j++) {
            double r = (double)VECTOR(*reached)[j], x = VECTOR(*res)[j];
            cl[VECTOR(*mine)[j]] = (r > 0 && isfinite(x)) ? x * r / (double)(p->n - 1) : 0.0;
        }
    }
    if (rc == IGRAPH_SUCCESS && p->ha[v] != NONE) {
        double *ha = out + (size_t)p->ha[v] * p->n;
        rc = igraph_harmonic_centrality(p->g, res, igraph_vss_vector(mine), IGRAPH_ALL, p->len[v], 0);
        for (size_t j = 0; rc == IGRAPH_SUCCESS && j < k; j++)
            ha[VECTOR(*mine)[j]] = VECTOR(*res)[j];
    }
    return rc;
}

/* A closeness sample: each node's distances to the pivots in `mine` (but
 * itself), their inverses and how many it reaches, added up. */
static igraph_error_t sample_part(const plan_t *p, int v, const igraph_vector_int_t *mine,
                                  double *out)
{
    size_t n = p->n, k = (size_t)igraph_vector_int_size(mine), step = batch_rows(n);
    double *dsum = out + (size_t)p->dsum[v] * n, *dinv = out + (size_t)p->dinv[v] * n;
    double *reach = out + (size_t)p->reach[v] * n;
    igraph_vector_int_t batch = {0};
    igraph_matrix_t d = {0};
    igraph_error_t rc = igraph_vector_int_init(&batch, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_matrix_init(&d, 0, 0);
    for (size_t from = 0; rc == IGRAPH_SUCCESS && from < k; from += step) {
        size_t rows = k - from < step ? k - from : step;
        rc = igraph_vector_int_resize(&batch, (igraph_integer_t)rows);
        for (size_t r = 0; rc == IGRAPH_SUCCESS && r < rows; r++)
            VECTOR(batch)[r] = VECTOR(*mine)[from + r];
        if (rc == IGRAPH_SUCCESS) /* undirected: pivot-to-node is node-to-pivot */
            rc = igraph_distances_dijkstra(p->g, &d, igraph_vss_vector(&batch), igraph_vss_all(),
                                           p->len[v], IGRAPH_ALL);
        for (size_t r = 0; rc == IGRAPH_SUCCESS && r < rows; r++)
            for (size_t i = 0; i < n; i++) {
                double x = MATRIX(d, r, i);
                if ((size_t)VECTOR(batch)[r] != i && isfinite(x)) {
                    dsum[i] += x;
                    dinv[i] += 1.0 / x;
                    reach[i]++;
                }
            }
    }
    igraph_matrix_destroy(&d);
    igraph_vector_int_destroy(&batch);
    return rc;
}

/* One worker's part of everything the plan asks (an erg_proc_fn). */
static int work(void *ctx, size_t w, size_t jobs, double *out, erg_error_t *err)
{
    const plan_t *p = ctx;
    igraph_vector_t res = {0};
    igraph_vector_int_t reached = {0}, mine = {0};
    igraph_error_t rc = igraph_vector_init(&res, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&reached, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&mine, 0);
    for (int v = 0; v < 2 && rc == IGRAPH_SUCCESS; v++) {
        if (p->bw[v] != NONE) {
            rc = share(p->bsample ? &p->bpiv : NULL, p->n, w, jobs, &mine);
            if (rc == IGRAPH_SUCCESS)
                rc = betweenness_part(p, v, &mine, jobs, &res, out + (size_t)p->bw[v] * p->n);
        }
        if (rc == IGRAPH_SUCCESS && (p->cl[v] != NONE || p->ha[v] != NONE)) {
            rc = share(NULL, p->n, w, jobs, &mine);
            if (rc == IGRAPH_SUCCESS)
                rc = own_part(p, v, &mine, &res, &reached, out);
        }
        if (rc == IGRAPH_SUCCESS && p->dsum[v] != NONE) {
            rc = share(&p->cpiv, p->n, w, jobs, &mine);
            if (rc == IGRAPH_SUCCESS)
                rc = sample_part(p, v, &mine, out);
        }
    }
    igraph_vector_destroy(&res);
    igraph_vector_int_destroy(&reached);
    igraph_vector_int_destroy(&mine);
    return rc == IGRAPH_SUCCESS ? 0 : erg__ig_fail(rc, err);
}

/* Blocks for what `m` asks, and the pivots; *nsrc gets the most sources
 * any measure asked has (no use for more workers). */
static igraph_error_t make_plan(plan_t *p, const erg_measures_t *m, size_t *nsrc)
{
    const erg_measures_opts_t *o = &m->opts;
    double *bw[2] = {m->betweenness, m->betweenness_unweighted};
    double *cl[2] = {m->closeness, m->closeness_unweighted};
    double *ha[2] = {m->harmonic, m->harmonic_unweighted};
    size_t n = p->n, most = 0;
    p->bsample = o->betweenness_sample > 0;
    p->csample = o->closeness_sample > 0;
    for (int v = 0; v < 2; v++) {
        p->bw[v] = p->cl[v] = p->ha[v] = p->dsum[v] = p->dinv[v] = p->reach[v] = NONE;
        if (bw[v] && !(o->betweenness_cutoff > 0)) {
            p->bw[v] = p->nblocks++;
            size_t k = p->bsample ? o->betweenness_sample : n;
            most = k > most ? k : most;
        }
        if ((cl[v] || ha[v]) && p->csample) {
            p->dsum[v] = p->nblocks++;
            p->dinv[v] = p->nblocks++;
            p->reach[v] = p->nblocks++;
            most = o->closeness_sample > most ? o->closeness_sample : most;
        } else if (cl[v] || ha[v]) {
            p->cl[v] = cl[v] ? p->nblocks++ : NONE;
            p->ha[v] = ha[v] ? p->nblocks++ : NONE;
            most = n;
        }
    }
    *nsrc = most < n ? most : n;
    igraph_error_t rc = igraph_vector_int_init(&p->bpiv, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&p->cpiv, 0);
    if (rc == IGRAPH_SUCCESS && p->bsample)
        rc = pivots(n, o->betweenness_sample, o->seed, &p->bpiv);
    if (rc == IGRAPH_SUCCESS && p->csample)
        rc = pivots(n, o->closeness_sample, o->seed, &p->cpiv);
    return rc;
}

/* The measures from the workers' sums: betweenness scaled from a sample and
 * normalized; closeness and harmonic from a sample's sums. */
static int finish(const plan_t *p, const double *sum, erg_measures_t *m, erg_error_t *err)
{
    double *bw[2] = {m->betweenness, m->betweenness_unweighted};
    double *cl[2] = {m->closeness, m->closeness_unweighted};
    double *ha[2] = {m->harmonic, m->harmonic_unweighted};
    size_t n = p->n, kb = (size_t)igraph_vector_int_size(&p->bpiv);
    size_t kc = (size_t)igraph_vector_int_size(&p->cpiv);
    /* igraph counts each unordered pair once */
    double pairs = n > 2 ? (double)(n - 1) * (double)(n - 2) / 2.0 : 1.0;
    double scale = p->bsample ? (double)n / (double)kb : 1.0;
    unsigned char *pivot = calloc(n, 1);
    if (!pivot)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    for (size_t j = 0; j < kc; j++)
        pivot[VECTOR(p->cpiv)[j]] = 1;
    for (int v = 0; v < 2; v++)
        for (size_t i = 0; i < n; i++) {
            if (p->bw[v] != NONE)
                bw[v][i] = sum[(size_t)p->bw[v] * n + i] * scale / pairs;
            if (p->cl[v] != NONE)
                cl[v][i] = sum[(size_t)p->cl[v] * n + i];
            if (p->ha[v] != NONE)
                ha[v][i] = sum[(size_t)p->ha[v] * n + i];
            if (p->dsum[v] == NONE)
                continue;
            /* r reachable of K' pivots stand for r(n-1)/K' nodes at total
             * distance D(n-1)/K': closeness (r/K')(r/D), harmonic H(n-1)/K' */
            double r = sum[(size_t)p->reach[v] * n + i], kk = (double)(kc - pivot[i]);
            if (cl[v])
                cl[v][i] = r > 0 ? (r / kk) * (r / sum[(size_t)p->dsum[v] * n + i]) : 0.0;
            if (ha[v])
                ha[v][i] = kk > 0 ? sum[(size_t)p->dinv[v] * n + i] * (double)(n - 1) / kk : 0.0;
        }
    free(pivot);
    return 0;
}

/* Betweenness over paths no longer than the cutoff, on this process. */
static igraph_error_t cutoff(const plan_t *p, erg_measures_t *m)
{
    double *bw[2] = {m->betweenness, m->betweenness_unweighted};
    double pairs = p->n > 2 ? (double)(p->n - 1) * (double)(p->n - 2) / 2.0 : 1.0;
    igraph_vector_t res;
    igraph_error_t rc = igraph_vector_init(&res, 0);
    for (int v = 0; v < 2 && rc == IGRAPH_SUCCESS; v++) {
        if (!bw[v])
            continue;
        rc = igraph_betweenness_cutoff(p->g, &res, igraph_vss_all(), IGRAPH_UNDIRECTED, p->len[v],
                                       m->opts.betweenness_cutoff);
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < p->n; i++)
            bw[v][i] = VECTOR(res)[i] / pairs;
    }
    igraph_vector_destroy(&res);
    return rc;
}

int erg__ig_paths(const igraph_t *g, const igraph_vector_t *dist, erg_measures_t *m,
                 erg_error_t *err)
{
    plan_t p = {.g = g, .len = {dist, NULL}, .n = (size_t)igraph_vcount(g)};
    size_t nsrc, jobs = m->opts.jobs ? m->opts.jobs : erg_default_jobs();
    double *sum = NULL;
    int rc = 0;
    igraph_error_t ierr = make_plan(&p, m, &nsrc);
    if (ierr == IGRAPH_SUCCESS && m->opts.betweenness_cutoff > 0)
        ierr = cutoff(&p, m);
    if (ierr != IGRAPH_SUCCESS)
        rc = erg__ig_fail(ierr, err);
    else if (p.nblocks && !(sum = calloc((size_t)p.nblocks * p.n, sizeof *sum)))
        rc = erg__fail(err, ERG_ENOMEM, "out of memory");
    if (!rc && p.nblocks) {
        jobs = jobs < nsrc ? jobs : nsrc ? nsrc : 1;
        rc = jobs == 1 ? work(&p, 0, 1, sum, err)
                       : erg__procs_sum(jobs, (size_t)p.nblocks * p.n, work, &p, sum, err);
        if (!rc)
            rc = finish(&p, sum, m, err);
    }
    free(sum);
    igraph_vector_int_destroy(&p.bpiv);
    igraph_vector_int_destroy(&p.cpiv);
    return rc;
}
