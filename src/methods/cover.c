/*
 * cover.c — the concept-coverage problem in compact form (see cover.h),
 * and the solvers the default method uses: greedy (pc_cover_greedy, at the
 * end), then local search from it (pc_cover_select).
 *
 * Local search: while some move raises the objective, make the best one —
 * add a sentence, swap one in for one out, or swap one out for two in —
 * never leaving the budget; from 21 starts (`starts` 20): the greedy, and
 * the greedy with each of the densest sentences forced in first.  It does
 * not prove optimality: on DUC 2006 at 250 words it reaches GLPK's proven
 * optimum on 29 of 50 clusters and is within 0.24% of it on average
 * (bench/solver; a single start: 8 of 50 and 1.5%), in a tenth of GLPK's
 * time, and the summaries score the same ROUGE within noise.  ilp.c
 * (--method ilp, or coverage --param solver=2) proves.
 *
 * Time: concepts O(T) over T tokens; the greedy O(k * C) for k chosen
 * sentences over C concept occurrences; each local-search round
 * O(n^3 * d) at worst for n <= max_candidates sentences of d concepts
 * (in practice a few rounds of far fewer), at most 100 rounds.
 */
#include "methods/cover.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

size_t pc_cover_concepts(pc_ctx *ctx, pc_concepts *cs, double *scores)
{
    pc_concepts_build(ctx, cs, pc_param(ctx, "concept_relevance"));
    prune(ctx, cs);
    size_t used = 0;  /* distinct concepts some kept candidate has */
    uint8_t *seen = pc_xcalloc(cs->n, 1);
    for (size_t i = 0; i < ctx->ncand; i++) {
        double g = 0;
        for (size_t k = 0; k < cs->of[i].n; k++) {
            g += cs->weight[cs->of[i].v[k]];
            if (!seen[cs->of[i].v[k]]) seen[cs->of[i].v[k]] = 1, used++;
        }
        scores[i] = g;
    }
    free(seen);
    return used;
}

static int cmp_column(const void *a, const void *b)
{
    const pc_cover_column *x = a, *y = b;
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
                              pc_cover_column **out)
{
    uint32_t *count = pc_xcalloc(cs->n, sizeof *count);
    for (size_t j = 0; j < ctx->ncand; j++)
        for (size_t k = 0; k < cs->of[j].n; k++) count[cs->of[j].v[k]]++;
    pc_cover_column *cols = pc_xcalloc(cs->n, sizeof *cols);
    uint32_t *slot = pc_xcalloc(cs->n, sizeof *slot);
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

void pc_cover_build(const pc_ctx *ctx, const pc_concepts *cs, pc_cover *p)
{
    double *cobj = pc_xcalloc(ctx->ncand, sizeof *cobj);
    p->nc = concept_columns(ctx, cs, cobj, &p->cols);
    uint32_t *pos = pc_xmalloc(ctx->ncand * sizeof *pos);
    p->kc = pc_xmalloc(ctx->ncand * sizeof *p->kc);
    p->ns = 0;
    for (size_t j = 0; j < ctx->ncand; j++)
        if (cs->of[j].n) pos[j] = (uint32_t)p->ns, p->kc[p->ns++] = (uint32_t)j;
    p->obj = pc_xcalloc(p->ns + 1, sizeof *p->obj);
    p->cost = pc_xcalloc(p->ns + 1, sizeof *p->cost);
    for (size_t q = 0; q < p->ns; q++) {
        p->obj[q] = cobj[p->kc[q]];
        p->cost[q] = pc_cost(ctx, p->kc[q]);
    }
    for (size_t c = 0; c < p->nc; c++)
        for (uint32_t k = 0; k < p->cols[c].n; k++) p->cols[c].sents[k] = pos[p->cols[c].sents[k]];
    free(pos);
    free(cobj);
}

void pc_cover_free(pc_cover *p)
{
    for (size_t c = 0; c < p->nc; c++) free(p->cols[c].sents);
    free(p->cols);
    free(p->kc);
    free(p->obj);
    free(p->cost);
    memset(p, 0, sizeof *p);
}

/* Gains below this are rounding residue of adding and removing weights. */
#define EPS 1e-9

/* The local search's state: each sentence's columns (adjacency lists),
 * costs, and scratch space reused by every start. */
typedef struct {
    const pc_cover *p;
    double limit;
    uint32_t *deg, *adj;  /* sentence j's columns: adj[deg[j] .. deg[j + 1]) */
    double *len;          /* sentence j's cost */
    double *norm;         /* 1 / sqrt(len + 1): the greedy's gain per cost */
    uint32_t *cnt;        /* per column: chosen sentences that cover it */
    double *base;         /* per sentence: what it adds to the current solution */
    double *gain;         /* per sentence, scratch */
    uint32_t *order;      /* 2 x per sentence, scratch: the pair candidates */
} search;

static void search_init(search *s, const pc_cover *p, double limit)
{
    size_t ns = p->ns, nc = p->nc, n1 = ns ? ns : 1;
    s->p = p;
    s->limit = limit;
    s->deg = pc_xcalloc(ns + 1, sizeof *s->deg);
    for (size_t c = 0; c < nc; c++)
        for (uint32_t k = 0; k < p->cols[c].n; k++) s->deg[p->cols[c].sents[k] + 1]++;
    for (size_t j = 0; j < ns; j++) s->deg[j + 1] += s->deg[j];
    s->adj = pc_xmalloc((s->deg[ns] + 1) * sizeof *s->adj);
    uint32_t *fill = pc_xcalloc(n1, sizeof *fill);
    for (size_t c = 0; c < nc; c++)
        for (uint32_t k = 0; k < p->cols[c].n; k++) {
            uint32_t j = p->cols[c].sents[k];
            s->adj[s->deg[j] + fill[j]++] = (uint32_t)c;
        }
    free(fill);
    s->len = pc_xmalloc(n1 * sizeof *s->len);
    s->norm = pc_xmalloc(n1 * sizeof *s->norm);
    for (size_t j = 0; j < ns; j++) {
        s->len[j] = p->cost[j];
        s->norm[j] = 1 / sqrt(s->len[j] + 1);
    }
    s->cnt = pc_xmalloc(nc * sizeof *s->cnt);
    s->gain = pc_xmalloc(n1 * sizeof *s->gain);
    s->base = pc_xmalloc(n1 * sizeof *s->base);
    s->order = pc_xmalloc(2 * n1 * sizeof *s->order);
}

static void search_free(search *s)
{
    free(s->deg), free(s->adj), free(s->len), free(s->norm);
    free(s->cnt), free(s->gain), free(s->base), free(s->order);
}

/* What sentence j adds to the current solution. */
static double gain_of(const search *s, size_t j)
{
    double g = s->p->obj[j];
    for (uint32_t k = s->deg[j]; k < s->deg[j + 1]; k++)
        if (!s->cnt[s->adj[k]]) g += s->p->cols[s->adj[k]].weight;
    return g;
}

static void put(search *s, double *x, size_t j, int in, double *used)
{
    x[j + 1] = in;
    *used += in ? s->len[j] : -s->len[j];
    for (uint32_t k = s->deg[j]; k < s->deg[j + 1]; k++) s->cnt[s->adj[k]] += in ? 1 : (uint32_t)-1;
}

/* Adds (in = 1) or removes sentence j, keeping base[] — every outside
 * sentence's gain — current: a column that becomes covered (or uncovered)
 * stops (or starts) counting for the other sentences that have it. */
static void put_tracked(search *s, double *x, size_t j, int in, double *used)
{
    const pc_cover *p = s->p;
    x[j + 1] = in;
    *used += in ? s->len[j] : -s->len[j];
    for (uint32_t k = s->deg[j]; k < s->deg[j + 1]; k++) {
        uint32_t c = s->adj[k];
        if (in ? s->cnt[c]++ == 0 : --s->cnt[c] == 0) {
            double w = in ? -p->cols[c].weight : p->cols[c].weight;
            for (uint32_t m = 0; m < p->cols[c].n; m++) s->base[p->cols[c].sents[m]] += w;
        }
    }
}

/* Greedy from the sentences already in x: add the one with the most
 * uncovered weight per square root of cost until nothing fits.  Sets
 * s->cnt and s->base for x. */
static double greedy(search *s, double *x)
{
    const pc_cover *p = s->p;
    double used = 0;
    memset(s->cnt, 0, p->nc * sizeof *s->cnt);
    for (size_t j = 0; j < p->ns; j++)
        if (x[j + 1] > 0.5) put(s, x, j, 1, &used);
    for (size_t j = 0; j < p->ns; j++) s->base[j] = gain_of(s, j);
    for (;;) {
        size_t best = SIZE_MAX;
        double bestv = 0;
        for (size_t j = 0; j < p->ns; j++) {
            if (x[j + 1] > 0.5 || used + s->len[j] > s->limit) continue;
            double g = s->base[j], v = g * s->norm[j];
            if (g > EPS && v > bestv) bestv = v, best = j;
        }
        if (best == SIZE_MAX) break;
        put_tracked(s, x, best, 1, &used);
    }
    return used;
}

/* Local search from x (s->cnt and s->base describing it): while some move
 * raises the objective, make the best one — add a sentence, swap one in
 * for one out, or swap one out for two in.  Moves never leave the budget. */
static void improve(search *s, double *x, double used)
{
    const pc_cover *p = s->p;
    size_t ns = p->ns;
    const double *len = s->len;
    double *gain = s->gain;
    for (int round = 0; round < 100; round++) {
        double bestd = EPS;
        long bo = -1, b1 = -1, b2 = -1;
        for (size_t k = 0; k < ns; k++)  /* add */
            if (x[k + 1] < 0.5 && used + len[k] <= s->limit && s->base[k] > bestd)
                bestd = s->base[k], bo = -1, b1 = (long)k, b2 = -1;
        for (size_t o = 0; o < ns; o++) {
            if (x[o + 1] < 0.5) continue;
            /* with o out: its loss is its own weight and the columns only
             * it covers, which every outside sentence having them gains */
            double loss = p->obj[o], room = s->limit - used + len[o], gmax = 0;
            for (size_t a = 0; a < ns; a++) gain[a] = s->base[a];
            for (uint32_t k = s->deg[o]; k < s->deg[o + 1]; k++) {
                uint32_t c = s->adj[k];
                if (s->cnt[c] != 1) continue;
                loss += p->cols[c].weight;
                for (uint32_t m = 0; m < p->cols[c].n; m++) gain[p->cols[c].sents[m]] += p->cols[c].weight;
            }
            for (size_t a = 0; a < ns; a++) {  /* one for one */
                if (x[a + 1] > 0.5 || len[a] > room) {
                    gain[a] = 0;
                    continue;
                }
                if (gain[a] - loss > bestd) bestd = gain[a] - loss, bo = (long)o, b1 = (long)a, b2 = -1;
                if (gain[a] > gmax) gmax = gain[a];
            }
            /* one out, two in: a sentence's gain alone bounds its gain
             * after another comes in, so only pairs whose bounds beat the
             * best move are counted — a in `first` (more than half of what
             * a pair must gain), b in `second` (enough beside the best a) */
            size_t nf = 0, nsec = 0;
            uint32_t *first = s->order, *second = s->order + ns;
            for (size_t a = 0; a < ns; a++) {
                if (gain[a] <= EPS || gain[a] + gmax - loss <= bestd) continue;
                second[nsec++] = (uint32_t)a;
                if (2 * gain[a] > loss + bestd) first[nf++] = (uint32_t)a;
            }
            if (!nf) continue;
            for (uint32_t k = s->deg[o]; k < s->deg[o + 1]; k++) s->cnt[s->adj[k]]--;
            for (size_t i = 0; i < nf; i++) {
                size_t a = first[i];
                if (gain[a] + gmax - loss <= bestd) continue;
                for (uint32_t k = s->deg[a]; k < s->deg[a + 1]; k++) s->cnt[s->adj[k]]++;
                for (size_t j = 0; j < nsec; j++) {
                    size_t b = second[j];
                    /* each pair once, with the larger gain first */
                    if (b == a || gain[b] > gain[a] || (gain[b] == gain[a] && b < a)) continue;
                    if (gain[a] + gain[b] - loss <= bestd || len[a] + len[b] > room) continue;
                    double d = gain[a] + gain_of(s, b) - loss;
                    if (d > bestd) bestd = d, bo = (long)o, b1 = (long)a, b2 = (long)b;
                }
                for (uint32_t k = s->deg[a]; k < s->deg[a + 1]; k++) s->cnt[s->adj[k]]--;
            }
            for (uint32_t k = s->deg[o]; k < s->deg[o + 1]; k++) s->cnt[s->adj[k]]++;
        }
        if (b1 < 0) break;
        if (bo >= 0) put_tracked(s, x, (size_t)bo, 0, &used);
        put_tracked(s, x, (size_t)b1, 1, &used);
        if (b2 >= 0) put_tracked(s, x, (size_t)b2, 1, &used);
    }
}

void pc_cover_search(const pc_cover *p, double limit, size_t starts, double *x)
{
    size_t ns = p->ns, nx = ns + p->nc + 1;
    memset(x, 0, nx * sizeof *x);
    search s;
    search_init(&s, p, limit);
    /* the starts: the plain greedy, then greedy with each of the best
     * sentences by weight per square root of cost forced in first (those
     * the best solution so far has already are skipped) */
    double *value = pc_xmalloc(ns * sizeof *value);
    for (size_t j = 0; j < ns; j++) {
        double g = p->obj[j];
        for (uint32_t k = s.deg[j]; k < s.deg[j + 1]; k++) g += p->cols[s.adj[k]].weight;
        value[j] = g * s.norm[j];
    }
    uint32_t *seeds = pc_rank_desc(value, ns);
    double *y = pc_xmalloc(nx * sizeof *y), best = -1;
    size_t tried = 0;
    for (size_t k = 0; k <= ns && tried < starts + 1; k++) {
        memset(y, 0, nx * sizeof *y);
        if (k > 0) {
            size_t j = seeds[k - 1];
            if (s.len[j] > limit || x[j + 1] > 0.5) continue;
            y[j + 1] = 1;
        }
        tried++;
        improve(&s, y, greedy(&s, y));
        for (size_t c = 0; c < p->nc; c++) y[ns + c + 1] = s.cnt[c] > 0;
        double v = pc_cover_value(p, y);
        if (v > best + 1e-9) best = v, memcpy(x, y, nx * sizeof *x);
    }
    free(y), free(seeds), free(value);
    search_free(&s);
}

double pc_cover_value(const pc_cover *p, const double *x)
{
    double v = 0;
    for (size_t q = 0; q < p->ns; q++) v += x[q + 1] * p->obj[q];
    for (size_t c = 0; c < p->nc; c++) v += x[p->ns + c + 1] * p->cols[c].weight;
    return v;
}

void pc_cover_take(pc_ctx *ctx, const pc_cover *p, const double *x, pc_u32vec *chosen)
{
    pc_used used = {0};
    for (size_t q = 0; q < p->ns; q++)
        if (x[q + 1] > 0.5 && pc_fits(ctx, &used, p->kc[q])) {
            pc_u32_push(chosen, p->kc[q]);
            pc_use(ctx, &used, p->kc[q]);
        }
}

int pc_cover_select(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    pc_concepts cs;
    size_t nconcepts = pc_cover_concepts(ctx, &cs, scores);
    if (!nconcepts) {
        pc_concepts_free(&cs);
        return pc_cover_greedy(ctx, chosen, scores);
    }
    pc_cover p;
    pc_cover_build(ctx, &cs, &p);
    double *x = pc_xmalloc((p.ns + p.nc + 1) * sizeof *x);
    pc_cover_search(&p, pc_cost_limit(ctx), (size_t)pc_param(ctx, "starts"), x);
    pc_cover_take(ctx, &p, x, chosen);
    snprintf(ctx->note, sizeof ctx->note, "local search, objective %.2f, %zu concepts",
             pc_cover_value(&p, x), nconcepts);
    free(x);
    pc_cover_free(&p);
    pc_concepts_free(&cs);
    return 0;
}

/* The greedy selection (also the solvers' fallback). */
int pc_cover_greedy(pc_ctx *ctx, pc_u32vec *chosen, double *scores)
{
    precis_cluster *c = ctx->c;
    pc_concepts cs;
    pc_concepts_build(ctx, &cs, 0);
    double lp = pc_param(ctx, "length_power");
    uint8_t *covered = pc_xcalloc(cs.n, 1);
    uint8_t *taken = pc_xcalloc(ctx->ncand, 1);
    double *norm = pc_xmalloc(ctx->ncand * sizeof *norm);
    const double *rel = ctx->query.n ? pc_query_relevance(ctx) : NULL;
    double qsw = pc_param(ctx, "query_sentence_weight"), maxrel = 0;
    for (size_t i = 0; rel && i < ctx->ncand; i++)
        if (rel[i] > maxrel) maxrel = rel[i];
    for (size_t i = 0; i < ctx->ncand; i++) {
        norm[i] = ctx->quality[i] / pow((double)c->sents[ctx->cand[i]].nwords + 1, lp);
        if (rel && maxrel > 0) norm[i] *= 1 + qsw * rel[i] / maxrel;
        double g = 0;
        for (size_t k = 0; k < cs.of[i].n; k++) g += cs.weight[cs.of[i].v[k]];
        scores[i] = g * norm[i];
    }
    pc_used used = {0};
    for (;;) {
        size_t best = SIZE_MAX;
        double bestv = 0;
        for (size_t i = 0; i < ctx->ncand; i++) {
            if (taken[i] || scores[i] <= bestv || !pc_fits(ctx, &used, i)) continue;
            double g = 0;
            for (size_t k = 0; k < cs.of[i].n; k++)
                if (!covered[cs.of[i].v[k]]) g += cs.weight[cs.of[i].v[k]];
            double v = g * norm[i];
            if (v > bestv) bestv = v, best = i;
        }
        if (best == SIZE_MAX) break;
        taken[best] = 1;
        pc_u32_push(chosen, (uint32_t)best);
        pc_use(ctx, &used, best);
        for (size_t k = 0; k < cs.of[best].n; k++) covered[cs.of[best].v[k]] = 1;
    }
    free(norm);
    free(covered);
    free(taken);
    pc_concepts_free(&cs);
    return 0;
}
