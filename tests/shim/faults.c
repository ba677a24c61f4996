/*
 * faults.c: an LD_PRELOAD library for the tests (tests/e2e/faults.sh) that
 * makes the failures of a machine short of memory happen on demand, in the
 * libraries ergraph cannot make fail otherwise:
 *   ERG_TEST_MAX_ALLOC=N   an allocation of N bytes or more fails (cairo's
 *                          bitmap for a PNG, some megabytes, then cannot be
 *                          made, as under `ulimit -v`)
 *   ERG_TEST_CAIRO_FINISH  a cairo surface finished (a PDF or SVG page
 *                          written out) reports that it ran out of memory,
 *                          as cairo does when an allocation fails there
 * Not for the sanitizer build: AddressSanitizer must come first.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static size_t limit(void)
{
    static size_t max;
    if (!max) {
        const char *s = getenv("ERG_TEST_MAX_ALLOC");
        max = s && *s ? strtoull(s, NULL, 10) : 0;
        if (!max)
            max = (size_t)-1;
    }
    return max;
}

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
/* dlsym allocates while real_calloc is looked up: from here */
static _Alignas(16) char early[4096];
static size_t early_used;

void *malloc(size_t n)
{
    if (!real_malloc)
        real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
    if (n >= limit()) {
        errno = ENOMEM;
        return NULL;
    }
    return real_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    static int finding;
    if (!real_calloc && finding) {
        size_t want = (n * size + 15) & ~(size_t)15;
        if (want > sizeof early - early_used)
            return NULL;
        early_used += want;
        return early + early_used - want; /* static: zeroed */
    }
    if (!real_calloc) {
        finding = 1;
        real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
        finding = 0;
    }
    if (size && n >= limit() / size) {
        errno = ENOMEM;
        return NULL;
    }
    return real_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    if (!real_realloc)
        real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    if (n >= limit()) {
        errno = ENOMEM;
        return NULL;
    }
    return real_realloc(p, n);
}

void free(void *p)
{
    if ((char *)p >= early && (char *)p < early + sizeof early)
        return;
    if (!real_free)
        real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
    real_free(p);
}

/* cairo, declared here so that the library needs no cairo headers. It
 * comes with Graphviz's plugin, opened without its symbols made global, so
 * RTLD_NEXT does not see it: the loaded library is asked by name. */
static void *finished;

static void *cairo(const char *name)
{
    void *lib = dlopen("libcairo.so.2", RTLD_LAZY | RTLD_NOLOAD);
    return lib ? dlsym(lib, name) : NULL;
}

void cairo_surface_finish(void *surface)
{
    static void (*real)(void *);
    if (!real)
        real = (void (*)(void *))cairo("cairo_surface_finish");
    real(surface);
    finished = surface;
}

int cairo_surface_status(void *surface)
{
    static int (*real)(void *);
    if (!real)
        real = (int (*)(void *))cairo("cairo_surface_status");
    if (surface == finished && getenv("ERG_TEST_CAIRO_FINISH"))
        return 1; /* CAIRO_STATUS_NO_MEMORY */
    return real(surface);
}
