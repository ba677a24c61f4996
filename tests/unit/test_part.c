/* test_part.c: the part reader (erg_builder_read_part): a hand-made part
 * read, written back byte for byte (with its checksum), added twice; a
 * checksum that does not match refused; every kind of damage
 * refused with its exact message; parts of different options refused. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "ergraph.h"

#include <stdlib.h>
#include <unistd.h>

#define SHA_G "1111111111111111111111111111111111111111111111111111111111111111"
#define SHA_L "2222222222222222222222222222222222222222222222222222222222222222"

static const char part[] =
    "{\"ergraph_part\":1,\"version\":\"ergraph " ERG_VERSION "\",\"window\":\"sentence\","
    "\"count\":\"windows\",\"types\":[\"person\",\"state\",\"organization\"],"
    "\"keep_bylines\":false,\"keep_sources\":false,\"lang\":\"auto\",\"resolve_capitals\":false,\"evidence_per_link\":3,\"since\":null,\"until\":null,"
    "\"gazetteer_entries\":10,\"data\":{\"gazetteer\":\"sha256:" SHA_G "\",\"lists\":\"sha256:" SHA_L "\"},"
    "\"inputs\":[\"a.txt\",\"b.txt\"]}\n"
    "{\"article\":\"a.txt\"}\n"
    "{\"article\":\"b.txt\"}\n"
    "{\"node\":\"Kim Jong Un\",\"key\":\"kim jong un\",\"type\":\"person\",\"mentions\":3,"
    "\"documents\":2,\"frequency\":3,\"aliases\":[\"Kim\",\"Kim Jong Un\"]}\n"
    "{\"node\":\"Russia\",\"key\":\"russia\",\"type\":\"state\",\"mentions\":2,\"documents\":2,"
    "\"frequency\":2,\"aliases\":[\"Rusia\"]}\n"
    "{\"node\":\"Vladimir Putin\",\"key\":\"vladimir putin\",\"type\":\"person\",\"mentions\":1,"
    "\"documents\":1,\"frequency\":1,\"aliases\":[\"Putin\"]}\n"
    "{\"link\":[0,1],\"count\":2,\"articles\":[0,1],\"evidence\":[{\"doc\":\"a.txt\",\"start\":0,"
    "\"end\":10,\"text\":\"Kim Rusia.\"}]}\n"
    "{\"link\":[1,2],\"count\":1,\"articles\":[1],\"evidence\":[]}\n"
    "{\"end\":{\"articles\":2,\"nodes\":3,\"links\":2,\"mentions\":6,\"windows\":4,\"dates\":"
    "{\"first\":\"2025-01-02\",\"last\":\"2025-03-04\",\"dated\":2,\"undated\":0},\"left_out\":"
    "{\"undated\":0,\"out_of_range\":0},\"skipped\":{\"files\":0,\"articles\":0}}}\n";

/* Writes `text` with `from` replaced by `to` (when from is not NULL). */
static void write_part(const char *path, const char *text, const char *from, const char *to)
{
    FILE *fp = fopen(path, "w");
    const char *at = from ? strstr(text, from) : NULL;
    if (from && !at)
        fprintf(stderr, "test_part: '%s' not in the part\n", from);
    if (at) {
        fwrite(text, 1, (size_t)(at - text), fp);
        fputs(to, fp);
        fputs(at + strlen(from), fp);
    } else {
        fputs(text, fp);
    }
    fclose(fp);
}

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "r");
    static char buf[8192];
    size_t n = fp ? fread(buf, 1, sizeof buf - 1, fp) : 0;
    buf[n] = 0;
    if (fp)
        fclose(fp);
    return buf;
}

/* The checksum of `part` as it is, computed here on its own: FNV-1a 64 of
 * the bytes of its first 8 lines, each with its line end. */
static char checksum[17];

static void fnv(void)
{
    unsigned long long h = 0xcbf29ce484222325ULL;
    const char *end = strstr(part, "{\"end\"");
    for (const char *p = part; p < end; p++) {
        h ^= (unsigned char)*p;
        h *= 0x100000001b3ULL;
    }
    snprintf(checksum, sizeof checksum, "%016llx", h);
}

static void test_read_write(void)
{
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    erg_builder_t *b = erg_builder_new(&o);
    erg_error_t err = {0};
    write_part("p.part", part, NULL, NULL);
    CHECK(erg_builder_read_part(b, "p.part", &err) == 0);
    CHECK(erg_builder_write_part(b, "back.part", &err) == 0);
    /* written back the same, with a checksum of the lines before the end */
    char want[sizeof part + 64];
    snprintf(want, sizeof want, "%.*s,\"checksum\":\"fnv1a64:%s\"}}\n", (int)(sizeof part - 4), part,
             checksum);
    CHECK_STR(slurp("back.part"), want);
    /* the same part again: its articles come after the first copy's */
    CHECK(erg_builder_read_part(b, "p.part", &err) == 0);
    size_t n;
    const char *const *in = erg_builder_inputs(b, &n);
    CHECK(n == 4 && strcmp(in[2], "a.txt") == 0);
    erg_graph_t g;
    CHECK(erg_builder_finish(b, in, n, &g, &err) == 0);
    CHECK(g.nnodes == 3 && g.nlinks == 2);
    long kim = erg_graph_find(&g, "Kim Jong Un"), ru = erg_graph_find(&g, "Russia");
    CHECK(kim >= 0 && g.nodes[kim].mentions == 6 && g.nodes[kim].documents == 4);
    CHECK(kim >= 0 && g.nodes[kim].naliases == 2);
    long l = kim >= 0 && ru >= 0 ? erg_graph_link(&g, (size_t)kim, (size_t)ru) : -1;
    CHECK(l >= 0 && g.links[l].count == 4 && g.links[l].ndocs == 4 && g.links[l].nevidence == 2);
    CHECK(g.meta_json && strstr(g.meta_json, "\"articles\":4,\"dates\":{\"first\":\"2025-01-02\","
                                             "\"last\":\"2025-03-04\",\"dated\":4"));
    CHECK(g.meta_json && strstr(g.meta_json, "\"mentions\":12,\"windows\":8"));
    erg_graph_release(&g);
    erg_builder_free(b);
}

/* Reads `text` with one change and expects exactly `msg`. */
static void expect_bad(const char *from, const char *to, const char *msg)
{
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    erg_builder_t *b = erg_builder_new(&o);
    erg_error_t err = {0};
    write_part("bad.part", part, from, to);
    CHECK(erg_builder_read_part(b, "bad.part", &err) != 0);
    CHECK_STR(err.msg, msg);
    erg_builder_free(b);
}

static void test_damage(void)
{
    const char *end = strstr(part, "{\"end\"");
    expect_bad(end, "", "bad.part: truncated: no end line after line 8");
    expect_bad(part, "", "bad.part: empty file, not an ergraph part");
    expect_bad("{\"ergraph_part\":1,", "[", "bad.part:1: not an ergraph part (line 1 is not a JSON object)");
    expect_bad("\"ergraph_part\":1", "\"ergraph\":1",
               "bad.part:1: not an ergraph part (its first line has no \"ergraph_part\" format)");
    expect_bad("\"ergraph_part\":1", "\"ergraph_part\":2",
               "bad.part:1: ergraph part format 2; this ergraph reads format 1");
    expect_bad("\"window\":\"sentence\"", "\"window\":\"clause\"", "bad.part:1: header: unknown window 'clause'");
    expect_bad("\"data\":{", "\"datum\":{",
               "bad.part:1: header: no \"data\" object (the digests of the gazetteers and word "
               "lists; a part of an older ergraph: count it again)");
    expect_bad("\"lists\":", "\"list\":", "bad.part:1: header: data: \"lists\" is not a string");
    expect_bad("\"sha256:" SHA_G, "\"sha256:" SHA_G "0",
               "bad.part:1: header: data: \"gazetteer\" is not \"sha256:\" and 64 hex digits");
    expect_bad("\"sha256:" SHA_L, "\"sha1:" SHA_L,
               "bad.part:1: header: data: \"lists\" is not \"sha256:\" and 64 hex digits");
    expect_bad("\"inputs\":[\"a.txt\",\"b.txt\"]", "\"inputs\":\"a.txt\"",
               "bad.part:1: header: \"inputs\" is not an array");
    expect_bad("\"since\":null", "\"since\":\"2025-13-01\"",
               "bad.part:1: header: \"since\" is not a yyyy-mm-dd date or null");
    expect_bad("\"evidence_per_link\":3", "\"evidence_per_link\":true",
               "bad.part:1: header: \"evidence_per_link\" is not a count");
    expect_bad("{\"article\":\"b.txt\"}", "{\"article\":\"b.txt\"", "bad.part:3:18: malformed JSON");
    expect_bad("{\"article\":\"b.txt\"}", "{\"article\":2}", "bad.part:3: article: \"article\" is not a string");
    expect_bad("\"mentions\":3", "\"mentions\":-3", "bad.part:4: node: \"mentions\" is not a count");
    expect_bad("\"mentions\":3", "\"mentions\":1.5", "bad.part:4: node: \"mentions\" is not a count");
    expect_bad("\"mentions\":3", "\"mentions\":\"3\"", "bad.part:4: node: \"mentions\" is not a count");
    expect_bad("\"mentions\":3", "\"mentions\":1e300", "bad.part:4: node: \"mentions\" is not a count");
    expect_bad("\"type\":\"person\"", "\"type\":\"planet\"", "bad.part:4: node: unknown type 'planet'");
    expect_bad("\"node\":\"Kim Jong Un\"", "\"node\":\"\"", "bad.part:4: node: empty name");
    expect_bad("\"aliases\":[\"Rusia\"]", "\"aliases\":[1]",
               "bad.part:5: node: \"aliases\" holds something that is not a string");
    expect_bad("\"key\":\"russia\"", "\"key\":\"kim jong un\"",
               "bad.part:5: node 'Russia': \"key\" is not the key of its name");
    expect_bad("\"node\":\"Russia\"", "\"node\":\"Kim Jong-un\"",
               "bad.part:5: node 'Kim Jong-un': \"key\" is not the key of its name");
    expect_bad("\"node\":\"Russia\",\"key\":\"russia\"", "\"node\":\"KIM Jong-un\",\"key\":\"kim jong un\"",
               "bad.part:5: node 'KIM Jong-un' has the key of an earlier node of the part");
    expect_bad("\"link\":[0,1]", "\"link\":[0,7]", "bad.part:7: link: node index out of range (the part has 3)");
    expect_bad("\"link\":[0,1]", "\"link\":[0]", "bad.part:7: link: \"link\" is not a pair of node indexes");
    expect_bad("\"articles\":[0,1]", "\"articles\":[1,0]", "bad.part:7: link: \"articles\" not in increasing order");
    expect_bad("\"articles\":[0,1]", "\"articles\":[0,2]",
               "bad.part:7: link: article index out of range (the part has 2)");
    expect_bad("\"articles\":[0,1]", "\"articles\":[]", "bad.part:7: link: \"articles\" is not a non-empty array");
    expect_bad("\"start\":0", "\"start\":11", "bad.part:7: evidence: \"end\" before \"start\"");
    expect_bad("\"text\":\"Kim Rusia.\"", "\"text\":null", "bad.part:7: evidence: \"text\" is not a string");
    expect_bad("\"link\":[1,2]", "\"link\":[1,0]", "bad.part:8: link: nodes 1 and 0 are linked twice");
    expect_bad("\"link\":[1,2]", "\"link\":[2,2]", "bad.part:8: link: a node linked to itself");
    expect_bad("{\"link\":[1,2]", "{\"article\":\"c.txt\"}\n{\"link\":[1,2]",
               "bad.part:8: article line after the link lines");
    expect_bad("{\"link\":[1,2]", "{\"edge\":[1,2]",
               "bad.part:8: not a line of a part (expected \"article\", \"node\", \"link\" or \"end\")");
    expect_bad("\"nodes\":3", "\"nodes\":4", "bad.part:9: end: the part should hold 4 nodes, it holds 3");
    expect_bad("\"first\":\"2025-01-02\"", "\"first\":null", "bad.part:9: end: dated articles without a date range");
    expect_bad("\"left_out\":{", "\"left_out\":[", "bad.part:9:161: malformed JSON");
    expect_bad("\"skipped\":{\"files\":0,", "\"skipped\":{",
               "bad.part:9: end: \"files\" is not a count");
    expect_bad("\"lang\":\"auto\"", "\"lang\":\"fr\"", "bad.part:1: header: unknown language 'fr'");
    expect_bad("\"files\":0,\"articles\":0}}}\n", "\"files\":0,\"articles\":0}}}\n{}\n",
               "bad.part:10: a line after the end line");
}

/* A part with a checksum: read when whole; a line changed in a way no
 * count contradicts (a frequency) is refused at the end line. */
static void test_checksum(void)
{
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    erg_builder_t *b = erg_builder_new(&o);
    erg_error_t err = {0};
    char *sealed = strdup(slurp("back.part"));
    write_part("sealed.part", sealed, NULL, NULL);
    CHECK(erg_builder_read_part(b, "sealed.part", &err) == 0);
    write_part("changed.part", sealed, "\"frequency\":3", "\"frequency\":4");
    CHECK(erg_builder_read_part(b, "changed.part", &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "changed.part:9: end: the checksum does not match the lines before it: the "
                       "part was damaged or changed after it was written");
    write_part("blank.part", sealed, "\"checksum\":\"fnv1a64:", "\"checksum\":\"fnv1a64:0");
    CHECK(erg_builder_read_part(b, "blank.part", &err) == ERG_EPARSE);
    free(sealed);
    erg_builder_free(b);
}

/* A second part counted otherwise is refused, naming both. */
static void expect_mixed(const char *from, const char *to, const char *msg)
{
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    erg_builder_t *b = erg_builder_new(&o);
    erg_error_t err = {0};
    write_part("p.part", part, NULL, NULL);
    write_part("q.part", part, from, to);
    CHECK(erg_builder_read_part(b, "p.part", &err) == 0);
    CHECK(erg_builder_read_part(b, "q.part", &err) == ERG_EINVAL);
    CHECK_STR(err.msg, msg);
    erg_builder_free(b);
}

static void test_mixed(void)
{
    const char *tail = "; parts must be counted with the same options";
    char want[256];
    snprintf(want, sizeof want, "q.part: counted with --window tokens:5, unlike 'p.part' (sentence)%s", tail);
    expect_mixed("\"window\":\"sentence\"", "\"window\":\"tokens:5\"", want);
    snprintf(want, sizeof want, "q.part: counted with --types person,state, unlike 'p.part' "
                                "(person,state,organization)%s", tail);
    expect_mixed(",\"organization\"]", "]", want);
    snprintf(want, sizeof want, "q.part: counted with --until 2025-09-01, unlike 'p.part' (none)%s", tail);
    expect_mixed("\"until\":null", "\"until\":\"2025-09-01\"", want);
    snprintf(want, sizeof want, "q.part: counted with a gazetteer of 11 entries, unlike 'p.part' "
                                "(10 entries)%s", tail);
    expect_mixed("\"gazetteer_entries\":10", "\"gazetteer_entries\":11", want);
    /* the same size, another content: told by the digests */
    const char *data_tail = "; parts must be counted with the same gazetteers and word lists";
    snprintf(want, sizeof want, "q.part: counted with other gazetteers than 'p.part' (sha256 "
                                "311111111111..., not 111111111111...)%s", data_tail);
    expect_mixed("\"sha256:1111", "\"sha256:3111", want);
    snprintf(want, sizeof want, "q.part: counted with other word lists or tagger models than "
                                "'p.part' (sha256 222222222222..., not 222222222222...)%s", data_tail);
    expect_mixed("2222\"}", "2a22\"}", want);
    snprintf(want, sizeof want, "q.part: counted with --resolve-capitals on, unlike 'p.part' (off)%s", tail);
    expect_mixed("\"resolve_capitals\":false", "\"resolve_capitals\":true", want);
    snprintf(want, sizeof want, "q.part: counted with --lang en, unlike 'p.part' (auto)%s", tail);
    expect_mixed("\"lang\":\"auto\"", "\"lang\":\"en\"", want);
    snprintf(want, sizeof want, "q.part: counted by ergraph 0.0.1, unlike 'p.part' (ergraph %s)", ERG_VERSION);
    expect_mixed("\"version\":\"ergraph " ERG_VERSION "\"", "\"version\":\"ergraph 0.0.1\"", want);
}

int main(void)
{
    char dir[] = "/tmp/ergraph-part-XXXXXX";
    if (!mkdtemp(dir) || chdir(dir) != 0)
        return 1;
    fnv();
    test_read_write();
    test_checksum();
    test_damage();
    test_mixed();
    const char *files[] = {"p.part", "q.part", "back.part", "bad.part", "sealed.part",
                           "changed.part", "blank.part"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        unlink(files[i]);
    rmdir(dir);
    return h_summary();
}
