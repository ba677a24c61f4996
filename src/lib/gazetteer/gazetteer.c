/* gazetteer.c: JSON gazetteers (read by gazetteer_read.c) -> a phrase-key index; see gazetteer.h. */
#include "ergraph.h"
#include "digest.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "threads.h"
#include "gazetteer.h"
#include "gazetteer_internal.h"
#include "jsonw.h"
#include "text.h"

#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *name;
    char *key; /* the name's phrase key, made once for every mention */
    erg_type_t type;
    char *capital_of; /* places: the state governed from here, by name or code */
    char *state;      /* a party's or a body's state, by name or code ("state") */
    int has_never;    /* some form is never this entity: only then is `never` asked */
} entity_t;

struct erg_gazetteer {
    entity_t *ents;
    size_t n, cap;
    erg_map_t names;  /* canonical name -> entity */
    erg_map_t index;  /* phrase key -> alias slot */
    erg_alias_t *aliases;
    size_t naliases, acap;
    erg_map_t surnames; /* family name -> person, or AMBIGUOUS */
    erg_map_t codes;    /* ISO code -> entity */
    erg_map_t never;    /* phrase key + "\x01" + entity index -> 1 */
    erg_map_t spans;    /* alias keys (1 | alias slot << 1) and their prefixes: text.h */
    /* local forms: phrase key -> ERG_LOCAL_* marks | (1 + the first of its
     * entities in `lforms`) << 2; a key several states use ("Labour")
     * chains its entities, the last loaded first */
    erg_map_t local;
    struct {
        size_t entity, next; /* next: 1 + the next entity's index, 0 at the end */
    } *lforms;
    size_t nlforms, lcap;
    size_t maxtok;
    unsigned long serial; /* new whenever `spans` changes (erg__serial) */
    /* while erg_gazetteer_open loads its layers, the family names wait for
     * the last one: each reindex rebuilds them whole from every person */
    int deferred;
    /* every source loaded, in order, each after its length: hashed only
     * when erg__gazetteer_digest asks (count), not by every build */
    erg_buf_t noted;
};

erg_gazetteer_t *erg_gazetteer_new(void)
{
    erg_gazetteer_t *g = calloc(1, sizeof *g);
    if (g)
        g->serial = erg__serial();
    return g;
}

void erg_gazetteer_free(erg_gazetteer_t *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n; i++) {
        free(g->ents[i].name);
        free(g->ents[i].key);
        free(g->ents[i].capital_of);
        free(g->ents[i].state);
    }
    free(g->lforms);
    erg__map_release(&g->local);
    free(g->ents);
    free(g->aliases);
    erg__map_release(&g->names);
    erg__map_release(&g->index);
    erg__map_release(&g->surnames);
    erg__map_release(&g->codes);
    erg__map_release(&g->never);
    erg__map_release(&g->spans);
    erg__buf_release(&g->noted);
    free(g);
}

size_t erg_gazetteer_size(const erg_gazetteer_t *g) { return g->n; }
size_t erg__gazetteer_maxtok(const erg_gazetteer_t *g) { return g->maxtok; }
const erg_map_t *erg__gazetteer_spans(const erg_gazetteer_t *g) { return &g->spans; }
unsigned long erg__gazetteer_serial(const erg_gazetteer_t *g) { return g->serial; }

int erg__gazetteer_note(erg_gazetteer_t *g, const void *p, size_t n)
{
    char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (char)((uint64_t)n >> (8 * i));
    int rc = erg__buf_add(&g->noted, len, sizeof len);
    return rc || !n ? rc : erg__buf_add(&g->noted, p, n);
}

void erg__gazetteer_digest(const erg_gazetteer_t *g, char out[ERG_DIGEST_HEX])
{
    erg_digest_t d;
    erg__digest_init(&d);
    for (size_t at = 0; at + 8 <= g->noted.len;) {
        uint64_t n = 0;
        for (int i = 0; i < 8; i++)
            n |= (uint64_t)(unsigned char)g->noted.buf[at + (size_t)i] << (8 * i);
        erg__digest_add(&d, g->noted.buf + at + 8, (size_t)n);
        at += 8 + (size_t)n;
    }
    erg__digest_hex(&d, out);
}
const char *erg__gazetteer_name(const erg_gazetteer_t *g, size_t e) { return g->ents[e].name; }
const char *erg__gazetteer_key(const erg_gazetteer_t *g, size_t e) { return g->ents[e].key; }
erg_type_t erg__gazetteer_type(const erg_gazetteer_t *g, size_t e) { return g->ents[e].type; }

/* The never-map key of (phrase key, entity). */
static int never_key(erg_buf_t *b, const char *key, size_t len, size_t entity)
{
    b->len = 0;
    return erg__buf_add(b, key, len) || erg__buf_printf(b, "\x01%zu", entity) ? ERG_ENOMEM : 0;
}

int erg__gazetteer_never(const erg_gazetteer_t *g, const char *key, size_t len, size_t entity)
{
    if (g->never.n == 0 || entity >= g->n || !g->ents[entity].has_never)
        return 0;
    erg_buf_t b = {0};
    int hit = never_key(&b, key, len, entity) == 0 && erg__map_get(&g->never, b.buf, b.len);
    erg__buf_release(&b);
    return hit;
}

int erg__gazetteer_aliases(const erg_gazetteer_t *g, size_t entity,
                           int (*each)(void *ctx, const char *key, size_t len), void *ctx)
{
    for (size_t i = 0; i < g->index.cap; i++) {
        const erg_map_slot_t *sl = &g->index.slots[i];
        int rc;
        if (sl->key && g->aliases[sl->val].entity == entity && (rc = each(ctx, sl->key, sl->klen)))
            return rc;
    }
    return 0;
}

const erg_alias_t *erg__gazetteer_lookup(const erg_gazetteer_t *g, const char *key, size_t len)
{
    size_t *slot = erg__map_get(&g->index, key, len);
    if (!slot || erg__gazetteer_never(g, key, len, g->aliases[*slot].entity))
        return NULL;
    return &g->aliases[*slot];
}

const erg_alias_t *erg__gazetteer_span_alias(const erg_gazetteer_t *g, size_t v, const char *key,
                                            size_t len)
{
    size_t slot = (v & ~ERG_SPAN_MORE) >> 1;
    if (!(v & 1) || erg__gazetteer_never(g, key, len, g->aliases[slot].entity))
        return NULL;
    return &g->aliases[slot];
}

void erg__gazetteer_span_ahead(const erg_gazetteer_t *g, size_t v, int deep)
{
    size_t slot = (v & ~ERG_SPAN_MORE) >> 1;
    if (!(v & 1))
        return;
    if (!deep)
        __builtin_prefetch(&g->aliases[slot]);
    else if (g->aliases[slot].entity < g->n)
        __builtin_prefetch(&g->ents[g->aliases[slot].entity]);
}

/* The state named c (by code or name), or (size_t)-1. */
static size_t state_named(const erg_gazetteer_t *g, const char *c)
{
    if (!c)
        return (size_t)-1;
    size_t *v = erg__map_get(&g->codes, c, strlen(c));
    if (!v)
        v = erg__map_get(&g->names, c, strlen(c));
    return v && g->ents[*v].type == ERG_TYPE_STATE ? *v : (size_t)-1;
}

size_t erg__gazetteer_capital_of(const erg_gazetteer_t *g, size_t entity)
{
    return state_named(g, g->ents[entity].capital_of);
}

size_t erg__gazetteer_state_of(const erg_gazetteer_t *g, size_t entity)
{
    return state_named(g, g->ents[entity].state);
}

int erg__gazetteer_has_local(const erg_gazetteer_t *g) { return g->nlforms > 0; }

unsigned erg__gazetteer_local_marks(const erg_gazetteer_t *g, const char *key, size_t len)
{
    const size_t *v = g->nlforms ? erg__map_get(&g->local, key, len) : NULL;
    return v ? (unsigned)(*v & 3) : 0;
}

size_t erg__gazetteer_local(const erg_gazetteer_t *g, const char *key, size_t len, size_t state)
{
    const size_t *v = g->nlforms ? erg__map_get(&g->local, key, len) : NULL;
    for (size_t at = v ? *v >> 2 : 0; at; at = g->lforms[at - 1].next) {
        size_t e = g->lforms[at - 1].entity;
        if (erg__gazetteer_state_of(g, e) == state && !erg__gazetteer_never(g, key, len, e))
            return e;
    }
    return (size_t)-1;
}

/* Adds a local form of entity e (its key made): the key's chain, and its
 * first word's mark when it has several. */
static int add_local(erg_gazetteer_t *g, size_t e, const erg_buf_t *key)
{
    size_t *v = erg__map_get(&g->local, key->buf, key->len), head = v ? *v >> 2 : 0;
    for (size_t at = head; at; at = g->lforms[at - 1].next)
        if (g->lforms[at - 1].entity == e)
            return 0;
    void *p = g->lforms;
    if (erg__grow(&p, &g->lcap, g->nlforms + 1, sizeof *g->lforms))
        return ERG_ENOMEM;
    g->lforms = p;
    g->lforms[g->nlforms].entity = e;
    g->lforms[g->nlforms].next = head;
    g->nlforms++;
    int rc = erg__map_put(&g->local, key->buf, key->len, (v ? *v & 3 : 0) | ERG_LOCAL_FORM | g->nlforms << 2);
    const char *sp = memchr(key->buf, ' ', key->len);
    if (!rc && sp) {
        size_t n = (size_t)(sp - key->buf);
        size_t *f = erg__map_get(&g->local, key->buf, n);
        rc = erg__map_put(&g->local, key->buf, n, (f ? *f : 0) | ERG_LOCAL_FIRST);
    }
    return rc;
}

#define AMBIGUOUS ((size_t)-2)

size_t erg__gazetteer_surname(const erg_gazetteer_t *g, const char *key, size_t len)
{
    size_t *v = erg__map_get(&g->surnames, key, len);
    return v && *v != AMBIGUOUS && !erg__gazetteer_never(g, key, len, *v) ? *v : (size_t)-1;
}

/* Is token k "bin", "binti" or "ibn": the name after it is the father's,
 * no family name ("Faisal bin Farhan" is no "Pak Farhan")? */
static int patronymic(const erg_tokens_t *t, size_t k)
{
    const char *w = t->keys.buf + t->tok[k].key;
    size_t n = t->tok[k].keylen;
    return (n == 3 && (memcmp(w, "bin", 3) == 0 || memcmp(w, "ibn", 3) == 0)) ||
           (n == 5 && memcmp(w, "binti", 5) == 0);
}

void erg__gazetteer_defer(erg_gazetteer_t *g, int on) { g->deferred = on; }

/* Rebuilds the family-name map from every person's canonical name. */
int erg__gazetteer_reindex(erg_gazetteer_t *g)
{
    if (g->deferred)
        return 0;
    erg__map_release(&g->surnames);
    erg_map_t tokens; /* every name token -> person or AMBIGUOUS */
    erg__map_init(&tokens);
    int rc = 0;
    for (int pass = 0; pass < 2 && !rc; pass++) {
        for (size_t e = 0; e < g->n && !rc; e++) {
            if (g->ents[e].type != ERG_TYPE_PERSON)
                continue;
            erg_tokens_t t = {0};
            const char *name = g->ents[e].name;
            if ((rc = erg__text_tokenize(name, strlen(name), NULL, &t)))
                break;
            for (size_t k = 0; k < t.n && !rc; k++) {
                const char *key = t.keys.buf + t.tok[k].key;
                size_t kl = t.tok[k].keylen;
                size_t *v = erg__map_get(&tokens, key, kl);
                if (pass == 0) {
                    if (v && *v != e)
                        *v = AMBIGUOUS;
                    else if (!v)
                        rc = erg__map_put(&tokens, key, kl, e);
                } else if (k + 1 == t.n && k > 0 && kl >= 4 && v && *v == e &&
                           !erg__map_get(&g->index, key, kl) && !patronymic(&t, k - 1)) {
                    rc = erg__map_put(&g->surnames, key, kl, e);
                }
            }
            erg__tokens_release(&t);
        }
    }
    erg__map_release(&tokens);
    return rc;
}

int erg__gazetteer_add_alias(erg_gazetteer_t *g, size_t entity, const char *form)
{
    return erg__gazetteer_add_alias_flags(g, entity, form, 0);
}

/* A form's phrase key, its tokens and its first token's flags: made once
 * for weak_alias's test and the index. */
typedef struct {
    erg_buf_t key;
    size_t ntok;
    unsigned flags;
} form_key_t;

static int form_key(const char *form, form_key_t *fk)
{
    fk->key.len = 0;
    fk->ntok = 0;
    fk->flags = 0;
    return erg__text_phrase_key(form, strlen(form), &fk->key, &fk->ntok, &fk->flags);
}

/* erg__gazetteer_add_alias_flags of a form whose key is made. */
static int add_keyed(erg_gazetteer_t *g, size_t entity, const char *form, const form_key_t *fk,
                     unsigned lang)
{
    const erg_buf_t key = fk->key;
    size_t ntok = fk->ntok;
    unsigned flags = fk->flags;
    int rc = 0;
    if (ntok == 0)
        return 0; /* a form without letters or digits can never match */
    erg_alias_t a = {entity, lang};
    g->serial = erg__serial();
    if (ntok == 1 && (flags & ERG_TOK_ALLCAPS) && strlen(form) >= 2)
        a.flags |= ERG_ALIAS_ACRONYM;
    size_t *slot = erg__map_get(&g->index, key.buf, key.len);
    size_t at = slot ? *slot : g->naliases; /* a key keeps its slot */
    if (slot) {
        /* later gazetteers win; a non-acronym spelling of the same key keeps
         * the looser match */
        if (g->aliases[*slot].entity == entity)
            g->aliases[*slot].flags &= a.flags;
        else
            g->aliases[*slot] = a;
    } else {
        void *p = g->aliases;
        if ((rc = erg__grow(&p, &g->acap, g->naliases + 1, sizeof a)) == 0) {
            g->aliases = p;
            g->aliases[g->naliases] = a;
            rc = erg__map_put(&g->index, key.buf, key.len, g->naliases);
            if (!rc)
                g->naliases++;
        }
    }
    if (!rc)
        rc = erg__spans_add(&g->spans, key.buf, key.len, 1 | at << 1);
    if (ntok > g->maxtok)
        g->maxtok = ntok;
    return rc;
}

int erg__gazetteer_add_alias_flags(erg_gazetteer_t *g, size_t entity, const char *form, unsigned lang)
{
    form_key_t fk = {0};
    int rc = form_key(form, &fk);
    if (!rc)
        rc = add_keyed(g, entity, form, &fk, lang);
    erg__buf_release(&fk.key);
    return rc;
}

/* Points `name` at entity e (a rename keeps the old name mapped to e, so a
 * later entry under the old name still finds it). */
static int set_name(erg_gazetteer_t *g, size_t e, const char *name)
{
    if (g->ents[e].name && strcmp(g->ents[e].name, name) == 0)
        return 0;
    char *copy = erg__strdup(name);
    erg_buf_t key = {0};
    if (!copy || erg__map_put(&g->names, name, strlen(name), e) ||
        erg__text_phrase_key(name, strlen(name), &key, NULL, NULL) || erg__buf_add(&key, "", 0)) {
        free(copy);
        erg__buf_release(&key);
        return ERG_ENOMEM;
    }
    free(g->ents[e].name);
    free(g->ents[e].key);
    g->ents[e].name = copy;
    g->ents[e].key = key.buf;
    return 0;
}

int erg__gazetteer_add(erg_gazetteer_t *g, const char *code, const char *name, int type,
                      size_t *out)
{
    size_t *idx = code && *code ? erg__map_get(&g->codes, code, strlen(code)) : NULL;
    if (!idx)
        idx = erg__map_get(&g->names, name, strlen(name));
    size_t e;
    if (idx) {
        e = *idx;
    } else {
        if (type < 0)
            return ERG_EINVAL;
        void *p = g->ents;
        if (erg__grow(&p, &g->cap, g->n + 1, sizeof *g->ents))
            return ERG_ENOMEM;
        g->ents = p;
        e = g->n;
        memset(&g->ents[e], 0, sizeof g->ents[e]);
        g->ents[e].type = (erg_type_t)type;
        if (set_name(g, e, name))
            return ERG_ENOMEM;
        g->n++;
    }
    if (type >= 0)
        g->ents[e].type = (erg_type_t)type;
    if (set_name(g, e, name) || (code && *code && erg__map_put(&g->codes, code, strlen(code), e)))
        return ERG_ENOMEM;
    *out = e;
    return 0;
}

/* Records that the form `form` must never be read as entity e. */
static int add_never(erg_gazetteer_t *g, size_t e, const char *form)
{
    erg_buf_t key = {0}, nk = {0};
    size_t ntok = 0;
    int rc = erg__text_phrase_key(form, strlen(form), &key, &ntok, NULL);
    if (!rc && ntok > 0 && !(rc = never_key(&nk, key.buf, key.len, e)))
        rc = erg__map_put(&g->never, nk.buf, nk.len, 1);
    if (!rc && ntok > 0)
        g->ents[e].has_never = 1;
    erg__buf_release(&key);
    erg__buf_release(&nk);
    return rc;
}

/* Why an alias cannot be used ("is one character"), or NULL when it can:
 * a single letter would match every initial. Caseless scripts (CJK) are
 * exempt: one character can be a name there. */
static const char *weak_alias(const form_key_t *fk)
{
    if (fk->ntok == 0)
        return "has no letters or digits";
    if (fk->ntok == 1 && !(fk->flags & ERG_TOK_NOCASE) &&
        utf8proc_iterate((const utf8proc_uint8_t *)fk->key.buf, (utf8proc_ssize_t)fk->key.len,
                         &(utf8proc_int32_t){0}) == (utf8proc_ssize_t)fk->key.len)
        return "is one character";
    return NULL;
}

/* How add_forms adds a form: an alias with these flags, or a local form. */
#define LOCAL_FORM ((unsigned)-1)

/* Adds the forms of array `forms` (checked) as aliases of entity `id`
 * (the k-th of file `fname`, named nm), with `flags`, or as its local
 * forms when flags is LOCAL_FORM; a weak form is left out with a warning. */
static int add_forms(erg_gazetteer_t *g, const erg_gaz_doc_t *d, const char *fname, size_t k,
                     const char *nm, size_t id, const erg_gaz_val_t *forms, unsigned flags)
{
    form_key_t fk = {0};
    int rc = 0;
    for (size_t i = 0; forms->kind == ERG_GV_ARRAY && i < forms->n && !rc; i++) {
        const char *x = d->strs.buf + d->items[forms->at + i];
        if ((rc = form_key(x, &fk)))
            break;
        const char *why = weak_alias(&fk);
        if (why)
            erg__warn("%s: entity %zu ('%s'): %s '%s' %s; ignored", fname, k, nm,
                      flags == LOCAL_FORM ? "local form" : "alias", x, why);
        else
            rc = flags == LOCAL_FORM ? add_local(g, id, &fk.key) : add_keyed(g, id, x, &fk, flags);
    }
    erg__buf_release(&fk.key);
    return rc;
}

/* *field = a copy of s, when s is given. */
static int keep_string(char **field, const char *s)
{
    if (!s)
        return 0;
    char *copy = erg__strdup(s);
    if (!copy)
        return ERG_ENOMEM;
    free(*field);
    *field = copy;
    return 0;
}

/* An optional array of strings: 0, or -1 when it is not one. */
static int string_array(const erg_gaz_val_t *a)
{
    return a->kind == ERG_GV_NONE || a->kind == ERG_GV_ARRAY ? 0 : -1;
}

int erg_gazetteer_load_buffer(erg_gazetteer_t *g, const char *fname, const char *buf,
                              size_t len, erg_error_t *err)
{
    if (erg__gazetteer_note(g, buf, len))
        return erg__fail(err, ERG_ENOMEM, "out of memory reading gazetteer '%s'", fname);
    erg_gaz_doc_t d;
    size_t bad_at = 0;
    int rc = erg__gaz_read(buf, len, &d, &bad_at);
    if (rc == ERG_ENOMEM)
        return erg__fail(err, ERG_ENOMEM, "out of memory reading gazetteer '%s'", fname);
    if (rc) {
        size_t line, col;
        erg__line_col(buf, bad_at, &line, &col);
        return erg__fail(err, ERG_EPARSE, "%s:%zu:%zu: malformed JSON in gazetteer", fname,
                        line, col);
    }
    if (!d.has_entities) {
        rc = erg__fail(err, ERG_EPARSE, "%s: gazetteer has no \"entities\" array", fname);
        goto cleanup;
    }
    for (size_t k = 1; k <= d.n; k++) {
        const erg_gaz_val_t *f = d.ents[k - 1].f;
#define STR(i) (f[i].kind == ERG_GV_STRING ? d.strs.buf + f[i].at : NULL)
        const char *nm = STR(ERG_GF_NAME), *type = STR(ERG_GF_TYPE), *code = STR(ERG_GF_CODE),
                   *cap = STR(ERG_GF_CAPITAL), *state = STR(ERG_GF_STATE);
#undef STR
        if (!nm || !nm[0]) {
            rc = erg__fail(err, ERG_EPARSE, "%s: entity %zu: \"name\" must be a non-empty string",
                          fname, k);
            goto cleanup;
        }
        int t = type ? erg_type_parse(type) : -1;
        if (f[ERG_GF_TYPE].kind ? t < 0 : !erg__map_get(&g->names, nm, strlen(nm)) &&
                                              !(code && erg__map_get(&g->codes, code, strlen(code)))) {
            rc = erg__fail(err, ERG_EPARSE,
                          "%s: entity %zu ('%s'): \"type\" must be person, state, "
                          "organization or place",
                          fname, k, nm);
            goto cleanup;
        }
        /* aliases_id, aliases_en: forms of one language only ("AS" is the
         * United States in Indonesian) */
        const char *what = string_array(&f[ERG_GF_ALIASES])      ? "aliases"
                           : string_array(&f[ERG_GF_NEVER])      ? "never"
                           : string_array(&f[ERG_GF_ALIASES_ID]) ? "aliases_id"
                           : string_array(&f[ERG_GF_ALIASES_EN]) ? "aliases_en"
                           : string_array(&f[ERG_GF_ALIASES_LOCAL]) ? "aliases_local"
                           : (f[ERG_GF_CODE].kind && !code)      ? "code"
                           : (f[ERG_GF_CAPITAL].kind && !cap)    ? "capital_of"
                           : (f[ERG_GF_STATE].kind && !state)    ? "state"
                                                                 : NULL;
        if (what) {
            rc = erg__fail(err, ERG_EPARSE, "%s: entity %zu ('%s'): \"%s\" must be %s", fname,
                          k, nm, what,
                          strncmp(what, "aliases", 7) && strcmp(what, "never") ? "a string"
                                                                               : "an array of strings");
            goto cleanup;
        }
        size_t id;
        if ((rc = erg__gazetteer_add(g, code, nm, t, &id)) ||
            (rc = erg__gazetteer_add_alias(g, id, nm)))
            goto nomem;
        if ((rc = keep_string(&g->ents[id].capital_of, cap)) || (rc = keep_string(&g->ents[id].state, state)) ||
            (rc = add_forms(g, &d, fname, k, nm, id, &f[ERG_GF_ALIASES_LOCAL], LOCAL_FORM)))
            goto nomem;
        if ((rc = add_forms(g, &d, fname, k, nm, id, &f[ERG_GF_ALIASES], 0)) ||
            (rc = add_forms(g, &d, fname, k, nm, id, &f[ERG_GF_ALIASES_ID], ERG_ALIAS_ID_ONLY)) ||
            (rc = add_forms(g, &d, fname, k, nm, id, &f[ERG_GF_ALIASES_EN], ERG_ALIAS_EN_ONLY)))
            goto nomem;
        for (size_t i = 0; f[ERG_GF_NEVER].kind == ERG_GV_ARRAY && i < f[ERG_GF_NEVER].n; i++) {
            if ((rc = add_never(g, id, d.strs.buf + d.items[f[ERG_GF_NEVER].at + i])))
                goto nomem;
        }
    }
    if ((rc = erg__gazetteer_reindex(g)))
        goto nomem;
    goto cleanup;
nomem:
    rc = erg__fail(err, rc, "%s: %s", fname, erg_strerror(rc));
cleanup:
    erg__gaz_doc_release(&d);
    return rc;
}

int erg_gazetteer_load(erg_gazetteer_t *g, const char *path, erg_error_t *err)
{
    char *buf;
    size_t len;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    rc = erg_gazetteer_load_buffer(g, path, buf, len, err);
    free(buf);
    return rc;
}
