"""The exercise harness: `just exercises`, `exercise`, `reset` and `verify-exercises`.

Every exercise is described in ``exercises/info.toml`` and lives in ``exercises/<folder>/``:

    starter/<file>      the pristine starting point (never edited by a learner)
    solution/<file>     the reference solution the book prints
    check_<x>.py        ``check(work)``: the tests, in the learner's words (see tests/checking.py)
    <file>              the learner's working copy, created from starter/ on first use
    <crate>/Cargo.toml  a Rust crate the exercise builds (its src/lib.rs may be a working file)

A learner runs the checks against their working copy (``exercises/<folder>/``); the instructor
check (``verify``) copies each starter and each solution into ``build/exercises/verify/`` and
runs the same checks there: every starter must fail (for the reason info.toml names) and every
solution must pass. The learner's files are never touched by ``verify``.

Rust is built with cargo into ``build/exercises/``: the learner's crates as members of the
small workspace ``exercises/Cargo.toml`` (not the book's ``cdylib/`` workspace, so a learner's
half-finished crate never breaks the book), the verify copies on their own. Checks run in a
child process (``tests/checking.py``), so a crash or a hang is reported, not inherited.

    python tests/exercises.py list
    python tests/exercises.py run chapter-2        (or an exercise name, or "next")
    python tests/exercises.py reset chapter-2
    python tests/exercises.py verify [name ...]
    python tests/exercises.py lint                 (clippy on the copies verify made)
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import runner

sys.path.insert(0, str(runner.ROOT / "python"))
from workbook import library_filename  # noqa: E402

ROOT = runner.ROOT
EXERCISES = ROOT / "exercises"
INFO = EXERCISES / "info.toml"
BUILD = ROOT / "build" / "exercises"
STATE = BUILD / "state.json"
CHECKING = Path(__file__).resolve().parent / "checking.py"
BOOK_LIBRARIES = runner.CDYLIB / "target" / "release"
DEFAULT_TIMEOUT = 30  # seconds for one exercise's checks


@dataclass(frozen=True)
class Exercise:
    name: str
    chapter: int
    folder: Path  # exercises/02-your-first-call
    check: str  # check_first_call.py, in the folder
    files: tuple[str, ...]  # what the learner edits, relative to folder
    libraries: tuple[str, ...]  # the book's libraries (cdylib/) the check loads
    crates: tuple[str, ...]  # Rust crates in the folder that the check builds
    starter_fails_with: str  # a phrase the starter's failure message must contain
    hint: str
    timeout: int = DEFAULT_TIMEOUT

    @property
    def label(self) -> str:
        return f"chapter-{self.chapter}"

    def working(self, file: str) -> Path:
        return self.folder / file

    def rel(self, path: Path) -> str:
        return path.relative_to(ROOT).as_posix()


def exercises() -> list[Exercise]:
    """Every exercise in info.toml, in chapter order."""
    info = tomllib.loads(INFO.read_text(encoding="utf-8"))
    found = [
        Exercise(
            name=e["name"],
            chapter=e["chapter"],
            folder=EXERCISES / e["folder"],
            check=e["check"],
            files=tuple(e["files"]),
            libraries=tuple(e.get("libraries", [])),
            crates=tuple(e.get("crates", [])),
            starter_fails_with=e["starter_fails_with"],
            hint=e["hint"].strip(),
            timeout=e.get("timeout", DEFAULT_TIMEOUT),
        )
        for e in info["exercise"]
    ]
    return sorted(found, key=lambda e: e.chapter)


def select(label: str) -> list[Exercise]:
    """``chapter-2`` / ``2`` -> that chapter's exercises; a name -> that exercise."""
    every = exercises()
    by_name = [e for e in every if e.name == label]
    if by_name:
        return by_name
    m = re.fullmatch(r"(?:chapter-?)?0*(\d+)", label.strip().lower())
    if m:
        return [e for e in every if e.chapter == int(m[1])]
    return []


def unknown(label: str) -> int:
    chapters = sorted({e.chapter for e in exercises()})
    print(
        f"There is no exercise for {label!r}. Chapters with exercises: "
        + ", ".join(f"chapter-{c}" for c in chapters)
        + ".\n`just exercises` lists them all.",
        file=sys.stderr,
    )
    return 2


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
                created.append(ex.rel(target))
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


_built: set[tuple[str, ...]] = set()
_book_lock = threading.Lock()
_fixture_lock = threading.Lock()


def build_book_libraries(names: tuple[str, ...]) -> None:
    """cargo build --release the book's libraries a check needs (once per run of this tool)."""
    with _book_lock:
        if not names or names in _built:
            return
        _built.add(names)
        _build_book_libraries(names)


def _build_book_libraries(names: tuple[str, ...]) -> None:
    args = ["build", "--release", "--quiet"] + [f"-p={n}" for n in names]
    done = cargo(args, runner.CDYLIB, runner.CDYLIB / "target")
    if done.returncode != 0:
        raise SetupError(
            "the book's libraries did not build (`just build` shows why):\n"
            + compiler_errors(done.stderr)
        )


def build_crate(ex: Exercise, crate_dir: Path, target_dir: Path, in_workspace: bool) -> Path:
    """Build one exercise crate (debug: quick to compile); return the .so it produced."""
    package = tomllib.loads((crate_dir / "Cargo.toml").read_text(encoding="utf-8"))["package"]
    name = package["name"]
    if in_workspace:
        args = ["build", "--quiet", "--manifest-path", str(EXERCISES / "Cargo.toml"), "-p", name]
    else:
        args = ["build", "--quiet", "--manifest-path", str(crate_dir / "Cargo.toml")]
    done = cargo(args, crate_dir, target_dir)
    if done.returncode != 0:
        raise CompileError(name, compiler_errors(done.stderr))
    return target_dir / "debug" / library_filename(name)


class CompileError(Exception):
    def __init__(self, crate: str, errors: str):
        super().__init__(crate)
        self.crate, self.errors = crate, errors


def link(source: Path, folder: Path) -> None:
    target = folder / source.name
    if target.is_symlink() or target.exists():
        target.unlink()
    target.symlink_to(source)


def prepare(ex: Exercise, variant: str) -> tuple[Path, Path]:
    """(work folder, library folder) for the learner's copy or a verify copy of a variant."""
    build_book_libraries(ex.libraries)
    libdir = BUILD / "lib" / variant / ex.name
    if libdir.exists():
        shutil.rmtree(libdir)
    libdir.mkdir(parents=True)
    if variant == "learner":
        work = ex.folder
        target_dir = BUILD / "target"
    else:
        work = BUILD / "verify" / ex.name / variant
        target_dir = BUILD / "verify-target" / ex.name / variant
        copy_variant(ex, variant, work)
    for lib in ex.libraries:
        link(BOOK_LIBRARIES / library_filename(lib), libdir)
    for crate in ex.crates:
        learners = any(f.startswith(f"{crate}/") for f in ex.files)
        if variant == "learner":
            built = build_crate(ex, work / crate, target_dir, in_workspace=True)
        elif learners:
            built = build_crate(ex, work / crate, target_dir, in_workspace=False)
        else:  # a library the learner does not edit: built once for starter and solution
            shared = BUILD / "verify" / "_fixtures" / ex.folder.name / crate
            with _fixture_lock:  # starter and solution may be checked at the same time
                for source in (ex.folder / crate).rglob("*"):
                    if source.is_file() and "target" not in source.parts:
                        sync_file(source, shared / source.relative_to(ex.folder / crate))
                built = build_crate(ex, shared, BUILD / "verify-target" / "_fixtures", False)
        link(built, libdir)
    return work, libdir


def sync_file(source: Path, target: Path) -> None:
    """Copy unless identical, so that cargo sees unchanged files as unchanged."""
    if target.exists() and filecmp.cmp(source, target, shallow=False):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    os.utime(target)  # newer than anything cargo built from the previous content


def copy_variant(ex: Exercise, variant: str, work: Path) -> None:
    """Mirror the exercise folder into `work`, with the variant's files as the working files.

    Unchanged files keep their modification time, so cargo does not rebuild them.
    """
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


def run_check(ex: Exercise, variant: str) -> Outcome:
    start = time.monotonic()
    try:
        outcome = _run_check(ex, variant)
    except CompileError as e:
        outcome = Outcome(False, f"the Rust crate {e.crate} does not compile:\n{e.errors}", "build")
    except SetupError as e:
        outcome = Outcome(False, str(e), "setup")
    outcome.seconds = time.monotonic() - start
    return outcome


def no_core_dumps() -> None:
    """A crashing check should not leave a core file in the learner's folder."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _run_check(ex: Exercise, variant: str) -> Outcome:
    work, libdir = prepare(ex, variant)
    report = BUILD / "reports" / f"{ex.name}.{variant}.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    env = dict(os.environ)
    env.update(
        WORKBOOK_LIB_DIR=str(libdir),
        PYTHONFAULTHANDLER="1",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONUNBUFFERED="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "python"), env.get("PYTHONPATH")])),
    )
    argv = [sys.executable, str(CHECKING), str(ex.folder / ex.check), str(work), str(report)]
    out, err, code = runner.run_with_timeout(
        argv, work, env, False, ex.timeout, preexec_fn=no_core_dumps
    )
    events = []
    if report.exists():
        for line in report.read_text(encoding="utf-8").splitlines():
            kind, _, text = line.partition(" ")
            events.append((kind, text.replace("\\n", "\n")))
    steps = [text for kind, text in events if kind == "step"]
    doing = f" while {steps[-1]}" if steps else ""
    printed = out.decode(errors="replace").strip()
    stderr = err.decode(errors="replace")
    final = events[-1] if events else ("", "")
    if code is None:
        return Outcome(
            False,
            f"the check did not finish within {ex.timeout} s{doing}: it was stopped."
            " A deadlock, an endless loop, or a thread that is never joined?",
            "timeout",
            learner_output=printed,
        )
    if code < 0:
        name = signal.Signals(-code).name
        frames = learner_frames(stderr, ex, work)
        text = f"Python crashed (killed by {name}){doing}."
        if name == "SIGSEGV":
            text += " A segmentation fault: native code read or wrote memory it does not own."
        elif name == "SIGABRT":
            text += " An abort: a Rust panic that could not unwind, or a double free."
        panic = rust_panic(stderr)
        if panic:
            text += f"\nRust said: {panic}"
        if frames:
            text += "\nWhere, in your files (from Python's faulthandler):\n" + frames
        return Outcome(False, text, "crash", learner_output=printed)
    if final[0] == "pass" and code == 0:
        return Outcome(True, "all checks pass", "pass", learner_output=printed)
    if final[0] == "fail":
        return Outcome(False, final[1], "fail", learner_output=printed)
    if final[0] == "error":
        return Outcome(
            False,
            f"your code raised {final[1]}{doing_suffix(steps)}",
            "error",
            learner_output=printed,
        )
    tail = "\n".join(stderr.strip().splitlines()[-8:])
    return Outcome(
        False,
        f"the check stopped unexpectedly (exit status {code}){doing}.\n{tail}",
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


def doing_suffix(steps: list[str]) -> str:
    return (
        f"\n  (the check was {steps[-1]})" if steps and not steps[-1].startswith("loading ") else ""
    )


def learner_frames(stderr: str, ex: Exercise, work: Path) -> str:
    """The faulthandler lines that point into the learner's files."""
    names = {(work / f).name for f in ex.files}
    lines = [
        line.strip()
        for line in stderr.splitlines()
        if line.strip().startswith("File ") and any(f'/{n}"' in line for n in names)
    ]
    return "\n".join(f"  {line}" for line in lines[:5])


# --------------------------------------------------------------------------- commands


def cmd_list() -> int:
    ensure_working_copies()
    state = load_state()
    marks = {"done": "✓", "failing": "✗", "in progress": "…", "not started": " "}
    print("The exercises (status from your last `just exercise` run):\n")
    for ex in exercises():
        st = status(ex, state)
        files = ", ".join(ex.rel(ex.working(f)) for f in ex.files)
        print(f"  [{marks[st]}] {ex.label:<10}  {ex.name:<24} {st:<12} {files}")
    todo = [ex for ex in exercises() if status(ex, state) != "done"]
    done = len(exercises()) - len(todo)
    print(f"\n{done} of {len(exercises())} done.", end=" ")
    if todo:
        print(f"Next: edit {ex_files(todo[0])}, then `just exercise chapter-{todo[0].chapter}`.")
    else:
        print("All done. Well done!")
    return 0


def ex_files(ex: Exercise) -> str:
    return ", ".join(ex.rel(ex.working(f)) for f in ex.files)


def cmd_run(label: str) -> int:
    ensure_working_copies()
    if label == "next":
        state = load_state()
        chosen = [next((e for e in exercises() if status(e, state) != "done"), None)]
        if chosen[0] is None:
            print("Every exercise is done. `just exercises` shows the list.")
            return 0
    else:
        chosen = select(label)
    if not chosen:
        return unknown(label)
    failed = 0
    for ex in chosen:
        print(f"── {ex.label} · {ex.name} · your files: {ex_files(ex)}")
        outcome = run_check(ex, "learner")
        if outcome.kind != "setup":
            save_result(ex, outcome.passed)
        if outcome.passed:
            print(
                f"✓ {ex.name}: all checks pass. Compare with the reference solution:"
                f" book/solutions-part-{part_number(ex.chapter)}.md (Solutions, {part_name(ex)}).\n"
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


def part_number(chapter: int) -> int:
    """Which part of the book (1 for Part I) a chapter is in, from SUMMARY.md's headings."""
    part, number = 0, 0
    for line in (runner.BOOK / "SUMMARY.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("# Part "):
            part += 1
        elif runner.SUMMARY_ENTRY.match(line):
            number += 1
            if number == chapter:
                return part
    return part


def part_name(ex: Exercise) -> str:
    return "Part " + ["?", "I", "II", "III", "IV", "V", "VI"][min(part_number(ex.chapter), 6)]


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
            working = ex.working(file)
            if working.exists() and not filecmp.cmp(
                working, ex.folder / "starter" / file, shallow=False
            ):
                stamp = time.strftime("%Y%m%d-%H%M%S")
                saved = Path(file).with_suffix(f".{stamp}{Path(file).suffix}")
                backup = BUILD / "backup" / ex.folder.name / saved
                backup.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(working, backup)
                print(f"your version of {ex.rel(working)} is saved as {ex.rel(backup)}")
            working.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ex.folder / "starter" / file, working)
            os.utime(working)
            print(f"restored {ex.rel(working)} from the starter")
    return 0


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


def check_all(chosen: list[Exercise]) -> dict[tuple[str, str], Outcome]:
    """Every chosen exercise's starter and solution, checked in parallel."""
    jobs = [(ex, variant) for ex in chosen for variant in ("starter", "solution")]
    with ThreadPoolExecutor(max_workers=VERIFY_WORKERS) as pool:
        outcomes = pool.map(lambda job: run_check(*job), jobs)
        return {(ex.name, variant): o for (ex, variant), o in zip(jobs, outcomes, strict=True)}


def cmd_verify(names: list[str]) -> int:
    chosen = [e for e in exercises() if not names or e.name in names or e.label in names]
    start = time.monotonic()
    outcomes = check_all(chosen)
    bad = 0
    for ex in chosen:
        v = verdict(ex, outcomes[ex.name, "starter"], outcomes[ex.name, "solution"])
        timing = f"{v.starter.seconds:5.1f} s + {v.solution.seconds:5.1f} s"
        print(f"{'✓' if not v.problems else '✗'} {ex.label} {ex.name:<24} ({timing})", end="")
        print(f"  starter fails: {v.starter.kind}" if not v.problems else "")
        for p in v.problems:
            print("    " + p.replace("\n", "\n    "))
        bad += bool(v.problems)
    total = time.monotonic() - start
    print(f"\n{len(chosen) - bad} of {len(chosen)} exercises verified in {total:.1f} s.")
    return 1 if bad else 0


def cmd_lint() -> int:
    """cargo clippy -D warnings on every solution crate and library crate of the exercises.

    Runs on the copies `verify` made (run it after verify); starters are left alone, since
    some are wrong on purpose.
    """
    failed = 0
    for ex in exercises():
        for crate in ex.crates:
            learners = any(f.startswith(f"{crate}/") for f in ex.files)
            if learners:
                crate_dir = BUILD / "verify" / ex.name / "solution" / crate
                target = BUILD / "verify-target" / ex.name / "solution"
            else:
                crate_dir = BUILD / "verify" / "_fixtures" / ex.folder.name / crate
                target = BUILD / "verify-target" / "_fixtures"
            if not crate_dir.is_dir():
                print(f"✗ {crate}: no copy in {ex.rel(crate_dir)}: run verify first")
                failed += 1
                continue
            manifest = str(crate_dir / "Cargo.toml")
            args = ["clippy", "--quiet", "--manifest-path", manifest, "--", "-D", "warnings"]
            done = cargo(args, crate_dir, target)
            if done.returncode != 0:
                failed += 1
                print(f"✗ clippy: {ex.folder.name}/{crate}\n{compiler_errors(done.stderr)}")
    print("clippy: every solution and library crate is clean." if not failed else "")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="exercises", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="every exercise with its status")
    run = sub.add_parser("run", help="check your working copy")
    run.add_argument("chapter", nargs="?", default="next")
    reset = sub.add_parser("reset", help="restore the starter")
    reset.add_argument("chapter")
    ver = sub.add_parser("verify", help="every starter fails, every solution passes")
    ver.add_argument("names", nargs="*")
    sub.add_parser("lint", help="clippy on the solutions and library crates (after verify)")
    args = parser.parse_args(argv)
    if args.command == "list":
        return cmd_list()
    if args.command == "run":
        return cmd_run(args.chapter)
    if args.command == "reset":
        return cmd_reset(args.chapter)
    if args.command == "lint":
        return cmd_lint()
    return cmd_verify(args.names)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `just exercises | head`
        sys.exit(0)
    except Exception as error:  # noqa: BLE001 - a learner sees one line, not a traceback
        print(
            f"The exercise harness itself failed ({type(error).__name__}: {error}).\n"
            "This is not your code's fault: run `./bootstrap` and `just build`, then try again.",
            file=sys.stderr,
        )
        sys.exit(3)
