"""Property-based tests at the boundary: every exported function, called through ctypes.

For every function in every library crate's header (``cdylib/<crate>/<crate>.h``, read by
``bookkit.headers``), Hypothesis generates boundary inputs (integer extremes, NaN, NULL
pointers, empty, huge and non-UTF-8 strings, zero, negative and huge lengths) and the call
runs in a forked worker (``bookkit.boundary.Worker``). A call passes when it returns (no
signal, no hang) and, where the function documents its result, that result is right. Every
function with one to three integer parameters is also called with every combination of
their corner values (0, ±1, 2, the extremes, the values whose products overflow).

A crash fails the test with the call that caused it, shrunk by Hypothesis, e.g.::

    sum_doubles(values=NULL, n=1) crashed: killed by SIGSEGV

Most functions need nothing here: their inputs follow from the header. ``SPECIALS`` holds
what the header cannot say (which function frees a returned pointer, a loop bound that
would otherwise run for centuries, the documented results to check, a documented crash);
``EXEMPT`` the functions whose every boundary input is undefined behaviour on purpose
(none today). ``test_every_exported_function_is_covered`` fails for a new function that
fits neither; ``test_every_exported_function_has_a_rust_unit_test`` and
``test_every_pointer_function_has_a_rust_null_test`` for one its crate's ``#[cfg(test)]``
module never calls, or never calls with NULL.

Fixed settings (``derandomize=True``, no example database): every run tries the same
inputs, so CI is repeatable and a failure reproduces with the same command.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import struct
import zlib

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bookkit import build, headers, paths
from bookkit.boundary import (
    C_STRINGS,
    Array,
    Bounded,
    Buffer,
    Bytes,
    MadeBy,
    Outcome,
    Spec,
    Special,
    StructValue,
    Types,
    Unsupported,
    Worker,
    integers,
    made_by,
    render,
)

pytestmark = pytest.mark.slow

BOUNDARY_SETTINGS = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=False,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],  # no example database, no "explain"
)

# ANCHOR: exempt
# Functions no ctypes call can test, each with its reason. The deliberate crashes
# (panics.percent aborting on whole == 0) are not here: they are tested as documented
# crashes, with `documented_crash`.
EXEMPT: dict[str, str] = {
    # ctypes cannot pass or return a union by value: it accepts the call and libffi uses
    # the wrong register (chapter 30 shows it); the crate's unit tests call both.
    "enums_unions.number_real": "takes a union by value",
    "enums_unions.number_from_int": "returns a union by value",
}
# ANCHOR_END: exempt

# --------------------------------------------------------------------------- checks


def wrap32(v: int) -> int:
    return (v + (1 << 31)) % (1 << 32) - (1 << 31)


def same(a, b) -> bool:
    if isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or struct.pack("d", a) == struct.pack("d", b)
    return a == b


def identity(args, out: Outcome):
    (x,) = args
    if isinstance(x, Array | Bytes | Buffer):
        assert out.value is not None, "returned NULL for a real pointer"
    else:
        assert same(out.value, x), f"returned {out.value!r}"


def returns(expected):
    """check: the result equals expected(*args)."""

    def check(args, out: Outcome):
        want = expected(*args)
        assert same(out.value, want), f"returned {out.value!r}, expected {want!r}"

    return check


def null_gives(error, *, when=None):
    """check: a NULL pointer argument (and `when(*args)`, if given) returns `error`."""

    def check(args, out: Outcome):
        if any(a is None for a in args) and (when is None or when(*args)):
            assert same(out.value, error), f"a NULL pointer must give {error!r}; got {out.value!r}"

    return check


def all_of(*checks):
    def check(args, out: Outcome):
        for c in checks:
            c(args, out)

    return check


def calls_made(args, out: Outcome):
    """callbacks_ctx's loops: -1 for a NULL callback, else 1..count calls (0 when count is 0)."""
    count, callback, _ = args
    if callback is None:
        assert out.value == -1, f"a NULL callback must give -1; got {out.value}"
    else:
        assert 0 <= out.value <= count and (out.value > 0) == (count > 0), f"{out.value} calls"


def points_added(args, out: Outcome):
    count, fill, _, total = args
    if fill is None or total is None:
        assert out.value == -1, f"a NULL callback or total must give -1; got {out.value}"
    else:
        assert 0 <= out.value <= count, f"added {out.value} of {count} points"


def null_unless_positive(args, out: Outcome):
    assert args[0] > 0 or out.value is None, f"not NULL for size {args[0]}"


def const(lib: str, name: str) -> int:
    return headers.header(lib).constants[name]


def percent_checked_result(args, out: Outcome):
    part, whole, ptr = args
    ok, null, panicked = (
        const("panics", n) for n in ("PERCENT_OK", "PERCENT_NULL_POINTER", "PERCENT_PANICKED")
    )
    if ptr is None:
        assert out.value == null, f"NULL out must give {null}; returned {out.value}"
    elif whole == 0:
        assert out.value == panicked, f"whole == 0 must give {panicked}; returned {out.value}"
    else:
        assert out.value in (ok, panicked), f"returned {out.value}"


def format_value_result(args, out: Outcome):
    value, buf, size = args
    text = str(value).encode()
    if buf is None:
        assert out.value == const("batch_ops", "ERR_NULL"), f"returned {out.value}"
    elif len(text) + 1 > size:
        assert out.value == const("batch_ops", "ERR_TOO_SMALL"), f"returned {out.value}"
    else:
        assert out.value == len(text), f"returned {out.value}"
        assert out.after[1][: len(text) + 1] == text + b"\0", f"wrote {out.after[1]!r}"


def greet_result(args, out: Outcome):
    name, buf, size = args
    if name is None or (buf is None and size != 0):
        assert out.value == -1, f"returned {out.value}"
        return
    whole = b"Hello, " + name + b"!"
    assert out.value == len(whole), f"returned {out.value}, expected {len(whole)}"
    if buf is not None and size > 0:
        kept = whole[: size - 1]
        assert out.after[1][: len(kept) + 1] == kept + b"\0", f"wrote {out.after[1]!r}"


def char_count_result(args, out: Outcome):
    (s,) = args
    if s is None:
        want = -1
    else:
        try:
            want = len(s.decode("utf-8"))
        except UnicodeDecodeError:
            want = -2
    assert out.value == want, f"returned {out.value}, expected {want}"


def fill_array_result(args, out: Outcome):
    arr, capacity, count = args
    if arr is None or count is None:
        assert out.value == -1, f"returned {out.value}"
    elif capacity < const("clibrary", "FILL_COUNT"):
        assert out.value == -2, f"returned {out.value}"
    else:
        assert out.value == 0 and out.after[0][:5] == [0, 10, 20, 30, 40], f"{out!r}"


def free_array_result(args, out: Outcome):
    (arr,) = args
    if arr is None or isinstance(arr, MadeBy):
        assert out.value == 0, f"freeing NULL or a live array must give 0; returned {out.value}"
    else:
        assert out.value == -1, f"a pointer it never handed out must give -1; got {out.value}"


def in_order(args, out: Outcome):
    data, n = args[0], args[1]
    if data is None or out.value != 0:
        return
    values = out.after[0][:n]
    if not any(math.isnan(v) for v in values):
        assert values == sorted(values), f"not sorted: {values}"


def sizes(n):
    return st.integers(1, n)


def arrays(lo, hi):
    return st.lists(st.integers(lo, hi), min_size=1, max_size=4).map(lambda v: Array(tuple(v)))


def frees(producer: str, *args, n=64):
    """The arguments of a `free_x(ptr, n)` function: NULL with any length, or what
    `producer(n, *args)` made, with its length."""
    made = sizes(n).map(lambda k: (made_by(producer, k, *args, length=k), k))
    return st.one_of(st.tuples(st.none(), integers("size_t")), made)


# ----- Part VI: byte buffers, string lists and linked lists


def adler32_result(args, out):
    data, n = args
    want = (1 if n == 0 else -1) if data is None else zlib.adler32(bytes(data.values[:n]))
    assert out.value == want, f"returned {out.value}, expected {want}"


def xor_result(args, out):
    data, n, key = args
    if data is None:
        assert out.value == (0 if n == 0 else -1), f"returned {out.value}"
    else:
        assert out.value == 0, f"returned {out.value}"
        assert out.after[0][:n] == [b ^ key for b in data.values[:n]], f"wrote {out.after[0]}"


def rle_encode_result(args, out):
    data, n, size = args
    refused = size is None or (data is None and n > 0)
    assert (out.value is None) == refused, f"returned {out.value!r}"
    if size is not None and not refused:
        runs = [len(list(g)) for _, g in itertools.groupby(data.values[:n] if data else [])]
        want = sum(2 * -(-r // 255) for r in runs)
        assert out.after[2][0] == want, f"*out_len = {out.after[2][0]}, expected {want}"


WORDS = st.one_of(
    st.sampled_from([b"prog", b"--name=ada", b"--name", b"--=", b""]),
    st.binary(max_size=10).map(lambda b: b.replace(b"\0", b"")),
)


@st.composite
def counted_strings(draw, nulls: bool = True):
    """(argc, argv): argv NULL or a NULL-terminated array, argc at most its length."""
    items = draw(st.lists(st.one_of(WORDS, st.none()) if nulls else WORDS, max_size=5))
    argv = draw(st.sampled_from([None, Array((*items, None))]))
    argc = draw(st.integers(-2, len(items)))
    return argc, argv


@st.composite
def join_arguments(draw):
    argc, argv = draw(counted_strings())
    out = draw(st.one_of(st.none(), st.integers(0, 32).map(Buffer)))
    capacity = draw(st.integers(0, 64) if out is None else st.integers(0, out.size))
    return argc, argv, out, capacity


def join_result(args, out):
    argc, argv, buf, capacity = args
    items = list(argv.values[: max(argc, 0)]) if argv else []
    if argc < 0:
        assert out.value == -3, f"returned {out.value}"
    elif (argc > 0 and argv is None) or None in items or (buf is None and capacity > 0):
        assert out.value == -1, f"returned {out.value}"
    else:
        joined = b" ".join(items)
        assert out.value == len(joined), f"returned {out.value}, expected {len(joined)}"
        if capacity:
            kept = joined[: capacity - 1]
            assert out.after[2][: len(kept) + 1] == kept + b"\0", f"wrote {out.after[2]!r}"


def list_from_values_result(args, out):
    values, n, head = args
    refused = head is None or (values is None and n > 0)
    assert out.value == (-1 if refused else 0), f"returned {out.value}"


# ----- Part VII
def job_checksum_result(args, out):
    (job,) = args
    if job is None:
        assert out.value == const("keepalive", "JOB_NULL"), f"returned {out.value}"
        return
    _, data, length = job.values[0].values
    want = 0 if length == 0 else const("keepalive", "JOB_NULL_FIELD")  # data is NULL here
    assert out.value == want, f"returned {out.value}, expected {want}"


def job_name_length_result(args, out):
    (job,) = args
    if job is None:
        want = const("keepalive", "JOB_NULL")
    elif job.values[0].values[0] is None:
        want = const("keepalive", "JOB_NULL_FIELD")
    else:
        want = len(job.values[0].values[0])
    assert out.value == want, f"returned {out.value}, expected {want}"


# A Job whose name is a real string (or NULL) and whose data is NULL, with any length.
JOBS = st.tuples(
    st.one_of(st.none(), st.binary(max_size=16).map(lambda b: b.replace(b"\0", b""))),
    integers("size_t"),
).map(lambda v: Array((StructValue((v[0], None, v[1])),)))


def hist_new_result(args, out):
    lo, hi, bins = args
    valid = 0 < bins <= 1_000_000 and math.isfinite(lo) and math.isfinite(hi) and lo < hi
    assert (out.value is not None) == valid, f"returned {out.value!r} for {args}"


class RxPattern(ctypes.c_uint8 * 12):
    """rx_compile's pattern (const uint8_t *, 12 bytes): a named type, so it can be pickled
    to the worker inside a made_by argument."""


RX_PATTERNS = st.sampled_from(
    [None, made_by("rx_compile", RxPattern(*rb"(\w+)@(\w+)"), 12, None, 0)]
)
RX_UNITS = st.sampled_from([0, 1, 2, -1])  # RX_BYTES, RX_CHARS, and two that are not


def rx_null_gives(error):
    """check: a NULL pattern, or a NULL text with a length, gives `error`."""

    def check(args, out):
        re, text, length = args[:3]
        if re is None or (text is None and length > 0):
            assert out.value == error, f"returned {out.value!r}, expected {error!r}"

    return check


# ----- Part VI: vectors, enums and unions


def collatz(start):
    """The sequence `vectors` computes, or its error code (VEC_BAD_START, VEC_OVERFLOW)."""
    if start == 0:
        return const("vectors", "VEC_BAD_START")
    sequence, n = [start], start
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n >= 1 << 64:
            return const("vectors", "VEC_OVERFLOW")
        sequence.append(n)
    return sequence


def collatz_into_result(args, out):
    start, where, length = args
    expected = collatz(start)
    if where is None or length is None:
        assert out.value == const("vectors", "VEC_NULL_POINTER"), f"returned {out.value}"
    elif isinstance(expected, int):
        assert out.value == expected and out.after[1] == [None], f"{out!r}"
    else:
        assert out.value == 0 and out.after[2][0] == len(expected), f"{out!r}"


def collatz_vec_result(args, out):
    expected = collatz(args[0])
    ptr, length, cap = out.value
    if isinstance(expected, int):
        assert ptr is None and length == cap == 0, f"returned {out.value}"
    else:
        assert ptr is not None and length == len(expected) <= cap, f"returned {out.value}"


def collatz_fill_result(args, out):
    start, buffer, capacity = args
    expected = collatz(start)
    if buffer is None and capacity != 0:
        assert out.value == const("vectors", "VEC_NULL_POINTER"), f"returned {out.value}"
    elif isinstance(expected, int):
        assert out.value == expected, f"returned {out.value}, expected {expected}"
    else:
        assert out.value == len(expected), f"returned {out.value}, expected {len(expected)}"
        written = min(len(expected), capacity)
        if written:
            assert out.after[1][:written] == expected[:written], f"wrote {out.after[1]}"


def runs_encode_result(args, out):
    data, n, where = args
    null = const("vectors", "VEC_NULL_POINTER")
    if where is None:
        assert out.value == null, f"returned {out.value}"
    elif n == 0:
        assert out.value == 0, f"returned {out.value}"
    elif data is None:
        assert out.value == null, f"returned {out.value}"
    else:
        values = data.values[:n]
        runs = 1 + sum(a != b for a, b in zip(values, values[1:], strict=False))
        assert out.value == runs, f"returned {out.value}, expected {runs} runs of {values}"


def table_new_result(args, out):
    rows, cols = args
    ptr, length, _ = out.value
    if rows * cols == 0 or rows * cols > const("vectors", "TABLE_MAX_CELLS"):
        assert ptr is None and length == 0, f"returned {out.value}"
    else:
        assert ptr is not None and length == rows * cols, f"returned {out.value}"


def evens_result(args, out):
    n, where = args
    if where is None:
        assert out.value == -1, f"returned {out.value}"
    elif n > const("vec_traps", "EVENS_MAX"):
        assert out.value == -2, f"returned {out.value}"
    else:
        assert out.value == (n + 1) // 2, f"returned {out.value}"


def level_for_status_result(args, out):
    (status,) = args
    levels = [(100, 199, 10), (200, 399, 20), (400, 499, 30), (500, 599, 40)]
    want = next((level for lo, hi, level in levels if lo <= status <= hi), 50)
    assert out.value == want, f"returned {out.value}, expected {want}"


def null_vector():
    """A `{ptr, len, cap}` struct with a NULL ptr and any lengths: a free must ignore it."""
    size = integers("size_t")
    return st.tuples(st.none(), size, size).map(StructValue)


def out_pointer(free_function, where, length):
    """release: the pointer that came back through `T **out` (argument `where`, a
    one-element array after the call) goes to `free_function(pointer, length)`."""

    def release(free, args, after, value):
        if after[where] and after[where][0]:
            free(free_function, after[where][0], length(value, after))

    return release


# `T **out`: NULL, or room for one pointer
OUT_POINTER = st.sampled_from([None, Array((None,))])


def owned_and_freed(library: str, producer: str, free: str, inputs: st.SearchStrategy) -> dict:
    """Specials for a function that returns an owned pointer (NULL exactly for a NULL input)
    and the function that frees it, which gets NULL or what `producer(input)` made."""
    return {
        f"{library}.{producer}": Special(
            destructor=free,
            check=lambda args, out: (args[0] is None) == (out.value is None) or pytest.fail(),
        ),
        f"{library}.{free}": Special(
            consumes=True,
            arguments=st.tuples(st.one_of(st.none(), inputs.map(lambda v: made_by(producer, v)))),
        ),
    }


def duration_null_gives(args, out):
    """rich_errors' parsers: a NULL text or out_ms gives DURATION_NULL_POINTER (a NULL
    error struct is allowed)."""
    if args[0] is None or args[1] is None:
        want = const("rich_errors", "DURATION_NULL_POINTER")
        assert out.value == want, f"returned {out.value}, expected {want}"


# Per function, what the header cannot say. Keys are "library.function".
SPECIALS: dict[str, Special] = {
    # ----- clibrary (Parts I and II)
    "clibrary.add_numbers": Special(check=returns(lambda a, b: wrap32(a + b))),
    "clibrary.average": Special(check=returns(lambda a, b: (a + b) / 2)),
    "clibrary.get_unsigned_value": Special(check=identity),
    "clibrary.modify_value": Special(
        check=lambda args, out: args[0] is None or out.after[0][0] == 99 or pytest.fail(f"{out}")
    ),
    "clibrary.allocate_array": Special(destructor="free_array", check=null_unless_positive),
    "clibrary.get_array": Special(destructor="free_array", check=null_unless_positive),
    "clibrary.free_array": Special(
        consumes=True,
        arguments=st.tuples(
            st.one_of(
                st.none(),
                sizes(64).map(lambda n: made_by("allocate_array", n)),
                sizes(64).map(lambda n: made_by("get_array", n)),
                arrays(-5, 5),
            )
        ),
        check=free_array_result,
    ),
    "clibrary.fill_array": Special(check=fill_array_result),
    "clibrary.sum_doubles": Special(check=null_gives(math.nan, when=lambda v, n: n != 0)),
    "clibrary.scale_doubles": Special(check=null_gives(-1, when=lambda v, n, f: n != 0)),
    # ----- type_table (Part I): every identity function returns its argument
    **{
        f"type_table.{f.name}": Special(check=identity)
        for f in headers.functions()
        if f.library == "type_table" and f.name.startswith("identity_")
    },
    # ... and a C string ends at its first NUL
    "type_table.identity_c_char_p": Special(check=returns(lambda s: s and s.split(b"\0")[0])),
    "type_table.identity_c_wchar_p": Special(check=returns(lambda s: s and s.split("\0")[0])),
    # ----- batch_ops (Part IV)
    "batch_ops.add_i32": Special(check=returns(lambda a, b: wrap32(a + b))),
    "batch_ops.add_f64": Special(check=returns(lambda a, b: a + b)),
    "batch_ops.batch_add_f64": Special(check=null_gives(-1, when=lambda a, b, o, n: n > 0)),
    "batch_ops.increment": Special(check=null_gives(-1)),
    "batch_ops.format_value": Special(check=format_value_result),
    "batch_ops.compare_f64": Special(check=null_gives(0)),
    "batch_ops.sort_f64_with": Special(
        check=null_gives(-1, when=lambda d, n, c: n > 0 or c is None)
    ),
    "batch_ops.sort_f64": Special(check=all_of(null_gives(-1, when=lambda d, n: n > 0), in_order)),
    "batch_ops.new_doubles": Special(
        destructor="free_doubles",
        check=lambda args, out: args[0] != 0 or out.value is None or pytest.fail("not NULL"),
    ),
    "batch_ops.free_doubles": Special(consumes=True, arguments=frees("new_doubles", 1.5)),
    "batch_ops.busy_work": Special(values={"iterations": Bounded(100_000)}),
    # ----- callbacks (Part V)
    "callbacks.visit_primes": Special(
        values={"limit": Bounded(2_000)},
        check=null_gives(-1, when=lambda limit, visit, data: visit is None),
    ),
    "callbacks.log_message": Special(check=lambda args, out: out.value in (0, 1) or pytest.fail()),
    # ----- cstrings (Part II)
    "cstrings.byte_length": Special(
        check=returns(lambda s: -1 if s is None else len(s.split(b"\0")[0]))
    ),
    "cstrings.char_count": Special(check=char_count_result),
    "cstrings.wide_length": Special(
        check=returns(lambda s: -1 if s is None else len(s.split("\0")[0]))
    ),
    "cstrings.greet": Special(check=greet_result),
    **owned_and_freed("cstrings", "greeting", "free_greeting", st.binary(max_size=8)),
    # ----- errors (Part V)
    "errors.parse_celsius": Special(check=null_gives(const("errors", "TEMP_NULL_POINTER"))),
    "errors.temp_error_message": Special(check=lambda args, out: out.value or pytest.fail("NULL")),
    "errors.open_readonly": Special(
        # Whatever it opens is closed again, so the worker keeps its file descriptors.
        values={
            "path": st.one_of(
                st.none(),
                st.sampled_from([b"", b"/", b"/nonexistent", b"\xff"]),
                st.binary(max_size=16).map(lambda b: b.replace(b"\0", b"")),
            )
        },
        cleanup=lambda lib, value, args: value >= 0 and lib.close_fd(value),
        check=lambda args, out: args[0] is not None or out.value == -1 or pytest.fail(),
    ),
    "errors.close_fd": Special(
        # Never a descriptor the worker itself uses (its pipe to the test is one).
        values={"fd": [-1, -(1 << 31), (1 << 31) - 1, 1 << 20]},
        check=returns(lambda fd: -1),
    ),
    # ----- math_ops (Part III)
    "math_ops.square": Special(check=returns(lambda n: wrap32(n * n))),
    "math_ops.safe_add": Special(check=returns(lambda a, b: wrap32(a + b))),
    "math_ops.spin": Special(values={"iterations": Bounded(100_000)}),
    "math_ops.square_array": Special(check=null_gives(-1)),
    "math_ops.counter_add": Special(values={"times": Bounded(10_000)}),
    # Waits (spinning) up to timeout_ms for other callers, by design: keep the wait short.
    "math_ops.rendezvous": Special(
        values={"timeout_ms": Bounded(20)},
        check=lambda args, out: out.value in (0, 1) or pytest.fail(f"returned {out.value}"),
    ),
    # ----- racy_counter (Part III): loop counts, and a rendezvous that gives up in time
    "racy_counter.counter_add": Special(values={"times": Bounded(10_000)}),
    "racy_counter.counter_add_lockstep": Special(
        values={"timeout_ms": Bounded(20)},
        check=lambda args, out: out.value in (0, 1) or pytest.fail(f"returned {out.value}"),
    ),
    # ----- panics (Part V)
    # Panics on whole == 0 and, being extern "C", aborts: chapter 26's crash demo. Any other
    # input must return.
    "panics.percent": Special(
        documented_crash=lambda part, whole: "SIGABRT" if whole == 0 else None
    ),
    "panics.percent_checked": Special(check=percent_checked_result),
    # Panics inside a destructor while a panic unwinds: Rust aborts, on purpose (chapter 26).
    "panics.panic_in_cleanup": Special(documented_crash=lambda: "SIGABRT"),
    # ----- pitfalls (Part V)
    "pitfalls.exported": Special(check=returns(lambda a, b: wrap32(a * b))),
    "pitfalls.make_numbers": Special(
        destructor="free_numbers",
        check=lambda args, out: (0 < args[0] <= 1_000_000) or out.value is None or pytest.fail(),
    ),
    "pitfalls.free_numbers": Special(consumes=True, arguments=frees("make_numbers")),
    "pitfalls.sum_numbers": Special(check=null_gives(0)),
    # ----- shapes (Part II)
    "shapes.point_scale": Special(check=null_gives(-1)),
    "shapes.polygon_perimeter": Special(check=null_gives(math.nan, when=lambda p, n: n != 0)),
    "shapes.sample_make": Special(
        check=lambda args, out: (
            (out.value[0], out.value[2]) == (args[0], args[2]) or pytest.fail(f"{out.value}")
        )
    ),
    "shapes.accumulator_new": Special(destructor="accumulator_free"),
    "shapes.accumulator_free": Special(
        consumes=True, arguments=st.tuples(st.sampled_from([None, made_by("accumulator_new")]))
    ),
    **{
        f"shapes.accumulator_{name}": Special(
            values={"acc": st.sampled_from([None, made_by("accumulator_new")])},
            check=null_gives(error),
        )
        for name, error in (("add", -1), ("mean", math.nan), ("count", -1))
    },
    # ----- layouts (Part VI): generic inputs cover every function
    # ----- raw_bytes (Part VI)
    "raw_bytes.bytes_adler32": Special(check=adler32_result),
    "raw_bytes.bytes_xor": Special(check=xor_result),
    "raw_bytes.rle_encode": Special(
        destructor="bytes_free",
        destructor_args=lambda args, after: (after[2][0],),  # the length it wrote
        check=rle_encode_result,
    ),
    # Real buffers reach bytes_free from rle_encode's own test (its destructor, above).
    "raw_bytes.bytes_free": Special(
        consumes=True, arguments=st.tuples(st.none(), integers("size_t"))
    ),
    **owned_and_freed(
        "raw_bytes",
        "wide_reversed",
        "wide_free",
        st.text(max_size=8).map(lambda t: t.replace("\0", "")),
    ),
    "raw_bytes.primes_below": Special(
        check=lambda args, out: (
            args[0] <= 1 << 20 or out.value == -3 or pytest.fail(f"returned {out.value}")
        )
    ),
    # ----- pointer_graphs (Part VI): string lists end in NULL; argc never passes the end
    "pointer_graphs.argv_count": Special(
        values={"list": counted_strings(nulls=False).map(lambda c: c[1])},
        check=lambda args, out: (
            out.value == (len(args[0]) - 1 if args[0] else -1)
            or pytest.fail(f"returned {out.value}")
        ),
    ),
    "pointer_graphs.argv_join": Special(arguments=join_arguments(), check=join_result),
    "pointer_graphs.cmdline_new": Special(destructor="cmdline_free", arguments=counted_strings()),
    "pointer_graphs.cmdline_free": Special(
        consumes=True, arguments=st.tuples(st.sampled_from([None, made_by("cmdline_new", 0, None)]))
    ),
    "pointer_graphs.cmdline_option": Special(
        values={"cl": st.sampled_from([None, made_by("cmdline_new", 0, None)])},
        check=lambda args, out: out.value is None or pytest.fail(f"returned {out.value}"),
    ),
    **owned_and_freed("pointer_graphs", "words_split", "words_free", C_STRINGS.filter(bool)),
    "pointer_graphs.list_from_values": Special(
        values={"out": st.sampled_from([None, Array((None,))])},  # NULL, or a Node *
        release=lambda free, args, after, value: (
            after[2] and after[2][0] and free("list_free", after[2][0])
        ),
        check=list_from_values_result,
    ),
    "pointer_graphs.list_reverse": Special(
        values={"head": st.sampled_from([None, Array((None,))])},  # NULL, or an empty list
        check=lambda args, out: out.value == (-1 if args[0] is None else 0) or pytest.fail(),
    ),
    # Real lists reach list_free from list_from_values' own test (its release, above).
    "pointer_graphs.list_free": Special(consumes=True, arguments=st.tuples(st.none())),
    # ----- plugin_host (Part VII)
    "plugin_host.host_scale": Special(check=returns(lambda x: 10 * x)),
    # ----- keepalive (Part VII): a Job's pointers cannot be generated, NULL ones can
    **{
        f"keepalive.{name}": Special(values={"job": st.one_of(st.none(), JOBS)}, check=check)
        for name, check in (
            ("job_checksum", job_checksum_result),
            ("job_name_length", job_name_length_result),
        )
    },
    # ----- rich_errors (Part VII): the last error is the worker thread's, whatever its
    # earlier calls left (NULL before any failure)
    **{
        f"rich_errors.{name}": Special(check=duration_null_gives)
        for name in ("parse_duration", "parse_duration_into", "parse_duration_shared")
    },
    "rich_errors.last_error_message": Special(destructor="error_string_free"),
    "rich_errors.shared_error_message": Special(destructor="error_string_free"),
    "rich_errors.error_string_free": Special(
        consumes=True,
        arguments=st.tuples(
            st.one_of(
                st.none(),
                st.just(made_by("last_error_message")),
                st.just(made_by("shared_error_message")),
            )
        ),
    ),
    "rich_errors.last_error_copy": Special(
        check=lambda args, out: args[0] is not None or out.value == -1 or pytest.fail()
    ),
    # ----- callbacks_ctx (Part VII): each loops `count` times (one worker thread for
    # run_in_worker); a NULL callback or total is -1. A callback returning a Point by value
    # cannot be made with ctypes (chapter 34), so sum_points_by_value gets only NULL ones.
    **{
        f"callbacks_ctx.{name}": Special(values={"count": Bounded(2_000)}, check=calls_made)
        for name in ("for_each_item", "run_in_worker", "emit_points")
    },
    "callbacks_ctx.sum_points": Special(values={"count": Bounded(2_000)}, check=points_added),
    "callbacks_ctx.sum_points_by_value": Special(
        arguments=st.tuples(st.integers(-2, 2_000), st.none(), st.none(), st.none()),
        check=returns(lambda count, make, data, total: -1),
    ),
    # ----- rx (Part VII): a compiled pattern comes from rx_compile; the match vectors
    # need a pattern to be made, so only their NULL case is generated here (the crate's
    # unit tests and tests/test_capstone_regex.py cover the rest)
    "rx.rx_compile": Special(
        destructor="rx_free",
        check=lambda args, out: (
            args[0] is not None or args[1] == 0 or out.value is None or pytest.fail("not NULL")
        ),
    ),
    "rx.rx_free": Special(consumes=True, arguments=st.tuples(RX_PATTERNS)),
    "rx.rx_group_count": Special(
        values={"re": RX_PATTERNS}, check=returns(lambda re: -1 if re is None else 3)
    ),
    "rx.rx_group_name": Special(values={"re": RX_PATTERNS}),
    "rx.rx_is_match": Special(values={"re": RX_PATTERNS}, check=rx_null_gives(-1)),
    "rx.rx_count": Special(values={"re": RX_PATTERNS}, check=rx_null_gives(-1)),
    **{
        f"rx.{name}": Special(
            values={"re": RX_PATTERNS, "units": RX_UNITS},
            destructor="rx_matches_free",
            check=rx_null_gives(None),
        )
        for name in ("rx_find_all", "rx_captures_all")
    },
    "rx.rx_find_next": Special(values={"re": RX_PATTERNS, "units": RX_UNITS}),
    **{
        f"rx.rx_matches_{name}": Special(
            values={"m": st.none()}, check=returns(lambda m, error=error: error)
        )
        for name, error in (("count", -1), ("groups", -1), ("spans", None))
    },
    "rx.rx_matches_free": Special(consumes=True, arguments=st.tuples(st.none())),
    # ----- vectors (Part VI). What a producer hands out goes straight back to its free
    # function; the free functions themselves get NULL, which they must ignore.
    "vectors.collatz_into": Special(
        values={"out": OUT_POINTER},
        release=out_pointer("collatz_free", 1, lambda value, after: after[2][0]),
        check=collatz_into_result,
    ),
    "vectors.collatz_free": Special(
        consumes=True, arguments=st.tuples(st.none(), integers("size_t"))
    ),
    "vectors.collatz_vec": Special(destructor="vec_u64_free", check=collatz_vec_result),
    "vectors.vec_u64_free": Special(consumes=True, arguments=st.tuples(null_vector())),
    "vectors.collatz_fill": Special(check=collatz_fill_result),
    "vectors.runs_encode": Special(
        values={"out": OUT_POINTER},
        release=out_pointer("runs_free", 2, lambda value, after: value),
        check=runs_encode_result,
    ),
    "vectors.runs_free": Special(consumes=True, arguments=st.tuples(st.none(), integers("size_t"))),
    "vectors.table_new": Special(destructor="vec_f64_free", check=table_new_result),
    "vectors.vec_f64_free": Special(consumes=True, arguments=st.tuples(null_vector())),
    "vectors.live_vectors": Special(check=lambda args, out: out.value >= 0 or pytest.fail()),
    # ----- vec_traps (Part VI). evens_into's arrays have no correct free function (that is
    # the trap chapter 29 shows), so the worker keeps them: at most 800 kB each.
    "vec_traps.evens_into": Special(values={"out": OUT_POINTER}, check=evens_result),
    "vec_traps.evens_into_exact": Special(
        values={"out": OUT_POINTER},
        release=out_pointer("evens_free", 1, lambda value, after: value),
        check=evens_result,
    ),
    "vec_traps.evens_free": Special(
        consumes=True, arguments=st.tuples(st.none(), integers("size_t"))
    ),
    "vec_traps.evens_vec": Special(
        destructor="evens_vec_free",
        check=lambda args, out: (
            (out.value[0] is None) == (args[0] == 0 or args[0] > const("vec_traps", "EVENS_MAX"))
            or pytest.fail(f"returned {out.value}")
        ),
    ),
    "vec_traps.evens_vec_free": Special(consumes=True, arguments=st.tuples(null_vector())),
    # Undefined behaviour for every vector evens_vec makes (chapter 29's swapped_sizes.py
    # makes that call in a process of its own); the generic input is a NULL vector.
    "vec_traps.evens_contains_swapped": Special(
        arguments=st.tuples(null_vector(), integers("uint64_t")),
        check=returns(lambda v, target: False),
    ),
    # ----- enums_unions (Part VI). shape_corners gets only Shape's three values (the header
    # lists them): any other integer is undefined behaviour for a Rust enum parameter.
    "enums_unions.shape_corners": Special(check=returns(lambda s: {0: 0, 1: 4, 2: 3}[s])),
    "enums_unions.shape_corners_checked": Special(
        check=returns(lambda s: {0: 0, 1: 4, 2: 3}.get(s, const("enums_unions", "SHAPE_INVALID")))
    ),
    "enums_unions.level_for_status": Special(check=level_for_status_result),
    "enums_unions.number_real_at": Special(check=null_gives(math.nan)),
    "enums_unions.value_parse": Special(
        check=all_of(
            null_gives(const("enums_unions", "VALUE_NULL_POINTER")),
            lambda args, out: out.value in (0, -1, -2) or pytest.fail(f"returned {out.value}"),
        )
    ),
    "enums_unions.value_to_real": Special(
        check=all_of(
            null_gives(math.nan),
            lambda args, out: (
                args[0] is None
                or args[0].values[0].values[0] in (0, 1, 2)
                or math.isnan(out.value)
                or pytest.fail(f"an unknown tag must give NaN; returned {out.value}")
            ),
        )
    ),
    # ----- wrapped (Part VII): handles come from stats_new and hist_new; the free functions
    # refuse what is not a live handle of their kind (WR_NOT_LIVE), so a made handle and NULL
    # are the inputs that matter
    "wrapped.stats_new": Special(destructor="stats_free"),
    "wrapped.stats_free": Special(
        consumes=True, arguments=st.tuples(st.sampled_from([None, made_by("stats_new")]))
    ),
    "wrapped.hist_new": Special(destructor="hist_free", check=hist_new_result),
    "wrapped.hist_free": Special(
        consumes=True,
        arguments=st.tuples(st.sampled_from([None, made_by("hist_new", 0.0, 1.0, 4)])),
    ),
    **{
        f"wrapped.stats_{name}": Special(
            values={"stats": st.sampled_from([None, made_by("stats_new")])},
            check=null_gives(-1, when=when),
        )
        for name, when in (
            ("push", None),
            ("push_many", lambda s, v, n: s is None or n != 0),
            ("count", None),
            ("range", None),
            ("mean", None),
        )
    },
    **{
        f"wrapped.hist_{name}": Special(
            values={"hist": st.sampled_from([None, made_by("hist_new", 0.0, 1.0, 4)])},
            check=null_gives(-1, when=lambda h, *rest: h is None),
        )
        for name in ("add", "bin")
    },
}
# A function that frees or closes what it is given cannot get arbitrary input: SPECIALS must
# say where its argument comes from.
FREES = re.compile(r"(^|_)(free|destroy|release|close)(_|$)")


def make_spec(fn: headers.Function, head: headers.Header, types: Types) -> Spec:
    """The function's Spec, or Unsupported saying what is missing."""
    special = SPECIALS.get(fn.key, Special())
    spec = Spec(fn, head, special, types)
    if FREES.search(fn.name) and special.arguments is None and not special.values:
        raise Unsupported("it frees what it is given: SPECIALS must say what that is")
    ret = fn.ret
    owned = ret.pointers and not ret.const and not fn.name.startswith("identity_")
    if owned and special.destructor is None:
        raise Unsupported("it returns a pointer: SPECIALS must name its destructor")
    spec.strategy()  # may raise Unsupported
    return spec


def build_specs() -> tuple[dict[str, Spec], dict[str, str]]:
    specs, missing = {}, {}
    for head in headers.headers():
        types = Types(head)
        for fn in head.functions:
            if fn.key in EXEMPT:
                continue
            try:
                specs[fn.key] = make_spec(fn, head, types)
            except Unsupported as e:
                missing[fn.key] = str(e)
            except Exception as e:  # a declaration this module cannot handle: say so, loudly
                missing[fn.key] = f"cannot build its test: {type(e).__name__}: {e}"
    return specs, missing


SPECS, MISSING = build_specs()


@pytest.fixture(scope="module")
def worker():
    build.rust()
    w = Worker(SPECS)
    yield w
    w.stop()
    print(f"\nboundary: {w.calls} calls of {len(SPECS)} functions, {w.restarts} worker restarts")


def test_every_exported_function_is_covered():
    everything = {f.key for f in headers.functions()}
    problems = [f"{key}: {why}" for key, why in sorted(MISSING.items())]
    problems += [
        f"{key}: EXEMPT names a function no header declares"
        for key in EXEMPT
        if key not in everything
    ]
    problems += [
        f"{key}: SPECIALS names a function no header declares"
        for key in SPECIALS
        if key not in everything
    ]
    assert not problems, (
        "exported functions without a boundary property test (add them to SPECIALS, or, if\n"
        "they exist to crash, to EXEMPT with the reason):\n" + "\n".join(problems)
    )


RUST_TESTS = re.compile(r"#\[cfg\(test\)\]\s*mod tests\s*\{(.*)", re.S)


def rust_tests(head: headers.Header) -> str:
    source = (paths.CDYLIB / head.library / "src" / "lib.rs").read_text(encoding="utf-8")
    m = RUST_TESTS.search(source)
    return m[1] if m else ""


def test_every_exported_function_has_a_rust_unit_test():
    """Each crate's `#[cfg(test)] mod tests` uses each function its header exports."""
    untested = []
    for head in headers.headers():
        tests = rust_tests(head)
        for fn in head.functions:
            if not re.search(rf"\b{fn.name}\b", tests):  # called, or handed to a helper
                untested.append(f"{fn.key} (cdylib/{head.library}/src/lib.rs)")
    assert not untested, "exported functions no Rust unit test calls:\n" + "\n".join(untested)


# Functions that take a pointer but never read or write through it, so NULL is not an error
# path of theirs: no Rust NULL test needed.
NEVER_DEREFERENCED = {
    "callbacks.log_message": "hands `text` to the caller's logger untouched",
    "callbacks.set_logger": "stores the function pointer; NULL means 'no logger'",
}
NULL = re.compile(r"\bnull(_mut)?\(\)|\bNone\b")


def calls_in(tests: str, name: str) -> list[str]:
    """The argument lists of every call of `name` in `tests`."""
    found = []
    for m in re.finditer(rf"\b{name}\s*\(", tests):
        depth, end = 1, m.end()
        while depth and end < len(tests):
            depth += tests[end] == "("
            depth -= tests[end] == ")"
            end += 1
        found.append(tests[m.end() : end - 1])
    return found


def test_every_pointer_function_has_a_rust_null_test():
    """The error path the house rules demand: each function taking a pointer is called with
    NULL (`null()`, `null_mut()` or `None` for a function pointer) by its crate's tests."""
    missing = []
    for head in headers.headers():
        tests = rust_tests(head)
        for fn in head.functions:
            pointers = [p for p in fn.params if p.type.pointers or p.type.function]
            if not pointers or fn.key in EXEMPT or fn.key in NEVER_DEREFERENCED:
                continue
            if not any(NULL.search(call) for call in calls_in(tests, fn.name)):
                missing.append(f"{fn.key} (cdylib/{head.library}/src/lib.rs)")
    assert not missing, "functions taking a pointer whose Rust tests never pass NULL:\n" + (
        "\n".join(missing)
    )


def outcome_ok(spec: Spec, worker: Worker, args: tuple) -> None:
    """Make the call; raise AssertionError (with the call, in C terms) if it went wrong."""
    out = worker.call(spec.key, args)
    call = render(spec.fn, args)
    documented = spec.special.documented_crash and spec.special.documented_crash(*args)
    if out.crash:
        if documented and out.crash == f"killed by {documented}":
            return  # the crash its documentation announces
        raise AssertionError(f"{call} crashed: {out.crash}")  # Hypothesis shrinks it
    if spec.special.check:
        try:
            spec.special.check(args, out)
        except AssertionError as e:
            raise AssertionError(f"{call}: {e}") from None


@pytest.mark.parametrize("key", sorted(SPECS))
def test_boundary_inputs_never_crash(worker, key):
    spec = SPECS[key]

    @BOUNDARY_SETTINGS
    @given(spec.strategy())
    def property_holds(args):
        outcome_ok(spec, worker, args)

    property_holds()


CORNERS = {key: calls for key, spec in sorted(SPECS.items()) if (calls := spec.corner_calls())}


@pytest.mark.parametrize("key", sorted(CORNERS))
def test_integer_corners_in_combination(worker, key):
    """Every combination of 0, ±1, 2, MIN, MAX and the overflowing products."""
    spec = SPECS[key]
    failures = []
    for args in CORNERS[key]:
        try:
            outcome_ok(spec, worker, args)
        except AssertionError as e:
            failures.append(str(e))
    assert not failures, f"{len(failures)} of {len(CORNERS[key])} corner calls failed:\n" + (
        "\n".join(failures[:10])
    )


def test_the_corners_cover_the_integer_functions():
    """The combinations reach every function with one to three integer parameters, and try
    the value that once aborted panics.percent (2**29 * 100 wraps to INT_MIN)."""
    assert "panics.percent" in CORNERS
    assert (536870912, -1) in CORNERS["panics.percent"]
    assert len(CORNERS) >= 30, sorted(CORNERS)
