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
#include "methods/method.h"

#include <stdlib.h>

static const precis_param params[] = {
    {"damping", 0.85, "probability of following an edge rather than jumping"},
    {"threshold", 0, "0: continuous LexRank; > 0: edges where cosine >= threshold"},
    {"query_weight", 0.7, "with --query: share of the jump that goes by query relevance"},
    {NULL, 0, NULL}};

static int lexrank_score(pc_ctx *ctx, double *scores)
{
    size_t n = ctx->ncand;
    const double *sim = pc_similarity(ctx);
    double t = pc_param(ctx, "threshold");
    double *m = pc_xmalloc(n * n * sizeof *m);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            double w = sim[i * n + j];
            m[i * n + j] = t > 0 ? (w >= t ? 1 : 0) : w;
        }
    }
    pc_graph_rank(ctx, m, scores);
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
