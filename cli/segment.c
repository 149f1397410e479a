/*
 * segment.c — `precis segment`: the sentences of every document after
 * cleaning, one per line (or one JSON object per line), and with --removed
 * what the cleaner took out.  Shows what the summarizer works from.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>

static const char *usage =
    "usage: precis segment [--removed] [--format text|json] [--input FMT] INPUT...\n"
    "\n"
    "Print the sentences of every document after cleaning, one per line.\n"
    "  --removed   also print what the cleaner removed, prefixed with [reason]\n"
    "  --format json   one JSON object per line: doc, start, end, text, removed\n"
    "  --charset NAME  encoding of text and SGML input (default UTF-8), such as\n"
    "                  latin1; offsets still count bytes of the files\n"
    "  --language NAME the documents' language (a Snowball name: german,\n"
    "                  russian; or japanese, chinese) for cleaning and sentences\n";

/* What the options say (nothing is owned: see common.h). */
typedef struct {
    int removed, quiet;
    precis_format fmt;
    precis_input in;
    const char *charset;   /* --charset, or NULL */
    const char *language;  /* --language, or NULL (detect) */
    char **inputs;
    int ninputs;
} segment_args;

/* A precis_sentence_fn: the sentence, after "[reason] " when removed. */
static int print_sentence(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                          const char *removed)
{
    (void)ctx, (void)doc, (void)start, (void)end;
    if (removed) printf("[%s] ", removed);
    puts(text);
    return 0;
}

/* s between the quotes of a JSON string: '"' and '\' escaped, control
 * characters as spaces. */
static void print_json_chars(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '"' || *p == '\\') printf("\\%c", *p);
        else if ((unsigned char)*p < 0x20) printf(" ");
        else putchar(*p);
    }
}

/* A precis_sentence_fn: one JSON object a line; ctx is the cluster. */
static int print_sentence_json(void *ctx, size_t doc, size_t start, size_t end, const char *text,
                               const char *removed)
{
    const precis_cluster *c = ctx;
    printf("{\"doc\":\"");
    print_json_chars(precis_doc_id(c, doc));
    printf("\",\"start\":%zu,\"end\":%zu,\"text\":\"", start, end);
    print_json_chars(text);
    printf("\",\"removed\":");
    if (removed) printf("\"%s\"}\n", removed);
    else printf("null}\n");
    return 0;
}

static int parse(int argc, char **argv, segment_args *a)
{
    static const struct option opts[] = {{"removed", 0, 0, 'r'}, {"format", 1, 0, 'f'},
                                         {"input", 1, 0, 'i'},   {"quiet", 0, 0, 'z'},
                                         {"help", 0, 0, 'h'},    {"charset", 1, 0, 'c'},
                                         {"language", 1, 0, 'L'}, {0, 0, 0, 0}};
    const cli_cmd cmd = {argv[0], opts, NULL};
    a->fmt = PRECIS_FORMAT_TEXT;
    a->in = PRECIS_INPUT_AUTO;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'r': a->removed = 1; break;
        case 'z': a->quiet = 1; break;
        case 'L': a->language = optarg; break;
        case 'f':
            if (cli_parse_format(optarg, &a->fmt) || a->fmt == PRECIS_FORMAT_MARKDOWN)
                return cli_value_error(&cmd, ch, optarg, "text or json");
            break;
        case 'i':
            if (cli_parse_input(optarg, &a->in))
                return cli_value_error(&cmd, ch, optarg, "auto, text, sgml, json or html");
            break;
        case 'c':
            if (cli_check_charset(&cmd, optarg)) return 2;
            a->charset = optarg;
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    if (optind >= argc) return cli_usage_error(&cmd, "no input given (files, directories or '-' for standard input)");
    a->inputs = argv + optind;
    a->ninputs = argc - optind;
    return CLI_RUN;
}

static int run(const segment_args *a)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_set_charset(c, a->charset); /* known: parse checked it */
    if (a->language) precis_cluster_set_language(c, a->language);
    for (int i = 0; i < a->ninputs; i++) precis_cluster_add_path(c, a->inputs[i], a->in);
    int rc = cli_report(c, a->quiet);
    precis_cluster_segments(c, a->fmt == PRECIS_FORMAT_JSON ? print_sentence_json : print_sentence,
                            c, a->removed);
    if (precis_cluster_doc_count(c) == 0) rc = 1;
    precis_cluster_free(c);
    return rc;
}

int cmd_segment(int argc, char **argv)
{
    segment_args a = {0};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = run(&a);
    return rc;
}
