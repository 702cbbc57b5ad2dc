"""Every ``argtypes``/``restype`` the book's scripts declare, checked against the C header.

A script says what a function takes and returns twice: once in the cbindgen header the
library ships (``cdylib/<crate>/<crate>.h``, read here by :mod:`bookkit.headers` with
pycparser), and once by hand, in the ``argtypes`` and ``restype`` it assigns. Nothing in
ctypes compares the two; a wrong one is a wrong result or a crash at run time. This module
reads each script with Python's ``ast`` (nothing is run or imported), works out which
library each ``CDLL(library_path("crate"))`` names and what each type expression means,
and reports the first disagreement per declaration in words::

    examples/x/y.py:12: `average` returns double, restype says c_int

What it cannot resolve statically (a type built in a loop, a function picked by a
variable name) is left unchecked, never guessed. Scripts whose mismatches are the point of
their chapter are listed in ``DELIBERATE``: there, a mismatch is expected, and the test
fails if one of them stops mismatching.
"""

from __future__ import annotations

import ast
import ctypes
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import headers as cheaders
from . import paths
from .headers import CType, Header

# Scripts that declare a wrong signature on purpose (the chapter shows what happens then).
DELIBERATE: dict[str, str] = {
    "examples/04-signed-and-unsigned/unsigned.py": "reads a uint32_t back as c_int",
    "examples/07-returned-pointers/truncated_pointer.py": "a pointer cut to a c_int",
    "examples/30-enums-and-unions/by_value.py": "the union's fields reordered, to show libffi",
    "examples/23-name-errors/typo.py": "a misspelt function name",
    "examples/24-signature-errors/wrong_argtypes.py": "c_float for double, c_int for int64_t",
    "examples/41-checking-signatures/check_by_hand.py": "two planted mismatches to catch",
}

# --------------------------------------------------------------------------- what a script says
#
# A type expression becomes one of these small descriptions:
#   Simple("c_int")                 a ctypes simple type (also c_void_p, c_char_p...)
#   Void()                          None, as a restype
#   Pointer(target)                 ctypes.POINTER(target)
#   Array(item, n)                  item * n
#   Struct(name, fields)            a Structure/Union subclass; fields None when unknown
#   Function(ret, args)             CFUNCTYPE(ret, *args)
# and anything else is None: not known, so not checked.


@dataclass(frozen=True)
class Simple:
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Void:
    def __str__(self) -> str:
        return "None"


@dataclass(frozen=True)
class Pointer:
    target: object

    def __str__(self) -> str:
        return f"POINTER({self.target})"


@dataclass(frozen=True)
class Array:
    item: object
    length: int | None

    def __str__(self) -> str:
        return f"{self.item} * {self.length if self.length is not None else '?'}"


@dataclass(frozen=True, eq=False)
class Struct:
    name: str
    fields: tuple[tuple[str, object], ...] | None = None
    union: bool = False

    def __str__(self) -> str:
        return f"{self.name} (a {'Union' if self.union else 'Structure'})"


@dataclass(frozen=True)
class Bits:
    """A bit field's type: `("red", c_uint16, 5)`."""

    kind: object

    def __str__(self) -> str:
        return f"{self.kind} bits"


@dataclass(frozen=True)
class Function:
    ret: object
    args: tuple[object, ...]

    def __str__(self) -> str:
        return f"CFUNCTYPE({', '.join(str(a) for a in (self.ret, *self.args))})"


@dataclass(frozen=True)
class Library:
    crate: str


@dataclass(frozen=True)
class Bound:
    """`lib.name`: one function of one library."""

    crate: str
    name: str


@dataclass
class Declaration:
    path: Path
    line: int
    crate: str
    function: str
    kind: str  # "argtypes" or "restype"
    value: object  # a tuple of descriptions for argtypes, one description for restype

    def where(self) -> str:
        return f"{paths.rel(self.path)}:{self.line}"


@dataclass
class Mismatch:
    declaration: Declaration
    message: str

    def __str__(self) -> str:
        return f"{self.declaration.where()}: {self.message}"


CTYPES_NAMES = {n for n in dir(ctypes) if n.startswith("c_")} | {"py_object"}
WRAPPERS = {"POINTER", "CFUNCTYPE", "PYFUNCTYPE", "Structure", "Union", "LittleEndianStructure",
            "BigEndianStructure", "CDLL", "PyDLL"}  # fmt: skip


class _Script(ast.NodeVisitor):
    """Reads one script top to bottom, keeping what each name means."""

    def __init__(self, path: Path):
        self.path = path
        self.names: dict[str, object] = {}
        self.ctypes_modules = {"ctypes"}
        self.found: list[Declaration] = []

    # ---- names
    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            if a.name == "ctypes":
                self.ctypes_modules.add(a.asname or "ctypes")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module == "ctypes":
            for a in node.names:
                if a.name in CTYPES_NAMES or a.name in WRAPPERS:
                    self.names[a.asname or a.name] = ("ctypes", a.name)
                elif a.name == "*":
                    for n in CTYPES_NAMES | WRAPPERS:
                        self.names[n] = ("ctypes", n)
        elif node.module == "workbook":
            for a in node.names:
                if a.name == "library_path":
                    self.names[a.asname or a.name] = ("library_path",)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        kinds = {self.ctypes_attr(b) for b in node.bases}
        base_structs = [self.value(b) for b in node.bases]
        union = "Union" in kinds
        if kinds & {"Structure", "Union", "LittleEndianStructure", "BigEndianStructure"} or any(
            isinstance(b, Struct) for b in base_structs
        ):
            self.names[node.name] = Struct(node.name, None, union)  # for self-reference
            fields = None
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "_fields_" for t in stmt.targets
                ):
                    fields = self.fields(stmt.value)
            inherited = next((b for b in base_structs if isinstance(b, Struct)), None)
            if fields is None and inherited is not None:
                fields = inherited.fields
            self.names[node.name] = Struct(node.name, fields, union)
        self.generic_visit(node)

    def fields(self, node: ast.expr) -> tuple | None:
        if not isinstance(node, ast.List | ast.Tuple):
            return None
        out = []
        for item in node.elts:
            if not isinstance(item, ast.Tuple) or len(item.elts) not in (2, 3):
                return None
            name = item.elts[0].value if isinstance(item.elts[0], ast.Constant) else "?"
            kind = self.value(item.elts[1])
            out.append((name, Bits(kind) if len(item.elts) == 3 else kind))
        return tuple(out)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self.assign(target, node.value, node.lineno)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.assign(node.target, node.value, node.lineno)

    def assign(self, target: ast.expr, value: ast.expr, line: int) -> None:
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            if len(target.elts) == len(value.elts):
                for t, v in zip(target.elts, value.elts, strict=True):
                    self.assign(t, v, line)
            return
        if isinstance(target, ast.Name):
            meaning = self.value(value)
            if meaning is not None:
                self.names[target.id] = meaning
            else:
                self.names.pop(target.id, None)
            return
        if isinstance(target, ast.Attribute) and target.attr in ("argtypes", "restype"):
            bound = self.value(target.value)
            if not isinstance(bound, Bound):
                return
            if target.attr == "argtypes":
                if not isinstance(value, ast.List | ast.Tuple) or any(
                    isinstance(e, ast.Starred) for e in value.elts
                ):
                    return
                declared: object = tuple(self.value(e) for e in value.elts)
            else:
                declared = self.value(value)
                if declared is None:
                    return
            self.found.append(
                Declaration(self.path, line, bound.crate, bound.name, target.attr, declared)
            )

    # ---- what an expression means
    def ctypes_attr(self, node: ast.expr) -> str | None:
        """`ctypes.c_int` or an imported `c_int`: "c_int"."""
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in self.ctypes_modules
        ):
            return node.attr
        if isinstance(node, ast.Name):
            meaning = self.names.get(node.id)
            if isinstance(meaning, tuple) and meaning[0] == "ctypes":
                return meaning[1]
        return None

    def value(self, node: ast.expr) -> object:
        if isinstance(node, ast.Constant) and node.value is None:
            return Void()
        name = self.ctypes_attr(node)
        if name is not None:
            if name in CTYPES_NAMES:
                return Simple(name)
            return ("ctypes", name)
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = self.value(node.value)
            if isinstance(owner, Library):
                return Bound(owner.crate, node.attr)
            return None
        if isinstance(node, ast.Subscript):  # lib["name"]
            owner = self.value(node.value)
            if isinstance(owner, Library) and isinstance(node.slice, ast.Constant):
                return Bound(owner.crate, str(node.slice.value))
            return None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
            item = self.value(node.left)
            n = node.right.value if isinstance(node.right, ast.Constant) else None
            return Array(item, n) if item is not None else None
        if isinstance(node, ast.Call):
            return self.call(node)
        return None

    def call(self, node: ast.Call) -> object:
        func = self.ctypes_attr(node.func)
        args = node.args
        if func == "POINTER" and len(args) == 1:
            target = self.value(args[0])
            return Pointer(target) if target is not None else None
        if func in ("CFUNCTYPE", "PYFUNCTYPE") and args:
            ret, *params = (self.value(a) for a in args)
            return Function(ret, tuple(params))
        if func in ("CDLL", "PyDLL") and args:
            crate = self.crate(args[0])
            return Library(crate) if crate else None
        if isinstance(node.func, ast.Name) and node.func.id == "getattr" and len(args) >= 2:
            owner = self.value(args[0])
            if isinstance(owner, Library) and isinstance(args[1], ast.Constant):
                return Bound(owner.crate, str(args[1].value))
        return None

    def crate(self, node: ast.expr) -> str | None:
        """The crate a CDLL's argument names: `library_path("x")`, `str(library_path("x"))`."""
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None)
            if (
                name == "library_path"
                or self.names.get(name) == ("library_path",)
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "library_path")
            ):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    return first.value
                return None
            if getattr(node.func, "id", None) == "str" and node.args:
                return self.crate(node.args[0])
        if isinstance(node, ast.Name):
            meaning = self.names.get(node.id)
            return meaning[1] if isinstance(meaning, tuple) and meaning[0] == "path" else None
        return None


class _PathAware(_Script):
    """Also remembers `path = library_path("x")`, so `CDLL(path)` names the crate."""

    def assign(self, target: ast.expr, value: ast.expr, line: int) -> None:
        if isinstance(target, ast.Name):
            crate = self.crate(value)
            if crate is not None:
                self.names[target.id] = ("path", crate)
                return
        super().assign(target, value, line)


def declarations_in(source: str, path: Path) -> list[Declaration]:
    reader = _PathAware(path)
    tree = ast.parse(source, filename=str(path))
    reader.visit(tree)
    return reader.found


def declarations(path: Path) -> list[Declaration]:
    return declarations_in(path.read_text(encoding="utf-8"), path)


# --------------------------------------------------------------------------- comparing

SIGNED = set("bhilq")
UNSIGNED = set("BHILQ")


def _code(name: str) -> tuple[str, int] | None:
    """A ctypes simple type's kind and size: ("int+", 4), ("float", 8), ("ptr", 8)..."""
    cls = getattr(ctypes, name, None)
    code = getattr(cls, "_type_", None)
    if not isinstance(code, str):
        return None
    size = ctypes.sizeof(cls)
    if code in SIGNED:
        return ("signed", size)
    if code in UNSIGNED:
        return ("unsigned", size)
    if code == "c":
        return ("char", 1)
    return {"f": ("float", 4), "d": ("float", 8), "g": ("float", size), "?": ("bool", 1),
            "u": ("wchar", size), "z": ("char*", 8), "Z": ("wchar*", 8), "P": ("void*", 8),
            "O": ("object", 8)}.get(code)  # fmt: skip


# The C scalar types a cbindgen header uses, as ctypes types (LP64, as headers.PRELUDE).
C_SCALARS = {
    "char": ctypes.c_char, "signed char": ctypes.c_byte, "unsigned char": ctypes.c_ubyte,
    "short": ctypes.c_short, "unsigned short": ctypes.c_ushort,
    "int": ctypes.c_int, "unsigned int": ctypes.c_uint,
    "long": ctypes.c_long, "unsigned long": ctypes.c_ulong,
    "long long": ctypes.c_longlong, "unsigned long long": ctypes.c_ulonglong,
    "int8_t": ctypes.c_int8, "uint8_t": ctypes.c_uint8, "int16_t": ctypes.c_int16,
    "uint16_t": ctypes.c_uint16, "int32_t": ctypes.c_int32, "uint32_t": ctypes.c_uint32,
    "int64_t": ctypes.c_int64, "uint64_t": ctypes.c_uint64,
    "size_t": ctypes.c_size_t, "ptrdiff_t": ctypes.c_ssize_t,
    "intptr_t": ctypes.c_ssize_t, "uintptr_t": ctypes.c_size_t,
    "float": ctypes.c_float, "double": ctypes.c_double,
    "bool": ctypes.c_bool, "wchar_t": ctypes.c_wchar,
}  # fmt: skip


def _c_scalar(t: CType, head: Header) -> tuple[str, int] | None:
    base = cheaders.NORMAL.get(t.base, t.base)
    if base in head.enums:
        return ("enum", 4)
    if base in C_SCALARS:
        return _code(C_SCALARS[base].__name__)
    return None


def c_text(t: CType) -> str:
    return t.text


class _Compare:
    def __init__(self, head: Header):
        self.head = head

    def differs(self, c: CType, said: object, depth: int = 0) -> bool:
        """True when the declaration `said` cannot be right for the C type `c`."""
        if said is None or depth > 6:
            return False  # not known: not checked
        if c.function is not None and c.pointers == 0:
            return self.function_differs(c, said, depth)
        if c.function is not None:  # a pointer to a callback
            return not (
                isinstance(said, Pointer | Array) or said == Simple("c_void_p")
            ) and not isinstance(said, Function)
        if c.is_void:
            return not isinstance(said, Void)
        if c.pointers == 0 and c.array is None:
            return self.value_differs(c, said, depth)
        return self.pointer_differs(c, said, depth)

    def value_differs(self, c: CType, said: object, depth: int) -> bool:
        if c.base in self.head.structs or c.base in self.head.unions:
            if not isinstance(said, Struct):
                return True
            union = c.base in self.head.unions
            if said.union != union:
                return True
            fields = (self.head.unions if union else self.head.structs)[c.base]
            if said.fields is None:
                return False
            mine = list(said.fields)
            if c.base in self.head.layout:  # aligned: the script may pad by hand
                while len(mine) > len(fields) and str(mine[-1][0]).startswith("_"):
                    mine.pop()
            if len(mine) != len(fields):
                return True
            said = Struct(said.name, tuple(mine), said.union)
            return any(
                self.differs(ft, st, depth + 1)
                for (_, ft), (_, st) in zip(fields, said.fields, strict=True)
            )
        if c.base in self.head.opaque:
            return True  # an opaque type is never passed by value
        want = _c_scalar(c, self.head)
        if isinstance(said, Struct) and said.fields and want is not None:
            # C's view of a bit-field struct is its storage unit: `typedef uint16_t Rgb565;`
            return not all(
                isinstance(t, Bits) and not self.value_differs(c, t.kind, depth + 1)
                for _, t in said.fields
            )
        if not isinstance(said, Simple) or want is None:
            return want is not None or not isinstance(said, Simple | Struct)
        got = _code(said.name)
        if got is None:
            return False
        if want == got:
            return False
        if want[0] == "enum":  # a C enum is an int: either signedness of 4 bytes
            return got not in (("signed", 4), ("unsigned", 4))
        if want[1] == 1 and got[1] == 1 and {want[0], got[0]} <= {"char", "signed", "unsigned"}:
            return False  # char, int8_t, uint8_t: one byte either way
        return True

    def pointer_differs(self, c: CType, said: object, depth: int) -> bool:
        if isinstance(said, Simple):
            if said.name == "c_void_p":
                return False  # any pointer fits a void pointer
            if said.name == "py_object":  # a PyObject * handed through as `void *user_data`
                return not (c.pointers == 1 and c.base == "void")
            code = _code(said.name)
            if code and code[0] == "char*":
                return not (c.pointers == 1 and c.base in ("char", "int8_t", "uint8_t"))
            if code and code[0] == "wchar*":
                return not (c.pointers == 1 and c.base == "wchar_t")
            return True
        if isinstance(said, Pointer | Array):
            target = said.target if isinstance(said, Pointer) else said.item
            if c.array is not None:  # a struct field `double xs[3]`
                if not isinstance(said, Array):
                    return True
                if said.length is not None and said.length != c.array:
                    return True
                inner = CType(c.text, c.base, c.pointers, c.const, c.function)
                return self.differs(inner, target, depth + 1)
            inner = c.pointee()
            if inner.pointers == 0 and (inner.base == "void" or inner.base in self.head.opaque):
                return False  # void * or Opaque *: whatever the script points to
            return self.differs(inner, target, depth + 1)
        if isinstance(said, Function):
            return True
        return isinstance(said, Void | Struct)

    def function_differs(self, c: CType, said: object, depth: int) -> bool:
        if isinstance(said, Simple):
            return said.name != "c_void_p"
        if not isinstance(said, Function):
            return True
        ret, params = c.function
        if len(params) != len(said.args):
            return True
        if ret.is_void:
            if not isinstance(said.ret, Void | type(None)):
                return True
        elif self.differs(ret, said.ret, depth + 1):
            return True
        return any(self.differs(p, s, depth + 1) for p, s in zip(params, said.args, strict=True))


def check_declaration(d: Declaration, head: Header | None) -> str | None:
    """The first mismatch between one declaration and the header, in words, or None."""
    if head is None:
        return None
    fn = next((f for f in head.functions if f.name == d.function), None)
    if fn is None:
        return f"`{d.function}` is not declared in {paths.rel(head.path)}"
    compare = _Compare(head)
    if d.kind == "restype":
        if compare.differs(fn.ret, d.value):
            return f"`{fn.name}` returns {fn.ret.text}, restype says {d.value}"
        return None
    params = [p for p in fn.params if p.name != "..."]
    variadic = len(params) != len(fn.params)
    said = d.value
    if len(said) != len(params) and not (variadic and len(said) > len(params)):
        listed = ", ".join(f"{p.type.text} {p.name}" for p in params) or "void"
        return (
            f"`{fn.name}` takes {len(params)} parameter{'s' * (len(params) != 1)} ({listed}), "
            f"argtypes lists {len(said)}"
        )
    for i, (p, s) in enumerate(zip(params, said, strict=False), 1):
        if compare.differs(p.type, s):
            return f"`{fn.name}` parameter {i} `{p.name}` is {p.type.text}, argtypes says {s}"
    return None


# --------------------------------------------------------------------------- the book


def scripts() -> list[Path]:
    """The scripts whose declarations the book checks: the examples and the exercise
    solutions (a starter may be wrong on purpose: the learner fixes it)."""
    found = sorted(paths.EXAMPLES.rglob("*.py")) + sorted(paths.EXERCISES.glob("*/solution/*.py"))
    return [p for p in found if "__pycache__" not in p.parts]


def headers_by_crate() -> dict[str, Header]:
    return {h.library: h for h in cheaders.headers()}


@dataclass
class Report:
    checked: int
    unchecked_crates: dict[str, int]  # crates without a cbindgen header: declarations seen
    mismatches: list[Mismatch]


def check_files(files: Iterable[Path], by_crate: dict[str, Header] | None = None) -> Report:
    by_crate = headers_by_crate() if by_crate is None else by_crate
    report = Report(0, {}, [])
    for path in files:
        for d in declarations(path):
            head = by_crate.get(d.crate)
            if head is None:
                report.unchecked_crates[d.crate] = report.unchecked_crates.get(d.crate, 0) + 1
                continue
            report.checked += 1
            message = check_declaration(d, head)
            if message:
                report.mismatches.append(Mismatch(d, message))
    return report


def first_mismatches(report: Report) -> list[Mismatch]:
    """The first mismatch of each function in each file."""
    seen, out = set(), []
    for m in report.mismatches:
        key = (m.declaration.path, m.declaration.function)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or scripts()
    report = check_files(files)
    unexpected = [m for m in report.mismatches if paths.rel(m.declaration.path) not in DELIBERATE]
    for m in first_mismatches(report):
        note = " (deliberate)" if m not in unexpected else ""
        print(f"{m}{note}")
    print(
        f"{report.checked} declarations checked against the headers in {len(files)} scripts; "
        f"{len(unexpected)} mismatch{'es' * (len(unexpected) != 1)}"
    )
    if report.unchecked_crates:
        names = ", ".join(sorted(report.unchecked_crates))
        print(f"not checked (no cbindgen header): {names}")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
