/*
 * bench_load.c: erg-bench-load, the time to open the recognizer's data:
 * the word lists and both tagger models (erg_recognizer_open), which every
 * run pays once. scripts/bench-lang prints it. A tool of the repository,
 * not installed.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 21;
    if (argc > 2 || runs < 1 || runs > 10000) {
        fputs("usage: erg-bench-load [RUNS]   (default 21; the data folder is $ERGRAPH_DATA's)\n", stderr);
        return 2;
    }
    double *ms = malloc((size_t)runs * sizeof *ms);
    if (!ms)
        return 1;
    for (int i = 0; i < runs; i++) {
        erg_error_t err = {0};
        erg_recognizer_t *r = NULL;
        double t0 = now_ms();
        int rc = erg_recognizer_open(&r, NULL, &err);
        ms[i] = now_ms() - t0;
        erg_recognizer_free(r);
        if (rc) {
            fprintf(stderr, "erg-bench-load: %s\n", err.msg);
            free(ms);
            return 1;
        }
    }
    qsort(ms, (size_t)runs, sizeof *ms, cmp_double);
    printf("word lists and both tagger models open in %.1f ms (median of %d; fastest %.1f, slowest %.1f)\n",
           ms[runs / 2], runs, ms[0], ms[runs - 1]);
    free(ms);
    return 0;
}
