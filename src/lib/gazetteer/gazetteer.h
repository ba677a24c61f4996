/*
 * gazetteer.h: the name index the recognizer reads. The gazetteer owns
 * every canonical name; mentions and the network borrow or copy them.
 */
#ifndef ERG_GAZETTEER_H
#define ERG_GAZETTEER_H

#include "ergraph.h"
#include "digest.h"
#include "map.h"

enum {
    ERG_ALIAS_ACRONYM = 1, /* one token in capitals ("PBB"): matches capitals only */
    ERG_ALIAS_ID_ONLY = 2, /* read in Indonesian text only ("AS": Amerika Serikat) */
    ERG_ALIAS_EN_ONLY = 4  /* read in English text only */
};

typedef struct {
    size_t entity;
    unsigned flags;
} erg_alias_t;

/* The alias whose phrase key is key[0..len), or NULL. Borrowed. */
const erg_alias_t *erg__gazetteer_lookup(const erg_gazetteer_t *g, const char *key, size_t len);
/* Longest alias, in tokens. */
size_t erg__gazetteer_maxtok(const erg_gazetteer_t *g);
/* The span index of every alias key and its prefixes (text.h): a span
 * whose key is missing here starts no alias; one whose value v has bit 1
 * set is an alias key. Borrowed. */
const erg_map_t *erg__gazetteer_spans(const erg_gazetteer_t *g);
/* The alias of a span whose key[0..len) has value v in the span index, as
 * erg__gazetteer_lookup would find it (NULL when none or "never"), without
 * another lookup. */
const erg_alias_t *erg__gazetteer_span_alias(const erg_gazetteer_t *g, size_t v, const char *key,
                                            size_t len);
/* Fetches ahead (a hint, no effect) what erg__gazetteer_span_alias(g, v,
 * ...) will read: with `deep` 0 the alias, with 1 (the alias read) its
 * entity's record. */
void erg__gazetteer_span_ahead(const erg_gazetteer_t *g, size_t v, int deep);
/* Names the span index as it is now: a new value after any change. */
unsigned long erg__gazetteer_serial(const erg_gazetteer_t *g);
/* SHA-256 of every source the gazetteer was loaded from, in order (the
 * iso-codes file and catalogue of each standard, then each JSON gazetteer),
 * as "sha256:HEX": what a shard part records of its gazetteer. */
void erg__gazetteer_digest(const erg_gazetteer_t *g, char out[ERG_DIGEST_HEX]);
/* The person whose family name (last token of the canonical name, four
 * bytes or more) is key[0..len), when exactly one person has a name token
 * of that key and it is no other entity's alias; else (size_t)-1. */
size_t erg__gazetteer_surname(const erg_gazetteer_t *g, const char *key, size_t len);
/* 1 when the user said the phrase key[0..len) is never entity `entity`
 * (the "never" list of a gazetteer entry). Lookup and surname already
 * honour it; per-article short forms must ask. */
int erg__gazetteer_never(const erg_gazetteer_t *g, const char *key, size_t len, size_t entity);
/* Calls each(ctx, key, len) with the phrase key of every alias of `entity`
 * until one call returns nonzero; returns that value, or 0. Walks the
 * whole index: for rare questions only. */
int erg__gazetteer_aliases(const erg_gazetteer_t *g, size_t entity,
                           int (*each)(void *ctx, const char *key, size_t len), void *ctx);
/* The state a place is the capital of ("capital_of"), or (size_t)-1. */
size_t erg__gazetteer_capital_of(const erg_gazetteer_t *g, size_t entity);
/* The state an entity belongs to ("state": a party's, a body's), or
 * (size_t)-1. */
size_t erg__gazetteer_state_of(const erg_gazetteer_t *g, size_t entity);
/* Local forms ("aliases_local"): forms that name an entity only in an
 * article about its state ("Labor" is Australia's Labor Party, "Labour" New
 * Zealand's in a New Zealand story). ERG_LOCAL_FORM when key[0..len) is a
 * local form, ERG_LOCAL_FIRST when it is the first word of a longer one. */
enum { ERG_LOCAL_FORM = 1, ERG_LOCAL_FIRST = 2 };
unsigned erg__gazetteer_local_marks(const erg_gazetteer_t *g, const char *key, size_t len);
/* The entity of state `state` whose local form is key[0..len), or
 * (size_t)-1 (none, or its "never" says not this form). */
size_t erg__gazetteer_local(const erg_gazetteer_t *g, const char *key, size_t len, size_t state);
/* 1 when some entity has a local form. */
int erg__gazetteer_has_local(const erg_gazetteer_t *g);
const char *erg__gazetteer_name(const erg_gazetteer_t *g, size_t entity);
/* The phrase key of the entity's name (text.h). */
const char *erg__gazetteer_key(const erg_gazetteer_t *g, size_t entity);
erg_type_t erg__gazetteer_type(const erg_gazetteer_t *g, size_t entity);

#endif
