/*
 * precis.h — the public API of precis, an extractive multi-document news
 * summarizer.
 *
 * precis reads a cluster of news articles about one story and selects a
 * short, non-redundant, attributed summary from them.  It never writes a
 * sentence of its own: every sentence of a summary is a sentence of the
 * input, and carries the document(s) and byte offsets it came from.
 *
 * The simple interface
 * --------------------
 *     const char *docs[] = { text1, text2, text3 };
 *     char *summary = precis_summarize_texts(docs, 3, 100);
 *     puts(summary);
 *     free(summary);
 *
 * The detailed interface
 * ----------------------
 *     precis_cluster *c = precis_cluster_new();
 *     precis_cluster_add_path(c, "examples/kuril-islands", PRECIS_INPUT_AUTO);
 *     precis_options opt;
 *     precis_options_init(&opt);
 *     opt.budget_unit = PRECIS_WORDS;
 *     opt.budget = 150;
 *     precis_summary *s = precis_summarize(c, &opt);
 *     for (size_t i = 0; i < precis_summary_count(s); i++) {
 *         const precis_sentence *st = precis_summary_sentence(s, i);
 *         printf("%s  [%s %zu-%zu]\n", st->text, st->doc_id, st->start, st->end);
 *     }
 *     char *json = precis_render(s, PRECIS_FORMAT_JSON);
 *     free(json);
 *     precis_summary_free(s);
 *     precis_cluster_free(c);
 *
 * Problems with the input (a missing file, invalid UTF-8, malformed JSON)
 * never abort the process: they are recorded as diagnostics on the cluster,
 * each naming the file and position (precis_cluster_diag_count/_diag).
 *
 * Byte offsets: `start`/`end` of a sentence are byte offsets into the
 * original input of its document: the file as read from disk for files, the
 * "text" string (as UTF-8) for documents given as JSON or through
 * precis_cluster_add_text.  The bytes in [start, end) are the sentence with
 * its original whitespace; `text` is the same sentence with runs of
 * whitespace folded to one space.
 *
 * All functions are thread-compatible: distinct clusters and summaries may be
 * used from different threads at once.  Output is deterministic.
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden visibility: what this header declares is
 * its interface, and the only part a shared libprecis exports. */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

#define PRECIS_VERSION "0.1.0"

/* ---------------------------------------------------------------------- */
/* The one-call interface                                                  */
/* ---------------------------------------------------------------------- */

/* Summarise `n` plain-text documents into at most `words` words with the
 * default method.  Returns a malloc'ed string, one sentence per line (caller
 * frees), or NULL when no sentence could be extracted. */
char *precis_summarize_texts(const char *const *texts, size_t n, size_t words);

/* ---------------------------------------------------------------------- */
/* Clusters and documents                                                  */
/* ---------------------------------------------------------------------- */

typedef struct precis_cluster precis_cluster;

/* A calendar date; fields are 0 when unknown (year 0 = no date). */
typedef struct {
    int year, month, day;
} precis_date;

/* Optional metadata of a document.  Every pointer may be NULL. */
typedef struct {
    const char *id;       /* defaults to "doc-N" (N counts from 1) */
    const char *title;
    const char *source;   /* outlet or file name */
    const char *date;     /* ISO 8601 "YYYY-MM-DD[...]" or similar */
} precis_doc_info;

/* How an input is read.  AUTO looks at the name and content. */
typedef enum {
    PRECIS_INPUT_AUTO = 0,
    PRECIS_INPUT_TEXT,    /* plain text */
    PRECIS_INPUT_SGML,    /* TREC/DUC <DOC> articles (one file may hold several) */
    PRECIS_INPUT_JSON,    /* {"id":..., "docs":[{"id","text"|"html","date","source","title"}]} */
    PRECIS_INPUT_HTML     /* a web page: its article body (see precis_article_extract) */
} precis_input;

precis_cluster *precis_cluster_new(void);
void precis_cluster_free(precis_cluster *c);

/* Add one document from memory (`len` bytes; the text need not be
 * NUL-terminated).  `name` is used in diagnostics (may be NULL).
 * Returns 0 on success, -1 when the text was rejected (a diagnostic says why). */
int precis_cluster_add_text(precis_cluster *c, const char *text, size_t len,
                            const precis_doc_info *info, const char *name);

/* Add a file, a directory (every regular, non-hidden file in it, sorted by
 * name) or "-" (standard input).  The format is detected unless `how` says.
 * Returns the number of documents added, or -1 when nothing could be added
 * (diagnostics say why).  Errors in some files of a directory do not stop the
 * others from being added. */
int precis_cluster_add_path(precis_cluster *c, const char *path, precis_input how);

/* Add the documents of a buffer in any supported format. `name` names it in
 * diagnostics.  Returns the number of documents added, or -1. */
int precis_cluster_add_buffer(precis_cluster *c, const char *data, size_t len,
                              const char *name, precis_input how);

/* The character set of the plain-text and SGML inputs read after this
 * call (by precis_cluster_add_path and precis_cluster_add_buffer): any name
 * iconv knows ("koi8-r", "shift_jis", "utf-16", ...); "latin1",
 * "iso-8859-1" and "ascii" are read as "windows-1252", their superset, as
 * browsers do.  NULL or "utf-8" restores the default, UTF-8.  The text
 * becomes UTF-8 and offsets still count bytes of the original input; bytes
 * not valid in the charset become U+FFFD with a warning.  JSON input is
 * always UTF-8 and web pages name their own encoding, so neither is
 * affected, nor is precis_cluster_add_text.  Returns 0, or -1 (the setting
 * unchanged) when iconv does not know the name. */
int precis_cluster_set_charset(precis_cluster *c, const char *charset);

/* The cluster's language, as a Snowball stemmer name ("english", "german")
 * or another lowercase English name ("japanese"); NULL or "auto" = detect
 * each document's language (the default).  Applies to documents added
 * after the call, and to every analysis.  Returns 0, or -1 for a name
 * precis does not know (precis_last_error says why). */
int precis_cluster_set_language(precis_cluster *c, const char *name);
/* The language the cluster is processed in: the one set, else the majority
 * of its documents' detected languages, else "english". */
const char *precis_cluster_language(const precis_cluster *c);
/* Why results in the language may be poorer: a language precis has neither
 * a stemmer nor other rules for (processed language-neutrally: Unicode
 * words, no stemming, no stopwords), or an unknown name; NULL when precis
 * handles it.  The text is valid until the next call in the same thread. */
const char *precis_language_warning(const char *language);

size_t precis_cluster_doc_count(const precis_cluster *c);
/* The cluster id from a JSON cluster object, or NULL. */
const char *precis_cluster_id(const precis_cluster *c);

/* Diagnostics: warnings and errors met while reading. */
typedef enum { PRECIS_WARNING = 1, PRECIS_ERROR = 2 } precis_severity;
typedef struct {
    precis_severity severity;
    const char *file;     /* file or input name, never NULL */
    long line;            /* 1-based line, or 0 when not applicable */
    long offset;          /* byte offset, or -1 when not applicable */
    const char *message;
} precis_diag;

size_t precis_cluster_diag_count(const precis_cluster *c);
const precis_diag *precis_cluster_diag(const precis_cluster *c, size_t i);
/* Number of diagnostics of severity PRECIS_ERROR. */
size_t precis_cluster_error_count(const precis_cluster *c);

/* ---------------------------------------------------------------------- */
/* Options                                                                 */
/* ---------------------------------------------------------------------- */

typedef enum { PRECIS_WORDS = 0, PRECIS_BYTES, PRECIS_SENTENCES } precis_unit;
typedef enum { PRECIS_ORDER_DATE = 0, PRECIS_ORDER_SCORE } precis_order;

typedef struct {
    const char *method;      /* summarization method; NULL = default */
    precis_unit budget_unit; /* default PRECIS_WORDS */
    size_t budget;           /* default 100 */
    int truncate;            /* DUC style: cut the last sentence at the budget */
    precis_order order;      /* default: by document date, then position */
    const char *query;       /* focus the summary on this text; NULL = generic */
    const char *language;    /* Snowball stemmer name (or an ISO 639 code or name); NULL
                                (the default): the cluster's language,
                                precis_cluster_language */
    const char *idf;         /* "background" (default) or "cluster" */
    const char *redundancy;  /* for score-based methods: "threshold" (default) or "mmr" */
    const char *const *params; /* method parameters as "name=value"; see precis_method_params */
    size_t nparams;
} precis_options;

void precis_options_init(precis_options *opt);

/* Names of the available methods, NULL-terminated, and a one-line description. */
const char *const *precis_methods(void);
const char *precis_method_description(const char *name);

/* A method's parameters: name, default value and meaning. */
typedef struct {
    const char *name;
    double value;
    const char *description;
} precis_param;
/* The parameters `name` accepts (NULL-terminated by a NULL name), including
 * the ones every method shares (query_weight, mmr_lambda, redundancy_cosine). */
const precis_param *precis_method_params(const char *name, size_t *count);

/* ---------------------------------------------------------------------- */
/* Summaries                                                               */
/* ---------------------------------------------------------------------- */

typedef struct {
    const char *doc_id;      /* the document the sentence is taken from */
    size_t doc_index;        /* its 0-based index in the cluster */
    size_t sentence_index;   /* 0-based index of the sentence in that document */
    size_t start, end;       /* byte offsets in the document's original input */
    double score;            /* the method's score (higher is better) */
    const char *text;        /* the sentence, whitespace folded */
    size_t also_count;       /* other documents carrying a near-duplicate */
    const size_t *also_docs; /* their indices in the cluster */
} precis_sentence;

typedef struct precis_summary precis_summary;

/* Summarise the cluster.  Returns NULL only on an unknown method or when out
 * of memory (see precis_last_error); an empty cluster gives an empty summary. */
precis_summary *precis_summarize(precis_cluster *c, const precis_options *opt);
void precis_summary_free(precis_summary *s);

size_t precis_summary_count(const precis_summary *s);
/* The language the summary's cluster was analysed in (a Snowball name, or
 * e.g. "japanese"); valid as long as the summary. */
const char *precis_summary_language(const precis_summary *s);
const precis_sentence *precis_summary_sentence(const precis_summary *s, size_t i);
size_t precis_summary_words(const precis_summary *s);
const char *precis_summary_method(const precis_summary *s);
/* What the method reports about its run ("optimal", "greedy fallback: ..."),
 * or NULL. */
const char *precis_summary_note(const precis_summary *s);
/* What the reader should know about the summary, or NULL: "no word of the
 * query occurs in the cluster; the summary is generic" when a query's
 * content words (after stopwords and stemming) all miss the cluster. */
const char *precis_summary_warning(const precis_summary *s);

/* Document metadata, for renderers and callers. */
const char *precis_doc_id(const precis_cluster *c, size_t i);
const char *precis_doc_title(const precis_cluster *c, size_t i);
const char *precis_doc_source(const precis_cluster *c, size_t i);
precis_date precis_doc_date(const precis_cluster *c, size_t i);

/* ---------------------------------------------------------------------- */
/* Rendering                                                               */
/* ---------------------------------------------------------------------- */

typedef enum {
    PRECIS_FORMAT_TEXT = 0,  /* one sentence per line */
    PRECIS_FORMAT_JSON,      /* attribution, offsets, scores */
    PRECIS_FORMAT_MARKDOWN   /* a paragraph with source footnotes */
} precis_format;

/* Returns a malloc'ed string (caller frees). */
char *precis_render(const precis_summary *s, precis_format fmt);

/* ---------------------------------------------------------------------- */
/* Segmentation                                                            */
/* ---------------------------------------------------------------------- */

/* Sentences of every document after cleaning, in order, one per call of
 * `fn` (return non-zero from fn to stop).  `removed` is non-NULL for the
 * spans the cleaner removed (then `text` is that span and removed the reason). */
typedef int (*precis_sentence_fn)(void *ctx, size_t doc, size_t start, size_t end,
                                  const char *text, const char *removed);
int precis_cluster_segments(precis_cluster *c, precis_sentence_fn fn, void *ctx,
                            int include_removed);

/* ---------------------------------------------------------------------- */
/* Batch: a stream of clusters on several threads (precis batch)           */
/* ---------------------------------------------------------------------- */

/* Summarise a stream of clusters, one per line, on several threads and in
 * bounded memory (at most eight lines a thread are held at once, however
 * long the stream):
 *
 *     precis_batch_options o;
 *     precis_batch_options_init(&o);
 *     o.threads = 4;
 *     o.summary.budget = 150;        // any precis_options field, for every cluster
 *     precis_batch_stats st;
 *     int status = precis_batch_run(&o, stdin, stdout, stderr, NULL, &st);
 *
 * A line is a JSON cluster object {"id":..., "docs":[...], "query":...}
 * (its "query" applies when summary.query is NULL) or, with
 * PRECIS_BATCH_MULTINEWS, a Multi-News line (articles separated by "|||||",
 * " NEWLINE_CHAR " for a line break); blank lines are skipped.  Summaries come
 * out in input order, the same for any number of threads: one JSON line each,
 * or in text a "# ID" line, the sentences and a blank line.  A line that
 * cannot be summarised (malformed JSON, no document) gives an error record
 * {"line", "id", "error"} in its place, so output and input stay aligned
 * line for line, and the other lines are still summarised; a cluster
 * without an "id" is named "line N" (N counts the lines of `in` from 1). */
typedef enum { PRECIS_BATCH_JSONL = 0, PRECIS_BATCH_MULTINEWS } precis_batch_input;

typedef struct {
    precis_options summary;     /* method, budget, ... for every cluster */
    int threads;                /* worker threads (>= 1); default 1 */
    precis_batch_input input;   /* default PRECIS_BATCH_JSONL */
    precis_format format;       /* PRECIS_FORMAT_JSON (default, one line each) or TEXT */
    int progress;               /* show progress on err when it is a terminal; default 0 */
} precis_batch_options;

typedef struct {
    long in, ok, failed;        /* lines: in == ok + failed */
    double seconds;             /* the whole run, wall clock */
} precis_batch_stats;

void precis_batch_options_init(precis_batch_options *o);
/* Read clusters from `in` to its end and write their summaries to `out`.
 * Each error record goes to `out` in its line's place, to `err` after
 * "precis batch: ", and to `errors` as well, one JSON object a line, when
 * it is not NULL.  `stats` (may be
 * NULL) receives the counts and the time taken.  Returns 0 when every
 * cluster was summarised, 1 when some failed. */
int precis_batch_run(const precis_batch_options *o, FILE *in, FILE *out, FILE *err, FILE *errors,
                     precis_batch_stats *stats);

/* ---------------------------------------------------------------------- */
/* ROUGE (precis eval)                                                     */
/* ---------------------------------------------------------------------- */

/* A ROUGE scorer that reproduces ROUGE-1.5.5: its tokenization (lowercase,
 * everything outside [a-z0-9] a separator), its Porter stemmer with WordNet
 * exception lists (-m), its SMART stopword removal (-s), its word (-l) and
 * byte (-b) truncation, model averaging (-f A) or best model (-f B), its
 * ROUGE-S/SU counting and its summary-level union LCS. */
typedef struct precis_rouge precis_rouge;

typedef struct {
    int max_n;             /* ROUGE-1 .. ROUGE-max_n (-n); default 2 */
    int lcs;               /* ROUGE-L (not -x); default 1 */
    double wlcs_weight;    /* ROUGE-W with this weight (-w, e.g. 1.2); 0 = off */
    int skip;              /* ROUGE-S (-2); default 1 */
    int skip_gap;          /* its maximum gap; < 0 = unlimited; default 4 */
    int skip_unigrams;     /* ROUGE-SU: count unigrams too (-u); default 1 */
    int stem;              /* -m; default 0 */
    int remove_stopwords;  /* -s; default 0 */
    size_t words, bytes;   /* -l / -b truncation of every summary; 0 = none */
    char formula;          /* 'A' model average (default), 'B' best model */
    double alpha;          /* F = 1/(alpha/P + (1-alpha)/R); default 0.5 */
    const char *wordnet_dir; /* exception lists; default /usr/share/wordnet */
    const char *stopword_file; /* for -s; default the bundled SMART list */
    int unicode_tokens;    /* not ROUGE-1.5.5 (which drops every non-ASCII
                              character): tokens are the summarizer's Unicode
                              words (letters, marks, digits; lowercased), never
                              stemmed, so that summaries in any language can be
                              scored (precis eval --tokens unicode); default 0 */
} precis_rouge_options;

typedef struct {
    double r, p, f;        /* rounded to 5 decimals, as ROUGE-1.5.5 does */
} precis_rouge_score;

void precis_rouge_options_init(precis_rouge_options *opt);
/* Returns NULL and a message in err when a data file cannot be read. */
precis_rouge *precis_rouge_new(const precis_rouge_options *opt, char *err, size_t errlen);
void precis_rouge_free(precis_rouge *r);

/* The metrics scored, in ROUGE-1.5.5's order: "ROUGE-1".."ROUGE-N",
 * "ROUGE-L", "ROUGE-SU4" (or "ROUGE-S4", "ROUGE-SU*"). */
size_t precis_rouge_metric_count(const precis_rouge *r);
const char *precis_rouge_metric_name(const precis_rouge *r, size_t i);

/* Score a peer summary against model summaries.  Texts are one sentence
 * per line (ROUGE's SPL format).  `out` receives one score per metric. */
void precis_rouge_score_texts(precis_rouge *r, const char *peer, const char *const *models,
                              size_t nmodels, precis_rouge_score *out);

/* ROUGE-1.5.5's bootstrap: the mean of `resamples` resampled means (srand
 * seeded with the resample number, so reproducible) and the confidence
 * interval at `confidence` percent. */
void precis_rouge_bootstrap(const double *values, size_t n, int resamples, double confidence,
                            double *mean, double *lo, double *hi);

/* ---------------------------------------------------------------------- */
/* ROUGE evaluations (precis eval)                                         */
/* ---------------------------------------------------------------------- */

/* A whole evaluation, scored and printed: from a ROUGE-1.5.5 XML
 * configuration (<EVAL ID> <PEER-ROOT> <MODEL-ROOT> <INPUT-FORMAT TYPE="SPL">
 * <PEERS><P ID> <MODELS><M ID>), or from a dataset laid out as
 * DATASET/<cluster>/refs/ (every file a human summary) with the system's
 * summaries in SYSDIR/<cluster>.txt, one sentence per line:
 *
 *     precis_eval_options o;
 *     precis_eval_options_init(&o);
 *     o.refs = "duc2006";
 *     o.sys = "summaries";
 *     o.rouge.stem = 1;
 *     int status = precis_eval_run(&o, stdout, stderr);
 *
 * A configuration scored as text is printed in ROUGE-1.5.5's own format,
 * line for line, so precis eval can stand in for the Perl scorer; otherwise
 * a table of the averages with their confidence intervals, or JSON with the
 * scores of every cluster too.  Averages and intervals are ROUGE-1.5.5's
 * bootstrap (precis_rouge_bootstrap). */
typedef enum { PRECIS_EVAL_TEXT = 0, PRECIS_EVAL_JSON } precis_eval_format;

typedef struct {
    precis_rouge_options rouge;
    const char *config;        /* a ROUGE-1.5.5 XML configuration, or NULL */
    const char *refs, *sys;    /* dataset mode: DATASET/<c>/refs/ files, SYSDIR/<c>.txt */
    const char *peer;          /* only this peer (config mode); NULL = all */
    int jackknife;             /* dataset mode: leave each reference out in turn (default 1) */
    int resamples;             /* bootstrap samples (default 1000) */
    double confidence;         /* percent (default 95) */
    int per_eval;              /* print every evaluation's scores (-d) */
    precis_eval_format format; /* default PRECIS_EVAL_TEXT */
} precis_eval_options;

void precis_eval_options_init(precis_eval_options *o);
/* Run the evaluation: scores to `out`, problems (a missing summary, an
 * unreadable file) to `err`.  Returns the exit status: 0, or 1 when inputs
 * were missing or unreadable (what could be scored is still reported). */
int precis_eval_run(const precis_eval_options *o, FILE *out, FILE *err);

/* ---------------------------------------------------------------------- */
/* Dates in text (precis timeline)                                         */
/* ---------------------------------------------------------------------- */

/* How precise a date is.  A week is given by its Monday. */
typedef enum {
    PRECIS_GRAIN_NONE = 0,
    PRECIS_GRAIN_YEAR,
    PRECIS_GRAIN_MONTH,
    PRECIS_GRAIN_WEEK,
    PRECIS_GRAIN_DAY
} precis_grain;

/* A date expression found in a text. */
typedef struct {
    size_t start, end;   /* its bytes in the text searched */
    precis_date date;    /* resolved (month/day 0 when coarser); year 0 = unresolved */
    precis_grain grain;  /* the expression's precision, even when unresolved */
    int relative;        /* it needs the reference date ("Monday", "last year", "Jan. 22") */
    int since;           /* introduced by "since": a reference point, not an event */
} precis_date_mention;

/* Find the date expressions of a text: absolute ("1945", "November 2013",
 * "2019-01-23", "Jan. 22, 2019", "22 January") and relative to `ref`, the
 * date the text was written ("Monday", "on Thursday", "last week",
 * "earlier this month", "two years ago", "in 10 years").  With no reference
 * (ref.year == 0) relative expressions are returned unresolved, never
 * guessed.  Weekdays and bare months point back from `ref` unless the
 * sentence speaks of the future ("will meet on Friday").  Writes at most
 * `max` mentions to `out` and returns how many there are. */
size_t precis_find_dates(const char *text, size_t len, precis_date ref,
                         precis_date_mention *out, size_t max);

/* "2019-01-22", "2019-01", "2019", "2019-01-14" for a week (its Monday),
 * or "?" when unresolved.  buf holds at least 16 bytes; returns buf. */
char *precis_date_label(precis_date d, precis_grain g, char *buf);
/* "day", "week", "month", "year" or "none". */
const char *precis_grain_name(precis_grain g);

/* Every date expression of a cluster (precis dates): each with its
 * document, its bytes in that document's input, its value in TimeML's
 * TIMEX3 form ("2019-01-22", "2019-01", "2019-W03", "2019", "199" for the
 * 1990s, "2019-Q1", "2019-SU") and what it was resolved against.  The
 * language of each document decides the month and weekday names read
 * (English, Spanish, French, German, Italian, Portuguese, Russian, and
 * 2020年3月5日 forms in any). */
typedef struct precis_dates precis_dates;

typedef struct {
    size_t doc_index;
    const char *doc_id;
    size_t start, end;       /* the expression's bytes in the document's input */
    const char *text;        /* as written (whitespace folded) */
    const char *value;       /* TIMEX3 value, or NULL when unresolved */
    const char *type;        /* "DATE" */
    precis_date date;        /* the first day it covers; year 0 = unresolved */
    precis_grain grain;      /* day, week, month or year (decades, quarters,
                                seasons: year) */
    const char *anchor;      /* "document date" (relative, resolved against the
                                article's date), "text" (against an absolute
                                date written before it), or NULL (absolute) */
    const char *anchor_value;/* the anchor's date (YYYY-MM-DD or coarser), or NULL */
    int future;              /* resolved forward: the text speaks of the future */
} precis_date_expression;

/* The date expressions of the cluster, in document order (NULL only when
 * out of memory).  A document's language is the cluster's setting
 * (precis_cluster_set_language), else its own. */
precis_dates *precis_dates_build(precis_cluster *c);
void precis_dates_free(precis_dates *d);
size_t precis_dates_count(const precis_dates *d);
const precis_date_expression *precis_dates_at(const precis_dates *d, size_t i);
/* The language used (the cluster's, a Snowball name such as "english"). */
const char *precis_dates_language(const precis_dates *d);
/* Text (one line per expression: doc, bytes, value, text) or JSON
 * ({"language", "expressions": [...], "documents": [...]}); caller frees. */
char *precis_dates_render(const precis_dates *d, precis_format fmt);

/* ---------------------------------------------------------------------- */
/* Timeline                                                                */
/* ---------------------------------------------------------------------- */

typedef struct precis_timeline precis_timeline;

typedef struct {
    size_t max_dates;       /* keep the N best-supported dates; 0 = all (default) */
    size_t words_per_date;  /* words of sentences per date (default 40; at least one sentence) */
} precis_timeline_options;

typedef struct {
    precis_date date;
    precis_grain grain;
    size_t mentions;         /* sentences of the cluster that mention this date */
    size_t ndocs;            /* documents that mention it */
    size_t nsentences;       /* the sentences chosen to tell it */
    const precis_sentence *sentences; /* also_docs: other documents reporting the same */
} precis_timeline_entry;

/* A relative expression that could not be resolved: its document is undated. */
typedef struct {
    size_t doc_index;
    const char *doc_id;
    size_t start, end;       /* the expression's bytes in the document's input */
    const char *text;        /* the expression */
    precis_grain grain;
} precis_unresolved;

void precis_timeline_options_init(precis_timeline_options *opt);
/* The dated events of the cluster, in date order (NULL only when out of memory). */
precis_timeline *precis_timeline_build(precis_cluster *c, const precis_timeline_options *opt);
void precis_timeline_free(precis_timeline *t);
size_t precis_timeline_count(const precis_timeline *t);
const precis_timeline_entry *precis_timeline_entry_at(const precis_timeline *t, size_t i);
size_t precis_timeline_unresolved_count(const precis_timeline *t);
const precis_unresolved *precis_timeline_unresolved_at(const precis_timeline *t, size_t i);
char *precis_timeline_render(const precis_timeline *t, precis_format fmt);

/* ---------------------------------------------------------------------- */
/* Entities (precis entities)                                              */
/* ---------------------------------------------------------------------- */

typedef enum {
    PRECIS_ENTITY_PERSON = 0,
    PRECIS_ENTITY_PLACE,
    PRECIS_ENTITY_ORGANIZATION,
    PRECIS_ENTITY_OTHER
} precis_entity_type;

typedef struct {
    size_t doc_index;
    size_t start, end;       /* bytes in the document's input */
    const char *text;        /* as written, titles included */
} precis_mention;

typedef struct {
    const char *name;        /* the fullest common form, titles removed */
    precis_entity_type type;
    size_t naliases;
    const char *const *aliases;   /* every distinct form seen, as written */
    size_t nmentions;
    const precis_mention *mentions;
    size_t ndocs;            /* documents that mention it */
    const size_t *docs;      /* their indices, ascending */
    const size_t *doc_mentions; /* mentions in each of them */
} precis_entity;

typedef struct precis_entities precis_entities;

/* People, places and organisations, by capitalised spans and rules (titles,
 * possessives, sentence-initial words), with aliases merged: shortened names,
 * case, one-letter misspellings, and naming patterns ("known in Japan as X
 * and in Russia as Y", "which Japan calls X", "X, known in Japanese as Y",
 * "X (ACRONYM)").  Sorted by mentions, most first. */
precis_entities *precis_entities_find(precis_cluster *c);
void precis_entities_free(precis_entities *e);
size_t precis_entities_count(const precis_entities *e);
const precis_entity *precis_entities_at(const precis_entities *e, size_t i);
/* The entity a name refers to ("Abe", "VLADMIR PUTIN"), or -1. */
long precis_entities_lookup(const precis_entities *e, const char *name);
const char *precis_entity_type_name(precis_entity_type t);
/* Keep only the `max` most mentioned (0 = all) of type `type` (-1 = any). */
void precis_entities_keep(precis_entities *e, size_t max, int type);
char *precis_entities_render(const precis_entities *e, precis_format fmt);
/* The language the entities were found in (a Snowball name: "english"),
 * and, when precis reads no names in it (Chinese, Japanese), a sentence
 * saying so (else NULL).  Both live as long as e. */
const char *precis_entities_language(const precis_entities *e);
const char *precis_entities_note(const precis_entities *e);
/* The entity one of whose mentions overlaps bytes [start, end) of document
 * doc_index, or -1: a name resolved in context ("Carter" after "Rosalynn
 * Carter" in one article, after "Jimmy Carter" in another), where
 * precis_entities_lookup sees only the string.  O(log mentions). */
long precis_entities_at_span(const precis_entities *e, size_t doc_index, size_t start, size_t end);

/* ---------------------------------------------------------------------- */
/* Quotes (precis quotes)                                                  */
/* ---------------------------------------------------------------------- */

typedef struct {
    const char *text;        /* the words quoted, without the marks */
    size_t doc_index;
    const char *doc_id;
    size_t start, end;       /* the quotation's bytes, marks included */
    const char *speaker;     /* as written ("Lavrov", "he"), or NULL when not found */
    long entity;             /* the speaker's entity (precis_entities_at), or -1 */
    const char *speaker_name;/* that entity's name, else the speaker as written */
    const char *cue;         /* how the speaker was found: "X said", "said X",
                                "according to X", "label", "previous sentence",
                                "pronoun", "continued", "colon" */
} precis_quote;

typedef struct precis_quotes precis_quotes;

/* Direct quotations ("...", “...”, ``...'') of three words or more, with
 * their speakers mapped to entity groups of `e` (found here when NULL). */
precis_quotes *precis_quotes_find(precis_cluster *c, const precis_entities *e);
void precis_quotes_free(precis_quotes *q);
size_t precis_quotes_count(const precis_quotes *q);
const precis_quote *precis_quotes_at(const precis_quotes *q, size_t i);
/* Keep only the `max` key quotes: the best (8 to 40 words) of each speaker,
 * speakers by how often the cluster names them, then the others. */
void precis_quotes_keep_key(precis_quotes *q, size_t max);
char *precis_quotes_render(const precis_quotes *q, precis_format fmt);

/* ---------------------------------------------------------------------- */
/* Digest: everything in one report (precis digest)                        */
/* ---------------------------------------------------------------------- */

typedef struct {
    precis_options summary;            /* the summary's options */
    precis_timeline_options timeline;  /* default: 12 dates, 30 words each */
    size_t max_entities;               /* default 12 */
    size_t max_quotes;                 /* default 6: the best quote of each leading speaker */
} precis_digest_options;

void precis_digest_options_init(precis_digest_options *opt);
/* Summary, timeline, top entities and key quotes as one text, JSON or
 * Markdown report (malloc'ed), or NULL with precis_last_error() set. */
char *precis_digest(precis_cluster *c, const precis_digest_options *opt, precis_format fmt);

/* ---------------------------------------------------------------------- */
/* Web pages: the article of an HTML page (precis extract)                 */
/* ---------------------------------------------------------------------- */

typedef enum {
    PRECIS_BLOCK_PARAGRAPH = 0,
    PRECIS_BLOCK_HEADING,
    PRECIS_BLOCK_LIST_ITEM,
    PRECIS_BLOCK_QUOTE,
    PRECIS_BLOCK_PRE
} precis_block;

typedef struct {
    const char *text;      /* whitespace folded */
    size_t start, end;     /* bytes of the page it came from, [start, end) */
    precis_block kind;
} precis_paragraph;

/* An article read from a page.  Every string is UTF-8; metadata fields are
 * NULL when the page does not give them. */
typedef struct {
    const char *title, *date, *author, *site, *url, *lang;  /* date: YYYY-MM-DD, or YYYY-MM / YYYY when the page gives no more */
    const char *text;                 /* the paragraphs, separated by blank lines */
    const precis_paragraph *paragraphs;
    size_t nparagraphs;
    const char *encoding;             /* what the page was read as, e.g. "UTF-8" */
    const char *encoding_from;        /* "BOM", "HTTP", "meta", "valid UTF-8", "default" */
    size_t replaced;                  /* undecodable bytes replaced by U+FFFD */
    long first_replaced;              /* page offset of the first, or -1 */
} precis_article;

/* Extract the article of a page of `len` bytes.  `url` (the page's address)
 * and `charset` (from an HTTP Content-Type header) may be NULL.  Returns NULL
 * with a message in err (up to errlen bytes) when the page has no article. */
precis_article *precis_article_extract(const char *html, size_t len, const char *url,
                                       const char *charset, char *err, size_t errlen);
void precis_article_free(precis_article *a);
/* Text: title, date, author, then the body; JSON: every field with the
 * paragraphs' offsets; Markdown: a heading and paragraphs. */
char *precis_article_render(const precis_article *a, precis_format fmt);

/* Add a page as a document of the cluster (what PRECIS_INPUT_HTML does for
 * files), with the page's URL and HTTP charset when known.  Sentences are
 * attributed to byte offsets of the page.  Returns 0 or -1 (diagnosed). */
int precis_cluster_add_html(precis_cluster *c, const char *html, size_t len, const char *name,
                            const char *url, const char *charset);

/* Fetch a URL with libcurl (timeout, size and redirect limits) and add its
 * article to the cluster.  Returns 0 or -1 (diagnosed, naming the URL). */
typedef struct {
    long timeout_ms;       /* whole transfer; default 20000 */
    size_t max_bytes;      /* default 20 MB */
    long max_redirects;    /* default 5 */
} precis_fetch_options;
void precis_fetch_options_init(precis_fetch_options *o);
/* A fetched page: the bytes, the final URL after redirects, the charset of
 * the Content-Type header (or NULL), and whether it was text/plain. */
typedef struct {
    char *data;
    size_t len;
    char *url, *charset;
    int text;
} precis_page;
/* Fetch a URL (http/https only).  Returns 0, or -1 with a message in err. */
int precis_fetch(const char *url, const precis_fetch_options *o, precis_page *page, char *err,
                 size_t errlen);
void precis_page_free(precis_page *p);
int precis_cluster_add_url(precis_cluster *c, const char *url, const precis_fetch_options *o);

/* The message of the last failure of precis_summarize in this thread. */
const char *precis_last_error(void);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_H */
