/*
 * render.h — the renderers, one file per output format, side by side:
 * render_text.c, render_json.c, render_markdown.c; render.c dispatches the
 * public precis_*_render calls to them.  Every function returns a string the
 * caller frees.  The last stage: it reads summaries (core/summary.h), the
 * story's objects (story/story.h) and extracted articles.
 */
#ifndef PRECIS_RENDER_H
#define PRECIS_RENDER_H

#include "core/summary.h"
#include "story/story.h"

/* Summaries. */
char *pc_render_text(const precis_summary *s);
char *pc_render_json(const precis_summary *s);
char *pc_render_markdown(const precis_summary *s);
/* One line of JSON, no newline: a record of precis batch. */
char *pc_render_json_line(const precis_summary *s);

/* The story's objects. */
char *pc_render_timeline_text(const precis_timeline *t);
char *pc_render_entities_text(const precis_entities *e);
char *pc_render_quotes_text(const precis_quotes *q);
char *pc_render_timeline_markdown(const precis_timeline *t);
char *pc_render_entities_markdown(const precis_entities *e);
char *pc_render_quotes_markdown(const precis_quotes *q);

/* JSON values (jansson json_t *), so the digest can nest them. */
void *pc_timeline_json(const precis_timeline *t);
void *pc_entities_json(const precis_entities *e);
void *pc_quotes_json(const precis_quotes *q);
/* The same with an "entities" list of the speakers' entities ({id, name,
 * type}), for `precis quotes`, whose quotes' "entity" ids then refer to it. */
void *pc_quotes_json_alone(const precis_quotes *q);
void *pc_summary_json(const precis_summary *s);
/* Indented JSON with a final newline; takes the value. */
char *pc_json_dump(void *json);

/* Articles extracted from web pages. */
char *pc_render_article_text(const precis_article *a);
char *pc_render_article_markdown(const precis_article *a);
void *pc_article_json(const precis_article *a);

#endif
