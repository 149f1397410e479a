/*
 * html.c — a web page becomes a UTF-8 DOM tree whose text knows its bytes.
 *
 * Decoding: the byte-order mark, else the charset the HTTP header gave, else
 * a <meta charset> / http-equiv declaration in the first 4 KB (HTML's
 * prescan), else UTF-8 when the bytes are valid UTF-8 (libxml2's legacy
 * default for undeclared pages, windows-1252, would garble them), else
 * windows-1252.  Other encodings are converted with iconv one character at a
 * time, so that every UTF-8 byte keeps the offset of the bytes it came from.
 * Invalid bytes become U+FFFD and are counted.
 *
 * Parsing: libxml2's error-tolerant HTML parser, told the text is UTF-8.
 *
 * Spans: libxml2 does not record where a node came from, so every text node
 * is aligned with the source by a forward scan that skips markup and decodes
 * character references.  No library offers this; it is linear (a global
 * step budget bounds the search on hostile pages) and a node it cannot place
 * simply has no span.
 *
 * In the flow: the first step for a web page, in the first stage (reading).
 * extract.c loads every page through pc_html_load, html_meta.c reads the
 * tree's metadata, and core/read.c asks pc_looks_html of undeclared inputs.
 */
#define _GNU_SOURCE 1 /* memmem, strcasestr */
#include "web/html.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* Limits */
#define META_PRESCAN_BYTES 4096   /* a <meta> charset counts in the first 4 KB (the HTML
                                     standard's prescan stops at 1,024 bytes) */
#define LOOKS_HTML_BYTES 1024     /* pc_looks_html looks for <html> in the first 1 KB */
#define ICONV_MAX_CHAR_BYTES 4    /* the longest character of a legacy encoding (GB18030) */
#define CHAR_REF_MAX_DIGITS 8     /* digits of a numeric reference read (U+10FFFF has 7) */
#define ALIGN_STEPS_PER_BYTE 16   /* the aligner's budget: this many steps a byte of the page ... */
#define ALIGN_STEPS_BASE 1000000  /* ... plus this many; past it, nodes are left without spans */
#define BINARY_SNIFF_BYTES 65536  /* the binary test reads the first 64 KB: a NUL ... */
#define BINARY_CTL_SHARE 20       /* ... or more than one control character in this many is binary */
/* Offsets are 32-bit (pc_span, umap) and libxml2 takes an int length: pages
 * up to these sizes, raw and decoded, with room to spare. */
#define PAGE_MAX_BYTES (UINT32_MAX / 2)
#define DECODED_MAX_BYTES (INT32_MAX / 2)

/* ---------------------------------------------------------------------- */
/* Encoding                                                                */
/* ---------------------------------------------------------------------- */

/* The charset named after `charset=` at p, copied into out. */
static int charset_value(const char *p, const char *e, char *out, size_t cap)
{
    while (p < e && (*p == ' ' || *p == '=' || *p == '"' || *p == '\'')) p++;
    size_t n = 0;
    while (p < e && n + 1 < cap && (isalnum((unsigned char)*p) || strchr("-_.:", *p)))
        out[n++] = *p++;
    out[n] = 0;
    return n > 0;
}

int pc_charset_param(const char *s, size_t n, char *out, size_t cap)
{
    const char *e = s + n;
    for (const char *q = s; q + 7 < e; q++)
        if (strncasecmp(q, "charset", 7) == 0) {
            const char *v = q + 7;
            while (v < e && *v == ' ') v++;
            if (v < e && *v == '=' && charset_value(v, e, out, cap)) return 1;
        }
    out[0] = 0;
    return 0;
}

/* HTML's prescan, simplified: a charset in a <meta> tag of the first 4 KB. */
static int meta_charset(const char *s, size_t n, char *out, size_t cap)
{
    const char *e = s + (n < META_PRESCAN_BYTES ? n : META_PRESCAN_BYTES);
    for (const char *p = s; p + 5 < e; p++) {
        p = memchr(p, '<', (size_t)(e - p));
        if (!p || p + 5 >= e) break;
        if (strncasecmp(p + 1, "meta", 4) != 0) continue;
        const char *end = memchr(p, '>', (size_t)(e - p));
        if (!end) break;
        if (pc_charset_param(p, (size_t)(end - p), out, cap)) return 1;
        p = end;
    }
    return 0;
}

/* WHATWG: latin-1 and ASCII labels mean windows-1252; a page cannot really
 * declare UTF-16 in its own bytes (the meta would be unreadable). */
static void canonical_charset(char *cs, int from_meta)
{
    static const char *const w1252[] = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
                                        "ascii", "iso_8859-1", "cp1252", "windows-1252", NULL};
    for (char *p = cs; *p; p++) *p = (char)tolower((unsigned char)*p);
    for (int i = 0; w1252[i]; i++)
        if (strcmp(cs, w1252[i]) == 0) {
            strcpy(cs, "WINDOWS-1252");
            return;
        }
    if (strcmp(cs, "utf8") == 0 || strcmp(cs, "utf-8") == 0 || strcmp(cs, "unicode-1-1-utf-8") == 0 ||
        (from_meta && strncmp(cs, "utf-16", 6) == 0)) {
        strcpy(cs, "UTF-8");
        return;
    }
    for (char *p = cs; *p; p++) *p = (char)toupper((unsigned char)*p);
}

static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int k = pc_utf8_seq((const unsigned char *)s + i, n - i);
        if (!k) return 0;
        i += (size_t)k;
    }
    return 1;
}

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* UTF-8 input: invalid bytes become U+FFFD (then the text gets a map). */
static void decode_utf8(pc_html *h, const char *s, size_t n, size_t skip)
{
    if (valid_utf8(s + skip, n - skip) && skip == 0) {
        h->u = pc_strndup(s, n);
        h->ulen = n;
        return;
    }
    pc_textb t = {0};
    for (size_t i = skip; i < n;) {
        int k = pc_utf8_seq((const unsigned char *)s + i, n - i);
        if (k) {
            pc_textb_copy(&t, s + i, (size_t)k, i);
            i += (size_t)k;
        } else {
            if (!h->replaced++) h->first_bad = (long)i;
            pc_textb_subst(&t, REPLACEMENT, 3, i);
            i++;
        }
    }
    pc_textb_finish(&t, n);
    h->u = t.b.s ? t.b.s : pc_strdup("");
    h->ulen = t.b.len;
    h->umap = t.map;
}

/* Any other encoding, through iconv, one character at a time. */
static int decode_iconv(pc_html *h, const char *s, size_t n, size_t skip)
{
    iconv_t cd = iconv_open("UTF-8", h->encoding);
    if (cd == (iconv_t)-1) return -1;
    pc_textb t = {0};
    for (size_t i = skip; i < n;) {
        char out[32];
        size_t k, done = 0;
        for (k = 1; k <= ICONV_MAX_CHAR_BYTES && i + k <= n; k++) {
            char *in = (char *)s + i, *o = out;
            size_t il = k, ol = sizeof out;
            iconv(cd, NULL, NULL, NULL, NULL);
            size_t r = iconv(cd, &in, &il, &o, &ol);
            if (r != (size_t)-1 || (il == 0 && o > out)) {
                pc_textb_subst(&t, out, (size_t)(o - out), i);
                done = k;
                break;
            }
            if (errno != EINVAL) break;
        }
        if (!done) {
            if (!h->replaced++) h->first_bad = (long)i;
            pc_textb_subst(&t, REPLACEMENT, 3, i);
            done = 1;
        }
        i += done;
    }
    iconv_close(cd);
    pc_textb_finish(&t, n);
    h->u = t.b.s ? t.b.s : pc_strdup("");
    h->ulen = t.b.len;
    h->umap = t.map;
    return 0;
}

static void decode(pc_html *h, const char *s, size_t n, const char *charset)
{
    size_t skip = 0;
    char cs[sizeof h->encoding] = "";
    const unsigned char *b = (const unsigned char *)s;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        strcpy(cs, "UTF-8"), skip = 3, h->encoding_from = "BOM";
    else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        strcpy(cs, "UTF-16LE"), skip = 2, h->encoding_from = "BOM";
    else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        strcpy(cs, "UTF-16BE"), skip = 2, h->encoding_from = "BOM";
    else if (charset && *charset && strlen(charset) < sizeof cs) {
        strcpy(cs, charset);
        canonical_charset(cs, 0);
        h->encoding_from = "HTTP";
    } else if (meta_charset(s, n, cs, sizeof cs)) {
        canonical_charset(cs, 1);
        h->encoding_from = "meta";
    } else if (valid_utf8(s, n)) {
        strcpy(cs, "UTF-8");
        h->encoding_from = "valid UTF-8";
    } else {
        strcpy(cs, "WINDOWS-1252");
        h->encoding_from = "default";
    }
    strcpy(h->encoding, cs);
    if (strcmp(cs, "UTF-8") == 0 || decode_iconv(h, s, n, skip) != 0) {
        if (strcmp(cs, "UTF-8") != 0) h->encoding_from = "unknown charset, read as UTF-8";
        strcpy(h->encoding, "UTF-8");
        decode_utf8(h, s, n, skip);
    }
}

/* ---------------------------------------------------------------------- */
/* Tree helpers                                                            */
/* ---------------------------------------------------------------------- */

xmlNode *pc_html_next(xmlNode *n, const xmlNode *root, int skip_children)
{
    if (!skip_children && n->children && n->type == XML_ELEMENT_NODE) return n->children;
    while (n && n != root) {
        if (n->next) return n->next;
        n = n->parent;
    }
    return NULL;
}

const char *pc_html_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE) return NULL;
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcasecmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

int pc_looks_html(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB) i = 3;
    while (i < n && isspace((unsigned char)s[i])) i++;
    if (i + 9 <= n && strncasecmp(s + i, "<!doctype", 9) == 0)
        return i + 14 <= n && strncasecmp(s + i + 10, "html", 4) == 0;
    size_t lim = n < LOOKS_HTML_BYTES ? n : LOOKS_HTML_BYTES;
    for (size_t j = i; j + 5 <= lim; j++)
        if (s[j] == '<' && strncasecmp(s + j + 1, "html", 4) == 0 &&
            (j + 5 == n || s[j + 5] == '>' || isspace((unsigned char)s[j + 5])))
            return 1;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Alignment of text nodes with the source                                 */
/* ---------------------------------------------------------------------- */

typedef struct {
    const char *u;
    size_t n;
    long budget;            /* steps left; 0 = stop placing nodes */
} source;

/* If a tag, comment or declaration starts at p, the offset after it. */
static size_t skip_markup(const source *s, size_t p)
{
    const char *u = s->u;
    if (p + 1 >= s->n || u[p] != '<') return p;
    char c = u[p + 1];
    if (c == '!' && p + 3 < s->n && u[p + 2] == '-' && u[p + 3] == '-') {
        const char *e = memmem(u + p + 4, s->n - p - 4, "-->", 3);
        return e ? (size_t)(e - u) + 3 : s->n;
    }
    if (!(isalpha((unsigned char)c) || c == '/' || c == '!' || c == '?')) return p;
    char quote = 0;
    for (size_t q = p + 1; q < s->n; q++) {
        if (quote) {
            if (u[q] == quote) quote = 0;
        } else if (u[q] == '"' || u[q] == '\'') {
            if (u[q - 1] == '=' || isspace((unsigned char)u[q - 1])) quote = u[q];
        } else if (u[q] == '>')
            return q + 1;
    }
    return s->n;
}

/* A code point as UTF-8 (utf8proc), 0 bytes when it is no character. */
static size_t put_utf8(char *o, unsigned long cp)
{
    if (cp == 0 || cp > 0x10FFFF || !utf8proc_codepoint_valid((utf8proc_int32_t)cp)) return 0;
    return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)o);
}

/* A character reference at p: its UTF-8 in out, returns its source length
 * (0 when there is none). */
static size_t char_ref(const source *s, size_t p, char *out, size_t *outn)
{
    const char *u = s->u;
    size_t q = p + 1;
    *outn = 0;
    if (q < s->n && u[q] == '#') {
        unsigned long cp = 0;
        int hex = q + 1 < s->n && (u[q + 1] == 'x' || u[q + 1] == 'X');
        q += hex ? 2 : 1;
        size_t d0 = q;
        while (q < s->n && (hex ? isxdigit((unsigned char)u[q]) : isdigit((unsigned char)u[q])) &&
               q - d0 < CHAR_REF_MAX_DIGITS) {
            int v = isdigit((unsigned char)u[q]) ? u[q] - '0' : tolower((unsigned char)u[q]) - 'a' + 10;
            cp = cp * (hex ? 16 : 10) + (unsigned long)v;
            q++;
        }
        if (q == d0) return 0;
        if (q < s->n && u[q] == ';') q++;
        *outn = put_utf8(out, cp);
        return *outn ? q - p : 0;
    }
    char name[40];
    size_t k = 0;
    while (q < s->n && k + 1 < sizeof name && isalnum((unsigned char)u[q])) name[k++] = u[q++];
    name[k] = 0;
    if (!k || q >= s->n || u[q] != ';') return 0;
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    if (!e) return 0;
    *outn = put_utf8(out, e->value);
    return *outn ? q + 1 - p : 0;
}

/* Match text t at p.  Returns the offset after it, or 0 when it does not
 * match; fills map (n + 1 entries) and says whether the bytes were copied
 * verbatim. */
static size_t match_at(source *s, size_t p, const char *t, size_t n, int raw, uint32_t *map,
                       int *verbatim)
{
    *verbatim = 1;
    size_t i = 0;
    while (i < n) {
        if (p >= s->n || --s->budget <= 0) return 0;
        char c = s->u[p];
        if (!raw && c == '&') {  /* a reference first: "&amp;" is "&", not "&" + "amp;" */
            char e[8];
            size_t el, k = char_ref(s, p, e, &el);
            if (k && el <= n - i && memcmp(t + i, e, el) == 0) {
                for (size_t j = 0; j < el; j++) map[i + j] = (uint32_t)p;
                i += el;
                p += k;
                *verbatim = 0;
                continue;
            }
        }
        if (c == t[i]) {
            map[i++] = (uint32_t)p++;
            continue;
        }
        *verbatim = 0;
        if (c == '\r') {  /* CR LF and lone CR come out as LF */
            if (t[i] == '\n' && (p + 1 >= s->n || s->u[p + 1] != '\n')) map[i++] = (uint32_t)p;
            p++;
            continue;
        }
        if (!raw && c == '<' && i > 0) {  /* markup the parser dropped */
            size_t q = skip_markup(s, p);
            if (q > p) {
                p = q;
                continue;
            }
        }
        return 0;
    }
    map[n] = (uint32_t)p;
    return p;
}

static int raw_text_parent(const xmlNode *n)
{
    const char *t = pc_tag(n->parent);
    return strcmp(t, "script") == 0 || strcmp(t, "style") == 0 || strcmp(t, "xmp") == 0 ||
           strcmp(t, "plaintext") == 0 || strcmp(t, "noscript") == 0;
}

/* Find the node's text in the source after *cursor: its span into sp, hung
 * on the node, and the cursor moved past it; no span when it is not found
 * within the budget. */
static void place(source *s, size_t *cursor, xmlNode *node, pc_span *sp, pc_u32vec *scratch)
{
    const char *t = (const char *)node->content;
    size_t n = strlen(t);
    int raw = raw_text_parent(node);
    PC_GROW(scratch->v, scratch->cap, n + 1);
    size_t p = *cursor;
    while (p < s->n && s->budget > 0) {
        if (!raw && s->u[p] == '<') {
            size_t q = skip_markup(s, p);
            if (q > p) {
                s->budget -= (long)(q - p);
                p = q;
                continue;
            }
        }
        int verbatim;
        size_t end = match_at(s, p, t, n, raw, scratch->v, &verbatim);
        if (end) {
            sp->start = scratch->v[0];
            sp->len = (uint32_t)n;
            if (!verbatim) {
                sp->map = pc_xmalloc((n + 1) * sizeof *sp->map);
                memcpy(sp->map, scratch->v, (n + 1) * sizeof *sp->map);
            }
            node->_private = sp;
            *cursor = end;
            return;
        }
        p++;
    }
}

static int blank(const char *t)
{
    for (; *t; t++)
        if (!isspace((unsigned char)*t)) return 0;
    return 1;
}

static void align(pc_html *h)
{
    xmlNode *root = xmlDocGetRootElement(h->doc);
    if (!root) return;
    size_t count = 0;
    for (xmlNode *n = (xmlNode *)h->doc->children; n; n = pc_html_next(n, NULL, 0))
        if (n->type == XML_TEXT_NODE && n->content && !blank((const char *)n->content)) count++;
    if (!count) return;
    h->spans = pc_xcalloc(count, sizeof *h->spans);
    source s = {h->u, h->ulen, ALIGN_STEPS_PER_BYTE * (long)h->ulen + ALIGN_STEPS_BASE};
    size_t cursor = 0;
    pc_u32vec scratch = {0};
    for (xmlNode *n = (xmlNode *)h->doc->children; n; n = pc_html_next(n, NULL, 0))
        if (n->type == XML_TEXT_NODE && n->content && !blank((const char *)n->content) &&
            h->nspans < count)
            place(&s, &cursor, n, &h->spans[h->nspans++], &scratch);
    free(scratch.v);
}

long pc_html_offset(const pc_html *h, const xmlNode *n, size_t i)
{
    const pc_span *sp = n && n->type == XML_TEXT_NODE ? n->_private : NULL;
    if (!sp) return -1;
    if (i > sp->len) i = sp->len;
    size_t off = sp->map ? sp->map[i] : sp->start + i;
    if (off > h->ulen) off = h->ulen;
    return (long)(h->umap ? h->umap[off] : off);
}

/* ---------------------------------------------------------------------- */

static int binary(const char *s, size_t n)
{
    size_t lim = n < BINARY_SNIFF_BYTES ? n : BINARY_SNIFF_BYTES, ctl = 0;
    for (size_t i = 0; i < lim; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) return 1;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ctl++;
    }
    return ctl * BINARY_CTL_SHARE > lim;
}

int pc_html_load(pc_html *h, const char *raw, size_t len, const char *charset, char *err,
                 size_t errlen)
{
    memset(h, 0, sizeof *h);
    h->first_bad = -1;
    int bom16 = len >= 2 && (((unsigned char)raw[0] == 0xFF && (unsigned char)raw[1] == 0xFE) ||
                             ((unsigned char)raw[0] == 0xFE && (unsigned char)raw[1] == 0xFF));
    if (!bom16 && binary(raw, len)) {
        snprintf(err, errlen, "binary data, not an HTML page");
        return -1;
    }
    if (len >= PAGE_MAX_BYTES) {
        snprintf(err, errlen, "page too large (%zu bytes)", len);
        return -1;
    }
    decode(h, raw, len, charset);
    if (h->ulen > DECODED_MAX_BYTES) {
        snprintf(err, errlen, "page too large (%zu bytes)", len);
        pc_html_free(h);
        return -1;
    }
    h->doc = htmlReadMemory(h->u, (int)h->ulen, NULL, "UTF-8",
                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_NONET);
    if (!h->doc || !xmlDocGetRootElement(h->doc)) {
        snprintf(err, errlen, "not an HTML page (the parser found no elements)");
        pc_html_free(h);
        return -1;
    }
    align(h);
    return 0;
}

void pc_html_free(pc_html *h)
{
    for (size_t i = 0; i < h->nspans; i++) free(h->spans[i].map);
    free(h->spans);
    if (h->doc) xmlFreeDoc(h->doc);
    free(h->u);
    free(h->umap);
    memset(h, 0, sizeof *h);
}
