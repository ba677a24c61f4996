/* map.c: the hash map from byte strings to size_t values. */
#include "ergraph.h"
#include "map.h"
#include "mem.h"
#include "threads.h"

#include <stdlib.h>
#include <string.h>

/* ---- hash map: open addressing --------------------------------------- */

/* Eight bytes at a time, then a full avalanche (MurmurHash3's finalizer),
 * since the map uses the low bits and the tagger's filters the high ones.
 * Most keys are words shorter than eight bytes: two overlapping loads. The
 * value never leaves the process, so byte order does not matter. */
uint64_t erg__hash(const void *key, size_t len)
{
    const unsigned char *p = key;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)len * 0xC2B2AE3D27D4EB4FULL), w = 0;
    for (; len > 8; p += 8, len -= 8) {
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h = h << 31 | h >> 33;
    }
    if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + len - 4, 4);
        w = (uint64_t)a << 32 | b;
    } else if (len) { /* len is 0 only for an empty key, and w still 0 */
        w = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
    }
    h ^= w;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 33);
}

void erg__map_init(erg_map_t *m) { memset(m, 0, sizeof *m); }

/* A copy of key[0..len) in the map's arena; NULL when out of memory. The
 * NUL after each key keeps an empty key non-NULL and distinct. */
static char *map_key_copy(erg_map_t *m, const void *key, size_t len)
{
    m->keys.block = 64; /* a zeroed map is a valid one: set here */
    m->keys.most = 65536;
    return erg__arena_strndup(&m->keys, key, len);
}

void erg__map_release(erg_map_t *m)
{
    erg__arena_release(&m->keys);
    free(m->slots);
    erg__map_init(m);
}

/* Are the len <= 16 bytes at a and b the same? Two overlapping loads of
 * each, as erg__hash reads a key. */
static inline int same_short(const char *a, const char *b, size_t len)
{
    if (len >= 8) {
        uint64_t x, y, u, v;
        memcpy(&x, a, 8), memcpy(&y, b, 8);
        memcpy(&u, a + len - 8, 8), memcpy(&v, b + len - 8, 8);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    if (len >= 4) {
        uint32_t x, y, u, v;
        memcpy(&x, a, 4), memcpy(&y, b, 4);
        memcpy(&u, a + len - 4, 4), memcpy(&v, b + len - 4, 4);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    for (size_t i = 0; i < len; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* map_slot from slot i on, for a key longer than 16 bytes. */
static __attribute__((noinline)) size_t map_slot_long(const erg_map_t *m, const void *key, size_t len,
                                                      uint64_t h, size_t i)
{
    const erg_map_slot_t *s;
    while ((s = &m->slots[i])->key && !(s->hash == h && s->klen == len && memcmp(s->key, key, len) == 0))
        i = (i + 1) & (m->cap - 1);
    return i;
}

/* The slot of key, or the free slot where it would go. Most keys are words
 * of 16 bytes or less, compared here without a call: a call to memcmp made
 * every lookup save and restore six registers. */
static size_t map_slot(const erg_map_t *m, const void *key, size_t len, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        const erg_map_slot_t *s = &m->slots[i];
        if (!s->key)
            return i;
        if (s->hash == h && s->klen == len) {
            if (len > 16)
                return map_slot_long(m, key, len, h, i);
            if (same_short(s->key, key, len))
                return i;
        }
    }
}

size_t *erg__map_get_hashed(const erg_map_t *m, const void *key, size_t len, uint64_t h)
{
    if (!m->cap)
        return NULL;
    erg_map_slot_t *s = &m->slots[map_slot(m, key, len, h)];
    return s->key ? &s->val : NULL;
}

size_t *erg__map_get(const erg_map_t *m, const void *key, size_t len)
{
    return erg__map_get_hashed(m, key, len, erg__hash(key, len));
}

static int map_rehash(erg_map_t *m, size_t ncap)
{
    erg_map_slot_t *v = calloc(ncap, sizeof *v);
    if (!v)
        return ERG_ENOMEM;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key)
            continue;
        size_t j = m->slots[i].hash & (ncap - 1);
        while (v[j].key) /* keys are distinct: the first free slot */
            j = (j + 1) & (ncap - 1);
        v[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = v;
    m->cap = ncap;
    return 0;
}

int erg__map_put(erg_map_t *m, const void *key, size_t len, size_t val)
{
    return erg__map_put_hashed(m, key, len, erg__hash(key, len), val);
}

int erg__map_put_hashed(erg_map_t *m, const void *key, size_t len, uint64_t h, size_t val)
{
    if ((m->n + 1) * 2 > m->cap && map_rehash(m, m->cap ? m->cap * 2 : 64))
        return ERG_ENOMEM;
    erg_map_slot_t *s = &m->slots[map_slot(m, key, len, h)];
    if (!s->key) {
        if (!(s->key = map_key_copy(m, key, len)))
            return ERG_ENOMEM;
        s->klen = len;
        s->hash = h;
        m->n++;
    }
    s->val = val;
    return 0;
}

/* ---- maps kept for the next article ------------------------------------ */

/* Only the
 * first `cap` slots are ever read, so a map used far below its capacity
 * shrinks by lowering cap (the slots past it are never read again; a
 * rehash allocates afresh), and only the slots kept are zeroed. */
void erg__map_clear(erg_map_t *m)
{
    if (!m->n)
        return;
    while (m->cap > 64 && m->n * 8 < m->cap)
        m->cap /= 2;
    memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->n = 0;
    erg__arena_reset(&m->keys);
}

enum { SPARE_MAPS = 16 };

typedef struct {
    erg_map_t map[SPARE_MAPS];
    size_t n;
} spare_t;

static void spare_free(void *p)
{
    spare_t *s = p;
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        erg__map_release(&s->map[i]);
    free(s);
}

static erg_per_thread_t spare = ERG_PER_THREAD(spare_free, sizeof(spare_t));

void erg__map_take(erg_map_t *m)
{
    void *p;
    spare_t *s = erg__per_thread(&spare, &p) ? NULL : p;
    if (s && s->n)
        *m = s->map[--s->n];
    else
        erg__map_init(m);
}

void erg__map_give(erg_map_t *m)
{
    void *p;
    spare_t *s = erg__per_thread(&spare, &p) ? NULL : p;
    if (s && s->n < SPARE_MAPS && m->cap) {
        erg__map_clear(m);
        s->map[s->n++] = *m;
        erg__map_init(m);
    } else {
        erg__map_release(m);
    }
}
