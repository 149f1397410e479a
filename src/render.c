/*
 * render.c — the seventh stage: dispatch to one renderer per output format
 * (render_text.c, render_json.c, render_markdown.c).
 */
#include "summary.h"

char *pc_render_text(const precis_summary *s);
char *pc_render_json(const precis_summary *s);
char *pc_render_markdown(const precis_summary *s);

char *precis_render(const precis_summary *s, precis_format fmt)
{
    if (!s) return NULL;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: return pc_render_json(s);
    case PRECIS_FORMAT_MARKDOWN: return pc_render_markdown(s);
    default: return pc_render_text(s);
    }
}
