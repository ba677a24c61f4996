/* cmd_kwic.c: ergraph kwic: every mention of one entity in its context (a
 * concordance), from the corpus read again: a network keeps no mentions. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char usage[] =
    "usage: ergraph kwic [options] NAME INPUT...\n\n"
    "Prints every mention of the entity NAME in the articles of INPUT (files,\n"
    "directories or - as for build) in its context, keyword in context: the left\n"
    "context, the mention, the right context, the article and its date. NAME is an\n"
    "entity's name as 'ergraph entities' gives it, or a form written in the text,\n"
    "matched ignoring case. The corpus is read again: a network keeps no mentions.\n\n"
    "options:\n"
    "  --format F           plain (default: aligned columns), tsv or jsonl\n"
    "  --width N            characters of context on each side (default 40)\n"
    "  --gazetteer FILE     add a gazetteer (repeatable), as for build\n"
    "  --lang id|en|auto    as for build\n"
    "  --jobs N             recognize articles on N threads\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -h, --help           show this help\n";

typedef struct {
    FILE *fp;
    const char *name;
    const char *format;
    size_t width;
    size_t found;
} kwic_t;

/* Where the context of `width` characters before `at` starts. */
static size_t back(const char *text, size_t at, size_t width)
{
    size_t i = at;
    for (size_t chars = 0; i > 0 && chars < width; chars++) {
        i--;
        while (i > 0 && ((unsigned char)text[i] & 0xC0) == 0x80)
            i--;
    }
    return i;
}

/* Where the context of `width` characters after `at` ends. */
static size_t ahead(const char *text, size_t len, size_t at, size_t width)
{
    size_t i = at;
    for (size_t chars = 0; i < len && chars < width; chars++) {
        i++;
        while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* text[from..to) as one line: control characters (line breaks, tabs,
 * escapes) as spaces, so that nothing reaches a terminal but text. */
static char *flat(const char *text, size_t from, size_t to)
{
    char *s = malloc(to - from + 1);
    if (!s)
        return NULL;
    for (size_t i = from; i < to; i++)
        s[i - from] = (unsigned char)text[i] < 0x20 || text[i] == 0x7F ? ' ' : text[i];
    s[to - from] = '\0';
    return s;
}

static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void tsv_cell(FILE *fp, const char *s)
{
    for (; *s; s++)
        fputs(*s == '\\' ? "\\\\" : (char[]){*s, 0}, fp);
}

static int print_line(const kwic_t *k, const erg_article_t *a, const char *date,
                      const erg_mention_t *x, const char *left, const char *mid, const char *right)
{
    FILE *fp = k->fp;
    if (strcmp(k->format, "jsonl") == 0) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "doc", a->id);
        if (*date)
            cJSON_AddStringToObject(o, "date", date);
        else
            cJSON_AddNullToObject(o, "date");
        cJSON_AddNumberToObject(o, "start", (double)x->start);
        cJSON_AddNumberToObject(o, "end", (double)x->end);
        cJSON_AddStringToObject(o, "left", left);
        cJSON_AddStringToObject(o, "text", mid);
        cJSON_AddStringToObject(o, "right", right);
        cJSON_AddStringToObject(o, "entity", x->entity);
        char *s = cJSON_PrintUnformatted(o);
        cJSON_Delete(o);
        if (!s)
            return ERG_ENOMEM;
        fprintf(fp, "%s\n", s);
        cJSON_free(s);
    } else if (strcmp(k->format, "tsv") == 0) {
        char *id = flat(a->id, 0, strlen(a->id));
        if (!id)
            return ERG_ENOMEM;
        const char *cells[] = {id, date, left, mid, right};
        for (size_t c = 0; c < 5; c++) {
            if (c)
                fputc('\t', fp);
            tsv_cell(fp, cells[c]);
            if (c == 1)
                fprintf(fp, "\t%zu\t%zu", x->start, x->end);
        }
        fputc('\n', fp);
        free(id);
    } else {
        char *id = flat(a->id, 0, strlen(a->id));
        if (!id)
            return ERG_ENOMEM;
        fprintf(fp, "%*s%s [%s] %s  (%s%s%s)\n", (int)(k->width - chars(left)), "", left, mid,
                right, id, *date ? ", " : "", date);
        free(id);
    }
    return 0;
}

/* erg_article_fn: the article's mentions of k->name, in text order. */
static int print_kwic(void *ctx, const erg_article_t *a, const erg_mentions_t *m, erg_error_t *err)
{
    kwic_t *k = ctx;
    char date[11] = "";
    if (!erg_article_date(a, date))
        date[0] = '\0';
    for (size_t i = 0; i < m->n; i++) {
        const erg_mention_t *x = &m->items[i];
        size_t n = strlen(k->name);
        int hit = strcasecmp(x->entity, k->name) == 0 ||
                  (x->end - x->start == n && strncasecmp(a->text + x->start, k->name, n) == 0);
        if (!hit)
            continue;
        char *left = flat(a->text, back(a->text, x->start, k->width), x->start);
        char *mid = flat(a->text, x->start, x->end);
        char *right = flat(a->text, x->end, ahead(a->text, a->len, x->end, k->width));
        int rc = left && mid && right ? print_line(k, a, date, x, left, mid, right) : ERG_ENOMEM;
        free(left);
        free(mid);
        free(right);
        if (rc) {
            err->code = rc;
            snprintf(err->msg, sizeof err->msg, "out of memory");
            return rc;
        }
        k->found++;
    }
    return 0;
}

int cmd_kwic(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"width", required_argument, NULL, 'w'},
                                         {"gazetteer", required_argument, NULL, 'g'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"lang", required_argument, NULL, 'l'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_list_t gaz = {0};
    kwic_t k = {stdout, NULL, "plain", 40, 0};
    const char *output = "-";
    int c, status = 0;
    long width;
    erg_recognize_opts_t ro;
    erg_recognize_opts_init(&ro);
    opterr = 0;
    while (!status && (c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': k.format = optarg; break;
        case 'w':
            if ((width = cli_parse_count(optarg)) < 1 || width > 1000)
                status = cli_usage_error("kwic", "--width needs 1 to 1000, not '%s'", optarg);
            k.width = (size_t)width;
            break;
        case 'g': status = cli_list_add(&gaz, optarg) ? cli_usage_error("kwic", "out of memory") : 0; break;
        case 'o': output = optarg; break;
        case 'j': status = cli_jobs_option("kwic", optarg, &ro.jobs); break;
        case 'l': status = cli_lang_option("kwic", optarg, &ro.lang); break;
        case 'h': fputs(usage, stdout); cli_list_release(&gaz); return 0;
        case ':': status = cli_usage_error("kwic", "option '%s' needs a value", argv[optind - 1]); break;
        default: status = cli_unknown_option("kwic", opts, argv[optind - 1]); break;
        }
    }
    if (!status && strcmp(k.format, "plain") != 0 && strcmp(k.format, "tsv") != 0 &&
        strcmp(k.format, "jsonl") != 0)
        status = cli_usage_error("kwic", "unknown format '%s' (use plain, tsv or jsonl)", k.format);
    if (!status && optind + 1 >= argc)
        status = cli_usage_error("kwic", optind >= argc ? "no name given" : "no input given");
    if (status) {
        cli_list_release(&gaz);
        return status;
    }
    k.name = argv[optind];
    erg_error_t err = {0};
    erg_gazetteer_t *g = NULL;
    char *buf = NULL;
    size_t buflen = 0;
    int rc = erg_gazetteer_open(&g, gaz.v, gaz.n, &err);
    if (!rc && strcmp(output, "-") != 0 && !(k.fp = open_memstream(&buf, &buflen))) {
        err.code = rc = ERG_ENOMEM;
        snprintf(err.msg, sizeof err.msg, "out of memory");
    }
    if (!rc && strcmp(k.format, "tsv") == 0)
        fputs("doc\tdate\tstart\tend\tleft\ttext\tright\n", k.fp);
    if (!rc)
        rc = erg_recognize_inputs(g, (const char *const *)argv + optind + 1,
                                  (size_t)(argc - optind - 1), &ro, print_kwic, &k, &err);
    if (k.fp && k.fp != stdout) {
        fclose(k.fp);
        if (!rc)
            rc = erg_write_file(output, buf, buflen, &err);
        free(buf);
    } else if (!rc && fflush(stdout) != 0) {
        rc = ERG_EIO;
        snprintf(err.msg, sizeof err.msg, "cannot write to standard output");
    }
    erg_gazetteer_free(g);
    cli_list_release(&gaz);
    if (!rc && !k.found)
        fprintf(stderr, "ergraph: warning: no mention of '%s' in the inputs\n", k.name);
    return rc ? cli_fail(&err) : 0;
}
