/*
 * lexicon.h: the word lists of data/lists/ (function words, titles,
 * reporting verbs, organization, place and event head words, sentence starters,
 * honorifics,
 * days, months, credit and related-article labels, locatives, conjunctions)
 * and the abbreviations a full stop does not end a sentence after, loaded
 * at run time.
 *
 * Files hold one item per line ('#' starts a comment; an item may have
 * several words). A list is either per language (NAME-id.txt,
 * NAME-en.txt) or shared (NAME.txt). Items are compared as phrase keys
 * (text.h), so case, accents and hyphens do not matter. The lexicon owns
 * everything it holds; it is read-only once loaded.
 */
#ifndef ERG_LEXICON_H
#define ERG_LEXICON_H

#include "ergraph.h"
#include "mem.h"
#include "text.h"

#include <stdint.h>

enum {
    ERG_LX_FUNCTION = 0, /* function words: never a name alone */
    ERG_LX_TITLE,        /* titles and roles before a name */
    ERG_LX_REPORTING,    /* reporting verbs: kata, said */
    ERG_LX_ORGHEAD,      /* organization head words: Badan, Ministry */
    ERG_LX_LOCHEAD,      /* place head words: Kota, River */
    ERG_LX_STARTER,      /* capitalised sentence openers that are no name */
    ERG_LX_DAY,
    ERG_LX_MONTH,
    ERG_LX_CREDIT,       /* credit labels: Penulis, Photo */
    ERG_LX_RELATED,      /* related-article labels: Baca juga */
    ERG_LX_EVENTHEAD,    /* event head words: Perang, Piala, War, Cup */
    ERG_LX_LOCATIVE,     /* words before a place named as a place: di, ke, kota, in */
    ERG_LX_CONJUNCTION,  /* words an organization's name may go on over: dan, and */
    ERG_LX_TAGGER_COUNT, /* the lists above are the tagger's features; those below not */
    ERG_LX_SOURCE_BEFORE = ERG_LX_TAGGER_COUNT, /* before an outlet quoted: kepada, told the */
    ERG_LX_SOURCE_AFTER, /* after an outlet quoted: news website, melaporkan */
    ERG_LX_OUTLET,       /* news outlets and agencies: Kompas.com, Reuters */
    ERG_LX_GENERIC,      /* kinds of people, groups, nationalities: Analysts, Warga */
    ERG_LX_MODIFIER_BEFORE, /* before a state named as a modifier: dolar (AS), bahasa */
    ERG_LX_MODIFIER_AFTER,  /* after a state named as a modifier: (US) dollar */
    ERG_LX_HONORIFIC,    /* forms of address the next capitalised word is a name after: Mr, Dr */
    ERG_LX_INITIALS_BEFORE, /* words before a person named by initials: tersangka, berinisial */
    ERG_LX_COMMON,       /* words news writes in lowercase, never in a name: roots, system */
    ERG_LX_ORGTAIL,      /* words that end company names, not the tagger's: Energy, Holdings */
    ERG_LX_THING,        /* technologies and products, no actors: RSS, Windows XP, Pertalite */
    ERG_LX_ALIAS,        /* between two names of one person: alias, aka */
    ERG_LX_ANIMAL,       /* animals: a name beside one is a pet's: kucing, horse */
    ERG_LX_RANK,         /* ranks the name follows at once: AKP, Kombes, Sgt */
    ERG_LX_SEAT,         /* a body's last words its seat's place follows: Negeri, Tinggi */
    ERG_LX_ORGCUE,       /* lowercase nouns before a company's name: firm, perusahaan */
    ERG_LX_JOB,          /* job titles the tagger's title list lacks: Manager, EVP */
    ERG_LX_PUBLICATION,  /* words making a name a publication's: Magazine, Majalah */
    ERG_LX_LAW,          /* law and decree heads the tagger's event list lacks: Raperda */
    ERG_LX_UNIT,         /* unit and body heads the tagger's list lacks: Satuan, Subdit */
    ERG_LX_PLACEHEAD,    /* place heads the tagger's list lacks: Distrik, Nusa, Lodge */
    ERG_LX_THINGCUE,     /* lowercase nouns before a product's or programme's name: browser, aplikasi */
    ERG_LX_THINGTAIL,    /* lowercase nouns after a product's name: virus, vodka */
    ERG_LX_PLACETAIL,    /* last words of Indonesian places' names: Hulu, Ilir */
    ERG_LX_LISTCUE,      /* words after a noun that open a list of its kind: such as, seperti */
    ERG_LX_WORKCUE,      /* words a work's title follows: berjudul, entitled */
    ERG_LX_FIRSTNAME,    /* given names that open a person's name: John, Mohammed */
    ERG_LX_GOVHEAD,      /* words a state's name follows as its government: Pemerintah */
    ERG_LX_GOODS,        /* nouns of goods and posts before a brand's name: tas, akun */
    ERG_LX_PERSONTAIL,   /* lowercase nouns a leader's name goes before: administration */
    ERG_LX_REPORTER,     /* an outlet's reporters, before their names: correspondent, wartawan */
    ERG_LX_STATEBODY,    /* head words of a state's bodies: Ministry, Court */
    ERG_LX_CONTRIB,      /* phrases making their line a credit: contributed to this report */
    ERG_LX_PLACENOUN,    /* lowercase nouns after a place's name: province, valley */
    ERG_LX_CLUBCUE,      /* lowercase words after a city's name that make it its club's: manager, beat */
    ERG_LX_FIRMNOUN,     /* lowercase nouns after a name that make it a company's: shares, chairman */
    ERG_LX_VESSEL,       /* prefixes of a ship's name: KRI, KMP, MV, HMS */
    ERG_LX_PERSONCUE,    /* lowercase nouns of people before a name: singer, penyanyi */
    ERG_LX_CLUBTAIL,     /* last words of a club's name after its city: Indians, Kings, FC */
    ERG_LX_SPEAKER,      /* roles in a transcript's speakers' labels: Saksi, Witness, Q */
    ERG_LX_COUNT
};

/* A token's classes are bits of an erg_lx_bits_t; the word lists' span
 * index keeps them in a size_t beside ERG_SPAN_MORE (its top bit). */
typedef uint64_t erg_lx_bits_t;
#define ERG_LX_BIT(l) ((erg_lx_bits_t)1 << (l))
_Static_assert(ERG_LX_COUNT <= 63, "word-list classes must fit below the span index's flag bit");

enum { ERG_LX_ID = 0, ERG_LX_EN = 1, ERG_NLANG = 2 /* list languages: Indonesian, English */ };

typedef struct erg_lexicon erg_lexicon_t;
/* A thread's numbering of the distinct words it met: filled by the
 * recognizer (wordtable.c), read by the scans below. */
enum { ERG_WORD_GAZ = 1u << ERG_NLANG }; /* bits of erg_word_t.has: 1 << lang, and this */

typedef struct {
    unsigned function;     /* bit 1 << lang per language listing it as a function word */
    unsigned has;          /* which values below the span indexes hold */
    unsigned tail;         /* the same bits: the span indexes in which the word may go on a
                            * span (erg__spans_tails), or its key has a space */
    size_t lex[ERG_NLANG]; /* its value in the word lists' span index, per language */
    size_t gaz;            /* its value in the gazetteer's span index */
} erg_word_t;

typedef struct erg_words {
    const erg_word_t *w; /* the thread's table: valid until its next erg__words_look */
    uint32_t *id;        /* per token: its word's index in w (owned) */
    unsigned long serial; /* names this numbering of the words */
} erg_words_t;

/* Loads every list from `dir` (erg_data_dir()/lists). Errors name the file.
 * The caller frees *out with erg__lexicon_free. */
int erg__lexicon_load(erg_lexicon_t **out, const char *dir, erg_error_t *err);
void erg__lexicon_free(erg_lexicon_t *lx);
/* The token keys of abbreviations.txt, for erg__text_tokenize. Borrowed. */
const erg_map_t *erg__lexicon_abbreviations(const erg_lexicon_t *lx);
/* Is key[0..len) (a token's key) a word of language `lang` that its
 * dictionary writes in lowercase only (dictionary-en.txt: "rolling", not
 * "brown"; dictionary-id.txt: "aroma")? */
int erg__lexicon_lowercase_word(const erg_lexicon_t *lx, int lang, const char *key, size_t len);
/* The long form of the short word whose phrase key is key[0..len) in
 * language `lang`'s expansions list ("Pemkab": "Pemerintah Kabupaten"), or
 * NULL. Borrowed. */
const char *erg__lexicon_expansion(const erg_lexicon_t *lx, int lang, const char *key, size_t len);
/* The state an adjective whose phrase key is key[0..len) names in language
 * `lang` (demonyms-*.txt: "Iranian": "Iran", a name the gazetteer knows),
 * or NULL. Borrowed. */
const char *erg__lexicon_demonym(const erg_lexicon_t *lx, int lang, const char *key, size_t len);
/* Is key[0..len) (a phrase key) an item of `list` for language `lang`? */
int erg__lexicon_has(const erg_lexicon_t *lx, int lang, int list, const char *key, size_t len);
/* Sets bit ERG_LX_BIT(list) in cls[i] for every token i inside an occurrence of
 * an item of `list` (language `lang`), longest item first, within one
 * sentence. cls has t->n entries, zeroed by the caller. `w` holds the
 * tokens numbered for this lexicon (recognize_internal.h), which gives each one's own
 * lookup. */
int erg__lexicon_mark(const erg_lexicon_t *lx, int lang, const erg_tokens_t *t,
                     const erg_words_t *w, erg_lx_bits_t *cls);
/* The language whose function words are more frequent in `t`, from `w` as
 * above; on a tie, that of the first lowercase word only one language's
 * dictionary lists; else Indonesian. */
int erg__lexicon_guess_lang(const erg_lexicon_t *lx, const erg_tokens_t *t, const erg_words_t *w);
/* For recognize_internal.h: the languages listing key[0..len) as a function word (bit
 * 1 << lang each), and its value in a language's span index (NULL when no
 * item starts with it). */
unsigned erg__lexicon_function(const erg_lexicon_t *lx, const char *key, size_t len);
const size_t *erg__lexicon_span(const erg_lexicon_t *lx, int lang, const char *key, size_t len);
/* The last pieces of the keys of that span index with a space
 * (erg__spans_tails). Borrowed. */
const erg_tails_t *erg__lexicon_tails(const erg_lexicon_t *lx, int lang);
/* One value per lexicon loaded. */
unsigned long erg__lexicon_serial(const erg_lexicon_t *lx);
/* The phrase key of tokens i..i+len-1 (their keys joined by a space), in
 * `key` (reset first). */
int erg__span_key(const erg_tokens_t *t, size_t i, size_t len, erg_buf_t *key);

#endif
