/* fuzz_rouge.c — ROUGE scoring of arbitrary peer and model texts (split at
 * the first NUL), with ROUGE-1.5.5's tokens or (odd sizes) the Unicode
 * tokens of --tokens unicode; scores must lie in [0, 1]. */
#include "precis.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    memcpy(buf, data, size);
    buf[size] = 0;
    char *model = buf + strlen(buf);
    if (model < buf + size) model++;
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.words = size % 7 == 0 ? 5 : 0;
    o.wlcs_weight = 1.2;
    o.unicode_tokens = size % 2;
    precis_rouge *r = precis_rouge_new(&o, NULL, 0);
    precis_rouge_score sc[8];
    const char *models[1] = {model};
    precis_rouge_score_texts(r, buf, models, 1, sc);
    for (size_t i = 0; i < precis_rouge_metric_count(r); i++)
        if (sc[i].r < 0 || sc[i].r > 1 || sc[i].p < 0 || sc[i].p > 1) __builtin_trap();
    precis_rouge_free(r);
    free(buf);
    return 0;
}
