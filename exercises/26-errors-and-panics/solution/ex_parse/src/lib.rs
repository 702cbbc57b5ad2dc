//! Exercise (chapter 26): turn bad input into an error code instead of a panic.
//! Check your work with `just exercise chapter-26`.

// ANCHOR: solution
use core::ffi::{CStr, c_char, c_int};

/// A NULL `text` or `out`.
pub const PORT_NULL: c_int = -1;
/// `text` is not UTF-8, not a number, or outside 0-65535.
pub const PORT_INVALID: c_int = -2;

/// Parses a port number ("8080") into `*out`. Returns 0 on success, and a negative
/// number, leaving `*out` alone, for NULL pointers and text that is not a port (0-65535).
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out` NULL or a writable `u16`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn parse_port(text: *const c_char, out: *mut u16) -> c_int {
    if text.is_null() || out.is_null() {
        return PORT_NULL;
    }
    // SAFETY: not NULL (checked above); the caller promises a NUL-terminated string.
    let text = unsafe { CStr::from_ptr(text) };
    let Some(port) = text.to_str().ok().and_then(|t| t.parse::<u16>().ok()) else {
        return PORT_INVALID;
    };
    // SAFETY: not NULL (checked above); the caller promises a writable u16.
    unsafe { *out = port };
    0
}
// ANCHOR_END: solution
