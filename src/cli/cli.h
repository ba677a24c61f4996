/*
 * cli.h: what the subcommands share. Each cmd_* takes argv after the
 * command name (argv[0] is the command) and returns the exit status:
 * 0 success, 1 bad data or a failed operation, 2 bad usage.
 */
#ifndef ERG_CLI_H
#define ERG_CLI_H

#include "ergraph.h"

int cmd_entities(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_count(int argc, char **argv);
int cmd_merge(int argc, char **argv);

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

/* A growable list of borrowed argv strings. */
typedef struct {
    const char **v;
    size_t n, cap;
} cli_list_t;

int cli_list_add(cli_list_t *l, const char *s);
void cli_list_release(cli_list_t *l);

/* Parses a non-negative integer option; -1 when malformed. */
long cli_parse_count(const char *s);

/* The options build and run share, for their getopt_long tables. */
enum {
    CLI_OPT_WINDOW = 256,
    CLI_OPT_GAZETTEER,
    CLI_OPT_KEEP_BYLINES,
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
#define CLI_BUILD_OPTIONS                                                                          \
    {"window", required_argument, NULL, CLI_OPT_WINDOW},                                           \
        {"gazetteer", required_argument, NULL, CLI_OPT_GAZETTEER},                                 \
        {"keep-bylines", no_argument, NULL, CLI_OPT_KEEP_BYLINES},                                 \
        {"evidence", required_argument, NULL, CLI_OPT_EVIDENCE},                                   \
        {"weight", required_argument, NULL, CLI_OPT_WEIGHT},                                       \
        {"count", required_argument, NULL, CLI_OPT_COUNT},                                         \
        {"types", required_argument, NULL, CLI_OPT_TYPES},                                         \
        {"min-mentions", required_argument, NULL, CLI_OPT_MIN_MENTIONS},                           \
        {"min-count", required_argument, NULL, CLI_OPT_MIN_COUNT},                                 \
        {"max-nodes", required_argument, NULL, CLI_OPT_MAX_NODES},                                 \
        {"backbone", required_argument, NULL, CLI_OPT_BACKBONE},                                   \
        {"top-links", required_argument, NULL, CLI_OPT_TOP_LINKS},                                 \
        {"giant", no_argument, NULL, CLI_OPT_GIANT},                                               \
        {"since", required_argument, NULL, CLI_OPT_SINCE},                                         \
        {"until", required_argument, NULL, CLI_OPT_UNTIL},                                         \
        {"lang", required_argument, NULL, CLI_OPT_LANG},                                           \
        {"resolve-capitals", no_argument, NULL, CLI_OPT_RESOLVE_CAPITALS},                         \
        {"jobs", required_argument, NULL, CLI_OPT_JOBS}
/* Help for the options that decide what is counted (build, run, count)
 * and for those applied to the counts (build, run, merge). */
#define CLI_COUNTING_USAGE                                                                         \
    "  --window W           sentence (default), paragraph, document or tokens:N\n"                 \
    "  --count C            windows (default: once per window) or documents (once per article)\n"  \
    "  --types LIST         entity types linked, from person,state,organization,place\n"          \
    "                       (default person,state,organization)\n"                                \
    "  --gazetteer FILE     add a gazetteer (repeatable; later files win)\n"                       \
    "  --keep-bylines       link authors, editors and credited outlets too\n"                      \
    "  --lang id|en|auto    word lists for discovering names (default auto: per article)\n"       \
    "  --resolve-capitals   a capital standing for its government is its state\n"                 \
    "  --evidence N         supporting snippets kept per link (default 3)\n"                       \
    "  --since DATE         only articles dated DATE (yyyy-mm-dd) or later\n"                      \
    "  --until DATE         only articles dated DATE or earlier\n"                                 \
    "  --jobs N             recognize articles on N threads (default: one per core;\n"             \
    "                       the output is the same for any N)\n"
#define CLI_WEIGHTING_USAGE                                                                        \
    "  --weight W           count (default), jaccard, dice, pmi, npmi or association\n"            \
    "pruning, in this order:\n"                                                                    \
    "  --min-mentions N     drop entities mentioned fewer than N times\n"                          \
    "  --min-count N        drop links counted fewer than N times\n"                               \
    "  --max-nodes N        keep the N strongest entities\n"                                       \
    "  --backbone ALPHA     disparity-filter backbone at significance ALPHA (0 < ALPHA <= 1)\n"    \
    "  --top-links K        keep each entity's K strongest links\n"                                \
    "  --giant              keep the largest connected component only\n"
#define CLI_BUILD_USAGE CLI_COUNTING_USAGE CLI_WEIGHTING_USAGE

/* 1 when build option `c` (CLI_OPT_*) decides what is counted, 0 when it
 * weights or prunes the counts. */
int cli_counting_option(int c);

/* Applies option `c` (one of CLI_OPT_*) to `o` or `gaz`: 0 when applied, 2
 * after a usage error (printed), -1 when `c` is not one of them. */
int cli_build_option(const char *cmd, int c, const char *arg, erg_build_opts_t *o, cli_list_t *gaz);

/* Parses --jobs N (1 to 1024) into *jobs: 0, or 2 after a usage error. */
int cli_jobs_option(const char *cmd, const char *arg, size_t *jobs);
/* Parses --lang id|en|auto into *lang: 0, or 2 after a usage error. */
int cli_lang_option(const char *cmd, const char *arg, erg_lang_t *lang);

/* Writes one CSV cell, quoted as RFC 4180 when it holds a comma, quote or
 * line break. */
void cli_csv_cell(FILE *fp, const char *s);

/* Checks the build options together (--since not after --until): 0, or 2
 * after a usage error. */
int cli_build_check(const char *cmd, const erg_build_opts_t *o);

/* Writes each period's network to DIR/graph-PERIOD.json and the table of
 * degree and PageRank per period to DIR/slices.csv. */
int cli_write_slices(const erg_slice_graph_t *s, size_t n, const char *dir, erg_error_t *err);
/* Makes directory `dir` unless it exists; fills err on failure. */
int cli_make_dir(const char *dir, erg_error_t *err);

/* Formats the stats of `g` as "table", "csv" or "json" to `path` ("-" for
 * stdout), sorted by `sort` (descending), at most `top` rows (0: all). */
int cli_write_stats(const erg_graph_t *g, const erg_measures_t *m, const char *format,
                    const char *sort, size_t top, const char *path, erg_error_t *err);
/* Writes only the whole-network summary of `m` in `format` to `path`. */
int cli_write_summary(const erg_measures_t *m, const char *format, const char *path,
                      erg_error_t *err);

#endif
