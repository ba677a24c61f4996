/*
 * ergraph.h: the public API of libergraph, the one header the CLI and the
 * tests include.
 *
 * The pipeline, one module per stage:
 *   corpus     inputs (files, folders, JSON Lines, stdin) -> articles
 *   text       UTF-8 text -> tokens, sentences, paragraphs
 *   gazetteer  JSON gazetteers -> a name index
 *   recognize  article + gazetteer -> mentions
 *   cooccur    mentions in windows -> a network (nodes, links, evidence)
 *   part       the counts of a shard as a part, and parts added up (count, merge)
 *   graph_json the network as node-link JSON, out and back in
 *   measures   centrality through igraph  } the only modules that call
 *   community  communities, modularity    } igraph
 *   render     DOT and images through Graphviz (the only module that calls it)
 *
 * Conventions, once for all:
 * - Functions that can fail return 0 or a negative ERG_E* code and, when
 *   `err` is not NULL, fill it with a one-line message in git's style
 *   (lowercase, subject quoted, no final period).
 * - `_init`/`_release` for structs the caller holds, `_new`/`_free` for heap
 *   objects; `_free(NULL)` and `_release` on a zeroed struct do nothing.
 * - Strings returned inside structs are owned by the struct; a `const char *`
 *   argument is borrowed for the call only.
 */
#ifndef ERGRAPH_H
#define ERGRAPH_H

#include <stddef.h>
#include <stdio.h>

#define ERG_VERSION "0.1.0"

/* ---- errors ------------------------------------------------------------ */

enum {
    ERG_OK = 0,
    ERG_ENOMEM = -1,  /* out of memory */
    ERG_EIO = -2,     /* a file could not be read or written */
    ERG_EPARSE = -3,  /* malformed input: JSON, gazetteer, graph */
    ERG_EINVAL = -4,  /* a bad argument or option value */
    ERG_EGRAPH = -5,  /* igraph failed */
    ERG_ERENDER = -6  /* Graphviz failed */
};

typedef struct {
    int code;
    char msg[1024];
} erg_error_t;

/* Copies `src` into dst[0..cap) made inert for a terminal: newline, tab
 * and carriage return as \n \t \r, other control characters (C0, DEL) and
 * bytes of invalid UTF-8 as \xNN, C1 controls as \u0080..\u009F; the rest
 * as is. Truncates between characters; returns the length written. 4 *
 * strlen(src) + 1 bytes always suffice. Error records and warnings hold
 * messages made so. */
size_t erg_inert(char *dst, size_t cap, const char *src);

/* A short name for an ERG_E* code ("out of memory"); never NULL. */
const char *erg_strerror(int code);

/* Writes a whole buffer to `path` ("-" for stdout) through a temporary
 * file beside it, renamed over `path` only when everything was written. */
int erg_write_file(const char *path, const void *data, size_t len, erg_error_t *err);

/* Warnings (a skipped file, say) go to this handler; by default they are
 * printed on stderr as "ergraph: warning: MSG". NULL restores the default. */
typedef void erg_warning_fn(const char *msg, void *ctx);
void erg_set_warning_handler(erg_warning_fn *fn, void *ctx);

/* Bad input (a binary file in a corpus folder, a malformed JSON line, an
 * unreadable file) is skipped with a warning and counted, unless strict
 * mode is on: then it is an error. Process-wide settings. */
void erg_set_strict(int on);

/* A folder walked for articles visits each real folder and file once (a
 * second link to one is skipped with a warning) and does not follow a
 * symbolic link that leads out of the input folder, unless this is on.
 * Process-wide. */
void erg_set_follow_links(int on);
enum { ERG_SKIP_FILE = 0, ERG_SKIP_ARTICLE = 1, ERG_SKIP_OTHER = 2 };
/* How many files or articles were skipped so far as bad input, or (OTHER)
 * files of other kinds met in a folder walked for articles (a .pdf, a
 * .png: not bad input, so neither warned about one by one nor strict). */
size_t erg_skipped(int what);
/* The extensions of the files of other kinds skipped so far, as ".pdf,
 * .png" (the first three met, then "..."; "no extension" for a name
 * without one); "" when none. Valid until the next file is skipped. */
const char *erg_skipped_kinds(void);

/* With `on`, an output that is the same file (device and inode) as a file
 * this process has read is refused: inputs are only ever read. Off by
 * default (a program may rewrite a graph file it has read); the ergraph
 * command turns it on. Process-wide. */
void erg_set_guard_inputs(int on);

/* A set of outputs written whole or not at all, as a set: after
 * erg_outputs_begin, each output written is kept in its temporary file;
 * erg_outputs_end(1, err) then renames them all over their targets, and
 * erg_outputs_end(0, NULL) removes them, leaving the old outputs as they
 * were (a full disk half way through `run` leaves the old set). Returns 0,
 * or ERG_EIO with the first rename that failed. Process-wide; outputs to
 * a device, a FIFO or standard output are written at once. */
void erg_outputs_begin(void);
int erg_outputs_end(int commit, erg_error_t *err);

/* Removes the temporary files of outputs being written; async-signal-safe,
 * for a SIGINT/SIGTERM handler (then re-raise the signal). */
void erg_remove_temp_files(void);

/* ---- entity types ------------------------------------------------------ */

typedef enum {
    ERG_TYPE_PERSON = 0,
    ERG_TYPE_STATE,
    ERG_TYPE_ORGANIZATION,
    ERG_TYPE_PLACE,
    ERG_TYPE_COUNT
} erg_type_t;

/* "person", "state", "organization", "place". */
const char *erg_type_name(erg_type_t t);
/* The colour of type `t` in pictures and exports, "#RRGGBB" (Okabe-Ito). */
const char *erg_type_color(erg_type_t t);
/* Parses a type name; returns -1 when unknown. */
int erg_type_parse(const char *s);

/* ---- corpus: inputs -> articles --------------------------------------- */

typedef struct {
    char *id;    /* stable id: the path as given, or path#id / the JSON id */
    char *title; /* first non-empty line, or the JSON title; may be "" */
    char *date;  /* JSON date, or NULL */
    char *text;  /* NUL-terminated; offsets of mentions point into it */
    size_t len;  /* bytes in text, not counting the NUL */
} erg_article_t;

void erg_article_release(erg_article_t *a);

typedef struct erg_corpus erg_corpus_t;

/* Expands `inputs` (files, directories walked recursively in sorted order
 * keeping .txt .md .json .jsonl but no README, and "-" for standard input)
 * into a list of sources. Fails on a missing or unreadable input, naming it. A JSON file
 * met while walking a directory that is not an array of articles (a
 * gold standard or a config beside the articles) is skipped with a
 * warning; named on the command line, it is an error. The caller
 * frees *out with erg_corpus_free. */
int erg_corpus_open(erg_corpus_t **out, const char *const *inputs, size_t n,
                    erg_error_t *err);
/* Reads the next article into *a (which the caller releases). Returns 1 for
 * an article, 0 at the end, or a negative code (malformed JSON names the
 * file, line and column). */
int erg_corpus_next(erg_corpus_t *c, erg_article_t *a, erg_error_t *err);
/* Number of files the inputs expanded to. */
size_t erg_corpus_nfiles(const erg_corpus_t *c);
void erg_corpus_free(erg_corpus_t *c);

/* ---- gazetteer --------------------------------------------------------- */

typedef struct erg_gazetteer erg_gazetteer_t;

erg_gazetteer_t *erg_gazetteer_new(void);
/* Adds the entities of a JSON gazetteer file ({"entities": [{"name",
 * "type", "aliases", "never", "code", "capital_of"}]}). Later files win: an
 * alias already taken moves to the new entity, and a repeated name (or ISO
 * code, which may rename the entity) takes the new type. "never" lists forms
 * never to read as that entity. Parse errors name the file, line and column. */
int erg_gazetteer_load(erg_gazetteer_t *g, const char *path, erg_error_t *err);
/* The same, from a buffer; `name` is used in messages. */
int erg_gazetteer_load_buffer(erg_gazetteer_t *g, const char *name,
                              const char *buf, size_t len, erg_error_t *err);
size_t erg_gazetteer_size(const erg_gazetteer_t *g);
void erg_gazetteer_free(erg_gazetteer_t *g);

/* The data directory (gazetteer, word lists, tagger models): $ERGRAPH_DATA
 * when set; else share/ergraph of the installed tree the running program
 * is in (found from its own path, so a moved tree works); else the data
 * folder of the source tree the library was built from. Borrowed. */
const char *erg_data_dir(void);

/* ---- recognition -------------------------------------------------------- */

/* A mention's role: a participant of the story; a credit (author, editor,
 * photographer, a dateline's place and outlet); or a source, the outlet a
 * quote was given to or taken from ("kata X kepada Kompas.com", "told the
 * BBC", "according to Reuters"). Only mentions link by default. */
typedef enum { ERG_ROLE_MENTION = 0, ERG_ROLE_BYLINE, ERG_ROLE_SOURCE } erg_role_t;

enum {
    ERG_MENTION_DISCOVERED = 1, /* a name no gazetteer lists (the tagger or the rules) */
    ERG_MENTION_NESTED = 2,     /* inside a longer mention ("Korea Selatan" in an agency's name) */
    ERG_MENTION_CAPITAL = 4,    /* a capital standing for its state's government
                                 * ("Pyongyang dan Moskow"); --resolve-capitals */
    ERG_MENTION_LONE = 8        /* a one-word "person" an English article never gave a
                                 * full name or a title ("Umbro said"): a company unless
                                 * the corpus names such a person (network/shortnames.c) */
};

typedef struct {
    size_t start, end;    /* byte span in the article's text: the surface form */
    const char *entity;   /* canonical name: borrowed from the gazetteer, or, for a
                           * discovered name, owned by the erg_mentions_t */
    erg_type_t type;
    erg_role_t role;
    size_t sentence;      /* index of the sentence holding it */
    size_t paragraph;     /* index of the paragraph holding it */
    const char *key;      /* phrase key of `entity` (casefolded, accents stripped,
                           * hyphens and spacing folded: "kim jong un"), owned by
                           * the erg_mentions_t; discovered variants of one name
                           * across a corpus share it */
    unsigned flags;       /* ERG_MENTION_* */
} erg_mention_t;

typedef struct {
    erg_mention_t *items;
    size_t n, cap;
    /* sentence spans of the article, for evidence: [start, end) */
    size_t *sent_start, *sent_end;
    size_t nsent;
    /* the arena of discovered names and keys the items point into; valid
     * until the next erg_recognize* on this struct or its release */
    struct erg_names *names;
} erg_mentions_t;

void erg_mentions_init(erg_mentions_t *m);
void erg_mentions_release(erg_mentions_t *m);

typedef enum { ERG_LANG_AUTO = 0, ERG_LANG_ID, ERG_LANG_EN } erg_lang_t;

/* "auto", "id", "en"; erg_lang_parse returns -1 when unknown. */
const char *erg_lang_name(erg_lang_t l);
int erg_lang_parse(const char *s);

/* What recognition loads from the data directory: the word lists
 * (lists/NAME-id.txt, lists/NAME-en.txt, lists/NAME.txt) and the tagger
 * models, one per language (tagger-id.model, tagger-en.model): each
 * article is tagged with the model of its language (erg_recognize_opts_t's
 * lang, or the language guessed per article). Read-only once open: load it
 * once per run. */
typedef struct erg_recognizer erg_recognizer_t;

/* Opens the lists and model under `dir` (NULL: erg_data_dir()). Errors name
 * the file. The caller frees *out with erg_recognizer_free. */
int erg_recognizer_open(erg_recognizer_t **out, const char *dir, erg_error_t *err);
void erg_recognizer_free(erg_recognizer_t *r);

typedef struct {
    erg_lang_t lang;                /* word lists to use; AUTO decides per article
                                     * by counting function words (default) */
    const erg_recognizer_t *rec;    /* NULL: the data directory's, opened on first
                                     * use and kept until the process ends */
    int tagger;                     /* 1 (default): discover names with the tagger
                                     * and the rules; 0: gazetteer names only */
    int resolve_capitals;           /* 1: a capital not named as a place (no "di",
                                     * "ke", "kota", "in" before it) is its state;
                                     * 0 (default): capitals stay places */
    size_t jobs;                    /* erg_recognize_inputs and the build: threads
                                     * recognizing articles; 0 (default): one per
                                     * core. The results never depend on it */
} erg_recognize_opts_t;

void erg_recognize_opts_init(erg_recognize_opts_t *o);

/* Finds the mentions in `a`, in text order (see doc/recognition.md):
 *  - credit lines (Penulis:, Editor:, Photo :, "Name | Outlet", datelines)
 *    give role BYLINE; related-article lines ("Baca juga:") are skipped;
 *  - gazetteer names: longest match on token boundaries, case-, hyphen- and
 *    accent-insensitive;
 *  - discovered names: the tagger's spans and the title and head-word rules,
 *    never a listed function word, starter, day or month alone, and on a
 *    title-case line only a name the article confirms elsewhere;
 *  - short forms ("Kim", "Presiden Putin") of a person the article names in
 *    full, unless two people share them.
 * `o` NULL means the defaults. `out` is reset first. */
int erg_recognize_opts(const erg_gazetteer_t *g, const erg_article_t *a,
                       const erg_recognize_opts_t *o, erg_mentions_t *out, erg_error_t *err);
/* erg_recognize_opts with the defaults. */
int erg_recognize(const erg_gazetteer_t *g, const erg_article_t *a,
                  erg_mentions_t *out, erg_error_t *err);

/* The number of online processors (sysconf), at least 1: the default of
 * every `jobs`. */
size_t erg_default_jobs(void);

/* Called with each article and its mentions (both borrowed for the call);
 * 0, or a negative code (with err filled) to stop. */
typedef int erg_article_fn(void *ctx, const erg_article_t *a, const erg_mentions_t *m,
                           erg_error_t *err);
/* Reads every article of `inputs` (erg_corpus_open), recognizes them with
 * `o` (NULL: defaults) on o->jobs threads, and calls `fn` for each on the
 * calling thread in input order, so what `fn` sees and every warning are
 * the same for any number of threads. The gazetteer and recognizer are
 * only read meanwhile. Stops at the first failure and returns it. */
int erg_recognize_inputs(const erg_gazetteer_t *g, const char *const *inputs, size_t n,
                         const erg_recognize_opts_t *o, erg_article_fn *fn, void *ctx,
                         erg_error_t *err);

/* Progress of every run over a corpus (entities, build, count): `fn` is
 * called on the calling thread after each article, in input order, with
 * the articles and bytes of text so far, and once more at the end with
 * `done` set. Process-wide; NULL (the default) for none. */
typedef void erg_progress_fn(void *ctx, size_t articles, size_t bytes, int done);
void erg_set_progress(erg_progress_fn *fn, void *ctx);

/* Per-stage timing (ergraph --verbose): while on, the library adds up the
 * wall time of each stage it runs: "read" (the corpus's files), "recognize"
 * (summed over its threads), "count", "network", "read network", "measures",
 * "layout", "draw", "write" and "export". erg_timing_each calls `fn` for
 * each stage run so far, in the order first run, with its seconds and how
 * many times it ran. Process-wide; off by default. */
void erg_set_timing(int on);
typedef void erg_timing_fn(void *ctx, const char *stage, double seconds, size_t calls);
void erg_timing_each(erg_timing_fn *fn, void *ctx);

/* ---- co-occurrence network --------------------------------------------- */

typedef enum {
    ERG_WINDOW_SENTENCE = 0,
    ERG_WINDOW_PARAGRAPH,
    ERG_WINDOW_DOCUMENT,
    ERG_WINDOW_TOKENS /* sliding windows of `window_tokens` tokens */
} erg_window_t;

const char *erg_window_name(erg_window_t w);
/* Parses "sentence", "paragraph", "document" or "tokens:N" (N >= 2; *ntokens
 * set); -1 when unknown or malformed. */
int erg_window_parse(const char *s, size_t *ntokens);

/* How a link's weight is made from its count (see doc/method.md, "Weights"). */
typedef enum {
    ERG_WEIGHT_COUNT = 0,
    ERG_WEIGHT_JACCARD,
    ERG_WEIGHT_DICE,
    ERG_WEIGHT_PMI,
    ERG_WEIGHT_NPMI,
    ERG_WEIGHT_ASSOCIATION
} erg_weight_t;

const char *erg_weight_name(erg_weight_t w);
int erg_weight_parse(const char *s); /* -1 when unknown */

/* What a link counts: windows holding both ends, or articles with such a window. */
typedef enum { ERG_COUNT_WINDOWS = 0, ERG_COUNT_DOCUMENTS } erg_count_t;

const char *erg_count_name(erg_count_t c);
int erg_count_parse(const char *s); /* -1 when unknown */

/* Time slices for build --slice. */
typedef enum { ERG_SLICE_NONE = 0, ERG_SLICE_WEEK, ERG_SLICE_MONTH, ERG_SLICE_YEAR } erg_slice_t;

const char *erg_slice_name(erg_slice_t s);
int erg_slice_parse(const char *s); /* -1 when unknown */

typedef struct {
    char *doc;
    size_t start, end; /* byte span of the snippet in that article's text */
    char *text;        /* the snippet, valid UTF-8 */
} erg_evidence_t;

typedef struct {
    char *id;          /* canonical entity name */
    erg_type_t type;
    long mentions;     /* mentions with role "mention" */
    long documents;    /* articles that mention it */
    char **aliases;    /* surface forms met, sorted */
    size_t naliases;
} erg_node_t;

typedef struct {
    size_t source, target; /* node indexes, source < target */
    double weight;
    long count;            /* windows holding both ends */
    char **docs;           /* articles the link came from, in input order */
    size_t ndocs;
    erg_evidence_t *evidence;
    size_t nevidence;
} erg_link_t;

/* A network: what build produces, graph_json reads and writes, measures and
 * render consume. Nodes sorted by id, links by (source, target). */
typedef struct {
    erg_node_t *nodes;
    size_t nnodes;
    erg_link_t *links;
    size_t nlinks;
    char *meta_json; /* the "graph" object as JSON text, or NULL */
    /* NULL, or (a built network) one block owning every link's docs and
     * evidence, arrays and strings, instead of a malloc each: code that
     * edits a graph's links in place must leave those alone when it is set.
     * erg_graph_release frees either way. */
    struct erg_graph_store *store;
} erg_graph_t;

void erg_graph_init(erg_graph_t *g);
void erg_graph_release(erg_graph_t *g);
/* Index of the node with this id, or -1. Linear; for tools and tests. */
long erg_graph_find(const erg_graph_t *g, const char *id);
/* Finds the node `name` names: its id exactly, else the one node whose id or
 * an alias equals it ignoring case (Unicode casefolding). ERG_EINVAL with a
 * message when no node or more than one matches. */
int erg_graph_resolve(const erg_graph_t *g, const char *name, size_t *out, erg_error_t *err);
/* Index of the link between nodes a and b (either order), or -1. */
long erg_graph_link(const erg_graph_t *g, size_t a, size_t b);
/* A shortest path (fewest links) from node a to node b: *path (the
 * caller's to free) holds its *n nodes, a first; *n is 0 when no path
 * joins them. Returns 0 or ERG_ENOMEM. */
int erg_graph_path(const erg_graph_t *g, size_t a, size_t b, size_t **path, size_t *n);

/* What is counted: the options of `ergraph count`, which every shard of
 * one network must share (a part records them; merge checks them). */
typedef struct {
    erg_window_t window;   /* default sentence */
    size_t window_tokens;  /* N of tokens:N */
    erg_count_t count;     /* default windows */
    unsigned types;        /* entity types linked: bit 1 << erg_type_t; default
                            * person, state, organization */
    int keep_bylines;      /* link byline mentions as ordinary ones */
    int keep_sources;      /* link source mentions as ordinary ones */
    size_t evidence;       /* snippets kept per link (default 3) */
    /* articles by date: ISO yyyy-mm-dd, "" for no bound */
    char since[11], until[11];
    erg_recognize_opts_t recognize; /* how articles are read (--lang, ...) */
} erg_counting_opts_t;

/* What is done with the counts: weights, then pruning in this order
 * (0: off). The options of `ergraph merge`. */
typedef struct {
    erg_weight_t weight;   /* default count */
    long min_mentions;     /* drop entities with fewer mentions */
    long min_count;        /* drop links with a smaller count */
    size_t max_nodes;      /* keep the N strongest entities */
    double backbone;       /* disparity filter significance level, in (0, 1] */
    size_t top_links;      /* keep a link in the top K of either end */
    int giant;             /* keep the largest connected component only */
} erg_finishing_opts_t;

/* Build options; erg_build_opts_init sets the defaults named above. */
typedef struct {
    erg_counting_opts_t counting;
    erg_finishing_opts_t finishing;
} erg_build_opts_t;

void erg_build_opts_init(erg_build_opts_t *o);
/* 1 when a and b agree on every finishing option (the table of build
 * options decides what agreeing means: the same value as written). */
int erg_finishing_opts_equal(const erg_finishing_opts_t *a, const erg_finishing_opts_t *b);

typedef struct erg_builder erg_builder_t;

erg_builder_t *erg_builder_new(const erg_build_opts_t *o);
/* Counts one article's mentions into the network. */
int erg_builder_add(erg_builder_t *b, const erg_article_t *a,
                    const erg_mentions_t *m, erg_error_t *err);
/* Moves the network into *g (initialised by the callee). `inputs` are
 * recorded in the metadata. The builder stays valid but empty. */
int erg_builder_finish(erg_builder_t *b, const char *const *inputs,
                       size_t ninputs, erg_graph_t *g, erg_error_t *err);
void erg_builder_free(erg_builder_t *b);

/* ---- shards: partial counts (ergraph count, ergraph merge) --------------- */

/* The format of the parts written here (doc/method.md, "Shards"): JSON Lines, a
 * header with the counting options, the SHA-256 of the gazetteer's sources and
 * of the data folder's word lists and tagger models, and the inputs; one line per article, node
 * and link, and an end line with the totals. */
#define ERG_PART_FORMAT 1

/* Reads, recognizes and counts every article of `inputs` like
 * erg_build_network, and writes the counts to `path` ("-" for stdout) as a
 * part, through a temporary file. Of `o` only the counting options matter
 * (window, count, types, keep_bylines, keep_sources, evidence, since, until): weights and
 * pruning need every shard's counts and are applied by the merge. */
int erg_count_part(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                   const erg_build_opts_t *o, const char *path, erg_error_t *err);
/* Adds the counts of the part at `path` ("-": stdin) to `b`, as if its
 * articles were counted after those already there: parts read in order then
 * finished give byte for byte the network of one run over their inputs in
 * that order. The first part sets b's counting options (b keeps its weight
 * and pruning); a later part counted with other options, another gazetteer
 * (size or digest), other word lists or tagger models, or another version
 * fails with ERG_EINVAL naming both parts. A
 * malformed or truncated part fails with ERG_EPARSE naming the file and
 * line; `b` is then only good to free. */
int erg_builder_read_part(erg_builder_t *b, const char *path, erg_error_t *err);
/* Writes b's counts as a part to `path` (a merge of parts, for a tree of
 * merges), with the data digests of the parts read; b is unchanged. */
int erg_builder_write_part(const erg_builder_t *b, const char *path, erg_error_t *err);
/* The inputs of the parts read into `b`, in order; borrowed, valid until b
 * is finished or freed. */
const char *const *erg_builder_inputs(const erg_builder_t *b, size_t *n);

/* ---- dates -------------------------------------------------------------- */

/* A date in any form ergraph reads ("2025-09-03", "3 September 2025",
 * "Sept. 3, 2025", "3/9/2025") as ISO yyyy-mm-dd in out; 0 on success, -1
 * when `s` is not a whole date with a year. */
int erg_date_normalize(const char *s, char out[11]);
/* The article's date as ISO yyyy-mm-dd: its JSON date, else the first date
 * of a date line or of the dateline's paragraph among its first lines, never
 * a caption's (doc/method.md, "Time"). Returns 1 when found, 0 when undated. */
int erg_article_date(const erg_article_t *a, char out[11]);
/* The period of ISO date `iso`: "2025" (year), "2025-09" (month),
 * "2025-W36" (ISO week); 0, or -1 for a bad date. */
int erg_date_period(const char *iso, erg_slice_t by, char out[16]);

/* ---- the pipeline, inputs to network ---------------------------------- */

/* Loads the gazetteer in layers, later ones winning: the states of Debian's
 * iso-codes ($ERGRAPH_ISO_CODES or the installed json folder, with their
 * Indonesian names), then erg_data_dir()/gazetteer/ (every .json file) in name order,
 * then each of `extra` in order. The caller frees *out. */
int erg_gazetteer_open(erg_gazetteer_t **out, const char *const *extra, size_t nextra,
                       erg_error_t *err);

/* Reads every article of `inputs`, recognizes and counts them: the whole
 * build stage. *g is initialised by the callee; the caller releases it. */
int erg_build_network(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                      const erg_build_opts_t *o, erg_graph_t *g, erg_error_t *err);

/* One network per period, for build --slice. */
typedef struct {
    char period[16];
    erg_graph_t graph;
} erg_slice_graph_t;

/* Like erg_build_network, but one network per period of the articles' dates
 * (`by`), in time order; undated articles are left out with a warning. The
 * caller frees *out with erg_slices_free. */
int erg_build_slices(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                     const erg_build_opts_t *o, erg_slice_t by, erg_slice_graph_t **out,
                     size_t *nout, erg_error_t *err);
void erg_slices_free(erg_slice_graph_t *s, size_t n);

/* The document-entity (bipartite) network of a build: the articles counted
 * and the entities of the network as two node sets, an article linked to
 * each entity it mentions, weighted by its mentions there (the mentions a
 * node counts: no bylines or sources unless kept, only the types linked).
 * `graph` is the co-occurrence network built from the same pass: its nodes
 * (after short-name joins and pruning) are the entity set, and a mention of
 * a one-word name joined into a full name counts for the full name. */
typedef struct {
    size_t article; /* index into articles */
    size_t node;    /* index into graph.nodes */
    long mentions;
} erg_bilink_t;

typedef struct {
    erg_graph_t graph;
    size_t narticles;
    char **articles;  /* ids, in input order */
    char **titles;    /* "" when none */
    char (*dates)[11]; /* "" when undated */
    size_t nlinks;
    erg_bilink_t *links; /* by article, then node */
} erg_bipartite_t;

/* erg_build_network that also keeps each article's mentions per node. *out
 * is initialised by the callee; the caller releases it. */
int erg_build_bipartite(const erg_gazetteer_t *gz, const char *const *inputs, size_t n,
                        const erg_build_opts_t *o, erg_bipartite_t *out, erg_error_t *err);
void erg_bipartite_release(erg_bipartite_t *bp);

/* A one-mode projection of the document-entity network (build --bipartite
 * --project): the articles linked through the entities they share, or the
 * entities through the articles they share, as networkx's
 * bipartite.weighted_projected_graph links them. */
typedef enum { ERG_PROJECT_ARTICLES = 0, ERG_PROJECT_ENTITIES } erg_project_t;
const char *erg_project_name(erg_project_t p); /* "articles", "entities" */
int erg_project_parse(const char *s);           /* -1 when unknown */

typedef struct {
    size_t source, target; /* source < target: indexes into articles or graph.nodes */
    long shared;           /* the nodes of the other set both link to */
    long mention_pairs;    /* the sum over those of the product of the two links' mentions */
} erg_projlink_t;

typedef struct {
    erg_project_t onto;
    size_t nlinks;
    erg_projlink_t *links; /* by source, then target */
} erg_projection_t;

/* Projects `bp` onto its articles or its entities. *out is initialised by
 * the callee; the caller releases it. 0 or ERG_ENOMEM. */
int erg_bipartite_project(const erg_bipartite_t *bp, erg_project_t onto, erg_projection_t *out,
                          erg_error_t *err);
void erg_projection_release(erg_projection_t *p);

/* ---- node-link JSON ---------------------------------------------------- */

/* Writes `g` as node-link JSON (networkx.node_link_graph reads it) to
 * `path` ("-" for stdout), through a temporary file renamed on success. */
int erg_graph_write_json(const erg_graph_t *g, const char *path,
                         erg_error_t *err);
/* The same, formatting on `jobs` threads (0: one per core); the file is
 * the same for any number. */
int erg_graph_write_json_jobs(const erg_graph_t *g, const char *path, size_t jobs,
                              erg_error_t *err);
/* Reads a node-link JSON file into *g (initialised by the callee); rejects
 * files that are not a network: missing nodes or links, duplicate ids,
 * links to missing nodes, weights that are not finite and positive. */
int erg_graph_read_json(erg_graph_t *g, const char *path, erg_error_t *err);

/* ---- measures (igraph) ------------------------------------------------- */

/* The per-node measures, in output order; erg_measure_names[ERG_M_*] names
 * them. Definitions and the networkx call each agrees with: doc/method.md. */
typedef enum {
    ERG_M_DEGREE = 0,
    ERG_M_STRENGTH,
    ERG_M_BETWEENNESS,            /* link length 1/weight */
    ERG_M_BETWEENNESS_UNWEIGHTED, /* every link length 1 */
    ERG_M_CLOSENESS,
    ERG_M_CLOSENESS_UNWEIGHTED,
    ERG_M_HARMONIC,
    ERG_M_HARMONIC_UNWEIGHTED,
    ERG_M_EIGENVECTOR,
    ERG_M_PAGERANK,
    ERG_M_CORENESS,
    ERG_M_CLUSTERING,
    ERG_M_COMMUNITY,
    ERG_M_COMPONENT,
    ERG_M_COUNT
} erg_measure_t;

#define ERG_MEASURES_ALL ((1UL << ERG_M_COUNT) - 1)

typedef enum { ERG_COMMUNITY_LEIDEN = 0, ERG_COMMUNITY_LOUVAIN } erg_community_t;

/* "leiden", "louvain". */
const char *erg_community_name(erg_community_t c);
int erg_community_parse(const char *s); /* -1 when unknown */

typedef struct {
    unsigned long want;        /* bit (1UL << ERG_M_*) per measure; 0 means all */
    erg_community_t community; /* default Leiden */
    double resolution;         /* modularity resolution, > 0; default 1 */
    unsigned long seed;        /* igraph's RNG seed for community detection; default 1 */
    unsigned restarts;         /* runs from that seed, the best modularity kept; default 10 */
    /* Betweenness on large networks (both variants; at most one of the two):
     * > 0: count only shortest paths of length <= cutoff (in 1/weight units,
     * hops for betweenness_unweighted); 0: every path (default). */
    double betweenness_cutoff;
    /* > 0: estimate from the paths leaving this many source nodes drawn at
     * random (igraph's RNG seeded with `seed`), scaled by n/K; exact when
     * K >= n; 0: exact (default). */
    size_t betweenness_sample;
    /* > 0: closeness and harmonic (both variants) estimated from the distances
     * to this many nodes drawn at random (seeded with `seed`); exact when
     * K >= n; 0: exact (default). */
    size_t closeness_sample;
    /* Processes the path measures (betweenness, closeness, harmonic; not with
     * a cutoff) are split over: 0 (default): erg_default_jobs(); 1: computed
     * in the calling process, nothing forked. igraph 0.10 is built without
     * thread-local storage, so the split forks worker processes rather than
     * start threads; a program running threads of its own should pass 1 (a
     * lock another thread holds at the fork stays held in the child). The
     * values are the same for any number, to rounding: only the order in
     * which the workers' sums are added changes. */
    size_t jobs;
} erg_measures_opts_t;

void erg_measures_opts_init(erg_measures_opts_t *o);
/* Adds the measures of a comma-separated list ("degree,pagerank") to
 * o->want. Unknown or empty names fail with ERG_EINVAL and a message
 * listing the valid names. */
int erg_measures_select(erg_measures_opts_t *o, const char *list, erg_error_t *err);

/* Values are doubles, one per node in graph order, or NULL for a measure
 * not computed. Integer measures (degree, coreness, community, component)
 * hold whole numbers; community and component are numbered from 0 by size,
 * largest first, ties by their first node. Summary numbers that are not
 * computed or not defined (no links) are NaN. */
typedef struct {
    size_t n;
    double *degree, *strength, *betweenness, *betweenness_unweighted, *closeness,
        *closeness_unweighted, *harmonic, *harmonic_unweighted, *eigenvector, *pagerank,
        *coreness, *clustering, *community, *component;
    /* whole network */
    size_t nodes, links, components, largest_component;
    double density;
    double largest_component_share; /* largest_component / nodes */
    double assortativity_type;      /* nominal assortativity on node type */
    double average_clustering;      /* mean of clustering, zeros included */
    size_t communities;             /* with community: number of communities */
    double modularity;              /* weighted, at opts.resolution */
    erg_measures_opts_t opts;       /* the options used */
} erg_measures_t;

void erg_measures_init(erg_measures_t *m);
void erg_measures_release(erg_measures_t *m);
/* Computes every measure with the default options (Leiden, resolution 1,
 * seed 1, 10 restarts). Same as erg_measures_compute_opts(g, NULL, m, err). */
int erg_measures_compute(const erg_graph_t *g, erg_measures_t *m,
                         erg_error_t *err);
/* Computes the measures `o` selects (NULL: defaults, all measures) into *m,
 * which the callee initialises and the caller releases. The summary counts,
 * density and assortativity are always computed; average_clustering with
 * clustering, communities and modularity with community. */
int erg_measures_compute_opts(const erg_graph_t *g, const erg_measures_opts_t *o,
                              erg_measures_t *m, erg_error_t *err);
/* The per-node measure named `name` ("pagerank"), or NULL when unknown or
 * not computed. Borrowed. */
const double *erg_measures_get(const erg_measures_t *m, const char *name);
/* Position of `name` in erg_measure_names (an erg_measure_t), or -1. */
int erg_measure_index(const char *name);
/* Names of the per-node measures, NULL-terminated, indexed by erg_measure_t. */
extern const char *const erg_measure_names[];

/* ---- rendering (Graphviz) ---------------------------------------------- */

typedef enum {
    ERG_FORMAT_SVG = 0,
    ERG_FORMAT_PNG,
    ERG_FORMAT_PDF,
    ERG_FORMAT_DOT,
    ERG_FORMAT_HTML /* one self-contained page: the SVG, pan/zoom, search, evidence */
} erg_format_t;

const char *erg_format_name(erg_format_t f);
int erg_format_parse(const char *s);            /* -1 when unknown */
int erg_format_from_path(const char *path);     /* by extension, or -1 */

typedef enum { ERG_COLOR_TYPE = 0, ERG_COLOR_COMMUNITY } erg_color_t;
typedef enum { ERG_PAPER_A4 = 0, ERG_PAPER_LETTER } erg_paper_t;

/* The name written beside an entity: auto (local for an Indonesian corpus,
 * else canonical), canonical (the node's id), local (the form the corpus
 * writes most: "Korea Utara", "KPK") or short (an acronym the corpus
 * writes, else its shortest form). */
typedef enum { ERG_NAMES_AUTO = 0, ERG_NAMES_CANONICAL, ERG_NAMES_LOCAL, ERG_NAMES_SHORT } erg_names_t;
const char *erg_names_name(erg_names_t n);
int erg_names_parse(const char *s); /* -1 when unknown */

typedef struct {
    erg_format_t format;
    const char *layout;  /* sfdp, neato, fdp, circo, twopi, dot */
    const char *size_by; /* a measure name, "mentions" or "documents"; default "pagerank" */
    erg_color_t color_by;/* entity type (default) or the "community" measure */
    size_t max_nodes;    /* the strongest by size_by are drawn; 0: all (default 150) */
    size_t max_labels;   /* the strongest of those carry a label (default 60) */
    const char *title;   /* the drawing's title; NULL: the inputs' own names */
    const char *caption; /* a line of the user's under the title; NULL: none */
    erg_names_t names;   /* the labels' names (default auto) */
    erg_paper_t paper;   /* a PDF's page, in landscape (default A4) */
    /* a large network's picture reduced before the strongest are drawn */
    double backbone;     /* > 0: only links of the disparity backbone at this alpha */
    int giant;           /* only the largest connected part */
    const char *focus;   /* only this entity (a name erg_graph_resolve knows)... */
    size_t depth;        /* ...and those within depth links of it (0: 1) */
} erg_render_opts_t;

void erg_render_opts_init(erg_render_opts_t *o);
/* 1 when `layout` is a layout ergraph offers. */
int erg_layout_valid(const char *layout);
/* 1 when `name` can size nodes: "mentions", "documents" or one of
 * erg_measure_names. */
int erg_size_valid(const char *name);
/* Draws `g` (with its measures `m`) to `path` through a temporary file.
 * Above o->max_nodes only the strongest entities (by o->size_by, ties by
 * id) and the links between them are drawn, and the caption says so. */
int erg_render(const erg_graph_t *g, const erg_measures_t *m,
               const erg_render_opts_t *o, const char *path, erg_error_t *err);
/* Draws `g` once and writes it to each paths[i] in formats[i] (o->format
 * is not read): one selection and one layout, so every picture shows each
 * entity at the same place. The layout's seed is fixed, so a later call
 * with the same network and options gives the same places. A DOT file holds
 * the laid-out graph (every node's pos). */
int erg_render_many(const erg_graph_t *g, const erg_measures_t *m,
                    const erg_render_opts_t *o, const char *const *paths,
                    const erg_format_t *formats, size_t n, erg_error_t *err);

/* The places erg_render gives each drawn entity with these options (the
 * same layout and seed): xy[2i], xy[2i+1] are node i's centre in points,
 * y upwards, as a DOT file's "pos"; NAN for an entity not drawn. `xy`
 * holds 2 * g->nnodes doubles. */
int erg_render_positions(const erg_graph_t *g, const erg_measures_t *m,
                         const erg_render_opts_t *o, double *xy, erg_error_t *err);

/* ---- exports (GraphML, GEXF, GML, CSV, JSON) ---------------------------- */

typedef enum {
    ERG_EXPORT_GRAPHML = 0,
    ERG_EXPORT_GEXF,
    ERG_EXPORT_GML,
    ERG_EXPORT_CSV,  /* nodes and links: two .csv files, or a directory holding them */
    ERG_EXPORT_JSON, /* node-link JSON with the measures on the nodes */
    ERG_EXPORT_GEXF12, /* GEXF 1.2draft, for readers without 1.3 (networkx) */
    ERG_EXPORT_VOSVIEWER /* VOSviewer JSON: items with weights, scores, clusters */
} erg_export_t;

const char *erg_export_name(erg_export_t f);
int erg_export_parse(const char *s);        /* -1 when unknown */
/* By extension, ignoring case (.graphml .gexf .gml .csv .json), or -1. */
int erg_export_from_path(const char *path);

typedef struct {
    int raw_csv; /* 1: CSV text cells as they are, not neutralised (see erg_csv_cell) */
    int bom;     /* 1: each CSV file starts with a UTF-8 byte-order mark (Excel) */
    const double *xy; /* GEXF: each node's position (erg_render_positions), or NULL */
} erg_export_opts_t;

void erg_export_opts_init(erg_export_opts_t *o);

/* Writes the whole network with node attributes (type, mentions, documents,
 * aliases, every measure, component) and link attributes (weight, count,
 * documents, first evidence snippet) to `path`. For ERG_EXPORT_CSV a `path`
 * ending in .csv gives two files beside each other (graph.csv:
 * graph.nodes.csv and graph.links.csv), any other `path` is a directory,
 * made if missing, holding nodes.csv and links.csv. `o` may be NULL for the
 * defaults. Files are written whole or not at all. */
int erg_export(const erg_graph_t *g, const erg_measures_t *m, erg_export_t f,
               const erg_export_opts_t *o, const char *path, erg_error_t *err);

/* The periods of build --slice (in time order) as one dynamic GEXF 1.3 file
 * for Gephi's timeline: every entity and link once, with a spell for each
 * period it occurs in (from the first to the last article date of that
 * period), its mentions or count per period, and the link weights summed. */
int erg_export_timeline(const erg_slice_graph_t *s, size_t n, const char *path, erg_error_t *err);

/* Writes `s` as one CSV cell, RFC 4180: quoted when it holds a comma, a
 * quote or a line break. Unless `raw`, a text beginning with '=', '+', '-',
 * '@', a tab or a carriage return, which a spreadsheet would run as a
 * formula, is neutralised as OWASP recommends: quoted, with an apostrophe
 * before it ("'=1+2"). */
void erg_csv_cell(FILE *fp, const char *s, int raw);

/* Writes the document-entity network `bp` as ERG_EXPORT_JSON (node-link
 * JSON, networkx's bipartite convention: "bipartite" 0 for articles, 1 for
 * entities) or ERG_EXPORT_CSV (nodes and links, named as erg_export names
 * them); other formats are ERG_EINVAL. */
int erg_export_bipartite(const erg_bipartite_t *bp, erg_export_t f, const erg_export_opts_t *o,
                         const char *path, erg_error_t *err);
/* The same for the projection `p` of `bp`: the nodes of the set it is
 * onto, with the attributes erg_export_bipartite gives them (as networkx's
 * projection keeps them), and its links. */
int erg_export_projection(const erg_bipartite_t *bp, const erg_projection_t *p, erg_export_t f,
                          const erg_export_opts_t *o, const char *path, erg_error_t *err);

#endif
