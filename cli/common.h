/*
 * common.h — what the command files of the precis command line share: the
 * usage error, the report of a cluster's diagnostics, the parsers of option
 * values (counts, output formats, input formats) and reading a file whole.
 * Defined in common.c.  The command line only parses: every command turns
 * its options into the library's option structs and calls the public API,
 * precis.h; nothing under cli/ includes anything from src/.
 *
 * Exit status of every command: 0 success, 1 an input could not be read
 * (other inputs are still used), 2 a usage error.
 *
 * Owned memory: one pattern in every command file.  A command keeps what its
 * options say in one struct (summarize_args, story_args, ...), and whatever
 * it allocates for them hangs off that struct.  Its cmd_ function alone
 * allocates and frees those, around a static parse (which may return from
 * anywhere: it only fills the struct) and a static run (which frees what it
 * creates itself, a cluster or a rendered text, before its one return):
 *
 *     int cmd_story(int argc, char **argv)
 *     {
 *         story_args a = {.urls = cli_arg_list(argc)};
 *         int rc = parse(argc, argv, &a);
 *         if (rc == CLI_RUN) rc = run(&a);
 *         free(a.urls);
 *         return rc;
 *     }
 */
#ifndef PRECIS_CLI_COMMON_H
#define PRECIS_CLI_COMMON_H

#include "precis.h"

#include <getopt.h>
#include <stddef.h>

/* What a command's parse returns when the options are good and the command
 * should run; any other value is the exit status to return at once. */
#define CLI_RUN (-1)

/* A command as usage errors name it.  Every command calls getopt_long with
 * `opts` and short options that begin with ':' (a missing value then comes
 * back as ':', told apart from an unknown option, '?'); main.c clears
 * opterr, so getopt prints nothing itself. */
typedef struct {
    const char *name;            /* as typed: "summarize", "summarise", "timeline" */
    const struct option *opts;   /* its long options, ending with {0} */
    const char *only;            /* the vals of opts it takes, or NULL for all */
} cli_cmd;

/* A usage error: "precis NAME: MESSAGE" and "Try 'precis NAME --help' for
 * more." on stderr.  Returns 2, the exit status of a usage error. */
int cli_usage_error(const cli_cmd *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The usage error for what getopt_long returned as '?' or ':' (argv as
 * given to it): an unknown option, with the closest one the command takes
 * when it is close; an ambiguous abbreviation; a missing value; a value
 * given to an option that takes none.  Returns 2. */
int cli_option_error(const cli_cmd *cmd, int ch, char **argv);

/* "--NAME takes WANTS, not 'VALUE'" for the option whose val is `ch` (its
 * long name, or -ch when it has none).  Returns 2. */
int cli_value_error(const cli_cmd *cmd, int ch, const char *value, const char *wants);

/* The option's name for messages: "--words" for the long option whose val
 * is ch, else "-ch".  In a static buffer, valid until the next call. */
const char *cli_option_name(const cli_cmd *cmd, int ch);

/* The closest of names[0, n) to `typed` (its first `len` bytes) by edit
 * distance, swapped neighbours counting one edit, when it is close enough
 * to be a slip of the keyboard (one edit in a name of up to five letters,
 * two in a longer one); else NULL. */
const char *cli_closest(const char *typed, size_t len, const char *const *names, size_t n);

/* A length or count that must be a whole number above 0 (-w, -b, -s,
 * --max, ...) into *out, or the usage error naming the option (its val is
 * ch) and what it takes, with `hint` in brackets after when not NULL.
 * Returns 0, or 2. */
int cli_positive(const cli_cmd *cmd, int ch, const char *s, size_t *out, const char *hint);

/* An unknown method (-m NAME): the usage error, with the closest method
 * when close and the methods there are.  Returns 2. */
int cli_unknown_method(const cli_cmd *cmd, const char *name);

/* A --charset NAME the library knows (precis_cluster_set_charset), or the
 * usage error.  Returns 0, or 2. */
int cli_check_charset(const cli_cmd *cmd, const char *name);

/* Print the cluster's diagnostics on stderr, "precis: FILE[:LINE][ (byte
 * N)]: error|warning: MESSAGE", leaving out warnings when `quiet`.  Returns
 * 1 when any diagnostic was an error, else 0. */
int cli_report(const precis_cluster *c, int quiet);

/* The inputs of a command as one cluster: a new cluster read with `charset`
 * (known: the parse checked it) from the n paths (`how`) and the nurls
 * pages, its diagnostics reported.  *rc gets 1 when any input failed, else
 * 0.  Returns the cluster (the caller frees it), or NULL, after saying "no
 * document could be read" and setting *rc to 1, when it holds no document. */
/* --language of the running command, for cli_load (NULL: detect). */
extern const char *cli_language;
precis_cluster *cli_load(char *const *paths, int n, const char *const *urls, size_t nurls,
                         precis_input how, const char *charset, int quiet, int *rc);

/* A whole decimal number >= 0 into *out.  Returns 0, or -1 (out untouched)
 * when s is empty, has anything after the digits, or is negative. */
int cli_parse_size(const char *s, size_t *out);

/* "text", "json", "markdown" or "md" into *f.  Returns 0, or -1. */
int cli_parse_format(const char *s, precis_format *f);

/* "auto", "text", "sgml", "json" or "html" into *in.  Returns 0, or -1. */
int cli_parse_input(const char *s, precis_input *in);

/* Read a whole file, or standard input for "-", into a malloc'ed buffer of
 * *len bytes and a terminating NUL (the caller frees *data).  Returns 0, or
 * an errno value (nothing allocated). */
int cli_read_file(const char *path, char **data, size_t *len);

/* Room for the values of a repeatable option (--param, --url): argc + 1
 * zeroed pointers, as many as the arguments can give.  The caller frees it. */
const char **cli_arg_list(int argc);

#endif
