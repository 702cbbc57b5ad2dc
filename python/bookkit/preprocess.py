"""The mdBook preprocessors that ``book.toml`` names: ``bookkit preprocess captions|trim``.

``captions`` (before mdBook expands includes): a fenced block whose lines are all
``{{#include path...}}`` gets a caption with the path of the file(s) it shows, relative to the
repository root, so a reader of any page can find the file behind a snippet, marked
"(excerpt)" when the block shows only part of the file. Output blocks (``.out`` files) get
none: their first line already shows the command that produced them.

``trim`` (after includes are expanded): removes the blank lines an excerpt picks up at the
start or end of a listing (formatters put blank lines before an ``ANCHOR_END`` comment that
follows a function).
"""

from __future__ import annotations

import html
import json
import sys
from collections.abc import Callable
from pathlib import Path

from . import markdown


def caption(files: list[str], excerpts: set[str]) -> str:
    names = ", ".join(
        f"<code>{html.escape(p)}</code>" + (" (excerpt)" if p in excerpts else "") for p in files
    )
    return f'<div class="listing-file">{names}</div>\n'


def add_captions(content: str, page: Path, root: Path) -> str:
    def captioned(opening: str, body: list[str], closing: list[str]) -> list[str]:
        lines = [line for line in body if line.strip()]
        found = [markdown.WHOLE_LINE_INCLUDE.match(line) for line in lines]
        shown: dict[str, tuple[Path, list[str]]] = {}
        if found and all(found):
            for inc in markdown.includes_in(page, "".join(lines)):
                rel = (
                    inc.target.relative_to(root).as_posix()
                    if inc.target.is_relative_to(root)
                    else inc.spec
                )
                if not rel.endswith(".out"):
                    shown.setdefault(rel, (inc.target, []))[1].append(inc.selector)
        excerpts = {rel for rel, (path, sels) in shown.items() if markdown.is_excerpt(path, sels)}
        head = [caption(list(shown), excerpts) + "\n"] if shown else []
        return [*head, opening, *body, *closing]

    return markdown.rewrite_fences(content, captioned)


def trim(content: str) -> str:
    """Drops blank lines right after an opening fence and right before a closing one."""

    def trimmed(opening: str, body: list[str], closing: list[str]) -> list[str]:
        while body and not body[0].strip():
            body = body[1:]
        while body and not body[-1].strip():
            body = body[:-1]
        return [opening, *body, *closing]

    return markdown.rewrite_fences(content, trimmed)


def walk(items: list, change: Callable[[str, str], str]) -> None:
    for item in items:
        chapter = item.get("Chapter") if isinstance(item, dict) else None
        if not chapter:
            continue
        if chapter.get("source_path"):
            chapter["content"] = change(chapter["content"], chapter["source_path"])
        walk(chapter.get("sub_items", []), change)


def main(which: str, argv: list[str]) -> int:
    """mdBook's protocol: `supports <renderer>` (exit 0: every renderer), or [context, book]
    as JSON on stdin, the changed book on stdout."""
    if argv and argv[0] == "supports":
        return 0
    context, book = json.load(sys.stdin)
    root = Path(context["root"]).resolve()
    src = root / context["config"]["book"].get("src", "src")
    if which == "trim":
        walk(book["items"], lambda content, _: trim(content))
    else:
        walk(book["items"], lambda content, page: add_captions(content, src / page, root))
    json.dump(book, sys.stdout)
    return 0
