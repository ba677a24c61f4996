/*
 * digest.c: SHA-256 of data files, with Nettle (libnettle8, on every Debian
 * system as a dependency of GnuTLS): a real cryptographic hash, so that two
 * gazetteers differing in one letter cannot meet by chance, as two 64-bit
 * FNV sums of hand-edited files might.
 */
#define _POSIX_C_SOURCE 200809L
#include "digest.h"
#include "err.h"
#include "files.h"
#include "mem.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PREFIX "sha256:"

void erg__digest_init(erg_digest_t *d) { sha256_init(&d->ctx); }

void erg__digest_add(erg_digest_t *d, const void *p, size_t n)
{
    uint8_t len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (uint8_t)((uint64_t)n >> (8 * i));
    sha256_update(&d->ctx, sizeof len, len);
    if (n)
        sha256_update(&d->ctx, n, p);
}

int erg__digest_file(erg_digest_t *d, const char *path, erg_error_t *err)
{
    char *buf;
    size_t len;
    int rc = erg__read_file(path, &buf, &len, err);
    if (rc)
        return rc;
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    erg__digest_add(d, name, strlen(name));
    erg__digest_add(d, buf, len);
    free(buf);
    return 0;
}

void erg__digest_hex(const erg_digest_t *d, char out[ERG_DIGEST_HEX])
{
    struct sha256_ctx copy = d->ctx; /* sha256_digest resets its context */
    uint8_t sum[SHA256_DIGEST_SIZE];
    sha256_digest(&copy, sizeof sum, sum);
    memcpy(out, PREFIX, sizeof PREFIX - 1);
    for (size_t i = 0; i < sizeof sum; i++) {
        out[sizeof PREFIX - 1 + 2 * i] = "0123456789abcdef"[sum[i] >> 4];
        out[sizeof PREFIX - 1 + 2 * i + 1] = "0123456789abcdef"[sum[i] & 15];
    }
    out[ERG_DIGEST_HEX - 1] = '\0';
}

static int is_list(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

/* The .txt files of `dir`, sorted, into *out (caller frees each and it). */
static int list_names(const char *dir, char ***out, size_t *n, erg_error_t *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return erg__fail(err, ERG_EIO, "cannot open '%s': %s", dir, strerror(errno));
    char **names = NULL;
    size_t cap = 0;
    int rc = 0;
    struct dirent *de;
    *n = 0;
    while (!rc && (de = readdir(d))) {
        if (!is_list(de->d_name))
            continue;
        void *p = names;
        if ((rc = erg__grow(&p, &cap, *n + 1, sizeof *names)))
            break;
        names = p;
        if (!(names[*n] = erg__strdup(de->d_name)))
            rc = ERG_ENOMEM;
        else
            (*n)++;
    }
    closedir(d);
    if (*n)
        qsort(names, *n, sizeof *names, erg__cmp_str);
    *out = names;
    return rc ? erg__fail(err, rc, "out of memory") : 0;
}

int erg__data_digest(char out[ERG_DIGEST_HEX], erg_error_t *err)
{
    static const char *const models[] = {"tagger-id.model", "tagger-en.model"};
    const char *dir = erg_data_dir();
    erg_buf_t path = {0};
    char **names = NULL;
    size_t n = 0;
    erg_digest_t d;
    erg__digest_init(&d);
    int rc = erg__buf_printf(&path, "%s/lists", dir) ? erg__fail(err, ERG_ENOMEM, "out of memory")
                                                      : list_names(path.buf, &names, &n, err);
    for (size_t i = 0; i < n + 2 && !rc; i++) {
        path.len = 0;
        if (i < n ? erg__buf_printf(&path, "%s/lists/%s", dir, names[i])
                  : erg__buf_printf(&path, "%s/%s", dir, models[i - n]))
            rc = erg__fail(err, ERG_ENOMEM, "out of memory");
        else
            rc = erg__digest_file(&d, path.buf, err);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    erg__buf_release(&path);
    if (!rc)
        erg__digest_hex(&d, out);
    return rc;
}

int erg__digest_valid(const char *s)
{
    if (strncmp(s, PREFIX, sizeof PREFIX - 1) != 0 || strlen(s) != ERG_DIGEST_HEX - 1)
        return 0;
    for (s += sizeof PREFIX - 1; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return 0;
    return 1;
}
