/*
 * network.h: what later stages need of the network stage beyond the public
 * builder API: recording a shard's inputs and figures for its part (the
 * pipeline), the backbone rule (render draws the backbone build keeps), and
 * the link store a network's strings live in (io reads graph files into one).
 */
#ifndef ERG_NETWORK_H
#define ERG_NETWORK_H

#include "ergraph.h"
#include "mem.h"

/* ---- the link store of a built network ----------------------------------- */

/* Where a built network keeps its links' articles and evidence: one arena
 * of strings (article ids, snippet texts) and one array each of evidence
 * records and article pointers, shared by all links, instead of a malloc
 * per string. The builder fills it while counting and hands it to the
 * erg_graph_t it finishes (erg_graph_t.store); graph.c frees it. A graph
 * file read back (io/json_read.c) keeps its links' strings in one too. */
/* What erg_graph_t.store points to. The links' `docs` and `evidence` point
 * into `docs` and `evidence`, their strings into `strings`. */
struct erg_graph_store {
    erg_arena_t strings;
    erg_evidence_t *evidence;
    char **docs;
};

/* ---- for the pipeline and render ----------------------------------------- */

/* Appends `input` to the inputs the builder records. */
int erg__builder_add_input(erg_builder_t *b, const char *input);
/* Records, for the part b will be written as, the size and digest of the
 * gazetteer its articles were recognized with, the digest of the word
 * lists and tagger models (ERG_DIGEST_HEX text), and the files and
 * articles skipped. */
void erg__part_note(erg_builder_t *b, size_t gazetteer_size, const char *gazetteer_digest,
                   const char *lists_digest, size_t skipped_files, size_t skipped_articles);
/* Sets keep[l] (g->nlinks entries) for each link of g significant at level
 * alpha by the disparity filter (prune.c); *kept gets how many. ERG_ENOMEM
 * or 0. */
int erg__graph_backbone(const erg_graph_t *g, double alpha, char *keep, size_t *kept);

#endif
