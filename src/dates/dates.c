/*
 * dates.c — every date precis reads: date expressions in running text,
 * resolved to calendar dates against the date the text was written, and the
 * dates of documents themselves (pc_parse_date, at the end), and the one
 * lexicon of month and weekday names.  Sits below the pipeline: reading and
 * cleaning take a document's date from here, the timeline
 * (story/timeline.c) its dated events, entity recognition (story/names.c)
 * the calendar words that are no names.
 *
 * Written by hand: no Debian library reads English date expressions in
 * prose (getdate(3) and strptime(3) parse whole strings in fixed formats,
 * and neither knows "last week" or "on Tuesday" from a news article).
 *
 * The text is cut into tokens (words, with UTF-8 letters and casefolded by
 * utf8proc; numbers; ISO dates; punctuation; each Han or kana character a
 * word) and the pattern families are tried at each token in this order,
 * each taking its longest form (one function each, called from match_at):
 *   2019-01-23 | 2020年3月5日, 3月5日 | relative words of the language
 *   (ayer, gestern, вчера, 昨天, 星期五) | then, for English:
 *   the 1990s | Jan. 22[, 2019], November [of] 2013, in/since/by... November |
 *   22 January [2019], 1945 | N years ago | this spring, the third quarter |
 *   Thanksgiving, Election Day, Easter... | today, yesterday, tomorrow |
 *   [earlier|later] this/last/next week/month/year | in 10 years |
 *   [on|last|next] Monday
 * and for Spanish, French, German, Italian, Portuguese, Russian (their
 * lexicons below): 3 de abril de 2012, jeudi 5 mai, 12. Oktober 2021 |
 * abril de 2012, en abril, в мае | el lunes, am Freitag, в пятницу.
 * A four-digit number is a year unless it counts something ("1800 troops",
 * "2,000 people"), is money or a percentage, or follows "No.", "flight"...
 * A day or month without a year goes ahead only when the verb nearest it
 * speaks of the future ("will", "would", "is expected to"), back when that
 * verb is in the past ("when it sank August 12"), else to the nearest such
 * date (tense_at, infer_year).  Measured by bench/story-dates on TimeML
 * newswire: value F1 0.827 (the finder before #23) -> 0.890.
 */
#include "dates/dates.h"
#include "util/util.h"

#include <ctype.h>
#include <utf8proc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { T_WORD, T_NUM, T_ISO, T_PUNCT };
enum { F_GROUPED = 1, F_DECIMAL = 2, F_ORDINAL = 4, F_DECADE = 8, F_POSS = 16 };

typedef struct {
    uint32_t start, end;
    uint32_t fold, flen; /* words: the casefolded form, in the scan's fold buffer */
    uint8_t kind, flags;
    int value;          /* numbers (capped); ISO: year */
    int m, d;           /* ISO month, day */
} tok;

/* ---- the calendar ------------------------------------------------------ */

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int pc_days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : dm[m - 1];
}

/* Days since 1970-01-01 (proleptic Gregorian), counted month by month from
 * a 400-year cycle; plain arithmetic, no time zone involved. */
static long day_number(int y, int m, int d)
{
    long n = 0;
    long cycles = (y - 1970) / 400;
    if (y < 1970 && (y - 1970) % 400) cycles--;
    n += cycles * 146097L;
    int yy = 1970 + (int)(cycles * 400);
    for (; yy < y; yy++) n += leap(yy) ? 366 : 365;
    for (int mm = 1; mm < m; mm++) n += pc_days_in_month(y, mm);
    return n + d - 1;
}

static precis_date from_day_number(long n)
{
    long cycles = n / 146097L;
    if (n < 0 && n % 146097L) cycles--;
    n -= cycles * 146097L;
    int y = 1970 + (int)(cycles * 400);
    for (;;) {
        int len = leap(y) ? 366 : 365;
        if (n < len) break;
        n -= len;
        y++;
    }
    int m = 1;
    while (n >= pc_days_in_month(y, m)) n -= pc_days_in_month(y, m++);
    precis_date r = {y, m, (int)n + 1};
    return r;
}

/* 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday). */
static int weekday(long n) { return (int)(((n % 7) + 7 + 3) % 7); }

static precis_date add_days(precis_date d, long k)
{
    return from_day_number(day_number(d.year, d.month, d.day) + k);
}

static precis_date week_of(precis_date d)
{
    long n = day_number(d.year, d.month, d.day);
    return from_day_number(n - weekday(n));
}

static precis_date add_months(precis_date d, int k)
{
    int m = d.year * 12 + (d.month - 1) + k;
    precis_date r = {m / 12, m % 12 + 1, 0};
    return r;
}

/* ---- the lexicon ------------------------------------------------------- */

const char *const pc_month_names[12] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};

const char *const pc_weekday_names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};

const char *const pc_month_abbrevs[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                        "sep", "sept", "oct", "nov", "dec", NULL};

/* Is w[0..n) the word `name`, in any case? */
static int same_word(const char *w, size_t n, const char *name)
{
    return n == strlen(name) && strncasecmp(w, name, n) == 0;
}

int pc_month_of_name(const char *w, size_t n)
{
    for (int m = 0; m < 12; m++)
        if (same_word(w, n, pc_month_names[m])) return m + 1;
    return 0;
}

int pc_month_of_abbrev(const char *w, size_t n)
{
    for (const char *const *a = pc_month_abbrevs; *a; a++) {
        if (!same_word(w, n, *a)) continue;
        /* the month whose name it begins */
        for (int m = 0; m < 12; m++)
            if (strncmp(pc_month_names[m], *a, strlen(*a)) == 0) return m + 1;
    }
    return 0;
}

int pc_weekday_of_name(const char *w, size_t n)
{
    for (int k = 0; k < 7; k++)
        if (same_word(w, n, pc_weekday_names[k])) return k;
    return -1;
}

/* ---- tokens ------------------------------------------------------------ */

/* The code point at s[i] (a valid sequence), or -1. */
static int32_t cp_at(const char *s, size_t i, size_t n)
{
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c) <= 0) return -1;
    return c;
}

/* A Han ideograph or a kana at s[i]: Chinese and Japanese write dates
 * without spaces (2020年3月5日), so each is a word of its own. */
static int cjk_at(const char *s, size_t i, size_t n)
{
    int32_t c = cp_at(s, i, n);
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

/* A letter (or a combining mark) at s[i], by its Unicode category. */
static int letter_at(const char *s, size_t i, size_t n)
{
    int32_t c = cp_at(s, i, n);
    if (c < 0) return 0;
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC;
}

/* The casefolded form of every word token, into *fb (utf8proc's full case
 * folding, so "MÄRZ" and "März" read alike, "Октября" as "октября"). */
static void fold_words(const char *s, tok *t, size_t nt, pc_buf *fb)
{
    for (size_t k = 0; k < nt; k++) {
        if (t[k].kind != T_WORD) continue;
        t[k].fold = (uint32_t)fb->len;
        const char *w = s + t[k].start;
        size_t l = t[k].end - t[k].start, ascii = 1;
        for (size_t j = 0; j < l; j++) ascii &= (unsigned char)w[j] < 0x80;
        if (ascii) {
            for (size_t j = 0; j < l; j++) pc_buf_putc(fb, (char)tolower((unsigned char)w[j]));
        } else {
            utf8proc_uint8_t *f = NULL;
            utf8proc_ssize_t fl = utf8proc_map((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)l, &f,
                                               UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE);
            if (fl > 0) pc_buf_put(fb, (const char *)f, (size_t)fl);
            else pc_buf_put(fb, w, l);
            free(f);
        }
        t[k].flen = (uint32_t)(fb->len - t[k].fold);
    }
}

static size_t tokenize(const char *s, size_t n, tok **out, size_t *cap)
{
    size_t nt = 0, i = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        if (isspace(ch)) {
            i++;
            continue;
        }
        PC_GROW(*out, *cap, nt + 1);
        tok *t = &(*out)[nt++];
        memset(t, 0, sizeof *t);
        t->start = (uint32_t)i;
        if (ch >= 0x80 && cjk_at(s, i, n)) { /* one Han or kana character, one word */
            t->kind = T_WORD;
            i += (size_t)pc_utf8_seq((const unsigned char *)s + i, n - i);
            t->end = (uint32_t)i;
            continue;
        }
        if (isalpha(ch) || (ch >= 0x80 && letter_at(s, i, n))) {
            while (i < n && (isalpha((unsigned char)s[i]) ||
                             ((unsigned char)s[i] >= 0x80 && letter_at(s, i, n) && !cjk_at(s, i, n))))
                i += (unsigned char)s[i] >= 0x80 ? (size_t)pc_utf8_seq((const unsigned char *)s + i, n - i) : 1;
            /* a possessive: "week's", "Monday’s" */
            if (i + 1 < n && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S') &&
                (i + 2 >= n || !isalpha((unsigned char)s[i + 2])))
                t->end = (uint32_t)i, i += 2, t->flags |= F_POSS;
            else if (i + 3 < n && memcmp(s + i, PC_RSQUO, 3) == 0 && s[i + 3] == 's' &&
                     (i + 4 >= n || !isalpha((unsigned char)s[i + 4])))
                t->end = (uint32_t)i, i += 4, t->flags |= F_POSS;
            else t->end = (uint32_t)i;
            t->kind = T_WORD;
            continue;
        }
        if (isdigit(ch)) {
            size_t j = i;
            long v = 0;
            while (j < n && isdigit((unsigned char)s[j])) {
                if (v < 100000000) v = v * 10 + (s[j] - '0');
                j++;
            }
            size_t ndig = j - i;
            /* ISO 8601: 2019-01-23 or 2019/01/23 */
            if (ndig == 4 && j + 2 < n && (s[j] == '-' || s[j] == '/') &&
                isdigit((unsigned char)s[j + 1])) {
                char sep = s[j];
                size_t k = j + 1;
                int m = 0, d = 0, dm = 0, dd = 0;
                while (k < n && isdigit((unsigned char)s[k]) && dm < 2) m = m * 10 + (s[k++] - '0'), dm++;
                if (k + 1 < n && s[k] == sep && isdigit((unsigned char)s[k + 1])) {
                    k++;
                    while (k < n && isdigit((unsigned char)s[k]) && dd < 2) d = d * 10 + (s[k++] - '0'), dd++;
                    if ((k >= n || !isdigit((unsigned char)s[k])) && m >= 1 && m <= 12 && d >= 1 &&
                        v >= 1000 && d <= pc_days_in_month((int)v, m)) {
                        t->kind = T_ISO;
                        t->value = (int)v;
                        t->m = m;
                        t->d = d;
                        t->end = (uint32_t)k;
                        i = k;
                        continue;
                    }
                }
            }
            t->kind = T_NUM;
            /* 1,000,000 and 2.5 */
            while (j + 3 < n && s[j] == ',' && isdigit((unsigned char)s[j + 1]) &&
                   isdigit((unsigned char)s[j + 2]) && isdigit((unsigned char)s[j + 3]) &&
                   (j + 4 >= n || !isdigit((unsigned char)s[j + 4]))) {
                t->flags |= F_GROUPED;
                j += 4;
            }
            if (j + 1 < n && s[j] == '.' && isdigit((unsigned char)s[j + 1])) {
                t->flags |= F_DECIMAL;
                j++;
                while (j < n && isdigit((unsigned char)s[j])) j++;
            }
            if (j + 1 < n && (!strncasecmp(s + j, "st", 2) || !strncasecmp(s + j, "nd", 2) ||
                              !strncasecmp(s + j, "rd", 2) || !strncasecmp(s + j, "th", 2) ||
                              !strncasecmp(s + j, "er", 2) || !memcmp(s + j, "\xC2\xBA", 2)) &&
                (j + 2 >= n || !isalpha((unsigned char)s[j + 2]))) {
                /* 1st 2nd 3rd 4th; French 1er, Spanish and Portuguese 1º */
                t->flags |= F_ORDINAL;
                j += 2;
            } else if (j < n && (s[j] == 's' || s[j] == 'S') &&
                       (j + 1 >= n || !isalpha((unsigned char)s[j + 1]))) {
                t->flags |= F_DECADE;
                j++;
            } else if (j < n && isalpha((unsigned char)s[j])) {
                /* "10km", "3pm": a number with a unit glued on is no date */
                t->flags |= F_DECIMAL;
                while (j < n && isalnum((unsigned char)s[j])) j++;
            }
            t->value = (int)v;
            if (ndig != 4 && !(t->flags & F_GROUPED) && v >= 1000) t->value = 100000000;
            t->end = (uint32_t)j;
            i = j;
            continue;
        }
        int k = ch >= 0x80 ? pc_utf8_seq((const unsigned char *)s + i, n - i) : 1;
        if (k <= 0) k = 1;
        t->kind = T_PUNCT;
        t->end = (uint32_t)(i + (size_t)k);
        i += (size_t)k;
    }
    return nt;
}

typedef struct lexicon lexicon;

typedef struct {
    const char *s;
    const tok *t;
    size_t n;
    precis_date ref;
    pc_timex *out;
    size_t max, found;
    const char *fold;      /* the words' casefolded forms (tok.fold) */
    const lexicon *lex;    /* the language's words; NULL = English */
    int fut;               /* the pattern being emitted resolved forward */
    int anch;              /* ... resolved against a year in the text */
} scan;

/* Is token i the word w (casefolded: lowercase ASCII, or utf8proc's fold)? */
static int is_w(const scan *sc, size_t i, const char *w)
{
    if (i >= sc->n || sc->t[i].kind != T_WORD) return 0;
    const char *f = sc->fold + sc->t[i].fold;
    size_t l = sc->t[i].flen;
    if (f[0] != w[0]) return 0; /* most words differ at once: no strlen */
    return l == strlen(w) && memcmp(f, w, l) == 0;
}

/* Is token i one of the space-separated words of `list`? */
static int in_list(const scan *sc, size_t i, const char *list)
{
    if (!list || i >= sc->n || sc->t[i].kind != T_WORD) return 0;
    const char *w = sc->fold + sc->t[i].fold;
    size_t l = sc->t[i].flen;
    if (!strchr(list, w[0])) return 0; /* no word of the list begins so */
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == l && memcmp(p, w, l) == 0) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

static int is_any(const scan *sc, size_t i, const char *const *ws)
{
    for (; *ws; ws++)
        if (is_w(sc, i, *ws)) return 1;
    return 0;
}

static int is_p(const scan *sc, size_t i, const char *p)
{
    if (i >= sc->n || sc->t[i].kind != T_PUNCT) return 0;
    size_t l = sc->t[i].end - sc->t[i].start;
    return l == strlen(p) && memcmp(sc->s + sc->t[i].start, p, l) == 0;
}

static int capitalized(const scan *sc, size_t i)
{
    return i < sc->n && sc->t[i].kind == T_WORD && isupper((unsigned char)sc->s[sc->t[i].start]);
}

/* A month name at token i (capitalised; "May" and abbreviations need
 * company, checked by the caller).  Returns 1..12 and sets *abbr. */
static int month_at(const scan *sc, size_t i, int *abbr)
{
    if (!capitalized(sc, i)) return 0;
    const char *w = sc->s + sc->t[i].start;
    size_t l = sc->t[i].end - sc->t[i].start;
    int m = pc_month_of_name(w, l);
    if (m) return *abbr = 0, m;
    m = pc_month_of_abbrev(w, l);
    if (m) *abbr = 1;
    return m;
}

/* Any month name or abbreviation at token i. */
static int month_at_any(const scan *sc, size_t i)
{
    int abbr;
    return month_at(sc, i, &abbr);
}

/* A weekday name at token i (capitalised): 0 = Monday .. 6, or -1. */
static int weekday_at(const scan *sc, size_t i)
{
    if (!capitalized(sc, i)) return -1;
    return pc_weekday_of_name(sc->s + sc->t[i].start, sc->t[i].end - sc->t[i].start);
}

static int sentence_end(const scan *sc, size_t i)
{
    return is_p(sc, i, ".") || is_p(sc, i, "!") || is_p(sc, i, "?") || is_p(sc, i, ";");
}

/* The tense of the verb nearest tokens [a, b) in their sentence: +1 the
 * future ("will", "would", "is expected to", "scheduled"), -1 the past
 * ("sank", "said", "was", a verb in -ed), 0 when none is near.  The nearest
 * wins, so "would examine the damage suffered when it sank August 12" is in
 * the past, and "said he would meet Friday" ahead; "would-be" is no verb. */
static int tense_near(const scan *sc, size_t a, size_t b, size_t back)
{
    static const char *const future[] = {"will", "would", "shall", "ll", "plans", "plan",
                                         "planned", "scheduled", "due", "expected",
                                         "upcoming", "intends", "going", "next", "soon", NULL};
    static const char *const past[] = {
        "said", "says", "told", "announced", "added", "reported", "was", "were", "had", "did",
        "noted", "agreed", "met", "held", "voiced", "warned", "sank", "began", "came", "went",
        "took", "made", "fell", "won", "lost", "died", "left", "struck", "hit", "found", "saw",
        "gave", "got", "became", "ran", "broke", "spoke", "wrote", "sent", "began", "last",
        "ago", "earlier", "since", NULL};
    /* after the date only a clear tense counts, and the verb of a
     * reporting clause does not ("June 19, they have proclaimed, will be
     * Fan Day": reported speech is resolved against the reporting time) */
    static const char *const after_past[] = {"was", "were", "had", "did", NULL};
    static const char *const reporting[] = {"said", "says", "told", "announced", "added",
                                            "reported", "noted", "proclaimed", "declared",
                                            "stated", "charged", "claimed", NULL};
    static const char *const be[] = {"be", "been", "being", "is", "are", "am", "get", "gets",
                                     NULL};
    for (int dir = 0; dir < 2; dir++) {
        size_t limit = dir == 0 ? back : 6;
        for (size_t k = dir == 0 ? a : b, steps = 0; steps < limit; steps++) {
            if (dir == 0) {
                if (k == 0) break;
                k--;
            } else if (k >= sc->n) break;
            if (sentence_end(sc, k)) break;
            if (is_any(sc, k, future) && !(is_w(sc, k, "would") && is_p(sc, k + 1, "-"))) return 1;
            if (dir == 1 && is_any(sc, k, after_past)) return -1;
            if (dir == 1 && (is_any(sc, k, reporting) || is_any(sc, k, past))) {
                k++;
                continue;
            }
            if (dir == 0 && is_any(sc, k, past)) return -1;
            const tok *t = &sc->t[k];
            const char *w = sc->fold + t->fold;
            /* a verb in -ed, but not a participle after "be" ("is expected
             * to be delivered in August") */
            if (t->kind == T_WORD && t->flen >= 5 && w[t->flen - 2] == 'e' && w[t->flen - 1] == 'd' &&
                !capitalized(sc, k) && !(k > 0 && is_any(sc, k - 1, be)))
                return -1;
            if (dir == 1) k++;
        }
    }
    return 0;
}

/* The tense near [a, b), 14 tokens back. */
static int tense_at(const scan *sc, size_t a, size_t b) { return tense_near(sc, a, b, 14); }

static const char *const count_nouns[] = {
    "people", "persons", "visitors", "tourists", "troops", "soldiers", "residents", "protesters",
    "workers", "employees", "jobs", "votes", "cases", "deaths", "dead", "dollars", "yen", "euros",
    "rubles", "roubles", "pounds", "yuan", "km", "kilometers", "kilometres", "miles", "meters",
    "metres", "feet", "tons", "tonnes", "barrels", "units", "homes", "houses", "families",
    "children", "students", "refugees", "migrants", "members", "officers", "police", "staff",
    "copies", "cars", "vehicles", "ships", "aircraft", "planes", "missiles", "acres", "hectares",
    "hours", "minutes", "seconds", "gmt", "utc", "hrs", "pm", "am", "points", "percent",
    "patients", "islanders", "settlers", "citizens", "civilians", "votes", "voters", "square",
    "times", "words", "pages", "prisoners", "inmates", "victims", "fans", "delegates",
    "passengers", "crew", "sailors", "flights", "seats", "beds", "customers", "users", NULL};

static const char *const not_after[] = {"no", "number", "flight", "route", "page", "room",
                                        "code", "model", "article", "resolution", "chapter",
                                        "section", "rule", "bus", "highway", "interstate",
                                        "paragraph", "item", "box", "suite", "apartment", NULL};

/* A four-digit number at i that names a year. */
static int year_at(const scan *sc, size_t i)
{
    if (i >= sc->n || sc->t[i].kind != T_NUM || sc->t[i].flags) return 0;
    int v = sc->t[i].value;
    if (v < 1000 || v > 2100) return 0;
    if (is_p(sc, i + 1, "%") || is_any(sc, i + 1, count_nouns) || is_w(sc, i + 1, "per")) return 0;
    /* money ($ € £ ¥, the last three in UTF-8), "#2019", "flight 1945" */
    if (i > 0 && (is_p(sc, i - 1, "$") || is_p(sc, i - 1, "#") || is_p(sc, i - 1, "\xE2\x82\xAC") ||
                  is_p(sc, i - 1, "\xC2\xA3") || is_p(sc, i - 1, "\xC2\xA5") ||
                  is_any(sc, i - 1, not_after)))
        return 0;
    if (i > 1 && is_p(sc, i - 1, ".") && is_w(sc, i - 2, "no")) return 0;
    if (is_p(sc, i + 1, ":") && i + 2 < sc->n && sc->t[i + 2].kind == T_NUM) return 0;
    /* before 1800, only after a preposition: "in 1492", "since 1648" */
    if (v < 1800) {
        static const char *const preps[] = {"in", "since", "from", "until", "by", "of", "before",
                                            "after", "around", "circa", "to", NULL};
        if (i == 0 || !is_any(sc, i - 1, preps)) return 0;
    }
    return 1;
}

static int day_number_at(const scan *sc, size_t i)
{
    if (i >= sc->n || sc->t[i].kind != T_NUM) return 0;
    if (sc->t[i].flags & ~F_ORDINAL) return 0;
    int v = sc->t[i].value;
    if (v < 1 || v > 31) return 0;
    if (is_any(sc, i + 1, count_nouns)) return 0;
    return v;
}

/* Number words for "two years ago", "in 10 years". */
static int count_at(const scan *sc, size_t i)
{
    static const char *const words[] = {"a", "an", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
    for (int k = 0; words[k]; k++)
        if (is_w(sc, i, words[k])) return k < 2 ? 1 : k - 1;
    if (i < sc->n && sc->t[i].kind == T_NUM && !sc->t[i].flags && sc->t[i].value >= 1 &&
        sc->t[i].value <= 200)
        return sc->t[i].value;
    return 0;
}

/* A unit word at i: 4 day, 3 week, 2 month, 1 year (grains), 5 decade. */
static int unit_at(const scan *sc, size_t i, int plural)
{
    static const char *const one[] = {"year", "month", "week", "day", "decade"};
    static const char *const many[] = {"years", "months", "weeks", "days", "decades"};
    static const int grains[] = {PRECIS_GRAIN_YEAR, PRECIS_GRAIN_MONTH, PRECIS_GRAIN_WEEK,
                                 PRECIS_GRAIN_DAY, 5};
    for (int k = 0; k < 5; k++)
        if ((plural != 1 && is_w(sc, i, one[k])) || (plural != 0 && is_w(sc, i, many[k])))
            return grains[k];
    return 0;
}

static int lex_month(const scan *sc, size_t i);

/* Is the sentence of token a a habit or a generic statement ("usually
 * turns cold around mid-October", "every year in May")? */
static int generic_at(const scan *sc, size_t a)
{
    static const char *const habit[] = {"usually", "often", "typically", "normally", "generally",
                                        "traditionally", "annually", "customarily", NULL};
    static const char *const units[] = {"year", "years", "spring", "summer", "fall", "autumn",
                                        "winter", NULL};
    for (size_t k = a, steps = 0; k-- > 0 && steps < 10; steps++) {
        if (sentence_end(sc, k)) break;
        if (is_any(sc, k, habit)) return 1;
        if ((is_w(sc, k, "every") || is_w(sc, k, "each")) && is_any(sc, k + 1, units)) return 1;
    }
    return 0;
}

static void emit(scan *sc, size_t a, size_t b, precis_date d, int g, int relative)
{
    if (sc->found < sc->max) {
        pc_timex *m = &sc->out[sc->found];
        memset(m, 0, sizeof *m);
        m->start = sc->t[a].start;
        m->end = sc->t[b - 1].end;
        if (relative && !sc->ref.year) memset(&d, 0, sizeof d);
        if (g == PRECIS_GRAIN_YEAR || g == PC_GRAIN_DECADE) d.month = d.day = 0;
        if (g == PRECIS_GRAIN_MONTH || g == PC_GRAIN_QUARTER || g == PC_GRAIN_SEASON) d.day = 0;
        if (d.year < 1 || d.year > 9999) memset(&d, 0, sizeof d);
        m->date = d;
        m->grain = g;
        m->relative = relative;
        m->future = relative && sc->fut;
        m->anchored = sc->anch && d.year;
        m->relative = relative && !m->anchored;
        if (m->anchored) m->anchor = d, m->anchor.month = m->anchor.day = 0;
        int named_month = 0;
        for (size_t k = a; k < b && !named_month; k++)
            named_month = month_at_any(sc, k) || (sc->lex && lex_month(sc, k));
        m->generic = relative && named_month && generic_at(sc, a);
        m->since = a > 0 && (is_w(sc, a - 1, "since") || in_list(sc, a - 1, "desde depuis seit seitdem dal"));
    }
    sc->fut = sc->anch = 0;
    sc->found++;
}

/* Shift the reference by k units of grain g (5 = decade). */
static precis_date shift(precis_date ref, int g, long k)
{
    switch (g) {
    case PRECIS_GRAIN_DAY: return add_days(ref, k);
    case PRECIS_GRAIN_WEEK: return week_of(add_days(ref, 7 * k));
    case PRECIS_GRAIN_MONTH: return add_months(ref, (int)k);
    case 5: ref.year += (int)(10 * k); return ref;
    default: ref.year += (int)k; return ref;
    }
}

/* Month (and day) with the year left out: by the tense (+1 the future, -1
 * the past, tense_at), the nearest such date after or before the reference;
 * with no tense, the nearest either way (ties go to the past): news writes
 * "Jan. 14" a week ahead and "Aug. 7" a week back alike.  -2: the past by
 * default (no tense is read but the future's), yet a day of the coming
 * 31 days is ahead. */
static int infer_year(precis_date ref, int m, int d, int tense)
{
    int after = m > ref.month || (m == ref.month && d > ref.day);
    int before = m < ref.month || (m == ref.month && d && d < ref.day);
    if (tense > 0) return before ? ref.year + 1 : ref.year;
    if (tense == -2 && after && d && d <= pc_days_in_month(ref.year, m) &&
        day_number(ref.year, m, d) - day_number(ref.year, ref.month, ref.day) <= 31)
        return ref.year; /* past by default, but not a day of the coming month */
    if (tense < 0) return after ? ref.year - 1 : ref.year;
    long r = day_number(ref.year, ref.month, ref.day), best = 0, bestd = -1;
    for (int y = ref.year - 1; y <= ref.year + 1; y++) {
        int dd = d ? (d > pc_days_in_month(y, m) ? pc_days_in_month(y, m) : d) : 15;
        long dist = day_number(y, m, dd) - r;
        if (!d && y == ref.year && m == ref.month) dist = 0;
        long ad = dist < 0 ? -dist : dist;
        if (bestd < 0 || ad < bestd) best = y, bestd = ad;
    }
    return (int)best;
}

/* A year written earlier in the sentence of token a, as "in 1998" (not
 * "since 1998", not a year that names a thing: "the 1998 law"): its token,
 * or 0.  Only when it is not the reference's own year. */
static size_t anchor_year(const scan *sc, size_t a)
{
    for (size_t k = a, steps = 0; k-- > 1 && steps < 20; steps++) {
        if (sentence_end(sc, k)) return 0;
        if (sc->t[k].kind == T_NUM && year_at(sc, k) && is_w(sc, k - 1, "in") &&
            sc->t[k].value != sc->ref.year && !month_at_any(sc, k + 1))
            return k;
    }
    return 0;
}

/* A day of a month from token a: with the year at token y (0 = none, then
 * the expression ends before token k and the year is inferred).  Returns
 * the tokens consumed, 0 for a day the month does not have. */
static size_t month_day(scan *sc, size_t a, size_t k, size_t y, int m, int day)
{
    precis_date d = {0, m, day};
    /* "Monday, Oct. 26": the weekday is part of it, and says the year */
    int wd = -1;
    if (a > 0 && weekday_at(sc, a - 1) >= 0) wd = weekday_at(sc, --a);
    else if (a > 1 && is_p(sc, a - 1, ",") && weekday_at(sc, a - 2) >= 0) wd = weekday_at(sc, a - 2), a -= 2;
    size_t text_year = anchor_year(sc, a);
    if (y) d.year = sc->t[y].value;
    else if (text_year) {
        d.year = sc->t[text_year].value; /* "In 1998, ... on Jan. 5" */
        sc->anch = 1;
    } else if (sc->ref.year) {
        int tense = tense_at(sc, a, k);
        /* "the Oct. 31 crash", "by Jan. 14": a named day, no verb of its
         * own; the past tense around it does not push a day of the coming
         * month a year back */
        if (tense < 0 && a > 0 && (is_w(sc, a - 1, "the") || is_w(sc, a - 1, "by") ||
                                   is_w(sc, a - 1, "until") || is_w(sc, a - 1, "through"))) {
            int ny = infer_year(sc->ref, m, day, 0);
            long ahead = day <= pc_days_in_month(ny, m)
                             ? day_number(ny, m, day) - day_number(sc->ref.year, sc->ref.month, sc->ref.day)
                             : 99;
            if (ahead <= 31) tense = 0;
        }
        d.year = infer_year(sc->ref, m, day, tense);
        for (int dy = -1; wd >= 0 && dy <= 1; dy++) {
            int yy = sc->ref.year + dy;
            if (day <= pc_days_in_month(yy, m) && weekday(day_number(yy, m, day)) == wd) d.year = yy;
        }
        sc->fut = tense > 0;
    }
    if (d.year && day > pc_days_in_month(d.year, m)) return 0;
    size_t end = y ? y + 1 : k;
    emit(sc, a, end, d, PRECIS_GRAIN_DAY, !y);
    return end - a;
}

/* ---- the patterns, one family each ------------------------------------- */

/* "2019-01-23", read whole by the tokenizer. */
static size_t iso_date(scan *sc, size_t i)
{
    precis_date d = {sc->t[i].value, sc->t[i].m, sc->t[i].d};
    emit(sc, i, i + 1, d, PRECIS_GRAIN_DAY, 0);
    return 1;
}

/* A month alone, after a preposition or a determiner: "in May", "since
 * March", "last November", "in mid-January"; m is the month at token i. */
static size_t bare_month(scan *sc, size_t i, int m)
{
    static const char *const before[] = {"in", "since", "until", "till", "by", "from",
                                         "through", "during", "early", "late", "mid",
                                         "last", "next", "this", "of", "before", "after",
                                         "between", "and", "to", "that", NULL};
    precis_date ref = sc->ref, d = {0, 0, 0};
    size_t a = i;
    if (i > 1 && is_p(sc, i - 1, "-") &&
        (is_w(sc, i - 2, "mid") || is_w(sc, i - 2, "early") || is_w(sc, i - 2, "late")))
        a = i - 2;
    else if (i == 0 || !is_any(sc, i - 1, before)) return 0;
    int dir = 0;
    if (a > 0 && (is_w(sc, a - 1, "last") || is_w(sc, a - 1, "next") || is_w(sc, a - 1, "this"))) {
        a--;
        dir = is_w(sc, a, "last") ? -1 : is_w(sc, a, "next") ? 1 : 0;
    }
    if (ref.year) {
        /* "December's election": a thing already done */
        int tense = dir ? dir : (sc->t[i].flags & F_POSS) ? -1 : tense_at(sc, a, i + 1);
        sc->fut = tense > 0;
        d.year = dir < 0 ? (m < ref.month ? ref.year : ref.year - 1)
                 : dir > 0 ? (m > ref.month ? ref.year : ref.year + 1)
                           : infer_year(ref, m, 0, tense);
        d.month = m;
    }
    emit(sc, a, i + 1, d, PRECIS_GRAIN_MONTH, 1);
    return i + 1 - a;
}

/* Month first: "Jan. 22, 2019", "January 22", "November 2013", "Nov. 2013",
 * "November of 2013", and a bare month ("in May"); m is the month at token
 * i, abbr set when it is abbreviated. */
static size_t month_first(scan *sc, size_t i, int m, int abbr)
{
    size_t j = i + 1;
    if (abbr && is_p(sc, j, ".")) j++;
    int day = day_number_at(sc, j);
    if (day && !year_at(sc, j)) {
        size_t k = j + 1;
        size_t y = is_p(sc, k, ",") && year_at(sc, k + 1) ? k + 1 : year_at(sc, k) ? k : 0;
        return month_day(sc, i, k, y, m, day);
    }
    size_t y = year_at(sc, j) ? j : is_w(sc, j, "of") && year_at(sc, j + 1) ? j + 1 : 0;
    if (y && (!abbr || is_p(sc, i + 1, "."))) { /* "November 2013", "Nov. 2013" */
        precis_date d = {sc->t[y].value, m, 0};
        emit(sc, i, y + 1, d, PRECIS_GRAIN_MONTH, 0);
        return y + 1 - i;
    }
    if (abbr) return 0;
    return bare_month(sc, i, m);
}

/* A number first: "22 January 2019", "22nd January", or a year ("1945"). */
static size_t number_first(scan *sc, size_t i)
{
    int day = day_number_at(sc, i), abbr = 0, m;
    size_t j = i + 1;
    if (day && (m = month_at(sc, j, &abbr)) != 0) {
        j++;
        if (abbr && is_p(sc, j, ".")) j++;
        return month_day(sc, i, j, year_at(sc, j) ? j : 0, m, day);
    }
    if (year_at(sc, i)) {
        precis_date d = {sc->t[i].value, 0, 0};
        emit(sc, i, i + 1, d, PRECIS_GRAIN_YEAR, 0);
        return 1;
    }
    return 0;
}

/* today, tonight, yesterday, tomorrow */
static size_t day_word(scan *sc, size_t i)
{
    precis_date d = {0, 0, 0};
    if (is_w(sc, i, "today") || is_w(sc, i, "tonight")) {
        emit(sc, i, i + 1, sc->ref, PRECIS_GRAIN_DAY, 1);
        return 1;
    }
    if (is_w(sc, i, "yesterday") || is_w(sc, i, "tomorrow")) {
        if (sc->ref.year) d = add_days(sc->ref, is_w(sc, i, "yesterday") ? -1 : 1);
        emit(sc, i, i + 1, d, PRECIS_GRAIN_DAY, 1);
        return 1;
    }
    return 0;
}

/* [earlier|later] this/last/next week|month|year, this morning|afternoon|
 * evening, this/last/next weekend. */
static size_t this_last_next(scan *sc, size_t i)
{
    precis_date ref = sc->ref, d = {0, 0, 0};
    size_t a = i, j = i;
    if (is_w(sc, j, "earlier") || is_w(sc, j, "later") || is_w(sc, j, "early") || is_w(sc, j, "late"))
        j++;
    int dir = is_w(sc, j, "this") ? 0 : is_w(sc, j, "last") ? -1 : is_w(sc, j, "next") ? 1 : 9;
    if (dir == 9) return 0;
    int g = unit_at(sc, j + 1, 0);
    if (g && g != 5 && g != PRECIS_GRAIN_DAY) {
        if (ref.year) d = shift(ref, g, dir);
        emit(sc, a, j + 2, d, (precis_grain)g, 1);
        return j + 2 - a;
    }
    if (dir == 0 && (is_w(sc, j + 1, "morning") || is_w(sc, j + 1, "afternoon") ||
                     is_w(sc, j + 1, "evening"))) {
        emit(sc, a, j + 2, ref, PRECIS_GRAIN_DAY, 1);
        return j + 2 - a;
    }
    if (is_w(sc, j + 1, "weekend")) {
        /* the Saturday of this, the last or the next weekend */
        if (ref.year) {
            long n = day_number(ref.year, ref.month, ref.day);
            long sat = n - weekday(n) + 5;
            if (dir < 0) sat -= sat >= n ? 7 : 0;
            if (dir > 0) sat += sat <= n ? 7 : 0;
            d = from_day_number(sat);
        }
        emit(sc, a, j + 2, d, PRECIS_GRAIN_DAY, 1);
        return j + 2 - a;
    }
    return 0;
}

/* two years ago, a week ago, a decade ago */
static size_t ago(scan *sc, size_t i)
{
    precis_date d = {0, 0, 0};
    int k = count_at(sc, i);
    if (!k) return 0;
    int g = unit_at(sc, i + 1, k > 1 ? 1 : 0);
    if (!g && k == 1) g = unit_at(sc, i + 1, 0);
    if (!g || !is_w(sc, i + 2, "ago")) return 0;
    if (sc->ref.year) d = shift(sc->ref, g, -k);
    emit(sc, i, i + 3, d, g == 5 ? PRECIS_GRAIN_YEAR : (precis_grain)g, 1);
    return 3;
}

/* Is "in N units" at token i a span of time rather than a date ahead: "the
 * first meeting in 10 years", "for the first time in three decades", "the
 * highest in 20 years"? */
static int span_of_time(const scan *sc, size_t i)
{
    int span = is_w(sc, i + 3, "time") || is_w(sc, i + 3, "of");
    for (size_t b = i, steps = 0; b-- > 0 && steps < 12 && !span; steps++) {
        if (sentence_end(sc, b)) break;
        size_t l = sc->t[b].end - sc->t[b].start;
        const char *w = sc->s + sc->t[b].start;
        span = is_w(sc, b, "first") || is_w(sc, b, "last") || is_w(sc, b, "since") ||
               is_w(sc, b, "only") || is_w(sc, b, "worst") || is_w(sc, b, "best") ||
               (sc->t[b].kind == T_WORD && l > 4 && strncasecmp(w + l - 3, "est", 3) == 0);
    }
    return span;
}

/* in 10 years, in two weeks: a date ahead, unless it is a span of time */
static size_t in_units(scan *sc, size_t i)
{
    precis_date d = {0, 0, 0};
    if (!is_w(sc, i, "in")) return 0;
    int k = count_at(sc, i + 1);
    int g = k ? unit_at(sc, i + 2, k > 1 ? 1 : 0) : 0;
    if (!g || is_w(sc, i + 1, "a") || is_w(sc, i + 1, "an") || span_of_time(sc, i)) return 0;
    if (sc->ref.year) d = shift(sc->ref, g, k);
    emit(sc, i, i + 3, d, g == 5 ? PRECIS_GRAIN_YEAR : (precis_grain)g, 1);
    return 3;
}

/* [on|last|next|this] Monday — unless a date follows ("Monday, Jan. 21") */
static size_t weekday_phrase(scan *sc, size_t i)
{
    precis_date ref = sc->ref, d = {0, 0, 0};
    size_t a = i, w = i;
    int dir = 0, abbr = 0;
    if (is_w(sc, i, "last") || is_w(sc, i, "next") || is_w(sc, i, "this")) {
        dir = is_w(sc, i, "last") ? -1 : is_w(sc, i, "next") ? 1 : 0;
        w = i + 1;
    }
    int wd = weekday_at(sc, w);
    if (wd < 0) return 0;
    size_t j = w + 1;
    /* "the Globe's Sunday writer", "the Sunday Times", "Sunday school": a
     * byline, a title or a habit, no date */
    static const char *const press[] = {
        "writer", "writers", "columnist", "column", "editor", "edition", "editions", "paper",
        "newspaper", "magazine", "supplement", "section", "times", "telegraph", "herald",
        "mirror", "express", "post", "show", "program", "programme", "broadcast", "school",
        "service", "services", "mass", "sermon", "prayers", "market", "markets", NULL};
    if (!(sc->t[w].flags & F_POSS) && is_any(sc, j, press)) return 0;
    if (is_p(sc, j, ",") && month_at(sc, j + 1, &abbr)) return 0;
    if (month_at(sc, j, &abbr) || day_number_at(sc, j)) return 0;
    if (a > 0 && is_w(sc, a - 1, "a")) return 0; /* "on a Monday night": any Monday */
    if (ref.year) {
        long n = day_number(ref.year, ref.month, ref.day);
        int delta = wd - weekday(n); /* -6 .. 6 */
        /* a weekday looks for its verb as far back as other dates; one with a
         * possessive ("Wednesday's ruling") names a thing already done */
        int poss = (sc->t[w].flags & F_POSS) != 0;
        int fut = dir > 0 || (dir == 0 && !poss && tense_near(sc, a, j, 14) > 0);
        sc->fut = fut;
        if (dir < 0) delta = delta < 0 ? delta : delta - 7;
        else if (fut) delta = delta > 0 ? delta : delta + 7;
        else delta = delta <= 0 ? delta : delta - 7;
        d = from_day_number(n + delta);
    }
    emit(sc, a, j, d, PRECIS_GRAIN_DAY, 1);
    return j - a;
}

/* ---- English extras: decades, seasons, quarters ------------------------- */

/* "the 1990s", "the '90s" is not read (an apostrophe year is ambiguous):
 * a four-digit year ending in 0 with an s, a decade. */
static size_t decade(scan *sc, size_t i)
{
    const tok *t = &sc->t[i];
    if (t->kind != T_NUM || t->flags != F_DECADE || t->value < 1000 || t->value > 2100 ||
        t->value % 10)
        return 0;
    precis_date d = {t->value, 0, 0};
    emit(sc, i, i + 1, d, PC_GRAIN_DECADE, 0);
    return 1;
}

/* A season word at i: 1 spring .. 4 winter, or 0. */
static int season_at(const scan *sc, size_t i)
{
    return is_w(sc, i, "spring") ? 1 : is_w(sc, i, "summer") ? 2
         : is_w(sc, i, "fall") || is_w(sc, i, "autumn") ? 3 : is_w(sc, i, "winter") ? 4 : 0;
}

/* this/last/next spring, [the] spring of 1999, the first/third quarter
 * [of 1998]: seasons and quarters, TIMEX3's 1999-SP and 1998-Q3. */
static size_t season_quarter(scan *sc, size_t i)
{
    static const char *const nth[] = {"first", "second", "third", "fourth", NULL};
    precis_date d = {0, 0, 0};
    size_t j = i;
    int dir = is_w(sc, j, "this") ? 0 : is_w(sc, j, "last") ? -1 : is_w(sc, j, "next") ? 1 : 9;
    if (dir != 9) j++;
    int se = season_at(sc, j), q = 0;
    if (!se && dir == 9 && is_w(sc, i, "the")) {
        j = i + 1;
        for (int k = 0; nth[k]; k++)
            if (is_w(sc, j, nth[k])) q = k + 1;
        if (!q || !(is_w(sc, j + 1, "quarter") ||
                    (is_p(sc, j + 1, "-") && is_w(sc, j + 2, "quarter"))))
            return 0;
        j += is_p(sc, j + 1, "-") ? 2 : 1;
    } else if (!se) return 0;
    size_t end = j + 1;
    int rel = 1;
    if (is_w(sc, end, "of") && year_at(sc, end + 1)) {
        d.year = sc->t[end + 1].value;
        end += 2;
        rel = 0;
    } else if (dir == 9) {
        /* "the third quarter" of the reference year; a bare season is no date */
        if (!q) return 0;
        d.year = sc->ref.year;
    } else if (sc->ref.year) {
        int cur = q ? (sc->ref.month - 1) / 3 + 1 : (sc->ref.month % 12) / 3; /* 0 winter .. */
        if (!q) cur = cur == 0 ? 4 : cur;
        d.year = sc->ref.year + (dir < 0 && (q ? q >= cur : se >= cur) ? -1 : 0) +
                 (dir > 0 && (q ? q <= cur : se <= cur) ? 1 : 0);
    }
    d.month = q ? q : se;
    if (rel && !sc->ref.year) d.year = 0;
    emit(sc, i, end, d, q ? PC_GRAIN_QUARTER : PC_GRAIN_SEASON, rel);
    return end - i;
}

/* ---- English holidays ---------------------------------------------------- */

/* The n-th (1-based; -1 the last) weekday wd (0 Monday) of month m of y. */
static int nth_weekday(int y, int m, int wd, int n)
{
    if (n < 0) {
        int last = pc_days_in_month(y, m);
        int w = weekday(day_number(y, m, last));
        return last - ((w - wd + 7) % 7);
    }
    int w1 = weekday(day_number(y, m, 1));
    return 1 + (wd - w1 + 7) % 7 + 7 * (n - 1);
}

/* Easter Sunday of year y (the Gregorian computus, Meeus/Jones/Butcher). */
static precis_date easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    precis_date r = {y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1};
    return r;
}

/* The day holiday k falls on in year y. */
static precis_date holiday_in(int k, int y)
{
    precis_date d = {y, 0, 0};
    switch (k) {
    case 0: d.month = 12, d.day = 25; break;                          /* Christmas */
    case 1: d.month = 12, d.day = 24; break;                          /* Christmas Eve */
    case 2: d.month = 1, d.day = 1; break;                            /* New Year's Day */
    case 3: d.month = 12, d.day = 31; break;                          /* New Year's Eve */
    case 4: d.month = 11, d.day = nth_weekday(y, 11, 3, 4); break;    /* Thanksgiving */
    case 5: d.month = 11, d.day = nth_weekday(y, 11, 0, 1) + 1; break;/* Election Day */
    case 6: d = easter(y); break;                                     /* Easter */
    case 7: d.month = 10, d.day = 31; break;                          /* Halloween */
    case 8: d.month = 2, d.day = 14; break;                           /* Valentine's Day */
    case 9: d.month = 9, d.day = nth_weekday(y, 9, 0, 1); break;      /* Labor Day */
    default: d.month = 5, d.day = nth_weekday(y, 5, 0, -1); break;    /* Memorial Day */
    }
    return d;
}

/* A holiday of the US calendar news writes by name ("Thanksgiving", "last
 * Christmas", "Election Day", "Easter Sunday"): the day it falls on in the
 * year the tense or "last"/"next" says (else the nearest), or in the year
 * written after it.  A bare name needs a preposition or a determiner before
 * it, or Day/Eve/Sunday after it ("Christmas shopping" is no date). */
static size_t holiday(scan *sc, size_t i)
{
    size_t a = i, j = i;
    int dir = is_w(sc, j, "last") ? -1 : is_w(sc, j, "next") ? 1 : is_w(sc, j, "this") ? 2 : 0;
    if (dir) j++;
    int k = -1;
    size_t e = j + 1;
    if (is_w(sc, j, "christmas")) k = is_w(sc, j + 1, "eve") ? (e++, 1) : (is_w(sc, j + 1, "day") ? e++ : 0, 0);
    else if (is_w(sc, j, "new") && is_w(sc, j + 1, "year") && (sc->t[j + 1].flags & F_POSS) &&
             (is_w(sc, j + 2, "day") || is_w(sc, j + 2, "eve")))
        k = is_w(sc, j + 2, "day") ? 2 : 3, e = j + 3;
    else if (is_w(sc, j, "thanksgiving")) k = 4, e += is_w(sc, j + 1, "day");
    else if (is_w(sc, j, "election") && is_w(sc, j + 1, "day") && capitalized(sc, j)) k = 5, e++;
    else if (is_w(sc, j, "easter")) k = 6, e += is_w(sc, j + 1, "sunday");
    else if (is_w(sc, j, "halloween")) k = 7;
    else if (is_w(sc, j, "valentine") && (sc->t[j].flags & F_POSS) && is_w(sc, j + 1, "day")) k = 8, e++;
    else if ((is_w(sc, j, "labor") || is_w(sc, j, "memorial")) && is_w(sc, j + 1, "day") && capitalized(sc, j))
        k = is_w(sc, j, "labor") ? 9 : 10, e++;
    if (k < 0 || !capitalized(sc, j)) return 0;
    static const char *const before[] = {"on", "at", "by", "before", "after", "since", "until",
                                         "till", "over", "for", "of", "the", "during", NULL};
    if (!dir && e == j + 1 && !(j > 0 && is_any(sc, j - 1, before))) return 0;
    precis_date d = {0, 0, 0};
    int rel = 1;
    if (year_at(sc, e)) {
        d = holiday_in(k, sc->t[e].value);
        e++;
        rel = 0;
    } else if (sc->ref.year) {
        long r = day_number(sc->ref.year, sc->ref.month, sc->ref.day);
        int tense = dir == 1 ? 1 : dir == -1 ? -1 : dir == 2 ? 0 : tense_at(sc, a, e);
        long best = 0;
        for (int y = sc->ref.year - 1; y <= sc->ref.year + 1; y++) {
            precis_date h = holiday_in(k, y);
            long dist = day_number(h.year, h.month, h.day) - r;
            if ((tense > 0 && dist < 0) || (tense < 0 && dist > 0)) continue;
            if (!d.year || (dist < 0 ? -dist : dist) < (best < 0 ? -best : best)) d = h, best = dist;
        }
        sc->fut = tense > 0;
    }
    emit(sc, a, e, d, PRECIS_GRAIN_DAY, rel);
    return e - a;
}

/* ---- other languages ---------------------------------------------------- */

/* The calendar words of one language, casefolded, each slot a
 * space-separated list of forms.  Written by hand: ICU has month and
 * weekday names per locale, but not the forms prose declines them into
 * ("в мае", "am 12. Oktober") nor the prepositions and the words of the
 * future that decide how a date without a year is read; a few dozen words
 * a language. */
struct lexicon {
    const char *name;
    const char *months[12];
    const char *weekdays[7];
    const char *month_preps;  /* before a bare month: "en", "im", "в" */
    const char *links;        /* between day, month and year: "de", "del" */
    const char *year_words;   /* after a year, part of it: "года", "г" */
    const char *next, *last;  /* "próximo", "pasado" */
    const char *future;       /* words that put a date ahead */
};

static const lexicon lexicons[] = {
    {"spanish",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre setiembre", "octubre", "noviembre", "diciembre"},
     {"lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado", "domingo"},
     "en desde hasta de para durante mediados principios finales fines", "de del", "",
     "próximo próxima proximo proxima", "pasado pasada",
     "será serán sera seran celebrará prevé previsto prevista próximo próxima"},
    {"french",
     {"janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet", "août aout",
      "septembre", "octobre", "novembre", "décembre decembre"},
     {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
     "en depuis jusqu début fin mi", "", "", "prochain prochaine", "dernier dernière",
     "sera seront aura auront prévu prévue prochain prochaine"},
    {"german",
     {"januar jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "dezember"},
     {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"},
     "im seit bis anfang ende mitte ab", "", "", "nächsten nächste kommenden kommende",
     "letzten letzte vergangenen vergangene vorigen",
     "wird werden soll sollen geplant nächsten nächste"},
    {"italian",
     {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
      "settembre", "ottobre", "novembre", "dicembre"},
     {"lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi",
      "venerdì venerdi", "sabato", "domenica"},
     "a in da di fino entro inizio fine metà", "", "", "prossimo prossima", "scorso scorsa",
     "sarà saranno previsto prevista prossimo prossima"},
    {"portuguese",
     {"janeiro", "fevereiro", "março marco", "abril", "maio", "junho", "julho", "agosto",
      "setembro", "outubro", "novembro", "dezembro"},
     {"segunda", "terça terca", "quarta", "quinta", "sexta", "sábado sabado", "domingo"},
     "em desde até ate de meados início inicio final fins", "de do", "",
     "próximo próxima proximo proxima", "passado passada",
     "será serão sera serao previsto prevista próximo próxima"},
    {"russian",
     {"январь января январе", "февраль февраля феврале", "март марта марте",
      "апрель апреля апреле", "май мая мае", "июнь июня июне", "июль июля июле",
      "август августа августе", "сентябрь сентября сентябре", "октябрь октября октябре",
      "ноябрь ноября ноябре", "декабрь декабря декабре"},
     {"понедельник понедельника", "вторник вторника", "среда среду среды", "четверг четверга",
      "пятница пятницу пятницы", "суббота субботу субботы", "воскресенье воскресенья"},
     "в во с до начале конце середине", "", "года году год г",
     "следующий следующей следующую следующем будущей", "прошлый прошлой прошлую прошлом",
     "будет будут состоится планируется намерен следующей"},
};

/* The lexicon of a language, or NULL (English and the languages without
 * one use English's rules). */
static const lexicon *lexicon_of(const char *lang)
{
    if (!lang) return NULL;
    for (size_t k = 0; k < sizeof lexicons / sizeof *lexicons; k++)
        if (strcmp(lexicons[k].name, lang) == 0) return &lexicons[k];
    return NULL;
}

/* The month the word at i names in the scan's language: 1-12, or 0. */
static int lex_month(const scan *sc, size_t i)
{
    for (int m = 0; m < 12; m++)
        if (in_list(sc, i, sc->lex->months[m])) return m + 1;
    return 0;
}

/* The weekday the word at i names: 0 Monday .. 6, or -1.  Portuguese
 * weekdays Monday to Friday need their "-feira" (segunda is also
 * "second"); *len gets the tokens used. */
static int lex_weekday(const scan *sc, size_t i, size_t *len)
{
    *len = 1;
    for (int k = 0; k < 7; k++) {
        if (!in_list(sc, i, sc->lex->weekdays[k])) continue;
        if (strcmp(sc->lex->name, "portuguese") == 0 && k < 5) {
            if (!is_p(sc, i + 1, "-") || !is_w(sc, i + 2, "feira")) return -1;
            *len = 3;
        }
        return k;
    }
    return -1;
}

/* Does the sentence around [a, b) speak of the future, by the language's
 * words? */
static int lex_future(const scan *sc, size_t a, size_t b)
{
    for (size_t k = a, steps = 0; k-- > 0 && steps < 12; steps++) {
        if (sentence_end(sc, k)) break;
        if (in_list(sc, k, sc->lex->future)) return 1;
    }
    for (size_t k = b, steps = 0; k < sc->n && steps < 6; k++, steps++) {
        if (sentence_end(sc, k)) break;
        if (in_list(sc, k, sc->lex->future)) return 1;
    }
    return 0;
}

/* A year at i, with the words that belong to it ("2019 года", "2019 г.");
 * returns the tokens after it, or 0 when i is no year. */
static size_t lex_year(const scan *sc, size_t i)
{
    if (!year_at(sc, i)) return 0;
    size_t e = i + 1;
    if (in_list(sc, e, sc->lex->year_words)) {
        e++;
        if (is_p(sc, e, ".") && is_w(sc, e - 1, "г")) e++;
    }
    return e;
}

/* Day first: "3 de abril de 2012", "5 mai", "12. Oktober 2021", "7 ноября
 * 2019 года", "1er mai", after a weekday or not ("le jeudi 5 mai"). */
static size_t lex_day_first(scan *sc, size_t i)
{
    int day = day_number_at(sc, i);
    if (!day) return 0;
    size_t j = i + 1;
    if (is_p(sc, j, ".")) j++;
    while (in_list(sc, j, sc->lex->links)) j++;
    int m = lex_month(sc, j);
    if (!m) return 0;
    size_t k = j + 1, y = 0, end = k;
    size_t l = k;
    while (in_list(sc, l, sc->lex->links) || is_p(sc, l, ",")) l++;
    size_t ye = lex_year(sc, l);
    if (ye) y = l, end = ye;
    size_t a = i, wl;
    if (i > 0 && lex_weekday(sc, i - 1, &wl) >= 0 && wl == 1) a = i - 1;
    else if (i > 1 && is_p(sc, i - 1, ",") && lex_weekday(sc, i - 2, &wl) >= 0 && wl == 1) a = i - 2;
    precis_date d = {0, m, day};
    if (y) d.year = sc->t[y].value;
    else if (sc->ref.year) {
        /* no tense read in these languages but the future's words: the
         * past, as news mostly reports; a weekday written with the day
         * ("jeudi 5 mai") says the year */
        d.year = infer_year(sc->ref, m, day, (sc->fut = lex_future(sc, a, end)) ? 1 : -2);
        int wd = a < i ? lex_weekday(sc, a, &wl) : -1;
        for (int dy = -1; wd >= 0 && dy <= 1; dy++) {
            int yy = sc->ref.year + dy;
            if (day <= pc_days_in_month(yy, m) && weekday(day_number(yy, m, day)) == wd) d.year = yy;
        }
    }
    if (d.year && day > pc_days_in_month(d.year, m)) return 0;
    emit(sc, a, end, d, PRECIS_GRAIN_DAY, !y);
    return end - a;
}

/* Month first: "abril de 2012", "Oktober 2021"; or a bare month after a
 * preposition ("en abril", "im Oktober", "в мае"). */
static size_t lex_month_first(scan *sc, size_t i)
{
    int m = lex_month(sc, i);
    if (!m) return 0;
    size_t j = i + 1;
    while (in_list(sc, j, sc->lex->links)) j++;
    size_t ye = lex_year(sc, j);
    if (ye) {
        precis_date d = {sc->t[j].value, m, 0};
        emit(sc, i, ye, d, PRECIS_GRAIN_MONTH, 0);
        return ye - i;
    }
    if (i == 0 || !(in_list(sc, i - 1, sc->lex->month_preps) || in_list(sc, i - 1, sc->lex->last) ||
                    in_list(sc, i - 1, sc->lex->next)))
        return 0;
    precis_date d = {0, m, 0};
    if (sc->ref.year) {
        int dir = in_list(sc, i - 1, sc->lex->last) || in_list(sc, i + 1, sc->lex->last) ? -1
                : in_list(sc, i - 1, sc->lex->next) || in_list(sc, i + 1, sc->lex->next) ? 1 : 0;
        int fut = dir > 0 || (dir == 0 && lex_future(sc, i, i + 1));
        sc->fut = fut;
        d.year = dir < 0 ? (m < sc->ref.month ? sc->ref.year : sc->ref.year - 1)
               : dir > 0 ? (m > sc->ref.month ? sc->ref.year : sc->ref.year + 1)
                         : infer_year(sc->ref, m, 0, fut ? 1 : -2);
    }
    emit(sc, i, i + 1, d, PRECIS_GRAIN_MONTH, 1);
    return 1;
}

/* A weekday: "el lunes", "am Freitag", "в пятницу", "lunes pasado",
 * "la semaine prochaine" is a phrase (below); past unless marked ahead. */
static size_t lex_weekday_phrase(scan *sc, size_t i)
{
    size_t wl;
    int wd = lex_weekday(sc, i, &wl);
    if (wd < 0) return 0;
    size_t a = i, e = i + wl;
    if (day_number_at(sc, e) || (is_p(sc, e, ",") && day_number_at(sc, e + 1))) return 0;
    int dir = 0;
    if (a > 0 && in_list(sc, a - 1, sc->lex->last)) dir = -1, a--;
    else if (a > 0 && in_list(sc, a - 1, sc->lex->next)) dir = 1, a--;
    else if (in_list(sc, e, sc->lex->last)) dir = -1, e++;
    else if (in_list(sc, e, sc->lex->next)) dir = 1, e++;
    precis_date d = {0, 0, 0};
    if (sc->ref.year) {
        long n = day_number(sc->ref.year, sc->ref.month, sc->ref.day);
        int delta = wd - weekday(n);
        int fut = dir > 0 || (dir == 0 && lex_future(sc, a, e));
        sc->fut = fut;
        if (dir < 0) delta = delta < 0 ? delta : delta - 7;
        else if (fut) delta = delta > 0 ? delta : delta + 7;
        else delta = delta <= 0 ? delta : delta - 7;
        d = from_day_number(n + delta);
    }
    emit(sc, a, e, d, PRECIS_GRAIN_DAY, 1);
    return e - a;
}

/* Relative words and set phrases, by language ("*" = any): grain and
 * offset from the reference (grain 0: a weekday, offset its number, 0 =
 * Monday).  Words are casefolded tokens separated by spaces; a Han or kana
 * character is a token of its own.  Longer phrases come first. */
typedef struct {
    const char *lang, *words;
    int grain, delta;
} phrase;

#define D PRECIS_GRAIN_DAY
#define W PRECIS_GRAIN_WEEK
#define M PRECIS_GRAIN_MONTH
#define Y PRECIS_GRAIN_YEAR
static const phrase phrases[] = {
    {"spanish", "el año pasado", Y, -1}, {"spanish", "el pasado año", Y, -1},
    {"spanish", "el próximo año", Y, 1}, {"spanish", "el año próximo", Y, 1},
    {"spanish", "este año", Y, 0}, {"spanish", "el mes pasado", M, -1},
    {"spanish", "este mes", M, 0}, {"spanish", "la semana pasada", W, -1},
    {"spanish", "esta semana", W, 0}, {"spanish", "la próxima semana", W, 1},
    {"spanish", "anteayer", D, -2}, {"spanish", "antier", D, -2}, {"spanish", "ayer", D, -1},
    {"spanish", "hoy", D, 0},
    {"french", "avant - hier", D, -2}, {"french", "aujourd ' hui", D, 0},
    {"french", "aujourd ’ hui", D, 0}, {"french", "hier", D, -1}, {"french", "demain", D, 1},
    {"french", "l ' an dernier", Y, -1}, {"french", "l ’ an dernier", Y, -1},
    {"french", "l ' année dernière", Y, -1}, {"french", "l ’ année dernière", Y, -1},
    {"french", "l ' an prochain", Y, 1}, {"french", "l ’ an prochain", Y, 1},
    {"french", "l ' année prochaine", Y, 1}, {"french", "l ’ année prochaine", Y, 1},
    {"french", "cette année", Y, 0}, {"french", "le mois dernier", M, -1},
    {"french", "ce mois - ci", M, 0}, {"french", "la semaine dernière", W, -1},
    {"french", "cette semaine", W, 0}, {"french", "la semaine prochaine", W, 1},
    {"german", "vorgestern", D, -2}, {"german", "gestern", D, -1}, {"german", "heute", D, 0},
    {"german", "übermorgen", D, 2}, {"german", "im vergangenen jahr", Y, -1},
    {"german", "im letzten jahr", Y, -1}, {"german", "letztes jahr", Y, -1},
    {"german", "vergangenes jahr", Y, -1}, {"german", "in diesem jahr", Y, 0},
    {"german", "dieses jahr", Y, 0}, {"german", "im nächsten jahr", Y, 1},
    {"german", "nächstes jahr", Y, 1}, {"german", "in der vergangenen woche", W, -1},
    {"german", "letzte woche", W, -1}, {"german", "vergangene woche", W, -1},
    {"german", "diese woche", W, 0}, {"german", "nächste woche", W, 1},
    {"german", "im vergangenen monat", M, -1}, {"german", "letzten monat", M, -1},
    {"italian", "l ' altro ieri", D, -2}, {"italian", "l ’ altro ieri", D, -2},
    {"italian", "altroieri", D, -2}, {"italian", "ieri", D, -1}, {"italian", "oggi", D, 0},
    {"italian", "domani", D, 1}, {"italian", "l ' anno scorso", Y, -1},
    {"italian", "l ’ anno scorso", Y, -1}, {"italian", "lo scorso anno", Y, -1},
    {"italian", "quest ' anno", Y, 0}, {"italian", "quest ’ anno", Y, 0},
    {"italian", "il prossimo anno", Y, 1}, {"italian", "la settimana scorsa", W, -1},
    {"italian", "la scorsa settimana", W, -1}, {"italian", "questa settimana", W, 0},
    {"italian", "il mese scorso", M, -1}, {"italian", "lo scorso mese", M, -1},
    {"portuguese", "anteontem", D, -2}, {"portuguese", "ontem", D, -1},
    {"portuguese", "hoje", D, 0}, {"portuguese", "amanhã", D, 1},
    {"portuguese", "no ano passado", Y, -1}, {"portuguese", "o ano passado", Y, -1},
    {"portuguese", "neste ano", Y, 0}, {"portuguese", "este ano", Y, 0},
    {"portuguese", "no próximo ano", Y, 1}, {"portuguese", "na semana passada", W, -1},
    {"portuguese", "nesta semana", W, 0}, {"portuguese", "no mês passado", M, -1},
    {"russian", "позавчера", D, -2}, {"russian", "вчера", D, -1}, {"russian", "сегодня", D, 0},
    {"russian", "послезавтра", D, 2}, {"russian", "завтра", D, 1},
    {"russian", "в прошлом году", Y, -1}, {"russian", "в этом году", Y, 0},
    {"russian", "в следующем году", Y, 1}, {"russian", "на прошлой неделе", W, -1},
    {"russian", "на этой неделе", W, 0}, {"russian", "на следующей неделе", W, 1},
    {"russian", "в прошлом месяце", M, -1}, {"russian", "в этом месяце", M, 0},
    /* Chinese and Japanese, in any document: their characters are no other
     * language's */
    {"*", "一 昨 日", D, -2}, {"*", "前 天", D, -2}, {"*", "昨 天", D, -1}, {"*", "昨 日", D, -1},
    {"*", "今 天", D, 0}, {"*", "今 日", D, 0}, {"*", "本 日", D, 0}, {"*", "明 天", D, 1},
    {"*", "明 日", D, 1}, {"*", "后 天", D, 2}, {"*", "去 年", Y, -1}, {"*", "昨 年", Y, -1},
    {"*", "今 年", Y, 0}, {"*", "明 年", Y, 1}, {"*", "来 年", Y, 1}, {"*", "上 星 期", W, -1},
    {"*", "上 周", W, -1}, {"*", "本 周", W, 0}, {"*", "这 周", W, 0}, {"*", "下 周", W, 1},
    {"*", "先 週", W, -1}, {"*", "今 週", W, 0}, {"*", "来 週", W, 1}, {"*", "上 个 月", M, -1},
    {"*", "上 月", M, -1}, {"*", "本 月", M, 0}, {"*", "下 个 月", M, 1}, {"*", "先 月", M, -1},
    {"*", "今 月", M, 0}, {"*", "来 月", M, 1},
    {"*", "星 期 一", 0, 0}, {"*", "星 期 二", 0, 1}, {"*", "星 期 三", 0, 2},
    {"*", "星 期 四", 0, 3}, {"*", "星 期 五", 0, 4}, {"*", "星 期 六", 0, 5},
    {"*", "星 期 日", 0, 6}, {"*", "星 期 天", 0, 6}, {"*", "周 一", 0, 0}, {"*", "周 二", 0, 1},
    {"*", "周 三", 0, 2}, {"*", "周 四", 0, 3}, {"*", "周 五", 0, 4}, {"*", "周 六", 0, 5},
    {"*", "周 日", 0, 6}, {"*", "月 曜 日", 0, 0}, {"*", "火 曜 日", 0, 1},
    {"*", "水 曜 日", 0, 2}, {"*", "木 曜 日", 0, 3}, {"*", "金 曜 日", 0, 4},
    {"*", "土 曜 日", 0, 5}, {"*", "日 曜 日", 0, 6},
};
#undef D
#undef W
#undef M
#undef Y

/* Does the phrase `words` match from token i?  Returns the tokens it
 * covers, or 0. */
static size_t phrase_at(const scan *sc, size_t i, const char *words)
{
    size_t k = i;
    for (const char *p = words; *p; k++) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (k >= sc->n) return 0;
        const tok *t = &sc->t[k];
        const char *w = t->kind == T_WORD ? sc->fold + t->fold : sc->s + t->start;
        size_t wl = t->kind == T_WORD ? t->flen : t->end - t->start;
        if (t->kind == T_NUM || wl != l || memcmp(w, p, l) != 0) return 0;
        if (!e) break;
        p = e + 1;
    }
    /* a whole word: "hier" is no prefix of "hierarchy" (tokens see to that),
     * and a CJK phrase must not run on into a longer word we do not know */
    return k + 1 - i;
}

/* A relative word or phrase of the language (or a Chinese/Japanese one). */
static size_t relative_phrase(scan *sc, size_t i, const char *lang)
{
    const tok *t = &sc->t[i];
    if (t->kind != T_WORD) return 0;
    unsigned char first = (unsigned char)sc->fold[t->fold];
    /* English has no phrases here, and every Chinese or Japanese one begins
     * with a three-byte character */
    if (first < 0xE0 && !sc->lex) return 0;
    for (size_t k = 0; k < sizeof phrases / sizeof *phrases; k++) {
        const phrase *ph = &phrases[k];
        if ((unsigned char)ph->words[0] != first) continue; /* the cheap test first */
        if (strcmp(ph->lang, "*") != 0 && (!lang || strcmp(ph->lang, lang) != 0)) continue;
        size_t used = phrase_at(sc, i, ph->words);
        if (!used) continue;
        precis_date d = {0, 0, 0};
        int g = ph->grain ? ph->grain : PRECIS_GRAIN_DAY;
        if (sc->ref.year) {
            if (ph->grain) d = shift(sc->ref, ph->grain, ph->delta);
            else {
                long n = day_number(sc->ref.year, sc->ref.month, sc->ref.day);
                int delta = ph->delta - weekday(n);
                d = from_day_number(n + (delta <= 0 ? delta : delta - 7));
            }
        }
        emit(sc, i, i + used, d, g, 1);
        return used;
    }
    return 0;
}

/* Chinese and Japanese: 2020年3月5日, 3月5日 (号 for 日 in Chinese), 2020年3月,
 * 2020年: numbers and the characters 年 月 日 号. */
static size_t cjk_date(scan *sc, size_t i)
{
    const tok *t = sc->t;
    if (t[i].kind != T_NUM || t[i].flags) return 0;
    size_t j = i;
    precis_date d = {0, 0, 0};
    int g = 0;
    if (is_w(sc, j + 1, "年")) {
        if (t[j].value < 1000 || t[j].value > 2100) return 0;
        d.year = t[j].value;
        g = PRECIS_GRAIN_YEAR;
        j += 2;
        if (j >= sc->n || t[j].kind != T_NUM || !is_w(sc, j + 1, "月")) {
            emit(sc, i, j, d, g, 0);
            return j - i;
        }
    }
    if (!is_w(sc, j + 1, "月") || t[j].kind != T_NUM || t[j].flags || t[j].value < 1 ||
        t[j].value > 12)
        return 0;
    d.month = t[j].value;
    g = PRECIS_GRAIN_MONTH;
    j += 2;
    if (j < sc->n && t[j].kind == T_NUM && !t[j].flags && t[j].value >= 1 && t[j].value <= 31 &&
        (is_w(sc, j + 1, "日") || is_w(sc, j + 1, "号"))) {
        d.day = t[j].value;
        g = PRECIS_GRAIN_DAY;
        j += 2;
    }
    int rel = !d.year;
    if (rel && sc->ref.year) d.year = infer_year(sc->ref, d.month, d.day, -2);
    if (d.day && d.year && d.day > pc_days_in_month(d.year, d.month)) return 0;
    emit(sc, i, j, d, g, rel);
    return j - i;
}

/* Try the patterns at token i, in this order (the first that applies
 * decides); returns the tokens consumed (0 = none). */
static size_t match_at(scan *sc, size_t i, const char *lang)
{
    size_t used;
    if (sc->t[i].kind == T_ISO) return iso_date(sc, i);
    if (sc->t[i].kind == T_NUM && (used = cjk_date(sc, i))) return used;
    if ((used = relative_phrase(sc, i, lang))) return used;
    if (sc->lex) {
        if (sc->t[i].kind == T_NUM) {
            if ((used = lex_day_first(sc, i))) return used;
            if (year_at(sc, i)) {
                size_t e = lex_year(sc, i);
                precis_date d = {sc->t[i].value, 0, 0};
                emit(sc, i, e, d, PRECIS_GRAIN_YEAR, 0);
                return e - i;
            }
            return 0;
        }
        if (sc->t[i].kind != T_WORD) return 0;
        if ((used = lex_month_first(sc, i))) return used;
        return lex_weekday_phrase(sc, i);
    }
    if (sc->t[i].kind == T_NUM)
        return (used = decade(sc, i)) || (used = number_first(sc, i)) || (used = ago(sc, i)) ? used : 0;
    if (sc->t[i].kind != T_WORD) return 0;
    int abbr = 0, m = month_at(sc, i, &abbr);
    if (m) return month_first(sc, i, m, abbr);
    if ((used = season_quarter(sc, i)) || (used = holiday(sc, i)) || (used = day_word(sc, i)) ||
        (used = this_last_next(sc, i)) ||
        (used = ago(sc, i)) || (used = in_units(sc, i)))
        return used;
    return weekday_phrase(sc, i);
}

size_t pc_find_timex(const char *text, size_t len, precis_date ref, const char *lang,
                     pc_timex *out, size_t max)
{
    if (!text) return 0;
    if (ref.year && (ref.month < 1 || ref.month > 12 || ref.day < 1 ||
                     ref.day > pc_days_in_month(ref.year, ref.month) || ref.year < 1 || ref.year > 9999))
        memset(&ref, 0, sizeof ref);
    tok *t = NULL;
    size_t cap = 0;
    size_t nt = tokenize(text, len, &t, &cap);
    pc_buf fb = {0};
    fold_words(text, t, nt, &fb);
    pc_buf_putc(&fb, 0);
    scan sc = {text, t, nt, ref, out, out ? max : 0, 0, fb.s, lexicon_of(lang), 0, 0};
    for (size_t i = 0; i < nt;) {
        size_t used = match_at(&sc, i, lang);
        i += used ? used : 1;
    }
    free(t);
    pc_buf_free(&fb);
    return sc.found;
}

size_t precis_find_dates(const char *text, size_t len, precis_date ref, precis_date_mention *out,
                         size_t max)
{
    if (!text) return 0;
    size_t n = pc_find_timex(text, len, ref, "english", NULL, 0);
    pc_timex *x = n ? pc_xcalloc(n, sizeof *x) : NULL;
    n = pc_find_timex(text, len, ref, "english", x, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (x[i].grain > PRECIS_GRAIN_DAY) continue; /* decades, quarters, seasons */
        if (out && k < max) {
            precis_date_mention *m = &out[k];
            m->start = x[i].start;
            m->end = x[i].end;
            m->date = x[i].date;
            m->grain = (precis_grain)x[i].grain;
            m->relative = x[i].relative;
            m->since = x[i].since;
        }
        k++;
    }
    free(x);
    return k;
}

/* Monday-based ISO 8601 week of day d: its year and number. */
static void iso_week(precis_date d, int *year, int *week)
{
    long n = day_number(d.year, d.month, d.day);
    precis_date th = from_day_number(n - weekday(n) + 3); /* the week's Thursday */
    long jan1 = day_number(th.year, 1, 1);
    *year = th.year;
    *week = (int)((day_number(th.year, th.month, th.day) - jan1) / 7 + 1);
}

char *pc_timex_value(precis_date d, int g, char *buf)
{
    static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
    int y, w;
    buf[0] = 0;
    if (!d.year) return buf;
    switch (g) {
    case PRECIS_GRAIN_DAY: snprintf(buf, 16, "%04d-%02d-%02d", d.year % 10000, d.month % 100, d.day % 100); break;
    case PRECIS_GRAIN_WEEK:
        iso_week(d, &y, &w);
        snprintf(buf, 16, "%04d-W%02d", y % 10000, w % 100);
        break;
    case PRECIS_GRAIN_MONTH: snprintf(buf, 16, "%04d-%02d", d.year % 10000, d.month % 100); break;
    case PC_GRAIN_DECADE: snprintf(buf, 16, "%03d", (d.year / 10) % 1000); break;
    case PC_GRAIN_QUARTER: snprintf(buf, 16, "%04d-Q%d", d.year % 10000, (d.month - 1) % 4 + 1); break;
    case PC_GRAIN_SEASON: snprintf(buf, 16, "%04d-%s", d.year % 10000, seasons[(d.month + 3) % 4]); break;
    default: snprintf(buf, 16, "%04d", d.year % 10000);
    }
    return buf;
}

const char *precis_grain_name(precis_grain g)
{
    switch (g) {
    case PRECIS_GRAIN_DAY: return "day";
    case PRECIS_GRAIN_WEEK: return "week";
    case PRECIS_GRAIN_MONTH: return "month";
    case PRECIS_GRAIN_YEAR: return "year";
    default: return "none";
    }
}

char *precis_date_label(precis_date d, precis_grain g, char *buf)
{
    if (!d.year) snprintf(buf, 16, "?");
    else if (g == PRECIS_GRAIN_YEAR) snprintf(buf, 16, "%04d", d.year % 10000);
    else if (g == PRECIS_GRAIN_MONTH) snprintf(buf, 16, "%04d-%02d", d.year % 10000, d.month % 100);
    else snprintf(buf, 16, "%04d-%02d-%02d", d.year % 10000, d.month % 100, d.day % 100);
    return buf;
}

/* Month number from a word by its first three letters ("Jan", "January",
 * "Sept."), or 0: a document's date line is not prose, so any word that
 * begins like a month names it. */
static int month_of(const char *s, size_t n)
{
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++)
        if (strncasecmp(s, pc_month_names[m], 3) == 0) return m + 1;
    return 0;
}

static int valid_date(int y, int m, int d)
{
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= pc_days_in_month(y, m);
}

/* Parse a document date: "2019-01-23", "2019-01-23T10:00Z", "1999-07-07
 * 08:30:27", "19990707", "January 23, 2019", "23 January 2019".  Returns 1 on
 * success. */
int pc_parse_date(const char *s, size_t n, precis_date *out)
{
    char buf[64];
    while (n && isspace((unsigned char)*s)) s++, n--;
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    int y, m, d;
    char c1, c2;
    if (sscanf(buf, "%4d%c%2d%c%2d", &y, &c1, &m, &c2, &d) == 5 && c1 == c2 &&
        (c1 == '-' || c1 == '/' || c1 == '.') && valid_date(y, m, d))
        goto ok;
    if (n >= 8 && strspn(buf, "0123456789") >= 8 && sscanf(buf, "%4d%2d%2d", &y, &m, &d) == 3 &&
        valid_date(y, m, d))
        goto ok;
    {
        char w[16];
        if (sscanf(buf, "%15[A-Za-z.] %d, %d", w, &d, &y) == 3 && (m = month_of(w, strlen(w))) &&
            valid_date(y, m, d))
            goto ok;
        if (sscanf(buf, "%d %15[A-Za-z.] %d", &d, w, &y) == 3 && (m = month_of(w, strlen(w))) &&
            valid_date(y, m, d))
            goto ok;
    }
    return 0;
ok:
    out->year = y;
    out->month = m;
    out->day = d;
    return 1;
}
