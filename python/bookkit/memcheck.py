"""The book's examples under valgrind memcheck: `just memcheck`.

Every example, against every library it runs with (Rust, and the C twin if there is one),
runs in the environment the runner gives it, but with its Python under::

    PYTHONMALLOC=malloc valgrind --tool=memcheck --leak-check=full ...
        --suppressions=python/bookkit/valgrind-python.supp

``PYTHONMALLOC=malloc`` makes every Python object a real ``malloc`` block, so memcheck sees
them too (pymalloc's arenas would hide overruns). The suppressions hide CPython 3.11's own
uninitialised-value noise and nothing else. A ``.sh`` example runs unchanged, with a
``python3`` first on its PATH that starts the real one under valgrind.

An example passes when

- memcheck reports 0 errors (invalid reads/writes/frees, uninitialised values used in our
  code...) in every Python process it started, and
- 0 bytes "definitely lost" in blocks allocated by our libraries: the ones this book builds,
  ``cdylib/target/release/lib*.so``, ``build/c/<chapter>/lib*.so`` and the PyO3 module in
  ``build/pyo3/``. (What CPython itself leaks at exit is counted and shown, never a
  failure.)

The deliberate demos (``examples/registry.toml``) are checked the other way round:

- a crash demo must die from the same signal under valgrind too (or memcheck must report
  the error behind it first);
- a leak demo must lose at least one block, definitely, allocated by our library;
- a memory-error demo (a use after free that prints garbage instead of crashing) must make
  memcheck report that very kind of error.

An example whose ``.out`` says ``values in «» vary`` prints garbage on purpose (padding, a
dead register, freed memory): there, memcheck's "uninitialised value" reports are expected
and counted apart; invalid reads, writes and frees still fail it.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import build, chapters, paths, proc, runner, transcript
from .chapters import Chapter
from .examples import Example, examples, unmet
from .transcript import Expected, ExpectedFileError

SUPPRESSIONS = paths.DATA / "valgrind-python.supp"
OUR_LIBRARY_DIRS = (paths.CDYLIB / "target", paths.BUILD_C, paths.BUILD_PYO3)

# Uninitialised values are expected where the book prints garbage on purpose: an example
# whose .out says "values in «» vary" reads padding, dead registers or freed memory.
UNINITIALISED = {"UninitCondition", "UninitValue", "SyscallParam"}
CRASH_SIGNALS = {"SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "SIGABRT", "SIGTRAP", "SIGSYS"}

# Valgrind slows Python down 20-50x; an example's own timeout is scaled by this much.
SLOWDOWN = 5
MIN_TIMEOUT = 180  # seconds
STACK_SHOWN = 12  # frames per stack in a report


def valgrind_argv(log_dir: Path) -> list[str]:
    return [
        "valgrind",
        "--tool=memcheck",
        "--leak-check=full",
        "--show-leak-kinds=definite",
        "--errors-for-leak-kinds=definite",
        "--num-callers=40",
        f"--suppressions={SUPPRESSIONS}",
        # A Python that starts another Python (multiprocessing "spawn", subprocess) is
        # checked too; programs that are not Python are not.
        "--trace-children=yes",
        "--trace-children-skip=*/cc,*/gcc,*/clang,*/ld,*/ld.*,*/as,*/collect2,*/cc1,*/nm,"
        "*/readelf,*/objdump,*/ldd,*/ldconfig,*/ldconfig.real,*/cargo,*/rustc,*/gdb,*/sh,"
        "*/bash,*/dash,*/uname,*/file,*/valgrind",
        "--child-silent-after-fork=no",
        "--xml=yes",
        f"--xml-file={log_dir}/%p.xml",
        f"--log-file={log_dir}/%p.log",  # the text report: not into the example's stderr
    ]


# --------------------------------------------------------------------------- valgrind's XML


@dataclass
class Process:
    """What valgrind reported about one process."""

    pid: str
    exe: str
    errors: list[tuple[str, str]] = field(default_factory=list)  # (kind, report) per error
    our_leaks: list[str] = field(default_factory=list)  # definitely lost, allocated by us
    our_lost_bytes: int = 0
    other_lost_bytes: int = 0  # definitely lost, allocated by CPython or libc
    fatal_signal: str | None = None

    def add_leak(self, lost: int, objects: list[str | None], report: str) -> None:
        if any(is_ours(obj) for obj in objects):
            self.our_lost_bytes += lost
            self.our_leaks.append(report)
        else:
            self.other_lost_bytes += lost


def is_ours(obj: str | None, dirs: tuple[Path, ...] = OUR_LIBRARY_DIRS) -> bool:
    if not obj or not re.search(r"/lib\w+\.(so|dylib)$", obj):
        return False
    path = Path(obj).resolve()
    return any(path.is_relative_to(d.resolve()) for d in dirs)


def describe(error: ET.Element) -> str:
    what = error.findtext("what") or error.findtext("xwhat/text") or error.findtext("kind")
    lines = [f"{error.findtext('kind')}: {what}"]
    for stack in error.iter("stack"):
        for frame in stack.findall("frame")[:STACK_SHOWN]:
            fn = frame.findtext("fn") or "???"
            obj = Path(frame.findtext("obj") or "?").name
            where = frame.findtext("file")
            where = f" ({where}:{frame.findtext('line')})" if where else ""
            mark = "  <-- ours" if is_ours(frame.findtext("obj")) else ""
            lines.append(f"    {fn} in {obj}{where}{mark}")
        lines.append("  ---")
    return "\n".join(lines[:-1])


def parse_xml(text: str, pid: str = "?") -> Process:
    """Read one valgrind XML report.

    It is not always one well-formed document: a process that forks (multiprocessing,
    subprocess) leaves its child writing a second document into the same file, and a process
    killed or replaced by exec never closes it. So each <error> element is cut out and parsed
    on its own; all of them count for this run.
    """
    exe = re.search(r"<argv>\s*<exe>(.*?)</exe>", text, re.S)
    found = Process(pid, exe[1] if exe else "?")
    for block in re.findall(r"<error>.*?(?:</error>|$)", text, re.S):
        try:
            error = ET.fromstring(block)
        except ET.ParseError:
            read_broken_error(found, block)
            continue
        kind = error.findtext("kind") or ""
        if kind == "Leak_DefinitelyLost":
            lost = int(error.findtext("xwhat/leakedbytes") or 0)
            objects = [f.findtext("obj") for f in error.iter("frame")]
            found.add_leak(lost, objects, describe(error))
        elif not kind.startswith("Leak_"):
            found.errors.append((kind, describe(error)))
    fatal = re.search(r"<fatal_signal>.*?<signame>(\w+)</signame>", text, re.S)
    found.fatal_signal = fatal[1] if fatal else None
    return found


def read_broken_error(found: Process, block: str) -> None:
    """An <error> cut short (a pool worker killed mid-report) or interleaved with a forked
    child's report: count each error kind in it, with the raw text as the report."""
    for kind in re.findall(r"<kind>(\w+)</kind>", block):
        report = f"{kind} (unreadable report):\n{block[:2000]}"
        if kind == "Leak_DefinitelyLost":
            lost = re.search(r"<leakedbytes>(\d+)</leakedbytes>", block)
            objects = re.findall(r"<obj>(.*?)</obj>", block)
            found.add_leak(int(lost[1]) if lost else 0, objects, report)
        elif not kind.startswith("Leak_"):
            found.errors.append((kind, report))


# --------------------------------------------------------------------------- one run


@dataclass
class Result:
    example: Example
    variant: str
    kind: str  # "example", "crash demo", "leak demo", "error demo", "skipped"
    ok: bool
    message: str
    seconds: float = 0.0
    processes: list[Process] = field(default_factory=list)
    output_matches: bool = True
    errors: int = 0  # errors that count: not the «garbage» an example prints on purpose

    @property
    def our_lost_bytes(self) -> int:
        return sum(p.our_lost_bytes for p in self.processes)

    @property
    def other_lost_bytes(self) -> int:
        return sum(p.other_lost_bytes for p in self.processes)

    @property
    def name(self) -> str:
        return self.example.test_id(self.variant)


def kind_of(example: Example, variant: str, expected: Expected) -> str:
    entry = example.entry
    if expected.ending[0]:
        return "crash demo"
    if entry.leak and variant in entry.leak.variants:
        return "leak demo"
    if entry.memory_error and variant in entry.memory_error.variants:
        return "error demo"
    return "example"


def python_shim(folder: Path, vg: list[str]) -> None:
    """A `python3` (and `python`) that runs the real interpreter under valgrind."""
    for name in ("python3", "python"):
        shim = folder / name
        shim.write_text(f'#!/bin/sh\nexec {shlex.join(vg)} {shlex.quote(sys.executable)} "$@"\n')
        shim.chmod(0o755)


def run_under_valgrind(
    example: Example, variant: str, expected: Expected
) -> tuple[proc.Finished, list[Process]]:
    with tempfile.TemporaryDirectory(prefix="memcheck-") as tmp:
        logs = Path(tmp) / "logs"
        logs.mkdir()
        vg = valgrind_argv(logs)
        env = runner.environment(example, variant, expected.merge_stderr)
        env["PYTHONMALLOC"] = "malloc"
        if example.script.suffix == ".py":
            argv = [*vg, sys.executable, example.rel]
        else:
            shims = Path(tmp) / "bin"
            shims.mkdir()
            python_shim(shims, vg)
            env["PATH"] = f"{shims}{os.pathsep}{env.get('PATH', '')}"
            argv = ["bash", example.rel]
        timeout = max(MIN_TIMEOUT, SLOWDOWN * expected.timeout)
        finished = proc.run(argv, env=env, merge_stderr=expected.merge_stderr, timeout=timeout)
        reports = [
            parse_xml(xml.read_text(encoding="utf-8", errors="replace"), xml.stem)
            for xml in sorted(logs.glob("*.xml"))
        ]
    # Only the Python processes: not a compiler or tool the example ran.
    return finished, [p for p in reports if "python" in Path(p.exe).name]


def memcheck(example: Example, variant: str) -> Result:
    try:
        expected = example.expected()
    except ExpectedFileError as e:
        if example.expected_path.is_file():
            return Result(example, variant, "example", False, str(e))
        # Not blessed yet: still worth checking, as an ordinary example.
        expected = Expected(example.expected_path, example.command, (), 60, "", ())
    if missing := unmet(expected):
        return Result(example, variant, "skipped", True, f"needs {', '.join(missing)}")
    kind = kind_of(example, variant, expected)
    finished, processes = run_under_valgrind(example, variant, expected)
    got = transcript.render(finished.stdout, finished.returncode)
    result = Result(
        example, variant, kind, False, "", finished.seconds, processes,
        transcript.matches(got, expected),
    )  # fmt: skip
    judge(result, expected, finished)
    return result


def judge(r: Result, expected: Expected, finished: proc.Finished) -> None:
    """Fill in r.ok and r.message from what valgrind reported."""
    if finished.timed_out:
        r.message = "timed out under valgrind"
        return
    if not r.processes:
        r.ok = r.example.script.suffix != ".py"
        r.message = (
            "runs no Python process: nothing to check"
            if r.ok
            else ("valgrind wrote no report (did it start?)")
        )
        return
    garbage = "values in «» vary" in expected.directives
    reported = [(k, e) for p in r.processes for k, e in p.errors]
    errors = [e for k, e in reported if not (garbage and k in UNINITIALISED)]
    r.errors = len(errors)
    # How the example itself ended, plus any process it started that crashed. A worker that
    # its pool shut down (SIGTERM, SIGKILL) did not crash.
    signals = {p.fatal_signal for p in r.processes if p.fatal_signal in CRASH_SIGNALS}
    if finished.signal_name:
        signals.add(finished.signal_name)
    page = r.example.page
    if r.kind == "crash demo":
        wanted = expected.ending[0]
        if wanted in signals:
            r.ok, r.message = True, f"dies from {wanted} under valgrind too, as the book says"
        elif errors:
            r.ok = True
            r.message = (
                f"memcheck reports the error behind the {wanted} before it happens:\n{errors[0]}"
            )
        else:
            got = ", ".join(sorted(signals)) or f"exit status {finished.returncode}"
            r.message = f"the book says it dies from {wanted}; under valgrind: {got}, no error"
        return
    if signals:
        r.message = f"killed by {', '.join(sorted(signals))} under valgrind:\n" + "\n".join(errors)
        return
    if r.kind == "leak demo":
        if r.our_lost_bytes:
            r.ok, r.message = (
                True,
                f"leaks {r.our_lost_bytes} bytes from our library, as {page} says",
            )
        else:
            r.message = f"{page} says it leaks, but memcheck found no leak in our library"
        return
    if r.kind == "error demo":
        wanted = r.example.entry.memory_error.kind
        hits = [e for k, e in reported if k == wanted]
        if hits:
            r.ok, r.message = True, f"memcheck reports the {wanted} that {page} shows:\n{hits[0]}"
        else:
            r.message = f"{page} shows an {wanted}, but memcheck reported none"
        return
    problems = []
    if errors:
        problems.append(f"{len(errors)} memcheck error(s):\n" + "\n".join(errors))
    if r.our_lost_bytes:
        leaks = [e for p in r.processes for e in p.our_leaks]
        problems.append(
            f"{r.our_lost_bytes} bytes definitely lost in our libraries:\n" + "\n".join(leaks)
        )
    if problems:
        r.message = "\n".join(problems)
        return
    r.ok = True
    r.message = "0 errors, 0 bytes definitely lost in our libraries"
    if excused := len(reported) - len(errors):
        r.message += f" ({excused} uses of the uninitialised values the book prints as «garbage»)"


# --------------------------------------------------------------------------- all runs


def cases(chapter_list: list[Chapter] | None = None) -> list[tuple[Example, str]]:
    found = []
    for ch in chapter_list or [None]:
        for ex in examples(ch):
            if not ex.entry.memcheck_skip:
                found.extend((ex, v) for v in ex.variants())
    return found


def skipped(chapter_list: list[Chapter] | None = None) -> list[Example]:
    return [ex for ch in chapter_list or [None] for ex in examples(ch) if ex.entry.memcheck_skip]


def run_all(todo: list[tuple[Example, str]], jobs: int, on_result=None) -> list[Result]:
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(memcheck, ex, v) for ex, v in todo]
        results = []
        for f in futures:
            r = f.result()
            if on_result:
                on_result(r)
            results.append(r)
    return results


def show(r: Result, verbose: bool) -> None:
    mark = "✓" if r.ok else "✗"
    note = "" if r.output_matches else "  (output differs from the book under valgrind)"
    first, *rest = r.message.splitlines() or [""]
    print(f"{mark} {r.name:<50} {r.kind:<10} {r.seconds:5.1f} s  {first}{note}", flush=True)
    if (not r.ok or verbose) and rest:
        print("\n".join("    " + line for line in rest), flush=True)


def summary(results: list[Result], elapsed: float) -> str:
    normal = [r for r in results if r.kind == "example"]
    count = {
        k: sum(r.kind == k for r in results) for k in ("crash demo", "leak demo", "error demo")
    }
    return (
        f"memcheck: {len(results)} runs of {len({r.example for r in results})} examples checked"
        f" in {elapsed:.0f} s: {len(normal)} ordinary runs, {count['crash demo']} crash-demo runs,"
        f" {count['leak demo']} leak-demo runs, {count['error demo']} error-demo runs\n"
        f"memcheck: ordinary runs: {sum(r.errors for r in normal)} errors,"
        f" {sum(r.our_lost_bytes for r in normal)} bytes definitely lost in our libraries"
        f" ({sum(r.other_lost_bytes for r in normal)} bytes definitely lost by CPython itself,"
        " not counted)"
    )


RECORD = paths.RESULTS / "memcheck.json"


def planned(chapter_list: list[Chapter] | None = None) -> dict[str, int]:
    """How many runs of each kind a memcheck of these chapters makes, from the registry."""
    count: dict[str, int] = {}
    for ex, v in cases(chapter_list):
        try:
            expected = ex.expected()
        except ExpectedFileError:
            kind = "example"
        else:  # what the run is for, whether or not this machine has the tools it needs
            kind = kind_of(ex, v, expected)
        count[kind] = count.get(kind, 0) + 1
    return count


def chapter_record(chapter: Chapter, results: list[Result]) -> dict:
    """One chapter's part of book/results/memcheck.json."""
    normal = [r for r in results if r.kind == "example"]
    kinds: dict[str, int] = {}
    for r in results:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    return {
        "planned": dict(sorted(planned([chapter]).items())),  # what the registry asks for
        "runs": len(results) - kinds.get("skipped", 0),
        "examples": len({r.example for r in results}),
        "skipped_examples": len(skipped([chapter])),
        "ordinary_runs": len(normal),
        "crash_demo_runs": kinds.get("crash demo", 0),
        "leak_demo_runs": kinds.get("leak demo", 0),
        "error_demo_runs": kinds.get("error demo", 0),
        "errors": sum(r.errors for r in normal),
        "our_lost_bytes": sum(r.our_lost_bytes for r in normal),
        "cpython_lost_bytes": sum(r.other_lost_bytes for r in normal),
        "valgrind_seconds": round(sum(r.seconds for r in results), 1),
    }


def update_record(results: list[Result], chosen: list[Chapter], jobs: int) -> dict:
    """book/results/memcheck.json with the chapters just checked replaced, and its totals
    (``derived``, what guarantees.md quotes) summed again over every chapter. A chapter's
    entry is written only when all its runs passed."""
    old = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.is_file() else {}
    per = old.get("chapters", {})
    for ch in chosen:
        mine = [r for r in results if r.example.chapter == ch]
        if all(r.ok for r in mine):
            per[ch.label] = chapter_record(ch, mine) | {
                "recorded": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "python": platform.python_version(),
            }
    known = {c.label for c in chapters.chapters()}
    per = {k: v for k, v in per.items() if k in known}
    order = {c.label: c.number for c in chapters.chapters()}
    per = dict(sorted(per.items(), key=lambda kv: order[kv[0]]))
    totals: dict[str, float] = {}
    for entry in per.values():
        for key, value in entry.items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                totals[key] = totals.get(key, 0) + value
    totals["valgrind_minutes"] = round(totals.pop("valgrind_seconds", 0) / 60)
    return {"command": "just memcheck", "jobs": jobs, "derived": totals, "chapters": per}


def main(labels: list[str], jobs: int, verbose: bool) -> int:
    if subprocess.run(["valgrind", "--version"], capture_output=True).returncode != 0:
        print("memcheck: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    try:
        chosen = chapters.choose(labels) if labels else None
    except chapters.UnknownChapter as e:
        print(e, file=sys.stderr)
        return 2
    build.everything(chosen)
    todo = cases(chosen)
    print(f"memcheck: {len(todo)} runs ({len({ex for ex, _ in todo})} examples), {jobs} at a time")
    start = time.monotonic()
    results = run_all(todo, jobs, lambda r: show(r, verbose))
    print()
    for r in results:
        if r.kind == "skipped":
            print(f"skipped {r.name}: {r.message}")
    for ex in skipped(chosen):
        print(f"skipped {ex.key}: {ex.entry.memcheck_skip}")
    elapsed = time.monotonic() - start
    print(summary(results, elapsed))
    data = update_record(results, chosen or list(chapters.chapters()), jobs)
    RECORD.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"memcheck: updated {paths.rel(RECORD)} (guarantees.md: `bookkit results update`)")
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"memcheck: {len(failed)} FAILED: " + ", ".join(r.name for r in failed))
        return 1
    print("memcheck: all passed")
    return 0
