//! `rx`: the `regex` crate from crates.io behind a C interface, for chapter 39.
//!
//! A compiled pattern is an opaque `RxRegex`. A search takes the text as bytes and a length
//! (UTF-8, as Python's `str.encode()` makes it) and reports spans in the units the caller
//! asks for: bytes, or characters, which is what a Python `str` counts in. All matches come
//! back at once in an opaque `RxMatches` vector; one match at a time comes from
//! `rx_find_next`, whose position lives in a small `RxCursor` the caller owns.
//!
//! Thread safety: `regex::bytes::Regex` is `Send + Sync`, so one `RxRegex` may be searched
//! from any number of threads at once. An `RxMatches` and an `RxCursor` belong to one caller.

use core::ffi::{c_char, c_int};
use core::ptr::{null, null_mut};
use core::sync::atomic::{AtomicI64, Ordering};
use std::ffi::CString;
use std::panic::{AssertUnwindSafe, catch_unwind};

use regex::bytes::{CaptureLocations, Regex};

// ANCHOR: types
/// A compiled pattern (opaque): the regex and the names of its groups as C strings.
pub struct RxRegex {
    regex: Regex,
    names: Vec<Option<CString>>,
}

/// Where a match (or a capture group) starts and ends in the text.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RxSpan {
    pub start: usize,
    pub end: usize,
}

/// The start and end of a group that took no part in the match (`SIZE_MAX`).
pub const RX_NO_SPAN: usize = !0;

/// Spans in bytes of the UTF-8 text.
pub const RX_BYTES: c_int = 0;
/// Spans in characters (Unicode code points): the offsets of a Python `str`.
pub const RX_CHARS: c_int = 1;

/// Every match of one search (opaque): `count` matches of `groups` spans each.
pub struct RxMatches {
    spans: Vec<RxSpan>,
    groups: usize,
}
// ANCHOR_END: types

// ANCHOR: errors
/// Error value: a pointer argument is NULL (with a length that is not 0).
pub const RX_ERR_NULL: i64 = -1;
/// Error value: `units` is neither `RX_BYTES` nor `RX_CHARS`.
pub const RX_ERR_UNITS: i64 = -2;
/// Error value: the cursor does not come from `rx_find_next` (its `last_end` is past `pos`).
pub const RX_ERR_CURSOR: i64 = -3;
/// Error value: the regex crate panicked (a bug in it; reported, not propagated).
pub const RX_ERR_PANIC: i64 = -4;
// ANCHOR_END: errors

/// How many `RxRegex` and `RxMatches` exist right now: the leak counter of the tests.
static LIVE: AtomicI64 = AtomicI64::new(0);

/// The `len` bytes at `ptr`, or None for a NULL pointer with a length.
///
/// # Safety
/// `ptr` must be NULL or point to `len` readable bytes that outlive the returned slice.
unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> Option<&'a [u8]> {
    match (ptr.is_null(), len) {
        (_, 0) => Some(&[]),
        (true, _) => None,
        // SAFETY: not NULL, and the caller promises `len` readable bytes.
        (false, _) => Some(unsafe { core::slice::from_raw_parts(ptr, len) }),
    }
}

/// Runs `f`, turning a panic into `on_panic`, so that no panic reaches the C caller.
fn guarded<T>(on_panic: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(on_panic)
}

/// Copies `message` into the caller's buffer, cut at a character boundary to fit, with a NUL.
///
/// # Safety
/// `buf` must be NULL or point to `capacity` writable bytes.
unsafe fn write_message(message: &str, buf: *mut c_char, capacity: usize) {
    if buf.is_null() || capacity == 0 {
        return;
    }
    let mut n = message.len().min(capacity - 1);
    while !message.is_char_boundary(n) {
        n -= 1;
    }
    // SAFETY: `n + 1 <= capacity` bytes, and the caller promises `capacity` writable ones.
    unsafe {
        core::ptr::copy_nonoverlapping(message.as_ptr(), buf.cast::<u8>(), n);
        *buf.add(n) = 0;
    }
}

// ANCHOR: rx_compile
/// Compiles the UTF-8 pattern `pattern[0..len]`. Returns a new `RxRegex` (free it with
/// `rx_free`), or NULL if the pattern is invalid: then the regex crate's error message is
/// written into `error` (at most `capacity` bytes, NUL-terminated, cut to fit).
///
/// # Safety
/// `pattern` must be NULL or point to `len` readable bytes; `error` must be NULL or point
/// to `capacity` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_compile(
    pattern: *const u8,
    len: usize,
    error: *mut c_char,
    capacity: usize,
) -> *mut RxRegex {
    // SAFETY: the caller promises `len` readable bytes (or NULL, which is refused).
    let compiled = match unsafe { bytes(pattern, len) }.map(core::str::from_utf8) {
        None => Err("the pattern is NULL".to_string()),
        Some(Err(_)) => Err("the pattern is not valid UTF-8".to_string()),
        Some(Ok(pattern)) => guarded(Err("the regex crate panicked".to_string()), || {
            // The str API refuses patterns that could match invalid UTF-8; then the bytes
            // API compiles the same pattern, to search bytes without checking them first.
            regex::Regex::new(pattern)
                .and_then(|_| Regex::new(pattern))
                .map_err(|e| e.to_string())
        }),
    };
    match compiled {
        Ok(regex) => {
            let names = regex
                .capture_names()
                .map(|name| name.map(|n| CString::new(n).expect("group names have no NUL")))
                .collect();
            LIVE.fetch_add(1, Ordering::Relaxed);
            Box::into_raw(Box::new(RxRegex { regex, names }))
        }
        Err(message) => {
            // SAFETY: the caller promises `capacity` writable bytes at `error` (or NULL).
            unsafe { write_message(&message, error, capacity) };
            null_mut()
        }
    }
}

/// Frees a pattern from `rx_compile`. NULL is ignored.
///
/// # Safety
/// `re` must be NULL or come from `rx_compile`, and not be used or freed again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_free(re: *mut RxRegex) {
    if !re.is_null() {
        // SAFETY: the caller promises `re` came from `Box::into_raw` in `rx_compile`.
        drop(unsafe { Box::from_raw(re) });
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}
// ANCHOR_END: rx_compile

// ANCHOR: groups
/// How many spans a match of `re` has: 1 for the whole match, plus one per capture group.
/// `RX_ERR_NULL` if `re` is NULL.
///
/// # Safety
/// `re` must be NULL or a live pattern from `rx_compile`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_group_count(re: *const RxRegex) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live pattern.
    match unsafe { re.as_ref() } {
        Some(re) => i64::try_from(re.names.len()).unwrap_or(i64::MAX),
        None => RX_ERR_NULL,
    }
}

/// The name of group `index` (`(?P<name>...)`), valid as long as `re` is, or NULL if the
/// group has no name, `index` is out of range or `re` is NULL. The caller does not free it.
///
/// # Safety
/// `re` must be NULL or a live pattern from `rx_compile`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_group_name(re: *const RxRegex, index: usize) -> *const c_char {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live pattern.
    let name = unsafe { re.as_ref() }.and_then(|re| re.names.get(index)?.as_ref());
    name.map_or(null(), |n| n.as_ptr())
}
// ANCHOR_END: groups

// ANCHOR: rx_find_next
/// Where an iteration over the matches of one text stands. Start with `{0, RX_NO_SPAN, 0}`
/// and let `rx_find_next` advance it.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RxCursor {
    /// The byte offset where the next search starts; past the end when it is over.
    pub pos: usize,
    /// The byte offset where the previous match ended, or `RX_NO_SPAN` before the first.
    pub last_end: usize,
    /// How many characters come before `last_end` (0 before the first match).
    pub chars: usize,
}

const START: RxCursor = RxCursor {
    pos: 0,
    last_end: RX_NO_SPAN,
    chars: 0,
};

/// Is `at` the start of a character (or the end of the text)? UTF-8 continuation bytes
/// are `0b10xx_xxxx`; every other byte starts a character.
fn is_boundary(text: &[u8], at: usize) -> bool {
    text.get(at).is_none_or(|&b| b & 0xC0 != 0x80)
}

/// One step of the regex crate's own iteration over matches: `search(pos)` finds the
/// first match at or after `pos`. An empty match right where the previous match ended,
/// or inside a character, is skipped, and the search goes on one byte further.
fn advance(
    cursor: &mut RxCursor,
    text: &[u8],
    mut search: impl FnMut(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    loop {
        if cursor.pos > text.len() {
            return None;
        }
        let Some((start, end)) = search(cursor.pos) else {
            cursor.pos = text.len() + 1;
            return None;
        };
        if start == end && (end == cursor.last_end || !is_boundary(text, end)) {
            cursor.pos = end + 1;
            continue;
        }
        cursor.pos = end;
        return Some((start, end));
    }
}

/// The span `(start, end)` (bytes) in the caller's units. In characters, it counts on from
/// the cursor's previous match end: every span of the next match lies after it.
fn in_units(text: &[u8], cursor: &RxCursor, units: c_int, at: Option<(usize, usize)>) -> RxSpan {
    let Some((start, end)) = at else {
        return RxSpan {
            start: RX_NO_SPAN,
            end: RX_NO_SPAN,
        };
    };
    if units == RX_BYTES {
        return RxSpan { start, end };
    }
    let base = if cursor.last_end == RX_NO_SPAN {
        0
    } else {
        cursor.last_end
    };
    let starts = |to: usize| text[base..to].iter().filter(|&&b| b & 0xC0 != 0x80).count();
    RxSpan {
        start: cursor.chars + starts(start),
        end: cursor.chars + starts(end),
    }
}

/// After a match ending at `end`: remember where, and how many characters precede it.
fn matched(text: &[u8], cursor: &mut RxCursor, end: usize) {
    cursor.chars = in_units(text, cursor, RX_CHARS, Some((end, end))).end;
    cursor.last_end = end;
}

/// Is the cursor one that `rx_find_next` could have made? (Its offsets are then in range.)
fn consistent(cursor: &RxCursor, text: &[u8]) -> bool {
    cursor.last_end == RX_NO_SPAN || cursor.last_end <= cursor.pos.min(text.len())
}

/// The next match of `re` in `text[0..len]` after `*cursor`, found the way the regex
/// crate's own iterator finds it. Writes the first `min(n, rx_group_count(re))` spans of
/// the match into `spans`, in `units` (`RX_BYTES` or `RX_CHARS`), advances the cursor and
/// returns 1; returns 0 when there is no further match. Errors: `RX_ERR_NULL`,
/// `RX_ERR_UNITS`, `RX_ERR_CURSOR`.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes; `cursor`
/// NULL or a writable `RxCursor`; `spans` NULL or `n` writable `RxSpan`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_find_next(
    re: *const RxRegex,
    text: *const u8,
    len: usize,
    cursor: *mut RxCursor,
    spans: *mut RxSpan,
    n: usize,
    units: c_int,
) -> i64 {
    // SAFETY: `as_ref`/`as_mut` check for NULL; otherwise the caller promises a live
    // pattern and a writable cursor; `bytes` checks `text` the same way.
    let (Some(re), Some(cursor), Some(text)) =
        (unsafe { re.as_ref() }, unsafe { cursor.as_mut() }, unsafe {
            bytes(text, len)
        })
    else {
        return RX_ERR_NULL;
    };
    if spans.is_null() && n > 0 {
        return RX_ERR_NULL;
    }
    if units != RX_BYTES && units != RX_CHARS {
        return RX_ERR_UNITS;
    }
    if !consistent(cursor, text) {
        return RX_ERR_CURSOR;
    }
    guarded(RX_ERR_PANIC, || {
        let mut locations = re.regex.capture_locations();
        let search = |pos| {
            let m = re.regex.captures_read_at(&mut locations, text, pos);
            m.map(|m| (m.start(), m.end()))
        };
        let Some((_, end)) = advance(cursor, text, search) else {
            return 0;
        };
        for i in 0..n.min(locations.len()) {
            let span = in_units(text, cursor, units, locations.get(i));
            // SAFETY: `i < n`, and the caller promises `n` writable spans.
            unsafe { spans.add(i).write(span) };
        }
        matched(text, cursor, end);
        1
    })
}
// ANCHOR_END: rx_find_next

// ANCHOR: rx_is_match
/// 1 if `re` matches somewhere in `text[0..len]`, 0 if not, `RX_ERR_NULL` (as an int).
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_is_match(re: *const RxRegex, text: *const u8, len: usize) -> c_int {
    // SAFETY: `as_ref` checks for NULL, `bytes` checks `text`; otherwise the caller
    // promises a live pattern and `len` readable bytes.
    let (Some(re), Some(text)) = (unsafe { re.as_ref() }, unsafe { bytes(text, len) }) else {
        return RX_ERR_NULL as c_int;
    };
    guarded(RX_ERR_PANIC as c_int, || {
        let search = |pos| re.regex.find_at(text, pos).map(|m| (m.start(), m.end()));
        c_int::from(advance(&mut START.clone(), text, search).is_some())
    })
}

/// How many matches `re` has in `text[0..len]` (as the iteration above finds them), or
/// `RX_ERR_NULL`.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_count(re: *const RxRegex, text: *const u8, len: usize) -> i64 {
    // SAFETY: as in `rx_is_match`.
    let (Some(re), Some(text)) = (unsafe { re.as_ref() }, unsafe { bytes(text, len) }) else {
        return RX_ERR_NULL;
    };
    guarded(RX_ERR_PANIC, || {
        let (mut cursor, mut count) = (START, 0);
        let search = |pos| re.regex.find_at(text, pos).map(|m| (m.start(), m.end()));
        while let Some((_, end)) = advance(&mut cursor, text, search) {
            cursor.last_end = end;
            count += 1;
        }
        count
    })
}
// ANCHOR_END: rx_is_match

// ANCHOR: rx_find_all
/// Every match of `re` in `text[0..len]`, one span each in `units`, as a new `RxMatches`
/// (free it with `rx_matches_free`). NULL if `re` is NULL, `text` is NULL with `len` > 0,
/// or `units` is neither `RX_BYTES` nor `RX_CHARS`.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_find_all(
    re: *const RxRegex,
    text: *const u8,
    len: usize,
    units: c_int,
) -> *mut RxMatches {
    // SAFETY: as in `rx_is_match`.
    let (Some(re), Some(text)) = (unsafe { re.as_ref() }, unsafe { bytes(text, len) }) else {
        return null_mut();
    };
    if units != RX_BYTES && units != RX_CHARS {
        return null_mut();
    }
    let found = guarded(None, || {
        let (mut cursor, mut spans) = (START, Vec::new());
        let search = |pos| re.regex.find_at(text, pos).map(|m| (m.start(), m.end()));
        while let Some(span) = advance(&mut cursor, text, search) {
            spans.push(in_units(text, &cursor, units, Some(span)));
            matched(text, &mut cursor, span.1);
        }
        Some(spans)
    });
    found.map_or(null_mut(), |spans| new_matches(spans, 1))
}

/// Like `rx_find_all`, with every capture group: `rx_group_count(re)` spans per match, in
/// group order; a group that took no part is `{RX_NO_SPAN, RX_NO_SPAN}`.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_captures_all(
    re: *const RxRegex,
    text: *const u8,
    len: usize,
    units: c_int,
) -> *mut RxMatches {
    // SAFETY: as in `rx_is_match`.
    let (Some(re), Some(text)) = (unsafe { re.as_ref() }, unsafe { bytes(text, len) }) else {
        return null_mut();
    };
    if units != RX_BYTES && units != RX_CHARS {
        return null_mut();
    }
    let found = guarded(None, || {
        let (mut cursor, mut spans) = (START, Vec::new());
        let mut locations: CaptureLocations = re.regex.capture_locations();
        loop {
            let search = |pos| {
                let m = re.regex.captures_read_at(&mut locations, text, pos);
                m.map(|m| (m.start(), m.end()))
            };
            let Some((_, end)) = advance(&mut cursor, text, search) else {
                break;
            };
            let groups = (0..locations.len()).map(|i| locations.get(i));
            spans.extend(groups.map(|at| in_units(text, &cursor, units, at)));
            matched(text, &mut cursor, end);
        }
        Some(spans)
    });
    found.map_or(null_mut(), |spans| new_matches(spans, re.names.len()))
}

fn new_matches(spans: Vec<RxSpan>, groups: usize) -> *mut RxMatches {
    LIVE.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(Box::new(RxMatches { spans, groups }))
}
// ANCHOR_END: rx_find_all

// ANCHOR: rx_matches
/// How many matches `m` holds, or `RX_ERR_NULL`.
///
/// # Safety
/// `m` must be NULL or a live `RxMatches`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_matches_count(m: *const RxMatches) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live RxMatches.
    match unsafe { m.as_ref() } {
        Some(m) => i64::try_from(m.spans.len() / m.groups.max(1)).unwrap_or(i64::MAX),
        None => RX_ERR_NULL,
    }
}

/// How many spans each match in `m` has (1, or the group count), or `RX_ERR_NULL`.
///
/// # Safety
/// `m` must be NULL or a live `RxMatches`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_matches_groups(m: *const RxMatches) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live RxMatches.
    match unsafe { m.as_ref() } {
        Some(m) => i64::try_from(m.groups).unwrap_or(i64::MAX),
        None => RX_ERR_NULL,
    }
}

/// The spans, `count * groups` of them, match after match. The pointer belongs to `m`:
/// valid until `rx_matches_free(m)`. NULL if `m` is NULL or holds no span.
///
/// # Safety
/// `m` must be NULL or a live `RxMatches`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_matches_spans(m: *const RxMatches) -> *const RxSpan {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live RxMatches.
    match unsafe { m.as_ref() } {
        Some(m) if !m.spans.is_empty() => m.spans.as_ptr(),
        _ => null(),
    }
}

/// Frees what `rx_find_all` or `rx_captures_all` returned. NULL is ignored.
///
/// # Safety
/// `m` must be NULL or come from one of those functions, and not be used or freed again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_matches_free(m: *mut RxMatches) {
    if !m.is_null() {
        // SAFETY: the caller promises `m` came from `Box::into_raw` in `new_matches`.
        drop(unsafe { Box::from_raw(m) });
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}
// ANCHOR_END: rx_matches

/// How many patterns and match vectors are alive (compiled or returned, not yet freed).
#[unsafe(no_mangle)]
pub extern "C" fn rx_live_objects() -> i64 {
    LIVE.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(pattern: &str) -> *mut RxRegex {
        // SAFETY: a readable pattern; no error buffer.
        unsafe { rx_compile(pattern.as_ptr(), pattern.len(), null_mut(), 0) }
    }

    fn compile_error(pattern: &[u8], capacity: usize) -> String {
        let mut buf = vec![0x55 as c_char; capacity.max(1)];
        // SAFETY: `capacity` writable bytes (at least 1 allocated).
        let re = unsafe { rx_compile(pattern.as_ptr(), pattern.len(), buf.as_mut_ptr(), capacity) };
        assert!(re.is_null());
        if capacity == 0 {
            return String::new();
        }
        // SAFETY: rx_compile wrote a NUL-terminated message into the buffer.
        let message = unsafe { core::ffi::CStr::from_ptr(buf.as_ptr()) };
        message.to_str().unwrap().to_string()
    }

    /// rx_find_all (captures: false) or rx_captures_all, as a Vec.
    fn all(re: *const RxRegex, text: &str, captures: bool, units: c_int) -> Vec<RxSpan> {
        // SAFETY: a live pattern and a readable text; the result is freed below.
        unsafe {
            let m = if captures {
                rx_captures_all(re, text.as_ptr(), text.len(), units)
            } else {
                rx_find_all(re, text.as_ptr(), text.len(), units)
            };
            assert!(!m.is_null());
            let k = usize::try_from(rx_matches_count(m) * rx_matches_groups(m)).unwrap();
            let p = rx_matches_spans(m);
            let spans = if k == 0 {
                vec![]
            } else {
                core::slice::from_raw_parts(p, k).to_vec()
            };
            rx_matches_free(m);
            spans
        }
    }

    /// Every match by rx_find_next, `n` spans each.
    fn by_cursor(re: *const RxRegex, text: &str, n: usize, units: c_int) -> Vec<RxSpan> {
        let (mut cursor, mut found) = (START, vec![]);
        let mut spans = vec![RxSpan { start: 0, end: 0 }; n];
        let (t, len) = (text.as_ptr(), text.len());
        // SAFETY: a live pattern, a readable text, a cursor and `n` writable spans.
        while unsafe { rx_find_next(re, t, len, &mut cursor, spans.as_mut_ptr(), n, units) } == 1 {
            found.extend_from_slice(&spans);
        }
        found
    }

    /// What the regex crate's own str API finds, in bytes or in characters.
    fn expected(pattern: &str, text: &str, captures: bool, units: c_int) -> Vec<RxSpan> {
        let regex = regex::Regex::new(pattern).unwrap();
        let unit = |o: usize| {
            if units == RX_BYTES {
                o
            } else {
                text[..o].chars().count()
            }
        };
        let span = |m: Option<regex::Match>| {
            m.map_or(
                RxSpan {
                    start: RX_NO_SPAN,
                    end: RX_NO_SPAN,
                },
                |m| RxSpan {
                    start: unit(m.start()),
                    end: unit(m.end()),
                },
            )
        };
        let groups = if captures { regex.captures_len() } else { 1 };
        regex
            .captures_iter(text)
            .flat_map(|c| (0..groups).map(|i| span(c.get(i))).collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn compile_and_free_count_as_live_objects() {
        let re = compile(r"\w+");
        assert!(!re.is_null());
        assert!(rx_live_objects() >= 1);
        // SAFETY: a pattern from rx_compile, freed once; NULL is ignored.
        unsafe {
            rx_free(re);
            rx_free(null_mut());
        }
    }

    #[test]
    fn bad_patterns_report_the_crates_message_cut_to_fit() {
        assert!(compile_error(b"(", 256).contains("unclosed group"));
        assert!(compile_error(br"(\w)\1", 256).contains("backreferences are not supported"));
        assert!(compile_error(br"(?-u:\xFF)", 256).contains("invalid UTF-8"));
        assert_eq!(
            compile_error(b"\xff", 256),
            "the pattern is not valid UTF-8"
        );
        assert_eq!(compile_error(b"(", 4), "reg"); // "regex parse error: ..." cut to 3 bytes
        assert_eq!(compile_error(b"(", 0), "");
        let mut buf = [0 as c_char; 32];
        // SAFETY: NULL pattern with a length: refused, with a message in the buffer.
        let re = unsafe { rx_compile(null(), 3, buf.as_mut_ptr(), buf.len()) };
        assert!(re.is_null());
        // SAFETY: NULL pattern of length 0 is the empty pattern, which is valid.
        let empty = unsafe { rx_compile(null(), 0, null_mut(), 0) };
        assert!(!empty.is_null());
        // SAFETY: from rx_compile, freed once.
        unsafe { rx_free(empty) };
    }

    #[test]
    fn message_is_cut_at_a_character_boundary() {
        let mut buf = [0x55 as c_char; 3];
        // SAFETY: 3 writable bytes.
        unsafe { write_message("aé", buf.as_mut_ptr(), 3) }; // "é" is 2 bytes: it does not fit
        assert_eq!(buf[..2], [b'a' as c_char, 0]);
        // SAFETY: NULL is ignored.
        unsafe { write_message("x", null_mut(), 8) };
    }

    #[test]
    fn groups_and_names() {
        let re = compile(r"(?P<year>\d{4})-(\d\d)");
        // SAFETY: a live pattern, then NULL; names are read while `re` lives.
        unsafe {
            assert_eq!(rx_group_count(re), 3);
            assert_eq!(rx_group_count(null()), RX_ERR_NULL);
            let name = core::ffi::CStr::from_ptr(rx_group_name(re, 1));
            assert_eq!(name.to_str().unwrap(), "year");
            assert!(rx_group_name(re, 0).is_null());
            assert!(rx_group_name(re, 2).is_null());
            assert!(rx_group_name(re, 99).is_null());
            assert!(rx_group_name(null(), 1).is_null());
            rx_free(re);
        }
    }

    #[test]
    fn is_match_and_count_and_null() {
        let re = compile("ab");
        let not_utf8 = b"ab\xff";
        // SAFETY: a live pattern with readable texts; NULLs are refused.
        unsafe {
            assert_eq!(rx_is_match(re, b"xxab".as_ptr(), 4), 1);
            assert_eq!(rx_is_match(re, b"xx".as_ptr(), 2), 0);
            assert_eq!(rx_is_match(re, null(), 0), 0);
            assert_eq!(rx_is_match(re, not_utf8.as_ptr(), 3), 1); // bytes are searched as they are
            assert_eq!(rx_is_match(re, null(), 2), RX_ERR_NULL as c_int);
            assert_eq!(rx_is_match(null(), b"ab".as_ptr(), 2), RX_ERR_NULL as c_int);
            assert_eq!(rx_count(re, b"abab_ab".as_ptr(), 7), 3);
            assert_eq!(rx_count(re, null(), 7), RX_ERR_NULL);
            assert_eq!(rx_count(null(), null(), 0), RX_ERR_NULL);
            rx_free(re);
            let b_not = compile(r"\B"); // would match inside "é" if the bytes API had its way
            assert_eq!(rx_is_match(b_not, "é".as_ptr(), 2), 0);
            assert_eq!(rx_count(b_not, "é".as_ptr(), 2), 0);
            rx_free(b_not);
        }
    }

    #[test]
    fn find_all_in_bytes_and_in_characters() {
        let re = compile(r"\w+");
        let (zurich, cafe) = (RxSpan { start: 0, end: 7 }, RxSpan { start: 8, end: 13 });
        assert_eq!(all(re, "Zürich café", false, RX_BYTES), [zurich, cafe]);
        let (zurich, cafe) = (RxSpan { start: 0, end: 6 }, RxSpan { start: 7, end: 11 });
        assert_eq!(all(re, "Zürich café", false, RX_CHARS), [zurich, cafe]);
        assert!(all(re, "   ", false, RX_CHARS).is_empty());
        // SAFETY: NULL pattern, NULL text with a length, bad units: all refused.
        unsafe {
            assert!(rx_find_all(null(), b"a".as_ptr(), 1, RX_BYTES).is_null());
            assert!(rx_find_all(re, null(), 1, RX_BYTES).is_null());
            assert!(rx_find_all(re, b"a".as_ptr(), 1, 7).is_null());
            assert!(rx_captures_all(null(), b"a".as_ptr(), 1, RX_BYTES).is_null());
            assert!(rx_captures_all(re, null(), 1, RX_BYTES).is_null());
            assert!(rx_captures_all(re, b"a".as_ptr(), 1, -1).is_null());
            assert_eq!(rx_matches_count(null()), RX_ERR_NULL);
            assert_eq!(rx_matches_groups(null()), RX_ERR_NULL);
            assert!(rx_matches_spans(null()).is_null());
            rx_matches_free(null_mut());
            rx_free(re);
        }
    }

    #[test]
    fn captures_all_marks_groups_that_took_no_part() {
        let re = compile(r"(a)|(b)");
        let none = RxSpan {
            start: RX_NO_SPAN,
            end: RX_NO_SPAN,
        };
        let (a, b) = (RxSpan { start: 0, end: 1 }, RxSpan { start: 1, end: 2 });
        assert_eq!(all(re, "ab", true, RX_BYTES), [a, a, none, b, none, b]);
        // SAFETY: from rx_compile, freed once.
        unsafe { rx_free(re) };
    }

    #[test]
    fn every_search_finds_what_the_crates_str_iterator_finds() {
        let patterns = [
            r"\w+",
            r"a*",
            r"\b",
            r"\B",
            "",
            r"x*",
            r"(\d)?(é)",
            r"(?m)^",
            r"(?m)$",
            r"\s*",
            r".*?",
            r"(?P<w>\w)(\w)?",
            r"(?i)É",
            "東|京",
        ];
        let texts = [
            "",
            "baaab",
            "Zürich café 東京",
            "a1é 2é éé",
            "\n\nx\n",
            "  a  ",
            "é",
        ];
        for pattern in patterns {
            let re = compile(pattern);
            // SAFETY: `re` is live; read only to know how many groups it has.
            let groups = unsafe { rx_group_count(re) } as usize;
            for text in texts {
                for units in [RX_BYTES, RX_CHARS] {
                    let whole = expected(pattern, text, false, units);
                    let every = expected(pattern, text, true, units);
                    let at = format!("{pattern:?} in {text:?}, units {units}");
                    assert_eq!(all(re, text, false, units), whole, "find_all: {at}");
                    assert_eq!(all(re, text, true, units), every, "captures_all: {at}");
                    assert_eq!(by_cursor(re, text, groups, units), every, "find_next: {at}");
                    assert_eq!(
                        by_cursor(re, text, 1, units),
                        whole,
                        "find_next, 1 span: {at}"
                    );
                }
                // SAFETY: a live pattern and a readable text.
                let count = unsafe { rx_count(re, text.as_ptr(), text.len()) };
                assert_eq!(
                    count as usize,
                    expected(pattern, text, false, RX_BYTES).len()
                );
                // SAFETY: as above.
                let is_match = unsafe { rx_is_match(re, text.as_ptr(), text.len()) };
                assert_eq!(is_match == 1, count > 0, "{pattern:?} in {text:?}");
            }
            // SAFETY: from rx_compile, freed once.
            unsafe { rx_free(re) };
        }
    }

    #[test]
    fn find_next_checks_its_arguments() {
        let re = compile("a");
        let mut cursor = START;
        let mut span = RxSpan { start: 0, end: 0 };
        let (t, s) = ("éa".as_ptr(), &mut span as *mut RxSpan);
        // SAFETY: live pattern, readable text, writable cursor and span; NULLs refused.
        unsafe {
            assert_eq!(
                rx_find_next(null(), t, 3, &mut cursor, s, 1, RX_BYTES),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, t, 3, null_mut(), s, 1, RX_BYTES),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, t, 3, &mut cursor, null_mut(), 1, RX_BYTES),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, null(), 3, &mut cursor, s, 1, RX_BYTES),
                RX_ERR_NULL
            );
            assert_eq!(rx_find_next(re, t, 3, &mut cursor, s, 1, 2), RX_ERR_UNITS);
            cursor.last_end = 2; // after `pos`: no call of rx_find_next leaves that
            assert_eq!(
                rx_find_next(re, t, 3, &mut cursor, s, 1, RX_CHARS),
                RX_ERR_CURSOR
            );
            cursor = START;
            assert_eq!(
                rx_find_next(re, t, 3, &mut cursor, null_mut(), 0, RX_CHARS),
                1
            );
            assert_eq!(
                cursor,
                RxCursor {
                    pos: 3,
                    last_end: 3,
                    chars: 2
                }
            );
            assert_eq!(rx_find_next(re, t, 3, &mut cursor, s, 1, RX_CHARS), 0);
            cursor = RxCursor {
                pos: usize::MAX,
                last_end: RX_NO_SPAN,
                chars: 0,
            };
            assert_eq!(rx_find_next(re, t, 3, &mut cursor, s, 1, RX_CHARS), 0);
            rx_free(re);
        }
    }

    #[test]
    fn a_regex_can_be_shared_between_threads() {
        fn send_and_sync<T: Send + Sync>() {}
        send_and_sync::<RxRegex>();
        let re = compile(r"\d+") as usize; // an address, so the threads may share it
        let text = "1 22 333 ".repeat(1000);
        let counts: Vec<i64> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..4)
                .map(|_| {
                    let text = &text;
                    // SAFETY: RxRegex is Send + Sync; `re` outlives the scope.
                    s.spawn(move || unsafe {
                        rx_count(re as *const RxRegex, text.as_ptr(), text.len())
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).collect()
        });
        assert_eq!(counts, [3000; 4]);
        // SAFETY: from rx_compile, freed once, after every thread has finished.
        unsafe { rx_free(re as *mut RxRegex) };
    }

    #[test]
    fn a_panic_becomes_a_value() {
        assert_eq!(guarded(-4, || panic!("inside the regex crate")), -4);
    }
}
