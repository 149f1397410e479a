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
#include <pthread.h>
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

/* Stem -> table entry through a hash built once per process on first use
 * (the lookup is made for every distinct term of every cluster; a binary
 * search over the table's strings was a visible share of the pipeline).
 * Static storage, so nothing is left to free at exit; a table too large for
 * it is searched by bsearch instead. */
#define IDF_SLOTS (1u << 16)
static uint32_t slots[IDF_SLOTS];  /* entry index + 1; 0 = empty */
static pthread_once_t slots_once = PTHREAD_ONCE_INIT;

static void slots_build(void)
{
    if (pc_idf_table_size > IDF_SLOTS / 2) return;
    for (size_t e = 0; e < pc_idf_table_size; e++) {
        const char *k = pc_idf_table[e].stem;
        size_t i = pc_hash(k, strlen(k)) & (IDF_SLOTS - 1);
        while (slots[i]) i = (i + 1) & (IDF_SLOTS - 1);
        slots[i] = (uint32_t)e + 1;
    }
}

static const pc_idf_entry *find_entry(const char *stem)
{
    pthread_once(&slots_once, slots_build);
    if (pc_idf_table_size > IDF_SLOTS / 2)
        return bsearch(stem, pc_idf_table, pc_idf_table_size, sizeof *pc_idf_table, cmp_entry);
    size_t i = pc_hash(stem, strlen(stem)) & (IDF_SLOTS - 1);
    for (; slots[i]; i = (i + 1) & (IDF_SLOTS - 1))
        if (strcmp(pc_idf_table[slots[i] - 1].stem, stem) == 0) return &pc_idf_table[slots[i] - 1];
    return NULL;
}

float pc_background_idf(const char *stem, int *found)
{
    const pc_idf_entry *e = find_entry(stem);
    if (found) *found = e != NULL;
    double n = (double)pc_idf_documents + 1.0;
    return (float)log(n / ((e ? (double)e->df : 0.0) + 1.0));
}
