/*
 * joins.c: names the model cut in two, joined before they are judged: a
 * person's name and the father's name after "bin" ("Adi bin Elam"), an
 * Indonesian body's name and its class and seat ("Lapas Perempuan Kelas
 * IIA | Kerobokan"), or its fields ("Direktorat Tahanan dan | Barang
 * Bukti"). Runs after spans.c has mended the candidates.
 */
#include "discover_internal.h"

#include <string.h>

/* Is token k a class's Roman numeral ("I", "IIA", "IIB", "III")? */
static int class_numeral(const erg_rz_t *rz, size_t k)
{
    static const char *const n[] = {"i", "ii", "iii", "ia", "ib", "iia", "iib", "iiia", "iiib"};
    return key_in(rz, k, n) && (rz->t.tok[k].flags & ERG_TOK_ALLCAPS) != 0;
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

/* Is token k a tier of Indonesia's government, whose place's name follows
 * ("Kota", "Kabupaten")? */
static int tier(const erg_rz_t *rz, size_t k)
{
    static const char *const w[] = {"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"};
    return key_in(rz, k, w);
}

/* May token k go on an Indonesian body's name as a word of its field:
 * capitalised, a common noun (erg__common_noun), no mention's, no
 * head word of a body or unit and no tier of
 * government (which open another name: "Kementerian PU dan | Pemkab
 * Blora", "Dinas Sosial | Kota Bandung")? A place's head word only as a
 * field's noun, no name after it ("Teknik Jalan dan Jembatan"). */
static int field_word(const erg_rz_t *rz, size_t k)
{
    erg_lx_bits_t heads = (1u << ERG_LX_ORGHEAD) | ERG_LX_BIT(ERG_LX_UNIT) | (1u << ERG_LX_TITLE) |
                          ERG_LX_BIT(ERG_LX_RANK) | ERG_LX_BIT(ERG_LX_FIRSTNAME),
                  places = (1u << ERG_LX_LOCHEAD) | ERG_LX_BIT(ERG_LX_PLACEHEAD);
    const erg_tokens_t *t = &rz->t;
    if (k >= t->n || !is_cap(rz, k) || (t->tok[k].flags & ERG_TOK_ALLCAPS) || rz->owner[k] != ERG_RZ_NONE ||
        (rz->cls[k] & (heads | JUNK_CLASSES)) || tier(rz, k) || !erg__common_noun(rz, k))
        return 0; /* a field is named in words, a body or a place by a name: "Dinas Kesehatan dan |
                   * Puskesmas Sukmajaya", "BPBD dan | Tagana Garut" */
    return !(rz->cls[k] & places) || k + 1 >= t->n || !erg__rz_joinable(rz, k) || !is_cap(rz, k + 1);
}

/* "Direktorat Tahanan dan Barang Bukti", "Dinas Komunikasi dan
 * Informatika": an Indonesian body led by its head word names its fields,
 * two joined by "dan"; the model often stops at "dan" or cuts the name
 * where a field's word opens a place's ("Direktorat Bina | Teknik Jalan").
 * The name goes on over the fields' words, up to the first word that
 * opens another name. */
static void and_fields(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t c = 0; rz->lang != ERG_LX_EN && c < *n; c++) {
        size_t h = v[c].i;
        if (h > 1 && !(rz->cls[h] & (1u << ERG_LX_ORGHEAD)) && rz->owner[h - 1] == ERG_RZ_NONE &&
            erg__rz_joinable(rz, h - 1) && inner_gap(rz, h - 1) && (c == 0 || v[c - 1].j < h - 1) &&
            !(rz->cls[h - 2] & ((1u << ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_JOB))))
            h--; /* the model left the head word out: "Direktorat | Bina Teknik Jalan" (but "Kepala
                  * Sekolah | Sutrisno" is a title and a person) */
        if (h == v[c].j || !(rz->cls[h] & (1u << ERG_LX_ORGHEAD)) || !is_cap(rz, h) ||
            (rz->t.tok[h].flags & ERG_TOK_ALLCAPS) || tier(rz, h + 1))
            continue; /* (a body by its head word, whatever the model typed; but "Dinas Kabupaten
                       * dan Kota", the offices of every regency and city, is none) */
        for (;;) {
            size_t j = v[c].j, k = j + 1, e;
            if (k + 1 < t->n && key_is(rz, k, "dan") && !is_cap(rz, k) && erg__rz_joinable(rz, j) &&
                erg__rz_joinable(rz, k) && t->tok[k + 1].sent == t->tok[j].sent && field_word(rz, k + 1))
                e = k + 1;
            else if (k < t->n &&
                     (c + 1 < *n && v[c + 1].i == k ? v[c + 1].type != ERG_TYPE_PERSON : rz->owner[j] == ERG_RZ_NONE) &&
                     erg__rz_joinable(rz, j) && inner_gap(rz, j) && t->tok[k].sent == t->tok[j].sent &&
                     field_word(rz, k))
                e = k; /* the model's next span, or none: "Dinas Pekerjaan | Umum Sumber Daya Air" */
            else
                break;
            while (e + 1 < t->n && erg__rz_joinable(rz, e) && inner_gap(rz, e) && field_word(rz, e + 1) &&
                   t->tok[e + 1].sent == t->tok[e].sent)
                e++;
            while (c + 1 < *n && v[c + 1].i <= e) {
                if (v[c + 1].j > e) {
                    v[c + 1].i = e + 1; /* the rest of the model's span after the fields */
                    break;
                }
                memmove(v + c + 1, v + c + 2, (*n - c - 2) * sizeof *v);
                --*n;
            }
            v[c].i = h;
            v[c].j = e;
            v[c].type = ERG_TYPE_ORGANIZATION;
        }
    }
}

void erg__join_candidates(const erg_rz_t *rz, cand_t *v, size_t *n)
{
    patronyms(rz, v, n);
    class_seats(rz, v, n);
    and_fields(rz, v, n);
}
