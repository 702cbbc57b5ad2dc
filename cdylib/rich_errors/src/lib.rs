//! `rich_errors`: a parser whose failures come with a message worth reading.
//!
//! `parse_duration` turns a text such as `"1h30m"` into milliseconds. When it fails, the
//! code says what kind of failure it was and a message says where and why. The library
//! hands the message out in three ways, for chapter 35 to compare:
//!
//! 1. a thread-local "last error" that the caller asks for after a failed call
//!    (`last_error_message` and `error_string_free`, or `last_error_length` and
//!    `last_error_copy` into the caller's buffer);
//! 2. an error out-struct the caller passes in (`parse_duration_into`);
//! 3. for contrast, one last error shared by every thread (`parse_duration_shared`),
//!    which is what thread-local storage is there to avoid.

use core::ffi::{CStr, c_char, c_int};
use std::cell::RefCell;
use std::ffi::CString;
use std::sync::Mutex;

// ANCHOR: codes
/// Success: `*out_ms` holds the duration.
pub const DURATION_OK: c_int = 0;
/// A pointer argument was NULL.
pub const DURATION_NULL_POINTER: c_int = 1;
/// The text is not a sequence of numbers, each followed by a unit.
pub const DURATION_SYNTAX: c_int = 2;
/// A unit other than `ms`, `s`, `m` or `h`.
pub const DURATION_UNKNOWN_UNIT: c_int = 3;
/// The duration does not fit in 64 bits of milliseconds.
pub const DURATION_OVERFLOW: c_int = 4;
// ANCHOR_END: codes

/// The size of `DurationError::message`, its terminating NUL included.
pub const DURATION_MESSAGE_CAPACITY: usize = 128;

/// A failure: its `DURATION_*` code and the message that explains it.
struct Failure {
    code: c_int,
    message: String,
}

fn fail(code: c_int, message: String) -> Result<u64, Failure> {
    Err(Failure { code, message })
}

const UNITS: &str = "expected ms, s, m or h";

/// The parser itself, on the bytes of the text: one or more `<digits><unit>` groups.
fn parse(text: &[u8]) -> Result<u64, Failure> {
    if text.is_empty() {
        return fail(
            DURATION_SYNTAX,
            "empty text: expected a duration such as 1h30m".into(),
        );
    }
    let (mut pos, mut total) = (0usize, 0u64);
    while pos < text.len() {
        let start = pos;
        let mut number = 0u64;
        while pos < text.len() && text[pos].is_ascii_digit() {
            let digit = u64::from(text[pos] - b'0');
            let Some(n) = number.checked_mul(10).and_then(|n| n.checked_add(digit)) else {
                let message = format!("the number at byte {start} does not fit in 64 bits");
                return fail(DURATION_OVERFLOW, message);
            };
            number = n;
            pos += 1;
        }
        if pos == start {
            return fail(
                DURATION_SYNTAX,
                format!("expected a number at byte {start}"),
            );
        }
        let unit_start = pos;
        while pos < text.len() && text[pos].is_ascii_alphabetic() {
            pos += 1;
        }
        let unit = &text[unit_start..pos];
        let factor = match unit {
            b"ms" => 1,
            b"s" => 1_000,
            b"m" => 60_000,
            b"h" => 3_600_000,
            b"" => {
                let message = format!("missing unit after the number at byte {start} ({UNITS})");
                return fail(DURATION_UNKNOWN_UNIT, message);
            }
            _ => {
                // ASCII letters only, so the bytes are a valid str
                let unit = String::from_utf8_lossy(unit);
                let message = format!("unknown unit \"{unit}\" at byte {unit_start} ({UNITS})");
                return fail(DURATION_UNKNOWN_UNIT, message);
            }
        };
        let Some(sum) = number
            .checked_mul(factor)
            .and_then(|ms| total.checked_add(ms))
        else {
            let message = format!("the duration is longer than {} ms", u64::MAX);
            return fail(DURATION_OVERFLOW, message);
        };
        total = sum;
    }
    Ok(total)
}

/// The text behind a C string pointer, or the failure for a NULL one.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string.
unsafe fn text_of<'a>(text: *const c_char) -> Result<&'a [u8], Failure> {
    if text.is_null() {
        return Err(Failure {
            code: DURATION_NULL_POINTER,
            message: "text is NULL".into(),
        });
    }
    // SAFETY: not NULL, and the caller promises a NUL-terminated string.
    Ok(unsafe { CStr::from_ptr(text) }.to_bytes())
}

/// Parses `text` and writes the result through `out_ms`: the code, or the failure.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable.
unsafe fn parse_to(text: *const c_char, out_ms: *mut u64) -> Result<(), Failure> {
    if out_ms.is_null() {
        return Err(Failure {
            code: DURATION_NULL_POINTER,
            message: "out_ms is NULL".into(),
        });
    }
    // SAFETY: the caller's promise about `text` is this function's.
    let ms = parse(unsafe { text_of(text) }?)?;
    // SAFETY: `out_ms` is not NULL and the caller promises it is writable.
    unsafe { out_ms.write(ms) };
    Ok(())
}

/// A message as a C string: a message never contains a NUL, but if it did, it ends there.
fn c_string(message: &str) -> CString {
    let bytes = message.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).expect("no NUL before `end`")
}

// ANCHOR: last_error
thread_local! {
    /// This thread's last failure message; each thread has its own.
    static LAST_ERROR: RefCell<Option<CString>> = const { RefCell::new(None) };
}

fn set_last_error(message: &str) {
    LAST_ERROR.with(|last| *last.borrow_mut() = Some(c_string(message)));
}
// ANCHOR_END: last_error

// ANCHOR: parse_duration
/// Parses a duration such as `"1h30m"`, `"90s"` or `"250ms"` into milliseconds. On success
/// writes `*out_ms` and returns `DURATION_OK`; otherwise returns another `DURATION_*` code,
/// leaves `*out_ms` alone, and keeps a message for `last_error_message` on this thread.
/// A success does not clear the message: read it only after a call that failed.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn parse_duration(text: *const c_char, out_ms: *mut u64) -> c_int {
    // SAFETY: the caller's promises are parse_to's.
    match unsafe { parse_to(text, out_ms) } {
        Ok(()) => DURATION_OK,
        Err(failure) => {
            set_last_error(&failure.message);
            failure.code
        }
    }
}
// ANCHOR_END: parse_duration

// ANCHOR: last_error_message
/// A copy of the message of this thread's last failed call, or NULL if no call on this
/// thread has failed yet. The caller owns the copy and frees it with `error_string_free`.
#[unsafe(no_mangle)]
pub extern "C" fn last_error_message() -> *mut c_char {
    LAST_ERROR.with(|last| match &*last.borrow() {
        Some(message) => message.clone().into_raw(),
        None => core::ptr::null_mut(),
    })
}

/// Frees a string from `last_error_message` or `shared_error_message`; NULL is ignored.
///
/// # Safety
/// `message` must be NULL or a string those functions returned, not freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn error_string_free(message: *mut c_char) {
    if !message.is_null() {
        // SAFETY: the caller promises it came from CString::into_raw in this library.
        drop(unsafe { CString::from_raw(message) });
    }
}
// ANCHOR_END: last_error_message

/// The size of the buffer `last_error_copy` needs: the message's length plus one for
/// its NUL, or 0 if no call on this thread has failed yet.
#[unsafe(no_mangle)]
pub extern "C" fn last_error_length() -> usize {
    LAST_ERROR.with(|last| last.borrow().as_ref().map_or(0, |m| m.as_bytes().len() + 1))
}

/// Copies this thread's last message and its NUL into `buffer` (`capacity` bytes) and
/// returns the message's length; returns -1, writing nothing, if `buffer` is NULL, too
/// small, or there is no message.
///
/// # Safety
/// `buffer` must be NULL or writable for `capacity` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn last_error_copy(buffer: *mut c_char, capacity: usize) -> isize {
    LAST_ERROR.with(|last| {
        let last = last.borrow();
        let Some(message) = last.as_ref() else {
            return -1;
        };
        let bytes = message.as_bytes_with_nul();
        if buffer.is_null() || capacity < bytes.len() {
            return -1;
        }
        // SAFETY: `buffer` is writable for `capacity` >= bytes.len() bytes (caller's promise),
        // and it cannot overlap the message, which this library owns.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr().cast(), buffer, bytes.len()) };
        isize::try_from(bytes.len() - 1).unwrap_or(isize::MAX)
    })
}

// ANCHOR: DurationError
/// What went wrong, written by `parse_duration_into` into memory the caller owns.
#[repr(C)]
pub struct DurationError {
    /// `DURATION_OK` or the failure's code.
    pub code: c_int,
    /// The message, NUL-terminated, cut to fit (empty on success).
    pub message: [c_char; DURATION_MESSAGE_CAPACITY],
}
// ANCHOR_END: DurationError

// ANCHOR: parse_duration_into
/// `parse_duration` with an out-struct: also writes the code and the message (cut to
/// `DURATION_MESSAGE_CAPACITY - 1` bytes) into `*error`, unless `error` is NULL. It
/// keeps no state, so it needs no thread-local storage and no free.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable; `error`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn parse_duration_into(
    text: *const c_char,
    out_ms: *mut u64,
    error: *mut DurationError,
) -> c_int {
    // SAFETY: the caller's promises are parse_to's.
    let (code, message) = match unsafe { parse_to(text, out_ms) } {
        Ok(()) => (DURATION_OK, String::new()),
        Err(failure) => (failure.code, failure.message),
    };
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises it is writable.
    if let Some(error) = unsafe { error.as_mut() } {
        // the bytes before any NUL, cut to fit; nothing to copy on success
        let bytes = message
            .as_bytes()
            .split(|&b| b == 0)
            .next()
            .unwrap_or_default();
        let n = bytes.len().min(DURATION_MESSAGE_CAPACITY - 1);
        for (slot, &b) in error.message.iter_mut().zip(&bytes[..n]) {
            *slot = b as c_char;
        }
        error.message[n] = 0;
        error.code = code;
    }
    code
}
// ANCHOR_END: parse_duration_into

// ANCHOR: shared
/// One last error for the whole process, shared by every thread: what not to do.
static SHARED_ERROR: Mutex<Option<CString>> = Mutex::new(None);

/// `parse_duration`, but the message goes to `SHARED_ERROR`, which every thread overwrites.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn parse_duration_shared(text: *const c_char, out_ms: *mut u64) -> c_int {
    // SAFETY: the caller's promises are parse_to's.
    match unsafe { parse_to(text, out_ms) } {
        Ok(()) => DURATION_OK,
        Err(failure) => {
            let mut shared = SHARED_ERROR.lock().unwrap_or_else(|e| e.into_inner());
            *shared = Some(c_string(&failure.message));
            failure.code
        }
    }
}

/// A copy of the last message any thread's `parse_duration_shared` left, or NULL; free it
/// with `error_string_free`.
#[unsafe(no_mangle)]
pub extern "C" fn shared_error_message() -> *mut c_char {
    let shared = SHARED_ERROR.lock().unwrap_or_else(|e| e.into_inner());
    shared
        .as_ref()
        .map_or(core::ptr::null_mut(), |m| m.clone().into_raw())
}
// ANCHOR_END: shared

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    fn parsed(text: &CStr) -> (c_int, u64, String) {
        let mut ms = 7;
        // SAFETY: a valid C string and a writable u64.
        let code = unsafe { parse_duration(text.as_ptr(), &mut ms) };
        (code, ms, if code == 0 { String::new() } else { message() })
    }

    fn message() -> String {
        let raw = last_error_message();
        assert!(!raw.is_null());
        // SAFETY: a string from last_error_message, freed once, after it is copied.
        unsafe {
            let text = CStr::from_ptr(raw).to_str().unwrap().to_owned();
            error_string_free(raw);
            text
        }
    }

    #[test]
    fn parses_durations() {
        assert_eq!(parsed(c"1h30m").1, 5_400_000);
        assert_eq!(parsed(c"90s").1, 90_000);
        assert_eq!(parsed(c"1m250ms").1, 60_250);
        assert_eq!(parsed(c"0ms"), (DURATION_OK, 0, String::new()));
    }

    #[test]
    fn failures_have_codes_and_messages() {
        let cases: [(&CStr, c_int, &str); 7] = [
            (
                c"",
                DURATION_SYNTAX,
                "empty text: expected a duration such as 1h30m",
            ),
            (c"1h x", DURATION_SYNTAX, "expected a number at byte 2"),
            (
                c"5parsecs",
                DURATION_UNKNOWN_UNIT,
                "unknown unit \"parsecs\" at byte 1 (expected ms, s, m or h)",
            ),
            (
                c"1h30",
                DURATION_UNKNOWN_UNIT,
                "missing unit after the number at byte 2 (expected ms, s, m or h)",
            ),
            (
                c"99999999999999999999ms",
                DURATION_OVERFLOW,
                "the number at byte 0 does not fit in 64 bits",
            ),
            (
                c"9999999999999999h",
                DURATION_OVERFLOW,
                "the duration is longer than 18446744073709551615 ms",
            ),
            (c"1h\xff", DURATION_SYNTAX, "expected a number at byte 2"),
        ];
        for (text, code, message) in cases {
            assert_eq!(parsed(text), (code, 7, message.to_owned()), "{text:?}");
        }
    }

    #[test]
    fn a_success_keeps_the_last_message() {
        parsed(c"5parsecs");
        assert_eq!(parsed(c"1s").0, DURATION_OK);
        assert!(message().contains("parsecs"));
    }

    #[test]
    fn each_thread_has_its_own_last_error() {
        parsed(c"1x");
        std::thread::spawn(|| {
            assert!(last_error_message().is_null());
            parsed(c"2y");
            assert!(message().contains("\"y\""));
        })
        .join()
        .unwrap();
        assert!(message().contains("\"x\""));
    }

    #[test]
    fn copy_into_a_buffer() {
        parsed(c"1h30");
        let needed = last_error_length();
        assert_eq!(needed, message().len() + 1);
        let mut buffer = vec![1 as c_char; needed];
        // SAFETY: the buffer has `needed` (then fewer) writable bytes; NULL is refused.
        unsafe {
            assert_eq!(last_error_copy(buffer.as_mut_ptr(), needed - 1), -1);
            assert_eq!(buffer[0], 1, "a refused copy writes nothing");
            assert_eq!(
                last_error_copy(buffer.as_mut_ptr(), needed),
                needed as isize - 1
            );
            assert_eq!(CStr::from_ptr(buffer.as_ptr()).to_str().unwrap(), message());
            assert_eq!(last_error_copy(null_mut(), 100), -1);
        }
        std::thread::spawn(|| {
            assert_eq!(last_error_length(), 0);
            // SAFETY: NULL with no message: refused.
            assert_eq!(unsafe { last_error_copy(null_mut(), 0) }, -1);
        })
        .join()
        .unwrap();
    }

    #[test]
    fn out_struct_cuts_long_messages() {
        let mut error = DurationError {
            code: -1,
            message: [1; DURATION_MESSAGE_CAPACITY],
        };
        let mut ms = 0;
        let long = CString::new(format!("1{}", "z".repeat(500))).unwrap();
        // SAFETY: valid strings, a writable u64 and a writable DurationError.
        unsafe {
            let code = parse_duration_into(long.as_ptr(), &mut ms, &mut error);
            assert_eq!(
                (code, error.code),
                (DURATION_UNKNOWN_UNIT, DURATION_UNKNOWN_UNIT)
            );
            let text = CStr::from_ptr(error.message.as_ptr()).to_bytes();
            assert_eq!(text.len(), DURATION_MESSAGE_CAPACITY - 1);
            assert!(text.starts_with(b"unknown unit \"zzz"));
            assert_eq!(parse_duration_into(c"2s".as_ptr(), &mut ms, &mut error), 0);
            assert_eq!((ms, error.code, error.message[0]), (2_000, 0, 0));
            assert_eq!(parse_duration_into(c"x".as_ptr(), &mut ms, null_mut()), 2);
        }
    }

    #[test]
    fn shared_error_is_one_for_all_threads() {
        let shared = |text: &'static CStr| {
            let mut ms = 0;
            // SAFETY: a valid C string and a writable u64.
            unsafe { parse_duration_shared(text.as_ptr(), &mut ms) }
        };
        shared(c"1x");
        std::thread::spawn(move || shared(c"2y")).join().unwrap();
        let raw = shared_error_message();
        // SAFETY: a string from shared_error_message, freed once, after it is read.
        unsafe {
            assert!(CStr::from_ptr(raw).to_str().unwrap().contains("\"y\""));
            error_string_free(raw);
        }
    }

    #[test]
    fn null_pointers_are_refused() {
        let mut ms = 0;
        // SAFETY: NULL pointers are refused before anything is read or written.
        unsafe {
            assert_eq!(parse_duration(null(), &mut ms), DURATION_NULL_POINTER);
            assert_eq!(message(), "text is NULL");
            assert_eq!(
                parse_duration(c"1s".as_ptr(), null_mut()),
                DURATION_NULL_POINTER
            );
            assert_eq!(message(), "out_ms is NULL");
            let code = parse_duration_into(null(), null_mut(), null_mut());
            assert_eq!(code, DURATION_NULL_POINTER);
            let code = parse_duration_shared(null(), &mut ms);
            assert_eq!(code, DURATION_NULL_POINTER);
            error_string_free(null_mut());
        }
    }
}
