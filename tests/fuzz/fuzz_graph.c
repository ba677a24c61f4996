/* fuzz_graph.c: the graph JSON loader; what it accepts must survive the
 * measures (igraph) and a write back. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("g.json", data, size);
    if (!path)
        return 0;
    erg_graph_t g;
    erg_error_t err;
    if (erg_graph_read_json(&g, path, &err) == 0) {
        if (g.nnodes <= 64) {
            erg_measures_t m;
            erg_measures_init(&m);
            erg_measures_compute(&g, &m, &err);
            erg_measures_release(&m);
        }
        erg_graph_write_json(&g, path, &err);
        erg_graph_release(&g);
    }
    unlink(path);
    return 0;
}
