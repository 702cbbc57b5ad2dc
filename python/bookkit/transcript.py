"""Expected outputs (``.out`` files): parse, mask, compare, render and bless.

The first line of an ``.out`` file is the command a reader types, optionally followed by
what this example declares::

    $ python3 examples/14-threads-example/five_threads.py  # line order varies

The rest is what the command prints on stdout (and stderr, if the command says ``2>&1``).
A run that ends badly ends with one more line, the way a shell would tell you:
``[exit status 1]`` or ``[killed by SIGSEGV]``.
"""

from __future__ import annotations

import difflib
import os
import re
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from . import paths

DEFAULT_TIMEOUT = 60  # seconds; an example may ask for more with "timeout 120 s"

# ANCHOR: normalisations
# The only normalisations an example may declare, each visible in its .out file's first line.
NORMALISATIONS = {
    "line order varies": "lines are compared as a sorted list, paragraph by paragraph",
    "addresses vary": "hexadecimal addresses (0x...) are masked",
    "timings vary": "numbers followed by a unit (s, ms, µs, ns, x, %, GB/s, el/s) are masked",
    "values in «» vary": "text between « and » (garbage read from memory or registers) is masked",
    "library paths vary": "absolute paths of shared libraries are shown as …/libname.so",
}
# ANCHOR_END: normalisations

# ANCHOR: placeholder
# Where the reader cloned the book differs from machine to machine. Every run's output has
# the checkout's absolute path replaced by this placeholder, before it is compared or blessed.
CHECKOUT_PLACEHOLDER = "/path/to/workbook"
# ANCHOR_END: placeholder

# ANCHOR: versions
# An example whose output changed between CPython versions (ctypes rewords its messages)
# keeps one expected output per wording: `x.out` for the oldest interpreter the book
# supports, `x.3.13.out` for 3.13 and newer, ... A run compares with the file of the
# highest version not above the running interpreter's.
VERSIONED_OUT = re.compile(r"^(?P<stem>.+)\.(?P<major>3)\.(?P<minor>\d+)\.out$")
OLDEST_SUPPORTED = (3, 11)
# ANCHOR_END: versions

TIMEOUT = re.compile(r"^timeout (\d+) s$")
ENDING = re.compile(r"^\[(?:killed by (?P<signal>SIG\w+)|exit status (?P<status>\d+))\]$")

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
GARBAGE = re.compile(r"«[^»]*»")
LIBRARY_PATH = re.compile(r"/(?:[^\s:'\"/]+/)+(lib\w+\.(?:so|dylib)|\w+\.dll)")
TIMING = re.compile(r"\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?(?=\s?(?:s|ms|µs|us|ns|x|%|GB/s|el/s)\b)")


class ExpectedFileError(Exception):
    """An .out file that is missing or malformed; the message says how to fix it."""


@dataclass(frozen=True)
class Expected:
    path: Path
    command: str  # as shown to the reader, without the leading "$ "
    directives: tuple[str, ...]
    timeout: int
    transcript: str
    needs: tuple[str, ...]  # "gdb", "valgrind", "gcc -m32"

    @property
    def merge_stderr(self) -> bool:
        return self.command.endswith(" 2>&1")

    @property
    def masks(self) -> tuple[str, ...]:
        return tuple(d for d in self.directives if d in NORMALISATIONS)

    @property
    def ending(self) -> tuple[str | None, int | None]:
        """(signal, exit status) the transcript ends with: (None, None) for a clean exit."""
        last = self.transcript.rstrip("\n").rsplit("\n", 1)[-1]
        m = ENDING.match(last)
        if not m:
            return None, None
        return m["signal"], int(m["status"]) if m["status"] else None

    def header(self) -> str:
        """The first line, without "$ ", as bless writes it back."""
        return self.command + ("  # " + ", ".join(self.directives) if self.directives else "")


def parse(path: Path, command: str, known_needs: set[str]) -> Expected:
    """Read an .out file for `command`; ExpectedFileError says what is wrong with it."""
    if not path.is_file():
        raise ExpectedFileError(
            f"{paths.rel(path)} is missing: create it with `just bless` and review it"
        )
    first, _, transcript = path.read_text(encoding="utf-8").partition("\n")
    if not first.startswith("$ "):
        raise ExpectedFileError(f"{paths.rel(path)}: the first line must be '$ {command}'")
    shown, _, comment = first[2:].partition("  # ")
    shown = shown.rstrip()
    if shown not in {command, f"{command} 2>&1"}:
        raise ExpectedFileError(
            f"{paths.rel(path)}: the first line runs '{shown}', expected '{command}'"
            " (optionally followed by ' 2>&1')"
        )
    directives = tuple(d.strip() for d in comment.split(",") if d.strip())
    timeout, needs = DEFAULT_TIMEOUT, []
    for d in directives:
        if m := TIMEOUT.match(d):
            timeout = int(m[1])
        elif d.startswith("needs ") and d.removeprefix("needs ") in known_needs:
            needs.append(d.removeprefix("needs "))
        elif d not in NORMALISATIONS:
            allowed = ", ".join(
                f"'{n}'"
                for n in [*NORMALISATIONS, "timeout N s", *(f"needs {n}" for n in known_needs)]
            )
            raise ExpectedFileError(
                f"{paths.rel(path)}: unknown directive '{d}'; allowed: {allowed}"
            )
    return Expected(path, shown, directives, timeout, transcript, tuple(needs))


# --------------------------------------------------------------------------- versions


def versioned_files(script: Path) -> dict[tuple[int, int], Path]:
    """Every expected output of a script, by the first CPython version it is for."""
    found = {OLDEST_SUPPORTED: script.with_suffix(".out")}
    for path in script.parent.glob(f"{script.stem}.3.*.out"):
        m = VERSIONED_OUT.match(path.name)
        if m and m["stem"] == script.stem:
            found[(int(m["major"]), int(m["minor"]))] = path
    return dict(sorted(found.items()))


def for_version(files: dict[tuple[int, int], Path], version: tuple[int, int]) -> Path:
    return files[max([v for v in files if v <= version] or [OLDEST_SUPPORTED])]


def bless_target(script: Path, running: tuple[int, int] | None = None) -> Path:
    """The file a new transcript goes to. An output blessed on an interpreter newer than the
    file it was compared with gets a file of its own (`x.3.13.out`), so that blessing on one
    interpreter never rewrites what another one expects."""
    running = running or sys.version_info[:2]
    files = versioned_files(script)
    chosen = max([v for v in files if v <= running] or [OLDEST_SUPPORTED])
    current = files[chosen]
    if chosen >= running or not current.is_file():
        return current
    return script.with_name(f"{script.stem}.{running[0]}.{running[1]}.out")


# --------------------------------------------------------------------------- rendering


def redact(text: str) -> str:
    """The checkout's absolute path (and its real path, through symlinks) -> the placeholder."""
    for root in sorted({str(paths.ROOT), os.path.realpath(paths.ROOT)}, key=len, reverse=True):
        text = text.replace(root, CHECKOUT_PLACEHOLDER)
    return text


def render(stdout: bytes, code: int | None) -> str:
    """What a reader's terminal shows: the output, redacted, then how the process ended."""
    text = redact(stdout.decode("utf-8", errors="replace"))
    if code:
        if text and not text.endswith("\n"):
            text += "\n"
        if code < 0:
            text += f"[killed by {signal.Signals(-code).name}]\n"
        else:
            text += f"[exit status {code}]\n"
    return text


# --------------------------------------------------------------------------- comparing


def normalise(text: str, directives: tuple[str, ...]) -> list[str]:
    if "addresses vary" in directives:
        text = ADDRESS.sub("0x…", text)
    if "timings vary" in directives:
        text = TIMING.sub("…", text)
    if "values in «» vary" in directives:
        text = GARBAGE.sub("«…»", text)
    if "library paths vary" in directives:
        text = LIBRARY_PATH.sub(r"…/\1", text)
    lines = text.splitlines()
    if "line order varies" in directives:
        # Only within a paragraph: a summary after a blank line must still come last.
        ordered: list[str] = []
        current: list[str] = []
        for line in lines:
            if line.strip():
                current.append(line)
            else:
                ordered += [*sorted(current), line]
                current = []
        lines = ordered + sorted(current)
    return lines


def matches(got: str, expected: Expected) -> bool:
    return normalise(got, expected.directives) == normalise(
        expected.transcript, expected.directives
    )


def diff(got: str, expected: Expected) -> str:
    want = normalise(expected.transcript, expected.directives)
    have = normalise(got, expected.directives)
    return "\n".join(difflib.unified_diff(want, have, "the book", "this run", lineterm="", n=2))


def allowed(expected: Expected) -> str:
    """The normalisations in force, in words, or ""."""
    rules = [NORMALISATIONS[m] for m in expected.masks]
    return "(allowed here: " + "; ".join(rules) + ")" if rules else ""
