/*
 * unit.c — runs every unit test group and prints the totals.
 * Usage: unit [NAME-SUBSTRING]
 */
#include "test.h"

#include <stdlib.h>

int t_failed_checks;
int t_skipped;

extern const test_case read_tests[], clean_tests[], segment_tests[], represent_tests[],
    summarize_tests[], eval_tests[], methods_tests[], regression_tests[], dates_tests[],
    story_tests[], html_tests[], cover_tests[];
extern const test_case language_tests[];
extern const test_case order_tests[]; /* #21 */
extern const test_case entities_tests[];
extern const test_case quotes_tests[];

char *t_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    fclose(f);
    buf[got] = 0;
    if (len) *len = got;
    return buf;
}

const char *t_src(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", PRECIS_SOURCE_DIR, rel);
    return buf;
}

int main(int argc, char **argv)
{
    const test_case *groups[] = {read_tests,      clean_tests,     segment_tests,
                                 represent_tests, summarize_tests, eval_tests, methods_tests,
                                 regression_tests, dates_tests, story_tests, html_tests,
                                 cover_tests, language_tests, order_tests, entities_tests,
                                 quotes_tests};
    int passed = 0, failed = 0, skipped = 0;
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++) {
        for (const test_case *t = groups[g]; t->name; t++) {
            if (argc > 1 && !strstr(t->name, argv[1])) continue;
            t_failed_checks = 0;
            t_skipped = 0;
            t->fn();
            if (t_failed_checks) {
                printf("FAIL %s\n", t->name);
                failed++;
            } else if (t_skipped) {
                printf("SKIP %s\n", t->name);
                skipped++;
            } else {
                printf("ok   %s\n", t->name);
                passed++;
            }
        }
    }
    printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
