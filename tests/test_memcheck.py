"""`just memcheck` in small: a representative subset of the examples under valgrind memcheck.

The full run (every example, Rust and C) is `just memcheck` (tests/memcheck.py); it takes
longer than `just test` can afford. Here, every library gets checked through one example that
loads it, plus every deliberate crash and leak demo. A self-test first shows that the checker
can fail: a small C library with an invalid read, a leak and a NULL write must be caught.
"""

import os
import shutil
import subprocess
import textwrap

import pytest

import memcheck
import runner

pytestmark = pytest.mark.skipif(
    shutil.which("valgrind") is None, reason="valgrind is not installed (.ci/run installs it)"
)

SELFTEST = runner.Chapter(0, "memcheck self-test", runner.BOOK / "_memcheck_selftest.md")
SELFTEST_DIR = runner.BUILD_C / SELFTEST.stem

BROKEN_C = """\
#include <stdlib.h>
#include <string.h>
int fine(int n) { char *p = malloc(8); memset(p, 1, 8); int s = p[n % 8]; free(p); return s; }
int read_past_the_end(void) { char *p = malloc(8); int s = p[8]; free(p); return s; }
void *leak(void) { void *p = malloc(100); memset(p, 0, 100); return NULL; }
void write_to_null(void) { volatile int *p = NULL; *p = 1; }
"""


def selftest_example(name: str, call: str, ending: str = "") -> runner.Example:
    script = SELFTEST_DIR / f"{name}.py"
    script.write_text(
        textwrap.dedent(f"""\
        import ctypes
        from workbook import library_path
        lib = ctypes.CDLL(library_path("broken"))
        lib.{call}
        print("done")
        """)
    )
    rel = script.relative_to(runner.ROOT)
    out = "done\n" if not ending else ending + "\n"
    script.with_suffix(".out").write_text(f"$ python3 {rel.as_posix()}\n{out}")
    return runner.Example(SELFTEST, script)


@pytest.fixture(scope="module")
def selftest():
    SELFTEST_DIR.mkdir(parents=True, exist_ok=True)
    source = SELFTEST_DIR / "broken.c"
    source.write_text(BROKEN_C)
    flags = ["-shared", "-fPIC", "-O0", "-g"]
    subprocess.run(
        ["cc", *flags, "-o", str(SELFTEST_DIR / "libbroken.so"), str(source)], check=True
    )
    examples = {
        "fine": selftest_example("fine", "fine(3)"),
        "invalid_read": selftest_example("invalid_read", "read_past_the_end()"),
        "leak": selftest_example("leak", "leak()"),
        "crash": selftest_example("crash", "write_to_null()", "[killed by SIGSEGV]"),
    }
    env_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(runner.ROOT / "python")
    try:
        todo = [(ex, "c") for ex in examples.values()]
        yield {r.example.script.stem: r for r in memcheck.run_all(todo, os.cpu_count() or 1)}
    finally:
        if env_path is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = env_path
        shutil.rmtree(SELFTEST_DIR, ignore_errors=True)


def test_memcheck_passes_a_clean_call(selftest):
    r = selftest["fine"]
    assert r.ok, r.message


def test_memcheck_catches_an_invalid_read_in_our_library(selftest):
    r = selftest["invalid_read"]
    assert not r.ok
    assert "InvalidRead" in r.message and "read_past_the_end in libbroken.so" in r.message


def test_memcheck_catches_a_leak_in_our_library(selftest):
    r = selftest["leak"]
    assert not r.ok
    assert r.our_lost_bytes == 100, r.message


def test_memcheck_checks_a_crash_demo_still_crashes(selftest):
    r = selftest["crash"]
    assert r.kind == "crash demo"
    assert r.ok, r.message


def representative_cases():
    """One example per library (Rust, else C), one crash demo per signal, every leak and
    error demo: the part of `just memcheck` that fits in `just test`'s time."""
    chosen, libraries, signals = [], set(), set()
    for ex in runner.examples():
        variants = ex.variants()
        key = f"{ex.chapter.label}/{ex.script.name}"
        if not variants or key in memcheck.SKIP:
            continue
        try:
            _, crash = memcheck.expected_ending(ex)
        except runner.ExpectedFileError:
            crash = None
        if key in memcheck.LEAK_DEMOS:
            variants = list(memcheck.LEAK_DEMOS[key][1])
        elif key in memcheck.ERROR_DEMOS:
            variants = list(memcheck.ERROR_DEMOS[key][2])
        elif crash:
            if crash in signals:
                continue
            signals.add(crash)
        elif not set(ex.libraries()) - libraries:
            continue
        libraries |= set(ex.libraries())
        chosen.append((ex, variants[0]))
    return chosen


def test_representative_examples_are_memcheck_clean():
    runner.build_rust()
    runner.build_c()
    todo = representative_cases()
    results = memcheck.run_all(todo, os.cpu_count() or 1)
    failed = [f"{r.name}: {r.message}" for r in results if not r.ok]
    assert not failed, "\n\n".join(failed)


def test_memcheck_lists_name_real_examples():
    """SKIP, LEAK_DEMOS and ERROR_DEMOS must not outlive the examples they describe."""
    variants = {
        f"{ex.chapter.label}/{ex.script.name}": set(ex.variants()) for ex in runner.examples()
    }
    stale = [k for k in memcheck.SKIP if k not in variants]
    for listing in (memcheck.LEAK_DEMOS, memcheck.ERROR_DEMOS):
        for key, entry in listing.items():
            if key not in variants or not set(entry[-1]) <= variants[key]:
                stale.append(key)
            elif not (runner.BOOK / entry[0]).is_file():
                stale.append(f"{key}: no page {entry[0]}")
    assert not stale, f"tests/memcheck.py lists examples that do not exist (any more): {stale}"
