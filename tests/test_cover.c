/* test_cover.c — the coverage problem's local search (src/methods/cover.c) on
 * hand-built problems, checked against brute-force enumeration. */
#include "methods/cover.h"
#include "test.h"

#include <stdlib.h>

/* A problem of ns sentences with the given costs and own weights, and nc
 * concept columns; column c holds the sentences whose bit is set in
 * members[c]. */
static void build(pc_cover *p, size_t ns, const double *cost, const double *obj, size_t nc,
                  const unsigned *members, const double *weight)
{
    p->ns = ns;
    p->nc = nc;
    p->kc = malloc(ns * sizeof *p->kc);
    p->obj = malloc(ns * sizeof *p->obj);
    p->cost = malloc(ns * sizeof *p->cost);
    for (size_t j = 0; j < ns; j++) p->kc[j] = (uint32_t)j, p->obj[j] = obj[j], p->cost[j] = cost[j];
    p->cols = calloc(nc ? nc : 1, sizeof *p->cols);
    for (size_t c = 0; c < nc; c++) {
        p->cols[c].sents = malloc(ns * sizeof *p->cols[c].sents);
        for (size_t j = 0; j < ns; j++)
            if (members[c] >> j & 1) p->cols[c].sents[p->cols[c].n++] = (uint32_t)j;
        p->cols[c].weight = weight[c];
    }
}

/* The best objective over every subset within the budget. */
static double brute_force(const pc_cover *p, double limit)
{
    double best = 0;
    for (unsigned set = 0; set < 1u << p->ns; set++) {
        double cost = 0, v = 0;
        for (size_t j = 0; j < p->ns; j++)
            if (set >> j & 1) cost += p->cost[j], v += p->obj[j];
        if (cost > limit) continue;
        for (size_t c = 0; c < p->nc; c++)
            for (uint32_t k = 0; k < p->cols[c].n; k++)
                if (set >> p->cols[c].sents[k] & 1) {
                    v += p->cols[c].weight;
                    break;
                }
        if (v > best) best = v;
    }
    return best;
}

/* Checks x: 0/1, within the budget, concept columns set exactly when
 * covered, and returns its objective. */
static double check_solution(const pc_cover *p, const double *x, double limit)
{
    double cost = 0;
    for (size_t j = 0; j < p->ns; j++) {
        CHECK(x[j + 1] == 0 || x[j + 1] == 1);
        cost += x[j + 1] * p->cost[j];
    }
    CHECK(cost <= limit);
    for (size_t c = 0; c < p->nc; c++) {
        int covered = 0;
        for (uint32_t k = 0; k < p->cols[c].n; k++) covered |= x[p->cols[c].sents[k] + 1] > 0.5;
        CHECK(x[p->ns + c + 1] == covered);
    }
    return pc_cover_value(p, x);
}

/* Greedy by weight per square root of cost takes the dense sentence 0 and
 * then nothing fits; one-out-two-in finds sentences 1 and 2. */
static void local_search_leaves_the_greedy_trap(void)
{
    pc_cover p;
    const double cost[] = {6, 5, 5}, obj[] = {7, 5, 5};
    build(&p, 3, cost, obj, 0, NULL, NULL);
    double x[4];
    pc_cover_search(&p, 10, 0, x);
    CHECK(x[1] == 0 && x[2] == 1 && x[3] == 1);
    CHECK(check_solution(&p, x, 10) == 10);
    pc_cover_free(&p);
}

/* A concept two sentences share counts once: the search prefers two
 * sentences with different concepts to two that repeat each other. */
static void shared_concepts_count_once(void)
{
    pc_cover p;
    /* 0 and 1 share column 0 (weight 10); 2 has column 1 (weight 8) */
    const double cost[] = {4, 4, 4}, obj[] = {1, 1.5, 0};
    const unsigned members[] = {0x3, 0x4};
    const double weight[] = {10, 8};
    build(&p, 3, cost, obj, 2, members, weight);
    double x[6];
    pc_cover_search(&p, 8, 5, x);
    CHECK(x[2] == 1 && x[3] == 1 && x[1] == 0);
    CHECK(check_solution(&p, x, 8) == brute_force(&p, 8));
    pc_cover_free(&p);
}

/* Random problems of 12 sentences: the search never breaks the budget,
 * never claims more than the optimum, and finds the optimum on nearly all
 * (it is a heuristic: the default's 20 starts on 300 problems). */
static void random_problems_against_brute_force(void)
{
    uint64_t r = 12345;  /* a fixed LCG: the same problems on every machine */
#define NEXT() (r = r * 6364136223846793005ull + 1442695040888963407ull, (unsigned)(r >> 33))
    int optimal = 0, trials = 300;
    for (int t = 0; t < trials; t++) {
        size_t ns = 12, nc = 4 + NEXT() % 20;
        double cost[12], obj[12], weight[24];
        unsigned members[24];
        for (size_t j = 0; j < ns; j++) cost[j] = 5 + NEXT() % 30, obj[j] = NEXT() % 4;
        for (size_t c = 0; c < nc; c++) {
            members[c] = 0;
            while (__builtin_popcount(members[c]) < 2) members[c] |= 1u << (NEXT() % ns);
            weight[c] = 1 + NEXT() % 10;
        }
        pc_cover p;
        build(&p, ns, cost, obj, nc, members, weight);
        double limit = 30 + NEXT() % 70, x[12 + 24 + 1];
        pc_cover_search(&p, limit, 20, x);
        double v = check_solution(&p, x, limit), best = brute_force(&p, limit);
        CHECK(v <= best + 1e-9);
        optimal += v >= best - 1e-9;
        pc_cover_free(&p);
    }
#undef NEXT
    printf("  cover: local search optimal on %d of %d random problems\n", optimal, trials);
    CHECK(optimal >= trials * 95 / 100);
}

/* Nothing fits, or nothing to choose: an empty solution, no crash. */
static void empty_and_oversized(void)
{
    pc_cover p;
    const double cost[] = {50, 60}, obj[] = {3, 4};
    build(&p, 2, cost, obj, 0, NULL, NULL);
    double x[3];
    pc_cover_search(&p, 10, 20, x);
    CHECK(x[1] == 0 && x[2] == 0);
    pc_cover_free(&p);
    build(&p, 0, NULL, NULL, 0, NULL, NULL);
    double y[1];
    pc_cover_search(&p, 10, 20, y);
    CHECK(pc_cover_value(&p, y) == 0);
    pc_cover_free(&p);
}

TESTS(cover_tests) = {
    {"cover/local_search_leaves_the_greedy_trap", local_search_leaves_the_greedy_trap},
    {"cover/shared_concepts_count_once", shared_concepts_count_once},
    {"cover/random_problems_against_brute_force", random_problems_against_brute_force},
    {"cover/empty_and_oversized", empty_and_oversized},
    END_TESTS,
};
