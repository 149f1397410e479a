/*
 * submodular.c — coverage plus diversity reward (Lin & Bilmes 2011).
 *
 *   F(S) = L(S) + lambda R(S)
 *   L(S) = sum_i min( sum_{j in S} w_ij, alpha sum_k w_ik )      coverage
 *   R(S) = sum_clusters sqrt( sum_{j in S, in cluster} r_j )    diversity
 *
 * w is the TF-IDF cosine; alpha = alpha_n / n; r_j the mean similarity of j
 * to all sentences (or, with a query, its relevance blended in by
 * query_weight); the clusters come from k-means over the sentence vectors
 * (k = n / 5, seeded deterministically).  Selection is the budgeted greedy
 * with scaled cost: add argmax (F(S + j) - F(S)) / l_j^r; finally compare
 * with the best single sentence.
 *
 * Time: O(n^2) for similarities, O(k n^2) for selection.
 */
#include "methods/method.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const precis_param params[] = {
    {"alpha_n", 5, "coverage saturates at alpha_n / n of a sentence's total similarity"},
    {"lambda", 6, "weight of the diversity reward"},
    {"cost_power", 0.3, "r: gain is divided by (sentence length)^r"},
    {"query_weight", 0.5, "with --query: weight of relevance in the diversity reward"},
    {NULL, 0, NULL}};

/* k-means over rows of the similarity matrix (cosine space), deterministic:
 * seeds are spread evenly over the candidates. */
static void kmeans(const double *sim, size_t n, size_t k, uint32_t *label)
{
    uint32_t *seed = pc_xmalloc(k * sizeof *seed);
    for (size_t c = 0; c < k; c++) seed[c] = (uint32_t)(c * n / k);
    for (size_t i = 0; i < n; i++) {
        size_t best = 0;
        for (size_t c = 1; c < k; c++)
            if (sim[i * n + seed[c]] > sim[i * n + seed[best]]) best = c;
        label[i] = (uint32_t)best;
    }
    /* a few rounds of medoid updates */
    for (int it = 0; it < 5; it++) {
        for (size_t c = 0; c < k; c++) {
            double bestsum = -1;
            for (size_t i = 0; i < n; i++) {
                if (label[i] != c) continue;
                double s = 0;
                for (size_t j = 0; j < n; j++)
                    if (label[j] == c) s += sim[i * n + j];
                if (s > bestsum) bestsum = s, seed[c] = (uint32_t)i;
            }
        }
        for (size_t i = 0; i < n; i++) {
            size_t best = label[i];
            for (size_t c = 0; c < k; c++)
                if (sim[i * n + seed[c]] > sim[i * n + seed[best]]) best = c;
            label[i] = (uint32_t)best;
        }
    }
    free(seed);
}

static int submodular_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    size_t n = ctx->ncand;
    if (!n) return 0;
    const double *sim = pc_similarity(ctx);
    double alpha = pc_param(ctx, "alpha_n") / (double)n, lambda = pc_param(ctx, "lambda");
    double r = pc_param(ctx, "cost_power");
    double *cap = pc_xmalloc(n * sizeof *cap), *covered = pc_xcalloc(n, sizeof *covered);
    double *reward = pc_xmalloc(n * sizeof *reward);
    for (size_t i = 0; i < n; i++) {
        double s = 0;
        for (size_t k = 0; k < n; k++) s += sim[i * n + k];
        cap[i] = alpha * s;
        reward[i] = s / (double)n;
    }
    if (ctx->query.n) {
        const double *rel = pc_query_relevance(ctx);
        double w = pc_param(ctx, "query_weight"), mr = 0, mw = 0;
        for (size_t i = 0; i < n; i++) {
            if (rel[i] > mr) mr = rel[i];
            if (reward[i] > mw) mw = reward[i];
        }
        for (size_t i = 0; i < n; i++)
            reward[i] = (1 - w) * reward[i] / (mw > 0 ? mw : 1) + w * rel[i] / (mr > 0 ? mr : 1);
    }
    size_t k = n / 5 ? n / 5 : 1;
    uint32_t *label = pc_xmalloc(n * sizeof *label);
    kmeans(sim, n, k, label);
    double *part = pc_xcalloc(k, sizeof *part);
    uint8_t *taken = pc_xcalloc(n, 1);
    pc_used used = {0};
    for (size_t i = 0; i < n; i++) scores[i] = 0;
    double best_single = -1;
    size_t best_single_i = SIZE_MAX;
    for (;;) {
        size_t best = SIZE_MAX;
        double bestv = 0;
        for (size_t j = 0; j < n; j++) {
            if (taken[j] || !pc_fits(ctx, &used, j)) continue;
            double gain = 0;
            for (size_t i = 0; i < n; i++) {
                double before = covered[i] < cap[i] ? covered[i] : cap[i];
                double after = covered[i] + sim[i * n + j];
                gain += (after < cap[i] ? after : cap[i]) - before;
            }
            gain += lambda * (sqrt(part[label[j]] + reward[j]) - sqrt(part[label[j]]));
            gain *= ctx->quality[j];
            double len = (double)ctx->c->sents[ctx->cand[j]].nwords;
            double v = gain / pow(len > 0 ? len : 1, r);
            if (chosen->n == 0) {
                scores[j] = v;
                if (gain > best_single) best_single = gain, best_single_i = j;
            }
            if (v > bestv) bestv = v, best = j;
        }
        if (best == SIZE_MAX) break;
        taken[best] = 1;
        pc_u32_push(chosen, (uint32_t)best);
        pc_use(ctx, &used, best);
        for (size_t i = 0; i < n; i++) covered[i] += sim[i * n + best];
        part[label[best]] += reward[best];
    }
    /* the best single sentence wins if it beats the whole greedy set */
    if (best_single_i != SIZE_MAX && chosen->n > 1) {
        double f = 0;
        for (size_t i = 0; i < n; i++) f += covered[i] < cap[i] ? covered[i] : cap[i];
        for (size_t c = 0; c < k; c++) f += lambda * sqrt(part[c]);
        if (best_single > f) {
            chosen->n = 0;
            pc_u32_push(chosen, (uint32_t)best_single_i);
        }
    }
    free(cap);
    free(covered);
    free(reward);
    free(label);
    free(part);
    free(taken);
    return 0;
}

const pc_method pc_method_submodular = {
    "submodular",
    "coverage + diversity reward, budgeted greedy (Lin & Bilmes 2011)",
    params,
    NULL,
    submodular_select,
};
