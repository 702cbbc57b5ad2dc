"""The README's promises about the repository itself."""

import re
import subprocess
from pathlib import Path

from bookkit import paths, transcript

ROOT = paths.ROOT


def readme_commands():
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [line.split("#")[0].strip() for line in block[1].splitlines() if line.strip()]


def test_ci_runs_exactly_the_readme_test_command():
    setup, test = readme_commands()
    assert test.endswith("just test")
    ci_lines = [line.strip() for line in (ROOT / ".ci/run").read_text().splitlines()]
    assert test in ci_lines, f".ci/run must run the README's test command: {test!r}"


def test_just_recipes_named_in_the_readme_exist():
    justfile = (ROOT / "Justfile").read_text(encoding="utf-8")
    recipes = set(re.findall(r"^([a-z][\w-]*)(?:\s[^:]*)?:", justfile, re.M))
    named = set(re.findall(r"`just ([a-z][\w-]*)", (ROOT / "README.md").read_text()))
    assert named <= recipes, f"the README names recipes the Justfile lacks: {named - recipes}"


# Paths of the machine that blessed an output: a reader's checkout is elsewhere.
MACHINE_PATHS = re.compile(r"(?<![\w.-])/(?:tmp|home|root)/")


def test_no_machine_paths_in_committed_files():
    """Outputs are redacted when they are written (`bookkit.transcript.redact`); pages and exercises
    never name a folder of the machine they were written on."""
    files = subprocess.run(
        ["git", "ls-files", "-z", "--", "examples", "exercises", "book"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    found = []
    for rel in filter(None, files):
        path = ROOT / rel
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if str(ROOT) in line or MACHINE_PATHS.search(line):
                found.append(f"{rel}:{number}: {line.strip()[:100]}")
    assert not found, (
        "committed files name folders of this machine (bless writes outputs with the checkout"
        f" shown as {transcript.CHECKOUT_PLACEHOLDER}):\n" + "\n".join(found)
    )


def tracked(*patterns: str) -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", "-z", "--", *patterns], cwd=ROOT, capture_output=True, text=True
    )
    return [f for f in done.stdout.split("\0") if f and (ROOT / f).is_file()]


def test_nothing_edits_the_import_path():
    """Every import resolves through the editable install ./bootstrap makes: no file puts a
    folder on the module search path by hand (the pages may explain the mechanism)."""
    needle = re.compile(r"sys\.path|PYTHONPATH")
    found = [
        f"{rel}:{n}: {line.strip()}"
        for rel in tracked("*.py", "*.sh", "*.toml", "Justfile", "bootstrap", ".ci/run")
        for n, line in enumerate((ROOT / rel).read_text(encoding="utf-8").splitlines(), 1)
        if needle.search(line) and rel != "tests/test_repository.py"
    ]
    assert not found, "\n".join(found)


def test_no_other_folder_imports_from_tests():
    """tests/ holds tests and their fixtures only: the machinery lives in python/bookkit."""
    names = {Path(f).stem for f in tracked("tests/*.py", "tests/**/*.py")}
    importing = re.compile(r"^\s*(?:from|import)\s+(\w+)", re.M)
    found = [
        f"{rel} imports {m}"
        for rel in tracked("*.py")
        if not rel.startswith("tests/")
        for m in importing.findall((ROOT / rel).read_text(encoding="utf-8"))
        if m in names or m == "tests"
    ]
    assert not found, "\n".join(found)
