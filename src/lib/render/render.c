/*
 * render.c: DOT, SVG, PNG, PDF and the HTML page through Graphviz cgraph/gvc,
 * drawn in a child process (see erg_render_many); the only module that
 * calls Graphviz.
 *
 * plan.c decides what is shown and how (selection, scales, colours,
 * legend and caption text); this module turns the plan into Graphviz
 * attributes, lays it out and renders it; html.c wraps the SVG in the page.
 * Labels and tooltips are escString: backslashes are doubled so that a name
 * is never read as a Graphviz escape (\N, \G, \n). The legend is an HTML-like
 * label, its text entity-escaped here. Graphviz escapes what it writes into
 * SVG and DOT.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "escape.h"
#include "mem.h"
#include "render_internal.h"
#include "timing.h"
#include "workers.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static const char *const format_names[] = {"svg", "png", "pdf", "dot", "html"};
#define NFORMATS (sizeof format_names / sizeof format_names[0])
/* circo, twopi and dot are not offered: after overlap removal circo and
 * twopi lose their shape, and dot draws a 4:1 strip. */
static const char *const layouts[] = {"sfdp", "neato", "fdp", NULL};

const char *erg_format_name(erg_format_t f) { return format_names[f]; }

int erg_format_parse(const char *s)
{
    for (size_t i = 0; i < NFORMATS; i++)
        if (strcmp(s, format_names[i]) == 0)
            return (int)i;
    return -1;
}

int erg_format_from_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return -1;
    return strcmp(dot + 1, "htm") == 0 ? ERG_FORMAT_HTML : erg_format_parse(dot + 1);
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
    *o = (erg_render_opts_t){
        .format = ERG_FORMAT_SVG,
        .layout = "sfdp",
        .size_by = "pagerank",
        .color_by = ERG_COLOR_TYPE,
        .max_nodes = 150,
        .max_labels = 60,
    };
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

/* Strings given to Graphviz are capped: a label at LABEL_MAX bytes, a
 * node's name at DOT_NAME_MAX, a tooltip at TOOLTIP_MAX (Graphviz reads no
 * DOT string over 16384 bytes, and Pango warns on long lines), each cut
 * at a character boundary and ended with an ellipsis. */
#define LABEL_MAX 120
#define DOT_NAME_MAX 1000
#define TOOLTIP_MAX 8000

/* Appends `s` with backslashes doubled, shown as is in an escString, and
 * each character XML cannot carry as U+FFFD (Graphviz copies text into the
 * SVG as it is). */
static void add_esc(erg_buf_t *b, const char *s)
{
    while (*s) {
        int ok;
        size_t n = erg__xml_char(s, &ok);
        if (*s == '\\')
            erg__buf_add(b, "\\\\", 2);
        else
            erg__buf_add(b, ok ? s : ERG_REPLACEMENT, ok ? n : strlen(ERG_REPLACEMENT));
        s += n;
    }
}

/* Cuts `b` to `max` bytes and an ellipsis when it is longer, never inside
 * a doubled backslash. */
static void cap(erg_buf_t *b, size_t max)
{
    if (b->buf && b->len > max) {
        size_t len = erg__utf8_cut(b->buf, max), run = 0;
        while (run < len && b->buf[len - 1 - run] == '\\')
            run++;
        b->len = len - run % 2;
        erg__buf_adds(b, "\xE2\x80\xA6");
    }
}

/* A node's name in the DOT: its id with the characters XML cannot carry as
 * U+FFFD, capped, and a run of backslashes before a quote or at the end
 * made even: DOT strings have one escape, \", so "back\" would escape its
 * closing quote (Graphviz reads the name back with the backslash doubled). */
static void dot_name(erg_buf_t *b, const char *id)
{
    erg_buf_t safe = {0};
    erg__buf_add_xmlsafe(&safe, id);
    cap(&safe, DOT_NAME_MAX);
    const char *s = safe.buf ? safe.buf : "";
    while (*s) {
        size_t run = strspn(s, "\\");
        erg__buf_add(b, s, run ? run : 1);
        if (run % 2 && (s[run] == '"' || !s[run]))
            erg__buf_adds(b, "\\");
        s += run ? run : 1;
    }
    erg__buf_add(b, "", 0);
    erg__buf_release(&safe);
}

/* Appends `s` escaped for an HTML-like label (text only). ']' is written
 * as a character reference: Graphviz 2.42's label lexer loses a text made
 * of ']' alone, which expat holds back as a possible "]]>", and fails the
 * layout ("in label of node ]"; found by fuzzing the writers). */
static void add_html(erg_buf_t *b, const char *s)
{
    for (; *s; s++) {
        int ok;
        size_t n = erg__xml_char(s, &ok);
        switch (*s) {
        case ']': erg__buf_adds(b, "&#93;"); break;
        case '&': erg__buf_adds(b, "&amp;"); break;
        case '<': erg__buf_adds(b, "&lt;"); break;
        case '>': erg__buf_adds(b, "&gt;"); break;
        case '"': erg__buf_adds(b, "&quot;"); break;
        case '\t': case '\n': case '\r': erg__buf_adds(b, " "); break;
        default: erg__buf_add(b, ok ? s : ERG_REPLACEMENT, ok ? n : strlen(ERG_REPLACEMENT));
        }
        s += n - 1;
    }
}

/* Sets an escString attribute from a buffer (empty when out of memory). */
static void set_buf(void *obj, const char *name, erg_buf_t *b)
{
    cap(b, TOOLTIP_MAX);
    set(obj, name, b->buf ? b->buf : "");
    erg__buf_release(b);
}

/* The title, caption and legend: an HTML-like table under the drawing, so
 * that it is placed by every layout and counted in the canvas. Bold and
 * plain text never share a cell, nor two font sizes: a browser draws each
 * run of text with its own fonts, and Graphviz's spaces between runs are
 * lost ("weight1 to 22"), its baselines shifted. */
static char *legend(const erg_plan_t *p, const erg_render_opts_t *o)
{
    erg_buf_t b = {0};
    erg__buf_adds(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">");
    if (*p->title) {
        erg__buf_adds(&b, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"24\"><B>");
        add_html(&b, p->title);
        erg__buf_adds(&b, "</B></FONT></TD></TR>");
    }
    if (*p->caption) { /* an empty FONT leaks its label in Graphviz 2.43's parser */
        erg__buf_adds(&b, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">");
        add_html(&b, p->caption);
        erg__buf_adds(&b, "</FONT></TD></TR>");
    }
    erg__buf_adds(&b, "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"4\" "
                     "CELLPADDING=\"1\"><TR>");
    erg__buf_printf(&b, "<TD><FONT POINT-SIZE=\"16\"><B>Colour: %s</B></FONT></TD>",
                   o->color_by == ERG_COLOR_COMMUNITY ? "community" : "type");
    for (size_t k = 0; k < p->nkeys; k++) {
        erg__buf_printf(&b, "<TD BGCOLOR=\"%s\" WIDTH=\"16\" HEIGHT=\"16\" FIXEDSIZE=\"TRUE\"></TD>"
                           "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">", p->keys[k].fill);
        add_html(&b, p->keys[k].text);
        erg__buf_adds(&b, "</FONT></TD>");
    }
    erg__buf_adds(&b, "<TD WIDTH=\"24\"></TD><TD><FONT POINT-SIZE=\"16\"><B>Circle area: ");
    add_html(&b, o->size_by);
    erg__buf_printf(&b, "</B></FONT></TD><TD><FONT POINT-SIZE=\"16\">%.3g to %.3g</FONT></TD>",
                   p->vmin, p->vmax);
    erg__buf_adds(&b, "<TD WIDTH=\"24\"></TD><TD><FONT POINT-SIZE=\"16\"><B>Line width: "
                     "weight</B></FONT></TD>");
    if (p->nlinks)
        erg__buf_printf(&b, "<TD><FONT POINT-SIZE=\"16\">%g to %g</FONT></TD>", p->wmin, p->wmax);
    erg__buf_adds(&b, "</TR></TABLE></TD></TR>");
    /* an empty FONT element is a syntax error for Graphviz: an empty line is left out */
    if (p->shown_text && *p->shown_text) {
        erg__buf_adds(&b, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">");
        add_html(&b, p->shown_text);
        erg__buf_adds(&b, "</FONT></TD></TR>");
    }
    erg__buf_adds(&b, "</TABLE>");
    return b.buf;
}

/* "1 article", "2 articles". */
static const char *plural(double n) { return n == 1 ? "" : "s"; }

static void node_tooltip(erg_buf_t *b, const erg_graph_t *g, const erg_measures_t *m, size_t i)
{
    const erg_node_t *nd = &g->nodes[i];
    add_esc(b, nd->id);
    erg__buf_printf(b, "\\n%s, %ld mention%s in %ld article%s\\npagerank %.4f, degree %.0f, "
                      "strength %g, betweenness %.4f",
                   erg_type_name(nd->type), nd->mentions, plural((double)nd->mentions),
                   nd->documents, plural((double)nd->documents), m->pagerank[i],
                   m->degree[i], m->strength[i], m->betweenness[i]);
    const double *community = erg_measures_get(m, "community");
    if (community)
        erg__buf_printf(b, ", community %g", community[i]);
    for (size_t k = 0; k < nd->naliases && k < 8; k++) {
        erg__buf_adds(b, k ? "; " : "\\nwritten: ");
        add_esc(b, nd->aliases[k]);
    }
    if (nd->naliases > 8)
        erg__buf_printf(b, " and %zu more", nd->naliases - 8);
}

static void link_tooltip(erg_buf_t *b, const erg_graph_t *g, const erg_link_t *l)
{
    add_esc(b, g->nodes[l->source].id);
    erg__buf_adds(b, " \xE2\x80\x93 ");
    add_esc(b, g->nodes[l->target].id);
    erg__buf_printf(b, "\\nweight %g, together in %ld window%s of %zu article%s", l->weight,
                   l->count, plural((double)l->count), l->ndocs, plural((double)l->ndocs));
    char *ev = l->nevidence ? erg__plan_excerpt(l->evidence[0].text, 300) : NULL;
    if (ev) {
        erg__buf_adds(b, "\\n\xE2\x80\x9C");
        add_esc(b, ev);
        erg__buf_adds(b, "\xE2\x80\x9D");
    }
    free(ev);
}

static void graph_attrs(Agraph_t *G, const erg_plan_t *p, const erg_render_opts_t *o)
{
    set(G, "layout", o->layout);
    /* prism removes the overlaps of nodes with their names and keeps the
     * layout's shape; sep leaves a margin around each. */
    set(G, "overlap", "prism");
    set(G, "overlap_scaling", "-3");
    set(G, "sep", "+7");
    set(G, "ratio", "0.62"); /* spread a long, flat layout to a page's shape */
    set(G, "start", "1"); /* a fixed seed: the same network and options, the same places */
    set(G, "splines", "line");
    set(G, "outputorder", "edgesfirst");
    set(G, "pad", "0.3");
    set(G, "bgcolor", "white");
    set(G, "fontname", "DejaVu Sans");
    set(G, "labelloc", "b");
    set(G, "labeljust", "l");
    char *html = legend(p, o);
    char *label = html ? agstrdup_html(G, html) : NULL;
    if (label) {
        set(G, "label", label);
        agstrfree(G, label);
    }
    free(html);
}

/* A node's diameter in inches for its scale r = sqrt(value / max): area
 * proportional to the value, the smallest still visible. */
static double node_diameter(double r)
{
    double d = 0.85 * r;
    return d < 0.14 ? 0.14 : d;
}

/* Graphviz centres a node's label on it: an HTML-like label whose empty
 * first row is as tall as the circle and the name's row together puts the
 * name under a circle of `radius` points, on a pale ground that keeps it
 * readable over the links. Overlap removal keeps these boxes apart, so
 * names never overlap. */
static char *label_under(const char *name, double radius, double font)
{
    erg_buf_t b = {0};
    erg__buf_printf(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                       "<TR><TD HEIGHT=\"%.0f\"></TD></TR><TR><TD BGCOLOR=\"#FFFFFFB8\" "
                       "CELLPADDING=\"1\"><FONT POINT-SIZE=\"%.1f\">",
                   2 * radius + 2 * 2 + 1.2 * font + 2, font);
    erg_buf_t capped = {0};
    erg__buf_adds(&capped, name);
    cap(&capped, LABEL_MAX);
    add_html(&b, capped.buf ? capped.buf : "");
    erg__buf_release(&capped);
    erg__buf_adds(&b, "</FONT></TD></TR></TABLE>");
    return b.buf;
}

static Agraph_t *build(const erg_graph_t *g, const erg_measures_t *m, const erg_plan_t *p,
                       const erg_render_opts_t *o)
{
    Agraph_t *G = agopen((char *)"ergraph", Agstrictundirected, NULL);
    Agnode_t **nodes = calloc(g->nnodes + 1, sizeof *nodes);
    if (!G || !nodes) {
        if (G)
            agclose(G);
        free(nodes);
        return NULL;
    }
    graph_attrs(G, p, o);
    char id[32];
    for (size_t k = 0; k < p->nshown; k++) {
        size_t i = p->shown[k];
        erg_buf_t b = {0};
        dot_name(&b, g->nodes[i].id);
        snprintf(id, sizeof id, "n%zu", i);
        /* two ids that differ only in what is replaced or cut: by index */
        const char *name = b.buf && !agnode(G, b.buf, 0) ? b.buf : id;
        Agnode_t *n = nodes[i] = agnode(G, (char *)name, 1);
        erg__buf_release(&b);
        double r = erg__plan_node_scale(p, i);
        const erg_plan_key_t *key = &p->keys[p->key[i]];
        /* A circle whose area follows the measure, whatever its name's
         * length; the name under it. */
        double d = node_diameter(r);
        set(n, "shape", "circle");
        setf(n, "width", "%.3f", d);
        if (k < p->nlabelled) {
            double font = 10.0 + 12.0 * r;
            char *html = label_under(p->label[i], d * 72 / 2, font);
            char *label = html ? agstrdup_html(G, html) : NULL;
            set(n, "label", label ? label : "");
            if (label)
                agstrfree(G, label);
            free(html);
            setf(n, "fontsize", "%.1f", font);
            set(n, "fixedsize", "shape"); /* the label may be wider than the circle */
        } else {
            set(n, "label", "");
            set(n, "fixedsize", "true");
        }
        snprintf(id, sizeof id, "n%zu", i);
        set(n, "id", id);
        set(n, "style", "filled");
        set(n, "fillcolor", key->fill);
        set(n, "fontcolor", "#1A1A1A");
        set(n, "color", "#333333");
        set(n, "penwidth", "0.7");
        set(n, "fontname", "DejaVu Sans");
        node_tooltip(&b, g, m, i);
        set_buf(n, "tooltip", &b);
    }
    for (size_t k = 0; k < p->nlinks; k++) {
        const erg_link_t *l = &g->links[p->links[k]];
        Agedge_t *e = agedge(G, nodes[l->source], nodes[l->target], NULL, 1);
        double r = erg__plan_link_scale(p, g, p->links[k]);
        setf(e, "penwidth", "%.2f", 0.4 + 5.6 * r);
        char color[16];
        snprintf(color, sizeof color, "#404040%02X", (unsigned)(40 + 190 * r));
        set(e, "color", color);
        snprintf(id, sizeof id, "e%zu", p->links[k]);
        set(e, "id", id);
        erg_buf_t b = {0};
        link_tooltip(&b, g, l);
        set_buf(e, "tooltip", &b);
    }
    free(nodes);
    return G;
}

/* gvRenderData's length is unsigned int * in Graphviz 2.42, size_t * later. */
static int render_data(GVC_t *gvc, Agraph_t *G, const char *format, char **data, size_t *len)
{
    unsigned int n = 0;
    int rc = gvRenderData(gvc, G, format, data, &n);
    *len = n;
    return rc;
}

/* Can Graphviz read the DOT text buf[0..len) back? cgraph writes what its
 * own reader may refuse (a string past its lexer's limit), and a DOT file
 * that `dot` cannot read is no output. Read through a FILE, as `dot` reads
 * it: cgraph's file reader reads in lines of a fixed size, and a long line
 * breaks there but not from memory. */
static int check_dot(const char *buf, size_t len, const char *path, erg_error_t *err)
{
    gv_last_error[0] = '\0';
    FILE *in = len ? fmemopen((void *)buf, len, "r") : NULL;
    Agraph_t *back = in ? agread(in, NULL) : NULL;
    if (in)
        fclose(in);
    int rc = 0;
    if (!back || gv_last_error[0])
        rc = erg__fail(err, ERG_ERENDER, "cannot write '%s': Graphviz cannot read the DOT it made: %s",
                       path, gv_last_error[0] ? gv_last_error : "no reason given");
    if (back)
        agclose(back);
    return rc;
}

/* Renders G as a PDF page: the drawing as it is laid out, scaled down to
 * fit an A4 or Letter landscape page with 0.4 inch all round (smaller for
 * a small drawing). The page size is the drawing's
 * at render time (GD_drawing), so that nothing moves: reading the laid-out
 * DOT back to set "size" gave another picture (each circle as big as its
 * name, the places pushed apart). */
/* The page size a PDF's /MediaBox gives, 0 when none is found. */
static int media_box(const char *pdf, size_t len, double *w, double *h)
{
    static const char key[] = "/MediaBox [ 0 0 ";
    for (const char *p = pdf; p && (size_t)(p - pdf) + sizeof key < len;) {
        p = memchr(p, '/', len - (size_t)(p - pdf));
        if (p && (size_t)(pdf + len - p) > sizeof key && memcmp(p, key, sizeof key - 1) == 0)
            return sscanf(p + sizeof key - 1, "%lf %lf", w, h) == 2;
        if (p)
            p++;
    }
    return 0;
}

static int render_page(GVC_t *gvc, Agraph_t *G, const erg_render_opts_t *o, char **data,
                       size_t *len)
{
    int letter = o->paper == ERG_PAPER_LETTER;
    pointf size = GD_drawing(G)->size, margin = GD_drawing(G)->margin;
    boolean filled = GD_drawing(G)->filled;
    double w = letter ? 792 : 842, h = letter ? 612 : 595;
    double bw = GD_bb(G).UR.x - GD_bb(G).LL.x, bh = GD_bb(G).UR.y - GD_bb(G).LL.y;
    double ew = 2 * 28.8 + 5, eh = ew; /* what the page adds to the drawing: margins, pad */
    GD_drawing(G)->filled = FALSE;
    GD_drawing(G)->margin.x = GD_drawing(G)->margin.y = 28.8; /* 0.4 inch */
    int rc = -1;
    /* the page is zoom * drawing + what it adds, and Graphviz's zoom is
     * size / drawing; what it adds depends a little on the drawing (its
     * caption, the pad scaled), so it is read off a first page and the
     * page drawn again when it missed the paper */
    for (int pass = 0; pass < 3; pass++) {
        double z = fmin((w - ew) / bw, (h - eh) / bh), pw, ph;
        if (z > 1 || !(z > 0))
            z = 1; /* a small drawing keeps its size */
        GD_drawing(G)->size.x = z * bw;
        GD_drawing(G)->size.y = z * bh;
        if (*data)
            gvFreeRenderData(*data);
        *data = NULL;
        if ((rc = render_data(gvc, G, "pdf", data, len)) != 0 || !*data || z == 1 ||
            !media_box(*data, *len, &pw, &ph) || (pw <= w + 0.5 && ph <= h + 0.5 && (pw >= w - 1 || ph >= h - 1)))
            break;
        ew = pw - z * bw;
        eh = ph - z * bh;
    }
    GD_drawing(G)->size = size;
    GD_drawing(G)->margin = margin;
    GD_drawing(G)->filled = filled;
    return rc;
}

/* What the drawing process is given: the drawing and the formats wanted. */
typedef struct {
    const erg_graph_t *g;
    const erg_measures_t *m;
    const erg_plan_t *p;
    const erg_render_opts_t *o;
    const char *const *paths;
    const erg_format_t *formats;
    size_t n;
} job_t;

/* The drawing process sends each format's bytes as a header and the bytes. */
typedef struct {
    size_t i, len;
} blob_t;

/* Renders format i of the job from the laid-out G and sends it to fd. */
static int render_one(GVC_t *gvc, Agraph_t *G, const job_t *j, size_t i, int fd, erg_error_t *err)
{
    erg_format_t f = j->formats[i];
    const char *format = f == ERG_FORMAT_HTML ? "svg" : format_names[f];
    char *data = NULL;
    size_t len = 0;
    int rc = 0;
    gv_last_error[0] = '\0';
    if ((f == ERG_FORMAT_PDF ? render_page(gvc, G, j->o, &data, &len)
                             : render_data(gvc, G, format, &data, &len)) != 0 ||
        !data || gv_last_error[0])
        rc = erg__fail(err, ERG_ERENDER, "cannot render %s: %s", format,
                      gv_last_error[0] ? gv_last_error : "no Graphviz plugin for it");
    else if (f == ERG_FORMAT_DOT)
        rc = check_dot(data, len, j->paths[i], err);
    blob_t h = {i, len};
    if (!rc && (erg__write_all(fd, &h, sizeof h) || erg__write_all(fd, data, len)))
        rc = erg__fail(err, ERG_EIO, "cannot send the drawing: %s", strerror(errno));
    if (data)
        gvFreeRenderData(data);
    return rc;
}

/* Builds the drawing of g and lays it out with o->layout; *out gets the
 * graph (NULL when it could not be built), which the caller closes. An
 * error Graphviz reports is a failure even when gvLayout returns 0 (a
 * label it cannot read is dropped, and the picture made without it): then
 * the layout is freed here. 0: laid out, the caller frees the layout. */
static int lay_out(GVC_t *gvc, const erg_graph_t *g, const erg_measures_t *m, const erg_plan_t *plan,
                   const erg_render_opts_t *o, Agraph_t **out, erg_error_t *err)
{
    gv_last_error[0] = '\0';
    Agraph_t *G = *out = build(g, m, plan, o);
    int laid_out = G ? gvLayout(gvc, G, o->layout) : -1;
    if (!G)
        return erg__fail(err, ERG_ENOMEM, "out of memory building the drawing");
    if (laid_out != 0)
        return erg__fail(err, ERG_ERENDER, "layout '%s' failed: %s", o->layout,
                         gv_last_error[0] ? gv_last_error : "Graphviz gave no reason");
    if (gv_last_error[0]) {
        gvFreeLayout(gvc, G);
        return erg__fail(err, ERG_ERENDER, "layout '%s' failed: %s", o->layout, gv_last_error);
    }
    return 0;
}

/* The blob that carries the child's times of the layout and of the
 * drawing (--verbose) rather than a picture: two doubles, in seconds. */
#define TIMES_BLOB ((size_t)-1)

/* erg_child_fn: lays the drawing out once for every format, so that the
 * pictures of one run agree, and sends each. *where is the format being
 * rendered, -1 while laying out. */
static int draw(void *ctx, int fd, int *where, erg_error_t *err)
{
    const job_t *j = ctx;
    *where = -1;
    GVC_t *gvc = context();
    if (!gvc)
        return erg__fail(err, ERG_ERENDER, "cannot start Graphviz");
    Agraph_t *G;
    double t0 = erg__timing_start(), t1 = 0;
    int rc = lay_out(gvc, j->g, j->m, j->p, j->o, &G, err);
    if (t0)
        t1 = erg__timing_start();
    if (!rc) {
        for (size_t i = 0; i < j->n && !rc; i++) {
            *where = (int)i;
            rc = render_one(gvc, G, j, i, fd, err);
        }
        gvFreeLayout(gvc, G);
    }
    if (G)
        agclose(G);
    if (!rc && t0) { /* the parent adds them up: the child's own tally dies with it */
        double times[2] = {t1 - t0, erg__timing_start() - t1};
        blob_t h = {TIMES_BLOB, sizeof times};
        if (erg__write_all(fd, &h, sizeof h) || erg__write_all(fd, times, sizeof times))
            rc = erg__fail(err, ERG_EIO, "cannot send the drawing: %s", strerror(errno));
    }
    return rc;
}

/* A line Graphviz's plugins or the libraries under them (cairo, Pango,
 * fontconfig, GLib) printed that means a picture lost something or was not
 * made: "failure to create cairo surface: out of memory", "cairo: out of
 * memory", a Pango warning or critical (a label not drawn), a GLib error.
 * Other lines (fontconfig's remarks on its configuration, cairo scaling a
 * large bitmap down) are warnings. */
static int lost(const char *line)
{
    static const char *const marks[] = {"out of memory", "Out of memory", "Cannot allocate memory",
                                        "failure to create cairo surface", "-CRITICAL **",
                                        "-ERROR **", "Pango-WARNING **", NULL};
    for (size_t i = 0; marks[i]; i++)
        if (strstr(line, marks[i]))
            return 1;
    return strncmp(line, "cairo: ", 7) == 0;
}

static int about_memory(const char *line)
{
    return strstr(line, "memory") || strstr(line, "Resource temporarily unavailable");
}

/* The line without the decorations its library put around it: GLib's
 * "(process:123): " and time of day, Graphviz's "(null): ". */
static const char *plain(char *line)
{
    if (strncmp(line, "(process:", 9) == 0 && strstr(line, "): "))
        line = strstr(line, "): ") + 3;
    if (strncmp(line, "(null): ", 8) == 0)
        line += 8;
    char *stars = strstr(line, " **: ");
    if (stars) { /* "GLib-ERROR **: 08:01:44.639: text" -> "GLib-ERROR: text" */
        char *t = stars + 5;
        size_t k = strspn(t, "0123456789:.");
        while (k && t[k - 1] == ':')
            k--;
        if (k && strncmp(t + k, ": ", 2) == 0)
            t += k + 2;
        stars[0] = ':';
        stars[1] = ' ';
        memmove(stars + 2, t, strlen(t) + 1);
    }
    return line;
}

/* Is the process's memory bounded (ulimit -v, -d)? Then cairo, Pango and
 * GLib crash where it runs out (SIGSEGV, SIGTRAP) as often as they say so. */
static int memory_limit(unsigned long long *bytes)
{
    struct rlimit r;
    *bytes = 0;
    if (getrlimit(RLIMIT_AS, &r) == 0 && r.rlim_cur != RLIM_INFINITY)
        *bytes = r.rlim_cur;
    else if (getrlimit(RLIMIT_DATA, &r) == 0 && r.rlim_cur != RLIM_INFINITY)
        *bytes = r.rlim_cur;
    return *bytes != 0;
}

/* The verdict on a drawing process: the first line of its standard error
 * that means lost output, or the signal that ended it, fails the command
 * (before an error of its own, which may follow from it); the other lines
 * are warnings. */
static int judge(erg_child_t *c, const job_t *j, erg_error_t *err)
{
    const char *fatal = NULL;
    int rc = 0;
    char *save = NULL;
    unsigned long long limit;
    for (char *line = c->log.len ? strtok_r(c->log.buf, "\n", &save) : NULL; line;
         line = strtok_r(NULL, "\n", &save)) {
        int bad = lost(line);
        const char *text = plain(line);
        if (bad && !fatal)
            fatal = text;
        else if (!bad && *text)
            erg__warn("%s", text);
    }
    if (!fatal && !c->signo && c->rc)
        return c->rc; /* its own error, in err */
    if (!fatal && !c->signo)
        return 0;
    char what[64];
    if (c->where < 0)
        snprintf(what, sizeof what, "layout '%s' failed", j->o->layout);
    else
        snprintf(what, sizeof what, "cannot render %s",
                 j->formats[c->where] == ERG_FORMAT_HTML ? "svg" : format_names[j->formats[c->where]]);
    if (fatal && about_memory(fatal))
        rc = erg__fail(err, ERG_ENOMEM, "%s: out of memory (%s)", what, fatal);
    else if (fatal)
        rc = erg__fail(err, ERG_ERENDER, "%s: %s", what, fatal);
    else if (c->signo && memory_limit(&limit))
        rc = erg__fail(err, ERG_ENOMEM,
                      "%s: out of memory (Graphviz was killed by signal %d (%s) under a memory "
                      "limit of %llu MB)", what, c->signo, strsignal(c->signo), limit >> 20);
    else if (c->signo)
        rc = erg__fail(err, ERG_ERENDER, "%s: Graphviz was killed by signal %d (%s)", what,
                      c->signo, strsignal(c->signo));
    else
        rc = erg__fail(err, ERG_ERENDER, "%s: the drawing process ended without its result", what);
    return rc;
}

/* Writes the formats the drawing process sent to their paths: the HTML
 * page around its SVG, the others as they are. */
static int write_all(const erg_buf_t *out, const job_t *j, erg_error_t *err)
{
    const char **data = calloc(j->n + 1, sizeof *data);
    size_t *len = calloc(j->n + 1, sizeof *len);
    int rc = data && len ? 0 : erg__fail(err, ERG_ENOMEM, "out of memory");
    for (size_t at = 0; !rc && at < out->len;) {
        blob_t h;
        if (out->len - at < sizeof h)
            break;
        memcpy(&h, out->buf + at, sizeof h);
        at += sizeof h;
        if (h.i == TIMES_BLOB && h.len == 2 * sizeof(double) && h.len <= out->len - at) {
            double times[2], now = erg__timing_start();
            memcpy(times, out->buf + at, sizeof times);
            at += sizeof times;
            if (now) {
                erg__timing_add("layout", now - times[0]);
                erg__timing_add("draw", now - times[1]);
            }
            continue;
        }
        if (h.i >= j->n || h.len > out->len - at)
            break;
        data[h.i] = out->buf + at;
        len[h.i] = h.len;
        at += h.len;
    }
    for (size_t i = 0; i < j->n && !rc; i++) {
        if (!data[i]) {
            rc = erg__fail(err, ERG_ERENDER, "cannot render %s: the drawing process sent no picture",
                           format_names[j->formats[i]]);
        } else if (j->formats[i] == ERG_FORMAT_HTML) {
            erg_buf_t page = {0};
            rc = erg__html_page(&page, j->g, j->m, j->p, data[i], len[i]);
            rc = rc ? erg__fail(err, rc, "cannot write '%s': %s", j->paths[i], erg_strerror(rc))
                    : erg_write_file(j->paths[i], page.buf, page.len, err);
            erg__buf_release(&page);
        } else {
            rc = erg_write_file(j->paths[i], data[i], len[i], err);
        }
    }
    free(data);
    free(len);
    return rc;
}

/* Graphviz draws in a child process: cairo, Pango, fontconfig and GLib
 * crash or abort when memory runs out (SIGSEGV after "failure to create
 * cairo surface", SIGTRAP when GLib cannot start a thread), and report
 * lost output only on standard error. The child's death or such a line
 * fails the command with one line, and nothing is written. */
int erg_render_many(const erg_graph_t *g, const erg_measures_t *m, const erg_render_opts_t *o,
                    const char *const *paths, const erg_format_t *formats, size_t n,
                    erg_error_t *err)
{
    if (!erg_layout_valid(o->layout))
        return erg__fail(err, ERG_EINVAL, "unknown layout '%s'", o->layout);
    erg_plan_t plan;
    int rc = erg__plan_make(&plan, g, m, o, err);
    if (rc)
        return rc;
    job_t j = {g, m, &plan, o, paths, formats, n};
    erg_child_t c;
    fflush(NULL); /* nothing the parent buffered is written twice */
    rc = erg__child_run(draw, &j, &c, err);
    if (!rc)
        rc = judge(&c, &j, err);
    if (!rc)
        rc = write_all(&c.out, &j, err);
    erg__buf_release(&c.out);
    erg__buf_release(&c.log);
    erg__plan_release(&plan);
    return rc;
}

int erg_render(const erg_graph_t *g, const erg_measures_t *m, const erg_render_opts_t *o,
               const char *path, erg_error_t *err)
{
    return erg_render_many(g, m, o, &path, &o->format, 1, err);
}

int erg_render_positions(const erg_graph_t *g, const erg_measures_t *m,
                         const erg_render_opts_t *o, double *xy, erg_error_t *err)
{
    for (size_t i = 0; i < 2 * g->nnodes; i++)
        xy[i] = NAN;
    if (!erg_layout_valid(o->layout))
        return erg__fail(err, ERG_EINVAL, "unknown layout '%s'", o->layout);
    GVC_t *gvc = context();
    if (!gvc)
        return erg__fail(err, ERG_ERENDER, "cannot start Graphviz");
    erg_plan_t plan;
    int rc = erg__plan_make(&plan, g, m, o, err);
    if (rc)
        return rc;
    Agraph_t *G;
    rc = lay_out(gvc, g, m, &plan, o, &G, err);
    for (Agnode_t *n = rc ? NULL : agfstnode(G); n; n = agnxtnode(G, n)) {
        const char *id = agget(n, (char *)"id"); /* "n<index>", as the pages' ids */
        char *end;
        unsigned long i = id && id[0] == 'n' ? strtoul(id + 1, &end, 10) : (unsigned long)-1;
        if (i < g->nnodes) {
            xy[2 * i] = ND_coord(n).x;
            xy[2 * i + 1] = ND_coord(n).y;
        }
    }
    if (!rc)
        gvFreeLayout(gvc, G);
    if (G)
        agclose(G);
    erg__plan_release(&plan);
    return rc;
}
