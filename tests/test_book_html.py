"""The built HTML book, checked without a browser.

- every internal link points to a file of the built book, and every ``#anchor`` to an id on it;
- every image is a file of the built book (no remote images: the book must work offline);
- no page shows an include mdBook could not resolve: ``{{#include ...}}`` text left in the
  page, stray ``ANCHOR:`` lines (a whole file included instead of an anchor), or an empty
  code block (an include whose anchor does not exist renders as nothing);
- the chapter numbers in mdBook's sidebar are the ones ``bookkit.chapters`` reads from SUMMARY.md;
- the diagrams in ``book/img/`` are well-formed SVG with a title.

The browser test (``test_browser.py``) looks at the same build the way a reader does.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from bookkit import chapters, paths, rendered

IMG = paths.BOOK / "img"
LEFTOVER = re.compile(r"\{\{#|ANCHOR(?:_END)?:")


@pytest.fixture(scope="module")
def out() -> Path:
    return rendered.build()


def pages(out: Path) -> list[Path]:
    return sorted(out.glob("*.html"))


def source(page: Path) -> str:
    """The Markdown file a reader would have to edit to fix a problem on this page."""
    md = paths.BOOK / (page.stem + ".md")
    return paths.rel(md) if md.exists() else page.name


def test_internal_links_and_anchors_resolve(out):
    broken = []
    for page in pages(out):
        for href in rendered.parse(page).links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue  # external: not checked (the book is built and tested offline)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{source(page)}: link to missing file {href!r}")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                if fragment not in rendered.parse(target).ids:
                    broken.append(f"{source(page)}: no id {fragment!r} on {target.name} ({href!r})")
    assert not broken, "broken links in the built book:\n" + "\n".join(sorted(set(broken)))


def test_images_are_files_of_the_book(out):
    missing = []
    for page in pages(out):
        for src in rendered.parse(page).images:
            parts = urlsplit(src)
            if parts.scheme == "data":
                continue
            if parts.scheme or src.startswith("//"):
                missing.append(f"{source(page)}: remote image {src!r} (breaks the offline book)")
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file() or target.stat().st_size == 0:
                missing.append(f"{source(page)}: missing image {src!r}")
    assert not missing, "images that do not load:\n" + "\n".join(sorted(set(missing)))


def test_no_unresolved_includes_in_the_html(out):
    problems = []
    for page in pages(out):
        if page.name in ("print.html", "toc.html"):
            continue  # print.html repeats every page; each page is checked on its own
        main = rendered.main_text(page)
        for block in re.findall(r"<pre[^>]*>(.*?)</pre>", main, re.S):
            body = re.sub(r"<[^>]+>", "", block)
            if not body.strip():
                problems.append(
                    f"{source(page)}: empty code block (an include with a wrong anchor?)"
                )
            elif m := LEFTOVER.search(body):
                line = body[m.start() :].splitlines()[0]
                problems.append(f"{source(page)}: code block shows {line.strip()!r}")
        prose = re.sub(r"<pre[^>]*>.*?</pre>", "", main, flags=re.S)
        prose = re.sub(r"<code[^>]*>.*?</code>", "", prose, flags=re.S)  # `{{#include}}` as a word
        for m in LEFTOVER.finditer(prose):
            problems.append(f"{source(page)}: page shows {prose[m.start() : m.start() + 60]!r}")
    assert not problems, "unresolved includes in the built book:\n" + "\n".join(problems)


def test_chapter_numbers_in_the_book_match_the_runner(out):
    shown = [(n, title, href) for n, title, href in rendered.toc(out) if n is not None]
    expected = [(str(c.number), c.title, c.stem + ".html") for c in chapters.chapters()]
    assert shown == expected


@pytest.mark.parametrize("svg", sorted(IMG.glob("*.svg")), ids=lambda p: p.name)
def test_diagrams_are_well_formed_svg(svg):
    root = ET.parse(svg).getroot()  # raises on malformed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg", f"{svg.name}: root element is {root.tag}"
    assert root.get("viewBox"), f"{svg.name}: needs a viewBox to scale with the page"
    title = root.find(f"{ns}title")
    assert title is not None and title.text, f"{svg.name}: needs a <title> for screen readers"
    remote = [
        v for el in root.iter() for k, v in el.attrib.items() if k.endswith("href") and "//" in v
    ]
    assert not remote, f"{svg.name}: refers to remote files {remote} (breaks the offline book)"
