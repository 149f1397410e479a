/*
 * language.c — which language a document and a cluster are written in.
 *
 * Every stage that has language-specific rules (cleaning, sentence
 * boundaries, stemming and stopwords, dates, quotes, entities) asks here:
 * a document's language (d->lang, set before it is cleaned) or the
 * cluster's (pc_language).  Names are Snowball stemmer names.
 *
 * Detection is not wired yet: every document is English unless the cluster
 * sets a language.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

const char *pc_detect_language(const char *text, size_t len)
{
    (void)text;
    (void)len;
    return NULL;
}

void pc_doc_set_language(precis_cluster *c, pc_doc *d, const char *given)
{
    const char *l = c->lang_set[0] ? c->lang_set : given;
    if (!l || !*l) l = pc_detect_language(d->text, d->len);
    if (!l) l = "english";
    snprintf(d->lang, sizeof d->lang, "%s", l);
}

const char *pc_language(const precis_cluster *c)
{
    if (c->lang_set[0]) return c->lang_set;
    if (c->ndocs == 0) return "english";
    /* majority; ties go to the language met first */
    const char *best = NULL;
    size_t bestn = 0;
    for (size_t i = 0; i < c->ndocs; i++) {
        const char *l = c->docs[i].lang[0] ? c->docs[i].lang : "english";
        size_t n = 0;
        for (size_t k = 0; k < c->ndocs; k++)
            if (strcmp(c->docs[k].lang[0] ? c->docs[k].lang : "english", l) == 0) n++;
        if (n > bestn) {
            best = l;
            bestn = n;
        }
    }
    return best;
}

int precis_cluster_set_language(precis_cluster *c, const char *name)
{
    if (!c) return -1;
    if (!name || !*name || strcmp(name, "auto") == 0) {
        c->lang_set[0] = 0;
        return 0;
    }
    snprintf(c->lang_set, sizeof c->lang_set, "%s", name);
    pc_invalidate(c);
    return 0;
}

const char *precis_cluster_language(const precis_cluster *c)
{
    return c ? pc_language(c) : "english";
}
