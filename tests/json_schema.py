#!/usr/bin/env python3
"""json_schema.py PRECIS — every JSON output of the precis command line,
checked against its schema (docs/schema/<command>.schema.json) and for what a
schema cannot say: that references resolve inside one output.

    /usr/bin/python3 tests/json_schema.py build/precis

Runs every command with JSON output (summarize with every method, timeline,
entities, quotes, digest, batch, extract, segment, eval) on
examples/kuril-islands/, on a batch stream with malformed lines, blank lines
and a cluster without an id, and, when ../shared/data is there, on a handful
of DUC 2006 clusters and article-extraction pages.  For each output:
  - it validates against its schema (draft 2020-12, python3-jsonschema);
  - every document id it names is in the same object's "documents", a
    sentence's doc_index points at that document, start <= end, and for
    files on disk the bytes [start, end) are the text it gives;
  - entity ids are unique and a quote's "entity" is the id of an entity the
    same output lists, with the speaker's name (or null);
  - batch gives exactly one record per non-blank input line, in order, with
    the right line numbers, the same bytes for any -j.
It also checks that the schema files are what docs/schema/build.py writes,
that every field is in docs/json.md, and that the checks reject broken
outputs (a check that cannot fail tests nothing).
Prints ok/FAIL lines and 'N passed, N failed, N skipped'; exit 1 on failure.
Needs Debian's python3-jsonschema, hence /usr/bin/python3.
"""
import copy
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("json_schema.py: needs python3-jsonschema: run it with /usr/bin/python3")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_DIR = os.path.join(ROOT, "docs", "schema")
EX = "examples/kuril-islands"
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
HANDFUL = 3  # clusters and pages of the real data

counts = {"passed": 0, "failed": 0, "skipped": 0}


def ok(name):
    counts["passed"] += 1
    print("ok   " + name)


def fail(name, why):
    counts["failed"] += 1
    print("FAIL " + name)
    for line in (why if isinstance(why, list) else [why])[:6]:
        print("    " + str(line)[:300])


def skip(name, why):
    counts["skipped"] += 1
    print("skipped " + name + ": " + why)


def report(name, errors):
    if errors:
        fail(name, errors)
    else:
        ok(name)


# ---- running precis --------------------------------------------------------

PRECIS = None


def run(args, stdin=None):
    """(exit status, stdout, stderr) of precis ARGS, run from the repository."""
    p = subprocess.run([PRECIS] + args, cwd=ROOT, input=stdin, capture_output=True, timeout=600)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


# ---- schemas ---------------------------------------------------------------

VALIDATORS = {}


def validator(command):
    if command not in VALIDATORS:
        with open(os.path.join(SCHEMA_DIR, command + ".schema.json"), encoding="utf-8") as f:
            VALIDATORS[command] = Draft202012Validator(json.load(f))
    return VALIDATORS[command]


def schema_errors(command, value, where="$"):
    return ["%s%s: %s" % (where, "".join("[%r]" % p for p in e.absolute_path), e.message)
            for e in sorted(validator(command).iter_errors(value), key=lambda e: list(e.absolute_path))]


# ---- references inside one output -------------------------------------------


def fold(b):
    return " ".join(b.decode("utf-8", "replace").split())


class Files:
    """The bytes of the documents read from files, for offset checks."""

    def __init__(self):
        self.cache = {}

    def get(self, path):
        if not path:
            return None
        if path not in self.cache:
            full = path if os.path.isabs(path) else os.path.join(ROOT, path)
            try:
                with open(full, "rb") as f:
                    self.cache[path] = f.read()
            except OSError:
                self.cache[path] = None
        return self.cache[path]


FILES = Files()


def documents(obj, where, errs):
    """{id: (index, document)} of obj["documents"]; ids must be unique."""
    docs = {}
    for i, d in enumerate(obj.get("documents", [])):
        if d["id"] in docs:
            errs.append("%s.documents[%d]: id %r listed twice" % (where, i, d["id"]))
        docs[d["id"]] = (i, d)
    return docs


def span(docs, item, where, errs, offsets, exact=False, inside=False):
    """item["doc"] is listed; start <= end; with offsets, for a plain-text
    file (.txt: no markup, no entities between the bytes and the text) the
    bytes [start, end) are item["text"] (folded; exact: byte for byte;
    inside: they contain it, as a quotation's span holds its marks)."""
    if item["doc"] not in docs:
        errs.append("%s: doc %r is not in documents" % (where, item["doc"]))
        return
    if item["start"] > item["end"]:
        errs.append("%s: start %d > end %d" % (where, item["start"], item["end"]))
    if not offsets:
        return
    path = docs[item["doc"]][1].get("file")
    raw = FILES.get(path) if path and path.endswith(".txt") else None
    if raw is None:
        return
    got = raw[item["start"]:item["end"]]
    if exact:
        good = got.decode("utf-8", "replace") == item["text"]
    elif inside:
        good = " ".join(item["text"].split()) in fold(got)
    else:
        good = fold(got) == " ".join(item["text"].split())
    if not good:
        errs.append("%s: bytes %d-%d of %s are %r, not %r" % (where, item["start"], item["end"], item["doc"],
                                                            fold(got)[:60], item["text"][:60]))


def check_sentences(sents, docs, where, errs, offsets):
    for k, s in enumerate(sents):
        w = "%s[%d]" % (where, k)
        span(docs, s, w, errs, offsets)
        if s["doc"] in docs and docs[s["doc"]][0] != s["doc_index"]:
            errs.append("%s: doc_index %d but %r is document %d" % (w, s["doc_index"], s["doc"], docs[s["doc"]][0]))
        for a in s["also_in"]:
            if a not in docs or a == s["doc"]:
                errs.append("%s: also_in %r is not another listed document" % (w, a))


def refs_summary(s, where, errs, offsets):
    docs = documents(s, where, errs)
    check_sentences(s["sentences"], docs, where + ".sentences", errs, offsets)
    if s["budget"]["unit"] == "words" and s["words"] > s["budget"]["limit"]:
        errs.append("%s: %d words over a budget of %d" % (where, s["words"], s["budget"]["limit"]))


def refs_timeline(t, where, errs, offsets):
    docs = documents(t, where, errs)
    for k, e in enumerate(t["dates"]):
        check_sentences(e["sentences"], docs, "%s.dates[%d].sentences" % (where, k), errs, offsets)
    for k, u in enumerate(t["unresolved"]):
        span(docs, u, "%s.unresolved[%d]" % (where, k), errs, offsets, exact=True)


def refs_entities(e, where, errs, offsets):
    """The entities' checks; returns {id: entity}."""
    docs = documents(e, where, errs)
    ids = {}
    for k, en in enumerate(e["entities"]):
        w = "%s.entities[%d]" % (where, k)
        if en["id"] in ids:
            errs.append("%s: id %d given twice" % (w, en["id"]))
        ids[en["id"]] = en
        for d in en["per_document"]:
            if d not in docs:
                errs.append("%s.per_document: %r is not in documents" % (w, d))
        if sum(en["per_document"].values()) != en["mentions"] or len(en["mention_spans"]) != en["mentions"]:
            errs.append("%s: %d mentions, per_document adds to %d, %d spans" % (
                w, en["mentions"], sum(en["per_document"].values()), len(en["mention_spans"])))
        if len(en["per_document"]) != en["documents"]:
            errs.append("%s: documents %d but per_document names %d" % (w, en["documents"], len(en["per_document"])))
        for m, sp in enumerate(en["mention_spans"]):
            span(docs, sp, "%s.mention_spans[%d]" % (w, m), errs, offsets)
        order = [(docs[sp["doc"]][0], sp["start"]) for sp in en["mention_spans"] if sp["doc"] in docs]
        if order != sorted(order):
            errs.append("%s.mention_spans: not in document order" % w)
    return ids


def refs_quotes(q, where, errs, offsets, entities=None):
    """entities: {id: entity} of the same output, or None when it lists none
    (`precis quotes` lists its speakers' entities itself)."""
    if entities is None and "entities" in q:
        entities = {e["id"]: e for e in q["entities"]}
    docs = documents(q, where, errs)
    for k, x in enumerate(q["quotes"]):
        w = "%s.quotes[%d]" % (where, k)
        span(docs, x, w, errs, offsets, inside=True)
        ref = x["entity"]
        if ref is None:
            continue
        if entities is None or ref not in entities:
            errs.append("%s: entity %r is not an entity this output lists" % (w, ref))
        elif entities[ref]["name"] != x["speaker"]:
            errs.append("%s: entity %r is %r, the speaker %r" % (w, ref, entities[ref]["name"], x["speaker"]))


def refs_digest(d, where, errs, offsets):
    refs_summary(d["summary"], where + ".summary", errs, offsets)
    refs_timeline(d["timeline"], where + ".timeline", errs, offsets)
    ents = refs_entities(d["entities"], where + ".entities", errs, offsets)
    refs_quotes(d["quotes"], where + ".quotes", errs, offsets, ents)
    for part in ("summary", "timeline", "entities", "quotes"):
        if d[part]["cluster"] != d["cluster"]:
            errs.append("%s.%s: cluster %r, the digest's %r" % (where, part, d[part]["cluster"], d["cluster"]))


def refs_eval(e, where, errs, offsets):
    groups = [("", e)] if "metrics" in e else [(".peers[%r]" % p, v) for p, v in e["peers"].items()]
    for w, g in groups:
        names = set(g["metrics"])
        for name, m in g["metrics"].items():
            for q in "rpf":
                lo, hi = m[q + "_ci"]
                if lo > hi:
                    errs.append("%s%s.metrics[%r].%s_ci: low %g > high %g" % (where, w, name, q, lo, hi))
        per = g["per_cluster"] if "per_cluster" in g else g["clusters"]
        for c, scores in per.items():
            if set(scores) != names:
                errs.append("%s%s: cluster %r scored on %s, the averages on %s" % (where, w, c, sorted(scores), sorted(names)))


def refs_dates(d, where, errs, offsets):
    """precis dates: every expression's doc is listed, doc_index is its place,
    and its bytes are its text."""
    docs = documents(d, where, errs)
    for k, e in enumerate(d["expressions"]):
        w = "%s.expressions[%d]" % (where, k)
        span(docs, e, w, errs, offsets)
        if e["doc"] in docs and docs[e["doc"]][0] != e["doc_index"]:
            errs.append("%s: doc_index %d but %r is document %d" % (w, e["doc_index"], e["doc"], docs[e["doc"]][0]))


REFS = {
    "summarize": refs_summary,
    "dates": refs_dates,
    "timeline": refs_timeline,
    "entities": refs_entities,
    "quotes": refs_quotes,
    "digest": refs_digest,
    "eval": refs_eval,
}


def problems(command, value, where="$", offsets=False):
    """Schema errors, then (when valid) reference errors, of one output."""
    errs = schema_errors(command, value, where)
    if not errs and command in REFS:
        REFS[command](value, where, errs, offsets)
    return errs


def check_output(name, command, args, want_rc=0, lines=False, offsets=False, stdin=None):
    """Run precis, check its exit status and every JSON value it printed.
    Returns the parsed output (a list of values with lines=True), or None."""
    rc, out, err = run(args, stdin)
    if rc != want_rc:
        fail(name, ["exit %d, wanted %d" % (rc, want_rc)] + err.splitlines()[:4])
        return None
    try:
        values = [json.loads(l) for l in out.splitlines()] if lines else json.loads(out)
    except ValueError as e:
        fail(name, "not JSON: %s" % e)
        return None
    errs = []
    for k, v in enumerate(values if lines else [values]):
        errs += problems(command, v, "line %d" % (k + 1) if lines else "$", offsets)
    if lines and not values:
        errs.append("no line of output")
    report(name, errs)
    return values


# ---- the checks can fail ------------------------------------------------------


def negative_checks():
    """Broken outputs, made from real ones, must be rejected."""
    rc, out, _ = run(["digest", "-f", "json", "--max", "3", EX])
    if rc != 0:
        fail("negative checks: a digest to break", "precis digest failed")
        return
    d = json.loads(out)
    base = problems("digest", d)
    if base:
        fail("negative checks: the digest to break is itself invalid", base)
        return
    cases = []

    def case(name, command, value, offsets=False):
        cases.append((name, command, value, offsets))

    v = copy.deepcopy(d["summary"]); v["extra"] = 1
    case("a summary with a field no schema has", "summarize", v)
    v = copy.deepcopy(d["summary"]); del v["words"]
    case("a summary without its words", "summarize", v)
    v = copy.deepcopy(d["summary"]); v["budget"]["unit"] = "pages"
    case("a budget in an unknown unit", "summarize", v)
    v = copy.deepcopy(d["summary"]); v["sentences"][0]["doc"] = "nonesuch"
    case("a sentence of an unlisted document", "summarize", v)
    v = copy.deepcopy(d["summary"]); v["sentences"][0]["doc_index"] += 1
    case("a sentence whose doc_index is another document", "summarize", v)
    v = copy.deepcopy(d["summary"]); v["sentences"][0]["start"] += 2
    case("a sentence whose bytes are not its text", "summarize", v, offsets=True)
    v = copy.deepcopy(d["summary"]); v["sentences"][0]["also_in"] = [v["sentences"][0]["doc"]]
    case("a sentence also in its own document", "summarize", v)
    v = copy.deepcopy(d["timeline"]); e = next(x for x in v["dates"] if x["grain"] == "year"); e["date"] += "-01"
    case("a year-grain date written as a month", "timeline", v)
    v = copy.deepcopy(d["entities"]); v["entities"][1]["id"] = v["entities"][0]["id"]
    case("two entities with one id", "entities", v)
    v = copy.deepcopy(d["entities"]); v["entities"][0]["type"] = "animal"
    case("an entity of an unknown type", "entities", v)
    v = copy.deepcopy(d); v["quotes"]["quotes"][0]["entity"] = 17
    case("a digest quote pointing at an entity it does not list", "digest", v)
    v = copy.deepcopy(d); q = v["quotes"]["quotes"][0]; q["entity"] = 1 if q["speaker"] != v["entities"]["entities"][1]["name"] else 0
    case("a digest quote pointing at another speaker's entity", "digest", v)
    v = copy.deepcopy(d["quotes"]); v["quotes"][0]["entity"] = 0
    case("a quotes output pointing at an entity (it lists none)", "quotes", v)
    case("a batch error record at line 0", "batch", {"line": 0, "id": None, "error": "x"})
    case("a batch error record without its message", "batch", {"line": 3, "id": None})
    case("a segment line removed for an unknown reason", "segment",
         {"doc": "a", "start": 0, "end": 1, "text": "x", "removed": "whim"})
    missed = [name for name, command, value, offsets in cases if not problems(command, value, offsets=offsets)]
    report("the checks reject %d kinds of broken output" % len(cases),
           ["not rejected: " + m for m in missed])


# ---- the schema files and the documentation -----------------------------------


def check_schema_files():
    spec = importlib.util.spec_from_file_location("schema_build", os.path.join(SCHEMA_DIR, "build.py"))
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    errs = []
    for command in build.COMMANDS:
        path = os.path.join(SCHEMA_DIR, command + ".schema.json")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            errs.append("%s: missing" % path)
            continue
        if text != build.render(command):
            errs.append("%s differs from what docs/schema/build.py writes: run it" % os.path.relpath(path, ROOT))
        try:
            Draft202012Validator.check_schema(json.loads(text))
        except Exception as e:  # a SchemaError, or not JSON
            errs.append("%s: not a valid draft 2020-12 schema: %s" % (command, str(e).splitlines()[0]))
    extra = {f[:-len(".schema.json")] for f in os.listdir(SCHEMA_DIR) if f.endswith(".schema.json")} - set(build.COMMANDS)
    errs += ["docs/schema/%s.schema.json: no command of build.py writes it" % x for x in sorted(extra)]
    report("docs/schema: a valid schema for each of %d commands, as build.py writes them" % len(build.COMMANDS), errs)

    # every field of every object is documented in docs/json.md
    try:
        with open(os.path.join(ROOT, "docs", "json.md"), encoding="utf-8") as f:
            md = f.read()
    except OSError:
        md = ""
    undocumented = set()

    def walk(node):
        if isinstance(node, dict):
            for k in node.get("properties", {}):
                if "| `%s` |" % k not in md:
                    undocumented.add(k)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(build.DEFS)
    report("docs/json.md has a table row for every field", ["no row for `%s`" % k for k in sorted(undocumented)])
    undescribed = []

    def described(node, where):
        if isinstance(node, dict):
            for k, v in node.get("properties", {}).items():
                if "description" not in v and "$ref" not in v:
                    undescribed.append(where + "." + k)
            for k, v in node.items():
                described(v, where + "/" + k)
    described(build.DEFS, "$defs")
    report("every field of the schemas has a description", undescribed)


# ---- the commands on the example ----------------------------------------------


def example_outputs():
    rc, out, _ = run(["summarize", "--list-methods"])
    methods = [l.split()[0] for l in out.splitlines() if l and not l.startswith(" ")]
    for m in methods:
        check_output("summarize -m %s on the example" % m, "summarize", ["summarize", "-f", "json", "-m", m, EX],
                     offsets=True)
    check_output("summarize -b 665 --truncate", "summarize", ["summarize", "-f", "json", "-b", "665", "--truncate", EX],
                 offsets=False)
    check_output("summarize -s 3 -q (query and sentence budget)", "summarize",
                 ["summarize", "-f", "json", "-s", "3", "-q", "fishing rights near the islands", EX], offsets=True)
    check_output("timeline", "timeline", ["timeline", "-f", "json", EX], offsets=True)
    check_output("timeline --max-dates 3", "timeline", ["timeline", "-f", "json", "--max-dates", "3", EX], offsets=True)
    check_output("dates", "dates", ["dates", "-f", "json", EX], offsets=True)
    check_output("entities", "entities", ["entities", "-f", "json", EX], offsets=True)
    check_output("entities --type person --max 3", "entities",
                 ["entities", "-f", "json", "--type", "person", "--max", "3", EX], offsets=True)
    q = check_output("quotes", "quotes", ["quotes", "-f", "json", EX], offsets=True)
    check_output("quotes --max 3", "quotes", ["quotes", "-f", "json", "--max", "3", EX], offsets=True)
    d = check_output("digest", "digest", ["digest", "-f", "json", EX], offsets=True)
    # few entities, many quotes: the quotes of the speakers left out have no entity
    d5 = check_output("digest --max 2 --max-quotes 8 (speakers left out)", "digest",
                      ["digest", "-f", "json", "--max", "2", "--max-quotes", "8", EX], offsets=True)
    if d and d5:
        linked = sum(x["entity"] is not None for x in d["quotes"]["quotes"])
        unlisted = sum(x["entity"] is None and x["cue"] is not None for x in d5["quotes"]["quotes"])
        report("digest: quotes link to listed entities (%d linked), and to none when unlisted (%d)" % (linked, unlisted),
               [] if linked and unlisted else ["linked %d, unlisted %d: both should be > 0" % (linked, unlisted)])
    if q:
        ids = {e["id"]: e["name"] for e in q.get("entities", [])}
        report("quotes: speakers' entities listed, every quote's entity id among them with its name",
               [] if ids and any(x["entity"] is not None for x in q["quotes"]) and
               all(x["entity"] is None or ids.get(x["entity"]) == x["speaker"] for x in q["quotes"])
               else ["no speaker entities, or a quote whose entity id is not listed with its name"])
    check_output("segment --removed", "segment", ["segment", "-f", "json", "--removed", EX], lines=True)
    pages = sorted(os.path.join("tests/data/html", f) for f in os.listdir(os.path.join(ROOT, "tests/data/html"))
                   if f.endswith(".html"))
    rc, out, err = run(["extract", "-f", "json"] + pages)
    values = [json.loads(l) for l in out.splitlines()]
    errs = []
    for k, v in enumerate(values):
        errs += schema_errors("extract", v, "line %d" % (k + 1))
    failed = err.count(": error: ")
    if len(values) + failed != len(pages):
        errs.append("%d pages, %d articles and %d errors" % (len(pages), len(values), failed))
    report("extract: %d test pages, %d articles" % (len(pages), len(values)), errs)


def eval_outputs(tmp):
    """Dataset mode (two clusters, jackknifed) and a ROUGE configuration with
    two peers: the two shapes of eval's JSON."""
    rc, seg, _ = run(["segment", EX])
    sents = seg.splitlines()
    ds, sysdir = os.path.join(tmp, "ds"), os.path.join(tmp, "sys")
    for c, k in (("kuril-a", 0), ("kuril-b", 10)):
        os.makedirs(os.path.join(ds, c, "refs"))
        for r, off in (("A", 0), ("B", 3)):
            with open(os.path.join(ds, c, "refs", r + ".txt"), "w") as f:
                f.write("\n".join(sents[k + off:k + off + 4]) + "\n")
        os.makedirs(sysdir, exist_ok=True)
        with open(os.path.join(sysdir, c + ".txt"), "w") as f:
            f.write("\n".join(sents[k + 1:k + 4]) + "\n")
    v = check_output("eval --refs --sys (dataset mode)", "eval",
                     ["eval", "--refs", ds, "--sys", sysdir, "--stem", "-w", "1.2", "--format", "json"])
    if v:
        report("eval: per_cluster names the dataset's clusters", [] if sorted(v["per_cluster"]) == ["kuril-a", "kuril-b"]
               else ["per_cluster: %s" % sorted(v["per_cluster"])])
    peers, models = os.path.join(tmp, "p"), os.path.join(tmp, "m")
    os.makedirs(peers), os.makedirs(models)
    evals = []
    for c, k in (("e1", 0), ("e2", 10)):
        for p, off in (("S1", 1), ("S2", 5)):
            with open(os.path.join(peers, "%s.%s" % (c, p)), "w") as f:
                f.write("\n".join(sents[k + off:k + off + 3]) + "\n")
        with open(os.path.join(models, c + ".A"), "w") as f:
            f.write("\n".join(sents[k:k + 4]) + "\n")
        evals.append('<EVAL ID="%s"><PEER-ROOT>%s</PEER-ROOT><MODEL-ROOT>%s</MODEL-ROOT>'
                     '<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="S1">%s.S1</P><P ID="S2">%s.S2</P></PEERS>'
                     '<MODELS><M ID="A">%s.A</M></MODELS></EVAL>' % (c, peers, models, c, c, c))
    conf = os.path.join(tmp, "conf.xml")
    with open(conf, "w") as f:
        f.write('<ROUGE_EVAL version="1.5.5">%s</ROUGE_EVAL>\n' % "".join(evals))
    v = check_output("eval --rouge-config, two peers", "eval", ["eval", "--rouge-config", conf, "--format", "json"])
    if v:
        report("eval: the configuration's peers", [] if sorted(v["peers"]) == ["S1", "S2"] else [sorted(v["peers"])])


# ---- batch ------------------------------------------------------------------------


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def batch_stream():
    """(the stream's bytes, what each line should give): per non-blank line
    (line number, "ok" with the expected cluster name, or "error" with the
    expected id)."""
    arts = [read("%s/article-%d.txt" % (EX, i)) for i in range(1, 6)]
    lines, want = [], []

    def add(raw, expect=None):
        lines.append(raw)
        if expect:
            want.append((len(lines),) + expect)

    add(json.dumps({"id": "k1", "docs": [{"id": "a1", "text": arts[0]}, {"id": "a2", "text": arts[1]}]}), ("ok", "k1"))
    add('{"id": "broken", "docs": [ {"text": "x" ,, ]}', ("error", None))
    add("")
    add("   ")
    add(json.dumps({"docs": [{"id": "a3", "text": arts[2]}, {"id": "a4", "text": arts[3]}]}), ("ok", "line 5"))
    add(json.dumps({"id": "empty", "docs": []}), ("error", "empty"))
    add("42", ("error", None))
    add(json.dumps({"id": "k3", "query": "fishing rights", "docs": [arts[4], arts[0]]}), ("ok", "k3"))
    add(json.dumps({"id": "nodocs"}), ("error", "nodocs"))
    add(json.dumps({"docs": [arts[1]]}), ("ok", "line 10"))
    add(json.dumps({"id": "blank-text", "docs": [{"id": "x", "text": "   "}]}), ("error", "blank-text"))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # a line that is not UTF-8 at all
    data += b'{"id": "latin1", "docs": ["caf\xe9 au lait is served here every day of the week."]}\n'
    want.append((len(lines) + 1, "error", None))
    return data, want


def check_batch_records(name, out, want, errs_file=None, stderr=""):
    errs = []
    recs = [json.loads(l) for l in out.splitlines()]
    if len(recs) != len(want):
        errs.append("%d records for %d non-blank lines" % (len(recs), len(want)))
    for k, (rec, (line, kind, label)) in enumerate(zip(recs, want)):
        w = "record %d (input line %d)" % (k + 1, line)
        errs += schema_errors("batch", rec, w)
        if kind == "ok":
            if "error" in rec:
                errs.append("%s: an error (%s), wanted a summary" % (w, rec["error"]))
            elif rec["cluster"] != label:
                errs.append("%s: cluster %r, wanted %r" % (w, rec["cluster"], label))
            else:
                refs_summary(rec, w, errs, False)
        else:
            if "error" not in rec:
                errs.append("%s: a summary, wanted an error record" % w)
            elif rec["line"] != line or rec["id"] != label:
                errs.append("%s: line %r id %r, wanted line %d id %r" % (w, rec["line"], rec["id"], line, label))
            elif ("precis batch: " + json.dumps(rec, separators=(",", ":"), ensure_ascii=False)) not in stderr:
                errs.append("%s: the record is not on stderr" % w)
    if errs_file is not None:
        got = [json.loads(l) for l in errs_file.splitlines()]
        wanted = [r for r in recs if "error" in r]
        if got != wanted:
            errs.append("--errors file has %d records, stdout %d error records, or they differ" % (len(got), len(wanted)))
    report(name, errs)


def batch_outputs(tmp):
    data, want = batch_stream()
    path = os.path.join(tmp, "stream.jsonl")
    with open(path, "wb") as f:
        f.write(data)
    outs = {}
    for j in (1, 2, 4):
        errors = os.path.join(tmp, "errors-%d.jsonl" % j)
        p = subprocess.run([PRECIS, "batch", "-j", str(j), "--no-progress", "--errors", errors, path], cwd=ROOT,
                           capture_output=True, timeout=600)
        if p.returncode != 1:
            fail("batch -j %d: exit status" % j, "exit %d, wanted 1 (some lines fail)" % p.returncode)
            continue
        outs[j] = p.stdout
        with open(errors, encoding="utf-8") as f:
            check_batch_records("batch -j %d: one record per non-blank line, in place, schema-valid" % j,
                                p.stdout.decode("utf-8"), want, f.read(), p.stderr.decode("utf-8", "replace"))
    if len(outs) == 3:
        report("batch: the same bytes for -j 1, 2 and 4", [] if outs[1] == outs[2] == outs[4] else ["outputs differ"])
    # standard input, and the text format's blocks
    p = subprocess.run([PRECIS, "batch", "-j", "2", "-"], cwd=ROOT, input=data, capture_output=True, timeout=600)
    report("batch reads the same stream from standard input", [] if p.stdout == outs.get(1) else ["output differs"])
    p = subprocess.run([PRECIS, "batch", "-j", "2", "-f", "text", "-s", "1", path], cwd=ROOT, capture_output=True,
                       timeout=600)
    heads = [l[2:] for l in p.stdout.decode("utf-8").splitlines() if l.startswith("# ")]
    names = []
    for line, kind, label in want:
        names.append(label if label is not None else "line %d" % line)
    report("batch -f text: one block per non-blank line, named by id or line",
           [] if heads == names else ["blocks %s, wanted %s" % (heads, names)])
    # Multi-News lines have no id: named by their line
    mn = os.path.join(tmp, "mn.txt")
    with open(mn, "w") as f:
        f.write("First article sentence one is here. NEWLINE_CHAR Second sentence of it follows now."
                "|||||Another article starts here today. NEWLINE_CHAR It ends with this sentence.\n")
        f.write("|||||   |||||\n")
        f.write("\n")
        f.write("A lone article of one sentence stands here today.\n")
    rc, out, err = run(["batch", "--input", "multinews", "-j", "2", mn])
    check_batch_records("batch --input multinews: named by line, the empty line an error record", out,
                        [(1, "ok", "line 1"), (2, "error", None), (4, "ok", "line 4")], stderr=err)


# ---- real data ----------------------------------------------------------------------


def real_data(tmp):
    duc = os.path.join(SHARED, "duc2006", "clusters")
    if os.path.isdir(duc):
        clusters = sorted(os.listdir(duc))[:HANDFUL]
        sysdir, ds = os.path.join(tmp, "duc-sys"), os.path.join(tmp, "duc-ds")
        os.makedirs(sysdir), os.makedirs(ds)
        for c in clusters:
            docs = os.path.join(duc, c, "docs")
            s = check_output("DUC %s: summarize -b 665" % c, "summarize",
                             ["summarize", "-f", "json", "-b", "665", docs])
            for cmd in ("timeline", "entities", "quotes", "digest"):
                check_output("DUC %s: %s" % (c, cmd), cmd, [cmd, "-f", "json", "--quiet", docs])
            check_output("DUC %s: segment --removed" % c, "segment", ["segment", "-f", "json", "--removed", docs],
                         lines=True)
            if s:
                with open(os.path.join(sysdir, c + ".txt"), "w") as f:
                    f.write("".join(x["text"] + "\n" for x in s["sentences"]))
                os.symlink(os.path.join(duc, c), os.path.join(ds, c))
        check_output("DUC: eval of %d clusters" % len(clusters), "eval",
                     ["eval", "--refs", ds, "--sys", sysdir, "--stem", "-r", "200", "--format", "json"])
    else:
        skip("DUC 2006 clusters", "no %s" % duc)
    pages_dir = os.path.join(SHARED, "article-extraction", "html")
    if os.path.isdir(pages_dir):
        pages = [os.path.join(pages_dir, f) for f in sorted(os.listdir(pages_dir)) if f.endswith(".html")][:HANDFUL + 2]
        rc, out, err = run(["extract", "-f", "json"] + pages)
        values = [json.loads(l) for l in out.splitlines()]
        errs = []
        for k, v in enumerate(values):
            errs += schema_errors("extract", v, "line %d" % (k + 1))
        if len(values) + err.count(": error: ") != len(pages):
            errs.append("%d pages gave %d articles and %d errors" % (len(pages), len(values), err.count(": error: ")))
        report("article-extraction: extract %d pages" % len(pages), errs)
        check_output("article-extraction: summarize %d pages as a cluster" % len(pages), "summarize",
                     ["summarize", "-f", "json", "--quiet"] + pages)
        check_output("article-extraction: digest of %d pages" % len(pages), "digest",
                     ["digest", "-f", "json", "--quiet"] + pages)
    else:
        skip("article-extraction pages", "no %s" % pages_dir)


def main():
    global PRECIS
    if len(sys.argv) != 2:
        sys.exit("usage: json_schema.py PATH/TO/precis")
    PRECIS = os.path.abspath(sys.argv[1])
    if not os.access(PRECIS, os.X_OK):
        sys.exit("json_schema.py: %s: not an executable" % sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        for part in (check_schema_files, negative_checks, example_outputs, eval_outputs, batch_outputs, real_data):
            try:
                part(tmp) if part.__code__.co_argcount else part()
            except Exception as e:  # an output too far from its schema to check further
                fail("%s stopped: %s: %s" % (part.__name__, type(e).__name__, e), [])
    print("%d passed, %d failed, %d skipped" % (counts["passed"], counts["failed"], counts["skipped"]))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
