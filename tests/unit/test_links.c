/* test_links.c: windows, weights, pruning, the disparity filter and dates,
 * against values worked out by hand in the comments. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "network_internal.h"

#include <stdlib.h>

static const char gaz_json[] =
    "{\"entities\": [{\"name\": \"A\", \"type\": \"person\", \"aliases\": [\"Alfa\"]},"
    " {\"name\": \"B\", \"type\": \"state\", \"aliases\": [\"Bravo\"]},"
    " {\"name\": \"C\", \"type\": \"organization\", \"aliases\": [\"Charlie\"]}]}";

/* Builds the network of `texts` (one article each) with options o. */
static void build(erg_build_opts_t *o, const char *const *texts, size_t n, erg_graph_t *out)
{
    erg_gazetteer_t *g = erg_gazetteer_new();
    erg_error_t err = {0};
    CHECK(erg_gazetteer_load_buffer(g, "g", gaz_json, sizeof gaz_json - 1, &err) == 0);
    erg_builder_t *b = erg_builder_new(o);
    for (size_t i = 0; i < n; i++) {
        char id[16];
        snprintf(id, sizeof id, "d%zu", i + 1);
        erg_article_t a = {id, (char *)"", NULL, (char *)texts[i], strlen(texts[i])};
        erg_mentions_t m;
        erg_mentions_init(&m);
        CHECK(erg_recognize(g, &a, &m, &err) == 0);
        CHECK(erg_builder_add(b, &a, &m, &err) == 0);
        erg_mentions_release(&m);
    }
    const char *inputs[] = {"test"};
    CHECK(erg_builder_finish(b, inputs, 1, out, &err) == 0);
    erg_builder_free(b);
    erg_gazetteer_free(g);
}

static const erg_link_t *find_link(const erg_graph_t *g, const char *s, const char *t)
{
    long a = erg_graph_find(g, s), b = erg_graph_find(g, t);
    long l = a >= 0 && b >= 0 ? erg_graph_link(g, (size_t)a, (size_t)b) : -1;
    return l >= 0 ? &g->links[l] : NULL;
}

static double weight(const erg_graph_t *g, const char *s, const char *t)
{
    const erg_link_t *l = find_link(g, s, t);
    return l ? l->weight : -1e300;
}

/* Sentence windows holding entities: d1 {A,B} {A,C} {B}, d2 {A,B} {C}.
 * N = 5; f_A = 3, f_B = 3, f_C = 2; c_AB = 2, c_AC = 1, no B-C.
 * Link totals for association: s_A = 3, s_B = 2, s_C = 1, M = 3. */
static const char *const tiny[] = {"Alfa dan Bravo. Alfa dan Charlie. Bravo.",
                                   "Alfa dan Bravo. Ada Charlie."};

static void test_weights(void)
{
    erg_build_opts_t o;
    erg_graph_t g;
    erg_build_opts_init(&o);
    build(&o, tiny, 2, &g);
    CHECK(g.nlinks == 2 && weight(&g, "A", "B") == 2 && weight(&g, "A", "C") == 1);
    CHECK(g.meta_json && strstr(g.meta_json, "\"windows\":5"));
    erg_graph_release(&g);

    o.finishing.weight = ERG_WEIGHT_JACCARD; /* c / (fi + fj - c) */
    build(&o, tiny, 2, &g);
    CHECK_NEAR(weight(&g, "A", "B"), 2.0 / 4.0, 1e-12);
    CHECK_NEAR(weight(&g, "A", "C"), 1.0 / 4.0, 1e-12);
    CHECK(find_link(&g, "A", "B")->count == 2); /* count stays beside weight */
    erg_graph_release(&g);

    o.finishing.weight = ERG_WEIGHT_DICE; /* 2c / (fi + fj) */
    build(&o, tiny, 2, &g);
    CHECK_NEAR(weight(&g, "A", "B"), 4.0 / 6.0, 1e-12);
    CHECK_NEAR(weight(&g, "A", "C"), 2.0 / 5.0, 1e-12);
    erg_graph_release(&g);

    o.finishing.weight = ERG_WEIGHT_PMI; /* ln(c N / (fi fj)): A-B ln(10/9); A-C ln(5/6) < 0, dropped */
    build(&o, tiny, 2, &g);
    CHECK(g.nlinks == 1);
    CHECK_NEAR(weight(&g, "A", "B"), log(10.0 / 9.0), 1e-12);
    CHECK(strstr(g.meta_json, "\"dropped_nonpositive\":1"));
    erg_graph_release(&g);

    o.finishing.weight = ERG_WEIGHT_NPMI; /* pmi / -ln(c/N) */
    build(&o, tiny, 2, &g);
    CHECK(g.nlinks == 1);
    CHECK_NEAR(weight(&g, "A", "B"), log(10.0 / 9.0) / -log(2.0 / 5.0), 1e-12);
    erg_graph_release(&g);

    o.finishing.weight = ERG_WEIGHT_ASSOCIATION; /* 2 M c / (s_i s_j) */
    build(&o, tiny, 2, &g);
    CHECK_NEAR(weight(&g, "A", "B"), 2.0 * 3 * 2 / (3.0 * 2), 1e-12);
    CHECK_NEAR(weight(&g, "A", "C"), 2.0 * 3 * 1 / (3.0 * 1), 1e-12);
    erg_graph_release(&g);

    /* --count documents: N = 2, every f = 2; c_AB = 2, c_AC = 1 */
    o.finishing.weight = ERG_WEIGHT_JACCARD;
    o.counting.count = ERG_COUNT_DOCUMENTS;
    build(&o, tiny, 2, &g);
    CHECK(find_link(&g, "A", "B")->count == 2 && find_link(&g, "A", "C")->count == 1);
    CHECK_NEAR(weight(&g, "A", "B"), 1.0, 1e-12);
    CHECK_NEAR(weight(&g, "A", "C"), 1.0 / 3.0, 1e-12);
    CHECK(strstr(g.meta_json, "\"windows\":2"));
    erg_graph_release(&g);

    /* npmi of a pair in every window is 1 */
    CHECK_NEAR(erg__weight_value(ERG_WEIGHT_NPMI, 4, 4, 4, 4, 0, 0, 0), 1.0, 1e-12);
}

static void test_tokens_window(void)
{
    size_t n = 0;
    CHECK(erg_window_parse("tokens:5", &n) == ERG_WINDOW_TOKENS && n == 5);
    CHECK(erg_window_parse("tokens:1", &n) < 0 && erg_window_parse("tokens:", &n) < 0);
    CHECK(erg_window_parse("tokens:4x", &n) < 0 && erg_window_parse("sentences", &n) < 0);
    /* Alfa is token 3, Bravo token 5 (d = 2), of 10 tokens */
    const char *text[] = {"satu dua tiga Alfa empat Bravo lima enam tujuh delapan"};
    erg_build_opts_t o;
    erg_graph_t g;
    erg_build_opts_init(&o);
    o.counting.window = ERG_WINDOW_TOKENS;
    o.counting.window_tokens = 4; /* windows t = 0..6; A in 0..3, B in 2..5: both in 2 = N - d */
    build(&o, text, 1, &g);
    CHECK(find_link(&g, "A", "B") && find_link(&g, "A", "B")->count == 2);
    CHECK(strstr(g.meta_json, "\"windows\":6") && strstr(g.meta_json, "\"window\":\"tokens:4\""));
    CHECK(find_link(&g, "A", "B") && find_link(&g, "A", "B")->nevidence == 1);
    erg_graph_release(&g);
    o.counting.window_tokens = 2; /* first tokens 2 apart: not fewer than 2 */
    build(&o, text, 1, &g);
    CHECK(g.nnodes == 2 && g.nlinks == 0);
    erg_graph_release(&g);
    o.counting.window_tokens = 50; /* shorter than the window: one window */
    build(&o, text, 1, &g);
    CHECK(find_link(&g, "A", "B") && find_link(&g, "A", "B")->count == 1);
    erg_graph_release(&g);
}

static void test_types(void)
{
    erg_build_opts_t o;
    erg_graph_t g;
    erg_build_opts_init(&o);
    o.counting.types = 1u << ERG_TYPE_PERSON | 1u << ERG_TYPE_STATE; /* no organization C */
    build(&o, tiny, 2, &g);
    CHECK(g.nnodes == 2 && erg_graph_find(&g, "C") < 0 && g.nlinks == 1);
    CHECK(strstr(g.meta_json, "\"types\":[\"person\",\"state\"]"));
    erg_graph_release(&g);
}

/* Nodes a..g; links a-b 8, a-c 1, a-d 1, b-c 1, f-g 5 (count = weight);
 * mentions a 10, b 5, c 2, d 1, e 1, f 3, g 3; e is isolated. */
static void fixture(erg_graph_t *g)
{
    static const long mentions[] = {10, 5, 2, 1, 1, 3, 3};
    static const size_t ends[][2] = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {5, 6}};
    static const double w[] = {8, 1, 1, 1, 5};
    erg_graph_init(g);
    g->nodes = calloc(7, sizeof *g->nodes);
    g->links = calloc(5, sizeof *g->links);
    for (size_t i = 0; i < 7; i++) {
        char id[2] = {(char)('a' + i), 0};
        g->nodes[i].id = strdup(id);
        g->nodes[i].mentions = mentions[i];
    }
    for (size_t i = 0; i < 5; i++)
        g->links[i] = (erg_link_t){.source = ends[i][0], .target = ends[i][1], .weight = w[i],
                                   .count = (long)w[i]};
    g->nnodes = 7;
    g->nlinks = 5;
}

/* The ids of g's nodes and its links as "a-b", in order, for comparison. */
static const char *shape(const erg_graph_t *g)
{
    static char buf[256];
    size_t n = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", g->nodes[i].id);
    n += (size_t)snprintf(buf + n, sizeof buf - n, " |");
    for (size_t i = 0; i < g->nlinks; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, " %s-%s", g->nodes[g->links[i].source].id,
                              g->nodes[g->links[i].target].id);
    return buf;
}

static void prune(void (*set)(erg_build_opts_t *), const char *want, size_t steps)
{
    erg_graph_t g;
    erg_build_opts_t o;
    erg_prune_report_t r;
    erg_build_opts_init(&o);
    set(&o);
    fixture(&g);
    CHECK(erg__graph_prune(&g, &o, &r) == 0);
    CHECK_STR(shape(&g), want);
    CHECK(r.n == steps);
    erg_graph_release(&g);
}

static void set_min_mentions(erg_build_opts_t *o) { o->finishing.min_mentions = 2; }
static void set_min_count(erg_build_opts_t *o) { o->finishing.min_count = 2; }
static void set_top1(erg_build_opts_t *o) { o->finishing.top_links = 1; }
static void set_max2(erg_build_opts_t *o) { o->finishing.max_nodes = 2; }
static void set_giant(erg_build_opts_t *o) { o->finishing.giant = 1; }
static void set_max3_giant(erg_build_opts_t *o) { o->finishing.max_nodes = 3, o->finishing.giant = 1; }
static void set_backbone_01(erg_build_opts_t *o) { o->finishing.backbone = 0.1; }
static void set_backbone_06(erg_build_opts_t *o) { o->finishing.backbone = 0.6; }

static void test_prune(void)
{
    prune(set_min_mentions, "abcfg | a-b a-c b-c f-g", 1);
    prune(set_min_count, "abcdefg | a-b f-g", 1);
    /* c's two links tie (weight 1, count 1): the other end's id decides, a */
    prune(set_top1, "abcdefg | a-b a-c a-d f-g", 1);
    /* strengths a 10, b 9, f 5, g 5, c 2, d 1, e 0 */
    prune(set_max2, "ab | a-b", 1);
    prune(set_giant, "abcd | a-b a-c a-d b-c", 1);
    /* f and g tie on strength and mentions: f by id; then {a, b} is the giant */
    prune(set_max3_giant, "ab | a-b", 2);
    /* disparity: s_a 10 k_a 3, s_b 9 k_b 2, s_c 2 k_c 2, s_d 1 k_d 1, s_f = s_g = 5.
     * a-b: from a (1 - .8)^2 = .04, from b 1/9; a-c: .81, .5; a-d: .81, 0^0 = 1;
     * b-c: 8/9, .5; f-g: 0^0 = 1 at both ends */
    prune(set_backbone_01, "abcdefg | a-b", 1);
    prune(set_backbone_06, "abcdefg | a-b a-c b-c", 1);
    CHECK_NEAR(erg__disparity_alpha(8, 10, 3), 0.04, 1e-12);
    CHECK_NEAR(erg__disparity_alpha(1, 1, 1), 1.0, 1e-12);
}

static void test_dates(void)
{
    static const struct {
        const char *in, *want;
    } table[] = {
        {"2025-08-25", "2025-08-25"},     {"3 September 2025", "2025-09-03"},
        {"9 Mei 2025", "2025-05-09"},     {"September 3, 2025", "2025-09-03"},
        {"Sept. 3, 2025", "2025-09-03"},  {"3/9/2025", "2025-09-03"},
        {"17 Agustus 1945", "1945-08-17"}, {"29 Feb 2024", "2024-02-29"},
        {"1 Desember 2025", "2025-12-01"}, {"2025/01/31", "2025-01-31"},
        {"29 Feb 2025", NULL},            {"31 Juni 2025", NULL},
        {"2025-13-01", NULL},             {"9 Mei", NULL},
        {"Juli 2025", NULL},              {"3 Septembre 2025", NULL},
        {"kemarin", NULL},                {"2025-09-03 dan lagi", NULL},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        char out[11] = "";
        int rc = erg_date_normalize(table[i].in, out);
        if (table[i].want)
            CHECK_STR(rc == 0 ? out : table[i].in, table[i].want);
        else if (rc != -1)
            CHECK_STR(out, "(no date)");
    }
    static const struct {
        const char *date, *text, *want;
    } arts[] = {
        {NULL, "Judul\n\nSEOUL: Harian itu pada Kamis (04/09) memuat foto. Rabu (3/9/2025) ...", "2025-09-04"},
        {NULL, "Judul\nPada Jumat, 9 Mei, Kim datang.", NULL}, /* no year anywhere */
        {NULL, "Judul\nFajar Nugraha \xe2\x80\xa2 3 September 2025 18:14\nIsi.", "2025-09-03"},
        {NULL, "Title\nLONDON - On Sept. 3, 2025 the leaders met.", "2025-09-03"},
        {NULL, "Title\nOn Sept. 3, 2025 the leaders met.", NULL}, /* no dateline, no date line */
        /* a photo caption before the dateline gives no date */
        {NULL, "Judul\n\nPenulis: A | Editor: B\n\nFoto arsip Presiden, Senin (4/8/2021).\n\n"
               "JAKARTA, KOMPAS.com -- Rapat digelar Rabu (3/9/2025).", "2025-09-03"},
        {NULL, "Judul\n\nFoto arsip Presiden saat meninjau pasar, Senin (4/8/2021).\n\nIsi.", NULL},
        /* a later paragraph that recalls the past gives none either */
        {NULL, "Judul\nMAKASSAR, KOMPAS.com - Lahan itu digugat.\nIa hadir.\nIa pulang.\n"
               "Hak atas lahan terbit pada 8 Juli 1996.", NULL},
        {NULL, "Judul\nada 4/9 bagian. Tanpa tanggal.", NULL}, /* a fraction, not a date */
        {NULL, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11 pada 3 September 2025", NULL}, /* too late */
        {"2025-09-05T10:00:00Z", "Judul\nRabu (3/9/2025).", "2025-09-05"},
        {"soon", "Judul\nRabu (3/9/2025).", "2025-09-03"},
    };
    for (size_t i = 0; i < sizeof arts / sizeof arts[0]; i++) {
        erg_article_t a = {(char *)"x", (char *)"", (char *)arts[i].date, (char *)arts[i].text,
                           strlen(arts[i].text)};
        char out[11] = "";
        int found = erg_article_date(&a, out);
        CHECK_STR(found ? out : "(undated)", arts[i].want ? arts[i].want : "(undated)");
    }
    char p[16];
    CHECK(erg_date_period("2025-09-03", ERG_SLICE_MONTH, p) == 0);
    CHECK_STR(p, "2025-09");
    CHECK(erg_date_period("2025-09-03", ERG_SLICE_YEAR, p) == 0);
    CHECK_STR(p, "2025");
    CHECK(erg_date_period("2025-09-03", ERG_SLICE_WEEK, p) == 0);
    CHECK_STR(p, "2025-W36");
    CHECK(erg_date_period("2021-01-01", ERG_SLICE_WEEK, p) == 0); /* a Friday: 2020's week 53 */
    CHECK_STR(p, "2020-W53");
    CHECK(erg_date_period("2024-12-30", ERG_SLICE_WEEK, p) == 0); /* a Monday: 2025's week 1 */
    CHECK_STR(p, "2025-W01");
    CHECK(erg_date_period("2025-02-30", ERG_SLICE_WEEK, p) == -1);
}

static void test_date_filter(void)
{
    erg_build_opts_t o;
    erg_graph_t g;
    erg_build_opts_init(&o);
    const char *texts[] = {"Judul\nJAKARTA - Rabu (3/9/2025), Alfa dan Bravo.", "Judul\nAlfa dan Charlie.",
                           "Judul\n9 Mei 2025\nBravo dan Charlie."};
    memcpy(o.counting.since, "2025-06-01", 11);
    build(&o, texts, 3, &g);
    /* only the first: the second is undated, the third too early */
    CHECK_STR(shape(&g), "AB | A-B");
    CHECK(strstr(g.meta_json, "\"left_out\":{\"undated\":1,\"out_of_range\":1}"));
    CHECK(strstr(g.meta_json, "\"first\":\"2025-09-03\",\"last\":\"2025-09-03\""));
    erg_graph_release(&g);
}

int main(void)
{
    erg_set_warning_handler(NULL, NULL);
    test_weights();
    test_tokens_window();
    test_types();
    test_prune();
    test_dates();
    test_date_filter();
    return h_summary();
}
