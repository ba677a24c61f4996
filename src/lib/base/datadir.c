/*
 * datadir.c: where the data folder is (word lists, tagger models,
 * gazetteer), in this order:
 *   1. $ERGRAPH_DATA, when set: the user's choice wins;
 *   2. beside the program: ERG_DATA_FROM_BIN (../share/ergraph) from the
 *      folder of the running executable, when that folder exists, so that
 *      an installed tree finds its data wherever it is moved (and a damaged
 *      one says which file it misses there);
 *   3. the data folder of the source tree the build came from
 *      (ERG_DATA_DIR), for a program run from its build folder.
 */
#define _POSIX_C_SOURCE 200809L
#include "err.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ERG_DATA_DIR
#define ERG_DATA_DIR "data"
#endif

static char beside[4096];
static const char *found = ERG_DATA_DIR;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int is_dir(const char *dir)
{
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static void find_beside_program(void)
{
#ifdef ERG_DATA_FROM_BIN
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return;
    *slash = '\0';
    int k = snprintf(beside, sizeof beside, "%s/%s", exe, ERG_DATA_FROM_BIN);
    if (k > 0 && (size_t)k < sizeof beside && is_dir(beside))
        found = beside;
#endif
}

const char *erg_data_dir(void)
{
    const char *d = getenv("ERGRAPH_DATA");
    if (d && *d)
        return d;
    pthread_once(&once, find_beside_program);
    return found;
}

int erg__data_hint(erg_error_t *err, int rc)
{
    if (err && rc == ERG_EIO) {
        size_t n = strlen(err->msg);
        snprintf(err->msg + n, sizeof err->msg - n,
                 " (the data folder is '%s'; set ERGRAPH_DATA to a folder holding lists/, "
                 "gazetteer/, tagger-id.model and tagger-en.model)", erg_data_dir());
    }
    return rc;
}
