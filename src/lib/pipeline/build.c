/*
 * build.c: the stages joined: inputs -> articles -> mentions -> network,
 * whole or sliced by period. Articles are streamed: one is in memory at a
 * time, plus the builders' counts.
 */
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "pipeline_internal.h"

#include <stdlib.h>
#include <string.h>

static int add_to(void *ctx, void *builder, const erg_article_t *a, const erg_mentions_t *m,
                  erg_error_t *err)
{
    (void)ctx;
    return erg_builder_add(builder, a, m, err);
}

/* Articles are read with o->recognize on o->recognize.jobs threads but
 * routed and counted in input order (parallel.c), so the network is the
 * same for any number. */
static int each_article(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                        const erg_build_opts_t *o, erg_pick_fn *route, void *ctx, erg_error_t *err)
{
    return erg__each_article(gz, inputs, n, &o->counting.recognize, route, add_to, ctx, err);
}

/* Where an article goes (erg_pick_fn): the one builder. */
static void *route_one(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc)
{
    (void)a, (void)err, (void)rc;
    return ctx;
}

int erg_build_network(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                      const erg_build_opts_t *o, erg_graph_t *g, erg_error_t *err)
{
    erg_builder_t *b = erg_builder_new(o);
    erg_graph_init(g);
    int rc = b ? each_article(gz, inputs, n, o, route_one, b, err)
               : erg__fail(err, ERG_ENOMEM, "out of memory");
    if (!rc)
        rc = erg_builder_finish(b, inputs, n, g, err);
    erg_builder_free(b);
    return rc;
}

int erg__builder_count(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                      const erg_build_opts_t *o, erg_builder_t *b, erg_error_t *err)
{
    return each_article(gz, inputs, n, o, route_one, b, err);
}

/* The periods met so far, each with its builder. */
typedef struct {
    char period[16];
    erg_builder_t *b;
} slice_t;

typedef struct {
    const erg_build_opts_t *opts;
    erg_slice_t by;
    slice_t *v;
    size_t n, cap;
    size_t undated;
} slicer_t;

/* Where an article goes (erg_pick_fn): its period's builder, or NULL. */
static void *route_slice(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc)
{
    slicer_t *s = ctx;
    char date[11], period[16];
    if (!erg_article_date(a, date) || erg_date_period(date, s->by, period)) {
        s->undated++;
        return NULL;
    }
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i].period, period) == 0)
            return s->v[i].b;
    void *p = s->v;
    if (erg__grow(&p, &s->cap, s->n + 1, sizeof *s->v)) {
        *rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        return NULL;
    }
    s->v = p;
    if (!(s->v[s->n].b = erg_builder_new(s->opts))) {
        *rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        return NULL;
    }
    memcpy(s->v[s->n].period, period, sizeof period);
    return s->v[s->n++].b;
}

static int cmp_slice(const void *x, const void *y)
{
    return strcmp(((const slice_t *)x)->period, ((const slice_t *)y)->period);
}

int erg_build_slices(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                     const erg_build_opts_t *o, erg_slice_t by, erg_slice_graph_t **out,
                     size_t *nout, erg_error_t *err)
{
    slicer_t s = {o, by, NULL, 0, 0, 0};
    *out = NULL;
    *nout = 0;
    int rc = each_article(gz, inputs, n, o, route_slice, &s, err);
    erg_slice_graph_t *res = calloc(s.n + 1, sizeof *res);
    if (!rc && !res)
        rc = erg__fail(err, ERG_ENOMEM, "out of memory");
    if (!rc && s.undated)
        erg__warn("%zu undated article%s left out of every slice", s.undated,
                 s.undated == 1 ? "" : "s");
    if (!rc && s.n)
        qsort(s.v, s.n, sizeof *s.v, cmp_slice);
    for (size_t i = 0; !rc && i < s.n; i++) {
        memcpy(res[i].period, s.v[i].period, sizeof res[i].period);
        rc = erg_builder_finish(s.v[i].b, inputs, n, &res[i].graph, err);
        if (!rc)
            (*nout)++;
    }
    for (size_t i = 0; i < s.n; i++)
        erg_builder_free(s.v[i].b);
    free(s.v);
    if (rc) {
        erg_slices_free(res, *nout);
        *nout = 0;
        return rc;
    }
    *out = res;
    return 0;
}

void erg_slices_free(erg_slice_graph_t *s, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        erg_graph_release(&s[i].graph);
    free(s);
}
