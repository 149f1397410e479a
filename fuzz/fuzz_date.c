/* fuzz_date.c — document date parsing. */
#include "../src/internal.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_date d = {0, 0, 0};
    if (pc_parse_date((const char *)data, size, &d) &&
        (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31))
        __builtin_trap();
    return 0;
}
