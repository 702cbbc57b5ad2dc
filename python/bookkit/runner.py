"""Run an example against the Rust or the C library and compare it with the book.

Behind ``just run chapter-2 [c]``, ``just bless`` and ``tests/test_examples.py``. Each run
is a fresh ``python3`` (or ``bash``) in its own session, with a timeout; a crash is reported
as a crash, with Python's faulthandler traceback, and a hang is killed and reported.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from . import build, chapters, paths, proc, transcript
from .examples import Example, examples, unmet
from .transcript import Expected, ExpectedFileError


@dataclass
class Run:
    transcript: str  # stdout (+ stderr if merged), redacted, + the "[exit status N]" line
    finished: proc.Finished

    @property
    def stderr(self) -> str:
        return transcript.redact(self.finished.stderr_text)


def environment(example: Example, variant: str, merge_stderr: bool) -> dict[str, str]:
    lib_dir = build.c_folder(example.chapter) if variant == "c" else None
    return proc.python_environment(lib_dir, faulthandler=not merge_stderr)


def argv(example: Example) -> list[str]:
    return [sys.executable if example.script.suffix == ".py" else "bash", example.rel]


def run_example(example: Example, variant: str, expected: Expected | None = None) -> Run:
    merge = expected.merge_stderr if expected else False
    timeout = expected.timeout if expected else transcript.DEFAULT_TIMEOUT
    finished = proc.run(
        argv(example),
        env=environment(example, variant, merge),
        merge_stderr=merge,
        timeout=timeout,
    )
    return Run(transcript.render(finished.stdout, finished.returncode), finished)


@dataclass
class Outcome:
    ok: bool
    message: str
    run: Run | None = None
    skipped: bool = False


def check(example: Example, variant: str) -> Outcome:
    """Run one example against one library and compare with the book."""
    try:
        expected = example.expected()
    except ExpectedFileError as e:
        return Outcome(False, str(e))
    if missing := unmet(expected):
        return Outcome(True, f"skipped: this example needs {', '.join(missing)}", skipped=True)
    run = run_example(example, variant, expected)
    if transcript.matches(run.transcript, expected):
        return Outcome(True, f"{example.test_id(variant)}: matches the book", run)
    return Outcome(False, explain(example, variant, expected, run), run)


def explain(example: Example, variant: str, expected: Expected, run: Run) -> str:
    """Why a run differs from the book: a crash, a hang, an exit, or a diff."""
    name = example.test_id(variant)
    want_signal, want_status = expected.ending
    finished = run.finished
    if finished.timed_out:
        head = (
            f"{name}: timed out after {expected.timeout} s (killed); the book expects it to finish"
        )
    elif finished.signal_name and finished.signal_name != want_signal:
        head = f"{name}: CRASHED: killed by {finished.signal_name}"
    elif finished.returncode and finished.returncode > 0 and finished.returncode != want_status:
        head = f"{name}: exited with status {finished.returncode}; the book expects a clean exit"
    else:
        head = f"{name}: output differs from {paths.rel(expected.path)}"
    parts = [head]
    if rules := transcript.allowed(expected):
        parts.append(rules)
    parts.append(transcript.diff(run.transcript, expected))
    if run.stderr.strip():
        label = "faulthandler traceback" if finished.signal_name else "stderr"
        parts.append(f"--- {label} ---\n{run.stderr.rstrip()}")
    return "\n".join(parts)


# --------------------------------------------------------------------------- commands


def cmd_run(label: str, impl: str) -> int:
    chapter = chapters.find(label)
    if chapter is None:
        print(chapters.UnknownChapter(label), file=sys.stderr)
        return 2
    build.rust()
    build.c(chapter)
    todo = [ex for ex in examples(chapter) if impl in ex.variants()]
    if not todo:
        print(f"{chapter.label} ({chapter.title}) has no examples that run against {impl}.")
        return 0
    failed = []
    for ex in todo:
        print(f"\n── {ex.rel}  [{impl} library]")
        outcome = check(ex, impl)
        if outcome.run:
            print(f"$ {ex.command}")
            print(outcome.run.transcript, end="")
        if outcome.skipped:
            print(outcome.message)
        else:
            print("✓ matches the book" if outcome.ok else "✗ " + outcome.message)
        if not outcome.ok:
            failed.append(ex.script.name)
    if failed:
        print(
            f"\n{chapter.label} ({chapter.title}): {len(failed)} of {len(todo)} differ from the"
            " book: " + ", ".join(failed)
        )
        return 1
    print(f"\n{chapter.label} ({chapter.title}): all {len(todo)} examples match the book.")
    return 0


def bless_one(ex: Example) -> Path | None:
    """Run an example (against its first variant) and rewrite its expected output if it
    differs beyond what it declares; return the file written, or None."""
    variants = ex.variants()
    if not variants:
        print(f"skip {ex.rel}: neither a Rust crate nor a C twin for {ex.libraries()}")
        return None
    try:
        expected: Expected | None = ex.expected()
    except ExpectedFileError:
        expected = None
    if expected and (missing := unmet(expected)):
        print(f"skip {ex.rel}: needs {', '.join(missing)}")
        return None
    run = run_example(ex, variants[0], expected)
    if expected and transcript.matches(run.transcript, expected):
        return None  # equal up to the declared normalisations: keep the reviewed file
    target = transcript.bless_target(ex.script)
    if expected and target != expected.path:
        print(
            f"bless: {ex.rel} prints something else on {sys.version.split()[0]}: new {target.name}"
        )
    header = expected.header() if expected else ex.command
    target.write_text(f"$ {header}\n{run.transcript}", encoding="utf-8")
    return target


def cmd_bless(labels: list[str]) -> int:
    try:
        picked = chapters.choose(labels)
    except chapters.UnknownChapter as e:
        print(e, file=sys.stderr)
        return 2
    build.rust()
    changed = []
    for ch in picked:
        build.c(ch)
        changed += [p for ex in examples(ch) if (p := bless_one(ex))]
    if not changed:
        print("bless: every expected output already matches; nothing written.")
        return 0
    print(f"bless: rewrote {len(changed)} expected output(s). Review before committing:\n")
    rels = [paths.rel(p) for p in changed]
    subprocess.run(["git", "--no-pager", "diff", "--stat", "--", *rels], cwd=paths.ROOT)
    subprocess.run(["git", "--no-pager", "diff", "--", *rels], cwd=paths.ROOT)
    new = subprocess.run(
        ["git", "ls-files", "--others", "--", *rels], cwd=paths.ROOT, capture_output=True, text=True
    ).stdout.split()
    for path in new:
        print(f"\nnew file {path}:\n{(paths.ROOT / path).read_text(encoding='utf-8')}")
    return 0
