/*
 * fetch.c — pages by URL, with libcurl: a timeout, a size limit and a
 * redirect limit; the Content-Type header's charset goes to the decoder.
 * A URL that fails is diagnosed by name and the caller goes on with others.
 *
 * libcurl is loaded with dlopen on the first fetch, not linked: it brings
 * some 30 shared libraries (TLS, Kerberos, LDAP, ...) whose loading would
 * double the start-up time of every precis command, URL or not.
 *
 * In the flow: before the first stage, for --url; the page then goes to
 * precis_cluster_add_html (core/read.c, extract.c) as a file's would.
 */
#define _GNU_SOURCE 1 /* memmem, strcasestr */
#include "web/html.h"
#include "internal.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The defaults of precis_fetch_options (README "Web pages", precis extract's
 * --timeout, --max-bytes, --max-redirects) */
#define FETCH_TIMEOUT_MS 20000      /* the whole transfer */
#define FETCH_MAX_MB 20             /* the page's size */
#define FETCH_MAX_REDIRECTS 5
#define CONNECT_MAX_MS 10000L       /* connecting takes at most this, or the whole timeout */

void precis_fetch_options_init(precis_fetch_options *o)
{
    o->timeout_ms = FETCH_TIMEOUT_MS;
    o->max_bytes = (size_t)FETCH_MAX_MB << 20;
    o->max_redirects = FETCH_MAX_REDIRECTS;
}

typedef struct {
    pc_buf body;
    size_t limit;
    int too_big;
} sink;

static size_t on_data(char *p, size_t size, size_t n, void *ctx)
{
    sink *s = ctx;
    size_t k = size * n;
    if (s->body.len + k > s->limit) {
        s->too_big = 1;
        return 0;  /* aborts the transfer */
    }
    pc_buf_put(&s->body, p, k);
    return k;
}

/* The libcurl functions precis uses, resolved at the first fetch. */
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    int ok;
} curl;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void curl_load(void)
{
    void *h = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) return;
    /* POSIX: a dlsym result may be stored through a void ** */
    *(void **)&curl.global_init = dlsym(h, "curl_global_init");
    *(void **)&curl.easy_init = dlsym(h, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(h, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(h, "curl_easy_perform");
    *(void **)&curl.easy_getinfo = dlsym(h, "curl_easy_getinfo");
    *(void **)&curl.easy_cleanup = dlsym(h, "curl_easy_cleanup");
    *(void **)&curl.easy_strerror = dlsym(h, "curl_easy_strerror");
    curl.ok = curl.global_init && curl.easy_init && curl.easy_setopt && curl.easy_perform &&
              curl.easy_getinfo && curl.easy_cleanup && curl.easy_strerror &&
              curl.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

int precis_fetch(const char *url, const precis_fetch_options *opt, precis_page *page, char *err,
                 size_t errlen)
{
    precis_fetch_options def;
    if (!opt) precis_fetch_options_init(&def), opt = &def;
    memset(page, 0, sizeof *page);
    pthread_once(&curl_once, curl_load);
    CURL *h = curl.ok ? curl.easy_init() : NULL;
    if (!h) {
        snprintf(err, errlen, "cannot fetch URLs: libcurl (Debian package libcurl4) %s",
                 curl.ok ? "failed to start" : "is not installed");
        return -1;
    }
    sink s = {{0}, opt->max_bytes, 0};
    char errbuf[CURL_ERROR_SIZE] = "";
    curl.easy_setopt(h, CURLOPT_URL, url);
    curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    curl.easy_setopt(h, CURLOPT_WRITEDATA, &s);
    curl.easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(h, CURLOPT_MAXREDIRS, opt->max_redirects);
    curl.easy_setopt(h, CURLOPT_TIMEOUT_MS, opt->timeout_ms);
    curl.easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                     opt->timeout_ms < CONNECT_MAX_MS ? opt->timeout_ms : CONNECT_MAX_MS);
    curl.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)opt->max_bytes);
    curl.easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  /* whatever compression curl can undo */
    curl.easy_setopt(h, CURLOPT_USERAGENT, "precis/" PRECIS_VERSION);
    curl.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    CURLcode rc = curl.easy_perform(h);
    long status = 0;
    char *ct = NULL, *final = NULL;
    curl.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl.easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
    curl.easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &final);
    int result = -1;
    if (s.too_big || rc == CURLE_FILESIZE_EXCEEDED)
        snprintf(err, errlen, "page larger than the limit (%zu bytes)", opt->max_bytes);
    else if (rc == CURLE_TOO_MANY_REDIRECTS)
        snprintf(err, errlen, "more than %ld redirect%s", opt->max_redirects, opt->max_redirects == 1 ? "" : "s");
    else if (rc == CURLE_OPERATION_TIMEDOUT)
        snprintf(err, errlen, "timed out after %ld ms", opt->timeout_ms);
    else if (rc != CURLE_OK)
        snprintf(err, errlen, "cannot fetch: %s", *errbuf ? errbuf : curl.easy_strerror(rc));
    else if (status >= 400)
        snprintf(err, errlen, "HTTP status %ld", status);
    else if (ct && !strcasestr(ct, "html") && strncasecmp(ct, "text/", 5) != 0)
        snprintf(err, errlen, "not a web page (Content-Type: %s)", ct);
    else if (!s.body.len)
        snprintf(err, errlen, "empty response");
    else {
        char cs[64];
        if (!ct || !pc_charset_param(ct, strlen(ct), cs, sizeof cs)) cs[0] = 0;
        page->len = s.body.len;
        page->data = pc_buf_take(&s.body);
        page->url = pc_strdup(final ? final : url);
        page->charset = *cs ? pc_strdup(cs) : NULL;
        page->text = ct && strncasecmp(ct, "text/plain", 10) == 0;
        result = 0;
    }
    pc_buf_free(&s.body);
    curl.easy_cleanup(h);
    return result;
}

void precis_page_free(precis_page *p)
{
    free(p->data), free(p->url), free(p->charset);
    memset(p, 0, sizeof *p);
}

int precis_cluster_add_url(precis_cluster *c, const char *url, const precis_fetch_options *opt)
{
    precis_page p;
    char err[512];
    if (precis_fetch(url, opt, &p, err, sizeof err) != 0) {
        pc_diag(c, PRECIS_ERROR, url, 0, -1, "%s", err);
        return -1;
    }
    int r;
    if (p.text) {
        precis_doc_info info = {0};
        info.id = url;
        info.source = url;
        r = precis_cluster_add_text(c, p.data, p.len, &info, url);
    } else
        r = precis_cluster_add_html(c, p.data, p.len, url, p.url, p.charset);
    precis_page_free(&p);
    return r;
}
