"""test_extract.py — precis.extract gives the article `precis extract
--format json` gives for the test pages; add_html and add_url (from a local
server, never the internet) add the same document; methods() lists what
`precis summarize --list-methods` lists; find_dates finds dates."""
import datetime
import subprocess

import pytest

import precis
from conftest import PAGES
from test_summarize import same_summary

GOOD = ["article.html", "comments.html", "cp1252.html", "readmore.html", "sections.html", "table-layout.html",
        "undeclared-utf8.html"]


@pytest.mark.parametrize("page", GOOD)
def test_extract_as_cli(cli, page):
    js = cli("extract", "-f", "json", PAGES / page)
    a = precis.extract((PAGES / page).read_bytes())
    for f in ("title", "date", "author", "site", "url", "lang", "encoding", "text"):
        assert getattr(a, f) == js[f], f
    assert [(p.text, p.start, p.end, p.kind) for p in a.paragraphs] == \
        [(p["text"], p["start"], p["end"], p["kind"]) for p in js["paragraphs"]]
    assert a.paragraphs


def test_extract_fields():
    a = precis.extract((PAGES / "article.html").read_bytes(), url="https://example.org/x")
    assert a.title == "Islands talks stall again" and a.author == "Anna Petrova" and a.date == "2019-01-22"
    assert a.text.startswith("MOSCOW — Russia")
    assert {p.kind for p in a.paragraphs} >= {"paragraph", "heading"}
    page = (PAGES / "article.html").read_bytes()
    p = a.paragraphs[0]
    assert p.text.split()[-1].encode() in page[p.start:p.end]
    # a str works as the page
    assert precis.extract(page.decode()).text == a.text


def test_extract_charset_argument():
    raw = (PAGES / "cp1252.html").read_bytes().replace(b'<meta charset="windows-1252">', b"")
    assert "café" in precis.extract(raw, charset="iso-8859-1").text


@pytest.mark.parametrize("page", ["login.html", "links.html"])
def test_extract_no_article_raises(page):
    with pytest.raises(precis.Error, match="no article"):
        precis.extract((PAGES / page).read_bytes())


def test_add_html_as_cli(cli):
    c = precis.Cluster()
    for page in ("article.html", "sections.html"):
        c.add_html((PAGES / page).read_bytes(), name=str(PAGES / page))
    assert len(c) == 2
    js = cli("summarize", "-f", "json", "-w", "60", PAGES / "article.html", PAGES / "sections.html")
    same_summary(c.summarize(60), js)


def test_add_html_without_article_raises():
    c = precis.Cluster()
    with pytest.raises(precis.Error, match="login.html.*no article"):
        c.add_html((PAGES / "login.html").read_bytes(), name="login.html")
    assert len(c) == 0 and c.diagnostics[0].severity == "error"


def test_add_url_as_cli(server, cli):
    c = precis.Cluster()
    c.add_url(server + "/article.html")
    c.add_url(server + "/latin1")
    assert len(c) == 2
    js = cli("summarize", "-f", "json", "-w", "50", "--url", server + "/article.html", "--url", server + "/latin1")
    same_summary(c.summarize(50), js)
    assert [d.id for d in c.documents] == [d["id"] for d in js["documents"]]


def test_add_url_failures_name_the_url(server):
    c = precis.Cluster()
    with pytest.raises(precis.Error, match="/loop"):
        c.add_url(server + "/loop")
    with pytest.raises(precis.Error, match="/nothing-here"):
        c.add_url(server + "/nothing-here")
    with pytest.raises(precis.Error, match="ftp://"):
        c.add_url("ftp://127.0.0.1/x")
    assert len(c) == 0


def test_add_url_limits(server):
    with pytest.raises(precis.Error, match="/big"):
        precis.Cluster().add_url(server + "/big", max_bytes=100000)
    with pytest.raises(precis.Error, match="/redirect"):
        precis.Cluster().add_url(server + "/redirect", max_redirects=0)
    with pytest.raises(TypeError):
        precis.Cluster().add_url(server + "/article.html", timeout="soon")


def test_methods_as_cli(cli):
    out = subprocess.run([cli.binary, "summarize", "--list-methods"], capture_output=True, text=True,
                         check=True).stdout
    names = [line.split()[0] for line in out.splitlines() if not line.startswith(" ")]
    ms = precis.methods()
    assert [m.name for m in ms] == names and ms[0].name == "coverage"
    for m in ms:
        assert m.description and m.description in out
        assert m.params and all(p.description for p in m.params)
        assert all(f"--param {p.name}=" in out for p in m.params)
    lex = {p.name: p.default for p in next(m for m in ms if m.name == "lexrank").params}
    assert lex["damping"] == 0.85


def test_find_dates():
    text = "The treaty of 1956 was revisited on Tuesday, and again in November 2013."
    found = precis.find_dates(text)
    by = {text.encode()[d.start:d.end].decode(): d for d in found}
    assert by["1956"].date == datetime.date(1956, 1, 1) and by["1956"].grain == "year"
    assert by["November 2013"].grain == "month"
    tue = [d for k, d in by.items() if "Tuesday" in k][0]
    assert tue.relative and tue.date is None
    ref = precis.find_dates(text, ref=datetime.date(2019, 1, 24))
    tue = [d for d in ref if "Tuesday" in text.encode()[d.start:d.end].decode()][0]
    assert tue.date == datetime.date(2019, 1, 22)


def test_version(cli):
    out = subprocess.run([cli.binary, "--version"], capture_output=True, text=True, check=True).stdout
    assert precis.__version__ == out.split()[-1]
