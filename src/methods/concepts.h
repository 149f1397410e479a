/*
 * concepts.h — bigram concepts for the coverage methods (coverage.c, ilp.c):
 * adjacent stemmed word pairs, not both stopwords, weighted by the number of
 * documents containing them (Gillick & Favre 2009).
 */
#ifndef PRECIS_CONCEPTS_H
#define PRECIS_CONCEPTS_H

#include "methods/method.h"

typedef struct {
    size_t n;             /* concepts */
    double *weight;       /* per concept; 0 below the document-frequency floor */
    pc_u32vec *of;        /* per candidate: its distinct weighted concepts, ascending */
    size_t ncand;
} pc_concepts;

/* Builds the concepts of ctx's candidates.  Parameters read: min_df (0 =
 * 3 for clusters of 10+ documents, else 2) and query_weight (concepts with a
 * query word weigh 1 + query_weight times as much).  With a query and
 * relevance_weight > 0, a concept also weighs 1 + relevance_weight * (mean
 * query relevance of the candidates containing it) / (max relevance) more. */
void pc_concepts_build(pc_ctx *ctx, pc_concepts *cs, double relevance_weight);
void pc_concepts_free(pc_concepts *cs);

#endif
