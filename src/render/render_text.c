/*
 * render_text.c — plain text: one sentence per line (the layout ROUGE and
 * most summarization tools read).
 */
#include "render/render.h"

#include <string.h>


char *pc_render_text(const precis_summary *s)
{
    pc_buf b = {0};
    for (size_t i = 0; i < s->n; i++) {
        pc_buf_puts(&b, s->s[i].text);
        pc_buf_putc(&b, '\n');
    }
    return pc_buf_take(&b);
}

/* ---- the story's structure -------------------------------------------- */

static void sources(pc_buf *b, const pc_docmeta *docs, const precis_sentence *st)
{
    pc_buf_printf(b, " [%s %zu-%zu", docs[st->doc_index].id, st->start, st->end);
    for (size_t a = 0; a < st->also_count; a++)
        pc_buf_printf(b, "%s%s", a ? ", " : "; also ", docs[st->also_docs[a]].id);
    pc_buf_puts(b, "]");
}

char *pc_render_timeline_text(const precis_timeline *t)
{
    pc_buf b = {0};
    char lab[16];
    for (size_t k = 0; k < t->n; k++) {
        const precis_timeline_entry *e = &t->e[k];
        pc_buf_printf(&b, "%s%s\n", precis_date_label(e->date, e->grain, lab),
                      e->grain == PRECIS_GRAIN_WEEK ? " (week)" : "");
        for (size_t i = 0; i < e->nsentences; i++) {
            pc_buf_printf(&b, "  %s", e->sentences[i].text);
            sources(&b, t->docs, &e->sentences[i]);
            pc_buf_putc(&b, '\n');
        }
    }
    if (t->nu) {
        pc_buf_puts(&b, "\nUnresolved (the article has no date):\n");
        for (size_t i = 0; i < t->nu; i++)
            pc_buf_printf(&b, "  %s [%s %zu-%zu]\n", t->u[i].text, t->u[i].doc_id, t->u[i].start,
                          t->u[i].end);
    }
    if (!b.s) pc_buf_puts(&b, "");
    return pc_buf_take(&b);
}

char *pc_render_entities_text(const precis_entities *e)
{
    pc_buf b = {0};
    if (e->note) pc_buf_printf(&b, "note: %s\n", e->note);
    for (size_t k = 0; k < e->n; k++) {
        const precis_entity *en = &e->e[k];
        pc_buf_printf(&b, "%-28s %-12s %3zu mention%s in %zu of %zu article%s", en->name,
                      precis_entity_type_name(en->type), en->nmentions, en->nmentions == 1 ? "" : "s",
                      en->ndocs, e->ndocs, e->ndocs == 1 ? "" : "s");
        int shown = 0;
        for (size_t a = 0; a < en->naliases; a++) {
            if (strcmp(en->aliases[a], en->name) == 0) continue;
            pc_buf_printf(&b, "%s%s", shown++ ? "; " : "; aliases: ", en->aliases[a]);
        }
        pc_buf_putc(&b, '\n');
    }
    if (!b.s) pc_buf_puts(&b, "");
    return pc_buf_take(&b);
}

char *pc_render_quotes_text(const precis_quotes *q)
{
    pc_buf b = {0};
    for (size_t k = 0; k < q->n; k++) {
        const precis_quote *x = &q->q[k];
        pc_buf_printf(&b, "%s: " PC_LDQUO "%s" PC_RDQUO " [%s %zu-%zu]\n", x->speaker_name ? x->speaker_name : "(unknown)",
                      x->text, x->doc_id, x->start, x->end);
    }
    if (!b.s) pc_buf_puts(&b, "");
    return pc_buf_take(&b);
}

/* ---- an article extracted from a page ---------------------------------- */

char *pc_render_article_text(const precis_article *a)
{
    pc_buf b = {0};
    if (a->title) pc_buf_printf(&b, "%s\n", a->title);
    if (a->date) pc_buf_printf(&b, "Date: %s\n", a->date);
    if (a->author) pc_buf_printf(&b, "By: %s\n", a->author);
    if (a->site) pc_buf_printf(&b, "Site: %s\n", a->site);
    if (a->url) pc_buf_printf(&b, "URL: %s\n", a->url);
    if (b.len) pc_buf_putc(&b, '\n');
    pc_buf_puts(&b, a->text);
    pc_buf_putc(&b, '\n');
    return pc_buf_take(&b);
}
