/*
 * speed.c — times the whole pipeline (read, clean, segment, represent, rank,
 * select, render) in one process, for every method.
 * Usage: bench-speed REPEATS WORDS CLUSTER-DIR...
 * Prints one line per method: clusters/s, MB/s, ms per cluster of the median
 * pass over the clusters, and the fastest pass; then peak RSS.
 */
#include <precis.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <dirent.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static long dir_bytes(const char *dir)
{
    DIR *d = opendir(dir);
    long n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char p[4096];
        struct stat st;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (e->d_name[0] != '.' && stat(p, &st) == 0 && S_ISREG(st.st_mode)) n += st.st_size;
    }
    if (d) closedir(d);
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: bench-speed REPEATS WORDS CLUSTER-DIR...\n");
        return 2;
    }
    int repeats = atoi(argv[1]);
    if (repeats < 1) repeats = 1;
    size_t words = (size_t)atol(argv[2]);
    int nc = argc - 3;
    long bytes = 0;
    for (int i = 0; i < nc; i++) bytes += dir_bytes(argv[3 + i]);
    const char *only = getenv("BENCH_METHOD");  /* time one method only (for profiling) */
    for (const char *const *m = precis_methods(); *m; m++) {
        if (only && strcmp(only, *m) != 0) continue;
        /* each pass timed apart: the median pass is reported, so a burst of
         * load from elsewhere on a shared machine moves it little */
        double *pass = malloc((size_t)repeats * sizeof *pass);
        size_t out = 0;
        for (int r = 0; r < repeats; r++) {
            double t0 = now();
            for (int i = 0; i < nc; i++) {
                precis_cluster *c = precis_cluster_new();
                precis_cluster_add_path(c, argv[3 + i], PRECIS_INPUT_AUTO);
                precis_options o;
                precis_options_init(&o);
                o.method = *m;
                o.budget = words;
                const char *pp = getenv("BENCH_PARAM");  /* one --param NAME=VALUE */
                const char *plist[] = {pp, NULL};
                if (pp) o.params = plist, o.nparams = 1;
                precis_summary *s = precis_summarize(c, &o);
                char *txt = precis_render(s, PRECIS_FORMAT_JSON);
                out += strlen(txt);
                free(txt);
                precis_summary_free(s);
                precis_cluster_free(c);
            }
            pass[r] = now() - t0;
        }
        qsort(pass, (size_t)repeats, sizeof *pass, cmp_double);
        double dt = repeats % 2 ? pass[repeats / 2] : (pass[repeats / 2 - 1] + pass[repeats / 2]) / 2;
        printf("%-12s %8.1f clusters/s  %6.2f MB/s  %7.2f ms/cluster  (fastest pass %.2f ms)\n", *m,
               nc / dt, bytes / dt / 1e6, dt / nc * 1000, pass[0] / nc * 1000);
        free(pass);
        (void)out;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.1f MB; input %.2f MB in %d clusters\n", ru.ru_maxrss / 1024.0, bytes / 1e6, nc);
    return 0;
}
