/* cmd_build.c: ergraph build: inputs -> the network as node-link JSON. */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: ergraph build [options] INPUT... -o GRAPH.json\n\n"
    "Recognizes the entities of every article and links those that occur in the same\n"
    "window, once per window; writes node-link JSON that networkx.node_link_graph reads.\n\n"
    "options:\n"
    "  -o, --output FILE    the network (required; - for standard output)\n"
    CLI_BUILD_USAGE
    "  -h, --help           show this help\n";

int cmd_build(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         CLI_BUILD_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_list_t gaz = {0};
    erg_build_opts_t bo;
    erg_build_opts_init(&bo);
    const char *output = NULL;
    int c, status = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'h': fputs(usage, stdout); cli_list_release(&gaz); return 0;
        case ':': status = cli_usage_error("build", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if ((status = cli_build_option("build", c, optarg, &bo, &gaz)) < 0)
                status = cli_usage_error("build", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (!status && optind >= argc)
        status = cli_usage_error("build", "no input given");
    if (!status && !output)
        status = cli_usage_error("build", "no output given (-o GRAPH.json)");
    if (status) {
        cli_list_release(&gaz);
        return status;
    }
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    erg_graph_t graph;
    erg_graph_init(&graph);
    int rc = erg_gazetteer_open(&g, gaz.v, gaz.n, &err);
    if (!rc)
        rc = erg_build_network(g, (const char *const *)argv + optind, (size_t)(argc - optind), &bo,
                               &graph, &err);
    if (!rc)
        rc = erg_graph_write_json(&graph, output, &err);
    erg_graph_release(&graph);
    erg_gazetteer_free(g);
    cli_list_release(&gaz);
    return rc ? cli_fail(&err) : 0;
}
