/* fuzz.h: what the fuzz targets share. Each target defines
 * LLVMFuzzerTestOneInput; clang's libFuzzer drives it (scripts/fuzz.sh), and
 * driver.c replays saved inputs in the ordinary test suite. */
#ifndef ERG_FUZZ_H
#define ERG_FUZZ_H

#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_quiet(const char *msg, void *ctx)
{
    (void)msg;
    (void)ctx;
}

static char fuzz_dir[64];

/* The private folder and whatever a target left in it go at exit. */
static void fuzz_cleanup(void)
{
    DIR *d = opendir(fuzz_dir);
    struct dirent *e;
    char path[192];
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof path, "%s/%s", fuzz_dir, e->d_name);
            unlink(path);
        }
    if (d)
        closedir(d);
    rmdir(fuzz_dir);
}

/* Writes the input to a file named NAME in a private temporary folder
 * (removed at exit) and returns its path (static storage), or NULL.
 * Readers take paths. */
static const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
    static char path[128];
    char *dir = fuzz_dir;
    if (!dir[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(dir, sizeof fuzz_dir, "%s/ergfuzz.XXXXXX", base && *base ? base : "/tmp");
        if (!mkdtemp(dir))
            return NULL;
        atexit(fuzz_cleanup);
        erg_set_warning_handler(fuzz_quiet, NULL);
    }
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return NULL;
    if (size)
        fwrite(data, 1, size, fp);
    fclose(fp);
    return path;
}

#endif
