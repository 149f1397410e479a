/*
 * html.h — web pages, shared by the HTML stages: html.c decodes and parses a
 * page and ties every text node to its bytes; html_meta.c reads the metadata;
 * extract.c finds the article body; fetch.c gets pages by URL.
 *
 * In the flow: web pages are read into documents in the first stage, before
 * cleaning (core/read.c calls precis_article_extract through
 * precis_cluster_add_html).  What the rest of precis needs from here is
 * public (precis.h) or in internal.h (pc_looks_html, pc_article_map); this
 * header is for the web/ files only.
 */
#ifndef PRECIS_HTML_H
#define PRECIS_HTML_H

#include "internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* Where a text node's bytes came from, hung on xmlNode._private. */
typedef struct {
    uint32_t start;     /* offset in the UTF-8 source of byte 0 (map == NULL) */
    uint32_t len;       /* the node's text length */
    uint32_t *map;      /* or: offset of every byte, plus one past the end */
} pc_span;

typedef struct {
    char *u;                /* the page as UTF-8 (NUL-terminated) */
    size_t ulen;
    uint32_t *umap;         /* u offset -> raw page offset (ulen + 1); NULL = identity */
    char encoding[48];      /* what the page was read as */
    const char *encoding_from; /* "BOM", "HTTP", "meta", "valid UTF-8", "default" */
    size_t replaced;        /* invalid bytes replaced by U+FFFD */
    long first_bad;         /* raw offset of the first, or -1 */
    htmlDocPtr doc;
    pc_span *spans;
    size_t nspans;
} pc_html;

/* Decode and parse a page of len bytes (len > 0) into h, every text node's
 * span hung on its _private.  `charset` is the HTTP header's, or NULL.
 * Returns 0 (free h with pc_html_free), or -1 with a message in err and
 * nothing to free: binary data, a page too large, or no elements. */
int pc_html_load(pc_html *h, const char *raw, size_t len, const char *charset, char *err,
                 size_t errlen);
/* Free what pc_html_load made; h is zeroed. */
void pc_html_free(pc_html *h);

/* A `charset=NAME` parameter in s[0, n) (a Content-Type header, or the
 * inside of a <meta> tag): NAME into out, 1; else out is "" and 0. */
int pc_charset_param(const char *s, size_t n, char *out, size_t cap);

/* Raw page offset of byte i of text node n (i may equal the text's length:
 * one past its end), or -1 when the node could not be placed. */
long pc_html_offset(const pc_html *h, const xmlNode *n, size_t i);

/* Tag name of an element, lowercased by the parser ("" for others). */
static inline const char *pc_tag(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->name ? (const char *)n->name : "";
}

/* Iterative pre-order walk: the node after n inside root (skip_children to
 * pass over n's subtree).  Pages nest 10,000 deep; recursion would not do. */
xmlNode *pc_html_next(xmlNode *n, const xmlNode *root, int skip_children);

/* Attribute value, or NULL (do not free: owned by the tree). */
const char *pc_html_attr(const xmlNode *n, const char *name);

/* metadata (html_meta.c): malloc'ed strings, NULL when the page does not
 * give them; date is YYYY-MM-DD (YYYY-MM or YYYY when that is all there is) */
typedef struct {
    char *title, *date, *author, *site, *url, *lang, *description;
    char *body_hint;        /* JSON-LD articleBody, a hint for extract.c */
} pc_meta;

/* The metadata of a loaded page into m, each field from the best source
 * present (meta tags, JSON-LD, the markup, then page_url, which may be
 * NULL).  Free with pc_meta_free, or take the strings over. */
void pc_html_meta(const pc_html *h, const char *page_url, pc_meta *m);
/* Free m's strings; m is zeroed. */
void pc_meta_free(pc_meta *m);

#endif
