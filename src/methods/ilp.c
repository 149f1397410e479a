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
 * As solved, an equivalent and smaller problem (cover.c builds it): with
 * positive weights the rows s_j <= c_i never bind at the optimum (c_i takes
 * min(1, sum s_j) by itself), so they are left out and c_i may be
 * continuous; a concept only one candidate has is that sentence's own
 * objective; concepts held by the same candidates are one column.  Same
 * optimum, a fraction of the rows.  Before branching, cover.c's greedy
 * solution improved by local search is GLPK's first incumbent, and every
 * sentence whose LP reduced cost shows it cannot be in a better solution
 * leaves the problem (about half of the 80 on DUC 2006 clusters).
 *
 * With a query, concepts are weighted by the relevance of their sentences
 * (concepts.c, concept_relevance); the objective stays linear and exact.
 *
 * Concepts and weights come from concepts.c.  GLPK's branch-and-cut
 * (libglpk) solves it under a time limit (`time_limit_ms`); when it stops
 * without an optimum, or the problem is larger than `max_concepts`, the
 * greedy selection (cover.c) is used instead and the summary's note says
 * so (precis_summary_note, "method_note" in JSON).
 *
 * Time: exponential in the worst case, bounded by the time limit; about
 * 10 ms of LP and branch-and-bound for a 25-article DUC 2006 cluster, most
 * of it proving optimality (given the optimum as its first incumbent, GLPK
 * still takes ~6 ms).  The default method skips the proof and keeps
 * cover.c's local-search solution, within 0.24% of the optimum on average.
 */
#include "methods/cover.h"

#include <glpk.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const precis_param params[] = {
    {"min_df", 0, "documents a concept must occur in (0: 3 for 10+ documents, else 2)"},
    {"lead_sentences", 2, "sentences at the start of an article whose concepts get lead_bonus"},
    {"lead_bonus", 0.5, "extra weight (fraction) of concepts seen in an article's lead"},
    {"length_power", 0.5, "greedy fallback: gain is divided by (sentence length)^length_power"},
    {"max_candidates", 80, "only the candidates with the most concept weight per word enter the ILP"},
    {"mip_gap", 0, "stop when the solution is within this relative gap of the optimum"},
    {"concept_relevance", 5, "with --query: concepts weigh (1 + this * mean relevance of their sentences / max relevance)"},
    {"query_weight", 0, "with --query: concepts with a query word weigh (1 + this) times more"},
    {"query_sentence_weight", 5, "with --query, greedy fallback: gain times (1 + this * relevance / max relevance)"},
    {"time_limit_ms", 2000, "GLPK time limit; then the greedy solution is used"},
    {"max_concepts", 20000, "larger problems go straight to the greedy solution"},
    {"starts", 20, "the first solution: local searches from the greedy and from the greedy with each of the N best sentences forced in"},
    {NULL, 0, NULL}};

static int silent(void *info, const char *s)
{
    (void)info, (void)s;
    return 1;
}

/* A first feasible solution for branch-and-bound to prune against:
 * cover.c's local-search solution, given to GLPK once. */
typedef struct {
    double *x;       /* 1-based column values, as GLPK wants them */
    int given;
} incumbent;

static void give_incumbent(glp_tree *tree, void *info)
{
    incumbent *in = info;
    if (glp_ios_reason(tree) == GLP_IHEUR && !in->given) {
        in->given = 1;
        glp_ios_heur_sol(tree, in->x);
    }
}

/* The problem as GLPK gets it: sentences as binary columns 1..ns, then the
 * concept columns. */
static glp_prob *problem_lp(const pc_cover *p, double limit)
{
    size_t ns = p->ns, nc = p->nc, occ = 0;
    for (size_t c = 0; c < nc; c++) occ += p->cols[c].n;
    glp_prob *lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    /* columns: sentences 1..ns (binary), concepts ns+1..ns+nc (0..1:
     * integral at any integral s, since their weights are positive) */
    glp_add_cols(lp, (int)(ns + nc));
    for (size_t q = 0; q < ns; q++) {
        glp_set_col_kind(lp, (int)q + 1, GLP_BV);
        glp_set_obj_coef(lp, (int)q + 1, p->obj[q]);
    }
    for (size_t c = 0; c < nc; c++) {
        glp_set_col_bnds(lp, (int)(ns + c) + 1, GLP_DB, 0, 1);
        glp_set_obj_coef(lp, (int)(ns + c) + 1, p->cols[c].weight);
    }
    /* rows: the budget; per concept column, c - sum of its sentences <= 0 */
    glp_add_rows(lp, (int)(1 + nc));
    size_t nz = ns + nc + occ;
    int *ia = pc_xmalloc((nz + 1) * sizeof *ia), *ja = pc_xmalloc((nz + 1) * sizeof *ja);
    double *ar = pc_xmalloc((nz + 1) * sizeof *ar);
    size_t e = 0;
    glp_set_row_bnds(lp, 1, GLP_UP, 0, limit);
    for (size_t q = 0; q < ns; q++) ++e, ia[e] = 1, ja[e] = (int)q + 1, ar[e] = p->cost[q];
    for (size_t c = 0; c < nc; c++) {
        int row = 2 + (int)c;
        glp_set_row_bnds(lp, row, GLP_UP, 0, 0);
        ++e, ia[e] = row, ja[e] = (int)(ns + c) + 1, ar[e] = 1;
        for (uint32_t k = 0; k < p->cols[c].n; k++)
            ++e, ia[e] = row, ja[e] = (int)p->cols[c].sents[k] + 1, ar[e] = -1;
    }
    glp_load_matrix(lp, (int)e, ia, ja, ar);
    free(ia);
    free(ja);
    free(ar);
    return lp;
}

/* Reduced-cost elimination: a sentence at 0 in the LP optimum z whose
 * reduced cost d makes z + d fall below a known solution's value can be in
 * no better solution, so it leaves the problem (its concept list is
 * emptied).  Exact, and it usually halves the candidates GLPK branches on.
 * Returns how many left. */
static size_t eliminate(glp_prob *lp, const pc_cover *p, pc_concepts *cs, double known)
{
    double z = glp_get_obj_val(lp);
    size_t n = 0;
    for (size_t q = 0; q < p->ns; q++)
        if (glp_get_col_stat(lp, (int)q + 1) == GLP_NL &&
            z + glp_get_col_dual(lp, (int)q + 1) < known - 1e-6 * (1 + fabs(known))) {
            cs->of[p->kc[q]].n = 0;
            n++;
        }
    return n;
}

int pc_cover_ilp(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    pc_concepts cs;
    size_t used_concepts = pc_cover_concepts(ctx, &cs, scores);
    int ok = 0;
    double limit = pc_cost_limit(ctx);
    if (used_concepts && used_concepts <= (size_t)pc_param(ctx, "max_concepts")) {
        glp_term_hook(silent, NULL);
        glp_smcp smcp;
        glp_init_smcp(&smcp);
        smcp.msg_lev = GLP_MSG_OFF;
        smcp.tm_lim = (int)pc_param(ctx, "time_limit_ms");
        pc_cover p;
        pc_cover_build(ctx, &cs, &p);
        /* a good solution first (greedy, then local search): it is GLPK's
         * first incumbent and what reduced-cost elimination compares with */
        double *x = pc_xmalloc((p.ns + p.nc + 1) * sizeof *x);
        pc_cover_search(&p, limit, (size_t)pc_param(ctx, "starts"), x);
        double known = pc_cover_value(&p, x);
        glp_prob *lp = problem_lp(&p, limit);
        int rc = glp_simplex(lp, &smcp);
        if (rc == 0 && glp_get_status(lp) == GLP_OPT && eliminate(lp, &p, &cs, known)) {
            /* the smaller problem, and the same solution on its columns */
            uint8_t *in = pc_xcalloc(ctx->ncand, 1);
            for (size_t q = 0; q < p.ns; q++) in[p.kc[q]] = x[q + 1] > 0.5;
            glp_delete_prob(lp);
            pc_cover_free(&p);
            pc_cover_build(ctx, &cs, &p);
            free(x);
            x = pc_xcalloc(p.ns + p.nc + 1, sizeof(double));
            for (size_t q = 0; q < p.ns; q++)
                if (in[p.kc[q]]) x[q + 1] = 1;
            for (size_t c = 0; c < p.nc; c++)
                for (uint32_t k = 0; k < p.cols[c].n; k++)
                    if (x[p.cols[c].sents[k] + 1] > 0.5) x[p.ns + c + 1] = 1;
            free(in);
            lp = problem_lp(&p, limit);
            rc = glp_simplex(lp, &smcp);
        }
        glp_iocp parm;
        glp_init_iocp(&parm);
        /* branch-and-bound from the LP basis; GLPK's MIP presolver and
         * preprocessing find nothing to remove here */
        parm.presolve = GLP_OFF;
        parm.pp_tech = GLP_PP_NONE;
        parm.msg_lev = GLP_MSG_OFF;
        parm.tm_lim = smcp.tm_lim;
        parm.mip_gap = pc_param(ctx, "mip_gap");
        parm.mir_cuts = GLP_ON;  /* mixed-integer rounding cuts: a third less search on DUC */
        incumbent start = {x, 0};
        parm.cb_func = give_incumbent;
        parm.cb_info = &start;
        if (rc == 0 && glp_get_status(lp) == GLP_OPT) rc = glp_intopt(lp, &parm);
        else if (rc == 0) rc = GLP_EFAIL;
        free(x);
        int status = glp_mip_status(lp);
        if (rc == 0 && status == GLP_OPT) {
            double *sol = pc_xmalloc((p.ns + p.nc + 1) * sizeof *sol);
            for (size_t q = 0; q < p.ns; q++) sol[q + 1] = glp_mip_col_val(lp, (int)q + 1);
            pc_cover_take(ctx, &p, sol, chosen);
            free(sol);
            ok = 1;
            snprintf(ctx->note, sizeof ctx->note, "optimal (GLPK), objective %.2f, %zu concepts",
                     glp_mip_obj_val(lp), used_concepts);
        } else {
            snprintf(ctx->note, sizeof ctx->note,
                     "GLPK stopped without an optimum (%s): greedy solution used",
                     rc == GLP_ETMLIM ? "time limit" : "solver status");
        }
        pc_cover_free(&p);
        glp_delete_prob(lp);
        /* GLPK keeps an environment per thread; free it so worker threads
         * (precis batch) leave nothing behind */
        glp_free_env();
    } else if (used_concepts) {
        snprintf(ctx->note, sizeof ctx->note, "%zu concepts exceed max_concepts: greedy solution used",
                 used_concepts);
    }
    pc_concepts_free(&cs);
    if (!ok) {
        chosen->n = 0;
        pc_cover_greedy(ctx, chosen, scores);
    }
    return 0;
}

const pc_method pc_method_ilp = {
    "ilp",
    "bigram concept coverage solved exactly with GLPK (Gillick & Favre 2009)",
    params,
    NULL,
    pc_cover_ilp,
};
