/*
 * json_read.c: a node-link JSON network read back in (cJSON); the writer
 * is json_write.c. Input accepts what ergraph writes (and "edges" for
 * "links", as newer networkx writes) and rejects anything that is not a
 * simple undirected weighted network.
 */
#include "ergraph.h"
#include "err.h"
#include "jsonw.h"
#include "files.h"
#include "map.h"
#include "mem.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading ------------------------------------------------------------- */

static int read_strings(const cJSON *a, char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!cJSON_IsArray(a))
        return 0;
    size_t k = (size_t)cJSON_GetArraySize(a);
    if (!(*out = calloc(k + 1, sizeof(char *))))
        return ERG_ENOMEM;
    const cJSON *s;
    cJSON_ArrayForEach(s, a)
    {
        if (!cJSON_IsString(s))
            continue;
        if (!((*out)[*n] = erg__strdup(s->valuestring)))
            return ERG_ENOMEM;
        (*n)++;
    }
    return 0;
}

static const char *id_of(const cJSON *v, char *tmp, size_t cap)
{
    if (cJSON_IsString(v))
        return v->valuestring;
    if (cJSON_IsNumber(v)) {
        snprintf(tmp, cap, "%.17g", v->valuedouble);
        return tmp;
    }
    return NULL;
}

/* The weights a graph file may hold. Past them the measures break: Leiden
 * never converges on weights of 1e160 (their squares overflow), PageRank
 * is NaN on a denormal 5e-324, and a distance 1/weight overflows; between
 * them all of them hold (a network's weights are counts or normalised
 * associations, far inside). */
#define ERG_WEIGHT_MIN 1e-15
#define ERG_WEIGHT_MAX 1e15

/* A count read from a file: clamped to [0, LONG_MAX], since converting a
 * double out of long's range is undefined (found by fuzzing). */
static long count_of(double d)
{
    if (!(d > 0))
        return 0;
    return d >= (double)LONG_MAX ? LONG_MAX : (long)d;
}

static long num(const cJSON *o, const char *key, long dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? count_of(v->valuedouble) : dflt;
}

static int read_nodes(erg_graph_t *g, const cJSON *nodes, erg_map_t *index, const char *path,
                      erg_error_t *err)
{
    size_t n = (size_t)cJSON_GetArraySize(nodes);
    if (!(g->nodes = calloc(n + 1, sizeof *g->nodes)))
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    const cJSON *o;
    char tmp[64];
    cJSON_ArrayForEach(o, nodes)
    {
        size_t k = g->nnodes + 1;
        const char *id = id_of(cJSON_GetObjectItemCaseSensitive(o, "id"), tmp, sizeof tmp);
        if (!id)
            return erg__fail(err, ERG_EPARSE, "%s: node %zu has no \"id\"", path, k);
        if (erg__map_get(index, id, strlen(id)))
            return erg__fail(err, ERG_EPARSE, "%s: node %zu: duplicate id '%s'", path, k, id);
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(o, "type");
        int t = cJSON_IsString(type) ? erg_type_parse(type->valuestring) : -1;
        if (t < 0)
            return erg__fail(err, ERG_EPARSE,
                            "%s: node '%s': \"type\" must be person, state, organization or place",
                            path, id);
        erg_node_t *nd = &g->nodes[g->nnodes++];
        nd->type = (erg_type_t)t;
        nd->mentions = num(o, "mentions", 0);
        nd->documents = num(o, "documents", 0);
        if (!(nd->id = erg__strdup(id)) || erg__map_put(index, id, strlen(id), g->nnodes - 1) ||
            read_strings(cJSON_GetObjectItemCaseSensitive(o, "aliases"), &nd->aliases, &nd->naliases))
            return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    return 0;
}

static int read_evidence(erg_link_t *l, const cJSON *ev)
{
    if (!cJSON_IsArray(ev))
        return 0;
    size_t k = (size_t)cJSON_GetArraySize(ev);
    if (!(l->evidence = calloc(k + 1, sizeof *l->evidence)))
        return ERG_ENOMEM;
    const cJSON *e;
    cJSON_ArrayForEach(e, ev)
    {
        const cJSON *doc = cJSON_GetObjectItemCaseSensitive(e, "doc");
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(e, "text");
        if (!cJSON_IsString(doc) || !cJSON_IsString(text))
            continue;
        erg_evidence_t *d = &l->evidence[l->nevidence];
        d->start = (size_t)num(e, "start", 0);
        d->end = (size_t)num(e, "end", 0);
        if (!(d->doc = erg__strdup(doc->valuestring)) || !(d->text = erg__strdup(text->valuestring))) {
            free(d->doc);
            return ERG_ENOMEM;
        }
        l->nevidence++;
    }
    return 0;
}

static int read_links(erg_graph_t *g, const cJSON *links, const erg_map_t *index, const char *path,
                      erg_error_t *err)
{
    size_t n = (size_t)cJSON_GetArraySize(links);
    erg_map_t pairs;
    erg__map_init(&pairs);
    int rc = 0;
    if (!(g->links = calloc(n + 1, sizeof *g->links)))
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    const cJSON *o;
    char t1[64], t2[64];
    cJSON_ArrayForEach(o, links)
    {
        size_t k = g->nlinks + 1;
        const char *s = id_of(cJSON_GetObjectItemCaseSensitive(o, "source"), t1, sizeof t1);
        const char *t = id_of(cJSON_GetObjectItemCaseSensitive(o, "target"), t2, sizeof t2);
        if (!s || !t) {
            rc = erg__fail(err, ERG_EPARSE, "%s: link %zu needs a \"source\" and a \"target\"", path, k);
            break;
        }
        size_t *a = erg__map_get(index, s, strlen(s)), *b = erg__map_get(index, t, strlen(t));
        if (!a || !b) {
            rc = erg__fail(err, ERG_EPARSE, "%s: link %zu: '%s' is not a node", path, k, a ? t : s);
            break;
        }
        if (*a == *b) {
            rc = erg__fail(err, ERG_EPARSE, "%s: link %zu: self-loop on '%s'", path, k, s);
            break;
        }
        size_t key[2] = {*a < *b ? *a : *b, *a < *b ? *b : *a};
        if (erg__map_get(&pairs, key, sizeof key)) {
            rc = erg__fail(err, ERG_EPARSE, "%s: link %zu: duplicate link '%s' - '%s'", path, k, s, t);
            break;
        }
        const cJSON *w = cJSON_GetObjectItemCaseSensitive(o, "weight");
        double weight = cJSON_IsNumber(w) ? w->valuedouble : (double)num(o, "count", 1);
        if (w && !cJSON_IsNumber(w))
            weight = NAN;
        if (!isfinite(weight) || weight <= 0) {
            rc = erg__fail(err, ERG_EPARSE, "%s: link %zu ('%s' - '%s'): weight must be a positive number",
                          path, k, s, t);
            break;
        }
        if (weight < ERG_WEIGHT_MIN || weight > ERG_WEIGHT_MAX) {
            rc = erg__fail(err, ERG_EPARSE, "%s: link %zu ('%s' - '%s'): weight %g is out of range "
                           "(%g to %g)", path, k, s, t, weight, ERG_WEIGHT_MIN, ERG_WEIGHT_MAX);
            break;
        }
        erg_link_t *l = &g->links[g->nlinks++];
        l->source = key[0];
        l->target = key[1];
        l->weight = weight;
        l->count = num(o, "count", count_of(weight));
        if (erg__map_put(&pairs, key, sizeof key, 1) ||
            read_strings(cJSON_GetObjectItemCaseSensitive(o, "documents"), &l->docs, &l->ndocs) ||
            read_evidence(l, cJSON_GetObjectItemCaseSensitive(o, "evidence"))) {
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
            break;
        }
    }
    erg__map_release(&pairs);
    return rc;
}

int erg_graph_read_json(erg_graph_t *g, const char *path, erg_error_t *err)
{
    erg_graph_init(g);
    char *buf;
    size_t len;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    const char *end = NULL;
    int oom;
    cJSON *root = erg__json_parse(buf, len, &end, &oom);
    erg_map_t index;
    erg__map_init(&index);
    if (oom) {
        rc = erg__fail(err, ERG_ENOMEM, "out of memory reading '%s'", path);
        goto cleanup;
    }
    if (!root) {
        size_t line, col;
        erg__line_col(buf, end && end >= buf ? (size_t)(end - buf) : 0, &line, &col);
        rc = erg__fail(err, ERG_EPARSE, "%s:%zu:%zu: malformed JSON", path, line, col);
        goto cleanup;
    }
    const cJSON *nodes = cJSON_GetObjectItemCaseSensitive(root, "nodes");
    const cJSON *links = cJSON_GetObjectItemCaseSensitive(root, "links");
    if (!links)
        links = cJSON_GetObjectItemCaseSensitive(root, "edges");
    if (!cJSON_IsObject(root) || !cJSON_IsArray(nodes) || !cJSON_IsArray(links)) {
        rc = erg__fail(err, ERG_EPARSE, "%s: not a network: expected node-link JSON with \"nodes\" and \"links\" arrays", path);
        goto cleanup;
    }
    const cJSON *directed = cJSON_GetObjectItemCaseSensitive(root, "directed");
    const cJSON *multi = cJSON_GetObjectItemCaseSensitive(root, "multigraph");
    if (cJSON_IsTrue(directed) || cJSON_IsTrue(multi)) {
        rc = erg__fail(err, ERG_EPARSE, "%s: not supported: directed or multigraph network", path);
        goto cleanup;
    }
    if ((rc = read_nodes(g, nodes, &index, path, err)) || (rc = read_links(g, links, &index, path, err)))
        goto cleanup;
    const cJSON *meta = cJSON_GetObjectItemCaseSensitive(root, "graph");
    if (cJSON_IsObject(meta) && !(g->meta_json = cJSON_PrintUnformatted(meta)))
        rc = erg__fail(err, ERG_ENOMEM, "out of memory");
cleanup:
    erg__map_release(&index);
    cJSON_Delete(root);
    free(buf);
    if (rc)
        erg_graph_release(g);
    return rc;
}
