/*
 * method.h — the interface every summarization method implements.
 *
 * A method either scores candidate sentences (then core/select.c picks the
 * best under the budget, skipping redundant ones) or selects under the
 * budget itself.  Adding a method is one file in src/methods/ and one line
 * in the table in src/methods/methods.c.  Also declared here: what the core
 * gives every method (core/candidates.c, similarity.c, select.c, order.c).
 */
#ifndef PRECIS_METHOD_H
#define PRECIS_METHOD_H

#include "internal.h"
#include "core/analyze.h"

/* What a method sees. */
typedef struct {
    precis_cluster *c;
    const precis_options *opt;
    size_t ncand;
    uint32_t *cand;       /* candidate sentences (indices in c->sents) */
    float *quality;       /* per candidate, in (0, 1]: how well it reads alone */
    uint32_t *support;    /* per candidate: documents that carry it (its near-duplicate group) */
    pc_svec *vec;         /* per candidate TF-IDF vector */
    pc_svec query;        /* the query's vector (n == 0 when generic) */
    uint8_t *query_terms; /* per term: 1 when the query contains it; NULL when generic */
    double query_weight;  /* how much query relevance counts (documented per method) */
    const struct pc_method *method;
    double *sim;          /* ncand x ncand cosine matrix, built on demand (pc_similarity) */
    double *qrel;         /* per candidate: cosine with the query, on demand (pc_query_relevance) */
    char note[160];       /* what the method reports (precis_summary_note) */
    int query_unmatched;  /* a query none of whose content words occur in the cluster */
} pc_ctx;

typedef struct pc_method pc_method_t;

typedef struct pc_method {
    const char *name;
    const char *description;
    const precis_param *params; /* the method's own parameters, NULL-name terminated */
    /* Score every candidate (scores[i] for ctx->cand[i]); 0 on success. */
    int (*score)(pc_ctx *ctx, double *scores);
    /* Or choose candidates (indices into ctx->cand) within the budget. */
    int (*select)(pc_ctx *ctx, pc_u32vec *chosen, double *scores);
} pc_method;

/* A parameter's value: from the options, else its default. */
/* params.c: the value of parameter `name` for the running summary: the
 * last "name=value" of the options, else the method's default, else the
 * shared default; 0 for a name no one declares. */
double pc_param(const pc_ctx *ctx, const char *name);
/* The parameters every method takes (NULL-name terminated). */
#define PC_SHARED_PARAMS 6
extern const precis_param pc_shared_params[PC_SHARED_PARAMS + 1];

/* candidates.c: fill ctx for method m on the analysed cluster c: the
 * candidates, their quality, support and vectors, the query's vector and
 * terms when opt has a query.  pc_ctx_free releases what it holds. */
void pc_candidates(pc_ctx *ctx, precis_cluster *c, const precis_options *opt, const pc_method *m);
void pc_ctx_free(pc_ctx *ctx);

/* similarity.c */
const double *pc_similarity(pc_ctx *ctx);
const double *pc_query_relevance(pc_ctx *ctx);
/* PageRank over a row-stochastic n x n matrix with teleport distribution
 * `jump` (NULL = uniform): p = (1 - d) jump + d M^T p, to convergence. */
void pc_pagerank(const double *m, size_t n, double damping, const double *jump, double *p);
/* The graph methods' jump distribution: shares by support, biased towards
 * the query by query_weight (NULL when there are no candidates). */
double *pc_query_jump(pc_ctx *ctx);
/* Row-normalise the n x n edge weights m in place, run PageRank with the
 * "damping" parameter and pc_query_jump, and weigh by reading quality. */
void pc_graph_rank(pc_ctx *ctx, double *m, double *scores);


const pc_method *pc_find_method(const char *name);
extern const char *const pc_default_method;
/* Checks "name=value" parameters of opt against the method: 0, or -1 with
 * a message in err. */
int pc_check_params(const pc_method *m, const precis_options *opt, char *err, size_t errlen);

/* core/select.c: budget accounting shared by the methods that select. */
typedef struct {
    size_t words, bytes, sentences;
} pc_used;

int pc_fits(const pc_ctx *ctx, const pc_used *u, size_t cand);
void pc_use(const pc_ctx *ctx, pc_used *u, size_t cand);
/* A candidate's cost against the budget as one number (words, bytes with
 * its separator, or 1 sentence), and the limit those costs must not exceed. */
double pc_cost(const pc_ctx *ctx, size_t cand);
double pc_cost_limit(const pc_ctx *ctx);
/* Greedy selection by score with redundancy control: a cosine threshold, or
 * Maximal Marginal Relevance when options ask for "mmr". */
void pc_select_by_score(pc_ctx *ctx, const double *scores, pc_u32vec *chosen);
/* With a query: when no chosen sentence is close to the most relevant
 * candidate's relevance, swap that candidate in (see select.c). */
void pc_query_ensure(pc_ctx *ctx, pc_u32vec *chosen);
/* Blend normalised scores with query relevance: (1-w) s/max + w rel/max. */
void pc_blend_query(pc_ctx *ctx, double *scores);
/* The best candidate not chosen and not redundant, for DUC-style
 * truncation; SIZE_MAX if none. */
size_t pc_best_remaining(pc_ctx *ctx, const double *scores, const pc_u32vec *chosen);

/* order.c: put the chosen candidates in reading order (see order.c). */
void pc_order(pc_ctx *ctx, const double *scores, pc_u32vec *chosen);
/* order.c: when no chosen candidate can open the summary (an article's
 * first or second sentence), swap the cluster's best such sentence in for
 * the chosen one most similar to it, if the budget allows; nothing with
 * --order score. */
void pc_lead_swap(pc_ctx *ctx, const double *scores, pc_u32vec *chosen);
/* order.c: a chosen sentence that refers back (pc_refers_back) while its
 * article's sentence one or two before is not chosen gives its place to the
 * most similar self-contained candidate (cosine above the parameter
 * self_contained_cosine, not repeating a chosen one) that fits; nothing
 * when that is 0 (the default) or with --order score. */
void pc_resolve_dangling(pc_ctx *ctx, pc_u32vec *chosen);
/* order.c: does the sentence open with a word that refers back (a pronoun
 * "He", "They", "This"; a connective "But", "However", "Meanwhile")? */
int pc_refers_back(const char *text);

#endif
