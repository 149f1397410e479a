/* test_summarize.c — budgets, attribution, redundancy, rendering, methods. */
#include "internal.h"
#include "test.h"

#include <jansson.h>
#include <stdlib.h>

static precis_cluster *example(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    return c;
}

static char *fold_file_span(const char *file, size_t start, size_t end)
{
    size_t len;
    char *data = t_read_file(file, &len);
    if (!data || end > len || start > end) {
        free(data);
        return NULL;
    }
    char *f = pc_fold(data + start, end - start);
    free(data);
    return f;
}

static void example_summary_properties(void)
{
    precis_cluster *c = example();
    const char *const *methods = precis_methods();
    for (const char *const *m = methods; *m; m++) {
        precis_options opt;
        precis_options_init(&opt);
        opt.method = *m;
        precis_summary *s = precis_summarize(c, &opt);
        CHECK(s != NULL);
        if (!s) continue;
        CHECK(precis_summary_count(s) >= 2);
        CHECK(precis_summary_words(s) <= 100);
        CHECK(precis_summary_words(s) >= 50);
        for (size_t i = 0; i < precis_summary_count(s); i++) {
            const precis_sentence *st = precis_summary_sentence(s, i);
            /* offsets reproduce the sentence from the original file */
            char path[512];
            snprintf(path, sizeof path, "%s/%s", t_src("examples/kuril-islands"), st->doc_id);
            char *orig = fold_file_span(path, st->start, st->end);
            CHECK_STR(orig, st->text);
            free(orig);
            /* never twice the same sentence, nor a near-duplicate */
            for (size_t j = 0; j < i; j++)
                CHECK(strcmp(precis_summary_sentence(s, j)->text, st->text) != 0);
            /* no caption, dateline or header */
            CHECK(strstr(st->text, "NAGATO") == NULL);
            CHECK(strstr(st->text, "CNN") == NULL);
            CHECK(strstr(st->text, "date 2019") == NULL);
            CHECK(strstr(st->text, "Hokkaido prefecture.") == NULL);
            CHECK(strstr(st->text, "VLADMIR") == NULL);
            /* a full sentence: capital first, final punctuation last */
            size_t n = strlen(st->text);
            CHECK((n > 0 && strchr(".!?\"'", st->text[n - 1]) != NULL) ||
                  (n >= 3 && strcmp(st->text + n - 3, "\xE2\x80\x9D") == 0));
        }
        precis_summary_free(s);
    }
    precis_cluster_free(c);
}

static void budgets_never_exceeded(void)
{
    precis_cluster *c = example();
    for (int unit = 0; unit < 3; unit++) {
        size_t limits[] = {0, 1, 10, 40, 100, 665, 100000};
        for (size_t k = 0; k < sizeof limits / sizeof *limits; k++) {
            for (int trunc = 0; trunc < 2; trunc++) {
                precis_options opt;
                precis_options_init(&opt);
                opt.budget_unit = (precis_unit)unit;
                opt.budget = limits[k];
                opt.truncate = trunc;
                precis_summary *s = precis_summarize(c, &opt);
                CHECK(s != NULL);
                if (!s) continue;
                size_t words = 0, bytes = 0;
                for (size_t i = 0; i < precis_summary_count(s); i++) {
                    const char *t = precis_summary_sentence(s, i)->text;
                    words += pc_count_words(t);
                    bytes += strlen(t) + (i ? 1 : 0);
                }
                if (unit == PRECIS_WORDS) CHECK(words <= limits[k]);
                if (unit == PRECIS_BYTES) CHECK(bytes <= limits[k]);
                if (unit == PRECIS_SENTENCES) CHECK(precis_summary_count(s) <= limits[k]);
                /* truncation fills a word budget exactly when the input is long enough */
                if (unit == PRECIS_WORDS && trunc && limits[k] >= 10 && limits[k] <= 665)
                    CHECK_INT(words, limits[k]);
                precis_summary_free(s);
            }
        }
    }
    precis_cluster_free(c);
}

static void json_render_has_attribution(void)
{
    precis_cluster *c = example();
    precis_options opt;
    precis_options_init(&opt);
    opt.budget = 150;
    precis_summary *s = precis_summarize(c, &opt);
    char *js = precis_render(s, PRECIS_FORMAT_JSON);
    json_error_t err;
    json_t *root = json_loads(js, 0, &err);
    CHECK(root != NULL);
    json_t *sents = json_object_get(root, "sentences");
    CHECK(json_is_array(sents) && json_array_size(sents) == precis_summary_count(s));
    json_t *first = json_array_get(sents, 0);
    CHECK(json_is_string(json_object_get(first, "doc")));
    CHECK(json_is_integer(json_object_get(first, "start")));
    CHECK(json_is_integer(json_object_get(first, "end")));
    CHECK(json_is_array(json_object_get(first, "also_in")));
    CHECK_INT(json_array_size(json_object_get(root, "documents")), 5);
    json_decref(root);
    free(js);
    char *md = precis_render(s, PRECIS_FORMAT_MARKDOWN);
    CHECK(strstr(md, "[^1]") != NULL && strstr(md, "[^1]: article-") != NULL);
    free(md);
    precis_summary_free(s);
    precis_cluster_free(c);
}

static void shared_sentence_lists_all_sources(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *shared = "The Soviet Union seized the four disputed islands at the end of World War II in 1945.";
    const char *texts[3] = {
        "The Soviet Union seized the four disputed islands at the end of World War II in 1945. Japan wants them back now.",
        "Putin met Abe in Moscow for talks on Monday. The Soviet Union seized the four disputed islands at the end of World War II in 1945.",
        "The Soviet Union seized the four disputed islands at the end of World War II in 1945. The talks ended without a deal today."};
    for (int i = 0; i < 3; i++) precis_cluster_add_text(c, texts[i], strlen(texts[i]), NULL, NULL);
    precis_options opt;
    precis_options_init(&opt);
    opt.budget = 60;
    precis_summary *s = precis_summarize(c, &opt);
    int found = 0;
    for (size_t i = 0; i < precis_summary_count(s); i++) {
        const precis_sentence *st = precis_summary_sentence(s, i);
        if (strcmp(st->text, shared) == 0) {
            found++;
            CHECK_INT(st->also_count, 2);
        }
    }
    CHECK_INT(found, 1);
    precis_summary_free(s);
    precis_cluster_free(c);
}

static void deterministic(void)
{
    char *out[2];
    for (int k = 0; k < 2; k++) {
        precis_cluster *c = example();
        precis_options opt;
        precis_options_init(&opt);
        precis_summary *s = precis_summarize(c, &opt);
        out[k] = precis_render(s, PRECIS_FORMAT_JSON);
        precis_summary_free(s);
        precis_cluster_free(c);
    }
    CHECK_STR(out[0], out[1]);
    free(out[0]);
    free(out[1]);
}

static void unknown_method_and_language(void)
{
    precis_cluster *c = example();
    precis_options opt;
    precis_options_init(&opt);
    opt.method = "nonesuch";
    CHECK(precis_summarize(c, &opt) == NULL);
    CHECK(strstr(precis_last_error(), "nonesuch") != NULL);
    opt.method = NULL;
    opt.language = "elvish-sindarin";
    CHECK(precis_summarize(c, &opt) == NULL);
    CHECK(strstr(precis_last_error(), "elvish-sindarin") != NULL);
    precis_cluster_free(c);
}

static void one_call_interface(void)
{
    const char *docs[] = {"Putin met Abe in Moscow on Monday for talks on the islands. The talks ended.",
                          "Abe and Putin held talks on the islands in Moscow on Monday. Nothing was agreed."};
    char *s = precis_summarize_texts(docs, 2, 20);
    CHECK(s != NULL);
    CHECK(s && pc_count_words(s) <= 20);
    free(s);
    CHECK(precis_summarize_texts(NULL, 0, 20) == NULL);
}

/* Two subtopics of equal weight: a query about one pulls its sentence in. */
static void query_pulls_subtopic(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *texts[] = {
        "The peace treaty talks between the two leaders stalled again in Moscow on Monday. "
        "Salmon fishing catches near the disputed islands reached a record high this season.",
        "Salmon fishing catches near the disputed islands reached a record this season, officials said. "
        "The peace treaty talks between the two leaders stalled again in the Kremlin.",
        "Fishermen said salmon fishing catches near the islands were the best in decades. "
        "Peace treaty talks between the two leaders stalled again, aides said."};
    for (int i = 0; i < 3; i++) precis_cluster_add_text(c, texts[i], strlen(texts[i]), NULL, NULL);
    static const struct {
        const char *query, *want;
    } cases[] = {{"salmon fishing", "almon"}, {"peace treaty negotiations", "treaty"}};
    for (const char *const *m = precis_methods(); *m; m++) {
        if (strcmp(*m, "lead") == 0) continue; /* the baseline ignores queries */
        for (size_t k = 0; k < 2; k++) {
            precis_options opt;
            precis_options_init(&opt);
            opt.method = *m;
            opt.budget_unit = PRECIS_SENTENCES;
            opt.budget = 1;
            opt.query = cases[k].query;
            precis_summary *s = precis_summarize(c, &opt);
            int ok = s && precis_summary_count(s) == 1 &&
                     strstr(precis_summary_sentence(s, 0)->text, cases[k].want) != NULL;
            if (!ok) fprintf(stderr, "  method %s, query '%s'\n", *m, cases[k].query);
            CHECK(ok);
            precis_summary_free(s);
        }
    }
    /* the default's greedy selection (--param solver=0) too */
    static const char *const greedy[] = {"solver=0"};
    for (size_t k = 0; k < 2; k++) {
        precis_options opt;
        precis_options_init(&opt);
        opt.budget_unit = PRECIS_SENTENCES;
        opt.budget = 1;
        opt.query = cases[k].query;
        opt.params = greedy;
        opt.nparams = 1;
        precis_summary *s = precis_summarize(c, &opt);
        CHECK(s && precis_summary_count(s) == 1 &&
              strstr(precis_summary_sentence(s, 0)->text, cases[k].want) != NULL);
        precis_summary_free(s);
    }
    precis_cluster_free(c);
}

TESTS(summarize_tests) = {
    {"summarize/example_summary_properties", example_summary_properties},
    {"summarize/budgets_never_exceeded", budgets_never_exceeded},
    {"summarize/json_render_has_attribution", json_render_has_attribution},
    {"summarize/shared_sentence_lists_all_sources", shared_sentence_lists_all_sources},
    {"summarize/deterministic", deterministic},
    {"summarize/unknown_method_and_language", unknown_method_and_language},
    {"summarize/one_call_interface", one_call_interface},
    {"summarize/query_pulls_subtopic", query_pulls_subtopic},
    END_TESTS,
};
