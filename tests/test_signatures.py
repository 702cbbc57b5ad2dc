"""Every argtypes/restype the book declares agrees with the cbindgen header it calls.

`bookkit.signatures` reads the scripts with `ast` and the headers with pycparser; these
tests run it over the whole book, over a planted mismatch, and over its edge cases.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bookkit import headers, paths, signatures


def check(tmp_path: Path, source: str, header: str | None = None) -> list[str]:
    """The mismatches in one script; against `header` (as library `demo`) if given."""
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(source), encoding="utf-8")
    by_crate = signatures.headers_by_crate()
    if header is not None:
        path = tmp_path / "demo.h"
        by_crate = {"demo": headers.parse_text(textwrap.dedent(header), "demo", path)}
    report = signatures.check_files([script], by_crate)
    return [m.message for m in report.mismatches]


def test_the_book_declares_what_the_headers_say():
    report = signatures.check_files(signatures.scripts())
    unexpected = [
        str(m)
        for m in report.mismatches
        if paths.rel(m.declaration.path) not in signatures.DELIBERATE
    ]
    assert report.checked > 300, "the checker found the book's declarations"
    assert not unexpected, "\n".join(unexpected)


def test_every_deliberate_mismatch_still_mismatches():
    files = [paths.ROOT / name for name in signatures.DELIBERATE]
    report = signatures.check_files(files)
    wrong = {paths.rel(m.declaration.path) for m in report.mismatches}
    assert wrong == set(signatures.DELIBERATE), "a script listed in DELIBERATE is now right"


def test_a_planted_mismatch_fails_with_a_readable_message(tmp_path):
    messages = check(
        tmp_path,
        """
        import ctypes
        from workbook import library_path

        lib = ctypes.CDLL(library_path("clibrary"))
        lib.average.argtypes = [ctypes.c_double, ctypes.c_double]
        lib.average.restype = ctypes.c_int
        """,
    )
    assert messages == ["`average` returns double, restype says c_int"]


def test_the_command_fails_on_a_planted_mismatch(tmp_path, capsys):
    script = tmp_path / "planted.py"
    script.write_text(
        "import ctypes\nfrom workbook import library_path\n"
        'lib = ctypes.CDLL(library_path("clibrary"))\n'
        "lib.average.restype = ctypes.c_float\n",
        encoding="utf-8",
    )
    assert signatures.main([str(script)]) == 1
    out = capsys.readouterr().out
    assert "planted.py:4: `average` returns double, restype says c_float" in out


DEMO = """
#include <stdint.h>
#include <stddef.h>
typedef struct Counter Counter;
typedef struct { double x; double y; } Point;
enum Shape { Circle, Square };
typedef uint32_t Shape;
typedef enum Colour { Red = 1, Green = 2 } Colour;
typedef int32_t (*Visit)(const Point *point, void *context);
Counter *counter_new(void);
void counter_free(Counter *counter);
double point_norm(Point p);
int32_t points_visit(const Point *points, size_t n, Visit visit, void *context);
const char *shape_name(Shape shape);
int colour_value(enum Colour colour);
int32_t split(const char *text, char **out);
uint8_t first_byte(const uint8_t *bytes);
"""

PRELUDE = """
import ctypes
from ctypes import POINTER, c_double, c_int32

lib = ctypes.CDLL(library_path("demo"))


class Point(ctypes.Structure):
    _fields_ = [("x", c_double), ("y", c_double)]
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # right
        ("lib.counter_new.restype = ctypes.c_void_p", None),
        ("lib.counter_free.argtypes = [ctypes.c_void_p]", None),
        ("lib.counter_free.restype = None", None),
        ("lib.point_norm.argtypes = [Point]", None),
        ("lib.points_visit.argtypes = [POINTER(Point), ctypes.c_size_t,"
         " ctypes.CFUNCTYPE(c_int32, POINTER(Point), ctypes.c_void_p), ctypes.c_void_p]", None),
        ("lib.points_visit.argtypes = [Point * 3, ctypes.c_size_t, ctypes.c_void_p,"
         " ctypes.c_void_p]", None),
        ("lib.shape_name.argtypes = [ctypes.c_uint32]", None),
        ("lib.shape_name.restype = ctypes.c_char_p", None),
        ("lib.colour_value.argtypes = [ctypes.c_int]", None),
        ("lib.split.argtypes = [ctypes.c_char_p, POINTER(ctypes.c_char_p)]", None),
        ("lib.first_byte.argtypes = [ctypes.c_char_p]", None),
        ("lib.first_byte.restype = ctypes.c_ubyte", None),
        ("f = lib.point_norm\nf.restype = ctypes.c_double", None),
        ("getattr(lib, 'point_norm').restype = ctypes.c_double", None),
        ("lib.counter_new.argtypes = []", None),
        ("lib.points_visit.argtypes = [POINTER(Point), ctypes.c_size_t,"
         " ctypes.CFUNCTYPE(c_int32, POINTER(Point), ctypes.py_object), ctypes.py_object]", None),
        # wrong
        ("lib.point_norm.argtypes = [ctypes.py_object]",
         "`point_norm` parameter 1 `p` is Point, argtypes says py_object"),
        ("lib.point_norm.restype = ctypes.c_float",
         "`point_norm` returns double, restype says c_float"),
        ("lib.point_norm.argtypes = [POINTER(Point)]",
         "`point_norm` parameter 1 `p` is Point, argtypes says POINTER(Point (a Structure))"),
        ("lib.counter_free.restype = ctypes.c_int",
         "`counter_free` returns void, restype says c_int"),
        ("lib.counter_new.restype = ctypes.c_int",
         "`counter_new` returns Counter *, restype says c_int"),
        ("lib.counter_new.argtypes = [ctypes.c_int]",
         "`counter_new` takes 0 parameters (void), argtypes lists 1"),
        ("lib.points_visit.argtypes = [POINTER(Point), ctypes.c_int, ctypes.c_void_p,"
         " ctypes.c_void_p]",
         "`points_visit` parameter 2 `n` is size_t, argtypes says c_int"),
        ("lib.points_visit.argtypes = [POINTER(Point), ctypes.c_size_t,"
         " ctypes.CFUNCTYPE(None, POINTER(Point), ctypes.c_void_p), ctypes.c_void_p]",
         "`points_visit` parameter 3 `visit` is int32_t (*)(const Point *, void *), argtypes"
         " says CFUNCTYPE(None, POINTER(Point (a Structure)), c_void_p)"),
        ("lib.points_visit.argtypes = [POINTER(c_double), ctypes.c_size_t, None, ctypes.c_void_p]",
         "`points_visit` parameter 1 `points` is const Point *, argtypes says POINTER(c_double)"),
        ("lib.shape_name.argtypes = [ctypes.c_uint8]",
         "`shape_name` parameter 1 `shape` is Shape, argtypes says c_uint8"),
        ("lib.split.argtypes = [ctypes.c_char_p, ctypes.c_char_p]",
         "`split` parameter 2 `out` is char * *, argtypes says c_char_p"),
        ("lib.first_byte.restype = ctypes.c_uint16",
         "`first_byte` returns uint8_t, restype says c_uint16"),
        ("lib.counter_free.argtypes = [None]",
         "`counter_free` parameter 1 `counter` is Counter *, argtypes says None"),
        ("lib.point_nrom.restype = ctypes.c_double",
         "`point_nrom` is not declared in demo.h"),
    ],
)  # fmt: skip
def test_edge_cases(tmp_path, line, expected):
    messages = check(tmp_path, PRELUDE + line + "\n", DEMO)
    messages = [m.replace(str(tmp_path) + "/", "") for m in messages]
    assert messages == ([] if expected is None else [expected])


def test_struct_fields_are_compared(tmp_path):
    source = PRELUDE.replace('("y", c_double)', '("y", ctypes.c_float)')
    messages = check(tmp_path, source + "lib.point_norm.argtypes = [Point]\n", DEMO)
    assert messages == ["`point_norm` parameter 1 `p` is Point, argtypes says Point (a Structure)"]


def test_what_cannot_be_resolved_is_not_checked(tmp_path):
    source = PRELUDE + "\n".join(
        [
            "name = 'point_norm'",
            "getattr(lib, name).restype = ctypes.c_int",  # which function: not known
            "lib.point_norm.argtypes = [make_type()]",  # which type: not known
            "other = ctypes.CDLL(sys.argv[1])",  # which library: not known
            "other.point_norm.restype = ctypes.c_int",
        ]
    )
    assert check(tmp_path, source, DEMO) == []


def test_a_library_without_a_header_is_counted_not_checked(tmp_path):
    script = tmp_path / "script.py"
    script.write_text(
        "import ctypes\nlib = ctypes.CDLL(library_path('nowhere'))\nlib.f.restype = None\n",
        encoding="utf-8",
    )
    report = signatures.check_files([script], {})
    assert report.unchecked_crates == {"nowhere": 1}
    assert report.checked == 0


def test_libraries_and_functions_are_followed_through_names(tmp_path):
    source = """
    import ctypes
    from workbook import library_path as where

    path = where("demo")
    lib = ctypes.CDLL(str(path))
    norm = lib.point_norm
    norm.argtypes, norm.restype = [ctypes.c_double], ctypes.c_float
    """
    messages = check(tmp_path, source, DEMO)
    assert messages == [
        "`point_norm` parameter 1 `p` is Point, argtypes says c_double",
        "`point_norm` returns double, restype says c_float",
    ]


def test_a_name_rebound_to_something_unknown_is_forgotten(tmp_path):
    source = PRELUDE + "T = ctypes.c_float\nT = make_type()\nlib.point_norm.restype = T\n"
    assert check(tmp_path, source, DEMO) == []
