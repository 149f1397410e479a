"""test_threads.py — the GIL is released while the library works, and
threads summarising at once (each its own cluster, or sharing one) get the
same results as one thread doing the same work in turn."""
import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import pytest

import precis

JOBS = [(m, w) for m in ("coverage", "lexrank", "centroid", "klsum", "textrank", "submodular") for w in (50, 120)]


def story(c, method, words):
    """Everything a cluster gives, as comparable values."""
    return (list(c.summarize(words, method=method)), c.timeline(max_dates=5), c.entities(max=5),
            c.quotes(max=3), c.digest(words=words, method=method))


def test_threads_each_with_a_cluster(example):
    serial = [story(precis.Cluster(example), m, w) for m, w in JOBS]
    with ThreadPoolExecutor(max_workers=4) as ex:
        for _ in range(3):
            par = list(ex.map(lambda j: story(precis.Cluster(example), *j), JOBS))
            assert par == serial


def test_threads_sharing_a_cluster(example):
    shared = precis.Cluster(example)
    serial = [story(shared, m, w) for m, w in JOBS]
    with ThreadPoolExecutor(max_workers=4) as ex:
        par = list(ex.map(lambda j: story(shared, *j), JOBS * 2))
    assert par == serial * 2


def test_threads_adding_and_reading(example):
    """Documents added from several threads at once all arrive."""
    c = precis.Cluster()
    files = sorted(example.iterdir())
    with ThreadPoolExecutor(max_workers=4) as ex:
        list(ex.map(lambda p: c.add_text(p.read_text(), id=p.name), files * 4))
    assert len(c) == 20
    assert sorted(d.id for d in c.documents) == sorted(p.name for p in files * 4)


CHILD = textwrap.dedent("""
    import os, sys, threading, precis
    r, w = os.pipe()
    os.dup2(r, 0)
    os.close(r)
    c = precis.Cluster()
    got = []
    t = threading.Thread(target=lambda: got.append(c.add_path("-")))
    t.start()
    # Wait until the thread is blocked in read(0) inside the library.  Only
    # possible if it let go of the GIL: else this thread never runs again,
    # the pipe stays empty and the parent's timeout ends the test.
    syscall = f"/proc/self/task/{t.native_id}/syscall"
    while True:
        with open(syscall) as f:
            if f.read().split()[:2] == ["0", "0x0"]:
                break
    with open(sys.argv[1], "rb") as f:
        os.write(w, f.read())
    os.close(w)
    t.join()
    print("read", got[0])
""")


@pytest.mark.skipif(not os.path.exists("/proc/self/syscall") or os.uname().machine != "x86_64",
                    reason="needs Linux's /proc/PID/syscall on x86_64")
def test_gil_released_while_the_library_reads(example):
    article = sorted(example.iterdir())[0]
    try:
        r = subprocess.run([sys.executable, "-c", CHILD, str(article)], capture_output=True, text=True,
                           timeout=60, env=dict(os.environ))
    except subprocess.TimeoutExpired:
        pytest.fail("add_path('-') held the GIL while blocked reading standard input")
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["read", "1"]
