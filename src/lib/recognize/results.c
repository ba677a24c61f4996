/*
 * results.c: the names of an English wire's lines of results. Agencies
 * print them with no sentence around them, so the tagger, which learned
 * names from prose, misses or mistypes them. Runs after discovery; writes
 * mentions through erg__rz_push, retypes a discovered one or a known
 * city's, or drops a place's.
 *
 * - A score line, "Arsenal 2 Chelsea 1" (a side's scorers may follow its
 *   goals in brackets: "Valencia 2 (Mendieta 23) Real Betis 0."), a table
 *   row, "Liverpool 28 15 8 5 50 26 53", and a match report's sides
 *   before the score, "Hamburg beat Freiburg 3-1": the sides are teams,
 *   organizations. A known city's name there is its club's; where a side
 *   is a known state, both are national sides and keep their types.
 * - Scorers before their minutes, athletes before their state in brackets
 *   on a line with a number ("66 Jorund Aske (Norway)"; their team after
 *   it is an organization, "(Norway) Kestrel Sport 4:32:07"), and the names of
 *   a cricket scorecard's line ("G. Flower c Mongia b Srinath 6", "Bowling:
 *   Srinath 14-3-36-1") are people.
 * - On a page that gives a score, a city before a word of the sports pages
 *   is its club (city_clubs); a place before an event's head word names
 *   the event (event_cities). On any page, a city before a club's last
 *   word ("Mumbai Indians") is the club's whole name (club_names).
 * (regions.c reads the rest of a wire's page: headlines in capitals,
 * datelines with a date, lines of results that are no headlines.)
 */
#include "discover_internal.h"
#include "gazetteer.h"

#include <string.h>

/* Tokens k.. that are capitalised words joined by single spaces: the end
 * (exclusive) of the run. */
static size_t cap_words(const erg_rz_t *rz, size_t k, size_t end)
{
    size_t q = k;
    while (q < end && (rz->t.tok[q].flags & ERG_TOK_CAP) && (q == k || spaced(rz, q)))
        q++;
    return q;
}

static int number_at(const erg_rz_t *rz, size_t k, size_t end)
{
    return k < end && (rz->t.tok[k].flags & ERG_TOK_DIGIT) && (k == 0 || spaced(rz, k));
}

/* Pushes tokens i..j-1 as a discovered name of type `type`, or gives that
 * type to the one discovered name spanning them; `known_place` lets a
 * known place's mention there take it too. A discovered name of their last
 * words only grows to them all ("N. | Johnson"). Nothing when a free
 * token is in capitals (but an initial) or a listed word, or another name
 * holds part of them. */
enum {
    KNOWN_PLACE = 1, /* a known place's mention spanning the tokens takes the type */
    IN_CAPITALS = 2  /* words in capitals may be a name ("CHICAGO 104 Indiana 99") */
};

/* Do tokens i..j-1 open with a known place's name and go on with words
 * no known name holds ("Dundee | United", "Leeds | Rhinos")? Then they are
 * a club named after its city: the place's mention, and the model's names
 * among the words after it, are dropped. */
static int city_club(erg_rz_t *rz, size_t i, size_t j)
{
    size_t o = rz->owner[i], e = i;
    const erg_mention_t *m = &rz->m->items[o];
    if (m->type != ERG_TYPE_PLACE || (m->flags & ERG_MENTION_DISCOVERED) || m->start != rz->t.tok[i].start)
        return 0;
    while (e + 1 < j && rz->owner[e + 1] == o)
        e++;
    if (e + 1 >= j)
        return 0;
    for (size_t k = e + 1; k < j; k++) {
        size_t q = rz->owner[k];
        if (q != ERG_RZ_NONE && (!(rz->m->items[q].flags & ERG_MENTION_DISCOVERED) ||
                                 rz->m->items[q].start < rz->t.tok[e + 1].start ||
                                 rz->m->items[q].end > rz->t.tok[j - 1].end))
            return 0;
    }
    for (size_t k = i; k < j; k++)
        if (rz->owner[k] != ERG_RZ_NONE)
            erg__rz_drop(rz, rz->owner[k]);
    return 1;
}

static int name_as(erg_rz_t *rz, size_t i, size_t j, erg_type_t type, unsigned how, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    size_t f = i; /* the first token some mention holds */
    int capitals = 0;
    while (f < j && rz->owner[f] == ERG_RZ_NONE)
        f++;
    for (size_t k = i; k < f; k++) {
        int initial = t->tok[k].end - t->tok[k].start == 1 && rz->a->text[t->tok[k].end] == '.';
        int caps = (t->tok[k].flags & ERG_TOK_ALLCAPS) != 0;
        if (!initial && ((caps && !((how & IN_CAPITALS) && t->tok[k].end - t->tok[k].start >= 3)) ||
                         (rz->cls[k] & (JUNK_CLASSES | ERG_LX_BIT(ERG_LX_GENERIC)))))
            return 0;
        capitals |= caps && !initial;
    }
    if ((how & KNOWN_PLACE) && f == i && city_club(rz, i, j))
        f = j; /* "Dundee United 0 Aberdeen 0": the city's club, whole */
    size_t o = f < j ? rz->owner[f] : ERG_RZ_NONE;
    for (size_t k = f; k < j; k++)
        if (rz->owner[k] != o)
            return 0;
    if (o != ERG_RZ_NONE) {
        erg_mention_t *m = &rz->m->items[o];
        int discovered = (m->flags & ERG_MENTION_DISCOVERED) != 0;
        if (m->start != t->tok[f].start || m->end != t->tok[j - 1].end)
            return 0;
        if (f == i) {
            if (discovered || ((how & KNOWN_PLACE) && m->type == ERG_TYPE_PLACE)) {
                m->type = type;
                m->flags |= type == ERG_TYPE_PERSON ? ERG_MENTION_FORMED : 0;
            }
            return 0;
        }
        if (!discovered)
            return 0;
        erg__rz_drop(rz, o);
    }
    name->len = 0; /* the words as written, "BALTIMORE" as "Baltimore" */
    int rc = 0;
    for (size_t k = i; k < j && !rc; k++) {
        if (k > i)
            rc = erg__buf_add(name, rz->a->text + t->tok[k - 1].end, t->tok[k].start - t->tok[k - 1].end);
        rc = rc ? rc
                : erg__add_recased(name, rz->a->text + t->tok[k].start, t->tok[k].end - t->tok[k].start, capitals,
                                   0);
    }
    rc = rc ? rc : erg__buf_add(name, "", 1);
    return rc ? rc
              : erg__rz_push(rz, i, j - 1, name->buf, 1, type,
                             ERG_MENTION_DISCOVERED | (type == ERG_TYPE_PERSON ? ERG_MENTION_FORMED : 0));
}

/* Does a known state's mention open tokens i..j-1? */
static int state_side(const erg_rz_t *rz, size_t i)
{
    size_t o = rz->owner[i];
    return o != ERG_RZ_NONE && rz->m->items[o].type == ERG_TYPE_STATE &&
           !(rz->m->items[o].flags & ERG_MENTION_DISCOVERED);
}

/* The two sides of a match, tokens a..b-1 and c..d-1: a city's name is
 * its club's ("Seattle 6 Baltimore 5"); a state's stays its own, a
 * national side, and so does a place playing one ("Portugal beat Wales"). */
static int teams(erg_rz_t *rz, size_t a, size_t b, size_t c, size_t d, erg_buf_t *name)
{
    int cities = !state_side(rz, a) && !state_side(rz, c);
    unsigned how = IN_CAPITALS | (cities ? KNOWN_PLACE : 0);
    int rc = name_as(rz, a, b, ERG_TYPE_ORGANIZATION, how, name);
    return rc ? rc : name_as(rz, c, d, ERG_TYPE_ORGANIZATION, how, name);
}

/* A team of a table's row: a city's name is its club's. */
static int team(erg_rz_t *rz, size_t i, size_t j, erg_buf_t *name)
{
    return name_as(rz, i, j, ERG_TYPE_ORGANIZATION, KNOWN_PLACE | IN_CAPITALS, name);
}

/* The first character after token k that is not a space. */
static char next_char(const erg_rz_t *rz, size_t k)
{
    size_t p = rz->t.tok[k].end;
    while (p < rz->a->len && rz->a->text[p] == ' ')
        p++;
    return p < rz->a->len ? rz->a->text[p] : '\n';
}

/* The first token from k on (before j) after a closing bracket, or j. */
static size_t after_bracket(const erg_rz_t *rz, size_t k, size_t j)
{
    for (size_t q = k + 1; q < j; q++)
        if (memchr(rz->a->text + rz->t.tok[q - 1].end, ')', rz->t.tok[q].start - rz->t.tok[q - 1].end))
            return q;
    return j;
}

/* "(Mendieta 23, Lopez 67)": in tokens k..j-1, each run of capitalised
 * words before a number (the minute of a goal) is a scorer. */
static int scorers(erg_rz_t *rz, size_t k, size_t j, erg_buf_t *name)
{
    int rc = 0;
    while (k < j && !rc) {
        size_t e = cap_words(rz, k, j);
        if (e > k && number_at(rz, e, j))
            rc = name_as(rz, k, e, ERG_TYPE_PERSON, 0, name);
        k = e > k ? e : k + 1;
    }
    return rc;
}

/* "65 Anders Holmberg (Sweden)", "Petra Lindqvist (Sweden) beat ... 6-2":
 * on a line with a number, two or three capitalised words no name but a
 * discovered one covers, before a state in brackets, are an athlete; the
 * words between that bracket and a time are the athlete's team. */
static int athletes(erg_rz_t *rz, size_t i, size_t j, int list, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t k = i; k < j && !rc;) {
        size_t e = cap_words(rz, k, j);
        int free = e >= k + 2 && e <= k + 3;
        for (size_t q = k; q < e && free; q++)
            free = (rz->owner[q] == ERG_RZ_NONE || (rz->m->items[rz->owner[q]].flags & ERG_MENTION_DISCOVERED)) &&
                   !(t->tok[q].flags & ERG_TOK_ALLCAPS) &&
                   !(rz->cls[q] & (JUNK_CLASSES | NOT_NAMES | ERG_LX_BIT(ERG_LX_JOB)));
        int bracket = free && erg__state_in_brackets(rz, e - 1);
        if (free && (list || bracket))
            rc = name_as(rz, k, e, ERG_TYPE_PERSON, 0, name); /* (name_as: a discovered name of the
                                                                * last words grows to them all) */
        if (bracket && !rc) {
            /* "2. Ilse Varga (Austria) Kestrel Sport 4:32:07": a team's name
             * between the bracket and the time */
            size_t a = after_bracket(rz, e, j), b = cap_words(rz, a, j);
            if (a < j && b > a && b <= a + 3 && number_at(rz, b, j) && !state_side(rz, a)) {
                rc = name_as(rz, a, b, ERG_TYPE_ORGANIZATION, KNOWN_PLACE | IN_CAPITALS, name);
                e = b; /* the team's words are read no more, not as an athlete of a list */
            }
        }
        k = e > k ? e : k + 1;
    }
    return rc;
}

/* Is token k the lowercase word w, n bytes long? (word_is: of a literal) */
static int word_n(const erg_rz_t *rz, size_t k, const char *w, size_t n)
{
    const erg_token_t *x = &rz->t.tok[k];
    return x->end - x->start == n && rz->a->text[x->start] == w[0] && memcmp(rz->a->text + x->start, w, n) == 0;
}
#define word_is(rz, k, w) word_n(rz, k, w, sizeof w - 1)

/* Is token k in lowercase, neither capitalised nor a number? */
static int lowercase(const erg_rz_t *rz, size_t k)
{
    return !(rz->t.tok[k].flags & (ERG_TOK_CAP | ERG_TOK_DIGIT | ERG_TOK_NOCASE));
}

/* Is token k a bowler's figures, "14-3-36-1" (overs, maidens, runs,
 * wickets)? */
static int figures(const erg_rz_t *rz, size_t k, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    if (k >= j || !(t->tok[k].flags & ERG_TOK_DIGIT))
        return 0;
    size_t e = k, parts = 1;
    while (e + 1 < j && t->tok[e + 1].start == t->tok[e].end + 1 && rz->a->text[t->tok[e].end] == '-' &&
           (t->tok[e + 1].flags & ERG_TOK_DIGIT))
        e++, parts++;
    return parts == 4 && (e + 1 == j || t->tok[e + 1].start > t->tok[e].end + 1 ||
                          rz->a->text[t->tok[e].end] != '-');
}

/* "G. Flower c Mongia b Srinath 6", "A. Flower not out 36", "Bowling:
 * Srinath 14-3-36-1, Prasad 12-4-22-0": a cricket scorecard's line. Its
 * names, initials and all, are the players. */
static int scorecard(erg_rz_t *rz, size_t i, size_t j, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    int card = 0;
    for (size_t k = i; k < j && !card; k++)
        card = lowercase(rz, k)
                   ? word_is(rz, k, "c") || word_is(rz, k, "b") || word_is(rz, k, "lbw") || word_is(rz, k, "st") ||
                         (k + 1 < j && (word_is(rz, k, "not") || word_is(rz, k, "run")) && word_is(rz, k + 1, "out"))
                   : figures(rz, k, j);
    int rc = 0;
    for (size_t k = i; k < j && card && !rc;) {
        size_t e = k;
        while (e < j && (t->tok[e].flags & ERG_TOK_CAP) &&
               (e == k || spaced(rz, e) ||
                (t->tok[e - 1].end - t->tok[e - 1].start == 1 && t->tok[e].start == t->tok[e - 1].end + 2 &&
                 rz->a->text[t->tok[e - 1].end] == '.'))) /* "G. Flower" */
            e++;
        /* a name, not an initial alone, before a dismissal, a score or figures */
        if (e > k && !(e == k + 1 && t->tok[k].end - t->tok[k].start == 1) &&
            (e == j || !(t->tok[e].flags & ERG_TOK_CAP)))
            rc = name_as(rz, k, e, ERG_TYPE_PERSON, 0, name);
        k = e > k ? e : k + 1;
    }
    return rc;
}

/* Is token k a score, "3-1": digits, a hyphen, digits? */
static int score_at(const erg_rz_t *rz, size_t k, size_t j)
{
    const erg_tokens_t *t = &rz->t;
    return k + 1 < j && (t->tok[k].flags & ERG_TOK_DIGIT) && (t->tok[k + 1].flags & ERG_TOK_DIGIT) &&
           t->tok[k + 1].start == t->tok[k].end + 1 && rz->a->text[t->tok[k].end] == '-';
}

/* The words a match report joins two sides with before the score:
 * their number of tokens at k, or 0. */
static size_t beat_word(const erg_rz_t *rz, size_t k, size_t j)
{
    if (!lowercase(rz, k))
        return 0;
    if (word_is(rz, k, "beat") || word_is(rz, k, "defeated") || word_is(rz, k, "thrashed") ||
        word_is(rz, k, "edged") || word_is(rz, k, "routed") || word_is(rz, k, "downed"))
        return 1;
    if (k + 1 < j && (word_is(rz, k, "drew") || word_is(rz, k, "draw")) && word_is(rz, k + 1, "with"))
        return 2;
    return k + 1 < j && word_is(rz, k, "lost") && word_is(rz, k + 1, "to") ? 2 : 0;
}

/* "Hamburg beat Freiburg 3-1", "Japan drew with Syria 1-1": two sides, a
 * word of the match and the score; the sides are teams. */
static int match_report(erg_rz_t *rz, size_t i, size_t j, erg_buf_t *name)
{
    int rc = 0;
    for (size_t k = i + 1; k + 2 < j && !rc; k++) {
        size_t w = beat_word(rz, k, j);
        if (!w || !(rz->t.tok[k - 1].flags & ERG_TOK_CAP) || !(rz->t.tok[k + w].flags & ERG_TOK_CAP))
            continue;
        size_t b = cap_words(rz, k + w, j), a = k - 1;
        while (a > i && (rz->t.tok[a - 1].flags & ERG_TOK_CAP) && spaced(rz, a))
            a--;
        if (!score_at(rz, b, j) || rz->t.tok[a].sent != rz->t.tok[b].sent)
            continue;
        rc = teams(rz, a, k, k + w, b, name);
    }
    return rc;
}

/* "(Mark Tandy 82, Steve Walsh 45)": a bracket that lists two names or
 * more, each before its number, lists players. */
static int listed_players(erg_rz_t *rz, size_t i, size_t j, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t k = i + 1; k < j && !rc; k++) {
        if (!memchr(rz->a->text + t->tok[k - 1].end, '(', t->tok[k].start - t->tok[k - 1].end))
            continue;
        size_t e = after_bracket(rz, k, j), pairs = 0, q = k;
        while (q < e) {
            size_t r = cap_words(rz, q, e);
            if (r == q || !number_at(rz, r, e) || (r + 1 < e && !gap_is(rz, r, ',')))
                break;
            pairs++;
            q = r + 1;
        }
        if (q == e && pairs >= 2)
            rc = scorers(rz, k, e, name);
        k = e - 1;
    }
    return rc;
}

/* Tokens i..j-1 are one line of text. */
static int line(erg_rz_t *rz, size_t i, size_t j, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    size_t lower = 0, scores = 0; /* what the rules below need, to pass over most lines */
    for (size_t k = i; k < j; k++) {
        lower += lowercase(rz, k);
        scores += k + 1 < j && (t->tok[k].flags & ERG_TOK_DIGIT) && score_at(rz, k, j);
    }
    const char *from = rz->a->text + t->tok[i].start;
    int bracket = memchr(from, '(', t->tok[j - 1].end - t->tok[i].start) != NULL;
    /* "67 Colin Montague, Paul Whitlow": a score, then names alone */
    int list = (t->tok[i].flags & ERG_TOK_DIGIT) && lower == 0;
    int rc = list || bracket ? athletes(rz, i, j, list, name) : 0;
    rc = rc || !(lower || scores) ? rc : scorecard(rz, i, j, name);
    rc = rc || !scores ? rc : match_report(rz, i, j, name);
    rc = rc || !bracket ? rc : listed_players(rz, i, j, name);
    if (rc)
        return rc;
    size_t a = cap_words(rz, i, j);
    if (a == i || !number_at(rz, a, j))
        return 0;
    /* "Arsenal 2 Chelsea 1", "Valencia 2 (Mendieta 23) Real Betis 0 (...)." */
    size_t s = a + 1 < j && gap_is(rz, a, '(') ? after_bracket(rz, a + 1, j) : a + 1;
    size_t b = cap_words(rz, s, j);
    char after = b + 1 < j ? next_char(rz, b) : '\n';
    /* "Posted 14 May 2026" is a date, not a score: no side is a month */
    int month = s < j && (rz->cls[s] & ERG_LX_BIT(ERG_LX_MONTH)) != 0;
    if (b > s && !month && number_at(rz, b, j) && (after == '\n' || after == '(' || after == '.')) {
        rc = teams(rz, i, a, s, b, name);
        rc = rc ? rc : scorers(rz, a + 1, s, name);
        if (!rc && b + 1 < j && after == '(')
            rc = scorers(rz, b + 1, after_bracket(rz, b + 1, j), name);
        return rc;
    }
    /* "Liverpool 28 15 8 5 50 26 53", "BOSTON 27 26 .509 5 1/2": two
     * numbers, then only numbers, three or more in all */
    size_t n = a, digits = 0;
    while (n < j && (t->tok[n].flags & ERG_TOK_DIGIT))
        n++, digits++;
    return n == j && digits >= 3 && number_at(rz, a + 1, j) ? team(rz, i, a, name) : 0;
}

/* England, Scotland, Wales and Northern Ireland field national sides, as
 * states do ("England beat Australia"): their names keep their type, as a
 * state's do on a line of results. */
static int home_nation(const char *name)
{
    return !strcmp(name, "England") || !strcmp(name, "Scotland") || !strcmp(name, "Wales") ||
           !strcmp(name, "Northern Ireland");
}

/* Is word k one of clubcues-en.txt, in lowercase? */
static int club_cue(const erg_rz_t *rz, size_t k)
{
    return k < rz->t.n && (rz->cls[k] & ERG_LX_BIT(ERG_LX_CLUBCUE)) && !is_cap(rz, k);
}

/* Does the article give a score, "2-0", "3-1": a number of one or two
 * digits, a hyphen, another? Then it is a sports page. */
static int has_score(const erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    for (size_t k = 0; k + 1 < t->n; k++)
        if ((t->tok[k].flags & ERG_TOK_DIGIT) && (t->tok[k + 1].flags & ERG_TOK_DIGIT) &&
            t->tok[k].end - t->tok[k].start <= 2 && t->tok[k + 1].end - t->tok[k + 1].start <= 2 &&
            t->tok[k + 1].start == t->tok[k].end + 1 && s[t->tok[k].end] == '-')
            return 1;
    return 0;
}

/* Is word k a verb of clubcues-en.txt that a side's name follows ("stun |
 * Leeds")? */
static int club_verb(const erg_rz_t *rz, size_t k)
{
    return key_is(rz, k, "beat") || key_is(rz, k, "stun") || key_is(rz, k, "stunned") || key_is(rz, k, "edge") ||
           key_is(rz, k, "edged") || key_is(rz, k, "thrash") || key_is(rz, k, "thrashed");
}

/* On a sports page (one that gives a score), a known city before a word of
 * clubcues-en.txt is its club ("Leeds manager Anders Holm"), before a verb
 * of it only with a side's name after the verb ("Wrexham stun Leeds", not
 * "Detroit beat reporter"), before "are", "were" or "have" only where the
 * city opens the sentence ("Leeds are one point clear", not "Tokyo and
 * Osaka are"); the city after such a verb is a club too ("Leeds beat |
 * Wrexham"). The mention keeps its name and becomes an organization, as a
 * city's on a line of results does. Elsewhere "a Sydney coach", "Berlin
 * club owners" and "Texas supporters of the bill" keep their places. */
static void city_clubs(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    size_t side = ERG_RZ_NONE; /* the token after the last club's verb */
    int sports = -1; /* has_score(), asked at the first city before a cue: most articles have none */
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        if (!m->entity || m->type != ERG_TYPE_PLACE || (m->flags & (ERG_MENTION_DISCOVERED | ERG_MENTION_NESTED)) ||
            home_nation(m->entity))
            continue;
        size_t i = erg__tokens_at(t, m->start), j = erg__tokens_at(t, m->end) - 1;
        if (i > j || j + 1 >= t->n || rz->region[i] != ERG_REGION_TEXT)
            continue;
        int plural = key_is(rz, j + 1, "are") || key_is(rz, j + 1, "were") || key_is(rz, j + 1, "have");
        int verb = club_verb(rz, j + 1), then = j + 2 < t->n && is_cap(rz, j + 2) && inner_gap(rz, j + 1);
        int after = club_cue(rz, j + 1) && inner_gap(rz, j) && (!plural || opens_sentence(rz, i)) && (!verb || then);
        if (!(after || i == side))
            continue;
        if (sports < 0 && !(sports = has_score(rz)))
            return;
        m->type = ERG_TYPE_ORGANIZATION;
        if (after && verb)
            side = j + 2;
    }
}

/* Is token k a capitalised word of clubtails-en.txt that ends a club's
 * name ("Indians", "Kings", "FC"), the name's last word ("Boston Athletic
 * Association", "Sacramento Kings Arena" go on), off a title-case
 * headline ("London Riders Protest")? */
static int club_tail(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    return (rz->cls[k] & ERG_LX_BIT(ERG_LX_CLUBTAIL)) && (t->tok[k].flags & ERG_TOK_CAP) && !rz->headline[k] &&
           !(k + 1 < t->n && is_cap(rz, k + 1) && t->tok[k + 1].sent == t->tok[k].sent && spaced(rz, k + 1));
}

/* Is token k, capitalised and the name's last word off a title-case
 * headline, an English organization's head or a company's tail
 * ("Hospitals", "Group", "Police"; orgheads-en.txt, orgtails-en.txt), no
 * place's head ("Airport")? */
static int body_tail(const erg_rz_t *rz, size_t k)
{
    const erg_tokens_t *t = &rz->t;
    return english_org(rz, k) && (t->tok[k].flags & ERG_TOK_CAP) && !(t->tok[k].flags & ERG_TOK_ALLCAPS) &&
           !rz->headline[k] && !(rz->cls[k] & (1u << ERG_LX_LOCHEAD)) &&
           !(k + 1 < t->n && is_cap(rz, k + 1) && t->tok[k + 1].sent == t->tok[k].sent && spaced(rz, k + 1));
}

/* "Mumbai Indians", "Chennai Super Kings", "Delhi Capitals": a known place,
 * at most one capitalised word and a club's last word (club_tail) name a
 * club, on any page; so do a known place (not a state: "US Environmental
 * Protection Agency" is the agency), at most two capitalised words and a
 * body's last word (body_tail: "Leeds Teaching Hospitals", "Salford
 * Community Trust"), but for a capital before a state body's head
 * ("Beijing Foreign Ministry" is China's, bodies.c). The place's mention
 * and the model's names over those words give way to one organization of
 * the whole name. */
static int club_names(erg_rz_t *rz, erg_buf_t *name)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t k = 1; k < t->n && !rc; k++) {
        int club = club_tail(rz, k), body = !club && body_tail(rz, k);
        if (!(club || body) || rz->region[k] != ERG_REGION_TEXT || !spaced(rz, k))
            continue;
        for (size_t i = k; i-- > 0 && k - i <= 4;) { /* "Kolkata Knight Riders": two words before */
            const erg_mention_t *p = NULL;
            for (size_t x = 0; x < rz->m->n && !p; x++) {
                const erg_mention_t *m = &rz->m->items[x];
                if (m->entity && m->type == ERG_TYPE_PLACE &&
                    !(m->flags & ERG_MENTION_DISCOVERED) && m->start == t->tok[i].start && m->end <= t->tok[k - 1].end)
                    p = m; /* nested too: "Punjab" in the model's "Punjab Kings" */
            }
            if (!p) {
                if (!is_cap(rz, i) || i == 0 || !spaced(rz, i) || t->tok[i - 1].sent != t->tok[k].sent)
                    break;
                continue;
            }
            size_t e = erg__tokens_at(t, p->end); /* the first token after the place */
            int known_over = 0; /* a name running over the words: "Bank Kings", "Mitsubishi Tokyo
                                 * Financial Group" */
            for (size_t x = 0; x < rz->m->n; x++) {
                const erg_mention_t *m = &rz->m->items[x];
                known_over |= m->entity && !(m->flags & ERG_MENTION_NESTED) &&
                              !(club && (m->flags & ERG_MENTION_DISCOVERED)) && m->end > t->tok[i].start &&
                              m->start < t->tok[k].end && (m->start < t->tok[i].start || m->end > t->tok[k].end);
            }
            for (size_t q = e; q < k && !known_over; q++)
                known_over = !is_cap(rz, q) || !spaced(rz, q) || (rz->owner[q] != ERG_RZ_NONE &&
                                                                  !(rz->m->items[rz->owner[q]].flags & ERG_MENTION_DISCOVERED));
            const erg_alias_t *al = erg__gazetteer_lookup(rz->g, p->key, strlen(p->key));
            int capital = al && erg__gazetteer_capital_of(rz->g, al->entity) != (size_t)-1 &&
                          (rz->cls[k] & ERG_LX_BIT(ERG_LX_STATEBODY));
            int found = 0; /* the model's name of just these words: "Lusaka Water Board" */
            for (size_t x = 0; body && x < rz->m->n; x++)
                found |= rz->m->items[x].entity && (rz->m->items[x].flags & ERG_MENTION_DISCOVERED) &&
                         rz->m->items[x].start == t->tok[i].start && rz->m->items[x].end == t->tok[k].end;
            if (k - e > (club ? 1u : 2u) || known_over || capital || found)
                break;
            for (size_t x = 0; x < rz->m->n; x++) {
                const erg_mention_t *m = &rz->m->items[x];
                if (m->entity && m->end > t->tok[i].start && m->start < t->tok[k].end)
                    erg__rz_drop(rz, x);
            }
            name->len = 0;
            rc = erg__buf_add(name, rz->a->text + t->tok[i].start, t->tok[k].end - t->tok[i].start);
            rc = rc ? rc : erg__buf_add(name, "", 1);
            rc = rc ? rc : erg__rz_push(rz, i, k, name->buf, 1, ERG_TYPE_ORGANIZATION, ERG_MENTION_DISCOVERED);
            break;
        }
    }
    return rc;
}

/* "the Turin Winter Olympics", "the Nottingham Open", "the Lisbon Treaty":
 * a place (not a state) before an event's head word (eventheads-en.txt),
 * maybe with one capitalised word between, names the event, not the
 * place; the place's mention is dropped, as CoNLL and GMB read it. */
static void event_cities(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    for (size_t x = 0; x < rz->m->n; x++) {
        erg_mention_t *m = &rz->m->items[x];
        if (!m->entity || m->type != ERG_TYPE_PLACE)
            continue; /* (nested too: the model's event around it was no name) */
        size_t j = erg__tokens_at(t, m->end) - 1, k = j + 1;
        if (j >= t->n || k >= t->n || !inner_gap(rz, j) || !erg__rz_joinable(rz, j))
            continue;
        if (k + 1 < t->n && is_cap(rz, k) && rz->owner[k] == ERG_RZ_NONE &&
            !(rz->cls[k] & ERG_LX_BIT(ERG_LX_EVENTHEAD)) && inner_gap(rz, k) && erg__rz_joinable(rz, k))
            k++; /* "Winter" */
        if (is_cap(rz, k) && (rz->cls[k] & ERG_LX_BIT(ERG_LX_EVENTHEAD)) && rz->owner[k] == ERG_RZ_NONE)
            erg__rz_drop(rz, x);
    }
}

int erg__rz_results(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    if (rz->lang != ERG_LX_EN)
        return 0;
    city_clubs(rz);
    event_cities(rz);
    erg_buf_t name = {0};
    int rc = club_names(rz, &name);
    for (size_t i = 0; i < t->n && !rc;) {
        size_t j = i;
        int number = 0; /* every line these rules read holds one */
        while (j < t->n && t->tok[j].line == t->tok[i].line)
            number |= (t->tok[j++].flags & ERG_TOK_DIGIT) != 0;
        if (number && rz->region[i] == ERG_REGION_TEXT)
            rc = line(rz, i, j, &name);
        i = j;
    }
    erg__buf_release(&name);
    return rc;
}
