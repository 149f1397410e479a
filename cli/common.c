/*
 * common.c — the helpers every command of the precis command line uses:
 * usage errors, diagnostics, option values and reading a file (see
 * common.h).  Nothing here knows a command.
 */
#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_usage_error(const char *msg, const char *usage)
{
    fprintf(stderr, "precis: %s\n\n%s", msg, usage);
    return 2;
}

int cli_report(const precis_cluster *c, int quiet)
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

int cli_parse_size(const char *s, size_t *out)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (*s == 0 || *end || v < 0) return -1;
    *out = (size_t)v;
    return 0;
}

int cli_parse_format(const char *s, precis_format *f)
{
    if (strcmp(s, "text") == 0) *f = PRECIS_FORMAT_TEXT;
    else if (strcmp(s, "json") == 0) *f = PRECIS_FORMAT_JSON;
    else if (strcmp(s, "markdown") == 0 || strcmp(s, "md") == 0) *f = PRECIS_FORMAT_MARKDOWN;
    else return -1;
    return 0;
}

int cli_parse_input(const char *s, precis_input *in)
{
    /* in the order of precis_input */
    static const char *const names[] = {"auto", "text", "sgml", "json", "html"};
    for (int i = 0; i < 5; i++)
        if (strcmp(s, names[i]) == 0) return *in = (precis_input)i, 0;
    return -1;
}

int cli_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return errno ? errno : EIO;
    enum { CHUNK = 65536 };
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int err = 0;
    for (;;) {
        if (cap - n < CHUNK + 1) { /* room for a chunk and the NUL, doubling */
            size_t want = cap ? 2 * cap : CHUNK + 1;
            char *grown = realloc(buf, want);
            if (!grown) {
                err = ENOMEM;
                break;
            }
            buf = grown;
            cap = want;
        }
        size_t got = fread(buf + n, 1, CHUNK, f);
        n += got;
        if (got < CHUNK) { /* the end of the file, or an error */
            if (ferror(f)) err = errno ? errno : EIO;
            break;
        }
    }
    if (f != stdin) fclose(f);
    if (err) {
        free(buf);
        return err;
    }
    buf[n] = 0;
    *data = buf;
    *len = n;
    return 0;
}

const char **cli_arg_list(int argc)
{
    return calloc((size_t)argc + 1, sizeof(const char *));
}
