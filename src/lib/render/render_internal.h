/*
 * render_internal.h: what a drawing shows, decided before Graphviz is called.
 *
 * plan.c (no Graphviz calls) picks the entities a picture shows, their
 * scales, colours and labels, the legend entries and the caption text;
 * render.c turns a plan into Graphviz attributes and html.c into the data of
 * the interactive page. Internal to the library (and its unit tests).
 */
#ifndef ERG_RENDER_INTERNAL_H
#define ERG_RENDER_INTERNAL_H

#include "ergraph.h"
#include "mem.h"

/* One colour of the legend. */
typedef struct {
    const char *fill, *font; /* static colour strings */
    char *text;              /* "person", or "Kim Jong Un and 12 more" */
} erg_plan_key_t;

#define ERG_PLAN_MAX_KEYS 8

typedef struct {
    size_t *shown;     /* node indexes drawn, strongest first (ties by id) */
    size_t nshown;
    long *slot;        /* per node of the network: position in shown, or -1 */
    size_t *links;     /* link indexes drawn: both ends shown, in link order */
    size_t nlinks;
    size_t nlabelled;  /* shown[0..nlabelled) carry a visible label */
    char *candidate;   /* per node: may be shown (reduce.c) */
    char *keep_link;   /* per link: may be shown (reduce.c) */
    size_t ncandidates;
    char *reduced;     /* "; the backbone at alpha 0.05 (80 of 164 links)...", or "" */
    double *value;     /* per node: the value of the size measure */
    double vmin, vmax; /* over the shown nodes */
    double wmin, wmax; /* weights over the shown links */
    int *key;          /* per node: index into keys (colour) */
    erg_plan_key_t keys[ERG_PLAN_MAX_KEYS];
    size_t nkeys;
    const char **label; /* per node: the name written beside it (borrowed from g) */
    erg_names_t names;  /* the choice made (auto resolved) */
    char *title;       /* the user's title, or the inputs' own names ("corpus") */
    char *caption;     /* the user's caption; articles, dates, window, weighting */
    char *shown_text;  /* "54 of 54 entities and 169 of 169 links shown..." */
} erg_plan_t;

/* Fills *p for drawing `g` with options `o`. Fails (ERG_EINVAL) on an
 * unknown size measure, or on community colouring when `m` has no
 * "community" measure. The caller releases *p. */
int erg__plan_make(erg_plan_t *p, const erg_graph_t *g, const erg_measures_t *m,
                  const erg_render_opts_t *o, erg_error_t *err);
void erg__plan_release(erg_plan_t *p);

/* reduce.c: fills p->candidate, p->keep_link and p->reduced from o's
 * backbone, focus and giant. Fails (ERG_EINVAL) when o->focus names no
 * entity or several, or ERG_ENOMEM. */
int erg__plan_reduce(erg_plan_t *p, const erg_graph_t *g, const erg_render_opts_t *o,
                    erg_error_t *err);

/* labels.c: fills p->label and p->names for the shown nodes, by `names`.
 * Returns 0 or ERG_ENOMEM. */
int erg__plan_labels(erg_plan_t *p, const erg_graph_t *g, erg_names_t names);

/* Node i's size on [0, 1]: sqrt(value / vmax), so that area follows value. */
double erg__plan_node_scale(const erg_plan_t *p, size_t i);
/* Link l's strength on [0, 1]: sqrt(weight / wmax). */
double erg__plan_link_scale(const erg_plan_t *p, const erg_graph_t *g, size_t l);

/* A copy of s[0..max) cut at a UTF-8 character boundary, with "…" when cut
 * and control characters as spaces; caller frees. */
char *erg__plan_excerpt(const char *s, size_t max);

/* html.c: appends to `out` the interactive page for the plan `p` of `g`,
 * around `svg` (Graphviz's SVG of that plan, len bytes). Returns 0 or
 * ERG_ENOMEM. */
int erg__html_page(erg_buf_t *out, const erg_graph_t *g, const erg_measures_t *m,
                  const erg_plan_t *p, const char *svg, size_t len);

#endif
