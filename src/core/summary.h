/*
 * summary.h — the summary object the renderers read.  It owns copies of the
 * documents' metadata so it stays valid after its cluster is freed.
 */
#ifndef PRECIS_SUMMARY_H
#define PRECIS_SUMMARY_H

#include "internal.h"

struct precis_summary {
    precis_sentence *s;
    size_t n;
    uint8_t *truncated;   /* per sentence: cut to fit the budget */
    size_t words;
    char *method, *query, *cluster_id, *note;
    precis_unit unit;
    size_t budget;
    pc_docmeta *docs;
    size_t ndocs;
};

#endif
