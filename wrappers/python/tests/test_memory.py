"""test_memory.py — no leaks: every call of the package, errors included,
run many times over; neither the Python objects alive (tracemalloc) nor the
process's resident memory (which sees the C library's allocations too) may
grow with the number of rounds."""
import ctypes
import gc
import os
import pickle
import tracemalloc

import precis
from conftest import PAGES

PAGE = (PAGES / "article.html").read_bytes()
LOGIN = (PAGES / "login.html").read_bytes()


def one_round(example):
    c = precis.Cluster(example)
    c.add_text("Officials said on Friday the talks would continue in Tokyo next month. No deal is expected.",
               id="x", date="2019-01-25", title="T", source="S")
    c.add_html(PAGE, url="https://example.org/a")
    c.add_buffer('{"docs": [{"text": "The dispute dates back to 1945. Both want a treaty signed soon."}]}')
    c.summarize()
    c.summarize(bytes=300, truncate=True, method="lexrank", query="treaty", params={"damping": 0.8})
    c.timeline()
    c.entities(max=5)
    c.quotes()
    c.digest(words=60)
    c.sentences(include_removed=True)
    c.diagnostics
    c.documents
    pickle.loads(pickle.dumps(c))
    precis.extract(PAGE)
    precis.methods()
    precis.find_dates("On Tuesday, as in 1956, nothing moved.")
    precis.summarize_texts(["One text about talks in Moscow. It has two sentences."], 20)
    for bad in (lambda: c.add_path(example / "missing"), lambda: c.summarize(method="nope"),
                lambda: precis.extract(LOGIN), lambda: c.add_text(""), lambda: c.summarize(words=-1)):
        try:
            bad()
        except (precis.Error, ValueError, OSError):
            pass


def rss():
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)  # give freed memory back, so only what is held counts
    except OSError:
        pass
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_no_growth(example):
    # the C side: resident memory, measured without tracemalloc (which uses
    # memory of its own), once the allocator has warmed up (it reaches its
    # plateau, some 300 KB above the first round, within 100 rounds)
    for _ in range(100):
        one_round(example)
    r0 = rss()
    for _ in range(200):
        one_round(example)
    grown = rss() - r0
    # the Python side: objects still allocated after the rounds
    tracemalloc.start()
    t0 = tracemalloc.get_traced_memory()[0]
    for _ in range(50):
        one_round(example)
    gc.collect()
    t1 = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # a round allocates ~1 MB; leaking one summary (~5 KB), or one reference
    # to each document id, a round exceeds these bounds
    assert grown < 512 * 1024, f"resident memory grew by {grown / 1e6:.2f} MB in 200 rounds"
    assert t1 - t0 < 32 * 1024, f"Python objects grew by {t1 - t0} bytes in 50 rounds"
