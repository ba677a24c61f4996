/* store.c: the link store of a built network (its strings in an arena,
 * util.c); see store.h. */
#include "mem.h"
#include "network_internal.h"

#include <stdlib.h>
#include <string.h>

void erg__graph_store_free(struct erg_graph_store *s)
{
    if (!s)
        return;
    erg__arena_release(&s->strings);
    free(s->evidence);
    free(s->docs);
    free(s);
}
