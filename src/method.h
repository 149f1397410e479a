/*
 * method.h — the interface every summarization method implements.
 *
 * A method either scores candidate sentences (then select.c picks the best
 * under the budget, skipping redundant ones) or selects under the budget
 * itself.  Adding a method is one file in src/methods/ and one line in the
 * table in src/methods/methods.c.
 */
#ifndef PRECIS_METHOD_H
#define PRECIS_METHOD_H

#include "internal.h"
#include "represent.h"

/* What a method sees. */
typedef struct {
    precis_cluster *c;
    const precis_options *opt;
    size_t ncand;
    uint32_t *cand;       /* candidate sentences (indices in c->sents) */
    float *quality;       /* per candidate, in (0, 1]: how well it reads alone */
    pc_svec *vec;         /* per candidate TF-IDF vector */
    pc_svec query;        /* the query's vector (n == 0 when generic) */
    uint8_t *query_terms; /* per term: 1 when the query contains it; NULL when generic */
    double query_weight;  /* how much query relevance counts (documented per method) */
} pc_ctx;

typedef struct {
    const char *name;
    const char *description;
    /* Score every candidate (scores[i] for ctx->cand[i]); 0 on success. */
    int (*score)(pc_ctx *ctx, double *scores);
    /* Or choose candidates (indices into ctx->cand) within the budget. */
    int (*select)(pc_ctx *ctx, pc_u32vec *chosen, double *scores);
} pc_method;

const pc_method *pc_find_method(const char *name);
extern const char *const pc_default_method;

/* select.c: budget accounting shared by the methods that select. */
typedef struct {
    size_t words, bytes, sentences;
} pc_used;

int pc_fits(const pc_ctx *ctx, const pc_used *u, size_t cand);
void pc_use(const pc_ctx *ctx, pc_used *u, size_t cand);
/* Greedy selection by score with a cosine redundancy threshold. */
void pc_select_by_score(pc_ctx *ctx, const double *scores, pc_u32vec *chosen);

#endif
