"""test_errors.py — failures raise exceptions carrying the library's
message (naming the file), bad arguments raise TypeError or ValueError, and
nothing crashes the interpreter; diagnostics are objects."""
import os

import pytest

import precis


def test_missing_file_names_it(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    c = precis.Cluster()
    with pytest.raises(FileNotFoundError) as e:
        c.add_path(missing)
    assert e.value.filename == str(missing)
    assert "cannot open" in str(e.value) and str(missing) in str(e.value)
    d = c.diagnostics
    assert len(d) == 1 and d[0].severity == "error" and d[0].file == str(missing)
    assert str(missing) in str(d[0])
    with pytest.raises(FileNotFoundError):
        precis.Cluster(missing)


def test_unreadable_input_raises_precis_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(precis.Error, match=str(empty)):
        precis.Cluster().add_path(empty)
    bad = tmp_path / "bad.json"
    bad.write_text('{"docs": [')
    with pytest.raises(precis.Error, match="bad.json"):
        precis.Cluster().add_path(bad, format="json")


def test_partial_directory_keeps_the_good_files(tmp_path, example):
    for p in sorted(example.iterdir())[:2]:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "zz-empty.txt").write_text("   \n")
    c = precis.Cluster()
    n = c.add_path(tmp_path)
    assert n == 2 and len(c) == 2
    assert any("zz-empty.txt" in d.file for d in c.diagnostics)


def test_invalid_utf8_is_a_warning():
    c = precis.Cluster()
    c.add_text(b"The talks went on \xff\xfe for hours in Moscow on Tuesday. Nothing was agreed at the end.",
               name="broken.txt")
    assert len(c) == 1
    d = c.diagnostics
    assert d and all(x.severity == "warning" and x.file == "broken.txt" for x in d)
    assert d[0].offset == 18 and "0xFF" in d[0].message and d[0].line is None
    assert len(c.summarize()) >= 1


def test_empty_text_rejected():
    with pytest.raises(precis.Error, match="empty document"):
        precis.Cluster().add_text("   ", name="blank")


@pytest.mark.parametrize("kw,msg", [
    ({"method": "nope"}, "unknown method 'nope'"),
    ({"params": {"foo": 1}}, "no parameter 'foo'"),
    ({"params": ["damping"], "method": "lexrank"}, "damping"),
    ({"params": {"damping": "abc"}, "method": "lexrank"}, "name=number"),
    ({"language": "elvish"}, "unknown language 'elvish'"),
])
def test_library_rejects_options_with_its_message(example, kw, msg):
    c = precis.Cluster(example)
    with pytest.raises(ValueError, match=msg):
        c.summarize(**kw)
    with pytest.raises(ValueError, match=msg):
        c.digest(**kw)
    assert len(c.summarize()) > 0  # the cluster is still usable


@pytest.mark.parametrize("kw,exc", [
    ({"words": -1}, ValueError), ({"words": 1.5}, TypeError), ({"words": True}, TypeError),
    ({"words": 10, "bytes": 10}, ValueError), ({"order": "random"}, ValueError), ({"order": 1}, TypeError),
    ({"idf": "other"}, ValueError), ({"redundancy": "none"}, ValueError), ({"method": 3}, TypeError),
    ({"params": "damping=0.5"}, TypeError), ({"params": {"damping": None}}, TypeError),
    ({"params": [1]}, TypeError), ({"truncate": 1}, TypeError), ({"query": b"q"}, TypeError),
])
def test_bad_arguments(example, kw, exc):
    with pytest.raises(exc):
        precis.Cluster(example).summarize(**kw)


def test_bad_arguments_elsewhere(example):
    c = precis.Cluster(example)
    with pytest.raises(ValueError):
        c.add_path(example, format="pdf")
    with pytest.raises(TypeError):
        c.add_path(42)
    with pytest.raises(ValueError):
        c.add_path("a\0b")
    with pytest.raises(TypeError):
        c.add_text(42)
    with pytest.raises(TypeError):
        c.add_text("text", date=20190101)
    with pytest.raises(ValueError):
        c.entities(type="animal")
    with pytest.raises(ValueError):
        c.timeline(max_dates=-2)
    with pytest.raises(TypeError):
        c.quotes(max="3")
    with pytest.raises(TypeError):
        precis.extract(None)
    with pytest.raises(TypeError):
        precis.summarize_texts("one text")
    with pytest.raises(TypeError):
        precis.find_dates("x", ref="2019-01-01")
    assert len(c) == 5


def test_huge_budget_and_zero_budget(example):
    c = precis.Cluster(example)
    assert len(c.summarize(words=10**9)) > 0
    assert list(c.summarize(words=0)) == []
    with pytest.raises(OverflowError):
        c.summarize(words=10**30)


def test_extension_types_are_guarded():
    import precis._precis as ext
    c = ext._Cluster()
    with pytest.raises(TypeError):
        c._summarize(0, 1)
    with pytest.raises(ValueError):
        c._summarize(9, 100, None, None, (), 0, False, None, None, None)
    with pytest.raises(TypeError):
        c._summarize(0, 100, None, None, (1,), 0, False, None, None, None)
    with pytest.raises(TypeError):
        c._digest(1)
    assert len(c) == 0


def test_stdin_path(tmp_path, example):
    """add_path("-") reads standard input (here a file on fd 0, in a child)."""
    import subprocess
    import sys
    code = ("import precis, pickle; c = precis.Cluster(); print(c.add_path('-'), len(c.summarize(words=30)))\n"
            "try:\n    pickle.dumps(c)\nexcept TypeError as e:\n    print('standard input' in str(e))")
    with open(sorted(example.iterdir())[0], "rb") as f:
        out = subprocess.run([sys.executable, "-c", code], stdin=f, capture_output=True, text=True,
                             env=dict(os.environ), check=True).stdout
    assert out.split()[0] == "1" and int(out.split()[1]) >= 1
    assert out.split()[2] == "True"  # such a cluster refuses to pickle, saying why
