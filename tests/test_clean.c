/* test_clean.c — boilerplate removal, each rule with its reason. */
#include "internal.h"
#include "test.h"

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

TESTS(clean_tests) = {
    {"clean/datelines", datelines},
    {"clean/metadata_line_sets_date", metadata_line_sets_date},
    {"clean/captions_and_headings", captions_and_headings},
    {"clean/speaker_label", speaker_label},
    {"clean/repeated_passage", repeated_passage},
    {"clean/example_cluster_clean", example_cluster_clean},
    END_TESTS,
};
