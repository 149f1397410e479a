/*
 * methods.c — the table of summarization methods.
 */
#include "../method.h"

#include <string.h>

extern const pc_method pc_method_coverage;
extern const pc_method pc_method_centroid;
extern const pc_method pc_method_lead;

static const pc_method *const table[] = {
    &pc_method_coverage,
    &pc_method_centroid,
    &pc_method_lead,
};

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

const char *precis_method_description(const char *name)
{
    const pc_method *m = pc_find_method(name);
    return m ? m->description : NULL;
}
