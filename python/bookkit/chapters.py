"""The book's parts and chapters, from ``book/SUMMARY.md`` and nothing else.

mdBook numbers every ``- [Title](file.md)`` entry of SUMMARY.md, across part headings
(``# Part II — Memory``); entries without ``- `` (the introduction, the appendices) get no
number. A chapter's label is what a reader types: ``chapter-5``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import paths

ENTRY = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<file>[^)]+\.md)\)\s*$")
PART = re.compile(r"^# (?P<title>Part (?P<roman>[IVXLC]+)\b.*)$")
LABEL = re.compile(r"(?:chapter-?)?0*(\d+)")


@dataclass(frozen=True)
class Part:
    number: int  # 1 for Part I
    roman: str  # "I"
    title: str  # "Part I — Calling your first function"


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str
    page: Path  # book/02-your-first-call.md
    part: Part | None

    @property
    def stem(self) -> str:
        return self.page.stem  # 02-your-first-call

    @property
    def label(self) -> str:
        return f"chapter-{self.number}"

    @property
    def folder(self) -> Path:
        return paths.EXAMPLES / self.stem

    @property
    def exercises_folder(self) -> Path:
        return paths.EXERCISES / self.stem


def parse_summary(text: str, book: Path = paths.BOOK) -> tuple[Chapter, ...]:
    found: list[Chapter] = []
    part: Part | None = None
    parts = 0
    for line in text.splitlines():
        if m := PART.match(line):
            parts += 1
            part = Part(parts, m["roman"], m["title"].strip())
        elif line.startswith("-----"):
            part = None  # the separator before the appendices
        elif m := ENTRY.match(line):
            found.append(Chapter(len(found) + 1, m["title"], book / m["file"], part))
    return tuple(found)


@cache
def chapters() -> tuple[Chapter, ...]:
    """The numbered chapters, in the order and with the numbers mdBook gives them."""
    return parse_summary(paths.SUMMARY.read_text(encoding="utf-8"))


def parts() -> tuple[Part, ...]:
    return tuple(dict.fromkeys(c.part for c in chapters() if c.part))


def find(label: str) -> Chapter | None:
    """``chapter-5``, ``chapter-05`` or ``5`` -> chapter 5, or None."""
    m = LABEL.fullmatch(label.strip().lower())
    if not m:
        return None
    return next((c for c in chapters() if c.number == int(m[1])), None)


def by_stem(stem: str) -> Chapter | None:
    return next((c for c in chapters() if c.stem == stem), None)


def listing() -> str:
    return "\n".join(f"  {c.label:<11} {c.title}" for c in chapters())


class UnknownChapter(Exception):
    def __init__(self, label: str):
        super().__init__(f"There is no {label!r}. The chapters are:\n{listing()}")


def choose(labels: list[str]) -> list[Chapter]:
    """The chapters named on a command line (all of them for none); UnknownChapter if one
    of them does not exist."""
    if not labels:
        return list(chapters())
    chosen = []
    for label in labels:
        chapter = find(label)
        if chapter is None:
            raise UnknownChapter(label)
        chosen.append(chapter)
    return chosen
