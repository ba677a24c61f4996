/* stats_format.c: measures as a table, CSV or JSON (shared by stats and run).
 * Columns are the measures computed (erg_measures_get not NULL), in
 * erg_measure_names order; the summary is one cJSON object that all three
 * formats print from, so they cannot disagree. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const double *sort_key;
static const erg_graph_t *sort_graph;

/* Descending by the measure, ties by id, so output is stable. */
static int cmp_rows(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    if (sort_key[a] != sort_key[b])
        return sort_key[a] < sort_key[b] ? 1 : -1;
    return strcmp(sort_graph->nodes[a].id, sort_graph->nodes[b].id);
}

void cli_csv_cell(FILE *fp, const char *s) { erg_csv_cell(fp, s, 0); }

/* Measures that hold whole numbers print without decimals in the table. */
static int is_count(int k)
{
    return k == ERG_M_DEGREE || k == ERG_M_CORENESS || k == ERG_M_COMMUNITY || k == ERG_M_COMPONENT;
}

/* The whole-network numbers; NaN (undefined) prints as JSON null. */
static cJSON *summary_json(const erg_measures_t *m)
{
    cJSON *s = cJSON_CreateObject();
    if (!s)
        return NULL;
    cJSON_AddNumberToObject(s, "nodes", (double)m->nodes);
    cJSON_AddNumberToObject(s, "links", (double)m->links);
    cJSON_AddNumberToObject(s, "density", m->density);
    cJSON_AddNumberToObject(s, "components", (double)m->components);
    cJSON_AddNumberToObject(s, "largest_component", (double)m->largest_component);
    cJSON_AddNumberToObject(s, "largest_component_share", m->largest_component_share);
    cJSON_AddNumberToObject(s, "assortativity_type", m->assortativity_type);
    if (m->clustering)
        cJSON_AddNumberToObject(s, "average_clustering", m->average_clustering);
    /* an approximate betweenness says so */
    if ((m->betweenness || m->betweenness_unweighted) && m->opts.betweenness_cutoff > 0)
        cJSON_AddNumberToObject(s, "betweenness_cutoff", m->opts.betweenness_cutoff);
    if ((m->betweenness || m->betweenness_unweighted) && m->opts.betweenness_sample > 0)
        cJSON_AddNumberToObject(s, "betweenness_sample", (double)m->opts.betweenness_sample);
    if ((m->closeness || m->closeness_unweighted || m->harmonic || m->harmonic_unweighted) &&
        m->opts.closeness_sample > 0)
        cJSON_AddNumberToObject(s, "closeness_sample", (double)m->opts.closeness_sample);
    if (m->community) {
        cJSON_AddNumberToObject(s, "communities", (double)m->communities);
        cJSON_AddNumberToObject(s, "modularity", m->modularity);
        cJSON_AddStringToObject(s, "community_algorithm", erg_community_name(m->opts.community));
        cJSON_AddNumberToObject(s, "resolution", m->opts.resolution);
        cJSON_AddNumberToObject(s, "seed", (double)m->opts.seed);
        cJSON_AddNumberToObject(s, "restarts", (double)m->opts.restarts);
    }
    return s;
}

static int json_nodes(FILE *fp, const erg_graph_t *g, const erg_measures_t *m, const size_t *rows,
                      size_t n, int with_nodes)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *s = summary_json(m);
    if (!root || !s) {
        cJSON_Delete(root);
        cJSON_Delete(s);
        return -1;
    }
    cJSON_AddItemToObject(root, "graph", s);
    cJSON *nodes = with_nodes ? cJSON_AddArrayToObject(root, "nodes") : NULL;
    for (size_t r = 0; nodes && r < n; r++) {
        size_t i = rows[r];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", g->nodes[i].id);
        cJSON_AddStringToObject(o, "type", erg_type_name(g->nodes[i].type));
        for (size_t k = 0; erg_measure_names[k]; k++) {
            const double *v = erg_measures_get(m, erg_measure_names[k]);
            if (v)
                cJSON_AddNumberToObject(o, erg_measure_names[k], v[i]);
        }
        cJSON_AddItemToArray(nodes, o);
    }
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text)
        return -1;
    fputs(text, fp);
    fputc('\n', fp);
    cJSON_free(text);
    return 0;
}

static void csv_nodes(FILE *fp, const erg_graph_t *g, const erg_measures_t *m, const size_t *rows,
                      size_t n)
{
    fputs("id,type", fp);
    for (size_t k = 0; erg_measure_names[k]; k++)
        if (erg_measures_get(m, erg_measure_names[k]))
            fprintf(fp, ",%s", erg_measure_names[k]);
    fputc('\n', fp);
    for (size_t r = 0; r < n; r++) {
        size_t i = rows[r];
        cli_csv_cell(fp, g->nodes[i].id);
        fprintf(fp, ",%s", erg_type_name(g->nodes[i].type));
        for (size_t k = 0; erg_measure_names[k]; k++) {
            const double *v = erg_measures_get(m, erg_measure_names[k]);
            if (v)
                fprintf(fp, ",%.15g", v[i]);
        }
        fputc('\n', fp);
    }
}

/* The measures of the default table, which fits 100 columns; "wide"
 * shows every measure computed. */
static int in_narrow_table(int k)
{
    return k == ERG_M_DEGREE || k == ERG_M_STRENGTH || k == ERG_M_BETWEENNESS ||
           k == ERG_M_CLOSENESS || k == ERG_M_PAGERANK || k == ERG_M_COMMUNITY;
}

/* Writes `s` in a column of `width` characters (UTF-8 code points), cut
 * with an ellipsis when longer. */
static void put_column(FILE *fp, const char *s, size_t width)
{
    size_t chars = 0, i = 0, cut = 0;
    for (; s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars == width)
            cut = i; /* where the last character that fits starts */
    if (chars > width) {
        fprintf(fp, "%.*s\xE2\x80\xA6", (int)cut, s);
        chars = width;
    } else {
        fputs(s, fp);
    }
    fprintf(fp, "%*s", (int)(width - chars), "");
}

static void table_nodes(FILE *fp, const erg_graph_t *g, const erg_measures_t *m, const size_t *rows,
                        size_t n, int wide, const char *sort)
{
    fprintf(fp, "%zu nodes, %zu links, density %.4f, %zu components (largest %zu nodes)", m->nodes,
            m->links, m->density, m->components, m->largest_component);
    if (m->community)
        fprintf(fp, "\n%zu communities (%s, modularity %.4f)", m->communities,
                erg_community_name(m->opts.community), m->modularity);
    int show[ERG_M_COUNT] = {0};
    for (int k = 0; erg_measure_names[k]; k++)
        show[k] = erg_measures_get(m, erg_measure_names[k]) &&
                  (wide || in_narrow_table(k) || (sort && strcmp(sort, erg_measure_names[k]) == 0));
    size_t name_width = wide ? 32 : 27;
    fputs("\n\n", fp);
    put_column(fp, "entity", name_width);
    fprintf(fp, " %-12s", "type");
    for (int k = 0; erg_measure_names[k]; k++)
        if (show[k])
            fprintf(fp, " %*s", k ? 9 : 6, erg_measure_names[k]);
    fputc('\n', fp);
    for (size_t r = 0; r < n; r++) {
        size_t i = rows[r];
        put_column(fp, g->nodes[i].id, name_width);
        fprintf(fp, " %-12s", erg_type_name(g->nodes[i].type));
        for (int k = 0; erg_measure_names[k]; k++) {
            int width = (int)strlen(erg_measure_names[k]);
            if (width < (k ? 9 : 6))
                width = k ? 9 : 6;
            if (show[k])
                fprintf(fp, is_count(k) ? " %*.0f" : " %*.4f", width, erg_measures_get(m, erg_measure_names[k])[i]);
        }
        fputc('\n', fp);
    }
}

/* Runs `body` into a memory stream and writes the result to `path` whole. */
static int emit(const char *path, erg_error_t *err, int (*body)(FILE *, const void *), const void *arg)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    if (!fp) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return err->code = -1;
    }
    int rc = body(fp, arg);
    fclose(fp);
    if (rc) {
        free(buf);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return err->code = -1;
    }
    rc = erg_write_file(path, buf, len, err);
    free(buf);
    return rc;
}

typedef struct {
    const erg_graph_t *g;
    const erg_measures_t *m;
    const char *format;
    const size_t *rows;
    size_t n;
    const char *sort;
} job_t;

static int nodes_body(FILE *fp, const void *arg)
{
    const job_t *j = arg;
    if (strcmp(j->format, "json") == 0)
        return json_nodes(fp, j->g, j->m, j->rows, j->n, 1);
    if (strcmp(j->format, "csv") == 0)
        csv_nodes(fp, j->g, j->m, j->rows, j->n);
    else
        table_nodes(fp, j->g, j->m, j->rows, j->n, strcmp(j->format, "wide") == 0, j->sort);
    return 0;
}

int cli_write_stats(const erg_graph_t *g, const erg_measures_t *m, const char *format,
                    const char *sort, size_t top, const char *path, erg_error_t *err)
{
    size_t n = g->nnodes;
    size_t *rows = malloc((n + 1) * sizeof *rows);
    if (!rows) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return err->code = -1;
    }
    for (size_t i = 0; i < n; i++)
        rows[i] = i;
    sort_key = erg_measures_get(m, sort);
    sort_graph = g;
    if (sort_key)
        qsort(rows, n, sizeof *rows, cmp_rows);
    if (top && top < n)
        n = top;
    job_t job = {g, m, format, rows, n, sort};
    int rc = emit(path, err, nodes_body, &job);
    free(rows);
    return rc;
}

static int summary_body(FILE *fp, const void *arg)
{
    const job_t *j = arg;
    if (strcmp(j->format, "json") == 0)
        return json_nodes(fp, j->g, j->m, NULL, 0, 0);
    cJSON *s = summary_json(j->m);
    if (!s)
        return -1;
    int csv = strcmp(j->format, "csv") == 0;
    if (csv)
        fputs("measure,value\n", fp);
    const cJSON *it;
    cJSON_ArrayForEach(it, s)
    {
        fprintf(fp, csv ? "%s," : "%-24s ", it->string);
        if (cJSON_IsString(it))
            fputs(it->valuestring, fp);
        else if (isnan(it->valuedouble))
            fputs(csv ? "" : "undefined", fp);
        else
            fprintf(fp, csv ? "%.15g" : "%.6g", it->valuedouble);
        fputc('\n', fp);
    }
    cJSON_Delete(s);
    return 0;
}

int cli_write_summary(const erg_measures_t *m, const char *format, const char *path,
                      erg_error_t *err)
{
    job_t job = {NULL, m, format, NULL, 0, NULL};
    return emit(path, err, summary_body, &job);
}
