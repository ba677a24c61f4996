/*
 * network.h: what later stages need of the network stage beyond the public
 * builder API: recording a shard's inputs and figures for its part (the
 * pipeline), and the backbone rule (render draws the backbone build keeps).
 */
#ifndef ERG_NETWORK_H
#define ERG_NETWORK_H

#include "ergraph.h"

/* Appends `input` to the inputs the builder records. */
int erg__builder_add_input(erg_builder_t *b, const char *input);
/* Records, for the part b will be written as, the size of the gazetteer
 * its articles were recognized with and the files and articles skipped. */
void erg__part_note(erg_builder_t *b, size_t gazetteer_size, size_t skipped_files,
                   size_t skipped_articles);
/* Sets keep[l] (g->nlinks entries) for each link of g significant at level
 * alpha by the disparity filter (prune.c); *kept gets how many. ERG_ENOMEM
 * or 0. */
int erg__graph_backbone(const erg_graph_t *g, double alpha, char *keep, size_t *kept);

#endif
