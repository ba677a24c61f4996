/*
 * joins.c: names the model cut in two, joined before they are judged: a
 * person's name and the father's name after "bin" ("Adi bin Elam"), an
 * Indonesian body's name and its class and seat ("Lapas Perempuan Kelas
 * IIA | Kerobokan"). Runs after spans.c has mended the candidates.
 */
#include "discover_internal.h"

#include <string.h>

/* Is token k a class's Roman numeral ("I", "IIA", "IIB", "III")? */
static int class_numeral(const erg_rz_t *rz, size_t k)
{
    static const char *const n[] = {"i", "ii", "iii", "ia", "ib", "iia", "iib", "iiia", "iiib"};
    for (size_t q = 0; q < sizeof n / sizeof n[0]; q++)
        if (key_n(rz, k, n[q], strlen(n[q])))
            return (rz->t.tok[k].flags & ERG_TOK_ALLCAPS) != 0;
    return 0;
}

/* "Adi bin Elam", "Siti binti Ahmad": a person's name goes on over "bin"
 * or "binti" (son, daughter of) through the father's name, one person,
 * whether the model gave the father's name a span of its own or none. */
static void patronyms(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t c = 0; c < *n; c++) {
        size_t k;
        while (v[c].type == ERG_TYPE_PERSON && (k = v[c].j + 1) + 1 < t->n &&
               patronym_at(rz, k) && erg__rz_joinable(rz, k - 1) &&
               erg__rz_joinable(rz, k) && is_cap(rz, k + 1) && rz->owner[k + 1] == ERG_RZ_NONE &&
               !(rz->cls[k + 1] & JUNK_CLASSES)) {
            if (c + 1 < *n && v[c + 1].i == k + 1) {
                v[c].j = v[c + 1].j; /* "Rudi | bin | Sarmin": the model's two people */
                memmove(v + c + 1, v + c + 2, (*n - c - 2) * sizeof *v);
                --*n;
            } else if (c + 1 < *n && v[c + 1].i <= erg__cap_run(rz, k + 1)) {
                break; /* a name of another's there: leave both */
            } else {
                v[c].j = erg__cap_run(rz, k + 1);
            }
        }
    }
}

/* "Lapas Perempuan Kelas IIA Kerobokan", "Rutan Kelas II Salemba": an
 * Indonesian body led by its head word goes on over its class ("Kelas"
 * and a Roman numeral) and the capitalised words of its seat after it,
 * known as a place or not, taking in the model's span of them ("Lapas
 * Perempuan | Kelas | IIA Kerobokan"); named so, it is the body, not
 * where it stands. */
static void class_seats(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t c = 0; rz->lang != ERG_LX_EN && c < *n; c++) {
        size_t k = v[c].j + 1, e;
        if ((v[c].type != ERG_TYPE_ORGANIZATION && v[c].type != ERG_TYPE_PLACE) ||
            !(rz->cls[v[c].i] & ((1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT))) || !is_cap(rz, v[c].i))
            continue;
        if (v[c].j >= v[c].i + 2 && key_is(rz, v[c].j - 1, "kelas") && class_numeral(rz, v[c].j))
            k = v[c].j + 1; /* the model's span held the class */
        else if (k + 1 < t->n && key_is(rz, k, "kelas") && is_cap(rz, k) && class_numeral(rz, k + 1) &&
                 erg__rz_joinable(rz, k - 1) && erg__rz_joinable(rz, k) && rz->owner[k] == ERG_RZ_NONE)
            k += 2;
        else
            continue;
        e = k - 1;
        if (c + 1 < *n && v[c + 1].i == k - 1) /* "IIA Kerobokan": the class's numeral and the seat */
            e = v[c + 1].j;
        else if (c + 1 < *n && v[c + 1].i == k && erg__rz_joinable(rz, k - 1))
            e = v[c + 1].j;
        else if (k < t->n && is_cap(rz, k) && erg__rz_joinable(rz, k - 1) && rz->owner[k] == ERG_RZ_NONE &&
                 !(rz->cls[k] & JUNK_CLASSES) && (c + 1 >= *n || v[c + 1].i > erg__cap_run(rz, k)))
            e = erg__cap_run(rz, k);
        if (c + 1 < *n && v[c + 1].i <= e) {
            memmove(v + c + 1, v + c + 2, (*n - c - 2) * sizeof *v);
            --*n;
        }
        v[c].j = e;
        v[c].type = ERG_TYPE_ORGANIZATION;
    }
}

void erg__join_candidates(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    patronyms(rz, v, n);
    class_seats(rz, v, n);
}
