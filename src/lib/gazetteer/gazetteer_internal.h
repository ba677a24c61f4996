/*
 * gazetteer_internal.h: what the gazetteer stage's files share: adding
 * entities and forms (gazetteer.c) for the iso-codes states (isocodes.c)
 * and the layers (layers.c).
 */
#ifndef ERG_GAZETTEER_INTERNAL_H
#define ERG_GAZETTEER_INTERNAL_H

#include "ergraph.h"
#include "mem.h"


/* Adds or updates an entity. An entity is found by `code` (ISO code; may be
 * NULL) first, then by name; a found entity takes the new name (renamed:
 * the old name still finds it) and, when type >= 0, the new type. A new
 * entity needs a type (else ERG_EINVAL). *out gets its index. */
int erg__gazetteer_add(erg_gazetteer_t *g, const char *code, const char *name, int type,
                      size_t *out);
/* Adds a surface form of entity e; a form already taken moves to e. */
int erg__gazetteer_add_alias(erg_gazetteer_t *g, size_t e, const char *form);
/* The same, with flags of gazetteer.h beside those the form gives
 * (ERG_ALIAS_ID_ONLY, ERG_ALIAS_EN_ONLY). */
int erg__gazetteer_add_alias_flags(erg_gazetteer_t *g, size_t e, const char *form, unsigned flags);
/* Loads the states of Debian's iso-codes (ISO 3166-3 withdrawn states,
 * then ISO 3166-1) from `json_dir`, with the Indonesian names of their
 * gettext catalogues under `locale_dir` when present: isocodes.c. */
int erg__isocodes_load(erg_gazetteer_t *g, const char *json_dir, const char *locale_dir,
                      erg_error_t *err);
/* Adds a source's bytes to the gazetteer's digest (erg__gazetteer_digest):
 * kept, hashed when the digest is asked for; 0 or ERG_ENOMEM. */
int erg__gazetteer_note(erg_gazetteer_t *g, const void *p, size_t n);
/* Re-derives the family-name index; call after adding entities. */
int erg__gazetteer_reindex(erg_gazetteer_t *g);
/* on: erg__gazetteer_reindex does nothing until called again with 0 and
 * reindexing then (the layers of erg_gazetteer_open: one reindex, not one
 * per source; nothing asks for family names while they load). */
void erg__gazetteer_defer(erg_gazetteer_t *g, int on);

/* A JSON gazetteer read (gazetteer_read.c): of each entity, the fields the
 * loader reads, each absent, a string, an array of strings or something
 * else (a wrong kind). */
enum { ERG_GF_NAME, ERG_GF_TYPE, ERG_GF_CODE, ERG_GF_CAPITAL, ERG_GF_ALIASES, ERG_GF_NEVER,
       ERG_GF_ALIASES_ID, ERG_GF_ALIASES_EN, ERG_GF_STATE, ERG_GF_ALIASES_LOCAL, ERG_GF_N };
typedef enum { ERG_GV_NONE, ERG_GV_STRING, ERG_GV_ARRAY, ERG_GV_OTHER } erg_gv_kind_t;
typedef struct {
    erg_gv_kind_t kind;
    size_t at, n; /* a string: its offset in strs; an array: its first item and count */
} erg_gaz_val_t;
typedef struct {
    erg_gaz_val_t f[ERG_GF_N];
} erg_gaz_ent_t;
typedef struct {
    erg_gaz_ent_t *ents;
    size_t n, cap;
    size_t *items; /* the arrays' strings: offsets in strs */
    size_t nitems, icap;
    erg_buf_t strs; /* every string kept, each after the last and its NUL */
    int has_entities; /* the root's "entities" is an array */
} erg_gaz_doc_t;
/* Reads a gazetteer's JSON text into *d (released by the caller even on
 * error): 0, ERG_ENOMEM, or ERG_EPARSE with *bad_at where cJSON found the
 * text malformed. */
int erg__gaz_read(const char *buf, size_t len, erg_gaz_doc_t *d, size_t *bad_at);
/* The same for any root object whose key `list` holds an array of records:
 * of each, the fields named fields[0..nfields) (at most ERG_GF_N), read as
 * cJSON_GetObjectItemCaseSensitive read them; has_entities when `list` is
 * an array. */
int erg__json_records(const char *buf, size_t len, const char *list, const char *const *fields,
                      int nfields, erg_gaz_doc_t *d, size_t *bad_at);
void erg__gaz_doc_release(erg_gaz_doc_t *d);

#endif
