/*
 * utf8.c — every document's working text becomes valid UTF-8 in NFC.
 *
 * Invalid bytes (including overlong encodings and surrogates) become U+FFFD
 * with a warning naming the file and byte offset.  NFC is applied with
 * utf8proc one run at a time — a run being an ASCII character followed by
 * the non-ASCII characters after it — so that the offset map stays exact at
 * every ASCII character, where sentences begin and end.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* Does the run need NFC?  utf8proc has no public quick-check, so compose and
 * compare. */
static char *nfc_run(const char *s, size_t n)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0) return NULL;
    if ((size_t)r == n && memcmp(out, s, n) == 0) {
        free(out);
        return NULL;
    }
    return (char *)out;
}

void pc_utf8_normalize(precis_cluster *c, pc_doc *d)
{
    const unsigned char *s = (const unsigned char *)d->text;
    size_t n = d->len, i = 0;
    int changed = 0, warned = 0;
    long bad = 0;
    pc_textb t = {0};
    size_t ascii = 0;
    while (ascii < n && s[ascii] < 0x80) ascii++;
    if (ascii == n) return;  /* ASCII is valid and already NFC */
    /* Walk runs: [i, j) = one character plus following non-ASCII characters. */
    while (i < n) {
        if (s[i] < 0x80) {
            /* a stretch of ASCII in one copy, but its last character, which
             * combining marks may follow */
            size_t k = i;
            while (k + 1 < n && s[k + 1] < 0x80) k++;
            if (k > i) {
                pc_textb_copy(&t, d->text + i, k - i, i);
                i = k;
            }
        }
        size_t j = i;
        int run_bad = 0;
        do {
            int k = pc_utf8_seq(s + j, n - j);
            if (!k) {
                run_bad = 1;
                break;
            }
            j += (size_t)k;
        } while (j < n && s[j] >= 0x80);
        if (run_bad) {
            /* copy the valid part, then one replacement for the bad byte */
            if (j > i) pc_textb_copy(&t, d->text + i, j - i, i);
            size_t orig = pc_doc_orig(d, j) - d->base;
            if (!warned)
                pc_diag(c, PRECIS_WARNING, d->name, 0, (long)(d->base + orig),
                        "invalid UTF-8 byte 0x%02X replaced with U+FFFD", s[j]);
            warned = 1;
            bad++;
            pc_textb_subst(&t, REPLACEMENT, 3, j);
            i = j + 1;
            changed = 1;
            continue;
        }
        char *nfc = (j - i > 1) ? nfc_run(d->text + i, j - i) : NULL;
        if (nfc) {
            pc_textb_subst(&t, nfc, strlen(nfc), i);
            free(nfc);
            changed = 1;
        } else {
            pc_textb_copy(&t, d->text + i, j - i, i);
        }
        i = j;
    }
    if (bad > 1)
        pc_diag(c, PRECIS_WARNING, d->name, 0, -1, "%ld invalid UTF-8 bytes replaced in all", bad);
    if (!changed) {
        pc_buf_free(&t.b);
        free(t.map);
        return;
    }
    pc_textb_finish(&t, n);
    /* compose with the existing map */
    if (d->omap)
        for (size_t k = 0; k <= t.b.len; k++) t.map[k] = d->omap[t.map[k]];
    free(d->omap);
    free(d->text);
    d->len = t.b.len;
    d->text = pc_buf_take(&t.b);
    d->omap = t.map;
}
