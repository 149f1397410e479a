/*
 * extract.c — the article body of a web page.
 *
 * How (readability-style node scoring, with trafilatura-style clean-up):
 *  1. Junk never counts: scripts, styles, forms' controls, navigation,
 *     headers, footers, asides, figures and captions, hidden elements, and
 *     elements whose class or id says comments, share bars, related stories,
 *     ads, menus, promos (unless it also says article/content/body).
 *  2. Every paragraph-like element (p, pre, td, blockquote, or a div with
 *     text and no block children) of 25+ characters scores 1 + its commas +
 *     one point per 100 characters (at most 3); the score goes to its parent
 *     in full, its grandparent in half and further ancestors in thirds.  An
 *     element's own class/id and tag add or take off points; link-heavy
 *     elements lose in proportion to their link text.
 *  3. The best element wins; when its parent scores nearly as well it is
 *     taken instead, and siblings that score well enough, or are long
 *     paragraphs with few links, are added.
 *  4. Inside, lists, tables and divs whose text is mostly links, images or
 *     form fields are dropped, and so are headings that repeat the title and
 *     lines a page prints everywhere ("Advertisement", "Share this").
 *  5. A JSON-LD articleBody, when the page has one, is a signal: the
 *     element whose text covers most of it (and little else) is preferred.
 * If the strict pass finds too little text, it runs again without the
 * class/id rules.  Paragraphs keep the byte spans of the page they came from.
 * PRECIS_EXTRACT_DEBUG=1 in the environment prints the candidates and the
 * choice on stderr (for tuning on the benchmark pages).
 *
 * In the flow: web pages become documents here, in the first stage, before
 * any cleaning.  html.c has decoded and parsed the page and tied its text to
 * the page's bytes; html_meta.c gives the title (a heading repeating it is
 * dropped) and the JSON-LD body.  precis extract prints the article;
 * core/read.c (precis_cluster_add_html: HTML files, --url) makes its text a
 * document, mapped to the page by pc_article_map, that goes on to utf8.c and
 * clean.c like any other.
 */
#include "web/html.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------------- */
/* Thresholds and weights                                                  */
/* ---------------------------------------------------------------------- */
/* "Readability" marks Readability.js's value (the scoring this file
 * follows); the others are precis's own, tuned on the 60 hand-checked pages
 * of bench/extract (F1 0.968, README "Web pages") and the hand-made layouts
 * of tests/data/html.  A change here moves that F1: re-run
 * bench/extract/run.sh. */

/* Scoring (Readability, all of them) */
#define PARA_MIN_CHARS 25         /* a paragraph-like element scores from this many characters */
#define CHARS_PER_POINT 100       /* and earns a point per this many characters ... */
#define MAX_LENGTH_POINTS 3       /* ... up to this many */
#define ANCESTOR_LEVELS 5         /* its score goes to the parent and the 4 ancestors above it */
#define FAR_ANCESTOR_DIVIDER 3    /* the ancestor k >= 2 levels up gets score / (k * this) */
#define CLASS_POINTS 25           /* a positive class/id word adds this, a negative one takes it off */
#define CLIMB_DIVIDER 3           /* climbing to the parent stops at one under the last score / this */

/* Siblings of the chosen element (Readability, all of them) */
#define SIBLING_SHARE 0.2f        /* a scored sibling joins from this share of the best score ... */
#define SIBLING_MIN_SCORE 10      /* ... or from this score, when that is more */
#define SAME_CLASS_BONUS 0.2f     /* a sibling of the best's class gains this share of its score */
#define SIBLING_P_MIN_CHARS 80    /* a sibling <p> longer than this joins ... */
#define SIBLING_P_MAX_LINKS 0.25f /* ... when its link density is under this */

/* Clean-up inside the chosen element: what is dropped */
#define LINK_P_MAX_CHARS 200      /* a <p> shorter than this ... */
#define LINK_P_MIN_DENSITY 0.6f   /* ... and more links than this: "Read more: ..." (0.8 kept such
                                     lines; 0.6 since the layout pages, F1 0.9684) */
#define NAV_CELL_MAX_CHARS 500    /* a <td> shorter than this ... */
#define NAV_CELL_MIN_DENSITY 0.5f /* ... and more links than this: a table layout's navigation */
#define DROP_KEEP_COMMAS 10       /* a container with this many commas is prose: kept (Readability) */
#define DROP_PARAS_PER_IMG 0.5f   /* 2+ images and fewer paragraphs than this per image: a
                                     gallery (Readability) */
#define LIST_SLACK_ITEMS 3        /* a non-list with more <li> than paragraphs + this ... */
#define LIST_BASE_CHARS 500       /* ... and less text than this ... */
#define LIST_CHARS_PER_PARA 200   /* ... plus this per paragraph is a list of links (Readability:
                                     more <li> than paragraphs, whatever the text) */
#define PARAS_PER_INPUT 3         /* one form field is allowed per this many paragraphs, plus one
                                     (Readability: without the one) */
#define DROP_MIN_CHARS 25         /* a shorter container goes unless it holds 1..DROP_MAX_IMGS */
#define DROP_MAX_IMGS 2           /* images (Readability, both) */
#define DROP_MAX_LINKS 0.3f       /* a container above this link density goes (Readability: 0.2) ... */
#define DROP_MAX_LINKS_POSITIVE 0.5f /* ... or above this when its class/id weight is positive
                                        (Readability) */
#define EMBED_MIN_CHARS 75        /* a container with an embed and less text goes (Readability:
                                     one embed) */
#define BOILER_LINE_BYTES 64      /* the lines of BOILER are shorter than this */
#define COPYRIGHT_MAX_BYTES 120   /* a line opening "©", "Copyright", "(c) " shorter than this goes */

/* The JSON-LD articleBody */
#define HINT_MIN_BYTES 200        /* a shorter articleBody is no signal */
#define HINT_MISS_COST 2          /* an element's hint score: its words in the body, minus this
                                     times its words outside it */
#define HINT_COVER_TENTHS 7       /* the hinted element holds 7/10 of the body's words or more ... */
#define HINT_EXTRA_TENTHS 3       /* ... and other words at most 3/10 of those it holds */

/* How much text makes an article (letters: characters that are not spaces) */
#define STRICT_MIN_LETTERS 250    /* a strict pass with less runs again without the class/id rules
                                     (Readability: 500 characters) */
#define ARTICLE_MIN_LETTERS 120   /* less than this is no article: an error */

#define CLASS_ID_BYTES 512        /* class and id are read up to this many bytes */
#define DEBUG_SHARE_DIVIDER 4     /* PRECIS_EXTRACT_DEBUG lists candidates above the best / this */

/* Per-element facts, hung on element nodes' _private. */
typedef struct {
    uint32_t text, links;      /* characters of text, of text inside links */
    uint32_t commas, paras, imgs, lis, inputs, embeds;
    uint32_t hint_hit, hint_miss;  /* words of articleBody covered / not in it */
    uint32_t own, own_commas;  /* text not inside a block child (readability's phrasing runs) */
    float score;
    int16_t weight;            /* class/id weight */
    uint8_t junk, scored, blocky;
} einfo;

typedef struct {
    pc_html *h;
    pc_meta meta;
    einfo *info;
    xmlNode **order;           /* elements in document order */
    size_t norder;
    int strict;                /* class/id rules on */
    pc_map hint;               /* words of the JSON-LD articleBody */
    size_t hint_tokens;        /* its length in words */
} extractor;

static einfo *EI(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE ? n->_private : NULL;
}

static int tag_is(const xmlNode *n, const char *const *set)
{
    const char *t = pc_tag(n);
    for (; *set; set++)
        if (strcmp(t, *set) == 0) return 1;
    return 0;
}

static const char *const JUNK_TAGS[] = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "button", "input", "select", "textarea", "option", "nav",
    "footer", "aside", "figure", "figcaption", "picture", "img", "menu", "dialog", "head",
    "link", "meta", "title", "label", "source", "map", "area", NULL};

static const char *const BLOCK_TAGS[] = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "br", "hr", "address", "center", "form", "fieldset",
    "details", "summary", "figure", "aside", "nav", "footer", "body", "html", NULL};

/* Substring tests on "class id", lowercased (readability's lists). */
static const char *const UNLIKELY[] = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter",
    "share", "subscribe", "promo", "cookie", "modal", "outbrain", "taboola", "recirc",
    "most-popular", "mostpopular", "trending", "byline", "author-bio", "signup",
    "toolbar", "caption", "credit", NULL};
static const char *const MAYBE[] = {"and", "article", "body", "column", "content", "main",
                                    "shadow", "story", "entry", "post-text", NULL};
static const char *const POSITIVE[] = {"article", "body", "content", "entry", "hentry",
                                       "h-entry", "main", "page", "post", "text", "blog",
                                       "story", NULL};
static const char *const NEGATIVE[] = {
    "-ad-", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
    "caption", "byline", "newsletter", "taboola", "recirc", NULL};

static int has_any(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strstr(s, *list)) return 1;
    return 0;
}

/* "class id" of an element, lowercased, in buf. */
static const char *class_id(const xmlNode *n, char *buf, size_t cap)
{
    const char *c = pc_html_attr(n, "class"), *i = pc_html_attr(n, "id");
    snprintf(buf, cap, "%s %s", c ? c : "", i ? i : "");
    for (char *p = buf; *p; p++) *p = (char)tolower((unsigned char)*p);
    return buf;
}

static int class_weight(const xmlNode *n)
{
    int w = 0;
    const char *attrs[] = {"class", "id"};
    for (int k = 0; k < 2; k++) {
        const char *v = pc_html_attr(n, attrs[k]);
        if (!v || !*v) continue;
        char buf[CLASS_ID_BYTES];
        snprintf(buf, sizeof buf, "%s", v);
        for (char *p = buf; *p; p++) *p = (char)tolower((unsigned char)*p);
        if (has_any(buf, NEGATIVE)) w -= CLASS_POINTS;
        if (has_any(buf, POSITIVE)) w += CLASS_POINTS;
    }
    return w;
}

static int hidden(const xmlNode *n)
{
    if (pc_html_attr(n, "hidden")) return 1;
    const char *st = pc_html_attr(n, "style");
    if (st && (strstr(st, "display:none") || strstr(st, "display: none") ||
               strstr(st, "visibility:hidden") || strstr(st, "visibility: hidden")))
        return 1;
    const char *ah = pc_html_attr(n, "aria-hidden");
    return ah && strcmp(ah, "true") == 0 && strcmp(pc_tag(n), "span") != 0;
}

static int junk(const extractor *x, const xmlNode *n)
{
    if (tag_is(n, JUNK_TAGS) || hidden(n)) return 1;
    const char *t = pc_tag(n);
    if (strcmp(t, "header") == 0 && x->strict) return 1;
    if (!x->strict || strcmp(t, "body") == 0 || strcmp(t, "html") == 0 ||
        strcmp(t, "article") == 0 || strcmp(t, "main") == 0 || strcmp(t, "a") == 0)
        return 0;
    char buf[CLASS_ID_BYTES];
    const char *ci = class_id(n, buf, sizeof buf);
    if (ci[0] == ' ' && ci[1] == 0) return 0;
    const char *role = pc_html_attr(n, "role");
    if (role && (strcmp(role, "navigation") == 0 || strcmp(role, "complementary") == 0 ||
                 strcmp(role, "banner") == 0 || strcmp(role, "contentinfo") == 0))
        return 1;
    return has_any(ci, UNLIKELY) && !has_any(ci, MAYBE);
}

/* ---------------------------------------------------------------------- */
/* Facts, bottom-up                                                        */
/* ---------------------------------------------------------------------- */

static size_t chars_of(const char *s, uint32_t *commas)
{
    size_t n = 0;
    int space = 1;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isspace(*p)) {
            if (!space) n++;
            space = 1;
            continue;
        }
        space = 0;
        if ((*p & 0xC0) != 0x80) n++;
        if (*p == ',') (*commas)++;
        /* the ideographic comma and the fullwidth comma */
        if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) (*commas)++;
        if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) (*commas)++;
    }
    return n;
}

/* The next word of *p (letters, digits, any non-ASCII byte), or NULL at the
 * end; its length in *n.  One splitter for the JSON-LD body and the page. */
static const char *next_word(const char **p, size_t *n)
{
    const char *s = *p;
    while (*s && !isalnum((unsigned char)*s) && !((unsigned char)*s & 0x80)) s++;
    const char *w = s;
    while (*s && (isalnum((unsigned char)*s) || ((unsigned char)*s & 0x80))) s++;
    *p = s;
    *n = (size_t)(s - w);
    return *n ? w : NULL;
}

/* Words of the JSON-LD body found in a text node: hits and misses. */
static void hint_words(const extractor *x, const char *s, uint32_t *hit, uint32_t *miss)
{
    size_t n;
    for (const char *w; (w = next_word(&s, &n));) {
        if (pc_map_get(&x->hint, w, n)) (*hit)++;
        else (*miss)++;
    }
}

/* List the elements of body in document order, hang an einfo on each, and
 * mark junk (whose subtrees are passed over), block tags and class/id
 * weights. */
static void mark_elements(extractor *x, xmlNode *body)
{
    x->norder = 0;
    for (xmlNode *n = body; n; n = pc_html_next(n, body, 0))
        if (n->type == XML_ELEMENT_NODE) x->norder++;
    free(x->order);
    free(x->info);
    x->order = pc_xcalloc(x->norder, sizeof *x->order);
    x->info = pc_xcalloc(x->norder, sizeof *x->info);
    size_t k = 0;
    for (xmlNode *n = body; n && k < x->norder;) {
        if (n->type != XML_ELEMENT_NODE) {
            n = pc_html_next(n, body, 0);
            continue;
        }
        einfo *e = &x->info[k];
        x->order[k++] = n;
        n->_private = e;
        e->junk = n != body && junk(x, n);
        e->blocky = tag_is(n, BLOCK_TAGS);
        e->weight = (int16_t)class_weight(n);
        n = pc_html_next(n, body, e->junk);
    }
    x->norder = k;
}

/* A text child's characters, commas and JSON-LD words, added to e's. */
static void add_text_facts(const extractor *x, einfo *e, const xmlNode *c, int is_link)
{
    uint32_t commas = 0;
    uint32_t len = (uint32_t)chars_of((const char *)c->content, &commas);
    e->text += len;
    e->commas += commas;
    e->own += len;
    e->own_commas += commas;
    if (is_link) e->links += len;
    if (x->hint.n) hint_words(x, (const char *)c->content, &e->hint_hit, &e->hint_miss);
}

/* A child element: counted when it is an image, a form field or an embed,
 * and its facts added to e's unless it is junk. */
static void add_child_facts(einfo *e, const xmlNode *c, int is_link)
{
    const einfo *ce = EI(c);
    const char *ct = pc_tag(c);
    if (strcmp(ct, "img") == 0) e->imgs++;
    else if (strcmp(ct, "input") == 0 || strcmp(ct, "select") == 0 ||
             strcmp(ct, "textarea") == 0)
        e->inputs++;
    else if (strcmp(ct, "iframe") == 0 || strcmp(ct, "embed") == 0 ||
             strcmp(ct, "object") == 0 || strcmp(ct, "video") == 0)
        e->embeds++;
    if (!ce || ce->junk) return;
    if (!ce->blocky) e->own += ce->text, e->own_commas += ce->commas;
    e->text += ce->text;
    e->links += is_link ? ce->text : ce->links;
    e->commas += ce->commas;
    e->paras += ce->paras + (strcmp(ct, "p") == 0);
    e->imgs += ce->imgs;
    e->lis += ce->lis + (strcmp(ct, "li") == 0);
    e->inputs += ce->inputs;
    e->embeds += ce->embeds;
    e->hint_hit += ce->hint_hit;
    e->hint_miss += ce->hint_miss;
}

static void collect(extractor *x, xmlNode *body)
{
    mark_elements(x, body);
    /* bottom-up: children before parents is reverse document order */
    for (size_t i = x->norder; i-- > 0;) {
        xmlNode *n = x->order[i];
        einfo *e = EI(n);
        if (e->junk) continue;
        int is_link = strcmp(pc_tag(n), "a") == 0;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content) add_text_facts(x, e, c, is_link);
            else if (c->type == XML_ELEMENT_NODE) add_child_facts(e, c, is_link);
        }
    }
}

static float link_density(const einfo *e)
{
    return e->text ? (float)e->links / (float)e->text : 0;
}

/* ---------------------------------------------------------------------- */
/* Scoring                                                                 */
/* ---------------------------------------------------------------------- */

static int has_block_child(const xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        einfo *ce = EI(c);
        if (ce && !ce->junk && ce->blocky && strcmp(pc_tag(c), "br") != 0) return 1;
    }
    return 0;
}

/* The points an element starts with for its tag (Readability's, with
 * article and main counted as div). */
static const struct {
    int points;
    const char *const tags[9];
} TAG_POINTS[] = {
    {5, {"div", "article", "main", NULL}},
    {3, {"pre", "td", "blockquote", NULL}},
    {-3, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL}},
    {-5, {"h1", "h2", "h3", "h4", "h5", "h6", "th", NULL}},
};

static float tag_base(const xmlNode *n)
{
    for (size_t i = 0; i < sizeof TAG_POINTS / sizeof *TAG_POINTS; i++)
        if (tag_is(n, TAG_POINTS[i].tags)) return (float)TAG_POINTS[i].points;
    return 0;
}

static void give(xmlNode *n, float s)
{
    einfo *e = EI(n);
    if (!e || e->junk) return;
    if (!e->scored) {
        e->scored = 1;
        e->score = tag_base(n) + e->weight;
    }
    e->score += s;
}

/* A paragraph's score: 1, its commas, and a point per CHARS_PER_POINT
 * characters (at most MAX_LENGTH_POINTS). */
static float paragraph_score(uint32_t len, uint32_t commas)
{
    return 1 + (float)commas +
           (float)(len / CHARS_PER_POINT < MAX_LENGTH_POINTS ? len / CHARS_PER_POINT : MAX_LENGTH_POINTS);
}

/* Score s to a in full, its parent in half, the ancestor k levels up in
 * (k * FAR_ANCESTOR_DIVIDER)ths, up to ANCESTOR_LEVELS elements. */
static void give_ancestors(xmlNode *a, float s)
{
    for (int level = 0; a && a->type == XML_ELEMENT_NODE && level < ANCESTOR_LEVELS;
         level++, a = a->parent)
        give(a, level == 0 ? s : level == 1 ? s / 2 : s / (float)(level * FAR_ANCESTOR_DIVIDER));
}

static void score(extractor *x)
{
    static const char *const para_tags[] = {"p", "pre", "td", "blockquote", NULL};
    static const char *const div_like[] = {"div", "section", "span", "font", "center", NULL};
    for (size_t i = 0; i < x->norder; i++) {
        xmlNode *n = x->order[i];
        einfo *e = EI(n);
        if (e->junk || e->text < PARA_MIN_CHARS) continue;
        int para = tag_is(n, para_tags) || (tag_is(n, div_like) && !has_block_child(n));
        uint32_t len = e->text, commas = e->commas;
        xmlNode *a = n->parent;
        if (!para && tag_is(n, div_like) && e->own >= PARA_MIN_CHARS) {
            /* text beside block children: scored as paragraphs of this element */
            len = e->own, commas = e->own_commas;
            a = n;
        } else if (!para)
            continue;
        /* a paragraph inside a scored paragraph counts once */
        if (n->parent && tag_is(n->parent, para_tags) && strcmp(pc_tag(n), "p") != 0) continue;
        give_ancestors(a, paragraph_score(len, commas));
    }
    for (size_t i = 0; i < x->norder; i++) {
        einfo *e = EI(x->order[i]);
        if (e->scored) e->score *= 1 - link_density(e);
    }
}

/* The best-scoring element (the first of equals), its score in *ts; NULL
 * when nothing scored. */
static xmlNode *highest(const extractor *x, float *ts)
{
    xmlNode *top = NULL;
    for (size_t i = 0; i < x->norder; i++) {
        einfo *e = EI(x->order[i]);
        if (e->scored && !e->junk && (!top || e->score > *ts)) top = x->order[i], *ts = e->score;
    }
    return top;
}

static void debug_candidates(const extractor *x, float ts)
{
    char buf[CLASS_ID_BYTES];
    for (size_t i = 0; i < x->norder; i++) {
        einfo *e = EI(x->order[i]);
        if (e->scored && e->score > ts / DEBUG_SHARE_DIVIDER)
            fprintf(stderr, "cand %s [%s] score %.1f text %u links %u hint %u/%u\n",
                    pc_tag(x->order[i]), class_id(x->order[i], buf, sizeof buf), e->score,
                    e->text, e->links, e->hint_hit, e->hint_miss);
    }
}

/* Climb from top (score ts) while the parent holds nearly as much. */
static xmlNode *climb(xmlNode *top, float ts, const xmlNode *body)
{
    float last = ts;
    for (xmlNode *p = top->parent; p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
        einfo *pe = EI(p);
        if (!pe || !pe->scored) continue;
        if (pe->score < last / CLIMB_DIVIDER) break;
        if (pe->score > last) return p;
        last = pe->score;
    }
    return top;
}

/* The element that holds the JSON-LD body (and little else), or top when
 * none does. */
static xmlNode *hinted(const extractor *x, xmlNode *top)
{
    xmlNode *h = NULL;
    long hs = 0;
    for (size_t i = 0; i < x->norder; i++) {
        einfo *e = EI(x->order[i]);
        long sc = (long)e->hint_hit - HINT_MISS_COST * (long)e->hint_miss;
        if (!e->junk && sc > hs) h = x->order[i], hs = sc;
    }
    if (getenv("PRECIS_EXTRACT_DEBUG") && h)
        fprintf(stderr, "hint %s score %ld of %zu tokens\n", pc_tag(h), hs, x->hint_tokens);
    if (h && EI(h)->hint_hit * 10 >= x->hint_tokens * HINT_COVER_TENTHS &&
        EI(h)->hint_miss * 10 <= EI(h)->hint_hit * HINT_EXTRA_TENTHS)
        return h;
    return top;
}

static xmlNode *best(extractor *x, xmlNode *body)
{
    float ts = 0;
    xmlNode *top = highest(x, &ts);
    if (getenv("PRECIS_EXTRACT_DEBUG")) debug_candidates(x, ts);
    if (!top) return body;
    top = climb(top, ts, body);
    /* The JSON-LD body, when the page has one, overrules a choice that
     * misses most of it, holding less than half its words (it may be
     * truncated: it never overrules a choice that holds it) */
    if (x->hint.n && x->hint_tokens && EI(top)->hint_hit * 2 < x->hint_tokens) top = hinted(x, top);
    if (getenv("PRECIS_EXTRACT_DEBUG")) {
        char buf[CLASS_ID_BYTES];
        fprintf(stderr, "top %s [%s] score %.1f\n", pc_tag(top), class_id(top, buf, sizeof buf),
                EI(top)->score);
    }
    return top;
}

/* ---------------------------------------------------------------------- */
/* Clean-up inside the chosen element                                      */
/* ---------------------------------------------------------------------- */

/* Lists, tables and divs that are mostly links, images or fields. */
static int drop_conditionally(const xmlNode *n)
{
    static const char *const cond[] = {"div", "section", "ul", "ol", "table", "form", "dl", NULL};
    const einfo *e = EI(n);
    if (!tag_is(n, cond)) {
        /* a lone short link paragraph: "Read more: ...", "Related: ..." */
        if (strcmp(pc_tag(n), "p") == 0 && e->text < LINK_P_MAX_CHARS &&
            link_density(e) > LINK_P_MIN_DENSITY)
            return 1;
        /* a navigation cell of a table layout */
        if (strcmp(pc_tag(n), "td") == 0 && e->text < NAV_CELL_MAX_CHARS &&
            link_density(e) > NAV_CELL_MIN_DENSITY)
            return 1;
        return 0;
    }
    int w = e->weight;
    if (w + (e->scored ? e->score : 0) < 0) return 1;
    if (e->commas >= DROP_KEEP_COMMAS) return 0;
    float ld = link_density(e);
    int list = strcmp(pc_tag(n), "ul") == 0 || strcmp(pc_tag(n), "ol") == 0;
    if (e->imgs > 1 && (float)e->paras / (float)e->imgs < DROP_PARAS_PER_IMG && !list) return 1;
    if (!list && e->lis > e->paras + LIST_SLACK_ITEMS &&
        e->text < LIST_BASE_CHARS + LIST_CHARS_PER_PARA * e->paras)
        return 1;
    if (e->inputs > e->paras / PARAS_PER_INPUT + 1) return 1;
    if (e->text < DROP_MIN_CHARS && (e->imgs == 0 || e->imgs > DROP_MAX_IMGS)) return 1;
    if (w < CLASS_POINTS && ld > DROP_MAX_LINKS) return 1;
    if (w >= CLASS_POINTS && ld > DROP_MAX_LINKS_POSITIVE) return 1;
    if (e->embeds > 0 && e->text < EMBED_MIN_CHARS) return 1;
    return 0;
}

static const char *const BOILER[] = {
    "advertisement", "advertisements", "advertising", "ad", "story continues below advertisement",
    "continue reading", "continue reading below", "read more", "share", "share this",
    "share this article", "share this story", "related", "related articles", "related stories",
    "recommended", "sponsored", "sponsored content", "click here", "sign up", "subscribe",
    "follow us", "comments", "more", "loading", "loading...", "skip to content", "image",
    "photo", "video", "play video", "close", "print", "email", "tweet", NULL};

static int boilerplate_line(const char *s)
{
    char buf[BOILER_LINE_BYTES];
    size_t n = strlen(s);
    /* a copyright line */
    if (n < COPYRIGHT_MAX_BYTES && (strncmp(s, "©", 2) == 0 || strncasecmp(s, "copyright", 9) == 0 ||
                                    strncmp(s, "(c) ", 4) == 0))
        return 1;
    if (n >= sizeof buf) return 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!strchr(":.!»>|", s[i]) || i + 1 < n) buf[k++] = (char)tolower((unsigned char)s[i]);
    while (k && (buf[k - 1] == ' ' || strchr(":.!»>|", buf[k - 1]))) k--;
    buf[k] = 0;
    for (int i = 0; BOILER[i]; i++)
        if (strcmp(buf, BOILER[i]) == 0) return 1;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Emitting paragraphs                                                     */
/* ---------------------------------------------------------------------- */

typedef struct {
    precis_article pub;
    precis_paragraph *paras;
    size_t *para_at;           /* where each paragraph starts in text */
    size_t npara, cappara, capat;
    pc_buf text;               /* joined paragraphs */
    uint32_t *map;             /* text offset -> page offset (len + 1) */
    size_t capmap;
} article;

typedef struct {
    pc_textb t;
    size_t end;                /* page offset after the last character */
    int space;
    precis_block kind;
} block;

static void add_text(const pc_html *h, block *b, const xmlNode *tn)
{
    const char *s = (const char *)tn->content;
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        long off = pc_html_offset(h, tn, i);
        int placed = off >= 0;
        if (!placed) off = (long)b->end;  /* a node the aligner could not place */
        if (isspace(c) || (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)) {
            if (c == 0xC2) i++;
            b->space = 1;
            continue;
        }
        if (b->space && b->t.b.len) pc_textb_subst(&b->t, " ", 1, (size_t)off);
        b->space = 0;
        pc_textb_copy(&b->t, s + i, 1, (size_t)off);
        long next = placed ? pc_html_offset(h, tn, i + 1) : -1;
        if (next >= off) b->end = (size_t)next;
    }
}

static void flush(article *a, block *b, const char *title)
{
    if (b->t.b.len && !boilerplate_line(b->t.b.s) &&
        !(b->kind == PRECIS_BLOCK_HEADING && title && strcasecmp(b->t.b.s, title) == 0)) {
        pc_textb_finish(&b->t, b->end);
        if (a->text.len) {
            size_t sep = a->map[a->text.len];
            PC_GROW(a->map, a->capmap, a->text.len + 3);
            a->map[a->text.len] = a->map[a->text.len + 1] = (uint32_t)sep;
            pc_buf_put(&a->text, "\n\n", 2);
        }
        size_t at = a->text.len;
        PC_GROW(a->map, a->capmap, at + b->t.b.len + 1);
        memcpy(a->map + at, b->t.map, (b->t.b.len + 1) * sizeof *a->map);
        /* text the aligner could not place takes its block's last known
         * offset, which can lie before what came earlier: offsets never go
         * back, so every span of the text maps to start <= end */
        for (size_t k = at ? at : 1; k <= at + b->t.b.len; k++)
            if (a->map[k] < a->map[k - 1]) a->map[k] = a->map[k - 1];
        pc_buf_put(&a->text, b->t.b.s, b->t.b.len);
        PC_GROW(a->paras, a->cappara, a->npara + 1);
        PC_GROW(a->para_at, a->capat, a->npara + 1);
        a->para_at[a->npara] = at;
        precis_paragraph *p = &a->paras[a->npara++];
        p->text = NULL;  /* copied out of the joined text when it is final */
        p->start = a->map[at];
        p->end = b->end > a->map[at + b->t.b.len] ? b->end : a->map[at + b->t.b.len];
        p->kind = b->kind;
    }
    free(b->t.b.s);
    free(b->t.map);
    memset(&b->t, 0, sizeof b->t);
    b->space = 0;
    b->kind = PRECIS_BLOCK_PARAGRAPH;
}

static precis_block kind_of(const xmlNode *n, precis_block inherited)
{
    const char *t = pc_tag(n);
    if (t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2]) return PRECIS_BLOCK_HEADING;
    if (strcmp(t, "li") == 0) return PRECIS_BLOCK_LIST_ITEM;
    if (strcmp(t, "blockquote") == 0) return PRECIS_BLOCK_QUOTE;
    if (strcmp(t, "pre") == 0) return PRECIS_BLOCK_PRE;
    return inherited;
}

/* The kind of the nearest heading, list item, quote or pre around n, up to
 * root: what the text is after n ends. */
static precis_block enclosing_kind(const xmlNode *n, const xmlNode *root)
{
    for (xmlNode *p = n->parent; p && p != root->parent; p = p->parent)
        if (p->type == XML_ELEMENT_NODE && kind_of(p, PRECIS_BLOCK_PARAGRAPH))
            return kind_of(p, PRECIS_BLOCK_PARAGRAPH);
    return PRECIS_BLOCK_PARAGRAPH;
}

/* Walk the chosen element; every block element starts and ends a block. */
static void emit(extractor *x, article *a, xmlNode *root)
{
    block b = {0};
    precis_block ctx = PRECIS_BLOCK_PARAGRAPH;
    const char *title = x->meta.title;
    xmlNode *n = root;
    for (;;) {
        int descend = 0;
        einfo *e = EI(n);
        if (n->type == XML_TEXT_NODE && n->content) {
            add_text(x->h, &b, n);
        } else if (e && !e->junk && !(n != root && drop_conditionally(n))) {
            descend = 1;
            if (e->blocky) {
                flush(a, &b, title);
                precis_block k = kind_of(n, ctx);
                if (k != PRECIS_BLOCK_PARAGRAPH) ctx = k;
                b.kind = ctx;
            }
        }
        if (descend && n->children) {
            n = n->children;
            continue;
        }
        for (;;) {
            if (descend && EI(n) && EI(n)->blocky) {
                flush(a, &b, title);
                /* leaving a heading/list item/quote: back to the enclosing kind */
                ctx = enclosing_kind(n, root);
                b.kind = ctx;
            }
            if (n == root) {
                flush(a, &b, title);
                return;
            }
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
            descend = 1;
        }
    }
}

/* Does sibling s look like more of the article?  te is the chosen
 * element's facts, cls its class, threshold the score a sibling needs. */
static int sibling_joins(const einfo *te, const char *cls, const xmlNode *s, float threshold)
{
    const einfo *se = EI(s);
    if (!se || se->junk) return 0;
    const char *scls = pc_html_attr(s, "class");
    float bonus = cls && *cls && scls && strcmp(cls, scls) == 0 ? te->score * SAME_CLASS_BONUS : 0;
    if (se->scored && se->score + bonus >= threshold) return 1;
    if (strcmp(pc_tag(s), "p") != 0) return 0;
    float ld = link_density(se);
    return (se->text > SIBLING_P_MIN_CHARS && ld < SIBLING_P_MAX_LINKS) ||
           (se->text > 0 && ld == 0 && se->commas > 0);
}

/* The chosen element, plus siblings that look like more of the article. */
static void emit_with_siblings(extractor *x, article *a, xmlNode *top, xmlNode *body)
{
    einfo *te = EI(top);
    if (top == body || !top->parent || !x->strict) {
        emit(x, a, top);
        return;
    }
    float threshold = te->score * SIBLING_SHARE > SIBLING_MIN_SCORE ? te->score * SIBLING_SHARE
                                                                    : SIBLING_MIN_SCORE;
    const char *cls = pc_html_attr(top, "class");
    for (xmlNode *s = top->parent->children; s; s = s->next)
        if (s == top || sibling_joins(te, cls, s, threshold)) emit(x, a, s);
}

static void build_hint(extractor *x)
{
    const char *p = x->meta.body_hint;
    if (!p || strlen(p) < HINT_MIN_BYTES) return;
    size_t n;
    for (const char *w; (w = next_word(&p, &n));) pc_map_put(&x->hint, w, n, 0, NULL), x->hint_tokens++;
}

/* Characters that are not spaces: word counts mean little in Chinese or Japanese. */
static size_t letters(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
        if (!isspace(*p) && (*p & 0xC0) != 0x80) n++;
    return n;
}

static void reset(article *a)
{
    pc_buf_free(&a->text);
    free(a->map);
    free(a->paras);
    free(a->para_at);
    a->map = NULL, a->capmap = 0;
    a->paras = NULL, a->npara = a->cappara = 0;
    a->para_at = NULL, a->capat = 0;
}

static void run(extractor *x, article *a, xmlNode *body)
{
    collect(x, body);
    score(x);
    xmlNode *top = best(x, body);
    emit_with_siblings(x, a, top, body);
}

/* The page's <body>, or its root element when it has none. */
static xmlNode *find_body(xmlNode *root)
{
    for (xmlNode *n = root; n; n = pc_html_next(n, root, 0))
        if (strcmp(pc_tag(n), "body") == 0) return n;
    return root;
}

/* The strict pass, and the relaxed one when it finds too little text. */
static void extract_text(extractor *x, article *a, xmlNode *body)
{
    x->strict = 1;
    run(x, a, body);
    if (letters(a->text.s) < STRICT_MIN_LETTERS) {
        reset(a);
        x->strict = 0;
        run(x, a, body);
    }
}

/* The article's public fields: each paragraph's text copied out of the
 * joined text, the metadata taken over from x->meta (what is not shown is
 * freed), the encoding from h. */
static precis_article *publish(article *a, extractor *x, const pc_html *h)
{
    precis_article *p = &a->pub;
    char *text = pc_buf_take(&a->text);
    for (size_t i = 0; i < a->npara; i++) {
        size_t at = a->para_at[i];
        size_t end = i + 1 < a->npara ? a->para_at[i + 1] - 2 : strlen(text);
        a->paras[i].text = pc_strndup(text + at, end - at);
    }
    free(a->para_at);
    a->para_at = NULL;
    p->text = text;
    p->paragraphs = a->paras;
    p->nparagraphs = a->npara;
    p->title = x->meta.title, p->date = x->meta.date, p->author = x->meta.author;
    p->site = x->meta.site, p->url = x->meta.url, p->lang = x->meta.lang;
    free(x->meta.description);
    free(x->meta.body_hint);
    p->encoding = pc_strdup(h->encoding);
    p->encoding_from = h->encoding_from;
    p->replaced = h->replaced;
    p->first_replaced = h->first_bad;
    return p;
}

precis_article *precis_article_extract(const char *html, size_t len, const char *url,
                                       const char *charset, char *err, size_t errlen)
{
    pc_html h;
    char e2[256];
    if (!err) err = e2, errlen = sizeof e2;
    if (!html || len == 0) {
        snprintf(err, errlen, "empty page");
        return NULL;
    }
    if (pc_html_load(&h, html, len, charset, err, errlen) != 0) return NULL;
    extractor x = {0};
    x.h = &h;
    pc_html_meta(&h, url, &x.meta);
    build_hint(&x);
    xmlNode *body = find_body(xmlDocGetRootElement(h.doc));
    article *a = pc_xcalloc(1, sizeof *a);
    extract_text(&x, a, body);
    size_t chars = letters(a->text.s);
    free(x.order);
    free(x.info);
    pc_map_free(&x.hint);
    if (chars < ARTICLE_MIN_LETTERS) {
        snprintf(err, errlen, "no article found in the page (%zu characters of text outside "
                              "navigation and boilerplate: a login wall, a page of links or a page "
                              "built by JavaScript?)", chars);
        reset(a);
        free(a);
        pc_meta_free(&x.meta);
        pc_html_free(&h);
        return NULL;
    }
    precis_article *p = publish(a, &x, &h);
    pc_html_free(&h);
    return p;
}

/* The page offsets of the article's text (len + 1 entries), for read.c. */
const uint32_t *pc_article_map(const precis_article *p)
{
    return ((const article *)p)->map;
}

void precis_article_free(precis_article *p)
{
    if (!p) return;
    article *a = (article *)p;
    for (size_t i = 0; i < a->npara; i++) free((char *)a->paras[i].text);
    free(a->paras);
    free(a->map);
    free((char *)p->text);
    free((char *)p->title), free((char *)p->date), free((char *)p->author);
    free((char *)p->site), free((char *)p->url), free((char *)p->lang);
    free((char *)p->encoding);
    free(a);
}
