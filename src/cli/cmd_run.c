/* cmd_run.c: ergraph run: build, stats and render in one go. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_head[] =
    "usage: ergraph run [options] INPUT... --outdir DIR\n\n"
    "Builds the network and writes into DIR: graph.json (node-link), stats.csv,\n"
    "graph.dot, graph.svg, graph.png, graph.pdf and graph.html, the page to open.\n\n"
    "options:\n"
    "  --outdir DIR         where to write (required; made if missing)\n"
    "  --inputs-from FILE   also the inputs listed in FILE, one path a line (- for\n"
    "                       standard input)\n";
static const char usage_tail[] =
    "  -h, --help           show this help\n\n"
    "--jobs N also splits betweenness, closeness and harmonic over N processes.\n"
    "--max-nodes N keeps the N strongest entities in the network, and the\n"
    "drawings show them all.\n";

/* The drawing's options between the build's and the tail. */
static void usage(FILE *fp)
{
    cli_usage(fp, usage_head, CLI_COUNTING | CLI_FINISHING, "");
    fputs("drawing:\n", fp);
    cli_render_help(fp, 0);
    fputs(usage_tail, fp);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir), k = strlen(name);
    char *p = malloc(n + k + 2);
    if (p)
        snprintf(p, n + k + 2, "%s/%s", dir, name);
    return p;
}

/* What run writes, in order; the page last, the one to open. */
static const char *const outputs[] = {"graph.json", "stats.csv", "graph.dot", "graph.svg",
                                      "graph.png",  "graph.pdf", "graph.html"};
#define NOUT (sizeof outputs / sizeof outputs[0])

int cmd_run(int argc, char **argv)
{
    struct option opts[CLI_MAX_OPTIONS];
    size_t no = 0;
    opts[no++] = (struct option){"outdir", required_argument, NULL, 'd'};
    no = cli_build_getopt(opts, no);
    no = cli_render_getopt(opts, no, 0);
    opts[no++] = (struct option){"help", no_argument, NULL, 'h'};
    opts[no] = (struct option){NULL, 0, NULL, 0};
    cli_list_t gaz = {0};
    erg_build_opts_t bo;
    erg_build_opts_init(&bo);
    erg_render_opts_t ro;
    erg_render_opts_init(&ro);
    const char *outdir = NULL;
    int c, status = 0;
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': outdir = optarg; break;
        case 'h': usage(stdout); cli_list_release(&gaz); return 0;
        case ':': status = cli_usage_error("run", "option '%s' needs a value", argv[optind - 1]); break;
        default:
            if ((status = cli_render_option("run", c, optarg, &ro)) < 0 &&
                (status = cli_build_option("run", c, optarg, &bo, &gaz)) < 0)
                status = cli_unknown_option("run", opts, argv[optind - 1]);
        }
    }
    if (!status && optind >= argc)
        status = cli_usage_error("run", "no input given");
    if (!status && !outdir)
        status = cli_usage_error("run", "no output directory given (--outdir DIR)");
    if (!status)
        status = cli_build_check("run", &bo);
    if (!status)
        status = cli_render_check("run", &ro);
    if (status) {
        cli_list_release(&gaz);
        return status;
    }
    if (bo.finishing.max_nodes)
        ro.max_nodes = bo.finishing.max_nodes; /* the network kept is drawn whole */
    erg_error_t err = {0};
    if (cli_make_dir(outdir, &err)) {
        cli_list_release(&gaz);
        return cli_fail(&err);
    }
    erg_gazetteer_t *g = NULL;
    erg_graph_t graph;
    erg_graph_init(&graph);
    erg_measures_t m;
    erg_measures_init(&m);
    char *paths[NOUT];
    int rc = 0;
    for (size_t i = 0; i < NOUT; i++)
        if (!(paths[i] = join(outdir, outputs[i])))
            rc = ERG_ENOMEM;
    if (rc)
        snprintf(err.msg, sizeof err.msg, "out of memory");
    else
        rc = erg_gazetteer_open(&g, gaz.v, gaz.n, &err);
    if (!rc)
        rc = erg_build_network(g, (const char *const *)argv + optind, (size_t)(argc - optind), &bo,
                               &graph, &err);
    erg_outputs_begin(); /* the folder holds the old set or the new one */
    if (!rc)
        rc = erg_graph_write_json_jobs(&graph, paths[0], bo.counting.recognize.jobs, &err);
    erg_measures_opts_t mo;
    erg_measures_opts_init(&mo);
    mo.jobs = bo.counting.recognize.jobs;
    if (!rc)
        rc = erg_measures_compute_opts(&graph, &mo, &m, &err);
    if (!rc)
        rc = cli_write_stats(&graph, &m, "csv", "pagerank", 0, paths[1], &err);
    erg_format_t formats[NOUT];
    for (size_t i = 2; i < NOUT; i++)
        formats[i] = (erg_format_t)erg_format_from_path(paths[i]);
    if (!rc) /* one layout for every picture */
        rc = erg_render_many(&graph, &m, &ro, (const char *const *)paths + 2, formats + 2, NOUT - 2,
                             &err);
    if (!rc)
        rc = erg_outputs_end(1, &err);
    else
        erg_outputs_end(0, NULL);
    if (!rc)
        fprintf(stderr, "ergraph: %zu entities, %zu links written to %s/; open %s\n", graph.nnodes,
                graph.nlinks, outdir, paths[NOUT - 1]);
    for (size_t i = 0; i < NOUT; i++)
        free(paths[i]);
    erg_measures_release(&m);
    erg_graph_release(&graph);
    erg_gazetteer_free(g);
    cli_list_release(&gaz);
    return rc ? cli_fail(&err) : 0;
}
