/*
 * story.h — the objects of the story's structure (timeline, entities,
 * quotes) as their renderers read them, and the helpers they share.
 *
 * Like a summary, each object owns copies of what it shows (document ids,
 * sentence texts), so it stays valid after its cluster is freed.
 *
 * The story modules (timeline.c, entities.c with names.c, quotes.c) read
 * an analysed cluster (internal.h, core/analyze.h) and the dates
 * (dates/dates.h); they sit beside the summarizer and use none of its
 * internals (methods/).  The digest that combines them with a summary is
 * in render/ (render/digest.c), above them.
 */
#ifndef PRECIS_STORY_H
#define PRECIS_STORY_H

#include "internal.h"

struct precis_timeline {
    precis_timeline_entry *e;
    size_t n;
    precis_unresolved *u;
    size_t nu, capu;
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
    char language[24];        /* pc_language at build time */
};

typedef struct {
    size_t doc, start, end;
    uint32_t ent;             /* its entity's index, UINT32_MAX once dropped */
} pc_entity_span;

struct precis_entities {
    precis_entity *e;
    size_t n;
    pc_map lookup;            /* normalised name -> entity index */
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
    char lang[32];            /* the language the names were read in (pc_language) */
    pc_entity_span *spans;    /* every mention, by document and start: precis_entities_at_span */
    size_t nspans;
    const char *note;         /* why there are none, when a language has no reader; static */
};

struct precis_quotes {
    precis_quote *q;
    size_t n;
    pc_docmeta *docs;
    size_t ndocs;
    char *cluster_id;
    char language[24];        /* pc_language at build time ("" unknown) */
    char **spk_name;          /* by entity index: the name of each speaker entity, else NULL */
    unsigned char *spk_type;  /* and its precis_entity_type */
    size_t nspk;              /* entities of the list the quotes were found with */
};

/* entities.c: the key a name is looked up by ("Prime Minister Abe's" ->
 * "abe"): titles, possessives and case removed. Caller frees. */
char *pc_entity_key(const char *name, size_t n);

#endif
