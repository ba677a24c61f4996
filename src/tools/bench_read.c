/*
 * bench_read.c: erg-bench-read, the time to read a graph file into a
 * network (erg_graph_read_json) and nothing else, elapsed and CPU, the
 * median of RUNS reads; scripts/bench-memory prints it. A tool of the
 * repository, not installed.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_s(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    if (argc < 2 || argc > 3 || runs < 1 || runs > 1000) {
        fputs("usage: erg-bench-read GRAPH.json [RUNS]   (default 3)\n", stderr);
        return 2;
    }
    double *wall = malloc(2 * (size_t)runs * sizeof *wall), *cpu = wall + runs;
    if (!wall)
        return 1;
    size_t nodes = 0, links = 0;
    for (int i = 0; i < runs; i++) {
        erg_graph_t g;
        erg_error_t err = {0};
        double w0 = now_s(CLOCK_MONOTONIC), c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
        int rc = erg_graph_read_json(&g, argv[1], &err);
        wall[i] = now_s(CLOCK_MONOTONIC) - w0;
        cpu[i] = now_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
        if (rc) {
            fprintf(stderr, "erg-bench-read: %s\n", err.msg);
            free(wall);
            return 1;
        }
        nodes = g.nnodes;
        links = g.nlinks;
        erg_graph_release(&g);
    }
    qsort(wall, (size_t)runs, sizeof *wall, cmp_double);
    qsort(cpu, (size_t)runs, sizeof *cpu, cmp_double);
    printf("%zu nodes, %zu links read in %.2f s, %.2f s CPU (medians of %d)\n", nodes, links,
           wall[runs / 2], cpu[runs / 2], runs);
    free(wall);
    return 0;
}
