/*
 * batch.c — the 'precis batch' command: options in, precis_batch_run out.
 */
#include "../src/batch/batch.h"
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cmd_batch(int argc, char **argv);

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
    "\n"
    "A line that cannot be summarised (malformed JSON, no documents) gives an\n"
    "error record {\"line\",\"id\",\"error\"} on stderr; the other clusters are still\n"
    "summarised.  At the end stderr gets 'N in, N ok, N failed'.  Exit status 1\n"
    "when any line failed, 2 on a usage error.\n";

static int run(int argc, char **argv, const char **params)
{
    static const struct option opts[] = {
        {"jobs", 1, 0, 'j'},     {"input", 1, 0, 'I'},   {"format", 1, 0, 'f'},
        {"errors", 1, 0, 'E'},   {"method", 1, 0, 'm'},  {"words", 1, 0, 'w'},
        {"bytes", 1, 0, 'b'},    {"sentences", 1, 0, 's'}, {"truncate", 0, 0, 'T'},
        {"param", 1, 0, 'P'},    {"query", 1, 0, 'q'},   {"redundancy", 1, 0, 'r'},
        {"no-progress", 0, 0, 'N'}, {"help", 0, 0, 'h'}, {0, 0, 0, 0}};
    precis_batch_options o;
    precis_batch_options_init(&o);
    o.progress = 1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o.threads = cores > 0 ? (int)cores : 1;
    const char *errors_path = NULL;
    int ch;
    char *end;
    while ((ch = getopt_long(argc, argv, "j:f:m:w:b:s:P:q:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'j':
            o.threads = (int)strtol(optarg, &end, 10);
            if (*end || o.threads < 1 || o.threads > 1024) return usage_error("-j takes 1 to 1024", usage);
            break;
        case 'I':
            if (!strcmp(optarg, "jsonl")) o.input = PRECIS_BATCH_JSONL;
            else if (!strcmp(optarg, "multinews")) o.input = PRECIS_BATCH_MULTINEWS;
            else return usage_error("--input takes jsonl or multinews", usage);
            break;
        case 'f':
            if (!strcmp(optarg, "json")) o.format = PRECIS_FORMAT_JSON;
            else if (!strcmp(optarg, "text")) o.format = PRECIS_FORMAT_TEXT;
            else return usage_error("--format takes json or text", usage);
            break;
        case 'E': errors_path = optarg; break;
        case 'm': o.summary.method = optarg; break;
        case 'w': case 'b': case 's': {
            long long v = strtoll(optarg, &end, 10);
            if (*end || v < 0) return usage_error("the length must be a whole number", usage);
            o.summary.budget = (size_t)v;
            o.summary.budget_unit = ch == 'w' ? PRECIS_WORDS : ch == 'b' ? PRECIS_BYTES : PRECIS_SENTENCES;
            break;
        }
        case 'T': o.summary.truncate = 1; break;
        case 'P': params[o.summary.nparams++] = optarg; break;
        case 'q': o.summary.query = optarg; break;
        case 'r': o.summary.redundancy = optarg; break;
        case 'N': o.progress = 0; break;
        case 'h': fputs(usage, stdout); return 0;
        default: return usage_error("unknown option", usage);
        }
    }
    o.summary.params = params;
    if (optind < argc - 1) return usage_error("give one input file, or none for standard input", usage);
    if (o.summary.method && !precis_method_description(o.summary.method)) return usage_error("unknown method", usage);
    const char *path = optind < argc ? argv[optind] : "-";
    FILE *in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!in) {
        fprintf(stderr, "precis batch: %s: cannot open\n", path);
        return 1;
    }
    FILE *errors = NULL;
    if (errors_path && !(errors = fopen(errors_path, "w"))) {
        fprintf(stderr, "precis batch: %s: cannot write\n", errors_path);
        if (in != stdin) fclose(in);
        return 1;
    }
    precis_batch_stats st;
    int rc = precis_batch_run(&o, in, stdout, stderr, errors, &st);
    fprintf(stderr, "precis batch: %ld in, %ld ok, %ld failed (%.2f s, %.1f clusters/s, %d threads)\n",
            st.in, st.ok, st.failed, st.seconds, st.seconds > 0 ? (double)st.in / st.seconds : 0,
            o.threads);
    if (in != stdin) fclose(in);
    if (errors) fclose(errors);
    return rc;
}

int cmd_batch(int argc, char **argv)
{
    const char **params = calloc((size_t)argc + 1, sizeof *params);
    int rc = run(argc, argv, params);
    free(params);
    return rc;
}
