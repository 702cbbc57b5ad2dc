"""rxwrap: Rust's regex crate for Python, through ctypes and the book's `rx` library.

    from rxwrap import Regex, RegexError

    words = Regex(r"\\w+")
    words.find_spans("Zürich café")   # [(0, 6), (7, 11)]: str offsets, like re
    for m in Regex(r"(?P<year>\\d{4})-(\\d\\d)").finditer(text): print(m["year"], m.span(2))

A `Regex` may be shared by any number of threads: the regex crate's `Regex` is
`Send + Sync`, and every search releases the GIL (ctypes.CDLL does that for each call).
Run this file to see a short tour: python3 examples/39-capstone-regex/rxwrap.py
"""

import ctypes
import weakref

from workbook import library_path

# ANCHOR: declarations
_lib = ctypes.CDLL(library_path("rx"))


class _RxRegex(ctypes.Structure):
    """Opaque: only pointers to it exist."""


class _RxMatches(ctypes.Structure):
    """Opaque: only pointers to it exist."""


class _RxCursor(ctypes.Structure):
    _fields_ = [("pos", ctypes.c_size_t), ("last_end", ctypes.c_size_t), ("chars", ctypes.c_size_t)]


_Regex = ctypes.POINTER(_RxRegex)
_Matches = ctypes.POINTER(_RxMatches)
_text = [ctypes.c_char_p, ctypes.c_size_t]  # the UTF-8 bytes and their length
_NO_SPAN = ctypes.c_size_t(-1).value  # RX_NO_SPAN, SIZE_MAX
_CHARS = 1  # RX_CHARS: spans in characters, as a str counts them (RX_BYTES is 0)

_lib.rx_compile.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
_lib.rx_compile.restype = _Regex
_lib.rx_free.argtypes = [_Regex]
_lib.rx_free.restype = None
_lib.rx_group_count.argtypes = [_Regex]
_lib.rx_group_count.restype = ctypes.c_int64
_lib.rx_group_name.argtypes = [_Regex, ctypes.c_size_t]
_lib.rx_group_name.restype = ctypes.c_char_p  # borrowed from the pattern: bytes copy it
_lib.rx_is_match.argtypes = [_Regex, *_text]
_lib.rx_is_match.restype = ctypes.c_int
_lib.rx_count.argtypes = [_Regex, *_text]
_lib.rx_count.restype = ctypes.c_int64
for _name in ("rx_find_all", "rx_captures_all"):
    getattr(_lib, _name).argtypes = [_Regex, *_text, ctypes.c_int]
    getattr(_lib, _name).restype = _Matches
for _name in ("rx_matches_count", "rx_matches_groups"):
    getattr(_lib, _name).argtypes = [_Matches]
    getattr(_lib, _name).restype = ctypes.c_int64
_lib.rx_matches_spans.argtypes = [_Matches]
_lib.rx_matches_spans.restype = ctypes.c_void_p  # an address: read as size_t pairs
_lib.rx_matches_free.argtypes = [_Matches]
_lib.rx_matches_free.restype = None
_lib.rx_find_next.argtypes = [
    _Regex,
    *_text,
    ctypes.POINTER(_RxCursor),
    ctypes.POINTER(ctypes.c_size_t),  # RxSpan *: pairs of size_t
    ctypes.c_size_t,
    ctypes.c_int,
]
_lib.rx_find_next.restype = ctypes.c_int64
# ANCHOR_END: declarations


# ANCHOR: errors
class RegexError(ValueError):
    """A pattern the regex crate refused, with the crate's own message."""


def _check(code, call):
    """A negative result of the library as an exception (the wrapper makes none of them
    happen: it passes only live patterns, texts it encoded itself and cursors it made)."""
    if code < 0:
        raise RuntimeError(f"{call} failed with error {code}")
    return code


# ANCHOR_END: errors


# ANCHOR: match
class Match:
    """One match: its spans (str offsets), one per group, like re.Match's."""

    __slots__ = ("_spans", "_regex", "string")

    def __init__(self, regex, string, spans):
        self._regex, self.string, self._spans = regex, string, spans

    def _index(self, group):
        return self._regex.groupindex[group] if isinstance(group, str) else group

    def span(self, group=0):
        start, end = self._spans[self._index(group)]
        return (-1, -1) if start == _NO_SPAN else (start, end)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, group=0):
        start, end = self.span(group)
        return None if start < 0 else self.string[start:end]

    __getitem__ = group

    def groups(self):
        return tuple(self.group(i) for i in range(1, len(self._spans)))

    def __repr__(self):
        return f"<rxwrap.Match span={self.span()} match={self.group()!r}>"


# ANCHOR_END: match


# ANCHOR: regex
class Regex:
    """A pattern compiled by the regex crate. Close it (or use `with`) to free it now;
    otherwise it is freed when the object is garbage-collected."""

    def __init__(self, pattern: str):
        source = pattern.encode("utf-8")
        message = ctypes.create_string_buffer(4096)
        handle = _lib.rx_compile(source, len(source), message, len(message))
        if not handle:
            raise RegexError(message.value.decode("utf-8"))
        self._handle = handle
        self._free = weakref.finalize(self, _lib.rx_free, handle)
        self.pattern = pattern
        self.groups = _lib.rx_group_count(handle) - 1  # like re: not counting group 0
        names = ((i, _lib.rx_group_name(handle, i)) for i in range(self.groups + 1))
        self.groupindex = {name.decode(): i for i, name in names if name is not None}

    def _live(self):
        if not self._free.alive:
            raise ValueError("this Regex is closed")
        return self._handle

    def close(self):
        self._free()  # rx_free the first time; nothing after that

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __repr__(self):
        return f"rxwrap.Regex({self.pattern!r})"

    # ANCHOR_END: regex

    # ANCHOR: simple
    def is_match(self, text: str) -> bool:
        data = text.encode("utf-8")
        return bool(_check(_lib.rx_is_match(self._live(), data, len(data)), "rx_is_match"))

    def count(self, text: str) -> int:
        data = text.encode("utf-8")
        return _check(_lib.rx_count(self._live(), data, len(data)), "rx_count")

    # ANCHOR_END: simple

    # ANCHOR: spans
    def _all(self, function, text):
        """Every match, as a flat list of str offsets: start, end, start, end, ..."""
        data = text.encode("utf-8")
        matches = function(self._live(), data, len(data), _CHARS)
        if not matches:
            raise RuntimeError(f"{function.__name__} failed")
        try:
            n = 2 * _lib.rx_matches_count(matches) * _lib.rx_matches_groups(matches)
            offsets = (ctypes.c_size_t * n)()
            if n:  # copy out of the library's vector before it is freed
                ctypes.memmove(offsets, _lib.rx_matches_spans(matches), ctypes.sizeof(offsets))
        finally:
            _lib.rx_matches_free(matches)
        return offsets[:]

    def find_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every non-overlapping match, like [m.span() for m in
        re.finditer(...)], all found in one call."""
        flat = self._all(_lib.rx_find_all, text)
        return list(zip(flat[0::2], flat[1::2], strict=True))

    def findall(self, text: str) -> list[str]:
        """The text of every match (the whole match, whatever the groups)."""
        return [text[start:end] for start, end in self.find_spans(text)]

    def captures(self, text: str) -> list[Match]:
        """Every match with its groups, all found in one call."""
        flat, k = self._all(_lib.rx_captures_all, text), 2 * (self.groups + 1)
        pairs = list(zip(flat[0::2], flat[1::2], strict=True))
        return [Match(self, text, pairs[i : i + k // 2]) for i in range(0, len(pairs), k // 2)]

    # ANCHOR_END: spans

    # ANCHOR: finditer
    def finditer(self, text: str):
        """Matches one at a time, each found when it is asked for: one call per match."""
        data = text.encode("utf-8")  # this generator's frame keeps the bytes alive
        cursor = _RxCursor(0, _NO_SPAN, 0)
        n = 2 * (self.groups + 1)
        spans = (ctypes.c_size_t * n)()
        while _check(
            _lib.rx_find_next(self._live(), data, len(data), cursor, spans, n // 2, _CHARS),
            "rx_find_next",
        ):
            offsets = spans[:]
            yield Match(self, text, list(zip(offsets[0::2], offsets[1::2], strict=True)))

    def search(self, text: str) -> Match | None:
        """The first match, or None."""
        return next(self.finditer(text), None)

    # ANCHOR_END: finditer


# ANCHOR: tour
if __name__ == "__main__":
    words = Regex(r"\w+")
    print(words, "in 'Zürich café':", words.find_spans("Zürich café"))
    print("findall:", words.findall("Zürich café"), " count:", words.count("Zürich café"))
    date = Regex(r"(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?")
    print("groups:", date.groups, " groupindex:", date.groupindex)
    for m in date.finditer("from 2024-02-29 to 2025-03"):
        print(" ", m, "year", m["year"], "day", m.group(4), "span of month", m.span("month"))
    try:
        Regex(r"(\d+")
    except RegexError as error:
        print("RegexError:", str(error).splitlines()[-1])
    with Regex("x") as x:
        pass
    try:
        x.count("xx")
    except ValueError as error:
        print("after with:", error)
# ANCHOR_END: tour
