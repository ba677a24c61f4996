/* test_graphread.c: the streamed graph file reader (erg_graph_read_json):
 * every kind of bad file refused with its exact message and place (the
 * places cJSON gave: the messages did not change with the reader); what
 * only the end of the file decides (links before nodes, "edges" then
 * "links", duplicates out of order); errors past the first chunk of the
 * file; what is kept of a link's articles and snippets; and a network of
 * many chunks read back and written byte for byte. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "ergraph.h"
#include "mem.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

static char path[] = "/tmp/ergraph-graphread-XXXXXX";

static void put(const char *text, size_t n)
{
    FILE *fp = fopen(path, "wb");
    fwrite(text, 1, n, fp);
    fclose(fp);
}

/* The message of reading `text`, after the path and ": " ("" when read). */
static const char *read_msg(const char *text, size_t n)
{
    static erg_error_t err;
    erg_graph_t g;
    put(text, n);
    if (erg_graph_read_json(&g, path, &err) == 0) {
        erg_graph_release(&g);
        return "";
    }
    size_t p = strlen(path);
    if (strncmp(err.msg, path, p) != 0)
        return err.msg;
    return err.msg + p + (err.msg[p] == ':' && err.msg[p + 1] == ' ' ? 2 : 0);
}

/* The place cJSON, the reader before, gave a syntax error in `text`:
 * ":LINE:COL: malformed JSON", or NULL when it parsed the text. */
static const char *cjson_msg(const char *text, size_t n)
{
    static char msg[64];
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, n, &end, 0);
    cJSON_Delete(root);
    if (root)
        return NULL;
    size_t line = 1, col = 1;
    for (const char *p = text; p < end && *p; p++)
        *p == '\n' ? (line++, col = 1) : col++;
    snprintf(msg, sizeof msg, ":%zu:%zu: malformed JSON", line, col);
    return msg;
}

#define EXPECT(text, want) CHECK_STR(read_msg(text, sizeof text - 1), want)
/* A syntax error, where cJSON put it too. */
#define EXPECT_AS_BEFORE(text, want)                                                              \
    do {                                                                                           \
        CHECK_STR(read_msg(text, sizeof text - 1), want);                                          \
        CHECK_STR(cjson_msg(text, sizeof text - 1), want);                                         \
    } while (0)

#define A "{\"id\": \"a\", \"type\": \"person\"}"
#define B "{\"id\": \"b\", \"type\": \"state\"}"
#define C "{\"id\": \"c\", \"type\": \"person\"}"
#define AB "{\"source\": \"a\", \"target\": \"b\"}"
#define BA "{\"source\": \"b\", \"target\": \"a\"}"

static void test_syntax(void)
{
    /* cut short: at the last byte; inside a string, the byte after its quote */
    EXPECT_AS_BEFORE("", ":1:1: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": [" A ",", ":1:41: malformed JSON");
    EXPECT_AS_BEFORE("{\n  \"nodes\": [{\"id\": \"ab", ":2:21: malformed JSON");
    EXPECT_AS_BEFORE("{\"directed\": fals", ":1:14: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": [], \"links\": [" AB "]\n", ":1:56: malformed JSON");
    /* at the token that does not fit; where a key must be, a byte past it */
    EXPECT_AS_BEFORE("{\"nodes\": [\n  {\"id\": \"a\",, }]}", ":2:15: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\" []}", ":1:10: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": [1 2]}", ":1:14: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": [1,]}", ":1:14: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": [], \"links\": [],}", ":1:27: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": tru}", ":1:11: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": -}", ":1:11: malformed JSON");
    EXPECT_AS_BEFORE("{\"nodes\": 1e}", ":1:12: malformed JSON");
    /* a bad escape: at its backslash */
    EXPECT_AS_BEFORE("{\"nodes\": [{\"id\": \"x\\qy\"}]}", ":1:21: malformed JSON");
    EXPECT("{\"nodes\": [{\"id\": \"x\\u12G4\"}]}", ":1:21: malformed JSON"); /* cJSON: a NUL */
    /* a raw control character in a string (RFC 8259; cJSON let it in) */
    EXPECT("{\"nodes\": [{\"id\": \"x\ty\"}]}", ":1:21: malformed JSON");
    EXPECT("{\"nodes\": [{\"id\": \"x\ny\"}]}", ":1:21: malformed JSON");
    /* after the network: anything, as before */
    EXPECT("{\"nodes\": [], \"links\": []} trailing", "");
    /* a byte order mark is skipped but counted */
    EXPECT_AS_BEFORE("\xEF\xBB\xBF{\"nodes\": [}", ":1:15: malformed JSON");
    EXPECT("\xEF\xBB\xBF{\"nodes\": [], \"links\": []}", "");
}

/* Nesting as deep as cJSON took (1000), not one more: the place of the
 * bracket past it. */
static void test_depth(void)
{
    size_t cap = 8192;
    char *s = malloc(cap);
    for (int depth = 999; depth <= 1000; depth++) {
        size_t n = (size_t)snprintf(s, cap, "{\"nodes\": [], \"links\": [], \"graph\": {\"x\": ");
        for (int k = 0; k < depth - 1; k++)
            s[n++] = '[';
        for (int k = 0; k < depth - 1; k++)
            s[n++] = ']';
        n += (size_t)snprintf(s + n, cap - n, "}}");
        CHECK_STR(read_msg(s, n), depth == 999 ? "" : ":1:1041: malformed JSON");
        if (depth == 1000)
            CHECK_STR(cjson_msg(s, n), ":1:1041: malformed JSON");
    }
    /* deep anywhere else too, and deep beyond: no stack is used for it */
    size_t n = (size_t)snprintf(s, cap, "{\"nodes\": [], \"links\": [], \"x\": ");
    while (n < cap - 1)
        s[n++] = '[';
    CHECK_STR(read_msg(s, n), ":1:1032: malformed JSON");
    CHECK_STR(cjson_msg(s, n), ":1:1032: malformed JSON");
    free(s);
}

static void test_network_errors(void)
{
    EXPECT("[]", "not a network: expected node-link JSON with \"nodes\" and \"links\" arrays");
    EXPECT("{\"nodes\": {}, \"links\": []}",
           "not a network: expected node-link JSON with \"nodes\" and \"links\" arrays");
    /* the first "links" counts, even when it is no array */
    EXPECT("{\"nodes\": [], \"links\": 5, \"edges\": [], \"links\": []}",
           "not a network: expected node-link JSON with \"nodes\" and \"links\" arrays");
    /* worse errors first, wherever they are in the file */
    EXPECT("{\"nodes\": [{\"type\": \"person\"}]}",
           "not a network: expected node-link JSON with \"nodes\" and \"links\" arrays");
    EXPECT("{\"nodes\": [{\"type\": \"person\"}], \"links\": [], \"directed\": true}",
           "not supported: directed or multigraph network");
    EXPECT_AS_BEFORE("{\"nodes\": [{\"type\": \"person\"}], \"links\": [], \"x\": [}", ":1:52: malformed JSON");
    EXPECT("{\"links\": [{\"source\": \"z\"}], \"nodes\": [" A ", 5]}", "node 2 has no \"id\"");
    /* wrong types */
    EXPECT("{\"nodes\": [{\"id\": true, \"type\": \"person\"}], \"links\": []}",
           "node 1 has no \"id\"");
    EXPECT("{\"nodes\": [{\"id\": \"a\", \"type\": [\"person\"]}], \"links\": []}",
           "node 'a': \"type\" must be person, state, organization or place");
    EXPECT("{\"nodes\": [" A ", " B "], \"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \"2\"}]}",
           "link 1 ('a' - 'b'): weight must be a positive number");
    EXPECT("{\"nodes\": [" A ", " B "], \"links\": [{\"source\": \"a\", \"target\": {}}]}",
           "link 1 needs a \"source\" and a \"target\"");
    /* the first of two keys counts */
    EXPECT("{\"nodes\": [{\"id\": \"a\", \"type\": \"city\", \"type\": \"person\"}], \"links\": []}",
           "node 'a': \"type\" must be person, state, organization or place");
    /* duplicates: the first in file order, before a later error, after an earlier one */
    EXPECT("{\"nodes\": [" A ", " B ", " C "], \"links\": [" AB ", {\"source\": \"a\", \"target\": \"c\"}, " BA "]}",
           "link 3: duplicate link 'b' - 'a'");
    EXPECT("{\"nodes\": [" A ", " B ", " C "], \"links\": [" BA ", " AB ", {\"source\": \"a\", \"target\": \"z\"}]}",
           "link 2: duplicate link 'a' - 'b'");
    EXPECT("{\"nodes\": [" A ", " B ", " C "], \"links\": [" AB ", {\"source\": \"a\", \"target\": \"z\"}, " BA "]}",
           "link 2: 'z' is not a node");
    EXPECT("{\"nodes\": [" A ", " B "], \"links\": [" AB ", {\"source\": \"b\", \"target\": \"a\", \"weight\": 0}]}",
           "link 2: duplicate link 'b' - 'a'");
    /* links before their nodes, checked at the end in the same order */
    EXPECT("{\"links\": [" AB ", {\"source\": \"a\", \"target\": \"c\"}], \"nodes\": [" A ", " B "]}",
           "link 2: 'c' is not a node");
    EXPECT("{\"links\": [" AB ", " BA "], \"nodes\": [" A ", " B "]}", "link 2: duplicate link 'b' - 'a'");
    /* "edges" read, then dropped for a later "links" */
    EXPECT("{\"nodes\": [" A ", " B "], \"edges\": [{\"source\": \"a\", \"target\": \"z\"}], \"links\": [" AB "]}",
           "");
    EXPECT("{\"nodes\": [" A ", " B "], \"edges\": [" AB ", " AB "]}", "link 2: duplicate link 'a' - 'b'");
}

static void test_kept(void)
{
    static const char text[] =
        "{\"graph\": {\"b\": [1, 2.5, \"x\\u00e9\", null, true, {}], \"a\": -0.0, \"b\": 1e300},"
        " \"links\": [{\"target\": \"a\\u0000z\", \"source\": 2, \"weight\": 3, \"count\": 2.9,"
        " \"documents\": [\"d1\", 5, \"d2\"], \"evidence\": [{\"doc\": \"d2\", \"text\": \"t\", \"start\": 3,"
        " \"end\": 9}, {\"doc\": \"d1\"}, 7, {\"text\": \"u\", \"doc\": \"d1\", \"start\": -4}]}],"
        " \"nodes\": [{\"id\": \"a\", \"type\": \"person\", \"aliases\": [\"x\", 1, [\"y\"], \"z\"],"
        " \"mentions\": 4.5}, {\"id\": 2.0, \"type\": \"place\", \"documents\": 1e300}]}";
    erg_graph_t g;
    erg_error_t err;
    put(text, sizeof text - 1);
    CHECK(erg_graph_read_json(&g, path, &err) == 0);
    CHECK(g.nnodes == 2 && g.nlinks == 1);
    if (g.nnodes != 2 || g.nlinks != 1)
        return;
    CHECK_STR(g.meta_json, "{\"b\":[1,2.5,\"x\xC3\xA9\",null,true,{}],\"a\":-0,\"b\":1e+300}");
    CHECK_STR(g.nodes[1].id, "2");
    CHECK(g.nodes[0].naliases == 2 && g.nodes[0].mentions == 4 && g.nodes[1].documents == LONG_MAX);
    CHECK_STR(g.nodes[0].aliases[1], "z");
    const erg_link_t *l = &g.links[0];
    CHECK(l->source == 0 && l->target == 1 && l->weight == 3 && l->count == 2);
    CHECK(l->ndocs == 2 && l->nevidence == 2);
    CHECK_STR(l->docs[1], "d2");
    CHECK(l->evidence[0].doc == l->docs[1]); /* one copy of each article id */
    CHECK_STR(l->evidence[1].text, "u");
    CHECK(l->evidence[0].start == 3 && l->evidence[0].end == 9 && l->evidence[1].start == 0);
    erg_graph_release(&g);
}

/* A network of many chunks: written, read, written again byte for byte,
 * then errors past the first chunk, in and across chunk boundaries. */
/* The network of test_big: 3000 nodes, 15000 links, each node the source
 * of five; links bad[0].at, bad[1].at... (counted from 1, in order) are
 * bad[k].text instead. */
struct bad_link {
    int at;
    const char *text;
};

static void big_text(erg_buf_t *b, const struct bad_link *bad, size_t nbad)
{
    b->len = 0;
    erg__buf_adds(b, "{\"nodes\": [\n");
    for (int i = 0; i < 3000; i++)
        erg__buf_printf(b, "%s{\"id\": \"node %d\", \"type\": \"person\"}", i ? ",\n" : "", i);
    erg__buf_adds(b, "],\n\"links\": [\n");
    for (int i = 0; i < 3000; i++)
        for (int k = 1; k <= 5; k++) {
            erg__buf_adds(b, i || k > 1 ? ",\n" : "");
            if (nbad && bad->at == i * 5 + k) {
                erg__buf_adds(b, bad->text);
                bad++, nbad--;
                continue;
            }
            erg__buf_printf(b, "{\"source\": \"node %d\", \"target\": \"node %d\", \"weight\": %d, "
                            "\"documents\": [\"doc %d\"], \"evidence\": [{\"doc\": \"doc %d\", \"start\": 0,"
                            " \"end\": 4, \"text\": \"n%d \\\"x\\\"\"}]}",
                            i, (i + k) % 3000, k, i % 7, i % 7, i);
        }
    erg__buf_adds(b, "]}\n");
}

/* Errors in the links of a big network, at any place: the links' ends are
 * looked up many links at a time (json_read_check.c), the first error in
 * file order is the one reported. */
static void test_big_errors(void)
{
    static const struct {
        struct bad_link bad[3];
        const char *want;
    } cases[] = {
        {{{1, "{\"source\": \"node 0\", \"target\": \"z\"}"}}, "link 1: 'z' is not a node"},
        {{{64, "{\"source\": \"z\", \"target\": \"node 0\"}"}}, "link 64: 'z' is not a node"},
        {{{65, "{\"source\": \"node 12\", \"target\": \"node 0\", \"weight\": 0}"}},
         "link 65 ('node 12' - 'node 0'): weight must be a positive number"},
        {{{129, "{\"source\": \"node 25\", \"target\": \"node 25\"}"}},
         "link 129: self-loop on 'node 25'"},
        /* the same source as the links before, then not a node */
        {{{126, "{\"source\": \"node 25\", \"target\": \"node 2999\", \"weight\": 1e300}"},
          {127, "{\"source\": \"node 25\", \"target\": \"node 3000\"}"}},
         "link 126 ('node 25' - 'node 2999'): weight 1e+300 is out of range (1e-15 to 1e+15)"},
        {{{127, "{\"source\": \"node 25\", \"target\": \"node 3000\"}"}}, "link 127: 'node 3000' is not a node"},
        /* a duplicate out of order before a later error, and after one */
        {{{100, "{\"source\": \"node 0\", \"target\": \"node 1\"}"},
          {130, "{\"source\": \"node 25\"}"}},
         "link 100: duplicate link 'node 0' - 'node 1'"},
        {{{100, "{\"target\": \"node 25\"}"}, {130, "{\"source\": \"node 1\", \"target\": \"node 0\"}"}},
         "link 100 needs a \"source\" and a \"target\""},
        {{{14999, "{\"source\": \"node 2999\", \"target\": \"node 2\"}"},
          {15000, "{\"source\": \"node 2999\", \"target\": \"node 2 \"}"}},
         "link 14999: duplicate link 'node 2999' - 'node 2'"},
        {{{15000, "{\"source\": \"node 2999\", \"target\": \"node 2 \"}"}}, "link 15000: 'node 2 ' is not a node"},
        /* a NUL ends an id, as it ended cJSON's strings */
        {{{15000, "{\"source\": \"node 2999\", \"target\": \"node 2\\u0000x\"}"}},
         "link 15000: duplicate link 'node 2999' - 'node 2'"},
    };
    erg_buf_t b = {0};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = 0;
        while (n < 3 && cases[i].bad[n].at)
            n++;
        big_text(&b, cases[i].bad, n);
        CHECK_STR(read_msg(b.buf, b.len), cases[i].want);
    }
    erg__buf_release(&b);
}

static void test_big(void)
{
    erg_buf_t b = {0};
    big_text(&b, NULL, 0);
    CHECK(b.len > 10 * 65536);
    put(b.buf, b.len);
    erg_graph_t g, h;
    erg_error_t err;
    char out1[] = "/tmp/ergraph-graphread-1-XXXXXX", out2[] = "/tmp/ergraph-graphread-2-XXXXXX";
    close(mkstemp(out1));
    close(mkstemp(out2));
    CHECK(erg_graph_read_json(&g, path, &err) == 0);
    CHECK(g.nnodes == 3000 && g.nlinks == 15000);
    CHECK(erg_graph_write_json(&g, out1, &err) == 0);
    CHECK(erg_graph_read_json(&h, out1, &err) == 0);
    CHECK(erg_graph_write_json(&h, out2, &err) == 0);
    erg_graph_release(&g);
    erg_graph_release(&h);
    FILE *f1 = fopen(out1, "rb"), *f2 = fopen(out2, "rb");
    int same = f1 && f2, c;
    while (same && (c = fgetc(f1)) == fgetc(f2) && c != EOF)
        ;
    same = same && c == EOF;
    CHECK(same);
    if (f1)
        fclose(f1);
    if (f2)
        fclose(f2);
    unlink(out1);
    unlink(out2);

    /* the last line a duplicate of the first link: found at the end */
    char *dup = malloc(b.len + 200);
    memcpy(dup, b.buf, b.len - 3);
    size_t n = b.len - 3 + (size_t)sprintf(dup + b.len - 3, ",\n{\"source\": \"node 1\", \"target\": \"node 0\"}]}\n");
    CHECK_STR(read_msg(dup, n), "link 15001: duplicate link 'node 1' - 'node 0'");
    /* a bad byte at each place around the start of the second chunk:
     * where cJSON put it */
    for (size_t at = 65536 - 40; at < 65536 + 40; at++) {
        memcpy(dup, b.buf, b.len);
        dup[at] = at % 2 ? '}' : ',';
        const char *want = cjson_msg(dup, b.len);
        if (want && b.buf[at] != '"') /* (no string running over a line: cJSON let it) */
            CHECK_STR(read_msg(dup, b.len), want);
    }
    /* a bad escape in a string begun two chunks before */
    memcpy(dup, b.buf, b.len);
    memcpy(dup + 30000, "\"doc 1\": [", 11);
    memset(dup + 30011, 'x', 200000 - 30011);
    memcpy(dup + 200000, "\\q\"]}", 5);
    CHECK_STR(read_msg(dup, 200005), cjson_msg(dup, 200005));
    free(dup);
    erg__buf_release(&b);
}

int main(void)
{
    close(mkstemp(path));
    test_syntax();
    test_depth();
    test_network_errors();
    test_kept();
    test_big();
    test_big_errors();
    unlink(path);
    return h_summary();
}
