/* test_represent.c — tokens, stems, stopwords, IDF, near-duplicates. */
#include "internal.h"
#include "core/analyze.h"
#include "test.h"

#include <stdlib.h>

static void collect(void *ctx, const char *w, size_t n)
{
    pc_buf *b = ctx;
    if (b->len) pc_buf_putc(b, ' ');
    pc_buf_put(b, w, n);
}

static void tokens(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"Abe's talks didn't end.", "abe talks didn end"},
        {"Abe\xE2\x80\x99s talks", "abe talks"},
        {"Mutually-acceptable solution!", "mutually acceptable solution"},
        {"\xC3\x89TAT Caf\xC3\xA9 1956", "\xC3\xA9tat caf\xC3\xA9 1956"},
        {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, 2019", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 2019"},
        {"  ...  ", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        pc_buf b = {0};
        pc_buf_puts(&b, "");
        pc_each_token(cases[i].in, strlen(cases[i].in), collect, &b);
        CHECK_STR(b.s, cases[i].out);
        pc_buf_free(&b);
    }
}

static void stems_and_stopwords(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *t = "The islands were seized. The island was seized again by the negotiators negotiating.";
    precis_cluster_add_text(c, t, strlen(t), NULL, NULL);
    pc_analyze(c, NULL, 0);
    uint32_t *isl = pc_map_get(&c->surface, "islands", 7), *isl1 = pc_map_get(&c->surface, "island", 6);
    CHECK(isl && isl1 && *isl == *isl1);
    uint32_t *the = pc_map_get(&c->surface, "the", 3);
    CHECK(the && c->terms[*the].stop);
    CHECK(isl && !c->terms[*isl].stop);
    /* background IDF: a common word is worth less than a rare one */
    CHECK(the && isl && c->terms[*the].idf < c->terms[*isl].idf);
    int found = 0;
    float common = pc_background_idf("the", &found);
    CHECK(found);
    float rare = pc_background_idf("kuril", &found);
    CHECK(!found);
    CHECK(rare > common);
    precis_cluster_free(c);
}

static void near_duplicates_grouped_across_docs(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *a = "Russia seized the islands in the final days of World War II in 1945. Other news followed today.";
    const char *b = "Rain fell. Russia seized the islands in the final days of World War Two in 1945.";
    const char *d = "Tokyo wants the islands back from Moscow after many decades of talks.";
    precis_cluster_add_text(c, a, strlen(a), NULL, "a");
    precis_cluster_add_text(c, b, strlen(b), NULL, "b");
    precis_cluster_add_text(c, d, strlen(d), NULL, "d");
    pc_analyze(c, NULL, 0);
    CHECK_INT(c->nsents, 5);
    if (c->nsents == 5) {
        CHECK_INT(c->sents[3].group, c->sents[0].group); /* b's second = a's first */
        CHECK(c->sents[4].group != c->sents[0].group);
        CHECK(c->sents[1].group != c->sents[0].group);
    }
    precis_cluster_free(c);
}

static void cosine(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *t = "Putin met Abe in Moscow. Putin met Abe in Moscow. Rain fell on Paris.";
    precis_cluster_add_text(c, t, strlen(t), NULL, NULL);
    pc_analyze(c, NULL, 0);
    pc_svec v[3] = {{0}};
    for (int i = 0; i < 3; i++) pc_svec_of(c, c->toks + c->sents[i].tok0, c->sents[i].ntok, &v[i]);
    CHECK(pc_cosine(&v[0], &v[1]) > 0.999);
    CHECK(pc_cosine(&v[0], &v[2]) < 0.001);
    for (int i = 0; i < 3; i++) pc_svec_free(&v[i]);
    precis_cluster_free(c);
}

TESTS(represent_tests) = {
    {"represent/tokens", tokens},
    {"represent/stems_and_stopwords", stems_and_stopwords},
    {"represent/near_duplicates_grouped_across_docs", near_duplicates_grouped_across_docs},
    {"represent/cosine", cosine},
    END_TESTS,
};
