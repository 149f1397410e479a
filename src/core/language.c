/*
 * language.c — which language a document and a cluster are written in.
 *
 * Every stage that has language-specific rules (cleaning, sentence
 * boundaries, stemming and stopwords, dates, quotes, entities) asks here:
 * a document's language (d->lang, set before it is cleaned) or the
 * cluster's (pc_language).  Names are Snowball stemmer names ("spanish"),
 * and for languages without a stemmer the lowercased English name ISO 639
 * gives them ("japanese", "chinese", "polish").
 *
 * Detection: Debian's libexttextcat (Cavnar & Trenkle n-gram profiles, the
 * 160 fingerprints in /usr/share/libexttextcat, LibreOffice's detector) on
 * the first 2 KB of a document.  Measured on ../shared/data/news-es-fr-it
 * (134 articles): every Spanish, French and Italian article right but one
 * Spanish file whose opening is English; 1 KB, 2 KB and 4 KB prefixes gave
 * the same answers at ~1 ms per document (the cost is per fingerprint, not
 * per byte); loading the fingerprints costs ~45 ms, once per process.  The
 * handle writes its answer into itself, so classification holds a mutex
 * (batch runs clusters on threads).  textcat's codes become names through
 * ISO 639 (Debian's iso-codes JSON, read once when a code outside the
 * Snowball set turns up).
 */
#include "internal.h"

#include <ctype.h>
#include <jansson.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>

#define PC_TEXTCAT_DIR "/usr/share/libexttextcat/"
#define PC_ISO639_JSON "/usr/share/iso-codes/json/iso_639-3.json"
#define PC_DETECT_PREFIX 2048
/* Less text than this (bytes, not counting spaces) is not classified: on a
 * line or two n-gram profiles guess wildly ("OK" comes out as Ewe), and a
 * wrong guess for one short English document must not change its output. */
#define PC_DETECT_MIN 100

/* textcat's codes for the languages with a Snowball stemmer, and Japanese
 * and Chinese: the names without a look-up in iso-codes (every document
 * passes here; the JSON is 1 MB).  Written by hand because ISO's names for
 * some differ from Snowball's ("Modern Greek (1453-)", "Norwegian
 * Bokmål", "Nepali (macrolanguage)"). */
static const struct {
    const char *code, *name;
} known_codes[] = {
    {"ar", "arabic"},     {"hy", "armenian"},  {"eu", "basque"},     {"ca", "catalan"},
    {"da", "danish"},     {"nl", "dutch"},     {"en", "english"},    {"fi", "finnish"},
    {"fr", "french"},     {"de", "german"},    {"el", "greek"},      {"hi", "hindi"},
    {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},     {"it", "italian"},
    {"lt", "lithuanian"}, {"ne", "nepali"},    {"nb", "norwegian"},  {"nn", "norwegian"},
    {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},  {"ru", "russian"},
    {"sr", "serbian"},    {"sr-Cyrl", "serbian"}, {"sr-Latn", "serbian"}, {"es", "spanish"},
    {"sv", "swedish"},    {"ta", "tamil"},     {"tr", "turkish"},    {"yi", "yiddish"},
    {"ja", "japanese"},   {"zh", "chinese"},   {"zh-Hans", "chinese"}, {"zh-Hant", "chinese"},
};

/* Languages precis has rules for beyond the Snowball stemmers. */
static const char *const extra_names[] = {"japanese", "chinese"};

/* ---- ISO 639 names (iso-codes) ---------------------------------------- */

typedef struct {
    char code2[4], code3[4];
    char name[24];
} iso_lang;

static iso_lang *iso;
static size_t niso;
static pthread_once_t iso_once = PTHREAD_ONCE_INIT;

/* "Modern Greek (1453-)" -> "modern greek": lowercased, up to a '(' or ';'
 * or ','. */
static void iso_name(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (; *in && *in != '(' && *in != ';' && *in != ',' && n + 1 < cap; in++)
        out[n++] = (char)tolower((unsigned char)*in);
    while (n && out[n - 1] == ' ') n--;
    out[n] = 0;
}

/* Reads the living individual languages of iso_639-3.json once; none when
 * the file is missing (codes outside the Snowball set are then unknown). */
static void iso_load(void)
{
    json_t *root = json_load_file(PC_ISO639_JSON, 0, NULL);
    json_t *arr = root ? json_object_get(root, "639-3") : NULL;
    size_t n = json_is_array(arr) ? json_array_size(arr) : 0;
    iso = n ? pc_xcalloc(n, sizeof *iso) : NULL;
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(arr, i);
        const char *a2 = json_string_value(json_object_get(e, "alpha_2"));
        const char *a3 = json_string_value(json_object_get(e, "alpha_3"));
        const char *nm = json_string_value(json_object_get(e, "name"));
        if (!a3 || !nm || strlen(nm) >= sizeof iso->name) continue;
        iso_lang *l = &iso[niso++];
        snprintf(l->code2, sizeof l->code2, "%s", a2 ? a2 : "");
        snprintf(l->code3, sizeof l->code3, "%s", a3);
        iso_name(nm, l->name, sizeof l->name);
    }
    json_decref(root);
}

/* The language name for an ISO 639 code ("pl", "pol"), or for a name given
 * as ISO writes it ("polish"); NULL when ISO 639 does not know it.  The
 * returned string lives as long as the process. */
static const char *iso_lookup(const char *s)
{
    pthread_once(&iso_once, iso_load);
    for (size_t i = 0; i < niso; i++)
        if (strcmp(iso[i].code2, s) == 0 || strcmp(iso[i].code3, s) == 0 ||
            strcmp(iso[i].name, s) == 0)
            return iso[i].name;
    return NULL;
}

/* ---- names -------------------------------------------------------------- */

int pc_language_has_stemmer(const char *name)
{
    if (!name) return 0;
    for (const char **l = sb_stemmer_list(); *l; l++)
        if (strcmp(*l, name) == 0) return 1;
    return 0;
}

/* The canonical name of a language given as a Snowball name, "japanese",
 * "chinese", an ISO 639 code ("es", "deu", "zh-Hans") or an ISO 639 name
 * ("polish"); NULL when none of them. */
const char *pc_language_name(const char *s)
{
    if (!s || !*s) return NULL;
    for (const char **l = sb_stemmer_list(); *l; l++)
        if (strcmp(*l, s) == 0) return *l;
    for (size_t i = 0; i < sizeof extra_names / sizeof *extra_names; i++)
        if (strcmp(extra_names[i], s) == 0) return extra_names[i];
    for (size_t i = 0; i < sizeof known_codes / sizeof *known_codes; i++)
        if (strcmp(known_codes[i].code, s) == 0) return known_codes[i].name;
    char low[32];
    size_t n = strlen(s);
    if (n >= sizeof low) return NULL;
    for (size_t i = 0; i <= n; i++) low[i] = (char)tolower((unsigned char)s[i]);
    if (strcmp(low, s) != 0) return pc_language_name(low);
    /* "pt-BR", "en_US": the language part */
    size_t cut = strcspn(low, "-_");
    if (cut < n && cut >= 2) {
        low[cut] = 0;
        return pc_language_name(low);
    }
    return iso_lookup(low);
}

/* ---- detection ---------------------------------------------------------- */

/* The fast path for English, most of what precis reads (bench/speed's DUC
 * clusters): when at least PC_EN_SHARE of the first 2 KB's words (and
 * PC_EN_MIN_WORDS words or more) are among these English function words, the text is
 * English without asking textcat.  Measured on the first 2 KB of every
 * document: DUC 2006's 1,250 English articles have a share of 0.095 to
 * 0.366 (5th percentile 0.214); news-es-fr-it's Spanish, French and Italian
 * articles and tests/data/lang at most 0.061 (one Spanish file that opens in
 * English: 0.33, which textcat calls English too).  textcat costs ~0.75 ms
 * per document, a quarter of bench/speed's time per DUC cluster; the count
 * costs a few microseconds.  Written here because it is a speed shortcut in
 * front of the detector, not a detector. */
#define PC_EN_SHARE 0.15
/* 15 words, not more: a wire service's trailer ("NEW AMERICA NEWS SERVICE
 * (Distributed by ...)", 25 words) is a document of its own in some DUC
 * files, and missing the fast path there loaded textcat's profiles, ~20 ms,
 * for the whole run (bench/speed: 2.0x the baseline per command). */
#define PC_EN_MIN_WORDS 15
/* Text of ASCII only: the languages precis reads that are written in ASCII
 * alone in 2 KB (Dutch, Indonesian, Basque at a stretch) share few of these
 * words, so half the share suffices.  Xinhua's lists of names and figures
 * (0.09 in DUC 2006) missed the fast path, and loading textcat costs ~75
 * million instructions, more than summarizing a cluster (cachegrind, D0602B). */
#define PC_EN_SHARE_ASCII 0.075
static const char *const english_words[] = {
    "a", "after", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from",
    "had", "has", "have", "he", "his", "in", "is", "it", "its", "not", "of", "on", "said",
    "that", "the", "their", "they", "this", "to", "was", "were", "which", "who", "will",
    "with", "would"};

static int cmp_word(const void *a, const void *b)
{
    return strcmp((const char *)a, *(const char *const *)b);
}

/* Is text[0, n) plainly English by its function words? */
static int plainly_english(const char *text, size_t n)
{
    size_t words = 0, hits = 0;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)text[i];
        if (!(isalpha(ch) || ch >= 0x80)) {
            i++;
            continue;
        }
        char w[8];
        size_t l = 0, start = i;
        while (i < n && (isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)) {
            if (l < sizeof w - 1) w[l] = (char)tolower((unsigned char)text[i]);
            l++, i++;
        }
        words++;
        if (i - start < sizeof w) {
            w[l] = 0;
            if (bsearch(w, english_words, sizeof english_words / sizeof *english_words,
                        sizeof *english_words, cmp_word))
                hits++;
        }
        /* a quarter after 100 words, far above any other language's share
         * (0.065 at most): decided without reading the rest */
        if (words >= 100 && hits * 4 >= words) return 1;
    }
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++) ascii = (unsigned char)text[i] < 0x80;
    double share = PC_EN_SHARE;
    if (ascii) share = PC_EN_SHARE_ASCII;
    return words >= PC_EN_MIN_WORDS && (double)hits >= share * (double)words;
}

static void *textcat;
static pthread_mutex_t textcat_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t textcat_once = PTHREAD_ONCE_INIT;

static void textcat_load(void)
{
    textcat = special_textcat_Init(PC_TEXTCAT_DIR "fpdb.conf", PC_TEXTCAT_DIR);
}

const char *pc_detect_language(const char *text, size_t len)
{
    if (!text || !len) return NULL;
    size_t n = len < PC_DETECT_PREFIX ? len : PC_DETECT_PREFIX;
    size_t solid = 0;
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)text[i])) solid++;
    if (solid < PC_DETECT_MIN) return NULL;
    while (n < len && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--; /* whole characters */
    if (plainly_english(text, n)) return "english";
    /* loaded only now: reading textcat's 160 profiles costs ~20 ms, once a
     * process, which a run on English articles never pays */
    pthread_once(&textcat_once, textcat_load);
    if (!textcat) return NULL;
    char code[32] = "";
    pthread_mutex_lock(&textcat_lock);
    const char *r = textcat_Classify(textcat, text, n);
    /* "[es--utf8][pt--utf8]": the first candidate; "UNKNOWN" / "SHORT": none */
    if (r && r[0] == '[') {
        size_t k = strcspn(r + 1, "-]");
        if (r[1 + k] == '-' && r[2 + k] != '-') k += 1 + strcspn(r + 2 + k, "-]"); /* zh-Hans */
        if (k < sizeof code) memcpy(code, r + 1, k), code[k] = 0;
    }
    pthread_mutex_unlock(&textcat_lock);
    return code[0] ? pc_language_name(code) : NULL;
}

/* At exit: the detector and the ISO table go, so that memory checkers see
 * nothing left (both live as long as the process otherwise). */
__attribute__((destructor)) static void language_unload(void)
{
    if (textcat) textcat_Done(textcat);
    textcat = NULL;
    free(iso);
    iso = NULL;
    niso = 0;
}

/* ---- documents and clusters --------------------------------------------- */

void pc_doc_set_language(precis_cluster *c, pc_doc *d, const char *given)
{
    const char *l = c->lang_set[0] ? c->lang_set : pc_language_name(given);
    if (!l || !*l) l = pc_detect_language(d->text, d->len);
    /* "porter" is Snowball's older English stemmer: the text is English */
    if (!l || strcmp(l, "porter") == 0) l = "english";
    snprintf(d->lang, sizeof d->lang, "%s", l);
}

const char *pc_language(const precis_cluster *c)
{
    if (c->lang_set[0]) return c->lang_set;
    if (c->ndocs == 0) return "english";
    /* majority; ties go to the language met first.  One count per distinct
     * language, in the order first met (a cluster holds a handful): linear
     * in the documents, so callers may ask often (`precis segment -f json`
     * asks once a sentence) */
    struct {
        const char *lang;
        size_t n;
    } seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < c->ndocs; i++) {
        const char *l = c->docs[i].lang[0] ? c->docs[i].lang : "english";
        size_t k = 0;
        while (k < nseen && strcmp(seen[k].lang, l) != 0) k++;
        if (k == nseen) {
            if (nseen == sizeof seen / sizeof *seen) continue; /* more languages than any cluster */
            seen[nseen].lang = l;
            seen[nseen++].n = 0;
        }
        seen[k].n++;
    }
    size_t best = 0;
    for (size_t k = 1; k < nseen; k++)
        if (seen[k].n > seen[best].n) best = k; /* a tie keeps the first met */
    return seen[best].lang;
}

int precis_cluster_set_language(precis_cluster *c, const char *name)
{
    if (!c) return -1;
    if (!name || !*name || strcmp(name, "auto") == 0) {
        c->lang_set[0] = 0;
        pc_invalidate(c);
        return 0;
    }
    const char *l = pc_language_name(name);
    if (!l) {
        char list[512] = "";
        for (const char **s = sb_stemmer_list(); *s; s++)
            if (strcmp(*s, "porter") != 0)
                snprintf(list + strlen(list), sizeof list - strlen(list), "%s, ", *s);
        pc_set_error("unknown language '%s'; known: auto, %sjapanese, chinese, or an ISO 639 "
                     "code or name (processed without stemming or stopwords)",
                     name, list);
        return -1;
    }
    snprintf(c->lang_set, sizeof c->lang_set, "%s", l);
    pc_invalidate(c);
    return 0;
}

const char *precis_language_warning(const char *language)
{
    static _Thread_local char buf[256];
    const char *l = pc_language_name(language);
    if (!l) {
        snprintf(buf, sizeof buf, "unknown language '%s'", language ? language : "(null)");
        return buf;
    }
    if (pc_language_has_stemmer(l)) return NULL;
    for (size_t i = 0; i < sizeof extra_names / sizeof *extra_names; i++)
        if (strcmp(extra_names[i], l) == 0) return NULL;
    snprintf(buf, sizeof buf,
             "precis has no stemmer or stopwords for %s: processed language-neutrally "
             "(Unicode words, no stemming, no stopwords)", l);
    return buf;
}

const char *precis_cluster_language(const precis_cluster *c)
{
    return c ? pc_language(c) : "english";
}
