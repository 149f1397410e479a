/*
 * eval.h — precis eval: a whole ROUGE evaluation (configuration or dataset)
 * scored and printed.  Used by the CLI; see eval.c.
 */
#ifndef PRECIS_EVAL_H
#define PRECIS_EVAL_H

#include "precis.h"

#include <stdio.h>

typedef enum { PRECIS_EVAL_TEXT = 0, PRECIS_EVAL_JSON } precis_eval_format;

typedef struct {
    precis_rouge_options rouge;
    const char *config;        /* a ROUGE-1.5.5 XML configuration, or NULL */
    const char *refs, *sys;    /* dataset mode: DATASET/<c>/refs/ files, SYSDIR/<c>.txt */
    const char *peer;          /* only this peer (config mode); NULL = all */
    int jackknife;             /* dataset mode: leave each reference out in turn */
    int resamples;             /* bootstrap samples (1000) */
    double confidence;         /* percent (95) */
    int per_eval;              /* print every evaluation's scores (-d) */
    precis_eval_format format;
} precis_eval_options;

void precis_eval_options_init(precis_eval_options *o);
/* Runs the evaluation; returns the exit status (0, or 1 when inputs were
 * missing or unreadable — what could be scored is still reported). */
int precis_eval_run(const precis_eval_options *o, FILE *out, FILE *err);

#endif
