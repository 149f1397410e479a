/*
 * cover.h — the concept-coverage problem shared by coverage.c and ilp.c:
 *
 *   maximise the weight of the concepts covered by the chosen sentences,
 *   their total cost within the budget.
 *
 * cover.c builds it in a compact form (concept columns) and finds a
 * solution by greedy selection and local search; ilp.c hands the same
 * problem to GLPK to prove the optimum.
 */
#ifndef PRECIS_COVER_H
#define PRECIS_COVER_H

#include "methods/concepts.h"

/* A concept as the solvers see it: the problem's sentences that have it
 * (ascending) and its weight. */
typedef struct {
    uint32_t *sents;
    uint32_t n;
    double weight;
} pc_cover_column;

/* The problem: the candidates that still have concepts as sentences
 * 0..ns-1, then nc concept columns.  A concept only one sentence has is
 * folded into that sentence's own weight (obj); concepts held by the same
 * sentences are one column with their summed weight.  Same optimum as the
 * one-column-per-concept problem, several times smaller. */
typedef struct {
    size_t ns, nc;
    uint32_t *kc;          /* sentence q is candidate kc[q] */
    double *obj;           /* sentence q's own (singleton) concept weight */
    double *cost;          /* sentence q's cost against the budget */
    pc_cover_column *cols;
} pc_cover;

/* Concepts of ctx's candidates (relevance-weighted with a query), cut to
 * the max_candidates candidates with the most concept weight per square
 * root of length; scores[i] = candidate i's concept weight.  Returns the
 * number of distinct concepts the kept candidates have. */
size_t pc_cover_concepts(pc_ctx *ctx, pc_concepts *cs, double *scores);

/* The problem over the candidates whose concept lists are not empty. */
void pc_cover_build(const pc_ctx *ctx, const pc_concepts *cs, pc_cover *p);
void pc_cover_free(pc_cover *p);

/* A good solution: greedy by uncovered weight per square root of cost,
 * then local search, from 1 + `starts` starting points (the best kept).
 * x has ns + nc + 1 entries, 1-based as GLPK wants them: x[q + 1] for
 * sentence q, x[ns + c + 1] for concept column c. */
void pc_cover_search(const pc_cover *p, double limit, size_t starts, double *x);

/* The objective of solution x. */
double pc_cover_value(const pc_cover *p, const double *x);

/* Appends the chosen sentences of x (as candidate indices) to chosen. */
void pc_cover_take(pc_ctx *ctx, const pc_cover *p, const double *x, pc_u32vec *chosen);

/* The three solvers of the coverage problem, each choosing candidates
 * (indices into ctx->cand) within the budget; coverage.c picks one by its
 * `solver` parameter, ilp.c uses the proof.  All return 0. */

/* The default's solver: pc_cover_search's solution, not proven optimal
 * (on DUC 2006 within 0.24% of GLPK's proven optimum on average, see
 * cover.c).  Falls back to pc_cover_greedy without concepts. */
int pc_cover_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores);

/* cover.c: the per-sentence greedy selection (--param solver=0) and the
 * fallback of the other two. */
int pc_cover_greedy(pc_ctx *ctx, pc_u32vec *chosen, double *scores);

/* ilp.c: the optimum proven by GLPK (branch and bound), within the
 * time_limit_ms and max_concepts parameters; else the greedy solution, and
 * the summary's note says so. */
int pc_cover_ilp(pc_ctx *ctx, pc_u32vec *chosen, double *scores);

#endif
