/*
 * story.h — the objects of the story's structure (timeline, entities,
 * quotes) as their renderers read them, and the helpers they share.
 *
 * Like a summary, each object owns copies of what it shows (document ids,
 * sentence texts), so it stays valid after its cluster is freed.
 */
#ifndef PRECIS_STORY_H
#define PRECIS_STORY_H

#include "summary.h"

struct precis_timeline {
    precis_timeline_entry *e;
    size_t n;
    precis_unresolved *u;
    size_t nu, capu;
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
};

struct precis_entities {
    precis_entity *e;
    size_t n;
    pc_map lookup;            /* normalised name -> entity index */
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
};

struct precis_quotes {
    precis_quote *q;
    size_t n;
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
};

/* summarize.c: copies of the documents' metadata, and their release. */
pc_docmeta *pc_copy_docs(const precis_cluster *c, size_t *n);
void pc_free_docs(pc_docmeta *d, size_t n);

/* entities.c: the key a name is looked up by ("Prime Minister Abe's" ->
 * "abe"): titles, possessives and case removed. Caller frees. */
char *pc_entity_key(const char *name, size_t n);

/* Renderers (render_text.c, render_json.c, render_markdown.c). */
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
void *pc_summary_json(const precis_summary *s);
char *pc_json_dump(void *json);
/* Articles extracted from web pages. */
char *pc_render_article_text(const precis_article *a);
char *pc_render_article_markdown(const precis_article *a);
void *pc_article_json(const precis_article *a);

#endif
