/* test_tagger.c: the name tagger's features, and its cached scores against
 * the reference that builds and looks up every feature string: they must
 * be the same floats, bit for bit, on the sample corpus and on texts made
 * to reach the corners (long words, bounds, gaps, a cache that fills up),
 * with the words numbered by the word table (recognize_internal.h) and without,
 * for the Indonesian model and for the English one. */
#include "harness.h"
#include "files.h"
#include "recognize_internal.h"
#include "tagger_internal.h"

#include <dirent.h>
#include <float.h>
#include <stdlib.h>

static erg_gazetteer_t *gz;
static erg_lexicon_t *lx;
static int lang = ERG_LX_ID; /* the word lists the features are made with */

/* Starts recognizing `text` as one article with model m, up to the
 * gazetteer's matches (what the tagger reads); a and ms are the caller's,
 * and so is erg__rz_end(rz), whatever this returns. */
static int start(erg_rz_t *rz, erg_article_t *a, erg_mentions_t *ms, const erg_tagger_model_t *m, const char *text,
                 size_t len)
{
    *a = (erg_article_t){(char *)"t", (char *)"", NULL, (char *)text, len};
    erg_mentions_init(ms);
    const erg_tagger_model_t *models[ERG_NLANG] = {m, m};
    if (erg__rz_begin(rz, gz, lx, models, a, lang, ms))
        return -1;
    erg__rz_regions(rz);
    return erg__rz_match(rz);
}

/* Do a token's scores a and b differ from want's? */
static int mismatch(const float *want, const float *a, const float *b)
{
    return memcmp(want, a, ERG_NTAGS * sizeof *a) != 0 || memcmp(want, b, ERG_NTAGS * sizeof *b) != 0;
}

/* Scores every sentence of `text` both ways with model m; returns the
 * number of tokens whose scores differ (-1 on error). */
static long compare(const erg_tagger_model_t *m, const char *text, size_t len)
{
    erg_article_t a;
    erg_mentions_t ms;
    erg_rz_t rz;
    long bad = -1;
    if (start(&rz, &a, &ms, m, text, len))
        goto out;
    erg_tag_input_t in = {text, &rz.t, rz.cls, rz.gz, NULL, 0};
    erg_tag_input_t numbered = in;
    numbered.wid = rz.words.id;
    numbered.wserial = rz.words.serial;
    float *want = malloc((rz.t.n + 1) * ERG_NTAGS * sizeof *want);
    float *got = malloc((rz.t.n + 1) * ERG_NTAGS * sizeof *got);
    float *got2 = malloc((rz.t.n + 1) * ERG_NTAGS * sizeof *got2);
    bad = want && got && got2 ? 0 : -1;
    for (size_t s0 = 0, s1; s0 < rz.t.n && bad >= 0; s0 = s1) {
        for (s1 = s0; s1 < rz.t.n && rz.t.tok[s1].sent == rz.t.tok[s0].sent;)
            s1++;
        if (erg__tf_score_strings(m, &in, s0, s1, s0, s1, want) || erg__tf_score_cached(m, &in, s0, s1, s0, s1, got) ||
            erg__tf_score_cached(m, &numbered, s0, s1, s0, s1, got2)) {
            bad = -1;
            break;
        }
        for (size_t i = s0; i < s1; i++)
            bad += mismatch(want + (i - s0) * ERG_NTAGS, got + (i - s0) * ERG_NTAGS, got2 + (i - s0) * ERG_NTAGS);
        /* parts of the sentence, as the tagger scores them: each token's
         * scores those of the whole sentence */
        size_t n = s1 - s0;
        size_t part[3][2] = {{s0 + 1, s1}, {s0, s1 - 1}, {s0 + n / 3, s0 + 2 * n / 3 + 1}};
        for (int q = 0; q < 3 && n > 1 && bad >= 0; q++) {
            size_t a = part[q][0], b = part[q][1];
            if (erg__tf_score_cached(m, &numbered, s0, s1, a, b, got) ||
                erg__tf_score_strings(m, &in, s0, s1, a, b, got2)) {
                bad = -1;
                break;
            }
            for (size_t i = a; i < b; i++)
                bad += mismatch(want + (i - s0) * ERG_NTAGS, got + (i - a) * ERG_NTAGS, got2 + (i - a) * ERG_NTAGS);
        }
    }
    free(want);
    free(got);
    free(got2);
out:
    erg__rz_end(&rz);
    erg_mentions_release(&ms);
    return bad;
}

static long compare_str(const erg_tagger_model_t *m, const char *text)
{
    return compare(m, text, strlen(text));
}

static long windows(const erg_tagger_model_t *m, const char *text, size_t len, size_t *all,
                    size_t *differ);

/* Windows of the tagger against whole sentences, totals over the files. */
static size_t win_all, win_differ;
static long win_bad;

/* Runs `each` on every .txt file of the sample corpus (compare or
 * windows); returns the number of files read, or -1 when any comparison
 * fails. */
static int on_corpus(const erg_tagger_model_t *m, int scores)
{
    char dir[4096], path[8192];
    snprintf(dir, sizeof dir, "%s/corpus", erg_data_dir());
    DIR *d = opendir(dir);
    struct dirent *e;
    int files = 0;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 4, ".txt") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        char *buf;
        size_t len;
        if (erg__read_file(path, &buf, &len, NULL))
            return -1;
        long bad = scores ? compare(m, buf, len) : windows(m, buf, len, &win_all, &win_differ);
        free(buf);
        if (bad < 0 || (scores && bad))
            return -1;
        win_bad += scores ? 0 : bad;
        files++;
    }
    if (d)
        closedir(d);
    return files;
}

/* Compares on every .txt file of the sample corpus; returns the number
 * of files read, or -1 when any score differs. */
static int compare_corpus(const erg_tagger_model_t *m) { return on_corpus(m, 1); }

/* Whether token i of `text` has feature f (the string list, for training). */
static int has_feature(const char *text, size_t i, const char *f)
{
    erg_article_t a = {(char *)"t", (char *)"", NULL, (char *)text, strlen(text)};
    erg_mentions_t ms;
    erg_mentions_init(&ms);
    erg_rz_t rz;
    erg_buf_t out = {0};
    int found = 0;
    if (!erg__rz_begin(&rz, gz, lx, NULL, &a, ERG_LX_ID, &ms) && (erg__rz_regions(&rz), !erg__rz_match(&rz)) &&
        i < rz.t.n) {
        erg_tag_input_t in = {text, &rz.t, rz.cls, rz.gz};
        long n = erg__tagger_features(&in, i, 0, rz.t.n, &out);
        const char *p = out.buf;
        for (long q = 0; q < n && !found; q++, p += strlen(p) + 1)
            found = strcmp(p, f) == 0;
    }
    erg__buf_release(&out);
    erg__rz_end(&rz);
    erg_mentions_release(&ms);
    return found;
}

/* IOB2, as the decoder must keep it: I-X only after B-X or I-X. */
static int iob_ok(int prev, int y)
{
    return y == ERG_TAG_O || y % 2 || (prev >= 0 && prev != ERG_TAG_O && (prev + 1) / 2 == y / 2);
}

/* A path's score, summed in the decoder's order; after_o, it starts after
 * an O rather than at the sentence start; before_o, an O follows it. */
static float path_score(const float *score, const float *trans, const int *y, size_t n, int after_o,
                        int before_o)
{
    float s = score[y[0]] + trans[(after_o ? ERG_TAG_O : ERG_NTAGS) * ERG_NTAGS + y[0]];
    for (size_t i = 1; i < n; i++)
        s = (s + trans[y[i - 1] * ERG_NTAGS + y[i]]) + score[i * ERG_NTAGS + y[i]];
    return before_o ? s + trans[y[n - 1] * ERG_NTAGS + ERG_TAG_O] : s;
}

/* Viterbi against every path of n labels: the decoder's path must be
 * allowed and score the most. Returns 1 when it does. (Neither an O
 * before nor the sentence start allows an I- label.) */
static int viterbi_case(const float *score, const float *trans, size_t n, int after_o, int before_o)
{
    unsigned char got[8];
    int y[8];
    if (after_o || before_o ? erg__tagger_viterbi_within(score, n, trans, after_o, before_o, got)
                            : erg__tagger_viterbi(score, n, trans, got))
        return 0;
    for (size_t i = 0; i < n; i++) {
        y[i] = got[i];
        if (!iob_ok(i ? y[i - 1] : -1, y[i]))
            return 0;
    }
    float have = path_score(score, trans, y, n, after_o, before_o), most = -FLT_MAX;
    size_t total = 1;
    for (size_t i = 0; i < n; i++)
        total *= ERG_NTAGS;
    for (size_t c = 0; c < total; c++) {
        int ok = 1;
        for (size_t i = 0, r = c; i < n; i++, r /= ERG_NTAGS) {
            y[i] = (int)(r % ERG_NTAGS);
            ok &= iob_ok(i ? y[i - 1] : -1, y[i]);
        }
        float s = ok ? path_score(score, trans, y, n, after_o, before_o) : -FLT_MAX;
        if (s > most)
            most = s;
    }
    return have == most;
}

/* Tags every sentence of `text` as the recognizer does (erg__tagger_tag:
 * the parts near capitals, numbers and gazetteer matches) and by decoding
 * whole sentences; adds the tokens to *all and those whose labels differ to
 * *differ. Returns -1 on error, or the number of tokens labelled other than O
 * though they lie farther than two tokens from any token that may hold a
 * name. */
static long windows(const erg_tagger_model_t *m, const char *text, size_t len, size_t *all,
                    size_t *differ)
{
    erg_article_t a;
    erg_mentions_t ms;
    erg_rz_t rz;
    long bad = -1;
    unsigned char *got = NULL, *whole = NULL;
    float *score = NULL;
    if (start(&rz, &a, &ms, m, text, len))
        goto out;
    const erg_tokens_t *t = &rz.t;
    erg_tag_input_t in = {text, t, rz.cls, rz.gz, rz.words.id, rz.words.serial};
    got = malloc(t->n + 1);
    whole = malloc(t->n + 1);
    score = malloc((t->n + 1) * ERG_NTAGS * sizeof *score);
    if (!got || !whole || !score || erg__tagger_tag(m, &in, got))
        goto out;
    for (size_t s0 = 0, s1; s0 < t->n; s0 = s1) {
        for (s1 = s0; s1 < t->n && t->tok[s1].sent == t->tok[s0].sent;)
            s1++;
        if (erg__tf_score_strings(m, &in, s0, s1, s0, s1, score) ||
            erg__tagger_viterbi(score, s1 - s0, m->trans, whole + s0))
            goto out;
    }
    bad = 0;
    for (size_t i = 0; i < t->n; i++) {
        *differ += got[i] != whole[i];
        int near = 0;
        for (size_t j = i > 2 ? i - 2 : 0; j < t->n && j <= i + 2; j++)
            near |= t->tok[j].sent == t->tok[i].sent &&
                    ((t->tok[j].flags & (ERG_TOK_CAP | ERG_TOK_DIGIT | ERG_TOK_NOCASE)) || rz.gz[j]);
        bad += !near && got[i] != ERG_TAG_O;
    }
    *all += t->n;
out:
    free(got);
    free(whole);
    free(score);
    erg__rz_end(&rz);
    erg_mentions_release(&ms);
    return bad;
}

/* A text of `words` distinct made-up words in sentences of 9. */
static char *many_words(size_t words)
{
    char *s = malloc(words * 12 + 1), *p = s;
    for (size_t k = 0; s && k < words; k++)
        p += sprintf(p, "%s%c%zx%s", k % 9 ? "" : "Kata ", k % 3 ? 'k' : 'K', k * 2654435761u % 99999991u,
                     k % 9 == 8 ? ". " : " ");
    return s;
}

int main(void)
{
    erg_error_t err = {0};
    char lists[4096], model_path[4096], en_path[4096];
    snprintf(lists, sizeof lists, "%s/lists", erg_data_dir());
    snprintf(model_path, sizeof model_path, "%s/tagger-id.model", erg_data_dir());
    snprintf(en_path, sizeof en_path, "%s/tagger-en.model", erg_data_dir());
    erg_tagger_model_t *m = NULL, *m2 = NULL, *en = NULL;
    if (erg_gazetteer_open(&gz, NULL, 0, &err) || erg__lexicon_load(&lx, lists, &err) ||
        erg__tagger_model_load(&m, model_path, &err) || erg__tagger_model_load(&m2, model_path, &err) ||
        erg__tagger_model_load(&en, en_path, &err)) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    /* the strings, as the model was trained on them */
    static const struct {
        size_t token;
        const char *feature;
        int has;
    } feats[] = {
        {2, "ww-1=presiden|joko", 1}, {2, "w-1s=presiden|Xx", 1}, {2, "sw+1=Xx|widodo", 1},
        {2, "ss=Xx|Xx|Xx", 1},        {3, "g+=,", 1},             {3, "g-s=_|Xx", 1},
        {0, "first=Xx", 1},           {0, "w-2=<s>", 1},          {5, "s+1=</s>", 1},
        {5, "g+=$", 1},               {2, "p3=jok", 1},           {2, "x4=joko", 1},
        {1, "c+0=T", 1} /* presiden: a title */, {2, "ww-1=joko|widodo", 0},
    };
    for (size_t k = 0; k < sizeof feats / sizeof feats[0]; k++)
        if (has_feature("Kata Presiden Joko Widodo, di Jakarta.", feats[k].token, feats[k].feature) !=
            feats[k].has) {
            fprintf(stderr, "token %zu: feature '%s' %s\n", feats[k].token, feats[k].feature,
                    feats[k].has ? "missing" : "unexpected");
            h_failed++;
        } else
            h_passed++;

    /* decoding: random scores and transitions, every path of up to 5 labels */
    uint64_t r = 88172645463325252ULL;
    int vbad = 0;
    for (int c = 0; c < 3000; c++) {
        float score[5 * ERG_NTAGS], trans[(ERG_NTAGS + 1) * ERG_NTAGS];
        for (size_t k = 0; k < sizeof score / sizeof *score + sizeof trans / sizeof *trans; k++) {
            r ^= r << 13, r ^= r >> 7, r ^= r << 17;
            float x = (float)(r % 20001) / 1000.0f - 10.0f;
            if (k < sizeof score / sizeof *score)
                score[k] = x;
            else
                trans[k - sizeof score / sizeof *score] = x;
        }
        vbad += !viterbi_case(score, trans, (size_t)c % 5 + 1, c / 5 % 2, c / 10 % 2);
    }
    CHECK(vbad == 0);

    /* cached and reference scores, cold and warm, for two models */
    CHECK(compare_corpus(m) > 5);
    CHECK(compare_corpus(m) > 5);
    CHECK(compare_corpus(m2) > 5);
    CHECK(compare_str(m, "Kata Presiden Joko Widodo, di Jakarta.") == 0);
    CHECK(compare_str(m, "Satu.") == 0);
    CHECK(compare_str(m, "A\nB\n\nC -- (D) «É» “Ö” 2.000 x") == 0);
    CHECK(compare_str(m, "JAKARTA, Jakarta; jakarta? JaKarTa!! Jakarta’s Jakarta-nya") == 0);
    char longw[700];
    memset(longw, 'a', sizeof longw - 1);
    longw[sizeof longw - 1] = '\0';
    longw[0] = 'Z';
    char text[2000];
    snprintf(text, sizeof text, "Menurut %s dan %s, Ibu %s.", longw, longw + 300, longw);
    CHECK(compare_str(m, text) == 0);
    /* more words than the cache holds: it starts afresh on the way */
    char *big = many_words(150000);
    CHECK(big && compare_str(m, big) == 0);
    CHECK(big && compare_str(m2, big) == 0);
    free(big);
    CHECK(compare_str(m, "Kata Presiden Joko Widodo, di Jakarta.") == 0);

    /* the English model, with the English word lists, after the Indonesian
     * one in the same thread's cache */
    lang = ERG_LX_EN;
    CHECK(compare_str(en, "Senator Thomas Brennan said on Monday that the Ministry of Defence would act.") == 0);
    CHECK(compare_str(en, "By Hannah Whitfield | Northwind Herald\nSEOUL: Officials said, \"no\".") == 0);
    CHECK(compare_corpus(en) > 5);
    big = many_words(150000);
    CHECK(big && compare_str(en, big) == 0);
    free(big);
    CHECK(compare_str(m, "Shares of Kestrel Mining rose four percent.") == 0);
    lang = ERG_LX_ID;

    /* tagging the parts of sentences near what may be a name: tokens far
     * from one are O, and the labels are those of decoding whole sentences
     * (on the sample corpus all of them; a retrained model may move a few) */
    for (int l = 0; l < 2; l++) {
        lang = l ? ERG_LX_EN : ERG_LX_ID;
        win_all = win_differ = 0;
        win_bad = 0;
        CHECK(on_corpus(l ? en : m, 0) > 5);
        CHECK(win_bad == 0);
        CHECK(win_all > 1000 && win_differ * 1000 <= win_all);
        if (win_differ)
            fprintf(stderr, "windows: %zu of %zu labels differ from whole sentences\n", win_differ, win_all);
    }
    lang = ERG_LX_ID;

    /* models in turn, as articles of both languages switch them: a thread
     * keeps the caches of the last two, and a third model reuses the older */
    for (int r = 0; r < 2; r++) {
        lang = ERG_LX_ID;
        CHECK(compare_corpus(m) > 5);
        lang = ERG_LX_EN;
        CHECK(compare_corpus(en) > 5);
        lang = ERG_LX_ID;
        CHECK(compare_str(m, "Kata Presiden Joko Widodo, di Jakarta.") == 0);
        CHECK(compare_corpus(m2) > 5);
        lang = ERG_LX_EN;
        CHECK(compare_str(en, "Senator Thomas Brennan said on Monday.") == 0);
        CHECK(compare_str(m2, "Shares of Kestrel Mining rose four percent.") == 0);
    }
    lang = ERG_LX_ID;

    erg__tagger_model_free(m);
    erg__tagger_model_free(m2);
    erg__tagger_model_free(en);
    erg__lexicon_free(lx);
    erg_gazetteer_free(gz);
    return h_summary();
}
