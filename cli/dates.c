/*
 * dates.c — `precis dates`: every date expression of the input, with its
 * document, its bytes in the input, its value in TimeML's TIMEX3 form and
 * what it was resolved against (precis_dates_build).  Reads inputs as the
 * story commands do (files, directories, '-', JSON clusters, --url).
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: precis dates [OPTIONS] INPUT...\n"
    "\n"
    "Every date expression of the articles, resolved against each article's own\n"
    "date (its metadata, a 'date' line or a dateline): its document, its bytes in\n"
    "the input, its text and its value in TimeML's TIMEX3 form: 2019-01-22,\n"
    "2019-01, 2019-W03 (a week), 2019, 199 (the 1990s), 2019-Q1, 2019-SU.  The\n"
    "JSON also says what each was resolved against ('document date', or 'text'\n"
    "for a date written before it) and whether it was read as ahead ('future').\n"
    "Relative expressions of undated articles have no value.  Month and weekday\n"
    "names, and words such as 'yesterday', are read in English, Spanish, French,\n"
    "German, Italian, Portuguese and Russian; 2020年3月5日, 3月5日, 星期五 and\n"
    "金曜日 in any document.\n"
    "\n"
    "  -l, --language NAME  the articles' language: a Snowball name (english,\n"
    "                       spanish, german, russian...), japanese, chinese, an ISO\n"
    "                       639 code (es, de) or auto (default: detected per article,\n"
    "                       the majority wins)\n"
    "Input and output:\n"
    "      --input auto|text|sgml|json|html  input format (default auto)\n"
    "      --charset NAME   encoding of text and SGML input (default UTF-8), such\n"
    "                       as latin1; offsets still count bytes of the files\n"
    "  -u, --url URL        fetch a web page and add its article (repeatable)\n"
    "  -f, --format text|json  output format (default text: value, document,\n"
    "                       bytes, text; one expression a line)\n"
    "      --quiet          do not print warnings\n";

/* What the options say.  urls is owned (common.h). */
typedef struct {
    precis_format fmt;
    precis_input in;
    const char *charset;   /* --charset, or NULL */
    int quiet;
    const char **urls;
    size_t nurls;
    char **inputs;
    int ninputs;
} dates_args;

/* The options into *a.  Returns CLI_RUN, or the exit status. */
static int parse(int argc, char **argv, dates_args *a)
{
    static const struct option opts[] = {
        {"format", 1, 0, 'f'}, {"input", 1, 0, 'i'}, {"quiet", 0, 0, 'z'},
        {"help", 0, 0, 'h'},   {"url", 1, 0, 'u'},   {"charset", 1, 0, 'c'},
        {"language", 1, 0, 'l'}, {0, 0, 0, 0}};
    const cli_cmd cmd = {argv[0], opts, NULL};
    a->fmt = PRECIS_FORMAT_TEXT;
    a->in = PRECIS_INPUT_AUTO;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:hu:l:", opts, NULL)) != -1) {
        switch (ch) {
        case 'u': a->urls[a->nurls++] = optarg; break;
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
        case 'l':
            if (cli_language_option(&cmd, optarg)) return 2;
            break;
        case 'z': a->quiet = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    if (optind >= argc && !a->nurls)
        return cli_usage_error(&cmd, "no input given (files, directories, '-' for standard input, or --url)");
    a->inputs = argv + optind;
    a->ninputs = argc - optind;
    return CLI_RUN;
}

/* Load, find, print.  Returns the exit status. */
static int run(const dates_args *a)
{
    int rc;
    precis_cluster *c = cli_load(a->inputs, a->ninputs, a->urls, a->nurls, a->in, a->charset,
                                 a->quiet, &rc);
    if (!c) return rc;
    precis_dates *d = precis_dates_build(c);
    char *out = precis_dates_render(d, a->fmt);
    if (out) fputs(out, stdout);
    else {
        fputs("precis: out of memory\n", stderr);
        rc = 2;
    }
    free(out);
    precis_dates_free(d);
    precis_cluster_free(c);
    return rc;
}

int cmd_dates(int argc, char **argv)
{
    dates_args a = {.urls = cli_arg_list(argc)};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = run(&a);
    free(a.urls);
    return rc;
}
