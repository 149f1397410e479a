/*
 * render_markdown.c — Markdown for people: the summary as one paragraph,
 * each sentence followed by a footnote naming its source document(s) and
 * byte range.
 */
#include "render/render.h"

#include <string.h>


static const char *doc_label(const precis_summary *s, size_t i)
{
    return s->docs[i].id;
}

/* Markdown-significant characters at the start of a block would change
 * its meaning: escape them. */
static void md_escape_start(pc_buf *b, const char *t)
{
    if (*t == '#' || *t == '>' || *t == '-' || *t == '*' || *t == '+') pc_buf_putc(b, '\\');
}

/* Text safe inside a Markdown list item: no leading markup, no line breaks. */
static void md_text(pc_buf *b, const char *t)
{
    md_escape_start(b, t);
    for (; *t; t++) pc_buf_putc(b, *t == '\n' ? ' ' : *t);
}

char *pc_render_markdown(const precis_summary *s)
{
    pc_buf b = {0};
    for (size_t i = 0; i < s->n; i++) {
        if (i) pc_buf_putc(&b, ' ');
        if (i == 0) md_escape_start(&b, s->s[i].text);
        pc_buf_puts(&b, s->s[i].text);
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

/* ---- the story's structure -------------------------------------------- */

char *pc_render_timeline_markdown(const precis_timeline *t)
{
    pc_buf b = {0};
    char lab[16];
    for (size_t k = 0; k < t->n; k++) {
        const precis_timeline_entry *e = &t->e[k];
        for (size_t i = 0; i < e->nsentences; i++) {
            const precis_sentence *st = &e->sentences[i];
            pc_buf_printf(&b, "- **%s%s** ", precis_date_label(e->date, e->grain, lab),
                          e->grain == PRECIS_GRAIN_WEEK ? " (week)" : "");
            md_text(&b, st->text);
            pc_buf_printf(&b, " *(%s", t->docs[st->doc_index].id);
            for (size_t a = 0; a < st->also_count; a++) pc_buf_printf(&b, ", %s", t->docs[st->also_docs[a]].id);
            pc_buf_puts(&b, ")*\n");
        }
    }
    if (t->nu) {
        pc_buf_printf(&b, "\n%zu relative date%s could not be resolved: the article%s no date.\n", t->nu,
                      t->nu == 1 ? "" : "s", t->nu == 1 ? " has" : "s have");
    }
    if (!b.s) pc_buf_puts(&b, "");
    return pc_buf_take(&b);
}

char *pc_render_entities_markdown(const precis_entities *e)
{
    pc_buf b = {0};
    if (e->note) pc_buf_printf(&b, "*%s*\n\n", e->note);
    pc_buf_puts(&b, "| Name | Type | Mentions | Articles | Also called |\n|---|---|---:|---:|---|\n");
    for (size_t k = 0; k < e->n; k++) {
        const precis_entity *en = &e->e[k];
        pc_buf_printf(&b, "| %s | %s | %zu | %zu | ", en->name, precis_entity_type_name(en->type),
                      en->nmentions, en->ndocs);
        int shown = 0;
        for (size_t a = 0; a < en->naliases; a++)
            if (strcmp(en->aliases[a], en->name) != 0)
                pc_buf_printf(&b, "%s%s", shown++ ? ", " : "", en->aliases[a]);
        pc_buf_puts(&b, " |\n");
    }
    return pc_buf_take(&b);
}

char *pc_render_quotes_markdown(const precis_quotes *q)
{
    pc_buf b = {0};
    for (size_t k = 0; k < q->n; k++) {
        const precis_quote *x = &q->q[k];
        pc_buf_puts(&b, "> " PC_LDQUO);
        md_text(&b, x->text);
        pc_buf_printf(&b, PC_RDQUO "\n> \xE2\x80\x94 %s *(%s)*\n\n", x->speaker_name ? x->speaker_name : "unknown speaker",
                      x->doc_id);
    }
    if (!b.s) pc_buf_puts(&b, "");
    return pc_buf_take(&b);
}

/* ---- an article extracted from a page ---------------------------------- */

char *pc_render_article_markdown(const precis_article *a)
{
    pc_buf b = {0};
    if (a->title) {
        pc_buf_puts(&b, "# ");
        md_text(&b, a->title);
        pc_buf_puts(&b, "\n\n");
    }
    const char *meta[] = {a->author, a->date, a->site};
    int any = 0;
    for (int i = 0; i < 3; i++)
        if (meta[i]) {
            pc_buf_puts(&b, any ? " · " : "*");
            md_text(&b, meta[i]);
            any = 1;
        }
    if (any) pc_buf_puts(&b, "*\n\n");
    for (size_t i = 0; i < a->nparagraphs; i++) {
        const precis_paragraph *p = &a->paragraphs[i];
        if (p->kind == PRECIS_BLOCK_HEADING) pc_buf_puts(&b, "## ");
        else if (p->kind == PRECIS_BLOCK_LIST_ITEM) pc_buf_puts(&b, "- ");
        else if (p->kind == PRECIS_BLOCK_QUOTE) pc_buf_puts(&b, "> ");
        md_text(&b, p->text);
        pc_buf_puts(&b, "\n\n");
    }
    if (a->url) pc_buf_printf(&b, "<%s>\n", a->url);
    return pc_buf_take(&b);
}
