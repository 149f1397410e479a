/* fuzz_date.c — document date parsing, the month and weekday lexicon, and
 * date expressions in text resolved against a reference date taken from the
 * first four bytes; and the same text read as the language the fourth byte
 * picks (pc_find_timex: the other languages' lexicons, Chinese and
 * Japanese forms, UTF-8 words and casefolding), with its TIMEX3 values. */
#include "dates/dates.h"

#include <stdint.h>

static int valid(precis_date d, precis_grain g)
{
    if (!d.year) return 1;
    if (d.year < 1 || d.year > 9999) return 0;
    if (g == PRECIS_GRAIN_YEAR) return d.month == 0 && d.day == 0;
    if (d.month < 1 || d.month > 12) return 0;
    if (g == PRECIS_GRAIN_MONTH) return d.day == 0;
    return d.day >= 1 && d.day <= 31;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_date d = {0, 0, 0};
    if (pc_parse_date((const char *)data, size, &d) &&
        (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31))
        __builtin_trap();
    /* the lexicon reads w[0..n) only, and answers within its ranges */
    size_t wn = size < 12 ? size : 12;
    int month = pc_month_of_name((const char *)data, wn);
    int abbrev = pc_month_of_abbrev((const char *)data, wn);
    int day = pc_weekday_of_name((const char *)data, wn);
    if (month < 0 || month > 12 || abbrev < 0 || abbrev > 12 || abbrev == 5 || day < -1 || day > 6 ||
        (month && (abbrev || day >= 0)))
        __builtin_trap();
    if (size < 4) return 0;
    precis_date ref = {1900 + data[0] % 200, 1 + data[1] % 12, 1 + data[2] % 28};
    if (data[3] & 1) ref.year = 0;
    precis_date_mention m[16];
    size_t n = precis_find_dates((const char *)data + 4, size - 4, ref, m, 16);
    for (size_t i = 0; i < n && i < 16; i++) {
        if (m[i].start >= m[i].end || m[i].end > size - 4) __builtin_trap();
        if (i && m[i].start < m[i - 1].end) __builtin_trap();
        if (!valid(m[i].date, m[i].grain)) __builtin_trap();
        if (!ref.year && m[i].relative && m[i].date.year) __builtin_trap(); /* never guessed */
        char buf[16];
        precis_date_label(m[i].date, m[i].grain, buf);
    }
    static const char *const langs[] = {"english", "spanish", "french", "german", "italian",
                                        "portuguese", "russian", "chinese", "japanese", "klingon"};
    const char *lang = langs[(data[3] >> 1) % 10];
    pc_timex x[16];
    n = pc_find_timex((const char *)data + 4, size - 4, ref, lang, x, 16);
    for (size_t i = 0; i < n && i < 16; i++) {
        if (x[i].start >= x[i].end || x[i].end > size - 4) __builtin_trap();
        if (i && x[i].start < x[i - 1].end) __builtin_trap();
        if (x[i].grain <= PRECIS_GRAIN_DAY && !valid(x[i].date, (precis_grain)x[i].grain)) __builtin_trap();
        if (!ref.year && x[i].relative && x[i].date.year) __builtin_trap();
        char v[16];
        pc_timex_value(x[i].date, x[i].grain, v);
        if (x[i].date.year && !v[0]) __builtin_trap();
    }
    return 0;
}
