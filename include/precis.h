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
 *     precis_cluster_add_path(c, "examples/kuril-islands");   // or add_text
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

#ifdef __cplusplus
extern "C" {
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
    PRECIS_INPUT_JSON     /* {"id":..., "docs":[{"id","text","date","source","title"}]} */
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
    const char *language;    /* Snowball stemmer name; default "english" */
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
const precis_sentence *precis_summary_sentence(const precis_summary *s, size_t i);
size_t precis_summary_words(const precis_summary *s);
const char *precis_summary_method(const precis_summary *s);
/* What the method reports about its run ("optimal", "greedy fallback: ..."),
 * or NULL. */
const char *precis_summary_note(const precis_summary *s);

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

/* The message of the last failure of precis_summarize in this thread. */
const char *precis_last_error(void);

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_H */
