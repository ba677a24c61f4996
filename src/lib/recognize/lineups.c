/*
 * lineups.c: a team's line-up as match reports print it, the team, a colon,
 * then its players by surname or in full, separated by semicolons (the
 * lines of the pitch) and commas, a substitute maybe in brackets with his
 * minute: "Arsenal: Raya; White, Saliba, Gabriel, Timber; Rice, Partey
 * (Jorginho 70), Odegaard; Saka, Havertz, Martinelli." The model, which
 * learnt names from prose, reads such surnames as places or companies or
 * not at all, and the team and its colon as a dateline ("SEOUL:"). A line
 * of that form with five players or more, every word of them capitalised
 * (or a particle of a name: "van", "da") or a minute, and none of them a
 * known state, place or body ("Countries: France, Germany, ..."), and
 * neither the team's name nor half its players dictionary words ("Menu:
 * Soup; Salmon, ...", "Bahan: Garam, Gula, ..."), is
 * article text: each run of capitalised words is a person, the team an
 * organization. Both languages ("Persija: Andritany; Hanif, Rizky Ridho").
 */
#include "gazetteer.h"
#include "lexicon.h"
#include "recognize_internal.h"

#include <string.h>

#define MIN_PLAYERS 5
#define MAX_HEAD 4 /* words of the team's name */

/* Does the gap after token k hold one of the characters of `set`? */
static int gap_has(const erg_rz_t *rz, size_t k, const char *set)
{
    const char *s = rz->a->text;
    size_t end = k + 1 < rz->t.n ? rz->t.tok[k + 1].start : rz->a->len;
    for (size_t p = rz->t.tok[k].end; p < end; p++)
        if (strchr(set, s[p]))
            return 1;
    return 0;
}

/* Is token k a lowercase particle of a player's name ("van Dijk", "da
 * Silva")? */
static int particle(const erg_rz_t *rz, size_t k)
{
    static const char *const p[] = {"van", "de", "da", "der", "den", "dos", "das", "di", "del", "la", "le", "von"};
    return !is_cap(rz, k) && key_in(rz, k, p);
}

/* A run of a player's words, tokens a..b. */
typedef struct {
    size_t a, b;
} run_t;

/* The players of line tokens h..end-1 (after the team's colon) into
 * runs[0..*n), at most `most`; 0 when the line is no line-up. */
static int players(const erg_rz_t *rz, size_t h, size_t end, run_t *runs, size_t most, size_t *n)
{
    const erg_tokens_t *t = &rz->t;
    *n = 0;
    size_t open = (size_t)-1; /* the first token of the run being read */
    for (size_t k = h; k < end; k++) {
        int digit = (t->tok[k].flags & ERG_TOK_DIGIT) != 0;
        if (!digit && !is_cap(rz, k) && !particle(rz, k))
            return 0; /* a word of prose */
        if (!digit && open == (size_t)-1)
            open = k;
        int ends = digit || k + 1 == end || gap_has(rz, k, ";,()") || (t->tok[k + 1].flags & ERG_TOK_DIGIT);
        if (!ends && !erg__rz_joinable(rz, k))
            return 0; /* "Raya: White" */
        if (ends && open != (size_t)-1) {
            if (*n == most || k - open >= 4)
                return 0;
            runs[(*n)++] = (run_t){open, k};
            open = (size_t)-1;
        }
    }
    return *n >= MIN_PLAYERS;
}

/* The mention covering tokens a..b exactly, or ERG_RZ_NONE. */
static size_t exactly(const erg_rz_t *rz, size_t a, size_t b)
{
    size_t o = rz->owner[a];
    if (o == ERG_RZ_NONE)
        return o;
    const erg_mention_t *m = &rz->m->items[o];
    return m->start == rz->t.tok[a].start && m->end == rz->t.tok[b].end ? o : ERG_RZ_NONE;
}

/* Is a known state, place or body among the runs ("Countries: France,
 * Germany, ...")? */
static int known_thing(const erg_rz_t *rz, const run_t *runs, size_t n)
{
    for (size_t r = 0; r < n; r++)
        for (size_t k = runs[r].a; k <= runs[r].b; k++) {
            size_t o = rz->owner[k];
            if (o != ERG_RZ_NONE && !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED) &&
                rz->m->items[o].type != ERG_TYPE_PERSON)
                return 1;
        }
    return 0;
}

/* Is token k a word the dictionary writes in lowercase ("Menu", "Soup",
 * "Bahan", "Garam")? */
static int word(const erg_rz_t *rz, size_t k)
{
    const erg_token_t *x = &rz->t.tok[k];
    return rz->lx && erg__lexicon_lowercase_word(rz->lx, rz->lang, rz->t.keys.buf + x->key, x->keylen);
}

/* Are the team at tokens i..h and its players names, not a list of things:
 * the team's name no one dictionary word ("Menu:", "Guests:", "Bahan:"),
 * and half the players or fewer dictionary words ("White", "Rice" are
 * surnames too)? */
static int names_not_things(const erg_rz_t *rz, size_t i, size_t h, const run_t *runs, size_t n)
{
    if (i == h && word(rz, i) && (rz->owner[i] == ERG_RZ_NONE || (rz->m->items[rz->owner[i]].flags & ERG_MENTION_DISCOVERED)))
        return 0; /* "Menu:", "Guests:"; but a known club, "Arsenal:" */
    size_t words = 0;
    for (size_t r = 0; r < n; r++)
        words += runs[r].a == runs[r].b && word(rz, runs[r].a);
    return 2 * words <= n;
}

/* Drops the discovered mentions over tokens a..b. */
static void drop_over(erg_rz_t *rz, size_t a, size_t b)
{
    for (size_t x = 0; x < rz->m->n; x++) {
        const erg_mention_t *m = &rz->m->items[x];
        if (m->entity && (m->flags & ERG_MENTION_DISCOVERED) && m->end > rz->t.tok[a].start &&
            m->start < rz->t.tok[b].end)
            erg__rz_drop(rz, x);
    }
}

/* Tokens a..b as a discovered name of type `type`, unless a known name
 * covers them exactly. */
static int name_run(erg_rz_t *rz, size_t a, size_t b, erg_type_t type)
{
    size_t o = exactly(rz, a, b);
    if (o != ERG_RZ_NONE && !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED)) {
        if (type == ERG_TYPE_ORGANIZATION && rz->m->items[o].type == ERG_TYPE_PLACE)
            rz->m->items[o].type = type; /* "Liverpool:": the city's club */
        return 0;
    }
    drop_over(rz, a, b);
    const char *s = rz->a->text + rz->t.tok[a].start;
    const char *name = erg__rz_name(rz, s, rz->t.tok[b].end - rz->t.tok[a].start);
    /* a player is a person by the line's form, no lone word (coref.c) */
    unsigned flags = ERG_MENTION_DISCOVERED | (type == ERG_TYPE_PERSON ? ERG_MENTION_FORMED : 0);
    return name ? erg__rz_push(rz, a, b, name, 0, type, flags) : ERG_ENOMEM;
}

/* Makes line tokens i..end-1, a line-up with its team at i..h-1, article
 * text with its names. */
static int apply(erg_rz_t *rz, size_t i, size_t h, size_t end, const run_t *runs, size_t n)
{
    for (size_t k = i; k < end; k++)
        rz->region[k] = ERG_REGION_TEXT;
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        if (m->entity && m->start >= rz->t.tok[i].start && m->end <= rz->t.tok[end - 1].end)
            m->role = ERG_ROLE_MENTION; /* no dateline's place */
    }
    int rc = name_run(rz, i, h - 1, ERG_TYPE_ORGANIZATION);
    for (size_t r = 0; r < n && !rc; r++)
        rc = name_run(rz, runs[r].a, runs[r].b, ERG_TYPE_PERSON);
    return rc;
}

int erg__rz_lineups(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    run_t runs[32];
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc;) {
        size_t end = i;
        while (end < t->n && t->tok[end].line == t->tok[i].line)
            end++;
        size_t h = i;
        while (h < end && h - i < MAX_HEAD && is_cap(rz, h) && !gap_has(rz, h, ":"))
            h++;
        size_t n;
        if (h < end && h - i < MAX_HEAD && is_cap(rz, h) && gap_has(rz, h, ":") && h + 1 < end &&
            rz->region[i] != ERG_REGION_SKIP && players(rz, h + 1, end, runs, sizeof runs / sizeof *runs, &n) &&
            !known_thing(rz, runs, n) && names_not_things(rz, i, h, runs, n))
            rc = apply(rz, i, h + 1, end, runs, n);
        i = end;
    }
    return rc;
}
