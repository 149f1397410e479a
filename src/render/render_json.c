/*
 * render_json.c — JSON for machines: every sentence with its document,
 * sentence index, byte offsets in the original input, score and the other
 * documents that carry a near-duplicate; then the documents' metadata.
 *
 * Every reference inside one output resolves inside it: documents are
 * named by ids listed in the same object's "documents", and a quote's
 * "entity" is the "id" of an entity listed in the same output, or null
 * (pc_json_dump resolves it, see link_quotes).  docs/json.md documents
 * every field; docs/schema/ has a JSON Schema for each command.
 */
#include "render/render.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* A document's date as far as it is known: YYYY-MM-DD, YYYY-MM, YYYY or null. */
static json_t *date_json(const precis_date *d)
{
    if (!d->year) return json_null();
    char buf[16];
    return json_string(precis_date_label(*d, !d->month ? PRECIS_GRAIN_YEAR
                                             : !d->day ? PRECIS_GRAIN_MONTH
                                                       : PRECIS_GRAIN_DAY, buf));
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *summary_json(const precis_summary *s);
static json_t *docs_json(const pc_docmeta *docs, size_t n);
static void link_quotes(json_t *root);

/* A sentence with its attribution; `truncated` < 0 leaves that field out. */
static void sentence_fields(json_t *o, const precis_sentence *st, const pc_docmeta *docs,
                            int truncated)
{
    json_object_set_new(o, "text", json_string(st->text));
    json_object_set_new(o, "doc", json_string(st->doc_id));
    json_object_set_new(o, "doc_index", json_integer((json_int_t)st->doc_index));
    json_object_set_new(o, "sentence", json_integer((json_int_t)st->sentence_index));
    json_object_set_new(o, "start", json_integer((json_int_t)st->start));
    json_object_set_new(o, "end", json_integer((json_int_t)st->end));
    json_object_set_new(o, "score", json_real(st->score));
    if (truncated >= 0) json_object_set_new(o, "truncated", json_boolean(truncated));
    json_t *also = json_array();
    for (size_t k = 0; k < st->also_count; k++)
        json_array_append_new(also, json_string(docs[st->also_docs[k]].id));
    json_object_set_new(o, "also_in", also);
}

/* Indented JSON with a final newline; takes the value. */
char *pc_json_dump(void *json)
{
    link_quotes(json);
    char *out = json_dumps(json, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    json_decref(json);
    size_t n = strlen(out);
    char *res = pc_xmalloc(n + 2);
    memcpy(res, out, n);
    res[n] = '\n';
    res[n + 1] = 0;
    free(out);
    return res;
}

char *pc_render_json(const precis_summary *s) { return pc_json_dump(summary_json(s)); }

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
    json_object_set_new(root, "language", str_or_null(s->language));
    json_object_set_new(root, "method", json_string(s->method));
    json_object_set_new(root, "query", str_or_null(s->query));
    /* warnings: a language precis has no resources for, then a query that
     * matches nothing (#21) */
    const char *lw = s->language ? precis_language_warning(s->language) : NULL;
    if (lw || s->warning) {
        json_t *w = json_array();
        if (lw) json_array_append_new(w, json_string(lw));
        if (s->warning) json_array_append_new(w, json_string(s->warning));
        json_object_set_new(root, "warnings", w);
    }
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
        sentence_fields(o, st, s->docs, s->truncated[i]);
        json_array_append_new(sents, o);
    }
    json_object_set_new(root, "sentences", sents);
    json_object_set_new(root, "documents", docs_json(s->docs, s->ndocs));
    return root;
}

/* ---- the story's structure -------------------------------------------- */

void *pc_summary_json(const precis_summary *s) { return summary_json(s); }


static json_t *label_json(precis_date d, precis_grain g)
{
    char buf[16];
    return d.year ? json_string(precis_date_label(d, g, buf)) : json_null();
}

/* The cluster's documents, in cluster order (a sentence's "doc_index" is
 * its place here): the same five fields in every output. */
static json_t *docs_json(const pc_docmeta *docs, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(docs[i].id));
        json_object_set_new(o, "file", str_or_null(docs[i].name));
        json_object_set_new(o, "title", str_or_null(docs[i].title));
        json_object_set_new(o, "source", str_or_null(docs[i].source));
        json_object_set_new(o, "date", date_json(&docs[i].date));
        json_array_append_new(a, o);
    }
    return a;
}

void *pc_timeline_json(const precis_timeline *t)
{
    json_t *root = json_object();
    json_object_set_new(root, "cluster", str_or_null(t->cluster_id));
    json_object_set_new(root, "language", json_string(t->language));
    json_t *dates = json_array();
    for (size_t k = 0; k < t->n; k++) {
        const precis_timeline_entry *e = &t->e[k];
        json_t *o = json_object();
        json_object_set_new(o, "date", label_json(e->date, e->grain));
        json_object_set_new(o, "grain", json_string(precis_grain_name(e->grain)));
        json_object_set_new(o, "mentions", json_integer((json_int_t)e->mentions));
        json_object_set_new(o, "documents", json_integer((json_int_t)e->ndocs));
        json_t *ss = json_array();
        for (size_t i = 0; i < e->nsentences; i++) {
            const precis_sentence *st = &e->sentences[i];
            json_t *so = json_object();
            sentence_fields(so, st, t->docs, -1);
            json_array_append_new(ss, so);
        }
        json_object_set_new(o, "sentences", ss);
        json_array_append_new(dates, o);
    }
    json_object_set_new(root, "dates", dates);
    json_t *un = json_array();
    for (size_t i = 0; i < t->nu; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "text", json_string(t->u[i].text));
        json_object_set_new(o, "doc", json_string(t->u[i].doc_id));
        json_object_set_new(o, "start", json_integer((json_int_t)t->u[i].start));
        json_object_set_new(o, "end", json_integer((json_int_t)t->u[i].end));
        json_object_set_new(o, "grain", json_string(precis_grain_name(t->u[i].grain)));
        json_array_append_new(un, o);
    }
    json_object_set_new(root, "unresolved", un);
    json_object_set_new(root, "documents", docs_json(t->docs, t->ndocs));
    return root;
}

void *pc_entities_json(const precis_entities *e)
{
    json_t *root = json_object();
    json_object_set_new(root, "cluster", str_or_null(e->cluster_id));
    json_t *arr = json_array();
    for (size_t k = 0; k < e->n; k++) {
        const precis_entity *en = &e->e[k];
        json_t *o = json_object();
        /* the id is the entity's place in this list: a quote's "entity" */
        json_object_set_new(o, "id", json_integer((json_int_t)k));
        json_object_set_new(o, "name", json_string(en->name));
        json_object_set_new(o, "type", json_string(precis_entity_type_name(en->type)));
        json_object_set_new(o, "mentions", json_integer((json_int_t)en->nmentions));
        json_object_set_new(o, "documents", json_integer((json_int_t)en->ndocs));
        json_t *al = json_array();
        for (size_t a = 0; a < en->naliases; a++) json_array_append_new(al, json_string(en->aliases[a]));
        json_object_set_new(o, "aliases", al);
        json_t *per = json_object();
        for (size_t d = 0; d < en->ndocs; d++)
            json_object_set_new(per, e->docs[en->docs[d]].id, json_integer((json_int_t)en->doc_mentions[d]));
        json_object_set_new(o, "per_document", per);
        json_t *ms = json_array();
        for (size_t i = 0; i < en->nmentions; i++) {
            json_t *m = json_object();
            json_object_set_new(m, "doc", json_string(e->docs[en->mentions[i].doc_index].id));
            json_object_set_new(m, "start", json_integer((json_int_t)en->mentions[i].start));
            json_object_set_new(m, "end", json_integer((json_int_t)en->mentions[i].end));
            json_object_set_new(m, "text", json_string(en->mentions[i].text));
            json_array_append_new(ms, m);
        }
        json_object_set_new(o, "mention_spans", ms);
        json_array_append_new(arr, o);
    }
    json_object_set_new(root, "entities", arr);
    json_object_set_new(root, "language", json_string(e->lang));
    if (e->note) json_object_set_new(root, "note", json_string(e->note));
    json_object_set_new(root, "documents", docs_json(e->docs, e->ndocs));
    return root;
}

void *pc_quotes_json(const precis_quotes *q)
{
    json_t *root = json_object();
    json_object_set_new(root, "cluster", str_or_null(q->cluster_id));
    json_object_set_new(root, "language", str_or_null(q->language[0] ? q->language : NULL));
    json_t *arr = json_array();
    for (size_t k = 0; k < q->n; k++) {
        const precis_quote *x = &q->q[k];
        json_t *o = json_object();
        json_object_set_new(o, "text", json_string(x->text));
        json_object_set_new(o, "speaker", str_or_null(x->speaker_name));
        json_object_set_new(o, "speaker_as_written", str_or_null(x->speaker));
        json_object_set_new(o, "entity", x->entity >= 0 ? json_integer(x->entity) : json_null());
        json_object_set_new(o, "cue", str_or_null(x->cue));
        json_object_set_new(o, "doc", json_string(x->doc_id));
        json_object_set_new(o, "start", json_integer((json_int_t)x->start));
        json_object_set_new(o, "end", json_integer((json_int_t)x->end));
        json_array_append_new(arr, o);
    }
    json_object_set_new(root, "quotes", arr);
    json_object_set_new(root, "documents", docs_json(q->docs, q->ndocs));
    return root;
}

void *pc_quotes_json_alone(const precis_quotes *q)
{
    json_t *root = pc_quotes_json(q);
    json_t *arr = json_array();
    for (size_t i = 0; i < q->nspk; i++) {
        if (!q->spk_name[i]) continue;
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer((json_int_t)json_array_size(arr)));
        json_object_set_new(o, "name", json_string(q->spk_name[i]));
        json_object_set_new(o, "type", json_string(precis_entity_type_name((precis_entity_type)q->spk_type[i])));
        json_array_append_new(arr, o);
    }
    /* before "documents", as the other outputs order their lists */
    json_t *docs = json_incref(json_object_get(root, "documents"));
    json_object_del(root, "documents");
    json_object_set_new(root, "entities", arr);
    json_object_set_new(root, "documents", docs);
    return root;
}

/* ---- references inside one output ---------------------------------------
 * A quote's speaker is found as an index in the entity list the quotes were
 * found with, which is not what an output lists: a digest lists only the
 * leading entities, `precis quotes` none.  So pc_quotes_json writes that
 * index, and once the output is complete pc_json_dump turns it into the
 * "id" of the entity the same output lists with that name, or null. */

/* The list `key` of an output: root[key] when an array (the command's own
 * output), or root[key][key] (a section of a digest); else NULL. */
static json_t *list_of(json_t *root, const char *key)
{
    json_t *v = json_object_get(root, key);
    if (json_is_object(v)) v = json_object_get(v, key);
    return json_is_array(v) ? v : NULL;
}

/* The id of the listed entity a quote's speaker is: the one at the index
 * found, if its name is the speaker's, else the only one of that name. */
static json_t *listed_entity(json_t *ents, json_t *quote, json_int_t found)
{
    json_t *speaker = json_object_get(quote, "speaker");
    json_t *at = found >= 0 ? json_array_get(ents, (size_t)found) : NULL;
    if (at && json_equal(json_object_get(at, "name"), speaker)) return json_object_get(at, "id");
    json_t *match = NULL, *en;
    size_t i;
    json_array_foreach(ents, i, en) {
        if (!json_equal(json_object_get(en, "name"), speaker)) continue;
        if (match) return NULL; /* two of that name: not this one's to choose */
        match = en;
    }
    return match ? json_object_get(match, "id") : NULL;
}

static void link_quotes(json_t *root)
{
    json_t *quotes = list_of(root, "quotes");
    if (!quotes) return;
    json_t *ents = list_of(root, "entities");
    json_t *q;
    size_t i;
    json_array_foreach(quotes, i, q) {
        json_t *found = json_object_get(q, "entity");
        if (!json_is_integer(found)) continue;
        json_t *id = ents ? listed_entity(ents, q, json_integer_value(found)) : NULL;
        json_object_set(q, "entity", id ? id : json_null());
    }
}

/* ---- an article extracted from a page ---------------------------------- */

void *pc_article_json(const precis_article *a)
{
    static const char *const kinds[] = {"paragraph", "heading", "list-item", "quote", "pre"};
    json_t *o = json_object();
    json_object_set_new(o, "title", str_or_null(a->title));
    json_object_set_new(o, "date", str_or_null(a->date));
    json_object_set_new(o, "author", str_or_null(a->author));
    json_object_set_new(o, "site", str_or_null(a->site));
    json_object_set_new(o, "url", str_or_null(a->url));
    json_object_set_new(o, "lang", str_or_null(a->lang));
    json_object_set_new(o, "encoding", json_string(a->encoding));
    json_object_set_new(o, "text", json_string(a->text));
    json_t *ps = json_array();
    for (size_t i = 0; i < a->nparagraphs; i++) {
        const precis_paragraph *p = &a->paragraphs[i];
        json_array_append_new(ps, json_pack("{s:s, s:I, s:I, s:s}", "text", p->text, "start",
                                            (json_int_t)p->start, "end", (json_int_t)p->end,
                                            "kind", kinds[p->kind]));
    }
    json_object_set_new(o, "paragraphs", ps);
    return o;
}
