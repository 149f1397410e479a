/* test_eval.c — ROUGE (filled in with the evaluator). */
#include "test.h"
TESTS(eval_tests) = {END_TESTS};
