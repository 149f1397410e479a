/*
 * idf.c — background inverse document frequencies for English.
 *
 * The table (data/idf-english.tsv, embedded at build time) holds document
 * frequencies of Snowball English stems over the 117,659 glosses of WordNet
 * 3.0 (see tools/build-idf.c for how it is rebuilt).  idf = ln((N+1)/(df+1));
 * a stem absent from the table (a name, a rare word) gets the largest value.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *stem;
    uint32_t df;
} pc_idf_entry;

extern const pc_idf_entry pc_idf_table[];
extern const size_t pc_idf_table_size;
extern const uint32_t pc_idf_documents;

static int cmp_entry(const void *key, const void *e)
{
    return strcmp((const char *)key, ((const pc_idf_entry *)e)->stem);
}

float pc_background_idf(const char *stem, int *found)
{
    const pc_idf_entry *e =
        bsearch(stem, pc_idf_table, pc_idf_table_size, sizeof *pc_idf_table, cmp_entry);
    if (found) *found = e != NULL;
    double n = (double)pc_idf_documents + 1.0;
    return (float)log(n / ((e ? (double)e->df : 0.0) + 1.0));
}
