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
 * As solved, an equivalent and smaller problem: with positive weights the
 * rows s_j <= c_i never bind at the optimum (c_i takes min(1, sum s_j) by
 * itself), so they are left out and c_i may be continuous; a concept only
 * one candidate has is that sentence's own objective; concepts held by the
 * same candidates are one column.  Same optimum, a fraction of the rows.
 * Before branching, a greedy solution improved by local search (add, swap
 * one for one, swap one for two) is GLPK's first incumbent, and every
 * sentence whose LP reduced cost shows it cannot be in a better solution
 * leaves the problem (about half of the 80 on DUC 2006 clusters).
 *
 * With a query, concepts are weighted by the relevance of their sentences
 * (concepts.c, concept_relevance); the objective stays linear and exact.
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
    {"concept_relevance", 5, "with --query: concepts weigh (1 + this * mean relevance of their sentences / max relevance)"},
    {"query_weight", 0, "with --query: concepts with a query word weigh (1 + this) times more"},
    {"query_sentence_weight", 5, "with --query, greedy fallback: gain times (1 + this * relevance / max relevance)"},
    {"time_limit_ms", 2000, "GLPK time limit; then the greedy solution is used"},
    {"max_concepts", 20000, "larger problems go straight to the greedy solution"},
    {NULL, 0, NULL}};

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

/* A concept as the ILP sees it: the candidates that have it (sorted). */
typedef struct {
    uint32_t *sents;
    uint32_t n;
    double weight;
} column;

static int cmp_column(const void *a, const void *b)
{
    const column *x = a, *y = b;
    if (x->n != y->n) return x->n < y->n ? -1 : 1;
    for (uint32_t k = 0; k < x->n; k++)
        if (x->sents[k] != y->sents[k]) return x->sents[k] < y->sents[k] ? -1 : 1;
    return 0;
}

/* The concepts of the pruned candidates, as columns: a concept only one
 * candidate has is folded into that sentence's objective (c_i <= s_j makes
 * them the same variable), and concepts held by the same set of candidates
 * are merged into one column with their summed weight.  The optimum is that
 * of the paper's ILP; the problem is several times smaller. */
static size_t concept_columns(const pc_ctx *ctx, const pc_concepts *cs, double *sent_obj,
                              column **out)
{
    uint32_t *count = pc_xcalloc(cs->n ? cs->n : 1, sizeof *count);
    for (size_t j = 0; j < ctx->ncand; j++)
        for (size_t k = 0; k < cs->of[j].n; k++) count[cs->of[j].v[k]]++;
    column *cols = pc_xcalloc(cs->n ? cs->n : 1, sizeof *cols);
    uint32_t *slot = pc_xcalloc(cs->n ? cs->n : 1, sizeof *slot);
    size_t n = 0;
    for (size_t i = 0; i < cs->n; i++)
        if (count[i] > 1) {
            slot[i] = (uint32_t)n;
            cols[n].sents = pc_xmalloc(count[i] * sizeof *cols[n].sents);
            cols[n].weight = cs->weight[i];
            n++;
        }
    for (size_t j = 0; j < ctx->ncand; j++)  /* j ascending: lists come out sorted */
        for (size_t k = 0; k < cs->of[j].n; k++) {
            uint32_t i = cs->of[j].v[k];
            if (count[i] == 1) sent_obj[j] += cs->weight[i];
            else if (!cols[slot[i]].n || cols[slot[i]].sents[cols[slot[i]].n - 1] != j)
                cols[slot[i]].sents[cols[slot[i]].n++] = (uint32_t)j;
        }
    /* a concept twice in one sentence and nowhere else is a singleton after all */
    size_t m = 0;
    for (size_t c = 0; c < n; c++) {
        if (cols[c].n == 1) {
            sent_obj[cols[c].sents[0]] += cols[c].weight;
            free(cols[c].sents);
        } else
            cols[m++] = cols[c];
    }
    n = m;
    if (n) qsort(cols, n, sizeof *cols, cmp_column);  /* ties keep no order, weights are summed */
    m = 0;
    for (size_t c = 0; c < n; c++) {
        if (m && cmp_column(&cols[m - 1], &cols[c]) == 0) {
            cols[m - 1].weight += cols[c].weight;
            free(cols[c].sents);
        } else
            cols[m++] = cols[c];
    }
    free(count);
    free(slot);
    *out = cols;
    return m;
}

/* A first feasible solution for branch-and-bound to prune against: greedy
 * by uncovered weight per square root of length, on the ILP's own terms. */
typedef struct {
    double *x;       /* 1-based column values, as GLPK wants them */
    int given;
} incumbent;

/* Local search from the greedy solution: while some move raises the
 * objective, make the best one — add a sentence, swap one in for one out,
 * or swap one out for two in.  Moves never leave the budget. */
static double gain_of(uint32_t j, const double *obj, const column *cols, const uint32_t *deg,
                      const uint32_t *adj, const uint32_t *cnt)
{
    double g = obj[j];
    for (uint32_t k = deg[j]; k < deg[j + 1]; k++)
        if (!cnt[adj[k]]) g += cols[adj[k]].weight;
    return g;
}

static void improve(const pc_ctx *ctx, const uint32_t *kc, size_t ns, const double *obj,
                    const column *cols, size_t nc, const uint32_t *deg, const uint32_t *adj,
                    double limit, double *x)
{
    uint32_t *cnt = pc_xcalloc(nc ? nc : 1, sizeof *cnt);
    double *len = pc_xmalloc((ns ? ns : 1) * sizeof *len), used = 0;
    for (size_t j = 0; j < ns; j++) {
        len[j] = pc_cost(ctx, kc[j]);
        if (x[j + 1] > 0.5) {
            used += len[j];
            for (uint32_t k = deg[j]; k < deg[j + 1]; k++) cnt[adj[k]]++;
        }
    }
    const double eps = 1e-9;
    for (int round = 0; round < 100; round++) {
        double bestd = eps;
        long bo = -1, b1 = -1, b2 = -1;
        for (size_t k = 0; k < ns; k++)  /* add */
            if (x[k + 1] < 0.5 && used + len[k] <= limit) {
                double d = gain_of((uint32_t)k, obj, cols, deg, adj, cnt);
                if (d > bestd) bestd = d, bo = -1, b1 = (long)k, b2 = -1;
            }
        for (size_t o = 0; o < ns; o++) {
            if (x[o + 1] < 0.5) continue;
            for (uint32_t k = deg[o]; k < deg[o + 1]; k++) cnt[adj[k]]--;
            double loss = gain_of((uint32_t)o, obj, cols, deg, adj, cnt);
            double room = limit - used + len[o];
            for (size_t a = 0; a < ns; a++) {
                if (x[a + 1] > 0.5 || a == o || len[a] > room) continue;
                double ga = gain_of((uint32_t)a, obj, cols, deg, adj, cnt);
                if (ga - loss > bestd) bestd = ga - loss, bo = (long)o, b1 = (long)a, b2 = -1;
                if (ga <= 0) continue;
                for (uint32_t k = deg[a]; k < deg[a + 1]; k++) cnt[adj[k]]++;
                for (size_t b = a + 1; b < ns; b++) {
                    if (x[b + 1] > 0.5 || b == o || len[a] + len[b] > room) continue;
                    double d = ga + gain_of((uint32_t)b, obj, cols, deg, adj, cnt) - loss;
                    if (d > bestd) bestd = d, bo = (long)o, b1 = (long)a, b2 = (long)b;
                }
                for (uint32_t k = deg[a]; k < deg[a + 1]; k++) cnt[adj[k]]--;
            }
            for (uint32_t k = deg[o]; k < deg[o + 1]; k++) cnt[adj[k]]++;
        }
        if (b1 < 0) break;
        long moves[3] = {bo, b1, b2};
        for (int m = 0; m < 3; m++) {
            if (moves[m] < 0) continue;
            size_t j = (size_t)moves[m];
            int in = m > 0;
            x[j + 1] = in;
            used += in ? len[j] : -len[j];
            for (uint32_t k = deg[j]; k < deg[j + 1]; k++) cnt[adj[k]] += in ? 1 : (uint32_t)-1;
        }
    }
    for (size_t c = 0; c < nc; c++) x[ns + c + 1] = cnt[c] > 0;
    free(cnt);
    free(len);
}

static void greedy_start(const pc_ctx *ctx, const uint32_t *kc, size_t ns, const double *obj,
                         const column *cols, size_t nc, double limit, double *x)
{
    /* concept columns of each sentence */
    uint32_t *deg = pc_xcalloc(ns + 1, sizeof *deg);
    for (size_t c = 0; c < nc; c++)
        for (uint32_t k = 0; k < cols[c].n; k++) deg[cols[c].sents[k] + 1]++;
    for (size_t j = 0; j < ns; j++) deg[j + 1] += deg[j];
    uint32_t *adj = pc_xmalloc((deg[ns] + 1) * sizeof *adj), *fill = pc_xcalloc(ns, sizeof *fill);
    for (size_t c = 0; c < nc; c++)
        for (uint32_t k = 0; k < cols[c].n; k++) {
            uint32_t j = cols[c].sents[k];
            adj[deg[j] + fill[j]++] = (uint32_t)c;
        }
    double used = 0;
    for (;;) {
        size_t best = SIZE_MAX;
        double bestv = 0;
        for (size_t j = 0; j < ns; j++) {
            double len = pc_cost(ctx, kc[j]);
            if (x[j + 1] > 0.5 || used + len > limit) continue;
            double g = obj[j];
            for (uint32_t k = deg[j]; k < deg[j + 1]; k++)
                if (x[ns + adj[k] + 1] < 0.5) g += cols[adj[k]].weight;
            double v = g / sqrt(len + 1);
            if (g > 0 && v > bestv) bestv = v, best = j;
        }
        if (best == SIZE_MAX) break;
        x[best + 1] = 1;
        used += pc_cost(ctx, kc[best]);
        for (uint32_t k = deg[best]; k < deg[best + 1]; k++) x[ns + adj[k] + 1] = 1;
    }
    improve(ctx, kc, ns, obj, cols, nc, deg, adj, limit, x);
    free(deg), free(adj), free(fill);
}

static void give_incumbent(glp_tree *tree, void *info)
{
    incumbent *in = info;
    if (glp_ios_reason(tree) == GLP_IHEUR && !in->given) {
        in->given = 1;
        glp_ios_heur_sol(tree, in->x);
    }
}

/* The ILP as GLPK gets it: the candidates that still have concepts, as
 * columns 1..ns, then the concept columns. */
typedef struct {
    size_t ns, nc;
    uint32_t *kc;  /* column q is candidate kc[q] */
    double *obj;   /* per column q: its own (singleton) concept weight */
    column *cols;
} problem;

static void problem_build(const pc_ctx *ctx, const pc_concepts *cs, problem *p)
{
    double *cobj = pc_xcalloc(ctx->ncand ? ctx->ncand : 1, sizeof *cobj);
    p->nc = concept_columns(ctx, cs, cobj, &p->cols);
    uint32_t *pos = pc_xmalloc((ctx->ncand ? ctx->ncand : 1) * sizeof *pos);
    p->kc = pc_xmalloc((ctx->ncand ? ctx->ncand : 1) * sizeof *p->kc);
    p->ns = 0;
    for (size_t j = 0; j < ctx->ncand; j++)
        if (cs->of[j].n) pos[j] = (uint32_t)p->ns, p->kc[p->ns++] = (uint32_t)j;
    p->obj = pc_xcalloc(p->ns + 1, sizeof *p->obj);
    for (size_t q = 0; q < p->ns; q++) p->obj[q] = cobj[p->kc[q]];
    for (size_t c = 0; c < p->nc; c++)
        for (uint32_t k = 0; k < p->cols[c].n; k++) p->cols[c].sents[k] = pos[p->cols[c].sents[k]];
    free(pos);
    free(cobj);
}

static void problem_free(problem *p)
{
    for (size_t c = 0; c < p->nc; c++) free(p->cols[c].sents);
    free(p->cols);
    free(p->kc);
    free(p->obj);
    memset(p, 0, sizeof *p);
}

static glp_prob *problem_lp(const pc_ctx *ctx, const problem *p, double limit)
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
    for (size_t q = 0; q < ns; q++) ++e, ia[e] = 1, ja[e] = (int)q + 1, ar[e] = pc_cost(ctx, p->kc[q]);
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
static size_t eliminate(glp_prob *lp, const problem *p, pc_concepts *cs, double known)
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

static int ilp_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    pc_concepts cs;
    pc_concepts_build(ctx, &cs, pc_param(ctx, "concept_relevance"));
    prune(ctx, &cs);
    size_t used_concepts = 0;  /* distinct concepts some kept candidate has */
    uint8_t *seen = pc_xcalloc(cs.n ? cs.n : 1, 1);
    for (size_t i = 0; i < ctx->ncand; i++) {
        double g = 0;
        for (size_t k = 0; k < cs.of[i].n; k++) {
            g += cs.weight[cs.of[i].v[k]];
            if (!seen[cs.of[i].v[k]]) seen[cs.of[i].v[k]] = 1, used_concepts++;
        }
        scores[i] = g;
    }
    free(seen);
    int ok = 0;
    double limit = pc_cost_limit(ctx);
    if (used_concepts && used_concepts <= (size_t)pc_param(ctx, "max_concepts")) {
        glp_term_hook(silent, NULL);
        glp_smcp smcp;
        glp_init_smcp(&smcp);
        smcp.msg_lev = GLP_MSG_OFF;
        smcp.tm_lim = (int)pc_param(ctx, "time_limit_ms");
        problem p;
        problem_build(ctx, &cs, &p);
        /* a good solution first (greedy, then local search): it is GLPK's
         * first incumbent and what reduced-cost elimination compares with */
        double *x = pc_xcalloc(p.ns + p.nc + 1, sizeof(double)), known = 0;
        greedy_start(ctx, p.kc, p.ns, p.obj, p.cols, p.nc, limit, x);
        for (size_t q = 0; q < p.ns; q++) known += x[q + 1] * p.obj[q];
        for (size_t c = 0; c < p.nc; c++) known += x[p.ns + c + 1] * p.cols[c].weight;
        glp_prob *lp = problem_lp(ctx, &p, limit);
        int rc = glp_simplex(lp, &smcp);
        if (rc == 0 && glp_get_status(lp) == GLP_OPT && eliminate(lp, &p, &cs, known)) {
            /* the smaller problem, and the same solution on its columns */
            uint8_t *in = pc_xcalloc(ctx->ncand ? ctx->ncand : 1, 1);
            for (size_t q = 0; q < p.ns; q++) in[p.kc[q]] = x[q + 1] > 0.5;
            glp_delete_prob(lp);
            problem_free(&p);
            problem_build(ctx, &cs, &p);
            free(x);
            x = pc_xcalloc(p.ns + p.nc + 1, sizeof(double));
            for (size_t q = 0; q < p.ns; q++)
                if (in[p.kc[q]]) x[q + 1] = 1;
            for (size_t c = 0; c < p.nc; c++)
                for (uint32_t k = 0; k < p.cols[c].n; k++)
                    if (x[p.cols[c].sents[k] + 1] > 0.5) x[p.ns + c + 1] = 1;
            free(in);
            lp = problem_lp(ctx, &p, limit);
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
            pc_used used = {0};
            for (size_t q = 0; q < p.ns; q++)
                if (glp_mip_col_val(lp, (int)q + 1) > 0.5 && pc_fits(ctx, &used, p.kc[q])) {
                    pc_u32_push(chosen, p.kc[q]);
                    pc_use(ctx, &used, p.kc[q]);
                }
            ok = 1;
            snprintf(ctx->note, sizeof ctx->note, "optimal (GLPK), objective %.0f, %zu concepts",
                     glp_mip_obj_val(lp), used_concepts);
        } else {
            snprintf(ctx->note, sizeof ctx->note,
                     "GLPK stopped without an optimum (%s): greedy solution used",
                     rc == GLP_ETMLIM ? "time limit" : "solver status");
        }
        problem_free(&p);
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
