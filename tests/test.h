/*
 * test.h — a minimal test harness: CHECK records a failure with its place and
 * goes on; each test is a function registered in the table of its file;
 * the runner prints "N passed, N failed, N skipped".
 */
#ifndef PRECIS_TEST_H
#define PRECIS_TEST_H

#include <stdio.h>
#include <string.h>

extern int t_failed_checks;
extern int t_skipped;

#define CHECK(cond)                                                                          \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            fprintf(stderr, "  %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);       \
            t_failed_checks++;                                                               \
        }                                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                                      \
    do {                                                                                     \
        const char *a_ = (a), *b_ = (b);                                                     \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                             \
            fprintf(stderr, "  %s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__,    \
                    b_ ? b_ : "(null)", a_ ? a_ : "(null)");                                 \
            t_failed_checks++;                                                               \
        }                                                                                    \
    } while (0)

#define CHECK_INT(a, b)                                                                      \
    do {                                                                                     \
        long long a_ = (long long)(a), b_ = (long long)(b);                                  \
        if (a_ != b_) {                                                                      \
            fprintf(stderr, "  %s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a,  \
                    a_, b_);                                                                 \
            t_failed_checks++;                                                               \
        }                                                                                    \
    } while (0)

/* Mark the running test skipped, with a reason, and return from it. */
#define SKIP(why)                                                                            \
    do {                                                                                     \
        fprintf(stderr, "  skipped: %s\n", why);                                             \
        t_skipped = 1;                                                                       \
        return;                                                                              \
    } while (0)

typedef struct {
    const char *name;
    void (*fn)(void);
} test_case;

#define TESTS(group) const test_case group[]
#define END_TESTS {NULL, NULL}

/* Helpers shared by the tests (unit.c). */
char *t_read_file(const char *path, size_t *len);
/* Path of the source tree (set by CMake), for example files. */
const char *t_src(const char *rel);

#endif
