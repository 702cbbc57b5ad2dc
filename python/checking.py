"""What an exercise's ``check.py`` uses: load the learner's code, call it, say what went wrong.

A check runs in a child process (``bookkit.checkrun``, started by ``just exercise``), so a
segfault in the learner's code kills the child, not the harness. The child writes its progress to a
report file, one line per event, so that the parent can say what it was doing when the
process died:

    step calling add_numbers(2, 3)
    fail add_numbers returned -1 for (2, 3): did you set restype?
    pass

A check is a function ``check(work: Path)``. It calls :func:`step` before anything that may
crash, :func:`fail` with a sentence a learner understands when a result is wrong, and
returns normally when everything is right.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
import traceback
from pathlib import Path

_report = None  # the open report file, set by run()
_learner_files: list[Path] = []


class CheckFailed(Exception):
    """A result was wrong; the message is for the learner."""


class LearnerCodeError(Exception):
    """The learner's own Python raised while being loaded."""


def _write(kind: str, text: str = "") -> None:
    if _report is not None:
        _report.write(f"{kind} {text}".rstrip().replace("\n", "\\n") + "\n")
        _report.flush()
        os.fsync(_report.fileno())  # survive a segfault a moment later


def step(text: str) -> None:
    """Record what the check is about to do (shown if the process crashes or hangs)."""
    _write("step", text)


def fail(message: str) -> None:
    raise CheckFailed(message)


def load(path: Path):
    """Import the learner's Python file as a module and return it."""
    _learner_files.append(path.resolve())
    step(f"loading {path.name}")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    # As `import` would: pickle (multiprocessing) needs it. A spawned worker imports it by
    # name too, from the check's working folder (the child runs there: `python -m`).
    sys.modules[path.stem] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - anything the learner's file raises
        raise LearnerCodeError(describe(error)) from None
    return module


def library(name: str) -> ctypes.CDLL:
    """Load a library the way the book's scripts do (WORKBOOK_LIB_DIR points at the build)."""
    from workbook import library_path

    step(f"loading lib{name}")
    return ctypes.CDLL(library_path(name))


def function(lib: ctypes.CDLL, name: str, hint: str):
    """``lib.name``, or a failure that says the symbol is not exported and why that may be."""
    try:
        return getattr(lib, name)
    except AttributeError:
        where = Path(lib._name).name
        fail(f"{where} exports no function called {name!r}: {hint}")


def attribute(module, name: str, what: str):
    """``module.name``, or a failure that tells the learner what the file should define."""
    if not hasattr(module, name):
        fail(f"{Path(module.__file__).name} defines no {name!r}: it should define {what}")
    return getattr(module, name)


def describe(error: BaseException) -> str:
    """``OSError: ...`` and the line of the learner's code that raised it."""
    text = f"{type(error).__name__}: {error}"
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if Path(f.filename).resolve() in _learner_files
    ]
    if frames:
        f = frames[-1]
        text += f"\n  at {Path(f.filename).name} line {f.lineno}: {(f.line or '').strip()}"
    return text


def run(check_file: Path, work: Path, report: Path) -> int:
    """Run ``check(work)`` from check_file; write the outcome to the report file."""
    global _report
    _report = report.open("w", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("exercise_check", check_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        module.check(work)
    except CheckFailed as failure:
        _write("fail", str(failure))
        return 1
    except LearnerCodeError as error:
        _write("error", str(error))
        return 1
    except Exception as error:  # noqa: BLE001 - raised by the learner's code while checked
        _write("error", describe(error))
        return 1
    _write("pass")
    return 0
