/*
 * dates.h — all date parsing in precis, in one place: the dates of documents
 * (metadata, DATE_TIME fields, "date" lines, page metadata), date
 * expressions in running text (precis_find_dates, public in precis.h) and
 * the Gregorian calendar they share.  Used by reading and cleaning (a
 * document's own date), by the timeline, and by the renderers (labels).
 * Knows nothing of clusters: text in, calendar dates out.
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

#endif
