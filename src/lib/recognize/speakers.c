/*
 * speakers.c: the speakers of a transcript or an interview. A hearing, a
 * trial or a question-and-answer piece opens each turn with its speaker's
 * label, in capitals or as the interview names them, then a colon:
 * "HAKIM KETUA:", "SAKSI LINDA:", "KETUA RAPAT (HABIBUROKHMAN):", "SENATOR
 * CANTWELL:", "MR. REYES:", "Tanya:". Read one at a time such a label looks
 * like a dateline ("SEOUL:"), and the speakers, who are the story, were
 * left out of the network as bylines. An article holds speakers' labels
 * when two lines or more open with one: words in capitals (a bracket and a
 * comma inside allowed) or a label of a role (speakers-*.txt: "Saksi",
 * "Witness", "Q") before a colon, and each label holds a role's word, a
 * title or an honorific, or is written the same on two lines or more (a
 * roundup's "LONDON:" and "PARIS:" stay datelines). The label's tokens take
 * region ERG_REGION_SPEAKER (erg__rz_speaker_labels, at the end of
 * regions.c's pass); the words that are no role, a title or an honorific
 * are the speaker, a person, and in brackets the first name there ("KETUA
 * RAPAT (HABIBUROKHMAN)", "ANGGOTA (BENNY K. HARMAN, F-DEMOKRAT)"):
 * erg__rz_speakers, after discovery, which reads no model's name there.
 */
#include "discover_internal.h"
#include "mem.h"

#include <stdlib.h>
#include <string.h>

#define MOST_LABEL 8 /* tokens of a label */

/* The gap after token k up to the next token of its line, or to the line's
 * end: [*gs, *ge). */
static void gap_after(const erg_rz_t *rz, size_t k, size_t *gs, size_t *ge)
{
    const erg_tokens_t *t = &rz->t;
    *gs = t->tok[k].end;
    if (k + 1 < t->n && t->tok[k + 1].line == t->tok[k].line) {
        *ge = t->tok[k + 1].start;
        return;
    }
    size_t e = *gs;
    while (e < rz->a->len && rz->a->text[e] != '\n' && rz->a->text[e] != '\r')
        e++;
    *ge = e;
}

/* Is token k a role's word of a label: speakers-*.txt, a title, an
 * honorific, a job or a rank ("SAKSI", "HAKIM", "MR", "SENATOR"), or a
 * live page's kicker ("UPDATE:"; starters-*.txt), which names no one? */
static int role_word(const erg_rz_t *rz, size_t k)
{
    return (rz->cls[k] & (ERG_LX_BIT(ERG_LX_SPEAKER) | ERG_LX_BIT(ERG_LX_TITLE) | ERG_LX_BIT(ERG_LX_HONORIFIC) |
                          ERG_LX_BIT(ERG_LX_JOB) | ERG_LX_BIT(ERG_LX_RANK) | ERG_LX_BIT(ERG_LX_STARTER))) != 0;
}

/* The last token of the speaker's label opening the line at token i (line
 * end j), or ERG_RZ_NONE. *role is set when it holds a role's word. */
static size_t label_at(const erg_rz_t *rz, size_t i, size_t j, int *role)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    int depth = 0;
    *role = 0;
    for (size_t k = i; k < j && k < i + MOST_LABEL; k++) {
        unsigned f = t->tok[k].flags;
        int speaker = (rz->cls[k] & ERG_LX_BIT(ERG_LX_SPEAKER)) && (f & ERG_TOK_CAP);
        if (!(f & ERG_TOK_ALLCAPS) && !speaker && !(depth && (f & ERG_TOK_CAP)))
            return ERG_RZ_NONE;
        *role |= role_word(rz, k);
        size_t gs, ge;
        gap_after(rz, k, &gs, &ge);
        for (size_t p = gs; p < ge; p++) {
            char c = s[p];
            if (c == '(')
                depth++;
            else if (c == ')')
                depth--;
            else if (c == ':' && depth == 0)
                return k;
            else if (c != ' ' && c != '.' && c != ',' && c != '-' && c != '\t')
                return ERG_RZ_NONE;
        }
        if (k + 1 >= j)
            return ERG_RZ_NONE; /* a line of capitals with no colon: a headline */
    }
    return ERG_RZ_NONE;
}

/* Are tokens a..b and c..d the same words? */
static int same_words(const erg_rz_t *rz, size_t a, size_t b, size_t c, size_t d)
{
    if (b - a != d - c)
        return 0;
    for (size_t k = 0; a + k <= b; k++)
        if (!same_key(rz, a + k, c + k))
            return 0;
    return 1;
}

/* A line's label: its tokens first..last, and whether it holds a role. */
typedef struct {
    size_t first, last;
    int role;
} label_t;

void erg__rz_speaker_labels(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    label_t *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < t->n;) {
        size_t j = i;
        while (j < t->n && t->tok[j].line == t->tok[i].line)
            j++;
        int r;
        size_t e = rz->region[i] == ERG_REGION_TEXT || rz->region[i] == ERG_REGION_DATELINE ? label_at(rz, i, j, &r)
                                                                                             : ERG_RZ_NONE;
        if (e != ERG_RZ_NONE) {
            void *p = v;
            if (erg__grow(&p, &cap, n + 1, sizeof *v))
                break; /* out of memory: the labels stay what they were */
            v = p;
            v[n++] = (label_t){i, e, r};
        }
        i = j;
    }
    for (size_t x = 0; n >= 2 && x < n; x++) {
        int keep = v[x].role;
        for (size_t y = 0; y < n && !keep; y++)
            keep = y != x && same_words(rz, v[x].first, v[x].last, v[y].first, v[y].last);
        if (keep)
            memset(rz->region + v[x].first, ERG_REGION_SPEAKER, v[x].last + 1 - v[x].first);
    }
    free(v);
}

/* Pushes the speaker in label tokens a..b (role words, titles and
 * honorifics left out; in brackets the first name only), a person. */
static int speaker(erg_rz_t *rz, size_t a, size_t b)
{
    const erg_tokens_t *t = &rz->t;
    const char *s = rz->a->text;
    int rc = 0, inside = 0, done_inside = 0;
    size_t open = ERG_RZ_NONE;
    erg_buf_t name = {0};
    for (size_t k = a; k <= b && !rc; k++) {
        int word = !role_word(rz, k) && !(rz->cls[k] & ERG_LX_BIT(ERG_LX_FUNCTION)) && rz->owner[k] == ERG_RZ_NONE &&
                   !(inside && done_inside);
        if (word && open == ERG_RZ_NONE)
            open = k;
        size_t gs, ge;
        gap_after(rz, k, &gs, &ge);
        int opens = memchr(s + gs, '(', ge - gs) != NULL, closes = memchr(s + gs, ')', ge - gs) != NULL,
            comma = memchr(s + gs, ',', ge - gs) != NULL;
        if (open != ERG_RZ_NONE && (!word || k == b || opens || closes || comma)) {
            size_t e = word ? k : k - 1;
            name.len = 0;
            for (size_t q = open; q <= e && !rc; q++) { /* "BENNY K. HARMAN" as "Benny K. Harman" */
                if (q > open)
                    rc = erg__buf_add(&name, s + t->tok[q - 1].end, t->tok[q].start - t->tok[q - 1].end);
                rc = rc ? rc : erg__add_recased(&name, s + t->tok[q].start, t->tok[q].end - t->tok[q].start, 1, 0);
            }
            rc = rc ? rc : erg__buf_add(&name, "", 1);
            const char *n = rc ? NULL : erg__rz_name(rz, name.buf, name.len - 1);
            rc = rc     ? rc
                 : !n ? ERG_ENOMEM
                      : erg__rz_push(rz, open, e, n, 0, ERG_TYPE_PERSON,
                                     ERG_MENTION_DISCOVERED | ERG_MENTION_FORMED);
            open = ERG_RZ_NONE;
            done_inside |= inside;
        }
        if (opens)
            inside = 1;
        if (closes)
            inside = 0;
    }
    erg__buf_release(&name);
    return rc;
}

int erg__rz_speakers(erg_rz_t *rz)
{
    const erg_tokens_t *t = &rz->t;
    int rc = 0;
    for (size_t i = 0; i < t->n && !rc; i++) {
        if (rz->region[i] != ERG_REGION_SPEAKER)
            continue;
        size_t b = i;
        while (b + 1 < t->n && rz->region[b + 1] == ERG_REGION_SPEAKER && t->tok[b + 1].line == t->tok[i].line)
            b++;
        rc = speaker(rz, i, b);
        i = b;
    }
    return rc;
}
