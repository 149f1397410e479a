/* test_segment.c — sentence boundaries on a table of hard cases. */
#include "internal.h"
#include "test.h"

#include <stdlib.h>

/* Sentences of text joined by " | ". */
static char *segs(const char *text)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, text, strlen(text), NULL, "s.txt");
    pc_analyze(c, NULL, 0);
    pc_buf b = {0};
    for (size_t i = 0; i < c->nsents; i++) {
        if (i) pc_buf_puts(&b, " | ");
        pc_buf_puts(&b, c->sents[i].text);
    }
    precis_cluster_free(c);
    return pc_buf_take(&b);
}

static void table(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"Mr. Smith went to Washington. He arrived on Monday.",
         "Mr. Smith went to Washington. | He arrived on Monday."},
        {"The U.S. Army said so. Gen. Smith agreed.", "The U.S. Army said so. | Gen. Smith agreed."},
        {"He lives in the U.S. The weather is fine.", "He lives in the U.S. | The weather is fine."},
        {"It happened on Jan. 22 in Moscow. Talks followed.",
         "It happened on Jan. 22 in Moscow. | Talks followed."},
        {"Prices rose 3.5 percent. Analysts were surprised.",
         "Prices rose 3.5 percent. | Analysts were surprised."},
        {"President George W. Bush spoke. Reporters listened.",
         "President George W. Bush spoke. | Reporters listened."},
        {"\"We will win,\" he said. \"No doubt.\"", "\"We will win,\" he said. | \"No doubt.\""},
        {"\"Is it over?\" she asked. Nobody answered.", "\"Is it over?\" she asked. | Nobody answered."},
        {"He waited... Then he left.", "He waited... | Then he left."},
        {"It was (as expected.) Then it ended.", "It was (as expected.) | Then it ended."},
        {"The deal was signed.\xE2\x80\x9D Officials cheered.",
         "The deal was signed.\xE2\x80\x9D | Officials cheered."},
        {"A line without final punctuation that is long enough to be a sentence\nAnother line here.\nAnd one more.",
         "A line without final punctuation that is long enough to be a sentence | Another line here. | And one more."},
        {"Acme Inc. said profits rose. The company was pleased.",
         "Acme Inc. said profits rose. | The company was pleased."},
        {"The rate was 5 p.m. sharp and e.g. fine. Done here.",
         "The rate was 5 p.m. sharp and e.g. fine. | Done here."},
        {"Wrapped lines of a paragraph go on\nacross the line break and\nend here. Next one.",
         "Wrapped lines of a paragraph go on across the line break and end here. | Next one."},
        {"Paragraph one ends here.\n\nParagraph two starts here.",
         "Paragraph one ends here. | Paragraph two starts here."},
        {"What now?! They ran.", "What now?! | They ran."},
        {"Visit www.example.com today. It works.", "Visit www.example.com today. | It works."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = segs(cases[i].in);
        CHECK_STR(got, cases[i].out);
        free(got);
    }
}

static void long_sentence_is_capped(void)
{
    size_t n = 200000;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i++) big[i] = (i % 7 == 6) ? ' ' : 'a';
    big[n] = 0;
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, big, n, NULL, "big.txt");
    pc_analyze(c, NULL, 0);
    CHECK(c->nsents > 1);
    for (size_t i = 0; i < c->nsents; i++) CHECK(c->sents[i].end - c->sents[i].start <= 4100);
    precis_cluster_free(c);
    free(big);
}

TESTS(segment_tests) = {
    {"segment/table", table},
    {"segment/long_sentence_is_capped", long_sentence_is_capped},
    END_TESTS,
};
