/*
 * main.c — the precis command line: finds the command named by the first
 * argument in the command table and hands it the rest; answers --help and
 * --version itself.  The commands are in one file each (commands.h), their
 * shared helpers in common.c, and all of them call only the public API.
 *
 * Exit status: 0 success, 1 an input could not be read (other inputs are
 * still used), 2 a usage error.
 */
#include "commands.h"
#include "common.h"
#include "precis.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *description; /* its line in the help; NULL for an alias */
} command;

/* In the order of the help. */
static const command commands[] = {
    {"summarize", cmd_summarize, "select a summary of the given length from the cluster"},
    {"summarise", cmd_summarize, NULL},
    {"batch", cmd_batch, "summarise a stream of clusters (JSON Lines) on several threads"},
    {"timeline", cmd_story, "the dated events of the story, dates resolved per article"},
    {"entities", cmd_story, "people, places and organisations, with their aliases merged"},
    {"quotes", cmd_story, "direct quotations and their speakers"},
    {"dates", cmd_dates, "every date expression, with its TIMEX3 value"},
    {"digest", cmd_story, "summary, timeline, entities and quotes in one report"},
    {"extract", cmd_extract, "the article of a web page: metadata and body text"},
    {"segment", cmd_segment, "print the cleaned sentences of the input, one per line"},
    {"eval", cmd_eval, "score summaries with ROUGE (see 'precis eval --help')"},
};

enum { NCOMMANDS = sizeof commands / sizeof *commands };

static const char *help_head =
    "usage: precis COMMAND [OPTIONS] INPUT...\n"
    "\n"
    "Summarise a cluster of news articles about one story.  Every sentence of a\n"
    "summary is a sentence of the input, attributed to its document and bytes.\n"
    "\n"
    "Commands:\n";

static const char *help_tail =
    "\n"
    "INPUT is a file, a directory (every file in it, sorted) or '-' for standard\n"
    "input.  Plain text, TREC/DUC SGML (<DOC> ... </DOC>), web pages (HTML: the\n"
    "article body is read, see 'precis extract') and JSON cluster objects\n"
    "{\"id\":..., \"docs\":[{\"id\",\"text\" or \"html\",\"date\",\"source\",\"title\"}]}\n"
    "are recognised.  --url URL (summarize, timeline, entities, quotes, digest)\n"
    "fetches a page and adds its article.  Text and SGML are read as UTF-8;\n"
    "--charset NAME (such as latin1) reads another encoding.  PDF is not read:\n"
    "convert it to text first (pdftotext, in poppler-utils).\n"
    "\n"
    "  precis --help | precis COMMAND --help | precis --version\n";

/* The help: its head, a line per listed command, its tail. */
static void print_help(FILE *f)
{
    fputs(help_head, f);
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (commands[i].description)
            fprintf(f, "  %-12s%s\n", commands[i].name, commands[i].description);
    fputs(help_tail, f);
}

/* A usage error of precis itself: the message, then where to look. */
static int usage_error(const char *msg, const char *typed, const char *near)
{
    fprintf(stderr, "precis: %s '%s'", msg, typed);
    if (near) fprintf(stderr, " (did you mean %s?)", near);
    fputs("\nTry 'precis --help' for more.\n", stderr);
    return 2;
}

/* No command, or one the table does not have (a close one suggested). */
static int no_command(const char *typed)
{
    if (!typed) {
        fputs("precis: no command given; the commands are", stderr);
        for (size_t i = 0; i < NCOMMANDS; i++)
            if (commands[i].description) fprintf(stderr, "%s %s", i ? "," : "", commands[i].name);
        fputs("\nTry 'precis --help' for more.\n", stderr);
        return 2;
    }
    if (typed[0] == '-') { /* an option before any command */
        static const char *const opts[] = {"--help", "--version"};
        return usage_error("unknown option", typed, cli_closest(typed, strlen(typed), opts, 2));
    }
    const char *names[NCOMMANDS];
    for (size_t i = 0; i < NCOMMANDS; i++) names[i] = commands[i].name;
    return usage_error("unknown command", typed, cli_closest(typed, strlen(typed), names, NCOMMANDS));
}

int main(int argc, char **argv)
{
    opterr = 0; /* the commands say what is wrong with an option (common.h) */
    if (argc < 2) return no_command(NULL);
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        print_help(stdout);
        return 0;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        printf("precis %s\n", PRECIS_VERSION);
        return 0;
    }
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(name, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    return no_command(name);
}
