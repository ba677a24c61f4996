/* cmd_render.c: ergraph render: a network -> SVG, PNG, PDF, DOT or an HTML page. */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage_head[] =
    "usage: ergraph render GRAPH.json -o OUT [options]\n\n"
    "Draws the network with Graphviz, laid out once for every format: circles\n"
    "whose area follows a measure, coloured by entity type or community, names\n"
    "under them, link width and darkness by weight; a title, caption and legend\n"
    "under the drawing. The format follows OUT's extension. An .html page holds\n"
    "the SVG with pan and zoom, search, filters, focus, paths, exports, and the\n"
    "evidence of each entity and link clicked.\n\n"
    "options:\n"
    "  -o, --output FILE    the drawing (required)\n"
    "  --format F           svg, png, pdf, dot or html (default: from OUT's extension)\n";
static const char usage_tail[] =
    "  --exact              exact betweenness on a large network (see 'ergraph stats\n"
    "                       --help')\n"
    "  --jobs N             split betweenness over N processes (default: one per core)\n"
    "  -h, --help           show this help\n";

enum { OPT_FORMAT = 256 };

int cmd_render(int argc, char **argv)
{
    struct option opts[CLI_MAX_OPTIONS];
    size_t no = 0;
    opts[no++] = (struct option){"output", required_argument, NULL, 'o'};
    opts[no++] = (struct option){"format", required_argument, NULL, OPT_FORMAT};
    no = cli_render_getopt(opts, no, 1);
    opts[no++] = (struct option){"exact", no_argument, NULL, 'x'};
    opts[no++] = (struct option){"jobs", required_argument, NULL, 'j'};
    opts[no++] = (struct option){"help", no_argument, NULL, 'h'};
    opts[no] = (struct option){NULL, 0, NULL, 0};
    erg_render_opts_t ro;
    erg_render_opts_init(&ro);
    const char *output = NULL, *format = NULL;
    int c, status = 0, exact = 0;
    size_t jobs = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case OPT_FORMAT: format = optarg; break;
        case 'x': exact = 1; break;
        case 'j': status = cli_jobs_option("render", optarg, &jobs); break;
        case 'h':
            fputs(usage_head, stdout);
            cli_render_help(stdout, 1);
            fputs(usage_tail, stdout);
            return 0;
        case ':': status = cli_usage_error("render", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if ((status = cli_render_option("render", c, optarg, &ro)) < 0)
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
    if ((status = cli_render_check("render", &ro)))
        return status;
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
    size_t focus;
    if (ro.focus && erg_graph_resolve(&g, ro.focus, &focus, &err)) {
        /* a name the network lacks is an error in its data: name the file */
        fprintf(stderr, "ergraph: %s: %s\n", argv[optind], err.msg);
        rc = 1;
    } else if ((rc = erg_render(&g, &m, &ro, output, &err)))
        rc = cli_fail(&err);
    erg_measures_release(&m);
    erg_graph_release(&g);
    return rc;
}
