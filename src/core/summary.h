/*
 * summary.h — the summary object the renderers read.  It owns copies of the
 * documents' metadata so it stays valid after its cluster is freed.
 */
#ifndef PRECIS_SUMMARY_H
#define PRECIS_SUMMARY_H

#include "internal.h"

#include "methods/method.h"

/* Where the last sentence of a summary was cut to fill the budget: the kept
 * length of its folded text and the working offset where the cut falls. */
typedef struct {
    size_t keep, wend;
} pc_cut_sentence;

struct precis_summary {
    precis_sentence *s;
    size_t n;
    uint8_t *truncated;   /* per sentence: cut to fit the budget */
    size_t words;
    char *method, *query, *cluster_id, *note;
    char *language;       /* the language the cluster was analysed in */
    char *warning;        /* precis_summary_warning (a query matching nothing), or NULL */
    precis_unit unit;
    size_t budget;
    pc_docmeta *docs;
    size_t ndocs;
};

/* Cut sentence s of document d to `limit` words or bytes (unit; UTF-8 safe):
 * returns the kept length of its folded text (0: nothing fits) and sets
 * *wend to the matching working offset. */
size_t pc_cut(const pc_doc *d, const pc_sent *s, precis_unit unit, size_t limit, size_t *wend);

/* The summary of the chosen candidates (indices into ctx->cand, in reading
 * order) with their scores; when cut is given, the last one is cut there. */
precis_summary *pc_summary_assemble(const pc_ctx *ctx, const pc_u32vec *chosen,
                                    const double *scores, const pc_cut_sentence *cut);

#endif
