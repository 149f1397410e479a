/* fuzz_summarize.c — the whole summarize call: the first byte picks the
 * method, budget unit and query (#21: one that may match nothing); the rest is split into documents at NUL
 * bytes.  The summary must respect its budget. */
#include "precis.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    const char *const *methods = precis_methods();
    size_t nm = 0;
    while (methods[nm]) nm++;
    uint8_t ctl = data[0];
    precis_cluster *c = precis_cluster_new();
    const char *p = (const char *)data + 1, *end = (const char *)data + size;
    while (p < end) {
        const char *z = memchr(p, 0, (size_t)(end - p));
        size_t n = z ? (size_t)(z - p) : (size_t)(end - p);
        precis_cluster_add_text(c, p, n, NULL, "fuzz");
        p += n + 1;
    }
    precis_options o;
    precis_options_init(&o);
    o.method = methods[ctl % nm];
    o.budget_unit = (precis_unit)((ctl >> 4) % 3);
    o.budget = (size_t)(ctl >> 2) * 7;
    o.truncate = ctl & 1;
    /* a query that may match, or one no text of the seeds has (#21's warning) */
    o.query = (ctl & 2) ? ((ctl & 8) ? "zebra giraffe" : "rates bank island treaty") : NULL;
    precis_summary *s = precis_summarize(c, &o);
    if (s && !o.query && precis_summary_warning(s)) __builtin_trap();
    if (s) {
        size_t words = 0;
        for (size_t i = 0; i < precis_summary_count(s); i++) {
            const precis_sentence *st = precis_summary_sentence(s, i);
            if (st->start > st->end) __builtin_trap();
            for (const char *t = st->text; *t;) {
                while (*t == ' ') t++;
                if (*t) words++;
                while (*t && *t != ' ') t++;
            }
        }
        if (o.budget_unit == PRECIS_WORDS && words > o.budget) __builtin_trap();
        if (o.budget_unit == PRECIS_SENTENCES && precis_summary_count(s) > o.budget) __builtin_trap();
        free(precis_render(s, PRECIS_FORMAT_JSON));
        free(precis_render(s, PRECIS_FORMAT_MARKDOWN));
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    return 0;
}
