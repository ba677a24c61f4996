/* fuzz.h: what the fuzz targets share. Each target defines
 * LLVMFuzzerTestOneInput; clang's libFuzzer drives it (scripts/fuzz.sh), and
 * driver.c replays saved inputs in the ordinary test suite. */
#ifndef ERG_FUZZ_H
#define ERG_FUZZ_H

#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"

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

/* Writes the input to a file named NAME in a private temporary folder and
 * returns its path (static storage), or NULL. Readers take paths. */
static const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
    static char dir[64], path[128];
    if (!dir[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%s/ergfuzz.XXXXXX", base && *base ? base : "/tmp");
        if (!mkdtemp(dir))
            return NULL;
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
