/*
 * timing.h: the wall time of each stage of a run, added up while
 * erg_set_timing is on (ergraph --verbose).
 */
#ifndef ERG_TIMING_H
#define ERG_TIMING_H

/* A start time, or 0 when timing is off (then erg__timing_add does nothing). */
double erg__timing_start(void);
/* Adds the time since `start` to `stage` (a string literal); thread-safe,
 * so stages run on several threads add up their threads' times. */
void erg__timing_add(const char *stage, double start);

#endif
