"""test_story.py — timeline(), entities(), quotes(), digest() and
sentences() give what `precis timeline/entities/quotes/digest/segment
--format json` print for the bundled example, as objects."""
import datetime
import types

import pytest

import precis
from test_summarize import same_sentence, same_summary


@pytest.fixture(scope="module")
def cluster(example):
    return precis.Cluster(example)


def same_timeline(py, js):
    assert len(py) == len(js["dates"]) > 0
    for e, j in zip(py, js["dates"]):
        assert e.label == j["date"] and e.grain == j["grain"]
        assert e.mentions == j["mentions"] and e.documents == j["documents"]
        assert len(e.sentences) == len(j["sentences"]) >= 1
        for a, b in zip(e.sentences, j["sentences"]):
            same_sentence(a, b)
        assert e.sources[0] == e.sentences[0].doc_id
    assert [(u.text, u.doc_id, u.start, u.end, u.grain) for u in py.unresolved] == \
        [(u["text"], u["doc"], u["start"], u["end"], u["grain"]) for u in js["unresolved"]]


def same_entities(py, js):
    assert len(py) == len(js["entities"]) > 0
    for e, j in zip(py, js["entities"]):
        assert (e.name, e.type, len(e.mentions), e.documents) == (j["name"], j["type"], j["mentions"], j["documents"])
        assert list(e.aliases) == j["aliases"]
        assert e.per_document == j["per_document"]
        assert [(m.doc_id, m.start, m.end, m.text) for m in e.mentions] == \
            [(m["doc"], m["start"], m["end"], m["text"]) for m in j["mention_spans"]]


def json_entity(q, listed):
    """The "entity" the JSON gives a quote: the id (index) of the listed
    entity with the speaker's name, the one the library found first; None
    when the output lists no entities or not that one."""
    if listed is None or q.entity is None:
        return None
    if q.entity < len(listed) and listed[q.entity].name == q.speaker:
        return q.entity
    return next((k for k, e in enumerate(listed) if e.name == q.speaker), None)


def same_quotes(py, js, listed=None, everyone=None):
    """py's quotes are js's; a quote's entity indexes every entity of the
    cluster (everyone) and is named as its speaker."""
    assert len(py) == len(js["quotes"]) > 0
    for q, j in zip(py, js["quotes"]):
        assert (q.text, q.speaker, q.speaker_as_written, json_entity(q, listed), q.cue, q.doc_id, q.start, q.end) == \
            (j["text"], j["speaker"], j["speaker_as_written"], j["entity"], j["cue"], j["doc"], j["start"], j["end"])
        if everyone is not None and q.entity is not None:
            assert everyone[q.entity].name == q.speaker


@pytest.mark.parametrize("args,kw", [([], {}), (["--max-dates", "4", "--words-per-date", "60"],
                                                {"max_dates": 4, "words_per_date": 60})])
def test_timeline_as_cli(cluster, cli, example, args, kw):
    same_timeline(cluster.timeline(**kw), cli("timeline", "-f", "json", *args, example))


def test_timeline_entries(cluster):
    t = cluster.timeline()
    e = {x.label: x for x in t}
    assert e["1945"].date == datetime.date(1945, 1, 1) and e["1945"].grain == "year"
    assert e["2019-01-22"].date == datetime.date(2019, 1, 22) and e["2019-01-22"].grain == "day"
    week = [x for x in t if x.grain == "week"]
    assert week and all(x.date.weekday() == 0 for x in week)  # a week is given by its Monday
    labels = [x.date for x in t]
    assert labels == sorted(labels)
    assert t.unresolved and {u.doc_id for u in t.unresolved} <= {d.id for d in cluster.documents}


@pytest.mark.parametrize("args,kw", [([], {}), (["--max", "5"], {"max": 5}),
                                     (["--type", "person"], {"type": "person"}),
                                     (["--type", "organization", "--max", "3"], {"type": "organization", "max": 3})])
def test_entities_as_cli(cluster, cli, example, args, kw):
    same_entities(cluster.entities(**kw), cli("entities", "-f", "json", *args, example))


def test_entities_aliases_merged(cluster):
    putin = [e for e in cluster.entities(type="person") if e.name == "Vladimir Putin"]
    assert putin and "Putin" in putin[0].aliases
    assert putin[0].documents == 5
    assert "Vladimir Putin" in repr(putin[0])


@pytest.mark.parametrize("args,kw", [([], {}), (["--max", "3"], {"max": 3})])
def test_quotes_as_cli(cluster, cli, example, args, kw):
    js = cli("quotes", "-f", "json", *args, example)
    # `precis quotes -f json` lists its speakers' entities: a quote's
    # "entity" is the id of one of them
    listed = [types.SimpleNamespace(name=e["name"]) for e in js["entities"]]
    assert [e["id"] for e in js["entities"]] == list(range(len(listed)))
    same_quotes(cluster.quotes(**kw), js, listed, cluster.entities())


def test_quote_offsets_cover_the_marks(cluster, example):
    files = sorted(example.iterdir())
    for q in cluster.quotes():
        raw = files[q.doc_index].read_bytes()[q.start:q.end].decode()
        assert q.text.split()[0] in raw and len(raw) > len(q.text.split()[0])


@pytest.mark.parametrize("args,kw", [([], {}), (["-w", "60", "-m", "lexrank", "--max-dates", "3", "--max", "4",
                                                 "--max-quotes", "2"],
                                                {"words": 60, "method": "lexrank", "max_dates": 3,
                                                 "max_entities": 4, "max_quotes": 2})])
def test_digest_as_cli(cluster, cli, example, args, kw):
    js = cli("digest", "-f", "json", *args, example)
    d = cluster.digest(**kw)
    assert d.cluster_id == js["cluster"]
    same_summary(d.summary, js["summary"])
    same_timeline(d.timeline, js["timeline"])
    same_entities(d.entities, js["entities"])
    same_quotes(d.quotes, js["quotes"], d.entities, cluster.entities())


def test_sentences_as_cli_segment(cluster, example):
    import json
    import subprocess
    from conftest import precis_bin
    if not precis_bin():
        pytest.skip("no CLI")
    for removed, flag in ((False, []), (True, ["--removed"])):
        out = subprocess.run([precis_bin(), "segment", "--format", "json", *flag, str(example)],
                             capture_output=True, text=True, check=True).stdout
        js = [json.loads(line) for line in out.splitlines()]
        py = cluster.sentences(include_removed=removed)
        assert [(s.doc_id, s.start, s.end, s.text, s.removed) for s in py] == \
            [(j["doc"], j["start"], j["end"], j["text"], j.get("removed")) for j in js]
    assert any(s.removed for s in cluster.sentences(include_removed=True))


def test_reprs_are_readable(cluster):
    d = cluster.digest(words=40)
    for obj in (d, d.summary, d.timeline, d.entities[0], d.quotes[0], d.summary[0], cluster.diagnostics,
                cluster.documents[0]):
        r = repr(obj)
        assert r and "object at 0x" not in r
    assert repr(cluster) == "<precis.Cluster: 5 documents>"
