/* eval.c — placeholder, replaced by the ROUGE evaluator. */
#include <stdio.h>
int cmd_eval(int argc, char **argv);
int cmd_eval(int argc, char **argv) { (void)argc; (void)argv; fputs("precis: eval not built yet\n", stderr); return 2; }
