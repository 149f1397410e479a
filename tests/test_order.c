/* test_order.c — the reading order (src/core/order.c), the query that shows
 * and its warning (select.c, candidates.c), and the wire's typesetting
 * entities in SGML (read.c), on short hand-made clusters (#21). */
#include "methods/method.h"
#include "test.h"

#include <stdlib.h>

/* Three hand-made articles about one event, one sentence a line. */
static const char *const docs[] = {
    "Rescue teams failed again on Monday to reach the crew of the sunken Russian submarine Kursk in the Barents Sea.\n\n"
    "Storms and strong currents slowed the divers near the wreck for a third day.\n\n"
    "The hatch was damaged badly in the blast, officials in Moscow said on Monday.\n\n"
    "They said the crew probably died within hours of the explosions.\n",
    "Norway offered its deep-sea divers to help the Russian navy with the rescue work.\n\n"
    "Moscow accepted the offer after days of refusing all foreign help.\n\n"
    "Divers found an escape hatch of the Kursk submarine at a depth of about 100 meters.\n\n"
    "Norwegian divers arrived at the site of the accident late on Sunday evening.\n",
    "Russian navy chiefs gave up hope on Monday of finding survivors on the Kursk submarine.\n\n"
    "Relatives of the sailors gathered in the port of Murmansk to wait for news.\n\n"
    "Navy officials said the crew died in the explosions within hours of the sinking.\n",
};

static precis_cluster *kursk(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *names[] = {"a.txt", "b.txt", "c.txt"};
    for (int i = 0; i < 3; i++)
        precis_cluster_add_buffer(c, docs[i], strlen(docs[i]), names[i], PRECIS_INPUT_TEXT);
    pc_analyze(c, NULL, 0);
    return c;
}

/* The candidate whose text starts with prefix (fails the test if none). */
static uint32_t cand(const pc_ctx *ctx, const char *prefix)
{
    for (size_t i = 0; i < ctx->ncand; i++)
        if (strncmp(ctx->c->sents[ctx->cand[i]].text, prefix, strlen(prefix)) == 0) return (uint32_t)i;
    fprintf(stderr, "  no candidate \"%s\"\n", prefix);
    t_failed_checks++;
    return 0;
}

/* Position of the candidate starting with prefix in chosen, or -1. */
static int pos(const pc_ctx *ctx, const pc_u32vec *v, const char *prefix)
{
    for (size_t i = 0; i < v->n; i++)
        if (strncmp(ctx->c->sents[ctx->cand[v->v[i]]].text, prefix, strlen(prefix)) == 0) return (int)i;
    return -1;
}

typedef struct {
    precis_cluster *c;
    precis_options opt;
    pc_ctx ctx;
    double scores[64];
    pc_u32vec chosen;
} fixture;

static void setup(fixture *f, precis_order order)
{
    memset(f, 0, sizeof *f);
    f->c = kursk();
    precis_options_init(&f->opt);
    f->opt.order = order;
    f->opt.budget = 200;
    pc_candidates(&f->ctx, f->c, &f->opt, pc_find_method(NULL));
}

static void choose(fixture *f, const char *const *prefixes)
{
    f->chosen.n = 0;
    for (const char *const *p = prefixes; *p; p++) pc_u32_push(&f->chosen, cand(&f->ctx, *p));
}

static void teardown(fixture *f)
{
    free(f->chosen.v);
    pc_ctx_free(&f->ctx);
    precis_cluster_free(f->c);
}

static void refers_back_words(void)
{
    CHECK(pc_refers_back("He said the talks failed."));
    CHECK(pc_refers_back("However, the talks failed."));
    CHECK(pc_refers_back("\"They left early,\" she said."));
    CHECK(pc_refers_back("\xe2\x80\x9cThis is Russia\xe2\x80\x99s territory,\xe2\x80\x9d he said."));
    CHECK(pc_refers_back("It's over."));
    CHECK(!pc_refers_back("Heathrow airport closed."));
    CHECK(!pc_refers_back("Theresa May resigned."));
    CHECK(!pc_refers_back("Italy won."));
    CHECK(!pc_refers_back("Hello there."));
    CHECK(!pc_refers_back(""));
}

/* A lead sentence opens; the others follow by article and position; a
 * definite description whose noun comes later moves after its introduction. */
static void lead_opens_and_description_follows(void)
{
    fixture f;
    setup(&f, PRECIS_ORDER_DATE);
    const char *pick[] = {"Norwegian divers", "The hatch", "Divers found an escape", "Rescue teams", NULL};
    choose(&f, pick);
    pc_order(&f.ctx, f.scores, &f.chosen);
    CHECK_INT(f.chosen.n, 4);
    CHECK_INT(pos(&f.ctx, &f.chosen, "Rescue teams"), 0);
    /* "The hatch" (article a) would come before b's "Divers found an escape" */
    CHECK(pos(&f.ctx, &f.chosen, "The hatch") == pos(&f.ctx, &f.chosen, "Divers found an escape") + 1);
    teardown(&f);
}

/* Negative: a description already introduced, and self-contained sentences,
 * keep the date order (article, then position). */
static void self_contained_keep_order(void)
{
    fixture f;
    setup(&f, PRECIS_ORDER_DATE);
    const char *pick[] = {"Relatives of the sailors", "Storms and strong", "Moscow accepted", NULL};
    choose(&f, pick);
    pc_order(&f.ctx, f.scores, &f.chosen);
    /* all are second sentences (leads): the most central opens, then a, b, c order */
    CHECK_INT(f.chosen.n, 3);
    int a = pos(&f.ctx, &f.chosen, "Storms"), b = pos(&f.ctx, &f.chosen, "Moscow"),
        c = pos(&f.ctx, &f.chosen, "Relatives");
    CHECK(a >= 0 && b >= 0 && c >= 0);
    if (a != 0 && b != 0) CHECK(a < b);
    if (b != 0 && c != 0) CHECK(b < c);
    if (a != 0 && c != 0) CHECK(a < c);
    teardown(&f);
}

/* A pronoun opening goes after its own article's sentence before it when
 * chosen, and after the most similar sentence when not. */
static void pronoun_follows_antecedent(void)
{
    fixture f;
    setup(&f, PRECIS_ORDER_DATE);
    const char *pick[] = {"They said the crew", "Rescue teams", "Navy officials said", NULL};
    choose(&f, pick);
    pc_order(&f.ctx, f.scores, &f.chosen);
    CHECK_INT(pos(&f.ctx, &f.chosen, "Rescue teams"), 0);
    /* a's "They" has no antecedent of its article: it follows c's similar sentence */
    CHECK(pos(&f.ctx, &f.chosen, "They said") == pos(&f.ctx, &f.chosen, "Navy officials") + 1);
    const char *pick2[] = {"They said the crew", "Storms and strong", "Norway offered", NULL};
    choose(&f, pick2);
    pc_order(&f.ctx, f.scores, &f.chosen);
    /* a's sentence two before is chosen: "They" goes right after it */
    CHECK(pos(&f.ctx, &f.chosen, "They said") == pos(&f.ctx, &f.chosen, "Storms") + 1);
    CHECK(pos(&f.ctx, &f.chosen, "They said") != 0);
    teardown(&f);
}

/* With no lead sentence chosen, the best lead sentence is swapped in;
 * --order score, or a summary of two sentences, are left alone. */
static void lead_swap(void)
{
    fixture f;
    setup(&f, PRECIS_ORDER_DATE);
    const char *pick[] = {"The hatch", "Norwegian divers", "Navy officials said", NULL};
    choose(&f, pick);
    pc_lead_swap(&f.ctx, f.scores, &f.chosen);
    CHECK_INT(f.chosen.n, 3);
    int lead = 0;
    for (size_t i = 0; i < f.chosen.n; i++) lead |= f.ctx.c->sents[f.ctx.cand[f.chosen.v[i]]].idx < 2;
    CHECK(lead);
    pc_order(&f.ctx, f.scores, &f.chosen);
    CHECK(f.ctx.c->sents[f.ctx.cand[f.chosen.v[0]]].idx < 2);
    teardown(&f);

    setup(&f, PRECIS_ORDER_SCORE);
    choose(&f, pick);
    pc_lead_swap(&f.ctx, f.scores, &f.chosen);
    CHECK(pos(&f.ctx, &f.chosen, "The hatch") == 0 && pos(&f.ctx, &f.chosen, "Navy officials") == 2);
    teardown(&f);

    setup(&f, PRECIS_ORDER_DATE);
    const char *two[] = {"The hatch", "Norwegian divers", NULL};
    choose(&f, two);
    pc_lead_swap(&f.ctx, f.scores, &f.chosen);
    CHECK(pos(&f.ctx, &f.chosen, "The hatch") == 0 && pos(&f.ctx, &f.chosen, "Norwegian") == 1);
    teardown(&f);
}

/* After the opening, sentences go by the date of the event they tell when
 * they have one in the story's days ("on Aug. 12"), else their article's. */
static void event_dates_order(void)
{
    const char *x = "date 2000-08-16\n\n"
                    "Divers reached the hatch of the sunken submarine Kursk after four days of storms.\n\n"
                    "Rescue ships waited in the Barents Sea for news from the divers all day.\n\n"
                    "Navy officers in Moscow praised the divers for their courage and skill.\n";
    const char *y = "date 2000-08-17\n\n"
                    "Relatives of the Kursk crew travelled to the northern port of Murmansk.\n\n"
                    "Officials gave the relatives the list of the crew on board the vessel.\n\n"
                    "The submarine Kursk sank in the Barents Sea on Aug. 12 after two blasts on board.\n";
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_buffer(c, x, strlen(x), "x.txt", PRECIS_INPUT_TEXT);
    precis_cluster_add_buffer(c, y, strlen(y), "y.txt", PRECIS_INPUT_TEXT);
    pc_analyze(c, NULL, 0);
    precis_options opt;
    precis_options_init(&opt);
    pc_ctx ctx;
    pc_candidates(&ctx, c, &opt, pc_find_method(NULL));
    pc_u32vec v = {0};
    double scores[16] = {0};
    pc_u32_push(&v, cand(&ctx, "Navy officers"));
    pc_u32_push(&v, cand(&ctx, "The submarine Kursk sank"));
    pc_u32_push(&v, cand(&ctx, "Divers reached"));
    pc_order(&ctx, scores, &v);
    CHECK_INT(pos(&ctx, &v, "Divers reached"), 0);
    /* Aug. 12 (article of Aug. 17) before an undated sentence of Aug. 16's */
    CHECK_INT(pos(&ctx, &v, "The submarine Kursk sank"), 1);
    CHECK_INT(pos(&ctx, &v, "Navy officers"), 2);
    free(v.v);
    pc_ctx_free(&ctx);
    precis_cluster_free(c);
}

/* A bare surname at first mention goes after the sentence with the full
 * name; a capitalised common word ("Officials said") is no surname. */
static void surname_follows_full_name(void)
{
    const char *a = "Agents searched the hills of North Carolina for the bombing suspect again on Monday.\n\n"
                    "Rudolph told a friend years ago that he knew the woods near the town very well.\n\n"
                    "Officials said the search would go on through the whole of the winter months.\n";
    const char *b = "Volunteers joined the search for the suspect in the mountains near the town.\n\n"
                    "The reward for information rose to one million dollars on Tuesday afternoon.\n\n"
                    "Investigators named Eric Rudolph as the suspect in the clinic bombing last year.\n";
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_buffer(c, a, strlen(a), "a.txt", PRECIS_INPUT_TEXT);
    precis_cluster_add_buffer(c, b, strlen(b), "b.txt", PRECIS_INPUT_TEXT);
    pc_analyze(c, NULL, 0);
    precis_options opt;
    precis_options_init(&opt);
    pc_ctx ctx;
    pc_candidates(&ctx, c, &opt, pc_find_method(NULL));
    pc_u32vec v = {0};
    double scores[16] = {0};
    pc_u32_push(&v, cand(&ctx, "Agents searched"));
    pc_u32_push(&v, cand(&ctx, "Rudolph told"));
    pc_u32_push(&v, cand(&ctx, "Officials said"));
    pc_u32_push(&v, cand(&ctx, "Investigators named"));
    pc_order(&ctx, scores, &v);
    CHECK_INT(pos(&ctx, &v, "Agents searched"), 0);
    CHECK(pos(&ctx, &v, "Rudolph told") == pos(&ctx, &v, "Investigators named") + 1);
    /* "Officials said" keeps its place after its article's first sentence */
    CHECK(pos(&ctx, &v, "Officials said") < pos(&ctx, &v, "Investigators named"));
    free(v.v);
    pc_ctx_free(&ctx);
    precis_cluster_free(c);
}

/* The whole pipeline on the hand-made cluster opens with a lead sentence. */
static void summary_opens_with_lead(void)
{
    precis_cluster *c = kursk();
    precis_options opt;
    precis_options_init(&opt);
    opt.budget = 60;
    precis_summary *s = precis_summarize(c, &opt);
    CHECK(s && precis_summary_count(s) >= 2);
    if (s && precis_summary_count(s)) CHECK(precis_summary_sentence(s, 0)->sentence_index < 2);
    CHECK(s && precis_summary_warning(s) == NULL);
    precis_summary_free(s);
    precis_cluster_free(c);
}

static int has_text(const precis_summary *s, const char *needle)
{
    for (size_t i = 0; i < precis_summary_count(s); i++)
        if (strstr(precis_summary_sentence(s, i)->text, needle)) return 1;
    return 0;
}

/* A short query about one detail shows in the summary; a query that matches
 * nothing warns and gives the generic summary. */
static void query_shows_and_warns(void)
{
    precis_cluster *c = kursk();
    precis_options opt;
    precis_options_init(&opt);
    opt.budget = 40;
    precis_summary *g = precis_summarize(c, &opt);
    CHECK(g && !has_text(g, "Murmansk"));
    opt.query = "relatives Murmansk port";
    precis_summary *q = precis_summarize(c, &opt);
    CHECK(q && has_text(q, "Murmansk"));
    /* the budget freed for it is filled again */
    CHECK(q && precis_summary_words(q) + 15 > 40 && precis_summary_words(q) <= 40);
    CHECK(q && precis_summary_warning(q) == NULL);
    opt.query = "zebra giraffe";
    precis_summary *z = precis_summarize(c, &opt);
    CHECK(z && precis_summary_warning(z) && strstr(precis_summary_warning(z), "no word of the query"));
    CHECK(z && g && precis_summary_count(z) == precis_summary_count(g));
    for (size_t i = 0; z && g && i < precis_summary_count(z) && i < precis_summary_count(g); i++)
        CHECK_STR(precis_summary_sentence(z, i)->text, precis_summary_sentence(g, i)->text);
    opt.query = "the of and";
    precis_summary *st = precis_summarize(c, &opt);
    CHECK(st && precis_summary_warning(st) != NULL);
    precis_summary_free(g);
    precis_summary_free(q);
    precis_summary_free(z);
    precis_summary_free(st);
    precis_cluster_free(c);
}

static int collect(void *ctx, size_t doc, size_t start, size_t end, const char *text, const char *reason)
{
    (void)doc;
    (void)reason;
    char *buf = ctx;
    snprintf(buf + strlen(buf), 512 - strlen(buf), "%zu-%zu %s|", start, end, text);
    return 0;
}

/* NYT typesetting codes (&QL; &UR;) become whitespace; &AMP; stays "&";
 * offsets still point at the original bytes. */
static void sgml_wire_entities(void)
{
    const char *sgml = "<DOC><DOCNO>X1</DOCNO><TEXT><P>&UR; Talks resumed &QL; in Moscow &AMP; Tokyo "
                       "on Monday after a long pause.</P></TEXT></DOC>\n";
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_add_buffer(c, sgml, strlen(sgml), "x.sgml", PRECIS_INPUT_SGML), 1);
    char buf[512] = "";
    precis_cluster_segments(c, collect, buf, 0);
    CHECK(strstr(buf, "Talks resumed in Moscow & Tokyo on Monday after a long pause.") != NULL);
    CHECK(strstr(buf, "&QL;") == NULL && strstr(buf, "&UR;") == NULL);
    size_t a = 0, b = 0;
    CHECK(sscanf(buf, "%zu-%zu", &a, &b) == 2);
    CHECK(a < b && b <= strlen(sgml) && strncmp(sgml + a, "Talks", 5) == 0);
    CHECK(strncmp(sgml + b - 6, "pause.", 6) == 0);
    precis_cluster_free(c);
    /* negative: lowercase or unknown-shaped ampersands are text */
    const char *t2 = "<DOC><DOCNO>X2</DOCNO><TEXT><P>Smith &co; and Jones & Sons opened a new shop in "
                     "Leeds on Monday.</P></TEXT></DOC>\n";
    c = precis_cluster_new();
    precis_cluster_add_buffer(c, t2, strlen(t2), "y.sgml", PRECIS_INPUT_SGML);
    buf[0] = 0;
    precis_cluster_segments(c, collect, buf, 0);
    CHECK(strstr(buf, "&co;") != NULL && strstr(buf, "& Sons") != NULL);
    precis_cluster_free(c);
}

TESTS(order_tests) = {
    {"order/refers_back_words", refers_back_words},
    {"order/lead_opens_and_description_follows", lead_opens_and_description_follows},
    {"order/self_contained_keep_order", self_contained_keep_order},
    {"order/pronoun_follows_antecedent", pronoun_follows_antecedent},
    {"order/lead_swap", lead_swap},
    {"order/event_dates_order", event_dates_order},
    {"order/surname_follows_full_name", surname_follows_full_name},
    {"order/summary_opens_with_lead", summary_opens_with_lead},
    {"order/query_shows_and_warns", query_shows_and_warns},
    {"order/sgml_wire_entities", sgml_wire_entities},
    END_TESTS,
};
