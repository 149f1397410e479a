/* cli.h — what the command-line files share (defined in main.c). */
#ifndef PRECIS_CLI_H
#define PRECIS_CLI_H

#include "precis.h"

int cmd_eval(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_story(int argc, char **argv);
int cmd_extract(int argc, char **argv);

/* "precis: MSG", then the command's usage, on stderr; returns 2. */
int usage_error(const char *msg, const char *usage);
/* Print a cluster's diagnostics; returns 1 when any was an error. */
int report(const precis_cluster *c, int quiet);
int parse_format(const char *s, precis_format *f);
int parse_input(const char *s, precis_input *in);
int parse_size(const char *s, size_t *out);

#endif
