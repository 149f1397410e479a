#!/usr/bin/env python3
"""build.py — writes docs/schema/<command>.schema.json, the JSON Schemas
(draft 2020-12) of what every precis command prints as JSON, from the one
set of definitions below.  The commands share objects (a summary is the
output of `summarize`, a record of `batch` and a section of `digest`), so
each object is defined once here and copied into the $defs of every schema
that uses it: every .schema.json file stands alone, with no reference to
another file, and any validator can load it by itself.

Run it after changing a definition:  python3 docs/schema/build.py
tests/json_schema.py fails when the files differ from what this writes.
docs/json.md explains every field with an example.

What a schema cannot say, tests/json_schema.py checks: that references
resolve inside one output (a sentence's "doc" is listed in "documents", a
quote's "entity" is the "id" of a listed entity), that doc_index points at
that document, that start <= end, and that batch gives one record a line.
"""
import json
import os
import sys

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# ---- building blocks --------------------------------------------------------


def ref(name):
    return {"$ref": "#/$defs/" + name}


def nullable(schema):
    """The schema, or null."""
    return {"anyOf": [schema, {"type": "null"}]}


def string(description, **kw):
    return dict({"type": "string", "description": description}, **kw)


def count(description, minimum=0):
    return {"type": "integer", "minimum": minimum, "description": description}


def closed(description, properties, optional=()):
    """An object with exactly these fields (those in `optional` may be
    absent), nothing else."""
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": [k for k in properties if k not in optional],
        "additionalProperties": False,
    }


def described(schema, description):
    return dict(schema, description=description)


OFFSET = "byte offset in the document's original input (the file as read, or the JSON \"text\" string as UTF-8)"
DOC_ID = string("id of a document listed in the same object's \"documents\"")
CLUSTER = nullable(string("the cluster's id"))
CLUSTER["description"] = ("the cluster's id: the \"id\" of a JSON cluster object, null for files and "
                          "directories (in batch: \"line N\" when the line gives no id)")
LANGUAGE = string("the language the cluster was processed in: a Snowball stemmer name (\"english\", "
                  "\"spanish\"), \"japanese\", \"chinese\", or another lowercase ISO 639 name (processed "
                  "language-neutrally); --language or the cluster's \"language\" when given, else the "
                  "majority of the documents' detected languages", pattern=r"^[a-z][a-z ]*$")
WARNINGS = {"type": "array", "items": {"type": "string"},
            "description": "what may make the output poorer, e.g. a language precis has no stemmer or "
                           "stopwords for; absent when nothing"}
ISO_DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
ISO_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

METHODS = ["coverage", "ilp", "submodular", "lexrank", "textrank", "centroid", "sumbasic", "klsum", "lead"]
UNITS = ["words", "bytes", "sentences"]
GRAINS = ["day", "week", "month", "year"]
ENTITY_TYPES = ["person", "place", "organization", "other"]
CUES = ["X said", "said X", "according to X", "label", "previous sentence", "pronoun", "continued", "colon"]
BLOCK_KINDS = ["paragraph", "heading", "list-item", "quote", "pre"]
REMOVAL_REASONS = ["metadata", "dateline", "caption", "label", "boilerplate", "heading", "repeated",
                   "desk-note", "contact", "budget", "notice", "slug", "end"]
METRIC = r"^ROUGE-([1-9][0-9]*|L|W-[0-9.]+|SU?([0-9]+|\*))$"

# ---- the shared objects -----------------------------------------------------

DEFS = {}

DEFS["document"] = closed("a document of the cluster, in cluster order", {
    "id": string("the document's id: its \"id\" in a JSON cluster, else its file name, else \"doc-N\""),
    "file": described(nullable({"type": "string"}),
                      "the name it was read under, as diagnostics name it: the file's path, \"<stdin>\", a URL, "
                      "or for a document of a JSON cluster \"NAME:ID\" / \"NAME:docs[N]\" (NAME: the file, or in "
                      "batch the cluster's name)"),
    "title": described(nullable({"type": "string"}), "its title when the input gives one, else null"),
    "source": described(nullable({"type": "string"}), "its outlet or source when the input gives one, else null"),
    "date": described(nullable({"type": "string", "pattern": ISO_DATE}),
                      "its date as YYYY-MM-DD (YYYY-MM or YYYY when no more is known), from its metadata, a "
                      "'date' line or a dateline; null when undated"),
})

DEFS["documents"] = {
    "type": "array",
    "description": "the cluster's documents in cluster order: a sentence's doc_index is its place here",
    "items": ref("document"),
}


def sentence(with_truncated):
    props = {
        "text": string("the sentence, its runs of whitespace folded to one space"),
        "doc": DOC_ID,
        "doc_index": count("0-based index of that document in \"documents\""),
        "sentence": count("0-based index of the sentence in its document"),
        "start": count("where the sentence starts: " + OFFSET),
        "end": count("where it ends (exclusive): " + OFFSET),
        "score": {"type": "number", "description": "the method's score of the sentence (higher is better; the scale is the method's)"},
    }
    if with_truncated:
        props["truncated"] = {"type": "boolean",
                              "description": "true when --truncate cut the sentence to fill the budget exactly"}
    props["also_in"] = {"type": "array", "uniqueItems": True, "items": DOC_ID,
                        "description": "ids of the other documents that carry a near-duplicate of the sentence"}
    return closed("a sentence of the input, attributed to its document and bytes", props)


DEFS["summary_sentence"] = sentence(True)
DEFS["timeline_sentence"] = sentence(False)

DEFS["summary"] = closed("a summary: the sentences selected, in output order, and the cluster's documents", {
    "cluster": CLUSTER,
    "language": LANGUAGE,
    "method": string("the summarization method (-m)", enum=METHODS),
    "query": described(nullable({"type": "string"}), "the query the summary is focused on (-q), or null"),
    "method_note": string("what the method reports about its run (\"optimal\", \"greedy fallback: ...\"); absent when nothing"),
    "warnings": {"type": "array", "items": {"type": "string"}, "description": "what the reader should know (a query that matches nothing); absent when nothing"},
    "budget": closed("the length limit", {
        "unit": string("what the limit counts", enum=UNITS),
        "limit": count("the limit, in that unit"),
    }),
    "words": count("words in the summary"),
    "sentences": {"type": "array", "items": ref("summary_sentence"), "description": "the summary's sentences, in order"},
    "documents": ref("documents"),
    "warnings": WARNINGS,
}, optional=("method_note", "warnings"))

DEFS["date_entry"] = {
    **closed("one date of the story, told by the sentences the articles agree on most", {
        "date": string("the date at its grain: YYYY, YYYY-MM, YYYY-MM-DD (a week: its Monday)"),
        "grain": string("how precise the date is", enum=GRAINS),
        "mentions": count("sentences of the cluster that mention the date", 1),
        "documents": count("documents that mention it", 1),
        "sentences": {"type": "array", "items": ref("timeline_sentence"),
                      "description": "the sentences chosen to tell it (at least one)", "minItems": 1},
    }),
    "allOf": [
        {"if": {"properties": {"grain": {"const": "year"}}},
         "then": {"properties": {"date": {"pattern": r"^[0-9]{4}$"}}}},
        {"if": {"properties": {"grain": {"const": "month"}}},
         "then": {"properties": {"date": {"pattern": r"^[0-9]{4}-[0-9]{2}$"}}}},
        {"if": {"properties": {"grain": {"enum": ["week", "day"]}}},
         "then": {"properties": {"date": {"pattern": ISO_DAY}}}},
    ],
}

DEFS["timeline"] = closed("the dated events of the story, in date order", {
    "cluster": CLUSTER,
    "language": LANGUAGE,
    "dates": {"type": "array", "items": ref("date_entry"), "description": "one entry per date, in date order"},
    "unresolved": {"type": "array", "description": "relative date expressions of undated documents, which cannot be resolved",
                   "items": closed("a relative date expression that could not be resolved", {
                       "text": string("the expression (\"Monday\", \"last year\")"),
                       "doc": DOC_ID,
                       "start": count("where it starts: " + OFFSET),
                       "end": count("where it ends (exclusive): " + OFFSET),
                       "grain": string("the expression's precision", enum=GRAINS + ["none"]),
                   })},
    "documents": ref("documents"),
})

DEFS["entity"] = closed("a person, place or organisation, its aliases merged", {
    "id": count("the entity's id in this output (its place in the list): what a quote's \"entity\" refers to"),
    "name": string("the fullest common form of the name, titles removed"),
    "type": string("what it is", enum=ENTITY_TYPES),
    "mentions": count("mentions in the cluster", 1),
    "documents": count("documents that mention it", 1),
    "aliases": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                "description": "every distinct form seen, as written"},
    "per_document": {"type": "object", "description": "mentions in each document that mentions it, by document id",
                     "additionalProperties": count("mentions in that document", 1)},
    "mention_spans": {"type": "array", "description": "every mention, in document order",
                      "items": closed("a mention", {
                          "doc": DOC_ID,
                          "start": count("where it starts: " + OFFSET),
                          "end": count("where it ends (exclusive): " + OFFSET),
                          "text": string("the mention as written, titles included"),
                      })},
})

DEFS["entities"] = closed("the people, places and organisations of the story, most mentioned first", {
    "cluster": CLUSTER,
    "entities": {"type": "array", "items": ref("entity"), "description": "the entities, most mentioned first"},
    "language": string("the language the names were read in: a Snowball name (\"english\", \"german\"), "
                       "or \"japanese\", \"chinese\""),
    "note": string("present when precis reads no names in the language (Chinese, Japanese): "
                   "why \"entities\" is empty"),
    "documents": ref("documents"),
}, optional=("note",))

DEFS["quote"] = closed("a direct quotation and its speaker", {
    "text": string("the words quoted, without the quotation marks"),
    "speaker": described(nullable({"type": "string"}),
                         "who said it: the name of the speaker's entity when known, else the speaker as written, "
                         "or null when no speaker was found"),
    "speaker_as_written": described(nullable({"type": "string"}),
                                    "the speaker as the article names them (\"Lavrov\", \"he\", a label), or null"),
    "entity": described(nullable(count("an entity id")),
                        "the \"id\" of the speaker's entity in this output's \"entities\" (in `precis quotes`, "
                        "its list of speakers), or null when the output does not list it"),
    "cue": described(nullable({"type": "string", "enum": CUES}),
                     "how the speaker was found, or null when there is none"),
    "doc": DOC_ID,
    "start": count("where the quotation starts, marks included: " + OFFSET),
    "end": count("where it ends (exclusive), marks included: " + OFFSET),
})

DEFS["quotes"] = closed("direct quotations of three words or more, with their speakers", {
    "cluster": CLUSTER,
    "language": described(nullable({"type": "string"}),
                          "the language whose quotation marks and speech verbs were used (a Snowball name, "
                          "e.g. \"english\"), or null when unknown"),
    "quotes": {"type": "array", "items": ref("quote"), "description": "the quotations (with --max: the key ones)"},
    "entities": {"type": "array", "description": "`precis quotes` only: the speakers' entities, which the quotes' "
                 "\"entity\" ids refer to (in a digest, the ids refer to the digest's entities)",
                 "items": closed("a speaker's entity", {
                     "id": count("its id in this output (its place in the list)"),
                     "name": string("the entity's name: the speaker of the quotes that refer to it"),
                     "type": string("what it is", enum=ENTITY_TYPES),
                 })},
    "documents": ref("documents"),
}, optional=("entities",))

DEFS["digest"] = closed("summary, timeline, entities and quotes of one cluster in one report", {
    "cluster": CLUSTER,
    "language": LANGUAGE,
    "summary": described(ref("summary"), "the summary: what `precis summarize -f json` prints"),
    "timeline": described(ref("timeline"), "the timeline (12 dates by default): what `precis timeline -f json` prints"),
    "entities": described(ref("entities"), "the leading entities (12 by default): what `precis entities -f json` prints"),
    "quotes": described(ref("quotes"), "the key quotes (6 by default); their \"entity\" ids refer to the entities above"),
})

DEFS["batch_error"] = closed("a line of the stream that could not be summarised, in its place", {
    "line": count("the line's number in the input (1-based; blank lines count)", 1),
    "id": described(nullable({"type": "string"}), "the cluster's \"id\" when the line gives one, else null"),
    "error": string("what went wrong (malformed JSON, no document with text, ...)"),
})

DEFS["paragraph"] = closed("a block of the article's body", {
    "text": string("the block's text, whitespace folded"),
    "start": count("where it starts: byte offset in the page as read"),
    "end": count("where it ends (exclusive): byte offset in the page as read"),
    "kind": string("what kind of block it is", enum=BLOCK_KINDS),
})

DEFS["article"] = closed("the article of one web page", {
    "title": described(nullable({"type": "string"}), "the headline, or null"),
    "date": described(nullable({"type": "string", "pattern": ISO_DATE}),
                      "the publication date as YYYY-MM-DD (YYYY-MM or YYYY when the page gives no more), or null"),
    "author": described(nullable({"type": "string"}), "the byline, or null"),
    "site": described(nullable({"type": "string"}), "the site's name, or null"),
    "url": described(nullable({"type": "string"}), "the page's address: its canonical link, og:url or JSON-LD url, else the URL it was fetched from, or null"),
    "lang": described(nullable({"type": "string"}), "the page's language (<html lang>, og:locale), or null"),
    "encoding": string("what the page was read as, e.g. \"UTF-8\""),
    "text": string("the body: the paragraphs' texts separated by blank lines"),
    "paragraphs": {"type": "array", "items": ref("paragraph"), "description": "the body's blocks, in order"},
})

DEFS["segment"] = closed("a sentence of a document after cleaning, or a span the cleaner removed", {
    "doc": string("the document's id"),
    "start": count("where it starts: " + OFFSET),
    "end": count("where it ends (exclusive): " + OFFSET),
    "text": string("the sentence or span (control characters as spaces)"),
    "removed": described(nullable({"type": "string", "enum": REMOVAL_REASONS}),
                         "why the cleaner removed it (--removed), or null for a sentence kept"),
    "language": LANGUAGE,
})

SCORE = {"type": "number", "minimum": 0, "maximum": 1}
CI = {"type": "array", "prefixItems": [SCORE, SCORE], "minItems": 2, "maxItems": 2}
DEFS["metric_average"] = closed("a metric's bootstrap average over the evaluations, with its confidence intervals", {
    "r": described(SCORE, "recall"),
    "r_ci": described(CI, "recall's confidence interval [low, high]"),
    "p": described(SCORE, "precision"),
    "p_ci": described(CI, "precision's confidence interval [low, high]"),
    "f": described(SCORE, "F-measure, F = 1/(alpha/P + (1-alpha)/R) (alpha: -p, default 0.5)"),
    "f_ci": described(CI, "F's confidence interval [low, high]"),
})
DEFS["metric_score"] = closed("a metric's score on one cluster: the mean over its (jackknifed) evaluations", {
    "r": described(SCORE, "recall"),
    "p": described(SCORE, "precision"),
    "f": described(SCORE, "F-measure"),
})
DEFS["metrics"] = {"type": "object", "description": "averages by metric name (ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-SU4, ...)",
                   "propertyNames": {"pattern": METRIC}, "additionalProperties": ref("metric_average")}
DEFS["per_cluster"] = {"type": "object", "description": "by cluster id: the scores by metric name",
                       "additionalProperties": {"type": "object", "propertyNames": {"pattern": METRIC},
                                                "additionalProperties": ref("metric_score")}}
DEFS["eval"] = {
    **closed("a ROUGE evaluation: averages with confidence intervals, and every cluster's scores", {
        "settings": closed("the settings of the run", {
            "words": count("-l / --words: every summary truncated to this many words, 0 for none"),
            "bytes": count("-b / --bytes: every summary truncated to this many bytes, 0 for none"),
            "stem": {"type": "boolean", "description": "-m / --stem: Porter stemmer"},
            "remove_stopwords": {"type": "boolean", "description": "-s / --stopwords: SMART stopwords removed"},
            "jackknife": {"type": "boolean", "description": "each reference left out in turn (dataset mode without --no-jackknife)"},
            "resamples": count("-r: bootstrap resamples", 1),
            "confidence": {"type": "number", "exclusiveMinimum": 0, "maximum": 100,
                           "description": "-c: the confidence intervals' level, in percent"},
        }),
        "clusters": count("dataset mode: the clusters of the dataset; with --rouge-config: 0"),
        "evaluations": count("evaluations scored (with jackknifing: one per cluster and left-out reference)"),
        "metrics": described(ref("metrics"), "dataset mode: the averages"),
        "per_cluster": described(ref("per_cluster"), "dataset mode: each cluster's scores"),
        "peers": {"type": "object", "description": "with --rouge-config: by peer (system) id",
                  "additionalProperties": closed("one peer's scores", {
                      "metrics": ref("metrics"),
                      "evaluations": count("evaluations this peer takes part in"),
                      "clusters": described(ref("per_cluster"), "by evaluation id: this peer's scores"),
                  })},
    }, optional=("metrics", "per_cluster", "peers")),
    "oneOf": [{"required": ["metrics", "per_cluster"]}, {"required": ["peers"]}],
}

# precis dates (issue #23): every date expression, its TIMEX3 value and anchor
TIMEX3 = r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2}|-Q[1-4]|-(SP|SU|FA|WI))?|[0-9]{3}|XXXX-[0-9]{2}(-[0-9]{2})?)$"
DEFS["date_expression"] = closed("a date expression of a document", {
    "doc": DOC_ID,
    "doc_index": count("its document's place in \"documents\""),
    "start": count("where it starts: " + OFFSET),
    "end": count("where it ends (exclusive): " + OFFSET),
    "text": string("the expression as written, whitespace folded"),
    "value": described(nullable({"type": "string", "pattern": TIMEX3}),
                       "its value in TimeML's TIMEX3 form: YYYY-MM-DD, YYYY-Www (a week), YYYY-MM, "
                       "YYYY, YYY (a decade), YYYY-Qn (a quarter), YYYY-SP|SU|FA|WI (a season), "
                       "XXXX-MM[-DD] (a habit: that day or month of any year); null when it needs "
                       "a document date the document does not have"),
    "type": string("the TIMEX3 type", enum=["DATE"]),
    "grain": string("how precise it is (decades, quarters and seasons: year)", enum=GRAINS + ["none"]),
    "anchor": described(nullable({"type": "string", "enum": ["document date", "text"]}),
                        "what a relative expression was resolved against: the document's date, or "
                        "an absolute date written before it in the text; null for an absolute one"),
    "anchor_value": described(nullable({"type": "string", "pattern": TIMEX3}),
                              "the anchor's date, or null"),
    "future": {"type": "boolean", "description": "resolved ahead of its anchor: the text speaks of the future"},
})

DEFS["dates"] = closed("every date expression of the cluster, in document order", {
    "cluster": CLUSTER,
    "language": string("the language used (the cluster's: a Snowball name such as \"english\")"),
    "expressions": {"type": "array", "items": ref("date_expression"),
                    "description": "the date expressions, by document, then position"},
    "documents": ref("documents"),
})

# ---- one schema a command ---------------------------------------------------

COMMANDS = {
    "summarize": ("precis summarize -f json", "the output of `precis summarize --format json`", ref("summary")),
    "timeline": ("precis timeline -f json", "the output of `precis timeline --format json`", ref("timeline")),
    "entities": ("precis entities -f json", "the output of `precis entities --format json`", ref("entities")),
    "quotes": ("precis quotes -f json", "the output of `precis quotes --format json`", ref("quotes")),
    "dates": ("precis dates -f json", "the output of `precis dates --format json`", ref("dates")),
    "digest": ("precis digest -f json", "the output of `precis digest --format json`", ref("digest")),
    "batch": ("precis batch", "one line of `precis batch` output (JSON Lines, one record per non-blank input "
              "line, in input order): a summary, or an error record for a line that could not be summarised",
              {"oneOf": [ref("summary"), ref("batch_error")]}),
    "extract": ("precis extract -f json", "one line of `precis extract --format json` (one article per page, a line each)",
                ref("article")),
    "segment": ("precis segment -f json", "one line of `precis segment --format json` (one sentence a line)",
                ref("segment")),
    "eval": ("precis eval --format json", "the output of `precis eval --format json`: dataset mode "
             "(--refs/--sys) gives metrics and per_cluster, --rouge-config gives peers", ref("eval")),
}


def refs_in(node, found):
    """The $defs names `node` refers to, transitively, into `found`."""
    if isinstance(node, dict):
        r = node.get("$ref")
        if r and r.startswith("#/$defs/") and r[8:] not in found:
            found.add(r[8:])
            refs_in(DEFS[r[8:]], found)
        for v in node.values():
            refs_in(v, found)
    elif isinstance(node, list):
        for v in node:
            refs_in(v, found)
    return found


def schema(command):
    title, description, root = COMMANDS[command]
    used = refs_in(root, set())
    out = {"$schema": DRAFT, "title": title, "description": description}
    out.update(root)
    out["$defs"] = {k: DEFS[k] for k in DEFS if k in used}
    return out


def render(command):
    return json.dumps(schema(command), indent=2, ensure_ascii=False) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for command in COMMANDS:
        path = os.path.join(here, command + ".schema.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(render(command))
        print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    sys.exit(main())
