/* fuzz_writers.c: the writers. Fuzzed names, aliases, evidence and article
 * ids (any bytes: control characters, invalid UTF-8, backslashes, quotes,
 * markup) go into a small graph file, which the graph reader loads as a
 * user's file would be loaded; every export and picture format is then
 * written, and each output must parse with its own format's reader:
 * GraphML, GEXF and SVG with libxml2 (well-formed XML), JSON, VOSviewer and
 * the page's data with cJSON, the node-link JSON with ergraph's own reader
 * (the same ids back), DOT with Graphviz's reader, CSV and GML with the
 * small checkers below. A writer that breaks its format aborts.
 *
 * Input: byte 0 sets the number of nodes (2 to 8), whether the graph names
 * its inputs (the title and caption, bit 0x80) and whether it is drawn
 * (bits 0x70 all set: Graphviz starts in a process of its own for each
 * drawing, some 300 ms, so only one input in eight pays for it); the rest
 * is split at NUL bytes into the strings the nodes, aliases, evidence and
 * ids are made of. */
#include "fuzz.h"
#include "jsonw.h"
#include "mem.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <graphviz/cgraph.h>
#include <libxml/parser.h>

#define MAX_FIELDS 32

static void need(int ok, const char *what, const char *path)
{
    if (!ok) {
        fprintf(stderr, "fuzz_writers: %s: %s\n", path, what);
        abort();
    }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    erg_buf_t b = {0};
    char chunk[65536];
    size_t n;
    while (fp && (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        erg__buf_add(&b, chunk, n);
    if (fp)
        fclose(fp);
    erg__buf_add(&b, "", 0);
    *len = b.len;
    return b.buf ? b.buf : calloc(1, 1);
}

static void check_xml(const char *path)
{
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    need(doc != NULL, "not well-formed XML", path);
    xmlFreeDoc(doc);
}

static void check_json(const char *path)
{
    size_t len;
    char *s = slurp(path, &len);
    cJSON *root = cJSON_ParseWithLength(s, len);
    need(root != NULL, "not JSON", path);
    cJSON_Delete(root);
    free(s);
}

/* RFC 4180: every record has the header's number of fields, and there are
 * `rows` records after the header. */
static void check_csv(const char *path, size_t rows)
{
    size_t len;
    char *s = slurp(path, &len);
    size_t at = 0, records = 0, fields = 0, want = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        at = 3;
    while (at < len) {
        if (s[at] == '"') { /* a quoted field: "" is a quote */
            for (at++; at < len && !(s[at] == '"' && (at + 1 >= len || s[at + 1] != '"')); at++)
                if (s[at] == '"')
                    at++;
            need(at < len, "a quoted CSV field never closed", path);
            at++;
        } else {
            while (at < len && s[at] != ',' && s[at] != '\r' && s[at] != '\n')
                need(s[at++] != '"', "a quote inside an unquoted CSV field", path);
        }
        fields++;
        if (at < len && s[at] == ',') {
            at++;
            continue;
        }
        if (at < len && s[at] == '\r')
            at++;
        need(at >= len || s[at] == '\n', "a CSV field followed by neither a comma nor a line end", path);
        at++;
        if (!records++)
            want = fields;
        need(fields == want, "a CSV record with a number of fields unlike the header's", path);
        fields = 0;
    }
    need(records == rows + 1, "a CSV file with a record per row and a header", path);
    free(s);
}

/* GML: ASCII; keys, numbers, "strings" without a quote inside, [ lists ]
 * balanced; `nodes` node entries in the graph. */
static void check_gml(const char *path, size_t nodes)
{
    size_t len;
    char *s = slurp(path, &len);
    size_t depth = 0, found = 0;
    for (size_t at = 0; at < len;) {
        unsigned char c = (unsigned char)s[at];
        need(c < 0x80, "a byte that is not ASCII in GML", path);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            at++;
        } else if (c == '"') {
            for (at++; at < len && s[at] != '"'; at++)
                need((unsigned char)s[at] >= 0x20, "a control character in a GML string", path);
            need(at < len, "a GML string never closed", path);
            at++;
        } else if (c == '[') {
            depth++, at++;
        } else if (c == ']') {
            need(depth > 0, "an unbalanced ] in GML", path);
            depth--, at++;
        } else {
            size_t k = at;
            while (k < len && strchr(" \t\r\n[]\"", s[k]) == NULL)
                k++;
            if (depth == 1 && k - at == 4 && memcmp(s + at, "node", 4) == 0)
                found++;
            for (; at < k; at++)
                need(isalnum((unsigned char)s[at]) || strchr("+-._", s[at]), "a strange GML token", path);
        }
    }
    need(depth == 0, "unbalanced [ in GML", path);
    need(found == nodes, "a GML graph without a node entry per node", path);
    free(s);
}

/* The page's data: the JSON between its script element's tags. */
static void check_page(const char *path)
{
    size_t len;
    char *s = slurp(path, &len);
    const char *open = "<script type=\"application/json\" id=\"ergraph-data\">";
    char *from = strstr(s, open);
    need(from != NULL, "a page without its data", path);
    from += strlen(open);
    char *to = strstr(from, "</script>");
    need(to != NULL, "a page whose data never ends", path);
    *to = '\0';
    need(strstr(from, "<!--") == NULL, "a comment opener in the page's data", path);
    cJSON *root = cJSON_Parse(from);
    need(root != NULL, "the page's data is not JSON", path);
    cJSON_Delete(root);
    free(s);
}

static void check_dot(const char *path)
{
    FILE *fp = fopen(path, "r");
    Agraph_t *g = fp ? agread(fp, NULL) : NULL;
    need(g != NULL, "DOT that Graphviz cannot read", path);
    agclose(g);
    fclose(fp);
}

/* The graph file made of the strings: nodes 0..n-1, linked in a chain and
 * to the next but one. */
static int make_graph(erg_buf_t *j, const uint8_t *data, size_t size)
{
    const char *f[MAX_FIELDS];
    size_t nf = 0, n = 2 + data[0] % 7;
    int named = data[0] & 0x80;
    char *copy = erg__strndup((const char *)data + 1, size - 1);
    if (!copy)
        return -1;
    for (size_t at = 0; at < size - 1 && nf < MAX_FIELDS;) {
        f[nf++] = copy + at;
        at += strlen(copy + at) + 1;
    }
    if (!nf)
        f[nf++] = copy;
    static const char *const types[] = {"person", "state", "organization"};
    erg__buf_adds(j, "{\"directed\":false,\"multigraph\":false,\"graph\":{");
    if (named) {
        erg__buf_adds(j, "\"inputs\":[");
        erg__jw_string(j, f[0]);
        erg__buf_adds(j, "]");
    }
    erg__buf_adds(j, "},\"nodes\":[");
    erg_buf_t id[9] = {{0}};
    for (size_t i = 0; i < n; i++) {
        erg__buf_adds(&id[i], f[i % nf]);
        if (i >= nf || !*f[i % nf]) /* ids are unique */
            erg__buf_printf(&id[i], "#%zu", i);
        erg__buf_adds(j, i ? ",{\"id\":" : "{\"id\":");
        erg__jw_string(j, id[i].buf);
        erg__buf_printf(j, ",\"type\":\"%s\",\"mentions\":%zu,\"aliases\":[", types[i % 3], i + 1);
        erg__jw_string(j, f[(i + 1) % nf]);
        erg__buf_adds(j, "]}");
    }
    erg__buf_adds(j, "],\"links\":[");
    int first = 1;
    for (size_t i = 0; i < n; i++)
        for (size_t d = 1; d <= 2 && i + d < n; d++) {
            erg__buf_adds(j, first ? "{\"source\":" : ",{\"source\":");
            first = 0;
            erg__jw_string(j, id[i].buf);
            erg__buf_adds(j, ",\"target\":");
            erg__jw_string(j, id[i + d].buf);
            erg__buf_printf(j, ",\"weight\":%zu,\"count\":1,\"documents\":[", 1 + i % 3);
            erg__jw_string(j, f[(i + 3) % nf]);
            erg__buf_adds(j, "],\"evidence\":[{\"doc\":");
            erg__jw_string(j, f[(i + 3) % nf]);
            erg__buf_adds(j, ",\"start\":0,\"end\":1,\"text\":");
            erg__jw_string(j, f[(i + 2) % nf]);
            erg__buf_adds(j, "}]}");
        }
    for (size_t i = 0; i < n; i++)
        erg__buf_release(&id[i]);
    erg__buf_adds(j, "]}");
    free(copy);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    erg_buf_t j = {0};
    if (make_graph(&j, data, size) || !j.buf) {
        erg__buf_release(&j);
        return 0;
    }
    const char *in = fuzz_file("in.json", (const uint8_t *)j.buf, j.len);
    erg__buf_release(&j);
    if (!in)
        return 0;
    char dir[128];
    snprintf(dir, sizeof dir, "%.*s", (int)(strrchr(in, '/') - in), in);
    erg_graph_t g;
    erg_error_t err;
    if (erg_graph_read_json(&g, in, &err) != 0) /* two names the same, say */
        return 0;
    erg_measures_t m;
    erg_measures_init(&m);
    erg_measures_opts_t mo;
    erg_measures_opts_init(&mo);
    mo.jobs = 1; /* no worker processes: a fork per input is slow under the sanitizers */
    need(erg_measures_compute_opts(&g, &mo, &m, &err) == 0, err.msg, in);
    char path[256];
    static const struct {
        erg_export_t f;
        const char *name;
    } exports[] = {{ERG_EXPORT_GRAPHML, "g.graphml"}, {ERG_EXPORT_GEXF, "g.gexf"},
                   {ERG_EXPORT_GEXF12, "g12.gexf"},   {ERG_EXPORT_GML, "g.gml"},
                   {ERG_EXPORT_JSON, "g.json"},       {ERG_EXPORT_VOSVIEWER, "v.json"},
                   {ERG_EXPORT_CSV, "g.csv"}};
    for (size_t k = 0; k < sizeof exports / sizeof exports[0]; k++) {
        snprintf(path, sizeof path, "%s/%s", dir, exports[k].name);
        need(erg_export(&g, &m, exports[k].f, NULL, path, &err) == 0, err.msg, path);
        if (exports[k].f == ERG_EXPORT_GML)
            check_gml(path, g.nnodes);
        else if (exports[k].f == ERG_EXPORT_JSON || exports[k].f == ERG_EXPORT_VOSVIEWER)
            check_json(path);
        else if (exports[k].f == ERG_EXPORT_CSV) {
            snprintf(path, sizeof path, "%s/g.nodes.csv", dir);
            check_csv(path, g.nnodes);
            unlink(path);
            snprintf(path, sizeof path, "%s/g.links.csv", dir);
            check_csv(path, g.nlinks);
        } else
            check_xml(path);
        unlink(path);
    }
    /* the node-link JSON, read back with the same ids */
    snprintf(path, sizeof path, "%s/back.json", dir);
    need(erg_graph_write_json(&g, path, &err) == 0, err.msg, path);
    erg_graph_t back;
    need(erg_graph_read_json(&back, path, &err) == 0, err.msg, path);
    need(back.nnodes == g.nnodes && back.nlinks == g.nlinks, "another graph read back", path);
    for (size_t i = 0; i < g.nnodes; i++)
        need(strcmp(back.nodes[i].id, g.nodes[i].id) == 0, "another id read back", path);
    erg_graph_release(&back);
    unlink(path);
    /* the pictures: one layout, three formats */
    if ((data[0] & 0x70) != 0x70) {
        erg_measures_release(&m);
        erg_graph_release(&g);
        unlink(in);
        return 0;
    }
    char svg[256], dot[256], page[256];
    snprintf(svg, sizeof svg, "%s/g.svg", dir);
    snprintf(dot, sizeof dot, "%s/g.dot", dir);
    snprintf(page, sizeof page, "%s/g.html", dir);
    const char *paths[] = {svg, dot, page};
    const erg_format_t formats[] = {ERG_FORMAT_SVG, ERG_FORMAT_DOT, ERG_FORMAT_HTML};
    erg_render_opts_t ro;
    erg_render_opts_init(&ro);
    ro.layout = "neato";
    need(erg_render_many(&g, &m, &ro, paths, formats, 3, &err) == 0, err.msg, svg);
    check_xml(svg);
    check_dot(dot);
    check_page(page);
    unlink(svg);
    unlink(dot);
    unlink(page);
    erg_measures_release(&m);
    erg_graph_release(&g);
    unlink(in);
    return 0;
}
