"""test_install.py — `cmake --install` puts the package into
PREFIX/lib/python3.X/dist-packages/precis/, and it imports and works from
there (PYTHONPATH=PREFIX/lib/python3.X/dist-packages, from another directory,
without the build tree)."""
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

import precis
from conftest import EXAMPLE, REPO


def build_dir():
    """The build tree holding the imported package (build/wrappers/python/precis)."""
    pkg = pathlib.Path(precis.__file__).resolve().parent
    b = os.environ.get("PRECIS_BUILD")
    if b:
        return pathlib.Path(b)
    if pkg.parent.name == "python" and pkg.parent.parent.name == "wrappers":
        return pkg.parent.parent.parent
    return None


def test_install_to_a_prefix(tmp_path):
    b = build_dir()
    cmake = shutil.which("cmake")
    if not b or not (b / "CMakeCache.txt").exists() or not cmake:
        pytest.skip("not run from a build tree (set PRECIS_BUILD) or no cmake")
    prefix = tmp_path / "prefix"
    r = subprocess.run([cmake, "--install", str(b), "--prefix", str(prefix)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    site = prefix / "lib" / ("python%d.%d" % sys.version_info[:2]) / "dist-packages"
    pkg = site / "precis"
    names = sorted(p.name for p in pkg.iterdir())
    assert "__init__.py" in names and any(n.startswith("_precis.") and n.endswith(".so") for n in names)
    code = ("import precis, sys; c = precis.Cluster(sys.argv[1]); "
            "print(precis.__file__); print(len(c.summarize(words=50)), precis.__version__)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    r = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], capture_output=True, text=True, env=env,
                       cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    where, counts = r.stdout.splitlines()
    assert pathlib.Path(where).resolve().parent == pkg.resolve()
    n, version = counts.split()
    assert int(n) >= 1 and version == precis.__version__
    assert not str(REPO / "build") in where
