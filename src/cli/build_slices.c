/*
 * build_slices.c: build --slice: one network per period in DIR
 * (graph-PERIOD.json), DIR/slices.csv, each entity's degree and PageRank
 * per period with the change from the previous period written, and
 * DIR/timeline.gexf, the periods as one dynamic GEXF for Gephi's timeline.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *slice_path(const char *dir, const char *period)
{
    size_t n = strlen(dir) + strlen(period) + 16;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/graph-%s.json", dir, period);
    return p;
}

/* Rows of one period. prev (may be NULL) is the previous period's graph and
 * measures; an entity absent from it counts as degree 0, PageRank 0. */
static void rows(FILE *fp, const erg_slice_graph_t *s, const erg_measures_t *m,
                 const erg_slice_graph_t *prev, const erg_measures_t *pm)
{
    size_t j = 0;
    for (size_t i = 0; i < s->graph.nnodes; i++) {
        const char *id = s->graph.nodes[i].id;
        fprintf(fp, "%s,", s->period);
        cli_csv_cell(fp, id);
        fprintf(fp, ",%s,%.0f,%.15g", erg_type_name(s->graph.nodes[i].type), m->degree[i],
                m->pagerank[i]);
        if (!prev) {
            fputs(",,\n", fp);
            continue;
        }
        /* both node lists are sorted by id: walk the previous one along */
        while (j < prev->graph.nnodes && strcmp(prev->graph.nodes[j].id, id) < 0)
            j++;
        int there = j < prev->graph.nnodes && strcmp(prev->graph.nodes[j].id, id) == 0;
        fprintf(fp, ",%.0f,%.15g\n", m->degree[i] - (there ? pm->degree[j] : 0),
                m->pagerank[i] - (there ? pm->pagerank[j] : 0));
    }
}

int cli_write_slices(const erg_slice_graph_t *s, size_t n, const char *dir, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    erg_measures_t m[2];
    erg_measures_init(&m[0]);
    erg_measures_init(&m[1]);
    int rc = fp ? 0 : -1;
    if (rc)
        snprintf(err->msg, sizeof err->msg, "out of memory");
    else
        fputs("period,id,type,degree,pagerank,degree_change,pagerank_change\n", fp);
    for (size_t i = 0; i < n && !rc; i++) {
        char *path = slice_path(dir, s[i].period);
        erg_measures_t *cur = &m[i % 2], *prev = &m[(i + 1) % 2];
        erg_measures_release(cur);
        rc = path ? erg_graph_write_json(&s[i].graph, path, err) : -1;
        if (!rc) {
            /* only what the table shows: betweenness would dominate the cost */
            erg_measures_opts_t mo;
            erg_measures_opts_init(&mo);
            rc = erg_measures_select(&mo, "degree,pagerank", err);
            if (!rc)
                rc = erg_measures_compute_opts(&s[i].graph, &mo, cur, err);
        }
        if (!rc)
            rows(fp, &s[i], cur, i ? &s[i - 1] : NULL, prev);
        free(path);
    }
    if (fp)
        fclose(fp);
    if (!rc) {
        size_t n2 = strlen(dir) + 16;
        char *path = malloc(n2);
        if (!path) {
            snprintf(err->msg, sizeof err->msg, "out of memory");
            rc = err->code = -1;
        } else {
            snprintf(path, n2, "%s/slices.csv", dir);
            rc = erg_write_file(path, buf, len, err);
        }
        if (!rc) { /* the periods as one file for Gephi's timeline */
            snprintf(path, n2, "%s/timeline.gexf", dir);
            rc = erg_export_timeline(s, n, path, err);
        }
        free(path);
    }
    erg_measures_release(&m[0]);
    erg_measures_release(&m[1]);
    free(buf);
    return rc;
}

int cli_make_dir(const char *dir, erg_error_t *err)
{
    if (mkdir(dir, 0777) == 0 || errno == EEXIST)
        return 0;
    snprintf(err->msg, sizeof err->msg, "cannot create directory '%s': %s", dir, strerror(errno));
    return err->code = ERG_EIO;
}
