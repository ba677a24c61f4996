/* cmd_export.c: ergraph export: a network -> GraphML, GEXF, GML, CSV, JSON or
 * VOSviewer JSON. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>

static const char usage[] =
    "usage: ergraph export GRAPH.json -o OUT [--format F]\n\n"
    "Writes the network with its measures for other tools: every node with its\n"
    "type, mentions, documents, aliases, measures and component; every link with\n"
    "its weight, count, documents and first evidence snippet.\n\n"
    "options:\n"
    "  -o, --output OUT     the file (required); for csv, OUT.csv gives OUT.nodes.csv\n"
    "                       and OUT.links.csv, any other OUT is a directory (made if\n"
    "                       missing) that receives nodes.csv and links.csv\n"
    "  --format F           graphml, gexf (1.3), gexf12 (1.2draft, for networkx),\n"
    "                       gml, csv, json or vosviewer (VOSviewer JSON); default:\n"
    "                       from OUT's extension .graphml, .gexf, .gml, .csv, .json\n"
    "  --raw-csv            CSV text cells as they are: by default a cell beginning\n"
    "                       with = + - @, a tab or a carriage return gets an\n"
    "                       apostrophe before it, so that no spreadsheet runs it\n"
    "  --bom                start each CSV file with a UTF-8 byte-order mark\n"
    "  --excel              CSV for Excel: the same as --bom\n"
    "  --exact              exact betweenness and closeness on a large network (see\n"
    "                       'ergraph stats --help')\n"
    "  --jobs N             split betweenness, closeness and harmonic over N processes\n"
    "                       (default: one per core)\n"
    "  -h, --help           show this help\n";

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"exact", no_argument, NULL, 'x'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"raw-csv", no_argument, NULL, 'r'},
                                         {"bom", no_argument, NULL, 'b'},
                                         {"excel", no_argument, NULL, 'b'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *output = NULL, *format = NULL;
    int c, exact = 0;
    erg_export_opts_t eo;
    erg_export_opts_init(&eo);
    erg_measures_opts_t mo; /* every measure: all are exported */
    erg_measures_opts_init(&mo);
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'f': format = optarg; break;
        case 'x': exact = 1; break;
        case 'r': eo.raw_csv = 1; break;
        case 'b': eo.bom = 1; break;
        case 'j':
            if (cli_jobs_option("export", optarg, &mo.jobs))
                return 2;
            break;
        case 'h': fputs(usage, stdout); return 0;
        case ':': return cli_usage_error("export", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_unknown_option("export", opts, argv[optind - 1]);
        }
    }
    if (optind + 1 != argc)
        return cli_usage_error("export", optind >= argc ? "no network given" : "one network at a time");
    if (!output)
        return cli_usage_error("export", "no output given (-o OUT.graphml)");
    int f = format ? erg_export_parse(format) : erg_export_from_path(output);
    if (f < 0)
        return format ? cli_usage_error("export", "unknown format '%s' (use graphml, gexf, gexf12, gml, csv, json or vosviewer)", format)
                      : cli_usage_error("export", "cannot tell the format of '%s': use --format", output);
    erg_error_t err = {0};
    erg_graph_t g;
    erg_measures_t m;
    if (cli_load_network(argv[optind], &mo, exact, &g, &m, &err))
        return cli_fail(&err);
    /* GEXF: each drawn entity where `ergraph render` puts it with its
     * defaults (one layout, one seed), so that Gephi opens that drawing */
    double *xy = NULL;
    if (f == ERG_EXPORT_GEXF || f == ERG_EXPORT_GEXF12) {
        erg_render_opts_t ro;
        erg_render_opts_init(&ro);
        if (!(xy = malloc((2 * g.nnodes + 1) * sizeof *xy)) || erg_render_positions(&g, &m, &ro, xy, &err)) {
            if (!xy)
                fprintf(stderr, "ergraph: out of memory\n");
            else
                cli_fail(&err);
            free(xy);
            erg_measures_release(&m);
            erg_graph_release(&g);
            return 1;
        }
        eo.xy = xy;
    }
    erg_outputs_begin(); /* csv writes two files: both new, or both old */
    int rc = erg_export(&g, &m, (erg_export_t)f, &eo, output, &err);
    rc = rc ? (erg_outputs_end(0, NULL), rc) : erg_outputs_end(1, &err);
    free(xy);
    erg_measures_release(&m);
    erg_graph_release(&g);
    return rc ? cli_fail(&err) : 0;
}
