"""The book's pages and the repository agree: every snippet comes from a file, every file is shown.

- every ``{{#include file:anchor}}`` names a file and an anchor that exist;
- every file in ``examples/`` and every library crate's source and header is shown by a page;
- no page has code typed straight into it, unless the block is marked as illustrative
  with ``<!-- illustrative: why -->`` on the line before its opening fence;
- chapter files, example folders and SUMMARY.md numbers agree.
"""

import re

import runner

ROOT = runner.ROOT
BOOK = runner.BOOK
PAGES = sorted(BOOK.rglob("*.md"))
INCLUDE = re.compile(r"\{\{#(?:include|rustdoc_include)\s+([^}\s]+)\s*\}\}")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
MARKER = re.compile(r"^\s*<!--\s*illustrative:\s*\S.*-->\s*$")


def includes():
    """(page, line number, target path, selector) for every include in the book."""
    for page in PAGES:
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            for spec in INCLUDE.findall(line):
                path, _, selector = spec.partition(":")
                yield page, number, (page.parent / path).resolve(), selector


def where(page, number):
    return f"{page.relative_to(ROOT)}:{number}"


def test_every_include_resolves():
    problems = []
    for page, number, target, selector in includes():
        if not target.is_file():
            problems.append(f"{where(page, number)}: no such file {target.relative_to(ROOT)}")
            continue
        lines = target.read_text(encoding="utf-8").splitlines()
        if not selector:
            # mdBook removes ANCHOR comments only from anchored includes, not from whole files.
            if any("ANCHOR" in line for line in lines) and target.suffix != ".md":
                problems.append(
                    f"{where(page, number)}: includes all of {target.relative_to(ROOT)}, whose"
                    " ANCHOR comments would show on the page: include an anchor, or remove them"
                )
            continue
        if re.fullmatch(r"\d*(:\d*)?", selector):  # a line range, e.g. 2: or 3:10
            first = selector.split(":")[0]
            if first and int(first) > len(lines):
                problems.append(f"{where(page, number)}: {target.name} has {len(lines)} lines")
            continue
        starts = [line for line in lines if re.search(rf"ANCHOR:\s*{re.escape(selector)}\b", line)]
        ends = [
            line for line in lines if re.search(rf"ANCHOR_END:\s*{re.escape(selector)}\b", line)
        ]
        if len(starts) != 1 or len(ends) != 1:
            problems.append(
                f"{where(page, number)}: {target.relative_to(ROOT)} needs exactly one"
                f" 'ANCHOR: {selector}' and one 'ANCHOR_END: {selector}'"
            )
    assert not problems, "broken includes:\n" + "\n".join(problems)


def shown_files():
    return {target for _, _, target, _ in includes()}


def older_expected_outputs():
    """The expected outputs for older interpreters (`x.out` beside `x.3.13.out`): the page
    shows the newest wording and notes the older one in its prose."""
    older = set()
    for ex in runner.examples():
        older |= {p.resolve() for p in ex.expected_files().values()} - {
            ex.newest_expected_path.resolve()
        }
    return older


def test_every_example_file_is_shown_by_a_page():
    shown = shown_files() | older_expected_outputs()
    hidden = [
        p.relative_to(ROOT)
        for p in sorted(runner.EXAMPLES.rglob("*"))
        if p.is_file()
        and "__pycache__" not in p.parts
        and "target" not in p.parts
        and p != runner.EXAMPLES / "registry.toml"  # the examples' declarations, not an example
        and p.resolve() not in shown
    ]
    assert not hidden, (
        "files in examples/ that no page includes (include them, or move them out):\n"
        + "\n".join(map(str, hidden))
    )


def test_every_library_crate_is_shown_by_a_page():
    shown = shown_files()
    hidden = []
    for toml in sorted(runner.CDYLIB.glob("*/cbindgen.toml")):
        crate = toml.parent
        header = crate / f"{crate.name}.h"
        sources = list((crate / "src").rglob("*.rs"))
        if header.resolve() not in shown:
            hidden.append(str(header.relative_to(ROOT)))
        if not any(s.resolve() in shown for s in sources):
            hidden.append(f"{crate.relative_to(ROOT)}/src/*.rs")
    assert not hidden, "library files no page shows:\n" + "\n".join(hidden)


def test_no_code_is_typed_into_a_page():
    typed = []
    for page in PAGES:
        lines = page.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            m = FENCE.match(lines[i])
            if not m:
                i += 1
                continue
            opening, fence = i, m[1]
            i += 1
            body = []
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i])
                i += 1
            i += 1
            real = [b for b in body if b.strip() and not INCLUDE.fullmatch(b.strip())]
            marked = opening > 0 and MARKER.match(lines[opening - 1])
            if real and not marked:
                typed.append(f"{where(page, opening + 1)}: {real[0].strip()[:60]!r}")
    assert not typed, (
        "code typed into a page instead of included from a file that CI runs.\n"
        "Move it into a file and {{#include}} it, or, if it is deliberately not runnable,\n"
        "put '<!-- illustrative: why -->' on the line before the fence:\n" + "\n".join(typed)
    )


def test_chapter_numbers_match_file_and_folder_names():
    problems = []
    for ch in runner.chapters():
        if not ch.page.is_file():
            problems.append(f"SUMMARY.md lists {ch.page.name}, which does not exist")
        if not ch.stem.startswith(f"{ch.number:02d}-"):
            problems.append(f"{ch.page.name} is chapter {ch.number}: name it {ch.number:02d}-...")
    stems = {ch.stem for ch in runner.chapters()}
    for folder in sorted(runner.EXAMPLES.iterdir()):
        if folder.is_dir() and folder.name not in stems:
            problems.append(f"examples/{folder.name} matches no chapter page in SUMMARY.md")
    assert not problems, "\n".join(problems)


def test_every_page_is_in_the_summary():
    listed = set(
        re.findall(r"\]\(([^)]+\.md)\)", (BOOK / "SUMMARY.md").read_text(encoding="utf-8"))
    )
    orphans = [
        p.relative_to(BOOK).as_posix()
        for p in PAGES
        if p.name != "SUMMARY.md" and p.relative_to(BOOK).as_posix() not in listed
    ]
    assert not orphans, f"pages SUMMARY.md does not list: {orphans}"


def test_pages_show_the_newest_wording_of_versioned_outputs():
    shown = shown_files()
    stale = [
        f"{ex.rel}: the page shows an older output; include {ex.newest_expected_path.name}"
        for ex in runner.examples()
        if len(ex.expected_files()) > 1
        and ex.newest_expected_path.resolve() not in shown
        and any(p.resolve() in shown for p in ex.expected_files().values())
    ]
    assert not stale, "\n".join(stale)
