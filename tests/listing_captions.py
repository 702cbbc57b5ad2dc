"""mdBook preprocessors for listings, configured in book.toml.

``listing_captions.py`` (before mdBook expands includes): a fenced block whose lines are all
``{{#include path...}}`` gets a caption with the path of the file(s) it shows, relative to the
repository root, so a reader of any page can find the file behind a snippet, marked
"(excerpt)" when the block shows only part of the file. Output blocks (``.out`` files) get
none: their first line already shows the command that produced them.

``listing_captions.py trim`` (after includes are expanded): removes the blank lines an
excerpt picks up at the start or end of a listing (formatters put blank lines before an
``ANCHOR_END`` comment that follows a function).
"""

import html
import json
import re
import sys
from pathlib import Path

INCLUDE = re.compile(r"^\s*\{\{#(?:include|rustdoc_include)\s+([^}:\s]+)(?::([^}\s]*))?\s*\}\}\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def caption(paths: list[str], excerpts: set[str]) -> str:
    names = ", ".join(
        f"<code>{html.escape(p)}</code>" + (" (excerpt)" if p in excerpts else "") for p in paths
    )
    return f'<div class="listing-file">{names}</div>\n'


def selected_lines(lines: list[str], selector: str) -> set[int]:
    """The 0-based line numbers mdBook includes for `file:selector`."""
    if not selector:
        return set(range(len(lines)))
    if re.fullmatch(r"\d*(:\d*)?", selector):
        first, _, last = selector.partition(":")
        start = int(first) - 1 if first else 0
        end = (int(last) if last else len(lines)) if ":" in selector else start + 1
        return set(range(start, min(end, len(lines))))
    inside, chosen = False, set()
    for number, line in enumerate(lines):
        if re.search(rf"ANCHOR_END:\s*{re.escape(selector)}\b", line):
            inside = False
        elif re.search(rf"ANCHOR:\s*{re.escape(selector)}\b", line):
            inside = True
        elif inside:
            chosen.add(number)
    return chosen


def is_excerpt(path: Path, selectors: list[str]) -> bool:
    """Whether the selectors, together, leave out any line of code of the file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    shown = set().union(*(selected_lines(lines, sel) for sel in selectors))
    code = {n for n, line in enumerate(lines) if line.strip() and "ANCHOR" not in line}
    return not code <= shown


def rewrite_fences(content: str, change) -> str:
    """Calls ``change(opening, body, closing)`` for every fenced block, which returns the
    lines that replace it; everything outside fences is kept as it is."""
    lines = content.splitlines(keepends=True)
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(m[1]):
            end += 1
        out.extend(change(lines[i], lines[i + 1 : end], lines[end : end + 1]))
        i = end + 1
    return "".join(out)


def add_captions(content: str, page_dir: Path, root: Path) -> str:
    def captioned(opening, body, closing):
        targets = [INCLUDE.match(line) for line in body if line.strip()]
        files: dict[str, tuple[Path, list[str]]] = {}
        if targets and all(targets):
            for t in targets:
                path = (page_dir / t[1]).resolve()
                rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else t[1]
                if not rel.endswith(".out"):
                    files.setdefault(rel, (path, []))[1].append(t[2] or "")
        excerpts = {
            rel for rel, (path, sels) in files.items() if path.is_file() and is_excerpt(path, sels)
        }
        head = [caption(list(files), excerpts) + "\n"] if files else []
        return [*head, opening, *body, *closing]

    return rewrite_fences(content, captioned)


def trim(content: str) -> str:
    """Drops blank lines right after an opening fence and right before a closing one."""

    def trimmed(opening, body, closing):
        while body and not body[0].strip():
            body = body[1:]
        while body and not body[-1].strip():
            body = body[:-1]
        return [opening, *body, *closing]

    return rewrite_fences(content, trimmed)


def walk(items, change):
    for item in items:
        chapter = item.get("Chapter") if isinstance(item, dict) else None
        if not chapter:
            continue
        if chapter.get("source_path"):
            chapter["content"] = change(chapter["content"], chapter["source_path"])
        walk(chapter.get("sub_items", []), change)


def main() -> None:
    if "supports" in sys.argv[1:]:
        sys.exit(0)  # every renderer
    context, book = json.load(sys.stdin)
    root = Path(context["root"]).resolve()
    src = root / context["config"]["book"].get("src", "src")
    if sys.argv[1:] == ["trim"]:
        walk(book["items"], lambda content, _: trim(content))
    else:
        walk(book["items"], lambda content, page: add_captions(content, (src / page).parent, root))
    json.dump(book, sys.stdout)


if __name__ == "__main__":
    main()
