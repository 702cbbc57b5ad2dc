//! `rx`: the `regex` crate from crates.io behind a C interface, for chapter 39.
//!
//! A compiled pattern is an opaque `RxRegex`. Searches take the text as UTF-8 bytes and a
//! length, and report *byte* offsets (`RxSpan`). All matches come back at once in an opaque
//! `RxMatches` vector; one match at a time comes from `rx_find_next`, whose position lives
//! in a small `RxCursor` the caller owns. `rx_char_offsets` turns byte offsets into
//! character offsets, which is what Python's `str` counts in.
//!
//! Thread safety: `regex::Regex` is `Send + Sync`, so one `RxRegex` may be searched from
//! any number of threads at once. A `RxMatches` and a `RxCursor` belong to one caller.

use core::ffi::{c_char, c_int};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicI64, Ordering};
use std::ffi::CString;
use std::panic::{AssertUnwindSafe, catch_unwind};

use regex::Regex;

// ANCHOR: types
/// A compiled pattern (opaque): the `regex::Regex` and its group names as C strings.
pub struct RxRegex {
    regex: Regex,
    names: Vec<Option<CString>>,
}

/// Where a match (or a capture group) starts and ends, in bytes of the UTF-8 text.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RxSpan {
    pub start: usize,
    pub end: usize,
}

/// The start and end of a group that took no part in the match.
pub const RX_NO_SPAN: usize = !0; // usize::MAX, spelled so that cbindgen writes it out

/// Every match of one search (opaque): `count` matches of `groups` spans each.
pub struct RxMatches {
    spans: Vec<RxSpan>,
    groups: usize,
}
// ANCHOR_END: types

// ANCHOR: errors
/// Error value: a pointer argument is NULL (with a length that is not 0).
pub const RX_ERR_NULL: i64 = -1;
/// Error value: the text (or pattern) is not valid UTF-8.
pub const RX_ERR_UTF8: i64 = -2;
/// Error value: an offset is past the end of the text or inside a character.
pub const RX_ERR_OFFSET: i64 = -3;
/// Error value: the regex crate panicked (a bug in it; reported, not propagated).
pub const RX_ERR_PANIC: i64 = -4;
// ANCHOR_END: errors

/// How many `RxRegex` and `RxMatches` exist right now: the leak counter of the tests.
static LIVE: AtomicI64 = AtomicI64::new(0);

/// The `len` bytes at `ptr` as UTF-8 text, or the error value to return.
///
/// # Safety
/// `ptr` must be NULL or point to `len` readable bytes that outlive the returned `&str`.
unsafe fn text<'a>(ptr: *const u8, len: usize) -> Result<&'a str, i64> {
    if len == 0 {
        return Ok("");
    }
    if ptr.is_null() {
        return Err(RX_ERR_NULL);
    }
    // SAFETY: not NULL, and the caller promises `len` readable bytes.
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    core::str::from_utf8(bytes).map_err(|_| RX_ERR_UTF8)
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
    let compiled = match unsafe { text(pattern, len) } {
        Err(RX_ERR_NULL) => Err("the pattern is NULL".to_string()),
        Err(_) => Err("the pattern is not valid UTF-8".to_string()),
        Ok(pattern) => guarded(Err("the regex crate panicked".to_string()), || {
            Regex::new(pattern).map_err(|e| e.to_string())
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
    name.map_or(core::ptr::null(), |n| n.as_ptr())
}
// ANCHOR_END: groups

// ANCHOR: rx_is_match
/// 1 if `re` matches somewhere in `text[0..len]`, 0 if not; `RX_ERR_NULL`, `RX_ERR_UTF8`.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_is_match(re: *const RxRegex, text: *const u8, len: usize) -> c_int {
    // SAFETY: `as_ref` checks for NULL; `text` is checked by the helper; the caller
    // promises a live pattern and `len` readable bytes.
    let (Some(re), Ok(haystack)) = (unsafe { re.as_ref() }, unsafe { self::text(text, len) })
    else {
        return error_of(re.is_null(), text, len) as c_int;
    };
    guarded(RX_ERR_PANIC as c_int, || {
        c_int::from(re.regex.is_match(haystack))
    })
}

/// How many non-overlapping matches `re` has in `text[0..len]`, or a negative error value.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_count(re: *const RxRegex, text: *const u8, len: usize) -> i64 {
    // SAFETY: as in `rx_is_match`.
    let (Some(re), Ok(haystack)) = (unsafe { re.as_ref() }, unsafe { self::text(text, len) })
    else {
        return error_of(re.is_null(), text, len);
    };
    guarded(RX_ERR_PANIC, || {
        i64::try_from(re.regex.find_iter(haystack).count()).unwrap_or(i64::MAX)
    })
}
// ANCHOR_END: rx_is_match

/// The error value for a call whose pattern or text was refused.
fn error_of(re_is_null: bool, text: *const u8, len: usize) -> i64 {
    if re_is_null || (text.is_null() && len > 0) {
        RX_ERR_NULL
    } else {
        RX_ERR_UTF8
    }
}

// ANCHOR: rx_find_all
/// Every non-overlapping match of `re` in `text[0..len]`, one span each, as a new
/// `RxMatches` (free it with `rx_matches_free`). NULL if `re` is NULL, `text` is NULL with
/// `len` > 0, or the text is not UTF-8.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_find_all(
    re: *const RxRegex,
    text: *const u8,
    len: usize,
) -> *mut RxMatches {
    // SAFETY: as in `rx_is_match`.
    let (Some(re), Ok(haystack)) = (unsafe { re.as_ref() }, unsafe { self::text(text, len) })
    else {
        return null_mut();
    };
    let found = guarded(None, || {
        let spans = re.regex.find_iter(haystack);
        Some(
            spans
                .map(|m| RxSpan {
                    start: m.start(),
                    end: m.end(),
                })
                .collect(),
        )
    });
    found.map_or(null_mut(), |spans| new_matches(spans, 1))
}

/// Like `rx_find_all`, with every capture group: `rx_group_count(re)` spans per match, in
/// group order; a group that did not take part is `{RX_NO_SPAN, RX_NO_SPAN}`.
///
/// # Safety
/// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_captures_all(
    re: *const RxRegex,
    text: *const u8,
    len: usize,
) -> *mut RxMatches {
    // SAFETY: as in `rx_is_match`.
    let (Some(re), Ok(haystack)) = (unsafe { re.as_ref() }, unsafe { self::text(text, len) })
    else {
        return null_mut();
    };
    let groups = re.names.len();
    let found = guarded(None, || {
        let mut spans = Vec::new();
        for caps in re.regex.captures_iter(haystack) {
            spans.extend((0..groups).map(|i| span_of(caps.get(i))));
        }
        Some(spans)
    });
    found.map_or(null_mut(), |spans| new_matches(spans, groups))
}

fn span_of(m: Option<regex::Match>) -> RxSpan {
    m.map_or(
        RxSpan {
            start: RX_NO_SPAN,
            end: RX_NO_SPAN,
        },
        |m| RxSpan {
            start: m.start(),
            end: m.end(),
        },
    )
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
/// valid until `rx_matches_free(m)`. NULL if `m` is NULL (or holds no span).
///
/// # Safety
/// `m` must be NULL or a live `RxMatches`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_matches_spans(m: *const RxMatches) -> *const RxSpan {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live RxMatches.
    match unsafe { m.as_ref() } {
        Some(m) if !m.spans.is_empty() => m.spans.as_ptr(),
        _ => core::ptr::null(),
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

// ANCHOR: rx_find_next
/// Where an iteration over the matches of one text stands. Start with `{0, RX_NO_SPAN}`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RxCursor {
    /// Where the next search starts, in bytes; past the end when the iteration is over.
    pub pos: usize,
    /// Where the previous match ended, or `RX_NO_SPAN` before the first match.
    pub last_end: usize,
}

/// The next match of `re` in `text[0..len]` after `*cursor`, with the same rules as the
/// regex crate's own iterator (an empty match right where the previous one ended is
/// skipped). Writes the first `min(n, rx_group_count(re))` spans of the match into
/// `spans`, advances the cursor and returns 1; returns 0 when there is no further match.
/// `RX_ERR_NULL`, `RX_ERR_UTF8`, or `RX_ERR_OFFSET` if `cursor.pos` is inside a character.
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
) -> i64 {
    // SAFETY: `as_ref`/`as_mut` check for NULL; otherwise the caller promises a live
    // pattern and a writable cursor; `text` is checked by the helper.
    let (Some(re), Some(cursor)) = (unsafe { re.as_ref() }, unsafe { cursor.as_mut() }) else {
        return RX_ERR_NULL;
    };
    if spans.is_null() && n > 0 {
        return RX_ERR_NULL;
    }
    // SAFETY: the caller promises `len` readable bytes (or NULL, which is refused).
    let haystack = match unsafe { self::text(text, len) } {
        Ok(haystack) => haystack,
        Err(code) => return code,
    };
    let found = guarded(Err(RX_ERR_PANIC), || next_match(re, haystack, cursor));
    let locations = match found {
        Ok(Some(locations)) => locations,
        Ok(None) => return 0,
        Err(code) => return code,
    };
    let wanted = n.min(locations.len());
    for i in 0..wanted {
        let span = locations.get(i).map_or(
            RxSpan {
                start: RX_NO_SPAN,
                end: RX_NO_SPAN,
            },
            |(start, end)| RxSpan { start, end },
        );
        // SAFETY: `i < n`, and the caller promises `n` writable spans.
        unsafe { spans.add(i).write(span) };
    }
    1
}

fn next_match(
    re: &RxRegex,
    haystack: &str,
    cursor: &mut RxCursor,
) -> Result<Option<regex::CaptureLocations>, i64> {
    let mut locations = re.regex.capture_locations();
    loop {
        if cursor.pos > haystack.len() {
            return Ok(None);
        }
        if !haystack.is_char_boundary(cursor.pos) {
            return Err(RX_ERR_OFFSET);
        }
        let Some(m) = re
            .regex
            .captures_read_at(&mut locations, haystack, cursor.pos)
        else {
            cursor.pos = haystack.len() + 1;
            return Ok(None);
        };
        if m.is_empty() && m.end() == cursor.last_end {
            // An empty match where the previous match ended: the regex crate skips it and
            // searches again one character further on. So do we.
            cursor.pos = next_boundary(haystack, m.end());
            continue;
        }
        cursor.pos = m.end();
        cursor.last_end = m.end();
        return Ok(Some(locations));
    }
}

/// The byte offset of the character after the one at `at`, or `len + 1` at the end.
fn next_boundary(haystack: &str, at: usize) -> usize {
    haystack[at..]
        .chars()
        .next()
        .map_or(haystack.len() + 1, |c| at + c.len_utf8())
}
// ANCHOR_END: rx_find_next

// ANCHOR: rx_char_offsets
/// Turns the `n` byte offsets in `offsets` into character offsets (what Python's `str`
/// indexes by), in place, in any order. `RX_NO_SPAN` stays as it is. Returns 0, or
/// `RX_ERR_NULL`, `RX_ERR_UTF8`, `RX_ERR_OFFSET` (past the end or inside a character;
/// then `offsets` is unchanged).
///
/// # Safety
/// `text` must be NULL or point to `len` readable bytes; `offsets` NULL or `n` writable
/// `size_t`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rx_char_offsets(
    text: *const u8,
    len: usize,
    offsets: *mut usize,
    n: usize,
) -> i64 {
    if n == 0 {
        return 0;
    }
    if offsets.is_null() {
        return RX_ERR_NULL;
    }
    // SAFETY: the caller promises `len` readable bytes (or NULL, which is refused).
    let haystack = match unsafe { self::text(text, len) } {
        Ok(haystack) => haystack,
        Err(code) => return code,
    };
    // SAFETY: not NULL, and the caller promises `n` writable offsets.
    let offsets = unsafe { core::slice::from_raw_parts_mut(offsets, n) };
    let mut order: Vec<usize> = (0..n).filter(|&i| offsets[i] != RX_NO_SPAN).collect();
    if order
        .iter()
        .any(|&i| !haystack.is_char_boundary(offsets[i]))
    {
        return RX_ERR_OFFSET; // is_char_boundary is false past the end, too
    }
    order.sort_unstable_by_key(|&i| offsets[i]);
    let (mut bytes, mut chars) = (0, 0);
    let mut rest = haystack.chars();
    for i in order {
        while bytes < offsets[i] {
            bytes += rest.next().map_or(1, char::len_utf8); // always Some: a boundary
            chars += 1;
        }
        offsets[i] = chars;
    }
    0
}
// ANCHOR_END: rx_char_offsets

/// How many patterns and match vectors are alive (compiled or returned, not yet freed).
#[unsafe(no_mangle)]
pub extern "C" fn rx_live_objects() -> i64 {
    LIVE.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

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

    fn all(re: *const RxRegex, text: &str, captures: bool) -> Vec<RxSpan> {
        // SAFETY: a live pattern and a readable text; the result is freed below.
        unsafe {
            let m = if captures {
                rx_captures_all(re, text.as_ptr(), text.len())
            } else {
                rx_find_all(re, text.as_ptr(), text.len())
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

    fn by_cursor(re: *const RxRegex, text: &str, n: usize) -> Vec<RxSpan> {
        let mut cursor = RxCursor {
            pos: 0,
            last_end: RX_NO_SPAN,
        };
        let mut found = vec![];
        let mut spans = vec![RxSpan { start: 0, end: 0 }; n];
        // SAFETY: a live pattern, a readable text, a cursor and `n` writable spans.
        while unsafe {
            rx_find_next(
                re,
                text.as_ptr(),
                text.len(),
                &mut cursor,
                spans.as_mut_ptr(),
                n,
            )
        } == 1
        {
            found.extend_from_slice(&spans);
        }
        found
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
        assert_eq!(
            compile_error(b"\xff", 256),
            "the pattern is not valid UTF-8"
        );
        assert_eq!(compile_error(b"(", 4), "reg"); // "regex parse error: ..." cut to 3 bytes
        assert_eq!(compile_error(b"(", 0), "");
        let mut buf = [0 as c_char; 16];
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
    fn is_match_count_and_errors() {
        let re = compile("ab");
        let bad = b"ab\xff";
        // SAFETY: a live pattern with readable texts; NULLs are refused.
        unsafe {
            assert_eq!(rx_is_match(re, b"xxab".as_ptr(), 4), 1);
            assert_eq!(rx_is_match(re, b"xx".as_ptr(), 2), 0);
            assert_eq!(rx_is_match(re, null(), 0), 0);
            assert_eq!(rx_is_match(re, null(), 2), RX_ERR_NULL as c_int);
            assert_eq!(rx_is_match(null(), b"ab".as_ptr(), 2), RX_ERR_NULL as c_int);
            assert_eq!(rx_is_match(re, bad.as_ptr(), 3), RX_ERR_UTF8 as c_int);
            assert_eq!(rx_count(re, b"abab_ab".as_ptr(), 7), 3);
            assert_eq!(rx_count(re, null(), 7), RX_ERR_NULL);
            assert_eq!(rx_count(null(), null(), 0), RX_ERR_NULL);
            assert_eq!(rx_count(re, bad.as_ptr(), 3), RX_ERR_UTF8);
            rx_free(re);
        }
    }

    #[test]
    fn find_all_gives_byte_spans_and_refuses_bad_input() {
        let re = compile(r"\w+");
        let spans = all(re, "Zürich café", false);
        assert_eq!(
            spans,
            [RxSpan { start: 0, end: 7 }, RxSpan { start: 8, end: 13 }]
        );
        assert!(all(re, "   ", false).is_empty());
        // SAFETY: NULL pattern, NULL text with a length, invalid UTF-8: all refused.
        unsafe {
            assert!(rx_find_all(null(), b"a".as_ptr(), 1).is_null());
            assert!(rx_find_all(re, null(), 1).is_null());
            assert!(rx_find_all(re, b"\xff".as_ptr(), 1).is_null());
            assert!(rx_captures_all(null(), b"a".as_ptr(), 1).is_null());
            assert!(rx_captures_all(re, null(), 1).is_null());
            assert_eq!(rx_matches_count(null()), RX_ERR_NULL);
            assert_eq!(rx_matches_groups(null()), RX_ERR_NULL);
            assert!(rx_matches_spans(null()).is_null());
            rx_matches_free(null_mut());
            rx_free(re);
        }
    }

    #[test]
    fn captures_all_marks_groups_that_did_not_take_part() {
        let re = compile(r"(a)|(b)");
        let none = RxSpan {
            start: RX_NO_SPAN,
            end: RX_NO_SPAN,
        };
        let spans = all(re, "ab", true);
        let (a, b) = (RxSpan { start: 0, end: 1 }, RxSpan { start: 1, end: 2 });
        assert_eq!(spans, [a, a, none, b, none, b]);
        // SAFETY: from rx_compile, freed once.
        unsafe { rx_free(re) };
    }

    #[test]
    fn the_cursor_finds_what_the_crates_iterator_finds() {
        let patterns = [
            r"\w+",
            r"a*",
            r"\b",
            "",
            r"x*",
            r"(\d)?(é)",
            r"(?m)^",
            r"\s*",
        ];
        let texts = [
            "",
            "baaab",
            "Zürich café 東京",
            "a1é 2é éé",
            "\n\nx\n",
            "  a  ",
        ];
        for pattern in patterns {
            let re = compile(pattern);
            for text in texts {
                // SAFETY: `re` is live while its Regex is borrowed here.
                let regex = unsafe { &(*re).regex };
                let groups = regex.captures_len();
                let expected: Vec<RxSpan> = regex
                    .captures_iter(text)
                    .flat_map(|c| (0..groups).map(move |i| span_of(c.get(i))))
                    .collect();
                assert_eq!(
                    by_cursor(re, text, groups),
                    expected,
                    "{pattern:?} in {text:?}"
                );
                assert_eq!(all(re, text, true), expected, "{pattern:?} in {text:?}");
            }
            // SAFETY: from rx_compile, freed once.
            unsafe { rx_free(re) };
        }
    }

    #[test]
    fn find_next_checks_its_arguments() {
        let re = compile("a");
        let mut cursor = RxCursor {
            pos: 0,
            last_end: RX_NO_SPAN,
        };
        let mut span = RxSpan { start: 0, end: 0 };
        let text = "éa";
        // SAFETY: live pattern, readable text, writable cursor and span; NULLs refused.
        unsafe {
            let t = text.as_ptr();
            assert_eq!(
                rx_find_next(null(), t, 3, &mut cursor, &mut span, 1),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, t, 3, null_mut(), &mut span, 1),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, t, 3, &mut cursor, null_mut(), 1),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, null(), 3, &mut cursor, &mut span, 1),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_find_next(re, b"\xff".as_ptr(), 1, &mut cursor, &mut span, 1),
                RX_ERR_UTF8
            );
            cursor.pos = 1; // inside "é"
            assert_eq!(
                rx_find_next(re, t, 3, &mut cursor, &mut span, 1),
                RX_ERR_OFFSET
            );
            cursor.pos = 0;
            assert_eq!(rx_find_next(re, t, 3, &mut cursor, null_mut(), 0), 1); // found, no spans
            assert_eq!(
                cursor,
                RxCursor {
                    pos: 3,
                    last_end: 3
                }
            );
            assert_eq!(rx_find_next(re, t, 3, &mut cursor, &mut span, 1), 0);
            cursor.pos = usize::MAX;
            assert_eq!(rx_find_next(re, t, 3, &mut cursor, &mut span, 1), 0);
            rx_free(re);
        }
    }

    #[test]
    fn char_offsets_in_place_in_any_order() {
        let text = "Zürich café";
        let mut offsets = [13, 0, RX_NO_SPAN, 8, 7, 11];
        // SAFETY: a readable text and writable offsets; bad inputs refused.
        unsafe {
            assert_eq!(
                rx_char_offsets(text.as_ptr(), text.len(), offsets.as_mut_ptr(), 6),
                0
            );
            assert_eq!(offsets, [11, 0, RX_NO_SPAN, 7, 6, 10]);
            let mut inside = [2];
            assert_eq!(
                rx_char_offsets(text.as_ptr(), text.len(), inside.as_mut_ptr(), 1),
                RX_ERR_OFFSET
            );
            let mut past = [14];
            assert_eq!(
                rx_char_offsets(text.as_ptr(), text.len(), past.as_mut_ptr(), 1),
                RX_ERR_OFFSET
            );
            assert_eq!((inside, past), ([2], [14]));
            assert_eq!(
                rx_char_offsets(text.as_ptr(), text.len(), null_mut(), 1),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_char_offsets(null(), 5, offsets.as_mut_ptr(), 1),
                RX_ERR_NULL
            );
            assert_eq!(
                rx_char_offsets(b"\xff".as_ptr(), 1, offsets.as_mut_ptr(), 1),
                RX_ERR_UTF8
            );
            assert_eq!(rx_char_offsets(null(), 0, null_mut(), 0), 0);
        }
    }

    #[test]
    fn a_regex_can_be_shared_between_threads() {
        fn send_and_sync<T: Send + Sync>() {}
        send_and_sync::<Regex>();
        let re = compile(r"\d+") as usize; // an address, so the threads may share it
        let text = "1 22 333 ".repeat(1000);
        let counts: Vec<i64> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..4)
                .map(|_| {
                    let text = &text;
                    // SAFETY: RxRegex holds a Send + Sync Regex; `re` outlives the scope.
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
