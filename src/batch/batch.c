/*
 * batch.c — precis batch: a stream of clusters in, a stream of summaries
 * out, in input order, on N threads, in bounded memory.
 *
 * Input is one cluster per line: a JSON cluster object ({"id", "docs":
 * [...], optional "query"}) or a Multi-News line (articles separated by
 * "|||||", " NEWLINE_CHAR " for line breaks).  The main thread reads lines
 * into a ring of slots and writes finished slots in order; worker threads
 * summarise.  At most `ring` clusters are in memory at once, whatever the
 * size of the stream.
 *
 * Output lines up with input: every non-blank line gives one record, in its
 * place.  A line that fails gives an error record {"line", "id", "error"}
 * (on `out`, and on `err` and the errors file too) and every other line is
 * still summarised.  A cluster with no "id" is named by its line, "line N",
 * as in text output.  A summary record does not depend on where its line
 * stood, so pieces of a stream summarised apart concatenate to one run's
 * bytes, as long as every cluster has an id and none fails (the line
 * numbers are those of the input given).  docs/json.md documents the
 * records, docs/schema/batch.schema.json is their schema.
 * The API (precis_batch_options, precis_batch_run) is public, in precis.h.
 */
#include "internal.h"
#include "render/render.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void precis_batch_options_init(precis_batch_options *o)
{
    memset(o, 0, sizeof *o);
    precis_options_init(&o->summary);
    o->threads = 1;
    o->format = PRECIS_FORMAT_JSON;
}

typedef struct {
    long line;
    char *text;
    size_t len;
    char *out;     /* the rendered summary, or NULL */
    char *error;   /* the error record, or NULL */
    char *failed;  /* and in text, the block that stands in the summary's place */
    int done;
} slot;

typedef struct {
    const precis_batch_options *o;
    slot *ring;
    size_t cap;
    long read, next_job, written; /* counters of lines */
    int eof;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
} batch;

/* The line failed: its error record {"line": N, "id": ..., "error": "..."}
 * (id: the cluster's "id" when the line gives one, else null), and the
 * text block "# NAME" then "error: MESSAGE", NAME as a summary's block
 * would have it. */
static void fail(slot *s, const char *id, const char *msg)
{
    /* a message quoting the input may carry bytes that are not UTF-8,
     * which a JSON string cannot: they become '?' */
    pc_buf m = {0};
    for (size_t i = 0, n = strlen(msg); i < n;) {
        int k = pc_utf8_seq((const unsigned char *)msg + i, n - i);
        if (k) pc_buf_put(&m, msg + i, (size_t)k);
        else pc_buf_putc(&m, '?');
        i += k ? (size_t)k : 1;
    }
    msg = m.s ? m.s : "";
    json_t *o = json_object();
    json_object_set_new(o, "line", json_integer(s->line));
    json_object_set_new(o, "id", id ? json_string(id) : json_null());
    json_object_set_new(o, "error", json_string(msg));
    s->error = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    pc_buf b = {0};
    if (id) pc_buf_printf(&b, "# %s\nerror: %s\n\n", id, msg);
    else pc_buf_printf(&b, "# line %ld\nerror: %s\n\n", s->line, msg);
    s->failed = pc_buf_take(&b);
    pc_buf_free(&m);
}

/* Multi-News: articles separated by "|||||", " NEWLINE_CHAR " for \n. */
static int add_multinews(precis_cluster *c, const char *text, size_t len)
{
    int added = 0;
    size_t start = 0, k = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && !(len - i >= 5 && memcmp(text + i, "|||||", 5) == 0)) continue;
        pc_buf b = {0};
        for (size_t p = start; p < i; p++) {
            if (i - p >= 12 && memcmp(text + p, "NEWLINE_CHAR", 12) == 0) {
                pc_buf_putc(&b, '\n');
                p += 11;
            } else {
                pc_buf_putc(&b, text[p]);
            }
        }
        char id[32];
        snprintf(id, sizeof id, "doc-%zu", ++k);
        precis_doc_info info = {id, NULL, NULL, NULL};
        if (b.len && precis_cluster_add_text(c, b.s, b.len, &info, id) == 0) added++;
        pc_buf_free(&b);
        start = i + 5;
        i += 4;
    }
    return added;
}


/* Summarise one line: fills s->out or s->error. */
static void process(const precis_batch_options *o, slot *s)
{
    precis_cluster *c = precis_cluster_new();
    /* --language: every cluster's documents (checked by the caller; a JSON
     * cluster's own "language" applies when it is not given) */
    if (o->summary.language) precis_cluster_set_language(c, o->summary.language);
    char name[64]; /* the cluster's name when it has no id */
    snprintf(name, sizeof name, "line %ld", s->line);
    const char *id = NULL;
    const char *query = NULL;
    json_t *root = NULL;
    int ok;
    if (o->input == PRECIS_BATCH_MULTINEWS) {
        c->id = pc_strdup(name);
        ok = add_multinews(c, s->text, s->len) > 0;
        if (!ok) fail(s, NULL, "no article in the line");
    } else {
        json_error_t err;
        root = json_loadb(s->text, s->len, JSON_REJECT_DUPLICATES, &err);
        if (!root) {
            char msg[256];
            snprintf(msg, sizeof msg, "malformed JSON at column %d: %s", err.column, err.text);
            fail(s, NULL, msg);
            precis_cluster_free(c);
            return;
        }
        json_t *jid = json_object_get(root, "id");
        id = json_is_string(jid) ? json_string_value(jid) : NULL;
        json_t *jq = json_object_get(root, "query");
        query = json_is_string(jq) ? json_string_value(jq) : NULL;
        if (!id) c->id = pc_strdup(name); /* kept: the reader sets only a missing id */
        /* documents are named by cluster id, not line: the output must not
         * depend on where the line stood in the stream */
        ok = pc_read_json_cluster(c, root, id ? id : name, s->line) > 0;
        if (!ok) {
            const char *msg = "no document with text";
            for (size_t i = 0; i < precis_cluster_diag_count(c); i++)
                if (precis_cluster_diag(c, i)->severity == PRECIS_ERROR) {
                    msg = precis_cluster_diag(c, i)->message;
                    break;
                }
            fail(s, id, msg);
        }
    }
    if (ok) {
        precis_options opt = o->summary;
        if (query && !opt.query) opt.query = query;
        precis_summary *sum = precis_summarize(c, &opt);
        if (!sum) {
            fail(s, id, precis_last_error());
        } else if (o->format == PRECIS_FORMAT_TEXT) {
            pc_buf b = {0};
            pc_buf_printf(&b, "# %s\n", c->id);
            char *t = precis_render(sum, PRECIS_FORMAT_TEXT);
            pc_buf_puts(&b, t);
            pc_buf_putc(&b, '\n');
            free(t);
            s->out = pc_buf_take(&b);
        } else {
            s->out = pc_render_json_line(sum);
        }
        precis_summary_free(sum);
    }
    if (root) json_decref(root);
    precis_cluster_free(c);
}

static void *worker(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (b->next_job >= b->read && !b->eof) pthread_cond_wait(&b->work, &b->mu);
        if (b->next_job >= b->read && b->eof) break;
        slot *s = &b->ring[(size_t)b->next_job % b->cap];
        b->next_job++;
        pthread_mutex_unlock(&b->mu);
        process(b->o, s);
        pthread_mutex_lock(&b->mu);
        s->done = 1;
        pthread_cond_broadcast(&b->done);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Write out the oldest slot (which must be done); caller holds no lock. */
static void emit(batch *b, slot *s, FILE *out, FILE *err, FILE *errors, precis_batch_stats *st)
{
    if (s->out) {
        fputs(s->out, out);
        if (b->o->format != PRECIS_FORMAT_TEXT) fputc('\n', out);
        st->ok++;
    } else {
        if (!s->error) fail(s, NULL, "(unknown error)");
        /* in the summary's place, then where errors are reported */
        if (b->o->format == PRECIS_FORMAT_TEXT) fputs(s->failed, out);
        else fprintf(out, "%s\n", s->error);
        fprintf(err, "precis batch: %s\n", s->error);
        if (errors) fprintf(errors, "%s\n", s->error);
        st->failed++;
    }
    free(s->out);
    free(s->error);
    free(s->failed);
    free(s->text);
    memset(s, 0, sizeof *s);
}

/* With the lock held: wait until the oldest slot is done, write it out
 * (without the lock) and advance.  Output stays in input order. */
static void emit_oldest(batch *b, FILE *out, FILE *err, FILE *errors, precis_batch_stats *st)
{
    slot *s = &b->ring[(size_t)b->written % b->cap];
    while (!s->done) pthread_cond_wait(&b->done, &b->mu);
    pthread_mutex_unlock(&b->mu);
    emit(b, s, out, err, errors, st);
    pthread_mutex_lock(&b->mu);
    b->written++;
}

static void progress(const precis_batch_stats *st, double t0, FILE *err)
{
    double dt = now() - t0;
    long n = st->ok + st->failed;
    fprintf(err, "\r%ld cluster%s, %ld failed, %.0f/s   ", n, n == 1 ? "" : "s", st->failed, dt > 0 ? n / dt : 0);
    fflush(err);
}

int precis_batch_run(const precis_batch_options *o, FILE *in, FILE *out, FILE *err, FILE *errors,
                     precis_batch_stats *st)
{
    precis_batch_stats local = {0};
    if (!st) st = &local;
    memset(st, 0, sizeof *st);
    batch b = {0};
    b.o = o;
    int nt = o->threads > 0 ? o->threads : 1;
    b.cap = (size_t)nt * 8;
    b.ring = pc_xcalloc(b.cap, sizeof *b.ring);
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.work, NULL);
    pthread_cond_init(&b.done, NULL);
    pthread_t *th = pc_xmalloc((size_t)nt * sizeof *th);
    for (int i = 0; i < nt; i++) pthread_create(&th[i], NULL, worker, &b);
    int show = o->progress && isatty(fileno(err));
    double t0 = now(), last = t0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    for (;;) {
        len = getline(&line, &cap, in);
        if (len < 0) break;
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
        int blank = 1;
        for (ssize_t i = 0; i < len && blank; i++) blank = line[i] == ' ' || line[i] == '\t';
        if (blank) continue; /* blank lines are not clusters */
        pthread_mutex_lock(&b.mu);
        /* wait for room, writing out finished slots in order meanwhile */
        while (b.read - b.written >= (long)b.cap) emit_oldest(&b, out, err, errors, st);
        slot *s = &b.ring[(size_t)b.read % b.cap];
        s->line = lineno;
        s->text = pc_strndup(line, (size_t)len);
        s->len = (size_t)len;
        s->done = 0;
        b.read++;
        st->in++;
        pthread_cond_signal(&b.work);
        pthread_mutex_unlock(&b.mu);
        if (show && now() - last > 0.2) {
            progress(st, t0, err);
            last = now();
        }
    }
    free(line);
    pthread_mutex_lock(&b.mu);
    b.eof = 1;
    pthread_cond_broadcast(&b.work);
    while (b.written < b.read) emit_oldest(&b, out, err, errors, st);
    pthread_mutex_unlock(&b.mu);
    for (int i = 0; i < nt; i++) pthread_join(th[i], NULL);
    if (show) {
        progress(st, t0, err);
        fputc('\n', err);
    }
    free(th);
    free(b.ring);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.work);
    pthread_cond_destroy(&b.done);
    st->seconds = now() - t0;
    return st->failed ? 1 : 0;
}
