"""Boundary inputs for every exported function, driven through ctypes the way a reader would.

Used by ``tests/test_properties.py``. Three parts:

1. **Discovery.** Every library crate's generated header ``cdylib/<crate>/<crate>.h`` is
   parsed: its functions, the ``#define`` constants (error codes), the struct and callback
   typedefs. A function added to a crate is therefore tested (or reported as untested)
   without anyone editing this file.
2. **Signatures and inputs.** Each C parameter type becomes the ``argtypes`` entry a reader
   would write (``const char *`` -> ``c_char_p``, ``double *`` -> ``POINTER(c_double)``,
   ``Point`` -> a ``Structure``...) and a Hypothesis strategy of *boundary* inputs: the
   minimum and maximum of each integer type, 0, -1, NaN and infinities, NULL for every
   pointer, empty, huge and non-UTF-8 strings, zero-length buffers, and lengths that are 0,
   negative or (with a NULL pointer) huge. A pointer that is not NULL is always a real
   buffer at least as long as the length passed with it: lying about a buffer's size is the
   caller's undefined behaviour, which no callee can detect.
3. **A forked worker.** The calls run in a child process (``os.fork``) that holds the loaded
   libraries, with its address space limited to ``MEMORY_LIMIT`` so that a huge allocation
   fails instead of swapping. If a call kills it (SIGSEGV, SIGABRT from a panic or a failed
   allocation) or hangs, the parent reports the exact call, restarts the worker, and
   Hypothesis goes on shrinking to the smallest input that still crashes.
"""

from __future__ import annotations

import ctypes
import faulthandler
import functools
import math
import multiprocessing
import re
import resource
import signal
import struct
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "python"))

from workbook import library_path  # noqa: E402

CDYLIB = ROOT / "cdylib"
MEMORY_LIMIT = 1 << 30  # bytes of address space for the worker: a 1 GiB malloc must fail
CALL_TIMEOUT = 20.0  # seconds for one call before it counts as a hang

# --------------------------------------------------------------------------- C types

INTEGERS: dict[str, tuple[Any, int, bool]] = {
    # C spelling: (ctypes type, bits, signed)
    "char": (ctypes.c_char, 8, True),
    "signed char": (ctypes.c_byte, 8, True),
    "unsigned char": (ctypes.c_ubyte, 8, False),
    "short": (ctypes.c_short, 16, True),
    "unsigned short": (ctypes.c_ushort, 16, False),
    "int": (ctypes.c_int, 32, True),
    "unsigned int": (ctypes.c_uint, 32, False),
    "long": (ctypes.c_long, 8 * ctypes.sizeof(ctypes.c_long), True),
    "unsigned long": (ctypes.c_ulong, 8 * ctypes.sizeof(ctypes.c_ulong), False),
    "long long": (ctypes.c_longlong, 64, True),
    "unsigned long long": (ctypes.c_ulonglong, 64, False),
    "int8_t": (ctypes.c_int8, 8, True),
    "uint8_t": (ctypes.c_uint8, 8, False),
    "int16_t": (ctypes.c_int16, 16, True),
    "uint16_t": (ctypes.c_uint16, 16, False),
    "int32_t": (ctypes.c_int32, 32, True),
    "uint32_t": (ctypes.c_uint32, 32, False),
    "int64_t": (ctypes.c_int64, 64, True),
    "uint64_t": (ctypes.c_uint64, 64, False),
    "size_t": (ctypes.c_size_t, 8 * ctypes.sizeof(ctypes.c_size_t), False),
    "ptrdiff_t": (ctypes.c_ssize_t, 8 * ctypes.sizeof(ctypes.c_ssize_t), True),
    "intptr_t": (ctypes.c_ssize_t, 8 * ctypes.sizeof(ctypes.c_ssize_t), True),
    "uintptr_t": (ctypes.c_size_t, 8 * ctypes.sizeof(ctypes.c_size_t), False),
}
FLOATS = {"float": (ctypes.c_float, 32), "double": (ctypes.c_double, 64)}
OTHER_SCALARS = {"bool": ctypes.c_bool, "wchar_t": ctypes.c_wchar}

# Parameter names that mean "how many elements the pointer(s) before me hold".
LENGTH_NAMES = {"n", "len", "length", "size", "count", "capacity", "cap", "num", "nbytes"}


def int_range(c: str) -> tuple[int, int]:
    _, bits, signed = INTEGERS[c]
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def limit_name(c: str, value: int) -> str:
    """`SIZE_MAX`, `INT_MIN`... for the extremes of a C integer type, for reports."""
    lo, hi = int_range(c)
    label = re.sub(r"_t$", "", c).replace("unsigned ", "u").replace(" ", "").upper()
    if value == hi:
        return f"{label}_MAX"
    if value == lo and lo < 0:
        return f"{label}_MIN"
    return ""


@dataclass(frozen=True)
class CType:
    """A parsed C type: `base` without const, `pointers` stars, or a function pointer."""

    text: str
    base: str
    pointers: int
    const: bool
    function: tuple[CType, tuple[CType, ...]] | None = None  # (return, params)
    count: int = 0  # a struct field declared as an array, `uint32_t counts[4]`: 4

    @property
    def is_void(self) -> bool:
        return self.base == "void" and self.pointers == 0 and self.function is None


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
    unparsed: str | None = None  # why the declaration could not be read, if it could not

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
    opaque: set[str] = field(default_factory=set)
    callbacks: dict[str, CType] = field(default_factory=dict)
    # "packed", or the alignment N of a struct declared `__attribute__((aligned(N)))`
    layout: dict[str, str | int] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # `typedef uint16_t Rgb565;`


def parse_type(text: str, callbacks: dict[str, CType] | None = None) -> CType:
    text = " ".join(text.split())
    fp = re.fullmatch(r"(.+?)\(\s*\*\s*\w*\s*\)\s*\((.*)\)", text)
    if fp:
        ret = parse_type(fp[1], callbacks)
        params = tuple(parse_type(strip_name(p), callbacks) for p in split_params(fp[2]))
        return CType(text, "fn", 0, False, (ret, params))
    const = bool(re.search(r"\bconst\b", text))
    stars = text.count("*")
    base = " ".join(re.sub(r"\bconst\b|\*", " ", text).split())
    base = base.removeprefix("struct ")  # `struct Node *`: cbindgen's style = "both"
    if callbacks and base in callbacks and stars == 0:
        return callbacks[base]
    return CType(text, base, stars, const)


def split_params(text: str) -> list[str]:
    """Split on commas that are not inside parentheses (function pointer parameters)."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts if p.strip() and p.strip() != "void"]


def strip_name(param: str) -> str:
    """`const double *values` -> `const double *`; `int (*f)(int)` stays as is."""
    if "(" in param:
        return param
    m = re.fullmatch(r"(.*?[\s*])(\w+)", param.strip())
    return m[1].strip() if m and m[1].strip() not in {"", "const"} else param


def param_of(text: str, callbacks: dict[str, CType]) -> Param:
    text = text.strip()
    fp = re.fullmatch(r"(.+?)\(\s*\*\s*(\w+)\s*\)\s*\((.*)\)", text)
    if fp:
        return Param(fp[2], parse_type(f"{fp[1]}(*)({fp[3]})", callbacks))
    m = re.fullmatch(r"(.*?[\s*])(\w+)", text)
    if not m:
        raise ValueError(f"cannot parse parameter {text!r}")
    return Param(m[2], parse_type(m[1], callbacks))


def parse_header(path: Path) -> Header:
    library = path.stem
    head = Header(library, path)
    text = path.read_text(encoding="utf-8")
    for name, value in re.findall(r"^#define (\w+) (-?\d+)\s*$", text, re.M):
        head.constants[name] = int(value)
    code = re.sub(r"//[^\n]*|/\*.*?\*/|^#[^\n]*", "", text, flags=re.S | re.M)
    code = " ".join(code.split())
    for stmt in (s.strip() for s in code.split(";")):
        if not stmt:
            continue
        if m := re.fullmatch(r"typedef struct (\w+) (\w+)", stmt):
            head.opaque.add(m[2])
        elif m := re.fullmatch(r"typedef struct (?:\w+ )?\{(.*)\} ?(\w+)", stmt + ";"):
            pass  # handled below with the field list
        if stmt.startswith("typedef struct") and "{" in stmt:
            continue  # struct bodies contain ';': parsed separately
        if (m := re.fullmatch(r"typedef ([\w ]+) (\w+)", stmt)) and m[1] in INTEGERS:
            head.aliases[m[2]] = m[1]  # a new name for an integer type: the same to ctypes
            continue
        if m := re.fullmatch(r"typedef (.+?)\(\s*\*\s*(\w+)\s*\)\s*\((.*)\)", stmt):
            head.callbacks[m[2]] = parse_type(f"{m[1]}(*)({m[3]})", head.callbacks)
            continue
        if stmt.startswith(("typedef", "extern", "}")) or "(" not in stmt:
            continue
        m = re.fullmatch(r"(.+?)\b(\w+)\s*\((.*)\)", stmt)
        if not m:
            continue
        ret, name, params = m[1], m[2], m[3]

        def resolve(t: CType) -> CType:
            return replace(t, base=head.aliases.get(t.base, t.base))

        fn = Function(library, name, resolve(parse_type(ret, head.callbacks)), [], path)
        try:
            fn.params = [param_of(p, head.callbacks) for p in split_params(params)]
            fn.params = [Param(p.name, resolve(p.type)) for p in fn.params]
        except ValueError as e:
            fn.unparsed = str(e)  # reported by the coverage test, not silently skipped
        head.functions.append(fn)
    # cbindgen spells #[repr(C, packed)] and #[repr(align(N))] with the macros that its
    # `[layout]` settings name, defined at the top of the header (cdylib/layouts).
    packed = {"__attribute__((packed))"}
    packed |= set(re.findall(r"^#define (\w+) __attribute__\(\(packed\)\)$", text, re.M))
    aligned = set(re.findall(r"^#define (\w+)\(n\) __attribute__\(\(aligned\(n\)\)\)$", text, re.M))
    declaration = (
        r"typedef struct (?:(?P<attr>[\w()]+) )?(?:\w+ )?\{(?P<body>[^}]*)\} ?(?P<name>\w+);"
    )
    for m in re.finditer(declaration, code):
        fields = []
        for decl in (d.strip() for d in m["body"].split(";")):
            if decl:
                fm = re.fullmatch(r"(.*?[\s*])(\w+)(?:\[(\d+)\])?", decl)
                t = parse_type(fm[1])
                fields.append(
                    (fm[2], CType(t.text, t.base, t.pointers, t.const, count=int(fm[3] or 0)))
                )
        head.structs[m["name"]] = fields
        attr = m["attr"] or ""
        if attr in packed:
            head.layout[m["name"]] = "packed"
        elif am := re.fullmatch(r"(\w+)\((\d+)\)", attr):
            if am[1] in aligned:
                head.layout[m["name"]] = int(am[2])
    return head


def library_crates() -> list[str]:
    """Every crate that builds a library the book loads (it has a cbindgen.toml)."""
    return sorted(p.parent.name for p in CDYLIB.glob("*/cbindgen.toml"))


@functools.cache
def headers() -> list[Header]:
    found = []
    for crate in library_crates():
        path = CDYLIB / crate / f"{crate}.h"
        if path.is_file():
            found.append(parse_header(path))
    return found


def functions() -> list[Function]:
    return [f for h in headers() for f in h.functions]


# --------------------------------------------------------------------------- ctypes

STRUCT_CACHE: dict[tuple[str, str], type] = {}


def ctypes_type(t: CType, head: Header) -> Any:
    """The argtypes/restype entry a reader writes for the C type `t`."""
    if t.function:
        ret, params = t.function
        return ctypes.CFUNCTYPE(
            None if ret.is_void else ctypes_type(ret, head),
            *(ctypes_type(p, head) for p in params),
        )
    if t.count:
        return ctypes_type(CType(t.text, t.base, t.pointers, t.const), head) * t.count
    if t.pointers == 0:
        if t.base == "void":
            return None
        if t.base in INTEGERS:
            return INTEGERS[t.base][0]
        if t.base in FLOATS:
            return FLOATS[t.base][0]
        if t.base in OTHER_SCALARS:
            return OTHER_SCALARS[t.base]
        if t.base in head.structs:
            return struct_type(t.base, head)
        raise Unsupported(f"no ctypes type for {t.text!r}")
    if t.pointers == 1:
        if t.base == "char" and t.const:
            return ctypes.c_char_p
        if t.base == "wchar_t" and t.const:
            return ctypes.c_wchar_p
        if t.base == "void" or t.base in head.opaque:
            return ctypes.c_void_p
        return ctypes.POINTER(ctypes_type(CType(t.base, t.base, 0, False), head))
    if t.pointers == 2:  # `const char *const *argv`, `Node **out`
        return ctypes.POINTER(ctypes_type(replace(t, pointers=1), head))
    raise Unsupported(f"no ctypes type for {t.text!r}")


def struct_type(name: str, head: Header) -> type:
    key = (head.library, name)
    if key not in STRUCT_CACHE:
        layout = head.layout.get(name)
        attributes: dict[str, Any] = {}
        if layout == "packed":
            attributes.update(_layout_="ms", _pack_=1)  # _layout_: 3.14+ asks for it with _pack_
        elif isinstance(layout, int):
            attributes.update(_align_=layout)  # honoured from 3.13 on
        # Cached before its fields exist, so that a struct can point to its own type
        # (`struct Node *next`): ctypes' incomplete types.
        cls = STRUCT_CACHE[key] = type(name, (ctypes.Structure,), attributes)
        fields = [(n, ctypes_type(t, head)) for n, t in head.structs[name]]
        if isinstance(layout, int):  # padding gives versions before 3.13 the right size
            natural = ctypes.sizeof(type("natural", (ctypes.Structure,), {"_fields_": fields}))
            if padding := -natural % layout:
                fields.append(("_padding", ctypes.c_ubyte * padding))
        cls._fields_ = fields
    return STRUCT_CACHE[key]


class Unsupported(Exception):
    """A parameter type this module cannot generate inputs for on its own."""


# --------------------------------------------------------------------------- inputs
#
# An input is plain data (picklable), made real in the worker:
#   int / float / bool / bytes / str / None  -> passed as is (None is NULL)
#   ("array", [values])                       -> an array of the pointee type
#   ("buffer", size)                          -> create_string_buffer(size)
#   ("bytes", size)                           -> a zeroed void buffer of `size` bytes
#   ("struct", (field values))                -> the Structure
#   ("callback", returns)                     -> a ctypes callback that returns `returns`
#   ("made_by", function, (args))             -> the pointer another function returns


def integers(c: str) -> st.SearchStrategy[int]:
    lo, hi = int_range(c)
    corners = sorted({v for v in (lo, lo + 1, -1, 0, 1, 2, hi - 1, hi) if lo <= v <= hi})
    return st.one_of(st.sampled_from(corners), st.integers(lo, hi))


def floats(c: str) -> st.SearchStrategy[float]:
    width = FLOATS[c][1]
    corners = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        math.inf,
        -math.inf,
        math.nan,
        5e-324 if width == 64 else 1e-45,
    ]
    corners.append(1.7976931348623157e308 if width == 64 else 3.4028234663852886e38)
    if width == 32:  # only values a C float can hold, so a round trip is exact
        corners = [struct.unpack("f", struct.pack("f", c))[0] for c in corners]
    return st.one_of(st.sampled_from(corners), st.floats(width=width))


C_STRINGS = st.one_of(
    st.none(),
    st.sampled_from([b"", b"\xff\xfe", b"caf\xc3\xa9", b"\xc3", b"x" * 100_000, b"21.5", b"-300"]),
    st.binary(max_size=64).map(lambda b: b.replace(b"\0", b"")),
)
WIDE_STRINGS = st.one_of(
    st.none(), st.sampled_from(["", "é", "😀" * 3, "x" * 100_000]), st.text(max_size=32)
)


def scalar_values(t: CType, head: Header) -> st.SearchStrategy:
    if t.base == "char":
        return st.binary(min_size=1, max_size=1)
    if t.base in INTEGERS:
        return integers(t.base)
    if t.base in FLOATS:
        return floats(t.base)
    if t.base == "bool":
        return st.booleans()
    if t.base == "wchar_t":
        return st.characters(exclude_categories=("Cs",))
    if t.base in head.structs:
        return st.tuples(*(field_values(ft, head) for _, ft in head.structs[t.base])).map(
            lambda v: ("struct", v)
        )
    raise Unsupported(f"cannot make values of type {t.text!r}")


def field_values(t: CType, head: Header) -> st.SearchStrategy:
    """Values of one struct field, as a ctypes Structure's constructor takes them: a nested
    struct or an array as a tuple, a `char` array as bytes; a pointer field is NULL."""
    if t.pointers and not t.count:
        return st.none()
    if t.count:
        if t.base == "char" and not t.pointers:
            return st.binary(max_size=t.count)
        element = field_values(CType(t.text, t.base, t.pointers, t.const), head)
        return st.lists(element, min_size=t.count, max_size=t.count).map(tuple)
    if not t.pointers and t.base in head.structs:
        return scalar_values(t, head).map(lambda v: v[1])
    return scalar_values(t, head)


def is_string(t: CType) -> bool:
    return t.pointers == 1 and t.const and t.base in {"char", "wchar_t"}


def is_length(p: Param) -> bool:
    return p.type.pointers == 0 and p.type.base in INTEGERS and p.name in LENGTH_NAMES


def callback_values(t: CType) -> st.SearchStrategy:
    ret = t.function[0]
    if ret.is_void:
        returns = st.just(None)
    elif ret.pointers == 0 and ret.base in INTEGERS:
        returns = st.sampled_from([0, 1, -1, int_range(ret.base)[1]])
    else:
        raise Unsupported(f"callback returning {ret.text!r}")
    return st.one_of(st.none(), returns.map(lambda r: ("callback", r)))


def check_supported(fn: Function, head: Header, overrides: dict[str, Any]) -> None:
    """Raise Unsupported now, not in the middle of a test, if `arguments` cannot handle fn."""
    if fn.unparsed:
        raise Unsupported(fn.unparsed)
    for p in fn.params:
        ctypes_type(p.type, head)
        if p.name in overrides:
            continue
        t = p.type
        if t.function:
            callback_values(t)
        elif t.pointers == 1 and t.base in head.opaque:
            raise Unsupported(f"{p.name}: a handle ({t.text}); say which function makes one")
        elif t.pointers == 1 and not is_string(t) and t.base not in {"void", "char"}:
            scalar_values(CType(t.base, t.base, 0, False), head)
        elif t.pointers == 0:
            scalar_values(t, head)
        elif t.pointers > 1:
            raise Unsupported(f"{p.name}: {t.text}")
    if not fn.ret.is_void and not fn.ret.pointers:
        ctypes_type(fn.ret, head)


@st.composite
def arguments(draw, fn: Function, head: Header, overrides: dict[str, st.SearchStrategy]):
    """One call's arguments: boundary values, with every length matching its buffers."""
    args: list[Any] = []
    pending: list[int] = []  # indexes of pointers whose length comes in a later parameter
    paired: set[int] = set()  # indexes of pointers that got a length
    for p in fn.params:
        t = p.type
        if p.name in overrides:
            args.append(draw(overrides[p.name]))
            if t.pointers and not is_string(t):
                pending.append(len(args) - 1)
            continue
        if t.function:
            args.append(draw(callback_values(t)))
        elif is_string(t):
            args.append(draw(C_STRINGS if t.base == "char" else WIDE_STRINGS))
        elif t.pointers == 1 and t.base in head.opaque:
            raise Unsupported(f"{p.name}: a handle ({t.text}); say which function makes one")
        elif t.pointers == 1 and t.base == "void":
            args.append(draw(st.one_of(st.none(), st.sampled_from([("bytes", 64)]))))
            pending.append(len(args) - 1)
        elif t.pointers == 1 and t.base == "char":
            args.append(draw(st.one_of(st.none(), st.integers(0, 64).map(lambda n: ("buffer", n)))))
            pending.append(len(args) - 1)
        elif t.pointers == 1:
            element = scalar_values(CType(t.base, t.base, 0, False), head)
            args.append(
                draw(
                    st.one_of(st.none(), st.lists(element, max_size=12).map(lambda v: ("array", v)))
                )
            )
            pending.append(len(args) - 1)
        elif is_length(p) and pending:
            lo, hi = int_range(t.base)
            sizes = [size_of(args[i]) for i in pending]
            if all(s is None for s in sizes):
                args.append(draw(integers(t.base)))  # every pointer NULL: any length at all
            else:
                most = min(s for s in sizes if s is not None)
                args.append(
                    draw(
                        st.one_of(
                            st.sampled_from(
                                sorted({v for v in (0, lo, -1, most) if lo <= v <= most})
                            ),
                            st.integers(max(lo, -(1 << 62)), most),
                        )
                    )
                )
            paired.update(pending)
            pending = []
        elif t.pointers == 0:
            args.append(draw(scalar_values(t, head)))
        else:
            raise Unsupported(f"{p.name}: {t.text}")
    # A pointer with no length after it gets at least one element (it is a single value).
    for i, a in enumerate(args):
        if isinstance(a, tuple) and a[0] == "array" and not a[1] and i not in paired:
            elem = scalar_values(
                CType(fn.params[i].type.base, fn.params[i].type.base, 0, False), head
            )
            args[i] = ("array", [draw(elem)])
    return tuple(args)


def size_of(arg: Any) -> int | None:
    """How many elements a pointer argument really holds (None for NULL)."""
    if arg is None:
        return None
    if isinstance(arg, tuple):
        if arg[0] == "array":
            return len(arg[1])
        if arg[0] in {"buffer", "bytes"}:
            return arg[1]
        if arg[0] == "made_by":
            return arg[3] if len(arg) > 3 else 1
    return 1


def render(fn: Function, args: tuple) -> str:
    """The call as C would read it: `sum_doubles(values=NULL, n=18446744073709551615)`."""
    parts = []
    for p, a in zip(fn.params, args, strict=False):
        parts.append(f"{p.name}={render_value(p, a)}")
    return f"{fn.name}({', '.join(parts)})"


def render_value(p: Param, a: Any) -> str:
    if a is None:
        return "NULL"
    if (
        isinstance(a, int)
        and not isinstance(a, bool)
        and p.type.base in INTEGERS
        and not p.type.pointers
    ):
        name = limit_name(p.type.base, a)
        return f"{a} ({name})" if name else str(a)
    if isinstance(a, bytes) and len(a) > 40:
        return f"{a[:20]!r}... ({len(a)} bytes)"
    if isinstance(a, str) and len(a) > 40:
        return f"{a[:20]!r}... ({len(a)} characters)"
    if isinstance(a, tuple):
        kind = a[0]
        if kind == "array":
            shown = ", ".join(map(repr, a[1][:8])) + (", ..." if len(a[1]) > 8 else "")
            return f"{p.type.base}[{len(a[1])}]{{{shown}}}"
        if kind == "buffer":
            return f"char[{a[1]}]"
        if kind == "bytes":
            return f"void[{a[1]} bytes]"
        if kind == "struct":
            return f"{p.type.base}{a[1]!r}"
        if kind == "callback":
            return f"<callback returning {a[1]!r}>"
        if kind == "made_by":
            return f"<pointer from {a[1]}{a[2]!r}>"
    return repr(a)


# --------------------------------------------------------------------------- the worker


@dataclass
class Outcome:
    value: Any = None  # the return value, as plain Python data
    after: tuple = ()  # each argument after the call (arrays and buffers: their contents)
    crash: str | None = None  # "killed by SIGSEGV", "hung for 20 s", "raised ..."


class Worker:
    """A forked child that makes the calls, so a crash is a result and not the end."""

    def __init__(self, specs: dict[str, Any]):
        self.specs = specs
        self.proc = None
        self.conn = None
        self.restarts = 0
        self.calls = 0

    def start(self) -> None:
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=serve, args=(child, self.specs), daemon=True)
        self.proc.start()
        child.close()

    def call(self, key: str, args: tuple) -> Outcome:
        if self.proc is None or not self.proc.is_alive():
            self.start()
        self.calls += 1
        self.conn.send((key, args))
        if not self.conn.poll(CALL_TIMEOUT):
            self.proc.kill()
            self.proc.join()
            self.proc = None
            self.restarts += 1
            return Outcome(crash=f"hung: no answer within {CALL_TIMEOUT:.0f} s")
        try:
            return self.conn.recv()
        except (EOFError, ConnectionResetError):
            self.proc.join()
            code = self.proc.exitcode
            self.proc = None
            self.restarts += 1
            if code is not None and code < 0:
                return Outcome(crash=f"killed by {signal.Signals(-code).name}")
            return Outcome(crash=f"the process exited with status {code}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join()
            self.proc = None


def serve(conn, specs) -> None:
    """The worker's loop: make each call for real and send back what came out."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    faulthandler.disable()  # a crash is reported by the parent, with the call that caused it
    while True:
        try:
            key, args = conn.recv()
        except EOFError:
            return
        try:
            outcome = specs[key].run(args)
        except Exception as e:  # a Python error while building or reading arguments
            outcome = Outcome(crash=f"raised {type(e).__name__}: {e}")
        conn.send(outcome)


KEEP_ALIVE: list[Any] = []  # callbacks a library may keep (set_logger): never collected


def plain(value: Any) -> Any:
    """A ctypes result as picklable data."""
    if isinstance(value, ctypes.Structure):
        return tuple(plain(getattr(value, n)) for n, _ in value._fields_)
    if isinstance(value, ctypes._Pointer):
        return ctypes.cast(value, ctypes.c_void_p).value
    if isinstance(value, ctypes.Array):
        if value._type_ is ctypes.c_char:
            return value.raw
        return [plain(v) for v in value]
    return value


# --------------------------------------------------------------------------- one function

LIBRARIES: dict[str, ctypes.CDLL] = {}


def load(library: str) -> ctypes.CDLL:
    if library not in LIBRARIES:
        LIBRARIES[library] = ctypes.CDLL(library_path(library))
    return LIBRARIES[library]


@dataclass
class Spec:
    """How to call one exported function with boundary inputs, and what must come out.

    `params` overrides the generated strategy of single parameters (by name); `check(args,
    outcome)` asserts the documented result (it runs in the test, not in the worker);
    `destructor` names the function that frees what this one returns (or the pointer it is
    given by `made_by`), so the worker does not leak while it tests.
    """

    fn: Function
    head: Header
    params: dict[str, st.SearchStrategy] = field(default_factory=dict)
    check: Any = None
    destructor: str | None = None
    consumes: bool = False  # this function frees its pointer argument itself
    arguments: st.SearchStrategy | None = None  # all arguments at once, when they depend
    # args -> the signal its documentation says the call dies from ("SIGABRT"), or None
    documented_crash: Any = None
    # (args, after) -> what the destructor takes after the pointer, when that is not this
    # call's own first arguments: bytes_free(data, len) wants the length that rle_encode
    # wrote to *out_len, which is in `after`
    destructor_args: Any = None
    # (library, args, after) -> None: gives back what the call handed out through an
    # out-parameter (list_from_values(values, n, &head) leaves the head in `after`)
    release: Any = None

    def strategy(self) -> st.SearchStrategy:
        if self.arguments is not None:
            return self.arguments
        check_supported(self.fn, self.head, self.params)
        return arguments(self.fn, self.head, self.params)

    def signature(self):
        f = getattr(load(self.fn.library), self.fn.name)
        f.argtypes = [ctypes_type(p.type, self.head) for p in self.fn.params]
        r = self.fn.ret
        if r.is_void:
            f.restype = None
        elif r.pointers == 1 and not is_string(r) and r.base not in INTEGERS:
            f.restype = ctypes.c_void_p  # an address to hand back, not something to read
        else:
            f.restype = ctypes_type(r, self.head)
        return f

    def materialize(self, p: Param, a: Any, argtype: Any, made: list) -> Any:
        if a is None and isinstance(argtype, type) and issubclass(argtype, ctypes._CFuncPtr):
            return argtype()  # a NULL function pointer, the way a reader passes one
        if not isinstance(a, tuple):
            return a
        kind = a[0]
        if kind == "array":
            element = argtype._type_
            return (element * len(a[1]))(
                *[element(*v[1]) if isinstance(v, tuple) else v for v in a[1]]
            )
        if kind == "buffer":
            return ctypes.create_string_buffer(a[1])
        if kind == "bytes":
            return (ctypes.c_ubyte * a[1])()
        if kind == "struct":
            return argtype(*a[1])
        if kind == "callback":
            returns = a[1]
            cb = argtype(lambda *_: returns)
            KEEP_ALIVE.append(cb)
            return cb
        if kind == "made_by":
            producer = SPECS_IN_WORKER[f"{self.fn.library}.{a[1]}"]
            value = producer.signature()(*a[2])
            address = ctypes.cast(value, ctypes.c_void_p).value if value is not None else None
            if address is None:
                return None
            made.append((producer, address, a[2]))
            return ctypes.cast(address, argtype) if argtype is not ctypes.c_void_p else address
        raise ValueError(f"unknown input {a!r}")

    def run(self, args: tuple) -> Outcome:
        f = self.signature()
        made: list = []
        real = [
            self.materialize(p, a, t, made)
            for p, a, t in zip(self.fn.params, args, f.argtypes, strict=True)
        ]
        result = f(*real)
        after = tuple(plain(r) if isinstance(r, ctypes.Array) else None for r in real)
        value = plain(result)
        if self.destructor and value:  # what this call handed out goes back at once
            rest = self.destructor_args(args, after) if self.destructor_args else args
            self.free(self.destructor, value, rest)
        if self.release:
            self.release(load(self.fn.library), args, after)
        if not self.consumes:
            for producer, address, producer_args in made:
                self.free(producer.destructor, address, producer_args)
        return Outcome(value, after)

    def free(self, destructor: str | None, address: int, producer_args: tuple) -> None:
        if destructor is None:
            return
        d = SPECS_IN_WORKER[f"{self.fn.library}.{destructor}"].signature()
        pointer = (
            ctypes.cast(address, d.argtypes[0]) if d.argtypes[0] is not ctypes.c_void_p else address
        )
        d(pointer, *producer_args[: len(d.argtypes) - 1])


SPECS_IN_WORKER: dict[str, Spec] = {}  # filled by the test module before the worker forks
