/* test_recognize.c: gazetteer matching, discovery, short forms, bylines. */
#include "harness.h"
#include "ergraph.h"

#include <stdlib.h>

static const char gaz_json[] =
    "{\"entities\": [\n"
    " {\"name\": \"Kim Jong Un\", \"type\": \"person\", \"aliases\": [\"Kamerad Kim Jong Un\"]},\n"
    " {\"name\": \"Kim Yo Jong\", \"type\": \"person\"},\n"
    " {\"name\": \"Vladimir Putin\", \"type\": \"person\"},\n"
    " {\"name\": \"North Korea\", \"type\": \"state\", \"aliases\": [\"Korea Utara\", \"Korut\", \"DPRK\"]},\n"
    " {\"name\": \"South Korea\", \"type\": \"state\", \"aliases\": [\"Korea Selatan\"]},\n"
    " {\"name\": \"Russia\", \"type\": \"state\", \"aliases\": [\"Rusia\"]},\n"
    " {\"name\": \"United States\", \"type\": \"state\", \"aliases\": [\"AS\", \"U.S.\"]},\n"
    " {\"name\": \"Cote d'Ivoire\", \"type\": \"state\", \"aliases\": [\"Pantai Gading\"]},\n"
    " {\"name\": \"National Intelligence Service\", \"type\": \"organization\",\n"
    "  \"aliases\": [\"Badan intelijen Korea Selatan\"]},\n"
    " {\"name\": \"Yonhap\", \"type\": \"organization\"}\n"
    "]}\n";

static erg_gazetteer_t *gaz(void)
{
    erg_gazetteer_t *g = erg_gazetteer_new();
    erg_error_t err = {0};
    if (erg_gazetteer_load_buffer(g, "test.json", gaz_json, sizeof gaz_json - 1, &err) != 0)
        fprintf(stderr, "%s\n", err.msg);
    return g;
}

/* Recognizes `text` and renders the mentions as "text=entity/role; ...";
 * a discovered name is written "text=entity(type)". `tagger` 0 keeps to
 * the gazetteer. */
static const char *run_opts(erg_gazetteer_t *g, const char *text, int tagger, erg_lang_t lang)
{
    static char out[2048];
    erg_article_t a = {(char *)"t", (char *)"", NULL, (char *)text, strlen(text)};
    erg_mentions_t m;
    erg_mentions_init(&m);
    static erg_error_t err;
    out[0] = '\0';
    erg_recognize_opts_t o;
    erg_recognize_opts_init(&o);
    o.tagger = tagger;
    o.lang = lang;
    if (erg_recognize_opts(g, &a, &o, &m, &err) != 0)
        return err.msg;
    for (size_t i = 0; i < m.n; i++) {
        const erg_mention_t *x = &m.items[i];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%.*s=%s%s%s%s%s", i ? "; " : "",
                 (int)(x->end - x->start), text + x->start, x->entity,
                 x->flags & ERG_MENTION_DISCOVERED ? "(" : "",
                 x->flags & ERG_MENTION_DISCOVERED ? erg_type_name(x->type) : "",
                 x->flags & ERG_MENTION_DISCOVERED ? ")" : "",
                 x->role == ERG_ROLE_BYLINE ? "/byline" : "");
    }
    erg_mentions_release(&m);
    return out;
}

static const char *run(erg_gazetteer_t *g, const char *text) { return run_opts(g, text, 0, ERG_LANG_AUTO); }
static const char *discover(erg_gazetteer_t *g, const char *text) { return run_opts(g, text, 1, ERG_LANG_AUTO); }

/* The key of every mention, "; "-joined. */
static const char *keys(erg_gazetteer_t *g, const char *text)
{
    static char out[1024];
    erg_article_t a = {(char *)"t", (char *)"", NULL, (char *)text, strlen(text)};
    erg_mentions_t m;
    erg_mentions_init(&m);
    out[0] = '\0';
    if (erg_recognize(g, &a, &m, NULL) == 0)
        for (size_t i = 0; i < m.n; i++)
            snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? "; " : "", m.items[i].key);
    erg_mentions_release(&m);
    return out;
}

int main(void)
{
    erg_gazetteer_t *g = gaz();
    CHECK(erg_gazetteer_size(g) == 10);
    /* case, hyphen and accent insensitive; longest match first */
    CHECK_STR(run(g, "Kim Jong-un, KIM JONG UN dan Kim Jong-Un."),
              "Kim Jong-un=Kim Jong Un; KIM JONG UN=Kim Jong Un; Kim Jong-Un=Kim Jong Un");
    CHECK_STR(run(g, "Côte d’Ivoire dan Korea Utara."), "Côte d’Ivoire=Cote d'Ivoire; Korea Utara=North Korea");
    /* the span index: a span stops growing where no alias starts with it, and
     * then the longest alias inside it wins; a failed span skips no token */
    CHECK_STR(run(g, "Kamerad Kim Jong Un tiba."), "Kamerad Kim Jong Un=Kim Jong Un");
    CHECK_STR(run(g, "Kamerad Korea Utara tiba."), "Korea Utara=North Korea");
    CHECK_STR(run(g, "Kamerad Kim Jong Il tiba."), "");
    {
        static const char nested[] = "{\"entities\": [{\"name\": \"Han\", \"type\": \"person\"},"
                                     " {\"name\": \"Han Besar Sekali\", \"type\": \"organization\"}]}";
        erg_gazetteer_t *g2 = erg_gazetteer_new();
        CHECK(erg_gazetteer_load_buffer(g2, "n.json", nested, sizeof nested - 1, NULL) == 0);
        CHECK_STR(run(g2, "Han Besar tiba. Han Besar Sekali juga."),
                  "Han=Han; Han Besar Sekali=Han Besar Sekali");
        erg_gazetteer_free(g2);
    }
    /* token boundaries: no match inside a word */
    CHECK_STR(run(g, "Rusiawan dan Korutan bukan negara, Rusia ya."), "Rusia=Russia");
    /* acronyms only in capitals; "as" is a word */
    CHECK_STR(run(g, "as well as the AS and the U.S. envoy"), "AS=United States; U.S.=United States");
    /* no match across a sentence or a comma */
    CHECK_STR(run(g, "Korea, Utara."), "");
    /* an organization named after a state also mentions it */
    CHECK_STR(run(g, "Badan intelijen Korea Selatan menyebut"),
              "Badan intelijen Korea Selatan=National Intelligence Service; Korea Selatan=South Korea");
    /* short forms of people named in the article */
    CHECK_STR(run(g, "Kim Jong Un tiba. Kim lalu bertemu Putin."),
              "Kim Jong Un=Kim Jong Un; Kim=Kim Jong Un; Putin=Vladimir Putin");
    /* "Kim" is ambiguous when both Kims are named; "Kim Yo" is another name */
    CHECK_STR(run(g, "Kim Jong Un dan Kim Yo Jong hadir. Kim berbicara."),
              "Kim Jong Un=Kim Jong Un; Kim Yo Jong=Kim Yo Jong");
    CHECK_STR(run(g, "Kim Jong Un hadir di sana. Kim Ha Neul juga datang ke acara itu."), "Kim Jong Un=Kim Jong Un");
    /* bylines, credits and datelines; "Baca juga" lines are skipped */
    CHECK_STR(run(g, "Judul\nPenulis:\nVladimir Putin\nFoto: Yonhap\nSEOUL: Korut dan Rusia.\n"
                     "Baca juga: Rusia dan Korut\nYonhap - Kim Jong Un tiba."),
              "Vladimir Putin=Vladimir Putin/byline; Yonhap=Yonhap/byline; Korut=North Korea; "
              "Rusia=Russia; Yonhap=Yonhap/byline; Kim Jong Un=Kim Jong Un");
    /* discovery: people after titles and beside reporting verbs, organizations
     * by their head words, places; short forms resolve to the full name */
    CHECK_STR(discover(g, "Presiden Joko Widodo tiba di Bogor. Widodo berkata bahwa Korut siap. "
                          "Menteri Hartono mengatakan hal itu."),
              "Joko Widodo=Joko Widodo(person); Bogor=Bogor(place); Widodo=Joko Widodo(person); "
              "Korut=North Korea; Hartono=Hartono(person)");
    /* a longer name holds a gazetteer name whole: the state stays, nested */
    CHECK_STR(discover(g, "Menurut Bank Sentral Rusia, inflasi naik, ujar Park Won-gon."),
              "Bank Sentral Rusia=Bank Sentral Rusia(organization); Rusia=Russia; Park Won-gon=Park Won Gon(person)");
    /* variants in case, hyphens and spacing get one name and one key */
    CHECK_STR(keys(g, "Menurut Park Won-gon, hal itu benar. Kata Park Won-Gon, semua tiba. Menurut Park Won Gon, semua pergi."),
              "park won gon; park won gon; park won gon");
    CHECK_STR(discover(g, "Menurut Park Won-gon, hal itu benar. Kata Park Won-Gon, semua tiba. Menurut Park Won Gon, semua pergi."),
              "Park Won-gon=Park Won Gon(person); Park Won-Gon=Park Won Gon(person); Park Won Gon=Park Won Gon(person)");
    /* no junk from sentence starters, days, months or credit labels */
    CHECK_STR(discover(g, "Sementara itu, pada Rabu (3/9) lalu. Penulis buku itu hadir pada September."), "");
    /* a headline yields only names the article confirms elsewhere */
    CHECK_STR(discover(g, "Pertemuan Rahasia Menteri Hartono Dan Jenderal Sudarmo Di Bogor\n"
                          "Menteri Hartono mengatakan hal itu kemarin."),
              "Hartono=Hartono(person)");
    /* an ambiguous surname stays unresolved */
    CHECK_STR(discover(g, "Kim Jong Un dan Kim Yo Jong hadir. Kim berbicara."),
              "Kim Jong Un=Kim Jong Un; Kim Yo Jong=Kim Yo Jong");
    /* English: titles, head words, reporting verbs, credit lines */
    CHECK_STR(run_opts(g, "By Hannah Whitfield | Northwind Herald\n"
                          "Senator Thomas Brennan said the Ministry of Defence would act. Brennan left.\n",
                       1, ERG_LANG_EN),
              "Hannah Whitfield=Hannah Whitfield(person)/byline; Northwind Herald=Northwind Herald(organization)/byline; "
              "Thomas Brennan=Thomas Brennan(person); Ministry of Defence=Ministry of Defence(organization); "
              "Brennan=Thomas Brennan(person)");
    /* datelines name places, and outlets in brackets or as web addresses */
    CHECK_STR(discover(g, "SEOUL: Korut dan Rusia.\nBeijing (ANTARA) - Korut tiba.\nJAKARTA, KOMPAS.com - Rusia."),
              "SEOUL=Seoul(place)/byline; Korut=North Korea; Rusia=Russia; Beijing=Beijing(place)/byline; "
              "ANTARA=ANTARA(organization)/byline; Korut=North Korea; JAKARTA=Jakarta(place)/byline; "
              "KOMPAS.com=KOMPAS com(organization)/byline; Rusia=Russia");
    /* credit lines: "Reporter:", "Photo :", "Name • date" */
    CHECK_STR(discover(g, "Reporter: Budi Santoso\nAndi Wijaya \xe2\x80\xa2 12 Mei 2025\nPhoto : Yonhap\nIsi berita."),
              "Budi Santoso=Budi Santoso(person)/byline; Andi Wijaya=Andi Wijaya(person)/byline; Yonhap=Yonhap/byline");

    /* later gazetteers win */
    erg_error_t err = {0};
    const char more[] = "{\"entities\": [{\"name\": \"Korut Corp\", \"type\": \"organization\", \"aliases\": [\"Korut\"]}]}";
    CHECK(erg_gazetteer_load_buffer(g, "more.json", more, sizeof more - 1, &err) == 0);
    CHECK_STR(run(g, "Korut dan Korea Utara"), "Korut=Korut Corp; Korea Utara=North Korea");
    /* errors name the file and the place */
    const char bad[] = "{\"entities\": [\n  {\"name\": \"X\", \"type\": \"person\",}\n]}";
    CHECK(erg_gazetteer_load_buffer(g, "bad.json", bad, sizeof bad - 1, &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "bad.json:2:35: malformed JSON in gazetteer");
    const char badtype[] = "{\"entities\": [{\"name\": \"X\", \"type\": \"city\"}]}";
    CHECK(erg_gazetteer_load_buffer(g, "t.json", badtype, sizeof badtype - 1, &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "t.json: entity 1 ('X'): \"type\" must be person, state, organization or place");
    erg_gazetteer_free(g);
    /* the data files: a missing model is an error naming it */
    erg_recognizer_t *r = NULL;
    CHECK(erg_recognizer_open(&r, "/nonexistent-dir", &err) == ERG_EIO);
    CHECK_STR(err.msg, "cannot open '/nonexistent-dir/lists/function-id.txt': No such file or directory");
    CHECK(erg_lang_parse("en") == ERG_LANG_EN && erg_lang_parse("fr") == -1);
    return h_summary();
}
