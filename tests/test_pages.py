"""The book's pages and the repository agree: every snippet comes from a file, every file is shown.

- every ``{{#include file:anchor}}`` names a file and an anchor that exist;
- every file in ``examples/`` and every library crate's source and header is shown by a page;
- every ANCHOR region in a hand-written file is included by some page (``bookkit anchors``);
- no page has code typed straight into it, unless the block is marked as illustrative
  with ``<!-- illustrative: why -->`` on the line before its opening fence;
- chapter files, example folders and SUMMARY.md numbers agree.
"""

import re

from bookkit import chapters, cli, markdown, paths
from bookkit.examples import examples


def test_every_include_resolves():
    problems = [p for inc in markdown.includes() if (p := markdown.problem(inc))]
    assert not problems, "broken includes:\n" + "\n".join(problems)


def shown_files():
    return {inc.target for inc in markdown.includes()}


def older_expected_outputs():
    """The expected outputs for older interpreters (`x.out` beside `x.3.13.out`): the page
    shows the newest wording and notes the older one in its prose."""
    older = set()
    for ex in examples():
        newest = ex.newest_expected_path.resolve()
        older |= {p.resolve() for p in ex.expected_files().values()} - {newest}
    return older


def test_every_example_file_is_shown_by_a_page():
    shown = shown_files() | older_expected_outputs() | {paths.REGISTRY.resolve()}
    hidden = [
        paths.rel(p)
        for p in sorted(paths.EXAMPLES.rglob("*"))
        if p.is_file()
        and "__pycache__" not in p.parts
        and "target" not in p.parts
        and p.resolve() not in shown
    ]
    assert not hidden, (
        "files in examples/ that no page includes (include them, or move them out):\n"
        + "\n".join(hidden)
    )


def test_pages_show_the_newest_wording_of_versioned_outputs():
    shown = shown_files()
    stale = [
        f"{ex.rel}: the page shows an older output; include {ex.newest_expected_path.name}"
        for ex in examples()
        if len(ex.expected_files()) > 1
        and ex.newest_expected_path.resolve() not in shown
        and any(p.resolve() in shown for p in ex.expected_files().values())
    ]
    assert not stale, "\n".join(stale)


def test_every_library_crate_is_shown_by_a_page():
    shown = shown_files()
    hidden = []
    for toml in sorted(paths.CDYLIB.glob("*/cbindgen.toml")):
        crate = toml.parent
        header = crate / f"{crate.name}.h"
        sources = list((crate / "src").rglob("*.rs"))
        if header.resolve() not in shown:
            hidden.append(paths.rel(header))
        if not any(s.resolve() in shown for s in sources):
            hidden.append(f"{paths.rel(crate)}/src/*.rs")
    assert not hidden, "library files no page shows:\n" + "\n".join(hidden)


def test_every_anchor_is_included_by_a_page():
    unused = markdown.unused_anchors(cli.anchor_files())
    assert not unused, (
        "ANCHOR regions no page includes (include them, or remove the comments):\n"
        + "\n".join(unused)
    )


def test_no_code_is_typed_into_a_page():
    typed = [t for page in markdown.pages() for t in markdown.typed_code(page)]
    assert not typed, (
        "code typed into a page instead of included from a file that CI runs.\n"
        "Move it into a file and {{#include}} it, or, if it is deliberately not runnable,\n"
        "put '<!-- illustrative: why -->' on the line before the fence:\n" + "\n".join(typed)
    )


def test_chapter_numbers_match_file_and_folder_names():
    problems = []
    for ch in chapters.chapters():
        if not ch.page.is_file():
            problems.append(f"SUMMARY.md lists {ch.page.name}, which does not exist")
        if not ch.stem.startswith(f"{ch.number:02d}-"):
            problems.append(f"{ch.page.name} is chapter {ch.number}: name it {ch.number:02d}-...")
    stems = {ch.stem for ch in chapters.chapters()}
    for folder in sorted(paths.EXAMPLES.iterdir()):
        if folder.is_dir() and folder.name not in stems:
            problems.append(f"examples/{folder.name} matches no chapter page in SUMMARY.md")
    assert not problems, "\n".join(problems)


def test_every_page_is_in_the_summary():
    listed = set(re.findall(r"\]\(([^)]+\.md)\)", paths.SUMMARY.read_text(encoding="utf-8")))
    orphans = [
        p.relative_to(paths.BOOK).as_posix()
        for p in markdown.pages()
        if p.name != "SUMMARY.md" and p.relative_to(paths.BOOK).as_posix() not in listed
    ]
    assert not orphans, f"pages SUMMARY.md does not list: {orphans}"
