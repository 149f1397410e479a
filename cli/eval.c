/*
 * eval.c — `precis eval`: parses the options into precis_eval_options and
 * calls precis_eval_run.  Accepts ROUGE-1.5.5's own short options and its
 * CONFIG.xml [PEER] arguments too, so existing pipelines can call it in
 * place of ROUGE-1.5.5.pl.
 */
#include "commands.h"
#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage =
    "usage: precis eval --refs DATASET --sys SYSDIR [OPTIONS]\n"
    "       precis eval [OPTIONS] --rouge-config CONFIG.xml [PEER]\n"
    "       precis eval [ROUGE-1.5.5 options] CONFIG.xml [PEER]\n"
    "\n"
    "ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4 exactly as ROUGE-1.5.5 computes them\n"
    "(its tokenization, Porter stemmer with WordNet exceptions, truncation,\n"
    "jackknifing and bootstrap), with 95% confidence intervals.\n"
    "\n"
    "Inputs:\n"
    "  --refs DATASET     DATASET/<cluster>/refs/* are the human summaries\n"
    "  --sys SYSDIR       SYSDIR/<cluster>.txt are the system summaries, one\n"
    "                     sentence per line; missing or extra clusters are named\n"
    "  --no-jackknife     score against all references at once (default: leave\n"
    "                     each reference out in turn and average, as NIST did)\n"
    "  --rouge-config F   a ROUGE-1.5.5 XML configuration; text output is then in\n"
    "                     ROUGE-1.5.5's own format, line for line\n"
    "Settings (ROUGE-1.5.5's flag in brackets):\n"
    "  --words N    [-l]  truncate every summary to N words\n"
    "  --bytes N    [-b]  truncate every summary to N bytes\n"
    "  --stem       [-m]  Porter stemmer with WordNet exception lists\n"
    "  --tokens ascii|unicode  ascii (default): ROUGE-1.5.5's tokens, [a-z0-9]\n"
    "                     runs: every non-ASCII word is dropped, so a Russian or\n"
    "                     Chinese summary scores 0; unicode (not ROUGE-1.5.5):\n"
    "                     the summarizer's Unicode words (letters, marks, digits,\n"
    "                     lowercased), never stemmed, for summaries in any\n"
    "                     language; figures are not comparable with ROUGE-1.5.5's\n"
    "  --stopwords  [-s]  remove the SMART stopwords (needs smart_common_words.txt\n"
    "                     from ROUGE's data folder: -e DIR or ROUGE_EVAL_HOME)\n"
    "  -n N               ROUGE-1 .. ROUGE-N (default 2)\n"
    "  -2 GAP, -u         skip-bigrams with at most GAP words between (default 4),\n"
    "                     with unigrams (SU); both on by default\n"
    "  -x                 no ROUGE-L\n"
    "  -w WEIGHT          ROUGE-W with this weight (1.2 is usual)\n"
    "  -f A|B             average over references (A, default) or best one (B)\n"
    "  -p ALPHA           F = 1/(ALPHA/P + (1-ALPHA)/R), default 0.5\n"
    "  -c PERCENT         confidence interval (default 95)\n"
    "  -r N               bootstrap resamples (default 1000)\n"
    "  -d                 print the score of every evaluation\n"
    "  -e DIR             ROUGE's data folder (for -s)\n"
    "  --wordnet DIR      WordNet exception lists (default /usr/share/wordnet)\n"
    "  --format text|json (json: averages with intervals and per-cluster scores)\n"
    "Accepted and ignored for compatibility: -a (all peers is the default), -t 0.\n";

/* What the options say (nothing is owned: see common.h). */
typedef struct {
    precis_eval_options o;
    char stopfile[4096];   /* DIR/smart_common_words.txt for -s */
} eval_args;

/* A decimal number into *v.  Returns 0, or -1 when s is empty or has
 * anything after the digits. */
static int num(const char *s, long *v)
{
    char *e;
    *v = strtol(s, &e, 10);
    return *s && !*e ? 0 : -1;
}

static int parse(int argc, char **argv, eval_args *a)
{
    static const struct option opts[] = {
        {"refs", 1, 0, 'R'},    {"sys", 1, 0, 'S'},         {"rouge-config", 1, 0, 'C'},
        {"words", 1, 0, 'l'},   {"bytes", 1, 0, 'b'},       {"stem", 0, 0, 'm'},
        {"stopwords", 0, 0, 's'}, {"format", 1, 0, 'F'},    {"wordnet", 1, 0, 'W'},
        {"no-jackknife", 0, 0, 'J'}, {"help", 0, 0, 'h'},   {"tokens", 1, 0, 'K'},
        {0, 0, 0, 0}};
    const cli_cmd cmd = {argv[0], opts, NULL};
    precis_eval_options *o = &a->o;
    precis_eval_options_init(o);
    const char *data_dir = getenv("ROUGE_EVAL_HOME");
    int ch, skip_seen = 0, u_seen = 0;
    long v;
    while ((ch = getopt_long(argc, argv, ":hal:b:msn:2:uxf:p:c:r:de:t:w:", opts, NULL)) != -1) {
        switch (ch) {
        case 'R': o->refs = optarg; break;
        case 'S': o->sys = optarg; break;
        case 'C': o->config = optarg; break;
        case 'l': if (num(optarg, &v) || v < 0) return cli_value_error(&cmd, ch, optarg, "a whole number"); o->rouge.words = (size_t)v; break;
        case 'b': if (num(optarg, &v) || v < 0) return cli_value_error(&cmd, ch, optarg, "a whole number"); o->rouge.bytes = (size_t)v; break;
        case 'm': o->rouge.stem = 1; break;
        case 's': o->rouge.remove_stopwords = 1; break;
        case 'n': if (num(optarg, &v) || v < 0 || v > 4) return cli_value_error(&cmd, ch, optarg, "0 to 4"); o->rouge.max_n = (int)v; break;
        case '2': if (num(optarg, &v)) return cli_value_error(&cmd, ch, optarg, "a whole number"); o->rouge.skip_gap = (int)v; skip_seen = 1; break;
        case 'u': u_seen = 1; break;
        case 'x': o->rouge.lcs = 0; break;
        case 'f': if (strcmp(optarg, "A") && strcmp(optarg, "B")) return cli_value_error(&cmd, ch, optarg, "A or B"); o->rouge.formula = optarg[0]; break;
        case 'p': o->rouge.alpha = strtod(optarg, NULL); if (o->rouge.alpha < 0 || o->rouge.alpha > 1) return cli_value_error(&cmd, ch, optarg, "0 to 1"); break;
        case 'c': o->confidence = strtod(optarg, NULL); if (o->confidence < 0 || o->confidence > 100) return cli_value_error(&cmd, ch, optarg, "0 to 100"); break;
        case 'r': if (num(optarg, &v) || v < 1) return cli_value_error(&cmd, ch, optarg, "a whole number above 0"); o->resamples = (int)v; break;
        case 'd': o->per_eval = 1; break;
        case 'w': o->rouge.wlcs_weight = strtod(optarg, NULL); if (o->rouge.wlcs_weight <= 0) return cli_value_error(&cmd, ch, optarg, "a weight above 0"); break;
        case 'e': data_dir = optarg; break;
        case 't': if (strcmp(optarg, "0")) return cli_value_error(&cmd, ch, optarg, "only 0 (average over evaluations)"); break;
        case 'a': break;
        case 'W': o->rouge.wordnet_dir = optarg; break;
        case 'J': o->jackknife = 0; break;
        case 'K':
            if (!strcmp(optarg, "unicode")) o->rouge.unicode_tokens = 1;
            else if (!strcmp(optarg, "ascii")) o->rouge.unicode_tokens = 0;
            else return cli_value_error(&cmd, ch, optarg, "ascii or unicode");
            break;
        case 'F':
            if (!strcmp(optarg, "json")) o->format = PRECIS_EVAL_JSON;
            else if (strcmp(optarg, "text")) return cli_value_error(&cmd, ch, optarg, "text or json");
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: return cli_option_error(&cmd, ch, argv);
        }
    }
    /* ROUGE-1.5.5 computes skip-bigrams only with -2; precis defaults to SU4
     * unless the caller speaks ROUGE's flags and leaves -2 out */
    int rouge_style = optind < argc && !o->config && !o->refs;
    if (rouge_style && !skip_seen) o->rouge.skip = 0;
    if (rouge_style) o->rouge.skip_unigrams = u_seen;
    if (rouge_style) {
        o->config = argv[optind++];
        if (optind < argc) o->peer = argv[optind++];
    } else if (o->config && optind < argc) {
        o->peer = argv[optind++];
    }
    if (optind < argc) return cli_usage_error(&cmd, "too many arguments");
    if (o->rouge.unicode_tokens && o->rouge.stem)
        return cli_usage_error(&cmd, "--tokens unicode does not stem: leave out --stem (-m)");
    if (o->rouge.words && o->rouge.bytes) return cli_usage_error(&cmd, "give --words or --bytes, not both");
    if (!o->config && !(o->refs && o->sys)) return cli_usage_error(&cmd, "give --refs and --sys, or a ROUGE configuration");
    if (o->config && (o->refs || o->sys)) return cli_usage_error(&cmd, "a ROUGE configuration and --refs/--sys do not mix");
    if (o->rouge.remove_stopwords) {
        snprintf(a->stopfile, sizeof a->stopfile, "%s%ssmart_common_words.txt", data_dir ? data_dir : "",
                 data_dir ? "/" : "");
        o->rouge.stopword_file = a->stopfile;
    }
    return CLI_RUN;
}

int cmd_eval(int argc, char **argv)
{
    eval_args a = {0};
    int rc = parse(argc, argv, &a);
    if (rc == CLI_RUN) rc = precis_eval_run(&a.o, stdout, stderr);
    return rc;
}
