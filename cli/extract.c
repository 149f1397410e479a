/*
 * extract.c — `precis extract`: the article of web pages (files or URLs).
 */
#include "../src/util/util.h"
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage_extract =
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

/* A file or "-" into memory; complains naming it. */
static int read_input(const char *path, char **data, size_t *len)
{
    int err = pc_read_file(path, data, len);
    if (err) fprintf(stderr, "precis: %s: error: cannot read: %s\n", path, strerror(err));
    return err ? -1 : 0;
}

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
        fprintf(stderr, "precis: %s (byte %ld): warning: %zu byte(s) not valid %s replaced by U+FFFD\n",
                name, a->first_replaced, a->replaced, a->encoding);
    char *out = precis_article_render(a, fmt);
    if (*printed && fmt != PRECIS_FORMAT_JSON) fputs("\n========\n\n", stdout);
    if (fmt == PRECIS_FORMAT_JSON) {
        /* one object per line */
        for (char *p = out; *p; p++)
            if (*p == '\n') *p = ' ';
        size_t n = strlen(out);
        while (n && out[n - 1] == ' ') out[--n] = 0;
        puts(out);
    } else
        fputs(out, stdout);
    (*printed)++;
    free(out);
    precis_article_free(a);
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", 1, 0, 'f'},  {"url", 1, 0, 'u'},           {"charset", 1, 0, 'c'},
        {"timeout", 1, 0, 't'}, {"max-bytes", 1, 0, 'B'},     {"max-redirects", 1, 0, 'R'},
        {"help", 0, 0, 'h'},    {0, 0, 0, 0}};
    precis_format fmt = PRECIS_FORMAT_TEXT;
    const char *charset = NULL;
    const char **urls = calloc((size_t)argc + 1, sizeof *urls);
    size_t nurls = 0, v;
    precis_fetch_options fo;
    precis_fetch_options_init(&fo);
    int ch, rc = 0;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "f:u:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (parse_format(optarg, &fmt)) {
                free(urls);
                return usage_error("--format takes text, json or markdown", usage_extract);
            }
            break;
        case 'u': urls[nurls++] = optarg; break;
        case 'c': charset = optarg; break;
        case 't': case 'B': case 'R':
            if (parse_size(optarg, &v) || v == 0) {
                free(urls);
                return usage_error("--timeout, --max-bytes and --max-redirects take a positive number", usage_extract);
            }
            if (ch == 't') fo.timeout_ms = (long)v * 1000;
            else if (ch == 'B') fo.max_bytes = v;
            else fo.max_redirects = (long)v;
            break;
        case 'h': fputs(usage_extract, stdout); free(urls); return 0;
        default: free(urls); return usage_error("unknown option", usage_extract);
        }
    }
    if (optind >= argc && !nurls) {
        free(urls);
        return usage_error("no page given", usage_extract);
    }
    int printed = 0;
    for (int i = optind; i < argc; i++) {
        char *data = NULL;
        size_t len = 0;
        const char *name = strcmp(argv[i], "-") == 0 ? "<stdin>" : argv[i];
        if (read_input(argv[i], &data, &len) != 0) {
            rc = 1;
            continue;
        }
        rc |= print_article(name, data, len, NULL, charset, fmt, &printed);
        free(data);
    }
    for (size_t i = 0; i < nurls; i++) {
        precis_page p;
        char err[512];
        if (precis_fetch(urls[i], &fo, &p, err, sizeof err) != 0) {
            fprintf(stderr, "precis: %s: error: %s\n", urls[i], err);
            rc = 1;
            continue;
        }
        rc |= print_article(urls[i], p.data, p.len, p.url, charset ? charset : p.charset, fmt,
                            &printed);
        precis_page_free(&p);
    }
    free(urls);
    return rc;
}
