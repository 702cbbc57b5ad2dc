"""No example leaves a native allocation behind: every example, checked by counter.

A library that hands out memory may count it: a header function ``int live_<things>(void)``
(``live_arrays()`` in ``clibrary``, ``live_strings()`` in ``cstrings``...), in the Rust crate
and its C twins alike. This test runs each example that loads such a library again, against
every library it runs with, inside a small wrapper that, once the script has finished, loads
the same libraries (``dlopen`` hands back the already loaded copy, so the counters are the
script's) and reads each counter. Every counter must be 0, except for the leak demos of
``examples/registry.toml``, which must leave exactly the count their page shows
(``leak.counters``). Crash demos are not run here.

To see this check fail, delete the ``lib.free_array(arr_ptr)`` line from
``examples/07-returned-pointers/allocate_array.py``: it then reports 1 live array.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bookkit import build, headers, paths, runner
from bookkit.examples import examples

pytestmark = pytest.mark.slow


def counters() -> dict[str, str]:
    """library -> its live-allocation counter, from the headers."""
    found = {}
    for head in headers.headers():
        for fn in head.functions:
            if fn.name.startswith("live_") and not fn.params and fn.ret.base == "int":
                found[head.library] = fn.name
    return found


COUNTERS = counters()

WRAPPER = """
import ctypes, json, os, runpy, sys
from workbook import library_path
script, report, names = sys.argv[1], sys.argv[2], sys.argv[3:]
runpy.run_path(script, run_name="__main__")
left = {}
for name in names:
    library, counter = name.split(":")
    function = getattr(ctypes.CDLL(library_path(library)), counter, None)
    if function is not None:
        function.restype = ctypes.c_int
        left[library] = function()
with open(report, "w") as f:
    json.dump(left, f)
"""

CASES = [
    pytest.param(ex, variant, id=ex.test_id(variant))
    for ex in examples()
    if ex.script.suffix == ".py" and not ex.is_crash_demo()
    for variant in ex.variants()
    if set(ex.libraries()) & set(COUNTERS)
]


@pytest.fixture(scope="session")
def built():
    build.everything()


@pytest.mark.parametrize(("example", "variant"), CASES)
def test_no_native_allocation_is_left_behind(built, example, variant):
    names = [f"{lib}:{COUNTERS[lib]}" for lib in example.libraries() if lib in COUNTERS]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "left.json"
        done = subprocess.run(
            [sys.executable, "-c", WRAPPER, example.rel, str(report), *names],
            cwd=paths.ROOT,
            env=runner.environment(example, variant, merge_stderr=False),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"{example.key} failed:\n{done.stderr}"
        left = json.loads(report.read_text())
    leak = example.entry.leak
    expected = {lib: (leak.counters.get(lib, 0) if leak else 0) for lib in left}
    assert left == expected, (
        f"{example.key} [{variant}] leaves native allocations behind: {left}, expected {expected}"
    )


def test_the_counters_are_found():
    assert {"clibrary", "cstrings", "shapes"} <= set(COUNTERS), COUNTERS
    assert len(CASES) >= 20, f"only {len(CASES)} examples are checked by counter"
