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
 */
#include "web/html.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
    size_t ninfo;
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
        char buf[512];
        snprintf(buf, sizeof buf, "%s", v);
        for (char *p = buf; *p; p++) *p = (char)tolower((unsigned char)*p);
        if (has_any(buf, NEGATIVE)) w -= 25;
        if (has_any(buf, POSITIVE)) w += 25;
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
    char buf[512];
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

static void collect(extractor *x, xmlNode *body)
{
    x->norder = 0;
    for (xmlNode *n = body; n; n = pc_html_next(n, body, 0))
        if (n->type == XML_ELEMENT_NODE) x->norder++;
    free(x->order);
    free(x->info);
    x->order = pc_xcalloc(x->norder + 1, sizeof *x->order);
    x->info = pc_xcalloc(x->norder + 1, sizeof *x->info);
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
    /* bottom-up: children before parents is reverse document order */
    for (size_t i = x->norder; i-- > 0;) {
        xmlNode *n = x->order[i];
        einfo *e = EI(n);
        if (e->junk) continue;
        const char *t = pc_tag(n);
        int is_link = strcmp(t, "a") == 0;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content) {
                uint32_t commas = 0;
                uint32_t len = (uint32_t)chars_of((const char *)c->content, &commas);
                e->text += len;
                e->commas += commas;
                e->own += len;
                e->own_commas += commas;
                if (is_link) e->links += len;
                if (x->hint.n) hint_words(x, (const char *)c->content, &e->hint_hit, &e->hint_miss);
            } else if (c->type == XML_ELEMENT_NODE) {
                einfo *ce = EI(c);
                const char *ct = pc_tag(c);
                if (strcmp(ct, "img") == 0) e->imgs++;
                else if (strcmp(ct, "input") == 0 || strcmp(ct, "select") == 0 ||
                         strcmp(ct, "textarea") == 0)
                    e->inputs++;
                else if (strcmp(ct, "iframe") == 0 || strcmp(ct, "embed") == 0 ||
                         strcmp(ct, "object") == 0 || strcmp(ct, "video") == 0)
                    e->embeds++;
                if (!ce || ce->junk) continue;
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

static float tag_base(const xmlNode *n)
{
    static const char *const plus5[] = {"div", "article", "main", NULL};
    static const char *const plus3[] = {"pre", "td", "blockquote", NULL};
    static const char *const minus3[] = {"address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL};
    static const char *const minus5[] = {"h1", "h2", "h3", "h4", "h5", "h6", "th", NULL};
    return tag_is(n, plus5) ? 5 : tag_is(n, plus3) ? 3 : tag_is(n, minus3) ? -3
                                                      : tag_is(n, minus5) ? -5 : 0;
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

static void score(extractor *x)
{
    static const char *const para_tags[] = {"p", "pre", "td", "blockquote", NULL};
    static const char *const div_like[] = {"div", "section", "span", "font", "center", NULL};
    for (size_t i = 0; i < x->norder; i++) {
        xmlNode *n = x->order[i];
        einfo *e = EI(n);
        if (e->junk || e->text < 25) continue;
        int para = tag_is(n, para_tags) || (tag_is(n, div_like) && !has_block_child(n));
        uint32_t len = e->text, commas = e->commas;
        xmlNode *a = n->parent;
        if (!para && tag_is(n, div_like) && e->own >= 25) {
            /* text beside block children: scored as paragraphs of this element */
            len = e->own, commas = e->own_commas;
            a = n;
        } else if (!para)
            continue;
        /* a paragraph inside a scored paragraph counts once */
        if (n->parent && tag_is(n->parent, para_tags) && strcmp(pc_tag(n), "p") != 0) continue;
        float s = 1 + (float)commas + (float)(len / 100 < 3 ? len / 100 : 3);
        for (int level = 0; a && a->type == XML_ELEMENT_NODE && level < 5; level++, a = a->parent)
            give(a, level == 0 ? s : level == 1 ? s / 2 : s / (float)(level * 3));
    }
    for (size_t i = 0; i < x->norder; i++) {
        einfo *e = EI(x->order[i]);
        if (e->scored) e->score *= 1 - link_density(e);
    }
}

static xmlNode *best(extractor *x, xmlNode *body)
{
    xmlNode *top = NULL;
    float ts = 0;
    for (size_t i = 0; i < x->norder; i++) {
        einfo *e = EI(x->order[i]);
        if (e->scored && !e->junk && (!top || e->score > ts)) top = x->order[i], ts = e->score;
    }
    if (getenv("PRECIS_EXTRACT_DEBUG")) {
        char buf[512];
        for (size_t i = 0; i < x->norder; i++) {
            einfo *e = EI(x->order[i]);
            if (e->scored && e->score > ts / 4)
                fprintf(stderr, "cand %s [%s] score %.1f text %u links %u hint %u/%u\n",
                        pc_tag(x->order[i]), class_id(x->order[i], buf, sizeof buf), e->score,
                        e->text, e->links, e->hint_hit, e->hint_miss);
        }
    }
    if (!top) return body;
    /* climb while the parent holds nearly as much */
    float last = ts;
    for (xmlNode *p = top->parent; p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
        einfo *pe = EI(p);
        if (!pe || !pe->scored) continue;
        if (pe->score < last / 3) break;
        if (pe->score > last) {
            top = p;
            break;
        }
        last = pe->score;
    }
    /* The JSON-LD body, when the page has one, overrules a choice that
     * misses most of it (it may be truncated: it never overrules a choice
     * that holds it) */
    if (x->hint.n && x->hint_tokens && EI(top)->hint_hit * 2 < x->hint_tokens) {
        xmlNode *h = NULL;
        long hs = 0;
        for (size_t i = 0; i < x->norder; i++) {
            einfo *e = EI(x->order[i]);
            long sc = (long)e->hint_hit - 2 * (long)e->hint_miss;
            if (!e->junk && sc > hs) h = x->order[i], hs = sc;
        }
        if (getenv("PRECIS_EXTRACT_DEBUG") && h)
            fprintf(stderr, "hint %s score %ld of %zu tokens\n", pc_tag(h), hs, x->hint_tokens);
        if (h && EI(h)->hint_hit * 10 >= x->hint_tokens * 7 && EI(h)->hint_miss * 10 <= EI(h)->hint_hit * 3)
            top = h;
    }
    if (getenv("PRECIS_EXTRACT_DEBUG")) {
        char buf[512];
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
        if (strcmp(pc_tag(n), "p") == 0 && e->text < 200 && link_density(e) > 0.6f) return 1;
        /* a navigation cell of a table layout */
        if (strcmp(pc_tag(n), "td") == 0 && e->text < 500 && link_density(e) > 0.5f) return 1;
        return 0;
    }
    int w = e->weight;
    if (w + (e->scored ? e->score : 0) < 0) return 1;
    if (e->commas >= 10) return 0;
    float ld = link_density(e);
    int list = strcmp(pc_tag(n), "ul") == 0 || strcmp(pc_tag(n), "ol") == 0;
    if (e->imgs > 1 && (float)e->paras / (float)e->imgs < 0.5f && !list) return 1;
    if (!list && e->lis > e->paras + 3 && e->text < 500 + 200 * e->paras) return 1;
    if (e->inputs > e->paras / 3 + 1) return 1;
    if (e->text < 25 && (e->imgs == 0 || e->imgs > 2)) return 1;
    if (w < 25 && ld > 0.3f) return 1;
    if (w >= 25 && ld > 0.5f) return 1;
    if (e->embeds > 0 && e->text < 75) return 1;
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
    char buf[64];
    size_t n = strlen(s);
    /* a copyright line */
    if (n < 120 && (strncmp(s, "©", 2) == 0 || strncasecmp(s, "copyright", 9) == 0 ||
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
                ctx = PRECIS_BLOCK_PARAGRAPH;
                for (xmlNode *p = n->parent; p && p != root->parent; p = p->parent)
                    if (p->type == XML_ELEMENT_NODE && kind_of(p, PRECIS_BLOCK_PARAGRAPH)) {
                        ctx = kind_of(p, PRECIS_BLOCK_PARAGRAPH);
                        break;
                    }
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

/* The chosen element, plus siblings that look like more of the article. */
static void emit_with_siblings(extractor *x, article *a, xmlNode *top, xmlNode *body)
{
    einfo *te = EI(top);
    if (top == body || !top->parent || !x->strict) {
        emit(x, a, top);
        return;
    }
    float threshold = te->score * 0.2f > 10 ? te->score * 0.2f : 10;
    const char *cls = pc_html_attr(top, "class");
    for (xmlNode *s = top->parent->children; s; s = s->next) {
        einfo *se = EI(s);
        if (s == top) {
            emit(x, a, s);
            continue;
        }
        if (!se || se->junk) continue;
        const char *scls = pc_html_attr(s, "class");
        float bonus = cls && *cls && scls && strcmp(cls, scls) == 0 ? te->score * 0.2f : 0;
        int take = se->scored && se->score + bonus >= threshold;
        if (!take && strcmp(pc_tag(s), "p") == 0) {
            float ld = link_density(se);
            take = (se->text > 80 && ld < 0.25f) || (se->text > 0 && ld == 0 && se->commas > 0);
        }
        if (take) emit(x, a, s);
    }
}

static void build_hint(extractor *x)
{
    const char *p = x->meta.body_hint;
    if (!p || strlen(p) < 200) return;
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
    xmlNode *root = xmlDocGetRootElement(h.doc), *body = root;
    for (xmlNode *n = root; n; n = pc_html_next(n, root, 0))
        if (strcmp(pc_tag(n), "body") == 0) {
            body = n;
            break;
        }
    article *a = pc_xcalloc(1, sizeof *a);
    x.strict = 1;
    run(&x, a, body);
    if (letters(a->text.s) < 250) {
        reset(a);
        x.strict = 0;
        run(&x, a, body);
    }
    size_t chars = letters(a->text.s);
    free(x.order);
    free(x.info);
    pc_map_free(&x.hint);
    if (chars < 120) {
        snprintf(err, errlen, "no article found in the page (%zu characters of text outside "
                              "navigation and boilerplate: a login wall, a page of links or a page "
                              "built by JavaScript?)", chars);
        reset(a);
        free(a);
        pc_meta_free(&x.meta);
        pc_html_free(&h);
        return NULL;
    }
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
    p->title = x.meta.title, p->date = x.meta.date, p->author = x.meta.author;
    p->site = x.meta.site, p->url = x.meta.url, p->lang = x.meta.lang;
    free(x.meta.description);
    free(x.meta.body_hint);
    p->encoding = pc_strdup(h.encoding);
    p->encoding_from = h.encoding_from;
    p->replaced = h.replaced;
    p->first_replaced = h.first_bad;
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
