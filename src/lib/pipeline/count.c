/* count.c: one shard of a corpus counted into a part (ergraph count). */
#include "ergraph.h"
#include "digest.h"
#include "err.h"
#include "gazetteer.h"
#include "network.h"
#include "pipeline_internal.h"

int erg_count_part(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                   const erg_build_opts_t *o, const char *path, erg_error_t *err)
{
    erg_builder_t *b = erg_builder_new(o);
    if (!b)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        if (erg__builder_add_input(b, inputs[i]))
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
    size_t files = erg_skipped(ERG_SKIP_FILE), articles = erg_skipped(ERG_SKIP_ARTICLE);
    char gdigest[ERG_DIGEST_HEX], ldigest[ERG_DIGEST_HEX] = "";
    erg__gazetteer_digest(gz, gdigest);
    if (!rc)
        rc = erg__builder_count(gz, inputs, n, o, b, err);
    /* after counting: the recognizer has read the lists, so a missing one
     * was already reported the way build reports it */
    if (!rc)
        rc = erg__data_digest(ldigest, err);
    erg__part_note(b, erg_gazetteer_size(gz), gdigest, ldigest,
                   erg_skipped(ERG_SKIP_FILE) - files, erg_skipped(ERG_SKIP_ARTICLE) - articles);
    if (!rc)
        rc = erg_builder_write_part(b, path, err);
    erg_builder_free(b);
    return rc;
}
