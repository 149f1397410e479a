/*
 * story.c — the commands that tell a story's structure: timeline, entities,
 * quotes and digest.  Each reads a cluster as summarize does and prints
 * what the library finds.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage_story =
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

static int type_of(const char *s, int *t)
{
    static const char *const names[] = {"person", "place", "organization", "other"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0 || (i == 2 && strcmp(s, "organisation") == 0)) return *t = i, 0;
    return -1;
}

static int run_story(int argc, char **argv, const char **urls, size_t *nurls)
{
    static const struct option opts[] = {
        {"format", 1, 0, 'f'},   {"input", 1, 0, 'i'},         {"quiet", 0, 0, 'z'},
        {"help", 0, 0, 'h'},     {"max-dates", 1, 0, 'D'},     {"words-per-date", 1, 0, 'W'},
        {"max", 1, 0, 'n'},      {"type", 1, 0, 't'},          {"max-quotes", 1, 0, 'Q'},
        {"words", 1, 0, 'w'},    {"method", 1, 0, 'm'},        {"query", 1, 0, 'q'},
        {"url", 1, 0, 'u'},      {0, 0, 0, 0}};
    const char *cmd = argv[0];
    precis_digest_options dopt;
    precis_digest_options_init(&dopt);
    precis_timeline_options topt;
    precis_timeline_options_init(&topt);
    precis_format fmt = PRECIS_FORMAT_TEXT;
    precis_input in = PRECIS_INPUT_AUTO;
    size_t max = 0;
    int type = -1, quiet = 0, ch, max_set = 0;
    while ((ch = getopt_long(argc, argv, "f:hw:m:q:u:", opts, NULL)) != -1) {
        size_t v = 0;
        switch (ch) {
        case 'u': urls[(*nurls)++] = optarg; break;
        case 'f':
            if (parse_format(optarg, &fmt)) return usage_error("--format takes text, json or markdown", usage_story);
            break;
        case 'i':
            if (parse_input(optarg, &in)) return usage_error("--input takes auto, text, sgml, json or html", usage_story);
            break;
        case 'z': quiet = 1; break;
        case 'h': fputs(usage_story, stdout); return 0;
        case 'D': case 'W': case 'n': case 'Q': case 'w':
            if (parse_size(optarg, &v)) return usage_error("a count must be a whole number", usage_story);
            if (ch == 'D') topt.max_dates = dopt.timeline.max_dates = v;
            if (ch == 'W') topt.words_per_date = dopt.timeline.words_per_date = v;
            if (ch == 'n') max = dopt.max_entities = v, max_set = 1;
            if (ch == 'Q') dopt.max_quotes = v;
            if (ch == 'w') dopt.summary.budget = v;
            break;
        case 't':
            if (type_of(optarg, &type)) return usage_error("--type takes person, place, organization or other", usage_story);
            break;
        case 'm': dopt.summary.method = optarg; break;
        case 'q': dopt.summary.query = optarg; break;
        default: return usage_error("unknown option", usage_story);
        }
    }
    if (optind >= argc && !*nurls) return usage_error("no input given", usage_story);
    precis_cluster *c = precis_cluster_new();
    for (int i = optind; i < argc; i++) precis_cluster_add_path(c, argv[i], in);
    for (size_t i = 0; i < *nurls; i++) precis_cluster_add_url(c, urls[i], NULL);
    int rc = report(c, quiet);
    char *out = NULL;
    if (precis_cluster_doc_count(c) == 0) {
        fprintf(stderr, "precis: no document could be read\n");
        precis_cluster_free(c);
        return 1;
    }
    if (strcmp(cmd, "timeline") == 0) {
        precis_timeline *t = precis_timeline_build(c, &topt);
        out = precis_timeline_render(t, fmt);
        precis_timeline_free(t);
    } else if (strcmp(cmd, "entities") == 0) {
        precis_entities *e = precis_entities_find(c);
        precis_entities_keep(e, max, type);
        out = precis_entities_render(e, fmt);
        precis_entities_free(e);
    } else if (strcmp(cmd, "quotes") == 0) {
        precis_quotes *q = precis_quotes_find(c, NULL);
        if (max_set) precis_quotes_keep_key(q, max);
        out = precis_quotes_render(q, fmt);
        precis_quotes_free(q);
    } else {
        out = precis_digest(c, &dopt, fmt);
        if (!out) {
            fprintf(stderr, "precis: %s\n", precis_last_error());
            rc = 2;
        }
    }
    if (out) fputs(out, stdout);
    free(out);
    precis_cluster_free(c);
    return rc;
}

int cmd_story(int argc, char **argv)
{
    const char **urls = calloc((size_t)argc + 1, sizeof *urls);
    size_t nurls = 0;
    int rc = run_story(argc, argv, urls, &nurls);
    free(urls);
    return rc;
}

