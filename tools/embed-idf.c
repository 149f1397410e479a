/*
 * embed-idf.c — turns data/idf-english.tsv into a C source file holding the
 * table as a sorted array, so the library needs no data file at run time.
 *
 * Usage: embed-idf IN.tsv OUT.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: embed-idf IN.tsv OUT.c\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r"), *out = fopen(argv[2], "w");
    if (!in || !out) {
        fprintf(stderr, "embed-idf: cannot open %s\n", !in ? argv[1] : argv[2]);
        return 1;
    }
    fprintf(out, "/* Generated from %s by embed-idf. Do not edit. */\n", argv[1]);
    fprintf(out, "#include <stdint.h>\n#include <stddef.h>\n");
    fprintf(out, "typedef struct { const char *stem; uint32_t df; } pc_idf_entry;\n");
    char line[512];
    long total = 0, n = 0;
    fprintf(out, "const pc_idf_entry pc_idf_table[] = {\n");
    while (fgets(line, sizeof line, in)) {
        char *tab = strchr(line, '\t');
        if (!tab) continue;
        *tab = 0;
        long df = strtol(tab + 1, NULL, 10);
        if (strcmp(line, "#N") == 0) {
            total = df;
            continue;
        }
        fputs("{\"", out);
        for (char *p = line; *p; p++) {
            if (*p == '"' || *p == '\\') fputc('\\', out);
            fputc(*p, out);
        }
        fprintf(out, "\", %ld},\n", df);
        n++;
    }
    fprintf(out, "};\nconst size_t pc_idf_table_size = %ld;\nconst uint32_t pc_idf_documents = %ld;\n",
            n, total);
    fclose(in);
    return fclose(out) != 0;
}
