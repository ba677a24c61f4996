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

/* Formats the stats of `g` as "table", "csv" or "json" to `path` ("-" for
 * stdout), sorted by `sort` (descending), at most `top` rows (0: all). */
int cli_write_stats(const erg_graph_t *g, const erg_measures_t *m, const char *format,
                    const char *sort, size_t top, const char *path, erg_error_t *err);

#endif
