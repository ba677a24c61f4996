/* main.c: the command table of the ergraph executable. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <signal.h>
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
    {"explain", cmd_explain, "why two entities are linked: count, weight, articles, sentences"},
    {"run", cmd_run, "all of it: graph.json, graph.dot, graph.svg, graph.png, stats.csv"},
    {"count", cmd_count, "count one shard of a corpus into a part, for merge (map step)"},
    {"merge", cmd_merge, "merge the parts of count into the network build would give"},
};

static void usage(FILE *fp)
{
    fprintf(fp, "usage: ergraph <command> [options] [args]\n\n"
                "Turns news articles into a network of the people, states and organizations\n"
                "they mention, linked when they occur together, and draws it.\n\n"
                "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(fp, "\nEvery command also takes --strict: a bad article or file (binary, malformed\n"
                "JSON, invalid UTF-8, unreadable) is then an error instead of a warning.\n"
                "And --follow: a symbolic link in an input folder that leads out of it is\n"
                "followed (by default it is skipped with a warning).\n"
                "\n'ergraph <command> --help' describes a command; 'ergraph --version' prints the "
                "version.\n");
}

/* An interrupted run leaves no temporary output behind, then dies of the
 * same signal so the caller sees why. */
static void on_signal(int sig)
{
    erg_remove_temp_files();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
    /* past a file-size limit, let write() fail with EFBIG and report it */
    signal(SIGXFSZ, SIG_IGN);
}

/* Removes every `flag` (before a "--") from argv; 1 when there was one. */
static int take_flag(int *argc, char **argv, const char *flag)
{
    int found = 0, j = 1;
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            while (i < *argc)
                argv[j++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], flag) == 0)
            found = 1;
        else
            argv[j++] = argv[i];
    }
    *argc = j;
    argv[j] = NULL;
    return found;
}

/* One line at the end of a run that skipped anything. */
static void skip_summary(void)
{
    size_t f = erg_skipped(ERG_SKIP_FILE), a = erg_skipped(ERG_SKIP_ARTICLE);
    if (!f && !a)
        return;
    fprintf(stderr, "ergraph: warning: skipped ");
    if (f)
        fprintf(stderr, "%zu file%s%s", f, f == 1 ? "" : "s", a ? " and " : "");
    if (a)
        fprintf(stderr, "%zu article%s", a, a == 1 ? "" : "s");
    fprintf(stderr, " (see the warnings above; --strict makes them errors)\n");
}

int cli_fail(const erg_error_t *err)
{
    fprintf(stderr, "ergraph: %s\n", err->msg[0] ? err->msg : erg_strerror(err->code));
    return 1;
}

/* Exact betweenness and closeness search from every node: about n (n + m)
 * steps. Past this many, the CLI estimates them from sampled sources
 * instead, so that no command runs for hours unasked (--exact overrides). */
#define CLI_PATH_BUDGET 1e8

int cli_load_network(const char *path, const erg_measures_opts_t *mo, int exact, erg_graph_t *g,
                     erg_measures_t *m, erg_error_t *err)
{
    erg_measures_init(m);
    int rc = erg_graph_read_json(g, path, err);
    if (rc)
        return rc;
    erg_measures_opts_t o;
    if (mo)
        o = *mo;
    else
        erg_measures_opts_init(&o);
    unsigned long paths = 1UL << ERG_M_BETWEENNESS | 1UL << ERG_M_BETWEENNESS_UNWEIGHTED |
                          1UL << ERG_M_CLOSENESS | 1UL << ERG_M_CLOSENESS_UNWEIGHTED |
                          1UL << ERG_M_HARMONIC | 1UL << ERG_M_HARMONIC_UNWEIGHTED;
    double n = (double)g->nnodes, size = n + (double)g->nlinks;
    if (!exact && n * size > CLI_PATH_BUDGET && (!o.want || (o.want & paths))) {
        size_t k = (size_t)(CLI_PATH_BUDGET / size);
        if (k < 20)
            k = 20;
        int bw = !o.betweenness_sample && !(o.betweenness_cutoff > 0);
        if (bw)
            o.betweenness_sample = k;
        if (!o.closeness_sample)
            o.closeness_sample = k;
        fprintf(stderr, "ergraph: warning: '%s' has %zu nodes and %zu links: %s estimated from "
                "%zu sampled nodes (--exact for exact values)\n", path, g->nnodes, g->nlinks,
                 bw ? "betweenness and closeness" : "closeness", k);
    }
    if ((rc = erg_measures_compute_opts(g, &o, m, err))) {
        erg_measures_release(m);
        erg_graph_release(g);
    }
    return rc;
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

/* A command that wrote all it had to standard output (--help, explain)
 * still fails if the writing did: a full disk, a closed pipe. */
static int stdout_status(int status)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return status;
    if (status == 0) /* else the failure was already reported */
        fprintf(stderr, "ergraph: cannot write to standard output: %s\n", strerror(errno));
    return status ? status : 1;
}

int main(int argc, char **argv)
{
    install_signals();
    erg_set_strict(take_flag(&argc, argv, "--strict"));
    erg_set_follow_links(take_flag(&argc, argv, "--follow"));
    erg_set_guard_inputs(1);
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return stdout_status(0);
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("ergraph %s\n", ERG_VERSION);
        return stdout_status(0);
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(cmd, commands[i].name) == 0) {
            int status = commands[i].fn(argc - 1, argv + 1);
            skip_summary();
            return stdout_status(status);
        }
    }
    fprintf(stderr, "ergraph: '%s' is not a command (see 'ergraph --help')\n", cmd);
    return 2;
}
