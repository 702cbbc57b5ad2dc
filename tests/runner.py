"""The example runner: finds, builds, runs and checks every example in the book.

An example is a script in ``examples/<chapter>/`` (``*.py`` or ``*.sh``; a name starting
with ``_`` marks a helper module, not an example) plus its expected output, the file of
the same name ending in ``.out``. The first line of an ``.out`` file is the command a
reader types, optionally followed by the normalisations this example allows::

    $ python3 examples/14-threads-example/five_threads.py  # line order varies

The rest is what the command prints on stdout (and stderr, if the command says ``2>&1``).
A run that ends badly ends with one more line, the way a shell would tell you:
``[exit status 1]`` or ``[killed by SIGSEGV]``.

Each example runs against the Rust library and, when its chapter folder has a C twin of
every library it loads (``clibrary.c`` next to the script), against the C library too.

Used by pytest (``tests/test_examples.py``) and by the Justfile::

    python tests/runner.py run chapter-2 [--impl c]
    python tests/runner.py bless [chapter-2 ...]
    python tests/runner.py chapters
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workbook import library_filename

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
EXAMPLES = ROOT / "examples"
CDYLIB = ROOT / "cdylib"
BUILD_C = ROOT / "build" / "c"

DEFAULT_TIMEOUT = 60  # seconds; an example may ask for more with "timeout 120 s"

# ANCHOR: placeholder
# Where the reader cloned the book differs from machine to machine. Every run's output has
# the checkout's absolute path replaced by this placeholder, before it is compared or blessed.
CHECKOUT_PLACEHOLDER = "/path/to/workbook"
# ANCHOR_END: placeholder

# ANCHOR: versions
# An example whose output changed between CPython versions (ctypes rewords its messages)
# keeps one expected output per wording: `x.out` for the oldest interpreter the book
# supports, `x.3.13.out` for 3.13 and newer, ... A run compares with the file of the
# highest version not above the running interpreter's.
VERSIONED_OUT = re.compile(r"^(?P<stem>.+)\.(?P<major>3)\.(?P<minor>\d+)\.out$")
OLDEST_SUPPORTED = (3, 11)
# ANCHOR_END: versions

# ANCHOR: normalisations
# The only normalisations an example may declare, each visible in its .out file's first line.
NORMALISATIONS = {
    "line order varies": "lines are compared as a sorted list, paragraph by paragraph",
    "addresses vary": "hexadecimal addresses (0x...) are masked",
    "timings vary": "numbers followed by a unit (s, ms, µs, ns, x, %, GB/s, el/s) are masked",
    "values in «» vary": "text between « and » (garbage read from memory or registers) is masked",
    "library paths vary": "absolute paths of shared libraries are shown as …/libname.so",
}
# ANCHOR_END: normalisations
TIMEOUT_DIRECTIVE = re.compile(r"^timeout (\d+) s$")


# ANCHOR: needs
def can_compile_32_bit() -> bool:
    probe = subprocess.run(
        ["gcc", "-m32", "-x", "c", "-", "-o", os.devnull],
        input=b"int main(void) { return 0; }",
        capture_output=True,
    )
    return probe.returncode == 0


def can_strace() -> bool:
    """strace is installed and may trace (a container can forbid ptrace)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-o", os.devnull, "true"], capture_output=True)
    return probe.returncode == 0


def can_make_locales() -> bool:
    """localedef and glibc's locale sources (Debian: the `locales` package) for de_DE."""
    sources = Path("/usr/share/i18n")
    return (
        shutil.which("localedef") is not None
        and (sources / "locales" / "de_DE").is_file()
        and any((sources / "charmaps").glob("UTF-8*"))
    )


# What an example may need beyond Python, Rust and a C compiler, declared as "needs gdb".
# An example whose needs are not met is skipped, with the hint, instead of failing.
NEEDS = {
    "gdb": (lambda: shutil.which("gdb") is not None, "apt install gdb"),
    "valgrind": (lambda: shutil.which("valgrind") is not None, "apt install valgrind"),
    "gcc -m32": (can_compile_32_bit, "apt install gcc-multilib"),
    "strace": (can_strace, "apt install strace"),
    "localedef": (can_make_locales, "apt install locales"),
}
# ANCHOR_END: needs


# --------------------------------------------------------------------------- chapters


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str
    page: Path  # book/02-your-first-call.md

    @property
    def stem(self) -> str:
        return self.page.stem

    @property
    def folder(self) -> Path:
        return EXAMPLES / self.stem

    @property
    def label(self) -> str:
        return f"chapter-{self.number:02d}"


SUMMARY_ENTRY = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<file>[^)]+\.md)\)\s*$")


@cache
def chapters() -> tuple[Chapter, ...]:
    """The numbered chapters, in the order and with the numbers mdBook gives them.

    mdBook numbers every top-level ``- [Title](file.md)`` entry of SUMMARY.md, across
    part headings; entries without ``- `` (prefix and suffix chapters) get no number.
    """
    found = []
    for line in (BOOK / "SUMMARY.md").read_text(encoding="utf-8").splitlines():
        m = SUMMARY_ENTRY.match(line)
        if m:
            found.append(Chapter(len(found) + 1, m["title"], BOOK / m["file"]))
    return tuple(found)


def find_chapter(label: str) -> Chapter | None:
    """``chapter-5``, ``chapter-05`` or ``5`` -> chapter 5, or None."""
    m = re.fullmatch(r"(?:chapter-?)?0*(\d+)", label.strip().lower())
    if not m:
        return None
    number = int(m[1])
    return next((c for c in chapters() if c.number == number), None)


def chapter_list() -> str:
    return "\n".join(f"  {c.label}  {c.title}" for c in chapters())


# --------------------------------------------------------------------------- examples


@dataclass(frozen=True)
class Expected:
    command: str  # as shown to the reader, without the leading "$ "
    directives: tuple[str, ...]
    timeout: int
    transcript: str

    def unmet_needs(self) -> list[str]:
        """The declared needs this machine lacks, each with how to install it."""
        wanted = [d.removeprefix("needs ") for d in self.directives if d.startswith("needs ")]
        return [f"{w} ({NEEDS[w][1]})" for w in wanted if not cached_probe(w)]

    @property
    def merge_stderr(self) -> bool:
        return self.command.endswith(" 2>&1")


LIBRARY_CALL = re.compile(r"""library_path\(\s*["'](\w+)["']""")


@dataclass(frozen=True)
class Example:
    chapter: Chapter
    script: Path

    def expected_files(self) -> dict[tuple[int, int], Path]:
        """Every expected output of this example, by the first CPython version it is for."""
        found = {OLDEST_SUPPORTED: self.script.with_suffix(".out")}
        for path in self.script.parent.glob(f"{self.script.stem}.3.*.out"):
            m = VERSIONED_OUT.match(path.name)
            if m and m["stem"] == self.script.stem:
                found[(int(m["major"]), int(m["minor"]))] = path
        return dict(sorted(found.items()))

    def expected_path_for(self, version: tuple[int, int]) -> Path:
        chosen = [v for v in self.expected_files() if v <= version] or [OLDEST_SUPPORTED]
        return self.expected_files()[max(chosen)]

    @property
    def expected_path(self) -> Path:
        """The expected output for the interpreter running this code (`sys.version_info`)."""
        return self.expected_path_for(sys.version_info[:2])

    @property
    def newest_expected_path(self) -> Path:
        """The expected output for the newest interpreter: the one the page shows."""
        return list(self.expected_files().values())[-1]

    @property
    def rel(self) -> str:
        return self.script.relative_to(ROOT).as_posix()

    @property
    def command(self) -> str:
        interpreter = "python3" if self.script.suffix == ".py" else "bash"
        return f"{interpreter} {self.rel}"

    def libraries(self) -> list[str]:
        return sorted(set(LIBRARY_CALL.findall(self.script.read_text(encoding="utf-8"))))

    def variants(self) -> list[str]:
        """Rust if every library it loads is a Rust crate; C if every one has a C twin."""
        libs = self.libraries()
        if not libs:
            return ["rust"]  # loads nothing from this book (a shell example, a pure-Python one)
        found = []
        if all((CDYLIB / lib / "Cargo.toml").is_file() for lib in libs):
            found.append("rust")
        if all((self.chapter.folder / f"{lib}.c").is_file() for lib in libs):
            found.append("c")
        return found

    def test_id(self, variant: str) -> str:
        return f"{self.chapter.label}/{self.script.name}[{variant}]"

    def expected(self) -> Expected:
        return parse_expected(self.expected_path, self.command)


def examples(chapter: Chapter | None = None) -> list[Example]:
    chosen = [chapter] if chapter else chapters()
    found = []
    for ch in chosen:
        if ch.folder.is_dir():
            for script in sorted(ch.folder.iterdir()):
                if script.suffix in {".py", ".sh"} and not script.name.startswith("_"):
                    found.append(Example(ch, script))
    return found


@cache
def cached_probe(need: str) -> bool:
    return NEEDS[need][0]()


class ExpectedFileError(Exception):
    pass


def parse_expected(path: Path, command: str) -> Expected:
    if not path.is_file():
        raise ExpectedFileError(
            f"{path.relative_to(ROOT)} is missing: create it with `just bless` and review it"
        )
    first, _, transcript = path.read_text(encoding="utf-8").partition("\n")
    if not first.startswith("$ "):
        raise ExpectedFileError(f"{path.relative_to(ROOT)}: the first line must be '$ {command}'")
    shown, _, comment = first[2:].partition("  # ")
    shown = shown.rstrip()
    if shown not in {command, f"{command} 2>&1"}:
        raise ExpectedFileError(
            f"{path.relative_to(ROOT)}: the first line runs '{shown}', expected '{command}'"
            " (optionally followed by ' 2>&1')"
        )
    directives = tuple(d.strip() for d in comment.split(",") if d.strip())
    timeout = DEFAULT_TIMEOUT
    for d in directives:
        if m := TIMEOUT_DIRECTIVE.match(d):
            timeout = int(m[1])
        elif d.startswith("needs ") and d.removeprefix("needs ") in NEEDS:
            pass
        elif d not in NORMALISATIONS:
            allowed = ", ".join(
                f"'{n}'" for n in [*NORMALISATIONS, "timeout N s", *(f"needs {n}" for n in NEEDS)]
            )
            raise ExpectedFileError(
                f"{path.relative_to(ROOT)}: unknown directive '{d}'; allowed: {allowed}"
            )
    return Expected(shown, directives, timeout, transcript)


# --------------------------------------------------------------------------- building


def build_rust() -> None:
    run_build(["cargo", "build", "--release", "--quiet"], cwd=CDYLIB)


def c_library(chapter: Chapter, source: Path) -> Path:
    """examples/02-your-first-call/clibrary.c -> build/c/02-your-first-call/libclibrary.so,
    named the way `library_path` looks for it on this platform."""
    return BUILD_C / chapter.stem / library_filename(source.stem)


def build_c(chapter: Chapter | None = None) -> None:
    """Compile every C twin: examples/<chapter>/<lib>.c -> build/c/<chapter>/lib<lib>.so"""
    for ch in [chapter] if chapter else chapters():
        for source in sorted(ch.folder.glob("*.c")) if ch.folder.is_dir() else []:
            target = c_library(ch, source)
            if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            # ANCHOR: cc
            flags = ["-shared", "-fPIC", "-O2", "-g", "-pthread", "-Wall"]
            run_build(["cc", *flags, "-o", str(target), str(source)])
            # ANCHOR_END: cc


def run_build(cmd: list[str], cwd: Path = ROOT) -> None:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"build failed: {' '.join(cmd)}")


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    transcript: str  # stdout (+ stderr if merged) + the "[exit status N]" line
    stderr: str
    returncode: int | None  # None: timed out
    seconds: float

    @property
    def signal_name(self) -> str | None:
        if self.returncode is not None and self.returncode < 0:
            return signal.Signals(-self.returncode).name
        return None


def environment(example: Example, variant: str, merge_stderr: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WORKBOOK_LIB_DIR", None)
    if variant == "c":
        env["WORKBOOK_LIB_DIR"] = str(BUILD_C / example.chapter.stem)
    # `python3` in a shell example is the interpreter that runs the Python examples (.venv's).
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONUNBUFFERED"] = "1"  # output printed before a crash is not lost in a buffer
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if not merge_stderr:
        env["PYTHONFAULTHANDLER"] = "1"  # a crash prints the Python stack on stderr
    return env


def run_with_timeout(
    argv: list[str], cwd: Path, env: dict[str, str], merge_stderr: bool, timeout: float, **popen
) -> tuple[bytes, bytes | None, int | None]:
    """Runs argv in a new session; on timeout kills it and everything it started.
    Returns stdout, stderr (None if merged into stdout) and the exit code (None: timed out)."""
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
        start_new_session=True,  # so a timeout can kill the script and everything it started
        **popen,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        return out, err, proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return out, err, None


def run_example(example: Example, variant: str, expected: Expected | None = None) -> Run:
    merge = expected.merge_stderr if expected else False
    timeout = expected.timeout if expected else DEFAULT_TIMEOUT
    argv = [sys.executable if example.script.suffix == ".py" else "bash", example.rel]
    start = time.monotonic()
    out, err, code = run_with_timeout(
        argv, ROOT, environment(example, variant, merge), merge, timeout
    )
    text = transcript(out, code)
    stderr = redact((err or b"").decode("utf-8", errors="replace"))
    return Run(text, stderr, code, time.monotonic() - start)


def redact(text: str) -> str:
    """The checkout's absolute path (and its real path, through symlinks) -> the placeholder."""
    for root in sorted({str(ROOT), os.path.realpath(ROOT)}, key=len, reverse=True):
        text = text.replace(root, CHECKOUT_PLACEHOLDER)
    return text


def transcript(stdout: bytes, code: int | None) -> str:
    """What a reader's terminal shows: the output, redacted, then how the process ended."""
    text = redact(stdout.decode("utf-8", errors="replace"))
    if code:
        if text and not text.endswith("\n"):
            text += "\n"
        text += (
            f"[killed by {signal.Signals(-code).name}]\n" if code < 0 else f"[exit status {code}]\n"
        )
    return text


# --------------------------------------------------------------------------- comparing

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
GARBAGE = re.compile(r"«[^»]*»")
LIBRARY_PATH = re.compile(r"/(?:[^\s:'\"/]+/)+(lib\w+\.(?:so|dylib)|\w+\.dll)")
TIMING = re.compile(r"\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?(?=\s?(?:s|ms|µs|us|ns|x|%|GB/s|el/s)\b)")


def normalise(text: str, directives: tuple[str, ...]) -> list[str]:
    if "addresses vary" in directives:
        text = ADDRESS.sub("0x…", text)
    if "timings vary" in directives:
        text = TIMING.sub("…", text)
    if "values in «» vary" in directives:
        text = GARBAGE.sub("«…»", text)
    if "library paths vary" in directives:
        text = LIBRARY_PATH.sub(r"…/\1", text)
    lines = text.splitlines()
    if "line order varies" in directives:
        # Only within a paragraph: a summary after a blank line must still come last.
        paragraphs, current = [], []
        for line in lines:
            if line.strip():
                current.append(line)
            else:
                paragraphs += [*sorted(current), line]
                current = []
        lines = paragraphs + sorted(current)
    return lines


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
    if unmet := expected.unmet_needs():
        return Outcome(True, f"skipped: this example needs {', '.join(unmet)}", skipped=True)
    run = run_example(example, variant, expected)
    name = example.test_id(variant)
    got = normalise(run.transcript, expected.directives)
    want = normalise(expected.transcript, expected.directives)
    if got == want:
        return Outcome(True, f"{name}: matches the book", run)

    if run.returncode is None:
        head = (
            f"{name}: timed out after {expected.timeout} s (killed); the book expects it to finish"
        )
    elif run.signal_name and f"[killed by {run.signal_name}]" not in want:
        head = f"{name}: CRASHED: killed by {run.signal_name}"
    elif run.returncode and f"[exit status {run.returncode}]" not in want:
        head = f"{name}: exited with status {run.returncode}; the book expects a clean exit"
    else:
        head = f"{name}: output differs from {example.expected_path.relative_to(ROOT)}"
    rules = [NORMALISATIONS[d] for d in expected.directives if d in NORMALISATIONS]
    parts = [head]
    if rules:
        parts.append("(allowed here: " + "; ".join(rules) + ")")
    diff = difflib.unified_diff(want, got, "the book", "this run", lineterm="", n=2)
    parts.append("\n".join(diff))
    if run.stderr.strip():
        label = "faulthandler traceback" if run.signal_name else "stderr"
        parts.append(f"--- {label} ---\n{run.stderr.rstrip()}")
    return Outcome(False, "\n".join(parts), run)


# --------------------------------------------------------------------------- commands


def chosen_chapters(labels: list[str]) -> list[Chapter] | None:
    picked = []
    for label in labels:
        ch = find_chapter(label)
        if ch is None:
            print(f"There is no {label!r}. The chapters are:\n{chapter_list()}", file=sys.stderr)
            return None
        picked.append(ch)
    return picked


def cmd_run(label: str, impl: str) -> int:
    picked = chosen_chapters([label])
    if picked is None:
        return 2
    ch = picked[0]
    build_rust()
    build_c(ch)
    todo = [ex for ex in examples(ch) if impl in ex.variants()]
    if not todo:
        print(f"{ch.label} ({ch.title}) has no examples that run against the {impl} library.")
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
    total = len(todo)
    if failed:
        print(
            f"\n{ch.label} ({ch.title}): {len(failed)} of {total} differ from the book: "
            + ", ".join(failed)
        )
        return 1
    print(f"\n{ch.label} ({ch.title}): all {total} examples match the book.")
    return 0


def bless_target(example: Example) -> Path:
    """The file a new transcript goes to. An output blessed on an interpreter newer than the
    file it was compared with gets a file of its own (`x.3.13.out`), so that blessing on one
    interpreter never rewrites what another one expects."""
    running = sys.version_info[:2]
    chosen = max([v for v in example.expected_files() if v <= running] or [OLDEST_SUPPORTED])
    if chosen >= running or not example.expected_path.is_file():
        return example.expected_path
    name = f"{example.script.stem}.{running[0]}.{running[1]}.out"
    print(f"bless: {example.rel} prints something else on {running[0]}.{running[1]}: new {name}")
    return example.script.with_name(name)


def cmd_bless(labels: list[str]) -> int:
    picked = chosen_chapters(labels) if labels else list(chapters())
    if picked is None:
        return 2
    build_rust()
    changed = []
    for ch in picked:
        build_c(ch)
        for ex in examples(ch):
            variants = ex.variants()
            if not variants:
                print(f"skip {ex.rel}: neither a Rust crate nor a C twin for {ex.libraries()}")
                continue
            try:
                expected = ex.expected()
                header = expected.command
                if expected.directives:
                    header += "  # " + ", ".join(expected.directives)
            except ExpectedFileError:
                expected, header = None, ex.command
            if expected and (unmet := expected.unmet_needs()):
                print(f"skip {ex.rel}: needs {', '.join(unmet)}")
                continue
            run = run_example(ex, variants[0], expected)
            if expected and normalise(run.transcript, expected.directives) == normalise(
                expected.transcript, expected.directives
            ):
                continue  # equal up to the declared normalisations: keep the reviewed file
            target = bless_target(ex)
            target.write_text(f"$ {header}\n{run.transcript}", encoding="utf-8")
            changed.append(target)
    if not changed:
        print("bless: every expected output already matches; nothing written.")
        return 0
    print(f"bless: rewrote {len(changed)} expected output(s). Review before committing:\n")
    rels = [str(p.relative_to(ROOT)) for p in changed]
    subprocess.run(["git", "--no-pager", "diff", "--stat", "--", *rels], cwd=ROOT)
    subprocess.run(["git", "--no-pager", "diff", "--", *rels], cwd=ROOT)
    new = subprocess.run(
        ["git", "ls-files", "--others", "--", *rels], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    for path in new:
        print(f"\nnew file {path}:\n{(ROOT / path).read_text(encoding='utf-8')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="runner", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run one chapter's examples and compare with the book")
    run.add_argument("chapter", help="chapter-N, as numbered in the book")
    run.add_argument("--impl", choices=["rust", "c"], default="rust")
    bless = sub.add_parser("bless", help="rewrite expected outputs from real runs")
    bless.add_argument("chapters", nargs="*")
    sub.add_parser("chapters", help="list the chapters")
    sub.add_parser("build", help="build the Rust libraries and the C twins")
    args = parser.parse_args(argv)
    if args.command == "run":
        return cmd_run(args.chapter, args.impl)
    if args.command == "bless":
        return cmd_bless(args.chapters)
    if args.command == "build":
        build_rust()
        build_c()
        return 0
    print(chapter_list())
    return 0


if __name__ == "__main__":
    sys.exit(main())
