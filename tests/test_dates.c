/* test_dates.c — date expressions: a table of cases (expression in a
 * sentence, the article's date, the expected resolution) and the
 * adversarial numbers that are not years; the month and weekday lexicon. */
#include "internal.h"
#include "dates/dates.h"
#include "test.h"

#include <stdlib.h>

/* The first date found in text against ref, as "LABEL/grain", "?/grain"
 * when unresolved, or "none". */
static void first_date(const char *text, precis_date ref, char *out, size_t n)
{
    precis_date_mention m[8];
    size_t k = precis_find_dates(text, strlen(text), ref, m, 8);
    if (!k) {
        snprintf(out, n, "none");
        return;
    }
    char lab[16];
    snprintf(out, n, "%s/%s", precis_date_label(m[0].date, m[0].grain, lab), precis_grain_name(m[0].grain));
}

static void table(void)
{
    /* 2019-01-23 was a Wednesday */
    const precis_date wed = {2019, 1, 23}, none = {0, 0, 0}, leapd = {2020, 3, 1};
    static const struct {
        const char *text;
        int ref; /* 0 = 2019-01-23, 1 = undated, 2 = 2020-03-01 */
        const char *want;
    } cases[] = {
        /* absolute */
        {"Russia seized them in 1945.", 0, "1945/year"},
        {"Russia seized them in 1945.", 1, "1945/year"},
        {"Relations started to warm in November 2013, when", 1, "2013-11/month"},
        {"talks began in Nov. 2013 in Tokyo", 1, "2013-11/month"},
        {"the date 2019-01-23 was set", 1, "2019-01-23/day"},
        {"filed on 2019/01/23.", 1, "2019-01-23/day"},
        {"They met on Jan. 22, 2019 in Moscow.", 1, "2019-01-22/day"},
        {"They met on January 22, 2019 in Moscow.", 1, "2019-01-22/day"},
        {"They met on 22 January 2019 in Moscow.", 1, "2019-01-22/day"},
        {"They met on 22nd January 2019.", 1, "2019-01-22/day"},
        {"in November of 2013 the talks", 1, "2013-11/month"},
        {"based partly on a 1956 joint declaration", 1, "1956/year"},
        {"have declared 2018 a year for cultural exchanges", 1, "2018/year"},
        {"400,000 visitors by 2023.", 1, "2023/year"},
        {"the Treaty of Westphalia in 1648 ended", 1, "1648/year"},
        {"On Feb. 29, 2020 it snowed.", 1, "2020-02-29/day"},
        /* month and day without a year: the article's year, or the one before */
        {"They met Jan. 22 in Moscow.", 0, "2019-01-22/day"},
        {"They met Jan. 22 in Moscow.", 1, "?/day"},
        {"the talks on Dec. 15 ended", 0, "2018-12-15/day"},
        {"they will meet on Feb. 10 again", 0, "2019-02-10/day"},
        {"they agreed in November to accelerate negotiations", 0, "2018-11/month"},
        {"ministers would meet in February to continue talks", 0, "2019-02/month"},
        {"since March the price rose", 0, "2018-03/month"},
        {"last November the two agreed", 0, "2018-11/month"},
        {"next March they will vote", 0, "2019-03/month"},
        {"in mid-January the talks", 0, "2019-01/month"},
        /* weekdays: the latest before the article's date, or the next when future */
        {"Putin said on Tuesday after meeting Abe", 0, "2019-01-22/day"},
        {"Udaltsov said Tuesday that 11 were detained", 0, "2019-01-22/day"},
        {"On Sunday, Kremlin adviser Yuri Ushakov noted", 0, "2019-01-20/day"},
        {"The ministry said on Wednesday that", 0, "2019-01-23/day"},
        {"They will meet again in Tokyo on Friday.", 0, "2019-01-25/day"},
        {"last Wednesday the vote failed", 0, "2019-01-16/day"},
        {"next Monday the court rules", 0, "2019-01-28/day"},
        {"met Monday in Moscow", 1, "?/day"},
        {"Monday's meeting was tense", 0, "2019-01-21/day"},
        /* relative words */
        {"today the markets fell", 0, "2019-01-23/day"},
        {"yesterday the markets fell", 0, "2019-01-22/day"},
        {"tomorrow the markets open", 0, "2019-01-24/day"},
        {"yesterday the markets fell", 2, "2020-02-29/day"},
        {"at a summit in Moscow last year", 0, "2018/year"},
        {"at a summit in Moscow last year", 1, "?/year"},
        {"this year will mark a breakthrough", 0, "2019/year"},
        {"next year the treaty", 0, "2020/year"},
        {"Earlier this month, Abe voiced hope", 0, "2019-01/month"},
        {"last month the ministers met", 0, "2018-12/month"},
        {"next month the ministers meet", 0, "2019-02/month"},
        {"based on last week's talks", 0, "2019-01-14/week"},
        {"based on last week\xE2\x80\x99s talks", 0, "2019-01-14/week"},
        {"later this week the vote", 0, "2019-01-21/week"},
        {"two years ago the plan failed", 0, "2017/year"},
        {"three days ago the plan failed", 0, "2019-01-20/day"},
        {"a week ago the plan failed", 0, "2019-01-14/week"},
        {"six months ago the plan failed", 0, "2018-07/month"},
        {"a decade ago the plan failed", 0, "2009/year"},
        {"a port to be finished in 10 years", 0, "2029/year"},
        {"a port to be finished in two months", 0, "2019-03/month"},
        {"the islands, this morning, were quiet", 0, "2019-01-23/day"},
        /* not dates */
        {"as many as 17,000 Japanese citizens were expelled", 0, "none"},
        {"the first meeting between leaders in 10 years", 0, "none"},
        {"for the first time in three decades", 0, "none"},
        {"some 1800 troops were sent", 0, "none"},
        {"it costs $2019 per seat", 0, "none"},
        {"he boarded flight 1945 to Tokyo", 0, "none"},
        {"unemployment rose 2015 percent", 0, "none"},
        {"the score was 2,019 to 1", 0, "none"},
        {"a 10km race in 2.5 hours", 0, "none"},
        {"Theresa May said", 0, "none"},
        {"we may march on", 0, "none"},
        {"since the 1990s the islands", 0, "none"},
        {"room 1999 was booked", 0, "none"},
        {"No. 2001 was the winner", 0, "none"},
        {"in 1492 Columbus sailed", 0, "1492/year"},
        {"1492 ships sailed", 0, "none"},
        {"Feb. 30, 2019 is no day", 1, "2019/year"}, /* the year stands */
    };
    char got[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        precis_date ref = cases[i].ref == 0 ? wed : cases[i].ref == 1 ? none : leapd;
        first_date(cases[i].text, ref, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            fprintf(stderr, "  \"%s\": expected %s, got %s\n", cases[i].text, cases[i].want, got);
            t_failed_checks++;
        }
    }
    CHECK(sizeof cases / sizeof *cases >= 40);
}

/* Offsets, the since flag, several dates in one text, the max argument. */
static void mentions(void)
{
    const char *t = "Talks resumed in November 2013, the first since 1973, and again on Tuesday.";
    precis_date ref = {2019, 1, 23};
    precis_date_mention m[8];
    size_t n = precis_find_dates(t, strlen(t), ref, m, 8);
    CHECK_INT(n, 3);
    CHECK_INT(m[0].start, 17);
    CHECK_INT(m[0].end, 30);
    CHECK(!m[0].since && !m[0].relative);
    CHECK(m[1].since);
    CHECK_INT(m[1].date.year, 1973);
    CHECK(m[2].relative);
    CHECK_INT(m[2].date.day, 22);
    CHECK_INT(precis_find_dates(t, strlen(t), ref, m, 1), 3); /* counts beyond max */
    CHECK_INT(precis_find_dates(t, strlen(t), ref, NULL, 0), 3);
    /* an invalid reference date is no reference */
    precis_date bad = {2019, 2, 30};
    n = precis_find_dates("on Tuesday", 10, bad, m, 8);
    CHECK_INT(n, 1);
    CHECK_INT(m[0].date.year, 0);
}

/* The calendar across century and leap years, by weekday arithmetic. */
static void calendar(void)
{
    static const struct {
        precis_date ref;
        const char *text;
        precis_date want;
    } cases[] = {
        {{2000, 3, 1}, "yesterday", {2000, 2, 29}},
        {{1900, 3, 1}, "yesterday", {1900, 2, 28}},
        {{2100, 1, 1}, "yesterday", {2099, 12, 31}},
        {{1969, 7, 21}, "on Sunday", {1969, 7, 20}},
        {{1970, 1, 1}, "on Thursday", {1970, 1, 1}},
        {{1815, 6, 19}, "on Sunday", {1815, 6, 18}},
        {{2024, 12, 31}, "tomorrow", {2025, 1, 1}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        precis_date_mention m[2];
        size_t n = precis_find_dates(cases[i].text, strlen(cases[i].text), cases[i].ref, m, 2);
        CHECK_INT(n, 1);
        CHECK_INT(m[0].date.year, cases[i].want.year);
        CHECK_INT(m[0].date.month, cases[i].want.month);
        CHECK_INT(m[0].date.day, cases[i].want.day);
    }
}

/* The lexicon's lookups: whole words in any case, nothing more or less. */
static void lexicon(void)
{
    CHECK_INT(pc_month_of_name("January", 7), 1);
    CHECK_INT(pc_month_of_name("may", 3), 5);
    CHECK_INT(pc_month_of_name("DECEMBER", 8), 12);
    CHECK_INT(pc_month_of_name("Septembers", 9), 9); /* only w[0..n) is read */
    CHECK_INT(pc_month_of_name("Jan", 3), 0);
    CHECK_INT(pc_month_of_name("Januar", 6), 0);
    CHECK_INT(pc_month_of_name("Januarys", 8), 0);
    CHECK_INT(pc_month_of_name("Mayor", 5), 0);
    CHECK_INT(pc_month_of_name("Monday", 6), 0);
    CHECK_INT(pc_month_of_name("", 0), 0);

    CHECK_INT(pc_month_of_abbrev("Jan", 3), 1);
    CHECK_INT(pc_month_of_abbrev("feb", 3), 2);
    CHECK_INT(pc_month_of_abbrev("SEP", 3), 9);
    CHECK_INT(pc_month_of_abbrev("Sept", 4), 9);
    CHECK_INT(pc_month_of_abbrev("Dec", 3), 12);
    CHECK_INT(pc_month_of_abbrev("May", 3), 0);   /* written in full */
    CHECK_INT(pc_month_of_abbrev("January", 7), 0);
    CHECK_INT(pc_month_of_abbrev("Jan.", 4), 0);  /* without its period */
    CHECK_INT(pc_month_of_abbrev("Ja", 2), 0);
    CHECK_INT(pc_month_of_abbrev("Septe", 5), 0);
    CHECK_INT(pc_month_of_abbrev("Mon", 3), 0);
    CHECK_INT(pc_month_of_abbrev("", 0), 0);

    CHECK_INT(pc_weekday_of_name("Monday", 6), 0);
    CHECK_INT(pc_weekday_of_name("WEDNESDAY", 9), 2);
    CHECK_INT(pc_weekday_of_name("sunday", 6), 6);
    CHECK_INT(pc_weekday_of_name("Mon", 3), -1);
    CHECK_INT(pc_weekday_of_name("Mondays", 7), -1);
    CHECK_INT(pc_weekday_of_name("March", 5), -1);
    CHECK_INT(pc_weekday_of_name("", 0), -1);

    /* every entry of the tables reads back as its own month or day */
    for (int m = 1; m <= 12; m++)
        CHECK_INT(pc_month_of_name(pc_month_names[m - 1], strlen(pc_month_names[m - 1])), m);
    for (int k = 0; k < 7; k++)
        CHECK_INT(pc_weekday_of_name(pc_weekday_names[k], strlen(pc_weekday_names[k])), k);
    size_t na = 0;
    for (const char *const *a = pc_month_abbrevs; *a; a++, na++) {
        int m = pc_month_of_abbrev(*a, strlen(*a));
        CHECK(m >= 1 && m <= 12 && m != 5);
        if (m >= 1 && m <= 12) CHECK(strncmp(pc_month_names[m - 1], *a, strlen(*a)) == 0);
    }
    CHECK_INT(na, 12);
}

TESTS(dates_tests) = {{"dates: table of expressions", table},
                      {"dates: offsets, since, max", mentions},
                      {"dates: calendar arithmetic", calendar},
                      {"dates: month and weekday lexicon", lexicon},
                      END_TESTS};
