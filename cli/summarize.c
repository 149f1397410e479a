/*
 * summarize.c — `precis summarize` (or summarise): reads a cluster from
 * files, directories, standard input and URLs, and prints the summary
 * precis_summarize selects, as text, JSON or Markdown.  --list-methods
 * prints the methods with their parameters.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage =
    "usage: precis summarize [OPTIONS] INPUT...\n"
    "\n"
    "Length (the summary never exceeds it; N is a whole number above 0):\n"
    "  -w, --words N        at most N words (default 100)\n"
    "  -b, --bytes N        at most N bytes, sentences joined by one space (DUC: 665)\n"
    "  -s, --sentences N    at most N sentences\n"
    "      --truncate       fill the budget exactly by cutting the last sentence\n"
    "                       (DUC/ROUGE convention; off by default)\n"
    "Content:\n"
    "  -m, --method NAME    summarization method (default: coverage); --list-methods\n"
    "  -q, --query TEXT     focus the summary on a question or topic: sentences\n"
    "                       score by their TF-IDF cosine with the query; the\n"
    "                       method blends it with its own salience (query_weight,\n"
    "                       coverage: concept_relevance); a query of 8 content\n"
    "                       words or fewer always gets its most relevant sentence\n"
    "                       in; a query none of whose words occur in the cluster\n"
    "                       warns and gives the generic summary\n"
    "      --query-file F   read the query from a file\n"
    "  -P, --param NAME=VALUE  set a method parameter (repeatable); --list-methods\n"
    "                       shows each method's parameters and defaults\n"
    "      --threshold T    LexRank: thresholded variant (edges where cosine >= T)\n"
    "      --redundancy threshold|mmr  for score-based methods: skip sentences too\n"
    "                       similar to chosen ones (default), or Maximal Marginal\n"
    "                       Relevance\n"
    "      --order date|score  date (default): a lead sentence (an article's first\n"
    "                       or second) that best covers the cluster opens, then\n"
    "                       by document date, article and position; a sentence\n"
    "                       opening with \"He\", \"But\", \"The submarine\"... follows\n"
    "                       what it refers to.  score: by the method's score\n"
    CLI_LANGUAGE_HELP
    "      --idf background|cluster  IDF from the shipped English table (default)\n"
    "                       or from the cluster's own documents\n"
    "Input and output:\n"
    "      --input auto|text|sgml|json|html  input format (default auto)\n"
    "      --charset NAME   encoding of text and SGML input (default UTF-8), such\n"
    "                       as latin1; offsets still count bytes of the files\n"
    "  -u, --url URL        fetch a web page and add its article (repeatable)\n"
    "  -f, --format text|json|markdown  output format (default text: one sentence\n"
    "                       per line; json has offsets and sources)\n"
    "      --quiet          do not print warnings\n"
    "      --list-methods   print the methods and exit\n";

/* What the options say.  params, urls and query are owned (common.h). */
typedef struct {
    precis_options opt;
    const char **params;   /* --param values and --threshold's, opt.nparams of them */
    const char **urls;
    size_t nurls;
    char *query;           /* --query-file's text, or NULL */
    char threshold[64];    /* "threshold=T" for --threshold */
    precis_format fmt;
    precis_input in;
    const char *charset;   /* --charset, or NULL */
    int quiet;
    char **inputs;
    int ninputs;
} summarize_args;

/* The file's text with each newline made a space; NULL when it cannot be
 * opened. */
static char *read_query_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    int ch;
    while ((ch = fgetc(f)) != EOF) fputc(ch == '\n' ? ' ' : ch, m);
    fclose(f);
    fclose(m);
    return buf;
}

/* --list-methods: each method, its description and its parameters. */
static void list_methods(void)
{
    for (const char *const *m = precis_methods(); *m; m++) {
        printf("%-12s %s\n", *m, precis_method_description(*m));
        size_t np = 0;
        const precis_param *p = precis_method_params(*m, &np);
        for (size_t i = 0; i < np; i++)
            printf("%-12s   --param %s=%g  %s\n", "", p[i].name, p[i].value, p[i].description);
    }
}

static int parse(int argc, char **argv, summarize_args *a)
{
    static const struct option opts[] = {
        {"words", 1, 0, 'w'},      {"bytes", 1, 0, 'b'},      {"sentences", 1, 0, 's'},
        {"truncate", 0, 0, 'T'},   {"method", 1, 0, 'm'},     {"query", 1, 0, 'q'},
        {"query-file", 1, 0, 'Q'}, {"order", 1, 0, 'O'},      {"language", 1, 0, 'L'},
        {"idf", 1, 0, 'I'},        {"input", 1, 0, 'i'},      {"format", 1, 0, 'f'},
        {"quiet", 0, 0, 'z'},      {"list-methods", 0, 0, 'M'}, {"help", 0, 0, 'h'},
        {"param", 1, 0, 'P'},      {"threshold", 1, 0, 't'},  {"redundancy", 1, 0, 'r'},
        {"url", 1, 0, 'u'},        {"charset", 1, 0, 'c'},    {0, 0, 0, 0}};
    const cli_cmd cmd = {argv[0], opts, NULL};
    precis_options *opt = &a->opt;
    precis_options_init(opt);
    a->fmt = PRECIS_FORMAT_TEXT;
    a->in = PRECIS_INPUT_AUTO;
    int ch;
    while ((ch = getopt_long(argc, argv, ":w:b:s:m:q:f:hP:u:", opts, NULL)) != -1) {
        switch (ch) {
        case 'P': a->params[opt->nparams++] = optarg; break;
        case 'u': a->urls[a->nurls++] = optarg; break;
        case 't':
            snprintf(a->threshold, sizeof a->threshold, "threshold=%s", optarg);
            a->params[opt->nparams++] = a->threshold;
            break;
        case 'r':
            if (strcmp(optarg, "mmr") && strcmp(optarg, "threshold"))
                return cli_value_error(&cmd, ch, optarg, "threshold or mmr");
            opt->redundancy = optarg;
            break;
        case 'w': case 'b': case 's':
            if (cli_positive(&cmd, ch, optarg, &opt->budget, NULL)) return 2;
            opt->budget_unit = ch == 'w' ? PRECIS_WORDS : ch == 'b' ? PRECIS_BYTES : PRECIS_SENTENCES;
            break;
        case 'T': opt->truncate = 1; break;
        case 'm': opt->method = optarg; break;
        case 'q': opt->query = optarg; break;
        case 'Q':
            free(a->query);
            if (!(a->query = read_query_file(optarg))) {
                fprintf(stderr, "precis: %s: cannot read query file\n", optarg);
                return 1;
            }
            opt->query = a->query;
            break;
        case 'O':
            if (strcmp(optarg, "date") == 0) opt->order = PRECIS_ORDER_DATE;
            else if (strcmp(optarg, "score") == 0) opt->order = PRECIS_ORDER_SCORE;
            else return cli_value_error(&cmd, ch, optarg, "date or score");
            break;
        case 'L':
            if (cli_language_option(&cmd, optarg)) return 2;
            break;
        case 'I':
            if (strcmp(optarg, "background") && strcmp(optarg, "cluster"))
                return cli_value_error(&cmd, ch, optarg, "background or cluster");
            opt->idf = optarg;
            break;
        case 'i':
            if (cli_parse_input(optarg, &a->in))
                return cli_value_error(&cmd, ch, optarg, "auto, text, sgml, json or html");
            break;
        case 'c':
            if (cli_check_charset(&cmd, optarg)) return 2;
            a->charset = optarg;
            break;
        case 'f':
            if (cli_parse_format(optarg, &a->fmt))
                return cli_value_error(&cmd, ch, optarg, "text, json or markdown");
            break;
        case 'z': a->quiet = 1; break;
        case 'M': list_methods(); return 0;
        case 'h': fputs(usage, stdout); return 0;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    if (optind >= argc && !a->nurls)
        return cli_usage_error(&cmd, "no input given (files, directories, '-' for standard input, or --url)");
    if (opt->method && !precis_method_description(opt->method)) return cli_unknown_method(&cmd, opt->method);
    opt->params = a->params;
    a->inputs = argv + optind;
    a->ninputs = argc - optind;
    return CLI_RUN;
}

static int run(const summarize_args *a)
{
    int rc;
    precis_cluster *c = cli_load(a->inputs, a->ninputs, a->urls, a->nurls, a->in, a->charset,
                                 a->quiet, &rc);
    if (!c) return rc;
    precis_summary *s = precis_summarize(c, &a->opt);
    if (!s) {
        fprintf(stderr, "precis: %s\n", precis_last_error());
        rc = 2;
    } else {
        char *out = precis_render(s, a->fmt);
        fputs(out, stdout);
        free(out);
        if (precis_summary_count(s) == 0)
            fprintf(stderr, "precis: warning: no sentence fits the budget\n");
        if (precis_summary_warning(s) && !a->quiet)
            fprintf(stderr, "precis: warning: %s\n", precis_summary_warning(s));
        precis_summary_free(s);
    }
    precis_cluster_free(c);
    return rc;
}

int cmd_summarize(int argc, char **argv)
{
    summarize_args a = {.params = cli_arg_list(argc), .urls = cli_arg_list(argc)};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = run(&a);
    free(a.params);
    free(a.urls);
    free(a.query);
    return rc;
}
