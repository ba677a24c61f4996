/*
 * gazetteer_read.c: a JSON gazetteer's text -> the fields of its entities
 * (erg_gaz_doc_t), for gazetteer.c to check and add in order; the same for
 * the records of an iso-codes file (isocodes.c).
 *
 * yajl's parser hands the values over one at a time and only the fields the
 * loader reads are kept, as strings in one buffer: a cJSON tree of a
 * 10,000-entity file cost some 130 M instructions to build and free, as many
 * as adding its entities. What is read is exactly what the cJSON reader
 * read: the first of two equal keys counts (cJSON_GetObjectItem), an entity
 * that is no object has no fields. Where the two parsers could disagree --
 * a syntax error (cJSON's message and place are kept), \u0000 (cJSON ends a
 * string there), a \u of a surrogate (cJSON refuses a lone one, yajl does
 * not), a number of over 63 characters (cJSON reads only 63) or a deep
 * nesting (cJSON stops at 1000) -- the text is read with cJSON instead, as
 * before.
 */
#include "ergraph.h"
#include "err.h"
#include "jsonw.h"
#include "mem.h"
#include "gazetteer_internal.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

static const char *const gazetteer_fields[ERG_GF_N] = {
    "name", "type", "code", "capital_of", "aliases", "never", "aliases_id", "aliases_en",
    "state", "aliases_local",
};

void erg__gaz_doc_release(erg_gaz_doc_t *d)
{
    free(d->ents);
    free(d->items);
    erg__buf_release(&d->strs);
    memset(d, 0, sizeof *d);
}

/* Keeps s[0..n) and a NUL; its offset in *at. */
static int keep(erg_gaz_doc_t *d, const char *s, size_t n, size_t *at)
{
    *at = d->strs.len;
    return erg__buf_add(&d->strs, s, n) || erg__buf_add(&d->strs, "", 1) ? ERG_ENOMEM : 0;
}

static erg_gaz_ent_t *new_ent(erg_gaz_doc_t *d)
{
    void *p = d->ents;
    if (erg__grow(&p, &d->cap, d->n + 1, sizeof *d->ents))
        return NULL;
    d->ents = p;
    memset(&d->ents[d->n], 0, sizeof d->ents[d->n]);
    return &d->ents[d->n++];
}

static int add_item(erg_gaz_doc_t *d, const char *s, size_t n)
{
    size_t at;
    void *p = d->items;
    if (keep(d, s, n, &at) || erg__grow(&p, &d->icap, d->nitems + 1, sizeof *d->items))
        return ERG_ENOMEM;
    d->items = p;
    d->items[d->nitems++] = at;
    return 0;
}

/* ---- the streamed reading ---------------------------------------------- */

/* What a container holds, by where it is. */
typedef enum { R_SKIP, R_ROOT, R_ENTS, R_ENT, R_ARRAY } role_t;

#define MAX_DEPTH 64 /* deeper: left to cJSON, which stops at 1000 */

typedef struct {
    erg_gaz_doc_t *d;
    const char *list;            /* the root's key of the array of records */
    const char *const *fields;   /* the names of the fields kept */
    int nfields;
    size_t list_len, field_len[ERG_GF_N];
    int depth;
    unsigned char role[MAX_DEPTH + 1];
    int field;         /* the entity's field the next value is for, or -1 */
    int ents_seen;     /* the root's first `list` key went by */
    int want_ents;     /* the next value is that of the root's first `list` */
    int oom, to_cjson; /* why the reading stopped */
} reader_t;

/* The field being filled, or NULL when the value is not kept. */
static erg_gaz_val_t *field_at(reader_t *r)
{
    return r->field >= 0 ? &r->d->ents[r->d->n - 1].f[r->field] : NULL;
}

/* A value other than a string: in an array of the entity's, it spoils it;
 * as an entity, it is one without fields; as a field, it is of the wrong
 * kind. */
static void other_value(reader_t *r)
{
    r->want_ents = 0;
    if (r->depth == 0)
        return;
    switch (r->role[r->depth]) {
    case R_ENTS:
        if (!new_ent(r->d))
            r->oom = 1;
        break;
    case R_ENT:
        if (field_at(r))
            field_at(r)->kind = ERG_GV_OTHER;
        r->field = -1;
        break;
    case R_ARRAY:
        r->d->ents[r->d->n - 1].f[r->field].kind = ERG_GV_OTHER;
        break;
    default:
        break;
    }
}

static int on_scalar(void *ctx)
{
    reader_t *r = ctx;
    other_value(r);
    return !r->oom;
}
static int on_bool(void *ctx, int b) { (void)b; return on_scalar(ctx); }

static int on_number(void *ctx, const char *s, size_t n)
{
    (void)s;
    reader_t *r = ctx;
    if (n > 63) { /* cJSON reads at most 63 characters of a number */
        r->to_cjson = 1;
        return 0;
    }
    return on_scalar(ctx);
}

/* A string: kept when it is a field's value or an item of a field's
 * array; anywhere else it counts as any other value. */
static int on_string(void *ctx, const unsigned char *s, size_t n)
{
    reader_t *r = ctx;
    role_t role = r->depth ? (role_t)r->role[r->depth] : R_SKIP;
    erg_gaz_val_t *v = role == R_ENT ? field_at(r) : role == R_ARRAY ? &r->d->ents[r->d->n - 1].f[r->field] : NULL;
    if (!v)
        return on_scalar(ctx);
    r->want_ents = 0;
    if (role == R_ENT) {
        v->kind = ERG_GV_STRING;
        r->field = -1;
        if (keep(r->d, (const char *)s, n, &v->at))
            r->oom = 1;
    } else {
        if (v->kind == ERG_GV_ARRAY && add_item(r->d, (const char *)s, n))
            r->oom = 1;
        v->n++;
    }
    return !r->oom;
}

static int on_key(void *ctx, const unsigned char *s, size_t n)
{
    reader_t *r = ctx;
    role_t role = (role_t)r->role[r->depth];
    if (role == R_ROOT && !r->ents_seen && r->list_len == n && memcmp(s, r->list, n) == 0)
        r->ents_seen = r->want_ents = 1;
    if (role != R_ENT)
        return 1;
    r->field = -1;
    erg_gaz_ent_t *e = &r->d->ents[r->d->n - 1];
    for (int f = 0; f < r->nfields; f++) {
        if (r->field_len[f] == n && memcmp(s, r->fields[f], n) == 0) {
            if (e->f[f].kind == ERG_GV_NONE) /* the first of equal keys counts */
                r->field = f;
            break;
        }
    }
    return 1;
}

static int open_container(reader_t *r, int map)
{
    if (r->depth + 1 > MAX_DEPTH) {
        r->to_cjson = 1;
        return 0;
    }
    role_t parent = r->depth ? (role_t)r->role[r->depth] : R_SKIP, role = R_SKIP;
    if (r->depth == 0)
        role = map ? R_ROOT : R_SKIP;
    else if (r->want_ents)
        role = map ? R_SKIP : R_ENTS;
    else if (parent == R_ENTS) {
        if (!new_ent(r->d))
            return r->oom = 1, 0;
        role = map ? R_ENT : R_SKIP;
    } else if (parent == R_ENT && field_at(r)) {
        erg_gaz_val_t *v = field_at(r);
        if (map) {
            v->kind = ERG_GV_OTHER;
        } else {
            v->kind = ERG_GV_ARRAY;
            v->at = r->d->nitems;
            v->n = 0;
            role = R_ARRAY;
        }
    } else if (parent == R_ARRAY) {
        r->d->ents[r->d->n - 1].f[r->field].kind = ERG_GV_OTHER;
    }
    if (role == R_ENTS)
        r->d->has_entities = 1;
    r->want_ents = 0;
    if (role != R_ARRAY && parent == R_ENT)
        r->field = -1;
    r->role[++r->depth] = (unsigned char)role;
    return 1;
}

static int on_start_map(void *ctx) { return open_container(ctx, 1); }
static int on_start_array(void *ctx) { return open_container(ctx, 0); }

static int on_end(void *ctx)
{
    reader_t *r = ctx;
    if (r->role[r->depth--] == R_ARRAY)
        r->field = -1; /* the array was the field's value */
    return 1;
}

static const yajl_callbacks callbacks = {
    on_scalar, on_bool, NULL, NULL, on_number, on_string,
    on_start_map, on_key, on_end, on_start_array, on_end,
};

/* Does the text hold a \u that cJSON and yajl read differently: of U+0000
 * or of a surrogate? (A "\\u" counts too: it only sends the text to cJSON.) */
static int odd_escape(const char *buf, size_t len)
{
    const char *p = buf, *end = buf + len;
    while ((p = memchr(p, '\\', (size_t)(end - p))) && end - p >= 6) {
        if (p[1] == 'u' && ((p[2] | 0x20) == 'd' ? strchr("89abcdefABCDEF", p[3]) && p[3]
                                                 : memcmp(p + 2, "0000", 4) == 0))
            return 1;
        p++;
    }
    return 0;
}

/* 1 when yajl read it all, 0 when cJSON must, -1 out of memory. */
static int read_streamed(const char *buf, size_t len, const char *list,
                         const char *const *fields, int nfields, erg_gaz_doc_t *d)
{
    if (odd_escape(buf, len))
        return 0;
    reader_t r = {.d = d, .list = list, .fields = fields, .nfields = nfields, .field = -1,
                  .list_len = strlen(list)};
    for (int f = 0; f < nfields; f++)
        r.field_len[f] = strlen(fields[f]);
    yajl_handle h = yajl_alloc(&callbacks, NULL, &r);
    if (!h)
        return -1;
    yajl_config(h, yajl_allow_trailing_garbage, 1); /* as cJSON */
    yajl_config(h, yajl_dont_validate_strings, 1);  /* as cJSON: names are repaired later */
    yajl_status st = yajl_parse(h, (const unsigned char *)buf, len);
    if (st == yajl_status_ok)
        st = yajl_complete_parse(h);
    yajl_free(h);
    if (r.oom)
        return -1;
    return st == yajl_status_ok;
}

/* ---- the same from a cJSON tree ---------------------------------------- */

static int from_tree(const cJSON *root, const char *list, const char *const *fields, int nfields,
                     erg_gaz_doc_t *d)
{
    const cJSON *ents = cJSON_GetObjectItemCaseSensitive(root, list), *e;
    if (!cJSON_IsArray(ents))
        return 0;
    d->has_entities = 1;
    cJSON_ArrayForEach(e, ents)
    {
        if (!new_ent(d))
            return ERG_ENOMEM;
        for (int f = 0; f < nfields; f++) {
            const cJSON *x = cJSON_GetObjectItemCaseSensitive(e, fields[f]), *y;
            erg_gaz_val_t *v = &d->ents[d->n - 1].f[f];
            if (!x)
                continue;
            v->kind = ERG_GV_OTHER;
            if (cJSON_IsString(x)) {
                v->kind = ERG_GV_STRING;
                if (keep(d, x->valuestring, strlen(x->valuestring), &v->at))
                    return ERG_ENOMEM;
            } else if (cJSON_IsArray(x)) {
                v->kind = ERG_GV_ARRAY;
                v->at = d->nitems;
                cJSON_ArrayForEach(y, x)
                {
                    v->n++;
                    if (!cJSON_IsString(y))
                        v->kind = ERG_GV_OTHER;
                    else if (v->kind == ERG_GV_ARRAY &&
                             add_item(d, y->valuestring, strlen(y->valuestring)))
                        return ERG_ENOMEM;
                }
            }
        }
    }
    return 0;
}

int erg__json_records(const char *buf, size_t len, const char *list, const char *const *fields,
                      int nfields, erg_gaz_doc_t *d, size_t *bad_at)
{
    memset(d, 0, sizeof *d);
    if (nfields > ERG_GF_N)
        return ERG_EINVAL;
    int rc = read_streamed(buf, len, list, fields, nfields, d);
    if (rc == 1)
        return 0;
    erg__gaz_doc_release(d);
    if (rc < 0)
        return ERG_ENOMEM;
    const char *end = NULL;
    int oom;
    cJSON *root = erg__json_parse(buf, len, &end, &oom);
    if (oom)
        return ERG_ENOMEM;
    if (!root) {
        *bad_at = end && end >= buf ? (size_t)(end - buf) : 0;
        return ERG_EPARSE;
    }
    rc = from_tree(root, list, fields, nfields, d);
    cJSON_Delete(root);
    if (rc)
        erg__gaz_doc_release(d);
    return rc;
}

int erg__gaz_read(const char *buf, size_t len, erg_gaz_doc_t *d, size_t *bad_at)
{
    return erg__json_records(buf, len, "entities", gazetteer_fields, ERG_GF_N, d, bad_at);
}
