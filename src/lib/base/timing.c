/* timing.c: the wall time of each stage of a run (erg_set_timing). */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "timing.h"

#include <pthread.h>
#include <string.h>
#include <time.h>

#define MAX_STAGES 24

static struct {
    const char *name;
    double seconds;
    size_t calls;
} stages[MAX_STAGES];
static size_t nstages;
static int timing_on;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

void erg_set_timing(int on) { timing_on = on; }

double erg__timing_start(void)
{
    if (!timing_on)
        return 0;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9 + 1e-9; /* never 0 */
}

void erg__timing_add(const char *stage, double start)
{
    if (start == 0)
        return;
    double t = erg__timing_start() - start;
    pthread_mutex_lock(&mu);
    size_t i = 0;
    while (i < nstages && strcmp(stages[i].name, stage) != 0)
        i++;
    if (i < MAX_STAGES) {
        if (i == nstages)
            stages[nstages++].name = stage;
        stages[i].seconds += t > 0 ? t : 0;
        stages[i].calls++;
    }
    pthread_mutex_unlock(&mu);
}

void erg_timing_each(erg_timing_fn *fn, void *ctx)
{
    pthread_mutex_lock(&mu);
    size_t n = nstages;
    pthread_mutex_unlock(&mu);
    for (size_t i = 0; i < n; i++)
        fn(ctx, stages[i].name, stages[i].seconds, stages[i].calls);
}
