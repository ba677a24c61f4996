/*
 * measures_internal.h: what measures.c, community.c and paths.c, the igraph
 * modules, share. Not for any other module: it exposes igraph types.
 * Functions return igraph error codes, which erg__ig_fail turns into
 * ERG_EGRAPH, unless they say otherwise.
 */
#ifndef ERG_MEASURES_INTERNAL_H
#define ERG_MEASURES_INTERNAL_H

#include "ergraph.h"

#include <igraph/igraph.h>

/* Renumbers the partition `membership` (labels 0..k-1 over n nodes) into
 * out[0..n) so that part 0 is the largest, ties by their first node;
 * *nparts gets k. */
igraph_error_t erg__ig_relabel(const igraph_vector_int_t *membership, size_t n, double *out,
                              size_t *nparts);

/* The most Leiden passes one run makes (erg__ig_leiden). */
#define ERG_LEIDEN_PASSES 100

/* Leiden from singletons into *memb (n entries), igraph's objective with
 * node weights `strength` and resolution `gamma`: passes one at a time,
 * each from the partition the last left, until one changes the partition
 * (which igraph 0.10's n_iterations = -1 gives, where it ends) or
 * max_passes have run. *passes gets how many ran. */
igraph_error_t erg__ig_leiden(const igraph_t *g, const igraph_vector_t *w,
                              const igraph_vector_t *strength, double gamma, unsigned max_passes,
                              igraph_vector_int_t *memb, unsigned *passes);

/* Communities of `g` (weights `w`) by o->community at o->resolution, igraph's
 * RNG seeded with o->seed, relabelled as above into out[0..n). *ncomm gets
 * their number and *modularity the weighted modularity of the partition at
 * that resolution (NaN without links). */
igraph_error_t erg__ig_communities(const igraph_t *g, const igraph_vector_t *w,
                                  const erg_measures_opts_t *o, double *out, size_t *ncomm,
                                  double *modularity);

/* Newman's nominal assortativity of `g` on the node types of `gr`, links
 * unweighted (NaN when undefined: no links, or one type at both ends of all). */
igraph_error_t erg__ig_type_assortativity(const igraph_t *g, const erg_graph_t *gr, double *r);

/* ---- igraph_glue.c: igraph's errors in ergraph's terms ------------------- */

/* The ERG_* code for igraph error `e`, with err filled ("igraph: MSG"). */
int erg__ig_fail(igraph_error_t e, erg_error_t *err);
/* Makes igraph return error codes instead of aborting, and its OpenMP
 * parts run on one thread so that results never vary between runs (once
 * per process; call before the first igraph call). */
void erg__ig_quiet(void);

/* The path measures m->opts asks for and m has arrays for (betweenness,
 * closeness, harmonic; weighted with lengths `dist`, and unweighted), as
 * measures.c defines them: exact, cut off or sampled as m->opts says, split
 * over m->opts.jobs processes (0: erg_default_jobs(); 1: none forked). 0, or
 * an ERG_* code with err filled. paths.c. */
int erg__ig_paths(const igraph_t *g, const igraph_vector_t *dist, erg_measures_t *m,
                 erg_error_t *err);

#endif
