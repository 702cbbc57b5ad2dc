//! `errors`: three ways a native function reports failure to its caller.
//!
//! 1. A return code, with the real result written through an out-parameter.
//! 2. A table of messages for those codes.
//! 3. `-1` plus the thread's `errno`, the way the C library itself reports errors.

use core::ffi::{CStr, c_char, c_double, c_int};

// ANCHOR: codes
/// Success: `*out` holds the result.
pub const TEMP_OK: c_int = 0;
/// `text` or `out` was NULL.
pub const TEMP_NULL_POINTER: c_int = 1;
/// `text` is not a number.
pub const TEMP_NOT_A_NUMBER: c_int = 2;
/// The number is below absolute zero (-273.15 °C).
pub const TEMP_BELOW_ABSOLUTE_ZERO: c_int = 3;
// ANCHOR_END: codes

// ANCHOR: parse_celsius
/// The whitespace allowed around the number: the six characters C's `isspace` accepts in
/// the "C" locale. (`str::trim` would also remove Unicode spaces such as U+00A0.)
fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
}

/// Parses a temperature in degrees Celsius: a decimal number such as `"21.5"`, `"-4e1"` or
/// `"inf"`, with optional spaces, tabs or line breaks around it (no hexadecimal). On
/// success writes it to `*out` and returns `TEMP_OK`; otherwise returns another `TEMP_*`
/// code and leaves `*out` alone.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out` NULL or writable for one double.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn parse_celsius(text: *const c_char, out: *mut c_double) -> c_int {
    if text.is_null() || out.is_null() {
        return TEMP_NULL_POINTER;
    }
    // SAFETY: `text` is not NULL and the caller guarantees it is NUL-terminated.
    let text = unsafe { CStr::from_ptr(text) };
    let Some(value) = text
        .to_str()
        .ok()
        .and_then(|s| s.trim_matches(is_c_space).parse::<c_double>().ok())
    else {
        return TEMP_NOT_A_NUMBER;
    };
    if value.is_nan() {
        return TEMP_NOT_A_NUMBER;
    }
    if value < -273.15 {
        return TEMP_BELOW_ABSOLUTE_ZERO;
    }
    // SAFETY: `out` is not NULL and the caller guarantees it is writable.
    unsafe { out.write(value) };
    TEMP_OK
}
// ANCHOR_END: parse_celsius

/// A static, human-readable message for a `TEMP_*` code (never NULL; do not free it).
#[unsafe(no_mangle)]
pub extern "C" fn temp_error_message(code: c_int) -> *const c_char {
    match code {
        TEMP_OK => c"ok",
        TEMP_NULL_POINTER => c"a pointer argument was NULL",
        TEMP_NOT_A_NUMBER => c"not a number",
        TEMP_BELOW_ABSOLUTE_ZERO => c"below absolute zero",
        _ => c"unknown error code",
    }
    .as_ptr()
}

// ANCHOR: set_errno
/// Sets this thread's `errno`, as C code does with `errno = code`. C keeps `errno` behind a
/// function that returns its address, and each C library names that function its own way.
fn set_errno(code: c_int) {
    #[cfg(any(target_os = "android", target_os = "openbsd", target_os = "netbsd"))]
    use libc::__errno as errno_location;
    #[cfg(target_os = "linux")]
    use libc::__errno_location as errno_location; // glibc and musl
    #[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
    use libc::__error as errno_location;
    // SAFETY: errno_location returns this thread's errno, valid to write while it runs.
    unsafe { *errno_location() = code };
}
// ANCHOR_END: set_errno

// ANCHOR: open_readonly
/// Opens `path` for reading and returns the file descriptor, or -1 with `errno` set
/// (`EFAULT` when `path` is NULL, otherwise whatever the kernel said).
///
/// # Safety
/// `path` must be NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn open_readonly(path: *const c_char) -> c_int {
    if path.is_null() {
        set_errno(libc::EFAULT);
        return -1;
    }
    // SAFETY: `path` is a NUL-terminated string (caller's guarantee); open sets errno on failure.
    unsafe { libc::open(path, libc::O_RDONLY | libc::O_CLOEXEC) }
}

/// Closes a descriptor from `open_readonly`: 0, or -1 with `errno` set.
#[unsafe(no_mangle)]
pub extern "C" fn close_fd(fd: c_int) -> c_int {
    // SAFETY: closing any integer is memory-safe; a bad fd gives -1 and EBADF.
    unsafe { libc::close(fd) }
}
// ANCHOR_END: open_readonly

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &CStr) -> (c_int, c_double) {
        let mut out = -1.0;
        // SAFETY: a valid C string and a valid double.
        let code = unsafe { parse_celsius(text.as_ptr(), &mut out) };
        (code, out)
    }

    #[test]
    fn parse_celsius_accepts_numbers() {
        assert_eq!(parse(c"21.5"), (TEMP_OK, 21.5));
        assert_eq!(parse(c" -40 "), (TEMP_OK, -40.0));
        assert_eq!(parse(c"\t-4e1\r\n"), (TEMP_OK, -40.0));
        assert_eq!(parse(c"\x0B\x0C1.\x0C"), (TEMP_OK, 1.0));
        assert_eq!(parse(c"inf"), (TEMP_OK, f64::INFINITY));
    }

    #[test]
    fn parse_celsius_reports_each_error_and_leaves_out_alone() {
        assert_eq!(parse(c"warm"), (TEMP_NOT_A_NUMBER, -1.0));
        assert_eq!(parse(c"NaN"), (TEMP_NOT_A_NUMBER, -1.0));
        assert_eq!(parse(c""), (TEMP_NOT_A_NUMBER, -1.0));
        assert_eq!(parse(c" \t "), (TEMP_NOT_A_NUMBER, -1.0));
        assert_eq!(parse(c"0x10"), (TEMP_NOT_A_NUMBER, -1.0)); // C's strtod reads hex
        assert_eq!(parse(c"\xC2\xA021"), (TEMP_NOT_A_NUMBER, -1.0)); // U+00A0 is no C space
        assert_eq!(parse(c"-300"), (TEMP_BELOW_ABSOLUTE_ZERO, -1.0));
        let mut out = 0.0;
        // SAFETY: NULL is checked before use.
        let code = unsafe { parse_celsius(core::ptr::null(), &mut out) };
        assert_eq!(code, TEMP_NULL_POINTER);
        // SAFETY: NULL is checked before use.
        let code = unsafe { parse_celsius(c"1".as_ptr(), core::ptr::null_mut()) };
        assert_eq!(code, TEMP_NULL_POINTER);
    }

    #[test]
    fn every_code_has_a_message() {
        for (code, text) in [(0, "ok"), (2, "not a number"), (99, "unknown error code")] {
            // SAFETY: temp_error_message returns a static C string.
            let message = unsafe { CStr::from_ptr(temp_error_message(code)) };
            assert_eq!(message.to_str(), Ok(text));
        }
    }

    fn errno() -> c_int {
        std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
    }

    #[test]
    fn open_readonly_sets_errno() {
        // SAFETY: a valid C string.
        assert_eq!(unsafe { open_readonly(c"/no/such/file".as_ptr()) }, -1);
        assert_eq!(errno(), libc::ENOENT);
        // SAFETY: NULL is checked before use.
        assert_eq!(unsafe { open_readonly(core::ptr::null()) }, -1);
        assert_eq!(errno(), libc::EFAULT);
    }

    #[test]
    fn open_readonly_and_close_fd_succeed_on_a_real_file() {
        // SAFETY: a valid C string.
        let fd = unsafe { open_readonly(c"/dev/null".as_ptr()) };
        assert!(fd >= 0);
        assert_eq!(close_fd(fd), 0);
        assert_eq!(close_fd(fd), -1);
        assert_eq!(errno(), libc::EBADF);
    }
}
