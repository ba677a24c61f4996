/* cmd_count.c: ergraph count: one shard of a corpus -> a part, the partial
 * counts ergraph merge adds up (the map step; doc/method.md, "Shards"). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_head[] =
    "usage: ergraph count [options] INPUT... -o PART\n"
    "       ergraph count [options] --inputs-from FILE -o PART\n\n"
    "Recognizes and counts the articles of one shard of a corpus like build, and\n"
    "writes the counts as a part (JSON Lines): its articles, entities, links with\n"
    "their articles and evidence, and dates. 'ergraph merge' adds parts up into the\n"
    "network one build over all their inputs would give; weights and pruning are\n"
    "the merge's options.\n\n"
    "options:\n"
    "  -o, --output FILE    the part (- for standard output)\n"
    "  --inputs-from FILE   read inputs from FILE, one path per line (- for standard\n"
    "                       input), after those on the command line\n";
static const char usage_tail[] =
    "  -h, --help           show this help\n";

enum { OPT_INPUTS_FROM = 1000 };

/* Appends the lines of `path` (empty ones aside) to `in`; *lines keeps them
 * for freeing. */
static int read_inputs(const char *path, cli_list_t *in, cli_list_t *lines)
{
    int use_stdin = strcmp(path, "-") == 0;
    FILE *fp = use_stdin ? stdin : fopen(path, "r");
    if (!fp) {
        fprintf(stderr, "ergraph: cannot open '%s': %s\n", path, strerror(errno));
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, fp)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (!n)
            continue;
        char *copy = strdup(line);
        if (!copy || cli_list_add(lines, copy) || cli_list_add(in, copy)) {
            free(copy);
            rc = cli_usage_error("count", "out of memory");
        }
    }
    if (!rc && ferror(fp)) {
        fprintf(stderr, "ergraph: cannot read '%s': %s\n", path, strerror(errno));
        rc = 1;
    }
    free(line);
    if (!use_stdin)
        fclose(fp);
    return rc;
}

static int count(const cli_list_t *gaz, const cli_list_t *in, const erg_build_opts_t *bo,
                 const char *output)
{
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    int rc = erg_gazetteer_open(&g, gaz->v, gaz->n, &err);
    if (!rc)
        rc = erg_count_part(g, in->v, in->n, bo, output, &err);
    erg_gazetteer_free(g);
    return rc ? cli_fail(&err) : 0;
}

int cmd_count(int argc, char **argv)
{
    struct option opts[CLI_MAX_OPTIONS];
    size_t no = 0;
    opts[no++] = (struct option){"output", required_argument, NULL, 'o'};
    opts[no++] = (struct option){"inputs-from", required_argument, NULL, OPT_INPUTS_FROM};
    no = cli_build_getopt(opts, no);
    opts[no++] = (struct option){"help", no_argument, NULL, 'h'};
    opts[no] = (struct option){NULL, 0, NULL, 0};
    cli_list_t gaz = {0}, in = {0}, lines = {0};
    erg_build_opts_t bo;
    erg_build_opts_init(&bo);
    const char *output = NULL, *from = NULL;
    int c, li = 0, status = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, &li)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case OPT_INPUTS_FROM: from = optarg; break;
        case 'h': cli_usage(stdout, usage_head, CLI_COUNTING, usage_tail); cli_list_release(&gaz); return 0;
        case ':': status = cli_usage_error("count", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if (cli_option_group(c) == CLI_FINISHING)
                status = cli_usage_error("count", "'--%s' applies to the merged counts: give it to 'ergraph merge'", opts[li].name);
            else if ((status = cli_build_option("count", c, optarg, &bo, &gaz)) < 0)
                status = cli_unknown_option("count", opts, argv[optind - 1]);
        }
    }
    for (int i = optind; !status && i < argc; i++)
        if (cli_list_add(&in, argv[i]))
            status = cli_usage_error("count", "out of memory");
    if (!status && from)
        status = read_inputs(from, &in, &lines);
    if (!status && !in.n)
        status = from ? cli_usage_error("count", "no input given ('%s' names none)", from)
                      : cli_usage_error("count", "no input given");
    if (!status && !output)
        status = cli_usage_error("count", "no output given (-o PART)");
    if (!status)
        status = cli_build_check("count", &bo);
    if (!status)
        status = count(&gaz, &in, &bo, output);
    for (size_t i = 0; i < lines.n; i++)
        free((char *)lines.v[i]);
    cli_list_release(&lines);
    cli_list_release(&in);
    cli_list_release(&gaz);
    return status;
}
