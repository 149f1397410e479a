/*
 * names.c — the word lists entity recognition leans on: titles, roles,
 * nationality adjectives, words that make a name an organisation or a
 * place, and a small gazetteer of countries, capitals and regions.
 *
 * Rules and lists instead of a statistical model: news names people with
 * titles and reporting verbs, places with prepositions and a short list of
 * countries, organisations with a handful of nouns.  Debian has no English
 * gazetteer package, so the lists are here; every word is lowercase.  The
 * months and weekdays come from the dates lexicon (dates/dates.h): the
 * words the date reader takes for months and weekdays are the calendar
 * words that make no name.
 *
 * Beyond these hand lists (the closed classes news writes names with),
 * gazetteer.inc holds tables generated at build time from two installed
 * Debian packages (tools/gen-gazetteer.py): iso-codes' countries and
 * subdivisions (5,000 places: strong place evidence, and official -> short
 * names as aliases) and WordNet's capitalised lemmas by lexicographer
 * file (weak evidence: places, groups, artifacts, person names).  Built
 * into the binary, not read at run time: parsing the 15 MB data.noun on
 * every call would cost more than finding the entities of a cluster.
 *
 * Used by entities.c only (names.h); depends on nothing but util and dates.
 */
#include "story/names.h"
#include "dates/dates.h"
#include "util/util.h"

#include <pthread.h>
#include <string.h>

#include "story/gazetteer.inc"

static const char *const titles[] = {
    "president", "prime", "minister", "deputy", "vice", "secretary", "chancellor", "king",
    "queen", "prince", "princess", "emperor", "empress", "pope", "senator", "sen", "rep",
    "representative", "gov", "governor", "mayor", "gen", "general", "col", "colonel", "lt",
    "adm", "admiral", "dr", "mr", "mrs", "ms", "miss", "judge", "justice", "ambassador",
    "chairman", "chairwoman", "chief", "ceo", "director", "commissioner", "speaker", "premier",
    "lord", "sir", "sheikh", "ayatollah", "rev", "bishop", "archbishop", "cardinal", "sgt",
    "captain", "capt", "commander", "spokesman", "spokeswoman", "foreign", "defense",
    "defence", "finance", "interior", "attorney", "former", "acting", "leader", "president-elect",
    "envoy", "diplomat", "adviser", "advisor", "activist", "officer", "professor", "prof",
    "correspondent", "editor", "reporter", "analyst", "economist", "lawmaker", "mp", "sergeant",
    "lieutenant", "major", "marshal", "supreme", "top", "then", "opposition", "coach", "dame",
    /* German */
    "herr", "frau", "bürgermeister", "bürgermeisterin", "kanzler", "kanzlerin",
    "bundeskanzler", "bundeskanzlerin", "präsident", "präsidentin", "ministerin",
    "sprecher", "sprecherin", "polizeisprecher", "innensenator", "senatorin", NULL};

static const char *const roles[] = {
    "adviser", "advisor", "activist", "spokesman", "spokeswoman", "spokesperson", "minister",
    "president", "leader", "official", "analyst", "professor", "correspondent", "counterpart",
    "envoy", "diplomat", "chief", "director", "lawyer", "economist", "researcher", "author",
    "chairman", "ambassador", "senator", "governor", "mayor", "secretary", "reporter", "editor",
    "founder", "executive", "commander", "general", "premier", "chancellor", "king", "queen",
    "colleague", "negotiator", "expert", "scholar", "historian", "witness", "resident",
    "student", "teacher", "doctor", "nurse", "lawmaker", "legislator", "candidate", "judge",
    "prosecutor", "mp", "ceo", "head", "deputy", "actor", "actress", "singer", "writer", NULL};

static const char *const demonyms[] = {
    "russian", "japanese", "chinese", "american", "british", "french", "german", "italian",
    "spanish", "korean", "indian", "pakistani", "iranian", "iraqi", "syrian", "israeli",
    "palestinian", "turkish", "saudi", "egyptian", "ukrainian", "polish", "soviet", "european",
    "asian", "african", "arab", "western", "eastern", "canadian", "mexican", "brazilian",
    "australian", "afghan", "dutch", "swedish", "norwegian", "danish", "finnish", "greek",
    "swiss", "austrian", "belgian", "irish", "scottish", "welsh", "english", "cuban",
    "venezuelan", "colombian", "argentine", "argentinian", "chilean", "peruvian", "nigerian",
    "kenyan", "vietnamese", "thai", "indonesian", "filipino", "malaysian", "taiwanese",
    "mongolian", "lebanese", "jordanian", "libyan", "sudanese", "somali", "ethiopian",
    "yemeni", "qatari", "emirati", "kuwaiti", "belarusian", "georgian", "armenian", "serbian",
    "croatian", "hungarian", "czech", "romanian", "bulgarian", "portuguese", "kurdish",
    "muslim", "christian", "jewish", "catholic", "islamic", "sunni", "shiite", "shia",
    "latin", "nordic", "baltic", "chechen", "uzbek", "kazakh", "tibetan",
    "uighur", "uyghur", "crimean", "native",
    /* party adjectives: "Republican senators" */
    "republican", "democratic", "democrat", NULL};

static const char *const org_words[] = {
    "ministry", "agency", "council", "party", "company", "co", "corp", "corporation", "inc",
    "ltd", "llc", "plc", "university", "college", "institute", "bank", "association",
    "committee", "commission", "group", "fund", "organization", "organisation", "department",
    "office", "forces", "army", "navy", "parliament", "congress", "senate", "assembly", "court",
    "news", "times", "post", "journal", "herald", "press", "television", "tv", "radio",
    "network", "alliance", "foundation", "board", "authority", "service", "police", "guard",
    "corps", "church", "club", "league", "kremlin", "pentagon", "reuters", "tass", "interfax",
    "cnn", "bbc", "cgtn", "ap", "afp", "xinhua", "bloomberg", "embassy", "consulate",
    "cabinet", "government", "administration", "secretariat", "nato", "un", "eu", "opec",
    "federation", "bureau", "school", "academy", "museum", "hospital", "airlines", "airways",
    "motors", "industries", "holdings", "systems", "technologies", "media", "tribunal",
    "duma", "diet", "nations", "fbi", "cia", "kgb", "fsb", "imf", "wto", "unesco",
    "stratfor", "observatory", "society", "union",
    /* airlines ("Air France"), tribes as polities ("Navajo Nation") */
    "air", "nation", "tribe",
    /* company names: "Vail Resorts", "Wetlands International" */
    "international", "resorts", "enterprises", "partners", "associates", "communications",
    "pharmaceuticals", NULL};

static const char *const place_words[] = {
    "island", "islands", "isles", "isle", "islet", "sea", "ocean", "peninsula", "river",
    "mountain", "mountains", "mount", "mt", "bay", "gulf", "strait", "straits", "cape", "lake",
    "province", "prefecture", "region", "county", "city", "territories", "territory",
    "republic", "kingdom", "street", "square", "avenue", "valley", "desert", "coast", "state",
    "states", "district", "oblast", "krai", "emirates", "archipelago", "harbor", "harbour",
    "port", "canal", "plain", "plateau", "basin", "forest", "park", "heights", "strip",
    "bank", "kuriles", "kurils", NULL};

static const char *const gazetteer[] = {
    /* countries */
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
    "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
    "brazil", "brunei", "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chad",
    "chile", "china", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus", "czechia",
    "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia", "eswatini",
    "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary",
    "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica",
    "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan",
    "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
    "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
    "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal",
    "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau",
    "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore",
    "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland",
    "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia",
    "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan",
    "vanuatu", "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain",
    "england", "scotland", "wales", "america", "korea", "dprk", "uk", "us", "u.s", "u.k",
    "usa", "uae", "prc", "ussr", "soviet union", "united states", "united kingdom",
    "united arab emirates", "saudi arabia", "north korea", "south korea", "new zealand",
    "hong kong", "sri lanka", "south africa", "northeast asia", "middle east",
    "korean peninsula", "east timor", "ivory coast", "costa rica", "el salvador",
    /* regions and continents */
    "asia", "europe", "africa", "oceania", "antarctica", "arctic", "pacific", "atlantic",
    "crimea", "chechnya", "siberia", "kashmir", "tibet", "xinjiang", "gaza", "kurdistan",
    "balkans", "caucasus", "scandinavia", "hokkaido", "okinawa", "honshu", "kyushu",
    "sakhalin", "kamchatka", "aleppo", "donbas", "donbass", "kurils", "kuriles",
    /* capitals and large cities */
    "moscow", "tokyo", "beijing", "washington", "london", "paris", "berlin", "rome", "madrid",
    "kiev", "kyiv", "minsk", "warsaw", "prague", "vienna", "budapest", "bucharest", "sofia",
    "athens", "ankara", "istanbul", "tehran", "baghdad", "damascus", "beirut", "jerusalem",
    "cairo", "riyadh", "dubai", "doha", "kabul", "islamabad", "delhi", "mumbai", "dhaka",
    "bangkok", "hanoi", "manila", "jakarta", "seoul", "pyongyang", "shanghai", "osaka",
    "kyoto", "sydney", "canberra", "ottawa", "toronto", "brussels", "amsterdam", "geneva",
    "stockholm", "oslo", "copenhagen", "helsinki", "dublin", "lisbon", "nairobi", "lagos",
    "johannesburg", "havana", "caracas", "bogota", "lima", "santiago", "brasilia", "chicago",
    "vladivostok", "nagato", "sochi", "nemuro", "rausu", "tbilisi", "baku", "yerevan",
    "tashkent", "astana", "singapore", "taipei", "hiroshima", "nagasaki", "yokohama",
    "petersburg", "novosibirsk", "yekaterinburg", "kazan", NULL};

/* Calendar words that make no name besides the months and weekdays of the
 * dates lexicon (added with them), and the pronoun "I". */
static const char *const calendar[] = {"i", "today", "yesterday", "tomorrow", "christmas",
                                       "easter",
                                       /* time zones, the net, "No." before a number:
                                        * never names (issue 23) */
                                       "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt",
                                       "pst", "pdt", "bst", "cet", "cest", "jst", "msk",
                                       "internet", "web", "no", NULL};

static const char *const events[] = {
    "war", "talks", "summit", "treaty", "agreement", "declaration", "accord", "conference",
    "games", "olympics", "cup", "festival", "revolution", "crisis", "award", "prize", "act",
    "convention", "protocol", "pact", "initiative", "programme", "operation", "election",
    "elections", "championship", "forum", "day", "week", "doctrine", "plan", "flight", NULL};

static pc_map classes, aliases;
/* where the names that start with each byte begin in gazetteer_names */
static uint32_t first_at[257];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void add_word(const char *w, uint32_t bit)
{
    uint32_t *v = pc_map_put(&classes, w, strlen(w), 0, NULL);
    *v |= bit;
}

/* Every word of a NULL-terminated list. */
static void add(const char *const *list, uint32_t bit)
{
    for (; *list; list++) add_word(*list, bit);
}

static void init(void)
{
    add(titles, N_TITLE);
    add(roles, N_ROLE);
    add(demonyms, N_DEMONYM);
    add(org_words, N_ORG);
    add(place_words, N_PLACE);
    add(gazetteer, N_GAZETTEER);
    for (int k = 0; k < 7; k++) add_word(pc_weekday_names[k], N_CALENDAR);
    for (int m = 0; m < 12; m++) add_word(pc_month_names[m], N_CALENDAR);
    add(pc_month_abbrevs, N_CALENDAR);
    add(calendar, N_CALENDAR);
    add(events, N_EVENT);
    for (uint32_t i = 0; name_aliases[i][0]; i++)
        pc_map_put(&aliases, name_aliases[i][0], strlen(name_aliases[i][0]), i, NULL);
    uint32_t total = (uint32_t)(sizeof gazetteer_names / sizeof *gazetteer_names), k = 0;
    for (unsigned b = 0; b < 256; b++) {
        first_at[b] = k;
        while (k < total && (unsigned char)gazetteer_names[k].name[0] == b) k++;
    }
    first_at[256] = total;
}

unsigned pc_name_class_lists(const char *lower, size_t n)
{
    pthread_once(&once, init);
    const uint32_t *v = pc_map_get(&classes, lower, n);
    return v ? *v : 0;
}

const char *pc_name_alias(const char *key, size_t n)
{
    pthread_once(&once, init);
    const uint32_t *v = pc_map_get(&aliases, key, n);
    return v ? name_aliases[*v][1] : NULL;
}

/* The classes of s[0..n) in the generated table: a binary search, so that
 * its 37,600 names cost no start-up time (put into the map they took 27 ms
 * per run, measured on a one-line input). */
static unsigned generated_class(const char *s, size_t n)
{
    static const unsigned bit[6] = {N_GAZETTEER, N_WNPLACE, N_WNORG, N_WNART, N_WNPERSON, N_COMMON};
    if (!n) return 0;
    size_t lo = first_at[(unsigned char)s[0]], hi = first_at[(unsigned char)s[0] + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *t = gazetteer_names[mid].name;
        int c = strncmp(t, s, n);
        if (c == 0 && t[n]) c = 1;
        if (c == 0) {
            unsigned out = 0;
            for (int k = 0; k < 6; k++)
                if (gazetteer_names[mid].classes & (1u << k)) out |= bit[k];
            return out;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

unsigned pc_name_class(const char *lower, size_t n)
{
    pthread_once(&once, init);
    const uint32_t *v = pc_map_get(&classes, lower, n);
    return (v ? *v : 0) | generated_class(lower, n);
}
