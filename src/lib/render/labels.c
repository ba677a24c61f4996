/*
 * labels.c: the name a drawing writes beside each entity (--names).
 *
 * canonical is the node's id, the gazetteer's (English) name. local and
 * short choose among the forms the corpus itself wrote (the node's
 * aliases), counted in the evidence snippets of the entity's drawn links:
 * a sample of the corpus's usage that the network already holds, so
 * nothing is read again. At each place the longest form written there is
 * counted, so "Kim" inside "Kim Jong Un" is not.
 *
 * - local: the form written most (ties: the longer, then the first in
 *   byte order); a person keeps the canonical name, which is no language's.
 * - short: an acronym the corpus wrote (2 to 6 capitals and digits, the
 *   most written), or else the shortest of the canonical name and the forms
 *   written at least once.
 * - auto: local when the snippets are mostly Indonesian (their function
 *   words outnumber the English ones), else canonical.
 */
#include "ergraph.h"
#include "mem.h"
#include "render_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const names_names[] = {"auto", "canonical", "local", "short"};

const char *erg_names_name(erg_names_t n) { return names_names[n]; }

int erg_names_parse(const char *s)
{
    for (size_t i = 0; i < sizeof names_names / sizeof names_names[0]; i++)
        if (strcmp(s, names_names[i]) == 0)
            return (int)i;
    return -1;
}

/* A word byte: ASCII letters and digits, and every byte of a multibyte
 * UTF-8 character. */
static int word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Adds to count[k] the places in `s` where aliases[k] is the longest of
 * `aliases` written as whole words. */
static void count_forms(const char *s, char *const *aliases, size_t n, size_t *count)
{
    for (size_t i = 0; s[i]; i++) {
        if (i > 0 && word_byte((unsigned char)s[i - 1]))
            continue;
        size_t best = n, blen = 0;
        for (size_t k = 0; k < n; k++) {
            size_t len = strlen(aliases[k]);
            if (len > blen && strncmp(s + i, aliases[k], len) == 0 &&
                !word_byte((unsigned char)s[i + len]))
                best = k, blen = len;
        }
        if (best < n) {
            count[best]++;
            i += blen - 1;
        }
    }
}

static int is_acronym(const char *s)
{
    size_t n = strlen(s), caps = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z')
            caps++;
        else if (!(s[i] >= '0' && s[i] <= '9'))
            return 0;
    }
    return n >= 2 && n <= 6 && caps >= 2;
}

/* Counts the Indonesian and English function words of `s`. */
static void count_lang(const char *s, long *id, long *en)
{
    static const char *const idw[] = {"yang", "dan", "di", "dengan", "untuk", "dari", "ini",
                                      "itu", "pada", "dalam", "tidak", "akan", "ke", "juga"};
    static const char *const enw[] = {"the", "and", "of", "to", "in", "that", "is",
                                      "was", "for", "with", "on", "said", "by", "it"};
    for (size_t i = 0; s[i];) {
        while (s[i] && !word_byte((unsigned char)s[i]))
            i++;
        size_t j = i;
        while (s[j] && word_byte((unsigned char)s[j]))
            j++;
        for (size_t k = 0; k < sizeof idw / sizeof idw[0]; k++) {
            if (strlen(idw[k]) == j - i && strncmp(s + i, idw[k], j - i) == 0)
                ++*id;
            if (strlen(enw[k]) == j - i && strncmp(s + i, enw[k], j - i) == 0)
                ++*en;
        }
        i = j;
    }
}

/* The label of shown node i under `names` (not auto). */
static const char *label_of(const erg_plan_t *p, const erg_graph_t *g, size_t i,
                            erg_names_t names, size_t *count)
{
    const erg_node_t *nd = &g->nodes[i];
    if (names == ERG_NAMES_CANONICAL || nd->naliases == 0 ||
        (names == ERG_NAMES_LOCAL && nd->type == ERG_TYPE_PERSON))
        return nd->id;
    memset(count, 0, nd->naliases * sizeof *count);
    for (size_t k = 0; k < p->nlinks; k++) {
        const erg_link_t *l = &g->links[p->links[k]];
        if (l->source != i && l->target != i)
            continue;
        for (size_t e = 0; e < l->nevidence; e++)
            count_forms(l->evidence[e].text, nd->aliases, nd->naliases, count);
    }
    const char *best = NULL;
    size_t bc = 0;
    for (size_t k = 0; k < nd->naliases; k++) {
        const char *a = nd->aliases[k];
        size_t c = count[k];
        if (names == ERG_NAMES_LOCAL || is_acronym(a)) {
            if (c && (!best || c > bc || (c == bc && strlen(a) > strlen(best))))
                best = a, bc = c;
        }
    }
    if (names == ERG_NAMES_LOCAL || best)
        return best ? best : nd->id;
    best = nd->id; /* short, no acronym written: the shortest form */
    for (size_t k = 0; k < nd->naliases; k++)
        if (count[k] && strlen(nd->aliases[k]) < strlen(best))
            best = nd->aliases[k];
    return best;
}

int erg__plan_labels(erg_plan_t *p, const erg_graph_t *g, erg_names_t names)
{
    size_t most = 1;
    for (size_t k = 0; k < p->nshown; k++)
        if (g->nodes[p->shown[k]].naliases > most)
            most = g->nodes[p->shown[k]].naliases;
    size_t *count = malloc(most * sizeof *count);
    if (!count)
        return ERG_ENOMEM;
    if (names == ERG_NAMES_AUTO) {
        long id = 0, en = 0;
        for (size_t k = 0; k < p->nlinks; k++) {
            const erg_link_t *l = &g->links[p->links[k]];
            for (size_t e = 0; e < l->nevidence; e++)
                count_lang(l->evidence[e].text, &id, &en);
        }
        names = id > en ? ERG_NAMES_LOCAL : ERG_NAMES_CANONICAL;
    }
    p->names = names;
    for (size_t i = 0; i < g->nnodes; i++)
        p->label[i] = p->slot[i] >= 0 ? label_of(p, g, i, names, count) : g->nodes[i].id;
    free(count);
    return 0;
}
