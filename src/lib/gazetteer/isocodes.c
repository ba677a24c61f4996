/*
 * isocodes.c: the world's states from Debian's iso-codes package.
 *
 * iso_3166-1.json lists every current state (and territory) with its
 * English short, official and common names; iso_3166-3.json the withdrawn
 * ones (Soviet Union, Yugoslavia). The package's gettext catalogues
 * (LOCALE/id/LC_MESSAGES/iso_3166-1.mo) translate those names: the
 * Indonesian ones ("Korea Utara", "Jepang") become aliases too.
 *
 * Each state is keyed by its code (alpha-3 for ISO 3166-1, alpha-4 for
 * ISO 3166-3, whose two- and three-letter codes were reused), so that a
 * shipped or user gazetteer can rename it ("Russian Federation" ->
 * "Russia") and add short forms. Withdrawn states load first, so a name
 * both lists (a current state's old short name) belongs to the current one.
 * iso-codes names in inverted form ("Korea, Republic of") also give the
 * natural order ("Republic of Korea"); the canonical name is the common
 * name, else the natural-order name.
 */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "gazetteer_internal.h"

#include <stdlib.h>
#include <string.h>

/* A gettext .mo catalogue: msgid -> msgstr, read in place. */
typedef struct {
    char *buf;
    size_t len;
    erg_map_t ids; /* msgid -> index */
    uint32_t ntrans, trans;
    int swap;
} mo_t;

static uint32_t mo_u32(const mo_t *m, size_t off)
{
    const unsigned char *p = (const unsigned char *)m->buf + off;
    return m->swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                   : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* The string of table entry i ([len, offset] pairs at `table`), or NULL
 * when the file is too short for it. */
static const char *mo_str(const mo_t *m, uint32_t table, uint32_t i, uint32_t *len)
{
    size_t at = (size_t)table + 8 * (size_t)i;
    if (at + 8 > m->len)
        return NULL;
    *len = mo_u32(m, at);
    uint32_t off = mo_u32(m, at + 4);
    if ((size_t)off + *len >= m->len)
        return NULL;
    return m->buf + off;
}

/* Reads a catalogue; a missing file leaves *m empty (no translations). */
static int mo_load(mo_t *m, const char *path, erg_error_t *err)
{
    memset(m, 0, sizeof *m);
    erg__map_init(&m->ids);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    fclose(fp);
    int rc = erg__read_file(path, &m->buf, &m->len, err);
    if (rc)
        return rc;
    if (m->len < 20)
        return erg__fail(err, ERG_EPARSE, "%s: not a gettext catalogue", path);
    uint32_t magic = mo_u32(m, 0);
    if (magic != 0x950412deu) {
        m->swap = 1;
        if (mo_u32(m, 0) != 0x950412deu)
            return erg__fail(err, ERG_EPARSE, "%s: not a gettext catalogue", path);
    }
    uint32_t n = mo_u32(m, 8), orig = mo_u32(m, 12);
    m->trans = mo_u32(m, 16);
    m->ntrans = n;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len;
        const char *s = mo_str(m, orig, i, &len);
        if (!s)
            return erg__fail(err, ERG_EPARSE, "%s: entry %u lies outside the file", path, i);
        if (erg__map_put(&m->ids, s, len, i))
            return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    return 0;
}

static void mo_release(mo_t *m)
{
    free(m->buf);
    erg__map_release(&m->ids);
}

/* The translation of `id`, or NULL. */
static const char *mo_get(const mo_t *m, const char *id)
{
    size_t *i = m->ntrans ? erg__map_get(&m->ids, id, strlen(id)) : NULL;
    uint32_t len;
    const char *s = i ? mo_str(m, m->trans, (uint32_t)*i, &len) : NULL;
    return s && len ? s : NULL;
}

/* "Korea, Republic of" -> "Republic of Korea" in `out`; 0 when `s` is not
 * in that form. */
static int natural_order(const char *s, erg_buf_t *out)
{
    const char *comma = strrchr(s, ',');
    if (!comma || comma[1] != ' ')
        return 0;
    const char *tail = comma + 2;
    size_t tl = strlen(tail);
    int of = (tl > 3 && strcmp(tail + tl - 3, " of") == 0) ||
             (tl > 7 && strcmp(tail + tl - 7, " of the") == 0);
    if (!of)
        return 0;
    out->len = 0;
    if (erg__buf_printf(out, "%s %.*s", tail, (int)(comma - s), s))
        return -1;
    return 1;
}

/* The fields of a state read (erg__json_records): its code (the field
 * named by the standard), then its names. */
enum { F_CODE, F_NAME, F_COMMON, F_OFFICIAL, F_N };
/* the names that become aliases, in order */
static const int name_fields[] = {F_COMMON, F_NAME, F_OFFICIAL};

static int add_state(erg_gazetteer_t *g, const erg_gaz_doc_t *d, const erg_gaz_ent_t *st,
                     const mo_t *mo)
{
#define STR(i) (st->f[i].kind == ERG_GV_STRING ? d->strs.buf + st->f[i].at : NULL)
    const char *code = STR(F_CODE), *name = STR(F_NAME), *common = STR(F_COMMON);
    if (!code || !name)
        return 0; /* nothing to key it by */
    erg_buf_t nat = {0};
    int r = natural_order(name, &nat);
    if (r < 0)
        return ERG_ENOMEM;
    const char *canon = common ? common : r ? nat.buf : name;
    size_t e;
    int rc = erg__gazetteer_add(g, code, canon, ERG_TYPE_STATE, &e);
    for (size_t f = 0; f < sizeof name_fields / sizeof *name_fields && !rc; f++) {
        const char *v = STR(name_fields[f]);
        if (!v)
            continue;
        const char *forms[2] = {v, mo_get(mo, v)};
        for (int k = 0; k < 2 && !rc; k++) {
            if (!forms[k])
                continue;
            rc = erg__gazetteer_add_alias(g, e, forms[k]);
            if (!rc && (r = natural_order(forms[k], &nat)) != 0)
                rc = r < 0 ? ERG_ENOMEM : erg__gazetteer_add_alias(g, e, nat.buf);
        }
    }
#undef STR
    erg__buf_release(&nat);
    return rc;
}

/* Loads one iso-codes standard ("3166-1") and its Indonesian catalogue. */
static int load_standard(erg_gazetteer_t *g, const char *json_dir, const char *locale_dir,
                         const char *std, const char *codefield, erg_error_t *err)
{
    erg_buf_t path = {0};
    char *buf = NULL;
    size_t len;
    mo_t mo = {0};
    erg_gaz_doc_t d = {0};
    int rc = erg__buf_printf(&path, "%s/iso_%s.json", json_dir, std);
    if (rc)
        return erg__fail(err, rc, "out of memory");
    if ((rc = erg__read_file(path.buf, &buf, &len, NULL))) {
        rc = erg__fail(err, rc, "%s: cannot read the iso-codes states (install Debian's "
                               "iso-codes package, or set ERGRAPH_ISO_CODES to its json folder)",
                      path.buf);
        goto done;
    }
    const char *fields[F_N] = {codefield, "name", "common_name", "official_name"};
    size_t bad_at;
    rc = erg__json_records(buf, len, std, fields, F_N, &d, &bad_at);
    if (rc == ERG_ENOMEM)
        goto nomem;
    if (rc || !d.has_entities) {
        rc = erg__fail(err, ERG_EPARSE, "%s: not an iso-codes file (no \"%s\" array)", path.buf,
                      std);
        goto done;
    }
    path.len = 0;
    if (locale_dir && (rc = erg__buf_printf(&path, "%s/id/LC_MESSAGES/iso_%s.mo", locale_dir, std)))
        goto nomem;
    if (locale_dir && (rc = mo_load(&mo, path.buf, err)))
        goto done;
    if ((rc = erg__gazetteer_note(g, buf, len)) || (rc = erg__gazetteer_note(g, mo.buf, mo.len)))
        goto nomem;
    for (size_t i = 0; i < d.n; i++) {
        if ((rc = add_state(g, &d, &d.ents[i], &mo)))
            goto nomem;
    }
    goto done;
nomem:
    rc = erg__fail(err, rc, "out of memory");
done:
    erg__gaz_doc_release(&d);
    mo_release(&mo);
    free(buf);
    erg__buf_release(&path);
    return rc;
}

int erg__isocodes_load(erg_gazetteer_t *g, const char *json_dir, const char *locale_dir,
                      erg_error_t *err)
{
    int rc = load_standard(g, json_dir, locale_dir, "3166-3", "alpha_4", err);
    if (!rc)
        rc = load_standard(g, json_dir, locale_dir, "3166-1", "alpha_3", err);
    if (!rc && (rc = erg__gazetteer_reindex(g)))
        rc = erg__fail(err, rc, "out of memory");
    return rc;
}
