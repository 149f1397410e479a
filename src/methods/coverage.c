/*
 * coverage.c — the default method: bigram concept coverage.
 *
 * After Gillick & Favre (2009): a summary is good when it covers many of the
 * cluster's important concepts (concepts.c: word bigrams weighted by the
 * number of articles containing them, more when an article's lead has
 * them).  Covering a concept twice earns nothing, so redundancy is
 * controlled by the objective itself.
 *
 * By default the coverage problem is solved by greedy selection then local
 * search (cover.c); with a query, each concept weighs (1 + concept_relevance
 * * r / max r) as much, r the mean query relevance of the sentences that
 * contain it.  `--param solver=2` proves the optimum with GLPK (ilp.c)
 * instead: on DUC 2006 at 250 words local search reaches it on 29 of 50
 * clusters and is 0.24% below it on average (bench/solver), with the same
 * ROUGE within noise, in half the time (8.5 against 17 ms a 25-article
 * cluster, most of which is reading the articles).  `solver=0` selects
 * greedily instead: repeatedly add the sentence with the largest weight of
 * not-yet-covered concepts per (length in words)^length_power, times its
 * reading quality and, with a query, (1 + query_sentence_weight *
 * relevance / max relevance), until nothing more fits; that is also the
 * solvers' fallback.  On DUC 2006 clusters 1-25, the tuning half
 * (ROUGE-2): the optimum 0.1005 against greedy 0.0987 generic; with the
 * topic as query, the optimum with relevance-weighted concepts 0.1031
 * against greedy 0.1019 (and against 0.1011 for the optimum with relevance
 * as a per-sentence objective term).
 *
 * The solvers (greedy, local search, GLPK) are in cover.c and ilp.c behind
 * cover.h; this file is the method's parameters and its choice of solver.
 * Time: O(T) to collect concepts over T tokens; greedy O(k * C) for k
 * chosen sentences over the C concept occurrences of the candidates; local
 * search see cover.c.
 */
#include "methods/cover.h"


static const precis_param params[] = {
    {"min_df", 0, "documents a concept must occur in (0: 3 for 10+ documents, else 2)"},
    {"lead_sentences", 2, "sentences at the start of an article whose concepts get lead_bonus"},
    {"lead_bonus", 0.5, "extra weight (fraction) of concepts seen in an article's lead"},
    {"length_power", 0.5, "solver 0: gain is divided by (sentence length)^length_power"},
    {"concept_relevance", 5, "with --query, solver 1, 2: concepts weigh (1 + this * mean relevance of their sentences / max relevance)"},
    {"query_sentence_weight", 5, "with --query, greedy (solver=0): gain times (1 + this * relevance / max relevance)"},
    {"query_weight", 0, "with --query: concepts with a query word weigh (1 + this) times more"},
    {"query_feedback", 0, "with --query: expand the query with its N most relevant sentences (0: off)"},
    {"solver", 1, "0 greedy (~7 ms a 25-article cluster), 1 greedy + local search (~8.5 ms), 2 GLPK proves the optimum (~17 ms)"},
    {"starts", 20, "solver 1: local searches from the greedy and from the greedy with each of the N best sentences forced in"},
    {"max_candidates", 80, "solver 1, 2: only the candidates with the most concept weight per word are searched"},
    {"time_limit_ms", 2000, "solver 2: GLPK time limit; then the greedy solution is used"},
    {"max_concepts", 20000, "solver 2: larger problems go straight to the greedy solution"},
    {"mip_gap", 0, "solver 2: stop when the solution is within this relative gap of the optimum"},
    {NULL, 0, NULL}};

static int coverage_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    double solver = pc_param(ctx, "solver");
    if (solver >= 2) return pc_cover_ilp(ctx, chosen, scores);
    if (solver >= 1) return pc_cover_select(ctx, chosen, scores);
    return pc_cover_greedy(ctx, chosen, scores);
}

const pc_method pc_method_coverage = {
    "coverage",
    "bigram concept coverage (Gillick & Favre 2009) by greedy + local search; the default",
    params,
    NULL,
    coverage_select,
};
