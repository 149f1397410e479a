#!/usr/bin/env python3
"""deps.py LIBPRECIS.a [SRC_DIR] — the library's dependency rules, checked on
what the linker sees (nm of every object), not on what the includes claim.

Checks, each printed as 'ok' or 'FAIL', then 'N passed, N failed':
  1. no circular dependency between source files: file A uses a symbol that
     file B defines, and B (directly or through others) uses one of A's;
  2. folders depend downward only, in the order of LAYERS below (a file may
     use its own folder and the folders listed before it), with the few
     upward uses the design allows listed in ALLOWED and explained there;
  3. no source file declares a function by hand: every 'pc_' or 'precis_'
     prototype outside a header is a definition.
Written in Python's standard library only: it runs where the build runs.
"""
import os
import re
import subprocess
import sys

# Folders of src/ from the bottom up: each may use those before it.  The two
# files at src/'s top are layers of their own: pipeline.c runs the core and
# the methods and is used by the story and batch runs; precis.c, the
# facade, may use everything.
LAYERS = ["util", "dates", "core", "methods", "pipeline", "web", "story", "render", "eval",
          "batch", "facade"]
TOP_FILES = {"pipeline.c": "pipeline", "precis.c": "facade"}
# Upward uses that are part of the design, as (user folder, used folder):
ALLOWED = {
    # reading a web page (core/read.c) asks web/ for its article; fetch.c
    # adds the fetched page through core/read.c: no file-level circle.
    ("core", "web"),
    # the summary pipeline's steps live in core/ and methods/; core/ calls the
    # method through the table and methods/ call core/'s selection helpers.
    ("core", "methods"),
}


def objects(archive):
    out = subprocess.run(["nm", "-A", archive], capture_output=True, text=True, check=True).stdout
    defs, uses = {}, {}
    for line in out.splitlines():
        m = re.match(r"^[^:]*:([^:]+\.o):\s*(?:[0-9a-f]+)?\s+([A-Za-z])\s+(\S+)$", line)
        if not m:
            continue
        obj, kind, sym = m.groups()
        obj = obj[:-2]  # "read.c.o" -> "read.c"
        uses.setdefault(obj, set())
        if kind in "TDBRC":
            defs[sym] = obj
        elif kind == "U":
            uses[obj].add(sym)
    edges = {o: set() for o in uses}
    for o, syms in uses.items():
        for s in syms:
            d = defs.get(s)
            if d and d != o:
                edges[o].add(d)
    return edges


def cycles(edges):
    """Strongly connected components of more than one file (Tarjan)."""
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def folders(src):
    where = {}
    for root, _, files in os.walk(src):
        for f in files:
            if f.endswith(".c"):
                rel = os.path.relpath(root, src)
                where[f] = rel.split(os.sep)[0] if rel != "." else TOP_FILES.get(f, "facade")
    return where


def main():
    archive = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "src")
    passed = failed = 0

    def check(ok, what, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print("ok   " + what)
        else:
            failed += 1
            print("FAIL " + what + (": " + detail if detail else ""))

    edges = objects(archive)
    cyc = cycles(edges)
    check(not cyc, "no circular dependency between source files (%d files)" % len(edges),
          "; ".join(" <-> ".join(c) for c in cyc))

    where = folders(src)
    rank = {f: i for i, f in enumerate(LAYERS)}
    bad = []
    for a, bs in sorted(edges.items()):
        fa = where.get(a)
        for b in sorted(bs):
            fb = where.get(b)
            if fa is None or fb is None or fa == fb:
                continue
            if rank.get(fb, 99) > rank.get(fa, 99) and (fa, fb) not in ALLOWED:
                bad.append("%s/%s -> %s/%s" % (fa, a, fb, b))
    check(not bad, "folders depend downward only (%s)" % " < ".join(LAYERS), "; ".join(bad))

    proto = re.compile(r"^(?!static)[A-Za-z_][\w \*]*\b((?:pc|precis)_\w+)\([^;{]*\);\s*$")
    hand = []
    for root, _, files in os.walk(src):
        for f in sorted(files):
            if not f.endswith(".c"):
                continue
            path = os.path.join(root, f)
            with open(path, encoding="utf-8") as fh:
                for i, line in enumerate(fh, 1):
                    m = proto.match(line)
                    if m:
                        hand.append("%s:%d %s" % (os.path.relpath(path, src), i, m.group(1)))
    check(not hand, "no function declared by hand in a .c file", "; ".join(hand))

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
