/*
 * export.c: the network for other tools: GraphML and GEXF (Gephi,
 * Cytoscape), VOSviewer JSON, GML, CSV (nodes and links for spreadsheets and
 * pandas, formulas neutralised)
 * and node-link JSON with the measures (D3, networkx).
 *
 * Every format writes the same attributes, from one table of columns per
 * row: nodes carry id, type, mentions, documents, aliases, every measure of
 * erg_measure_names; links carry source, target, weight,
 * count, documents (the number of articles) and evidence (the first
 * snippet; in JSON, as build writes them: the articles and every snippet,
 * so that ergraph reads an export back). Text is escaped for each format here (XML entities, GML's
 * &#N; for anything outside printable ASCII, RFC 4180 quotes) or by cJSON.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "err.h"
#include "escape.h"
#include "files.h"
#include "mem.h"
#include "timing.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <utf8proc.h>

static const char *const export_names[] = {"graphml", "gexf", "gml", "csv", "json", "gexf12",
                                           "vosviewer"};
#define NEXPORTS (sizeof export_names / sizeof export_names[0])

const char *erg_export_name(erg_export_t f) { return export_names[f]; }

int erg_export_parse(const char *s)
{
    for (size_t i = 0; i < NEXPORTS; i++)
        if (strcmp(s, export_names[i]) == 0)
            return (int)i;
    return -1;
}

/* The extension of `path` ("" when none). */
static const char *extension(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    return !dot || (slash && dot < slash) ? "" : dot + 1;
}

int erg_export_from_path(const char *path)
{
    const char *ext = extension(path);
    for (size_t i = 0; i < NEXPORTS; i++)
        if (strcasecmp(ext, export_names[i]) == 0)
            return (int)i;
    return -1;
}

void erg_export_opts_init(erg_export_opts_t *o) { *o = (erg_export_opts_t){.raw_csv = 0, .bom = 0, .xy = NULL}; }

/* ---- one row of attributes ---------------------------------------------- */

typedef enum { KIND_STR, KIND_INT, KIND_REAL, KIND_LIST } kind_t;

typedef struct {
    const char *name;
    kind_t kind;
    const char *s;      /* KIND_STR */
    char *const *list;  /* KIND_LIST: joined with "; " outside JSON */
    size_t nlist;
    double v;           /* KIND_INT, KIND_REAL */
} cell_t;

#define MAX_CELLS 48

typedef struct {
    cell_t c[MAX_CELLS];
    size_t n;
} row_t;

typedef struct {
    const erg_graph_t *g;
    const erg_measures_t *m;
    erg_export_opts_t o;
    row_t row;
    erg_buf_t tmp;
} ctx_t;

static void put_str(row_t *r, const char *name, const char *s)
{
    r->c[r->n++] = (cell_t){name, KIND_STR, s, NULL, 0, 0};
}

static void put_num(row_t *r, const char *name, kind_t kind, double v)
{
    r->c[r->n++] = (cell_t){name, kind, NULL, NULL, 0, v};
}

/* Node i's row; the first cell is its id. */
static void node_row(row_t *r, const erg_graph_t *g, const erg_measures_t *m, size_t i)
{
    const erg_node_t *nd = &g->nodes[i];
    r->n = 0;
    put_str(r, "id", nd->id);
    put_str(r, "type", erg_type_name(nd->type));
    put_num(r, "mentions", KIND_INT, (double)nd->mentions);
    put_num(r, "documents", KIND_INT, (double)nd->documents);
    r->c[r->n++] = (cell_t){"aliases", KIND_LIST, NULL, nd->aliases, nd->naliases, 0};
    for (size_t k = 0; erg_measure_names[k] && r->n < MAX_CELLS; k++) {
        const char *name = erg_measure_names[k];
        const double *v = erg_measures_get(m, name);
        /* counts and numbering stay integers in typed formats */
        int whole = !strcmp(name, "degree") || !strcmp(name, "coreness") ||
                    !strcmp(name, "community") || !strcmp(name, "component");
        if (v)
            put_num(r, name, whole ? KIND_INT : KIND_REAL, v[i]);
    }
}

/* Link l's row; the first two cells are source and target. */
static void link_row(row_t *r, const erg_graph_t *g, size_t l)
{
    const erg_link_t *lk = &g->links[l];
    r->n = 0;
    put_str(r, "source", g->nodes[lk->source].id);
    put_str(r, "target", g->nodes[lk->target].id);
    put_num(r, "weight", KIND_REAL, lk->weight);
    put_num(r, "count", KIND_INT, (double)lk->count);
    put_num(r, "documents", KIND_INT, (double)lk->ndocs);
    put_str(r, "evidence", lk->nevidence ? lk->evidence[0].text : "");
}

/* The column names of node (links = 0) or link rows, even for a network
 * without any: from a row of a one-node, one-link stand-in. */
static void header_row(ctx_t *x, int links)
{
    erg_node_t node = {(char *)"", ERG_TYPE_PERSON, 0, 0, NULL, 0};
    erg_link_t link = {0};
    erg_graph_t stand_in = {&node, 1, &link, 1, NULL, NULL};
    if (links)
        link_row(&x->row, &stand_in, 0);
    else
        node_row(&x->row, &stand_in, x->m, 0);
}

/* The cell as text: numbers formatted, lists joined; `tmp` holds it. */
static const char *cell_text(const cell_t *c, erg_buf_t *tmp)
{
    tmp->len = 0;
    erg__buf_add(tmp, "", 0);
    switch (c->kind) {
    case KIND_STR: return c->s;
    case KIND_INT: erg__buf_printf(tmp, "%.0f", c->v); break;
    case KIND_REAL: erg__buf_printf(tmp, "%.15g", c->v); break;
    case KIND_LIST:
        for (size_t k = 0; k < c->nlist; k++)
            erg__buf_printf(tmp, "%s%s", k ? "; " : "", c->list[k]);
        break;
    }
    return tmp->buf ? tmp->buf : "";
}

/* ---- escapes --------------------------------------------------------------- */

/* XML text and attribute values. A character XML cannot carry (a control
 * character, a noncharacter, a byte that is not UTF-8) is written as U+FFFD,
 * as in the pictures (erg__xml_char); line breaks and tabs are character
 * references so that attribute normalisation does not turn them into
 * spaces. */
static void xml(FILE *fp, const char *s)
{
    while (*s) {
        int ok;
        size_t n = erg__xml_char(s, &ok);
        switch (*s) {
        case '&': fputs("&amp;", fp); break;
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '"': fputs("&quot;", fp); break;
        case '\'': fputs("&apos;", fp); break;
        case '\n': case '\r': case '\t': fprintf(fp, "&#%d;", *s); break;
        default:
            if (ok)
                fwrite(s, 1, n, fp);
            else
                fputs(ERG_REPLACEMENT, fp);
        }
        s += n;
    }
}

/* A GML string: printable ASCII as is, '&' and '"' as &amp; and &quot;,
 * everything else as &#N; (GML is ASCII; networkx decodes both kinds,
 * igraph 0.10 only the named ones). */
static void gml_string(FILE *fp, const char *s)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    fputc('"', fp);
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0) {
            cp = 0xFFFD;
            n = 1;
        }
        if (cp == '&' || cp == '"')
            fputs(cp == '&' ? "&amp;" : "&quot;", fp); /* the names igraph 0.10 decodes */
        else if (cp >= 0x20 && cp < 0x7F)
            fputc((int)cp, fp);
        else
            fprintf(fp, "&#%ld;", (long)cp);
        p += n;
    }
    fputc('"', fp);
}

void erg_csv_cell(FILE *fp, const char *s, int raw)
{
    int guard = !raw && s[0] && strchr("=+-@\t\r", s[0]);
    int quote = guard || s[strcspn(s, ",\"\r\n")] != '\0';
    if (quote)
        fputc('"', fp);
    if (guard)
        fputc('\'', fp);
    for (const char *q; quote && (q = strchr(s, '"')); s = q + 1)
        fprintf(fp, "%.*s\"\"", (int)(q - s), s);
    fputs(s, fp);
    if (quote)
        fputc('"', fp);
}

/* ---- formats --------------------------------------------------------------- */

static const char *xml_type(kind_t k)
{
    return k == KIND_INT ? "long" : k == KIND_REAL ? "double" : "string";
}

/* GraphML 1.0 valid against its schema: node ids are xs:NMTOKEN there, so
 * a node is "n" and its index and its name goes in two <data> fields,
 * "name" (Cytoscape's node name, python-igraph's vertex name) and "label"
 * (what Gephi and yEd show). Key ids are igraph's: "v_" or "e_" and the
 * attribute's name. */
static void write_graphml(FILE *fp, ctx_t *x)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n", fp);
    fputs("  <key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
          "  <key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n", fp);
    header_row(x, 0);
    for (size_t c = 1; c < x->row.n; c++)
        fprintf(fp, "  <key id=\"v_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                x->row.c[c].name, x->row.c[c].name, xml_type(x->row.c[c].kind));
    header_row(x, 1);
    for (size_t c = 2; c < x->row.n; c++)
        fprintf(fp, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                x->row.c[c].name, x->row.c[c].name, xml_type(x->row.c[c].kind));
    fputs("  <graph id=\"G\" edgedefault=\"undirected\">\n", fp);
    for (size_t i = 0; i < x->g->nnodes; i++) {
        node_row(&x->row, x->g, x->m, i);
        fprintf(fp, "    <node id=\"n%zu\"><data key=\"v_name\">", i);
        xml(fp, x->row.c[0].s);
        fputs("</data><data key=\"v_label\">", fp);
        xml(fp, x->row.c[0].s);
        fputs("</data>", fp);
        for (size_t c = 1; c < x->row.n; c++) {
            fprintf(fp, "<data key=\"v_%s\">", x->row.c[c].name);
            xml(fp, cell_text(&x->row.c[c], &x->tmp));
            fputs("</data>", fp);
        }
        fputs("</node>\n", fp);
    }
    for (size_t l = 0; l < x->g->nlinks; l++) {
        link_row(&x->row, x->g, l);
        fprintf(fp, "    <edge source=\"n%zu\" target=\"n%zu\">", x->g->links[l].source,
                x->g->links[l].target);
        for (size_t c = 2; c < x->row.n; c++) {
            fprintf(fp, "<data key=\"e_%s\">", x->row.c[c].name);
            xml(fp, cell_text(&x->row.c[c], &x->tmp));
            fputs("</data>", fp);
        }
        fputs("</edge>\n", fp);
    }
    fputs("  </graph>\n</graphml>\n", fp);
}

static void gexf_attvalues(FILE *fp, ctx_t *x, size_t from)
{
    fputs("<attvalues>", fp);
    for (size_t c = from; c < x->row.n; c++) {
        fprintf(fp, "<attvalue for=\"%zu\" value=\"", c);
        xml(fp, cell_text(&x->row.c[c], &x->tmp));
        fputs("\"/>", fp);
    }
    fputs("</attvalues>", fp);
}

/* The largest PageRank and link weight, for viz sizes and thicknesses on
 * the pictures' scale: the square root of the share of the largest. */
static void gexf_maxima(const ctx_t *x, double *pmax, double *wmax)
{
    *pmax = *wmax = 0;
    for (size_t i = 0; x->m->pagerank && i < x->g->nnodes; i++)
        if (x->m->pagerank[i] > *pmax)
            *pmax = x->m->pagerank[i];
    for (size_t l = 0; l < x->g->nlinks; l++)
        if (x->g->links[l].weight > *wmax)
            *wmax = x->g->links[l].weight;
}

/* GEXF 1.3 (v13) or 1.2draft, each valid against its published schema.
 * Colour (by type, as in the pictures), size (by PageRank) and thickness
 * (by weight) are viz elements: in 1.2draft in the viz namespace, in 1.3
 * in the GEXF namespace itself, where the 1.3 schema declares them (Gephi
 * reads them by their local name). No positions: the layout is the render
 * stage's, after this one. */
static void write_gexf(FILE *fp, ctx_t *x, int v13)
{
    const char *viz = v13 ? "" : "viz:";
    if (v13)
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<gexf xmlns=\"http://gexf.net/1.3\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
              "version=\"1.3\">\n", fp);
    else
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
              "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
              "http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n", fp);
    fputs("  <meta><creator>ergraph " ERG_VERSION "</creator></meta>\n"
          "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n", fp);
    static const char *const gexf_type[] = {"string", "long", "double", "string"};
    header_row(x, 0);
    fputs("    <attributes class=\"node\">\n", fp);
    for (size_t c = 1; c < x->row.n; c++)
        fprintf(fp, "      <attribute id=\"%zu\" title=\"%s\" type=\"%s\"/>\n", c,
                x->row.c[c].name, gexf_type[x->row.c[c].kind]);
    fputs("    </attributes>\n    <attributes class=\"edge\">\n", fp);
    header_row(x, 1);
    for (size_t c = 2; c < x->row.n; c++)
        fprintf(fp, "      <attribute id=\"%zu\" title=\"%s\" type=\"%s\"/>\n", c,
                x->row.c[c].name, gexf_type[x->row.c[c].kind]);
    fputs("    </attributes>\n    <nodes>\n", fp);
    double pmax, wmax;
    gexf_maxima(x, &pmax, &wmax);
    for (size_t i = 0; i < x->g->nnodes; i++) {
        node_row(&x->row, x->g, x->m, i);
        fprintf(fp, "      <node id=\"n%zu\" label=\"", i);
        xml(fp, x->row.c[0].s);
        fputs("\">", fp);
        gexf_attvalues(fp, x, 1);
        unsigned rgb = (unsigned)strtoul(erg_type_color(x->g->nodes[i].type) + 1, NULL, 16);
        double pr = x->m->pagerank ? x->m->pagerank[i] : 0;
        fprintf(fp, "<%scolor r=\"%u\" g=\"%u\" b=\"%u\"/>", viz, rgb >> 16, (rgb >> 8) & 0xFF,
                rgb & 0xFF);
        if (x->o.xy && isfinite(x->o.xy[2 * i]) && isfinite(x->o.xy[2 * i + 1]))
            fprintf(fp, "<%sposition x=\"%.2f\" y=\"%.2f\" z=\"0\"/>", viz, x->o.xy[2 * i],
                    x->o.xy[2 * i + 1]);
        fprintf(fp, "<%ssize value=\"%.2f\"/></node>\n", viz,
                10.0 + 40.0 * (pmax > 0 && pr > 0 ? sqrt(pr / pmax) : 0));
    }
    fputs("    </nodes>\n    <edges>\n", fp);
    for (size_t l = 0; l < x->g->nlinks; l++) {
        const erg_link_t *lk = &x->g->links[l];
        link_row(&x->row, x->g, l);
        fprintf(fp, "      <edge id=\"%zu\" source=\"n%zu\" target=\"n%zu\" weight=\"%.15g\">", l,
                lk->source, lk->target, lk->weight);
        gexf_attvalues(fp, x, 2);
        fprintf(fp, "<%sthickness value=\"%.2f\"/></edge>\n", viz,
                0.4 + 5.6 * (wmax > 0 ? sqrt(lk->weight / wmax) : 1));
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", fp);
}

/* GML keys are letters and digits only: "k_core" is written "kcore". */
static void gml_key(FILE *fp, const char *name)
{
    for (; *name; name++)
        if ((*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z') ||
            (*name >= '0' && *name <= '9'))
            fputc(*name, fp);
}

static void gml_cells(FILE *fp, ctx_t *x, size_t from)
{
    for (size_t c = from; c < x->row.n; c++) {
        const cell_t *cl = &x->row.c[c];
        fputs("    ", fp);
        gml_key(fp, cl->name);
        fputc(' ', fp);
        if (cl->kind == KIND_STR || cl->kind == KIND_LIST)
            gml_string(fp, cell_text(cl, &x->tmp));
        else
            fputs(cell_text(cl, &x->tmp), fp);
        fputc('\n', fp);
    }
}

static void write_gml(FILE *fp, ctx_t *x)
{
    fputs("graph [\n  directed 0\n  comment \"ergraph " ERG_VERSION "\"\n", fp);
    for (size_t i = 0; i < x->g->nnodes; i++) {
        node_row(&x->row, x->g, x->m, i);
        fprintf(fp, "  node [\n    id %zu\n    label ", i);
        gml_string(fp, x->row.c[0].s);
        fputc('\n', fp);
        gml_cells(fp, x, 1);
        fputs("  ]\n", fp);
    }
    for (size_t l = 0; l < x->g->nlinks; l++) {
        link_row(&x->row, x->g, l);
        fprintf(fp, "  edge [\n    source %zu\n    target %zu\n", x->g->links[l].source,
                x->g->links[l].target);
        gml_cells(fp, x, 2);
        fputs("  ]\n", fp);
    }
    fputs("]\n", fp);
}

/* Numbers are never neutralised: a negative number stays a number. */
/* x->row as one CSV line: its cells, or (header) their names. */
static void csv_row(FILE *fp, ctx_t *x, int header)
{
    for (size_t c = 0; c < x->row.n; c++) {
        if (c)
            fputc(',', fp);
        const cell_t *cl = &x->row.c[c];
        int text = cl->kind == KIND_STR || cl->kind == KIND_LIST;
        erg_csv_cell(fp, header ? cl->name : cell_text(cl, &x->tmp), x->o.raw_csv || !text);
    }
    fputs("\r\n", fp);
}

static void csv_rows(FILE *fp, ctx_t *x, int links)
{
    size_t n = links ? x->g->nlinks : x->g->nnodes;
    if (x->o.bom)
        fputs("\xEF\xBB\xBF", fp);
    for (size_t r = 0; r <= n; r++) {
        if (r == 0)
            header_row(x, links);
        else if (links)
            link_row(&x->row, x->g, r - 1);
        else
            node_row(&x->row, x->g, x->m, r - 1);
        csv_row(fp, x, r == 0);
    }
}

static cJSON *json_row(const row_t *r, size_t from)
{
    cJSON *o = cJSON_CreateObject();
    for (size_t c = from; o && c < r->n; c++) {
        const cell_t *cl = &r->c[c];
        if (cl->kind == KIND_STR)
            cJSON_AddStringToObject(o, cl->name, cl->s);
        else if (cl->kind == KIND_LIST)
            cJSON_AddItemToObject(o, cl->name,
                                  cl->nlist ? cJSON_CreateStringArray((const char *const *)cl->list,
                                                                      (int)cl->nlist)
                                            : cJSON_CreateArray());
        else
            cJSON_AddNumberToObject(o, cl->name, cl->v);
    }
    return o;
}

/* Prints `item` (indented, or on one line), then frees it. Indented, its
 * lines after the first go `depth` tabs further in: cJSON_Print of an item
 * as deep in a tree prints the same, so that a document is printed an item
 * at a time, never held whole as a tree (ten times the network's size). */
static int put_item(FILE *fp, cJSON *item, int indent, int depth)
{
    char *s = indent ? cJSON_Print(item) : cJSON_PrintUnformatted(item);
    cJSON_Delete(item);
    if (!s)
        return ERG_ENOMEM;
    const char *p = s, *nl;
    for (; indent && (nl = strchr(p, '\n')); p = nl + 1) { /* strings hold no raw newline */
        fwrite(p, 1, (size_t)(nl + 1 - p), fp);
        for (int k = 0; k < depth; k++)
            fputc('\t', fp);
    }
    fputs(p, fp);
    cJSON_free(s);
    return 0;
}

static int write_json(FILE *fp, ctx_t *x)
{
    cJSON *meta = x->g->meta_json ? cJSON_Parse(x->g->meta_json) : NULL;
    fputs("{\n\t\"directed\":\tfalse,\n\t\"multigraph\":\tfalse,\n\t\"graph\":\t", fp);
    int rc = put_item(fp, meta ? meta : cJSON_CreateObject(), 1, 1);
    fputs(",\n\t\"nodes\":\t[", fp);
    for (size_t i = 0; i < x->g->nnodes && !rc; i++) {
        node_row(&x->row, x->g, x->m, i);
        fputs(i ? ", " : "", fp);
        rc = put_item(fp, json_row(&x->row, 0), 1, 2);
    }
    fputs("],\n\t\"links\":\t[", fp);
    for (size_t l = 0; l < x->g->nlinks && !rc; l++) {
        link_row(&x->row, x->g, l);
        cJSON *o = json_row(&x->row, 0);
        /* as build writes them, so that ergraph reads the export back */
        const erg_link_t *lk = &x->g->links[l];
        cJSON_ReplaceItemInObject(o, "documents",
                                  lk->ndocs ? cJSON_CreateStringArray((const char *const *)lk->docs,
                                                                      (int)lk->ndocs)
                                            : cJSON_CreateArray());
        cJSON *ev = cJSON_CreateArray();
        for (size_t k = 0; ev && k < lk->nevidence; k++) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddStringToObject(e, "doc", lk->evidence[k].doc);
            cJSON_AddNumberToObject(e, "start", (double)lk->evidence[k].start);
            cJSON_AddNumberToObject(e, "end", (double)lk->evidence[k].end);
            cJSON_AddStringToObject(e, "text", lk->evidence[k].text);
            cJSON_AddItemToArray(ev, e);
        }
        cJSON_ReplaceItemInObject(o, "evidence", ev);
        fputs(l ? ", " : "", fp);
        rc = put_item(fp, o, 1, 2);
    }
    fputs("]\n}\n", fp);
    return rc;
}

/* Text for an HTML description (VOSviewer shows it as HTML). */
static void html_text(erg_buf_t *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': erg__buf_adds(b, "&amp;"); break;
        case '<': erg__buf_adds(b, "&lt;"); break;
        case '>': erg__buf_adds(b, "&gt;"); break;
        case '"': erg__buf_adds(b, "&quot;"); break;
        case '\'': erg__buf_adds(b, "&#39;"); break;
        default: erg__buf_add(b, s, 1);
        }
    }
}

static void add_finite(cJSON *o, const char *name, const double *v, size_t i)
{
    if (v && isfinite(v[i]))
        cJSON_AddNumberToObject(o, name, v[i]);
}

/* VOSviewer JSON (VOSviewer 1.6.16 and later, VOSviewer Online): items
 * numbered from 1, their community as the cluster (1 to 1000), counts as
 * weights and measures as scores; no coordinates, so that VOSviewer lays
 * the network out itself. Labels are text; the description is HTML there,
 * so it is escaped. */
static int write_vosviewer(FILE *fp, ctx_t *x)
{
    const erg_measures_t *m = x->m;
    erg_buf_t d = {0};
    int rc = 0;
    fputs("{\"network\":{\"items\":[", fp);
    for (size_t i = 0; i < x->g->nnodes && !rc; i++) {
        const erg_node_t *nd = &x->g->nodes[i];
        cJSON *it = cJSON_CreateObject();
        cJSON_AddNumberToObject(it, "id", (double)(i + 1));
        cJSON_AddStringToObject(it, "label", nd->id);
        d.len = 0;
        erg__buf_adds(&d, "<b>");
        html_text(&d, nd->id);
        erg__buf_printf(&d, "</b> (%s)", erg_type_name(nd->type));
        for (size_t k = 0; k < nd->naliases; k++) {
            erg__buf_adds(&d, k ? "; " : "<br>written: ");
            html_text(&d, nd->aliases[k]);
        }
        cJSON_AddStringToObject(it, "description", d.buf ? d.buf : "");
        if (m->community && m->community[i] >= 0 && m->community[i] < 1000)
            cJSON_AddNumberToObject(it, "cluster", m->community[i] + 1);
        cJSON *w = cJSON_AddObjectToObject(it, "weights");
        add_finite(w, "Links", m->degree, i);
        add_finite(w, "Total link strength", m->strength, i);
        cJSON_AddNumberToObject(w, "Mentions", (double)nd->mentions);
        cJSON_AddNumberToObject(w, "Documents", (double)nd->documents);
        cJSON *sc = cJSON_AddObjectToObject(it, "scores");
        add_finite(sc, "PageRank", m->pagerank, i);
        add_finite(sc, "Betweenness", m->betweenness, i);
        add_finite(sc, "Closeness", m->closeness, i);
        add_finite(sc, "Eigenvector", m->eigenvector, i);
        fputs(i ? "," : "", fp);
        rc = put_item(fp, it, 0, 0);
    }
    erg__buf_release(&d);
    fputs("],\"links\":[", fp);
    for (size_t l = 0; l < x->g->nlinks && !rc; l++) {
        const erg_link_t *lk = &x->g->links[l];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "source_id", (double)(lk->source + 1));
        cJSON_AddNumberToObject(o, "target_id", (double)(lk->target + 1));
        cJSON_AddNumberToObject(o, "strength", lk->weight);
        fputs(l ? "," : "", fp);
        rc = put_item(fp, o, 0, 0);
    }
    fputs("]},", fp);
    /* the rest, small, as one object whose "{" is the one already written */
    cJSON *rest = cJSON_CreateObject();
    cJSON *t = cJSON_AddObjectToObject(cJSON_AddObjectToObject(rest, "config"), "terminology");
    static const char *const terms[][2] = {
        {"item", "Entity"}, {"items", "Entities"}, {"link", "Link"}, {"links", "Links"},
        {"cluster", "Community"}, {"clusters", "Communities"}, {"link_strength", "Weight"},
        {"total_link_strength", "Total weight"}};
    for (size_t k = 0; t && k < sizeof terms / sizeof terms[0]; k++)
        cJSON_AddStringToObject(t, terms[k][0], terms[k][1]);
    cJSON *info = cJSON_AddObjectToObject(rest, "info");
    cJSON_AddStringToObject(info, "title", "ergraph " ERG_VERSION ": entities linked when they occur together");
    char *s = t && info ? cJSON_PrintUnformatted(rest) : NULL;
    cJSON_Delete(rest);
    if (!s)
        return ERG_ENOMEM;
    fputs(s + 1, fp);
    fputc('\n', fp);
    cJSON_free(s);
    return rc;
}

/* ---- a timeline: the periods of build --slice as one dynamic GEXF ------ */

/* The first and last article dates of a period's network ("" if none). */
static void period_dates(const erg_graph_t *g, char first[11], char last[11])
{
    first[0] = last[0] = '\0';
    cJSON *meta = g->meta_json ? cJSON_Parse(g->meta_json) : NULL;
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(meta, "dates");
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(d, "first");
    const cJSON *l = cJSON_GetObjectItemCaseSensitive(d, "last");
    if (cJSON_IsString(f) && cJSON_IsString(l) && strlen(f->valuestring) == 10 &&
        strlen(l->valuestring) == 10) {
        memcpy(first, f->valuestring, 11);
        memcpy(last, l->valuestring, 11);
    }
    cJSON_Delete(meta);
}

/* Index of node `id` in `ids` (n of them), or n. */
static size_t index_of(char *const *ids, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0)
            return i;
    return n;
}

int erg_export_timeline(const erg_slice_graph_t *s, size_t n, const char *path, erg_error_t *err)
{
    /* the union of the periods' nodes and links, in order of first sight;
     * linear searches: a timeline is for Gephi, hundreds of nodes */
    char **ids = NULL, (*span)[2][11] = calloc(n ? n : 1, sizeof *span);
    erg_type_t *types = NULL;
    size_t nids = 0, icap = 0, tcap = 0;
    int rc = span ? 0 : ERG_ENOMEM;
    for (size_t p = 0; p < n && !rc; p++) {
        period_dates(&s[p].graph, span[p][0], span[p][1]);
        for (size_t i = 0; i < s[p].graph.nnodes && !rc; i++) {
            const erg_node_t *nd = &s[p].graph.nodes[i];
            if (index_of(ids, nids, nd->id) < nids)
                continue;
            void *q = ids, *t = types;
            rc = erg__grow(&q, &icap, nids + 1, sizeof *ids);
            ids = q;
            if (!rc)
                rc = erg__grow(&t, &tcap, nids + 1, sizeof *types);
            types = t;
            if (rc)
                break;
            ids[nids] = nd->id;
            types[nids++] = nd->type;
        }
    }
    erg_ofile_t out;
    if (rc || (rc = erg__ofile_open(&out, path, err))) {
        free(ids);
        free(types);
        free(span);
        return rc == ERG_ENOMEM ? erg__fail(err, rc, "out of memory") : rc;
    }
    FILE *fp = out.fp;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://gexf.net/1.3\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
          "version=\"1.3\">\n"
          "  <meta><creator>ergraph " ERG_VERSION "</creator></meta>\n"
          "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
          "    <attributes class=\"node\" mode=\"static\">\n"
          "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
          "    </attributes>\n"
          "    <attributes class=\"node\" mode=\"dynamic\">\n"
          "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
          "    </attributes>\n"
          "    <attributes class=\"edge\" mode=\"dynamic\">\n"
          "      <attribute id=\"count\" title=\"count\" type=\"long\"/>\n"
          "    </attributes>\n    <nodes>\n", fp);
    for (size_t i = 0; i < nids; i++) {
        fprintf(fp, "      <node id=\"n%zu\" label=\"", i);
        xml(fp, ids[i]);
        fprintf(fp, "\"><attvalues><attvalue for=\"type\" value=\"%s\"/>", erg_type_name(types[i]));
        erg_buf_t spells = {0};
        for (size_t p = 0; p < n; p++) {
            long k = erg_graph_find(&s[p].graph, ids[i]);
            if (k < 0 || !span[p][0][0])
                continue;
            fprintf(fp, "<attvalue for=\"mentions\" value=\"%ld\" start=\"%s\" end=\"%s\"/>",
                    s[p].graph.nodes[k].mentions, span[p][0], span[p][1]);
            erg__buf_printf(&spells, "<spell start=\"%s\" end=\"%s\"/>", span[p][0], span[p][1]);
        }
        unsigned rgb = (unsigned)strtoul(erg_type_color(types[i]) + 1, NULL, 16);
        fprintf(fp, "</attvalues>%s%s%s<color r=\"%u\" g=\"%u\" b=\"%u\"/></node>\n",
                spells.len ? "<spells>" : "", spells.len ? spells.buf : "",
                spells.len ? "</spells>" : "", rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
        erg__buf_release(&spells);
    }
    fputs("    </nodes>\n    <edges>\n", fp);
    /* each link once, at its first period; its weight summed over them */
    size_t e = 0;
    for (size_t p = 0; p < n; p++) {
        const erg_graph_t *g = &s[p].graph;
        for (size_t l = 0; l < g->nlinks; l++) {
            const char *a = g->nodes[g->links[l].source].id, *b = g->nodes[g->links[l].target].id;
            int seen = 0;
            for (size_t q = 0; q < p && !seen; q++) {
                long qa = erg_graph_find(&s[q].graph, a), qb = erg_graph_find(&s[q].graph, b);
                seen = qa >= 0 && qb >= 0 && erg_graph_link(&s[q].graph, (size_t)qa, (size_t)qb) >= 0;
            }
            if (seen)
                continue;
            double total = 0;
            erg_buf_t vals = {0}, spells = {0};
            for (size_t q = p; q < n; q++) {
                long qa = erg_graph_find(&s[q].graph, a), qb = erg_graph_find(&s[q].graph, b);
                long ql = qa >= 0 && qb >= 0 ? erg_graph_link(&s[q].graph, (size_t)qa, (size_t)qb) : -1;
                if (ql < 0 || !span[q][0][0])
                    continue;
                const erg_link_t *lk = &s[q].graph.links[ql];
                total += lk->weight;
                erg__buf_printf(&vals, "<attvalue for=\"count\" value=\"%ld\" start=\"%s\" end=\"%s\"/>",
                                lk->count, span[q][0], span[q][1]);
                erg__buf_printf(&spells, "<spell start=\"%s\" end=\"%s\"/>", span[q][0], span[q][1]);
            }
            if (!vals.len) /* no dated period: no link in the timeline */
                continue;
            fprintf(fp, "      <edge id=\"%zu\" source=\"n%zu\" target=\"n%zu\" weight=\"%.15g\">"
                        "<attvalues>%s</attvalues><spells>%s</spells></edge>\n",
                    e++, index_of(ids, nids, a), index_of(ids, nids, b), total, vals.buf, spells.buf);
            erg__buf_release(&vals);
            erg__buf_release(&spells);
        }
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", fp);
    free(ids);
    free(types);
    free(span);
    return erg__ofile_commit(&out, err);
}

/* ---- files ------------------------------------------------------------------ */

static int write_one(ctx_t *x, erg_export_t f, int links, const char *path, erg_error_t *err)
{
    erg_ofile_t out;
    int rc = erg__ofile_open(&out, path, err);
    if (rc)
        return rc;
    switch (f) {
    case ERG_EXPORT_GRAPHML: write_graphml(out.fp, x); break;
    case ERG_EXPORT_GEXF: write_gexf(out.fp, x, 1); break;
    case ERG_EXPORT_GEXF12: write_gexf(out.fp, x, 0); break;
    case ERG_EXPORT_VOSVIEWER: rc = write_vosviewer(out.fp, x); break;
    case ERG_EXPORT_GML: write_gml(out.fp, x); break;
    case ERG_EXPORT_CSV: csv_rows(out.fp, x, links); break;
    case ERG_EXPORT_JSON: rc = write_json(out.fp, x); break;
    }
    if (rc) {
        erg__ofile_abort(&out);
        return erg__fail(err, rc, "cannot write '%s': %s", path, erg_strerror(rc));
    }
    return erg__ofile_commit(&out, err);
}

/* The two CSV files: for "DIR", DIR/nodes.csv and DIR/links.csv (DIR made
 * if missing); for "graph.csv", graph.nodes.csv and graph.links.csv. */
static int write_csv(ctx_t *x, const char *path, erg_error_t *err)
{
    size_t len = strlen(path);
    int files = strcasecmp(extension(path), "csv") == 0;
    if (!files && mkdir(path, 0777) != 0 && errno != EEXIST)
        return erg__fail(err, ERG_EIO, "cannot create directory '%s': %s", path, strerror(errno));
    erg_buf_t p = {0};
    int rc = 0;
    for (int links = 0; !rc && links < 2; links++) {
        const char *name = links ? "links.csv" : "nodes.csv";
        p.len = 0;
        rc = files ? erg__buf_printf(&p, "%.*s.%s", (int)(len - 4), path, name)
                   : erg__buf_printf(&p, "%s/%s", path, name);
        if (!rc)
            rc = write_one(x, ERG_EXPORT_CSV, links, p.buf, err);
    }
    if (rc == ERG_ENOMEM && err && !err->msg[0])
        erg__fail(err, rc, "out of memory");
    erg__buf_release(&p);
    return rc;
}

int erg_export(const erg_graph_t *g, const erg_measures_t *m, erg_export_t f,
               const erg_export_opts_t *o, const char *path, erg_error_t *err)
{
    double t = erg__timing_start();
    ctx_t x = {g, m, {0, 0, NULL}, {{{0}}, 0}, {0}};
    if (o)
        x.o = *o;
    int rc = f == ERG_EXPORT_CSV ? write_csv(&x, path, err) : write_one(&x, f, 0, path, err);
    erg__timing_add("export", t);
    erg__buf_release(&x.tmp);
    return rc;
}

/* ---- the document-entity network ------------------------------------------- */

/* The two node sets' rows: articles (bipartite 0) first, then entities
 * (bipartite 1), each with its mentions and its degree (the nodes of the
 * other set it links to). In CSV every row has every column; in JSON an
 * article has no type and an entity no title or date. */
static void bp_node_row(row_t *r, const erg_bipartite_t *bp, const long *mentions,
                        const long *degree, size_t i, int csv)
{
    int entity = i >= bp->narticles;
    size_t k = entity ? i - bp->narticles : i;
    r->n = 0;
    put_str(r, "id", entity ? bp->graph.nodes[k].id : bp->articles[k]);
    put_num(r, "bipartite", KIND_INT, entity);
    put_str(r, "kind", entity ? "entity" : "article");
    if (csv || entity)
        put_str(r, "type", entity ? erg_type_name(bp->graph.nodes[k].type) : "");
    if (csv || !entity) {
        put_str(r, "title", entity ? "" : bp->titles[k]);
        put_str(r, "date", entity ? "" : bp->dates[k]);
    }
    put_num(r, "mentions", KIND_INT, (double)mentions[i]);
    put_num(r, "degree", KIND_INT, (double)degree[i]);
}

/* Link l of the network, or of its projection `p` when not NULL. */
static void bp_link_row(row_t *r, const erg_bipartite_t *bp, const erg_projection_t *p, size_t l)
{
    r->n = 0;
    if (p) {
        const erg_projlink_t *q = &p->links[l];
        char *const *ids = p->onto == ERG_PROJECT_ARTICLES ? bp->articles : NULL;
        put_str(r, "source", ids ? ids[q->source] : bp->graph.nodes[q->source].id);
        put_str(r, "target", ids ? ids[q->target] : bp->graph.nodes[q->target].id);
        put_num(r, "weight", KIND_INT, (double)q->shared);
        put_num(r, "mention_pairs", KIND_INT, (double)q->mention_pairs);
        return;
    }
    const erg_bilink_t *b = &bp->links[l];
    put_str(r, "source", bp->articles[b->article]);
    put_str(r, "target", bp->graph.nodes[b->node].id);
    put_num(r, "weight", KIND_INT, (double)b->mentions);
}

/* The network (p NULL) or its projection p: nodes (links = 0) or links. A
 * projection has the nodes of one set, as the network has them. */
static int write_bp(FILE *fp, ctx_t *x, const erg_bipartite_t *bp, const erg_projection_t *p,
                    int csv, int links, const long *mentions, const long *degree)
{
    size_t from = p && p->onto == ERG_PROJECT_ENTITIES ? bp->narticles : 0;
    size_t to = !p ? bp->narticles + bp->graph.nnodes
                   : p->onto == ERG_PROJECT_ENTITIES ? from + bp->graph.nnodes : bp->narticles;
    size_t nlinks = p ? p->nlinks : bp->nlinks;
    if (csv) {
        if (x->o.bom)
            fputs("\xEF\xBB\xBF", fp);
        /* the names of bp_node_row's and bp_link_row's cells */
        fputs(!links ? "id,bipartite,kind,type,title,date,mentions,degree\r\n"
              : p    ? "source,target,weight,mention_pairs\r\n"
                     : "source,target,weight\r\n", fp);
        for (size_t i = links ? 0 : from; i < (links ? nlinks : to); i++) {
            if (links)
                bp_link_row(&x->row, bp, p, i);
            else
                bp_node_row(&x->row, bp, mentions, degree, i, 1);
            csv_row(fp, x, 0);
        }
        return 0;
    }
    cJSON *root = cJSON_CreateObject();
    cJSON_AddFalseToObject(root, "directed");
    cJSON_AddFalseToObject(root, "multigraph");
    cJSON *meta = bp->graph.meta_json ? cJSON_Parse(bp->graph.meta_json) : NULL;
    if (!meta)
        meta = cJSON_CreateObject();
    /* the counts of this network, not of the co-occurrence one */
    cJSON_DeleteItemFromObject(meta, "nodes");
    cJSON_DeleteItemFromObject(meta, "links");
    if (p) {
        cJSON_AddStringToObject(meta, "projection", erg_project_name(p->onto));
    } else {
        cJSON_AddTrueToObject(meta, "bipartite");
        cJSON_AddNumberToObject(meta, "entities", (double)bp->graph.nnodes);
    }
    cJSON_AddNumberToObject(meta, "nodes", (double)(to - from));
    cJSON_AddNumberToObject(meta, "links", (double)nlinks);
    cJSON_AddItemToObject(root, "graph", meta);
    cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
    for (size_t i = from; i < to; i++) {
        bp_node_row(&x->row, bp, mentions, degree, i, 0);
        cJSON_AddItemToArray(nodes, json_row(&x->row, 0));
    }
    cJSON *ls = cJSON_AddArrayToObject(root, "links");
    for (size_t l = 0; l < nlinks; l++) {
        bp_link_row(&x->row, bp, p, l);
        cJSON_AddItemToArray(ls, json_row(&x->row, 0));
    }
    int rc = put_item(fp, root, 1, 0); /* as big as the corpus's articles and entities, no more */
    fputc('\n', fp);
    return rc;
}

/* The network, or its projection `proj` when not NULL. */
static int export_bp(const erg_bipartite_t *bp, const erg_projection_t *proj, erg_export_t f,
                     const erg_export_opts_t *o, const char *path, erg_error_t *err)
{
    if (f != ERG_EXPORT_CSV && f != ERG_EXPORT_JSON)
        return erg__fail(err, ERG_EINVAL, "the document-entity network is written as csv or json, not %s",
                         erg_export_name(f));
    size_t nn = bp->narticles + bp->graph.nnodes;
    long *mentions = calloc(nn + 1, sizeof *mentions), *degree = calloc(nn + 1, sizeof *degree);
    if (!mentions || !degree) {
        free(mentions);
        free(degree);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    for (size_t l = 0; l < bp->nlinks; l++) {
        const erg_bilink_t *b = &bp->links[l];
        mentions[b->article] += b->mentions;
        mentions[bp->narticles + b->node] += b->mentions;
        degree[b->article]++;
        degree[bp->narticles + b->node]++;
    }
    ctx_t x = {&bp->graph, NULL, {0, 0, NULL}, {{{0}}, 0}, {0}};
    if (o)
        x.o = *o;
    int rc = 0;
    erg_buf_t p = {0};
    size_t len = strlen(path);
    int files = strcasecmp(extension(path), "csv") == 0;
    if (f == ERG_EXPORT_CSV && !files && mkdir(path, 0777) != 0 && errno != EEXIST)
        rc = erg__fail(err, ERG_EIO, "cannot create directory '%s': %s", path, strerror(errno));
    for (int links = 0; !rc && links < (f == ERG_EXPORT_CSV ? 2 : 1); links++) {
        const char *target = path;
        if (f == ERG_EXPORT_CSV) {
            const char *name = links ? "links.csv" : "nodes.csv";
            p.len = 0;
            if ((rc = files ? erg__buf_printf(&p, "%.*s.%s", (int)(len - 4), path, name)
                            : erg__buf_printf(&p, "%s/%s", path, name))) {
                erg__fail(err, rc, "out of memory");
                break;
            }
            target = p.buf;
        }
        erg_ofile_t out;
        if ((rc = erg__ofile_open(&out, target, err)))
            break;
        if ((rc = write_bp(out.fp, &x, bp, proj, f == ERG_EXPORT_CSV, links, mentions, degree))) {
            erg__ofile_abort(&out);
            erg__fail(err, rc, "cannot write '%s': %s", target, erg_strerror(rc));
        } else {
            rc = erg__ofile_commit(&out, err);
        }
    }
    erg__buf_release(&p);
    erg__buf_release(&x.tmp);
    free(mentions);
    free(degree);
    return rc;
}

int erg_export_bipartite(const erg_bipartite_t *bp, erg_export_t f, const erg_export_opts_t *o,
                         const char *path, erg_error_t *err)
{
    return export_bp(bp, NULL, f, o, path, err);
}

int erg_export_projection(const erg_bipartite_t *bp, const erg_projection_t *p, erg_export_t f,
                          const erg_export_opts_t *o, const char *path, erg_error_t *err)
{
    return export_bp(bp, p, f, o, path, err);
}
