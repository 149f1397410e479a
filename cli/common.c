/*
 * common.c — the helpers every command of the precis command line uses:
 * usage errors, diagnostics, option values and reading a file (see
 * common.h).  Nothing here knows a command.
 */
#include "common.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_usage_error(const cli_cmd *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "precis %s: ", cmd->name);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'precis %s --help' for more.\n", cmd->name);
    return 2;
}

/* Does the command take the option whose val is v? */
static int takes(const cli_cmd *cmd, int v)
{
    return !cmd->only || (v > 0 && v < 256 && strchr(cmd->only, v));
}

const char *cli_option_name(const cli_cmd *cmd, int ch)
{
    static char name[64];
    for (const struct option *o = cmd->opts; o && o->name; o++)
        if (o->val == ch && takes(cmd, ch)) {
            snprintf(name, sizeof name, "--%s", o->name);
            return name;
        }
    snprintf(name, sizeof name, "-%c", ch);
    return name;
}

/* Edit distance of a[0, m) and b[0, n): insertions, deletions,
 * substitutions and swaps of neighbours (optimal string alignment).  Names
 * are short: longer ones count as far. */
static size_t distance(const char *a, size_t m, const char *b, size_t n)
{
    enum { MAX = 40 };
    if (m >= MAX || n >= MAX) return (size_t)-1;
    size_t d[MAX + 1][MAX + 1];
    for (size_t i = 0; i <= m; i++) d[i][0] = i;
    for (size_t j = 0; j <= n; j++) d[0][j] = j;
    for (size_t i = 1; i <= m; i++)
        for (size_t j = 1; j <= n; j++) {
            size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[m][n];
}

const char *cli_closest(const char *typed, size_t len, const char *const *names, size_t n)
{
    const char *best = NULL;
    size_t bestd = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(names[i]);
        size_t d = distance(typed, len, names[i], l);
        if (d <= (l <= 5 ? 1u : 2u) && d < bestd) best = names[i], bestd = d;
    }
    return best;
}

int cli_option_error(const cli_cmd *cmd, int ch, char **argv)
{
    const char *arg = argv[optind - 1]; /* where getopt stopped */
    int is_long = strncmp(arg, "--", 2) == 0;
    if (ch == ':' && is_long) return cli_usage_error(cmd, "%s needs a value", cli_option_name(cmd, optopt));
    if (ch == ':') return cli_usage_error(cmd, "-%c needs a value", optopt);
    if (!is_long) return cli_usage_error(cmd, "unknown option '-%c'", optopt);
    if (optopt) return cli_usage_error(cmd, "%s takes no value", cli_option_name(cmd, optopt));
    /* an unknown or ambiguous long option: the names the command takes */
    const char *typed = arg + 2;
    size_t len = strcspn(typed, "=");
    const char *names[128], *prefixed[128];
    size_t n = 0, np = 0;
    for (const struct option *o = cmd->opts; o->name && n < 128; o++)
        if (takes(cmd, o->val)) {
            names[n++] = o->name;
            if (strncmp(o->name, typed, len) == 0) prefixed[np++] = o->name;
        }
    if (np > 1) {
        char list[512] = "";
        for (size_t i = 0; i < np; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s--%s", i ? ", " : "", prefixed[i]);
        return cli_usage_error(cmd, "option '--%.*s' is ambiguous: %s", (int)len, typed, list);
    }
    const char *near = np == 1 ? prefixed[0] : cli_closest(typed, len, names, n);
    if (near) return cli_usage_error(cmd, "unknown option '--%.*s' (did you mean --%s?)", (int)len, typed, near);
    return cli_usage_error(cmd, "unknown option '--%.*s'", (int)len, typed);
}

int cli_value_error(const cli_cmd *cmd, int ch, const char *value, const char *wants)
{
    return cli_usage_error(cmd, "%s takes %s, not '%s'", cli_option_name(cmd, ch), wants, value);
}

int cli_positive(const cli_cmd *cmd, int ch, const char *s, size_t *out, const char *hint)
{
    size_t v;
    if (cli_parse_size(s, &v) != 0 || v == 0)
        return cli_usage_error(cmd, "%s takes a whole number above 0, not '%s'%s%s%s", cli_option_name(cmd, ch),
                               s, hint ? " (" : "", hint ? hint : "", hint ? ")" : "");
    *out = v;
    return 0;
}

int cli_unknown_method(const cli_cmd *cmd, const char *name)
{
    const char *const *m = precis_methods();
    size_t n = 0;
    while (m[n]) n++;
    const char *near = cli_closest(name, strlen(name), m, n);
    fprintf(stderr, "precis %s: unknown method '%s'", cmd->name, name);
    if (near) fprintf(stderr, " (did you mean %s?)", near);
    fputs("; available:", stderr);
    for (size_t i = 0; i < n; i++) fprintf(stderr, " %s", m[i]);
    fputs("\nTry 'precis summarize --list-methods' for more.\n", stderr);
    return 2;
}

int cli_check_charset(const cli_cmd *cmd, const char *name)
{
    precis_cluster *probe = precis_cluster_new();
    int known = precis_cluster_set_charset(probe, name) == 0;
    precis_cluster_free(probe);
    if (known) return 0;
    return cli_usage_error(cmd, "--charset: unknown character set '%s' ('iconv --list' lists them)", name);
}

/* The --language of this run: one command per process. */
static const char *language_given;

int cli_language_option(const cli_cmd *cmd, const char *name)
{
    if (!*name) return cli_usage_error(cmd, "--language: empty (a name such as english, or auto)");
    precis_cluster *probe = precis_cluster_new();
    int known = precis_cluster_set_language(probe, name) == 0;
    precis_cluster_free(probe);
    if (!known) return cli_usage_error(cmd, "--language: %s", precis_last_error());
    language_given = strcmp(name, "auto") == 0 ? NULL : name;
    return 0;
}

const char *cli_language(void) { return language_given; }

void cli_language_note(const precis_cluster *c, int quiet)
{
    if (quiet) return;
    const char *l = precis_cluster_language(c);
    const char *w = precis_language_warning(l);
    if (w) fprintf(stderr, "precis: warning: %s\n", w);
    else if (!language_given && strcmp(l, "english") != 0)
        fprintf(stderr, "precis: language: %s (detected; --language overrides)\n", l);
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

precis_cluster *cli_load(char *const *paths, int n, const char *const *urls, size_t nurls,
                         precis_input how, const char *charset, int quiet, int *rc)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_set_charset(c, charset);
    precis_cluster_set_language(c, language_given); /* known: the parse checked it */
    for (int i = 0; i < n; i++) precis_cluster_add_path(c, paths[i], how);
    for (size_t i = 0; i < nurls; i++) precis_cluster_add_url(c, urls[i], NULL);
    *rc = cli_report(c, quiet);
    if (precis_cluster_doc_count(c) > 0) {
        cli_language_note(c, quiet);
        return c;
    }
    fprintf(stderr, "precis: no document could be read\n");
    *rc = 1;
    precis_cluster_free(c);
    return NULL;
}
