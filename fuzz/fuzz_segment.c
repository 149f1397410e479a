/* fuzz_segment.c — plain text through cleaning, sentence segmentation and
 * tokenizing; every sentence's offsets must lie inside the input.  The
 * first byte picks the documents' language, so the rules of other
 * languages (abbreviations, „…“ and «…» quotes, German dates, datelines)
 * and the ICU word breaks for Chinese and Japanese text (tokenize.c, from
 * pc_analyze and pc_count_words) are reached too. */
#include "precis.h"

#include <stdint.h>

static int check(void *ctx, size_t doc, size_t start, size_t end, const char *text, const char *removed)
{
    (void)doc, (void)text, (void)removed;
    if (start > end || end > *(size_t *)ctx) __builtin_trap();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"english", "german", "russian", "french", "spanish",
                                        "italian", "portuguese", "japanese", "chinese", "thai"};
    if (size == 0) return 0;
    const char *lang = langs[data[0] % (sizeof langs / sizeof *langs)];
    data++, size--;
    precis_cluster *c = precis_cluster_new();
    precis_cluster_set_language(c, lang);
    precis_cluster_add_text(c, (const char *)data, size, NULL, "fuzz.txt");
    precis_cluster_segments(c, check, &size, 1);
    precis_cluster_free(c);
    return 0;
}
