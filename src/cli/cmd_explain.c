/* cmd_explain.c: ergraph explain: why two entities are linked: the link's
 * count, weight, articles and evidence sentences, from a built network. */
#include "cli.h"

#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "usage: ergraph explain GRAPH.json NAME NAME\n\n"
    "Prints the link between two entities of a network made by 'ergraph build': its\n"
    "count, weight, the articles it came from and its evidence snippets. A NAME is a\n"
    "node id, or an id or alias matched ignoring case. Two entities that are not\n"
    "linked: the shortest path between them, and each of its links as above.\n\n"
    "options:\n"
    "  -h, --help           show this help\n";

/* The string `key` of the network's metadata, or `dflt`. Borrowed from meta. */
static const char *meta_str(const cJSON *meta, const char *key, const char *dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(meta, key);
    return cJSON_IsString(v) ? v->valuestring : dflt;
}

/* Text from the graph (names, ids, evidence) as is, or on a terminal made
 * inert: an evidence sentence must not set the window title or clear the
 * screen. Returns a pointer valid until the next call. */
static const char *shown(const char *s)
{
    static int tty = -1;
    static char *buf;
    if (tty < 0)
        tty = isatty(STDOUT_FILENO);
    if (!tty)
        return s;
    size_t cap = 4 * strlen(s) + 1;
    char *p = realloc(buf, cap);
    if (!p)
        return "?";
    buf = p;
    erg_inert(buf, cap, s);
    return buf;
}

static void print_link(const erg_graph_t *g, const erg_link_t *l)
{
    cJSON *meta = g->meta_json ? cJSON_Parse(g->meta_json) : NULL;
    printf("%s - ", shown(g->nodes[l->source].id));
    printf("%s\n", shown(g->nodes[l->target].id));
    printf("count: %ld (%s, ", l->count, shown(meta_str(meta, "count", "windows")));
    printf("window %s)\n", shown(meta_str(meta, "window", "unknown")));
    printf("weight: %.15g (%s)\n", l->weight, shown(meta_str(meta, "weight", "unknown")));
    printf("articles (%zu):\n", l->ndocs);
    for (size_t i = 0; i < l->ndocs; i++)
        printf("  %s\n", shown(l->docs[i]));
    printf("evidence (%zu):\n", l->nevidence);
    for (size_t i = 0; i < l->nevidence; i++) {
        const erg_evidence_t *e = &l->evidence[i];
        printf("  %s [%zu-%zu]\n", shown(e->doc), e->start, e->end);
        printf("    %s\n", shown(e->text));
    }
    cJSON_Delete(meta);
}

/* Two entities not linked: the shortest path, then each hop's link. 0, or
 * 1 with err filled when no path joins them. */
static int print_path(const erg_graph_t *g, size_t a, size_t b, erg_error_t *err)
{
    size_t *path = NULL, n = 0;
    if (erg_graph_path(g, a, b, &path, &n)) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return 1;
    }
    if (n == 0) {
        snprintf(err->msg, sizeof err->msg, "'%s' and '%s' are not linked, nor joined by any path",
                 g->nodes[a].id, g->nodes[b].id);
        return 1;
    }
    printf("'%s' and '%s' are not linked; a shortest path joins them in %zu links:\n",
           g->nodes[a].id, g->nodes[b].id, n - 1);
    for (size_t k = 0; k < n; k++)
        printf("%s%s", k ? " - " : "", g->nodes[path[k]].id);
    printf("\n");
    for (size_t k = 0; k + 1 < n; k++) {
        printf("\nlink %zu of %zu: ", k + 1, n - 1);
        print_link(g, &g->links[erg_graph_link(g, path[k], path[k + 1])]);
    }
    free(path);
    return 0;
}

int cmd_explain(int argc, char **argv)
{
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(usage, stdout);
            return 0;
        }
        return cli_unknown_option("explain", opts, argv[optind - 1]);
    }
    if (argc - optind != 3)
        return cli_usage_error("explain", "expected GRAPH.json and two names, got %d argument%s",
                               argc - optind, argc - optind == 1 ? "" : "s");
    const char *path = argv[optind], *n1 = argv[optind + 1], *n2 = argv[optind + 2];
    erg_error_t err = {0};
    erg_graph_t g;
    size_t a = 0, b = 0;
    int rc = erg_graph_read_json(&g, path, &err);
    if (rc)
        return cli_fail(&err);
    if (!(rc = erg_graph_resolve(&g, n1, &a, &err)) && !(rc = erg_graph_resolve(&g, n2, &b, &err))) {
        long l = a == b ? -1 : erg_graph_link(&g, a, b);
        if (a == b)
            rc = snprintf(err.msg, sizeof err.msg, "'%s' and '%s' both name '%s'", n1, n2, g.nodes[a].id);
        else if (l < 0)
            rc = print_path(&g, a, b, &err);
        else
            print_link(&g, &g.links[l]);
    }
    erg_graph_release(&g);
    if (rc) { /* name the file, as every data error does; names made inert */
        char line[sizeof err.msg];
        erg_inert(line, sizeof line, err.msg);
        fprintf(stderr, "ergraph: %s: %s\n", path, line);
    }
    return rc ? 1 : 0;
}
