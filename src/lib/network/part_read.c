/*
 * part_read.c: adds a part (part_write.c describes the format) to a builder, as
 * if its articles were counted after those already there: article i of
 * the part becomes article ndocs + i, its nodes join the builder's nodes of
 * the same identity (or are made, with their name and type), link counts,
 * frequencies and mentions add up, articles and evidence are appended (the
 * first evidence_per_link kept), dates widen. So reading parts in the order
 * of their inputs gives the state one run over those inputs would reach.
 *
 * A part is checked line by line: every field of the right type, counts
 * whole and non-negative, indexes in range, lines in order, and the end
 * line's totals equal to what was read (a truncated part has none). Errors
 * name the file and line; the builder is then half-merged and only good to
 * free.
 */
#define _POSIX_C_SOURCE 200809L
#include "ergraph.h"
#include "err.h"
#include "jsonw.h"
#include "files.h"
#include "map.h"
#include "mem.h"
#include "network.h"
#include "network_internal.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { AT_HEADER, AT_ARTICLES, AT_NODES, AT_LINKS, AT_END };

typedef struct {
    erg_builder_t *b;
    const char *path;
    erg_error_t *err;
    size_t line;
    int stage;
    size_t doc0, ndocs;     /* the part's first article in the builder; articles read */
    size_t *gnode;          /* the builder's node for each node of the part */
    size_t nnodes, gcap;
    erg_map_t claimed;      /* builder nodes a node of this part joined */
    erg_map_t ids;          /* the part's article ids -> their builder index */
    size_t nlinks;
    long *pdocs;            /* the articles each node of the part is in */
    size_t pcap;
    uint64_t sum;           /* erg__part_sum of the lines read */
} reader_t;

static int bad(reader_t *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static int bad(reader_t *r, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return erg__fail(r->err, ERG_EPARSE, "%s:%zu: %s", r->path, r->line, msg);
}

static const cJSON *field(const cJSON *o, const char *name)
{
    return cJSON_GetObjectItemCaseSensitive(o, name);
}

static int get_count(reader_t *r, const cJSON *o, const char *name, const char *what, long *out)
{
    double d;
    if (!erg__json_whole(field(o, name), &d))
        return bad(r, "%s: \"%s\" is not a count", what, name);
    *out = (long)d;
    return 0;
}

static int get_string(reader_t *r, const cJSON *o, const char *name, const char *what,
                      const char **out)
{
    const cJSON *v = field(o, name);
    if (!cJSON_IsString(v))
        return bad(r, "%s: \"%s\" is not a string", what, name);
    *out = v->valuestring;
    return 0;
}

/* *dst += v, refusing to overflow. */
static int add_count(reader_t *r, long *dst, long v)
{
    if (*dst > LONG_MAX - v)
        return bad(r, "counts too large to add up");
    *dst += v;
    return 0;
}

/* An ISO date or null, as "" for null. */
static int get_date(reader_t *r, const cJSON *o, const char *name, const char *what, char out[11])
{
    if (erg__json_date(field(o, name), out))
        return bad(r, "%s: \"%s\" is not a yyyy-mm-dd date or null", what, name);
    return 0;
}

/* The counting options of the header into *o (options.c reads them). */
static int header_opts(reader_t *r, const cJSON *h, erg_build_opts_t *o, long *gz)
{
    char msg[160];
    if (erg__opts_read(h, o, msg, sizeof msg))
        return bad(r, "%s", msg);
    return get_count(r, h, "gazetteer_entries", "header", gz);
}

/* The digests of the data the part was counted with: "data": {"gazetteer",
 * "lists"}, each "sha256:HEX" (digest.h). */
static int header_data(reader_t *r, const cJSON *h, const char *digests[2])
{
    static const char *const names[2] = {"gazetteer", "lists"};
    const cJSON *data = field(h, "data");
    if (!cJSON_IsObject(data))
        return bad(r, "header: no \"data\" object (the digests of the gazetteers and word "
                      "lists; a part of an older ergraph: count it again)");
    for (int k = 0; k < 2; k++) {
        int rc = get_string(r, data, names[k], "header: data", &digests[k]);
        if (rc)
            return rc;
        if (!erg__digest_valid(digests[k]))
            return bad(r, "header: data: \"%s\" is not \"sha256:\" and 64 hex digits", names[k]);
    }
    return 0;
}

static int read_header(reader_t *r, const cJSON *h)
{
    const cJSON *fmt = field(h, "ergraph_part");
    if (!cJSON_IsNumber(fmt))
        return bad(r, "not an ergraph part (its first line has no \"ergraph_part\" format)");
    if (fmt->valuedouble != ERG_PART_FORMAT)
        return bad(r, "ergraph part format %g; this ergraph reads format %d", fmt->valuedouble,
                   ERG_PART_FORMAT);
    erg_build_opts_t po;
    erg_build_opts_init(&po);
    long gz = 0;
    const char *version = NULL;
    const cJSON *inputs = field(h, "inputs"), *it;
    int rc;
    const char *digests[2];
    if ((rc = get_string(r, h, "version", "header", &version)) ||
        (rc = header_opts(r, h, &po, &gz)) || (rc = header_data(r, h, digests)))
        return rc;
    if (!cJSON_IsArray(inputs))
        return bad(r, "header: \"inputs\" is not an array");
    cJSON_ArrayForEach(it, inputs) if (!cJSON_IsString(it))
        return bad(r, "header: \"inputs\" holds something that is not a string");
    if ((rc = erg__part_adopt_opts(r->b, r->path, &po, (size_t)gz, digests, version, r->err)))
        return rc;
    cJSON_ArrayForEach(it, inputs) if (erg__builder_add_input(r->b, it->valuestring))
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    return 0;
}

static int read_node(reader_t *r, const cJSON *o)
{
    const char *name = NULL, *key = NULL, *type = NULL;
    long mentions = 0, documents = 0, freq = 0, lone = 0;
    const cJSON *aliases = field(o, "aliases"), *it;
    int rc, t;
    if ((rc = get_string(r, o, "node", "node", &name)) || (rc = get_string(r, o, "key", "node", &key)) ||
        (rc = get_string(r, o, "type", "node", &type)) ||
        (rc = get_count(r, o, "mentions", "node", &mentions)) ||
        (rc = get_count(r, o, "documents", "node", &documents)) ||
        (rc = get_count(r, o, "frequency", "node", &freq)) ||
        (field(o, "lone") && (rc = get_count(r, o, "lone", "node", &lone))))
        return rc;
    if (lone > mentions)
        return bad(r, "node '%s': %ld lone mentions of %ld", name, lone, mentions);
    if (!*name)
        return bad(r, "node: empty name");
    /* the counting invariants a hand-edited or damaged part breaks */
    if ((size_t)documents > r->ndocs)
        return bad(r, "node '%s': in %ld articles, but the part has %zu", name, documents, r->ndocs);
    if ((t = erg_type_parse(type)) < 0)
        return bad(r, "node: unknown type '%s'", type);
    if (!cJSON_IsArray(aliases))
        return bad(r, "node: \"aliases\" is not an array");
    /* the key is the name's, as the builder made it: one name, one node */
    erg_buf_t want = {0};
    if (erg__text_phrase_key(name, strlen(name), &want, NULL, NULL)) {
        erg__buf_release(&want);
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    }
    int same = strcmp(want.buf ? want.buf : "", key) == 0;
    erg__buf_release(&want);
    if (!same)
        return bad(r, "node '%s': \"key\" is not the key of its name", name);
    size_t g;
    void *p = r->gnode;
    if (erg__grow(&p, &r->gcap, r->nnodes + 1, sizeof *r->gnode) ||
        erg__builder_node(r->b, name, key, (erg_type_t)t, &g))
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    r->gnode = p;
    p = r->pdocs;
    if (erg__grow(&p, &r->pcap, r->nnodes + 1, sizeof *r->pdocs))
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    r->pdocs = p;
    r->pdocs[r->nnodes] = documents;
    if (erg__map_get(&r->claimed, &g, sizeof g))
        return bad(r, "node '%s' has the key of an earlier node of the part", name);
    if (erg__map_put(&r->claimed, &g, sizeof g, 1))
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    r->gnode[r->nnodes++] = g;
    erg_bnode_t *nd = &r->b->nodes[g];
    if ((rc = add_count(r, &nd->mentions, mentions)) || (rc = add_count(r, &nd->documents, documents)) ||
        (rc = add_count(r, &nd->freq, freq)) || (rc = add_count(r, &nd->lone, lone)))
        return rc;
    cJSON_ArrayForEach(it, aliases) {
        if (!cJSON_IsString(it))
            return bad(r, "node: \"aliases\" holds something that is not a string");
        if (erg__builder_alias(r->b, g, it->valuestring, strlen(it->valuestring)))
            return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    }
    return 0;
}

/* An index below `n` from array item `v`. */
static int get_index(reader_t *r, const cJSON *v, size_t n, const char *what, size_t *out)
{
    double d;
    if (!erg__json_whole(v, &d) || d >= (double)n)
        return bad(r, "link: %s index out of range (the part has %zu)", what, n);
    *out = (size_t)d;
    return 0;
}

static int read_evidence(reader_t *r, const cJSON *evs, erg_blink_t *l)
{
    const cJSON *e;
    if (!cJSON_IsArray(evs))
        return bad(r, "link: \"evidence\" is not an array");
    cJSON_ArrayForEach(e, evs) {
        const char *doc = NULL, *text = NULL;
        long start = 0, end = 0;
        int rc;
        if ((rc = get_string(r, e, "doc", "evidence", &doc)) ||
            (rc = get_string(r, e, "text", "evidence", &text)) ||
            (rc = get_count(r, e, "start", "evidence", &start)) ||
            (rc = get_count(r, e, "end", "evidence", &end)))
            return rc;
        if (end < start)
            return bad(r, "evidence: \"end\" before \"start\"");
        if (l->nev >= r->b->opts.counting.evidence)
            continue;
        erg_evidence_t *x;
        if (erg__builder_ev_slot(r->b, l, &x))
            return erg__fail(r->err, ERG_ENOMEM, "out of memory");
        x->start = (size_t)start;
        x->end = (size_t)end;
        /* the part's own articles are named once, in the builder's table */
        size_t *k = erg__map_get(&r->ids, doc, strlen(doc));
        x->doc = k ? r->b->docs[*k] : erg__arena_strndup(&r->b->strings, doc, strlen(doc));
        x->text = erg__builder_text(r->b, text, strlen(text));
        if (!x->doc || !x->text)
            return erg__fail(r->err, ERG_ENOMEM, "out of memory");
        l->nev++;
    }
    return 0;
}

static int read_link(reader_t *r, const cJSON *o)
{
    const cJSON *ends = field(o, "link"), *docs = field(o, "articles"), *it;
    size_t x, y;
    long count;
    int rc;
    if (!cJSON_IsArray(ends) || cJSON_GetArraySize(ends) != 2)
        return bad(r, "link: \"link\" is not a pair of node indexes");
    if ((rc = get_index(r, cJSON_GetArrayItem(ends, 0), r->nnodes, "node", &x)) ||
        (rc = get_index(r, cJSON_GetArrayItem(ends, 1), r->nnodes, "node", &y)) ||
        (rc = get_count(r, o, "count", "link", &count)))
        return rc;
    if (x == y)
        return bad(r, "link: a node linked to itself");
    if (!cJSON_IsArray(docs) || cJSON_GetArraySize(docs) == 0)
        return bad(r, "link: \"articles\" is not a non-empty array");
    long shared = (long)cJSON_GetArraySize(docs);
    if (shared > r->pdocs[x] || shared > r->pdocs[y])
        return bad(r, "link: nodes %zu and %zu share %ld articles, but node %zu is in %ld", x, y,
                   shared, shared > r->pdocs[x] ? x : y, shared > r->pdocs[x] ? r->pdocs[x] : r->pdocs[y]);
    erg_blink_t *l;
    if (erg__builder_link(r->b, r->gnode[x], r->gnode[y], &l))
        return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    if (l->ndocs && erg__builder_last_doc(r->b, l) >= r->doc0)
        return bad(r, "link: nodes %zu and %zu are linked twice", x, y);
    if ((rc = add_count(r, &l->count, count)))
        return rc;
    cJSON_ArrayForEach(it, docs) {
        size_t k;
        if ((rc = get_index(r, it, r->ndocs, "article", &k)))
            return rc;
        if (l->ndocs && erg__builder_last_doc(r->b, l) >= r->doc0 + k)
            return bad(r, "link: \"articles\" not in increasing order");
        if (erg__builder_link_doc(r->b, l, r->doc0 + k))
            return erg__fail(r->err, ERG_ENOMEM, "out of memory");
    }
    r->nlinks++;
    return read_evidence(r, field(o, "evidence"), l);
}

/* The end line's total `name` must be `have`. */
static int check_total(reader_t *r, const cJSON *e, const char *name, size_t have)
{
    long v;
    int rc = get_count(r, e, name, "end", &v);
    if (!rc && (size_t)v != have)
        return bad(r, "end: the part should hold %ld %s, it holds %zu", v, name, have);
    return rc;
}

static int read_end(reader_t *r, const cJSON *o)
{
    const cJSON *e = field(o, "end");
    const cJSON *dates = field(e, "dates"), *left = field(e, "left_out"), *sk = field(e, "skipped");
    erg_build_stats_t *st = &r->b->st;
    long mentions, windows, dated, undated, lu, lr, sf, sa;
    char first[11], last[11];
    int rc;
    if (!cJSON_IsObject(dates) || !cJSON_IsObject(left) || !cJSON_IsObject(sk))
        return bad(r, "end: \"dates\", \"left_out\" or \"skipped\" is not an object");
    if ((rc = check_total(r, e, "articles", r->ndocs)) || (rc = check_total(r, e, "nodes", r->nnodes)) ||
        (rc = check_total(r, e, "links", r->nlinks)) ||
        (rc = get_count(r, e, "mentions", "end", &mentions)) ||
        (rc = get_count(r, e, "windows", "end", &windows)) ||
        (rc = get_date(r, dates, "first", "end", first)) || (rc = get_date(r, dates, "last", "end", last)) ||
        (rc = get_count(r, dates, "dated", "end", &dated)) ||
        (rc = get_count(r, dates, "undated", "end", &undated)) ||
        (rc = get_count(r, left, "undated", "end", &lu)) ||
        (rc = get_count(r, left, "out_of_range", "end", &lr)) ||
        (rc = get_count(r, sk, "files", "end", &sf)) || (rc = get_count(r, sk, "articles", "end", &sa)))
        return rc;
    if (dated && (!first[0] || !last[0] || strcmp(first, last) > 0))
        return bad(r, "end: dated articles without a date range");
    const cJSON *sum = field(e, "checksum");
    char want[32];
    snprintf(want, sizeof want, "fnv1a64:%016llx", (unsigned long long)r->sum);
    if (sum && (!cJSON_IsString(sum) || strcmp(sum->valuestring, want) != 0))
        return bad(r, "end: the checksum does not match the lines before it: the part was "
                      "damaged or changed after it was written");
    if ((rc = add_count(r, &st->mentions, mentions)) || (rc = add_count(r, &st->windows, windows)))
        return rc;
    if (dated && (!st->dated || strcmp(first, st->first) < 0))
        memcpy(st->first, first, sizeof first);
    if (dated && strcmp(last, st->last) > 0)
        memcpy(st->last, last, sizeof last);
    st->dated += (size_t)dated;
    st->undated += (size_t)undated;
    st->left_undated += (size_t)lu;
    st->left_out_of_range += (size_t)lr;
    r->b->skipped_files += (size_t)sf;
    r->b->skipped_articles += (size_t)sa;
    if (sf || sa)
        erg__warn("%s: its count skipped %ld file%s and %ld article%s", r->path, sf,
                 sf == 1 ? "" : "s", sa, sa == 1 ? "" : "s");
    return 0;
}

/* One line, whose kind must come at this stage. */
static int read_line(reader_t *r, char *s, size_t n)
{
    const char *end = NULL;
    int oom;
    cJSON *o = erg__json_parse(s, n, &end, &oom);
    if (oom)
        return erg__fail(r->err, ERG_ENOMEM, "out of memory reading '%s'", r->path);
    size_t at = end && end >= s ? (size_t)(end - s) : 0;
    while (o && at < n && (s[at] == ' ' || s[at] == '\t'))
        at++;
    if ((!o || !cJSON_IsObject(o)) && r->stage == AT_HEADER) {
        cJSON_Delete(o);
        return bad(r, "not an ergraph part (line 1 is not a JSON object)");
    }
    if (!o || at < n) {
        cJSON_Delete(o);
        return erg__fail(r->err, ERG_EPARSE, "%s:%zu:%zu: malformed JSON", r->path, r->line, at + 1);
    }
    int rc, kind = r->stage == AT_HEADER ? AT_HEADER
                   : !cJSON_IsObject(o) ? -1
                   : field(o, "article") ? AT_ARTICLES
                   : field(o, "node") ? AT_NODES
                   : field(o, "link") ? AT_LINKS
                   : field(o, "end") ? AT_END : -1;
    static const char *const names[] = {"header", "article", "node", "link", "end"};
    if (r->stage == AT_END)
        rc = bad(r, "a line after the end line");
    else if (kind < 0)
        rc = bad(r, "not a line of a part (expected \"article\", \"node\", \"link\" or \"end\")");
    else if (kind < r->stage)
        rc = bad(r, "%s line after the %s lines", names[kind], names[r->stage]);
    else if (kind == AT_HEADER)
        rc = read_header(r, o);
    else if (kind == AT_ARTICLES) {
        size_t g;
        const cJSON *id = field(o, "article"), *date = field(o, "date");
        char day[11] = "";
        rc = !cJSON_IsString(id) ? bad(r, "article: \"article\" is not a string")
             : date && erg__json_date(date, day) != 0 ? bad(r, "article: \"date\" is not a date (yyyy-mm-dd)")
             : erg__builder_doc(r->b, id->valuestring, day, &g) ||
                     erg__map_put(&r->ids, id->valuestring, strlen(id->valuestring), g)
                 ? erg__fail(r->err, ERG_ENOMEM, "out of memory")
                 : (r->ndocs++, 0);
    } else if (kind == AT_NODES)
        rc = read_node(r, o);
    else if (kind == AT_LINKS)
        rc = read_link(r, o);
    else
        rc = read_end(r, o);
    if (!rc && kind >= 0)
        r->stage = kind == AT_HEADER ? AT_ARTICLES : kind;
    cJSON_Delete(o);
    return rc;
}

int erg_builder_read_part(erg_builder_t *b, const char *path, erg_error_t *err)
{
    int use_stdin = strcmp(path, "-") == 0;
    FILE *fp = use_stdin ? stdin : fopen(path, "rb");
    if (!fp)
        return erg__fail(err, ERG_EIO, "cannot open '%s': %s", path, strerror(errno));
    if (!use_stdin)
        erg__input_seen(fileno(fp), path);
    reader_t r = {b, path, err, 0, AT_HEADER, b->ndocs, 0, NULL, 0, 0, {0}, {0}, 0, NULL, 0,
                  ERG_PART_SUM0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, fp)) >= 0) {
        r.line++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (n)
            rc = read_line(&r, line, (size_t)n);
        if (n && !rc)
            r.sum = erg__part_sum(r.sum, line, (size_t)n);
    }
    if (!rc && ferror(fp))
        rc = erg__fail(err, ERG_EIO, "cannot read '%s': %s", path, strerror(errno));
    else if (!rc && r.stage == AT_HEADER)
        rc = erg__fail(err, ERG_EPARSE, "%s: empty file, not an ergraph part", path);
    else if (!rc && r.stage != AT_END)
        rc = erg__fail(err, ERG_EPARSE, "%s: truncated: no end line after line %zu", path, r.line);
    free(line);
    free(r.gnode);
    free(r.pdocs);
    erg__map_release(&r.claimed);
    erg__map_release(&r.ids);
    if (!use_stdin)
        fclose(fp);
    return rc;
}
