/* test_network.c: co-occurrence counting, JSON round trip, measures. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "ergraph.h"

#include <stdlib.h>
#include <unistd.h>

static const char gaz_json[] =
    "{\"entities\": [{\"name\": \"A\", \"type\": \"person\", \"aliases\": [\"Alfa\"]},"
    " {\"name\": \"B\", \"type\": \"state\", \"aliases\": [\"Bravo\"]},"
    " {\"name\": \"C\", \"type\": \"organization\", \"aliases\": [\"Charlie\"]}]}";

static void add(erg_builder_t *b, erg_gazetteer_t *g, const char *id, const char *text)
{
    erg_article_t a = {(char *)id, (char *)"", NULL, (char *)text, strlen(text)};
    erg_mentions_t m;
    erg_mentions_init(&m);
    erg_error_t err = {0};
    CHECK(erg_recognize(g, &a, &m, &err) == 0);
    CHECK(erg_builder_add(b, &a, &m, &err) == 0);
    erg_mentions_release(&m);
}

static const erg_link_t *link_of(const erg_graph_t *g, const char *s, const char *t)
{
    long a = erg_graph_find(g, s), b = erg_graph_find(g, t);
    for (size_t i = 0; a >= 0 && b >= 0 && i < g->nlinks; i++)
        if ((g->links[i].source == (size_t)a && g->links[i].target == (size_t)b) ||
            (g->links[i].source == (size_t)b && g->links[i].target == (size_t)a))
            return &g->links[i];
    return NULL;
}

static void build(erg_window_t w, erg_graph_t *out)
{
    erg_gazetteer_t *g = erg_gazetteer_new();
    erg_error_t err = {0};
    erg_gazetteer_load_buffer(g, "g", gaz_json, sizeof gaz_json - 1, &err);
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    o.counting.window = w;
    o.counting.evidence = 2;
    erg_builder_t *b = erg_builder_new(&o);
    add(b, g, "d1", "Alfa dan Bravo bertemu. Alfa, Alfa dan Bravo lagi.\n\nCharlie sendiri.");
    add(b, g, "d2", "Bravo dan Charlie. Alfa.");
    const char *inputs[] = {"test"};
    CHECK(erg_builder_finish(b, inputs, 1, out, &err) == 0);
    erg_builder_free(b);
    erg_gazetteer_free(g);
}

static void test_windows(void)
{
    erg_graph_t g;
    build(ERG_WINDOW_SENTENCE, &g);
    CHECK(g.nnodes == 3 && g.nlinks == 2);
    CHECK_STR(g.nodes[0].id, "A");
    CHECK(g.nodes[0].mentions == 4 && g.nodes[0].documents == 2);
    CHECK(g.nodes[0].naliases == 1);
    const erg_link_t *ab = link_of(&g, "A", "B");
    CHECK(ab && ab->count == 2 && ab->weight == 2.0 && ab->ndocs == 1);
    CHECK(ab && ab->nevidence == 2);
    CHECK_STR(ab ? ab->evidence[0].text : NULL, "Alfa dan Bravo bertemu.");
    CHECK_STR(ab ? ab->evidence[1].text : NULL, "Alfa, Alfa dan Bravo lagi.");
    CHECK(ab && ab->evidence[1].start == 24 && ab->evidence[1].end == 50);
    CHECK(link_of(&g, "B", "C") && link_of(&g, "B", "C")->count == 1);
    CHECK(!link_of(&g, "A", "C"));
    erg_graph_release(&g);

    build(ERG_WINDOW_PARAGRAPH, &g);
    CHECK(link_of(&g, "A", "B")->count == 2); /* d1's first paragraph, d2's only one */
    CHECK(link_of(&g, "A", "C")->count == 1);
    erg_graph_release(&g);

    build(ERG_WINDOW_DOCUMENT, &g);
    CHECK(link_of(&g, "A", "B")->count == 2 && link_of(&g, "A", "C")->count == 2);
    CHECK(link_of(&g, "A", "C")->ndocs == 2);
    erg_graph_release(&g);
}

/* Evidence past the first run's room (4) moves to a longer one, in order;
 * a sentence quoted by three links gives each the same text; a link's
 * articles come in input order. */
static void test_evidence_runs(void)
{
    erg_gazetteer_t *g = erg_gazetteer_new();
    erg_error_t err = {0};
    erg_gazetteer_load_buffer(g, "g", gaz_json, sizeof gaz_json - 1, &err);
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    o.counting.evidence = 7;
    erg_builder_t *b = erg_builder_new(&o);
    add(b, g, "d1", "Alfa dan Bravo satu. Bravo dan Charlie. Alfa dan Bravo dua. Alfa dan Bravo tiga.");
    add(b, g, "d2", "Alfa, Bravo dan Charlie. Alfa dan Bravo lima. Bravo dan Charlie lagi.");
    add(b, g, "d3", "Alfa dan Bravo enam. Alfa dan Bravo tujuh. Alfa dan Bravo delapan.");
    const char *inputs[] = {"test"};
    erg_graph_t gr;
    CHECK(erg_builder_finish(b, inputs, 1, &gr, &err) == 0);
    const erg_link_t *ab = link_of(&gr, "A", "B"), *ac = link_of(&gr, "A", "C"),
                     *bc = link_of(&gr, "B", "C");
    CHECK(ab && ab->count == 8 && ab->nevidence == 7 && ab->ndocs == 3);
    static const char *const want[] = {"Alfa dan Bravo satu.", "Alfa dan Bravo dua.",
                                       "Alfa dan Bravo tiga.", "Alfa, Bravo dan Charlie.",
                                       "Alfa dan Bravo lima.", "Alfa dan Bravo enam.",
                                       "Alfa dan Bravo tujuh."};
    for (size_t k = 0; ab && k < 7; k++)
        CHECK_STR(ab->evidence[k].text, want[k]);
    CHECK_STR(ab ? ab->evidence[3].doc : NULL, "d2");
    CHECK_STR(ab ? ab->docs[0] : NULL, "d1");
    CHECK_STR(ab ? ab->docs[2] : NULL, "d3");
    CHECK(ac && ac->nevidence == 1 && bc && bc->nevidence == 3);
    CHECK_STR(ac ? ac->evidence[0].text : NULL, "Alfa, Bravo dan Charlie.");
    CHECK_STR(bc ? bc->evidence[1].text : NULL, "Alfa, Bravo dan Charlie.");
    CHECK(bc && bc->evidence[1].start == 0 && bc->evidence[1].end == 24);
    CHECK_STR(bc ? bc->evidence[2].text : NULL, "Bravo dan Charlie lagi.");
    erg_graph_release(&gr);
    erg_builder_free(b);
    erg_gazetteer_free(g);
}

static void test_round_trip(void)
{
    erg_graph_t g, h;
    erg_error_t err = {0};
    build(ERG_WINDOW_SENTENCE, &g);
    char path[] = "/tmp/ergraph-test-XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    CHECK(erg_graph_write_json(&g, path, &err) == 0);
    CHECK(erg_graph_read_json(&h, path, &err) == 0);
    CHECK(h.nnodes == g.nnodes && h.nlinks == g.nlinks);
    for (size_t i = 0; i < g.nnodes && i < h.nnodes; i++) {
        CHECK_STR(h.nodes[i].id, g.nodes[i].id);
        CHECK(h.nodes[i].type == g.nodes[i].type && h.nodes[i].mentions == g.nodes[i].mentions);
    }
    for (size_t i = 0; i < g.nlinks && i < h.nlinks; i++) {
        CHECK(h.links[i].weight == g.links[i].weight && h.links[i].count == g.links[i].count);
        CHECK(h.links[i].nevidence == g.links[i].nevidence);
    }
    unlink(path);
    erg_graph_release(&g);
    erg_graph_release(&h);
}

/* A path a - b - c - d with weights 1, 2, 1: closed forms by hand. */
static void test_measures(void)
{
    erg_graph_t g;
    erg_graph_init(&g);
    const char *ids[] = {"a", "b", "c", "d"};
    g.nodes = calloc(4, sizeof *g.nodes);
    g.links = calloc(3, sizeof *g.links);
    for (size_t i = 0; i < 4; i++) {
        g.nodes[i].id = strdup(ids[i]);
        g.nodes[i].type = ERG_TYPE_PERSON;
    }
    double w[3] = {1, 2, 1};
    for (size_t i = 0; i < 3; i++) {
        g.links[i].source = i;
        g.links[i].target = i + 1;
        g.links[i].weight = w[i];
        g.links[i].count = (long)w[i];
    }
    g.nnodes = 4;
    g.nlinks = 3;
    erg_measures_t m;
    erg_error_t err = {0};
    CHECK(erg_measures_compute(&g, &m, &err) == 0);
    CHECK(m.degree[0] == 1 && m.degree[1] == 2);
    CHECK(m.strength[1] == 3 && m.strength[3] == 1);
    /* b lies on a-c and a-d: 2 of (n-1)(n-2)/2 = 3 pairs */
    CHECK_NEAR(m.betweenness[1], 2.0 / 3.0, 1e-12);
    CHECK_NEAR(m.betweenness[0], 0.0, 1e-12);
    /* lengths 1, 0.5, 1: from a the distances are 1, 1.5, 2.5, sum 5 */
    CHECK_NEAR(m.closeness[0], 3.0 / 5.0, 1e-12);
    /* from b: 1, 0.5, 1.5, sum 3 */
    CHECK_NEAR(m.closeness[1], 1.0, 1e-12);
    CHECK_NEAR(m.pagerank[0] + m.pagerank[1] + m.pagerank[2] + m.pagerank[3], 1.0, 1e-12);
    CHECK_NEAR(m.pagerank[0], m.pagerank[3], 1e-12);
    /* x_a = x_b / l, l = 1 + sqrt 2 (l^2 = 2l + 1); unit norm, as networkx */
    CHECK_NEAR(m.eigenvector[1], m.eigenvector[2], 1e-9);
    CHECK_NEAR(m.eigenvector[0] * (1 + sqrt(2)), m.eigenvector[1], 1e-9);
    CHECK_NEAR(2 * (m.eigenvector[0] * m.eigenvector[0] + m.eigenvector[1] * m.eigenvector[1]), 1.0, 1e-12);
    CHECK(m.components == 1 && m.largest_component == 4);
    CHECK_NEAR(m.density, 0.5, 1e-12);
    erg_measures_release(&m);
    erg_graph_release(&g);
}

int main(void)
{
    test_windows();
    test_evidence_runs();
    test_round_trip();
    test_measures();
    return h_summary();
}
