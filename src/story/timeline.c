/*
 * timeline.c — the dated events of a cluster: every sentence's date
 * expressions (dates/dates.c) resolved against its article's date, grouped
 * by date, and for each date the sentences that tell it best, with the other
 * articles that report the same.
 *
 * A sentence is placed once, under the date of its main event: of the
 * dates it names, the most precise ("agreed in November to ... a 1956
 * proposal" is November's; "earlier this month ... this year" the
 * month's), the first of those (of years, one written out before one
 * counted back: "in 1889" before "100 years ago"), leaving out dates introduced by "since"
 * ("the first talks since 1973" is an event of its own date, not of 1973)
 * when it names another, and habits ("usually turns cold in October").
 * Dates are read in the document's language (dates/dates.c).  For one date, a sentence scores by
 * how well it reads alone (pc_quality) and how much the other sentences of
 * that date agree with it (the sum of their cosines): the consensus of the
 * articles.  The best is always shown; more follow while they fit in
 * words_per_date and are not near-repeats of one shown (those add their
 * article to its sources instead).
 *
 * A story module: reads an analysed cluster (sentences, their vectors and
 * near-duplicate groups from core/analyze.c) beside the summarizer, not
 * through it; the renderers print the result.
 */
#include "story/story.h"
#include "core/analyze.h"
#include "dates/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


typedef struct {
    long key;            /* sorts by date, coarser grain first */
    precis_date date;
    precis_grain grain;
    uint32_t sent;
} dated;

static long date_key(precis_date d, precis_grain g)
{
    return (((long)d.year * 13 + d.month) * 32 + d.day) * 5 + (long)g;
}

static int by_key(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->sent < y->sent ? -1 : x->sent > y->sent;
}

void precis_timeline_options_init(precis_timeline_options *opt)
{
    opt->max_dates = 0;
    opt->words_per_date = 40;
}

static void add_unresolved(precis_timeline *t, const precis_cluster *c, size_t di,
                           size_t wstart, size_t wend, precis_grain g)
{
    const pc_doc *d = &c->docs[di];
    PC_GROW(t->u, t->capu, t->nu + 1);
    precis_unresolved *u = &t->u[t->nu++];
    u->doc_index = di;
    u->doc_id = t->docs[di].id;
    u->start = pc_doc_orig(d, wstart);
    u->end = pc_doc_orig(d, wend);
    u->text = pc_fold(d->text + wstart, wend - wstart);
    u->grain = g;
}

/* The dates of every sentence; unresolved relative ones go to t->u. */
static dated *collect(precis_timeline *t, precis_cluster *c, size_t *count)
{
    dated *items = NULL;
    size_t n = 0, cap = 0;
    pc_timex ms[64];
    for (size_t di = 0; di < c->ndocs; di++) {
        const pc_doc *d = &c->docs[di];
        for (size_t k = 0; k < d->nsent; k++) {
            uint32_t si = (uint32_t)(d->sent0 + k);
            const pc_sent *s = &c->sents[si];
            if (s->removed) continue;
            const char *lang = c->lang_set[0] ? c->lang_set : d->lang[0] ? d->lang : "english";
            size_t found = pc_find_timex(d->text + s->start, s->end - s->start, d->date, lang, ms, 64);
            if (found > 64) found = 64;
            int other = 0;
            for (size_t i = 0; i < found; i++)
                other |= ms[i].date.year && !ms[i].since && ms[i].grain <= PRECIS_GRAIN_DAY;
            const pc_timex *best = NULL;
            for (size_t i = 0; i < found; i++) {
                const pc_timex *m = &ms[i];
                if (m->grain > PRECIS_GRAIN_DAY || m->generic) continue; /* decades, seasons; habits */
                if (!m->date.year) {
                    if (m->relative)
                        add_unresolved(t, c, di, s->start + m->start, s->start + m->end,
                                       (precis_grain)m->grain);
                    continue;
                }
                if (m->since && other) continue;
                /* the most precise; of equal years, one written out before
                 * one counted back ("in 1889" before "100 years ago") */
                if (!best || m->grain > best->grain ||
                    (m->grain == best->grain && m->grain == PRECIS_GRAIN_YEAR && best->relative &&
                     !m->relative))
                    best = m;
            }
            if (best) {
                PC_GROW(items, cap, n + 1);
                items[n].key = date_key(best->date, (precis_grain)best->grain);
                items[n].date = best->date;
                items[n].grain = (precis_grain)best->grain;
                items[n].sent = si;
                n++;
            }
        }
    }
    *count = n;
    return items;
}

typedef struct {
    size_t first, n;     /* items[first .. first+n) */
    size_t ndocs;
    double salience;     /* its most central sentence's */
} dgroup;

static int by_support(const void *a, const void *b)
{
    const dgroup *x = a, *y = b;
    if (x->ndocs != y->ndocs) return x->ndocs > y->ndocs ? -1 : 1;
    if (x->n != y->n) return x->n > y->n ? -1 : 1;
    if (x->salience != y->salience) return x->salience > y->salience ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

static int by_first(const void *a, const void *b)
{
    const dgroup *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Documents carrying a near-duplicate of each sentence (core/analyze.c's
 * groups): a list per group through next[]. */
typedef struct {
    uint32_t *head, *next;
} dup_index;

static void add_doc(size_t **docs, size_t *n, size_t *cap, size_t doc, size_t own)
{
    if (doc == own) return;
    for (size_t i = 0; i < *n; i++)
        if ((*docs)[i] == doc) return;
    PC_GROW(*docs, *cap, *n + 1);
    (*docs)[(*n)++] = doc;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Choose and copy the sentences that tell one date. */
static void tell(precis_timeline_entry *e, precis_cluster *c, const dated *items, size_t n,
                 const dup_index *dx, const precis_timeline_options *opt, const pc_docmeta *docs)
{
    pc_svec *v = pc_xcalloc(n, sizeof *v);
    double *score = pc_xcalloc(n, sizeof *score);
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = &c->sents[items[i].sent];
        pc_svec_of(c, c->toks + s->tok0, s->ntok, &v[i]);
    }
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = &c->sents[items[i].sent];
        double agree = 0;
        for (size_t j = 0; j < n && j < 200; j++)
            if (j != i && c->sents[items[j].sent].doc != s->doc) agree += pc_cosine(&v[i], &v[j]);
        float q = pc_quality(s);
        score[i] = (q > 0 ? q : 0.05) * (1 + agree);
    }
    uint32_t *order = pc_rank_desc(score, n);
    size_t *chosen = pc_xmalloc(n * sizeof *chosen), nch = 0, words = 0;
    size_t **also = pc_xcalloc(n, sizeof *also), *nalso = pc_xcalloc(n, sizeof *nalso),
           *capalso = pc_xcalloc(n, sizeof *capalso);
    for (size_t r = 0; r < n; r++) {
        size_t i = order[r];
        const pc_sent *s = &c->sents[items[i].sent];
        size_t near = SIZE_MAX;
        for (size_t k = 0; k < nch && near == SIZE_MAX; k++) {
            const pc_sent *o = &c->sents[items[chosen[k]].sent];
            if (o->group == s->group || pc_cosine(&v[i], &v[chosen[k]]) >= 0.5) near = k;
        }
        if (near != SIZE_MAX) {
            add_doc(&also[near], &nalso[near], &capalso[near], s->doc,
                    c->sents[items[chosen[near]].sent].doc);
            continue;
        }
        if (nch > 0 && words + s->nwords > opt->words_per_date) continue;
        chosen[nch++] = i;
        words += s->nwords;
    }
    e->nsentences = nch;
    precis_sentence *out = pc_xcalloc(nch, sizeof *out);
    for (size_t k = 0; k < nch; k++) {
        uint32_t si = items[chosen[k]].sent;
        const pc_sent *s = &c->sents[si];
        const pc_doc *d = &c->docs[s->doc];
        for (uint32_t o = dx->head[s->group]; o != UINT32_MAX; o = dx->next[o])
            add_doc(&also[k], &nalso[k], &capalso[k], c->sents[o].doc, s->doc);
        if (nalso[k] > 1) qsort(also[k], nalso[k], sizeof *also[k], cmp_size);
        precis_sentence *o = &out[k];
        o->doc_id = docs[s->doc].id;
        o->doc_index = s->doc;
        o->sentence_index = s->idx;
        o->start = pc_doc_orig(d, s->start);
        o->end = pc_doc_orig(d, s->end);
        o->score = score[chosen[k]];
        o->text = pc_strdup(s->text);
        o->also_docs = also[k];
        o->also_count = nalso[k];
        also[k] = NULL;
    }
    for (size_t k = 0; k < n; k++) free(also[k]);
    e->sentences = out;
    for (size_t i = 0; i < n; i++) pc_svec_free(&v[i]);
    free(v);
    free(score);
    free(order);
    free(chosen);
    free(also);
    free(nalso);
    free(capalso);
}

precis_timeline *precis_timeline_build(precis_cluster *c, const precis_timeline_options *opt_in)
{
    precis_timeline_options opt;
    if (opt_in) opt = *opt_in;
    else precis_timeline_options_init(&opt);
    if (pc_analyze(c, NULL, 0) != 0) return NULL;
    precis_timeline *t = pc_xcalloc(1, sizeof *t);
    t->docs = pc_copy_docs(c, &t->ndocs);
    t->cluster_id = pc_strdup(c->id);
    snprintf(t->language, sizeof t->language, "%s", pc_language(c));

    size_t n = 0;
    dated *items = collect(t, c, &n);
    if (n > 1) qsort(items, n, sizeof *items, by_key);

    dgroup *g = NULL;
    size_t ng = 0, capg = 0;
    uint8_t *seen = pc_xcalloc(c->ndocs, 1);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        size_t nd = 0;
        double sal = 0;
        while (j < n && items[j].key == items[i].key) {
            uint32_t doc = c->sents[items[j].sent].doc;
            if (!seen[doc]) seen[doc] = 1, nd++;
            double v = pc_salience(c, &c->sents[items[j].sent]);
            if (v > sal) sal = v;
            j++;
        }
        for (size_t k = i; k < j; k++) seen[c->sents[items[k].sent].doc] = 0;
        PC_GROW(g, capg, ng + 1);
        g[ng].first = i;
        g[ng].n = j - i;
        g[ng].ndocs = nd;
        g[ng].salience = sal;
        ng++;
        i = j;
    }
    free(seen);
    if (opt.max_dates && ng > opt.max_dates) {
        qsort(g, ng, sizeof *g, by_support);
        ng = opt.max_dates;
        qsort(g, ng, sizeof *g, by_first);
    }

    dup_index dx;
    dx.head = pc_xmalloc(c->nsents * sizeof *dx.head);
    dx.next = pc_xmalloc(c->nsents * sizeof *dx.next);
    for (size_t i = 0; i < c->nsents; i++) dx.head[i] = UINT32_MAX;
    for (size_t i = c->nsents; i-- > 0;) {
        if (c->sents[i].removed) continue;
        uint32_t grp = c->sents[i].group;
        dx.next[i] = dx.head[grp];
        dx.head[grp] = (uint32_t)i;
    }

    t->e = pc_xcalloc(ng, sizeof *t->e);
    t->n = ng;
    for (size_t k = 0; k < ng; k++) {
        precis_timeline_entry *e = &t->e[k];
        const dated *it = &items[g[k].first];
        e->date = it->date;
        e->grain = it->grain;
        e->mentions = g[k].n;
        e->ndocs = g[k].ndocs;
        tell(e, c, it, g[k].n, &dx, &opt, t->docs);
    }
    free(dx.head);
    free(dx.next);
    free(g);
    free(items);
    return t;
}

void precis_timeline_free(precis_timeline *t)
{
    if (!t) return;
    for (size_t k = 0; k < t->n; k++) {
        for (size_t i = 0; i < t->e[k].nsentences; i++) {
            free((char *)t->e[k].sentences[i].text);
            free((size_t *)t->e[k].sentences[i].also_docs);
        }
        free((precis_sentence *)t->e[k].sentences);
    }
    free(t->e);
    for (size_t i = 0; i < t->nu; i++) free((char *)t->u[i].text);
    free(t->u);
    pc_free_docs(t->docs, t->ndocs);
    free(t->cluster_id);
    free(t);
}

size_t precis_timeline_count(const precis_timeline *t) { return t ? t->n : 0; }

const precis_timeline_entry *precis_timeline_entry_at(const precis_timeline *t, size_t i)
{
    return t && i < t->n ? &t->e[i] : NULL;
}

size_t precis_timeline_unresolved_count(const precis_timeline *t) { return t ? t->nu : 0; }

const precis_unresolved *precis_timeline_unresolved_at(const precis_timeline *t, size_t i)
{
    return t && i < t->nu ? &t->u[i] : NULL;
}
