/*
 * capitals.c: with --resolve-capitals, a capital that stands for the
 * government seated there ("Pyongyang dan Moskow akan selalu bersama") is
 * its state. A capital named as a place keeps type place: one after a
 * locative word of data/lists/locatives-*.txt ("di Pyongyang", "kota
 * Beijing", "in Moscow"), and one in a credit line or dateline. The mention
 * keeps its surface span; only its entity, key and type change.
 */
#include "ergraph.h"
#include "gazetteer.h"
#include "recognize_internal.h"
#include "lexicon.h"

#include <string.h>

/* Is the token before i, in the same sentence, a locative word? */
static int after_locative(const erg_rz_t *rz, size_t i)
{
    return i > 0 && rz->t.tok[i - 1].sent == rz->t.tok[i].sent &&
           (rz->cls[i - 1] & (1u << ERG_LX_LOCATIVE));
}

int erg__rz_capitals(erg_rz_t *rz)
{
    const erg_gazetteer_t *g = rz->g;
    for (size_t i = 0; i < rz->t.n; i++) {
        size_t k = rz->owner[i];
        if (k == ERG_RZ_NONE || (i > 0 && rz->owner[i - 1] == k))
            continue; /* not the first token of a mention */
        erg_mention_t *x = &rz->m->items[k];
        if (!x->entity || x->type != ERG_TYPE_PLACE || x->role == ERG_ROLE_BYLINE ||
            (x->flags & ERG_MENTION_DISCOVERED) || after_locative(rz, i))
            continue;
        const erg_alias_t *al = erg__gazetteer_lookup(g, x->key, strlen(x->key));
        size_t state = al ? erg__gazetteer_capital_of(g, al->entity) : (size_t)-1;
        if (state == (size_t)-1)
            continue;
        const char *name = erg__gazetteer_name(g, state);
        const char *key = erg__rz_key(rz, name);
        if (!key)
            return ERG_ENOMEM;
        x->entity = name;
        x->key = key;
        x->type = ERG_TYPE_STATE;
        x->flags |= ERG_MENTION_CAPITAL;
    }
    return 0;
}
