"""Property-based tests at the boundary: every exported function, called through ctypes.

For every function in every library crate's header (``cdylib/<crate>/<crate>.h``, found by
``boundary.functions()``), Hypothesis generates boundary inputs (integer extremes, NaN,
NULL pointers, empty, huge and non-UTF-8 strings, zero, negative and huge lengths) and the
call runs in a forked worker (``boundary.Worker``). A call passes when it returns (no
signal, no hang) and, where the function documents its result, that result is right.

A crash fails the test with the call that caused it, shrunk by Hypothesis, e.g.::

    sum_doubles(values=NULL, n=1) crashed: killed by SIGSEGV

Most functions need nothing here: their inputs follow from the header. ``SPECIAL`` holds
what the header cannot say (which function frees a returned pointer, a loop bound that
would otherwise run for centuries, the documented results to check, a documented crash such
as ``percent(part, 0)`` aborting); ``EXEMPT`` the functions whose every boundary input is
undefined behaviour on purpose (none today). ``test_every_exported_function_is_covered``
fails for a new function that fits neither; ``test_every_exported_function_has_a_rust_unit_test``
and ``test_every_pointer_function_has_a_rust_null_test`` for one its crate's
``#[cfg(test)]`` module never calls, or never calls with NULL.

Fixed settings (``derandomize=True``, no example database): every run tries the same
inputs, so CI is repeatable and a failure reproduces with the same command.
"""

from __future__ import annotations

import ctypes
import math
import re
import struct

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import boundary
import runner
from boundary import Spec

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
# Functions whose boundary inputs are undefined behaviour on purpose (a page demonstrates
# the UB), so no input can be generated for them. Each needs a reason. None today: the
# deliberate crashes (panics.percent aborting on whole == 0) are tested as documented
# crashes instead, with `documented_crash` in SPECIAL.
EXEMPT: dict[str, str] = {}
# ANCHOR_END: exempt

# --------------------------------------------------------------------------- checks


def wrap32(v: int) -> int:
    return (v + (1 << 31)) % (1 << 32) - (1 << 31)


def same_float(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or struct.pack("d", a) == struct.pack("d", b)


def identity(args, out):
    (x,) = args
    if isinstance(x, float):
        assert same_float(out.value, x), f"returned {out.value!r}"
    elif isinstance(x, tuple):
        assert out.value is not None, "returned NULL for a real pointer"
    else:
        assert out.value == x, f"returned {out.value!r}"


def returns(expected):
    """check: the result equals expected(*args)."""

    def check(args, out):
        want = expected(*args)
        ok = same_float(out.value, want) if isinstance(want, float) else out.value == want
        assert ok, f"returned {out.value!r}, expected {want!r}"

    return check


def null_gives(error, *, when=None):
    """check: a NULL pointer argument (and `when(*args)`, if given) returns `error`."""

    def check(args, out):
        if any(a is None for a in args) and (when is None or when(*args)):
            ok = same_float(out.value, error) if isinstance(error, float) else out.value == error
            assert ok, f"a NULL pointer must give {error!r}; returned {out.value!r}"

    return check


def all_of(*checks):
    def check(args, out):
        for c in checks:
            c(args, out)

    return check


def made_by(function: str, *args) -> tuple:
    """An argument that is the pointer `function(*args)` returns, made in the worker."""
    return ("made_by", function, args)


def capped(most: int) -> st.SearchStrategy[int]:
    """A loop count: 0, 1 and small values. The function's time grows with it, by design."""
    return st.one_of(st.sampled_from([0, 1, 2]), st.integers(0, most))


def const(lib: str, name: str) -> int:
    head = next(h for h in boundary.headers() if h.library == lib)
    return head.constants[name]


def percent_checked_result(args, out):
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


def format_value_result(args, out):
    value, buf, size = args
    text = str(value).encode()
    if buf is None:
        assert out.value == const("batch_ops", "ERR_NULL"), f"returned {out.value}"
    elif len(text) + 1 > size:
        assert out.value == const("batch_ops", "ERR_TOO_SMALL"), f"returned {out.value}"
    else:
        assert out.value == len(text), f"returned {out.value}"
        assert out.after[1][: len(text) + 1] == text + b"\0", f"wrote {out.after[1]!r}"


def greet_result(args, out):
    name, buf, size = args
    if name is None or (buf is None and size != 0):
        assert out.value == -1, f"returned {out.value}"
        return
    whole = b"Hello, " + name + b"!"
    assert out.value == len(whole), f"returned {out.value}, expected {len(whole)}"
    if buf is not None and size > 0:
        kept = whole[: size - 1]
        assert out.after[1][: len(kept) + 1] == kept + b"\0", f"wrote {out.after[1]!r}"


def char_count_result(args, out):
    (s,) = args
    if s is None:
        want = -1
    else:
        try:
            want = len(s.decode("utf-8"))
        except UnicodeDecodeError:
            want = -2
    assert out.value == want, f"returned {out.value}, expected {want}"


def fill_array_result(args, out):
    arr, capacity, count = args
    if arr is None or count is None:
        assert out.value == -1, f"returned {out.value}"
    elif capacity < const("clibrary", "FILL_COUNT"):
        assert out.value == -2, f"returned {out.value}"
    else:
        assert out.value == 0 and out.after[0][:5] == [0, 10, 20, 30, 40], f"{out!r}"


def free_array_result(args, out):
    (arr,) = args
    if arr is None or arr[0] == "made_by":
        assert out.value == 0, f"freeing NULL or a live array must give 0; returned {out.value}"
    else:
        assert out.value == -1, f"a pointer it never handed out must give -1; got {out.value}"


def in_order(args, out):
    data, n = args[0], args[1]
    if data is None or out.value != 0:
        return
    values = out.after[0][:n]
    if not any(math.isnan(v) for v in values):
        assert values == sorted(values), f"not sorted: {values}"


def sizes(n):
    return st.integers(1, n)


# ----- Part VII
def job_checksum_result(args, out):
    (job,) = args
    if job is None:
        assert out.value == const("keepalive", "JOB_NULL"), f"returned {out.value}"
        return
    _, data, length = job[1][0][1]
    want = 0 if length == 0 else const("keepalive", "JOB_NULL_FIELD")  # data is NULL here
    assert out.value == want, f"returned {out.value}, expected {want}"


def job_name_length_result(args, out):
    (job,) = args
    if job is None:
        want = const("keepalive", "JOB_NULL")
    elif job[1][0][1][0] is None:
        want = const("keepalive", "JOB_NULL_FIELD")
    else:
        want = len(job[1][0][1][0])
    assert out.value == want, f"returned {out.value}, expected {want}"


# A Job whose name is a real string (or NULL) and whose data is NULL, with any length.
JOBS = st.tuples(
    st.one_of(st.none(), st.binary(max_size=16).map(lambda b: b.replace(b"\0", b""))),
    boundary.integers("size_t"),
).map(lambda v: ("array", [("struct", (v[0], None, v[1]))]))


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


# Per function, what the header cannot say. Keys are "library.function".
SPECIAL: dict[str, dict] = {
    # ----- clibrary (Parts I and II)
    "clibrary.add_numbers": {"check": returns(lambda a, b: wrap32(a + b))},
    "clibrary.average": {"check": returns(lambda a, b: (a + b) / 2)},
    "clibrary.get_unsigned_value": {"check": identity},
    "clibrary.modify_value": {
        "check": lambda args, out: args[0] is None or out.after[0][0] == 99 or pytest.fail(f"{out}")
    },
    "clibrary.allocate_array": {
        "destructor": "free_array",
        "check": lambda args, out: args[0] > 0 or out.value is None or pytest.fail("not NULL"),
    },
    "clibrary.get_array": {
        "destructor": "free_array",
        "check": lambda args, out: args[0] > 0 or out.value is None or pytest.fail("not NULL"),
    },
    "clibrary.free_array": {
        "consumes": True,
        "arguments": st.tuples(
            st.one_of(
                st.none(),
                sizes(64).map(lambda n: made_by("allocate_array", n)),
                sizes(64).map(lambda n: made_by("get_array", n)),
                st.lists(st.integers(-5, 5), min_size=1, max_size=4).map(lambda v: ("array", v)),
            )
        ),
        "check": free_array_result,
    },
    "clibrary.fill_array": {"check": fill_array_result},
    "clibrary.sum_doubles": {"check": null_gives(math.nan, when=lambda v, n: n != 0)},
    "clibrary.scale_doubles": {"check": null_gives(-1, when=lambda v, n, f: n != 0)},
    # ----- type_table (Part I): every identity function returns its argument
    **{
        f"type_table.{f.name}": {"check": identity}
        for f in boundary.functions()
        if f.library == "type_table" and f.name.startswith("identity_")
    },
    # ... and a C string ends at its first NUL
    "type_table.identity_c_char_p": {"check": returns(lambda s: s and s.split(b"\0")[0])},
    "type_table.identity_c_wchar_p": {"check": returns(lambda s: s and s.split("\0")[0])},
    # ----- batch_ops (Part IV)
    "batch_ops.add_i32": {"check": returns(lambda a, b: wrap32(a + b))},
    "batch_ops.add_f64": {"check": returns(lambda a, b: a + b)},
    "batch_ops.batch_add_f64": {"check": null_gives(-1, when=lambda a, b, o, n: n > 0)},
    "batch_ops.increment": {"check": null_gives(-1)},
    "batch_ops.format_value": {"check": format_value_result},
    "batch_ops.compare_f64": {"check": null_gives(0)},
    "batch_ops.sort_f64_with": {"check": null_gives(-1, when=lambda d, n, c: n > 0 or c is None)},
    "batch_ops.sort_f64": {"check": all_of(null_gives(-1, when=lambda d, n: n > 0), in_order)},
    "batch_ops.new_doubles": {
        "destructor": "free_doubles",
        "check": lambda args, out: args[0] != 0 or out.value is None or pytest.fail("not NULL"),
    },
    "batch_ops.free_doubles": {
        "consumes": True,
        "arguments": st.one_of(
            st.tuples(st.none(), boundary.integers("size_t")),
            sizes(64).map(lambda n: (made_by("new_doubles", n, 1.5), n)),
        ),
    },
    "batch_ops.busy_work": {"params": {"iterations": capped(100_000)}},
    # ----- callbacks (Part V)
    "callbacks.visit_primes": {
        "params": {"limit": capped(2_000)},
        "check": null_gives(-1, when=lambda limit, visit, data: visit is None),
    },
    "callbacks.log_message": {"check": lambda args, out: out.value in (0, 1) or pytest.fail()},
    # ----- cstrings (Part II)
    "cstrings.byte_length": {
        "check": returns(lambda s: -1 if s is None else len(s.split(b"\0")[0]))
    },
    "cstrings.char_count": {"check": char_count_result},
    "cstrings.wide_length": {
        "check": returns(lambda s: -1 if s is None else len(s.split("\0")[0]))
    },
    "cstrings.greet": {"check": greet_result},
    "cstrings.greeting": {
        "destructor": "free_greeting",
        "check": lambda args, out: (args[0] is None) == (out.value is None) or pytest.fail(),
    },
    "cstrings.free_greeting": {
        "consumes": True,
        "arguments": st.tuples(
            st.one_of(st.none(), st.binary(max_size=8).map(lambda n: made_by("greeting", n)))
        ),
    },
    # ----- errors (Part V)
    "errors.parse_celsius": {"check": null_gives(const("errors", "TEMP_NULL_POINTER"))},
    "errors.temp_error_message": {"check": lambda args, out: out.value or pytest.fail("NULL")},
    "errors.open_readonly": {
        # Whatever it opens is closed again, so the worker keeps its file descriptors.
        "params": {
            "path": st.one_of(
                st.none(),
                st.sampled_from([b"", b"/", b"/nonexistent", b"\xff"]),
                st.binary(max_size=16).map(lambda b: b.replace(b"\0", b"")),
            )
        },
        "cleanup": lambda lib, value, args: value >= 0 and lib.close_fd(value),
        "check": lambda args, out: args[0] is not None or out.value == -1 or pytest.fail(),
    },
    "errors.close_fd": {
        # Never a descriptor the worker itself uses (its pipe to the test is one).
        "params": {"fd": st.sampled_from([-1, -(1 << 31), (1 << 31) - 1, 1 << 20])},
        "check": returns(lambda fd: -1),
    },
    # ----- math_ops (Part III)
    "math_ops.square": {"check": returns(lambda n: wrap32(n * n))},
    "math_ops.safe_add": {"check": returns(lambda a, b: wrap32(a + b))},
    "math_ops.spin": {"params": {"iterations": capped(100_000)}},
    "math_ops.square_array": {"check": null_gives(-1)},
    "math_ops.counter_add": {"params": {"times": capped(10_000)}},
    # Waits (spinning) up to timeout_ms for other callers, by design: keep the wait short.
    "math_ops.rendezvous": {
        "params": {"timeout_ms": capped(20)},
        "check": lambda args, out: out.value in (0, 1) or pytest.fail(f"returned {out.value}"),
    },
    # ----- panics (Part V)
    # Panics on whole == 0 and, being extern "C", aborts: chapter 26's crash demo. Any other
    # input must return (part * 100 wraps around in a release build).
    "panics.percent": {"documented_crash": lambda part, whole: "SIGABRT" if whole == 0 else None},
    "panics.percent_checked": {"check": percent_checked_result},
    # ----- pitfalls (Part V)
    "pitfalls.exported": {"check": returns(lambda a, b: wrap32(a * b))},
    "pitfalls.make_numbers": {
        "destructor": "free_numbers",
        "check": lambda args, out: (0 < args[0] <= 1_000_000) or out.value is None or pytest.fail(),
    },
    "pitfalls.free_numbers": {
        "consumes": True,
        "arguments": st.one_of(
            st.tuples(st.none(), boundary.integers("size_t")),
            sizes(64).map(lambda n: (made_by("make_numbers", n), n)),
        ),
    },
    "pitfalls.sum_numbers": {"check": null_gives(0)},
    # ----- shapes (Part II)
    "shapes.point_scale": {"check": null_gives(-1)},
    "shapes.polygon_perimeter": {"check": null_gives(math.nan, when=lambda p, n: n != 0)},
    "shapes.sample_make": {
        "check": lambda args, out: (
            (out.value[0], out.value[2]) == (args[0], args[2]) or pytest.fail(f"{out.value}")
        )
    },
    "shapes.accumulator_new": {"destructor": "accumulator_free"},
    "shapes.accumulator_free": {
        "consumes": True,
        "arguments": st.tuples(st.sampled_from([None, made_by("accumulator_new")])),
    },
    **{
        f"shapes.accumulator_{name}": {
            "params": {"acc": st.sampled_from([None, made_by("accumulator_new")])},
            "check": null_gives(error),
        }
        for name, error in (("add", -1), ("mean", math.nan), ("count", -1))
    },
    # ----- plugin_host (Part VII)
    "plugin_host.host_scale": {"check": returns(lambda x: 10 * x)},
    # ----- keepalive (Part VII): a Job's pointers cannot be generated, NULL ones can
    **{
        f"keepalive.{name}": {
            "params": {"job": st.one_of(st.none(), JOBS)},
            "check": check,
        }
        for name, check in (
            ("job_checksum", job_checksum_result),
            ("job_name_length", job_name_length_result),
        )
    },
    # ----- rx (Part VII): a compiled pattern comes from rx_compile; the match vectors
    # need a pattern to be made, so only their NULL case is generated here (the crate's
    # unit tests and tests/test_capstone_regex.py cover the rest)
    "rx.rx_compile": {
        "destructor": "rx_free",
        "check": lambda args, out: (
            args[0] is not None or args[1] == 0 or out.value is None or pytest.fail("not NULL")
        ),
    },
    "rx.rx_free": {"consumes": True, "arguments": st.tuples(RX_PATTERNS)},
    "rx.rx_group_count": {
        "params": {"re": RX_PATTERNS},
        "check": returns(lambda re: -1 if re is None else 3),
    },
    "rx.rx_group_name": {"params": {"re": RX_PATTERNS}},
    "rx.rx_is_match": {"params": {"re": RX_PATTERNS}, "check": rx_null_gives(-1)},
    "rx.rx_count": {"params": {"re": RX_PATTERNS}, "check": rx_null_gives(-1)},
    **{
        f"rx.{name}": {
            "params": {"re": RX_PATTERNS, "units": RX_UNITS},
            "destructor": "rx_matches_free",
            "check": rx_null_gives(None),
        }
        for name in ("rx_find_all", "rx_captures_all")
    },
    "rx.rx_find_next": {"params": {"re": RX_PATTERNS, "units": RX_UNITS}},
    **{
        f"rx.rx_matches_{name}": {
            "params": {"m": st.none()},
            "check": returns(lambda m, error=error: error),
        }
        for name, error in (("count", -1), ("groups", -1), ("spans", None))
    },
    "rx.rx_matches_free": {"consumes": True, "arguments": st.tuples(st.none())},
}
# A function that frees or closes what it is given cannot get arbitrary input: SPECIAL must
# say where its argument comes from.
FREES = re.compile(r"(^|_)(free|destroy|release|close)(_|$)")


def make_spec(fn: boundary.Function, head: boundary.Header) -> Spec:
    """The function's Spec, or boundary.Unsupported saying what is missing."""
    extra = dict(SPECIAL.get(fn.key, {}))
    cleanup = extra.pop("cleanup", None)
    spec = Spec(fn, head, **extra)
    if cleanup:
        original = spec.run

        def run(args, original=original, spec=spec):
            out = original(args)
            if out.crash is None:
                cleanup(boundary.load(fn.library), out.value, args)
            return out

        spec.run = run
    ret = fn.ret
    if FREES.search(fn.name) and spec.arguments is None and not spec.params:
        raise boundary.Unsupported("it frees what it is given: SPECIAL must say what that is")
    owned = ret.pointers and not ret.const and not fn.name.startswith("identity_")
    if owned and spec.destructor is None:
        raise boundary.Unsupported("it returns a pointer: SPECIAL must name its destructor")
    spec.strategy()  # may raise Unsupported
    return spec


def build_specs() -> tuple[dict[str, Spec], dict[str, str]]:
    specs, missing = {}, {}
    for head in boundary.headers():
        for fn in head.functions:
            if fn.key in EXEMPT:
                continue
            try:
                specs[fn.key] = make_spec(fn, head)
            except boundary.Unsupported as e:
                missing[fn.key] = str(e)
            except Exception as e:  # a declaration this module cannot handle: say so, loudly
                missing[fn.key] = f"cannot build its test: {type(e).__name__}: {e}"
    return specs, missing


SPECS, MISSING = build_specs()
boundary.SPECS_IN_WORKER.update(SPECS)


@pytest.fixture(scope="module")
def worker():
    runner.build_rust()
    w = boundary.Worker(SPECS)
    yield w
    w.stop()
    print(f"\nboundary: {w.calls} calls of {len(SPECS)} functions, {w.restarts} worker restarts")


def test_every_exported_function_is_covered():
    everything = {f.key for f in boundary.functions()}
    problems = [f"{key}: {why}" for key, why in sorted(MISSING.items())]
    problems += [
        f"{key}: EXEMPT names a function no header declares"
        for key in EXEMPT
        if key not in everything
    ]
    problems += [
        f"{key}: SPECIAL names a function no header declares"
        for key in SPECIAL
        if key not in everything
    ]
    assert not problems, (
        "exported functions without a boundary property test (add them to SPECIAL, or, if they\n"
        "exist to crash, to EXEMPT with the reason):\n" + "\n".join(problems)
    )


RUST_TESTS = re.compile(r"#\[cfg\(test\)\]\s*mod tests\s*\{(.*)", re.S)


def test_every_exported_function_has_a_rust_unit_test():
    """Each crate's `#[cfg(test)] mod tests` uses each function its header exports."""
    untested = []
    for head in boundary.headers():
        source = (boundary.CDYLIB / head.library / "src" / "lib.rs").read_text(encoding="utf-8")
        m = RUST_TESTS.search(source)
        tests = m[1] if m else ""
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
    for head in boundary.headers():
        source = (boundary.CDYLIB / head.library / "src" / "lib.rs").read_text(encoding="utf-8")
        m = RUST_TESTS.search(source)
        tests = m[1] if m else ""
        for fn in head.functions:
            pointers = [p for p in fn.params if p.type.pointers or p.type.function]
            if not pointers or fn.key in EXEMPT or fn.key in NEVER_DEREFERENCED:
                continue
            if not any(NULL.search(call) for call in calls_in(tests, fn.name)):
                missing.append(f"{fn.key} (cdylib/{head.library}/src/lib.rs)")
    assert not missing, "functions taking a pointer whose Rust tests never pass NULL:\n" + (
        "\n".join(missing)
    )


@pytest.mark.parametrize("key", sorted(SPECS))
def test_boundary_inputs_never_crash(worker, key):
    spec = SPECS[key]
    fn = spec.fn

    @BOUNDARY_SETTINGS
    @given(spec.strategy())
    def property_holds(args):
        out = worker.call(key, args)
        call = boundary.render(fn, args)
        documented = spec.documented_crash and spec.documented_crash(*args)
        if out.crash:
            if documented and out.crash == f"killed by {documented}":
                return  # the crash its documentation announces
            raise AssertionError(f"{call} crashed: {out.crash}")  # Hypothesis shrinks it
        if spec.check:
            try:
                spec.check(args, out)
            except AssertionError as e:
                raise AssertionError(f"{call}: {e}") from None

    property_holds()
