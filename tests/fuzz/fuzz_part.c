/* fuzz_part.c: the part reader of ergraph merge; what it accepts must
 * finish into a network and write back as a part. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("p.part", data, size);
    if (!path)
        return 0;
    erg_build_opts_t o;
    erg_build_opts_init(&o);
    o.finishing.weight = ERG_WEIGHT_NPMI;
    o.finishing.backbone = 0.5;
    erg_builder_t *b = erg_builder_new(&o);
    erg_error_t err;
    /* twice: the second copy joins the first's nodes and links */
    if (b && erg_builder_read_part(b, path, &err) == 0 && erg_builder_read_part(b, path, &err) == 0) {
        erg_builder_write_part(b, path, &err);
        size_t n;
        const char *const *in = erg_builder_inputs(b, &n);
        erg_graph_t g;
        if (erg_builder_finish(b, in, n, &g, &err) == 0)
            erg_graph_release(&g);
    }
    erg_builder_free(b);
    unlink(path);
    return 0;
}
