"""conftest.py — shared fixtures of the Python package's tests: where the
repository's example cluster and test pages are (found from this file, so
the tests run from any directory), the CLI binary (build/precis, or
$PRECIS_BIN) whose JSON the binding is compared with, and a local web
server (tests/http_server.py on 127.0.0.1) for add_url.

Run: PYTHONPATH=build/wrappers/python /usr/bin/python3 -m pytest -q wrappers/python/tests
"""
import json
import os
import pathlib
import subprocess
import sys
import time

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "examples" / "kuril-islands"
PAGES = REPO / "tests" / "data" / "html"


def precis_bin():
    """The CLI: $PRECIS_BIN, else build/precis of the repository."""
    p = os.environ.get("PRECIS_BIN") or str(REPO / "build" / "precis")
    return p if os.access(p, os.X_OK) else None


@pytest.fixture(scope="session")
def example():
    assert EXAMPLE.is_dir(), f"{EXAMPLE}: the bundled example is missing"
    return EXAMPLE


@pytest.fixture(scope="session")
def cli():
    """cli(*args) -> the JSON the CLI prints (its exit status must be 0)."""
    binary = precis_bin()
    if not binary:
        pytest.skip("the precis CLI was not found (build it, or set PRECIS_BIN)")

    def run(*args):
        r = subprocess.run([binary, *map(str, args)], capture_output=True, text=True, check=False)
        assert r.returncode == 0, f"precis {' '.join(map(str, args))}: {r.stderr}"
        return json.loads(r.stdout)

    run.binary = binary
    return run


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The base URL of tests/http_server.py serving tests/data/html."""
    port_file = tmp_path_factory.mktemp("srv") / "port"
    p = subprocess.Popen([sys.executable, str(REPO / "tests" / "http_server.py"), str(PAGES), str(port_file)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            break
        time.sleep(0.05)
    else:
        p.kill()
        pytest.skip("the local web server did not start")
    yield f"http://127.0.0.1:{port_file.read_text()}"
    p.kill()
    p.wait()
