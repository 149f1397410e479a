/*
 * segment.c — sentence boundaries, for each cleaned document when analysis
 * starts (analyze.c calls pc_segment).
 *
 * Rules, in order: a blank line always ends a sentence; a single newline ends
 * one unless the document's lines are wrapped (see clean.c); '.', '!', '?'
 * and '…', with any closing quotes or brackets after them, end a sentence
 * when followed by space and then an upper-case letter, a digit or an
 * opening quote.  A period does not end a sentence after a title ("Mr.",
 * "Gen."), a month before a number ("Jan. 22"), an initial ("J. Smith"), or
 * an acronym or company suffix ("U.S.", "Inc.") unless the next word is one
 * that commonly starts a sentence ("The", "He").  A sentence longer than
 * PC_MAX_SENTENCE bytes is cut at a space so no stage ever sees a huge one.
 *
 * Written by hand: the trained segmenters (Punkt and others) are Python or
 * Java, and no Debian C library does this.
 */
#include "internal.h"
#include "dates/dates.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define PC_MAX_SENTENCE 4000

static int in_list(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)  /* first letters first: most words are in no list */
        if ((*list)[0] == w[0] && strlen(*list) == n && strncmp(w, *list, n) == 0) return 1;
    return 0;
}

static const char *const titles[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Rev", "St", "Hon", "Pres", "Supt", "Det", "Insp", "Brig", "Cpl",
    "Pvt", "Gens", "Sens", "Reps", "Messrs", "Mmes", "Fr", "Msgr", "Atty", "No", "Nos", "Vol",
    "Fig", "Art", "Sec", "Ch", "pp", "vs", "Mt", "Ft", "Sgts", "Cols", "Lts", "Dept", "Univ",
    "Ave", "Blvd", "approx", "cf", "viz", "al", "Rd", "Ste", NULL};
static const char *const suffixes[] = {"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "Bros",
                                       "Cos", "Assn", "Ariz", "Calif", "Fla", "Ill", "Mass",
                                       "Mich", "Minn", "Tenn", "Wash", "Wis", "Colo", "Conn",
                                       "Okla", "Ore", "Pa", "Va", "Ky", "La", "Md", "Mo",
                                       "Neb", "Nev", "Ga", "Ala", "Ark", "Del", "Kan", "Miss",
                                       "Tex", "Wyo", NULL};
static const char *const starters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At",
    "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "As",
    "After", "Before", "When", "While", "If", "For", "Some", "Many", "Most", "One", "Other",
    "Officials", "Meanwhile", "However", "Since", "Still", "Yet", "Also", "So", NULL};

/* Length of the UTF-8 character at s. */
static size_t char_len(const char *s, size_t n)
{
    if ((unsigned char)*s < 0x80) return 1;
    int k = pc_utf8_seq((const unsigned char *)s, n);
    return k ? (size_t)k : 1;
}

static int upper_at(const char *s, size_t n)
{
    if (!n) return 0;
    if ((unsigned char)*s < 0x80) return isupper((unsigned char)*s) || isdigit((unsigned char)*s);
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp) <= 0) return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

/* A month's abbreviation as a word is written ("Jan", "Sept"; not "JAN"
 * or "jan"): before a number its period ends no sentence ("Jan. 22"). */
static int month_abbrev(const char *w, size_t n)
{
    if (!pc_month_of_abbrev(w, n) || !isupper((unsigned char)w[0])) return 0;
    for (size_t i = 1; i < n; i++)
        if (!islower((unsigned char)w[i])) return 0;
    return 1;
}

/* Is there a sentence start at k (after whitespace)? */
static int next_starts_sentence(const char *t, size_t n, size_t k)
{
    if (k >= n) return 1;
    size_t q;
    while ((q = pc_open_quote(t + k, n - k)) != 0 && k + q < n) k += q;
    if (t[k] == '-' || t[k] == '*') return 1;
    return upper_at(t + k, n - k);
}

/* The word just after whitespace at k, as [*ws, *we). */
static void next_word(const char *t, size_t n, size_t k, size_t *ws, size_t *we)
{
    size_t q;
    while (k < n && (q = pc_open_quote(t + k, n - k)) != 0) k += q;
    *ws = k;
    while (k < n && isalpha((unsigned char)t[k])) k++;
    *we = k;
}

/* Decide whether the period at p (text t) ends a sentence, given that the
 * next sentence would start at k. */
static int period_ends(const char *t, size_t n, size_t start, size_t p, size_t k)
{
    if (!next_starts_sentence(t, n, k)) return 0;
    if (k >= n) return 1;
    /* the word before the period: letters and dots */
    size_t ws = p;
    while (ws > start && (isalpha((unsigned char)t[ws - 1]) || t[ws - 1] == '.')) ws--;
    const char *w = t + ws;
    size_t wn = p - ws;
    if (wn == 0) return 1;
    if (p >= 2 && t[p - 1] == '.' && t[p - 2] == '.') return 1; /* ellipsis before a capital */
    if (in_list(w, wn, titles)) return 0;
    if (month_abbrev(w, wn)) return !isdigit((unsigned char)t[k]);
    size_t nws, nwe;
    next_word(t, n, k, &nws, &nwe);
    int starter = in_list(t + nws, nwe - nws, starters);
    if (wn == 1 && isupper((unsigned char)w[0])) return starter; /* an initial */
    if (memchr(w, '.', wn) || in_list(w, wn, suffixes)) return starter;
    return 1;
}

static void emit(precis_cluster *c, pc_doc *d, size_t s, size_t e)
{
    while (s < e && isspace((unsigned char)d->text[s])) s++;
    while (e > s && isspace((unsigned char)d->text[e - 1])) e--;
    int has_alnum = 0;
    for (size_t i = s; i < e && !has_alnum; i++)
        has_alnum = isalnum((unsigned char)d->text[i]) || (unsigned char)d->text[i] >= 0x80;
    if (!has_alnum) return;
    PC_GROW(c->sents, c->capsents, c->nsents + 1);
    pc_sent *st = &c->sents[c->nsents++];
    memset(st, 0, sizeof *st);
    st->doc = (uint32_t)(d - c->docs);
    st->idx = (uint32_t)d->nsent++;
    st->start = (uint32_t)s;
    st->end = (uint32_t)e;
    st->text = pc_fold(d->text + s, e - s);
    st->nwords = pc_count_words(st->text);
    st->group = (uint32_t)(c->nsents - 1);
}

void pc_segment(precis_cluster *c, pc_doc *d)
{
    const char *t = d->text;
    size_t n = d->len, i = 0, start = (size_t)-1;
    int wrapped = pc_doc_wrapped(d);
    d->sent0 = c->nsents;
    d->nsent = 0;
    while (i < n) {
        char ch = t[i];
        if (ch == '\n') {
            size_t j = i + 1;
            while (j < n && (t[j] == ' ' || t[j] == '\t')) j++;
            if (start != (size_t)-1 && (!wrapped || j >= n || t[j] == '\n')) {
                emit(c, d, start, i);
                start = (size_t)-1;
            }
            i++;
            continue;
        }
        if (start == (size_t)-1) {
            if (isspace((unsigned char)ch)) {
                i++;
                continue;
            }
            start = i;
        }
        int ellipsis = (unsigned char)ch == 0xE2 && n - i >= 3 && memcmp(t + i, "\xE2\x80\xA6", 3) == 0;
        if (ch == '.' || ch == '!' || ch == '?' || ellipsis) {
            size_t p = i, j = i;
            while (j < n && (t[j] == '.' || t[j] == '!' || t[j] == '?' ||
                             (n - j >= 3 && memcmp(t + j, "\xE2\x80\xA6", 3) == 0)))
                j += (t[j] == '.' || t[j] == '!' || t[j] == '?') ? 1 : 3;
            size_t q;
            while (j < n && (q = pc_close_quote(t + j, n - j)) != 0) j += q;
            if (j >= n || isspace((unsigned char)t[j])) {
                size_t k = j;
                while (k < n && isspace((unsigned char)t[k])) k++;
                int ends = (ch == '.' && !ellipsis) ? period_ends(t, n, start, p, k)
                                                    : next_starts_sentence(t, n, k);
                if (ends) {
                    emit(c, d, start, j);
                    start = (size_t)-1;
                }
            }
            i = j > i ? j : i + 1;
            continue;
        }
        if (i - start > PC_MAX_SENTENCE && isspace((unsigned char)ch)) {
            emit(c, d, start, i);
            start = (size_t)-1;
        }
        i += char_len(t + i, n - i);
    }
    if (start != (size_t)-1) emit(c, d, start, n);
}
