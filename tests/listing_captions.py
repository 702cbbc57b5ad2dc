"""An mdBook preprocessor: names the source file above every included listing.

A fenced block whose lines are all ``{{#include path...}}`` gets a caption with the path of
the file(s) it shows, relative to the repository root, so a reader of any page can find the
file behind a snippet. Output blocks (``.out`` files) get none: their first line already
shows the command that produced them. Runs before mdBook expands the includes
(``before = ["links"]`` in book.toml).
"""

import html
import json
import re
import sys
from pathlib import Path

INCLUDE = re.compile(r"^\s*\{\{#(?:include|rustdoc_include)\s+([^}:\s]+)[^}]*\}\}\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def caption(paths: list[str]) -> str:
    names = ", ".join(f"<code>{html.escape(p)}</code>" for p in paths)
    return f'<div class="listing-file">{names}</div>\n'


def add_captions(content: str, page_dir: Path, root: Path) -> str:
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
        body = [line for line in lines[i + 1 : end] if line.strip()]
        targets = [INCLUDE.match(line) for line in body]
        if body and all(targets):
            paths = []
            for t in targets:
                path = (page_dir / t[1]).resolve()
                rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else t[1]
                if not rel.endswith(".out") and rel not in paths:
                    paths.append(rel)
            if paths:
                out.append(caption(paths) + "\n")
        out.extend(lines[i : end + 1])
        i = end + 1
    return "".join(out)


def walk(items, src: Path, root: Path):
    for item in items:
        chapter = item.get("Chapter") if isinstance(item, dict) else None
        if not chapter:
            continue
        if chapter.get("source_path"):
            page_dir = (src / chapter["source_path"]).parent
            chapter["content"] = add_captions(chapter["content"], page_dir, root)
        walk(chapter.get("sub_items", []), src, root)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "supports":
        sys.exit(0)  # every renderer
    context, book = json.load(sys.stdin)
    root = Path(context["root"]).resolve()
    src = root / context["config"]["book"].get("src", "src")
    walk(book["items"], src, root)
    json.dump(book, sys.stdout)


if __name__ == "__main__":
    main()
