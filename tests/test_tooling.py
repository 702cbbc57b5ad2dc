"""Unit tests of the book's machinery (python/bookkit): each piece on small inputs, so that a
change to the tooling fails here, with a readable message, before it fails a page check.

- chapters: SUMMARY.md parsing, labels;
- markdown: fences, anchors (hyphenated names, nesting, line ranges), include problems,
  unused anchors, typed code;
- preprocess: captions, excerpts, trimming, mdBook's protocol;
- transcript: .out parsing, every mask, paragraph ordering, rendering, redaction, versions;
- headers: a cbindgen-style header read with pycparser;
- boundary: corner values;
- memcheck: valgrind XML reading (clean, errors, leaks ours and CPython's, broken reports);
- exercises: the harness on a pass, a failure, a timeout, a crash, an unexpected exit, an
  exception and a compile error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bookkit import (
    boundary,
    chapters,
    exercises,
    headers,
    markdown,
    memcheck,
    paths,
    preprocess,
    proc,
    transcript,
)

FIXTURES = Path(__file__).parent / "fixtures"

# --------------------------------------------------------------------------- chapters

SUMMARY = """\
# Summary

[Introduction](introduction.md)

# Part I — Calling

- [First](01-first.md)
- [Second](02-second.md)

# Part II — Memory

- [Third](03-third.md)

-----

[Appendix](appendix.md)
"""


def test_summary_numbers_chapters_across_parts():
    found = chapters.parse_summary(SUMMARY, Path("book"))
    assert [(c.number, c.title, c.stem) for c in found] == [
        (1, "First", "01-first"),
        (2, "Second", "02-second"),
        (3, "Third", "03-third"),
    ]
    assert [c.part.roman for c in found] == ["I", "I", "II"]
    assert found[2].part.title == "Part II — Memory"
    assert found[0].label == "chapter-1"


def test_chapter_labels_are_forgiving():
    assert chapters.find("chapter-2").number == 2
    assert chapters.find("chapter-02").number == 2
    assert chapters.find("2").number == 2
    assert chapters.find("chapter-999") is None
    assert chapters.find("two") is None
    with pytest.raises(chapters.UnknownChapter, match="The chapters are"):
        chapters.choose(["chapter-999"])


# --------------------------------------------------------------------------- markdown

CODE = """\
import ctypes
# ANCHOR: first-call
lib = ctypes.CDLL("x")
# ANCHOR: first
lib.f()
# ANCHOR_END: first
# ANCHOR_END: first-call
print("done")
"""


def test_anchor_names_with_hyphens_are_not_prefixes():
    lines = CODE.splitlines()
    assert markdown.selected_lines(lines, "first-call") == {2, 4}
    assert markdown.selected_lines(lines, "first") == {4}
    assert set(markdown.anchors_in(lines)) == {"first-call", "first"}


def test_line_ranges_select_as_mdbook_does():
    lines = CODE.splitlines()
    assert markdown.selected_lines(lines, "2") == {1}
    assert markdown.selected_lines(lines, "2:3") == {1, 2}
    assert markdown.selected_lines(lines, "7:") == {6, 7}
    assert markdown.selected_lines(lines, "") == set(range(len(lines)))


def test_excerpts_are_told_apart_from_whole_files(tmp_path):
    source = tmp_path / "x.py"
    source.write_text(CODE)
    assert markdown.is_excerpt(source, ["first"])
    assert not markdown.is_excerpt(source, [""])
    assert not markdown.is_excerpt(source, ["1:1", "first-call", "8"])


def include_problem(tmp_path, spec: str) -> str | None:
    (tmp_path / "x.py").write_text(CODE)
    page = tmp_path / "page.md"
    page.write_text(f"```python\n{{{{#include {spec}}}}}\n```\n")
    (inc,) = markdown.includes_in(page)
    return markdown.problem(inc)


def test_include_problems_are_named(tmp_path):
    assert include_problem(tmp_path, "x.py:first") is None
    assert "no such file" in include_problem(tmp_path, "y.py:first")
    assert "needs exactly one 'ANCHOR: second'" in include_problem(tmp_path, "x.py:second")
    assert "whose ANCHOR comments would show" in include_problem(tmp_path, "x.py")
    assert "has 8 lines" in include_problem(tmp_path, "x.py:20:")


def test_unused_anchors_are_reported(tmp_path):
    source = tmp_path / "x.py"
    source.write_text(CODE)
    page = tmp_path / "page.md"
    page.write_text("{{#include x.py:first}}\n")
    unused = markdown.unused_anchors([source], markdown.includes_in(page))
    assert [u.rsplit(": ", 1)[1] for u in unused] == ["first-call"]
    page.write_text("{{#include x.py}}\n")  # a whole file shows every region
    assert markdown.unused_anchors([source], markdown.includes_in(page)) == []


def test_typed_code_is_found_unless_marked(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("```python\nprint(1)\n```\n\n```python\n{{#include x.py:first}}\n```\n")
    assert len(markdown.typed_code(page)) == 1
    page.write_text("<!-- illustrative: pseudo-code -->\n```python\nprint(1)\n```\n")
    assert markdown.typed_code(page) == []


def test_fences_survive_an_unclosed_block():
    lines = ["text", "```rust", "fn f() {}", "```", "", "~~~", "open"]
    found = list(markdown.fences(lines))
    assert [(f.start, f.end, f.info) for f in found] == [(1, 3, "rust"), (5, 7, "")]


# --------------------------------------------------------------------------- preprocess


def test_captions_name_the_file_and_mark_excerpts():
    root = paths.ROOT
    page = paths.BOOK / "02-your-first-call.md"
    content = (
        "```python\n{{#include ../examples/02-your-first-call/add_numbers.py:all}}\n```\n\n"
        "```text\n{{#include ../examples/02-your-first-call/add_numbers.out}}\n```\n\n"
        "```c\n{{#include ../cdylib/clibrary/clibrary.h:add_numbers}}\n```\n"
    )
    out = preprocess.add_captions(content, page, root)
    captions = [line for line in out.splitlines() if "listing-file" in line]
    assert captions == [
        '<div class="listing-file"><code>examples/02-your-first-call/add_numbers.py</code></div>',
        '<div class="listing-file"><code>cdylib/clibrary/clibrary.h</code> (excerpt)</div>',
    ]


def test_a_block_with_typed_code_gets_no_caption():
    page = paths.BOOK / "02-your-first-call.md"
    content = (
        "```python\nx = 1\n{{#include ../examples/02-your-first-call/add_numbers.py:all}}\n```\n"
    )
    assert "listing-file" not in preprocess.add_captions(content, page, paths.ROOT)


def test_trim_removes_blank_edges_only():
    assert preprocess.trim("```\n\n\na\n\nb\n\n```\nafter\n") == "```\na\n\nb\n```\nafter\n"


def test_the_preprocessor_speaks_mdbooks_protocol():
    bookkit = [sys.executable, "-m", "bookkit", "preprocess"]
    assert subprocess.run([*bookkit, "captions", "supports", "html"]).returncode == 0
    chapter = {"content": "```\n\nx\n```\n", "source_path": "01-shared-libraries.md"}
    book = {"items": [{"Chapter": {**chapter, "sub_items": []}}]}
    context = {"root": str(paths.ROOT), "config": {"book": {"src": "book"}}}
    done = subprocess.run(
        [*bookkit, "trim"], input=json.dumps([context, book]), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"][0]["Chapter"]["content"] == "```\nx\n```\n"


# --------------------------------------------------------------------------- transcript


def write_out(tmp_path, first: str, body: str = "hello\n") -> Path:
    path = tmp_path / "x.out"
    path.write_text(first + "\n" + body)
    return path


def test_out_files_are_parsed_and_refused_with_reasons(tmp_path):
    cmd = "python3 examples/x.py"
    e = transcript.parse(write_out(tmp_path, f"$ {cmd}  # timings vary, timeout 5 s"), cmd, set())
    assert (e.directives, e.timeout, e.transcript, e.merge_stderr) == (
        ("timings vary", "timeout 5 s"),
        5,
        "hello\n",
        False,
    )
    assert transcript.parse(write_out(tmp_path, f"$ {cmd} 2>&1"), cmd, set()).merge_stderr
    with pytest.raises(transcript.ExpectedFileError, match="unknown directive 'colours vary'"):
        transcript.parse(write_out(tmp_path, f"$ {cmd}  # colours vary"), cmd, set())
    with pytest.raises(transcript.ExpectedFileError, match="the first line runs"):
        transcript.parse(write_out(tmp_path, "$ python3 other.py"), cmd, set())
    with pytest.raises(transcript.ExpectedFileError, match="the first line must be"):
        transcript.parse(write_out(tmp_path, "hello"), cmd, set())
    with pytest.raises(transcript.ExpectedFileError, match="is missing"):
        transcript.parse(tmp_path / "nothing.out", cmd, set())


@pytest.mark.parametrize(
    ("mask", "a", "b"),
    [
        ("addresses vary", "at 0x7f00aa", "at 0x55cc01"),
        ("timings vary", "took 1.25 ms, 3.0x faster", "took 7 ms, 12x faster"),
        ("values in «» vary", "got «3.4e-310»", "got «0»"),
        ("library paths vary", "/a/b/libx.so: undefined", "/c/libx.so: undefined"),
    ],
)
def test_each_mask_hides_what_it_says_and_no_more(mask, a, b):
    assert transcript.normalise(a, (mask,)) == transcript.normalise(b, (mask,))
    assert transcript.normalise(a + " True", (mask,)) != transcript.normalise(b + " False", (mask,))
    assert transcript.normalise(a, ()) != transcript.normalise(b, ())


def test_line_order_varies_only_within_a_paragraph():
    order = ("line order varies",)
    assert transcript.normalise("b\na\n\ndone\n", order) == transcript.normalise(
        "a\nb\n\ndone\n", order
    )
    # A summary after a blank line must stay last: a missing join() would print it first.
    assert transcript.normalise("done\n\na\nb\n", order) != transcript.normalise(
        "a\nb\n\ndone\n", order
    )


def test_render_tells_how_the_process_ended():
    assert transcript.render(b"ok\n", 0) == "ok\n"
    assert transcript.render(b"partial", 1) == "partial\n[exit status 1]\n"
    assert transcript.render(b"", -11) == "[killed by SIGSEGV]\n"
    text = transcript.render(f"loaded {paths.ROOT}/cdylib/x.so\n".encode(), 0)
    assert text == "loaded /path/to/workbook/cdylib/x.so\n"


def test_versioned_outputs_are_chosen_by_interpreter(tmp_path):
    script = tmp_path / "x.py"
    script.write_text("")
    base = script.with_suffix(".out")
    base.write_text("$ x\n")
    new = tmp_path / "x.3.12.out"
    new.write_text("$ x\n")
    (tmp_path / "xy.3.13.out").write_text("$ x\n")  # another script's
    files = transcript.versioned_files(script)
    assert files == {(3, 11): base, (3, 12): new}
    assert transcript.for_version(files, (3, 11)) == base
    assert transcript.for_version(files, (3, 13)) == new
    # Blessing on 3.13 must not rewrite 3.12's file: it gets its own.
    assert transcript.bless_target(script, (3, 13)) == tmp_path / "x.3.13.out"
    assert transcript.bless_target(script, (3, 12)) == new
    assert transcript.bless_target(script, (3, 11)) == base


# --------------------------------------------------------------------------- headers

HEADER = """\
#ifndef DEMO_H
#define DEMO_H
/* Generated by cbindgen. */
#include <stdint.h>
#define ERR_NULL -1
#define LIMIT 16
// ANCHOR: Shape
typedef enum Shape { Circle, Square = 4, Other } Shape;
// ANCHOR_END: Shape
typedef uint8_t Kind;
typedef struct Handle Handle;
typedef struct { double x; double y; uint8_t tag[4]; } Point;
typedef union { int32_t i; float f; } Number;
typedef int (*Visitor)(unsigned int prime, void *user_data);
int count(const char *text, size_t n);
Handle *handle_new(void);
void handle_free(Handle *h);
int visit(unsigned int limit, Visitor visit, void *data);
int take_kind(Kind k, Point p, char **out);
const char *name(void);
#endif
"""


def test_a_cbindgen_header_is_read_with_a_real_parser():
    head = headers.parse_text(HEADER, "demo", Path("demo.h"))
    assert head.constants == {"ERR_NULL": -1, "LIMIT": 16}
    assert head.enums["Shape"] == {"Circle": 0, "Square": 4, "Other": 5}
    assert head.opaque == {"Handle"}
    assert [n for n, _ in head.structs["Point"]] == ["x", "y", "tag"]
    assert head.structs["Point"][2][1].array == 4
    assert [n for n, _ in head.unions["Number"]] == ["i", "f"]
    count = head.function("count")
    assert [(p.name, p.type.base, p.type.pointers, p.type.const) for p in count.params] == [
        ("text", "char", 1, True),
        ("n", "size_t", 0, False),
    ]
    assert head.function("handle_new").params == []
    assert head.function("handle_new").ret.base == "Handle"
    visitor = head.function("visit").params[1].type
    assert visitor.function is not None and visitor.function[0].base == "int"
    kind, point, out = head.function("take_kind").params
    assert (kind.type.base, point.type.base, out.type.pointers) == ("uint8_t", "Point", 2)
    assert head.function("name").ret.const


def test_a_header_that_is_not_c_is_reported():
    with pytest.raises(headers.HeaderError, match="demo.h"):
        headers.parse_text("int f(;\n", "demo", Path("demo.h"))


def test_every_book_header_parses():
    assert len(headers.functions()) >= 90


# --------------------------------------------------------------------------- boundary


def test_corner_values_include_the_overflowing_products():
    ints = boundary.corners("int")
    assert {0, 1, -1, 2, -(2**31), 2**31 - 1, 46341, 2**29} <= set(ints)
    assert min(boundary.corners("uint8_t")) == 0 and max(boundary.corners("uint8_t")) == 255
    assert boundary.limit_name("size_t", 2**64 - 1) == "SIZE_MAX"
    assert boundary.limit_name("int", -(2**31)) == "INT_MIN"


# --------------------------------------------------------------------------- memcheck

OURS = f"{paths.RUST_LIBRARIES}/libclibrary.so"
ERROR = """<error><unique>0x1</unique><tid>1</tid><kind>{kind}</kind>
<what>Invalid read of size 4</what>
<stack><frame><ip>0x1</ip><obj>{obj}</obj><fn>read_past_the_end</fn></frame></stack></error>"""
LEAK = """<error><unique>0x2</unique><tid>1</tid><kind>Leak_DefinitelyLost</kind>
<xwhat><text>100 bytes in 1 blocks are definitely lost</text><leakedbytes>{n}</leakedbytes>
</xwhat><stack><frame><ip>0x2</ip><obj>{obj}</obj><fn>malloc</fn></frame></stack></error>"""


def report(*parts: str, fatal: str = "") -> str:
    head = "<?xml version='1.0'?><valgrindoutput><args><argv><exe>/usr/bin/python3.11</exe>"
    signal = f"<fatal_signal><signame>{fatal}</signame></fatal_signal>" if fatal else ""
    return head + "</argv></args>" + "".join(parts) + signal + "</valgrindoutput>"


def test_valgrind_xml_errors_and_leaks_are_sorted_by_whose_they_are():
    p = memcheck.parse_xml(
        report(
            ERROR.format(kind="InvalidRead", obj=OURS),
            LEAK.format(n=100, obj=OURS),
            LEAK.format(n=42, obj="/usr/lib/libpython3.11.so.1.0"),
        )
    )
    assert p.exe == "/usr/bin/python3.11"
    assert [k for k, _ in p.errors] == ["InvalidRead"]
    assert "read_past_the_end in libclibrary.so" in p.errors[0][1]
    assert "<-- ours" in p.errors[0][1]
    assert (p.our_lost_bytes, p.other_lost_bytes) == (100, 42)
    assert p.fatal_signal is None


def test_a_broken_valgrind_report_still_counts():
    """A forked child's report cut short: its errors and leaks still count."""
    cut = ERROR.format(kind="InvalidWrite", obj=OURS)[:-20] + LEAK.format(n=7, obj=OURS)[:-30]
    p = memcheck.parse_xml(report(cut, fatal="SIGSEGV"))
    assert "InvalidWrite" in [k for k, _ in p.errors]
    assert p.fatal_signal == "SIGSEGV"


def test_a_clean_report_is_clean():
    p = memcheck.parse_xml(report())
    assert (p.errors, p.our_lost_bytes, p.other_lost_bytes) == ([], 0, 0)


# --------------------------------------------------------------------------- exercises

HARNESS = FIXTURES / "harness"


def harness(tmp_path, check: str, timeout: float = 10) -> exercises.Outcome:
    return exercises.check_in_child(
        HARNESS / check, tmp_path, tmp_path, tmp_path / "report.txt", timeout, ("mine.py",)
    )


def test_the_harness_reports_a_pass_and_a_failure(tmp_path):
    assert harness(tmp_path, "check_passes.py").kind == "pass"
    failed = harness(tmp_path, "check_fails.py")
    assert (failed.passed, failed.kind, failed.message) == (
        False,
        "fail",
        "2 + 2 returned 4, expected 5",
    )


def test_the_harness_stops_a_check_that_hangs(tmp_path):
    out = harness(tmp_path, "check_sleeps.py", timeout=2)
    assert out.kind == "timeout"
    assert "did not finish within 2 s while waiting for a thread that is never joined" in (
        out.message
    )


def test_the_harness_survives_a_crash_and_names_the_step(tmp_path):
    out = harness(tmp_path, "check_crashes.py")
    assert out.kind == "crash"
    assert out.message.startswith(
        "Python crashed (killed by SIGSEGV) while reading through a NULL pointer."
    )


def test_the_harness_explains_an_unexpected_exit_and_an_exception(tmp_path):
    out = harness(tmp_path, "check_exits.py")
    assert (out.kind, out.passed) == ("error", False)
    assert "stopped unexpectedly (exit status 3) while calling code that exits" in out.message
    raised = harness(tmp_path, "check_raises.py")
    assert raised.message.startswith("your code raised ZeroDivisionError: division by zero")
    assert "(the check was calling mean([]))" in raised.message


def test_the_harness_shows_rustcs_error_for_a_crate_that_does_not_compile(tmp_path):
    with pytest.raises(exercises.CompileError) as caught:
        exercises.Builder.crate(HARNESS / "broken_crate", tmp_path / "target", in_workspace=False)
    assert caught.value.crate == "broken_crate"
    assert "error[E0308]: mismatched types" in caught.value.errors
    assert "Compiling" not in caught.value.errors


def test_the_child_process_runner_kills_what_hangs():
    finished = proc.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=1)
    assert finished.timed_out and finished.seconds < 10
    crashed = proc.run([sys.executable, "-c", "import ctypes; ctypes.string_at(0)"])
    assert crashed.signal_name == "SIGSEGV"


# --------------------------------------------------------------------------- command line


def test_bench_takes_its_own_options_first(capsys):
    """`just bench --settle 0 name`: an option before the names reaches `bookkit bench`."""
    from bookkit import cli

    assert cli.main(["bench", "--settle", "0", "--out", "build/x", "no_such_bench"]) == 2
    assert "no benchmark named ['no_such_bench']" in capsys.readouterr().err


def test_strict_warnings_let_through_only_the_two_upstream_warnings():
    """test-pythons' newest interpreter: deprecations are errors, except setuptools-rust's
    `--build-temp` and pip's `locate_file` warnings, each from its own module only (see
    bookkit.pythons)."""
    from bookkit import pythons

    code = """if True:
        import warnings
        def warn(message, module):
            warnings.warn_explicit(message, DeprecationWarning, "x.py", 1, module=module)
        warn("`--build-temp` argument does nothing for Rust extensions", "setuptools_rust.build")
        warn("Unimplemented abstract methods {'locate_file'}",
             "pip._internal.metadata.importlib._dists")
        for message, module in [("`--build-temp` argument does nothing", "shipped"),
                                ("something else", "setuptools_rust.build")]:
            try:
                warn(message, module)
            except DeprecationWarning:
                print("error:", module)
    """
    env = {"PYTHONWARNINGS": pythons.STRICT, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["error: shipped", "error: setuptools_rust.build"]
