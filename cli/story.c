/*
 * story.c — the commands that tell a story's structure: timeline, entities,
 * quotes and digest, one usage text and one set of options for the four.
 * Each reads a cluster as summarize does (files, directories, standard
 * input, URLs) and prints what the library finds.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage =
    "usage: precis timeline [--max-dates N] [--words-per-date N] [OPTIONS] INPUT...\n"
    "       precis entities [--max N] [--type person|place|organization|other] [OPTIONS] INPUT...\n"
    "       precis quotes   [--max N] [OPTIONS] INPUT...\n"
    "       precis digest   [-w N] [-m METHOD] [-q QUERY] [--max-dates N] [OPTIONS] INPUT...\n"
    "\n"
    "timeline  every date the articles name, resolved against each article's own\n"
    "          date (its metadata, a 'date' line or a dateline): '1945', 'November\n"
    "          2013', 'on Tuesday', 'last week'.  One entry per date, in order, told\n"
    "          by the sentence(s) the articles agree on most, with their sources.\n"
    "          Relative dates in undated articles are listed as unresolved.\n"
    "  --max-dates N        keep the N dates most articles mention (default: all)\n"
    "  --words-per-date N   words of sentences per date (default 40; at least one)\n"
    "entities  people, places and organisations with mention counts; aliases are\n"
    "          merged ('Abe' / 'Shinzo Abe', 'known in Japan as X and in Russia as Y').\n"
    "  --max N              only the N most mentioned\n"
    "  --type T             only people, places, organizations or others\n"
    "quotes    direct quotations of three words or more with their speakers.\n"
    "  --max N              the N key quotes (the best of each leading speaker)\n"
    "digest    summary (100 words), timeline (12 dates), entities (12) and quotes (6)\n"
    "          in one report.  -w N, -m METHOD, -q QUERY as for summarize;\n"
    "          --max-dates, --words-per-date; --max N entities; --max-quotes N.\n"
    "Common:\n"
    "  -f, --format text|json|markdown   output format (default text)\n"
    "      --input auto|text|sgml|json|html  input format (default auto)\n"
    "  -u, --url URL        fetch a web page and add its article (repeatable)\n"
    "      --quiet          do not print warnings\n";

/* What the options say.  urls is owned (common.h). */
typedef struct {
    const char *cmd;       /* timeline, entities, quotes or digest */
    precis_timeline_options timeline;
    precis_digest_options digest;
    size_t max;            /* --max, for entities and quotes */
    int max_set;
    int type;              /* --type as a precis_entity_type, or -1 = any */
    precis_format fmt;
    precis_input in;
    int quiet;
    const char **urls;
    size_t nurls;
    char **inputs;
    int ninputs;
} story_args;

/* An entity type's name (organisation too) into *t.  Returns 0, or -1. */
static int type_of(const char *s, int *t)
{
    static const char *const names[] = {"person", "place", "organization", "other"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0 || (i == 2 && strcmp(s, "organisation") == 0)) return *t = i, 0;
    return -1;
}

static int parse(int argc, char **argv, story_args *a)
{
    static const struct option opts[] = {
        {"format", 1, 0, 'f'},   {"input", 1, 0, 'i'},         {"quiet", 0, 0, 'z'},
        {"help", 0, 0, 'h'},     {"max-dates", 1, 0, 'D'},     {"words-per-date", 1, 0, 'W'},
        {"max", 1, 0, 'n'},      {"type", 1, 0, 't'},          {"max-quotes", 1, 0, 'Q'},
        {"words", 1, 0, 'w'},    {"method", 1, 0, 'm'},        {"query", 1, 0, 'q'},
        {"url", 1, 0, 'u'},      {0, 0, 0, 0}};
    a->cmd = argv[0];
    precis_digest_options *dopt = &a->digest;
    precis_digest_options_init(dopt);
    precis_timeline_options_init(&a->timeline);
    a->fmt = PRECIS_FORMAT_TEXT;
    a->in = PRECIS_INPUT_AUTO;
    a->type = -1;
    int ch;
    while ((ch = getopt_long(argc, argv, "f:hw:m:q:u:", opts, NULL)) != -1) {
        size_t v = 0;
        switch (ch) {
        case 'u': a->urls[a->nurls++] = optarg; break;
        case 'f':
            if (cli_parse_format(optarg, &a->fmt))
                return cli_usage_error("--format takes text, json or markdown", usage);
            break;
        case 'i':
            if (cli_parse_input(optarg, &a->in))
                return cli_usage_error("--input takes auto, text, sgml, json or html", usage);
            break;
        case 'z': a->quiet = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        case 'D': case 'W': case 'n': case 'Q': case 'w':
            if (cli_parse_size(optarg, &v)) return cli_usage_error("a count must be a whole number", usage);
            if (ch == 'D') a->timeline.max_dates = dopt->timeline.max_dates = v;
            if (ch == 'W') a->timeline.words_per_date = dopt->timeline.words_per_date = v;
            if (ch == 'n') a->max = dopt->max_entities = v, a->max_set = 1;
            if (ch == 'Q') dopt->max_quotes = v;
            if (ch == 'w') dopt->summary.budget = v;
            break;
        case 't':
            if (type_of(optarg, &a->type))
                return cli_usage_error("--type takes person, place, organization or other", usage);
            break;
        case 'm': dopt->summary.method = optarg; break;
        case 'q': dopt->summary.query = optarg; break;
        default: return cli_usage_error("unknown option", usage);
        }
    }
    if (optind >= argc && !a->nurls) return cli_usage_error("no input given", usage);
    a->inputs = argv + optind;
    a->ninputs = argc - optind;
    return CLI_RUN;
}

/* Print the command's report on the cluster.  Returns 0, or 2 when the
 * digest failed (said on stderr). */
static int print_story(precis_cluster *c, const story_args *a)
{
    char *out = NULL;
    int rc = 0;
    if (strcmp(a->cmd, "timeline") == 0) {
        precis_timeline *t = precis_timeline_build(c, &a->timeline);
        out = precis_timeline_render(t, a->fmt);
        precis_timeline_free(t);
    } else if (strcmp(a->cmd, "entities") == 0) {
        precis_entities *e = precis_entities_find(c);
        precis_entities_keep(e, a->max, a->type);
        out = precis_entities_render(e, a->fmt);
        precis_entities_free(e);
    } else if (strcmp(a->cmd, "quotes") == 0) {
        precis_quotes *q = precis_quotes_find(c, NULL);
        if (a->max_set) precis_quotes_keep_key(q, a->max);
        out = precis_quotes_render(q, a->fmt);
        precis_quotes_free(q);
    } else {
        out = precis_digest(c, &a->digest, a->fmt);
        if (!out) {
            fprintf(stderr, "precis: %s\n", precis_last_error());
            rc = 2;
        }
    }
    if (out) fputs(out, stdout);
    free(out);
    return rc;
}

static int run(const story_args *a)
{
    precis_cluster *c = precis_cluster_new();
    for (int i = 0; i < a->ninputs; i++) precis_cluster_add_path(c, a->inputs[i], a->in);
    for (size_t i = 0; i < a->nurls; i++) precis_cluster_add_url(c, a->urls[i], NULL);
    int rc = cli_report(c, a->quiet);
    if (precis_cluster_doc_count(c) == 0) {
        fprintf(stderr, "precis: no document could be read\n");
        rc = 1;
    } else if (print_story(c, a)) {
        rc = 2;
    }
    precis_cluster_free(c);
    return rc;
}

int cmd_story(int argc, char **argv)
{
    story_args a = {.urls = cli_arg_list(argc)};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = run(&a);
    free(a.urls);
    return rc;
}
