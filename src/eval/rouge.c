/*
 * rouge.c — ROUGE scores computed the way ROUGE-1.5.5 computes them, so
 * that precis eval reproduces published (NIST DUC) figures.
 *
 * Per summary (ROUGE's readText): lines are sentences; lowercased (ASCII);
 * truncated to -l words (whitespace fields of the raw lines, a sentence
 * being cut where the limit falls) or -b bytes; joined by spaces; '-' split
 * off and every character outside [A-Za-z0-9-] made a space.  Tokens are the
 * whitespace fields that start with [a-z0-9] (so lone '-' drop out), minus
 * SMART stopwords under -s; under -m a token longer than 3 characters is
 * replaced by its WordNet base form when the exception lists have it, else
 * Porter-stemmed (rouge_porter.c).
 *
 * Unicode mode (unicode_tokens; precis eval --tokens unicode): not in
 * ROUGE-1.5.5, whose [A-Za-z0-9] rule leaves nothing of a Russian or Chinese
 * summary.  Tokens are the summarizer's own words (pc_each_token: runs of
 * Unicode letters, marks and digits, lowercased with utf8proc; CJK as that
 * tokenizer splits it), so ROUGE counts the units the summarizer selected
 * by; never stemmed (Porter is English); -s still drops SMART's words.
 *
 * Counting: ROUGE-N clips each model n-gram's count by the peer's; ROUGE-S
 * counts skip-bigrams within the gap, plus (SU) the unigrams of every token
 * but the last, as ROUGE-1.5.5 does; ROUGE-L is the summary-level union LCS
 * of each model sentence against all peer sentences, clipped by unigram
 * counts.  Formula A sums hits and counts over the models; B keeps the
 * model with the best recall.  R and P are rounded to 5 decimals before F
 * is computed from them, exactly as the Perl script does.
 *
 * In the flow: none; ROUGE scores summaries against reference summaries,
 * outside the summarising pipeline.  precis eval (eval/eval.c) reads the
 * evaluation and calls the public API here (precis.h); bench/ and the tests
 * call it too.
 */
#include "eval/rouge.h"
#include "internal.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 4              /* ROUGE-1 .. ROUGE-4 at most (-n) */
#define MAX_METRICS 8        /* room for all of them: ROUGE-1..4, L, W, S (or SU) */
#define TOKEN_BYTES 1024     /* a longer token is cut to this less one (the Perl keeps it whole) */

struct precis_rouge {
    precis_rouge_options opt;
    pc_map vocab;        /* token -> id */
    char **words;        /* id -> token */
    size_t nwords, capwords;
    pc_map stemmed;      /* raw token -> id of its stem (cache) */
    pc_map exceptions;   /* inflected form -> index in exc_base */
    char **exc_base;
    size_t nexc, capexc;
    pc_map stopwords;
    char names[MAX_METRICS][24];
    size_t nmetrics;
};

enum { M_N = 0, M_L = 1, M_S = 2 };

void precis_rouge_options_init(precis_rouge_options *o)
{
    memset(o, 0, sizeof *o);
    o->max_n = 2;
    o->lcs = 1;
    o->skip = 1;
    o->skip_gap = 4;
    o->skip_unigrams = 1;
    o->formula = 'A';
    o->alpha = 0.5;
}

/* WordNet's *.exc files: "inflected base [base...]"; the first base counts
 * and, as in ROUGE's buildExeptionDB.pl, a later file overrides an earlier. */
static int load_exceptions(precis_rouge *r, const char *dir, char *err, size_t errlen)
{
    static const char *const parts[] = {"adj", "adv", "noun", "verb"};
    for (int p = 0; p < 4; p++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.exc", dir, parts[p]);
        FILE *f = fopen(path, "r");
        if (!f) {
            snprintf(err, errlen, "%s: cannot read WordNet exception list: %s (install wordnet-base)",
                     path, strerror(errno));
            return -1;
        }
        char line[512];
        while (fgets(line, sizeof line, f)) {
            char infl[256], base[256];
            if (sscanf(line, "%255s %255s", infl, base) != 2) continue;
            int added = 0;
            uint32_t *slot = pc_map_put(&r->exceptions, infl, strlen(infl), (uint32_t)r->nexc, &added);
            if (!added) {
                free(r->exc_base[*slot]);
                r->exc_base[*slot] = pc_strdup(base);
                continue;
            }
            PC_GROW(r->exc_base, r->capexc, r->nexc + 1);
            r->exc_base[r->nexc++] = pc_strdup(base);
        }
        fclose(f);
    }
    return 0;
}

static int load_stopwords(precis_rouge *r, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen,
                 "%s: cannot read the stopword list: %s (-s needs ROUGE's smart_common_words.txt; "
                 "give its folder with -e or ROUGE_EVAL_HOME)",
                 path, strerror(errno));
        return -1;
    }
    char line[256];
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\n");
        pc_map_put(&r->stopwords, line, n, 1, NULL);
    }
    fclose(f);
    return 0;
}

precis_rouge *precis_rouge_new(const precis_rouge_options *opt, char *err, size_t errlen)
{
    precis_rouge *r = pc_xcalloc(1, sizeof *r);
    if (opt) r->opt = *opt;
    else precis_rouge_options_init(&r->opt);
    if (r->opt.alpha < 0 || r->opt.alpha > 1) r->opt.alpha = 0.5;
    if (r->opt.max_n < 0) r->opt.max_n = 0;
    if (r->opt.max_n > MAX_N) r->opt.max_n = MAX_N;
    if (r->opt.stem &&
        load_exceptions(r, r->opt.wordnet_dir ? r->opt.wordnet_dir : "/usr/share/wordnet", err,
                        errlen) != 0) {
        precis_rouge_free(r);
        return NULL;
    }
    if (r->opt.remove_stopwords &&
        load_stopwords(r, r->opt.stopword_file ? r->opt.stopword_file : "smart_common_words.txt",
                       err, errlen) != 0) {
        precis_rouge_free(r);
        return NULL;
    }
    const size_t cap = sizeof r->names[0];
    for (int n = 1; n <= r->opt.max_n; n++) snprintf(r->names[r->nmetrics++], cap, "ROUGE-%d", n);
    if (r->opt.lcs) snprintf(r->names[r->nmetrics++], cap, "ROUGE-L");
    if (r->opt.wlcs_weight > 0) snprintf(r->names[r->nmetrics++], cap, "ROUGE-W-%g", r->opt.wlcs_weight);
    if (r->opt.skip) {
        if (r->opt.skip_gap >= 0)
            snprintf(r->names[r->nmetrics++], cap, "ROUGE-S%s%d", r->opt.skip_unigrams ? "U" : "",
                     r->opt.skip_gap);
        else snprintf(r->names[r->nmetrics++], cap, "ROUGE-S%s*", r->opt.skip_unigrams ? "U" : "");
    }
    return r;
}

void precis_rouge_free(precis_rouge *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->nwords; i++) free(r->words[i]);
    free(r->words);
    for (size_t i = 0; i < r->nexc; i++) free(r->exc_base[i]);
    free(r->exc_base);
    pc_map_free(&r->vocab);
    pc_map_free(&r->stemmed);
    pc_map_free(&r->exceptions);
    pc_map_free(&r->stopwords);
    free(r);
}

size_t precis_rouge_metric_count(const precis_rouge *r) { return r->nmetrics; }
const char *precis_rouge_metric_name(const precis_rouge *r, size_t i)
{
    return i < r->nmetrics ? r->names[i] : NULL;
}

/* ---------------------------------------------------------------------- */
/* Reading a summary                                                       */
/* ---------------------------------------------------------------------- */

typedef struct {
    char **s;
    size_t n, cap;
} strlist;

static void sl_push(strlist *l, char *s)
{
    PC_GROW(l->s, l->cap, l->n + 1);
    l->s[l->n++] = s;
}

static void sl_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->s[i]);
    free(l->s);
    memset(l, 0, sizeof *l);
}

static int perl_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Perl's split(/\s+/, $s): fields, with a leading empty field when s starts
 * with white space, trailing empty fields dropped.  Returns the count and
 * the start of each field in *starts (caller frees). */
static size_t split_ws(const char *s, const char ***starts, size_t **lens)
{
    size_t n = 0, cap = 0;
    const char **st = NULL;
    size_t *ln = NULL, lcap = 0;
    const char *p = s;
    if (*p && perl_space(*p)) {
        PC_GROW(st, cap, n + 1);
        PC_GROW(ln, lcap, n + 1);
        st[n] = p;
        ln[n++] = 0;
    }
    while (*p) {
        while (*p && perl_space(*p)) p++;
        if (!*p) break;
        const char *w = p;
        while (*p && !perl_space(*p)) p++;
        PC_GROW(st, cap, n + 1);
        PC_GROW(ln, lcap, n + 1);
        st[n] = w;
        ln[n++] = (size_t)(p - w);
    }
    *starts = st;
    *lens = ln;
    return n;
}

/* join(" ", first k fields) */
static char *join_fields(const char **st, const size_t *ln, size_t k)
{
    pc_buf b = {0};
    for (size_t i = 0; i < k; i++) {
        if (i) pc_buf_putc(&b, ' ');
        pc_buf_put(&b, st[i], ln[i]);
    }
    return pc_buf_take(&b);
}

/* The SPL lines of a text, lowercased (ASCII only, as Perl's tr/A-Z/a-z/). */
static void spl_lines(const char *text, strlist *out)
{
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 0) {
            char *l = pc_strndup(p, n);
            for (char *q = l; *q; q++)
                if (*q >= 'A' && *q <= 'Z') *q = (char)(*q - 'A' + 'a');
            sl_push(out, l);
        }
        if (!e) break;
        p = e + 1;
    }
}

/* ROUGE's readText: the truncated summary as one string (NULL if empty). */
static char *read_text(const precis_rouge *r, const strlist *lines)
{
    pc_buf b = {0};
    size_t used = 0;
    int any = 0;
    for (size_t i = 0; i < lines->n; i++) {
        const char *s = lines->s[i];
        if (!r->opt.words && !r->opt.bytes) {
            if (any) pc_buf_putc(&b, ' ');
            pc_buf_puts(&b, s);
            any = 1;
        } else if (r->opt.words) {
            const char **st;
            size_t *ln;
            size_t k = split_ws(s, &st, &ln);
            if (used + k < r->opt.words) {
                if (used) pc_buf_putc(&b, ' ');
                pc_buf_puts(&b, s);
                used += k;
                any = 1;
            } else {
                if (used > 0) pc_buf_putc(&b, ' ');
                char *j = join_fields(st, ln, r->opt.words - used);
                pc_buf_puts(&b, j);
                free(j);
                free(st);
                free(ln);
                any = 1;
                break;
            }
            free(st);
            free(ln);
        } else {
            size_t sl = strlen(s);
            if (used + sl < r->opt.bytes) {
                if (used) pc_buf_putc(&b, ' ');
                pc_buf_puts(&b, s);
                used += sl;
                any = 1;
            } else {
                if (used > 0) pc_buf_putc(&b, ' ');
                pc_buf_put(&b, s, r->opt.bytes - used);
                any = 1;
                break;
            }
        }
    }
    if (!any || b.len == 0) {
        pc_buf_free(&b);
        return NULL;
    }
    return pc_buf_take(&b);
}

/* ROUGE's readText_LCS: the truncated summary as sentences. */
static void read_text_lcs(const precis_rouge *r, const strlist *lines, strlist *out)
{
    size_t used = 0;
    for (size_t i = 0; i < lines->n; i++) {
        const char *s = lines->s[i];
        if (!r->opt.words && !r->opt.bytes) {
            sl_push(out, pc_strdup(s));
        } else if (r->opt.words) {
            const char **st;
            size_t *ln;
            size_t k = split_ws(s, &st, &ln);
            int stop = 0;
            if (used + k < r->opt.words) {
                used += k;
                sl_push(out, pc_strdup(s));
            } else {
                sl_push(out, join_fields(st, ln, r->opt.words - used));
                stop = 1;
            }
            free(st);
            free(ln);
            if (stop) break;
        } else {
            /* ROUGE-1.5.5 never adds to the byte count here: each sentence
             * is compared with the limit on its own */
            size_t sl = strlen(s);
            if (sl < r->opt.bytes) sl_push(out, pc_strdup(s));
            else {
                sl_push(out, pc_strndup(s, r->opt.bytes));
                break;
            }
        }
    }
}

static uint32_t intern(precis_rouge *r, const char *w, size_t n)
{
    int added = 0;
    uint32_t *slot = pc_map_put(&r->vocab, w, n, (uint32_t)r->nwords, &added);
    if (added) {
        PC_GROW(r->words, r->capwords, r->nwords + 1);
        r->words[r->nwords++] = pc_strndup(w, n);
    }
    return *slot;
}

/* The token id for a raw token: WordNet base form or Porter stem under -m. */
static uint32_t token_id(precis_rouge *r, const char *w, size_t n)
{
    if (!r->opt.stem || n <= 3) return intern(r, w, n);
    uint32_t *c = pc_map_get(&r->stemmed, w, n);
    if (c) return *c;
    uint32_t id;
    uint32_t *e = pc_map_get(&r->exceptions, w, n);
    if (e) {
        id = intern(r, r->exc_base[*e], strlen(r->exc_base[*e]));
    } else {
        char *tmp = pc_strndup(w, n);
        rg_porter_stem(tmp);
        id = intern(r, tmp, strlen(tmp));
        free(tmp);
    }
    pc_map_put(&r->stemmed, w, n, id, NULL);
    return id;
}

typedef struct {
    precis_rouge *r;
    pc_u32vec *out;
} unicode_ctx;

/* A pc_token_fn: a Unicode word's id, unless a stopword under -s. */
static void unicode_token(void *ctx, const char *w, size_t n)
{
    unicode_ctx *u = ctx;
    char buf[TOKEN_BYTES];
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, w, n);
    buf[n] = 0;
    if (u->r->opt.remove_stopwords && pc_map_get(&u->r->stopwords, buf, n)) return;
    pc_u32_push(u->out, intern(u->r, buf, n));
}

/* ROUGE's cleaning and tokenizeText: token ids of a text (in Unicode mode,
 * the summarizer's words). */
static void tokens_of(precis_rouge *r, const char *text, pc_u32vec *out)
{
    out->n = 0;
    if (!text) return;
    if (r->opt.unicode_tokens) {
        unicode_ctx u = {r, out};
        pc_each_token(text, strlen(text), unicode_token, &u);
        return;
    }
    /* s/-/ - /g; s/[^A-Za-z0-9\-]/ /g: '-' is its own token, others split */
    const char *p = text;
    char buf[TOKEN_BYTES];
    while (*p) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '-') { /* a lone '-' never starts with [a-z0-9]: dropped */
            p++;
            continue;
        }
        if (!isalnum(ch) || ch >= 0x80) {
            p++;
            continue;
        }
        const char *w = p;
        while (*p && (unsigned char)*p < 0x80 && isalnum((unsigned char)*p)) p++;
        size_t n = (size_t)(p - w);
        if (n >= sizeof buf) n = sizeof buf - 1;
        memcpy(buf, w, n);
        buf[n] = 0;
        /* uppercase letters were lowercased per line; the token must start
         * with [a-z0-9] */
        if (!(islower((unsigned char)buf[0]) || isdigit((unsigned char)buf[0]))) continue;
        if (r->opt.remove_stopwords && pc_map_get(&r->stopwords, buf, n)) continue;
        pc_u32_push(out, token_id(r, buf, n));
    }
}

/* ---------------------------------------------------------------------- */
/* Counting                                                                */
/* ---------------------------------------------------------------------- */

typedef struct {
    pc_map grams;        /* packed ids -> index in counts */
    uint32_t *counts;
    size_t ncounts, cap;
    size_t total;        /* ROUGE's _cn_ */
} gramset;

static void gs_add(gramset *g, const uint32_t *ids, size_t k)
{
    int added = 0;
    uint32_t *slot = pc_map_put(&g->grams, (const char *)ids, k * sizeof *ids, (uint32_t)g->ncounts, &added);
    if (added) {
        PC_GROW(g->counts, g->cap, g->ncounts + 1);
        g->counts[g->ncounts++] = 0;
    }
    g->counts[*slot]++;
    g->total++;
}

static void gs_free(gramset *g)
{
    pc_map_free(&g->grams);
    free(g->counts);
    memset(g, 0, sizeof *g);
}

static void ngrams(const pc_u32vec *t, int n, gramset *g)
{
    for (size_t i = 0; i + (size_t)n <= t->n; i++) gs_add(g, t->v + i, (size_t)n);
}

static void skip_bigrams(const precis_rouge *r, const pc_u32vec *t, gramset *g)
{
    for (size_t i = 0; i + 1 < t->n; i++) {
        if (r->opt.skip_unigrams) gs_add(g, t->v + i, 1);
        for (size_t j = i + 1; j < t->n && (r->opt.skip_gap < 0 || j <= i + (size_t)r->opt.skip_gap + 1); j++) {
            uint32_t pair[2] = {t->v[i], t->v[j]};
            gs_add(g, pair, 2);
        }
    }
}

/* Clipped hits of the model's grams in the peer's. */
static size_t hits(const gramset *model, const gramset *peer)
{
    size_t h = 0;
    for (size_t i = 0; i < model->grams.cap; i++) {
        if (!model->grams.keys[i]) continue;
        uint32_t *ps = pc_map_get(&peer->grams, model->grams.keys[i], model->grams.klen[i]);
        if (!ps) continue;
        uint32_t mc = model->counts[model->grams.vals[i]], pcnt = peer->counts[*ps];
        h += pcnt < mc ? pcnt : mc;
    }
    return h;
}

static double round5(double x)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%7.5f", x);
    return strtod(buf, NULL);
}

/* R, P and F from totals, rounded as ROUGE-1.5.5 rounds them. */
static precis_rouge_score finish(double hit, double count, double count_p, double alpha)
{
    precis_rouge_score s;
    s.r = count != 0 ? round5(hit / count) : 0;
    s.p = count_p != 0 ? round5(hit / count_p) : 0;
    double d = (1 - alpha) * s.p + alpha * s.r;
    s.f = d > 0 ? round5(s.p * s.r / d) : 0;
    return s;
}

/* One model/peer accumulation step for formula A or B. */
typedef struct {
    double hit, count, count_p, best;
} accum;

static void accumulate(const precis_rouge *r, accum *a, double hit, double count, double count_p)
{
    if (r->opt.formula == 'B') {
        double score = count != 0 ? round5(hit / count) : 0;
        if (score > a->best) {
            a->best = score;
            a->hit = hit;
            a->count = count;
            a->count_p = count_p;
        }
    } else {
        a->hit += hit;
        a->count += count;
        a->count_p += count_p;
    }
}

/* ---------------------------------------------------------------------- */
/* LCS                                                                     */
/* ---------------------------------------------------------------------- */

/* Mark in mask the model positions of one LCS of model and peer, breaking
 * ties as ROUGE-1.5.5's markLCS does (up before left).  With weight > 0 the
 * LCS is ROUGE-W's weighted one: a run of k consecutive matches is worth
 * k^weight. */
static void lcs_mark(const uint32_t *m, size_t mn, const uint32_t *p, size_t pn, uint8_t *mask,
                     double weight)
{
    if (!mn || !pn) return;
    size_t W = pn + 1;
    double *c = pc_xcalloc((mn + 1) * W, sizeof *c);
    uint32_t *run = weight > 0 ? pc_xcalloc((mn + 1) * W, sizeof *run) : NULL;
    uint8_t *b = pc_xcalloc((mn + 1) * W, 1);
    for (size_t i = 1; i <= mn; i++)
        for (size_t j = 1; j <= pn; j++) {
            if (m[i - 1] == p[j - 1]) {
                if (run) {
                    uint32_t k = run[(i - 1) * W + j - 1];
                    c[i * W + j] = c[(i - 1) * W + j - 1] + pow(k + 1, weight) - pow(k, weight);
                    run[i * W + j] = k + 1;
                } else {
                    c[i * W + j] = c[(i - 1) * W + j - 1] + 1;
                }
                b[i * W + j] = 1; /* diagonal */
            } else if (c[(i - 1) * W + j] >= c[i * W + j - 1]) {
                c[i * W + j] = c[(i - 1) * W + j];
                b[i * W + j] = 2; /* up */
            } else {
                c[i * W + j] = c[i * W + j - 1];
                b[i * W + j] = 3; /* left */
            }
        }
    size_t i = mn, j = pn;
    while (i && j) {
        if (b[i * W + j] == 1) {
            i--, j--;
            mask[i] = 1;
        } else if (b[i * W + j] == 2) i--;
        else j--;
    }
    free(c);
    free(run);
    free(b);
}

typedef struct {
    pc_u32vec *sents;
    size_t n;
} sentences;

static void sentences_of(precis_rouge *r, const strlist *lines, sentences *out)
{
    strlist t = {0};
    read_text_lcs(r, lines, &t);
    out->n = t.n;
    out->sents = pc_xcalloc(t.n, sizeof *out->sents);
    for (size_t i = 0; i < t.n; i++) tokens_of(r, t.s[i], &out->sents[i]);
    sl_free(&t);
}

static void sentences_free(sentences *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->sents[i].v);
    free(s->sents);
}

/* Unigram counts as a dense array over token ids (for LCS clipping). */
static uint32_t *unigram_counts(const precis_rouge *r, const pc_u32vec *t)
{
    uint32_t *u = pc_xcalloc(r->nwords, sizeof *u);
    for (size_t i = 0; i < t->n; i++) u[t->v[i]]++;
    return u;
}

/* ROUGE-L (weight 0) or ROUGE-W (weight > 0) of one model against the peer:
 * each model sentence's union LCS with all peer sentences, each token
 * counted at most as often as both texts have it (ROUGE-1.5.5's lcs/wlcs). */
static void union_lcs(const precis_rouge *r, accum *a, const sentences *ms, const sentences *ps,
                      const pc_u32vec *mtok, const pc_u32vec *ptok, double weight)
{
    uint32_t *mu = unigram_counts(r, mtok), *pu = unigram_counts(r, ptok);
    double hit = 0, base = 0;
    for (size_t i = 0; i < ms->n; i++) {
        const pc_u32vec *s = &ms->sents[i];
        uint8_t *mask = pc_xcalloc(s->n, 1);
        base += weight > 0 ? pow((double)s->n, weight) : (double)s->n;
        for (size_t j = 0; j < ps->n; j++)
            lcs_mark(s->v, s->n, ps->sents[j].v, ps->sents[j].n, mask, weight);
        size_t run = 0;
        for (size_t q = 0; q < s->n; q++) {
            uint32_t t = s->v[q];
            if (!mask[q] || mu[t] == 0 || pu[t] == 0) continue;
            mu[t]--;
            pu[t]--;
            if (weight <= 0) {
                hit += 1;
                continue;
            }
            run++;
            if (q + 1 == s->n || !mask[q + 1]) {
                hit += pow((double)run, weight);
                run = 0;
            }
        }
        free(mask);
    }
    if (weight > 0) /* ROUGE-1.5.5 weighs the summed base and peer length again */
        accumulate(r, a, hit, pow(base, weight), pow((double)ptok->n, weight));
    else accumulate(r, a, hit, base, (double)ptok->n);
    free(mu);
    free(pu);
}

/* ---------------------------------------------------------------------- */

/* ROUGE-W's R, P and F: the inverse power of the ratios, rounded as
 * ROUGE-1.5.5 rounds them. */
static precis_rouge_score finish_w(const accum *a, double weight, double alpha)
{
    precis_rouge_score s;
    double inv = 1.0 / weight;
    s.r = a->count != 0 ? round5(pow(a->hit / a->count, inv)) : 0;
    s.p = a->count_p != 0 ? round5(pow(a->hit / a->count_p, inv)) : 0;
    double d = (1 - alpha) * s.p + alpha * s.r;
    s.f = d > 0 ? round5(s.p * s.r / d) : 0;
    return s;
}

/* The peer summary, read once for all the models. */
typedef struct {
    strlist lines;
    char *text;          /* read_text's */
    pc_u32vec tok;
    sentences sent;      /* for ROUGE-L and -W */
    gramset *grams;      /* one per metric: ROUGE-1..N, then S's at slot s */
    size_t lcs, w, s;    /* the slots of ROUGE-L, -W and -S; SIZE_MAX when off */
} peer_summary;

static void peer_read(precis_rouge *r, const char *text, peer_summary *p)
{
    spl_lines(text ? text : "", &p->lines);
    p->text = read_text(r, &p->lines);
    tokens_of(r, p->text, &p->tok);
    if (r->opt.lcs || r->opt.wlcs_weight > 0) sentences_of(r, &p->lines, &p->sent);
    p->grams = pc_xcalloc(r->nmetrics, sizeof *p->grams);
    size_t mi = 0;
    for (int n = 1; n <= r->opt.max_n; n++) ngrams(&p->tok, n, &p->grams[mi++]);
    p->lcs = r->opt.lcs ? mi++ : SIZE_MAX;
    p->w = r->opt.wlcs_weight > 0 ? mi++ : SIZE_MAX;
    p->s = r->opt.skip ? mi++ : SIZE_MAX;
    if (p->s != SIZE_MAX) skip_bigrams(r, &p->tok, &p->grams[p->s]);
}

static void peer_free(const precis_rouge *r, peer_summary *p)
{
    for (size_t k = 0; k < r->nmetrics; k++) gs_free(&p->grams[k]);
    free(p->grams);
    free(p->tok.v);
    free(p->text);
    sentences_free(&p->sent);
    sl_free(&p->lines);
}

/* One model's hits and counts against the peer, into acc (one per metric). */
static void score_model(precis_rouge *r, const peer_summary *p, const char *model, accum *acc)
{
    strlist mlines = {0};
    spl_lines(model ? model : "", &mlines);
    char *mtext = read_text(r, &mlines);
    pc_u32vec mtok = {0};
    tokens_of(r, mtext, &mtok);
    size_t k = 0;
    for (int n = 1; n <= r->opt.max_n; n++, k++) {
        gramset g = {0};
        ngrams(&mtok, n, &g);
        accumulate(r, &acc[k], (double)hits(&g, &p->grams[k]), (double)g.total, (double)p->grams[k].total);
        gs_free(&g);
    }
    if (p->lcs != SIZE_MAX || p->w != SIZE_MAX) {
        sentences ms = {0};
        sentences_of(r, &mlines, &ms);
        if (p->lcs != SIZE_MAX) union_lcs(r, &acc[p->lcs], &ms, &p->sent, &mtok, &p->tok, 0);
        if (p->w != SIZE_MAX) union_lcs(r, &acc[p->w], &ms, &p->sent, &mtok, &p->tok, r->opt.wlcs_weight);
        sentences_free(&ms);
    }
    if (p->s != SIZE_MAX) {
        gramset g = {0};
        skip_bigrams(r, &mtok, &g);
        accumulate(r, &acc[p->s], (double)hits(&g, &p->grams[p->s]), (double)g.total,
                   (double)p->grams[p->s].total);
        gs_free(&g);
    }
    free(mtok.v);
    free(mtext);
    sl_free(&mlines);
}

void precis_rouge_score_texts(precis_rouge *r, const char *peer, const char *const *models,
                              size_t nmodels, precis_rouge_score *out)
{
    peer_summary p = {0};
    peer_read(r, peer, &p);
    size_t nm = r->nmetrics;
    accum *acc = pc_xcalloc(nm, sizeof *acc);
    for (size_t k = 0; k < nm; k++) acc[k].best = -1;
    for (size_t m = 0; m < nmodels; m++) score_model(r, &p, models[m], acc);
    for (size_t k = 0; k < nm; k++)
        out[k] = k == p.w ? finish_w(&acc[k], r->opt.wlcs_weight, r->opt.alpha)
                          : finish(acc[k].hit, acc[k].count, acc[k].count_p, r->opt.alpha);
    free(acc);
    peer_free(r, &p);
}

/* ---------------------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

void precis_rouge_bootstrap(const double *values, size_t n, int resamples, double confidence,
                            double *mean, double *lo, double *hi)
{
    if (resamples < 1) resamples = 1;
    double *means = pc_xmalloc((size_t)resamples * sizeof *means);
    for (int i = 0; i < resamples; i++) {
        /* Perl's srand(i) then rand(): drand48 seeded as Perl seeds it */
        unsigned short x[3] = {0x330E, (unsigned short)(i & 0xFFFF), (unsigned short)((unsigned)i >> 16)};
        double sum = 0;
        for (size_t k = 0; k < n; k++) {
            size_t idx = (size_t)(erand48(x) * (double)n);
            if (idx >= n) idx = n - 1;
            sum += values[idx];
        }
        means[i] = n ? sum / (double)n : 0;
    }
    qsort(means, (size_t)resamples, sizeof *means, cmp_double);
    double total = 0;
    for (int i = 0; i < resamples; i++) total += means[i];
    *mean = round5(total / resamples);
    double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
    int ua = (int)(resamples - delta - 1), la = (int)delta;
    double ratio = resamples - delta - 1 - ua;
    int ub = ua + 1 < resamples ? ua + 1 : ua, lb = la + 1 < resamples ? la + 1 : la;
    if (la >= resamples) la = lb = resamples - 1;
    if (ua < 0) ua = 0;
    *lo = round5(means[la] + (means[lb] - means[la]) * ratio);
    *hi = round5(means[ua] + (means[ub] - means[ua]) * ratio);
    free(means);
}
