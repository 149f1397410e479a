/* fuzz_segment.c — plain text through cleaning and sentence segmentation;
 * every sentence's offsets must lie inside the input. */
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
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_text(c, (const char *)data, size, NULL, "fuzz.txt");
    precis_cluster_segments(c, check, &size, 1);
    precis_cluster_free(c);
    return 0;
}
