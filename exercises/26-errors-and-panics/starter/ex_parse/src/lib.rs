//! Exercise (chapter 26): turn bad input into an error code instead of a panic.
//! Check your work with `just exercise chapter-26`.

// ANCHOR: starter
use core::ffi::{CStr, c_char, c_int};

/// Parses a port number ("8080") into `*out`. Returns 0 on success, and a negative
/// number, leaving `*out` alone, for NULL pointers and text that is not a port (0-65535).
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out` NULL or a writable `u16`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn parse_port(text: *const c_char, out: *mut u16) -> c_int {
    // TODO: every unwrap() panics on bad input, and a panic here aborts Python.
    // TODO: NULL pointers are not checked.
    // SAFETY: not checked yet: see the TODO above.
    let text = unsafe { CStr::from_ptr(text) }.to_str().unwrap();
    let port: u16 = text.parse().unwrap();
    // SAFETY: not checked yet: see the TODO above.
    unsafe { *out = port };
    0
}
// ANCHOR_END: starter
