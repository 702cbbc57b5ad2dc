"""The checks `just exercise chapter-35` runs for durations.py."""

import ctypes
import threading

from checking import attribute, fail, load, step

FAILURES = [
    (
        "5parsecs",
        "UnknownUnitError",
        3,
        'unknown unit "parsecs" at byte 1 (expected ms, s, m or h)',
    ),
    ("1h x", "DurationSyntaxError", 2, "expected a number at byte 2"),
    (
        "1h30",
        "UnknownUnitError",
        3,
        "missing unit after the number at byte 2 (expected ms, s, m or h)",
    ),
    (
        "9999999999999999h",
        "DurationOverflowError",
        4,
        "the duration is longer than 18446744073709551615 ms",
    ),
]


def raised_by(parse, text):
    """The exception parse(text) raises, or a failure if it returns."""
    step(f"calling parse({text!r})")
    try:
        got = parse(text)
    except Exception as error:  # noqa: BLE001 - whatever the learner raises is examined
        return error
    fail(f"parse({text!r}) returned {got!r}: it should raise")


# ANCHOR: check
def check(work):
    module = load(work / "durations.py")
    parse = attribute(module, "parse", "a function parse(text)")
    lib = attribute(module, "lib", "the library, lib = ctypes.CDLL(...)")
    classes = {
        name: attribute(module, name, f"the exception class {name}")
        for name in ("DurationError", "DurationSyntaxError", "UnknownUnitError")
    }
    classes["DurationOverflowError"] = attribute(module, "DurationOverflowError", "a class")

    step('calling parse("1h30m")')
    if (got := parse("1h30m")) != 5_400_000:
        fail(f'parse("1h30m") returned {got!r}, expected 5400000')
    for text, name, code, message in FAILURES:
        error = raised_by(parse, text)
        if type(error) is not classes[name]:
            fail(f"parse({text!r}) raised {type(error).__name__}, expected {name} (code {code})")
        if str(error) != message:
            fail(
                f"parse({text!r}) raised {name}({str(error)!r}): the message should be the"
                f" library's, {message!r}"
            )
        if getattr(error, "code", None) != code:
            fail(f"parse({text!r}) raised an error whose .code is {error.code!r}, not {code}")
    if not isinstance(raised_by(parse, "40 winks"), ValueError):
        fail("a DurationError should also be a ValueError")
    if lib.parse_duration.errcheck is None:
        fail("lib.parse_duration has no errcheck: let ctypes check every call")
    if lib.last_error_message.restype is ctypes.c_char_p:
        fail(
            "last_error_message's restype is c_char_p: the address of the copy is lost, and"
            " the copy can never be given to error_string_free"
        )

    step("calling parse from another thread")
    seen = []
    thread = threading.Thread(target=lambda: seen.append(raised_by(parse, "2fortnights")))
    thread.start()
    thread.join()
    if not seen or "fortnights" not in str(seen[0]):
        fail(f"in another thread, parse('2fortnights') raised {seen and seen[0]!r}")


# ANCHOR_END: check
