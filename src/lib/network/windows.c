/*
 * windows.c: an article's mentions -> its windows, the units links count.
 *
 * sentence, paragraph, document: one window per sentence, paragraph or
 * article, holding the entities mentioned in it.
 * tokens:N: one window of N consecutive tokens starting at every token of the
 * article (a single window when the article is shorter than N). A mention
 * belongs to the windows holding its first token, so two mentions share a
 * window exactly when their first tokens are fewer than N tokens apart, and a
 * pair d tokens apart shares N - d windows (fewer near the article's ends).
 * Runs of identical windows are reported once with their multiplicity, so
 * the cost follows the number of mentions, not N times the tokens.
 *
 * Contract: mentions come in text order (erg_recognize sorts them); the
 * callback sees only windows holding at least one kept mention.
 */
#include "ergraph.h"
#include "network_internal.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static const char *const window_names[] = {"sentence", "paragraph", "document", "tokens"};

const char *erg_window_name(erg_window_t w) { return window_names[w]; }

int erg_window_parse(const char *s, size_t *ntokens)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(s, window_names[i]) == 0)
            return i;
    if (strncmp(s, "tokens:", 7) != 0 || s[7] < '0' || s[7] > '9')
        return -1;
    char *end;
    unsigned long n = strtoul(s + 7, &end, 10);
    if (*end || n < 2 || n > 100000)
        return -1;
    if (ntokens)
        *ntokens = (size_t)n;
    return ERG_WINDOW_TOKENS;
}

/* Adds key (first met at mention `first`) to the window's distinct set. */
static void add_distinct(size_t *ents, size_t *firsts, size_t *k, size_t key, size_t first)
{
    for (size_t q = 0; q < *k; q++)
        if (ents[q] == key)
            return;
    ents[*k] = key;
    firsts[(*k)++] = first;
}

static size_t unit_of(erg_window_t w, const erg_mention_t *x)
{
    switch (w) {
    case ERG_WINDOW_SENTENCE: return x->sentence;
    case ERG_WINDOW_PARAGRAPH: return x->paragraph;
    default: return 0;
    }
}

static int each_unit(const erg_build_opts_t *o, const erg_mentions_t *m, const size_t *key,
                     size_t *ents, size_t *firsts, erg_window_fn *fn, void *ctx)
{
    size_t k = 0, unit = (size_t)-1;
    int rc = 0;
    for (size_t i = 0; i < m->n && !rc; i++) {
        if (key[i] == (size_t)-1)
            continue;
        size_t u = unit_of(o->counting.window, &m->items[i]);
        if (u != unit && k) {
            rc = fn(ctx, ents, firsts, k, 1);
            k = 0;
        }
        unit = u;
        add_distinct(ents, firsts, &k, key[i], i);
    }
    if (!rc && k)
        rc = fn(ctx, ents, firsts, k, 1);
    return rc;
}

static int cmp_size(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return (a > b) - (a < b);
}

/* tokens:N. pos[j] is the token of kept mention j (ascending), idx[j] its
 * index among all mentions. The window set only changes where a mention
 * enters (at pos - N + 1) or leaves (at pos + 1): between two such
 * breakpoints every window is the same. */
static int each_span(const erg_build_opts_t *o, const size_t *key, const size_t *pos,
                     const size_t *idx, size_t nk, size_t ntok, size_t *ents, size_t *firsts,
                     erg_window_fn *fn, void *ctx)
{
    size_t n = o->counting.window_tokens;
    size_t nwin = ntok >= n ? ntok - n + 1 : 1;
    size_t *brk = malloc((2 * nk + 2) * sizeof *brk);
    if (!brk)
        return ERG_ENOMEM;
    size_t nb = 0;
    brk[nb++] = 0;
    brk[nb++] = nwin;
    for (size_t j = 0; j < nk; j++) {
        if (pos[j] + 1 >= n && pos[j] + 1 - n < nwin)
            brk[nb++] = pos[j] + 1 - n;
        if (pos[j] + 1 < nwin)
            brk[nb++] = pos[j] + 1;
    }
    qsort(brk, nb, sizeof *brk, cmp_size);
    int rc = 0;
    size_t lo = 0; /* first kept mention not before the window */
    for (size_t b = 0; b + 1 < nb && !rc; b++) {
        size_t t = brk[b];
        if (brk[b + 1] == t)
            continue;
        while (lo < nk && pos[lo] < t)
            lo++;
        size_t k = 0;
        for (size_t j = lo; j < nk && pos[j] < t + n; j++)
            add_distinct(ents, firsts, &k, key[idx[j]], idx[j]);
        if (k)
            rc = fn(ctx, ents, firsts, k, (long)(brk[b + 1] - t));
    }
    free(brk);
    return rc;
}

int erg__windows_each(const erg_build_opts_t *o, const erg_article_t *a, const erg_mentions_t *m,
                     const size_t *key, erg_window_fn *fn, void *ctx)
{
    size_t *ents = malloc((m->n + 1) * sizeof *ents);
    size_t *firsts = malloc((m->n + 1) * sizeof *firsts);
    size_t *pos = NULL, *idx = NULL;
    erg_tokens_t t = {0};
    int rc = ents && firsts ? 0 : ERG_ENOMEM;
    if (!rc && o->counting.window != ERG_WINDOW_TOKENS) {
        rc = each_unit(o, m, key, ents, firsts, fn, ctx);
        goto cleanup;
    }
    /* tokens:N needs token positions, which mentions do not carry */
    pos = malloc((m->n + 1) * sizeof *pos);
    idx = malloc((m->n + 1) * sizeof *idx);
    if (!rc && (!pos || !idx))
        rc = ERG_ENOMEM;
    if (!rc)
        rc = erg__text_tokenize(a->text, a->len, NULL, &t); /* token positions only */
    size_t nk = 0;
    for (size_t i = 0; i < m->n && !rc; i++) {
        if (key[i] == (size_t)-1)
            continue;
        pos[nk] = erg__tokens_at(&t, m->items[i].start);
        idx[nk++] = i;
    }
    if (!rc && nk)
        rc = each_span(o, key, pos, idx, nk, t.n, ents, firsts, fn, ctx);
cleanup:
    erg__tokens_release(&t);
    free(ents);
    free(firsts);
    free(pos);
    free(idx);
    return rc;
}
