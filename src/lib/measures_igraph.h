/*
 * measures_igraph.h: what measures.c and community.c, the two igraph
 * modules, share. Not for any other module: it exposes igraph types.
 * Functions return igraph error codes; measures.c turns them into ERG_EGRAPH.
 */
#ifndef ERG_MEASURES_IGRAPH_H
#define ERG_MEASURES_IGRAPH_H

#include "internal.h"

#include <igraph/igraph.h>

/* Renumbers the partition `membership` (labels 0..k-1 over n nodes) into
 * out[0..n) so that part 0 is the largest, ties by their first node;
 * *nparts gets k. */
igraph_error_t erg_ig_relabel(const igraph_vector_int_t *membership, size_t n, double *out,
                              size_t *nparts);

/* Communities of `g` (weights `w`) by o->community at o->resolution, igraph's
 * RNG seeded with o->seed, relabelled as above into out[0..n). *ncomm gets
 * their number and *modularity the weighted modularity of the partition at
 * that resolution (NaN without links). */
igraph_error_t erg_ig_communities(const igraph_t *g, const igraph_vector_t *w,
                                  const erg_measures_opts_t *o, double *out, size_t *ncomm,
                                  double *modularity);

/* Newman's nominal assortativity of `g` on the node types of `gr`, links
 * unweighted (NaN when undefined: no links, or one type at both ends of all). */
igraph_error_t erg_ig_type_assortativity(const igraph_t *g, const erg_graph_t *gr, double *r);

/* Betweenness of every node, unnormalized as igraph_betweenness gives it,
 * estimated from the shortest paths (lengths `len`, NULL: hops) leaving k
 * sources drawn at random with igraph's RNG seeded with `seed`, scaled by
 * n/k; exact when k >= n. paths.c. */
igraph_error_t erg_ig_betweenness_sampled(const igraph_t *g, const igraph_vector_t *len, size_t k,
                                          unsigned long seed, igraph_vector_t *res);

/* Closeness (Wasserman-Faust, as measures.c defines it) into closeness[0..n)
 * and harmonic centrality into harmonic[0..n) (either may be NULL),
 * estimated from the distances to k pivots drawn as above; exact when
 * k >= n. paths.c. */
igraph_error_t erg_ig_closeness_sampled(const igraph_t *g, const igraph_vector_t *len, size_t k,
                                        unsigned long seed, double *closeness, double *harmonic);

#endif
