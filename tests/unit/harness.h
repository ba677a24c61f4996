/* harness.h: a minimal test harness: CHECK(cond), CHECK_STR(a, b), and a
 * summary line; main returns non-zero when anything failed. */
#ifndef ERG_HARNESS_H
#define ERG_HARNESS_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int h_failed, h_passed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond)                                                                                  \
            h_passed++;                                                                            \
        else {                                                                                     \
            h_failed++;                                                                            \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);              \
        }                                                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                                       \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        if (g_ && w_ && strcmp(g_, w_) == 0)                                                       \
            h_passed++;                                                                            \
        else {                                                                                     \
            h_failed++;                                                                            \
            fprintf(stderr, "%s:%d: got '%s', want '%s'\n", __FILE__, __LINE__, g_ ? g_ : "(null)", \
                    w_ ? w_ : "(null)");                                                           \
        }                                                                                          \
    } while (0)

#define CHECK_NEAR(got, want, tol)                                                                 \
    do {                                                                                           \
        double g_ = (got), w_ = (want);                                                            \
        if (fabs(g_ - w_) <= (tol))                                                                \
            h_passed++;                                                                            \
        else {                                                                                     \
            h_failed++;                                                                            \
            fprintf(stderr, "%s:%d: got %.17g, want %.17g\n", __FILE__, __LINE__, g_, w_);         \
        }                                                                                          \
    } while (0)

static int h_summary(void)
{
    printf("%d passed, %d failed\n", h_passed, h_failed);
    return h_failed ? 1 : 0;
}

#endif
