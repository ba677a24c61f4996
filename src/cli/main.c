/* main.c: the command table of the ergraph executable. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"entities", cmd_entities, "list every recognized mention (JSON Lines or TSV)"},
    {"build", cmd_build, "build the co-occurrence network as node-link JSON"},
    {"stats", cmd_stats, "centrality statistics of a network (igraph)"},
    {"render", cmd_render, "draw a network as SVG, PNG, PDF, DOT or an HTML page (Graphviz)"},
    {"export", cmd_export, "write a network as GraphML, GEXF, GML, CSV or JSON"},
    {"run", cmd_run, "all of it: graph.json, graph.dot, graph.svg, graph.png, stats.csv"},
};

static void usage(FILE *fp)
{
    fprintf(fp, "usage: ergraph <command> [options] [args]\n\n"
                "Turns news articles into a network of the people, states and organizations\n"
                "they mention, linked when they occur together, and draws it.\n\n"
                "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(fp, "\n'ergraph <command> --help' describes a command; 'ergraph --version' prints the "
                "version.\n");
}

int cli_fail(const erg_error_t *err)
{
    fprintf(stderr, "ergraph: %s\n", err->msg[0] ? err->msg : erg_strerror(err->code));
    return 1;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "ergraph %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n(see 'ergraph %s --help')\n", cmd);
    return 2;
}

int cli_list_add(cli_list_t *l, const char *s)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? 2 * l->cap : 8;
        const char **v = realloc(l->v, nc * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = nc;
    }
    l->v[l->n++] = s;
    return 0;
}

void cli_list_release(cli_list_t *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

long cli_parse_count(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 0)
        return -1;
    return v;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("ergraph %s\n", ERG_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "ergraph: '%s' is not a command (see 'ergraph --help')\n", cmd);
    return 2;
}
