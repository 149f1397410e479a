/*
 * batch.c — `precis batch`: a stream of clusters summarised on several
 * threads.  Parses the options into precis_batch_options, opens the input
 * (and the --errors file) and hands them to precis_batch_run; the closing
 * line "N in, N ok, N failed" on stderr is the command's.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *usage =
    "usage: precis batch [OPTIONS] [CLUSTERS.jsonl | -] > SUMMARIES.jsonl\n"
    "\n"
    "Summarise a stream of clusters, one per line, on several threads.  Output is\n"
    "one JSON line per cluster, in input order, the same for any -j.\n"
    "\n"
    "  -j, --jobs N        worker threads (default: the number of cores)\n"
    "      --input jsonl|multinews  one JSON cluster object per line\n"
    "                      {\"id\":..., \"docs\":[{\"id\",\"text\",...}], \"query\":...}\n"
    "                      (default), or Multi-News lines (articles separated by\n"
    "                      '|||||', ' NEWLINE_CHAR ' for line breaks)\n"
    "  -f, --format json|text  JSON Lines (default) or text blocks ('# id' then\n"
    "                      one sentence per line, a blank line after each)\n"
    "      --errors FILE   also write the error records (JSON Lines) to FILE\n"
    "  -m, --method, -w, --words, -b, --bytes, -s, --sentences, --truncate,\n"
    "  -P, --param, -q, --query, --redundancy   as for precis summarize; a\n"
    "                      cluster's own \"query\" field applies when -q is not given\n"
    "      --no-progress   no progress line (it is shown only on a terminal)\n"
    CLI_LANGUAGE_HELP
    "                       A cluster's own \"language\" (or a document's) applies\n"
    "                       when --language is not given; each output line names\n"
    "                       the language used.\n"
    "\n"
    "A line that cannot be summarised (malformed JSON, no documents) gives an\n"
    "error record {\"line\",\"id\",\"error\"} in its place on stdout (output stays\n"
    "aligned with input), on stderr and in --errors; a cluster without an \"id\"\n"
    "is named \"line N\".  The other clusters are still summarised.  At the end\n"
    "stderr gets 'N in, N ok, N failed'.  Exit status 1 when any line failed,\n"
    "2 on a usage error.\n";

/* What the options say.  params is owned (common.h). */
typedef struct {
    precis_batch_options o;
    const char **params;     /* --param values, o.summary.nparams of them */
    const char *path;        /* the input, "-" for standard input */
    const char *errors_path; /* --errors, or NULL */
} batch_args;

static int parse(int argc, char **argv, batch_args *a)
{
    static const struct option opts[] = {
        {"jobs", 1, 0, 'j'},     {"input", 1, 0, 'I'},   {"format", 1, 0, 'f'},
        {"errors", 1, 0, 'E'},   {"method", 1, 0, 'm'},  {"words", 1, 0, 'w'},
        {"bytes", 1, 0, 'b'},    {"sentences", 1, 0, 's'}, {"truncate", 0, 0, 'T'},
        {"param", 1, 0, 'P'},    {"query", 1, 0, 'q'},   {"redundancy", 1, 0, 'r'},
        {"no-progress", 0, 0, 'N'}, {"help", 0, 0, 'h'}, {"language", 1, 0, 'L'},
        {0, 0, 0, 0}};
    const cli_cmd cmd = {argv[0], opts, NULL};
    precis_batch_options *o = &a->o;
    precis_batch_options_init(o);
    o->progress = 1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o->threads = cores > 0 ? (int)cores : 1;
    int ch;
    char *end;
    while ((ch = getopt_long(argc, argv, ":j:f:m:w:b:s:P:q:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'j':
            o->threads = (int)strtol(optarg, &end, 10);
            if (*end || o->threads < 1 || o->threads > 1024) return cli_value_error(&cmd, ch, optarg, "1 to 1024");
            break;
        case 'I':
            if (!strcmp(optarg, "jsonl")) o->input = PRECIS_BATCH_JSONL;
            else if (!strcmp(optarg, "multinews")) o->input = PRECIS_BATCH_MULTINEWS;
            else return cli_value_error(&cmd, ch, optarg, "jsonl or multinews");
            break;
        case 'f':
            if (!strcmp(optarg, "json")) o->format = PRECIS_FORMAT_JSON;
            else if (!strcmp(optarg, "text")) o->format = PRECIS_FORMAT_TEXT;
            else return cli_value_error(&cmd, ch, optarg, "json or text");
            break;
        case 'E': a->errors_path = optarg; break;
        case 'm': o->summary.method = optarg; break;
        case 'w': case 'b': case 's':
            if (cli_positive(&cmd, ch, optarg, &o->summary.budget, NULL)) return 2;
            o->summary.budget_unit = ch == 'w' ? PRECIS_WORDS : ch == 'b' ? PRECIS_BYTES : PRECIS_SENTENCES;
            break;
        case 'T': o->summary.truncate = 1; break;
        case 'P': a->params[o->summary.nparams++] = optarg; break;
        case 'q': o->summary.query = optarg; break;
        case 'r': o->summary.redundancy = optarg; break;
        case 'N': o->progress = 0; break;
        case 'L':
            if (cli_language_option(&cmd, optarg)) return 2;
            o->summary.language = cli_language();
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    o->summary.params = a->params;
    if (optind < argc - 1) return cli_usage_error(&cmd, "give one input file, or none for standard input");
    if (o->summary.method && !precis_method_description(o->summary.method))
        return cli_unknown_method(&cmd, o->summary.method);
    a->path = optind < argc ? argv[optind] : "-";
    return CLI_RUN;
}

/* Summarise the stream, then the closing line on stderr.  Returns the
 * exit status of precis_batch_run. */
static int summarise_stream(const precis_batch_options *o, FILE *in, FILE *errors)
{
    precis_batch_stats st;
    int rc = precis_batch_run(o, in, stdout, stderr, errors, &st);
    fprintf(stderr, "precis batch: %ld in, %ld ok, %ld failed (%.2f s, %.1f clusters/s, %d thread%s)\n",
            st.in, st.ok, st.failed, st.seconds, st.seconds > 0 ? (double)st.in / st.seconds : 0,
            o->threads, o->threads == 1 ? "" : "s");
    return rc;
}

static int run(const batch_args *a)
{
    FILE *in = strcmp(a->path, "-") ? fopen(a->path, "rb") : stdin;
    FILE *errors = NULL;
    int rc = 1;
    if (!in)
        fprintf(stderr, "precis batch: %s: cannot open\n", a->path);
    else if (a->errors_path && !(errors = fopen(a->errors_path, "w")))
        fprintf(stderr, "precis batch: %s: cannot write\n", a->errors_path);
    else
        rc = summarise_stream(&a->o, in, errors);
    if (in && in != stdin) fclose(in);
    if (errors) fclose(errors);
    return rc;
}

int cmd_batch(int argc, char **argv)
{
    batch_args a = {.params = cli_arg_list(argc)};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = run(&a);
    free(a.params);
    return rc;
}
