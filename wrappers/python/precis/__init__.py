"""precis — extractive multi-document news summarisation, from Python.

The Python interface of the precis C library (include/precis.h): the C
extension ``precis._precis`` calls the library with the GIL released, and
this module turns its results into plain, picklable objects.

    >>> import precis
    >>> c = precis.Cluster("examples/kuril-islands")
    >>> for s in c.summarize(words=60):
    ...     print(s.text, s.doc_id, s.start, s.end)

A summary is made of sentences of the input, each with the document it comes
from and its byte offsets there (``start``/``end`` index the document's bytes
as read from disk, or the UTF-8 encoding of a text given to ``add_text``),
the same sentences and offsets as ``precis summarize --format json``.

Besides summaries, a cluster tells its story: ``timeline()``, ``entities()``,
``quotes()`` and ``digest()`` (all four at once); ``extract()`` reads the
article of a web page; ``methods()`` lists the summarisation methods.

Errors: a failure the library reports raises ``precis.Error`` carrying its
message (naming the file); a missing file raises ``FileNotFoundError``; bad
arguments raise ``TypeError`` or ``ValueError``.

Threads: every call releases the GIL while the library works.  Distinct
clusters run in parallel; threads sharing one cluster take turns.

Pickling: results pickle.  A ``Cluster`` pickles as the inputs it was given:
texts, pages and fetched URLs by value, files and directories by path (they
are read again when the cluster is unpickled, so the files must be there).
"""
from __future__ import annotations

import builtins as _builtins
import dataclasses as _dc
import datetime as _datetime
import errno as _errno
import os as _os
from collections.abc import Mapping as _Mapping
from typing import Iterable, Optional, Sequence, Tuple, Union

from . import _precis
from ._precis import Error

__version__: str = _precis.version

__all__ = [
    "Article", "Cluster", "DateMention", "Diagnostic", "Digest", "Document", "Entity", "Error",
    "Mention", "Method", "Paragraph", "Param", "Quote", "Segment", "Sentence", "Summary",
    "Timeline", "TimelineEntry", "Unresolved", "extract", "find_dates", "methods",
    "summarize_texts", "__version__",
]

_INPUTS = {"auto": 0, "text": 1, "sgml": 2, "json": 3, "html": 4}
_ORDERS = {"date": 0, "score": 1}
_SEVERITIES = {1: "warning", 2: "error"}
_ENTITY_TYPES = {"person": 0, "place": 1, "organization": 2, "organisation": 2, "other": 3}

Text = Union[str, _builtins.bytes, bytearray, memoryview]


# ---------------------------------------------------------------------------
# Argument checks


def _count(name: str, value, allow_none: bool = True) -> Optional[int]:
    """A whole, non-negative number (not a bool), or None when allowed."""
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must not be negative (got {value})")
    return value


def _opt_str(name: str, value) -> Optional[str]:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    return value


def _choice(name: str, value, choices) -> Optional[str]:
    _opt_str(name, value)
    if value is not None and value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(repr(c) for c in choices)} (got {value!r})")
    return value


def _data(name: str, value) -> Union[_builtins.bytes, bytearray, memoryview]:
    """Text as bytes: a str is encoded as UTF-8; bytes-like objects pass."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, (_builtins.bytes, bytearray, memoryview)):
        return value
    raise TypeError(f"{name} must be str or bytes, not {type(value).__name__}")


def _input(format: str) -> int:
    if not isinstance(format, str):
        raise TypeError(f"format must be a str, not {type(format).__name__}")
    try:
        return _INPUTS[format]
    except KeyError:
        raise ValueError(f"format must be one of {', '.join(_INPUTS)} (got {format!r})") from None


def _params(params) -> Tuple[str, ...]:
    """Method parameters as the library's "name=value" strings."""
    if params is None:
        return ()
    if isinstance(params, _Mapping):
        out = []
        for k, v in params.items():
            if not isinstance(k, str):
                raise TypeError(f"a parameter name must be a str, not {type(k).__name__}")
            if isinstance(v, bool) or not isinstance(v, (int, float, str)):
                raise TypeError(f"parameter {k!r} must be a number, not {type(v).__name__}")
            out.append(f"{k}={v!r}" if not isinstance(v, str) else f"{k}={v}")
        return tuple(out)
    if isinstance(params, str):
        raise TypeError("params must be a mapping or a sequence of 'name=value' strings, not a str")
    out = tuple(params)
    for p in out:
        if not isinstance(p, str):
            raise TypeError(f"a parameter must be a 'name=value' str, not {type(p).__name__}")
    return out


def _date_str(value) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (_datetime.date, _datetime.datetime)):
        return value.isoformat()
    raise TypeError(f"date must be a str or datetime.date, not {type(value).__name__}")


def _date(t) -> Optional[_datetime.date]:
    """A library date (year, month, day; month/day 0 when coarser) as the
    first day it covers, or None when unknown."""
    if t is None:
        return None
    y, m, d = t
    try:
        return _datetime.date(y, m or 1, d or 1)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Result objects


@_dc.dataclass(frozen=True)
class Diagnostic:
    """A warning or error met while reading input: a missing file, invalid
    UTF-8, malformed JSON.  ``line`` is 1-based (None when not applicable);
    ``offset`` is a byte offset (None when not applicable)."""

    severity: str
    file: str
    line: Optional[int]
    offset: Optional[int]
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message}"


@_dc.dataclass(frozen=True)
class Document:
    """A document of a cluster: its position, id, title, source (outlet or
    file name) and date (None when unknown)."""

    index: int
    id: str
    title: Optional[str]
    source: Optional[str]
    date: Optional[_datetime.date]


@_dc.dataclass(frozen=True)
class Sentence:
    """A sentence of a summary or timeline, as it stands in its document.

    ``text`` is the sentence with runs of whitespace folded to one space;
    ``start``/``end`` are byte offsets into the document's original input
    (``data[start:end]`` is the sentence as written); ``doc_id`` and
    ``doc_index`` name the document; ``sentence_index`` is its 0-based index
    there; ``score`` is the method's score (higher is better); ``also_in``
    lists the other documents carrying a near-duplicate; ``truncated`` is
    True for a last sentence cut to fill the budget (``truncate=True``)."""

    text: str
    doc_id: str
    doc_index: int
    sentence_index: int
    start: int
    end: int
    score: float
    also_in: Tuple[str, ...] = ()
    truncated: bool = False


class Summary(list):
    """A summary: a list of ``Sentence`` in reading order, with what the
    method reports: ``method`` (its name), ``note`` (e.g. "optimal", or None),
    ``words`` (the summary's length in words), ``query``, ``unit`` and
    ``budget`` (the length asked for), ``cluster_id`` and ``language`` (the
    language the cluster was processed in, as the JSON's "language")."""

    method: str
    note: Optional[str]
    words: int
    query: Optional[str]
    unit: str
    budget: int
    cluster_id: Optional[str]
    language: str

    def __init__(self, sentences: Iterable[Sentence] = (), *, method: str = "", note: Optional[str] = None,
                 words: int = 0, query: Optional[str] = None, unit: str = "words", budget: int = 0,
                 cluster_id: Optional[str] = None, language: str = "english"):
        super().__init__(sentences)
        self.method, self.note, self.words, self.query = method, note, words, query
        self.unit, self.budget, self.cluster_id, self.language = unit, budget, cluster_id, language

    @property
    def text(self) -> str:
        """The sentences, one per line (what ``precis summarize`` prints)."""
        return "".join(s.text + "\n" for s in self)

    def __repr__(self) -> str:
        return (f"Summary(method={self.method!r}, words={self.words}, budget={self.budget} {self.unit}, "
                f"sentences={list.__repr__(self)})")

    def __eq__(self, other) -> bool:
        if isinstance(other, Summary):
            return list.__eq__(self, other) and vars(self) == vars(other)
        return list.__eq__(self, other)

    def __ne__(self, other) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None  # a list


@_dc.dataclass(frozen=True)
class TimelineEntry:
    """A date of the timeline, told by the sentence(s) the articles agree on
    most.  ``date`` is the first day it covers (a week is given by its
    Monday), ``grain`` its precision ("day", "week", "month", "year"),
    ``label`` the date as the CLI prints it ("2019-01-22", "2019-01",
    "2019"); ``mentions`` counts the sentences of the cluster that mention it
    and ``documents`` the documents."""

    date: Optional[_datetime.date]
    grain: str
    label: Optional[str]
    mentions: int
    documents: int
    sentences: Tuple[Sentence, ...]

    @property
    def sources(self) -> Tuple[str, ...]:
        """The ids of the documents reporting it: those of its sentences,
        then those carrying the same sentence, each once."""
        seen = []
        for s in self.sentences:
            for d in (s.doc_id, *s.also_in):
                if d not in seen:
                    seen.append(d)
        return tuple(seen)


@_dc.dataclass(frozen=True)
class Unresolved:
    """A relative date expression ("on Monday", "last year") that could not
    be resolved because its document has no date; byte offsets into the
    document's input."""

    text: str
    doc_id: str
    doc_index: int
    start: int
    end: int
    grain: str


@_dc.dataclass(frozen=True)
class Timeline:
    """The dated events of a cluster in date order (``entries``, also what
    iterating and indexing give), and the expressions that could not be
    resolved (``unresolved``)."""

    entries: Tuple[TimelineEntry, ...]
    unresolved: Tuple[Unresolved, ...]
    cluster_id: Optional[str] = None

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, i):
        return self.entries[i]


@_dc.dataclass(frozen=True)
class Mention:
    """Where an entity is named: the document, byte offsets and the words as
    written (titles included)."""

    doc_id: str
    doc_index: int
    start: int
    end: int
    text: str


@_dc.dataclass(frozen=True)
class Entity:
    """A person, place, organisation or other name of the cluster.  ``name``
    is its fullest common form, ``type`` one of "person", "place",
    "organization", "other"; ``aliases`` every distinct form seen;
    ``mentions`` every place it is named (``len(e.mentions)`` is the count
    ``precis entities`` prints); ``per_document`` maps document ids to the
    mentions in each."""

    name: str
    type: str
    aliases: Tuple[str, ...]
    mentions: Tuple[Mention, ...]
    per_document: dict

    @property
    def documents(self) -> int:
        """How many documents mention it."""
        return len(self.per_document)

    def __repr__(self) -> str:
        return (f"Entity(name={self.name!r}, type={self.type!r}, mentions={len(self.mentions)}, "
                f"documents={self.documents}, aliases={self.aliases!r})")


@_dc.dataclass(frozen=True)
class Quote:
    """A direct quotation: the words quoted (without the marks), the speaker
    (``speaker``: the entity's name or the speaker as written;
    ``speaker_as_written``; both None when not found), ``entity`` (the
    speaker's index in ``cluster.entities()``, or None), ``cue`` (how the
    speaker was found: "X said", "according to X", "pronoun", ...), the
    document and byte offsets (marks included)."""

    text: str
    speaker: Optional[str]
    speaker_as_written: Optional[str]
    entity: Optional[int]
    cue: Optional[str]
    doc_id: str
    doc_index: int
    start: int
    end: int


@_dc.dataclass(frozen=True)
class Digest:
    """Everything ``precis digest`` reports, as objects: the summary, the
    timeline, the leading entities and the key quotes."""

    cluster_id: Optional[str]
    summary: Summary
    timeline: Timeline
    entities: Tuple[Entity, ...]
    quotes: Tuple[Quote, ...]


@_dc.dataclass(frozen=True)
class Segment:
    """A sentence of a document after cleaning (``Cluster.sentences``); when
    ``removed`` is not None, a span the cleaner removed and why ("dateline",
    "caption", "repeated", ...)."""

    doc_id: str
    doc_index: int
    start: int
    end: int
    text: str
    removed: Optional[str] = None


@_dc.dataclass(frozen=True)
class Paragraph:
    """A block of an extracted article: its text (whitespace folded), its
    bytes of the page [start, end), and its kind ("paragraph", "heading",
    "list-item", "quote", "pre")."""

    text: str
    start: int
    end: int
    kind: str


@_dc.dataclass(frozen=True)
class Article:
    """The article of a web page (``extract``).  Metadata fields are None
    when the page does not give them; ``date`` is "YYYY-MM-DD" (or "YYYY-MM",
    "YYYY" when the page is vaguer); ``text`` is the paragraphs separated by
    blank lines; ``encoding`` is what the page was read as and
    ``encoding_from`` why ("BOM", "HTTP", "meta", "valid UTF-8",
    "default"); ``replaced`` counts undecodable bytes replaced by U+FFFD."""

    title: Optional[str]
    date: Optional[str]
    author: Optional[str]
    site: Optional[str]
    url: Optional[str]
    lang: Optional[str]
    text: str
    paragraphs: Tuple[Paragraph, ...]
    encoding: str = "UTF-8"
    encoding_from: str = "default"
    replaced: int = 0
    first_replaced: Optional[int] = None


@_dc.dataclass(frozen=True)
class Param:
    """A method parameter: its name, default value and meaning."""

    name: str
    default: float
    description: str


@_dc.dataclass(frozen=True)
class Method:
    """A summarisation method: its name (for ``summarize(method=...)``), a
    one-line description and its parameters (``summarize(params=...)``)."""

    name: str
    description: str
    params: Tuple[Param, ...]


@_dc.dataclass(frozen=True)
class DateMention:
    """A date expression found in a text (``find_dates``): its bytes
    [start, end), the date it resolves to (its first day; None when it is
    relative and no reference date was given), its grain, and whether it is
    relative ("Monday", "last year") or introduced by "since"."""

    start: int
    end: int
    date: Optional[_datetime.date]
    grain: str
    relative: bool
    since: bool


# ---------------------------------------------------------------------------
# From the extension's tuples


def _sentence(t) -> Sentence:
    return Sentence(*t)


def _summary(t, unit: str, budget: int, query, cluster_id) -> Summary:
    method, note, words, sents, language = t
    return Summary(map(_sentence, sents), method=method, note=note, words=words, query=query, unit=unit,
                   budget=budget, cluster_id=cluster_id, language=language)


def _timeline(t, cluster_id) -> Timeline:
    entries, unresolved = t
    return Timeline(
        tuple(TimelineEntry(_date(d), g, label, m, nd, tuple(map(_sentence, ss)))
              for d, g, label, m, nd, ss in entries),
        tuple(Unresolved(*u) for u in unresolved), cluster_id)


def _entity(t) -> Entity:
    name, type_, aliases, mentions, per = t
    return Entity(name, type_, aliases, tuple(Mention(*m) for m in mentions), dict(per))


def _quote(t) -> Quote:
    return Quote(*t)


def _restore_cluster(cls, ops):
    """Unpickling: a cluster rebuilt from the inputs it was given."""
    c = cls()
    for op in ops:
        c._replay(op)
    return c


# ---------------------------------------------------------------------------
# Clusters


class Cluster(_precis._Cluster):
    """A cluster of news articles about one story.

    ``Cluster(*paths, format="auto")`` reads the given files or directories
    (as ``add_path``).  Add documents with ``add_path``, ``add_text``,
    ``add_html``, ``add_url`` or ``add_buffer``; ``len(cluster)`` is the
    number of documents; ``diagnostics`` lists what went wrong while reading.
    Then ``summarize()``, ``timeline()``, ``entities()``, ``quotes()`` or
    ``digest()``.

    A cluster pickles as the inputs it was given (texts and pages by value,
    paths by name: files are read again when it is unpickled; one that read
    standard input raises TypeError).  Threads may share a cluster; they
    take turns."""

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._ops = []  # the inputs, for pickling (set here, so subclasses need not call __init__)
        return self

    def __init__(self, *paths, format: str = "auto"):
        for p in paths:
            self.add_path(p, format=format)

    # ---- reading ------------------------------------------------------

    def _errors_since(self, n: int) -> str:
        diags = [Diagnostic(_SEVERITIES.get(s, "error"), f, ln or None, off if off >= 0 else None, m)
                 for s, f, ln, off, m in self._diagnostics(n)]
        errs = [d for d in diags if d.severity == "error"] or diags
        return "; ".join(str(d) for d in errs) or "input rejected"

    def add_path(self, path, format: str = "auto") -> int:
        """Add a file, a directory (every regular, non-hidden file in it,
        sorted by name) or "-" (standard input).  ``format`` is "auto"
        (detected from the name and content), "text", "sgml" (TREC/DUC
        <DOC> articles), "json" (a cluster object) or "html".  Returns the
        number of documents added.  Raises FileNotFoundError when the path
        does not exist, precis.Error when nothing could be read from it
        (problems with some files of a directory are only diagnostics)."""
        how = _input(format)
        if not isinstance(path, (str, _builtins.bytes, _os.PathLike)):
            raise TypeError(f"path must be a str, bytes or os.PathLike, not {type(path).__name__}")
        fs = _os.fsencode(path)
        n0 = len(self._diagnostics(0))
        r = self._add_path(fs, how)
        if r < 0:
            msg = self._errors_since(n0)
            if fs != b"-" and not _os.path.lexists(fs):
                raise FileNotFoundError(_errno.ENOENT, msg, _os.fsdecode(fs))
            raise Error(msg)
        self._ops.append(("path", _os.fsdecode(fs), format))
        return r

    def add_text(self, text: Text, id: Optional[str] = None, date=None, source: Optional[str] = None,
                 title: Optional[str] = None, name: Optional[str] = None) -> None:
        """Add one document from memory: ``text`` is a str or UTF-8 bytes
        (offsets of its sentences are byte offsets into its UTF-8 encoding).
        ``id`` defaults to "doc-N" (N counts from 1); ``date`` is an ISO 8601
        string or a datetime.date; ``source`` the outlet; ``name`` names the
        text in diagnostics.  Raises precis.Error when the text is rejected
        (empty, too large)."""
        data = _data("text", text)
        args = (_opt_str("id", id), _date_str(date), _opt_str("source", source), _opt_str("title", title),
                _opt_str("name", name))
        n0 = len(self._diagnostics(0))
        if self._add_text(data, *args) < 0:
            raise Error(self._errors_since(n0))
        self._ops.append(("text", _builtins.bytes(data), args))

    def add_html(self, html: Text, url: Optional[str] = None, charset: Optional[str] = None,
                 name: Optional[str] = None) -> None:
        """Add the article of a web page (its bytes, or a str).  ``url`` is
        the page's address (for metadata and relative links), ``charset``
        the one of an HTTP Content-Type header; sentences are attributed to
        byte offsets of the page.  Raises precis.Error when the page has no
        article."""
        data = _data("html", html)
        args = (_opt_str("name", name), _opt_str("url", url), _opt_str("charset", charset))
        n0 = len(self._diagnostics(0))
        if self._add_html(data, *args) < 0:
            raise Error(self._errors_since(n0))
        self._ops.append(("html", _builtins.bytes(data), args))

    def add_url(self, url: str, timeout: Optional[float] = None, max_bytes: Optional[int] = None,
                max_redirects: Optional[int] = None) -> None:
        """Fetch a web page (http or https, with libcurl) and add its article,
        as ``precis summarize --url`` does.  ``timeout`` is in seconds
        (default 20), ``max_bytes`` defaults to 20 MB, ``max_redirects`` to
        5.  Raises precis.Error naming the URL when it cannot be fetched or
        has no article."""
        if not isinstance(url, str):
            raise TypeError(f"url must be a str, not {type(url).__name__}")
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
            raise TypeError("timeout must be a number of seconds")
        if timeout is not None and timeout < 0:
            raise ValueError("timeout must not be negative")
        t = -1 if timeout is None else int(timeout * 1000)
        mb = _count("max_bytes", max_bytes)
        mr = _count("max_redirects", max_redirects)
        data, final, charset, is_text = _precis.fetch(url, t, -1 if mb is None else mb, -1 if mr is None else mr)
        op = ("page", url, data, final, charset, is_text)
        n0 = len(self._diagnostics(0))
        if self._add_page(op) < 0:
            raise Error(self._errors_since(n0))
        self._ops.append(op)

    def _add_page(self, op) -> int:
        # what precis_cluster_add_url does with a fetched page
        _, url, data, final, charset, is_text = op
        if is_text:
            return self._add_text(data, url, None, url, None, url)
        return self._add_html(data, url, final, charset)

    def add_buffer(self, data: Text, name: Optional[str] = None, format: str = "auto") -> int:
        """Add the documents of a buffer in any supported format (e.g. a JSON
        cluster object {"id":..., "docs":[{"id", "text"|"html", "date",
        "source", "title"}]}); ``name`` names it in diagnostics.  Returns the
        number of documents added; raises precis.Error when none could be."""
        buf = _data("data", data)
        how = _input(format)
        name = _opt_str("name", name)
        n0 = len(self._diagnostics(0))
        r = self._add_buffer(buf, name, how)
        if r < 0:
            raise Error(self._errors_since(n0))
        self._ops.append(("buffer", _builtins.bytes(buf), name, how))
        return r

    def _replay(self, op) -> None:
        kind = op[0]
        if kind == "path":
            self.add_path(op[1], format=op[2])
            return
        if kind == "text":
            r = self._add_text(op[1], *op[2])
        elif kind == "html":
            r = self._add_html(op[1], *op[2])
        elif kind == "page":
            r = self._add_page(op)
        elif kind == "buffer":
            r = self._add_buffer(op[1], op[2], op[3])
        else:
            raise ValueError(f"unknown cluster input {kind!r}")
        if r < 0:
            raise Error(self._errors_since(0))
        self._ops.append(op)

    def __reduce__(self):
        if any(op[0] == "path" and op[1] == "-" for op in self._ops):
            raise TypeError("a precis.Cluster that read standard input cannot be pickled "
                            "(its documents are read again from their paths when unpickled)")
        return (_restore_cluster, (type(self), tuple(self._ops)))

    @property
    def diagnostics(self) -> list:
        """Warnings and errors met while reading (a list of Diagnostic)."""
        return [Diagnostic(_SEVERITIES.get(s, "error"), f, ln or None, off if off >= 0 else None, m)
                for s, f, ln, off, m in self._diagnostics(0)]

    @property
    def documents(self) -> list:
        """The documents' metadata (a list of Document)."""
        return [Document(i, d, t, s, _date(dt)) for i, (d, t, s, dt) in enumerate(self._documents())]

    def __repr__(self) -> str:
        cid = f" {self.id!r}" if self.id else ""
        return f"<precis.Cluster{cid}: {len(self)} documents>"

    # ---- summaries -----------------------------------------------------

    @staticmethod
    def _summary_args(words, bytes, sentences, method, query, params, order, truncate, language, idf,
                      redundancy):
        given = [(u, v) for u, v in (("words", words), ("bytes", bytes), ("sentences", sentences))
                 if v is not None]
        if len(given) > 1:
            raise ValueError("give one of words, bytes or sentences")
        unit, budget = given[0] if given else ("words", 100)
        budget = _count(unit, budget, allow_none=False)
        if not isinstance(truncate, bool):
            raise TypeError("truncate must be a bool")
        order = _choice("order", order, _ORDERS) or "date"
        args = (("words", "bytes", "sentences").index(unit), budget, _opt_str("method", method),
                _opt_str("query", query), _params(params), _ORDERS[order], truncate,
                _opt_str("language", language), _choice("idf", idf, ("background", "cluster")),
                _choice("redundancy", redundancy, ("threshold", "mmr")))
        return unit, budget, args

    def summarize(self, words: Optional[int] = None, *, bytes: Optional[int] = None,
                  sentences: Optional[int] = None, method: Optional[str] = None, query: Optional[str] = None,
                  params=None, order: Optional[str] = None, truncate: bool = False,
                  language: Optional[str] = None, idf: Optional[str] = None,
                  redundancy: Optional[str] = None) -> Summary:
        """Summarise the cluster: sentences of its documents, at most
        ``words`` words (default 100), or ``bytes`` bytes (sentences joined
        by one space), or ``sentences`` sentences.

        ``method``: a name from ``precis.methods()`` (default "coverage");
        ``query``: focus the summary on a question or topic; ``params``:
        method parameters, a mapping {"damping": 0.9} or "name=value"
        strings; ``order``: "date" (document date, then position; default)
        or "score"; ``truncate``: cut the last sentence to fill the budget
        exactly (DUC/ROUGE convention); ``language``: Snowball stemmer name
        (default "english"); ``idf``: "background" (default) or "cluster";
        ``redundancy``: "threshold" (default) or "mmr".

        Returns a Summary (a list of Sentence); raises ValueError for an
        unknown method, parameter or language, with the library's message."""
        unit, budget, args = self._summary_args(words, bytes, sentences, method, query, params, order,
                                                truncate, language, idf, redundancy)
        return _summary(self._summarize(*args), unit, budget, query, self.id)

    def timeline(self, max_dates: Optional[int] = None, words_per_date: Optional[int] = None) -> Timeline:
        """The dated events of the cluster in date order, as ``precis
        timeline``: every date the articles name, resolved against each
        article's own date, told by the sentence(s) the articles agree on
        most.  ``max_dates`` keeps the N dates most articles mention (default
        all); ``words_per_date`` defaults to 40 (at least one sentence)."""
        md = _count("max_dates", max_dates)
        wpd = _count("words_per_date", words_per_date)
        return _timeline(self._timeline(-1 if md is None else md, -1 if wpd is None else wpd), self.id)

    def entities(self, max: Optional[int] = None, type: Optional[str] = None) -> list:
        """People, places, organisations and other names, most mentioned
        first, with aliases merged ("Abe" / "Shinzo Abe").  ``max`` keeps the
        N most mentioned; ``type`` keeps one type ("person", "place",
        "organization", "other").  A list of Entity."""
        n = _count("max", max) or 0
        t = _ENTITY_TYPES[_choice("type", type, _ENTITY_TYPES)] if type is not None else -1
        return [_entity(e) for e in self._entities(n, t)]

    def quotes(self, max: Optional[int] = None) -> list:
        """Direct quotations of three words or more with their speakers, in
        document order; with ``max``, the N key quotes (the best of each
        leading speaker), as ``precis quotes --max N``.  A list of Quote."""
        n = _count("max", max)
        return [_quote(q) for q in self._quotes(-1 if n is None else n)]

    def digest(self, words: Optional[int] = None, *, bytes: Optional[int] = None,
               sentences: Optional[int] = None, method: Optional[str] = None, query: Optional[str] = None,
               params=None, order: Optional[str] = None, truncate: bool = False,
               language: Optional[str] = None, idf: Optional[str] = None, redundancy: Optional[str] = None,
               max_dates: int = 12, words_per_date: int = 30, max_entities: int = 12,
               max_quotes: int = 6) -> Digest:
        """Summary, timeline, leading entities and key quotes in one Digest,
        what ``precis digest`` reports.  The summary options are those of
        ``summarize``; ``max_dates`` (default 12) and ``words_per_date``
        (30) shape the timeline; ``max_entities`` (12) and ``max_quotes``
        (6; 0 = every quote) the rest.  A quote's ``entity`` indexes
        ``cluster.entities()`` (all of them)."""
        unit, budget, args = self._summary_args(words, bytes, sentences, method, query, params, order,
                                                truncate, language, idf, redundancy)
        rest = (_count("max_dates", max_dates, False), _count("words_per_date", words_per_date, False),
                _count("max_entities", max_entities, False), _count("max_quotes", max_quotes, False))
        s, t, e, q = self._digest(*args, *rest)
        cid = self.id
        return Digest(cid, _summary(s, unit, budget, query, cid), _timeline(t, cid),
                      tuple(_entity(x) for x in e), tuple(_quote(x) for x in q))

    def sentences(self, include_removed: bool = False) -> list:
        """Every sentence of every document after cleaning, in order (as
        ``precis segment``); with ``include_removed``, the spans the cleaner
        removed too, with the reason.  A list of Segment."""
        if not isinstance(include_removed, bool):
            raise TypeError("include_removed must be a bool")
        ids = [d[0] for d in self._documents()]
        return [Segment(ids[d], d, s, e, t, r) for d, s, e, t, r in self._segments(include_removed)]


# ---------------------------------------------------------------------------
# Functions


def extract(html: Text, url: Optional[str] = None, charset: Optional[str] = None) -> Article:
    """The article of a web page (``precis extract``): ``html`` is the page's
    bytes (or a str); ``url`` its address; ``charset`` the one of an HTTP
    Content-Type header.  Raises precis.Error when the page has no article."""
    t = _precis.extract(_data("html", html), _opt_str("url", url), _opt_str("charset", charset))
    title, date, author, site, u, lang, text, paras, enc, enc_from, replaced, first = t
    return Article(title, date, author, site, u, lang, text, tuple(Paragraph(*p) for p in paras), enc,
                   enc_from, replaced, first if first >= 0 else None)


def methods() -> list:
    """The summarisation methods, the default ("coverage") first: a list of
    Method with their descriptions and parameters."""
    return [Method(n, d, tuple(Param(*p) for p in ps)) for n, d, ps in _precis.methods()]


def summarize_texts(texts: Sequence[Text], words: int = 100) -> str:
    """The one-call interface: summarise plain-text documents with the
    default method into at most ``words`` words; the sentences, one per line
    ("" when no sentence could be extracted)."""
    if isinstance(texts, (str, _builtins.bytes)):
        raise TypeError("texts must be a sequence of texts, not a single text")
    data = tuple(_builtins.bytes(_data("text", t)) for t in texts)
    return _precis.summarize_texts(data, _count("words", words, False)) or ""


def find_dates(text: Text, ref=None) -> list:
    """The date expressions of a text ("1945", "November 2013", "last week",
    "on Thursday"), relative ones resolved against ``ref`` (a datetime.date,
    the day the text was written; unresolved without it).  Offsets are
    bytes of the text's UTF-8 encoding.  A list of DateMention."""
    if ref is None:
        y = m = d = 0
    elif isinstance(ref, _datetime.date):
        y, m, d = ref.year, ref.month, ref.day
    else:
        raise TypeError(f"ref must be a datetime.date or None, not {type(ref).__name__}")
    return [DateMention(s, e, _date(dt), g, rel, since)
            for s, e, dt, g, rel, since in _precis.find_dates(_data("text", text), y, m, d)]
