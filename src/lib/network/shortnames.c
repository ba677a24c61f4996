/*
 * shortnames.c: one person, one node across the corpus. Within an article a
 * short form ("Prabowo", "Mr Bush" -> "Bush") goes to the full name the
 * article gives (coref.c); an article that never gives it leaves a node of
 * the short form beside the full name's. When the counts are in, a person
 * node named by one word joins the person with a longer name (of two to
 * four words) that begins or ends with that word, when one person does, or
 * one holds at least four fifths of the mentions of all the people who do,
 * and has at least as many mentions as the short node; two people sharing
 * the word about equally stay apart, and so does the short node. Words of
 * three letters or fewer are too common to decide. Then two spellings of
 * one name join (see variants()), a company with and without its legal
 * form (legal_forms()), and a rare slip of the pen joins the
 * name it misspells (slips(), any type), a node named by a short form
 * another node gives in brackets joins that node (bracket_forms()), and a
 * generic body's name the one node naming it after its state
 * (qualified_bodies()). The
 * short form stays among the node's aliases, saying where its mentions
 * came from.
 *
 * The merged node's mentions, documents and window frequency are the sums
 * of both (an article naming both would have resolved the short form, so
 * they seldom overlap); a link both nodes had keeps the articles and
 * evidence of its stronger half and the sum of the counts.
 */
#include "err.h"
#include "map.h"
#include "mem.h"
#include "network_internal.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t best;     /* the person holding the word with most mentions */
    long best_m, total;
    size_t last;     /* the last person counted */
} holder_t;

/* The phrase key of node i's name into `key`; its number of words. */
static size_t name_key(const erg_graph_t *g, size_t i, erg_buf_t *key)
{
    size_t ntok = 0;
    key->len = 0;
    if (erg__text_phrase_key(g->nodes[i].id, strlen(g->nodes[i].id), key, &ntok, NULL) || !key->buf)
        return 0;
    return ntok;
}

/* Every node's name key, made once: the passes below ask for each node's
 * key again and again (some eight times a node), and a phrase key was a
 * fifth of the single-threaded end of a build on a corpus of many names.
 * Key i is text.buf + at[i], NUL-terminated, at[i + 1] - at[i] - 1 bytes. */
typedef struct {
    erg_buf_t text;
    size_t *at;
    size_t *ntok;
} names_t;

static int names_make(const erg_graph_t *g, names_t *nk)
{
    memset(nk, 0, sizeof *nk);
    nk->at = malloc((g->nnodes + 1) * sizeof *nk->at);
    nk->ntok = malloc((g->nnodes + 1) * sizeof *nk->ntok);
    if (!nk->at || !nk->ntok)
        return ERG_ENOMEM;
    erg_buf_t key = {0};
    int rc = 0;
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        nk->at[i] = nk->text.len;
        nk->ntok[i] = name_key(g, i, &key);
        if (nk->ntok[i]) /* then key.buf holds it */
            rc = erg__buf_add(&nk->text, key.buf, key.len + 1);
        else
            rc = erg__buf_add(&nk->text, "", 1); /* no key: every pass skips the node */
    }
    nk->at[g->nnodes] = nk->text.len;
    erg__buf_release(&key);
    return rc;
}

static void names_release(names_t *nk)
{
    erg__buf_release(&nk->text);
    free(nk->at);
    free(nk->ntok);
}

/* name_key() of node i, from nk: `key` views it (never to be grown or
 * released). */
static size_t name_at(const names_t *nk, size_t i, erg_buf_t *key)
{
    key->buf = nk->text.buf + nk->at[i];
    key->len = nk->at[i + 1] - nk->at[i] - 1;
    key->cap = 0;
    return nk->ntok[i];
}

/* Counts node i as a holder of word w[0..n) (four bytes or more). */
static int hold_word(const erg_graph_t *g, size_t i, const char *w, size_t n, erg_map_t *words,
                     holder_t **hold, size_t *nhold, size_t *cap)
{
    if (n < 4)
        return 0;
    size_t *v = erg__map_get(words, w, n);
    if (!v) {
        void *p = *hold;
        int rc = erg__grow(&p, cap, *nhold + 1, sizeof **hold);
        if (rc)
            return rc;
        *hold = p;
        if ((rc = erg__map_put(words, w, n, *nhold)))
            return rc;
        (*hold)[*nhold] = (holder_t){(size_t)-1, -1, 0, (size_t)-1};
        v = erg__map_get(words, w, n);
        ++*nhold;
    }
    holder_t *h = &(*hold)[*v];
    if (h->last == i)
        return 0; /* one name beginning and ending with the word */
    h->last = i;
    h->total += g->nodes[i].mentions;
    if (g->nodes[i].mentions > h->best_m) {
        h->best = i;
        h->best_m = g->nodes[i].mentions;
    }
    return 0;
}

/* Who holds each first or last word of the person names of two to four
 * words. */
static int index_words(const erg_graph_t *g, const names_t *nk, erg_map_t *words, holder_t **hold, size_t *nhold)
{
    erg_buf_t key;
    size_t cap = 0;
    int rc = 0;
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        size_t ntok;
        if (g->nodes[i].type != ERG_TYPE_PERSON || (ntok = name_at(nk, i, &key)) < 2 || ntok > 4)
            continue;
        const char *last = strrchr(key.buf, ' ') + 1; /* a key's words are one space apart */
        rc = hold_word(g, i, key.buf, (size_t)(strchr(key.buf, ' ') - key.buf), words, hold, nhold, &cap);
        if (!rc)
            rc = hold_word(g, i, last, (size_t)(key.buf + key.len - last), words, hold, nhold, &cap);
    }
    return rc;
}

/* Two spellings of one name: the same words with a space dropped inside
 * one ("abdul rahman hakim", "abdulrahman hakim"), or a two-word name that
 * is the first and last words of a longer one (a middle name left out:
 * "budi santoso", "budi hari santoso"), or its last two or first two words
 * (a given name or a surname left out, or cut off by the tagger: "anzar
 * simanjuntak", "dahnil anzar simanjuntak"), when exactly one longer name
 * has them. The node with fewer mentions joins the other (ties: the
 * longer name). */
static int variants(const erg_graph_t *g, const names_t *nk, size_t *into, size_t *nmerged)
{
    erg_map_t forms;  /* words without spaces, or "first last", "last two" or "first two" of a longer name -> node */
    erg__map_init(&forms);
    erg_buf_t key, alt = {0};
    size_t ntok;
    int rc = 0;
    for (int pass = 0; pass < 2 && !rc; pass++) {
        for (size_t i = 0; i < g->nnodes && !rc; i++) {
            if (g->nodes[i].type != ERG_TYPE_PERSON || into[i] != i || (ntok = name_at(nk, i, &key)) < 2 ||
                ntok > 4)
                continue;
            void *p = alt.buf; /* the words without their spaces */
            if ((rc = erg__grow(&p, &alt.cap, key.len + 1, 1)))
                break;
            alt.buf = p;
            alt.len = 0;
            for (size_t c = 0; c < key.len; c++)
                if (key.buf[c] != ' ')
                    alt.buf[alt.len++] = key.buf[c];
            alt.buf[alt.len] = '\0';
            const char *sp = strchr(key.buf, ' '), *last = strrchr(key.buf, ' ');
            const char *sp2 = strchr(sp + 1, ' '), *last2 = last;
            while (last2 > key.buf && last2[-1] != ' ')
                last2--; /* the second last word */
            erg_buf_t fl = {0}, tail = {0}, head = {0};
            if (!rc && (rc = erg__buf_add(&fl, key.buf, (size_t)(sp - key.buf))) == 0)
                rc = erg__buf_add(&fl, last, (size_t)(key.buf + key.len - last));
            if (!rc && ntok > 2 && (rc = erg__buf_add(&tail, last2, (size_t)(key.buf + key.len - last2))) == 0)
                rc = erg__buf_add(&head, key.buf, (size_t)(sp2 - key.buf));
            for (int form = 0; form < 4 && !rc; form++) {
                const erg_buf_t *f = form == 3 ? &head : form == 2 ? &tail : form ? &fl : &alt;
                if (form && ntok == 2 && pass == 0)
                    continue; /* a two-word name is looked up (as its fl), not indexed */
                if (pass == 1 && (form >= 2 || (form && ntok > 2)))
                    continue; /* a longer name is indexed, not looked up */
                size_t *v = erg__map_get(&forms, f->buf, f->len);
                if (pass == 0) {
                    if (!v)
                        rc = erg__map_put(&forms, f->buf, f->len, i);
                    else if (form && *v != i)
                        *v = (size_t)-1; /* two longer names share it: undecided */
                    else if (!form && g->nodes[i].mentions > g->nodes[*v].mentions)
                        *v = i; /* the spelling most used holds it */
                    continue;
                }
                if (!v || *v == (size_t)-1 || *v == i || into[*v] != *v)
                    continue;
                size_t j = *v, a = !form || g->nodes[i].mentions < g->nodes[j].mentions ||
                                       g->nodes[i].mentions == g->nodes[j].mentions ? i : j;
                into[a] = a == i ? j : i;
                ++*nmerged;
            }
            erg__buf_release(&fl);
            erg__buf_release(&tail);
            erg__buf_release(&head);
        }
    }
    erg__buf_release(&alt);
    erg__map_release(&forms);
    return rc;
}

/* The length of an organization's key without its legal form as last word
 * ("halden mining plc" -> "halden mining"), or a word a company's name
 * may go with or without ("wmc resources", "jupiter research", "pc pro
 * magazine", "amazon.com"), or 0 when it ends in none or is the form
 * alone. */
static size_t without_form(const erg_buf_t *key)
{
    static const char *const forms[] = {"plc", "inc", "ltd", "corp", "ag", "gmbh", "llc", "llp", "nv", "bhd", "tbk",
                                        "group", "holdings", "resources", "research", "magazine",
                                        "com" /* "amazon.com" */}; /* not "bank": "Ulster Bank" and
                                                                    * the team "Ulster" */
    const char *last = key->buf + key->len;
    while (last > key->buf && last[-1] != ' ')
        last--;
    if (last == key->buf)
        return 0;
    last--; /* the space before the last word */
    size_t n = (size_t)(key->buf + key->len - (last + 1));
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
        if (strlen(forms[f]) == n && memcmp(last + 1, forms[f], n) == 0)
            return (size_t)(last - key->buf);
    return 0;
}

/* One company, with and without its legal form ("Halden Mining plc",
 * "Halden Mining"; "PT Sinar Jaya Tbk", "PT Sinar Jaya"): an organization
 * whose name is another's without the form as last word joins it, the
 * node with fewer mentions joining the other (ties: the one with the
 * form). Two names with two forms stay apart. */
static int legal_forms(const erg_graph_t *g, const names_t *nk, size_t *into, size_t *nmerged)
{
    erg_map_t bare; /* an organization's key without a form -> node */
    erg__map_init(&bare);
    erg_buf_t key;
    int rc = 0;
    for (size_t i = 0; i < g->nnodes && !rc; i++)
        if (g->nodes[i].type == ERG_TYPE_ORGANIZATION && into[i] == i && name_at(nk, i, &key) &&
            !without_form(&key))
            rc = erg__map_put(&bare, key.buf, key.len, i);
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        size_t n;
        if (g->nodes[i].type != ERG_TYPE_ORGANIZATION || into[i] != i || !name_at(nk, i, &key) ||
            !(n = without_form(&key)))
            continue;
        const size_t *v = erg__map_get(&bare, key.buf, n);
        if (!v || *v == i || into[*v] != *v)
            continue;
        size_t j = *v, a = g->nodes[j].mentions <= g->nodes[i].mentions ? j : i;
        into[a] = a == i ? j : i;
        ++*nmerged;
    }
    erg__map_release(&bare);
    return rc;
}

/* Is b a slip of the pen for a, one edit away: a letter changed, dropped
 * or added, two neighbours swapped, or a space dropped ("aztrazeneca",
 * "mihkail khodorkovsky", "sonyericsson", "united nation")? Never at a
 * word's first letter ("salim", "halim" are two names) nor a digit's
 * ("kodim 0501", "kodim 0502" are two units). */
static int one_slip(const char *a, size_t la, const char *b, size_t lb)
{
    if (la < lb) {
        const char *t = a;
        a = b, b = t;
        size_t n = la;
        la = lb, lb = n;
    }
    if (la - lb > 1)
        return 0;
    size_t p = 0;
    while (p < lb && a[p] == b[p])
        p++;
    if (p == lb && la == lb)
        return 0; /* the same key */
    int first = p == 0 || a[p - 1] == ' ';
    if ((a[p] >= '0' && a[p] <= '9') || (p < lb && b[p] >= '0' && b[p] <= '9') || (first && a[p] != ' '))
        return 0;
    if (la != lb) /* a holds one more byte, at p */
        return memcmp(a + p + 1, b + p, lb - p) == 0;
    if (memcmp(a + p + 1, b + p + 1, la - p - 1) == 0)
        return a[p] != ' ' && b[p] != ' '; /* a letter changed, not a word split elsewhere */
    return p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 1] != ' ' && a[p] != ' ' &&
           memcmp(a + p + 2, b + p + 2, la - p - 2) == 0;
}

/* The one-byte deletions of a name: a table of forms, each named by a
 * node and d (its key itself when d = 0, else its key without byte
 * d - 1), never written out: a name of n bytes has n + 1 of them, and
 * building and hashing each one was most of the joins' time. A form's
 * hash is polynomial, so that all n + 1 of one key come from one pass
 * over it (hashes()); forms are compared byte by byte on equal hashes,
 * so the table answers exactly as a map of the forms' bytes would. */
typedef struct {
    uint64_t h;
    size_t node; /* (size_t)-1: a free slot */
    size_t d;
    size_t val;  /* the node holding the form, or (size_t)-1: undecided */
} form_t;

typedef struct {
    form_t *v;
    size_t cap;
} forms_t;

#define FORM_BASE 0x100000001B3ull

static uint64_t form_mix(uint64_t h, size_t len)
{
    h ^= (uint64_t)len * 0x9E3779B97F4A7C15ull;
    h *= 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 33);
}

/* h[d] for every form d of key (0 <= d <= len); scratch holds 3 * (len + 1)
 * words: the powers of the base, the prefixes' and the suffixes' hashes. */
static void hashes(const erg_buf_t *key, uint64_t *scratch, uint64_t *h)
{
    size_t n = key->len;
    const unsigned char *s = (const unsigned char *)key->buf;
    uint64_t *pw = scratch, *pre = scratch + n + 1, *suf = scratch + 2 * (n + 1);
    pw[0] = 1;
    pre[0] = 0;
    for (size_t k = 0; k < n; k++) {
        pw[k + 1] = pw[k] * FORM_BASE;
        pre[k + 1] = pre[k] * FORM_BASE + s[k];
    }
    suf[n] = 0;
    for (size_t k = n; k-- > 0;)
        suf[k] = suf[k + 1] + s[k] * pw[n - 1 - k];
    h[0] = form_mix(suf[0], n);
    for (size_t d = 1; d <= n; d++) /* without byte d - 1 */
        h[d] = form_mix(pre[d - 1] * pw[n - d] + suf[d], n - 1);
}

static unsigned char form_byte(const erg_buf_t *key, size_t d, size_t i)
{
    return (unsigned char)key->buf[d == 0 || i < d - 1 ? i : i + 1];
}

static int same_form(const erg_buf_t *a, size_t da, const erg_buf_t *b, size_t db)
{
    size_t n = da ? a->len - 1 : a->len;
    if (n != (db ? b->len - 1 : b->len))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (form_byte(a, da, i) != form_byte(b, db, i))
            return 0;
    return 1;
}

static int forms_init(forms_t *f, size_t n)
{
    f->cap = 64;
    while (f->cap < 2 * n)
        f->cap *= 2;
    if (!(f->v = malloc(f->cap * sizeof *f->v)))
        return ERG_ENOMEM;
    for (size_t i = 0; i < f->cap; i++)
        f->v[i].node = (size_t)-1;
    return 0;
}

/* The value of form d of key (hash h), or NULL; with `add` (node i's own
 * key), added with the value i when missing (the table has room: at most
 * cap / 2 forms are added). */
static size_t *form_get(forms_t *f, const names_t *nk, const erg_buf_t *key, size_t d, uint64_t h, size_t i,
                        int add)
{
    size_t at = (size_t)((h * 0x94D049BB133111EBull) >> 32) & (f->cap - 1);
    for (;; at = (at + 1) & (f->cap - 1)) {
        form_t *x = &f->v[at];
        if (x->node == (size_t)-1)
            break;
        erg_buf_t other;
        if (x->h == h && (name_at(nk, x->node, &other), same_form(&other, x->d, key, d)))
            return &x->val;
    }
    if (!add)
        return NULL;
    f->v[at] = (form_t){h, i, d, i};
    return NULL;
}

/* Is node i a person named by three words or more ("hanif faisol
 * nurofiq")? Two such names one slip apart are one person's, whatever
 * their counts: two people are seldom named so alike. */
static int long_person(const erg_graph_t *g, size_t i, const erg_buf_t *key)
{
    size_t spaces = 0;
    for (size_t c = 0; c < key->len; c++)
        spaces += key->buf[c] == ' ';
    return g->nodes[i].type == ERG_TYPE_PERSON && spaces >= 2;
}

/* Does node a come before node b as the spelling to keep: more mentions,
 * then the longer key (a dropped letter is the commoner slip), then the
 * greater key? */
static int keeps(const erg_graph_t *g, size_t a, const erg_buf_t *ka, size_t b, const erg_buf_t *kb)
{
    if (g->nodes[a].mentions != g->nodes[b].mentions)
        return g->nodes[a].mentions > g->nodes[b].mentions;
    if (ka->len != kb->len)
        return ka->len > kb->len;
    int c = memcmp(ka->buf, kb->buf, ka->len);
    return c != 0 ? c > 0 : a < b;
}

/* Puts key and each of its one-byte deletions (hashes h) into `forms`,
 * for node i; a form two nodes of three mentions or more reach is
 * undecided (-1), unless both are long persons' names (long_person()). */
static void index_slips(const erg_graph_t *g, const names_t *nk, forms_t *forms, const erg_buf_t *key,
                        const uint64_t *h, size_t i)
{
    for (size_t d = 0; d <= key->len; d++) {
        size_t *v = form_get(forms, nk, key, d, h[d], i, 1);
        if (v && *v != i && *v != (size_t)-1) {
            size_t w = *v;
            erg_buf_t other;
            name_at(nk, w, &other); /* indexed: it has a key */
            if (long_person(g, i, key) && long_person(g, w, &other))
                *v = keeps(g, i, key, w, &other) ? i : w;
            else
                *v = g->nodes[w].mentions >= 3 && g->nodes[i].mentions >= 3 ? (size_t)-1
                     : g->nodes[i].mentions > g->nodes[w].mentions ? i : w;
        }
    }
}

/* A name of eight letters or more written once or twice joins the one
 * name, twice as frequent at least, that it is a slip of the pen
 * for (one_slip()). Its type may differ: the model typed the odd
 * spelling without the evidence of the frequent one ("Indoensia"). A
 * person's name of three words joins the other spelling whatever the
 * counts, the rarer (or shorter) into the other ("Hanif Faisol Nurofiq",
 * "Hanif Faisol Nurrofiq"). */
static int slips(const erg_graph_t *g, const names_t *nk, size_t *into, size_t *nmerged)
{
    forms_t forms = {NULL, 0}; /* a frequent name's key and its one-byte deletions -> node */
    erg_buf_t key, other;
    /* room for the forms of every name pass 0 may index, at most; and
     * for the hashes of the longest name's */
    size_t nforms = 0, longest = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (into[i] == i && name_at(nk, i, &key) && key.len >= 8) {
            longest = key.len > longest ? key.len : longest;
            if (g->nodes[i].mentions >= 2 || long_person(g, i, &key))
                nforms += key.len + 1;
        }
    uint64_t *h = malloc(4 * (longest + 1) * sizeof *h), *scratch = h + longest + 1;
    int rc = h ? forms_init(&forms, nforms) : ERG_ENOMEM;
    for (int pass = 0; pass < 2 && !rc; pass++)
        for (size_t i = 0; i < g->nnodes && !rc; i++) {
            long m = g->nodes[i].mentions;
            if (into[i] != i || !name_at(nk, i, &key) || key.len < 8)
                continue;
            int lp = long_person(g, i, &key);
            if (!lp && (pass == 0 ? m < 2 : m > 2))
                continue;
            int ascii = 1;
            for (size_t c = 0; c < key.len; c++)
                ascii &= (unsigned char)key.buf[c] < 0x80;
            if (!ascii)
                continue;
            hashes(&key, scratch, h);
            if (pass == 0) {
                index_slips(g, nk, &forms, &key, h, i);
                continue;
            }
            size_t found = (size_t)-1;
            for (size_t d = 0; d <= key.len && found != (size_t)-2; d++) {
                const size_t *v = form_get(&forms, nk, &key, d, h[d], i, 0);
                if (!v || *v == (size_t)-1 || *v == i || !name_at(nk, *v, &other) ||
                    !one_slip(other.buf, other.len, key.buf, key.len))
                    continue;
                if (lp && long_person(g, *v, &other) ? !keeps(g, *v, &other, i, &key) : g->nodes[*v].mentions < 2 * m)
                    continue;
                found = found == (size_t)-1 || found == *v ? *v : (size_t)-2;
            }
            if (found < (size_t)-2) {
                into[i] = found;
                ++*nmerged;
            }
        }
    free(h);
    free(forms.v);
    return rc;
}

/* Records in m that node i holds the name whose key is `key`; a name two
 * nodes hold is held by none ((size_t)-1). */
static int hold_key(erg_map_t *m, const erg_buf_t *key, size_t i)
{
    size_t *v = erg__map_get(m, key->buf, key->len);
    if (!v)
        return erg__map_put(m, key->buf, key->len, i);
    if (*v != i)
        *v = (size_t)-1;
    return 0;
}

/* Node j, named by `key`, joins the one node m says holds that name. */
static void join_holder(const erg_map_t *m, const erg_buf_t *key, size_t j, size_t *into, size_t *nmerged)
{
    const size_t *v = erg__map_get(m, key->buf, key->len);
    if (v && *v != (size_t)-1 && *v != j && into[*v] == *v) {
        into[j] = *v;
        ++*nmerged;
    }
}

/* "Universitas Islam Sultan Agung (Unissula)" in one article, "Unissula"
 * alone in others: a node named by the short form that another node's
 * alias gives in brackets joins that node, when just one node gives it. */
static int bracket_forms(const erg_graph_t *g, const names_t *nk, size_t *into, size_t *nmerged)
{
    erg_map_t forms; /* a short form's key -> the node giving it, or -1 */
    erg__map_init(&forms);
    erg_buf_t key = {0}, name;
    int rc = 0;
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        if (g->nodes[i].type == ERG_TYPE_STATE)
            continue;
        for (size_t a = 0; a < g->nodes[i].naliases && !rc; a++) {
            const char *al = g->nodes[i].aliases[a], *open = strrchr(al, '(');
            size_t n = strlen(al);
            if (!open || open == al || n < 3 || al[n - 1] != ')' || memchr(open + 1, ')', (size_t)(al + n - 1 - open - 1)))
                continue;
            key.len = 0;
            if ((rc = erg__text_phrase_key(open + 1, (size_t)(al + n - 1 - open - 1), &key, NULL, NULL)) || !key.len)
                continue;
            rc = hold_key(&forms, &key, i);
        }
    }
    for (size_t j = 0; j < g->nnodes && !rc; j++)
        if (into[j] == j && g->nodes[j].type != ERG_TYPE_STATE && name_at(nk, j, &name))
            join_holder(&forms, &name, j, into, nmerged);
    erg__buf_release(&key);
    erg__map_release(&forms);
    return rc;
}

/* "Home Office (United Kingdom)" where an article said whose, "Home
 * Office" where none did (recognize/bodies.c): an organization named by
 * a generic body's name joins the one node that names it after a state,
 * when just one does; with several ("Foreign Ministry (Iran)", "Foreign
 * Ministry (China)") it stays as it is. */
static int qualified_bodies(const erg_graph_t *g, const names_t *nk, size_t *into, size_t *nmerged)
{
    erg_map_t bodies; /* a generic name's key -> the node naming it after a state, or -1 */
    erg__map_init(&bodies);
    erg_buf_t key = {0}, name;
    int rc = 0;
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        const char *id = g->nodes[i].id, *open = strstr(id, " (");
        size_t n = strlen(id);
        if (g->nodes[i].type != ERG_TYPE_ORGANIZATION || !open || id[n - 1] != ')')
            continue;
        key.len = 0;
        if ((rc = erg__text_phrase_key(id, (size_t)(open - id), &key, NULL, NULL)) || !key.len)
            continue;
        rc = hold_key(&bodies, &key, i);
    }
    for (size_t j = 0; j < g->nnodes && !rc; j++)
        if (into[j] == j && g->nodes[j].type == ERG_TYPE_ORGANIZATION && !strchr(g->nodes[j].id, '(') &&
            name_at(nk, j, &name))
            join_holder(&bodies, &name, j, into, nmerged);
    erg__buf_release(&key);
    erg__map_release(&bodies);
    return rc;
}

/* Is `word` the given name of person `full`, whose full name only one
 * article gives? A given name alone elsewhere is most often another
 * person's ("Reza", a victim in one article, and "Reza Gladys" in
 * another); a public figure named in full in two articles or more goes by
 * it too ("Prabowo"). A surname ("Mr Bush") joins either way. */
static int lone_given_name(const erg_graph_t *g, const names_t *nk, const erg_buf_t *word, size_t full)
{
    erg_buf_t key;
    name_at(nk, full, &key);
    return g->nodes[full].documents < 2 && key.len > word->len && key.buf[word->len] == ' ' &&
           memcmp(key.buf, word->buf, word->len) == 0;
}

/* into[i]: the node node i joins, or i. */
static int choose(const erg_graph_t *g, size_t *into, size_t *nmerged)
{
    erg_map_t words;
    erg__map_init(&words);
    holder_t *hold = NULL;
    size_t nhold = 0;
    erg_buf_t key;
    names_t nk;
    int rc = names_make(g, &nk);
    if (!rc)
        rc = index_words(g, &nk, &words, &hold, &nhold);
    for (size_t i = 0; i < g->nnodes; i++)
        into[i] = i;
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        if (g->nodes[i].type != ERG_TYPE_PERSON || name_at(&nk, i, &key) != 1 || key.len < 4)
            continue;
        const size_t *v = erg__map_get(&words, key.buf, key.len);
        if (v && hold[*v].best != (size_t)-1 && hold[*v].best_m * 5 >= hold[*v].total * 4 &&
            hold[*v].best_m >= g->nodes[i].mentions && !lone_given_name(g, &nk, &key, hold[*v].best)) {
            into[i] = hold[*v].best;
            ++*nmerged;
        }
    }
    if (!rc)
        rc = variants(g, &nk, into, nmerged);
    if (!rc)
        rc = legal_forms(g, &nk, into, nmerged);
    if (!rc)
        rc = slips(g, &nk, into, nmerged);
    if (!rc)
        rc = bracket_forms(g, &nk, into, nmerged);
    if (!rc)
        rc = qualified_bodies(g, &nk, into, nmerged);
    for (size_t i = 0; i < g->nnodes; i++)
        while (into[into[i]] != into[i])
            into[i] = into[into[i]]; /* a short form of a variant joins its final node */
    names_release(&nk);
    erg__map_release(&words);
    free(hold);
    return rc;
}

/* Node t takes node s's mentions and aliases. */
static int join_node(erg_graph_t *g, long *freq, long *lone, size_t s, size_t t)
{
    erg_node_t *a = &g->nodes[t], *b = &g->nodes[s];
    char **al = erg__xrealloc_array(NULL, a->naliases + b->naliases + 1, sizeof *al);
    if (!al)
        return ERG_ENOMEM;
    size_t n = 0;
    for (size_t k = 0; k < a->naliases; k++)
        al[n++] = a->aliases[k];
    for (size_t k = 0; k < b->naliases; k++)
        al[n++] = b->aliases[k];
    qsort(al, n, sizeof *al, erg__cmp_str);
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        if (m && strcmp(al[m - 1], al[k]) == 0)
            free(al[k]);
        else
            al[m++] = al[k];
    }
    free(a->aliases);
    free(b->aliases);
    a->aliases = al;
    a->naliases = m;
    b->aliases = NULL;
    b->naliases = 0;
    a->mentions += b->mentions;
    a->documents += b->documents;
    freq[t] += freq[s];
    lone[t] += lone[s];
    return 0;
}

static int cmp_link(const void *x, const void *y)
{
    const erg_link_t *a = x, *b = y;
    if (a->source != b->source)
        return a->source < b->source ? -1 : 1;
    return (a->target > b->target) - (a->target < b->target);
}

/* Moves link l onto node ends given by into[], joining it with the link
 * already there (pairs: its index by ends); keep[l] cleared when it goes. */
static int move_link(erg_graph_t *g, const size_t *into, erg_map_t *pairs, size_t l, char *keep)
{
    erg_link_t *x = &g->links[l];
    size_t a = into[x->source], b = into[x->target];
    if (a == b) {
        keep[l] = 0; /* the short form beside its own full name */
        return 0;
    }
    size_t ends[2] = {a < b ? a : b, a < b ? b : a};
    size_t *v = erg__map_get(pairs, ends, sizeof ends);
    if (!v) {
        x->source = ends[0];
        x->target = ends[1];
        return erg__map_put(pairs, ends, sizeof ends, l);
    }
    erg_link_t *y = &g->links[*v];
    if (x->count > y->count) { /* the stronger half's articles and evidence */
        erg_link_t t = *y;
        y->docs = x->docs, y->ndocs = x->ndocs, y->evidence = x->evidence, y->nevidence = x->nevidence;
        x->docs = t.docs, x->ndocs = t.ndocs, x->evidence = t.evidence, x->nevidence = t.nevidence;
    }
    y->count += x->count;
    keep[l] = 0;
    return 0;
}

/* A one-word person no article gave a full name or a title, and whom the
 * corpus names no person by, is the company the English model took for a
 * speaker ("Umbro said"). */
static void retype_lone(erg_graph_t *g, const long *lone)
{
    erg_buf_t key = {0};
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].type == ERG_TYPE_PERSON && lone[i] == g->nodes[i].mentions && lone[i] > 0 &&
            name_key(g, i, &key) == 1)
            g->nodes[i].type = ERG_TYPE_ORGANIZATION;
    erg__buf_release(&key);
}

int erg__graph_merge_short_names(erg_graph_t *g, long *freq, long *lone, size_t *merged)
{
    size_t *into = malloc((g->nnodes + 1) * sizeof *into);
    char *keep = malloc(g->nlinks + g->nnodes + 2), *nkeep = keep ? keep + g->nlinks + 1 : NULL;
    erg_map_t pairs;
    erg__map_init(&pairs);
    *merged = 0;
    int rc = into && keep ? choose(g, into, merged) : ERG_ENOMEM;
    if (rc || !*merged)
        goto done;
    for (size_t l = 0; l < g->nlinks && !rc; l++) { /* the links that stay where they are first */
        keep[l] = 1;
        if (into[g->links[l].source] == g->links[l].source && into[g->links[l].target] == g->links[l].target) {
            size_t ends[2] = {g->links[l].source, g->links[l].target};
            rc = erg__map_put(&pairs, ends, sizeof ends, l);
        }
    }
    for (size_t l = 0; l < g->nlinks && !rc; l++)
        if (into[g->links[l].source] != g->links[l].source || into[g->links[l].target] != g->links[l].target)
            rc = move_link(g, into, &pairs, l, keep);
    for (size_t i = 0; i < g->nnodes && !rc; i++) {
        nkeep[i] = into[i] == i;
        if (!nkeep[i])
            rc = join_node(g, freq, lone, i, into[i]);
    }
    if (rc)
        goto done;
    erg__graph_keep_links(g, keep);
    size_t k = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (nkeep[i]) {
            freq[k] = freq[i];
            lone[k++] = lone[i];
        }
    if ((rc = erg__graph_keep_nodes(g, nkeep)))
        goto done;
    qsort(g->links, g->nlinks, sizeof *g->links, cmp_link);
done:
    if (!rc)
        retype_lone(g, lone); /* on the nodes left after the joins */
    erg__map_release(&pairs);
    free(into);
    free(keep);
    return rc;
}
