/*
 * params.c — method parameters: the ones every method shares, the check of
 * "name=value" settings against a method before any work, and the value a
 * running method reads (the last setting given wins over the default).
 *
 * Apart from the method table (methods.c) so that the methods, the core's
 * selection helpers and the table all read parameters from here without
 * depending on each other.
 */
#include "methods/method.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parameters every method takes. */
const precis_param pc_shared_params[PC_SHARED_PARAMS + 1] = {
    {"query_weight", 1, "how much relevance to --query counts against the method's own salience"},
    {"mmr_lambda", 0.7, "--redundancy mmr: weight of salience against similarity to chosen sentences"},
    {"query_feedback", 0, "with --query: expand the query with its N most relevant sentences (0: off)"},
    {"query_feedback_weight", 0.5, "weight of those sentences against the query"},
    {"redundancy_cosine", 0.5, "--redundancy threshold: skip a sentence this similar to a chosen one"},
    /* #21: on DUC 2006 coverage, 0.45 cuts the sentences that refer back to
     * something the summary lacks from 4.7% to 3.4% (0.3: 1.3%) but costs
     * ROUGE-2 0.10630 -> 0.10604 generic, 0.11094 -> 0.11056 with the topic
     * (0.3: 0.10533, 0.11022); so off by default */
    {"self_contained_cosine", 0, "replace a sentence that refers back to something the summary lacks (\"He\", \"But\") by a self-contained one at least this similar (0: off; 0.45 suggested)"},
    {NULL, 0, NULL}};

static const precis_param *find_param(const pc_method *m, const char *name)
{
    for (const precis_param *p = m->params; p && p->name; p++)
        if (strcmp(p->name, name) == 0) return p;
    for (const precis_param *p = pc_shared_params; p->name; p++)
        if (strcmp(p->name, name) == 0) return p;
    return NULL;
}

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

