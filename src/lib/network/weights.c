/*
 * weights.c: link counts and entity frequencies -> link weights.
 *
 * With c = c_ij the link's count, f_i, f_j the ends' frequencies and N the
 * number of windows (all as builder.c counts them, so that c <= f_i <= N):
 *   count        c
 *   jaccard      c / (f_i + f_j - c)
 *   dice         2c / (f_i + f_j)
 *   pmi          ln(c N / (f_i f_j))
 *   npmi         pmi / -ln(c / N), and 1 when c = N
 *   association  2 M c / (s_i s_j), VOSviewer's association strength (Van
 *                Eck & Waltman 2009): s_i = sum of the counts of i's links,
 *                M = sum of all link counts; 1 means "as often as expected"
 * Links whose weight is not positive (pmi, npmi: no more often than chance)
 * are dropped, since the measures read weights as strengths; the caller
 * records how many. `count` is always kept beside `weight`.
 */
#include "ergraph.h"
#include "network_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const weight_names[] = {"count", "jaccard", "dice", "pmi", "npmi",
                                           "association"};
static const char *const count_names[] = {"windows", "documents"};

const char *erg_weight_name(erg_weight_t w) { return weight_names[w]; }

int erg_weight_parse(const char *s)
{
    for (int i = 0; i <= ERG_WEIGHT_ASSOCIATION; i++)
        if (strcmp(s, weight_names[i]) == 0)
            return i;
    return -1;
}

const char *erg_count_name(erg_count_t c) { return count_names[c]; }

int erg_count_parse(const char *s)
{
    for (int i = 0; i <= ERG_COUNT_DOCUMENTS; i++)
        if (strcmp(s, count_names[i]) == 0)
            return i;
    return -1;
}

double erg__weight_value(erg_weight_t w, double c, double fi, double fj, double n, double si,
                        double sj, double total)
{
    switch (w) {
    case ERG_WEIGHT_JACCARD: return c / (fi + fj - c);
    case ERG_WEIGHT_DICE: return 2 * c / (fi + fj);
    case ERG_WEIGHT_PMI: return log(c * n / (fi * fj));
    case ERG_WEIGHT_NPMI: return c >= n ? 1.0 : log(c * n / (fi * fj)) / -log(c / n);
    case ERG_WEIGHT_ASSOCIATION: return 2 * total * c / (si * sj);
    default: return c;
    }
}

int erg__weights_apply(erg_graph_t *g, const long *freq, long n, erg_weight_t w, size_t *dropped)
{
    *dropped = 0;
    if (w == ERG_WEIGHT_COUNT)
        return 0;
    double *s = calloc(g->nnodes + 1, sizeof *s);
    if (!s)
        return ERG_ENOMEM;
    double total = 0;
    for (size_t i = 0; i < g->nlinks; i++) {
        s[g->links[i].source] += (double)g->links[i].count;
        s[g->links[i].target] += (double)g->links[i].count;
        total += (double)g->links[i].count;
    }
    char *keep = malloc(g->nlinks + 1);
    if (!keep) {
        free(s);
        return ERG_ENOMEM;
    }
    for (size_t i = 0; i < g->nlinks; i++) {
        erg_link_t *l = &g->links[i];
        l->weight = erg__weight_value(w, (double)l->count, (double)freq[l->source],
                                     (double)freq[l->target], (double)n, s[l->source],
                                     s[l->target], total);
        keep[i] = isfinite(l->weight) && l->weight > 0;
        *dropped += !keep[i];
    }
    erg__graph_keep_links(g, keep);
    free(keep);
    free(s);
    return 0;
}
