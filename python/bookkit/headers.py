"""The library crates' C headers (written by cbindgen), read with a real C parser.

``cdylib/<crate>/<crate>.h`` is what a C programmer, or a ctypes user, reads to call the
library: its functions, its ``#define`` constants (error codes), its struct, enum and
callback typedefs. This module reads them with pycparser, so the boundary property tests
and the signature checks see the same declarations a C compiler sees.

pycparser parses C, not the preprocessor: the ``#include`` and ``#define`` lines are taken
out first (integer ``#define`` constants are read with a regular expression, the only form
cbindgen writes), and the standard typedefs those includes would have provided (``size_t``,
``int32_t``, ``bool``...) are declared in a small prelude.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pycparser import c_ast, c_parser

from . import paths

# What <stdint.h>, <stddef.h>, <stdbool.h> and <wchar.h> give a cbindgen header, for LP64.
PRELUDE = """
typedef signed char int8_t; typedef unsigned char uint8_t;
typedef short int16_t; typedef unsigned short uint16_t;
typedef int int32_t; typedef unsigned int uint32_t;
typedef long int64_t; typedef unsigned long uint64_t;
typedef unsigned long size_t; typedef long ptrdiff_t;
typedef long intptr_t; typedef unsigned long uintptr_t;
typedef int wchar_t; typedef _Bool bool;
typedef struct __va_list_tag va_list;
"""
PRELUDE_NAMES = set(re.findall(r"(\w+);", PRELUDE))
DEFINE = re.compile(r"^#define (\w+) \(?(-?(?:0x[0-9a-fA-F]+|\d+))\)?\s*$", re.M)
COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
PREPROCESSOR = re.compile(r"^\s*#[^\n]*", re.M)


@dataclass(frozen=True)
class CType:
    """A C type: `base` without qualifiers, `pointers` stars, or a function pointer."""

    text: str  # as C writes it: "const double *"
    base: str  # "double", "Point", "fn"
    pointers: int = 0
    const: bool = False  # the pointee (or the value) is const
    function: tuple[CType, tuple[CType, ...]] | None = None  # (return, params)
    array: int | None = None  # a fixed-size array field: `uint8_t bytes[4]`

    @property
    def is_void(self) -> bool:
        return self.base == "void" and self.pointers == 0 and self.function is None

    def pointee(self) -> CType:
        """The type one star down: `double *` -> `double`."""
        return CType(self.base, self.base, self.pointers - 1, False)


@dataclass(frozen=True)
class Param:
    name: str
    type: CType


@dataclass
class Function:
    library: str
    name: str
    ret: CType
    params: list[Param]
    header: Path

    @property
    def key(self) -> str:
        return f"{self.library}.{self.name}"


@dataclass
class Header:
    library: str
    path: Path
    functions: list[Function] = field(default_factory=list)
    constants: dict[str, int] = field(default_factory=dict)
    structs: dict[str, list[tuple[str, CType]]] = field(default_factory=dict)
    unions: dict[str, list[tuple[str, CType]]] = field(default_factory=dict)
    enums: dict[str, dict[str, int]] = field(default_factory=dict)  # name -> {variant: value}
    aliases: dict[str, CType] = field(default_factory=dict)  # typedef uint8_t Shape;
    opaque: set[str] = field(default_factory=set)
    callbacks: dict[str, CType] = field(default_factory=dict)
    # "packed", or the alignment N, of a struct that #[repr(C, packed)] or #[repr(align(N))]
    # made cbindgen declare with an attribute macro (`typedef struct LAYOUTS_PACKED {...}`)
    layout: dict[str, str | int] = field(default_factory=dict)

    def function(self, name: str) -> Function:
        return next(f for f in self.functions if f.name == name)


class HeaderError(Exception):
    pass


# --------------------------------------------------------------------------- parsing


PACKED_MACRO = re.compile(r"^#define (\w+) __attribute__\(\(packed\)\)\s*$", re.M)
ALIGNED_MACRO = re.compile(r"^#define (\w+)\(n\) __attribute__\(\(aligned\(n\)\)\)\s*$", re.M)


C23_ONLY = re.compile(r"^#if __STDC_VERSION__ >= 202311L\b")


def before_c23(text: str) -> str:
    """The header as a C11 compiler sees it: cbindgen guards a `#[repr(u8)]` enum's C23
    form (`enum Level : uint8_t`) with `#if __STDC_VERSION__ >= 202311L`; keep the `#else`."""
    kept, stack = [], []  # stack: True for a C23-only block, False for any other #if
    for line in text.splitlines(keepends=True):
        directive = line.strip()
        if directive.startswith("#if"):
            stack.append(bool(C23_ONLY.match(directive)))
        elif directive.startswith("#else") and stack and stack[-1]:
            stack[-1] = False
            continue
        elif directive.startswith("#endif") and stack:
            stack.pop()
        if not any(stack):
            kept.append(line)
    return "".join(kept)


def source_of(text: str) -> str:
    """The header as pycparser can read it: no comments, no preprocessor lines, no
    attribute macros (their meaning is kept in Header.layout)."""
    code = PREPROCESSOR.sub("", COMMENTS.sub("", before_c23(text)))
    for macro in PACKED_MACRO.findall(text) + ALIGNED_MACRO.findall(text):
        code = re.sub(rf"\b{macro}\b(?:\(\d+\))?", "", code)
    return PRELUDE + code


def attribute_layouts(text: str) -> dict[str, str | int]:
    """Which structs are declared packed or aligned, through cbindgen's `[layout]` macros."""
    code = COMMENTS.sub("", text)
    found: dict[str, str | int] = {}
    for macros, kind in (
        (PACKED_MACRO.findall(text), "packed"),
        (ALIGNED_MACRO.findall(text), "aligned"),
    ):
        for macro in macros:
            pattern = rf"typedef struct {macro}(?:\((\d+)\))?\s*(?:\w+\s*)?\{{[^}}]*\}}\s*(\w+);"
            for m in re.finditer(pattern, code):
                found[m[2]] = "packed" if kind == "packed" else int(m[1])
    return found


def parse_text(text: str, library: str, path: Path) -> Header:
    head = Header(library, path)
    for name, value in DEFINE.findall(COMMENTS.sub("", text)):
        head.constants[name] = int(value, 0)
    head.layout = attribute_layouts(text)
    try:
        ast = c_parser.CParser().parse(source_of(text), filename=str(path))
    except Exception as e:  # pycparser's ParseError names the line
        raise HeaderError(f"{paths.rel(path)}: {e}") from None
    reader = _Reader(head)
    for node in ast.ext:
        reader.top_level(node)
    return head


def parse_header(path: Path) -> Header:
    return parse_text(path.read_text(encoding="utf-8"), path.stem, path)


class _Reader:
    def __init__(self, head: Header):
        self.head = head

    def top_level(self, node: c_ast.Node) -> None:
        if isinstance(node, c_ast.Typedef):
            if node.name in PRELUDE_NAMES:
                return
            self.typedef(node)
        elif isinstance(node, c_ast.Decl):
            if isinstance(node.type, c_ast.FuncDecl):
                self.function(node)
            elif isinstance(node.type, c_ast.Struct | c_ast.Union | c_ast.Enum):
                self.aggregate(node.type, node.type.name)

    def typedef(self, node: c_ast.Typedef) -> None:
        inner = node.type
        if isinstance(inner, c_ast.TypeDecl) and isinstance(
            inner.type, c_ast.Struct | c_ast.Union | c_ast.Enum
        ):
            agg = inner.type
            body = agg.values if isinstance(agg, c_ast.Enum) else agg.decls
            if body is None:
                if agg.name and (agg.name in self.head.structs or agg.name in self.head.unions):
                    self.alias_aggregate(node.name, agg.name)
                else:
                    self.head.opaque.add(node.name)  # typedef struct Accumulator Accumulator;
                return
            self.aggregate(agg, node.name)
            return
        if isinstance(inner, c_ast.PtrDecl) and isinstance(inner.type, c_ast.FuncDecl):
            self.head.callbacks[node.name] = self.ctype(inner)
            return
        self.head.aliases[node.name] = self.ctype(inner)

    def alias_aggregate(self, name: str, tag: str) -> None:
        if tag in self.head.structs:
            self.head.structs[name] = self.head.structs[tag]
        else:
            self.head.unions[name] = self.head.unions[tag]

    def aggregate(self, agg: c_ast.Node, name: str | None) -> None:
        if name is None:
            return
        if isinstance(agg, c_ast.Enum):
            values, last = {}, -1
            for item in agg.values.enumerators if agg.values else []:
                last = self.constant(item.value) if item.value is not None else last + 1
                values[item.name] = last
            self.head.enums[name] = values
            return
        fields = [(d.name, self.ctype(d.type)) for d in agg.decls or []]
        target = self.head.unions if isinstance(agg, c_ast.Union) else self.head.structs
        target[name] = fields
        if agg.name and agg.name != name:
            target[agg.name] = fields

    def constant(self, node: c_ast.Node) -> int:
        if isinstance(node, c_ast.Constant):
            return int(node.value.rstrip("uUlL"), 0)
        if isinstance(node, c_ast.UnaryOp) and node.op == "-":
            return -self.constant(node.expr)
        if isinstance(node, c_ast.ID) and node.name in self.head.constants:
            return self.head.constants[node.name]
        raise HeaderError(f"{paths.rel(self.head.path)}: cannot read the constant {node}")

    def function(self, node: c_ast.Decl) -> None:
        decl: c_ast.FuncDecl = node.type
        params = []
        for i, p in enumerate(decl.args.params if decl.args else []):
            if isinstance(p, c_ast.EllipsisParam):
                params.append(Param("...", CType("...", "...")))
                continue
            t = self.ctype(p.type)
            if t.is_void and p.name is None:
                continue  # f(void)
            params.append(Param(p.name or f"arg{i}", t))
        ret = self.ctype(decl.type)
        self.head.functions.append(
            Function(self.head.library, node.name, ret, params, self.head.path)
        )

    def ctype(self, node: c_ast.Node) -> CType:
        if isinstance(node, c_ast.PtrDecl):
            if isinstance(node.type, c_ast.FuncDecl):
                fn = node.type
                ret = self.ctype(fn.type)
                args = tuple(
                    self.ctype(p.type)
                    for p in (fn.args.params if fn.args else [])
                    if not (isinstance(p, c_ast.Typename | c_ast.Decl) and _is_plain_void(p))
                )
                text = f"{ret.text} (*)({', '.join(a.text for a in args) or 'void'})"
                return CType(text, "fn", 0, False, (ret, args))
            inner = self.ctype(node.type)
            if inner.function:  # pointer to a callback typedef
                return CType(inner.text + " *", inner.base, 1, False, inner.function)
            return CType(inner.text.rstrip() + " *", inner.base, inner.pointers + 1, inner.const)
        if isinstance(node, c_ast.ArrayDecl):
            inner = self.ctype(node.type)
            size = self.constant(node.dim) if node.dim is not None else None
            return CType(f"{inner.text}[{size}]", inner.base, inner.pointers, inner.const,
                         inner.function, size)  # fmt: skip
        if isinstance(node, c_ast.TypeDecl):
            const = "const" in (node.quals or [])
            inner = node.type
            if isinstance(inner, c_ast.IdentifierType):
                base = " ".join(inner.names)
                if base in self.head.callbacks:
                    return self.head.callbacks[base]
                if base in self.head.aliases:  # typedef uint8_t Shape;
                    alias = self.head.aliases[base]
                    return CType(base, alias.base, alias.pointers, const or alias.const)
                base = NORMAL.get(base, base)
                return CType(("const " if const else "") + base, base, 0, const)
            if isinstance(inner, c_ast.Struct | c_ast.Union | c_ast.Enum):
                name = inner.name or "?"
                return CType(("const " if const else "") + name, name, 0, const)
        if isinstance(node, c_ast.Typename):
            return self.ctype(node.type)
        raise HeaderError(f"{paths.rel(self.head.path)}: cannot read the type {node!r}")


def _is_plain_void(p: c_ast.Node) -> bool:
    t = p.type
    return (
        isinstance(t, c_ast.TypeDecl)
        and isinstance(t.type, c_ast.IdentifierType)
        and t.type.names == ["void"]
        and p.name is None
    )


# C spellings that mean the same type, as pycparser keeps them word by word.
NORMAL = {
    "signed": "int",
    "signed int": "int",
    "unsigned": "unsigned int",
    "long int": "long",
    "signed long": "long",
    "unsigned long int": "unsigned long",
    "long long int": "long long",
    "unsigned long long int": "unsigned long long",
    "short int": "short",
    "unsigned short int": "unsigned short",
    "_Bool": "bool",
}


# --------------------------------------------------------------------------- the book's


def library_crates() -> list[str]:
    """Every crate that builds a library the book loads (it has a cbindgen.toml)."""
    return sorted(p.parent.name for p in paths.CDYLIB.glob("*/cbindgen.toml"))


@cache
def headers() -> tuple[Header, ...]:
    found = []
    for crate in library_crates():
        path = paths.CDYLIB / crate / f"{crate}.h"
        if path.is_file():
            found.append(parse_header(path))
    return tuple(found)


def header(library: str) -> Header:
    return next(h for h in headers() if h.library == library)


def functions() -> list[Function]:
    return [f for h in headers() for f in h.functions]
