/* build_options.c: the build options build, run, count and merge share:
 * one table of their names, values, groups and help, and their parsing. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;   /* --name */
    const char *value;  /* its value in the help ("W"), NULL for a flag */
    int id;             /* CLI_OPT_* */
    unsigned group;     /* CLI_COUNTING or CLI_FINISHING */
    const char *before; /* a heading line printed before it, or NULL */
    const char *help;   /* one or more lines, '\n' between them */
} row_t;

/* In the order of the help. */
static const row_t rows[] = {
    {"window", "W", CLI_OPT_WINDOW, CLI_COUNTING, NULL,
     "sentence (default), paragraph, document or tokens:N"},
    {"count", "C", CLI_OPT_COUNT, CLI_COUNTING, NULL,
     "windows (default: once per window) or documents (once per article)"},
    {"types", "LIST", CLI_OPT_TYPES, CLI_COUNTING, NULL,
     "entity types linked, from person,state,organization,place\n"
     "(default person,state,organization)"},
    {"gazetteer", "FILE", CLI_OPT_GAZETTEER, CLI_COUNTING, NULL,
     "add a gazetteer (repeatable; later files win)"},
    {"keep-bylines", NULL, CLI_OPT_KEEP_BYLINES, CLI_COUNTING, NULL,
     "link authors, editors and credited outlets too"},
    {"keep-sources", NULL, CLI_OPT_KEEP_SOURCES, CLI_COUNTING, NULL,
     "link the outlets quotes were given to or taken from too"},
    {"lang", "id|en|auto", CLI_OPT_LANG, CLI_COUNTING, NULL,
     "word lists and tagger model (default auto: per article)"},
    {"resolve-capitals", NULL, CLI_OPT_RESOLVE_CAPITALS, CLI_COUNTING, NULL,
     "a capital standing for its government is its state"},
    {"evidence", "N", CLI_OPT_EVIDENCE, CLI_COUNTING, NULL,
     "supporting snippets kept per link (default 3)"},
    {"since", "DATE", CLI_OPT_SINCE, CLI_COUNTING, NULL,
     "only articles dated DATE (yyyy-mm-dd) or later"},
    {"until", "DATE", CLI_OPT_UNTIL, CLI_COUNTING, NULL, "only articles dated DATE or earlier"},
    {"jobs", "N", CLI_OPT_JOBS, CLI_COUNTING, NULL,
     "recognize articles on N threads (default: one per core;\n"
     "the output is the same for any N)"},
    {"weight", "W", CLI_OPT_WEIGHT, CLI_FINISHING, NULL,
     "count (default), jaccard, dice, pmi, npmi or association"},
    {"min-mentions", "N", CLI_OPT_MIN_MENTIONS, CLI_FINISHING, "pruning, in this order:",
     "drop entities mentioned fewer than N times"},
    {"min-count", "N", CLI_OPT_MIN_COUNT, CLI_FINISHING, NULL, "drop links counted fewer than N times"},
    {"max-nodes", "N", CLI_OPT_MAX_NODES, CLI_FINISHING, NULL, "keep the N strongest entities"},
    {"backbone", "ALPHA", CLI_OPT_BACKBONE, CLI_FINISHING, NULL,
     "disparity-filter backbone at significance ALPHA (0 < ALPHA <= 1)"},
    {"top-links", "K", CLI_OPT_TOP_LINKS, CLI_FINISHING, NULL, "keep each entity's K strongest links"},
    {"giant", NULL, CLI_OPT_GIANT, CLI_FINISHING, NULL, "keep the largest connected component only"},
};
#define NROWS (sizeof rows / sizeof rows[0])
/* a command's own options (at most 8) and these fit its getopt array */
_Static_assert(sizeof rows / sizeof rows[0] + 8 < CLI_MAX_OPTIONS, "CLI_MAX_OPTIONS too small");

size_t cli_build_getopt(struct option *opts, size_t n)
{
    for (size_t i = 0; i < NROWS; i++)
        opts[n++] = (struct option){rows[i].name, rows[i].value ? required_argument : no_argument,
                                    NULL, rows[i].id};
    return n;
}

void cli_build_help(FILE *fp, unsigned groups)
{
    for (size_t i = 0; i < NROWS; i++) {
        const row_t *r = &rows[i];
        if (!(r->group & groups))
            continue;
        if (r->before)
            fprintf(fp, "%s\n", r->before);
        char name[64];
        snprintf(name, sizeof name, "--%s%s%s", r->name, r->value ? " " : "", r->value ? r->value : "");
        /* the help's first line beside the name, the others under it */
        const char *p = r->help;
        for (int first = 1; *p; first = 0) {
            size_t n = strcspn(p, "\n");
            fprintf(fp, "  %-20s %.*s\n", first ? name : "", (int)n, p);
            p += n + (p[n] == '\n');
        }
    }
}

void cli_usage(FILE *fp, const char *head, unsigned groups, const char *tail)
{
    fputs(head, fp);
    cli_build_help(fp, groups);
    fputs(tail, fp);
}

unsigned cli_option_group(int c)
{
    for (size_t i = 0; i < NROWS; i++)
        if (rows[i].id == c)
            return rows[i].group;
    return 0;
}

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
        if ((v = erg_window_parse(arg, &o->counting.window_tokens)) < 0)
            return cli_usage_error(cmd, "unknown window '%s' (use sentence, paragraph, document or tokens:N with N >= 2)", arg);
        o->counting.window = (erg_window_t)v;
        return 0;
    case CLI_OPT_WEIGHT:
        if ((v = erg_weight_parse(arg)) < 0)
            return cli_usage_error(cmd, "unknown weight '%s' (use count, jaccard, dice, pmi, npmi or association)", arg);
        o->finishing.weight = (erg_weight_t)v;
        return 0;
    case CLI_OPT_COUNT:
        if ((v = erg_count_parse(arg)) < 0)
            return cli_usage_error(cmd, "unknown count '%s' (use windows or documents)", arg);
        o->counting.count = (erg_count_t)v;
        return 0;
    case CLI_OPT_TYPES:
        if (!(o->counting.types = parse_types(arg, &bad, item, sizeof item)))
            return cli_usage_error(cmd, "unknown type '%s' in --types (use person, state, organization or place)", bad);
        return 0;
    case CLI_OPT_GAZETTEER:
        return cli_list_add(gaz, arg) ? cli_usage_error(cmd, "out of memory") : 0;
    case CLI_OPT_KEEP_BYLINES:
        o->counting.keep_bylines = 1;
        return 0;
    case CLI_OPT_KEEP_SOURCES:
        o->counting.keep_sources = 1;
        return 0;
    case CLI_OPT_GIANT:
        o->finishing.giant = 1;
        return 0;
    case CLI_OPT_EVIDENCE:
        if (!(rc = count_option(cmd, "evidence", arg, &v)))
            o->counting.evidence = (size_t)v;
        return rc;
    case CLI_OPT_MIN_MENTIONS:
        return count_option(cmd, "min-mentions", arg, &o->finishing.min_mentions);
    case CLI_OPT_MIN_COUNT:
        return count_option(cmd, "min-count", arg, &o->finishing.min_count);
    case CLI_OPT_MAX_NODES:
        if (!(rc = count_option(cmd, "max-nodes", arg, &v)))
            o->finishing.max_nodes = (size_t)v;
        return rc;
    case CLI_OPT_TOP_LINKS:
        if (!(rc = count_option(cmd, "top-links", arg, &v)))
            o->finishing.top_links = (size_t)v;
        return rc;
    case CLI_OPT_BACKBONE:
        o->finishing.backbone = strtod(arg, &end);
        if (!*arg || *end || !isfinite(o->finishing.backbone) || o->finishing.backbone <= 0 || o->finishing.backbone > 1)
            return cli_usage_error(cmd, "--backbone needs a significance level in (0, 1], not '%s'", arg);
        return 0;
    case CLI_OPT_LANG:
        return cli_lang_option(cmd, arg, &o->counting.recognize.lang);
    case CLI_OPT_RESOLVE_CAPITALS:
        o->counting.recognize.resolve_capitals = 1;
        return 0;
    case CLI_OPT_SINCE:
        return date_option(cmd, "since", arg, o->counting.since);
    case CLI_OPT_UNTIL:
        return date_option(cmd, "until", arg, o->counting.until);
    case CLI_OPT_JOBS:
        return cli_jobs_option(cmd, arg, &o->counting.recognize.jobs);
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
    if (o->counting.since[0] && o->counting.until[0] && strcmp(o->counting.since, o->counting.until) > 0)
        return cli_usage_error(cmd, "--since %s is after --until %s", o->counting.since, o->counting.until);
    return 0;
}
