/*
 * json_read_check.c: the checks of a graph file being read (json_read.c)
 * that need more than one value: a link's ends among the nodes, duplicate
 * links (found at the end, and only when the links are out of order, as a
 * file ergraph writes never is, instead of a map of every pair), the root;
 * and the place of a syntax error, given as cJSON gave it: yajl stops just
 * past the token it could not take, cJSON said where that token begins.
 *
 * Finding a link's ends was most of the time of a read: the target of each
 * link is anywhere among the nodes, so each lookup waited for memory twice
 * (its slot, then the id to compare). Links are now looked up BATCH at a
 * time, each end's slot fetched ahead while the following links are
 * parsed, so those waits overlap; the checks still run link by link in
 * file order and the first bad link is the error, as before.
 */
#include "ergraph.h"
#include "err.h"
#include "io_internal.h"
#include "map.h"
#include "mem.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the network's checks ------------------------------------------------ */

int erg__network_error(reader_t *r, int link, size_t upto, const char *fmt, ...)
{
    char msg[sizeof r->net_err.msg];
    int n = snprintf(msg, sizeof msg, "%s: ", r->path);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < sizeof msg)
        vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    erg__fail(&r->net_err, ERG_EPARSE, "%s", msg);
    r->net_rc = ERG_EPARSE;
    r->net_err_link = link;
    r->net_upto = upto;
    return 1;
}

/* The weights a graph file may hold. Past them the measures break: Leiden
 * never converges on weights of 1e160 (their squares overflow), PageRank
 * is NaN on a denormal 5e-324, and a distance 1/weight overflows; between
 * them all of them hold (a network's weights are counts or normalised
 * associations, far inside). */
#define ERG_WEIGHT_MIN 1e-15
#define ERG_WEIGHT_MAX 1e15

static long count_of(double d)
{
    if (!(d > 0))
        return 0;
    return d >= (double)LONG_MAX ? LONG_MAX : (long)d;
}

/* ---- a link's ends among the nodes ----------------------------------------- */

/* No node: an end not found, or not looked up. */
#define NONE SIZE_MAX

/* The first slot from h's on that is free or has h's tag: where a lookup
 * of a key of hash h stops, unless the tags agree by chance. */
static size_t id_scan(const reader_t *r, uint64_t h, size_t i)
{
    const id_slot_t *x = r->ids;
    size_t mask = r->ids_cap - 1;
    for (;; i = (i + 1) & mask)
        if (!x[i].id || x[i].tag == (uint32_t)(h >> 32))
            return i;
}

/* id[0..n) (no NUL in it) is the id of slot x. */
static int id_is(const id_slot_t *x, const char *id, size_t n)
{
    return strncmp(x->id, id, n) == 0 && x->id[n] == '\0';
}

/* The slot of id[0..n) of hash h, or the free one where it would go, from
 * slot i, the first of id_scan's. */
static size_t id_slot(const reader_t *r, const char *id, size_t n, uint64_t h, size_t i)
{
    while (r->ids[i].id && !id_is(&r->ids[i], id, n))
        i = id_scan(r, h, (i + 1) & (r->ids_cap - 1));
    return i;
}

static size_t id_find(const reader_t *r, const char *id, size_t n, uint64_t h)
{
    if (!r->ids_cap)
        return NONE;
    const id_slot_t *x = &r->ids[id_slot(r, id, n, h, id_scan(r, h, h & (r->ids_cap - 1)))];
    return x->id ? x->node : NONE;
}

int erg__id_known(const reader_t *r, const char *id, size_t n)
{
    return id_find(r, id, n, erg__hash(id, n)) != NONE;
}

int erg__id_add(reader_t *r, const char *id, size_t n, size_t node)
{
    if (node >= UINT32_MAX) /* four billion nodes: more than any memory holds */
        return -1;
    if ((node + 1) * 2 > r->ids_cap) { /* at most half full */
        size_t cap = r->ids_cap ? r->ids_cap * 2 : 1024;
        id_slot_t *old = r->ids, *x = calloc(cap, sizeof *x);
        if (!x)
            return -1;
        for (size_t i = 0; i < r->ids_cap; i++) {
            if (!old[i].id)
                continue;
            size_t j = erg__hash(old[i].id, strlen(old[i].id)) & (cap - 1);
            while (x[j].id)
                j = (j + 1) & (cap - 1);
            x[j] = old[i];
        }
        free(old);
        r->ids = x;
        r->ids_cap = cap;
    }
    uint64_t h = erg__hash(id, n);
    id_slot_t *x = &r->ids[id_slot(r, id, n, h, id_scan(r, h, h & (r->ids_cap - 1)))];
    x->tag = (uint32_t)(h >> 32);
    x->node = (uint32_t)node;
    x->id = id;
    return 0;
}

/* Link i, named s - t (NULL: missing), whose ends are nodes a and b (NONE:
 * not a node): as erg__link_check. */
static int link_set(reader_t *r, size_t i, const char *s, const char *t, size_t a, size_t b,
                    const weight_t *w, erg_link_t *l)
{
    size_t k = i + 1;
    if (!s || !t)
        return !erg__network_error(r, 1, i, "link %zu needs a \"source\" and a \"target\"", k);
    if (a == NONE || b == NONE)
        return !erg__network_error(r, 1, i, "link %zu: '%s' is not a node", k, a != NONE ? t : s);
    if (a == b)
        return !erg__network_error(r, 1, i, "link %zu: self-loop on '%s'", k, s);
    if (i / 8 >= r->flip_cap) {
        size_t old = r->flip_cap;
        if (erg__grow((void **)&r->flip, &r->flip_cap, i / 8 + 1, 1))
            return -1;
        memset(r->flip + old, 0, r->flip_cap - old);
    }
    r->flip[i / 8] = (unsigned char)((r->flip[i / 8] & ~(1u << i % 8)) | (unsigned)(a > b) << i % 8);
    l->source = a < b ? a : b;
    l->target = a < b ? b : a;
    if (r->sorted == i && (i == 0 || l[-1].source < l->source ||
                           (l[-1].source == l->source && l[-1].target < l->target)))
        r->sorted = i + 1;
    /* from here on the link's pair is known: a duplicate of it is the
     * error, as the pair was checked before its weight */
    double weight = w->kind == W_NUM ? w->weight : w->has_count ? (double)count_of(w->count) : 1;
    if (w->kind == W_OTHER)
        weight = NAN;
    if (!isfinite(weight) || weight <= 0)
        return !erg__network_error(r, 1, i + 1,
                                   "link %zu ('%s' - '%s'): weight must be a positive number", k, s, t);
    if (weight < ERG_WEIGHT_MIN || weight > ERG_WEIGHT_MAX)
        return !erg__network_error(r, 1, i + 1,
                                   "link %zu ('%s' - '%s'): weight %g is out of range (%g to %g)", k, s,
                                   t, weight, ERG_WEIGHT_MIN, ERG_WEIGHT_MAX);
    l->weight = weight;
    l->count = w->has_count ? count_of(w->count) : count_of(weight);
    return 1;
}

int erg__link_check(reader_t *r, size_t i, const char *s, const char *t, const weight_t *w,
                    erg_link_t *l)
{
    size_t a = NONE, b = NONE;
    if (s && t) {
        /* a file in order names each source for many links in a row */
        size_t sn = strlen(s), tn = strlen(t);
        if (r->has_last_src && r->last_src.len == sn && memcmp(r->last_src.buf, s, sn) == 0)
            a = r->last_a;
        else
            a = id_find(r, s, sn, erg__hash(s, sn));
        b = id_find(r, t, tn, erg__hash(t, tn));
        r->last_src.len = 0;
        if (erg__buf_add(&r->last_src, s, sn))
            return -1;
        r->has_last_src = 1;
        r->last_a = a;
    }
    return link_set(r, i, s, t, a, b, w, l);
}

/* One end of the link being read into the batch: its id copied, its hash
 * taken and its first slot fetched into the cache while the next links
 * are parsed. */
static int batch_end(reader_t *r, const erg_buf_t *id, int has, size_t *off, size_t *len,
                     uint64_t *h, int hash)
{
    *off = *len = NONE;
    if (!has)
        return 0;
    const char *s = id->buf ? id->buf : "";
    *off = r->batch_str.len;
    *len = id->len;
    if (erg__buf_add(&r->batch_str, s, id->len + 1)) /* with its NUL */
        return -1;
    if (hash && r->ids_cap) {
        *h = erg__hash(s, id->len);
        __builtin_prefetch(&r->ids[*h & (r->ids_cap - 1)]);
    }
    return 0;
}

int erg__link_batch(reader_t *r)
{
    if (r->nbatch == 0) {
        r->batch_first = r->g->nlinks;
        r->batch_str.len = 0;
    }
    batched_t *b = &r->batch[r->nbatch];
    b->w = r->w;
    b->s_same = r->has_s && r->has_last_src && r->src.len == r->last_src.len &&
                memcmp(r->src.buf ? r->src.buf : "", r->last_src.buf, r->src.len) == 0;
    if (batch_end(r, &r->src, r->has_s, &b->s_off, &b->s_len, &b->hs, !b->s_same) ||
        batch_end(r, &r->tgt, r->has_t, &b->t_off, &b->t_len, &b->ht, 1))
        return -1;
    r->has_last_src = r->has_s;
    if (r->has_s && !b->s_same) {
        r->last_src.len = 0;
        if (erg__buf_add(&r->last_src, r->src.buf ? r->src.buf : "", r->src.len))
            return -1;
    }
    r->g->nlinks++;
    return ++r->nbatch == BATCH ? erg__links_flush(r) : 0;
}

int erg__links_flush(reader_t *r)
{
    size_t n = r->nbatch, at[BATCH][2];
    const char *str = r->batch_str.buf;
    r->nbatch = 0;
    if (!n)
        return 0;
    /* the first slot of each end, whose id is fetched while the others'
     * slots are read */
    for (size_t k = 0; k < n && r->ids_cap; k++) {
        const batched_t *b = &r->batch[k];
        at[k][0] = b->s_off != NONE && !b->s_same ? id_scan(r, b->hs, b->hs & (r->ids_cap - 1)) : NONE;
        at[k][1] = b->t_off != NONE ? id_scan(r, b->ht, b->ht & (r->ids_cap - 1)) : NONE;
        for (int e = 0; e < 2; e++)
            if (at[k][e] != NONE && r->ids[at[k][e]].id)
                __builtin_prefetch(r->ids[at[k][e]].id);
    }
    for (size_t k = 0; k < n; k++) {
        const batched_t *b = &r->batch[k];
        size_t i = r->batch_first + k, a = NONE, c = NONE;
        const char *s = b->s_off != NONE ? str + b->s_off : NULL;
        const char *t = b->t_off != NONE ? str + b->t_off : NULL;
        if (s && t && r->ids_cap) {
            size_t x;
            if (b->s_same)
                a = r->last_a;
            else if (r->ids[x = id_slot(r, s, b->s_len, b->hs, at[k][0])].id)
                a = r->ids[x].node;
            if (r->ids[x = id_slot(r, t, b->t_len, b->ht, at[k][1])].id)
                c = r->ids[x].node;
        }
        r->last_a = a;
        int rc = link_set(r, i, s, t, a, c, &b->w, &r->g->links[i]);
        if (rc <= 0) { /* the links read after it are not the network's */
            r->g->nlinks = i;
            return rc;
        }
    }
    return 0;
}

static const erg_link_t *sort_links;

static int cmp_pair(const void *x, const void *y)
{
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    const erg_link_t *a = &sort_links[i], *b = &sort_links[j];
    if (a->source != b->source)
        return a->source < b->source ? -1 : 1;
    if (a->target != b->target)
        return a->target < b->target ? -1 : 1;
    return i < j ? -1 : i > j;
}

/* The first link of [0, n) (in file order) whose pair an earlier one has:
 * its index in *dup, 1; 0 when none; -1 when out of memory. Links in
 * order of their pairs, as ergraph writes them ([0, sorted) are, as
 * link_set saw), need nothing more. */
static int first_duplicate(const erg_link_t *links, size_t n, size_t sorted, size_t *dup)
{
    if (sorted >= n)
        return 0;
    size_t i;
    size_t *idx = malloc(n * sizeof *idx);
    if (!idx)
        return -1;
    for (i = 0; i < n; i++)
        idx[i] = i;
    sort_links = links;
    qsort(idx, n, sizeof *idx, cmp_pair);
    int found = 0;
    for (i = 1; i < n; i++) {
        const erg_link_t *a = &links[idx[i - 1]], *b = &links[idx[i]];
        if (a->source == b->source && a->target == b->target && (!found || idx[i] < *dup)) {
            *dup = idx[i];
            found = 1;
        }
    }
    free(idx);
    return found;
}

/* Points each link at its run of the store's articles and snippets, read
 * one after another. */
static void links_point(reader_t *r)
{
    erg_graph_t *g = r->g;
    size_t d = 0, e = 0;
    for (size_t i = 0; i < g->nlinks; i++) {
        erg_link_t *l = &g->links[i];
        l->docs = l->ndocs ? r->store->docs + d : NULL;
        l->evidence = l->nevidence ? r->store->evidence + e : NULL;
        d += l->ndocs;
        e += l->nevidence;
    }
}

int erg__network_finish(reader_t *r)
{
    erg_graph_t *g = r->g;
    int links = r->links_key ? r->links_state : r->edges_state;
    if (!r->root_map || r->nodes_state != ARRAY || links != ARRAY)
        return erg__fail(r->err, ERG_EPARSE, "%s: not a network: expected node-link JSON with "
                         "\"nodes\" and \"links\" arrays", r->path);
    if (r->directed)
        return erg__fail(r->err, ERG_EPARSE, "%s: not supported: directed or multigraph network",
                         r->path);
    if (r->net_rc && !r->net_err_link) { /* a node's error: the links were not read */
        *r->err = r->net_err;
        return r->net_rc;
    }
    if (erg__links_flush(r) < 0)
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    for (size_t i = 0; i < r->npend && !r->net_rc; i++) {
        const pending_t *p = &r->pend[i];
        if (erg__link_check(r, i, p->s, p->t, &p->w, &g->links[i]) < 0)
            return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    }
    size_t d = 0; /* (set when dup is 1; valgrind saw the optimized code read it before) */
    int dup = first_duplicate(g->links, r->net_rc ? r->net_upto : g->nlinks, r->sorted, &d);
    if (dup < 0)
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    if (dup) {
        const erg_link_t *l = &g->links[d];
        int flip = r->flip[d / 8] >> d % 8 & 1;
        return erg__fail(r->err, ERG_EPARSE, "%s: link %zu: duplicate link '%s' - '%s'", r->path,
                         d + 1, g->nodes[flip ? l->target : l->source].id,
                         g->nodes[flip ? l->source : l->target].id);
    }
    if (r->net_rc) {
        *r->err = r->net_err;
        return r->net_rc;
    }
    if (r->meta && !(g->meta_json = cJSON_PrintUnformatted(r->meta)))
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    /* what grew by doubling, to its size */
    void *p = realloc(g->links, (g->nlinks ? g->nlinks : 1) * sizeof *g->links);
    if (p)
        g->links = p;
    links_point(r);
    return 0;
}

/* ---- the place of a syntax error -------------------------------------- */

/* The byte at offset `off` of the input: -1 when not at hand, -2 past the end. */
static int byte_at(const reader_t *r, size_t off)
{
    if (off >= r->total)
        return r->at_eof ? -2 : -1;
    if (off >= r->cur_base)
        return (unsigned char)r->cur[off - r->cur_base];
    if (off >= r->prev_base && off - r->prev_base < r->prev_len)
        return (unsigned char)r->prev[off - r->prev_base];
    return -1;
}

static int skip_space(const reader_t *r, size_t *p)
{
    int c;
    while ((c = byte_at(r, *p)) == ' ' || c == '\t' || c == '\n' || c == '\r')
        (*p)++;
    return c;
}

/* Past s[0..n): each newline a line, any other byte a column, up to the
 * first NUL. Every chunk goes through it: newlines are counted eight
 * bytes at a time. */
static void advance(const char *s, size_t n, size_t *line, size_t *col, int *nul)
{
    if (*nul)
        return;
    const char *z = memchr(s, '\0', n);
    if (z) {
        n = (size_t)(z - s);
        *nul = 1;
    }
    const uint64_t ones = 0x0101010101010101ULL, low = 0x7F7F7F7F7F7F7F7FULL;
    size_t lines = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        w ^= ones * '\n';                     /* a newline's byte is now 0 */
        w = ~(((w & low) + low) | w | low); /* 0x80 in each such byte */
        lines += (size_t)(((w >> 7) * ones) >> 56); /* their sum in the top byte */
    }
    for (; i < n; i++)
        lines += s[i] == '\n';
    if (!lines) {
        *col += n;
        return;
    }
    size_t last = n;
    while (s[--last] != '\n')
        ;
    *line += lines;
    *col = n - last;
}

void erg__pos_advance(reader_t *r)
{
    r->prev_line = r->line;
    r->prev_col = r->col;
    r->prev_nul_seen = r->nul_seen;
    advance(r->prev, r->prev_len, &r->line, &r->col, &r->nul_seen);
}

/* erg__line_col of offset `off`, which is in the chunk at hand or the one
 * before. */
static void line_col(const reader_t *r, size_t off, size_t *line, size_t *col)
{
    int nul;
    if (off >= r->cur_base || off < r->prev_base) {
        *line = r->line, *col = r->col, nul = r->nul_seen;
        advance(r->cur, off >= r->cur_base ? off - r->cur_base : 0, line, col, &nul);
    } else {
        *line = r->prev_line, *col = r->prev_col, nul = r->prev_nul_seen;
        advance(r->prev, off - r->prev_base, line, col, &nul);
    }
}

/* In a string starting at p that yajl could not take: cJSON stopped at a
 * bad escape; yajl also refuses a control character, which cJSON let
 * through: its place. A string cut by the end of the file: the byte after
 * its quote. */
static size_t string_place(const reader_t *r, size_t p, size_t yoff)
{
    for (size_t q = p + 1;; q++) {
        int c = byte_at(r, q);
        if (c == -1)
            return yoff;
        if (c == -2 || c == '"')
            return p + 1;
        if (c < 0x20)
            return q;
        if (c != '\\')
            continue;
        c = byte_at(r, q + 1);
        if (c == 'u') {
            for (size_t k = 2; k < 6; k++) {
                int h = byte_at(r, q + k);
                if (h == -1)
                    return yoff;
                if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                    return q;
            }
        } else if (c < 0 || !strchr("\"\\/bfnrt", c))
            return c == -1 ? yoff : q;
        q++;
    }
}

/* A number at p that yajl could not take: cJSON read up to 63 of its
 * characters with strtod and stopped where strtod did. */
static size_t number_place(const reader_t *r, size_t p, size_t yoff)
{
    char num[64];
    size_t n = 0;
    int c;
    while (n < sizeof num - 1 && (c = byte_at(r, p + n)) >= 0 && strchr("0123456789+-.eE", c) && c)
        num[n++] = (char)c;
    if (c == -1)
        return yoff;
    num[n] = '\0';
    char *end;
    strtod(num, &end);
    return p + (size_t)(end - num);
}

/* Where cJSON put the error: at the token that does not fit, found from
 * the last token yajl took; a byte past its start when it had to be a
 * string (cJSON's parse_string failing there); never past the last byte.
 * yoff (just past the token yajl could not take) when the bytes are no
 * longer at hand. */
static size_t error_place(reader_t *r, size_t yoff)
{
    size_t p = r->last_end;
    int c = skip_space(r, &p), in_map = r->depth ? r->is_map[r->depth] : 0;
    enum { PUNCT, KEY, VALUE } want = PUNCT;
    if (r->last_ev == EV_VALUE && r->depth && c == ',') {
        p++;
        c = skip_space(r, &p);
        want = in_map ? KEY : VALUE;
    } else if (r->last_ev == EV_KEY && c == ':') {
        p++;
        c = skip_space(r, &p);
        want = VALUE;
    } else if (r->last_ev == EV_OPEN_MAP)
        want = KEY;
    else if (r->last_ev == EV_OPEN_ARRAY || r->last_ev == EV_NONE)
        want = VALUE;
    if (c == -1)
        return yoff;
    if (c == -2)
        return p;
    if (c == '"' && want != PUNCT)
        return string_place(r, p, yoff);
    if ((c == '-' || (c >= '0' && c <= '9')) && want == VALUE)
        return number_place(r, p, yoff);
    return p + (want == KEY);
}

int erg__syntax_error(reader_t *r, int st)
{
    if (st == yajl_status_client_canceled && r->rc == ERG_ENOMEM)
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    size_t pos = st == yajl_status_client_canceled
                     ? r->too_deep_at
                     : error_place(r, r->ybase + yajl_get_bytes_consumed(r->h));
    if (pos >= r->total && !r->at_eof) { /* is that the end? */
        char c;
        if (read(r->fd, &c, 1) == 0)
            r->at_eof = 1;
    }
    if (r->at_eof && pos >= r->total)
        pos = r->total ? r->total - 1 : 0;
    size_t line, col;
    line_col(r, pos, &line, &col);
    return erg__fail(r->err, ERG_EPARSE, "%s:%zu:%zu: malformed JSON", r->path, line, col);
}
