/*
 * eval.c — precis eval: runs ROUGE over a whole evaluation and reports it.
 *
 * Two ways in:
 *   a ROUGE-1.5.5 XML configuration (<EVAL ID> <PEER-ROOT> <MODEL-ROOT>
 *   <INPUT-FORMAT TYPE="SPL"> <PEERS><P ID> <MODELS><M ID>), printed in
 *   ROUGE-1.5.5's own output format line for line, so precis eval can stand
 *   in for the Perl scorer;
 *   a dataset laid out as DATASET/<cluster>/refs/ (every file) with system summaries in
 *   SYSDIR/<cluster>.txt, jackknifed over the references as NIST did; the
 *   clusters without a summary (and summaries without references) are
 *   listed on one line each, and a closing line says how many were scored.
 * Averages and confidence intervals are ROUGE-1.5.5's bootstrap.  The API
 * (precis_eval_options, precis_eval_run) is public, in precis.h; the scorer
 * itself is rouge.c.
 */
#include "eval/rouge.h"
#include "precis.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void precis_eval_options_init(precis_eval_options *o)
{
    memset(o, 0, sizeof *o);
    precis_rouge_options_init(&o->rouge);
    o->resamples = 1000;
    o->confidence = 95;
    o->jackknife = 1;
}

/* One evaluation: a peer per system id, and the models. */
typedef struct {
    char *id;
    size_t cluster;   /* with --refs: the index of its cluster among those with references */
    char **peer_ids, **peer_paths;
    size_t npeers;
    char **model_paths;
    size_t nmodels;
} ev_eval;

typedef struct {
    ev_eval *e;
    size_t n, cap;
    pc_map files;     /* path -> index in contents */
    char **contents;
    size_t nfiles, capfiles;
    int errors;
} ev_set;

static void set_free(ev_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        ev_eval *e = &s->e[i];
        free(e->id);
        for (size_t k = 0; k < e->npeers; k++) free(e->peer_ids[k]), free(e->peer_paths[k]);
        for (size_t k = 0; k < e->nmodels; k++) free(e->model_paths[k]);
        free(e->peer_ids);
        free(e->peer_paths);
        free(e->model_paths);
    }
    free(s->e);
    for (size_t i = 0; i < s->nfiles; i++) free(s->contents[i]);
    free(s->contents);
    pc_map_free(&s->files);
}

/* The contents of a file, read once; NULL (reported) when unreadable. */
static const char *file_text(ev_set *s, const char *path, FILE *err)
{
    uint32_t *slot = pc_map_get(&s->files, path, strlen(path));
    if (slot) return s->contents[*slot];
    char *data = NULL;
    size_t len = 0;
    int e = pc_read_file(path, &data, &len);
    if (e) {
        fprintf(err, "precis eval: %s: cannot read: %s\n", path, strerror(e));
        s->errors++;
    }
    PC_GROW(s->contents, s->capfiles, s->nfiles + 1);
    s->contents[s->nfiles] = data;
    pc_map_put(&s->files, path, strlen(path), (uint32_t)s->nfiles, NULL);
    s->nfiles++;
    return data;
}

static ev_eval *new_eval(ev_set *s, const char *id)
{
    PC_GROW(s->e, s->cap, s->n + 1);
    ev_eval *e = &s->e[s->n++];
    memset(e, 0, sizeof *e);
    e->id = pc_strdup(id);
    return e;
}

static void add_peer(ev_eval *e, const char *id, const char *path)
{
    size_t n = e->npeers;
    e->peer_ids = pc_xrealloc(e->peer_ids, (n + 1) * sizeof *e->peer_ids);
    e->peer_paths = pc_xrealloc(e->peer_paths, (n + 1) * sizeof *e->peer_paths);
    e->peer_ids[n] = pc_strdup(id);
    e->peer_paths[n] = pc_strdup(path);
    e->npeers++;
}

static void add_model(ev_eval *e, const char *path)
{
    e->model_paths = pc_xrealloc(e->model_paths, (e->nmodels + 1) * sizeof *e->model_paths);
    e->model_paths[e->nmodels++] = pc_strdup(path);
}

/* ---------------------------------------------------------------------- */
/* ROUGE XML configuration                                                 */
/* ---------------------------------------------------------------------- */

static char *node_text(xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    const char *s = (const char *)t, *e;
    while (*s && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')) s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t' || e[-1] == '\r')) e--;
    char *out = pc_strndup(s, (size_t)(e - s));
    xmlFree(t);
    return out;
}

/* A root as written, or relative to the configuration's folder when it
 * does not exist relative to the working directory. */
static char *resolve_root(const char *root, const char *config)
{
    struct stat st;
    if (root[0] == '/' || stat(root, &st) == 0) return pc_strdup(root);
    const char *slash = strrchr(config, '/');
    if (!slash) return pc_strdup(root);
    pc_buf b = {0};
    pc_buf_put(&b, config, (size_t)(slash - config + 1));
    pc_buf_puts(&b, root);
    return pc_buf_take(&b);
}

static int load_config(ev_set *s, const char *path, FILE *err)
{
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *x = xmlGetLastError();
        fprintf(err, "precis eval: %s:%d: cannot parse the ROUGE configuration: %s", path,
                x ? x->line : 0, x && x->message ? x->message : "not XML\n");
        return -1;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    int rc = 0;
    for (xmlNode *ev = root ? root->children : NULL; ev; ev = ev->next) {
        if (ev->type != XML_ELEMENT_NODE || xmlStrcasecmp(ev->name, BAD_CAST "EVAL")) continue;
        xmlChar *id = xmlGetProp(ev, BAD_CAST "ID");
        ev_eval *e = new_eval(s, id ? (const char *)id : "");
        xmlFree(id);
        char *proot = NULL, *mroot = NULL;
        for (xmlNode *c = ev->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            if (!xmlStrcasecmp(c->name, BAD_CAST "PEER-ROOT")) {
                char *t = node_text(c);
                free(proot);
                proot = resolve_root(t, path);
                free(t);
            } else if (!xmlStrcasecmp(c->name, BAD_CAST "MODEL-ROOT")) {
                char *t = node_text(c);
                free(mroot);
                mroot = resolve_root(t, path);
                free(t);
            } else if (!xmlStrcasecmp(c->name, BAD_CAST "INPUT-FORMAT")) {
                xmlChar *type = xmlGetProp(c, BAD_CAST "TYPE");
                if (!type || xmlStrcasecmp(type, BAD_CAST "SPL")) {
                    fprintf(err, "precis eval: %s: EVAL %s: input format %s is not supported (only SPL)\n",
                            path, e->id, type ? (const char *)type : "(none)");
                    rc = -1;
                }
                xmlFree(type);
            }
        }
        for (xmlNode *c = ev->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            int peers = !xmlStrcasecmp(c->name, BAD_CAST "PEERS");
            int models = !xmlStrcasecmp(c->name, BAD_CAST "MODELS");
            if (!peers && !models) continue;
            for (xmlNode *p = c->children; p; p = p->next) {
                if (p->type != XML_ELEMENT_NODE) continue;
                char *file = node_text(p);
                pc_buf full = {0};
                const char *rt = peers ? proot : mroot;
                if (rt && *rt) pc_buf_printf(&full, "%s/%s", rt, file);
                else pc_buf_puts(&full, file);
                if (peers) {
                    xmlChar *pid = xmlGetProp(p, BAD_CAST "ID");
                    add_peer(e, pid ? (const char *)pid : "", full.s);
                    xmlFree(pid);
                } else {
                    add_model(e, full.s);
                }
                pc_buf_free(&full);
                free(file);
            }
        }
        free(proot);
        free(mroot);
    }
    xmlFreeDoc(doc);
    if (!s->n && rc == 0) {
        fprintf(err, "precis eval: %s: no <EVAL> in the configuration\n", path);
        rc = -1;
    }
    return rc;
}

/* ---------------------------------------------------------------------- */
/* DATASET/<cluster>/refs + SYSDIR/<cluster>.txt                            */
/* ---------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the entries of dir (no hidden ones); NULL if unreadable. */
static char **list_dir(const char *dir, size_t *n)
{
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char **names = NULL;
    size_t cap = 0;
    *n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        PC_GROW(names, cap, *n + 1);
        names[(*n)++] = pc_strdup(e->d_name);
    }
    closedir(d);
    if (*n) qsort(names, *n, sizeof *names, cmp_str);
    else if (!names) names = pc_xcalloc(1, sizeof *names);
    return names;
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* What a dataset run found, for the closing line. */
typedef struct {
    size_t with_refs;   /* clusters with references */
    size_t with_sys;    /* of them, with a system summary */
} ev_counts;

/* The names the lists of missing and extra clusters show; the others are
 * counted. */
#define EV_NAMES_SHOWN 10

/* One line: "HEAD: a, b, c and N more". */
static void name_list(FILE *err, const char *head, char **names, size_t n)
{
    fprintf(err, "precis eval: %s: ", head);
    for (size_t i = 0; i < n && i < EV_NAMES_SHOWN; i++) fprintf(err, "%s%s", i ? ", " : "", names[i]);
    if (n > EV_NAMES_SHOWN) fprintf(err, " and %zu more", n - EV_NAMES_SHOWN);
    fputc('\n', err);
}

static int load_dataset(ev_set *s, const precis_eval_options *o, FILE *err, ev_counts *counts)
{
    size_t nc = 0, ns = 0;
    char **clusters = list_dir(o->refs, &nc);
    if (!clusters) {
        fprintf(err, "precis eval: %s: cannot open the dataset: %s\n", o->refs, strerror(errno));
        return -1;
    }
    char **sys = list_dir(o->sys, &ns);
    if (!sys) {
        fprintf(err, "precis eval: %s: cannot open the system summaries: %s\n", o->sys, strerror(errno));
        free_names(clusters, nc);
        return -1;
    }
    char **nosys = pc_xcalloc(nc + 1, sizeof *nosys), **noref = pc_xcalloc(ns + 1, sizeof *noref);
    size_t nnosys = 0, nnoref = 0;
    memset(counts, 0, sizeof *counts);
    pc_map have = {0};
    for (size_t i = 0; i < nc; i++) {
        pc_buf refdir = {0};
        pc_buf_printf(&refdir, "%s/%s/refs", o->refs, clusters[i]);
        size_t nr = 0;
        char **refs = is_dir(refdir.s) ? list_dir(refdir.s, &nr) : NULL;
        if (!refs || !nr) {
            free_names(refs, nr);
            pc_buf_free(&refdir);
            continue;
        }
        pc_map_put(&have, clusters[i], strlen(clusters[i]), 1, NULL);
        size_t ci = counts->with_refs++;
        pc_buf sysfile = {0};
        pc_buf_printf(&sysfile, "%s/%s.txt", o->sys, clusters[i]);
        struct stat st;
        if (stat(sysfile.s, &st) != 0) {
            nosys[nnosys++] = clusters[i];
        } else {
            counts->with_sys++;
            size_t rounds = (o->jackknife && nr > 1) ? nr : 1;
            for (size_t k = 0; k < rounds; k++) {
                pc_buf id = {0};
                if (rounds > 1) pc_buf_printf(&id, "%s-%s", clusters[i], refs[k]);
                else pc_buf_puts(&id, clusters[i]);
                ev_eval *e = new_eval(s, id.s);
                e->cluster = ci;
                add_peer(e, "precis", sysfile.s);
                for (size_t m = 0; m < nr; m++) {
                    if (rounds > 1 && m == k) continue;
                    pc_buf mp = {0};
                    pc_buf_printf(&mp, "%s/%s", refdir.s, refs[m]);
                    add_model(e, mp.s);
                    pc_buf_free(&mp);
                }
                pc_buf_free(&id);
            }
        }
        pc_buf_free(&sysfile);
        free_names(refs, nr);
        pc_buf_free(&refdir);
    }
    for (size_t i = 0; i < ns; i++) {
        size_t l = strlen(sys[i]);
        size_t stem = l > 4 && strcmp(sys[i] + l - 4, ".txt") == 0 ? l - 4 : l;
        if (!pc_map_get(&have, sys[i], stem)) noref[nnoref++] = sys[i];
    }
    pc_buf head = {0};
    if (nnosys) {
        pc_buf_printf(&head, "%zu cluster%s no system summary (%s/<cluster>.txt)", nnosys,
                      nnosys == 1 ? " has" : "s have", o->sys);
        name_list(err, head.s, nosys, nnosys);
    }
    if (nnoref) {
        head.len = 0;
        pc_buf_printf(&head, "%zu system summar%s no references in %s", nnoref,
                      nnoref == 1 ? "y has" : "ies have", o->refs);
        name_list(err, head.s, noref, nnoref);
    }
    pc_buf_free(&head);
    int missing = (int)(nnosys + nnoref);
    free(nosys);
    free(noref);
    pc_map_free(&have);
    free_names(clusters, nc);
    free_names(sys, ns);
    if (!s->n) {
        fprintf(err, "precis eval: nothing to evaluate: no cluster has both references and a system summary\n");
        return -1;
    }
    return missing;
}

/* ---------------------------------------------------------------------- */

/* Scores of every evaluation a peer takes part in, for every metric. */
typedef struct {
    char *peer;
    size_t *evals;               /* indices into set */
    precis_rouge_score *scores;  /* [eval][metric] */
    size_t n;
} peer_scores;

static int cmp_peer(const void *a, const void *b)
{
    return strcmp(((const peer_scores *)a)->peer, ((const peer_scores *)b)->peer);
}

/* ROUGE's by_evalID: numeric when both start with digits, else strings. */
static int by_eval_id(const char *a, const char *b)
{
    if (a[0] >= '0' && a[0] <= '9' && b[0] >= '0' && b[0] <= '9') {
        long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);
        if (x != y) return x < y ? -1 : 1;
        return 0;
    }
    return strcmp(a, b);
}

static void print_rouge_format(const precis_eval_options *o, precis_rouge *r, const ev_set *s,
                               peer_scores *ps, size_t np, FILE *out)
{
    size_t nm = precis_rouge_metric_count(r);
    for (size_t p = 0; p < np; p++) {
        peer_scores *P = &ps[p];
        size_t *order = pc_xmalloc(P->n * sizeof *order);
        double *vals = pc_xmalloc(P->n * sizeof *vals);
        for (size_t m = 0; m < nm; m++) {
            const char *name = precis_rouge_metric_name(r, m);
            /* instances sorted as strings for the bootstrap */
            for (size_t k = 0; k < P->n; k++) order[k] = k;
            for (size_t i = 1; i < P->n; i++) {
                size_t v = order[i], j = i;
                while (j > 0 && strcmp(s->e[P->evals[order[j - 1]]].id, s->e[P->evals[v]].id) > 0)
                    order[j] = order[j - 1], j--;
                order[j] = v;
            }
            fprintf(out, "---------------------------------------------\n");
            static const char *const lab[3] = {"R", "P", "F"};
            for (int q = 0; q < 3; q++) {
                for (size_t k = 0; k < P->n; k++) {
                    const precis_rouge_score *sc = &P->scores[order[k] * nm + m];
                    vals[k] = q == 0 ? sc->r : q == 1 ? sc->p : sc->f;
                }
                double mean, lo, hi;
                precis_rouge_bootstrap(vals, P->n, o->resamples, o->confidence, &mean, &lo, &hi);
                fprintf(out, "%s %s Average_%s: %7.5f (%g%%-conf.int. %7.5f - %7.5f)\n", P->peer,
                        name, lab[q], mean, o->confidence, lo, hi);
            }
            if (o->per_eval) {
                fprintf(out, ".............................................\n");
                for (size_t k = 0; k < P->n; k++) order[k] = k;
                /* per-evaluation lines sorted by ROUGE's by_evalID */
                size_t *ev = pc_xmalloc(P->n * sizeof *ev);
                for (size_t k = 0; k < P->n; k++) ev[k] = P->evals[k];
                for (size_t i = 1; i < P->n; i++) {
                    size_t v = order[i], j = i;
                    while (j > 0 && by_eval_id(s->e[ev[order[j - 1]]].id, s->e[ev[v]].id) > 0)
                        order[j] = order[j - 1], j--;
                    order[j] = v;
                }
                for (size_t k = 0; k < P->n; k++) {
                    const precis_rouge_score *sc = &P->scores[order[k] * nm + m];
                    fprintf(out, "%s %s Eval %s.%s R:%7.5f P:%7.5f F:%7.5f\n", P->peer, name,
                            s->e[ev[order[k]]].id, P->peer, sc->r, sc->p, sc->f);
                }
                free(ev);
            }
        }
        free(order);
        free(vals);
    }
}

static json_t *score_json(double r, double p, double f)
{
    json_t *o = json_object();
    json_object_set_new(o, "r", json_real(r));
    json_object_set_new(o, "p", json_real(p));
    json_object_set_new(o, "f", json_real(f));
    return o;
}

/* The cluster an evaluation id belongs to: the id before "-<ref>" when
 * jackknifed. */
static char *cluster_of(const char *id, int jack)
{
    const char *dash = jack ? strrchr(id, '-') : NULL;
    return dash ? pc_strndup(id, (size_t)(dash - id)) : pc_strdup(id);
}

static void print_summary(const precis_eval_options *o, precis_rouge *r, const ev_set *s,
                          peer_scores *ps, size_t np, size_t nclusters, FILE *out)
{
    size_t nm = precis_rouge_metric_count(r);
    int json = o->format == PRECIS_EVAL_JSON;
    json_t *root = json ? json_object() : NULL;
    json_t *peers = json ? json_object() : NULL;
    for (size_t p = 0; p < np; p++) {
        peer_scores *P = &ps[p];
        double *vals = pc_xmalloc(P->n * sizeof *vals);
        json_t *metrics = json ? json_object() : NULL;
        if (!json) {
            if (o->config) fprintf(out, "peer %s\n", P->peer);
            fprintf(out, "%-10s %-26s %-26s %-26s\n", "metric", "recall (95% CI)", "precision", "F");
        }
        for (size_t m = 0; m < nm; m++) {
            double mean[3], lo[3], hi[3];
            for (int q = 0; q < 3; q++) {
                for (size_t k = 0; k < P->n; k++) {
                    const precis_rouge_score *sc = &P->scores[k * nm + m];
                    vals[k] = q == 0 ? sc->r : q == 1 ? sc->p : sc->f;
                }
                precis_rouge_bootstrap(vals, P->n, o->resamples, o->confidence, &mean[q], &lo[q], &hi[q]);
            }
            if (json) {
                json_t *mo = json_object();
                static const char *const k3[3] = {"r", "p", "f"};
                for (int q = 0; q < 3; q++) {
                    json_object_set_new(mo, k3[q], json_real(mean[q]));
                    char key[8];
                    snprintf(key, sizeof key, "%s_ci", k3[q]);
                    json_t *ci = json_array();
                    json_array_append_new(ci, json_real(lo[q]));
                    json_array_append_new(ci, json_real(hi[q]));
                    json_object_set_new(mo, key, ci);
                }
                json_object_set_new(metrics, precis_rouge_metric_name(r, m), mo);
            } else {
                fprintf(out, "%-10s %7.5f (%7.5f-%7.5f)    %7.5f (%7.5f-%7.5f)    %7.5f (%7.5f-%7.5f)\n",
                        precis_rouge_metric_name(r, m), mean[0], lo[0], hi[0], mean[1], lo[1], hi[1],
                        mean[2], lo[2], hi[2]);
            }
        }
        if (json) {
            /* per cluster: the mean over its (jackknifed) evaluations */
            json_t *clusters = json_object();
            for (size_t k = 0; k < P->n; k++) {
                char *cid = cluster_of(s->e[P->evals[k]].id, !o->config && o->jackknife);
                json_t *co = json_object_get(clusters, cid);
                if (!co) {
                    co = json_object();
                    json_object_set_new(clusters, cid, co);
                }
                for (size_t m = 0; m < nm; m++) {
                    const char *mn = precis_rouge_metric_name(r, m);
                    json_t *acc = json_object_get(co, mn);
                    const precis_rouge_score *sc = &P->scores[k * nm + m];
                    if (!acc) {
                        acc = score_json(0, 0, 0);
                        json_object_set_new(acc, "n", json_integer(0));
                        json_object_set_new(co, mn, acc);
                    }
                    json_int_t n = json_integer_value(json_object_get(acc, "n"));
                    static const char *const k3[3] = {"r", "p", "f"};
                    double v3[3] = {sc->r, sc->p, sc->f};
                    for (int q = 0; q < 3; q++) {
                        double old = json_real_value(json_object_get(acc, k3[q]));
                        json_object_set_new(acc, k3[q], json_real((old * (double)n + v3[q]) / (double)(n + 1)));
                    }
                    json_object_set_new(acc, "n", json_integer(n + 1));
                }
                free(cid);
            }
            const char *ck;
            json_t *co;
            json_object_foreach(clusters, ck, co) {
                const char *mk;
                json_t *acc;
                json_object_foreach(co, mk, acc) json_object_del(acc, "n");
            }
            json_t *po = json_object();
            json_object_set_new(po, "metrics", metrics);
            json_object_set_new(po, "evaluations", json_integer((json_int_t)P->n));
            json_object_set_new(po, "clusters", clusters);
            json_object_set_new(peers, P->peer, po);
        }
        free(vals);
    }
    if (json) {
        json_t *settings = json_object();
        json_object_set_new(settings, "words", json_integer((json_int_t)o->rouge.words));
        json_object_set_new(settings, "bytes", json_integer((json_int_t)o->rouge.bytes));
        json_object_set_new(settings, "stem", json_boolean(o->rouge.stem));
        json_object_set_new(settings, "remove_stopwords", json_boolean(o->rouge.remove_stopwords));
        json_object_set_new(settings, "jackknife", json_boolean(!o->config && o->jackknife));
        json_object_set_new(settings, "resamples", json_integer(o->resamples));
        json_object_set_new(settings, "confidence", json_real(o->confidence));
        json_object_set_new(root, "settings", settings);
        json_object_set_new(root, "clusters", json_integer((json_int_t)nclusters));
        json_object_set_new(root, "evaluations", json_integer((json_int_t)s->n));
        if (!o->config && np == 1) {
            json_t *only = json_object_get(peers, ps[0].peer);
            json_object_set(root, "metrics", json_object_get(only, "metrics"));
            json_object_set(root, "per_cluster", json_object_get(only, "clusters"));
            json_decref(peers);
        } else {
            json_object_set_new(root, "peers", peers);
        }
        char *txt = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
        fprintf(out, "%s\n", txt);
        free(txt);
        json_decref(root);
    }
}

/* With --refs: "scored N of M clusters", and why the others were not. */
static void closing_line(const ev_set *s, const peer_scores *ps, size_t np, const ev_counts *counts, FILE *err)
{
    unsigned char *scored = pc_xcalloc(counts->with_refs + 1, 1);
    size_t n = 0;
    for (size_t p = 0; p < np; p++)
        for (size_t k = 0; k < ps[p].n; k++) {
            size_t ci = s->e[ps[p].evals[k]].cluster;
            if (!scored[ci]) scored[ci] = 1, n++;
        }
    free(scored);
    size_t without = counts->with_refs - counts->with_sys, unreadable = counts->with_sys - n;
    fprintf(err, "precis eval: scored %zu of %zu cluster%s", n, counts->with_refs, counts->with_refs == 1 ? "" : "s");
    if (without) fprintf(err, " (%zu without a system summary", without);
    if (unreadable) fprintf(err, "%s%zu unreadable", without ? ", " : " (", unreadable);
    fputs(without || unreadable ? ")\n" : "\n", err);
}

int precis_eval_run(const precis_eval_options *o, FILE *out, FILE *err)
{
    ev_set s = {0};
    ev_counts counts = {0};
    int missing = 0;
    if (o->config) {
        if (load_config(&s, o->config, err) != 0) {
            set_free(&s);
            return 1;
        }
    } else {
        missing = load_dataset(&s, o, err, &counts);
        if (missing < 0) {
            set_free(&s);
            return 1;
        }
    }
    char msg[512] = "";
    precis_rouge *r = precis_rouge_new(&o->rouge, msg, sizeof msg);
    if (!r) {
        fprintf(err, "precis eval: %s\n", msg);
        set_free(&s);
        return 1;
    }
    /* the peers, each with the evaluations it appears in */
    pc_map pid = {0};
    peer_scores *ps = NULL;
    size_t np = 0, capp = 0;
    for (size_t i = 0; i < s.n; i++)
        for (size_t k = 0; k < s.e[i].npeers; k++) {
            const char *id = s.e[i].peer_ids[k];
            if (o->peer && strcmp(o->peer, id) != 0) continue;
            int added = 0;
            pc_map_put(&pid, id, strlen(id), (uint32_t)np, &added);
            if (added) {
                PC_GROW(ps, capp, np + 1);
                memset(&ps[np], 0, sizeof ps[np]);
                ps[np++].peer = pc_strdup(id);
            }
        }
    pc_map_free(&pid);
    if (!np) {
        fprintf(err, "precis eval: no peer%s%s to evaluate\n", o->peer ? " " : "", o->peer ? o->peer : "");
        precis_rouge_free(r);
        set_free(&s);
        return 1;
    }
    qsort(ps, np, sizeof *ps, cmp_peer);
    size_t nm = precis_rouge_metric_count(r);
    for (size_t p = 0; p < np; p++) {
        peer_scores *P = &ps[p];
        P->evals = pc_xmalloc(s.n * sizeof *P->evals);
        P->scores = pc_xmalloc(s.n * nm * sizeof *P->scores);
        for (size_t i = 0; i < s.n; i++) {
            ev_eval *e = &s.e[i];
            const char *ppath = NULL;
            for (size_t k = 0; k < e->npeers; k++)
                if (strcmp(e->peer_ids[k], P->peer) == 0) ppath = e->peer_paths[k];
            if (!ppath) continue;
            const char *ptext = file_text(&s, ppath, err);
            const char **mt = pc_xmalloc(e->nmodels * sizeof *mt);
            int ok = ptext != NULL;
            for (size_t m = 0; m < e->nmodels; m++) ok &= (mt[m] = file_text(&s, e->model_paths[m], err)) != NULL;
            if (ok) {
                precis_rouge_score_texts(r, ptext, mt, e->nmodels, &P->scores[P->n * nm]);
                P->evals[P->n++] = i;
            }
            free((void *)mt);
        }
    }
    if (o->config && o->format == PRECIS_EVAL_TEXT) print_rouge_format(o, r, &s, ps, np, out);
    else print_summary(o, r, &s, ps, np, counts.with_sys, out);
    if (!o->config) closing_line(&s, ps, np, &counts, err);
    int rc = (s.errors || missing) ? 1 : 0;
    for (size_t p = 0; p < np; p++) {
        free(ps[p].peer);
        free(ps[p].evals);
        free(ps[p].scores);
    }
    free(ps);
    precis_rouge_free(r);
    set_free(&s);
    return rc;
}
