/*
 * network.h: what the pipeline stage needs of the network stage beyond the
 * public builder API: recording a shard's inputs and figures for its part.
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

#endif
