"""test_pickle.py — results pickle and compare equal after a round trip; a
Cluster pickles as the inputs it was given; and everything works in worker
processes (multiprocessing pools, fork and spawn)."""
import multiprocessing
import pickle

import pytest

import precis
from conftest import EXAMPLE, PAGES


def test_results_round_trip(example):
    c = precis.Cluster(example)
    s = c.summarize(80, query="peace treaty")
    d = c.digest()
    objs = [s, s[0], c.timeline(), c.entities(), c.quotes(), d, c.documents, c.diagnostics,
            c.sentences(include_removed=True), precis.methods(),
            precis.extract((PAGES / "article.html").read_bytes()), precis.find_dates("in 1956 and last week")]
    for proto in (2, pickle.HIGHEST_PROTOCOL):
        for o in objs:
            back = pickle.loads(pickle.dumps(o, protocol=proto))
            assert back == o and type(back) is type(o)
    back = pickle.loads(pickle.dumps(s))
    assert (back.method, back.words, back.query, back.unit, back.budget, back.note) == \
        (s.method, s.words, s.query, s.unit, s.budget, s.note)
    assert back.text == s.text


def test_summary_equality_sees_its_attributes(example):
    c = precis.Cluster(example)
    a, b = c.summarize(10**6, method="lead"), c.summarize(10**6, method="lead")
    assert a == b
    b.note = "changed"
    assert a != b


def build(example):
    c = precis.Cluster()
    c.add_path(example / "article-1.txt")
    c.add_path(example, format="text")
    c.add_text("Officials in Tokyo said on Friday the talks would continue next month. Nobody expects a deal.",
               id="extra", date="2019-01-25", source="Wire")
    c.add_html((PAGES / "article.html").read_bytes(), url="https://example.org/a")
    c.add_buffer('{"id": "k", "docs": [{"id": "j", "text": "The islands dispute dates back to 1945. '
                 'Both sides want a treaty."}]}', format="json")
    return c


def test_cluster_round_trip(example):
    c = build(example)
    back = pickle.loads(pickle.dumps(c))
    assert type(back) is precis.Cluster and len(back) == len(c) == 9
    assert back.documents == c.documents and back.id == c.id == "k"
    assert back.digest() == c.digest()
    # and again: the unpickled cluster keeps its inputs
    assert pickle.loads(pickle.dumps(back)).summarize() == c.summarize()


def test_cluster_from_url_pickles_by_value(server):
    c = precis.Cluster()
    c.add_url(server + "/article.html")
    data = pickle.dumps(c)
    back = pickle.loads(data)  # no fetch: the page travels with the cluster
    assert back.summarize() == c.summarize() and back.documents == c.documents


def test_cluster_paths_are_read_again(tmp_path, example):
    f = tmp_path / "a.txt"
    f.write_bytes((example / "article-1.txt").read_bytes())
    data = pickle.dumps(precis.Cluster(f))
    f.unlink()
    with pytest.raises(FileNotFoundError):
        pickle.loads(data)


def test_subclass_round_trip(example):
    back = pickle.loads(pickle.dumps(MyCluster(example)))
    assert type(back) is MyCluster and len(back) == 5


class MyCluster(precis.Cluster):
    """A subclass: pickling keeps the class."""


# ---- worker processes ------------------------------------------------------

def summarize_path(method):
    return precis.Cluster(EXAMPLE).summarize(70, method=method)


def digest_of(cluster):
    return cluster.digest(words=60)


def extract_page(name):
    return precis.extract((PAGES / name).read_bytes())


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_pool(example, start):
    methods = [m.name for m in precis.methods()]
    ctx = multiprocessing.get_context(start)
    clusters = [build(example), precis.Cluster(example)]
    with ctx.Pool(2) as pool:
        got = pool.map(summarize_path, methods)
        digests = pool.map(digest_of, clusters * 2)
        pages = pool.map(extract_page, ["article.html", "sections.html"])
    assert got == [summarize_path(m) for m in methods]
    assert all(isinstance(s, precis.Summary) and len(s) > 0 for s in got)
    assert digests == [digest_of(c) for c in clusters * 2]
    assert pages == [extract_page(n) for n in ("article.html", "sections.html")]


class NoInit(precis.Cluster):
    """A subclass whose __init__ does not call Cluster.__init__."""

    def __init__(self, tag=None):
        self.tag = tag


def test_subclass_without_init_still_pickles():
    c = NoInit("t")
    c.add_text("The talks in Moscow ended on Tuesday. Nothing was agreed about the islands.")
    back = pickle.loads(pickle.dumps(c))
    assert type(back) is NoInit and len(back) == 1 and back.summarize() == c.summarize()
