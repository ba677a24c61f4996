/* test_text.c: tokens, keys, sentences and paragraphs. */
#include "harness.h"

#include <stdlib.h>
#include "files.h"
#include "lexicon.h"
#include "text.h"

static char key_buf[256];

static const char *key(const erg_tokens_t *t, size_t i)
{
    snprintf(key_buf, sizeof key_buf, "%.*s", (int)t->tok[i].keylen, t->keys.buf + t->tok[i].key);
    return key_buf;
}

/* The abbreviations of the data folder's word lists, loaded once. */
static const erg_map_t *abbreviations(void)
{
    static erg_lexicon_t *lx;
    if (!lx) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/lists", erg_data_dir());
        erg_error_t err = {0};
        if (erg__lexicon_load(&lx, dir, &err)) {
            fprintf(stderr, "%s\n", err.msg);
            exit(1);
        }
    }
    return erg__lexicon_abbreviations(lx);
}

/* Number of sentences of `s` (with the data folder's abbreviations, or
 * none when `bare`) and the text of sentence `k`. */
static size_t sentences_with(const char *s, int bare, size_t k, char *out, size_t cap)
{
    erg_tokens_t t = {0};
    erg__text_tokenize(s, strlen(s), bare ? NULL : abbreviations(), &t);
    size_t n = t.nsent;
    if (k < n)
        snprintf(out, cap, "%.*s", (int)(t.sent_end[k] - t.sent_start[k]), s + t.sent_start[k]);
    erg__tokens_release(&t);
    return n;
}

static size_t sentences(const char *s, size_t k, char *out, size_t cap)
{
    return sentences_with(s, 0, k, out, cap);
}

static void test_tokens(void)
{
    const char *s = "Kim Jong-un, KIM JONG UN dan Ёлка Élysée!";
    erg_tokens_t t = {0};
    CHECK(erg__text_tokenize(s, strlen(s), NULL, &t) == 0);
    CHECK(t.n == 9);
    CHECK_STR(key(&t, 2), "un");
    CHECK_STR(key(&t, 3), "kim");
    CHECK(t.tok[3].flags & ERG_TOK_ALLCAPS);
    CHECK(t.tok[0].flags & ERG_TOK_CAP);
    CHECK(!(t.tok[6].flags & ERG_TOK_CAP));
    CHECK_STR(key(&t, 7), "елка"); /* Ё folds to е without its diaeresis */
    CHECK_STR(key(&t, 8), "elysee");
    CHECK(t.tok[8].start == strlen("Kim Jong-un, KIM JONG UN dan Ёлка "));
    erg__tokens_release(&t);
}

/* Words of ASCII letters and digits take a path of their own (one pass
 * for the end, the flags and the key, eight bytes at a time); a word that
 * goes on past ASCII goes back to the general one. Both must give the same
 * tokens: words shorter and longer than eight bytes, of exactly eight,
 * at the end of the text. */
static void test_ascii_words(void)
{
    const char *s = "iPhone ABC1 2024an x1 CAFÉ Kafé caféS Zürich ÉA "
                    "Abcdefghijklmnopqrstuvwxyz0123 INDONESIA Jakarta1 KeMeNtErIaNdAlAm "
                    "Internasionalé 12345678, NATO";
    static const struct {
        const char *key;
        unsigned flags;
    } want[] = {
        {"iphone", 0}, {"abc1", ERG_TOK_CAP | ERG_TOK_ALLCAPS}, {"2024an", ERG_TOK_DIGIT}, {"x1", 0},
        {"cafe", ERG_TOK_CAP | ERG_TOK_ALLCAPS}, {"kafe", ERG_TOK_CAP}, {"cafes", 0},
        {"zurich", ERG_TOK_CAP}, {"ea", ERG_TOK_CAP | ERG_TOK_ALLCAPS},
        {"abcdefghijklmnopqrstuvwxyz0123", ERG_TOK_CAP}, {"indonesia", ERG_TOK_CAP | ERG_TOK_ALLCAPS},
        {"jakarta1", ERG_TOK_CAP}, {"kementeriandalam", ERG_TOK_CAP}, {"internasionale", ERG_TOK_CAP},
        {"12345678", ERG_TOK_DIGIT}, {"nato", ERG_TOK_CAP | ERG_TOK_ALLCAPS},
    };
    erg_tokens_t t = {0};
    CHECK(erg__text_tokenize(s, strlen(s), NULL, &t) == 0);
    CHECK(t.n == sizeof want / sizeof want[0]);
    for (size_t i = 0; i < t.n && i < sizeof want / sizeof want[0]; i++) {
        CHECK_STR(key(&t, i), want[i].key);
        CHECK(t.tok[i].flags == want[i].flags);
    }
    CHECK(t.tok[t.n - 1].end == strlen(s));
    erg__tokens_release(&t);
}

static void test_invalid_utf8(void)
{
    const char s[] = "Rusia\xff\xfe Korea\xc3";
    erg_tokens_t t = {0};
    CHECK(erg__text_tokenize(s, sizeof s - 1, NULL, &t) == 0);
    CHECK(t.n == 2);
    CHECK_STR(key(&t, 1), "korea");
    erg__tokens_release(&t);
}

static void test_sentences(void)
{
    char out[256];
    /* glued full stop, as scraped text has it */
    CHECK(sentences("Hubungan telah pulih.Sementara di halaman ketiga.", 1, out, sizeof out) == 2);
    CHECK_STR(out, "Sementara di halaman ketiga.");
    /* numbers, abbreviations, initials and domains do not split */
    CHECK(sentences("Ada 2.000 tentara dan 3.5 persen, dll. di sana.", 0, out, sizeof out) == 1);
    CHECK(sentences("Dr. Park dan Prof. Lee bertemu di Jl. Sudirman.", 0, out, sizeof out) == 1);
    CHECK(sentences("The U.S. envoy met Mr. Kim.", 0, out, sizeof out) == 1);
    CHECK(sentences("TRIBUNNEWS.COM - Pemimpin tiba.", 0, out, sizeof out) == 1);
    /* quotes stay with their sentence */
    CHECK(sentences("\"Kami siap,\" kata Kim. \"Bagus!\" jawab Putin.", 0, out, sizeof out) == 2);
    CHECK_STR(out, "\"Kami siap,\" kata Kim.");
    CHECK(sentences("\"Kami siap,\" kata Kim. \"Bagus!\" jawab Putin.", 1, out, sizeof out) == 2);
    CHECK_STR(out, "\"Bagus!\" jawab Putin.");
    /* a line break ends a sentence, even without punctuation */
    CHECK(sentences("Judul Berita\nIsi berita di sini.", 0, out, sizeof out) == 2);
    CHECK_STR(out, "Judul Berita");
}

/* Abbreviations from data/lists/abbreviations.txt, quotes and ellipses. */
static void test_splitter(void)
{
    static const struct {
        const char *text;
        size_t n;           /* sentences */
        const char *first;  /* the first one */
    } cases[] = {
        {"Beras, gula, dll. dijual di sana. Harga naik.", 2, "Beras, gula, dll. dijual di sana."},
        {"Buku, pena, dsb. Semua ada.", 1, NULL}, /* the price of the list: dsb. never ends one */
        {"Kantor di Jl. Merdeka No. 5 dibuka. Tamu datang.", 2, "Kantor di Jl. Merdeka No. 5 dibuka."},
        {"Dr. Park dan Prof. Lee hadir. Mr. Kim tidak.", 2, "Dr. Park dan Prof. Lee hadir."},
        {"The U.S. envoy met Mrs. Lee. They talked.", 2, "The U.S. envoy met Mrs. Lee."},
        {"Pertemuan Rabu (03/09).Dalam pertemuan itu Kim bicara.", 2, "Pertemuan Rabu (03/09)."},
        {"Ia berkata, \"Kami siap.\" Lalu ia pergi.", 2, "Ia berkata, \"Kami siap.\""},
        {"\u201cKami siap!\u201d kata Kim. Putin diam.", 2, "\u201cKami siap!\u201d kata Kim."},
        {"Ia menunggu... lalu pergi.", 1, NULL},
        {"Ia menunggu... Kemudian pergi.", 2, "Ia menunggu..."},
        {"Ia menunggu\u2026 Kemudian pergi.", 2, "Ia menunggu\u2026"},
        {"Nilainya 3.5 persen atau Rp 2.000. Naik.", 2, "Nilainya 3.5 persen atau Rp 2.000."},
    };
    char out[256];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = sentences(cases[i].text, 0, out, sizeof out);
        if (n != cases[i].n)
            fprintf(stderr, "case %zu: '%s'\n", i, cases[i].text);
        CHECK(n == cases[i].n);
        if (cases[i].first)
            CHECK_STR(out, cases[i].first);
    }
    /* the abbreviations are the caller's: without them "Dr." ends one */
    CHECK(sentences_with("Dr. Park hadir. Lee tidak.", 1, 0, out, sizeof out) == 3);
    CHECK(sentences_with("Dr. Park hadir. Lee tidak.", 0, 0, out, sizeof out) == 2);
}

static void test_paragraphs(void)
{
    const char *blank = "Satu. Dua.\nTiga.\n\nEmpat.";
    erg_tokens_t t = {0};
    erg__text_tokenize(blank, strlen(blank), NULL, &t);
    CHECK(t.n == 4);
    CHECK(t.tok[0].para == 0 && t.tok[2].para == 0 && t.tok[3].para == 1);
    CHECK(t.tok[1].sent == 1 && t.tok[2].sent == 2);
    erg__tokens_release(&t);
    /* without any blank line, every line is a paragraph */
    const char *lines = "Satu. Dua.\nTiga.\nEmpat.";
    erg__text_tokenize(lines, strlen(lines), NULL, &t);
    CHECK(t.tok[1].para == 0 && t.tok[2].para == 1 && t.tok[3].para == 2);
    erg__tokens_release(&t);
}

static void test_phrase_key(void)
{
    erg_buf_t b = {0};
    size_t n;
    unsigned f;
    CHECK(erg__text_phrase_key("Kim Jong-Un", 11, &b, &n, &f) == 0);
    CHECK_STR(b.buf, "kim jong un");
    CHECK(n == 3 && (f & ERG_TOK_CAP));
    erg__buf_release(&b);
}

/* A small random generator of our own: the same strings on every run. */
static unsigned long lcg_state = 1;

static unsigned lcg(unsigned n)
{
    lcg_state = lcg_state * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)(lcg_state >> 33) % n;
}

/* The phrase key of ASCII text, made in one pass, against the tokens'
 * keys joined by spaces, as the general path makes it. */
static void test_phrase_key_ascii(void)
{
    const char alpha[] = "aZbY09 .,-'\t\n\r\"()Ab";
    int bad = 0;
    for (int it = 0; it < 20000; it++) {
        char s[16];
        size_t n = lcg(sizeof s);
        for (size_t i = 0; i < n; i++)
            s[i] = alpha[lcg(sizeof alpha - 1)];
        erg_buf_t got = {0}, want = {0};
        size_t ng = 0;
        unsigned fg = 0;
        erg__buf_add(&got, "x", 1);
        erg__buf_add(&want, "x", 1);
        erg__text_phrase_key(s, n, &got, &ng, &fg);
        erg_tokens_t t = {0};
        erg__text_tokenize(s, n, NULL, &t);
        for (size_t i = 0; i < t.n; i++) {
            if (i)
                erg__buf_add(&want, " ", 1);
            erg__buf_add(&want, t.keys.buf + t.tok[i].key, t.tok[i].keylen);
        }
        bad += strcmp(got.buf, want.buf) != 0 || ng != t.n || fg != (t.n ? t.tok[0].flags : 0);
        erg__tokens_release(&t);
        erg__buf_release(&got);
        erg__buf_release(&want);
    }
    CHECK(bad == 0);
}

/* erg__utf8_valid says yes exactly when erg__utf8_repair replaces nothing. */
static void test_utf8_valid(void)
{
    static const unsigned char bytes[] = {'a', ' ', 0, 0x80, 0xC3, 0xA9, 0xE2, 0x80, 0x99,
                                          0xF0, 0x9F, 0x98, 0x80, 0xFF, 0xED, 0xA0, 'Z'};
    int bad = 0;
    for (int it = 0; it < 20000; it++) {
        char s[40];
        size_t n = lcg(sizeof s);
        unsigned kinds = it % 2 ? 2 : sizeof bytes; /* long ASCII runs, or anything */
        for (size_t i = 0; i < n; i++)
            s[i] = (char)bytes[lcg(kinds)];
        if (it % 2 && n && lcg(4) == 0)
            s[lcg((unsigned)n)] = (char)bytes[lcg(sizeof bytes)];
        size_t len, first, nbad;
        char *c = erg__utf8_repair(s, n, &len, &first, &nbad);
        bad += (nbad == 0) != erg__utf8_valid(s, n);
        free(c);
    }
    CHECK(bad == 0);
}

int main(void)
{
    test_tokens();
    test_ascii_words();
    test_invalid_utf8();
    test_sentences();
    test_splitter();
    test_paragraphs();
    test_phrase_key();
    test_phrase_key_ascii();
    test_utf8_valid();
    return h_summary();
}
