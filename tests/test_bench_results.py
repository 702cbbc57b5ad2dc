"""The book's measured numbers: the committed results files are well-formed and come from one
`just bench` run, every number the pages quote from them says what the file says, and a
quantity that two benchmarks measure is quoted from one file only.

The benchmarks are the examples that import ``benchkit`` (``benchkit.benchmark_scripts()``);
each writes ``book/results/<script>.json`` when run with ``--full``. A page quotes a measured
number by following it with a marker naming the results file (without .json) and the key,
optionally with a divisor::

    a call costs 282 ns<!--bench_calls:untyped-->
    argtypes make it 2.15×<!--bench_calls:argtypes_slowdown--> slower
    about 5.5 million<!--bench_batch:to_ctypes_els/1e6--> elements a second

The key is looked up in ``derived`` first, then as ``results[key]["ns_per_item"]``.
``<key>__min`` and ``<key>__max`` quote the smallest and largest value instead of the median:
of a case's repeats, or of a derived value computed from each round alone
(``derived_rounds``); that is how a page quotes a range. The number must equal the value
rounded to as many decimals as the page shows. A direction the prose states without a number
is marked with a bound the value must meet::

    it even beat untyped ctypes<!--bench_alternatives:untyped_vs_api>1-->

A claim that only a quiet machine can show (two threads running on two free cores; a threshold
that a busy machine never reaches) ends its marker with ``when quiet``: when the results file
says the machine was busy, a bound it misses or a key it lacks is reported, not failed
(``<!--speedup:cdll_speedup>1.5 when quiet-->``). A number whose key exists must match anyway.

Re-running ``just bench`` changes the files; this test then lists every number to update, and
``python tests/test_bench_results.py`` rewrites them (read the sentences around them after).
``python tests/test_bench_results.py compare [RUN_A [RUN_B]]`` prints every quoted number
from two runs (default: the last two in ``build/bench-runs/``) with their spread.
"""

import json
import re
import sys
from pathlib import Path

import pytest

import benchkit
import runner

RESULTS = runner.BOOK / "results"
MARKED = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit> ?[^\s\d<]{0,6})<!--\s*(?P<file>[a-z]\w*):"
    r"(?P<key>\w+)(?:/(?P<divisor>[\d.e+]+))?(?P<quiet>\s+when quiet)?\s*-->"
)
DIRECTION = re.compile(
    r"<!--\s*(?P<file>[a-z]\w*):(?P<key>\w+)\s*(?P<op>[<>])\s*(?P<bound>[\d.]+)"
    r"(?P<quiet>\s+when quiet)?\s*-->"
)
IMAGE = re.compile(r"!\[[^\]]*\]\((results/[^)]+)\)")
INCLUDE = re.compile(r"\{\{#include\s+\.\./examples/(?P<path>[^}:\s]+)")

# Set to True once the committed results were recorded on a quiet machine (`just bench`
# warns and marks a file busy: true otherwise); until then the test only reports them.
QUIET_REQUIRED = False

# ANCHOR: same_quantity
# Quantities that more than one benchmark measures. Pages quote each one from one results
# file only, the first one named here, so that two chapters never give two numbers for one
# thing. Each entry lists every way a page can quote the quantity: one file:key, or keys of
# one file joined by "+" that give it together (two times, or two ratios to a third).
SAME_QUANTITY = {
    "a pure Python add(5, 7) call": ["bench_calls:python", "bench_alternatives:python"],
    "a ctypes call without argtypes": ["bench_calls:untyped", "bench_alternatives:ctypes_untyped"],
    "a ctypes call with argtypes and restype": [
        "bench_calls:typed",
        "bench_alternatives:ctypes_typed",
    ],
    "what argtypes cost a call (typed / untyped)": [
        "bench_calls:argtypes_slowdown",
        "bench_calls:typed+untyped",
        "bench_alternatives:typed_vs_untyped",
        "bench_alternatives:ctypes_typed+ctypes_untyped",
        "bench_alternatives:typed_vs_api+untyped_vs_api",
        "bench_alternatives:typed_vs_abi+abi_vs_untyped",
    ],
    "an untyped ctypes call against a Python call": [
        "bench_calls:untyped_vs_python",
        "bench_calls:untyped+python",
        "bench_alternatives:ctypes_untyped+python",
        "bench_alternatives:untyped_vs_api+api_vs_python",
    ],
    "a typed ctypes call against a Python call": [
        "bench_calls:typed+python",
        "bench_alternatives:ctypes_typed+python",
        "bench_alternatives:typed_vs_api+api_vs_python",
    ],
    "batch_add_f64 through ctypes, N = 100,000, per element": [
        "bench_batch:batch_100000",
        "bench_alternatives:batch_ctypes",
    ],
    "np.add, N = 100,000, per element": [
        "bench_batch:numpy_100000",
        "bench_alternatives:batch_numpy",
    ],
    "batch_add_f64 against np.add, N = 100,000": [
        "bench_batch:batch_vs_numpy_100000",
        "bench_batch:batch_100000+numpy_100000",
        "bench_alternatives:batch_ctypes+batch_numpy",
    ],
    "one step of spin": ["speedup:ns_per_step", "bench_parallel:ns_per_iteration"],
}
# ANCHOR_END: same_quantity


def scripts():
    return benchkit.benchmark_scripts()


def result_files(folder=RESULTS):
    """The results file of every benchmark script."""
    return [folder / f"{s.stem}.json" for s in scripts()]


def load(path, cache={}):  # noqa: B006 (one read per file and test session)
    if path not in cache:
        cache[path] = json.loads(path.read_text(encoding="utf-8"))
    return cache[path]


def value_of(data, key):
    """derived[key], else results[key] in ns per item; `<key>__min` / `<key>__max`: the
    smallest / largest repeat of a case, or round of a derived value."""
    if key in data["derived"]:
        return data["derived"][key]
    if key in data.get("results", {}):
        return data["results"][key]["ns_per_item"]
    name, _, end = key.rpartition("__")
    pick = {"min": min, "max": max}.get(end)
    if pick and name in data.get("derived_rounds", {}):
        return pick(data["derived_rounds"][name])
    if pick and name in data.get("results", {}):
        r = data["results"][name]
        return pick(r["repeats"]) * 1e9 / r["items"]
    raise KeyError(key)


def quoted_numbers(page):
    text = page.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        for m in MARKED.finditer(line):
            yield number, m


def directions(page):
    text = page.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        for m in DIRECTION.finditer(line):
            yield number, m


def pages():
    return sorted(runner.BOOK.glob("*.md"))


def quoted_value(m, folder=RESULTS):
    """The value of marker `m` in `folder`'s results file (KeyError, OSError if none)."""
    data = load(folder / f"{m['file']}.json")
    return value_of(data, m["key"]) / float(m.groupdict().get("divisor") or 1)


def holds(value, op, bound):
    return value > bound if op == ">" else value < bound


def excused(m):
    """A `when quiet` claim, and the results file says the machine was busy."""
    if not m["quiet"] or QUIET_REQUIRED:
        return False
    try:
        return bool(load(RESULTS / f"{m['file']}.json")["conditions"]["busy"])
    except (OSError, KeyError):
        return False


# --------------------------------------------------------------------------- the tests


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
    for stray in sorted(set(RESULTS.glob("*.json")) - set(files)):
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
        rel = script.relative_to(runner.EXAMPLES).with_suffix("").as_posix()
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
            if not (runner.BOOK / image).is_file():
                problems.append(f"{page.name}: {image} does not exist (run `just bench`)")
    for svg in sorted(RESULTS.glob("*.svg")):
        if f"results/{svg.name}" not in images:
            problems.append(f"no page shows book/results/{svg.name}")
    assert not problems, "\n".join(problems)


def ways(quantity):
    """(file, keys) for every way of quoting `quantity`, the canonical file's first."""
    for way in SAME_QUANTITY[quantity]:
        file, _, keys = way.partition(":")
        yield file, frozenset(keys.split("+"))


def quantity_problems(quoted_by_page):
    """Pages that quote a quantity from another file than its canonical one.
    `quoted_by_page`: page name -> set of (file, key) it quotes."""
    problems = []
    for quantity in SAME_QUANTITY:
        canonical = next(ways(quantity))[0]
        for page, quoted in sorted(quoted_by_page.items()):
            for file, keys in ways(quantity):
                if file != canonical and all((file, k) in quoted for k in keys):
                    problems.append(
                        f"book/{page} quotes {quantity!r} from {file}"
                        f" ({' and '.join(sorted(keys))}); every page quotes it from {canonical}"
                        " (see SAME_QUANTITY)"
                    )
    return problems


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


# --------------------------------------------------------------------------- commands


def fresh_number(m):
    """The marked number `m` rewritten from its results file (unchanged if it cannot be)."""
    try:
        value = quoted_value(m)
    except (OSError, KeyError) as error:
        print(f"cannot update {m[0]!r}: {error!r}")
        return m[0]
    decimals = len(m["number"].partition(".")[2])
    shown = f"{value:.{decimals}f}"
    if float(shown) == 0 and value:  # 0.1 ms where the page said 1 ms: not "0 ms"
        shown = f"{value:g}"
    return shown + m[0][len(m["number"]) :]


def update_pages():
    """Rewrite every marked number in the book's pages from book/results/, keeping the
    number of decimals each one shows. Run it after `just bench`, then re-read the sentences
    around the numbers: a claim like "slower" may no longer hold on your machine (the marked
    directions are checked by the tests)."""
    for page in pages():
        text = page.read_text(encoding="utf-8")
        new = MARKED.sub(fresh_number, text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"updated {page.relative_to(runner.ROOT)}")


SPREAD_LIMIT = 0.15  # a quoted number that moves more than this between runs is a range


def spread(a, b):
    low, high = sorted((abs(a), abs(b)))
    return high / low - 1 if low else float("inf")


def is_ratio(data, key):
    """A derived value without a unit suffix (see benchkit.UNITS) is a ratio."""
    key = key.removesuffix("__min").removesuffix("__max")
    units = tuple(benchkit.UNITS)
    return key in data["derived"] and not (
        key.endswith(units) or any(f"{u}_" in key for u in units)
    )


def describe(folder):
    parts = []
    for path in result_files(folder):
        if path.is_file():
            c = load(path)["conditions"]
            busy = " BUSY" if c["busy"] else ""
            others = c["others_cpu"]
            parts.append(f"{path.stem} load {c['load_before'][0]:.2f}, others {others}{busy}")
    return "; ".join(parts)


def compare(argv):
    """Print every number the pages quote from two runs, with the spread between them (and,
    for a derived value, how far it moved between the rounds of run B), and flag those that
    moved more than SPREAD_LIMIT; then the directions the pages state, in each run; then the
    quantities two benchmarks measure, side by side within each run."""
    runs = sorted(p for p in benchkit.RUNS.glob("*") if p.is_dir())
    if len(argv) == 2:
        a, b = (Path(x) for x in argv)
    elif len(argv) == 1:
        a, b = Path(argv[0]), RESULTS
    elif len(runs) >= 2:
        a, b = runs[-2], runs[-1]
    else:
        print("compare needs two runs: run `just bench` twice, or name two folders")
        return 2
    print(f"A: {a}\n   {describe(a)}\nB: {b}\n   {describe(b)}\n")
    seen, moved, ratios = set(), [], 0
    print(f"{'quoted number':<52} {'A':>10} {'B':>10} {'spread':>7}  within B's rounds")
    for page in pages():
        for _, m in quoted_numbers(page):
            label = f"{m['file']}:{m['key']}" + (f"/{m['divisor']}" if m["divisor"] else "")
            if label in seen:
                continue
            seen.add(label)
            try:
                va, vb = quoted_value(m, a), quoted_value(m, b)
            except (OSError, KeyError) as error:
                print(f"{label:<52} missing: {error}")
                continue
            ratio = is_ratio(load(b / f"{m['file']}.json"), m["key"])
            ratios += ratio
            s = spread(va, vb)
            flag = ""
            if s > SPREAD_LIMIT:
                flag = "  MOVED" + ("" if ratio else " (not a ratio)")
                moved.append((label, ratio))
            rounds = load(b / f"{m['file']}.json").get("derived_rounds", {}).get(m["key"])
            within = f"  {spread(min(rounds), max(rounds)):6.1%}" if rounds else " " * 8
            print(f"{label:<52} {va:>10.4g} {vb:>10.4g} {s:>6.1%}{within}{flag}")
    print()
    for page in pages():
        for _, m in directions(page):
            try:
                ok = [holds(quoted_value(m, f), m["op"], float(m["bound"])) for f in (a, b)]
            except (OSError, KeyError):
                ok = ["missing"] * 2
            print(f"direction {m['file']}:{m['key']} {m['op']} {m['bound']}: A {ok[0]}, B {ok[1]}")
    print()
    for quantity in SAME_QUANTITY:
        singles = [(f, next(iter(k))) for f, k in ways(quantity) if len(k) == 1]
        for folder, name in ((a, "A"), (b, "B")):
            values = {}
            for file, key in singles:
                try:
                    values[f"{file}:{key}"] = value_of(load(folder / f"{file}.json"), key)
                except (OSError, KeyError):
                    pass
            if len(values) > 1:
                s = spread(min(values.values()), max(values.values()))
                flag = "  DISAGREE" if s > SPREAD_LIMIT else ""
                shown = ", ".join(f"{where} {v:.4g}" for where, v in values.items())
                print(f"{name}: {quantity}: {shown} ({s:.1%}){flag}")
    print(
        f"\n{len(seen)} quoted numbers ({ratios} ratios); moved more than"
        f" {SPREAD_LIMIT:.0%}: {len(moved)} ({sum(r for _, r in moved)} ratios)"
    )
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["compare"]:
        sys.exit(compare(sys.argv[2:]))
    update_pages()
