/* test_story.c — timeline, entities, quotes and digest on the bundled
 * example cluster (five reports on the Kuril Islands dispute) and on small
 * hand-made texts. */
#include "internal.h"
#include "story/names.h"
#include "test.h"

#include <jansson.h>
#include <stdlib.h>

const char *t_src(const char *rel);

static precis_cluster *example(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    return c;
}

/* The bytes [start, end) of the example file `doc`, whitespace folded. */
static char *bytes_of(const char *doc, size_t start, size_t end)
{
    char path[512];
    snprintf(path, sizeof path, "examples/kuril-islands/%s", doc);
    size_t len = 0;
    char *all = t_read_file(t_src(path), &len);
    if (!all || end > len || start > end) {
        free(all);
        return pc_strdup("");
    }
    char *f = pc_fold(all + start, end - start);
    free(all);
    return f;
}

static const precis_timeline_entry *entry(const precis_timeline *t, const char *label, const char *grain)
{
    char lab[16];
    for (size_t i = 0; i < precis_timeline_count(t); i++) {
        const precis_timeline_entry *e = precis_timeline_entry_at(t, i);
        if (!strcmp(precis_date_label(e->date, e->grain, lab), label) && !strcmp(precis_grain_name(e->grain), grain))
            return e;
    }
    fprintf(stderr, "  no timeline entry %s/%s\n", label, grain);
    return NULL;
}

static void timeline_example(void)
{
    precis_cluster *c = example();
    precis_timeline *t = precis_timeline_build(c, NULL);
    CHECK(t != NULL);
    CHECK(entry(t, "1945", "year") != NULL);
    CHECK(entry(t, "1956", "year") != NULL);
    CHECK(entry(t, "2010", "year") != NULL);
    CHECK(entry(t, "2013-11", "month") != NULL);
    CHECK(entry(t, "2016-12", "month") != NULL);
    CHECK(entry(t, "2023", "year") != NULL);         /* "400,000 visitors by 2023" */
    const precis_timeline_entry *e = entry(t, "2019-01-22", "day");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->nsentences >= 1);
        CHECK_STR(e->sentences[0].doc_id, "article-4.txt");
        CHECK(strstr(e->sentences[0].text, "on Tuesday") || strstr(e->sentences[0].text, "Tuesday"));
        char *orig = bytes_of(e->sentences[0].doc_id, e->sentences[0].start, e->sentences[0].end);
        CHECK_STR(orig, e->sentences[0].text);
        free(orig);
    }
    /* dates in order; 1945 carries the islands' seizure */
    char prev[16] = "", lab[16];
    for (size_t i = 0; i < precis_timeline_count(t); i++) {
        const precis_timeline_entry *x = precis_timeline_entry_at(t, i);
        precis_date_label(x->date, x->grain, lab);
        CHECK(strcmp(prev, lab) <= 0);
        memcpy(prev, lab, sizeof lab);
        CHECK(x->nsentences >= 1);
    }
    e = entry(t, "1945", "year");
    if (e) CHECK(strstr(e->sentences[0].text, "1945") != NULL);
    /* article-1 has no date: its "Monday" is reported, not guessed */
    int monday = 0;
    for (size_t i = 0; i < precis_timeline_unresolved_count(t); i++) {
        const precis_unresolved *u = precis_timeline_unresolved_at(t, i);
        if (!strcmp(u->doc_id, "article-1.txt") && !strcmp(u->text, "Monday")) monday = 1;
        CHECK(strcmp(u->doc_id, "article-4.txt") != 0); /* article-4 is dated */
    }
    CHECK(monday);
    precis_timeline_free(t);

    precis_timeline_options o;
    precis_timeline_options_init(&o);
    o.max_dates = 3;
    o.words_per_date = 10;
    t = precis_timeline_build(c, &o);
    CHECK_INT(precis_timeline_count(t), 3);
    for (size_t i = 0; i < precis_timeline_count(t); i++)
        CHECK_INT(precis_timeline_entry_at(t, i)->nsentences, 1); /* one sentence always, no more in 10 words */
    precis_timeline_free(t);
    precis_cluster_free(c);
}

static void entities_example(void)
{
    precis_cluster *c = example();
    precis_entities *e = precis_entities_find(c);
    CHECK(e != NULL);
    long abe = precis_entities_lookup(e, "Shinzo Abe");
    long putin = precis_entities_lookup(e, "Vladimir Putin");
    long nt = precis_entities_lookup(e, "Northern Territories");
    CHECK(abe >= 0 && putin >= 0 && nt >= 0);
    CHECK(abe != putin);
    CHECK_INT(precis_entities_lookup(e, "Abe"), abe);
    CHECK_INT(precis_entities_lookup(e, "Japanese Prime Minister Shinzo Abe"), abe);
    CHECK_INT(precis_entities_lookup(e, "Putin"), putin);
    CHECK_INT(precis_entities_lookup(e, "VLADMIR PUTIN"), putin);
    CHECK_INT(precis_entities_lookup(e, "Kurils"), nt);
    CHECK_INT(precis_entities_lookup(e, "Kuril Islands"), nt);
    CHECK_INT(precis_entities_lookup(e, "Southern Kuriles"), nt);
    CHECK_INT(precis_entities_lookup(e, "Kuriles"), nt);
    CHECK_INT(precis_entities_lookup(e, "Iturup"), precis_entities_lookup(e, "Etorofu"));
    CHECK_INT(precis_entities_lookup(e, "Sergei Lavrov"), precis_entities_lookup(e, "Sergey Lavrov"));
    CHECK(precis_entities_lookup(e, "Japan") != precis_entities_lookup(e, "Russia"));
    CHECK(precis_entities_lookup(e, "Japan") != nt);
    CHECK(precis_entities_lookup(e, "Shortly") < 0);
    CHECK(precis_entities_lookup(e, "Russian") < 0);
    CHECK(precis_entities_lookup(e, "Monday") < 0);
    if (abe >= 0 && putin >= 0 && nt >= 0) {
        const precis_entity *p = precis_entities_at(e, (size_t)putin);
        CHECK_STR(p->name, "Vladimir Putin");
        CHECK_INT(p->type, PRECIS_ENTITY_PERSON);
        CHECK_INT(p->ndocs, 5);
        int label = 0;
        for (size_t i = 0; i < p->naliases; i++) label |= !strcmp(p->aliases[i], "VLADMIR PUTIN");
        CHECK(label);
        const precis_entity *a = precis_entities_at(e, (size_t)abe);
        CHECK_STR(a->name, "Shinzo Abe");
        CHECK_INT(a->type, PRECIS_ENTITY_PERSON);
        /* every mention's bytes in its file are its text */
        for (size_t i = 0; i < a->nmentions; i++) {
            char *orig = bytes_of(e == NULL ? "" : precis_doc_id(c, a->mentions[i].doc_index),
                                  a->mentions[i].start, a->mentions[i].end);
            CHECK_STR(orig, a->mentions[i].text);
            free(orig);
        }
        CHECK_INT(precis_entities_at(e, (size_t)nt)->type, PRECIS_ENTITY_PLACE);
    }
    long kremlin = precis_entities_lookup(e, "Kremlin");
    CHECK(kremlin >= 0 && precis_entities_at(e, (size_t)kremlin)->type == PRECIS_ENTITY_ORGANIZATION);
    long japan = precis_entities_lookup(e, "Japan");
    CHECK(japan >= 0 && precis_entities_at(e, (size_t)japan)->type == PRECIS_ENTITY_PLACE);
    /* sorted by mentions */
    for (size_t i = 1; i < precis_entities_count(e); i++)
        CHECK(precis_entities_at(e, i - 1)->nmentions >= precis_entities_at(e, i)->nmentions);
    precis_entities_keep(e, 0, PRECIS_ENTITY_PERSON);
    for (size_t i = 0; i < precis_entities_count(e); i++)
        CHECK_INT(precis_entities_at(e, i)->type, PRECIS_ENTITY_PERSON);
    CHECK(precis_entities_lookup(e, "Japan") < 0);
    CHECK(precis_entities_lookup(e, "Abe") >= 0);
    precis_entities_free(e);
    precis_cluster_free(c);
}

static const precis_quote *quote_with(const precis_quotes *q, const char *words)
{
    for (size_t i = 0; i < precis_quotes_count(q); i++)
        if (strstr(precis_quotes_at(q, i)->text, words)) return precis_quotes_at(q, i);
    fprintf(stderr, "  no quote with \"%s\"\n", words);
    return NULL;
}

static void quotes_example(void)
{
    precis_cluster *c = example();
    precis_entities *e = precis_entities_find(c);
    precis_quotes *q = precis_quotes_find(c, e);
    long lavrov = precis_entities_lookup(e, "Lavrov"), abe = precis_entities_lookup(e, "Abe"),
         putin = precis_entities_lookup(e, "Putin");
    static const struct {
        const char *words;
        int who; /* 0 Lavrov, 1 Abe, 2 Putin */
        const char *cue;
    } cases[] = {
        {"The prime minister has reacted positively", 0, "X said"},
        {"I would like to have a through discussion", 1, "X said"},
        {"I promise you can relax in onsen", 1, "X said"},
        {"This is Russia", 0, "pronoun"},
        {"We thought that our Japan colleagues", 0, "pronoun"},
        {"We call on all governments", 2, "label"},
        {"Of course, solutions proposed by negotiators", 2, "previous sentence"},
        {"very glad to see you here", 2, "X said"},
        {"I believe that this visit", 2, "X said"},
        {"painstaking work is ahead", 2, "X said"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const precis_quote *x = quote_with(q, cases[i].words);
        CHECK(x != NULL);
        if (!x) continue;
        long want = cases[i].who == 0 ? lavrov : cases[i].who == 1 ? abe : putin;
        if (x->entity != want)
            fprintf(stderr, "  \"%s\": speaker %s\n", cases[i].words, x->speaker_name ? x->speaker_name : "-");
        CHECK_INT(x->entity, want);
        CHECK_STR(x->cue, cases[i].cue);
        /* the quotation's bytes: its marks around its text */
        char *orig = bytes_of(x->doc_id, x->start, x->end);
        CHECK(strstr(orig, x->text) != NULL);
        CHECK(strlen(orig) > strlen(x->text));
        free(orig);
    }
    /* scare quotes are not quotations */
    for (size_t i = 0; i < precis_quotes_count(q); i++) CHECK(strcmp(precis_quotes_at(q, i)->text, "abnormal") != 0);
    /* nobody is named for the placard */
    const precis_quote *x = quote_with(q, "vote for the sale");
    CHECK(x && x->entity < 0);
    size_t before = precis_quotes_count(q);
    precis_quotes_keep_key(q, 3);
    CHECK_INT(precis_quotes_count(q), 3);
    CHECK(before > 3);
    /* one per speaker first, and the most named speakers first */
    CHECK(precis_quotes_at(q, 0)->entity != precis_quotes_at(q, 1)->entity);
    precis_quotes_free(q);
    precis_entities_free(e);
    precis_cluster_free(c);
}

static precis_cluster *texts(const char *a, const char *b)
{
    precis_cluster *c = precis_cluster_new();
    precis_doc_info info = {"a", NULL, NULL, "2020-05-06"};
    precis_cluster_add_text(c, a, strlen(a), &info, "a.txt");
    if (b) precis_cluster_add_text(c, b, strlen(b), NULL, "b.txt");
    return c;
}

static void small_cases(void)
{
    precis_cluster *c = texts(
        "Shortly before noon, Prime Minister Jane Doe arrived in Paris. Doe met the Democratic "
        "Union of Workers (DUW) on Monday. \"We will not give up the fight,\" said Doe. "
        "The union, also called the Workers' Front, agreed.",
        "Jane Doe left Paris on Tuesday. \"This was a good day for everyone,\" she told reporters.");
    precis_entities *e = precis_entities_find(c);
    long doe = precis_entities_lookup(e, "Jane Doe");
    CHECK(doe >= 0);
    CHECK_INT(precis_entities_lookup(e, "Doe"), doe);
    CHECK(precis_entities_lookup(e, "Shortly") < 0);
    CHECK_INT(precis_entities_lookup(e, "DUW"), precis_entities_lookup(e, "Democratic Union of Workers"));
    CHECK(precis_entities_lookup(e, "Paris") >= 0);
    if (doe >= 0) CHECK_INT(precis_entities_at(e, (size_t)doe)->type, PRECIS_ENTITY_PERSON);
    precis_quotes *q = precis_quotes_find(c, e);
    CHECK_INT(precis_quotes_count(q), 2);
    if (precis_quotes_count(q) == 2) {
        CHECK_INT(precis_quotes_at(q, 0)->entity, doe);
        CHECK_STR(precis_quotes_at(q, 0)->cue, "said X");
        CHECK_INT(precis_quotes_at(q, 1)->entity, doe); /* "she" */
        CHECK_STR(precis_quotes_at(q, 1)->cue, "pronoun");
    }
    precis_timeline *t = precis_timeline_build(c, NULL);
    /* a.txt is dated 2020-05-06 (a Wednesday): Monday is 2020-05-04; b.txt is undated */
    CHECK(entry(t, "2020-05-04", "day") != NULL);
    CHECK_INT(precis_timeline_unresolved_count(t), 1);
    precis_timeline_free(t);
    precis_quotes_free(q);
    precis_entities_free(e);
    precis_cluster_free(c);

    /* a dateline with a full date dates its article */
    c = precis_cluster_new();
    const char *dl = "MOSCOW, Jan. 22, 2019 (Reuters) - Russia said on Monday it would talk to Japan.";
    precis_cluster_add_text(c, dl, strlen(dl), NULL, "dl.txt");
    t = precis_timeline_build(c, NULL);
    CHECK_INT(precis_doc_date(c, 0).year, 2019);
    CHECK_INT(precis_doc_date(c, 0).day, 22);
    CHECK(entry(t, "2019-01-21", "day") != NULL);
    CHECK_INT(precis_timeline_unresolved_count(t), 0);
    precis_timeline_free(t);
    precis_cluster_free(c);

    /* nothing at all */
    c = texts("", NULL);
    t = precis_timeline_build(c, NULL);
    e = precis_entities_find(c);
    q = precis_quotes_find(c, e);
    CHECK_INT(precis_timeline_count(t), 0);
    CHECK_INT(precis_entities_count(e), 0);
    CHECK_INT(precis_quotes_count(q), 0);
    char *s = precis_timeline_render(t, PRECIS_FORMAT_JSON);
    CHECK(s && strstr(s, "\"dates\": []"));
    free(s);
    precis_timeline_free(t);
    precis_quotes_free(q);
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* The word classes of names.c, the calendar's from the dates lexicon: a
 * month, an abbreviation or a weekday is no name. */
static void name_classes(void)
{
    CHECK(pc_name_class("january", 7) & N_CALENDAR);
    CHECK(pc_name_class("may", 3) & N_CALENDAR);
    CHECK(pc_name_class("sept", 4) & N_CALENDAR);
    CHECK(pc_name_class("dec", 3) & N_CALENDAR);
    CHECK(pc_name_class("sunday", 6) & N_CALENDAR);
    CHECK(pc_name_class("today", 5) & N_CALENDAR);
    CHECK(!(pc_name_class("mayor", 5) & N_CALENDAR));
    CHECK(pc_name_class("mayor", 5) & N_TITLE);
    CHECK(!(pc_name_class("mon", 3) & N_CALENDAR));
    CHECK(!(pc_name_class("January", 7) & N_CALENDAR)); /* lowercase words only */
    CHECK((pc_name_class("general", 7) & (N_TITLE | N_ROLE)) == (N_TITLE | N_ROLE));
    CHECK(pc_name_class("japan", 5) & N_GAZETTEER);
    CHECK(pc_name_class("soviet union", 12) & N_GAZETTEER);
    CHECK_INT(pc_name_class("abe", 3), 0);
    CHECK_INT(pc_name_class("", 0), 0);

    precis_cluster *c = texts("On Monday, in Sept. 2019 and in December, Jane Doe met Tom Roe in Paris.", NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK(precis_entities_lookup(e, "Jane Doe") >= 0);
    CHECK(precis_entities_lookup(e, "Monday") < 0);
    CHECK(precis_entities_lookup(e, "Sept") < 0);
    CHECK(precis_entities_lookup(e, "December") < 0);
    precis_entities_free(e);
    precis_cluster_free(c);
}

static void digest_example(void)
{
    precis_cluster *c = example();
    precis_digest_options o;
    precis_digest_options_init(&o);
    char *js = precis_digest(c, &o, PRECIS_FORMAT_JSON);
    CHECK(js != NULL);
    json_error_t err;
    json_t *root = js ? json_loads(js, 0, &err) : NULL;
    CHECK(root != NULL);
    if (root) {
        CHECK(json_array_size(json_object_get(json_object_get(root, "summary"), "sentences")) > 0);
        CHECK(json_array_size(json_object_get(json_object_get(root, "timeline"), "dates")) == 12);
        CHECK(json_array_size(json_object_get(json_object_get(root, "entities"), "entities")) == 12);
        CHECK(json_array_size(json_object_get(json_object_get(root, "quotes"), "quotes")) == 6);
        json_decref(root);
    }
    free(js);
    char *md = precis_digest(c, &o, PRECIS_FORMAT_MARKDOWN);
    CHECK(md && strstr(md, "## Summary") && strstr(md, "## Timeline") && strstr(md, "## Quotes"));
    free(md);
    o.summary.method = "no-such-method";
    CHECK(precis_digest(c, &o, PRECIS_FORMAT_TEXT) == NULL);
    precis_cluster_free(c);
}

TESTS(story_tests) = {{"timeline: example cluster", timeline_example},
                      {"entities: example cluster alias groups", entities_example},
                      {"quotes: example cluster speakers", quotes_example},
                      {"story: small texts", small_cases},
                      {"entities: word classes, calendar words", name_classes},
                      {"digest: example cluster", digest_example},
                      END_TESTS};
