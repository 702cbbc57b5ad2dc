"""The example suite under every CPython this machine has: `just test-pythons`.

A reader runs the book with whatever ``python3`` they have: their distribution's (Debian
builds it without PIE, so its heap sits below 4 GiB), or an upstream build from pyenv or
python.org, any version from 3.11 on. This command finds every CPython >= 3.11 here:

- the interpreter of ``.venv`` (the one ``./bootstrap`` made),
- the OS's own ``/usr/bin/python3.N``,
- pyenv's ``~/.pyenv/versions/*/bin/python3``,
- any ``python3.N`` on ``PATH``,

counts each real interpreter once, gives each one its own venv made from
``requirements.txt`` and the book's own package (cached under ``build/pythons/``), runs
``tests/test_examples.py`` (every example, against Rust and C) with it, and prints one table.

The newest interpreter runs with ``PYTHONWARNINGS=error::DeprecationWarning`` (``STRICT``), so
an example that relies on something deprecated fails there first. Two warnings that are not
the book's are let through, each by its module and the start of its message; both come from
the tools chapter 40 builds its wheel with, on every build:

- setuptools-rust 1.13's ``build_rust`` inherits ``build_temp`` from setuptools' ``build_ext``,
  which always sets it, and then warns that ``--build-temp`` does nothing;
- pip 24.2 (the one CPython 3.13.0 bundles) reads a built wheel through an
  ``importlib.metadata.Distribution`` without ``locate_file``, which 3.12+ deprecates
  (pypa/pip#12377).

    bookkit test-pythons            # all of them
    bookkit test-pythons --list     # only say which interpreters it would use
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import build, paths

ROOT = paths.ROOT
CACHE = paths.BUILD_PYTHONS
REQUIREMENTS = ROOT / "requirements.txt"
MINIMUM = (3, 11)

# Deprecations are errors; later filters win, so the upstream warnings we cannot fix
# (see the module's docstring) are ignored, each in its own module only.
STRICT = ",".join(
    [
        "error::DeprecationWarning",
        "ignore:`--build-temp` argument does nothing:DeprecationWarning:setuptools_rust.build",
        "ignore:Unimplemented abstract methods:DeprecationWarning:"
        "pip._internal.metadata.importlib._dists",
    ]
)

PROBE = """
import json, os, platform, sys

base = getattr(sys, "_base_executable", sys.executable)
print(json.dumps({"version": platform.python_version(), "implementation": sys.implementation.name,
                  "base": os.path.realpath(base)}))
"""


def is_pie(executable: str) -> bool:
    """Whether an ELF executable is position-independent (e_type ET_DYN, not ET_EXEC): a PIE
    interpreter's heap lies above 4 GiB, a non-PIE one's right after its code, far below."""
    with open(executable, "rb") as f:
        head = f.read(18)
    return head[:4] == b"\x7fELF" and int.from_bytes(head[16:18], "little") == 3


@dataclass(frozen=True)
class Interpreter:
    command: Path  # how it was found: .venv/bin/python, /usr/bin/python3.11, ...
    version: str  # 3.12.1
    base: str  # the real executable behind it, through venvs and symlinks
    is_venv: bool  # the book's own .venv (already set up)

    @property
    def version_tuple(self) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", self.version)[:3])

    @property
    def label(self) -> str:
        shown = str(self.command).replace(str(Path.home()), "~").replace(str(ROOT) + "/", "")
        pie = "" if is_pie(self.base) else ", no PIE"
        return f"CPython {self.version} ({shown}{pie})"

    @property
    def venv(self) -> Path:
        if self.is_venv:
            return ROOT / ".venv"
        digest = hashlib.sha256(self.base.encode()).hexdigest()[:8]
        return CACHE / f"{self.version}-{digest}"


def candidates() -> list[Path]:
    found = [ROOT / ".venv" / "bin" / "python"]
    found += sorted(Path("/usr/bin").glob("python3.*"))
    found += sorted(Path.home().glob(".pyenv/versions/*/bin/python3"))
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder and Path(folder).is_dir():
            found += sorted(Path(folder).glob("python3.*"))
    return [
        p for p in found if re.fullmatch(r"python(3(\.\d+)?)?", p.name) and os.access(p, os.X_OK)
    ]


def probe(command: Path) -> dict | None:
    try:
        done = subprocess.run(
            [str(command), "-c", PROBE], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None  # a pyenv shim for a version that is not selected, a broken install
    return json.loads(done.stdout)


def interpreters() -> list[Interpreter]:
    """Every distinct CPython >= 3.11, the .venv's first, then oldest to newest."""
    chosen: dict[str, Interpreter] = {}
    for command in candidates():
        info = probe(command)
        if not info or info["implementation"] != "cpython" or info["base"] in chosen:
            continue
        found = Interpreter(
            command, info["version"], info["base"], command == ROOT / ".venv" / "bin" / "python"
        )
        if found.version_tuple[:2] >= MINIMUM:
            chosen[info["base"]] = found
    venv = [i for i in chosen.values() if i.is_venv]
    others = sorted((i for i in chosen.values() if not i.is_venv), key=lambda i: i.version_tuple)
    return venv + others


def ensure_venv(interp: Interpreter) -> str | None:
    """Create (or reuse) the interpreter's venv; None when ready, else why it is not."""
    python = interp.venv / "bin" / "python"
    stamp = interp.venv / "installed.stamp"
    wanted = REQUIREMENTS.read_bytes() + (ROOT / "pyproject.toml").read_bytes()
    if not python.exists():
        made = subprocess.run(
            [str(interp.command), "-m", "venv", str(interp.venv)], capture_output=True, text=True
        )
        if made.returncode != 0:
            shutil.rmtree(interp.venv, ignore_errors=True)
            return "cannot make a venv (on Debian/Ubuntu: apt install python3-venv)"
    if not stamp.exists() or stamp.read_bytes() != wanted:
        # The same installer as ./bootstrap: the .venv's uv, for this interpreter's venv.
        uv = [str(ROOT / ".venv" / "bin" / "uv"), "pip", "install", "--quiet", "--python",
              str(python)]  # fmt: skip
        for args in (["-r", str(REQUIREMENTS)], ["--no-deps", "--no-build-isolation", "-e", "."]):
            done = subprocess.run([*uv, *args], cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0:
                return f"uv pip install {' '.join(args)} failed:\n" + done.stderr[-2000:]
        stamp.write_bytes(wanted)
    return None


@dataclass
class Outcome:
    interp: Interpreter
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    failures: tuple[str, ...] = ()
    problem: str = ""  # could not run at all
    seconds: float = 0.0
    strict_warnings: bool = False


def run_suite(interp: Interpreter, strict_warnings: bool) -> Outcome:
    outcome = Outcome(interp, strict_warnings=strict_warnings)
    start = time.monotonic()
    if problem := ensure_venv(interp):
        outcome.problem = problem
        return outcome
    report = CACHE / f"{interp.venv.name}.junit.xml"
    report.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if strict_warnings:
        env["PYTHONWARNINGS"] = STRICT
    done = subprocess.run(
        [str(interp.venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_examples.py", f"--junitxml={report}"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    outcome.seconds = time.monotonic() - start
    if not report.is_file():
        outcome.problem = "pytest did not run:\n" + (done.stdout + done.stderr)[-2000:]
        return outcome
    failures = []
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("name", "?").removeprefix("test_example_matches_the_book")
        if case.find("failure") is not None or case.find("error") is not None:
            failures.append(name.removeprefix("[").removesuffix("]") or case.get("name", "?"))
        elif case.find("skipped") is not None:
            outcome.skipped += 1
        else:
            outcome.passed += 1
    outcome.failed = len(failures)
    outcome.failures = tuple(failures)
    return outcome


def table(outcomes: list[Outcome]) -> str:
    rows = [("interpreter", "passed", "failed", "skipped", "time")]
    for o in outcomes:
        label = o.interp.label + (" [warnings are errors]" if o.strict_warnings else "")
        if o.problem:
            rows.append((label, "-", "-", "-", o.problem.splitlines()[0]))
        else:
            rows.append((label, str(o.passed), str(o.failed), str(o.skipped), f"{o.seconds:.0f} s"))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="test-pythons", description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="only list the interpreters")
    args = parser.parse_args(argv)
    found = interpreters()
    if args.list or len(found) < 2:
        for interp in found:
            print(f"  {interp.label}")
        if len(found) < 2:
            print(
                "test-pythons: only one CPython >= 3.11 on this machine, nothing to compare."
                " Install another (for example `pyenv install 3.13`) to test the book on it."
            )
        return 0
    start = time.monotonic()
    build.everything()
    newest = max(found, key=lambda i: i.version_tuple)
    outcomes = []
    for interp in found:
        print(f"test-pythons: {interp.label} ...", flush=True)
        outcomes.append(run_suite(interp, strict_warnings=interp is newest))
    print()
    print(table(outcomes))
    bad = [o for o in outcomes if o.failed or o.problem]
    for o in bad:
        print(f"\n{o.interp.label}:")
        print("\n".join(f"  failed: {name}" for name in o.failures) or f"  {o.problem}")
    print(f"\ntest-pythons: {len(outcomes)} interpreters in {time.monotonic() - start:.0f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
