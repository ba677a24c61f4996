/*
 * store.h: where a built network keeps its links' articles and evidence:
 * one arena of strings (article ids, snippet texts) and one array each of
 * evidence records and article pointers, shared by all links, instead of
 * a malloc per string. The builder fills it while counting and hands it to
 * the erg_graph_t it finishes (erg_graph_t.store); graph.c frees it.
 * Internal, not installed.
 */
#ifndef ERG_STORE_H
#define ERG_STORE_H

#include "internal.h"

/* What erg_graph_t.store points to. The links' `docs` and `evidence` point
 * into `docs` and `evidence`, their strings into `strings`. */
struct erg_graph_store {
    erg_arena_t strings;
    erg_evidence_t *evidence;
    char **docs;
};

void erg_graph_store_free(struct erg_graph_store *s);

#endif
