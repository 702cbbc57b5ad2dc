"""What a message costs: one duration parsed through each error style, on success and on
failure.

python3 examples/35-errors-worth-reading/bench_errors.py          # smoke run, seconds
python3 examples/35-errors-worth-reading/bench_errors.py --full   # measure, write book/results/
"""

import ctypes
import threading

from benchkit import Case, run
from workbook import library_path

lib = ctypes.CDLL(library_path("rich_errors"))
PARSE_ARGS = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
plain = lib["parse_duration"]  # a function object of its own, without errcheck
plain.argtypes, plain.restype = PARSE_ARGS, ctypes.c_int
checked = lib["parse_duration"]  # another one, with errcheck
checked.argtypes, checked.restype = PARSE_ARGS, ctypes.c_int
lib.last_error_message.argtypes, lib.last_error_message.restype = (), ctypes.c_void_p
lib.error_string_free.argtypes, lib.error_string_free.restype = (ctypes.c_void_p,), None
lib.last_error_length.argtypes, lib.last_error_length.restype = (), ctypes.c_size_t
lib.last_error_copy.argtypes = (ctypes.c_char_p, ctypes.c_size_t)
lib.last_error_copy.restype = ctypes.c_ssize_t


class DurationError(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_char * 128)]


into = lib.parse_duration_into
into.argtypes = (*PARSE_ARGS, ctypes.POINTER(DurationError))
into.restype = ctypes.c_int


class ParseError(ValueError):
    pass


class UnknownUnitError(ParseError):
    pass


EXCEPTIONS = {2: ParseError, 3: UnknownUnitError}


# ANCHOR: styles
def owned_message():  # thread-local, an owned copy: two calls and string_at
    address = lib.last_error_message()
    try:
        return ctypes.string_at(address).decode()
    finally:
        lib.error_string_free(address)


def buffer_message():  # thread-local, copied into a buffer of ours: two calls
    size = lib.last_error_length()
    buffer = ctypes.create_string_buffer(size)
    lib.last_error_copy(buffer, size)
    return buffer.value.decode()


def unchecked(text):  # what many first versions do: no check at all
    ms = ctypes.c_uint64()
    plain(text, ms)  # argtypes says POINTER(c_uint64): ctypes passes its address
    return ms.value


def unchecked_byref(text):  # the same, with the address made by hand
    ms = ctypes.c_uint64()
    plain(text, ctypes.byref(ms))
    return ms.value


def code_only(text):  # chapter 26: the class from the code, no message
    ms = ctypes.c_uint64()
    if code := plain(text, ms):
        raise EXCEPTIONS[code]()
    return ms.value


def inline_owned(text):  # the check written after the call
    ms = ctypes.c_uint64()
    if code := plain(text, ms):
        raise EXCEPTIONS[code](owned_message())
    return ms.value


def inline_buffer(text):
    ms = ctypes.c_uint64()
    if code := plain(text, ms):
        raise EXCEPTIONS[code](buffer_message())
    return ms.value


def raise_for_code(code, function, arguments):
    if code:
        raise EXCEPTIONS[code](owned_message())
    return code


checked.errcheck = raise_for_code


def with_errcheck(text):  # the same check, run by ctypes after every call
    ms = ctypes.c_uint64()
    checked(text, ms)
    return ms.value


def out_struct(text):  # a fresh DurationError per call: nothing shared
    ms, error = ctypes.c_uint64(), DurationError()
    if code := into(text, ms, error):
        raise EXCEPTIONS[code](error.message.decode())
    return ms.value


kept = threading.local()  # one DurationError per thread, made once


def out_struct_kept(text):
    ms = ctypes.c_uint64()
    if (error := getattr(kept, "error", None)) is None:
        error = kept.error = DurationError()
    if code := into(text, ms, error):
        raise EXCEPTIONS[code](error.message.decode())
    return ms.value


# ANCHOR_END: styles

GOOD, BAD = b"1h30m", b"5parsecs"
STYLES = {
    "code_only": code_only,
    "inline_owned": inline_owned,
    "inline_buffer": inline_buffer,
    "errcheck": with_errcheck,
    "out_struct": out_struct,
    "out_struct_kept": out_struct_kept,
}


def failing(parse):
    def call():
        try:
            parse(BAD)
        except ParseError as error:
            return error

    return call


# Before timing anything: every style parses the same and raises the same.
every = [unchecked, unchecked_byref, *STYLES.values()]
print("1h30m through every style:", {parse(GOOD) for parse in every})
for name, parse in STYLES.items():
    error = failing(parse)()
    print(f"5parsecs through {name}: {type(error).__name__}({str(error)[:22]!r}...)")

cases = [
    Case("ok_unchecked", "success, no check", lambda: unchecked(GOOD)),
    Case("ok_unchecked_byref", "success, no check, byref(ms)", lambda: unchecked_byref(GOOD)),
]
cases += [Case(f"ok_{k}", f"success, {k}", lambda p=p: p(GOOD)) for k, p in STYLES.items()]
cases += [Case(f"fail_{k}", f"failure, {k}", failing(p)) for k, p in STYLES.items()]


def derive(t):
    return {
        "byref_extra_ns": (t["ok_unchecked_byref"] - t["ok_unchecked"]) * 1e9,
        "byref_vs_direct": t["ok_unchecked_byref"] / t["ok_unchecked"],
        "inline_vs_unchecked": t["ok_inline_owned"] / t["ok_unchecked"],
        "errcheck_vs_inline": t["ok_errcheck"] / t["ok_inline_owned"],
        "errcheck_extra_ns": (t["ok_errcheck"] - t["ok_inline_owned"]) * 1e9,
        "struct_vs_inline": t["ok_out_struct"] / t["ok_inline_owned"],
        "struct_extra_ns": (t["ok_out_struct"] - t["ok_inline_owned"]) * 1e9,
        "kept_struct_vs_inline": t["ok_out_struct_kept"] / t["ok_inline_owned"],
        "kept_struct_extra_ns": (t["ok_out_struct_kept"] - t["ok_inline_owned"]) * 1e9,
        "owned_message_ns": (t["fail_inline_owned"] - t["fail_code_only"]) * 1e9,
        "buffer_message_ns": (t["fail_inline_buffer"] - t["fail_code_only"]) * 1e9,
        "struct_message_ns": (t["fail_out_struct_kept"] - t["fail_code_only"]) * 1e9,
        "owned_vs_struct_failure": t["fail_inline_owned"] / t["fail_out_struct_kept"],
        "buffer_vs_owned_failure": t["fail_inline_buffer"] / t["fail_inline_owned"],
        "failure_vs_success": t["fail_inline_owned"] / t["ok_inline_owned"],
        "failure_code_only_vs_success": t["fail_code_only"] / t["ok_code_only"],
    }


# What a quick run can show: only differences far larger than its noise.
checks = {
    "a failure with the thread-local message costs over twice a success": (
        lambda t: t["fail_inline_owned"] > 2 * t["ok_inline_owned"]
    ),
}

if __name__ == "__main__":
    run(__file__, cases, derive, None, checks, repeats=15)
