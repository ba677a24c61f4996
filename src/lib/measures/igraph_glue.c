/*
 * igraph_glue.c: ergraph's terms with igraph, for the measures stage's
 * files: igraph's errors made return codes, then mapped to ERG_* codes.
 */
#include "err.h"
#include "measures_internal.h"

int erg__ig_fail(igraph_error_t e, erg_error_t *err)
{
    return erg__fail(err, e == IGRAPH_ENOMEM ? ERG_ENOMEM : ERG_EGRAPH, "igraph: %s",
                    igraph_strerror(e));
}

/* igraph aborts on error by default; make it return codes instead. */
void erg__ig_quiet(void)
{
    static int done;
    if (done)
        return;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    done = 1;
}
