"""The exercise harness: `just exercises`, `exercise`, `reset` and `verify-exercises`.

Every exercise has an entry in ``exercises/info.toml`` with only what cannot be derived
(its name, chapter, check file, the files the learner edits, the phrase its starter fails
with, the hint, a timeout) and lives in its chapter's folder, ``exercises/<chapter>/``:

    starter/<file>      the pristine starting point (never edited by a learner)
    solution/<file>     the reference solution the book prints
    check_<x>.py        ``check(work)``: the tests, in the learner's words (see ``checking``)
    <file>              the learner's working copy, created from starter/ on first use
    <crate>/Cargo.toml  a Rust crate the exercise builds (its src/lib.rs may be a working file)

What a check loads is read from the files: every ``library("x")`` of the check and every
``library_path("x")`` of the starter and solution names either a crate of the exercise's
folder (built in debug mode into ``build/exercises/``) or one of the book's libraries in
``cdylib/`` (built in release mode). ``exercises/Cargo.toml`` (the learners' workspace) and
``exercises/.gitignore`` (the working copies) are written from info.toml by
``bookkit exercises sync``; a test fails when they are stale.

A learner runs the checks against their working copy; the instructor check (``verify``)
copies each starter and each solution into ``build/exercises/verify/`` and runs the same
checks there, several at a time: every starter must fail (for the reason info.toml names)
and every solution must pass; then clippy runs on the solutions' crates.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from workbook import library_filename

from . import chapters, paths, proc

INFO = paths.EXERCISES / "info.toml"
WORKSPACE = paths.EXERCISES / "Cargo.toml"
GITIGNORE = paths.EXERCISES / ".gitignore"
BUILD = paths.BUILD_EXERCISES
STATE = BUILD / "state.json"
DEFAULT_TIMEOUT = 30  # seconds for one exercise's checks
INFO_FIELDS = {"name", "chapter", "check", "files", "starter_fails_with", "hint", "timeout"}
LIBRARY_CALL = re.compile(r"""\blibrary(?:_path)?\(\s*["'](\w+)["']""")


class InfoError(Exception):
    pass


@dataclass(frozen=True)
class Exercise:
    name: str
    chapter: chapters.Chapter
    check: str  # check_first_call.py, in the folder
    files: tuple[str, ...]  # what the learner edits, relative to folder
    starter_fails_with: str  # a phrase the starter's failure message must contain
    hint: str
    timeout: int = DEFAULT_TIMEOUT

    @property
    def folder(self) -> Path:
        return self.chapter.exercises_folder

    @property
    def label(self) -> str:
        return self.chapter.label

    def working(self, file: str) -> Path:
        return self.folder / file

    def loads(self) -> set[str]:
        """Every library the check or the learner's files load by name."""
        sources = [self.folder / self.check]
        sources += [self.folder / v / f for v in ("starter", "solution") for f in self.files]
        names = set()
        for path in sources:
            if path.is_file() and path.suffix == ".py":
                names |= set(LIBRARY_CALL.findall(path.read_text(encoding="utf-8")))
        return names

    @property
    def crates(self) -> tuple[str, ...]:
        """The exercise's own Rust crates: those its files edit, and those it loads."""
        edited = {f.split("/")[0] for f in self.files if "/" in f}
        found = edited | {n for n in self.loads() if (self.folder / n / "Cargo.toml").is_file()}
        return tuple(sorted(c for c in found if (self.folder / c / "Cargo.toml").is_file()))

    @property
    def libraries(self) -> tuple[str, ...]:
        """The book's own libraries (cdylib/) the check needs built."""
        names = self.loads() - set(self.crates)
        return tuple(sorted(n for n in names if (paths.CDYLIB / n / "Cargo.toml").is_file()))

    def edits(self, crate: str) -> bool:
        return any(f.startswith(f"{crate}/") for f in self.files)


def parse_info(text: str) -> list[Exercise]:
    info = tomllib.loads(text)
    found = []
    for raw in info.get("exercise", []):
        if unknown := set(raw) - INFO_FIELDS:
            raise InfoError(f"{raw.get('name', '?')}: unknown fields {sorted(unknown)}")
        chapter = chapters.find(str(raw["chapter"]))
        if chapter is None:
            raise InfoError(f"{raw['name']}: no chapter {raw['chapter']}")
        found.append(
            Exercise(
                name=raw["name"],
                chapter=chapter,
                check=raw["check"],
                files=tuple(raw["files"]),
                starter_fails_with=raw["starter_fails_with"],
                hint=raw["hint"].strip(),
                timeout=raw.get("timeout", DEFAULT_TIMEOUT),
            )
        )
    return sorted(found, key=lambda e: e.chapter.number)


@cache
def exercises() -> tuple[Exercise, ...]:
    """Every exercise in info.toml, in chapter order."""
    return tuple(parse_info(INFO.read_text(encoding="utf-8")))


def select(label: str) -> list[Exercise]:
    """``chapter-2`` / ``2`` -> that chapter's exercises; a name -> that exercise."""
    by_name = [e for e in exercises() if e.name == label]
    if by_name:
        return by_name
    chapter = chapters.find(label)
    return [e for e in exercises() if chapter and e.chapter == chapter]


def unknown(label: str) -> int:
    numbers = sorted({e.chapter.number for e in exercises()})
    print(
        f"There is no exercise for {label!r}. Chapters with exercises: "
        + ", ".join(f"chapter-{n}" for n in numbers)
        + ".\n`just exercises` lists them all.",
        file=sys.stderr,
    )
    return 2


# --------------------------------------------------------------------------- sync


def workspace_text() -> str:
    members = sorted({f"{e.folder.name}/{c}" for e in exercises() for c in e.crates})
    lines = "".join(f'    "{m}",\n' for m in members)
    return (
        "# Written by `bookkit exercises sync` from info.toml: do not edit.\n"
        "# The exercises' own small workspace, NOT part of the book's cdylib/ one:\n"
        "# a learner's crate that does not compile yet never breaks `just build`.\n"
        "# Output goes to build/exercises/ (see .cargo/config.toml).\n"
        "# `just exercise chapter-N` builds one crate at a time (`cargo build -p <crate>`).\n"
        '[workspace]\nresolver = "3"\nmembers = [\n' + lines + "]\n"
    )


def gitignore_text() -> str:
    files = sorted({f"/{e.folder.name}/{f}" for e in exercises() for f in e.files})
    return (
        "# Written by `bookkit exercises sync` from info.toml: do not edit.\n"
        "# The learners' working copies: created from starter/ by `just exercises` (and restored\n"
        "# by `just reset chapter-N`), so that a learner's edits never show up as changes to the\n"
        "# book.\n" + "".join(f"{f}\n" for f in files) + "Cargo.lock\n"
    )


def stale_generated_files() -> list[Path]:
    return [
        path
        for path, text in ((WORKSPACE, workspace_text()), (GITIGNORE, gitignore_text()))
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]


def cmd_sync() -> int:
    for path, text in ((WORKSPACE, workspace_text()), (GITIGNORE, gitignore_text())):
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {paths.rel(path)}")
        else:
            print(f"unchanged {paths.rel(path)}")
    return 0


# --------------------------------------------------------------------------- working copies


def ensure_working_copies(quiet: bool = False) -> None:
    """Create each missing working file from its starter."""
    created = []
    for ex in exercises():
        for file in ex.files:
            target = ex.working(file)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ex.folder / "starter" / file, target)
                created.append(paths.rel(target))
    if quiet or not created:
        return
    if len(created) > 3:
        print(f"(created your copies of {len(created)} starters: the files listed below)\n")
    else:
        for rel in created:
            print(f"(created your copy {rel} from the starter)")


def digest(ex: Exercise, folder: Path) -> str:
    h = hashlib.sha256()
    for file in ex.files:
        path = folder / file
        h.update(path.read_bytes() if path.exists() else b"<missing>")
    return h.hexdigest()


def load_state() -> dict:
    try:
        return json.loads(STATE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_result(ex: Exercise, passed: bool) -> None:
    state = load_state()
    state[ex.name] = {"digest": digest(ex, ex.folder), "passed": passed}
    STATE.parent.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(state, indent=1), encoding="utf-8")


def status(ex: Exercise, state: dict) -> str:
    last = state.get(ex.name)
    if last and last["digest"] == digest(ex, ex.folder):
        return "done" if last["passed"] else "failing"
    if all(filecmp.cmp(ex.working(f), ex.folder / "starter" / f, shallow=False) for f in ex.files):
        return "not started"
    return "in progress"


# --------------------------------------------------------------------------- building


@dataclass
class Outcome:
    passed: bool
    message: str  # for the learner: what went wrong, in one paragraph
    kind: str = "fail"  # pass, fail, error, build, crash, timeout, setup
    seconds: float = 0.0
    learner_output: str = ""


class SetupError(Exception):
    """Something outside the learner's code is missing (the book's libraries, cargo)."""


class CompileError(Exception):
    def __init__(self, crate: str, errors: str):
        super().__init__(crate)
        self.crate, self.errors = crate, errors


def cargo(args: list[str], cwd: Path, target_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir), CARGO_TERM_COLOR="never")
    try:
        return subprocess.run(
            ["cargo", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
        )
    except FileNotFoundError:
        raise SetupError("cargo is not installed (see README.md)") from None


def compiler_errors(stderr: str, limit: int = 40) -> str:
    """rustc's errors, without warnings, progress lines or notes about the standard library."""
    blocks: list[list[str]] = []
    keep = False
    for line in stderr.splitlines():
        if re.match(r"^(error|warning)(\[\w+\])?:", line):
            keep = line.startswith("error") and not line.startswith("error: could not compile")
            if keep:
                blocks.append([])
        elif re.match(r"^\s*(Compiling|Finished|Building)\b", line) or not line.strip():
            keep = False
        if keep and "/rustc/" not in line:
            blocks[-1].append(line)
    if not blocks:
        return "\n".join(stderr.strip().splitlines()[-limit:])
    lines = []
    for block in blocks[:3]:
        lines += block[:12] + (["   ..."] if len(block) > 12 else [])
    if len(blocks) > 3:
        lines.append(
            f"... and {len(blocks) - 3} more errors (`cargo build` in exercises/ shows all)"
        )
    return "\n".join(lines)


class Builder:
    """Builds what checks need, once per run of the harness, safely from several threads."""

    def __init__(self) -> None:
        self.built: set[tuple[str, ...]] = set()
        self.book_lock = threading.Lock()
        self.fixture_lock = threading.Lock()

    def book_libraries(self, names: tuple[str, ...]) -> None:
        """cargo build --release the book's libraries a check needs."""
        with self.book_lock:
            if not names or names in self.built:
                return
            self.built.add(names)
            args = ["build", "--release", "--quiet"] + [f"-p={n}" for n in names]
            done = cargo(args, paths.CDYLIB, paths.CDYLIB / "target")
            if done.returncode != 0:
                raise SetupError(
                    "the book's libraries did not build (`just build` shows why):\n"
                    + compiler_errors(done.stderr)
                )

    @staticmethod
    def crate(crate_dir: Path, target_dir: Path, in_workspace: bool) -> Path:
        """Build one exercise crate (debug: quick to compile); return the .so it produced."""
        package = tomllib.loads((crate_dir / "Cargo.toml").read_text(encoding="utf-8"))["package"]
        name = package["name"]
        if in_workspace:
            args = ["build", "--quiet", "--manifest-path", str(WORKSPACE), "-p", name]
        else:
            args = ["build", "--quiet", "--manifest-path", str(crate_dir / "Cargo.toml")]
        done = cargo(args, crate_dir, target_dir)
        if done.returncode != 0:
            raise CompileError(name, compiler_errors(done.stderr))
        return target_dir / "debug" / library_filename(name)

    def prepare(self, ex: Exercise, variant: str) -> tuple[Path, Path]:
        """(work folder, library folder) for the learner's copy or a verify copy."""
        self.book_libraries(ex.libraries)
        libdir = BUILD / "lib" / variant / ex.name
        if libdir.exists():
            shutil.rmtree(libdir)
        libdir.mkdir(parents=True)
        if variant == "learner":
            work, target_dir = ex.folder, BUILD / "target"
        else:
            work = BUILD / "verify" / ex.name / variant
            target_dir = BUILD / "verify-target" / ex.name / variant
            copy_variant(ex, variant, work)
        for lib in ex.libraries:
            link(paths.RUST_LIBRARIES / library_filename(lib), libdir)
        for crate in ex.crates:
            if variant == "learner":
                built = self.crate(work / crate, target_dir, in_workspace=True)
            elif ex.edits(crate):
                built = self.crate(work / crate, target_dir, in_workspace=False)
            else:  # a library the learner does not edit: built once for starter and solution
                shared = fixture_folder(ex, crate)
                with self.fixture_lock:  # starter and solution may be checked at the same time
                    for source in (ex.folder / crate).rglob("*"):
                        if source.is_file() and "target" not in source.parts:
                            sync_file(source, shared / source.relative_to(ex.folder / crate))
                    built = self.crate(shared, BUILD / "verify-target" / "_fixtures", False)
            link(built, libdir)
        return work, libdir


def fixture_folder(ex: Exercise, crate: str) -> Path:
    return BUILD / "verify" / "_fixtures" / ex.folder.name / crate


def link(source: Path, folder: Path) -> None:
    target = folder / source.name
    if target.is_symlink() or target.exists():
        target.unlink()
    target.symlink_to(source)


def sync_file(source: Path, target: Path) -> None:
    """Copy unless identical, so that cargo sees unchanged files as unchanged."""
    if target.exists() and filecmp.cmp(source, target, shallow=False):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    os.utime(target)  # newer than anything cargo built from the previous content


def copy_variant(ex: Exercise, variant: str, work: Path) -> None:
    """Mirror the exercise folder into `work`, with the variant's files as the working files.
    Unchanged files keep their modification time, so cargo does not rebuild them."""
    wanted: dict[Path, Path] = {}
    skip = {"starter", "solution", "target", "__pycache__"}
    for path in ex.folder.rglob("*"):
        rel = path.relative_to(ex.folder)
        if path.is_file() and not (skip & set(rel.parts)) and rel.as_posix() not in ex.files:
            wanted[rel] = path
    for file in ex.files:
        wanted[Path(file)] = ex.folder / variant / file
    for rel, source in wanted.items():
        sync_file(source, work / rel)


# --------------------------------------------------------------------------- checking


@dataclass
class Report:
    """What the check's child process wrote, event by event (see ``checking``)."""

    events: list[tuple[str, str]]

    @classmethod
    def read(cls, path: Path) -> Report:
        events = []
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                kind, _, text = line.partition(" ")
                events.append((kind, text.replace("\\n", "\n")))
        return cls(events)

    @property
    def steps(self) -> list[str]:
        return [text for kind, text in self.events if kind == "step"]

    @property
    def final(self) -> tuple[str, str]:
        return self.events[-1] if self.events else ("", "")

    @property
    def doing(self) -> str:
        return f" while {self.steps[-1]}" if self.steps else ""


def run_check(ex: Exercise, variant: str, builder: Builder | None = None) -> Outcome:
    start = time.monotonic()
    try:
        work, libdir = (builder or Builder()).prepare(ex, variant)
        report = BUILD / "reports" / f"{ex.name}.{variant}.txt"
        learner = tuple(Path(f).name for f in ex.files)
        outcome = check_in_child(ex.folder / ex.check, work, libdir, report, ex.timeout, learner)
    except CompileError as e:
        outcome = Outcome(False, f"the Rust crate {e.crate} does not compile:\n{e.errors}", "build")
    except SetupError as e:
        outcome = Outcome(False, str(e), "setup")
    outcome.seconds = time.monotonic() - start
    return outcome


def check_in_child(
    check_file: Path,
    work: Path,
    libdir: Path,
    report_path: Path,
    timeout: float = DEFAULT_TIMEOUT,
    learner_files: tuple[str, ...] = (),
) -> Outcome:
    """Run a check in a child Python and say, in the learner's terms, how it ended."""
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "bookkit.checkrun", str(check_file), str(work), str(report_path)]
    env = proc.python_environment(libdir)
    finished = proc.run(argv, cwd=work, env=env, timeout=timeout, core_dumps=False)
    return interpret(finished, Report.read(report_path), timeout, learner_files)


def interpret(
    finished: proc.Finished, report: Report, timeout: float, learner_files: tuple[str, ...]
) -> Outcome:
    printed = finished.stdout.decode(errors="replace").strip()
    stderr = finished.stderr_text
    doing = report.doing
    if finished.timed_out:
        return Outcome(
            False,
            f"the check did not finish within {timeout:g} s{doing}: it was stopped."
            " A deadlock, an endless loop, or a thread that is never joined?",
            "timeout",
            learner_output=printed,
        )
    if name := finished.signal_name:
        text = f"Python crashed (killed by {name}){doing}."
        if name == "SIGSEGV":
            text += " A segmentation fault: native code read or wrote memory it does not own."
        elif name == "SIGABRT":
            text += " An abort: a Rust panic that could not unwind, or a double free."
        if panic := rust_panic(stderr):
            text += f"\nRust said: {panic}"
        if frames := learner_frames(stderr, learner_files):
            text += "\nWhere, in your files (from Python's faulthandler):\n" + frames
        return Outcome(False, text, "crash", learner_output=printed)
    kind, text = report.final
    if kind == "pass" and finished.returncode == 0:
        return Outcome(True, "all checks pass", "pass", learner_output=printed)
    if kind == "fail":
        return Outcome(False, text, "fail", learner_output=printed)
    if kind == "error":
        suffix = ""
        if report.steps and not report.steps[-1].startswith("loading "):
            suffix = f"\n  (the check was {report.steps[-1]})"
        return Outcome(False, f"your code raised {text}{suffix}", "error", learner_output=printed)
    tail = "\n".join(stderr.strip().splitlines()[-8:])
    return Outcome(
        False,
        f"the check stopped unexpectedly (exit status {finished.returncode}){doing}.\n{tail}",
        "error",
        learner_output=printed,
    )


def rust_panic(stderr: str) -> str:
    """``panicked at src/lib.rs:17:5: attempt to subtract with overflow``, if Rust panicked."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if "panicked at" in line:
            where = line.split("panicked at", 1)[1].strip().rstrip(":")
            message = lines[i + 1].strip() if i + 1 < len(lines) else ""
            return f"panicked at {where}: {message}"
    return ""


def learner_frames(stderr: str, names: tuple[str, ...]) -> str:
    """The faulthandler lines that point into the learner's files (by file name)."""
    lines = [
        line.strip()
        for line in stderr.splitlines()
        if line.strip().startswith("File ") and any(f'/{n}"' in line for n in names)
    ]
    return "\n".join(f"  {line}" for line in lines[:5])


# --------------------------------------------------------------------------- commands


def files_of(ex: Exercise) -> str:
    return ", ".join(paths.rel(ex.working(f)) for f in ex.files)


def cmd_list() -> int:
    ensure_working_copies()
    state = load_state()
    marks = {"done": "✓", "failing": "✗", "in progress": "…", "not started": " "}
    print("The exercises (status from your last `just exercise` run):\n")
    for ex in exercises():
        st = status(ex, state)
        print(f"  [{marks[st]}] {ex.label:<10}  {ex.name:<24} {st:<12} {files_of(ex)}")
    todo = [ex for ex in exercises() if status(ex, state) != "done"]
    print(f"\n{len(exercises()) - len(todo)} of {len(exercises())} done.", end=" ")
    if todo:
        print(f"Next: edit {files_of(todo[0])}, then `just exercise {todo[0].label}`.")
    else:
        print("All done. Well done!")
    return 0


def cmd_run(label: str) -> int:
    ensure_working_copies()
    if label == "next":
        state = load_state()
        first = next((e for e in exercises() if status(e, state) != "done"), None)
        if first is None:
            print("Every exercise is done. `just exercises` shows the list.")
            return 0
        chosen = [first]
    else:
        chosen = select(label)
    if not chosen:
        return unknown(label)
    failed = 0
    builder = Builder()
    for ex in chosen:
        print(f"── {ex.label} · {ex.name} · your files: {files_of(ex)}")
        outcome = run_check(ex, "learner", builder)
        if outcome.kind != "setup":
            save_result(ex, outcome.passed)
        if outcome.passed:
            part = ex.chapter.part
            print(
                f"✓ {ex.name}: all checks pass. Compare with the reference solution:"
                f" book/solutions-part-{part.number}.md (Solutions, Part {part.roman}).\n"
            )
            continue
        failed += 1
        print(f"✗ {ex.name}: {outcome.message}")
        if outcome.learner_output:
            print("\nYour code printed:\n" + indent(outcome.learner_output, 20))
        if outcome.kind != "setup":
            print("\nHint: " + ex.hint.replace("\n", "\n      "))
        print(
            f"\nEdit and run `just exercise {ex.label}` again;"
            f" `just reset {ex.label}` restores the starter.\n"
        )
    return 1 if failed else 0


def indent(text: str, limit: int) -> str:
    lines = text.splitlines()
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more lines)"]
    return "\n".join("  | " + line for line in lines)


def cmd_reset(label: str) -> int:
    chosen = select(label)
    if not chosen:
        return unknown(label)
    for ex in chosen:
        for file in ex.files:
            working, starter = ex.working(file), ex.folder / "starter" / file
            if working.exists() and not filecmp.cmp(working, starter, shallow=False):
                stamp = time.strftime("%Y%m%d-%H%M%S")
                saved = Path(file).with_suffix(f".{stamp}{Path(file).suffix}")
                backup = BUILD / "backup" / ex.folder.name / saved
                backup.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(working, backup)
                print(f"your version of {paths.rel(working)} is saved as {paths.rel(backup)}")
            working.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(starter, working)
            os.utime(working)
            print(f"restored {paths.rel(working)} from the starter")
    return 0


# --------------------------------------------------------------------------- verify


@dataclass
class Verdict:
    exercise: Exercise
    starter: Outcome
    solution: Outcome
    problems: list[str] = field(default_factory=list)


def verdict(ex: Exercise, starter: Outcome, solution: Outcome) -> Verdict:
    v = Verdict(ex, starter, solution)
    if starter.passed:
        v.problems.append("the starter already passes its checks")
    elif starter.kind == "setup":
        v.problems.append(f"the starter could not be checked: {starter.message}")
    elif ex.starter_fails_with not in starter.message:
        v.problems.append(
            f"the starter fails, but not with {ex.starter_fails_with!r}: {starter.message}"
        )
    if not solution.passed:
        v.problems.append(f"the solution fails: {solution.message}")
    return v


VERIFY_WORKERS = 4  # checks mostly wait (for cargo, for sleeping threads): overlap them


def verify(chosen: list[Exercise]) -> list[Verdict]:
    """Every chosen exercise's starter and solution, checked in parallel."""
    builder = Builder()
    jobs = [(ex, variant) for ex in chosen for variant in ("starter", "solution")]
    with ThreadPoolExecutor(max_workers=VERIFY_WORKERS) as pool:
        outcomes = list(pool.map(lambda job: run_check(*job, builder), jobs))
    by_job = dict(zip(jobs, outcomes, strict=True))
    return [verdict(ex, by_job[ex, "starter"], by_job[ex, "solution"]) for ex in chosen]


def clippy() -> list[str]:
    """cargo clippy -D warnings on every solution crate and library crate of the exercises,
    on the copies `verify` made; starters are left alone, since some are wrong on purpose."""
    failures = []
    for ex in exercises():
        for crate in ex.crates:
            if ex.edits(crate):
                crate_dir = BUILD / "verify" / ex.name / "solution" / crate
                target = BUILD / "verify-target" / ex.name / "solution"
            else:
                crate_dir = fixture_folder(ex, crate)
                target = BUILD / "verify-target" / "_fixtures"
            if not crate_dir.is_dir():
                failures.append(f"{crate}: no copy in {paths.rel(crate_dir)}: run verify first")
                continue
            manifest = str(crate_dir / "Cargo.toml")
            args = ["clippy", "--quiet", "--manifest-path", manifest, "--", "-D", "warnings"]
            done = cargo(args, crate_dir, target)
            if done.returncode != 0:
                failures.append(f"clippy: {ex.folder.name}/{crate}\n{compiler_errors(done.stderr)}")
    return failures


def cmd_verify(names: list[str]) -> int:
    chosen = [e for e in exercises() if not names or e.name in names or e.label in names]
    start = time.monotonic()
    verdicts = verify(chosen)
    for v in verdicts:
        ex = v.exercise
        timing = f"{v.starter.seconds:5.1f} s + {v.solution.seconds:5.1f} s"
        print(f"{'✓' if not v.problems else '✗'} {ex.label} {ex.name:<24} ({timing})", end="")
        print(f"  starter fails: {v.starter.kind}" if not v.problems else "")
        for p in v.problems:
            print("    " + p.replace("\n", "\n    "))
    bad = sum(bool(v.problems) for v in verdicts)
    lint = clippy() if not names else []
    for failure in lint:
        print("✗ " + failure)
    print(
        f"\n{len(chosen) - bad} of {len(chosen)} exercises verified in"
        f" {time.monotonic() - start:.1f} s"
        + ("" if names else f"; clippy: {'clean' if not lint else f'{len(lint)} problem(s)'}.")
    )
    stale = stale_generated_files()
    for path in stale:
        print(f"✗ {paths.rel(path)} is stale: run `bookkit exercises sync`")
    return 1 if bad or lint or stale else 0
