/*
 * recognize.c: article + gazetteer -> mentions: the passes of
 * recognize_internal.h run in order over the article state of article.c;
 * the recognizer's data (word lists and one tagger model per language) and
 * the options.
 */
#include "ergraph.h"
#include "err.h"
#include "map.h"
#include "mem.h"
#include "gazetteer.h"
#include "recognize.h"
#include "recognize_internal.h"
#include "tagger.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

struct erg_recognizer {
    erg_lexicon_t *lx;
    erg_tagger_model_t *model[ERG_NLANG]; /* by ERG_LX_ID, ERG_LX_EN */
};

/* The model file of each list language, in the data folder. */
static const char *const model_file[ERG_NLANG] = {"tagger-id.model", "tagger-en.model"};

static erg_recognizer_t *default_rec; /* opened on first use, kept for the run */

static const char *const lang_names[] = {"auto", "id", "en"};

const char *erg_lang_name(erg_lang_t l) { return lang_names[l]; }

int erg_lang_parse(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(s, lang_names[i]) == 0)
            return i;
    return -1;
}

int erg_recognizer_open(erg_recognizer_t **out, const char *dir, erg_error_t *err)
{
    erg_recognizer_t *r = calloc(1, sizeof *r);
    erg_buf_t path = {0};
    if (!r)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    int own = !dir; /* the data folder: a missing file says where it looked */
    if (!dir)
        dir = erg_data_dir();
    int rc = erg__buf_printf(&path, "%s/lists", dir);
    if (!rc)
        rc = erg__lexicon_load(&r->lx, path.buf, err);
    else
        rc = erg__fail(err, rc, "out of memory");
    /* both models, whatever the articles turn out to be: loading one costs
     * a few milliseconds, and a missing one is better said before any
     * article is read */
    for (int l = 0; l < ERG_NLANG && !rc; l++) {
        path.len = 0;
        if ((rc = erg__buf_printf(&path, "%s/%s", dir, model_file[l])))
            rc = erg__fail(err, rc, "out of memory");
        else
            rc = erg__tagger_model_load(&r->model[l], path.buf, err);
    }
    erg__buf_release(&path);
    if (rc) {
        erg_recognizer_free(r);
        return own ? erg__data_hint(err, rc) : rc;
    }
    *out = r;
    return 0;
}

void erg_recognizer_free(erg_recognizer_t *r)
{
    if (!r)
        return;
    erg__lexicon_free(r->lx);
    for (int l = 0; l < ERG_NLANG; l++)
        erg__tagger_model_free(r->model[l]);
    free(r);
}

/* A compound literal, so that no field is left unset: resolve_capitals
 * once was, and `entities` read whatever the stack held. */
void erg_recognize_opts_init(erg_recognize_opts_t *o)
{
    *o = (erg_recognize_opts_t){
        .lang = ERG_LANG_AUTO,
        .rec = NULL,
        .tagger = 1,
        .resolve_capitals = 0,
        .jobs = 0,
    };
}

int erg__recognizer_default(const erg_recognizer_t **out, erg_error_t *err)
{
    int rc = default_rec ? 0 : erg_recognizer_open(&default_rec, NULL, err);
    *out = default_rec;
    return rc;
}

static int cmp_mention(const void *pa, const void *pb)
{
    const erg_mention_t *x = pa, *y = pb;
    if (x->start != y->start)
        return (x->start > y->start) - (x->start < y->start);
    return (y->end > x->end) - (y->end < x->end); /* the longer first */
}

int erg_recognize_opts(const erg_gazetteer_t *g, const erg_article_t *a,
                       const erg_recognize_opts_t *o, erg_mentions_t *m, erg_error_t *err)
{
    erg_recognize_opts_t defaults;
    if (!o) {
        erg_recognize_opts_init(&defaults);
        o = &defaults;
    }
    const erg_recognizer_t *rec = o->rec;
    if (!rec) {
        int rc = erg__recognizer_default(&rec, err);
        if (rc)
            return rc;
    }
    erg__mentions_reset(m);
    erg_rz_t rz;
    int lang = o->lang == ERG_LANG_ID ? ERG_LX_ID : o->lang == ERG_LANG_EN ? ERG_LX_EN : -1;
    const erg_tagger_model_t *const *models = (const erg_tagger_model_t *const *)rec->model;
    int rc = erg__rz_begin(&rz, g, rec->lx, o->tagger ? models : NULL, a, lang, m);
    if (!rc) {
        erg__rz_regions(&rz);
        rc = erg__rz_match(&rz);
    }
    if (!rc && o->tagger)
        rc = erg__rz_discover(&rz);
    if (!rc && o->tagger)
        rc = erg__rz_results(&rz);
    if (!rc && o->tagger)
        rc = erg__rz_lineups(&rz);
    if (!rc)
        rc = erg__rz_speakers(&rz);
    if (!rc)
        rc = erg__rz_acronyms(&rz);
    if (!rc)
        rc = erg__rz_coref(&rz);
    if (!rc)
        erg__rz_sources(&rz);
    if (!rc)
        rc = erg__rz_local_forms(&rz);
    if (!rc)
        rc = erg__rz_bodies(&rz);
    if (!rc && o->resolve_capitals)
        rc = erg__rz_capitals(&rz);
    if (rc)
        goto cleanup;
    size_t kept = 0; /* coref drops a mention by clearing its entity */
    for (size_t i = 0; i < m->n; i++)
        if (m->items[i].entity) {
            m->items[i].flags &= ~(unsigned)ERG_MENTION_FORMED;
            m->items[kept++] = m->items[i];
        }
    m->n = kept;
    if (m->n)
        qsort(m->items, m->n, sizeof *m->items, cmp_mention);
    /* hand the sentence spans over to the caller, for evidence */
    free(m->sent_start);
    free(m->sent_end);
    m->sent_start = rz.t.sent_start;
    m->sent_end = rz.t.sent_end;
    m->nsent = rz.t.nsent;
    rz.t.sent_start = rz.t.sent_end = NULL;
cleanup:
    erg__rz_end(&rz);
    if (rc)
        return erg__fail(err, rc, "%s: %s", a->id, erg_strerror(rc));
    return 0;
}

int erg_recognize(const erg_gazetteer_t *g, const erg_article_t *a, erg_mentions_t *m,
                  erg_error_t *err)
{
    erg_recognize_opts_t o;
    erg_recognize_opts_init(&o);
    return erg_recognize_opts(g, a, &o, m, err);
}
