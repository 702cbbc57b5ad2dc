"""Chapter 40's wheel, as a user gets it: built once with pip, installed into fresh venvs and
imported from a folder outside the checkout, where nothing but the venv can provide it.

One wheel build (cargo's target folder is cached under build/wheel/target), then one venv
made with pip as the page does, and one quicker venv (uv) for every other CPython >= 3.11 on
the machine: one py3-none wheel serves them all.
"""

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from bookkit import pythons
from bookkit.paths import BUILD, ROOT

pytestmark = pytest.mark.slow

CRATE = ROOT / "cdylib" / "shipped"
UV = Path(sys.executable).parent / "uv"

CALL = """
import shipped, sys
print(shipped.__file__)
print(shipped.mean([1.0, 2.0, 3.0, 4.0]))
"""


def run(argv, *, cwd=ROOT, env=None, check=True):
    done = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    if check and done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, argv))} failed:\n{done.stdout}\n{done.stderr}")
    return done


def clean_env() -> dict[str, str]:
    """No trace of the checkout's .venv: a user's shell knows nothing about it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT))
    )
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, CARGO_TARGET_DIR=str(BUILD / "wheel" / "target"))
    run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--wheel-dir", dist, CRATE],
        env=env,
    )
    (found,) = dist.glob("shipped-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv made with pip, the wheel installed from its file, as on the page."""
    where = tmp_path_factory.mktemp("venv") / "venv"
    run([sys.executable, "-m", "venv", where], env=clean_env())
    run([where / "bin/python", "-m", "pip", "install", "--quiet", "--no-index", wheel])
    return where


def test_the_wheel_is_for_any_python_3_on_this_platform_only(wheel):
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    assert wheel.name == f"shipped-0.1.0-py3-none-{platform}.whl"
    names = zipfile.ZipFile(wheel).namelist()
    assert "shipped/libshipped.so" in names, names
    assert "shipped/__init__.py" in names, names


def test_installed_wheel_is_imported_and_called_from_outside_the_checkout(venv, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert not outside.resolve().is_relative_to(ROOT)
    done = run([venv / "bin/python", "-c", CALL], cwd=outside, env=clean_env())
    location, result = done.stdout.splitlines()
    assert Path(location).is_relative_to(venv), location
    assert not Path(location).resolve().is_relative_to(ROOT.resolve()), location
    assert result == "2.5"
    # The checkout's own packages are not there: only the wheel put `shipped` in this venv.
    gone = run([venv / "bin/python", "-c", "import workbook"], cwd=outside, check=False)
    assert "No module named 'workbook'" in gone.stderr


def test_a_planted_abi_mismatch_is_refused_with_what_to_do(wheel, tmp_path):
    where = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", where], env=clean_env())
    run(
        [
            UV,
            "pip",
            "install",
            "--quiet",
            "--link-mode=copy",
            "--python",
            where / "bin/python",
            wheel,
        ]
    )
    (init,) = where.glob("lib/python3.*/site-packages/shipped/__init__.py")
    text = init.read_text()
    assert "\nABI_VERSION = 1\n" in text
    init.unlink()  # a new file, never an edit through a link into an installer's cache
    init.write_text(text.replace("\nABI_VERSION = 1\n", "\nABI_VERSION = 7\n"))
    for cache in init.parent.glob("__pycache__"):
        for pyc in cache.iterdir():
            pyc.unlink()
    done = run([where / "bin/python", "-c", CALL], cwd=tmp_path, env=clean_env(), check=False)
    assert done.returncode == 1
    assert "shipped.AbiMismatchError: shipped 0.1.0 expects ABI version 7" in done.stderr
    assert "has ABI version 1." in done.stderr
    assert "pip install --force-reinstall --no-deps shipped==0.1.0" in done.stderr


OTHERS = [i for i in pythons.interpreters() if not i.is_venv]


@pytest.mark.parametrize("interp", OTHERS, ids=[i.version for i in OTHERS])
def test_the_same_wheel_runs_under_every_python(wheel, interp, tmp_path):
    where = tmp_path / "venv"
    run([UV, "venv", "--quiet", "--python", interp.command, where])
    run(
        [
            UV,
            "pip",
            "install",
            "--quiet",
            "--link-mode=copy",
            "--python",
            where / "bin/python",
            wheel,
        ]
    )
    done = run([where / "bin/python", "-c", CALL], cwd=tmp_path, env=clean_env())
    assert done.stdout.splitlines()[1] == "2.5"
