/* cmd_stats.c: ergraph stats: centrality, communities and the summary of a network. */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: ergraph stats GRAPH.json [options]\n\n"
    "Computes with igraph, for every node: degree, strength, betweenness, closeness and\n"
    "harmonic centrality (weighted: link length 1/weight; and _unweighted), eigenvector\n"
    "centrality, PageRank, coreness, clustering, community and component; and for the\n"
    "whole network: density, components, modularity, average clustering, assortativity\n"
    "by type. Definitions and normalizations: see the README (they agree with networkx).\n\n"
    "options:\n"
    "  --format F           table (default), csv or json\n"
    "  --wide               the table with every measure (by default it shows\n"
    "                       degree, strength, betweenness, closeness, pagerank and\n"
    "                       community, and the --sort measure, in 100 columns)\n"
    "  --measures LIST      compute only these, comma-separated (default: all)\n"
    "  --summary            print only the whole-network numbers\n"
    "  --top N              only the N highest\n"
    "  --sort MEASURE       order by this measure, highest first (default pagerank)\n"
    "  --community A        leiden (default) or louvain\n"
    "  --resolution R       modularity resolution, > 0 (default 1)\n"
    "  --seed N             seed of the community detection (default 1)\n"
    "  --restarts N         community detection runs, the best kept (default 10)\n"
    "  --betweenness-cutoff L  betweenness over shortest paths of length <= L only\n"
    "  --betweenness-sample K  betweenness estimated from K random sources (--seed)\n"
    "  --closeness-sample K    closeness and harmonic estimated from K random nodes\n"
    "  --exact              exact betweenness and closeness however large the network\n"
    "                       (by default, past n(n+m) = 10^8 they are estimated from\n"
    "                       10^8/(n+m) sampled nodes, at least 20, with a warning)\n"
    "  --jobs N             split betweenness, closeness and harmonic over N processes\n"
    "                       (default: one per core; the values are the same to rounding)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -h, --help           show this help\n";

enum {
    OPT_MEASURES = 256, OPT_SUMMARY, OPT_COMMUNITY, OPT_RESOLUTION, OPT_SEED, OPT_RESTARTS,
    OPT_BW_CUTOFF, OPT_BW_SAMPLE, OPT_CL_SAMPLE, OPT_WIDE
};

/* Applies one option to `o`; returns 2 after a usage error, else 0. */
static int measure_option(int c, const char *arg, erg_measures_opts_t *o, int *summary)
{
    erg_error_t err = {0};
    char *end;
    long v;
    switch (c) {
    case OPT_MEASURES:
        if (erg_measures_select(o, arg, &err))
            return cli_usage_error("stats", "--measures: %s", err.msg);
        break;
    case OPT_SUMMARY: *summary = 1; break;
    case OPT_COMMUNITY:
        if ((v = erg_community_parse(arg)) < 0)
            return cli_usage_error("stats", "unknown community algorithm '%s' (use leiden or louvain)", arg);
        o->community = (erg_community_t)v;
        break;
    case OPT_RESOLUTION:
        o->resolution = strtod(arg, &end);
        if (!*arg || *end || !(o->resolution > 0) || !isfinite(o->resolution))
            return cli_usage_error("stats", "--resolution needs a positive number, not '%s'", arg);
        break;
    case OPT_SEED:
        if ((v = cli_parse_count(arg)) < 0)
            return cli_usage_error("stats", "--seed needs a non-negative integer, not '%s'", arg);
        o->seed = (unsigned long)v;
        break;
    case OPT_RESTARTS:
        if ((v = cli_parse_count(arg)) < 1 || v > 1000000)
            return cli_usage_error("stats", "--restarts needs a count from 1 to 1000000, not '%s'", arg);
        o->restarts = (unsigned)v;
        break;
    case OPT_BW_CUTOFF:
        o->betweenness_cutoff = strtod(arg, &end);
        if (!*arg || *end || !(o->betweenness_cutoff > 0) || !isfinite(o->betweenness_cutoff))
            return cli_usage_error("stats", "--betweenness-cutoff needs a positive length, not '%s'", arg);
        break;
    case OPT_BW_SAMPLE:
        if ((v = cli_parse_count(arg)) < 1)
            return cli_usage_error("stats", "--betweenness-sample needs a count of 1 or more, not '%s'", arg);
        o->betweenness_sample = (size_t)v;
        break;
    case OPT_CL_SAMPLE:
        if ((v = cli_parse_count(arg)) < 1)
            return cli_usage_error("stats", "--closeness-sample needs a count of 1 or more, not '%s'", arg);
        o->closeness_sample = (size_t)v;
        break;
    }
    return 0;
}

/* The measure to sort by when --sort is not given: pagerank, or the first one computed. */
static const char *default_sort(unsigned long want)
{
    if (!want || (want >> ERG_M_PAGERANK & 1))
        return "pagerank";
    for (int i = 0; erg_measure_names[i]; i++)
        if (want >> i & 1)
            return erg_measure_names[i];
    return "pagerank";
}

int cmd_stats(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"top", required_argument, NULL, 't'},
                                         {"sort", required_argument, NULL, 's'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"measures", required_argument, NULL, OPT_MEASURES},
                                         {"summary", no_argument, NULL, OPT_SUMMARY},
                                         {"community", required_argument, NULL, OPT_COMMUNITY},
                                         {"resolution", required_argument, NULL, OPT_RESOLUTION},
                                         {"seed", required_argument, NULL, OPT_SEED},
                                         {"restarts", required_argument, NULL, OPT_RESTARTS},
                                         {"betweenness-cutoff", required_argument, NULL, OPT_BW_CUTOFF},
                                         {"betweenness-sample", required_argument, NULL, OPT_BW_SAMPLE},
                                         {"closeness-sample", required_argument, NULL, OPT_CL_SAMPLE},
                                         {"exact", no_argument, NULL, 'x'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"wide", no_argument, NULL, OPT_WIDE},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *format = "table", *sort = NULL, *output = "-";
    long top = 0;
    int c, status = 0, summary = 0, exact = 0, wide = 0;
    erg_measures_opts_t mo;
    erg_measures_opts_init(&mo);
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 't':
            if ((top = cli_parse_count(optarg)) < 0)
                status = cli_usage_error("stats", "--top needs a count, not '%s'", optarg);
            break;
        case 's': sort = optarg; break;
        case 'x': exact = 1; break;
        case OPT_WIDE: wide = 1; break;
        case 'j': status = cli_jobs_option("stats", optarg, &mo.jobs); break;
        case 'o': output = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        case ':': status = cli_usage_error("stats", "option '%s' needs a value", argv[optind - 1]); break;
        case '?': status = cli_unknown_option("stats", opts, argv[optind - 1]); break;
        default: status = measure_option(c, optarg, &mo, &summary); break;
        }
    }
    if (status)
        return status;
    if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0 && strcmp(format, "json") != 0)
        return cli_usage_error("stats", "unknown format '%s' (use table, csv or json)", format);
    if (!sort)
        sort = default_sort(mo.want);
    if (strcmp(format, "table") == 0 && (wide || mo.want)) /* measures asked for are shown */
        format = "wide";
    erg_error_t err = {0};
    erg_measures_opts_t all;
    erg_measures_opts_init(&all);
    if (erg_measure_index(sort) < 0 && erg_measures_select(&all, sort, &err))
        return cli_usage_error("stats", "--sort: %s", err.msg);
    if (mo.want) /* the sort key is computed even when --measures leaves it out */
        mo.want |= 1UL << erg_measure_index(sort);
    if (summary) /* only what the summary needs: never betweenness */
        mo.want |= 1UL << ERG_M_COMMUNITY | 1UL << ERG_M_CLUSTERING;
    if (mo.betweenness_cutoff > 0 && mo.betweenness_sample > 0)
        return cli_usage_error("stats", "--betweenness-cutoff and --betweenness-sample exclude each other");
    if (optind + 1 != argc)
        return cli_usage_error("stats", optind >= argc ? "no network given" : "one network at a time");
    erg_graph_t g;
    erg_measures_t m;
    if (cli_load_network(argv[optind], &mo, exact, &g, &m, &err))
        return cli_fail(&err);
    int rc = summary ? cli_write_summary(&m, format, output, &err)
                     : cli_write_stats(&g, &m, format, sort, (size_t)top, output, &err);
    erg_measures_release(&m);
    erg_graph_release(&g);
    return rc ? cli_fail(&err) : 0;
}
