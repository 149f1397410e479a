/*
 * order.c — the reading order of a summary: the chosen sentences by their
 * document's date (when every chosen sentence's document has one), then by
 * document, then by position in it (--order date, the default); or by the
 * method's score (--order score).
 *
 * In the flow: after the method has chosen (methods/, select.c) and before
 * the summary is assembled (summary.c).
 */
#include "methods/method.h"

#include <stdlib.h>

static long date_key(const precis_date *d)
{
    return d->year * 10000L + d->month * 100L + d->day;
}

typedef struct {
    long date;
    uint32_t doc, idx, cand;
    double score;
} order_key;

static int by_date(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->date != y->date) return x->date < y->date ? -1 : 1;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int by_score(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    return by_date(a, b);
}

void pc_order(pc_ctx *ctx, const double *scores, pc_u32vec *chosen)
{
    const precis_cluster *c = ctx->c;
    order_key *k = pc_xmalloc(chosen->n * sizeof *k);
    int all_dated = 1;
    for (size_t i = 0; i < chosen->n; i++)
        if (!c->docs[c->sents[ctx->cand[chosen->v[i]]].doc].date.year) all_dated = 0;
    for (size_t i = 0; i < chosen->n; i++) {
        const pc_sent *s = &c->sents[ctx->cand[chosen->v[i]]];
        k[i].date = all_dated ? date_key(&c->docs[s->doc].date) : 0;
        k[i].doc = s->doc;
        k[i].idx = s->idx;
        k[i].cand = chosen->v[i];
        k[i].score = scores[chosen->v[i]];
    }
    qsort(k, chosen->n, sizeof *k, ctx->opt->order == PRECIS_ORDER_SCORE ? by_score : by_date);
    for (size_t i = 0; i < chosen->n; i++) chosen->v[i] = k[i].cand;
    free(k);
}
