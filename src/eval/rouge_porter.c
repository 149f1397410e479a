/*
 * rouge_porter.c — the Porter stemmer exactly as ROUGE-1.5.5 applies it.
 *
 * Written by hand because no library stems the way ROUGE-1.5.5 does, and
 * precis eval must reproduce NIST's official scores: ROUGE's Perl stemmer is
 * Porter's 1980 algorithm with his later step-2 changes ("bli" -> "ble",
 * "logi" -> "log" instead of "abli" -> "able") and Chin-Yew Lin's 2004
 * change to step 4 (a word ending in "-ement" is not retried with "-ment"
 * and "-ent" inside the same rule, but "-ment" and "-ent" are tried after
 * it).  libstemmer's "porter" is the unmodified 1980 algorithm, so it
 * disagrees on words such as "probability" or "agreement".
 *
 * The rules below follow the Perl regular expressions one by one; `m` is
 * Porter's measure (the number of vowel-consonant sequences).
 *
 * In the flow: none; rouge.c stems tokens with it under -m (precis eval,
 * outside the summarising pipeline).
 */
#include "eval/rouge.h"

#include <string.h>

/* Is w[i] a consonant?  'y' is a consonant at the start or after a vowel. */
static int cons(const char *w, int i)
{
    switch (w[i]) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 0;
    case 'y': return i == 0 ? 1 : !cons(w, i - 1);
    default: return 1;
    }
}

/* Porter's measure of w[0..n). */
static int measure(const char *w, int n)
{
    int i = 0, m = 0;
    while (i < n && cons(w, i)) i++;
    for (;;) {
        while (i < n && !cons(w, i)) i++;
        if (i >= n) return m;
        while (i < n && cons(w, i)) i++;
        m++;
        if (i >= n) return m;
    }
}

static int has_vowel(const char *w, int n)
{
    for (int i = 0; i < n; i++)
        if (!cons(w, i)) return 1;
    return 0;
}

static int ends(const char *w, int n, const char *s)
{
    int l = (int)strlen(s);
    return l <= n && memcmp(w + n - l, s, (size_t)l) == 0;
}

static int in(char c, const char *set) { return c && strchr(set, c) != NULL; }

/* The whole of w[0..n) is /^C v [^aeiouwxy]$/ with C = [^aeiou][^aeiouy]*. */
static int whole_cvc(const char *w, int n)
{
    if (n < 3) return 0;
    if (in(w[0], "aeiou")) return 0;
    for (int i = 1; i < n - 2; i++)
        if (in(w[i], "aeiouy")) return 0;
    return in(w[n - 2], "aeiouy") && !in(w[n - 1], "aeiouwxy");
}

/* Replace the suffix of length sl with r when the stem's measure > min. */
static int replace(char *w, int *n, int sl, const char *r, int min)
{
    int stem = *n - sl;
    if (measure(w, stem) <= min) return 0;
    int rl = (int)strlen(r);
    memcpy(w + stem, r, (size_t)rl);
    *n = stem + rl;
    return 1;
}

/* The longest suffix of w from the list that w ends with (the leftmost
 * match of a Perl alternation anchored at the end), or -1. */
static int longest(const char *w, int n, const char *const *list, int count)
{
    int best = -1, bl = 0;
    for (int k = 0; k < count; k++) {
        int l = (int)strlen(list[k]);
        if (l > bl && ends(w, n, list[k])) best = k, bl = l;
    }
    return best;
}

void rg_porter_stem(char *w)
{
    int n = (int)strlen(w);
    if (n < 3) return;
    int upper_y = w[0] == 'y';
    if (upper_y) w[0] = 'Y';

    /* step 1a */
    if (ends(w, n, "sses") || ends(w, n, "ies")) n -= 2;
    else if (n >= 2 && w[n - 1] == 's' && w[n - 2] != 's') n -= 1;
    /* step 1b */
    if (ends(w, n, "eed")) {
        if (measure(w, n - 3) > 0) n -= 1;
    } else if (ends(w, n, "ed") || ends(w, n, "ing")) {
        int stem = n - (ends(w, n, "ed") ? 2 : 3);
        if (has_vowel(w, stem)) {
            n = stem;
            if (ends(w, n, "at") || ends(w, n, "bl") || ends(w, n, "iz")) w[n++] = 'e';
            else if (n >= 2 && w[n - 1] == w[n - 2] && !in(w[n - 1], "aeiouylsz")) n--;
            else if (whole_cvc(w, n)) w[n++] = 'e';
        }
    }
    /* step 1c */
    if (n >= 1 && w[n - 1] == 'y' && has_vowel(w, n - 1)) w[n - 1] = 'i';
    /* step 2 */
    static const char *const s2[] = {"ational", "tional", "enci",    "anci",    "izer",
                                     "bli",     "alli",   "entli",   "eli",     "ousli",
                                     "ization", "ation",  "ator",    "alism",   "iveness",
                                     "fulness", "ousness", "aliti",  "iviti",   "biliti",
                                     "logi"};
    static const char *const r2[] = {"ate", "tion", "ence", "ance", "ize", "ble", "al",
                                     "ent", "e",    "ous",  "ize",  "ate", "ate", "al",
                                     "ive", "ful",  "ous",  "al",   "ive", "ble", "log"};
    int k = longest(w, n, s2, (int)(sizeof s2 / sizeof *s2));
    if (k >= 0) replace(w, &n, (int)strlen(s2[k]), r2[k], 0);
    /* step 3 */
    static const char *const s3[] = {"icate", "ative", "alize", "iciti", "ical", "ful", "ness"};
    static const char *const r3[] = {"ic", "", "al", "ic", "ic", "", ""};
    k = longest(w, n, s3, (int)(sizeof s3 / sizeof *s3));
    if (k >= 0) replace(w, &n, (int)strlen(s3[k]), r3[k], 0);
    /* step 4, with ROUGE's -ement change */
    static const char *const s4[] = {"al",  "ance", "ence", "er",  "ic",  "able", "ible", "ant",
                                     "ement", "ou", "ism",  "ate", "iti", "ous",  "ive",  "ize"};
    k = longest(w, n, s4, (int)(sizeof s4 / sizeof *s4));
    if (k >= 0) replace(w, &n, (int)strlen(s4[k]), "", 1);
    if (ends(w, n, "ment")) replace(w, &n, 4, "", 1);
    if (ends(w, n, "ent")) replace(w, &n, 3, "", 1);
    else if (ends(w, n, "sion") || ends(w, n, "tion")) replace(w, &n, 3, "", 1);
    /* step 5 */
    if (n >= 1 && w[n - 1] == 'e') {
        int m = measure(w, n - 1);
        if (m > 1 || (m == 1 && !whole_cvc(w, n - 1))) n--;
    }
    if (ends(w, n, "ll") && measure(w, n) > 1) n--;
    w[n] = 0;
    if (upper_y) w[0] = 'y';
}
