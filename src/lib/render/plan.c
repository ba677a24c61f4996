/*
 * plan.c: which entities a picture shows and how each is encoded;
 * no Graphviz here (render.c owns that), only decisions and their text.
 *
 * Selection: the max_nodes strongest by the size measure, ties by id, and the
 * links between them. Colours: by type, Okabe-Ito (safe for colour-blind
 * readers); by community, Paul Tol's "muted" scheme, which shares no colour
 * with the type palette, so that orange always means "person": the 7
 * largest communities among the shown entities get a colour each and the
 * rest share grey.
 */
#include "ergraph.h"
#include "err.h"
#include "mem.h"
#include "render_internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_fill[] = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7"};
/* Tol's muted, its most distinct seven. */
static const char *const group_fill[] = {"#332288", "#CC6677", "#44AA99", "#DDCC77",
                                         "#882255", "#88CCEE", "#999933"};
#define NGROUPS (sizeof group_fill / sizeof group_fill[0])
#define OTHER_FILL "#BBBBBB"

int erg_size_valid(const char *name)
{
    return strcmp(name, "mentions") == 0 || strcmp(name, "documents") == 0 ||
           erg_measure_index(name) >= 0;
}

void erg__plan_release(erg_plan_t *p)
{
    free(p->shown);
    free(p->slot);
    free(p->links);
    free(p->value);
    free(p->key);
    free(p->label);
    free(p->candidate);
    free(p->keep_link);
    free(p->reduced);
    for (size_t k = 0; k < p->nkeys; k++)
        free(p->keys[k].text);
    free(p->title);
    free(p->caption);
    free(p->shown_text);
    memset(p, 0, sizeof *p);
}

double erg__plan_node_scale(const erg_plan_t *p, size_t i)
{
    double v = p->value[i];
    return p->vmax > 0 && v > 0 ? sqrt(v / p->vmax) : 0;
}

double erg__plan_link_scale(const erg_plan_t *p, const erg_graph_t *g, size_t l)
{
    return p->wmax > 0 ? sqrt(g->links[l].weight / p->wmax) : 1;
}

char *erg__plan_excerpt(const char *s, size_t max)
{
    size_t n = strlen(s), cut = n;
    if (n > max) {
        cut = max;
        while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut--;
    }
    char *out = malloc(cut + 4);
    if (!out)
        return NULL;
    for (size_t i = 0; i < cut; i++)
        out[i] = ((unsigned char)s[i] < 0x20 || s[i] == 0x7F) ? ' ' : s[i];
    strcpy(out + cut, cut < n ? "\xE2\x80\xA6" : "");
    return out;
}

typedef struct {
    double v;
    size_t i;
    const char *id;
} ranked_t;

/* Strongest first, ties by id, so the selection is stable. */
static int cmp_ranked(const void *x, const void *y)
{
    const ranked_t *a = x, *b = y;
    if (a->v != b->v)
        return a->v < b->v ? 1 : -1;
    return strcmp(a->id, b->id);
}

static int select_nodes(erg_plan_t *p, const erg_graph_t *g, const erg_render_opts_t *o)
{
    size_t n = g->nnodes;
    ranked_t *r = malloc((n + 1) * sizeof *r);
    if (!r)
        return ERG_ENOMEM;
    size_t nc = 0;
    for (size_t i = 0; i < n; i++)
        if (p->candidate[i])
            r[nc++] = (ranked_t){p->value[i], i, g->nodes[i].id};
    if (nc)
        qsort(r, nc, sizeof *r, cmp_ranked);
    p->ncandidates = nc;
    p->nshown = o->max_nodes && o->max_nodes < nc ? o->max_nodes : nc;
    p->nlabelled = o->max_labels && o->max_labels < p->nshown ? o->max_labels : p->nshown;
    for (size_t i = 0; i < n; i++)
        p->slot[i] = -1;
    for (size_t k = 0; k < p->nshown; k++) {
        p->shown[k] = r[k].i;
        p->slot[r[k].i] = (long)k;
        double v = r[k].v;
        if (k == 0 || v > p->vmax)
            p->vmax = v;
        if (k == 0 || v < p->vmin)
            p->vmin = v;
    }
    free(r);
    for (size_t l = 0; l < g->nlinks; l++) {
        const erg_link_t *lk = &g->links[l];
        if (!p->keep_link[l] || p->slot[lk->source] < 0 || p->slot[lk->target] < 0)
            continue;
        if (p->nlinks == 0 || lk->weight > p->wmax)
            p->wmax = lk->weight;
        if (p->nlinks == 0 || lk->weight < p->wmin)
            p->wmin = lk->weight;
        p->links[p->nlinks++] = l;
    }
    return 0;
}

static int type_keys(erg_plan_t *p, const erg_graph_t *g)
{
    int present[ERG_TYPE_COUNT] = {0}, index[ERG_TYPE_COUNT] = {0};
    for (size_t k = 0; k < p->nshown; k++)
        present[g->nodes[p->shown[k]].type] = 1;
    for (int t = 0; t < ERG_TYPE_COUNT; t++) {
        if (!present[t])
            continue;
        index[t] = (int)p->nkeys;
        erg_plan_key_t *key = &p->keys[p->nkeys++];
        key->fill = type_fill[t];
        key->font = "#000000";
        if (!(key->text = erg__strdup(erg_type_name((erg_type_t)t))))
            return ERG_ENOMEM;
    }
    for (size_t i = 0; i < g->nnodes; i++)
        p->key[i] = index[g->nodes[i].type] * (p->slot[i] >= 0);
    return 0;
}

/* Communities ranked by members shown (ties by first strongest member). */
static int community_keys(erg_plan_t *p, const erg_graph_t *g, const double *community)
{
    size_t nc = 0;
    double ids[NGROUPS];
    size_t count[NGROUPS], lead[NGROUPS], other = 0;
    /* Count members per community over the shown nodes, strongest first, so
     * each community's leader is its strongest member. */
    size_t *members = calloc(p->nshown + 1, sizeof *members);
    double *seen = calloc(p->nshown + 1, sizeof *seen);
    size_t *first = calloc(p->nshown + 1, sizeof *first);
    size_t nseen = 0;
    if (!members || !seen || !first) {
        free(members), free(seen), free(first);
        return ERG_ENOMEM;
    }
    for (size_t k = 0; k < p->nshown; k++) {
        double c = community[p->shown[k]];
        size_t j = 0;
        while (j < nseen && seen[j] != c)
            j++;
        if (j == nseen) {
            seen[nseen] = c;
            first[nseen++] = p->shown[k];
        }
        members[j]++;
    }
    /* The NGROUPS largest, by repeated maximum (there are few colours). */
    for (nc = 0; nc < NGROUPS && nc < nseen; nc++) {
        size_t best = nseen;
        for (size_t j = 0; j < nseen; j++)
            if (members[j] && (best == nseen || members[j] > members[best]))
                best = j;
        if (best == nseen)
            break;
        ids[nc] = seen[best];
        count[nc] = members[best];
        lead[nc] = first[best];
        members[best] = 0;
    }
    for (size_t j = 0; j < nseen; j++)
        other += members[j];
    free(members), free(seen), free(first);
    for (size_t c = 0; c < nc; c++) {
        erg_plan_key_t *key = &p->keys[p->nkeys++];
        key->fill = group_fill[c];
        key->font = "#000000";
        erg_buf_t b = {0};
        if (erg__buf_adds(&b, p->label[lead[c]]) ||
            (count[c] > 1 && erg__buf_printf(&b, " and %zu more", count[c] - 1)))
            return erg__buf_release(&b), ERG_ENOMEM;
        key->text = b.buf;
    }
    if (other) {
        erg_plan_key_t *key = &p->keys[p->nkeys++];
        key->fill = OTHER_FILL;
        key->font = "#000000";
        erg_buf_t b = {0};
        if (erg__buf_printf(&b, "%zu in smaller communities", other))
            return ERG_ENOMEM;
        key->text = b.buf;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        size_t c = 0;
        while (c < nc && ids[c] != community[i])
            c++;
        p->key[i] = (int)c; /* c == nc: the grey key, present when needed */
    }
    return 0;
}

/* Appends the inputs' own names ("corpus", "a.txt"), never the folders
 * above them, even for a network written before names were recorded. */
static void add_input_names(erg_buf_t *b, const cJSON *inputs)
{
    int n = cJSON_IsArray(inputs) ? cJSON_GetArraySize(inputs) : 0, k = 0;
    const cJSON *in;
    cJSON_ArrayForEach(in, inputs)
    {
        if (k == 3 && n > 4) {
            erg__buf_printf(b, " and %d more", n - 3);
            break;
        }
        if (!cJSON_IsString(in))
            continue;
        size_t len, start = erg__input_name(in->valuestring, &len);
        if (!len)
            continue;
        erg__buf_adds(b, k++ ? ", " : "");
        erg__buf_add(b, in->valuestring + start, len);
    }
}

/* The title (the user's, or the inputs' names) and the caption (the user's
 * line, then the corpus's articles and dates, the window and the weight). */
static int make_caption(erg_plan_t *p, const erg_graph_t *g, const erg_render_opts_t *o)
{
    cJSON *meta = g->meta_json ? cJSON_Parse(g->meta_json) : NULL;
    const cJSON *arts = cJSON_GetObjectItemCaseSensitive(meta, "articles");
    const cJSON *win = cJSON_GetObjectItemCaseSensitive(meta, "window");
    const cJSON *weight = cJSON_GetObjectItemCaseSensitive(meta, "weight");
    const cJSON *dates = cJSON_GetObjectItemCaseSensitive(meta, "dates");
    const cJSON *d0 = cJSON_GetObjectItemCaseSensitive(dates, "first");
    const cJSON *d1 = cJSON_GetObjectItemCaseSensitive(dates, "last");
    erg_buf_t t = {0}, b = {0};
    if (o->title)
        erg__buf_adds(&t, o->title);
    else
        add_input_names(&t, cJSON_GetObjectItemCaseSensitive(meta, "inputs"));
    if (o->caption && *o->caption) {
        erg__buf_adds(&b, o->caption);
        size_t n = strlen(o->caption);
        if (!strchr(".!?", o->caption[n - 1]))
            erg__buf_adds(&b, ".");
    }
    if (cJSON_IsNumber(arts))
        erg__buf_printf(&b, "%s%.0f article%s", b.len ? " " : "", arts->valuedouble,
                       arts->valuedouble == 1 ? "" : "s");
    if (cJSON_IsString(d0) && cJSON_IsString(d1) && strcmp(d0->valuestring, d1->valuestring))
        erg__buf_printf(&b, ", %s to %s", d0->valuestring, d1->valuestring);
    else if (cJSON_IsString(d0))
        erg__buf_printf(&b, ", dated %s", d0->valuestring);
    if (cJSON_IsNumber(arts))
        erg__buf_adds(&b, ".");
    if (cJSON_IsString(win) && strncmp(win->valuestring, "tokens:", 7) == 0)
        erg__buf_printf(&b, "%sEntities linked when named within %s tokens of each other",
                       b.len ? " " : "", win->valuestring + 7);
    else if (cJSON_IsString(win))
        erg__buf_printf(&b, "%sEntities linked when named in the same %s", b.len ? " " : "",
                       win->valuestring);
    if (cJSON_IsString(weight))
        erg__buf_printf(&b, "; link weight = %s", weight->valuestring);
    if (cJSON_IsString(win) || cJSON_IsString(weight))
        erg__buf_adds(&b, ".");
    cJSON_Delete(meta);
    int rc = erg__buf_add(&t, "", 0) || erg__buf_add(&b, "", 0);
    p->title = rc ? NULL : erg__plan_excerpt(t.buf, 200);
    p->caption = rc ? NULL : erg__plan_excerpt(b.buf, 400);
    erg__buf_release(&t);
    erg__buf_release(&b);
    return p->caption && p->title ? 0 : ERG_ENOMEM;
}

static int make_shown_text(erg_plan_t *p, const erg_graph_t *g, const erg_render_opts_t *o)
{
    erg_buf_t b = {0};
    erg__buf_printf(&b, "%zu of %zu entities and %zu of %zu links shown", p->nshown, g->nnodes,
                   p->nlinks, g->nlinks);
    if (p->nshown < p->ncandidates)
        erg__buf_printf(&b, " (the %zu strongest by %s)", p->nshown, o->size_by);
    erg__buf_adds(&b, p->reduced);
    if (p->nlabelled < p->nshown)
        erg__buf_printf(&b, "; the %zu smaller are unlabelled (the HTML page names them)",
                       p->nshown - p->nlabelled);
    erg__buf_adds(&b, ".");
    if (erg__buf_add(&b, "", 0)) {
        erg__buf_release(&b);
        return ERG_ENOMEM;
    }
    p->shown_text = b.buf;
    return 0;
}

int erg__plan_make(erg_plan_t *p, const erg_graph_t *g, const erg_measures_t *m,
                  const erg_render_opts_t *o, erg_error_t *err)
{
    memset(p, 0, sizeof *p);
    const double *community = NULL;
    if (!erg_size_valid(o->size_by))
        return erg__fail(err, ERG_EINVAL, "unknown size measure '%s'", o->size_by);
    if (o->color_by == ERG_COLOR_COMMUNITY && !(community = erg_measures_get(m, "community")))
        return erg__fail(err, ERG_EINVAL,
                        "community colouring needs the 'community' measure, which this build "
                        "does not compute (use --color type)");
    size_t n = g->nnodes;
    p->shown = calloc(n + 1, sizeof *p->shown);
    p->slot = calloc(n + 1, sizeof *p->slot);
    p->links = calloc(g->nlinks + 1, sizeof *p->links);
    p->value = calloc(n + 1, sizeof *p->value);
    p->key = calloc(n + 1, sizeof *p->key);
    p->label = calloc(n + 1, sizeof *p->label);
    p->candidate = calloc(n + 1, 1);
    p->keep_link = calloc(g->nlinks + 1, 1);
    int rc = (!p->shown || !p->slot || !p->links || !p->value || !p->key || !p->label ||
              !p->candidate || !p->keep_link)
                 ? ERG_ENOMEM
                 : 0;
    const double *measure = erg_measures_get(m, o->size_by);
    int by_mentions = strcmp(o->size_by, "mentions") == 0;
    for (size_t i = 0; !rc && i < n; i++) {
        double v = by_mentions ? (double)g->nodes[i].mentions
                   : measure   ? measure[i]
                               : (double)g->nodes[i].documents;
        p->value[i] = isfinite(v) ? v : 0;
    }
    if (!rc && (rc = erg__plan_reduce(p, g, o, err))) {
        erg__plan_release(p);
        return rc;
    }
    if (!rc)
        rc = select_nodes(p, g, o);
    if (!rc && p->nshown < p->ncandidates && o->backbone <= 0 && !o->focus)
        erg__warn("drew the %zu strongest of %zu entities by %s; --backbone 0.05 --giant keeps "
                  "the significant links, --focus NAME one entity and its neighbours",
                  p->nshown, p->ncandidates, o->size_by);
    if (!rc)
        rc = erg__plan_labels(p, g, o->names);
    if (!rc)
        rc = community ? community_keys(p, g, community) : type_keys(p, g);
    if (!rc)
        rc = make_caption(p, g, o);
    if (!rc)
        rc = make_shown_text(p, g, o);
    if (rc) {
        erg__plan_release(p);
        return erg__fail(err, rc, "out of memory planning the drawing");
    }
    return 0;
}
