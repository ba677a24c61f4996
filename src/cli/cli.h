/*
 * cli.h: what the subcommands share. Each cmd_* takes argv after the
 * command name (argv[0] is the command) and returns the exit status:
 * 0 success, 1 bad data or a failed operation, 2 bad usage.
 */
#ifndef ERG_CLI_H
#define ERG_CLI_H

#include "ergraph.h"

#include <getopt.h>
#include <stdio.h>

int cmd_entities(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_count(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_kwic(int argc, char **argv);

/* Prints "ergraph: MSG" on stderr and returns 1. */
int cli_fail(const erg_error_t *err);
/* Reads the network at `path` into *g and computes into *m the measures
 * `mo` selects (NULL: all). Unless `exact`, betweenness and closeness of a
 * large network (n (n + m) over 10^8) are estimated from sampled nodes,
 * with a warning, where `mo` does not already say how. On failure nothing
 * is left to release. */
int cli_load_network(const char *path, const erg_measures_opts_t *mo, int exact, erg_graph_t *g,
                     erg_measures_t *m, erg_error_t *err);
/* Prints "ergraph CMD: MSG" and a hint on stderr and returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...);
/* The usage error for an unknown option `arg`, with the closest long option
 * of `opts` when it looks like a typo ("did you mean '--format'?"). */
int cli_unknown_option(const char *cmd, const struct option *opts, const char *arg);

/* A growable list of borrowed argv strings. */
typedef struct {
    const char **v;
    size_t n, cap;
} cli_list_t;

int cli_list_add(cli_list_t *l, const char *s);
void cli_list_release(cli_list_t *l);

/* Parses a non-negative integer option; -1 when malformed. */
long cli_parse_count(const char *s);

/* The build options: what is counted (build, run, count) and what is done
 * with the counts (build, run, merge). Each is one row of the table in
 * build_options.c, which gives its getopt_long entry, its help and its
 * group; the library's own table (network/options.c) records them. */
enum { CLI_COUNTING = 1, CLI_FINISHING = 2 };
enum {
    CLI_OPT_WINDOW = 256,
    CLI_OPT_GAZETTEER,
    CLI_OPT_KEEP_BYLINES,
    CLI_OPT_KEEP_SOURCES,
    CLI_OPT_EVIDENCE,
    CLI_OPT_WEIGHT,
    CLI_OPT_COUNT,
    CLI_OPT_TYPES,
    CLI_OPT_MIN_MENTIONS,
    CLI_OPT_MIN_COUNT,
    CLI_OPT_MAX_NODES,
    CLI_OPT_BACKBONE,
    CLI_OPT_TOP_LINKS,
    CLI_OPT_GIANT,
    CLI_OPT_SINCE,
    CLI_OPT_UNTIL,
    CLI_OPT_LANG,
    CLI_OPT_RESOLVE_CAPITALS,
    CLI_OPT_JOBS
};
/* Room for a command's own options and every build option. */
#define CLI_MAX_OPTIONS 40

/* Appends the getopt_long entries of every build option to opts[n..] and
 * returns the new count (every group: a command tells the user which
 * command takes an option of the other group). */
size_t cli_build_getopt(struct option *opts, size_t n);
/* Prints the help lines of the build options of `groups` (CLI_COUNTING,
 * CLI_FINISHING or both), counting ones first. */
void cli_build_help(FILE *fp, unsigned groups);
/* Prints a command's usage: `head`, the build options of `groups`, `tail`. */
void cli_usage(FILE *fp, const char *head, unsigned groups, const char *tail);
/* CLI_COUNTING or CLI_FINISHING for a build option CLI_OPT_*, else 0. */
unsigned cli_option_group(int c);

/* Applies option `c` (one of CLI_OPT_*) to `o` or `gaz`: 0 when applied, 2
 * after a usage error (printed), -1 when `c` is not one of them. */
int cli_build_option(const char *cmd, int c, const char *arg, erg_build_opts_t *o, cli_list_t *gaz);

/* The drawing's options (render, run): each one row of render_options.c. */
enum {
    CLI_ROPT_LAYOUT = 320,
    CLI_ROPT_SIZE,
    CLI_ROPT_COLOR,
    CLI_ROPT_MAX_NODES,
    CLI_ROPT_LABELS,
    CLI_ROPT_TITLE,
    CLI_ROPT_CAPTION,
    CLI_ROPT_NAMES,
    CLI_ROPT_PAPER,
    CLI_ROPT_BACKBONE,
    CLI_ROPT_GIANT,
    CLI_ROPT_FOCUS,
    CLI_ROPT_DEPTH
};
/* Appends the getopt_long entries of the drawing's options to opts[n..]
 * (--max-nodes only `with_max_nodes`: run's --max-nodes is the build's) and
 * returns the new count. */
size_t cli_render_getopt(struct option *opts, size_t n, int with_max_nodes);
/* Prints their help lines. */
void cli_render_help(FILE *fp, int with_max_nodes);
/* Applies option `c` (one of CLI_ROPT_*) to `ro`: 0 when applied, 2 after a
 * usage error (printed), -1 when `c` is not one of them. */
int cli_render_option(const char *cmd, int c, const char *arg, erg_render_opts_t *ro);
/* Checks the layout and size measure: 0, or 2 after a usage error. */
int cli_render_check(const char *cmd, const erg_render_opts_t *ro);

/* Parses --jobs N (1 to 1024) into *jobs: 0, or 2 after a usage error. */
int cli_jobs_option(const char *cmd, const char *arg, size_t *jobs);
/* Parses --lang id|en|auto into *lang: 0, or 2 after a usage error. */
int cli_lang_option(const char *cmd, const char *arg, erg_lang_t *lang);

/* Writes one CSV cell, quoted as RFC 4180 when it holds a comma, quote or
 * line break, and neutralised when a spreadsheet would run it (erg_csv_cell). */
void cli_csv_cell(FILE *fp, const char *s);

/* Checks the build options together (--since not after --until): 0, or 2
 * after a usage error. */
int cli_build_check(const char *cmd, const erg_build_opts_t *o);

/* Writes each period's network to DIR/graph-PERIOD.json and the table of
 * degree and PageRank per period to DIR/slices.csv. */
int cli_write_slices(const erg_slice_graph_t *s, size_t n, const char *dir, erg_error_t *err);
/* Makes directory `dir` unless it exists; fills err on failure. */
int cli_make_dir(const char *dir, erg_error_t *err);

/* Formats the stats of `g` as "table" (the main measures and `sort`, in 100
 * columns), "wide" (every measure computed), "csv" or "json" to `path`
 * ("-" for stdout), sorted by `sort` (descending), at most `top` rows (0:
 * all). */
int cli_write_stats(const erg_graph_t *g, const erg_measures_t *m, const char *format,
                    const char *sort, size_t top, const char *path, erg_error_t *err);
/* Writes only the whole-network summary of `m` in `format` to `path`. */
int cli_write_summary(const erg_measures_t *m, const char *format, const char *path,
                      erg_error_t *err);

#endif
