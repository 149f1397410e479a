/*
 * util.h — small containers every stage uses: a growable byte buffer, a
 * growable array of uint32, and a string -> uint32 hash map; sorting and
 * ranking; the text helpers the stages share (folding, word counts, UTF-8
 * sequences, one set of quotation marks); a text with an offset map.
 *
 * Written by hand because C has none and the Debian libraries that do
 * (GLib) would be a large dependency for three small structures.
 */
#ifndef PRECIS_UTIL_H
#define PRECIS_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

void *pc_xmalloc(size_t n);
void *pc_xcalloc(size_t n, size_t size);
void *pc_xrealloc(void *p, size_t n);
char *pc_strndup(const char *s, size_t n);
char *pc_strdup(const char *s);
/* What precis_last_error returns (this thread's last error message), and
 * setting it printf-style from any layer. */
extern _Thread_local char pc_last_error[512];
void pc_set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow *arr (of elem-size items, capacity *cap) to hold at least `need`. */
void pc_grow(void **arr, size_t *cap, size_t need, size_t elem);
#define PC_GROW(arr, cap, need) pc_grow((void **)&(arr), &(cap), (need), sizeof *(arr))

typedef struct {
    char *s;
    size_t len, cap;
} pc_buf;

void pc_buf_put(pc_buf *b, const char *s, size_t n);
void pc_buf_puts(pc_buf *b, const char *s);
void pc_buf_putc(pc_buf *b, char c);
void pc_buf_printf(pc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Take the string (NUL-terminated) out of the buffer. */
char *pc_buf_take(pc_buf *b);
void pc_buf_free(pc_buf *b);

typedef struct {
    uint32_t *v;
    size_t n, cap;
} pc_u32vec;

void pc_u32_push(pc_u32vec *a, uint32_t x);
/* Sort ascending: insertion sort for the short arrays of one sentence's
 * terms (qsort's indirect comparisons cost more there), qsort above. */
void pc_sort_u32(uint32_t *v, size_t n);
/* Sort ascending and drop repeats; returns how many distinct values remain. */
size_t pc_sort_unique_u32(uint32_t *v, size_t n);

/* Open-addressing map from byte strings to uint32 values. */
typedef struct {
    char **keys;
    uint32_t *klen, *vals, *hashes;
    size_t cap, n;
} pc_map;

uint32_t pc_hash(const char *s, size_t n);
/* Returns a pointer to the value slot for key, or NULL when absent. */
uint32_t *pc_map_get(const pc_map *m, const char *key, size_t n);
/* Inserts key with value v if absent; returns the slot (existing or new). */
uint32_t *pc_map_put(pc_map *m, const char *key, size_t n, uint32_t v, int *added);
void pc_map_free(pc_map *m);

/* Read a whole file (or stdin for "-").  Returns 0, or an errno value. */
int pc_read_file(const char *path, char **data, size_t *len);

/* Text helpers shared by every stage. */

/* A copy of s[0..n) with every run of whitespace folded to one space and no
 * space at either end: the form sentences, quotes and names are kept in. */
char *pc_fold(const char *s, size_t n);
/* Words of a NUL-terminated string: whitespace-separated, except that a
 * stretch of Chinese, Japanese, Thai ... counts the words ICU finds in it. */
uint32_t pc_count_words(const char *s);

/* core/tokenize.c (pc_count_words too, above; internal.h repeats
 * pc_token_fn and pc_each_token; C11 allows the identical typedef).
 * pc_unspaced_cp: is cp in a script written without spaces between words
 *   (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar)?
 * pc_each_unspaced_word: fn gets each word of letters, kana or ideographs
 *   ICU's word break iterator finds in s[0..n) (not lowercased).
 * pc_count_unspaced_words: how many there are. */
typedef void (*pc_token_fn)(void *ctx, const char *tok, size_t n);
void pc_each_token(const char *s, size_t n, pc_token_fn fn, void *ctx);
int pc_unspaced_cp(int32_t cp);
void pc_each_unspaced_word(const char *s, size_t n, pc_token_fn fn, void *ctx);
size_t pc_count_unspaced_words(const char *s, size_t n);
/* Bytes of a valid UTF-8 sequence starting at s (1..4), or 0 if invalid. */
int pc_utf8_seq(const unsigned char *s, size_t n);

/* Quotation marks, one set for every stage.  The curly ones as UTF-8: */
#define PC_LDQUO "\xE2\x80\x9C" /* “ */
#define PC_RDQUO "\xE2\x80\x9D" /* ” */
#define PC_LSQUO "\xE2\x80\x98" /* ‘ */
#define PC_RSQUO "\xE2\x80\x99" /* ’ (also the curly apostrophe) */
#define PC_LAQUO "\xC2\xAB"     /* « */
#define PC_RAQUO "\xC2\xBB"     /* » */
/* An opening quote or bracket at s[0..n) (" ' ` ( [ “ ‘): its length in
 * bytes, or 0. */
size_t pc_open_quote(const char *s, size_t n);
/* A closing quote or bracket at s[0..n) (" ' ) ] ” ’): its length, or 0. */
size_t pc_close_quote(const char *s, size_t n);
/* A double or single quotation mark, no brackets (" `` “ ” ‘ ’): its
 * length (1 for ``), or 0. */
size_t pc_quote_mark(const char *s, size_t n);
/* An opening quotation mark of any language at s[0..n) -- “ « „ ‚ 「 『
 * `` '' " -- its length in bytes, and in *close the mark that closes it
 * (» for «, “ for German „, ‘ for ‚, 」 for 「, the same for " and ''),
 * or 0.  (“ » ‘ are not openers here: they close „ « ‚.) */
size_t pc_quote_open(const char *s, size_t n, const char **close);

/* Indices 0..n-1 ordered by v descending, ties by index (an argsort, stable
 * so every run picks the same order); the caller frees the array. */
uint32_t *pc_rank_desc(const double *v, size_t n);

/* A text being built together with a map from each of its bytes to an
 * offset in some original input (for attribution after rewriting). */
typedef struct {
    pc_buf b;
    uint32_t *map;
    size_t cap;
} pc_textb;

/* Append n bytes that stand for the original bytes at orig..orig+n. */
void pc_textb_copy(pc_textb *t, const char *s, size_t n, size_t orig);
/* Append n bytes that all stand for the original byte at orig. */
void pc_textb_subst(pc_textb *t, const char *s, size_t n, size_t orig);
/* Finish: the map gets one more entry (end) for offset len. */
void pc_textb_finish(pc_textb *t, size_t orig_end);

#endif
