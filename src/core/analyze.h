/*
 * analyze.h — sparse TF-IDF vectors over term ids, and cosine similarity:
 * what analysis (analyze.c) gives the methods and the story modules beyond
 * internal.h's sentences and terms.
 */
#ifndef PRECIS_ANALYZE_H
#define PRECIS_ANALYZE_H

#include "internal.h"

typedef struct {
    uint32_t *t;   /* term ids, ascending */
    float *w;      /* tf * idf */
    uint32_t n;
    float norm;
} pc_svec;

/* The TF-IDF vector of the content (non-stopword) tokens. */
void pc_svec_of(const precis_cluster *c, const uint32_t *toks, size_t n, pc_svec *v);
void pc_svec_free(pc_svec *v);
double pc_cosine(const pc_svec *a, const pc_svec *b);

#endif
