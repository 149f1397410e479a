/*
 * ilp.c — concept coverage solved exactly (Gillick & Favre 2009, the ICSI
 * summarizer at TAC).
 *
 *   maximise   sum_i w_i c_i
 *   subject to sum_j l_j s_j <= L            (the budget: words, bytes, sentences)
 *              s_j <= c_i    for concept i in sentence j
 *              sum_{j has i} s_j >= c_i
 *              c_i, s_j in {0, 1}
 *
 * Concepts and weights come from concepts.c.  GLPK's branch-and-cut
 * (libglpk) solves it under a time limit (`time_limit_ms`); when it stops
 * without an optimum, or the problem is larger than `max_concepts`, the
 * greedy selection of coverage.c is used instead and the summary's note says
 * so (precis_summary_note, "method_note" in JSON).
 *
 * Time: exponential in the worst case, bounded by the time limit; in
 * practice milliseconds for a 25-article cluster.
 */
#include "concepts.h"

#include <glpk.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pc_coverage_greedy(pc_ctx *ctx, pc_u32vec *chosen, double *scores);

static const precis_param params[] = {
    {"min_df", 0, "documents a concept must occur in (0: 3 for 10+ documents, else 2)"},
    {"lead_sentences", 2, "sentences at the start of an article whose concepts get lead_bonus"},
    {"lead_bonus", 0.5, "extra weight (fraction) of concepts seen in an article's lead"},
    {"length_power", 0.5, "greedy fallback: gain is divided by (sentence length)^length_power"},
    {"max_candidates", 80, "only the candidates with the most concept weight per word enter the ILP"},
    {"mip_gap", 0, "stop when the solution is within this relative gap of the optimum"},
    {"query_sentence_weight", 0, "with --query: a sentence adds this * relevance / max relevance * its concept weight to the objective"},
    {"time_limit_ms", 2000, "GLPK time limit; then the greedy solution is used"},
    {"max_concepts", 20000, "larger problems go straight to the greedy solution"},
    {NULL, 0, NULL}};

static double length_of(const pc_ctx *ctx, size_t i)
{
    const pc_sent *s = &ctx->c->sents[ctx->cand[i]];
    switch (ctx->opt->budget_unit) {
    case PRECIS_SENTENCES: return 1;
    case PRECIS_BYTES: return (double)strlen(s->text) + 1; /* with its separator */
    default: return s->nwords;
    }
}

static int silent(void *info, const char *s)
{
    (void)info, (void)s;
    return 1;
}

/* Keep only the max_candidates candidates with the most concept weight per
 * square root of length (their concept lists are emptied otherwise): the
 * ILP stays small and fast, and the optimum rarely uses the others. */
static void prune(pc_ctx *ctx, pc_concepts *cs)
{
    size_t keep = (size_t)pc_param(ctx, "max_candidates");
    if (!keep || ctx->ncand <= keep) return;
    double *density = pc_xmalloc(ctx->ncand * sizeof *density);
    for (size_t i = 0; i < ctx->ncand; i++) {
        double g = 0;
        for (size_t k = 0; k < cs->of[i].n; k++) g += cs->weight[cs->of[i].v[k]];
        density[i] = g * ctx->quality[i] / sqrt((double)ctx->c->sents[ctx->cand[i]].nwords + 1);
    }
    uint32_t *order = pc_rank_desc(density, ctx->ncand);
    for (size_t k = keep; k < ctx->ncand; k++) cs->of[order[k]].n = 0;
    free(order);
    free(density);
}

static int ilp_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    pc_concepts cs;
    pc_concepts_build(ctx, &cs);
    prune(ctx, &cs);
    /* only concepts some candidate has */
    int *col_of = pc_xmalloc((cs.n ? cs.n : 1) * sizeof *col_of);
    for (size_t k = 0; k < cs.n; k++) col_of[k] = 0;
    size_t used_concepts = 0, occ = 0;
    for (size_t j = 0; j < ctx->ncand; j++)
        for (size_t k = 0; k < cs.of[j].n; k++) {
            if (!col_of[cs.of[j].v[k]]) col_of[cs.of[j].v[k]] = (int)++used_concepts;
            occ++;
        }
    for (size_t i = 0; i < ctx->ncand; i++) {
        double g = 0;
        for (size_t k = 0; k < cs.of[i].n; k++) g += cs.weight[cs.of[i].v[k]];
        scores[i] = g;
    }
    int ok = 0;
    double limit = (double)ctx->opt->budget;
    if (ctx->opt->budget_unit == PRECIS_BYTES) limit += 1; /* n sentences, n - 1 separators */
    if (used_concepts && used_concepts <= (size_t)pc_param(ctx, "max_concepts")) {
        glp_term_hook(silent, NULL);
        glp_prob *lp = glp_create_prob();
        glp_set_obj_dir(lp, GLP_MAX);
        size_t ns = ctx->ncand, nc = used_concepts;
        /* columns: sentences 1..ns, concepts ns+1..ns+nc */
        glp_add_cols(lp, (int)(ns + nc));
        const double *rel = ctx->query.n ? pc_query_relevance(ctx) : NULL;
        double qsw = pc_param(ctx, "query_sentence_weight"), maxrel = 0;
        for (size_t j = 0; rel && j < ns; j++)
            if (rel[j] > maxrel) maxrel = rel[j];
        for (size_t j = 0; j < ns; j++) {
            glp_set_col_kind(lp, (int)j + 1, GLP_BV);
            if (!cs.of[j].n) glp_set_col_bnds(lp, (int)j + 1, GLP_FX, 0, 0);
            else if (rel && maxrel > 0 && qsw > 0) /* relevance, in units of the sentence's own concept weight */
                glp_set_obj_coef(lp, (int)j + 1, qsw * rel[j] / maxrel * scores[j] * ctx->quality[j]);
        }
        for (size_t k = 0; k < cs.n; k++)
            if (col_of[k]) {
                int col = (int)ns + col_of[k];
                glp_set_col_kind(lp, col, GLP_BV);
                glp_set_obj_coef(lp, col, cs.weight[k]);
            }
        /* rows: budget, occ rows s_j - c_i <= 0, nc rows sum s_j - c_i >= 0 */
        size_t nrows = 1 + occ + nc;
        glp_add_rows(lp, (int)nrows);
        size_t nz = ns + 2 * occ + occ + nc;
        int *ia = pc_xmalloc((nz + 1) * sizeof *ia), *ja = pc_xmalloc((nz + 1) * sizeof *ja);
        double *ar = pc_xmalloc((nz + 1) * sizeof *ar);
        size_t e = 0;
        glp_set_row_bnds(lp, 1, GLP_UP, 0, limit);
        for (size_t j = 0; j < ns; j++) ++e, ia[e] = 1, ja[e] = (int)j + 1, ar[e] = length_of(ctx, j);
        int row = 1;
        for (size_t j = 0; j < ns; j++)
            for (size_t k = 0; k < cs.of[j].n; k++) {
                ++row;
                glp_set_row_bnds(lp, row, GLP_UP, 0, 0);
                ++e, ia[e] = row, ja[e] = (int)j + 1, ar[e] = 1;
                ++e, ia[e] = row, ja[e] = (int)ns + col_of[cs.of[j].v[k]], ar[e] = -1;
            }
        int cover0 = row;
        for (size_t k = 0; k < nc; k++) glp_set_row_bnds(lp, cover0 + 1 + (int)k, GLP_LO, 0, 0);
        for (size_t k = 0; k < cs.n; k++)
            if (col_of[k]) ++e, ia[e] = cover0 + col_of[k], ja[e] = (int)ns + col_of[k], ar[e] = -1;
        for (size_t j = 0; j < ns; j++)
            for (size_t k = 0; k < cs.of[j].n; k++)
                ++e, ia[e] = cover0 + col_of[cs.of[j].v[k]], ja[e] = (int)j + 1, ar[e] = 1;
        glp_load_matrix(lp, (int)e, ia, ja, ar);
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.msg_lev = GLP_MSG_OFF;
        parm.tm_lim = (int)pc_param(ctx, "time_limit_ms");
        parm.mip_gap = pc_param(ctx, "mip_gap");
        int rc = glp_intopt(lp, &parm);
        int status = glp_mip_status(lp);
        if (rc == 0 && status == GLP_OPT) {
            pc_used used = {0};
            for (size_t j = 0; j < ns; j++)
                if (glp_mip_col_val(lp, (int)j + 1) > 0.5 && pc_fits(ctx, &used, j)) {
                    pc_u32_push(chosen, (uint32_t)j);
                    pc_use(ctx, &used, j);
                }
            ok = 1;
            snprintf(ctx->note, sizeof ctx->note, "optimal (GLPK), objective %.0f, %zu concepts",
                     glp_mip_obj_val(lp), nc);
        } else {
            snprintf(ctx->note, sizeof ctx->note,
                     "GLPK stopped without an optimum (%s): greedy solution used",
                     rc == GLP_ETMLIM ? "time limit" : "solver status");
        }
        free(ia);
        free(ja);
        free(ar);
        glp_delete_prob(lp);
        /* GLPK keeps an environment per thread; free it so worker threads
         * (precis batch) leave nothing behind */
        glp_free_env();
    } else if (used_concepts) {
        snprintf(ctx->note, sizeof ctx->note, "%zu concepts exceed max_concepts: greedy solution used",
                 used_concepts);
    }
    free(col_of);
    pc_concepts_free(&cs);
    if (!ok) {
        chosen->n = 0;
        pc_coverage_greedy(ctx, chosen, scores);
    }
    return 0;
}

const pc_method pc_method_ilp = {
    "ilp",
    "bigram concept coverage solved exactly with GLPK (Gillick & Favre 2009)",
    params,
    NULL,
    ilp_select,
};
