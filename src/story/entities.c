/*
 * entities.c — people, places and organisations named in a cluster, with
 * their aliases merged into one entity each.  A story module: reads an
 * analysed cluster (its sentences, and the speaker labels the cleaner
 * removed) and the word classes of names.c; quotes.c maps speakers to its
 * entities, the renderers print them.
 *
 * Mentions are capitalised spans ("Shinzo Abe", "Ministry of Foreign
 * Affairs", "VLADMIR PUTIN"), found without a statistical model:
 *   - a sentence's first word counts only when the cluster also capitalises
 *     it elsewhere and never writes it in lowercase ("Shortly", "The" do not);
 *   - leading titles are taken off the name and mark a person ("Russian
 *     President Vladimir Putin" names "Vladimir Putin"), as do a role word
 *     before it ("adviser Yuri Ushakov") and a reporting verb beside it;
 *   - possessives end a name ("Japan's" names "Japan");
 *   - spans of nationality adjectives or titles alone are not names.
 * Names then merge, in this order, by union-find (precis_entities_find
 * lists the steps, one function each):
 *   1. the same name, whatever its case or titles;
 *   2. one-letter misspellings of words of five letters or more, word for
 *      word ("Vladmir Putin", "Sergei/Sergey Lavrov", "Kurils/Kuriles"),
 *      unless both are places of the gazetteer;
 *   3. naming patterns in a sentence: "known in Japan as A and in Russia as
 *      B", "X, known in Japanese as Y", "referred to as A by ... and B by ...",
 *      "X, which Japan calls Y", "X (ACRONYM)" when the letters are X's
 *      initials;
 *   4. a lone surname with the most mentioned full name that ends with it
 *      ("Abe" with "Shinzo Abe").
 * The type comes from evidence over all mentions: the gazetteer (names.c)
 * or a place word ("Islands") makes a place, an organisation word
 * ("Ministry") an organisation, a title, role or reporting verb a person,
 * prepositions of place ("in", "to") a place; otherwise "other".
 */
#include "story/story.h"
#include "story/names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- words ------------------------------------------------------------- */

typedef struct {
    uint32_t s, e;        /* bytes in the region */
    uint8_t cap;          /* starts with a capital */
    uint8_t allcaps;      /* every letter a capital, two letters or more */
    uint8_t poss;         /* ended by 's (removed from e) */
    uint8_t joined;       /* only white space between it and the previous word */
    uint8_t initial;      /* the first word of its sentence */
    uint8_t digits;       /* has a digit ("767", "AF4590") */
    unsigned cl;          /* pc_name_class of low, looked up once */
    char low[48];         /* lowercase form (truncated) */
    uint8_t lown;
} word;

static int is_letter(utf8proc_int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_ND;
}

static utf8proc_int32_t cp_at(const char *s, size_t n, size_t i, size_t *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) {
        *len = 1;
        return -1;
    }
    *len = (size_t)k;
    return cp;
}

/* ASCII case-insensitive equality of n bytes. */
static int strncasecmp_ascii(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char x = a[i] >= 'A' && a[i] <= 'Z' ? (char)(a[i] + 32) : a[i];
        if (x != b[i]) return 0;
    }
    return 1;
}

static int is_apos(const char *s, size_t n, size_t i, size_t *len)
{
    if (s[i] == '\'') return *len = 1, 1;
    if (i + 2 < n && memcmp(s + i, PC_RSQUO, 3) == 0) return *len = 3, 1;
    return 0;
}

/* Whether s[0, n) is a prefix that makes an adjective of a name with a
 * hyphen ("non-Indian", "anti-Castro", "pro-Moscow", "ex-Soviet"). */
static int prefix_word(const char *s, size_t n)
{
    static const char *const p[] = {"non", "anti", "pro", "ex", "pre", "mid", "neo", "pan", NULL};
    for (const char *const *q = p; *q; q++)
        if (strlen(*q) == n && strncasecmp_ascii(s, *q, n)) return 1;
    return 0;
}

/* The words of s[0, n). */
static size_t words_of(const char *s, size_t n, word **out, size_t *cap)
{
    size_t nw = 0, i = 0;
    int punct = 1, any_word = 0, opened = 0;
    while (i < n) {
        size_t l;
        utf8proc_int32_t cp = cp_at(s, n, i, &l);
        if (cp < 0 || !is_letter(cp)) {
            if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r') {
                punct = 1;
                /* after an opening quote or a colon a word starts a sentence */
                opened = cp == '"' || cp == 0x201C || cp == 0x2018 || cp == ':' || cp == '(' ||
                         cp == 0x2014 || (cp == '-' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-'));
            }
            i += l;
            continue;
        }
        PC_GROW(*out, *cap, nw + 1);
        word *w = &(*out)[nw++];
        memset(w, 0, sizeof *w);
        w->s = (uint32_t)i;
        w->joined = !punct;
        w->initial = !any_word || opened;
        any_word = 1;
        opened = 0;
        punct = 0;
        utf8proc_category_t c0 = utf8proc_category(cp);
        w->cap = c0 == UTF8PROC_CATEGORY_LU || c0 == UTF8PROC_CATEGORY_LT;
        int letters = 0, upper = 0;
        for (;;) {
            cp = cp_at(s, n, i, &l);
            if (cp >= 0 && is_letter(cp)) {
                utf8proc_category_t c = utf8proc_category(cp);
                if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT) {
                    letters++;
                    upper += c != UTF8PROC_CATEGORY_LL;
                }
                utf8proc_uint8_t enc[4];
                utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
                if (w->lown + el < (int)sizeof w->low) {
                    memcpy(w->low + w->lown, enc, (size_t)el);
                    w->lown = (uint8_t)(w->lown + el);
                }
                i += l;
                continue;
            }
            /* joiners inside a word: U.S., al-Assad, O'Brien; 's ends it */
            size_t al;
            if (i < n && is_apos(s, n, i, &al)) {
                if (i + al < n && (s[i + al] == 's' || s[i + al] == 'S') &&
                    (i + al + 1 >= n || !is_letter(cp_at(s, n, i + al + 1, &l)))) {
                    w->poss = 1;
                    w->e = (uint32_t)i;
                    i += al + 1;
                    goto done;
                }
                if (i + al < n && is_letter(cp_at(s, n, i + al, &l))) {
                    /* a contraction ("I'm", "They're", "We'll") is no name */
                    static const char *const tails[] = {"m", "re", "ve", "ll", "d", "t", NULL};
                    for (const char *const *t = tails; *t; t++) {
                        size_t tl = strlen(*t);
                        if (i + al + tl <= n && memcmp(s + i + al, *t, tl) == 0 &&
                            (i + al + tl == n || !is_letter(cp_at(s, n, i + al + tl, &l))))
                            w->cap = 0;
                    }
                    i += al;
                    continue;
                }
            }
            if (i + 1 < n && (s[i] == '-' || s[i] == '.') && is_letter(cp_at(s, n, i + 1, &l))) {
                if (w->lown + 1 < (int)sizeof w->low) w->low[w->lown++] = s[i];
                /* "Left-wing" is no name; "al-Assad" is */
                if (s[i] == '-' && w->cap && !utf8proc_isupper(cp_at(s, n, i + 1, &l))) w->cap = 0;
                /* "al-Assad" is; "non-Indian", "anti-Castro", "pro-Moscow" are not */
                if (s[i] == '-' && !w->cap && i - w->s <= 3 && utf8proc_isupper(cp_at(s, n, i + 1, &l)) &&
                    !prefix_word(s + w->s, i - w->s))
                    w->cap = 1;
                i++;
                continue;
            }
            if (i < n && s[i] == '.' && w->lown >= 1 && memchr(w->low, '.', w->lown)) i++; /* U.S. */
            /* an initial or an abbreviated title keeps the name going:
             * "James E. Hall", "George H. W. Bush", "Mr. Smith", "Jr." */
            else if (i < n && s[i] == '.' && w->cap && i + 1 < n && s[i + 1] == ' ' &&
                     ((w->lown == 1 && w->low[0] >= 'a' && w->low[0] <= 'z') ||
                      (w->lown <= 4 && (pc_name_class(w->low, w->lown) & N_TITLE)) ||
                      (w->lown == 2 && (!memcmp(w->low, "jr", 2) || !memcmp(w->low, "sr", 2) ||
                                        !memcmp(w->low, "st", 2) || !memcmp(w->low, "mt", 2)))))
                i++;
            w->e = (uint32_t)i;
            break;
        }
    done:
        w->allcaps = letters >= 2 && upper == letters;
        for (size_t q = 0; q < w->lown && !w->digits; q++) w->digits = w->low[q] >= '0' && w->low[q] <= '9';
        /* an SGML entity left in the text ("&QL;", "&UR;") is no word of a name */
        if (w->s > 0 && s[w->s - 1] == '&' && w->e < n && s[w->e] == ';') w->cap = w->allcaps = 0;
        w->cl = w->cap || w->allcaps ? pc_name_class(w->low, w->lown) : pc_name_class_lists(w->low, w->lown);
    }
    return nw;
}

/* ---- mentions ---------------------------------------------------------- */

typedef struct {
    uint32_t doc;
    size_t start, end;      /* bytes in the document's input */
    uint32_t ws, we;        /* working offsets, for the naming patterns */
    uint32_t sent;          /* sentence (or label) ordinal */
    char *surface, *name, *key;
    char *short_key;        /* a short name's own key, when given its full name's */
    uint8_t ntok, person, loc, poss, upper;
    uint8_t org;            /* organisation evidence: "X President Y", a maker */
    uint8_t art;            /* a vehicle or product: "the submarine X", "Boeing 767" */
    uint8_t numbered;       /* ends with a number ("Flight 990") */
    uint8_t the;            /* after "the": no person ("the Concorde", "the Navajo") */
    uint8_t acronym;        /* one all-caps word without dots ("NTSB", "BEA") */
    uint8_t rewritten;      /* a short name given its full name's key */
    uint8_t weak;           /* German: one capitalised word and no evidence; kept only
                               when it is the short form of a full name */
    uint32_t group;         /* name group (same key) */
} mention;

typedef struct {
    precis_cluster *c;
    mention *m;
    size_t n, cap;
    pc_map lower_seen, cap_seen;
    word *w;
    size_t capw;
    uint32_t sent_no;
    /* German capitalises every noun: a capitalised word is no evidence of a
     * name there; the words the cluster writes after an article, a number
     * or an article and an adjective ("das Feuer", "3 Millionen", "einen
     * großen Schaden") are nouns */
    int german;
    pc_map nouns;
} ectx;

static unsigned cls(const word *w) { return w->cl; }

static int is_low(const word *w, const char *s)
{
    return strlen(s) == w->lown && memcmp(w->low, s, w->lown) == 0;
}

static int connector(const word *w)
{
    static const char *const c[] = {"de", "da", "du", "von", "van", "der", "al", "bin", "ibn",
                                    "la", "le", "del", "dos", NULL};
    for (const char *const *p = c; *p; p++)
        if (is_low(w, *p)) return 1;
    return 0;
}

/* The name within the words w[a..j] of a span, shared by mentions and
 * lookups so that both give one key: leading articles come off; so do
 * titles ("Russian President", "Foreign Minister", "U.S. President"),
 * unless the rest names an organisation or place ("Foreign Ministry"); in
 * an all-caps label, trailing titles too ("VLADMIR PUTIN RUSSIAN
 * PRESIDENT").  The name is w[k..j]. */
typedef struct {
    size_t a, k, j;      /* the span without articles; the name */
    int titled;          /* a title came off */
    int only_titles;     /* nothing but titles (then k = a) */
    int allcaps;
} name_span;

static int trim_name(const word *w, size_t a, size_t j, name_span *ns)
{
    while (a <= j && (is_low(&w[a], "the") || is_low(&w[a], "a") || is_low(&w[a], "an"))) a++;
    if (a > j) return 0;
    memset(ns, 0, sizeof *ns);
    ns->a = a;
    ns->allcaps = 1;
    for (size_t i = a; i <= j; i++) ns->allcaps &= w[i].allcaps;
    size_t k = a;
    while (k <= j && ((cls(&w[k]) & N_TITLE) ||
                      (k < j && (cls(&w[k]) & (N_DEMONYM | N_GAZETTEER)) && (cls(&w[k + 1]) & N_TITLE)))) {
        ns->titled |= (cls(&w[k]) & N_TITLE) != 0;
        k++;
    }
    int keyword = 0;
    for (size_t i = k; i <= j; i++) keyword |= (cls(&w[i]) & (N_ORG | N_PLACE)) != 0;
    ns->only_titles = k > j;
    if (ns->only_titles || (keyword && k > a)) {
        k = a;
        ns->titled = 0;
    }
    if (ns->allcaps)
        while (j > k && (cls(&w[j]) & (N_TITLE | N_DEMONYM))) j--, ns->titled = 1;
    ns->k = k;
    ns->j = j;
    return 1;
}

/* The lowercase words w[k..j] joined by single spaces (caller frees). */
static char *key_of(const word *w, size_t k, size_t j)
{
    pc_buf b = {0};
    for (size_t i = k; i <= j; i++) {
        if (i > k) pc_buf_putc(&b, ' ');
        pc_buf_put(&b, w[i].low, w[i].lown);
    }
    return b.s ? pc_buf_take(&b) : pc_strdup("");
}

/* Casefolded name with single spaces and straight apostrophes. */
char *pc_entity_key(const char *name, size_t n)
{
    word *w = NULL;
    size_t cap = 0, nw = words_of(name, n, &w, &cap);
    name_span ns;
    char *key = nw && trim_name(w, 0, nw - 1, &ns) ? key_of(w, ns.k, ns.j) : pc_strdup("");
    free(w);
    return key;
}

static char *title_case(const char *s, size_t n)
{
    char *out = pc_xmalloc(n + 1);
    int start = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        out[i] = (char)(start || ch >= 0x80 ? ch : (ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
        start = ch == ' ' || ch == '-';
    }
    out[n] = 0;
    return out;
}

static void add_mention(ectx *x, pc_doc *d, uint32_t di, const char *r, size_t base,
                        size_t limit, const word *w, size_t a, size_t k, size_t j, int person,
                        int loc, int allcaps)
{
    PC_GROW(x->m, x->cap, x->n + 1);
    mention *m = &x->m[x->n++];
    memset(m, 0, sizeof *m);
    m->doc = di;
    m->ws = (uint32_t)(base + w[a].s > limit ? limit : base + w[a].s);
    m->we = (uint32_t)(base + w[j].e > limit ? limit : base + w[j].e);
    m->start = pc_doc_orig(d, m->ws);
    m->end = pc_doc_orig(d, m->we);
    m->sent = x->sent_no;
    m->surface = pc_fold(r + w[a].s, w[j].e - w[a].s);
    m->name = allcaps && w[k].e - w[k].s > 4 ? title_case(r + w[k].s, w[j].e - w[k].s)
                                            : pc_fold(r + w[k].s, w[j].e - w[k].s);
    m->key = key_of(w, k, j);
    /* a lexicon's other name of one place or body: "U.S.", "America" ->
     * "united states"; the surface keeps what the text wrote */
    const char *canon = pc_name_alias(m->key, strlen(m->key));
    if (canon) {
        free(m->key);
        m->key = pc_strdup(canon);
        m->rewritten = 1; /* the name shown is the key's own words when written */
    }
    m->acronym = j == k && w[k].allcaps && !memchr(w[k].low, '.', w[k].lown) && w[k].lown <= 6;
    m->the = a > 0 && (is_low(&w[a - 1], "the") || is_low(&w[a - 1], "a"));
    m->ntok = (uint8_t)(j - k + 1 > 255 ? 255 : j - k + 1);
    m->person = (uint8_t)person;
    m->loc = (uint8_t)loc;
    m->poss = w[j].poss;
    m->upper = (uint8_t)allcaps;
}

static int reporting_verb(const word *w)
{
    static const char *const v[] = {"said", "says", "told", "added", "asked", "stressed",
                                    "insisted", "warned", "noted", "wrote", "tweeted",
                                    "explained", "declared", "replied", "argued",
                                    /* German */
                                    "sagte", "sagt", "erklärte", "betonte", "berichtete",
                                    "teilte", "warnte", NULL};
    for (const char *const *p = v; *p; p++)
        if (is_low(w, *p)) return 1;
    return 0;
}

static int locative(const word *w)
{
    static const char *const v[] = {"in", "to", "from", "at", "near", "outside", "across",
                                     "into", "toward", "towards", "visited", "visiting", "off",
                                     "throughout",
                                     /* German */
                                     "aus", "nach", "bei", "nahe", NULL};
    for (const char *const *p = v; *p; p++)
        if (is_low(w, *p)) return 1;
    return 0;
}

/* A lowercase noun before a name that makes the name a vehicle or a craft
 * ("the submarine Kursk", "the shuttle Columbia"), not a person. */
static int vehicle_word(const word *w)
{
    static const char *const v[] = {"submarine", "sub", "ship", "vessel", "boat", "carrier",
                                    "tanker", "freighter", "ferry", "yacht", "liner", "cruiser",
                                    "destroyer", "frigate", "warship", "icebreaker", "trawler",
                                    "jet", "jetliner", "airliner", "plane", "aircraft",
                                    "spacecraft", "shuttle", "satellite", "rocket", "probe",
                                    "station", "train", NULL};
    for (const char *const *p = v; *p; p++)
        if (is_low(w, *p)) return 1;
    return 0;
}

/* A number that ends a name ("Boeing 767", "Flight 990"): digits, not a
 * year or a day. */
static int name_number(const word *w)
{
    if (!w->digits || w->lown < 2) return 0;
    if (w->lown == 4 && (!memcmp(w->low, "19", 2) || !memcmp(w->low, "20", 2))) return 0;
    return 1;
}

/* One capitalised span w[a..j] of region r: trim it and record the name. */
static void take_span(ectx *x, pc_doc *d, uint32_t di, const char *r, size_t base, size_t limit,
                      const word *w, size_t nw, size_t a, size_t j)
{
    /* a sentence's first word: only a name if written so elsewhere */
    if (w[a].initial && !w[a].allcaps) {
        int lower = pc_map_get(&x->lower_seen, w[a].low, w[a].lown) != NULL;
        int capd = pc_map_get(&x->cap_seen, w[a].low, w[a].lown) != NULL;
        int titled_start = (cls(&w[a]) & (N_TITLE | N_DEMONYM)) && a < j;
        /* "Juan Miguel Gonzalez flew": a capitalised word before another
         * one, never written in lowercase, starts a name */
        int name_start = a < j && w[a].lown >= 3 && !w[a].allcaps && !(cls(&w[a]) & N_COMMON) &&
                         !w[j].digits;
        if (!titled_start && (lower || (!capd && !name_start) || pc_is_stopword(w[a].low, w[a].lown))) a++;
    }
    if (a > j) return;
    /* one all-caps word the cluster also writes in lowercase is a label or
     * a shouted headline word ("PILOT", "CRASH"), no name */
    int label = 1, common = 1;
    for (size_t i = a; i <= j && (label || common); i++) {
        int plain = w[i].allcaps && !memchr(w[i].low, '.', w[i].lown) && !(cls(&w[i]) & N_GAZETTEER);
        label &= plain && pc_map_get(&x->lower_seen, w[i].low, w[i].lown) != NULL;
        /* "WITH PHOTOS": all-caps common words, a slug or a credit line */
        size_t l = w[i].lown > 3 && w[i].low[w[i].lown - 1] == 's' ? w[i].lown - 1u : w[i].lown;
        common &= plain && ((cls(&w[i]) & N_COMMON) || pc_is_stopword(w[i].low, w[i].lown) ||
                            (pc_name_class(w[i].low, l) & N_COMMON));
    }
    if (label || (common && a < j)) return;
    /* a number ends a name: "Boeing 767", "EgyptAir Flight 990" */
    int numbered = w[j].digits;
    if (numbered && a == j) return;
    name_span ns;
    if (!trim_name(w, a, j, &ns) || ns.only_titles) return;
    a = ns.a;
    size_t k = ns.k;
    /* a title inside the span: "Air France President Jean-Cyril Spinetta",
     * "Welcome President Clinton": what stands before the title is a name of
     * its own (the body the person serves) or nothing */
    for (size_t t = ns.j; t > k + 0 && !numbered; t--) {
        if (!(cls(&w[t]) & N_TITLE) || !w[t].cap || t >= ns.j || (cls(&w[t - 1]) & N_TITLE) || !w[t - 1].cap)
            continue;
        int keyword = 0, named_after = 0;
        for (size_t i = t + 1; i <= ns.j; i++) {
            keyword |= (cls(&w[i]) & (N_ORG | N_PLACE)) != 0;
            /* "Martin Luther King Jr.": a suffix is no name after a title */
            named_after |= !is_low(&w[i], "jr") && !is_low(&w[i], "sr") && strspn(w[i].low, "ivx") < w[i].lown;
        }
        if (keyword || !named_after) break;
        size_t before = x->n;
        take_span(x, d, di, r, base, limit, w, nw, a, t - 1);
        /* a mayor's or a governor's is a place, a chairman's a body */
        static const char *const local[] = {"mayor", "gov", "governor", "sen", "senator", "rep",
                                            "representative", "congressman", "congresswoman", NULL};
        int place = 0;
        for (const char *const *p = local; *p && !place; p++) place = is_low(&w[t], *p);
        for (size_t i = before; i < x->n; i++)
            if (!(pc_name_class(x->m[i].key, strlen(x->m[i].key)) & N_GAZETTEER)) {
                if (place) x->m[i].loc = 1;
                else x->m[i].org = 1;
            }
        if (!trim_name(w, t, ns.j, &ns) || ns.only_titles) return;
        a = ns.a;
        k = ns.k;
        break;
    }
    j = ns.j;
    int weak = 0;
    if (x->german && !ns.titled) {
        /* nouns off both ends ("Stadt Hamburg" -> "Hamburg"); a lone word
         * with no evidence of a name (no title, no place preposition, no
         * reporting verb, unknown to the gazetteer) is a noun too */
        while (k <= j && pc_map_get(&x->nouns, w[k].low, w[k].lown) && !(cls(&w[k]) & N_GAZETTEER)) k++;
        while (j > k && pc_map_get(&x->nouns, w[j].low, w[j].lown) && !(cls(&w[j]) & N_GAZETTEER)) j--;
        if (k > j) return;
        if (a < k) a = k;
        weak = k == j && !(cls(&w[k]) & (N_GAZETTEER | N_WNPLACE | N_WNORG | N_WNPERSON)) &&
               !(a > 0 && (locative(&w[a - 1]) || reporting_verb(&w[a - 1]) || (cls(&w[a - 1]) & N_ROLE))) &&
               !(j + 1 < nw && reporting_verb(&w[j + 1]));
    }
    /* nationality adjectives, calendar words and titles alone are no names */
    int only = 1;
    for (size_t i = k; i <= j; i++) {
        unsigned ci = cls(&w[i]);
        if (w[i].lown > 3 && w[i].low[w[i].lown - 1] == 's' &&
            (pc_name_class(w[i].low, w[i].lown - 1u) & N_DEMONYM))
            ci |= N_DEMONYM; /* "Russians" */
        /* "Cuban-American", "Cuban-Americans" */
        const char *h = memchr(w[i].low, '-', w[i].lown);
        if (h && (pc_name_class(w[i].low, (size_t)(h - w[i].low)) & N_DEMONYM)) {
            size_t rest = w[i].lown - (size_t)(h + 1 - w[i].low);
            if (rest > 3 && h[rest] == 's') rest--;
            if (pc_name_class(h + 1, rest) & N_DEMONYM) ci |= N_DEMONYM;
        }
        only &= (ci & (N_DEMONYM | N_CALENDAR | N_TITLE)) != 0 && !(ci & N_GAZETTEER);
    }
    if (only) return;
    if (j == k && w[k].lown < 2) return;
    int person = ns.titled;
    if (a > 0 && !w[a - 1].cap && (cls(&w[a - 1]) & N_ROLE)) person = 1;
    /* "said Smith." is a person; "said Atlanta lawyer Jones" says nothing of Atlanta */
    if (a > 0 && reporting_verb(&w[a - 1]) && !(j + 1 < nw && w[j + 1].joined && !w[j + 1].cap)) person = 1;
    if (j + 1 < nw && reporting_verb(&w[j + 1]) && !w[j].poss) person = 1;
    int loc = a > 0 && locative(&w[a - 1]) && !w[j].poss;
    int art = a > 0 && vehicle_word(&w[a - 1]);
    if (art) person = 0;
    add_mention(x, d, di, r, base, limit, w, a, k, j, person, loc, ns.allcaps);
    if (a > 0 && is_low(&w[a - 1], "the")) x->m[x->n - 1].the = 1;
    x->m[x->n - 1].art = (uint8_t)art;
    x->m[x->n - 1].numbered = (uint8_t)numbered;
    x->m[x->n - 1].weak = (uint8_t)weak;
}

/* The mentions of one region (a sentence or a speaker label). */
static void scan_region(ectx *x, pc_doc *d, uint32_t di, const char *r, size_t n, size_t base,
                        size_t limit)
{
    size_t nw = words_of(r, n, &x->w, &x->capw);
    word *w = x->w;
    for (size_t i = 0; i < nw;) {
        /* "Jan Ott": a month's abbreviation with no dot before a name is a
         * first name */
        int first_name = i + 1 < nw && w[i].lown <= 4 && w[i].lown >= 3 && w[i + 1].joined && w[i + 1].cap &&
                         !w[i + 1].digits && !(cls(&w[i + 1]) & N_CALENDAR) && !is_low(&w[i], "may");
        if (!w[i].cap || ((cls(&w[i]) & N_CALENDAR) && !first_name)) {
            i++;
            continue;
        }
        size_t j = i;
        int skip = 0;
        while (j + 1 < nw && !w[j].poss && w[j + 1].joined) {
            if (w[j + 1].cap && !(cls(&w[j + 1]) & N_CALENDAR)) {
                /* an all-caps label or acronym beside a mixed-case name
                 * ("PILOT What", "NTSB Chairman Jim Hall") ends it; "U.S."
                 * (with its dots) does not */
                const word *u = w[j].allcaps ? &w[j] : &w[j + 1];
                if (w[j].allcaps != w[j + 1].allcaps && !memchr(u->low, '.', u->lown) && !u->digits &&
                    strspn(u->low, "ivx") < u->lown) { /* "World War II" */
                    /* after a label that opens the sentence, a sentence starts */
                    if (w[j].allcaps && w[i].initial) w[j + 1].initial = 1;
                    break;
                }
                j++;
                continue;
            }
            /* "Engine No. 2", "Gate No. 5": a numbered part, no name */
            if (is_low(&w[j + 1], "no") && j + 2 < nw && w[j + 2].digits) {
                skip = 1;
                break;
            }
            if (name_number(&w[j + 1])) {
                j++;
                break;
            }
            /* "Immigration and Naturalization Service", "Accident and
             * Inquiry Office": joined by "and" when the whole ends with an
             * organisation word */
            if (j + 2 < nw && is_low(&w[j + 1], "and") && w[j + 2].joined && w[j + 2].cap &&
                !w[j].allcaps) {
                size_t e = j + 2;
                while (e + 1 < nw && !w[e].poss && w[e + 1].joined && w[e + 1].cap &&
                       !(cls(&w[e + 1]) & N_CALENDAR))
                    e++;
                if (cls(&w[e]) & N_ORG) {
                    j = e;
                    continue;
                }
            }
            /* "Ministry of Foreign Affairs", "Bashar al-Assad", "Sea of Japan" */
            if (j + 2 < nw && w[j + 2].joined && w[j + 2].cap &&
                (connector(&w[j + 1]) ||
                 (is_low(&w[j + 1], "of") && (cls(&w[j]) & (N_ORG | N_PLACE | N_TITLE))))) {
                j += 2;
                continue;
            }
            break;
        }
        if (!skip) take_span(x, d, di, r, base, limit, w, nw, i, j);
        i = j + 1;
    }
    x->sent_no++;
}

/* A German article, determiner, number word or preposition fused with an
 * article: a capitalised word after it is a noun. */
static int german_det(const word *w)
{
    static const char *const v[] = {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "kein", "keine", "keinen", "keinem", "keiner", "sein", "seine", "seinen",
        "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere",
        "dieser", "diese", "dieses", "diesen", "diesem", "jeder", "jede", "jedes", "jeden",
        "jedem", "alle", "viele", "mehrere", "einige", "zwei", "drei", "vier", "fünf", "sechs",
        "sieben", "acht", "neun", "zehn", "mehr", "zum", "zur", "im", "am", "vom", "beim", "ins",
        NULL};
    for (const char *const *p = v; *p; p++)
        if (is_low(w, *p)) return 1;
    return 0;
}

/* Which words the cluster writes in lowercase, and which capitalised
 * inside a sentence: the test for a sentence's first word. */
static void learn_case(ectx *x)
{
    precis_cluster *c = x->c;
    for (size_t si = 0; si < c->nsents; si++) {
        const pc_sent *s = &c->sents[si];
        const pc_doc *d = &c->docs[s->doc];
        size_t nw = words_of(d->text + s->start, s->end - s->start, &x->w, &x->capw);
        for (size_t i = 0; i < nw; i++) {
            const word *w = &x->w[i];
            if (!w->cap) pc_map_put(&x->lower_seen, w->low, w->lown, 1, NULL);
            else if (!w->initial) pc_map_put(&x->cap_seen, w->low, w->lown, 1, NULL);
            if (x->german && w->cap && i > 0 &&
                (german_det(&w[-1]) || w[-1].digits || (i > 1 && !w[-1].cap && german_det(&w[-2]))))
                pc_map_put(&x->nouns, w->low, w->lown, 1, NULL);
        }
    }
}

/* ---- merging ----------------------------------------------------------- */

static uint32_t uf_find(uint32_t *p, uint32_t x)
{
    while (p[x] != x) x = p[x] = p[p[x]];
    return x;
}

static void uf_union(uint32_t *p, uint32_t a, uint32_t b)
{
    a = uf_find(p, a);
    b = uf_find(p, b);
    if (a != b) p[a > b ? a : b] = a < b ? a : b;
}

/* Damerau-Levenshtein distance <= 1 between two words. */
static int near_word(const char *a, size_t na, const char *b, size_t nb)
{
    if (na == nb && memcmp(a, b, na) == 0) return 1;
    if (na < 5 || nb < 5) return 0;
    if (na == nb) {
        size_t i = 0;
        while (i < na && a[i] == b[i]) i++;
        if (i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] && memcmp(a + i + 2, b + i + 2, na - i - 2) == 0)
            return 1;
        return memcmp(a + i + 1, b + i + 1, na - i - 1) == 0;
    }
    if (na + 1 == nb || nb + 1 == na) {
        const char *l = na > nb ? a : b, *s = na > nb ? b : a;
        size_t ns = na < nb ? na : nb, i = 0;
        while (i < ns && s[i] == l[i]) i++;
        return memcmp(s + i, l + i + 1, ns - i) == 0;
    }
    return 0;
}

/* Whether a and b have one length and differ in exactly one byte position
 * (a substitution, not a transposition). */
static int substituted(const char *a, const char *b)
{
    size_t n = strlen(a), d = 0;
    if (n != strlen(b)) return 0;
    for (size_t i = 0; i < n; i++) d += a[i] != b[i];
    return d == 1;
}

/* Two keys that differ by one letter in one word of five or more. */
static int near_key(const char *a, const char *b)
{
    int diffs = 0;
    while (*a && *b) {
        size_t la = strcspn(a, " "), lb = strcspn(b, " ");
        if (la != lb || memcmp(a, b, la) != 0) {
            if (++diffs > 1 || !near_word(a, la, b, lb)) return 0;
        }
        a += la;
        b += lb;
        if (*a != *b) return 0;
        if (*a) a++, b++;
    }
    return *a == *b && diffs == 1;
}

typedef struct {
    char *key;
    uint32_t count, ntok, person, place_kw, org_kw, gaz, loc, event;
    uint32_t org, art, the, acronym, numbered, fullp, wn;
    uint32_t own;         /* mentions written with this key's own words */
    uint32_t tribe;       /* a people named as a polity: "Navajo" beside "Navajo Nation";
                             1 + the group of "X Nation" or "X Tribe" when there is one */
    uint32_t lastplace;   /* a known place ends the name: "Little Havana" */
    uint32_t ndocs, lastdoc; /* documents that use the key; the last one seen + 1 */
    uint32_t best;        /* a mention whose name shows this key */
} kgroup;

/* The name groups and the union-find that merges them into entities;
 * full[root] is a person's full name the entity holds (a group), or
 * UINT32_MAX: two different full names never merge. */
typedef struct {
    kgroup *g;
    size_t n;
    uint32_t *parent, *full;
} groups;

/* The formal first name of an English short form ("jim" -> "james"), or
 * the word itself: written by hand because Debian packages no list of
 * hypocorisms; the most frequent in US news only. */
static const char *formal_first(const char *w, size_t n)
{
    static const char *const pairs[][2] = {
        {"jim", "james"}, {"jimmy", "james"}, {"bill", "william"}, {"billy", "william"},
        {"will", "william"}, {"bob", "robert"}, {"rob", "robert"}, {"bobby", "robert"},
        {"tom", "thomas"}, {"tommy", "thomas"}, {"mike", "michael"}, {"dick", "richard"},
        {"rick", "richard"}, {"joe", "joseph"}, {"ted", "edward"}, {"ed", "edward"},
        {"tony", "anthony"}, {"dan", "daniel"}, {"danny", "daniel"}, {"dave", "david"},
        {"steve", "stephen"}, {"chris", "christopher"}, {"matt", "matthew"},
        {"pat", "patrick"}, {"sam", "samuel"}, {"ben", "benjamin"}, {"al", "albert"},
        {"fred", "frederick"}, {"larry", "lawrence"}, {"jerry", "gerald"}, {"ron", "ronald"},
        {"don", "donald"}, {"ken", "kenneth"}, {"chuck", "charles"}, {"charlie", "charles"},
        {"nick", "nicholas"}, {"greg", "gregory"}, {"jeff", "jeffrey"}, {"andy", "andrew"},
        {"liz", "elizabeth"}, {"beth", "elizabeth"}, {"kate", "katherine"},
        {"sue", "susan"}, {"peggy", "margaret"}, {"jenny", "jennifer"}, {NULL, NULL}};
    for (size_t i = 0; pairs[i][0]; i++)
        if (strlen(pairs[i][0]) == n && !memcmp(pairs[i][0], w, n)) return pairs[i][1];
    return NULL;
}

/* Whether first words a[0..na) and b[0..nb) can be one person's. */
static int same_first(const char *a, size_t na, const char *b, size_t nb)
{
    if (na == nb && !memcmp(a, b, na)) return 1;
    const char *fa = formal_first(a, na), *fb = formal_first(b, nb);
    if (fa && strlen(fa) == nb && !memcmp(fa, b, nb)) return 1;
    if (fb && strlen(fb) == na && !memcmp(fb, a, na)) return 1;
    return fa && fb && !strcmp(fa, fb);
}

/* Whether two people's full names (keys) can name one person: the same
 * first and last word ("george bush", "george w bush"), one a start of
 * the other ("irving powless", "irving powless jr"), or one letter apart. */
static int same_person(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if ((la < lb && !strncmp(a, b, la) && b[la] == ' ') || (lb < la && !strncmp(a, b, lb) && a[lb] == ' '))
        return 1;
    size_t fa = strcspn(a, " "), fb = strcspn(b, " ");
    const char *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
    if (same_first(a, fa, b, fb) && sa && sb && !strcmp(sa, sb)) {
        /* "james e hall" and "jim hall"; not "george h w bush" and "george w bush" */
        size_t ma = (size_t)(sa - a) > fa ? (size_t)(sa - a) - fa : 0;
        size_t mb = (size_t)(sb - b) > fb ? (size_t)(sb - b) - fb : 0;
        return !ma || !mb || (ma == mb && !memcmp(a + fa, b + fb, ma));
    }
    return near_key(a, b);
}

/* Union of the entities of groups a and b, unless each holds a different
 * person's full name (Juan Miguel Gonzalez and Elian Gonzalez). */
static void merge(groups *gs, uint32_t a, uint32_t b)
{
    uint32_t ra = uf_find(gs->parent, a), rb = uf_find(gs->parent, b);
    if (ra == rb) return;
    uint32_t fa = gs->full[ra], fb = gs->full[rb];
    if (fa != UINT32_MAX && fb != UINT32_MAX && !same_person(gs->g[fa].key, gs->g[fb].key)) return;
    uf_union(gs->parent, ra, rb);
    uint32_t r = uf_find(gs->parent, ra);
    gs->full[r] = fa != UINT32_MAX ? fa : fb;
}

/* Name groups ordered by word count, then key, so that names one letter
 * apart sit near each other. */
static _Thread_local const kgroup *sort_groups;

static int by_shape(const void *a, const void *b)
{
    const kgroup *x = &sort_groups[*(const uint32_t *)a], *y = &sort_groups[*(const uint32_t *)b];
    if (x->ntok != y->ntok) return x->ntok < y->ntok ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int key_class(const char *key, unsigned bit)
{
    for (const char *p = key; *p;) {
        size_t l = strcspn(p, " ");
        if (pc_name_class(p, l) & bit) return 1;
        p += l;
        if (*p) p++;
    }
    return 0;
}

/* The words of text[a, b) as lowercase, joined by single spaces, at most 80 bytes. */
static void gap_words(const char *a, const char *b, char *out, size_t cap)
{
    size_t o = 0;
    int space = 0;
    for (const char *p = a; p < b && o + 2 < cap; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            space = o > 0;
            continue;
        }
        if (space) out[o++] = ' ';
        space = 0;
        out[o++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    out[o] = 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0 && (n == k || s[n - k - 1] == ' ');
}

/* The initials of key's words but "of", "and", "the" into out[0..cap):
 * "immigration and naturalization service" -> "ins". */
static void initials(const char *key, char *out, size_t cap)
{
    size_t ni = 0;
    for (const char *p = key; *p && ni + 1 < cap; p++)
        if ((p == key || p[-1] == ' ') && strncmp(p, "of ", 3) && strncmp(p, "and ", 4) && strncmp(p, "the ", 4))
            out[ni++] = *p;
    out[ni] = 0;
}

/* Naming patterns within one sentence: m[a..b) are its mentions in order.
 * Each mention is read with the words between it and the one before. */
static void apposition(ectx *x, groups *gs, size_t a, size_t b)
{
    const char *text = x->c->docs[x->m[a].doc].text;
    int mode = 0;                /* 1 "known as", 2 "which X calls" */
    uint32_t first = UINT32_MAX; /* the group the names join */
    for (size_t k = a; k < b; k++) {
        const mention *mk = &x->m[k];
        const mention *prev = k > a ? &x->m[k - 1] : NULL;
        char g[128];
        gap_words(prev ? text + prev->we : text + mk->ws - (mk->ws < 80 ? mk->ws : 80),
                  text + mk->ws, g, sizeof g);
        /* "X (ABC)": the acronym's letters are the name's initials */
        if (prev && strcmp(g, "(") == 0 && text[mk->we] == ')' && mk->ntok == 1 && prev->ntok >= 2) {
            char ini[16];
            initials(prev->key, ini, sizeof ini);
            if (strcmp(ini, mk->key) == 0) merge(gs, prev->group, mk->group);
        }
        const char *trig = NULL;
        static const char *const known[] = {"known as", "known in", "known to", "known by",
                                            "referred to as", "also called", "dubbed", NULL};
        for (const char *const *t = known; *t && !trig; t++) trig = strstr(g, *t);
        if (trig) {
            mode = 1;
            first = UINT32_MAX;
            /* "Iturup, known in Japanese as": the name before the comma */
            size_t pre = (size_t)(trig - g);
            if (prev && ((pre == 2 && !strncmp(g, ", ", 2)) || (pre == 7 && !strncmp(g, ", also ", 7))))
                first = prev->group;
        } else if (prev && (!strcmp(g, ", which") || !strcmp(g, ", what"))) {
            mode = 2;
            first = prev->group;
            continue;
        } else if (mode && (strchr(g, '.') || strchr(g, ';') || strstr(g, "which") ||
                            strstr(g, "who") || (strchr(g, ',') && !strstr(g, ", and") && !strstr(g, ", or")))) {
            mode = 0;
            first = UINT32_MAX;
        }
        if (!mode) continue;
        int named = ends_with(g, "as") || ends_with(g, "as the");
        if (mode == 2)
            named = ends_with(g, "calls") || ends_with(g, "calls the") || ends_with(g, "call") ||
                    ends_with(g, "call the") || ends_with(g, "called") || ends_with(g, "called the");
        if (!named && first != UINT32_MAX && !trig)
            named = ends_with(g, "and") || ends_with(g, "and the") || ends_with(g, "or") ||
                    ends_with(g, "or the");
        if (!named) continue;
        if (first == UINT32_MAX) first = mk->group;
        else merge(gs, first, mk->group);
    }
}

/* ---- the steps of precis_entities_find --------------------------------- */

/* The mentions of every sentence of every document, in document order;
 * a speaker label the cleaner removed is read where it stood. */
static void collect_mentions(ectx *x)
{
    precis_cluster *c = x->c;
    for (uint32_t di = 0; di < c->ndocs; di++) {
        pc_doc *d = &c->docs[di];
        size_t r = 0;
        for (size_t k = 0; k < d->nsent; k++) {
            const pc_sent *s = &c->sents[d->sent0 + k];
            for (; r < d->nrm && d->rm[r].start <= s->start; r++)
                if (d->rm[r].reason == PC_RM_LABEL)
                    scan_region(x, d, di, d->rm[r].text, strlen(d->rm[r].text), d->rm[r].start,
                                d->rm[r].end);
            if (s->removed) continue;
            scan_region(x, d, di, d->text + s->start, s->end - s->start, s->start, s->end);
        }
    }
    free(x->w);
    x->w = NULL;
    x->capw = 0;
}


/* Whether mention m can be a person's full name: two to four words, no
 * organisation, place or event word, not a known place, no number, no
 * organisation or vehicle evidence. */
static int full_person(const mention *m)
{
    if (m->ntok < 2 || m->ntok > 4 || m->numbered || m->art || m->org || m->loc || m->the) return 0;
    if (pc_name_class(m->key, strlen(m->key)) & (N_GAZETTEER | N_WNPLACE | N_WNORG)) return 0;
    /* "Air France Concorde", "British Concorde": a country or a nationality
     * before the last word makes no person's name */
    for (const char *p = m->key; strchr(p, ' ');) {
        size_t l = strcspn(p, " ");
        if (pc_name_class(p, l) & (N_GAZETTEER | N_DEMONYM)) return 0;
        p += l + 1;
    }
    return !key_class(m->key, N_ORG | N_PLACE | N_EVENT);
}

/* A lone surname or first name takes the key of the nearest full name
 * before it in the same document that ends or starts with it ("Gonzalez"
 * after "Lazaro Gonzalez" is Lazaro; after "Juan Miguel Gonzalez", Juan
 * Miguel): the context selects the person.  Known places never; a word
 * WordNet knows as a place or group only after a full name with person
 * evidence ("Reno" after "Attorney General Janet Reno"). */
static void resolve_short_names(ectx *x)
{
    pc_map last = {0}, first = {0};
    uint32_t doc = UINT32_MAX;
    for (size_t i = 0; i < x->n; i++) {
        mention *m = &x->m[i];
        if (m->doc != doc) {
            pc_map_free(&last);
            pc_map_free(&first);
            doc = m->doc;
        }
        if (full_person(m)) {
            const char *sp = strrchr(m->key, ' ');
            *pc_map_put(&last, sp + 1, strlen(sp + 1), 0, NULL) = (uint32_t)i;
            *pc_map_put(&first, m->key, strcspn(m->key, " "), 0, NULL) = (uint32_t)i;
            continue;
        }
        if (m->ntok != 1 || m->acronym || m->numbered || m->the) continue;
        size_t l = strlen(m->key);
        unsigned c = pc_name_class(m->key, l);
        if (c & N_GAZETTEER) continue;
        const uint32_t *v = pc_map_get(&last, m->key, l);
        if (!v) v = pc_map_get(&first, m->key, l);
        if (!v) continue;
        const mention *f = &x->m[*v];
        if ((c & (N_WNPLACE | N_WNORG)) && !f->person) continue;
        m->short_key = m->key;
        m->key = pc_strdup(f->key);
        m->ntok = f->ntok;
        m->rewritten = 1;
    }
    pc_map_free(&last);
    pc_map_free(&first);
}

/* Drops the weak mentions (German nouns that look like names) that did not
 * turn out to be the short form of a full name. */
static void drop_weak(ectx *x)
{
    pc_map surnames = {0};
    for (size_t i = 0; i < x->n; i++) {
        const mention *m = &x->m[i];
        const char *sp = strrchr(m->key, ' ');
        if (sp && full_person(m)) pc_map_put(&surnames, sp + 1, strlen(sp + 1), 1, NULL);
    }
    size_t k = 0;
    for (size_t i = 0; i < x->n; i++) {
        mention *m = &x->m[i];
        if (m->weak && !m->rewritten && !pc_map_get(&surnames, m->key, strlen(m->key))) {
            free(m->surface);
            free(m->name);
            free(m->key);
            free(m->short_key);
            continue;
        }
        x->m[k++] = *m;
    }
    x->n = k;
    pc_map_free(&surnames);
}

/* One name group per key (the same name whatever its case or titles), with
 * its mentions' evidence summed; every mention learns its group. */
static void group_by_key(ectx *x, groups *gs)
{
    pc_map keys = {0};
    size_t capg = 0;
    for (size_t i = 0; i < x->n; i++) {
        mention *m = &x->m[i];
        int added = 0;
        uint32_t *slot = pc_map_put(&keys, m->key, strlen(m->key), (uint32_t)gs->n, &added);
        if (added) {
            PC_GROW(gs->g, capg, gs->n + 1);
            kgroup *fresh = &gs->g[gs->n++];
            memset(fresh, 0, sizeof *fresh);
            fresh->key = m->key;
            fresh->ntok = m->ntok;
            fresh->best = (uint32_t)i;
            fresh->place_kw = key_class(m->key, N_PLACE);
            fresh->org_kw = key_class(m->key, N_ORG);
            fresh->event = key_class(m->key, N_EVENT);
            fresh->gaz = pc_name_class(m->key, strlen(m->key)) & N_GAZETTEER ? 1 : 0;
            /* "Little Havana", "South Florida": a known place ends the name */
            const char *sp = strrchr(m->key, ' ');
            if (sp && (pc_name_class(sp + 1, strlen(sp + 1)) & (N_GAZETTEER | N_WNPLACE)) &&
                !key_class(m->key, N_ORG))
                fresh->lastplace = 1;
        }
        m->group = *slot;
        kgroup *k = &gs->g[*slot];
        k->count++;
        if (k->lastdoc != m->doc + 1) k->ndocs++, k->lastdoc = m->doc + 1;
        k->own += !m->rewritten;
        k->person += m->person;
        k->loc += m->loc;
        k->org += m->org;
        k->art += m->art;
        k->the += m->the;
        k->acronym |= m->acronym;
        k->numbered |= m->numbered;
        k->fullp |= full_person(m);
        /* show the name as written in mixed case when it ever is, and as
         * the key's own words rather than a short form resolved to it */
        const mention *bm = &x->m[k->best];
        if ((bm->upper && !m->upper) || (bm->rewritten && !m->rewritten)) k->best = (uint32_t)i;
    }
    /* "Boeing 767", "EgyptAir Flight 990": the name before the number (and
     * before "Flight") is its maker or airline, an organisation */
    for (size_t i = 0; i < x->n; i++) {
        const mention *m = &x->m[i];
        if (!m->numbered) continue;
        const char *sp = strrchr(m->key, ' ');
        if (!sp) continue;
        size_t l = (size_t)(sp - m->key);
        if (l > 7 && !strncmp(m->key + l - 7, " flight", 7)) l -= 7;
        const uint32_t *v = pc_map_get(&keys, m->key, l);
        if (v) gs->g[*v].org++;
    }
    /* "the Navajo", "the Cayugas" beside "Navajo Nation", "Cayuga Lake",
     * "Makah Reservation": a tribe, as a body an organisation */
    for (uint32_t i = 0; i < gs->n; i++) {
        const char *key = gs->g[i].key, *sp = strrchr(key, ' ');
        if (!sp) continue;
        static const char *const polity[] = {"nation", "tribe", "reservation", "indian", "indians", NULL};
        int t = 0;
        for (const char *const *p = polity; *p && !t; p++) t = !strcmp(sp + 1, *p);
        if (!t) continue;
        size_t l = strcspn(key, " ");
        char plural[64];
        if (l + 2 > sizeof plural) continue;
        memcpy(plural, key, l);
        plural[l] = 's';
        uint32_t mark = strcmp(sp + 1, "nation") && strcmp(sp + 1, "tribe") ? 1 : i + 1;
        uint32_t *v = pc_map_get(&keys, key, l);
        if (v && gs->g[*v].tribe <= 1) gs->g[*v].tribe = mark;
        if ((v = pc_map_get(&keys, plural, l + 1)) && gs->g[*v].tribe <= 1) gs->g[*v].tribe = mark;
    }
    pc_map_free(&keys);
    gs->parent = pc_xmalloc(gs->n * sizeof *gs->parent);
    gs->full = pc_xmalloc(gs->n * sizeof *gs->full);
    for (uint32_t i = 0; i < gs->n; i++) {
        gs->parent[i] = i;
        gs->g[i].wn = pc_name_class(gs->g[i].key, strlen(gs->g[i].key));
        gs->full[i] = gs->g[i].fullp && !gs->g[i].gaz && !gs->g[i].org_kw && !gs->g[i].place_kw ? i : UINT32_MAX;
    }
}

/* One-letter misspellings, among keys of as many words and the same first
 * letter (sorted, so each is compared with its neighbours only), unless
 * both are places of the gazetteer. */
static void merge_misspellings(groups *gs)
{
    const kgroup *g = gs->g;
    size_t ng = gs->n;
    uint32_t *ord = pc_xmalloc(ng * sizeof *ord);
    for (uint32_t i = 0; i < ng; i++) ord[i] = i;
    sort_groups = g;
    if (ng > 1) qsort(ord, ng, sizeof *ord, by_shape);
    for (size_t i = 0; i < ng; i++) {
        for (size_t j = i + 1; j < ng && j < i + 4000; j++) {
            const kgroup *p = &g[ord[i]], *q = &g[ord[j]];
            if (p->ntok != q->ntok || p->key[0] != q->key[0]) break;
            if (p->gaz && q->gaz) continue;
            /* a misspelling is rare beside the right form: two names both
             * used often (two towns one letter apart) stay two */
            uint32_t lo = p->count < q->count ? p->count : q->count, hi = p->count ^ q->count ^ lo;
            if (p->ntok == 1 && lo > 2 && lo * 4 > hi) continue;
            /* one letter for another in a short word is another name more
             * often than a typo (Hamburg, Harburg) */
            if (p->ntok == 1 && substituted(p->key, q->key) && strlen(p->key) < 8) continue;
            /* "Carters" is the family, not a misspelling of "Carter" */
            size_t lp = strlen(p->key), lq = strlen(q->key);
            if ((lp + 1 == lq && q->key[lp] == 's' && !strncmp(p->key, q->key, lp)) ||
                (lq + 1 == lp && p->key[lq] == 's' && !strncmp(p->key, q->key, lq)))
                continue;
            if (near_key(p->key, q->key)) merge(gs, ord[i], ord[j]);
        }
    }
    free(ord);
}

/* Naming patterns ("known as", "which Japan calls", acronyms), sentence by
 * sentence. */
static void merge_named_as(ectx *x, groups *gs)
{
    for (size_t a = 0; a < x->n;) {
        size_t b = a;
        while (b < x->n && x->m[b].sent == x->m[a].sent) b++;
        apposition(x, gs, a, b);
        a = b;
    }
}

/* Short names the documents left unresolved, cluster-wide: a lone word
 * joins the one person's full name that ends with it ("Reno" with "Janet
 * Reno") or starts with it ("Elian" with "Elian Gonzalez"), and stays
 * apart when two people share it; a lone word that starts exactly one
 * organisation's name joins it ("Continental" with "Continental
 * Airlines"); a numbered name that ends exactly one longer numbered name
 * joins it ("Flight 990" with "EgyptAir Flight 990").  Places have no
 * surnames. */
static void merge_surnames(groups *gs)
{
    const kgroup *g = gs->g;
    pc_map last = {0}, first = {0}, orgs = {0}, tail = {0}, person_key = {0}, all = {0}, acro = {0};
    uint32_t *last_best = pc_xmalloc((gs->n + 1) * sizeof *last_best);
    uint32_t *last_second = pc_xmalloc((gs->n + 1) * sizeof *last_second), nlast = 0;
    for (uint32_t i = 0; i < gs->n; i++) pc_map_put(&all, g[i].key, strlen(g[i].key), i, NULL);
    const uint32_t none = UINT32_MAX, many = UINT32_MAX - 1;
    /* w -> the one group it names, or many */
    #define NOTE(map, s, l, i)                                                             \
        do {                                                                               \
            int added_ = 0;                                                                \
            uint32_t *v_ = pc_map_put(&(map), (s), (l), (i), &added_);                     \
            if (!added_ && *v_ != many && *v_ != (i) &&                                    \
                uf_find(gs->parent, *v_) != uf_find(gs->parent, (i)))                      \
                *v_ = many;                                                                \
        } while (0)
    for (uint32_t i = 0; i < gs->n; i++) {
        if (g[i].ntok < 2 || g[i].gaz) continue;
        if (g[i].numbered) {
            for (const char *sp = strchr(g[i].key, ' '); sp; sp = strchr(sp + 1, ' '))
                NOTE(tail, sp + 1, strlen(sp + 1), i);
            /* "EgyptAir 990" for "EgyptAir Flight 990" */
            const char *fl = strstr(g[i].key, " flight ");
            if (fl) {
                char k2[128];
                int n2 = snprintf(k2, sizeof k2, "%.*s%s", (int)(fl - g[i].key), g[i].key, fl + 7);
                if (n2 > 0 && (size_t)n2 < sizeof k2) NOTE(tail, k2, (size_t)n2, i);
            }
            continue;
        }
        if (g[i].org_kw && !g[i].place_kw) {
            /* "INS" for the one body of the cluster with those initials */
            char ini[16];
            initials(g[i].key, ini, sizeof ini);
            if (strlen(ini) >= 3) NOTE(acro, ini, strlen(ini), i);
            /* "Continental" for "Continental Airlines"; not "Food" for "Food
             * and Drug Administration": a common word stands for a body of
             * two words at most */
            size_t fl = strcspn(g[i].key, " ");
            if (g[i].ntok <= 2 || !(pc_name_class(g[i].key, fl) & N_COMMON)) NOTE(orgs, g[i].key, fl, i);
            /* "U.S. National Transportation Safety Board" is the board */
            const char *rest = g[i].key + fl + 1;
            if ((pc_name_class(g[i].key, fl) & N_GAZETTEER) && key_class(rest, N_ORG)) {
                const uint32_t *v = pc_map_get(&all, rest, strlen(rest));
                if (v) merge(gs, i, *v);
            }
            continue;
        }
        if (gs->full[i] != i) continue;
        const char *sp = strrchr(g[i].key, ' ');
        /* "Jim Hall" and "James E. Hall": one person's names, by first name
         * (or its formal form) and surname */
        {
            size_t fl = strcspn(g[i].key, " ");
            const char *ff = formal_first(g[i].key, fl);
            char pk[128];
            int pn = snprintf(pk, sizeof pk, "%.*s%s", ff ? (int)strlen(ff) : (int)fl, ff ? ff : g[i].key, sp);
            if (pn > 0 && (size_t)pn < sizeof pk) {
                int added = 0;
                uint32_t *v = pc_map_put(&person_key, pk, (size_t)pn, i, &added);
                if (!added) {
                    merge(gs, i, *v);
                    if (uf_find(gs->parent, i) == uf_find(gs->parent, *v)) continue;
                }
            }
        }
        /* surnames: the most used full name, and the count of the next
         * person's, so that a surname whose other bearers are rare ("Bush":
         * George W. 348 mentions, Laura 3, Jeb 1) still finds its man */
        {
            int added = 0;
            uint32_t *slot = pc_map_put(&last, sp + 1, strlen(sp + 1), nlast, &added);
            if (added) {
                last_best[nlast] = i;
                last_second[nlast++] = 0;
            } else {
                uint32_t *b = &last_best[*slot], *sec = &last_second[*slot];
                int same = uf_find(gs->parent, *b) == uf_find(gs->parent, i);
                if (g[i].count > g[*b].count) {
                    if (!same && g[*b].count > *sec) *sec = g[*b].count;
                    *b = i;
                } else if (!same && g[i].count > *sec) {
                    *sec = g[i].count;
                }
            }
        }
        NOTE(first, g[i].key, strcspn(g[i].key, " "), i);
    }
    #undef NOTE
    for (uint32_t i = 0; i < gs->n; i++) {
        const uint32_t *v = NULL;
        size_t l = strlen(g[i].key);
        if (g[i].numbered) v = pc_map_get(&tail, g[i].key, l);
        else if (g[i].ntok == 1 && !g[i].gaz && !(g[i].wn & N_WNPLACE)) {
            const uint32_t *sl = pc_map_get(&last, g[i].key, l);
            if (sl && (!last_second[*sl] || g[last_best[*sl]].count >= 10 * last_second[*sl]))
                v = &last_best[*sl];
            else if (sl)
                v = &many;
            if (!v) v = pc_map_get(&first, g[i].key, l);
            /* "Miami" is no short form of "Miami Police" */
            if (!v && !g[i].loc) v = pc_map_get(&orgs, g[i].key, l);
            if (!v && g[i].acronym) v = pc_map_get(&acro, g[i].key, l);
        }
        /* a bare surname far more used than the one full name it ends
         * ("Clinton" 19 times in 5 articles beside one "Gov. George
         * Clinton") is someone the cluster names otherwise; a full name used
         * across the cluster ("Bill Clinton" in 4 articles of the 19 with
         * "Clinton") is the one */
        if (v && *v != many && *v != none &&
            (g[i].numbered || (g[*v].org_kw && !g[*v].fullp) || g[*v].count * 8 >= g[i].count ||
             (g[*v].ndocs >= 2 && g[*v].ndocs * 5 >= g[i].ndocs)))
            merge(gs, i, *v);
        /* "the Navajo" and "the Navajo Nation" */
        if (g[i].tribe > 1 && g[i].loc * 4 < g[i].count) merge(gs, i, g[i].tribe - 1);
    }
    pc_map_free(&last);
    pc_map_free(&first);
    pc_map_free(&orgs);
    pc_map_free(&tail);
    pc_map_free(&person_key);
    pc_map_free(&all);
    pc_map_free(&acro);
    free(last_best);
    free(last_second);
}

/* One entity per union-find root, in the order of the groups; returns
 * each group's entity (caller frees). */
static uint32_t *make_entities(precis_entities *e, const groups *gs)
{
    uint32_t *ent = pc_xmalloc(gs->n * sizeof *ent);
    for (uint32_t i = 0; i < gs->n; i++) ent[i] = UINT32_MAX;
    size_t capn = 0;
    for (uint32_t i = 0; i < gs->n; i++) {
        uint32_t root = uf_find(gs->parent, i);
        if (ent[root] == UINT32_MAX) {
            PC_GROW(e->e, capn, e->n + 1);
            memset(&e->e[e->n], 0, sizeof *e->e);
            ent[root] = (uint32_t)e->n++;
        }
        ent[i] = ent[root];
    }
    return ent;
}

/* The type from the evidence of all an entity's mentions (v), and from the
 * group it is named by (kg), strongest first:
 *   - the gazetteer (iso-codes and names.c) and the words of the name
 *     ("Ministry", "Islands", "Flight 990", "Treaty");
 *   - a vehicle before it ("the submarine Kursk") makes an artifact;
 *   - a lone acronym ("NTSB", "BEA") or a WordNet group ("FBI") an
 *     organisation;
 *   - "the" before most mentions ("the Concorde", "the Makah") no person;
 *   - then the counts: organisation evidence (the body before a title, the
 *     maker of a numbered product), person evidence (titles, roles,
 *     reporting verbs) and place evidence (prepositions of place),
 *     WordNet's place lists breaking ties;
 *   - WordNet's artifact and person lists, two or three words a person. */
static precis_entity_type entity_type(const kgroup *v, const kgroup *kg)
{
    unsigned wn = kg->wn;
    if (v->gaz) return PRECIS_ENTITY_PLACE;
    if (v->org_kw) return PRECIS_ENTITY_ORGANIZATION;
    if (v->place_kw) return PRECIS_ENTITY_PLACE;
    if (kg->numbered || v->event) return PRECIS_ENTITY_OTHER;
    if (v->art && v->art >= v->person) return PRECIS_ENTITY_OTHER;
    if (kg->acronym) return PRECIS_ENTITY_ORGANIZATION;
    if ((wn & N_WNORG) && !v->person) return PRECIS_ENTITY_ORGANIZATION;
    uint32_t loc = v->loc + ((wn & N_WNPLACE) ? 1 + v->count / 4 : 0);
    if (v->tribe && v->person * 3 < v->count) return PRECIS_ENTITY_ORGANIZATION;
    if (kg->lastplace && !v->person) return PRECIS_ENTITY_PLACE;
    if (v->the * 3 >= v->count && v->person * 3 < v->count) {
        if (v->org * 4 > v->count && v->org > loc) return PRECIS_ENTITY_ORGANIZATION;
        return loc * 4 > v->count ? PRECIS_ENTITY_PLACE : PRECIS_ENTITY_OTHER;
    }
    if (v->org && v->org > loc && v->org >= v->person) return PRECIS_ENTITY_ORGANIZATION;
    /* one "said" among sixty mentions of a drug is no person: evidence must
     * be a share of the mentions (measured: people named by one word carry
     * it on a fifth to a half of theirs in the DUC clusters) */
    if (v->person && v->person * 2 >= loc && (kg->ntok >= 2 || v->person * 8 >= v->count))
        return PRECIS_ENTITY_PERSON;
    /* a person's full name "to" or "from" whom things go now and then */
    if (kg->fullp && !v->the && loc * 4 < v->count) return PRECIS_ENTITY_PERSON;
    if (loc && loc * 8 >= v->count) return PRECIS_ENTITY_PLACE;
    if (wn & N_WNART) return PRECIS_ENTITY_OTHER;
    if (wn & N_WNPERSON) return PRECIS_ENTITY_PERSON;
    if (kg->ntok >= 2 && kg->ntok <= 3) return PRECIS_ENTITY_PERSON;
    return PRECIS_ENTITY_OTHER;
}

/* Each entity's name and type: the evidence of its groups summed, then
 * people by their fullest name, others by their most used one. */
static void name_and_type(precis_entities *e, const ectx *x, const groups *gs, const uint32_t *ent)
{
    const kgroup *g = gs->g;
    kgroup *ev = pc_xcalloc(e->n, sizeof *ev);
    uint32_t *named = pc_xmalloc(e->n * sizeof *named);
    for (size_t k = 0; k < e->n; k++) named[k] = UINT32_MAX;
    for (uint32_t i = 0; i < gs->n; i++) {
        kgroup *v = &ev[ent[i]];
        v->person += g[i].person;
        v->loc += g[i].loc;
        v->count += g[i].count;
        v->org += g[i].org;
        v->art += g[i].art;
        v->the += g[i].the;
        v->tribe |= g[i].tribe;
        v->place_kw |= g[i].place_kw;
        v->org_kw |= g[i].org_kw;
        v->gaz |= g[i].gaz;
        v->event |= g[i].event;
    }
    for (uint32_t i = 0; i < gs->n; i++) {
        uint32_t k = ent[i];
        const kgroup *v = &ev[k];
        if (named[k] == UINT32_MAX) named[k] = i;
        else {
            const kgroup *a = &g[i], *b = &g[named[k]];
            int better = v->person > v->loc && !v->place_kw && !v->org_kw && !v->gaz
                             ? (a->ntok > b->ntok || (a->ntok == b->ntok && a->own > b->own))
                             : (a->count > b->count || (a->count == b->count && a->ntok > b->ntok));
            if (better) named[k] = i;
        }
    }
    for (size_t k = 0; k < e->n; k++) {
        const kgroup *kg = &g[named[k]];
        e->e[k].name = pc_strdup(x->m[kg->best].name);
        e->e[k].type = entity_type(&ev[k], kg);
    }
    free(ev);
    free(named);
}

/* Every mention into its entity, in document order, with the documents
 * that mention it (and how often) and its distinct surface forms (the
 * aliases); the mentions' texts move into the entities. */
static void add_mentions(precis_entities *e, ectx *x, const uint32_t *ent)
{
    size_t *capm = pc_xcalloc(e->n, sizeof *capm);
    size_t *capa = pc_xcalloc(e->n, sizeof *capa);
    size_t *capd = pc_xcalloc(e->n, sizeof *capd);
    for (size_t i = 0; i < x->n; i++) {
        mention *m = &x->m[i];
        uint32_t k = ent[m->group];
        precis_entity *en = &e->e[k];
        PC_GROW(*(precis_mention **)&en->mentions, capm[k], en->nmentions + 1);
        precis_mention *pm = (precis_mention *)&en->mentions[en->nmentions++];
        pm->doc_index = m->doc;
        pm->start = m->start;
        pm->end = m->end;
        pm->text = m->surface;
        m->surface = NULL;
        if (!en->ndocs || en->docs[en->ndocs - 1] != m->doc) {
            /* two arrays of one length: grow both from the same capacity */
            size_t cap_docs = capd[k], cap_counts = capd[k];
            PC_GROW(*(size_t **)&en->docs, cap_docs, en->ndocs + 1);
            PC_GROW(*(size_t **)&en->doc_mentions, cap_counts, en->ndocs + 1);
            capd[k] = cap_docs;
            ((size_t *)en->docs)[en->ndocs] = m->doc;
            ((size_t *)en->doc_mentions)[en->ndocs++] = 0;
        }
        ((size_t *)en->doc_mentions)[en->ndocs - 1]++;
        int seen = 0;
        for (size_t a = 0; a < en->naliases && !seen; a++) seen = strcmp(en->aliases[a], pm->text) == 0;
        if (!seen) {
            PC_GROW(*(const char ***)&en->aliases, capa[k], en->naliases + 1);
            ((const char **)en->aliases)[en->naliases++] = pm->text;
        }
    }
    free(capm);
    free(capa);
    free(capd);
}

static int by_mentions(const void *a, const void *b)
{
    const precis_entity *x = a, *y = b;
    if (x->nmentions != y->nmentions) return x->nmentions > y->nmentions ? -1 : 1;
    return strcmp(x->name, y->name);
}

static int by_span(const void *a, const void *b)
{
    const pc_entity_span *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return x->ent < y->ent ? -1 : x->ent > y->ent;
}

/* Every mention of every entity, sorted by document and start, for
 * precis_entities_at_span. */
static void index_spans(precis_entities *e)
{
    size_t n = 0;
    for (size_t k = 0; k < e->n; k++) n += e->e[k].nmentions;
    e->spans = n ? pc_xmalloc(n * sizeof *e->spans) : NULL;
    e->nspans = 0;
    for (size_t k = 0; k < e->n; k++)
        for (size_t i = 0; i < e->e[k].nmentions; i++) {
            const precis_mention *m = &e->e[k].mentions[i];
            e->spans[e->nspans++] = (pc_entity_span){m->doc_index, m->start, m->end, (uint32_t)k};
        }
    if (e->nspans > 1) qsort(e->spans, e->nspans, sizeof *e->spans, by_span);
}

/* The most mentioned entities first (ties by name), then the lookup map
 * from every group's key to its entity's place in that order. */
static void rank_and_index(precis_entities *e, const ectx *x, const groups *gs, const uint32_t *ent)
{
    typedef struct {
        precis_entity en;
        uint32_t old;
    } ranked;
    ranked *rk = pc_xmalloc(e->n * sizeof *rk);
    for (size_t k = 0; k < e->n; k++) rk[k].en = e->e[k], rk[k].old = (uint32_t)k;
    qsort(rk, e->n, sizeof *rk, by_mentions);
    uint32_t *slot_of = pc_xmalloc(e->n * sizeof *slot_of);
    for (size_t k = 0; k < e->n; k++) {
        e->e[k] = rk[k].en;
        slot_of[rk[k].old] = (uint32_t)k;
    }
    free(rk);
    for (uint32_t i = 0; i < gs->n; i++)
        pc_map_put(&e->lookup, gs->g[i].key, strlen(gs->g[i].key), slot_of[ent[i]], NULL);
    /* a short name resolved in context ("Lavrov") finds the entity it named
     * first, unless it is a name group of its own */
    for (size_t i = 0; i < x->n; i++) {
        const mention *m = &x->m[i];
        if (m->short_key && !pc_map_get(&e->lookup, m->short_key, strlen(m->short_key)))
            pc_map_put(&e->lookup, m->short_key, strlen(m->short_key), slot_of[ent[m->group]], NULL);
    }
    free(slot_of);
    index_spans(e);
}

static void free_mentions(ectx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        free(x->m[i].surface);
        free(x->m[i].name);
        free(x->m[i].key);
        free(x->m[i].short_key);
    }
    free(x->m);
    pc_map_free(&x->lower_seen);
    pc_map_free(&x->cap_seen);
    pc_map_free(&x->nouns);
}

precis_entities *precis_entities_find(precis_cluster *c)
{
    if (pc_analyze(c, NULL, 0) != 0) return NULL;
    const char *lang = pc_language(c);
    if (!strcmp(lang, "chinese") || !strcmp(lang, "japanese")) {
        /* no capital letters and no proper-noun tagger: an honest nothing
         * rather than a list of junk */
        precis_entities *e = pc_xcalloc(1, sizeof *e);
        e->docs = pc_copy_docs(c, &e->ndocs);
        e->cluster_id = pc_strdup(c->id);
        snprintf(e->lang, sizeof e->lang, "%s", lang);
        e->note = !strcmp(lang, "chinese")
                      ? "entities are not listed for Chinese text: precis has no proper-noun tagger for it"
                      : "entities are not listed for Japanese text: precis has no proper-noun tagger for it";
        return e;
    }
    ectx x = {0};
    x.c = c;
    x.german = !strcmp(lang, "german");
    learn_case(&x);
    collect_mentions(&x);

    /* names merge, in this order, by union-find */
    groups gs = {0};
    resolve_short_names(&x);
    drop_weak(&x);
    group_by_key(&x, &gs);
    merge_misspellings(&gs);
    merge_named_as(&x, &gs);
    merge_surnames(&gs);

    precis_entities *e = pc_xcalloc(1, sizeof *e);
    e->docs = pc_copy_docs(c, &e->ndocs);
    e->cluster_id = pc_strdup(c->id);
    snprintf(e->lang, sizeof e->lang, "%s", lang);
    uint32_t *ent = make_entities(e, &gs);
    name_and_type(e, &x, &gs, ent);
    add_mentions(e, &x, ent);
    rank_and_index(e, &x, &gs, ent);

    free(ent);
    free(gs.parent);
    free(gs.full);
    free(gs.g);
    free_mentions(&x);
    return e;
}

static void free_entity(precis_entity *en)
{
    free((char *)en->name);
    for (size_t i = 0; i < en->nmentions; i++) free((char *)en->mentions[i].text);
    free((precis_mention *)en->mentions);
    free((const char **)en->aliases);
    free((size_t *)en->docs);
    free((size_t *)en->doc_mentions);
}

void precis_entities_free(precis_entities *e)
{
    if (!e) return;
    for (size_t k = 0; k < e->n; k++) free_entity(&e->e[k]);
    free(e->e);
    pc_map_free(&e->lookup);
    free(e->spans);
    pc_free_docs(e->docs, e->ndocs);
    free(e->cluster_id);
    free(e);
}

size_t precis_entities_count(const precis_entities *e) { return e ? e->n : 0; }

const char *precis_entities_language(const precis_entities *e) { return e ? e->lang : NULL; }

const char *precis_entities_note(const precis_entities *e) { return e ? e->note : NULL; }

long precis_entities_at_span(const precis_entities *e, size_t doc_index, size_t start, size_t end)
{
    if (!e || !e->nspans || end <= start) return -1;
    /* the first span that starts at or after end, in this document */
    size_t lo = 0, hi = e->nspans;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const pc_entity_span *s = &e->spans[mid];
        if (s->doc < doc_index || (s->doc == doc_index && s->start < end)) lo = mid + 1;
        else hi = mid;
    }
    /* mentions do not nest much: look back a few for one that overlaps */
    for (size_t i = lo, seen = 0; i > 0 && seen < 8; seen++) {
        const pc_entity_span *s = &e->spans[--i];
        if (s->doc != doc_index) break;
        if (s->end > start && s->ent != UINT32_MAX) return (long)s->ent;
    }
    return -1;
}

const precis_entity *precis_entities_at(const precis_entities *e, size_t i)
{
    return e && i < e->n ? &e->e[i] : NULL;
}

long precis_entities_lookup(const precis_entities *e, const char *name)
{
    if (!e || !name) return -1;
    char *key = pc_entity_key(name, strlen(name));
    const char *canon = pc_name_alias(key, strlen(key)); /* "U.S." -> "united states" */
    if (canon) {
        free(key);
        key = pc_strdup(canon);
    }
    const uint32_t *v = pc_map_get(&e->lookup, key, strlen(key));
    /* the longest known tail: "U.S. President Bill Clinton" -> "bill clinton" */
    for (const char *sp = strchr(key, ' '); (!v || *v == UINT32_MAX) && sp; sp = strchr(sp + 1, ' '))
        v = pc_map_get(&e->lookup, sp + 1, strlen(sp + 1));
    free(key);
    return v && *v != UINT32_MAX ? (long)*v : -1;
}

const char *precis_entity_type_name(precis_entity_type t)
{
    switch (t) {
    case PRECIS_ENTITY_PERSON: return "person";
    case PRECIS_ENTITY_PLACE: return "place";
    case PRECIS_ENTITY_ORGANIZATION: return "organization";
    default: return "other";
    }
}

void precis_entities_keep(precis_entities *e, size_t max, int type)
{
    if (!e) return;
    size_t j = 0;
    uint32_t *slot_of = pc_xmalloc(e->n * sizeof *slot_of);
    for (size_t k = 0; k < e->n; k++) {
        precis_entity *en = &e->e[k];
        int keep = (type < 0 || (int)en->type == type) && (!max || j < max);
        if (!keep) {
            slot_of[k] = UINT32_MAX;
            free_entity(en);
            continue;
        }
        slot_of[k] = (uint32_t)j;
        e->e[j++] = *en;
    }
    e->n = j;
    for (size_t i = 0; i < e->nspans; i++)
        if (e->spans[i].ent != UINT32_MAX) e->spans[i].ent = slot_of[e->spans[i].ent];
    /* the lookup follows; names of removed entities no longer resolve */
    for (size_t i = 0; i < e->lookup.cap; i++)
        if (e->lookup.keys[i] && e->lookup.vals[i] != UINT32_MAX) e->lookup.vals[i] = slot_of[e->lookup.vals[i]];
    free(slot_of);
}
