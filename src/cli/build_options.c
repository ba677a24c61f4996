/* build_options.c: the options build and run share. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* "person,state" -> a bit set of types; 0 when an item is not a type. */
static unsigned parse_types(const char *arg, const char **bad, char *item, size_t cap)
{
    unsigned set = 0;
    const char *p = arg;
    for (;;) {
        size_t n = strcspn(p, ",");
        snprintf(item, cap, "%.*s", (int)n, p);
        int t = erg_type_parse(item);
        if (t < 0) {
            *bad = item;
            return 0;
        }
        set |= 1u << t;
        if (!p[n])
            return set;
        p += n + 1;
    }
}

static int count_option(const char *cmd, const char *name, const char *arg, long *out)
{
    if ((*out = cli_parse_count(arg)) < 0)
        return cli_usage_error(cmd, "--%s needs a count, not '%s'", name, arg);
    return 0;
}

static int date_option(const char *cmd, const char *name, const char *arg, char *out)
{
    if (erg_date_normalize(arg, out) != 0)
        return cli_usage_error(cmd, "--%s needs a date such as 2025-09-03, not '%s'", name, arg);
    return 0;
}

int cli_build_option(const char *cmd, int c, const char *arg, erg_build_opts_t *o, cli_list_t *gaz)
{
    long v;
    int rc = 0;
    char item[64];
    const char *bad = NULL;
    char *end;
    switch (c) {
    case CLI_OPT_WINDOW:
        if ((v = erg_window_parse(arg, &o->window_tokens)) < 0)
            return cli_usage_error(cmd, "unknown window '%s' (use sentence, paragraph, document or tokens:N with N >= 2)", arg);
        o->window = (erg_window_t)v;
        return 0;
    case CLI_OPT_WEIGHT:
        if ((v = erg_weight_parse(arg)) < 0)
            return cli_usage_error(cmd, "unknown weight '%s' (use count, jaccard, dice, pmi, npmi or association)", arg);
        o->weight = (erg_weight_t)v;
        return 0;
    case CLI_OPT_COUNT:
        if ((v = erg_count_parse(arg)) < 0)
            return cli_usage_error(cmd, "unknown count '%s' (use windows or documents)", arg);
        o->count = (erg_count_t)v;
        return 0;
    case CLI_OPT_TYPES:
        if (!(o->types = parse_types(arg, &bad, item, sizeof item)))
            return cli_usage_error(cmd, "unknown type '%s' in --types (use person, state, organization or place)", bad);
        return 0;
    case CLI_OPT_GAZETTEER:
        return cli_list_add(gaz, arg) ? cli_usage_error(cmd, "out of memory") : 0;
    case CLI_OPT_KEEP_BYLINES:
        o->keep_bylines = 1;
        return 0;
    case CLI_OPT_GIANT:
        o->giant = 1;
        return 0;
    case CLI_OPT_EVIDENCE:
        if (!(rc = count_option(cmd, "evidence", arg, &v)))
            o->evidence = (size_t)v;
        return rc;
    case CLI_OPT_MIN_MENTIONS:
        return count_option(cmd, "min-mentions", arg, &o->min_mentions);
    case CLI_OPT_MIN_COUNT:
        return count_option(cmd, "min-count", arg, &o->min_count);
    case CLI_OPT_MAX_NODES:
        if (!(rc = count_option(cmd, "max-nodes", arg, &v)))
            o->max_nodes = (size_t)v;
        return rc;
    case CLI_OPT_TOP_LINKS:
        if (!(rc = count_option(cmd, "top-links", arg, &v)))
            o->top_links = (size_t)v;
        return rc;
    case CLI_OPT_BACKBONE:
        o->backbone = strtod(arg, &end);
        if (!*arg || *end || !isfinite(o->backbone) || o->backbone <= 0 || o->backbone > 1)
            return cli_usage_error(cmd, "--backbone needs a significance level in (0, 1], not '%s'", arg);
        return 0;
    case CLI_OPT_LANG:
        return cli_lang_option(cmd, arg, &o->recognize.lang);
    case CLI_OPT_RESOLVE_CAPITALS:
        o->recognize.resolve_capitals = 1;
        return 0;
    case CLI_OPT_SINCE:
        return date_option(cmd, "since", arg, o->since);
    case CLI_OPT_UNTIL:
        return date_option(cmd, "until", arg, o->until);
    case CLI_OPT_JOBS:
        return cli_jobs_option(cmd, arg, &o->recognize.jobs);
    default:
        return -1;
    }
}

int cli_lang_option(const char *cmd, const char *arg, erg_lang_t *lang)
{
    int v = erg_lang_parse(arg);
    if (v < 0)
        return cli_usage_error(cmd, "unknown language '%s' (use id, en or auto)", arg);
    *lang = (erg_lang_t)v;
    return 0;
}

int cli_jobs_option(const char *cmd, const char *arg, size_t *jobs)
{
    long v = cli_parse_count(arg);
    if (v < 1 || v > 1024)
        return cli_usage_error(cmd, "--jobs needs a count from 1 to 1024, not '%s'", arg);
    *jobs = (size_t)v;
    return 0;
}

int cli_build_check(const char *cmd, const erg_build_opts_t *o)
{
    if (o->since[0] && o->until[0] && strcmp(o->since, o->until) > 0)
        return cli_usage_error(cmd, "--since %s is after --until %s", o->since, o->until);
    return 0;
}

int cli_counting_option(int c)
{
    switch (c) {
    case CLI_OPT_WINDOW: case CLI_OPT_COUNT: case CLI_OPT_TYPES: case CLI_OPT_GAZETTEER:
    case CLI_OPT_KEEP_BYLINES: case CLI_OPT_EVIDENCE: case CLI_OPT_SINCE: case CLI_OPT_UNTIL:
    case CLI_OPT_LANG: case CLI_OPT_RESOLVE_CAPITALS: case CLI_OPT_JOBS:
        return 1;
    default:
        return 0;
    }
}
