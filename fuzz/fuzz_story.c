/* fuzz_story.c — timeline, entities, quotes and the digest on documents
 * split at NUL bytes; the first document is dated by the first byte, whose
 * bits 2-4 also pick the cluster's language (as detected, German, French,
 * Spanish, Russian, Japanese, Chinese, Italian: the entity, quote and date
 * rules that differ by language).  Every offset must
 * lie inside its document. */
#include "precis.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    precis_cluster *c = precis_cluster_new();
    const char *p = (const char *)data + 1, *end = (const char *)data + size;
    size_t lens[64], nd = 0;
    precis_doc_info info = {NULL, NULL, NULL, (data[0] & 1) ? "2019-01-23" : NULL};
    static const char *const langs[] = {NULL, "german", "french", "spanish", "russian", "japanese",
                                        "chinese", "italian"};
    if (langs[(data[0] >> 2) & 7]) precis_cluster_set_language(c, langs[(data[0] >> 2) & 7]);
    while (p < end && nd < 64) {
        const char *z = memchr(p, 0, (size_t)(end - p));
        size_t n = z ? (size_t)(z - p) : (size_t)(end - p);
        if (precis_cluster_add_text(c, p, n, nd == 0 ? &info : NULL, "fuzz") == 0) lens[nd++] = n;
        p += n + 1;
    }
    if (precis_cluster_doc_count(c) != nd) __builtin_trap();
    precis_timeline *t = precis_timeline_build(c, NULL);
    for (size_t i = 0; i < precis_timeline_count(t); i++) {
        const precis_timeline_entry *e = precis_timeline_entry_at(t, i);
        if (!e->nsentences || !e->date.year) __builtin_trap();
        for (size_t k = 0; k < e->nsentences; k++)
            if (e->sentences[k].end > lens[e->sentences[k].doc_index] ||
                e->sentences[k].start > e->sentences[k].end)
                __builtin_trap();
    }
    precis_entities *en = precis_entities_find(c);
    for (size_t i = 0; i < precis_entities_count(en); i++) {
        const precis_entity *x = precis_entities_at(en, i);
        if (!x->nmentions || !x->naliases) __builtin_trap();
        for (size_t k = 0; k < x->nmentions; k++) {
            if (x->mentions[k].end > lens[x->mentions[k].doc_index]) __builtin_trap();
            /* every mention finds an entity by its position */
            if (x->mentions[k].end > x->mentions[k].start &&
                precis_entities_at_span(en, x->mentions[k].doc_index, x->mentions[k].start,
                                        x->mentions[k].end) < 0)
                __builtin_trap();
        }
        if (precis_entities_lookup(en, x->name) < 0) __builtin_trap();
    }
    precis_quotes *q = precis_quotes_find(c, en);
    for (size_t i = 0; i < precis_quotes_count(q); i++) {
        const precis_quote *x = precis_quotes_at(q, i);
        if (x->end > lens[x->doc_index] || x->start >= x->end) __builtin_trap();
        if (x->entity >= (long)precis_entities_count(en)) __builtin_trap();
    }
    free(precis_timeline_render(t, (precis_format)(data[0] % 3)));
    free(precis_entities_render(en, (precis_format)(data[0] % 3)));
    free(precis_quotes_render(q, (precis_format)(data[0] % 3)));
    precis_timeline_free(t);
    precis_quotes_free(q);
    precis_entities_free(en);
    if (data[0] & 2) free(precis_digest(c, NULL, (precis_format)(data[0] % 3)));
    precis_cluster_free(c);
    return 0;
}
