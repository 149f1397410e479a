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

#endif
