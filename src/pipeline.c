/*
 * pipeline.c — precis_summarize: the summarization pipeline, step by step.
 * This file is the table of contents of the core; each step lives in the
 * file named beside it, in the order data flows:
 *
 *   read       core/read.c, core/utf8.c   at precis_cluster_add_* (web pages:
 *                                         web/), each document's text
 *   clean      core/clean.c               datelines, captions, labels, repeats
 *   segment    core/segment.c             sentence boundaries
 *   analyse    core/analyze.c             tokens, stems, TF-IDF, near-duplicates
 *   candidates core/candidates.c          what a method may choose, and sees
 *   method     methods/                   score or select under the budget,
 *                                         with core/select.c's helpers
 *   query      core/select.c (pc_query_ensure)  the query's best sentence in
 *   dangling   core/order.c (pc_resolve_dangling)  self-contained sentences
 *   lead       core/order.c (pc_lead_swap)  a lead sentence to open with
 *   truncate   core/summary.c (pc_cut)    DUC-style: fill the budget exactly
 *   order      core/order.c               reading order
 *   assemble   core/summary.c             sentences with their attribution
 *   render     render/                    text, JSON, Markdown
 *
 * Reading and cleaning happen when a document is added; segmentation and
 * analysis on the first call that needs them (pc_analyze keeps its result
 * for the next call with the same language and IDF).
 */
#include "core/summary.h"
#include "methods/method.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The message precis_last_error returns lives in util.c (pc_last_error), so
 * that the core below this file can set it too (pc_set_error). */
#define last_error pc_last_error

const char *precis_last_error(void) { return last_error; }

void precis_options_init(precis_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->budget_unit = PRECIS_WORDS;
    opt->budget = 100;
    opt->order = PRECIS_ORDER_DATE;
}

/* The method the options name, with their parameters and redundancy
 * control checked; NULL with last_error set when something is wrong. */
static const pc_method *check_options(const precis_options *opt)
{
    const pc_method *m = pc_find_method(opt->method);
    if (!m) {
        snprintf(last_error, sizeof last_error, "unknown method '%s' (see precis_methods())",
                 opt->method);
        return NULL;
    }
    if (pc_check_params(m, opt, last_error, sizeof last_error) != 0) return NULL;
    if (opt->redundancy && strcmp(opt->redundancy, "mmr") && strcmp(opt->redundancy, "threshold")) {
        snprintf(last_error, sizeof last_error, "unknown redundancy control '%s' (mmr or threshold)",
                 opt->redundancy);
        return NULL;
    }
    return m;
}

/* Segment and analyse the cluster in the options' language and IDF mode;
 * -1 with last_error set for a language without a stemmer. */
static int analyse(precis_cluster *c, const precis_options *opt)
{
    int idf_mode = opt->idf && strcmp(opt->idf, "cluster") == 0;
    if (pc_analyze(c, opt->language, idf_mode) == 0) return 0;
    snprintf(last_error, sizeof last_error,
             "unknown language '%s' (a Snowball stemmer name such as english, german; "
             "japanese, chinese; or an ISO 639 code or name)",
             opt->language);
    return -1;
}

/* The method chooses candidates (indices into ctx->cand) within the budget:
 * directly, or by scores and the core's greedy selection. */
static void run_method(pc_ctx *ctx, double *scores, pc_u32vec *chosen)
{
    const pc_method *m = ctx->method;
    if (m->select) {
        m->select(ctx, chosen, scores);
    } else {
        m->score(ctx, scores);
        pc_select_by_score(ctx, scores, chosen);
    }
}

/* DUC-style truncation (--truncate with a word or byte budget): fill what is
 * left of the budget with the start of the best remaining sentence, appended
 * to chosen.  Returns 1 and fills *cut when a sentence was cut. */
static int truncate_last(pc_ctx *ctx, const double *scores, pc_u32vec *chosen, pc_cut_sentence *cut)
{
    const precis_options *opt = ctx->opt;
    if (!opt->truncate || opt->budget_unit == PRECIS_SENTENCES) return 0;
    pc_used u = {0};
    for (size_t i = 0; i < chosen->n; i++) pc_use(ctx, &u, chosen->v[i]);
    size_t sep = u.sentences ? 1 : 0;
    size_t left = opt->budget_unit == PRECIS_WORDS ? opt->budget - u.words
                  : opt->budget > u.bytes + sep  ? opt->budget - u.bytes - sep
                                                 : 0;
    if (left == 0) return 0;
    size_t best = pc_best_remaining(ctx, scores, chosen);
    if (best == SIZE_MAX) return 0;
    const precis_cluster *c = ctx->c;
    const pc_sent *s = &c->sents[ctx->cand[best]];
    cut->keep = pc_cut(&c->docs[s->doc], s, opt->budget_unit, left, &cut->wend);
    if (cut->keep == 0) return 0;
    pc_u32_push(chosen, (uint32_t)best);
    return 1;
}

/* Reading order; a cut sentence stays last, wherever it would sort. */
static void order(pc_ctx *ctx, const double *scores, pc_u32vec *chosen, int has_cut)
{
    if (has_cut) chosen->n--;
    pc_order(ctx, scores, chosen);
    if (has_cut) chosen->n++;
}

precis_summary *precis_summarize(precis_cluster *c, const precis_options *opt_in)
{
    precis_options opt;
    if (opt_in) opt = *opt_in;
    else precis_options_init(&opt);
    const pc_method *m = check_options(&opt);
    if (!m || analyse(c, &opt) != 0) return NULL;

    pc_ctx ctx;
    pc_candidates(&ctx, c, &opt, m);
    double *scores = pc_xcalloc(ctx.ncand, sizeof *scores);
    pc_u32vec chosen = {0};
    run_method(&ctx, scores, &chosen);
    pc_query_ensure(&ctx, &chosen);
    pc_resolve_dangling(&ctx, &chosen);
    pc_lead_swap(&ctx, scores, &chosen);
    pc_cut_sentence cut = {0, 0};
    int has_cut = truncate_last(&ctx, scores, &chosen, &cut);
    order(&ctx, scores, &chosen, has_cut);
    precis_summary *sum = pc_summary_assemble(&ctx, &chosen, scores, has_cut ? &cut : NULL);

    pc_ctx_free(&ctx);
    free(scores);
    free(chosen.v);
    return sum;
}
