/*
 * sumbasic.c — SumBasic (Nenkova & Vanderwende 2005).
 *
 * p(w) is the frequency of content word w in the cluster.  Repeatedly: take
 * the highest-probability word still present, choose among the sentences
 * containing it the one with the highest average p(w), and square the
 * probability of every word of the chosen sentence (the update that keeps
 * the summary from repeating itself).  With a query, p(w) mixes with the
 * query's word distribution: (1 - query_weight) p + query_weight q.
 *
 * Time: O(k * (V + T)) for k chosen sentences, V words, T tokens.
 */
#include "methods/method.h"

#include <stdlib.h>

static const precis_param params[] = {
    {"query_weight", 0.5, "with --query: weight of the query's word distribution"},
    {NULL, 0, NULL}};

static int sumbasic_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    precis_cluster *c = ctx->c;
    size_t V = c->nterms;
    double *p = pc_xcalloc(V, sizeof *p), total = 0;
    for (size_t i = 0; i < ctx->ncand; i++)
        for (uint32_t k = 0; k < ctx->vec[i].n; k++) {
            p[ctx->vec[i].t[k]] += 1;
            total += 1;
        }
    for (size_t w = 0; w < V; w++) p[w] = total > 0 ? p[w] / total : 0;
    if (ctx->query.n) {
        double qw = pc_param(ctx, "query_weight");
        for (size_t w = 0; w < V; w++) p[w] *= 1 - qw;
        for (uint32_t k = 0; k < ctx->query.n; k++) p[ctx->query.t[k]] += qw / ctx->query.n;
    }
    uint8_t *taken = pc_xcalloc(ctx->ncand, 1);
    pc_used used = {0};
    for (size_t i = 0; i < ctx->ncand; i++) {
        double s = 0;
        for (uint32_t k = 0; k < ctx->vec[i].n; k++) s += p[ctx->vec[i].t[k]];
        scores[i] = ctx->vec[i].n ? s / ctx->vec[i].n * ctx->quality[i] : 0;
    }
    for (;;) {
        /* the most probable word among the sentences that can still be taken */
        uint32_t top = UINT32_MAX;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (taken[i] || !pc_fits(ctx, &used, i)) continue;
            for (uint32_t k = 0; k < ctx->vec[i].n; k++) {
                uint32_t w = ctx->vec[i].t[k];
                if (top == UINT32_MAX || p[w] > p[top] || (p[w] == p[top] && w < top)) top = w;
            }
        }
        if (top == UINT32_MAX) break;
        size_t best = SIZE_MAX;
        double bestv = -1;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (taken[i] || !pc_fits(ctx, &used, i)) continue;
            int has = 0;
            double s = 0;
            for (uint32_t k = 0; k < ctx->vec[i].n; k++) {
                has |= ctx->vec[i].t[k] == top;
                s += p[ctx->vec[i].t[k]];
            }
            if (!has) continue;
            s = s / ctx->vec[i].n * ctx->quality[i];
            if (s > bestv) bestv = s, best = i;
        }
        if (best == SIZE_MAX) break;
        taken[best] = 1;
        pc_u32_push(chosen, (uint32_t)best);
        pc_use(ctx, &used, best);
        for (uint32_t k = 0; k < ctx->vec[best].n; k++) p[ctx->vec[best].t[k]] *= p[ctx->vec[best].t[k]];
    }
    free(taken);
    free(p);
    return 0;
}

const pc_method pc_method_sumbasic = {
    "sumbasic",
    "SumBasic word-probability selection with squared updates (Nenkova & Vanderwende 2005)",
    params,
    NULL,
    sumbasic_select,
};
