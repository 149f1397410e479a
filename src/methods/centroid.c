/*
 * centroid.c — MEAD's centroid method (Radev et al. 2004).
 *
 * The centroid is the average TF-IDF vector of the cluster's documents, with
 * words below `centroid_min` (a tenth of the largest weight) dropped.  A
 * sentence scores   C + P + F :
 *   C  the sum of the centroid weights of its words,
 *   P  position: Cmax * (n - i) / n for the i-th of n sentences of its
 *      document (Cmax the largest C in that document),
 *   F  overlap with its document's first sentence (dot product of TF-IDF).
 * Selection takes the best sentences that are not too similar (cosine) to
 * one already chosen.  With a query, scores blend with query relevance
 * (pc_blend_query).
 *
 * Time: O(T) for the centroid and scores over T tokens, plus selection.
 */
#include "methods/method.h"

#include <math.h>
#include <stdlib.h>

static const precis_param params[] = {
    {"centroid_weight", 1, "weight of the centroid score C"},
    {"position_weight", 1, "weight of the position score P"},
    {"first_weight", 1, "weight of the first-sentence overlap F"},
    {"centroid_cutoff", 0.1, "centroid words below this fraction of the top weight are dropped"},
    {"query_weight", 0.5, "with --query: weight of query relevance against the score"},
    {NULL, 0, NULL}};

static int centroid_score(pc_ctx *ctx, double *scores)
{
    precis_cluster *c = ctx->c;
    double *cent = pc_xcalloc(c->nterms, sizeof *cent);
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->removed) continue;
        for (uint32_t k = 0; k < s->ntok; k++) {
            uint32_t t = c->toks[s->tok0 + k];
            if (!c->terms[t].stop) cent[t] += c->terms[t].idf;
        }
    }
    double maxw = 0;
    for (size_t t = 0; t < c->nterms; t++) {
        cent[t] /= (double)(c->ndocs ? c->ndocs : 1);
        if (cent[t] > maxw) maxw = cent[t];
    }
    for (size_t t = 0; t < c->nterms; t++)
        if (cent[t] < maxw * pc_param(ctx, "centroid_cutoff")) cent[t] = 0;
    double *C = pc_xcalloc(ctx->ncand, sizeof *C);
    double *cmax = pc_xcalloc(c->ndocs, sizeof *cmax);
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        for (uint32_t k = 0; k < s->ntok; k++) C[i] += cent[c->toks[s->tok0 + k]];
        if (C[i] > cmax[s->doc]) cmax[s->doc] = C[i];
    }
    pc_svec first = {0};
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        const pc_doc *d = &c->docs[s->doc];
        double n = (double)(d->nsent ? d->nsent : 1);
        double P = cmax[s->doc] * (n - s->idx) / n;
        const pc_sent *f = &c->sents[d->sent0];
        pc_svec_of(c, c->toks + f->tok0, f->ntok, &first);
        double F = pc_cosine(&ctx->vec[i], &first) * first.norm * ctx->vec[i].norm /
                   (first.norm + 1.0);
        scores[i] = (pc_param(ctx, "centroid_weight") * C[i] + pc_param(ctx, "position_weight") * P +
                     pc_param(ctx, "first_weight") * F) * ctx->quality[i];
    }
    pc_blend_query(ctx, scores);
    pc_svec_free(&first);
    free(C);
    free(cmax);
    free(cent);
    return 0;
}

const pc_method pc_method_centroid = {
    "centroid",
    "MEAD centroid + position + first-sentence overlap (Radev et al. 2004)",
    params,
    centroid_score,
    NULL,
};
