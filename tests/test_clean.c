/* test_clean.c — boilerplate removal, each rule with its reason. */
#include "internal.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>

/* Add text, analyse, and return the cluster. */
static precis_cluster *one(const char *text)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, text, strlen(text), NULL, "t.txt");
    pc_analyze(c, NULL, 0);
    return c;
}

static const char *removed_reason(precis_cluster *c, const char *needle)
{
    pc_doc *d = &c->docs[0];
    for (size_t i = 0; i < d->nrm; i++)
        if (strstr(d->rm[i].text, needle)) return pc_reason_name(d->rm[i].reason);
    return NULL;
}

static int kept(precis_cluster *c, const char *needle)
{
    for (size_t i = 0; i < c->nsents; i++)
        if (!c->sents[i].removed && strstr(c->sents[i].text, needle)) return 1;
    return 0;
}

/* Add text in a language, analyse, and return the cluster. */
static precis_cluster *one_in(const char *text, const char *lang)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_set_language(c, lang);
    precis_cluster_add_text(c, text, strlen(text), NULL, "t.txt");
    pc_analyze(c, NULL, 0);
    return c;
}

/* Other languages' datelines go; prose that looks a little like one stays. */
static void intl_datelines(void)
{
    static const struct {
        const char *lang, *text, *dateline, *first;
    } cases[] = {
        {"german", "Hamburg \xE2\x80\x93 Ein Feuer hat eine Halle zerstört. Niemand wurde verletzt.\n",
         "Hamburg \xE2\x80\x93", "Ein Feuer"},
        {"german", "Berlin (dpa) - Die Polizei ermittelt nach dem Brand. Es gibt Zeugen.\n", "Berlin (dpa) -",
         "Die Polizei"},
        {"french", "MOSCOU (AFP) - La Russie a proposé des pourparlers. Le Japon hésite.\n", "MOSCOU (AFP) -",
         "La Russie"},
        {"spanish", "MADRID, 3 abr (EFE).- El Gobierno aprobó el plan. La oposición votó en contra.\n",
         "MADRID, 3 abr (EFE).-", "El Gobierno"},
        {"russian", "МОСКВА, 12 марта \xE2\x80\x94 Пожар на складе потушили утром. Пострадавших нет.\n",
         "МОСКВА, 12 марта", "Пожар"},
        {"chinese", "【新华社北京8月10日电】北京一座仓库发生火灾。没有人员伤亡。\n",
         "【新华社北京8月10日电】", "北京一座仓库"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        precis_cluster *c = one_in(cases[i].text, cases[i].lang);
        CHECK_STR(removed_reason(c, cases[i].dateline), "dateline");
        CHECK(c->nsents >= 1 && strncmp(c->sents[0].text, cases[i].first, strlen(cases[i].first)) == 0);
        precis_cluster_free(c);
    }
    /* a dash inside prose, a lower-case word after it, a later paragraph */
    static const struct {
        const char *lang, *text, *keep;
    } prose[] = {
        {"german", "Angela Merkel \xE2\x80\x93 die frühere Kanzlerin \xE2\x80\x93 sprach lange.\n", "Angela Merkel"},
        {"german", "Der Brand war groß.\n\nHamburg \xE2\x80\x93 Ein Feuer brach aus.\n", "Hamburg"},
        {"english", "Hamburg \xE2\x80\x93 A fire destroyed a warehouse. Nobody was hurt.\n", "Hamburg"},
    };
    for (size_t i = 0; i < sizeof prose / sizeof *prose; i++) {
        precis_cluster *c = one_in(prose[i].text, prose[i].lang);
        CHECK(kept(c, prose[i].keep));
        precis_cluster_free(c);
    }
}

/* Captions are found by English verbs, in English only; a Japanese or
 * Chinese paragraph ending in 。 is no heading. */
static void intl_captions_and_headings(void)
{
    const char *ru = "12 марта 2024 года\n\n"
                     "Пожар на складе в Подмосковье потушили утром. Площадь составила 2 тыс. кв. м.\n\n"
                     "Пострадавших нет. Причины пожара выясняет следствие, сообщили в МЧС.\n\n"
                     "Склад на улице Лесной принадлежит местной компании в Подмосковье.\n\n"
                     "Власти обещают проверить все склады района до конца месяца.\n";
    precis_cluster *c = one_in(ru, "russian");
    CHECK(kept(c, "Склад на улице Лесной"));
    CHECK(kept(c, "Власти обещают"));
    CHECK(kept(c, "Пострадавших нет"));
    CHECK(c->nsents == 6);
    precis_cluster_free(c);
    /* the same layout in English still loses its caption */
    const char *en = "Talks resumed.\n\nThe ministers met in Moscow on Monday for the first time.\n\n"
                     "A man walks past a burning warehouse in the city center.\n\n"
                     "They agreed to meet again next month.\n";
    c = one_in(en, "english");
    CHECK_STR(removed_reason(c, "A man walks past"), "caption");
    precis_cluster_free(c);
    const char *ja = "東京の倉庫で火災が発生した。\n\n消防によると、けが人はいない。\n\n速報\n";
    c = one_in(ja, "japanese");
    CHECK(kept(c, "東京の倉庫"));
    CHECK(kept(c, "消防によると"));
    CHECK_STR(removed_reason(c, "速報"), "heading"); /* no final punctuation: a heading */
    precis_cluster_free(c);
    const char *zh = "北京一座仓库发生火灾。\n\n火灾没有造成人员伤亡！\n";
    c = one_in(zh, "chinese");
    CHECK(c->nsents == 2 && c->docs[0].nrm == 0);
    precis_cluster_free(c);
}

static void datelines(void)
{
    static const struct {
        const char *text, *dateline, *first;
    } cases[] = {
        {"NAGATO: Japan and Russia will likely revive talks.\n", "NAGATO:", "Japan and Russia"},
        {"CNN \xC2\xA0\xE2\x80\x94\xC2\xA0\n\nThe leaders of Russia and Japan met.\n", "CNN", "The leaders"},
        {"PINE RIDGE, S.D. (AP) -- President Clinton turned his attention to Indians.\n",
         "PINE RIDGE, S.D. (AP) --", "President Clinton"},
        {"BEIJING, July 7 (Xinhua) -- China and Japan signed a pact today.\n",
         "BEIJING, July 7 (Xinhua) --", "China and Japan"},
        {"WASHINGTON _ The Senate voted on the bill today after a long debate.\n", "WASHINGTON _",
         "The Senate"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        precis_cluster *c = one(cases[i].text);
        CHECK_STR(removed_reason(c, cases[i].dateline), "dateline");
        CHECK(c->nsents >= 1 && strncmp(c->sents[0].text, cases[i].first, strlen(cases[i].first)) == 0);
        precis_cluster_free(c);
    }
    /* not datelines */
    precis_cluster *c = one("NATO forces entered the town on Monday. At 10:30 the shooting began.\n");
    CHECK(removed_reason(c, "NATO") == NULL);
    CHECK(kept(c, "NATO forces entered"));
    precis_cluster_free(c);
}

/* Five paragraphs of plain prose, so that what follows is past the first
 * paragraphs, where only unambiguous datelines are taken. */
#define FIVE_PARAS                                                     \
    "The council met on Monday to discuss the harbour plan.\n\n"        \
    "Members said the plan was too costly for the town.\n\n"           \
    "The mayor told reporters that a vote would come soon.\n\n"        \
    "Several residents spoke against the new fees at the meeting.\n\n" \
    "A second meeting was set for the following week.\n\n"

static void datelines_in_every_form(void)
{
    static const struct {
        const char *text, *dateline, *first;
    } cases[] = {
        /* CITY, State _ (the state in mixed case) */
        {"AUSTIN, Texas _ The governor signed the water bill on Friday.\n", "AUSTIN, Texas _", "The governor"},
        {"BETHLEHEM, West Bank _ Shops reopened after the holiday.\n", "BETHLEHEM, West Bank _", "Shops reopened"},
        /* CITY, Month Day (Agency) - */
        {"LONDON, June 3 (Reuters) - Shares rose in early trading.\n", "LONDON, June 3 (Reuters) -", "Shares rose"},
        /* CITY, State (AP) -- */
        {"SALEM, Ore. (AP) -- The river crested overnight.\n", "SALEM, Ore. (AP) --", "The river crested"},
        /* Month Day -- at a paragraph's start, as chronologies write it */
        {"The case took months.\n\nMarch 4 -- The court heard the first appeal.\n", "March 4 --", "The court heard"},
        /* past the first paragraphs, the wire separators with a sentence after */
        {FIVE_PARAS "OAKDALE _ The bridge was closed for repairs in the spring.\n", "OAKDALE _", "The bridge was"},
        {FIVE_PARAS "PORTLAND, Maine (AP) -- Fishermen protested the new quota.\n", "PORTLAND, Maine (AP) --",
         "Fishermen protested"},
        /* a slug before the dateline */
        {FIVE_PARAS "HARBOR-PLAN _ RIVERTON, Ohio _ The harbor plan passed on a close vote.\n", "RIVERTON, Ohio _",
         "The harbor plan passed"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        precis_cluster *c = one(cases[i].text);
        CHECK_STR(removed_reason(c, cases[i].dateline), "dateline");
        int found = 0;
        for (size_t k = 0; k < c->nsents; k++)
            found |= !c->sents[k].removed && strncmp(c->sents[k].text, cases[i].first, strlen(cases[i].first)) == 0;
        CHECK(found);
        precis_cluster_free(c);
    }
    precis_cluster *c = one(FIVE_PARAS "HARBOR-PLAN _ RIVERTON, Ohio _ The harbor plan passed on a close vote.\n");
    CHECK_STR(removed_reason(c, "HARBOR-PLAN"), "slug");
    precis_cluster_free(c);
}

static void datelines_not_taken(void)
{
    /* underscores as dashes inside a sentence stay, and so does the text */
    precis_cluster *c = one(FIVE_PARAS "Two national groups _ the Academy and the Guild _ condemned the ruling.\n");
    CHECK(kept(c, "Two national groups _ the Academy and the Guild _ condemned the ruling."));
    CHECK_INT((int)c->docs[0].nrm, 0);
    precis_cluster_free(c);
    /* an acronym before a dash, with no sentence after it, past the first paragraphs */
    c = one(FIVE_PARAS "NATO _ the alliance, that is _ sent more ships to the area.\n");
    CHECK(kept(c, "NATO _ the alliance"));
    precis_cluster_free(c);
    /* a colon past the first paragraphs is a label, not a dateline */
    c = one(FIVE_PARAS "UPDATE: The road reopened after the storm.\n");
    CHECK(removed_reason(c, "UPDATE") == NULL);
    precis_cluster_free(c);
    /* a date opening prose: no separator, or no sentence after it */
    c = one("The case took months.\n\nMarch 4 was the day the court heard the appeal.\n\n"
            "June 5 -- the day of the vote -- was cold and wet.\n");
    CHECK(kept(c, "March 4 was the day"));
    CHECK(kept(c, "June 5 -- the day of the vote"));
    precis_cluster_free(c);
}

static void wire_furniture(void)
{
    static const struct {
        const char *para, *reason;
    } cases[] = {
        {"EDs: Moving in the national and political categories.", "desk-note"},
        {"Editors: This story replaces the one sent earlier.", "desk-note"},
        {"EDITOR'S NOTE -- The author covers farming for the paper.", "desk-note"},
        {"NOTE TO EDITORS: Photos are available with this story.", "desk-note"},
        {"(STORY MAY END HERE. MORE TEXT FOLLOWS.)", "desk-note"},
        {"The night desk editor is Ann Roe, 555-201-3344, aroe(at)example.com.", "contact"},
        {"Questions should be directed to the news desk at 555-201-3000.", "contact"},
        {"For a copy, write to the desk at help@example.org.", "contact"},
        {"For more information, visit the group's site at www.example.org.", "contact"},
        {"Spot budgets move daily at 3 p.m., and sports budgets at 7 p.m. Updates are possible.", "budget"},
        {"If stories will move after 9 p.m., a time will be given.", "budget"},
        {"These columns are moving today to clients of the wire, in the opinion category.", "budget"},
        {"BRIDGE-VOTE _ A look at the bridge vote. (Smith, Valley News Service). 12.", "budget"},
        {"FARM-COLUMN _ Corn prices fell again this week. (Jones, Valley Herald) MOVED", "budget"},
        {"Page layouts are for sale on the web through the wire's sales service.", "notice"},
        {"Distributed by Valley Features Syndicate.", "notice"},
        {"For Use By Clients of the Valley News Service", "notice"},
        {"(c) 2001 Valley News Service. All rights reserved.", "notice"},
        {"Not for publication before Sunday.", "notice"},
        {"Copyright 2001 Valley Herald Company", "notice"},
        {"c. 2001 Valley News Service", "notice"},
        {"(C) 2001 Valley Herald Company", "notice"},
        {"\xC2\xA9 Valley Herald Company", "notice"},
        {"BC-BRIDGE-VOTE-VNS", "slug"},
        {"BC-BRIDGE-VOTE-VNS 04-12 0640", "slug"},
        {"(END)", "end"},
        {"-30-", "end"},
        {"VNS-04-12-01 1845EST", "end"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[512];
        snprintf(text, sizeof text, "The council voted on the bridge plan on Tuesday.\n\n%s\n\n"
                                    "The mayor said the bridge would open next year.\n", cases[i].para);
        precis_cluster *c = one(text);
        const char *r = removed_reason(c, cases[i].para);
        if (!r || strcmp(r, cases[i].reason) != 0) fprintf(stderr, "  furniture case %zu: %s\n", i, r ? r : "kept");
        CHECK_STR(r, cases[i].reason);
        CHECK(kept(c, "The council voted"));
        CHECK(kept(c, "The mayor said"));
        precis_cluster_free(c);
    }
    /* an end marker closing a paragraph of text goes; the text stays */
    precis_cluster *c = one("The council voted on the bridge plan on Tuesday. (END)\n");
    CHECK_STR(removed_reason(c, "(END)"), "end");
    CHECK(kept(c, "The council voted on the bridge plan on Tuesday."));
    precis_cluster_free(c);
}

static void prose_is_not_furniture(void)
{
    static const char *const prose[] = {
        "The editor of the paper said he would call the minister.",
        "The talks began at 6 p.m. and ended at midnight.",
        "The budget moved to the Senate floor at 6 p.m. on Tuesday.",
        "Food distributed by the Red Cross reached the valley on Friday.",
        "The old mill is for sale, its owner said.",
        "He told the editors of three papers that he would not resign.",
        "Police asked anyone who saw the crash to call them.",
        "The stories moved readers, the publisher said.",
        "Eds were not mentioned in the report, which ran to 40 pages.",
        "Reporters were told the suspect (a local man) was 30.",
        "Ed -- a farmer all his life -- said the river had never been so high.",
        "Copyright law was changed in 1998 to lengthen the terms.",
        "To order the repairs, the council needed a second vote.",
        "For information about the plan, residents went to the town hall.",
        "The agency posted the report on its site, www.example.gov, on Monday.",
    };
    for (size_t i = 0; i < sizeof prose / sizeof *prose; i++) {
        char text[512];
        snprintf(text, sizeof text, "The council voted on the bridge plan on Tuesday.\n\n%s\n\n"
                                    "The mayor said the bridge would open next year.\n", prose[i]);
        precis_cluster *c = one(text);
        if (!kept(c, prose[i])) fprintf(stderr, "  prose case %zu removed: %s\n", i, removed_reason(c, prose[i]));
        CHECK(kept(c, prose[i]));
        precis_cluster_free(c);
    }
}

static void metadata_line_sets_date(void)
{
    precis_cluster *c = one(" date 2019-01-23 Any deal to end a territorial row needs public backing, Putin said.\n");
    CHECK_STR(removed_reason(c, "date 2019-01-23"), "metadata");
    CHECK_INT(c->docs[0].date.year, 2019);
    CHECK_INT(c->docs[0].date.day, 23);
    CHECK(kept(c, "Any deal to end a territorial row"));
    precis_cluster_free(c);
}

static void captions_and_headings(void)
{
    const char *text =
        "Russian President Vladimir Putin and Prime Minister Shinzo Abe walk during their meeting at the Kremlin.\n"
        "CNN \xE2\x80\x94\n\n"
        "The leaders of Russia and Japan said they remain committed to a treaty.\n\n"
        "Kunashiri island, part of an archipelago under Russian control, seen from the deck in Rausu.\n\n"
        "\xE2\x80\x98Kurils are Russian land!\xE2\x80\x99\n\n"
        "For many Russians, the idea of returning the islands is anathema.\n\n"
        "The isles have strategic value for Russia, ensuring naval access to the Pacific.\n\n"
        "Abe and Putin met Monday in Moscow in the first meeting in ten years.\n\n"
        "Advertisement\n\n"
        "Japanese investments are entering Russia.\n";
    precis_cluster *c = one(text);
    CHECK_STR(removed_reason(c, "walk during their meeting"), "caption");
    CHECK_STR(removed_reason(c, "seen from the deck"), "caption");
    CHECK_STR(removed_reason(c, "Kurils are Russian land"), "heading");
    CHECK_STR(removed_reason(c, "Advertisement"), "boilerplate");
    CHECK(kept(c, "The leaders of Russia"));
    CHECK(kept(c, "The isles have strategic value"));
    CHECK(kept(c, "Abe and Putin met Monday"));
    CHECK(kept(c, "Japanese investments are entering Russia."));
    precis_cluster_free(c);
}

static void speaker_label(void)
{
    precis_cluster *c = one("The status of the islands remains in question today.\n"
                            "VLADMIR PUTIN RUSSIAN PRESIDENT \"We call on all governments to refrain from rhetoric.\"\n");
    CHECK_STR(removed_reason(c, "VLADMIR PUTIN"), "label");
    CHECK_STR(c->docs[0].speaker_label, "VLADMIR PUTIN RUSSIAN PRESIDENT");
    CHECK(kept(c, "\"We call on all governments"));
    precis_cluster_free(c);
}

static void repeated_passage(void)
{
    const char *text = "Abe and Putin met Monday in Moscow for talks.\n"
                       "They agreed to step up efforts to resolve the dispute.\n"
                       "The dispute involves a set of islands seized in 1945.\n"
                       "They agreed to step up efforts to resolve the dispute.\n"
                       "The dispute \xE2\x80\x93 involves a set of islands seized in  1945.\n";
    precis_cluster *c = one(text);
    int kept_count = 0, repeated = 0;
    for (size_t i = 0; i < c->nsents; i++) {
        if (c->sents[i].removed == PC_REPEATED) repeated++;
        else kept_count++;
    }
    CHECK_INT(kept_count, 3);
    CHECK_INT(repeated, 2);
    precis_cluster_free(c);
}

static void example_cluster_clean(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    pc_analyze(c, NULL, 0);
    /* article-1 repeats six sentences (seven after segmentation) */
    size_t rep = 0;
    for (size_t i = 0; i < c->nsents; i++) rep += c->sents[i].doc == 0 && c->sents[i].removed;
    CHECK_INT(rep, 7);
    for (size_t i = 0; i < c->nsents; i++) {
        const char *t = c->sents[i].text;
        CHECK(strstr(t, "NAGATO") == NULL);
        CHECK(strstr(t, "CNN") == NULL);
        CHECK(strstr(t, "date 2019") == NULL);
        CHECK(strstr(t, "takes pictures of an islet") == NULL);
        CHECK(strstr(t, "walk during their meeting") == NULL);
        CHECK(strstr(t, "seen from the Rausu") == NULL);
    }
    precis_cluster_free(c);
}


/* Input never vanishes as a "heading": a one-paragraph document, and list
 * items, are content; a short title above the text still goes. */
static void list_items_and_single_lines_kept(void)
{
    precis_cluster *c = one("1) Talks resumed 2) Ministers left\n");
    CHECK(kept(c, "Talks resumed") && kept(c, "Ministers left"));
    CHECK(removed_reason(c, "Talks") == NULL);
    precis_cluster_free(c);
    c = one("Summit ends\n\nThe talks ended on Monday without a deal, officials said.\n\n"
            "- sign the deal\n\n2. leave the room\n\nb) Ministers left\n");
    CHECK_STR(removed_reason(c, "Summit ends"), "heading");
    CHECK(kept(c, "sign the deal") && kept(c, "leave the room") && kept(c, "Ministers left"));
    precis_cluster_free(c);
}

/* A date line under the headline dates an undated article, in its
 * language; a heading that only mentions a date, or a dated article, does
 * not. */
static void date_line_under_headline(void)
{
    precis_cluster *c = one_in("Выставка в Москве побила рекорд\n10 ноября 2019 года\n\n"
                               "За первые три дня выставку посетили пятнадцать тысяч человек. "
                               "Об этом сообщили организаторы.\n", "russian");
    CHECK_STR(removed_reason(c, "10 ноября 2019"), "metadata");
    CHECK_INT(c->docs[0].date.year, 2019);
    CHECK_INT(c->docs[0].date.month, 11);
    CHECK_INT(c->docs[0].date.day, 10);
    precis_cluster_free(c);
    c = one_in("Großbrand in Hamburg\n12.10.2021\n\nDie Feuerwehr war mit 80 Kräften im Einsatz. "
               "Verletzt wurde niemand.\n", "german");
    CHECK_INT(c->docs[0].date.month, 10);
    CHECK_INT(c->docs[0].date.day, 12);
    precis_cluster_free(c);
    c = one_in("東京で大規模な停電\n2020年3月5日\n\n東京都内で大規模な停電が発生した。原因は調査中だ。\n",
               "japanese");
    CHECK_STR(removed_reason(c, "2020年3月5日"), "metadata");
    CHECK_INT(c->docs[0].date.day, 5);
    precis_cluster_free(c);
    /* a headline that mentions a date among other words stays a heading */
    c = one_in("Выборы 10 ноября 2019 года прошли спокойно в большинстве регионов страны\n\n"
               "Избиратели пришли на участки утром. Нарушений не было.\n", "russian");
    CHECK(c->docs[0].date.year == 0);
    precis_cluster_free(c);
    /* a dated article keeps its date */
    c = precis_cluster_new();
    precis_doc_info info = {NULL, NULL, NULL, "2019-01-23"};
    const char *t = "Headline of the day\nMarch 5, 2020\n\nThe council met on Monday. It voted.\n";
    precis_cluster_add_text(c, t, strlen(t), &info, "t.txt");
    CHECK_INT(c->docs[0].date.year, 2019);
    CHECK_INT(c->docs[0].date.month, 1);
    precis_cluster_free(c);
    /* the US month.day.year is not read as day.month.year */
    c = one("Council report\n3.25.2021\n\nThe council met on Monday. It voted.\n");
    CHECK(c->docs[0].date.year == 0);
    precis_cluster_free(c);
}

TESTS(clean_tests) = {
    {"clean/list_items_and_single_lines_kept", list_items_and_single_lines_kept},
    {"clean/datelines", datelines},
    {"clean/datelines_in_every_form", datelines_in_every_form},
    {"clean/datelines_not_taken", datelines_not_taken},
    {"clean/wire_furniture", wire_furniture},
    {"clean/prose_is_not_furniture", prose_is_not_furniture},
    {"clean/metadata_line_sets_date", metadata_line_sets_date},
    {"clean/date_line_under_headline", date_line_under_headline},
    {"clean/captions_and_headings", captions_and_headings},
    {"clean/intl_datelines", intl_datelines},
    {"clean/intl_captions_and_headings", intl_captions_and_headings},
    {"clean/speaker_label", speaker_label},
    {"clean/repeated_passage", repeated_passage},
    {"clean/example_cluster_clean", example_cluster_clean},
    END_TESTS,
};
