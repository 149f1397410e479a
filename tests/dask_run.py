#!/usr/bin/python3
# tests/dask_run.py — a real distributed run of precis on Dask, with a worker
# killed in the middle of it.
#
# Why: docs/scale.md recommends Dask for summarising many clusters on many
# machines; this runs that setup for real on one machine and checks what the
# recipe promises: one task per cluster, each building a precis.Cluster in a
# worker process, every summary arriving (in input order) even when a worker
# dies mid-run, and every summary equal to the command-line tool's.
#
# It starts a dask scheduler and two worker processes (no nanny, so a killed
# worker stays dead), all bound to 127.0.0.1, summarises the 50 DUC 2006
# clusters (../shared/data/duc2006/clusters/*/docs; when absent, 20 clusters
# generated from the bundled example's sentences, shuffled with a fixed
# seed), SIGKILLs the worker that is busy after the first few results,
# and compares every summary with `BUILD_DIR/precis summarize --format json`
# on the same input.  It then runs the Python program printed in
# docs/scale.md on a JSON Lines stream and compares its output with
# `precis batch`.  Everything it starts is stopped at the end, on failure too.
#
# Usage: /usr/bin/python3 tests/dask_run.py BUILD_DIR
# (needs Debian's python3-distributed and the precis Python package built in
# BUILD_DIR/wrappers/python; without them it prints SKIP and exits 0.)
import ctypes
import glob
import json
import logging
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUC = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "duc2006", "clusters"))
EXAMPLE = os.path.join(ROOT, "examples", "kuril-islands")
WORDS = 100
KILL_AFTER = 3          # results to wait for before killing a worker
TIMEOUT = 120           # seconds for the whole distributed run
RUN_SECONDS = 4         # the tasks' pauses add up to this (2 s on 2 workers)
START_TIMEOUT = 60      # seconds for the scheduler and workers to come up

passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + what)
    else:
        failed += 1
        print("FAIL " + what + (": " + detail if detail else ""))
    sys.stdout.flush()


def skip(why):
    print("SKIP tests/dask_run.py: " + why)
    print("0 passed, 0 failed, 1 skipped")
    sys.exit(0)


# -- the task: runs in a worker process ---------------------------------------

def summarize_dir(path, words, pause):
    """Summarise the documents in `path` with the precis package; plain data
    back (so the result pickles): the worker's pid and the sentences.
    `pause` seconds of sleep first stretch the run (a DUC cluster takes about
    10 ms) so that the kill lands while tasks remain, on any machine."""
    import precis
    time.sleep(pause)
    c = precis.Cluster()
    c.add_path(path)
    return os.getpid(), [(s.text, s.doc_id, s.start, s.end) for s in c.summarize(words=words)]


# -- inputs ------------------------------------------------------------------

def example_sentences():
    sents = []
    for f in sorted(glob.glob(os.path.join(EXAMPLE, "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        sents += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]
    return sents


def generate_clusters(tmp, n=20):
    """n clusters of 5 plain-text articles, each 12 of the bundled example's
    sentences drawn with a fixed seed: one directory per cluster."""
    sents = example_sentences()
    if len(sents) < 12:
        raise SystemExit("tests/dask_run.py: too few sentences in " + EXAMPLE)
    rng = random.Random(24)
    dirs = []
    for i in range(n):
        d = os.path.join(tmp, "gen", "gen-%02d" % i)
        os.makedirs(d)
        for j in range(5):
            with open(os.path.join(d, "article-%d.txt" % (j + 1)), "w", encoding="utf-8") as fh:
                fh.write(" ".join(rng.sample(sents, 12)) + "\n")
        dirs.append(d)
    return dirs


def jsonl_of(dirs):
    """The clusters in `dirs` as JSON Lines, the input of precis batch."""
    lines = []
    for d in dirs:
        docs = []
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                docs.append({"id": f, "text": fh.read()})
        lines.append(json.dumps({"id": os.path.basename(d), "docs": docs}))
    return lines


def cli_summary(precis_bin, path):
    r = subprocess.run([precis_bin, "summarize", "--format", "json", "--words", str(WORDS), path],
                       capture_output=True, timeout=60)
    if r.returncode != 0:
        raise SystemExit("tests/dask_run.py: %s summarize %s failed: %s"
                         % (precis_bin, path, r.stderr.decode(errors="replace")))
    return [(s["text"], s["doc"], s["start"], s["end"]) for s in json.loads(r.stdout)["sentences"]]


# -- processes ---------------------------------------------------------------

def die_with_parent():
    # Linux: the child gets SIGTERM when this test process dies, even by SIGKILL.
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def start(args, log, env):
    return subprocess.Popen([sys.executable, "-m"] + args, stdout=log, stderr=subprocess.STDOUT,
                            env=env, preexec_fn=die_with_parent)


def stop(procs):
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=10)


def listening(pids):
    """The local addresses of the TCP sockets the processes `pids` listen on
    (Linux /proc), as "ip:port" strings; None when /proc cannot tell."""
    inodes = set()
    try:
        for pid in pids:
            fd = "/proc/%d/fd" % pid
            for f in os.listdir(fd):
                link = os.readlink(os.path.join(fd, f))
                if link.startswith("socket:["):
                    inodes.add(link[8:-1])
        out = []
        for table, v6 in (("/proc/net/tcp", False), ("/proc/net/tcp6", True)):
            if not os.path.exists(table):
                continue
            with open(table) as fh:
                for row in fh.readlines()[1:]:
                    f = row.split()
                    if f[3] != "0A" or f[9] not in inodes:  # 0A: LISTEN
                        continue
                    ip, port = f[1].split(":")
                    if v6:
                        ip = "::1" if ip == "0" * 24 + "01000000" else "[%s]" % ip
                    else:
                        ip = ".".join(str(int(ip[i:i + 2], 16)) for i in (6, 4, 2, 0))
                    out.append("%s:%d" % (ip, int(port, 16)))
        return out
    except OSError:
        return None


def recipe_source():
    with open(os.path.join(ROOT, "docs", "scale.md"), encoding="utf-8") as fh:
        md = fh.read()
    m = re.search(r"```python\n(#!/usr/bin/python3\n# precis_dask\.py.*?)```", md, re.S)
    return m.group(1) if m else None


def main():
    global failed
    if len(sys.argv) != 2:
        sys.stderr.write("usage: /usr/bin/python3 tests/dask_run.py BUILD_DIR\n")
        return 2
    build = os.path.abspath(sys.argv[1])
    precis_bin = os.path.join(build, "precis")
    pydir = os.path.join(build, "wrappers", "python")
    if not os.access(precis_bin, os.X_OK):
        sys.stderr.write("tests/dask_run.py: no %s (build first)\n" % precis_bin)
        return 2
    try:
        import distributed  # noqa: F401
        from distributed import Client, wait
    except ImportError as e:
        skip("Dask distributed is not importable (%s); apt-get install python3-distributed" % e)
    sys.path.insert(0, pydir)
    try:
        import precis  # noqa: F401
    except ImportError as e:
        skip("the precis Python package is not importable from %s (%s)" % (pydir, e))

    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    # the client logs the results it re-fetches after the kill: expected here
    logging.getLogger("distributed").setLevel(logging.ERROR)
    tmp = tempfile.mkdtemp(prefix="precis-dask-")
    procs, client, log = [], None, None
    try:
        env = dict(os.environ)
        env["PYTHONPATH"] = pydir + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        sfile = os.path.join(tmp, "scheduler.json")
        log = open(os.path.join(tmp, "dask.log"), "w")
        procs.append(start(["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                            "--no-dashboard", "--dashboard-address", "127.0.0.1:0", "--no-show",
                            "--scheduler-file", sfile,
                            "--idle-timeout", "300"], log, env))
        for i in range(2):
            procs.append(start(["distributed.cli.dask_worker", "--scheduler-file", sfile,
                                "--host", "127.0.0.1", "--no-nanny", "--nthreads", "1",
                                "--no-dashboard", "--dashboard-address", "127.0.0.1:0", "--name", "w%d" % i, "--death-timeout", "60",
                                "--local-directory", os.path.join(tmp, "w%d" % i)], log, env))

        # inputs and the command-line tool's summaries, while Dask starts
        gen = generate_clusters(tmp)
        if os.path.isdir(DUC):
            dirs = sorted(glob.glob(os.path.join(DUC, "*", "docs")))
            what = "%d DUC 2006 clusters" % len(dirs)
        else:
            print("note: %s is absent: using %d clusters generated from %s" % (DUC, len(gen), EXAMPLE))
            dirs = gen
            what = "%d generated clusters" % len(gen)
        ref = [cli_summary(precis_bin, d) for d in dirs]

        deadline = time.monotonic() + START_TIMEOUT
        while not os.path.exists(sfile):
            if time.monotonic() > deadline or procs[0].poll() is not None:
                raise SystemExit("tests/dask_run.py: the scheduler did not start (log: %s)" % log.name)
            time.sleep(0.1)
        client = Client(scheduler_file=sfile, timeout=START_TIMEOUT)
        client.wait_for_workers(2, timeout=START_TIMEOUT)
        pids = client.run(os.getpid)  # worker address -> pid
        addrs = [client.scheduler.address] + list(pids)
        check(len(pids) == 2 and all(a.startswith("tcp://127.0.0.1:") for a in addrs),
              "scheduler and 2 workers up, on 127.0.0.1 only", " ".join(addrs))
        check(sorted(pids.values()) == sorted(p.pid for p in procs[1:]),
              "the workers are the 2 worker processes started (no nanny)", str(pids))
        socks = listening([p.pid for p in procs])
        if socks is not None:
            check(socks and all(a.startswith("127.0.0.1:") or a.startswith("::1:") for a in socks),
                  "the scheduler and workers listen on 127.0.0.1 only (%d sockets)" % len(socks),
                  " ".join(socks))

        # one task per cluster; kill the busy worker after the first results
        t0 = time.monotonic()
        pause = RUN_SECONDS / len(dirs)
        futs = [client.submit(summarize_dir, d, WORDS, pause, pure=False) for d in dirs]
        while sum(f.done() for f in futs) < KILL_AFTER:
            if time.monotonic() - t0 > TIMEOUT:
                raise SystemExit("tests/dask_run.py: no results after %d s (log: %s)" % (TIMEOUT, log.name))
            time.sleep(0.005)
        # a snapshot of the tasks on each worker; retry until one holds a task
        # (between two tasks a worker may briefly hold none)
        while True:
            processing = client.processing()
            victim = max(processing, key=lambda a: len(processing[a]))
            done_at_kill = sum(f.done() for f in futs)
            if processing[victim] or done_at_kill == len(futs) or time.monotonic() - t0 > TIMEOUT:
                break
        held = set(processing[victim])
        os.kill(pids[victim], signal.SIGKILL)
        vproc = next(p for p in procs if p.pid == pids[victim])
        survivor = next(a for a in pids if a != victim)

        wait(futs, timeout=TIMEOUT - (time.monotonic() - t0))
        results = [f.result(timeout=10) for f in futs]
        check(len(held) > 0 and done_at_kill < len(futs),
              "a worker was killed mid-run: SIGKILL to pid %d after %d of %d results, holding %d task(s)"
              % (pids[victim], done_at_kill, len(futs), len(held)),
              "it held no task (processing: %s)" % processing)
        try:
            rc = vproc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            rc = None
        deadline = time.monotonic() + 10
        while True:  # the scheduler drops the dead worker when its connection closes
            workers = client.scheduler_info()["workers"]
            if victim not in workers or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        check(rc == -signal.SIGKILL and victim not in workers and list(workers) == [survivor],
              "the killed worker is gone (exit %s) and the scheduler has 1 worker left" % rc,
              "workers now: %s" % list(workers))
        by_key = {f.key: r for f, r in zip(futs, results)}
        redone = [by_key[k][0] for k in held if k in by_key]
        check(len(redone) == len(held) and all(p == pids[survivor] for p in redone),
              "the %d task(s) the killed worker held were run again by the survivor" % len(held),
              "pids %s, survivor %d" % (redone, pids[survivor]))
        check(len(results) == len(dirs) and all(r is not None for r in results),
              "every one of the %s got a summary, gathered in input order" % what)
        bad = [i for i, (r, want) in enumerate(zip(results, ref)) if r[1] != want]
        nsent = sum(len(r) for r in ref)
        check(not bad and nsent > 0,
              "all %d summaries (%d sentences) equal precis summarize --format json: text, doc, offsets"
              % (len(ref), nsent),
              "%d differ, first %s:\n  dask: %s\n  cli:  %s"
              % (len(bad), dirs[bad[0]], results[bad[0]][1], ref[bad[0]]) if bad else "no sentences")

        # docs/scale.md's program, on JSON Lines with one bad line, against precis batch
        src = recipe_source()
        if src is None:
            check(False, "docs/scale.md has the precis_dask.py program", "no ```python block starting '#!/usr/bin/python3\\n# precis_dask.py'")
        else:
            prog = os.path.join(tmp, "precis_dask.py")
            with open(prog, "w", encoding="utf-8") as fh:
                fh.write(src)
            lines = jsonl_of(gen)
            lines[2] = json.dumps(dict(json.loads(lines[2]), query="the peace treaty and the islands"))
            lines.insert(5, json.dumps({"id": "empty", "docs": []}))
            lines.append('{"id": "cut", "docs": [{"text": "The line ends here')
            inp = os.path.join(tmp, "in.jsonl")
            with open(inp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
            b = subprocess.run([precis_bin, "batch", "-j", "1", "--no-progress", "--words", str(WORDS), inp],
                               capture_output=True, timeout=60)
            r = subprocess.run([sys.executable, prog, "--scheduler-file", sfile, "--words", str(WORDS), inp],
                               capture_output=True, timeout=TIMEOUT, env=env)

            def parse(out):
                # every field precis batch writes but the list of documents
                objs = [json.loads(x) for x in out.decode().splitlines()]
                for o in objs:
                    o.pop("documents", None)
                    if "error" in o:        # the error record in a failed line's place
                        o["error"] = "error"   # the messages' wording differs (Python's own)
                return objs

            def errs(err):
                # error records: 'precis batch: {...}' / 'precis_dask: {...}'
                return [(o["line"], o["id"]) for o in
                        (json.loads(x[x.index("{"):]) for x in err.decode().splitlines() if "{" in x)]
            try:
                got, want = parse(r.stdout), parse(b.stdout)
            except ValueError as e:  # not JSON Lines
                got, want = None, [str(e)]
            check(got == want and len(got) == len(lines) and b.returncode == 1 and r.returncode == 1,
                  "docs/scale.md's precis_dask.py on %d JSON lines (2 bad) writes what precis batch writes "
                  "(every field but the list of documents; exit 1)" % len(lines),
                  "exit %d/%d; stderr %s; first difference:\n  dask:  %s\n  batch: %s"
                  % (r.returncode, b.returncode, r.stderr.decode()[-800:],
                     *next(((json.dumps(x), json.dumps(y)) for x, y in zip(got or [], want) if x != y),
                           (len(got or []), len(want)))))
            check(errs(r.stderr) == errs(b.stderr) == [(6, "empty"), (len(lines), None)],
                  "precis_dask.py reports the 2 bad lines as precis batch does: lines 6 (no document) and %d "
                  "(malformed JSON)" % len(lines),
                  "%s vs %s" % (errs(r.stderr), errs(b.stderr)))
    except BaseException:
        failed += 1
        raise
    finally:
        if failed and log is not None:
            log.flush()
            with open(log.name, errors="replace") as fh:
                tail = fh.readlines()[-40:]
            print("the Dask processes' log (last lines):\n" + "".join("  " + x for x in tail))
        if client is not None:
            try:
                client.close(timeout=10)
            except Exception:
                pass
        stop(procs)
        shutil.rmtree(tmp, ignore_errors=True)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
