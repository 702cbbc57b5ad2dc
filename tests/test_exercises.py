"""`just verify-exercises`: every starter fails its checks, every solution passes them.

Also: info.toml agrees with the files, every exercise file is shown by a book page, the
learners' working copies are ignored by git, and the exercises' Rust is formatted.
Nothing here reads or writes a learner's working copy: starters and solutions are checked
in copies under build/exercises/verify/.
"""

import re
import shutil
import subprocess
import tomllib

import pytest

import exercises
import runner

EXERCISES = exercises.exercises()
IDS = [f"{ex.label}/{ex.name}" for ex in EXERCISES]


@pytest.fixture(scope="session")
def outcomes():
    """Every starter and solution, checked once, several at a time (see check_all)."""
    return exercises.check_all(EXERCISES)


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_starter_fails(ex, outcomes):
    outcome = outcomes[ex.name, "starter"]
    if outcome.passed:
        pytest.fail(f"the starter of {ex.name} already passes its checks", pytrace=False)
    if ex.starter_fails_with not in outcome.message:
        pytest.fail(
            f"the starter of {ex.name} fails, but not with {ex.starter_fails_with!r}"
            f" (info.toml):\n{outcome.message}",
            pytrace=False,
        )


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_solution_passes(ex, outcomes):
    outcome = outcomes[ex.name, "solution"]
    if not outcome.passed:
        pytest.fail(f"the solution of {ex.name} fails: {outcome.message}", pytrace=False)


def test_info_toml_matches_the_files():
    problems = []
    names = [ex.name for ex in EXERCISES]
    if len(set(names)) != len(names):
        problems.append(f"exercise names repeat: {names}")
    stems = {ch.number: ch.stem for ch in runner.chapters()}
    members = set(
        tomllib.loads((exercises.EXERCISES / "Cargo.toml").read_text())["workspace"]["members"]
    )
    ignored = set((exercises.EXERCISES / ".gitignore").read_text().splitlines())
    for ex in EXERCISES:
        if stems.get(ex.chapter) != ex.folder.name:
            problems.append(
                f"{ex.name}: chapter {ex.chapter} is {stems.get(ex.chapter)}, not {ex.folder.name}"
            )
        if not (ex.folder / ex.check).is_file():
            problems.append(f"{ex.name}: no check file {ex.check}")
        if not ex.hint:
            problems.append(f"{ex.name}: no hint")
        for file in ex.files:
            for variant in ("starter", "solution"):
                if not (ex.folder / variant / file).is_file():
                    problems.append(f"{ex.name}: missing {variant}/{file}")
            if f"/{ex.folder.name}/{file}" not in ignored:
                problems.append(
                    f"{ex.name}: exercises/.gitignore must list /{ex.folder.name}/{file}"
                )
        for crate in ex.crates:
            if f"{ex.folder.name}/{crate}" not in members:
                problems.append(
                    f"{ex.name}: exercises/Cargo.toml must list {ex.folder.name}/{crate}"
                )
            if not (ex.folder / crate / "Cargo.toml").is_file():
                problems.append(f"{ex.name}: no {crate}/Cargo.toml")
    assert not problems, "\n".join(problems)


def exercise_files():
    """Every committed exercise file: not the learners' copies, not build output."""
    working = {ex.working(f).resolve() for ex in EXERCISES for f in ex.files}
    for path in sorted(exercises.EXERCISES.rglob("*")):
        rel = path.relative_to(exercises.EXERCISES)
        if not path.is_file() or path.resolve() in working:
            continue
        if rel.name.startswith(".") or rel.parts[0] == ".cargo" or rel.name == "Cargo.lock":
            continue
        if {"__pycache__", "target"} & set(rel.parts):
            continue
        yield path


def test_every_exercise_file_is_shown_by_a_page():
    include = re.compile(r"\{\{#include\s+([^}\s:]+)")
    shown = set()
    for page in runner.BOOK.rglob("*.md"):
        for target in include.findall(page.read_text(encoding="utf-8")):
            shown.add((page.parent / target).resolve())
    hidden = [str(p.relative_to(runner.ROOT)) for p in exercise_files() if p.resolve() not in shown]
    assert not hidden, "exercise files no page includes:\n" + "\n".join(hidden)


def test_exercise_rust_is_formatted():
    rustfmt = shutil.which("rustfmt")
    if rustfmt is None:
        pytest.skip("rustfmt is not installed")
    unformatted = []
    for path in exercise_files():
        if path.suffix == ".rs":  # through stdin: starter/ has no copy of `mod` files
            source = path.read_text(encoding="utf-8")
            done = subprocess.run(
                [rustfmt, "--edition", "2024", "--emit", "stdout"],
                input=source,
                capture_output=True,
                text=True,
            )
            if done.returncode != 0 or done.stdout != source:
                unformatted.append(str(path.relative_to(runner.ROOT)))
    assert not unformatted, "run rustfmt --edition 2024 on:\n" + "\n".join(unformatted)


def test_exercise_rust_passes_clippy(outcomes, capsys):
    """The solutions and library crates follow the book's Rust rules (SAFETY comments...)."""
    if exercises.cmd_lint() != 0:
        pytest.fail(capsys.readouterr().out, pytrace=False)


def test_every_chapter_from_the_first_call_on_has_an_exercise():
    with_exercise = {ex.chapter for ex in EXERCISES}
    first_call = next(ch.number for ch in runner.chapters() if ch.stem == "02-your-first-call")
    missing = [ch.label for ch in runner.chapters() if ch.number >= first_call]
    missing = [label for label in missing if int(label.split("-")[1]) not in with_exercise]
    assert not missing, f"chapters without an exercise: {missing}"
