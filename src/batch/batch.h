/*
 * batch.h — precis batch: clusters in as JSON Lines (or Multi-News lines),
 * summaries out as JSON Lines, in input order, on several threads.
 */
#ifndef PRECIS_BATCH_H
#define PRECIS_BATCH_H

#include "precis.h"

#include <stdio.h>

typedef enum { PRECIS_BATCH_JSONL = 0, PRECIS_BATCH_MULTINEWS } precis_batch_input;

typedef struct {
    precis_options summary;     /* method, budget, ... for every cluster */
    int threads;                /* worker threads (>= 1) */
    precis_batch_input input;
    precis_format format;       /* PRECIS_FORMAT_JSON (one line each) or TEXT */
    int progress;               /* show progress on err when it is a terminal */
} precis_batch_options;

typedef struct {
    long in, ok, failed;        /* in == ok + failed */
    double seconds;
} precis_batch_stats;

void precis_batch_options_init(precis_batch_options *o);
/* Returns 0 when every cluster was summarised, 1 when some failed; error
 * records go to err (and to `errors` when not NULL), one JSON object each. */
int precis_batch_run(const precis_batch_options *o, FILE *in, FILE *out, FILE *err, FILE *errors,
                     precis_batch_stats *stats);

#endif
