/* test_recognize.c: gazetteer matching, short forms, bylines. */
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

/* Recognizes `text` and renders the mentions as "text=entity/role; ...". */
static const char *run(erg_gazetteer_t *g, const char *text)
{
    static char out[2048];
    erg_article_t a = {(char *)"t", (char *)"", NULL, (char *)text, strlen(text)};
    erg_mentions_t m;
    erg_mentions_init(&m);
    static erg_error_t err;
    out[0] = '\0';
    if (erg_recognize(g, &a, &m, &err) != 0)
        return err.msg;
    for (size_t i = 0; i < m.n; i++) {
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%.*s=%s%s", i ? "; " : "",
                 (int)(m.items[i].end - m.items[i].start), text + m.items[i].start, m.items[i].entity,
                 m.items[i].role == ERG_ROLE_BYLINE ? "/byline" : "");
    }
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
    /* token boundaries: no match inside a word */
    CHECK_STR(run(g, "Rusiawan dan Korutan bukan negara, Rusia ya."), "Rusia=Russia");
    /* acronyms only in capitals; "as" is a word */
    CHECK_STR(run(g, "as well as the AS and the U.S. envoy"), "AS=United States; U.S=United States");
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
    CHECK_STR(run(g, "Kim Jong Un hadir. Kim Ha Neul juga."), "Kim Jong Un=Kim Jong Un");
    /* bylines, credits and datelines; "Baca juga" lines are skipped */
    CHECK_STR(run(g, "Judul\nPenulis:\nVladimir Putin\nFoto: Yonhap\nSEOUL: Korut dan Rusia.\n"
                     "Baca juga: Rusia dan Korut\nYonhap - Kim Jong Un tiba."),
              "Vladimir Putin=Vladimir Putin/byline; Yonhap=Yonhap/byline; Korut=North Korea; "
              "Rusia=Russia; Yonhap=Yonhap/byline; Kim Jong Un=Kim Jong Un");
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
    return h_summary();
}
