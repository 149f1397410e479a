/*
 * precis.c — the one-call interface of precis.h, over the detailed one.
 *
 * Like cmark's cmark.c (cmark_markdown_to_html over the parser and the
 * renderer), this file holds the convenience calls and nothing else: each is
 * written with the public API alone, so it doubles as its shortest example.
 * The pipeline itself is in pipeline.c.
 */
#include "precis.h"

#include <stdlib.h>
#include <string.h>

char *precis_summarize_texts(const char *const *texts, size_t n, size_t words)
{
    precis_cluster *c = precis_cluster_new();
    for (size_t i = 0; i < n; i++)
        if (texts[i]) precis_cluster_add_text(c, texts[i], strlen(texts[i]), NULL, NULL);
    precis_options opt;
    precis_options_init(&opt);
    opt.budget = words;
    precis_summary *s = precis_summarize(c, &opt);
    char *out = NULL;
    if (precis_summary_count(s)) out = precis_render(s, PRECIS_FORMAT_TEXT);
    precis_summary_free(s);
    precis_cluster_free(c);
    return out;
}
