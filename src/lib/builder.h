/*
 * builder.h: the state of a network being counted, shared by cooccur.c,
 * which counts articles into it and turns it into a network, and part.c,
 * which writes it as a shard's partial counts (ergraph count) and adds such
 * counts back into a builder (ergraph merge). Internal, not installed.
 *
 * Everything here is the builder's: names, aliases, evidence and article
 * ids are its own copies, freed by erg_builder_free.
 */
#ifndef ERG_BUILDER_H
#define ERG_BUILDER_H

#include "build_meta.h"

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

typedef struct {
    size_t a, b;       /* node indexes, a < b */
    long count;
    size_t last_doc;
    size_t *docs;      /* article indexes, ascending */
    size_t ndocs, dcap;
    erg_evidence_t *ev;
    size_t nev, evcap;
} erg_blink_t;

struct erg_builder {
    erg_build_opts_t opts;
    erg_bnode_t *nodes;
    size_t n, ncap;
    erg_map_t node_index;
    erg_blink_t *links;
    size_t m, lcap;
    erg_map_t link_index;
    char **docs;       /* article ids, in the order counted */
    size_t ndocs, dcap;
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
int erg_builder_link_doc(erg_blink_t *l, size_t doc);

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
/* The window option as text: "sentence", "tokens:5". */
void erg_part_window(const erg_build_opts_t *o, char win[32]);

#endif
