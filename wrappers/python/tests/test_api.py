"""test_api.py — the package's surface: every public name exists and every
public class, function, method and property has a docstring; the result
classes have readable reprs and compare by value."""
import inspect

import precis


def public_members(cls):
    for name, obj in vars(cls).items():
        if not name.startswith("_"):
            yield name, obj


def test_all_names_exist_and_are_documented():
    assert set(precis.__all__) >= {"Cluster", "Sentence", "Summary", "Article", "Error", "extract", "methods",
                                   "__version__"}
    for name in precis.__all__:
        obj = getattr(precis, name)
        if name == "__version__":
            assert isinstance(obj, str) and obj.count(".") == 2
            continue
        assert inspect.getdoc(obj), f"precis.{name} has no docstring"
        if inspect.isclass(obj):
            for mname, m in public_members(obj):
                target = m.fget if isinstance(m, property) else m
                if callable(target):
                    assert inspect.getdoc(target), f"precis.{name}.{mname} has no docstring"
    assert issubclass(precis.Error, Exception)
    assert precis.__doc__ and "precis" in precis.__doc__


def test_cluster_methods_documented():
    for name in ("add_path", "add_text", "add_html", "add_url", "add_buffer", "summarize", "timeline",
                 "entities", "quotes", "digest", "sentences", "diagnostics", "documents", "id"):
        attr = inspect.getattr_static(precis.Cluster, name)
        doc = getattr(attr, "__doc__", None) or inspect.getdoc(getattr(precis.Cluster, name))
        assert doc and len(doc) > 20, name


def test_value_semantics():
    a = precis.Sentence("A sentence.", "d", 0, 0, 0, 11, 1.5, ("e",), False)
    b = precis.Sentence("A sentence.", "d", 0, 0, 0, 11, 1.5, ("e",), False)
    assert a == b and hash(a) == hash(b)
    assert repr(a).startswith("Sentence(text='A sentence.'")
    s = precis.Summary([a], method="m", words=2)
    assert s == precis.Summary([b], method="m", words=2) and s != precis.Summary([b], method="n", words=2)
    assert s.text == "A sentence.\n"
