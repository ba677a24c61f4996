/* cmd_entities.c: ergraph entities: every recognized mention. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: ergraph entities [options] INPUT...\n\n"
    "Prints every recognized mention, one per line, in text order:\n"
    "  {\"doc\", \"start\", \"end\", \"text\", \"entity\", \"type\", \"role\"}\n"
    "with byte offsets into the article's text (a text file as it is on disk; the\n"
    "\"text\" field of a JSON article). INPUT is a file, a directory (walked for .txt,\n"
    ".md, .json, .jsonl) or - for standard input.\n\n"
    "options:\n"
    "  --format jsonl|tsv   output format (default jsonl)\n"
    "  --gazetteer FILE     add a gazetteer (repeatable; later files win)\n"
    "  --lang id|en|auto    word lists and tagger model for discovering names\n"
    "                       (default auto: per article, by counting function words)\n"
    "  --no-tagger          gazetteer names only: no discovery of other names\n"
    "  --resolve-capitals   a capital standing for its government (\"Pyongyang dan\n"
    "                       Moskow\") is its state; after di, ke, kota, in, ... a place\n"
    "  --jobs N             recognize articles on N threads (default: one per core;\n"
    "                       the output is the same for any N)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  --inputs-from FILE   also the inputs listed in FILE, one path a line (- for\n"
    "                       standard input)\n"
    "  -h, --help           show this help\n";

/* TSV cells cannot hold tabs or line breaks: escape them as \t \n \r \\. */
static void tsv_cell(FILE *fp, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '\t': fputs("\\t", fp); break;
        case '\n': fputs("\\n", fp); break;
        case '\r': fputs("\\r", fp); break;
        case '\\': fputs("\\\\", fp); break;
        default: fputc(*s, fp);
        }
    }
}

typedef struct {
    FILE *fp;
    int tsv;
} printer_t;

static int out_of_memory(erg_error_t *err)
{
    err->code = ERG_ENOMEM;
    snprintf(err->msg, sizeof err->msg, "out of memory");
    return ERG_ENOMEM;
}

/* erg_article_fn: prints an article's mentions, in input order. */
static int print_mentions(void *ctx, const erg_article_t *a, const erg_mentions_t *m,
                          erg_error_t *err)
{
    const printer_t *p = ctx;
    FILE *fp = p->fp;
    int tsv = p->tsv;
    for (size_t i = 0; i < m->n; i++) {
        const erg_mention_t *x = &m->items[i];
        char *text = malloc(x->end - x->start + 1);
        if (!text)
            return out_of_memory(err);
        memcpy(text, a->text + x->start, x->end - x->start);
        text[x->end - x->start] = '\0';
        const char *role = x->role == ERG_ROLE_BYLINE   ? "byline"
                           : x->role == ERG_ROLE_SOURCE ? "source"
                                                        : "mention";
        if (tsv) {
            tsv_cell(fp, a->id);
            fprintf(fp, "\t%zu\t%zu\t", x->start, x->end);
            tsv_cell(fp, text);
            fputc('\t', fp);
            tsv_cell(fp, x->entity);
            fprintf(fp, "\t%s\t%s\n", erg_type_name(x->type), role);
        } else {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "doc", a->id);
            cJSON_AddNumberToObject(o, "start", (double)x->start);
            cJSON_AddNumberToObject(o, "end", (double)x->end);
            cJSON_AddStringToObject(o, "text", text);
            cJSON_AddStringToObject(o, "entity", x->entity);
            cJSON_AddStringToObject(o, "type", erg_type_name(x->type));
            cJSON_AddStringToObject(o, "role", role);
            char *s = cJSON_PrintUnformatted(o);
            cJSON_Delete(o);
            if (!s) {
                free(text);
                return out_of_memory(err);
            }
            fputs(s, fp);
            fputc('\n', fp);
            cJSON_free(s);
        }
        free(text);
    }
    return 0;
}

int cmd_entities(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"gazetteer", required_argument, NULL, 'g'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"lang", required_argument, NULL, 'l'},
                                         {"no-tagger", no_argument, NULL, 'n'},
                                         {"resolve-capitals", no_argument, NULL, 'c'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_list_t gaz = {0};
    const char *format = "jsonl", *output = "-";
    int c, status = 0;
    erg_recognize_opts_t ro;
    erg_recognize_opts_init(&ro);
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'g': cli_list_add(&gaz, optarg); break;
        case 'o': output = optarg; break;
        case 'n': ro.tagger = 0; break;
        case 'c': ro.resolve_capitals = 1; break;
        case 'j': status = cli_jobs_option("entities", optarg, &ro.jobs); break;
        case 'l': status = cli_lang_option("entities", optarg, &ro.lang); break;
        case 'h': fputs(usage, stdout); cli_list_release(&gaz); return 0;
        case ':': status = cli_usage_error("entities", "option '%s' needs a value", argv[optind - 1]); break;
        default: status = cli_unknown_option("entities", opts, argv[optind - 1]); break;
        }
        if (status)
            break;
    }
    if (!status && strcmp(format, "jsonl") != 0 && strcmp(format, "tsv") != 0)
        status = cli_usage_error("entities", "unknown format '%s' (use jsonl or tsv)", format);
    if (!status && optind >= argc)
        status = cli_usage_error("entities", "no input given");
    if (status) {
        cli_list_release(&gaz);
        return status;
    }
    int tsv = strcmp(format, "tsv") == 0;
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    FILE *fp = stdout;
    int rc = erg_gazetteer_open(&g, gaz.v, gaz.n, &err);
    /* mentions stream to stdout; a file output is written whole at the end */
    char *buf = NULL;
    size_t buflen = 0;
    if (!rc && strcmp(output, "-") != 0 && !(fp = open_memstream(&buf, &buflen))) {
        err.code = rc = -2;
        snprintf(err.msg, sizeof err.msg, "out of memory");
    }
    if (!rc && tsv)
        fputs("doc\tstart\tend\ttext\tentity\ttype\trole\n", fp);
    printer_t pr = {fp, tsv};
    if (!rc)
        rc = erg_recognize_inputs(g, (const char *const *)argv + optind, (size_t)(argc - optind),
                                  &ro, print_mentions, &pr, &err);
    if (fp != stdout) {
        fclose(fp);
        if (!rc)
            rc = erg_write_file(output, buf, buflen, &err);
        free(buf);
    } else if (!rc && fflush(stdout) != 0) {
        rc = -2;
        snprintf(err.msg, sizeof err.msg, "cannot write to standard output");
    }
    erg_gazetteer_free(g);
    cli_list_release(&gaz);
    return rc ? cli_fail(&err) : 0;
}
