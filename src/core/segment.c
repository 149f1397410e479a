/*
 * segment.c — sentence boundaries, for each cleaned document when analysis
 * starts (analyze.c calls pc_segment).
 *
 * One linear pass.  Rules, in order: a blank line always ends a sentence; a
 * single newline ends one unless the document's lines are wrapped (see
 * clean.c), and even then before a list item ("- ", "* ", "• ", "2) ", and
 * "2. " inside a list or after a line ending in ':').  '.', '!', '?' and '…',
 * with any closing quotes or brackets after them, end a sentence when
 * followed by space and then an upper-case letter, a digit or an opening
 * quote, except:
 *   - a period after an abbreviation that counts ("p.", "No.", "vol.",
 *     "Fig.", "approx.") before a number ("see p. 12");
 *   - a period after a title ("Mr.", "Gen.", "St.") unless the next word is
 *     a function word that cannot be a name ("Main St. The door ...");
 *   - a period after a month before a number ("Jan. 22");
 *   - a period after an initial ("J. Smith"), an acronym ("U.S.") or a
 *     company or name suffix ("Inc.", "Jr.") unless the next word is one
 *     that commonly starts a sentence ("The", "He", "Officials"); after
 *     "a.m."/"p.m." any capitalised word but a day, a month, a time zone or
 *     a place before "time" starts one ("at 6 a.m. Workers blocked ...");
 *   - an ellipsis ("...", ". . .", "…", "[...]") after a word that leaves
 *     the text unfinished ("belong to... Japan");
 *   - a sentence end inside a quotation whose closing mark comes after a
 *     comma (or after '?'/'!' before a lower-case word): the quote goes on
 *     to its attribution (“I’m glad. It’s time,” Putin said.);
 *   - the period of a list marker that starts the sentence ("1. Talks").
 * A list item also ends before the next one on the same line ("1) Talks
 * resumed 2) Ministers left": the next marker in sequence) and before a
 * bullet '•'.  A sentence longer than PC_MAX_SENTENCE bytes is cut at a
 * space so no stage ever sees a huge one.
 *
 * Beyond English (d->lang, set before cleaning): Chinese and Japanese
 * sentences end at 。！？ with or without a space after them, with any
 * closing 」』）】”’ (a closing bracket before a particle, 「…。」と話した, and a
 * quote of several sentences before one, 「A。B。」と述べた, go on); other
 * languages have their own abbreviations (abbr_de ... abbr_ru: "z. B.",
 * "г. Химки", "Sr. López"), a single lower-case letter before a period
 * ("т. е.") ends nothing, German "am 12. Oktober" is a date, and „…“ «…»
 * are followed like “…” (a comma after the closing mark keeps the quote
 * with its attribution).  Measured on tests/data/lang-seg (hand counts:
 * ru 11, de 12, ja 10, zh 10 sentences): before 0, 14, 0, 0; now equal.
 * ICU's sentence break iterator is not used: on "Der Schaden liegt bei 3
 * Mio. Euro, z. B. durch Waren. Die Halle Nr. 7 brannte am 12. Oktober ab.
 * Dr. Weber ermittelt." ICU 72 (locale de) gives 7 sentences for 3, split
 * after "Mio.", "z.", "12." and "Dr."; with its abbreviation suppressions
 * (de@ss=standard) still 4 ("z." and "12."), so the rules here stay one
 * linear pass in every language.
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

/* The same, ignoring case ("vol" and "Vol", "no" and "No"). */
static int in_list_ci(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && strncasecmp(w, *list, n) == 0) return 1;
    return 0;
}

static const char *const titles[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Rev", "St", "Hon", "Pres", "Supt", "Det", "Insp", "Brig", "Cpl",
    "Pvt", "Gens", "Sens", "Reps", "Messrs", "Mmes", "Fr", "Msgr", "Atty", "No", "Nos", "Vol",
    "Fig", "Art", "Sec", "Ch", "pp", "vs", "Mt", "Ft", "Sgts", "Cols", "Lts", "Dept", "Univ",
    "Ave", "Blvd", "approx", "cf", "viz", "al", "Rd", "Ste", NULL};
/* Abbreviations that count or point at something numbered: before a number
 * their period never ends a sentence ("see p. 12", "No. 4", "vol. 2"). */
static const char *const before_number[] = {
    "p", "pp", "pg", "pgs", "no", "nos", "nr", "vol", "vols", "fig", "figs", "ch", "chap",
    "sec", "sect", "art", "arts", "para", "paras", "eq", "eqs", "ref", "dept", "approx", "ca",
    "tab", "pt", "pts", "op", "ex", "app", "appx", "ed", "ser", "div", "reg", "col", "cols",
    "ln", "bk", "v", "vs", "cf", "est", "av", "avg", "max", "min", "tel", "ph", "rm", "ste",
    "apt", "bldg", "fl", "item", "nn", NULL};
static const char *const suffixes[] = {"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "Bros",
                                       "Cos", "Assn", "Ariz", "Calif", "Fla", "Ill", "Mass",
                                       "Mich", "Minn", "Tenn", "Wash", "Wis", "Colo", "Conn",
                                       "Okla", "Ore", "Pa", "Va", "Ky", "La", "Md", "Mo",
                                       "Neb", "Nev", "Ga", "Ala", "Ark", "Del", "Kan", "Miss",
                                       "Tex", "Wyo", "Plc", "Pty", "Ltda", "Cie", NULL};
/* Words that begin sentences and are no part of a name: closed-class words
 * (pronouns, determiners, conjunctions, sentence adverbs, prepositions) and
 * the plural nouns news sentences most often open with.  After an acronym,
 * an initial or a suffix ("in the U.S. Officials ...") they mark a new
 * sentence; any other capitalised word is taken for the name going on
 * ("the U.S. Navy"). */
static const char *const starters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "Nor",
    "In", "On", "At", "By", "With", "From", "Under", "Over", "During", "Despite", "Without",
    "Among", "Into", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its",
    "Their", "Our", "My", "Your", "As", "After", "Before", "When", "While", "If", "Unless",
    "Until", "Although", "Though", "Because", "Once", "For", "Some", "Many", "Most", "Several",
    "All", "Both", "Each", "Every", "Few", "Such", "No", "Not", "None", "Nobody", "Nothing",
    "Everyone", "Everybody", "Someone", "Somebody", "One", "Other", "Another", "Officials",
    "Police", "Authorities", "Meanwhile", "However", "Since", "Still", "Yet", "Also", "So",
    "Then", "Now", "Today", "Yesterday", "Later", "Earlier", "Instead", "Thus", "Moreover",
    "Indeed", "What", "Who", "Why", "How", "Where", "Which", "Even", "Only", "Neither",
    "Either", "Whether", "Asked", "According", NULL};
/* Words that leave a text unfinished: an ellipsis after one of them marks
 * words left out inside a sentence ("belong to ... Japan"), not its end. */
static const char *const unfinished[] = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "into",
    "than", "and", "or", "but", "nor", "that", "as", "his", "her", "their", "its", "our", "my",
    "your", "this", "these", "those", "is", "was", "were", "are", "be", "been", "will",
    "would", "could", "should", "can", "may", "might", "not", "very", "between", "under",
    "over", "against", "if", "because", "whose", "which", "who", "whom", NULL};

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

static int is_at(const char *t, size_t n, size_t k, const char *lit)
{
    size_t l = strlen(lit);
    return n - k >= l && k <= n && memcmp(t + k, lit, l) == 0;
}

#define ELLIPSIS "\xE2\x80\xA6"
#define BULLET "\xE2\x80\xA2"

/* A month's abbreviation as a word is written ("Jan", "Sept"; not "JAN"
 * or "jan"): before a number its period ends no sentence ("Jan. 22"). */
static int month_abbrev(const char *w, size_t n)
{
    if (!pc_month_of_abbrev(w, n) || !isupper((unsigned char)w[0])) return 0;
    for (size_t i = 1; i < n; i++)
        if (!islower((unsigned char)w[i])) return 0;
    return 1;
}

/* A list marker at k: 1 to 3 digits, one letter, or a roman numeral up to
 * "viii", then '.' or ')' and a space (or the end).  Returns the length of
 * its label (without the '.' or ')'), or 0. */
static size_t marker_at(const char *t, size_t n, size_t k)
{
    size_t e = k;
    if (k < n && isdigit((unsigned char)t[k])) {
        while (e < n && e - k < 4 && isdigit((unsigned char)t[e])) e++;
        if (e - k > 3) return 0;
    } else if (k < n && isalpha((unsigned char)t[k])) {
        e = k + 1;
        if (e < n && isalpha((unsigned char)t[e])) { /* roman: ii iii iv vi vii viii */
            while (e < n && e - k < 5 && strchr("ivxIVX", t[e]) && strchr("ivxIVX", t[k])) e++;
            static const char *const romans[] = {"ii", "iii", "iv", "vi", "vii", "viii", "ix",
                                                 "II", "III", "IV", "VI", "VII", "VIII", "IX", NULL};
            if (!in_list(t + k, e - k, romans)) return 0;
        }
    } else {
        return 0;
    }
    if (e >= n || (t[e] != '.' && t[e] != ')')) return 0;
    if (e + 1 < n && !isspace((unsigned char)t[e + 1])) return 0;
    return e - k;
}

/* Is the marker label b[0..bn) the one after a[0..an) (2 after 1, b after a,
 * ii after i)? */
static int marker_follows(const char *a, size_t an, const char *b, size_t bn)
{
    if (isdigit((unsigned char)a[0]))
        return isdigit((unsigned char)b[0]) && atoi(b) == atoi(a) + 1;
    if (an == 1 && bn == 1 && b[0] == a[0] + 1) return 1;
    static const char *const seq[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", NULL};
    for (size_t k = 0; seq[k + 1]; k++)
        if (strlen(seq[k]) == an && strlen(seq[k + 1]) == bn && strncasecmp(a, seq[k], an) == 0 &&
            strncasecmp(b, seq[k + 1], bn) == 0 && (islower((unsigned char)a[0]) != 0) == (islower((unsigned char)b[0]) != 0))
            return 1;
    return 0;
}

/* Is there a sentence start at k (after whitespace)? */
/* An opening quotation mark of other languages' typography: „ « ‚ 「 『,
 * and Spanish's opening ¿ ¡ (pc_open_quote knows the English ones).  Its
 * length, or 0. */
static size_t intl_open_quote(const char *t, size_t n, size_t k)
{
    if (is_at(t, n, k, "\xE2\x80\x9E") || is_at(t, n, k, "\xE2\x80\x9A") ||
        is_at(t, n, k, "\xE3\x80\x8C") || is_at(t, n, k, "\xE3\x80\x8E"))
        return 3;
    return is_at(t, n, k, "\xC2\xAB") || is_at(t, n, k, "\xC2\xBF") || is_at(t, n, k, "\xC2\xA1") ? 2 : 0;
}

/* French spacing: a closing » after a space ("« Nous viendrons. » Puis"),
 * with a space, a no-break space or a narrow one (U+202F) before it.  The
 * end of the », or k. */
static size_t spaced_guillemet(const char *t, size_t n, size_t k)
{
    size_t j = k;
    if (j < n && t[j] == ' ') j++;
    else if (is_at(t, n, j, "\xC2\xA0")) j += 2;
    else if (is_at(t, n, j, "\xE2\x80\xAF")) j += 3;
    else return k;
    return is_at(t, n, j, "\xC2\xBB") ? j + 2 : k;
}

static int next_starts_sentence(const char *t, size_t n, size_t k)
{
    if (k >= n) return 1;
    size_t q;
    while (((q = pc_open_quote(t + k, n - k)) != 0 || (q = intl_open_quote(t, n, k)) != 0) && k + q < n) {
        int guil = is_at(t, n, k, "\xC2\xAB");
        k += q;
        if (guil && spaced_guillemet(t, n, k) == k) { /* "« Nous": French spacing inside */
            if (t[k] == ' ') k++;
            else if (is_at(t, n, k, "\xC2\xA0")) k += 2;
            else if (is_at(t, n, k, "\xE2\x80\xAF")) k += 3;
        }
        if (k >= n) return 1;
    }
    if (t[k] == '-' || t[k] == '*' || is_at(t, n, k, BULLET)) return 1;
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

/* After a clock time ("at 6 a.m."), is the capitalised word t[ws..we) the
 * start of a sentence?  What goes on a time is a day or a month ("a.m.
 * Friday", "p.m. Jan. 5"), a time zone ("a.m. EST", "p.m. Eastern") or a
 * place before "time" ("p.m. Moscow time"); anything else begins one ("6
 * a.m. Workers blocked ..."). */
static int time_then_sentence(const char *t, size_t n, size_t ws, size_t we)
{
    size_t wl = we - ws;
    if (!wl || !isupper((unsigned char)t[ws])) return 0;
    if (pc_weekday_of_name(t + ws, wl) >= 0 || pc_month_of_name(t + ws, wl) || pc_month_of_abbrev(t + ws, wl))
        return 0;
    if (wl > 1 && isupper((unsigned char)t[ws + 1])) return 0; /* "EST", "GMT" */
    static const char *const zones[] = {"Eastern", "Central", "Mountain", "Pacific", "Atlantic",
                                        "Greenwich", "Universal", "Coordinated", "Local", NULL};
    if (in_list(t + ws, wl, zones)) return 0; /* "8 p.m. Eastern" */
    if (we + 5 <= n && memcmp(t + we, " time", 5) == 0) return 0;
    return 1;
}

/* Is the clock time whose "a.m." starts at ws written after a determiner
 * ("the 7 p.m. British Airways flight")?  Then it describes the next noun. */
static int time_after_determiner(const char *t, size_t start, size_t ws)
{
    static const char *const dets[] = {"the", "a", "an", "this", "that", "his", "her", "their",
                                       "its", "our", "every", "each", "The", "A", "An", "This",
                                       "That", "Every", "Each", NULL};
    size_t e = ws;
    while (e > start && t[e - 1] == ' ') e--;
    while (e > start && (isdigit((unsigned char)t[e - 1]) || t[e - 1] == ':' || t[e - 1] == '.')) e--;
    while (e > start && t[e - 1] == ' ') e--;
    size_t b = e;
    while (b > start && isalpha((unsigned char)t[b - 1])) b--;
    return e > b && in_list(t + b, e - b, dets);
}

/* Abbreviations of other languages whose period never ends a sentence,
 * whatever follows (written as in text, case-sensitive): titles, "z. B.",
 * "т. е.", "Nr.", units.  An abbreviation that also ends sentences often
 * ("etc.", "usw.") is left out, except where a lower-case word follows it
 * anyway. */
static const char *const abbr_de[] = {
    "z", "B", "Nr", "Dr", "bzw", "ca", "Mio", "Mrd", "Prof", "St", "Str", "vgl", "evtl", "ggf",
    "inkl", "Hr", "Fr", "Abs", "Tel", "geb", "gest", "ehem", "sog", "Bd", "Jh", "Dipl", "Ing",
    "Mag", "bspw", "u", "a", "d", "h", "o", "s", "Kap", "Art", "Abb", "Std", "Min", "Tsd", NULL};
static const char *const abbr_fr[] = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "p", "ex",
    "av", "bd", "cf", "env", "hab", "min", "max", "n", "no", "art", "vol", "chap", NULL};
static const char *const abbr_es[] = {
    "Sr", "Sra", "Srta", "Sres", "Dr", "Dra", "Dña", "EE", "UU", "Ud", "Uds", "Vd", "Vds", "pág",
    "núm", "art", "av", "avda", "Avda", "Gral", "Lic", "Ing", "aprox", "Excmo", "Excma", "Sto",
    "Sta", "Prof", "Mons", "p", "ej", "n", "dcha", "izq", "tel", "Tel", NULL};
static const char *const abbr_it[] = {
    "Sig", "Sigg", "Sig.ra", "Dott", "Dott.ssa", "Dr", "Prof", "Avv", "Ing", "Arch", "Geom", "On",
    "Sen", "Gen", "Mons", "S", "pag", "pagg", "n", "nr", "art", "ca", "es", "cfr", "tel", NULL};
static const char *const abbr_pt[] = {
    "Sr", "Sra", "Srs", "Sras", "Dr", "Dra", "Exmo", "Exma", "Prof", "Profa", "Eng", "Gen",
    "pág", "págs", "n", "nº", "art", "av", "tel", "p", "ex", "aprox", NULL};
static const char *const abbr_ru[] = {
    "г", "гг", "т", "е", "д", "п", "ул", "им", "тыс", "млн", "млрд", "руб", "коп", "кв", "м",
    "км", "см", "ст", "в", "вв", "др", "пр", "р", "с", "обл", "пос", "корп", "стр", "д-р",
    "проф", "акад", "ген", "напр", "англ", "рус", "чел", "долл", NULL};
/* German months: "am 12. Oktober" is a date, its period no sentence end. */
static const char *const months_de[] = {
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember", NULL};

/* The abbreviation list of a language (Snowball name), or NULL. */
static const char *const *abbrevs_of(const char *lang)
{
    if (strcmp(lang, "german") == 0) return abbr_de;
    if (strcmp(lang, "french") == 0) return abbr_fr;
    if (strcmp(lang, "spanish") == 0) return abbr_es;
    if (strcmp(lang, "italian") == 0) return abbr_it;
    if (strcmp(lang, "portuguese") == 0) return abbr_pt;
    if (strcmp(lang, "russian") == 0) return abbr_ru;
    return NULL;
}

/* The start of the character before t[p] when it is a letter (any
 * script), else p. */
static size_t letter_before(const char *t, size_t start, size_t p)
{
    if (p <= start) return p;
    size_t b = p - 1;
    while (b > start && ((unsigned char)t[b] & 0xC0) == 0x80 && p - b < 4) b--;
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)t + b, (utf8proc_ssize_t)(p - b), &cp) != (utf8proc_ssize_t)(p - b))
        return p;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO ? b : p;
}

/* For a document not in English: does the period at p (after the word
 * before it) certainly not end a sentence?  A language's abbreviation
 * ("z. B.", "г. Химки", "Sr. López"), a single lower-case letter ("т. е."),
 * or in German an ordinal day before a month ("am 12. Oktober"). */
static int intl_no_end(const char *t, size_t n, size_t start, size_t p, size_t k, const char *lang)
{
    size_t ws = p, b;
    while ((b = letter_before(t, start, ws)) < ws) ws = b;
    size_t wn = p - ws;
    if (wn && ws > start && t[ws - 1] == '.' && ws - 1 > start) {
        /* "Sig.ra", "Dott.ssa": letters, a dot, letters */
        size_t w2 = ws - 1;
        while ((b = letter_before(t, start, w2)) < w2) w2 = b;
        const char *const *l = abbrevs_of(lang);
        if (w2 < ws - 1 && l && in_list(t + w2, p - w2, l)) return 1;
    }
    if (wn) {
        if (ws > start && (isalnum((unsigned char)t[ws - 1]) || ((unsigned char)t[ws - 1] >= 0x80 && letter_before(t, start, ws) < ws)))
            return 0;
        /* "и т. д.", "и т. п." (and so on) close sentences: the usual rules decide */
        static const char *const etc_ru[] = {"\xD0\xB4", "\xD0\xBF", NULL}; /* д п */
        if (strcmp(lang, "russian") == 0 && in_list(t + ws, wn, etc_ru) &&
            ((ws >= start + 3 && memcmp(t + ws - 3, "\xD1\x82.", 3) == 0) ||          /* т.д */
             (ws >= start + 4 && memcmp(t + ws - 4, "\xD1\x82. ", 4) == 0)))          /* т. д */
            return 0;
        const char *const *l = abbrevs_of(lang);
        if (l && in_list(t + ws, wn, l)) return 1;
        /* a single letter: "т. е.", "p. ex."; an initial in a script other
         * than Latin before a name ("В. Путин"; Latin initials: period_ends) */
        utf8proc_int32_t cp;
        utf8proc_ssize_t cl = utf8proc_iterate((const utf8proc_uint8_t *)t + ws, (utf8proc_ssize_t)wn, &cp);
        if (cl == (utf8proc_ssize_t)wn && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) return 1;
        if (cl == (utf8proc_ssize_t)wn && cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU) return 1;
        return 0;
    }
    /* "am 12. Oktober": a German ordinal day */
    if (strcmp(lang, "german") == 0 && p > start && isdigit((unsigned char)t[p - 1])) {
        size_t ds = p;
        while (ds > start && isdigit((unsigned char)t[ds - 1])) ds--;
        size_t we = k;
        while (we < n && (unsigned char)t[we] > ' ' && t[we] != '.' && t[we] != ',') we++;
        if (p - ds <= 2 && in_list(t + k, we - k, months_de)) return 1;
    }
    return 0;
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
    /* a word glued to a letter, digit or address character before it
     * ("example.com", "a/b.html") ends an address, not an abbreviation */
    if (ws > start && (isalnum((unsigned char)t[ws - 1]) || strchr("/@:_~=%#&", t[ws - 1]))) return 1;
    size_t nws, nwe;
    next_word(t, n, k, &nws, &nwe);
    /* "see p. 12", "No. 4", "approx. 40": a count follows its abbreviation
     * (written in lower case or capitalised: "PG. 133" is a rating) */
    int cased = 1;
    for (size_t x = 1; x < wn; x++) cased &= islower((unsigned char)w[x]) != 0;
    if (isdigit((unsigned char)t[k]) && cased && in_list_ci(w, wn, before_number)) return 0;
    /* a title goes before a name, never before a function word; a single
     * letter after it is an initial or a numeral ("Prof. A. Kumar", "No. I") */
    int strong = nwe - nws > 1 && in_list(t + nws, nwe - nws, starters);
    if (in_list(w, wn, titles)) return strong;
    if (month_abbrev(w, wn)) return !isdigit((unsigned char)t[k]);
    int starter = in_list(t + nws, nwe - nws, starters);
    if (wn == 3 && (memcmp(w, "a.m", 3) == 0 || memcmp(w, "p.m", 3) == 0))
        return starter || (time_then_sentence(t, n, nws, nwe) && !time_after_determiner(t, start, ws));
    if (wn == 1 && isupper((unsigned char)w[0])) return starter; /* an initial */
    if (memchr(w, '.', wn) || in_list(w, wn, suffixes)) return starter;
    return 1;
}

/* Does an ellipsis that starts at p follow a word that leaves the text
 * unfinished ("belong to ...")?  Spaces, dots, '[' and '…' before it are
 * skipped. */
static int unfinished_before(const char *t, size_t start, size_t p)
{
    size_t e = p;
    while (e > start) {
        if (t[e - 1] == ' ' || t[e - 1] == '.' || t[e - 1] == '[') e--;
        else if (e - start >= 3 && memcmp(t + e - 3, ELLIPSIS, 3) == 0) e -= 3;
        else break;
    }
    size_t s = e;
    while (s > start && isalpha((unsigned char)t[s - 1])) s--;
    if (s == e) return 0;
    char low[16];
    if (e - s >= sizeof low) return 0;
    for (size_t i = s; i < e; i++) low[i - s] = (char)tolower((unsigned char)t[i]);
    return in_list(low, e - s, unfinished);
}

/* Quotation marks, for following a quote across its sentences. */
enum { Q_NONE, Q_DOUBLE, Q_SINGLE, Q_STRAIGHT, Q_LOW, Q_GUIL };

/* The kind of quote a closing mark at t[k] closes, or Q_NONE. */
static int closes(const char *t, size_t n, size_t k, int kind)
{
    if (kind == Q_DOUBLE) return is_at(t, n, k, "\xE2\x80\x9D");
    if (kind == Q_STRAIGHT) return t[k] == '"';
    /* „...“ (German), „...” (Polish, Romanian); «...» */
    if (kind == Q_LOW) return is_at(t, n, k, "\xE2\x80\x9C") || is_at(t, n, k, "\xE2\x80\x9D");
    if (kind == Q_GUIL) return is_at(t, n, k, "\xC2\xBB");
    /* ’ is also the apostrophe ("It’s"): a closing mark is not followed by a letter */
    return kind == Q_SINGLE && is_at(t, n, k, "\xE2\x80\x99") && !(k + 3 < n && isalpha((unsigned char)t[k + 3]));
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

/* A Chinese or Japanese sentence end at k: 。 ！ ？ (and the ideographic
 * full stop's halfwidth form ｡).  Its length, or 0. */
static size_t cjk_terminal(const char *t, size_t n, size_t k)
{
    if ((unsigned char)t[k] < 0xE3) return 0;
    if (is_at(t, n, k, "\xE3\x80\x82") || is_at(t, n, k, "\xEF\xBC\x81") ||
        is_at(t, n, k, "\xEF\xBC\x9F") || is_at(t, n, k, "\xEF\xBD\xA1"))
        return 3;
    return 0;
}

/* A closing bracket or quote after a CJK sentence end: 」 』 ） 】 》 〉 ” ’.
 * Its length, or 0. */
static size_t cjk_closer(const char *t, size_t n, size_t k)
{
    static const char *const cl[] = {"\xE3\x80\x8D", "\xE3\x80\x8F", "\xEF\xBC\x89", "\xE3\x80\x91",
                                     "\xE3\x80\x8B", "\xE3\x80\x89", "\xE2\x80\x9D", "\xE2\x80\x99", NULL};
    for (const char *const *c = cl; *c; c++)
        if (is_at(t, n, k, *c)) return 3;
    return 0;
}

/* Is there a particle at k that ties a quote to what follows ("「…。」と話
 * した", "」って", "」などと", "」は", "」が", "」を", "」の", "」も", "」に")?
 * A sentence after a quote may open with other kana ("」それで"). */
static int kana_at(const char *t, size_t n, size_t k)
{
    static const char *const particles[] = {"\xE3\x81\xA8", /* と */ "\xE3\x81\xA3", /* っ */
                                            "\xE3\x81\xAA\xE3\x81\xA9", /* など */
                                            "\xE3\x81\xAF", /* は */ "\xE3\x81\x8C", /* が */
                                            "\xE3\x82\x92", /* を */ "\xE3\x81\xAE", /* の */
                                            "\xE3\x82\x82", /* も */ "\xE3\x81\xAB", /* に */ NULL};
    for (const char *const *p = particles; *p; p++)
        if (is_at(t, n, k, *p)) return 1;
    return 0;
}

/* A line starting at k begins a list item: a bullet always; "2)" always;
 * "2." when the sentence before is itself a list item (in_items) or ends in
 * ':' ("Steps:\n1. ...") — a wrapped line may start "12. The" after "May". */
static int list_line(const char *t, size_t n, size_t k, int in_items, int after_colon)
{
    if (is_at(t, n, k, BULLET)) return 1;
    if ((t[k] == '-' || t[k] == '*') && k + 1 < n && t[k + 1] == ' ') return 1;
    size_t m = marker_at(t, n, k);
    if (!m) return 0;
    return t[k + m] == ')' || in_items || after_colon;
}

/* How far a quote is followed to its closing mark. */
#define PC_QUOTE_LOOKAHEAD 2000

void pc_segment(precis_cluster *c, pc_doc *d)
{
    const char *t = d->text;
    size_t n = d->len, i = 0, start = (size_t)-1;
    /* other languages' abbreviations, quotes and dates (English has its own rules above) */
    int english = !d->lang[0] || strcmp(d->lang, "english") == 0;
    int wrapped = pc_doc_wrapped(d);
    /* the list marker the current sentence starts with: t[mk .. mk+ml) */
    size_t mk = 0, ml = 0;
    /* the quote open at i, and what is known of where it closes */
    int qkind = Q_NONE;
    size_t qseen = 0; /* quote lookahead: answered for positions below qseen */
    int qgoes_on = 0;
    /* 「『 open at i, and what is known of where they close (as for quotes) */
    int jdepth = 0, jgoes_on = 0;
    size_t jseen = 0;
    d->sent0 = c->nsents;
    d->nsent = 0;
#define END_AT(e)                                                                            \
    do {                                                                                     \
        emit(c, d, start, (e));                                                              \
        start = (size_t)-1;                                                                  \
        ml = 0;                                                                              \
    } while (0)
    while (i < n) {
        char ch = t[i];
        if (ch == '\n') {
            size_t j = i + 1;
            while (j < n && (t[j] == ' ' || t[j] == '\t')) j++;
            int blank = j >= n || t[j] == '\n';
            if (blank || !wrapped) qkind = Q_NONE, jdepth = 0; /* a quote does not run past its paragraph */
            if (start != (size_t)-1) {
                size_t e = i;
                while (e > start && isspace((unsigned char)t[e - 1])) e--;
                if (!wrapped || blank || list_line(t, n, j, ml != 0, e > start && t[e - 1] == ':'))
                    END_AT(i);
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
            ml = marker_at(t, n, i);
            mk = i;
        } else if (i > start && isspace((unsigned char)t[i - 1])) {
            /* the next item of a list on one line: "1) Talks resumed 2) Ministers left" */
            size_t m = ml ? marker_at(t, n, i) : 0;
            if ((m && t[i + m] == t[mk + ml] && marker_follows(t + mk, ml, t + i, m)) ||
                is_at(t, n, i, BULLET)) {
                END_AT(i);
                start = i;
                ml = marker_at(t, n, i);
                mk = i;
            }
        }
        /* follow quotation marks (wire quotes, ``...'', are left alone:
         * joining them to their attribution cost ROUGE-2 with the topic on
         * DUC 2006, 0.11064 to 0.11041) */
        if (!english && is_at(t, n, i, "\xE2\x80\x9E")) {
            qkind = Q_LOW;
        } else if (!english && is_at(t, n, i, "\xC2\xAB")) {
            qkind = Q_GUIL;
        } else if (qkind == Q_LOW && closes(t, n, i, qkind)) {
            qkind = Q_NONE;
        } else if (is_at(t, n, i, "\xE2\x80\x9C")) {
            qkind = Q_DOUBLE;
        } else if (qkind == Q_NONE && is_at(t, n, i, "\xE2\x80\x98") &&
                   (i == 0 || isspace((unsigned char)t[i - 1]) || t[i - 1] == '(')) {
            qkind = Q_SINGLE;
        } else if (ch == '"') {
            if (qkind == Q_STRAIGHT) qkind = Q_NONE;
            else if (qkind == Q_NONE && (i == 0 || isspace((unsigned char)t[i - 1]) || t[i - 1] == '('))
                qkind = Q_STRAIGHT;
        } else if (qkind != Q_NONE && closes(t, n, i, qkind)) {
            qkind = Q_NONE;
        }
        int ellipsis = is_at(t, n, i, ELLIPSIS);
        if (ch == '.' || ch == '!' || ch == '?' || ellipsis) {
            size_t p = i, j = i;
            while (j < n && (t[j] == '.' || t[j] == '!' || t[j] == '?' || is_at(t, n, j, ELLIPSIS))) {
                if (is_at(t, n, j, ELLIPSIS)) ellipsis = 1;
                j += (t[j] == '.' || t[j] == '!' || t[j] == '?') ? 1 : 3;
            }
            if (j - p >= 2 && t[p] == '.' && t[p + 1] == '.') ellipsis = 1;         /* "..." */
            if (p >= 2 && t[p - 1] == ' ' && t[p - 2] == '.' && t[p] == '.') ellipsis = 1; /* ". . ." */
            size_t q;
            int closed_paren = 0;
            while (j < n && ((q = pc_close_quote(t + j, n - j)) != 0 ||
                             (!english && (q = is_at(t, n, j, "\xE2\x80\x9C") ? 3 : is_at(t, n, j, "\xC2\xBB") ? 2 : 0)))) {
                if (qkind != Q_NONE && closes(t, n, j, qkind)) qkind = Q_NONE;
                closed_paren |= t[j] == ')' || t[j] == ']';
                j += q;
            }
            if (!english && qkind == Q_GUIL && spaced_guillemet(t, n, j) > j) {
                j = spaced_guillemet(t, n, j);
                qkind = Q_NONE;
            }
            if (j >= n || isspace((unsigned char)t[j])) {
                size_t k = j;
                while (k < n && isspace((unsigned char)t[k])) k++;
                int ends;
                if (ml && p == mk + ml && ch == '.')
                    ends = 0; /* the period of the list marker "1. Talks ..." */
                else if (ellipsis)
                    ends = next_starts_sentence(t, n, k) && !unfinished_before(t, start, p);
                else if (closed_paren && t[start] == '(' && !memchr(t + start, ')', p - start))
                    ends = next_starts_sentence(t, n, k); /* "(See below.) Next ...": the bracket opened the sentence */
                else if (ch == '.' && !english && intl_no_end(t, n, start, p, k, d->lang))
                    ends = 0;
                else if (ch == '.')
                    ends = period_ends(t, n, start, p, k);
                else
                    ends = next_starts_sentence(t, n, k);
                if (ends && qkind != Q_NONE && k < n) {
                    /* inside a quote: find its closing mark once */
                    if (j >= qseen) {
                        size_t e = j, lim = n - j > PC_QUOTE_LOOKAHEAD ? j + PC_QUOTE_LOOKAHEAD : n;
                        while (e < lim && !closes(t, n, e, qkind) && !(t[e] == '\n' && (!wrapped || (e + 1 < n && t[e + 1] == '\n'))))
                            e++;
                        qgoes_on = 0;
                        if (e < lim && closes(t, n, e, qkind) && e > j) {
                            size_t after = e + (qkind == Q_STRAIGHT ? 1 : qkind == Q_GUIL ? 2 : 3);
                            while (after < n && t[after] == ' ') after++;
                            /* „Wir kommen. Morgen“, sagte er: the comma after the mark */
                            if ((qkind == Q_LOW || qkind == Q_GUIL) && after < n && t[after] == ',')
                                qgoes_on = 1;
                            /* ‘..., ’ goes on to its attribution; so does ‘...?’ before a
                             * lower-case word ("Are we done?" she asked.) */
                            qgoes_on = qgoes_on || t[e - 1] == ',' ||
                                       ((t[e - 1] == '?' || t[e - 1] == '!') && after < n &&
                                        islower((unsigned char)t[after]));
                        }
                        qseen = e + 1;
                    }
                    if (qgoes_on) ends = 0;
                }
                if (ends) END_AT(j);
            }
            i = j > i ? j : i + 1;
            continue;
        }
        size_t cj = cjk_terminal(t, n, i);
        if (cj) {
            /* 。！？ and any more of them, then closing brackets 」』）】”’》: the end
             * of a sentence, with or without space after it, unless a closing
             * bracket is followed by kana ("「…。」と話した": the quote goes on to
             * its attribution) */
            size_t j = i + cj, q;
            while (j < n && (q = cjk_terminal(t, n, j)) != 0) j += q;
            int closed = 0;
            while (j < n && (q = cjk_closer(t, n, j)) != 0) {
                if (qkind != Q_NONE && closes(t, n, j, qkind)) qkind = Q_NONE;
                if (jdepth > 0 && (is_at(t, n, j, "\xE3\x80\x8D") || is_at(t, n, j, "\xE3\x80\x8F"))) jdepth--;
                j += q;
                closed = 1;
            }
            int ends = !(closed && kana_at(t, n, j)) && !(j < n && (t[j] == ',' || t[j] == ')'));
            if (ends && !closed && jdepth > 0 && j < n) {
                /* inside 「…」: a quote of several sentences that goes on to its
                 * attribution (「A。B。」と述べた) is one sentence; look for the
                 * closing bracket once, within the paragraph */
                if (j >= jseen) {
                    size_t e = j, lim = n - j > PC_QUOTE_LOOKAHEAD ? j + PC_QUOTE_LOOKAHEAD : n;
                    int depth = jdepth;
                    jgoes_on = 0;
                    while (e < lim && !(t[e] == '\n' && (!wrapped || (e + 1 < n && t[e + 1] == '\n')))) {
                        if (is_at(t, n, e, "\xE3\x80\x8C") || is_at(t, n, e, "\xE3\x80\x8E")) depth++;
                        else if (is_at(t, n, e, "\xE3\x80\x8D") || is_at(t, n, e, "\xE3\x80\x8F")) {
                            if (--depth == 0) {
                                jgoes_on = kana_at(t, n, e + 3);
                                break;
                            }
                        }
                        e++;
                    }
                    jseen = e + 1;
                }
                if (jgoes_on) ends = 0;
            }
            if (ends) END_AT(j);
            i = j;
            continue;
        }
        /* Japanese quotation brackets, for quotes of several sentences */
        if (is_at(t, n, i, "\xE3\x80\x8C") || is_at(t, n, i, "\xE3\x80\x8E")) jdepth++;
        else if (jdepth > 0 && (is_at(t, n, i, "\xE3\x80\x8D") || is_at(t, n, i, "\xE3\x80\x8F"))) jdepth--;
        if (i - start > PC_MAX_SENTENCE && isspace((unsigned char)ch)) END_AT(i);
        i += char_len(t + i, n - i);
    }
    if (start != (size_t)-1) END_AT(n);
#undef END_AT
}
