/*
 * builder.h: the state of a network being counted, shared by cooccur.c,
 * which counts articles into it and turns it into a network, blinks.c, which
 * keeps its links and moves them into that network, and part.c,
 * which writes it as a shard's partial counts (ergraph count) and adds such
 * counts back into a builder (ergraph merge). Internal, not installed.
 *
 * Everything here is the builder's: names, aliases, evidence and article
 * ids are its own copies, freed by erg_builder_free. What grows with the
 * corpus is kept compact, since it is most of a build's memory: article ids
 * and snippets in one arena (store.h), each snippet once per article however
 * many links quote it; a link's articles a chain of 32-bit indexes in one
 * array; its evidence a run of one shared array. erg_builder_finish moves
 * all of it into the network rather than copying it.
 */
#ifndef ERG_BUILDER_H
#define ERG_BUILDER_H

#include "build_meta.h"
#include "store.h"

#include <stdint.h>

typedef struct {
    char *id;          /* the name first met for this node */
    char *key;         /* its phrase key, the node's identity; may be "" */
    erg_type_t type;   /* the type first met */
    long mentions, documents, freq;
    size_t last_doc, last_freq_doc;
    erg_map_t seen;    /* surface forms met */
    char **aliases;
    size_t naliases, acap;
} erg_bnode_t;

/* One article of a link: an index into the builder's docs, and the next
 * entry of the link's chain (in b->refs). */
typedef struct {
    uint32_t doc, next;
} erg_bref_t;

typedef struct {
    uint32_t a, b;          /* node indexes, a < b */
    uint32_t ndocs;         /* its articles, ascending: a chain in b->refs */
    uint32_t first, last;   /* from b->refs[first] to b->refs[last] */
    uint32_t nev;           /* its evidence: b->ev[ev .. ev + nev) */
    long count;
    size_t ev;
} erg_blink_t;

struct erg_builder {
    erg_build_opts_t opts;
    erg_bnode_t *nodes;
    size_t n, ncap;
    erg_map_t node_index;
    erg_blink_t *links;
    size_t m, lcap;
    uint32_t *link_slot; /* open addressing on (a, b): link index + 1, 0 free */
    size_t slot_cap;
    erg_bref_t *refs;  /* the links' article chains */
    size_t nrefs, rcap;
    erg_evidence_t *ev; /* the links' evidence; doc and text in `strings` */
    size_t nev, evcap;
    erg_arena_t strings; /* article ids, snippets */
    char **docs;       /* article ids (in `strings`), in the order counted */
    size_t ndocs, dcap;
    erg_map_t snips;   /* the article being added: its snippets by span */
    erg_build_stats_t st;
    /* shards (part.c): the inputs counted or of the parts read, in order;
     * the part that fixed the counting options; the gazetteer's size (0:
     * unknown) and what the counting runs skipped */
    char **inputs;
    size_t ninputs, icap;
    char *opts_from;
    char part_version[48];
    size_t gazetteer_size;
    size_t skipped_files, skipped_articles;
    /* the article being added, for the window callback */
    const erg_article_t *art;
    const erg_mentions_t *men;
    size_t doc;
};

/* The node whose identity is `key` (or `name` when the key is empty),
 * made with this name and type if new; its index goes to *out. */
int erg_builder_node(erg_builder_t *b, const char *name, const char *key, erg_type_t type,
                     size_t *out);
/* Adds surface form s[0..n) to the node's aliases unless already there. */
int erg_builder_alias(erg_bnode_t *nd, const char *s, size_t n);
/* The link between nodes x and y, made if new. The pointer is valid until
 * the next link is made. */
int erg_builder_link(erg_builder_t *b, size_t x, size_t y, erg_blink_t **out);
/* Appends an article id; its index goes to *out. */
int erg_builder_doc(erg_builder_t *b, const char *id, size_t *out);
/* Records that link l occurs in article `doc` (the latest one). */
int erg_builder_link_doc(erg_builder_t *b, erg_blink_t *l, size_t doc);
/* The latest article of link l, or (size_t)-1 when it has none. */
size_t erg_builder_last_doc(const erg_builder_t *b, const erg_blink_t *l);
/* Room for one more piece of evidence of link l (l->nev below the
 * evidence option): *out is b->ev[l->ev + l->nev], for the caller to fill
 * and count; valid until the next call. */
int erg_builder_ev_slot(erg_builder_t *b, erg_blink_t *l, erg_evidence_t **out);
/* s[0..n) with invalid UTF-8 replaced, copied into b's arena; NULL when
 * out of memory. */
char *erg_builder_text(erg_builder_t *b, const char *s, size_t n);
/* Moves b's links into g->links (rank[i]: node i's place in g, the links
 * left unsorted) and their articles, evidence and strings into g->store.
 * b keeps no link after. */
int erg_builder_move_links(erg_builder_t *b, erg_graph_t *g, const size_t *rank);
/* Frees what b's links hold (but not the strings). */
void erg_builder_links_release(erg_builder_t *b);

/* Appends `input` to the inputs the builder records. */
int erg_builder_add_input(erg_builder_t *b, const char *input);
/* Reads, recognizes and counts every article of `inputs` into `b`
 * (pipeline.c: the counting half of erg_build_network). */
int erg_builder_count(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                      erg_builder_t *b, erg_error_t *err);
/* The first part read (`path`, with counting options po, a gazetteer of
 * gz entries, counted by `version`) sets b's counting options; a later one
 * must agree: ERG_EINVAL naming both parts otherwise. */
int erg_part_adopt_opts(erg_builder_t *b, const char *path, const erg_build_opts_t *po, size_t gz,
                        const char *version, erg_error_t *err);

#endif
