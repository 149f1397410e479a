#!/usr/bin/python3
"""tools/gen-gazetteer.py — writes src/story/gazetteer.inc, the place,
organisation, artifact and person-name tables entities.c reads through
names.c, from two installed Debian packages read at build time (committed
output, regenerate with `python3 tools/gen-gazetteer.py > src/story/gazetteer.inc`):

  iso-codes  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json:
             countries (name, common and official names) and their
             subdivisions (states, provinces, prefectures...) -> strong places;
             official name -> short name pairs (aliases).
  wordnet-base /usr/share/wordnet/data.noun (and cntlist.rev for the
             common lowercase words): capitalised lemmas by
             lexicographer file: 15 noun.location / 17 noun.object -> places,
             14 noun.group -> organisations, 06 noun.artifact -> artifacts,
             18 noun.person -> person names.  A lemma in two of these files
             ("Clinton": a town and a president) goes to none of the weak
             lists but person: evidence in the text decides.
"""
import json
import re

ISO = "/usr/share/iso-codes/json/"
WN = "/usr/share/wordnet/data.noun"


def key(s):
    s = s.lower().replace("_", " ")
    s = re.sub(r"\.(?=\s|$)", "", s)      # "u.s." -> "u.s" as entities.c keys it
    return re.sub(r"\s+", " ", s).strip()


def ok(s):
    return s and len(s) >= 3 and "," not in s and "'" not in s and "(" not in s and len(s) < 48


lex = {}
for line in open(WN, encoding="latin-1"):
    if line.startswith(" "):
        continue
    f = line.split()
    n = int(f[3], 16)
    for i in range(n):
        w = f[4 + 2 * i].split("(")[0]
        if w[0].isupper() and any(c.islower() for c in w[1:]) or (w.isupper() and len(w) >= 2):
            lex.setdefault(key(w), set()).add(int(f[1]))

# words WordNet writes in lowercase: a subdivision named by a common word
# ("Western", "Central", "Centre") is no evidence of a place
common = set()
for f in ("data.noun", "data.adj"):
    for line in open(WN.replace("data.noun", f), encoding="latin-1"):
        if line.startswith(" "):
            continue
        g = line.split()
        for i in range(int(g[3], 16)):
            w = g[4 + 2 * i].split("(")[0]
            if w.islower():
                common.add(w.replace("_", " "))

places, aliases = set(), {}
for c in json.load(open(ISO + "iso_3166-1.json"))["3166-1"]:
    short = c.get("common_name") or c["name"]
    for n in (c["name"], c.get("common_name"), c.get("official_name")):
        if n and ok(n):
            places.add(key(n))
            if key(n) != key(short) and ok(short):
                aliases[key(n)] = key(short)
for s in json.load(open(ISO + "iso_3166-2.json"))["3166-2"]:
    n = s["name"]
    # a subdivision whose name is also a person's (WordNet noun.person) stays out
    english = s["code"][:2] in ("US", "CA", "GB", "AU", "IE", "NZ")
    if ok(n) and (english or 18 not in lex.get(key(n), ())) and len(n) > 3 and key(n) not in common:
        places.add(key(n))

# the abbreviations news uses for countries and the United Nations
for a, b in (("u.s", "united states"), ("usa", "united states"), ("u.s.a", "united states"),
             ("america", "united states"), ("united states of america", "united states"),
             ("u.n", "united nations"), ("dprk", "north korea"), ("u.k", "united kingdom"),
             ("prc", "china"), ("ussr", "soviet union")):
    aliases[a] = b

wloc, worg, wart, wper = [], [], [], []
for w, ls in sorted(lex.items()):
    if not ok(w) or w in places:
        continue
    if ls & {15, 17} and not ls & {6, 14, 18}:
        wloc.append(w)
    elif 14 in ls and not ls & {6, 15, 17, 18}:
        worg.append(w)
    elif 6 in ls and not ls & {14, 15, 17, 18}:
        wart.append(w)
    elif 18 in ls and not ls & {14, 15, 17}:
        wper.append(w)


# common English words (lowercase lemmas SemCor attests, cntlist.rev, and
# the closed-class words WordNet leaves out): a capitalised one opening a
# sentence ("Greeting Abe", "Despite Japan") starts no name
semcor = set()
for line in open(WN.replace("data.noun", "cntlist.rev"), encoding="latin-1"):
    k = line.split()[0].split("%")[0]
    if k.isalpha() and k.islower() and k.isascii():
        semcor.add(k)
semcor |= {"despite", "although", "though", "unless", "until", "while", "whereas", "amid",
           "amidst", "among", "during", "since", "after", "before", "without", "within",
           "toward", "towards", "upon", "via", "per", "versus", "throughout", "besides",
           "beyond", "whether", "however", "meanwhile", "moreover", "nevertheless",
           "nonetheless", "therefore", "thus", "hence", "instead", "yet", "also", "even",
           "only", "just", "around", "about", "above", "below", "across", "against", "along",
           "behind", "beneath", "beside", "between", "inside", "outside", "under", "unlike",
           "onto", "into", "from", "with", "this", "that", "these", "those", "there", "here"}


# one table, sorted, each name with its classes (bits: 1 iso-codes place,
# 2 WordNet place, 4 WordNet group, 8 WordNet artifact, 16 WordNet person,
# 32 common word): names.c finds a name with one bisection
bits = {}
for items, bit in ((places, 1), (wloc, 2), (worg, 4), (wart, 8), (wper, 16), (semcor, 32)):
    for i in items:
        bits[i] = bits.get(i, 0) | bit
print("/* gazetteer.inc — generated by tools/gen-gazetteer.py from iso-codes and")
print(" * WordNet (wordnet-base); do not edit.  Keys are lowercase, single-spaced. */\n")
print("static const struct gazetteer_name {")
print("    const char *name;")
print("    unsigned char classes;")
print("} gazetteer_names[] = {")
for i in sorted(bits):
    print('    {"' + i.replace("\\", "\\\\").replace('"', '\\"') + '", ' + str(bits[i]) + '},')
print("};\n")
print("static const char *const name_aliases[][2] = {")
for a, b in sorted(aliases.items()):
    print(f'    {{"{a}", "{b}"}},')
print("    {NULL, NULL}};")
