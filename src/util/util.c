/*
 * util.c — allocation that never returns NULL, growable buffers and arrays,
 * a string hash map, whole-file reading, sorting and ranking, and the text
 * helpers every stage shares (whitespace folding, word counts, UTF-8
 * sequences, quotation marks).  The bottom of the library: it uses nothing
 * else of precis.
 */
#include "util/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void)
{
    fputs("precis: out of memory\n", stderr);
    abort();
}

void *pc_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

void *pc_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *pc_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

char *pc_strndup(const char *s, size_t n)
{
    char *d = pc_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

_Thread_local char pc_last_error[512];

void pc_set_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(pc_last_error, sizeof pc_last_error, fmt, ap);
    va_end(ap);
}

char *pc_strdup(const char *s)
{
    return s ? pc_strndup(s, strlen(s)) : NULL;
}

void pc_grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return;
    size_t nc = *cap ? *cap : 8;
    while (nc < need) nc *= 2;
    *arr = pc_xrealloc(*arr, nc * elem);
    *cap = nc;
}

void pc_buf_put(pc_buf *b, const char *s, size_t n)
{
    PC_GROW(b->s, b->cap, b->len + n + 1);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void pc_buf_puts(pc_buf *b, const char *s) { pc_buf_put(b, s, strlen(s)); }
void pc_buf_putc(pc_buf *b, char c) { pc_buf_put(b, &c, 1); }

void pc_buf_printf(pc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    PC_GROW(b->s, b->cap, b->len + (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *pc_buf_take(pc_buf *b)
{
    if (!b->s) pc_buf_put(b, "", 0);
    char *s = b->s;
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void pc_buf_free(pc_buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

void pc_sort_u32(uint32_t *v, size_t n)
{
    if (n > 48) {
        qsort(v, n, sizeof *v, cmp_u32);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
        v[j] = x;
    }
}

size_t pc_sort_unique_u32(uint32_t *v, size_t n)
{
    pc_sort_u32(v, n);
    size_t j = 0;
    for (size_t k = 0; k < n; k++)
        if (!j || v[j - 1] != v[k]) v[j++] = v[k];
    return j;
}

void pc_u32_push(pc_u32vec *a, uint32_t x)
{
    PC_GROW(a->v, a->cap, a->n + 1);
    a->v[a->n++] = x;
}

/* FNV-1a: simple, and good enough for word keys. */
uint32_t pc_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static size_t map_find(const pc_map *m, const char *key, size_t n, uint32_t h)
{
    size_t mask = m->cap - 1, i = h & mask;
    while (m->keys[i]) {
        if (m->hashes[i] == h && m->klen[i] == n && memcmp(m->keys[i], key, n) == 0)
            return i;
        i = (i + 1) & mask;
    }
    return i;
}

uint32_t *pc_map_get(const pc_map *m, const char *key, size_t n)
{
    if (!m->cap) return NULL;
    size_t i = map_find(m, key, n, pc_hash(key, n));
    return m->keys[i] ? &m->vals[i] : NULL;
}

static void map_resize(pc_map *m, size_t cap)
{
    pc_map nm = {0};
    nm.cap = cap;
    nm.keys = pc_xcalloc(cap, sizeof *nm.keys);
    nm.klen = pc_xcalloc(cap, sizeof *nm.klen);
    nm.vals = pc_xcalloc(cap, sizeof *nm.vals);
    nm.hashes = pc_xcalloc(cap, sizeof *nm.hashes);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = map_find(&nm, m->keys[i], m->klen[i], m->hashes[i]);
        nm.keys[j] = m->keys[i];
        nm.klen[j] = m->klen[i];
        nm.vals[j] = m->vals[i];
        nm.hashes[j] = m->hashes[i];
    }
    nm.n = m->n;
    free(m->keys);
    free(m->klen);
    free(m->vals);
    free(m->hashes);
    *m = nm;
}

uint32_t *pc_map_put(pc_map *m, const char *key, size_t n, uint32_t v, int *added)
{
    if ((m->n + 1) * 4 >= m->cap * 3) map_resize(m, m->cap ? m->cap * 2 : 64);
    uint32_t h = pc_hash(key, n);
    size_t i = map_find(m, key, n, h);
    if (added) *added = !m->keys[i];
    if (!m->keys[i]) {
        m->keys[i] = pc_strndup(key, n);
        m->klen[i] = (uint32_t)n;
        m->hashes[i] = h;
        m->vals[i] = v;
        m->n++;
    }
    return &m->vals[i];
}

void pc_map_free(pc_map *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
    free(m->keys);
    free(m->klen);
    free(m->vals);
    free(m->hashes);
    memset(m, 0, sizeof *m);
}

int pc_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return errno ? errno : EIO;
    pc_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) pc_buf_put(&b, chunk, n);
    int err = ferror(f) ? (errno ? errno : EIO) : 0;
    if (f != stdin) fclose(f);
    if (err) {
        pc_buf_free(&b);
        return err;
    }
    *len = b.len;
    *data = pc_buf_take(&b);
    return 0;
}

static void textb_map(pc_textb *t, size_t n, size_t orig, int step)
{
    PC_GROW(t->map, t->cap, t->b.len + n + 1);
    for (size_t i = 0; i < n; i++) t->map[t->b.len + i] = (uint32_t)(orig + (step ? i : 0));
}

void pc_textb_copy(pc_textb *t, const char *s, size_t n, size_t orig)
{
    textb_map(t, n, orig, 1);
    pc_buf_put(&t->b, s, n);
}

void pc_textb_subst(pc_textb *t, const char *s, size_t n, size_t orig)
{
    textb_map(t, n, orig, 0);
    pc_buf_put(&t->b, s, n);
}

void pc_textb_finish(pc_textb *t, size_t orig_end)
{
    PC_GROW(t->map, t->cap, t->b.len + 1);
    t->map[t->b.len] = (uint32_t)orig_end;
    if (!t->b.s) pc_buf_put(&t->b, "", 0);
}

char *pc_fold(const char *s, size_t n)
{
    char *out = pc_xmalloc(n + 1);
    size_t j = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            sp = 1;
            continue;
        }
        if (sp && j) out[j++] = ' ';
        sp = 0;
        out[j++] = (char)ch;
    }
    out[j] = 0;
    return out;
}

/* pc_count_words is in core/tokenize.c: it needs ICU's words for CJK. */

typedef struct {
    double score;
    uint32_t i;
} ranked;

static int by_score_desc(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

uint32_t *pc_rank_desc(const double *v, size_t n)
{
    ranked *r = pc_xmalloc(n * sizeof *r);
    for (size_t i = 0; i < n; i++) r[i].score = v[i], r[i].i = (uint32_t)i;
    qsort(r, n, sizeof *r, by_score_desc);
    uint32_t *order = pc_xmalloc(n * sizeof *order);
    for (size_t i = 0; i < n; i++) order[i] = r[i].i;
    free(r);
    return order;
}

int pc_utf8_seq(const unsigned char *s, size_t n)
{
    if (!n) return 0;
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    int len;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07, min = 0x10000;
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

/* The curly quotes are U+2018-U+201D: E2 80 98..9D in UTF-8. */
static unsigned curly(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 ? (unsigned char)s[2]
                                                                                  : 0;
}

size_t pc_open_quote(const char *s, size_t n)
{
    if (n && (*s == '"' || *s == '\'' || *s == '(' || *s == '[' || *s == '`')) return 1;
    unsigned c = curly(s, n);
    return c == 0x9C || c == 0x98 ? 3 : 0;
}

size_t pc_close_quote(const char *s, size_t n)
{
    if (n && (*s == '"' || *s == '\'' || *s == ')' || *s == ']')) return 1;
    unsigned c = curly(s, n);
    return c == 0x9D || c == 0x99 ? 3 : 0;
}

size_t pc_quote_mark(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == '"' || (s[0] == '`' && n > 1 && s[1] == '`'))) return 1;
    unsigned c = curly(s, n);
    return c >= 0x98 && c <= 0x9D ? 3 : 0;
}

size_t pc_quote_open(const char *s, size_t n, const char **close)
{
    static const struct {
        const char *open, *close;
    } pairs[] = {
        {"\xE2\x80\x9C", "\xE2\x80\x9D"}, /* “ ” */
        {"\xC2\xAB", "\xC2\xBB"},           /* « » */
        {"\xE2\x80\x9E", "\xE2\x80\x9C"}, /* „ “ (German; ” is accepted too, see quotes.c) */
        {"\xE2\x80\x9A", "\xE2\x80\x98"}, /* ‚ ‘ */
        {"\xE3\x80\x8C", "\xE3\x80\x8D"}, /* 「 」 */
        {"\xE3\x80\x8E", "\xE3\x80\x8F"}, /* 『 』 */
        {"``", "''"},
        {"''", "''"}, /* some AP files open with two apostrophes */
        {"\"", "\""},
    };
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
        size_t l = strlen(pairs[k].open);
        if (l <= n && memcmp(s, pairs[k].open, l) == 0) {
            *close = pairs[k].close;
            return l;
        }
    }
    *close = NULL;
    return 0;
}
