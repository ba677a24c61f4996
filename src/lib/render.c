/*
 * render.c: DOT and images through Graphviz cgraph/gvc, in process; the
 * only module that calls Graphviz.
 *
 * Node area follows a measure (default PageRank), colour follows type
 * (Okabe-Ito, safe for colour-blind readers), link width and darkness follow
 * weight. Labels are set explicitly, with backslashes doubled, so that a
 * name can never be read as a Graphviz escape (\N, \G, \n); Graphviz itself
 * escapes what it writes into SVG and DOT.
 */
#include "internal.h"

#include <cjson/cJSON.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const format_names[] = {"svg", "png", "pdf", "dot"};
static const char *const layouts[] = {"sfdp", "neato", "fdp", "circo", "twopi", "dot", NULL};
static const char *const type_colors[] = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7"};

const char *erg_format_name(erg_format_t f) { return format_names[f]; }

int erg_format_parse(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(s, format_names[i]) == 0)
            return i;
    return -1;
}

int erg_format_from_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return -1;
    return erg_format_parse(dot + 1);
}

int erg_layout_valid(const char *layout)
{
    for (size_t i = 0; layouts[i]; i++)
        if (strcmp(layout, layouts[i]) == 0)
            return 1;
    return 0;
}

void erg_render_opts_init(erg_render_opts_t *o)
{
    o->format = ERG_FORMAT_SVG;
    o->layout = "sfdp";
    o->size_by = "pagerank";
}

/* Graphviz reports errors through a callback; keep the last one. */
static char gv_last_error[512];

static int gv_error(char *msg)
{
    snprintf(gv_last_error, sizeof gv_last_error, "%s", msg);
    size_t n = strlen(gv_last_error);
    while (n && (gv_last_error[n - 1] == '\n' || gv_last_error[n - 1] == ' '))
        gv_last_error[--n] = '\0';
    return 0;
}

/* One context for the program, made on first use. */
static GVC_t *context(void)
{
    static GVC_t *gvc;
    if (!gvc) {
        agseterrf(gv_error);
        agseterr(AGERR);
        gvc = gvContext();
    }
    return gvc;
}

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static void setf(void *obj, const char *name, const char *fmt, double v)
{
    char buf[64];
    snprintf(buf, sizeof buf, fmt, v);
    set(obj, name, buf);
}

/* The label for a name: backslashes doubled so Graphviz shows them as is. */
static char *label_of(const char *s)
{
    erg_buf_t b = {0};
    for (; *s; s++)
        if ((*s == '\\' ? erg_buf_add(&b, "\\\\", 2) : erg_buf_add(&b, s, 1)))
            break;
    if (!b.buf)
        erg_buf_add(&b, "", 0);
    return b.buf;
}

static void caption(const erg_graph_t *g, erg_buf_t *b)
{
    cJSON *meta = g->meta_json ? cJSON_Parse(g->meta_json) : NULL;
    const cJSON *win = cJSON_GetObjectItemCaseSensitive(meta, "window");
    const cJSON *arts = cJSON_GetObjectItemCaseSensitive(meta, "articles");
    erg_buf_printf(b, "%zu entities, %zu links", g->nnodes, g->nlinks);
    if (cJSON_IsNumber(arts))
        erg_buf_printf(b, " from %.0f articles", arts->valuedouble);
    if (cJSON_IsString(win))
        erg_buf_printf(b, "; linked by co-occurrence in a %s", win->valuestring);
    erg_buf_adds(b, ".  Colour: orange person, blue state, green organization, purple place.  "
                    "Size: ");
    cJSON_Delete(meta);
}

static Agraph_t *build(const erg_graph_t *g, const erg_measures_t *m, const erg_render_opts_t *o)
{
    Agraph_t *G = agopen((char *)"ergraph", Agstrictundirected, NULL);
    if (!G)
        return NULL;
    erg_buf_t cap = {0};
    caption(g, &cap);
    erg_buf_adds(&cap, o->size_by);
    set(G, "layout", o->layout);
    set(G, "overlap", "prism");
    set(G, "overlap_scaling", "-4");
    set(G, "sep", "+6");
    set(G, "splines", "line");
    set(G, "outputorder", "edgesfirst");
    set(G, "pad", "0.3");
    set(G, "bgcolor", "white");
    set(G, "fontname", "DejaVu Sans");
    set(G, "fontsize", "11");
    set(G, "labelloc", "b");
    set(G, "label", cap.buf ? cap.buf : "");
    erg_buf_release(&cap);

    const double *size = erg_measures_get(m, o->size_by);
    double smax = 0, wmax = 0;
    for (size_t i = 0; size && i < g->nnodes; i++)
        if (size[i] > smax)
            smax = size[i];
    for (size_t i = 0; i < g->nlinks; i++)
        if (g->links[i].weight > wmax)
            wmax = g->links[i].weight;

    Agnode_t **nodes = calloc(g->nnodes + 1, sizeof *nodes);
    if (!nodes) {
        agclose(G);
        return NULL;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        const erg_node_t *nd = &g->nodes[i];
        Agnode_t *n = nodes[i] = agnode(G, nd->id, 1);
        double r = (size && smax > 0) ? sqrt(size[i] / smax) : 0.5;
        char *label = label_of(nd->id);
        set(n, "label", label ? label : "");
        free(label);
        set(n, "shape", "ellipse");
        set(n, "style", "filled");
        set(n, "fillcolor", type_colors[nd->type]);
        set(n, "color", "#333333");
        set(n, "fontname", "DejaVu Sans");
        setf(n, "fontsize", "%.1f", 10.0 + 10.0 * r);
        setf(n, "width", "%.2f", 0.4 + 1.1 * r);
        setf(n, "height", "%.2f", 0.3 + 0.6 * r);
        erg_buf_t tip = {0};
        erg_buf_printf(&tip, "%s (%s): %ld mentions in %ld articles; degree %.0f, pagerank %.4f",
                       nd->id, erg_type_name(nd->type), nd->mentions, nd->documents, m->degree[i],
                       m->pagerank[i]);
        set(n, "tooltip", tip.buf ? tip.buf : "");
        erg_buf_release(&tip);
    }
    for (size_t i = 0; i < g->nlinks; i++) {
        const erg_link_t *l = &g->links[i];
        Agedge_t *e = agedge(G, nodes[l->source], nodes[l->target], NULL, 1);
        double r = wmax > 0 ? l->weight / wmax : 1;
        setf(e, "penwidth", "%.2f", 0.6 + 6.0 * r);
        char color[16];
        snprintf(color, sizeof color, "#404040%02X", (unsigned)(60 + 180 * r));
        set(e, "color", color);
        erg_buf_t tip = {0};
        erg_buf_printf(&tip, "%s - %s: weight %g, %ld windows", g->nodes[l->source].id,
                       g->nodes[l->target].id, l->weight, l->count);
        if (l->nevidence)
            erg_buf_printf(&tip, "; \"%s\"", l->evidence[0].text);
        set(e, "tooltip", tip.buf ? tip.buf : "");
        erg_buf_release(&tip);
    }
    free(nodes);
    return G;
}

int erg_render(const erg_graph_t *g, const erg_measures_t *m, const erg_render_opts_t *o,
               const char *path, erg_error_t *err)
{
    if (!erg_layout_valid(o->layout))
        return erg_fail(err, ERG_EINVAL, "unknown layout '%s'", o->layout);
    if (erg_measure_index(o->size_by) < 0)
        return erg_fail(err, ERG_EINVAL, "unknown measure '%s'", o->size_by);
    GVC_t *gvc = context();
    if (!gvc)
        return erg_fail(err, ERG_ERENDER, "cannot start Graphviz");
    gv_last_error[0] = '\0';
    Agraph_t *G = build(g, m, o);
    if (!G)
        return erg_fail(err, ERG_ENOMEM, "out of memory building the drawing");
    int rc = 0;
    if (o->format == ERG_FORMAT_DOT) {
        erg_ofile_t out;
        if ((rc = erg_ofile_open(&out, path, err)) == 0) {
            if (agwrite(G, out.fp) != 0) {
                erg_ofile_abort(&out);
                rc = erg_fail(err, ERG_EIO, "cannot write '%s'", path);
            } else {
                rc = erg_ofile_commit(&out, err);
            }
        }
        agclose(G);
        return rc;
    }
    if (gvLayout(gvc, G, o->layout) != 0) {
        rc = erg_fail(err, ERG_ERENDER, "layout '%s' failed: %s", o->layout,
                      gv_last_error[0] ? gv_last_error : "Graphviz gave no reason");
        agclose(G);
        return rc;
    }
    char *data = NULL;
    unsigned int len = 0;
    if (gvRenderData(gvc, G, format_names[o->format], &data, &len) != 0 || !data) {
        rc = erg_fail(err, ERG_ERENDER, "cannot render %s: %s", format_names[o->format],
                      gv_last_error[0] ? gv_last_error : "no Graphviz plugin for it");
    } else {
        rc = erg_write_file(path, data, len, err);
    }
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, G);
    agclose(G);
    return rc;
}
