/*
 * test_entities.c — the rules of entity recognition (src/story/entities.c,
 * names.c), one test per rule, each with a case it must take and one it
 * must not, on short hand-made texts (issue 23 part 2, issue 22's German
 * and Chinese/Japanese entities).  The benchmark against hand-annotated
 * DUC clusters is bench/story-entities, not a test.
 */
#include "internal.h"
#include "story/names.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>

/* A cluster of up to three texts in language lang (NULL: default). */
static precis_cluster *docs(const char *lang, const char *a, const char *b, const char *c3)
{
    precis_cluster *c = precis_cluster_new();
    if (lang) precis_cluster_set_language(c, lang);
    const char *t[3] = {a, b, c3};
    const char *names[3] = {"a.txt", "b.txt", "c.txt"};
    for (int i = 0; i < 3; i++)
        if (t[i]) precis_cluster_add_text(c, t[i], strlen(t[i]), NULL, names[i]);
    return c;
}

/* The entity the text calls name, or NULL. */
static const precis_entity *ent(const precis_entities *e, const char *name)
{
    long k = precis_entities_lookup(e, name);
    return k >= 0 ? precis_entities_at(e, (size_t)k) : NULL;
}

/* Whether some entity has exactly this name. */
static int named(const precis_entities *e, const char *name)
{
    for (size_t k = 0; k < precis_entities_count(e); k++)
        if (strcmp(precis_entities_at(e, k)->name, name) == 0) return 1;
    return 0;
}

/* Junk is never an entity: SGML remnants, time zones, contractions,
 * all-caps labels, hyphenated adjectives; real names beside them are. */
static void junk(void)
{
    precis_cluster *c = docs(NULL,
                             "The plane left at 1:19 a.m. EST and fell at 1:52 a.m. GMT, officials &QL; "
                             "said. I'm sure, said Anna Berg of the Civil Aviation Authority. Pilots "
                             "report to non-Dutch crews.\n\nPILOT What is this? The pilot said nothing.",
                             "Anna Berg said the pilot of the plane spoke to Utrecht at 2 a.m. EST.", NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK(ent(e, "EST") == NULL);
    CHECK(ent(e, "GMT") == NULL);
    CHECK(ent(e, "QL") == NULL);
    CHECK(ent(e, "I'm") == NULL);
    CHECK(ent(e, "PILOT What") == NULL && ent(e, "PILOT") == NULL);
    CHECK(ent(e, "non-Dutch") == NULL);
    CHECK(ent(e, "Anna Berg") != NULL);
    CHECK(ent(e, "Utrecht") != NULL);
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* Two different full names never merge, whatever surname they share; a
 * bare surname goes to the full name before it in the same document. */
static void full_names(void)
{
    precis_cluster *c = docs(NULL,
                             "Juan Miguel Gonzalez flew to Washington. Gonzalez said he wanted his son "
                             "back. Elian Gonzalez stayed in Miami with Lazaro Gonzalez. Gonzalez, the "
                             "great-uncle, refused.",
                             "Elian Gonzalez played in the yard. Reporters saw Elian wave.", NULL);
    precis_entities *e = precis_entities_find(c);
    const precis_entity *father = ent(e, "Juan Miguel Gonzalez"), *boy = ent(e, "Elian Gonzalez"),
                        *uncle = ent(e, "Lazaro Gonzalez");
    CHECK(father && boy && uncle);
    CHECK(father != boy && boy != uncle && father != uncle);
    if (father) CHECK_INT(father->nmentions, 2); /* the full name and the "Gonzalez said" after it */
    if (uncle) CHECK_INT(uncle->nmentions, 2);   /* "Gonzalez, the great-uncle" */
    CHECK(ent(e, "Elian") == boy);               /* a first name, the full name before it */
    /* by position: the "Gonzalez" after "Lazaro Gonzalez" is Lazaro, the
     * one after "Juan Miguel Gonzalez" Juan Miguel; a verb is nobody */
    const char *a = "Juan Miguel Gonzalez flew to Washington. Gonzalez said";
    size_t said = strlen(a) - strlen("Gonzalez said"), late = strlen(
        "Juan Miguel Gonzalez flew to Washington. Gonzalez said he wanted his son back. Elian Gonzalez "
        "stayed in Miami with Lazaro Gonzalez. ");
    long f = precis_entities_at_span(e, 0, said, said + 8), u = precis_entities_at_span(e, 0, late, late + 8);
    CHECK(f >= 0 && precis_entities_at(e, (size_t)f) == father);
    CHECK(u >= 0 && precis_entities_at(e, (size_t)u) == uncle);
    CHECK_INT(precis_entities_at_span(e, 0, 21, 25), -1); /* "flew" */
    CHECK_INT(precis_entities_at_span(e, 5, 0, 8), -1);   /* no such document */
    precis_entities_free(e);
    precis_cluster_free(c);

    /* a bare surname used far more than the one full name it ends is
     * somebody else: it stays apart */
    c = docs(NULL, "Clinton spoke. Clinton left. Clinton smiled. Clinton waved. Clinton sang.",
             "Clinton flew home. Clinton ate. Clinton slept. Clinton woke. Clinton ran.",
             "Why? George Clinton, a musician, played.");
    e = precis_entities_find(c);
    CHECK(ent(e, "George Clinton") != NULL);
    CHECK(ent(e, "Clinton") != ent(e, "George Clinton"));
    precis_entities_free(e);
    precis_cluster_free(c);

    /* a surname two people share goes, in an article with neither, to the
     * one the cluster names ten times as often; with two of like weight it
     * stays apart */
    c = docs(NULL,
             "Why? George W. Bush won. George W. Bush spoke. George W. Bush left. George W. Bush ran. "
             "George W. Bush ate. George W. Bush slept. George W. Bush woke. George W. Bush sang. "
             "George W. Bush waved. George W. Bush smiled. And Laura Bush came.",
             "Reporters said Bush was tired.", "Why? Ann Smith and Bob Smith met. Reporters saw Smith.");
    e = precis_entities_find(c);
    CHECK(ent(e, "George W. Bush") != NULL && ent(e, "Bush") == ent(e, "George W. Bush"));
    CHECK(ent(e, "Laura Bush") != NULL && ent(e, "Laura Bush") != ent(e, "George W. Bush"));
    CHECK(ent(e, "Ann Smith") != ent(e, "Bob Smith"));
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* Full names are never cut: initials, Jr., a title's abbreviation; and a
 * short form of the first name finds its formal form. */
static void whole_names(void)
{
    precis_cluster *c = docs(NULL,
                             "Safety board chairman James E. Hall said the data was clear. Martin Luther "
                             "King Jr. spoke in 1963. Mr. Hall left early.",
                             "Jim Hall spoke again on Friday. George H. W. Bush and George W. Bush met.", NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK(named(e, "James E. Hall"));
    CHECK(named(e, "Martin Luther King Jr."));
    CHECK(ent(e, "Jim Hall") != NULL && ent(e, "Jim Hall") == ent(e, "James E. Hall"));
    CHECK(ent(e, "George H. W. Bush") != NULL);
    CHECK(ent(e, "George H. W. Bush") != ent(e, "George W. Bush"));
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* Misspellings merge only with strong evidence: a rare form one letter
 * from a common one; two short names one letter apart stay two. */
static void misspellings(void)
{
    precis_cluster *c = docs(NULL,
                             "Fire hit Hamburg. Hamburg firemen came. In Hamburg, the port closed. Harburg "
                             "was spared. Harburg schools stayed open. Officials in Harburg spoke.",
                             "Massachusetts police said Massachusetts roads were closed. The Massachusetts "
                             "governor and Massachusettes officials met.", NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK(ent(e, "Hamburg") && ent(e, "Harburg") && ent(e, "Hamburg") != ent(e, "Harburg"));
    CHECK(ent(e, "Massachusettes") == ent(e, "Massachusetts"));
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* An acronym joins its expansion when the text defines it or the lexicon
 * knows it; an unrelated acronym does not. */
static void acronyms(void)
{
    precis_cluster *c = docs(NULL,
                             "The National Transportation Safety Board (NTSB) met in the U.S. capital. The "
                             "NTSB said the United States would help. The FAA did not comment.",
                             "America and North Korea talked; the DPRK said the U.N. and the United Nations "
                             "staff were welcome.", NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK(ent(e, "NTSB") != NULL && ent(e, "NTSB") == ent(e, "National Transportation Safety Board"));
    CHECK(ent(e, "U.S.") != NULL && ent(e, "U.S.") == ent(e, "United States"));
    CHECK(ent(e, "America") == ent(e, "United States"));
    CHECK(ent(e, "DPRK") != NULL && ent(e, "DPRK") == ent(e, "North Korea"));
    CHECK(ent(e, "U.N.") != NULL && ent(e, "U.N.") == ent(e, "United Nations"));
    CHECK(ent(e, "FAA") != ent(e, "NTSB"));
    if (ent(e, "FAA")) CHECK_INT(ent(e, "FAA")->type, PRECIS_ENTITY_ORGANIZATION);
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* Types from evidence, not capitals: the gazetteer (iso-codes, WordNet),
 * vehicles, makers, organisation words, tribes, titles. */
static void types(void)
{
    precis_cluster *c = docs(NULL,
                             "The submarine Kursk sank. The Kursk had 118 men. Officials in Florida and "
                             "Atlanta waited. A Boeing 767 crashed; Boeing said the Boeing 767 was safe. "
                             "Air France President Jean Cyril said Air France would help. Continental "
                             "Airlines said Continental had no comment.",
                             "The Kursk was raised. Florida officials said the Navajo Nation and the Navajo "
                             "met in Atlanta. Dr. Ann Lee said Lee would come.", NULL);
    precis_entities *e = precis_entities_find(c);
    const precis_entity *x;
    CHECK((x = ent(e, "Kursk")) != NULL && x->type == PRECIS_ENTITY_OTHER);
    CHECK((x = ent(e, "Florida")) != NULL && x->type == PRECIS_ENTITY_PLACE);
    CHECK((x = ent(e, "Atlanta")) != NULL && x->type == PRECIS_ENTITY_PLACE);
    CHECK((x = ent(e, "Boeing")) != NULL && x->type == PRECIS_ENTITY_ORGANIZATION);
    CHECK((x = ent(e, "Boeing 767")) != NULL && x->type == PRECIS_ENTITY_OTHER && x != ent(e, "Boeing"));
    CHECK((x = ent(e, "Air France")) != NULL && x->type == PRECIS_ENTITY_ORGANIZATION);
    CHECK((x = ent(e, "Jean Cyril")) != NULL && x->type == PRECIS_ENTITY_PERSON);
    CHECK(ent(e, "Continental") != NULL && ent(e, "Continental") == ent(e, "Continental Airlines"));
    CHECK((x = ent(e, "Navajo")) != NULL && x->type == PRECIS_ENTITY_ORGANIZATION);
    CHECK((x = ent(e, "Ann Lee")) != NULL && x->type == PRECIS_ENTITY_PERSON);
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* German: capitals are no evidence (every noun has one); names need a
 * title, a place preposition, a reporting verb or the gazetteer.  English
 * rules on the same text keep the nouns (the negative case). */
static void german(void)
{
    const char *a = "Großbrand im Hafen\n\nEin Feuer hat am Montag in einer Lagerhalle einen großen Schaden "
                    "angerichtet. Die Feuerwehr schätzt den Schaden auf 3 Millionen Euro. Das Feuer war "
                    "bald aus, sagte Sprecher Jan Ott in Hamburg. Bürgermeister Peter Tschentscher kam.";
    const char *b = "Auch in Harburg brannte ein Schuppen. Das Feuer griff nicht über. Der Schaden ist "
                    "gering. Tschentscher dankte der Feuerwehr in Hamburg.";
    precis_cluster *c = docs("german", a, b, NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK_STR(precis_entities_language(e), "german");
    CHECK(ent(e, "Feuer") == NULL);
    CHECK(ent(e, "Schaden") == NULL);
    CHECK(ent(e, "Millionen Euro") == NULL && ent(e, "Euro") == NULL);
    CHECK(ent(e, "Hamburg") != NULL && ent(e, "Harburg") != NULL && ent(e, "Hamburg") != ent(e, "Harburg"));
    const precis_entity *x = ent(e, "Peter Tschentscher");
    CHECK(x != NULL && x->type == PRECIS_ENTITY_PERSON && ent(e, "Tschentscher") == x);
    CHECK(ent(e, "Jan Ott") != NULL);
    precis_entities_free(e);
    precis_cluster_free(c);
    c = docs("english", a, b, NULL);
    e = precis_entities_find(c);
    CHECK(ent(e, "Schaden") != NULL);
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* Chinese and Japanese: no entities, a note saying why; the rendered
 * JSON names the language and carries the note. */
static void cjk(void)
{
    const char *zh = "新华社北京8月10日电 国务院总理李强10日在北京会见了来访的外国客人。双方进行了会谈。";
    precis_cluster *c = docs("chinese", zh, NULL, NULL);
    precis_entities *e = precis_entities_find(c);
    CHECK_INT(precis_entities_count(e), 0);
    CHECK(precis_entities_note(e) != NULL);
    char *js = precis_entities_render(e, PRECIS_FORMAT_JSON);
    CHECK(js && strstr(js, "\"language\": \"chinese\"") && strstr(js, "\"note\""));
    free(js);
    precis_entities_free(e);
    precis_cluster_free(c);
    c = docs(NULL, "Angela Merkel visited Paris.", NULL, NULL);
    e = precis_entities_find(c);
    CHECK(precis_entities_note(e) == NULL);
    js = precis_entities_render(e, PRECIS_FORMAT_JSON);
    CHECK(js && strstr(js, "\"language\": \"english\"") && !strstr(js, "\"note\""));
    free(js);
    precis_entities_free(e);
    precis_cluster_free(c);
}

/* The generated tables: iso-codes places, WordNet classes, aliases. */
static void lexicons(void)
{
    CHECK(pc_name_class("massachusetts", 13) & N_GAZETTEER);
    CHECK(pc_name_class("north korea", 11) & N_GAZETTEER);
    CHECK(pc_name_class("atlanta", 7) & N_WNPLACE);
    CHECK(!(pc_name_class("western", 7) & N_GAZETTEER)); /* a common word naming a subdivision */
    CHECK(!(pc_name_class("clinton", 7) & N_WNPLACE));   /* a town and a president: neither */
    CHECK_STR(pc_name_alias("u.s", 3), "united states");
    CHECK_STR(pc_name_alias("dprk", 4), "north korea");
    CHECK(pc_name_alias("france", 6) == NULL);
}

TESTS(entities_tests) = {{"entities: junk is no entity", junk},
                         {"entities: full names never merge", full_names},
                         {"entities: full names never cut", whole_names},
                         {"entities: misspellings", misspellings},
                         {"entities: acronyms and aliases", acronyms},
                         {"entities: types from evidence", types},
                         {"entities: German nouns", german},
                         {"entities: Chinese and Japanese left out", cjk},
                         {"entities: lexicons", lexicons},
                         END_TESTS};
