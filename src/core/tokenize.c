/*
 * tokenize.c — word tokens of a text, for every stage that counts words
 * (analyze.c's terms, the repeat keys, similarity and ROUGE units) and the
 * word counts of budgets (pc_count_words).
 *
 * Text in scripts written with spaces between words is split at anything
 * that is not a letter, a mark or a digit (Unicode categories, utf8proc),
 * lowercased, with English clitics ("'s", "n't") dropped.  Text in scripts
 * written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer,
 * Myanmar) has no such boundaries: a Japanese paragraph was one token and
 * one "word", so a Japanese cluster had no terms to compare and `--words 30`
 * chose nothing (issue 22).  Each run of such characters goes to ICU's word
 * break iterator (dictionary-based for CJK and Thai), and every word of
 * letters, kana or ideographs it finds is a token.  On the hand-made
 * tests/data/lang-seg/ja/a.txt the first sentence, 東京の倉庫で大規模な火災が
 * 発生した, gives 10 words (東京 の 倉庫 で 大規模 な 火災 が 発生 した).
 * Written as a loop here, not with ICU throughout: the Latin, Cyrillic and
 * Greek path is the one English output and its speed depend on, and it is
 * unchanged (byte-compared with tools/outputs.sh).
 */
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>

#define PC_MAX_TOKEN 64

static int is_word_cp(utf8proc_int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int pc_unspaced_cp(int32_t cp)
{
    return (cp >= 0x0E00 && cp <= 0x0EFF) ||   /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF) ||   /* Khmer */
           (cp >= 0x3040 && cp <= 0x30FF) ||   /* Hiragana, Katakana */
           (cp >= 0x31F0 && cp <= 0x31FF) ||   /* Katakana extensions */
           (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility */
           (cp >= 0xFF66 && cp <= 0xFF9F) ||   /* halfwidth Katakana */
           (cp >= 0x20000 && cp <= 0x2FA1F);   /* CJK extensions B.. */
}

/* The word break iterator, opened once per thread (opening one loads its
 * rules and dictionaries: far too slow per sentence) and closed when the
 * thread ends (pthread key destructor; the main thread's at exit).  NULL
 * if ICU fails. */
static pthread_key_t breaker_key;
static pthread_once_t breaker_once = PTHREAD_ONCE_INIT;

static void close_breaker(void *bi) { ubrk_close(bi); }

static void close_main_breaker(void)
{
    UBreakIterator *bi = pthread_getspecific(breaker_key);
    if (bi) ubrk_close(bi);
    pthread_setspecific(breaker_key, NULL);
}

static void make_breaker_key(void)
{
    pthread_key_create(&breaker_key, close_breaker);
    atexit(close_main_breaker);
}

static UBreakIterator *word_breaker(void)
{
    pthread_once(&breaker_once, make_breaker_key);
    UBreakIterator *bi = pthread_getspecific(breaker_key);
    if (!bi) {
        UErrorCode err = U_ZERO_ERROR;
        bi = ubrk_open(UBRK_WORD, "", NULL, 0, &err);
        if (U_FAILURE(err)) return NULL;
        pthread_setspecific(breaker_key, bi);
    }
    return bi;
}

void pc_each_unspaced_word(const char *s, size_t n, pc_token_fn fn, void *ctx)
{
    UBreakIterator *bi = word_breaker();
    UErrorCode err = U_ZERO_ERROR;
    UText *ut = bi ? utext_openUTF8(NULL, s, (int64_t)n, &err) : NULL;
    if (ut) ubrk_setUText(bi, ut, &err);
    if (!ut || U_FAILURE(err)) {
        /* no ICU: each character a word, so nothing is one giant token */
        size_t i = 0;
        while (i < n) {
            int k = pc_utf8_seq((const unsigned char *)s + i, n - i);
            if (k <= 0) k = 1;
            fn(ctx, s + i, (size_t)k);
            i += (size_t)k;
        }
        if (ut) utext_close(ut);
        return;
    }
    int32_t a = ubrk_first(bi);
    for (int32_t b = ubrk_next(bi); b != UBRK_DONE; a = b, b = ubrk_next(bi)) {
        if (ubrk_getRuleStatus(bi) < UBRK_WORD_NUMBER_LIMIT) continue; /* space, punctuation */
        size_t wl = (size_t)(b - a);
        if (wl > PC_MAX_TOKEN) { /* cut a long word at a character boundary */
            wl = PC_MAX_TOKEN;
            while (wl && ((unsigned char)s[a + (int32_t)wl] & 0xC0) == 0x80) wl--;
        }
        if (wl) fn(ctx, s + a, wl);
    }
    /* the iterator keeps no pointer into s past here */
    ubrk_setText(bi, NULL, 0, &err);
    utext_close(ut);
}

static int is_apostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019; }

static int is_clitic(const char *w, size_t n)
{
    static const char *const cl[] = {"s", "t", "d", "ll", "re", "ve", "m"};
    for (size_t k = 0; k < sizeof cl / sizeof *cl; k++)
        if (strlen(cl[k]) == n && memcmp(w, cl[k], n) == 0) return 1;
    return 0;
}

/* Give fn the ICU words of the unspaced run s[a, b), if any. */
static void flush_unspaced(const char *s, size_t a, size_t b, pc_token_fn fn, void *ctx)
{
    if (b > a) pc_each_unspaced_word(s + a, b - a, fn, ctx);
}

void pc_each_token(const char *s, size_t n, pc_token_fn fn, void *ctx)
{
    char tok[PC_MAX_TOKEN + 8];
    size_t tl = 0;
    int after_apos = 0;
    size_t i = 0;
    size_t run = (size_t)-1; /* start of a run of unspaced-script characters */
    while (i <= n) {
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t k = 1;
        unsigned char b = i < n ? (unsigned char)s[i] : 0;
        if (i < n && b < 0x80) {
            /* ASCII, most of the text: the same answers as utf8proc, without the lookups */
            cp = b;
            if (run == (size_t)-1) {
                if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                    if (tl < PC_MAX_TOKEN) tok[tl++] = (char)b;
                    i++;
                    continue;
                }
                if (b >= 'A' && b <= 'Z') {
                    if (tl < PC_MAX_TOKEN) tok[tl++] = (char)(b + 32);
                    i++;
                    continue;
                }
            }
        } else if (i < n) {
            k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
            if (k <= 0) k = 1, cp = -1;
        }
        int unspaced = i < n && cp >= 0x0E00 && pc_unspaced_cp(cp);
        if (unspaced || (run != (size_t)-1 && i < n && cp >= 0x80 && is_word_cp(cp))) {
            /* a run of Han, kana, Thai ...: marks and letters mixed into it stay in it */
            if (run == (size_t)-1) {
                if (tl && !(after_apos && is_clitic(tok, tl))) fn(ctx, tok, tl);
                tl = 0;
                after_apos = 0;
                run = i;
            }
            i += (size_t)k;
            continue;
        }
        if (run != (size_t)-1) {
            flush_unspaced(s, run, i, fn, ctx);
            run = (size_t)-1;
            if (i < n && cp >= 0 && cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')))
                continue; /* the ASCII path above takes it */
        }
        if (i < n && cp >= 0x80 && is_word_cp(cp)) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
            if (tl + (size_t)el <= PC_MAX_TOKEN) {
                memcpy(tok + tl, enc, (size_t)el);
                tl += (size_t)el;
            }
        } else {
            if (tl && !(after_apos && is_clitic(tok, tl))) fn(ctx, tok, tl);
            after_apos = tl && cp >= 0 && is_apostrophe(cp) && i + 1 < n;
            if (!(cp >= 0 && is_apostrophe(cp))) after_apos = 0;
            tl = 0;
        }
        i += (size_t)k;
    }
}

/* A pc_token_fn that counts. */
static void count_cb(void *ctx, const char *w, size_t n)
{
    (void)w;
    (void)n;
    (*(size_t *)ctx)++;
}

/* A pc_token_fn that counts (pc_count_words). */
static void count_token(void *ctx, const char *w, size_t n)
{
    (void)w;
    (void)n;
    (*(uint32_t *)ctx)++;
}

/* Does s[0..n) hold a character of a script written without spaces? */
static int has_unspaced(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0xE0) continue; /* Thai and CJK are 3- and 4-byte sequences */
        int k = pc_utf8_seq((const unsigned char *)s + i, n - i);
        if (k < 3) continue;
        int32_t cp = k == 3 ? ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F)
                            : ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        if (pc_unspaced_cp(cp)) return 1;
        i += (size_t)k - 1;
    }
    return 0;
}

uint32_t pc_count_words(const char *s)
{
    uint32_t n = 0;
    int in = 0;
    const char *w = s;
    for (; *s; s++) {
        int sp = *s == ' ' || *s == '\t' || *s == '\n';
        if (!sp && !in) {
            n++;
            w = s;
        }
        /* a word of Chinese, Japanese, Thai ... counts the words ICU finds in it
         * (tokenize.c): a Japanese sentence is not one word */
        if (sp && in && has_unspaced(w, (size_t)(s - w))) {
            uint32_t k = 0;
            pc_each_token(w, (size_t)(s - w), count_token, &k);
            if (k > 1) n += k - 1;
        }
        in = !sp;
    }
    if (in && has_unspaced(w, (size_t)(s - w))) {
        uint32_t k = 0;
        pc_each_token(w, (size_t)(s - w), count_token, &k);
        if (k > 1) n += k - 1;
    }
    return n;
}

size_t pc_count_unspaced_words(const char *s, size_t n)
{
    size_t count = 0;
    pc_each_unspaced_word(s, n, count_cb, &count);
    return count;
}
