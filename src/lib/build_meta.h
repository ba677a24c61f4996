/*
 * build_meta.h: the figures a build gathers and the "graph" object that
 * records them with every option used; internal.
 */
#ifndef ERG_BUILD_META_H
#define ERG_BUILD_META_H

#include "links.h"

#include <cjson/cJSON.h>

typedef struct {
    size_t articles;          /* articles counted */
    long mentions;            /* mentions counted (kept roles and types) */
    long windows;             /* N: windows (or articles) holding a kept mention */
    size_t dated, undated;    /* articles counted, with and without a date */
    char first[11], last[11]; /* their date range, "" when none is dated */
    size_t left_undated;      /* left out by --since/--until: no date */
    size_t left_out_of_range; /* left out by --since/--until: outside */
    size_t nonpositive;       /* links dropped for a weight <= 0 */
} erg_build_stats_t;

/* The window option as text: "sentence", "tokens:5". */
void erg_meta_window(const erg_build_opts_t *o, char win[32]);
/* Adds `key`: the ISO date `iso`, or null when it is NULL or "". */
void erg_meta_add_date(cJSON *o, const char *key, const char *iso);
/* Adds "dates": the first and last date counted, and how many articles
 * had one and had none. */
void erg_meta_add_dates(cJSON *o, const erg_build_stats_t *st);
/* Adds `key`: the names of the types in the bit set, in erg_type_t order. */
void erg_meta_add_types(cJSON *o, const char *key, unsigned types);

/* The "graph" object as JSON text (cJSON_free it), or NULL when out of memory. */
char *erg_build_meta(const erg_build_opts_t *o, const erg_build_stats_t *st,
                     const erg_prune_report_t *pr, const erg_graph_t *g,
                     const char *const *inputs, size_t ninputs);

#endif
