"""Run the book's examples under valgrind memcheck: `just memcheck`.

Every example (from ``runner.examples()``), against every library it runs with
(``Example.variants()``: Rust, and the C twin if there is one), runs in the environment the
runner gives it (``runner.environment()``), but with its Python under::

    PYTHONMALLOC=malloc valgrind --tool=memcheck --leak-check=full ...
        --suppressions=tests/valgrind-python.supp

``PYTHONMALLOC=malloc`` makes every Python object a real ``malloc`` block, so memcheck sees
them too (pymalloc's arenas would hide overruns). ``tests/valgrind-python.supp`` hides
CPython 3.11's own uninitialised-value noise and nothing else. A ``.sh`` example runs
unchanged, with a ``python3`` first on its PATH that starts the real one under valgrind.

An example passes when

- memcheck reports 0 errors (invalid reads/writes/frees, uninitialised values used in our
  code...) in every Python process it started, and
- 0 bytes "definitely lost" in blocks allocated by our libraries: the ones this book builds,
  ``cdylib/target/release/lib*.so`` and ``build/c/<chapter>/lib*.so``. (What CPython itself
  leaks at exit is counted and shown, never a failure.)

The deliberate demos are checked the other way round:

- a crash demo (its ``.out`` ends with ``[killed by SIGSEGV]``, ``[killed by SIGABRT]``...)
  must die from the same signal under valgrind too;
- a leak demo (listed in ``LEAK_DEMOS`` below, with the page that says so) must lose at
  least one block, definitely, allocated by our library;
- an error demo (``ERROR_DEMOS``: a use after free that prints garbage instead of crashing)
  must make memcheck report that very kind of error.

An example whose ``.out`` says ``values in «» vary`` prints garbage on purpose (padding, a
dead register, freed memory): there, memcheck's "uninitialised value" reports are expected
and counted apart; invalid reads, writes and frees still fail it.

Usage::

    python tests/memcheck.py                 # everything: prints the count and the totals
    python tests/memcheck.py chapter-2 -v    # some chapters, with valgrind's report per error
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import runner

ROOT = runner.ROOT
SUPPRESSIONS = ROOT / "tests" / "valgrind-python.supp"
OUR_LIBRARY_DIRS = (runner.CDYLIB / "target", runner.BUILD_C)

# ANCHOR: demos
# Examples that leak on purpose, to show the leak: memcheck must find the leak, in our
# library. Key: "chapter-NN/script.py"; value: (the page that says so, the variants where
# memcheck can see it).
LEAK_DEMOS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Only the C twin: the Rust clibrary remembers every array it hands out (so free_array
    # can refuse a double free), so its leaked arrays stay reachable, which memcheck does not
    # call a leak. The page measures the Rust leak itself, with live_arrays().
    "chapter-09/leak.py": ("09-freeing-memory.md", ("c",)),
    "chapter-10/restype_leak.py": ("10-strings-and-buffers.md", ("rust", "c")),
    "chapter-20/cleanup.py": ("20-buffers-callbacks-cleanup.md", ("rust",)),
}

# Examples that touch memory they must not, on purpose, without crashing: memcheck must
# report that error (its kind, as in valgrind's XML), in our library or right after it.
ERROR_DEMOS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "chapter-09/use_after_free.py": ("09-freeing-memory.md", "InvalidRead", ("rust", "c")),
    # The tutorial's C allocate_array(-1) calls malloc(-1 * sizeof(int)), a size near 2**64,
    # and relies on malloc failing; the page explains exactly that. Rust checks size <= 0.
    "chapter-07/null_pointer.py": ("07-returned-pointers.md", "FishyValue", ("c",)),
    # ctypes.addressof() of a temporary: the buffer is freed before the library reads it.
    "chapter-32/temporary.py": ("32-raw-bytes.md", "InvalidRead", ("rust", "c")),
    # The library keeps pointers into argv's strings, which are freed when argv goes.
    "chapter-33/dangling_argv.py": ("33-pointer-graphs.md", "InvalidRead", ("rust", "c")),
}

# Uninitialised values are expected where the book prints garbage on purpose: an example
# whose .out says "values in «» vary" reads padding, dead registers or freed memory.
UNINITIALISED = {"UninitCondition", "UninitValue", "SyscallParam"}

# Examples memcheck cannot meaningfully run, each with the reason. Keep this short.
SKIP: dict[str, str] = {
    # Valgrind's heap lies below 4 GiB, so the address truncated to 32 bits is still the real
    # one: nothing crashes and nothing is invalid. The native crash is checked by test_examples.
    "chapter-07/truncated_pointer.py": "its crash needs a heap above 4 GiB; valgrind's is below",
    # The same 32-bit truncation (a string in the library's data; an array on the heap): under
    # valgrind every mapping is below 4 GiB, so the cut pointer still works (see chapter 27).
    "chapter-24/restype_pointer.py": "its crash needs a library above 4 GiB; valgrind's is below",
    "chapter-27/crash.py": "its crash needs a heap above 4 GiB; valgrind's is below",
}
# ANCHOR_END: demos

CRASH_SIGNALS = {"SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "SIGABRT", "SIGTRAP", "SIGSYS"}

# Valgrind slows Python down 20-50x; an example's own timeout is scaled by this much.
SLOWDOWN = 5
MIN_TIMEOUT = 180  # seconds


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


# --------------------------------------------------------------------------- one run


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


@dataclass
class Result:
    example: runner.Example
    variant: str
    kind: str  # "example", "crash demo", "leak demo", "error demo"
    ok: bool
    message: str
    seconds: float
    processes: list[Process]
    output_matches: bool = True
    counted_errors: int = 0

    @property
    def errors(self) -> int:
        """Errors that count: not the uninitialised values an example prints as «garbage»."""
        return self.counted_errors

    @property
    def our_lost_bytes(self) -> int:
        return sum(p.our_lost_bytes for p in self.processes)

    @property
    def other_lost_bytes(self) -> int:
        return sum(p.other_lost_bytes for p in self.processes)

    @property
    def name(self) -> str:
        return self.example.test_id(self.variant)


def is_ours(obj: str | None) -> bool:
    if not obj or not re.search(r"/lib\w+\.(so|dylib)$", obj):
        return False
    path = Path(obj).resolve()
    return any(path.is_relative_to(d.resolve()) for d in OUR_LIBRARY_DIRS)


STACK_SHOWN = 12  # frames per stack in a report


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


def parse_xml(path: Path) -> Process:
    """Read one valgrind XML file.

    The file is not always one well-formed document: a process that forks (multiprocessing,
    subprocess) leaves its child writing a second document into the same file, and a process
    killed or replaced by exec never closes it. So each <error> and <fatal_signal> element is
    cut out and parsed on its own; all of them count for this run.
    """
    text = path.read_text(encoding="utf-8", errors="replace")
    exe = re.search(r"<argv>\s*<exe>(.*?)</exe>", text, re.S)
    proc = Process(path.stem, exe[1] if exe else "?")
    for block in re.findall(r"<error>.*?(?:</error>|$)", text, re.S):
        try:
            error = ET.fromstring(block)
        except ET.ParseError:
            # Cut short (a pool worker killed mid-report) or interleaved with a forked
            # child's report: count each error kind in it, with the raw text as the report.
            for kind in re.findall(r"<kind>(\w+)</kind>", block):
                if kind == "Leak_DefinitelyLost":
                    lost = re.search(r"<leakedbytes>(\d+)</leakedbytes>", block)
                    if any(is_ours(obj) for obj in re.findall(r"<obj>(.*?)</obj>", block)):
                        proc.our_lost_bytes += int(lost[1]) if lost else 0
                        proc.our_leaks.append(f"{kind} (unreadable report):\n{block[:2000]}")
                elif not kind.startswith("Leak_"):
                    proc.errors.append((kind, f"{kind} (unreadable report):\n{block[:2000]}"))
            continue
        kind = error.findtext("kind") or ""
        if kind.startswith("Leak_"):
            if kind != "Leak_DefinitelyLost":
                continue
            lost = int(error.findtext("xwhat/leakedbytes") or 0)
            frames = [f.findtext("obj") for f in error.iter("frame")]
            if any(is_ours(obj) for obj in frames):
                proc.our_lost_bytes += lost
                proc.our_leaks.append(describe(error))
            else:
                proc.other_lost_bytes += lost
        else:
            proc.errors.append((kind, describe(error)))
    fatal = re.search(r"<fatal_signal>.*?<signame>(\w+)</signame>", text, re.S)
    proc.fatal_signal = fatal[1] if fatal else None
    return proc


def python_shim(folder: Path, vg: list[str]) -> None:
    """A `python3` (and `python`) that runs the real interpreter under valgrind."""
    for name in ("python3", "python"):
        shim = folder / name
        shim.write_text(f'#!/bin/sh\nexec {shlex.join(vg)} {shlex.quote(sys.executable)} "$@"\n')
        shim.chmod(0o755)


def expected_ending(example: runner.Example) -> tuple[runner.Expected, str | None]:
    """The book's transcript, and the signal it says the example dies from (or None)."""
    expected = example.expected()
    last = expected.transcript.rstrip("\n").rsplit("\n", 1)[-1]
    m = re.fullmatch(r"\[killed by (SIG\w+)\]", last)
    return expected, m[1] if m else None


def memcheck(example: runner.Example, variant: str) -> Result:
    start = time.monotonic()
    key = f"{example.chapter.label}/{example.script.name}"
    try:
        expected, crash_signal = expected_ending(example)
    except runner.ExpectedFileError as e:
        if example.expected_path.is_file():
            return Result(example, variant, "example", False, str(e), 0.0, [])
        # Not blessed yet: still worth checking, as an ordinary example.
        expected = runner.Expected(example.command, (), runner.DEFAULT_TIMEOUT, "")
        crash_signal = None
    unmet = getattr(expected, "unmet_needs", list)()  # "needs gdb" and the like
    if unmet:
        return Result(example, variant, "skipped", True, f"needs {', '.join(unmet)}", 0.0, [])
    if crash_signal:
        kind = "crash demo"
    elif key in LEAK_DEMOS and variant in LEAK_DEMOS[key][1]:
        kind = "leak demo"
    elif key in ERROR_DEMOS and variant in ERROR_DEMOS[key][2]:
        kind = "error demo"
    else:
        kind = "example"
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
        out, _, code = runner.run_with_timeout(argv, ROOT, env, expected.merge_stderr, timeout)
        processes = []
        for xml in sorted(logs.glob("*.xml")):
            p = parse_xml(xml)
            if "python" in Path(p.exe).name:  # not a compiler or tool the example ran
                processes.append(p)
    seconds = time.monotonic() - start

    text = runner.transcript(out, code)
    matches = runner.normalise(text, expected.directives) == runner.normalise(
        expected.transcript, expected.directives
    )

    errors: list[str] = []

    def result(ok: bool, message: str) -> Result:
        return Result(example, variant, kind, ok, message, seconds, processes, matches, len(errors))

    if code is None:
        return result(False, f"timed out after {timeout} s under valgrind")
    if not processes:
        if example.script.suffix == ".py":
            return result(False, "valgrind wrote no report (did it start?)")
        return result(True, "runs no Python process: nothing to check")
    garbage = "values in «» vary" in expected.directives
    expected_errors = [(k, e) for p in processes for k, e in p.errors]
    errors = [e for k, e in expected_errors if not (garbage and k in UNINITIALISED)]
    leaks = [e for p in processes for e in p.our_leaks]
    lost = sum(p.our_lost_bytes for p in processes)
    # How the example itself ended, plus any process it started that crashed. A worker that
    # its pool shut down (SIGTERM, SIGKILL) did not crash.
    signals = {p.fatal_signal for p in processes if p.fatal_signal in CRASH_SIGNALS}
    if code < 0:
        signals.add(signal.Signals(-code).name)

    if kind == "crash demo":
        if crash_signal in signals:
            return result(True, f"dies from {crash_signal} under valgrind too, as the book says")
        if errors:
            return result(
                True,
                f"memcheck reports the error behind the {crash_signal} before it happens:\n"
                + errors[0],
            )
        got = ", ".join(sorted(signals)) or f"exit status {code}"
        return result(
            False, f"the book says it dies from {crash_signal}; under valgrind: {got}, no error"
        )
    if signals:
        return result(
            False, f"killed by {', '.join(sorted(signals))} under valgrind:\n" + "\n".join(errors)
        )
    if kind == "leak demo":
        page = LEAK_DEMOS[key][0]
        if lost:
            return result(True, f"leaks {lost} bytes from our library, as {page} says")
        return result(False, f"{page} says it leaks, but memcheck found no leak in our library")
    if kind == "error demo":
        page, wanted, _ = ERROR_DEMOS[key]
        hits = [e for k, e in expected_errors if k == wanted]
        if hits:
            return result(True, f"memcheck reports the {wanted} that {page} shows:\n" + hits[0])
        return result(False, f"{page} shows an {wanted}, but memcheck reported none")
    problems = []
    if errors:
        problems.append(f"{len(errors)} memcheck error(s):\n" + "\n".join(errors))
    if lost:
        problems.append(f"{lost} bytes definitely lost in our libraries:\n" + "\n".join(leaks))
    if problems:
        return result(False, "\n".join(problems))
    allowed = len(expected_errors) - len(errors)
    if allowed:
        return result(
            True,
            f"0 errors, 0 bytes definitely lost in our libraries ({allowed} uses of the"
            " uninitialised values the book prints as «garbage»)",
        )
    return result(True, "0 errors, 0 bytes definitely lost in our libraries")


# --------------------------------------------------------------------------- all runs


def cases(chapters: list[runner.Chapter] | None = None) -> list[tuple[runner.Example, str]]:
    found = []
    for ch in chapters or [None]:
        for ex in runner.examples(ch):
            if f"{ex.chapter.label}/{ex.script.name}" in SKIP:
                continue
            found.extend((ex, v) for v in ex.variants())
    return found


def skipped(chapters: list[runner.Chapter] | None = None) -> list[str]:
    labels = {c.label for c in chapters} if chapters else None
    return [k for k in SKIP if labels is None or k.split("/")[0] in labels]


def run_all(todo: list[tuple[runner.Example, str]], jobs: int, on_result=None) -> list[Result]:
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(memcheck, ex, v) for ex, v in todo]
        results = []
        for f in futures:
            r = f.result()
            if on_result:
                on_result(r)
            results.append(r)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="memcheck", description=__doc__.split("\n")[0])
    parser.add_argument("chapters", nargs="*", help="chapter-N (default: all)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if subprocess.run(["valgrind", "--version"], capture_output=True).returncode != 0:
        print("memcheck: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    chapters = runner.chosen_chapters(args.chapters) if args.chapters else None
    if args.chapters and chapters is None:
        return 2
    runner.build_rust()
    for ch in chapters or [None]:
        runner.build_c(ch)
    todo = cases(chapters)
    print(
        f"memcheck: {len(todo)} runs ({len({ex for ex, _ in todo})} examples),"
        f" {args.jobs} at a time"
    )
    start = time.monotonic()

    def show(r: Result) -> None:
        mark = "✓" if r.ok else "✗"
        note = "" if r.output_matches else "  (output differs from the book under valgrind)"
        print(
            f"{mark} {r.name:<50} {r.kind:<10} {r.seconds:5.1f} s"
            f"  {r.message.splitlines()[0]}{note}",
            flush=True,
        )
        if (not r.ok or args.verbose) and len(r.message.splitlines()) > 1:
            print("\n".join("    " + line for line in r.message.splitlines()[1:]), flush=True)

    results = run_all(todo, args.jobs, show)
    elapsed = time.monotonic() - start
    failed = [r for r in results if not r.ok]
    normal = [r for r in results if r.kind == "example"]
    for r in results:
        if r.kind == "skipped":
            print(f"skipped {r.name}: {r.message}")
    print()
    for key in skipped(chapters):
        print(f"skipped {key}: {SKIP[key]}")
    print(
        f"memcheck: {len(results)} runs of {len(set(r.example for r in results))} examples checked"
        f" in {elapsed:.0f} s: {len(normal)} ordinary runs,"
        f" {sum(r.kind == 'crash demo' for r in results)} crash-demo runs,"
        f" {sum(r.kind == 'leak demo' for r in results)} leak-demo runs,"
        f" {sum(r.kind == 'error demo' for r in results)} error-demo runs"
    )
    print(
        f"memcheck: ordinary runs: {sum(r.errors for r in normal)} errors,"
        f" {sum(r.our_lost_bytes for r in normal)} bytes definitely lost in our libraries"
        f" ({sum(r.other_lost_bytes for r in normal)} bytes definitely lost by CPython itself,"
        " not counted)"
    )
    if failed:
        print(f"memcheck: {len(failed)} FAILED: " + ", ".join(r.name for r in failed))
        return 1
    print("memcheck: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
