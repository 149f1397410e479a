/*
 * render.c — the last stage: dispatch to one renderer per output format
 * (render_text.c, render_json.c, render_markdown.c).
 */
#include "render/render.h"

char *precis_render(const precis_summary *s, precis_format fmt)
{
    if (!s) return NULL;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: return pc_render_json(s);
    case PRECIS_FORMAT_MARKDOWN: return pc_render_markdown(s);
    default: return pc_render_text(s);
    }
}

/* ---- the story's structure: one dispatcher per object ------------------ */

char *precis_timeline_render(const precis_timeline *t, precis_format fmt)
{
    if (!t) return NULL;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: return pc_json_dump(pc_timeline_json(t));
    case PRECIS_FORMAT_MARKDOWN: return pc_render_timeline_markdown(t);
    default: return pc_render_timeline_text(t);
    }
}

char *precis_entities_render(const precis_entities *e, precis_format fmt)
{
    if (!e) return NULL;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: return pc_json_dump(pc_entities_json(e));
    case PRECIS_FORMAT_MARKDOWN: return pc_render_entities_markdown(e);
    default: return pc_render_entities_text(e);
    }
}

char *precis_quotes_render(const precis_quotes *q, precis_format fmt)
{
    if (!q) return NULL;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: return pc_json_dump(pc_quotes_json_alone(q));
    case PRECIS_FORMAT_MARKDOWN: return pc_render_quotes_markdown(q);
    default: return pc_render_quotes_text(q);
    }
}

char *precis_article_render(const precis_article *a, precis_format fmt)
{
    if (!a) return NULL;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: return pc_json_dump(pc_article_json(a));
    case PRECIS_FORMAT_MARKDOWN: return pc_render_article_markdown(a);
    default: return pc_render_article_text(a);
    }
}
