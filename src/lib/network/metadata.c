/* metadata.c: the "graph" object of a built network: every option used,
 * what was counted, what pruning removed. See network_internal.h. */
#include "ergraph.h"
#include "files.h"
#include "mem.h"
#include "network_internal.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void erg__meta_add_dates(cJSON *o, const erg_build_stats_t *st)
{
    cJSON *d = cJSON_AddObjectToObject(o, "dates");
    erg__json_add_date(d, "first", st->first);
    erg__json_add_date(d, "last", st->last);
    cJSON_AddNumberToObject(d, "dated", (double)st->dated);
    cJSON_AddNumberToObject(d, "undated", (double)st->undated);
}

void erg__meta_add_inputs(cJSON *o, const char *const *inputs, size_t n)
{
    cJSON *in = cJSON_AddArrayToObject(o, "inputs");
    for (size_t i = 0; i < n; i++) {
        size_t len, start = erg__input_name(inputs[i], &len);
        if (!len)
            start = 0, len = strlen(inputs[i]);
        char *name = erg__utf8_escape(inputs[i] + start, len); /* the input's own name, valid UTF-8 */
        cJSON_AddItemToArray(in, cJSON_CreateString(name ? name : ""));
        free(name);
    }
}

char *erg__build_meta(const erg_build_opts_t *opt, const erg_build_stats_t *st,
                     const erg_prune_report_t *pr, const erg_graph_t *g,
                     const char *const *inputs, size_t ninputs, const erg_builder_t *b)
{
    cJSON *o = cJSON_CreateObject();
    erg__meta_add_inputs(o, inputs, ninputs);
    erg__opts_json(o, opt, 0);
    cJSON_AddNumberToObject(o, "articles", (double)st->articles);
    if (opt->counting.since[0] || opt->counting.until[0]) {
        cJSON *left = cJSON_AddObjectToObject(o, "left_out");
        cJSON_AddNumberToObject(left, "undated", (double)st->left_undated);
        cJSON_AddNumberToObject(left, "out_of_range", (double)st->left_out_of_range);
    }
    erg__meta_add_dates(o, st);
    cJSON_AddNumberToObject(o, "mentions", (double)st->mentions);
    cJSON_AddNumberToObject(o, "windows", (double)st->windows);
    cJSON_AddNumberToObject(o, "dropped_nonpositive", (double)st->nonpositive);
    cJSON_AddNumberToObject(o, "short_names_joined", (double)st->short_names);
    cJSON *steps = cJSON_AddArrayToObject(o, "pruned");
    for (size_t i = 0; i < pr->n; i++) {
        cJSON *s = cJSON_CreateObject();
        cJSON_AddStringToObject(s, "step", pr->step[i]);
        cJSON_AddNumberToObject(s, "nodes", (double)pr->nodes[i]);
        cJSON_AddNumberToObject(s, "links", (double)pr->links[i]);
        cJSON_AddItemToArray(steps, s);
    }
    cJSON_AddNumberToObject(o, "nodes", (double)g->nnodes);
    cJSON_AddNumberToObject(o, "links", (double)g->nlinks);
    cJSON_AddStringToObject(o, "version", "ergraph " ERG_VERSION);
    /* each dated article's date, so that a reader can date a link by its
     * "documents" (the page's time filter); last, after what older
     * versions wrote */
    cJSON *dates = b && b->dates ? cJSON_AddObjectToObject(o, "article_dates") : NULL;
    for (size_t i = 0; dates && i < b->ndocs; i++)
        if (b->dates[i][0])
            cJSON_AddItemToObject(dates, b->docs[i], cJSON_CreateString(b->dates[i]));
    char *s = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return s;
}
