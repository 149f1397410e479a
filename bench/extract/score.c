/*
 * score.c — the article-extraction benchmark's own metric.
 *
 * Both texts are split into word tokens (\w+: Unicode letters, digits,
 * underscore) and counted as 4-word shingles.  Per page: tp = shingles in
 * both (with multiplicity), fp = predicted only, fn = expected only;
 * precision = tp/(tp+fp), recall = tp/(tp+fn).  Precision and recall are
 * averaged over pages (an empty prediction is left out of the precision
 * average and scores recall 0); F1 comes from the two averages.
 *
 * Usage: extract-score GROUND-TRUTH.json PREDICTIONS-DIR [--pages]
 * PREDICTIONS-DIR holds <id>.txt per page (a missing file = empty).
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct {
    uint64_t *h;
    size_t n;
} shingles;

static int word_char(utf8proc_int32_t c)
{
    if (c == '_') return 1;
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

static uint64_t fnv(const char *s, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static int cmp64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static shingles shingle(const char *s)
{
    size_t len = strlen(s), cap = 64, nt = 0;
    uint64_t *tok = malloc(cap * sizeof *tok);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
        if (k <= 0) { i++; continue; }
        if (!word_char(c)) { i += (size_t)k; continue; }
        size_t j = i;
        while (j < len) {
            k = utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(len - j), &c);
            if (k <= 0 || !word_char(c)) break;
            j += (size_t)k;
        }
        if (nt == cap) tok = realloc(tok, (cap *= 2) * sizeof *tok);
        tok[nt++] = fnv(s + i, j - i, 14695981039346656037ULL);
        i = j;
    }
    shingles r = {malloc((nt + 1) * sizeof(uint64_t)), 0};
    for (size_t i = 0; i + 4 <= nt; i++) {
        uint64_t h = 14695981039346656037ULL;
        for (int k = 0; k < 4; k++) h = (h ^ tok[i + k]) * 1099511628211ULL + (uint64_t)k;
        r.h[r.n++] = h;
    }
    /* fewer than 4 tokens: the benchmark's shingles are then the tokens themselves */
    if (nt > 0 && nt < 4) {
        uint64_t h = 7;
        for (size_t k = 0; k < nt; k++) h = (h ^ tok[k]) * 1099511628211ULL;
        r.h[r.n++] = h;
    }
    free(tok);
    qsort(r.h, r.n, sizeof *r.h, cmp64);
    return r;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    size_t r = fread(b, 1, (size_t)n, f);
    b[r] = 0;
    fclose(f);
    return b;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: extract-score GROUND-TRUTH.json PREDICTIONS-DIR [--pages]\n");
        return 2;
    }
    int pages = argc > 3 && strcmp(argv[3], "--pages") == 0;
    json_error_t err;
    json_t *gt = json_load_file(argv[1], 0, &err);
    if (!gt) {
        fprintf(stderr, "extract-score: %s: %s\n", argv[1], err.text);
        return 2;
    }
    const char *id;
    json_t *v;
    double psum = 0, rsum = 0;
    size_t np = 0, n = 0, empty = 0;
    json_object_foreach(gt, id, v) {
        const char *truth = json_string_value(json_object_get(v, "articleBody"));
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.txt", argv[2], id);
        char *pred = slurp(path);
        shingles t = shingle(truth ? truth : ""), p = shingle(pred ? pred : "");
        size_t tp = 0, i = 0, j = 0;
        while (i < t.n && j < p.n) {
            if (t.h[i] == p.h[j]) tp++, i++, j++;
            else if (t.h[i] < p.h[j]) i++;
            else j++;
        }
        double fp = (double)(p.n - tp), fn = (double)(t.n - tp);
        double prec = p.n ? tp / (tp + fp) : 0, rec = t.n ? tp / (tp + fn) : 0;
        if (p.n) psum += prec, np++;
        else empty++;
        rsum += rec;
        n++;
        if (pages)
            printf("%s P %.3f R %.3f F %.3f\n", id, prec, rec,
                   prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0);
        free(t.h), free(p.h), free(pred);
    }
    double P = np ? psum / (double)np : 0, R = n ? rsum / (double)n : 0;
    printf("pages %zu  empty %zu  precision %.4f  recall %.4f  F1 %.4f\n", n, empty, P, R,
           P + R > 0 ? 2 * P * R / (P + R) : 0);
    json_decref(gt);
    return 0;
}
