/*
 * map.h: a hash map from byte strings to size_t values that owns copies
 * of its keys.
 */
#ifndef ERG_MAP_H
#define ERG_MAP_H

#include "mem.h"
#include <stdint.h>

/* A hash map from byte strings to size_t values; keys are copied into an
 * arena the map owns (one allocation for many keys, never moved). One
 * slot holds what a probe needs, its key's hash first, so a lookup reads
 * one cache line and touches a key only when the hashes agree. A slot is
 * used when its key is not NULL. */
typedef struct {
    uint64_t hash;
    const char *key;
    size_t klen;
    size_t val;
} erg_map_slot_t;

typedef struct {
    erg_map_slot_t *slots;
    size_t cap, n;
    erg_arena_t keys; /* blocks doubling from 64 bytes to 64 KB */
} erg_map_t;

void erg__map_init(erg_map_t *m);
void erg__map_release(erg_map_t *m);
/* Returns a pointer to the value of `key`, or NULL. */
size_t *erg__map_get(const erg_map_t *m, const void *key, size_t len);
/* The hash the map uses, and erg__map_get given it (to hash a key once for
 * a filter and the map). */
uint64_t erg__hash(const void *key, size_t len);
size_t *erg__map_get_hashed(const erg_map_t *m, const void *key, size_t len, uint64_t h);
/* Is a table of `bytes` worth fetching ahead of its probes: at least `mb`
 * MB, larger than a core's own cache (512 KB to 2 MB on the x86 and ARM
 * cores of recent years)? A smaller one stays in the caches, and the
 * fetches, their hashes and their bookkeeping are then instructions for
 * nothing. */
static inline int erg__fetch_worth(size_t bytes, size_t mb) { return bytes >= (mb << 20); }
/* Starts fetching the first slot a key hashed h would probe, for a lookup
 * soon after (a hint: nothing changes, the lookup is the same). */
static inline void erg__map_prefetch(const erg_map_t *m, uint64_t h)
{
    if (m->cap)
        __builtin_prefetch(&m->slots[h & (m->cap - 1)]);
}
/* Sets key -> val (replacing); returns 0 or ERG_ENOMEM. */
int erg__map_put(erg_map_t *m, const void *key, size_t len, size_t val);
/* erg__map_put given the key's hash h. A map filled this way may hash its
 * keys with a function of its own (every get and put of it then passes h),
 * since a slot keeps its key's hash for the rehash. */
int erg__map_put_hashed(erg_map_t *m, const void *key, size_t len, uint64_t h, size_t val);

/* Empties the map but keeps its slots and the newest block of its keys,
 * for a map filled again and again (a map walked in slot order may walk
 * it in another order afterwards: its capacity can shrink). */
void erg__map_clear(erg_map_t *m);

/* Maps that live for one article, kept by the thread for its next one:
 * the calloc, rehashes and frees of a fresh map each time were some 2% of
 * a build's instructions. erg__map_take sets *m to an empty map (one the
 * thread kept, or a new one); erg__map_give empties *m and keeps it for
 * the next erg__map_take on this thread (or releases it). Only for maps
 * that are looked up, never walked: a kept map's capacity differs. */
void erg__map_take(erg_map_t *m);
void erg__map_give(erg_map_t *m);

#endif
