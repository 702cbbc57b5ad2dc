"""`just verify-exercises` inside `just test`: every starter fails its checks, every solution
passes them, and the solutions' Rust passes clippy.

Also: info.toml agrees with the files, the files written from it are fresh, every exercise
file is shown by a book page, and the exercises' Rust is formatted. Nothing here reads or
writes a learner's working copy: starters and solutions are checked in copies under
build/exercises/verify/.
"""

import re
import shutil
import subprocess

import pytest

from bookkit import chapters, exercises, markdown, paths

pytestmark = pytest.mark.exercises

EXERCISES = exercises.exercises()
IDS = [f"{ex.label}/{ex.name}" for ex in EXERCISES]


@pytest.fixture(scope="session")
def verdicts():
    """Every starter and solution, checked once, several at a time."""
    return {v.exercise.name: v for v in exercises.verify(list(EXERCISES))}


@pytest.mark.parametrize("ex", EXERCISES, ids=IDS)
def test_starter_fails_and_solution_passes(ex, verdicts):
    v = verdicts[ex.name]
    assert not v.problems, f"{ex.name}:\n" + "\n".join(v.problems)


def test_exercise_rust_passes_clippy(verdicts):
    """The solutions and library crates follow the book's Rust rules (SAFETY comments...).
    Runs on the copies the verdicts fixture made."""
    failures = exercises.clippy()
    assert not failures, "\n".join(failures)


def test_info_toml_matches_the_files():
    problems = []
    names = [ex.name for ex in EXERCISES]
    if len(set(names)) != len(names):
        problems.append(f"exercise names repeat: {names}")
    for ex in EXERCISES:
        if not (ex.folder / ex.check).is_file():
            problems.append(f"{ex.name}: no check file {paths.rel(ex.folder / ex.check)}")
        if not ex.hint:
            problems.append(f"{ex.name}: no hint")
        for file in ex.files:
            for variant in ("starter", "solution"):
                if not (ex.folder / variant / file).is_file():
                    problems.append(f"{ex.name}: missing {variant}/{file}")
        unknown = ex.loads() - set(ex.crates) - set(ex.libraries)
        if unknown:
            problems.append(
                f"{ex.name}: loads {sorted(unknown)}: neither a crate here nor in cdylib/"
            )
    assert not problems, "\n".join(problems)


def test_generated_files_are_fresh():
    stale = [paths.rel(p) for p in exercises.stale_generated_files()]
    assert not stale, f"run `bookkit exercises sync` (info.toml changed): {stale}"


def exercise_files():
    """Every committed exercise file: not the learners' copies, not build output."""
    working = {ex.working(f).resolve() for ex in EXERCISES for f in ex.files}
    for path in sorted(paths.EXERCISES.rglob("*")):
        rel = path.relative_to(paths.EXERCISES)
        if not path.is_file() or path.resolve() in working:
            continue
        if rel.name.startswith(".") or rel.parts[0] == ".cargo" or rel.name == "Cargo.lock":
            continue
        if {"__pycache__", "target"} & set(rel.parts):
            continue
        yield path


def test_every_exercise_file_is_shown_by_a_page():
    shown = {inc.target for inc in markdown.includes()}
    generated = {exercises.WORKSPACE.resolve()}
    hidden = [paths.rel(p) for p in exercise_files() if p.resolve() not in shown | generated]
    assert not hidden, "exercise files no page includes:\n" + "\n".join(hidden)


def test_each_exercise_section_shows_its_own_check_hint_and_solution():
    """book/exercises.md: the section of an exercise includes its own check and hint, no
    other exercise's, and links to its own solution, in the order the chapters come."""
    page = (paths.BOOK / "exercises.md").read_text(encoding="utf-8")
    problems, order = [], []
    for ex in EXERCISES:
        found = re.search(rf"(?ms)^## {ex.name} \{{#{ex.name}\}}\n.*?(?=^## |^# |\Z)", page)
        if not found:
            problems.append(f"{ex.name}: no section")
            continue
        order.append((found.start(), ex.chapter.number, ex.name))
        section = found.group(0)
        checks = re.findall(r"\{\{#include \.\./exercises/([^}:]+/check_\w+\.py)", section)
        hints = re.findall(r"\{\{#include \.\./exercises/info\.toml:([\w-]+)\}\}", section)
        links = re.findall(
            r"^Solution: \[[^\]]*\]\(solutions-part-\d+\.md#([\w-]+)\)", section, re.M
        )
        if set(checks) != {f"{ex.folder.name}/{ex.check}"}:
            problems.append(f"{ex.name}: shows the checks {checks}")
        if hints != [ex.name]:
            problems.append(f"{ex.name}: shows the hints {hints}")
        if links != [ex.name]:
            problems.append(f"{ex.name}: links to the solutions {links}")
    chapters_in_page_order = [number for _, number, _ in sorted(order)]
    if chapters_in_page_order != sorted(chapters_in_page_order):
        problems.append(f"the sections are not in chapter order: {sorted(order)}")
    assert not problems, "\n".join(problems)


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
                unformatted.append(paths.rel(path))
    assert not unformatted, "run rustfmt --edition 2024 on:\n" + "\n".join(unformatted)


def test_every_chapter_from_the_first_call_on_has_an_exercise():
    with_exercise = {ex.chapter.number for ex in EXERCISES}
    first_call = chapters.by_stem("02-your-first-call").number
    missing = [
        c.label
        for c in chapters.chapters()
        if c.number >= first_call and c.number not in with_exercise
    ]
    assert not missing, f"chapters without an exercise: {missing}"


def test_the_solutions_index_lists_every_exercise_under_its_part():
    page = (paths.BOOK / "solutions.md").read_text(encoding="utf-8")
    listed = {}
    for row in re.findall(r"(?m)^\| \[(Part [^\]]+)\]\([^)]+\) \| (\d+) \| (.*) \|$", page):
        names = re.findall(r"\[([\w-]+)\]\(exercises\.md#", row[2])
        assert int(row[1]) == len(names), f"{row[0]}: says {row[1]}, lists {len(names)}"
        listed[row[0]] = names
    want = {}
    for ex in sorted(EXERCISES, key=lambda e: e.chapter.number):
        want.setdefault(ex.chapter.part.title, []).append(ex.name)
    assert listed == want, f"book/solutions.md lists {listed}, the exercises are {want}"


def test_the_exercises_table_lists_every_exercise_once_in_chapter_order():
    page = (paths.BOOK / "exercises.md").read_text(encoding="utf-8")
    rows = re.findall(r"(?m)^\| (\d+) \| \[([\w-]+)\]\(#([\w-]+)\) \|", page)
    listed = [(int(number), name) for number, name, anchor in rows if name == anchor]
    want = sorted(((ex.chapter.number, ex.name) for ex in EXERCISES), key=lambda r: r[0])
    assert sorted(listed) == sorted(want), (
        f"missing: {sorted(set(want) - set(listed))}; extra: {sorted(set(listed) - set(want))}"
    )
    assert [n for n, _ in listed] == sorted(n for n, _ in listed), "rows out of chapter order"
