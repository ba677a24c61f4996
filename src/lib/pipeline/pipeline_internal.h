/*
 * pipeline_internal.h: what the pipeline stage's files share: articles
 * recognized on threads (parallel.c) and handed in input order to the
 * builders (build.c) and the count of a shard (count.c).
 */
#ifndef ERG_PIPELINE_INTERNAL_H
#define ERG_PIPELINE_INTERNAL_H

#include "ergraph.h"


/* Chooses what an article is for (a builder, say), on the calling thread in
 * input order; NULL leaves it out unrecognized. May set *rc (and err) to
 * fail the run at that article. */
typedef void *erg_pick_fn(void *ctx, const erg_article_t *a, erg_error_t *err, int *rc);
/* Takes a picked article with its mentions, on the calling thread, in input
 * order; 0, or a negative code that stops the run. */
typedef int erg_take_fn(void *ctx, void *picked, const erg_article_t *a,
                        const erg_mentions_t *m, erg_error_t *err);
/* Reads `inputs`, recognizes the picked articles with `o` (NULL: defaults)
 * on o->jobs threads (0: one per core) and takes them in input order. */
int erg__each_article(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                     const erg_recognize_opts_t *o, erg_pick_fn *pick, erg_take_fn *take,
                     void *ctx, erg_error_t *err);

/* Reads, recognizes and counts every article of `inputs` into `b`, made
 * with options `o` (build.c: the counting half of erg_build_network). */
int erg__builder_count(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                      const erg_build_opts_t *o, erg_builder_t *b, erg_error_t *err);

#endif
