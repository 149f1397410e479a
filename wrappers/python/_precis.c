/*
 * _precis.c — the CPython extension under the `precis` Python package: a thin
 * layer over precis.h that turns the library's results into tuples and lists
 * (precis/__init__.py makes them classes).  Every call into the library runs
 * with the GIL released; a cluster has a lock of its own, so threads may
 * share one (they take turns) and distinct clusters work in parallel.
 * Nothing here aborts: failures become exceptions carrying the library's
 * message.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>

#include <precis.h>

#include <stdlib.h>
#include <string.h>

static PyObject *PrecisError; /* precis.Error */

/* ---------------------------------------------------------------------- */
/* Conversions                                                             */
/* ---------------------------------------------------------------------- */

/* A library string as str (None for NULL); undecodable bytes, which the
 * library should never give, become U+FFFD rather than an exception. */
static PyObject *str_or_none(const char *s)
{
    if (!s) Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static PyObject *date_tuple(precis_date d)
{
    if (!d.year) Py_RETURN_NONE;
    return Py_BuildValue("(iii)", d.year, d.month, d.day);
}

/* Set an exception from the library's last error: ValueError for what the
 * options got wrong, MemoryError when it ran out of memory. */
static void raise_last_error(const char *msg)
{
    if (!msg || !*msg || strstr(msg, "out of memory")) PyErr_SetString(PyExc_MemoryError, msg && *msg ? msg : "out of memory");
    else PyErr_SetString(PyExc_ValueError, msg);
}

/* ---------------------------------------------------------------------- */
/* The cluster type                                                        */
/* ---------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    precis_cluster *c;
    PyThread_type_lock lock;    /* held while the library works on c */
    unsigned long owner;        /* the thread holding it, 0 when free */
} ClusterObject;

/* Take the cluster's lock with the GIL released (a thread waiting for it
 * must not hold the GIL, or the holder could never give it back).  Fails
 * with RuntimeError when this thread already holds it (a finalizer run
 * while a result is built, calling back into the same cluster). */
static int cluster_lock(ClusterObject *self)
{
    if (self->owner == PyThread_get_thread_ident()) {
        PyErr_SetString(PyExc_RuntimeError, "precis.Cluster used again while this thread is using it");
        return -1;
    }
    if (!PyThread_acquire_lock(self->lock, NOWAIT_LOCK)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(self->lock, WAIT_LOCK);
        Py_END_ALLOW_THREADS
    }
    self->owner = PyThread_get_thread_ident();
    return 0;
}

static void cluster_unlock(ClusterObject *self)
{
    self->owner = 0;
    PyThread_release_lock(self->lock);
}

static PyObject *Cluster_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    (void)args, (void)kw;
    ClusterObject *self = (ClusterObject *)type->tp_alloc(type, 0);
    if (!self) return NULL;
    self->lock = PyThread_allocate_lock();
    self->c = precis_cluster_new();
    if (!self->lock || !self->c) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    return (PyObject *)self;
}

static void Cluster_dealloc(ClusterObject *self)
{
    precis_cluster_free(self->c);
    if (self->lock) PyThread_free_lock(self->lock);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static Py_ssize_t Cluster_len(ClusterObject *self)
{
    if (cluster_lock(self)) return -1;
    size_t n = precis_cluster_doc_count(self->c);
    cluster_unlock(self);
    return (Py_ssize_t)n;
}

/* _add_path(path: bytes, how: int) -> int: documents added, or -1. */
static PyObject *Cluster_add_path(ClusterObject *self, PyObject *args)
{
    const char *path;
    int how;
    if (!PyArg_ParseTuple(args, "yi:_add_path", &path, &how)) return NULL;
    if (cluster_lock(self)) return NULL;
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = precis_cluster_add_path(self->c, path, (precis_input)how);
    Py_END_ALLOW_THREADS
    cluster_unlock(self);
    return PyLong_FromLong(r);
}

/* _add_text(text: buffer, id, date, source, title, name) -> 0 or -1. */
static PyObject *Cluster_add_text(ClusterObject *self, PyObject *args)
{
    Py_buffer text;
    precis_doc_info info = {0};
    const char *name;
    if (!PyArg_ParseTuple(args, "y*zzzzz:_add_text", &text, &info.id, &info.date, &info.source,
                          &info.title, &name))
        return NULL;
    if (cluster_lock(self)) {
        PyBuffer_Release(&text);
        return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = precis_cluster_add_text(self->c, text.buf, (size_t)text.len, &info, name);
    Py_END_ALLOW_THREADS
    cluster_unlock(self);
    PyBuffer_Release(&text);
    return PyLong_FromLong(r);
}

/* _add_buffer(data: buffer, name, how) -> documents added, or -1. */
static PyObject *Cluster_add_buffer(ClusterObject *self, PyObject *args)
{
    Py_buffer data;
    const char *name;
    int how;
    if (!PyArg_ParseTuple(args, "y*zi:_add_buffer", &data, &name, &how)) return NULL;
    if (cluster_lock(self)) {
        PyBuffer_Release(&data);
        return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = precis_cluster_add_buffer(self->c, data.buf, (size_t)data.len, name, (precis_input)how);
    Py_END_ALLOW_THREADS
    cluster_unlock(self);
    PyBuffer_Release(&data);
    return PyLong_FromLong(r);
}

/* _add_html(html: buffer, name, url, charset) -> 0 or -1. */
static PyObject *Cluster_add_html(ClusterObject *self, PyObject *args)
{
    Py_buffer html;
    const char *name, *url, *charset;
    if (!PyArg_ParseTuple(args, "y*zzz:_add_html", &html, &name, &url, &charset)) return NULL;
    if (cluster_lock(self)) {
        PyBuffer_Release(&html);
        return NULL;
    }
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = precis_cluster_add_html(self->c, html.buf, (size_t)html.len, name, url, charset);
    Py_END_ALLOW_THREADS
    cluster_unlock(self);
    PyBuffer_Release(&html);
    return PyLong_FromLong(r);
}

/* _diagnostics(start=0) -> [(severity, file, line, offset, message)], from
 * the start-th on. */
static PyObject *Cluster_diagnostics(ClusterObject *self, PyObject *args)
{
    Py_ssize_t from = 0;
    if (!PyArg_ParseTuple(args, "|n:_diagnostics", &from)) return NULL;
    if (cluster_lock(self)) return NULL;
    size_t n = precis_cluster_diag_count(self->c);
    PyObject *list = PyList_New(0);
    for (size_t i = from < 0 ? 0 : (size_t)from; list && i < n; i++) {
        const precis_diag *d = precis_cluster_diag(self->c, i);
        PyObject *t = Py_BuildValue("(iNllN)", (int)d->severity, str_or_none(d->file), d->line,
                                    d->offset, str_or_none(d->message));
        if (!t || PyList_Append(list, t)) Py_CLEAR(list);
        Py_XDECREF(t);
    }
    cluster_unlock(self);
    return list;
}

/* _documents() -> [(id, title, source, date)], date (y, m, d) or None. */
static PyObject *Cluster_documents(ClusterObject *self, PyObject *noargs)
{
    (void)noargs;
    if (cluster_lock(self)) return NULL;
    size_t n = precis_cluster_doc_count(self->c);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        PyObject *t = Py_BuildValue("(NNNN)", str_or_none(precis_doc_id(self->c, i)),
                                    str_or_none(precis_doc_title(self->c, i)),
                                    str_or_none(precis_doc_source(self->c, i)),
                                    date_tuple(precis_doc_date(self->c, i)));
        if (!t) Py_CLEAR(list);
        else PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    cluster_unlock(self);
    return list;
}

static PyObject *Cluster_get_id(ClusterObject *self, void *closure)
{
    (void)closure;
    if (cluster_lock(self)) return NULL;
    PyObject *r = str_or_none(precis_cluster_id(self->c));
    cluster_unlock(self);
    return r;
}

/* The documents' ids as str, by index (the lock held). */
static PyObject *doc_ids(precis_cluster *c)
{
    size_t n = precis_cluster_doc_count(c);
    PyObject *ids = PyTuple_New((Py_ssize_t)n);
    for (size_t i = 0; ids && i < n; i++) {
        PyObject *s = str_or_none(precis_doc_id(c, i));
        if (!s) Py_CLEAR(ids);
        else PyTuple_SET_ITEM(ids, (Py_ssize_t)i, s);
    }
    return ids;
}

static PyObject *doc_id_at(PyObject *ids, size_t i)
{
    if (i < (size_t)PyTuple_GET_SIZE(ids)) return Py_NewRef(PyTuple_GET_ITEM(ids, (Py_ssize_t)i));
    Py_RETURN_NONE;
}

/* A sentence: (text, doc_id, doc_index, sentence_index, start, end, score,
 * also_in, truncated). */
static PyObject *sentence_tuple(const precis_sentence *st, PyObject *ids, int truncated)
{
    PyObject *also = PyTuple_New((Py_ssize_t)st->also_count);
    if (!also) return NULL;
    for (size_t k = 0; k < st->also_count; k++)
        PyTuple_SET_ITEM(also, (Py_ssize_t)k, doc_id_at(ids, st->also_docs[k]));
    return Py_BuildValue("(NNnnnndNO)", str_or_none(st->text), str_or_none(st->doc_id),
                         (Py_ssize_t)st->doc_index, (Py_ssize_t)st->sentence_index,
                         (Py_ssize_t)st->start, (Py_ssize_t)st->end, st->score, also,
                         truncated ? Py_True : Py_False);
}

/* ---- summaries --------------------------------------------------------- */

/* The options of a summary, parsed from (unit, budget, method, query, params,
 * order, truncate, language, idf, redundancy); params a tuple of
 * "name=value" str, kept alive by the caller's arguments. */
typedef struct {
    precis_options opt;
    const char **params;
} sum_args;

static int parse_sum_args(PyObject *args, sum_args *a)
{
    int unit, order, truncate;
    Py_ssize_t budget;
    PyObject *params;
    precis_options_init(&a->opt);
    a->params = NULL;
    if (!PyArg_ParseTuple(args, "inzzO!ipzzz", &unit, &budget, &a->opt.method, &a->opt.query,
                          &PyTuple_Type, &params, &order, &truncate, &a->opt.language, &a->opt.idf,
                          &a->opt.redundancy))
        return -1;
    if (unit < 0 || unit > PRECIS_SENTENCES || order < 0 || order > PRECIS_ORDER_SCORE || budget < 0) {
        PyErr_SetString(PyExc_ValueError, "bad unit, order or budget");
        return -1;
    }
    a->opt.budget_unit = (precis_unit)unit;
    a->opt.budget = (size_t)budget;
    a->opt.order = (precis_order)order;
    a->opt.truncate = truncate;
    Py_ssize_t np = PyTuple_GET_SIZE(params);
    a->params = PyMem_Calloc((size_t)np + 1, sizeof *a->params);
    if (!a->params) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < np; i++) {
        PyObject *p = PyTuple_GET_ITEM(params, i);
        if (!PyUnicode_Check(p) || !(a->params[i] = PyUnicode_AsUTF8(p))) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "a parameter must be a str");
            PyMem_Free(a->params);
            a->params = NULL;
            return -1;
        }
    }
    a->opt.params = a->params;
    a->opt.nparams = (size_t)np;
    return 0;
}

/* Whether the last sentence of a summary made with truncate was cut: its
 * text is shorter than the whole sentence it starts (precis.h gives the flag
 * only in rendered JSON).  Runs with the GIL released, the lock held. */
typedef struct {
    size_t doc, start, len;
    int found;
} cut_probe;

static int probe_sentence(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                          const char *removed)
{
    (void)end, (void)removed;
    cut_probe *p = ctx;
    if (doc != p->doc || start != p->start) return 0;
    p->found = strlen(text) > p->len;
    return 1;
}

static int last_was_cut(precis_cluster *c, const precis_summary *s)
{
    size_t n = precis_summary_count(s);
    if (!n) return 0;
    const precis_sentence *st = precis_summary_sentence(s, n - 1);
    cut_probe p = {st->doc_index, st->start, strlen(st->text), 0};
    precis_cluster_segments(c, probe_sentence, &p, 0);
    return p.found;
}

/* (method, note, words, [sentence], language) for a summary. */
static PyObject *summary_tuple(const precis_summary *s, PyObject *ids, int cut)
{
    size_t n = precis_summary_count(s);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        PyObject *t = sentence_tuple(precis_summary_sentence(s, i), ids, cut && i == n - 1);
        if (!t) Py_CLEAR(list);
        else PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    if (!list) return NULL;
    return Py_BuildValue("(NNnNN)", str_or_none(precis_summary_method(s)),
                         str_or_none(precis_summary_note(s)), (Py_ssize_t)precis_summary_words(s), list,
                         str_or_none(precis_summary_language(s)));
}

/* Summarise with the GIL released; the lock must be held.  NULL with an
 * exception set on failure. */
static precis_summary *run_summary(ClusterObject *self, const sum_args *a, int *cut)
{
    precis_summary *s;
    char err[256] = "";
    *cut = 0;
    Py_BEGIN_ALLOW_THREADS
    s = precis_summarize(self->c, &a->opt);
    if (!s) snprintf(err, sizeof err, "%s", precis_last_error());
    else if (a->opt.truncate) *cut = last_was_cut(self->c, s);
    Py_END_ALLOW_THREADS
    if (!s) raise_last_error(err);
    return s;
}

static PyObject *Cluster_summarize(ClusterObject *self, PyObject *args)
{
    sum_args a;
    if (parse_sum_args(args, &a)) return NULL;
    if (cluster_lock(self)) {
        PyMem_Free(a.params);
        return NULL;
    }
    int cut;
    precis_summary *s = run_summary(self, &a, &cut);
    PyObject *res = NULL;
    if (s) {
        PyObject *ids = doc_ids(self->c);
        if (ids) res = summary_tuple(s, ids, cut);
        Py_XDECREF(ids);
    }
    cluster_unlock(self);
    Py_BEGIN_ALLOW_THREADS
    precis_summary_free(s);
    Py_END_ALLOW_THREADS
    PyMem_Free(a.params);
    return res;
}

/* ---- the story: timeline, entities, quotes, digest --------------------- */

static PyObject *timeline_tuple(const precis_timeline *t, PyObject *ids)
{
    size_t n = precis_timeline_count(t), nu = precis_timeline_unresolved_count(t);
    PyObject *entries = PyList_New((Py_ssize_t)n), *unres = PyList_New((Py_ssize_t)nu);
    if (!entries || !unres) goto fail;
    for (size_t i = 0; i < n; i++) {
        const precis_timeline_entry *e = precis_timeline_entry_at(t, i);
        char label[16];
        PyObject *ss = PyList_New((Py_ssize_t)e->nsentences);
        for (size_t k = 0; ss && k < e->nsentences; k++) {
            PyObject *st = sentence_tuple(&e->sentences[k], ids, 0);
            if (!st) Py_CLEAR(ss);
            else PyList_SET_ITEM(ss, (Py_ssize_t)k, st);
        }
        if (!ss) goto fail;
        PyObject *o = Py_BuildValue("(NssnnN)", date_tuple(e->date), precis_grain_name(e->grain),
                                    e->date.year ? precis_date_label(e->date, e->grain, label) : NULL,
                                    (Py_ssize_t)e->mentions, (Py_ssize_t)e->ndocs, ss);
        if (!o) goto fail;
        PyList_SET_ITEM(entries, (Py_ssize_t)i, o);
    }
    for (size_t i = 0; i < nu; i++) {
        const precis_unresolved *u = precis_timeline_unresolved_at(t, i);
        PyObject *o = Py_BuildValue("(NNnnns)", str_or_none(u->text), str_or_none(u->doc_id),
                                    (Py_ssize_t)u->doc_index, (Py_ssize_t)u->start,
                                    (Py_ssize_t)u->end, precis_grain_name(u->grain));
        if (!o) goto fail;
        PyList_SET_ITEM(unres, (Py_ssize_t)i, o);
    }
    return Py_BuildValue("(NN)", entries, unres);
fail:
    Py_XDECREF(entries);
    Py_XDECREF(unres);
    return NULL;
}

/* (name, type, aliases, [(doc_id, doc_index, start, end, text)],
 *  [(doc_id, mentions)]) */
static PyObject *entity_tuple(const precis_entity *en, PyObject *ids)
{
    PyObject *al = PyTuple_New((Py_ssize_t)en->naliases);
    PyObject *ms = PyList_New((Py_ssize_t)en->nmentions);
    PyObject *per = PyList_New((Py_ssize_t)en->ndocs);
    if (!al || !ms || !per) goto fail;
    for (size_t a = 0; a < en->naliases; a++) {
        PyObject *s = str_or_none(en->aliases[a]);
        if (!s) goto fail;
        PyTuple_SET_ITEM(al, (Py_ssize_t)a, s);
    }
    for (size_t i = 0; i < en->nmentions; i++) {
        const precis_mention *m = &en->mentions[i];
        PyObject *o = Py_BuildValue("(NnnnN)", doc_id_at(ids, m->doc_index), (Py_ssize_t)m->doc_index,
                                    (Py_ssize_t)m->start, (Py_ssize_t)m->end, str_or_none(m->text));
        if (!o) goto fail;
        PyList_SET_ITEM(ms, (Py_ssize_t)i, o);
    }
    for (size_t d = 0; d < en->ndocs; d++) {
        PyObject *o = Py_BuildValue("(Nn)", doc_id_at(ids, en->docs[d]), (Py_ssize_t)en->doc_mentions[d]);
        if (!o) goto fail;
        PyList_SET_ITEM(per, (Py_ssize_t)d, o);
    }
    return Py_BuildValue("(NsNNN)", str_or_none(en->name), precis_entity_type_name(en->type), al, ms, per);
fail:
    Py_XDECREF(al);
    Py_XDECREF(ms);
    Py_XDECREF(per);
    return NULL;
}

static PyObject *entities_list(const precis_entities *e, PyObject *ids)
{
    size_t n = precis_entities_count(e);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        PyObject *o = entity_tuple(precis_entities_at(e, i), ids);
        if (!o) Py_CLEAR(list);
        else PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    return list;
}

/* (text, speaker_name, speaker, entity or None, cue, doc_id, doc_index,
 *  start, end) */
static PyObject *quotes_list(const precis_quotes *q)
{
    size_t n = precis_quotes_count(q);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        const precis_quote *x = precis_quotes_at(q, i);
        PyObject *ent = x->entity >= 0 ? PyLong_FromLong(x->entity) : Py_NewRef(Py_None);
        PyObject *o = Py_BuildValue("(NNNNNNnnn)", str_or_none(x->text), str_or_none(x->speaker_name),
                                    str_or_none(x->speaker), ent, str_or_none(x->cue),
                                    str_or_none(x->doc_id), (Py_ssize_t)x->doc_index,
                                    (Py_ssize_t)x->start, (Py_ssize_t)x->end);
        if (!o) Py_CLEAR(list);
        else PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    return list;
}

/* _timeline(max_dates, words_per_date) -> ([entry], [unresolved]) */
static PyObject *Cluster_timeline(ClusterObject *self, PyObject *args)
{
    precis_timeline_options o;
    precis_timeline_options_init(&o);
    Py_ssize_t max_dates = -1, wpd = -1;
    if (!PyArg_ParseTuple(args, "|nn:_timeline", &max_dates, &wpd)) return NULL;
    if (max_dates >= 0) o.max_dates = (size_t)max_dates;
    if (wpd >= 0) o.words_per_date = (size_t)wpd;
    if (cluster_lock(self)) return NULL;
    precis_timeline *t;
    Py_BEGIN_ALLOW_THREADS
    t = precis_timeline_build(self->c, &o);
    Py_END_ALLOW_THREADS
    PyObject *res = NULL;
    if (!t) PyErr_NoMemory();
    else {
        PyObject *ids = doc_ids(self->c);
        if (ids) res = timeline_tuple(t, ids);
        Py_XDECREF(ids);
    }
    cluster_unlock(self);
    precis_timeline_free(t);
    return res;
}

/* _entities(max, type) -> [entity]; max 0 = all, type -1 = any. */
static PyObject *Cluster_entities(ClusterObject *self, PyObject *args)
{
    Py_ssize_t max = 0;
    int type = -1;
    if (!PyArg_ParseTuple(args, "|ni:_entities", &max, &type)) return NULL;
    if (max < 0 || type < -1 || type > PRECIS_ENTITY_OTHER) {
        PyErr_SetString(PyExc_ValueError, "bad max or type");
        return NULL;
    }
    if (cluster_lock(self)) return NULL;
    precis_entities *e;
    Py_BEGIN_ALLOW_THREADS
    e = precis_entities_find(self->c);
    if (e) precis_entities_keep(e, (size_t)max, type);
    Py_END_ALLOW_THREADS
    PyObject *res = NULL;
    if (!e) PyErr_NoMemory();
    else {
        PyObject *ids = doc_ids(self->c);
        if (ids) res = entities_list(e, ids);
        Py_XDECREF(ids);
    }
    cluster_unlock(self);
    precis_entities_free(e);
    return res;
}

/* _quotes(key) -> [quote]; key >= 0 keeps that many key quotes. */
static PyObject *Cluster_quotes(ClusterObject *self, PyObject *args)
{
    Py_ssize_t key = -1;
    if (!PyArg_ParseTuple(args, "|n:_quotes", &key)) return NULL;
    if (cluster_lock(self)) return NULL;
    precis_quotes *q;
    Py_BEGIN_ALLOW_THREADS
    q = precis_quotes_find(self->c, NULL);
    if (q && key >= 0) precis_quotes_keep_key(q, (size_t)key);
    Py_END_ALLOW_THREADS
    PyObject *res = q ? quotes_list(q) : PyErr_NoMemory();
    cluster_unlock(self);
    precis_quotes_free(q);
    return res;
}

/* _digest(summary args..., max_dates, words_per_date, max_entities,
 * max_quotes) -> (summary, timeline, entities, quotes): what precis_digest
 * puts in its report, step for step (src/story/digest.c), as objects. */
static PyObject *Cluster_digest(ClusterObject *self, PyObject *args)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n != 14) {
        PyErr_SetString(PyExc_TypeError, "_digest takes 14 arguments");
        return NULL;
    }
    PyObject *sargs = PyTuple_GetSlice(args, 0, 10), *rest = PyTuple_GetSlice(args, 10, 14);
    if (!sargs || !rest) goto early;
    sum_args a;
    precis_digest_options d;
    precis_digest_options_init(&d);
    Py_ssize_t max_dates, wpd, max_ent, max_q;
    if (!PyArg_ParseTuple(rest, "nnnn", &max_dates, &wpd, &max_ent, &max_q)) goto early;
    if (max_dates < 0 || wpd < 0 || max_ent < 0 || max_q < 0) {
        PyErr_SetString(PyExc_ValueError, "counts must not be negative");
        goto early;
    }
    if (parse_sum_args(sargs, &a)) goto early;
    d.summary = a.opt;
    d.timeline.max_dates = (size_t)max_dates;
    d.timeline.words_per_date = (size_t)wpd;
    d.max_entities = (size_t)max_ent;
    d.max_quotes = (size_t)max_q;
    if (cluster_lock(self)) {
        PyMem_Free(a.params);
        goto early;
    }
    int cut;
    PyObject *res = NULL;
    precis_summary *s = run_summary(self, &a, &cut);
    precis_timeline *t = NULL;
    precis_entities *e = NULL;
    precis_quotes *q = NULL;
    if (s) {
        Py_BEGIN_ALLOW_THREADS
        t = precis_timeline_build(self->c, &d.timeline);
        e = precis_entities_find(self->c);
        q = e ? precis_quotes_find(self->c, e) : NULL;
        if (t && e && q) {
            precis_entities_keep(e, d.max_entities, -1);
            if (d.max_quotes) precis_quotes_keep_key(q, d.max_quotes);
        }
        Py_END_ALLOW_THREADS
        if (!t || !e || !q) PyErr_NoMemory();
        else {
            PyObject *ids = doc_ids(self->c);
            if (ids)
                res = Py_BuildValue("(NNNN)", summary_tuple(s, ids, cut), timeline_tuple(t, ids),
                                    entities_list(e, ids), quotes_list(q));
            Py_XDECREF(ids);
        }
    }
    cluster_unlock(self);
    precis_summary_free(s);
    precis_timeline_free(t);
    precis_entities_free(e);
    precis_quotes_free(q);
    PyMem_Free(a.params);
    Py_DECREF(sargs);
    Py_DECREF(rest);
    return res;
early:
    Py_XDECREF(sargs);
    Py_XDECREF(rest);
    return NULL;
}

/* _segments(include_removed) -> [(doc_index, start, end, text, removed)] */
typedef struct {
    PyObject *list;
} seg_ctx;

static int add_segment(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                       const char *removed)
{
    seg_ctx *s = ctx;
    PyObject *o = Py_BuildValue("(nnnNN)", (Py_ssize_t)doc, (Py_ssize_t)start, (Py_ssize_t)end,
                                str_or_none(text), str_or_none(removed));
    if (!o || PyList_Append(s->list, o)) {
        Py_XDECREF(o);
        return 1;
    }
    Py_DECREF(o);
    return 0;
}

/* Stops the walk at once: a call that only analyses. */
static int stop_walk(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                     const char *removed)
{
    (void)ctx, (void)doc, (void)start, (void)end, (void)text, (void)removed;
    return 1;
}

static PyObject *Cluster_segments(ClusterObject *self, PyObject *args)
{
    int removed = 0;
    if (!PyArg_ParseTuple(args, "|p:_segments", &removed)) return NULL;
    seg_ctx s = {PyList_New(0)};
    if (!s.list) return NULL;
    if (cluster_lock(self)) {
        Py_DECREF(s.list);
        return NULL;
    }
    /* the analysis (the slow part) with the GIL released, then the walk */
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = precis_cluster_segments(self->c, stop_walk, NULL, 0) < 0 ? -1 : 0;
    Py_END_ALLOW_THREADS
    if (r == 0 && precis_cluster_segments(self->c, add_segment, &s, removed) == 1 && PyErr_Occurred())
        r = -1;
    else if (r) PyErr_SetString(PyExc_ValueError, "the cluster could not be analysed");
    cluster_unlock(self);
    if (r) Py_CLEAR(s.list);
    return s.list;
}

static PyMethodDef Cluster_methods[] = {
    {"_add_path", (PyCFunction)Cluster_add_path, METH_VARARGS, "_add_path(path: bytes, how: int) -> int"},
    {"_add_text", (PyCFunction)Cluster_add_text, METH_VARARGS,
     "_add_text(text, id, date, source, title, name) -> int"},
    {"_add_buffer", (PyCFunction)Cluster_add_buffer, METH_VARARGS, "_add_buffer(data, name, how) -> int"},
    {"_add_html", (PyCFunction)Cluster_add_html, METH_VARARGS, "_add_html(html, name, url, charset) -> int"},
    {"_diagnostics", (PyCFunction)Cluster_diagnostics, METH_VARARGS, "_diagnostics(start=0) -> list"},
    {"_documents", (PyCFunction)Cluster_documents, METH_NOARGS, "_documents() -> list"},
    {"_summarize", (PyCFunction)Cluster_summarize, METH_VARARGS,
     "_summarize(unit, budget, method, query, params, order, truncate, language, idf, redundancy)"},
    {"_timeline", (PyCFunction)Cluster_timeline, METH_VARARGS, "_timeline(max_dates, words_per_date)"},
    {"_entities", (PyCFunction)Cluster_entities, METH_VARARGS, "_entities(max, type)"},
    {"_quotes", (PyCFunction)Cluster_quotes, METH_VARARGS, "_quotes(key)"},
    {"_digest", (PyCFunction)Cluster_digest, METH_VARARGS, "_digest(summary args, max_dates, "
     "words_per_date, max_entities, max_quotes)"},
    {"_segments", (PyCFunction)Cluster_segments, METH_VARARGS, "_segments(include_removed)"},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef Cluster_getset[] = {
    {"id", (getter)Cluster_get_id, NULL, "The cluster's id from a JSON cluster object, or None.", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PySequenceMethods Cluster_as_sequence = {.sq_length = (lenfunc)Cluster_len};

static PyTypeObject ClusterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "precis._precis._Cluster",
    .tp_basicsize = sizeof(ClusterObject),
    .tp_dealloc = (destructor)Cluster_dealloc,
    .tp_as_sequence = &Cluster_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "The library's cluster (precis_cluster); precis.Cluster is the class to use.",
    .tp_methods = Cluster_methods,
    .tp_getset = Cluster_getset,
    .tp_new = Cluster_new,
};

/* ---------------------------------------------------------------------- */
/* Module functions                                                        */
/* ---------------------------------------------------------------------- */

/* methods() -> [(name, description, [(param, default, description)])] */
static PyObject *mod_methods(PyObject *mod, PyObject *noargs)
{
    (void)mod, (void)noargs;
    PyObject *list = PyList_New(0);
    for (const char *const *m = precis_methods(); list && *m; m++) {
        size_t np = 0;
        const precis_param *p = precis_method_params(*m, &np);
        PyObject *ps = PyList_New((Py_ssize_t)np);
        for (size_t i = 0; ps && i < np; i++) {
            PyObject *o = Py_BuildValue("(NdN)", str_or_none(p[i].name), p[i].value,
                                        str_or_none(p[i].description));
            if (!o) Py_CLEAR(ps);
            else PyList_SET_ITEM(ps, (Py_ssize_t)i, o);
        }
        PyObject *t = ps ? Py_BuildValue("(NNN)", str_or_none(*m), str_or_none(precis_method_description(*m)), ps)
                         : NULL;
        if (!t || PyList_Append(list, t)) Py_CLEAR(list);
        Py_XDECREF(t);
    }
    return list;
}

/* extract(html: buffer, url, charset) -> (title, date, author, site, url,
 * lang, text, [(text, start, end, kind)], encoding, encoding_from, replaced,
 * first_replaced) */
static PyObject *mod_extract(PyObject *mod, PyObject *args)
{
    (void)mod;
    static const char *const kinds[] = {"paragraph", "heading", "list-item", "quote", "pre"};
    Py_buffer html;
    const char *url, *charset;
    if (!PyArg_ParseTuple(args, "y*zz:extract", &html, &url, &charset)) return NULL;
    char err[512] = "";
    precis_article *a;
    Py_BEGIN_ALLOW_THREADS
    a = precis_article_extract(html.buf, (size_t)html.len, url, charset, err, sizeof err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&html);
    if (!a) {
        PyErr_SetString(PrecisError, err[0] ? err : "no article found");
        return NULL;
    }
    PyObject *res = NULL, *ps = PyList_New((Py_ssize_t)a->nparagraphs);
    for (size_t i = 0; ps && i < a->nparagraphs; i++) {
        const precis_paragraph *p = &a->paragraphs[i];
        PyObject *o = Py_BuildValue("(Nnns)", str_or_none(p->text), (Py_ssize_t)p->start,
                                    (Py_ssize_t)p->end, kinds[p->kind <= PRECIS_BLOCK_PRE ? p->kind : 0]);
        if (!o) Py_CLEAR(ps);
        else PyList_SET_ITEM(ps, (Py_ssize_t)i, o);
    }
    if (ps)
        res = Py_BuildValue("(NNNNNNNNNNnl)", str_or_none(a->title), str_or_none(a->date),
                            str_or_none(a->author), str_or_none(a->site), str_or_none(a->url),
                            str_or_none(a->lang), str_or_none(a->text), ps, str_or_none(a->encoding),
                            str_or_none(a->encoding_from), (Py_ssize_t)a->replaced, a->first_replaced);
    precis_article_free(a);
    return res;
}

/* fetch(url, timeout_ms, max_bytes, max_redirects) -> (data: bytes,
 * final_url, charset, is_text) */
static PyObject *mod_fetch(PyObject *mod, PyObject *args)
{
    (void)mod;
    const char *url;
    precis_fetch_options o;
    precis_fetch_options_init(&o);
    long timeout = -1, redirects = -1;
    Py_ssize_t max_bytes = -1;
    if (!PyArg_ParseTuple(args, "s|lnl:fetch", &url, &timeout, &max_bytes, &redirects)) return NULL;
    if (timeout >= 0) o.timeout_ms = timeout;
    if (max_bytes >= 0) o.max_bytes = (size_t)max_bytes;
    if (redirects >= 0) o.max_redirects = redirects;
    precis_page p;
    char err[512] = "";
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = precis_fetch(url, &o, &p, err, sizeof err);
    Py_END_ALLOW_THREADS
    if (r != 0) {
        PyErr_Format(PrecisError, "%s: %s", url, err[0] ? err : "cannot fetch");
        return NULL;
    }
    PyObject *res = Py_BuildValue("(y#NNO)", p.data ? p.data : "", (Py_ssize_t)p.len, str_or_none(p.url),
                                  str_or_none(p.charset), p.text ? Py_True : Py_False);
    precis_page_free(&p);
    return res;
}

/* summarize_texts([bytes], words) -> str or None */
static PyObject *mod_summarize_texts(PyObject *mod, PyObject *args)
{
    (void)mod;
    PyObject *seq;
    Py_ssize_t words;
    if (!PyArg_ParseTuple(args, "O!n:summarize_texts", &PyTuple_Type, &seq, &words)) return NULL;
    if (words < 0) {
        PyErr_SetString(PyExc_ValueError, "words must not be negative");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    const char **texts = PyMem_Calloc((size_t)n + 1, sizeof *texts);
    if (!texts) return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *b = PyTuple_GET_ITEM(seq, i);
        if (!PyBytes_Check(b) || strlen(PyBytes_AS_STRING(b)) != (size_t)PyBytes_GET_SIZE(b)) {
            PyMem_Free(texts);
            PyErr_SetString(PyExc_ValueError, "a text must be bytes without NUL");
            return NULL;
        }
        texts[i] = PyBytes_AS_STRING(b);
    }
    char *out;
    Py_BEGIN_ALLOW_THREADS
    out = precis_summarize_texts(texts, (size_t)n, (size_t)words);
    Py_END_ALLOW_THREADS
    PyMem_Free(texts);
    PyObject *res = str_or_none(out);
    free(out);
    return res;
}

/* find_dates(text: bytes, year, month, day) -> [(start, end, date, grain,
 * relative, since)] */
static PyObject *mod_find_dates(PyObject *mod, PyObject *args)
{
    (void)mod;
    Py_buffer text;
    precis_date ref = {0, 0, 0};
    if (!PyArg_ParseTuple(args, "y*iii:find_dates", &text, &ref.year, &ref.month, &ref.day)) return NULL;
    size_t cap = 64, n;
    precis_date_mention *m = NULL;
    for (;;) {
        precis_date_mention *m2 = PyMem_Realloc(m, cap * sizeof *m);
        if (!m2) {
            PyMem_Free(m);
            PyBuffer_Release(&text);
            return PyErr_NoMemory();
        }
        m = m2;
        Py_BEGIN_ALLOW_THREADS
        n = precis_find_dates(text.buf, (size_t)text.len, ref, m, cap);
        Py_END_ALLOW_THREADS
        if (n <= cap) break;
        cap = n;
    }
    PyBuffer_Release(&text);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        PyObject *o = Py_BuildValue("(nnNsOO)", (Py_ssize_t)m[i].start, (Py_ssize_t)m[i].end,
                                    date_tuple(m[i].date), precis_grain_name(m[i].grain),
                                    m[i].relative ? Py_True : Py_False, m[i].since ? Py_True : Py_False);
        if (!o) Py_CLEAR(list);
        else PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    PyMem_Free(m);
    return list;
}

static PyMethodDef module_methods[] = {
    {"methods", mod_methods, METH_NOARGS, "methods() -> [(name, description, [(param, default, description)])]"},
    {"extract", mod_extract, METH_VARARGS, "extract(html: bytes, url, charset) -> tuple"},
    {"fetch", mod_fetch, METH_VARARGS, "fetch(url, timeout_ms, max_bytes, max_redirects) -> tuple"},
    {"summarize_texts", mod_summarize_texts, METH_VARARGS, "summarize_texts(texts: tuple of bytes, words) -> str"},
    {"find_dates", mod_find_dates, METH_VARARGS, "find_dates(text: bytes, year, month, day) -> list"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_precis",
    "The C extension under the precis package (precis/__init__.py is the interface).", -1,
    module_methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__precis(void)
{
    if (PyType_Ready(&ClusterType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    PrecisError = PyErr_NewExceptionWithDoc(
        "precis.Error", "A failure the library reports (an unreadable input, a page with no article).",
        NULL, NULL);
    if (!PrecisError || PyModule_AddObjectRef(m, "Error", PrecisError) < 0 ||
        PyModule_AddObjectRef(m, "_Cluster", (PyObject *)&ClusterType) < 0 ||
        PyModule_AddStringConstant(m, "version", PRECIS_VERSION) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
