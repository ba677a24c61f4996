/* cmd_render.c: ergraph render: a network -> SVG, PNG, PDF or DOT. */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: ergraph render GRAPH.json -o OUT [options]\n\n"
    "Draws the network with Graphviz: node size follows a measure, colour follows the\n"
    "entity type, link width follows weight. The format follows OUT's extension.\n\n"
    "options:\n"
    "  -o, --output FILE    the drawing (required)\n"
    "  --format F           svg, png, pdf or dot (default: from OUT's extension)\n"
    "  --layout L           sfdp (default), neato, fdp, circo, twopi or dot\n"
    "  --size MEASURE       node size: pagerank (default), degree, strength,\n"
    "                       betweenness, closeness or eigenvector\n"
    "  -h, --help           show this help\n";

int cmd_render(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"layout", required_argument, NULL, 'l'},
                                         {"size", required_argument, NULL, 's'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    erg_render_opts_t ro;
    erg_render_opts_init(&ro);
    const char *output = NULL, *format = NULL;
    int c, status = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'f': format = optarg; break;
        case 'l': ro.layout = optarg; break;
        case 's': ro.size_by = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        case ':': status = cli_usage_error("render", "option '%s' needs a value", argv[optind - 1]); break;
        default: status = cli_usage_error("render", "unknown option '%s'", argv[optind - 1]); break;
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
        return format ? cli_usage_error("render", "unknown format '%s' (use svg, png, pdf or dot)", format)
                      : cli_usage_error("render", "cannot tell the format of '%s': use --format", output);
    ro.format = (erg_format_t)f;
    if (!erg_layout_valid(ro.layout))
        return cli_usage_error("render", "unknown layout '%s' (use sfdp, neato, fdp, circo, twopi or dot)", ro.layout);
    erg_error_t err = {0};
    erg_graph_t g;
    erg_measures_t m;
    erg_measures_init(&m);
    int rc = erg_graph_read_json(&g, argv[optind], &err);
    if (rc)
        return cli_fail(&err);
    if (erg_measure_index(ro.size_by) < 0) {
        erg_graph_release(&g);
        return cli_usage_error("render", "unknown measure '%s'", ro.size_by);
    }
    rc = erg_measures_compute(&g, &m, &err);
    if (!rc)
        rc = erg_render(&g, &m, &ro, output, &err);
    erg_measures_release(&m);
    erg_graph_release(&g);
    return rc ? cli_fail(&err) : 0;
}
