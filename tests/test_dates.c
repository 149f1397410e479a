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

/* The TIMEX3 values of every expression of text in lang against ref,
 * space-separated ("" for none), as "value" or "XXXX-10" for habits. */
static void values(const char *text, const char *lang, precis_date ref, char *out, size_t n)
{
    pc_timex x[16];
    size_t k = pc_find_timex(text, strlen(text), ref, lang, x, 16);
    out[0] = 0;
    for (size_t i = 0; i < k && i < 16; i++) {
        char v[16];
        pc_timex_value(x[i].date, x[i].grain, v);
        if (x[i].generic && x[i].relative && v[0]) memcpy(v, "XXXX", 4);
        snprintf(out + strlen(out), n - strlen(out), "%s%s", i ? " " : "", v[0] ? v : "?");
    }
}

/* One case: text in lang against ref gives exactly `want`. */
static void expect(const char *text, const char *lang, precis_date ref, const char *want)
{
    char got[256];
    values(text, lang, ref, got, sizeof got);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "  [%s] \"%s\": expected \"%s\", got \"%s\"\n", lang ? lang : "-", text, want,
                got);
    CHECK_STR(got, want);
}

/* English rules of issue #23: tense decides direction only where the text
 * speaks of the future; habits and bylines are no events; TIMEX3 forms. */
static void english_rules(void)
{
    const precis_date aug = {2000, 8, 20}, nov = {1998, 11, 2}, jan = {2000, 1, 6};
    /* a past event stays in the past, a modal earlier in the sentence or not */
    expect("Experts would examine the damage suffered when it sank August 12.", "english", aug,
           "2000-08-12");
    expect("the Oct. 31 crash of the airliner", "english", nov, "1998-10-31");
    /* the future where the text says so */
    expect("Divers will recover the bodies in September.", "english", aug, "2000-09");
    expect("He said he would meet the minister on Friday.", "english", aug, "2000-08-25");
    expect("The talks resumed Friday.", "english", aug, "2000-08-18");
    /* "would-be" is no verb */
    expect("The would-be hijacker surrendered on Friday.", "english", aug, "2000-08-18");
    /* no tense: the nearest */
    expect("to return the boy to his father by Jan. 14.", "english", jan, "2000-01-14");
    /* a weekday written with the day picks its year */
    expect("The vote is Monday, Oct. 26, officials said.", "english", (precis_date){1998, 10, 25},
           "1998-10-26");
    /* a year written earlier anchors a day without one */
    expect("In 1995, the treaty was signed on March 3.", "english", jan, "1995 1995-03-03");
    /* a participle after "be" is no past; a reporting clause after the
     * date does not decide; "until" is no future; "a Monday" is any Monday */
    expect("A computer expected to be delivered in August will be used.", "english",
           (precis_date){2000, 4, 16}, "2000-08");
    expect("June 19, they have proclaimed, will be Fan Day.", "english", (precis_date){1999, 6, 14},
           "1999-06-19");
    expect("Stores kept it locked up until late Sunday.", "english", (precis_date){1999, 5, 2},
           "1999-05-02");
    expect("going to a late show on a Monday night", "english", aug, "");
    expect("in December's council election", "english", (precis_date){1998, 8, 12}, "1997-12");
    /* holidays: the day they fall on, in the year tense or last/next says */
    expect("Elian spent last Thanksgiving in Miami.", "english", jan, "1999-11-25");
    expect("Voters go to the polls on Election Day.", "english", (precis_date){1998, 10, 26},
           "1998-11-03");
    expect("The church was full on Easter Sunday 2000.", "english", jan, "2000-04-23");
    expect("Stores opened after Memorial Day.", "english", (precis_date){2000, 6, 5}, "2000-05-29");
    expect("They will marry by Christmas.", "english", aug, "2000-12-25");
    expect("Christmas shopping began early.", "english", aug, "");
    expect("the election day of the party", "english", aug, "");
    /* habits and bylines */
    expect("It usually turns cold around mid-October.", "english", nov, "XXXX-10");
    expect("wrote the Globe's Sunday writer, a critic.", "english", nov, "");
    expect("It happened on Sunday.", "english", nov, "1998-11-01");
    /* TIMEX3 forms: weeks, decades, quarters, seasons */
    expect("Prices rose last week.", "english", (precis_date){1998, 1, 14}, "1998-W02");
    expect("Growth in the 1990s was fast.", "english", nov, "199");
    expect("Profit fell in the third quarter.", "english", nov, "1998-Q3");
    expect("Sales will rise next spring.", "english", nov, "1999-SP");
    expect("The war ended 41 years ago.", "english", jan, "1959");
    /* numbers that are no dates */
    expect("The plane carried 1998 passengers and 2,000 pounds.", "english", nov, "");
}

/* Dates in other languages (issue #22): month and weekday names, word
 * order, ordinals, relative words, against the article's date. */
static void languages(void)
{
    const precis_date ref = {2021, 10, 20}; /* a Wednesday */
    expect("El gobierno anunció el 3 de abril de 2012 un plan.", "spanish", ref, "2012-04-03");
    expect("Ayer el ministro habló; el lunes pasado hubo protestas.", "spanish", ref,
           "2021-10-19 2021-10-18");
    expect("en marzo de 2020", "spanish", ref, "2020-03");
    expect("Le jeudi 5 mai, il a parlé.", "french", ref, "2022-05-05");
    expect("Hier, le 1er mars 2020 et aujourd'hui.", "french", ref, "2021-10-19 2020-03-01 2021-10-20");
    expect("Il partira le 3 novembre.", "french", ref, "2021-11-03");
    expect("Am 12. Oktober 2021 brannte es, gestern nicht.", "german", ref, "2021-10-12 2021-10-19");
    expect("Im März war es ruhig. Am Freitag kam er.", "german", ref, "2021-03 2021-10-15");
    expect("MÄRZ 2020", "german", ref, "2020-03");
    expect("Il 3 aprile 2012; ieri; lunedì scorso.", "italian", ref, "2012-04-03 2021-10-19 2021-10-18");
    expect("Em 3 de abril de 2012; ontem; na segunda-feira.", "portuguese", ref,
           "2012-04-03 2021-10-19 2021-10-18");
    /* "segunda" alone is "second", no weekday */
    expect("a segunda vez", "portuguese", ref, "");
    expect("7 ноября 2019 года министр заявил.", "russian", ref, "2019-11-07");
    expect("Вчера; в пятницу; в мае; Октября 2020", "russian", ref, "2021-10-19 2021-10-15 2021-05 2020-10");
    expect("2020年3月5日，政府宣布。昨天，部长说。星期五有抗议。", "chinese", ref,
           "2020-03-05 2021-10-19 2021-10-15");
    expect("3月5日に発表。昨日、金曜日。2019年", "japanese", ref, "2021-03-05 2021-10-19 2021-10-15 2019");
    /* a day 0 is no day (fuzz finding): the month stands */
    expect("2020年3月0日", "chinese", ref, "2020-03");
    /* another language's words are not read */
    expect("Ayer y el 3 de abril", "english", ref, "");
    expect("Yesterday, on April 3", "spanish", ref, "");
    /* undated: relative ones stay unresolved, absolute ones do not */
    expect("ayer, 3 de abril de 2012", "spanish", (precis_date){0, 0, 0}, "? 2012-04-03");
    /* bad input is survived: no 13th month, no 32nd day (its month and year
     * still are one) */
    expect("13月45日 32 de abril de 2012 \xff\xfe", "spanish", ref, "2012-04");
}

/* The cluster API: offsets into the input, the language set on the
 * cluster, the anchor, the JSON with its language. */
static void cluster_dates(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *text = "Ayer, el 3 de abril de 2012, el gobierno habló.";
    precis_doc_info info = {0};
    info.id = "a";
    info.date = "2021-10-20";
    CHECK_INT(precis_cluster_add_text(c, text, strlen(text), &info, NULL), 0);
    precis_cluster_set_language(c, "spanish");
    precis_dates *d = precis_dates_build(c);
    CHECK_INT(precis_dates_count(d), 2);
    CHECK_STR(precis_dates_language(d), "spanish");
    const precis_date_expression *e = precis_dates_at(d, 0);
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->value, "2021-10-19");
        CHECK_STR(e->anchor, "document date");
        CHECK_STR(e->anchor_value, "2021-10-20");
        CHECK_INT(e->end - e->start, 4);
        CHECK(strncmp(text + e->start, "Ayer", 4) == 0);
    }
    e = precis_dates_at(d, 1);
    if (e) {
        CHECK_STR(e->value, "2012-04-03");
        CHECK(e->anchor == NULL);
        CHECK(strncmp(text + e->start, "3 de abril de 2012", e->end - e->start) == 0);
    }
    CHECK(precis_dates_at(d, 2) == NULL);
    char *json = precis_dates_render(d, PRECIS_FORMAT_JSON);
    CHECK(json && strstr(json, "\"language\": \"spanish\""));
    CHECK(json && strstr(json, "\"value\": \"2012-04-03\""));
    free(json);
    char *txt = precis_dates_render(d, PRECIS_FORMAT_TEXT);
    CHECK(txt && strstr(txt, "2012-04-03"));
    free(txt);
    precis_dates_free(d);
    precis_cluster_free(c);
    CHECK(precis_dates_build(NULL) == NULL);
    CHECK_INT(precis_dates_count(NULL), 0);
    precis_dates_free(NULL);
}

/* The timeline puts a sentence under one date, its main event's. */
static void timeline_once(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *a = "The leaders agreed in November to talks based on a 1956 proposal. "
                    "Earlier this month, Abe said this year will bring a deal.";
    precis_doc_info info = {0};
    info.id = "a";
    info.date = "2019-01-23";
    CHECK_INT(precis_cluster_add_text(c, a, strlen(a), &info, NULL), 0);
    precis_timeline *t = precis_timeline_build(c, NULL);
    CHECK(t != NULL);
    char lab[16];
    int nov = 0, y1956 = 0, jan = 0, y2019 = 0;
    for (size_t i = 0; i < precis_timeline_count(t); i++) {
        const precis_timeline_entry *e = precis_timeline_entry_at(t, i);
        precis_date_label(e->date, e->grain, lab);
        nov += strcmp(lab, "2018-11") == 0;
        y1956 += strcmp(lab, "1956") == 0;
        jan += strcmp(lab, "2019-01") == 0;
        y2019 += strcmp(lab, "2019") == 0;
    }
    CHECK_INT(nov, 1);
    CHECK_INT(y1956, 0);
    CHECK_INT(jan, 1);
    CHECK_INT(y2019, 0);
    CHECK_INT(precis_timeline_count(t), 2);
    precis_timeline_free(t);
    precis_cluster_free(c);
}

TESTS(dates_tests) = {{"dates: table of expressions", table},
                      {"dates: offsets, since, max", mentions},
                      {"dates: calendar arithmetic", calendar},
                      {"dates: month and weekday lexicon", lexicon},
                      {"dates: English rules (tense, habits, bylines, TIMEX3)", english_rules},
                      {"dates: Spanish, French, German, Italian, Portuguese, Russian, CJK", languages},
                      {"dates: the cluster API (offsets, language, anchor, JSON)", cluster_dates},
                      {"dates: timeline puts a sentence under one date", timeline_once},
                      END_TESTS};
