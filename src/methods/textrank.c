/*
 * textrank.c — TextRank for sentence extraction (Mihalcea & Tarau 2004).
 *
 * Edge weight between two sentences: the number of content words (stems)
 * they share divided by log|S_i| + log|S_j|; weighted PageRank with damping
 * 0.85.  The jump is shared by support and, with a query, biased towards
 * relevant sentences, as in lexrank.c.
 *
 * Time: O(n^2 * w) for the overlaps (w words per sentence), O(n^2) per
 * iteration.
 */
#include "methods/method.h"

#include <math.h>
#include <stdlib.h>

static const precis_param params[] = {
    {"damping", 0.85, "probability of following an edge rather than jumping"},
    {"query_weight", 0.7, "with --query: share of the jump that goes by query relevance"},
    {NULL, 0, NULL}};

static size_t overlap(const pc_svec *a, const pc_svec *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        if (a->t[i] == b->t[j]) n++, i++, j++;
        else if (a->t[i] < b->t[j]) i++;
        else j++;
    }
    return n;
}

static int textrank_score(pc_ctx *ctx, double *scores)
{
    size_t n = ctx->ncand;
    double *m = pc_xcalloc(n * n, sizeof *m);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            size_t li = ctx->vec[i].n, lj = ctx->vec[j].n;
            if (li < 2 || lj < 2) continue;
            double w = (double)overlap(&ctx->vec[i], &ctx->vec[j]) / (log((double)li) + log((double)lj));
            m[i * n + j] = m[j * n + i] = w;
        }
    pc_graph_rank(ctx, m, scores);
    free(m);
    return 0;
}

const pc_method pc_method_textrank = {
    "textrank",
    "TextRank sentence graph, word-overlap edges (Mihalcea & Tarau 2004)",
    params,
    textrank_score,
    NULL,
};
