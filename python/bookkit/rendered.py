"""The HTML book as a reader gets it: built once per test run into a private folder.

The tests that look at the rendered book (``tests/test_book_html.py``,
``tests/test_browser.py``) share one ``mdbook build`` of the current sources. It goes to a
temporary folder, not to ``build/book``, so a test run never races with ``just book`` or
``just serve``.
"""

from __future__ import annotations

import atexit
import html
import re
import shutil
import subprocess
import tempfile
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from . import paths

ROOT = paths.ROOT
MDBOOK = paths.MDBOOK
ARTEFACTS = paths.BUILD / "browser-test"  # screenshots and other things a human may look at


@cache
def build() -> Path:
    """Build the book once and return the folder with its HTML."""
    out = Path(tempfile.mkdtemp(prefix="workbook-html-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    mdbook = str(MDBOOK) if MDBOOK.exists() else (shutil.which("mdbook") or "mdbook")
    done = subprocess.run(
        [mdbook, "build", str(ROOT), "--dest-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"mdbook build failed:\n{done.stdout}{done.stderr}"
    return out


TOC_ENTRY = re.compile(
    r'<a href="(?P<href>[^"#]+\.html)"[^>]*>(?:<strong aria-hidden="true">(?P<number>[\d.]+)'
    r"</strong>\s*)?(?P<title>.*?)</a>",
    re.S,
)


def toc(out: Path) -> list[tuple[str | None, str, str]]:
    """(number or None, title, file) for every entry of the sidebar, in reading order."""
    text = (out / "toc.html").read_text(encoding="utf-8")
    entries = []
    for m in TOC_ENTRY.finditer(text):
        title = html.unescape(re.sub(r"<[^>]+>", "", m["title"])).strip()
        entries.append((m["number"].rstrip(".") if m["number"] else None, title, m["href"]))
    return entries


def reading_order(out: Path) -> list[str]:
    """The book's pages in the order the next/previous buttons walk them."""
    return [href for _, _, href in toc(out)]


class PageParser(HTMLParser):
    """Collects the ids, links and images of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag == "img" and a.get("src") is not None:
            self.images.append(a["src"])


@cache
def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def main_text(path: Path) -> str:
    """The raw HTML between <main> and </main>: what the page's Markdown became."""
    text = path.read_text(encoding="utf-8")
    m = re.search(r"<main>(.*)</main>", text, re.S)
    return m[1] if m else ""
