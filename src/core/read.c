/*
 * read.c — the first stage: inputs become documents (then utf8.c repairs
 * and normalises them and clean.c cleans them, as each is added).
 *
 * Sources: a file, a directory (every regular non-hidden file, sorted by
 * name), standard input ("-"), or memory.  Formats: plain text; the TREC/DUC
 * SGML article format (<DOC> <DOCNO> <DATE_TIME> <HEADLINE> <TEXT> <P>), one
 * or more articles per file; a JSON cluster object {"id", "docs": [...]};
 * web pages (HTML), whose article body extract.c finds.
 *
 * Each document keeps a map from its working text back to the bytes of the
 * input, so every sentence can be attributed to exact offsets.
 *
 * Character sets: text and SGML are read as UTF-8 unless the cluster was
 * given another charset (precis_cluster_set_charset); then iconv converts
 * the input one character at a time, as web/html.c does for pages, and the
 * documents' maps go through the conversion's map back to the input's
 * bytes.  A PDF is refused with a way to convert it.
 */
#include "internal.h"
#include "dates/dates.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Documents larger than this are rejected: offsets are 32-bit. */
#define PC_MAX_DOC_BYTES ((size_t)1 << 30)

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s && s[1] ? s + 1 : path;
}

/* Does the buffer look binary?  Returns the offset of the first NUL, or -1. */
static long find_nul(const char *s, size_t n)
{
    const char *p = memchr(s, 0, n);
    return p ? (long)(p - s) : -1;
}

static int all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i])) return 0;
    return 1;
}

/* The "language" a JSON cluster gives the document being added (read_json
 * sets it around each add; thread-local, as batch reads on threads), or
 * NULL: then the cluster's setting or detection decides. */
static _Thread_local const char *json_language;

/* Turn a working text into a finished document: control characters become
 * spaces (same length), UTF-8 is repaired and composed, boilerplate cleaned. */
static void finish_doc(precis_cluster *c, pc_doc *d)
{
    for (size_t i = 0; i < d->len; i++) {
        unsigned char ch = (unsigned char)d->text[i];
        if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7F)
            d->text[i] = (ch == '\r' || ch == '\f' || ch == '\v') ? '\n' : ' ';
    }
    pc_utf8_normalize(c, d);
    if (!d->lang[0]) pc_doc_set_language(c, d, json_language);
    pc_clean_lines(d);
}

static void set_meta(pc_doc *d, const precis_doc_info *info, const char *name, size_t index)
{
    char idbuf[32];
    snprintf(idbuf, sizeof idbuf, "doc-%zu", index + 1);
    d->id = pc_strdup(info && info->id && *info->id ? info->id : idbuf);
    d->title = pc_strdup(info ? info->title : NULL);
    d->source = pc_strdup(info && info->source ? info->source : NULL);
    d->name = pc_strdup(name ? name : d->id);
    if (info && info->date) pc_parse_date(info->date, strlen(info->date), &d->date);
}

int precis_cluster_add_text(precis_cluster *c, const char *text, size_t len,
                            const precis_doc_info *info, const char *name)
{
    const char *nm = name ? name : (info && info->id ? info->id : "<text>");
    if (len > PC_MAX_DOC_BYTES) {
        pc_diag(c, PRECIS_ERROR, nm, 0, -1, "document too large (%zu bytes; the limit is %zu)",
                len, PC_MAX_DOC_BYTES);
        return -1;
    }
    if (!text || all_space(text, len)) {
        pc_diag(c, PRECIS_ERROR, nm, 0, -1, "empty document");
        return -1;
    }
    pc_doc *d = pc_doc_new(c);
    set_meta(d, info, nm, c->ndocs - 1);
    d->text = pc_strndup(text, len);
    d->len = len;
    finish_doc(c, d);
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Web pages                                                               */
/* ---------------------------------------------------------------------- */


int precis_cluster_add_html(precis_cluster *c, const char *html, size_t len, const char *name,
                            const char *url, const char *charset)
{
    if (!name) name = url ? url : "<html>";
    char err[512];
    precis_article *a = precis_article_extract(html, len, url, charset, err, sizeof err);
    if (!a) {
        pc_diag(c, PRECIS_ERROR, name, 0, -1, "%s", err);
        return -1;
    }
    if (a->replaced)
        pc_diag(c, PRECIS_WARNING, name, 0, a->first_replaced, "%zu byte%s not valid %s replaced by U+FFFD",
                a->replaced, a->replaced == 1 ? "" : "s", a->encoding);
    pc_doc *d = pc_doc_new(c);
    precis_doc_info info = {0};
    info.id = base_name(name);
    info.title = a->title;
    info.source = a->site ? a->site : base_name(name);
    info.date = a->date;
    set_meta(d, &info, name, c->ndocs - 1);
    size_t n = strlen(a->text);
    d->text = pc_strndup(a->text, n);
    d->len = n;
    d->omap = pc_xmalloc((n + 1) * sizeof *d->omap);
    memcpy(d->omap, pc_article_map(a), (n + 1) * sizeof *d->omap);
    precis_article_free(a);
    finish_doc(c, d);
    return 0;
}

static int looks_html(const char *name, const char *s, size_t n)
{
    size_t l = strlen(name);
    static const char *const ext[] = {".html", ".htm", ".xhtml", ".shtml", NULL};
    for (int i = 0; ext[i]; i++) {
        size_t e = strlen(ext[i]);
        if (l > e && strcasecmp(name + l - e, ext[i]) == 0) return 1;
    }
    return pc_looks_html(s, n);
}

/* ---------------------------------------------------------------------- */
/* TREC/DUC SGML                                                           */
/* ---------------------------------------------------------------------- */

/* Find tag `<name>` (case-insensitive, attributes allowed) in [s, e). */
static const char *find_tag(const char *s, const char *e, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = s; p + n + 2 <= e; p++) {
        p = memchr(p, '<', (size_t)(e - p));
        if (!p || p + n + 2 > e) return NULL;
        if (strncasecmp(p + 1, name, n) == 0 && (p[n + 1] == '>' || isspace((unsigned char)p[n + 1])))
            return p;
    }
    return NULL;
}

/* Content of <name>...</name> inside [s, e): sets *cs, *ce. */
static int tag_content(const char *s, const char *e, const char *name, const char **cs,
                       const char **ce)
{
    const char *t = find_tag(s, e, name);
    if (!t) return 0;
    const char *gt = memchr(t, '>', (size_t)(e - t));
    if (!gt) return 0;
    char close[32];
    snprintf(close, sizeof close, "/%s", name);
    const char *end = find_tag(gt + 1, e, close);
    *cs = gt + 1;
    *ce = end ? end : e;
    return 1;
}

static char *trimmed(const char *s, const char *e)
{
    while (s < e && isspace((unsigned char)*s)) s++;
    while (e > s && isspace((unsigned char)e[-1])) e--;
    /* fold internal whitespace */
    char *out = pc_fold(s, (size_t)(e - s));
    return out;
}

static const struct {
    const char *name, *text;
} entities[] = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
                {"nbsp", " "}};

/* Append the text of [s, e) (offsets relative to `file`) with markup turned
 * into whitespace and entities decoded.  </P> and <P> become paragraph breaks. */
static void sgml_text(pc_textb *t, const char *file, const char *s, const char *e)
{
    const char *p = s;
    while (p < e) {
        if (*p == '<') {
            const char *gt = memchr(p, '>', (size_t)(e - p));
            if (gt && gt - p < 64) {
                pc_textb_subst(t, "\n\n", 2, (size_t)(p - file));
                p = gt + 1;
                continue;
            }
        } else if (*p == '&') {
            const char *semi = memchr(p, ';', (size_t)(e - p) < 10 ? (size_t)(e - p) : 10);
            if (semi) {
                size_t n = (size_t)(semi - p - 1);
                for (size_t k = 0; k < sizeof entities / sizeof *entities; k++)
                    if (strlen(entities[k].name) == n && strncasecmp(p + 1, entities[k].name, n) == 0) {
                        pc_textb_subst(t, entities[k].text, strlen(entities[k].text),
                                       (size_t)(p - file));
                        p = semi + 1;
                        goto next;
                    }
                /* An all-caps entity that names no character is a typesetting
                 * code of the wire (NYT: &QL; quad left, &UR; &LR; rules,
                 * &QC; &HT;): whitespace, mapped to where it stood.  They
                 * survived in 387 DUC 2006 summary candidates. */
                int caps = n >= 2;
                for (size_t k = 0; k < n && caps; k++) caps = p[1 + k] >= 'A' && p[1 + k] <= 'Z';
                if (caps) {
                    pc_textb_subst(t, " ", 1, (size_t)(p - file));
                    p = semi + 1;
                    goto next;
                }
            }
        }
        {
            const char *q = p + 1;
            while (q < e && *q != '<' && *q != '&') q++;
            pc_textb_copy(t, p, (size_t)(q - p), (size_t)(p - file));
            p = q;
        }
    next:;
    }
}

static int looks_sgml(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && isspace((unsigned char)s[i])) i++;
    return n - i >= 5 && strncasecmp(s + i, "<DOC>", 5) == 0;
}

static int read_sgml(precis_cluster *c, const char *data, size_t len, const char *name)
{
    const char *end = data + len, *p = data;
    int added = 0;
    while ((p = find_tag(p, end, "DOC")) != NULL) {
        const char *ds, *de;
        if (!tag_content(p, end, "DOC", &ds, &de)) break;
        const char *cs, *ce;
        precis_doc_info info = {0};
        char *id = NULL, *title = NULL, *date = NULL;
        if (tag_content(ds, de, "DOCNO", &cs, &ce)) id = trimmed(cs, ce);
        if (tag_content(ds, de, "HEADLINE", &cs, &ce)) title = trimmed(cs, ce);
        if (tag_content(ds, de, "DATE_TIME", &cs, &ce) || tag_content(ds, de, "DATE", &cs, &ce))
            date = trimmed(cs, ce);
        info.id = id;
        info.title = title;
        info.date = date;
        info.source = base_name(name);
        if (tag_content(ds, de, "TEXT", &cs, &ce) && !all_space(cs, (size_t)(ce - cs))) {
            pc_doc *d = pc_doc_new(c);
            set_meta(d, &info, name, c->ndocs - 1);
            if (!d->date.year && id) {
                /* DOCNOs such as APW19990707.0181 carry the date */
                const char *q = id;
                while (*q && !isdigit((unsigned char)*q)) q++;
                pc_parse_date(q, strlen(q), &d->date);
            }
            pc_textb t = {0};
            sgml_text(&t, data, cs, ce);
            pc_textb_finish(&t, (size_t)(ce - data));
            d->len = t.b.len;
            d->text = pc_buf_take(&t.b);
            d->omap = t.map;
            d->wrapped = 1; /* <P> marks paragraphs; lines inside are wrapped */
            finish_doc(c, d);
            added++;
        } else {
            pc_diag(c, PRECIS_WARNING, name, 0, (long)(p - data), "article %s has no text",
                    id ? id : "(no DOCNO)");
        }
        free(id);
        free(title);
        free(date);
        p = de;
    }
    if (!added) {
        pc_diag(c, PRECIS_ERROR, name, 0, -1, "no article with text in SGML input");
        return -1;
    }
    return added;
}

/* ---------------------------------------------------------------------- */
/* JSON cluster objects                                                    */
/* ---------------------------------------------------------------------- */

static const char *json_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int pc_read_json_cluster(precis_cluster *c, json_t *root, const char *name, long line)
{
    json_t *docs = root;
    if (json_is_object(root)) {
        const char *id = json_str(root, "id");
        if (id && !c->id) c->id = pc_strdup(id);
        docs = json_object_get(root, "docs");
        if (!docs) docs = json_object_get(root, "documents");
        if (!json_is_array(docs)) {
            pc_diag(c, PRECIS_ERROR, name, line, -1,
                    "JSON cluster has no \"docs\" array (expected {\"id\":..., \"docs\":[...]})");
            return -1;
        }
    } else if (!json_is_array(root)) {
        pc_diag(c, PRECIS_ERROR, name, line, -1, "JSON input is neither a cluster object nor an array");
        return -1;
    }
    /* "language": the cluster's, and each document's own over it; a name
     * precis does not know is reported and left to detection */
    const char *cluster_lang = json_is_object(root) ? json_str(root, "language") : NULL;
    if (cluster_lang && !pc_language_name(cluster_lang)) {
        pc_diag(c, PRECIS_WARNING, name, line, -1,
                "unknown \"language\" '%s': the language is detected instead", cluster_lang);
        cluster_lang = NULL;
    }
    int added = 0;
    size_t i;
    json_t *doc;
    json_array_foreach(docs, i, doc) {
        const char *text = NULL, *html = NULL;
        size_t tlen = 0;
        precis_doc_info info = {0};
        if (json_is_string(doc)) {
            text = json_string_value(doc);
            tlen = json_string_length(doc);
        } else if (json_is_object(doc)) {
            json_t *t = json_object_get(doc, "text");
            if (json_is_string(t)) {
                text = json_string_value(t);
                tlen = json_string_length(t);
            } else if (json_is_string(t = json_object_get(doc, "html"))) {
                html = json_string_value(t);
                tlen = json_string_length(t);
            }
            info.id = json_str(doc, "id");
            info.title = json_str(doc, "title");
            info.date = json_str(doc, "date");
            info.source = json_str(doc, "source");
        }
        if (!text && !html) {
            pc_diag(c, PRECIS_ERROR, name, line, -1, "docs[%zu] has no \"text\" or \"html\" string", i);
            continue;
        }
        const char *lang = json_is_object(doc) ? json_str(doc, "language") : NULL;
        if (lang && !pc_language_name(lang)) {
            pc_diag(c, PRECIS_WARNING, name, line, -1,
                    "docs[%zu]: unknown \"language\" '%s': the cluster's is used, else detected",
                    i, lang);
            lang = NULL;
        }
        json_language = lang ? lang : cluster_lang;
        char where[64];
        snprintf(where, sizeof where, "docs[%zu]", i);
        pc_buf nm = {0};
        pc_buf_printf(&nm, "%s:%s", name, info.id ? info.id : where);
        if (html) {
            if (precis_cluster_add_html(c, html, tlen, nm.s, json_str(doc, "url"), NULL) == 0) {
                pc_doc *d = &c->docs[c->ndocs - 1];
                if (info.id) free(d->id), d->id = pc_strdup(info.id);
                if (info.date) pc_parse_date(info.date, strlen(info.date), &d->date);
                added++;
            }
        } else if (precis_cluster_add_text(c, text, tlen, &info, nm.s) == 0)
            added++;
        json_language = NULL;
        pc_buf_free(&nm);
    }
    if (!added) {
        pc_diag(c, PRECIS_ERROR, name, line, -1, "JSON cluster has no document with text");
        return -1;
    }
    return added;
}

static int read_json(precis_cluster *c, const char *data, size_t len, const char *name)
{
    json_error_t err;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &err);
    if (!root) {
        if (strstr(err.text, "end of file expected"))
            pc_diag(c, PRECIS_ERROR, name, err.line, err.position,
                    "more than one JSON value (summarize reads one cluster; use 'precis batch' for JSON Lines)");
        else
            pc_diag(c, PRECIS_ERROR, name, err.line, err.position, "malformed JSON: %s (column %d)",
                    err.text, err.column);
        return -1;
    }
    int r = pc_read_json_cluster(c, root, name, 0);
    json_decref(root);
    return r;
}

static int looks_json(const char *name, const char *s, size_t n)
{
    size_t l = strlen(name);
    if (l > 5 && (strcmp(name + l - 5, ".json") == 0 || (l > 6 && strcmp(name + l - 6, ".jsonl") == 0)))
        return 1;
    size_t i = 0;
    while (i < n && isspace((unsigned char)s[i])) i++;
    return i < n && (s[i] == '{' || s[i] == '[');
}

/* ---------------------------------------------------------------------- */
/* Character sets                                                          */
/* ---------------------------------------------------------------------- */

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* The most bytes tried for one character: more than any encoding needs
 * (UTF-32 and GB 18030 take 4; ISO-2022's escape sequences 3 or 4 before
 * a character of 2). */
#define PC_MAX_CHAR_BYTES 8

/* The iconv name of a charset the caller named, into out (cap bytes):
 * Latin-1 and ASCII labels mean windows-1252, their superset, which is
 * what such files almost always are (browsers read them so too); UTF-8 is
 * the default, "".  Other names go to iconv as given.  -1 when too long. */
static int canonical_charset(const char *name, char *out, size_t cap)
{
    static const char *const w1252[] = {"latin1", "latin-1", "l1", "iso-8859-1", "iso8859-1",
                                        "iso_8859-1", "iso88591", "ascii", "us-ascii",
                                        "cp1252", "windows-1252", NULL};
    if (strlen(name) >= cap) return -1;
    for (int i = 0; w1252[i]; i++)
        if (strcasecmp(name, w1252[i]) == 0) return snprintf(out, cap, "WINDOWS-1252"), 0;
    if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0) return *out = 0, 0;
    strcpy(out, name);
    return 0;
}

int precis_cluster_set_charset(precis_cluster *c, const char *charset)
{
    char cs[sizeof c->charset] = "";
    if (charset && canonical_charset(charset, cs, sizeof cs) != 0) return -1;
    if (*cs) {
        iconv_t cd = iconv_open("UTF-8", cs);
        if (cd == (iconv_t)-1) return -1;
        iconv_close(cd);
    }
    memcpy(c->charset, cs, sizeof cs);
    return 0;
}

/* A buffer converted to UTF-8: text, and the input offset of each of its
 * bytes (len + 1 entries, the last the input's length). */
typedef struct {
    char *text;
    size_t len;
    uint32_t *map;
    size_t replaced;  /* input bytes not valid in the charset, each now U+FFFD */
    long first_bad;   /* the input offset of the first, or -1 */
} decoded;

/* Convert s[0, n) from charset cs one character at a time (the fewest
 * bytes iconv takes), so that each UTF-8 byte maps to the first byte of
 * the character it came from.  A byte iconv refuses becomes U+FFFD.
 * Returns 0, or -1 when iconv does not know cs. */
static int decode(const char *cs, const char *s, size_t n, decoded *out)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) return -1;
    pc_textb t = {0};
    out->replaced = 0;
    out->first_bad = -1;
    for (size_t i = 0; i < n;) {
        char buf[64];
        size_t used = 0, made = 0;
        for (size_t k = 1; k <= PC_MAX_CHAR_BYTES && i + k <= n; k++) {
            char *in = (char *)s + i, *o = buf;
            size_t il = k, ol = sizeof buf;
            size_t r = iconv(cd, &in, &il, &o, &ol);
            int e = errno;
            used = k - il;
            made = (size_t)(o - buf);
            if (used || r != (size_t)-1 || e != EINVAL) break; /* EINVAL: a longer character */
        }
        if (used) { /* a character, or a shift sequence or byte-order mark (no output) */
            if (made) pc_textb_subst(&t, buf, made, i);
            i += used;
            continue;
        }
        if (!out->replaced++) out->first_bad = (long)i;
        pc_textb_subst(&t, REPLACEMENT, 3, i);
        iconv(cd, NULL, NULL, NULL, NULL); /* back to the initial shift state */
        i++;
    }
    iconv_close(cd);
    pc_textb_finish(&t, n);
    out->len = t.b.len;
    out->text = pc_buf_take(&t.b);
    out->map = t.map;
    return 0;
}

/* Is s[0, n) valid in charset cs (every byte part of a character)? */
static int valid_in(const char *cs, const char *s, size_t n)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) return 0;
    char buf[4096], *in = (char *)s;
    size_t il = n;
    int ok = 1;
    while (il && ok) {
        char *o = buf;
        size_t ol = sizeof buf;
        if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1 && errno != E2BIG) ok = 0;
    }
    iconv_close(cd);
    return ok;
}

/* After a text or SGML file was read as UTF-8 (diagnostics from diag0 on
 * are its own): when utf8.c found it invalid and the bytes are valid
 * windows-1252, the first such warning says to try that charset. */
static void suggest_charset(precis_cluster *c, size_t diag0, const char *data, size_t len)
{
    static const char invalid[] = "invalid UTF-8";
    for (size_t k = diag0; k < c->ndiags; k++) {
        precis_diag *d = &c->diags[k];
        if (d->severity != PRECIS_WARNING || strncmp(d->message, invalid, sizeof invalid - 1)) continue;
        if (!valid_in("WINDOWS-1252", data, len)) return;
        pc_buf m = {0};
        pc_buf_printf(&m, "%s (the file may be Latin-1: try --charset latin1)", d->message);
        free((char *)d->message);
        d->message = pc_buf_take(&m);
        return;
    }
}

/* ---------------------------------------------------------------------- */

/* A PDF: an error that says how to make text of it. */
static int refuse_pdf(precis_cluster *c, const char *name)
{
    size_t l = strlen(name);
    int named = name[0] != '<' && l > 4 && strcasecmp(name + l - 4, ".pdf") == 0;
    pc_diag(c, PRECIS_ERROR, name, 0, -1,
            "a PDF document: precis reads text, not PDF; convert it first, e.g. "
            "'pdftotext %s %.*s.txt' (pdftotext is in poppler-utils)",
            named ? name : "FILE.pdf", named ? (int)(l - 4) : 4, named ? name : "FILE");
    return -1;
}

/* Text, SGML or JSON (unless not `may_be_json`) that is (meant to be)
 * UTF-8: the format `how` says, or the one the content looks like. */
static int read_utf8(precis_cluster *c, const char *data, size_t len, const char *name,
                     precis_input how, int may_be_json)
{
    long nul = find_nul(data, len < 65536 ? len : 65536);
    if (nul >= 0 && how != PRECIS_INPUT_TEXT) {
        pc_diag(c, PRECIS_ERROR, name, 0, nul, "binary file (NUL byte at offset %ld), not text", nul);
        return -1;
    }
    if (how == PRECIS_INPUT_AUTO)
        how = may_be_json && looks_json(name, data, len) ? PRECIS_INPUT_JSON
              : looks_sgml(data, len)                     ? PRECIS_INPUT_SGML
                                                          : PRECIS_INPUT_TEXT;
    if (how == PRECIS_INPUT_JSON) return read_json(c, data, len, name);
    size_t diag0 = c->ndiags;
    int r;
    if (how == PRECIS_INPUT_SGML) {
        r = read_sgml(c, data, len, name);
    } else {
        precis_doc_info info = {0};
        info.id = base_name(name);
        info.source = base_name(name);
        r = precis_cluster_add_text(c, data, len, &info, name) == 0 ? 1 : -1;
    }
    suggest_charset(c, diag0, data, len);
    return r;
}

/* Text or SGML in the cluster's charset: converted to UTF-8 and read, then
 * the documents' maps and the diagnostics' offsets are taken back through
 * the conversion to the bytes of the input. */
static int read_in_charset(precis_cluster *c, const char *data, size_t len, const char *name,
                           precis_input how)
{
    decoded u;
    if (decode(c->charset, data, len, &u) != 0) {
        pc_diag(c, PRECIS_ERROR, name, 0, -1, "cannot convert from %s", c->charset);
        return -1;
    }
    if (u.replaced)
        pc_diag(c, PRECIS_WARNING, name, 0, u.first_bad, "%zu byte%s not valid %s replaced by U+FFFD",
                u.replaced, u.replaced == 1 ? "" : "s", c->charset);
    size_t doc0 = c->ndocs, diag0 = c->ndiags;
    int r = read_utf8(c, u.text, u.len, name, how, 0);
    for (size_t k = doc0; k < c->ndocs; k++) {
        pc_doc *d = &c->docs[k];
        if (!d->omap) { /* identity so far: the working text is u's */
            d->omap = pc_xmalloc((d->len + 1) * sizeof *d->omap);
            for (size_t i = 0; i <= d->len; i++) d->omap[i] = (uint32_t)i;
        }
        for (size_t i = 0; i <= d->len; i++) d->omap[i] = u.map[d->omap[i]];
    }
    for (size_t k = diag0; k < c->ndiags; k++)
        if (c->diags[k].offset >= 0 && (size_t)c->diags[k].offset <= u.len)
            c->diags[k].offset = u.map[c->diags[k].offset];
    free(u.text);
    free(u.map);
    return r;
}

int precis_cluster_add_buffer(precis_cluster *c, const char *data, size_t len, const char *name,
                              precis_input how)
{
    if (!name) name = "<input>";
    if (len == 0 || all_space(data, len)) {
        pc_diag(c, PRECIS_ERROR, name, 0, -1, "empty file");
        return -1;
    }
    if (len >= 5 && memcmp(data, "%PDF-", 5) == 0) return refuse_pdf(c, name);
    if (how == PRECIS_INPUT_HTML ||
        (how == PRECIS_INPUT_AUTO && !looks_json(name, data, len) && looks_html(name, data, len)))
        return precis_cluster_add_html(c, data, len, name, NULL, NULL) == 0 ? 1 : -1;
    /* JSON is UTF-8 (RFC 8259) whatever the charset */
    int json = how == PRECIS_INPUT_JSON || (how == PRECIS_INPUT_AUTO && looks_json(name, data, len));
    if (*c->charset && !json) return read_in_charset(c, data, len, name, how);
    return read_utf8(c, data, len, name, how, 1);
}

static int add_file(precis_cluster *c, const char *path, precis_input how)
{
    char *data = NULL;
    size_t len = 0;
    int err = pc_read_file(path, &data, &len);
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    if (err) {
        pc_diag(c, PRECIS_ERROR, name, 0, -1, "cannot read: %s", strerror(err));
        return -1;
    }
    int r = precis_cluster_add_buffer(c, data, len, name, how);
    free(data);
    return r;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_dir(precis_cluster *c, const char *path, precis_input how)
{
    DIR *dir = opendir(path);
    if (!dir) {
        pc_diag(c, PRECIS_ERROR, path, 0, -1, "cannot open directory: %s", strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') continue;
        PC_GROW(names, cap, n + 1);
        names[n++] = pc_strdup(e->d_name);
    }
    closedir(dir);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    int added = 0;
    for (size_t i = 0; i < n; i++) {
        pc_buf full = {0};
        pc_buf_printf(&full, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
        struct stat st;
        if (stat(full.s, &st) == 0 && S_ISREG(st.st_mode)) {
            int r = add_file(c, full.s, how);
            if (r > 0) added += r;
        }
        pc_buf_free(&full);
        free(names[i]);
    }
    free(names);
    if (!added) {
        pc_diag(c, PRECIS_ERROR, path, 0, -1, "no readable text files in directory");
        return -1;
    }
    return added;
}

int precis_cluster_add_path(precis_cluster *c, const char *path, precis_input how)
{
    if (strcmp(path, "-") == 0) return add_file(c, path, how);
    struct stat st;
    if (stat(path, &st) != 0) {
        pc_diag(c, PRECIS_ERROR, path, 0, -1, "cannot open: %s", strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) return add_dir(c, path, how);
    return add_file(c, path, how);
}
