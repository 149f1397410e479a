/*
 * test_language.c — languages: detection (libexttextcat) on short
 * hand-written news paragraphs in seven languages, the names
 * precis_cluster_set_language accepts and refuses, a JSON cluster's
 * "language", the per-language stopword tables, language-neutral analysis of
 * a language without a stemmer, and ROUGE's Unicode mode.
 */
#include "internal.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>

/* Paragraphs written for these tests (about 300 bytes each: detection looks
 * at a document's first 2 KB). */
static const struct {
    const char *lang, *text;
} samples[] = {
    {"english", "The city council approved the new budget on Tuesday after a long debate. The mayor said "
                "the plan would pay for more buses and repair several bridges before the winter. Opposition "
                "members argued that taxes would rise for most families."},
    {"spanish", "El ayuntamiento aprobó el martes el nuevo presupuesto después de un largo debate. El "
                "alcalde dijo que el plan pagará más autobuses y la reparación de varios puentes antes del "
                "invierno. La oposición afirmó que los impuestos subirán para la mayoría de las familias."},
    {"french", "Le conseil municipal a adopté mardi le nouveau budget après un long débat. Le maire a "
               "déclaré que le plan financera davantage de bus et la réparation de plusieurs ponts avant "
               "l'hiver. L'opposition estime que les impôts augmenteront pour la plupart des familles."},
    {"german", "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen. Der "
               "Bürgermeister sagte, mit dem Plan würden mehr Busse bezahlt und mehrere Brücken vor dem "
               "Winter repariert. Die Opposition kritisierte, dass die Steuern für die meisten Familien "
               "steigen würden."},
    {"russian", "Городской совет во вторник после долгих споров утвердил новый бюджет. Мэр заявил, что "
                "план позволит закупить больше автобусов и отремонтировать несколько мостов до зимы. "
                "Оппозиция считает, что налоги вырастут для большинства семей."},
    {"japanese", "市議会は火曜日、長い議論の末に新しい予算案を可決した。市長は、この計画によってバスを増やし、"
                 "冬までにいくつかの橋を修理すると述べた。野党は、多くの家庭で税金が上がると批判している。"},
    {"chinese", "市议会星期二经过长时间辩论后通过了新的预算。市长表示，该计划将增加公共汽车，并在冬季之前"
                "修复几座桥梁。反对派认为，大多数家庭的税收将会增加。"},
};

static void detects_seven_languages(void)
{
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        const char *got = pc_detect_language(samples[i].text, strlen(samples[i].text));
        CHECK_STR(got, samples[i].lang);
    }
}

static void short_or_empty_text_is_not_guessed(void)
{
    CHECK(pc_detect_language("", 0) == NULL);
    CHECK(pc_detect_language(NULL, 0) == NULL);
    CHECK(pc_detect_language("OK", 2) == NULL);
    /* a document without a detectable language is English, as before */
    precis_cluster *c = precis_cluster_new();
    CHECK(precis_cluster_add_text(c, "OK", 2, NULL, "a") == 0);
    CHECK_STR(precis_cluster_language(c), "english");
    precis_cluster_free(c);
}

static void cluster_language_is_the_majority(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, samples[1].text, strlen(samples[1].text), NULL, "es1");
    precis_cluster_add_text(c, samples[0].text, strlen(samples[0].text), NULL, "en");
    precis_cluster_add_text(c, samples[1].text, strlen(samples[1].text), NULL, "es2");
    CHECK_STR(precis_cluster_language(c), "spanish");
    CHECK_STR(c->docs[1].lang, "english");
    /* the setting wins over detection */
    CHECK(precis_cluster_set_language(c, "french") == 0);
    CHECK_STR(precis_cluster_language(c), "french");
    CHECK(precis_cluster_set_language(c, "auto") == 0);
    CHECK_STR(precis_cluster_language(c), "spanish");
    precis_cluster_free(c);
}

static void language_names(void)
{
    precis_cluster *c = precis_cluster_new();
    CHECK(precis_cluster_set_language(c, "german") == 0);
    CHECK_STR(precis_cluster_language(c), "german");
    CHECK(precis_cluster_set_language(c, "de") == 0); /* ISO 639-1 */
    CHECK_STR(precis_cluster_language(c), "german");
    CHECK(precis_cluster_set_language(c, "pt-BR") == 0);
    CHECK_STR(precis_cluster_language(c), "portuguese");
    CHECK(precis_cluster_set_language(c, "Japanese") == 0);
    CHECK_STR(precis_cluster_language(c), "japanese");
    CHECK(precis_cluster_set_language(c, "pl") == 0); /* ISO 639, no stemmer */
    CHECK_STR(precis_cluster_language(c), "polish");
    /* unknown: refused with the choices, the setting unchanged */
    CHECK(precis_cluster_set_language(c, "gibberishese") == -1);
    CHECK(strstr(precis_last_error(), "gibberishese") != NULL);
    CHECK(strstr(precis_last_error(), "spanish") != NULL);
    CHECK_STR(precis_cluster_language(c), "polish");
    precis_cluster_free(c);
    /* which languages get a warning */
    CHECK(precis_language_warning("english") == NULL);
    CHECK(precis_language_warning("russian") == NULL);
    CHECK(precis_language_warning("chinese") == NULL);
    CHECK(precis_language_warning("polish") != NULL);
    CHECK(strstr(precis_language_warning("polish"), "language-neutrally") != NULL);
}

static void json_cluster_language(void)
{
    /* the cluster's "language", a document's own over it, an unknown one
     * reported and the cluster's used instead */
    const char *json = "{\"id\":\"x\",\"language\":\"it\",\"docs\":["
                       "{\"id\":\"a\",\"text\":\"Una frase breve.\"},"
                       "{\"id\":\"b\",\"language\":\"fr\",\"text\":\"Une phrase.\"},"
                       "{\"id\":\"c\",\"language\":\"zzz-nonesuch\",\"text\":\"The city council approved "
                       "the new budget on Tuesday after a long debate about buses and bridges.\"}]}";
    precis_cluster *c = precis_cluster_new();
    CHECK(precis_cluster_add_buffer(c, json, strlen(json), "c.json", PRECIS_INPUT_JSON) == 3);
    CHECK_INT(c->ndocs, 3);
    if (c->ndocs == 3) {
        CHECK_STR(c->docs[0].lang, "italian");
        CHECK_STR(c->docs[1].lang, "french");
        CHECK_STR(c->docs[2].lang, "italian"); /* the cluster's, not detected */
    }
    int warned = 0;
    for (size_t i = 0; i < precis_cluster_diag_count(c); i++)
        if (strstr(precis_cluster_diag(c, i)->message, "zzz-nonesuch")) warned = 1;
    CHECK(warned);
    precis_cluster_free(c);
}

static void stopwords_per_language(void)
{
    CHECK(pc_is_stopword_lang("german", "und", 3));
    CHECK(pc_is_stopword_lang("german", "der", 3));
    CHECK(!pc_is_stopword_lang("german", "feuer", 5));
    CHECK(pc_is_stopword_lang("spanish", "el", 2));
    CHECK(!pc_is_stopword_lang("spanish", "presupuesto", 11));
    CHECK(pc_is_stopword_lang("russian", "\xd0\xb8", 2));               /* и */
    CHECK(!pc_is_stopword_lang("russian", "\xd0\xbc\xd1\x8d\xd1\x80", 6)); /* мэр */
    CHECK(pc_is_stopword_lang("english", "the", 3));
    CHECK(!pc_is_stopword_lang("english", "und", 3));
    CHECK(!pc_is_stopword_lang("polish", "i", 1)); /* no list: nothing is a stopword */
    CHECK(pc_has_stopwords("french"));
    CHECK(!pc_has_stopwords("japanese"));
}

/* Analysis in the cluster's language: Snowball's Spanish stemmer and
 * stopwords for a Spanish cluster; a language without a stemmer keeps its
 * words whole and flags no stopwords, and still gives a summary. */
static void analysis_follows_the_language(void)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, samples[1].text, strlen(samples[1].text), NULL, "es");
    CHECK(pc_analyze(c, NULL, 0) == 0);
    CHECK_STR(c->lang, "spanish");
    int el_stop = 0, stemmed = 0;
    for (size_t t = 0; t < c->nterms; t++) {
        if (strcmp(c->terms[t].stem, "el") == 0 && c->terms[t].stop) el_stop = 1;
        if (strcmp(c->terms[t].stem, "autobus") == 0) stemmed = 1; /* autobuses */
    }
    CHECK(el_stop);
    CHECK(stemmed);
    precis_cluster_free(c);

    const char *pl = "Rada miasta przyjela we wtorek nowy budzet po dlugiej debacie. Burmistrz powiedzial, "
                     "ze plan pozwoli kupic wiecej autobusow i naprawic kilka mostow przed zima. Opozycja "
                     "twierdzi, ze podatki wzrosna dla wiekszosci rodzin w calym miescie.";
    c = precis_cluster_new();
    CHECK(precis_cluster_set_language(c, "polish") == 0);
    precis_cluster_add_text(c, pl, strlen(pl), NULL, "pl");
    precis_options o;
    precis_options_init(&o);
    o.budget_unit = PRECIS_SENTENCES;
    o.budget = 2;
    precis_summary *s = precis_summarize(c, &o);
    CHECK(s != NULL);
    if (s) {
        CHECK(precis_summary_count(s) > 0);
        CHECK_STR(precis_summary_language(s), "polish");
        char *j = precis_render(s, PRECIS_FORMAT_JSON);
        CHECK(strstr(j, "\"language\": \"polish\"") != NULL);
        CHECK(strstr(j, "language-neutrally") != NULL); /* the JSON warning */
        free(j);
    }
    int any_stop = 0, autobusow = 0;
    for (size_t t = 0; t < c->nterms; t++) {
        if (c->terms[t].stop) any_stop = 1;
        if (strcmp(c->terms[t].stem, "autobusow") == 0) autobusow = 1; /* unstemmed */
    }
    CHECK(!any_stop);
    CHECK(autobusow);
    precis_summary_free(s);
    precis_cluster_free(c);
}

static void rouge_unicode_tokens(void)
{
    const char *peer = "Мэр заявил, что план позволит закупить больше автобусов.";
    const char *model[1] = {"Мэр заявил, что новый план позволит купить автобусы."};
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    char err[256];
    precis_rouge *r = precis_rouge_new(&o, err, sizeof err);
    CHECK(r != NULL);
    if (!r) return;
    precis_rouge_score s[4];
    precis_rouge_score_texts(r, peer, model, 1, s);
    CHECK(s[0].r == 0); /* ROUGE-1.5.5's tokens: nothing of Russian is left */
    precis_rouge_free(r);

    o.unicode_tokens = 1;
    r = precis_rouge_new(&o, err, sizeof err);
    CHECK(r != NULL);
    if (!r) return;
    precis_rouge_score_texts(r, peer, model, 1, s);
    /* мэр заявил что план позволит: 5 of the model's 8 words */
    CHECK(s[0].r == 0.625);
    CHECK(s[1].r > 0); /* "мэр заявил", "заявил что", ... */
    /* case is folded; an unrelated text scores 0 */
    const char *upper[1] = {"МЭР ЗАЯВИЛ"};
    precis_rouge_score_texts(r, "мэр заявил", upper, 1, s);
    CHECK(s[0].r == 1);
    const char *other[1] = {"Погода была хорошей."};
    precis_rouge_score_texts(r, peer, other, 1, s);
    CHECK(s[0].r == 0);
    /* ASCII text scores as in ROUGE-1.5.5 without stemming */
    const char *en[1] = {"The cat was on the mat."};
    precis_rouge_score_texts(r, "The cat sat on the mat.", en, 1, s);
    CHECK(s[0].r == 0.83333);
    precis_rouge_free(r);
}

const test_case language_tests[] = {
    {"language/detects_seven_languages", detects_seven_languages},
    {"language/short_or_empty_text_is_not_guessed", short_or_empty_text_is_not_guessed},
    {"language/cluster_language_is_the_majority", cluster_language_is_the_majority},
    {"language/names", language_names},
    {"language/json_cluster_language", json_cluster_language},
    {"language/stopwords_per_language", stopwords_per_language},
    {"language/analysis_follows_the_language", analysis_follows_the_language},
    {"language/rouge_unicode_tokens", rouge_unicode_tokens},
    {NULL, NULL},
};
