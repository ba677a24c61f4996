/*
 * links.h: what the modules that make links share; internal, not installed.
 *
 *   windows.c   an article's mentions -> its windows (sets of entities)
 *   cooccur.c   windows -> counts, frequencies, evidence (the builder)
 *   weights.c   counts and frequencies -> link weights
 *   prune.c     the pruning steps and the disparity-filter backbone
 *   dates.c     article dates and periods
 *
 * Data flows down this list; none of these calls back up it.
 */
#ifndef ERG_LINKS_H
#define ERG_LINKS_H

#include "internal.h"

/* ---- graph.c: editing a network in place --------------------------------- */

/* Keeps link i when keep[i]; frees the others. Order is preserved. */
void erg_graph_keep_links(erg_graph_t *g, const char *keep);
/* Keeps node i when keep[i], with the links between kept nodes; frees the
 * rest and renumbers, preserving order (nodes stay sorted by id). */
int erg_graph_keep_nodes(erg_graph_t *g, const char *keep);

/* ---- windows.c ---------------------------------------------------------- */

/* Called once per window that holds at least one entity: `ents` are the
 * distinct entity keys of the window (k of them, in text order), `sents` the
 * sentence of each one's first mention in it, and `mult` the number of
 * identical consecutive windows this call stands for (always 1 except for
 * tokens:N). Returns 0 or an ERG_E* code, which stops the walk. */
typedef int erg_window_fn(void *ctx, const size_t *ents, const size_t *sents, size_t k,
                          long mult);

/* Walks the windows of article `a` (option window, window_tokens). `key[i]`
 * is the entity key of mention i, or (size_t)-1 for a mention left out
 * (a byline, a type not linked). */
int erg_windows_each(const erg_build_opts_t *o, const erg_article_t *a, const erg_mentions_t *m,
                     const size_t *key, erg_window_fn *fn, void *ctx);

/* ---- weights.c ---------------------------------------------------------- */

/* The weight of a link of count c between entities of frequencies fi, fj
 * among n windows; si, sj are the ends' total counts over all links and
 * `total` the sum of all link counts (association strength only). May be
 * zero or negative for pmi. */
double erg_weight_value(erg_weight_t w, double c, double fi, double fj, double n, double si,
                        double sj, double total);

/* Sets every link's weight from its count; freq[i] is node i's frequency and
 * n the number of windows. Links whose weight is not positive are dropped;
 * their number goes to *dropped. */
int erg_weights_apply(erg_graph_t *g, const long *freq, long n, erg_weight_t w, size_t *dropped);

/* ---- prune.c ------------------------------------------------------------ */

enum { ERG_PRUNE_STEPS = 6 };

/* What each pruning step removed, in the order the steps ran. */
typedef struct {
    const char *step[ERG_PRUNE_STEPS];
    size_t nodes[ERG_PRUNE_STEPS], links[ERG_PRUNE_STEPS];
    size_t n;
} erg_prune_report_t;

/* Applies the pruning options of `o` to `g` in the documented order:
 * min_mentions, min_count, max_nodes, backbone, top_links, giant. */
int erg_graph_prune(erg_graph_t *g, const erg_build_opts_t *o, erg_prune_report_t *r);

/* The disparity-filter significance of link l seen from its end `node`:
 * (1 - w/s)^(k - 1) with s, k the node's strength and degree. */
double erg_disparity_alpha(double w, double s, double k);

/* ---- dates.c ------------------------------------------------------------ */

typedef struct {
    int y, m, d;       /* y == 0: no year given */
    size_t start, end; /* its bytes in the text */
} erg_date_t;

/* The first date in text[from..len), or 0 when there is none. */
int erg_date_scan(const char *text, size_t len, size_t from, erg_date_t *out);

#endif
