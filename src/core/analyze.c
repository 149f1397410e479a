/*
 * analyze.c — analysis: the cleaned documents become sentences
 * (segment.c), sentences become term ids and vectors.
 *
 * In the flow: after reading and cleaning, before candidates.c; runs once
 * per language and IDF mode (pc_analyze keeps its result).
 *
 * Tokens are maximal runs of Unicode letters, marks and digits (utf8proc
 * categories), lowercased; an apostrophe (straight or curly) splits a word
 * and a clitic after it ("'s", "n't", "'ll") is dropped.  Each distinct
 * lowercased word is stemmed once with the Snowball stemmer (libstemmer) and
 * mapped to a term id; stopwords are flagged, not removed, so methods that
 * use word bigrams still see them.  The language is the cluster's
 * (pc_language) unless the caller names one; a language libstemmer has no
 * algorithm for keeps words as they are (language-neutral), and one without
 * a stop list (stopwords.c) flags none.
 *
 * Analysis also groups near-duplicate sentences across documents (same
 * content words, or Jaccard overlap >= 0.7 among those that share one of
 * their two rarest words), so a sentence carried by several articles is one
 * candidate that lists all its sources.
 */
#include "core/analyze.h"

#include <ctype.h>
#include <libstemmer.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define PC_MAX_TOKEN 64

/* pc_each_token, the tokenizing loop, is in tokenize.c. */

typedef struct {
    precis_cluster *c;
    pc_u32vec *out;
    size_t count;
    pc_buf *key; /* if set, gets each word and a space: the repeat key */
} tok_ctx;

static uint32_t term_for(precis_cluster *c, const char *w, size_t n)
{
    uint32_t *slot = pc_map_get(&c->surface, w, n);
    if (slot) return *slot;
    const sb_symbol *st = c->stemmer ? sb_stemmer_stem(c->stemmer, (const sb_symbol *)w, (int)n) : NULL;
    const char *stem = st ? (const char *)st : w;
    size_t sl = st ? (size_t)sb_stemmer_length(c->stemmer) : n;
    int added = 0;
    uint32_t *ts = pc_map_put(&c->stems, stem, sl, (uint32_t)c->nterms, &added);
    if (added) {
        PC_GROW(c->terms, c->capterms, c->nterms + 1);
        pc_term *t = &c->terms[c->nterms++];
        memset(t, 0, sizeof *t);
        t->stem = pc_strndup(stem, sl);
        t->stop = (uint8_t)pc_is_stopword_lang(c->lang, w, n);
    }
    uint32_t id = *ts;
    pc_map_put(&c->surface, w, n, id, NULL);
    return id;
}

static void tok_cb(void *ctx, const char *w, size_t n)
{
    tok_ctx *t = ctx;
    pc_u32_push(t->out, term_for(t->c, w, n));
    t->count++;
    if (t->key) {
        pc_buf_put(t->key, w, n);
        pc_buf_putc(t->key, ' ');
    }
}

/* Term ids of text appended to *out; with key, its repeat key too. */
static size_t tokenize(precis_cluster *c, const char *s, size_t n, pc_u32vec *out, pc_buf *key)
{
    tok_ctx t = {c, out, 0, key};
    pc_each_token(s, n, tok_cb, &t);
    return t.count;
}

size_t pc_tokenize(precis_cluster *c, const char *s, size_t n, pc_u32vec *out)
{
    return tokenize(c, s, n, out, NULL);
}

/* ---------------------------------------------------------------------- */

static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void uf_union(uint32_t *parent, uint32_t a, uint32_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a == b) return;
    if (a < b) parent[b] = a;
    else parent[a] = b;
}

/* Sorted unique content terms of sentence i into *set. */
static void content_set(const precis_cluster *c, const pc_sent *s, pc_u32vec *set)
{
    set->n = 0;
    for (uint32_t k = 0; k < s->ntok; k++) {
        uint32_t t = c->toks[s->tok0 + k];
        if (!c->terms[t].stop) pc_u32_push(set, t);
    }
    set->n = pc_sort_unique_u32(set->v, set->n);
}

static double jaccard(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t i = 0, j = 0, inter = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) inter++, i++, j++;
        else if (a[i] < b[j]) i++;
        else j++;
    }
    size_t uni = na + nb - inter;
    return uni ? (double)inter / (double)uni : 0;
}

#define PC_DUP_JACCARD 0.7
#define PC_DUP_POSTINGS 256 /* comparisons per rare term: keeps grouping near-linear */

static void group_duplicates(precis_cluster *c)
{
    size_t n = c->nsents;
    uint32_t *parent = pc_xmalloc(n * sizeof *parent);
    for (size_t i = 0; i < n; i++) parent[i] = (uint32_t)i;
    pc_u32vec *sets = pc_xcalloc(n, sizeof *sets);
    /* postings of each sentence's two rarest content terms */
    pc_u32vec *post = pc_xcalloc(c->nterms, sizeof *post);
    for (size_t i = 0; i < n; i++) {
        pc_sent *s = &c->sents[i];
        if (s->removed) continue;
        content_set(c, s, &sets[i]);
        if (sets[i].n < 3) continue;
        uint32_t r[2] = {UINT32_MAX, UINT32_MAX};
        for (size_t k = 0; k < sets[i].n; k++) {
            uint32_t t = sets[i].v[k];
            if (r[0] == UINT32_MAX || c->terms[t].df < c->terms[r[0]].df) r[1] = r[0], r[0] = t;
            else if (r[1] == UINT32_MAX || c->terms[t].df < c->terms[r[1]].df) r[1] = t;
        }
        for (int q = 0; q < 2; q++) {
            pc_u32vec *p = &post[r[q]];
            size_t lim = p->n < PC_DUP_POSTINGS ? p->n : PC_DUP_POSTINGS;
            for (size_t k = 0; k < lim; k++) {
                uint32_t j = p->v[p->n - 1 - k];
                if (uf_find(parent, j) == uf_find(parent, (uint32_t)i)) continue;
                if (jaccard(sets[i].v, sets[i].n, sets[j].v, sets[j].n) >= PC_DUP_JACCARD)
                    uf_union(parent, (uint32_t)i, j);
            }
            pc_u32_push(p, (uint32_t)i);
        }
    }
    for (size_t i = 0; i < n; i++) c->sents[i].group = uf_find(parent, (uint32_t)i);
    for (size_t i = 0; i < n; i++) free(sets[i].v);
    for (size_t t = 0; t < c->nterms; t++) free(post[t].v);
    free(sets);
    free(post);
    free(parent);
}


/* Background IDF for English (idf.c), else from the cluster's own document
 * frequencies: ln((N + 1) / (df + 0.5)). */
void pc_term_set_idf(precis_cluster *c, size_t t)
{
    pc_term *tm = &c->terms[t];
    const char *l = c->lang;
    int english = strcmp(l, "english") == 0 || strcmp(l, "en") == 0 || strcmp(l, "porter") == 0;
    if (c->idf_mode == 0 && english) {
        tm->idf = pc_background_idf(tm->stem, NULL);
    } else {
        double nd = (double)(c->ndocs ? c->ndocs : 1);
        tm->idf = (float)log((nd + 1.0) / ((double)tm->df + 0.5));
    }
}

/* lang: a name pc_language_name knows, or NULL for the cluster's language;
 * -1 for a name it does not know.  A known language without a stemmer is
 * analysed without stemming. */
int pc_analyze(precis_cluster *c, const char *lang, int idf_mode)
{
    lang = lang ? pc_language_name(lang) : pc_language(c);
    if (!lang) return -1;
    if (c->analyzed && strcmp(c->lang, lang) == 0 && c->idf_mode == idf_mode) return 0;
    pc_invalidate(c);
    c->stemmer = pc_language_has_stemmer(lang) ? sb_stemmer_new(lang, "UTF_8") : NULL;
    snprintf(c->lang, sizeof c->lang, "%s", lang);
    c->idf_mode = idf_mode;
    pc_u32vec toks = {0}, kend = {0};
    pc_buf keys = {0};
    for (size_t i = 0; i < c->ndocs; i++) {
        pc_doc *d = &c->docs[i];
        /* drop the records of an earlier analysis */
        size_t j = 0;
        for (size_t k = 0; k < d->nrm; k++) {
            if (d->rm[k].reason == PC_RM_REPEATED) free(d->rm[k].text);
            else d->rm[j++] = d->rm[k];
        }
        d->nrm = j;
        pc_segment(c, d);
        /* one pass gives each sentence its term ids and its repeat key */
        keys.len = 0;
        kend.n = 0;
        for (size_t k = 0; k < d->nsent; k++) {
            pc_sent *s = &c->sents[d->sent0 + k];
            s->tok0 = (uint32_t)toks.n;
            s->ntok = (uint32_t)tokenize(c, s->text, strlen(s->text), &toks, &keys);
            pc_u32_push(&kend, (uint32_t)keys.len);
        }
        pc_clean_repeats(c, d, keys.s ? keys.s : "", kend.v);
    }
    pc_buf_free(&keys);
    free(kend.v);
    if (!toks.v) pc_u32_push(&toks, 0), toks.n = 0; /* never NULL: callers add offsets to it */
    c->toks = toks.v;
    c->ntoks = toks.n;
    c->captoks = toks.cap;
    for (size_t i = 0; i < c->nsents; i++) {
        pc_sent *s = &c->sents[i];
        if (s->removed) continue;
        for (uint32_t k = 0; k < s->ntok; k++) {
            pc_term *t = &c->terms[c->toks[s->tok0 + k]];
            t->tf++;
            if (t->last_doc != s->doc + 1) {
                t->last_doc = s->doc + 1;
                t->df++;
            }
        }
    }
    for (size_t t = 0; t < c->nterms; t++) pc_term_set_idf(c, t);
    group_duplicates(c);
    c->analyzed = 1;
    return 0;
}

/* ---------------------------------------------------------------------- */

void pc_svec_of(const precis_cluster *c, const uint32_t *toks, size_t n, pc_svec *v)
{
    v->n = 0;
    v->norm = 0;
    uint32_t *tmp = pc_xmalloc(n * sizeof *tmp);
    size_t m = 0;
    for (size_t k = 0; k < n; k++)
        if (!c->terms[toks[k]].stop) tmp[m++] = toks[k];
    pc_sort_u32(tmp, m);
    v->t = pc_xrealloc(v->t, m * sizeof *v->t);
    v->w = pc_xrealloc(v->w, m * sizeof *v->w);
    for (size_t k = 0; k < m;) {
        size_t j = k;
        while (j < m && tmp[j] == tmp[k]) j++;
        v->t[v->n] = tmp[k];
        v->w[v->n] = (float)(j - k) * c->terms[tmp[k]].idf;
        v->norm += v->w[v->n] * v->w[v->n];
        v->n++;
        k = j;
    }
    v->norm = sqrtf(v->norm);
    free(tmp);
}

void pc_svec_free(pc_svec *v)
{
    free(v->t);
    free(v->w);
    v->t = NULL;
    v->w = NULL;
    v->n = 0;
}

double pc_cosine(const pc_svec *a, const pc_svec *b)
{
    if (!a->n || !b->n || a->norm == 0 || b->norm == 0) return 0;
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->t[i] == b->t[j]) dot += (double)a->w[i++] * b->w[j++];
        else if (a->t[i] < b->t[j]) i++;
        else j++;
    }
    return dot / ((double)a->norm * b->norm);
}

/* How central a sentence is to the cluster: the cluster document frequency
 * of its content words (log(1 + df) each) per square root of its length.
 * Cheap and method-neutral: used to cap candidates and by the timeline. */
double pc_salience(const precis_cluster *c, const pc_sent *s)
{
    double v = 0;
    for (uint32_t k = 0; k < s->ntok; k++) {
        const pc_term *t = &c->terms[c->toks[s->tok0 + k]];
        if (!t->stop) v += log(1.0 + t->df);
    }
    return v / sqrt((double)s->ntok + 1);
}

static int starts_with_word(const char *s, const char *const *words)
{
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (strncmp(s, *words, n) == 0 && (s[n] == ' ' || s[n] == ',')) return 1;
    }
    return 0;
}

static size_t count_str(const char *s, const char *needle)
{
    size_t n = 0, l = strlen(needle);
    for (const char *p = strstr(s, needle); p; p = strstr(p + l, needle)) n++;
    return n;
}

/* How well a sentence reads on its own, in [0, 1]; 0 = never choose it.
 * Rejected: fewer than 6 or more than 100 words, no capital or quote at the
 * start, no final punctuation (headings, fragments), unbalanced quotes, wire
 * bylines.  Lowered: openings that lean on an earlier sentence ("He said",
 * "But"), questions, sentences that are only a quotation. */
float pc_quality(const pc_sent *s)
{
    const char *t = s->text;
    size_t n = strlen(t);
    if (s->nwords < 6 || s->nwords > 72 || n == 0) return 0;
    unsigned char c0 = (unsigned char)t[0];
    int quote_open = c0 == '"' || c0 == '`' || c0 == '\'' || strncmp(t, PC_LDQUO, 3) == 0 ||
                     strncmp(t, PC_LSQUO, 3) == 0;
    if (!(isupper(c0) || isdigit(c0) || quote_open || c0 >= 0xC0)) return 0;
    /* the end: final punctuation, perhaps inside closing quotes */
    const char *e = t + n;
    while (e > t && (e[-1] == '"' || e[-1] == '\'' || e[-1] == ')')) e--;
    while (e - t >= 3 && (memcmp(e - 3, PC_RDQUO, 3) == 0 || memcmp(e - 3, PC_RSQUO, 3) == 0))
        e -= 3;
    /* other languages (wseg): „…“ and «…» close with “ and »; Chinese and
     * Japanese end at 。！？, perhaps before 」』） */
    int low = strstr(t, "\xE2\x80\x9E") != NULL; /* „ */
    while (e - t >= 3 && ((low && memcmp(e - 3, PC_LDQUO, 3) == 0) || memcmp(e - 3, "\xE3\x80\x8D", 3) == 0 ||
                          memcmp(e - 3, "\xE3\x80\x8F", 3) == 0 || memcmp(e - 3, "\xEF\xBC\x89", 3) == 0))
        e -= 3;
    if (e - t >= 2 && memcmp(e - 2, "\xC2\xBB", 2) == 0) e -= 2;
    int cjk_end = e - t >= 3 && (memcmp(e - 3, "\xE3\x80\x82", 3) == 0 || memcmp(e - 3, "\xEF\xBC\x81", 3) == 0 ||
                                 memcmp(e - 3, "\xEF\xBC\x9F", 3) == 0);
    if (!cjk_end && !(e > t && (e[-1] == '.' || e[-1] == '!' || e[-1] == '?'))) return 0;
    if (count_str(t, "\"") % 2 || count_str(t, "``") != count_str(t, "''") ||
        (low ? count_str(t, "\xE2\x80\x9E") != count_str(t, PC_LDQUO) + count_str(t, PC_RDQUO)
             : count_str(t, PC_LDQUO) != count_str(t, PC_RDQUO)))
        return 0;
    if (strstr(t, "(AP)") || strstr(t, "(Reuters)") || strncmp(t, "By ", 3) == 0) return 0;
    float q = 1.0f;
    static const char *const dangling[] = {"He",   "She",  "They",  "It",   "This", "These",
                                           "Those", "That", "But",  "And",  "Or",   "So",
                                           "Also", "His",  "Her",   "Their", "Its", "Such",
                                           "Then", "Still", "Yet",  NULL};
    if (starts_with_word(t, dangling)) q *= 0.7f;
    if (e[-1] == '?' || (cjk_end && memcmp(e - 3, "\xEF\xBC\x9F", 3) == 0)) q *= 0.5f;
    if (quote_open) q *= 0.8f;
    return q;
}

/* The sentences of every document in order, with (include_removed) what
 * cleaning removed, as precis segment prints them; see precis.h. */
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
                    if (d->rm[r].reason != PC_RM_REPEATED &&
                        fn(ctx, di, pc_doc_orig(d, d->rm[r].start), pc_doc_orig(d, d->rm[r].end),
                           d->rm[r].text, pc_reason_name(d->rm[r].reason)))
                        return 1;
            if (s->removed && !include_removed) continue;
            if (fn(ctx, di, pc_doc_orig(d, s->start), pc_doc_orig(d, s->end), s->text,
                   s->removed ? pc_reason_name(PC_RM_REPEATED) : NULL))
                return 1;
        }
        if (include_removed)
            for (; r < d->nrm; r++)
                if (d->rm[r].reason != PC_RM_REPEATED &&
                    fn(ctx, di, pc_doc_orig(d, d->rm[r].start), pc_doc_orig(d, d->rm[r].end),
                       d->rm[r].text, pc_reason_name(d->rm[r].reason)))
                    return 1;
    }
    return 0;
}
