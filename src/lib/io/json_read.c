/*
 * json_read.c: a node-link JSON network read back in, streamed: yajl's
 * parser hands over the file's values one at a time and they go straight
 * into the network's arrays, so memory holds the network and a chunk of
 * the file, never the whole file nor a tree of it (a cJSON tree of a
 * 2,000,000-link file took ten times the network's size). The writer is
 * json_write.c.
 *
 * Input accepts what ergraph writes (and "edges" for "links", as newer
 * networkx writes) and rejects anything that is not a simple undirected
 * weighted network. What it accepts and the message of each error are
 * those of the cJSON reader this replaced: the first of two equal keys
 * counts, a syntax error anywhere is reported before anything about the
 * network, then a root that is not a network, then a directed one, then
 * the first bad node, then the first bad link (the checks that need the
 * whole file wait for its end: json_read_check.c).
 */
#include "ergraph.h"
#include "err.h"
#include "jsonw.h"
#include "files.h"
#include "io_internal.h"
#include "map.h"
#include "mem.h"
#include "network.h"
#include "timing.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yajl/yajl_parse.h>

/* What a value in a map is for, by its key; K_NONE for keys read past. */
typedef enum {
    K_NONE,
    K_DIRECTED, K_MULTI, K_GRAPH, K_NODES, K_LINKS, K_EDGES,  /* the root */
    K_ID, K_TYPE, K_MENTIONS, K_DOCUMENTS, K_ALIASES,        /* a node */
    K_SOURCE, K_TARGET, K_WEIGHT, K_COUNT, K_LDOCS, K_EVIDENCE, /* a link */
    K_DOC, K_TEXT, K_START, K_END                            /* a snippet */
} key_t_;

/* `name` (of len bytes), or K_NONE: the key at s[0..n) as far as a NUL
 * (\u0000), as cJSON read a key. */
static key_t_ key_is(const unsigned char *s, size_t n, const char *name, size_t len, key_t_ k)
{
    return n >= len && (n == len || !s[len]) && memcmp(s, name, len) == 0 ? k : K_NONE;
}

/* What the key s[0..n) of a map of this role is for: one test for most,
 * since every name of a role starts with a letter of its own. */
static key_t_ key_of(role_t role, const unsigned char *s, size_t n)
{
#define IS(name, k) key_is(s, n, name, sizeof name - 1, k)
    if (!n)
        return K_NONE;
    switch (role) {
    case R_ROOT:
        switch (s[0]) {
        case 'd': return IS("directed", K_DIRECTED);
        case 'm': return IS("multigraph", K_MULTI);
        case 'g': return IS("graph", K_GRAPH);
        case 'n': return IS("nodes", K_NODES);
        case 'l': return IS("links", K_LINKS);
        case 'e': return IS("edges", K_EDGES);
        default: return K_NONE;
        }
    case R_NODE:
        switch (s[0]) {
        case 'i': return IS("id", K_ID);
        case 't': return IS("type", K_TYPE);
        case 'm': return IS("mentions", K_MENTIONS);
        case 'd': return IS("documents", K_DOCUMENTS);
        case 'a': return IS("aliases", K_ALIASES);
        default: return K_NONE;
        }
    case R_LINK:
        switch (s[0]) {
        case 's': return IS("source", K_SOURCE);
        case 't': return IS("target", K_TARGET);
        case 'w': return IS("weight", K_WEIGHT);
        case 'c': return IS("count", K_COUNT);
        case 'd': return IS("documents", K_LDOCS);
        case 'e': return IS("evidence", K_EVIDENCE);
        default: return K_NONE;
        }
    case R_EV:
        switch (s[0]) {
        case 'd': return IS("doc", K_DOC);
        case 't': return IS("text", K_TEXT);
        case 's': return IS("start", K_START);
        case 'e': return IS("end", K_END);
        default: return K_NONE;
        }
    default: return K_NONE;
    }
#undef IS
}

/* A scalar as the parser gives it. Strings end at a NUL (\u0000), as a C
 * string read from a cJSON tree did. */
typedef enum { V_NULL, V_FALSE, V_TRUE, V_NUM, V_STR } vkind_t;
typedef struct {
    vkind_t kind;
    const char *s;
    size_t n;
    double d;
} val_t;

/* A count read from a file: clamped to [0, LONG_MAX], since converting a
 * double out of long's range is undefined (found by fuzzing). */
static long count_of(double d)
{
    if (!(d > 0))
        return 0;
    return d >= (double)LONG_MAX ? LONG_MAX : (long)d;
}

static long num_or(const val_t *v, long dflt) { return v->kind == V_NUM ? count_of(v->d) : dflt; }

/* An id: a string as it is, a number as "%.17g" prints it; else not set. */
static int set_id(erg_buf_t *b, int *set, const val_t *v)
{
    char tmp[64];
    b->len = 0;
    *set = v->kind == V_STR || v->kind == V_NUM;
    if (v->kind == V_NUM)
        snprintf(tmp, sizeof tmp, "%.17g", v->d);
    if (!*set)
        return 0;
    return v->kind == V_STR ? erg__buf_add(b, v->s, v->n) : erg__buf_adds(b, tmp);
}

static const char *id_or_null(const erg_buf_t *b, int set) { return set ? (b->buf ? b->buf : "") : NULL; }

/* b set to s[0..n) and a NUL. */
static int buf_set(erg_buf_t *b, const char *s, size_t n)
{
    b->len = 0;
    return erg__buf_add(b, s, n);
}

/* ---- the network, value by value ----------------------------------------- */

static int nomem(reader_t *r)
{
    r->rc = ERG_ENOMEM;
    return 0;
}

static void node_begin(reader_t *r)
{
    r->has_id = 0;
    r->type = -1;
    r->mentions = r->documents = 0;
    r->aliases.len = 0;
    r->naliases = 0;
    r->aliases_array = 0;
    r->seen = 0;
}

static int node_end(reader_t *r)
{
    erg_graph_t *g = r->g;
    if (r->net_rc)
        return 1;
    size_t k = g->nnodes + 1;
    const char *id = id_or_null(&r->id, r->has_id);
    if (!id)
        return erg__network_error(r, 0, 0, "node %zu has no \"id\"", k);
    size_t n = strlen(id);
    if (erg__id_known(r, id, n))
        return erg__network_error(r, 0, 0, "node %zu: duplicate id '%s'", k, id);
    if (r->type < 0)
        return erg__network_error(r, 0, 0,
                                  "node '%s': \"type\" must be person, state, organization or place", id);
    if (g->nnodes == r->nodes_cap) {
        void *p = g->nodes;
        if (erg__grow(&p, &r->nodes_cap, g->nnodes + 1, sizeof *g->nodes))
            return nomem(r);
        g->nodes = p;
    }
    erg_node_t *nd = &g->nodes[g->nnodes];
    memset(nd, 0, sizeof *nd);
    nd->type = (erg_type_t)r->type;
    nd->mentions = r->mentions;
    nd->documents = r->documents;
    if (!(nd->id = erg__strndup(id, n)))
        return nomem(r);
    g->nnodes++;
    if (erg__id_add(r, nd->id, n, g->nnodes - 1))
        return nomem(r);
    if (!r->aliases_array)
        return 1;
    if (!(nd->aliases = calloc(r->naliases + 1, sizeof *nd->aliases)))
        return nomem(r);
    for (const char *s = r->aliases.buf; nd->naliases < r->naliases; s += strlen(s) + 1)
        if (!(nd->aliases[nd->naliases++] = erg__strdup(s)))
            return nomem(r);
    return 1;
}

static int node_field(reader_t *r, key_t_ k, const val_t *v)
{
    char type[16];
    switch (k) {
    case K_ID:
        return set_id(&r->id, &r->has_id, v) ? nomem(r) : 1;
    case K_TYPE:
        if (v->kind == V_STR && v->n < sizeof type) {
            memcpy(type, v->s, v->n);
            type[v->n] = '\0';
            r->type = erg_type_parse(type);
        }
        return 1;
    case K_MENTIONS: r->mentions = num_or(v, 0); return 1;
    case K_DOCUMENTS: r->documents = num_or(v, 0); return 1;
    default: return 1;
    }
}

/* Every article id once in the store, however many links name it. */
static const char *doc_string(reader_t *r, const char *s, size_t n)
{
    size_t *at = erg__map_get(&r->docs, s, n);
    if (at)
        return (const char *)(uintptr_t)*at;
    char *p = erg__arena_strndup(&r->store->strings, s, n);
    if (!p || erg__map_put(&r->docs, s, n, (size_t)(uintptr_t)p))
        return NULL;
    return p;
}

static int push_doc(reader_t *r, const val_t *v)
{
    struct erg_graph_store *st = r->store;
    if (r->ndocs == r->docs_cap) {
        void *p = st->docs;
        if (erg__grow(&p, &r->docs_cap, r->ndocs + 1, sizeof *st->docs))
            return nomem(r);
        st->docs = p;
    }
    const char *s = doc_string(r, v->s, v->n);
    if (!s)
        return nomem(r);
    st->docs[r->ndocs++] = (char *)s;
    r->link_docs++;
    return 1;
}

static void ev_begin(reader_t *r)
{
    r->has_doc = r->has_text = 0;
    r->ev_start = r->ev_end = 0;
    r->ev_seen = 0;
}

static int ev_field(reader_t *r, key_t_ k, const val_t *v)
{
    erg_buf_t *b = k == K_DOC ? &r->ev_doc : &r->ev_text;
    switch (k) {
    case K_DOC:
    case K_TEXT:
        *(k == K_DOC ? &r->has_doc : &r->has_text) = v->kind == V_STR;
        b->len = 0;
        if (v->kind == V_STR && erg__buf_add(b, v->s, v->n))
            return nomem(r);
        return 1;
    case K_START: r->ev_start = (size_t)num_or(v, 0); return 1;
    case K_END: r->ev_end = (size_t)num_or(v, 0); return 1;
    default: return 1;
    }
}

/* A snippet without a "doc" and a "text" string is left out. */
static int ev_end(reader_t *r)
{
    struct erg_graph_store *st = r->store;
    if (!r->has_doc || !r->has_text || r->net_rc)
        return 1;
    if (r->nev == r->ev_cap) {
        void *p = st->evidence;
        if (erg__grow(&p, &r->ev_cap, r->nev + 1, sizeof *st->evidence))
            return nomem(r);
        st->evidence = p;
    }
    erg_evidence_t *e = &st->evidence[r->nev];
    const char *doc = r->ev_doc.buf ? r->ev_doc.buf : "", *text = r->ev_text.buf ? r->ev_text.buf : "";
    e->start = r->ev_start;
    e->end = r->ev_end;
    if (!(e->doc = (char *)doc_string(r, doc, strlen(doc))) ||
        !(e->text = erg__arena_strndup(&st->strings, text, strlen(text))))
        return nomem(r);
    r->nev++;
    r->link_ev++;
    return 1;
}

static void link_begin(reader_t *r)
{
    r->has_s = r->has_t = 0;
    r->w.kind = W_ABSENT;
    r->w.has_count = 0;
    r->link_docs = r->link_ev = 0;
    r->seen = 0;
}

static int link_field(reader_t *r, key_t_ k, const val_t *v)
{
    switch (k) {
    case K_SOURCE: return set_id(&r->src, &r->has_s, v) ? nomem(r) : 1;
    case K_TARGET: return set_id(&r->tgt, &r->has_t, v) ? nomem(r) : 1;
    case K_WEIGHT:
        r->w.kind = v->kind == V_NUM ? W_NUM : W_OTHER;
        r->w.weight = v->d;
        return 1;
    case K_COUNT:
        r->w.has_count = v->kind == V_NUM;
        r->w.count = v->d;
        return 1;
    default: return 1;
    }
}

/* The link just read: checked now when the nodes are known, else kept with
 * its ends' names to check at the end (a file whose "links" come before
 * its "nodes", as jq -S writes). */
static int link_end(reader_t *r)
{
    erg_graph_t *g = r->g;
    if (r->net_rc)
        return 1;
    if (g->nlinks == r->links_cap) {
        void *p = g->links;
        if (erg__grow(&p, &r->links_cap, g->nlinks + 1, sizeof *g->links))
            return nomem(r);
        g->links = p;
    }
    erg_link_t *l = &g->links[g->nlinks];
    memset(l, 0, sizeof *l);
    l->ndocs = r->link_docs;
    l->nevidence = r->link_ev;
    if (!r->deferred)
        return erg__link_batch(r) < 0 ? nomem(r) : 1;
    const char *s = id_or_null(&r->src, r->has_s), *t = id_or_null(&r->tgt, r->has_t);
    if (r->npend == r->pend_cap && erg__grow((void **)&r->pend, &r->pend_cap, r->npend + 1, sizeof *r->pend))
        return nomem(r);
    pending_t *p = &r->pend[r->npend];
    p->w = r->w;
    p->s = s ? erg__arena_strndup(&r->pend_strings, s, strlen(s)) : NULL;
    p->t = t ? erg__arena_strndup(&r->pend_strings, t, strlen(t)) : NULL;
    if ((s && !p->s) || (t && !p->t))
        return nomem(r);
    r->npend++;
    g->nlinks++;
    return 1;
}

/* Forgets the links read so far: those of "edges" when a "links" follows. */
static void links_forget(reader_t *r)
{
    erg_graph_t *g = r->g;
    g->nlinks = 0;
    r->ndocs = r->nev = r->npend = 0;
    r->nbatch = r->sorted = 0;
    r->has_last_src = 0;
    if (r->net_err_link) {
        r->net_rc = 0;
        r->net_err_link = 0;
    }
}

/* ---- the parser's events ----------------------------------------------- */

/* Where the parser is: just past the token of the event being handled. */
static void mark(reader_t *r, event_t ev)
{
    r->last_end = r->ybase + yajl_get_bytes_consumed(r->h);
    r->last_ev = ev;
}

static int meta_add(reader_t *r, cJSON *item)
{
    if (!item)
        return nomem(r);
    cJSON *parent = r->mstack[r->depth];
    if (!r->is_map[r->depth])
        cJSON_AddItemToArray(parent, item);
    else
        cJSON_AddItemToObject(parent, r->mkey.buf ? r->mkey.buf : "", item);
    return 1;
}

static int scalar(reader_t *r, const val_t *v)
{
    mark(r, EV_VALUE);
    key_t_ k = r->key;
    r->key = K_NONE;
    if (r->depth == 0)
        return 1; /* a root that is not an object: not a network */
    switch (r->role[r->depth]) {
    case R_ROOT:
        if (k == K_DIRECTED || k == K_MULTI)
            r->directed |= v->kind == V_TRUE;
        else if (k == K_NODES)
            r->nodes_state = ARRAY_NOT;
        else if (k == K_LINKS)
            r->links_state = ARRAY_NOT;
        else if (k == K_EDGES)
            r->edges_state = ARRAY_NOT;
        return 1;
    case R_META:
        if (v->kind == V_STR && buf_set(&r->str, v->s, v->n))
            return nomem(r);
        return meta_add(r, v->kind == V_STR ? cJSON_CreateString(r->str.buf)
                           : v->kind == V_NUM ? cJSON_CreateNumber(v->d)
                           : v->kind == V_NULL ? cJSON_CreateNull()
                                               : cJSON_CreateBool(v->kind == V_TRUE));
    case R_NODES: node_begin(r); return node_end(r);
    case R_NODE: return node_field(r, k, v);
    case R_ALIASES:
        if (v->kind == V_STR) {
            r->naliases++;
            return erg__buf_add(&r->aliases, v->s, v->n) || erg__buf_add(&r->aliases, "", 1) ? nomem(r) : 1;
        }
        return 1;
    case R_LINKS: link_begin(r); return link_end(r);
    case R_LINK: return link_field(r, k, v);
    case R_DOCS: return v->kind == V_STR && !r->net_rc ? push_doc(r, v) : 1;
    case R_EV: return ev_field(r, k, v);
    default: return 1;
    }
}

/* The string of a value or a key, cut at a NUL; v->s is in the parser's
 * buffer, not NUL-terminated. */
static void string_val(const unsigned char *s, size_t n, val_t *v)
{
    const char *nul = memchr(s, '\0', n);
    v->kind = V_STR;
    v->s = (const char *)s;
    v->n = nul ? (size_t)(nul - v->s) : n;
}

static int on_null(void *ctx) { return scalar(ctx, &(val_t){.kind = V_NULL}); }
static int on_bool(void *ctx, int b) { return scalar(ctx, &(val_t){.kind = b ? V_TRUE : V_FALSE}); }

static int on_number(void *ctx, const char *s, size_t n)
{
    reader_t *r = ctx;
    /* most numbers are counts: digits only, exact in a double below 2^53 */
    double d = 0;
    size_t i = 0;
    while (i < n && i < 15 && s[i] >= '0' && s[i] <= '9')
        d = d * 10 + (s[i++] - '0');
    if (i < n) {
        r->str.len = 0;
        if (erg__buf_add(&r->str, s, n))
            return nomem(r);
        d = strtod(r->str.buf, NULL);
    }
    return scalar(r, &(val_t){.kind = V_NUM, .d = d});
}

static int on_string(void *ctx, const unsigned char *s, size_t n)
{
    reader_t *r = ctx;
    val_t v;
    string_val(s, n, &v);
    return scalar(r, &v);
}

static int on_key(void *ctx, const unsigned char *s, size_t n)
{
    reader_t *r = ctx;
    mark(r, EV_KEY);
    role_t role = r->role[r->depth];
    if (role == R_META) {
        val_t v;
        string_val(s, n, &v);
        return buf_set(&r->mkey, v.s, v.n) ? nomem(r) : 1;
    }
    key_t_ k = key_of(role, s, n);
    r->key = K_NONE;
    if (k == K_NONE)
        return 1;
    unsigned *seen = role == R_ROOT ? &r->root_seen : role == R_EV ? &r->ev_seen : &r->seen;
    unsigned bit = 1u << (k % 32);
    if (*seen & bit)
        return 1; /* the first of two equal keys counts */
    *seen |= bit;
    r->key = k;
    if (k == K_EDGES && r->links_key)
        r->key = K_NONE;
    if (k == K_LINKS) {
        r->links_key = 1;
        if (r->edges_state)
            links_forget(r);
    }
    return 1;
}

/* The role of a container opening in the current one, under key k. */
static role_t child_role(reader_t *r, key_t_ k, int map)
{
    if (r->depth == 0) {
        r->root_map = map;
        return map ? R_ROOT : R_SKIP;
    }
    switch (r->role[r->depth]) {
    case R_ROOT:
        if (k == K_GRAPH)
            return map ? R_META : R_SKIP;
        if (k == K_NODES)
            r->nodes_state = map ? ARRAY_NOT : ARRAY;
        if (k == K_LINKS || k == K_EDGES)
            *(k == K_LINKS ? &r->links_state : &r->edges_state) = map ? ARRAY_NOT : ARRAY;
        if (map || (k != K_NODES && k != K_LINKS && k != K_EDGES))
            return R_SKIP;
        if (k == K_NODES)
            return R_NODES;
        r->deferred = r->nodes_state != ARRAY || !r->nodes_done;
        return R_LINKS;
    case R_META: return R_META;
    case R_NODES: node_begin(r); return R_NODE;
    case R_NODE:
        if (k == K_ALIASES && !map) {
            r->aliases_array = 1;
            return R_ALIASES;
        }
        if (k == K_ID)
            r->has_id = 0;
        if (k == K_TYPE)
            r->type = -1;
        return R_SKIP;
    case R_LINKS: link_begin(r); return R_LINK;
    case R_LINK:
        if (k == K_SOURCE || k == K_TARGET)
            *(k == K_SOURCE ? &r->has_s : &r->has_t) = 0;
        if (k == K_WEIGHT)
            r->w.kind = W_OTHER;
        if (k == K_LDOCS && !map)
            return R_DOCS;
        if (k == K_EVIDENCE && !map)
            return R_EVIDENCE;
        return R_SKIP;
    case R_EVIDENCE: ev_begin(r); return R_EV;
    default: return R_SKIP;
    }
}

static int open_container(reader_t *r, int map)
{
    mark(r, map ? EV_OPEN_MAP : EV_OPEN_ARRAY);
    if (r->depth + 1 > MAX_DEPTH) { /* as deep as cJSON parsed */
        r->too_deep_at = r->last_end - 1;
        return 0;
    }
    key_t_ k = r->key;
    r->key = K_NONE;
    role_t role = child_role(r, k, map);
    if (role == R_META) {
        cJSON *c = map ? cJSON_CreateObject() : cJSON_CreateArray();
        if (!c)
            return nomem(r);
        if (r->role[r->depth] == R_META)
            meta_add(r, c);
        else
            r->meta = c;
        r->mstack[r->depth + 1] = c;
    }
    r->depth++;
    r->role[r->depth] = (unsigned char)role;
    r->is_map[r->depth] = (unsigned char)map;
    return 1;
}

static int on_start_map(void *ctx) { return open_container(ctx, 1); }
static int on_start_array(void *ctx) { return open_container(ctx, 0); }

static int on_end(void *ctx)
{
    reader_t *r = ctx;
    mark(r, EV_VALUE);
    role_t role = r->role[r->depth--];
    r->key = K_NONE;
    switch (role) {
    case R_NODE: return node_end(r);
    case R_NODES: r->nodes_done = 1; return 1;
    case R_LINKS: return erg__links_flush(r) < 0 ? nomem(r) : 1;
    case R_LINK: return link_end(r);
    case R_EV: return ev_end(r);
    default: return 1;
    }
}

static const yajl_callbacks callbacks = {
    on_null, on_bool, NULL, NULL, on_number, on_string,
    on_start_map, on_key, on_end, on_start_array, on_end,
};

/* ---- the file, chunk by chunk ------------------------------------------- */

/* Reads up to `cap` bytes, less only at the end of the input. */
static ssize_t read_full(int fd, char *buf, size_t cap)
{
    size_t got = 0;
    while (got < cap) {
        ssize_t n = read(fd, buf + got, cap - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

/* Feeds the file to the parser; 0, or the first error in err (syntax,
 * reading, memory). */
static int parse_file(reader_t *r, int fd, size_t max)
{
    yajl_status st = yajl_status_ok;
    for (;;) {
        /* the chunk before stays, for the place of an error (json_read_check.c) */
        char *t = r->prev;
        r->prev = r->cur;
        r->prev_len = r->cur_len;
        r->prev_base = r->cur_base;
        r->cur = t;
        r->cur_base = r->total;
        erg__pos_advance(r);
        ssize_t n = read_full(fd, r->cur, CHUNK);
        if (n < 0)
            return erg__fail(r->err, ERG_EIO, "cannot read '%s': %s", r->path, strerror(errno));
        r->cur_len = (size_t)n;
        r->total += (size_t)n;
        if (r->total > max)
            return erg__fail(r->err, ERG_EINVAL, "%s: more than %zu MB, the most read from one file",
                             r->is_stdin ? "standard input" : r->path, max >> 20);
        if (n == 0)
            break;
        size_t skip = 0; /* a byte order mark, skipped as cJSON did */
        if (r->cur_base == 0 && n >= 3 && memcmp(r->cur, "\xEF\xBB\xBF", 3) == 0)
            skip = 3;
        r->ybase = r->cur_base + skip;
        st = yajl_parse(r->h, (const unsigned char *)r->cur + skip, (size_t)n - skip);
        if (st != yajl_status_ok)
            return erg__syntax_error(r, st);
    }
    r->at_eof = 1;
    r->ybase = r->total;
    st = yajl_complete_parse(r->h);
    return st != yajl_status_ok ? erg__syntax_error(r, st) : 0;
}

static void reader_release(reader_t *r)
{
    free(r->ids);
    erg__buf_release(&r->batch_str);
    erg__map_release(&r->docs);
    erg__arena_release(&r->pend_strings);
    free(r->pend);
    free(r->flip);
    erg__buf_release(&r->str);
    erg__buf_release(&r->id);
    erg__buf_release(&r->src);
    erg__buf_release(&r->last_src);
    erg__buf_release(&r->tgt);
    erg__buf_release(&r->aliases);
    erg__buf_release(&r->ev_doc);
    erg__buf_release(&r->ev_text);
    erg__buf_release(&r->mkey);
    cJSON_Delete(r->meta);
    free(r->bufs);
    if (r->h)
        yajl_free(r->h);
}

static int read_json(erg_graph_t *g, const char *path, erg_error_t *err)
{
    erg_graph_init(g);
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return erg__fail(err, ERG_EIO, "cannot open '%s': %s", path, strerror(errno));
    struct stat sb;
    int regular = !is_stdin && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
    if (!is_stdin)
        erg__input_seen(fd, path);
    reader_t *r = calloc(1, sizeof *r);
    int rc = 0;
    if (!r || !(g->store = calloc(1, sizeof *g->store))) {
        rc = erg__fail(err, ERG_ENOMEM, "out of memory reading '%s'", path);
        goto done;
    }
    r->g = g;
    r->store = g->store;
    r->path = path;
    r->err = err;
    r->is_stdin = is_stdin;
    r->fd = fd;
    erg__map_init(&r->docs);
    if (!(r->bufs = malloc(2 * CHUNK)) || !(r->h = yajl_alloc(&callbacks, NULL, r))) {
        rc = erg__fail(err, ERG_ENOMEM, "out of memory reading '%s'", path);
        goto done;
    }
    r->cur = r->bufs;
    r->prev = r->bufs + CHUNK;
    r->line = r->prev_line = 1;
    r->col = r->prev_col = 1;
    yajl_config(r->h, yajl_allow_trailing_garbage, 1); /* as cJSON */
    yajl_config(r->h, yajl_dont_validate_strings, 1);  /* as cJSON: text is repaired later */
    if (!(rc = parse_file(r, fd, regular ? SIZE_MAX : ERG_MAX_STREAM)))
        rc = erg__network_finish(r);
done:
    if (!is_stdin)
        close(fd);
    if (r)
        reader_release(r);
    free(r);
    if (rc)
        erg_graph_release(g);
    return rc;
}

int erg_graph_read_json(erg_graph_t *g, const char *path, erg_error_t *err)
{
    double t = erg__timing_start();
    int rc = read_json(g, path, err);
    erg__timing_add("read network", t);
    return rc;
}
