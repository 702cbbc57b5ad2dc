"""Part II (memory) leaves no native allocation behind: every example, checked by counter.

The libraries of Part II count what they hand out and what comes back: ``live_arrays()``
in ``clibrary``, ``live_strings()`` in ``cstrings``, ``live_accumulators()`` in ``shapes``
(Rust and C twins alike). This test runs each Part II example again, against every library
it runs with, inside a small wrapper that, once the script has finished, loads the same
libraries (``dlopen`` hands back the already loaded copy, so the counters are the script's)
and reads each counter. Every counter must be 0, except for the examples in ``LEAK_DEMOS``,
which leak on purpose and must leave exactly the number of allocations their page shows.

Crash demos (their ``.out`` ends with ``[killed by ...]``) are not run here.

To see this check fail, delete the ``lib.free_array(arr_ptr)`` line from
``examples/07-returned-pointers/allocate_array.py``: it then reports 1 live array.
"""

import json
import os
import subprocess
import sys
import tempfile

import pytest

import runner

PART_II = range(6, 13)  # chapters 6..12

COUNTERS = {
    "clibrary": "live_arrays",
    "cstrings": "live_strings",
    "shapes": "live_accumulators",
}

# "chapter-NN/script.py": {library: allocations it must leave behind, as its page explains}
LEAK_DEMOS = {
    "chapter-09/leak.py": {"clibrary": 1000},
    "chapter-10/restype_leak.py": {"cstrings": 1000},
}

WRAPPER = """
import ctypes, json, os, runpy, sys
from workbook import library_path
script, names = sys.argv[1], sys.argv[2:]
runpy.run_path(script, run_name="__main__")
left = {}
for name in names:
    library, counter = name.split(":")
    function = getattr(ctypes.CDLL(library_path(library)), counter, None)
    if function is not None:
        function.restype = ctypes.c_int
        left[library] = function()
with open(os.environ["LEAK_REPORT"], "w") as report:
    json.dump(left, report)
"""


def is_crash_demo(example):
    try:
        transcript = example.expected().transcript.rstrip("\n")
    except runner.ExpectedFileError:
        return False
    return transcript.rsplit("\n", 1)[-1].startswith("[killed by")


CASES = [
    (ex, variant)
    for ex in runner.examples()
    if ex.chapter.number in PART_II and ex.script.suffix == ".py" and not is_crash_demo(ex)
    for variant in ex.variants()
    if any(lib in COUNTERS for lib in ex.libraries())
]


@pytest.fixture(scope="session")
def built():
    runner.build_rust()
    for number in PART_II:
        runner.build_c(runner.find_chapter(str(number)))


@pytest.mark.parametrize(("example", "variant"), CASES, ids=[ex.test_id(v) for ex, v in CASES])
def test_no_native_allocation_is_left_behind(built, example, variant):
    key = f"{example.chapter.label}/{example.script.name}"
    names = [f"{lib}:{COUNTERS[lib]}" for lib in example.libraries() if lib in COUNTERS]
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "left.json")
        env = runner.environment(example, variant, merge_stderr=False)
        env["LEAK_REPORT"] = report
        done = subprocess.run(
            [sys.executable, "-c", WRAPPER, example.rel, *names],
            cwd=runner.ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"{key} failed:\n{done.stderr}"
        with open(report) as f:
            left = json.load(f)
    expected = {lib: LEAK_DEMOS.get(key, {}).get(lib, 0) for lib in left}
    assert left == expected, (
        f"{key} [{variant}] leaves native allocations behind: {left}, expected {expected}"
    )


def test_every_leak_demo_exists():
    keys = {f"{ex.chapter.label}/{ex.script.name}" for ex, _ in CASES}
    assert set(LEAK_DEMOS) <= keys, f"LEAK_DEMOS names missing examples: {set(LEAK_DEMOS) - keys}"
