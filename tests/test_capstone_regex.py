"""Chapter 39's Python module, examples/39-capstone-regex/rxwrap.py: the regex crate through
ctypes. Its results agree with Python's re where the two define the same thing, its errors
carry the crate's message, nothing leaks, and one Regex serves many threads at once while
each search releases the GIL."""

import ctypes
import importlib.util
import itertools
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "examples" / "39-capstone-regex"


def load(name):
    """Import a module of the chapter's folder (the way its examples do: from the folder)."""
    spec = importlib.util.spec_from_file_location(name, FOLDER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rx():
    cargo = ["cargo", "build", "--release", "--quiet", "-p", "rx"]
    subprocess.run(cargo, cwd=ROOT / "cdylib", check=True)  # librx.so, as `just build` makes it
    return load("rxwrap")


@pytest.fixture(scope="module")
def text():
    return load("_corpus").corpus(200_000)


def live(rx):
    return rx._lib.rx_live_objects()


# Patterns that mean the same in re and in the regex crate, and never match the empty string
# (where the two iterate differently: test_empty_matches_follow_the_crate).
SAME_MEANING = [
    r"\w+",
    r"\d+",
    r"[A-Z][a-z]+",
    r"\b(?:Holmes|Watson|café)\b",
    r"(\d{4})-(\d\d)-(\d\d)",
    r"(?P<user>[\w.+]+)@(?P<host>[\w.-]+)",
    r"(?i)the",
    r"\S+@\S+",
    r"(a)|(é)|(東)",
    r"[^\W\d_]+",
]


def re_spans(compiled, text):
    return [[m.span(g) for g in range(compiled.groups + 1)] for m in compiled.finditer(text)]


def rx_spans(regex, text):
    return [[m.span(g) for g in range(regex.groups + 1)] for m in regex.captures(text)]


@pytest.mark.parametrize("pattern", SAME_MEANING)
def test_spans_agree_with_re_on_the_chapters_text(rx, text, pattern):
    regex, compiled = rx.Regex(pattern), re.compile(pattern)
    assert regex.find_spans(text) == [m.span() for m in compiled.finditer(text)]
    assert rx_spans(regex, text) == re_spans(compiled, text)
    lazily = [[m.span(g) for g in range(regex.groups + 1)] for m in regex.finditer(text)]
    assert lazily == re_spans(compiled, text)
    assert regex.count(text) == len(compiled.findall(text))
    assert regex.findall(text) == [m.group() for m in compiled.finditer(text)]


# ANCHOR: property
@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(
    pattern=st.sampled_from(SAME_MEANING),
    sample=st.text(alphabet="aé東 1-@.Holmescafé\nZ_", max_size=40),
)
def test_spans_agree_with_re_on_any_text(rx, pattern, sample):
    regex, compiled = rx.Regex(pattern), re.compile(pattern)
    assert rx_spans(regex, sample) == re_spans(compiled, sample)
    assert regex.is_match(sample) == (compiled.search(sample) is not None)


# ANCHOR_END: property


def test_empty_matches_follow_the_crate(rx):
    """The one documented difference: the crate skips an empty match right where the
    previous match ended; re (since 3.7) reports it."""
    assert rx.Regex("a*").find_spans("baaab") == [(0, 0), (1, 4), (5, 5)]
    assert [m.span() for m in re.finditer("a*", "baaab")] == [(0, 0), (1, 4), (4, 4), (5, 5)]
    assert [m.span() for m in rx.Regex("").finditer("é東")] == [(0, 0), (1, 1), (2, 2)]


def test_offsets_are_str_offsets(rx):
    text = "Zürich café, 東京"
    regex = rx.Regex(r"\w+")
    assert regex.find_spans(text) == [(0, 6), (7, 11), (13, 15)]
    assert regex.findall(text) == ["Zürich", "café", "東京"]
    assert [m.group() for m in regex.finditer(text)] == ["Zürich", "café", "東京"]


def test_groups_names_and_the_match_api(rx):
    regex = rx.Regex(r"(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?")
    assert (regex.groups, regex.groupindex) == (4, {"year": 1, "month": 2})
    first, second = regex.finditer("2024-02-29, 2025-03")
    assert (first["year"], first.group(4), first.span("month")) == ("2024", "29", (5, 7))
    assert (second.groups(), second.span(3), second.start(4)) == (
        ("2025", "03", None, None),
        (-1, -1),
        -1,
    )
    assert regex.search("none here") is None


@pytest.mark.parametrize(
    "pattern, words",
    [
        (r"(\d+", "unclosed group"),
        (r"(\w+) \1", "backreferences are not supported"),
        (r"a(?=b)", "look-around"),
        (r"[z-a]", "invalid character class range"),
    ],
)
def test_bad_patterns_raise_with_the_crates_message(rx, pattern, words):
    with pytest.raises(rx.RegexError, match=re.escape(words)) as caught:
        rx.Regex(pattern)
    assert isinstance(caught.value, ValueError)
    assert "regex parse error" in str(caught.value)


def test_a_closed_regex_refuses_to_search_and_nothing_leaks(rx, text):
    before = live(rx)
    with rx.Regex(r"\w+") as regex:
        assert live(rx) == before + 1
        regex.find_spans(text)
        regex.captures(text)
        list(itertools.islice(regex.finditer(text), 5))
    assert live(rx) == before  # every RxMatches freed, and the pattern too
    with pytest.raises(ValueError, match="closed"):
        regex.count(text)
    forgotten = rx.Regex("x")
    del forgotten  # the finalizer frees it
    assert live(rx) == before


# ANCHOR: threads
def test_one_regex_serves_many_threads_at_once(rx, text):
    regex = rx.Regex(r"(\d{4})-(\d\d)-(\d\d)|\b\w+ing\b")
    expected = rx_spans(regex, text)
    start = threading.Barrier(8)
    results, errors = [], []

    def work():
        try:
            start.wait(timeout=30)  # all 8 threads search the same Regex together
            for _ in range(5):
                results.append(rx_spans(regex, text))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 40 and all(r == expected for r in results)


# ANCHOR_END: threads


def longest_pause_during(call):
    """Run call() while another thread wakes up every 5 ms; return (call's duration, the
    other thread's longest pause while the call ran)."""
    ticks, stop = [], threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.005)

    other = threading.Thread(target=ticker)
    other.start()
    time.sleep(0.05)
    start = time.perf_counter()
    call()
    end = time.perf_counter()
    stop.set()
    other.join()
    during = [start] + [t for t in ticks if start < t < end] + [end]
    return end - start, max(b - a for a, b in itertools.pairwise(during))


def test_a_search_releases_the_gil(rx, text):
    regex = rx.Regex(r"\b\w+ing\b")
    big = text * 32  # 6 MB: a call long enough to see the other thread run
    duration, pause = longest_pause_during(lambda: regex.count(big))
    assert pause < duration / 2, f"the other thread paused {pause:.3f} s of {duration:.3f} s"

    held = ctypes.PyDLL(rx._lib._name)  # the same function, keeping the GIL
    held.rx_count.argtypes = rx._lib.rx_count.argtypes
    held.rx_count.restype = ctypes.c_int64
    data = big.encode()
    duration, pause = longest_pause_during(lambda: held.rx_count(regex._handle, data, len(data)))
    assert pause >= 0.9 * duration, "with PyDLL the other thread must wait for the whole call"
