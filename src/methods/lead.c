/*
 * lead.c — the news baseline: the first sentences of each article, taken
 * round-robin from the newest article to the oldest (first sentences of all
 * articles, then second sentences, ...).
 */
#include "methods/method.h"

#include <stdlib.h>

typedef struct {
    long date;
    uint32_t doc;
} doc_key;

static int newer_first(const void *a, const void *b)
{
    const doc_key *x = a, *y = b;
    if (x->date != y->date) return x->date > y->date ? -1 : 1;
    return x->doc < y->doc ? -1 : x->doc > y->doc;
}

static int lead_score(pc_ctx *ctx, double *scores)
{
    const precis_cluster *c = ctx->c;
    size_t n = c->ndocs ? c->ndocs : 1;
    doc_key *keys = pc_xmalloc(n * sizeof *keys);
    uint32_t *rank = pc_xmalloc(n * sizeof *rank);
    for (size_t i = 0; i < c->ndocs; i++) {
        const precis_date *d = &c->docs[i].date;
        keys[i].date = d->year * 10000L + d->month * 100L + d->day;
        keys[i].doc = (uint32_t)i;
    }
    qsort(keys, c->ndocs, sizeof *keys, newer_first);
    for (size_t i = 0; i < c->ndocs; i++) rank[keys[i].doc] = (uint32_t)i;
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        scores[i] = -((double)s->idx * (double)c->ndocs + rank[s->doc]);
    }
    free(keys);
    free(rank);
    return 0;
}

const pc_method pc_method_lead = {
    "lead",
    "first sentences of each article, newest article first (the news baseline)",
    NULL,
    lead_score,
    NULL,
};
