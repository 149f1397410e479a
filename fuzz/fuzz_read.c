/* fuzz_read.c — reading any bytes (format detection, SGML, UTF-8 repair,
 * NFC, cleaning) and segmenting them. */
#include "precis.h"

#include <stddef.h>
#include <stdint.h>

static int count(void *ctx, size_t doc, size_t start, size_t end, const char *text, const char *removed)
{
    (void)doc, (void)text, (void)removed;
    if (start > end) __builtin_trap();
    (*(size_t *)ctx)++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_cluster *c = precis_cluster_new();
    precis_cluster_add_buffer(c, (const char *)data, size, "fuzz", PRECIS_INPUT_AUTO);
    size_t n = 0;
    precis_cluster_segments(c, count, &n, 1);
    precis_cluster_free(c);
    return 0;
}
