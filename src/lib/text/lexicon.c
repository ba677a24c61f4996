/* lexicon.c: the word lists of data/lists/; see lexicon.h. */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "threads.h"
#include "lexicon.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static const struct {
    const char *file; /* without "-id.txt" / "-en.txt" / ".txt" */
    int per_lang;
} list_files[ERG_LX_COUNT] = {
    [ERG_LX_FUNCTION] = {"function", 1}, [ERG_LX_TITLE] = {"titles", 1},
    [ERG_LX_REPORTING] = {"reporting", 1}, [ERG_LX_ORGHEAD] = {"orgheads", 1},
    [ERG_LX_LOCHEAD] = {"locheads", 1}, [ERG_LX_STARTER] = {"starters", 1},
    [ERG_LX_DAY] = {"days", 0}, [ERG_LX_MONTH] = {"months", 0},
    [ERG_LX_CREDIT] = {"credits", 0}, [ERG_LX_RELATED] = {"related", 0},
    [ERG_LX_EVENTHEAD] = {"eventheads", 1}, [ERG_LX_LOCATIVE] = {"locatives", 1},
    [ERG_LX_CONJUNCTION] = {"conjunctions", 0},
    [ERG_LX_SOURCE_BEFORE] = {"sources-before", 1}, [ERG_LX_SOURCE_AFTER] = {"sources-after", 1},
    [ERG_LX_OUTLET] = {"outlets", 0}, [ERG_LX_GENERIC] = {"generic", 1},
    [ERG_LX_MODIFIER_BEFORE] = {"modifiers-before", 1}, [ERG_LX_MODIFIER_AFTER] = {"modifiers-after", 1},
    [ERG_LX_HONORIFIC] = {"honorifics", 1}, [ERG_LX_INITIALS_BEFORE] = {"initials-before", 1},
    [ERG_LX_COMMON] = {"common", 1}, [ERG_LX_ORGTAIL] = {"orgtails", 1},
    [ERG_LX_THING] = {"things", 1}, [ERG_LX_ALIAS] = {"alias", 1}, [ERG_LX_ANIMAL] = {"animals", 1},
    [ERG_LX_RANK] = {"ranks", 1}, [ERG_LX_SEAT] = {"seats", 1},
    [ERG_LX_ORGCUE] = {"orgcues", 1}, [ERG_LX_JOB] = {"jobs", 1},
    [ERG_LX_PUBLICATION] = {"publications", 0}, [ERG_LX_LAW] = {"laws", 1},
    [ERG_LX_UNIT] = {"units", 1}, [ERG_LX_PLACEHEAD] = {"placeheads", 1},
    [ERG_LX_THINGCUE] = {"thingcues", 1}, [ERG_LX_THINGTAIL] = {"thingtails", 1},
    [ERG_LX_PLACETAIL] = {"placetails", 1}, [ERG_LX_LISTCUE] = {"listcues", 1},
    [ERG_LX_WORKCUE] = {"workcues", 1},
    [ERG_LX_FIRSTNAME] = {"firstnames", 1}, [ERG_LX_GOVHEAD] = {"govheads", 1},
    [ERG_LX_GOODS] = {"goods", 1}, [ERG_LX_PERSONTAIL] = {"persontails", 1},
    [ERG_LX_REPORTER] = {"reporters", 1}, [ERG_LX_STATEBODY] = {"statebodies", 1},
    [ERG_LX_CONTRIB] = {"contributions", 0}, [ERG_LX_PLACENOUN] = {"placenouns", 1},
    [ERG_LX_CLUBCUE] = {"clubcues", 1}, [ERG_LX_FIRMNOUN] = {"firmnouns", 1},
    [ERG_LX_VESSEL] = {"vessels", 0}, [ERG_LX_PERSONCUE] = {"personcues", 1},
    [ERG_LX_CLUBTAIL] = {"clubtails", 1}, [ERG_LX_SPEAKER] = {"speakers", 1},
};

static const char *const lang_suffix[ERG_NLANG] = {"id", "en"};

struct erg_lexicon {
    erg_map_t items[ERG_NLANG][ERG_LX_COUNT]; /* phrase key -> 1 */
    erg_map_t spans[ERG_NLANG]; /* items and prefixes -> bit (1 << list) per list holding it */
    erg_tails_t tails[ERG_NLANG]; /* the words that may go on a span of it */
    size_t maxtok[ERG_NLANG];
    erg_map_t function; /* function words -> bit (1 << lang) per language listing them */
    erg_map_t abbrevs;  /* abbreviations.txt: words a full stop does not end a sentence after */
    char *dict_text[ERG_NLANG];   /* dictionary-*.txt: words written in lowercase only, */
    uint64_t *dict_slot[ERG_NLANG]; /* found by hash: open addressing, 8 bytes a slot */
    size_t dict_mask[ERG_NLANG];    /* slots - 1 */
    erg_map_t expand[ERG_NLANG]; /* expansions-*.txt: a short word's key -> index in `long_forms` */
    erg_map_t demonym[ERG_NLANG]; /* demonyms-*.txt: an adjective's key -> index in `long_forms` */
    char **long_forms;
    size_t nlong;
    unsigned long serial;
};

/* Steps through the lines of buf[0..len): the next line's start and its end
 * before any '#' comment; 0 past the last. */
static int next_line(char *buf, size_t len, size_t *pos, char **line, char **stop)
{
    if (*pos >= len)
        return 0;
    char *l = buf + *pos, *nl = memchr(l, '\n', len - *pos), *end = nl ? nl : buf + len;
    char *hash = memchr(l, '#', (size_t)(end - l));
    *line = l;
    *stop = hash ? hash : end;
    *pos = (size_t)(end - buf) + 1;
    return 1;
}

/* Adds every item of file `path` to `map` and, with bit `bit`, to `spans`
 * (unless NULL). */
static int load_file(erg_map_t *map, erg_map_t *spans, size_t bit, size_t *maxtok,
                     const char *path, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    erg_buf_t key = {0};
    size_t pos = 0;
    for (char *line, *stop; !rc && next_line(buf, len, &pos, &line, &stop);) {
        size_t ntok = 0;
        key.len = 0;
        rc = erg__text_phrase_key(line, (size_t)(stop - line), &key, &ntok, NULL);
        if (!rc && ntok) {
            rc = erg__map_put(map, key.buf, key.len, 1);
            if (!rc && spans)
                rc = erg__spans_add(spans, key.buf, key.len, bit);
            if (ntok > *maxtok)
                *maxtok = ntok;
        }
    }
    erg__buf_release(&key);
    free(buf);
    return rc ? erg__fail(err, rc, "%s: %s", path, erg_strerror(rc)) : 0;
}

/* A dictionary slot holds the high half of its word's hash and 1 + the
 * word's offset in the text (0: free): a probe reads the word only when
 * the halves agree. A binary search read some 16 words a lookup, most of
 * them cache misses; the slots take 1 MB for 62,000 words. */
static uint64_t *dict_probe(uint64_t *slot, size_t mask, const char *text, const char *key,
                            size_t len, uint64_t h)
{
    uint64_t tag = h >> 32 << 32;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t x = slot[i];
        if (!x)
            return &slot[i];
        const char *w = text + (uint32_t)x - 1;
        if ((x >> 32 << 32) == tag && strncmp(w, key, len) == 0 && w[len] == '\0')
            return &slot[i];
    }
}

/* Reads dictionary-LANG.txt into lx's dictionary of language g: one
 * lowercase word per line, '#' comments; the words stay in the file's
 * text, NUL-terminated, found by their hash. */
static int load_dictionary(erg_lexicon_t *lx, int g, const char *path, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0, lines = 1;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    for (const char *p = buf; (p = memchr(p, '\n', len - (size_t)(p - buf))); p++)
        lines++;
    size_t cap = 64;
    while (cap < 2 * lines)
        cap *= 2;
    uint64_t *slot = len < UINT32_MAX ? calloc(cap, sizeof *slot) : NULL;
    if (!slot) {
        free(buf);
        return erg__fail(err, ERG_ENOMEM, "%s: out of memory", path);
    }
    size_t pos = 0;
    for (char *line, *e; next_line(buf, len, &pos, &line, &e);) {
        while (e > line && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        if (e > line) {
            *e = '\0';
            size_t n = (size_t)(e - line);
            uint64_t h = erg__hash(line, n);
            uint64_t *x = dict_probe(slot, cap - 1, buf, line, n, h);
            if (!*x)
                *x = (h >> 32 << 32) | (uint64_t)(line - buf + 1);
        }
    }
    lx->dict_text[g] = buf;
    lx->dict_slot[g] = slot;
    lx->dict_mask[g] = cap - 1;
    return 0;
}

/* Reads the "short = long" lines of an expansions or demonyms file into
 * `into`, the long forms into lx->long_forms; a short form is of one word,
 * or of two where `two` ("Satpol PP" in expansions-id.txt; a demonym is one
 * word). */
static int load_expansions(erg_lexicon_t *lx, erg_map_t *into, const char *path, int two, erg_error_t *err)
{
    char *buf = NULL;
    size_t len = 0;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    erg_buf_t key = {0};
    size_t lineno = 0, pos = 0;
    for (char *line, *stop; !rc && next_line(buf, len, &pos, &line, &stop);) {
        char *eq = memchr(line, '=', (size_t)(stop - line));
        size_t ntok = 0;
        lineno++;
        key.len = 0;
        if (!eq) {
            rc = erg__text_phrase_key(line, (size_t)(stop - line), &key, &ntok, NULL);
            if (!rc && ntok) {
                erg__buf_release(&key);
                free(buf);
                return erg__fail(err, ERG_EPARSE, "%s:%zu: expected 'short = long'", path, lineno);
            }
            continue;
        }
        char *a = eq + 1, *b = stop;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
            b--;
        rc = erg__text_phrase_key(line, (size_t)(eq - line), &key, &ntok, NULL);
        if (!rc && (ntok < 1 || ntok > (two ? 2u : 1u))) {
            erg__buf_release(&key);
            free(buf);
            return erg__fail(err, ERG_EPARSE,
                             two ? "%s:%zu: expected one or two short words before the '='"
                                 : "%s:%zu: expected one short word before the '='",
                             path, lineno);
        }
        char **grown = rc ? NULL : erg__xrealloc_array(lx->long_forms, lx->nlong + 1, sizeof *grown);
        char *form = grown ? malloc((size_t)(b - a) + 1) : NULL;
        if (grown)
            lx->long_forms = grown;
        if (!rc && !form)
            rc = ERG_ENOMEM;
        if (!rc) {
            memcpy(form, a, (size_t)(b - a));
            form[b - a] = '\0';
            lx->long_forms[lx->nlong] = form;
            rc = erg__map_put(into, key.buf, key.len, lx->nlong++);
        }
    }
    erg__buf_release(&key);
    free(buf);
    return rc ? erg__fail(err, rc, "%s: %s", path, erg_strerror(rc)) : 0;
}

int erg__lexicon_load(erg_lexicon_t **out, const char *dir, erg_error_t *err)
{
    erg_lexicon_t *lx = calloc(1, sizeof *lx);
    if (!lx)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    lx->serial = erg__serial();
    erg_buf_t path = {0};
    int rc = 0;
    for (int l = 0; l < ERG_LX_COUNT && !rc; l++) {
        for (int g = 0; g < ERG_NLANG && !rc; g++) {
            path.len = 0;
            if (list_files[l].per_lang)
                rc = erg__buf_printf(&path, "%s/%s-%s.txt", dir, list_files[l].file, lang_suffix[g]);
            else
                rc = erg__buf_printf(&path, "%s/%s.txt", dir, list_files[l].file);
            if (rc)
                rc = erg__fail(err, rc, "out of memory");
            else
                rc = load_file(&lx->items[g][l], &lx->spans[g], (size_t)1 << l, &lx->maxtok[g],
                               path.buf, err);
        }
    }
    /* not a list of phrases to find but of words to read past: no spans */
    size_t abbrev_tok = 0;
    path.len = 0;
    if (!rc && (rc = erg__buf_printf(&path, "%s/abbreviations.txt", dir)))
        rc = erg__fail(err, rc, "out of memory");
    if (!rc)
        rc = load_file(&lx->abbrevs, NULL, 0, &abbrev_tok, path.buf, err);
    for (int g = 0; g < ERG_NLANG && !rc; g++) {
        path.len = 0;
        if ((rc = erg__buf_printf(&path, "%s/dictionary-%s.txt", dir, lang_suffix[g])))
            rc = erg__fail(err, rc, "out of memory");
        else
            rc = load_dictionary(lx, g, path.buf, err);
        path.len = 0;
        if (!rc && (rc = erg__buf_printf(&path, "%s/expansions-%s.txt", dir, lang_suffix[g])))
            rc = erg__fail(err, rc, "out of memory");
        else if (!rc)
            rc = load_expansions(lx, &lx->expand[g], path.buf, 1, err);
        path.len = 0;
        if (!rc && (rc = erg__buf_printf(&path, "%s/demonyms-%s.txt", dir, lang_suffix[g])))
            rc = erg__fail(err, rc, "out of memory");
        else if (!rc)
            rc = load_expansions(lx, &lx->demonym[g], path.buf, 0, err);
    }
    erg__buf_release(&path);
    /* one lookup per token serves guessing either language */
    for (int g = 0; g < ERG_NLANG && !rc; g++) {
        const erg_map_t *m = &lx->items[g][ERG_LX_FUNCTION];
        for (size_t i = 0; i < m->cap && !rc; i++) {
            const erg_map_slot_t *x = &m->slots[i];
            if (!x->key)
                continue;
            const size_t *v = erg__map_get(&lx->function, x->key, x->klen);
            if ((rc = erg__map_put(&lx->function, x->key, x->klen, (v ? *v : 0) | (size_t)1 << g)))
                rc = erg__fail(err, rc, "out of memory");
        }
    }
    for (int g = 0; g < ERG_NLANG && !rc; g++)
        if ((rc = erg__spans_tails(&lx->spans[g], &lx->tails[g])))
            rc = erg__fail(err, rc, "out of memory");
    if (rc) {
        erg__lexicon_free(lx);
        return rc;
    }
    *out = lx;
    return 0;
}

void erg__lexicon_free(erg_lexicon_t *lx)
{
    if (!lx)
        return;
    for (int g = 0; g < ERG_NLANG; g++)
        for (int l = 0; l < ERG_LX_COUNT; l++)
            erg__map_release(&lx->items[g][l]);
    for (int g = 0; g < ERG_NLANG; g++)
        erg__map_release(&lx->spans[g]);
    for (int g = 0; g < ERG_NLANG; g++)
        erg__tails_release(&lx->tails[g]);
    erg__map_release(&lx->function);
    erg__map_release(&lx->abbrevs);
    for (int g = 0; g < ERG_NLANG; g++) {
        free(lx->dict_text[g]);
        free(lx->dict_slot[g]);
        erg__map_release(&lx->expand[g]);
        erg__map_release(&lx->demonym[g]);
    }
    for (size_t i = 0; i < lx->nlong; i++)
        free(lx->long_forms[i]);
    free(lx->long_forms);
    free(lx);
}

const erg_map_t *erg__lexicon_abbreviations(const erg_lexicon_t *lx) { return &lx->abbrevs; }

int erg__lexicon_lowercase_word(const erg_lexicon_t *lx, int lang, const char *key, size_t len)
{
    if (!lx->dict_slot[lang] || memchr(key, '\0', len)) /* no word holds a NUL */
        return 0;
    return *dict_probe(lx->dict_slot[lang], lx->dict_mask[lang], lx->dict_text[lang], key, len,
                       erg__hash(key, len)) != 0;
}

const char *erg__lexicon_expansion(const erg_lexicon_t *lx, int lang, const char *key, size_t len)
{
    const size_t *v = erg__map_get(&lx->expand[lang], key, len);
    return v ? lx->long_forms[*v] : NULL;
}

const char *erg__lexicon_demonym(const erg_lexicon_t *lx, int lang, const char *key, size_t len)
{
    const size_t *v = erg__map_get(&lx->demonym[lang], key, len);
    return v ? lx->long_forms[*v] : NULL;
}

int erg__lexicon_has(const erg_lexicon_t *lx, int lang, int list, const char *key, size_t len)
{
    return erg__map_get(&lx->items[lang][list], key, len) != NULL;
}

/* Every list is matched on its own (an item of one list may overlap one of
 * another), but in one scan: at each token the spans starting there are
 * extended while some item of any list starts with them, and each list
 * whose scan has reached this token takes its longest item among them. */
int erg__lexicon_mark(const erg_lexicon_t *lx, int lang, const erg_tokens_t *t,
                     const erg_words_t *w, erg_lx_bits_t *cls)
{
    erg_buf_t key = {0};
    size_t maxtok = lx->maxtok[lang];
    size_t next[ERG_LX_COUNT] = {0}; /* per list: the first token not yet scanned */
    size_t until = 0;                /* the largest of next[] */
    size_t *mask = calloc(maxtok + 1, sizeof *mask); /* lists holding the first len tokens */
    int rc = mask ? 0 : ERG_ENOMEM;
    for (size_t i = 0; i < t->n && !rc; i++) {
        /* a word that no item goes on from, where no list's scan has gone
         * past (most tokens): its own lists, as the scan below would find
         * them, without the scan's steps */
        const erg_word_t *x = &w->w[w->id[i]];
        size_t own = (x->has & (1u << lang)) ? x->lex[lang] : 0;
        if (!(own & ERG_SPAN_MORE) && until <= i && maxtok) {
            cls[i] |= own & (((size_t)1 << ERG_LX_COUNT) - 1);
            continue;
        }
        size_t span = 0;
        while (span < maxtok && i + span < t->n && t->tok[i + span].sent == t->tok[i].sent) {
            const size_t *v;
            if (span == 0) {
                v = (x->has & (1u << lang)) ? &x->lex[lang] : NULL;
                /* the key is needed only to go on */
                rc = erg__spans_first(t, i, v && (*v & ERG_SPAN_MORE) ? v : NULL, &key);
            } else if (!(w->w[w->id[i + span]].tail & (1u << lang))) {
                v = NULL; /* no item goes on with this word */
            } else {
                rc = erg__spans_step(&lx->spans[lang], t, i + span, span, &key, &v);
            }
            if (rc)
                break;
            if (!v)
                break;
            mask[++span] = *v;
            if (!(*v & ERG_SPAN_MORE))
                break; /* no item goes on from here */
        }
        /* only the lists some span holds: most tokens are in one or two */
        size_t lists = 0;
        for (size_t len = 1; len <= span; len++)
            lists |= mask[len];
        lists &= ((size_t)1 << ERG_LX_COUNT) - 1;
        if (span == 1 && until <= i) {
            /* one token, no list's scan past it (most tokens): each list
             * takes it, and its next[] would say i + 1, which stops no
             * later token */
            cls[i] |= lists;
            continue;
        }
        for (; lists; lists &= lists - 1) {
            int l = __builtin_ctzll((unsigned long long)lists);
            if (next[l] > i)
                continue;
            for (size_t len = span; len >= 1; len--)
                if (mask[len] & ((size_t)1 << l)) {
                    for (size_t k = i; k < i + len; k++)
                        cls[k] |= ERG_LX_BIT(l);
                    next[l] = i + len;
                    if (until < i + len)
                        until = i + len;
                    break;
                }
        }
    }
    free(mask);
    erg__buf_release(&key);
    return rc;
}

int erg__span_key(const erg_tokens_t *t, size_t i, size_t len, erg_buf_t *key)
{
    int rc = 0;
    key->len = 0;
    for (size_t k = i; k < i + len && !rc; k++) {
        if (k > i)
            rc = erg__buf_add(key, " ", 1);
        if (!rc)
            rc = erg__buf_add(key, t->keys.buf + t->tok[k].key, t->tok[k].keylen);
    }
    return rc;
}

int erg__lexicon_guess_lang(const erg_lexicon_t *lx, const erg_tokens_t *t, const erg_words_t *w)
{
    size_t count[ERG_NLANG] = {0};
    for (size_t i = 0; i < t->n; i++) {
        unsigned f = w->w[w->id[i]].function;
        for (int g = 0; g < ERG_NLANG; g++)
            count[g] += (f >> g) & 1;
    }
    /* A line of results holds no function word ("Lars Kvistad (Norway)
     * beat Henri Dubosc (France) 7-5 6-2"): then each lowercase word of
     * four letters or more is English if the English dictionary alone lists
     * it, Indonesian if it does not (an affixed form, "tegasnya", is in no
     * dictionary); shorter ones are often abbreviations ("c", "lbw"). */
    if (count[ERG_LX_EN] == count[ERG_LX_ID])
        for (size_t i = 0; i < t->n; i++) {
            if ((t->tok[i].flags & (ERG_TOK_CAP | ERG_TOK_DIGIT | ERG_TOK_NOCASE)) || t->tok[i].keylen < 4)
                continue;
            const char *key = t->keys.buf + t->tok[i].key;
            int en = erg__lexicon_lowercase_word(lx, ERG_LX_EN, key, t->tok[i].keylen);
            if (en && erg__lexicon_lowercase_word(lx, ERG_LX_ID, key, t->tok[i].keylen))
                continue;
            count[en ? ERG_LX_EN : ERG_LX_ID]++;
        }
    return count[ERG_LX_EN] >= count[ERG_LX_ID] ? ERG_LX_EN : ERG_LX_ID;
}

unsigned erg__lexicon_function(const erg_lexicon_t *lx, const char *key, size_t len)
{
    const size_t *v = erg__map_get(&lx->function, key, len);
    return v ? (unsigned)*v : 0;
}

const size_t *erg__lexicon_span(const erg_lexicon_t *lx, int lang, const char *key, size_t len)
{
    return erg__map_get(&lx->spans[lang], key, len);
}

const erg_tails_t *erg__lexicon_tails(const erg_lexicon_t *lx, int lang) { return &lx->tails[lang]; }

unsigned long erg__lexicon_serial(const erg_lexicon_t *lx) { return lx->serial; }
