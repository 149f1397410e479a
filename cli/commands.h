/*
 * commands.h — the commands of the precis command line, one entry point
 * each, called by main.c's command table with the arguments from the command
 * name on (argv[0] is the name as typed).  Each returns the exit status
 * (common.h).
 */
#ifndef PRECIS_CLI_COMMANDS_H
#define PRECIS_CLI_COMMANDS_H

/* summarize.c: summarize (summarise) — a summary of a cluster. */
int cmd_summarize(int argc, char **argv);
/* segment.c: segment — the cleaned sentences, one per line. */
int cmd_segment(int argc, char **argv);
/* story.c: timeline, entities, quotes and digest; argv[0] says which. */
int cmd_story(int argc, char **argv);
/* batch.c: batch — a stream of clusters through precis_batch_run. */
int cmd_batch(int argc, char **argv);
/* eval.c: eval — ROUGE through precis_eval_run. */
int cmd_eval(int argc, char **argv);
/* extract.c: extract — the article of web pages. */
int cmd_extract(int argc, char **argv);

/* dates.c: dates — every date expression, TIMEX3 values. */
int cmd_dates(int argc, char **argv);

#endif
