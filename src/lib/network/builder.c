/*
 * builder.c: the builder: windows -> counts, frequencies and evidence, then
 * the network (weights.c, prune.c) and its metadata (metadata.c).
 *
 * Counting (doc/method.md, "Counting"): with --count windows, a link's count c_ij is the
 * number of windows holding both ends, an entity's frequency f_i the number
 * of windows holding it, and N the number of windows holding any kept
 * mention. With --count documents all three count articles instead (an
 * article counts once if any of its windows qualifies). Mentions left out
 * (bylines unless keep_bylines, sources unless keep_sources, types not in
 * opts.types) enter none of these.
 * The builder owns copies of everything it keeps, so articles can be
 * released after erg_builder_add. Its state is in network_internal.h, which part_write.c
 * shares to write and read a shard's partial counts.
 *
 * A node's identity is the phrase key of its name (the name itself when
 * the key is empty), whatever the order articles come in: variants the
 * recognizer named differently ("José Ramos", "Jose Ramos") are one node,
 * named as first met. That makes counts of shards mergeable.
 */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "network_internal.h"
#include "timing.h"

#include <stdlib.h>
#include <string.h>

erg_builder_t *erg_builder_new(const erg_build_opts_t *o)
{
    erg_builder_t *b = calloc(1, sizeof *b);
    if (b)
        b->opts = *o;
    return b;
}

static void clear(erg_builder_t *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->nodes[i].id);
        free(b->nodes[i].key);
        for (size_t k = 0; k < b->nodes[i].naliases; k++)
            free(b->nodes[i].aliases[k]);
        free(b->nodes[i].aliases);
    }
    erg__map_release(&b->forms);
    erg__builder_links_release(b);
    erg__arena_release(&b->strings);
    for (size_t i = 0; i < b->ninputs; i++)
        free(b->inputs[i]);
    free(b->inputs);
    free(b->opts_from);
    free(b->nodes);
    free(b->docs);
    free(b->dates);
    free(b->pairs);
    erg__map_release(&b->node_index);
    erg_build_opts_t o = b->opts;
    memset(b, 0, sizeof *b);
    b->opts = o;
}

void erg_builder_free(erg_builder_t *b)
{
    if (!b)
        return;
    clear(b);
    free(b);
}

int erg__builder_node(erg_builder_t *b, const char *name, const char *key, erg_type_t type,
                     size_t *out)
{
    /* keys and bare names share the map behind a byte no name holds; the
     * id is made on the stack when it fits, as nearly all do: this runs
     * for every mention */
    const char *s = key && *key ? key : name;
    size_t n = strlen(s);
    char small[256];
    erg_buf_t id = {0};
    if (n + 2 <= sizeof small) {
        id.buf = small;
        id.cap = sizeof small;
    }
    int rc = 0;
    if (erg__buf_add(&id, key && *key ? "\x01" : "\x02", 1) || erg__buf_add(&id, s, n))
        rc = ERG_ENOMEM;
    size_t *v = rc ? NULL : erg__map_get(&b->node_index, id.buf, id.len);
    if (v)
        *out = *v;
    void *p = b->nodes;
    if (rc || v || (rc = erg__grow(&p, &b->ncap, b->n + 1, sizeof *b->nodes))) {
        if (id.buf != small)
            erg__buf_release(&id);
        return rc;
    }
    b->nodes = p;
    erg_bnode_t *nd = &b->nodes[b->n];
    memset(nd, 0, sizeof *nd);
    nd->last_doc = nd->last_freq_doc = (size_t)-1;
    nd->type = type;
    if (!(nd->id = erg__strdup(name)) || !(nd->key = erg__strdup(key ? key : "")) ||
        erg__map_put(&b->node_index, id.buf, id.len, b->n)) {
        free(nd->id);
        free(nd->key);
        rc = ERG_ENOMEM;
    } else {
        *out = b->n++;
    }
    if (id.buf != small)
        erg__buf_release(&id);
    return rc;
}

int erg__builder_alias(erg_builder_t *b, size_t node, const char *s, size_t n)
{
    /* one map for every node's forms rather than a map per node: 10,000
     * nodes made 10,000 maps of 64 slots, each probe a read far from the
     * last */
    char small[256];
    char *key = n + sizeof node <= sizeof small ? small : malloc(n + sizeof node);
    if (!key)
        return ERG_ENOMEM;
    memcpy(key, &node, sizeof node);
    memcpy(key + sizeof node, s, n);
    int rc = 0;
    if (!erg__map_get(&b->forms, key, n + sizeof node)) {
        erg_bnode_t *nd = &b->nodes[node];
        void *p = nd->aliases;
        char *copy = erg__utf8_clean(s, n);
        if (!copy || erg__grow(&p, &nd->acap, nd->naliases + 1, sizeof(char *)) ||
            erg__map_put(&b->forms, key, n + sizeof node, 1)) {
            free(copy);
            rc = ERG_ENOMEM;
        } else {
            nd->aliases = p;
            nd->aliases[nd->naliases++] = copy;
        }
    }
    if (key != small)
        free(key);
    return rc;
}

/* A snippet quotes the article from the sentence of one end's first mention
 * in the window to the sentence of the other's. Where that stretch is longer
 * than SNIPPET_MAX bytes (a document or a long paragraph as the window, a
 * sentence that never ends) it is cut to an excerpt: the text around both
 * mentions, or, when they are far apart, the text around each in its
 * sentence joined by " ... ", with "..." (U+2026) marking every cut. So a
 * link's evidence is bounded whatever the window: a 64 KB article quoted
 * whole in each of its 110,000 links made a 1.5 GB network file. Sentences
 * of real news are far shorter, so their snippets are the sentences. */
#define SNIPPET_MAX 600
#define ELLIPSIS "\xE2\x80\xA6"

typedef struct {
    size_t lo, hi; /* a piece of the article quoted: [lo, hi) */
} piece_t;

/* The piece of [lo, hi) at most `max` bytes long around [m0, m1), cut at
 * character boundaries and, near enough, at spaces. */
static piece_t around(const char *t, size_t lo, size_t hi, size_t m0, size_t m1, size_t max)
{
    piece_t p = {lo, hi};
    m0 = m0 < lo ? lo : m0 > hi ? hi : m0;
    m1 = m1 < m0 ? m0 : m1 > hi ? hi : m1;
    if (hi - lo <= max)
        return p;
    if (m1 - m0 >= max) { /* a mention longer than the room: its start */
        p.lo = m0, p.hi = m0 + max;
    } else {
        size_t room = max - (m1 - m0), before = room / 2, after = room - before;
        if (m0 - lo < before)
            after += before - (m0 - lo), before = m0 - lo;
        if (hi - m1 < after)
            before += after - (hi - m1), after = hi - m1;
        p.lo = m0 - before, p.hi = m1 + after;
        for (size_t k = 0; p.lo > lo && k < 24 && p.lo + k < m0; k++)
            if (t[p.lo + k] == ' ') {
                p.lo += k + 1;
                break;
            }
        for (size_t k = 0; p.hi < hi && k < 24 && p.hi - k > m1; k++)
            if (t[p.hi - k - 1] == ' ') {
                p.hi -= k + 1;
                break;
            }
    }
    while (p.lo > lo && p.lo < p.hi && ((unsigned char)t[p.lo] & 0xC0) == 0x80)
        p.lo++;
    while (p.hi < hi && p.hi > p.lo && ((unsigned char)t[p.hi] & 0xC0) == 0x80)
        p.hi--;
    return p;
}

/* The snippet for a pair first met at mentions x and y of this article. */
static int add_evidence(erg_builder_t *b, erg_blink_t *l, size_t x, size_t y)
{
    const erg_mentions_t *m = b->men;
    if (l->nev >= b->opts.counting.evidence || m->nsent == 0)
        return 0;
    const erg_mention_t *p = &m->items[x], *q = &m->items[y];
    if (q->start < p->start) {
        const erg_mention_t *t = p;
        p = q;
        q = t;
    }
    size_t sp = p->sentence, sq = q->sentence;
    if (sp > sq) /* a nested mention may start after its sentence */
        sp = sq, sq = p->sentence;
    const char *t = b->art->text;
    size_t lo = m->sent_start[sp], hi = m->sent_end[sq];
    size_t m1 = q->end > p->end ? q->end : p->end;
    piece_t one = {lo, hi}, two = {0, 0};
    if (hi - lo > SNIPPET_MAX && m1 - p->start <= SNIPPET_MAX) {
        one = around(t, lo, hi, p->start, m1, SNIPPET_MAX);
    } else if (hi - lo > SNIPPET_MAX) {
        size_t s1 = p->sentence, s2 = q->sentence;
        one = around(t, m->sent_start[s1], m->sent_end[s1], p->start, p->end, SNIPPET_MAX / 2);
        two = around(t, m->sent_start[s2], m->sent_end[s2], q->start, q->end, SNIPPET_MAX / 2);
    }
    erg_evidence_t *e;
    if (erg__builder_ev_slot(b, l, &e))
        return ERG_ENOMEM;
    e->start = one.lo;
    e->end = two.hi > two.lo ? two.hi : one.hi;
    e->doc = b->docs[b->doc];
    /* pairs quoting the same pieces of this article share their copy; the
     * pairs of one window, counted in a row, most often quote the last
     * pieces looked up, which are then not hashed again */
    size_t span[6] = {lo, hi, one.lo, one.hi, two.lo, two.hi};
    if (b->last_snip && memcmp(span, b->last_span, sizeof span) == 0) {
        e->text = b->last_snip;
        l->nev++;
        return 0;
    }
    size_t *known = erg__map_get(&b->snips, span, sizeof span);
    if (known) {
        e->text = (char *)(uintptr_t)*known;
        memcpy(b->last_span, span, sizeof span);
        b->last_snip = e->text;
        l->nev++;
        return 0;
    }
    erg_buf_t s = {0};
    int rc = 0;
    if (one.lo > lo)
        rc |= erg__buf_adds(&s, ELLIPSIS);
    rc |= erg__buf_add(&s, t + one.lo, one.hi - one.lo);
    if (two.hi > two.lo) {
        rc |= erg__buf_adds(&s, " " ELLIPSIS " ");
        rc |= erg__buf_add(&s, t + two.lo, two.hi - two.lo);
    }
    if (e->end < hi)
        rc |= erg__buf_adds(&s, ELLIPSIS);
    if (rc || !(e->text = erg__builder_text(b, s.len ? s.buf : "", s.len)) ||
        erg__map_put(&b->snips, span, sizeof span, (size_t)(uintptr_t)e->text))
        rc = ERG_ENOMEM;
    if (!rc) {
        memcpy(b->last_span, span, sizeof span);
        b->last_snip = e->text;
    }
    erg__buf_release(&s);
    if (!rc)
        l->nev++;
    return rc;
}

/* A pair of entities sharing a window (mult identical ones) of the article
 * being added, first met at its mentions fx and fy. */
struct erg_bpair {
    size_t x, y, fx, fy;
    long mult;
};

enum { PAIRS_MAX = 4096 }; /* pairs kept at most: 160 KB */

/* Counts the article's pairs in the order its windows gave them. Their
 * links are found a few pairs ahead: each pair's slot fetched 16 pairs
 * before it is counted, its link 8 before (a link is read far from the
 * last one, and windows of a sentence hold a few pairs, too few to fetch
 * ahead within one). */
static int count_pairs(erg_builder_t *b)
{
    enum { AHEAD = 8 };
    int by_doc = b->opts.counting.count == ERG_COUNT_DOCUMENTS;
    const struct erg_bpair *pr = b->pairs;
    size_t n = b->npairs;
    int fetch = erg__fetch_worth(b->slot_cap * sizeof *b->link_slot, 1);
    for (size_t q = 0; fetch && q < n && q < 2 * AHEAD; q++)
        erg__builder_link_ahead(b, pr[q].x, pr[q].y, 0);
    for (size_t q = 0; q < n; q++) {
        if (fetch && q + 2 * AHEAD < n)
            erg__builder_link_ahead(b, pr[q + 2 * AHEAD].x, pr[q + 2 * AHEAD].y, 0);
        if (fetch && q + AHEAD < n)
            erg__builder_link_ahead(b, pr[q + AHEAD].x, pr[q + AHEAD].y, 1);
        erg_blink_t *l;
        if (erg__builder_link(b, pr[q].x, pr[q].y, &l))
            return ERG_ENOMEM;
        int new_doc = erg__builder_last_doc(b, l) != b->doc;
        if (new_doc && erg__builder_link_doc(b, l, b->doc))
            return ERG_ENOMEM;
        l->count += by_doc ? new_doc : pr[q].mult;
        if (add_evidence(b, l, pr[q].fx, pr[q].fy))
            return ERG_ENOMEM;
    }
    return 0;
}

/* erg_window_fn: counts one window's entities (mult identical windows) and
 * keeps its pairs for count_pairs. */
static int count_window(void *ctx, const size_t *ids, const size_t *firsts, size_t k, long mult)
{
    erg_builder_t *b = ctx;
    int by_doc = b->opts.counting.count == ERG_COUNT_DOCUMENTS;
    if (!by_doc)
        b->st.windows += mult;
    for (size_t i = 0; i < k; i++) {
        erg_bnode_t *nd = &b->nodes[ids[i]];
        if (!by_doc)
            nd->freq += mult;
        else if (nd->last_freq_doc != b->doc)
            nd->freq++;
        nd->last_freq_doc = b->doc;
    }
    for (size_t i = 0; i < k; i++)
        for (size_t j = i + 1; j < k; j++) {
            if (b->npairs == PAIRS_MAX) { /* a long document window: counted in parts */
                int rc = count_pairs(b);
                if (rc)
                    return rc;
                b->npairs = 0;
            }
            void *p = b->pairs;
            if (b->npairs == b->pcap && erg__grow(&p, &b->pcap, b->npairs + 1, sizeof *b->pairs))
                return ERG_ENOMEM;
            b->pairs = p;
            b->pairs[b->npairs++] = (struct erg_bpair){ids[i], ids[j], firsts[i], firsts[j], mult};
        }
    return 0;
}

/* Is the article in the --since/--until range? Counts what it leaves out.
 * Sets date to the article's, "" when it has none: finding it reads the
 * article's first lines, so once. */
static int in_range(erg_builder_t *b, const erg_article_t *a, char date[11])
{
    int dated = erg_article_date(a, date);
    if (!dated)
        date[0] = 0;
    int bounded = b->opts.counting.since[0] || b->opts.counting.until[0];
    if (bounded && !dated) {
        b->st.left_undated++;
        return 0;
    }
    if (bounded && ((b->opts.counting.since[0] && strcmp(date, b->opts.counting.since) < 0) ||
                    (b->opts.counting.until[0] && strcmp(date, b->opts.counting.until) > 0))) {
        b->st.left_out_of_range++;
        return 0;
    }
    if (!dated) {
        b->st.undated++;
        return 1;
    }
    if (!b->st.dated++ || strcmp(date, b->st.first) < 0)
        memcpy(b->st.first, date, sizeof b->st.first);
    if (strcmp(date, b->st.last) > 0)
        memcpy(b->st.last, date, sizeof b->st.last);
    return 1;
}

/* Is mention x counted (its role and type)? */
static int counted(const erg_builder_t *b, const erg_mention_t *x)
{
    return !((x->role == ERG_ROLE_BYLINE && !b->opts.counting.keep_bylines) ||
             (x->role == ERG_ROLE_SOURCE && !b->opts.counting.keep_sources) ||
             !(b->opts.counting.types & 1u << x->type));
}

/* Fetches ahead (hints only) what erg__builder_node and erg__builder_alias
 * will read for mention x: with `peek` 0 the slot of its node's key in
 * node_index (its hash goes to *h); with 1 that slot read, and when it
 * holds that hash its key, its node and the slot of the node's form x in
 * `forms`. The maps are larger than the caches on a corpus of many names,
 * and each mention's two lookups waited for their lines in turn. */
static void mention_ahead(const erg_builder_t *b, const erg_article_t *a, const erg_mention_t *x,
                          uint64_t *h, int peek)
{
    if (!peek) {
        const char *s = x->key && *x->key ? x->key : x->entity;
        size_t n = strlen(s);
        char id[128];
        *h = 0;
        if (n + 1 > sizeof id || !b->node_index.cap)
            return;
        id[0] = x->key && *x->key ? '\x01' : '\x02';
        memcpy(id + 1, s, n);
        *h = erg__hash(id, n + 1);
        erg__map_prefetch(&b->node_index, *h);
        return;
    }
    if (!*h)
        return;
    const erg_map_slot_t *sl = &b->node_index.slots[*h & (b->node_index.cap - 1)];
    size_t n = x->end - x->start;
    char form[128];
    if (!sl->key || sl->hash != *h || n + sizeof sl->val > sizeof form || !b->forms.cap)
        return;
    __builtin_prefetch(sl->key);
    __builtin_prefetch(&b->nodes[sl->val], 1);
    memcpy(form, &sl->val, sizeof sl->val);
    memcpy(form + sizeof sl->val, a->text + x->start, n);
    erg__map_prefetch(&b->forms, erg__hash(form, n + sizeof sl->val));
}

static int builder_add(erg_builder_t *b, const erg_article_t *a, const erg_mentions_t *m,
                       erg_error_t *err)
{
    enum { AHEAD = 4 };
    char date[11];
    if (!in_range(b, a, date))
        return 0;
    size_t doc;
    erg__map_clear(&b->snips); /* snippets are shared within an article */
    b->last_snip = NULL;
    if (erg__builder_doc(b, a->id, date, &doc))
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    size_t *key = malloc((m->n + 1) * sizeof *key);
    int rc = key ? 0 : ERG_ENOMEM;
    size_t kept = 0;
    uint64_t ahead[4 * AHEAD] = {0}; /* the node keys' hashes of mentions i + 1 .. i + 2 AHEAD */
    int fetch = erg__fetch_worth((b->node_index.cap + b->forms.cap) * sizeof(erg_map_slot_t), 1);
    for (size_t i = 0; fetch && i < m->n && i < 2 * AHEAD; i++)
        if (counted(b, &m->items[i]))
            mention_ahead(b, a, &m->items[i], &ahead[i % (4 * AHEAD)], 0);
    for (size_t i = 0; i < m->n && !rc; i++) {
        const erg_mention_t *x = &m->items[i];
        size_t f = i + 2 * AHEAD, p = i + AHEAD;
        if (fetch && f < m->n && counted(b, &m->items[f]))
            mention_ahead(b, a, &m->items[f], &ahead[f % (4 * AHEAD)], 0);
        if (fetch && p < m->n && counted(b, &m->items[p]))
            mention_ahead(b, a, &m->items[p], &ahead[p % (4 * AHEAD)], 1);
        key[i] = (size_t)-1;
        if (!counted(b, x))
            continue;
        if ((rc = erg__builder_node(b, x->entity, x->key, x->type, &key[i])))
            break;
        erg_bnode_t *nd = &b->nodes[key[i]];
        nd->mentions++;
        /* lone: one word and nothing to say it names a person; an
         * organization's one-word discovered name counts ("research firm
         * Gartner" beside "Gartner said") */
        nd->lone += (x->flags & ERG_MENTION_LONE) ||
                    (x->type == ERG_TYPE_ORGANIZATION && (x->flags & ERG_MENTION_DISCOVERED) && !strchr(x->key, ' '));
        b->st.mentions++;
        kept++;
        if (nd->last_doc != doc) {
            nd->documents++;
            nd->last_doc = doc;
        }
        rc = erg__builder_alias(b, key[i], a->text + x->start, x->end - x->start);
        if (x->flags & ERG_MENTION_NESTED)
            key[i] = (size_t)-1;
    }
    if (!rc && kept && b->opts.counting.count == ERG_COUNT_DOCUMENTS)
        b->st.windows++;
    b->art = a;
    b->men = m;
    b->doc = doc;
    b->npairs = 0;
    if (!rc)
        rc = erg__windows_each(&b->opts, a, m, key, count_window, b);
    if (!rc)
        rc = count_pairs(b);
    free(key);
    if (rc)
        return erg__fail(err, rc, "%s: %s", a->id, erg_strerror(rc));
    return 0;
}

int erg_builder_add(erg_builder_t *b, const erg_article_t *a, const erg_mentions_t *m,
                    erg_error_t *err)
{
    double t = erg__timing_start();
    int rc = builder_add(b, a, m, err);
    erg__timing_add("count", t);
    return rc;
}

static const erg_bnode_t *sort_nodes;

static int cmp_node(const void *x, const void *y)
{
    return strcmp(sort_nodes[*(const size_t *)x].id, sort_nodes[*(const size_t *)y].id);
}

static int cmp_link(const void *x, const void *y)
{
    const erg_link_t *p = x, *q = y;
    if (p->source != q->source)
        return p->source < q->source ? -1 : 1;
    return (p->target > q->target) - (p->target < q->target);
}

static const erg_link_t *sort_links_of;

static int cmp_target(const void *x, const void *y)
{
    size_t a = sort_links_of[*(const size_t *)x].target, b = sort_links_of[*(const size_t *)y].target;
    return (a > b) - (a < b);
}

/* Sorts g's links by (source, target) as qsort with cmp_link would: no two
 * links share both ends, so the order is one and the same whatever the
 * method. Their order is found by source in one counting pass, then each
 * source's few links by target, and the links are moved into it in place,
 * cycle by cycle: qsort over every link was most of the single-threaded
 * end of a build, while the other cores wait. Takes 8 bytes a link and
 * a node, as glibc's qsort took for its pointers. */
static void sort_links(erg_graph_t *g)
{
    size_t n = g->nnodes, m = g->nlinks;
    size_t *at = calloc(n + 1, sizeof *at), *idx = malloc(m * sizeof *idx);
    erg_link_t *l = g->links;
    if (!at || !idx) { /* no room: qsort */
        free(at);
        free(idx);
        qsort(l, m, sizeof *l, cmp_link);
        return;
    }
    for (size_t i = 0; i < m; i++)
        at[l[i].source + 1]++;
    for (size_t v = 0; v < n; v++)
        at[v + 1] += at[v];
    for (size_t i = 0; i < m; i++) /* at[v] ends at the start of v + 1's */
        idx[at[l[i].source]++] = i;
    sort_links_of = l;
    for (size_t v = 0, from = 0; v < n; from = at[v++])
        if (at[v] - from > 1)
            qsort(idx + from, at[v] - from, sizeof *idx, cmp_target);
    /* link k is to be l[idx[k]]: follow each cycle once, marking idx[k] = k */
    for (size_t k = 0; k < m; k++) {
        if (idx[k] == k)
            continue;
        erg_link_t first = l[k];
        size_t j = k;
        while (idx[j] != k) {
            size_t next = idx[j];
            l[j] = l[next];
            idx[j] = j;
            j = next;
        }
        l[j] = first;
        idx[j] = j;
    }
    free(at);
    free(idx);
}

/* Moves the builder's nodes and links into g, sorted; freq[i] gets node i's
 * frequency, lone[i] its lone mentions. */
static int move_out(erg_builder_t *b, erg_graph_t *g, long *freq, long *lone, size_t *order, size_t *rank)
{
    for (size_t i = 0; i < b->n; i++)
        order[i] = i;
    sort_nodes = b->nodes;
    if (b->n)
        qsort(order, b->n, sizeof *order, cmp_node);
    for (size_t i = 0; i < b->n; i++) {
        erg_bnode_t *s = &b->nodes[order[i]];
        erg_node_t *d = &g->nodes[i];
        rank[order[i]] = i;
        freq[i] = s->freq;
        lone[i] = s->lone;
        d->id = s->id;
        s->id = NULL;
        d->type = s->type;
        d->mentions = s->mentions;
        d->documents = s->documents;
        if (s->naliases)
            qsort(s->aliases, s->naliases, sizeof(char *), erg__cmp_str);
        d->aliases = s->aliases;
        d->naliases = s->naliases;
        s->aliases = NULL;
        s->naliases = 0;
    }
    erg__map_release(&b->forms); /* counting is over: room for the network */
    g->nnodes = b->n;
    int rc = erg__builder_move_links(b, g, rank);
    if (rc)
        return rc;
    if (g->nlinks)
        sort_links(g);
    return 0;
}

int erg_builder_finish(erg_builder_t *b, const char *const *inputs, size_t ninputs,
                       erg_graph_t *g, erg_error_t *err)
{
    double t = erg__timing_start();
    erg_graph_init(g);
    size_t *order = malloc((b->n + 1) * sizeof *order);
    size_t *rank = malloc((b->n + 1) * sizeof *rank);
    long *freq = malloc((b->n + 1) * sizeof *freq);
    long *lone = malloc((b->n + 1) * sizeof *lone);
    g->nodes = calloc(b->n + 1, sizeof *g->nodes);
    erg_prune_report_t pr = {0};
    int rc = 0;
    if (!order || !rank || !freq || !lone || !g->nodes) {
        rc = ERG_ENOMEM;
        goto cleanup;
    }
    b->st.articles = b->ndocs;
    if ((rc = move_out(b, g, freq, lone, order, rank)) ||
        (rc = erg__graph_merge_short_names(g, freq, lone, &b->st.short_names)) ||
        (rc = erg__weights_apply(g, freq, b->st.windows, b->opts.finishing.weight, &b->st.nonpositive)) ||
        (rc = erg__graph_prune(g, &b->opts, &pr)))
        goto cleanup;
    if (!(g->meta_json = erg__build_meta(&b->opts, &b->st, &pr, g, inputs, ninputs, b)))
        rc = ERG_ENOMEM;
    if (b->st.left_undated)
        erg__warn("%zu undated article%s left out by --since/--until", b->st.left_undated,
                 b->st.left_undated == 1 ? "" : "s");
cleanup:
    free(order);
    free(rank);
    free(freq);
    free(lone);
    clear(b);
    erg__timing_add("network", t);
    if (rc) {
        erg_graph_release(g);
        return erg__fail(err, rc, "cannot build the network: %s", erg_strerror(rc));
    }
    return 0;
}
