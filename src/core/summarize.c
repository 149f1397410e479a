/*
 * summarize.c — runs the pipeline for precis_summarize: analysis,
 * candidates, the method, truncation, ordering, and the summary object with
 * its attribution.
 */
#include "methods/method.h"
#include "core/summary.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static _Thread_local char last_error[256];

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

const char *precis_last_error(void) { return last_error; }

void precis_options_init(precis_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->budget_unit = PRECIS_WORDS;
    opt->budget = 100;
    opt->order = PRECIS_ORDER_DATE;
}

/* Cut a sentence to `words` words or `bytes` bytes (UTF-8 safe); returns the
 * kept length of the folded text and sets *wend to the working offset. */
static size_t cut(const pc_doc *d, const pc_sent *s, precis_unit unit, size_t limit,
                  size_t *wend)
{
    const char *t = s->text;
    size_t n = strlen(t), keep = 0;
    if (unit == PRECIS_BYTES) {
        keep = limit < n ? limit : n;
        while (keep > 0 && keep < n && ((unsigned char)t[keep] & 0xC0) == 0x80) keep--;
    } else {
        size_t w = 0;
        int in = 0;
        for (keep = 0; keep < n; keep++) {
            if (t[keep] != ' ' && !in && w++ == limit) break;
            in = t[keep] != ' ';
        }
        while (keep > 0 && t[keep - 1] == ' ') keep--;
    }
    /* walk the working text in step with the folded text */
    size_t i = s->start, j = 0;
    while (i < s->end && j < keep) {
        unsigned char ch = (unsigned char)d->text[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            while (i < s->end && (d->text[i] == ' ' || d->text[i] == '\t' || d->text[i] == '\n' ||
                                  d->text[i] == '\r'))
                i++;
            j++; /* the single folded space */
        } else {
            i++;
            j++;
        }
    }
    *wend = i;
    return keep;
}

static void add_sentence(precis_summary *sum, precis_cluster *c, uint32_t si, double score,
                         size_t keep_len, size_t wend)
{
    const pc_sent *s = &c->sents[si];
    const pc_doc *d = &c->docs[s->doc];
    precis_sentence *o = &sum->s[sum->n++];
    memset(o, 0, sizeof *o);
    o->doc_id = sum->docs[s->doc].id;
    o->doc_index = s->doc;
    o->sentence_index = s->idx;
    o->start = pc_doc_orig(d, s->start);
    o->end = pc_doc_orig(d, wend ? wend : s->end);
    o->score = score;
    o->text = keep_len ? pc_strndup(s->text, keep_len) : pc_strdup(s->text);
    /* the other documents carrying a near-duplicate */
    size_t *also = NULL, na = 0, cap = 0;
    for (size_t k = 0; k < c->nsents; k++) {
        const pc_sent *o2 = &c->sents[k];
        if (o2->group != s->group || o2->doc == s->doc || o2->removed) continue;
        int dup = 0;
        for (size_t q = 0; q < na && !dup; q++) dup = also[q] == o2->doc;
        if (dup) continue;
        PC_GROW(also, cap, na + 1);
        also[na++] = o2->doc;
    }
    o->also_docs = also;
    o->also_count = na;
    sum->words += pc_count_words(o->text);
}

static void copy_docs(precis_summary *sum, const precis_cluster *c)
{
    sum->docs = pc_copy_docs(c, &sum->ndocs);
    sum->cluster_id = pc_strdup(c->id);
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
    ctx->query_terms = pc_xcalloc(c->nterms ? c->nterms : 1, 1);
    for (size_t k = 0; k < toks.n; k++)
        if (!c->terms[toks.v[k]].stop) ctx->query_terms[toks.v[k]] = 1;
    free(toks.v);
}

precis_summary *precis_summarize(precis_cluster *c, const precis_options *opt_in)
{
    precis_options opt;
    if (opt_in) opt = *opt_in;
    else precis_options_init(&opt);
    const pc_method *m = pc_find_method(opt.method);
    if (!m) {
        snprintf(last_error, sizeof last_error, "unknown method '%s' (see precis_methods())",
                 opt.method);
        return NULL;
    }
    if (pc_check_params(m, &opt, last_error, sizeof last_error) != 0) return NULL;
    if (opt.redundancy && strcmp(opt.redundancy, "mmr") && strcmp(opt.redundancy, "threshold")) {
        snprintf(last_error, sizeof last_error, "unknown redundancy control '%s' (mmr or threshold)",
                 opt.redundancy);
        return NULL;
    }
    int idf_mode = opt.idf && strcmp(opt.idf, "cluster") == 0;
    if (pc_analyze(c, opt.language, idf_mode) != 0) {
        snprintf(last_error, sizeof last_error,
                 "unknown language '%s' (a Snowball stemmer name such as english, german)",
                 opt.language);
        return NULL;
    }
    pc_ctx ctx = {0};
    ctx.c = c;
    ctx.opt = &opt;
    ctx.method = m;
    ctx.cand = pc_xmalloc((c->nsents ? c->nsents : 1) * sizeof *ctx.cand);
    ctx.quality = pc_xmalloc((c->nsents ? c->nsents : 1) * sizeof *ctx.quality);
    ctx.support = pc_xcalloc(c->nsents ? c->nsents : 1, sizeof *ctx.support);
    uint32_t *group_docs = pc_xcalloc(c->nsents ? c->nsents : 1, sizeof *group_docs);
    uint32_t *last_doc = pc_xcalloc(c->nsents ? c->nsents : 1, sizeof *last_doc);
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
        ctx.quality[ctx.ncand] = q;
        ctx.support[ctx.ncand] = group_docs[i] ? group_docs[i] : 1;
        ctx.cand[ctx.ncand++] = (uint32_t)i;
    }
    free(group_docs);
    free(last_doc);
    cap_candidates(&ctx);
    ctx.vec = pc_xcalloc(ctx.ncand ? ctx.ncand : 1, sizeof *ctx.vec);
    for (size_t i = 0; i < ctx.ncand; i++) {
        const pc_sent *s = &c->sents[ctx.cand[i]];
        pc_svec_of(c, c->toks + s->tok0, s->ntok, &ctx.vec[i]);
    }
    if (opt.query && *opt.query) set_query(&ctx, opt.query);
    ctx.query_weight = pc_param(&ctx, "query_weight");

    double *scores = pc_xcalloc(ctx.ncand ? ctx.ncand : 1, sizeof *scores);
    pc_u32vec chosen = {0};
    if (m->select) m->select(&ctx, &chosen, scores);
    else {
        m->score(&ctx, scores);
        pc_select_by_score(&ctx, scores, &chosen);
    }
    /* DUC-style truncation: fill the rest of the budget with the start of the
     * best remaining sentence. */
    size_t trunc_cand = SIZE_MAX, keep = 0, wend = 0;
    if (opt.truncate && opt.budget_unit != PRECIS_SENTENCES) {
        pc_used u = {0};
        for (size_t i = 0; i < chosen.n; i++) pc_use(&ctx, &u, chosen.v[i]);
        size_t left = opt.budget_unit == PRECIS_WORDS ? opt.budget - u.words
                      : opt.budget > u.bytes + (u.sentences ? 1 : 0)
                          ? opt.budget - u.bytes - (u.sentences ? 1 : 0)
                          : 0;
        if (left > 0) {
            trunc_cand = pc_best_remaining(&ctx, scores, &chosen);
            if (trunc_cand != SIZE_MAX) {
                const pc_sent *s = &c->sents[ctx.cand[trunc_cand]];
                keep = cut(&c->docs[s->doc], s, opt.budget_unit, left, &wend);
                if (keep == 0) trunc_cand = SIZE_MAX;
                else pc_u32_push(&chosen, (uint32_t)trunc_cand);
            }
        }
    }
    if (trunc_cand == SIZE_MAX) pc_order(&ctx, scores, &chosen);
    else {
        /* the cut sentence stays last, wherever it would sort */
        chosen.n--;
        pc_order(&ctx, scores, &chosen);
        chosen.n++;
    }

    precis_summary *sum = pc_xcalloc(1, sizeof *sum);
    copy_docs(sum, c);
    sum->method = pc_strdup(m->name);
    sum->unit = opt.budget_unit;
    sum->budget = opt.budget;
    sum->query = pc_strdup(opt.query);
    sum->note = ctx.note[0] ? pc_strdup(ctx.note) : NULL;
    sum->s = pc_xcalloc(chosen.n ? chosen.n : 1, sizeof *sum->s);
    sum->truncated = pc_xcalloc(chosen.n ? chosen.n : 1, 1);
    for (size_t i = 0; i < chosen.n; i++) {
        int is_cut = trunc_cand != SIZE_MAX && i == chosen.n - 1;
        sum->truncated[i] = (uint8_t)is_cut;
        add_sentence(sum, c, ctx.cand[chosen.v[i]], scores[chosen.v[i]], is_cut ? keep : 0,
                     is_cut ? wend : 0);
    }
    for (size_t i = 0; i < ctx.ncand; i++) pc_svec_free(&ctx.vec[i]);
    pc_svec_free(&ctx.query);
    free(ctx.vec);
    free(ctx.sim);
    free(ctx.qrel);
    free(ctx.query_terms);
    free(ctx.cand);
    free(ctx.quality);
    free(ctx.support);
    free(scores);
    free(chosen.v);
    return sum;
}

void precis_summary_free(precis_summary *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->n; i++) {
        free((char *)s->s[i].text);
        free((size_t *)s->s[i].also_docs);
    }
    pc_free_docs(s->docs, s->ndocs);
    free(s->s);
    free(s->truncated);
    free(s->method);
    free(s->query);
    free(s->note);
    free(s->cluster_id);
    free(s);
}

size_t precis_summary_count(const precis_summary *s) { return s ? s->n : 0; }
size_t precis_summary_words(const precis_summary *s) { return s ? s->words : 0; }
const char *precis_summary_method(const precis_summary *s) { return s ? s->method : NULL; }
const char *precis_summary_note(const precis_summary *s) { return s ? s->note : NULL; }

const precis_sentence *precis_summary_sentence(const precis_summary *s, size_t i)
{
    return s && i < s->n ? &s->s[i] : NULL;
}

char *precis_summarize_texts(const char *const *texts, size_t n, size_t words)
{
    precis_cluster *c = precis_cluster_new();
    for (size_t i = 0; i < n; i++)
        if (texts[i]) precis_cluster_add_text(c, texts[i], strlen(texts[i]), NULL, NULL);
    precis_options opt;
    precis_options_init(&opt);
    opt.budget = words;
    precis_summary *s = precis_summarize(c, &opt);
    char *out = NULL;
    if (s && s->n) out = precis_render(s, PRECIS_FORMAT_TEXT);
    precis_summary_free(s);
    precis_cluster_free(c);
    return out;
}

int precis_cluster_segments(precis_cluster *c, precis_sentence_fn fn, void *ctx,
                            int include_removed)
{
    if (pc_analyze(c, NULL, 0) != 0) return -1;
    for (size_t di = 0; di < c->ndocs; di++) {
        const pc_doc *d = &c->docs[di];
        size_t r = 0;
        for (size_t k = 0; k < d->nsent; k++) {
            const pc_sent *s = &c->sents[d->sent0 + k];
            if (include_removed)
                for (; r < d->nrm && d->rm[r].start <= s->start; r++)
                    if (strcmp(d->rm[r].reason, "repeated") != 0 &&
                        fn(ctx, di, pc_doc_orig(d, d->rm[r].start), pc_doc_orig(d, d->rm[r].end),
                           d->rm[r].text, d->rm[r].reason))
                        return 1;
            if (s->removed && !include_removed) continue;
            if (fn(ctx, di, pc_doc_orig(d, s->start), pc_doc_orig(d, s->end), s->text,
                   s->removed ? "repeated" : NULL))
                return 1;
        }
        if (include_removed)
            for (; r < d->nrm; r++)
                if (strcmp(d->rm[r].reason, "repeated") != 0 &&
                    fn(ctx, di, pc_doc_orig(d, d->rm[r].start), pc_doc_orig(d, d->rm[r].end),
                       d->rm[r].text, d->rm[r].reason))
                    return 1;
    }
    return 0;
}
