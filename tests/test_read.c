/* test_read.c — reading: formats, metadata, offsets, UTF-8, bad input. */
#include "internal.h"
#include "dates/dates.h"
#include "test.h"

#include <stdlib.h>

static const precis_diag *find_diag(precis_cluster *c, const char *needle)
{
    for (size_t i = 0; i < precis_cluster_diag_count(c); i++)
        if (strstr(precis_cluster_diag(c, i)->message, needle)) return precis_cluster_diag(c, i);
    return NULL;
}

static void sgml_metadata_and_offsets(void)
{
    const char *sgml =
        "<DOC>\n<DOCNO> APW19990707.0181 </DOCNO>\n<DATE_TIME> 1999-07-07 08:30:27 </DATE_TIME>\n"
        "<BODY>\n<HEADLINE> Clinton Focuses on Indians </HEADLINE>\n<TEXT>\n<P>\n"
        "\tPINE RIDGE, S.D. (AP) -- President Clinton turned the attention  \n"
        "of his tour today to the Indians &amp; their land. \n</P>\n<P>\n"
        "\tHe was going to the Pine Ridge Reservation for a visit.\n</P>\n</TEXT>\n</BODY>\n</DOC>\n";
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_add_buffer(c, sgml, strlen(sgml), "a.sgml", PRECIS_INPUT_AUTO), 1);
    CHECK_STR(precis_doc_id(c, 0), "APW19990707.0181");
    CHECK_STR(precis_doc_title(c, 0), "Clinton Focuses on Indians");
    CHECK_INT(precis_doc_date(c, 0).year, 1999);
    CHECK_INT(precis_doc_date(c, 0).month, 7);
    CHECK_INT(precis_doc_date(c, 0).day, 7);
    CHECK_INT(pc_analyze(c, NULL, 0), 0);
    CHECK_INT(c->nsents, 2);
    if (c->nsents == 2) {
        pc_sent *s = &c->sents[0];
        CHECK_STR(s->text,
                  "President Clinton turned the attention of his tour today to the Indians & their land.");
        /* the original bytes, whitespace folded, are the sentence with its entity */
        size_t a = pc_doc_orig(&c->docs[0], s->start), b = pc_doc_orig(&c->docs[0], s->end);
        char *orig = pc_fold(sgml + a, b - a);
        CHECK_STR(orig,
                  "President Clinton turned the attention of his tour today to the Indians &amp; their land.");
        free(orig);
    }
    precis_cluster_free(c);
}

static void json_cluster(void)
{
    const char *js = "{\"id\":\"c1\",\"docs\":[{\"id\":\"a\",\"text\":\"Caf\\u00e9 owners met on Monday. They agreed.\","
                     "\"date\":\"2019-01-23\",\"source\":\"AP\",\"title\":\"T\"},"
                     "{\"text\":\"Second document here.\"}]}";
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_add_buffer(c, js, strlen(js), "c.json", PRECIS_INPUT_AUTO), 2);
    CHECK_STR(precis_cluster_id(c), "c1");
    CHECK_STR(precis_doc_id(c, 0), "a");
    CHECK_STR(precis_doc_id(c, 1), "doc-2");
    CHECK_STR(precis_doc_source(c, 0), "AP");
    CHECK_INT(precis_doc_date(c, 0).day, 23);
    precis_cluster_free(c);
}

static void json_errors(void)
{
    precis_cluster *c = precis_cluster_new();
    const char *bad = "{\"id\": \"x\",\n \"docs\": [ {\"text\": \"a\" ,, ] }";
    CHECK_INT(precis_cluster_add_buffer(c, bad, strlen(bad), "bad.json", PRECIS_INPUT_AUTO), -1);
    const precis_diag *d = find_diag(c, "malformed JSON");
    CHECK(d != NULL);
    if (d) {
        CHECK_STR(d->file, "bad.json");
        CHECK_INT(d->line, 2);
    }
    const char *nodocs = "{\"id\": \"x\"}";
    CHECK_INT(precis_cluster_add_buffer(c, nodocs, strlen(nodocs), "n.json", PRECIS_INPUT_AUTO), -1);
    CHECK(find_diag(c, "no \"docs\" array") != NULL);
    const char *notext = "{\"docs\": [{\"id\": \"q\"}]}";
    CHECK_INT(precis_cluster_add_buffer(c, notext, strlen(notext), "t.json", PRECIS_INPUT_AUTO), -1);
    CHECK(find_diag(c, "docs[0] has no \"text\"") != NULL);
    CHECK_INT(precis_cluster_doc_count(c), 0);
    CHECK(precis_cluster_error_count(c) >= 3);
    precis_cluster_free(c);
}

static void invalid_utf8_replaced_with_offset(void)
{
    const char text[] = "Caf\xC3\xA9 owners met. The bad byte \xFF is here. Overlong \xC0\xAF too.";
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_add_text(c, text, sizeof text - 1, NULL, "u.txt"), 0);
    const precis_diag *d = find_diag(c, "invalid UTF-8");
    CHECK(d != NULL);
    if (d) {
        CHECK_STR(d->file, "u.txt");
        CHECK_INT(d->offset, (long)(strchr(text, '\xFF') - text));
        CHECK_INT(d->severity, PRECIS_WARNING);
    }
    CHECK(strstr(c->docs[0].text, "bad byte \xEF\xBF\xBD is") != NULL);
    CHECK(strstr(c->docs[0].text, "\xC0") == NULL);
    /* offsets after the replacement still point into the original */
    pc_doc *doc = &c->docs[0];
    const char *p = strstr(doc->text, "Overlong");
    CHECK_INT(pc_doc_orig(doc, (size_t)(p - doc->text)), (size_t)(strstr(text, "Overlong") - text));
    precis_cluster_free(c);
}

static void nfc_normalisation_keeps_offsets(void)
{
    /* "e" + COMBINING ACUTE ACCENT becomes "é" */
    const char text[] = "Cafe\xCC\x81 owners met on Monday in the town. Later text follows here.";
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, text, sizeof text - 1, NULL, "n.txt");
    pc_doc *d = &c->docs[0];
    CHECK(strncmp(d->text, "Caf\xC3\xA9 owners", 11) == 0);
    const char *p = strstr(d->text, "Later");
    CHECK_INT(pc_doc_orig(d, (size_t)(p - d->text)), (size_t)(strstr(text, "Later") - text));
    /* every byte after the composed character maps 1 byte further back */
    size_t at = (size_t)(strstr(d->text, " owners") - d->text), ok = 1;
    for (size_t k = at; k < d->len; k++) ok &= pc_doc_orig(d, k) == k + 1;
    CHECK(ok);
    precis_cluster_free(c);
    /* a combining mark after the last character of an ASCII stretch, at the
     * very end, and two in a row */
    const char end[] = "The owners of the small shops met on Monday in the town hall. They met in the cafe\xCC\x81";
    c = precis_cluster_new();
    precis_cluster_add_text(c, end, sizeof end - 1, NULL, "e.txt");
    d = &c->docs[0];
    CHECK(d->len == sizeof end - 2 && strcmp(d->text + d->len - 5, "caf\xC3\xA9") == 0);
    precis_cluster_free(c);
    const char two[] = "Ange\xCC\x81 and Zoe\xCC\x88 met Rene\xCC\x81" "e.";
    c = precis_cluster_new();
    precis_cluster_add_text(c, two, sizeof two - 1, NULL, "t.txt");
    d = &c->docs[0];
    CHECK_STR(d->text, "Ang\xC3\xA9 and Zo\xC3\xAB met Ren\xC3\xA9" "e.");
    p = strstr(d->text, "met");
    CHECK_INT(pc_doc_orig(d, (size_t)(p - d->text)), (size_t)(strstr(two, "met") - two));
    precis_cluster_free(c);
}

static void bad_inputs(void)
{
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_add_path(c, "/nonexistent/file.txt", PRECIS_INPUT_AUTO), -1);
    CHECK(find_diag(c, "No such file") != NULL);
    CHECK_INT(precis_cluster_add_buffer(c, "  \n\t ", 5, "e.txt", PRECIS_INPUT_AUTO), -1);
    CHECK(find_diag(c, "empty file") != NULL);
    const char bin[] = "ELF\0\0\x01binary";
    CHECK_INT(precis_cluster_add_buffer(c, bin, sizeof bin - 1, "b.bin", PRECIS_INPUT_AUTO), -1);
    const precis_diag *d = find_diag(c, "binary file");
    CHECK(d != NULL);
    if (d) CHECK_INT(d->offset, 3);
    CHECK_INT(precis_cluster_doc_count(c), 0);
    precis_cluster_free(c);
}

static void directory_sorted_and_skips_hidden(void)
{
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_add_path(c, t_src("examples/kuril-islands"), PRECIS_INPUT_AUTO), 5);
    for (int i = 0; i < 5; i++) {
        char want[32];
        snprintf(want, sizeof want, "article-%d.txt", i + 1);
        CHECK_STR(precis_doc_id(c, (size_t)i), want);
    }
    /* article-4's "date 2019-01-23" header line becomes its date */
    CHECK_INT(precis_doc_date(c, 3).year, 2019);
    CHECK_INT(precis_doc_date(c, 3).month, 1);
    CHECK_INT(precis_doc_date(c, 3).day, 23);
    precis_cluster_free(c);
}

static void date_parsing(void)
{
    static const struct {
        const char *in;
        int y, m, d;
    } cases[] = {{"2019-01-23", 2019, 1, 23},        {"1999-07-07 08:30:27", 1999, 7, 7},
                 {"2019-01-23T10:00:00Z", 2019, 1, 23}, {"19990707", 1999, 7, 7},
                 {"January 23, 2019", 2019, 1, 23},  {"23 Jan 2019", 2019, 1, 23},
                 {"2019/02/29", 0, 0, 0},            {"not a date", 0, 0, 0},
                 {"2020-02-29", 2020, 2, 29},        {"1999-13-01", 0, 0, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        precis_date d = {0, 0, 0};
        int ok = pc_parse_date(cases[i].in, strlen(cases[i].in), &d);
        CHECK_INT(ok, cases[i].y != 0);
        CHECK_INT(d.year, cases[i].y);
        CHECK_INT(d.month, cases[i].m);
        CHECK_INT(d.day, cases[i].d);
    }
}


/* --charset: Latin-1 bytes are read as text, offsets still count the
 * file's bytes; an unknown name is refused and changes nothing; without it
 * the same bytes are invalid UTF-8 and the warning suggests latin1. */
static void charset_latin1_keeps_offsets(void)
{
    const char text[] = "Le caf\xE9 de la place a ferm\xE9 ses portes hier soir. Les clients sont partis.";
    precis_cluster *c = precis_cluster_new();
    CHECK_INT(precis_cluster_set_charset(c, "no-such-charset"), -1);
    CHECK_INT(precis_cluster_set_charset(c, "latin1"), 0);
    CHECK(precis_cluster_add_buffer(c, text, sizeof text - 1, "l.txt", PRECIS_INPUT_TEXT) == 1);
    CHECK(find_diag(c, "invalid UTF-8") == NULL);
    pc_doc *doc = &c->docs[0];
    const char *p = strstr(doc->text, "caf\xC3\xA9 de");
    CHECK(p != NULL);
    const char *q = strstr(doc->text, "ses portes");
    if (q) CHECK_INT(pc_doc_orig(doc, (size_t)(q - doc->text)), (size_t)(strstr(text, "ses portes") - text));
    precis_cluster_free(c);

    c = precis_cluster_new();
    CHECK(precis_cluster_add_buffer(c, text, sizeof text - 1, "l.txt", PRECIS_INPUT_TEXT) == 1);
    const precis_diag *d = find_diag(c, "invalid UTF-8");
    CHECK(d != NULL && strstr(d->message, "--charset latin1") != NULL);
    precis_cluster_free(c);
}

TESTS(read_tests) = {
    {"read/charset_latin1_keeps_offsets", charset_latin1_keeps_offsets},
    {"read/sgml_metadata_and_offsets", sgml_metadata_and_offsets},
    {"read/json_cluster", json_cluster},
    {"read/json_errors", json_errors},
    {"read/invalid_utf8_replaced_with_offset", invalid_utf8_replaced_with_offset},
    {"read/nfc_normalisation_keeps_offsets", nfc_normalisation_keeps_offsets},
    {"read/bad_inputs", bad_inputs},
    {"read/directory_sorted_and_skips_hidden", directory_sorted_and_skips_hidden},
    {"read/date_parsing", date_parsing},
    END_TESTS,
};
