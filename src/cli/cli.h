/*
 * cli.h: what the subcommands share. Each cmd_* takes argv after the
 * command name (argv[0] is the command) and returns the exit status:
 * 0 success, 1 bad data or a failed operation, 2 bad usage.
 */
#ifndef ERG_CLI_H
#define ERG_CLI_H

#include "../ergraph.h"

int cmd_entities(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_run(int argc, char **argv);

/* Prints "ergraph: MSG" on stderr and returns 1. */
int cli_fail(const erg_error_t *err);
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
enum { CLI_OPT_WINDOW = 256, CLI_OPT_GAZETTEER, CLI_OPT_KEEP_BYLINES, CLI_OPT_EVIDENCE };
#define CLI_BUILD_OPTIONS                                                                          \
    {"window", required_argument, NULL, CLI_OPT_WINDOW},                                           \
        {"gazetteer", required_argument, NULL, CLI_OPT_GAZETTEER},                                 \
        {"keep-bylines", no_argument, NULL, CLI_OPT_KEEP_BYLINES},                                 \
        {"evidence", required_argument, NULL, CLI_OPT_EVIDENCE}
#define CLI_BUILD_USAGE                                                                            \
    "  --window W           sentence (default), paragraph or document\n"                           \
    "  --gazetteer FILE     add a gazetteer (repeatable; later files win)\n"                       \
    "  --keep-bylines       link authors, editors and credited outlets too\n"                      \
    "  --evidence N         supporting snippets kept per link (default 3)\n"

/* Applies option `c` (one of CLI_OPT_*) to `o` or `gaz`: 0 when applied, 2
 * after a usage error (printed), -1 when `c` is not one of them. */
int cli_build_option(const char *cmd, int c, const char *arg, erg_build_opts_t *o, cli_list_t *gaz);

/* Formats the stats of `g` as "table", "csv" or "json" to `path` ("-" for
 * stdout), sorted by `sort` (descending), at most `top` rows (0: all). */
int cli_write_stats(const erg_graph_t *g, const erg_measures_t *m, const char *format,
                    const char *sort, size_t top, const char *path, erg_error_t *err);

#endif
