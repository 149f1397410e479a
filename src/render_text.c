/*
 * render_text.c — plain text: one sentence per line (the layout ROUGE and
 * most summarization tools read).
 */
#include "summary.h"

char *pc_render_text(const precis_summary *s);

char *pc_render_text(const precis_summary *s)
{
    pc_buf b = {0};
    for (size_t i = 0; i < s->n; i++) {
        pc_buf_puts(&b, s->s[i].text);
        pc_buf_putc(&b, '\n');
    }
    return pc_buf_take(&b);
}
