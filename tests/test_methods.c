/* test_methods.c — every method on small hand-made clusters with known answers. */
#include "internal.h"
#include "test.h"

#include <pthread.h>
#include <stdlib.h>

static precis_summary *run(precis_cluster *c, const char *method, precis_unit unit, size_t budget,
                           const char *query, const char *const *params, size_t nparams)
{
    precis_options o;
    precis_options_init(&o);
    o.method = method;
    o.budget_unit = unit;
    o.budget = budget;
    o.query = query;
    o.params = params;
    o.nparams = nparams;
    return precis_summarize(c, &o);
}

/* A sentence every document repeats is the most central: LexRank (both
 * variants) ranks it first. */
static void central_sentence_wins_graphs(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *shared = "The central bank raised interest rates by half a point on Tuesday.";
    const char *other[4] = {"Farmers in the north reported an early harvest of apples this year.",
                            "A new bridge over the river opened to traffic after three years of work.",
                            "The city council debated a plan for more bicycle lanes downtown.",
                            "Scientists found a rare species of frog in the mountain forest."};
    for (int i = 0; i < 4; i++) {
        char buf[512];
        /* the shared sentence, worded slightly differently so it is not one duplicate group */
        snprintf(buf, sizeof buf, "%s %s", other[i],
                 i % 2 ? shared : "On Tuesday the central bank raised interest rates by half a point, officials said.");
        precis_cluster_add_text(c, buf, strlen(buf), NULL, NULL);
    }
    static const char *const thr[] = {"threshold=0.1"};
    const char *methods[] = {"lexrank", "lexrank"};
    for (int k = 0; k < 2; k++) {
        precis_summary *s = run(c, methods[k], PRECIS_SENTENCES, 1, NULL, k == 1 ? thr : NULL, k == 1);
        CHECK(s && precis_summary_count(s) == 1);
        if (s && precis_summary_count(s) == 1) {
            const char *t = precis_summary_sentence(s, 0)->text;
            if (!strstr(t, "central bank")) fprintf(stderr, "  %s chose: %s\n", methods[k], t);
            CHECK(strstr(t, "central bank") != NULL);
        }
        precis_summary_free(s);
    }
    precis_cluster_free(c);
}

/* TextRank: the sentence that shares words with all the others is the hub. */
static void textrank_hub_wins(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *t = "Storm winds damaged roofs across the valley. Flood water closed roads across the valley. "
                    "Storm winds and flood water damaged roofs and closed roads in the valley towns. "
                    "Storm winds felled old trees near the school. Flood water filled basements near the river.";
    precis_cluster_add_text(c, t, strlen(t), NULL, NULL);
    precis_summary *s = run(c, "textrank", PRECIS_SENTENCES, 1, NULL, NULL, 0);
    CHECK(s && precis_summary_count(s) == 1 &&
          strstr(precis_summary_sentence(s, 0)->text, "Storm winds and flood water") != NULL);
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* The ILP never exceeds the budget, covers the heaviest concepts, and says
 * that it found the optimum. */
static void ilp_budget_and_heaviest_concepts(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *docs[3] = {
        "Heavy rain flooded the coastal town overnight. Local schools closed early on Friday. "
        "Emergency crews rescued dozens of residents from rooftops.",
        "Heavy rain flooded the coastal town, officials said. Emergency crews rescued residents "
        "from rooftops at dawn. A football match was postponed.",
        "Heavy rain flooded the coastal town again. Emergency crews rescued residents from "
        "rooftops and cars. The mayor asked for federal help."};
    for (int i = 0; i < 3; i++) precis_cluster_add_text(c, docs[i], strlen(docs[i]), NULL, NULL);
    for (size_t budget = 5; budget <= 40; budget += 5) {
        precis_summary *s = run(c, "ilp", PRECIS_WORDS, budget, NULL, NULL, 0);
        CHECK(s != NULL);
        if (!s) continue;
        CHECK(precis_summary_words(s) <= budget);
        if (budget >= 16) {
            int flood = 0, rescue = 0;
            for (size_t i = 0; i < precis_summary_count(s); i++) {
                flood |= strstr(precis_summary_sentence(s, i)->text, "flooded the coastal town") != NULL;
                rescue |= strstr(precis_summary_sentence(s, i)->text, "rescued") != NULL;
            }
            CHECK(flood && rescue);
            CHECK(precis_summary_note(s) && strstr(precis_summary_note(s), "optimal") != NULL);
        }
        precis_summary_free(s);
    }
    /* bytes and sentences budgets too */
    precis_summary *s = run(c, "ilp", PRECIS_BYTES, 120, NULL, NULL, 0);
    size_t bytes = 0;
    for (size_t i = 0; s && i < precis_summary_count(s); i++)
        bytes += strlen(precis_summary_sentence(s, i)->text) + (i ? 1 : 0);
    CHECK(s && bytes <= 120 && precis_summary_count(s) >= 1);
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* The time limit falls back to the greedy solution and says so. */
static void ilp_fallback_is_reported(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    static const char *const p[] = {"max_concepts=1"};
    precis_summary *s = run(c, "ilp", PRECIS_WORDS, 100, NULL, p, 1);
    CHECK(s && precis_summary_count(s) > 0);
    CHECK(s && precis_summary_note(s) && strstr(precis_summary_note(s), "greedy") != NULL);
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* SumBasic takes a sentence with the most frequent word first; its squared
 * update then moves on to other content. */
static void sumbasic_frequent_word_then_new_content(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *t = "Volcano ash closed the airport on Monday morning. Volcano ash covered the cars in the town. "
                    "Volcano experts expect more eruptions this week. Tourists stayed in hotels near the beach. "
                    "Tourists swam at the beach all day.";
    precis_cluster_add_text(c, t, strlen(t), NULL, NULL);
    precis_summary *s = run(c, "sumbasic", PRECIS_SENTENCES, 2, NULL, NULL, 0);
    CHECK(s && precis_summary_count(s) == 2);
    int volcano = 0;
    for (size_t i = 0; s && i < precis_summary_count(s); i++)
        volcano += strstr(precis_summary_sentence(s, i)->text, "Volcano") != NULL;
    CHECK_INT(volcano, 1);
    precis_summary_free(s);
    precis_cluster_free(c);
}

static void unknown_parameter_is_an_error(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    static const char *const bad[] = {"nonesuch=1"};
    CHECK(run(c, "lexrank", PRECIS_WORDS, 100, NULL, bad, 1) == NULL);
    CHECK(strstr(precis_last_error(), "nonesuch") != NULL);
    static const char *const notnum[] = {"damping=high"};
    CHECK(run(c, "lexrank", PRECIS_WORDS, 100, NULL, notnum, 1) == NULL);
    size_t n = 0;
    const precis_param *p = precis_method_params("lexrank", &n);
    int has_damping = 0;
    for (size_t i = 0; i < n; i++) has_damping |= strcmp(p[i].name, "damping") == 0 && p[i].value == 0.85;
    CHECK(has_damping);
    /* a parameter changes the result: MMR with lambda 0 against 1 */
    precis_options o;
    precis_options_init(&o);
    o.method = "centroid";
    o.redundancy = "mmr";
    precis_summary *s = precis_summarize(c, &o);
    CHECK(s && precis_summary_count(s) > 0);
    precis_summary_free(s);
    o.redundancy = "sideways";
    CHECK(precis_summarize(c, &o) == NULL);
    precis_cluster_free(c);
}

/* Every method respects every budget on the example and is deterministic. */
static void all_methods_budgets_and_determinism(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    for (const char *const *m = precis_methods(); *m; m++) {
        for (size_t b = 20; b <= 200; b += 60) {
            precis_summary *s1 = run(c, *m, PRECIS_WORDS, b, "Russia's position", NULL, 0);
            precis_summary *s2 = run(c, *m, PRECIS_WORDS, b, "Russia's position", NULL, 0);
            CHECK(s1 && s2);
            if (!s1 || !s2) continue;
            CHECK(precis_summary_words(s1) <= b);
            char *j1 = precis_render(s1, PRECIS_FORMAT_JSON), *j2 = precis_render(s2, PRECIS_FORMAT_JSON);
            CHECK_STR(j1, j2);
            free(j1);
            free(j2);
            precis_summary_free(s1);
            precis_summary_free(s2);
        }
    }
    precis_cluster_free(c);
}

/* The default's local search never claims more than GLPK's proven optimum
 * of the same problem, says which solver ran, and reaches the optimum on
 * the bundled example at small budgets. */
static double note_objective(const precis_summary *s)
{
    const char *n = s ? precis_summary_note(s) : NULL;
    const char *o = n ? strstr(n, "objective ") : NULL;
    return o ? atof(o + 10) : -1;
}

static void coverage_local_search_against_the_optimum(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO);
    static const char *const exact[] = {"solver=2"};
    for (size_t b = 20; b <= 200; b += 30) {
        for (int q = 0; q < 2; q++) {
            const char *query = q ? "Russia's position on the islands" : NULL;
            precis_summary *local = run(c, "coverage", PRECIS_WORDS, b, query, NULL, 0);
            precis_summary *best = run(c, "coverage", PRECIS_WORDS, b, query, exact, 1);
            CHECK(local && best);
            if (!local || !best) continue;
            CHECK(strstr(precis_summary_note(local), "local search") != NULL);
            CHECK(strstr(precis_summary_note(best), "optimal (GLPK)") != NULL);
            double l = note_objective(local), o = note_objective(best);
            CHECK(l > 0 && o > 0);
            CHECK(l <= o + 0.01);
            if (b <= 50) CHECK(l >= o - 0.01);
            CHECK(precis_summary_words(local) <= b);
            precis_summary_free(local);
            precis_summary_free(best);
        }
    }
    precis_cluster_free(c);
}


/* Every method's parameter list: its own parameters then the shared ones it
 * does not override, each name once, NULL-terminated at the count it gives;
 * the same lists whichever thread asks first (built once, pthread_once). */
static void *params_of_all(void *arg)
{
    const precis_param **out = arg;
    const char *const *names = precis_methods();
    for (size_t i = 0; names[i]; i++) out[i] = precis_method_params(names[i], NULL);
    return NULL;
}

static void parameter_lists_complete_and_shared(void)
{
    const precis_param *a[32] = {0}, *b[32] = {0};
    pthread_t t1, t2;
    CHECK(pthread_create(&t1, NULL, params_of_all, a) == 0);
    CHECK(pthread_create(&t2, NULL, params_of_all, b) == 0);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    const char *const *names = precis_methods();
    size_t nm = 0;
    for (; names[nm]; nm++) {
        size_t n = 0;
        const precis_param *p = precis_method_params(names[nm], &n);
        CHECK(p != NULL && p == a[nm] && p == b[nm]);
        if (!p) continue;
        CHECK(p[n].name == NULL);
        for (size_t i = 0; i < n; i++) {
            CHECK(p[i].name && p[i].description);
            for (size_t j = 0; j < i; j++) CHECK(strcmp(p[i].name, p[j].name) != 0);
        }
        /* the shared parameters are there for every method */
        const char *shared[] = {"query_weight", "mmr_lambda", "redundancy_cosine", NULL};
        for (const char **w = shared; *w; w++) {
            int found = 0;
            for (size_t i = 0; i < n; i++) found |= strcmp(p[i].name, *w) == 0;
            CHECK(found);
        }
    }
    CHECK(nm >= 9 && nm < 32);
    CHECK(precis_method_params("no-such-method", NULL) == NULL);
}

TESTS(methods_tests) = {
    {"methods/parameter_lists_complete_and_shared", parameter_lists_complete_and_shared},
    {"methods/central_sentence_wins_graphs", central_sentence_wins_graphs},
    {"methods/textrank_hub_wins", textrank_hub_wins},
    {"methods/ilp_budget_and_heaviest_concepts", ilp_budget_and_heaviest_concepts},
    {"methods/ilp_fallback_is_reported", ilp_fallback_is_reported},
    {"methods/coverage_local_search_against_the_optimum", coverage_local_search_against_the_optimum},
    {"methods/sumbasic_frequent_word_then_new_content", sumbasic_frequent_word_then_new_content},
    {"methods/unknown_parameter_is_an_error", unknown_parameter_is_an_error},
    {"methods/all_methods_budgets_and_determinism", all_methods_budgets_and_determinism},
    END_TESTS,
};
