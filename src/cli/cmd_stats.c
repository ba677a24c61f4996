/* cmd_stats.c: ergraph stats: centrality statistics of a network. */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: ergraph stats GRAPH.json [options]\n\n"
    "Computes, with igraph, for every node: degree, strength (sum of link weights),\n"
    "betweenness and closeness (link length 1/weight; normalized as networkx does),\n"
    "eigenvector centrality (largest = 1), PageRank (damping 0.85) and component.\n\n"
    "options:\n"
    "  --format F           table (default), csv or json\n"
    "  --top N              only the N highest\n"
    "  --sort MEASURE       order by this measure, highest first (default pagerank)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -h, --help           show this help\n";

int cmd_stats(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"top", required_argument, NULL, 't'},
                                         {"sort", required_argument, NULL, 's'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *format = "table", *sort = "pagerank", *output = "-";
    long top = 0;
    int c, status = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 't':
            if ((top = cli_parse_count(optarg)) < 0)
                status = cli_usage_error("stats", "--top needs a count, not '%s'", optarg);
            break;
        case 's': sort = optarg; break;
        case 'o': output = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        case ':': status = cli_usage_error("stats", "option '%s' needs a value", argv[optind - 1]); break;
        default: status = cli_usage_error("stats", "unknown option '%s'", argv[optind - 1]); break;
        }
    }
    if (status)
        return status;
    if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0 && strcmp(format, "json") != 0)
        return cli_usage_error("stats", "unknown format '%s' (use table, csv or json)", format);
    if (erg_measure_index(sort) < 0)
        return cli_usage_error("stats", "unknown measure '%s' for --sort", sort);
    if (optind + 1 != argc)
        return cli_usage_error("stats", optind >= argc ? "no network given" : "one network at a time");
    erg_error_t err = {0};
    erg_graph_t g;
    erg_measures_t m;
    erg_measures_init(&m);
    int rc = erg_graph_read_json(&g, argv[optind], &err);
    if (rc)
        return cli_fail(&err);
    rc = erg_measures_compute(&g, &m, &err);
    if (!rc)
        rc = cli_write_stats(&g, &m, format, sort, (size_t)top, output, &err);
    erg_measures_release(&m);
    erg_graph_release(&g);
    return rc ? cli_fail(&err) : 0;
}
