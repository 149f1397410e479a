/*
 * cluster.c — the cluster object: its documents, their metadata (and the
 * copies results keep of it), and the diagnostics met while reading.
 * Every stage works on it; it depends on no stage.
 */
#include "internal.h"

#include <ctype.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

precis_cluster *precis_cluster_new(void)
{
    precis_cluster *c = pc_xcalloc(1, sizeof *c);
    return c;
}

static void free_analysis(precis_cluster *c)
{
    for (size_t i = 0; i < c->nsents; i++) free(c->sents[i].text);
    free(c->sents);
    c->sents = NULL;
    c->nsents = c->capsents = 0;
    free(c->toks);
    c->toks = NULL;
    c->ntoks = c->captoks = 0;
    for (size_t i = 0; i < c->nterms; i++) free(c->terms[i].stem);
    free(c->terms);
    c->terms = NULL;
    c->nterms = c->capterms = 0;
    pc_map_free(&c->surface);
    pc_map_free(&c->stems);
    if (c->stemmer) sb_stemmer_delete(c->stemmer);
    c->stemmer = NULL;
    c->analyzed = 0;
}

void precis_cluster_free(precis_cluster *c)
{
    if (!c) return;
    free_analysis(c);
    for (size_t i = 0; i < c->ndocs; i++) {
        pc_doc *d = &c->docs[i];
        free(d->id);
        free(d->title);
        free(d->source);
        free(d->name);
        free(d->text);
        free(d->omap);
        free(d->speaker_label);
        for (size_t k = 0; k < d->nrm; k++) free(d->rm[k].text);
        free(d->rm);
    }
    free(c->docs);
    for (size_t i = 0; i < c->ndiags; i++) {
        free((char *)c->diags[i].file);
        free((char *)c->diags[i].message);
    }
    free(c->diags);
    free(c->id);
    free(c);
}

/* Re-analysis from scratch: documents are re-segmented from their cleaned
 * text, so cleaning must not run twice; analysis keeps that state itself. */
void pc_invalidate(precis_cluster *c) { free_analysis(c); }

pc_doc *pc_doc_new(precis_cluster *c)
{
    if (c->analyzed) free_analysis(c);
    PC_GROW(c->docs, c->capdocs, c->ndocs + 1);
    pc_doc *d = &c->docs[c->ndocs++];
    memset(d, 0, sizeof *d);
    return d;
}

size_t pc_doc_orig(const pc_doc *d, size_t off)
{
    if (off > d->len) off = d->len;
    return d->base + (d->omap ? d->omap[off] : off);
}

void pc_diag(precis_cluster *c, precis_severity sev, const char *file, long line,
             long offset, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    PC_GROW(c->diags, c->capdiags, c->ndiags + 1);
    precis_diag *d = &c->diags[c->ndiags++];
    d->severity = sev;
    d->file = pc_strdup(file ? file : "<input>");
    d->line = line;
    d->offset = offset;
    d->message = pc_strdup(msg);
    if (sev == PRECIS_ERROR) c->nerrors++;
}

size_t precis_cluster_doc_count(const precis_cluster *c) { return c ? c->ndocs : 0; }
const char *precis_cluster_id(const precis_cluster *c) { return c ? c->id : NULL; }
size_t precis_cluster_diag_count(const precis_cluster *c) { return c ? c->ndiags : 0; }
size_t precis_cluster_error_count(const precis_cluster *c) { return c ? c->nerrors : 0; }

const precis_diag *precis_cluster_diag(const precis_cluster *c, size_t i)
{
    return c && i < c->ndiags ? &c->diags[i] : NULL;
}

const char *precis_doc_id(const precis_cluster *c, size_t i)
{
    return i < c->ndocs ? c->docs[i].id : NULL;
}
const char *precis_doc_title(const precis_cluster *c, size_t i)
{
    return i < c->ndocs ? c->docs[i].title : NULL;
}
const char *precis_doc_source(const precis_cluster *c, size_t i)
{
    return i < c->ndocs ? c->docs[i].source : NULL;
}
precis_date precis_doc_date(const precis_cluster *c, size_t i)
{
    precis_date none = {0, 0, 0};
    return i < c->ndocs ? c->docs[i].date : none;
}

pc_docmeta *pc_copy_docs(const precis_cluster *c, size_t *n)
{
    pc_docmeta *docs = pc_xcalloc(c->ndocs, sizeof *docs);
    for (size_t i = 0; i < c->ndocs; i++) {
        docs[i].id = pc_strdup(c->docs[i].id);
        docs[i].title = pc_strdup(c->docs[i].title);
        docs[i].source = pc_strdup(c->docs[i].source);
        docs[i].name = pc_strdup(c->docs[i].name);
        docs[i].date = c->docs[i].date;
    }
    *n = c->ndocs;
    return docs;
}

void pc_free_docs(pc_docmeta *docs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(docs[i].id);
        free(docs[i].title);
        free(docs[i].source);
        free(docs[i].name);
    }
    free(docs);
}
