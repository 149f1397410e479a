/* test_regressions.c — every input the fuzzers ever found a problem with
 * (tests/data/regressions/TARGET-NAME), replayed through that fuzz target's
 * own code under the unit tests' sanitizers and valgrind. */
#include "test.h"

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>

#define LLVMFuzzerTestOneInput fuzz_read_one
#include "../fuzz/fuzz_read.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_json_one
#include "../fuzz/fuzz_json.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_summarize_one
#include "../fuzz/fuzz_summarize.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_rouge_one
#include "../fuzz/fuzz_rouge.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_story_one
#include "../fuzz/fuzz_story.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_html_one
#include "../fuzz/fuzz_html.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_date_one
#define valid fuzz_date_valid
#include "../fuzz/fuzz_date.c"
#undef valid
#undef LLVMFuzzerTestOneInput

int fuzz_read_one(const uint8_t *data, size_t size);
int fuzz_json_one(const uint8_t *data, size_t size);
int fuzz_summarize_one(const uint8_t *data, size_t size);
int fuzz_rouge_one(const uint8_t *data, size_t size);
int fuzz_story_one(const uint8_t *data, size_t size);
int fuzz_date_one(const uint8_t *data, size_t size);
int fuzz_html_one(const uint8_t *data, size_t size);

static void replay_all(void)
{
    static const struct {
        const char *prefix;
        int (*fn)(const uint8_t *, size_t);
    } targets[] = {{"read-", fuzz_read_one},
                   {"json-", fuzz_json_one},
                   {"summarize-", fuzz_summarize_one},
                   {"rouge-", fuzz_rouge_one},
                   {"story-", fuzz_story_one},
                   {"date-", fuzz_date_one},
                   {"html-", fuzz_html_one}};
    DIR *d = opendir(t_src("tests/data/regressions"));
    CHECK(d != NULL);
    if (!d) return;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        for (size_t k = 0; k < sizeof targets / sizeof *targets; k++) {
            if (strncmp(e->d_name, targets[k].prefix, strlen(targets[k].prefix)) != 0) continue;
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", t_src("tests/data/regressions"), e->d_name);
            size_t len = 0;
            char *data = t_read_file(path, &len);
            CHECK(data != NULL);
            if (data) targets[k].fn((const uint8_t *)data, len);
            free(data);
            n++;
        }
    }
    closedir(d);
    CHECK(n > 0);
}

TESTS(regression_tests) = {
    {"regressions/replay_fuzz_findings", replay_all},
    END_TESTS,
};
