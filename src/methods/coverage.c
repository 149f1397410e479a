/*
 * coverage.c — the default method: bigram concept coverage.
 *
 * After Gillick & Favre (2009): a summary is good when it covers many of the
 * cluster's important concepts.  Concepts are adjacent stemmed word pairs
 * (not both stopwords); a concept's weight is the number of documents that
 * contain it, and only concepts found in at least `min_df` documents count
 * (3 for clusters of 10 or more documents, else 2).  With a query, concepts
 * containing a query word weigh (1 + query_weight) times as much.
 *
 * Selection is greedy: repeatedly add the sentence with the largest weight
 * of not-yet-covered concepts per square root of its length in words, times
 * its reading quality, until nothing more fits.  Covering a concept twice
 * earns nothing, so redundancy is controlled by the objective itself.
 *
 * Time: O(T) to collect concepts (T tokens) plus O(k * C) for k selected
 * sentences over C candidate concept lists.
 */
#include "../method.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    pc_map ids;           /* 8-byte (a, b) -> concept id */
    uint32_t *df, *last;
    size_t n, cap, caplast;
} concepts_t;

static uint32_t concept_id(concepts_t *cs, uint32_t a, uint32_t b)
{
    uint32_t key[2] = {a, b};
    int added = 0;
    uint32_t *slot = pc_map_put(&cs->ids, (const char *)key, sizeof key, (uint32_t)cs->n, &added);
    if (added) {
        PC_GROW(cs->df, cs->cap, cs->n + 1);
        PC_GROW(cs->last, cs->caplast, cs->n + 1);
        cs->df[cs->n] = 0;
        cs->last[cs->n] = 0;
        cs->n++;
    }
    return *slot;
}

/* Concept ids of sentence s, with repeats, into out. */
static void each_concept(concepts_t *cs, const precis_cluster *c, const pc_sent *s,
                         pc_u32vec *out)
{
    out->n = 0;
    const uint32_t *t = c->toks + s->tok0;
    for (uint32_t k = 0; k + 1 < s->ntok; k++) {
        if (c->terms[t[k]].stop && c->terms[t[k + 1]].stop) continue;
        pc_u32_push(out, concept_id(cs, t[k], t[k + 1]));
    }
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int coverage_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    precis_cluster *c = ctx->c;
    concepts_t cs = {0};
    pc_u32vec tmp = {0};
    /* document frequency of every concept, over all sentences kept */
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->removed) continue;
        each_concept(&cs, c, s, &tmp);
        for (size_t k = 0; k < tmp.n; k++)
            if (cs.last[tmp.v[k]] != s->doc + 1) {
                cs.last[tmp.v[k]] = s->doc + 1;
                cs.df[tmp.v[k]]++;
            }
    }
    uint32_t min_df = c->ndocs >= 10 ? 3 : c->ndocs >= 2 ? 2 : 1;
    double *weight = pc_xcalloc(cs.n ? cs.n : 1, sizeof *weight);
    for (size_t k = 0; k < cs.n; k++) weight[k] = cs.df[k] >= min_df ? cs.df[k] : 0;
    /* each candidate's distinct concepts; query words raise weights */
    pc_u32vec *cc = pc_xcalloc(ctx->ncand ? ctx->ncand : 1, sizeof *cc);
    uint8_t *boosted = pc_xcalloc(cs.n ? cs.n : 1, 1);
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        const uint32_t *t = c->toks + s->tok0;
        for (uint32_t k = 0; k + 1 < s->ntok; k++) {
            if (c->terms[t[k]].stop && c->terms[t[k + 1]].stop) continue;
            uint32_t id = concept_id(&cs, t[k], t[k + 1]);
            if (id < cs.n && weight[id] > 0) pc_u32_push(&cc[i], id);
            if (ctx->query_terms && id < cs.n && !boosted[id] &&
                (ctx->query_terms[t[k]] || ctx->query_terms[t[k + 1]])) {
                boosted[id] = 1;
                weight[id] *= 1.0 + ctx->query_weight;
            }
        }
        if (cc[i].n) qsort(cc[i].v, cc[i].n, sizeof *cc[i].v, cmp_u32);
        size_t j = 0;
        for (size_t k = 0; k < cc[i].n; k++)
            if (!j || cc[i].v[j - 1] != cc[i].v[k]) cc[i].v[j++] = cc[i].v[k];
        cc[i].n = j;
    }
    uint8_t *covered = pc_xcalloc(cs.n ? cs.n : 1, 1);
    uint8_t *taken = pc_xcalloc(ctx->ncand ? ctx->ncand : 1, 1);
    pc_used used = {0};
    for (size_t i = 0; i < ctx->ncand; i++) {
        double g = 0;
        for (size_t k = 0; k < cc[i].n; k++) g += weight[cc[i].v[k]];
        scores[i] = g * ctx->quality[i] / sqrt((double)c->sents[ctx->cand[i]].nwords + 1);
    }
    for (;;) {
        size_t best = SIZE_MAX;
        double bestv = 0;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (taken[i] || !pc_fits(ctx, &used, i)) continue;
            double g = 0;
            for (size_t k = 0; k < cc[i].n; k++)
                if (!covered[cc[i].v[k]]) g += weight[cc[i].v[k]];
            double v = g * ctx->quality[i] / sqrt((double)c->sents[ctx->cand[i]].nwords + 1);
            if (v > bestv) bestv = v, best = i;
        }
        if (best == SIZE_MAX) break;
        taken[best] = 1;
        pc_u32_push(chosen, (uint32_t)best);
        pc_use(ctx, &used, best);
        for (size_t k = 0; k < cc[best].n; k++) covered[cc[best].v[k]] = 1;
    }
    for (size_t i = 0; i < ctx->ncand; i++) free(cc[i].v);
    free(cc);
    free(covered);
    free(taken);
    free(boosted);
    free(weight);
    free(tmp.v);
    free(cs.df);
    free(cs.last);
    pc_map_free(&cs.ids);
    return 0;
}

const pc_method pc_method_coverage = {
    "coverage",
    "bigram concept coverage, greedy (Gillick & Favre 2009); the default",
    NULL,
    coverage_select,
};
