/* cmd_build.c: ergraph build: inputs -> the network as node-link JSON, whole
 * (-o GRAPH.json) or one per period (--slice P --outdir DIR), or the
 * document-entity network or one of its projections (--bipartite
 * [--project articles|entities]). */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage_head[] =
    "usage: ergraph build [options] INPUT... -o GRAPH.json\n"
    "       ergraph build [options] --slice month|week|year INPUT... --outdir DIR\n"
    "       ergraph build [options] --bipartite [--project articles|entities] INPUT...\n"
    "                     -o OUT.json|OUT.csv\n\n"
    "Recognizes the entities of every article and links those that occur in the same\n"
    "window; writes node-link JSON that networkx.node_link_graph reads. With --slice,\n"
    "one network per period of the articles' dates (DIR/graph-PERIOD.json) and\n"
    "DIR/slices.csv, each entity's degree and PageRank per period and their change.\n\n"
    "options:\n"
    "  -o, --output FILE    the network (- for standard output)\n"
    "  --slice P            one network per week, month or year (needs --outdir)\n"
    "  --outdir DIR         where --slice writes (made if missing)\n"
    "  --bipartite          write the document-entity network instead: articles and\n"
    "                       entities as two node sets, each article linked to the\n"
    "                       entities it mentions, weighted by its mentions of them;\n"
    "                       -o OUT.json (node-link JSON) or OUT.csv (OUT.nodes.csv\n"
    "                       and OUT.links.csv)\n"
    "  --project articles|entities\n"
    "                       with --bipartite, write its projection instead: the\n"
    "                       articles linked through the entities they share, or the\n"
    "                       entities through the articles they share; weight the\n"
    "                       number shared (networkx's weighted_projected_graph),\n"
    "                       mention_pairs the sum of the products of their mentions\n"
    "  --inputs-from FILE   also the inputs listed in FILE, one path a line (- for\n"
    "                       standard input)\n";
static const char usage_tail[] =
    "  -h, --help           show this help\n";

enum { OPT_SLICE = 1000, OPT_OUTDIR, OPT_BIPARTITE, OPT_PROJECT };

static int build(const cli_list_t *gaz, const char *const *inputs, size_t n,
                 const erg_build_opts_t *bo, const char *output, int slice, const char *outdir,
                 int bipartite, int project)
{
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    erg_graph_t graph;
    erg_graph_init(&graph);
    erg_slice_graph_t *slices = NULL;
    size_t nslices = 0;
    int rc = erg_gazetteer_open(&g, gaz->v, gaz->n, &err);
    if (!rc && slice) {
        rc = erg_build_slices(g, inputs, n, bo, (erg_slice_t)slice, &slices, &nslices, &err);
        if (!rc)
            rc = cli_make_dir(outdir, &err);
        if (!rc)
            rc = cli_write_slices(slices, nslices, outdir, &err);
        if (!rc)
            fprintf(stderr, "ergraph: %zu period%s written to %s/\n", nslices,
                    nslices == 1 ? "" : "s", outdir);
    } else if (!rc && bipartite) {
        erg_bipartite_t bp;
        erg_projection_t proj = {0};
        rc = erg_build_bipartite(g, inputs, n, bo, &bp, &err);
        if (!rc && project >= 0)
            rc = erg_bipartite_project(&bp, (erg_project_t)project, &proj, &err);
        erg_export_t f = erg_export_from_path(output) == ERG_EXPORT_CSV ? ERG_EXPORT_CSV : ERG_EXPORT_JSON;
        if (!rc)
            erg_outputs_begin(); /* csv writes two files: both new, or both old */
        if (!rc && (rc = project >= 0 ? erg_export_projection(&bp, &proj, f, NULL, output, &err)
                                      : erg_export_bipartite(&bp, f, NULL, output, &err)))
            erg_outputs_end(0, NULL);
        else if (!rc)
            rc = erg_outputs_end(1, &err);
        erg_projection_release(&proj);
        erg_bipartite_release(&bp);
    } else if (!rc) {
        rc = erg_build_network(g, inputs, n, bo, &graph, &err);
        if (!rc)
            rc = erg_graph_write_json_jobs(&graph, output, bo->counting.recognize.jobs, &err);
    }
    erg_slices_free(slices, nslices);
    erg_graph_release(&graph);
    erg_gazetteer_free(g);
    return rc ? cli_fail(&err) : 0;
}

int cmd_build(int argc, char **argv)
{
    struct option opts[CLI_MAX_OPTIONS];
    size_t no = 0;
    opts[no++] = (struct option){"output", required_argument, NULL, 'o'};
    opts[no++] = (struct option){"slice", required_argument, NULL, OPT_SLICE};
    opts[no++] = (struct option){"outdir", required_argument, NULL, OPT_OUTDIR};
    opts[no++] = (struct option){"bipartite", no_argument, NULL, OPT_BIPARTITE};
    opts[no++] = (struct option){"project", required_argument, NULL, OPT_PROJECT};
    no = cli_build_getopt(opts, no);
    opts[no++] = (struct option){"help", no_argument, NULL, 'h'};
    opts[no] = (struct option){NULL, 0, NULL, 0};
    cli_list_t gaz = {0};
    erg_build_opts_t bo;
    erg_build_opts_init(&bo);
    const char *output = NULL, *outdir = NULL;
    int c, status = 0, slice = 0, bipartite = 0, project = -1;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case OPT_OUTDIR: outdir = optarg; break;
        case OPT_BIPARTITE: bipartite = 1; break;
        case OPT_PROJECT:
            if ((project = erg_project_parse(optarg)) < 0)
                status = cli_usage_error("build", "unknown projection '%s' (use articles or entities)", optarg);
            break;
        case OPT_SLICE:
            if ((slice = erg_slice_parse(optarg)) < 0)
                status = cli_usage_error("build", "unknown slice '%s' (use week, month or year)", optarg);
            break;
        case 'h': cli_usage(stdout, usage_head, CLI_COUNTING | CLI_FINISHING, usage_tail); cli_list_release(&gaz); return 0;
        case ':': status = cli_usage_error("build", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if ((status = cli_build_option("build", c, optarg, &bo, &gaz)) < 0)
                status = cli_unknown_option("build", opts, argv[optind - 1]);
        }
    }
    if (!status && optind >= argc)
        status = cli_usage_error("build", "no input given");
    if (!status && slice && (!outdir || output))
        status = cli_usage_error("build", "--slice writes into a directory: give --outdir DIR, not -o");
    if (!status && slice && bipartite)
        status = cli_usage_error("build", "--bipartite writes one network: it does not go with --slice");
    if (!status && project >= 0 && !bipartite)
        status = cli_usage_error("build", "--project projects the document-entity network: it needs --bipartite");
    if (!status && bipartite && output && strcmp(output, "-") != 0 &&
        erg_export_from_path(output) != ERG_EXPORT_CSV && erg_export_from_path(output) != ERG_EXPORT_JSON)
        status = cli_usage_error("build", "--bipartite writes OUT.json or OUT.csv, not '%s'", output);
    if (!status && !slice && outdir)
        status = cli_usage_error("build", "--outdir goes with --slice; a single network needs -o GRAPH.json");
    if (!status && !slice && !output)
        status = cli_usage_error("build", "no output given (-o GRAPH.json)");
    if (!status)
        status = cli_build_check("build", &bo);
    if (!status)
        status = build(&gaz, (const char *const *)argv + optind, (size_t)(argc - optind), &bo,
                       output, slice, outdir, bipartite, project);
    cli_list_release(&gaz);
    return status;
}
