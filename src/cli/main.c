/* main.c: the command table of the ergraph executable. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
    const char *examples; /* printed at the end of the command's --help */
} commands[] = {
    {"entities", cmd_entities, "list every recognized mention (JSON Lines or TSV)",
     "  ergraph entities corpus/ --format tsv -o mentions.tsv\n"
     "  ergraph entities article.txt --no-tagger\n"},
    {"build", cmd_build, "build the co-occurrence network as node-link JSON",
     "  ergraph build corpus/ -o graph.json\n"
     "  ergraph build corpus/ --window paragraph --min-count 2 -o graph.json\n"},
    {"stats", cmd_stats, "centrality statistics of a network (igraph)",
     "  ergraph stats graph.json --top 20\n"
     "  ergraph stats graph.json --format csv -o stats.csv\n"},
    {"render", cmd_render, "draw a network as SVG, PNG, PDF, DOT or an HTML page (Graphviz)",
     "  ergraph render graph.json -o graph.svg\n"
     "  ergraph render graph.json -o graph.html\n"},
    {"export", cmd_export, "write a network as GraphML, GEXF, GML, CSV, JSON or VOSviewer JSON",
     "  ergraph export graph.json -o graph.gexf\n"
     "  ergraph export graph.json -o graph.csv --excel\n"},
    {"explain", cmd_explain, "why two entities are linked: count, weight, articles, sentences",
     "  ergraph explain graph.json \"kim jong un\" putin\n"},
    {"kwic", cmd_kwic, "every mention of one entity in its context (a concordance)",
     "  ergraph kwic \"Kim Jong Un\" corpus/\n"
     "  ergraph kwic Putin corpus/ --format tsv -o putin.tsv\n"},
    {"run", cmd_run, "all of it: graph.json, graph.dot, graph.svg, graph.png, stats.csv",
     "  ergraph run corpus/ --outdir out/\n"},
    {"count", cmd_count, "count one shard of a corpus into a part, for merge (map step)",
     "  ergraph count corpus/2024/ -o 2024.part\n"
     "  ergraph count corpus/2025/ -o 2025.part\n"},
    {"merge", cmd_merge, "merge the parts of count into the network build would give",
     "  ergraph merge 2024.part 2025.part -o graph.json\n"},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *fp)
{
    fprintf(fp, "usage: ergraph <command> [options] [args]\n\n"
                "Turns news articles into a network of the people, states and organizations\n"
                "they mention, linked when they occur together, and draws it.\n\n"
                "commands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(fp, "\nEvery command also takes --strict: a bad article or file (binary, malformed\n"
                "JSON, invalid UTF-8, unreadable) is then an error instead of a warning;\n"
                "--follow: a symbolic link in an input folder that leads out of it is\n"
                "followed (by default it is skipped with a warning); and\n"
                "--quiet: no progress line (shown on a terminal when reading takes over a\n"
                "second: articles, MB and MB/s) and no count of files of other kinds skipped;\n"
                "--verbose: the time of each stage on standard error at the end. entities, build, run, count and kwic take\n"
                "--inputs-from FILE: the inputs listed in FILE, one path a line (- for stdin).\n"
                "\n'ergraph help <command>' (or 'ergraph <command> --help') describes a command;\n"
                "'ergraph --version' prints the version.\n\n"
                "examples:\n"
                "  ergraph run corpus/ --outdir out/\n"
                "  ergraph help build\n");
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

/* --inputs-from FILE for the commands that read a corpus: FILE's lines
 * (empty ones aside; - reads them from standard input) are added after the
 * arguments, behind a "--" so that a path beginning with '-' is a path.
 * On success *argv is the new array, `args` below, kept to the exit with
 * the lines it holds. 0, or the exit status after an error. */
static cli_list_t args;

static int expand_inputs_from(int *argc, char ***argv)
{
    const char *cmd = (*argv)[1], *from = NULL;
    if (strcmp(cmd, "entities") != 0 && strcmp(cmd, "build") != 0 && strcmp(cmd, "run") != 0 &&
        strcmp(cmd, "kwic") != 0)
        return 0; /* count reads its own --inputs-from */
    int dashes = 0, rc = 0;
    for (int i = 0; i < *argc && !rc; i++) {
        const char *a = (*argv)[i];
        if (!dashes && i > 1 && strcmp(a, "--inputs-from") == 0) {
            if (i + 1 >= *argc)
                rc = cli_usage_error(cmd, "option '--inputs-from' needs a value");
            from = (*argv)[++i];
        } else if (!dashes && i > 1 && strncmp(a, "--inputs-from=", 14) == 0) {
            from = a + 14;
        } else {
            dashes |= i > 1 && strcmp(a, "--") == 0;
            rc = cli_list_add(&args, a) ? cli_usage_error(cmd, "out of memory") : 0;
        }
    }
    if (!rc && from) {
        FILE *fp = strcmp(from, "-") == 0 ? stdin : fopen(from, "r");
        char *line = NULL;
        size_t cap = 0, before = args.n;
        ssize_t n;
        if (!fp) {
            fprintf(stderr, "ergraph: cannot open '%s': %s\n", from, strerror(errno));
            rc = 1;
        }
        if (!rc && !dashes && cli_list_add(&args, "--"))
            rc = cli_usage_error(cmd, "out of memory");
        while (!rc && (n = getline(&line, &cap, fp)) >= 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                line[--n] = 0;
            char *copy = n ? strdup(line) : NULL;
            if (n && (!copy || cli_list_add(&args, copy)))
                rc = cli_usage_error(cmd, "out of memory");
        }
        if (!rc && ferror(fp)) {
            fprintf(stderr, "ergraph: cannot read '%s': %s\n", from, strerror(errno));
            rc = 1;
        }
        if (!rc && args.n == before + !dashes)
            rc = cli_usage_error(cmd, "no input given ('%s' names none)", from);
        free(line);
        if (fp && fp != stdin)
            fclose(fp);
    }
    if (!rc && from && !cli_list_add(&args, NULL)) {
        *argc = (int)args.n - 1;
        *argv = (char **)args.v;
        return 0;
    }
    cli_list_release(&args);
    return rc;
}

/* Progress on a terminal: after `delay` seconds (1, or
 * $ERGRAPH_PROGRESS_DELAY), at most ten times a second, one line rewritten
 * in place; the last numbers stay when the corpus is read. A warning
 * clears the line first, so that the two do not mix. */
static struct {
    double start, last, delay;
    int shown;
} progress;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void on_progress(void *ctx, size_t articles, size_t bytes, int done)
{
    (void)ctx;
    double t = now(), secs = t - progress.start, mb = (double)bytes / 1e6;
    if (done ? !progress.shown
             : secs < progress.delay || (progress.shown && t - progress.last < 0.1))
        return;
    fprintf(stderr, "\rergraph: %zu article%s, %.1f MB, %.1f MB/s%s", articles,
            articles == 1 ? "" : "s", mb, secs > 0 ? mb / secs : 0.0, done ? "\n" : "\033[K");
    progress.shown = !done;
    progress.last = t;
}

static void on_warning(const char *msg, void *ctx)
{
    (void)ctx;
    if (progress.shown)
        fputs("\r\033[K", stderr);
    progress.shown = 0;
    fprintf(stderr, "ergraph: warning: %s\n", msg);
}

static void start_progress(void)
{
    const char *d = getenv("ERGRAPH_PROGRESS_DELAY");
    progress.delay = d && *d ? atof(d) : 1.0;
    progress.start = now();
    erg_set_progress(on_progress, NULL);
    erg_set_warning_handler(on_warning, NULL);
}

static void print_stage(void *ctx, const char *stage, double seconds, size_t calls)
{
    (void)ctx, (void)calls;
    int threads = strcmp(stage, "recognize") == 0;
    fprintf(stderr, "ergraph: time %-12s %9.3f s%s\n", stage, seconds,
            threads ? " (summed over its threads)" : "");
}

/* --verbose: the time of each stage, then the whole run's. */
static void timing_summary(double start)
{
    erg_timing_each(print_stage, NULL);
    fprintf(stderr, "ergraph: time %-12s %9.3f s\n", "total", now() - start);
}

/* One line at the end of a run that skipped anything; files of other
 * kinds after a run that went well (a failed one named them) and not
 * with --quiet, since they are no bad input. */
static void skip_summary(int quiet, int status)
{
    size_t o = erg_skipped(ERG_SKIP_OTHER);
    if (o && !quiet && status == 0)
        fprintf(stderr, "ergraph: skipped %zu file%s of other kinds (%s): articles are .txt, .md, "
                        ".json, .jsonl, .html or .htm files\n", o, o == 1 ? "" : "s", erg_skipped_kinds());
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

/* The optimal string alignment distance of a and b (insertions, deletions,
 * substitutions, transpositions of neighbours), for "did you mean";
 * words over 63 bytes count as far from everything. */
static size_t distance(const char *a, size_t la, const char *b)
{
    size_t lb = strlen(b), d[64][64];
    if (la > 63 || lb > 63)
        return (size_t)-1;
    for (size_t i = 0; i <= la; i++)
        for (size_t j = 0; j <= lb; j++) {
            if (!i || !j) {
                d[i][j] = i + j;
                continue;
            }
            size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

/* The one of names[0..n) closest to word[0..len), if close enough to be a
 * typo: at most 2 edits, and fewer than half its letters; else NULL. */
static const char *closest(const char *word, size_t len, const char *const *names, size_t n)
{
    const char *best = NULL;
    size_t bestd = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t d = distance(word, len, names[i]);
        if (d < bestd)
            bestd = d, best = names[i];
    }
    return best && bestd <= 2 && 2 * bestd < len ? best : NULL;
}

int cli_unknown_option(const char *cmd, const struct option *opts, const char *arg)
{
    const char *names[CLI_MAX_OPTIONS];
    size_t n = 0;
    for (; opts[n].name && n < CLI_MAX_OPTIONS; n++)
        names[n] = opts[n].name;
    if (strncmp(arg, "--", 2) == 0) {
        const char *hint = closest(arg + 2, strcspn(arg + 2, "="), names, n);
        if (hint)
            return cli_usage_error(cmd, "unknown option '%s' (did you mean '--%s'?)", arg, hint);
    }
    return cli_usage_error(cmd, "unknown option '%s'", arg);
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
    int quiet = take_flag(&argc, argv, "--quiet");
    int verbose = take_flag(&argc, argv, "--verbose");
    double started = now();
    erg_set_timing(verbose);
    if (!quiet && isatty(STDERR_FILENO))
        start_progress();
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    int rc = expand_inputs_from(&argc, &argv);
    if (rc)
        return rc;
    const char *cmd = argv[1];
    int help = 0;
    static char help_arg[] = "--help";
    char *help_args[] = {argv[0], argv[1], help_arg, NULL};
    if (strcmp(cmd, "help") == 0 && argc > 2) {
        /* 'ergraph help CMD' is 'ergraph CMD --help' */
        help_args[1] = argv[2];
        argv = help_args;
        argc = 3;
        cmd = argv[1];
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return stdout_status(0);
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("ergraph %s\n", ERG_VERSION);
        return stdout_status(0);
    }
    for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
        help |= strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0;
    for (size_t i = 0; i < NCOMMANDS; i++) {
        if (strcmp(cmd, commands[i].name) == 0) {
            int status = commands[i].fn(argc - 1, argv + 1);
            if (help && status == 0)
                printf("\nexamples:\n%s", commands[i].examples);
            skip_summary(quiet, status);
            if (verbose && !help)
                timing_summary(started);
            return stdout_status(status);
        }
    }
    const char *names[NCOMMANDS];
    for (size_t i = 0; i < NCOMMANDS; i++)
        names[i] = commands[i].name;
    const char *hint = closest(cmd, strlen(cmd), names, NCOMMANDS);
    if (hint)
        fprintf(stderr, "ergraph: '%s' is not a command; did you mean '%s'? (see 'ergraph --help')\n", cmd, hint);
    else
        fprintf(stderr, "ergraph: '%s' is not a command (see 'ergraph --help')\n", cmd);
    return 2;
}
