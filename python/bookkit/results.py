"""The book's measured numbers, and the run that records them: the markers by which a page
quotes ``book/results/*.json``, rewriting them, comparing two runs, and ``just bench``.

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

Re-running ``just bench`` (``bookkit bench``) changes the files; the tests then list every
number to update, and ``bookkit results update`` rewrites them (read the sentences around them
after). ``bookkit results compare [RUN_A [RUN_B]]`` (``just bench-compare``) prints every quoted
number from two runs (default: the last two in ``build/bench-runs/``) with their spread.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import benchkit

from . import paths

RESULTS = paths.RESULTS
MARKED = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit> ?[^\s\d<]{0,6})<!--\s*(?P<file>[a-z]\w*):"
    r"(?P<key>\w+)(?:/(?P<divisor>[\d.e+-]+))?(?P<quiet>\s+when quiet)?\s*-->"
)
DIRECTION = re.compile(
    r"<!--\s*(?P<file>[a-z]\w*):(?P<key>\w+)\s*(?P<op>[<>])\s*(?P<bound>[\d.]+)"
    r"(?P<quiet>\s+when quiet)?\s*-->"
)
IMAGE = re.compile(r"!\[[^\]]*\]\((results/[^)]+)\)")
INCLUDE = re.compile(r"\{\{#include\s+\.\./examples/(?P<path>[^}:\s]+)")

# The committed results must come from a quiet machine (`just bench` warns and marks a file
# busy: true otherwise); False would make the test only report a busy file.
QUIET_REQUIRED = True

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
    return sorted(paths.BOOK.glob("*.md"))


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


def update_pages() -> int:
    """Rewrite every marked number in the book's pages from book/results/, keeping the
    number of decimals each one shows. Run it after `just bench`, then re-read the sentences
    around the numbers: a claim like "slower" may no longer hold on your machine (the marked
    directions are checked by the tests)."""
    for page in pages():
        text = page.read_text(encoding="utf-8")
        new = MARKED.sub(fresh_number, text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"updated {paths.rel(page)}")
    return 0


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
    seen, moved, ratios, elsewhere = set(), [], 0, set()
    measured = {path.stem for path in result_files()}
    print(f"{'quoted number':<52} {'A':>10} {'B':>10} {'spread':>7}  within B's rounds")
    for page in pages():
        for _, m in quoted_numbers(page):
            label = f"{m['file']}:{m['key']}" + (f"/{m['divisor']}" if m["divisor"] else "")
            if label in seen:
                continue
            if m["file"] not in measured:
                elsewhere.add(m["file"])  # not a benchmark's file (memcheck.json)
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
    if elsewhere:
        print(f"(not measured by just bench, so not compared: {', '.join(sorted(elsewhere))})")
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


# --------------------------------------------------------------------------- just bench


def benchmark_scripts() -> list[Path]:
    """Every example that imports this module: each one writes book/results/<stem>.json."""
    found = []
    for script in sorted((paths.ROOT / "examples").glob("*/*.py")):
        text = script.read_text(encoding="utf-8")
        if "from benchkit import" in text or "import benchkit" in text:
            found.append(script)
    return found


SETTLED_LOAD = benchkit.BUSY_LOAD - 0.1


def settle(max_wait: float) -> float:
    """Wait (at most `max_wait` seconds) until the 1-minute load average is at most
    SETTLED_LOAD, so that the next benchmark does not start on the last one's load. The
    margin below benchkit.BUSY_LOAD is for the script's own start-up (imports, building a
    module), which lifts the average again before the script reads it."""
    start = time.monotonic()
    while os.getloadavg()[0] > SETTLED_LOAD and time.monotonic() - start < max_wait:
        left = max_wait - (time.monotonic() - start)
        now = os.getloadavg()[0]
        benchkit.progress(f"  waiting for the load to fall: {now:.2f} ({left:.0f} s more at most)")
        time.sleep(min(10.0, max(left, 0.1)))
    return os.getloadavg()[0]


def bench(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="bookkit bench",
        description="Run every benchmark with --full (each example that imports benchkit).",
    )
    parser.add_argument("scripts", nargs="*", help="only these (names or paths); default: all")
    parser.add_argument("--out", type=Path, help="write the results here instead of book/results/")
    parser.add_argument(
        "--settle",
        type=float,
        default=240,
        help=f"before each script, wait up to this many seconds (default %(default)s) for the"
        f" 1-minute load average to fall to {SETTLED_LOAD:.2f}; 0: do not wait",
    )
    args = parser.parse_args(argv)
    scripts = benchkit.benchmark_scripts()
    if args.scripts:
        scripts = [s for s in scripts if s.stem in args.scripts or str(s) in args.scripts or
                   s.relative_to(paths.ROOT).as_posix() in args.scripts]  # fmt: skip
        if not scripts:
            print(f"no benchmark named {args.scripts}; they are:", file=sys.stderr)
            for s in benchkit.benchmark_scripts():
                print(f"  {s.relative_to(paths.ROOT)}", file=sys.stderr)
            return 2
    out = (args.out or benchkit.RESULTS).resolve()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    env = dict(os.environ, WORKBOOK_RESULTS=str(out), WORKBOOK_BENCH_RUN=stamp)
    start = time.monotonic()
    failed, busy = [], []
    for i, script in enumerate(scripts, 1):
        name = script.relative_to(paths.ROOT)
        print(f"== [{i}/{len(scripts)}] {name} --full ({time.monotonic() - start:.0f} s so far)")
        sys.stdout.flush()
        if args.settle > 0:
            settle(args.settle)
        done = subprocess.run([sys.executable, str(script), "--full"], cwd=paths.ROOT, env=env)
        if done.returncode != 0:
            failed.append(str(name))
            continue
        path = out / f"{script.stem}.json"
        if path.is_file() and benchkit.load(path)["conditions"]["busy"]:
            busy.append(script.stem)
    total = time.monotonic() - start
    copy = benchkit.RUNS / stamp
    copy.mkdir(parents=True, exist_ok=True)
    for script in scripts:
        if (out / f"{script.stem}.json").is_file():
            shutil.copy2(out / f"{script.stem}.json", copy)
    shown = out.relative_to(paths.ROOT) if out.is_relative_to(paths.ROOT) else out
    print(f"just bench: {len(scripts)} benchmarks in {total:.0f} s; results in {shown}/,")
    print(f"  a copy in {copy.relative_to(paths.ROOT)}/ (compare two runs: just bench-compare)")
    if busy:
        print(f"WARNING: the machine was busy during {', '.join(busy)}: measure again later")
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    if out == benchkit.RESULTS:
        print("Next: bookkit results update (rewrites the numbers in the pages),")
        print("      just bless chapter-17 (its table), then re-read the sentences around them.")
    return 0
