/*
 * bipartite.c: the document-entity network (build --bipartite): the same
 * pass as erg_build_network, which also keeps, for each article counted,
 * how many of its mentions each entity has.
 *
 * Entities are told apart as the builder tells its nodes apart (the phrase
 * key of the name, else the name) and named as it names them (the first
 * name met), with the same mentions left out, so that each maps onto the
 * node the network keeps for it; once the network is finished, an entity
 * whose node a short-name join folded into a full name (network/shortnames.c)
 * is found among that node's aliases, and one pruning removed is left out.
 *
 * Its projections (--project) link the articles, or the entities, that
 * share a node of the other set, row by row of the product of the
 * incidence matrix with its transpose: time is the sum over the nodes of the
 * other set of their degree squared, memory the links written.
 */
#include "ergraph.h"
#include "err.h"
#include "map.h"
#include "mem.h"
#include "pipeline_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    erg_builder_t *b;
    const erg_build_opts_t *o;
    erg_bipartite_t *bp;
    size_t acap, lcap, ncap;
    erg_map_t entity;   /* "\1key" or "\2name" -> index into names */
    char **names;       /* first name met of each entity */
    size_t nnames;
    erg_map_t here;     /* entity -> index into bp->links, this article */
} collect_t;

/* The builder's own test (builder.c): is the article counted at all? */
static int in_range(const erg_build_opts_t *o, const erg_article_t *a, char date[11])
{
    int dated = erg_article_date(a, date);
    if (!dated)
        date[0] = 0;
    const char *since = o->counting.since, *until = o->counting.until;
    if (!since[0] && !until[0])
        return 1;
    return dated && !(since[0] && strcmp(date, since) < 0) && !(until[0] && strcmp(date, until) > 0);
}

static int add_article(collect_t *c, const erg_article_t *a, const char date[11])
{
    erg_bipartite_t *bp = c->bp;
    void *p1 = bp->articles, *p2 = bp->titles, *p3 = bp->dates;
    size_t c1 = c->acap, c2 = c->acap, c3 = c->acap;
    if (erg__grow(&p1, &c1, bp->narticles + 1, sizeof *bp->articles) ||
        erg__grow(&p2, &c2, bp->narticles + 1, sizeof *bp->titles) ||
        erg__grow(&p3, &c3, bp->narticles + 1, sizeof *bp->dates)) {
        bp->articles = p1, bp->titles = p2, bp->dates = p3;
        return ERG_ENOMEM;
    }
    bp->articles = p1, bp->titles = p2, bp->dates = p3;
    c->acap = c1 < c2 ? (c1 < c3 ? c1 : c3) : (c2 < c3 ? c2 : c3);
    size_t i = bp->narticles;
    bp->articles[i] = erg__strdup(a->id);
    bp->titles[i] = erg__strdup(a->title ? a->title : "");
    memcpy(bp->dates[i], date, 11);
    bp->narticles++;
    return bp->articles[i] && bp->titles[i] ? 0 : ERG_ENOMEM;
}

/* One kept mention of entity (key, name) in article `art`. */
static int add_mention(collect_t *c, const char *name, const char *key, size_t art)
{
    erg_buf_t id = {0};
    int rc = key && *key ? erg__buf_add(&id, "\x01", 1) || erg__buf_adds(&id, key)
                         : erg__buf_add(&id, "\x02", 1) || erg__buf_adds(&id, name);
    size_t *v = rc ? NULL : erg__map_get(&c->entity, id.buf, id.len), e;
    if (rc) {
        rc = ERG_ENOMEM;
    } else if (v) {
        e = *v;
    } else {
        void *p = c->names;
        if (erg__grow(&p, &c->ncap, c->nnames + 1, sizeof *c->names))
            rc = ERG_ENOMEM;
        else if ((c->names = p), !(c->names[c->nnames] = erg__strdup(name)) ||
                 erg__map_put(&c->entity, id.buf, id.len, c->nnames))
            rc = ERG_ENOMEM;
        else
            e = c->nnames++;
    }
    erg__buf_release(&id);
    if (rc)
        return rc;
    erg_bipartite_t *bp = c->bp;
    size_t *l = erg__map_get(&c->here, &e, sizeof e);
    if (l) {
        bp->links[*l].mentions++;
        return 0;
    }
    void *p = bp->links;
    if (erg__grow(&p, &c->lcap, bp->nlinks + 1, sizeof *bp->links))
        return ERG_ENOMEM;
    bp->links = p;
    bp->links[bp->nlinks] = (erg_bilink_t){art, e, 1}; /* node: the entity until finish */
    return erg__map_put(&c->here, &e, sizeof e, bp->nlinks++);
}

static void *pick(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc)
{
    (void)a, (void)err, (void)rc;
    return ctx;
}

static int take(void *ctx, void *picked, const erg_article_t *a, const erg_mentions_t *m,
                erg_error_t *err)
{
    collect_t *c = ctx;
    (void)picked;
    int rc = erg_builder_add(c->b, a, m, err);
    char date[11];
    if (rc || !in_range(c->o, a, date))
        return rc;
    size_t art = c->bp->narticles;
    erg__map_release(&c->here);
    erg__map_init(&c->here);
    rc = add_article(c, a, date);
    const erg_counting_opts_t *co = &c->o->counting;
    for (size_t i = 0; i < m->n && !rc; i++) {
        const erg_mention_t *x = &m->items[i];
        if ((x->role == ERG_ROLE_BYLINE && !co->keep_bylines) ||
            (x->role == ERG_ROLE_SOURCE && !co->keep_sources) || !(co->types & 1u << x->type))
            continue;
        rc = add_mention(c, x->entity, x->key, art);
    }
    return rc ? erg__fail(err, rc, "%s: %s", a->id, erg_strerror(rc)) : 0;
}

static int cmp_link(const void *x, const void *y)
{
    const erg_bilink_t *p = x, *q = y;
    if (p->article != q->article)
        return p->article < q->article ? -1 : 1;
    return (p->node > q->node) - (p->node < q->node);
}

/* Entity indexes -> node indexes of the finished network; links of
 * entities it lacks go, and two entities of one node in one article
 * (a short name and the full name) become one link. */
static int to_nodes(collect_t *c)
{
    erg_bipartite_t *bp = c->bp;
    const erg_graph_t *g = &bp->graph;
    size_t *node = malloc((c->nnames + 1) * sizeof *node);
    erg_map_t ids;
    erg__map_init(&ids);
    int rc = node ? 0 : ERG_ENOMEM;
    for (size_t i = 0; i < g->nnodes && !rc; i++)
        rc = erg__map_put(&ids, g->nodes[i].id, strlen(g->nodes[i].id), i);
    for (size_t e = 0; e < c->nnames && !rc; e++) {
        size_t *v = erg__map_get(&ids, c->names[e], strlen(c->names[e]));
        erg_error_t quiet = {0};
        node[e] = (size_t)-1;
        if (v)
            node[e] = *v;
        else if (erg_graph_resolve(g, c->names[e], &node[e], &quiet) != 0)
            node[e] = (size_t)-1; /* pruned, or no longer one node's name */
    }
    size_t k = 0;
    for (size_t i = 0; i < bp->nlinks && !rc; i++) {
        if (node[bp->links[i].node] == (size_t)-1)
            continue;
        bp->links[k] = bp->links[i];
        bp->links[k++].node = node[bp->links[i].node];
    }
    if (!rc) {
        bp->nlinks = k;
        if (k)
            qsort(bp->links, k, sizeof *bp->links, cmp_link);
        k = 0;
        for (size_t i = 0; i < bp->nlinks; i++) {
            if (k && bp->links[k - 1].article == bp->links[i].article &&
                bp->links[k - 1].node == bp->links[i].node)
                bp->links[k - 1].mentions += bp->links[i].mentions;
            else
                bp->links[k++] = bp->links[i];
        }
        bp->nlinks = k;
    }
    erg__map_release(&ids);
    free(node);
    return rc;
}

int erg_build_bipartite(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                        const erg_build_opts_t *o, erg_bipartite_t *out, erg_error_t *err)
{
    memset(out, 0, sizeof *out);
    erg_graph_init(&out->graph);
    collect_t c = {0};
    c.o = o;
    c.bp = out;
    erg__map_init(&c.entity);
    erg__map_init(&c.here);
    int rc = (c.b = erg_builder_new(o)) ? 0 : erg__fail(err, ERG_ENOMEM, "out of memory");
    if (!rc)
        rc = erg__each_article(gz, inputs, n, &o->counting.recognize, pick, take, &c, err);
    if (!rc)
        rc = erg_builder_finish(c.b, inputs, n, &out->graph, err);
    if (!rc && (rc = to_nodes(&c)))
        erg__fail(err, rc, "out of memory");
    erg_builder_free(c.b);
    for (size_t i = 0; i < c.nnames; i++)
        free(c.names[i]);
    free(c.names);
    erg__map_release(&c.entity);
    erg__map_release(&c.here);
    if (rc)
        erg_bipartite_release(out);
    return rc;
}

void erg_bipartite_release(erg_bipartite_t *bp)
{
    for (size_t i = 0; i < bp->narticles; i++) {
        free(bp->articles[i]);
        free(bp->titles[i]);
    }
    free(bp->articles);
    free(bp->titles);
    free(bp->dates);
    free(bp->links);
    erg_graph_release(&bp->graph);
    memset(bp, 0, sizeof *bp);
    erg_graph_init(&bp->graph);
}

/* ---- the projections -------------------------------------------------------- */

static const char *const project_names[] = {"articles", "entities"};

const char *erg_project_name(erg_project_t p) { return project_names[p]; }

int erg_project_parse(const char *s)
{
    for (int i = ERG_PROJECT_ARTICLES; i <= ERG_PROJECT_ENTITIES; i++)
        if (strcmp(s, project_names[i]) == 0)
            return i;
    return -1;
}

/* The links of one set as adjacency lists: the neighbours of item i are
 * adj[start[i] .. start[i + 1]), in increasing order, each with its
 * mentions. */
typedef struct {
    size_t other;
    long mentions;
} half_t;

typedef struct {
    size_t *start;
    half_t *adj;
} lists_t;

static int lists(const erg_bipartite_t *bp, int entities, lists_t *out)
{
    size_t n = entities ? bp->graph.nnodes : bp->narticles;
    out->start = calloc(n + 1, sizeof *out->start);
    out->adj = malloc((bp->nlinks + 1) * sizeof *out->adj);
    if (!out->start || !out->adj)
        return ERG_ENOMEM;
    for (size_t l = 0; l < bp->nlinks; l++)
        out->start[entities ? bp->links[l].node : bp->links[l].article]++;
    for (size_t i = 0, sum = 0; i <= n; i++) { /* counts -> where each list ends */
        sum += out->start[i];
        out->start[i] = sum;
    }
    /* the links are by article, then node: filled backwards, each list
     * comes out in increasing order and start[] ends where it begins */
    for (size_t l = bp->nlinks; l-- > 0;) {
        const erg_bilink_t *b = &bp->links[l];
        size_t i = entities ? b->node : b->article;
        out->adj[--out->start[i]] = (half_t){entities ? b->article : b->node, b->mentions};
    }
    return 0;
}

static int cmp_size(const void *x, const void *y)
{
    size_t p = *(const size_t *)x, q = *(const size_t *)y;
    return (p > q) - (p < q);
}

/* For each item u of the set, its links to the items v > u it shares a
 * neighbour k with: one row of the product of the incidence matrix with
 * its transpose, counted in acc[] over the items touched. */
int erg_bipartite_project(const erg_bipartite_t *bp, erg_project_t onto, erg_projection_t *out,
                          erg_error_t *err)
{
    *out = (erg_projection_t){onto, 0, NULL};
    int entities = onto == ERG_PROJECT_ENTITIES;
    size_t n = entities ? bp->graph.nnodes : bp->narticles, ntouched = 0, cap = 0;
    lists_t from = {0}, back = {0}; /* the set's neighbours, and theirs */
    erg_projlink_t *acc = calloc(n + 1, sizeof *acc);
    size_t *touched = malloc((n + 1) * sizeof *touched);
    int rc = acc && touched ? 0 : ERG_ENOMEM;
    if (!rc)
        rc = lists(bp, entities, &from);
    if (!rc)
        rc = lists(bp, !entities, &back);
    for (size_t u = 0; u < n && !rc; u++) {
        ntouched = 0;
        for (size_t i = from.start[u]; i < from.start[u + 1]; i++) {
            size_t k = from.adj[i].other;
            for (size_t j = back.start[k]; j < back.start[k + 1]; j++) {
                size_t v = back.adj[j].other;
                if (v <= u)
                    continue;
                if (!acc[v].shared++)
                    touched[ntouched++] = v;
                acc[v].mention_pairs += from.adj[i].mentions * back.adj[j].mentions;
            }
        }
        if (ntouched > 1)
            qsort(touched, ntouched, sizeof *touched, cmp_size);
        void *p = out->links;
        if (erg__grow(&p, &cap, out->nlinks + ntouched, sizeof *out->links)) {
            rc = ERG_ENOMEM;
            break;
        }
        out->links = p;
        for (size_t t = 0; t < ntouched; t++) {
            size_t v = touched[t];
            out->links[out->nlinks++] = (erg_projlink_t){u, v, acc[v].shared, acc[v].mention_pairs};
            acc[v] = (erg_projlink_t){0};
        }
    }
    free(acc);
    free(touched);
    free(from.start);
    free(from.adj);
    free(back.start);
    free(back.adj);
    if (rc) {
        erg_projection_release(out);
        return erg__fail(err, rc, "out of memory");
    }
    return 0;
}

void erg_projection_release(erg_projection_t *p)
{
    free(p->links);
    p->links = NULL;
    p->nlinks = 0;
}
