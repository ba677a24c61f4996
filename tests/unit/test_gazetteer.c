/* test_gazetteer.c: the gazetteer layers: iso-codes states with their
 * Indonesian names, renames by code, "never" forms, capitals, errors. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "ergraph.h"
#include "gazetteer.h"
#include "text.h"

#include <stdlib.h>

/* "type:name" of the entity the whole phrase `s` names, or "-". */
static const char *lookup(const erg_gazetteer_t *g, const char *s)
{
    static char out[256];
    erg_buf_t key = {0};
    erg__text_phrase_key(s, strlen(s), &key, NULL, NULL);
    const erg_alias_t *al = key.len ? erg__gazetteer_lookup(g, key.buf, key.len) : NULL;
    erg__buf_release(&key);
    if (!al)
        return "-";
    snprintf(out, sizeof out, "%s:%s", erg_type_name(erg__gazetteer_type(g, al->entity)),
             erg__gazetteer_name(g, al->entity));
    return out;
}

static int load(erg_gazetteer_t *g, const char *json, erg_error_t *err)
{
    return erg_gazetteer_load_buffer(g, "user.json", json, strlen(json), err);
}

int main(void)
{
    erg_gazetteer_t *g = NULL;
    erg_error_t err = {0};
    CHECK(erg_gazetteer_open(&g, NULL, 0, &err) == 0);
    if (!g) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    /* iso-codes: English short, official and common names, and their
     * Indonesian translations from the gettext catalogue */
    CHECK_STR(lookup(g, "Jepang"), "state:Japan");
    CHECK_STR(lookup(g, "Republik Rakyat Tiongkok"), "state:China");
    CHECK_STR(lookup(g, "People's Republic of China"), "state:China");
    CHECK_STR(lookup(g, "Selandia Baru"), "state:New Zealand");
    CHECK_STR(lookup(g, "Kerajaan Arab Saudi"), "state:Saudi Arabia");
    /* inverted iso names also in natural order */
    CHECK_STR(lookup(g, "Korea, Republic of"), "state:South Korea");
    CHECK_STR(lookup(g, "Republic of Korea"), "state:South Korea");
    CHECK_STR(lookup(g, "Plurinational State of Bolivia"), "state:Bolivia");
    /* the shipped states file renames by code and adds short forms */
    CHECK_STR(lookup(g, "Russian Federation"), "state:Russia");
    CHECK_STR(lookup(g, "Federasi Rusia"), "state:Russia");
    CHECK_STR(lookup(g, "Korut"), "state:North Korea");
    CHECK_STR(lookup(g, "Democratic People's Republic of Korea"), "state:North Korea");
    /* withdrawn states (ISO 3166-3) */
    CHECK_STR(lookup(g, "Uni Soviet"), "state:Soviet Union");
    CHECK_STR(lookup(g, "Union of Soviet Socialist Republics"), "state:Soviet Union");
    CHECK_STR(lookup(g, "German Democratic Republic"), "state:East Germany");
    CHECK_STR(lookup(g, "Cekoslowakia"), "state:Czechoslovakia");
    /* a state iso-codes lacks */
    CHECK_STR(lookup(g, "Kosovo"), "state:Kosovo");
    /* every ISO 3166-1 state is there: 249 current, and more */
    CHECK(erg_gazetteer_size(g) >= 249 + 100 + 100);

    /* "never": the user's entry patches a known entity (no type needed) */
    CHECK_STR(lookup(g, "Georgia"), "state:Georgia");
    CHECK(load(g, "{\"entities\": [{\"name\": \"Georgia\", \"never\": [\"georgia\"]}]}", &err) == 0);
    CHECK_STR(lookup(g, "Georgia"), "-");
    CHECK(load(g, "{\"entities\": [{\"name\": \"North Korea\", \"never\": [\"Korut\"]}]}", &err) == 0);
    CHECK_STR(lookup(g, "Korut"), "-");
    CHECK_STR(lookup(g, "Korea Utara"), "state:North Korea");
    /* a user entry with a code renames that state */
    CHECK(load(g, "{\"entities\": [{\"code\": \"PRK\", \"name\": \"DPR Korea\", \"type\": \"state\"}]}",
               &err) == 0);
    CHECK_STR(lookup(g, "Korea Utara"), "state:DPR Korea");
    CHECK_STR(lookup(g, "DPR Korea"), "state:DPR Korea");
    /* capitals */
    CHECK(load(g, "{\"entities\": [{\"name\": \"Pyongyang\", \"type\": \"place\", "
                  "\"capital_of\": \"PRK\"}, {\"name\": \"Atlantis\", \"type\": \"place\", "
                  "\"capital_of\": \"Nowhere\"}]}",
               &err) == 0);
    const erg_alias_t *al = NULL;
    erg_buf_t key = {0};
    erg__text_phrase_key("Pyongyang", 9, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    CHECK(al && strcmp(erg__gazetteer_name(g, erg__gazetteer_capital_of(g, al->entity)), "DPR Korea") == 0);
    key.len = 0;
    erg__text_phrase_key("Atlantis", 8, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    CHECK(al && erg__gazetteer_capital_of(g, al->entity) == (size_t)-1);
    /* a form of one language only carries its flag; the same form as a
     * plain alias of the same entity lifts it */
    CHECK(load(g, "{\"entities\": [{\"name\": \"Atlantis\", \"aliases_id\": [\"ATL\"], "
                  "\"aliases_en\": [\"Atlantide\", \"Old Atlantis\"], \"aliases\": [\"old atlantis\"]}]}",
               &err) == 0);
    key.len = 0;
    erg__text_phrase_key("ATL", 3, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    CHECK(al && (al->flags & ERG_ALIAS_ID_ONLY) && (al->flags & ERG_ALIAS_ACRONYM));
    key.len = 0;
    erg__text_phrase_key("Atlantide", 9, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    CHECK(al && (al->flags & ERG_ALIAS_EN_ONLY) && !(al->flags & ERG_ALIAS_ID_ONLY));
    key.len = 0;
    erg__text_phrase_key("Old Atlantis", 12, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    CHECK(al && !(al->flags & ERG_ALIAS_EN_ONLY));
    /* local forms: one form, a party of each state; its first word marked;
     * "never" says not this form */
    CHECK(load(g, "{\"entities\": [{\"name\": \"Vorn Rosso\", \"type\": \"organization\", "
                  "\"state\": \"NZL\", \"aliases_local\": [\"Rosso\", \"Rosso Party\"]}, "
                  "{\"name\": \"Keld Rosso\", \"type\": \"organization\", \"state\": \"Ireland\", "
                  "\"aliases_local\": [\"Rosso\"]}, {\"name\": \"Stateless Qx\", \"type\": "
                  "\"organization\", \"aliases_local\": [\"Qx\"]}]}",
               &err) == 0);
    CHECK(erg__gazetteer_has_local(g));
    size_t nz = (size_t)-1, ie = (size_t)-1, vorn = (size_t)-1;
    key.len = 0;
    erg__text_phrase_key("New Zealand", 11, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    nz = al ? al->entity : nz;
    key.len = 0;
    erg__text_phrase_key("Ireland", 7, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    ie = al ? al->entity : ie;
    key.len = 0;
    erg__text_phrase_key("Vorn Rosso", 10, &key, NULL, NULL);
    al = erg__gazetteer_lookup(g, key.buf, key.len);
    vorn = al ? al->entity : vorn;
    CHECK(nz != (size_t)-1 && ie != (size_t)-1 && vorn != (size_t)-1);
    CHECK(erg__gazetteer_state_of(g, vorn) == nz);
    CHECK(erg__gazetteer_local_marks(g, "rosso", 5) == (ERG_LOCAL_FORM | ERG_LOCAL_FIRST));
    CHECK(erg__gazetteer_local_marks(g, "rosso party", 11) == ERG_LOCAL_FORM);
    CHECK(erg__gazetteer_local_marks(g, "party", 5) == 0);
    CHECK(erg__gazetteer_local(g, "rosso", 5, nz) == vorn);
    CHECK(strcmp(erg__gazetteer_name(g, erg__gazetteer_local(g, "rosso", 5, ie)), "Keld Rosso") == 0);
    CHECK(erg__gazetteer_local(g, "rosso party", 11, ie) == (size_t)-1);
    CHECK(erg__gazetteer_local(g, "qx", 2, nz) == (size_t)-1);
    /* a local form is no alias: alone it names no entity anywhere */
    CHECK_STR(lookup(g, "Rosso"), "-");
    CHECK(load(g, "{\"entities\": [{\"name\": \"Vorn Rosso\", \"never\": [\"rosso\"]}]}", &err) == 0);
    CHECK(erg__gazetteer_local(g, "rosso", 5, nz) == (size_t)-1);
    erg__buf_release(&key);

    /* errors name the file and the entry */
    CHECK(load(g, "{\"entities\": [{\"name\": \"Nobody Known\", \"never\": [\"x\"]}]}", &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: entity 1 ('Nobody Known'): \"type\" must be person, state, "
                       "organization or place");
    CHECK(load(g, "{\"entities\": [{\"name\": \"A\", \"type\": \"person\", \"never\": \"A\"}]}", &err) ==
          ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: entity 1 ('A'): \"never\" must be an array of strings");
    CHECK(load(g, "{\"entities\": [{\"name\": \"A\", \"type\": \"place\", \"aliases_id\": [1]}]}", &err) ==
          ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: entity 1 ('A'): \"aliases_id\" must be an array of strings");
    CHECK(load(g, "{\"entities\": [{\"name\": \"A\", \"type\": \"place\", \"capital_of\": 3}]}", &err) ==
          ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: entity 1 ('A'): \"capital_of\" must be a string");
    CHECK(load(g, "{\"entities\": [{\"name\": \"A\", \"type\": \"organization\", \"state\": []}]}", &err) ==
          ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: entity 1 ('A'): \"state\" must be a string");
    CHECK(load(g, "{\"entities\": [{\"name\": \"A\", \"type\": \"organization\", \"aliases_local\": \"A\"}]}",
               &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: entity 1 ('A'): \"aliases_local\" must be an array of strings");

    /* read as cJSON read it: the first of two equal keys counts, keys of
     * nested objects are not the entity's, \u0000 ends a string, a lone
     * surrogate is malformed, a syntax error is found before any entity */
    CHECK(load(g, "{\"x\": {\"entities\": 1}, \"entities\": [{\"more\": {\"name\": \"Inner Qa\"}, "
                  "\"name\": \"Tarvo Lindqu\", \"type\": \"person\", \"name\": \"Other Qb\", "
                  "\"aliases\": [\"Lindqu T\"], \"aliases\": 7}], \"entities\": 2}",
               &err) == 0);
    CHECK_STR(lookup(g, "Lindqu T"), "person:Tarvo Lindqu");
    CHECK_STR(lookup(g, "Inner Qa"), "-");
    CHECK_STR(lookup(g, "Other Qb"), "-");
    CHECK(load(g, "{\"entities\": [{\"name\": \"Vessa Orn\\u0000ak\", \"type\": \"place\"}]}", &err) ==
          0);
    CHECK_STR(lookup(g, "Vessa Orn"), "place:Vessa Orn");
    CHECK(load(g, "{\"entities\": [{\"name\": \"Ab \\udc00\", \"type\": \"place\"}]}", &err) ==
          ERG_EPARSE);
    CHECK_STR(err.msg, "user.json:1:28: malformed JSON in gazetteer");
    CHECK(load(g, "{\"entities\": [{\"name\": 5}, {\"name\": \"B\" \"type\": 1}]}", &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "user.json:1:41: malformed JSON in gazetteer");
    CHECK(load(g, "{\"entities\": {\"name\": \"C\"}, \"entities\": []}", &err) == ERG_EPARSE);
    CHECK_STR(err.msg, "user.json: gazetteer has no \"entities\" array");
    erg_gazetteer_free(g);

    /* iso-codes missing: a clear error naming the file */
    setenv("ERGRAPH_ISO_CODES", "/nonexistent-iso", 1);
    g = NULL;
    CHECK(erg_gazetteer_open(&g, NULL, 0, &err) == ERG_EIO);
    CHECK_STR(err.msg, "/nonexistent-iso/iso_3166-3.json: cannot read the iso-codes states "
                       "(install Debian's iso-codes package, or set ERGRAPH_ISO_CODES to its "
                       "json folder)");
    CHECK(g == NULL);
    return h_summary();
}
