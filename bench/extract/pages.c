/*
 * pages.c — times precis_article_extract on a directory of pages in one
 * process (files read into memory first), and writes each page's body to
 * OUT/<name without .html>.txt for extract-score.
 * Usage: bench-extract HTML-DIR [OUT-DIR] [REPEATS]
 */
#include <precis.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench-extract HTML-DIR [OUT-DIR] [REPEATS]\n");
        return 2;
    }
    const char *out = argc > 2 ? argv[2] : NULL;
    int reps = argc > 3 ? atoi(argv[3]) : 5;
    DIR *d = opendir(argv[1]);
    if (!d) { perror(argv[1]); return 2; }
    char **names = NULL, **data = NULL;
    size_t *lens = NULL, n = 0, total = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".html")) continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp);
    data = calloc(n, sizeof *data);
    lens = calloc(n, sizeof *lens);
    for (size_t i = 0; i < n; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", argv[1], names[i]);
        FILE *f = fopen(p, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        lens[i] = (size_t)ftell(f);
        fseek(f, 0, SEEK_SET);
        data[i] = malloc(lens[i] + 1);
        lens[i] = fread(data[i], 1, lens[i], f);
        fclose(f);
        total += lens[i];
    }
    size_t failed = 0;
    for (size_t i = 0; i < n && out; i++) {
        char err[512], p[4096];
        precis_article *a = precis_article_extract(data[i], lens[i], NULL, NULL, err, sizeof err);
        if (!a) {
            fprintf(stderr, "%s: %s\n", names[i], err);
            failed++;
            continue;
        }
        snprintf(p, sizeof p, "%s/%.*s.txt", out, (int)(strlen(names[i]) - 5), names[i]);
        FILE *f = fopen(p, "w");
        if (f) fputs(a->text, f), fclose(f);
        precis_article_free(a);
    }
    double t0 = now();
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i < n; i++)
            precis_article_free(precis_article_extract(data[i], lens[i], NULL, NULL, NULL, 0));
    double dt = now() - t0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("precis: %zu pages (%.1f MB) x %d: %.1f pages/s, %.1f MB/s, %.2f ms/page, peak RSS %ld MB%s\n",
           n, (double)total / 1e6, reps, (double)(n * (size_t)reps) / dt,
           (double)total * reps / 1e6 / dt, dt * 1000 / (double)(n * (size_t)reps), ru.ru_maxrss / 1024,
           failed ? " (some pages had no article)" : "");
    for (size_t i = 0; i < n; i++) free(names[i]), free(data[i]);
    free(names), free(data), free(lens);
    return 0;
}
