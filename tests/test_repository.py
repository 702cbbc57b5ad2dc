"""The README's promises about the repository itself."""

import re

import runner

ROOT = runner.ROOT


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
