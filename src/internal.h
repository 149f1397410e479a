/*
 * internal.h — the data structures shared by the pipeline stages, and the
 * core stages' interfaces.
 *
 * A cluster holds documents; each document holds a working copy of its text
 * (valid UTF-8, NFC, markup removed, boilerplate blanked out) and a map from
 * working offsets back to the bytes of the original input.  Analysis turns the
 * documents into sentences and sentences into token ids; methods rank and
 * select sentences; renderers print the selection.
 *
 * The folders of src/, in the order data flows (pipeline.c runs them):
 *   util/     memory, buffers, maps, sorting, text folding, quote marks
 *   dates/    every date parsing: document dates, expressions in text
 *   core/     the pipeline's stages, one file each:
 *             cluster.c   the cluster, its documents and diagnostics
 *             read.c      files, directories, stdin; text, SGML, JSON, HTML
 *             utf8.c      UTF-8 validation and repair, NFC
 *             clean.c     datelines, metadata lines, captions, labels, repeats
 *             segment.c   sentence boundaries
 *             analyze.c   tokens, stems (stopwords.c, idf.c), TF-IDF,
 *                         near-duplicate groups, sentence salience and quality
 *             candidates.c  what a method may choose (similarity.c: cosine
 *                         matrix, query relevance, PageRank)
 *             select.c    budgets, redundancy control
 *             order.c     reading order
 *             summary.c   the summary object, with its attribution
 *   methods/  rank and select (one file per method, table in methods.c)
 *   render/   text, JSON, Markdown (render.h)
 *   story/    timeline, entities, quotes, digest (story.h), over the core
 *   web/      web pages: decoding, parsing, metadata, article body, fetching
 *   eval/     ROUGE, outside the pipeline; batch/  streams of clusters
 */
#ifndef PRECIS_INTERNAL_H
#define PRECIS_INTERNAL_H

#include "precis.h"
#include "util/util.h"

#include <stdint.h>

/* Why the cleaner removed a span of a document (clean.c explains each);
 * pc_reason_name gives the word `precis segment --removed` prints. */
typedef enum {
    PC_RM_METADATA = 1,       /* a leading "date 2019-01-23" line or prefix */
    PC_RM_DATELINE,           /* "NAGATO:", "PINE RIDGE, S.D. (AP) --" */
    PC_RM_CAPTION,            /* a photo caption, or text above a dateline */
    PC_RM_LABEL,              /* an all-caps speaker label before a quote */
    PC_RM_BOILERPLATE,        /* "Advertisement", "Read more", share prompts */
    PC_RM_HEADING,            /* a short paragraph with no final punctuation */
    PC_RM_REPEATED,           /* a sentence repeating an earlier one of its document */
    PC_RM_DESK_NOTE,          /* a note to editors: "EDs: ...", "EDITOR'S NOTE -- ..." */
    PC_RM_CONTACT,            /* a contact line: a phone number or e-mail with "call", "editor" */
    PC_RM_BUDGET,             /* a story budget or move time: "budgets move at 6 p.m." */
    PC_RM_NOTICE,             /* a distribution notice: "Distributed by ...", "(c) 2000 ..." */
    PC_RM_SLUG,               /* a wire slug: "BC-CUBA-ELIAN-NYT", "CUBA-ELIAN _" */
    PC_RM_END                 /* an end marker: "(END)", "-30-", "NYT-12-03-00 1845EST" */
} pc_reason;

/* "metadata", "dateline", "caption", "label", "boilerplate", "heading",
 * "repeated", "desk-note", "contact", "budget", "notice", "slug", "end". */
const char *pc_reason_name(pc_reason r);

/* A span of a document the cleaner removed, and why. */
typedef struct {
    uint32_t start, end;      /* working-text offsets */
    pc_reason reason;
    char *text;               /* the removed text (folded) */
} pc_removal;

typedef struct {
    char *id, *title, *source, *name;
    precis_date date;
    char *text;               /* working text, NUL-terminated */
    size_t len;
    uint32_t *omap;           /* working offset -> original offset - base; NULL = identity */
    size_t base;              /* offset of the working text's origin in the input */
    pc_removal *rm;
    size_t nrm, caprm;
    int wrapped;              /* 1 lines are wrapped, -1 they are not, 0 detect */
    char *speaker_label;      /* an all-caps speaker label seen, for quotes */
    char lang[24];            /* Snowball name of the document's language ("" = unknown);
                                 set before cleaning by pc_doc_set_language */
    size_t sent0, nsent;      /* this document's sentences in cluster->sents */
} pc_doc;

/* Why a sentence is not a candidate for a summary (0 = it is). */
enum { PC_OK = 0, PC_REPEATED = 1 };

typedef struct {
    uint32_t doc, idx;        /* document, index within the document */
    uint32_t start, end;      /* working offsets */
    char *text;               /* folded text */
    uint32_t tok0, ntok;      /* tokens in cluster->toks */
    uint32_t nwords;          /* whitespace-separated words in text */
    uint32_t group;           /* representative of its near-duplicate group */
    uint8_t removed;          /* PC_REPEATED ... */
} pc_sent;

typedef struct {
    char *stem;
    uint32_t df;              /* documents of the cluster containing it */
    uint32_t tf;              /* occurrences in the cluster */
    uint32_t last_doc;        /* scratch for df counting */
    uint8_t stop;             /* stopword */
    float idf;
} pc_term;

struct precis_cluster {
    char *id;
    pc_doc *docs;
    size_t ndocs, capdocs;
    precis_diag *diags;
    size_t ndiags, capdiags;
    size_t nerrors;
    char lang_set[24];        /* precis_cluster_set_language; "" = detect */
    char charset[48];         /* of text and SGML input (precis_cluster_set_charset); "" = UTF-8 */
    /* analysis, built by pc_analyze */
    int analyzed;
    char lang[32];
    int idf_mode;             /* 0 background, 1 cluster */
    pc_sent *sents;
    size_t nsents, capsents;
    uint32_t *toks;
    size_t ntoks, captoks;
    pc_term *terms;
    size_t nterms, capterms;
    pc_map surface;           /* lowercased word -> term id */
    pc_map stems;             /* stem -> term id */
    struct sb_stemmer *stemmer;
};

/* diagnostics (read.c) */
void pc_diag(precis_cluster *c, precis_severity sev, const char *file, long line,
             long offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* language.c: the language of a text, a document and the cluster.
 * Languages are named by their Snowball stemmer names ("english", "russian");
 * languages without a stemmer by a name of the same style ("japanese",
 * "chinese").
 * pc_detect_language: the language of a text, or NULL when it cannot tell.
 * pc_doc_set_language: fills d->lang (before cleaning): the cluster's
 *   setting, else `given` (a JSON document's "language"), else detected,
 *   else "english".
 * pc_language: the cluster's language: its setting, else its documents'
 *   majority (ties: the first document's), else "english". */
const char *pc_detect_language(const char *text, size_t len);
void pc_doc_set_language(precis_cluster *c, pc_doc *d, const char *given);
const char *pc_language(const precis_cluster *c);
/* pc_language_name: the canonical name of a language given as a Snowball
 *   name, "japanese"/"chinese", an ISO 639 code ("es", "zh-Hans", "pt-BR")
 *   or ISO 639 name ("polish"); NULL when unknown.
 * pc_language_has_stemmer: does libstemmer have the named language? */
const char *pc_language_name(const char *s);
int pc_language_has_stemmer(const char *name);

/* documents (cluster.c) */
pc_doc *pc_doc_new(precis_cluster *c);
size_t pc_doc_orig(const pc_doc *d, size_t working_offset);
/* Drop the analysis (sentences, tokens, terms) so pc_analyze starts again. */
void pc_invalidate(precis_cluster *c);

/* A document's metadata, copied out of the cluster into the results
 * (summaries, timelines, entities, quotes) so they outlive it. */
typedef struct {
    char *id, *title, *source, *name;
    precis_date date;
} pc_docmeta;

/* Copies of every document's metadata (*n of them); pc_free_docs frees. */
pc_docmeta *pc_copy_docs(const precis_cluster *c, size_t *n);
void pc_free_docs(pc_docmeta *d, size_t n);

/* utf8.c: make d->text valid NFC UTF-8, composing d->omap. */
void pc_utf8_normalize(precis_cluster *c, pc_doc *d);

/* read.c: the documents of a parsed JSON cluster object (jansson's json_t);
 * name and line say where it came from, for diagnostics.  0 on success. */
struct json_t;
int pc_read_json_cluster(precis_cluster *c, struct json_t *root, const char *name, long line);

/* web/html.c: does the buffer look like a web page (a doctype or <html>)? */
int pc_looks_html(const char *s, size_t n);
/* web/extract.c: the page offsets of an article's text (len + 1 entries). */
const uint32_t *pc_article_map(const precis_article *p);

/* clean.c */
void pc_clean_lines(pc_doc *d);
/* Mark the sentences of d that repeat an earlier one; keys as built by
 * pc_analyze (the sentences' lowercased words, kend[i] the end of the i-th). */
void pc_clean_repeats(precis_cluster *c, pc_doc *d, const char *keys, const uint32_t *kend);
void pc_remove(pc_doc *d, size_t start, size_t end, pc_reason reason);

/* Are d's lines wrapped (a paragraph over several lines) rather than one
 * paragraph per line?  d->wrapped when set, else decided from the text. */
int pc_doc_wrapped(const pc_doc *d);

/* segment.c: append the sentences of d to c->sents. */
void pc_segment(precis_cluster *c, pc_doc *d);

/* analyze.c */
int pc_analyze(precis_cluster *c, const char *lang, int idf_mode);
/* Tokenize text into term ids (appended to *out); returns count. */
size_t pc_tokenize(precis_cluster *c, const char *s, size_t n, pc_u32vec *out);
/* Lowercased tokens of text, for tools that need surface forms. */
typedef void (*pc_token_fn)(void *ctx, const char *tok, size_t n);
void pc_each_token(const char *s, size_t n, pc_token_fn fn, void *ctx);
int pc_is_stopword(const char *w, size_t n);
/* stopwords.c: is w[0, n) (lowercased) a stopword of the Snowball-named
 * language (English's own list for "english"; Lingua::StopWords' lists for
 * 14 others; none for the rest)?  pc_has_stopwords: does it have a list? */
int pc_is_stopword_lang(const char *lang, const char *w, size_t n);
int pc_has_stopwords(const char *lang);
float pc_background_idf(const char *stem, int *found);
void pc_term_set_idf(precis_cluster *c, size_t term);
/* How central an analysed sentence is to the cluster (see analyze.c). */
double pc_salience(const precis_cluster *c, const pc_sent *s);
/* How well a sentence reads on its own, in [0, 1]; 0 = never choose it. */
float pc_quality(const pc_sent *s);

#endif
