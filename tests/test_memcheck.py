"""`just memcheck` in small: a representative subset of the examples under valgrind memcheck.

The full run (every example, Rust and C) is `just memcheck`; it takes longer than `just test`
can afford. Here, every library gets checked through one example that loads it, plus every
deliberate crash and leak demo. A self-test first shows that the checker can fail: a small C
library with an invalid read, a leak and a NULL write must be caught.
"""

import json
import os
import shutil
import subprocess
import textwrap

import pytest

from bookkit import build, chapters, memcheck, paths
from bookkit.examples import Example, examples, registry

pytestmark = [
    pytest.mark.valgrind,
    pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed"),
]

SELFTEST = chapters.Chapter(0, "memcheck self-test", paths.BOOK / "_memcheck_selftest.md", None)
SELFTEST_DIR = build.c_folder(SELFTEST)

BROKEN_C = """\
#include <stdlib.h>
#include <string.h>
int fine(int n) { char *p = malloc(8); memset(p, 1, 8); int s = p[n % 8]; free(p); return s; }
int read_past_the_end(void) { char *p = malloc(8); int s = p[8]; free(p); return s; }
void *leak(void) { void *p = malloc(100); memset(p, 0, 100); return NULL; }
void write_to_null(void) { volatile int *p = NULL; *p = 1; }
"""


def selftest_example(name: str, call: str, ending: str = "") -> Example:
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
    out = "done\n" if not ending else ending + "\n"
    script.with_suffix(".out").write_text(f"$ python3 {paths.rel(script)}\n{out}")
    return Example(SELFTEST, script)


@pytest.fixture(scope="module")
def selftest():
    SELFTEST_DIR.mkdir(parents=True, exist_ok=True)
    source = SELFTEST_DIR / "broken.c"
    source.write_text(BROKEN_C)
    flags = ["-shared", "-fPIC", "-O0", "-g"]
    subprocess.run(
        ["cc", *flags, "-o", str(SELFTEST_DIR / "libbroken.so"), str(source)], check=True
    )
    cases = {
        "fine": selftest_example("fine", "fine(3)"),
        "invalid_read": selftest_example("invalid_read", "read_past_the_end()"),
        "leak": selftest_example("leak", "leak()"),
        "crash": selftest_example("crash", "write_to_null()", "[killed by SIGSEGV]"),
    }
    try:
        todo = [(ex, "c") for ex in cases.values()]
        yield {r.example.script.stem: r for r in memcheck.run_all(todo, os.cpu_count() or 1)}
    finally:
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


def representative_cases() -> list[tuple[Example, str]]:
    """One example per library (Rust, else C), one crash demo per signal, every leak and
    error demo: the part of `just memcheck` that fits in `just test`'s time."""
    chosen, libraries, signals = [], set(), set()
    for ex in examples():
        variants, entry = ex.variants(), ex.entry
        if not variants or entry.memcheck_skip:
            continue
        if entry.leak:
            variants = list(entry.leak.variants)
        elif entry.memory_error:
            variants = list(entry.memory_error.variants)
        elif entry.crash:
            if entry.crash in signals:
                continue
            signals.add(entry.crash)
        elif not set(ex.libraries()) - libraries:
            continue
        libraries |= set(ex.libraries())
        chosen.append((ex, variants[0]))
    return chosen


def test_representative_examples_are_memcheck_clean():
    build.everything()
    results = memcheck.run_all(representative_cases(), os.cpu_count() or 1)
    failed = [f"{r.name}: {r.message}" for r in results if not r.ok]
    assert not failed, "\n\n".join(failed)


def test_registry_demos_name_real_variants():
    """A leak or memory-error demo must name variants its example really runs with."""
    found = {ex.key: ex for ex in examples()}
    stale = []
    for key, entry in registry().items():
        for demo in (entry.leak, entry.memory_error):
            if demo and key in found and not set(demo.variants) <= set(found[key].variants()):
                stale.append(f"{key}: {demo.variants} but it runs with {found[key].variants()}")
    assert not stale, "\n".join(stale)


def test_the_recorded_run_counts_the_runs_the_registry_asks_for():
    """guarantees.md quotes book/results/memcheck.json; it must describe today's examples:
    every chapter recorded, each with the runs its examples ask for now."""
    assert memcheck.RECORD.is_file(), "no book/results/memcheck.json: run `just memcheck`"
    data = json.loads(memcheck.RECORD.read_text(encoding="utf-8"))
    stale = []
    for chapter in chapters.chapters():
        now = dict(sorted(memcheck.planned([chapter]).items()))
        entry = data["chapters"].get(chapter.label)
        if now and entry is None:
            stale.append(f"{chapter.label}: never recorded")
        elif entry and entry["planned"] != now:
            stale.append(f"{chapter.label}: {entry['planned']} recorded, {now} now")
    assert not stale, "run `just memcheck <chapter>` for:\n" + "\n".join(stale)
    derived = data["derived"]
    assert derived["errors"] == 0 and derived["our_lost_bytes"] == 0, derived
    assert derived["runs"] == sum(e["runs"] for e in data["chapters"].values())
