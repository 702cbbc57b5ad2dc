"""The checks `just exercise chapter-37` runs for rebuilt.py."""

import ctypes
import subprocess

from checking import attribute, fail, load, step
from workbook import REPO

SCRATCH = REPO / "build" / "scratch" / "exercise-37"


def build(folder, answer):
    """A library whose answer() returns `answer`, built with cc at the same path each time."""
    folder.mkdir(parents=True, exist_ok=True)
    source, library = folder / "answer.c", folder / "libanswer.so"
    source.write_text(f"int answer(void) {{ return {answer}; }}\n")
    subprocess.run(["cc", "-shared", "-fPIC", "-o", library, source], check=True)
    return str(library.resolve())


# ANCHOR: check
def check(work):
    module = load(work / "rebuilt.py")
    answer_now = attribute(module, "answer_now", "a function answer_now(path)")

    step("building libanswer.so with answer() = 1, and loading it here, as a notebook would")
    folder = SCRATCH / work.name  # one per copy of the exercise: they may run at once
    path = build(folder, 1)
    ctypes.CDLL(path).answer()
    step("calling answer_now(path)")
    if (got := answer_now(path)) != 1:
        fail(f"answer_now(path) returned {got!r}; the library's answer() returns 1")

    step("rebuilding libanswer.so with answer() = 2, then calling answer_now(path)")
    build(folder, 2)
    if (got := answer_now(path)) != 2:
        fail(
            f"answer_now(path) returned {got!r} after the library was rebuilt to return 2."
            " This process (and any child forked from it) still has the old library loaded."
        )


# ANCHOR_END: check
