/* test_options.c: the option structs' defaults (no field left unset, whatever
 * the memory held before) and the table of build options that writes and
 * reads a part's header and compares options (network/options.c). */
#include "harness.h"
#include "network_internal.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

/* Every _init sets every field: memory full of 0xA5 before must not show. */
static void test_init_sets_every_field(void)
{
    erg_recognize_opts_t r;
    memset(&r, 0xA5, sizeof r);
    erg_recognize_opts_init(&r);
    CHECK(r.lang == ERG_LANG_AUTO);
    CHECK(r.rec == NULL);
    CHECK(r.tagger == 1);
    CHECK(r.resolve_capitals == 0); /* once left unset: entities read stack garbage */
    CHECK(r.jobs == 0);

    erg_build_opts_t b;
    memset(&b, 0xA5, sizeof b);
    erg_build_opts_init(&b);
    CHECK(b.counting.window == ERG_WINDOW_SENTENCE && b.counting.window_tokens == 0);
    CHECK(b.counting.count == ERG_COUNT_WINDOWS);
    CHECK(b.counting.types == (1u << ERG_TYPE_PERSON | 1u << ERG_TYPE_STATE | 1u << ERG_TYPE_ORGANIZATION));
    CHECK(b.counting.keep_bylines == 0 && b.counting.evidence == 3);
    CHECK(b.counting.since[0] == 0 && b.counting.until[0] == 0);
    CHECK(b.counting.recognize.resolve_capitals == 0 && b.counting.recognize.tagger == 1);
    CHECK(b.finishing.weight == ERG_WEIGHT_COUNT && b.finishing.min_mentions == 0);
    CHECK(b.finishing.min_count == 0 && b.finishing.max_nodes == 0 && b.finishing.backbone == 0);
    CHECK(b.finishing.top_links == 0 && b.finishing.giant == 0);

    erg_measures_opts_t m;
    memset(&m, 0xA5, sizeof m);
    erg_measures_opts_init(&m);
    CHECK(m.want == 0 && m.community == ERG_COMMUNITY_LEIDEN && m.resolution == 1.0);
    CHECK(m.seed == 1 && m.restarts == 10 && m.jobs == 0);
    CHECK(m.betweenness_cutoff == 0 && m.betweenness_sample == 0 && m.closeness_sample == 0);

    erg_render_opts_t o;
    memset(&o, 0xA5, sizeof o);
    erg_render_opts_init(&o);
    CHECK(o.format == ERG_FORMAT_SVG && o.color_by == ERG_COLOR_TYPE);
    CHECK_STR(o.layout, "sfdp");
    CHECK_STR(o.size_by, "pagerank");
    CHECK(o.max_nodes == 150 && o.max_labels == 60);
}

/* A part's header holds the counting options only, in the table's order,
 * and reads back to the same options. */
static void test_header_round_trip(void)
{
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    o.counting.window = ERG_WINDOW_TOKENS;
    o.counting.window_tokens = 12;
    o.counting.count = ERG_COUNT_DOCUMENTS;
    o.counting.types = 1u << ERG_TYPE_PLACE | 1u << ERG_TYPE_PERSON;
    o.counting.keep_bylines = 1;
    o.counting.recognize.lang = ERG_LANG_EN;
    o.counting.recognize.resolve_capitals = 1;
    o.counting.evidence = 7;
    strcpy(o.counting.since, "2024-02-29");
    o.finishing.weight = ERG_WEIGHT_NPMI; /* not a counting option: not written */
    o.finishing.giant = 1;

    cJSON *h = cJSON_CreateObject();
    erg__opts_json(h, &o, 1);
    char *s = cJSON_PrintUnformatted(h);
    CHECK_STR(s, "{\"window\":\"tokens:12\",\"count\":\"documents\",\"types\":[\"person\",\"place\"],"
                 "\"keep_bylines\":true,\"keep_sources\":false,\"lang\":\"en\",\"resolve_capitals\":true,"
                 "\"evidence_per_link\":7,\"since\":\"2024-02-29\",\"until\":null}");
    cJSON_free(s);

    erg_build_opts_t back;
    erg_build_opts_init(&back);
    char msg[160] = "", a[96], b[96];
    CHECK(erg__opts_read(h, &back, msg, sizeof msg) == 0);
    CHECK(erg__opts_differ(&o, &back, 1, a, b) == NULL);
    CHECK(back.counting.window_tokens == 12 && back.counting.evidence == 7);
    CHECK(back.finishing.weight == ERG_WEIGHT_COUNT); /* untouched */

    /* each kind says what is wrong with its value */
    cJSON_ReplaceItemInObject(h, "lang", cJSON_CreateString("xx"));
    CHECK(erg__opts_read(h, &back, msg, sizeof msg) == -1);
    CHECK_STR(msg, "header: unknown language 'xx'");
    cJSON_ReplaceItemInObject(h, "lang", cJSON_CreateString("id"));
    cJSON_ReplaceItemInObject(h, "evidence_per_link", cJSON_CreateNumber(1.5));
    CHECK(erg__opts_read(h, &back, msg, sizeof msg) == -1);
    CHECK_STR(msg, "header: \"evidence_per_link\" is not a count");
    cJSON_ReplaceItemInObject(h, "evidence_per_link", cJSON_CreateNumber(2));
    cJSON_ReplaceItemInObject(h, "keep_bylines", cJSON_CreateNumber(1));
    CHECK(erg__opts_read(h, &back, msg, sizeof msg) == -1);
    CHECK_STR(msg, "header: \"keep_bylines\" is not true or false");
    cJSON_Delete(h);
}

/* The metadata lists every option, finishing ones among them. */
static void test_metadata_keys(void)
{
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    cJSON *m = cJSON_CreateObject();
    erg__opts_json(m, &o, 0);
    static const char *const keys[] = {"window", "weight", "count", "types", "keep_bylines",
                                       "keep_sources", "lang", "resolve_capitals", "evidence_per_link",
                                       "min_mentions", "min_count", "max_nodes", "backbone",
                                       "top_links", "giant", "since", "until"};
    size_t i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, m) {
        CHECK(i < sizeof keys / sizeof keys[0]);
        if (i < sizeof keys / sizeof keys[0])
            CHECK_STR(it->string, keys[i]);
        i++;
    }
    CHECK(i == sizeof keys / sizeof keys[0]);
    cJSON_Delete(m);
}

static void test_differ(void)
{
    erg_build_opts_t x, y;
    erg_build_opts_init(&x);
    erg_build_opts_init(&y);
    char a[96], b[96];
    CHECK(erg__opts_differ(&x, &y, 1, a, b) == NULL);
    CHECK(erg__opts_differ(&x, &y, 0, a, b) == NULL);
    y.counting.window = ERG_WINDOW_PARAGRAPH;
    CHECK_STR(erg__opts_differ(&x, &y, 1, a, b), "--window");
    CHECK_STR(a, "sentence");
    CHECK_STR(b, "paragraph");
    CHECK(erg__opts_differ(&x, &y, 0, a, b) == NULL); /* a counting option only */

    CHECK(erg_finishing_opts_equal(&x.finishing, &y.finishing));
    y.finishing.backbone = 0.05;
    CHECK(!erg_finishing_opts_equal(&x.finishing, &y.finishing));
    CHECK_STR(erg__opts_differ(&x, &y, 0, a, b), "--backbone");
    y.finishing.backbone = 0;
    y.finishing.weight = ERG_WEIGHT_DICE;
    CHECK(!erg_finishing_opts_equal(&x.finishing, &y.finishing));
    y.finishing.weight = ERG_WEIGHT_COUNT;
    y.finishing.top_links = 2;
    CHECK(!erg_finishing_opts_equal(&x.finishing, &y.finishing));
}

int main(void)
{
    test_init_sets_every_field();
    test_header_round_trip();
    test_metadata_keys();
    test_differ();
    return h_summary();
}
