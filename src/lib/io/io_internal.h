/*
 * io_internal.h: the state of a graph file being read (json_read.c, which
 * turns the parser's events into the network, and json_read_check.c, which
 * checks what needs the whole file and says where a syntax error is).
 */
#ifndef ERG_IO_INTERNAL_H
#define ERG_IO_INTERNAL_H

#include "ergraph.h"
#include "map.h"
#include "mem.h"
#include "network.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <yajl/yajl_parse.h>

enum {
    CHUNK = 1 << 16,  /* bytes read and parsed at a time */
    MAX_DEPTH = 1000, /* nesting, as deep as cJSON parsed (CJSON_NESTING_LIMIT) */
    BATCH = 64,       /* links read before their ends are looked up */
};

/* What a container is, for what its values go to. */
typedef enum {
    R_SKIP, R_ROOT, R_META, R_NODES, R_NODE, R_ALIASES, R_LINKS, R_LINK, R_DOCS, R_EVIDENCE, R_EV
} role_t;

/* The last event, for the place of a syntax error after it. */
typedef enum { EV_NONE, EV_VALUE, EV_KEY, EV_OPEN_MAP, EV_OPEN_ARRAY } event_t;

/* The root's "nodes", "links" or "edges": absent, an array, something else. */
enum { ABSENT = 0, ARRAY, ARRAY_NOT };

/* A link's "weight" and "count" as read. */
typedef struct {
    enum { W_ABSENT, W_NUM, W_OTHER } kind;
    double weight;
    int has_count; /* "count" is a number */
    double count;
} weight_t;

/* A slot of the nodes' ids (a table of its own rather than a map.h map:
 * half the size, and no second copy of each id). */
typedef struct {
    uint32_t tag;   /* the high half of the id's hash */
    uint32_t node;  /* its index */
    const char *id; /* the node's own id; NULL: the slot is free */
} id_slot_t;

/* A link read whose ends are not looked up yet: ids in the reader's
 * batch_str, at offsets since that may move. */
typedef struct {
    size_t s_off, s_len, t_off, t_len; /* SIZE_MAX: no such end */
    uint64_t hs, ht;                   /* the ends' hashes */
    int s_same;                        /* the same source as the link before */
    weight_t w;
} batched_t;

/* A link read before the nodes, checked at the end. */
typedef struct {
    const char *s, *t; /* its ends' ids, or NULL */
    weight_t w;
} pending_t;

typedef struct {
    erg_graph_t *g;
    struct erg_graph_store *store; /* g's: the links' articles and snippets */
    const char *path;
    erg_error_t *err;
    int rc; /* ERG_ENOMEM when a callback stopped the parser for it */
    yajl_handle h;
    int fd, is_stdin;

    /* the chunk being parsed and the one before, with the line and column
     * at the start of each (erg__line_col's, which stop at a NUL) */
    char *bufs, *cur, *prev;
    size_t cur_base, cur_len, prev_base, prev_len, total, ybase;
    size_t line, col, prev_line, prev_col;
    int nul_seen, prev_nul_seen, at_eof;
    size_t last_end;   /* just past the token of the last event */
    event_t last_ev;
    size_t too_deep_at; /* the bracket past MAX_DEPTH */

    /* where in the document the parser is */
    size_t depth;
    unsigned char role[MAX_DEPTH + 2], is_map[MAX_DEPTH + 2];
    int key;            /* what the next value of the current map is for */
    unsigned root_seen, seen, ev_seen; /* keys met in the root, node or link, snippet */
    int links_key;      /* the root has a "links" (then "edges" is not read) */
    int root_map, directed, nodes_state, links_state, edges_state, nodes_done;
    int deferred;       /* links read before the nodes: checked at the end */
    cJSON *meta, *mstack[MAX_DEPTH + 2];
    erg_buf_t mkey, str;

    /* the network's first error, reported when the file has no worse one */
    int net_rc, net_err_link;
    size_t net_upto;    /* links checked for duplicates before it */
    erg_error_t net_err;

    /* the node being read */
    erg_buf_t id, aliases; /* aliases: NUL-terminated, one after another */
    int has_id, type, aliases_array;
    long mentions, documents;
    size_t naliases;
    id_slot_t *ids;        /* node id -> index: erg__id_add, erg__link_check */
    size_t ids_cap;
    size_t nodes_cap;

    /* the link being read, and all links */
    erg_buf_t src, tgt;
    int has_s, has_t;
    weight_t w;
    size_t link_docs, link_ev;
    size_t links_cap, ndocs, docs_cap, nev, ev_cap;
    size_t sorted;       /* links [0, sorted) are in order of their pairs */
    /* links read after the nodes wait for their ends to be looked up
     * BATCH at a time, so that the lookups' cache misses overlap */
    batched_t batch[BATCH];
    size_t nbatch, batch_first;
    erg_buf_t batch_str, last_src; /* the batch's ids; the last link's source */
    int has_last_src;
    size_t last_a;       /* the last link's source node, found */
    unsigned char *flip; /* bit i: link i's file "source" is its target */
    size_t flip_cap;
    pending_t *pend;
    size_t npend, pend_cap;
    erg_arena_t pend_strings;
    erg_map_t docs;      /* article id -> its string in the store */

    /* the snippet being read */
    erg_buf_t ev_doc, ev_text;
    int has_doc, has_text;
    size_t ev_start, ev_end;
} reader_t;

/* Records the network's first error and returns 1 (the parse goes on, for
 * a syntax error later in the file, reported first). `link`: the error is
 * a link's, and the links [0, upto) are checked for a duplicate pair before
 * it is reported. */
int erg__network_error(reader_t *r, int link, size_t upto, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* A node read has the id id[0..n). */
int erg__id_known(const reader_t *r, const char *id, size_t n);
/* Adds node `node` of id[0..n), not known yet, to the ids; id is the
 * node's own copy and stays where it is. 0, or -1 when out of memory. */
int erg__id_add(reader_t *r, const char *id, size_t n, size_t node);
/* Checks link i of the file, named s - t (NULL: missing), with weight w,
 * and fills *l; 1 when good, 0 when the network's error was recorded, -1
 * when out of memory. For the links read before the nodes. */
int erg__link_check(reader_t *r, size_t i, const char *s, const char *t, const weight_t *w,
                    erg_link_t *l);
/* Adds the link just read (r->src, r->tgt, r->w) as link g->nlinks, its
 * ends looked up when the batch is full: 0, or -1 when out of memory. */
int erg__link_batch(reader_t *r);
/* Checks the links of the batch (erg__link_check, in order): 0, or -1
 * when out of memory. Links from the first bad one on are dropped. */
int erg__links_flush(reader_t *r);
/* Advances the line and column past the chunk before (at each new chunk). */
void erg__pos_advance(reader_t *r);
/* The error of parse status st (a yajl_status) in r->err, with the place
 * cJSON gave it; returns its code. */
int erg__syntax_error(reader_t *r, int st);
/* After a whole parse: the checks of the root, the links read before the
 * nodes, duplicate links, the metadata, the links' article and snippet
 * arrays. 0, or the error in r->err. */
int erg__network_finish(reader_t *r);

#endif
