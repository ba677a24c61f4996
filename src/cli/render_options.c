/* render_options.c: the drawing's options, shared by render and run: one
 * row each gives its getopt_long entry and its help. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name, *value, *help; /* value NULL: a flag */
    int id;
} row_t;

static const row_t rows[] = {
    {"layout", "L", "sfdp (default), neato or fdp", CLI_ROPT_LAYOUT},
    {"size", "MEASURE", "node area: pagerank (default), degree, strength,\n"
                        "betweenness, closeness, eigenvector, mentions or documents", CLI_ROPT_SIZE},
    {"color", "C", "type (default) or community", CLI_ROPT_COLOR},
    {"max-nodes", "N", "draw the N strongest entities by the size measure\n"
                       "(default 150; 0 draws all)", CLI_ROPT_MAX_NODES},
    {"labels", "N", "label the N strongest drawn entities, the others only in\n"
                    "the page (default 60; 0 labels all)", CLI_ROPT_LABELS},
    {"backbone", "ALPHA", "draw only the links of the disparity backbone at\n"
                          "significance ALPHA (0 < ALPHA <= 1)", CLI_ROPT_BACKBONE},
    {"giant", NULL, "draw only the largest connected part", CLI_ROPT_GIANT},
    {"focus", "NAME", "draw only NAME and the entities near it", CLI_ROPT_FOCUS},
    {"depth", "N", "with --focus: within N links of it (default 1)", CLI_ROPT_DEPTH},
    {"names", "WHICH", "auto (default: local for an Indonesian corpus, else\n"
                       "canonical), canonical, local (\"Korea Utara\") or short (\"KPK\")",
     CLI_ROPT_NAMES},
    {"paper", "P", "a PDF's page, landscape: a4 (default) or letter", CLI_ROPT_PAPER},
    {"title", "TEXT", "the title (default: the input folder's own name)", CLI_ROPT_TITLE},
    {"caption", "TEXT", "a line of your own under the title (a source, a credit)", CLI_ROPT_CAPTION},
};
#define NROWS (sizeof rows / sizeof rows[0])

/* run's --max-nodes, --backbone and --giant are the build's, which prune
 * the network itself. */
static int builds_own(int id)
{
    return id == CLI_ROPT_MAX_NODES || id == CLI_ROPT_BACKBONE || id == CLI_ROPT_GIANT;
}

size_t cli_render_getopt(struct option *opts, size_t n, int with_max_nodes)
{
    for (size_t i = 0; i < NROWS; i++)
        if (with_max_nodes || !builds_own(rows[i].id))
            opts[n++] = (struct option){rows[i].name,
                                        rows[i].value ? required_argument : no_argument, NULL,
                                        rows[i].id};
    opts[n++] = (struct option){"colour", required_argument, NULL, CLI_ROPT_COLOR};
    return n;
}

void cli_render_help(FILE *fp, int with_max_nodes)
{
    for (size_t i = 0; i < NROWS; i++) {
        const row_t *r = &rows[i];
        if (!with_max_nodes && builds_own(r->id))
            continue;
        char name[64];
        snprintf(name, sizeof name, "--%s%s%s", r->name, r->value ? " " : "",
                 r->value ? r->value : "");
        const char *p = r->help;
        for (int first = 1; *p; first = 0) {
            const char *nl = strchr(p, '\n');
            int len = nl ? (int)(nl - p) : (int)strlen(p);
            fprintf(fp, "  %-19s  %.*s\n", first ? name : "", len, p);
            p += len + (nl != NULL);
        }
    }
}

int cli_render_option(const char *cmd, int c, const char *arg, erg_render_opts_t *ro)
{
    long v;
    switch (c) {
    case CLI_ROPT_LAYOUT: ro->layout = arg; return 0;
    case CLI_ROPT_SIZE: ro->size_by = arg; return 0;
    case CLI_ROPT_TITLE: ro->title = arg; return 0;
    case CLI_ROPT_FOCUS: ro->focus = arg; return 0;
    case CLI_ROPT_GIANT: ro->giant = 1; return 0;
    case CLI_ROPT_BACKBONE: {
        char *end;
        double a = strtod(arg, &end);
        if (end == arg || *end || !(a > 0 && a <= 1))
            return cli_usage_error(cmd, "--backbone needs a significance level in (0, 1], not '%s'",
                                   arg);
        ro->backbone = a;
        return 0;
    }
    case CLI_ROPT_DEPTH:
        if ((v = cli_parse_count(arg)) < 1)
            return cli_usage_error(cmd, "--depth needs a count of 1 or more, not '%s'", arg);
        ro->depth = (size_t)v;
        return 0;
    case CLI_ROPT_CAPTION: ro->caption = arg; return 0;
    case CLI_ROPT_NAMES:
        if ((v = erg_names_parse(arg)) < 0)
            return cli_usage_error(cmd, "unknown names '%s' (use auto, canonical, local or short)", arg);
        ro->names = (erg_names_t)v;
        return 0;
    case CLI_ROPT_PAPER:
        if (strcmp(arg, "a4") == 0 || strcmp(arg, "letter") == 0)
            ro->paper = arg[0] == 'a' ? ERG_PAPER_A4 : ERG_PAPER_LETTER;
        else
            return cli_usage_error(cmd, "unknown paper '%s' (use a4 or letter)", arg);
        return 0;
    case CLI_ROPT_COLOR:
        if (strcmp(arg, "type") == 0)
            ro->color_by = ERG_COLOR_TYPE;
        else if (strcmp(arg, "community") == 0)
            ro->color_by = ERG_COLOR_COMMUNITY;
        else
            return cli_usage_error(cmd, "unknown colouring '%s' (use type or community)", arg);
        return 0;
    case CLI_ROPT_MAX_NODES:
    case CLI_ROPT_LABELS:
        if ((v = cli_parse_count(arg)) < 0)
            return cli_usage_error(cmd, "%s needs a count, not '%s'",
                                   c == CLI_ROPT_LABELS ? "--labels" : "--max-nodes", arg);
        *(c == CLI_ROPT_LABELS ? &ro->max_labels : &ro->max_nodes) = (size_t)v;
        return 0;
    }
    return -1;
}

int cli_render_check(const char *cmd, const erg_render_opts_t *ro)
{
    const char *l = ro->layout;
    if (strcmp(l, "circo") == 0 || strcmp(l, "twopi") == 0 || strcmp(l, "dot") == 0)
        return cli_usage_error(cmd, "layout '%s' is not offered: it loses its shape once nodes "
                                    "are kept apart (use sfdp, neato or fdp)", l);
    if (!erg_layout_valid(ro->layout))
        return cli_usage_error(cmd, "unknown layout '%s' (use sfdp, neato or fdp)", ro->layout);
    if (!erg_size_valid(ro->size_by))
        return cli_usage_error(cmd, "unknown measure '%s'", ro->size_by);
    if (ro->depth && !ro->focus)
        return cli_usage_error(cmd, "--depth goes with --focus NAME");
    return 0;
}
