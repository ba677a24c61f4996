/* graph.c: the in-memory network shared by build, graph_json, measures and render. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void erg_graph_init(erg_graph_t *g) { memset(g, 0, sizeof *g); }

void erg_graph_release(erg_graph_t *g)
{
    for (size_t i = 0; g->nodes && i < g->nnodes; i++) {
        free(g->nodes[i].id);
        for (size_t k = 0; k < g->nodes[i].naliases; k++)
            free(g->nodes[i].aliases[k]);
        free(g->nodes[i].aliases);
    }
    for (size_t i = 0; g->links && i < g->nlinks; i++) {
        erg_link_t *l = &g->links[i];
        for (size_t k = 0; k < l->ndocs; k++)
            free(l->docs[k]);
        free(l->docs);
        for (size_t k = 0; k < l->nevidence; k++) {
            free(l->evidence[k].doc);
            free(l->evidence[k].text);
        }
        free(l->evidence);
    }
    free(g->nodes);
    free(g->links);
    free(g->meta_json);
    erg_graph_init(g);
}

long erg_graph_find(const erg_graph_t *g, const char *id)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0)
            return (long)i;
    return -1;
}
