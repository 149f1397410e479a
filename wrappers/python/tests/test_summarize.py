"""test_summarize.py — Cluster.summarize gives the same sentences, offsets,
scores and attribution as `precis summarize --format json` on the bundled
example, for every method and several budgets, queries and options; and
the inputs (files, texts, JSON buffers) give the same documents."""
import json

import pytest

import precis

METHODS = [m.name for m in precis.methods()]
BUDGETS = [
    ({"words": 100}, ["-w", "100"]),
    ({"words": 40}, ["-w", "40"]),
    ({"bytes": 665, "truncate": True}, ["-b", "665", "--truncate"]),
    ({"sentences": 3}, ["-s", "3"]),
]


def same_sentence(py, js, approx=True):
    """A Sentence equals the CLI's JSON sentence (scores to its 6 digits)."""
    assert py.text == js["text"]
    assert py.doc_id == js["doc"]
    assert py.doc_index == js["doc_index"]
    assert py.sentence_index == js["sentence"]
    assert (py.start, py.end) == (js["start"], js["end"])
    assert py.score == pytest.approx(js["score"], rel=1e-5, abs=1e-9)
    assert list(py.also_in) == js["also_in"]
    if "truncated" in js:
        assert py.truncated == js["truncated"]


def same_summary(py, js):
    assert py.method == js["method"]
    assert py.note == js.get("method_note")
    assert py.words == js["words"]
    assert py.unit == js["budget"]["unit"] and py.budget == js["budget"]["limit"]
    assert py.query == js["query"]
    assert len(py) == len(js["sentences"])
    for a, b in zip(py, js["sentences"]):
        same_sentence(a, b)


@pytest.fixture(scope="module")
def cluster(example):
    return precis.Cluster(example)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("budget", BUDGETS, ids=lambda b: " ".join(b[1]))
def test_same_as_cli(cluster, cli, example, method, budget):
    kw, args = budget
    js = cli("summarize", "--format", "json", "-m", method, *args, example)
    py = cluster.summarize(method=method, **kw)
    assert len(py) > 0
    same_summary(py, js)


@pytest.mark.parametrize("method", ["coverage", "lexrank", "lead"])
def test_query_order_params_as_cli(cluster, cli, example, method):
    q = "security talks between the foreign ministers"
    js = cli("summarize", "-f", "json", "-m", method, "-w", "80", "-q", q, "--order", "score",
             "-P", "mmr_lambda=0.5", "--redundancy", "mmr", example)
    py = cluster.summarize(80, method=method, query=q, order="score", params={"mmr_lambda": 0.5},
                           redundancy="mmr")
    same_summary(py, js)


def test_params_forms_agree(cluster, cli, example):
    js = cli("summarize", "-f", "json", "-m", "lexrank", "-P", "damping=0.5", "-P", "threshold=0.1", example)
    a = cluster.summarize(method="lexrank", params={"damping": 0.5, "threshold": 0.1})
    b = cluster.summarize(method="lexrank", params=["damping=0.5", "threshold=0.1"])
    assert a == b
    same_summary(a, js)
    # and a parameter changes the result (else this test proves nothing)
    assert [s.text for s in a] != [s.text for s in cluster.summarize(method="lexrank")]


def test_idf_and_language_as_cli(cluster, cli, example):
    js = cli("summarize", "-f", "json", "--idf", "cluster", "--language", "porter", "-w", "70", example)
    same_summary(cluster.summarize(70, idf="cluster", language="porter"), js)


def test_default_is_100_words_of_coverage(cluster, cli, example):
    s = cluster.summarize()
    assert s.method == "coverage" and s.unit == "words" and s.budget == 100
    assert 0 < s.words <= 100
    same_summary(s, cli("summarize", "-f", "json", example))


def test_text_is_the_cli_text(cluster, cli, example):
    import subprocess
    out = subprocess.run([cli.binary, "summarize", "-w", "120", str(example)], capture_output=True,
                         text=True, check=True).stdout
    assert cluster.summarize(120).text == out


def test_offsets_index_the_files(cluster, example):
    """data[start:end] is the sentence as written; text folds its whitespace."""
    files = sorted(p for p in example.iterdir() if not p.name.startswith("."))
    for s in cluster.summarize(words=250):
        raw = files[s.doc_index].read_bytes()[s.start:s.end].decode()
        assert " ".join(raw.split()) == s.text
        assert files[s.doc_index].name == s.doc_id


def test_truncate_cuts_the_last_sentence(cluster):
    full = cluster.summarize(bytes=400)
    cut = cluster.summarize(bytes=400, truncate=True)
    assert not any(s.truncated for s in full)
    assert cut[-1].truncated and not any(s.truncated for s in cut[:-1])
    assert len(" ".join(s.text for s in cut)) <= 400


def test_texts_give_the_files_results(example, cluster):
    """add_text with the files' contents and ids = add_path of the folder."""
    c = precis.Cluster()
    for p in sorted(example.iterdir()):
        c.add_text(p.read_text(encoding="utf-8"), id=p.name, source=p.name)
    assert len(c) == len(cluster) == 5
    assert [d.id for d in c.documents] == [d.id for d in cluster.documents]
    for method in ("coverage", "textrank"):
        assert list(c.summarize(method=method)) == list(cluster.summarize(method=method))


def test_json_buffer_and_metadata(cli, tmp_path):
    obj = {"id": "talks", "docs": [
        {"id": "a", "date": "2019-01-22", "source": "Wire", "title": "Talks",
         "text": "Leaders met in Moscow on Tuesday to discuss the islands. They made no progress on a treaty. "
                 "Officials said talks would continue next month in Tokyo."},
        {"id": "b", "date": "2019-01-23",
         "text": "The talks in Moscow ended without progress on the islands. A treaty remains far off, officials "
                 "said. Protesters gathered outside the embassy."}]}
    data = json.dumps(obj)
    c = precis.Cluster()
    assert c.add_buffer(data, name="talks.json") == 2
    assert c.id == "talks" and len(c) == 2
    d = c.documents
    assert (d[0].id, d[0].title, d[0].source, d[0].date.isoformat()) == ("a", "Talks", "Wire", "2019-01-22")
    f = tmp_path / "talks.json"
    f.write_text(data)
    s = c.summarize(words=30)
    assert s.cluster_id == "talks"
    same_summary(s, cli("summarize", "-f", "json", "-w", "30", f))


def test_add_text_metadata_and_default_ids():
    c = precis.Cluster()
    c.add_text("The first document says the talks went well. It has two sentences.")
    c.add_text(b"The second document disagrees about the talks. It has two sentences too.",
               date=__import__("datetime").date(2019, 1, 23), title="Second")
    docs = c.documents
    assert [x.id for x in docs] == ["doc-1", "doc-2"]
    assert docs[1].title == "Second" and str(docs[1].date) == "2019-01-23"
    assert docs[0].date is None


def test_offsets_are_utf8_bytes():
    text = "Café owners in Tōkyō said the talks were “useful”. Nobody expected a deal this week at all."
    c = precis.Cluster()
    c.add_text(text)
    data = text.encode()
    for s in c.summarize(sentences=2):
        assert data[s.start:s.end].decode() == s.text


def test_summarize_texts_matches_summarize(example):
    texts = [p.read_text() for p in sorted(example.iterdir())]
    one = precis.summarize_texts(texts, 60)
    c = precis.Cluster()
    for t in texts:
        c.add_text(t)
    assert one == c.summarize(60).text


def test_empty_cluster_gives_an_empty_summary():
    s = precis.Cluster().summarize()
    assert list(s) == [] and s.words == 0
