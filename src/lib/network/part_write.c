/*
 * part_write.c: a shard's partial counts (ergraph count) written as a "part":
 * the builder's state before erg_builder_finish, in JSON Lines, so that
 * erg_builder_read_part (part_read.c) can add it to another builder and
 * the merged network is the one a single run would give (doc/method.md, "Shards").
 *
 * Format 1, one JSON object per line, in this order:
 *   {"ergraph_part": 1, "version", counting options, "gazetteer_entries",
 *    "data": {"gazetteer", "lists"}, "inputs"}
 *   {"article": ID, "date"}                  one per article, in input order
 *                                            ("date" only when it has one)
 *   {"node", "key", "type", "mentions", "documents", "frequency", "aliases"}
 *   (and "lone" when some mentions were lone words: ERG_MENTION_LONE)
 *   {"link": [I, J], "count", "articles": [K...], "evidence": [{"doc", "start", "end", "text"}]}
 *   {"end": {"articles", "nodes", "links", "mentions", "windows", "dates",
 *            "left_out", "skipped", "checksum"}}
 * Nodes and articles are numbered from 0 in the order of their lines. The
 * end line's counts make a truncated part detectable, and its checksum
 * (erg__part_sum of every line before it) a damaged one; a part without a
 * checksum (written before it was added, or edited by hand on purpose) is
 * read without that check. Weights and pruning
 * are not in a part: they need the counts of every shard. The counting
 * options of parts being merged are compared here too (erg__part_adopt_opts),
 * and so are the data they were counted with: "data" holds the SHA-256 of
 * the gazetteer's sources and of the word lists and tagger models
 * (erg__gazetteer_digest, erg__data_digest), since two gazetteers of the
 * same size can name different things.
 */
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "mem.h"
#include "network.h"
#include "network_internal.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static cJSON *header(const erg_builder_t *b)
{
    cJSON *h = cJSON_CreateObject();
    cJSON_AddNumberToObject(h, "ergraph_part", ERG_PART_FORMAT);
    cJSON_AddStringToObject(h, "version", "ergraph " ERG_VERSION);
    erg__opts_json(h, &b->opts, 1);
    cJSON_AddNumberToObject(h, "gazetteer_entries", (double)b->gazetteer_size);
    cJSON *data = cJSON_AddObjectToObject(h, "data");
    cJSON_AddStringToObject(data, "gazetteer", b->gazetteer_digest);
    cJSON_AddStringToObject(data, "lists", b->lists_digest);
    erg__meta_add_inputs(h, (const char *const *)b->inputs, b->ninputs);
    return h;
}

static cJSON *node_line(const erg_bnode_t *nd)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "node", nd->id);
    cJSON_AddStringToObject(o, "key", nd->key);
    cJSON_AddStringToObject(o, "type", erg_type_name(nd->type));
    cJSON_AddNumberToObject(o, "mentions", (double)nd->mentions);
    cJSON_AddNumberToObject(o, "documents", (double)nd->documents);
    cJSON_AddNumberToObject(o, "frequency", (double)nd->freq);
    if (nd->lone)
        cJSON_AddNumberToObject(o, "lone", (double)nd->lone);
    cJSON *al = cJSON_AddArrayToObject(o, "aliases");
    for (size_t k = 0; k < nd->naliases; k++)
        cJSON_AddItemToArray(al, cJSON_CreateString(nd->aliases[k]));
    return o;
}

static cJSON *link_line(const erg_builder_t *b, const erg_blink_t *l)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *ends = cJSON_AddArrayToObject(o, "link");
    cJSON_AddItemToArray(ends, cJSON_CreateNumber((double)l->a));
    cJSON_AddItemToArray(ends, cJSON_CreateNumber((double)l->b));
    cJSON_AddNumberToObject(o, "count", (double)l->count);
    cJSON *docs = cJSON_AddArrayToObject(o, "articles");
    for (size_t k = 0, r = l->first; k < l->ndocs; k++, r = b->refs[r].next)
        cJSON_AddItemToArray(docs, cJSON_CreateNumber((double)b->refs[r].doc));
    cJSON *ev = cJSON_AddArrayToObject(o, "evidence");
    for (size_t k = 0; k < l->nev; k++) {
        const erg_evidence_t *x = &b->ev[l->ev + k];
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "doc", x->doc);
        cJSON_AddNumberToObject(e, "start", (double)x->start);
        cJSON_AddNumberToObject(e, "end", (double)x->end);
        cJSON_AddStringToObject(e, "text", x->text);
        cJSON_AddItemToArray(ev, e);
    }
    return o;
}

uint64_t erg__part_sum(uint64_t h, const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    for (size_t i = 0; i <= n; i++) { /* FNV-1a, each line ended by '\n' */
        h ^= i < n ? (unsigned char)s[i] : '\n';
        h *= 0x100000001b3ULL;
    }
    return h;
}

static cJSON *end_line(const erg_builder_t *b, uint64_t sum)
{
    const erg_build_stats_t *st = &b->st;
    cJSON *o = cJSON_CreateObject();
    cJSON *e = cJSON_AddObjectToObject(o, "end");
    cJSON_AddNumberToObject(e, "articles", (double)b->ndocs);
    cJSON_AddNumberToObject(e, "nodes", (double)b->n);
    cJSON_AddNumberToObject(e, "links", (double)b->m);
    cJSON_AddNumberToObject(e, "mentions", (double)st->mentions);
    cJSON_AddNumberToObject(e, "windows", (double)st->windows);
    erg__meta_add_dates(e, st);
    cJSON *left = cJSON_AddObjectToObject(e, "left_out");
    cJSON_AddNumberToObject(left, "undated", (double)st->left_undated);
    cJSON_AddNumberToObject(left, "out_of_range", (double)st->left_out_of_range);
    cJSON *sk = cJSON_AddObjectToObject(e, "skipped");
    cJSON_AddNumberToObject(sk, "files", (double)b->skipped_files);
    cJSON_AddNumberToObject(sk, "articles", (double)b->skipped_articles);
    char hex[32];
    snprintf(hex, sizeof hex, "fnv1a64:%016llx", (unsigned long long)sum);
    cJSON_AddStringToObject(e, "checksum", hex);
    return o;
}

/* Prints `o` on one line, adding it to *sum, then frees it. */
static int put_line(FILE *fp, cJSON *o, uint64_t *sum)
{
    char *s = o ? cJSON_PrintUnformatted(o) : NULL;
    cJSON_Delete(o);
    if (!s)
        return ERG_ENOMEM;
    *sum = erg__part_sum(*sum, s, strlen(s));
    fputs(s, fp);
    fputc('\n', fp);
    cJSON_free(s);
    return 0;
}

int erg_builder_write_part(const erg_builder_t *b, const char *path, erg_error_t *err)
{
    erg_ofile_t out;
    int rc = erg__ofile_open(&out, path, err);
    if (rc)
        return rc;
    uint64_t sum = ERG_PART_SUM0;
    rc = put_line(out.fp, header(b), &sum);
    for (size_t i = 0; i < b->ndocs && !rc; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "article", b->docs[i]);
        if (b->dates && b->dates[i][0])
            cJSON_AddStringToObject(o, "date", b->dates[i]);
        rc = put_line(out.fp, o, &sum);
    }
    for (size_t i = 0; i < b->n && !rc; i++)
        rc = put_line(out.fp, node_line(&b->nodes[i]), &sum);
    for (size_t i = 0; i < b->m && !rc; i++)
        rc = put_line(out.fp, link_line(b, &b->links[i]), &sum);
    if (!rc)
        rc = put_line(out.fp, end_line(b, sum), &sum);
    if (rc) {
        erg__ofile_abort(&out);
        return erg__fail(err, rc, "cannot write '%s': %s", path, erg_strerror(rc));
    }
    return erg__ofile_commit(&out, err);
}

int erg__part_adopt_opts(erg_builder_t *b, const char *path, const erg_build_opts_t *po, size_t gz,
                        const char *const digests[2], const char *version, erg_error_t *err)
{
    if (!b->opts_from) {
        b->opts.counting = po->counting;
        b->gazetteer_size = gz;
        snprintf(b->gazetteer_digest, sizeof b->gazetteer_digest, "%s", digests[0]);
        snprintf(b->lists_digest, sizeof b->lists_digest, "%s", digests[1]);
        snprintf(b->part_version, sizeof b->part_version, "%s", version);
        if (!(b->opts_from = erg__strdup(path)))
            return erg__fail(err, ERG_ENOMEM, "out of memory");
        return 0;
    }
    if (strcmp(version, b->part_version) != 0)
        return erg__fail(err, ERG_EINVAL, "%s: counted by %s, unlike '%s' (%s)", path,
                        version, b->opts_from, b->part_version);
    char mine[96], theirs[96];
    const char *name = erg__opts_differ(po, &b->opts, 1, theirs, mine);
    if (!name && gz != b->gazetteer_size) {
        name = "a gazetteer of";
        snprintf(theirs, sizeof theirs, "%zu entries", gz);
        snprintf(mine, sizeof mine, "%zu entries", b->gazetteer_size);
    }
    if (name)
        return erg__fail(err, ERG_EINVAL,
                         "%s: counted with %s %s, unlike '%s' (%s); parts must be counted "
                         "with the same options", path, name, theirs, b->opts_from, mine);
    /* the same sizes, other contents: a name changed, a list edited */
    const char *mines[2] = {b->gazetteer_digest, b->lists_digest};
    static const char *const what[2] = {"gazetteers", "word lists or tagger models"};
    for (int k = 0; k < 2; k++)
        if (strcmp(digests[k], mines[k]) != 0)
            return erg__fail(err, ERG_EINVAL,
                             "%s: counted with other %s than '%s' (sha256 %.12s..., not %.12s...); "
                             "parts must be counted with the same gazetteers and word lists",
                             path, what[k], b->opts_from, digests[k] + 7, mines[k] + 7);
    return 0;
}

int erg__builder_add_input(erg_builder_t *b, const char *input)
{
    void *p = b->inputs;
    if (erg__grow(&p, &b->icap, b->ninputs + 1, sizeof(char *)))
        return ERG_ENOMEM;
    b->inputs = p;
    if (!(b->inputs[b->ninputs] = erg__strdup(input)))
        return ERG_ENOMEM;
    b->ninputs++;
    return 0;
}

const char *const *erg_builder_inputs(const erg_builder_t *b, size_t *n)
{
    *n = b->ninputs;
    return (const char *const *)b->inputs;
}

void erg__part_note(erg_builder_t *b, size_t gazetteer_size, const char *gazetteer_digest,
                   const char *lists_digest, size_t skipped_files, size_t skipped_articles)
{
    b->gazetteer_size = gazetteer_size;
    snprintf(b->gazetteer_digest, sizeof b->gazetteer_digest, "%s", gazetteer_digest);
    snprintf(b->lists_digest, sizeof b->lists_digest, "%s", lists_digest);
    b->skipped_files = skipped_files;
    b->skipped_articles = skipped_articles;
}
