/* pipeline.c: the stages joined: inputs -> articles -> mentions -> network. */
#include "internal.h"

#include <stdlib.h>

int erg_build_network(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                      const erg_build_opts_t *o, erg_graph_t *g, erg_error_t *err)
{
    erg_corpus_t *c = NULL;
    erg_builder_t *b = erg_builder_new(o);
    erg_mentions_t m;
    erg_article_t a = {0};
    erg_mentions_init(&m);
    erg_graph_init(g);
    int rc = b ? erg_corpus_open(&c, inputs, n, err) : erg_fail(err, ERG_ENOMEM, "out of memory");
    while (!rc && (rc = erg_corpus_next(c, &a, err)) == 1) {
        rc = erg_recognize(gz, &a, &m, err);
        if (!rc)
            rc = erg_builder_add(b, &a, &m, err);
        erg_article_release(&a);
    }
    if (!rc)
        rc = erg_builder_finish(b, inputs, n, g, err);
    erg_mentions_release(&m);
    erg_builder_free(b);
    erg_corpus_free(c);
    return rc;
}
