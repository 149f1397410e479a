/*
 * summary.c — the summary object: the chosen sentences with their
 * attribution (document, byte offsets into the input, the other documents
 * that carry a near-duplicate), the word count, the method and its note,
 * and copies of the documents' metadata so it outlives its cluster; and the
 * accessors of precis.h.  Also the DUC-style cut of the last sentence.
 *
 * In the flow: the last step of precis_summarize (pipeline.c), after
 * order.c; the renderers (render/) read what is built here.
 */
#include "core/summary.h"
#include "methods/method.h"

#include <stdlib.h>
#include <string.h>

size_t pc_cut(const pc_doc *d, const pc_sent *s, precis_unit unit, size_t limit, size_t *wend)
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

precis_summary *pc_summary_assemble(const pc_ctx *ctx, const pc_u32vec *chosen,
                                    const double *scores, const pc_cut_sentence *cut)
{
    precis_cluster *c = ctx->c;
    const precis_options *opt = ctx->opt;
    precis_summary *sum = pc_xcalloc(1, sizeof *sum);
    copy_docs(sum, c);
    sum->method = pc_strdup(ctx->method->name);
    sum->unit = opt->budget_unit;
    sum->budget = opt->budget;
    sum->query = pc_strdup(opt->query);
    sum->note = ctx->note[0] ? pc_strdup(ctx->note) : NULL;
    sum->language = pc_strdup(c->lang);
    if (ctx->query_unmatched)
        sum->warning = pc_strdup("no word of the query occurs in the cluster; the summary is generic");
    sum->s = pc_xcalloc(chosen->n, sizeof *sum->s);
    sum->truncated = pc_xcalloc(chosen->n, 1);
    for (size_t i = 0; i < chosen->n; i++) {
        int is_cut = cut && i == chosen->n - 1;
        sum->truncated[i] = (uint8_t)is_cut;
        add_sentence(sum, c, ctx->cand[chosen->v[i]], scores[chosen->v[i]], is_cut ? cut->keep : 0,
                     is_cut ? cut->wend : 0);
    }
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
    free(s->language);
    free(s->warning);
    free(s->cluster_id);
    free(s);
}

size_t precis_summary_count(const precis_summary *s) { return s ? s->n : 0; }
const char *precis_summary_language(const precis_summary *s)
{
    return s && s->language ? s->language : "english";
}
size_t precis_summary_words(const precis_summary *s) { return s ? s->words : 0; }
const char *precis_summary_method(const precis_summary *s) { return s ? s->method : NULL; }
const char *precis_summary_note(const precis_summary *s) { return s ? s->note : NULL; }
const char *precis_summary_warning(const precis_summary *s) { return s ? s->warning : NULL; }

const precis_sentence *precis_summary_sentence(const precis_summary *s, size_t i)
{
    return s && i < s->n ? &s->s[i] : NULL;
}

