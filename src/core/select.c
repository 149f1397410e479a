/*
 * select.c — the core's selection helpers, shared by the methods: how the
 * budget is counted (words, bytes, sentences), greedy selection by score with
 * redundancy control (a cosine threshold, or Maximal Marginal Relevance),
 * blending in query relevance, and the best remaining sentence for DUC-style
 * truncation.
 *
 * In the flow: candidates.c prepares the candidates, a method scores or
 * selects them (methods/), these helpers keep every method within the
 * budget, then order.c puts the chosen sentences in reading order.
 */
#include "methods/method.h"

#include <stdlib.h>
#include <string.h>


int pc_fits(const pc_ctx *ctx, const pc_used *u, size_t cand)
{
    const pc_sent *s = &ctx->c->sents[ctx->cand[cand]];
    size_t limit = ctx->opt->budget;
    switch (ctx->opt->budget_unit) {
    case PRECIS_SENTENCES: return u->sentences + 1 <= limit;
    case PRECIS_BYTES: return u->bytes + strlen(s->text) + (u->sentences ? 1 : 0) <= limit;
    default: return u->words + s->nwords <= limit;
    }
}

double pc_cost(const pc_ctx *ctx, size_t cand)
{
    const pc_sent *s = &ctx->c->sents[ctx->cand[cand]];
    switch (ctx->opt->budget_unit) {
    case PRECIS_SENTENCES: return 1;
    case PRECIS_BYTES: return (double)strlen(s->text) + 1; /* with its separator */
    default: return s->nwords;
    }
}

double pc_cost_limit(const pc_ctx *ctx)
{
    /* bytes: n sentences have n - 1 separators, and every cost counts one */
    return (double)ctx->opt->budget + (ctx->opt->budget_unit == PRECIS_BYTES ? 1 : 0);
}

void pc_use(const pc_ctx *ctx, pc_used *u, size_t cand)
{
    const pc_sent *s = &ctx->c->sents[ctx->cand[cand]];
    u->bytes += strlen(s->text) + (u->sentences ? 1 : 0);
    u->words += s->nwords;
    u->sentences++;
}

/* Maximal Marginal Relevance (Carbonell & Goldstein 1998): repeatedly take
 * the sentence maximising  lambda * score/max - (1 - lambda) * max cosine
 * with the sentences already chosen. */
static void select_mmr(pc_ctx *ctx, const double *scores, pc_u32vec *chosen)
{
    double lambda = pc_param(ctx, "mmr_lambda"), top = 0;
    for (size_t i = 0; i < ctx->ncand; i++)
        if (scores[i] > top) top = scores[i];
    if (top <= 0) top = 1;
    uint8_t *taken = pc_xcalloc(ctx->ncand, 1);
    double *maxsim = pc_xcalloc(ctx->ncand, sizeof *maxsim);
    pc_used used = {0};
    for (;;) {
        size_t best = SIZE_MAX;
        double bestv = -1e300;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (taken[i] || !pc_fits(ctx, &used, i)) continue;
            double v = lambda * scores[i] / top - (1 - lambda) * maxsim[i];
            if (v > bestv) bestv = v, best = i;
        }
        if (best == SIZE_MAX) break;
        taken[best] = 1;
        pc_u32_push(chosen, (uint32_t)best);
        pc_use(ctx, &used, best);
        for (size_t i = 0; i < ctx->ncand; i++) {
            double c = pc_cosine(&ctx->vec[i], &ctx->vec[best]);
            if (c > maxsim[i]) maxsim[i] = c;
        }
    }
    free(taken);
    free(maxsim);
}

void pc_select_by_score(pc_ctx *ctx, const double *scores, pc_u32vec *chosen)
{
    if (ctx->opt->redundancy && strcmp(ctx->opt->redundancy, "mmr") == 0) {
        select_mmr(ctx, scores, chosen);
        return;
    }
    double threshold = pc_param(ctx, "redundancy_cosine");
    uint32_t *order = pc_rank_desc(scores, ctx->ncand);
    pc_used used = {0};
    for (size_t k = 0; k < ctx->ncand; k++) {
        uint32_t i = order[k];
        if (!pc_fits(ctx, &used, i)) continue;
        int redundant = 0;
        for (size_t j = 0; j < chosen->n && !redundant; j++)
            redundant = pc_cosine(&ctx->vec[i], &ctx->vec[chosen->v[j]]) >= threshold;
        if (redundant) continue;
        pc_u32_push(chosen, i);
        pc_use(ctx, &used, i);
    }
    free(order);
}

/* With a query: score' = (1 - w) score/max + w rel/max, w = query_weight
 * clipped to [0, 1] (for these methods 1 means relevance alone). */
void pc_blend_query(pc_ctx *ctx, double *scores)
{
    if (!ctx->query.n) return;
    const double *rel = pc_query_relevance(ctx);
    double w = pc_param(ctx, "query_weight");
    if (w > 1) w = 1;
    if (w < 0) w = 0;
    double ms = 0, mr = 0;
    for (size_t i = 0; i < ctx->ncand; i++) {
        if (scores[i] > ms) ms = scores[i];
        if (rel[i] > mr) mr = rel[i];
    }
    if (ms <= 0) ms = 1;
    if (mr <= 0) mr = 1;
    for (size_t i = 0; i < ctx->ncand; i++)
        scores[i] = (1 - w) * scores[i] / ms + w * rel[i] / mr * ctx->quality[i];
}

size_t pc_best_remaining(pc_ctx *ctx, const double *scores, const pc_u32vec *chosen)
{
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < ctx->ncand; i++) {
        int skip = 0;
        for (size_t j = 0; j < chosen->n && !skip; j++)
            skip = chosen->v[j] == i ||
                   pc_cosine(&ctx->vec[i], &ctx->vec[chosen->v[j]]) >= pc_param(ctx, "redundancy_cosine");
        if (skip) continue;
        if (best == SIZE_MAX || scores[i] > scores[best]) best = i;
    }
    return best;
}

/* A query the reader can see (#21): the methods weigh relevance against
 * their own salience, and on a small cluster a query about one detail
 * (kuril-islands, "protesters police detained embassy": one article's
 * sentence, whose bigrams no other article shares) loses to the
 * cluster's main content.  So when no chosen sentence comes within
 * PC_QUERY_NEAR of the best relevance, the most relevant candidate takes the
 * place of the least relevant chosen sentences, as few as it needs room;
 * what budget is left goes to the next most relevant sentences. */
#define PC_QUERY_NEAR 0.75
/* Only for a query of at most this many content words: a few words name
 * what the reader wants to see.  A topic statement (DUC's are 10 to 40
 * content words) is served by the methods' own weighting: forcing its most
 * relevant sentence in cost ROUGE-2 0.11088 -> 0.10981 on DUC 2006. */
#define PC_QUERY_ENSURE_TERMS 8

/* Fill the budget freed by pc_query_ensure: the most relevant candidates
 * (relevance times reading quality) that fit and repeat no chosen sentence
 * (cosine below redundancy_cosine), in turn. */
static void refill_by_relevance(pc_ctx *ctx, const double *rel, pc_u32vec *chosen)
{
    double *key = pc_xmalloc(ctx->ncand * sizeof *key);
    for (size_t i = 0; i < ctx->ncand; i++) key[i] = rel[i] * ctx->quality[i];
    uint32_t *order = pc_rank_desc(key, ctx->ncand);
    double threshold = pc_param(ctx, "redundancy_cosine");
    pc_used u = {0};
    for (size_t k = 0; k < chosen->n; k++) pc_use(ctx, &u, chosen->v[k]);
    for (size_t r = 0; r < ctx->ncand; r++) {
        uint32_t i = order[r];
        if (key[i] <= 0 || !pc_fits(ctx, &u, i)) continue;
        int skip = 0;
        for (size_t k = 0; k < chosen->n && !skip; k++)
            skip = chosen->v[k] == i || pc_cosine(&ctx->vec[i], &ctx->vec[chosen->v[k]]) >= threshold;
        if (skip) continue;
        pc_u32_push(chosen, i);
        pc_use(ctx, &u, i);
    }
    free(order);
    free(key);
}

void pc_query_ensure(pc_ctx *ctx, pc_u32vec *chosen)
{
    if (!ctx->query.n || ctx->query_unmatched || !chosen->n || !ctx->ncand) return;
    /* the lead baseline ignores the query by definition (see lead.c) */
    if (strcmp(ctx->method->name, "lead") == 0) return;
    size_t nq = 0;
    for (size_t t = 0; t < ctx->c->nterms; t++) nq += ctx->query_terms[t];
    if (nq > PC_QUERY_ENSURE_TERMS) return;
    const double *rel = pc_query_relevance(ctx);
    size_t best = 0;
    for (size_t i = 1; i < ctx->ncand; i++)
        if (rel[i] * ctx->quality[i] > rel[best] * ctx->quality[best]) best = i;
    if (rel[best] <= 0) return;
    for (size_t j = 0; j < chosen->n; j++)
        if (rel[chosen->v[j]] >= PC_QUERY_NEAR * rel[best]) return;
    /* drop the least relevant chosen sentences until it fits */
    double *r = pc_xmalloc(chosen->n * sizeof *r);
    for (size_t j = 0; j < chosen->n; j++) r[j] = -rel[chosen->v[j]];
    uint32_t *drop = pc_rank_desc(r, chosen->n); /* least relevant first */
    uint8_t *gone = pc_xcalloc(chosen->n, 1);
    int fits = 0;
    for (size_t d = 0; d < chosen->n && !fits; d++) {
        gone[drop[d]] = 1;
        pc_used u = {0};
        for (size_t k = 0; k < chosen->n; k++)
            if (!gone[k]) pc_use(ctx, &u, chosen->v[k]);
        fits = pc_fits(ctx, &u, best);
    }
    if (fits) {
        size_t m = 0;
        for (size_t k = 0; k < chosen->n; k++)
            if (!gone[k]) chosen->v[m++] = chosen->v[k];
        chosen->v[m++] = (uint32_t)best;
        chosen->n = m;
        refill_by_relevance(ctx, rel, chosen);
    }
    free(gone);
    free(drop);
    free(r);
}
