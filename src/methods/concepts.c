/*
 * concepts.c — bigram concepts and their weights (see concepts.h): what the
 * coverage methods (coverage.c, ilp.c, cover.c) count.
 */
#include "methods/concepts.h"

#include <stdlib.h>
#include <string.h>

/* Bigram -> concept id.  Open addressing with each slot holding the pair
 * and its id together (one cache line per probe): pc_map copies every key
 * into its own allocation, and with ~12,000 bigrams a cluster that was a
 * visible share of the time of the coverage methods. */
typedef struct {
    uint32_t a1;  /* first term + 1; 0 = empty */
    uint32_t b, id;
} pair_slot;

typedef struct {
    pair_slot *slots;
    size_t mask;
} pair_table;

/* Room for `most` pairs at a load of at most 2/3. */
static void pairs_init(pair_table *t, size_t most)
{
    size_t cap = 64;
    while (cap < most + most / 2) cap *= 2;
    t->slots = pc_xcalloc(cap, sizeof *t->slots);
    t->mask = cap - 1;
}

static uint32_t pairs_id(pair_table *t, size_t *n, uint32_t a, uint32_t b)
{
    uint64_t key = ((uint64_t)a + 1) << 32 | b;
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & t->mask;
    pair_slot *sl;
    while ((sl = &t->slots[i])->a1 && (sl->a1 != a + 1 || sl->b != b)) i = (i + 1) & t->mask;
    if (!sl->a1) {
        sl->a1 = a + 1;
        sl->b = b;
        sl->id = (uint32_t)(*n)++;
    }
    return sl->id;
}

/* With a query: each concept weighs (1 + rw * r / max relevance) as much,
 * r the mean query relevance of the candidates that contain it — the
 * concepts of the sentences about the query count more, and the coverage
 * objective stays linear, so it is still solved exactly. */
static void weigh_by_relevance(pc_ctx *ctx, pc_concepts *cs, double rw)
{
    const double *rel = pc_query_relevance(ctx);
    double maxrel = 0;
    for (size_t i = 0; i < ctx->ncand; i++)
        if (rel[i] > maxrel) maxrel = rel[i];
    if (maxrel <= 0) return;
    double *sum = pc_xcalloc(cs->n, sizeof *sum);
    uint32_t *count = pc_xcalloc(cs->n, sizeof *count);
    for (size_t i = 0; i < ctx->ncand; i++)
        for (size_t k = 0; k < cs->of[i].n; k++) {
            sum[cs->of[i].v[k]] += rel[i];
            count[cs->of[i].v[k]]++;
        }
    for (size_t k = 0; k < cs->n; k++)
        if (count[k]) cs->weight[k] *= 1 + rw * sum[k] / count[k] / maxrel;
    free(sum);
    free(count);
}

void pc_concepts_build(pc_ctx *ctx, pc_concepts *cs, double relevance_weight)
{
    precis_cluster *c = ctx->c;
    pair_table ids;
    pairs_init(&ids, c->ntoks);  /* at most one concept per token: never full */
    /* the concept at each token (starting there), UINT32_MAX for none */
    uint32_t *at = pc_xmalloc(c->ntoks * sizeof *at);
    memset(at, 0xff, c->ntoks * sizeof *at);
    size_t n = 0;
    /* per concept (at most one per token) */
    size_t cap = c->ntoks ? c->ntoks : 1;
    uint32_t *df = pc_xmalloc(cap * sizeof *df), *last = pc_xmalloc(cap * sizeof *last);
    uint32_t *lead = pc_xmalloc(cap * sizeof *lead);
    double lead_n = pc_param(ctx, "lead_sentences");
    /* document frequency of every concept, over all sentences kept */
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->removed) continue;
        const uint32_t *t = c->toks + s->tok0;
        for (uint32_t k = 0; k + 1 < s->ntok; k++) {
            if (c->terms[t[k]].stop && c->terms[t[k + 1]].stop) continue;
            size_t before = n;
            uint32_t id = pairs_id(&ids, &n, t[k], t[k + 1]);
            at[s->tok0 + k] = id;
            if (n > before) { /* a new concept: fresh counters */
                df[id] = 0;
                last[id] = 0;
                lead[id] = 0;
            }
            if (s->idx < lead_n) lead[id]++;
            if (last[id] != s->doc + 1) {
                last[id] = s->doc + 1;
                df[id]++;
            }
        }
    }
    double min_df = pc_param(ctx, "min_df");
    if (min_df <= 0) min_df = c->ndocs >= 10 ? 3 : c->ndocs >= 2 ? 2 : 1;
    double qw = pc_param(ctx, "query_weight");
    cs->n = n;
    cs->weight = pc_xcalloc(n, sizeof *cs->weight);
    double lead_bonus = pc_param(ctx, "lead_bonus");
    /* no concept shared by min_df articles (unrelated or single articles):
     * count every concept rather than return nothing */
    int any = 0;
    for (size_t k = 0; k < n && !any; k++) any = df[k] >= min_df;
    if (!any) min_df = 1;
    for (size_t k = 0; k < n; k++)
        cs->weight[k] = df[k] >= min_df ? df[k] * (1 + lead_bonus * (lead[k] > 0)) : 0;
    uint8_t *boosted = pc_xcalloc(n, 1);
    cs->ncand = ctx->ncand;
    cs->of = pc_xcalloc(ctx->ncand, sizeof *cs->of);
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        const uint32_t *t = c->toks + s->tok0;
        pc_u32vec *v = &cs->of[i];
        for (uint32_t k = 0; k + 1 < s->ntok; k++) {
            uint32_t id = at[s->tok0 + k];
            if (id == UINT32_MAX || cs->weight[id] <= 0) continue;
            pc_u32_push(v, id);
            if (ctx->query_terms && !boosted[id] &&
                (ctx->query_terms[t[k]] || ctx->query_terms[t[k + 1]])) {
                boosted[id] = 1;
                cs->weight[id] *= 1.0 + qw;
            }
        }
        v->n = pc_sort_unique_u32(v->v, v->n);
    }
    free(boosted);
    if (relevance_weight > 0 && ctx->query.n) weigh_by_relevance(ctx, cs, relevance_weight);
    free(df);
    free(last);
    free(lead);
    free(ids.slots);
    free(at);
}

void pc_concepts_free(pc_concepts *cs)
{
    for (size_t i = 0; i < cs->ncand; i++) free(cs->of[i].v);
    free(cs->of);
    free(cs->weight);
    memset(cs, 0, sizeof *cs);
}
