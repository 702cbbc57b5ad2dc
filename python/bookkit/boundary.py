"""Boundary inputs for every exported function, driven through ctypes the way a reader would.

Used by ``tests/test_properties.py``. Three parts:

1. **Signatures and inputs.** Each parameter type of a header declaration
   (:mod:`bookkit.headers`) becomes the ``argtypes`` entry a reader would write
   (``const char *`` -> ``c_char_p``, ``double *`` -> ``POINTER(c_double)``, ``Point`` -> a
   ``Structure``...) and a Hypothesis strategy of *boundary* inputs: the minimum and maximum
   of each integer type, 0, -1, NaN and infinities, NULL for every pointer, empty, huge and
   non-UTF-8 strings, zero-length buffers, and lengths that are 0, negative or (with a NULL
   pointer) huge. A pointer that is not NULL is always a real buffer at least as long as the
   length passed with it: lying about a buffer's size is the caller's undefined behaviour,
   which no callee can detect.
2. **Corners in combination** (:func:`corner_calls`): for every function with one to three
   integer parameters, every combination of each parameter's corner values (0, 1, -1, 2, the
   extremes, and the values whose products overflow), besides the random samples.
3. **A forked worker.** The calls run in a child process (``os.fork``) that holds the loaded
   libraries, with its address space limited to ``MEMORY_LIMIT`` so that a huge allocation
   fails instead of swapping. If a call kills it (SIGSEGV, SIGABRT from a panic or a failed
   allocation) or hangs, the parent reports the exact call and restarts the worker.

What a header cannot say about a function (which function frees what it returns, a loop
bound that would otherwise run for centuries, the documented result) is a :class:`Special`.
"""

from __future__ import annotations

import ctypes
import faulthandler
import itertools
import math
import multiprocessing
import resource
import signal
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from math import isqrt
from typing import Any

from hypothesis import strategies as st

from workbook import library_path

from .headers import CType, Function, Header, Param

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
    label = c.removesuffix("_t").replace("unsigned ", "u").replace(" ", "").upper()
    if value == hi:
        return f"{label}_MAX"
    if value == lo and lo < 0:
        return f"{label}_MIN"
    return ""


def corners(c: str) -> list[int]:
    """An integer type's corner values: 0, ±1, 2, the extremes and their neighbours, and
    the values whose products overflow (the square root of the maximum, and the powers of two
    that a small factor pushes past it: 2**29 * 100 wraps a 32-bit int to exactly INT_MIN)."""
    lo, hi = int_range(c)
    bits = INTEGERS[c][1]
    positive = {0, 1, 2, hi, hi - 1, isqrt(hi), isqrt(hi) + 1}
    positive |= {1 << (bits // 2), 1 << (bits - 3), 1 << (bits - 2)}
    values = positive | {-v for v in positive} | {lo, lo + 1}
    return sorted(v for v in values if lo <= v <= hi)


class Unsupported(Exception):
    """A parameter type this module cannot generate inputs for on its own."""


class Types:
    """The ctypes types one header's declarations map to (structures are made once)."""

    def __init__(self, head: Header):
        self.head = head
        self.structs: dict[str, type] = {}

    def of(self, t: CType) -> Any:
        """The argtypes/restype entry a reader writes for the C type `t`."""
        head = self.head
        if t.array is not None:  # a struct field `uint32_t counts[4]`
            return self.of(CType(t.text, t.base, t.pointers, t.const, t.function)) * t.array
        if t.function:
            ret, params = t.function
            return ctypes.CFUNCTYPE(
                None if ret.is_void else self.of(ret), *(self.of(p) for p in params)
            )
        if t.pointers == 0:
            if t.base == "void":
                return None
            for table in (INTEGERS, FLOATS):
                if t.base in table:
                    return table[t.base][0]
            if t.base in OTHER_SCALARS:
                return OTHER_SCALARS[t.base]
            if t.base in head.structs:
                return self.struct(t.base)
            if t.base in head.unions:
                return self.union(t.base)
            if t.base in head.enums:
                return ctypes.c_int  # a C enum is an int
            raise Unsupported(f"no ctypes type for {t.text!r}")
        if t.pointers == 1:
            if t.base == "char" and t.const:
                return ctypes.c_char_p
            if t.base == "wchar_t" and t.const:
                return ctypes.c_wchar_p
            if t.base == "void" or t.base in head.opaque:
                return ctypes.c_void_p
            return ctypes.POINTER(self.of(t.pointee()))
        if t.pointers == 2:  # `const char *const *argv`, `Node **out`
            return ctypes.POINTER(self.of(CType(t.text, t.base, 1, t.const)))
        raise Unsupported(f"no ctypes type for {t.text!r}")

    def union(self, name: str) -> type:
        if name not in self.structs:
            cls = self.structs[name] = type(name, (ctypes.Union,), {})
            cls._fields_ = [(n, self.of(t)) for n, t in self.head.unions[name]]
        return self.structs[name]

    def struct(self, name: str) -> type:
        if name in self.structs:
            return self.structs[name]
        layout = self.head.layout.get(name)
        attributes: dict[str, Any] = {}
        if layout == "packed":
            attributes.update(_layout_="ms", _pack_=1)  # 3.14+ asks for _layout_ with _pack_
        elif isinstance(layout, int):
            attributes.update(_align_=layout)  # honoured from 3.13 on
        # Made before its fields exist, so that a struct can point to its own type
        # (`struct Node *next`): ctypes' incomplete types.
        cls = self.structs[name] = type(name, (ctypes.Structure,), attributes)
        fields = [(n, self.of(t)) for n, t in self.head.structs[name]]
        if isinstance(layout, int):  # padding gives versions before 3.13 the right size
            natural = ctypes.sizeof(type("natural", (ctypes.Structure,), {"_fields_": fields}))
            if padding := -natural % layout:
                fields.append(("_padding", ctypes.c_ubyte * padding))
        cls._fields_ = fields
        return cls


# --------------------------------------------------------------------------- inputs
#
# An input is plain data (picklable), made real in the worker:
#   int / float / bool / bytes / str / None  -> passed as is (None is NULL)
#   Array([values])                           -> an array of the pointee type
#   Buffer(size)                              -> create_string_buffer(size)
#   Bytes(size)                               -> a zeroed void buffer of `size` bytes
#   StructValue((field values))               -> the Structure
#   Callback(returns)                         -> a ctypes callback that returns `returns`
#   MadeBy(function, (args))                  -> the pointer another function returns


@dataclass(frozen=True)
class Array:
    values: tuple

    def __len__(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class Buffer:
    size: int


@dataclass(frozen=True)
class Bytes:
    size: int


@dataclass(frozen=True)
class StructValue:
    values: tuple


@dataclass(frozen=True)
class Callback:
    returns: Any


@dataclass(frozen=True)
class MadeBy:
    function: str
    args: tuple
    length: int = 1  # how many elements the pointer holds (for a length after it)


def made_by(function: str, *args, length: int = 1) -> MadeBy:
    """An argument that is the pointer `function(*args)` returns, made in the worker."""
    return MadeBy(function, args, length)


def integers(c: str) -> st.SearchStrategy[int]:
    lo, hi = int_range(c)
    return st.one_of(st.sampled_from(corners(c)), st.integers(lo, hi))


def floats(c: str) -> st.SearchStrategy[float]:
    width = FLOATS[c][1]
    values = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]
    values.append(5e-324 if width == 64 else 1e-45)
    values.append(1.7976931348623157e308 if width == 64 else 3.4028234663852886e38)
    if width == 32:  # only values a C float can hold, so a round trip is exact
        values = [struct.unpack("f", struct.pack("f", v))[0] for v in values]
    return st.one_of(st.sampled_from(values), st.floats(width=width))


C_STRINGS = st.one_of(
    st.none(),
    st.sampled_from([b"", b"\xff\xfe", b"caf\xc3\xa9", b"\xc3", b"x" * 100_000, b"21.5", b"-300"]),
    st.binary(max_size=64).map(lambda b: b.replace(b"\0", b"")),
)
WIDE_STRINGS = st.one_of(
    st.none(), st.sampled_from(["", "é", "😀" * 3, "x" * 100_000]), st.text(max_size=32)
)


def is_string(t: CType) -> bool:
    return t.pointers == 1 and t.const and t.base in {"char", "wchar_t"}


def is_length(p: Param) -> bool:
    return p.type.pointers == 0 and p.type.base in INTEGERS and p.name in LENGTH_NAMES


def size_of(arg: Any) -> int | None:
    """How many elements a pointer argument really holds (None for NULL)."""
    if arg is None:
        return None
    if isinstance(arg, Array):
        return len(arg)
    if isinstance(arg, Buffer | Bytes):
        return arg.size
    if isinstance(arg, MadeBy):
        return arg.length
    return 1


# --------------------------------------------------------------------------- special cases


Check = Callable[[tuple, "Outcome"], None]


@dataclass(frozen=True)
class Special:
    """What a header cannot say about one function.

    - ``check(args, outcome)`` asserts the documented result (it runs in the test);
    - ``values`` overrides the inputs of single parameters, by name: a list of values (used
      by both the random and the corner calls), a :class:`Bounded` loop count, or a
      Hypothesis strategy (the corner calls then leave the function out);
    - ``arguments``: a strategy for all arguments at once, when they depend on each other;
    - ``destructor`` names the function that frees what this one returns, so the worker
      does not leak while it tests; ``consumes``: this function frees its pointer argument;
    - ``destructor_args(args, after)``: what the destructor takes after the pointer, when
      that is not this call's own first arguments (``bytes_free(data, len)`` wants the
      length ``rle_encode`` wrote to ``*out_len``, which is in ``after``);
    - ``release(free, args, after, value)`` gives back what the call handed out through an
      out-parameter; ``free(function, address, *rest)`` calls a destructor of the same
      library (``rest``: its arguments after the pointer, such as a length);
    - ``cleanup(lib, value, args)`` undoes a successful call's effect in the worker (a file
      it opened);
    - ``documented_crash(*args)`` names the signal the documentation says a call dies from.
    """

    check: Check | None = None
    values: dict[str, Sequence | Bounded | st.SearchStrategy] = field(default_factory=dict)
    arguments: st.SearchStrategy | None = None
    destructor: str | None = None
    consumes: bool = False
    destructor_args: Callable[[tuple, tuple], tuple] | None = None
    release: Callable[[Callable[..., None], tuple, tuple, Any], Any] | None = None
    cleanup: Callable[[ctypes.CDLL, Any, tuple], Any] | None = None
    documented_crash: Callable[..., str | None] | None = None

    def strategy_for(self, name: str) -> st.SearchStrategy | None:
        v = self.values.get(name)
        if v is None or isinstance(v, st.SearchStrategy):
            return v
        if isinstance(v, Bounded):
            return v.strategy()
        return st.sampled_from(list(v))

    def corners_for(self, name: str) -> list | None:
        """The values of a parameter for the corner calls: None if they cannot be listed."""
        v = self.values.get(name)
        if isinstance(v, Bounded):
            return v.corners()
        if v is None or isinstance(v, st.SearchStrategy):
            return None
        return list(v)


@dataclass(frozen=True)
class Bounded:
    """A loop count: a function whose time grows with this parameter, by design, gets small
    values only (0, 1, 2 and anything up to `most`)."""

    most: int

    def strategy(self) -> st.SearchStrategy[int]:
        return st.one_of(st.sampled_from([0, 1, 2]), st.integers(0, self.most))

    def corners(self) -> list[int]:
        return [0, 1, 2, self.most]


# --------------------------------------------------------------------------- specs


@dataclass
class Outcome:
    value: Any = None  # the return value, as plain Python data
    after: tuple = ()  # each argument after the call (arrays and buffers: their contents)
    crash: str | None = None  # "killed by SIGSEGV", "hung for 20 s", "raised ..."


class Spec:
    """How to call one exported function with boundary inputs."""

    def __init__(self, fn: Function, head: Header, special: Special, types: Types):
        self.fn, self.head, self.special, self.types = fn, head, special, types

    @property
    def key(self) -> str:
        return self.fn.key

    # ----- what to call it with

    def check_supported(self) -> None:
        """Raise Unsupported now, not in the middle of a test, if inputs cannot be made."""
        if self.special.arguments is not None:
            return
        by_value = [p.type for p in self.fn.params if not p.type.pointers] + [self.fn.ret]
        for t in by_value:
            if t.base in self.head.unions and not t.pointers:
                raise Unsupported(f"{t.text} by value: ctypes cannot pass or return a union")
        for p in self.fn.params:
            self.types.of(p.type)
            if p.name in self.special.values:
                continue
            t = p.type
            if t.function:
                self.callback_values(t)
            elif t.pointers == 1 and t.base in self.head.opaque:
                raise Unsupported(f"{p.name}: a handle ({t.text}); say which function makes one")
            elif t.pointers == 1 and not is_string(t) and t.base not in {"void", "char"}:
                self.scalar_values(t.pointee())
            elif t.pointers == 0:
                self.scalar_values(t)
            elif t.pointers > 1:
                raise Unsupported(f"{p.name}: {t.text}")
        if not self.fn.ret.is_void and not self.fn.ret.pointers:
            self.types.of(self.fn.ret)

    def scalar_values(self, t: CType) -> st.SearchStrategy:
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
        if t.base in self.head.structs:
            fields = [self.field_values(ft) for _, ft in self.head.structs[t.base]]
            return st.tuples(*fields).map(StructValue)
        if t.base in self.head.enums:
            # Only the declared values: any other integer is undefined behaviour for a Rust
            # enum parameter (chapter 30), so a function that takes one is never given it.
            return st.sampled_from(sorted(set(self.head.enums[t.base].values())))
        if t.base in self.head.unions:
            # A union's first member (ctypes sets the fields it is given in order).
            _, first = self.head.unions[t.base][0]
            return self.field_values(first).map(lambda v: StructValue((v,)))
        raise Unsupported(f"cannot make values of type {t.text!r}")

    def field_values(self, t: CType) -> st.SearchStrategy:
        """Values of one struct field, as a Structure's constructor takes them: a nested
        struct or an array as a tuple, a `char` array as bytes; a pointer field is NULL."""
        if t.array is not None:
            if t.base == "char" and not t.pointers:
                return st.binary(max_size=t.array)
            element = self.field_values(CType(t.text, t.base, t.pointers, t.const))
            return st.lists(element, min_size=t.array, max_size=t.array).map(tuple)
        if t.pointers or t.function:
            return st.none()
        if t.base in self.head.structs or t.base in self.head.unions:
            return self.scalar_values(t).map(lambda v: v.values)
        return self.scalar_values(t)

    @staticmethod
    def callback_values(t: CType) -> st.SearchStrategy:
        ret = t.function[0]
        if ret.is_void:
            returns = st.just(None)
        elif ret.pointers == 0 and ret.base in INTEGERS:
            returns = st.sampled_from([0, 1, -1, int_range(ret.base)[1]])
        else:
            raise Unsupported(f"callback returning {ret.text!r}")
        return st.one_of(st.none(), returns.map(Callback))

    def strategy(self) -> st.SearchStrategy:
        if self.special.arguments is not None:
            return self.special.arguments
        self.check_supported()
        return self._arguments()

    def _arguments(self) -> st.SearchStrategy:
        @st.composite
        def arguments(draw):
            """One call's arguments: boundary values, with every length matching its buffers."""
            args: list[Any] = []
            pending: list[int] = []  # pointers whose length comes in a later parameter
            paired: set[int] = set()  # pointers that got a length
            for p in self.fn.params:
                t = p.type
                override = self.special.strategy_for(p.name)
                if override is not None:
                    args.append(draw(override))
                    if t.pointers and not is_string(t):
                        pending.append(len(args) - 1)
                elif is_length(p) and pending:
                    sizes = [size_of(args[i]) for i in pending]
                    args.append(draw(self.length_values(t, sizes)))
                    paired.update(pending)
                    pending = []
                else:
                    args.append(draw(self.values_of(p)))
                    if t.pointers == 1 and not is_string(t) and not t.function:
                        pending.append(len(args) - 1)
            # A pointer with no length after it gets at least one element (a single value).
            for i, a in enumerate(args):
                if isinstance(a, Array) and not a.values and i not in paired:
                    element = self.scalar_values(self.fn.params[i].type.pointee())
                    args[i] = Array((draw(element),))
            return tuple(args)

        return arguments()

    def values_of(self, p: Param) -> st.SearchStrategy:
        t = p.type
        if t.function:
            return self.callback_values(t)
        if is_string(t):
            return C_STRINGS if t.base == "char" else WIDE_STRINGS
        if t.pointers == 1 and t.base in self.head.opaque:
            raise Unsupported(f"{p.name}: a handle ({t.text}); say which function makes one")
        if t.pointers == 1 and t.base == "void":
            return st.one_of(st.none(), st.just(Bytes(64)))
        if t.pointers == 1 and t.base == "char":
            return st.one_of(st.none(), st.integers(0, 64).map(Buffer))
        if t.pointers == 1:
            element = self.scalar_values(t.pointee())
            arrays = st.lists(element, max_size=12).map(lambda v: Array(tuple(v)))
            return st.one_of(st.none(), arrays)
        if t.pointers == 0:
            return self.scalar_values(t)
        raise Unsupported(f"{p.name}: {t.text}")

    @staticmethod
    def length_values(t: CType, sizes: list[int | None]) -> st.SearchStrategy[int]:
        lo, _ = int_range(t.base)
        if all(s is None for s in sizes):
            return integers(t.base)  # every pointer NULL: any length at all
        most = min(s for s in sizes if s is not None)
        edges = sorted({v for v in (0, lo, -1, most) if lo <= v <= most})
        return st.one_of(st.sampled_from(edges), st.integers(max(lo, -(1 << 62)), most))

    # ----- corners in combination

    def integer_params(self) -> list[int]:
        return [
            i
            for i, p in enumerate(self.fn.params)
            if p.type.pointers == 0
            and not p.type.function
            and p.type.base in INTEGERS
            and p.type.base != "char"
        ]

    def corner_calls(self) -> list[tuple]:
        """Every combination of the corner values of the function's integer parameters (one
        to three of them), the other parameters fixed at an ordinary value: a one-element
        array for a pointer (NULL when a length follows it, so that any length is legal), a
        short string, a callback returning 0. Empty when it does not apply."""
        ints = self.integer_params()
        if not 1 <= len(ints) <= 3 or self.special.arguments is not None:
            return []
        choices: list[list[Any]] = []
        for i, p in enumerate(self.fn.params):
            if p.name in self.special.values:
                fixed = self.special.corners_for(p.name)
                if fixed is None:
                    return []  # a strategy we cannot enumerate
                choices.append(fixed)
            elif i in ints:
                choices.append(corners(p.type.base))
            else:
                try:
                    choices.append([self.ordinary(i)])
                except Unsupported:
                    return []
        return list(itertools.product(*choices))

    def ordinary(self, i: int) -> Any:
        t = self.fn.params[i].type
        followed_by_length = any(is_length(p) for p in self.fn.params[i + 1 :])
        if t.function:
            return Callback(0) if not t.function[0].is_void else Callback(None)
        if is_string(t):
            return b"x" if t.base == "char" else "x"
        if t.pointers == 1 and t.base in self.head.opaque:
            raise Unsupported("a handle")
        if t.pointers == 1:
            if followed_by_length:
                return None
            if t.base == "void":
                return Bytes(64)
            if t.base == "char":
                return Buffer(64)
            return Array((self.ordinary_value(t.pointee()),))
        if t.pointers == 0 and t.base in FLOATS:
            return 1.5
        if t.pointers == 0 and t.base == "bool":
            return True
        if t.pointers == 0 and t.base in self.head.structs:
            return self.ordinary_value(t)
        raise Unsupported(t.text)

    def ordinary_value(self, t: CType) -> Any:
        """An element for a one-element array of `t`: a struct as a StructValue."""
        value = self.zero(t)
        return StructValue(value) if t.base in self.head.structs and not t.pointers else value

    def zero(self, t: CType) -> Any:
        """A zero value of a type, as a Structure's constructor takes it for a field."""
        if t.array is not None:
            if t.base == "char" and not t.pointers:
                return b""
            return tuple(
                self.zero(CType(t.text, t.base, t.pointers, t.const)) for _ in range(t.array)
            )
        if t.pointers or t.function:
            return None
        if t.base in FLOATS:
            return 0.0
        if t.base in self.head.structs:
            return tuple(self.zero(ft) for _, ft in self.head.structs[t.base])
        if t.base in self.head.unions:
            return (self.zero(self.head.unions[t.base][0][1]),)
        if t.base in self.head.enums:
            return min(self.head.enums[t.base].values())
        if t.base == "char":
            return b"\0"
        return 0

    # ----- in the worker

    def signature(self, lib: ctypes.CDLL):
        f = getattr(lib, self.fn.name)
        f.argtypes = [self.types.of(p.type) for p in self.fn.params]
        r = self.fn.ret
        if r.is_void:
            f.restype = None
        elif r.pointers == 1 and not is_string(r) and r.base not in INTEGERS:
            f.restype = ctypes.c_void_p  # an address to hand back, not something to read
        else:
            f.restype = self.types.of(r)
        return f

    def run(self, args: tuple, specs: dict[str, Spec], libs: Libraries) -> Outcome:
        f = self.signature(libs.get(self.fn.library))
        made: list[tuple[Spec, int, tuple]] = []
        real = [
            self.materialize(a, t, made, specs, libs) for a, t in zip(args, f.argtypes, strict=True)
        ]
        result = f(*real)
        after = tuple(plain(r) if isinstance(r, ctypes.Array) else None for r in real)
        value = plain(result)
        if self.special.destructor and value:  # what this call handed out goes back at once
            rest = (
                self.special.destructor_args(args, after) if self.special.destructor_args else args
            )
            self.free(self.special.destructor, value, rest, specs, libs)
        if self.special.release is not None:
            self.special.release(
                lambda fn, address, *rest: self.free(fn, address, rest, specs, libs),
                args,
                after,
                value,
            )
        if not self.special.consumes:
            for producer, address, producer_args in made:
                self.free(producer.special.destructor, address, producer_args, specs, libs)
        if self.special.cleanup is not None:
            self.special.cleanup(libs.get(self.fn.library), value, args)
        return Outcome(value, after)

    def materialize(self, a: Any, argtype: Any, made: list, specs, libs) -> Any:
        if a is None and isinstance(argtype, type) and issubclass(argtype, ctypes._CFuncPtr):
            return argtype()  # a NULL function pointer, the way a reader passes one
        if isinstance(a, Array):
            element = argtype._type_
            items = [element(*v.values) if isinstance(v, StructValue) else v for v in a.values]
            return (element * len(items))(*items)
        if isinstance(a, Buffer):
            return ctypes.create_string_buffer(a.size)
        if isinstance(a, Bytes):
            return (ctypes.c_ubyte * a.size)()
        if isinstance(a, StructValue):
            return argtype(*a.values)
        if isinstance(a, Callback):
            cb = argtype(lambda *_: a.returns)
            KEEP_ALIVE.append(cb)
            return cb
        if isinstance(a, MadeBy):
            producer = specs[f"{self.fn.library}.{a.function}"]
            value = producer.signature(libs.get(self.fn.library))(*a.args)
            address = ctypes.cast(value, ctypes.c_void_p).value if value is not None else None
            if address is None:
                return None
            made.append((producer, address, a.args))
            return ctypes.cast(address, argtype) if argtype is not ctypes.c_void_p else address
        return a

    def free(self, destructor, address: int, producer_args: tuple, specs, libs) -> None:
        if destructor is None:
            return
        d = specs[f"{self.fn.library}.{destructor}"].signature(libs.get(self.fn.library))
        first = d.argtypes[0]
        if isinstance(address, tuple):  # a struct returned by value (`{ptr, len, cap}`)
            pointer = rebuild(first, address)
        else:
            pointer = ctypes.cast(address, first) if first is not ctypes.c_void_p else address
        d(pointer, *producer_args[: len(d.argtypes) - 1])


KEEP_ALIVE: list[Any] = []  # callbacks a library may keep (set_logger): never collected


def rebuild(cls: type, values: tuple) -> Any:
    """The Structure that `plain` turned into `values`: its pointer fields were addresses."""
    fields = []
    for (_, ftype), v in zip(cls._fields_, values, strict=True):
        pointer = isinstance(ftype, type) and issubclass(ftype, ctypes._Pointer)
        fields.append(ctypes.cast(v, ftype) if pointer and v is not None else v)
    return cls(*fields)


def plain(value: Any) -> Any:
    """A ctypes result as picklable data."""
    if isinstance(value, (ctypes.Structure, ctypes.Union)):
        return tuple(plain(getattr(value, n)) for n, _ in value._fields_)
    if isinstance(value, ctypes._Pointer):
        return ctypes.cast(value, ctypes.c_void_p).value
    if isinstance(value, ctypes.Array):
        if value._type_ is ctypes.c_char:
            return value.raw
        return [plain(v) for v in value]
    return value


class Libraries:
    """The book's libraries, loaded once per worker."""

    def __init__(self) -> None:
        self.loaded: dict[str, ctypes.CDLL] = {}

    def get(self, name: str) -> ctypes.CDLL:
        if name not in self.loaded:
            self.loaded[name] = ctypes.CDLL(library_path(name))
        return self.loaded[name]


# --------------------------------------------------------------------------- reports


def render(fn: Function, args: tuple) -> str:
    """The call as C would read it: `sum_doubles(values=NULL, n=18446744073709551615)`."""
    parts = [f"{p.name}={render_value(p, a)}" for p, a in zip(fn.params, args, strict=False)]
    return f"{fn.name}({', '.join(parts)})"


def render_value(p: Param, a: Any) -> str:
    if a is None:
        return "NULL"
    t = p.type
    if isinstance(a, int) and not isinstance(a, bool) and t.base in INTEGERS and not t.pointers:
        name = limit_name(t.base, a)
        return f"{a} ({name})" if name else str(a)
    if isinstance(a, bytes) and len(a) > 40:
        return f"{a[:20]!r}... ({len(a)} bytes)"
    if isinstance(a, str) and len(a) > 40:
        return f"{a[:20]!r}... ({len(a)} characters)"
    if isinstance(a, Array):
        shown = ", ".join(map(repr, a.values[:8])) + (", ..." if len(a) > 8 else "")
        return f"{t.base}[{len(a)}]{{{shown}}}"
    if isinstance(a, Buffer):
        return f"char[{a.size}]"
    if isinstance(a, Bytes):
        return f"void[{a.size} bytes]"
    if isinstance(a, StructValue):
        return f"{t.base}{a.values!r}"
    if isinstance(a, Callback):
        return f"<callback returning {a.returns!r}>"
    if isinstance(a, MadeBy):
        return f"<pointer from {a.function}{a.args!r}>"
    return repr(a)


# --------------------------------------------------------------------------- the worker


class Worker:
    """A forked child that makes the calls, so a crash is a result and not the end."""

    def __init__(self, specs: dict[str, Spec]):
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


def serve(conn, specs: dict[str, Spec]) -> None:
    """The worker's loop: make each call for real and send back what came out."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    faulthandler.disable()  # a crash is reported by the parent, with the call that caused it
    libs = Libraries()
    while True:
        try:
            key, args = conn.recv()
        except EOFError:
            return
        try:
            outcome = specs[key].run(args, specs, libs)
        except Exception as e:  # a Python error while building or reading arguments
            outcome = Outcome(crash=f"raised {type(e).__name__}: {e}")
        conn.send(outcome)
