"""The book's measured numbers: the committed results files are well-formed and come from one
`just bench` run, every number the pages quote from them says what the file says (see
``bookkit.results`` for the markers), and a quantity that two benchmarks measure is quoted
from one file only."""

import re
from pathlib import Path

import pytest

import benchkit
from bookkit import paths
from bookkit.results import (
    DIRECTION,
    IMAGE,
    INCLUDE,
    MARKED,
    QUIET_REQUIRED,
    RESULTS,
    SAME_QUANTITY,
    directions,
    excused,
    holds,
    load,
    pages,
    quantity_problems,
    quoted_numbers,
    quoted_value,
    result_files,
    scripts,
    value_of,
    ways,
)


def test_committed_results_are_well_formed():
    files = result_files()
    assert len(files) >= 7, f"only {len(files)} benchmark scripts found: {files}"
    problems = []
    for path in files:
        if not path.is_file():
            problems.append(f"{path.name} is missing: run `just bench`")
            continue
        data = load(path)
        problems += [f"{path.name}: {p}" for p in benchkit.validate(data)]
        if data.get("mode") != "full":
            problems.append(f"{path.name}: a quick run was committed; run `just bench`")
    others = {RESULTS / "memcheck.json"}  # `just memcheck`'s record (tests/test_memcheck.py)
    for stray in sorted(set(RESULTS.glob("*.json")) - set(files) - others):
        problems.append(f"{stray.name}: no benchmark script writes it (remove it)")
    assert not problems, "\n".join(problems)


def test_committed_results_come_from_one_bench_run():
    runs = {}
    for path in result_files():
        if path.is_file():
            run = load(path).get("conditions", {}).get("run")
            runs.setdefault(run, []).append(path.name)
    assert len(runs) == 1 and "by hand" not in runs, (
        "the results files come from different runs (re-run `just bench` to record them all"
        f" at once): {runs}"
    )


def test_committed_results_were_recorded_on_a_quiet_machine():
    busy = []
    for path in result_files():
        c = load(path)["conditions"] if path.is_file() else {}
        if c.get("busy"):
            busy.append(f"{path.name}: {'; '.join(c['busy_because'])}")
    if busy and not QUIET_REQUIRED:
        pytest.skip("recorded on a busy machine (QUIET_REQUIRED is off): " + " | ".join(busy))
    assert not busy, "recorded on a busy machine; run `just bench` when it is quiet:\n" + (
        "\n".join(busy)
    )


def test_numbers_in_the_pages_match_the_results_files():
    wrong, quoted, unchecked = [], 0, []
    for page in pages():
        for line, m in quoted_numbers(page):
            quoted += 1
            where = f"book/{page.name}:{line}"
            try:
                value = quoted_value(m)
            except OSError:
                wrong.append(f"{where}: no results file {m['file']}.json")
                continue
            except KeyError:
                missing = f"{where}: {m['file']}.json has no key {m['key']!r}"
                (unchecked if excused(m) else wrong).append(missing)
                continue
            shown = m["number"].replace(",", "")
            decimals = len(shown.partition(".")[2])
            if f"{value:.{decimals}f}" != shown:
                wrong.append(
                    f"{where}: the page says {m['number']}{m['unit']} for {m['file']}:{m['key']},"
                    f" the results file says {value:.{decimals}f}"
                )
    assert quoted >= 40, f"the pages quote only {quoted} marked numbers; the test is not looking"
    assert not wrong, "the prose disagrees with book/results/:\n" + "\n".join(wrong)
    if unchecked:
        pytest.skip("'when quiet' numbers, results from a busy machine: " + " | ".join(unchecked))


def test_directions_in_the_pages_hold_in_the_results_files():
    wrong, found, unchecked = [], 0, []
    for page in pages():
        for line, m in directions(page):
            found += 1
            where = f"book/{page.name}:{line}"
            try:
                value = quoted_value(m)
            except (OSError, KeyError):
                missing = f"{where}: {m['file']}.json has no key {m['key']!r}"
                (unchecked if excused(m) else wrong).append(missing)
                continue
            if not holds(value, m["op"], float(m["bound"])):
                false = (
                    f"{where}: the page says {m['key']} {m['op']} {m['bound']}, the results file"
                    f" says {value:.3g}: the sentence no longer holds"
                )
                (unchecked if excused(m) else wrong).append(false)
    assert found >= 10, f"the pages state only {found} marked directions; the test is not looking"
    assert not wrong, "\n".join(wrong)
    if unchecked:
        pytest.skip("'when quiet' claims, results from a busy machine: " + " | ".join(unchecked))


def test_every_page_showing_a_benchmark_quotes_its_results():
    """A page that shows a benchmark (its code or its quick run) quotes numbers from its
    results file and says how to measure them again; every plot it shows exists, and every
    plot `just bench` draws is shown."""
    shown_by = {}
    for page in pages():
        for m in INCLUDE.finditer(page.read_text(encoding="utf-8")):
            shown_by.setdefault(Path(m["path"]).with_suffix("").as_posix(), set()).add(page)
    problems = []
    for script in scripts():
        rel = script.relative_to(paths.EXAMPLES).with_suffix("").as_posix()
        showing = shown_by.get(rel, set())
        if not showing:
            problems.append(f"no page shows {rel}.py")
        for page in sorted(showing):
            text = page.read_text(encoding="utf-8")
            if not any(m["file"] == script.stem for _, m in quoted_numbers(page)):
                problems.append(f"{page.name} shows {script.name} but quotes none of its numbers")
            if "just bench" not in text:
                problems.append(f"{page.name} does not say how to re-run the measurements")
    images = set()
    for page in pages():
        for image in IMAGE.findall(page.read_text(encoding="utf-8")):
            images.add(image)
            if not (paths.BOOK / image).is_file():
                problems.append(f"{page.name}: {image} does not exist (run `just bench`)")
    for svg in sorted(RESULTS.glob("*.svg")):
        if f"results/{svg.name}" not in images:
            problems.append(f"no page shows book/results/{svg.name}")
    assert not problems, "\n".join(problems)


def test_a_quantity_two_benchmarks_measure_is_quoted_from_one_file():
    quoted_by_page = {}
    for page in pages():
        quoted = quoted_by_page.setdefault(page.name, set())
        for _, m in quoted_numbers(page):
            quoted.add((m["file"], m["key"].removesuffix("__min").removesuffix("__max")))
    problems = quantity_problems(quoted_by_page)
    assert not problems, "\n".join(problems)


def test_the_quantity_table_names_keys_that_exist():
    problems = []
    for quantity in SAME_QUANTITY:
        for file, keys in ways(quantity):
            path = RESULTS / f"{file}.json"
            for key in keys:
                try:
                    value_of(load(path), key)
                except (OSError, KeyError):
                    problems.append(f"SAME_QUANTITY[{quantity!r}]: {file}:{key} does not exist")
    assert not problems, "\n".join(problems)


def test_cases_with_the_same_label_in_two_files_are_one_declared_quantity():
    """Two benchmarks that time a case of the same name measure one quantity twice: it must
    be in SAME_QUANTITY (so that the pages quote it from one file)."""
    declared = [{f"{f}:{k}" for f, keys in ways(q) for k in keys if len(keys) == 1}
                for q in SAME_QUANTITY]  # fmt: skip
    by_label = {}
    for path in result_files():
        for key, r in load(path).get("results", {}).items() if path.is_file() else []:
            by_label.setdefault(r["label"], []).append(f"{path.stem}:{key}")
    problems = []
    for label, where in sorted(by_label.items()):
        if len(where) > 1 and not any(set(where) <= d for d in declared):
            problems.append(f"{label!r} is measured as {', '.join(where)}: add it to SAME_QUANTITY")
    assert not problems, "\n".join(problems)


def test_the_quantity_check_catches_a_page_quoting_the_other_file():
    """The check itself: chapter 21 quoting ctypes' two times from its own file fails."""
    quoted = {
        "21.md": {("bench_alternatives", "ctypes_typed"), ("bench_alternatives", "ctypes_untyped")}
    }
    assert quantity_problems(quoted), "quoting typed and untyped from bench_alternatives passed"
    assert not quantity_problems({"18.md": {("bench_calls", "typed"), ("bench_calls", "untyped")}})


def test_every_marker_in_the_pages_is_read():
    """A marker the patterns do not read is a number nobody checks (`/1e-2` once was one)."""
    comment = re.compile(r"<!--\s*[a-z]\w*:[^>]*-->")
    unread = []
    for page in pages():
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            read = {m.start("file") for m in MARKED.finditer(line)}
            read |= {m.start("file") for m in DIRECTION.finditer(line)}
            for c in comment.finditer(line):
                if not any(c.start() < r < c.end() for r in read):
                    unread.append(f"book/{page.name}:{number}: {c[0]}")
    assert not unread, "markers no pattern reads (a number or a bound must come first):\n" + (
        "\n".join(unread)
    )
