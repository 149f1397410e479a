/*
 * clean.c — remove news boilerplate before segmentation, keeping a record
 * of every removal and its reason (pc_reason, internal.h).
 *
 * In the flow: runs on each document as it is added (read.c, after UTF-8
 * repair and NFC), line by line (pc_clean_lines); the repeated-sentence
 * check runs later, during analysis (pc_clean_repeats, from analyze.c).
 *
 * Removed text is blanked out of the working copy (bytes become spaces,
 * newlines stay) so offsets never move.  What is removed:
 *   metadata    a leading "date 2019-01-23" line or prefix (becomes the date)
 *   dateline    "NAGATO:", "CNN  —", "PINE RIDGE, S.D. (AP) --"; a full date
 *               in it ("MOSCOW, Jan. 22, 2019 (Reuters) -") dates the article
 *   caption     a photo caption: a one-sentence paragraph in the present tense
 *               with no finite verb of reporting, or text above a dateline
 *   heading     a short paragraph with no final punctuation, a quoted slogan
 *   label       an all-caps speaker label before a quote ("VLADMIR PUTIN ...")
 *   boilerplate "Advertisement", "Read more", share prompts
 *   repeated    a sentence that already appeared earlier in the same document
 *               (done after segmentation, by pc_clean_repeats)
 * and the wire services' furniture, a whole paragraph each (rules below):
 *   desk-note   "EDs: ...", "EDITOR'S NOTE -- ...", "(OPTIONAL MATERIAL FOLLOWS.)"
 *   contact     a phone number or an e-mail address with "call", "editor" ...,
 *               or a web address with "contact", "for information"
 *   budget      story budgets and move times, budget lines ending "(Author) MOVED"
 *   notice      distribution and syndication: "Distributed by", "(c) 2000"
 *   slug        "BC-CUBA-ELIAN-NYT", or a slug before a dateline: "CUBA-ELIAN _"
 *   end         "(END)", "-30-", "NYT-12-03-00 1845EST"
 * In documents not in English (d->lang) the caption rule, which reads
 * English verbs, is off (it removed every paragraph but the first of a
 * Russian article), Chinese and Japanese 。！？ count as final punctuation
 * (whole documents went as headings), and datelines are also found in
 * other languages' forms (match_intl_dateline: "Hamburg –",
 * "MADRID, 3 abr (EFE).-", "【新华社北京8月10日电】").
 * Datelines are looked for at every paragraph's start: in the first
 * paragraphs in any form, later only when unambiguous (a wire separator and
 * a sentence after it), and "Nov. 26 --" wherever it opens a paragraph.
 */
#include "internal.h"
#include "dates/dates.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* The rules' thresholds, in one place, as the rules were written for the
 * bundled example's scraped articles and the DUC 2006 wire stories;
 * tests/test_clean.c holds a positive and a negative case for each rule. */
enum {
    META_MAX_DATE_WORDS = 3,    /* "date 2019-01-23" (1) .. "January 23, 2019" (3) */
    META_MAX_DATE_BYTES = 32,   /* a date longer than this is prose, not metadata */
    DATELINE_PARAS = 4,         /* datelines are looked for in the first paragraphs */
    DATELINE_MIN_CAPS = 2,      /* capitals in a dateline's place name ("NAGATO") */
    DATELINE_MAX_AGENCY = 30,   /* bytes of an agency in brackets, "(AP)" */
    LABEL_MIN_WORDS = 2,        /* an all-caps speaker label: "VLADIMIR PUTIN" */
    LABEL_MIN_WORD_BYTES = 2,   /* each of its words */
    BOILERPLATE_MAX_WORDS = 12, /* "Read more ..." lines longer than this are prose */
    CAPTION_MIN_PARAS = 4,      /* captions are looked for in articles this long */
    CAPTION_MIN_WORDS = 6,      /* a caption is one sentence of 6 .. 45 words */
    CAPTION_MAX_WORDS = 45,
    HEADING_MAX_WORDS = 10,     /* a paragraph without final punctuation */
    SLOGAN_MAX_WORDS = 8,       /* a line entirely in single quotes */
    WRAP_MIN_PAIRS = 2,         /* line pairs needed to decide that lines wrap */
    REPEAT_MIN_KEY = 12,        /* shorter sentences ("No.", "Yes, he said.") may repeat */
    DATELINE_MAX_STATE = 3,     /* words of "CITY, State" after the comma ("West Bank") */
    FURNITURE_MAX_WORDS = 80,   /* a desk note, budget, notice is a short paragraph */
    CONTACT_MAX_WORDS = 40,     /* a contact line; longer paragraphs are stories that
                                   give a hotline in passing */
    NOTICE_WEAK_MAX_WORDS = 40, /* a notice found by two weak cues only */
    CREDIT_MAX_TAIL = 3,        /* tokens after a budget line's "(Author, Service)" */
    CREDIT_MAX_BYTES = 80,      /* bytes of that credit in brackets */
    DATELINE_MAX_BRACKET = 90   /* bytes of a "【新华社北京8月10日电】" dateline */
};

const char *pc_reason_name(pc_reason r)
{
    switch (r) {
    case PC_RM_METADATA: return "metadata";
    case PC_RM_DATELINE: return "dateline";
    case PC_RM_CAPTION: return "caption";
    case PC_RM_LABEL: return "label";
    case PC_RM_BOILERPLATE: return "boilerplate";
    case PC_RM_HEADING: return "heading";
    case PC_RM_REPEATED: return "repeated";
    case PC_RM_DESK_NOTE: return "desk-note";
    case PC_RM_CONTACT: return "contact";
    case PC_RM_BUDGET: return "budget";
    case PC_RM_NOTICE: return "notice";
    case PC_RM_SLUG: return "slug";
    case PC_RM_END: return "end";
    }
    return "removed";
}

void pc_remove(pc_doc *d, size_t start, size_t end, pc_reason reason)
{
    if (end > d->len) end = d->len;
    if (start >= end) return;
    char *text = pc_fold(d->text + start, end - start);
    if (!*text) { /* already blank: nothing to record */
        free(text);
        return;
    }
    PC_GROW(d->rm, d->caprm, d->nrm + 1);
    pc_removal *r = &d->rm[d->nrm++];
    r->start = (uint32_t)start;
    r->end = (uint32_t)end;
    r->reason = reason;
    r->text = text;
    for (size_t i = start; i < end; i++)
        if (d->text[i] != '\n') d->text[i] = ' ';
}

/* Does [s, e) end with a Chinese or Japanese full stop, exclamation or
 * question mark (。！？), before any closing brackets 」』）】”’?  Final
 * punctuation in every language: a paragraph of Japanese ending in 。 is no
 * heading. */
static int pc_cjk_final(const char *s, const char *e)
{
    static const char *const closers[] = {"\xE3\x80\x8D", "\xE3\x80\x8F", "\xEF\xBC\x89",
                                          "\xE3\x80\x91", "\xE2\x80\x9D", "\xE2\x80\x99",
                                          "\xE3\x80\x8B", NULL};
    for (int guard = 0; guard < 4 && e - s >= 3; guard++) {
        int moved = 0;
        for (const char *const *c = closers; *c; c++)
            if (memcmp(e - 3, *c, 3) == 0) {
                e -= 3;
                moved = 1;
                break;
            }
        if (!moved) break;
    }
    if (e - s < 3) return 0;
    return memcmp(e - 3, "\xE3\x80\x82", 3) == 0 || memcmp(e - 3, "\xEF\xBC\x81", 3) == 0 ||
           memcmp(e - 3, "\xEF\xBC\x9F", 3) == 0;
}

/* Does [s, e) end with sentence-final punctuation (before closing quotes)? */
static int ends_final(const char *s, const char *e)
{
    while (e > s && isspace((unsigned char)e[-1])) e--;
    for (int guard = 0; guard < 4 && e > s; guard++) {
        if (e - s >= 3 && pc_close_quote(e - 3, 3) == 3) e -= 3;
        else if (pc_close_quote(e - 1, 1)) e -= 1;
        else break;
    }
    if (e > s && (e[-1] == '.' || e[-1] == '!' || e[-1] == '?')) return 1;
    if (e - s >= 3 && memcmp(e - 3, "\xE2\x80\xA6", 3) == 0) return 1; /* … */
    return pc_cjk_final(s, e);
}

static size_t count_words(const char *s, const char *e)
{
    size_t n = 0;
    int in = 0;
    for (; s < e; s++) {
        int sp = isspace((unsigned char)*s);
        if (!sp && !in) n++;
        in = !sp;
    }
    return n;
}

/* Does [s, e) hold a word, i.e. count_words(s, e) > 0?  Stops at the first
 * one: the line loops below ask this of every line, twice. */
static int has_word(const char *s, const char *e)
{
    while (s < e && isspace((unsigned char)*s)) s++;
    return s < e;
}

/* ---------------------------------------------------------------------- */

/* Length of a blank at s: space, tab or no-break space (U+00A0); else 0. */
static int blank_at(const char *s, const char *e)
{
    if (s < e && (*s == ' ' || *s == '\t')) return 1;
    if (e - s >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) return 2;
    return 0;
}

static const char *skip_space(const char *s, const char *e)
{
    int k;
    while ((k = blank_at(s, e)) != 0) s += k;
    return s;
}

/* "date 2019-01-23", "Published: January 23, 2019" at the start of the
 * document.  Returns the end of the metadata, or NULL. */
static const char *match_metadata(pc_doc *d, const char *s, const char *e)
{
    static const char *const keys[] = {"date", "published", "updated", "posted", "dateline"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t n = strlen(keys[k]);
        if ((size_t)(e - s) <= n || strncasecmp(s, keys[k], n) != 0) continue;
        const char *p = s + n;
        if (*p == ':') p++;
        if (p < e && !isspace((unsigned char)*p)) continue;
        p = skip_space(p, e);
        /* the date: one word ("2019-01-23") or three ("January 23, 2019") */
        const char *w = p;
        for (int words = 1; words <= META_MAX_DATE_WORDS && w < e; words++) {
            while (w < e && !isspace((unsigned char)*w)) w++;
            precis_date dt;
            if (w - p < META_MAX_DATE_BYTES && pc_parse_date(p, (size_t)(w - p), &dt)) {
                if (!d->date.year) d->date = dt;
                return w;
            }
            w = skip_space(w, e);
        }
    }
    return NULL;
}

static int dateline_char(const char *p, const char *e)
{
    return isalpha((unsigned char)*p) || *p == '.' || *p == ',' || *p == '\'' ||
           (*p == '-' && p + 1 < e && p[1] != '-');
}

/* Does a sentence start at p: a capital, a digit or an opening quote?  A
 * dateline outside the first paragraphs must be followed by one. */
static int sentence_start(const char *p, const char *e)
{
    return p < e && (isupper((unsigned char)*p) || isdigit((unsigned char)*p) ||
                     pc_open_quote(p, (size_t)(e - p)) || *p == '`' || *p == '"');
}

/* The end of a "CITY, State" state or country after the comma: one to
 * DATELINE_MAX_STATE capitalised words ("Texas", "West Bank", "S.D."), or
 * q itself when there is none. */
static const char *skip_state(const char *q, const char *e)
{
    const char *r = q, *last = q;
    for (int k = 0; k < DATELINE_MAX_STATE; k++) {
        if (r >= e || !isupper((unsigned char)*r)) break;
        const char *w = r;
        while (w < e && (isalpha((unsigned char)*w) || *w == '.' || *w == '\'')) w++;
        last = w;
        r = skip_space(w, e);
    }
    return last;
}

/* A dateline: "NAGATO:", "CNN  —", "PINE RIDGE, S.D. (AP) --",
 * "BEIJING, July 7 (Xinhua) --", "WASHINGTON _", "AUSTIN, Texas _",
 * "LONDON, June 3 (Reuters) -".  Returns its end or NULL.  strict (for
 * paragraphs past the first ones, where a dateline is rarer than prose
 * that opens with an acronym): only the wire separators "_", "--", dashes,
 * or "-" after an agency in brackets, and a sentence must start after it,
 * so "NATO _ the alliance ..." and "UPDATE: ..." stay. */
static const char *match_dateline(const char *s, const char *e, int strict)
{
    const char *p = s, *last = s;
    int caps = 0;
    for (;;) {
        p = skip_space(p, e);
        const char *w = p;
        int up = 0, low = 0;
        while (p < e && dateline_char(p, e)) {
            if (isupper((unsigned char)*p)) up++;
            else if (islower((unsigned char)*p)) low++;
            p++;
        }
        if (p == w || low || !up) break;
        caps += up;
        last = p;
    }
    if (caps < DATELINE_MIN_CAPS) return NULL;
    const char *q = skip_space(last, e);
    /* optional "July 7" after "PLACE," */
    int dated = 0;
    if (last[-1] == ',' && q < e && isupper((unsigned char)*q)) {
        const char *w = q;
        while (w < e && isalpha((unsigned char)*w)) w++;
        if (w < e && *w == '.') w++;
        w = skip_space(w, e);
        const char *digits = w;
        while (w < e && isdigit((unsigned char)*w)) w++;
        if (w > digits) {
            dated = 1;
            q = skip_space(w, e);
            /* "MOSCOW, Jan. 22, 2019 (Reuters) -" */
            const char *y = q < e && *q == ',' ? skip_space(q + 1, e) : q;
            const char *ye = y;
            while (ye < e && isdigit((unsigned char)*ye)) ye++;
            if (ye - y == 4) q = skip_space(ye, e);
        }
    }
    /* or "AUSTIN, Texas", "BETHLEHEM, West Bank": the state in mixed case;
     * the separator checked below decides whether it was one */
    if (!dated && last[-1] == ',') {
        const char *st = skip_state(q, e);
        if (st > q) q = skip_space(st, e);
    }
    /* optional "(AP)" */
    int agency = 0;
    if (q < e && *q == '(') {
        const char *r = memchr(q, ')', (size_t)(e - q));
        if (r && r - q < DATELINE_MAX_AGENCY) {
            q = skip_space(r + 1, e);
            agency = 1;
        }
    }
    /* the separator */
    static const char *const seps[] = {"--", ":", "\xE2\x80\x94", "\xE2\x80\x93", "_", "-"};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t n = strlen(seps[k]);
        if ((size_t)(e - q) >= n && memcmp(q, seps[k], n) == 0) {
            const char *r = q + n;
            if (r < e && !blank_at(r, e) && *r != '\n') return NULL; /* "10:30" */
            if (strict && (seps[k][0] == ':' || (seps[k][0] == '-' && n == 1 && !agency))) return NULL;
            r = skip_space(r, e);
            if (strict && !sentence_start(r, e)) return NULL;
            return r;
        }
    }
    return NULL;
}

/* Is the UTF-8 character at p an upper-case letter (any script)?  Its
 * length, or 0. */
static int upper_len(const char *p, const char *e)
{
    if (p >= e) return 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, e - p, &cp);
    if (k <= 0) return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? (int)k : 0;
}

/* The length of a letter or digit (any script) at p, or 0. */
static int alnum_len(const char *p, const char *e)
{
    if (p >= e) return 0;
    if ((unsigned char)*p < 0x80) return isalnum((unsigned char)*p) ? 1 : 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, e - p, &cp);
    if (k <= 0) return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND ? (int)k : 0;
}

/* Does a sentence start at p in any script: an upper-case letter, a digit,
 * an opening quote (also „ « 「), or a letter of a script without case
 * (Han, kana)? */
static int intl_sentence_start(const char *p, const char *e)
{
    if (p >= e) return 0;
    if (sentence_start(p, e) || upper_len(p, e)) return 1;
    static const char *const opens[] = {"\xE2\x80\x9E", "\xC2\xAB", "\xE3\x80\x8C", "\xE3\x80\x8E", NULL};
    for (const char *const *o = opens; *o; o++)
        if ((size_t)(e - p) >= strlen(*o) && memcmp(p, *o, strlen(*o)) == 0) return 1;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, e - p, &cp);
    return k > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LO;
}

/* A dateline in the forms other languages' news use, for documents not in
 * English (match_dateline's forms are looked for first):
 *   "【新华社北京8月10日电】", "【東京共同】"   a bracketed agency line (in the
 *                                             first paragraphs: bracketed);
 *   "Hamburg –", "Berlin (dpa) -", "MADRID, 3 abr (EFE).-",
 *   "МОСКВА, 12 марта —"                      first paragraph only: one to
 *       four capitalised words in any script, an optional ", date" of up to
 *       four words, an optional agency in brackets, a dash or ".-" between
 *       blanks, and a sentence after it (so "Angela Merkel – die ..."
 *       stays); in the next paragraphs only with the agency
 *       ("Redacción Internacional (Efe).- La ...").
 * Returns its end or NULL. */
static const char *match_intl_dateline(const char *s, const char *e, int first)
{
    static const char lb[] = "\xE3\x80\x90", rb[] = "\xE3\x80\x91";
    if (e - s > 6 && memcmp(s, lb, 3) == 0) {
        for (const char *p = s + 3; p + 3 <= e && p - s < DATELINE_MAX_BRACKET; p++)
            if (memcmp(p, rb, 3) == 0) return skip_space(p + 3, e);
        return NULL;
    }
    const char *p = s;
    int words = 0, agency = 0;
    for (; words < 4; words++) {
        int k = upper_len(p, e);
        if (!k) break;
        p += k;
        while (p < e && ((k = alnum_len(p, e)) != 0 || *p == '.' || *p == '-' || *p == '\''))
            p += k ? k : 1;
        if (p < e && *p == ' ' && upper_len(p + 1, e)) p++;
        else break;
    }
    if (!words && p == s) return NULL;
    const char *q = skip_space(p, e);
    if (q < e && *q == ',') { /* ", 3 abr", ", 12 марта" */
        q = skip_space(q + 1, e);
        int toks = 0;
        while (q < e && toks < 4 && (alnum_len(q, e) || *q == '.')) {
            while (q < e && (alnum_len(q, e) || *q == '.')) q += alnum_len(q, e) ? alnum_len(q, e) : 1;
            q = skip_space(q, e);
            toks++;
        }
        if (!toks) return NULL;
    }
    if (q < e && *q == '(') {
        const char *r = memchr(q, ')', (size_t)(e - q));
        if (!r || r - q >= DATELINE_MAX_AGENCY) return NULL;
        q = r + 1;
        agency = 1;
        if (q + 2 <= e && q[0] == '.' && q[1] == '-') q += 2; /* "(EFE).-" */
        else q = skip_space(q, e);
        if (q > e) return NULL;
    }
    if (!first && !agency) return NULL; /* later: "Redacción Internacional (Efe).-" only */
    static const char *const seps[] = {".-", "--", "\xE2\x80\x94", "\xE2\x80\x93", "-", ""};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t n = strlen(seps[k]);
        if ((size_t)(e - q) >= n && memcmp(q, seps[k], n) == 0 && (n || q[-1] == '-') && q > s) {
            const char *r = q + n;
            if (!blank_at(r, e)) return NULL;
            r = skip_space(r, e);
            return intl_sentence_start(r, e) ? r : NULL;
        }
    }
    return NULL;
}

/* A date as a dateline at a paragraph's start: "Nov. 26 -- Great-uncle
 * ...", "June 3, 2000 _ The ...": a month's name or abbreviation, a day,
 * an optional year, a wire separator, and a sentence after it.  Returns its
 * end or NULL.  Prose that opens with a date has no separator after it
 * ("Nov. 26 was the day ..."), or no capital ("June 5 -- the day ..."). */
static const char *match_date_dateline(const char *s, const char *e)
{
    const char *w = s;
    while (w < e && isalpha((unsigned char)*w)) w++;
    if (w == s || !isupper((unsigned char)*s)) return NULL;
    size_t n = (size_t)(w - s);
    if (!pc_month_of_name(s, n) && !pc_month_of_abbrev(s, n)) return NULL;
    if (w < e && *w == '.') w++;
    w = skip_space(w, e);
    const char *d = w;
    while (w < e && isdigit((unsigned char)*w)) w++;
    if (w == d || w - d > 2) return NULL;
    const char *q = skip_space(w, e);
    if (q < e && *q == ',') { /* ", 2000" */
        const char *y = skip_space(q + 1, e), *ye = y;
        while (ye < e && isdigit((unsigned char)*ye)) ye++;
        if (ye - y != 4) return NULL;
        q = skip_space(ye, e);
    }
    static const char *const seps[] = {"--", "\xE2\x80\x94", "\xE2\x80\x93", "_"};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sn = strlen(seps[k]);
        if ((size_t)(e - q) > sn && memcmp(q, seps[k], sn) == 0 && blank_at(q + sn, e)) {
            const char *r = skip_space(q + sn, e);
            return sentence_start(r, e) ? r : NULL;
        }
    }
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* The wire services' furniture: notes to editors, contacts, budgets,
 * notices, slugs and end markers.  Each rule takes a whole paragraph
 * [s, e) (after any metadata) and asks for the family's own signs, never
 * one word alone, so that prose which mentions an editor, a call, a
 * budget or a time stays. */

/* Is w[0..n) at p a whole word (or phrase), in any case? */
static int word_at(const char *s, const char *p, const char *e, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(e - p) < n || strncasecmp(p, w, n) != 0) return 0;
    if (p > s && isalnum((unsigned char)w[0]) && isalnum((unsigned char)p[-1])) return 0;
    if (p + n < e && isalnum((unsigned char)w[n - 1]) && isalnum((unsigned char)p[n])) return 0;
    return 1;
}

/* Does [s, e) hold the word or phrase w, in any case? */
static int has_phrase(const char *s, const char *e, const char *w)
{
    int first = tolower((unsigned char)w[0]);
    for (const char *p = s; p < e; p++)
        if (tolower((unsigned char)*p) == first && word_at(s, p, e, w)) return 1;
    return 0;
}

/* Does [s, e) hold w as a word written in capitals exactly ("MOVED")? */
static int has_caps_word(const char *s, const char *e, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s; p + n <= e; p++)
        if (memcmp(p, w, n) == 0 && (p == s || !isalpha((unsigned char)p[-1])) &&
            (p + n == e || !isalpha((unsigned char)p[n])))
            return 1;
    return 0;
}

/* How many of the NULL-terminated words ws does [s, e) hold? */
static int count_phrases(const char *s, const char *e, const char *const *ws)
{
    int n = 0;
    for (; *ws; ws++) n += has_phrase(s, e, *ws);
    return n;
}

/* k digits at p, not preceded or followed by another digit? */
static int digits_at(const char *p, const char *e, int k)
{
    for (int i = 0; i < k; i++)
        if (p + i >= e || !isdigit((unsigned char)p[i])) return 0;
    return p + k >= e || !isdigit((unsigned char)p[k]);
}

/* A North American phone number: "404-526-5887", "(404) 526-5887",
 * "800.444.0267" (the wire services' desks are American). */
static int has_phone(const char *s, const char *e)
{
    for (const char *p = s; p < e; p++) {
        if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1]))) continue;
        if (!digits_at(p, e, 3)) continue;
        const char *q = p + 3;
        int gap = 0;
        while (q < e && (*q == '-' || *q == '.' || *q == ')' || *q == ' ') && gap < 2) q++, gap++;
        if (!gap || !digits_at(q, e, 3)) continue;
        q += 3;
        if (q < e && (*q == '-' || *q == '.') && digits_at(q + 1, e, 4)) return 1;
    }
    return 0;
}

/* An e-mail address, plain ("desk@example.com") or with the "(at)" the
 * wires write against harvesters ("toder(at)example.com"). */
static int has_email(const char *s, const char *e)
{
    for (const char *p = s + 1; p < e; p++) {
        const char *r = NULL;
        if (*p == '@') r = p + 1;
        else if (e - p >= 4 && strncasecmp(p, "(at)", 4) == 0) r = p + 4;
        if (!r || !isalnum((unsigned char)p[-1]) || r >= e || !isalnum((unsigned char)*r)) continue;
        while (r < e && (isalnum((unsigned char)*r) || *r == '-')) r++;
        if (r + 1 < e && *r == '.' && isalpha((unsigned char)r[1])) return 1;
    }
    return 0;
}

/* A clock time: "6 p.m.", "10:30 a.m.", "8 a.m." */
static int has_clock(const char *s, const char *e)
{
    for (const char *p = s; p < e; p++) {
        if (!isdigit((unsigned char)*p)) continue;
        const char *q = p;
        while (q < e && (isdigit((unsigned char)*q) || *q == ':')) q++;
        q = skip_space(q, e);
        if (e - q >= 4 && (strncasecmp(q, "a.m.", 4) == 0 || strncasecmp(q, "p.m.", 4) == 0)) return 1;
        p = q > p ? q - 1 : p;
    }
    return 0;
}

static int no_lowercase(const char *s, const char *e)
{
    int up = 0;
    for (; s < e; s++) {
        if (islower((unsigned char)*s)) return 0;
        up += isupper((unsigned char)*s) != 0;
    }
    return up > 0;
}

/* A note to editors: it opens with their name and a colon or a dash
 * ("EDs: Moving in ...", "Editors: ...", "EDITOR'S NOTE -- ...", "NOTE TO
 * EDITORS"), or it is a parenthesis written all in capitals, the wires'
 * instructions to the desk ("(STORY CAN END HERE. OPTIONAL MATERIAL
 * FOLLOWS.)").  Prose about an editor names him in a sentence instead. */
static int is_desk_note(const char *s, const char *e)
{
    static const char *const heads[] = {"eds",           "ed",           "editors",      "editor",
                                        "editor's note", "editors' note", "editors note", "editor's notes",
                                        "note to editors", "note to eds", "attention editors",
                                        "advisory", "editor's advisory", NULL};
    const char *p = s;
    if (p < e && *p == '(') p++;
    p = skip_space(p, e);
    for (const char *const *h = heads; *h; h++) {
        if (!word_at(p, p, e, *h)) continue;
        const char *q = skip_space(p + strlen(*h), e);
        /* a colon after the name: "EDs:", "Editors:"; or, for the longer
         * names, a dash: "EDITOR'S NOTE --" (a man called Ed may be
         * followed by a dash, "Ed -- my neighbour -- said ...") */
        if (q < e && *q == ':') return 1;
        int dash = (q < e && (*q == '_' || *q == '-')) ||
                   (e - q >= 3 && (memcmp(q, "\xE2\x80\x94", 3) == 0 || memcmp(q, "\xE2\x80\x93", 3) == 0));
        if (dash && strlen(*h) > 3) return 1;
        /* "EDITOR'S NOTE Hastings ...", "NOTE TO EDITORS" in capitals */
        if (strlen(*h) > 3 && no_lowercase(p, p + strlen(*h))) return 1;
    }
    /* an all-caps parenthesis of two words or more */
    const char *t = e;
    if (t > s && t[-1] == '.') t--;
    return *s == '(' && t > s && t[-1] == ')' && no_lowercase(s, e) && count_words(s, e) >= 2;
}

/* A contact line: a phone number or an e-mail address, with a word that
 * says whom or why to contact ("The day news editor is ..., 404-...",
 * "Questions should be directed to ... at 404-..."), or a web address with
 * a word that sends the reader there ("For more information, see
 * www.example.org").  A sentence that mentions an editor or a call
 * without a number stays. */
static int is_contact(const char *s, const char *e)
{
    static const char *const cues[] = {"editor",  "editors", "contact",  "contacts", "questions",
                                       "call",    "calls",   "phone",    "telephone", "fax",
                                       "e-mail",  "email",   "reach",    "directed",  "write",
                                       "manager", "bureau",  "desk",     "information", "inquiries", NULL};
    /* a web address is a way to reach someone only with a word that
     * sends the reader there; a story cites sites for other reasons */
    static const char *const web_cues[] = {"contact", "for information", "for more information",
                                           "write", NULL};
    if (count_words(s, e) > CONTACT_MAX_WORDS) return 0;
    if (has_phone(s, e) || has_email(s, e)) return count_phrases(s, e, cues) > 0;
    if (has_phrase(s, e, "www") || has_phrase(s, e, "http")) return count_phrases(s, e, web_cues) > 0;
    return 0;
}

/* The end of a budget line: the author and service in brackets, then the
 * story's length or a status in capitals ("(Turay, Cox News Service).
 * 18.", "(McNeely, Austin American-Statesman) MOVED").  Prose does not
 * end with a bare number or a word in capitals after a bracket. */
static int credit_tail(const char *s, const char *e)
{
    const char *t = e;
    int tokens = 0;
    for (;;) {
        while (t > s && isspace((unsigned char)t[-1])) t--;
        if (t > s && t[-1] == '.') t--;
        const char *w = t;
        while (w > s && (isdigit((unsigned char)w[-1]) || isupper((unsigned char)w[-1]))) w--;
        if (w == t || (w > s && !isspace((unsigned char)w[-1]) && w[-1] != ')' && w[-1] != '.')) break;
        tokens++;
        t = w;
        if (tokens > CREDIT_MAX_TAIL) return 0;
    }
    if (!tokens) return 0;
    while (t > s && (isspace((unsigned char)t[-1]) || t[-1] == '.')) t--;
    if (t == s || t[-1] != ')') return 0;
    for (const char *o = t - 1; o > s && t - o < CREDIT_MAX_BYTES; o--)
        if (o[-1] == '(') return 1;
    return 0;
}

/* A story budget or a move time: the wire's schedule of stories for its
 * clients ("Spot news budgets move daily at 2 p.m.", "If stories will
 * move after 8 p.m., an ETA will be given", "These columns ... are moving
 * today to clients"), a budget line ending with its credit, or a status
 * in capitals ("MOVED").  It needs a verb of moving with a clock time or
 * two of the wire's words, so "The talks began at 6 p.m." and "The budget
 * moved to the Senate" stay. */
static int is_budget(const char *s, const char *e)
{
    static const char *const wire[] = {"budgets",  "budget line", "advisory", "resend",    "for release",
                                       "clients",  "stories",     "columns",  "category",  "editions",
                                       "news service", NULL};
    static const char *const moves[] = {"move", "moves", "moved", "moving", NULL};
    if (has_phrase(s, e, "updates are possible")) return 1;
    /* a status in capitals; not "ETA", which is also a Basque group */
    if (has_caps_word(s, e, "MOVED") || has_caps_word(s, e, "MOVING")) return 1;
    if (credit_tail(s, e)) return 1;
    if (!count_phrases(s, e, moves)) return 0;
    int w = count_phrases(s, e, wire);
    return w >= 2 || (w >= 1 && has_clock(s, e));
}

/* A distribution or syndication notice: it opens with "Distributed by",
 * "For use by", "Not for publication", a copyright ("(c) 2000 ...", "c.
 * 2000 ..."), or holds "All rights reserved"; or two of the syndicates'
 * words in a short paragraph ("layouts are for sale over the web").  A
 * house for sale or food distributed by the Red Cross stays. */
static int is_notice(const char *s, const char *e)
{
    /* openings no story sentence starts with, in a short paragraph ("To
     * order", "For information about", "Copyright law" open prose) */
    static const char *const opens[] = {"distributed by", "for use by", "not for publication",
                                        "story filed by", NULL};
    static const char *const weak[] = {"for sale",   "layouts",  "subscribers", "subscribing", "clients",
                                       "news service", "syndicate", "reprint",
                                       "to publish", "for use",  NULL};
    const char *p = s;
    while (p < e && (*p == '(' || isspace((unsigned char)*p))) p++;
    size_t words = count_words(s, e);
    if (words <= NOTICE_WEAK_MAX_WORDS)
        for (const char *const *o = opens; *o; o++)
            if (word_at(p, p, e, *o)) return 1;
    if (has_phrase(s, e, "all rights reserved") || has_phrase(s, e, "not for publication")) return 1;
    /* a copyright with its year: "(c) 2000 Cox News Service", "c. 2000
     * ...", "(C) 1999", "Copyright 2000", "Copyright (c) 2000", "© 2000" */
    const char *q = skip_space(s, e); /* here "(c)" keeps its bracket */
    int word = 0, sign = 0;
    if (word_at(q, q, e, "copyright")) q = skip_space(q + 9, e), word = 1;
    if (e - q >= 3 && strncasecmp(q, "(c)", 3) == 0) q = skip_space(q + 3, e), sign = 1;
    else if (e - q >= 2 && memcmp(q, "\xC2\xA9", 2) == 0) q = skip_space(q + 2, e), sign = 1;
    else if (!word && e - q >= 2 && strncasecmp(q, "c.", 2) == 0) q = skip_space(q + 2, e), sign = 2;
    /* a year after any of them; "Copyright (c) The Times" and "© The
     * Times" need none, the sign says it; "c." alone needs its year */
    if ((word || sign) && digits_at(q, e, 4)) return 1;
    if (sign == 1) return 1;
    /* a web address counts once, however it is written */
    int url = has_phrase(s, e, "www") || has_phrase(s, e, "http");
    return words <= NOTICE_WEAK_MAX_WORDS && count_phrases(s, e, weak) + url >= 2;
}

/* A slug token: capitals and digits in two parts or more, joined by
 * hyphens ("CUBA-ELIAN", "BC-CUBA-ELIAN-NYT").  Returns its end or NULL. */
static const char *match_slug_token(const char *s, const char *e)
{
    const char *p = s;
    int parts = 0, letters = 0;
    for (;;) {
        const char *w = p;
        while (p < e && (isupper((unsigned char)*p) || isdigit((unsigned char)*p))) letters += isupper((unsigned char)*p++) != 0;
        if (p == w) return NULL;
        parts++;
        if (p + 1 < e && *p == '-' && (isupper((unsigned char)p[1]) || isdigit((unsigned char)p[1]))) p++;
        else break;
    }
    if (parts < 2 || letters < 2 || (p < e && !isspace((unsigned char)*p))) return NULL;
    return p;
}

/* A slug paragraph: the token alone, or with its date and length
 * ("BC-CUBA-ELIAN-NYT 01-13 0575"), or with a separator ("CUBA-ELIAN _"). */
static int is_slug(const char *s, const char *e)
{
    const char *p = match_slug_token(s, e);
    if (!p) return 0;
    /* every step moves on: a separator, a blank of any kind (a line break
     * is one), or a run of digits and hyphens followed by a blank */
    for (p = skip_space(p, e); p < e; p = skip_space(p, e)) {
        if (*p == '_' || isspace((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *q = p;
        while (p < e && (isdigit((unsigned char)*p) || *p == '-')) p++;
        if (p == q || (p < e && !isspace((unsigned char)*p))) return 0;
    }
    return 1;
}

/* A slug before a dateline or a story ("INTERNET-POLITICS _ WASHINGTON _
 * ...", "AUTISM-THERAPY (Undated) _ The ..."): the token, an optional
 * bracket, and "_".  Returns the end of the slug or NULL.  A hyphenated city
 * ("WINSTON-SALEM _ The ...") matches too, and goes as a dateline would. */
static const char *match_slug_prefix(const char *s, const char *e)
{
    const char *p = match_slug_token(s, e);
    if (!p) return NULL;
    p = skip_space(p, e);
    if (p < e && *p == '(') {
        const char *r = memchr(p, ')', (size_t)(e - p));
        if (!r || r - p >= DATELINE_MAX_AGENCY) return NULL;
        p = skip_space(r + 1, e);
    }
    if (p >= e || *p != '_' || !blank_at(p + 1, e)) return NULL;
    p = skip_space(p + 1, e);
    return sentence_start(p, e) ? p : NULL;
}

/* An end marker, the whole paragraph: "(END)", "END", "-30-", "# # #",
 * "(MORE)", or the trailer "NYT-12-03-00 1845EST" (agency, date, time). */
static int is_end_marker(const char *s, const char *e)
{
    static const char *const marks[] = {"(END)", "END", "-30-", "# # #", "###", "(MORE)", "-0-", NULL};
    for (const char *const *m = marks; *m; m++) {
        size_t n = strlen(*m);
        if ((size_t)(e - s) == n && memcmp(s, *m, n) == 0) return 1;
    }
    /* AGENCY-MM-DD-YY HHMMZZZ */
    const char *p = s;
    while (p < e && isupper((unsigned char)*p)) p++;
    if (p - s < 2 || p - s > 5) return 0;
    for (int k = 0; k < 3; k++) {
        if (p >= e || *p != '-' || !digits_at(p + 1, e, 2)) return 0;
        p += 3;
    }
    p = skip_space(p, e);
    if (!digits_at(p, e, 4)) return 0;
    p += 4;
    const char *z = p;
    while (p < e && isupper((unsigned char)*p)) p++;
    return p - z >= 2 && skip_space(p, e) == e;
}

/* An end marker closing a paragraph of text ("... the end. (END)"):
 * returns where it starts, or NULL. */
static const char *trailing_end_marker(const char *s, const char *e)
{
    static const char *const marks[] = {"(END)", "-30-", NULL};
    for (const char *const *m = marks; *m; m++) {
        size_t n = strlen(*m);
        if ((size_t)(e - s) > n && memcmp(e - n, *m, n) == 0 && isspace((unsigned char)e[-(long)n - 1]))
            return e - n;
    }
    return NULL;
}

/* Which furniture the paragraph [s, e) is, or 0. */
static pc_reason furniture(const char *s, const char *e)
{
    if (is_end_marker(s, e)) return PC_RM_END;
    if (is_slug(s, e)) return PC_RM_SLUG;
    if (count_words(s, e) > FURNITURE_MAX_WORDS) return 0;
    if (is_desk_note(s, e)) return PC_RM_DESK_NOTE;
    if (is_contact(s, e)) return PC_RM_CONTACT;
    if (is_notice(s, e)) return PC_RM_NOTICE;
    if (is_budget(s, e)) return PC_RM_BUDGET;
    return 0;
}

/* An all-caps speaker label before a quote: "VLADMIR PUTIN RUSSIAN PRESIDENT "We ...". */
static const char *match_label(const char *s, const char *e)
{
    const char *p = s;
    int words = 0;
    while (p < e) {
        const char *w = p;
        while (p < e && (isupper((unsigned char)*p) || *p == '.' || *p == '-' || *p == '\'')) p++;
        if (p - w < LABEL_MIN_WORD_BYTES) {
            p = w;
            break;
        }
        words++;
        if (p < e && *p == ' ') p++;
        else break;
    }
    if (words < LABEL_MIN_WORDS) return NULL;
    p = skip_space(p, e);
    return (p < e && pc_quote_mark(p, (size_t)(e - p))) ? p : NULL;
}

static int starts_with_ci(const char *s, const char *e, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(e - s) >= n && strncasecmp(s, w, n) == 0;
}

static int is_boilerplate(const char *s, const char *e)
{
    static const char *const phrases[] = {"advertisement", "read more",   "related:",
                                          "share this",    "click here",  "sign up for",
                                          "subscribe to",  "follow us on", "all rights reserved"};
    /* "Copyright" lines are notices (is_notice), which ask for a year or a
     * sign after the word: "Copyright law was changed ..." is prose */
    for (size_t k = 0; k < sizeof phrases / sizeof *phrases; k++)
        if (starts_with_ci(s, e, phrases[k]) && count_words(s, e) <= BOILERPLATE_MAX_WORDS) return 1;
    return 0;
}

/* Words that show a finite verb: a body sentence has one, a caption rarely. */
static int finite_cue(const char *w, size_t n)
{
    static const char *const cues[] = {"is",   "are",  "was",   "were",   "be",    "been",  "has",
                                       "have", "had",  "will",  "would",  "can",   "could", "shall",
                                       "should", "may", "might", "must",  "do",    "does",  "did",
                                       "said", "says", "say",   "told",   "tells", "according",
                                       "it's", "there"};
    /* irregular past tenses that news sentences use most */
    static const char *const past[] = {
        "met", "took", "made", "went", "came", "saw", "gave", "found", "held", "left", "led",
        "won", "lost", "sent", "spent", "built", "began", "brought", "bought", "thought",
        "became", "fell", "felt", "kept", "knew", "ran", "rose", "spoke", "stood", "struck",
        "sought", "wrote", "broke", "chose", "drew", "drove", "fought", "flew", "grew", "heard",
        "hid", "meant", "paid", "rode", "sat", "shot", "sank", "stole", "swore", "taught",
        "threw", "understood", "wore", "got", "did", "sold", "told", "became", "forgot"};
    if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd') return 1;
    if (!n) return 0;
    int first = tolower((unsigned char)w[0]);  /* checked first: most words match none */
    for (size_t k = 0; k < sizeof past / sizeof *past; k++)
        if (past[k][0] == first && strlen(past[k]) == n && strncasecmp(w, past[k], n) == 0) return 1;
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++)
        if (cues[k][0] == first && strlen(cues[k]) == n && strncasecmp(w, cues[k], n) == 0) return 1;
    if (n >= 3 && (strncmp(w + n - 3, "n't", 3) == 0)) return 1;
    return 0;
}

/* A photo caption: one sentence of CAPTION_MIN_WORDS to CAPTION_MAX_WORDS
 * words, no quotes, no finite-verb cue. */
static int is_caption(const char *s, const char *e)
{
    size_t words = count_words(s, e);
    if (words < CAPTION_MIN_WORDS || words > CAPTION_MAX_WORDS || !ends_final(s, e)) return 0;
    for (const char *p = s; p < e; p++) {
        if (pc_quote_mark(p, (size_t)(e - p))) return 0;
        /* more than one sentence */
        if ((*p == '.' || *p == '?' || *p == '!') && p > s && islower((unsigned char)p[-1]) &&
            p + 2 < e && p[1] == ' ' && isupper((unsigned char)p[2]))
            return 0;
    }
    const char *p = s;
    while (p < e) {
        while (p < e && !isalpha((unsigned char)*p)) p++;
        const char *w = p;
        while (p < e && (isalpha((unsigned char)*p) || *p == '\'')) p++;
        if (p > w && finite_cue(w, (size_t)(p - w))) return 0;
    }
    return 1;
}

/* A list item ("- ", "* ", "\xE2\x80\xA2 ", "1. ", "2) ", "a) "): content, never a
 * heading, though it is short and may have no final punctuation. */
static int list_item(const char *s, const char *e)
{
    if (e - s >= 2 && (*s == '-' || *s == '*') && s[1] == ' ') return 1;
    if (e - s >= 3 && memcmp(s, "\xE2\x80\xA2", 3) == 0) return 1; /* a bullet */
    const char *p = s;
    while (p < e && p - s < 3 && isdigit((unsigned char)*p)) p++;
    if (p == s && p < e && isalpha((unsigned char)*p)) p++;
    return p > s && p + 1 < e && (*p == '.' || *p == ')') && p[1] == ' ';
}

/* A heading: a short paragraph without final punctuation, or a short line
 * entirely in single quotes (the headline style: ‘Kurils are Russian land!’). */
static int is_heading(const char *s, const char *e)
{
    size_t words = count_words(s, e);
    if (words <= HEADING_MAX_WORDS) { /* Chinese, Japanese ...: the words ICU finds */
        char *f = pc_fold(s, (size_t)(e - s));
        size_t w = pc_count_words(f);
        free(f);
        if (w > words) words = w;
    }
    if (words == 0) return 0;
    if (!ends_final(s, e) && words <= HEADING_MAX_WORDS) return 1;
    while (e > s && isspace((unsigned char)e[-1])) e--;
    int open = (e - s >= 3 && memcmp(s, PC_LSQUO, 3) == 0) || *s == '\'';
    int close = (e - s >= 3 && memcmp(e - 3, PC_RSQUO, 3) == 0) || e[-1] == '\'';
    return open && close && words <= SLOGAN_MAX_WORDS;
}

/* Lines are wrapped (paragraphs span several lines) when most lines that are
 * followed by another non-blank line do not end a sentence. */
static int detect_wrapped(const char *s, size_t n)
{
    size_t pairs = 0, open = 0;
    const char *ls = s, *end = s + n;
    while (ls < end) {
        const char *le = memchr(ls, '\n', (size_t)(end - ls));
        if (!le) break;
        const char *ns = le + 1;
        const char *ne = memchr(ns, '\n', (size_t)(end - ns));
        if (!ne) ne = end;
        if (has_word(ls, le) && has_word(ns, ne)) {
            pairs++;
            if (!ends_final(ls, le)) open++;
        }
        ls = ns;
    }
    return pairs >= WRAP_MIN_PAIRS && open * 2 > pairs;
}

int pc_doc_wrapped(const pc_doc *d)
{
    return d->wrapped ? d->wrapped > 0 : detect_wrapped(d->text, d->len);
}


/* A date line under the headline ("7 ноября 2019 года", "Lunes, 3 de abril
 * de 2012", "2020年3月5日"): a heading among the first DATE_LINE_PARAS
 * paragraphs that is one absolute, day-precise date in the document's
 * language, with at most a weekday or a time beside it.  Dates the undated
 * document d (the line goes as metadata, not as a heading) and returns 1;
 * else 0. */
enum { DATE_LINE_PARAS = 3, DATE_LINE_MAX = 80 };
static int date_line(pc_doc *d, const char *b, const char *e)
{
    if (e - b > DATE_LINE_MAX) return 0;
    /* "12.10.2021": the dotted day.month.year of European newspapers (the
     * US writes month/day with slashes, which this does not read) */
    {
        const char *p = b, *q = e;
        while (p < q && isspace((unsigned char)*p)) p++;
        while (q > p && isspace((unsigned char)q[-1])) q--;
        int v[3] = {0, 0, 0}, k = 0, digits = 0;
        for (; p < q && k < 3; p++) {
            if (isdigit((unsigned char)*p) && digits < 4) {
                v[k] = v[k] * 10 + (*p - '0');
                digits++;
            } else if (*p == '.' && digits && k < 2) {
                k++;
                digits = 0;
            } else {
                break;
            }
        }
        if (p == q && k == 2 && digits == 4 && v[1] >= 1 && v[1] <= 12 && v[0] >= 1 &&
            v[2] >= 1000 && v[0] <= pc_days_in_month(v[2], v[1])) {
            d->date = (precis_date){v[2], v[1], v[0]};
            return 1;
        }
    }
    pc_timex tx[3];
    precis_date none = {0, 0, 0};
    size_t n = pc_find_timex(b, (size_t)(e - b), none, d->lang, tx, 3);
    if (n != 1 || tx[0].relative || tx[0].grain != PRECIS_GRAIN_DAY || !tx[0].date.year) return 0;
    /* the date is most of the line: what is left is a weekday, a time, a comma */
    size_t rest = (size_t)(e - b) - (tx[0].end - tx[0].start);
    if (rest * 2 > (size_t)(e - b)) return 0;
    d->date = tx[0].date;
    return 1;
}

/* Paragraphs: blocks between blank lines, or lines when not wrapped. */
static size_t count_paragraphs(const char *s, const char *end, int wrapped)
{
    size_t n = 0;
    int prev_blank = 1;
    while (s < end) {
        const char *le = memchr(s, '\n', (size_t)(end - s));
        if (!le) le = end;
        int blank = !has_word(s, le);
        if (!blank && (prev_blank || !wrapped)) n++;
        prev_blank = blank;
        s = le + 1;
    }
    return n;
}

void pc_clean_lines(pc_doc *d)
{
    int wrapped = pc_doc_wrapped(d);
    /* the rules that read English words (captions) apply to English only */
    int english = !d->lang[0] || strcmp(d->lang, "english") == 0;
    const char *s = d->text, *end = s + d->len, *p = s;
    size_t para = 0;
    size_t first_para_start = (size_t)-1;
    size_t nparas = count_paragraphs(s, end, wrapped);
    while (p < end) {
        /* the next paragraph: [ps, pe) */
        while (p < end && isspace((unsigned char)*p)) p++;
        if (p >= end) break;
        const char *ps = p, *pe = p;
        for (;;) {
            const char *le = memchr(pe, '\n', (size_t)(end - pe));
            if (!le) {
                pe = end;
                break;
            }
            pe = le;
            if (!wrapped) break;
            const char *nx = le + 1;
            const char *ne = memchr(nx, '\n', (size_t)(end - nx));
            if (!ne) ne = end;
            if (!has_word(nx, ne)) break;
            pe = ne;
            if (ne == end) break;
        }
        p = pe;
        const char *t = pe;
        while (t > ps && isspace((unsigned char)t[-1])) t--;
        if (first_para_start == (size_t)-1) first_para_start = (size_t)(ps - s);

        const char *body = ps;
        if (para == 0) {
            const char *m = match_metadata(d, body, t);
            if (m) {
                pc_remove(d, (size_t)(body - s), (size_t)(m - s), PC_RM_METADATA);
                body = skip_space(m, t);
            }
        }
        /* the wire's furniture goes whole, before a dateline is looked for:
         * "EDITOR'S NOTE --" would pass for one */
        pc_reason furn = body < t ? furniture(body, t) : 0;
        if (furn) {
            pc_remove(d, (size_t)(body - s), (size_t)(t - s), furn);
            para++;
            continue;
        }
        const char *tail = trailing_end_marker(body, t);
        if (tail) {
            pc_remove(d, (size_t)(tail - s), (size_t)(t - s), PC_RM_END);
            t = tail;
            while (t > body && isspace((unsigned char)t[-1])) t--;
        }
        const char *slug = match_slug_prefix(body, t);
        if (slug) {
            pc_remove(d, (size_t)(body - s), (size_t)(slug - s), PC_RM_SLUG);
            body = slug;
        }
        /* a date as a dateline, "Nov. 26 -- ...", in any paragraph */
        const char *dd = match_date_dateline(body, t);
        if (dd) {
            pc_remove(d, (size_t)(body - s), (size_t)(dd - s), PC_RM_DATELINE);
            body = dd;
        }
        const char *before_dateline = body;
        if (para >= DATELINE_PARAS || slug || dd) {
            /* past the first paragraphs, only an unambiguous dateline */
            const char *m = match_dateline(body, t, 1);
            if (m) {
                pc_remove(d, (size_t)(body - s), (size_t)(m - s), PC_RM_DATELINE);
                body = m;
            }
        } else {
            const char *m = match_dateline(body, t, 0);
            const char *im = m || english ? NULL : match_intl_dateline(body, t, para == 0);
            if (im) {
                pc_remove(d, (size_t)(body - s), (size_t)(im - s), PC_RM_DATELINE);
                body = im;
            }
            if (m) {
                /* whatever stood above the dateline was a caption or a header */
                if (para > 0) pc_remove(d, first_para_start, (size_t)(ps - s), PC_RM_CAPTION);
                /* a full date in the dateline dates an undated article */
                precis_date_mention dm[4];
                size_t nd = d->date.year ? 0 : precis_find_dates(body, (size_t)(m - body), d->date, dm, 4);
                for (size_t k = 0; k < nd && k < 4 && !d->date.year; k++)
                    if (!dm[k].relative && dm[k].grain == PRECIS_GRAIN_DAY) d->date = dm[k].date;
                pc_remove(d, (size_t)(body - s), (size_t)(m - s), PC_RM_DATELINE);
                body = m;
            }
        }
        /* a slug or a kicker in capitals before the dateline ("ROSES _
         * DALTON, Ga. _ ..."): the first match was it, the second the place */
        if (body != before_dateline) {
            const char *m = match_dateline(body, t, 1);
            if (m) {
                pc_remove(d, (size_t)(body - s), (size_t)(m - s), PC_RM_DATELINE);
                body = m;
            }
        }
        const char *lab = match_label(body, t);
        if (lab) {
            free(d->speaker_label);
            d->speaker_label = pc_fold(body, (size_t)(lab - body));
            pc_remove(d, (size_t)(body - s), (size_t)(lab - s), PC_RM_LABEL);
            body = lab;
        }
        if (body < t) {
            pc_reason reason = is_boilerplate(body, t)                         ? PC_RM_BOILERPLATE
                               /* a document of one paragraph is no heading: nothing of
                                * it would be left (input never vanishes silently) */
                               : nparas > 1 && is_heading(body, t) && !list_item(body, t)
                                   ? PC_RM_HEADING
                               : english && para > 0 && nparas >= CAPTION_MIN_PARAS && is_caption(body, t) ? PC_RM_CAPTION
                                                                                : 0;
            if (reason == PC_RM_HEADING && para < DATE_LINE_PARAS && !d->date.year &&
                date_line(d, body, t))
                reason = PC_RM_METADATA;
            if (reason) pc_remove(d, (size_t)(body - s), (size_t)(t - s), reason);
        }
        para++;
    }
}

/* A sentence that repeats an earlier one of the same document word for word
 * is dropped.  Its key is its lowercased words, each followed by a space
 * (analyze.c builds the keys in the same pass that tokenizes), so curly
 * and straight quotes, dashes, case and spacing do not matter: the key of
 * the document's i-th sentence is keys[kend[i-1] .. kend[i]). */
void pc_clean_repeats(precis_cluster *c, pc_doc *d, const char *keys, const uint32_t *kend)
{
    pc_map seen = {0};
    for (size_t i = 0; i < d->nsent; i++) {
        pc_sent *st = &c->sents[d->sent0 + i];
        size_t k0 = i ? kend[i - 1] : 0, kl = kend[i] - k0;
        int added = 0;
        if (kl >= REPEAT_MIN_KEY) pc_map_put(&seen, keys + k0, kl, (uint32_t)i, &added);
        if (kl >= REPEAT_MIN_KEY && !added) {
            st->removed = PC_REPEATED;
            PC_GROW(d->rm, d->caprm, d->nrm + 1);
            pc_removal *r = &d->rm[d->nrm++];
            r->start = st->start;
            r->end = st->end;
            r->reason = PC_RM_REPEATED;
            r->text = pc_strdup(st->text);
        }
    }
    pc_map_free(&seen);
}
