/*
 * candidates.c — which sentences a method may choose, and what it sees of
 * them: the context (pc_ctx, methods/method.h) every method reads.
 *
 * A sentence is a candidate when it survived cleaning, is the representative
 * of its near-duplicate group (analyze.c) and reads well alone (pc_quality >
 * 0); it carries the number of documents its group appears in (its
 * support) and its TF-IDF vector.  With a query, the query's vector and its
 * content words are added, less the instruction words of topic statements.
 *
 * In the flow: after analysis (analyze.c), before the method (methods/).
 * Time O(s) for s sentences, O(s log s) when more than PC_MAX_CANDIDATES
 * must be cut down.
 */
#include "methods/method.h"

#include <stdlib.h>
#include <string.h>

/* Methods compare candidates pairwise (similarity matrices, O(n^2) time and
 * memory); past this many candidates only the most salient are kept, so a
 * cluster of 10,000 articles costs what 2,000 sentences cost. */
#define PC_MAX_CANDIDATES 2000

/* Keep the PC_MAX_CANDIDATES most salient candidates, in their order.
 * Salience, cheap and method-neutral: pc_salience times the reading
 * quality, doubled for an article's first three sentences. */
static void cap_candidates(pc_ctx *ctx)
{
    if (ctx->ncand <= PC_MAX_CANDIDATES) return;
    const precis_cluster *c = ctx->c;
    double *sal = pc_xmalloc(ctx->ncand * sizeof *sal);
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        sal[i] = pc_salience(c, s) * ctx->quality[i] * (s->idx < 3 ? 2 : 1);
    }
    uint32_t *order = pc_rank_desc(sal, ctx->ncand);
    uint8_t *keep = pc_xcalloc(ctx->ncand, 1);
    for (size_t k = 0; k < PC_MAX_CANDIDATES; k++) keep[order[k]] = 1;
    size_t j = 0;
    for (size_t i = 0; i < ctx->ncand; i++)
        if (keep[i]) {
            ctx->cand[j] = ctx->cand[i];
            ctx->quality[j] = ctx->quality[i];
            ctx->support[j] = ctx->support[i];
            j++;
        }
    ctx->ncand = j;
    free(keep);
    free(order);
    free(sal);
}

/* Words that topic statements use to ask, not to say what they are about
 * ("Discuss ... Include information regarding ..."): not query terms. */
static int instruction_word(const char *stem)
{
    static const char *const words[] = {"discuss", "describ", "includ", "identifi", "explain",
                                        "specifi", "mention", "list", "give", "provid",
                                        "inform", "detail", "regard", "concern", "aspect",
                                        "question", "answer", "summar", "report", NULL};
    for (const char *const *w = words; *w; w++)
        if (strcmp(stem, *w) == 0) return 1;
    return 0;
}

static void set_query(pc_ctx *ctx, const char *q)
{
    precis_cluster *c = ctx->c;
    size_t before = c->nterms;
    pc_u32vec toks = {0};
    pc_tokenize(c, q, strlen(q), &toks);
    for (size_t t = before; t < c->nterms; t++) pc_term_set_idf(c, t);
    /* the query's words, less the instructions of topic statements */
    size_t k2 = 0;
    for (size_t k = 0; k < toks.n; k++)
        if (!instruction_word(c->terms[toks.v[k]].stem)) toks.v[k2++] = toks.v[k];
    toks.n = k2;
    pc_svec_of(c, toks.v, toks.n, &ctx->query);
    ctx->query_terms = pc_xcalloc(c->nterms, 1);
    size_t content = 0, present = 0;
    for (size_t k = 0; k < toks.n; k++)
        if (!c->terms[toks.v[k]].stop) {
            ctx->query_terms[toks.v[k]] = 1;
            content++;
            /* terms made by this query (id >= before) occur nowhere in the cluster */
            if (toks.v[k] < before && c->terms[toks.v[k]].tf > 0) present++;
        }
    /* a query of stopwords alone, or of words the cluster lacks, cannot focus
     * the summary: the caller warns (precis_summary_warning) */
    ctx->query_unmatched = present == 0;
    (void)content;
    free(toks.v);
}

void pc_candidates(pc_ctx *ctx, precis_cluster *c, const precis_options *opt, const pc_method *m)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->c = c;
    ctx->opt = opt;
    ctx->method = m;
    ctx->cand = pc_xmalloc(c->nsents * sizeof *ctx->cand);
    ctx->quality = pc_xmalloc(c->nsents * sizeof *ctx->quality);
    ctx->support = pc_xcalloc(c->nsents, sizeof *ctx->support);
    uint32_t *group_docs = pc_xcalloc(c->nsents, sizeof *group_docs);
    uint32_t *last_doc = pc_xcalloc(c->nsents, sizeof *last_doc);
    for (size_t i = 0; i < c->nsents; i++) { /* documents per group (sentences are in document order) */
        const pc_sent *s = &c->sents[i];
        if (s->removed || last_doc[s->group] == s->doc + 1) continue;
        last_doc[s->group] = s->doc + 1;
        group_docs[s->group]++;
    }
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->removed || s->group != i) continue;
        float q = pc_quality(s);
        if (q <= 0) continue;
        ctx->quality[ctx->ncand] = q;
        ctx->support[ctx->ncand] = group_docs[i] ? group_docs[i] : 1;
        ctx->cand[ctx->ncand++] = (uint32_t)i;
    }
    free(group_docs);
    free(last_doc);
    cap_candidates(ctx);
    ctx->vec = pc_xcalloc(ctx->ncand, sizeof *ctx->vec);
    for (size_t i = 0; i < ctx->ncand; i++) {
        const pc_sent *s = &c->sents[ctx->cand[i]];
        pc_svec_of(c, c->toks + s->tok0, s->ntok, &ctx->vec[i]);
    }
    if (opt->query && *opt->query) set_query(ctx, opt->query);
    ctx->query_weight = pc_param(ctx, "query_weight");
}

void pc_ctx_free(pc_ctx *ctx)
{
    for (size_t i = 0; i < ctx->ncand; i++) pc_svec_free(&ctx->vec[i]);
    pc_svec_free(&ctx->query);
    free(ctx->vec);
    free(ctx->sim);
    free(ctx->qrel);
    free(ctx->query_terms);
    free(ctx->cand);
    free(ctx->quality);
    free(ctx->support);
}
