/* fuzz_json.c — the JSON cluster reader, then a summary of what it read. */
#include "precis.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_cluster *c = precis_cluster_new();
    if (precis_cluster_add_buffer(c, (const char *)data, size, "fuzz.json", PRECIS_INPUT_JSON) > 0) {
        precis_options o;
        precis_options_init(&o);
        o.method = "lead";
        precis_summary *s = precis_summarize(c, &o);
        free(precis_render(s, PRECIS_FORMAT_JSON));
        precis_summary_free(s);
    }
    precis_cluster_free(c);
    return 0;
}
