/*
 * expressions.c — precis dates: every date expression of a cluster, with
 * its document, its bytes in the input, its TIMEX3 value and what it was
 * resolved against; and its text and JSON renderings.
 *
 * The expressions come from dates/dates.c (pc_find_timex), run over each
 * document's working text (what cleaning kept: datelines, bylines and
 * metadata lines are blanked out of it, so they give no dates) in the
 * document's language, against the document's date; working offsets are
 * mapped back to the input with pc_doc_orig, as quotes and the timeline
 * do.  A story module (over the core: clusters, documents, offsets) beside
 * the timeline.  Measured on TimeML newswire by bench/story-dates: value F1
 * 0.890 on the 73 articles of timeml-dev (precis dates as first committed:
 * 0.827).
 */
#include "internal.h"
#include "dates/dates.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct precis_dates {
    precis_date_expression *e;
    size_t n, cap;
    char **strings;           /* every string the expressions point to */
    size_t ns, caps;
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
    char lang[32];
};

/* A string owned by the result. */
static const char *keep(precis_dates *r, char *s)
{
    PC_GROW(r->strings, r->caps, r->ns + 1);
    r->strings[r->ns++] = s;
    return s;
}

/* The language the expressions of document d are read in: the cluster's
 * setting, else the document's own, else English. */
static const char *doc_language(const precis_cluster *c, const pc_doc *d)
{
    if (c->lang_set[0]) return c->lang_set;
    return d->lang[0] ? d->lang : "english";
}

/* The expressions of text[0..len), whose byte k is working byte base + k
 * of document di, appended to r. */
static void add_from(precis_dates *r, const precis_cluster *c, size_t di, const char *text,
                     size_t len, size_t base)
{
    const pc_doc *d = &c->docs[di];
    size_t n = pc_find_timex(text, len, d->date, doc_language(c, d), NULL, 0);
    if (!n) return;
    pc_timex *x = pc_xcalloc(n, sizeof *x);
    n = pc_find_timex(text, len, d->date, doc_language(c, d), x, n);
    for (size_t i = 0; i < n; i++) {
        char v[16];
        PC_GROW(r->e, r->cap, r->n + 1);
        precis_date_expression *e = &r->e[r->n++];
        memset(e, 0, sizeof *e);
        e->doc_index = di;
        e->doc_id = r->docs[di].id;
        e->start = pc_doc_orig(d, base + x[i].start);
        e->end = pc_doc_orig(d, base + x[i].end);
        e->text = keep(r, pc_fold(text + x[i].start, x[i].end - x[i].start));
        pc_timex_value(x[i].date, x[i].grain, v);
        if (x[i].generic && x[i].relative && v[0] && x[i].grain != PRECIS_GRAIN_WEEK)
            memcpy(v, "XXXX", 4); /* a habit: the month of any year, TIMEX3's XXXX-10 */
        e->value = v[0] ? keep(r, pc_strdup(v)) : NULL;
        e->type = "DATE";
        e->date = x[i].date;
        e->grain = x[i].grain <= PRECIS_GRAIN_DAY ? (precis_grain)x[i].grain : PRECIS_GRAIN_YEAR;
        e->future = x[i].future;
        if (x[i].anchored) {
            e->anchor = "text";
            e->anchor_value = keep(r, pc_strdup(pc_timex_value(x[i].anchor, PRECIS_GRAIN_DAY, v)));
        } else if (x[i].relative && d->date.year) {
            e->anchor = "document date";
            e->anchor_value = keep(r, pc_strdup(pc_timex_value(d->date, PRECIS_GRAIN_DAY, v)));
        }
    }
    free(x);
}

/* Order of expressions: by document, then position. */
static int by_place(const void *a, const void *b)
{
    const precis_date_expression *x = a, *y = b;
    if (x->doc_index != y->doc_index) return x->doc_index < y->doc_index ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

precis_dates *precis_dates_build(precis_cluster *c)
{
    if (!c) return NULL;
    precis_dates *r = pc_xcalloc(1, sizeof *r);
    r->docs = pc_copy_docs(c, &r->ndocs);
    r->cluster_id = c->id ? pc_strdup(c->id) : NULL;
    snprintf(r->lang, sizeof r->lang, "%s", pc_language(c));
    for (size_t di = 0; di < c->ndocs; di++) {
        const pc_doc *d = &c->docs[di];
        add_from(r, c, di, d->text, d->len, 0);
        /* a dateline ("BEIJING, August 7 (Xinhua) --") is blanked out of the
         * working text, but its date is the story's: read from the removed
         * text when that is the working bytes unchanged (one line, single
         * spaces) */
        for (size_t k = 0; k < d->nrm; k++) {
            const pc_removal *rm = &d->rm[k];
            if (rm->reason == PC_RM_DATELINE && rm->text && strlen(rm->text) == rm->end - rm->start)
                add_from(r, c, di, rm->text, strlen(rm->text), rm->start);
        }
    }
    if (r->n > 1) qsort(r->e, r->n, sizeof *r->e, by_place);
    return r;
}

void precis_dates_free(precis_dates *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->ns; i++) free(r->strings[i]);
    free(r->strings);
    free(r->e);
    pc_free_docs(r->docs, r->ndocs);
    free(r->cluster_id);
    free(r);
}

size_t precis_dates_count(const precis_dates *r) { return r ? r->n : 0; }

const precis_date_expression *precis_dates_at(const precis_dates *r, size_t i)
{
    return r && i < r->n ? &r->e[i] : NULL;
}

const char *precis_dates_language(const precis_dates *r) { return r ? r->lang : "english"; }

/* A string field, or null. */
static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* A document's date as TIMEX3, or null. */
static json_t *doc_date(precis_date d)
{
    if (!d.year) return json_null();
    char v[16];
    return json_string(pc_timex_value(d, !d.month ? PRECIS_GRAIN_YEAR : !d.day ? PRECIS_GRAIN_MONTH
                                                                              : PRECIS_GRAIN_DAY, v));
}

/* The JSON: {"cluster", "language", "expressions": [...], "documents": [...]}. */
static char *render_json(const precis_dates *r)
{
    json_t *root = json_object();
    json_object_set_new(root, "cluster", str_or_null(r->cluster_id));
    json_object_set_new(root, "language", json_string(r->lang));
    json_t *a = json_array();
    for (size_t i = 0; i < r->n; i++) {
        const precis_date_expression *e = &r->e[i];
        json_t *o = json_object();
        json_object_set_new(o, "doc", json_string(e->doc_id));
        json_object_set_new(o, "doc_index", json_integer((json_int_t)e->doc_index));
        json_object_set_new(o, "start", json_integer((json_int_t)e->start));
        json_object_set_new(o, "end", json_integer((json_int_t)e->end));
        json_object_set_new(o, "text", json_string(e->text));
        json_object_set_new(o, "value", str_or_null(e->value));
        json_object_set_new(o, "type", json_string(e->type));
        json_object_set_new(o, "grain", json_string(precis_grain_name(e->grain)));
        json_object_set_new(o, "anchor", str_or_null(e->anchor));
        json_object_set_new(o, "anchor_value", str_or_null(e->anchor_value));
        json_object_set_new(o, "future", json_boolean(e->future));
        json_array_append_new(a, o);
    }
    json_object_set_new(root, "expressions", a);
    json_t *docs = json_array();
    for (size_t i = 0; i < r->ndocs; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(r->docs[i].id));
        json_object_set_new(o, "file", str_or_null(r->docs[i].name));
        json_object_set_new(o, "title", str_or_null(r->docs[i].title));
        json_object_set_new(o, "source", str_or_null(r->docs[i].source));
        json_object_set_new(o, "date", doc_date(r->docs[i].date));
        json_array_append_new(docs, o);
    }
    json_object_set_new(root, "documents", docs);
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!s) return NULL;
    char *out = pc_xmalloc(strlen(s) + 2);
    snprintf(out, strlen(s) + 2, "%s\n", s);
    free(s);
    return out;
}

char *precis_dates_render(const precis_dates *r, precis_format fmt)
{
    if (!r) return NULL;
    if (fmt == PRECIS_FORMAT_JSON) return render_json(r);
    pc_buf b = {0};
    pc_buf_putc(&b, 0);
    b.len = 0;
    for (size_t i = 0; i < r->n; i++) {
        const precis_date_expression *e = &r->e[i];
        const char *how = !e->anchor ? "" : strcmp(e->anchor, "text") == 0 ? "  (from the text)"
                                                                          : "";
        pc_buf_printf(&b, "%-10s  %s  %zu-%zu  %s%s\n", e->value ? e->value : "?", e->doc_id,
                      e->start, e->end, e->text, how);
    }
    return pc_buf_take(&b);
}
