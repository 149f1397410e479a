/*
 * story.c — the commands that tell a story's structure: timeline, entities,
 * quotes and digest: one option table for the four, and each its own help
 * and the options it takes (another's is a usage error).
 * Each reads a cluster as summarize does (files, directories, standard
 * input, URLs) and prints what the library finds.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The options all four take, at the end of each one's help. */
#define COMMON_OPTIONS                                                                   \
    "Input and output:\n"                                                                \
    "      --input auto|text|sgml|json|html  input format (default auto)\n"              \
    "      --charset NAME   encoding of text and SGML input (default UTF-8), such\n"     \
    "                       as latin1; offsets still count bytes of the files\n"         \
    "  -u, --url URL        fetch a web page and add its article (repeatable)\n"         \
    "  -f, --format text|json|markdown  output format (default text)\n"                  \
    CLI_LANGUAGE_HELP                                                                    \
    "      --quiet          do not print warnings\n"

static const char usage_timeline[] =
    "usage: precis timeline [OPTIONS] INPUT...\n"
    "\n"
    "Every date the articles name, resolved against each article's own date (its\n"
    "metadata, a 'date' line or a dateline): '1945', 'November 2013', 'on\n"
    "Tuesday', 'last week'.  One entry per date, in order, told by the\n"
    "sentence(s) the articles agree on most, with their sources.  Relative dates\n"
    "in undated articles are listed as unresolved.\n"
    "\n"
    "  --max-dates N        keep the N dates most articles mention (a number above\n"
    "                       0; default: all)\n"
    "  --words-per-date N   words of sentences per date (default 40; at least one\n"
    "                       sentence)\n"
    COMMON_OPTIONS;

static const char usage_entities[] =
    "usage: precis entities [OPTIONS] INPUT...\n"
    "\n"
    "People, places and organisations with their mention counts, most mentioned\n"
    "first; aliases are merged ('Abe' / 'Shinzo Abe', 'known in Japan as X and in\n"
    "Russia as Y').\n"
    "\n"
    "  --max N              only the N most mentioned (a number above 0; default:\n"
    "                       all)\n"
    "  --type T             only person, place, organization or other\n"
    COMMON_OPTIONS;

static const char usage_quotes[] =
    "usage: precis quotes [OPTIONS] INPUT...\n"
    "\n"
    "Direct quotations of three words or more, with their speakers.\n"
    "\n"
    "  --max N              only the N key quotes, the best of each leading speaker\n"
    "                       (a number above 0; default: every quotation)\n"
    COMMON_OPTIONS;

static const char usage_digest[] =
    "usage: precis digest [OPTIONS] INPUT...\n"
    "\n"
    "Summary, timeline, entities and quotes in one report.\n"
    "\n"
    "  -w, --words N        the summary's length in words (default 100)\n"
    "  -m, --method NAME    the summary's method (default coverage; see\n"
    "                       'precis summarize --list-methods')\n"
    "  -q, --query TEXT     focus the summary on a question or topic\n"
    "      --max-dates N    dates in the timeline (default 12)\n"
    "      --words-per-date N  words of sentences per date (default 30; at least\n"
    "                       one sentence)\n"
    "      --max N          entities (default 12)\n"
    "      --max-quotes N   key quotes (default 6)\n"
    "                       -w, --max-dates, --max and --max-quotes take a number\n"
    "                       above 0\n"
    COMMON_OPTIONS;

/* Each command: its help and the options it takes (their vals in the
 * option table of parse), the common ones first. */
#define COMMON_VALS "fizhucL"
static const struct {
    const char *name, *usage, *vals;
} story_commands[] = {
    {"timeline", usage_timeline, COMMON_VALS "DW"},
    {"entities", usage_entities, COMMON_VALS "nt"},
    {"quotes", usage_quotes, COMMON_VALS "n"},
    {"digest", usage_digest, COMMON_VALS "DWnQwmq"},
};

/* What the options say.  urls is owned (common.h). */
typedef struct {
    const char *cmd;       /* timeline, entities, quotes or digest */
    precis_timeline_options timeline;
    precis_digest_options digest;
    size_t max;            /* --max, for entities and quotes; 0 = not given */
    int type;              /* --type as a precis_entity_type, or -1 = any */
    precis_format fmt;
    precis_input in;
    const char *charset;   /* --charset, or NULL */
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

/* An option of the four that this command does not take (`arg` as typed):
 * which do. */
static int not_for(const cli_cmd *cmd, int ch, const char *arg)
{
    const char *names[4];
    size_t n = 0;
    for (size_t i = 0; i < 4; i++)
        if (strchr(story_commands[i].vals, ch)) names[n++] = story_commands[i].name;
    char which[64] = "";
    for (size_t i = 0; i < n; i++)
        snprintf(which + strlen(which), sizeof which - strlen(which), "%s%s",
                 i == 0 ? "" : i + 1 == n ? " and " : ", ", names[i]);
    const cli_cmd all = {cmd->name, cmd->opts, NULL};
    const char *name = cli_option_name(&all, ch);
    if (strncmp(arg, "--", 2) != 0) /* typed short */
        return cli_usage_error(cmd, "-%c (%s) applies to %s, not to %s", ch, name, which, cmd->name);
    return cli_usage_error(cmd, "%s applies to %s, not to %s", name, which, cmd->name);
}

static int parse(int argc, char **argv, story_args *a)
{
    static const struct option opts[] = {
        {"format", 1, 0, 'f'},   {"input", 1, 0, 'i'},         {"quiet", 0, 0, 'z'},
        {"help", 0, 0, 'h'},     {"max-dates", 1, 0, 'D'},     {"words-per-date", 1, 0, 'W'},
        {"max", 1, 0, 'n'},      {"type", 1, 0, 't'},          {"max-quotes", 1, 0, 'Q'},
        {"words", 1, 0, 'w'},    {"method", 1, 0, 'm'},        {"query", 1, 0, 'q'},
        {"url", 1, 0, 'u'},      {"charset", 1, 0, 'c'},       {"language", 1, 0, 'L'},
        {0, 0, 0, 0}};
    size_t which = 0;
    while (which < 3 && strcmp(argv[0], story_commands[which].name)) which++;
    const cli_cmd cmd = {argv[0], opts, story_commands[which].vals};
    int digest = which == 3;
    a->cmd = argv[0];
    precis_digest_options *dopt = &a->digest;
    precis_digest_options_init(dopt);
    precis_timeline_options_init(&a->timeline);
    a->fmt = PRECIS_FORMAT_TEXT;
    a->in = PRECIS_INPUT_AUTO;
    a->type = -1;
    /* a count of --max-dates, --max and --max-quotes: 0 is refused, as
     * "none" and "all" would both be a guess */
    const char *some = digest ? "leave it out for the default" : "leave it out for all";
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:hw:m:q:u:", opts, NULL)) != -1) {
        size_t v = 0;
        /* the argument the option was typed in: the one before its value
         * when the value was the next argument */
        if (ch != '?' && ch != ':' && !strchr(cmd.only, ch))
            return not_for(&cmd, ch, argv[optind - 1 - (optarg && optarg == argv[optind - 1])]);
        switch (ch) {
        case 'u': a->urls[a->nurls++] = optarg; break;
        case 'f':
            if (cli_parse_format(optarg, &a->fmt))
                return cli_value_error(&cmd, ch, optarg, "text, json or markdown");
            break;
        case 'i':
            if (cli_parse_input(optarg, &a->in))
                return cli_value_error(&cmd, ch, optarg, "auto, text, sgml, json or html");
            break;
        case 'c':
            if (cli_check_charset(&cmd, optarg)) return 2;
            a->charset = optarg;
            break;
        case 'z': a->quiet = 1; break;
        case 'L':
            if (cli_language_option(&cmd, optarg)) return 2;
            break;
        case 'h': fputs(story_commands[which].usage, stdout); return 0;
        case 'W':
            if (cli_parse_size(optarg, &v)) return cli_value_error(&cmd, ch, optarg, "a whole number");
            a->timeline.words_per_date = dopt->timeline.words_per_date = v;
            break;
        case 'D': case 'n': case 'Q':
            if (cli_positive(&cmd, ch, optarg, &v, some)) return 2;
            if (ch == 'D') a->timeline.max_dates = dopt->timeline.max_dates = v;
            if (ch == 'n') a->max = dopt->max_entities = v;
            if (ch == 'Q') dopt->max_quotes = v;
            break;
        case 'w':
            if (cli_positive(&cmd, ch, optarg, &dopt->summary.budget, NULL)) return 2;
            break;
        case 't':
            if (type_of(optarg, &a->type))
                return cli_value_error(&cmd, ch, optarg, "person, place, organization or other");
            break;
        case 'm': dopt->summary.method = optarg; break;
        case 'q': dopt->summary.query = optarg; break;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    if (optind >= argc && !a->nurls)
        return cli_usage_error(&cmd, "no input given (files, directories, '-' for standard input, or --url)");
    if (dopt->summary.method && !precis_method_description(dopt->summary.method))
        return cli_unknown_method(&cmd, dopt->summary.method);
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
        if (a->max) precis_quotes_keep_key(q, a->max);
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
    int rc;
    precis_cluster *c = cli_load(a->inputs, a->ninputs, a->urls, a->nurls, a->in, a->charset,
                                 a->quiet, &rc);
    if (!c) return rc;
    if (print_story(c, a)) rc = 2;
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
