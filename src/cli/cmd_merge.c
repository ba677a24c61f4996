/* cmd_merge.c: ergraph merge: the parts of ergraph count -> the network one
 * build over all their inputs would give (the reduce step; doc/method.md, "Shards"). */
#include "cli.h"

#include <sys/stat.h>

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_head[] =
    "usage: ergraph merge [options] PART... -o GRAPH.json\n"
    "       ergraph merge --partial PART... -o PART\n\n"
    "Adds up the parts written by 'ergraph count', in the order given, and writes\n"
    "the network (node-link JSON) that 'ergraph build' would give over all their\n"
    "inputs in that order, byte for byte. The parts must have been counted with the\n"
    "same options; weights and pruning are applied here. A PART of - is read from\n"
    "standard input.\n\n"
    "options:\n"
    "  -o, --output FILE    the network (- for standard output)\n"
    "  --partial            write the sum as a part again, for a tree of merges\n";
static const char usage_tail[] =
    "  -h, --help           show this help\n";

enum { OPT_PARTIAL = 1000 };

static int merge(const char *const *parts, size_t n, const erg_build_opts_t *bo,
                 const char *output, int partial)
{
    erg_error_t err = {0};
    erg_builder_t *b = erg_builder_new(bo);
    erg_graph_t graph;
    erg_graph_init(&graph);
    int rc = b ? 0 : -1;
    /* the same part twice would count its articles twice */
    struct stat *st = calloc(n ? n : 1, sizeof *st);
    if (!st)
        rc = -1;
    for (size_t i = 0; !rc && i < n; i++) {
        if (stat(parts[i], &st[i]) != 0)
            continue; /* "-", or a part the reader will name */
        for (size_t j = 0; j < i && !rc; j++)
            if (st[j].st_ino && st[i].st_dev == st[j].st_dev && st[i].st_ino == st[j].st_ino) {
                snprintf(err.msg, sizeof err.msg, "'%s' is the part '%s' again: its articles "
                         "would count twice", parts[i], parts[j]);
                rc = ERG_EINVAL;
            }
    }
    free(st);
    for (size_t i = 0; !rc && i < n; i++)
        rc = erg_builder_read_part(b, parts[i], &err);
    if (!rc && partial) {
        rc = erg_builder_write_part(b, output, &err);
    } else if (!rc) {
        size_t ninputs;
        const char *const *inputs = erg_builder_inputs(b, &ninputs);
        rc = erg_builder_finish(b, inputs, ninputs, &graph, &err);
        if (!rc)
            rc = erg_graph_write_json(&graph, output, &err);
    }
    erg_graph_release(&graph);
    erg_builder_free(b);
    if (!rc)
        return 0;
    if (rc == -1)
        err.code = ERG_ENOMEM;
    return cli_fail(&err);
}

int cmd_merge(int argc, char **argv)
{
    struct option opts[CLI_MAX_OPTIONS];
    size_t no = 0;
    opts[no++] = (struct option){"output", required_argument, NULL, 'o'};
    opts[no++] = (struct option){"partial", no_argument, NULL, OPT_PARTIAL};
    no = cli_build_getopt(opts, no);
    opts[no++] = (struct option){"help", no_argument, NULL, 'h'};
    opts[no] = (struct option){NULL, 0, NULL, 0};
    cli_list_t gaz = {0};
    erg_build_opts_t bo, plain;
    erg_build_opts_init(&bo);
    erg_build_opts_init(&plain); /* the finishing options' defaults */
    const char *output = NULL;
    int c, li = 0, status = 0, partial = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, &li)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case OPT_PARTIAL: partial = 1; break;
        case 'h': cli_usage(stdout, usage_head, CLI_FINISHING, usage_tail); return 0;
        case ':': status = cli_usage_error("merge", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if (cli_option_group(c) == CLI_COUNTING)
                status = cli_usage_error("merge", "'--%s' decides what is counted: give it to 'ergraph count'", opts[li].name);
            else if ((status = cli_build_option("merge", c, optarg, &bo, &gaz)) < 0)
                status = cli_unknown_option("merge", opts, argv[optind - 1]);
        }
    }
    cli_list_release(&gaz);
    if (!status && optind >= argc)
        status = cli_usage_error("merge", "no part given");
    if (!status && !output)
        status = cli_usage_error("merge", partial ? "no output given (-o PART)"
                                                  : "no output given (-o GRAPH.json)");
    /* a part holds counts only: weights and pruning come with the last merge */
    if (!status && partial && !erg_finishing_opts_equal(&bo.finishing, &plain.finishing))
        status = cli_usage_error("merge", "--partial writes counts: weights and pruning go with the final merge");
    if (!status)
        status = merge((const char *const *)argv + optind, (size_t)(argc - optind), &bo, output,
                       partial);
    return status;
}
