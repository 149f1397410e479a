/*
 * similarity.c — what the graph and coverage methods share: the candidates'
 * cosine similarity matrix, their relevance to the query, and PageRank.
 *
 * The matrix is dense, n x n for n candidates: O(n^2) time and memory, which
 * candidates.c keeps bounded by capping the candidates (PC_MAX_CANDIDATES).
 * In the flow: computed on demand by the methods, over the candidates.
 */
#include "methods/method.h"

#include <math.h>
#include <stdlib.h>

const double *pc_similarity(pc_ctx *ctx)
{
    if (ctx->sim) return ctx->sim;
    size_t n = ctx->ncand;
    ctx->sim = pc_xcalloc(n * n, sizeof *ctx->sim);
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
    ctx->qrel = pc_xcalloc(ctx->ncand, sizeof *ctx->qrel);
    if (!ctx->query.n) return ctx->qrel;
    for (size_t i = 0; i < ctx->ncand; i++) ctx->qrel[i] = pc_cosine(&ctx->vec[i], &ctx->query);
    size_t fb = (size_t)pc_param(ctx, "query_feedback");
    if (fb > 0 && ctx->ncand > fb) {
        /* pseudo-relevance feedback (Rocchio): the query plus the centroid of
         * the fb most relevant sentences, then relevance again */
        uint32_t *order = pc_rank_desc(ctx->qrel, ctx->ncand);
        size_t V = ctx->c->nterms;
        double *q = pc_xcalloc(V, sizeof *q);
        double qn = ctx->query.norm > 0 ? ctx->query.norm : 1;
        for (uint32_t k = 0; k < ctx->query.n; k++) q[ctx->query.t[k]] += ctx->query.w[k] / qn;
        double beta = pc_param(ctx, "query_feedback_weight");
        for (size_t r = 0; r < fb; r++) {
            const pc_svec *v = &ctx->vec[order[r]];
            double vn = v->norm > 0 ? v->norm : 1;
            for (uint32_t k = 0; k < v->n; k++) q[v->t[k]] += beta / (double)fb * v->w[k] / vn;
        }
        pc_svec e = {0};
        e.t = pc_xmalloc(V * sizeof *e.t);
        e.w = pc_xmalloc(V * sizeof *e.w);
        for (size_t t = 0; t < V; t++)
            if (q[t] > 0) {
                e.t[e.n] = (uint32_t)t;
                e.w[e.n] = (float)q[t];
                e.norm += (float)(q[t] * q[t]);
                e.n++;
            }
        e.norm = sqrtf(e.norm);
        for (size_t i = 0; i < ctx->ncand; i++) ctx->qrel[i] = pc_cosine(&ctx->vec[i], &e);
        pc_svec_free(&e);
        free(q);
        free(order);
    }

    return ctx->qrel;
}

/* The jump distribution of the graph methods.  A candidate that stands for
 * k near-duplicate sentences (its support: the articles carrying it) gets k
 * shares of the jump, as the k sentences would have had.  (Weighting the
 * edges into it k times as well was measured: ROUGE-2 0.086 against 0.090
 * on DUC 2006, as it over-rewards repeated boilerplate.)  With a query,
 * query_weight of the jump goes by relevance instead. */
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

void pc_graph_rank(pc_ctx *ctx, double *m, double *scores)
{
    size_t n = ctx->ncand;
    for (size_t i = 0; i < n; i++) {
        double sum = 0;
        for (size_t j = 0; j < n; j++) sum += m[i * n + j];
        for (size_t j = 0; j < n; j++) m[i * n + j] = sum > 0 ? m[i * n + j] / sum : 1.0 / (double)n;
    }
    double *jump = pc_query_jump(ctx);
    pc_pagerank(m, n, pc_param(ctx, "damping"), jump, scores);
    for (size_t i = 0; i < n; i++) scores[i] *= ctx->quality[i];
    free(jump);
}
