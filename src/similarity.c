/*
 * similarity.c — what the graph and coverage methods share: the candidates'
 * cosine similarity matrix, their relevance to the query, and PageRank.
 *
 * The matrix is dense, n x n for n candidates: O(n^2) time and memory, which
 * select.c keeps bounded by capping the candidates (PC_MAX_CANDIDATES).
 */
#include "method.h"

#include <math.h>
#include <stdlib.h>

const double *pc_similarity(pc_ctx *ctx)
{
    if (ctx->sim) return ctx->sim;
    size_t n = ctx->ncand;
    ctx->sim = pc_xcalloc(n ? n * n : 1, sizeof *ctx->sim);
    for (size_t i = 0; i < n; i++) {
        ctx->sim[i * n + i] = ctx->vec[i].n ? 1.0 : 0.0;
        for (size_t j = i + 1; j < n; j++) {
            double c = pc_cosine(&ctx->vec[i], &ctx->vec[j]);
            ctx->sim[i * n + j] = ctx->sim[j * n + i] = c;
        }
    }
    return ctx->sim;
}

const double *pc_query_relevance(pc_ctx *ctx)
{
    if (ctx->qrel) return ctx->qrel;
    ctx->qrel = pc_xcalloc(ctx->ncand ? ctx->ncand : 1, sizeof *ctx->qrel);
    if (!ctx->query.n) return ctx->qrel;
    for (size_t i = 0; i < ctx->ncand; i++) ctx->qrel[i] = pc_cosine(&ctx->vec[i], &ctx->query);

    return ctx->qrel;
}

#define PC_PAGERANK_EPS 1e-9
#define PC_PAGERANK_MAX_ITER 200

void pc_pagerank(const double *m, size_t n, double damping, const double *jump, double *p)
{
    if (!n) return;
    double *next = pc_xmalloc(n * sizeof *next);
    for (size_t i = 0; i < n; i++) p[i] = 1.0 / (double)n;
    for (int it = 0; it < PC_PAGERANK_MAX_ITER; it++) {
        for (size_t j = 0; j < n; j++) next[j] = (1 - damping) * (jump ? jump[j] : 1.0 / (double)n);
        for (size_t i = 0; i < n; i++) {
            double pi = damping * p[i];
            if (pi == 0) continue;
            const double *row = m + i * n;
            for (size_t j = 0; j < n; j++) next[j] += pi * row[j];
        }
        double diff = 0;
        for (size_t j = 0; j < n; j++) {
            diff += fabs(next[j] - p[j]);
            p[j] = next[j];
        }
        if (diff < PC_PAGERANK_EPS) break;
    }
    free(next);
}
