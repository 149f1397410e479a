/*
 * main.c — the precis command line: parses options and calls the library.
 *
 * Exit status: 0 success, 1 an input could not be read (other inputs are
 * still used), 2 a usage error.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage_main =
    "usage: precis COMMAND [OPTIONS] INPUT...\n"
    "\n"
    "Summarise a cluster of news articles about one story.  Every sentence of a\n"
    "summary is a sentence of the input, attributed to its document and bytes.\n"
    "\n"
    "Commands:\n"
    "  summarize   select a summary of the given length from the cluster\n"
    "  batch       summarise a stream of clusters (JSON Lines) on several threads\n"
    "  timeline    the dated events of the story, dates resolved per article\n"
    "  entities    people, places and organisations, with their aliases merged\n"
    "  quotes      direct quotations and their speakers\n"
    "  digest      summary, timeline, entities and quotes in one report\n"
    "  extract     the article of a web page: metadata and body text\n"
    "  segment     print the cleaned sentences of the input, one per line\n"
    "  eval        score summaries with ROUGE (see 'precis eval --help')\n"
    "\n"
    "INPUT is a file, a directory (every file in it, sorted) or '-' for standard\n"
    "input.  Plain text, TREC/DUC SGML (<DOC> ... </DOC>), web pages (HTML: the\n"
    "article body is read, see 'precis extract') and JSON cluster objects\n"
    "{\"id\":..., \"docs\":[{\"id\",\"text\" or \"html\",\"date\",\"source\",\"title\"}]}\n"
    "are recognised.  --url URL (summarize, timeline, entities, quotes, digest)\n"
    "fetches a page and adds its article.\n"
    "\n"
    "  precis --help | precis COMMAND --help | precis --version\n";

static const char *usage_summarize =
    "usage: precis summarize [OPTIONS] INPUT...\n"
    "\n"
    "Length (the summary never exceeds it):\n"
    "  -w, --words N        at most N words (default 100)\n"
    "  -b, --bytes N        at most N bytes, sentences joined by one space (DUC: 665)\n"
    "  -s, --sentences N    at most N sentences\n"
    "      --truncate       fill the budget exactly by cutting the last sentence\n"
    "                       (DUC/ROUGE convention; off by default)\n"
    "Content:\n"
    "  -m, --method NAME    summarization method (default: coverage); --list-methods\n"
    "  -q, --query TEXT     focus the summary on a question or topic\n"
    "      --query-file F   read the query from a file\n"
    "  -P, --param NAME=VALUE  set a method parameter (repeatable); --list-methods\n"
    "                       shows each method's parameters and defaults\n"
    "      --threshold T    LexRank: thresholded variant (edges where cosine >= T)\n"
    "      --redundancy threshold|mmr  for score-based methods: skip sentences too\n"
    "                       similar to chosen ones (default), or Maximal Marginal\n"
    "                       Relevance\n"
    "      --order date|score  order by document date then position (default),\n"
    "                       or by the method's score\n"
    "      --language NAME  Snowball stemmer language (default english)\n"
    "      --idf background|cluster  IDF from the shipped English table (default)\n"
    "                       or from the cluster's own documents\n"
    "Input and output:\n"
    "      --input auto|text|sgml|json|html  input format (default auto)\n"
    "  -u, --url URL        fetch a web page and add its article (repeatable)\n"
    "  -f, --format text|json|markdown  output format (default text: one sentence\n"
    "                       per line; json has offsets and sources)\n"
    "      --quiet          do not print warnings\n"
    "      --list-methods   print the methods and exit\n";

static const char *usage_segment =
    "usage: precis segment [--removed] [--format text|json] [--input FMT] INPUT...\n"
    "\n"
    "Print the sentences of every document after cleaning, one per line.\n"
    "  --removed   also print what the cleaner removed, prefixed with [reason]\n"
    "  --format json   one JSON object per line: doc, start, end, text, removed\n";

int usage_error(const char *msg, const char *usage)
{
    fprintf(stderr, "precis: %s\n\n%s", msg, usage);
    return 2;
}

int parse_size(const char *s, size_t *out)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (*s == 0 || *end || v < 0) return -1;
    *out = (size_t)v;
    return 0;
}

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

/* Print diagnostics; returns 1 when any was an error. */
int report(const precis_cluster *c, int quiet)
{
    for (size_t i = 0; i < precis_cluster_diag_count(c); i++) {
        const precis_diag *d = precis_cluster_diag(c, i);
        if (quiet && d->severity == PRECIS_WARNING) continue;
        fprintf(stderr, "precis: %s", d->file);
        if (d->line > 0) fprintf(stderr, ":%ld", d->line);
        if (d->offset >= 0) fprintf(stderr, " (byte %ld)", d->offset);
        fprintf(stderr, ": %s: %s\n", d->severity == PRECIS_ERROR ? "error" : "warning",
                d->message);
    }
    return precis_cluster_error_count(c) > 0;
}

int parse_format(const char *s, precis_format *f)
{
    if (strcmp(s, "text") == 0) *f = PRECIS_FORMAT_TEXT;
    else if (strcmp(s, "json") == 0) *f = PRECIS_FORMAT_JSON;
    else if (strcmp(s, "markdown") == 0 || strcmp(s, "md") == 0) *f = PRECIS_FORMAT_MARKDOWN;
    else return -1;
    return 0;
}

int parse_input(const char *s, precis_input *in)
{
    static const char *const names[] = {"auto", "text", "sgml", "json", "html"};
    for (int i = 0; i < 5; i++)
        if (strcmp(s, names[i]) == 0) return *in = (precis_input)i, 0;
    return -1;
}

/* Memory the summarize command owns, freed by cmd_summarize whatever path
 * run_summarize returns by. */
typedef struct {
    const char **params;
    const char **urls;
    char *query;
} owned;

static int run_summarize(int argc, char **argv, owned *own)
{
    static const struct option opts[] = {
        {"words", 1, 0, 'w'},      {"bytes", 1, 0, 'b'},      {"sentences", 1, 0, 's'},
        {"truncate", 0, 0, 'T'},   {"method", 1, 0, 'm'},     {"query", 1, 0, 'q'},
        {"query-file", 1, 0, 'Q'}, {"order", 1, 0, 'O'},      {"language", 1, 0, 'L'},
        {"idf", 1, 0, 'I'},        {"input", 1, 0, 'i'},      {"format", 1, 0, 'f'},
        {"quiet", 0, 0, 'z'},      {"list-methods", 0, 0, 'M'}, {"help", 0, 0, 'h'},
        {"param", 1, 0, 'P'},      {"threshold", 1, 0, 't'},  {"redundancy", 1, 0, 'r'},
        {"url", 1, 0, 'u'},        {0, 0, 0, 0}};
    const char **params = own->params;
    static char thr[64];
    precis_options opt;
    precis_options_init(&opt);
    precis_format fmt = PRECIS_FORMAT_TEXT;
    precis_input in = PRECIS_INPUT_AUTO;
    int quiet = 0, ch;
    size_t nurls = 0;
    while ((ch = getopt_long(argc, argv, "w:b:s:m:q:f:hP:u:", opts, NULL)) != -1) {
        switch (ch) {
        case 'P': params[opt.nparams++] = optarg; break;
        case 'u': own->urls[nurls++] = optarg; break;
        case 't':
            snprintf(thr, sizeof thr, "threshold=%s", optarg);
            params[opt.nparams++] = thr;
            break;
        case 'r':
            if (strcmp(optarg, "mmr") && strcmp(optarg, "threshold"))
                return usage_error("--redundancy takes threshold or mmr", usage_summarize);
            opt.redundancy = optarg;
            break;
        case 'w': case 'b': case 's':
            if (parse_size(optarg, &opt.budget) != 0)
                return usage_error("the length must be a whole number", usage_summarize);
            opt.budget_unit = ch == 'w' ? PRECIS_WORDS : ch == 'b' ? PRECIS_BYTES : PRECIS_SENTENCES;
            break;
        case 'T': opt.truncate = 1; break;
        case 'm': opt.method = optarg; break;
        case 'q': opt.query = optarg; break;
        case 'Q':
            free(own->query);
            if (!(own->query = read_query_file(optarg))) {
                fprintf(stderr, "precis: %s: cannot read query file\n", optarg);
                return 1;
            }
            opt.query = own->query;
            break;
        case 'O':
            if (strcmp(optarg, "date") == 0) opt.order = PRECIS_ORDER_DATE;
            else if (strcmp(optarg, "score") == 0) opt.order = PRECIS_ORDER_SCORE;
            else return usage_error("--order takes date or score", usage_summarize);
            break;
        case 'L': opt.language = optarg; break;
        case 'I':
            if (strcmp(optarg, "background") && strcmp(optarg, "cluster"))
                return usage_error("--idf takes background or cluster", usage_summarize);
            opt.idf = optarg;
            break;
        case 'i':
            if (parse_input(optarg, &in)) return usage_error("--input takes auto, text, sgml, json or html", usage_summarize);
            break;
        case 'f':
            if (parse_format(optarg, &fmt)) return usage_error("--format takes text, json or markdown", usage_summarize);
            break;
        case 'z': quiet = 1; break;
        case 'M':
            for (const char *const *m = precis_methods(); *m; m++) {
                printf("%-12s %s\n", *m, precis_method_description(*m));
                size_t np = 0;
                const precis_param *p = precis_method_params(*m, &np);
                for (size_t i = 0; i < np; i++)
                    printf("%-12s   --param %s=%g  %s\n", "", p[i].name, p[i].value, p[i].description);
            }
            return 0;
        case 'h': fputs(usage_summarize, stdout); return 0;
        default: return usage_error("unknown option", usage_summarize);
        }
    }
    if (optind >= argc && !nurls) return usage_error("no input given", usage_summarize);
    if (opt.method && !precis_method_description(opt.method)) {
        fprintf(stderr, "precis: unknown method '%s'; available:", opt.method);
        for (const char *const *m = precis_methods(); *m; m++) fprintf(stderr, " %s", *m);
        fputc('\n', stderr);
        return 2;
    }
    opt.params = params;
    precis_cluster *c = precis_cluster_new();
    for (int i = optind; i < argc; i++) precis_cluster_add_path(c, argv[i], in);
    for (size_t i = 0; i < nurls; i++) precis_cluster_add_url(c, own->urls[i], NULL);
    int failed = report(c, quiet);
    int rc = failed;
    if (precis_cluster_doc_count(c) == 0) {
        fprintf(stderr, "precis: no document could be read\n");
        rc = 1;
    } else {
        precis_summary *s = precis_summarize(c, &opt);
        if (!s) {
            fprintf(stderr, "precis: %s\n", precis_last_error());
            rc = 2;
        } else {
            char *out = precis_render(s, fmt);
            fputs(out, stdout);
            free(out);
            if (precis_summary_count(s) == 0)
                fprintf(stderr, "precis: warning: no sentence fits the budget\n");
            precis_summary_free(s);
        }
    }
    precis_cluster_free(c);
    return rc;
}

static int cmd_summarize(int argc, char **argv)
{
    owned own = {calloc((size_t)argc + 1, sizeof *own.params),
                 calloc((size_t)argc + 1, sizeof *own.urls), NULL};
    int rc = run_summarize(argc, argv, &own);
    free(own.params);
    free(own.urls);
    free(own.query);
    return rc;
}

static int print_segment(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                         const char *removed)
{
    const precis_cluster *c = ctx;
    (void)c;
    if (removed) printf("[%s] ", removed);
    (void)doc, (void)start, (void)end;
    puts(text);
    return 0;
}

static int print_segment_json(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                              const char *removed)
{
    const precis_cluster *c = ctx;
    printf("{\"doc\":\"");
    for (const char *p = precis_doc_id(c, doc); *p; p++)
        (*p == '"' || *p == '\\') ? printf("\\%c", *p) : (unsigned char)*p < 0x20 ? printf(" ") : putchar(*p);
    printf("\",\"start\":%zu,\"end\":%zu,\"text\":\"", start, end);
    for (const char *p = text; *p; p++)
        (*p == '"' || *p == '\\') ? printf("\\%c", *p) : (unsigned char)*p < 0x20 ? printf(" ") : putchar(*p);
    printf("\",\"removed\":");
    removed ? printf("\"%s\"}\n", removed) : printf("null}\n");
    return 0;
}

static int cmd_segment(int argc, char **argv)
{
    static const struct option opts[] = {{"removed", 0, 0, 'r'}, {"format", 1, 0, 'f'},
                                         {"input", 1, 0, 'i'},   {"quiet", 0, 0, 'z'},
                                         {"help", 0, 0, 'h'},    {0, 0, 0, 0}};
    int removed = 0, quiet = 0, ch;
    precis_format fmt = PRECIS_FORMAT_TEXT;
    precis_input in = PRECIS_INPUT_AUTO;
    while ((ch = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'r': removed = 1; break;
        case 'z': quiet = 1; break;
        case 'f':
            if (parse_format(optarg, &fmt) || fmt == PRECIS_FORMAT_MARKDOWN)
                return usage_error("--format takes text or json", usage_segment);
            break;
        case 'i':
            if (parse_input(optarg, &in)) return usage_error("--input takes auto, text, sgml, json or html", usage_segment);
            break;
        case 'h': fputs(usage_segment, stdout); return 0;
        default: return usage_error("unknown option", usage_segment);
        }
    }
    if (optind >= argc) return usage_error("no input given", usage_segment);
    precis_cluster *c = precis_cluster_new();
    for (int i = optind; i < argc; i++) precis_cluster_add_path(c, argv[i], in);
    int rc = report(c, quiet);
    precis_cluster_segments(c, fmt == PRECIS_FORMAT_JSON ? print_segment_json : print_segment, c,
                            removed);
    if (precis_cluster_doc_count(c) == 0) rc = 1;
    precis_cluster_free(c);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage_error("no command given", usage_main);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("precis %s\n", PRECIS_VERSION);
        return 0;
    }
    if (strcmp(cmd, "summarize") == 0 || strcmp(cmd, "summarise") == 0)
        return cmd_summarize(argc - 1, argv + 1);
    if (strcmp(cmd, "segment") == 0) return cmd_segment(argc - 1, argv + 1);
    if (strcmp(cmd, "eval") == 0) return cmd_eval(argc - 1, argv + 1);
    if (strcmp(cmd, "batch") == 0) return cmd_batch(argc - 1, argv + 1);
    if (strcmp(cmd, "extract") == 0) return cmd_extract(argc - 1, argv + 1);
    if (strcmp(cmd, "timeline") == 0 || strcmp(cmd, "entities") == 0 ||
        strcmp(cmd, "quotes") == 0 || strcmp(cmd, "digest") == 0)
        return cmd_story(argc - 1, argv + 1);
    fprintf(stderr, "precis: unknown command '%s'\n\n%s", cmd, usage_main);
    return 2;
}
