/*
 * gazetteer.h: the name index the recognizer reads. The gazetteer owns
 * every canonical name; mentions and the network borrow or copy them.
 */
#ifndef ERG_GAZETTEER_H
#define ERG_GAZETTEER_H

#include "internal.h"

enum {
    ERG_ALIAS_ACRONYM = 1 /* one token in capitals ("PBB"): matches capitals only */
};

typedef struct {
    size_t entity;
    unsigned flags;
} erg_alias_t;

/* The alias whose phrase key is key[0..len), or NULL. Borrowed. */
const erg_alias_t *erg_gazetteer_lookup(const erg_gazetteer_t *g, const char *key, size_t len);
/* Longest alias, in tokens. */
size_t erg_gazetteer_maxtok(const erg_gazetteer_t *g);
/* The person whose family name (last token of the canonical name, four
 * bytes or more) is key[0..len), when exactly one person has a name token
 * of that key and it is no other entity's alias; else (size_t)-1. */
size_t erg_gazetteer_surname(const erg_gazetteer_t *g, const char *key, size_t len);
const char *erg_gazetteer_name(const erg_gazetteer_t *g, size_t entity);
erg_type_t erg_gazetteer_type(const erg_gazetteer_t *g, size_t entity);

#endif
