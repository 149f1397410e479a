/*
 * klsum.c — KL-Sum (Haghighi & Vanderwende 2009).
 *
 * Greedily add the sentence that keeps the summary's content-word
 * distribution P_S closest to the cluster's P_D: the smallest
 * KL(P_S || P_D) = sum_w P_S(w) log(P_S(w) / P_D(w)) after adding it.  (The
 * other direction, KL(P_D || P_S), needs P_S smoothed over every cluster
 * word, and then every addition raises the divergence and the shortest
 * sentences win; summing over the summary's words, as common
 * implementations do, has no such problem.)  With a query, P_D mixes with
 * the query's words: (1 - query_weight) P_D + query_weight Q.
 *
 * Time: O(k * n * (s + w)) for k chosen sentences, n candidates, s summary
 * words and w words per sentence.
 */
#include "methods/method.h"

#include <math.h>
#include <stdlib.h>

static const precis_param params[] = {
    {"query_weight", 0.5, "with --query: weight of the query's words in the target"},
    {NULL, 0, NULL}};

/* KL(P_S || P_D) of summary counts cnt (total n) plus the sentence v. */
static double kl_with(const double *cnt, double n, const uint32_t *words, size_t nw,
                      const pc_svec *v, const double *target, uint8_t *mark)
{
    double total = n;
    for (uint32_t k = 0; k < v->n; k++) total += 1;
    if (total <= 0) return INFINITY;
    double kl = 0;
    for (uint32_t k = 0; k < v->n; k++) mark[v->t[k]] = 1;
    for (size_t k = 0; k < nw; k++) { /* the summary's words, with the sentence's added */
        uint32_t w = words[k];
        double p = (cnt[w] + mark[w]) / total;
        kl += p * log(p / target[w]);
        mark[w] = 2;
    }
    for (uint32_t k = 0; k < v->n; k++) { /* the sentence's new words */
        uint32_t w = v->t[k];
        if (mark[w] == 1) {
            double p = 1 / total;
            kl += p * log(p / target[w]);
        }
        mark[w] = 0;
    }
    for (size_t k = 0; k < nw; k++) mark[words[k]] = 0;
    return kl;
}

static int klsum_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    precis_cluster *c = ctx->c;
    size_t V = c->nterms;
    double *target = pc_xcalloc(V, sizeof *target), total = 0;
    for (size_t i = 0; i < ctx->ncand; i++)
        for (uint32_t k = 0; k < ctx->vec[i].n; k++) target[ctx->vec[i].t[k]] += 1, total += 1;
    for (size_t w = 0; w < V; w++) target[w] = total > 0 ? target[w] / total : 0;
    if (ctx->query.n) {
        double qw = pc_param(ctx, "query_weight");
        for (size_t w = 0; w < V; w++) target[w] *= 1 - qw;
        for (uint32_t k = 0; k < ctx->query.n; k++) target[ctx->query.t[k]] += qw / ctx->query.n;
    }
    double *cnt = pc_xcalloc(V, sizeof *cnt), n = 0;
    uint8_t *mark = pc_xcalloc(V, 1), *taken = pc_xcalloc(ctx->ncand, 1);
    pc_u32vec words = {0};
    pc_used used = {0};
    for (size_t i = 0; i < ctx->ncand; i++) scores[i] = 0;
    for (;;) {
        size_t best = SIZE_MAX;
        double bestkl = INFINITY;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (taken[i] || !ctx->vec[i].n || !pc_fits(ctx, &used, i)) continue;
            double kl = kl_with(cnt, n, words.v, words.n, &ctx->vec[i], target, mark);
            if (kl < bestkl - 1e-12) bestkl = kl, best = i;
        }
        if (best == SIZE_MAX) break;
        scores[best] = (double)(ctx->ncand - chosen->n); /* the order of choice */
        taken[best] = 1;
        pc_u32_push(chosen, (uint32_t)best);
        pc_use(ctx, &used, best);
        for (uint32_t k = 0; k < ctx->vec[best].n; k++) {
            uint32_t w = ctx->vec[best].t[k];
            if (cnt[w] == 0) pc_u32_push(&words, w);
            cnt[w] += 1;
            n += 1;
        }
    }
    free(words.v);
    free(mark);
    free(taken);
    free(cnt);
    free(target);
    return 0;
}

const pc_method pc_method_klsum = {
    "klsum",
    "KL-Sum: greedy KL divergence to the cluster's word distribution (Haghighi & Vanderwende 2009)",
    params,
    NULL,
    klsum_select,
};
