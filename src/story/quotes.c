/*
 * quotes.c — direct quotations and who said them.
 *
 * Quotations are the text between a language's quotation marks (“ ” « »
 * „ “ ‚ ‘ 「 」 『 』 `` '' '' '' and straight double quotes,
 * pc_quote_open) or after a dialogue dash opening a paragraph ("— Texto
 * —dijo Juan—."); those of fewer than three words are scare quotes and are
 * left out.  A quotation still open at the end of its paragraph ends there
 * (news reopens it in the next paragraph), as the quote gold of
 * ../shared/data/story-gold counts them.
 *
 * The speaker is found from the frame around the quote, in this order:
 *   after it, in its sentence     “...,” Lavrov said / said Putin / said
 *                                 acupuncturist Henry Woo / one visitor,
 *                                 Lynn Timmons, said / according to X /
 *                                 X told reporters / dijo / sagte / сказал
 *   before it, in its sentence    X said: “...” / X quoted Y as saying “...”
 *                                 (Y spoke) / According to X, “...”
 *   an all-caps label before it   VLADMIR PUTIN RUSSIAN PRESIDENT "..."
 *   the quote before it           a second quote of the same paragraph, or
 *                                 one reopening an unclosed quote
 *                                 ("continued")
 *   the sentence before           its speech verb's subject, else the person
 *                                 it names ("previous sentence")
 * A comma-set apposition is stepped over, so a named spokesman beats his
 * organisation ("Roger Paquin, a spokesman for the Parti Quebecois, said").
 * A pronoun is resolved to the nearest person mentioned before the quote
 * (outside quotations) whose gender, when the text gives it (Mr., Mrs.),
 * agrees; a description ("a police spokesman", "the judge") stays a
 * description.  A name is mapped to the longest entity it ends with
 * ("Jordanian Information Minister Marwan Muasher" -> Marwan Muasher); a
 * place, a date word, a pronoun or a first-person word is never a speaker.
 *
 * Measured with bench/story-quotes on the 242 quotes of the DUC 2006 quote
 * gold: before this rule set 52% right, 19% of named attributions wrong,
 * 49 missed (see /tmp/notes and the README for the figures after).
 *
 * A story module: reads an analysed cluster's documents (their working
 * text and sentences) and its entities; the renderers print the quotes.
 */
#include "story/story.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

typedef struct {
    size_t s, e;       /* working offsets */
    int cap;           /* capitalised */
    int comma;         /* a comma between the previous word and this one */
    int brk;           /* other clause punctuation (; : ( ) — ! ?) or a quote mark before it */
    char low[32];
} qword;

/* Abbreviations whose period does not end a name: "Dr. Stephen Morgan". */
static int title_abbrev(const char *low)
{
    static const char *const a[] = {"dr", "mr", "mrs", "ms", "sen", "rep", "gov", "gen", "col", "lt",
                                    "sgt", "capt", "prof", "rev", "st", "jr", "sr", "adm", "cmdr",
                                    "maj", "cpl", "pvt", "ph", "d", NULL};
    for (const char *const *p = a; *p; p++)
        if (!strcmp(low, *p)) return 1;
    return 0;
}

/* The words of text[a, b), with the punctuation before each (comma, other
 * clause punctuation) noted.  When `stop`, the first sentence-ending or
 * clause punctuation other than a comma ends the list (*stopped says
 * where).  Periods of initials and title abbreviations are part of the name.
 * At most max words. */
static size_t words_in(const char *t, size_t a, size_t b, qword *w, size_t max, int stop,
                       size_t *stopped)
{
    size_t n = 0, i = a;
    int comma = 0, brk = 0;
    if (stopped) *stopped = b;
    while (i < b && n < max) {
        unsigned char ch = (unsigned char)t[i];
        if (isspace(ch)) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(b - i), &cp);
        if (k <= 0) k = 1, cp = -1;
        int letter = cp >= 0 && (utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO ||
                                 utf8proc_category(cp) == UTF8PROC_CATEGORY_ND);
        if (!letter) {
            if (ch == '.' && n && w[n - 1].e == i &&
                (title_abbrev(w[n - 1].low) || (w[n - 1].cap && strlen(w[n - 1].low) == 1))) {
                i++;
                continue;
            }
            if (ch == ',') comma = 1;
            else if (ch != '\'' && ch != '-' && cp != 0x2019) {
                if (stop && (ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?' ||
                             cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1A || cp == 0x3001)) {
                    if (stopped) *stopped = i;
                    return n;
                }
                brk = 1;
            }
            i += (size_t)k;
            continue;
        }
        qword *q = &w[n++];
        q->s = i;
        q->cap = utf8proc_isupper(cp);
        q->comma = comma;
        q->brk = brk;
        comma = brk = 0;
        size_t l = 0;
        while (i < b) {
            unsigned char c2 = (unsigned char)t[i];
            if (isalnum(c2) || c2 >= 0x80) {
                utf8proc_int32_t c3;
                utf8proc_ssize_t k3 =
                    utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(b - i), &c3);
                if (k3 <= 0) k3 = 1, c3 = -1;
                if (c3 == 0x2019 && i + 3 < b && isalpha((unsigned char)t[i + 3])) { /* it’s */
                    i += 3;
                    continue;
                }
                if (c2 >= 0x80 && (c3 < 0 || !(utf8proc_category(c3) <= UTF8PROC_CATEGORY_LO ||
                                               utf8proc_category(c3) == UTF8PROC_CATEGORY_ND)))
                    break; /* curly quotes, dashes, CJK punctuation end the word */
                for (utf8proc_ssize_t j = 0; j < k3; j++)
                    if (l + 1 < sizeof q->low) q->low[l++] = (char)tolower((unsigned char)t[i + (size_t)j]);
                i += (size_t)k3;
            } else if ((c2 == '\'' || c2 == '-' || (c2 == '.' && i + 2 < b && t[i + 2] == '.')) &&
                       i + 1 < b && isalpha((unsigned char)t[i + 1])) {
                i++; /* O'Brien, Jean-Pierre, U.S. */
            } else break;
        }
        q->low[l] = 0;
        q->e = i;
    }
    return n;
}

/* Speech verbs of a language (Snowball name; "" or unknown: English). */
static int verb_of(const char *low, const char *lang)
{
    static const char *const en[] = {
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stressed",
        "insisted", "insists", "warned", "warns", "noted", "notes", "wrote", "writes", "tweeted",
        "explained", "explains", "declared", "declares", "replied", "replies", "argued", "argues",
        "continued", "recalled", "recalls", "announced", "urged", "urges", "quipped", "exclaimed",
        "concluded", "conceded", "concedes", "acknowledged", "acknowledges", "admitted", "admits",
        "observed", "complained", "complains", "predicted", "predicts", "testified", "remarked",
        "responded", "cautioned", "contended", "contends", "maintained", "commented", "stated",
        "shouted", "cried", "whispered", "boasted", "vowed", "pleaded", "wondered", "muses", "mused",
        "agreed", "agrees", "suggested", "suggests", "reported", "recounted", "confided", NULL};
    static const char *const es[] = {"dijo", "dice", "afirmó", "declaró", "explicó", "señaló",
                                     "aseguró", "añadió", "indicó", "agregó", "manifestó", "sostuvo",
                                     "advirtió", "subrayó", "comentó", "apuntó", "insistió", NULL};
    static const char *const fr[] = {"déclaré", "dit", "affirmé", "expliqué", "ajouté", "estimé",
                                     "souligné", "indiqué", "précisé", "assuré", "déclare", "affirme",
                                     "explique", "ajoute", "estime", "souligne", "indique", "lance",
                                     "confie", "raconte", "martèle", NULL};
    static const char *const de[] = {"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont",
                                     "meinte", "meint", "fügte", "sprach", "warnte", "berichtete",
                                     "kritisierte", "teilte", NULL};
    static const char *const it[] = {"detto", "dice", "dichiarato", "affermato", "spiegato",
                                     "aggiunto", "sottolineato", "ha", "dichiara", "afferma",
                                     "spiega", "aggiunge", "disse", NULL};
    static const char *const pt[] = {"disse", "diz", "afirmou", "declarou", "explicou", "acrescentou",
                                     "afirma", "declara", "sublinhou", "garantiu", NULL};
    static const char *const ru[] = {"сказал", "сказала", "сказали", "заявил", "заявила", "заявили",
                                     "отметил", "отметила", "сообщил", "сообщила", "подчеркнул",
                                     "подчеркнула", "говорит", "добавил", "добавила", "пояснил",
                                     "пояснила", NULL};
    const char *const *v = en;
    if (lang && !strcmp(lang, "spanish")) v = es;
    else if (lang && !strcmp(lang, "french")) v = fr;
    else if (lang && !strcmp(lang, "german")) v = de;
    else if (lang && !strcmp(lang, "italian")) v = it;
    else if (lang && !strcmp(lang, "portuguese")) v = pt;
    else if (lang && !strcmp(lang, "russian")) v = ru;
    for (const char *const *p = v; *p; p++)
        if (!strcmp(low, *p)) return 1;
    if (v != en) /* English reporting verbs are common in every wire's copy */
        for (const char *const *p = en; *p; p++)
            if (!strcmp(low, *p) && strcmp(low, "say") != 0) return 1;
    return 0;
}

/* Verbs whose next name is the listener, never an inverted speaker
 * ("the groups told Bush"). */
static int listener_verb(const char *low)
{
    return !strcmp(low, "told") || !strcmp(low, "tells") || !strcmp(low, "urged") ||
           !strcmp(low, "urges") || !strcmp(low, "reminded");
}

/* "according to" in a language: the words at w[k..] (returns how many, 0 if not). */
static size_t according_at(const qword *w, size_t n, size_t k, const char *lang)
{
    if (k + 1 < n && !strcmp(w[k].low, "according") && !strcmp(w[k + 1].low, "to")) return 2;
    if (k + 1 < n && !strcmp(w[k].low, "по") && !strcmp(w[k + 1].low, "словам")) return 2;
    static const char *const one[] = {"según", "selon", "laut", "secondo", "segundo", NULL};
    (void)lang;
    for (const char *const *p = one; *p; p++)
        if (!strcmp(w[k].low, *p)) return 1;
    return 0;
}

static int pronoun_gender(const char *low)
{
    if (!strcmp(low, "he") || !strcmp(low, "il") || !strcmp(low, "er") || !strcmp(low, "él") ||
        !strcmp(low, "он") || !strcmp(low, "lui"))
        return 1;
    if (!strcmp(low, "she") || !strcmp(low, "elle") || !strcmp(low, "sie") || !strcmp(low, "ella") ||
        !strcmp(low, "она") || !strcmp(low, "lei"))
        return 2;
    return 0;
}

/* Words that are never a speaker: determiners and pronouns that name no
 * one, first-person words, calendar words. */
static int never_speaker(const char *low)
{
    static const char *const no[] = {
        "it", "they", "we", "this", "that", "i", "i'm", "i've", "i'd", "i'll", "you", "there",
        "these", "those", "for", "but", "and", "so", "then", "now", "when", "if", "as", "in", "on",
        "at", "after", "before", "while", "what", "who", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "today", "yesterday", "tonight",
        "mom", "dad", "our", "my", "your", "their", "everyone", "nobody", "someone", "one", NULL};
    for (const char *const *p = no; *p; p++)
        if (!strcmp(low, *p)) return 1;
    return 0;
}

static int determiner(const char *low)
{
    static const char *const det[] = {"the", "a", "an", "his", "her", "its", "their", "one", "another",
                                      "some", "two", "several", "many", "other", "one", "le", "la",
                                      "el", "der", "die", "das", "il", "lo", "o", "un", "une", "ein",
                                      "eine", "uno", "una", "um", "uma", NULL};
    for (const char *const *p = det; *p; p++)
        if (!strcmp(low, *p)) return 1;
    return 0;
}

/* Title words stripped from the front of a name when no entity matches. */
static int title_word(const char *low)
{
    static const char *const tw[] = {"president", "minister", "prime", "judge", "senator", "governor",
                                     "mayor", "secretary", "chairman", "director", "general", "chief",
                                     "officer", "spokesman", "spokeswoman", "professor", "doctor",
                                     "captain", "coach", "sheriff", "attorney", "foreign", "information",
                                     "deputy", "vice", "lt", "sen", "rep", "gov", "gen", "col", "sgt",
                                     "capt", "dr", "mr", "mrs", "ms", "prof", "rev", "adm", "sir",
                                     "acupuncturist", NULL};
    for (const char *const *p = tw; *p; p++)
        if (!strcmp(low, *p)) return 1;
    return 0;
}

typedef struct {
    const precis_mention *m;
    long ent;
} person_mention;

typedef struct {
    precis_cluster *c;
    const precis_entities *ent;
    precis_quotes *q;
    size_t cap;
    person_mention *pm;  /* person mentions, by document and offset, for pronouns */
    size_t npm;
    signed char *gender; /* per entity: 1 male, 2 female, 0 unknown */
    const char *lang;
    size_t doc_q0;       /* first quote of the current document */
    int unclosed;        /* the last quote ran to the end of its paragraph */
} qctx;

/* A speaker found: the name as written (caller frees), its entity, a
 * description flag and the cue. */
typedef struct {
    char *who;
    long ent;
    int pro;      /* a pronoun: gender in pro_g */
    int pro_g;
    int desc;     /* a description ("the judge") */
    size_t at;    /* a pronoun's working offset */
    const char *cue;
} found;

static void found_clear(found *f)
{
    free(f->who);
    memset(f, 0, sizeof *f);
    f->ent = -1;
}

/* An entity that can speak: a person or an organisation.  One typed
 * "other" is accepted too when a speech verb makes it the speaker (the
 * entity typing of names without evidence is weak: "Paquin"); a place
 * never. */
static int usable_entity(const qctx *x, long e)
{
    if (e < 0) return 0;
    precis_entity_type ty = precis_entities_at(x->ent, (size_t)e)->type;
    return ty != PRECIS_ENTITY_PLACE;
}

/* The name in words w[a, b) (a capitalised run): the longest tail that is
 * a person or organisation entity, else the run without leading titles and
 * trailing calendar words.  0 when it names no one (a place, "That"). */
static int name_from(const qctx *x, const char *t, const qword *w, size_t a, size_t b, found *f)
{
    while (a < b && (never_speaker(w[a].low) || determiner(w[a].low)) ) a++;
    while (b > a && never_speaker(w[b - 1].low)) b--;
    if (a >= b) return 0;
    for (size_t i = a; i < b; i++) {
        char *s = pc_fold(t + w[i].s, w[b - 1].e - w[i].s);
        long e = precis_entities_lookup(x->ent, s);
        if (e >= 0) {
            if (!usable_entity(x, e)) {
                free(s);
                if (i == a) return 0; /* a place or a thing names no speaker */
                continue;
            }
            f->who = s;
            f->ent = e;
            return 1;
        }
        free(s);
    }
    while (a + 1 < b && title_word(w[a].low)) a++;
    if (b - a == 1 && (pc_is_stopword(w[a].low, strlen(w[a].low)) || title_word(w[a].low))) return 0;
    f->who = pc_fold(t + w[a].s, w[b - 1].e - w[a].s);
    f->ent = -1;
    return 1;
}

static int is_of(const qword *w)
{
    return !strcmp(w->low, "of") || !strcmp(w->low, "for") || !strcmp(w->low, "de") ||
           !strcmp(w->low, "von") || !strcmp(w->low, "di") || !strcmp(w->low, "du");
}

/* A noun phrase at w[k..lim): a name (a capitalised run, after at most four
 * lowercase words: "acupuncturist Henry Woo", "16-year-old Myrel
 * Catbagan"), a pronoun, or a description starting with a determiner. */
static int np_at(const qctx *x, const char *t, const qword *w, size_t k, size_t lim, found *f)
{
    if (k >= lim) return 0;
    int g = pronoun_gender(w[k].low);
    if (g) {
        f->pro = 1;
        f->pro_g = g;
        f->at = w[k].s;
        f->who = pc_fold(t + w[k].s, w[k].e - w[k].s);
        return 1;
    }
    size_t j = k;
    int lowers = 0;
    while (j < lim && (!w[j].cap || determiner(w[j].low)) && lowers < 4 && (j == k || (!w[j].comma && !w[j].brk)))
        j++, lowers++; /* "A statement", "The Japanese Ministry": a capitalised determiner is one */
    if (j < lim && w[j].cap && (j == k || (!w[j].comma && !w[j].brk))) {
        size_t e = j + 1;
        while (e < lim && !w[e].comma && !w[e].brk &&
               (w[e].cap || (e + 1 < lim && is_of(&w[e]) && w[e + 1].cap && !w[e + 1].comma))) {
            if (is_of(&w[e])) { /* "Sandy Ridout of Huntington Beach": a person's "of" is a place */
                char *sofar = pc_fold(t + w[j].s, w[e - 1].e - w[j].s);
                long pe = precis_entities_lookup(x->ent, sofar);
                free(sofar);
                if (pe >= 0 && precis_entities_at(x->ent, (size_t)pe)->type == PRECIS_ENTITY_PERSON) break;
            }
            e++;
        }
        /* "the Japanese Ministry of Foreign Affairs' website": its owner */
        size_t le = w[e - 1].e;
        int poss = (le >= 1 && t[le - 1] == '\'') || (le >= 3 && !memcmp(t + le - 3, PC_RSQUO, 3)) ||
                   (strlen(w[e - 1].low) > 2 && (!strcmp(w[e - 1].low + strlen(w[e - 1].low) - 2, "'s") ||
                                                 !strcmp(w[e - 1].low + strlen(w[e - 1].low) - 4, "\xE2\x80\x99s")));
        /* "Russian state media": a capitalised modifier of a description */
        int modifier = !poss && e == j + 1 && e < lim && !w[e].cap && !w[e].comma && !w[e].brk &&
                       !pc_is_stopword(w[e].low, strlen(w[e].low)) && !verb_of(w[e].low, x->lang);
        int only_det = lowers == 1 && determiner(w[k].low) && strcmp(w[k].low, "his") && strcmp(w[k].low, "her");
        if (modifier) { /* one word that is no speaking entity: "Russian", "Israeli" */
            char *one = pc_fold(t + w[j].s, w[j].e - w[j].s);
            long oe = precis_entities_lookup(x->ent, one);
            free(one);
            if (oe >= 0 && precis_entities_at(x->ent, (size_t)oe)->type != PRECIS_ENTITY_PLACE) modifier = 0;
        }
        if (modifier) {
            /* German capitalises its nouns: "ein Sprecher der Feuerwehr" goes on
             * past "der" to the noun it names */
            int nouns_cap = x->lang && !strcmp(x->lang, "german");
            size_t m = e;
            while (m < lim && m < e + 4 && (!w[m].cap || nouns_cap) && !w[m].comma && !w[m].brk &&
                   !pc_is_stopword(w[m].low, strlen(w[m].low)) && !verb_of(w[m].low, x->lang))
                m++;
            f->desc = 1;
            f->who = pc_fold(t + w[k].s, w[m - 1].e - w[k].s);
            return 1;
        }
        /* "a spokesman for the Parti Quebecois": a description, not the party */
        if (!(lowers && determiner(w[k].low)) || only_det) {
            if (poss) { /* the name without its possessive ending */
                found g = {0};
                g.ent = -1;
                char *own = pc_fold(t + w[j].s, w[e - 1].e - w[j].s);
                size_t ol = strlen(own);
                if (ol > 3 && !strcmp(own + ol - 3, "\xE2\x80\x99")) own[ol - 3] = 0;
                else if (ol > 4 && !strcmp(own + ol - 4, "\xE2\x80\x99s")) own[ol - 4] = 0;
                else if (ol > 2 && !strcmp(own + ol - 2, "'s")) own[ol - 2] = 0;
                else if (ol > 1 && own[ol - 1] == '\'') own[ol - 1] = 0;
                g.ent = precis_entities_lookup(x->ent, own);
                if (g.ent >= 0 && !usable_entity(x, g.ent)) {
                    free(own);
                    return 0;
                }
                g.who = own;
                *f = g;
                return 1;
            }
            if (name_from(x, t, w, j, e, f)) return 1;
            return 0;
        }
    }
    if (determiner(w[k].low) && k + 1 < lim) {
        size_t e = k + 1;
        while (e < lim && e < k + 12 && !w[e].comma && !w[e].brk && !verb_of(w[e].low, x->lang)) e++;
        if (e < lim && w[e].comma && w[e].cap) { /* "his mother, Bina Thampy," */
            size_t r = e + 1;
            while (r < lim && w[r].cap && !w[r].comma && !w[r].brk) r++;
            found g = {0};
            g.ent = -1;
            if (name_from(x, t, w, e, r, &g) && g.ent >= 0 &&
                precis_entities_at(x->ent, (size_t)g.ent)->type == PRECIS_ENTITY_PERSON) {
                *f = g;
                return 1;
            }
            found_clear(&g);
        }
        f->desc = 1;
        f->who = pc_fold(t + w[k].s, w[e - 1].e - w[k].s);
        return 1;
    }
    return 0;
}

/* The subject of the verb at w[v], looking back at most 12 words from it
 * (not before w[lo]): the comma-set part holding a name, stepping over an
 * apposition ("Roger Paquin, a spokesman for ..., said"; "one visitor,
 * Lynn Timmons, said"). */
static int subject_of(const qctx *x, const char *t, const qword *w, size_t lo, size_t v, found *f)
{
    if (v >= lo + 2 && (!strcmp(w[v - 1].low, "and") || !strcmp(w[v - 1].low, "but")) &&
        (w[v - 1].comma || w[v - 1].brk)) {
        /* "A statement ... called it “...,” and said": the clause's subject */
        if (np_at(x, t, w, lo, v - 1, f)) return 1;
        found_clear(f);
    }
    if (v >= lo + 2 && (!strcmp(w[v - 1].low, "who") || !strcmp(w[v - 1].low, "which")) && w[v - 2].cap) {
        /* "Gary Bauer who said", "Steve Gunderson of Wisconsin, who said" */
        size_t e = v - 1, s = e - 1;
        while (s > lo && (w[s - 1].cap || (s > lo + 1 && is_of(&w[s - 1]) && w[s - 2].cap)) && !w[s].comma) s--;
        for (size_t k = s; k < e; k++)
            if (is_of(&w[k])) { /* a person "of" a place: the person */
                found g = {0};
                g.ent = -1;
                if (name_from(x, t, w, s, k, &g) && g.ent >= 0 &&
                    precis_entities_at(x->ent, (size_t)g.ent)->type == PRECIS_ENTITY_PERSON) {
                    *f = g;
                    return 1;
                }
                found_clear(&g);
                break;
            }
        if (name_from(x, t, w, s, e, f)) return 1;
        found_clear(f);
    }
    size_t start = v > lo + 12 ? v - 12 : lo;
    /* the clause: back to clause punctuation */
    for (size_t k = v; k > start; k--)
        if (w[k].brk && k < v) {
            start = k;
            break;
        }
    /* parts split at commas */
    size_t parts[8][2], np = 0, e = v;
    for (size_t k = v; k-- > start && np < 8;) {
        if (w[k].comma || k == start) {
            parts[np][0] = k;
            parts[np][1] = e;
            np++;
            e = k;
        }
    }
    /* the part next to the verb, or (an apposition before the verb) the part
     * before it; nearest first, the first with a name or a pronoun wins */
    for (size_t p = 0; p < np; p++) {
        size_t a = parts[p][0], b = parts[p][1];
        if (a >= b) continue;
        if (!strcmp(w[a].low, "including") || !strcmp(w[a].low, "like") || !strcmp(w[a].low, "among") ||
            !strcmp(w[a].low, "especially"))
            continue; /* "the groups, including the Southern Baptist Convention, told" */
        if (p == 0 && w[v].comma && p + 1 < np && !w[a].cap) {
            /* an apposition ("a spokesman for the Parti Quebecois", "the
             * tribe's judge") after a name: the name first */
            found g = {0};
            g.ent = -1;
            size_t a2 = parts[1][0], b2 = parts[1][1];
            size_t s2 = b2;
            while (s2 > a2 && (w[s2 - 1].cap || (s2 > a2 + 1 && is_of(&w[s2 - 1]) && w[s2 - 2].cap))) s2--;
            if (s2 < b2 && name_from(x, t, w, s2, b2, &g)) {
                *f = g;
                return 1;
            }
            found_clear(&g);
        }
        /* the last capitalised run or pronoun of the part */
        for (size_t k = b; k-- > a;) {
            if (pronoun_gender(w[k].low)) return np_at(x, t, w, k, b, f);
            if (w[k].cap) {
                size_t s = k;
                while (s > a && (w[s - 1].cap || (s > a + 1 && is_of(&w[s - 1]) && w[s - 2].cap))) s--;
                if (name_from(x, t, w, s, k + 1, f)) return 1;
                break;
            }
        }
        if (determiner(w[a].low) && np_at(x, t, w, a, b, f)) {
            /* a description: a later part may still name the person */
            if (p + 1 < np && parts[p + 1][1] - parts[p + 1][0] <= 4) {
                found g = {0};
                g.ent = -1;
                size_t a2 = parts[p + 1][0], b2 = parts[p + 1][1];
                if (w[a2].cap && name_from(x, t, w, a2, b2, &g) && g.ent >= 0) {
                    found_clear(f);
                    *f = g;
                    return 1;
                }
                found_clear(&g);
            }
            return 1;
        }
        if (p == 0 && !w[v].comma) break; /* no apposition: only the next part */
    }
    return 0;
}

/* The speaker in the frame after a quotation, text[a, b). */
static int speaker_after(const qctx *x, const char *t, size_t a, size_t b, found *f)
{
    qword w[24];
    size_t stopped;
    size_t n = words_in(t, a, b, w, 24, 1, &stopped);
    for (size_t k = 0; k < n && k < 3; k++) {
        size_t l = according_at(w, n, k, x->lang);
        if (l && np_at(x, t, w, k + l, n, f)) {
            f->cue = "according to X";
            return 1;
        }
    }
    /* "'' and the NTSB has added": a new clause, no attribution */
    static const char *const conj[] = {"and", "but", "or", "while", "because", "which", "that", "when",
                                       "as", "if", "so", NULL};
    for (const char *const *p = conj; n && *p; p++)
        if (!strcmp(w[0].low, *p)) return 0;
    for (size_t k = 0; k < n && k < 10; k++) {
        if (k && w[k].brk) break;
        if (!verb_of(w[k].low, x->lang) || w[k].cap) continue;
        if ((k == 0 || (k == 1 && (!strcmp(w[0].low, "a") || !strcmp(w[0].low, "ha")))) &&
            !listener_verb(w[k].low)) {
            /* said Putin / said the Russian leader / a déclaré X / ha detto X */
            if (np_at(x, t, w, k + 1, n, f)) {
                f->cue = "said X";
                return 1;
            }
            return 0;
        }
        if (subject_of(x, t, w, 0, k, f)) {
            f->cue = "X said";
            return 1;
        }
        /* "Smith told reporters" form with the verb first failed: try after it */
        return 0;
    }
    return 0;
}

/* The speaker in the frame before a quotation, text[a, b): "X said:",
 * "X quoted Y as saying", "According to X,", "said X, ... ." */
static int speaker_before(const qctx *x, const char *t, size_t a, size_t b, found *f)
{
    qword w[96];
    size_t n = words_in(t, a, b, w, 96, 0, NULL);
    if (n > 96) n = 96;
    /* X quoted Y as saying / Y was quoted as saying */
    if (n >= 2 && !strcmp(w[n - 1].low, "saying") && !strcmp(w[n - 2].low, "as")) {
        for (size_t k = n - 2; k-- > 0 && k + 12 > n;) {
            if (!strcmp(w[k].low, "quoted")) {
                if (np_at(x, t, w, k + 1, n - 2, f) && !f->desc && !f->pro) {
                    f->cue = "X said";
                    return 1;
                }
                found_clear(f);
                if (k >= 1 && !strcmp(w[k - 1].low, "was") && subject_of(x, t, w, 0, k - 1, f)) {
                    f->cue = "X said";
                    return 1;
                }
                break;
            }
        }
    }
    for (size_t k = 0; k + 1 < n; k++) {
        size_t l = according_at(w, n, k, x->lang);
        if (l && np_at(x, t, w, k + l, n, f)) {
            f->cue = "according to X";
            return 1;
        }
        found_clear(f);
    }
    /* a name and a colon just before the quote: "Putin: “...”" (a place
     * there is a dateline, never a speaker) */
    size_t p = b;
    while (p > a && isspace((unsigned char)t[p - 1])) p--;
    if (n && p > a && t[p - 1] == ':' && w[n - 1].e == p - 1 && w[n - 1].cap &&
        (n == 1 || !verb_of(w[n - 1].low, x->lang))) {
        size_t s = n - 1;
        while (s > 0 && w[s - 1].cap && !w[s].comma && !w[s].brk) s--;
        if (name_from(x, t, w, s, n, f) && !f->desc) {
            f->cue = "colon";
            return 1;
        }
        found_clear(f);
    }
    for (size_t v = n; v-- > 0;) {
        if (!verb_of(w[v].low, x->lang) || w[v].cap) continue;
        /* "..., said Geraldine Dawson, professor ..." */
        /* only after a comma or at the start: "the groups told Bush" names
         * the listener */
        if ((v == 0 || w[v].comma) && !listener_verb(w[v].low) && v + 1 < n && !w[v + 1].comma &&
            !w[v + 1].brk && (w[v + 1].cap || v == 0) && np_at(x, t, w, v + 1, n, f) && (!f->desc || v == 0)) {
            /* "..., said Geraldine Dawson"; a frame opening with the verb:
             * "says acupuncturist Henry Woo" */
            f->cue = "said X";
            return 1;
        }
        found_clear(f);
        if (subject_of(x, t, w, 0, v, f)) {
            f->cue = "X said";
            return 1;
        }
        found_clear(f); /* "X said ..., but added that": the verb before */
    }
    return 0;
}

static int by_mention(const void *a, const void *b)
{
    const precis_mention *x = ((const person_mention *)a)->m, *y = ((const person_mention *)b)->m;
    if (x->doc_index != y->doc_index) return x->doc_index < y->doc_index ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Is original offset o of document doc inside a quotation found so far? */
static int in_quote(const qctx *x, size_t doc, size_t o)
{
    for (size_t i = x->q->n; i-- > x->doc_q0;) {
        const precis_quote *q = &x->q->q[i];
        if (q->doc_index != doc) break;
        if (o >= q->start && o < q->end) return 1;
        if (q->end <= o && x->q->n - i > 16) break;
    }
    return 0;
}

/* The nearest person mentioned in document doc in original offsets [a, b),
 * outside quotations, whose gender agrees with g (0 any); -1 if none. */
static long last_person(const qctx *x, size_t doc, size_t a, size_t b, int g)
{
    size_t lo = 0, hi = x->npm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const precis_mention *m = x->pm[mid].m;
        if (m->doc_index < doc || (m->doc_index == doc && m->start < b)) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i-- > 0;) {
        const precis_mention *m = x->pm[i].m;
        if (m->doc_index != doc || m->start < a) break;
        if (in_quote(x, doc, m->start)) continue;
        long e = x->pm[i].ent;
        if (g && x->gender[e] && x->gender[e] != g) continue;
        return e;
    }
    return -1;
}

/* The first person named in document doc in original offsets [a, b),
 * outside quotations, whose gender agrees with g (0 any): the subject a
 * pronoun most often refers to; -1 if none. */
static long first_person(const qctx *x, size_t doc, size_t a, size_t b, int g)
{
    size_t lo = 0, hi = x->npm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const precis_mention *m = x->pm[mid].m;
        if (m->doc_index < doc || (m->doc_index == doc && m->start < a)) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < x->npm; i++) {
        const precis_mention *m = x->pm[i].m;
        if (m->doc_index != doc || m->start >= b) break;
        if (in_quote(x, doc, m->start)) continue;
        long e = x->pm[i].ent;
        if (g && x->gender[e] && x->gender[e] != g) continue;
        return e;
    }
    return -1;
}

/* Is `w` (lowercase) a noun with a sense among WordNet's people
 * (lexicographer file 18, noun.person) in its first three senses?  "judge",
 * "mother", "spokesman" are; "tower", "statement" are not.  WordNet
 * (wordnet-base, already needed by precis eval) is read by binary search
 * in index.noun and a seek per sense in data.noun: a handful of reads per
 * description, nothing loaded.  0 when WordNet is not installed. */
static int person_noun(const char *w)
{
    size_t wl = strlen(w);
    if (!wl || wl > 40) return 0;
    FILE *ix = fopen("/usr/share/wordnet/index.noun", "r");
    if (!ix) return 0;
    char line[8192];
    int found = 0;
    long lo = 0, hi = fseek(ix, 0, SEEK_END) == 0 ? ftell(ix) : 0;
    while (lo < hi) { /* lo is always a line's start */
        long mid = lo + (hi - lo) / 2, at = 0;
        if (mid > 0) { /* to the start of the line after byte mid - 1 */
            if (fseek(ix, mid - 1, SEEK_SET) != 0 || !fgets(line, sizeof line, ix)) break;
            at = ftell(ix);
        } else if (fseek(ix, 0, SEEK_SET) != 0) break;
        if (at >= hi || !fgets(line, sizeof line, ix)) {
            hi = mid;
            continue;
        }
        int cmp = strncmp(w, line, wl);
        if (cmp == 0 && line[wl] != ' ') cmp = -1; /* w is a prefix of a longer lemma */
        if (cmp == 0) {
            found = 1;
            break;
        }
        if (cmp < 0) hi = mid;
        else lo = ftell(ix);
    }
    fclose(ix);
    if (!found) return 0;
    /* lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset... */
    char *tok[64];
    size_t nt = 0;
    for (char *p = strtok(line, " \n"); p && nt < 64; p = strtok(NULL, " \n")) tok[nt++] = p;
    if (nt < 4) return 0;
    size_t pc = (size_t)atoi(tok[3]), first = 4 + pc + 2;
    FILE *dn = fopen("/usr/share/wordnet/data.noun", "r");
    if (!dn) return 0;
    int person = 0;
    for (size_t k = first; k < nt && k < first + 3 && !person; k++) {
        char dl[64];
        if (fseek(dn, atol(tok[k]), SEEK_SET) != 0 || !fgets(dl, sizeof dl, dn)) break;
        char *sp = strchr(dl, ' ');
        person = sp && atoi(sp + 1) == 18;
    }
    fclose(dn);
    return person;
}

/* A role ("the judge", "her mother") resolved to the person the text
 * gave that role before: the person mentioned within 40 bytes of the
 * role's noun's last use before working offset `before` ("Newton, the
 * tribe's chief judge"; "Judge Elaine Newton"); -1 when none, or when the
 * description is indefinite ("a police spokesman" stays unnamed). */
static long resolve_role(const qctx *x, size_t di, const char *desc, size_t before)
{
    static const char *const def[] = {"the ", "his ", "her ", "their ", "its ", NULL};
    int definite = 0;
    for (const char *const *p = def; *p && !definite; p++)
        definite = !strncasecmp(desc, *p, strlen(*p));
    if (!definite) return -1;
    const char *head = strrchr(desc, ' ');
    head = head ? head + 1 : desc;
    size_t hl = strlen(head);
    /* one person: a plural ("the groups told Bush") is no role of one; a
     * thing ("the control tower") is none */
    if (hl < 3 || (head[hl - 1] == 's' && head[hl - 2] != 's')) return -1;
    char lw[48];
    if (hl >= sizeof lw) return -1;
    for (size_t i = 0; i <= hl; i++) lw[i] = (char)tolower((unsigned char)head[i]);
    static const char *const docs[] = {"statement", "report", "letter", "release", "communique", NULL};
    int doc = 0; /* "the report": whoever the text named with that report */
    for (const char *const *p = docs; *p && !doc; p++) doc = !strcmp(lw, *p);
    if (!doc && !person_noun(lw)) return -1;
    const pc_doc *d = &x->c->docs[di];
    const char *t = d->text;
    size_t lim = before > 5000 ? before - 5000 : 0;
    for (size_t i = before; i-- > lim;) {
        if (i + hl > d->len || strncasecmp(t + i, head, hl) != 0) continue;
        if ((i > 0 && isalpha((unsigned char)t[i - 1])) || isalpha((unsigned char)t[i + hl])) continue;
        size_t o = pc_doc_orig(d, i);
        long best = -1;
        size_t bd = 41;
        size_t lo = 0, hi = x->npm;
        size_t from = o > 40 ? o - 40 : 0;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            const precis_mention *m = x->pm[mid].m;
            if (m->doc_index < di || (m->doc_index == di && m->start < from)) lo = mid + 1;
            else hi = mid;
        }
        for (size_t k = lo; k < x->npm; k++) {
            const precis_mention *m = x->pm[k].m;
            if (m->doc_index != di || m->start > o + 40) break;
            size_t dist = m->start > o ? m->start - o : o - m->end;
            if (m->end > o && m->start < o + hl) dist = 0;
            if (dist < bd && !in_quote(x, di, m->start)) bd = dist, best = x->pm[k].ent;
        }
        if (best >= 0) return best;
    }
    return -1;
}

/* A statement, report or letter of a named organisation ("A statement
 * posted on Japan's Ministry of Foreign Affairs website"): that
 * organisation, as the quote gold's convention gives it; else -1. */
static long document_of(const qctx *x, const char *desc)
{
    static const char *const docs[] = {"statement", "report", "letter", "website", "release",
                                       "communique", "study", "announcement", NULL};
    size_t n = strlen(desc);
    qword w[16];
    size_t nw = words_in(desc, 0, n, w, 16, 0, NULL);
    int isdoc = 0;
    for (size_t k = 0; k < nw && !isdoc; k++)
        for (const char *const *p = docs; *p && !isdoc; p++) isdoc = !strcmp(w[k].low, *p);
    if (!isdoc) return -1;
    for (size_t k = 0; k < nw; k++) {
        if (!w[k].cap || k == 0) continue;
        size_t e = k;
        while (e < nw && (w[e].cap || (e + 1 < nw && is_of(&w[e]) && w[e + 1].cap))) e++;
        for (size_t i = k; i < e; i++) { /* the longest tail that is an organisation */
            char *s = pc_fold(desc + w[i].s, w[e - 1].e - w[i].s);
            long en = precis_entities_lookup(x->ent, s);
            free(s);
            if (en >= 0 && precis_entities_at(x->ent, (size_t)en)->type == PRECIS_ENTITY_ORGANIZATION) return en;
        }
        k = e;
    }
    return -1;
}

/* The last sentence of d starting at or before working offset off (0 when none). */
static size_t sentence_at(const precis_cluster *c, const pc_doc *d, size_t off)
{
    size_t lo = 0, hi = d->nsent;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->sents[d->sent0 + mid].start <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* The start of the paragraph holding working offset off. */
static size_t para_start(const char *t, size_t off)
{
    while (off > 0 && !(t[off - 1] == '\n' && off > 1 && t[off - 2] == '\n')) off--;
    return off;
}

/* Is there an opening quotation mark in text[a, b)?  Its offset, or b. */
static size_t next_open(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const char *cl;
        if (pc_quote_open(t + i, b - i, &cl) && !(t[i] == '\'' ) && t[i] != '"') return i;
        if (t[i] == '"' || (t[i] == '\'' && i + 1 < b && t[i + 1] == '\'')) return i;
    }
    return b;
}

/* CJK attribution: 「…」と述べた with the speaker before the quote
 * ("安倍首相は「…」"), 王毅说：“…” / 王毅表示，“…”.  The speaker is the text
 * from the sentence's start (or the last punctuation) to the particle or
 * verb, at most 30 bytes. */
static int speaker_cjk(const char *t, size_t sa, size_t qs, size_t qe, size_t se, found *f)
{
    static const char *const after[] = {"と述べた", "と語った", "と話した", "と強調した", "と言った",
                                        "と説明した", "と発表した", NULL};
    static const char *const before[] = {"说：", "说:", "说，", "表示：", "表示，", "指出：", "指出，",
                                         "称：", "称，", "说", "表示", NULL};
    size_t end = 0;
    int ok = 0;
    for (const char *const *p = after; *p && !ok; p++)
        if (qe + strlen(*p) <= se && !memcmp(t + qe, *p, strlen(*p))) ok = 1;
    if (ok) { /* the topic before the quote: X は / X が */
        size_t e = qs;
        static const char *const part[] = {"は", "が", NULL};
        for (const char *const *p = part; *p; p++) {
            size_t l = strlen(*p);
            if (e >= sa + l && !memcmp(t + e - l, *p, l)) {
                end = e - l;
                break;
            }
        }
        if (!end) return 0;
    } else {
        for (const char *const *p = before; *p && !end; p++) {
            size_t l = strlen(*p);
            if (qs >= sa + l && !memcmp(t + qs - l, *p, l)) end = qs - l;
        }
        if (!end) return 0;
    }
    size_t s = end;
    while (s > sa && end - s < 30) {
        size_t k = s - 1;
        while (k > sa && ((unsigned char)t[k] & 0xC0) == 0x80) k--;
        utf8proc_int32_t cp;
        if (utf8proc_iterate((const utf8proc_uint8_t *)t + k, (utf8proc_ssize_t)(s - k), &cp) <= 0) break;
        if (cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C || cp == ',' || cp == 0x300D || cp == 0x201D ||
            utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == ' ' || cp == '\n')
            break;
        s = k;
    }
    if (s >= end) return 0;
    f->who = pc_fold(t + s, end - s);
    f->cue = ok ? "X said" : "X said";
    return 1;
}

static void add_quote(qctx *x, size_t di, size_t qs, size_t qe, size_t mark_open, size_t mark_close)
{
    precis_cluster *c = x->c;
    pc_doc *d = &c->docs[di];
    const char *t = d->text;
    int unclosed_before = x->unclosed;
    x->unclosed = mark_close == 0;
    size_t is = qs + mark_open, ie = qe - mark_close;
    while (is < ie && isspace((unsigned char)t[is])) is++;
    while (ie > is && isspace((unsigned char)t[ie - 1])) ie--;
    char *inner = pc_fold(t + is, ie - is);
    int cjk = !strcmp(x->lang, "japanese") || !strcmp(x->lang, "chinese");
    if ((cjk ? strlen(inner) < 9 : pc_count_words(inner) < 3)) {
        free(inner);
        x->unclosed = 0;
        return;
    }
    size_t so = sentence_at(c, d, qs), sc = sentence_at(c, d, qe ? qe - 1 : 0);
    const pc_sent *open_s = d->nsent ? &c->sents[d->sent0 + so] : NULL;
    const pc_sent *close_s = d->nsent ? &c->sents[d->sent0 + sc] : NULL;
    size_t pstart = para_start(t, qs);
    found f = {0};
    f.ent = -1;
    int got = 0;
    /* the previous quote of this document, if in this paragraph */
    const precis_quote *pq = x->q->n > x->doc_q0 ? &x->q->q[x->q->n - 1] : NULL;
    int pq_same_para = pq && pq->doc_index == di && pq->end > pc_doc_orig(d, pstart);
    if (cjk) {
        size_t sa = open_s && open_s->start < qs ? open_s->start : pstart;
        size_t se = close_s && close_s->end > qe ? close_s->end : d->len;
        got = speaker_cjk(t, sa, qs, qe, se, &f);
    }
    /* after: to the end of its sentence, or the next quotation */
    if (!got && close_s && qe < close_s->end && mark_close) {
        size_t b = next_open(t, qe, close_s->end);
        got = speaker_after(x, t, qe, b, &f);
        if (!got) found_clear(&f);
    }
    /* before: from its sentence's start, or the previous quotation's close */
    if ((!got || f.desc || !strcmp(f.cue, "according to X")) && open_s && open_s->start < qs) {
        size_t a = open_s->start;
        if (pq_same_para) {
            size_t pe = pq->end; /* original offset: find the working one by scanning */
            for (size_t k = a; k < qs; k++)
                if (pc_doc_orig(d, k) >= pe) {
                    a = k;
                    break;
                }
        }
        found g = {0};
        g.ent = -1;
        int ok = a < qs && speaker_before(x, t, a, qs, &g);
        if (!ok && a > open_s->start) { /* the whole sentence, the quote before included */
            found_clear(&g);
            ok = speaker_before(x, t, open_s->start, qs, &g);
        }
        if (ok && !(got && g.desc)) {
            found_clear(&f);
            f = g;
            got = 1;
        } else found_clear(&g);
    }
    /* a colon after a label: "SMITH: ..." */
    if (!got) {
        for (size_t r = 0; r < d->nrm; r++) {
            const pc_removal *rm = &d->rm[r];
            if (rm->reason != PC_RM_LABEL || rm->end > qs) continue;
            size_t p = rm->end;
            while (p < qs && isspace((unsigned char)t[p])) p++;
            if (p == qs) {
                f.who = pc_strdup(rm->text);
                f.ent = precis_entities_lookup(x->ent, f.who);
                f.cue = "label";
                got = 1;
            }
        }
    }
    size_t lead = open_s ? open_s->start : 0;
    while (lead < qs && isspace((unsigned char)t[lead])) lead++;
    int pq_recent = pq && pq->doc_index == di && so > 0 && lead == qs &&
                    pq->end > pc_doc_orig(d, c->sents[d->sent0 + so - 1].start);
    if (!got && pq && pq->doc_index == di && pq->speaker &&
        (pq_same_para || (unclosed_before && lead == qs && pstart == lead) || pq_recent)) {
        /* a second quote of the paragraph, or one reopening an unclosed one */
        f.who = pc_strdup(pq->speaker);
        f.ent = pq->entity;
        f.cue = unclosed_before && !pq_same_para ? "continued" : "previous sentence";
        got = 1;
    }
    if (!got && open_s && so > 0 && lead == qs) {
        /* a quote that opens its sentence: the sentence before */
        const pc_sent *prev = &c->sents[d->sent0 + so - 1];
        if (!in_quote(x, di, pc_doc_orig(d, prev->start))) {
            found g = {0};
            g.ent = -1;
            if (speaker_before(x, t, prev->start, prev->end, &g) && !g.desc) {
                f = g;
                got = 1;
            } else {
                found_clear(&g);
                long e = last_person(x, di, pc_doc_orig(d, prev->start), pc_doc_orig(d, prev->end), 0);
                if (e >= 0) {
                    f.who = pc_strdup(precis_entities_at(x->ent, (size_t)e)->name);
                    f.ent = e;
                    got = 1;
                }
            }
            if (got) f.cue = "previous sentence";
        }
    }
    if (got && f.pro) {
        /* he/she: the nearest person mentioned before, of that gender */
        long e = -1;
        size_t qo = pc_doc_orig(d, qs);
        /* the previous quote's speaker when no one is named since */
        if (pq && pq->doc_index == di && usable_entity(x, pq->entity) &&
            (!x->gender[pq->entity] || x->gender[pq->entity] == f.pro_g) &&
            last_person(x, di, pq->end, qo, 0) < 0 && so >= 1 &&
            pq->end > pc_doc_orig(d, c->sents[d->sent0 + (so > 6 ? so - 6 : 0)].start))
            e = pq->entity;
        /* else the first person named in this sentence, then in each before */
        for (size_t back = 0; e < 0 && back <= 6 && back <= so; back++) {
            const pc_sent *s = &c->sents[d->sent0 + so - back];
            if (back) { /* "..., Lavrov said." then "..., he said" */
                found g = {0};
                g.ent = -1;
                if (!in_quote(x, di, pc_doc_orig(d, s->start)) && speaker_before(x, t, s->start, s->end, &g) &&
                    !g.pro && usable_entity(x, g.ent) &&
                    (!x->gender[g.ent] || x->gender[g.ent] == f.pro_g))
                    e = g.ent;
                found_clear(&g);
                if (e >= 0) break;
            }
            /* in its own sentence, only names before the pronoun ("He added that
             * he ... with Putin" is not Putin) */
            size_t lim0 = f.at && f.at < qs ? pc_doc_orig(d, f.at) : qo;
            e = first_person(x, di, pc_doc_orig(d, s->start), back ? pc_doc_orig(d, s->end) : lim0, f.pro_g);
        }
        f.ent = e;
        f.cue = "pronoun";
    }
    if (got && f.desc && f.ent < 0 && f.who) /* "the judge": the person given that role before */
        f.ent = resolve_role(x, di, f.who, open_s ? open_s->start : qs);
    if (got && f.desc && f.ent < 0 && f.who) { /* "a statement posted on X's website": X */
        f.ent = document_of(x, f.who);
        if (f.ent >= 0) { /* as written: the organisation, not the whole description */
            free(f.who);
            f.who = pc_strdup(precis_entities_at(x->ent, (size_t)f.ent)->name);
        }
    }
    PC_GROW(x->q->q, x->cap, x->q->n + 1);
    precis_quote *q = &x->q->q[x->q->n++];
    memset(q, 0, sizeof *q);
    q->text = inner;
    q->doc_index = di;
    q->doc_id = x->q->docs[di].id;
    q->start = pc_doc_orig(d, qs);
    q->end = pc_doc_orig(d, qe);
    q->speaker = got ? f.who : NULL;
    if (!got) free(f.who);
    q->entity = got ? f.ent : -1;
    q->speaker_name = q->entity >= 0 ? pc_strdup(precis_entities_at(x->ent, (size_t)q->entity)->name)
                      : q->speaker && !f.pro ? pc_strdup(q->speaker) : NULL;
    q->cue = got ? f.cue : NULL;
    if (got && f.pro && q->entity < 0) q->cue = "pronoun";
}

static int at(const char *t, size_t i, size_t n, const char *m)
{
    size_t l = strlen(m);
    return i + l <= n && memcmp(t + i, m, l) == 0;
}

/* The quotations of one document, in order. */
static void scan_doc(qctx *x, size_t di)
{
    const pc_doc *d = &x->c->docs[di];
    const char *t = d->text;
    size_t n = d->len;
    size_t open = SIZE_MAX, olen = 0;
    const char *close = NULL;
    x->doc_q0 = x->q->n;
    x->unclosed = 0;
    int dash = 0; /* a dialogue dash quotation */
    for (size_t i = 0; i < n; i++) {
        int para = i == 0 || (i >= 2 && t[i - 1] == '\n' && t[i - 2] == '\n');
        if (t[i] == '\n' && i + 1 < n && t[i + 1] == '\n' && open != SIZE_MAX) {
            /* the paragraph ends with the quotation open: it ends here */
            if (i - open < 20000) add_quote(x, di, open, i, olen, 0);
            x->unclosed = !dash;
            open = SIZE_MAX;
            dash = 0;
            continue;
        }
        if (open == SIZE_MAX) {
            if (para) {
                size_t p = i;
                while (p < n && (t[p] == ' ' || t[p] == '\t')) p++;
                /* "— Texto —dijo Juan—." (U+2014, U+2015) */
                if (at(t, p, n, "\xE2\x80\x94") || at(t, p, n, "\xE2\x80\x95")) {
                    open = i = p;
                    olen = 3;
                    close = NULL;
                    dash = 1;
                    i += 2;
                    continue;
                }
            }
            size_t l = pc_quote_open(t + i, n - i, &close);
            if (l && t[i] == '\'' && i > 0 && isalnum((unsigned char)t[i - 1])) l = 0; /* Jones'' */
            if (l) {
                open = i;
                olen = l;
                i += l - 1;
            }
            continue;
        }
        if (dash) { /* the quotation ends at the next dash: " —dijo" */
            if ((at(t, i, n, "\xE2\x80\x94") || at(t, i, n, "\xE2\x80\x95")) && i > 0 && t[i - 1] == ' ') {
                /* the closing dash counts as the mark: "dijo Juan" is read after it */
                add_quote(x, di, open, i + 3, olen, 3);
                open = SIZE_MAX;
                dash = 0;
                i += 2;
            }
            continue;
        }
        if ((!strcmp(close, PC_RDQUO) && at(t, i, n, PC_LDQUO)) || (!strcmp(close, "''") && olen == 2 &&
                                                                    t[open] == '`' && at(t, i, n, "``"))) {
            /* a new open of the same kind: the old one never closed and
             * ends here ("``It gives me ... ``I'm a preventive type") */
            size_t l = strlen(close) == 3 ? 3 : 2;
            if (i - open < 20000) add_quote(x, di, open, i, olen, 0);
            open = i;
            i += l - 1;
            continue;
        }
        /* German „…“ also closes with ” */
        int germ = olen == 3 && !strcmp(close, PC_LDQUO) && at(t, i, n, PC_RDQUO);
        if (at(t, i, n, close) || germ) {
            size_t cl = strlen(close);
            if (i + cl - open < 20000) add_quote(x, di, open, i + cl, olen, cl);
            open = SIZE_MAX;
            i += cl - 1;
        }
    }
    if (open != SIZE_MAX && n - open < 20000) add_quote(x, di, open, n, olen, 0);
}

/* The working offset of original offset o in d: the first one mapping at
 * or after it (the map only grows). */
static size_t working_of(const pc_doc *d, size_t o)
{
    size_t lo = 0, hi = d->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (pc_doc_orig(d, mid) < o) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* A gender from the title written before a mention: 1 "Mr.", 2 "Mrs.",
 * "Ms.", "Miss", else 0 (unknown: no first-name list is guessed from). */
static int title_gender(const precis_cluster *c, const precis_mention *m)
{
    if (m->doc_index >= c->ndocs) return 0;
    const pc_doc *d = &c->docs[m->doc_index];
    size_t w = working_of(d, m->start);
    const char *t = d->text;
    static const struct {
        const char *s;
        int g;
    } tt[] = {{"Mr. ", 1}, {"Mr ", 1}, {"Mrs. ", 2}, {"Mrs ", 2}, {"Ms. ", 2}, {"Ms ", 2}, {"Miss ", 2},
              {"Herr ", 1}, {"Frau ", 2}, {"Señor ", 1}, {"Señora ", 2}, {"Mme ", 2}, {"M. ", 1}};
    /* the title is before the mention, or (entities keep "Mrs. Anna Berg"
     * whole) its first word */
    for (size_t k = 0; k < sizeof tt / sizeof *tt; k++) {
        size_t l = strlen(tt[k].s);
        if (w >= l && !memcmp(t + w - l, tt[k].s, l) && (w == l || !isalpha((unsigned char)t[w - l - 1])))
            return tt[k].g;
        if (w + l <= d->len && !memcmp(t + w, tt[k].s, l)) return tt[k].g;
    }
    return 0;
}

/* The gender of the first third-person pronoun in the 120 bytes after a
 * mention ("Brestler said. The word never entered her mind."): 1 he/his/him,
 * 2 she/her, 0 none.  One vote: a title counts for three. */
static int pronoun_after(const precis_cluster *c, const precis_mention *m)
{
    if (m->doc_index >= c->ndocs) return 0;
    const pc_doc *d = &c->docs[m->doc_index];
    size_t a = working_of(d, m->end), b = a + 120 < d->len ? a + 120 : d->len;
    qword w[32];
    size_t n = words_in(d->text, a, b, w, 32, 0, NULL);
    for (size_t k = 0; k < n; k++) {
        const char *l = w[k].low;
        if (!strcmp(l, "he") || !strcmp(l, "his") || !strcmp(l, "him")) return 1;
        if (!strcmp(l, "she") || !strcmp(l, "her")) return 2;
    }
    return 0;
}

precis_quotes *precis_quotes_find(precis_cluster *c, const precis_entities *e)
{
    if (pc_analyze(c, NULL, 0) != 0) return NULL;
    precis_entities *own = NULL;
    if (!e) e = own = precis_entities_find(c);
    if (!e) return NULL;
    qctx x = {0};
    x.c = c;
    x.ent = e;
    x.lang = pc_language(c);
    if (!x.lang) x.lang = "";
    x.q = pc_xcalloc(1, sizeof *x.q);
    x.q->docs = pc_copy_docs(c, &x.q->ndocs);
    x.q->cluster_id = pc_strdup(c->id);
    snprintf(x.q->language, sizeof x.q->language, "%s", x.lang);
    size_t cap = 0, ne = precis_entities_count(e);
    x.gender = pc_xcalloc(ne ? ne : 1, 1);
    unsigned *votes = pc_xcalloc(2 * (ne ? ne : 1), sizeof *votes); /* male, female */
    for (size_t k = 0; k < ne; k++) {
        const precis_entity *en = precis_entities_at(e, k);
        if (en->type != PRECIS_ENTITY_PERSON) continue; /* with "other" too: 82%/12% */
        for (size_t i = 0; i < en->nmentions; i++) {
            int g = title_gender(c, &en->mentions[i]);
            if (g) votes[2 * k + (size_t)g - 1] += 3;
            g = pronoun_after(c, &en->mentions[i]);
            if (g) votes[2 * k + (size_t)g - 1] += 1;
            PC_GROW(x.pm, cap, x.npm + 1);
            x.pm[x.npm].m = &en->mentions[i];
            x.pm[x.npm++].ent = (long)k;
        }
    }
    for (size_t k = 0; k < ne; k++) { /* a clear majority, at least two votes */
        unsigned m = votes[2 * k], f = votes[2 * k + 1];
        if (m >= 2 && m >= 2 * f) x.gender[k] = 1;
        else if (f >= 2 && f >= 2 * m) x.gender[k] = 2;
    }
    free(votes);
    if (x.npm > 1) qsort(x.pm, x.npm, sizeof *x.pm, by_mention);
    for (size_t di = 0; di < c->ndocs; di++) {
        const char *dl = c->docs[di].lang[0] ? c->docs[di].lang : x.lang;
        const char *cl = x.lang;
        x.lang = dl;
        scan_doc(&x, di);
        x.lang = cl;
    }
    /* the speakers' entities, so that an output of the quotes alone can list them */
    x.q->nspk = ne;
    x.q->spk_name = pc_xcalloc(ne ? ne : 1, sizeof *x.q->spk_name);
    x.q->spk_type = pc_xcalloc(ne ? ne : 1, 1);
    for (size_t i = 0; i < x.q->n; i++) {
        long en = x.q->q[i].entity;
        if (en < 0 || (size_t)en >= ne || x.q->spk_name[en]) continue;
        x.q->spk_name[en] = pc_strdup(precis_entities_at(e, (size_t)en)->name);
        x.q->spk_type[en] = (unsigned char)precis_entities_at(e, (size_t)en)->type;
    }
    free(x.pm);
    free(x.gender);
    precis_entities_free(own);
    return x.q;
}

void precis_quotes_free(precis_quotes *q)
{
    if (!q) return;
    for (size_t i = 0; i < q->n; i++) {
        free((char *)q->q[i].text);
        free((char *)q->q[i].speaker);
        free((char *)q->q[i].speaker_name);
    }
    free(q->q);
    for (size_t i = 0; i < q->nspk; i++) free(q->spk_name[i]);
    free(q->spk_name);
    free(q->spk_type);
    pc_free_docs(q->docs, q->ndocs);
    free(q->cluster_id);
    free(q);
}

size_t precis_quotes_count(const precis_quotes *q) { return q ? q->n : 0; }

const precis_quote *precis_quotes_at(const precis_quotes *q, size_t i)
{
    return q && i < q->n ? &q->q[i] : NULL;
}

/* Key quotes: the best quote of each speaker, speakers by how much the
 * cluster names them (entity order), then quotes of unknown speakers.  A
 * quote is better when it is 8 to 40 words long.  Fills idx, returns count. */
static size_t pc_quotes_key(const precis_quotes *q, size_t max, size_t *idx)
{
    size_t n = 0;
    if (!q || !max) return 0;
    uint8_t *used = pc_xcalloc(q->n, 1);
    for (int pass = 0; pass < 3 && n < max; pass++) {
        for (;;) {
            size_t best = SIZE_MAX;
            double bs = -1;
            for (size_t i = 0; i < q->n; i++) {
                const precis_quote *x = &q->q[i];
                if (used[i] || (pass == 0 && x->entity < 0) || (pass == 1 && !x->speaker)) continue;
                if (pass == 0) { /* one per speaker */
                    int dup = 0;
                    for (size_t k = 0; k < n && !dup; k++) dup = q->q[idx[k]].entity == x->entity;
                    if (dup) continue;
                }
                size_t w = pc_count_words(x->text);
                double s = (w >= 8 && w <= 40 ? 2.0 : 1.0) / (1.0 + (x->entity >= 0 ? (double)x->entity : 50));
                if (s > bs) bs = s, best = i;
            }
            if (best == SIZE_MAX || n >= max) break;
            used[best] = 1;
            idx[n++] = best;
        }
    }
    free(used);
    return n;
}

void precis_quotes_keep_key(precis_quotes *q, size_t max)
{
    if (!q) return;
    size_t *idx = pc_xmalloc(q->n * sizeof *idx);
    size_t n = pc_quotes_key(q, max, idx);
    uint8_t *keep = pc_xcalloc(q->n, 1);
    for (size_t k = 0; k < n; k++) keep[idx[k]] = 1;
    precis_quote *out = pc_xcalloc(n, sizeof *out);
    for (size_t k = 0; k < n; k++) out[k] = q->q[idx[k]];
    for (size_t i = 0; i < q->n; i++)
        if (!keep[i]) {
            free((char *)q->q[i].text);
            free((char *)q->q[i].speaker);
            free((char *)q->q[i].speaker_name);
        }
    free(q->q);
    q->q = out;
    q->n = n;
    free(keep);
    free(idx);
}
