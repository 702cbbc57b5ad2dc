"""The small benchmark harness behind the book's measurements.

Every example that imports this module is a benchmark (Part IV's and chapter 17's
``bench_*.py``, chapter 13's ``speedup.py`` and ``responsiveness.py``):

- with no arguments it is a quick run (seconds): it prints which cases ran and facts that
  hold with a wide margin, never a timing, and writes its results to ``build/bench-smoke/``;
- with ``--full`` it measures properly and writes ``book/results/<script>.json`` (or into
  ``$WORKBOOK_RESULTS``), with the machine, the interpreter, the library versions and how
  busy the machine was, then the script's plots (SVG) next to it;
- with ``--plot`` (Part IV) only the plots are redrawn from the committed results file.

Part IV's scripts list their cases and hand them to `run()`. Measuring: for each case,
find how many calls take at least ``min_time`` seconds (as timeit's autorange does) and run
that many once to warm up; then time every case ``repeats`` times, round-robin. The result
is the median time per call. Progress goes to stderr: which case or round, how many are left.

``just bench`` (``bookkit bench``) runs every benchmark with ``--full``, one after the other,
each after the machine has settled, and keeps a copy of every run's results in
``build/bench-runs/``.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import sysconfig
import time
import timeit
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "book" / "results"
SMOKE_RESULTS = REPO / "build" / "bench-smoke"
RUNS = REPO / "build" / "bench-runs"  # a copy of every `just bench` run, one folder each

# The machine counts as busy when, at the start of a measurement, the 1-minute load average
# is above this, or when other processes used more than this many cores on average while it
# ran (measured from /proc/stat, minus this process and its children; a VM's steal time
# counts as other work).
BUSY_LOAD = 0.5
BUSY_OTHERS = 0.5


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
    # the clock: wall time, as a user waits; a quick run uses this process's CPU time,
    # which other processes on a busy machine cannot inflate
    timer: Callable[[], float] = time.perf_counter


FULL = Settings(full=True, min_time=0.2, repeats=7)
SMOKE = Settings(full=False, min_time=0.001, repeats=5, timer=time.process_time)


# ANCHOR: measure
def calibrate(case: Case, settings: Settings) -> int:
    """How many calls make one repeat of `case` (and runs them once more, as a
    warm-up)."""
    if case.once:
        return 1  # a second or more per call: no warm-up needed, nor affordable
    timer = timeit.Timer(case.func, timer=settings.timer)
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
            seconds = timeit.Timer(case.func, timer=settings.timer).timeit(number)
            times[case.key].append(seconds / number)
    return times


# ANCHOR_END: measure


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- the record


def first_line(command: list[str]) -> str | None:
    """The first line a tool prints about itself (`rustc --version`), or None."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0] if done.returncode == 0 and lines else None


def module_version(name: str) -> str | None:
    try:
        return __import__(name).__version__
    except ImportError:
        return None


def machine() -> dict[str, object]:
    """What ran the measurement: CPU, interpreter (version and build), library versions."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    build, built_on = platform.python_build()
    flags = ["debug" if hasattr(sys, "gettotalrefcount") else "release"]
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        flags.append("free-threaded")
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        # e.g. "main, May  9 2026 07:35:25, GCC 12.2.0, release": tells pyenv's 3.11 from Debian's
        "python_build": f"{build}, {built_on}, {platform.python_compiler()}, {', '.join(flags)}",
        "versions": {
            "numpy": module_version("numpy"),
            "cffi": module_version("cffi"),
            "rustc": first_line(["rustc", "--version"]),
            "cc": first_line(["cc", "--version"]),
            # the peers a benchmark measures, when it imported them (chapter 43)
            **{name: module_version(name) for name in ("numexpr", "numba") if name in sys.modules},
        },
        "library": "C" if os.environ.get("WORKBOOK_LIB_DIR") else "Rust",
        "system": f"{platform.system()} {platform.release()}",
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def cpu_snapshot() -> dict[str, float]:
    """Now: the load average, the CPU time the whole machine and this process have used."""
    own = os.times()
    snap = {
        "wall": time.monotonic(),
        "own": own.user + own.system + own.children_user + own.children_system,
        "load": list(os.getloadavg()),
    }
    try:  # cpu  user nice system idle iowait irq softirq steal guest guest_nice (in ticks)
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        busy = sum(ticks[:3]) + sum(ticks[5:8])  # all but idle and iowait; guest is in user
        snap["machine"] = busy / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass
    return snap


def conditions(before: dict[str, float]) -> dict[str, object]:
    """How busy the machine was between `before` (a cpu_snapshot()) and now."""
    after = cpu_snapshot()
    wall = after["wall"] - before["wall"]
    found = {
        "load_before": [round(x, 2) for x in before["load"]],  # 1, 5 and 15 minutes
        "load_after": [round(x, 2) for x in after["load"]],  # includes this run's own work
        "seconds": round(wall, 1),
        "others_cpu": None,  # cores used by other processes, on average (Linux only)
        "run": os.environ.get("WORKBOOK_BENCH_RUN", "by hand"),  # which `just bench` run
    }
    if "machine" in before and "machine" in after and wall > 0:
        others = (after["machine"] - before["machine"]) - (after["own"] - before["own"])
        found["others_cpu"] = round(max(0.0, others) / wall, 2)
    reasons = []
    if before["load"][0] > BUSY_LOAD:
        reasons.append(f"1-minute load average {before['load'][0]:.2f} at the start")
    if found["others_cpu"] is not None and found["others_cpu"] > BUSY_OTHERS:
        reasons.append(f"other processes used {found['others_cpu']:.2f} cores meanwhile")
    found["busy"] = bool(reasons)
    found["busy_because"] = reasons
    return found


def results_dir(full: bool) -> Path:
    if not full:
        return SMOKE_RESULTS
    return Path(os.environ.get("WORKBOOK_RESULTS") or RESULTS).resolve()


def results_path(script: str, full: bool) -> Path:
    return results_dir(full) / f"{Path(script).stem}.json"


def write_results(
    script: str,
    full: bool,
    before: dict[str, float],
    settings: dict,
    derived: dict[str, float],
    **extra,
) -> tuple[dict, list[str]]:
    """Write the results file of `script`: the measurements plus the record of the machine
    and of how busy it was since `before`; warn on stderr when it was busy. Returns the data
    and what is wrong with it (an empty list if nothing)."""
    data = {
        "script": Path(script).resolve().relative_to(REPO).as_posix(),
        "mode": "full" if full else "smoke",
        "machine": machine(),
        "conditions": conditions(before),
        "settings": settings,
        "derived": derived,
        **extra,
    }
    problems = validate(data)
    path = results_path(script, full)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    if full and data["conditions"]["busy"]:
        because = "; ".join(data["conditions"]["busy_because"])
        progress(f"WARNING: the machine was busy ({because}): {path.name} says so (busy: true)")
    return data, problems


# --------------------------------------------------------------------------- Part IV


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="A benchmark (quick run by default).")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="measure properly, write book/results/")
    mode.add_argument(
        "--plot", action="store_true", help="only redraw the plots from book/results/"
    )
    return parser.parse_args()


def run(
    script: str,
    cases: list[Case],
    derive: Callable[[dict[str, float]], dict[str, float]] | None = None,
    plot: Callable[[dict, Path], None] | None = None,
    checks: dict[str, Callable[[dict[str, float]], bool]] | None = None,
    repeats: int = FULL.repeats,
) -> dict:
    """Measure every case, print what ran (and, with --full, the numbers), check the facts
    in `checks` (text: a test on the seconds per call of each case), write the results
    file, draw the plots. `repeats`: how many times --full times each case."""
    args = parse_args()
    stem = Path(script).stem
    if args.plot:
        if plot:
            plot(load(results_path(script, True)), results_dir(True))
        return {}
    settings = Settings(True, FULL.min_time, repeats) if args.full else SMOKE
    before = cpu_snapshot()
    # ANCHOR: run
    times = measure(cases, settings, stem)
    medians = {key: statistics.median(t) for key, t in times.items()}
    derived = derive(medians) if derive else {}
    # checks use each case's fastest repeat: other work can slow a repeat, never speed it up
    fastest = {key: min(t) for key, t in times.items()}
    facts = {text: bool(holds(fastest)) for text, holds in (checks or {}).items()}
    if settings.full:  # the numbers, as the results file records them
        for case in cases:
            per = "per call" if case.items == 1 else "per element"
            print(f"{case.label:<48} {medians[case.key] * 1e9 / case.items:.2f} ns {per}")
        for key, value in derived.items():
            print(f"{key:<48} {show(key, value)}")
    else:  # a quick run is too short for timings worth showing: only what ran
        print(f"quick run, {len(cases)} cases timed briefly (`--full` measures them):")
        for case in cases:
            print(f"  {case.label}")
    for text, holds in facts.items():
        print(f"{text}: {holds}")
    # ANCHOR_END: run
    results = {}
    for case in cases:
        results[case.key] = {
            "label": case.label,
            "seconds": medians[case.key],
            "items": case.items,
            "ns_per_item": medians[case.key] * 1e9 / case.items,
            "repeats": times[case.key],
        }
    data, problems = write_results(
        script,
        settings.full,
        before,
        {"min_time_s": settings.min_time, "repeats": settings.repeats},
        derived,
        results=results,
        derived_rounds=derived_rounds(times, derive),
        checks=facts,
    )
    print(f"results file: {len(results)} cases, {len(derived)} derived values,", end=" ")
    print(f"well-formed: {not problems}")
    progress(f"[{stem}: done in {time.monotonic() - before['wall']:.1f} s]")
    if settings.full and plot:
        plot(data, results_dir(True))
    return data


def derived_rounds(times: dict[str, list[float]], derive) -> dict[str, list[float]]:
    """Every derived value computed from each round alone (round r: every case's r-th
    repeat, taken moments apart): how much a ratio moved within the run."""
    if not derive:
        return {}
    rounds = min(len(t) for t in times.values())
    per_round = [derive({key: t[r] for key, t in times.items()}) for r in range(rounds)]
    return {key: [d[key] for d in per_round] for key in per_round[0]} if per_round else {}


UNITS = {"_gbs": "GB/s", "_els": "el/s", "_ns": "ns", "_us": "µs", "_ms": "ms", "_s": "s"}


def show(key: str, value: float) -> str:
    """A derived value with the unit its key's suffix names (a ratio, "x", otherwise)."""
    for suffix, unit in UNITS.items():
        if key.endswith(suffix):
            if unit == "el/s":
                return f"{value:.3g} {unit}"
            return f"{value:.3f} {unit}" if unit == "s" else f"{value:.2f} {unit}"
    return f"{value:.2f} x"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def number(value) -> bool:
    return isinstance(value, float | int) and not isinstance(value, bool)


def validate(data: dict) -> list[str]:
    """What is wrong with a results file (an empty list if nothing)."""
    problems = []
    for field in ("script", "mode", "machine", "conditions", "settings", "derived"):
        if field not in data:
            problems.append(f"missing {field!r}")
    m = data.get("machine", {})
    for field in ("cpu", "cores", "python", "python_build", "library", "date"):
        if not m.get(field):
            problems.append(f"machine.{field} missing")
    for tool in ("numpy", "cffi", "rustc", "cc"):
        if tool not in m.get("versions", {}):
            problems.append(f"machine.versions.{tool} missing")
    c = data.get("conditions", {})
    for field in ("load_before", "load_after"):
        if not (isinstance(c.get(field), list) and len(c[field]) == 3):
            problems.append(f"conditions.{field} is not three load averages")
    if not isinstance(c.get("busy"), bool):
        problems.append("conditions.busy is not true or false")
    if "others_cpu" not in c or "run" not in c:
        problems.append("conditions.others_cpu or conditions.run missing")
    for key, r in data.get("results", {}).items():
        if not (isinstance(r.get("seconds"), float) and r["seconds"] > 0):
            problems.append(f"results.{key}.seconds is not a positive number")
        if not r.get("repeats"):
            problems.append(f"results.{key} has no repeats")
    for key, value in data.get("derived", {}).items():
        if not number(value):
            problems.append(f"derived.{key} is not a number")
    for key, values in data.get("derived_rounds", {}).items():
        if key not in data.get("derived", {}) or not all(number(v) for v in values):
            problems.append(f"derived_rounds.{key} is not a list of numbers of a derived value")
    for text, holds in data.get("checks", {}).items():
        if not isinstance(holds, bool):
            problems.append(f"checks[{text!r}] is not true or false")
    return problems


def save_svg(fig, path: Path) -> None:
    """Write a matplotlib figure as an SVG that is byte-identical for identical data."""
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "ctypes-workbook"
    fig.savefig(path, format="svg", metadata={"Date": None}, bbox_inches="tight")
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}", file=sys.stderr)


def pyplot():
    """matplotlib's pyplot with a file-only backend (imported only when plotting)."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    return plt


def benchmark_scripts() -> list[Path]:
    """Every example that imports this module: each one writes book/results/<stem>.json."""
    found = []
    for script in sorted((REPO / "examples").glob("*/*.py")):
        text = script.read_text(encoding="utf-8")
        if "from benchkit import" in text or "import benchkit" in text:
            found.append(script)
    return found
