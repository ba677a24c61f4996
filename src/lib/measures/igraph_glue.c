/*
 * igraph_glue.c: ergraph's terms with igraph, for the measures stage's
 * files: igraph's errors made return codes, then mapped to ERG_* codes.
 */
#include "err.h"
#include "measures_internal.h"

/* OpenMP, which igraph's PageRank (PRPACK) runs on when igraph was built
 * with it (Debian's is): weak, so that a build without it still links. */
#pragma weak omp_set_num_threads
extern void omp_set_num_threads(int);

int erg__ig_fail(igraph_error_t e, erg_error_t *err)
{
    return erg__fail(err, e == IGRAPH_ENOMEM ? ERG_ENOMEM : ERG_EGRAPH, "igraph: %s",
                    igraph_strerror(e));
}

/* igraph aborts on error by default; make it return codes instead. And
 * PRPACK sums on OpenMP threads in an order that changes PageRank's last
 * digits, and so the order of ties, from run to run: on one thread the
 * same network gives the same bytes. */
void erg__ig_quiet(void)
{
    static int done;
    if (done)
        return;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    if (omp_set_num_threads)
        omp_set_num_threads(1);
    done = 1;
}
