/*
 * names.h — the word classes entity recognition (entities.c) reads names
 * by: titles, roles, nationality adjectives, organisation and place words,
 * the gazetteer, calendar words and events (the lists are in names.c).
 */
#ifndef PRECIS_NAMES_H
#define PRECIS_NAMES_H

#include <stddef.h>

/* The classes a word can belong to, as bits (a word can have several:
 * "general" is a title and a role). */
enum {
    N_TITLE = 1,      /* President, Minister, Gen., Mr. */
    N_ROLE = 2,       /* adviser, activist (lowercase before a name) */
    N_DEMONYM = 4,    /* Russian, Japanese */
    N_ORG = 8,        /* Ministry, Agency, Reuters */
    N_PLACE = 16,     /* Islands, Sea, Prefecture */
    N_GAZETTEER = 32, /* Japan, Moscow, Hokkaido */
    N_CALENDAR = 64,  /* Monday, January, Jan (the dates lexicon), today */
    N_EVENT = 128,    /* War, Talks, Treaty */
    /* weak evidence from WordNet (gazetteer.inc): a name a lexicographer
     * file lists in one class only; the text's own evidence comes first */
    N_WNPLACE = 256,  /* noun.location / noun.object: Atlanta, Nantucket */
    N_WNORG = 512,    /* noun.group: FBI, Congress */
    N_WNART = 1024,   /* noun.artifact: ships, aircraft, buildings */
    N_WNPERSON = 2048, /* noun.person: Castro, Gore */
    N_COMMON = 4096    /* a common English word (SemCor): "greeting", "around" */
};

/* The classes of the lowercase word (or words: "soviet union") lower[0..n),
 * a bit set of the N_ values; 0 for a word in no list.  Thread-safe: the
 * lists are loaded once, on the first call. */
unsigned pc_name_class(const char *lower, size_t n);

/* The same, from the hand-written lists only (no gazetteer.inc tables):
 * enough for lowercase words, and cheaper. */
unsigned pc_name_class_lists(const char *lower, size_t n);

/* The canonical key of the name key[0..n) when a lexicon knows it as an
 * abbreviation or another name of one place or body ("u.s", "america" ->
 * "united states"; "dprk" -> "north korea"; iso-codes' official names ->
 * their short names), or NULL.  Thread-safe like pc_name_class. */
const char *pc_name_alias(const char *key, size_t n);

#endif
