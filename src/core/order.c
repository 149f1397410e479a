/*
 * order.c — the reading order of a summary (issue 21, part 3).
 *
 * --order date (the default) reads as a story:
 *   1. It opens with a lead sentence: the first or second sentence of an
 *      article, the chosen one that best covers the cluster's central
 *      content (pc_salience over the largest chosen salience, plus, with a
 *      query, relevance over the largest relevance); a lead sentence that
 *      itself refers back ("He said ...") cannot open.  When the method
 *      chose no lead sentence, pc_lead_swap (before truncation) swaps the
 *      best lead sentence of the cluster in for the chosen sentence most
 *      similar to it, when the budget allows.
 *   2. Then the other sentences by the date of the event they tell (their
 *      first day-precise date expression, resolved against their
 *      document's date, when it falls in the 60 days before it; else the
 *      document's date), when every chosen sentence's document has a
 *      date; then by document, then by position.
 *   3. A sentence that refers back (starts with a pronoun or a connective:
 *      pc_refers_back; or with a definite description "The submarine" whose
 *      noun no sentence before it has; or with a bare surname "Rudolph
 *      said" that a later sentence gives in full, "Eric Rudolph") moves
 *      directly after what it refers to: its own article's sentence before
 *      it when chosen, else for a definite description the first sentence
 *      with the noun, for a surname the first with the full name, for a
 *      pronoun or connective the chosen sentence most similar to it.
 * --order score: by the method's score.
 *
 * Measured on DUC 2006, 250 words (bench/quality, coverage): summaries
 * opening with a lead sentence 15 of 50 by date order alone, 50 of 50 with
 * this order; ROUGE does not change (same sentences, truncation last), see
 * bench/results/quality-2026-12-02.md.
 *
 * In the flow: after the method has chosen (methods/, select.c) and before
 * the summary is assembled (summary.c); pc_lead_swap before truncation.
 */
#include "methods/method.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A sentence is a lead sentence when it is among its article's first two. */
#define PC_LEAD_SENTENCES 2
/* pc_lead_swap: only summaries of this many sentences or more (a one- or
 * two-sentence summary is the method's own best choice), and only the
 * cluster's this many best lead sentences are tried. */
#define PC_SWAP_MIN 3
#define PC_SWAP_TRIES 10

static long date_key(const precis_date *d)
{
    return d->year * 10000L + d->month * 100L + d->day;
}

/* Days since 1 March of year 0 (proleptic Gregorian), to compare dates. */
static long day_number(const precis_date *d)
{
    long y = d->year, m = d->month;
    if (m <= 2) y--, m += 12;
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d->day;
}

/* The date of the event a sentence tells: its first day-precise date
 * expression (dates/: "on Saturday", "Aug. 12") resolved against its
 * document's date, when that falls within PC_EVENT_DAYS before the document
 * (the story's own days, not history); else the document's date. */
#define PC_EVENT_DAYS 60
static long event_key(const pc_sent *s, const pc_doc *d)
{
    precis_date_mention m[4];
    size_t n = precis_find_dates(s->text, strlen(s->text), d->date, m, 4);
    long doc = day_number(&d->date);
    for (size_t i = 0; i < n && i < 4; i++) {
        if (m[i].grain != PRECIS_GRAIN_DAY || !m[i].date.year || m[i].since) continue;
        long e = day_number(&m[i].date);
        if (e <= doc && e >= doc - PC_EVENT_DAYS) return date_key(&m[i].date);
        break;
    }
    return date_key(&d->date);
}

typedef struct {
    long date;
    uint32_t doc, idx, cand;
    double score;
} order_key;

/* Comparator: by date key, then document, then position. */
static int by_date(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->date != y->date) return x->date < y->date ? -1 : 1;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Comparator: by document, then position. */
static int by_position(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Comparator: by score, highest first; ties by date order. */
static int by_score(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    return by_date(a, b);
}

/* Words that, opening a sentence, point back to something said before it
 * (pronouns, determiners, connectives).  Kept by hand: a closed class of
 * English function words; no Debian package lists anaphors.  bench/quality
 * counts with the same list. */
static const char *const refer_words[] = {
    "He",   "She",     "It",        "They",  "This",  "These", "Those", "His",
    "Her",  "Its",     "Their",     "Them",  "Him",   "But",   "However", "Also",
    "Meanwhile", "Still", "Yet",    "And",   "Such",  "Then",  "Moreover", "Nevertheless",
    "Instead", "Besides", "Furthermore", "Otherwise", "Thus", "Therefore", NULL};

int pc_refers_back(const char *t)
{
    for (;;) { /* past opening quotes: " ` ' and the curly ones */
        if (*t == '"' || *t == '`' || *t == '\'') t++;
        else if (strncmp(t, "\xe2\x80\x9c", 3) == 0 || strncmp(t, "\xe2\x80\x98", 3) == 0) t += 3;
        else break;
    }
    for (const char *const *w = refer_words; *w; w++) {
        size_t n = strlen(*w);
        if (strncmp(t, *w, n) == 0 && !isalnum((unsigned char)t[n]) && t[n] != '-') return 1;
    }
    return 0;
}

/* The noun of a definite description opening t ("The submarine sank" ->
 * "submarine"): the first word after "The " when it is lowercase letters;
 * its length in *n, NULL when t does not open so. */
static const char *definite_noun(const char *t, size_t *n)
{
    if (strncmp(t, "The ", 4) != 0) return NULL;
    const char *w = t + 4;
    size_t k = 0;
    while (w[k] >= 'a' && w[k] <= 'z') k++;
    if (k < 3 || isalnum((unsigned char)w[k])) return NULL;
    *n = k;
    return w;
}

/* A bare surname opening t ("Rudolph said ..."): a capitalised word of 3
 * letters or more followed by a lowercase word; its length in *n, NULL when
 * t does not open so.  Whether it is a surname pc_order decides by finding
 * it after another capitalised word ("Eric Rudolph") in a chosen sentence. */
static const char *bare_name(const char *t, size_t *n)
{
    if (!(t[0] >= 'A' && t[0] <= 'Z')) return NULL;
    size_t k = 1;
    while (t[k] >= 'a' && t[k] <= 'z') k++;
    if (k < 3 || t[k] != ' ' || !(t[k + 1] >= 'a' && t[k + 1] <= 'z')) return NULL;
    *n = k;
    return t;
}

/* Does text have the name w (n bytes) as the last part of a full name: right
 * after a capitalised word other than "The" ("Eric Rudolph", "Mr. Rudolph"),
 * and not followed by another capitalised word (not "South China Morning
 * Post")? */
static int has_full_name(const char *text, const char *w, size_t n)
{
    for (const char *p = strchr(text, ' '); p; p = strchr(p + 1, ' ')) {
        const char *e = p + 1 + n;
        if (strncmp(p + 1, w, n) != 0 || isalnum((unsigned char)*e)) continue;
        if (*e == ' ' && e[1] >= 'A' && e[1] <= 'Z') continue;
        const char *q = p; /* the word before */
        while (q > text && q[-1] != ' ') q--;
        if (q < p && *q >= 'A' && *q <= 'Z' && strncmp(q, "The ", 4) != 0) return 1;
    }
    return 0;
}

/* Does text contain the word w (n bytes) as a whole word, ignoring case,
 * or its plural "ws"? */
static int has_word(const char *text, const char *w, size_t n)
{
    for (const char *p = text; *p; p++) {
        if (p != text && isalnum((unsigned char)p[-1])) continue;
        if (strncasecmp(p, w, n) != 0) continue;
        const char *e = p + n;
        if (*e == 's') e++;
        if (!isalnum((unsigned char)*e)) return 1;
    }
    return 0;
}

/* How well candidate i covers the cluster's central content, for choosing
 * the opening sentence: salience over max_sal, plus relevance over max_rel
 * with a query. */
static double lead_key(pc_ctx *ctx, size_t i, double max_sal, double max_rel)
{
    const precis_cluster *c = ctx->c;
    double v = pc_salience(c, &c->sents[ctx->cand[i]]) / (max_sal > 0 ? max_sal : 1);
    if (ctx->query.n) v += pc_query_relevance(ctx)[i] / (max_rel > 0 ? max_rel : 1);
    return v * ctx->quality[i];
}

/* Can candidate i open a summary: an article's first or second sentence
 * that does not itself refer back? */
static int can_open(const pc_ctx *ctx, size_t i)
{
    const pc_sent *s = &ctx->c->sents[ctx->cand[i]];
    return s->idx < PC_LEAD_SENTENCES && !pc_refers_back(s->text);
}

/* Largest salience and relevance over all candidates (the scale of lead_key). */
static void lead_scale(pc_ctx *ctx, double *max_sal, double *max_rel)
{
    *max_sal = *max_rel = 0;
    const double *rel = ctx->query.n ? pc_query_relevance(ctx) : NULL;
    for (size_t i = 0; i < ctx->ncand; i++) {
        double s = pc_salience(ctx->c, &ctx->c->sents[ctx->cand[i]]);
        if (s > *max_sal) *max_sal = s;
        if (rel && rel[i] > *max_rel) *max_rel = rel[i];
    }
}

void pc_lead_swap(pc_ctx *ctx, const double *scores, pc_u32vec *chosen)
{
    (void)scores;
    if (ctx->opt->order == PRECIS_ORDER_SCORE || chosen->n < PC_SWAP_MIN) return;
    for (size_t j = 0; j < chosen->n; j++)
        if (can_open(ctx, chosen->v[j])) return;
    double ms, mr;
    lead_scale(ctx, &ms, &mr);
    double *key = pc_xmalloc((ctx->ncand ? ctx->ncand : 1) * sizeof *key);
    for (size_t i = 0; i < ctx->ncand; i++) key[i] = can_open(ctx, i) ? lead_key(ctx, i, ms, mr) : -1;
    uint32_t *rank = pc_rank_desc(key, ctx->ncand);
    /* with a query, the chosen sentence most relevant to it stays */
    size_t keep = SIZE_MAX;
    if (ctx->query.n) {
        const double *rel = pc_query_relevance(ctx);
        keep = 0;
        for (size_t j = 1; j < chosen->n; j++)
            if (rel[chosen->v[j]] > rel[chosen->v[keep]]) keep = j;
    }
    /* the best lead sentence that fits in somewhere takes the place of the
     * chosen sentence most similar to it (the content changes least).  On
     * DUC 2006 generic, ROUGE-2 0.10630; the most similar pair over the 10
     * best lead sentences 0.10611; the pair losing least of the method's
     * score 0.10607; no swap (48 of 50 opening with a lead) 0.10650 */
    size_t in = SIZE_MAX, out = SIZE_MAX;
    double bestsim = -1;
    for (size_t r = 0; r < ctx->ncand && r < PC_SWAP_TRIES && in == SIZE_MAX; r++) {
        size_t cand = rank[r];
        if (key[cand] < 0) break;
        for (size_t j = 0; j < chosen->n; j++) {
            if (j == keep) continue;
            pc_used u = {0};
            for (size_t k = 0; k < chosen->n; k++)
                if (k != j) pc_use(ctx, &u, chosen->v[k]);
            if (!pc_fits(ctx, &u, cand)) continue;
            double s = pc_cosine(&ctx->vec[cand], &ctx->vec[chosen->v[j]]);
            if (in == SIZE_MAX || s > bestsim) bestsim = s, in = cand, out = j;
        }
    }
    if (in != SIZE_MAX) chosen->v[out] = (uint32_t)in;
    free(rank);
    free(key);
}

/* Is candidate x's antecedent (its article's sentence one or two before)
 * among the chosen v? */
static int has_antecedent(const pc_ctx *ctx, const uint32_t *v, size_t n, uint32_t x)
{
    const pc_sent *s = &ctx->c->sents[ctx->cand[x]];
    for (size_t i = 0; i < n; i++) {
        const pc_sent *t = &ctx->c->sents[ctx->cand[v[i]]];
        if (v[i] != x && t->doc == s->doc && t->idx < s->idx && t->idx + 2 >= s->idx) return 1;
    }
    return 0;
}

void pc_resolve_dangling(pc_ctx *ctx, pc_u32vec *chosen)
{
    double threshold = pc_param(ctx, "self_contained_cosine");
    if (ctx->opt->order == PRECIS_ORDER_SCORE || threshold <= 0) return;
    uint8_t *in = pc_xcalloc(ctx->ncand ? ctx->ncand : 1, 1);
    for (size_t j = 0; j < chosen->n; j++) in[chosen->v[j]] = 1;
    for (size_t j = 0; j < chosen->n; j++) {
        uint32_t x = chosen->v[j];
        if (!pc_refers_back(ctx->c->sents[ctx->cand[x]].text) ||
            has_antecedent(ctx, chosen->v, chosen->n, x))
            continue;
        pc_used u = {0};
        for (size_t k = 0; k < chosen->n; k++)
            if (k != j) pc_use(ctx, &u, chosen->v[k]);
        size_t best = SIZE_MAX;
        double bestsim = threshold;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (in[i] || pc_refers_back(ctx->c->sents[ctx->cand[i]].text) || !pc_fits(ctx, &u, i))
                continue;
            double sim = pc_cosine(&ctx->vec[i], &ctx->vec[x]);
            if (sim <= bestsim) continue;
            /* not a repeat of another chosen sentence */
            int redundant = 0;
            for (size_t k = 0; k < chosen->n && !redundant; k++)
                redundant = k != j && pc_cosine(&ctx->vec[i], &ctx->vec[chosen->v[k]]) >= 0.5;
            if (!redundant) bestsim = sim, best = i;
        }
        if (best == SIZE_MAX) continue;
        in[x] = 0;
        in[best] = 1;
        chosen->v[j] = (uint32_t)best;
    }
    free(in);
}

/* Move element `from` of v to just after element `after`. */
static void move_after(uint32_t *v, size_t from, size_t after)
{
    uint32_t x = v[from];
    if (from > after) {
        memmove(v + after + 2, v + after + 1, (from - after - 1) * sizeof *v);
        v[after + 1] = x;
    } else {
        memmove(v + from, v + from + 1, (after - from) * sizeof *v);
        v[after] = x;
    }
}

/* Position of candidate x in v, or SIZE_MAX. */
static size_t pos_of(const uint32_t *v, size_t n, uint32_t x)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == x) return i;
    return SIZE_MAX;
}

/* What a referring sentence (candidate x) refers to among the chosen v:
 * for "The noun", the first chosen sentence with the noun (SIZE_MAX when
 * that is before x: introduced already); else its article's nearest
 * earlier chosen sentence (at most two back); else for a pronoun or
 * connective the most similar chosen sentence; SIZE_MAX when nothing (or x
 * is self-contained). */
static size_t antecedent(pc_ctx *ctx, const uint32_t *v, size_t n, uint32_t x)
{
    const precis_cluster *c = ctx->c;
    const pc_sent *s = &c->sents[ctx->cand[x]];
    size_t nlen = 0;
    const char *noun = definite_noun(s->text, &nlen);
    int pron = pc_refers_back(s->text);
    size_t slen = 0;
    const char *name = pron || noun ? NULL : bare_name(s->text, &slen);
    if (name) {
        /* after the first chosen sentence with the full name, unless the
         * name is already in a sentence before it */
        size_t self = pos_of(v, n, x);
        for (size_t i = 0; i < n; i++) {
            if (v[i] == x) continue;
            const char *t = c->sents[ctx->cand[v[i]]].text;
            if (i < self && has_word(t, name, slen)) return SIZE_MAX;
            if (has_full_name(t, name, slen)) return i < self ? SIZE_MAX : i;
        }
        return SIZE_MAX;
    }
    if (!pron && !noun) return SIZE_MAX;
    if (noun && !pron) {
        size_t self = pos_of(v, n, x);
        for (size_t i = 0; i < n; i++) {
            if (v[i] == x) continue;
            if (has_word(c->sents[ctx->cand[v[i]]].text, noun, nlen))
                return i < self ? SIZE_MAX : i; /* introduced before it: stays */
        }
    }
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        const pc_sent *t = &c->sents[ctx->cand[v[i]]];
        if (v[i] != x && t->doc == s->doc && t->idx < s->idx && t->idx + 2 >= s->idx &&
            (best == SIZE_MAX || t->idx > c->sents[ctx->cand[v[best]]].idx))
            best = i;
    }
    if (best != SIZE_MAX || !pron) return best;
    double bestsim = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == x) continue;
        double sim = pc_cosine(&ctx->vec[x], &ctx->vec[v[i]]);
        if (sim > bestsim) bestsim = sim, best = i;
    }
    return best;
}

/* Does candidate x open with a bare surname that another chosen sentence
 * gives in full (so it cannot open the summary)? */
static int surname_first(const pc_ctx *ctx, const uint32_t *v, size_t n, uint32_t x)
{
    size_t len = 0;
    const char *name = bare_name(ctx->c->sents[ctx->cand[x]].text, &len);
    for (size_t i = 0; name && i < n; i++)
        if (v[i] != x && has_full_name(ctx->c->sents[ctx->cand[v[i]]].text, name, len)) return 1;
    return 0;
}

void pc_order(pc_ctx *ctx, const double *scores, pc_u32vec *chosen)
{
    const precis_cluster *c = ctx->c;
    size_t n = chosen->n;
    if (n == 0) return;
    order_key *k = pc_xmalloc(n * sizeof *k);
    int all_dated = 1;
    for (size_t i = 0; i < n; i++)
        if (!c->docs[c->sents[ctx->cand[chosen->v[i]]].doc].date.year) all_dated = 0;
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = &c->sents[ctx->cand[chosen->v[i]]];
        k[i].date = all_dated ? event_key(s, &c->docs[s->doc]) : 0;
        k[i].doc = s->doc;
        k[i].idx = s->idx;
        k[i].cand = chosen->v[i];
        k[i].score = scores[chosen->v[i]];
    }
    /* an article's own sentences keep their order: none sorts before an
     * earlier one of its article */
    qsort(k, n, sizeof *k, by_position);
    for (size_t i = 1; i < n; i++)
        if (k[i].doc == k[i - 1].doc && k[i - 1].date > k[i].date) k[i].date = k[i - 1].date;
    int by_sc = ctx->opt->order == PRECIS_ORDER_SCORE;
    qsort(k, n, sizeof *k, by_sc ? by_score : by_date);
    uint32_t *v = chosen->v;
    for (size_t i = 0; i < n; i++) v[i] = k[i].cand;
    free(k);
    if (by_sc) return;

    /* 1. the opening lead sentence */
    double ms, mr;
    lead_scale(ctx, &ms, &mr);
    size_t lead = SIZE_MAX;
    double leadv = 0;
    for (size_t i = 0; i < n; i++) {
        if (!can_open(ctx, v[i]) || surname_first(ctx, v, n, v[i])) continue;
        double x = lead_key(ctx, v[i], ms, mr);
        if (lead == SIZE_MAX || x > leadv) lead = i, leadv = x;
    }
    if (lead != SIZE_MAX && lead > 0) {
        uint32_t x = v[lead];
        memmove(v + 1, v, lead * sizeof *v);
        v[0] = x;
    }
    /* 3. sentences that refer back go after what they refer to; each is
     * considered once, in the date order, so the pass ends */
    uint32_t *todo = pc_xmalloc(n * sizeof *todo);
    memcpy(todo, v, n * sizeof *v);
    for (size_t t = 0; t < n; t++) {
        size_t p = pos_of(v, n, todo[t]);
        if (p == 0 && lead != SIZE_MAX) continue; /* the opening stays */
        size_t a = antecedent(ctx, v, n, todo[t]);
        if (a == SIZE_MAX || a + 1 == p) continue;
        /* later: after it; earlier: right after it when it is the same
         * article's sentence before (else it already follows it) */
        if (a > p || c->sents[ctx->cand[v[a]]].doc == c->sents[ctx->cand[todo[t]]].doc)
            move_after(v, p, a);
    }
    free(todo);
}
