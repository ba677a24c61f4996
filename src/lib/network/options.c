/*
 * options.c: the build options, each described once. One row per option
 * gives its JSON key, its command-line flag (for messages), whether it
 * decides what is counted (and so must agree across the parts of one
 * network) or what is done with the counts, its kind and where it sits in
 * erg_build_opts_t. The metadata writer, the part writer and reader, the
 * check that parts agree and erg_finishing_opts_equal all loop over it.
 */
#include "err.h"
#include "network_internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef enum { K_WINDOW, K_WEIGHT, K_COUNT, K_TYPES, K_BOOL, K_LANG, K_SIZE, K_LONG, K_DOUBLE, K_DATE } kind_t;

typedef struct {
    const char *key;  /* in the "graph" metadata and a part's header */
    const char *flag; /* on the command line */
    int counting;     /* 1: what is counted; 0: weights and pruning */
    kind_t kind;
    size_t offset;    /* in erg_build_opts_t */
} row_t;

#define AT(field) offsetof(erg_build_opts_t, field)
/* In the order the metadata lists them; a part's header lists the
 * counting ones in the same order. */
static const row_t rows[] = {
    {"window", "--window", 1, K_WINDOW, AT(counting.window)},
    {"weight", "--weight", 0, K_WEIGHT, AT(finishing.weight)},
    {"count", "--count", 1, K_COUNT, AT(counting.count)},
    {"types", "--types", 1, K_TYPES, AT(counting.types)},
    {"keep_bylines", "--keep-bylines", 1, K_BOOL, AT(counting.keep_bylines)},
    {"keep_sources", "--keep-sources", 1, K_BOOL, AT(counting.keep_sources)},
    {"lang", "--lang", 1, K_LANG, AT(counting.recognize.lang)},
    {"resolve_capitals", "--resolve-capitals", 1, K_BOOL, AT(counting.recognize.resolve_capitals)},
    {"evidence_per_link", "--evidence", 1, K_SIZE, AT(counting.evidence)},
    {"min_mentions", "--min-mentions", 0, K_LONG, AT(finishing.min_mentions)},
    {"min_count", "--min-count", 0, K_LONG, AT(finishing.min_count)},
    {"max_nodes", "--max-nodes", 0, K_SIZE, AT(finishing.max_nodes)},
    {"backbone", "--backbone", 0, K_DOUBLE, AT(finishing.backbone)},
    {"top_links", "--top-links", 0, K_SIZE, AT(finishing.top_links)},
    {"giant", "--giant", 0, K_BOOL, AT(finishing.giant)},
    {"since", "--since", 1, K_DATE, AT(counting.since)},
    {"until", "--until", 1, K_DATE, AT(counting.until)},
};
#define NROWS (sizeof rows / sizeof rows[0])

void erg__opts_window_text(const erg_build_opts_t *o, char win[32])
{
    if (o->counting.window == ERG_WINDOW_TOKENS)
        snprintf(win, 32, "tokens:%zu", o->counting.window_tokens);
    else
        snprintf(win, 32, "%s", erg_window_name(o->counting.window));
}

void erg__json_add_date(cJSON *o, const char *key, const char *iso)
{
    if (iso && iso[0])
        cJSON_AddStringToObject(o, key, iso);
    else
        cJSON_AddNullToObject(o, key);
}

void erg__json_add_types(cJSON *o, const char *key, unsigned types)
{
    cJSON *a = cJSON_AddArrayToObject(o, key);
    for (int t = 0; t < ERG_TYPE_COUNT; t++)
        if (types & 1u << t)
            cJSON_AddItemToArray(a, cJSON_CreateString(erg_type_name((erg_type_t)t)));
}

void erg_build_opts_init(erg_build_opts_t *o)
{
    *o = (erg_build_opts_t){
        .counting = {
            .window = ERG_WINDOW_SENTENCE,
            .count = ERG_COUNT_WINDOWS,
            .types = 1u << ERG_TYPE_PERSON | 1u << ERG_TYPE_STATE | 1u << ERG_TYPE_ORGANIZATION,
            .evidence = 3,
        },
        .finishing = {.weight = ERG_WEIGHT_COUNT},
    };
    erg_recognize_opts_init(&o->counting.recognize);
}

static void *at(const erg_build_opts_t *o, const row_t *r) { return (char *)o + r->offset; }
#define VAL(type, o, r) (*(type *)at(o, r))

/* The option's value as text, as messages name it. */
static void value_text(const erg_build_opts_t *o, const row_t *r, char out[96])
{
    out[0] = '\0';
    switch (r->kind) {
    case K_WINDOW: erg__opts_window_text(o, out); break;
    case K_WEIGHT: snprintf(out, 96, "%s", erg_weight_name(VAL(erg_weight_t, o, r))); break;
    case K_COUNT: snprintf(out, 96, "%s", erg_count_name(VAL(erg_count_t, o, r))); break;
    case K_LANG: snprintf(out, 96, "%s", erg_lang_name(VAL(erg_lang_t, o, r))); break;
    case K_TYPES:
        for (int t = 0; t < ERG_TYPE_COUNT; t++)
            if (VAL(unsigned, o, r) & 1u << t)
                snprintf(out + strlen(out), 96 - strlen(out), "%s%s", out[0] ? "," : "",
                         erg_type_name((erg_type_t)t));
        break;
    case K_BOOL: snprintf(out, 96, "%s", VAL(int, o, r) ? "on" : "off"); break;
    case K_SIZE: snprintf(out, 96, "%zu", VAL(size_t, o, r)); break;
    case K_LONG: snprintf(out, 96, "%ld", VAL(long, o, r)); break;
    case K_DOUBLE: snprintf(out, 96, "%.17g", VAL(double, o, r)); break;
    case K_DATE: snprintf(out, 96, "%s", *(const char *)at(o, r) ? (const char *)at(o, r) : "none"); break;
    }
}

void erg__opts_json(cJSON *o, const erg_build_opts_t *opt, int counting_only)
{
    char text[96];
    for (size_t i = 0; i < NROWS; i++) {
        const row_t *r = &rows[i];
        if (counting_only && !r->counting)
            continue;
        switch (r->kind) {
        case K_WINDOW: case K_WEIGHT: case K_COUNT: case K_LANG:
            value_text(opt, r, text);
            cJSON_AddStringToObject(o, r->key, text);
            break;
        case K_TYPES: erg__json_add_types(o, r->key, VAL(unsigned, opt, r)); break;
        case K_BOOL: cJSON_AddBoolToObject(o, r->key, VAL(int, opt, r)); break;
        case K_SIZE: cJSON_AddNumberToObject(o, r->key, (double)VAL(size_t, opt, r)); break;
        case K_LONG: cJSON_AddNumberToObject(o, r->key, (double)VAL(long, opt, r)); break;
        case K_DOUBLE: cJSON_AddNumberToObject(o, r->key, VAL(double, opt, r)); break;
        case K_DATE: erg__json_add_date(o, r->key, (const char *)at(opt, r)); break;
        }
    }
}

int erg__json_whole(const cJSON *v, double *out)
{
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0) || v->valuedouble > 9007199254740992.0 ||
        v->valuedouble != floor(v->valuedouble))
        return 0;
    *out = v->valuedouble;
    return 1;
}

int erg__json_date(const cJSON *v, char out[11])
{
    out[0] = '\0';
    if (cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsString(v) || erg_date_normalize(v->valuestring, out) ||
        strcmp(out, v->valuestring) != 0)
        return -1;
    return 0;
}

/* Parses an enum option's text; -1 when unknown. */
static int enum_parse(erg_build_opts_t *o, const row_t *r, const char *s)
{
    int t = r->kind == K_WINDOW   ? erg_window_parse(s, &o->counting.window_tokens)
            : r->kind == K_WEIGHT ? erg_weight_parse(s)
            : r->kind == K_COUNT  ? erg_count_parse(s)
                                  : erg_lang_parse(s);
    if (t < 0)
        return t;
    switch (r->kind) { /* each stored as its own enum type */
    case K_WINDOW: VAL(erg_window_t, o, r) = (erg_window_t)t; break;
    case K_WEIGHT: VAL(erg_weight_t, o, r) = (erg_weight_t)t; break;
    case K_COUNT: VAL(erg_count_t, o, r) = (erg_count_t)t; break;
    default: VAL(erg_lang_t, o, r) = (erg_lang_t)t; break;
    }
    return t;
}

static const char *enum_noun(kind_t k)
{
    return k == K_WINDOW ? "window" : k == K_WEIGHT ? "weight" : k == K_COUNT ? "count" : "language";
}

/* Reads row r from object h into *o: 0, or -1 with msg set. */
static int read_row(const cJSON *h, const row_t *r, erg_build_opts_t *o, char *msg, size_t cap)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(h, r->key), *it;
    double d;
    int t;
    switch (r->kind) {
    case K_WINDOW: case K_WEIGHT: case K_COUNT: case K_LANG:
        if (!cJSON_IsString(v))
            return snprintf(msg, cap, "header: \"%s\" is not a string", r->key), -1;
        if (enum_parse(o, r, v->valuestring) < 0)
            return snprintf(msg, cap, "header: unknown %s '%s'", enum_noun(r->kind), v->valuestring), -1;
        return 0;
    case K_TYPES:
        if (!cJSON_IsArray(v))
            return snprintf(msg, cap, "header: \"%s\" is not an array", r->key), -1;
        VAL(unsigned, o, r) = 0;
        cJSON_ArrayForEach(it, v) {
            if (!cJSON_IsString(it) || (t = erg_type_parse(it->valuestring)) < 0)
                return snprintf(msg, cap, "header: \"%s\" holds something that is not a type", r->key), -1;
            VAL(unsigned, o, r) |= 1u << t;
        }
        return 0;
    case K_BOOL:
        if (!cJSON_IsBool(v))
            return snprintf(msg, cap, "header: \"%s\" is not true or false", r->key), -1;
        VAL(int, o, r) = cJSON_IsTrue(v);
        return 0;
    case K_SIZE: case K_LONG:
        if (!erg__json_whole(v, &d))
            return snprintf(msg, cap, "header: \"%s\" is not a count", r->key), -1;
        if (r->kind == K_SIZE)
            VAL(size_t, o, r) = (size_t)d;
        else
            VAL(long, o, r) = (long)d;
        return 0;
    case K_DOUBLE:
        if (!cJSON_IsNumber(v))
            return snprintf(msg, cap, "header: \"%s\" is not a number", r->key), -1;
        VAL(double, o, r) = v->valuedouble;
        return 0;
    case K_DATE:
        if (erg__json_date(v, (char *)at(o, r)))
            return snprintf(msg, cap, "header: \"%s\" is not a yyyy-mm-dd date or null", r->key), -1;
        return 0;
    }
    return 0;
}

int erg__opts_read(const cJSON *h, erg_build_opts_t *o, char *msg, size_t cap)
{
    for (size_t i = 0; i < NROWS; i++)
        if (rows[i].counting && read_row(h, &rows[i], o, msg, cap))
            return -1;
    return 0;
}

const char *erg__opts_differ(const erg_build_opts_t *a, const erg_build_opts_t *b, int counting,
                             char a_text[96], char b_text[96])
{
    for (size_t i = 0; i < NROWS; i++) {
        if (rows[i].counting != counting)
            continue;
        value_text(a, &rows[i], a_text);
        value_text(b, &rows[i], b_text);
        if (strcmp(a_text, b_text) != 0)
            return rows[i].flag;
    }
    return NULL;
}

int erg_finishing_opts_equal(const erg_finishing_opts_t *a, const erg_finishing_opts_t *b)
{
    erg_build_opts_t x, y;
    erg_build_opts_init(&x);
    erg_build_opts_init(&y);
    x.finishing = *a;
    y.finishing = *b;
    char ta[96], tb[96];
    return erg__opts_differ(&x, &y, 0, ta, tb) == NULL;
}
