/*
 * stopwords.c — English function words, which carry no topic.
 *
 * The list is the Snowball project's English stop list (the words its
 * stemmer's authors publish beside it), plus reporting verbs that every news
 * story repeats ("said", "told") and wire-service words.  libstemmer ships the
 * stemmers but not the lists, so the English list is here (kept as it was:
 * English output must not change).
 *
 * Other languages: the lists of Debian's liblingua-stopwords-perl (Snowball's
 * lists for 14 languages), turned into C tables at build time by
 * tools/stopwords.pl (build/stopword_tables.c).  A language without a list
 * has no stopwords (language-neutral processing).
 */
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *const stopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "cannot", "could", "couldn", "did", "didn", "do", "does",
    "doesn", "doing", "don", "down", "during", "each", "few", "for", "from", "further", "had",
    "hadn", "has", "hasn", "have", "haven", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "i", "if", "in", "into", "is", "isn", "it", "its", "itself",
    "just", "let", "ll", "may", "me", "might", "more", "most", "mr", "mrs", "ms", "must",
    "mustn", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
    "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "re", "s",
    "said", "same", "say", "says", "shall", "shan", "she", "should", "shouldn", "so", "some",
    "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
    "there", "these", "they", "this", "those", "through", "to", "told", "too", "under",
    "until", "up", "us", "ve", "very", "was", "wasn", "we", "were", "weren", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "won", "would",
    "wouldn", "you", "your", "yours", "yourself", "yourselves", "d", "m", "o", "y", "ain",
    "also", "would", "could", "upon", "yet", "however", "although", "though", "since",
    "among", "within", "without", "per", "via"};

static int cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **sorted;
static size_t nsorted;

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
    size_t n = sizeof stopwords / sizeof *stopwords;
    const char **s = pc_xmalloc(n * sizeof *s);
    memcpy(s, stopwords, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp);
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (!j || strcmp(s[j - 1], s[i]) != 0) s[j++] = s[i];
    nsorted = j;
    sorted = s;
}

/* The generated tables (tools/stopwords.pl): each language's words sorted
 * bytewise, as strcmp orders them. */
typedef struct {
    const char *lang;
    const char *const *words;
    size_t n;
} pc_stoplist;
extern const pc_stoplist pc_stoplists[];
extern const size_t pc_nstoplists;

int pc_is_stopword_lang(const char *lang, const char *w, size_t n)
{
    if (!lang || strcmp(lang, "english") == 0 || strcmp(lang, "porter") == 0)
        return pc_is_stopword(w, n);
    if (n == 0 || n > 63) return 0;
    for (size_t l = 0; l < pc_nstoplists; l++) {
        if (strcmp(pc_stoplists[l].lang, lang) != 0) continue;
        char key[64];
        memcpy(key, w, n);
        key[n] = 0;
        const char *k = key;
        return bsearch(&k, pc_stoplists[l].words, pc_stoplists[l].n, sizeof(char *), cmp) != NULL;
    }
    return 0;
}

int pc_has_stopwords(const char *lang)
{
    if (!lang) return 0;
    if (strcmp(lang, "english") == 0 || strcmp(lang, "porter") == 0) return 1;
    for (size_t l = 0; l < pc_nstoplists; l++)
        if (strcmp(pc_stoplists[l].lang, lang) == 0) return 1;
    return 0;
}

int pc_is_stopword(const char *w, size_t n)
{
    if (n == 0 || n > 15) return 0;
    pthread_once(&once, init);
    char key[16];
    memcpy(key, w, n);
    key[n] = 0;
    const char *k = key;
    return bsearch(&k, sorted, nsorted, sizeof *sorted, cmp) != NULL;
}
