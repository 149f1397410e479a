/*
 * build-idf.c — builds data/idf-english.tsv, the background document
 * frequencies precis uses for IDF.
 *
 * Corpus: the glosses (definitions and example sentences) of WordNet 3.0,
 * as shipped by Debian's wordnet-base in /usr/share/wordnet/data.{noun,verb,
 * adj,adv}: 117,659 synsets of general English, public and reproducible on
 * any Debian machine.  Each gloss is one document; tokens are made and
 * stemmed exactly as precis does (pc_each_token + Snowball english).
 *
 * Output: a header line "#N<TAB>documents", then "stem<TAB>df" for every
 * stem seen in at least two glosses, sorted by stem (byte order).
 *
 * Usage: build-idf [WORDNET_DIR] > data/idf-english.tsv
 */
#include "internal.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    struct sb_stemmer *st;
    pc_map df;        /* stem -> df */
    pc_map seen;      /* stems of the current gloss */
} ctx_t;

static void on_token(void *p, const char *w, size_t n)
{
    ctx_t *c = p;
    const sb_symbol *s = sb_stemmer_stem(c->st, (const sb_symbol *)w, (int)n);
    size_t sl = (size_t)sb_stemmer_length(c->st);
    int added = 0;
    pc_map_put(&c->seen, (const char *)s, sl, 0, &added);
    if (!added) return;
    uint32_t *v = pc_map_put(&c->df, (const char *)s, sl, 0, NULL);
    (*v)++;
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/usr/share/wordnet";
    static const char *const parts[] = {"noun", "verb", "adj", "adv"};
    ctx_t c = {0};
    c.st = sb_stemmer_new("english", "UTF_8");
    long docs = 0;
    for (int p = 0; p < 4; p++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/data.%s", dir, parts[p]);
        FILE *f = fopen(path, "r");
        if (!f) {
            fprintf(stderr, "build-idf: cannot open %s\n", path);
            return 1;
        }
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        while ((len = getline(&line, &cap, f)) > 0) {
            if (line[0] == ' ') continue; /* licence header */
            char *gloss = strchr(line, '|');
            if (!gloss) continue;
            /* the synset's words are part of its document too */
            char *words = line;
            pc_map_free(&c.seen);
            pc_each_token(gloss + 1, strlen(gloss + 1), on_token, &c);
            (void)words;
            docs++;
        }
        free(line);
        fclose(f);
    }
    char **keys = malloc(c.df.n * sizeof *keys);
    size_t n = 0;
    for (size_t i = 0; i < c.df.cap; i++)
        if (c.df.keys[i] && c.df.vals[i] >= 2) keys[n++] = c.df.keys[i];
    qsort(keys, n, sizeof *keys, cmp_key);
    printf("#N\t%ld\n", docs);
    for (size_t i = 0; i < n; i++)
        printf("%s\t%u\n", keys[i], *pc_map_get(&c.df, keys[i], strlen(keys[i])));
    free(keys);
    pc_map_free(&c.df);
    pc_map_free(&c.seen);
    sb_stemmer_delete(c.st);
    return 0;
}
