/* test_quotes.c — who said it: one short hand-made text per attribution
 * rule of src/story/quotes.c (issue 23 part 1) and per language's quotation
 * marks and speech verbs (issue 22), each with what must not happen (a
 * place, a first-person word or an organisation instead of its spokesman
 * as the speaker; a guessed name for a description). */
#include "internal.h"
#include "test.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    precis_cluster *c;
    precis_entities *e;
    precis_quotes *q;
} run;

/* The quotes of one text (a cluster of it alone), in `lang` when given. */
static run quotes_of(const char *text, const char *lang)
{
    run r;
    r.c = precis_cluster_new();
    if (lang) precis_cluster_set_language(r.c, lang);
    precis_doc_info info = {"t", NULL, NULL, "2021-03-04"};
    precis_cluster_add_text(r.c, text, strlen(text), &info, "t.txt");
    r.e = precis_entities_find(r.c);
    r.q = precis_quotes_find(r.c, r.e);
    return r;
}

static void run_free(run *r)
{
    precis_quotes_free(r->q);
    precis_entities_free(r->e);
    precis_cluster_free(r->c);
}

/* The quote holding `words`, or NULL (reported). */
static const precis_quote *quote(const run *r, const char *words)
{
    for (size_t i = 0; i < precis_quotes_count(r->q); i++)
        if (strstr(precis_quotes_at(r->q, i)->text, words)) return precis_quotes_at(r->q, i);
    fprintf(stderr, "  no quote with \"%s\"\n", words);
    return NULL;
}

/* The speaker of the quote holding `words` is `who` (NULL: none), by `cue`. */
static void said(const run *r, const char *words, const char *who, const char *cue)
{
    const precis_quote *x = quote(r, words);
    CHECK(x != NULL);
    if (!x) return;
    if (!who) {
        if (x->speaker_name) fprintf(stderr, "  \"%s\": speaker %s, expected none\n", words, x->speaker_name);
        CHECK(x->speaker_name == NULL);
        return;
    }
    CHECK_STR(x->speaker_name, who);
    if (cue) CHECK_STR(x->cue, cue);
}

static void verb_after_and_before(void)
{
    run r = quotes_of("Maria Lopez runs the school. \"We will build the new wing next year,\" "
                      "said principal Maria Lopez. \"The money is already there,\" Lopez said.\n\n"
                      "Later that day, Tom Baker said: \"Nobody here wants to wait any longer.\"",
                      NULL);
    said(&r, "new wing", "Maria Lopez", "said X");
    said(&r, "money is already", "Maria Lopez", "X said");
    said(&r, "Nobody here", "Tom Baker", "X said");
    run_free(&r);
}

static void apposition_spokesman(void)
{
    /* a named spokesman beats his organisation; a name set off by commas */
    run r = quotes_of("The Liberal Party met in Quebec on Monday. Roger Paquin spoke first.\n\n"
                      "\"We are still the party of the working people,\" Roger Paquin, a spokesman "
                      "for the Liberal Party, said.\n\n"
                      "\"It was a long night for all of us,\" one voter, Lynn Timmons, said later.",
                      NULL);
    const precis_quote *x = quote(&r, "working people"); /* the entity's name may be "Paquin" */
    CHECK(x && x->speaker_name && strstr(x->speaker_name, "Paquin") && x->entity >= 0);
    CHECK(x && x->cue && !strcmp(x->cue, "X said"));
    said(&r, "long night", "Lynn Timmons", "X said");
    run_free(&r);
}

static void quoted_as_saying_and_according_to(void)
{
    run r = quotes_of("Ivan Petrov leads the delegation. The radio quoted Ivan Petrov as saying "
                      "\"the talks will resume on Monday morning.\"\n\n"
                      "Economist Helen Carter said costs were high. "
                      "\"Prices will rise again this spring,\" according to Helen Carter.",
                      NULL);
    said(&r, "talks will resume", "Ivan Petrov", NULL);
    said(&r, "Prices will rise", "Helen Carter", "according to X");
    run_free(&r);
}

static void continued_and_second_quote(void)
{
    /* an unclosed quote ends with its paragraph; the next one reopens it */
    run r = quotes_of("Judge Elaine Newton sees more of them every year.\n\n"
                      "\"They feel it is their fault,\" Newton said. \"They come back every "
                      "single month.\n\n"
                      "\"I think we forget they are children.\"",
                      NULL);
    said(&r, "their fault", "Elaine Newton", "X said");
    said(&r, "every single month", "Elaine Newton", NULL);
    said(&r, "forget they are children", "Elaine Newton", "continued");
    const precis_quote *x = quote(&r, "every single month");
    CHECK(x && !strstr(x->text, "forget")); /* the unclosed one stops at its paragraph */
    run_free(&r);
}

static void pronouns_by_gender(void)
{
    run r = quotes_of("Mrs. Anna Berg met Mr. Tom Hill in the town hall on Tuesday.\n\n"
                      "\"The plan is good for all of us,\" she said.\n\n"
                      "Mrs. Anna Berg and Mr. Tom Hill left together. "
                      "\"We will vote against it anyway,\" he said.",
                      NULL);
    said(&r, "good for all", "Anna Berg", "pronoun");
    said(&r, "vote against", "Tom Hill", "pronoun");
    run_free(&r);
}

static void never_a_place_or_a_word(void)
{
    run r = quotes_of("Heavy rain fell in Boston on Friday. That is what everyone said. "
                      "\"We do not want any more delays here.\"\n\n"
                      "\"The fire started in the kitchen last night,\" a police spokesman said.",
                      NULL);
    said(&r, "more delays", NULL, NULL);                       /* not "That" */
    said(&r, "fire started", "a police spokesman", "X said"); /* a description, no name */
    const precis_quote *x = quote(&r, "fire started");
    CHECK(x && x->entity < 0);
    for (size_t i = 0; i < precis_quotes_count(r.q); i++) {
        const char *s = precis_quotes_at(r.q, i)->speaker_name;
        CHECK(!s || (strcmp(s, "Boston") && strcmp(s, "That") && strcmp(s, "Friday")));
    }
    run_free(&r);
    r = quotes_of("The storm went on. \"This cannot go on any longer for the town.\"", NULL);
    said(&r, "cannot go on", NULL, NULL); /* unknown */
    run_free(&r);
}

static void listener_place_and_pronoun_gender(void)
{
    /* "X told Y" names the listener; a person's "of" introduces a place;
     * a gender from the pronouns that follow a name */
    run r = quotes_of("Mary Stone met the governor on Monday. Stone said her plan was ready.\n\n"
                      "The committee told Bill Grant that \"the money is already spent.\"\n\n"
                      "\"The fines must go up next year,\" says Sandy Ridout of Huntington Beach.\n\n"
                      "Mary Stone and Bill Grant talked. \"We agreed on almost everything today,\" she said.",
                      NULL);
    const precis_quote *x = quote(&r, "already spent");
    CHECK(x && (!x->speaker_name || !strstr(x->speaker_name, "Grant")));
    x = quote(&r, "fines must go up");
    CHECK(x && x->speaker_name && !strstr(x->speaker_name, "Huntington") && strstr(x->speaker_name, "Ridout"));
    x = quote(&r, "agreed on almost"); /* she: Mary Stone (the entity's name may be "Stone") */
    CHECK(x && x->speaker_name && strstr(x->speaker_name, "Stone") && x->cue && !strcmp(x->cue, "pronoun"));
    run_free(&r);
    r = quotes_of("Mary Stone met the governor on Monday. Stone said her plan was ready.\n\n"
                  "Mary Stone and Bill Grant talked. \"We agreed on almost everything today,\" he said.",
                  NULL);
    said(&r, "agreed on almost", "Bill Grant", "pronoun"); /* he: not the woman named first */
    run_free(&r);
}

static void descriptions_owners_and_antecedents(void)
{
    /* a nationality before a noun is no speaker; a statement on an
     * organisation's website is the organisation's; "he ... with Putin"
     * is not Putin */
    run r = quotes_of("The Democratic Union of Workers (DUW) met on Monday. Mr. Tom Field met Peter Gray.\n\n"
                      "Mr. Field flew home. He said that he would meet Peter Gray again for "
                      "\"a long and frank talk about everything.\"\n\n"
                      "The talks were \"very hard for all of us,\" according to Russian state media.\n\n"
                      "A statement posted on the Democratic Union of Workers website called the deal "
                      "\"a very good one,\" and said the union welcomed \"the start of real negotiations "
                      "on wages.\"",
                      NULL);
    const precis_quote *x = quote(&r, "long and frank");
    CHECK(x && x->speaker_name && strstr(x->speaker_name, "Field"));
    said(&r, "very hard", "Russian state media", "according to X");
    x = quote(&r, "real negotiations");
    CHECK(x && x->speaker_name && strstr(x->speaker_name, "Workers"));
    run_free(&r);
}

static void roles(void)
{
    /* a definite role goes to the person given it; a thing does not */
    run r = quotes_of("Mr. Tom Walsh, the judge, heard the case on Monday. Anna Kirk stood near the tower.\n\n"
                      "\"This court will not wait any longer,\" the judge said.\n\n"
                      "\"Flight four is cleared for landing now,\" the tower said.",
                      NULL);
    const precis_quote *x = quote(&r, "court will not");
    FILE *wn = fopen("/usr/share/wordnet/index.noun", "r"); /* wordnet-base */
    if (wn) {
        fclose(wn);
        CHECK(x && x->entity >= 0 && x->speaker_name && strstr(x->speaker_name, "Walsh"));
    } else fprintf(stderr, "  (WordNet absent: the judge stays a description)\n");
    x = quote(&r, "cleared for landing");
    CHECK(x && x->entity < 0 && x->speaker_name && !strcmp(x->speaker_name, "the tower"));
    run_free(&r);
}

static void marks_and_verbs_of_languages(void)
{
    run r = quotes_of("Klaus Meyer leitet das Werk in Hamburg.\n\n"
                      "„Wir werden das Werk nicht schließen“, sagte Klaus Meyer.",
                      "german");
    said(&r, "Werk nicht", "Klaus Meyer", "said X");
    run_free(&r);
    /* a German description runs on through its capitalised nouns; it names
     * nobody */
    r = quotes_of("In der Nacht brannte eine Halle.\n\n"
                  "„Die Flammen schlugen hoch aus dem Dach“, sagte ein Sprecher der Feuerwehr.",
                  "german");
    said(&r, "Flammen schlugen", "ein Sprecher der Feuerwehr", NULL);
    run_free(&r);
    r = quotes_of("Marie Dupont dirige le syndicat.\n\n"
                  "« Nous ne céderons pas cette fois », a déclaré Marie Dupont.",
                  "french");
    said(&r, "Nous ne", "Marie Dupont", "said X");
    run_free(&r);
    r = quotes_of("Juan Pérez habló con la prensa.\n\n"
                  "—No vamos a rendirnos nunca —dijo Juan Pérez—.",
                  "spanish");
    said(&r, "No vamos a rendirnos", "Juan Pérez", "said X");
    run_free(&r);
    r = quotes_of("«Мы не будем "
                  "ничего менять», "
                  "— сказал "
                  "Иван Петров.",
                  "russian"); /* «Мы не будем ничего менять», — сказал Иван Петров. */
    said(&r, "Мы", "Иван Петров", "said X");
    run_free(&r);
    /* 安倍首相は「領土問題を解決したい」と述べた。 */
    r = quotes_of("安倍首相は「"
                  "領土問題を解決"
                  "したい」と述べ"
                  "た。",
                  "japanese");
    said(&r, "領土", "安倍首相", NULL);
    run_free(&r);
    /* 王毅说：“我们希望双方保持克制。” */
    r = quotes_of("王毅说：“我们"
                  "希望双方保持克"
                  "制。”",
                  "chinese");
    said(&r, "我们", "王毅", NULL);
    run_free(&r);
    /* English rules do not take a German verb for a speaker's */
    r = quotes_of("\"We shall see about that tomorrow,\" sagte nobody.", NULL);
    said(&r, "We shall see", NULL, NULL);
    run_free(&r);
}

static void nested_and_scare_quotes(void)
{
    run r = quotes_of("Ann Lee came home late. \"He told me 'never again' and left the room,\" "
                      "said Ann Lee. Critics called it \"abnormal\" at once.",
                      NULL);
    said(&r, "never again", "Ann Lee", "said X");
    CHECK_INT(precis_quotes_count(r.q), 1); /* the inner quote stays inside; a scare quote is none */
    run_free(&r);
    r = quotes_of("", NULL);
    CHECK_INT(precis_quotes_count(r.q), 0);
    run_free(&r);
    /* an opening mark with nothing after it: no quote, no crash */
    r = quotes_of("Words then „", "german");
    CHECK_INT(precis_quotes_count(r.q), 0);
    run_free(&r);
}

static void json_names_the_language(void)
{
    run r = quotes_of("\"We will not give up the fight,\" said Jane Doe.", "french");
    char *s = precis_quotes_render(r.q, PRECIS_FORMAT_JSON);
    CHECK(s && strstr(s, "\"language\": \"french\""));
    free(s);
    run_free(&r);
}

TESTS(quotes_tests) = {
    {"quotes: said X, X said, colon", verb_after_and_before},
    {"quotes: a named spokesman beats his organisation", apposition_spokesman},
    {"quotes: quoted as saying, according to", quoted_as_saying_and_according_to},
    {"quotes: continued across paragraphs, second quote", continued_and_second_quote},
    {"quotes: pronouns by gender", pronouns_by_gender},
    {"quotes: never a place or a word; descriptions stay", never_a_place_or_a_word},
    {"quotes: listener, a place after of, gender from pronouns", listener_place_and_pronoun_gender},
    {"quotes: descriptions, owners, antecedents", descriptions_owners_and_antecedents},
    {"quotes: roles (WordNet's people), things stay descriptions", roles},
    {"quotes: marks and verbs of seven languages", marks_and_verbs_of_languages},
    {"quotes: nested, scare and broken quotes", nested_and_scare_quotes},
    {"quotes: JSON names the language", json_names_the_language},
    END_TESTS,
};
