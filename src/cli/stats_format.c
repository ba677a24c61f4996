/* stats_format.c: measures as a table, CSV or JSON (shared by stats and run). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cjson/cJSON.h>
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

void cli_csv_cell(FILE *fp, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, fp);
        return;
    }
    fputc('"', fp);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', fp);
        fputc(*s, fp);
    }
    fputc('"', fp);
}

static char *json_text(const erg_graph_t *g, const erg_measures_t *m, const size_t *rows, size_t n)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *s = cJSON_AddObjectToObject(root, "graph");
    cJSON_AddNumberToObject(s, "nodes", (double)m->nodes);
    cJSON_AddNumberToObject(s, "links", (double)m->links);
    cJSON_AddNumberToObject(s, "density", m->density);
    cJSON_AddNumberToObject(s, "components", (double)m->components);
    cJSON_AddNumberToObject(s, "largest_component", (double)m->largest_component);
    cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
    for (size_t r = 0; r < n; r++) {
        size_t i = rows[r];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", g->nodes[i].id);
        cJSON_AddStringToObject(o, "type", erg_type_name(g->nodes[i].type));
        for (size_t k = 0; erg_measure_names[k]; k++)
            cJSON_AddNumberToObject(o, erg_measure_names[k], erg_measures_get(m, erg_measure_names[k])[i]);
        cJSON_AddNumberToObject(o, "component", (double)m->component[i]);
        cJSON_AddItemToArray(nodes, o);
    }
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    return text;
}

int cli_write_stats(const erg_graph_t *g, const erg_measures_t *m, const char *format,
                    const char *sort, size_t top, const char *path, erg_error_t *err)
{
    size_t n = g->nnodes;
    size_t *rows = malloc((n + 1) * sizeof *rows);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = rows ? open_memstream(&buf, &len) : NULL;
    if (!fp) {
        free(rows);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return err->code = -1;
    }
    for (size_t i = 0; i < n; i++)
        rows[i] = i;
    sort_key = erg_measures_get(m, sort);
    sort_graph = g;
    qsort(rows, n, sizeof *rows, cmp_rows);
    if (top && top < n)
        n = top;
    int rc = 0;
    if (strcmp(format, "json") == 0) {
        char *text = json_text(g, m, rows, n);
        if (text) {
            fputs(text, fp);
            fputc('\n', fp);
            cJSON_free(text);
        } else {
            rc = -1;
        }
    } else if (strcmp(format, "csv") == 0) {
        fputs("id,type", fp);
        for (size_t k = 0; erg_measure_names[k]; k++)
            fprintf(fp, ",%s", erg_measure_names[k]);
        fputs(",component\n", fp);
        for (size_t r = 0; r < n; r++) {
            size_t i = rows[r];
            cli_csv_cell(fp, g->nodes[i].id);
            fprintf(fp, ",%s", erg_type_name(g->nodes[i].type));
            for (size_t k = 0; erg_measure_names[k]; k++)
                fprintf(fp, ",%.15g", erg_measures_get(m, erg_measure_names[k])[i]);
            fprintf(fp, ",%ld\n", m->component[i]);
        }
    } else {
        fprintf(fp, "%zu nodes, %zu links, density %.4f, %zu components (largest %zu nodes)\n\n",
                m->nodes, m->links, m->density, m->components, m->largest_component);
        fprintf(fp, "%-32s %-12s %6s %9s %11s %9s %11s %9s\n", "entity", "type", "degree", "strength",
                "betweenness", "closeness", "eigenvector", "pagerank");
        for (size_t r = 0; r < n; r++) {
            size_t i = rows[r];
            fprintf(fp, "%-32s %-12s %6.0f %9.2f %11.4f %9.4f %11.4f %9.4f\n", g->nodes[i].id,
                    erg_type_name(g->nodes[i].type), m->degree[i], m->strength[i], m->betweenness[i],
                    m->closeness[i], m->eigenvector[i], m->pagerank[i]);
        }
    }
    fclose(fp);
    free(rows);
    if (rc) {
        free(buf);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return err->code = -1;
    }
    rc = erg_write_file(path, buf, len, err);
    free(buf);
    return rc;
}
