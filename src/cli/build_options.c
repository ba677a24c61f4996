/* build_options.c: the options build and run share. */
#include "cli.h"

int cli_build_option(const char *cmd, int c, const char *arg, erg_build_opts_t *o, cli_list_t *gaz)
{
    long v;
    switch (c) {
    case CLI_OPT_WINDOW:
        if ((v = erg_window_parse(arg)) < 0)
            return cli_usage_error(cmd, "unknown window '%s' (use sentence, paragraph or document)", arg);
        o->window = (erg_window_t)v;
        return 0;
    case CLI_OPT_GAZETTEER:
        return cli_list_add(gaz, arg) ? cli_usage_error(cmd, "out of memory") : 0;
    case CLI_OPT_KEEP_BYLINES:
        o->keep_bylines = 1;
        return 0;
    case CLI_OPT_EVIDENCE:
        if ((v = cli_parse_count(arg)) < 0)
            return cli_usage_error(cmd, "--evidence needs a count, not '%s'", arg);
        o->evidence = (size_t)v;
        return 0;
    default:
        return -1;
    }
}
