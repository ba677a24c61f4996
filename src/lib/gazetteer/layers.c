/*
 * layers.c: where the gazetteer comes from, in the order later layers win:
 *   1. the states of Debian's iso-codes (isocodes.c);
 *   2. the shipped files, DATA/gazetteer/ (every .json file) in name order (the states
 *      file renames iso-codes states and adds short forms; people,
 *      organizations, places);
 *   3. the user's --gazetteer files, in the order given.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "gazetteer_internal.h"
#include "text.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *iso_json_dir(void)
{
    const char *d = getenv("ERGRAPH_ISO_CODES");
    if (d && *d)
        return d;
#ifdef ERG_ISO_CODES_DIR
    return ERG_ISO_CODES_DIR;
#else
    return "/usr/share/iso-codes/json";
#endif
}

/* The gettext catalogues sit in share/locale beside share/iso-codes/json. */
static int locale_dir(erg_buf_t *out)
{
    return erg__buf_printf(out, "%s/../../locale", iso_json_dir());
}

static int is_json(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0;
}

/* Loads every .json file of `dir`, in name order. */
static int load_folder(erg_gazetteer_t *g, const char *dir, erg_error_t *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return erg__fail(err, ERG_EIO, "%s: cannot open the gazetteer folder: %s", dir,
                        strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while (!rc && (de = readdir(d))) {
        if (!is_json(de->d_name))
            continue;
        void *p = names;
        if ((rc = erg__grow(&p, &cap, n + 1, sizeof *names)))
            break;
        names = p;
        if (!(names[n] = erg__strdup(de->d_name)))
            rc = ERG_ENOMEM;
        else
            n++;
    }
    closedir(d);
    if (rc)
        rc = erg__fail(err, rc, "out of memory");
    if (n)
        qsort(names, n, sizeof *names, erg__cmp_str);
    erg_buf_t path = {0};
    for (size_t i = 0; i < n && !rc; i++) {
        path.len = 0;
        if (erg__buf_printf(&path, "%s/%s", dir, names[i]))
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        else
            rc = erg_gazetteer_load(g, path.buf, err);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    erg__buf_release(&path);
    return rc;
}

int erg_gazetteer_open(erg_gazetteer_t **out, const char *const *extra, size_t nextra,
                       erg_error_t *err)
{
    erg_gazetteer_t *g = erg_gazetteer_new();
    if (!g)
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    erg_buf_t loc = {0}, dir = {0};
    int rc = 0;
    if (locale_dir(&loc) || erg__buf_printf(&dir, "%s/gazetteer", erg_data_dir()))
        rc = erg__fail(err, ERG_ENOMEM, "out of memory");
    erg__gazetteer_defer(g, 1);
    if (!rc)
        rc = erg__isocodes_load(g, iso_json_dir(), loc.buf, err);
    if (!rc)
        rc = erg__data_hint(err, load_folder(g, dir.buf, err));
    for (size_t i = 0; i < nextra && !rc; i++)
        rc = erg_gazetteer_load(g, extra[i], err);
    erg__gazetteer_defer(g, 0);
    if (!rc && (rc = erg__gazetteer_reindex(g)))
        rc = erg__fail(err, rc, "out of memory");
    erg__buf_release(&loc);
    erg__buf_release(&dir);
    if (rc) {
        erg_gazetteer_free(g);
        return rc;
    }
    *out = g;
    return 0;
}
