/*
 * methods.c — the table of summarization methods, and their parameters.
 *
 * A method is one file in this folder (a pc_method: name, description,
 * parameters, and a score or select function, methods/method.h) and one row
 * in `table` below.  Their parameters are read through params.c.
 *
 * In the flow: precis_summarize (pipeline.c) finds the method here and
 * checks its parameters before any work, then runs it on the candidates.
 */
#include "methods/method.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const pc_method pc_method_coverage;
extern const pc_method pc_method_centroid;
extern const pc_method pc_method_lead;
extern const pc_method pc_method_lexrank;
extern const pc_method pc_method_textrank;
extern const pc_method pc_method_sumbasic;
extern const pc_method pc_method_klsum;
extern const pc_method pc_method_ilp;
extern const pc_method pc_method_submodular;

static const pc_method *const table[] = {
    &pc_method_coverage, &pc_method_ilp,      &pc_method_submodular, &pc_method_lexrank,
    &pc_method_textrank, &pc_method_centroid, &pc_method_sumbasic,   &pc_method_klsum,
    &pc_method_lead,
};

const char *const pc_default_method = "coverage";

const pc_method *pc_find_method(const char *name)
{
    if (!name) name = pc_default_method;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strcmp(table[i]->name, name) == 0) return table[i];
    return NULL;
}

/* The public lists, built once (pthread_once, so any thread may ask first):
 * the method names, and per method its own parameters then the shared ones
 * it does not override.  A method may have at most PC_MAX_OWN_PARAMS
 * parameters of its own; more is a programming error, reported and aborted
 * on the first call (tests/test_methods.c asks for every method's list), not
 * a silently shorter list. */
#define PC_NMETHODS (sizeof table / sizeof *table)
#define PC_NSHARED PC_SHARED_PARAMS
#define PC_MAX_OWN_PARAMS 32

static const char *names[PC_NMETHODS + 1];
static precis_param all_params[PC_NMETHODS][PC_MAX_OWN_PARAMS + PC_NSHARED + 1];
static size_t nparams[PC_NMETHODS];
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static void build_lists(void)
{
    for (size_t mi = 0; mi < PC_NMETHODS; mi++) {
        const pc_method *m = table[mi];
        precis_param *all = all_params[mi];
        size_t k = 0;
        names[mi] = m->name;
        for (const precis_param *p = m->params; p && p->name; p++) {
            if (k == PC_MAX_OWN_PARAMS) {
                fprintf(stderr, "precis: method '%s' has more than %d parameters (PC_MAX_OWN_PARAMS)\n",
                        m->name, PC_MAX_OWN_PARAMS);
                abort();
            }
            all[k++] = *p;
        }
        for (const precis_param *p = pc_shared_params; p->name; p++) {
            int dup = 0;
            for (size_t j = 0; j < k; j++) dup |= strcmp(all[j].name, p->name) == 0;
            if (!dup) all[k++] = *p;
        }
        all[k].name = NULL;
        nparams[mi] = k;
    }
}

const char *const *precis_methods(void)
{
    pthread_once(&lists_once, build_lists);
    return names;
}

const precis_param *precis_method_params(const char *name, size_t *count)
{
    const pc_method *m = pc_find_method(name);
    if (!m) return NULL;
    pthread_once(&lists_once, build_lists);
    size_t mi = 0;
    while (table[mi] != m) mi++;
    if (count) *count = nparams[mi];
    return all_params[mi];
}

const char *precis_method_description(const char *name)
{
    const pc_method *m = pc_find_method(name);
    return m ? m->description : NULL;
}
