/*
 * rouge.h — internals of the ROUGE scorer (rouge.c, rouge_porter.c).
 *
 * In the flow: none; ROUGE scores summaries against references, outside
 * the summarising pipeline.  Its API is public (precis_rouge_*, precis.h),
 * used by precis eval (eval/eval.c); this header holds what rouge.c takes
 * from rouge_porter.c, for the tests too.
 */
#ifndef PRECIS_ROUGE_H
#define PRECIS_ROUGE_H

#include "precis.h"
#include "util/util.h"

/* Stem a lowercase ASCII word in place, as ROUGE-1.5.5's Perl Porter does
 * (Porter's algorithm with his later step-2 rules and ROUGE's step-4
 * change); words under 3 letters are left as they are.  The stem is never
 * longer than the word. */
void rg_porter_stem(char *w);

#endif
