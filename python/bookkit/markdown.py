"""The book's Markdown as the tools need it: fenced blocks, includes, anchors.

mdBook pulls code into a page with ``{{#include path}}``, ``{{#include path:anchor}}`` or
``{{#include path:3:10}}``. An anchor is a region of any file between an ANCHOR comment and
the ANCHOR_END comment of the same name, whatever the comment syntax (``#``, ``//``,
``<!-- -->``).
The preprocessor (:mod:`bookkit.preprocess`) and every page check read them through this
module, so they cannot disagree about what a page shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import paths

INCLUDE = re.compile(r"\{\{#(?:include|rustdoc_include)\s+([^}\s]+)\s*\}\}")
WHOLE_LINE_INCLUDE = re.compile(r"^\s*\{\{#(?:include|rustdoc_include)\s+([^}\s]+)\s*\}\}\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
ANCHOR = re.compile(r"\bANCHOR:\s*([\w-]+)")
ANCHOR_END = re.compile(r"\bANCHOR_END:\s*([\w-]+)")
LINE_RANGE = re.compile(r"\d*(:\d*)?")
ILLUSTRATIVE = re.compile(r"^\s*<!--\s*illustrative:\s*\S.*-->\s*$")


# --------------------------------------------------------------------------- fences


@dataclass(frozen=True)
class Fence:
    """One fenced block: the line numbers (0-based) of its opening and closing fences."""

    start: int
    end: int  # the closing fence (== len(lines) if the block is never closed)
    info: str  # the info string: "python", "text", ...
    body: tuple[str, ...]


def fences(lines: list[str]) -> Iterator[Fence]:
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(m[1]):
            end += 1
        yield Fence(i, end, m[2].strip(), tuple(lines[i + 1 : end]))
        i = end + 1


def rewrite_fences(content: str, change: Callable[[str, list[str], list[str]], list[str]]) -> str:
    """Calls ``change(opening, body, closing)`` for every fenced block (lines with their
    line endings), which returns the lines that replace it; the rest is kept as it is."""
    lines = content.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    for fence in fences([line.rstrip("\r\n") for line in lines]):
        out.extend(lines[i : fence.start])
        out.extend(
            change(lines[fence.start], lines[fence.start + 1 : fence.end], lines[fence.end :][:1])
        )
        i = fence.end + 1
    out.extend(lines[i:])
    return "".join(out)


# --------------------------------------------------------------------------- anchors


def anchors_in(lines: list[str]) -> dict[str, list[tuple[int, int]]]:
    """name -> [(line of ANCHOR, line of ANCHOR_END)], 0-based; an unclosed one ends at -1."""
    found: dict[str, list[tuple[int, int]]] = {}
    open_at: dict[str, int] = {}
    for number, line in enumerate(lines):
        if m := ANCHOR_END.search(line):
            start = open_at.pop(m[1], None)
            if start is not None:
                found.setdefault(m[1], []).append((start, number))
        elif m := ANCHOR.search(line):
            open_at[m[1]] = number
    for name, start in open_at.items():
        found.setdefault(name, []).append((start, -1))
    return found


def selected_lines(lines: list[str], selector: str) -> set[int]:
    """The 0-based line numbers mdBook includes for ``file:selector`` (ANCHOR lines of
    other anchors inside the region are left out, as mdBook does)."""
    if not selector:
        return set(range(len(lines)))
    if LINE_RANGE.fullmatch(selector):
        first, _, last = selector.partition(":")
        start = int(first) - 1 if first else 0
        end = (int(last) if last else len(lines)) if ":" in selector else start + 1
        return set(range(start, min(end, len(lines))))
    chosen: set[int] = set()
    for start, end in anchors_in(lines).get(selector, []):
        stop = len(lines) if end < 0 else end
        chosen |= {n for n in range(start + 1, stop) if not ANCHOR_END.search(lines[n])}
    return {n for n in chosen if not ANCHOR.search(lines[n]) and not ANCHOR_END.search(lines[n])}


# --------------------------------------------------------------------------- includes


@dataclass(frozen=True)
class Include:
    page: Path  # the Markdown file that has the include
    line: int  # 1-based
    spec: str  # as written: ../examples/02-your-first-call/add_numbers.py:all
    target: Path  # resolved
    selector: str  # "all", "3:10" or ""

    @property
    def where(self) -> str:
        return f"{paths.rel(self.page)}:{self.line}"

    @property
    def is_line_range(self) -> bool:
        return bool(self.selector) and bool(LINE_RANGE.fullmatch(self.selector))


def includes_in(page: Path, text: str | None = None) -> list[Include]:
    text = page.read_text(encoding="utf-8") if text is None else text
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for spec in INCLUDE.findall(line):
            path, _, selector = spec.partition(":")
            found.append(Include(page, number, spec, (page.parent / path).resolve(), selector))
    return found


def pages() -> list[Path]:
    return sorted(paths.BOOK.rglob("*.md"))


def includes() -> list[Include]:
    """Every include of every page of the book."""
    return [inc for page in pages() for inc in includes_in(page)]


@cache
def _lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines())


def problem(inc: Include) -> str | None:
    """Why mdBook would render this include wrongly, or None."""
    if not inc.target.is_file():
        return f"{inc.where}: no such file {paths.rel(inc.target)}"
    lines = list(_lines(inc.target))
    if not inc.selector:
        # mdBook removes ANCHOR comments only from anchored includes, not from whole files.
        if inc.target.suffix != ".md" and any(
            ANCHOR.search(x) or ANCHOR_END.search(x) for x in lines
        ):
            return (
                f"{inc.where}: includes all of {paths.rel(inc.target)}, whose ANCHOR comments"
                " would show on the page: include an anchor, or remove them"
            )
        return None
    if inc.is_line_range:
        first = inc.selector.split(":")[0]
        if first and int(first) > len(lines):
            return f"{inc.where}: {inc.target.name} has {len(lines)} lines"
        return None
    regions = anchors_in(lines).get(inc.selector, [])
    if len(regions) != 1 or regions[0][1] < 0:
        return (
            f"{inc.where}: {paths.rel(inc.target)} needs exactly one 'ANCHOR: {inc.selector}'"
            f" and one 'ANCHOR_END: {inc.selector}'"
        )
    return None


def is_excerpt(path: Path, selectors: list[str]) -> bool:
    """Whether the selectors, together, leave out any line of code of the file."""
    lines = list(_lines(path)) if path.is_file() else []
    shown = set().union(*(selected_lines(lines, s) for s in selectors))
    code = {
        n
        for n, line in enumerate(lines)
        if line.strip() and not ANCHOR.search(line) and not ANCHOR_END.search(line)
    }
    return not code <= shown


def typed_code(page: Path) -> list[str]:
    """Fenced blocks of a page that hold code typed into the page instead of included,
    unless the line before the fence marks the block ``<!-- illustrative: why -->``."""
    lines = page.read_text(encoding="utf-8").splitlines()
    typed = []
    for fence in fences(lines):
        real = [b for b in fence.body if b.strip() and not WHOLE_LINE_INCLUDE.match(b)]
        marked = fence.start > 0 and ILLUSTRATIVE.match(lines[fence.start - 1])
        if real and not marked:
            typed.append(f"{paths.rel(page)}:{fence.start + 1}: {real[0].strip()[:60]!r}")
    return typed


def unused_anchors(files: list[Path], used: list[Include] | None = None) -> list[str]:
    """``file: name`` for every anchor in `files` that no page includes."""
    wanted = {(inc.target, inc.selector) for inc in (includes() if used is None else used)}
    whole = {inc.target for inc in (includes() if used is None else used) if not inc.selector}
    unused = []
    for path in files:
        resolved = path.resolve()
        if resolved in whole:
            continue
        for name in anchors_in(list(_lines(resolved))):
            if (resolved, name) not in wanted:
                unused.append(f"{paths.rel(path)}: {name}")
    return unused
