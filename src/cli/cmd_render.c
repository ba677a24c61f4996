/* cmd_render.c: ergraph render: a network -> SVG, PNG, PDF, DOT or an HTML page. */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: ergraph render GRAPH.json -o OUT [options]\n\n"
    "Draws the network with Graphviz: node size and label size follow a measure,\n"
    "colour follows the entity type or community, link width and darkness follow\n"
    "weight; a legend and a caption sit under the drawing. The format follows\n"
    "OUT's extension. An .html page holds the SVG with pan and zoom, a search box,\n"
    "and the evidence of each link of the node clicked.\n\n"
    "options:\n"
    "  -o, --output FILE    the drawing (required)\n"
    "  --format F           svg, png, pdf, dot or html (default: from OUT's extension)\n"
    "  --layout L           sfdp (default), neato, fdp, circo, twopi or dot\n"
    "  --size MEASURE       node size: pagerank (default), degree, strength,\n"
    "                       betweenness, closeness, eigenvector, mentions or documents\n"
    "  --color C            type (default) or community\n"
    "  --max-nodes N        draw the N strongest entities by the size measure\n"
    "                       (default 150; 0 draws all)\n"
    "  --labels N           label the N strongest drawn entities, the others only in\n"
    "                       their tooltip (default 60; 0 labels all)\n"
    "  --exact              exact betweenness on a large network (see 'ergraph stats\n"
    "                       --help')\n"
    "  --jobs N             split betweenness over N processes (default: one per core)\n"
    "  -h, --help           show this help\n";

enum { OPT_FORMAT = 256, OPT_LAYOUT, OPT_SIZE, OPT_COLOR, OPT_MAX_NODES, OPT_LABELS };

/* Applies one option to `ro`; returns 0 or 2 after a usage error. */
static int option(int c, const char *arg, erg_render_opts_t *ro, const char **format)
{
    long v;
    switch (c) {
    case OPT_FORMAT: *format = arg; return 0;
    case OPT_LAYOUT: ro->layout = arg; return 0;
    case OPT_SIZE: ro->size_by = arg; return 0;
    case OPT_COLOR:
        if (strcmp(arg, "type") == 0)
            ro->color_by = ERG_COLOR_TYPE;
        else if (strcmp(arg, "community") == 0)
            ro->color_by = ERG_COLOR_COMMUNITY;
        else
            return cli_usage_error("render", "unknown colouring '%s' (use type or community)", arg);
        return 0;
    case OPT_MAX_NODES:
    case OPT_LABELS:
        if ((v = cli_parse_count(arg)) < 0)
            return cli_usage_error("render", "%s needs a count, not '%s'",
                                   c == OPT_LABELS ? "--labels" : "--max-nodes", arg);
        *(c == OPT_LABELS ? &ro->max_labels : &ro->max_nodes) = (size_t)v;
        return 0;
    }
    return -1;
}

int cmd_render(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, OPT_FORMAT},
                                         {"layout", required_argument, NULL, OPT_LAYOUT},
                                         {"size", required_argument, NULL, OPT_SIZE},
                                         {"color", required_argument, NULL, OPT_COLOR},
                                         {"colour", required_argument, NULL, OPT_COLOR},
                                         {"max-nodes", required_argument, NULL, OPT_MAX_NODES},
                                         {"labels", required_argument, NULL, OPT_LABELS},
                                         {"exact", no_argument, NULL, 'x'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    erg_render_opts_t ro;
    erg_render_opts_init(&ro);
    const char *output = NULL, *format = NULL;
    int c, status = 0, exact = 0;
    size_t jobs = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'x': exact = 1; break;
        case 'j': status = cli_jobs_option("render", optarg, &jobs); break;
        case 'h': fputs(usage, stdout); return 0;
        case ':': status = cli_usage_error("render", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if ((status = option(c, optarg, &ro, &format)) < 0)
                status = cli_unknown_option("render", opts, argv[optind - 1]);
        }
    }
    if (status)
        return status;
    if (optind + 1 != argc)
        return cli_usage_error("render", optind >= argc ? "no network given" : "one network at a time");
    if (!output)
        return cli_usage_error("render", "no output given (-o OUT.svg)");
    int f = format ? erg_format_parse(format) : erg_format_from_path(output);
    if (f < 0)
        return format ? cli_usage_error("render", "unknown format '%s' (use svg, png, pdf, dot or html)", format)
                      : cli_usage_error("render", "cannot tell the format of '%s': use --format", output);
    ro.format = (erg_format_t)f;
    if (!erg_layout_valid(ro.layout))
        return cli_usage_error("render", "unknown layout '%s' (use sfdp, neato, fdp, circo, twopi or dot)", ro.layout);
    if (!erg_size_valid(ro.size_by))
        return cli_usage_error("render", "unknown measure '%s'", ro.size_by);
    erg_error_t err = {0};
    /* only what the drawing shows (size, tooltips, colours): the path
     * measures it does not show would dominate the cost on a large network */
    erg_measures_opts_t mo;
    erg_measures_opts_init(&mo);
    mo.jobs = jobs;
    int rc = erg_measures_select(&mo, "degree,strength,betweenness,pagerank,community", &err);
    if (!rc && erg_measure_index(ro.size_by) >= 0)
        mo.want |= 1UL << erg_measure_index(ro.size_by);
    erg_graph_t g;
    erg_measures_t m;
    if (rc || cli_load_network(argv[optind], &mo, exact, &g, &m, &err))
        return cli_fail(&err);
    rc = erg_render(&g, &m, &ro, output, &err);
    erg_measures_release(&m);
    erg_graph_release(&g);
    return rc ? cli_fail(&err) : 0;
}
