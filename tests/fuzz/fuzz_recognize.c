/* fuzz_recognize.c: the text segmenter, the recognizer (with the shipped
 * gazetteer) and the co-occurrence counting, on arbitrary bytes. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static erg_gazetteer_t *g;
    erg_error_t err;
    if (!g) {
        erg_set_warning_handler(fuzz_quiet, NULL);
        if (erg_gazetteer_open(&g, NULL, 0, &err) != 0) {
            fprintf(stderr, "%s\n", err.msg);
            abort();
        }
    }
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    erg_article_t a = {(char *)"fuzz", (char *)"", NULL, text, size};
    erg_mentions_t m;
    erg_mentions_init(&m);
    if (erg_recognize(g, &a, &m, &err) == 0) {
        for (size_t i = 0; i < m.n; i++)
            if (m.items[i].start >= m.items[i].end || m.items[i].end > size)
                abort(); /* every span lies inside the text */
        erg_build_opts_t o;
        erg_build_opts_init(&o);
        erg_builder_t *b = erg_builder_new(&o);
        erg_graph_t gr;
        if (b && erg_builder_add(b, &a, &m, &err) == 0 && erg_builder_finish(b, NULL, 0, &gr, &err) == 0)
            erg_graph_release(&gr);
        erg_builder_free(b);
    }
    erg_mentions_release(&m);
    free(text);
    return 0;
}
