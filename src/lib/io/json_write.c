/*
 * json_write.c: the network as node-link JSON, the layout
 * networkx.node_link_graph reads as it is, one node and one link per line so
 * that files diff well.
 *
 * Nodes and links are formatted in chunks on threads (jsonw.c prints each
 * value as cJSON would) and written in order, so the file is the same for
 * any number of threads and memory holds a few chunks, not the file. The
 * metadata object, small and free-form, goes through cJSON.
 */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "jsonw.h"
#include "mem.h"
#include "threads.h"
#include "timing.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { NODES_PER_CHUNK = 1024, LINKS_PER_CHUNK = 256 };

typedef struct {
    const erg_graph_t *g;
    int links; /* formatting links, not nodes */
    FILE *fp;
    int write_errno; /* why a write failed ("File too large") */
    /* every node's id as a JSON string, at ids.buf + id_at[i] (id_at[nnodes]
     * is the end): a link names two nodes, so each id is escaped once */
    erg_buf_t ids;
    size_t *id_at;
} writer_t;

static int strings(erg_buf_t *b, char *const *s, size_t n)
{
    int rc = erg__buf_add(b, "[", 1);
    for (size_t i = 0; i < n && !rc; i++)
        if (!(i && (rc = erg__buf_add(b, ",", 1))))
            rc = erg__jw_string(b, s[i]);
    return rc ? rc : erg__buf_add(b, "]", 1);
}

/* Each object's fields in cJSON's unformatted spacing, the names written
 * as they are: they need no escaping. */
static int node_json(erg_buf_t *b, const erg_node_t *nd)
{
    int rc = erg__buf_adds(b, "{\"id\":");
    if (!rc)
        rc = erg__jw_string(b, nd->id);
    if (!rc && !(rc = erg__buf_adds(b, ",\"type\":")))
        rc = erg__jw_string(b, erg_type_name(nd->type));
    if (!rc && !(rc = erg__buf_adds(b, ",\"mentions\":")))
        rc = erg__jw_number(b, (double)nd->mentions);
    if (!rc && !(rc = erg__buf_adds(b, ",\"documents\":")))
        rc = erg__jw_number(b, (double)nd->documents);
    if (!rc && !(rc = erg__buf_adds(b, ",\"aliases\":")))
        rc = strings(b, nd->aliases, nd->naliases);
    return rc ? rc : erg__buf_add(b, "}", 1);
}

static int evidence_json(erg_buf_t *b, const erg_evidence_t *e)
{
    int rc = erg__buf_adds(b, "{\"doc\":");
    if (!rc)
        rc = erg__jw_string(b, e->doc);
    if (!rc && !(rc = erg__buf_adds(b, ",\"start\":")))
        rc = erg__jw_number(b, (double)e->start);
    if (!rc && !(rc = erg__buf_adds(b, ",\"end\":")))
        rc = erg__jw_number(b, (double)e->end);
    if (!rc && !(rc = erg__buf_adds(b, ",\"text\":")))
        rc = erg__jw_string(b, e->text);
    return rc ? rc : erg__buf_add(b, "}", 1);
}

static int link_json(erg_buf_t *b, const writer_t *w, const erg_link_t *l)
{
    const char *ids = w->ids.buf;
    const size_t *at = w->id_at;
    int rc = erg__buf_adds(b, "{\"source\":");
    if (!rc)
        rc = erg__buf_add(b, ids + at[l->source], at[l->source + 1] - at[l->source]);
    if (!rc && !(rc = erg__buf_adds(b, ",\"target\":")))
        rc = erg__buf_add(b, ids + at[l->target], at[l->target + 1] - at[l->target]);
    if (!rc && !(rc = erg__buf_adds(b, ",\"weight\":")))
        rc = erg__jw_number(b, l->weight);
    if (!rc && !(rc = erg__buf_adds(b, ",\"count\":")))
        rc = erg__jw_number(b, (double)l->count);
    if (!rc && !(rc = erg__buf_adds(b, ",\"documents\":")))
        rc = strings(b, l->docs, l->ndocs);
    if (!rc)
        rc = erg__buf_adds(b, ",\"evidence\":[");
    for (size_t k = 0; k < l->nevidence && !rc; k++)
        if (!(k && (rc = erg__buf_add(b, ",", 1))))
            rc = evidence_json(b, &l->evidence[k]);
    return rc ? rc : erg__buf_add(b, "]}", 2);
}

/* Fetches ahead (hints only) what link_json will read of link l: with
 * `deep` 0 its evidence records and its list of articles, with 1 the
 * strings they point to. Snippets and article ids lie far apart in
 * memory, and writing the links of a dense corpus waited on them, the
 * first bytes of each string (strlen) most. */
static void link_ahead(const erg_link_t *l, int deep)
{
    size_t ne = l->nevidence < 3 ? l->nevidence : 3, nd = l->ndocs < 3 ? l->ndocs : 3;
    if (!deep) {
        if (ne)
            __builtin_prefetch(l->evidence);
        if (nd)
            __builtin_prefetch(l->docs);
        return;
    }
    for (size_t k = 0; k < ne; k++) {
        __builtin_prefetch(l->evidence[k].text);
        __builtin_prefetch(l->evidence[k].doc);
    }
    for (size_t k = 0; k < nd; k++)
        __builtin_prefetch(l->docs[k]);
}

static int format_chunk(void *ctx, size_t k, erg_buf_t *out)
{
    const writer_t *w = ctx;
    const erg_graph_t *g = w->g;
    int rc = 0;
    size_t per = w->links ? LINKS_PER_CHUNK : NODES_PER_CHUNK, n = w->links ? g->nlinks : g->nnodes;
    for (size_t i = k * per; i < n && i < (k + 1) * per && !rc; i++) {
        if (w->links && i + 4 < n)
            link_ahead(&g->links[i + 4], 0);
        if (w->links && i + 2 < n)
            link_ahead(&g->links[i + 2], 1);
        if (!(rc = erg__buf_adds(out, i ? ",\n    " : "\n    ")))
            rc = w->links ? link_json(out, w, &g->links[i]) : node_json(out, &g->nodes[i]);
    }
    return rc;
}

static int put_chunk(void *ctx, const erg_buf_t *chunk)
{
    writer_t *w = ctx;
    if (fwrite(chunk->buf, 1, chunk->len, w->fp) == chunk->len)
        return 0;
    w->write_errno = errno;
    return ERG_EIO;
}

/* The nodes, or the links, in chunks formatted on threads, in order. */
static int write_items(writer_t *w, int links, size_t jobs)
{
    size_t n = links ? w->g->nlinks : w->g->nnodes, per = links ? LINKS_PER_CHUNK : NODES_PER_CHUNK;
    w->links = links;
    return erg__ordered_chunks((n + per - 1) / per, jobs, format_chunk, put_chunk, w);
}

static int write_json(const erg_graph_t *g, const char *path, size_t jobs, erg_error_t *err)
{
    erg_ofile_t out;
    int rc = erg__ofile_open(&out, path, err);
    if (rc)
        return rc;
    FILE *fp = out.fp;
    writer_t w = {.g = g, .fp = fp};
    fputs("{\n  \"directed\": false,\n  \"multigraph\": false,\n", fp);
    cJSON *meta = g->meta_json ? cJSON_Parse(g->meta_json) : cJSON_CreateObject();
    char *s = meta ? cJSON_PrintUnformatted(meta) : NULL;
    cJSON_Delete(meta);
    if (!s)
        rc = ERG_ENOMEM;
    else {
        fputs("  \"graph\": ", fp);
        fputs(s, fp);
        cJSON_free(s);
        fputs(",\n  \"nodes\": [", fp);
        rc = write_items(&w, 0, jobs);
    }
    if (!rc && !(w.id_at = malloc((g->nnodes + 1) * sizeof *w.id_at)))
        rc = ERG_ENOMEM;
    for (size_t i = 0; !rc && i < g->nnodes; i++) {
        w.id_at[i] = w.ids.len;
        rc = erg__jw_string(&w.ids, g->nodes[i].id);
    }
    if (!rc) {
        w.id_at[g->nnodes] = w.ids.len;
        fputs(g->nnodes ? "\n  ],\n  \"links\": [" : "],\n  \"links\": [", fp);
        rc = write_items(&w, 1, jobs);
    }
    free(w.id_at);
    erg__buf_release(&w.ids);
    if (!rc)
        fputs(g->nlinks ? "\n  ]\n}\n" : "]\n}\n", fp);
    if (rc) {
        erg__ofile_abort(&out);
        return erg__fail(err, rc, "cannot write '%s': %s", path,
                        w.write_errno ? strerror(w.write_errno) : erg_strerror(rc));
    }
    return erg__ofile_commit(&out, err);
}

int erg_graph_write_json_jobs(const erg_graph_t *g, const char *path, size_t jobs, erg_error_t *err)
{
    double t = erg__timing_start();
    int rc = write_json(g, path, jobs, err);
    erg__timing_add("write", t);
    return rc;
}

int erg_graph_write_json(const erg_graph_t *g, const char *path, erg_error_t *err)
{
    return erg_graph_write_json_jobs(g, path, 0, err);
}
