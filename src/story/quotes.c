/*
 * quotes.c — direct quotations and who said them.
 *
 * Quotations are the text between “ and ”, « and », `` and '', or two
 * straight double quotes in one paragraph; those of fewer than three words
 * are scare quotes ("abnormal") and are left out.  The speaker is looked for,
 * in this order:
 *   after the quote, in its sentence   “...,” Lavrov said / said Putin /
 *                                      Abe said through an interpreter /
 *                                      X told reporters / according to X
 *   before it, in its sentence         Putin said ..., but added that “...”
 *   an all-caps label before it        VLADMIR PUTIN RUSSIAN PRESIDENT "..."
 *   the sentence before                a quote continued from the previous
 *                                      sentence keeps its speaker
 * A pronoun ("he said") is resolved to the speaker of the previous quote
 * when that is a person, else the subject of the previous sentence's
 * reporting verb, else the first person named in the sentences before.
 * Speakers are mapped to entities (entities.c) by their name.
 *
 * A story module: reads an analysed cluster's documents (their working
 * text and sentences) and its entities; the renderers print the quotes.
 */
#include "story/story.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

typedef struct {
    size_t s, e;       /* working offsets */
    int cap;           /* capitalised */
    char low[24];
} qword;

/* The words of text[a, b), stopping at punctuation other than
 * apostrophes, hyphens and abbreviation periods when `stop` (then *stopped
 * says where).  At most max words. */
static size_t words_in(const char *t, size_t a, size_t b, qword *w, size_t max, int stop,
                       size_t *stopped)
{
    size_t n = 0, i = a;
    if (stopped) *stopped = b;
    while (i < b && n < max) {
        unsigned char ch = (unsigned char)t[i];
        if (isspace(ch)) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(b - i), &cp);
        if (k <= 0) k = 1, cp = -1;
        int letter = cp >= 0 && (utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO ||
                                 utf8proc_category(cp) == UTF8PROC_CATEGORY_ND);
        if (!letter) {
            if (stop) {
                if (stopped) *stopped = i;
                return n;
            }
            i += (size_t)k;
            continue;
        }
        qword *q = &w[n++];
        q->s = i;
        q->cap = utf8proc_isupper(cp);
        size_t l = 0;
        while (i < b) {
            unsigned char c2 = (unsigned char)t[i];
            if (isalnum(c2) || c2 >= 0x80) {
                /* a curly double quote or an em dash (U+2014) ends the word */
                if (c2 >= 0x80 && i + 2 < b && (memcmp(t + i, PC_RDQUO, 3) == 0 ||
                                                 memcmp(t + i, PC_LDQUO, 3) == 0 ||
                                                 memcmp(t + i, "\xE2\x80\x94", 3) == 0))
                    break;
                if (c2 >= 0x80 && i + 2 < b && memcmp(t + i, PC_RSQUO, 3) == 0) {
                    i += 3;
                    continue;
                }
                if (l + 1 < sizeof q->low) q->low[l++] = (char)tolower(c2);
                i++;
            } else if ((c2 == '\'' || c2 == '-' || c2 == '.') && i + 1 < b &&
                       isalpha((unsigned char)t[i + 1])) {
                i++;
            } else break;
        }
        q->low[l] = 0;
        q->e = i;
    }
    return n;
}

/* A stopword in any case ("And", "But"): no speaker. */
static int stopword_any_case(const char *w)
{
    char low[16];
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    return pc_is_stopword(low, n);
}

static int verb(const qword *w)
{
    static const char *const v[] = {"said", "says", "told", "added", "asked", "stressed",
                                     "insisted", "warned", "noted", "wrote", "tweeted",
                                     "explained", "declared", "replied", "argued", "continued",
                                     "recalled", "announced", "urged", "quipped", NULL};
    for (const char *const *p = v; *p; p++)
        if (strcmp(w->low, *p) == 0) return 1;
    return 0;
}

static int pronoun(const qword *w) { return !strcmp(w->low, "he") || !strcmp(w->low, "she"); }

typedef struct {
    const precis_mention *m;
    long ent;
} person_mention;

typedef struct {
    precis_cluster *c;
    const precis_entities *ent;
    precis_quotes *q;
    size_t cap;
    /* person mentions, by document and offset, for pronouns */
    person_mention *pm;
    size_t npm;
} qctx;

/* The capitalised run ending at or before w[k] (names with their titles). */
static int is_of(const qword *w) { return strcmp(w->low, "of") == 0; }

/* Names run over "of": "Ministry of Foreign Affairs". */
static char *cap_run_before(const char *t, const qword *w, size_t k)
{
    size_t j = k + 1, i = k + 1;
    while (i > 0 && (w[i - 1].cap || (i > 1 && is_of(&w[i - 1]) && w[i - 2].cap && i < j))) i--;
    if (i == j) return NULL;
    return pc_fold(t + w[i].s, w[j - 1].e - w[i].s);
}

static char *cap_run_from(const char *t, const qword *w, size_t n, size_t k)
{
    size_t j = k;
    while (j < n && (w[j].cap || (j > k && j + 1 < n && is_of(&w[j]) && w[j + 1].cap))) j++;
    if (j == k) return NULL;
    return pc_fold(t + w[k].s, w[j - 1].e - w[k].s);
}

/* "according to the Japanese Ministry of Foreign Affairs' website" -> the
 * name before the possessive; "according to Russian state media" -> the
 * words up to the punctuation (at most six). */
static char *according(const char *t, const qword *w, size_t n, size_t k)
{
    while (k < n && (!strcmp(w[k].low, "the") || !strcmp(w[k].low, "a"))) k++;
    if (k >= n) return NULL;
    size_t j = k;
    while (j < n && (w[j].cap || (j > k && j + 1 < n && is_of(&w[j]) && w[j + 1].cap))) j++;
    if (j > k) {
        size_t e = w[j - 1].e;
        int poss = (e >= 1 && t[e - 1] == '\'') || (e >= 3 && memcmp(t + e - 3, PC_RSQUO, 3) == 0);
        if (j == n || poss) {
            if (poss) e -= t[e - 1] == '\'' ? 1 : 3;
            return pc_fold(t + w[k].s, e - w[k].s);
        }
    }
    size_t e = k;
    while (e < n && e < k + 6) e++;
    return pc_fold(t + w[k].s, w[e - 1].e - w[k].s);
}

/* The subject of the last reporting verb in text[a, b): "Putin said the
 * issue..., but added that" -> "Putin".  *pro is set when it is a pronoun. */
static char *subject_before(const char *t, size_t a, size_t b, int *pro)
{
    qword w[64];
    size_t n = words_in(t, a, b, w, 64, 0, NULL);
    *pro = 0;
    size_t v = n;
    for (size_t k = n; k-- > 0;)
        if (verb(&w[k])) {
            v = k;
            break;
        }
    if (v == n) return NULL;
    /* nearest name or pronoun before the verb, skipping lowercase words */
    for (size_t k = v, steps = 0; k-- > 0 && steps < 16; steps++) {
        if (pronoun(&w[k])) {
            *pro = 1;
            return pc_fold(t + w[k].s, w[k].e - w[k].s);
        }
        if (w[k].cap && !(k == 0 && (verb(&w[k]) || !strcmp(w[k].low, "but"))))
            return cap_run_before(t, w, k);
    }
    return NULL;
}

/* The speaker in text[a, b) after a quotation's close. */
static char *speaker_after(const char *t, size_t a, size_t b, const char **cue, int *pro)
{
    qword w[16];
    size_t p = a;
    while (p < b && (isspace((unsigned char)t[p]) || t[p] == ',')) p++;
    size_t stopped;
    size_t n = words_in(t, p, b, w, 16, 1, &stopped);
    *pro = 0;
    for (size_t k = 0; k + 1 < n; k++)
        if (!strcmp(w[k].low, "according") && !strcmp(w[k + 1].low, "to")) {
            *cue = "according to X";
            return according(t, w, n, k + 2);
        }
    for (size_t k = 0; k < n && k < 9; k++) {
        if (!verb(&w[k])) continue;
        if (k == 0) { /* said Putin / said the Russian leader */
            *cue = "said X";
            if (n > 1 && w[1].cap) return cap_run_from(t, w, n, 1);
            return NULL;
        }
        *cue = "X said";
        if (k == 1 && pronoun(&w[0])) {
            *pro = 1;
            return pc_fold(t + w[0].s, w[0].e - w[0].s);
        }
        /* the last capitalised run before the verb: "Russian state media outlet TASS said" */
        for (size_t j = k; j-- > 0;)
            if (w[j].cap) return cap_run_before(t, w, j);
        static const char *const det[] = {"the", "a", "an", "his", "her", "its", "their", "one",
                                          "another", NULL};
        for (const char *const *d = det; *d; d++)
            if (!strcmp(w[0].low, *d)) return pc_fold(t + w[0].s, w[k - 1].e - w[0].s);
        return NULL;
    }
    return NULL;
}

static int by_mention(const void *a, const void *b)
{
    const precis_mention *x = ((const person_mention *)a)->m, *y = ((const person_mention *)b)->m;
    if (x->doc_index != y->doc_index) return x->doc_index < y->doc_index ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* The first person named in document doc between original offsets [a, b). */
static long first_person(const qctx *x, size_t doc, size_t a, size_t b)
{
    size_t lo = 0, hi = x->npm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const precis_mention *m = x->pm[mid].m;
        if (m->doc_index < doc || (m->doc_index == doc && m->start < a)) lo = mid + 1;
        else hi = mid;
    }
    if (lo < x->npm && x->pm[lo].m->doc_index == doc && x->pm[lo].m->start < b) return x->pm[lo].ent;
    return -1;
}

static int is_person(const qctx *x, long ent)
{
    return ent >= 0 && precis_entities_at(x->ent, (size_t)ent)->type == PRECIS_ENTITY_PERSON;
}

/* The last sentence of d starting at or before working offset off (0 when none). */
static size_t sentence_at(const precis_cluster *c, const pc_doc *d, size_t off)
{
    size_t lo = 0, hi = d->nsent;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->sents[d->sent0 + mid].start <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* The quote before this one, when it is in document di and ends after the
 * start of sentence `so - 1`: a quote the current one may continue. */
static const precis_quote *recent_quote(const qctx *x, size_t di, const pc_doc *d, size_t so)
{
    if (!x->q->n || so == 0) return NULL;
    const precis_quote *pq = &x->q->q[x->q->n - 1];
    if (pq->doc_index != di || pq->end <= pc_doc_orig(d, x->c->sents[d->sent0 + so - 1].start))
        return NULL;
    return pq;
}

static void add_quote(qctx *x, size_t di, size_t qs, size_t qe, size_t mark_open,
                      size_t mark_close)
{
    precis_cluster *c = x->c;
    pc_doc *d = &c->docs[di];
    const char *t = d->text;
    char *inner = pc_fold(t + qs + mark_open, qe - qs - mark_open - mark_close);
    if (pc_count_words(inner) < 3) {
        free(inner);
        return;
    }
    /* the sentences holding its open and close marks */
    size_t so = sentence_at(c, d, qs), sc = sentence_at(c, d, qe - 1);
    const pc_sent *open_s = d->nsent ? &c->sents[d->sent0 + so] : NULL;
    const pc_sent *close_s = d->nsent ? &c->sents[d->sent0 + sc] : NULL;
    const char *cue = NULL;
    char *who = NULL;
    int pro = 0;
    if (close_s && qe < close_s->end) who = speaker_after(t, qe, close_s->end, &cue, &pro);
    if ((!who || !strcmp(cue, "according to X")) && open_s && open_s->start < qs) {
        /* a reporting verb before the quote outranks "according to" after it */
        int p2 = 0;
        char *before = subject_before(t, open_s->start, qs, &p2);
        if (!before) {
            /* "According to X, the islands “are ...”" */
            qword w[64];
            size_t n = words_in(t, open_s->start, qs, w, 64, 0, NULL);
            for (size_t k = 0; k + 2 < n && !before; k++)
                if (!strcmp(w[k].low, "according") && !strcmp(w[k + 1].low, "to")) {
                    size_t stopped;
                    size_t m = words_in(t, w[k + 2].s, qs, w, 64, 1, &stopped);
                    before = according(t, w, m, 0);
                    if (before) cue = "according to X";
                }
            if (before && !who) who = before, before = NULL;
        } else cue = "X said";
        if (before) {
            free(who);
            who = before;
            pro = p2;
        }
    }
    if (who && !pro) { /* "It says", "They said": no one to name */
        static const char *const none[] = {"it", "they", "we", "this", "that", "i", "you",
                                           "there", "these", "those", NULL};
        int drop = !strchr(who, ' ') && (strlen(who) < 16 && stopword_any_case(who));
        for (const char *const *p = none; *p && !drop; p++) drop = !strcasecmp(who, *p);
        if (drop) {
            free(who);
            who = NULL;
        }
    }
    if (!who) { /* an all-caps label just before it */
        for (size_t r = 0; r < d->nrm; r++) {
            const pc_removal *rm = &d->rm[r];
            if (rm->reason != PC_RM_LABEL || rm->end > qs) continue;
            size_t p = rm->end;
            while (p < qs && isspace((unsigned char)t[p])) p++;
            if (p == qs) {
                who = pc_strdup(rm->text);
                cue = "label";
            }
        }
    }
    long ent = -1;
    size_t lead = open_s ? open_s->start : 0;
    while (lead < qs && isspace((unsigned char)t[lead])) lead++;
    if (!who && open_s && so > 0 && lead == qs) {
        /* a quote that opens its sentence, continued from the sentence
         * before, keeps its speaker */
        const pc_sent *prev = &c->sents[d->sent0 + so - 1];
        const precis_quote *pq = recent_quote(x, di, d, so);
        if (pq && pq->speaker) {
            who = pc_strdup(pq->speaker);
            ent = pq->entity;
            cue = "previous sentence";
        } else {
            int p2 = 0;
            who = subject_before(t, prev->start, prev->end, &p2);
            if (who && p2) {
                free(who);
                who = NULL;
            }
            if (who) cue = "previous sentence";
        }
    }
    if (who && pro && open_s) {
        /* he/she: the previous quote's speaker, the previous sentence's, the first person named */
        const precis_quote *pq = recent_quote(x, di, d, so);
        ent = pq && is_person(x, pq->entity) ? pq->entity : -1;
        for (size_t back = 1; ent < 0 && back <= 3 && back <= so; back++) {
            const pc_sent *prev = &c->sents[d->sent0 + so - back];
            int p2 = 0;
            char *subj = subject_before(t, prev->start, prev->end, &p2);
            long se = subj && !p2 ? precis_entities_lookup(x->ent, subj) : -1;
            free(subj);
            if (is_person(x, se)) ent = se;
            else ent = first_person(x, di, pc_doc_orig(d, prev->start), pc_doc_orig(d, prev->end));
        }
        cue = "pronoun";
    } else if (who && ent < 0) {
        ent = precis_entities_lookup(x->ent, who);
    }
    PC_GROW(x->q->q, x->cap, x->q->n + 1);
    precis_quote *q = &x->q->q[x->q->n++];
    memset(q, 0, sizeof *q);
    q->text = inner;
    q->doc_index = di;
    q->doc_id = x->q->docs[di].id;
    q->start = pc_doc_orig(d, qs);
    q->end = pc_doc_orig(d, qe);
    q->speaker = who;
    q->entity = ent;
    q->speaker_name = ent >= 0 ? pc_strdup(precis_entities_at(x->ent, (size_t)ent)->name)
                               : who ? pc_strdup(who) : NULL;
    q->cue = who ? cue : NULL;
}

static int at(const char *t, size_t i, size_t n, const char *m)
{
    size_t l = strlen(m);
    return i + l <= n && memcmp(t + i, m, l) == 0;
}

/* The quotations of one document, in order. */
static void scan_doc(qctx *x, size_t di)
{
    const pc_doc *d = &x->c->docs[di];
    const char *t = d->text;
    size_t n = d->len;
    size_t open = SIZE_MAX, olen = 0;
    const char *close = NULL;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '\n' && i + 1 < n && (t[i + 1] == '\n' || t[i + 1] == '\r')) {
            if (open != SIZE_MAX && close && strcmp(close, "\"") == 0) open = SIZE_MAX;
        }
        if (open == SIZE_MAX) {
            if (at(t, i, n, PC_LDQUO)) open = i, olen = 3, close = PC_RDQUO;
            else if (at(t, i, n, PC_LAQUO)) open = i, olen = 2, close = PC_RAQUO;
            else if (at(t, i, n, "``")) open = i, olen = 2, close = "''";
            else if (t[i] == '"') open = i, olen = 1, close = "\"";
            if (open != SIZE_MAX) i += olen - 1;
            continue;
        }
        if (olen == 3 && at(t, i, n, PC_LDQUO)) { /* a new open: the old one never closed */
            open = i;
            i += 2;
            continue;
        }
        if (at(t, i, n, close)) {
            size_t cl = strlen(close);
            if (i + cl - open < 20000) add_quote(x, di, open, i + cl, olen, cl);
            open = SIZE_MAX;
            i += cl - 1;
        }
    }
}

precis_quotes *precis_quotes_find(precis_cluster *c, const precis_entities *e)
{
    if (pc_analyze(c, NULL, 0) != 0) return NULL;
    precis_entities *own = NULL;
    if (!e) e = own = precis_entities_find(c);
    if (!e) return NULL;
    qctx x = {0};
    x.c = c;
    x.ent = e;
    x.q = pc_xcalloc(1, sizeof *x.q);
    x.q->docs = pc_copy_docs(c, &x.q->ndocs);
    x.q->cluster_id = pc_strdup(c->id);
    size_t cap = 0;
    for (size_t k = 0; k < precis_entities_count(e); k++) {
        const precis_entity *en = precis_entities_at(e, k);
        if (en->type != PRECIS_ENTITY_PERSON) continue;
        for (size_t i = 0; i < en->nmentions; i++) {
            PC_GROW(x.pm, cap, x.npm + 1);
            x.pm[x.npm].m = &en->mentions[i];
            x.pm[x.npm++].ent = (long)k;
        }
    }
    if (x.npm > 1) qsort(x.pm, x.npm, sizeof *x.pm, by_mention);
    for (size_t di = 0; di < c->ndocs; di++) scan_doc(&x, di);
    free(x.pm);
    precis_entities_free(own);
    return x.q;
}

void precis_quotes_free(precis_quotes *q)
{
    if (!q) return;
    for (size_t i = 0; i < q->n; i++) {
        free((char *)q->q[i].text);
        free((char *)q->q[i].speaker);
        free((char *)q->q[i].speaker_name);
    }
    free(q->q);
    pc_free_docs(q->docs, q->ndocs);
    free(q->cluster_id);
    free(q);
}

size_t precis_quotes_count(const precis_quotes *q) { return q ? q->n : 0; }

const precis_quote *precis_quotes_at(const precis_quotes *q, size_t i)
{
    return q && i < q->n ? &q->q[i] : NULL;
}

/* Key quotes: the best quote of each speaker, speakers by how much the
 * cluster names them (entity order), then quotes of unknown speakers.  A
 * quote is better when it is 8 to 40 words long.  Fills idx, returns count. */
static size_t pc_quotes_key(const precis_quotes *q, size_t max, size_t *idx)
{
    size_t n = 0;
    if (!q || !max) return 0;
    uint8_t *used = pc_xcalloc(q->n, 1);
    for (int pass = 0; pass < 3 && n < max; pass++) {
        for (;;) {
            size_t best = SIZE_MAX;
            double bs = -1;
            for (size_t i = 0; i < q->n; i++) {
                const precis_quote *x = &q->q[i];
                if (used[i] || (pass == 0 && x->entity < 0) || (pass == 1 && !x->speaker)) continue;
                if (pass == 0) { /* one per speaker */
                    int dup = 0;
                    for (size_t k = 0; k < n && !dup; k++) dup = q->q[idx[k]].entity == x->entity;
                    if (dup) continue;
                }
                size_t w = pc_count_words(x->text);
                double s = (w >= 8 && w <= 40 ? 2.0 : 1.0) / (1.0 + (x->entity >= 0 ? (double)x->entity : 50));
                if (s > bs) bs = s, best = i;
            }
            if (best == SIZE_MAX || n >= max) break;
            used[best] = 1;
            idx[n++] = best;
        }
    }
    free(used);
    return n;
}

void precis_quotes_keep_key(precis_quotes *q, size_t max)
{
    if (!q) return;
    size_t *idx = pc_xmalloc(q->n * sizeof *idx);
    size_t n = pc_quotes_key(q, max, idx);
    uint8_t *keep = pc_xcalloc(q->n, 1);
    for (size_t k = 0; k < n; k++) keep[idx[k]] = 1;
    precis_quote *out = pc_xcalloc(n, sizeof *out);
    for (size_t k = 0; k < n; k++) out[k] = q->q[idx[k]];
    for (size_t i = 0; i < q->n; i++)
        if (!keep[i]) {
            free((char *)q->q[i].text);
            free((char *)q->q[i].speaker);
            free((char *)q->q[i].speaker_name);
        }
    free(q->q);
    q->q = out;
    q->n = n;
    free(keep);
    free(idx);
}
