/* test_measures.c: the measures and options on a network small enough to
 * work out by hand: two triangles a-b-c and d-e-f joined by c-d, and g alone
 * (all weights 1). */
#include "harness.h"
#include "ergraph.h"
#include "measures_internal.h"

#include <stdlib.h>

static void two_triangles(erg_graph_t *g)
{
    static const char *ids = "abcdefg";
    static const size_t ends[][2] = {{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 4}, {3, 5}, {4, 5}};
    erg_graph_init(g);
    g->nodes = calloc(7, sizeof *g->nodes);
    g->links = calloc(7, sizeof *g->links);
    for (size_t i = 0; i < 7; i++) {
        g->nodes[i].id = calloc(2, 1);
        g->nodes[i].id[0] = ids[i];
        /* a b c people, d e f states, g an organization */
        g->nodes[i].type = i < 3 ? ERG_TYPE_PERSON : i < 6 ? ERG_TYPE_STATE : ERG_TYPE_ORGANIZATION;
        g->links[i].source = ends[i][0];
        g->links[i].target = ends[i][1];
        g->links[i].weight = 1;
        g->links[i].count = 1;
    }
    g->nnodes = g->nlinks = 7;
}

static void test_all(erg_community_t algorithm)
{
    erg_graph_t g;
    two_triangles(&g);
    erg_measures_opts_t o;
    erg_measures_opts_init(&o);
    o.community = algorithm;
    erg_measures_t m;
    erg_error_t err = {0};
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == 0);
    CHECK(m.coreness[0] == 2 && m.coreness[2] == 2 && m.coreness[6] == 0);
    /* c's neighbours a, b, d: one link among three pairs */
    CHECK_NEAR(m.clustering[0], 1.0, 1e-12);
    CHECK_NEAR(m.clustering[2], 1.0 / 3, 1e-12);
    CHECK_NEAR(m.clustering[6], 0.0, 0);
    CHECK_NEAR(m.average_clustering, (4 + 2.0 / 3) / 7, 1e-12);
    /* from a: b 1, c 1, d 2, e 3, f 3 */
    CHECK_NEAR(m.harmonic_unweighted[0], 1 + 1 + 0.5 + 2.0 / 3, 1e-12);
    CHECK_NEAR(m.harmonic[0], m.harmonic_unweighted[0], 1e-12); /* lengths 1/1 */
    CHECK_NEAR(m.closeness_unweighted[0], (5.0 / 6) * (5.0 / 10), 1e-12);
    /* c is on the one shortest path of a-d, a-e, a-f, b-d, b-e, b-f: 6 of 15 pairs */
    CHECK_NEAR(m.betweenness_unweighted[2], 6.0 / 15, 1e-12);
    double norm = 0;
    for (size_t i = 0; i < 7; i++)
        norm += m.eigenvector[i] * m.eigenvector[i];
    CHECK_NEAR(norm, 1.0, 1e-12);
    CHECK(m.eigenvector[6] == 0 && m.eigenvector[2] > m.eigenvector[0]);
    /* the triangles, numbered by size then first node; g alone */
    CHECK(m.community[0] == 0 && m.community[1] == 0 && m.community[2] == 0);
    CHECK(m.community[3] == 1 && m.community[4] == 1 && m.community[5] == 1 && m.community[6] == 2);
    CHECK(m.communities == 3);
    /* each triangle: 3 of 7 links inside, strengths 2 + 2 + 3 of 14 */
    CHECK_NEAR(m.modularity, 2 * (3.0 / 7 - 0.25), 1e-12);
    CHECK(m.component[0] == 0 && m.component[5] == 0 && m.component[6] == 1);
    CHECK(m.components == 2 && m.largest_component == 6);
    CHECK_NEAR(m.largest_component_share, 6.0 / 7, 1e-15);
    CHECK_NEAR(m.density, 7.0 / 21, 1e-15);
    /* mixing: 6/14 person-person, 6/14 state-state, 2/14 across; a = (1/2, 1/2) */
    CHECK_NEAR(m.assortativity_type, (6.0 / 7 - 0.5) / (1 - 0.5), 1e-12);
    erg_measures_release(&m);
    erg_graph_release(&g);
}

static void test_select(void)
{
    erg_graph_t g;
    two_triangles(&g);
    erg_measures_opts_t o;
    erg_measures_opts_init(&o);
    erg_error_t err = {0};
    CHECK(erg_measures_select(&o, "degree,coreness", &err) == 0);
    CHECK(o.want == (1UL << ERG_M_DEGREE | 1UL << ERG_M_CORENESS));
    erg_measures_t m;
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == 0);
    CHECK(erg_measures_get(&m, "degree") == m.degree && m.degree[2] == 3);
    CHECK(erg_measures_get(&m, "betweenness") == NULL && m.community == NULL);
    CHECK(isnan(m.modularity) && isnan(m.average_clustering));
    CHECK(m.components == 2 && !isnan(m.assortativity_type)); /* always computed */
    erg_measures_release(&m);

    CHECK(erg_measures_select(&o, "degree,fame", &err) == ERG_EINVAL);
    CHECK(strncmp(err.msg, "unknown measure 'fame' (use degree, strength, betweenness, ", 59) == 0);
    CHECK(erg_measures_select(&o, "pagerank,", &err) == ERG_EINVAL);
    CHECK_STR(strstr(err.msg, "unknown measure ''"), err.msg);
    o.resolution = 0;
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == ERG_EINVAL);
    CHECK_STR(err.msg, "resolution must be a positive number, not 0");
    CHECK(m.degree == NULL);
    erg_graph_release(&g);

    CHECK(erg_community_parse("louvain") == ERG_COMMUNITY_LOUVAIN);
    CHECK(erg_community_parse("infomap") == -1);
    CHECK_STR(erg_community_name(ERG_COMMUNITY_LEIDEN), "leiden");
    CHECK(erg_measure_index("component") == ERG_M_COMPONENT);
    CHECK(erg_measure_names[ERG_M_COUNT] == NULL);
}

static void test_empty(void)
{
    erg_graph_t g;
    erg_graph_init(&g);
    erg_measures_t m;
    erg_error_t err = {0};
    CHECK(erg_measures_compute(&g, &m, &err) == 0);
    CHECK(m.nodes == 0 && m.density == 0 && isnan(m.modularity));
    erg_measures_release(&m);
}

/* --betweenness-cutoff, the samples, and the options they refuse. */
static void test_large_options(void)
{
    erg_graph_t g;
    two_triangles(&g);
    erg_measures_opts_t o;
    erg_measures_t m, exact;
    erg_error_t err = {0};
    erg_measures_opts_init(&o);
    o.betweenness_cutoff = 2; /* c is on a-d and b-d, d on c-e and c-f; longer paths left out */
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == 0);
    CHECK_NEAR(m.betweenness_unweighted[2], 2.0 / 15, 1e-12);
    CHECK_NEAR(m.betweenness_unweighted[3], 2.0 / 15, 1e-12);
    CHECK_NEAR(m.betweenness[0], 0.0, 0);
    erg_measures_release(&m);
    o.betweenness_cutoff = 1; /* no path of one link has a middle */
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == 0);
    CHECK_NEAR(m.betweenness[2], 0.0, 0);
    erg_measures_release(&m);

    /* every node a pivot: the exact values */
    CHECK(erg_measures_compute(&g, &exact, &err) == 0);
    erg_measures_opts_init(&o);
    o.betweenness_sample = 7;
    o.closeness_sample = 100;
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == 0);
    for (size_t i = 0; i < 7; i++) {
        CHECK_NEAR(m.betweenness[i], exact.betweenness[i], 1e-12);
        CHECK_NEAR(m.betweenness_unweighted[i], exact.betweenness_unweighted[i], 1e-12);
        CHECK_NEAR(m.closeness[i], exact.closeness[i], 1e-12);
        CHECK_NEAR(m.closeness_unweighted[i], exact.closeness_unweighted[i], 1e-12);
        CHECK_NEAR(m.harmonic[i], exact.harmonic[i], 1e-12);
        CHECK_NEAR(m.harmonic_unweighted[i], exact.harmonic_unweighted[i], 1e-12);
    }
    erg_measures_release(&m);
    erg_measures_release(&exact);

    o.betweenness_cutoff = 3;
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == ERG_EINVAL);
    CHECK_STR(err.msg, "betweenness takes a cutoff or a sample, not both");
    o.betweenness_sample = 0;
    o.betweenness_cutoff = -1;
    CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == ERG_EINVAL);
    CHECK_STR(err.msg, "betweenness cutoff must be a positive number, not -1");
    erg_graph_release(&g);
}

/* The path measures split over processes: the hand-checked values, and
 * --jobs 1's to rounding, for more workers than nodes too. */
static void test_jobs(void)
{
    erg_graph_t g;
    two_triangles(&g);
    erg_measures_opts_t o;
    erg_measures_t one, m;
    erg_error_t err = {0};
    erg_measures_opts_init(&o);
    o.jobs = 1;
    CHECK(erg_measures_compute_opts(&g, &o, &one, &err) == 0);
    const size_t jobs[] = {2, 3, 7, 20};
    for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
        o.jobs = jobs[k];
        CHECK(erg_measures_compute_opts(&g, &o, &m, &err) == 0);
        CHECK_NEAR(m.betweenness_unweighted[2], 6.0 / 15, 1e-12);
        CHECK_NEAR(m.closeness_unweighted[0], (5.0 / 6) * (5.0 / 10), 1e-12);
        CHECK_NEAR(m.harmonic_unweighted[0], 1 + 1 + 0.5 + 2.0 / 3, 1e-12);
        for (int f = ERG_M_BETWEENNESS; f <= ERG_M_HARMONIC_UNWEIGHTED; f++) {
            const double *a = erg_measures_get(&one, erg_measure_names[f]);
            const double *b = erg_measures_get(&m, erg_measure_names[f]);
            for (size_t i = 0; i < 7; i++)
                CHECK_NEAR(b[i], a[i], 1e-12 * fabs(a[i]));
        }
        CHECK(m.betweenness[6] == 0 && m.closeness[6] == 0 && m.harmonic[6] == 0);
        CHECK(m.modularity == one.modularity && m.pagerank[3] == one.pagerank[3]);
        erg_measures_release(&m);
    }
    erg_measures_release(&one);
    erg_graph_release(&g);
}

/* Leiden passes, bounded (erg__ig_leiden), on graphs igraph makes: the
 * same partition as igraph's n_iterations = -1 from the same seed, in one
 * pass; and where no merge gains (a resolution far above any link's share,
 * on which -1 never returns), every node alone after exactly the bound. */
static void test_leiden_bound(void)
{
    igraph_t g;
    igraph_vector_t w, strength;
    igraph_vector_int_t ours, theirs;
    igraph_integer_t nb;
    igraph_real_t q;
    unsigned passes;
    erg__ig_quiet();
    for (int k = 0; k < 4; k++) {
        igraph_rng_seed(igraph_rng_default(), 40 + k);
        if (k == 0)
            igraph_famous(&g, "Zachary");
        else
            igraph_erdos_renyi_game_gnm(&g, 60 * k, 240 * k, IGRAPH_UNDIRECTED, IGRAPH_NO_LOOPS);
        igraph_integer_t m = igraph_ecount(&g), n = igraph_vcount(&g);
        igraph_vector_init(&w, m);
        for (igraph_integer_t e = 0; e < m; e++)
            VECTOR(w)[e] = 1 + (double)((e * 7 + k) % 5); /* weights 1 to 5 */
        igraph_vector_init(&strength, 0);
        igraph_strength(&g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w);
        double gamma = 1.0 / (2.0 * igraph_vector_sum(&w));
        igraph_vector_int_init(&ours, n);
        igraph_vector_int_init(&theirs, n);
        for (int seed = 1; seed <= 3; seed++) {
            igraph_rng_seed(igraph_rng_default(), seed);
            CHECK(igraph_community_leiden(&g, &w, &strength, gamma, 0.01, 0, -1, &theirs, &nb, &q) == 0);
            igraph_rng_seed(igraph_rng_default(), seed);
            CHECK(erg__ig_leiden(&g, &w, &strength, gamma, ERG_LEIDEN_PASSES, &ours, &passes) == 0);
            CHECK(passes == 1);
            CHECK(igraph_vector_int_all_e(&ours, &theirs));
        }
        /* no merge gains: the bound ends it */
        CHECK(erg__ig_leiden(&g, &w, &strength, 1000 * gamma * n, 7, &ours, &passes) == 0);
        CHECK(passes == 7);
        igraph_integer_t parts = 0;
        for (igraph_integer_t i = 0; i < n; i++)
            if (VECTOR(ours)[i] + 1 > parts)
                parts = VECTOR(ours)[i] + 1;
        CHECK(parts == n);
        igraph_vector_int_destroy(&ours);
        igraph_vector_int_destroy(&theirs);
        igraph_vector_destroy(&strength);
        igraph_vector_destroy(&w);
        igraph_destroy(&g);
    }
    /* through the measures: a resolution no merge survives gives every node
     * its own community (this hung before the bound) */
    erg_graph_t tg;
    two_triangles(&tg);
    erg_measures_opts_t o;
    erg_measures_opts_init(&o);
    o.resolution = 1000;
    erg_measures_t mm;
    erg_error_t err = {0};
    CHECK(erg_measures_compute_opts(&tg, &o, &mm, &err) == 0);
    CHECK(mm.communities == 7);
    erg_measures_release(&mm);
    erg_graph_release(&tg);
}

int main(void)
{
    test_leiden_bound();
    test_all(ERG_COMMUNITY_LEIDEN);
    test_all(ERG_COMMUNITY_LOUVAIN);
    test_select();
    test_empty();
    test_large_options();
    test_jobs();
    return h_summary();
}
