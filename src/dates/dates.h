/*
 * dates.h — all date parsing in precis, in one place: the dates of documents
 * (metadata, DATE_TIME fields, "date" lines, page metadata), date
 * expressions in running text (precis_find_dates, public in precis.h) and
 * the Gregorian calendar they share, and the one lexicon of month and
 * weekday names.  Used by reading and cleaning (a document's own date), by
 * the timeline, by entity recognition (calendar words are no names) and by
 * the renderers (labels).  Sits below the pipeline and knows nothing of
 * clusters: text in, calendar dates out.
 */
#ifndef PRECIS_DATES_H
#define PRECIS_DATES_H

#include "precis.h"

#include <stddef.h>

/* Parse a document date, the whole of s[0..n) after leading space:
 * "2019-01-23", "2019-01-23T10:00Z", "1999-07-07 08:30:27", "19990707",
 * "January 23, 2019", "23 January 2019".  Returns 1 and fills *out on
 * success, 0 (and leaves *out alone) otherwise. */
int pc_parse_date(const char *s, size_t n, precis_date *out);

/* Days in month m (1-12) of year y, proleptic Gregorian. */
int pc_days_in_month(int y, int m);

/* The calendar's words, English, lowercase ASCII: the one list every module
 * that reads dates, or has to tell them from names (story/names.c) or a
 * month's abbreviation from the end of a sentence (core/segment.c), uses. */

/* Month names: pc_month_names[m - 1] names month m ("january" for 1). */
extern const char *const pc_month_names[12];
/* Weekday names, Monday first: pc_weekday_names[k] names weekday k, as
 * pc_weekday_of_name numbers them ("monday" for 0). */
extern const char *const pc_weekday_names[7];
/* The abbreviations of month names news writes before a day ("Jan. 22",
 * "Sept. 3"), NULL-terminated: the first three letters of every month's
 * name but May's (short enough to be written in full), and "sept". */
extern const char *const pc_month_abbrevs[];

/* The month the word w[0..n) names in full, in any case ("January",
 * "MAY"): 1-12, or 0 for any other word (a prefix or a longer word does not
 * match).  No period or possessive may be attached. */
int pc_month_of_name(const char *w, size_t n);
/* The month the abbreviation w[0..n) stands for, in any case and without
 * its period ("Jan", "SEPT"): 1-12, or 0 for a word that is none of
 * pc_month_abbrevs (a full name such as "May" or "January" is none). */
int pc_month_of_abbrev(const char *w, size_t n);
/* The weekday the word w[0..n) names in full, in any case ("Monday"):
 * 0 = Monday .. 6 = Sunday, or -1 for any other word ("Mon" is none). */
int pc_weekday_of_name(const char *w, size_t n);

/* Grains beyond precis_grain, for precis dates' TIMEX3 values only (the
 * timeline keeps to day, week, month and year). */
enum { PC_GRAIN_DECADE = 5, PC_GRAIN_QUARTER, PC_GRAIN_SEASON };

/* A date expression with everything precis dates reports.  date: the first
 * day covered (for a quarter, date.month is the quarter 1-4; for a season,
 * 1 spring .. 4 winter; for a decade, date.year is its first year). */
typedef struct {
    size_t start, end;        /* bytes of the text searched */
    precis_date date;         /* year 0 = unresolved */
    int grain;                /* precis_grain or PC_GRAIN_* */
    int relative;             /* needs a reference date */
    int since;                /* after "since" */
    int future;               /* resolved forward (the sentence speaks of the future) */
    int generic;              /* a habit or a generic statement ("usually ... in
                                 October"): no event of that date */
    int anchored;             /* resolved against a date written earlier in the
                                 text (anchor), not the reference */
    precis_date anchor;
} pc_timex;

/* The date expressions of text[0..len) in the language `lang` (a Snowball
 * name; NULL or unknown = English), resolved against `ref` (year 0 = none:
 * relative ones stay unresolved).  Writes at most `max` to out and returns
 * how many there are.  precis_find_dates is this for English, with the
 * expressions of the extra grains left out. */
size_t pc_find_timex(const char *text, size_t len, precis_date ref, const char *lang,
                     pc_timex *out, size_t max);

/* The TIMEX3 value of a resolved date of grain g into buf (>= 16 bytes):
 * "2019-01-22", "2019-W03", "2019-01", "2019", "199", "2019-Q1",
 * "2019-SU"; "" when unresolved.  Returns buf. */
char *pc_timex_value(precis_date d, int g, char *buf);

#endif
