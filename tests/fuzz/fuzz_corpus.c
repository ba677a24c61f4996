/* fuzz_corpus.c: the article reader (text, JSON Lines, JSON arrays). The
 * first byte chooses the kind of file; the rest is its content. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"a.txt", "a.jsonl", "a.json"};
    if (size < 1)
        return 0;
    const char *path = fuzz_file(names[data[0] % 3], data + 1, size - 1);
    if (!path)
        return 0;
    erg_corpus_t *c = NULL;
    erg_error_t err;
    const char *inputs[] = {path};
    if (erg_corpus_open(&c, inputs, 1, &err) != 0)
        return 0;
    erg_article_t a;
    while (erg_corpus_next(c, &a, &err) == 1) {
        /* an article's text is NUL-terminated UTF-8 of the length it says */
        if (strlen(a.text) != a.len)
            abort();
        erg_article_release(&a);
    }
    erg_corpus_free(c);
    unlink(path);
    return 0;
}
