/*
 * render_json.c — JSON for machines: every sentence with its document,
 * sentence index, byte offsets in the original input, score and the other
 * documents that carry a near-duplicate; then the documents' metadata.
 */
#include "summary.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *pc_render_json(const precis_summary *s);
char *pc_render_json_line(const precis_summary *s);

static json_t *date_json(const precis_date *d)
{
    if (!d->year) return json_null();
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return json_string(buf);
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *summary_json(const precis_summary *s);

char *pc_render_json(const precis_summary *s)
{
    json_t *root = summary_json(s);
    char *out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    json_decref(root);
    size_t n = strlen(out);
    char *res = pc_xmalloc(n + 2);
    memcpy(res, out, n);
    res[n] = '\n';
    res[n + 1] = 0;
    free(out);
    return res;
}

/* One line of JSON Lines (no newline).  It carries no input line number,
 * so that summarising a stream in pieces and concatenating the results
 * gives the same bytes as one run (batch.c's error records carry one). */
char *pc_render_json_line(const precis_summary *s)
{
    json_t *root = summary_json(s);
    char *out = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    json_decref(root);
    char *res = pc_strdup(out);
    free(out);
    return res;
}

static json_t *summary_json(const precis_summary *s)
{
    static const char *const units[] = {"words", "bytes", "sentences"};
    json_t *root = json_object();
    json_object_set_new(root, "cluster", str_or_null(s->cluster_id));
    json_object_set_new(root, "method", json_string(s->method));
    json_object_set_new(root, "query", str_or_null(s->query));
    if (s->note) json_object_set_new(root, "method_note", json_string(s->note));
    json_t *budget = json_object();
    json_object_set_new(budget, "unit", json_string(units[s->unit]));
    json_object_set_new(budget, "limit", json_integer((json_int_t)s->budget));
    json_object_set_new(root, "budget", budget);
    json_object_set_new(root, "words", json_integer((json_int_t)s->words));
    json_t *sents = json_array();
    for (size_t i = 0; i < s->n; i++) {
        const precis_sentence *st = &s->s[i];
        json_t *o = json_object();
        json_object_set_new(o, "text", json_string(st->text));
        json_object_set_new(o, "doc", json_string(st->doc_id));
        json_object_set_new(o, "doc_index", json_integer((json_int_t)st->doc_index));
        json_object_set_new(o, "sentence", json_integer((json_int_t)st->sentence_index));
        json_object_set_new(o, "start", json_integer((json_int_t)st->start));
        json_object_set_new(o, "end", json_integer((json_int_t)st->end));
        json_object_set_new(o, "score", json_real(st->score));
        json_object_set_new(o, "truncated", json_boolean(s->truncated[i]));
        json_t *also = json_array();
        for (size_t k = 0; k < st->also_count; k++)
            json_array_append_new(also, json_string(s->docs[st->also_docs[k]].id));
        json_object_set_new(o, "also_in", also);
        json_array_append_new(sents, o);
    }
    json_object_set_new(root, "sentences", sents);
    json_t *docs = json_array();
    for (size_t i = 0; i < s->ndocs; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(s->docs[i].id));
        json_object_set_new(o, "file", str_or_null(s->docs[i].name));
        json_object_set_new(o, "title", str_or_null(s->docs[i].title));
        json_object_set_new(o, "source", str_or_null(s->docs[i].source));
        json_object_set_new(o, "date", date_json(&s->docs[i].date));
        json_array_append_new(docs, o);
    }
    json_object_set_new(root, "documents", docs);
    return root;
}
