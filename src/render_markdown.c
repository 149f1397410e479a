/*
 * render_markdown.c — Markdown for people: the summary as one paragraph,
 * each sentence followed by a footnote naming its source document(s) and
 * byte range.
 */
#include "summary.h"

char *pc_render_markdown(const precis_summary *s);

static const char *doc_label(const precis_summary *s, size_t i)
{
    return s->docs[i].id;
}

char *pc_render_markdown(const precis_summary *s)
{
    pc_buf b = {0};
    for (size_t i = 0; i < s->n; i++) {
        if (i) pc_buf_putc(&b, ' ');
        /* Markdown-significant characters at the start would change meaning */
        const char *t = s->s[i].text;
        if (i == 0 && (*t == '#' || *t == '>' || *t == '-' || *t == '*' || *t == '+'))
            pc_buf_putc(&b, '\\');
        pc_buf_puts(&b, t);
        pc_buf_printf(&b, "[^%zu]", i + 1);
    }
    pc_buf_puts(&b, "\n\n");
    for (size_t i = 0; i < s->n; i++) {
        const precis_sentence *st = &s->s[i];
        pc_buf_printf(&b, "[^%zu]: %s", i + 1, doc_label(s, st->doc_index));
        if (s->docs[st->doc_index].date.year)
            pc_buf_printf(&b, " (%04d-%02d-%02d)", s->docs[st->doc_index].date.year,
                          s->docs[st->doc_index].date.month, s->docs[st->doc_index].date.day);
        pc_buf_printf(&b, ", bytes %zu-%zu", st->start, st->end);
        if (st->also_count) {
            pc_buf_puts(&b, "; also in ");
            for (size_t k = 0; k < st->also_count; k++)
                pc_buf_printf(&b, "%s%s", k ? ", " : "", doc_label(s, st->also_docs[k]));
        }
        pc_buf_putc(&b, '\n');
    }
    return pc_buf_take(&b);
}
