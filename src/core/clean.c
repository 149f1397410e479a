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
 */
#include "internal.h"
#include "dates/dates.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

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
    REPEAT_MIN_KEY = 12         /* shorter sentences ("No.", "Yes, he said.") may repeat */
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
    return 0;
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

/* A dateline: "NAGATO:", "CNN  —", "PINE RIDGE, S.D. (AP) --",
 * "BEIJING, July 7 (Xinhua) --", "WASHINGTON _".  Returns its end or NULL. */
static const char *match_dateline(const char *s, const char *e)
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
    if (last[-1] == ',' && q < e && isupper((unsigned char)*q)) {
        const char *w = q;
        while (w < e && isalpha((unsigned char)*w)) w++;
        if (w < e && *w == '.') w++;
        w = skip_space(w, e);
        const char *digits = w;
        while (w < e && isdigit((unsigned char)*w)) w++;
        if (w > digits) {
            q = skip_space(w, e);
            /* "MOSCOW, Jan. 22, 2019 (Reuters) -" */
            const char *y = q < e && *q == ',' ? skip_space(q + 1, e) : q;
            const char *ye = y;
            while (ye < e && isdigit((unsigned char)*ye)) ye++;
            if (ye - y == 4) q = skip_space(ye, e);
        }
    }
    /* optional "(AP)" */
    if (q < e && *q == '(') {
        const char *r = memchr(q, ')', (size_t)(e - q));
        if (r && r - q < DATELINE_MAX_AGENCY) q = skip_space(r + 1, e);
    }
    /* the separator */
    static const char *const seps[] = {"--", ":", "\xE2\x80\x94", "\xE2\x80\x93", "_", "-"};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t n = strlen(seps[k]);
        if ((size_t)(e - q) >= n && memcmp(q, seps[k], n) == 0) {
            const char *r = q + n;
            if (r < e && !blank_at(r, e) && *r != '\n') return NULL; /* "10:30" */
            return skip_space(r, e);
        }
    }
    return NULL;
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
                                          "subscribe to",  "follow us on", "all rights reserved",
                                          "copyright"};
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

/* A heading: a short paragraph without final punctuation, or a short line
 * entirely in single quotes (the headline style: ‘Kurils are Russian land!’). */
static int is_heading(const char *s, const char *e)
{
    size_t words = count_words(s, e);
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
        if (para < DATELINE_PARAS) {
            const char *m = match_dateline(body, t);
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
        const char *lab = match_label(body, t);
        if (lab) {
            free(d->speaker_label);
            d->speaker_label = pc_fold(body, (size_t)(lab - body));
            pc_remove(d, (size_t)(body - s), (size_t)(lab - s), PC_RM_LABEL);
            body = lab;
        }
        if (body < t) {
            pc_reason reason = is_boilerplate(body, t)                         ? PC_RM_BOILERPLATE
                               : is_heading(body, t)                           ? PC_RM_HEADING
                               : para > 0 && nparas >= CAPTION_MIN_PARAS && is_caption(body, t) ? PC_RM_CAPTION
                                                                                : 0;
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
