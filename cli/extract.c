/*
 * extract.c — `precis extract`: the article of web pages, read from files
 * (or standard input) and fetched from URLs, printed as text, JSON (one
 * object a line) or Markdown.  A page with no article is an error naming it;
 * the other pages are still printed.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage =
    "usage: precis extract [--format text|json|markdown] [--url URL]... [PAGE.html]...\n"
    "\n"
    "Print the article of each web page: title, date, author, then the body text,\n"
    "without navigation, menus, share bars, related stories, comments, captions\n"
    "and ads.  PAGE may be '-' for standard input.\n"
    "\n"
    "  -f, --format FMT    text (default), json (every field, and each paragraph's\n"
    "                      byte span in the page) or markdown\n"
    "  -u, --url URL       fetch a page (repeatable); --timeout, --max-bytes and\n"
    "      --max-redirects  bound the fetch (defaults 20 s, 20 MB, 5)\n"
    "      --charset NAME  the page's encoding when the page does not say\n"
    "\n"
    "Several pages: text output separates them with a line of '=' signs; json\n"
    "prints one object per line.  A page with no article is an error naming it;\n"
    "the other pages are still printed, and the exit status is 1.\n";

/* What the options say.  urls is owned (common.h). */
typedef struct {
    precis_format fmt;
    const char *charset;   /* --charset, or NULL */
    precis_fetch_options fetch;
    const char **urls;
    size_t nurls;
    char **pages;          /* page files, "-" for standard input */
    int npages;
} extract_args;

/* A file or "-" into memory; complains naming it. */
static int read_input(const char *path, char **data, size_t *len)
{
    int err = cli_read_file(path, data, len);
    if (err) fprintf(stderr, "precis: %s: error: cannot read: %s\n", path, strerror(err));
    return err ? -1 : 0;
}

/* A rendered JSON object as one line: its newlines made spaces, the spaces
 * at its end dropped. */
static void put_json_line(char *json)
{
    for (char *p = json; *p; p++)
        if (*p == '\n') *p = ' ';
    size_t n = strlen(json);
    while (n && json[n - 1] == ' ') json[--n] = 0;
    puts(json);
}

/* The article of a page, printed after the separator when one was printed
 * before (*printed counts them).  Returns 0, or 1 when the page has no
 * article (said on stderr). */
static int print_article(const char *name, const char *data, size_t len, const char *url,
                         const char *charset, precis_format fmt, int *printed)
{
    char err[512];
    precis_article *a = precis_article_extract(data, len, url, charset, err, sizeof err);
    if (!a) {
        fprintf(stderr, "precis: %s: error: %s\n", name, err);
        return 1;
    }
    if (a->replaced)
        fprintf(stderr, "precis: %s (byte %ld): warning: %zu byte%s not valid %s replaced by U+FFFD\n",
                name, a->first_replaced, a->replaced, a->replaced == 1 ? "" : "s", a->encoding);
    char *out = precis_article_render(a, fmt);
    if (*printed && fmt != PRECIS_FORMAT_JSON) fputs("\n========\n\n", stdout);
    if (fmt == PRECIS_FORMAT_JSON) put_json_line(out);
    else fputs(out, stdout);
    (*printed)++;
    free(out);
    precis_article_free(a);
    return 0;
}

static int parse(int argc, char **argv, extract_args *a)
{
    static const struct option opts[] = {
        {"format", 1, 0, 'f'},  {"url", 1, 0, 'u'},           {"charset", 1, 0, 'c'},
        {"timeout", 1, 0, 't'}, {"max-bytes", 1, 0, 'B'},     {"max-redirects", 1, 0, 'R'},
        {"help", 0, 0, 'h'},    {0, 0, 0, 0}};
    const cli_cmd cmd = {argv[0], opts, NULL};
    a->fmt = PRECIS_FORMAT_TEXT;
    precis_fetch_options_init(&a->fetch);
    size_t v;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:u:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (cli_parse_format(optarg, &a->fmt))
                return cli_value_error(&cmd, ch, optarg, "text, json or markdown");
            break;
        case 'u': a->urls[a->nurls++] = optarg; break;
        case 'c': a->charset = optarg; break;
        case 't': case 'B': case 'R':
            if (cli_parse_size(optarg, &v) || v == 0)
                return cli_value_error(&cmd, ch, optarg, "a whole number above 0");
            if (ch == 't') a->fetch.timeout_ms = (long)v * 1000;
            else if (ch == 'B') a->fetch.max_bytes = v;
            else a->fetch.max_redirects = (long)v;
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    if (optind >= argc && !a->nurls) return cli_usage_error(&cmd, "no page given (files, '-' for standard input, or --url)");
    a->pages = argv + optind;
    a->npages = argc - optind;
    return CLI_RUN;
}

static int run(const extract_args *a)
{
    int rc = 0, printed = 0;
    for (int i = 0; i < a->npages; i++) {
        char *data = NULL;
        size_t len = 0;
        const char *name = strcmp(a->pages[i], "-") == 0 ? "<stdin>" : a->pages[i];
        if (read_input(a->pages[i], &data, &len) != 0) {
            rc = 1;
            continue;
        }
        rc |= print_article(name, data, len, NULL, a->charset, a->fmt, &printed);
        free(data);
    }
    for (size_t i = 0; i < a->nurls; i++) {
        precis_page p;
        char err[512];
        if (precis_fetch(a->urls[i], &a->fetch, &p, err, sizeof err) != 0) {
            fprintf(stderr, "precis: %s: error: %s\n", a->urls[i], err);
            rc = 1;
            continue;
        }
        rc |= print_article(a->urls[i], p.data, p.len, p.url, a->charset ? a->charset : p.charset,
                            a->fmt, &printed);
        precis_page_free(&p);
    }
    return rc;
}

int cmd_extract(int argc, char **argv)
{
    extract_args a = {.urls = cli_arg_list(argc)};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = run(&a);
    free(a.urls);
    return rc;
}
