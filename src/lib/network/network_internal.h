/*
 * network_internal.h: what the network stage's files share. Data flows
 * down this list; none of these calls back up it:
 *   options.c     the table of build options (defaults, metadata, parts)
 *   windows.c     an article's mentions -> its windows (sets of entities)
 *   builder.c     windows -> counts, frequencies, evidence; then the network
 *   links.c       the builder's links, moved into the network at the end
 *   weights.c     counts and frequencies -> link weights
 *   prune.c       the pruning steps and the disparity-filter backbone
 *   graph.c       the network in memory: release, lookup, editing in place
 *   metadata.c    the "graph" object: every option, what was counted and pruned
 *   part_write.c  the builder's counts as a part (ergraph count)
 *   part_read.c   a part added to a builder (ergraph merge)
 * Not for other stages, which use network.h.
 */
#ifndef ERG_NETWORK_INTERNAL_H
#define ERG_NETWORK_INTERNAL_H

#include "ergraph.h"
#include "digest.h"
#include "map.h"
#include "mem.h"
#include "network.h"

#include <cjson/cJSON.h>
#include <stdint.h>

/* ---- graph.c: editing a network in place --------------------------------- */

/* Keeps link i when keep[i]; frees the others. Order is preserved. */
void erg__graph_keep_links(erg_graph_t *g, const char *keep);
/* Keeps node i when keep[i], with the links between kept nodes; frees the
 * rest and renumbers, preserving order (nodes stay sorted by id). */
int erg__graph_keep_nodes(erg_graph_t *g, const char *keep);

/* ---- windows.c ---------------------------------------------------------- */

/* Called once per window that holds at least one entity: `ents` are the
 * distinct entity keys of the window (k of them, in text order), `firsts`
 * the index among the mentions of each one's first mention in it, and
 * `mult` the number of identical consecutive windows this call stands for
 * (always 1 except for tokens:N). Returns 0 or an ERG_E* code, which stops the walk. */
typedef int erg_window_fn(void *ctx, const size_t *ents, const size_t *firsts, size_t k,
                          long mult);

/* Walks the windows of article `a` (option window, window_tokens). `key[i]`
 * is the entity key of mention i, or (size_t)-1 for a mention left out
 * (a byline, a type not linked). */
int erg__windows_each(const erg_build_opts_t *o, const erg_article_t *a, const erg_mentions_t *m,
                     const size_t *key, erg_window_fn *fn, void *ctx);

/* ---- weights.c ---------------------------------------------------------- */

/* The weight of a link of count c between entities of frequencies fi, fj
 * among n windows; si, sj are the ends' total counts over all links and
 * `total` the sum of all link counts (association strength only). May be
 * zero or negative for pmi. */
double erg__weight_value(erg_weight_t w, double c, double fi, double fj, double n, double si,
                        double sj, double total);

/* Sets every link's weight from its count; freq[i] is node i's frequency and
 * n the number of windows. Links whose weight is not positive are dropped;
 * their number goes to *dropped. */
int erg__weights_apply(erg_graph_t *g, const long *freq, long n, erg_weight_t w, size_t *dropped);

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
int erg__graph_prune(erg_graph_t *g, const erg_build_opts_t *o, erg_prune_report_t *r);

/* The disparity-filter significance of link l seen from its end `node`:
 * (1 - w/s)^(k - 1) with s, k the node's strength and degree. */
double erg__disparity_alpha(double w, double s, double k);

/* ---- metadata.c: the figures a build gathers and the "graph" object ------- */

typedef struct {
    size_t articles;          /* articles counted */
    long mentions;            /* mentions counted (kept roles and types) */
    long windows;             /* N: windows (or articles) holding a kept mention */
    size_t dated, undated;    /* articles counted, with and without a date */
    char first[11], last[11]; /* their date range, "" when none is dated */
    size_t left_undated;      /* left out by --since/--until: no date */
    size_t left_out_of_range; /* left out by --since/--until: outside */
    size_t nonpositive;       /* links dropped for a weight <= 0 */
    size_t short_names;       /* one-word person nodes joined to a full name */
} erg_build_stats_t;

/* Adds "dates": the first and last date counted, and how many articles
 * had one and had none. */
void erg__meta_add_dates(cJSON *o, const erg_build_stats_t *st);

/* Adds "inputs": each input by its own name (erg__input_name), never the
 * folders above it, so a network tells nothing of where its corpus lies. */
void erg__meta_add_inputs(cJSON *o, const char *const *inputs, size_t n);

/* The "graph" object as JSON text (cJSON_free it), or NULL when out of memory. */
char *erg__build_meta(const erg_build_opts_t *o, const erg_build_stats_t *st,
                     const erg_prune_report_t *pr, const erg_graph_t *g,
                     const char *const *inputs, size_t ninputs, const erg_builder_t *b);

/* ---- the builder: a network being counted -------------------------------- */

/*
 * The state of a network being counted, shared by builder.c, which counts
 * articles into it and turns it into a network, links.c, which keeps its
 * links and moves them into that network, and part_write.c and
 * part_read.c, which write it as a shard's partial counts (ergraph count)
 * and add such counts back into a builder (ergraph merge).
 *
 * Everything here is the builder's: names, aliases, evidence and article
 * ids are its own copies, freed by erg_builder_free. What grows with the
 * corpus is kept compact, since it is most of a build's memory: article ids
 * and snippets in one arena (the link store above), each snippet once per article however
 * many links quote it; a link's articles a chain of 32-bit indexes in one
 * array; its evidence a run of one shared array. erg_builder_finish moves
 * all of it into the network rather than copying it.
 */

typedef struct {
    char *id;          /* the name first met for this node */
    char *key;         /* its phrase key, the node's identity; may be "" */
    erg_type_t type;   /* the type first met */
    long mentions, documents, freq;
    long lone;         /* mentions marked ERG_MENTION_LONE */
    size_t last_doc, last_freq_doc;
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
    uint32_t last_doc;      /* b->refs[last].doc, read for every pair counted: kept
                             * here, where the probe has just brought the link */
    long count;
    size_t ev;
} erg_blink_t;

struct erg_builder {
    erg_build_opts_t opts;
    erg_bnode_t *nodes;
    size_t n, ncap;
    erg_map_t node_index;
    erg_map_t forms;     /* the surface forms met: a node's index (8 bytes), then the form */
    erg_blink_t *links;
    size_t m, lcap;
    uint64_t *link_slot; /* open addressing on (a, b): link index + 1 in the low
                          * half (0 free), the pair's hash in the high half */
    size_t slot_cap;
    erg_bref_t *refs;  /* the links' article chains */
    size_t nrefs, rcap;
    erg_evidence_t *ev; /* the links' evidence; doc and text in `strings` */
    size_t nev, evcap;
    erg_arena_t strings; /* article ids, snippets */
    char **docs;       /* article ids (in `strings`), in the order counted */
    size_t ndocs, dcap;
    char (*dates)[11]; /* each article's date, "" when undated */
    size_t dtcap;
    erg_map_t snips;   /* the article being added: its snippets by span */
    size_t last_span[6]; /* the span of snips looked up or added last, */
    char *last_snip;     /* and its snippet (NULL: none yet in this article) */
    struct erg_bpair *pairs; /* the article being added: its windows' pairs */
    size_t npairs, pcap;
    erg_build_stats_t st;
    /* shards (part_write.c): the inputs counted or of the parts read, in order;
     * the part that fixed the counting options; the gazetteer's size (0:
     * unknown), the digests of the gazetteer and of the word lists and
     * models ("" unknown), and what the counting runs skipped */
    char **inputs;
    size_t ninputs, icap;
    char *opts_from;
    char part_version[48];
    size_t gazetteer_size;
    char gazetteer_digest[ERG_DIGEST_HEX], lists_digest[ERG_DIGEST_HEX];
    size_t skipped_files, skipped_articles;
    /* the article being added, for the window callback */
    const erg_article_t *art;
    const erg_mentions_t *men;
    size_t doc;
};

/* The node whose identity is `key` (or `name` when the key is empty),
 * made with this name and type if new; its index goes to *out. */
int erg__builder_node(erg_builder_t *b, const char *name, const char *key, erg_type_t type,
                     size_t *out);
/* Adds surface form s[0..n) to the node's aliases unless already there. */
int erg__builder_alias(erg_builder_t *b, size_t node, const char *s, size_t n);
/* The link between nodes x and y, made if new. The pointer is valid until
 * the next link is made. */
int erg__builder_link(erg_builder_t *b, size_t x, size_t y, erg_blink_t **out);
/* Fetches ahead (a hint, no effect on any result) what erg__builder_link
 * of x and y will read: with `peek` 0 the pair's first slot; with 1 that
 * slot read and, when it looks like the pair's, the link it holds. */
void erg__builder_link_ahead(const erg_builder_t *b, size_t x, size_t y, int peek);
/* Appends an article id and its date ("" or NULL: undated); its index goes
 * to *out. */
int erg__builder_doc(erg_builder_t *b, const char *id, const char *date, size_t *out);
/* Records that link l occurs in article `doc` (the latest one). */
int erg__builder_link_doc(erg_builder_t *b, erg_blink_t *l, size_t doc);
/* The latest article of link l, or (size_t)-1 when it has none. */
size_t erg__builder_last_doc(const erg_builder_t *b, const erg_blink_t *l);
/* Room for one more piece of evidence of link l (l->nev below the
 * evidence option): *out is b->ev[l->ev + l->nev], for the caller to fill
 * and count; valid until the next call. */
int erg__builder_ev_slot(erg_builder_t *b, erg_blink_t *l, erg_evidence_t **out);
/* s[0..n) with invalid UTF-8 replaced, copied into b's arena; NULL when
 * out of memory. */
char *erg__builder_text(erg_builder_t *b, const char *s, size_t n);
/* Moves b's links into g->links (rank[i]: node i's place in g, the links
 * left unsorted) and their articles, evidence and strings into g->store.
 * b keeps no link after. */
int erg__builder_move_links(erg_builder_t *b, erg_graph_t *g, const size_t *rank);
/* Frees what b's links hold (but not the strings). */
void erg__builder_links_release(erg_builder_t *b);

/* The first part read (`path`, with counting options po, a gazetteer of
 * gz entries, counted by `version`) sets b's counting options; a later one
 * must agree: ERG_EINVAL naming both parts otherwise. */
/* A part's checksum: FNV-1a over its lines before the end line, each
 * without trailing blanks and line end, then '\n'. Start from
 * ERG_PART_SUM0 and add each line in turn. */
#define ERG_PART_SUM0 0xcbf29ce484222325ULL
uint64_t erg__part_sum(uint64_t h, const char *s, size_t n);

/* digests: the part's "data" (gazetteer, lists), which must equal the
 * first part's too. */
int erg__part_adopt_opts(erg_builder_t *b, const char *path, const erg_build_opts_t *po, size_t gz,
                        const char *const digests[2], const char *version, erg_error_t *err);

/* ---- shortnames.c: one person, one node across the corpus ----------------- */

/* Joins each person node named by one word to the person with a longer
 * name holding that word, when one holds it or one holds four fifths of
 * its holders' mentions; freq (per node) follows the nodes. *merged gets
 * how many joined. Then a person node of one word that is left and all of
 * whose mentions were lone (lone[i]: ERG_MENTION_LONE) is an organization.
 * Links stay sorted. */
int erg__graph_merge_short_names(erg_graph_t *g, long *freq, long *lone, size_t *merged);

/* ---- options.c: the table of build options -------------------------------- */

/* Values of a part's JSON, as options.c and part_read.c read them: a whole
 * number in [0, 2^53], the range a JSON number holds exactly (1, or 0 when
 * v is not one); an ISO yyyy-mm-dd date written as such, or null for ""
 * (0, or -1). */
int erg__json_whole(const cJSON *v, double *out);
int erg__json_date(const cJSON *v, char out[11]);

/* The window option as text: "sentence", "tokens:5". */
void erg__opts_window_text(const erg_build_opts_t *o, char win[32]);
/* Adds `key`: the ISO date `iso`, or null when it is NULL or "". */
void erg__json_add_date(cJSON *o, const char *key, const char *iso);
/* Adds `key`: the names of the types in the bit set, in erg_type_t order. */
void erg__json_add_types(cJSON *o, const char *key, unsigned types);
/* Adds each option of `opt` (only the counting ones when `counting_only`)
 * to object `o` under its key, in the table's order. */
void erg__opts_json(cJSON *o, const erg_build_opts_t *opt, int counting_only);
/* Reads the counting options of a part's header `h` into *o: 0, or -1 with
 * `msg` saying what is wrong ("header: unknown window 'x'"). */
int erg__opts_read(const cJSON *h, erg_build_opts_t *o, char *msg, size_t cap);
/* The flag of the first counting (or, when `counting` is 0, finishing)
 * option on which a and b differ, with both values as text; NULL when they
 * agree on every one. */
const char *erg__opts_differ(const erg_build_opts_t *a, const erg_build_opts_t *b, int counting,
                             char a_text[96], char b_text[96]);

#endif
