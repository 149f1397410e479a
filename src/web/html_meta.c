/*
 * html_meta.c — a page's metadata, each field from the best source present.
 *
 *   title   og:title, JSON-LD headline, the first <h1>, <title> without the
 *           site's suffix (" | Site", " - Site")
 *   date    article:published_time (and its kin), JSON-LD datePublished,
 *           <time datetime>, a date in the URL; kept as YYYY-MM-DD (or
 *           YYYY-MM, YYYY when the source says no more)
 *   author  JSON-LD author, <meta name=author> (and kin), rel=author link
 *   site    og:site_name, JSON-LD publisher, the URL's host
 *   url     <link rel=canonical>, og:url, the URL the page was fetched from
 *   lang    <html lang>, og:locale
 * JSON-LD (schema.org in <script type="application/ld+json">) is read with
 * jansson; its articleBody is kept as a hint for the body extractor.
 *
 * In the flow: the first stage, between html.c (which parsed the page) and
 * extract.c (which finds the body); the title and date become the
 * document's, the date its place on the timeline.
 */
#include "web/html.h"
#include "dates/dates.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LD_MAX_DEPTH 16           /* JSON-LD nesting read (arrays and @graph) */
#define URL_MIN_YEAR 1990         /* a date in a URL is believed from this year ... */
#define URL_MAX_YEAR 2100         /* ... to this one */
/* "Headline | Tail": the tail is the site's name when the page names it so,
 * or when it is short beside a real headline: */
#define SITE_MAX_WORDS 4          /* at most this many words ... */
#define HEADLINE_MIN_BYTES 20     /* ... after a headline longer than this ... */
#define HEADLINE_MORE_WORDS 3     /* ... of more than this many words over the tail's */

/* Text of a subtree, whitespace folded. */
static char *node_text(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = pc_fold(c ? (const char *)c : "", c ? strlen((const char *)c) : 0);
    xmlFree(c);
    return s;
}

static void set(char **field, const char *v)
{
    if (*field || !v) return;
    char *s = pc_fold(v, strlen(v));
    if (*s) *field = s;
    else free(s);
}

/* "2019-11-19T08:00:00Z", "Nov 19, 2019", "20191119" -> "2019-11-19". */
static char *iso_date(const char *s)
{
    if (!s) return NULL;
    precis_date d;
    if (!pc_parse_date(s, strlen(s), &d) || !d.year) return NULL;
    char out[16];
    if (d.day) snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
    else if (d.month) snprintf(out, sizeof out, "%04d-%02d", d.year, d.month);
    else snprintf(out, sizeof out, "%04d", d.year);
    return pc_strdup(out);
}

/* /2019/11/19/ or -2019-11-19 or /20191119/ in a URL. */
static char *url_date(const char *url)
{
    if (!url) return NULL;
    for (const char *p = url; *p; p++) {
        if (!isdigit((unsigned char)p[0]) || (p > url && isdigit((unsigned char)p[-1]))) continue;
        int y, m, d, k = 0;
        if ((sscanf(p, "%4d/%2d/%2d%n", &y, &m, &d, &k) == 3 ||
             sscanf(p, "%4d-%2d-%2d%n", &y, &m, &d, &k) == 3) &&
            k == 10 && y >= URL_MIN_YEAR && y <= URL_MAX_YEAR && m >= 1 && m <= 12 && d >= 1 &&
            d <= pc_days_in_month(y, m)) {
            char out[16];
            snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
            return pc_strdup(out);
        }
    }
    return NULL;
}

/* The host of a URL, without "www.". */
static char *url_host(const char *url)
{
    if (!url) return NULL;
    const char *p = strstr(url, "://");
    if (!p) return NULL;
    p += 3;
    if (strncmp(p, "www.", 4) == 0) p += 4;
    size_t n = strcspn(p, "/:?#");
    return n ? pc_strndup(p, n) : NULL;
}

/* ---------------------------------------------------------------------- */
/* JSON-LD                                                                 */
/* ---------------------------------------------------------------------- */

typedef struct {
    char *headline, *date, *author, *publisher, *body, *url, *site;
} ld_fields;

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A person or organisation: a string, {"name":...} or an array of them. */
static void names_of(json_t *v, pc_buf *out)
{
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) names_of(x, out);
        return;
    }
    const char *name = json_is_string(v) ? json_string_value(v) : json_is_object(v) ? jstr(v, "name") : NULL;
    if (!name || !*name || strncmp(name, "http", 4) == 0) return;
    if (out->len) pc_buf_puts(out, ", ");
    pc_buf_puts(out, name);
}

static int article_type(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    if (json_is_array(t)) {
        size_t i;
        json_t *x;
        json_array_foreach(t, i, x) if (json_is_string(x) &&
                                        (strstr(json_string_value(x), "Article") ||
                                         strstr(json_string_value(x), "Posting")))
            return 1;
        return 0;
    }
    const char *s = json_is_string(t) ? json_string_value(t) : "";
    return strstr(s, "Article") || strstr(s, "Posting") || strcmp(s, "Report") == 0;
}

static void take(char **f, const char *v)
{
    if (!*f && v && *v) *f = pc_strdup(v);
}

static void ld_walk(json_t *v, ld_fields *f, int depth)
{
    if (depth > LD_MAX_DEPTH) return;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) ld_walk(x, f, depth + 1);
        return;
    }
    if (!json_is_object(v)) return;
    const char *type = jstr(v, "@type");
    if (article_type(v)) {
        take(&f->headline, jstr(v, "headline"));
        take(&f->date, jstr(v, "datePublished"));
        take(&f->body, jstr(v, "articleBody"));
        take(&f->url, jstr(v, "url"));
        if (!f->author) {
            pc_buf b = {0};
            names_of(json_object_get(v, "author"), &b);
            if (b.len) f->author = pc_buf_take(&b);
            pc_buf_free(&b);
        }
        json_t *pub = json_object_get(v, "publisher");
        if (json_is_object(pub)) take(&f->publisher, jstr(pub, "name"));
    } else if (type && strcmp(type, "WebSite") == 0)
        take(&f->site, jstr(v, "name"));
    json_t *g = json_object_get(v, "@graph");
    if (g) ld_walk(g, f, depth + 1);
}

static void ld_free(ld_fields *f)
{
    free(f->headline), free(f->date), free(f->author), free(f->publisher);
    free(f->body), free(f->url), free(f->site);
}

/* ---------------------------------------------------------------------- */

/* Meta tags by name/property, in order of preference per field. */
typedef struct {
    char *og_title, *tw_title, *published, *author, *site, *og_url, *locale, *description;
} meta_tags;

static int key_in(const char *k, const char *const *list)
{
    for (; *list; list++)
        if (strcasecmp(k, *list) == 0) return 1;
    return 0;
}

static void read_meta(const xmlNode *n, meta_tags *t)
{
    static const char *const published[] = {
        "article:published_time", "og:article:published_time", "article:published", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time",
        "article.published", "cxenseparse:recs:publishtime", "displaydate", NULL};
    static const char *const author[] = {"author", "article:author", "byl", "sailthru.author",
                                         "parsely-author", "dc.creator", "dcterms.creator", NULL};
    const char *k = pc_html_attr(n, "property");
    if (!k) k = pc_html_attr(n, "name");
    if (!k) k = pc_html_attr(n, "itemprop");
    const char *v = pc_html_attr(n, "content");
    if (!k || !v || !*v) return;
    if (strcasecmp(k, "og:title") == 0) set(&t->og_title, v);
    else if (strcasecmp(k, "twitter:title") == 0) set(&t->tw_title, v);
    else if (key_in(k, published)) set(&t->published, v);
    else if (key_in(k, author) && strncmp(v, "http", 4) != 0)
        set(&t->author, strncasecmp(v, "by ", 3) == 0 ? v + 3 : v);
    else if (strcasecmp(k, "og:site_name") == 0) set(&t->site, v);
    else if (strcasecmp(k, "og:url") == 0) set(&t->og_url, v);
    else if (strcasecmp(k, "og:locale") == 0) set(&t->locale, v);
    else if (strcasecmp(k, "description") == 0 || strcasecmp(k, "og:description") == 0)
        set(&t->description, v);
}

/* "Headline | Site" or "Headline - Site": the headline. */
static char *strip_site(char *title, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", NULL};
    for (int i = 0; seps[i]; i++) {
        char *p = NULL, *q = title;
        while ((q = strstr(q, seps[i]))) p = q++;
        if (!p) continue;
        const char *tail = p + strlen(seps[i]);
        /* the tail is the site when it is short or names the site */
        if ((site && strcasecmp(tail, site) == 0) ||
            (pc_count_words(tail) <= SITE_MAX_WORDS && p - title > HEADLINE_MIN_BYTES &&
             pc_count_words(title) > pc_count_words(tail) + HEADLINE_MORE_WORDS)) {
            *p = 0;
            break;
        }
    }
    return title;
}

/* What the page offers, before the choice. */
typedef struct {
    meta_tags t;
    ld_fields ld;
    char *title_tag, *h1, *canonical, *time_dt, *rel_author;
} sources;

/* A <script type="application/ld+json"> element: its objects into ld. */
static void read_ld_script(const xmlNode *n, ld_fields *ld)
{
    const char *type = pc_html_attr(n, "type");
    if (type && strcasecmp(type, "application/ld+json") == 0 && n->children &&
        n->children->content) {
        json_t *j = json_loads((const char *)n->children->content, JSON_DECODE_ANY, NULL);
        if (j) ld_walk(j, ld, 0);
        json_decref(j);
    }
}

/* Every element of the page that can give a field. */
static void gather(xmlNode *root, sources *src)
{
    for (xmlNode *n = root; n; n = pc_html_next(n, root, 0)) {
        const char *tag = pc_tag(n);
        if (!*tag) continue;
        if (strcmp(tag, "meta") == 0) read_meta(n, &src->t);
        else if (strcmp(tag, "title") == 0 && !src->title_tag) src->title_tag = node_text(n);
        else if (strcmp(tag, "h1") == 0 && !src->h1) {
            src->h1 = node_text(n);
            if (!*src->h1) free(src->h1), src->h1 = NULL;
        } else if (strcmp(tag, "link") == 0) {
            const char *rel = pc_html_attr(n, "rel");
            if (rel && strcasecmp(rel, "canonical") == 0) set(&src->canonical, pc_html_attr(n, "href"));
        } else if (strcmp(tag, "time") == 0 && !src->time_dt) {
            set(&src->time_dt, pc_html_attr(n, "datetime"));
        } else if (strcmp(tag, "a") == 0 && !src->rel_author) {
            const char *rel = pc_html_attr(n, "rel");
            if (rel && strcasecmp(rel, "author") == 0) {
                src->rel_author = node_text(n);
                if (!*src->rel_author) free(src->rel_author), src->rel_author = NULL;
            }
        } else if (strcmp(tag, "script") == 0)
            read_ld_script(n, &src->ld);
    }
}

/* Each field from the best source present (the order of the calls is the
 * order of preference: set keeps the first). */
static void choose(const sources *src, const char *page_url, pc_meta *m)
{
    const meta_tags *t = &src->t;
    const ld_fields *ld = &src->ld;
    /* site first: the title's suffix is cut against it */
    set(&m->site, t->site);
    set(&m->site, ld->publisher);
    set(&m->site, ld->site);
    set(&m->url, src->canonical);
    set(&m->url, t->og_url);
    set(&m->url, ld->url);
    set(&m->url, page_url);
    if (!m->site) m->site = url_host(m->url);
    set(&m->title, t->og_title);
    set(&m->title, ld->headline);
    set(&m->title, t->tw_title);
    set(&m->title, src->h1);
    if (!m->title && src->title_tag && *src->title_tag) m->title = pc_strdup(src->title_tag);
    if (m->title) strip_site(m->title, m->site);
    m->date = iso_date(t->published);
    if (!m->date) m->date = iso_date(ld->date);
    if (!m->date) m->date = iso_date(src->time_dt);
    if (!m->date) m->date = url_date(m->url);
    if (!m->date) m->date = url_date(page_url);
    set(&m->author, ld->author);
    set(&m->author, t->author);
    set(&m->author, src->rel_author);
    set(&m->lang, t->locale);
    set(&m->description, t->description);
    if (ld->body) m->body_hint = pc_strdup(ld->body);
}

static void sources_free(sources *src)
{
    meta_tags *t = &src->t;
    free(t->og_title), free(t->tw_title), free(t->published), free(t->author), free(t->site);
    free(t->og_url), free(t->locale), free(t->description);
    free(src->title_tag), free(src->h1), free(src->canonical), free(src->time_dt);
    free(src->rel_author);
    ld_free(&src->ld);
}

void pc_html_meta(const pc_html *h, const char *page_url, pc_meta *m)
{
    memset(m, 0, sizeof *m);
    sources src = {0};
    xmlNode *root = xmlDocGetRootElement(h->doc);
    set(&m->lang, pc_html_attr(root, "lang"));
    gather(root, &src);
    choose(&src, page_url, m);
    sources_free(&src);
}

void pc_meta_free(pc_meta *m)
{
    free(m->title), free(m->date), free(m->author), free(m->site), free(m->url);
    free(m->lang), free(m->description), free(m->body_hint);
    memset(m, 0, sizeof *m);
}
