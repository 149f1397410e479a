/*
 * methods.c — the table of summarization methods.
 */
#include "methods/method.h"

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

/* Parameters every method takes. */
static const precis_param shared[] = {
    {"query_weight", 1, "how much relevance to --query counts against the method's own salience"},
    {"mmr_lambda", 0.7, "--redundancy mmr: weight of salience against similarity to chosen sentences"},
    {"query_feedback", 0, "with --query: expand the query with its N most relevant sentences (0: off)"},
    {"query_feedback_weight", 0.5, "weight of those sentences against the query"},
    {"redundancy_cosine", 0.5, "--redundancy threshold: skip a sentence this similar to a chosen one"},
    {NULL, 0, NULL}};

const char *const pc_default_method = "coverage";

static const char *names[sizeof table / sizeof *table + 1];

const char *const *precis_methods(void)
{
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) names[i] = table[i]->name;
    return names;
}

const pc_method *pc_find_method(const char *name)
{
    if (!name) name = pc_default_method;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strcmp(table[i]->name, name) == 0) return table[i];
    return NULL;
}

static const precis_param *find_param(const pc_method *m, const char *name)
{
    for (const precis_param *p = m->params; p && p->name; p++)
        if (strcmp(p->name, name) == 0) return p;
    for (const precis_param *p = shared; p->name; p++)
        if (strcmp(p->name, name) == 0) return p;
    return NULL;
}

/* Checks "name=value" parameters against the method; 0 or -1 with a message. */
int pc_check_params(const pc_method *m, const precis_options *opt, char *err, size_t errlen)
{
    for (size_t i = 0; i < opt->nparams; i++) {
        const char *kv = opt->params[i], *eq = strchr(kv, '=');
        char name[64];
        size_t n = eq ? (size_t)(eq - kv) : strlen(kv);
        snprintf(name, sizeof name, "%.*s", (int)(n < 63 ? n : 63), kv);
        char *end = NULL;
        if (eq) strtod(eq + 1, &end);
        if (!eq || !eq[1] || (end && *end)) {
            snprintf(err, errlen, "parameter '%s' must be name=number", kv);
            return -1;
        }
        if (!find_param(m, name)) {
            snprintf(err, errlen, "method '%s' has no parameter '%s' (precis summarize --list-methods)",
                     m->name, name);
            return -1;
        }
    }
    return 0;
}

double pc_param(const pc_ctx *ctx, const char *name)
{
    const precis_options *o = ctx->opt;
    size_t n = strlen(name);
    for (size_t i = o->nparams; i-- > 0;) /* the last setting wins */
        if (strncmp(o->params[i], name, n) == 0 && o->params[i][n] == '=')
            return strtod(o->params[i] + n + 1, NULL);
    const precis_param *p = find_param(ctx->method, name);
    return p ? p->value : 0;
}

const precis_param *precis_method_params(const char *name, size_t *count)
{
    const pc_method *m = pc_find_method(name);
    if (!m) return NULL;
    /* the method's own, then the shared ones it does not override: one
     * static table per method, built once (methods and names are static) */
    static precis_param all[sizeof table / sizeof *table][24];
    size_t mi = 0;
    while (table[mi] != m) mi++;
    size_t k = 0;
    for (const precis_param *p = m->params; p && p->name && k < 20; p++) all[mi][k++] = *p;
    for (const precis_param *p = shared; p->name && k < 23; p++) {
        int dup = 0;
        for (size_t j = 0; j < k; j++) dup |= strcmp(all[mi][j].name, p->name) == 0;
        if (!dup) all[mi][k++] = *p;
    }
    all[mi][k].name = NULL;
    if (count) *count = k;
    return all[mi];
}

const char *precis_method_description(const char *name)
{
    const pc_method *m = pc_find_method(name);
    return m ? m->description : NULL;
}
