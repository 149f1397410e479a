/* fuzz_html.c — article extraction on arbitrary bytes: the first byte picks
 * an HTTP charset hint; every paragraph must lie inside the page, in order
 * of its start, and its text must be valid UTF-8 without NUL. */
#include "precis.h"
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const char *const hints[] = {NULL, "utf-8", "windows-1252", "shift_jis", "utf-16le", "x-nonsense"};
    const char *hint = hints[data[0] % 6];
    const char *page = (const char *)data + 1;
    size_t n = size - 1;
    char err[256];
    precis_article *a = precis_article_extract(page, n, "https://fuzz.example/2019/01/02/x", hint, err, sizeof err);
    if (!a) {
        if (!err[0]) __builtin_trap();
        return 0;
    }
    for (size_t i = 0; i < a->nparagraphs; i++) {
        const precis_paragraph *p = &a->paragraphs[i];
        if (p->start > p->end || p->end > n) __builtin_trap();
        size_t len = strlen(p->text);
        for (size_t k = 0; k < len;) {
            int s = pc_utf8_seq((const unsigned char *)p->text + k, len - k);
            if (!s) __builtin_trap();
            k += (size_t)s;
        }
    }
    char *out = precis_article_render(a, PRECIS_FORMAT_JSON);
    free(out);
    precis_article_free(a);
    /* the same page as a cluster document */
    precis_cluster *c = precis_cluster_new();
    if (precis_cluster_add_html(c, page, n, "fuzz.html", NULL, hint) == 0) {
        precis_summary *s = precis_summarize(c, NULL);
        for (size_t i = 0; s && i < precis_summary_count(s); i++)
            if (precis_summary_sentence(s, i)->end > n) __builtin_trap();
        precis_summary_free(s);
    }
    precis_cluster_free(c);
    return 0;
}
