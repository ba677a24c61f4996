/* fuzz_gazetteer.c: the gazetteer loader, then a lookup through it. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char text[] = "Kim Jong Un bertemu Putin di Moskow, kata KCNA. AS dan PBB.";
    erg_set_warning_handler(fuzz_quiet, NULL);
    erg_gazetteer_t *g = erg_gazetteer_new();
    erg_error_t err;
    if (g && erg_gazetteer_load_buffer(g, "fuzz.json", (const char *)data, size, &err) == 0) {
        erg_article_t a = {(char *)"t", (char *)"", NULL, (char *)text, sizeof text - 1};
        erg_mentions_t m;
        erg_mentions_init(&m);
        erg_recognize(g, &a, &m, &err);
        erg_mentions_release(&m);
    }
    erg_gazetteer_free(g);
    return 0;
}
