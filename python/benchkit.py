"""The small benchmark harness behind Part IV's `bench_*.py` scripts.

A benchmark script lists its cases first, then hands them to `run()`:

- with no arguments it is a smoke run (seconds): every case runs a few times, the script
  prints one line per case and writes its results to ``build/bench-smoke/``;
- with ``--full`` every case is measured properly and the results go to
  ``book/results/<script>.json`` (with the CPU, core count, Python version and date),
  followed by the script's plots (SVG) next to it;
- with ``--plot`` only the plots are redrawn from the committed results file.

Measuring: for each case, find how many calls take at least ``min_time`` seconds (as
timeit's autorange does) and run that many once to warm up; then time every case
``repeats`` times, round-robin. The result is the median time per call. Progress goes to
stderr: which case or round, how many are left.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "book" / "results"
SMOKE_RESULTS = REPO / "build" / "bench-smoke"


# ANCHOR: case
@dataclass
class Case:
    key: str  # the name in the results file, e.g. "untyped"
    label: str  # what the printout and the plots call it
    func: Callable[[], object]  # one call of this is one measurement unit
    items: int = 1  # elements one call processes ("per element" figures)
    # once: a call takes a second or more; no warm-up, 1 call per repeat, 3 repeats
    once: bool = False


# ANCHOR_END: case


@dataclass(frozen=True)
class Settings:
    full: bool
    min_time: float  # seconds one repeat should last at least
    repeats: int


FULL = Settings(full=True, min_time=0.2, repeats=7)
SMOKE = Settings(full=False, min_time=0.001, repeats=2)


# ANCHOR: measure
def calibrate(case: Case, settings: Settings) -> int:
    """How many calls make one repeat of `case` (and runs them once more, as a
    warm-up)."""
    if case.once:
        return 1  # a second or more per call: no warm-up needed, nor affordable
    timer = timeit.Timer(case.func)
    number = 1  # try 1, 2, 5, 10, 20, 50, ... calls, as timeit's autorange does
    while True:
        for step in (1, 2, 5):
            if timer.timeit(number * step) >= settings.min_time:
                timer.timeit(number * step)  # warm-up: caches, lazy set-up
                return number * step
        number *= 10


def measure(cases: list[Case], settings: Settings, stem: str) -> dict[str, list]:
    """Seconds per call of every case, one value per repeat. The repeats go
    round-robin (case 1, case 2, ..., case 1, case 2, ...) so a slow moment of
    the machine hits every case a little instead of one case a lot."""
    numbers = {}
    for i, case in enumerate(cases, 1):
        progress(f"[{stem}: calibrating {i}/{len(cases)}] {case.label}")
        numbers[case.key] = calibrate(case, settings)
    times: dict[str, list[float]] = {case.key: [] for case in cases}
    for r in range(1, settings.repeats + 1):
        progress(f"[{stem}: round {r}/{settings.repeats}]")
        for case in cases:
            if case.once and r > 3:
                continue  # slow cases: three repeats are enough
            number = numbers[case.key]
            seconds = timeit.Timer(case.func).timeit(number)
            times[case.key].append(seconds / number)
    return times


# ANCHOR_END: measure


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import numpy

        numpy_version = numpy.__version__
    except ImportError:
        numpy_version = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "numpy": numpy_version,
        "system": f"{platform.system()} {platform.release()}",
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "load_average": os.getloadavg(),  # 1, 5 and 15 min: was something else running?
    }


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="A Part IV benchmark (smoke run by default).")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="measure properly, write book/results/")
    mode.add_argument(
        "--plot", action="store_true", help="only redraw the plots from book/results/"
    )
    return parser.parse_args()


def results_path(script: str, full: bool) -> Path:
    return (RESULTS if full else SMOKE_RESULTS) / f"{Path(script).stem}.json"


def run(
    script: str,
    cases: list[Case],
    derive: Callable[[dict[str, float]], dict[str, float]] | None = None,
    plot: Callable[[dict, Path], None] | None = None,
) -> dict:
    """Measure every case, print one line each, write the results file, draw the plots."""
    args = parse_args()
    stem = Path(script).stem
    if args.plot:
        if plot:
            plot(load(results_path(script, True)), RESULTS)
        return {}
    settings = FULL if args.full else SMOKE
    started = time.monotonic()
    # ANCHOR: run
    times = measure(cases, settings, stem)
    results = {}
    for case in cases:
        seconds = statistics.median(times[case.key])
        results[case.key] = {
            "label": case.label,
            "seconds": seconds,
            "items": case.items,
            "ns_per_item": seconds * 1e9 / case.items,
            "repeats": times[case.key],
        }
        per = "per call" if case.items == 1 else "per element"
        print(f"{case.label:<48} {seconds * 1e9 / case.items:.2f} ns {per}")
    medians = {key: r["seconds"] for key, r in results.items()}
    derived = derive(medians) if derive else {}
    for key, value in derived.items():
        print(f"{key:<48} {show(key, value)}")
    # ANCHOR_END: run
    data = {
        "script": Path(script).resolve().relative_to(REPO).as_posix(),
        "mode": "full" if settings.full else "smoke",
        "machine": machine(),
        "settings": {"min_time_s": settings.min_time, "repeats": settings.repeats},
        "results": results,
        "derived": derived,
    }
    problems = validate(data)
    path = results_path(script, settings.full)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{len(results)} cases, {len(derived)} ratios; results file well-formed: {not problems}")
    progress(f"[{stem}: done in {time.monotonic() - started:.1f} s]")
    if settings.full and plot:
        plot(data, RESULTS)
    return data


UNITS = {"_gbs": "GB/s", "_els": "el/s", "_ns": "ns"}


def show(key: str, value: float) -> str:
    """A derived value with the unit its key's suffix names (a ratio, "x", otherwise)."""
    for suffix, unit in UNITS.items():
        if key.endswith(suffix):
            return f"{value:.3g} {unit}" if unit == "el/s" else f"{value:.2f} {unit}"
    return f"{value:.2f} x"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def validate(data: dict) -> list[str]:
    """What is wrong with a results file (an empty list if nothing)."""
    problems = []
    for field in ("script", "mode", "machine", "settings", "results", "derived"):
        if field not in data:
            problems.append(f"missing {field!r}")
    for field in ("cpu", "cores", "python", "date"):
        if not data.get("machine", {}).get(field):
            problems.append(f"machine.{field} missing")
    for key, r in data.get("results", {}).items():
        if not (isinstance(r.get("seconds"), float) and r["seconds"] > 0):
            problems.append(f"results.{key}.seconds is not a positive number")
        if not r.get("repeats"):
            problems.append(f"results.{key} has no repeats")
    for key, value in data.get("derived", {}).items():
        if not isinstance(value, float | int):
            problems.append(f"derived.{key} is not a number")
    return problems


def save_svg(fig, path: Path) -> None:
    """Write a matplotlib figure as an SVG that is byte-identical for identical data."""
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "ctypes-workbook"
    fig.savefig(path, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {path.relative_to(REPO)}", file=sys.stderr)


def pyplot():
    """matplotlib's pyplot with a file-only backend (imported only when plotting)."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    return plt
