/*
 * lexrank.c — LexRank (Erkan & Radev 2004).
 *
 * Sentences are nodes; edges weigh the TF-IDF cosine between them.  The
 * continuous variant (threshold 0, the default) row-normalises the cosines;
 * with threshold t > 0 an edge exists when the cosine is at least t and every
 * edge of a node weighs the same (1/degree).  The stationary distribution of
 * the random walk with damping d (0.85; the walker jumps with probability
 * 0.15) is the salience.  With a query the jump goes to sentences in
 * proportion to their relevance to it (topic-sensitive LexRank, Otterbacher,
 * Erkan & Radev 2005), mixed with the uniform jump by query_weight.  A
 * candidate standing for k near-duplicates gets k shares of the jump.
 *
 * Time: O(n^2) for the matrix plus O(n^2) per power iteration.
 */
#include "../method.h"

#include <stdlib.h>

static const precis_param params[] = {
    {"damping", 0.85, "probability of following an edge rather than jumping"},
    {"threshold", 0, "0: continuous LexRank; > 0: edges where cosine >= threshold"},
    {"query_weight", 0.7, "with --query: share of the jump that goes by query relevance"},
    {NULL, 0, NULL}};

/* The jump distribution of the graph methods.  A candidate that stands for
 * k near-duplicate sentences (its support: the articles carrying it) gets k
 * shares of the jump, as the k sentences would have had.  (Weighting the
 * edges into it k times as well was measured: ROUGE-2 0.086 against 0.090
 * on DUC 2006, as it over-rewards repeated boilerplate.)  With a query,
 * query_weight of the jump goes by relevance instead. */
double *pc_query_jump(pc_ctx *ctx);
double *pc_query_jump(pc_ctx *ctx)
{
    size_t n = ctx->ncand;
    if (!n) return NULL;
    double w = ctx->query.n ? pc_param(ctx, "query_weight") : 0, total = 0, support = 0;
    if (w > 1) w = 1;
    if (w < 0) w = 0;
    const double *rel = ctx->query.n ? pc_query_relevance(ctx) : NULL;
    for (size_t i = 0; i < n; i++) {
        if (rel) total += rel[i];
        support += ctx->support[i];
    }
    double *jump = pc_xmalloc(n * sizeof *jump);
    for (size_t i = 0; i < n; i++)
        jump[i] = (1 - w) * ctx->support[i] / support + (total > 0 ? w * rel[i] / total : w / (double)n);
    return jump;
}

static int lexrank_score(pc_ctx *ctx, double *scores)
{
    size_t n = ctx->ncand;
    const double *sim = pc_similarity(ctx);
    double t = pc_param(ctx, "threshold");
    double *m = pc_xmalloc((n ? n * n : 1) * sizeof *m);
    for (size_t i = 0; i < n; i++) {
        double sum = 0;
        for (size_t j = 0; j < n; j++) {
            double w = sim[i * n + j];
            if (t > 0) w = w >= t ? 1 : 0;
            m[i * n + j] = w;
            sum += w;
        }
        for (size_t j = 0; j < n; j++) m[i * n + j] = sum > 0 ? m[i * n + j] / sum : 1.0 / (double)n;
    }
    double *jump = pc_query_jump(ctx);
    pc_pagerank(m, n, pc_param(ctx, "damping"), jump, scores);
    for (size_t i = 0; i < n; i++) scores[i] *= ctx->quality[i];
    free(jump);
    free(m);
    return 0;
}

const pc_method pc_method_lexrank = {
    "lexrank",
    "LexRank, continuous or thresholded (Erkan & Radev 2004); query-biased jump",
    params,
    lexrank_score,
    NULL,
};
