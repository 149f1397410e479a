/*
 * rouge.h — internals of the ROUGE scorer (rouge.c, rouge_porter.c).
 */
#ifndef PRECIS_ROUGE_H
#define PRECIS_ROUGE_H

#include "precis.h"
#include "util/util.h"

/* Stem a lowercase ASCII word in place, as ROUGE-1.5.5's Perl Porter does. */
void rg_porter_stem(char *w);

#endif
